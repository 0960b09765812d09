"""Shared helpers for the heldout21 blind persona set (stdlib only, deterministic)."""
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
    return len(d) >= 12 and s % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError(prefix)


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_C = "10X98765432"


def cn_id(first17):
    s = sum(int(a) * w for a, w in zip(first17, CN_W))
    return first17 + CN_C[s % 11]


def cn_id_ok(v):
    v = v.strip().upper()
    return len(v) == 18 and v[:17].isdigit() and cn_id(v[:17]) == v


def iban_ok(v):
    v = v.replace(" ", "").upper()
    r = v[4:] + v[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return "%s%02d%s" % (cc, chk, bban)


def nhs_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) != 10:
        return False
    s = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


def aba_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) != 9:
        return False
    w = [3, 7, 1] * 3
    return sum(int(a) * b for a, b in zip(d, w)) % 10 == 0


def aba_complete(p8):
    for c in "0123456789":
        if aba_ok(p8 + c):
            return p8 + c
    raise ValueError(p8)


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIQUVO")
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(v):
    v = v.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", v)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and a + b not in NINO_BAD_PREFIX


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", v.strip())
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def itin_ok(v):
    m = re.fullmatch(r"(9\d{2})-?(\d{2})-?(\d{4})", v.strip())
    if not m:
        return False
    g = int(m.group(2))
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


CHECKERS = {
    "CREDIT_CARD": luhn_ok,
    "CN_BANK_CARD": luhn_ok,
    "CN_ID_CARD": cn_id_ok,
    "IBAN_CODE": iban_ok,
    "UK_NHS": nhs_ok,
    "ABA_ROUTING_NUMBER": aba_ok,
    "UK_NINO": nino_ok,
    "US_SSN": ssn_ok,
    "US_ITIN": itin_ok,
}


# ---------------------------------------------------------------- mojibake
def moji(s):
    """Facebook/Instagram style: UTF-8 bytes written as latin-1 code points."""
    return s.encode("utf-8").decode("latin-1")


def moji_tree(o):
    if isinstance(o, str):
        return moji(o)
    if isinstance(o, list):
        return [moji_tree(x) for x in o]
    if isinstance(o, dict):
        return {moji(k): moji_tree(v) for k, v in o.items()}
    return o


def unmoji(s):
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


# ---------------------------------------------------------------- decoding (used by ground truth and the test)
def _strings(o, out, fix):
    if isinstance(o, str):
        out.append(unmoji(o) if fix else o)
    elif isinstance(o, list):
        for x in o:
            _strings(x, out, fix)
    elif isinstance(o, dict):
        for k, v in o.items():
            _strings(v, out, fix)


