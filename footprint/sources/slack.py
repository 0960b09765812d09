"""Slack workspace export: ``users.json`` and one ``<channel>/YYYY-MM-DD.json`` per day.

A day file ``[{type, subtype, user, text, ts, files, reactions, edited}]`` names users
by id; the names come from ``users.json`` at the export's root (read once per export).
Mentions ``<@U123>`` become ``@Name``, links ``<https://x|label>`` become
``label (https://x)``. Direct-message folders (``D…`` ids) are named after their
members through ``dms.json``. ``users.json`` itself gives one contact per person.
"""

from __future__ import annotations

import html
import posixpath
import re
import weakref
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

import ijson

from footprint.loading import Container, InputFile
from footprint.model import Contact, Message, ParseItem, ProblemCode
from footprint.pii.fields import raw_fields_for
from footprint.sources.base import ParseContext, problem

FORMAT = "slack"
LABEL = "Slack workspace export"
CATEGORY = "chat"
PATHS = ("users.json", "*/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].json")
MULTI_FILE = True
IGNORED = {
    "channels.json": "Slack channel list (names come from the folders)",
    "groups.json": "Slack private channel list",
    "mpims.json": "Slack group DM list",
    "dms.json": "Slack DM list (read with each DM folder)",
    "integration_logs.json": "Slack integration log (not read)",
    "canvases.json": "Slack canvas list (not read)",
}

_DAY_FILE = re.compile(r"^\d{4}-\d{2}-\d{2}\.json$")
_TS = re.compile(r'"ts"\s*:\s*"\d{9,}\.\d+"')
_MESSAGE = re.compile(r'"type"\s*:\s*"message"')
_USER_KEYS = re.compile(r'"(?:real_name|team_id|is_bot|tz_offset)"\s*:')
_DM_FOLDER = re.compile(r"^D[A-Z0-9]{6,}$")
_MARKUP = re.compile(r"<([^<>]+)>")
_SYSTEM_SUBTYPES = {
    "channel_join",
    "channel_leave",
    "channel_topic",
    "channel_purpose",
    "channel_name",
    "channel_archive",
    "channel_unarchive",
    "group_join",
    "group_leave",
    "group_topic",
    "group_purpose",
    "group_name",
    "pinned_item",
    "unpinned_item",
    "bot_add",
    "bot_remove",
    "reminder_add",
    "tombstone",
}
_JSON_ERRORS = (ijson.JSONError, ijson.IncompleteJSONError, ValueError, OSError)


# --- files beside the one being parsed -------------------------------------

_FILES_BY_PATH: weakref.WeakKeyDictionary[Container, dict[str, InputFile]] = (
    weakref.WeakKeyDictionary()
)


def _relative(file: InputFile, relative: str) -> InputFile | None:
    """Another file of the export by a relative path; ``..`` resolved, case ignored."""
    if file.container is None:
        return None
    target = posixpath.normpath(posixpath.join(posixpath.dirname(file.path), relative))
    index = _FILES_BY_PATH.get(file.container)
    if index is None:
        index = {path.lower(): found for path, found in file.container.files.items()}
        _FILES_BY_PATH[file.container] = index
    return index.get(target.lower())


def _has_workspace_files(file: InputFile, up: str) -> bool:
    return any(_relative(file, f"{up}{name}") for name in ("users.json", "channels.json"))


def detect(file: InputFile) -> float:
    name = file.name.lower()
    if not name.endswith(".json"):
        return 0.0
    head = file.head_text(16384).lstrip("\ufeff \t\r\n")
    if not head.startswith("["):
        return 0.0
    if _DAY_FILE.match(name):
        if not (_TS.search(head) and _MESSAGE.search(head)):
            return 0.0
        return 1.0 if _has_workspace_files(file, "../") else 0.8
    if '"id"' in head and '"name"' in head and _USER_KEYS.search(head):
        if name == "users.json":
            return 1.0 if _has_workspace_files(file, "") else 0.9
        return 0.0
    return 0.0


