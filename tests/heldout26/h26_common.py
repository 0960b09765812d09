"""Shared helpers for the heldout26 blind persona set (stdlib only, deterministic)."""
import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc


# ----------------------------------------------------------------- checksums

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


def luhn_complete(partial):
    """Append the Luhn check digit to a digit string."""
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError(partial)


_CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_CN_C = "10X98765432"


def cn_id_check(first17):
    return _CN_C[sum(int(a) * b for a, b in zip(first17, _CN_W)) % 11]


def cn_id(first17):
    assert len(first17) == 17 and first17.isdigit()
    return first17 + cn_id_check(first17)


def cn_id_ok(s):
    return len(s) == 18 and s[:17].isdigit() and cn_id_check(s[:17]) == s[17]


_IRD_W1 = [3, 2, 7, 6, 5, 4, 3, 2]
_IRD_W2 = [7, 4, 3, 2, 5, 2, 7, 6]


def nz_ird_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    n = int(d)
    if not 10_000_000 < n < 150_000_000:
        return False
    base, check = d[:8], int(d[8])
    for w in (_IRD_W1, _IRD_W2):
        r = sum(int(a) * b for a, b in zip(base, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == check
    return False


# ----------------------------------------------------------------- time

def local(zone, y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(zone))


def epoch(t):
    return int(t.timestamp())


def epoch_ms(t):
    return int(round(t.timestamp() * 1000))


def iso_z(t, ms=True):
    u = t.astimezone(UTC)
    if ms:
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)
    return u.strftime("%Y-%m-%dT%H:%M:%SZ")


def days(start, end):
    """Dates from start to end inclusive (dt.date)."""
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


def hm(s):
    h, m = s.split(":")
    return int(h) * 60 + int(m)


# ----------------------------------------------------------------- messages

class Msg:
    """One chat message; `who` is a speaker key of the chat ('me' is the user)."""
    __slots__ = ("t", "who", "text", "kind", "extra")

    def __init__(self, t, who, text, kind="text", extra=None):
        self.t, self.who, self.text, self.kind, self.extra = t, who, text, kind, extra or {}


class Chat:
    def __init__(self, key, title, members, group=False):
        self.key, self.title, self.members, self.group = key, title, members, group
        self.msgs = []

    def add(self, t, who, text, kind="text", **extra):
        self.msgs.append(Msg(t, who, text, kind, extra))

    def scene(self, rng, start, lines, gap=(20, 240)):
        """Consecutive lines from `start`; each line (who, text) or (who, text, kind, extra)."""
        t = start
        for i, line in enumerate(lines):
            if i:
                t = t + dt.timedelta(seconds=rng.randint(*gap))
            who, text = line[0], line[1]
            kind = line[2] if len(line) > 2 else "text"
            extra = line[3] if len(line) > 3 else {}
            self.msgs.append(Msg(t, who, text, kind, extra))
        return t

    def sorted(self):
        # stable order by time; ties keep insertion order
        return sorted(self.msgs, key=lambda m: m.t)


def in_window(minute_of_day, start, end):
    """True if minute_of_day is inside [start, end) where the window may wrap midnight."""
    if start <= end:
        return start <= minute_of_day < end
    return minute_of_day >= start or minute_of_day < end


def pick_time(rng, day, zone, lo, hi):
    """A local datetime on `day` between minute lo and hi (hi may exceed 1440 = next day)."""
    m = rng.randint(lo, hi - 1)
    s = rng.randint(0, 59)
    naive = dt.datetime(day.year, day.month, day.day) + dt.timedelta(minutes=m, seconds=s)
    z = ZoneInfo(zone)
    return naive.replace(tzinfo=z).astimezone(UTC).astimezone(z)


def at(day, zone, hhmm, sec=0):
    h, m = (int(x) for x in hhmm.split(":"))
    extra = 0
    if h >= 24:
        h -= 24
        extra = 1
    d = day + dt.timedelta(days=extra)
    return dt.datetime(d.year, d.month, d.day, h, m, sec, tzinfo=ZoneInfo(zone))


class Pool:
    """Draw items without replacement, refilling (reshuffled) when empty."""

    def __init__(self, rng, items):
        self.rng, self.items, self.left = rng, list(items), []

    def draw(self):
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


# ----------------------------------------------------------------- ground truth

def _latin(value):
    return all(ord(c) < 0x2000 for c in value) and bool(re.match(r"\w", value[0]))


def find_spans(text, value):
    spans = []
    if _latin(value):
        for m in re.finditer(r"(?<![A-Za-z0-9_@.])" + re.escape(value) + r"(?![A-Za-z0-9_@])", text):
            spans.append((m.start(), m.end()))
    else:
        i = text.find(value)
        while i >= 0:
            spans.append((i, i + len(value)))
            i = text.find(value, i + 1)
    return spans


def scan_pii(files, catalog):
    """files: list of (relpath, full_text, message_text).
    catalog: list of (value, entity_type, scope) with scope 'all' or 'text'.
    A value counts in a file if it occurs there outside any longer catalog value's occurrence.
    Returns sorted list of dicts."""
    out = []
    by_len = sorted(catalog, key=lambda c: -len(c[0]))
    for rel, full, msgtext in files:
        covered_all, covered_text = [], []
        for value, etype, scope in by_len:
            hay = full if scope == "all" else msgtext
            spans = find_spans(hay, value)
            cov = covered_all if scope == "all" else covered_text
            free = [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in cov)]
            # occurrences in the full text also cover shorter message-text values
            if scope == "all":
                tspans = find_spans(msgtext, value)
                covered_text.extend(tspans)
            cov.extend(spans)
            if free:
                out.append({"file": rel, "entity_type": etype, "value": value})
    out.sort(key=lambda e: (e["file"], e["entity_type"], e["value"]))
    return out


def dump_json(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


# NZ bank account check (IRD algorithms A/B, used by banks 01-06, 11-24, 27, 30, 35, 38)
_NZ_A = [0, 0, 6, 3, 7, 9, 0, 0, 10, 5, 8, 4, 2, 1, 0, 0, 0, 0]
_NZ_B = [0, 0, 0, 0, 0, 0, 0, 0, 10, 5, 8, 4, 2, 1, 0, 0, 0, 0]


def nz_bank_ok(s):
    parts = re.split(r"[- ]", s.strip())
    if len(parts) != 4:
        return False
    bank, branch, base, suf = parts
    digits = bank.zfill(2) + branch.zfill(4) + base.zfill(8) + suf.zfill(4)
    if len(digits) != 18 or not digits.isdigit():
        return False
    w = _NZ_B if int(base) >= 990000 else _NZ_A
    return sum(int(a) * b for a, b in zip(digits, w)) % 11 == 0


def nz_bank(bank, branch, base_prefix6, suffix):
    for last in range(10):
        s = "%s-%s-%s%d-%s" % (bank, branch, base_prefix6, last, suffix)
        if nz_bank_ok(s):
            return s
    return None
