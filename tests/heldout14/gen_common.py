"""Shared helpers for the heldout14 generator (stdlib only, deterministic)."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

UTC = dt.UTC


# ---------------------------------------------------------------- checksums
def cn_id(body17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w, strict=True))
    return body17 + "10X98765432"[s % 11]


def luhn(body: str) -> str:
    digits = [int(c) for c in body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def aba(body8: str) -> str:
    d = [int(c) for c in body8]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return body8 + str((10 - s % 10) % 10)


def group4(s: str, sep: str = " ") -> str:
    return sep.join(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- messages
@dataclass
class Msg:
    when: dt.datetime  # aware, persona zone
    chat: str
    sender: str  # member key; "me" for the user
    kind: str  # text, image, voice, video, sticker, location, file, system
    text: str = ""
    extra: dict = field(default_factory=dict)


@dataclass
class Chat:
    key: str
    title: str
    group: bool
    members: list  # member keys other than "me"
    rate: float  # mean exchanges per day
    topics: list


def daterange(start: dt.date, days: int):
    for i in range(days):
        yield start + dt.timedelta(days=i)


def at(day: dt.date, hhmm: str, tz: ZoneInfo, sec: int = 0) -> dt.datetime:
    h, m = (int(x) for x in hhmm.split(":"))
    return dt.datetime(day.year, day.month, day.day, h, m, sec, tzinfo=tz)


def in_window(t: dt.time, start: str, end: str) -> bool:
    """True if t is within [start, end) of a window that may wrap midnight."""
    s = dt.time(*map(int, start.split(":")))
    e = dt.time(*map(int, end.split(":")))
    if s <= e:
        return s <= t < e
    return t >= s or t < e


def fill_chats(
    rng: random.Random,
    chats: list,
    start: dt.date,
    days: int,
    tz: ZoneInfo,
    awake: tuple,  # (first minute, last minute) of day when chatting is allowed
    say,  # say(rng, chat, speaker) -> (kind, text)
) -> list:
    out = []
    for day in daterange(start, days):
        for chat in chats:
            n = 0
            lam = chat.rate
            # poisson-ish
            while rng.random() < lam / (lam + 1.0) and n < 8:
                n += 1
            for _ in range(n):
                t0 = rng.randint(awake[0], awake[1] - 40)
                cur = dt.datetime(day.year, day.month, day.day, tzinfo=tz) + dt.timedelta(
                    minutes=t0, seconds=rng.randint(0, 59)
                )
                length = rng.choice([1, 2, 2, 3, 3, 4, 5, 6])
                speakers = ["me", *chat.members]
                sp = rng.choice(speakers)
                for _k in range(length):
                    kind, text = say(rng, chat, sp)
                    out.append(Msg(cur, chat.key, sp, kind, text))
                    cur += dt.timedelta(seconds=rng.randint(15, 420))
                    if chat.group:
                        sp = rng.choice(speakers)
                    elif rng.random() < 0.7:
                        sp = chat.members[0] if sp == "me" else "me"
    return out


def add_script(out: list, start: dt.date, tz: ZoneInfo, script: list) -> None:
    """script rows: (day offset, "HH:MM", chat key, sender, text or (kind, text))."""
    for i, (off, hhmm, chat, sender, text) in enumerate(script):
        day = start + dt.timedelta(days=off)
        when = at(day, hhmm, tz, sec=(i * 7) % 60)
        if isinstance(text, tuple):
            out.append(Msg(when, chat, sender, text[0], text[1]))
        else:
            out.append(Msg(when, chat, sender, "text", text))


def distinct_rants(rng: random.Random, parts: list, n: int, joiner: str) -> list:
    seen = set()
    res = []
    while len(res) < n:
        s = joiner.join(rng.choice(p) for p in parts).strip()
        if s not in seen:
            seen.add(s)
            res.append(s)
    return res


# ---------------------------------------------------------------- typos
def en_mess(rng: random.Random, s: str) -> str:
    r = rng.random()
    if r < 0.45:
        s = s.lower()
    if rng.random() < 0.08 and len(s) > 8:
        i = rng.randint(1, len(s) - 3)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if rng.random() < 0.15:
        s = s.replace("you ", "u ").replace("your ", "ur ").replace("tomorrow", "tmrw")
    if rng.random() < 0.1:
        s = s.replace("'", "")
    return s


# ---------------------------------------------------------------- output
def to_json(obj, indent=2, ascii_=False) -> str:
    return json.dumps(obj, ensure_ascii=ascii_, indent=indent)


def csv_field(v: str, always: bool = False) -> str:
    v = str(v)
    if always or any(c in v for c in ',"\n\r'):
        return '"' + v.replace('"', '""') + '"'
    return v


def csv_line(fields, always: bool = False) -> str:
    return ",".join(csv_field(f, always) for f in fields)


ASCII_WORD = re.compile(r"^[\x00-\x7f]+$")


def spans(text: str, value: str) -> list:
    if ASCII_WORD.match(value):
        pat = r"(?<![A-Za-z0-9])" + re.escape(value) + r"(?![A-Za-z0-9])"
    else:
        pat = re.escape(value)
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def contains(text: str, value: str) -> bool:
    return bool(spans(text, value))


def decode(path: str, data: bytes) -> str:
    if "支付宝" in path or "alipay" in path.lower():
        return data.decode("gbk")
    return data.decode("utf-8-sig")


def build_pii(files: dict, declared: list) -> list:
    """declared: [(TYPE, value)]; one row per file where the value stands on its own
    (an occurrence that only sits inside a longer declared value does not count)."""
    rows = []
    hit = {v: False for _t, v in declared}
    for path in sorted(files):
        if path.endswith("ground_truth.json"):
            continue
        text = decode(path, files[path])
        all_spans = {v: spans(text, v) for _t, v in declared}
        for etype, value in declared:
            longer = [
                sp
                for v2, sps in all_spans.items()
                if len(v2) > len(value) and value in v2
                for sp in sps
            ]
            own = [
                sp
                for sp in all_spans[value]
                if not any(a <= sp[0] and sp[1] <= b for a, b in longer)
            ]
            if own:
                rows.append({"file": path, "entity_type": etype, "value": value})
                hit[value] = True
    missing = [v for v, h in hit.items() if not h]
    if missing:
        raise AssertionError(f"planted values not found anywhere: {missing!r}")
    rows.sort(key=lambda r: (r["file"], r["entity_type"], r["value"]))
    return rows


def top_contacts(msgs: list, chats: list) -> list:
    counts = []
    for c in chats:
        if c.group:
            continue
        n = sum(1 for m in msgs if m.chat == c.key and m.kind != "system")
        counts.append((n, c.title))
    counts.sort(key=lambda x: (-x[0], x[1]))
    return [{"name": t, "messages": n} for n, t in counts[:3]]


def ground_truth(pid, description, tz, user, pii, facts) -> str:
    gt = {
        "schema_version": 1,
        "persona": pid,
        "fictional": True,
        "independent": True,
        "description": description,
        "timezone": tz,
        "user": user,
        "pii": pii,
        "facts": facts,
    }
    return json.dumps(gt, ensure_ascii=False, indent=2) + "\n"
