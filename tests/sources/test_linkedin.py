"""LinkedIn: Notes preamble, both message layouts, dates with and without a zone."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from footprint.model import Contact, Message

from ..conftest import FIXTURES
from .social_helpers import parse_inputs, write

FOLDER = FIXTURES / "linkedin"


def test_connections_after_the_notes() -> None:
    contacts = parse_inputs(FOLDER / "Connections.csv").of(Contact)
    assert [(c.locator, c.name, c.email, c.text) for c in contacts] == [
        ("row 5", "Priya Natarajan", "priya.n@example.com", "Engineering Manager at Globex"),
        ("row 6", "Tomás Reyes", None, "Recruiter at Initech"),
    ]
    assert contacts[0].handle == "https://www.linkedin.com/in/priya-natarajan-example"
    assert contacts[0].timestamp == datetime(2024, 1, 15, tzinfo=UTC)
    assert contacts[0].tz_assumed


def test_current_messages_layout_is_utc() -> None:
    messages = parse_inputs(FOLDER / "messages.csv").of(Message)
    first = messages[0]
    assert (first.actor, first.counterparty, first.conversation) == (
        "Tomás Reyes",
        "Kai Moreno",
        "Opportunity at Initech",
    )
    assert first.timestamp == datetime(2023, 5, 1, 14, 22, 10, tzinfo=UTC)
    assert not first.tz_assumed
    assert messages[1].conversation == "2-abc"  # no title, no subject: the id


def test_2018_layout_dates_are_local() -> None:
    messages = parse_inputs(FOLDER / "2018").of(Message)
    assert [(m.actor, m.text, m.tz_assumed) for m in messages] == [
        ("Priya Natarajan", "Great to meet you at the meetup.", True),
        ("Kai Moreno", "Sure - Thursday works.", True),
    ]
    assert messages[1].timestamp == datetime(2018, 1, 15, 11, 2, tzinfo=UTC)


def test_linkedin_and_reddit_messages_csv_do_not_mix(tmp_path: Path) -> None:
    reddit_text = (FIXTURES / "reddit" / "messages.csv").read_bytes()
    linkedin_text = (FOLDER / "messages.csv").read_bytes()
    write(tmp_path, "reddit/messages.csv", reddit_text)
    write(tmp_path, "linkedin/messages.csv", linkedin_text)
    parsed = parse_inputs(tmp_path)
    assert parsed.formats == {"reddit/messages.csv": "reddit", "linkedin/messages.csv": "linkedin"}
