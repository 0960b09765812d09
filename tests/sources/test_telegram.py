"""Telegram: real samples, both export layouts, text entities, time zones, streaming."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

from footprint.loading import Container, InputFile
from footprint.model import Contact, Message, ProblemCode, ProfileFact
from footprint.sources import telegram
from footprint.sources.base import ParseContext

from ..conftest import FIXTURES
from .chat_parse import parse_inputs

CTX = ParseContext()


def _file(name: str, data: bytes) -> InputFile:
    container = Container(display="(memory)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


def _messages(path: Path) -> list[Message]:
    result = parse_inputs([path])
    assert not result.problems, result.problems
    return [r for r in result.records if isinstance(r, Message)]


def test_realworld_single_and_batch(realworld: Path) -> None:
    for name in ("test_single_export.json", "test_batch_export.json"):
        messages = _messages(realworld / "telegram" / name)
        assert [m.actor for m in messages] == ["Author 1", "Author 2"]
        assert messages[0].text == "Minimal Message"
        assert messages[1].text == "Link:https://telegram.org/"
        assert messages[0].timestamp == datetime(2018, 12, 5, 10, 39, 10, tzinfo=UTC)
        assert not messages[0].tz_assumed
    batch = _messages(realworld / "telegram" / "test_batch_export.json")
    assert batch[0].locator == "$.chats.list[0].messages[0]"
    assert batch[0].conversation == "Chatname"


def test_text_entities_are_joined_with_link_targets() -> None:
    assert telegram.plain_text("plain") == "plain"
    assert (
        telegram.plain_text(
            ["a ", {"type": "bold", "text": "b"}, {"type": "text_link", "text": "c", "href": "u"}]
        )
        == "a bc (u)"
    )
    assert telegram.plain_text(None) == ""


def test_date_without_unixtime_assumes_the_zone() -> None:
    data = json.dumps(
        {"messages": [{"type": "message", "date": "2020-11-12T12:53:52", "from": "A", "text": "x"}]}
    ).encode()
    ctx = ParseContext(assumed_tz=datetime(2020, 1, 1).astimezone().tzinfo or UTC)
    (message,) = list(telegram.parse(_file("result.json", data), ctx))
    assert isinstance(message, Message)
    assert message.tz_assumed
    assert message.timestamp is not None
    assert message.timestamp.replace(tzinfo=None) == datetime(2020, 11, 12, 12, 53, 52)


def test_numeric_and_prefixed_sender_ids() -> None:
    data = json.dumps(
        {
            "messages": [
                {"type": "message", "date_unixtime": "1", "from": None, "from_id": 42, "text": ""},
                {"type": "message", "date_unixtime": "2", "from_id": "user7", "text": "hi"},
            ]
        }
    ).encode()
    first, second = list(telegram.parse(_file("result.json", data), CTX))
    assert isinstance(first, Message) and isinstance(second, Message)
    assert (first.actor, second.actor) == ("user42", "user7")


def test_full_account_fixture() -> None:
    result = parse_inputs([FIXTURES / "telegram" / "full_account"])
    assert not result.problems
    facts = {r.field: r.value for r in result.records if isinstance(r, ProfileFact)}
    assert facts["name"] == "Mara Quill"
    assert facts["phone"] == "+44 7700 900777"
    assert facts["username"] == "@maraquill"
    contacts = [r for r in result.records if isinstance(r, Contact)]
    assert [c.phone for c in contacts] == ["+44 7700 900123", "+44 7700 900888"]
    messages = [r for r in result.records if isinstance(r, Message)]
    assert {m.conversation for m in messages} == {"Tobin Vale", "Allotment Club"}
    service = next(m for m in messages if m.is_system)
    assert service.locator == "$.chats.list[1].messages[0]"
    assert service.text is not None and "Ivy Marsh" in service.text
    # In a one-to-one chat the owner's counterparty is the chat partner, and back.
    assert [m.counterparty for m in messages[:2]] == ["Mara Quill", "Tobin Vale"]


def test_service_call_and_media() -> None:
    result = parse_inputs([FIXTURES / "telegram" / "single_chat"])
    by_locator = {r.locator: r for r in result.records if isinstance(r, Message)}
    assert by_locator["$.messages[5]"].is_system
    assert by_locator["$.messages[5]"].media == "call"
    assert by_locator["$.messages[2]"].media == "photo"
    assert by_locator["$.messages[2]"].edited
    assert by_locator["$.messages[3]"].media == "voice_message"
    assert by_locator["$.messages[4]"].media == "lease_agreement_draft.pdf"


def test_truncated_file_keeps_earlier_messages() -> None:
    result = parse_inputs([FIXTURES / "telegram" / "broken"])
    assert [r.locator for r in result.records] == ["$.messages[0]", "$.messages[2]"]
    assert {p.locator for p in result.problems} == {
        "$.messages[0]",
        "$.messages[1]",
        "$.messages[3]",
    }


def test_detect_rejects_other_json() -> None:
    messenger = json.dumps({"participants": [], "messages": [{"sender_name": "a"}]}).encode()
    slack_day = json.dumps([{"type": "message", "ts": "1.0", "user": "U1"}]).encode()
    assert telegram.detect(_file("message_1.json", messenger)) == 0.0
    assert telegram.detect(_file("2020-01-01.json", slack_day)) == 0.0
    assert telegram.detect(_file("result.json", b"[]")) == 0.0


def test_non_object_top_level_is_empty_problem() -> None:
    items = list(telegram.parse(_file("result.json", b"[1, 2]"), CTX))
    assert len(items) == 1
    assert getattr(items[0], "code", None) == ProblemCode.EMPTY


def test_messages_are_streamed_not_loaded(tmp_path: Path) -> None:
    """A long chat parses with one message object alive at a time (smoke test on size)."""
    messages = [
        {
            "id": i,
            "type": "message",
            "date_unixtime": str(1_600_000_000 + i),
            "from": "A",
            "text": "x",
        }
        for i in range(5000)
    ]
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "Big", "type": "private_group", "messages": messages}))
    parsed = _messages(path)
    assert len(parsed) == 5000
    assert parsed[-1].locator == "$.messages[4999]"


def _chat(messages: list[dict[str, object]]) -> bytes:
    return json.dumps(
        {"name": "Bo Chen", "type": "personal_chat", "id": 42, "messages": messages}
    ).encode()


def _message(number: int, sender: str, sender_id: str, text: str) -> dict[str, object]:
    return {
        "id": number,
        "type": "message",
        "date": f"2024-03-01T10:0{number}:00",
        "date_unixtime": str(1709287200 + 60 * number),
        "from": sender,
        "from_id": sender_id,
        "text": text,
    }


def test_personal_chat_exported_alone_knows_who_the_user_is() -> None:
    # One chat exported on its own names only the other person; the user is the
    # other sender, so the named person's messages are addressed to the user, also
    # those written before the user first answers.
    data = _chat(
        [
            _message(1, "Bo Chen", "user2", "are you there?"),
            _message(2, "Bo Chen", "user2", "call me"),
            _message(3, "王小明", "user1", "在的"),
            _message(4, "Bo Chen", "user2", "ok"),
        ]
    )
    items = list(telegram.parse(_file("result.json", data), CTX))
    messages = [m for m in items if isinstance(m, Message)]
    assert [(m.locator, m.actor, m.counterparty) for m in messages] == [
        ("$.messages[0]", "Bo Chen", "王小明"),
        ("$.messages[1]", "Bo Chen", "王小明"),
        ("$.messages[2]", "王小明", "Bo Chen"),
        ("$.messages[3]", "Bo Chen", "王小明"),
    ]


def test_personal_chat_where_the_user_never_wrote() -> None:
    data = _chat([_message(1, "Bo Chen", "user2", "hello?")])
    messages = [
        m for m in telegram.parse(_file("result.json", data), CTX) if isinstance(m, Message)
    ]
    assert [(m.actor, m.counterparty) for m in messages] == [("Bo Chen", None)]


def test_poll_keeps_its_question_and_answers() -> None:
    message = _message(1, "Bo Chen", "user2", "")
    message["poll"] = {
        "question": "午饭吃什么?",
        "closed": False,
        "total_voters": 2,
        "answers": [{"text": "面", "voters": 1, "chosen": True}, {"text": "饭", "voters": 1}],
    }
    [record] = [m for m in telegram.parse(_file("result.json", _chat([message])), CTX)]
    assert isinstance(record, Message)
    assert (record.media, record.text) == ("poll", "午饭吃什么?\n面\n饭")
