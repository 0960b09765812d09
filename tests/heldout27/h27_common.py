"""Shared helpers for the heldout27 blind persona generator (stdlib only).

Everything here is deterministic: callers pass their own random.Random with a
fixed integer seed, nothing iterates over sets or hash-ordered data, and all
wall-clock times are computed with zoneinfo from fixed dates.
"""
import datetime as dt
import json
import math
import os
import re
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc

# ---------------------------------------------------------------------------
# checksums / document helpers
# ---------------------------------------------------------------------------


def luhn_ok(number):
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix_digits):
    """Append the Luhn check digit to a digit string."""
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise ValueError(prefix_digits)


CN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id_check(first17):
    s = sum(int(a) * w for a, w in zip(first17, CN_ID_WEIGHTS))
    return "10X98765432"[s % 11]


def cn_id_ok(idno):
    return len(idno) == 18 and idno[:17].isdigit() and cn_id_check(idno[:17]) == idno[17].upper()


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def iban_make(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s.upper())
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


def iban_group(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def aba_ok(routing):
    d = [int(c) for c in routing]
    if len(d) != 9:
        return False
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def aba_complete(first8):
    for c in "0123456789":
        if aba_ok(first8 + c):
            return first8 + c
    raise ValueError(first8)


PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"  # index = remainder mod 23


def pps_check(seven_digits, second_letter=""):
    total = sum(int(d) * w for d, w in zip(seven_digits, [8, 7, 6, 5, 4, 3, 2]))
    if second_letter:
        total += 9 * (0 if second_letter == "W" else ord(second_letter) - 64)
    return PPS_LETTERS[total % 23]


def pps_ok(pps):
    s = pps.replace(" ", "").upper()
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", s)
    if not m:
        return False
    return pps_check(m.group(1), m.group(3)) == m.group(2)


def ssn_ok(ssn):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", ssn.replace(" ", "-"))
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


# ---------------------------------------------------------------------------
# planting: [[CODE|value]] markup -> plain text + recorded pii entries
# ---------------------------------------------------------------------------

TYPE_CODES = {
    "P": "PERSON", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "LOC": "LOCATION",
    "CC": "CREDIT_CARD", "BA": "BANK_ACCOUNT", "IBAN": "IBAN_CODE", "ABA": "ABA_ROUTING_NUMBER",
    "SSN": "US_SSN", "ITIN": "US_ITIN", "USPP": "US_PASSPORT", "USDL": "US_DRIVER_LICENSE",
    "PL": "LICENSE_PLATE", "U": "USERNAME", "URL": "URL", "CNID": "CN_ID_CARD",
    "CNPP": "CN_PASSPORT", "CNBC": "CN_BANK_CARD", "QQ": "QQ_NUMBER", "WX": "WECHAT_ID",
    "PPS": "IE_PPS",
}

MARK_RE = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]")


class Planter:
    """Records every planted value once per (file, value)."""

    def __init__(self):
        self.entries = []  # (file, type, value) in first-seen order
        self._seen = {}

    def add(self, file, code, value):
        etype = TYPE_CODES[code]
        key = (file, value)
        if key in self._seen:
            if self._seen[key] != etype:
                raise ValueError("value planted with two types: %r" % (key,))
            return
        self._seen[key] = etype
        self.entries.append((file, etype, value))

    def segments(self, file, text):
        """Split marked-up text into [(code or None, str)] and record pii."""
        out = []
        pos = 0
        for m in MARK_RE.finditer(text):
            if m.start() > pos:
                out.append((None, text[pos:m.start()]))
            self.add(file, m.group(1), m.group(2))
            out.append((m.group(1), m.group(2)))
            pos = m.end()
        if pos < len(text):
            out.append((None, text[pos:]))
        return out

    def render(self, file, text):
        return "".join(s for _, s in self.segments(file, text))


def strip_marks(text):
    return MARK_RE.sub(lambda m: m.group(2), text)


# ---------------------------------------------------------------------------
# time helpers
# ---------------------------------------------------------------------------


