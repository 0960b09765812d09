"""Telegram Desktop JSON export (``result.json``), one chat or the whole account.

A single-chat export is ``{name, type, id, messages[]}``; a full-account export
holds ``personal_information``, ``contacts.list[]`` and ``chats.list[].messages[]``.
The file can be gigabytes, so it is read once as a stream of ijson events and
only one message (or contact) at a time is built as an object.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

import ijson

from footprint.loading import InputFile
from footprint.model import (
    Contact,
    LocationPoint,
    Message,
    ParseItem,
    ProblemCode,
    ProfileFact,
    pack_raw_fields,
)
from footprint.phrases import Phrase, phrase
from footprint.pii.fields import raw_fields_for
from footprint.sources.base import ParseContext, problem

FORMAT = "telegram"
LABEL = "Telegram Desktop export (result.json)"
CATEGORY = "chat"
PATHS = ("result.json",)
MULTI_FILE = False
IGNORED = {
    "export_results.html": "Telegram export viewer",
    "chats/chat_*/messages*.html": "Telegram HTML view of a chat",
    "lists/*.html": "Telegram HTML view",
}

_FULL_EXPORT = re.compile(r'"about"\s*:\s*"Here is the data you requested')
_MESSAGE_TYPE = re.compile(r'"type"\s*:\s*"(?:message|service)"')
_CHAT_TYPE = re.compile(
    r'"type"\s*:\s*"(?:personal_chat|bot_chat|private_group|private_supergroup'
    r"|public_supergroup|private_channel|public_channel|saved_messages)\""
)
_TELEGRAM_KEYS = re.compile(r'"(?:date_unixtime|from_id|text_entities|actor_id)"\s*:')
_LOCAL_DATE = re.compile(r'"date"\s*:\s*"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"')

# ijson prefix of each array whose items are read, and the JSON path it stands for.
_CHAT_LISTS = {"chats.list": "$.chats.list", "left_chats.list": "$.left_chats.list"}
_PERSONAL_FIELDS = {
    "phone_number": "phone",
    "username": "username",
    "bio": "bio",
    "user_id": "account_id",
}
_MISSING_FILE = "(File not included"


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".json"):
        return 0.0
    head = file.head_text(65536).lstrip("\ufeff \t\r\n")
    if not head.startswith("{"):
        return 0.0
    if _FULL_EXPORT.search(head):
        return 1.0
    if not _MESSAGE_TYPE.search(head):
        return 0.0
    score = 0.0
    if _TELEGRAM_KEYS.search(head) or _LOCAL_DATE.search(head):
        score = 0.8
    if score and _CHAT_TYPE.search(head):
        score = 0.95
    if score and file.name.lower() == "result.json":
        score = 1.0
    return score


@dataclass
class _Chat:
    """The chat whose messages are being read, and where it sits in the file."""

    base: str
    name: str | None = None
    chat_type: str | None = None
    chat_id: str | None = None
    messages: int = 0
    # A personal chat exported alone names the other person only: the user is the
    # other sender. Messages from the named person wait here until the user is seen.
    user: str | None = None
    waiting: list[Message] = field(default_factory=list)

    @property
    def is_personal(self) -> bool:
        return self.chat_type in {"personal_chat", "bot_chat"}


@dataclass
class _State:
    owner: str | None = None
    chats: dict[str, int] = field(default_factory=dict)
    contacts: int = 0
    messages: int = 0


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    state = _State()
    top = _Chat(base="$")
    chat: _Chat | None = None
    builder: Any = None
    building = ""
    owner_chat: _Chat | None = None
    locator = "$"
    try:
        with file.open_json() as stream:
            for prefix, event, value in ijson.parse(stream, use_float=True):
                if builder is not None:
                    builder.event(event, value)
                    if prefix == building and event in ("end_map", "end_array"):
                        yield from _to_user(
                            _item(file, ctx, building, builder.value, locator, state, owner_chat),
                            owner_chat,
                            state,
                        )
                        builder = None
                    continue
                if prefix == "" and event not in ("start_map", "map_key", "end_map"):
                    break
                list_key = prefix.removesuffix(".item")
                if list_key in _CHAT_LISTS and prefix != list_key and event == "start_map":
                    if chat is not None:
                        yield from _release(chat)
                    index = state.chats.get(list_key, -1) + 1
                    state.chats[list_key] = index
                    chat = _Chat(base=f"{_CHAT_LISTS[list_key]}[{index}]")
                current = _chat_for(prefix, top, chat)
                if event in ("string", "number") and current is not None:
                    _chat_field(current, prefix, value)
                found = _item_locator(prefix, event, state, current)
                if found is None:
                    continue
                locator = found
                if event in ("start_map", "start_array"):
                    builder = ijson.ObjectBuilder()
                    builder.event(event, value)
                    building = prefix
                    owner_chat = current
                else:
                    yield problem(file, locator, "entry_not_object", source=FORMAT)
    except (ijson.JSONError, ijson.IncompleteJSONError, ValueError, OSError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        yield problem(file, locator, "invalid_truncated_json", source=FORMAT, error=reason)
        for unfinished in (top, chat):
            if unfinished is not None:
                yield from _release(unfinished)
        return
    for finished in (top, chat):
        if finished is not None:
            yield from _release(finished)
    if not state.messages and not state.contacts and state.owner is None:
        yield problem(file, "", "no_telegram_messages_found", ProblemCode.EMPTY, FORMAT)


def _poll_text(poll: Any) -> str | None:
    """A poll's question and its answers, one a line, as the chat showed them."""
    if not isinstance(poll, dict) or not isinstance(poll.get("question"), str):
        return None
    answers = [
        answer["text"]
        for answer in poll.get("answers") or ()
        if isinstance(answer, dict) and isinstance(answer.get("text"), str)
    ]
    return "\n".join([poll["question"], *answers])


