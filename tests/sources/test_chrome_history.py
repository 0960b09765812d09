"""Chrome history from Takeout: microsecond times, both file names, other Chrome files."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footprint.loading import Container, InputFile
from footprint.model import Activity, split_items
from footprint.sources import _google, chrome_history
from footprint.sources.base import ParseContext
from footprint.sources.registry import classify

CTX = ParseContext()
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _file(name: str, data: bytes) -> InputFile:
    container = Container(display="(memory)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


def _history(*entries: dict[str, object]) -> bytes:
    return json.dumps({"Browser History": list(entries)}).encode()


def test_visit_keeps_microseconds() -> None:
    data = _history(
        {"title": "Bank", "url": "https://bank.example.com/", "time_usec": 1704621342123456}
    )
    records, problems = split_items(chrome_history.parse(_file("History.json", data), CTX))
    assert not problems
    (visit,) = records
    assert isinstance(visit, Activity)
    assert visit.activity_type == "browse"
    assert visit.timestamp == datetime(2024, 1, 7, 9, 55, 42, 123456, tzinfo=UTC)
    assert visit.locator == '$["Browser History"][0]'
    assert (visit.title, visit.url, visit.text) == ("Bank", "https://bank.example.com/", "Bank")


@given(st.integers(min_value=0, max_value=4_000_000_000_000_000))
def test_epoch_microseconds_are_exact(usec: int) -> None:
    assert _google.epoch_time(usec, 1_000_000) == EPOCH + timedelta(microseconds=usec)


@pytest.mark.parametrize("raw", ["soon", None, True, 10**18, [1]])
def test_bad_times_are_problems(raw: object) -> None:
    data = _history({"title": "x", "url": "https://example.com/", "time_usec": raw})
    records, problems = split_items(chrome_history.parse(_file("History.json", data), CTX))
    assert not records
    assert [p.message for p in problems] == ["entry has no valid time_usec"]


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("Takeout/Chrome/BrowserHistory.json", "parsed"),
        ("Takeout/Chrome/History.json", "parsed"),
        ("Takeout/Chrome/Autofill.json", "ignored"),
        ("Takeout/Chrome/Bookmarks.html", "ignored"),
        ("Takeout/Chrome/SearchEngines.json", "ignored"),
        ("renamed.json", "parsed"),
    ],
)
def test_chrome_files(path: str, status: str) -> None:
    data = _history() if path.endswith(".json") else b"<html></html>"
    if "History" not in path and path != "renamed.json":
        data = b'{"Autofill": []}'
    detection = classify(_file(path, data))
    assert detection.status == status
    if status == "parsed":
        assert detection.format == "chrome_history"
