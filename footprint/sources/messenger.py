"""Facebook Messenger and Instagram direct messages (Meta's JSON download).

A thread is ``messages/<folder>/<thread>/message_N.json`` (folder: inbox,
archived_threads, message_requests, filtered_threads, e2ee_cutover), below
``your_facebook_activity/`` or ``your_instagram_activity/`` since 2024. It holds
``{participants[{name}], messages[], title, thread_path}``, newest message first.
Every string carries Meta's mojibake and is repaired before use.

Both apps share the layout, so one format reads both. Which app a thread comes from
is written into ``Message.conversation`` as a prefix: ``"Instagram: Jane Doe"`` or
``"Messenger: Jane Doe"``; where neither the path nor the rest of the export tells,
the thread title stands alone.

Reactions become their own messages (``media="reaction"``, the reacting person as
actor, the reacted-to sender as counterparty); calls have ``media="call"``; unsent
messages have ``deleted=True``; a shared link is appended to the text.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

import ijson

from footprint.loading import Container, InputFile
from footprint.model import Message, ParseItem, ProblemCode, pack_raw_fields
from footprint.phrases import phrase
from footprint.sources._meta_json import repair_mojibake, repair_text
from footprint.sources.base import ParseContext, path_matches, problem

FORMAT = "messenger"
LABEL = "Facebook Messenger / Instagram DMs (JSON)"
CATEGORY = "chat"
_FOLDERS = ("inbox", "archived_threads", "message_requests", "filtered_threads", "e2ee_cutover")
PATHS = tuple(f"messages/{folder}/*/message_*.json" for folder in _FOLDERS)
MULTI_FILE = True
IGNORED = {f"messages/{folder}/*/files/*": "Messenger attachment" for folder in _FOLDERS}

_SENDER = re.compile(r'"sender_name"\s*:')
_STAMP = re.compile(r'"timestamp_ms"\s*:\s*\d')
_PARTICIPANTS = re.compile(r'"participants"\s*:\s*\[')
# A thread folder: the other side's account slug and the thread's id (kez_10234567891).
_THREAD_FOLDER = re.compile(r"^[a-z0-9._]+_[0-9]{5,}$")

_ATTACHMENTS = (
    ("photos", "photo"),
    ("videos", "video"),
    ("audio_files", "audio"),
    ("gifs", "gif"),
)
_SYSTEM_TYPES = {"Subscribe", "Unsubscribe"}


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".json"):
        return 0.0
    head = file.head_text(65536).lstrip("\ufeff \t\r\n")
    if not head.startswith("{") or not (_SENDER.search(head) and _STAMP.search(head)):
        return 0.0
    if any(path_matches(file.path, pattern) for pattern in PATHS):
        return 1.0
    return 0.95 if _PARTICIPANTS.search(head) else 0.85


@dataclass
class _Thread:
    participants: list[str] = field(default_factory=list)
    title: str | None = None
    thread_path: str | None = None
    senders: list[str] = field(default_factory=list)


def _read_thread(file: InputFile, thread: _Thread) -> None:
    """Participants and title; the title follows the messages, so this is a first pass."""
    with file.open_json() as stream:
        for prefix, event, value in ijson.parse(stream):
            if event != "string":
                continue
            if prefix == "participants.item.name":
                thread.participants.append(repair_text(value))
            elif prefix == "title":
                thread.title = repair_text(value)
            elif prefix == "thread_path":
                thread.thread_path = repair_text(value)
            elif prefix == "messages.item.sender_name":
                name = repair_text(value)
                if name not in thread.senders:
                    thread.senders.append(name)


# Per loaded input: export root -> app name, so a big export is looked at once.
_PLATFORMS: weakref.WeakKeyDictionary[Container, dict[str, str | None]] = (
    weakref.WeakKeyDictionary()
)
_INSTAGRAM_MARKS = ("your_instagram_activity/", "followers_and_following/", "instagram")
_FACEBOOK_MARKS = ("your_facebook_activity/", "friends_and_followers/", "facebook")


def platform(file: InputFile) -> str | None:
    """``"Instagram"``, ``"Messenger"`` or None, from the path or the rest of the export."""
    lowered = file.path.lower()
    if "your_instagram_activity/" in lowered:
        return "Instagram"
    if "your_facebook_activity/" in lowered:
        return "Messenger"
    cut = lowered.rfind("messages/")
    if cut < 0 or file.container is None:
        return None
    root = lowered[:cut]
    known = _PLATFORMS.setdefault(file.container, {})
    if root not in known:
        known[root] = _platform_of_export(file.container, root)
    return known[root]


def _platform_of_export(container: Container, root: str) -> str | None:
    for path in container.files:
        lowered = path.lower()
        rest = lowered[len(root) :]
        if not lowered.startswith(root) or rest.startswith("messages/"):
            continue
        if any(mark in rest for mark in _INSTAGRAM_MARKS):
            return "Instagram"
        if any(mark in rest for mark in _FACEBOOK_MARKS):
            return "Messenger"
    return None


def _conversation(file: InputFile, thread: _Thread) -> str | None:
    name = thread.title
    if not name and thread.thread_path:
        name = PurePosixPath(thread.thread_path).name
    if not name and "/messages/" in f"/{file.path.lower()}":
        name = PurePosixPath(file.path).parent.name or None
    app = platform(file)
    if name and app:
        return f"{app}: {name}"
    return name


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    thread = _Thread()
    first_error: str | None = None
    try:
        _read_thread(file, thread)
    except (ijson.JSONError, ijson.IncompleteJSONError, ValueError, OSError) as exc:
        first_error = _reason(exc)  # reported below unless the message pass reports it
    conversation = _conversation(file, thread)
    folder = _thread_folder(file, thread)
    index = -1
    count = 0
    try:
        with file.open_json() as stream:
            for index, raw in enumerate(ijson.items(stream, "messages.item", use_float=True)):
                locator = f"$.messages[{index}]"
                item = repair_mojibake(raw)
                if not isinstance(item, dict):
                    yield problem(file, locator, "entry_not_object", source=FORMAT)
                    continue
                count += 1
                yield from _message(file, item, locator, thread, conversation, folder)
    except (ijson.JSONError, ijson.IncompleteJSONError, ValueError, OSError) as exc:
        yield problem(
            file,
            f"$.messages[{index + 1}]",
            "invalid_truncated_json",
            source=FORMAT,
            error=_reason(exc),
        )
        return
    if first_error is not None:
        yield problem(file, "", "invalid_truncated_json", source=FORMAT, error=first_error)
    elif not count:
        yield problem(file, "", "no_messages_found", ProblemCode.EMPTY, FORMAT)


def _reason(exc: Exception) -> str:
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__


def _others(thread: _Thread, sender: str | None) -> str | None:
    # Bare files (an Instagram DM dump) list no participants: the senders stand in.
    everyone = thread.participants or thread.senders
    others = [name for name in everyone if name and name != sender]
    return ", ".join(others) or None


def _thread_folder(file: InputFile, thread: _Thread) -> str | None:
    """The thread's folder, as Meta names it after the other side's account and the
    thread's id (``kez_10234567891``), packed as a raw field: it identifies them."""
    name = PurePosixPath(thread.thread_path).name if thread.thread_path else None
    if not name and "/messages/" in f"/{file.path.lower()}":
        name = PurePosixPath(file.path).parent.name
    if not name or not _THREAD_FOLDER.match(name):
        return None
    return pack_raw_fields([("thread", name)])


