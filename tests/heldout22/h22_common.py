"""Shared helpers for the heldout22 blind persona set (stdlib only).

Chat scripts are written in a tiny block language (see ``parse_script``) and
identifiers are planted inline with markers ``⟦TYPE:value⟧`` so the ground
truth always records exactly what was written where.
"""
from __future__ import annotations

import hashlib
import random
import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc

TYPE_ABBR = {
    "P": "PERSON", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "L": "LOCATION",
    "CC": "CREDIT_CARD", "BA": "BANK_ACCOUNT", "IBAN": "IBAN_CODE",
    "AR": "ABA_ROUTING_NUMBER", "SSN": "US_SSN", "ITIN": "US_ITIN",
    "USP": "US_PASSPORT", "DL": "US_DRIVER_LICENSE", "LP": "LICENSE_PLATE",
    "U": "USERNAME", "ID": "CN_ID_CARD", "CNP": "CN_PASSPORT", "BC": "CN_BANK_CARD",
    "QQ": "QQ_NUMBER", "WX": "WECHAT_ID", "URL": "URL",
}
ENTITY_TYPES = sorted(set(TYPE_ABBR.values()) | {"UK_NINO", "UK_NHS", "UK_PASSPORT", "UK_DRIVING_LICENCE"})

MARK_RE = re.compile(r"⟦([A-Z]+):([^⟧]+)⟧")


def strip_marks(text: str):
    """Return (clean_text, [(entity_type, value), ...])."""
    found = []

    def rep(m):
        abbr, val = m.group(1), m.group(2)
        found.append((TYPE_ABBR[abbr], val))
        return val

    return MARK_RE.sub(rep, text), found


# ---------------------------------------------------------------- checksums
def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return len(digits) >= 12 and total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError(prefix)


_CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_CN_C = "10X98765432"


def cn_id_check(first17: str) -> str:
    s = sum(int(a) * w for a, w in zip(first17, _CN_W))
    return _CN_C[s % 11]


def cn_id_ok(num: str) -> bool:
    num = num.replace(" ", "")
    return len(num) == 18 and num[:17].isdigit() and cn_id_check(num[:17]) == num[17].upper()


def aba_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    if len(d) != 9:
        return False
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def aba_complete(first8: str) -> str:
    for c in "0123456789":
        if aba_ok(first8 + c):
            return first8 + c
    raise ValueError(first8)


def ssn_ok(num: str) -> bool:
    d = "".join(c for c in num if c.isdigit())
    if len(d) != 9:
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def itin_ok(num: str) -> bool:
    d = "".join(c for c in num if c.isdigit())
    if len(d) != 9 or d[0] != "9":
        return False
    g = int(d[3:5])
    return 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


# ---------------------------------------------------------------- randomness
def make_rng(*parts) -> random.Random:
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- chat script
class Msg:
    __slots__ = ("ts", "sender", "kind", "text", "pii", "arg", "chat")

    def __init__(self, ts, sender, kind, text, pii, arg=None, chat=None):
        self.ts = ts
        self.sender = sender
        self.kind = kind
        self.text = text
        self.pii = pii
        self.arg = arg
        self.chat = chat


TRAIL_RE = re.compile(r"^(.*\S)\s+(\[(?:img|voice|sticker|video|loc|transfer|redpacket|link|file)(?: [^\]]*)?\])$", re.S)
SPECIAL_RE = re.compile(r"^\[(img|voice|sticker|video|loc|transfer|redpacket|recall|call|link|file|missed)(?: (.*))?\]$")


def parse_script(src: str, default_other: str = "other"):
    """Parse a script into exchanges.

    ``#`` starts an exchange; ``# 2024-08-03 09:12`` pins date and time,
    ``# 2024-08-03`` pins the date only.  ``> text`` is the user, ``< text``
    the other side of a one-to-one chat, ``<key| text`` a group member.
    ``\\n`` inside a line is a newline in the message.  A line ``+N`` before a
    message adds a gap of N minutes.
    """
    exchanges = []
    cur = None
    for raw in src.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("#"):
            spec = line[1:].strip()
            cur = {"date": None, "time": None, "hours": None, "lines": []}
            for part in spec.split():
                if part.startswith("@"):
                    lo, _, hi = part[1:].partition("-")
                    cur["hours"] = (int(lo), int(hi or lo))
                elif ":" in part:
                    cur["time"] = part
                else:
                    cur["date"] = part
            exchanges.append(cur)
            continue
        if cur is None:
            cur = {"date": None, "time": None, "hours": None, "lines": []}
            exchanges.append(cur)
        if line.startswith("+") and line[1:].strip().isdigit():
            cur["lines"].append(("gap", int(line[1:].strip()), None))
            continue
        if line.startswith(">"):
            who, body = "me", line[1:].lstrip()
        elif line.startswith("<"):
            rest = line[1:]
            m = re.match(r"^([A-Za-z0-9_]+)\|\s?(.*)$", rest)
            if m:
                who, body = m.group(1), m.group(2)
            else:
                who, body = default_other, rest.lstrip()
        else:
            raise ValueError("bad script line: %r" % line)
        cur["lines"].append((who, body.replace("\\n", "\n"), None))
    return exchanges


