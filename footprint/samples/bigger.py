"""A scaled, fictional export for benchmarks: a million messages or more.

Everything is streamed to disk line by line, so memory stays flat however many
messages are asked for. The mix follows a heavy user: for N chat messages,
N/5 payments (PayPal CSV) and N location points (Google Timeline), spread over
as many years as that takes. Same arguments, same bytes.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from footprint.samples.common import FICTIONAL_NOTE
from footprint.samples.writers.paypal import HEADER as PAYPAL_HEADER
from footprint.samples.writers.timeline import lat_lng
from footprint.samples.writers.whatsapp import ENCRYPTION_NOTICE

MESSAGES_PER_CHAT = 250_000
POINTS_PER_PATH = 20
START = datetime(2016, 1, 4, 7, 0, tzinfo=UTC)
USER = "Alex Morgan"
CONTACTS = [
    "Hannah Horton",
    "Liam Perry",
    "Priya Shah",
    "Sam Rivers",
    "Grace Okafor",
    "Tom Baker",
    "Mum",
    "Ewan Clarke",
]
LINES = [
    "ok",
    "lol",
    "On my way",
    "Running 10 min late, the train is cancelled again",
    "Did you see the match last night?",
    "Can't tonight, working late",
    "Happy Friday 🎉",
    "Sure, see you at 7",
    "Thanks!",
    "Call me when you're free",
    "Can you send me the photos from Saturday?",
    "Love you x",
    "What do you fancy for tea?",
    "Meeting moved to 3",
]
PLANTED = [
    "My new number is +44 7700 900{n:03d}, save it",
    "Send it to alex.morgan{n}@example.com please",
    "Rent goes to GB33BUKB20201555555555 as usual",
    "Parcel is at {n} Station Road, Manchester M1 1AA",
    "The test server is on 192.0.2.{m}",
]
MERCHANTS = [
    ("Tesco", "Groceries", (5, 60)),
    ("Trainline", "Train ticket", (10, 80)),
    ("Deliveroo", "Food order", (12, 35)),
    ("Spotify AB", "Spotify Premium", (10, 11)),
    ("eBay", "Second-hand item", (5, 120)),
    ("Boots UK", "Pharmacy", (3, 25)),
]
HOME = (53.4452310, -2.2187640)
WORK = (53.4794120, -2.2451870)


@dataclass(frozen=True)
class BiggerSummary:
    messages: int
    payments: int
    points: int
    files: tuple[Path, ...]

    @property
    def bytes(self) -> int:
        return sum(path.stat().st_size for path in self.files)


def _message_times(rng: random.Random, count: int) -> Iterator[datetime]:
    """``count`` increasing times, awake hours only (07:00-23:30), about 300 a day."""
    when = START
    for _ in range(count):
        when += timedelta(seconds=rng.randint(20, 330))
        if (when.hour >= 23 and when.minute >= 30) or when.hour < 7:
            when = (when + timedelta(days=1 if when.hour >= 7 else 0)).replace(
                hour=7, minute=rng.randint(0, 40)
            )
        yield when


def _write_chats(out: Path, count: int, rng: random.Random) -> list[Path]:
    files: list[Path] = []
    handle: TextIO | None = None
    contact = ""
    try:
        for index, when in enumerate(_message_times(rng, count)):
            if index % MESSAGES_PER_CHAT == 0:
                if handle is not None:
                    handle.close()
                contact = CONTACTS[len(files) % len(CONTACTS)]
                suffix = (
                    f" ({len(files) // len(CONTACTS) + 1})" if len(files) >= len(CONTACTS) else ""
                )
                path = out / f"WhatsApp Chat with {contact}{suffix}.txt"
                files.append(path)
                handle = path.open("w", encoding="utf-8", newline="\n")
                handle.write(f"{when:%d/%m/%Y, %H:%M} - {ENCRYPTION_NOTICE}\n")
            author = USER if rng.random() < 0.5 else contact
            if index % 97 == 13:
                text = rng.choice(PLANTED).format(n=index % 1000, m=index % 250 + 1)
            else:
                text = rng.choice(LINES)
            assert handle is not None
            handle.write(f"{when:%d/%m/%Y, %H:%M} - {author}: {text}\n")
    finally:
        if handle is not None:
            handle.close()
    return files


def _cell(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _write_payments(path: Path, count: int, rng: random.Random) -> None:
    balance = Decimal("1500.00")
    when = START
    step = max(1, int(24 * 3600 * 365 * 2 / max(count, 1)))
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        handle.write(",".join(_cell(c) for c in PAYPAL_HEADER) + "\r\n")
        for index in range(count):
            when += timedelta(seconds=rng.randint(step // 2, step * 3 // 2 + 1))
            if index % 30 == 29:
                name, kind, title, gross = (
                    "Northwind Analytics Ltd",
                    "General Payment",
                    "Salary",
                    2450,
                )
                amount = Decimal(gross)
            else:
                name, title, (low, high) = rng.choice(MERCHANTS)
                kind = "Express Checkout Payment"
                amount = -Decimal(rng.randint(low * 100, high * 100)) / 100
            balance += amount
            row = [
                f"{when:%d/%m/%Y}",
                f"{when:%H:%M:%S}",
                "GMT",
                name,
                kind,
                "Completed",
                "GBP",
                f"{amount:.2f}",
                "0.00",
                f"{amount:.2f}",
                "alex.morgan@example.com",
                f"payments@{name.split()[0].lower()}.example.com",
                f"{rng.getrandbits(64):016X}"[:17],
                title,
                f"{balance:.2f}",
            ]
            handle.write(",".join(_cell(c) for c in row) + "\r\n")


def _write_timeline(path: Path, count: int, rng: random.Random) -> None:
    """Commutes home <-> work as ``timelinePath`` segments of 20 points each, plus visits."""
    when = START
    written = 0
    first = True
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write('{\n  "semanticSegments": [\n')
        leg = 0
        while written < count:
            origin, target = (HOME, WORK) if leg % 2 == 0 else (WORK, HOME)
            points = min(POINTS_PER_PATH, count - written)
            leave = when + timedelta(hours=9 if leg % 2 == 0 else 15)
            stamp = leave.isoformat(timespec="milliseconds")
            visit = {
                "startTime": when.isoformat(timespec="milliseconds"),
                "endTime": stamp,
                "visit": {
                    "hierarchyLevel": 0,
                    "probability": 0.9,
                    "topCandidate": {
                        "placeId": "ChIJbiggerHome" if leg % 2 == 0 else "ChIJbiggerWork",
                        "semanticType": "INFERRED_HOME" if leg % 2 == 0 else "INFERRED_WORK",
                        "probability": 0.9,
                        "placeLocation": {"latLng": lat_lng(*origin)},
                    },
                },
            }
            path_points = []
            for step in range(points):
                share = (step + 1) / (points + 1)
                lat = origin[0] + (target[0] - origin[0]) * share + rng.uniform(-2e-4, 2e-4)
                lon = origin[1] + (target[1] - origin[1]) * share + rng.uniform(-2e-4, 2e-4)
                moment = leave + timedelta(minutes=2 * step)
                path_points.append(
                    {"point": lat_lng(lat, lon), "time": moment.isoformat(timespec="milliseconds")}
                )
            arrive = leave + timedelta(minutes=2 * points)
            segment = {
                "startTime": stamp,
                "endTime": arrive.isoformat(timespec="milliseconds"),
                "timelinePath": path_points,
            }
            for item in (visit, segment):
                handle.write(
                    ("" if first else ",\n") + "    " + json.dumps(item, ensure_ascii=False)
                )
                first = False
            written += points
            when = arrive
            leg += 1
        handle.write('\n  ],\n  "rawSignals": [],\n')
        profile = {
            "frequentPlaces": [
                {"placeId": "ChIJbiggerHome", "placeLocation": lat_lng(*HOME), "label": "HOME"},
                {"placeId": "ChIJbiggerWork", "placeLocation": lat_lng(*WORK), "label": "WORK"},
            ]
        }
        handle.write(f'  "userLocationProfile": {json.dumps(profile)}\n}}\n')


def write_bigger(
    out: Path,
    messages: int,
    *,
    payments: int | None = None,
    points: int | None = None,
    seed: int = 7,
) -> BiggerSummary:
    """Stream a scaled export into ``out``; ``payments`` and ``points`` default to N/5 and N."""
    payments = messages // 5 if payments is None else payments
    points = messages if points is None else points
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    readme = out / "README.txt"
    readme.write_text(
        f"{FICTIONAL_NOTE}\nScaled benchmark export: {messages} messages, {payments} payments, "
        f"{points} location points (footprint samples bigger, seed {seed}).\n",
        encoding="utf-8",
    )
    files = [readme, *_write_chats(out, messages, rng)]
    if payments:
        files.append(out / "paypal" / "Download.CSV")
        files[-1].parent.mkdir(exist_ok=True)
        _write_payments(files[-1], payments, rng)
    if points:
        files.append(out / "Timeline.json")
        _write_timeline(files[-1], points, rng)
    return BiggerSummary(messages, payments, points, tuple(files))