def _message(
    file: InputFile,
    item: dict[str, Any],
    locator: str,
    thread: _Thread,
    conversation: str | None,
    folder: str | None = None,
) -> Iterator[ParseItem]:
    stamp = item.get("timestamp_ms")
    timestamp: datetime | None = None
    try:
        timestamp = datetime.fromtimestamp(int(stamp) / 1000, UTC) if stamp is not None else None
    except (TypeError, ValueError, OverflowError, OSError):
        timestamp = None
    if timestamp is None:
        reason = (
            phrase("message_no_timestamp_ms")
            if stamp is None
            else phrase("bad_timestamp_ms", value=stamp)
        )
        yield problem(file, locator, reason, source=FORMAT)
    sender = item.get("sender_name")
    actor = str(sender) if sender else None
    kind = str(item.get("type") or "Generic")
    text = item.get("content") if isinstance(item.get("content"), str) else None
    media: str | None = None
    for key, name in _ATTACHMENTS:
        if item.get(key):
            media = name
            break
    files = item.get("files")
    if media is None and isinstance(files, list) and files:
        first = files[0] if isinstance(files[0], dict) else {}
        media = PurePosixPath(str(first.get("uri") or "")).name or "file"
    if media is None and item.get("sticker"):
        media = "sticker"
    share = item.get("share")
    if isinstance(share, dict):
        extra = [str(share[key]) for key in ("link", "share_text") if share.get(key)]
        extra = [part for part in extra if not text or part not in text]
        text = "\n".join([text, *extra] if text else extra) or None
    if kind == "Call" or "call_duration" in item:
        media = "call"
        duration = item.get("call_duration")
        if duration is not None:
            text = f"{text or 'call'} (call lasted {duration} s)"
    deleted = bool(item.get("is_unsent"))
    yield Message(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        actor=actor,
        counterparty=_others(thread, actor),
        conversation=conversation,
        text=None if deleted and not text else text,
        is_system=kind in _SYSTEM_TYPES,
        media=media,
        deleted=deleted,
        raw_fields=folder,
    )
    reactions = item.get("reactions")
    if isinstance(reactions, list):
        for number, reaction in enumerate(reactions):
            if not isinstance(reaction, dict) or not reaction.get("reaction"):
                continue
            yield Message(
                source=FORMAT,
                path=file.display,
                locator=f"{locator}.reactions[{number}]",
                timestamp=timestamp,
                actor=str(reaction.get("actor") or "") or None,
                counterparty=actor,
                conversation=conversation,
                text=str(reaction["reaction"]),
                media="reaction",
            )
