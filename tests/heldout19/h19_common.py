"""Shared helpers for the heldout19 blind persona generator (stdlib only)."""
import datetime as dt
import json
import os
import random
import re
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc
TAG = re.compile(r"\{\{([A-Z_]+)\|(.+?)\}\}")


def untag(text):
    """'ask {{PERSON|Gwen}} x' -> ('ask Gwen x', [('PERSON','Gwen')])."""
    tags = [(m.group(1), m.group(2)) for m in TAG.finditer(text)]
    return TAG.sub(lambda m: m.group(2), text), tags


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    d = [int(c) for c in re.sub(r"\D", "", num)]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id_check(first17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(first17, CN_W)) % 11]


def cn_id_ok(v):
    return len(v) == 18 and cn_id_check(v[:17]) == v[17].upper()


def iban_ok(v):
    s = re.sub(r"\s", "", v)
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_make(cc, bban):
    s = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    return f"{cc}{chk:02d}{bban}"


def nhs_ok(v):
    d = [int(c) for c in re.sub(r"\D", "", v)]
    if len(d) != 10:
        return False
    r = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == d[9]


def aba_ok(v):
    d = [int(c) for c in v]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(v):
    s = re.sub(r"\s", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    a, b = s[0], s[1]
    return a not in "DFIQUV" and b not in "DFIOQUV" and s[:2] not in NINO_BAD_PREFIX


# ---------------------------------------------------------------- pii registry
class Registry:
    def __init__(self):
        self.entries = []
        self.seen = set()

    def add(self, file, etype, value):
        key = (file, value)
        if key in self.seen:
            return
        self.seen.add(key)
        self.entries.append({"file": file, "entity_type": etype, "value": value})

    def add_tags(self, file, tags):
        for t, v in tags:
            self.add(file, t, v)


# ---------------------------------------------------------------- scheduling
def schedule(snippets, start, days, tz, rng, wake=(7, 23), gap=(1, 7), day_weights=None):
    """Place conversation snippets on random days/times.

    snippets: list of lists of (who, text).  Returns sorted list of
    (aware local datetime, who, plain_text, tags).
    """
    out = []
    zi = ZoneInfo(tz)
    for snip in snippets:
        day = rng.randrange(days) if day_weights is None else rng.choices(range(days), day_weights)[0]
        d = start + dt.timedelta(days=day)
        span = sum(gap) * len(snip) // 2 + 5
        lo = wake[0] * 60 + 5
        hi = wake[1] * 60 - span - 5
        minute = rng.randrange(lo, max(lo + 1, hi))
        t = dt.datetime(d.year, d.month, d.day, tzinfo=zi) + dt.timedelta(minutes=minute, seconds=rng.randrange(60))
        for who, text in snip:
            plain, tags = untag(text)
            out.append((t, who, plain, tags))
            t = t + dt.timedelta(minutes=rng.randint(*gap), seconds=rng.randrange(60))
    # normalise wall-clock (DST safe): re-localise through UTC
    out = [(x[0].astimezone(UTC).astimezone(zi),) + x[1:] for x in out]
    out.sort(key=lambda x: x[0].astimezone(UTC))
    return out


def filler(pool, n, rng, me_ratio=0.5, min_len=1, max_len=4):
    """Build n short snippets from a pool of (who, text) lines or 'them'/'me' pairs."""
    snips = []
    for _ in range(n):
        k = rng.randint(min_len, max_len)
        snips.append([rng.choice(pool) for _ in range(k)])
    return snips


def count_msgs(snips):
    return sum(len(s) for s in snips)


def write_json(path, obj, **kw):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, **kw)


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def fb_mojibake(s):
    return s.encode("utf-8").decode("latin-1")


def daterange(start, days):
    for i in range(days):
        yield start + dt.timedelta(days=i)


def political(openers, cores, closers, n, rng):
    combos = [(a, b, c) for b in cores for a in openers for c in closers]
    rng.shuffle(combos)
    seen, out = set(), []
    for a, b, c in combos:
        if b in {x[1] for x in out} and len(out) < len(cores):
            continue
        s = (a + b + c).strip()
        if s not in seen:
            seen.add(s)
            out.append((a, b, c))
        if len(out) >= n:
            break
    return [(a + b + c).strip() for a, b, c in out]


def stays(start, days, tz, rng, home, work, workdays, work_hours, extras):
    """Yield a daily plan as list of (place_dict, start_local, end_local).

    home/work: dict(name, lat, lon, address).  extras: list of (weekday_set, place, start_h, dur_h, prob).
    """
    zi = ZoneInfo(tz)
    plan = []
    for d in daterange(start, days):
        day0 = dt.datetime(d.year, d.month, d.day, tzinfo=zi)
        segs = []
        t = day0
        wd = d.weekday()
        if wd in workdays:
            ws = day0 + dt.timedelta(hours=work_hours[0], minutes=rng.randint(-10, 15))
            we = day0 + dt.timedelta(hours=work_hours[1], minutes=rng.randint(-5, 40))
            segs.append((home, t, ws - dt.timedelta(minutes=rng.randint(18, 30))))
            segs.append((work, ws, we))
            t = we + dt.timedelta(minutes=rng.randint(18, 30))
        for days_set, place, sh, dur, prob in extras:
            if wd in days_set and rng.random() < prob:
                es = day0 + dt.timedelta(hours=sh, minutes=rng.randint(0, 40))
                if es < t:
                    es = t + dt.timedelta(minutes=10)
                ee = es + dt.timedelta(hours=dur, minutes=rng.randint(0, 30))
                segs.append((home, t, es - dt.timedelta(minutes=15)))
                segs.append((place, es, ee))
                t = ee + dt.timedelta(minutes=15)
                break
        segs.append((home, t, day0 + dt.timedelta(days=1)))
        plan.append([s for s in segs if s[2] > s[1]])
    # merge home end of day with next day's home start
    flat = []
    for segs in plan:
        for s in segs:
            if flat and flat[-1][0] is s[0] and abs((s[1] - flat[-1][2]).total_seconds()) < 60:
                flat[-1] = (s[0], flat[-1][1], s[2])
            else:
                flat.append(s)
    return flat
