# ruff: noqa: UP035
"""Chat scheduling engine for heldout18: sessions of messages inside waking hours."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable
from zoneinfo import ZoneInfo


@dataclass
class Msg:
    dt: datetime  # aware, persona zone
    sender: str
    text: str
    kind: str = "text"  # text | media | voice | sticker | system


@dataclass
class Persona:
    zone: str
    start: tuple[int, int, int]
    ndays: int
    awake: Callable[[int, int], bool]
    rng: random.Random
    pii: list[dict[str, str]] = field(default_factory=list)

    def at(self, day: int, hhmm: str, sec: int = 0) -> datetime:
        y, m, d = self.start
        base = datetime(y, m, d)
        h, mi = (int(x) for x in hhmm.split(":"))
        naive = base + timedelta(days=day, hours=h, minutes=mi, seconds=sec)
        return naive.replace(tzinfo=ZoneInfo(self.zone))

    def add(self, file: str, etype: str, value: str) -> None:
        item = {"file": file, "entity_type": etype, "value": value}
        if item not in self.pii:
            self.pii.append(item)


def gen_chat(
    p: Persona,
    speakers: list[str],
    n: int,
    line: Callable[[random.Random, str], str],
    planted: list[tuple[int, str, str, str]],
    media_rate: float = 0.06,
    weights: list[float] | None = None,
) -> list[Msg]:
    rng = p.rng
    out: list[Msg] = []
    used: set[datetime] = set()
    for day, hhmm, who, text in planted:
        dt = p.at(day, hhmm, rng.randrange(60))
        h, mi = (int(x) for x in hhmm.split(":"))
        assert p.awake(h, mi), (hhmm, text)
        out.append(Msg(dt, who, text, "text"))
        used.add(dt)
    remaining = n - len(planted)
    while remaining > 0:
        day = rng.randrange(p.ndays)
        h = rng.randrange(24)
        mi = rng.randrange(60)
        if not p.awake(h, mi):
            continue
        t = p.at(day, f"{h:02d}:{mi:02d}", rng.randrange(60))
        burst = rng.randint(2, 7)
        who = rng.choices(speakers, weights=weights)[0] if weights else rng.choice(speakers)
        for _ in range(min(burst, remaining)):
            loc = t.astimezone(ZoneInfo(p.zone))
            if not p.awake(loc.hour, loc.minute) or loc in used:
                break
            r = rng.random()
            if r < media_rate:
                out.append(Msg(t, who, "", "media"))
            elif r < media_rate + 0.02:
                out.append(Msg(t, who, "", "voice"))
            elif r < media_rate + 0.035:
                out.append(Msg(t, who, "", "sticker"))
            else:
                out.append(Msg(t, who, line(rng, who), "text"))
            used.add(t)
            remaining -= 1
            t = t + timedelta(seconds=rng.randint(15, 420))
            if rng.random() < 0.6 and len(speakers) > 1:
                others = [s for s in speakers if s != who]
                who = rng.choice(others)
    out.sort(key=lambda m: (m.dt.timestamp(), m.sender, m.text))
    return out


def distinct_rants(
    rng: random.Random, a: list[str], b: list[str], c: list[str], n: int, sep: str = " "
) -> list[str]:
    seen: list[str] = []
    while len(seen) < n:
        s = sep.join([rng.choice(a), rng.choice(b), rng.choice(c)])
        if s not in seen:
            seen.append(s)
    return seen
