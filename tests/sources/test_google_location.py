"""Google Takeout location history: E7 values, old and new timestamps, German folders,
streaming of large Records.json, and a whole Takeout folder without noise."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.config import Settings
from footprint.loading import Container, InputFile
from footprint.model import (
    LocationPoint,
    LocationVisit,
    Problem,
    ProfileFact,
    Record,
    split_items,
)
from footprint.phrases import phrase
from footprint.scan import scan
from footprint.sources import _google, google_location
from footprint.sources.base import ParseContext
from footprint.sources.registry import classify
from footprint.store import ColumnBatch, ColumnStore

from ..conftest import FIXTURES

CTX = ParseContext()
UTC_SETTINGS = Settings(assumed_timezone="UTC")


def _file(name: str, data: bytes) -> InputFile:
    container = Container(display="(memory)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


class _CountingStream(io.BytesIO):
    """A stream that remembers how far it has been read."""

    def __init__(self, data: bytes, counter: list[int]) -> None:
        super().__init__(data)
        self._counter = counter

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self._counter[0] += len(chunk)
        return chunk


def _records_json(count: int) -> bytes:
    entries = [
        {
            "latitudeE7": 535_000_000 + index,
            "longitudeE7": 99_000_000 + index,
            "accuracy": 10,
            "source": "WIFI",
            "deviceTag": 1,
            "timestamp": f"2023-01-01T00:{index // 60 % 60:02d}:{index % 60:02d}Z",
        }
        for index in range(count)
    ]
    return json.dumps({"locations": entries}).encode()


def test_unsigned_e7_is_wrapped_back() -> None:
    assert _google.e7(2**32 - 338_688_000, 90) == pytest.approx(-33.8688)
    assert _google.e7(1_512_093_000, 180) == pytest.approx(151.2093)
    assert _google.e7(950_000_000, 90) is None  # out of range even when wrapped
    assert _google.e7("535511000", 90) is None
    assert _google.e7(True, 90) is None


@given(st.integers(min_value=-900_000_000, max_value=900_000_000))
def test_e7_round_trips_every_valid_latitude(value: int) -> None:
    degrees = _google.e7(value, 90)
    assert degrees is not None
    assert round(degrees * 10_000_000) == value


def test_old_and_new_timestamps() -> None:
    data = json.dumps(
        {
            "locations": [
                {"latitudeE7": 1, "longitudeE7": 2, "timestampMs": "1466150400000"},
                {"latitudeE7": 1, "longitudeE7": 2, "timestamp": "2023-01-14T08:35:12.5+01:00"},
            ]
        }
    ).encode()
    records, problems = split_items(google_location.parse(_file("Records.json", data), CTX))
    assert not problems
    assert [r.timestamp for r in records] == [
        datetime(2016, 6, 17, 8, 0, tzinfo=UTC),
        datetime.fromisoformat("2023-01-14T08:35:12.500+01:00"),
    ]
    assert all(not r.tz_assumed for r in records)


@pytest.mark.parametrize(
    "path",
    [
        "Takeout/Location History/Location History.json",
        "Takeout/Location History (Timeline)/Records.json",
        "Takeout/Standortverlauf/Records.json",
        "Takeout/Location History/Semantic Location History/2023/2023_JANUARY.json",
        "Takeout/Standortverlauf/Semantic Location History/2023/2023_JANUAR.json",
        "Takeout/Standortverlauf (Zeitachse)/Semantischer Standortverlauf/2023/2023_MÄRZ.json",
    ],
)
def test_takeout_paths_are_claimed(path: str) -> None:
    data = (
        b'{"timelineObjects": [{"placeVisit": {}}]}'
        if "emantic" in path
        else b'{"locations": [{"latitudeE7": 1, "longitudeE7": 2}]}'
    )
    detection = classify(_file(path, data))
    assert detection.format == "google_location"
    assert detection.reason == "path and content"


def test_other_json_with_a_locations_key_is_not_claimed_by_content() -> None:
    other = _file("stores.json", b'{"locations": [{"name": "Shop", "city": "Hamburg"}]}')
    assert google_location.detect(other) < 0.5


def test_semantic_visits_and_labelled_places() -> None:
    result = scan([FIXTURES / "google_location"], UTC_SETTINGS, None)
    visits = [r for r in result.records if isinstance(r, LocationVisit)]
    by_name = {v.place_name: v for v in visits if v.place_name}
    office = by_name["Example Office GmbH"]
    assert (office.lat, office.lon) == (pytest.approx(53.544), pytest.approx(10.001))
    assert office.end == datetime(2023, 1, 16, 16, 30, tzinfo=UTC)
    assert by_name["Fictional Gate Museum"].timestamp == datetime(2016, 6, 17, 8, tzinfo=UTC)
    assert "Fictional Coffee Bar" in by_name  # child visits are visits too
    facts = {(f.field, f.value) for f in result.records if isinstance(f, ProfileFact)}
    # The home visited twice is reported once.
    assert ("home", "53.560000,10.020000") in facts
    assert ("work", "53.544000,10.001000") in facts
    assert ("device", "Pixel 7") in facts
    homes = [f for f in result.records if isinstance(f, ProfileFact) and f.field == "home"]
    assert len(homes) == 1


def test_records_are_streamed_not_loaded_whole() -> None:
    data = _records_json(40_000)
    assert len(data) > 4 * _google.CHUNK_BYTES
    counter = [0]

    def opener() -> IO[bytes]:
        return _CountingStream(data, counter)

    container = Container(display="(memory)")
    file = InputFile(path="Records.json", display="Records.json", size=len(data), _opener=opener)
    container.add(file)
    items = google_location.parse(file, CTX)
    first = next(items)
    assert isinstance(first, LocationPoint)
    assert counter[0] <= 2 * _google.CHUNK_BYTES  # one chunk for the head, one to parse
    rest = list(items)
    assert len(rest) == 39_999
    assert not [item for item in rest if isinstance(item, Problem)]


def test_truncated_records_keep_what_came_before() -> None:
    data = _records_json(50)[:-300]
    records, problems = split_items(google_location.parse(_file("Records.json", data), CTX))
    assert 0 < len(records) < 50
    assert len(problems) == 1
    assert problems[0].locator == f"$.locations[{len(records)}]"
    assert "truncated" in problems[0].message


def test_whole_takeout_folder_has_no_unrecognised_files() -> None:
    folders = ["google_location", "google_activity", "chrome_history"]
    result = scan([FIXTURES / name for name in folders], UTC_SETTINGS, None)
    assert not [status for status in result.files if status.status == "unrecognised"]
    ignored = {Path(status.path).name for status in result.files if status.status == "ignored"}
    assert {"archive_browser.html", "Timeline Edits.json"} <= ignored
    parsed = {Path(status.path).name for status in result.files if status.status == "parsed"}
    assert "MyActivity.html" in parsed  # Takeout's default form of My Activity is read


# --- Records.json fast path: the same items and problems as the general stream -----------


def _general(data: bytes) -> list[object]:
    file = _file("Records.json", data)
    return list(
        google_location._parse_stream(file, "locations.item", CTX, phrase("no_locations_file"))
    )


def _fast(data: bytes) -> list[object]:
    return list(google_location.parse(_file("Records.json", data), CTX))


def _same_apart_from_error_text(fast: list[object], general: list[object]) -> None:
    def key(item: object) -> object:
        if isinstance(item, Problem) and item.message.startswith("invalid or truncated JSON"):
            return (item.locator, item.code)  # the decoders word their errors differently
        return item

    assert [key(item) for item in fast] == [key(item) for item in general]


_ODD_ENTRIES = [
    b'{"latitudeE7": 1, "longitudeE7": 2, "timestampMs": "1700000000000"}',
    b'{"latitudeE7": "12", "longitudeE7": 2, "timestamp": "2023-01-01T00:00:00Z"}',
    b'{"latitudeE7": true, "longitudeE7": 2, "timestamp": "2023-01-01T00:00:00Z"}',
    b'{"latitudeE7": 4294967295, "longitudeE7": 2, "timestamp": "2023-01-01T00:00:00Z"}',
    b'{"latitudeE7": 1, "longitudeE7": 2, "timestamp": "2023-01-01T00:00:00"}',
    b'{"latitudeE7": 1, "longitudeE7": 2}',
    b'{"latitudeE7": 1.5, "longitudeE7": 2, "timestamp": "x", "timestampMs": 1700000000000}',
    b'{"latitudeE7": 1, "longitudeE7": 2, "accuracy": true, "timestampMs": "1700000000000"}',
    b'{"note": "a } and a ] and \\" and [ {", "latitudeE7": 1, "longitudeE7": 2, '
    b'"timestampMs": "1700000000000", "activity": [{"activity": [{"type": "STILL"}]}]}',
    b'{"note": "\\\\", "latitudeE7": 1, "longitudeE7": 2, "timestampMs": "1700000000000"}',
    # Times the vectorised reading must leave to the general helper, or read as it does.
    b'{"latitudeE7": 1, "longitudeE7": 2, "timestamp": "2021-02-29T00:00:00Z", '
    b'"timestampMs": "1700000000000"}',
    b'{"latitudeE7": 1, "longitudeE7": 2, "timestamp": "2023-01-01T00:00:00.1234567Z"}',
    b'{"latitudeE7": 1, "longitudeE7": 2, "timestamp": "2023-01-01T00:00:00.5Z"}',
    b'{"latitudeE7": 1, "longitudeE7": 2, "timestamp": "2023-01-01T01:00:00+02:00"}',
    b'{"latitudeE7": 1, "longitudeE7": 2, "timestamp": "2023-01-01T24:00:00Z"}',
    b'{"latitudeE7": 1, "longitudeE7": 2, "timestamp": "1677-12-31T00:00:00Z"}',
    b'{"latitudeE7": 1, "longitudeE7": 2, "timestamp": "2300-01-01T00:00:00Z"}',
    b'{"latitudeE7": 1, "longitudeE7": 2, "timestamp": "", "timestampMs": "0123"}',
    b'{"latitudeE7": 1, "longitudeE7": 2, "timestampMs": " 1700000000000"}',
    b'{"latitudeE7": 1, "longitudeE7": 2, "timestampMs": "-1700000000000"}',
    b'{"latitudeE7": 1, "longitudeE7": 2, "timestampMs": "99999999999999"}',
    b'{"latitudeE7": -900000000, "longitudeE7": 1800000000, "timestampMs": 1700000000000}',
    b'{"latitudeE7": 900000001, "longitudeE7": 2, "timestampMs": "1700000000000"}',
    b'{"latitudeE7": 1, "longitudeE7": 2, "accuracy": 12.5, "timestampMs": "1700000000000"}',
    b"42",
    b'"text"',
    b"[1, 2]",
    b"null",
]


@given(
    st.lists(st.sampled_from(_ODD_ENTRIES), max_size=12),
    st.sampled_from([b"", b"\xef\xbb\xbf"]),
    st.sampled_from(
        [b"}", b', "other": {"a": [1]}}', b', "locations": [' + _ODD_ENTRIES[0] + b"]}"]
    ),
    st.integers(min_value=1, max_value=64),
)
def test_records_fast_path_matches_general_stream(
    entries: list[bytes], bom: bytes, ending: bytes, read_bytes: int
) -> None:
    data = bom + b'{\n  "locations": [' + b", ".join(entries) + b"]" + ending
    old = google_location._READ_BYTES
    google_location._READ_BYTES = read_bytes  # items cut across reads
    try:
        fast = _fast(data)
    finally:
        google_location._READ_BYTES = old
    _same_apart_from_error_text(fast, _general(data))


@pytest.mark.parametrize(
    "data",
    [
        b'{"locations": [{"latitudeE7": 1, "longitudeE7": 2, "timestampMs": "1700000000000"}',
        b'{"locations": [{"latitudeE7": 1, "longitudeE7": 2, "timestampMs": "1700000000000"}, {"lat',
        b'{"locations": [{"latitudeE7": 1, "longitudeE7": 2, "timestampMs": "17"} {"a": 1}]}',
        b'{"locations": [{"latitudeE7": 1, "longitudeE7": 2, "timestampMs": "17"}]} trailing',
        b'{"locations": []}',
        b'{"locations": [1, 2, 3',
    ],
)
def test_records_fast_path_broken_json(data: bytes) -> None:
    _same_apart_from_error_text(_fast(data), _general(data))


def test_records_fast_path_keeps_the_nesting_guard() -> None:
    deep = b'{"locations": [{"a": ' + b"[" * 600 + b"]" * 600 + b"}]}"
    with pytest.raises(ValueError, match="nested deeper"):
        _fast(deep)


def test_records_fast_path_huge_integer_is_a_bad_coordinate_not_the_end() -> None:
    # ijson's C backend stops at integers past 64 bits; here only that fix is refused.
    data = (
        b'{"locations": [{"latitudeE7": 123456789012345678901234567890, "longitudeE7": 2, '
        b'"timestampMs": "1700000000000"}, {"latitudeE7": 1, "longitudeE7": 2, '
        b'"timestampMs": "1700000000000"}]}'
    )
    items = _fast(data)
    assert [type(item) for item in items] == [Problem, LocationPoint]
    assert isinstance(items[0], Problem) and "latitudeE7" in items[0].message


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(_ODD_ENTRIES[:-4]), min_size=1, max_size=40),  # objects only
    st.integers(min_value=0, max_value=3000),
)
def test_records_column_wise_equal_the_general_stream(entries: list[bytes], plain: int) -> None:
    """What scan stores (batches of columns, no object per fix) reads back as the records
    and problems of the general stream, in order, zones and assumptions included."""
    good = b'{"latitudeE7": 535000000, "longitudeE7": -22000000, "accuracy": 9, '
    good += b'"timestamp": "2023-01-01T10:00:00.250Z", "activity": [{"type": "STILL"}]}'
    data = b'{"locations": [' + b", ".join([good] * plain + entries + [good]) + b"]}"
    store: ColumnStore[Record] = ColumnStore(1024)
    problems = []
    for item in google_location.parse_columns(_file("Records.json", data), CTX):
        if isinstance(item, ColumnBatch):
            store.append_columns(item)
        elif isinstance(item, Problem):
            problems.append(item)
        else:
            store.append(item)
    records, general_problems = split_items(_general(data))
    assert list(store) == records
    assert [(r.timestamp.tzinfo, r.tz_assumed) for r in store] == [  # type: ignore[union-attr]
        (r.timestamp.tzinfo, r.tz_assumed)
        for r in records  # type: ignore[union-attr]
    ]
    assert problems == general_problems


def test_child_visit_without_a_time_lies_within_its_parent() -> None:
    month = {
        "timelineObjects": [
            {
                "placeVisit": {
                    "location": {
                        "latitudeE7": 514920000,
                        "longitudeE7": -1420000,
                        "name": "Riverside Market",
                    },
                    "duration": {
                        "startTimestampMs": "1575518644000",
                        "endTimestampMs": "1575522883000",
                    },
                    "childVisits": [
                        {
                            "location": {
                                "placeId": "ChIJexample-child-0001",
                                "name": "Noodle Bar",
                                "address": "4 Market Row\\nLondon",
                            },
                            "editConfirmationStatus": "NOT_CONFIRMED",
                        }
                    ],
                }
            }
        ]
    }
    data = json.dumps(month).encode()
    items = list(google_location.parse(_file("2019_DECEMBER.json", data), CTX))
    assert not [i for i in items if isinstance(i, Problem)]
    parent, child = (i for i in items if isinstance(i, LocationVisit))
    assert child.place_name == "Noodle Bar" and (child.lat, child.lon) == (None, None)
    assert (child.timestamp, child.end) == (parent.timestamp, parent.end)
    assert child.timestamp == datetime(2019, 12, 5, 4, 4, 4, tzinfo=UTC)


def _home_visit(lat_e7: int, place_id: str | None) -> dict[str, object]:
    location: dict[str, object] = {
        "latitudeE7": lat_e7, "longitudeE7": -15_000_000, "semanticType": "TYPE_HOME",
    }  # fmt: skip
    if place_id:
        location["placeId"] = place_id
    return {
        "placeVisit": {
            "location": location,
            "duration": {
                "startTimestamp": "2024-08-01T00:00:00Z", "endTimestamp": "2024-08-01T07:00:00Z"
            },
        }
    }  # fmt: skip


@pytest.mark.parametrize(("place_ids", "facts"), [(["ChIJhome", "ChIJhome"], 1), ([None, None], 2)])
def test_a_labelled_place_is_one_fact_by_its_place_id(
    place_ids: list[str | None], facts: int
) -> None:
    # Coordinates jitter between visits (and a redacted copy has them all at one
    # placeholder): the place's id, where given, says it is the same place.
    data = json.dumps(
        {
            "timelineObjects": [
                _home_visit(533_700_000 + 1_000 * n, pid) for n, pid in enumerate(place_ids)
            ]
        }
    ).encode()
    file = _file("Semantic Location History/2024/2024_AUGUST.json", data)
    records, _ = split_items(google_location.parse(file, CTX))
    assert sum(isinstance(r, ProfileFact) and r.field == "home" for r in records) == facts
