"""Messenger and Instagram DMs: mojibake, layouts, app detection, calls, reactions, samples."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from footprint.loading import Container, InputFile
from footprint.model import Message
from footprint.sources import messenger
from footprint.sources._meta_json import repair_mojibake, repair_text

from ..conftest import FIXTURES
from .chat_parse import parse_inputs


def _container(files: dict[str, bytes]) -> Container:
    container = Container(display="(memory)")
    for name, data in files.items():
        container.add(
            InputFile(
                path=name,
                display=name,
                size=len(data),
                _opener=lambda data=data: io.BytesIO(data),  # type: ignore[misc]
            )
        )
    return container


def _mojibake(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def test_realworld_instagram_sample(realworld: Path) -> None:
    result = parse_inputs([realworld / "instagram_dm" / "test_export.json"])
    assert not result.problems, result.problems
    assert set(result.formats().values()) == {"messenger"}
    messages = [r for r in result.records if isinstance(r, Message)]
    assert [m.actor for m in messages] == ["John Doe", "Jane Doe"]
    assert [m.text for m in messages] == ["Hello Jane!", "Hello John!"]
    assert messages[0].timestamp == datetime(2020, 1, 17, 20, 49, tzinfo=UTC)
    assert messages[0].counterparty == "Jane Doe"


def test_repair_mojibake() -> None:
    assert repair_text("J\u00c3\u00b8rgen") == "Jørgen"
    assert repair_text("Jørgen") == "Jørgen"  # already right: left alone
    assert repair_text("😀") == "😀"
    assert repair_mojibake({"a": ["caf\u00c3\u00a9", 3, None]}) == {"a": ["café", 3, None]}


@given(st.text())
def test_repair_undoes_meta_encoding(text: str) -> None:
    assert repair_text(_mojibake(text)) == text


def test_fixture_thread_is_repaired_and_complete() -> None:
    folder = FIXTURES / "messenger" / "facebook_2022"
    result = parse_inputs([folder])
    thread = [r for r in result.records if isinstance(r, Message) and "jorgenhald" in r.path]
    by_locator = {m.locator: m for m in thread}
    assert by_locator["$.messages[0]"].text == "Bis später 😀"
    reaction = by_locator["$.messages[0].reactions[0]"]
    assert (reaction.actor, reaction.counterparty, reaction.text, reaction.media) == (
        "Jørgen Hald",
        "Lena Brook",
        "❤",
        "reaction",
    )
    assert by_locator["$.messages[1]"].deleted
    assert by_locator["$.messages[2]"].media == "call"
    assert "125 s" in (by_locator["$.messages[2]"].text or "")
    assert "https://example.org/flat-listing" in (by_locator["$.messages[3]"].text or "")
    assert by_locator["$.messages[5]"].media == "Mietvertrag_Hald.pdf"
    assert all(m.conversation == "Jørgen Hald" for m in thread)


def test_app_from_2024_paths() -> None:
    result = parse_inputs([FIXTURES / "messenger"])
    conversations = {
        r.conversation for r in result.records if isinstance(r, Message) and r.conversation
    }
    assert "Instagram: Sam Rivers" in conversations
    assert "Messenger: Hiking crew ⛰" in conversations
    group = [r for r in result.records if isinstance(r, Message) and "hikingcrew" in r.path]
    assert [m.is_system for m in group] == [True, False, True, False]


def test_app_from_the_rest_of_an_old_layout_export() -> None:
    thread = json.dumps(
        {"participants": [{"name": "A"}], "messages": [{"sender_name": "A", "timestamp_ms": 1}]}
    ).encode()
    container = _container(
        {
            "ig/messages/inbox/a_1/message_1.json": thread,
            "ig/followers_and_following/followers_1.json": b"[]",
            "fb/messages/inbox/a_1/message_1.json": thread,
            "fb/friends_and_followers/friends.json": b"{}",
        }
    )
    assert messenger.platform(container.files["ig/messages/inbox/a_1/message_1.json"]) == (
        "Instagram"
    )
    assert messenger.platform(container.files["fb/messages/inbox/a_1/message_1.json"]) == (
        "Messenger"
    )


def test_detect_needs_message_content() -> None:
    container = _container(
        {
            "posts/your_posts_1.json": b'[{"timestamp": 1, "data": [{"post": "hi"}]}]',
            "result.json": b'{"messages": [{"type": "message", "date_unixtime": "1"}]}',
            "anything.json": b'{"messages": [{"sender_name": "A", "timestamp_ms": 5}]}',
        }
    )
    assert messenger.detect(container.files["posts/your_posts_1.json"]) == 0.0
    assert messenger.detect(container.files["result.json"]) == 0.0
    assert messenger.detect(container.files["anything.json"]) >= 0.5


def test_truncated_thread_keeps_participants_and_reports() -> None:
    result = parse_inputs([FIXTURES / "messenger" / "facebook_2022"])
    cut = [r for r in result.records if "cutoff_zz" in r.path]
    assert [m.locator for m in cut] == ["$.messages[0]"]
    assert cut[0].counterparty == "Lena Brook"
    assert {p.locator for p in result.problems} == {
        "$.messages[0]",
        "$.messages[1]",
        "$.messages[2]",
    }


def test_thread_re_saved_with_some_characters_repaired(tmp_path: Path) -> None:
    # A thread file a tool re-saved after repairing some characters only: the text
    # keeps its right characters and gets the broken ones back.
    thread = {
        "participants": [{"name": "Ana Sá"}, {"name": "Rui"}],
        "messages": [
            {
                "sender_name": "Ana S\u00c3\u00a1",
                "timestamp_ms": 1648516900000,
                "content": "\u00c3\u009altimo dia, coração \u00f0\u009f\u0098\u0082",
            }
        ],
    }
    folder = tmp_path / "your_instagram_activity" / "messages" / "inbox" / "ana_1"
    folder.mkdir(parents=True)
    (folder / "message_1.json").write_text(json.dumps(thread, ensure_ascii=False), encoding="utf-8")
    result = parse_inputs([tmp_path])
    [message] = [r for r in result.records if isinstance(r, Message)]
    assert (message.actor, message.text) == ("Ana Sá", "Último dia, coração 😂")