_WAITING_LIMIT = 10_000


def _to_user(items: Iterator[ParseItem], chat: _Chat | None, state: _State) -> Iterator[ParseItem]:
    """Messages of a personal chat addressed to the user, once the user is known."""
    if chat is None or not chat.is_personal or state.owner is not None or not chat.name:
        yield from items
        return
    for item in items:
        if not isinstance(item, Message) or item.actor is None:
            yield item
        elif item.actor == chat.name and item.counterparty is None:
            if chat.user is not None:
                yield replace(item, counterparty=chat.user)
            elif len(chat.waiting) < _WAITING_LIMIT:
                chat.waiting.append(item)
            else:
                yield item
        else:
            if chat.user is None and not item.is_system:
                chat.user = item.actor
                yield from (replace(m, counterparty=chat.user) for m in chat.waiting)
                chat.waiting.clear()
            yield item


def _release(chat: _Chat) -> Iterator[ParseItem]:
    """What still waits when a chat ends: the user never wrote in it."""
    yield from chat.waiting
    chat.waiting.clear()


_MESSAGE_ARRAYS = (
    "messages.item",
    "chats.list.item.messages.item",
    "left_chats.list.item.messages.item",
)


def _chat_for(prefix: str, top: _Chat, chat: _Chat | None) -> _Chat | None:
    """The chat a prefix belongs to: the file itself, a chats.list item, or none."""
    if prefix.startswith(("chats.list.item", "left_chats.list.item")):
        return chat
    if "." not in prefix or prefix.startswith("messages."):
        return top
    return None


def _chat_field(chat: _Chat, prefix: str, value: Any) -> None:
    key = prefix.rsplit(".", 1)[-1]
    depth = prefix.count(".")
    # Only a chat's own keys: "name" at the top or at chats.list.item.name.
    if depth not in (0, 3):
        return
    if key == "name" and isinstance(value, str):
        chat.name = value
    elif key == "type" and isinstance(value, str):
        chat.chat_type = value
    elif key == "id":
        chat.chat_id = str(value)


