"""Facebook: mojibake repaired everywhere, both layouts, inferences, Messenger left alone."""

from __future__ import annotations

import json
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footprint.config import Limits
from footprint.loading import load_inputs
from footprint.model import (
    Activity,
    Contact,
    LocationVisit,
    PlatformInference,
    Post,
    ProfileFact,
)
from footprint.sources._meta_json import repair_mojibake
from footprint.sources.registry import classify

from ..conftest import FIXTURES
from .social_helpers import parse_inputs, write

FOLDER = FIXTURES / "facebook"


def _mojibake(value: object) -> str:
    """JSON as Meta writes it: UTF-8 bytes escaped one per character."""
    return json.dumps(json.loads(json.dumps(value)), ensure_ascii=False).encode().decode("latin-1")


def test_every_string_is_repaired() -> None:
    parsed = parse_inputs(FOLDER)
    texts = [r.text for r in parsed.of(Post)]
    assert "Frohes neues Jahr aus München! Jørgen sagt hallo." in texts
    assert "Sommer in Malmö ☀️" in texts
    assert "Bis später 👋" in texts
    for record in parsed.records:
        for value in (record.text, getattr(record, "value", None), getattr(record, "name", None)):
            assert value is None or "Ã" not in value, value


def test_old_and_2024_posts_with_places_and_upload_ips() -> None:
    parsed = parse_inputs(FOLDER)
    visits = parsed.of(LocationVisit)
    assert {(v.place_name, v.lat, v.lon) for v in visits} == {
        ("Café Zentral", 48.1372, 11.5756),
        ("Stadtbibliothek", 48.15, 11.58),
    }
    uploads = {a.ip: a for a in parsed.of(Activity) if a.activity_type == "upload"}
    assert set(uploads) == {"198.51.100.23", "203.0.113.7"}
    # A video's own upload time wins over the post's.
    assert uploads["203.0.113.7"].timestamp == datetime(2024, 6, 1, 10, 0, 8, tzinfo=UTC)
    link = next(p for p in parsed.of(Post) if p.url and p.post_type == "post")
    assert link.url == "https://news.example.org/article/42" and link.text == "Worth reading"
    assert all(not p.tz_assumed for p in parsed.of(Post))


def test_comments_name_whom_they_answer() -> None:
    comments = [p for p in parse_inputs(FOLDER).of(Post) if p.post_type == "comment"]
    by_target = {c.in_reply_to: c for c in comments}
    assert by_target["Søren Berg"].text == "Glückwunsch, Søren!"
    assert by_target["Søren Berg"].actor == "Ana Lindqvist"
    assert by_target["Mia Chen"].url == "https://media.example.net/party.gif"


def test_profile_facts_and_family_as_contacts() -> None:
    parsed = parse_inputs(FOLDER / "facebook-2021")
    facts = {(f.field, f.value) for f in parsed.of(ProfileFact)}
    assert {
        ("name", "Ana Lindqvist"),
        ("email", "ana.lindqvist@example.com"),
        ("email", "ana.l@example.org"),
        ("phone", "+49 170 0000555"),
        ("birthday", "1992-03-14"),
        ("current_city", "München, Germany"),
        ("hometown", "Göteborg, Sweden"),
        ("relationship", "In a relationship with Søren Berg"),
        ("family_member", "Elsa Lindqvist (Sister)"),
    } <= facts
    contacts = {(c.name, c.text) for c in parsed.of(Contact) if "profile" in c.path}
    assert contacts == {("Søren Berg", "partner"), ("Elsa Lindqvist", "Sister")}


def test_friends_and_requests_in_both_layouts() -> None:
    parsed = parse_inputs(FOLDER)
    friends = {(c.name, c.text) for c in parsed.of(Contact) if "friends" in c.path}
    assert friends == {
        ("Jørgen Hald", "friend"),  # friends/friends.json, "friends"
        ("Mia Chen", "friend"),
        ("Tom Becker", "friend request received"),
        ("Ana Lindqvist", "friend"),  # connections/friends/your_friends.json, "friends_v2"
        ("Sören Berg", "friend"),
        ("Lena Vogel", "friend request sent"),
        ("Karl Ex", "removed friend"),
        ("Unknown Sender", "friend request rejected"),
    }
    mia = next(c for c in parsed.of(Contact) if c.name == "Mia Chen" and c.text == "friend")
    assert mia.email == "mia.chen@example.com"
    assert mia.timestamp == datetime(2020, 1, 1, tzinfo=UTC)
    problems = {(p.path.rsplit("/", 1)[-1], p.locator) for p in parsed.problems}
    assert ("your_friends.json", "$.friends_v2[2]") in problems  # no name
    assert ("rejected_friend_requests.json", "$.rejected_requests_v2[0]") in problems


def test_suggestions_are_ignored_not_unrecognised(tmp_path: Path) -> None:
    write(tmp_path, "connections/friends/people_you_may_know.json", '{"label_values": []}')
    write(tmp_path, "connections/friends/your_friends.json", '{"friends_v2": []}')
    with ExitStack() as stack:
        files = {f.path: classify(f) for f in load_inputs([tmp_path], Limits(), stack).files}
    assert files["connections/friends/people_you_may_know.json"].status == "ignored"
    assert files["connections/friends/your_friends.json"].format == "facebook"