# --- users -------------------------------------------------------------------

_USERS: weakref.WeakKeyDictionary[InputFile, dict[str, str]] = weakref.WeakKeyDictionary()


def _profile(user: dict[str, Any]) -> dict[str, Any]:
    profile = user.get("profile")
    return profile if isinstance(profile, dict) else {}


def _display_name(user: dict[str, Any]) -> str | None:
    profile = _profile(user)
    for value in (
        user.get("real_name"),
        profile.get("real_name"),
        profile.get("display_name"),
        user.get("name"),
    ):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _users(file: InputFile) -> dict[str, str]:
    """User id -> name, from the export's users.json (read once per export)."""
    source = _relative(file, "../users.json")
    if source is None:
        return {}
    if source not in _USERS:
        names: dict[str, str] = {}
        try:
            with source.open_json() as stream:
                for user in ijson.items(stream, "item"):
                    if isinstance(user, dict) and user.get("id"):
                        name = _display_name(user)
                        if name:
                            names[str(user["id"])] = name
        except _JSON_ERRORS:
            pass  # users.json reports its own problems when it is parsed
        _USERS[source] = names
    return _USERS[source]


def _dm_members(file: InputFile, folder: str) -> list[str]:
    source = _relative(file, "../dms.json")
    if source is None:
        return []
    try:
        with source.open_json() as stream:
            for dm in ijson.items(stream, "item"):
                if isinstance(dm, dict) and dm.get("id") == folder:
                    return [str(member) for member in dm.get("members") or []]
    except _JSON_ERRORS:
        pass  # an unreadable dms.json only costs the DM's name
    return []


# --- text ------------------------------------------------------------------


def clean_text(text: str, users: dict[str, str]) -> str:
    """Slack markup as plain text: mentions by name, links as ``label (url)``."""

    def replace(match: re.Match[str]) -> str:
        inner = match.group(1)
        target, _, label = inner.partition("|")
        if target.startswith("@"):
            return "@" + (users.get(target[1:]) or label or target[1:])
        if target.startswith("#"):
            return "#" + (label or target[1:])
        if target.startswith("!"):
            if label:
                return label if label.startswith("@") else f"@{label}"
            return "@" + target[1:].split("^", 1)[0]
        if not label:
            return target.removeprefix("mailto:")
        if label == target.split(":", 1)[-1] or label == target:
            return label
        return f"{label} ({target})"

    return html.unescape(_MARKUP.sub(replace, text))


def _timestamp(raw: Any) -> datetime | None:
    """``"1452845865.000008"`` as an exact UTC instant (no float rounding)."""
    seconds, _, fraction = str(raw).partition(".")
    if not seconds.isdigit() or (fraction and not fraction.isdigit()):
        return None
    micros = int((fraction + "000000")[:6]) if fraction else 0
    try:
        return datetime.fromtimestamp(int(seconds), UTC).replace(microsecond=micros)
    except (OverflowError, OSError, ValueError):
        return None


# --- parsing ---------------------------------------------------------------


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    if _DAY_FILE.match(file.name.lower()):
        yield from _parse_day(file)
    else:
        yield from _parse_users(file)


def _parse_users(file: InputFile) -> Iterator[ParseItem]:
    index = -1
    count = 0
    try:
        with file.open_json() as stream:
            for index, user in enumerate(ijson.items(stream, "item")):
                locator = f"$[{index}]"
                if not isinstance(user, dict):
                    yield problem(file, locator, "entry_not_object", source=FORMAT)
                    continue
                count += 1
                if user.get("is_bot") or user.get("id") == "USLACKBOT":
                    continue
                profile = _profile(user)
                yield Contact(
                    source=FORMAT,
                    path=file.display,
                    locator=locator,
                    name=_display_name(user),
                    handle=f"@{user['name']}" if user.get("name") else None,
                    email=profile.get("email") or None,
                    phone=profile.get("phone") or None,
                    text=profile.get("title") or None,
                )
    except _JSON_ERRORS as exc:
        yield problem(
            file, f"$[{index + 1}]", "invalid_truncated_json", source=FORMAT, error=_reason(exc)
        )
        return
    if not count:
        yield problem(file, "", "no_users_found", ProblemCode.EMPTY, FORMAT)


