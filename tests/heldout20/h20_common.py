"""Shared helpers for the heldout20 blind persona generator (stdlib only)."""
import csv
import io
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    d = [int(c) for c in re.sub(r"\D", "", num)]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError(prefix)


_CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_CN_C = "10X98765432"


def cn_id_complete(first17):
    s = sum(int(a) * w for a, w in zip(first17, _CN_W))
    return first17 + _CN_C[s % 11]


def cn_id_ok(v):
    return len(v) == 18 and cn_id_complete(v[:17]) == v


def aba_ok(r):
    r = re.sub(r"\D", "", r)
    if len(r) != 9:
        return False
    d = [int(c) for c in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def itin_ok(v):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    gi = int(g)
    return a.startswith("9") and (50 <= gi <= 65 or 70 <= gi <= 88 or 90 <= gi <= 92 or 94 <= gi <= 99)


# ---------------------------------------------------------------- chat engine
def _pick_time(rng, day, hours):
    hs, ws = zip(*hours)
    h = rng.choices(hs, weights=ws)[0]
    return day.replace(hour=h, minute=rng.randrange(60), second=rng.randrange(60))


def build_chat(seed, tz, start, ndays, senders, pools, n_filler, planted=(), hours=None,
               burst=(2, 6), flavour=None, media=None, day_filter=None):
    """Return a sorted list of (aware local datetime, sender_key, text).

    senders: dict sender_key -> weight; pools: sender_key -> list of lines.
    planted: (day_index, "HH:MM", sender_key, text).
    flavour: optional sender_key -> list of suffixes randomly appended.
    media: sender_key -> list of media tokens occasionally used.
    """
    rng = random.Random(seed)
    z = ZoneInfo(tz)
    out = []
    order = {k: [] for k in pools}

    def next_line(k):
        if not order[k]:
            lst = list(pools[k])
            rng.shuffle(lst)
            order[k] = lst
        return order[k].pop()

    keys = list(senders)
    weights = [senders[k] for k in keys]
    made = 0
    while made < n_filler:
        di = rng.randrange(ndays)
        day = datetime(start.year, start.month, start.day) + timedelta(days=di)
        if day_filter and not day_filter(day):
            continue
        t = _pick_time(rng, day, hours)
        n = rng.randint(*burst)
        prev = None
        for _ in range(n):
            if made >= n_filler:
                break
            if prev is not None and len(keys) == 2 and rng.random() < 0.7:
                k = keys[1 - keys.index(prev)]
            else:
                k = rng.choices(keys, weights=weights)[0]
            if media and k in media and rng.random() < 0.05:
                text = rng.choice(media[k])
            else:
                text = next_line(k)
                if flavour and k in flavour and rng.random() < 0.18:
                    text = text + rng.choice(flavour[k])
            out.append((t, k, text))
            made += 1
            prev = k
            t = t + timedelta(seconds=rng.randint(20, 420))
    for di, hm, k, text in planted:
        hh, mm = map(int, hm.split(":"))
        day = datetime(start.year, start.month, start.day) + timedelta(days=di)
        t = day.replace(hour=hh, minute=mm, second=rng.randrange(60))
        out.append((t, k, text))
    res = []
    for t, k, text in out:
        aware = t.replace(tzinfo=z)
        # normalise non-existent local times (DST gap)
        aware = aware.astimezone(UTC).astimezone(z)
        res.append((aware, k, text))
    res.sort(key=lambda x: (x[0].astimezone(UTC), x[1], x[2]))
    # de-duplicate identical timestamps by nudging
    fixed = []
    last = None
    for t, k, text in res:
        if last is not None and t.astimezone(UTC) <= last:
            t = (last + timedelta(seconds=1)).astimezone(ZoneInfo(tz))
        fixed.append((t, k, text))
        last = t.astimezone(UTC)
    return fixed


def distinct_combos(seed, parts, n):
    """Deterministically build n distinct strings from lists of fragments."""
    rng = random.Random(seed)
    seen = []
    sset = set()
    tries = 0
    while len(seen) < n:
        tries += 1
        if tries > 100000:
            raise RuntimeError("not enough combos")
        s = "".join(rng.choice(p) for p in parts)
        if s not in sset:
            sset.add(s)
            seen.append(s)
    return seen


def spread_planted(seed, lines, ndays, sender, hours):
    rng = random.Random(seed)
    res = []
    for text in lines:
        di = rng.randrange(ndays)
        hs, ws = zip(*hours)
        h = rng.choices(hs, weights=ws)[0]
        res.append((di, "%02d:%02d" % (h, rng.randrange(60)), sender, text))
    return res


# ---------------------------------------------------------------- writing
def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def csv_text(rows, lineterminator="\n", quoting=csv.QUOTE_MINIMAL):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=lineterminator, quoting=quoting)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def json_strings(obj):
    out = []

    def walk(o):
        if isinstance(o, str):
            out.append(o)
        elif isinstance(o, dict):
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(obj)
    return "\n".join(out)


