"""LinkedIn: Notes preamble, both message layouts, dates with and without a zone."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

from footprint.config import Limits
from footprint.loading import load_inputs
from footprint.model import Contact, Message, Post, ProfileFact
from footprint.sources.registry import classify

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


def test_profile_facts() -> None:
    facts = parse_inputs(FOLDER / "Profile.csv").of(ProfileFact)
    assert {(f.field, f.value) for f in facts} == {
        ("name", "Kai Moreno"),
        ("address", "12 Example Road, Springfield"),
        ("birthday", "Mar 14"),
        ("headline", "Data engineer at Initech"),
        ("bio", "Builds pipelines; likes hiking, chess and quiet trains."),
        ("industry", "Software Development"),
        ("zip_code", "10115"),
        ("location", "Berlin, Germany"),
        ("twitter", "kai_moreno_example"),
        ("website", "https://kai.example.com"),
        ("website", "https://blog.kai.example.com"),
    }


def test_email_addresses_and_phone_numbers() -> None:
    emails = parse_inputs(FOLDER / "Email Addresses.csv").of(ProfileFact)
    assert [f.value for f in emails] == ["kai.moreno@example.com", "kai.old@example.org"]
    (phone,) = parse_inputs(FOLDER / "PhoneNumbers.csv").of(ProfileFact)
    assert (phone.field, phone.value) == ("phone", "+49 30 0000 0123")


def test_invitations_name_the_other_person() -> None:
    parsed = parse_inputs(FOLDER / "Invitations.csv")
    contacts = parsed.of(Contact)
    assert [(c.name, c.text) for c in contacts] == [
        ("Lena Vogel", "invitation sent"),
        ("Jordan Pike", "invitation received"),
        ("Sam Lee", "invitation sent"),
    ]
    assert contacts[0].timestamp == datetime(2024, 1, 29, 14, 37, tzinfo=UTC)
    assert contacts[0].tz_assumed
    assert contacts[1].handle == "https://www.linkedin.com/in/jordan-pike-example"
    (note,) = parsed.of(Message)
    assert (note.actor, note.counterparty) == ("Jordan Pike", "Kai Moreno")
    assert [p.locator for p in parsed.problems] == ["row 4", "row 5"]


def test_resume_sections_are_listed_as_ignored(tmp_path: Path) -> None:
    write(tmp_path, "Positions.csv", "Company Name,Title,Description,Location,Started On\n")
    write(tmp_path, "Invitations.csv", (FOLDER / "Invitations.csv").read_bytes())
    with ExitStack() as stack:
        files = {f.path: classify(f) for f in load_inputs([tmp_path], Limits(), stack).files}
    assert files["Positions.csv"].status == "ignored"
    assert files["Invitations.csv"].format == "linkedin"


def test_posts_and_comments_read_as_plain_text() -> None:
    parsed = parse_inputs(FOLDER)
    posts = sorted(parsed.of(Post), key=lambda p: p.timestamp or datetime.min.replace(tzinfo=UTC))
    assert [(p.post_type, p.text) for p in posts] == [
        ("post", "Our team’s paper on rail delays is out."),
        (
            "post",
            "Thrilled to start at Globex as a data engineer!\nThanks to everyone who helped & cheered.",
        ),
        ("comment", "Congratulations, Priya! Well deserved."),
    ]
    assert posts[1].url == (
        "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7100000000000000001"
    )


def test_html_messages_read_as_plain_text(tmp_path: Path) -> None:
    write(
        tmp_path,
        "messages.csv",
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER\n"
        '2-x,,Ann Lee,,Bo Chen,,2024-01-02 10:00:00 UTC,Hello,"<p>Hi Bo,</p><p>I&rsquo;d like to '
        'connect&nbsp;&amp; talk.<br>Ann</p>",INBOX\n',
    )
    [message] = parse_inputs(tmp_path).of(Message)
    assert message.text == "Hi Bo,\nI’d like to connect & talk.\nAnn"
