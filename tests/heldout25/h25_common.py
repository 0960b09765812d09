"""Shared helpers for the heldout25 blind persona set (stdlib only, deterministic).

Nothing here depends on the machine's TZ, locale, PYTHONHASHSEED or today's date:
every zone is an explicit zoneinfo, every random choice comes from a seeded Random,
and nothing iterates over a set or an unordered dict of unknown origin.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc


# ---------------------------------------------------------------- checksums
def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) < 12:
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


def cn_id(region: str, ymd: str, seq: str) -> str:
    body = region + ymd + seq
    assert len(body) == 17
    return body + cn_id_check(body)


def cn_id_ok(value: str) -> bool:
    return (len(value) == 18 and value[:17].isdigit()
            and cn_id_check(value[:17]) == value[17].upper())


def aba_ok(r: str) -> bool:
    if len(r) != 9 or not r.isdigit():
        return False
    d = [int(c) for c in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def aba_complete(first8: str) -> str:
    for c in "0123456789":
        if aba_ok(first8 + c):
            return first8 + c
    raise ValueError(first8)


def ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


# ---------------------------------------------------------------- messages
@dataclass
class Msg:
    chat: str
    sender: str          # 'me' or a contact key
    ts: int              # epoch seconds (UTC)
    text: str
    kind: str = "text"   # text image voice sticker video location call transfer link system recall file
    extra: dict = field(default_factory=dict)


TOKEN_RE = re.compile(r"^\[(图片|语音|表情|视频|位置|通话|转账|链接|系统|撤回|文件|img|audio|sticker|video|loc|call|deleted|edited|doc)(?::([^\]]*))?\]\s*(.*)$")
KIND_OF = {"图片": "image", "img": "image", "语音": "voice", "audio": "voice", "表情": "sticker",
           "sticker": "sticker", "视频": "video", "video": "video", "位置": "location", "loc": "location",
           "通话": "call", "call": "call", "转账": "transfer", "链接": "link", "系统": "system",
           "撤回": "recall", "deleted": "recall", "文件": "file", "doc": "file", "edited": "edited"}


def parse_line(chat: str, sender: str, ts: int, body: str) -> Msg:
    body = body.replace("¶", "\n")
    m = TOKEN_RE.match(body)
    if not m:
        return Msg(chat, sender, ts, body)
    kind = KIND_OF[m.group(1)]
    arg = m.group(2) or ""
    rest = m.group(3)
    if kind == "edited":
        return Msg(chat, sender, ts, rest, "text", {"edited": True})
    return Msg(chat, sender, ts, rest, kind, {"arg": arg})


class Timeline:
    """Turns compact episode scripts into timestamped messages.

    Script lines:  '> text'  the user;  '< text'  the default other party;
                   '=key| text'  another sender (group chats);  '+25' / '+2h'  a gap;
                   '¶' inside a text is a line break.
    """

    def __init__(self, tz: str, year: int, seed: int):
        self.zone = ZoneInfo(tz)
        self.year = year
        self.rng = random.Random(seed)
        self.msgs: list[Msg] = []
        self.episodes: list[tuple[str, dt.datetime, dt.datetime]] = []

    def local(self, when: str) -> dt.datetime:
        # "MM-DD HH:MM" or "YYYY-MM-DD HH:MM"
        if when.count("-") == 1:
            when = f"{self.year}-{when}"
        return dt.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=self.zone)

    def episode(self, chat: str, when, script: str, other: str | None = None,
                pace: tuple[int, int] = (15, 170)) -> None:
        start = self.local(when) if isinstance(when, str) else when
        t = start.astimezone(UTC) + dt.timedelta(seconds=self.rng.randint(0, 50))
        prev = None
        first = True
        for raw in script.strip("\n").split("\n"):
            line = raw.strip()
            if not line:
                continue
            if re.fullmatch(r"\+\d+h?", line):
                n = int(line[1:].rstrip("h"))
                t += dt.timedelta(hours=n) if line.endswith("h") else dt.timedelta(minutes=n)
                prev = None
                continue
            if line.startswith(">"):
                sender, body = "me", line[1:].strip()
            elif line.startswith("<"):
                sender, body = other, line[1:].strip()
            elif line.startswith("="):
                key, _, body = line[1:].partition("|")
                sender, body = key.strip(), body.strip()
            else:
                raise ValueError(f"bad script line in {chat} {when}: {raw!r}")
            if sender is None:
                raise ValueError(f"no default sender for {chat}")
            if not first:
                lo, hi = pace
                gap = self.rng.randint(lo // 3, hi // 2) if sender == prev else self.rng.randint(lo, hi)
                t += dt.timedelta(seconds=gap + len(body) * self.rng.randint(0, 2))
            first = False
            prev = sender
            self.msgs.append(parse_line(chat, sender, int(t.timestamp()), body))
        self.episodes.append((chat, start, t.astimezone(self.zone)))

    def add(self, chat: str, sender: str, when: dt.datetime, body: str) -> None:
        self.msgs.append(parse_line(chat, sender, int(when.astimezone(UTC).timestamp()), body))

    def busy(self, chat: str, when: dt.datetime, margin_min: int = 90) -> bool:
        for c, s, e in self.episodes:
            if c == chat and s - dt.timedelta(minutes=margin_min) <= when <= e + dt.timedelta(minutes=margin_min):
                return True
        return False

    def by_chat(self) -> dict[str, list[Msg]]:
        out: dict[str, list[Msg]] = {}
        for m in sorted(self.msgs, key=lambda m: (m.chat, m.ts)):
            lst = out.setdefault(m.chat, [])
            if lst and m.ts <= lst[-1].ts:
                m.ts = lst[-1].ts + 1
            lst.append(m)
        return out


def place_fillers(tl: Timeline, chat: str, blocks: list[str], days: list[dt.date],
                  windows, other: str | None, rng: random.Random, uses: int = 1) -> None:
    """Scatter small routine exchanges over the period.  windows(date) -> [(h_from, h_to), ...]
    in local hours (floats, may exceed 24 for after midnight) when the user is free and awake.
    A block may start with a line '@18-23' restricting it to those local hours."""
    order = []
    for _ in range(uses):
        b = list(blocks)
        rng.shuffle(b)
        order.extend(b)
    for block in order:
        hours = None
        if block.startswith("@"):
            head, _, block = block.partition("\n")
            lo, hi = head[1:].split("-")
            hours = (float(lo), float(hi))
        for _attempt in range(80):
            day = rng.choice(days)
            wins = windows(day)
            if hours:
                wins = [(max(a, hours[0]), min(b, hours[1])) for a, b in wins if min(b, hours[1]) > max(a, hours[0])]
            if not wins:
                continue
            a, b = rng.choice(wins)
            hour = a + rng.random() * max(0.01, b - a)
            start = dt.datetime.combine(day, dt.time(0, 0), tzinfo=tl.zone) + dt.timedelta(hours=hour)
            start = start.replace(second=0, microsecond=0)
            if tl.busy(chat, start):
                continue
            tl.episode(chat, start, block, other)
            break


# ---------------------------------------------------------------- small format helpers
def iso_z(ts: float, ms: bool = True) -> str:
    d = dt.datetime.fromtimestamp(ts, UTC)
    if ms:
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(round((ts % 1) * 1000)) % 1000:03d}Z"
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_local(ts: float, zone: ZoneInfo) -> str:
    d = dt.datetime.fromtimestamp(ts, zone)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return d.strftime("%Y-%m-%dT%H:%M:%S.000") + f"{sign}{mins // 60:02d}:{mins % 60:02d}"


def local_str(ts: int, zone: ZoneInfo, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    return dt.datetime.fromtimestamp(ts, zone).strftime(fmt)


def csv_bytes(rows: list[list[str]], lineterminator: str = "\r\n", encoding: str = "utf-8",
              bom: bool = False, quoting=csv.QUOTE_MINIMAL) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=lineterminator, quoting=quoting)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def mojibake(s: str) -> str:
    return s.encode("utf-8").decode("latin-1")


def mojibake_tree(obj):
    if isinstance(obj, str):
        return mojibake(obj)
    if isinstance(obj, list):
        return [mojibake_tree(x) for x in obj]
    if isinstance(obj, dict):
        return {mojibake(k): mojibake_tree(v) for k, v in obj.items()}
    return obj


def json_bytes(obj, ensure_ascii: bool = False, indent=2) -> bytes:
    return (json.dumps(obj, ensure_ascii=ensure_ascii, indent=indent) + ("\n" if indent else "")).encode("utf-8")


def haversine_m(a, b) -> float:
    import math
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371000 * math.asin(math.sqrt(h))


def jitter(rng: random.Random, p, metres: float = 25.0):
    import math
    dlat = (rng.random() - 0.5) * 2 * metres / 111320
    dlon = (rng.random() - 0.5) * 2 * metres / (111320 * math.cos(math.radians(p[0])))
    return (p[0] + dlat, p[1] + dlon)


# ---------------------------------------------------------------- output records and ground truth
@dataclass
class OutFile:
    rel: str
    data: bytes
    texts: list[str]          # free text written by people (messages, notes, posts, memos)
    fields: list[str]         # every other decoded string (names, counterparties, addresses ...)

    def everything(self) -> str:
        return "\n".join(self.texts + self.fields)


@dataclass
class Plant:
    entity_type: str
    value: str
    scope: str = "any"        # 'any': whole decoded file; 'text': only in free text
    pattern: str | None = None  # optional regex deciding whether the value is really used as PII


def _found(p: Plant, hay: str) -> bool:
    if p.pattern:
        return re.search(p.pattern, hay) is not None
    start = 0
    v = p.value
    while True:
        i = hay.find(v, start)
        if i < 0:
            return False
        before = hay[i - 1] if i > 0 else " "
        after = hay[i + len(v)] if i + len(v) < len(hay) else " "
        ok = True
        if v[0].isascii() and v[0].isalnum() and before.isascii() and before.isalnum():
            ok = False
        if v[-1].isascii() and v[-1].isalnum() and after.isascii() and after.isalnum():
            ok = False
        if ok:
            return True
        start = i + 1


def collect_pii(files: list[OutFile], plants: list[Plant]) -> list[dict]:
    out = []
    for f in sorted(files, key=lambda f: f.rel):
        whole = f.everything()
        text = "\n".join(f.texts)
        seen = set()
        # longest values first; a value found in the file is blanked out so that its own
        # substrings (a road inside a full address, 平安 inside 黎平安) are not listed twice
        for p in sorted(plants, key=lambda p: (-len(p.value), p.value)):
            hay = text if p.scope == "text" else whole
            if (p.value, f.rel) in seen:
                continue
            if _found(p, hay):
                seen.add((p.value, f.rel))
                out.append({"file": f.rel, "entity_type": p.entity_type, "value": p.value})
                whole = whole.replace(p.value, "\x00" * len(p.value))
                text = text.replace(p.value, "\x00" * len(p.value))
    out.sort(key=lambda e: (e["file"], e["entity_type"], e["value"]))
    return out


def write_all(root, persona_id: str, files: list[OutFile], gt: dict) -> None:
    import os
    base = os.path.join(root, persona_id)
    for f in files:
        path = os.path.join(base, *f.rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(f.data)
    with open(os.path.join(base, "ground_truth.json"), "wb") as fh:
        fh.write(json_bytes(gt))