def _reason(exc: Exception) -> str:
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__


def _parse_day(file: InputFile) -> Iterator[ParseItem]:
    users = _users(file)
    folder = PurePosixPath(file.path).parent.name
    members: list[str] = []
    if _DM_FOLDER.match(folder):
        members = [users.get(member, member) for member in _dm_members(file, folder)]
        conversation: str | None = ", ".join(members) if members else folder
    elif folder.startswith("mpdm-"):
        conversation = folder
    else:
        conversation = f"#{folder}" if folder else None
    index = -1
    count = 0
    try:
        with file.open_json() as stream:
            for index, item in enumerate(ijson.items(stream, "item")):
                locator = f"$[{index}]"
                if not isinstance(item, dict):
                    yield problem(file, locator, "entry_not_object", source=FORMAT)
                    continue
                count += 1
                yield from _message(file, item, locator, users, conversation, members)
    except _JSON_ERRORS as exc:
        yield problem(
            file, f"$[{index + 1}]", "invalid_truncated_json", source=FORMAT, error=_reason(exc)
        )
        return
    if not count:
        yield problem(file, "", "no_messages_found", ProblemCode.EMPTY, FORMAT)


def _sender(item: dict[str, Any], users: dict[str, str]) -> str | None:
    user = item.get("user")
    if isinstance(user, str) and user in users:
        return users[user]
    profile = item.get("user_profile")
    if isinstance(profile, dict):
        name = profile.get("real_name") or profile.get("display_name") or profile.get("name")
        if name:
            return str(name)
    bot = item.get("bot_profile")
    for value in (
        item.get("user_name"),
        item.get("username"),
        bot.get("name") if isinstance(bot, dict) else None,
        user,
        item.get("bot_id"),
    ):
        if isinstance(value, str) and value:
            return value
    return None


def _media(item: dict[str, Any]) -> str | None:
    files = item.get("files")
    if isinstance(files, list) and files:
        first = files[0] if isinstance(files[0], dict) else {}
        return str(first.get("name") or first.get("title") or "file")
    if isinstance(item.get("file"), dict):
        return str(item["file"].get("name") or "file")
    return None


def _message(
    file: InputFile,
    item: dict[str, Any],
    locator: str,
    users: dict[str, str],
    conversation: str | None,
    members: list[str],
) -> Iterator[ParseItem]:
    timestamp = _timestamp(item.get("ts"))
    if timestamp is None:
        yield problem(file, locator, "unreadable_ts", source=FORMAT, value=item.get("ts"))
    actor = _sender(item, users)
    others = [member for member in members if member != actor]
    subtype = str(item.get("subtype") or "")
    raw_text = item.get("text")
    text = clean_text(raw_text, users) if isinstance(raw_text, str) and raw_text else None
    yield Message(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        actor=actor,
        counterparty=", ".join(others) or None,
        conversation=conversation,
        text=text,
        is_system=subtype in _SYSTEM_SUBTYPES,
        media=_media(item),
        deleted=subtype == "tombstone",
        edited=isinstance(item.get("edited"), dict),
        raw_fields=raw_fields_for(FORMAT, item),
    )
    reactions = item.get("reactions")
    if not isinstance(reactions, list):
        return
    for number, reaction in enumerate(reactions):
        if not isinstance(reaction, dict) or not reaction.get("name"):
            continue
        for who, user in enumerate(reaction.get("users") or []):
            yield Message(
                source=FORMAT,
                path=file.display,
                locator=f"{locator}.reactions[{number}].users[{who}]",
                timestamp=timestamp,
                actor=users.get(str(user), str(user)),
                counterparty=actor,
                conversation=conversation,
                text=f":{reaction['name']}:",
                media="reaction",
            )
