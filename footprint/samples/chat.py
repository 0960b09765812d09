"""A small conversation simulator: bursts of replies inside the user's waking hours.

Every persona's chats come from here, so the sleep window and the ranking of
contacts planted in ground_truth.json follow from the same numbers that shape
the exports.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from footprint.samples.common import Msg, Person, Schedule, Tag


@dataclass(frozen=True)
class Plant:
    """A message placed on purpose: ``day`` indexes the chat's days."""

    day: int
    author: Person
    text: str
    tags: tuple[Tag, ...] = ()
    kind: str = "text"
    lat: float = 0.0
    lon: float = 0.0
    minute_of_day: int | None = None  # force a local wall-clock time


@dataclass(frozen=True)
class Voice:
    """What one participant says: their own lines plus media and deletions."""

    person: Person
    lines: Sequence[str]
    media_rate: float = 0.02


def simulate(
    rng: random.Random,
    zone: ZoneInfo,
    schedule: Schedule,
    day_list: Sequence[date],
    voices: Sequence[Voice],
    sessions_per_day: tuple[int, int],
    plants: Sequence[Plant] = (),
    burst: tuple[int, int] = (2, 7),
) -> list[Msg]:
    """Messages of one chat, oldest first. ``voices[0]`` is the user."""
    messages: list[tuple[datetime, int, Msg]] = []
    sequence = 0
    for index, day in enumerate(day_list):
        start, length = schedule.active_window(day, zone, rng)
        for _ in range(rng.randint(*sessions_per_day)):
            when = start + timedelta(minutes=rng.randint(0, max(length - 20, 1)))
            speaker = rng.randrange(len(voices))
            for _ in range(rng.randint(*burst)):
                if rng.random() < 0.55:
                    speaker = (speaker + rng.randint(1, len(voices) - 1)) % len(voices)
                voice = voices[speaker]
                messages.append((when, sequence, _line(rng, voice, when)))
                sequence += 1
                when += timedelta(seconds=rng.randint(15, 240))
        for plant in (p for p in plants if p.day == index):
            if plant.minute_of_day is not None:
                when = datetime.combine(day, datetime.min.time(), tzinfo=zone) + timedelta(
                    minutes=plant.minute_of_day, seconds=rng.randint(0, 59)
                )
            else:
                when = start + timedelta(minutes=rng.randint(0, max(length - 10, 1)))
            msg = Msg(
                when=when,
                author=plant.author,
                text=plant.text,
                tags=plant.tags,
                kind=plant.kind,
                lat=plant.lat,
                lon=plant.lon,
            )
            messages.append((when, sequence, msg))
            sequence += 1
    messages.sort(key=lambda item: (item[0], item[1]))
    return [msg for _, _, msg in messages]


def _line(rng: random.Random, voice: Voice, when: datetime) -> Msg:
    roll = rng.random()
    if roll < voice.media_rate:
        return Msg(when=when, author=voice.person, text="", kind="media")
    if roll < voice.media_rate + 0.004:
        return Msg(when=when, author=voice.person, text="", kind="deleted")
    return Msg(when=when, author=voice.person, text=rng.choice(voice.lines))


def spread(rng: random.Random, count: int, day_count: int, first: int = 1) -> list[int]:
    """``count`` distinct day indexes spread over a chat's days, in order."""
    span = max(day_count - first, 1)
    return sorted(
        rng.sample(range(first, first + span), count)
        if count <= span
        else [first + i % span for i in range(count)]
    )


def message_counts(chats: dict[str, list[Msg]], user: Person) -> dict[str, int]:
    """Messages exchanged per contact name, across chats."""
    counts: dict[str, int] = {}
    for messages in chats.values():
        for msg in messages:
            if msg.author != user:
                counts[msg.author.name] = counts.get(msg.author.name, 0) + 1
    return counts
