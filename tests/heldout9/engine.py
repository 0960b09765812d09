"""Persona container and chat engine for heldout9."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from common import Composer, decoded_texts, in_window

MEDIA = "\x00MEDIA"  # sentinel; each writer renders its own placeholder


@dataclass
class Msg:
    t: dt.datetime
    sender: str
    text: str


@dataclass
class Persona:
    pid: str
    tz: str
    files: dict[str, bytes] = field(default_factory=dict)
    pii: list[dict[str, str]] = field(default_factory=list)
    msg_count: int = 0

    def add(self, rel: str, data: bytes) -> None:
        assert rel not in self.files, rel
        self.files[rel] = data

    def plant(self, rel: str, etype: str, value: str) -> None:
        e = {"file": rel, "entity_type": etype, "value": value}
        if e not in self.pii:
            self.pii.append(e)

    def autoscan(self) -> None:
        """Distinctive values are listed in every file where they occur."""
        vals = []
        for e in self.pii:
            v = e["value"]
            if (len(v) >= 8 or any(ch.isdigit() for ch in v) or "@" in v) and (
                e["entity_type"],
                v,
            ) not in vals:
                vals.append((e["entity_type"], v))
        for rel in sorted(self.files):
            texts = decoded_texts(rel, self.files[rel])
            for t, v in vals:
                if any(v in x for x in texts):
                    self.plant(rel, t, v)

    def check(self) -> None:
        for e in self.pii:
            data = self.files[e["file"]]
            assert any(e["value"] in t for t in decoded_texts(e["file"], data)), e


def build_chat(
    rng: random.Random,
    tz: str,
    members: list[str],
    me: str,
    composers: dict[str, Composer],
    n_msgs: int,
    awake: tuple[int, int],
    plants: list[tuple[dt.datetime, list[tuple[str, str]]]],
    media_rate: float = 0.04,
    weights: dict[str, float] | None = None,
) -> list[Msg]:
    from common import schedule

    msgs: list[Msg] = []
    for t0, script in plants:
        t = t0
        for s, text in script:
            msgs.append(Msg(t, s, text))
            t += dt.timedelta(seconds=rng.randint(20, 300))
    target = n_msgs - len(msgs)
    n_convs = max(1, target // 5)
    starts = schedule(rng, tz, n_convs, awake)
    others = [m for m in members if m != me]
    w = [(weights or {}).get(m, 1.0) for m in others]
    produced = 0
    for i, t in enumerate(starts):
        remaining_convs = len(starts) - i
        k = max(1, round((target - produced) / remaining_convs) + rng.randint(-2, 3))
        sender = me if rng.random() < 0.5 else rng.choices(others, w)[0]
        for _ in range(k):
            if t.hour >= awake[1] or t.hour < awake[0] or produced >= target:
                break
            if rng.random() < media_rate:
                text = MEDIA
            else:
                comp = composers[sender] if sender in composers else composers["*"]
                text = comp.line()
                if rng.random() < 0.035:
                    # a message typed over two lines (WhatsApp continuation lines)
                    text = text + "\n" + comp.line()
            msgs.append(Msg(t, sender, text))
            produced += 1
            t += dt.timedelta(seconds=rng.randint(15, 540))
            if rng.random() < 0.65:
                sender = rng.choices(others, w)[0] if sender == me else me
    msgs.sort(key=lambda m: m.t)
    return msgs


def assert_awake(msgs: list[Msg], sleep: tuple[str, str]) -> None:
    for m in msgs:
        assert not in_window(m.t, *sleep), (m.t, m.text)
