"""A scaled, fictional export for benchmarks: a million messages or more.

Everything is streamed to disk line by line, so memory stays flat however many
messages are asked for. The mix follows a heavy user: for N chat messages,
N/5 payments (PayPal CSV) and N location points (Google Timeline), spread over
as many years as that takes. Same arguments, same bytes.

On request it adds a Google Takeout raw location history (``Records.json``) of a
given size: a fix every one to two minutes, nights at home, weekdays at work,
commutes, weekend trips and a yearly holiday abroad, running back from mid-2024
as many years as the size takes (about 7 million fixes, 20 years, for 2 GiB).
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

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
    location_fixes: int = 0

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


# --- Google Takeout raw location history (Records.json) -------------------------------

RECORDS_PATH = Path("Takeout", "Location History (Timeline)", "Records.json")
MIB = 1024 * 1024
# Google moved Timeline onto the phones in 2024; the history runs back from here, as
# far as the requested size takes it.
LOCATION_END = datetime(2024, 6, 1, tzinfo=UTC)
# Average size of one fix as written below (measured); it only sets the start date.
BYTES_PER_FIX = 301
FIX_EVERY_S = (60, 120)
JITTER_M = 30.0
# The oldest quarter is written the pre-2019 way: ``timestampMs`` strings.
OLD_SHARE = 0.25
HOME_TZ = ZoneInfo("Europe/London")
DEVICES = (-1418271863, 893474522)  # the old phone, then the new one
LUNCH = (53.4781020, -2.2431150)
GYM = (53.4368210, -2.2302950)
SUPERMARKET = (53.4497730, -2.2054410)
PARK = (53.4429650, -2.2271820)
PUB = (53.4823970, -2.2367340)
MUM = (53.4105620, -2.1578310)
AIRPORT = (53.3588030, -2.2727230)
WEEKEND_TRIPS = (
    (54.3806850, -2.9067540),  # Windermere
    (53.9590550, -1.0815470),  # York
    (53.3240550, -3.8275870),  # Llandudno
    (55.9532520, -3.1882670),  # Edinburgh
)
# (airport, city centre, time zone) of the yearly holiday abroad
ABROAD = (
    ((38.7742000, -9.1342000), (38.7139000, -9.1394000), "Europe/Lisbon"),
    ((41.2974000, 2.0833000), (41.3874000, 2.1686000), "Europe/Madrid"),
    ((52.3667000, 13.5033000), (52.5200000, 13.4050000), "Europe/Berlin"),
    ((41.8003000, 12.2389000), (41.9028000, 12.4964000), "Europe/Rome"),
)
STILL, VEHICLE, WALKING, CYCLING, FLYING = "STILL", "IN_VEHICLE", "WALKING", "ON_BICYCLE", "FLYING"
SPEED_KMH = {VEHICLE: 30.0, WALKING: 4.5, CYCLING: 15.0, FLYING: 750.0}
# Candidate activities Google attaches to a fix while the user is in each mode.
ACTIVITY_TYPES = {
    STILL: ("STILL", "UNKNOWN", "ON_FOOT"),
    VEHICLE: ("IN_VEHICLE", "IN_ROAD_VEHICLE", "IN_CAR", "ON_FOOT"),
    WALKING: ("ON_FOOT", "WALKING", "STILL", "UNKNOWN"),
    CYCLING: ("ON_BICYCLE", "ON_FOOT", "IN_VEHICLE"),
}
_EPOCH_NAIVE = datetime(1970, 1, 1)
_M_PER_DEGREE = 111_320.0

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Leg:
    """A stretch of time spent at one place (``STILL``) or moving from one to another."""

    start_ms: int
    end_ms: int
    origin: Point
    target: Point
    mode: str


def _distance_m(a: Point, b: Point) -> float:
    lat1, lat2 = math.radians(a[0]), math.radians(b[0])
    dlat, dlon = lat2 - lat1, math.radians(b[1] - a[1])
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6_371_000 * math.asin(math.sqrt(min(h, 1.0)))


def _offset(rng: random.Random, centre: Point, metres: float) -> Point:
    """A point up to ``metres`` away from ``centre``."""
    angle = rng.uniform(0, 2 * math.pi)
    reach = metres * math.sqrt(rng.random())
    return (
        centre[0] + reach * math.sin(angle) / _M_PER_DEGREE,
        centre[1] + reach * math.cos(angle) / (_M_PER_DEGREE * math.cos(math.radians(centre[0]))),
    )


class _Day:
    """One local day's legs, built stay by stay; hours count from local midnight."""

    def __init__(self, day: date, zone: ZoneInfo, place: Point) -> None:
        midnight = datetime(day.year, day.month, day.day, tzinfo=zone)
        following = day + timedelta(days=1)
        self.start_ms = int(midnight.timestamp() * 1000)
        self.end_ms = int(
            datetime(following.year, following.month, following.day, tzinfo=zone).timestamp() * 1000
        )
        self.now_ms = self.start_ms
        self.place = place
        self.legs: list[Leg] = []

    def hour(self) -> float:
        return (self.now_ms - self.start_ms) / 3_600_000

    def stay(self, until_hour: float | None = None, *, minutes: float | None = None) -> None:
        """Stay put until a local hour, for some minutes, or (neither) until midnight."""
        if minutes is not None:
            until = self.now_ms + int(minutes * 60_000)
        elif until_hour is not None:
            until = self.start_ms + int(until_hour * 3_600_000)
        else:
            until = self.end_ms
        until = min(until, self.end_ms)
        if until > self.now_ms:
            self.legs.append(Leg(self.now_ms, until, self.place, self.place, STILL))
            self.now_ms = until

    def go(self, target: Point, mode: str, rng: random.Random) -> None:
        # Roads wind (x1.3); a flight adds taxiing and climbing.
        hours = _distance_m(self.place, target) * 1.3 / 1000 / SPEED_KMH[mode]
        minutes = max(3.0, hours * 60 * rng.uniform(0.85, 1.25)) + (40 if mode == FLYING else 0)
        until = min(self.now_ms + int(minutes * 60_000), self.end_ms)
        self.legs.append(Leg(self.now_ms, until, self.place, target, mode))
        self.now_ms, self.place = until, target

    def wander(self, rng: random.Random, centre: Point, base: Point, until_hour: float) -> None:
        """Sightseeing: walks to spots within 3 km of ``centre``, then back to ``base``."""
        while self.hour() < until_hour - 1.5:
            self.go(_offset(rng, centre, 3_000), WALKING, rng)
            self.stay(minutes=rng.uniform(30, 150))
        self.go(base, WALKING if _distance_m(self.place, base) < 2_500 else VEHICLE, rng)


