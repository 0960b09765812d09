"""Discord data package ("Request all of my data").

Messages sit in one folder per channel: ``messages/c<id>/messages.csv``
(``ID,Timestamp,Contents,Attachments``) in older packages, ``Messages/c<id>/messages.json``
(``[{ID, Timestamp, Contents, Attachments}]``) in newer ones. Every message in the
package was written by the account owner, named in ``account/user.json``. The
channel's name comes from ``messages/index.json`` (``"Direct Message with x"``,
``"general in Server"``), else from the channel's own ``channel.json``.
``account/user.json`` also gives profile facts, relationships (contacts) and payments.

``activity/<kind>/events-*.json`` (analytics, modeling, reporting, tns) hold one
JSON event per line, often millions: they are streamed line by line and a bounded
subset is kept (see the events section below).
"""

from __future__ import annotations

import csv
import json
import posixpath
import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import ijson

from footprint.loading import Container, InputFile
from footprint.model import (
    Activity,
    Contact,
    Message,
    ParseItem,
    Payment,
    ProblemCode,
    ProfileFact,
    pack_raw_fields,
)
from footprint.phrases import Phrase, phrase
from footprint.sources.base import ParseContext, problem

FORMAT = "discord"
LABEL = "Discord data package"
CATEGORY = "chat"
PATHS = (
    "messages/c*/messages.csv",
    "messages/c*/messages.json",
    "account/user.json",
    "activity/*/events-*.json",
)
MULTI_FILE = True
IGNORED = {
    "messages/index.json": "Discord channel index (read with each channel)",
    "messages/c*/channel.json": "Discord channel details (read with its messages)",
    "servers/index.json": "Discord server list (not read)",
    "servers/*/guild.json": "Discord server details (not read)",
    "servers/*/audit-log.json": "Discord server audit log (not read)",
}

_CSV_HEADER = re.compile(r"^\ufeff?ID,Timestamp,Contents(?:,|\r?$)", re.MULTILINE)
_JSON_KEYS = ('"ID"', '"Timestamp"', '"Contents"')
_USER_KEYS = re.compile(r'"(?:relationships|connected_accounts|premium_until|has_mobile)"\s*:')
_RELATIONSHIP_TYPES = {1: "friend", 2: "blocked", 3: "incoming request", 4: "outgoing request"}
_JSON_ERRORS = (ijson.JSONError, ijson.IncompleteJSONError, ValueError, OSError)


def detect(file: InputFile) -> float:
    name = file.name.lower()
    if _is_events(file):
        # A damaged log in its place is still read, to report its bad lines.
        return 1.0 if _events_content(file) else 0.6
    if name.endswith(".csv"):
        first = file.head_text(1024).split("\n", 1)[0]
        return 1.0 if _CSV_HEADER.match(first) else 0.0
    if not name.endswith(".json"):
        return 0.0
    head = file.head_text(16384).lstrip("\ufeff \t\r\n")
    if head.startswith("[") and all(key in head for key in _JSON_KEYS):
        return 0.95
    if (
        head.startswith("{")
        and '"discriminator"' in head
        and '"username"' in head
        and _USER_KEYS.search(head)
    ):
        return 1.0 if name == "user.json" else 0.8
    return 0.0


# --- files beside the one being parsed -------------------------------------

_FILES_BY_LOWER_PATH: weakref.WeakKeyDictionary[Container, dict[str, InputFile]] = (
    weakref.WeakKeyDictionary()
)


def _relative(file: InputFile, relative: str) -> InputFile | None:
    """Another file of the package, by a path relative to ``file``'s folder.

    Unlike ``InputFile.sibling`` this resolves ``..`` and ignores case: packages
    spell ``messages``/``Messages`` and ``account``/``Account`` either way.
    """
    if file.container is None:
        return None
    target = posixpath.normpath(posixpath.join(posixpath.dirname(file.path), relative))
    index = _FILES_BY_LOWER_PATH.get(file.container)
    if index is None:
        index = {path.lower(): found for path, found in file.container.files.items()}
        _FILES_BY_LOWER_PATH[file.container] = index
    return index.get(target.lower())