def decode_file(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    rel = path.replace(os.sep, "/")
    if "alipay" in rel.lower():
        return raw.decode("gbk")
    text = raw.decode("utf-8-sig")
    if path.endswith(".json"):
        fix = "instagram" in rel.lower() or "facebook" in rel.lower()
        out = []
        _strings(json.loads(text), out, fix)
        return "\n".join(out)
    return text


# ---------------------------------------------------------------- pii scanning
def scan_pii(persona_dir, candidates, skip_files=(), mask=()):
    """candidates: list of (type, value). For every file, list each value that occurs.
    Longer values are masked before shorter ones are searched, so a given name is
    only listed when it occurs outside a longer listed value. Latin values need
    word boundaries."""
    cands = sorted(set(candidates), key=lambda tv: (-len(tv[1]), tv[1], tv[0]))
    res = []
    for root, _dirs, files in os.walk(persona_dir):
        for fn in sorted(files):
            full = os.path.join(root, fn)
            rel = os.path.relpath(full, persona_dir).replace(os.sep, "/")
            if rel == "ground_truth.json" or rel in skip_files:
                continue
            text = decode_file(full)
            masked = text
            for mk in mask:
                masked = masked.replace(mk, "\x00" * 3)
            for typ, val in cands:
                if re.match(r"^[A-Za-z]", val) and re.search(r"[A-Za-z]$", val):
                    pat = r"(?<![A-Za-z])" + re.escape(val) + r"(?![A-Za-z])"
                else:
                    pat = re.escape(val)
                if re.search(pat, masked):
                    res.append({"file": rel, "entity_type": typ, "value": val})
                    masked = re.sub(pat, "\x00" * 3, masked)
    res.sort(key=lambda e: (e["file"], e["entity_type"], e["value"]))
    return res


# ---------------------------------------------------------------- chat building
class Msg:
    __slots__ = ("dt", "sender", "text", "kind")

    def __init__(self, dt, sender, text, kind="text"):
        self.dt, self.sender, self.text, self.kind = dt, sender, text, kind


def local_dt(tz, y, m, d, hh, mm, ss=0):
    return datetime(y, m, d, hh, mm, ss, tzinfo=ZoneInfo(tz))


def lay_out(rng, tz, start, days, scripted, pool, per_day_p, hours, me="me",
            them=None, gap=(20, 400)):
    """Return a list of Msg. scripted: list of (day_index, hour, minute, exchange)
    exchange = list of (sender, text). pool: list of exchanges used for filler days.
    hours: (first, last) local hour range for filler exchanges."""
    zi = ZoneInfo(tz)
    msgs = []
    sdays = {}
    for di, h, m, ex in scripted:
        sdays.setdefault(di, []).append((h, m, ex))
    order = list(range(len(pool)))
    rng.shuffle(order)
    pi = 0
    for di in range(days):
        day = start + timedelta(days=di)
        items = list(sdays.get(di, []))
        if pool and rng.random() < per_day_p:
            ex = pool[order[pi % len(order)]]
            pi += 1
            if pi % len(order) == 0:
                rng.shuffle(order)
            items.append((rng.randint(hours[0], hours[1]), rng.randint(0, 59), ex))
        items.sort(key=lambda t: (t[0], t[1]))
        last = None
        for h, m, ex in items:
            t = datetime(day.year, day.month, day.day, h, m, rng.randint(0, 59), tzinfo=zi)
            if last and t <= last:
                t = last + timedelta(minutes=3)
            for sender, text in ex:
                msgs.append(Msg(t, sender, text))
                t = t + timedelta(seconds=rng.randint(*gap))
            last = t
    return msgs


def typo(rng, s, p=0.08):
    """Occasional small slips (swap two letters) in latin text."""
    if rng.random() > p or len(s) < 8:
        return s
    words = s.split(" ")
    i = rng.randrange(len(words))
    w = words[i]
    if len(w) > 3 and w.isalpha():
        j = rng.randrange(len(w) - 1)
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        words[i] = w
    return " ".join(words)


def write_text(path, text, encoding="utf-8", newline="\n"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(text.replace("\n", newline) if newline != "\n" else text)


def write_json(path, obj, ascii_=False, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, ensure_ascii=ascii_, indent=indent))
        f.write("\n")


def csv_text(rows, quoting=csv.QUOTE_MINIMAL, lineterminator="\n"):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=quoting, lineterminator=lineterminator)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def iso_z(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def iso_local_ms(dt):
    s = dt.strftime("%Y-%m-%dT%H:%M:%S.000%z")
    return s[:-2] + ":" + s[-2:]


def ground_truth(persona, description, tz, user, pii, facts):
    return {"schema_version": 1, "persona": persona, "fictional": True, "independent": True,
            "description": description, "timezone": tz, "user": user, "pii": pii, "facts": facts}


def count_by_type(pii):
    c = {}
    for e in pii:
        c[e["entity_type"]] = c.get(e["entity_type"], 0) + 1
    return dict(sorted(c.items()))


# ---------------------------------------------------------------- location stays
def daily_stays(tz, start, days, plan_fn, rng):
    """plan_fn(date, weekday, rng) -> list of (place_key, start_hour_float, end_hour_float)
    within the day, ordered; gaps between entries are travel. Consecutive stays at the same
    place (e.g. home over midnight) are merged. Returns list of (start_dt, end_dt, key)."""
    zi = ZoneInfo(tz)
    out = []
    for di in range(days):
        day = start + timedelta(days=di)
        base = datetime(day.year, day.month, day.day, tzinfo=zi)
        for key, a, b in plan_fn(day, day.weekday(), rng):
            sa = datetime(day.year, day.month, day.day, tzinfo=zi) + timedelta(minutes=int(round(a * 60)))
            sb = datetime(day.year, day.month, day.day, tzinfo=zi) + timedelta(minutes=int(round(b * 60)))
            # wall clock -> normalise through UTC so DST days stay valid
            sa = sa.astimezone(UTC).astimezone(zi)
            sb = sb.astimezone(UTC).astimezone(zi)
            if out and out[-1][2] == key and (sa - out[-1][1]) <= timedelta(minutes=1):
                out[-1] = (out[-1][0], sb, key)
            else:
                out.append((sa, sb, key))
        del base
    return out


def jitter(rng, lat, lon, m=25):
    return (lat + rng.uniform(-m, m) / 111000.0, lon + rng.uniform(-m, m) / 78000.0)
