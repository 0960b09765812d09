"""Shared helpers for the heldout9 generator (stdlib only, deterministic)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import random
from zoneinfo import ZoneInfo

UTC = dt.UTC
START = dt.date(2024, 9, 2)
END = dt.date(2024, 11, 29)


def days() -> list[dt.date]:
    out, d = [], START
    while d <= END:
        out.append(d)
        d += dt.timedelta(days=1)
    return out


def local(tz: str, d: dt.date, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, hh, mm, ss, tzinfo=ZoneInfo(tz))


# ---------------------------------------------------------------- checksums
def nhs_number(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        s = sum(x * w for x, w in zip(d, range(10, 1, -1), strict=False))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            n = "".join(map(str, d)) + str(c)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def aba_routing(rng: random.Random, prefix: str = "07") -> str:
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(6))
        for last in range(10):
            n = [int(c) for c in body + str(last)]
            if (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + n[2] + n[5] + n[8]) % 10 == 0:
                return body + str(last)


def luhn_complete(partial: str) -> str:
    for last in range(10):
        digits = [int(c) for c in partial + str(last)]
        total = 0
        for i, x in enumerate(reversed(digits)):
            if i % 2 == 1:
                x *= 2
                if x > 9:
                    x -= 9
            total += x
        if total % 10 == 0:
            return partial + str(last)
    raise AssertionError


def gb_iban(bank: str, sort: str, acc: str) -> str:
    bban = bank + sort + acc
    rearr = bban + "GB00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    raw = f"GB{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


# ---------------------------------------------------------------- text
EMOJI = [
    "😂",
    "👍",
    "🙄",
    "😅",
    "❤️",
    "😬",
    "🤣",
    "😴",
    "🙏",
    "😊",
    "👌",
    "😩",
    "🍺",
    "☕",
    "🎉",
    "😭",
    "🤞",
    "💪",
]


def typo(rng: random.Random, s: str) -> str:
    if len(s) < 6:
        return s
    i = rng.randrange(1, len(s) - 2)
    if s[i].isalpha() and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s


def mutate(rng: random.Random, s: str, lower: float = 0.35) -> str:
    r = rng.random()
    if r < lower:
        s = s[0].lower() + s[1:] if s else s
    if rng.random() < 0.08:
        s = typo(rng, s)
    if rng.random() < 0.14:
        s = s + " " + rng.choice(EMOJI)
    if rng.random() < 0.1 and s.endswith("."):
        s = s[:-1]
    return s


class Composer:
    """Builds varied small-talk lines from pools plus slot templates."""

    def __init__(
        self,
        rng: random.Random,
        pools: list[str],
        slots: dict[str, list[str]],
        templates: list[str],
    ):
        self.rng = rng
        self.pools = pools
        self.slots = slots
        self.templates = templates

    def line(self) -> str:
        rng = self.rng
        if rng.random() < 0.45 and self.templates:
            t = rng.choice(self.templates)
            for k, v in self.slots.items():
                while "{" + k + "}" in t:
                    t = t.replace("{" + k + "}", rng.choice(v), 1)
            s = t
        else:
            s = rng.choice(self.pools)
        return mutate(rng, s)


def angry_lines(
    rng: random.Random, subjects: list[str], rants: list[str], ends: list[str], n: int
) -> list[str]:
    pairs = [(a, b) for a in subjects for b in rants]
    rng.shuffle(pairs)
    out = []
    for a, b in pairs[:n]:
        s = f"{a} {b}{rng.choice(ends)}"
        if rng.random() < 0.15:
            s = s.upper()
        out.append(s)
    assert len(set(out)) == n
    return out


def schedule(
    rng: random.Random,
    tz: str,
    n_convs: int,
    awake: tuple[int, int],
    busy_weekday: tuple[int, int] | None = None,
) -> list[dt.datetime]:
    """Start times of conversations, inside [awake start hour, awake end hour)."""
    ds = days()
    out = []
    for _ in range(n_convs):
        d = rng.choice(ds)
        h0, h1 = awake
        while True:
            h = rng.randint(h0, h1 - 1)
            if (
                busy_weekday
                and d.weekday() < 5
                and busy_weekday[0] <= h < busy_weekday[1]
                and rng.random() < 0.6
            ):
                continue
            break
        out.append(local(tz, d, h, rng.randint(0, 59), rng.randint(0, 59)))
    out.sort()
    return out


def in_window(t: dt.datetime, start: str, end: str) -> bool:
    sh, sm = map(int, start.split(":"))
    eh, em = map(int, end.split(":"))
    m = t.hour * 60 + t.minute
    a, b = sh * 60 + sm, eh * 60 + em
    return (a <= m or m < b) if a > b else (a <= m < b)


def mojibake(obj: object) -> object:
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {k: mojibake(v) for k, v in obj.items()}
    return obj


def fb_dump(obj: object) -> bytes:
    return json.dumps(mojibake(obj), indent=2, ensure_ascii=True).encode("ascii")


# ---------------------------------------------------------------- decoding (shared with the test)
def decoded_texts(rel: str, data: bytes) -> list[str]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    texts = [text]
    body = text
    if rel.endswith(".js") and "=" in text:
        body = text.split("=", 1)[1]
    if rel.endswith((".json", ".js")):
        strings: list[str] = []

        def walk(o: object) -> None:
            if isinstance(o, str):
                strings.append(o)
                with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
                    strings.append(o.encode("latin-1").decode("utf-8"))
            elif isinstance(o, list):
                for x in o:
                    walk(x)
            elif isinstance(o, dict):
                for k, v in o.items():
                    walk(k)
                    walk(v)

        walk(json.loads(body))
        texts.append("\n".join(strings))
    return texts
