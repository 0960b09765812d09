"""Google Maps on-device Timeline export (Android, 2024 on): ``Timeline.json``.

Points are written the way the app writes them, ``"53.4808123°, -2.2426456°"``,
and times carry the local UTC offset.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from footprint.samples.common import Place, alnum_id

_MODES = {"walk": "WALKING", "bus": "IN_BUS", "car": "IN_PASSENGER_VEHICLE", "cycle": "CYCLING"}


@dataclass(frozen=True)
class Stay:
    place: Place
    start: datetime
    end: datetime
    semantic: str = "UNKNOWN"  # INFERRED_HOME, INFERRED_WORK, UNKNOWN
    mode_to_next: str = "bus"


def lat_lng(lat: float, lon: float) -> str:
    return f"{lat:.7f}°, {lon:.7f}°"


def _time(when: datetime) -> str:
    return when.isoformat(timespec="milliseconds")


def _offset(when: datetime) -> int:
    offset = when.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def _distance_m(a: Place, b: Place) -> float:
    dlat = (b.lat - a.lat) * 111_320
    dlon = (b.lon - a.lon) * 111_320 * math.cos(math.radians(a.lat))
    return math.hypot(dlat, dlon)


def timeline(
    stays: Sequence[Stay],
    frequent: Sequence[tuple[Place, str]],
    rng: random.Random,
) -> tuple[str, int]:
    """The file's text and the number of location points in it."""
    place_ids: dict[str, str] = {}

    def place_id(place: Place) -> str:
        return place_ids.setdefault(place.name, "ChIJ" + alnum_id(rng, 23))

    segments: list[dict[str, Any]] = []
    raw: list[dict[str, Any]] = []
    points = 0
    for index, stay in enumerate(stays):
        segments.append(
            {
                "startTime": _time(stay.start),
                "endTime": _time(stay.end),
                "startTimeTimezoneUtcOffsetMinutes": _offset(stay.start),
                "endTimeTimezoneUtcOffsetMinutes": _offset(stay.end),
                "visit": {
                    "hierarchyLevel": 0,
                    "probability": round(rng.uniform(0.7, 0.99), 6),
                    "topCandidate": {
                        "placeId": place_id(stay.place),
                        "semanticType": stay.semantic,
                        "probability": round(rng.uniform(0.6, 0.98), 6),
                        "placeLocation": {"latLng": lat_lng(stay.place.lat, stay.place.lon)},
                    },
                },
            }
        )
        if index % 3 == 0:
            raw.append(
                {
                    "position": {
                        "LatLng": lat_lng(*_jitter(rng, stay.place, 15)),
                        "accuracyMeters": rng.randint(8, 40),
                        "altitudeMeters": round(rng.uniform(30, 90), 1),
                        "source": "WIFI",
                        "timestamp": _time(stay.start + timedelta(minutes=5)),
                        "speedMetersPerSecond": 0.0,
                    }
                }
            )
            points += 1
        if index + 1 == len(stays):
            break
        following = stays[index + 1]
        leave, arrive = stay.end, following.start
        if arrive <= leave:
            continue
        mode = _MODES[stay.mode_to_next]
        distance = _distance_m(stay.place, following.place)
        segments.append(
            {
                "startTime": _time(leave),
                "endTime": _time(arrive),
                "startTimeTimezoneUtcOffsetMinutes": _offset(leave),
                "endTimeTimezoneUtcOffsetMinutes": _offset(arrive),
                "activity": {
                    "start": {"latLng": lat_lng(stay.place.lat, stay.place.lon)},
                    "end": {"latLng": lat_lng(following.place.lat, following.place.lon)},
                    "distanceMeters": round(distance, 1),
                    "probability": round(rng.uniform(0.8, 0.99), 6),
                    "topCandidate": {"type": mode, "probability": round(rng.uniform(0.5, 0.95), 6)},
                },
            }
        )
        path = []
        steps = max(2, min(12, int((arrive - leave).total_seconds() // 240)))
        for step in range(1, steps):
            share = step / steps
            lat = stay.place.lat + (following.place.lat - stay.place.lat) * share
            lon = stay.place.lon + (following.place.lon - stay.place.lon) * share
            when = leave + (arrive - leave) * share
            path.append(
                {"point": lat_lng(*_jitter(rng, Place("", lat, lon), 25)), "time": _time(when)}
            )
        points += len(path)
        segments.append(
            {
                "startTime": _time(leave),
                "endTime": _time(arrive),
                "startTimeTimezoneUtcOffsetMinutes": _offset(leave),
                "endTimeTimezoneUtcOffsetMinutes": _offset(arrive),
                "timelinePath": path,
            }
        )
    document = {
        "semanticSegments": segments,
        "rawSignals": raw,
        "userLocationProfile": {
            "frequentPlaces": [
                {
                    "placeId": place_id(place),
                    "placeLocation": lat_lng(place.lat, place.lon),
                    "label": label,
                }
                for place, label in frequent
            ]
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n", points


def _jitter(rng: random.Random, place: Place, metres: float) -> tuple[float, float]:
    dlat = rng.uniform(-metres, metres) / 111_320
    dlon = rng.uniform(-metres, metres) / (111_320 * math.cos(math.radians(place.lat)))
    return place.lat + dlat, place.lon + dlon


@dataclass(frozen=True)
class Stop:
    place: Place
    arrive: datetime
    leave: datetime
    semantic: str = "UNKNOWN"


def stays_from_trips(
    home: Place,
    trips: Sequence[Sequence[Stop]],
    start: datetime,
    end: datetime,
    mode: str,
    rng: random.Random,
) -> list[Stay]:
    """Home between trips, each trip's stops in order; travel takes 12-35 minutes."""
    stays: list[Stay] = []
    home_since = start
    for trip in trips:
        travel = timedelta(minutes=rng.randint(12, 35))
        stays.append(Stay(home, home_since, trip[0].arrive - travel, "INFERRED_HOME", mode))
        for stop in trip:
            stays.append(Stay(stop.place, stop.arrive, stop.leave, stop.semantic, mode))
        home_since = trip[-1].leave + timedelta(minutes=rng.randint(12, 35))
    stays.append(Stay(home, home_since, end, "INFERRED_HOME", mode))
    return stays
