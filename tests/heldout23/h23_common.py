"""Shared helpers for the heldout23 blind persona generator (stdlib only).

Everything here is deterministic: callers pass a seeded random.Random, times are
built with zoneinfo from explicit local wall times, nothing reads the clock,
TZ or locale.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import os
import random
import re
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc

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
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    """Append the Luhn check digit to a digit string."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError(prefix)


_CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_CN_C = "10X98765432"


def cn_id_check(first17: str) -> str:
    return _CN_C[sum(int(a) * b for a, b in zip(first17, _CN_W)) % 11]


def cn_id(first17: str) -> str:
    return first17 + cn_id_check(first17)


def iban_make(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def nhs_check(first9: str):
    total = sum(int(d) * w for d, w in zip(first9, range(10, 1, -1)))
    c = 11 - total % 11
    if c == 11:
        c = 0
    return None if c == 10 else str(c)


def aba_ok(r: str) -> bool:
    d = [int(c) for c in r]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def aba_complete(first8: str) -> str:
    for c in "0123456789":
        if aba_ok(first8 + c):
            return first8 + c
    raise ValueError(first8)


def nino_ok(n: str) -> bool:
    s = n.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    a, b = s[0], s[1]
    if a in "DFIQUV" or b in "DFIOQUV":
        return False
    return s[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


# ---------------------------------------------------------------- time


def local(tz: ZoneInfo, y, mo, d, h=0, mi=0, s=0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def epoch(t: dt.datetime) -> int:
    return int(t.astimezone(UTC).timestamp())


def epoch_ms(t: dt.datetime) -> int:
    return int(round(t.astimezone(UTC).timestamp() * 1000))


def iso_offset_ms(t: dt.datetime) -> str:
    """2024-03-01T07:45:00.000+08:00"""
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{t.microsecond // 1000:03d}{sign}{mins // 60:02d}:{mins % 60:02d}"


def iso_z_ms(t: dt.datetime) -> str:
    u = t.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + f".{u.microsecond // 1000:03d}Z"


def in_window(t: dt.datetime, start: str, end: str) -> bool:
    """True when the local wall time of t is inside [start, end) (may wrap midnight)."""
    m = t.hour * 60 + t.minute
    sh, sm = map(int, start.split(":"))
    eh, em = map(int, end.split(":"))
    a, b = sh * 60 + sm, eh * 60 + em
    if a <= b:
        return a <= m < b
    return m >= a or m < b


def daterange(d0: dt.date, d1: dt.date):
    d = d0
    while d <= d1:
        yield d
        d += dt.timedelta(days=1)


# ---------------------------------------------------------------- chat scheduling


class ChatBook:
    """Collects chat messages scene by scene with realistic gaps.

    A scene is (chat, date, "HH:MM", lines); a line is (who, text) or
    (who, text, opts) with opts keys: gap (minutes before this line), kind
    (text/image/sticker/voice/video/location/link/call/system/...), and any
    format-specific extras.
    """

    def __init__(self, tz: ZoneInfo, rng: random.Random, sleep: tuple[str, str], me: str = "me"):
        self.tz = tz
        self.rng = rng
        self.sleep = sleep
        self.me = me
        self.msgs: list[dict] = []
        self.busy: dict[tuple, list] = {}

    def scene(self, chat: str, date: dt.date, hhmm: str, lines, check_sleep=True):
        h, m = map(int, hhmm.split(":"))
        t = dt.datetime(date.year, date.month, date.day, h, m, self.rng.randint(0, 59), tzinfo=self.tz)
        prev = None
        first = t
        staged = []
        for ln in lines:
            who, text = ln[0], ln[1]
            opts = dict(ln[2]) if len(ln) > 2 else {}
            if prev is not None:
                if "gap" in opts:
                    delta = dt.timedelta(minutes=opts["gap"], seconds=self.rng.randint(0, 50))
                elif who == prev:
                    delta = dt.timedelta(seconds=self.rng.randint(6, 70))
                else:
                    delta = dt.timedelta(seconds=self.rng.randint(25, 260))
                # wall-clock arithmetic in UTC so DST changes do not distort gaps
                t = (t.astimezone(UTC) + delta).astimezone(self.tz)
            kind = opts.pop("kind", "text")
            opts.pop("gap", None)
            if check_sleep and who == self.me and in_window(t, *self.sleep):
                raise ValueError(f"user message inside sleep window: {chat} {t} {text!r}")
            staged.append({"chat": chat, "who": who, "text": text, "t": t, "kind": kind, "opts": opts})
            prev = who
        self.msgs.extend(staged)
        self.busy.setdefault((chat, date), []).append((first, t))
        return t

    def is_free(self, chat, date, start: dt.datetime, minutes=45) -> bool:
        end = start + dt.timedelta(minutes=minutes)
        for a, b in self.busy.get((chat, date), []):
            if start < b + dt.timedelta(minutes=20) and a - dt.timedelta(minutes=20) < end:
                return False
        return True

    def place_fillers(self, chat, exchanges, days, hours, per_day_max=2):
        """Spread exchanges over days (list of date) at random times in hours
        (list of (start_hour, end_hour)). Deterministic given rng."""
        used: dict = {}
        for ex in exchanges:
            ex_hours, ex_wd = hours, None
            if isinstance(ex, dict):
                ex_hours = ex.get("hours", hours)
                ex_wd = ex.get("wd")
                ex = ex["lines"]
            for _ in range(400):
                d = self.rng.choice(days)
                if used.get(d, 0) >= per_day_max:
                    continue
                if ex_wd is not None and d.weekday() not in ex_wd:
                    continue
                a, b = self.rng.choice(ex_hours)
                hh = self.rng.randint(a, b - 1)
                mm = self.rng.randint(0, 59)
                start = dt.datetime(d.year, d.month, d.day, hh, mm, tzinfo=self.tz)
                if not self.is_free(chat, d, start):
                    continue
                try:
                    self.scene(chat, d, f"{hh:02d}:{mm:02d}", ex)
                except ValueError:
                    continue  # would run into the sleep window: try another slot
                used[d] = used.get(d, 0) + 1
                break
            else:
                raise RuntimeError(f"could not place filler in {chat}")

    def by_chat(self, chat):
        return sorted((m for m in self.msgs if m["chat"] == chat), key=lambda m: m["t"])

    def counts(self):
        c: dict = {}
        for m in self.msgs:
            c[m["chat"]] = c.get(m["chat"], 0) + 1
        return c


# ---------------------------------------------------------------- geography


def haversine_m(a, b):
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    dlat, dlon = lat2 - lat1, lon2 - lon1
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371000 * math.asin(math.sqrt(h))


def jitter(rng, p, metres=25):
    dlat = rng.uniform(-metres, metres) / 111000
    dlon = rng.uniform(-metres, metres) / (111000 * math.cos(math.radians(p[0])))
    return (p[0] + dlat, p[1] + dlon)


def build_days(tz, rng, d0, d1, plan_fn):
    """plan_fn(date) -> list of (place_key, "HH:MM" start, "HH:MM" end) stays for
    that date (the night stay is implicit: first stay of the day starts where the
    previous day ended). Returns a flat list of stays with aware datetimes,
    contiguous through the period."""
    stays = []
    for d in daterange(d0, d1):
        for key, a, b in plan_fn(d):
            ah, am = map(int, a.split(":"))
            if b == "24:00":
                e = dt.datetime(d.year, d.month, d.day, tzinfo=tz) + dt.timedelta(days=1)
                e = e.replace(tzinfo=tz)
            else:
                bh, bm = map(int, b.split(":"))
                e = dt.datetime(d.year, d.month, d.day, bh, bm, tzinfo=tz)
            s = dt.datetime(d.year, d.month, d.day, ah, am, tzinfo=tz)
            if a != "00:00":
                s += dt.timedelta(minutes=rng.randint(-4, 4))
            if b != "24:00":
                e += dt.timedelta(minutes=rng.randint(-4, 4))
            stays.append([key, s, e])
    # merge consecutive stays at the same place
    merged = []
    for st in stays:
        if merged and merged[-1][0] == st[0]:
            merged[-1][2] = st[2]
        else:
            merged.append(st)
    return merged


# ---------------------------------------------------------------- ground truth


ASCII_WORD = re.compile(r"[A-Za-z0-9]")


class Registry:
    """Every PII value a persona can contain. Ground truth is computed by scanning
    the decoded files, so it lists exactly the (file, value) pairs that occur.

    A shorter value that only occurs inside a longer registered value (e.g. a given
    name inside the full name) is not counted for that occurrence. Values that
    begin/end with an ASCII letter or digit must sit on word boundaries.
    """

    def __init__(self):
        self.items: list[tuple[str, str, dict]] = []

    def add(self, etype, value, **opts):
        for t, v, _ in self.items:
            if v == value:
                raise ValueError(f"duplicate registry value {value!r}")
        self.items.append((etype, value, opts))
        return value

    def _occurrences(self, text, value, opts):
        out = []
        start = 0
        while True:
            i = text.find(value, start)
            if i < 0:
                break
            j = i + len(value)
            ok = True
            if ASCII_WORD.match(value[0]) and i > 0 and ASCII_WORD.match(text[i - 1]):
                ok = False
            if ASCII_WORD.match(value[-1]) and j < len(text) and ASCII_WORD.match(text[j]):
                ok = False
            nf = opts.get("not_followed_by")
            if nf and any(text.startswith(x, j) for x in nf):
                ok = False
            npb = opts.get("not_preceded_by")
            if npb and any(text[:i].endswith(x) for x in npb):
                ok = False
            if ok:
                out.append((i, j))
            start = i + 1
        return out

    def scan(self, segments: list[str]):
        """Return list of (etype, value) found in the segments, registry order."""
        found = []
        for etype, value, opts in self.items:
            hit = False
            for seg in segments:
                occ = self._occurrences(seg, value, opts)
                if not occ:
                    continue
                longer = [(v2, o2) for t2, v2, o2 in self.items if v2 != value and value in v2]
                for (i, j) in occ:
                    covered = False
                    for v2, o2 in longer:
                        for (a, b) in self._occurrences(seg, v2, o2):
                            if a <= i and j <= b:
                                covered = True
                                break
                        if covered:
                            break
                    if not covered:
                        hit = True
                        break
                if hit:
                    break
            if hit:
                found.append((etype, value))
        return found


def json_strings(obj, out=None, repair=False):
    """All string keys and values of a JSON document, optionally repairing
    Facebook-style mojibake."""
    if out is None:
        out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.append(fix_mojibake(k) if repair else k)
            json_strings(v, out, repair)
    elif isinstance(obj, list):
        for v in obj:
            json_strings(v, out, repair)
    elif isinstance(obj, str):
        out.append(fix_mojibake(obj) if repair else obj)
    return out


def fix_mojibake(s: str) -> str:
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def to_mojibake(obj):
    if isinstance(obj, dict):
        return {to_mojibake(k): to_mojibake(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [to_mojibake(v) for v in obj]
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    return obj


def decode_file(path: str, how: str) -> list[str]:
    """Decoded text segments of one export file.
    how: text-utf8, text-utf8-sig, text-gbk, json, json-mojibake, js (X archive)."""
    with open(path, "rb") as f:
        raw = f.read()
    if how == "text-gbk":
        return [raw.decode("gbk")]
    if how in ("text-utf8", "text-utf8-sig"):
        return [raw.decode("utf-8-sig")]
    if how == "text-cp1252":
        return [raw.decode("cp1252")]
    txt = raw.decode("utf-8-sig")
    if how == "js":
        txt = txt[txt.index("=") + 1:]
        return json_strings(json.loads(txt))
    if how == "json":
        return json_strings(json.loads(txt))
    if how == "json-mojibake":
        return json_strings(json.loads(txt), repair=True)
    raise ValueError(how)


def write_bytes(root, rel, data: bytes):
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data)


def build_ground_truth(root, persona, files_how: dict, registry: Registry, header: dict, facts: dict):
    pii = []
    for rel in sorted(files_how):
        segs = decode_file(os.path.join(root, persona, rel), files_how[rel])
        for etype, value in registry.scan(segs):
            pii.append({"file": rel, "entity_type": etype, "value": value})
    # every registered value must occur somewhere
    seen = {p["value"] for p in pii}
    missing = [v for _, v, _ in registry.items if v not in seen]
    if missing:
        raise RuntimeError(f"{persona}: registered values never written: {missing}")
    gt = {"schema_version": 1, "persona": persona, "fictional": True, "independent": True}
    gt.update(header)
    gt["pii"] = pii
    gt["facts"] = facts
    return gt


def dump_json_bytes(obj, indent=2, ensure_ascii=False) -> bytes:
    return (json.dumps(obj, ensure_ascii=ensure_ascii, indent=indent) + "\n").encode("utf-8")
