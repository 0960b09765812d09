"""Google My Activity in HTML (Takeout's default): entries read as a stream into the
JSON shape, dates in English and German forms with fixed zone offsets, and dates
not understood reported with the file and the entry."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footprint.loading import Container, InputFile
from footprint.model import Activity, LocationPoint, ProblemCode, split_items
from footprint.sources import _activity_html, google_activity
from footprint.sources.base import ParseContext

CTX = ParseContext()


def _zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def _file(name: str, data: bytes) -> InputFile:
    container = Container(display="(memory)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


def _cell(header: str, body: str, caption: str = "") -> str:
    return (
        '<div class="outer-cell mdl-cell mdl-cell--12-col"><div class="mdl-grid">'
        f'<div class="header-cell mdl-cell"><p class="mdl-typography--title">{header}<br></p></div>'
        f'<div class="content-cell mdl-cell mdl-typography--body-1">{body}</div>'
        '<div class="content-cell mdl-cell mdl-typography--text-right"></div>'
        f'<div class="content-cell mdl-cell mdl-typography--caption">{caption}</div>'
        "</div></div>"
    )


def _page(*cells: str) -> bytes:
    style = "<style>" + ".x{color:red}" * 2000 + "</style>"  # longer than one read
    return f"<html><head>{style}</head><body>{''.join(cells)}</body></html>".encode()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan 5, 2024, 10:22:33 AM GMT", datetime(2024, 1, 5, 10, 22, 33, tzinfo=UTC)),
        ("Jan 5, 2024, 10:22:33\u202fPM GMT", datetime(2024, 1, 5, 22, 22, 33, tzinfo=UTC)),
        ("Jan 5, 2024, 12:01:00 AM UTC", datetime(2024, 1, 5, 0, 1, tzinfo=UTC)),
        ("5 Jan 2024, 10:22:33 GMT", datetime(2024, 1, 5, 10, 22, 33, tzinfo=UTC)),
        ("Jan 5, 2024, 10:22:33 AM CET", datetime(2024, 1, 5, 10, 22, 33, tzinfo=_zone(1))),
        ("Jul 4, 2024, 1:02:03 PM PDT", datetime(2024, 7, 4, 13, 2, 3, tzinfo=_zone(-7))),
        ("Jan 5, 2024, 10:22:33 AM PST", datetime(2024, 1, 5, 10, 22, 33, tzinfo=_zone(-8))),
        ("Jan 5, 2024, 10:22:33 AM GMT+01:00", datetime(2024, 1, 5, 10, 22, 33, tzinfo=_zone(1))),
        ("Jan 5, 2024, 10:22:33 AM GMT-5", datetime(2024, 1, 5, 10, 22, 33, tzinfo=_zone(-5))),
        ("Jan 5, 2024, 10:22:33 AM GMT+05:30", datetime(2024, 1, 5, 10, 22, 33, tzinfo=_zone(5.5))),
        ("September 30, 2023, 8:00:00 AM UTC", datetime(2023, 9, 30, 8, tzinfo=UTC)),
        ("05.01.2024, 10:22:33 MEZ", datetime(2024, 1, 5, 10, 22, 33, tzinfo=_zone(1))),
        ("12.07.2024, 08:15:00 MESZ", datetime(2024, 7, 12, 8, 15, tzinfo=_zone(2))),
        ("5. Jan. 2024, 10:22:33 MEZ", datetime(2024, 1, 5, 10, 22, 33, tzinfo=_zone(1))),
        ("3. März 2024, 10:22:33 MEZ", datetime(2024, 3, 3, 10, 22, 33, tzinfo=_zone(1))),
        ("Jan 5, 2024, 10:22 AM", datetime(2024, 1, 5, 10, 22)),  # no zone: naive
        ("Jan 5, 2024, 10:22:33 AM XYZ", None),  # unknown abbreviation: never guessed
        ("Jan 5, 2024, 10:22:33 AM IST", None),  # ambiguous abbreviation
        ("Foo 5, 2024, 10:22:33 AM GMT", None),
        ("Feb 30, 2024, 10:22:33 AM GMT", None),
        ("Jan 5, 2024, 13:22:33 PM GMT", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_date_forms(text: str, expected: datetime | None) -> None:
    assert _activity_html.read_date(text) == expected


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from([("GMT", 0), ("CET", 1), ("PST", -8), ("MESZ", 2), ("GMT+09:00", 9)]),
)
def test_written_dates_read_back(moment: datetime, zone: tuple[str, int]) -> None:
    moment = moment.replace(microsecond=0, tzinfo=_zone(zone[1]))
    hour12 = moment.hour % 12 or 12
    ampm = "AM" if moment.hour < 12 else "PM"
    us = f"{moment:%b} {moment.day}, {moment.year}, {hour12}:{moment:%M:%S} {ampm} {zone[0]}"
    de = f"{moment:%d.%m.%Y, %H:%M:%S} {zone[0]}"
    assert _activity_html.read_date(us) == moment
    assert _activity_html.read_date(de) == moment


def test_entries_become_activities_and_locations() -> None:
    data = _page(
        _cell(
            "YouTube",
            'Watched&nbsp;<a href="https://www.youtube.com/watch?v=a">A &amp; B</a><br>'
            '<a href="https://www.youtube.com/channel/c">Channel</a><br>'
            "Jan 5, 2024, 10:22:33 AM CET<br>",
            "<b>Products:</b><br>&emsp;YouTube<br><b>Locations:</b><br>&emsp;At "
            '<a href="https://www.google.com/maps/@?api=1&amp;center=52.5,13.4">this area</a>'
            " - From your places (Home)<br>",
        ),
        _cell(
            "Search",
            'Searched for <a href="https://www.google.com/url?q=https://x.test/">'
            "x</a><br>5 Jan 2024, 11:00:00 GMT<br>",
        ),
    )
    file = _file("Takeout/YouTube and YouTube Music/history/watch-history.html", data)
    assert google_activity.detect(file) == 1.0
    records, problems = split_items(google_activity.parse(file, CTX))
    assert not problems
    watch, location, search = records
    assert isinstance(watch, Activity) and isinstance(location, LocationPoint)
    assert isinstance(search, Activity)
    assert (watch.activity_type, watch.text, watch.counterparty) == (
        "watch",
        "A & B\nChannel",
        "YouTube",
    )
    assert watch.url == "https://www.youtube.com/watch?v=a"
    assert watch.timestamp == datetime(2024, 1, 5, 9, 22, 33, tzinfo=UTC)
    assert watch.locator == "div.outer-cell[0]"
    assert (location.lat, location.lon, location.text) == (52.5, 13.4, "From your places (Home)")
    assert location.locator == "div.outer-cell[0].locationInfos[0]"
    assert (search.activity_type, search.text, search.url) == ("search", "x", "https://x.test/")


def test_malformed_entries_are_problems_and_the_rest_is_read() -> None:
    data = _page(
        _cell("Maps", "Used Maps<br>Someday in spring<br>"),
        _cell("Maps", "Searched for nothing dated<br>"),
        _cell("Maps", ""),
        _cell("Maps", "Used Maps<br>Jan 5, 2024, 10:22:33 AM GMT<br>"),
        '<div class="outer-cell"><div class="content-cell">Visited truncated',  # cut file
    )
    file = _file("Takeout/My Activity/Maps/MyActivity.html", data)
    records, problems = split_items(google_activity.parse(file, CTX))
    assert [r.locator for r in records] == ["div.outer-cell[3]"]
    assert [(p.path, p.locator, p.code) for p in problems] == [
        (file.display, "div.outer-cell[0]", ProblemCode.MALFORMED),
        (file.display, "div.outer-cell[1]", ProblemCode.MALFORMED),
        (file.display, "div.outer-cell[2]", ProblemCode.MALFORMED),
    ]
    assert "Someday in spring" in str(problems[0].detail)


def test_page_without_entries_is_an_empty_problem() -> None:
    file = _file("Takeout/My Activity/Maps/MyActivity.html", b"<html><body></body></html>")
    records, problems = split_items(google_activity.parse(file, CTX))
    assert not records
    assert [p.code for p in problems] == [ProblemCode.EMPTY]


def test_result_does_not_depend_on_the_machine_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    data = _page(_cell("Search", "Searched for x<br>Jan 5, 2024, 10:22:33 AM PST<br>"))
    seen = []
    for zone in ("UTC", "Asia/Shanghai", "America/New_York"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        records, _ = split_items(google_activity.parse(_file("MyActivity.html", data), CTX))
        seen.append(records[0].timestamp)
    monkeypatch.delenv("TZ")
    time.tzset()
    assert len(set(seen)) == 1
    assert seen[0] == datetime(2024, 1, 5, 18, 22, 33, tzinfo=UTC)


def test_shapes_seen_in_public_exports() -> None:
    data = _page(
        # An answer after the date (Gemini), no <br> after the date, a date over lines.
        _cell(
            "Gemini Apps",
            'Prompted <a href="https://gemini.test/app/1">budget tips</a><br>'
            "Apr 12, 2026, 3:34:31 PM EDT<p>Here is an answer.</p>",
            "<b>Products:</b><br>&emsp;Gemini Apps",
        ),
        _cell(
            "Maps",
            'Directions to <a href="https://www.google.com/maps/dir//1,2">Fictional Street 1</a>'
            "<br>Current location<br>Jul 3,\n   2026, 1:18:25 PM EDT",
            "<b>Products:</b><br>&emsp;Maps<br><b>Locations:</b><br>&emsp;At "
            '<a href="https://www.google.com/maps/@?api=1&amp;center=39.12,-84.59">this area'
            '</a> - From <a href="https://support.test/1">your places</a> (Home)<br>'
            "<b>Why is this here?</b><br>&emsp;This activity was saved because a setting was on",
        ),
    )
    records, problems = split_items(google_activity.parse(_file("MyActivity.html", data), CTX))
    assert not problems
    gemini, maps, place = records
    assert isinstance(gemini, Activity) and isinstance(maps, Activity)
    assert gemini.title == "Prompted budget tips"  # the answer is not part of the title
    assert gemini.timestamp == datetime(2026, 4, 12, 19, 34, 31, tzinfo=UTC)
    assert maps.text == "Directions to Fictional Street 1\nCurrent location"
    assert isinstance(place, LocationPoint)
    assert (place.lat, place.lon, place.text) == (39.12, -84.59, "From your places (Home)")


@given(st.integers(min_value=1, max_value=400))
def test_any_chunking_reads_the_same(size: int) -> None:
    data = _page(
        _cell("Search", "Searched for a&amp;b<br>Jan 5, 2024, 10:22:33 AM GMT<br>"),
        _cell("Maps", "Gesucht nach: Ärztin<br>05.01.2024, 10:22:33 MEZ<br>"),
    )

    class Trickle(io.BytesIO):
        def read(self, n: int | None = -1) -> bytes:
            return super().read(min(size, n if n is not None and n >= 0 else size))

    entries = list(_activity_html.entries(Trickle(data)))
    assert [e.value["title"] for e in entries] == ["Searched for a&b", "Gesucht nach: Ärztin"]
    assert [e.when for e in entries] == [
        datetime(2024, 1, 5, 10, 22, 33, tzinfo=UTC),
        datetime(2024, 1, 5, 10, 22, 33, tzinfo=_zone(1)),
    ]
