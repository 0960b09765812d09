"""Google Timeline phone export: the real-world Android sample, iOS offsets, detection
by content under any name, and home/work from Google's profile versus visits."""

from __future__ import annotations

import io
import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footprint.config import Settings
from footprint.loading import Container, InputFile
from footprint.model import (
    LocationPoint,
    LocationVisit,
    PlatformInference,
    ProfileFact,
    split_items,
)
from footprint.scan import scan
from footprint.sources import _google, google_timeline
from footprint.sources.base import ParseContext
from footprint.sources.registry import classify

from ..conftest import FIXTURES

CTX = ParseContext()
UTC_SETTINGS = Settings(assumed_timezone="UTC")


def _file(name: str, data: bytes) -> InputFile:
    container = Container(display="(memory)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


def test_realworld_android_sample(realworld: Path) -> None:
    result = scan([realworld / "google_timeline" / "test-data.json"], UTC_SETTINGS, None)
    assert not result.problems, result.problems
    assert [status.format for status in result.files] == ["google_timeline"]
    kinds = Counter(record.kind for record in result.records)
    assert kinds == {"location_point": 12, "location_visit": 2, "platform_inference": 5}

    visits = [r for r in result.records if isinstance(r, LocationVisit)]
    assert [(v.lat, v.lon) for v in visits] == [(40.712776, -74.005974)] * 2
    assert [(v.timestamp, v.end) for v in visits] == [
        (datetime(2023, 10, 1, 8, tzinfo=UTC), datetime(2023, 10, 1, 9, tzinfo=UTC)),
        (datetime(2023, 10, 2, 8, tzinfo=UTC), datetime(2023, 10, 2, 9, tzinfo=UTC)),
    ]
    assert all(v.text == "INFERRED_WORK" and not v.tz_assumed for v in visits)

    points = {r.locator: r for r in result.records if isinstance(r, LocationPoint)}
    path = [points[f"$.semanticSegments[0].timelinePath[{i}]"] for i in range(5)]
    assert [(p.lat, p.lon) for p in path] == [
        (40.712776, -74.005974),
        (40.713776, -74.006974),
        (40.714776, -74.007974),
        (40.715776, -74.008974),
        (40.716776, -74.009974),
    ]
    assert [p.timestamp for p in path] == [
        datetime(2023, 10, 1, 8, 15, tzinfo=UTC),
        datetime(2023, 10, 1, 8, 30, tzinfo=UTC),
        datetime(2023, 10, 1, 8, 45, tzinfo=UTC),
        datetime(2023, 10, 1, 9, 0, tzinfo=UTC),
        datetime(2023, 10, 1, 9, 15, tzinfo=UTC),
    ]
    assert points["$.semanticSegments[1].timelinePath[4]"].timestamp == datetime(
        2023, 10, 2, 9, 15, tzinfo=UTC
    )
    raw = points["$.rawSignals[1].position"]
    assert (raw.lat, raw.lon, raw.accuracy_m) == (40.713776, -74.006974, 6.0)
    assert raw.timestamp == datetime(2023, 10, 2, 8, tzinfo=UTC)

    inferences = [r for r in result.records if isinstance(r, PlatformInference)]
    assert [(i.category, i.value) for i in inferences] == [
        ("work", "40.712776,-74.005974"),
        ("home", "40.713776,-74.006974"),
        ("gym", "40.714776,-74.007974"),
        ("park", "40.715776,-74.008974"),
        ("cafe", "40.716776,-74.009974"),
    ]
    # Google's own profile is the evidence, not the visit that repeats it.
    assert inferences[0].locator == "$.userLocationProfile.frequentPlaces[0]"


def test_ios_offsets_and_geo_points() -> None:
    data = json.dumps(
        [
            {
                "startTime": "2024-02-01T09:00:00.000+01:00",
                "endTime": "2024-02-01T11:00:00.000+01:00",
                "timelinePath": [
                    {
                        "point": "geo:52.520000,13.405000",
                        "durationMinutesOffsetFromStartTime": "35",
                    },
                    {"point": "geo:-33.5,151.25", "durationMinutesOffsetFromStartTime": 90},
                ],
            }
        ]
    ).encode()
    records, problems = split_items(
        google_timeline.parse(_file("location-history.json", data), CTX)
    )
    assert not problems
    assert [(r.lat, r.lon, r.timestamp) for r in records if isinstance(r, LocationPoint)] == [
        (52.52, 13.405, datetime.fromisoformat("2024-02-01T09:35:00+01:00")),
        (-33.5, 151.25, datetime.fromisoformat("2024-02-01T10:30:00+01:00")),
    ]


@pytest.mark.parametrize(
    "name", ["Timeline.json", "Zeitachse.json", "Chronologie.json", "Linha do tempo.json", "x.json"]
)
def test_detected_by_content_whatever_the_name(name: str) -> None:
    data = b'{\n  "semanticSegments": [],\n  "rawSignals": []\n}'
    detection = classify(_file(f"Download/{name}", data))
    assert detection.format == "google_timeline"


def test_user_label_and_google_inference_are_told_apart() -> None:
    segment = {
        "startTime": "2024-03-04T17:40:00.000+01:00",
        "endTime": "2024-03-05T07:50:00.000+01:00",
    }
    data = json.dumps(
        {
            "semanticSegments": [
                {
                    **segment,
                    "visit": {
                        "topCandidate": {
                            "placeId": "home-1",
                            "semanticType": "HOME",
                            "placeLocation": {"latLng": "53.56°, 10.02°"},
                        }
                    },
                },
                {
                    **segment,
                    "visit": {
                        "topCandidate": {
                            "placeId": "work-1",
                            "semanticType": "INFERRED_WORK",
                            "placeLocation": {"latLng": "53.54°, 10.00°"},
                        }
                    },
                },
            ],
            "userLocationProfile": {
                "frequentPlaces": [
                    {"placeId": "home-1", "placeLocation": "53.56°, 10.02°", "label": "HOME"}
                ]
            },
        }
    ).encode()
    records, problems = split_items(google_timeline.parse(_file("Timeline.json", data), CTX))
    assert not problems
    facts = [(r.field, r.value) for r in records if isinstance(r, ProfileFact)]
    inferences = [(r.category, r.value) for r in records if isinstance(r, PlatformInference)]
    assert facts == [("home", "53.560000,10.020000")]
    assert inferences == [("home", "53.560000,10.020000"), ("work", "53.540000,10.000000")]


@given(
    st.floats(min_value=-90, max_value=90, allow_nan=False),
    st.floats(min_value=-180, max_value=180, allow_nan=False),
)
def test_lat_lng_reads_every_notation(lat: float, lon: float) -> None:
    for text in (f"{lat:.7f}°, {lon:.7f}°", f"geo:{lat:.6f},{lon:.6f}"):
        parsed = _google.lat_lng(text)
        assert parsed is not None
        assert parsed == pytest.approx((lat, lon), abs=1e-6)
    assert _google.lat_lng({"latLng": f"{lat:.7f}°, {lon:.7f}°"}) is not None


@pytest.mark.parametrize("text", ["", "somewhere", "91°, 10°", "10°, 181°", "geo:1", None, 5])
def test_lat_lng_rejects_junk(text: object) -> None:
    assert _google.lat_lng(text) is None


def test_a_list_of_other_objects_is_not_a_timeline() -> None:
    other = _file("data.json", b'[{"startTime": "2024-01-01", "name": "meeting"}]')
    assert google_timeline.detect(other) == 0.0


def test_segments_keep_the_offset_where_they_were_lived() -> None:
    # The phone writes every startTime with its zone at export time (here Tokyo,
    # +09:00); startTimeTimezoneUtcOffsetMinutes is the offset of the day itself.
    result = scan(
        [FIXTURES / "google_timeline" / "exported_abroad" / "Timeline.json"],
        Settings(assumed_timezone="UTC"),
        None,
    )
    assert not result.problems, result.problems
    visits = [r for r in result.records if isinstance(r, LocationVisit)]
    new_york = visits[0]
    assert new_york.timestamp is not None and new_york.end is not None
    assert new_york.timestamp.isoformat() == "2024-02-06T09:10:00-05:00"
    assert new_york.end.isoformat() == "2024-02-06T18:45:00-05:00"
    assert new_york.timestamp == datetime(2024, 2, 6, 14, 10, tzinfo=UTC)  # same instant
    points = [r for r in result.records if isinstance(r, LocationPoint)]
    assert [p.timestamp.isoformat() for p in points if p.timestamp] == [
        "2024-02-06T18:50:00-05:00",
        "2024-02-06T19:15:00-05:00",
    ]
    assert visits[1].timestamp is not None
    assert visits[1].timestamp.isoformat() == "2024-02-24T10:00:00+09:00"
