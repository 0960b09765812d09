"""Shared helpers for the heldout24 blind persona set (stdlib only, deterministic).

Nothing here depends on the machine's time zone, locale, hash seed or today's date:
all times are built with zoneinfo from fixed strings, all randomness comes from
random.Random instances seeded with fixed integers, and all dict/set iteration that
reaches an output file goes through sorted() or insertion-ordered lists.
"""
from __future__ import annotations

import json
import math
import os
import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc

# ---------------------------------------------------------------- checksums


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) < 2:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    """Append the Luhn check digit to a digit string."""
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError(partial)


_CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_CN_C = "10X98765432"


def cn_id_check(first17: str) -> str:
    return _CN_C[sum(int(a) * b for a, b in zip(first17, _CN_W)) % 11]


def cn_id(region6: str, birth8: str, seq3: str) -> str:
    body = region6 + birth8 + seq3
    assert len(body) == 17
    return body + cn_id_check(body)


def cn_id_ok(value: str) -> bool:
    v = value.replace(" ", "")
    return len(v) == 18 and v[:17].isdigit() and cn_id_check(v[:17]) == v[17].upper()


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


# ---------------------------------------------------------------- time


def local(s: str, zone: str) -> datetime:
    """'YYYY-MM-DD HH:MM[:SS]' local wall time -> aware datetime in zone."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def to_utc(dt: datetime) -> datetime:
    return dt.astimezone(UTC)


def epoch(dt: datetime) -> int:
    return int(dt.timestamp())


def daterange(d0: str, d1: str):
    a = datetime.strptime(d0, "%Y-%m-%d")
    b = datetime.strptime(d1, "%Y-%m-%d")
    while a <= b:
        yield a.strftime("%Y-%m-%d")
        a += timedelta(days=1)


# ---------------------------------------------------------------- chat model

_CHOICE = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def expand_choices(text: str, rng: random.Random) -> str:
    while True:
        m = _CHOICE.search(text)
        if not m:
            return text
        text = text[: m.start()] + rng.choice(m.group(1).split("|")) + text[m.end():]


@dataclass
class Msg:
    ts: datetime  # aware, UTC
    sender: str  # 'me' or a member key
    kind: str  # text image voice sticker transfer recv location recall link video call system
    text: str = ""
    extra: dict = field(default_factory=dict)


_MARK = re.compile(r"^\[(\w+)(?: ([^\]]*))?\]\s?(.*)$", re.S)


def parse_body(body: str) -> tuple[str, str, dict]:
    m = _MARK.match(body)
    if not m:
        return "text", body, {}
    tag, arg, rest = m.group(1), (m.group(2) or ""), m.group(3)
    if tag in ("img", "photo"):
        return "image", rest, {}
    if tag == "video":
        return "video", rest, {}
    if tag == "sticker":
        return "sticker", rest, {"emoji": arg or "😂"}
    if tag == "voice":
        return "voice", rest, {"seconds": float(arg or 3)}
    if tag == "transfer":
        amount, _, note = arg.partition(" ")
        return "transfer", rest, {"amount": amount, "note": note}
    if tag == "recv":
        return "recv", rest, {"amount": arg}
    if tag == "loc":
        lat, lon, name = arg.split(" ", 2)
        name, _, label = name.partition("|")
        return "location", rest, {"lat": float(lat), "lon": float(lon), "name": name, "label": label}
    if tag == "recall":
        return "recall", rest, {}
    if tag == "link":
        title, _, url = arg.partition("|")
        return "link", rest, {"title": title, "url": url}
    if tag == "call":
        return "call", rest, {"duration": arg}
    if tag == "sys":
        return "system", (arg + (" " + rest if rest else "")).strip(), {}
    if tag == "file":
        return "file", rest, {"name": arg}
    return "text", body, {}


class Chat:
    def __init__(self, key: str, title: str, members: list[str], group: bool = False):
        self.key = key
        self.title = title
        self.members = members  # member keys other than 'me'
        self.group = group
        self.msgs: list[Msg] = []
        self.spans: list[tuple[datetime, datetime]] = []

    @property
    def other(self) -> str:
        return self.members[0]

    def busy(self, a: datetime, b: datetime) -> bool:
        pad = timedelta(minutes=20)
        return any(a < y + pad and x - pad < b for x, y in self.spans)

    def add_scene(self, when: datetime, script: str, rng: random.Random) -> datetime:
        """Parse a scene script starting at aware datetime `when`; returns end time (UTC)."""
        t = to_utc(when)
        start = t
        first = True
        prev_sender = None
        for raw in script.strip("\n").split("\n"):
            line = raw.strip()
            if not line:
                continue
            m = re.match(r"^\+(\d+)([smh])$", line)
            if m:
                n = int(m.group(1))
                t += {"s": timedelta(seconds=n), "m": timedelta(minutes=n), "h": timedelta(hours=n)}[m.group(2)]
                continue
            if line.startswith(">"):
                sender, body = "me", line[1:].strip()
            elif line.startswith("<"):
                sender, body = self.other, line[1:].strip()
            elif line.startswith("@"):
                k, _, body = line[1:].partition(" ")
                sender = k
                assert sender == "me" or sender in self.members, (self.key, sender)
            else:
                raise ValueError(f"bad scene line in {self.key}: {raw!r}")
            body = expand_choices(body, rng)
            if not first:
                base = rng.randint(8, 75) if sender == prev_sender else rng.randint(20, 160)
                t += timedelta(seconds=base + min(len(body), 120) // 2)
            else:
                t += timedelta(seconds=rng.randint(0, 40))
            first = False
            kind, text, extra = parse_body(body)
            self.msgs.append(Msg(t, sender, kind, text, extra))
            prev_sender = sender
        self.spans.append((start, t))
        return t

    def sorted_msgs(self) -> list[Msg]:
        return sorted(self.msgs, key=lambda m: m.ts)


def schedule_fillers(chat: Chat, snippets: list[str], n: int, days: list[str], zone: str,
                     windows: list[tuple[int, int, int]], rng: random.Random,
                     skip_days: set[str] | None = None) -> None:
    """Place n filler snippets on random days inside the hour windows [(h0, h1, weight)].

    Every snippet is used once before any is reused (order shuffled with rng)."""
    pool: list[str] = []
    skip_days = skip_days or set()
    usable = [d for d in days if d not in skip_days]
    placed = 0
    while placed < n:
        if not pool:
            pool = list(snippets)
            rng.shuffle(pool)
        snip = pool.pop()
        wins = windows
        m = re.match(r"^#h(\d+)-(\d+)\n", snip)
        if m:  # snippet restricted to an hour window, e.g. '#h18-23' for 'tonight' talk
            wins = [(int(m.group(1)), int(m.group(2)), 1)]
            snip = snip[m.end():]
        nlines = sum(1 for l in snip.strip().split("\n") if l.strip() and not l.strip().startswith("+"))
        for _attempt in range(200):
            day = rng.choice(usable)
            w = rng.choices(wins, weights=[x[2] for x in wins])[0]
            minute = rng.randint(w[0] * 60, w[1] * 60 - 1)
            start = local(f"{day} {minute // 60:02d}:{minute % 60:02d}", zone)
            est_end = to_utc(start) + timedelta(seconds=nlines * 150 + 300)
            end_local_h = (start + timedelta(seconds=nlines * 150 + 300)).hour
            if end_local_h >= w[1] and w[1] < 24 and end_local_h > w[0]:
                continue
            if chat.busy(to_utc(start), est_end):
                continue
            chat.add_scene(start, snip, rng)
            placed += 1
            break
        else:
            raise RuntimeError(f"could not place filler in {chat.key}")


# ---------------------------------------------------------------- PII registry


class Registry:
    """Candidate PII values; 'any' = list wherever the value occurs in a file,
    'text' = list only where it occurs inside message/post bodies."""

    def __init__(self):
        self.items: list[tuple[str, str, str]] = []

    def add(self, etype: str, value: str, scope: str = "any"):
        assert scope in ("any", "text")
        key = (etype, value)
        if any((t, v) == key for t, v, _ in self.items):
            return
        self.items.append((etype, value, scope))


class OutFile:
    def __init__(self, rel: str, full_text: str, bodies: list[str]):
        self.rel = rel
        self.full = full_text
        self.bodies = bodies


def scan_pii(reg: Registry, files: list[OutFile]) -> list[dict]:
    """A 'text' value hidden inside a longer registered name (志鹏 in 杨志鹏) does not count."""
    out = []
    longer = [v for t, v, s in reg.items if t == "PERSON"]
    for f in files:
        seen = set()
        for etype, value, scope in reg.items:
            if scope == "any":
                hit = value in f.full
            else:
                masks = [v for v in longer if value in v and v != value]
                hit = False
                for b in f.bodies:
                    for v in masks:
                        b = b.replace(v, "\x00")
                    if value in b:
                        hit = True
                        break
            if hit and value not in seen:
                seen.add(value)
                out.append({"file": f.rel, "entity_type": etype, "value": value})
    return out


def json_strings(obj) -> list[str]:
    acc: list[str] = []

    def walk(o):
        if isinstance(o, str):
            acc.append(o)
        elif isinstance(o, dict):
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    walk(obj)
    return acc


def write_bytes(root: str, rel: str, data: bytes):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)


def write_ground_truth(root: str, gt: dict):
    data = json.dumps(gt, ensure_ascii=False, indent=2) + "\n"
    write_bytes(root, "ground_truth.json", data.encode("utf-8"))


# ---------------------------------------------------------------- location model


@dataclass
class Place:
    key: str
    name: str
    lat: float
    lon: float
    address: str = ""
    semantic: str = ""  # HOME / WORK / ''
    place_id: str = ""


@dataclass
class Seg:
    kind: str  # visit / move
    start: datetime  # aware UTC
    end: datetime
    place: Place | None = None
    src: Place | None = None
    dst: Place | None = None
    mode: str = ""
    distance: float = 0.0


def haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    r = 6371000.0
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def build_segments(stays: list[tuple[Place, datetime, datetime]], mode_for) -> list[Seg]:
    """stays: consecutive (place, start_aware, end_aware); moves fill the gaps."""
    segs: list[Seg] = []
    prev = None
    for place, a, b in stays:
        a, b = to_utc(a), to_utc(b)
        if prev is not None:
            pp, pb = prev
            if a > pb and pp.key != place.key:
                d = haversine((pp.lat, pp.lon), (place.lat, place.lon))
                segs.append(Seg("move", pb, a, src=pp, dst=place, mode=mode_for(pp, place, d), distance=d))
        segs.append(Seg("visit", a, b, place=place))
        prev = (place, b)
    return segs


def place_id(rng: random.Random) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "ChIJ" + "".join(rng.choice(alphabet) for _ in range(23))


def jitter(rng: random.Random, v: float, spread: float = 0.0004) -> float:
    return v + rng.uniform(-spread, spread)
