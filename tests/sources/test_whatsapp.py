"""WhatsApp: date orders, clocks, system lines, and the real-world samples."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from footprint.config import Settings
from footprint.model import Message
from footprint.scan import scan

UTC_SETTINGS = Settings(assumed_timezone="UTC")


def _messages(path: Path) -> list[Message]:
    result = scan([path], UTC_SETTINGS, None)
    assert not result.problems, result.problems
    return [r for r in result.records if isinstance(r, Message)]


@pytest.mark.parametrize("name", ["test_ddmmyy_24hrs.txt", "test_mmddyyyy_12hrs.txt"])
def test_realworld_android(realworld: Path, name: str) -> None:
    messages = _messages(realworld / "whatsapp_android" / name)
    assert len(messages) == 9
    authors = [m.actor for m in messages]
    assert authors == [
        "John Doe",
        "John Doe",
        "Jahn Doe",
        "John-John Doe",
        None,
        None,
        "John Doe 🤓",
        "🤓",
        "John Doe",
    ]
    stamps = [m.timestamp.replace(tzinfo=None) for m in messages if m.timestamp]
    assert stamps[0] == datetime(2019, 1, 1, 11, 25)
    assert stamps[2] == datetime(2019, 1, 30, 20, 49)
    assert stamps[4] == datetime(2020, 6, 20, 0, 8)
    assert stamps[-1] == datetime(2021, 12, 30, 22, 1)
    assert (
        messages[2].text == "Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero."
    )
    assert messages[3].text == "Lorem ipsum : dolor sit amet."
    assert messages[4].is_system and messages[4].text == '+12 345 578 created group "Groupname"'
    assert messages[5].is_system and messages[5].text == "You were added"
    assert all(m.tz_assumed for m in messages)


def test_realworld_ios(realworld: Path) -> None:
    messages = _messages(realworld / "whatsapp_ios" / "_chat.txt")
    assert len(messages) == 19
    assert messages[0].is_system and messages[0].actor is None
    assert messages[1].is_system
    by_line = {m.locator: m for m in messages}
    assert by_line["line 5"].text == "Someone else\nwith a lot to say\nover multiple lines!"
    assert by_line["line 8"].media == "some-image.jpg"
    assert by_line["line 10"].deleted
    assert by_line["line 12"].media == "some-doc.pdf" and by_line["line 12"].text is None
    assert by_line["line 13"].media == "poll"
    assert by_line["line 18"].media == "location" and by_line["line 18"].text is None
    assert by_line["line 20"].media == "missed voice call" and not by_line["line 20"].is_system
    assert by_line["line 21"].media == "video call"
    assert by_line["line 19"].media == "image"
    assert by_line["line 23"].edited and by_line["line 23"].text == "An edited message"
    assert by_line["line 24"].actor == "Persona español"
    assert by_line["line 24"].timestamp is not None
    assert by_line["line 24"].timestamp.year == 2025


def test_day_first_decided_by_whole_file(tmp_path: Path) -> None:
    chat = tmp_path / "WhatsApp Chat with Ann.txt"
    chat.write_text(
        "01/02/2024, 10:00 - Ann: first line is ambiguous\n"
        "05/02/2024, 10:00 - Ann: still ambiguous\n"
        "25/02/2024, 10:00 - Ann: day 25 settles it\n",
        encoding="utf-8",
    )
    messages = _messages(chat)
    assert messages[0].timestamp is not None
    assert (messages[0].timestamp.month, messages[0].timestamp.day) == (2, 1)


def test_month_first_with_narrow_nbsp_pm(tmp_path: Path) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text(
        "12/25/23, 9:05\u202fPM - Bo: merry\n12/26/23, 12:00\u00a0AM - Bo: midnight\n",
        encoding="utf-8",
    )
    messages = _messages(chat)
    assert [m.timestamp.replace(tzinfo=None) for m in messages if m.timestamp] == [
        datetime(2023, 12, 25, 21, 5),
        datetime(2023, 12, 26, 0, 0),
    ]
