"""DiscordChatExporter JSON: one channel or DM exported by the third-party tool.

Not Discord's own data package (see :mod:`footprint.sources.discord`): the tool
writes ``{"guild": {...}, "channel": {...}, "messages": [...]}``, each message with
``id``, ``type``, ``timestamp`` (ISO 8601 with the exporter's offset), ``content``,
``author`` (``name``, ``nickname``), ``attachments``, ``reactions`` and ``mentions``.
Messages of a type other than ``Default`` or ``Reply`` (members joining, pins,
calls, renamed channels) are system messages. The file can be large, so messages
are streamed with ijson, one at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import ijson

from footprint.loading import InputFile
from footprint.model import Message, ParseItem, ProblemCode
from footprint.sources.base import ParseContext, problem

FORMAT = "discord_chat_exporter"
LABEL = "DiscordChatExporter JSON (a channel or DM)"
CATEGORY = "chat"
# The tool names files after the server and channel (``Server - general [123].json``):
# nothing to match on, so content decides.
PATHS: tuple[str, ...] = ()
MULTI_FILE = False

_GUILD = re.compile(r'"guild"\s*:\s*\{')
_CHANNEL = re.compile(r'"channel"\s*:\s*\{')
_MESSAGES = re.compile(r'"messages"\s*:\s*\[')
_TOOL_KEYS = re.compile(r'"(?:exportedAt|dateRange|messageCount|timestampEdited|isPinned)"\s*:')
# Messages a person wrote; every other type is an event Discord posts.
_PERSON_TYPES = {"default", "reply"}
_DIRECT = {"directtextchat", "directgrouptextchat", "dm", "groupdm"}


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".json"):
        return 0.0
    head = file.json_head(16384).decode("utf-8", errors="ignore").lstrip(" \t\r\n")
    if not head.startswith("{"):
        return 0.0
    if _GUILD.search(head) and _CHANNEL.search(head) and _MESSAGES.search(head):
        return 0.95 if _TOOL_KEYS.search(head) else 0.8
    return 0.0


@dataclass
class _Channel:
    guild: str | None = None
    name: str | None = None
    kind: str | None = None

    def conversation(self) -> str | None:
        if self.name is None:
            return self.guild
        if (self.kind or "").casefold() in _DIRECT or not self.guild:
            return self.name
        return f"{self.guild} #{self.name}"


def _read_channel(file: InputFile) -> _Channel:
    """Server and channel names; they come before the messages, so reading stops there."""
    channel = _Channel()
    with file.open_json() as stream:
        for prefix, event, value in ijson.parse(stream):
            if prefix == "messages" and event == "start_array":
                break
            if event != "string":
                continue
            if prefix == "guild.name":
                channel.guild = value
            elif prefix == "channel.name":
                channel.name = value
            elif prefix == "channel.type":
                channel.kind = value
    return channel


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    try:
        channel = _read_channel(file)
    except (ijson.JSONError, ijson.IncompleteJSONError, ValueError, OSError) as exc:
        yield problem(file, "", "invalid_truncated_json", source=FORMAT, error=_reason(exc))
        return
    conversation = channel.conversation()
    index, count = -1, 0
    try:
        with file.open_json() as stream:
            for index, item in enumerate(ijson.items(stream, "messages.item", use_float=True)):
                locator = f"$.messages[{index}]"
                if not isinstance(item, dict):
                    yield problem(file, locator, "message_not_object", source=FORMAT)
                    continue
                parsed = _message(file, ctx, item, locator, conversation)
                count += isinstance(parsed, Message)
                yield parsed
    except (ijson.JSONError, ijson.IncompleteJSONError, ValueError, OSError) as exc:
        yield problem(
            file,
            f"$.messages[{index + 1}]",
            "invalid_truncated_json",
            source=FORMAT,
            error=_reason(exc),
        )
        return
    if not count and index < 0:
        yield problem(file, "", "no_messages_found", ProblemCode.EMPTY, FORMAT)


def _reason(exc: Exception) -> str:
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _author(item: dict[str, Any]) -> str | None:
    author = item.get("author")
    if not isinstance(author, dict):
        return None
    # The name shown in the server first, as the people in it saw it.
    return _text(author.get("nickname")) or _text(author.get("name"))


def _media(item: dict[str, Any]) -> str | None:
    attachments = item.get("attachments")
    if not isinstance(attachments, list) or not attachments:
        stickers = item.get("stickers")
        return "sticker" if isinstance(stickers, list) and stickers else None
    first = attachments[0] if isinstance(attachments[0], dict) else {}
    name = _text(first.get("fileName"))
    if name is None and isinstance(first.get("url"), str):
        name = PurePosixPath(urlsplit(first["url"]).path).name or None
    return name or "attachment"


def _message(
    file: InputFile,
    ctx: ParseContext,
    item: dict[str, Any],
    locator: str,
    conversation: str | None,
) -> ParseItem:
    raw_time = item.get("timestamp")
    if not isinstance(raw_time, str) or not raw_time.strip():
        return problem(file, locator, "message_no_timestamp_2", source=FORMAT)
    try:
        stamp = datetime.fromisoformat(raw_time.strip())
    except ValueError:
        return problem(file, locator, "unreadable_timestamp_2", source=FORMAT, value=raw_time)
    assumed = stamp.tzinfo is None
    timestamp = ctx.localize(stamp) if assumed else stamp
    kind = str(item.get("type") or "Default")
    return Message(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        actor=_author(item),
        text=_text(item.get("content")),
        conversation=conversation,
        is_system=kind.casefold() not in _PERSON_TYPES,
        media=_media(item),
        edited=bool(item.get("timestampEdited")),
    )