def test_platform_inferences() -> None:
    inferences = parse_inputs(FOLDER).of(PlatformInference)
    by_category: dict[str, set[str]] = {}
    for inference in inferences:
        by_category.setdefault(inference.category, set()).add(inference.value)
    assert by_category["ad_interest"] == {
        "Hiking",
        "Coffee",
        "Kinderwagen & Babyschalen",
        "Parenting",
        "Running",
    }
    assert by_category["advertiser"] == {
        "Example Möbelhaus GmbH",
        "Acme Insurance",
        "Café Zentral",
        "Quiet Brand",
    }
    assert by_category["off_facebook_activity"] == {
        "shop.example.com",
        "Fitness Tracker Pro",
        "Periodentracker",
    }
    purchase = next(i for i in inferences if i.text == "PURCHASE")
    assert purchase.timestamp == datetime(2023, 10, 25, 22, 21, tzinfo=UTC)
    assert by_category["friend_peer_group"] == {"Established Adult Life"}


def test_messenger_threads_are_not_claimed(tmp_path: Path) -> None:
    thread = {
        "participants": [{"name": "Ana Lindqvist"}, {"name": "Søren Berg"}],
        "messages": [
            {"sender_name": "Søren Berg", "timestamp_ms": 1704103200000, "content": "Hej"}
        ],
        "title": "Søren Berg",
    }
    for root in ("messages/inbox", "your_facebook_activity/messages/inbox"):
        write(tmp_path, f"{root}/sorenberg_1/message_1.json", _mojibake(thread))
    write(tmp_path, "posts/your_posts_1.json", _mojibake([{"timestamp": 1, "data": []}]))
    parsed = parse_inputs(tmp_path)
    assert parsed.formats["posts/your_posts_1.json"] == "facebook"
    for path, fmt in parsed.formats.items():
        if "/messages/" in f"/{path}":
            assert fmt != "facebook", path


def test_renamed_file_found_by_its_root_key(tmp_path: Path) -> None:
    write(tmp_path, "download/interests.json", json.dumps({"topics_v2": ["Chess"]}))
    parsed = parse_inputs(tmp_path)
    assert parsed.formats["download/interests.json"] == "facebook"
    assert [i.value for i in parsed.of(PlatformInference)] == ["Chess"]


def test_a_bom_does_not_stop_the_parse(tmp_path: Path) -> None:
    body = json.dumps({"comments_v2": [{"timestamp": 1704600000, "title": "x"}]})
    write(tmp_path, "comments_and_reactions/comments.json", b"\xef\xbb\xbf" + body.encode())
    parsed = parse_inputs(tmp_path)
    assert [p.text for p in parsed.of(Post)] == ["x"]
    assert not parsed.problems


@given(st.text(min_size=1, max_size=40))
def test_repair_round_trips_any_text(text: str) -> None:
    assert repair_mojibake(text.encode("utf-8").decode("latin-1")) == text


@pytest.mark.parametrize(
    ("stored", "meant"),
    [
        # A file a tool re-saved after repairing only some characters: each broken
        # run is repaired on its own, the text already right stays as it is.
        ("\u00c3\u009atero chega a coçar", "Útero chega a coçar"),
        ("também \u00f0\u009f\u0098\u0082", "também 😂"),
        ("中文 J\u00c3\u00b8rgen", "中文 Jørgen"),
        # Right already: Latin-1 letters and signs that are no UTF-8 sequence.
        ("São Paulo, 10°C, ½ price", "São Paulo, 10°C, ½ price"),
        ("naïve café 中文", "naïve café 中文"),
    ],
)
def test_partly_repaired_strings(stored: str, meant: str) -> None:
    assert repair_mojibake(stored) == meant


@given(
    st.text(min_size=1, max_size=30),
    st.text(alphabet=st.characters(min_codepoint=0x100, max_codepoint=0x9FFF), min_size=1),
)
def test_mojibake_beside_correct_text_is_repaired(broken: str, correct: str) -> None:
    stored = broken.encode("utf-8").decode("latin-1") + " " + correct
    assert repair_mojibake(stored) == broken + " " + correct


def test_every_post_entry_is_a_post(tmp_path: Path) -> None:
    # Entries with only their time (content removed or left out of the export), or
    # with only the name of what was shared, are posts made then as well.
    posts = [
        {"timestamp": 1471859100, "attachments": [], "data": [{"update_timestamp": 1471859100}]},
        {
            "timestamp": 1291678600,
            "attachments": [{"data": [{"external_context": {"name": "Won a badge in Tile Town"}}]}],
            "data": [],
        },
        {"timestamp": 1397066400, "data": [{"post": "Best dumplings in town"}], "title": "x"},
    ]
    write(tmp_path, "posts/your_posts_1.json", _mojibake(posts))
    parsed = parse_inputs(tmp_path)
    assert [(p.locator, p.text) for p in parsed.of(Post)] == [
        ("$[0]", None),
        ("$[1]", "Won a badge in Tile Town"),
        ("$[2]", "Best dumplings in town"),
    ]
    assert parsed.of(Post)[0].timestamp == datetime(2016, 8, 22, 9, 45, tzinfo=UTC)


def test_likes_and_reactions_are_read() -> None:
    parsed = parse_inputs(FIXTURES / "facebook" / "facebook-2024")
    likes = [a for a in parsed.of(Activity) if a.activity_type == "like"]
    assert [(a.title, a.actor, a.text) for a in likes] == [
        ("like", "Zoë Hartley", "Zoë Hartley liked Priya Nair's post."),
        ("haha", "Zoë Hartley", "Zoë Hartley reacted to Leeds Runners' video."),
    ]
    assert likes[0].timestamp == datetime(2024, 1, 8, 11, 6, 40, tzinfo=UTC)