def _item_locator(prefix: str, event: str, state: _State, chat: _Chat | None) -> str | None:
    """The JSON path of an item that starts at this event, or None."""
    if event in ("end_map", "end_array", "map_key"):
        return None
    if prefix in _MESSAGE_ARRAYS and chat is not None:
        index = chat.messages
        chat.messages += 1
        return f"{chat.base}.messages[{index}]"
    if prefix == "contacts.list.item":
        index = state.contacts
        state.contacts += 1
        return f"$.contacts.list[{index}]"
    if prefix == "personal_information" and event == "start_map":
        return "$.personal_information"
    return None


def _item(
    file: InputFile,
    ctx: ParseContext,
    prefix: str,
    item: Any,
    locator: str,
    state: _State,
    chat: _Chat | None,
) -> Iterator[ParseItem]:
    if not isinstance(item, dict):
        yield problem(file, locator, "entry_not_object", source=FORMAT)
        return
    if prefix == "personal_information":
        yield from _personal(file, item, locator, state)
    elif prefix == "contacts.list.item":
        yield from _contact(file, ctx, item, locator)
    elif chat is not None:
        state.messages += 1
        yield from _message(file, ctx, item, locator, state, chat)


def _full_name(item: dict[str, Any]) -> str | None:
    parts = [str(item.get(key) or "").strip() for key in ("first_name", "last_name")]
    return " ".join(part for part in parts if part) or None


def _personal(
    file: InputFile, item: dict[str, Any], locator: str, state: _State
) -> Iterator[ParseItem]:
    name = _full_name(item)
    state.owner = name
    if name:
        yield ProfileFact(
            source=FORMAT,
            path=file.display,
            locator=f"{locator}.first_name",
            field="name",
            value=name,
        )
    for key, field_name in _PERSONAL_FIELDS.items():
        value = item.get(key)
        if value not in (None, ""):
            yield ProfileFact(
                source=FORMAT,
                path=file.display,
                locator=f"{locator}.{key}",
                field=field_name,
                value=str(value),
            )


def _contact(
    file: InputFile, ctx: ParseContext, item: dict[str, Any], locator: str
) -> Iterator[ParseItem]:
    timestamp, assumed, bad = _timestamp(item, ctx)
    if bad:
        yield problem(file, locator, bad, source=FORMAT)
    name = _full_name(item)
    phone = str(item.get("phone_number") or "") or None
    if name is None and phone is None:
        yield problem(file, locator, "contact_neither_name_nor_phone", source=FORMAT)
        return
    yield Contact(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        name=name,
        phone=phone,
        # The name's parts as the address book keeps them: people go by the first name.
        raw_fields=pack_raw_fields(
            [(key, str(item.get(key) or "")) for key in ("first_name", "last_name")]
        ),
    )


def _timestamp(
    item: dict[str, Any], ctx: ParseContext
) -> tuple[datetime | None, bool, Phrase | None]:
    """The item's time, whether its zone was assumed, and what was wrong (or None)."""
    unix = item.get("date_unixtime")
    raw = item.get("date")
    if unix not in (None, ""):
        try:
            instant = datetime.fromtimestamp(int(str(unix)), UTC)
        except (ValueError, OverflowError, OSError):
            pass
        else:
            try:
                wall = datetime.fromisoformat(raw) if isinstance(raw, str) and raw else None
            except ValueError:
                wall = None
            if wall is not None and wall.tzinfo is None:
                # "date" is the same moment on the exporting computer's clock.
                return ctx.place(instant, wall), False, None
            return instant, False, None
    if isinstance(raw, str) and raw:
        try:
            parsed = datetime.fromisoformat(raw)
        except ValueError:
            return None, False, phrase("unreadable_date", value=raw)
        if parsed.tzinfo is not None:
            return parsed, False, None
        return ctx.localize(parsed), True, None
    if unix not in (None, ""):
        return None, False, phrase("unreadable_date_unixtime", value=unix)
    return None, False, phrase("message_no_date")