def local_dt(tz, d, hours_float, rng=None):
    """Aware datetime on date d at fractional hour, with random seconds."""
    minutes = int(round(hours_float * 60))
    sec = rng.randint(0, 59) if rng else 0
    naive = dt.datetime(d.year, d.month, d.day) + dt.timedelta(minutes=minutes, seconds=sec)
    return naive.replace(tzinfo=tz)


def parse_mmdd(year, mmdd):
    m, d = mmdd.split("-")
    return dt.date(year, int(m), int(d))


def daterange(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


def in_window(t_local, start_hhmm, end_hhmm):
    """True if local wall time t is inside a window that may wrap midnight."""
    def mins(s):
        h, m = s.split(":")
        return int(h) * 60 + int(m)
    x = t_local.hour * 60 + t_local.minute
    a, b = mins(start_hhmm), mins(end_hhmm)
    if a <= b:
        return a <= x < b
    return x >= a or x < b


# ---------------------------------------------------------------------------
# chat scheduling
# ---------------------------------------------------------------------------


class Msg:
    __slots__ = ("t", "who", "text")

    def __init__(self, t, who, text):
        self.t = t
        self.who = who
        self.text = text


VARIANT_RE = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def expand_variants(rng, text, k=0):
    """'{a|b|c}' -> one alternative (lets routine exchanges vary between uses).
    '{=a|b|c}' groups are correlated: within one exchange they all take the
    alternative at the same position k."""
    def pick(m):
        body = m.group(1)
        if body.startswith("="):
            alts = body[1:].split("|")
            return alts[k % len(alts)]
        return rng.choice(body.split("|"))
    return VARIANT_RE.sub(pick, text)


def _place_exchange(rng, start_t, exchange, gap, same_gap):
    k = rng.randint(0, 59)
    exchange = [(w, expand_variants(rng, t, k)) for w, t in exchange if w != "@"]
    out = []
    t = start_t
    prev = None
    for i, (who, text) in enumerate(exchange):
        if i > 0:
            g = same_gap if who == prev else gap
            t = t + dt.timedelta(seconds=int(rng.uniform(g[0], g[1]) * 60) + 5)
        out.append(Msg(t, who, text))
        prev = who
    return out


def schedule_chat(rng, tz, year, start, end, scripted=(), oneshots=(), routines=(),
                  target=0, windows=((8.0, 22.0, "all"),), gap=(0.4, 4.0),
                  same_gap=(0.05, 0.8), max_per_day=3, day_weights=None):
    """Lay out exchanges on a calendar.

    scripted: (mmdd, "HH:MM", exchange); oneshots/routines: exchanges;
    windows: (start_hour, end_hour, "all"|"wd"|"we") where exchanges may start.
    Routines are cycled (shuffled each round) until the message count reaches target.
    """
    days = list(daterange(start, end))
    used = {}  # date -> list of (start_min, end_min)
    msgs = []

    def reserve(d, a, b):
        used.setdefault(d, []).append((a, b))

    def free(d, a, b):
        for x, y in used.get(d, []):
            if a < y + 20 and x < b + 20:
                return False
        return len(used.get(d, [])) < max_per_day

    for mmdd, hhmm, ex in scripted:
        d = parse_mmdd(year, mmdd)
        h, m = hhmm.split(":")
        t0 = local_dt(tz, d, int(h) + int(m) / 60.0, rng)
        placed = _place_exchange(rng, t0, ex, gap, same_gap)
        a = t0.hour * 60 + t0.minute
        reserve(d, a, a + int((placed[-1].t - placed[0].t).total_seconds() // 60) + 1)
        msgs.extend(placed)

    def place_free(ex):
        for _ in range(400):
            d = rng.choice(days) if not day_weights else rng.choices(days, [day_weights(x) for x in days])[0]
            if callable(windows):
                wins = [w for w in windows(d)]
            else:
                wins = [w for w in windows if w[2] == "all" or (w[2] == "wd") == (d.weekday() < 5)]
            if not wins:
                continue
            if ex and ex[0][0] == "@":  # exchange-specific start window
                lo, hi = ex[0][1]
                wins = [(max(w[0], lo), min(w[1], hi), w[2]) for w in wins if min(w[1], hi) > max(w[0], lo)]
                if not wins:
                    continue
            w = rng.choice(wins)
            hf = rng.uniform(w[0], w[1])
            a = int(hf * 60)
            est = int(len(ex) * (gap[1] + 1))
            if not free(d, a, a + est):
                continue
            t0 = local_dt(tz, d, hf, rng)
            placed = _place_exchange(rng, t0, ex, gap, same_gap)
            reserve(d, a, a + int((placed[-1].t - placed[0].t).total_seconds() // 60) + 1)
            msgs.extend(placed)
            return
        raise RuntimeError("could not place exchange: %r" % (ex[:1],))

    for ex in oneshots:
        place_free(ex)
    routines = list(routines)
    while routines and len(msgs) < target:
        order = list(range(len(routines)))
        rng.shuffle(order)
        for i in order:
            if len(msgs) >= target:
                break
            place_free(routines[i])
    msgs.sort(key=lambda m: (m.t.astimezone(UTC), 0))
    return msgs


def check_sleep(msgs, me, window, label):
    for m in msgs:
        if m.who == me and in_window(m.t, window[0], window[1]):
            raise AssertionError("%s: user message inside sleep window at %s: %r" % (label, m.t, m.text))


# ---------------------------------------------------------------------------
# location model
# ---------------------------------------------------------------------------


def haversine_m(a, b):
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371000 * math.asin(math.sqrt(h))


class Stay:
    __slots__ = ("place", "start", "end")

    def __init__(self, place, start, end):
        self.place = place
        self.start = start
        self.end = end


def build_stays(plan_fn, rng, tz, start, end):
    """plan_fn(d, rng) -> list of (place_key, start_hour, end_hour) for one day.
    Hours may exceed 24 for the last stay (it is clipped to the next plan start).
    Consecutive stays at the same place are merged."""
    stays = []
    for d in daterange(start, end):
        for place, a, b in plan_fn(d, rng):
            s = local_dt(tz, d, a)
            e = local_dt(tz, d, b)
            if stays and stays[-1].place == place:
                stays[-1].end = e
            else:
                stays.append(Stay(place, s, e))
    # clip overlaps so each stay ends before the next starts
    for i in range(len(stays) - 1):
        if stays[i].end > stays[i + 1].start:
            stays[i].end = stays[i + 1].start - dt.timedelta(minutes=5)
    return stays


def jitter(rng, latlon, metres):
    lat, lon = latlon
    dlat = rng.uniform(-metres, metres) / 111320.0
    dlon = rng.uniform(-metres, metres) / (111320.0 * math.cos(math.radians(lat)))
    return (lat + dlat, lon + dlon)


def fmt_deg(latlon, nd=7):
    return "%s°, %s°" % (format(latlon[0], ".%df" % nd), format(latlon[1], ".%df" % nd))


def iso_ms(t):
    """2024-09-09T07:41:00.000+01:00 (local offset)."""
    s = t.isoformat(timespec="milliseconds")
    return s


def iso_z_ms(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def offset_minutes(t):
    return int(t.utcoffset().total_seconds() // 60)


def move_mode(dist):
    if dist < 1200:
        return "WALKING", 1.3
    if dist < 3500 and dist % 3 == 0:
        return "CYCLING", 4.2
    return "IN_PASSENGER_VEHICLE", 9.5


def place_id(rng):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "ChIJ" + "".join(rng.choice(alphabet) for _ in range(23))


# ---------------------------------------------------------------------------
# JSON helpers
# ---------------------------------------------------------------------------


def fb_mojibake(obj):
    """Facebook/Instagram style: every string's UTF-8 bytes as \\u00XX escapes."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [fb_mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {fb_mojibake(k): fb_mojibake(v) for k, v in obj.items()}
    return obj


def fb_dumps(obj):
    return json.dumps(fb_mojibake(obj), indent=2, ensure_ascii=True)


def jackson_dumps(obj, level=0):
    """Pretty printer in the style of the X/Twitter archive (Jackson)."""
    ind = "  "
    if isinstance(obj, dict):
        if not obj:
            return "{ }"
        items = []
        for k, v in obj.items():
            items.append(ind * (level + 1) + json.dumps(k, ensure_ascii=False) + " : " + jackson_dumps(v, level + 1))
        return "{\n" + ",\n".join(items) + "\n" + ind * level + "}"
    if isinstance(obj, list):
        if not obj:
            return "[ ]"
        return "[ " + ", ".join(jackson_dumps(x, level) for x in obj) + " ]"
    return json.dumps(obj, ensure_ascii=False)


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def write_text(path, text, encoding="utf-8"):
    write_bytes(path, text.encode(encoding))


# ---------------------------------------------------------------------------
# ground truth and self-check
# ---------------------------------------------------------------------------


def _json_strings(obj, out, repair):
    if isinstance(obj, str):
        if repair:
            try:
                obj = obj.encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
        out.append(obj)
    elif isinstance(obj, list):
        for x in obj:
            _json_strings(x, out, repair)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _json_strings(k, out, repair)
            _json_strings(v, out, repair)


def decoded_haystacks(path, rel):
    """Strings in which planted values must appear (generator-side check)."""
    raw = open(path, "rb").read()
    if rel.endswith(".csv") and "alipay" in rel:
        return [raw.decode("gbk")]
    text = raw.decode("utf-8-sig")
    if rel.endswith(".js"):
        text = text[text.index("=") + 1:]
        rel = rel[:-3] + ".json"
    if rel.endswith(".json"):
        out = []
        repair = rel.startswith(("your_facebook_activity", "personal_information", "your_instagram_activity"))
        _json_strings(json.loads(text), out, repair)
        return out
    return [text]


def finish_persona(out_dir, persona_id, planter, gt_head, facts, allowed_leaks=()):
    pdir = os.path.join(out_dir, persona_id)
    pii = []
    for file, etype, value in planter.entries:
        hay = decoded_haystacks(os.path.join(pdir, file), file)
        if not any(value in h for h in hay):
            raise AssertionError("%s: %r not found in %s" % (persona_id, value, file))
        pii.append({"file": file, "entity_type": etype, "value": value})
    # leak check: a value planted somewhere must not appear unlisted in another file
    listed = {(f, v) for f, _, v in planter.entries}
    values = []
    for _, _, v in planter.entries:
        if v not in values:
            values.append(v)
    leaks = []
    for root, _, names in sorted(os.walk(pdir)):
        for n in sorted(names):
            if n == "ground_truth.json":
                continue
            rel = os.path.relpath(os.path.join(root, n), pdir).replace(os.sep, "/")
            hay = decoded_haystacks(os.path.join(root, n), rel)
            here = sorted((v for f, v in listed if f == rel), key=len, reverse=True)
            masked = []
            for h in hay:
                for v in here:
                    h = h.replace(v, "\x00")
                masked.append(h)
            for v in values:
                if (rel, v) not in listed and any(v in h for h in masked) and (rel, v) not in allowed_leaks:
                    leaks.append((rel, v))
    if leaks:
        raise AssertionError("%s: unlisted occurrences: %r" % (persona_id, leaks))
    gt = {"schema_version": 1, "persona": persona_id, "fictional": True, "independent": True}
    gt.update(gt_head)
    gt["pii"] = pii
    gt["facts"] = facts
    write_text(os.path.join(pdir, "ground_truth.json"), json.dumps(gt, ensure_ascii=False, indent=2) + "\n")
    return gt


def compose_rants(rng, openers, cores, closers, n, per_core=2):
    """Distinct angry messages built from parts (deterministic).

    Every core is used once before any core is used a second time."""
    out = []
    for rnd in range(per_core):
        order = list(range(len(cores)))
        rng.shuffle(order)
        for ci in order:
            for _ in range(20):
                s = rng.choice(openers) + cores[ci] + rng.choice(closers)
                if s not in out:
                    out.append(s)
                    break
            if len(out) == n:
                return out
    raise ValueError("not enough rant parts")
