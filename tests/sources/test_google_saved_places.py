"""Google Maps saved places: both GeoJSON spellings, saved lists, no visits invented."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest

from footprint.loading import Container, InputFile
from footprint.model import Activity, LocationVisit
from footprint.sources import google_saved_places as saved
from footprint.sources.registry import SOURCES

from ..conftest import FIXTURES
from .social_helpers import parse_inputs

FOLDER = FIXTURES / "google_saved_places"


def _file(name: str, data: bytes) -> InputFile:
    container = Container(display="(memory)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


def test_older_spelling_places_and_save_times() -> None:
    parsed = parse_inputs(FOLDER / "Takeout" / "Maps (your places)")
    places = parsed.of(LocationVisit)
    assert [(p.place_name, p.lat, p.lon) for p in places] == [
        ("Café Beispiel", 52.52, 13.4049),
        # Geometry [0, 0]: the coordinates come from Geo Coordinates.
        ("Praxis Dr. Muster", 48.13743, 11.57549),
    ]
    assert places[0].address == "Beispielstraße 1, 10115 Berlin, Germany"
    # A saved place is not a visit: no time on the place itself.
    assert all(p.timestamp is None for p in places)
    saves = parsed.of(Activity)
    assert [(a.activity_type, a.timestamp) for a in saves] == [
        (saved.SAVED, datetime(2021, 5, 2, 10, 15, 30, tzinfo=UTC)),
        (saved.SAVED, datetime(2022, 11, 20, 8, tzinfo=UTC)),
    ]
    assert saves[0].url == "http://maps.google.com/?cid=1234567890123456789"


def test_newer_spelling_with_comment_and_link_only_entry() -> None:
    parsed = parse_inputs(FOLDER / "new")
    places = parsed.of(LocationVisit)
    assert places[0].place_name == "Example Climbing Wall"
    assert places[0].text == "Tuesday beginners' session"
    # Only a link: the position comes from its ?q=lat,lon.
    assert (places[1].lat, places[1].lon) == (48.208176, 16.373819)
    assert not parsed.problems


def test_saved_list_csv() -> None:
    places = parse_inputs(FOLDER / "Takeout" / "Saved").of(LocationVisit)
    assert [(p.place_name, p.lat, p.lon) for p in places] == [
        ("Example Ramen Bar", 35.6595, 139.7005),
        ("Example Museum", 48.8606, 2.3376),
        ("Example Bookshop", None, None),
    ]
    assert places[0].text == "saved place (Want to go): Try the miso"


def test_broken_file_problems_name_the_file() -> None:
    parsed = parse_inputs(FOLDER / "broken")
    assert [p.locator for p in parsed.problems] == [
        "$.features[0]",
        "$.features[1]",
        "$.features[2]",
    ]
    assert all("Saved Places.json" in p.path for p in parsed.problems)
    assert len(parsed.of(LocationVisit)) == 1


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("Saved Places.json", b'{"type": "FeatureCollection", "features": []}', 0.6),
        (
            "x.json",
            b'{"type":"FeatureCollection","features":[{"properties":{"date":"",'
            b'"google_maps_url":""}}]}',
            1.0,
        ),
        ("x.json", b'{"type": "Feature"}', 0.0),
        (
            "Want to go.csv",
            b"Title,Note,URL,Tags,Comment\nA,,https://www.google.com/maps/x,,\n",
            0.9,
        ),
        ("x.csv", b"Date,Amount,Payee\n", 0.0),
    ],
)
def test_detect(name: str, data: bytes, expected: float) -> None:
    assert saved.detect(_file(name, data)) == expected


def test_no_other_source_claims_the_fixtures() -> None:
    for path in sorted(p for p in FOLDER.rglob("*") if p.is_file()):
        file = _file(path.name, path.read_bytes())
        mine = saved.detect(file)
        rivals = [s.FORMAT for s in SOURCES if s is not saved and s.detect(file) >= mine]
        assert not rivals, (path, rivals)