class _Life:
    """The bigger persona's movements, one day after another, from ``first`` on."""

    def __init__(self, rng: random.Random, first: date) -> None:
        self.rng = rng
        self.day = first
        self.place: Point = HOME
        self.holiday_year = -1
        self.holiday: tuple[date, int, int] = (first, 0, 0)  # first day, days, destination
        self.away: Point | None = None  # the weekend trip's B&B

    def legs(self) -> Iterator[Leg]:
        while True:
            yield from self._plan(self.day)
            self.day += timedelta(days=1)

    def _plan(self, day: date) -> list[Leg]:
        rng = self.rng
        if day.year != self.holiday_year:
            self.holiday_year = day.year
            start = date(day.year, 4, 1) + timedelta(days=rng.randint(0, 170))
            start += timedelta(days=(5 - start.weekday()) % 7)  # a Saturday
            self.holiday = (start, rng.choice((7, 8, 9)), rng.randrange(len(ABROAD)))
        first, length, where = self.holiday
        if first <= day < first + timedelta(days=length):
            return self._abroad(day, (day - first).days, length, ABROAD[where])
        plan = _Day(day, HOME_TZ, self.place)
        if self.away is not None:  # Sunday of a weekend trip
            plan.stay(rng.uniform(9, 10.5))
            plan.wander(rng, plan.place, plan.place, rng.uniform(13, 15))
            plan.go(HOME, VEHICLE, rng)
            self.away = None
        elif day.weekday() == 5 and rng.random() < 0.12:
            plan.stay(rng.uniform(8.5, 10.5))
            centre = rng.choice(WEEKEND_TRIPS)
            self.away = _offset(rng, centre, 1_500)
            plan.go(self.away, VEHICLE, rng)
            plan.wander(rng, centre, self.away, rng.uniform(21, 23))
        elif day.weekday() >= 5:
            self._weekend(plan, day)
        else:
            self._weekday(plan, day)
        plan.stay()
        self.place = plan.place
        return plan.legs

    def _weekday(self, plan: _Day, day: date) -> None:
        rng = self.rng
        if rng.random() < 0.1:  # working from home
            plan.stay(rng.uniform(12.3, 12.8))
            if rng.random() < 0.5:
                plan.go(PARK, WALKING, rng)
                plan.stay(minutes=rng.uniform(20, 50))
                plan.go(HOME, WALKING, rng)
            return
        commute = CYCLING if rng.random() < 0.3 else VEHICLE
        plan.stay(rng.uniform(7.4, 8.6))
        plan.go(_offset(rng, WORK, 20), commute, rng)
        plan.stay(rng.uniform(12.3, 12.8))
        if rng.random() < 0.4:
            plan.go(LUNCH, WALKING, rng)
            plan.stay(minutes=rng.uniform(25, 45))
            plan.go(_offset(rng, WORK, 20), WALKING, rng)
        plan.stay(rng.uniform(17.0, 18.6))
        if day.weekday() == 4 and rng.random() < 0.3:
            plan.go(PUB, WALKING, rng)
            plan.stay(rng.uniform(21.5, 23.0))
            plan.go(HOME, VEHICLE, rng)  # a taxi
            return
        plan.go(HOME, commute, rng)
        if day.weekday() in (1, 3) and rng.random() < 0.6:
            plan.stay(rng.uniform(18.7, 19.2))
            plan.go(GYM, CYCLING, rng)
            plan.stay(minutes=rng.uniform(60, 90))
            plan.go(HOME, CYCLING, rng)

    def _weekend(self, plan: _Day, day: date) -> None:
        rng = self.rng
        plan.stay(rng.uniform(9.5, 11.0))
        if day.weekday() == 5 and rng.random() < 0.7:
            plan.go(SUPERMARKET, VEHICLE, rng)
            plan.stay(minutes=rng.uniform(25, 50))
            plan.go(HOME, VEHICLE, rng)
        elif day.weekday() == 6 and rng.random() < 0.3:
            plan.stay(rng.uniform(12, 13))
            plan.go(MUM, VEHICLE, rng)
            plan.stay(minutes=rng.uniform(120, 240))
            plan.go(HOME, VEHICLE, rng)
        elif rng.random() < 0.5:
            plan.go(PARK, WALKING, rng)
            plan.stay(minutes=rng.uniform(40, 100))
            plan.go(HOME, WALKING, rng)

    def _abroad(
        self, day: date, index: int, length: int, where: tuple[Point, Point, str]
    ) -> list[Leg]:
        rng = self.rng
        airport, centre, zone_name = where
        if index == 0 or self.away is None:  # the history may begin mid-holiday
            plan = _Day(day, HOME_TZ, HOME)
            plan.stay(rng.uniform(5.5, 8.0))
            plan.go(AIRPORT, VEHICLE, rng)
            plan.stay(minutes=rng.uniform(100, 150))
            plan.go(airport, FLYING, rng)
            plan.stay(minutes=rng.uniform(20, 45))
            self.away = _offset(rng, centre, 1_000)  # the hotel
            plan.go(self.away, VEHICLE, rng)
            plan.wander(rng, centre, self.away, rng.uniform(21, 22.5))
        else:
            plan = _Day(day, ZoneInfo(zone_name), self.place)
            if index < length - 1:
                plan.stay(rng.uniform(8.5, 10.0))
                plan.wander(rng, centre, self.away, rng.uniform(21, 23))
            else:
                plan.stay(rng.uniform(9.0, 11.0))
                plan.go(airport, VEHICLE, rng)
                plan.stay(minutes=rng.uniform(100, 150))
                plan.go(AIRPORT, FLYING, rng)
                plan.stay(minutes=rng.uniform(20, 40))
                plan.go(HOME, VEHICLE, rng)
                self.away = None
        plan.stay()
        self.place = plan.place
        return plan.legs


