"""WhatsApp: date orders, clocks, system lines, and the real-world samples."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from footprint.config import Limits, Settings
from footprint.loading import load_inputs
from footprint.model import LocationPoint, Message, Problem
from footprint.scan import scan
from footprint.sources import whatsapp
from footprint.sources.base import ParseContext
from footprint.store import ColumnStore, MixedBatch
from footprint.timezones import UNPLACED

from ..conftest import FIXTURES

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


# --- column-wise (what scan stores) against one object per message ----------------------

_ODD_CHAT = "\n".join(
    [
        "01/02/2021, 09:00 - Ana: hi",
        "01/02/2021, 09:01 - Ana: location: https://maps.google.com/?q=51.5,-0.12",
        "01/02/2021, 09:02 - Bo: see location: https://maps.google.com/?q=40.0,3.5 there",
        "31/02/2021, 09:03 - Bo: an impossible day",
        "01/02/2021, 25:03 - Bo: an impossible hour",
        "01/02/2021, 09:04 - Bo: bytes \ufffd lost",
        "second line",
        "01/02/2021, 09:05 - Ana added Bo",
        "01/02/2021, 09:06 - Ana: <Media omitted>",
        "01/02/2021, 09:07 - Ana: This message was deleted",
        "27/03/2022, 01:30 - Ana: in a London spring-forward gap",
        "30/10/2022, 01:30 - Ana: in a London fall-back overlap",
        "01/02/2021, 09:08 - Ana: location: https://maps.google.com/?q=1.5,2.5",
    ]
)


def _column_wise(path: Path, ctx: Any) -> tuple[list[Any], list[Any]]:
    with ExitStack() as stack:
        file = load_inputs([path], Limits(), stack).files[0]
        store: ColumnStore[Any] = ColumnStore(5)
        problems = []
        for item in whatsapp.parse_columns(file, ctx):
            if isinstance(item, MixedBatch):
                store.append_columns(item)
            elif isinstance(item, Problem):
                problems.append(item)
            else:
                store.append(item)
        return list(store), problems


def _objects(path: Path, ctx: Any) -> tuple[list[Any], list[Any]]:
    with ExitStack() as stack:
        file = load_inputs([path], Limits(), stack).files[0]
        items = list(whatsapp.parse(file, ctx))
    # Through a store too: it gives a wall time inside a spring-forward gap back as the
    # same instant written the zone's way, whichever way the records came in.
    return (
        list(ColumnStore.of([item for item in items if not isinstance(item, Problem)], 3)),
        [item for item in items if isinstance(item, Problem)],
    )


def _chats(realworld: Path, tmp_path: Path) -> list[Path]:
    odd = tmp_path / "WhatsApp Chat with Ana.txt"
    odd.write_text(_ODD_CHAT + "\n", encoding="utf-8")
    found = [odd, *sorted((FIXTURES / "whatsapp").glob("*.txt"))]
    found += sorted((Path(__file__).parent.parent / "data" / "whatsapp_i18n").glob("*.txt"))
    for folder in ("whatsapp_android", "whatsapp_ios"):
        found += sorted((realworld / folder).glob("*.txt"))
    return found


@pytest.mark.parametrize(
    "zone",
    [UNPLACED, ZoneInfo("Europe/London"), timezone(timedelta(hours=5, minutes=30))],
    ids=["unplaced", "london", "fixed"],
)
def test_column_wise_records_equal_the_objects(
    realworld: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zone: tzinfo
) -> None:
    monkeypatch.setattr(whatsapp, "DEFAULT_CHUNK_ROWS", 4)  # batches cut between shares
    ctx = ParseContext(assumed_tz=zone)
    for path in _chats(realworld, tmp_path):
        columns, column_problems = _column_wise(path, ctx)
        objects, object_problems = _objects(path, ctx)
        assert columns == objects, path.name
        assert [(r.timestamp.isoformat(), r.timestamp.tzinfo) for r in columns] == [
            (r.timestamp.isoformat(), r.timestamp.tzinfo) for r in objects
        ], path.name
        assert column_problems == object_problems, path.name
    assert any(isinstance(r, LocationPoint) for r in columns)


LRM = "\u200e"


def test_ios_calls_with_a_full_stop_keep_their_caller(tmp_path: Path) -> None:
    # Since 2023 iOS writes the outcome after a full stop ("Llamada. 39 s"); the
    # caller is the line's author, not a system line.
    chat = tmp_path / "_chat.txt"
    chat.write_text(
        f"[5/12/23, 23:25:02] Lía: {LRM}Llamada. {LRM}39 s\r\n"
        f"[8/12/23, 11:29:14] Tomás: {LRM}Llamada perdida. {LRM}Pulsar para volver a llamar\r\n"
        f"[8/12/23, 11:30:39] Lía: {LRM}Videollamada. {LRM}3 min\r\n"
        f"[9/12/23, 09:00:00] Tomás: {LRM}Missed voice call. {LRM}Tap to call back\r\n"
        f"[9/12/23, 09:01:00] Tomás: {LRM}Llamada. {LRM}Sin respuesta\r\n",
        encoding="utf-8",
    )
    messages = _messages(chat)
    assert [(m.actor, m.media, m.is_system) for m in messages] == [
        ("Lía", "voice call", False),
        ("Tomás", "missed voice call", False),
        ("Lía", "video call", False),
        ("Tomás", "missed voice call", False),
        ("Tomás", "voice call", False),
    ]


def test_message_deleted_by_an_admin_stays_the_senders(tmp_path: Path) -> None:
    chat = tmp_path / "_chat.txt"
    chat.write_text(
        f"[07/12/2023, 07:50:56] Nadia: {LRM}This message was deleted by admin ~\u202fRui.\r\n"
        f"[23/09/2024 14:27:50] Caio: {LRM}Mensagem apagada por um admin (você)\r\n"
        "[23/09/2024 14:28:00] Caio: This message was deleted by admin, says who?\r\n",
        encoding="utf-8",
    )
    messages = _messages(chat)
    assert [(m.actor, m.deleted, m.is_system) for m in messages] == [
        ("Nadia", True, False),
        ("Caio", True, False),
        ("Caio", False, False),  # typed by a person: no mark from the app
    ]


@pytest.mark.parametrize(
    ("line", "actor", "text"),
    [
        ('~\u202f"x" Vee: see you then', '~\u202f"x" Vee', "see you then"),
        ("Ann «Nana» B: hi: there", "Ann «Nana» B", "hi: there"),
        ("Jo „Jojo“ K: hallo", "Jo „Jojo“ K", "hallo"),
        # A colon inside a quoted group subject is no sender's colon.
        (
            'Ann changed the subject to "Plans: May"',
            None,
            'Ann changed the subject to "Plans: May"',
        ),
        ("Ann hat den Betreff zu „Plan: Mai“ geändert", None, None),
    ],
)
def test_quotes_in_sender_names(tmp_path: Path, line: str, actor: str | None, text: str) -> None:
    chat = tmp_path / "WhatsApp Chat with Ann.txt"
    chat.write_text(f"14/02/2024, 15:03 - {line}\n", encoding="utf-8")
    [message] = _messages(chat)
    assert message.actor == actor
    if text is not None:
        assert message.text == text


def test_blank_lines_at_the_end_are_not_text(tmp_path: Path) -> None:
    chat = tmp_path / "WhatsApp Chat with Ann.txt"
    chat.write_text(
        "31.10.2016, 12:20 - Ann: first\nsecond line\n\n31.10.2016, 12:23 - Bo: last\n\n\n",
        encoding="utf-8",
    )
    assert [m.text for m in _messages(chat)] == ["first\nsecond line", "last"]


def test_french_date_and_time_joined_by_a(tmp_path: Path) -> None:
    chat = tmp_path / "Discussion WhatsApp avec Julie.txt"
    chat.write_text(
        "12/03/2019 à 14:05 - Les messages et les appels sont chiffrés de bout en bout.\n"
        "12/03/2019 à 14:05 - Julie: Salut ! tu viens ce soir ?\n"
        "13/03/2019 à 09:07 - Léa Martin: Oui !! trop hâte\n",
        encoding="utf-8",
    )
    messages = _messages(chat)
    assert [(m.actor, m.is_system) for m in messages] == [
        (None, True),
        ("Julie", False),
        ("Léa Martin", False),
    ]
    assert messages[2].timestamp is not None
    assert messages[2].timestamp.replace(tzinfo=None) == datetime(2019, 3, 13, 9, 7)