_OWNERS: weakref.WeakKeyDictionary[InputFile, str | None] = weakref.WeakKeyDictionary()


def _owner(file: InputFile) -> str | None:
    """The account owner's name from ``account/user.json``, read once per package."""
    user = _relative(file, "../../account/user.json")
    if user is None:
        return None
    if user not in _OWNERS:
        values: dict[str, Any] = {}
        try:
            with user.open_json() as stream:
                for key, value in ijson.kvitems(stream, ""):
                    if key in ("username", "discriminator", "global_name"):
                        values[key] = value
        except _JSON_ERRORS:
            pass  # user.json reports its own problems when it is parsed
        _OWNERS[user] = _handle(values) if values.get("username") else None
    return _OWNERS[user]


def _handle(user: dict[str, Any]) -> str:
    name = str(user.get("username") or "")
    tag = str(user.get("discriminator") or "")
    return f"{name}#{tag}" if tag and tag.strip("0") else name


@dataclass
class _Channel:
    name: str | None = None
    counterparty: str | None = None


def _channel(file: InputFile) -> _Channel:
    folder = PurePosixPath(file.path).parent.name
    channel_id = folder[1:] if folder.lower().startswith("c") else folder
    channel = _Channel()
    index = _relative(file, "../index.json")
    if index is not None:
        try:
            with index.open_json() as stream:
                for key, value in ijson.kvitems(stream, ""):
                    if key == channel_id and isinstance(value, str):
                        channel.name = value
                        break
        except _JSON_ERRORS:
            pass  # a damaged index only costs the channel's name
    if channel.name and channel.name.startswith("Direct Message with "):
        channel.counterparty = channel.name.removeprefix("Direct Message with ")
    if channel.name:
        return channel
    details = _relative(file, "channel.json")
    if details is not None:
        try:
            with details.open_json() as stream:
                info = dict(ijson.kvitems(stream, ""))
        except _JSON_ERRORS:
            info = {}
        guild = info.get("guild") if isinstance(info.get("guild"), dict) else None
        name = info.get("name")
        if name and guild and guild.get("name"):
            channel.name = f"{name} in {guild['name']}"
        elif name:
            channel.name = str(name)
    channel.name = channel.name or folder
    return channel


# --- parsing ------------------------------------------------------------------


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    if _is_events(file):
        yield from _parse_events(file)
    elif file.name.lower().endswith(".csv"):
        yield from _parse_csv(file, ctx)
    elif file.json_head(4096).lstrip().startswith(b"{"):
        yield from _parse_user(file, ctx)
    else:
        yield from _parse_json(file, ctx)


def _timestamp(raw: str, ctx: ParseContext) -> tuple[datetime, bool]:
    parsed = datetime.fromisoformat(raw.strip())
    if parsed.tzinfo is None:
        return ctx.localize(parsed), True
    return parsed, False


def _media(attachments: str) -> str | None:
    first = attachments.split()[0] if attachments.strip() else ""
    if not first:
        return None
    return PurePosixPath(urlsplit(first).path).name or "attachment"


def _message(
    file: InputFile,
    ctx: ParseContext,
    row: dict[str, Any],
    locator: str,
    owner: str | None,
    channel: _Channel,
) -> Iterator[ParseItem]:
    raw_time = row.get("Timestamp")
    if not isinstance(raw_time, str) or not raw_time.strip():
        yield problem(file, locator, "message_no_timestamp", source=FORMAT)
        return
    try:
        timestamp, assumed = _timestamp(raw_time, ctx)
    except ValueError:
        yield problem(file, locator, "unreadable_timestamp", source=FORMAT, value=raw_time)
        return
    contents = row.get("Contents")
    yield Message(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        actor=owner,
        counterparty=channel.counterparty,
        conversation=channel.name,
        text=str(contents) if contents else None,
        media=_media(str(row.get("Attachments") or "")),
    )