def _stamp(ms: int) -> str:
    return (_EPOCH_NAIVE + timedelta(milliseconds=ms)).isoformat(timespec="milliseconds") + "Z"


def _activity(rng: random.Random, mode: str, when_ms: int, old: bool) -> str:
    """The ``activity`` entry of a fix: Google's guesses at what the user was doing."""
    types = ACTIVITY_TYPES[mode]
    confidence = rng.randint(55, 100)
    guesses = [(types[0], confidence)]
    if mode == VEHICLE:
        guesses.append((types[1], confidence))
    for extra in types[len(guesses) : len(guesses) + rng.randint(0, 2)]:
        guesses.append((extra, rng.randint(1, max(1, 100 - confidence))))
    inner = "      }, {\n".join(
        f'        "type": "{kind}",\n        "confidence": {value}\n' for kind, value in guesses
    )
    moment = when_ms + rng.randint(1_000, 40_000)
    stamp = f'"timestampMs": "{moment}"' if old else f'"timestamp": "{_stamp(moment)}"'
    return (
        f'    "activity": [{{\n      "activity": [{{\n{inner}      }}],\n      {stamp}\n    }}],\n'
    )


def _fix(rng: random.Random, leg: Leg, when_ms: int, old: bool, device: int) -> str:
    """One entry of ``locations`` as Google pretty-prints it (a fix, minus the braces)."""
    moving = leg.mode != STILL
    share = (when_ms - leg.start_ms) / max(leg.end_ms - leg.start_ms, 1)
    lat = leg.origin[0] + (leg.target[0] - leg.origin[0]) * share
    lon = leg.origin[1] + (leg.target[1] - leg.origin[1]) * share
    roll = rng.random()
    if moving:
        source, accuracy, jitter = ("GPS", rng.randint(3, 16), 15.0) if roll < 0.9 else (
            "WIFI", rng.randint(15, 50), 40.0
        )  # fmt: skip
    elif roll < 0.85:
        source, accuracy, jitter = "WIFI", rng.randint(8, 40), JITTER_M
    elif roll < 0.95:
        source, accuracy, jitter = "GPS", rng.randint(4, 20), JITTER_M
    else:
        source, accuracy, jitter = "CELL", rng.randint(500, 1800), 400.0
    lat += rng.uniform(-jitter, jitter) / _M_PER_DEGREE
    lon += rng.uniform(-jitter, jitter) / (_M_PER_DEGREE * math.cos(math.radians(lat)))
    parts = [f'    "timestampMs": "{when_ms}",\n'] if old else []
    parts.append(
        f'    "latitudeE7": {round(lat * 1e7)},\n    "longitudeE7": {round(lon * 1e7)},\n'
        f'    "accuracy": {accuracy},\n'
    )
    if source == "GPS":
        if moving:
            metres = _distance_m(leg.origin, leg.target)
            speed = metres / max((leg.end_ms - leg.start_ms) / 1000, 1)
            heading = math.degrees(
                math.atan2(leg.target[1] - leg.origin[1], leg.target[0] - leg.origin[0])
            )
            parts.append(
                f'    "velocity": {round(speed)},\n    "heading": {round(heading) % 360},\n'
            )
        parts.append(
            f'    "altitude": {rng.randint(35, 95)},\n'
            f'    "verticalAccuracy": {rng.randint(2, 12)},\n'
        )
    if rng.random() < 0.3 and leg.mode != FLYING:
        parts.append(_activity(rng, leg.mode, when_ms, old))
    parts.append(
        f'    "source": "{source}",\n    "deviceTag": {device},\n    "platformType": "ANDROID",\n'
    )
    if not old:
        parts.append(f'    "formFactor": "PHONE",\n    "timestamp": "{_stamp(when_ms)}"\n')
    else:
        parts[-1] = parts[-1].removesuffix(",\n") + "\n"
    return "".join(parts)