def decode_file(path):
    """Decoded text of an export file, as the ground truth defines it."""
    with open(path, "rb") as f:
        raw = f.read()
    low = path.lower()
    if "alipay" in low:
        return raw.decode("gbk")
    text = raw.decode("utf-8-sig")
    if low.endswith(".json"):
        return json_strings(json.loads(text))
    if low.endswith(".js"):
        return json_strings(json.loads(text[text.index("=") + 1:]))
    return text


def _present(value, text):
    if re.fullmatch(r"[A-Za-z][A-Za-z'.\- ]*", value):
        return re.search(r"(?<![A-Za-z0-9_@.])" + re.escape(value) + r"(?![A-Za-z0-9_])", text) is not None
    return value in text


def collect_pii(persona_dir, registry):
    """registry: list of (entity_type, value). Scan every export file."""
    entries = []
    files = []
    for root, _dirs, fns in os.walk(persona_dir):
        for fn in fns:
            if fn == "ground_truth.json":
                continue
            files.append(os.path.join(root, fn))
    files.sort()
    seen = set()
    for p in files:
        rel = os.path.relpath(p, persona_dir).replace(os.sep, "/")
        text = decode_file(p)
        for et, v in registry:
            if (rel, v) in seen:
                continue
            masked = text
            for _et2, longer in registry:
                if longer != v and v in longer:
                    masked = masked.replace(longer, "\u0000")
            if _present(v, masked):
                seen.add((rel, v))
                entries.append({"file": rel, "entity_type": et, "value": v})
    return entries


def write_gt(persona_dir, gt):
    data = json.dumps(gt, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    write_bytes(os.path.join(persona_dir, "ground_truth.json"), data.encode("utf-8"))


def count_by_sender(msgs):
    return len(msgs)


# ---------------------------------------------------------------- location
def stays_for_day(day, tz, plan):
    """plan: list of (start_hhmm, end_hhmm, place_key) local; returns aware tuples."""
    z = ZoneInfo(tz)
    res = []
    for a, b, key in plan:
        ah, am = map(int, a.split(":"))
        bh, bm = map(int, b.split(":"))
        s = datetime(day.year, day.month, day.day, ah, am, tzinfo=z)
        e = datetime(day.year, day.month, day.day, 0, 0, tzinfo=z) + timedelta(hours=bh, minutes=bm)
        res.append((s.astimezone(UTC).astimezone(z), e.astimezone(UTC).astimezone(z), key))
    return res


def jitter(rng, lat, lon, m=25):
    return (lat + rng.uniform(-m, m) / 111000.0, lon + rng.uniform(-m, m) / 96000.0)


def fmt_offset_iso(dt, ms=True):
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".000"
    off = dt.utcoffset()
    tot = int(off.total_seconds() // 60)
    sign = "+" if tot >= 0 else "-"
    tot = abs(tot)
    return s + "%s%02d:%02d" % (sign, tot // 60, tot % 60)


def fmt_z(dt, ms=True):
    u = dt.astimezone(UTC)
    s = u.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03dZ" % (u.microsecond // 1000)
    else:
        s += "Z"
    return s
