"""Mastodon: duplicate orderedItems, direct messages, HTML to text, actor profile."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from footprint.model import Activity, Message, Post, ProfileFact
from footprint.sources.mastodon import html_to_text

from ..conftest import FIXTURES
from .social_helpers import parse_inputs, write

FOLDER = FIXTURES / "mastodon"
CONTEXT = '"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection"'


def _note(number: int, to: list[str], cc: list[str]) -> dict[str, object]:
    return {
        "type": "Create",
        "actor": "https://social.example/users/kai",
        "published": f"2023-06-0{number}T08:00:00Z",
        "to": to,
        "cc": cc,
        "object": {"type": "Note", "content": f"<p>note {number}</p>"},
    }


def test_items_after_an_empty_first_ordereditems_are_read() -> None:
    parsed = parse_inputs(FOLDER / "outbox.json")
    locators = [r.locator for r in parsed.records]
    assert locators == [
        "$.orderedItems[0].object",
        "$.orderedItems[1].object",
        "$.orderedItems[2].object",
        "$.orderedItems[3]",
        "$.orderedItems[4].object",
    ]


def test_both_non_empty_occurrences_are_read_with_distinct_locators(tmp_path: Path) -> None:
    public = ["https://www.w3.org/ns/activitystreams#Public"]
    first = json.dumps([_note(1, public, [])])
    second = json.dumps([_note(2, public, []), _note(3, public, [])])
    path = write(
        tmp_path, "outbox.json", f'{{{CONTEXT}, "orderedItems": {first}, "orderedItems": {second}}}'
    )
    posts = parse_inputs(path).of(Post)
    assert [(p.locator, p.text) for p in posts] == [
        ("$.orderedItems[0].object", "note 1"),
        ("$.orderedItems#2[0].object", "note 2"),
        ("$.orderedItems#2[1].object", "note 3"),
    ]


def test_direct_message_versus_posts() -> None:
    parsed = parse_inputs(FOLDER / "outbox.json")
    (dm,) = parsed.of(Message)
    assert dm.actor == "@kai@social.example"
    assert dm.counterparty == "@lena@other.example"
    assert dm.text == "@lena my new number is +49 170 0000777"
    assert dm.media == "/media_attachments/files/1/original/a.jpg"
    posts = parsed.of(Post)
    # Followers-only with a mention in cc is a post (a reply), not a message.
    reply = next(p for p in posts if p.post_type == "reply")
    assert reply.text == "health\n\n@lena my knee still hurts\nphysio on Monday"
    assert reply.timestamp == datetime(2023, 6, 2, 9, 30, tzinfo=UTC)
    (boost,) = parsed.of(Activity)
    assert boost.activity_type == "boost"


@pytest.mark.parametrize(
    ("to", "cc", "kind"),
    [
        (["https://other.example/users/lena"], [], Message),
        (["https://a.example/users/x", "https://b.example/users/y"], [], Message),
        (["https://www.w3.org/ns/activitystreams#Public"], [], Post),
        (["https://social.example/users/kai/followers"], [], Post),
        (
            ["https://other.example/users/lena"],
            ["https://social.example/users/kai/followers"],
            Post,
        ),
    ],
)
def test_addressing_decides_message_or_post(
    tmp_path: Path, to: list[str], cc: list[str], kind: type
) -> None:
    path = write(
        tmp_path, "outbox.json", f'{{{CONTEXT}, "orderedItems": {json.dumps([_note(1, to, cc)])}}}'
    )
    (record,) = parse_inputs(path).records
    assert type(record) is kind


def test_html_to_text() -> None:
    html = '<p>One &amp; <a href="https://x.example">two</a></p><p>three<br/>four</p>'
    assert html_to_text(html) == "One & two\n\nthree\nfour"
    assert html_to_text("plain") == "plain"
    assert html_to_text("<p>unclosed <b>tag") == "unclosed tag"


def test_actor_profile_and_likes() -> None:
    parsed = parse_inputs(FOLDER)
    facts = {(f.field, f.value) for f in parsed.of(ProfileFact)}
    assert ("username", "kai") in facts
    assert ("display_name", "Kai Moreno") in facts
    assert ("bio", "Runner. Data nerd.\nMunich soon.") in facts
    assert ("profile_field", "Website: kai.example") in facts
    kinds = sorted(a.activity_type for a in parsed.of(Activity))
    assert kinds == ["bookmark", "boost", "like"]


def test_truncated_outbox_keeps_what_came_before() -> None:
    parsed = parse_inputs(FOLDER / "broken")
    assert len(parsed.of(Post)) == 1
    (problem,) = parsed.problems
    assert problem.locator == "$.orderedItems[1]"