def _write_location_history(path: Path, megabytes: float, seed: int) -> int:
    """Stream a ``Records.json`` of about ``megabytes`` MiB; returns the fixes written."""
    rng = random.Random(f"location-history-{seed}")  # independent of the other files
    target = int(megabytes * MIB)
    span = timedelta(seconds=target / BYTES_PER_FIX * sum(FIX_EVERY_S) / 2)
    first = (LOCATION_END - span).astimezone(HOME_TZ).date()
    first_ms = int(datetime(first.year, first.month, first.day, tzinfo=HOME_TZ).timestamp() * 1000)
    end_ms = int(LOCATION_END.timestamp() * 1000)
    old_until = first_ms + int((end_ms - first_ms) * OLD_SHARE)
    new_phone_from = first_ms + int((end_ms - first_ms) * 0.55)
    head = '{\n  "locations": [{\n'
    written, count = len(head), 0
    when = first_ms + rng.randint(0, FIX_EVERY_S[1] * 1000)
    with path.open("w", encoding="ascii", newline="\n") as handle:
        handle.write(head)
        for leg in _Life(rng, first).legs():
            if leg.mode == FLYING:  # the phone is in flight mode
                when = max(when, leg.end_ms)
                continue
            when = max(when, leg.start_ms)
            while when < leg.end_ms and (written < target or count == 0):
                device = DEVICES[when >= new_phone_from]
                text = _fix(rng, leg, when, when < old_until, device)
                if count:
                    text = "  }, {\n" + text
                handle.write(text)
                written += len(text)  # ASCII: characters are bytes
                count += 1
                when += rng.randint(FIX_EVERY_S[0] * 1000, FIX_EVERY_S[1] * 1000)
            if written >= target and count:
                break
        handle.write("  }]\n}\n")
    return count


def write_bigger(
    out: Path,
    messages: int,
    *,
    payments: int | None = None,
    points: int | None = None,
    location_history_mb: float = 0,
    seed: int = 7,
) -> BiggerSummary:
    """Stream a scaled export into ``out``; ``payments`` and ``points`` default to N/5 and N.

    With ``location_history_mb``, also a Takeout ``Records.json`` of about that many MiB.
    """
    payments = messages // 5 if payments is None else payments
    points = messages if points is None else points
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    readme = out / "README.txt"
    readme.write_text(
        f"{FICTIONAL_NOTE}\nScaled benchmark export: {messages} messages, {payments} payments, "
        f"{points} location points, {location_history_mb:g} MiB of raw location history "
        f"(footprint samples bigger, seed {seed}).\n",
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
    fixes = 0
    if location_history_mb > 0:
        files.append(out / RECORDS_PATH)
        files[-1].parent.mkdir(parents=True, exist_ok=True)
        fixes = _write_location_history(files[-1], location_history_mb, seed)
    return BiggerSummary(messages, payments, points, tuple(files), fixes)