def realise(exchanges, rng, tz, start_date, end_date, hour_weights, chat_key,
            gap_range=(0.2, 3.5)):
    """Turn exchanges into timed Msg objects (aware datetimes in ``tz``)."""
    days = (end_date - start_date).days + 1
    hours = [h for h, w in hour_weights for _ in range(w)]
    out = []
    used = set()
    for ex in exchanges:
        if ex["date"] and ex["time"]:
            y, mo, d = map(int, ex["date"].split("-"))
            used.add((datetime(y, mo, d).date(), int(ex["time"].split(":")[0])))
    for ex in exchanges:
        if ex["date"]:
            y, mo, d = map(int, ex["date"].split("-"))
            day = datetime(y, mo, d).date()
        else:
            day = start_date + timedelta(days=rng.randrange(days))
        if ex["time"]:
            hh, mm = map(int, ex["time"].split(":"))
            ss = rng.randrange(60)
        else:
            def pick_hour():
                if ex.get("hours"):
                    lo, hi = ex["hours"]
                    span = (hi - lo) % 24
                    return (lo + rng.randrange(span + 1)) % 24
                return rng.choice(hours)
            hh, mm, ss = pick_hour(), rng.randrange(60), rng.randrange(60)
            tries = 0
            while (day, hh) in used and tries < 25:
                if not ex["date"]:
                    day = start_date + timedelta(days=rng.randrange(days))
                hh = pick_hour()
                tries += 1
        used.add((day, hh))
        t = datetime(day.year, day.month, day.day, hh, mm, ss, tzinfo=tz)
        first = True
        for who, body, _ in ex["lines"]:
            if who == "gap":
                t += timedelta(minutes=body)
                continue
            if not first:
                lo, hi = gap_range
                t += timedelta(seconds=int(rng.uniform(lo, hi) * 60) + rng.randrange(5, 40))
            first = False
            clean, pii = strip_marks(body)
            tail = TRAIL_RE.match(clean)
            if tail and not SPECIAL_RE.match(clean):
                # "text [transfer 500.00 memo]" is two messages: the text, then the transfer/photo
                out.append(Msg(t, who, "text", tail.group(1), pii, None, chat_key))
                t += timedelta(seconds=rng.randrange(8, 50))
                clean, pii = tail.group(2), []
            m = SPECIAL_RE.match(clean)
            if m:
                kind, arg = m.group(1), (m.group(2) or "")
                out.append(Msg(t, who, kind, arg, pii, arg, chat_key))
            else:
                out.append(Msg(t, who, "text", clean, pii, None, chat_key))
    out.sort(key=lambda m: m.ts)
    return out


def fill_to(target, scripted, pool_fn, rng):
    """Append filler exchanges from ``pool_fn(rng, i)`` until line count >= target."""
    n = sum(len([l for l in ex["lines"] if l[0] != "gap"]) for ex in scripted)
    i = 0
    extra = []
    while n < target:
        ex = pool_fn(rng, i)
        i += 1
        if ex is None:
            break
        extra.append(ex)
        n += len([l for l in ex["lines"] if l[0] != "gap"])
    return scripted + extra


# ---------------------------------------------------------------- ground truth
class Planted:
    """Collects (file, entity_type, value) once each, in first-seen order."""

    def __init__(self):
        self.items = []
        self._seen = set()

    def add(self, file, etype, value):
        key = (file, value)
        if key in self._seen:
            return
        self._seen.add(key)
        self.items.append({"file": file, "entity_type": etype, "value": value})

    def add_many(self, file, pairs):
        for etype, value in pairs:
            self.add(file, etype, value)

    def values(self):
        return {(i["entity_type"], i["value"]) for i in self.items}


def iso_z(dt: datetime, ms: bool = True) -> str:
    u = dt.astimezone(UTC)
    if ms:
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)
    return u.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_local(dt: datetime) -> str:
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (dt.microsecond // 1000) + "%s%02d:%02d" % (sign, mins // 60, mins % 60)


def count_top(msgs_by_title):
    rows = [(title, len(ms)) for title, ms in msgs_by_title.items()]
    rows.sort(key=lambda r: (-r[1], r[0]))
    return [{"name": t, "messages": n} for t, n in rows[:3]]


# ---------------------------------------------------------------- location sim
def jitter(rng, lat, lon, metres):
    dlat = rng.uniform(-metres, metres) / 111_000.0
    dlon = rng.uniform(-metres, metres) / 98_000.0
    return round(lat + dlat, 7), round(lon + dlon, 7)


def interp(a, b, f):
    return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)


def haversine_m(a, b):
    import math
    r = 6371000.0
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp = p2 - p1
    dl = math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def day_plan_to_segments(rng, plan, tz):
    """plan: list of ("stay", place, start_dt, end_dt) / ("move", mode, a, b, start, end)."""
    return plan


def fmt_deg(lat, lon):
    return "%.7f°, %.7f°" % (lat, lon)
