"""Helpers the personas share: fictional people, planted values, file collection."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from faker import Faker

from footprint.samples.common import GroundTruth, Msg, Person


@dataclass
class Bundle:
    """The files of one persona (relative path -> bytes) and its ground truth."""

    truth: GroundTruth
    files: dict[str, bytes] = field(default_factory=dict)

    def add(self, path: str, content: str | bytes) -> None:
        self.files[path] = content.encode("utf-8") if isinstance(content, str) else content


def uk_phone(rng: random.Random, used: set[str]) -> str:
    """A distinct number from Ofcom's drama range, 07700 900000-900999."""
    while True:
        phone = f"+44 7700 900{rng.randint(0, 999):03d}"
        if phone not in used:
            used.add(phone)
            return phone


def english_person(
    fake: Faker,
    rng: random.Random,
    used: set[str],
    *,
    female: bool | None = None,
    last: str | None = None,
    domain: str = "example.com",
) -> Person:
    if female is None:
        female = rng.random() < 0.5
    first = fake.first_name_female() if female else fake.first_name_male()
    last = last or fake.last_name()
    return Person(
        name=f"{first} {last}",
        first=first,
        phone=uk_phone(rng, used),
        email=f"{first.lower()}.{last.lower()}@{domain}",
        handle=f"{first.lower()}_{last.lower()}{rng.randint(10, 99)}",
    )


def at(day: date, hour: int, minute: int, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


def jitter(when: datetime, rng: random.Random, minutes: int) -> datetime:
    return when + timedelta(minutes=rng.randint(-minutes, minutes), seconds=rng.randint(0, 59))


def count_by_contact(chats: list[list[Msg]], user: Person) -> dict[str, int]:
    """Messages in 1:1 chats with each contact (both directions)."""
    counts: dict[str, int] = {}
    for messages in chats:
        others = {m.author.name for m in messages if m.author != user}
        if len(others) != 1:
            continue
        (name,) = others
        counts[name] = counts.get(name, 0) + len(messages)
    return counts


def top_contacts(counts: dict[str, int], limit: int = 3) -> list[dict[str, object]]:
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [{"name": name, "messages": count} for name, count in ranked]
