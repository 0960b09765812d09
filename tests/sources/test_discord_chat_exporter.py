"""DiscordChatExporter JSON: server and DM channels, system messages, media, bad input."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from footprint.config import Settings
from footprint.loading import Container, InputFile
from footprint.model import Message, Problem
from footprint.scan import scan
from footprint.sources import discord_chat_exporter as dce
from footprint.sources.base import ParseContext
from footprint.sources.registry import classify

from ..conftest import FIXTURES

FOLDER = FIXTURES / "discord_chat_exporter"
UTC_SETTINGS = Settings(assumed_timezone="UTC")


def _memory_file(name: str, text: str) -> InputFile:
    data = text.encode("utf-8")
    container = Container(display="(memory)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


def _messages(name: str) -> list[Message]:
    result = scan([FOLDER / name], UTC_SETTINGS, None, analyse=False)
    return [r for r in result.records if isinstance(r, Message)]


def test_server_channel() -> None:
    messages = _messages("Example Server - general [100000000000000001].json")
    assert {m.conversation for m in messages} == {"Example Server #general"}
    assert [m.is_system for m in messages] == [True, False, False, True]
    join, edited, reply, _ = messages
    assert join.actor == "River" and join.text is None
    assert edited.edited and edited.timestamp == datetime(
        2024, 4, 1, 9, 5, 10, tzinfo=timezone(timedelta(hours=2))
    )
    assert not edited.tz_assumed
    assert reply.actor == "kit.example" and reply.media == "hours.jpg"


def test_direct_messages_in_chinese() -> None:
    messages = _messages("私信 - 小明 [100000000000000009].json")
    assert {m.conversation for m in messages} == {"小明"}
    assert [(m.actor, m.text, m.media, m.is_system) for m in messages] == [
        ("小明", "明天下午三点在人民医院门口见", None, False),
        ("lan.sample", None, "sticker", False),
        ("小明", "Started a call that lasted 11 minutes.", None, True),
    ]


def test_bad_timestamp_and_truncated_file_are_problems_naming_the_file() -> None:
    result = scan([FOLDER], UTC_SETTINGS, None, analyse=False)
    problems = sorted((Path(p.path).name, p.locator) for p in result.problems)
    assert problems == [
        ("Broken Server - chat [100000000000000010].json", "$.messages[1]"),
        ("私信 - 小明 [100000000000000009].json", "$.messages[3]"),
    ]
    kept = [m for m in result.records if isinstance(m, Message) and "Broken" in m.path]
    assert [m.text for m in kept] == ["first message survives"]


def test_naive_timestamps_get_the_assumed_zone() -> None:
    text = (
        '{"guild": {"name": "G"}, "channel": {"name": "c", "type": "GuildTextChat"},'
        ' "messages": [{"type": "Default", "timestamp": "2024-01-01T10:00:00",'
        ' "content": "hi", "author": {"name": "a"}}]}'
    )
    [message] = list(dce.parse(_memory_file("c.json", text), ParseContext.from_setting("UTC")))
    assert isinstance(message, Message) and message.tz_assumed
    assert message.timestamp is not None and message.timestamp.utcoffset() == timedelta(0)


def test_empty_channel_is_said() -> None:
    text = '{"guild": {"name": "G"}, "channel": {"name": "c"}, "messages": []}'
    [item] = list(dce.parse(_memory_file("c.json", text), ParseContext()))
    assert isinstance(item, Problem) and "no messages" in item.message


@pytest.mark.parametrize("fmt", ["discord", "messenger", "telegram", "slack", "instagram"])
def test_no_claim_on_other_chat_exports(fmt: str) -> None:
    for path in sorted((FIXTURES / fmt).rglob("*.json")):
        data = path.read_bytes()
        file = _memory_file(path.name, data.decode("utf-8", errors="replace"))
        assert dce.detect(file) == 0.0, path


def test_discord_package_does_not_claim_this_layout() -> None:
    for path in sorted(FOLDER.glob("*.json")):
        file = _memory_file(path.name, path.read_text(encoding="utf-8"))
        assert classify(file).format == "discord_chat_exporter", path
