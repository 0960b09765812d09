"""Google My Activity: activity types from English and German titles, redirects,
locations, and the HTML default export claimed."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest

from footprint.loading import Container, InputFile
from footprint.model import Activity, LocationPoint, ProblemCode, split_items
from footprint.sources import google_activity
from footprint.sources.base import ParseContext
from footprint.sources.registry import classify

CTX = ParseContext()


def _file(name: str, data: bytes) -> InputFile:
    container = Container(display="(memory)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


@pytest.mark.parametrize(
    ("title", "url", "kind", "subject"),
    [
        ("Searched for cheap flights", None, "search", "cheap flights"),
        ("Visited Example – Home", None, "visit", "Example – Home"),
        ("Watched Cat video", None, "watch", "Cat video"),
        ("Viewed Fictional Hotel", None, "view", "Fictional Hotel"),
        ("Listened to Fictional Podcast", None, "listen", "Fictional Podcast"),
        ("Used Google Maps", None, "use", "Google Maps"),
        ("Gesucht nach: Wetter morgen", None, "search", "Wetter morgen"),
        ("Gesucht nach Wetter morgen", None, "search", "Wetter morgen"),
        ("Nach Wetter morgen gesucht", None, "search", "Wetter morgen"),
        ("Besucht: Beispiel GmbH", None, "visit", "Beispiel GmbH"),
        ("Beispiel GmbH besucht", None, "visit", "Beispiel GmbH"),
        ("Angesehen: Gitarre lernen", None, "watch", "Gitarre lernen"),
        ("Gitarre lernen angesehen", None, "watch", "Gitarre lernen"),
        ("Google Maps verwendet", None, "use", "Google Maps"),
        # An unknown language: the link tells what happened.
        (
            "Vous avez regardé X",
            "https://www.youtube.com/watch?v=a",
            "watch",
            "Vous avez regardé X",
        ),
        ("Buscaste x", "https://www.google.com/search?q=x", "search", "Buscaste x"),
        ("Something else", "https://example.com/", "other", "Something else"),
    ],
)
def test_activity_type_from_title(title: str, url: str | None, kind: str, subject: str) -> None:
    assert google_activity.classify(title, url) == (kind, subject)


def test_redirect_is_unwrapped_to_the_page() -> None:
    wrapped = "https://www.google.com/url?q=https://shop.example.com/cart%3Fid%3D7&usg=AOv"
    assert google_activity.target_url(wrapped) == "https://shop.example.com/cart?id=7"
    assert google_activity.target_url("https://www.google.com/url?q=javascript:x") == (
        "https://www.google.com/url?q=javascript:x"
    )
    assert google_activity.target_url("https://example.com/") == "https://example.com/"


def test_entry_with_location_and_channel() -> None:
    data = json.dumps(
        [
            {
                "header": "YouTube",
                "title": "Watched Budgeting 101",
                "titleUrl": "https://www.youtube.com/watch?v=abc",
                "subtitles": [{"name": "Fictional Channel", "url": "https://www.youtube.com/c/x"}],
                "time": "2024-01-09T22:40:10.500Z",
                "products": ["YouTube"],
                "locationInfos": [
                    {
                        "name": "At this general area",
                        "url": "https://www.google.com/maps/@?api=1&map_action=map&center=48.137400,11.575500&zoom=11",
                        "source": "From your IP address",
                    },
                    {"name": "Near a street", "source": "From your device"},
                ],
            }
        ]
    ).encode()
    records, problems = split_items(google_activity.parse(_file("MyActivity.json", data), CTX))
    assert not problems
    activity, location = records
    assert isinstance(activity, Activity) and isinstance(location, LocationPoint)
    assert activity.activity_type == "watch"
    assert activity.counterparty == "YouTube"
    assert activity.text == "Budgeting 101\nFictional Channel"
    assert activity.timestamp == datetime(2024, 1, 9, 22, 40, 10, 500000, tzinfo=UTC)
    assert (location.lat, location.lon) == (48.1374, 11.5755)
    assert location.text == "From your IP address"
    assert location.locator == "$[0].locationInfos[0]"


@pytest.mark.parametrize(
    "path",
    [
        "Takeout/My Activity/Search/MyActivity.html",
        "Takeout/My Activity/YouTube/My Activity.html",
        "Takeout/Meine Aktivitäten/Suche/MeineAktivitäten.html",
    ],
)
def test_html_my_activity_is_claimed(path: str) -> None:
    data = b'<html><body><div class="outer-cell">Searched for x</div></body></html>'
    detection = classify(_file(path, data))
    assert detection.format == "google_activity"


def test_takeout_index_page_stays_ignored() -> None:
    detection = classify(_file("Takeout/archive_browser.html", b"<html></html>"))
    assert detection.status == "ignored"


def test_german_file_is_claimed() -> None:
    data = b'[{"header": "Suche", "title": "Gesucht nach: x", "time": "2024-01-01T00:00:00Z"}]'
    detection = classify(_file("Takeout/Meine Aktivitäten/Suche/MeineAktivitäten.json", data))
    assert detection.format == "google_activity"


def test_empty_product_file_is_an_empty_problem() -> None:
    records, problems = split_items(google_activity.parse(_file("MyActivity.json", b"[]"), CTX))
    assert not records
    assert [problem.code for problem in problems] == [ProblemCode.EMPTY]