def _parse_csv(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    owner = _owner(file)
    channel = _channel(file)
    count = 0
    with file.open_text() as stream:
        reader = csv.reader(stream)
        header = next(reader, None)
        if not header or [h.lstrip("\ufeff") for h in header[:2]] != ["ID", "Timestamp"]:
            yield problem(file, "row 1", "not_discord_messages_csv_header", source=FORMAT)
            return
        columns = [h.lstrip("\ufeff") for h in header]
        try:
            for number, values in enumerate(reader, start=2):
                if not values:
                    continue
                if len(values) != len(columns):
                    yield problem(
                        file,
                        f"row {number}",
                        "expected_columns_found",
                        source=FORMAT,
                        count=len(columns),
                        count2=len(values),
                    )
                    continue
                count += 1
                row = dict(zip(columns, values, strict=True))
                yield from _message(file, ctx, row, f"row {number}", owner, channel)
        except csv.Error as exc:
            yield problem(
                file, f"row {reader.line_num}", "unreadable_csv", source=FORMAT, error=exc
            )
    if not count:
        yield problem(file, "", "no_messages_found", ProblemCode.EMPTY, FORMAT)


def _parse_json(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    owner = _owner(file)
    channel = _channel(file)
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
                yield from _message(file, ctx, item, locator, owner, channel)
    except _JSON_ERRORS as exc:
        yield problem(
            file, f"$[{index + 1}]", "invalid_truncated_json", source=FORMAT, error=_reason(exc)
        )
        return
    if not count:
        yield problem(file, "", "no_messages_found", ProblemCode.EMPTY, FORMAT)


def _reason(exc: Exception) -> str:
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__


# --- account/user.json ----------------------------------------------------------

_PROFILE_KEYS = {
    "id": "account_id",
    "global_name": "display_name",
    "email": "email",
    "phone": "phone",
    "ip": "ip",
}


def _parse_user(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    found = False
    key = ""
    try:
        with file.open_json() as stream:
            for key, value in ijson.kvitems(stream, ""):
                found = True
                yield from _user_entry(file, ctx, key, value)
    except _JSON_ERRORS as exc:
        where = f"$.{key}" if key else "$"
        yield problem(file, where, "invalid_truncated_json", source=FORMAT, error=_reason(exc))
        return
    if not found:
        yield problem(file, "", "no_account_details_found", ProblemCode.EMPTY, FORMAT)


def _fact(file: InputFile, locator: str, field: str, value: str) -> ProfileFact:
    return ProfileFact(source=FORMAT, path=file.display, locator=locator, field=field, value=value)


def _user_entry(file: InputFile, ctx: ParseContext, key: str, value: Any) -> Iterator[ParseItem]:
    locator = f"$.{key}"
    if key in _PROFILE_KEYS and value not in (None, ""):
        yield _fact(file, locator, _PROFILE_KEYS[key], str(value))
    elif key == "username" and value:
        yield _fact(file, locator, "username", str(value))
    elif key in ("connected_accounts", "connections") and isinstance(value, list):
        # Accounts linked to Discord (Steam, Spotify, Xbox...): the name on that platform,
        # the platform kept beside it.
        for index, account in enumerate(value):
            if isinstance(account, dict) and account.get("name"):
                yield ProfileFact(
                    source=FORMAT,
                    path=file.display,
                    locator=f"{locator}[{index}]",
                    field="connected_account",
                    value=str(account["name"]),
                    raw_fields=pack_raw_fields([("platform", str(account.get("type", "")))]),
                )
    elif key == "relationships" and isinstance(value, list):
        for index, relation in enumerate(value):
            yield from _relationship(file, f"{locator}[{index}]", relation)
    elif key == "payments" and isinstance(value, list):
        for index, payment in enumerate(value):
            yield from _payment(file, ctx, f"{locator}[{index}]", payment)


def _relationship(file: InputFile, locator: str, relation: Any) -> Iterator[ParseItem]:
    user = relation.get("user") if isinstance(relation, dict) else None
    if not isinstance(user, dict) or not user.get("username"):
        yield problem(file, locator, "relationship_without_user_name", source=FORMAT)
        return
    kind = relation.get("type")
    yield Contact(
        source=FORMAT,
        path=file.display,
        locator=locator,
        name=relation.get("nickname") or user.get("global_name") or None,
        handle=_handle(user),
        text=_RELATIONSHIP_TYPES.get(int(kind), str(kind)) if isinstance(kind, int) else None,
    )


def _payment(file: InputFile, ctx: ParseContext, locator: str, payment: Any) -> Iterator[ParseItem]:
    if not isinstance(payment, dict):
        yield problem(file, locator, "payment_not_object", source=FORMAT)
        return
    try:
        cents = Decimal(str(payment.get("amount")))
        created = datetime.fromisoformat(str(payment.get("created_at")))
    except (InvalidOperation, ValueError):
        yield problem(file, locator, "payment_without_readable_amount_date", source=FORMAT)
        return
    assumed = created.tzinfo is None
    if assumed:
        created = ctx.localize(created)
    yield Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=created,
        tz_assumed=assumed,
        counterparty="Discord",
        text=str(payment.get("description") or "") or None,
        amount=-cents / 100,
        currency=str(payment.get("currency") or "").upper() or None,
        status=str(payment.get("status")) if payment.get("status") is not None else None,
        transaction_id=str(payment.get("id")) if payment.get("id") else None,
    )


# --- activity/*/events-*.json --------------------------------------------------
#
# One JSON object per line: ``event_type``, ``timestamp`` (ISO, in newer packages
# wrapped in an extra pair of quotes: ``"\"2021-03-02T10:20:30.123Z\""``), and
# depending on the event ``ip``, ``city``, ``region_code``, ``country_code``,
# ``channel_id``, ``guild_id``... Packages hold millions of UI events, so only
# these are kept: each event of a type in ``KEPT_EVENTS`` (logins, messages,
# voice, games, servers, invites) as an Activity, and for all the others one
# ``app_active`` Activity per hour and IP address, which keeps when and from
# where the app was used with a bounded number of records.

KEPT_EVENTS = frozenset(
    {
        "login_successful",
        "new_login_location",
        "authorize_login_location",
        "register",
        "app_opened",
        "session_start",
        "send_message",
        "message_edited",
        "message_deleted",
        "add_reaction",
        "join_voice_channel",
        "leave_voice_channel",
        "join_call",
        "leave_call",
        "start_listening",
        "launch_game",
        "launched_game",
        "game_opened",
        "activity_updated",
        "guild_joined",
        "join_guild",
        "leave_guild",
        "create_guild",
        "delete_guild",
        "accepted_instant_invite",
        "create_instant_invite",
        "invite_sent",
        "add_friend",
        "friend_request_sent",
        "data_request_initiated",
        "premium_purchase_completed",
        "payment_flow_completed",
    }
)
ACTIVE = "app_active"
_EVENTS_NAME = re.compile(r"^events-.*\.json$", re.IGNORECASE)
_MAX_EVENT_LINE = 1024 * 1024
_MAX_LINE_PROBLEMS = 20
# Read from the raw line, so that an event of an hour already covered is skipped
# without decoding its JSON (most lines of a big log are such events).
_RAW_TYPE = re.compile(rb'"event_type"\s*:\s*"(?P<value>[^"\\]+)"')
_RAW_IP = re.compile(rb'"ip"\s*:\s*"(?P<value>[^"\\]*)"')
_RAW_HOUR = re.compile(
    rb'"timestamp"\s*:\s*"(?:\\")?(?P<value>\d{4}-\d{2}-\d{2}T\d{2}):\d{2}:\d{2}(?:\.\d+)?Z'
)


def _is_events(file: InputFile) -> bool:
    """An activity log: ``events-*.json`` in an ``activity`` folder, or events by content."""
    if not _EVENTS_NAME.match(file.name):
        return False
    return "activity/" in file.path.lower() or _events_content(file)


def _events_content(file: InputFile) -> bool:
    head = file.json_head(4096).lstrip()
    return head.startswith(b"{") and b'"event_type"' in head.split(b"\n", 1)[0]


def _event_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    text = value.strip().strip('"')
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _channel_names(file: InputFile) -> dict[str, str]:
    """Channel id -> name from ``messages/index.json``; empty when the package has none."""
    index = _relative(file, "../../messages/index.json")
    names: dict[str, str] = {}
    if index is None:
        return names
    try:
        with index.open_json() as stream:
            for key, value in ijson.kvitems(stream, ""):
                if isinstance(value, str):
                    names[str(key)] = value
    except _JSON_ERRORS:
        pass  # a damaged index only costs the names
    return names


def _where(event: dict[str, Any]) -> str | None:
    parts = [event.get(key) for key in ("city", "region_code", "country_code")]
    text = ", ".join(str(part) for part in parts if isinstance(part, str) and part.strip())
    return text or None


def _what(event: dict[str, Any], names: dict[str, str]) -> str | None:
    channel, guild = event.get("channel_id"), event.get("guild_id")
    if channel is not None and str(channel) in names:
        return names[str(channel)]
    parts = [f"channel {channel}" if channel else "", f"server {guild}" if guild else ""]
    return " in ".join(part for part in parts if part) or None


def _covered(line: bytes, seen_hours: set[tuple[str, str | None]]) -> bool:
    """Whether ``line`` is an event not kept on its own, of an hour and IP already recorded."""
    kind = _RAW_TYPE.search(line)
    if kind is None or kind["value"].decode("utf-8", "replace") in KEPT_EVENTS:
        return False
    hour, ip = _RAW_HOUR.search(line), _RAW_IP.search(line)
    if hour is None:
        return False
    key = (hour["value"].decode(), ip["value"].decode("utf-8", "replace") if ip else None)
    return key in seen_hours


def _read_event(line: bytes) -> tuple[dict[str, Any], datetime] | Phrase:
    """The event on one line and its time, or why the line is not one."""
    try:
        event = json.loads(line)
    except ValueError:
        event = None
    if not isinstance(event, dict) or not isinstance(event.get("event_type"), str):
        return phrase("not_discord_event")
    when = _event_time(event.get("timestamp") or event.get("client_track_timestamp"))
    if when is None:
        return phrase("event_without_timestamp", value=event["event_type"])
    return event, when


def _parse_events(file: InputFile) -> Iterator[ParseItem]:
    names = _channel_names(file)
    seen_hours: set[tuple[str, str | None]] = set()
    bad = kept = 0
    with file.open_json() as stream:
        line_no = 0
        while True:
            line = stream.readline(_MAX_EVENT_LINE)
            if not line:
                break
            line_no += 1
            if len(line) >= _MAX_EVENT_LINE and not line.endswith(b"\n"):
                while (rest := stream.readline(_MAX_EVENT_LINE)) and not rest.endswith(b"\n"):
                    pass  # drop the rest of an over-long line
                line = b""
            if not line.strip():
                continue
            if _covered(line, seen_hours):
                continue
            read = _read_event(line)
            if isinstance(read, Phrase):
                bad += 1
                if bad <= _MAX_LINE_PROBLEMS:
                    yield problem(file, f"line {line_no}", read, source=FORMAT)
                continue
            event, when = read
            event_type = event["event_type"]
            ip = event.get("ip") if isinstance(event.get("ip"), str) else None
            if event_type not in KEPT_EVENTS:
                hour = (when.astimezone(UTC).strftime("%Y-%m-%dT%H"), ip)
                if hour in seen_hours:
                    continue
                seen_hours.add(hour)
                event_type = ACTIVE
            kept += 1
            yield Activity(
                source=FORMAT,
                path=file.display,
                locator=f"line {line_no}",
                timestamp=when,
                activity_type=event_type,
                title=None if event_type == ACTIVE else _what(event, names),
                text=_where(event),
                ip=ip,
            )
    if bad > _MAX_LINE_PROBLEMS:
        more = bad - _MAX_LINE_PROBLEMS
        yield problem(file, "", "more_unreadable_event_lines", source=FORMAT, value=more)
    if not kept and not bad:
        yield problem(file, "", "no_events_file", ProblemCode.EMPTY, FORMAT)