def plain_text(raw: Any) -> str:
    """A message's ``text``: a string, or a list of strings and ``{type, text}`` entities."""
    if isinstance(raw, str):
        return raw
    if not isinstance(raw, list):
        return ""
    parts: list[str] = []
    for part in raw:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict):
            text = str(part.get("text") or "")
            href = part.get("href")
            if href and href != text:
                text = f"{text} ({href})" if text else str(href)
            parts.append(text)
    return "".join(parts)


def _sender_id(raw: Any) -> str | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, int | float):
        return f"user{int(raw)}"
    return str(raw)


def _media(item: dict[str, Any]) -> str | None:
    """The attachment's kind, or a document's own file name (photos get generated ones)."""
    if item.get("media_type"):
        return str(item["media_type"])
    if item.get("photo"):
        return "photo"
    document = item.get("file")
    if isinstance(document, str) and document:
        if document.startswith(_MISSING_FILE):
            return "file"
        return PurePosixPath(document).name or "file"
    for key in ("location_information", "contact_information", "poll"):
        if item.get(key):
            return key.removesuffix("_information")
    return None


def _service_text(item: dict[str, Any]) -> str:
    action = str(item.get("action") or "service message").replace("_", " ")
    details: list[str] = []
    if item.get("title"):
        details.append(str(item["title"]))
    members = item.get("members")
    if isinstance(members, list) and members:
        details.append(", ".join(str(member) for member in members if member))
    if item.get("duration_seconds") is not None:
        details.append(f"{item['duration_seconds']} s")
    if item.get("discard_reason"):
        details.append(str(item["discard_reason"]))
    text = plain_text(item.get("text"))
    if text:
        details.append(text)
    return f"{action}: {'; '.join(details)}" if details else action


def _message(
    file: InputFile,
    ctx: ParseContext,
    item: dict[str, Any],
    locator: str,
    state: _State,
    chat: _Chat,
) -> Iterator[ParseItem]:
    timestamp, assumed, bad = _timestamp(item, ctx)
    if bad:
        yield problem(file, locator, bad, source=FORMAT)
    is_service = item.get("type") == "service"
    sender_key, id_key = ("actor", "actor_id") if is_service else ("from", "from_id")
    actor = item.get(sender_key) or _sender_id(item.get(id_key))
    actor = str(actor) if actor is not None else None
    if is_service:
        text: str | None = _service_text(item)
        media = "call" if item.get("action") == "phone_call" else None
    else:
        text = plain_text(item.get("text")) or _poll_text(item.get("poll")) or None
        media = _media(item)
    counterparty: str | None = None
    if chat.is_personal:
        counterparty = chat.name if actor != chat.name else state.owner
    elif chat.name and actor != chat.name:
        counterparty = chat.name
    yield Message(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        actor=actor,
        counterparty=counterparty,
        conversation=chat.name or chat.chat_id,
        text=text,
        raw_fields=raw_fields_for(FORMAT, item),
        is_system=is_service,
        media=media,
        edited=bool(item.get("edited") or item.get("edited_unixtime")),
    )
    location = item.get("location_information")
    if isinstance(location, dict):
        try:
            lat, lon = float(location["latitude"]), float(location["longitude"])
        except (KeyError, TypeError, ValueError):
            yield problem(file, f"{locator}.location_information", "bad_location", source=FORMAT)
        else:
            yield LocationPoint(
                source=FORMAT,
                path=file.display,
                locator=f"{locator}.location_information",
                timestamp=timestamp,
                tz_assumed=assumed,
                actor=actor,
                lat=lat,
                lon=lon,
            )
    shared = item.get("contact_information")
    if isinstance(shared, dict) and (_full_name(shared) or shared.get("phone_number")):
        yield Contact(
            source=FORMAT,
            path=file.display,
            locator=f"{locator}.contact_information",
            timestamp=timestamp,
            tz_assumed=assumed,
            actor=actor,
            name=_full_name(shared),
            phone=str(shared.get("phone_number") or "") or None,
        )
