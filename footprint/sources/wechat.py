"""WeChat chats, as written by third-party tools (WeChat has no export of its own).

Two layouts, told apart by content:

- MemoTrace/WeChatMsg CSV (utf-8-sig), one file per chat, header
  ``localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender``.
  ``CreateTime`` is a unix timestamp; ``IsSender=1`` marks the user's own messages.
  ``Type``: 1 text, 3 image, 34 voice, 43 video, 47 sticker, 48 location (XML with
  ``x``/``y`` = latitude/longitude), 49 link or file (XML), 10000 system.
- wechat-dump text, one line per message: ``TYPE|sender-or-me:YYYY-MM-DD HH:MM:SS:content``
  in local time; lines without that header continue the previous message.

The user's own messages have the actor ``"me"`` in both, as the tools write it.
"""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath

from footprint.loading import InputFile
from footprint.model import LocationPoint, Message, ParseItem, ProblemCode
from footprint.pii.fields import raw_fields_for
from footprint.sources.base import ParseContext, problem

FORMAT = "wechat"
LABEL = "WeChat chat (MemoTrace CSV or wechat-dump text)"
CATEGORY = "chat"
PATHS: tuple[str, ...] = ()  # both tools name files after the chat: found by content
MULTI_FILE = False

ME = "me"
GROUP_SUFFIX = "@chatroom"  # a group chat's TalkerId
_CSV_COLUMNS = (
    "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,"
    "NickName,Sender"
)
_DUMP_LINE = re.compile(
    r"^(?P<type>-?\d{1,10})\|(?P<sender>.*?):"
    r"(?P<time>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}):(?P<content>.*)$"
)
_IMG_SUFFIX = re.compile(r"\|img:(?P<path>\S+)\s*$")
_DUMP_LOCATION = re.compile(r"^LOCATION:(?P<label>.*) \((?P<lat>-?[\d.]+),(?P<lon>-?[\d.]+)\)$")
_XML_ATTR = r'\b{}\s*=\s*"(?P<value>[^"]*)"'
_XML_TAG = r"<{0}>(?P<value>.*?)</{0}>"

TEXT, IMAGE, VOICE, CARD, VIDEO, STICKER, LOCATION, LINK, CALL, WX_VIDEO = (
    1,
    3,
    34,
    42,
    43,
    47,
    48,
    49,
    50,
    62,
)
SYSTEM_TYPES = {10000, 10002}
_MEDIA = {
    IMAGE: "image",
    VOICE: "voice",
    CARD: "contact card",
    VIDEO: "video",
    WX_VIDEO: "video",
    STICKER: "sticker",
    CALL: "call",
}


def _first_line(file: InputFile) -> str:
    for line in file.head_text(4096).splitlines():
        stripped = line.strip("\ufeff \t")
        if stripped:
            return stripped
    return ""


def _is_memotrace(file: InputFile) -> bool:
    return _first_line(file).startswith(_CSV_COLUMNS[:40])


def detect(file: InputFile) -> float:
    name = file.name.lower()
    if name.endswith(".csv"):
        return 1.0 if _is_memotrace(file) else 0.0
    if not name.endswith(".txt"):
        return 0.0
    lines = file.head_text(4096).splitlines()
    if file.size > 4096:
        lines = lines[:-1]  # the last line may be cut off
    lines = [line for line in lines if line.strip()][:10]
    hits = sum(1 for line in lines if _DUMP_LINE.match(line.lstrip("\ufeff")))
    if not lines or (not _DUMP_LINE.match(lines[0].lstrip("\ufeff")) and hits < 2):
        return 0.0
    return min(0.6 + 0.4 * hits / len(lines), 1.0)


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    if _is_memotrace(file):
        yield from _parse_csv(file, ctx)
    else:
        yield from _parse_dump(file, ctx)


# --- XML fragments inside StrContent (read with patterns: never run an XML parser on them)


def _attr(xml: str, name: str) -> str | None:
    found = re.search(_XML_ATTR.format(re.escape(name)), xml)
    return html.unescape(found["value"]) if found else None


def _tag(xml: str, name: str) -> str | None:
    found = re.search(_XML_TAG.format(re.escape(name)), xml, re.DOTALL)
    if not found:
        return None
    value = found["value"].strip()
    if value.startswith("<![CDATA[") and value.endswith("]]>"):
        value = value[9:-3]
    return html.unescape(value).strip() or None


@dataclass
class _Parsed:
    text: str | None
    media: str | None = None
    is_system: bool = False
    lat: float | None = None
    lon: float | None = None
    address: str | None = None  # a location share's street address, as WeChat labels it


def _coordinates(lat: str | None, lon: str | None) -> tuple[float, float] | None:
    try:
        pair = float(lat or ""), float(lon or "")
    except ValueError:
        return None
    if not (-90 <= pair[0] <= 90 and -180 <= pair[1] <= 180):
        return None
    return pair


def _csv_content(kind: int, sub_type: int, content: str) -> _Parsed:
    if kind == TEXT:
        return _Parsed(content or None)
    if kind in SYSTEM_TYPES:
        return _Parsed(_tag(content, "content") or content or None, is_system=True)
    if kind == LOCATION:
        # The place's name and its street address (label): both say where the user was.
        parts = (_attr(content, "poiname"), _attr(content, "label"))
        place = " ".join(dict.fromkeys(part for part in parts if part)) or None
        found = _coordinates(_attr(content, "x"), _attr(content, "y"))
        lat, lon = found if found else (None, None)
        return _Parsed(place, media="location", lat=lat, lon=lon, address=_attr(content, "label"))
    if kind == LINK:
        title, url = _tag(content, "title"), _tag(content, "url")
        if sub_type == 6 or (title and not url and _tag(content, "totallen")):
            return _Parsed(None, media=title or "file")
        text = " ".join(part for part in (title, f"({url})" if url else None) if part)
        return _Parsed(text or None, media="link")
    return _Parsed(None, media=_MEDIA.get(kind, f"type {kind}"))


def _parse_csv(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    count = 0
    with file.open_text() as stream:
        reader = csv.reader(stream)
        header = next(reader, None)
        columns = [column.strip("\ufeff ") for column in header or []]
        number = 1
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
                yield from _csv_row(file, ctx, row, f"row {number}")
        except csv.Error as exc:
            yield problem(file, f"row {number + 1}", "unreadable_csv", source=FORMAT, error=exc)
    if not count:
        yield problem(file, "", "no_wechat_messages_found", ProblemCode.EMPTY, FORMAT)


def _chat_name(file: InputFile) -> str | None:
    stem = PurePosixPath(file.name).stem
    return re.sub(r"_utf8$", "", stem) or None


def _csv_time(row: dict[str, str], ctx: ParseContext) -> tuple[datetime | None, bool]:
    raw = row.get("CreateTime", "").strip()
    try:
        wall: datetime | None = datetime.strptime(
            row.get("StrTime", "").strip(), "%Y-%m-%d %H:%M:%S"
        )
    except ValueError:
        wall = None
    if raw.isdigit():
        try:
            instant = datetime.fromtimestamp(int(raw), UTC)
        except (OverflowError, OSError, ValueError):
            pass
        else:
            # StrTime is CreateTime on the exporting phone's clock: the exact offset.
            return (ctx.place(instant, wall) if wall is not None else instant), False
    if wall is None:
        return None, False
    return ctx.localize(wall), True


def _csv_row(
    file: InputFile, ctx: ParseContext, row: dict[str, str], locator: str
) -> Iterator[ParseItem]:
    timestamp, assumed = _csv_time(row, ctx)
    if timestamp is None:
        yield problem(file, locator, "no_readable_createtime_strtime", source=FORMAT)
        return
    try:
        kind = int(row.get("Type", ""))
        sub_type = int(row.get("SubType") or 0)
    except ValueError:
        yield problem(file, locator, "unknown_message_type", source=FORMAT, value=row.get("Type"))
        return
    # MemoTrace fills Remark, NickName and Sender (a wxid) for whoever sent the row;
    # the chat itself is named by the file (``<remark>_utf8.csv``). In a group
    # (``TalkerId`` ``…@chatroom``) a name field that only repeats the group's name or ID
    # says nothing about the member: the next field names them (their wxid at worst).
    talker = row.get("TalkerId", "").strip()
    conversation = _chat_name(file) or talker or None
    own = row.get("IsSender", "").strip() == "1"
    names = [row.get(column, "").strip() for column in ("Remark", "NickName", "Sender")]
    if talker.endswith(GROUP_SUFFIX):
        names = [name for name in names if name not in {conversation, talker}]
    sender = next((name for name in names if name), None) or talker
    actor = ME if own else (sender or None)
    parsed = _csv_content(kind, sub_type, row.get("StrContent", ""))
    if kind == LOCATION and parsed.lat is None:
        yield problem(file, locator, "location_without_readable_coordinates", source=FORMAT)
    fields = {**row, "location_label": parsed.address} if parsed.address else row
    raw = raw_fields_for(FORMAT, fields)
    yield from _records(file, locator, timestamp, assumed, actor, conversation, parsed, raw)


def _records(
    file: InputFile,
    locator: str,
    timestamp: datetime,
    assumed: bool,
    actor: str | None,
    conversation: str | None,
    parsed: _Parsed,
    raw: str | None = None,
) -> Iterator[ParseItem]:
    yield Message(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        actor=None if parsed.is_system else actor,
        counterparty=conversation if actor != conversation and not parsed.is_system else None,
        conversation=conversation,
        text=parsed.text,
        is_system=parsed.is_system,
        media=parsed.media,
        raw_fields=raw,
    )
    if parsed.lat is not None and parsed.lon is not None:
        yield LocationPoint(
            source=FORMAT,
            path=file.display,
            locator=locator,
            timestamp=timestamp,
            tz_assumed=assumed,
            actor=actor,
            text=parsed.text,
            lat=parsed.lat,
            lon=parsed.lon,
        )


# --- wechat-dump text ------------------------------------------------------------


def _dump_content(kind: int, content: str) -> _Parsed:
    media: str | None = None
    image = _IMG_SUFFIX.search(content)
    if image:
        media = _MEDIA.get(kind, "image")
        content = content[: image.start()]
    if kind in SYSTEM_TYPES:
        return _Parsed(content or None, is_system=True)
    if kind == LOCATION:
        found = _DUMP_LOCATION.match(content)
        if found:
            lat, lon = found["lat"], found["lon"]
            pair = _coordinates(lat, lon)
            if pair:
                return _Parsed(found["label"] or None, "location", lat=pair[0], lon=pair[1])
        return _Parsed(content or None, "location")
    if kind == LINK:
        if content.startswith("FILE:"):
            return _Parsed(None, content.removeprefix("FILE:").strip() or "file")
        return _Parsed(content.removeprefix("URL:").strip() or None, "link")
    if kind == TEXT:
        return _Parsed(content or None, media)
    return _Parsed(None if kind in _MEDIA else content or None, media or _MEDIA.get(kind))


@dataclass
class _Pending:
    line_no: int
    match: re.Match[str]
    lines: list[str]


def _parse_dump(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    conversation = PurePosixPath(file.name).stem or None
    pending: _Pending | None = None
    seen = False
    with file.open_text() as stream:
        for line_no, raw in enumerate(stream, start=1):
            line = raw.rstrip("\r\n")
            match = _DUMP_LINE.match(line.lstrip("\ufeff"))
            if match:
                if pending is not None:
                    yield from _emit_dump(file, ctx, pending, conversation)
                pending = _Pending(line_no, match, [match["content"]])
                seen = True
            elif pending is not None:
                pending.lines.append(line)
            elif line.strip("\ufeff \t"):
                yield problem(
                    file,
                    f"line {line_no}",
                    "text_before_first_message_skipped",
                    source=FORMAT,
                )
    if pending is not None:
        yield from _emit_dump(file, ctx, pending, conversation)
    if not seen:
        yield problem(file, "", "no_wechat_messages_found", ProblemCode.EMPTY, FORMAT)


def _emit_dump(
    file: InputFile, ctx: ParseContext, pending: _Pending, conversation: str | None
) -> Iterator[ParseItem]:
    locator = f"line {pending.line_no}"
    try:
        naive = datetime.strptime(pending.match["time"], "%Y-%m-%d %H:%M:%S")
    except ValueError:
        yield problem(file, locator, "impossible_date", source=FORMAT, value=pending.match["time"])
        return
    sender = pending.match["sender"].strip() or None
    content = "\n".join(pending.lines)
    if "\ufffd" in content:
        yield problem(
            file, locator, "undecodable_bytes_replaced_u_fffd", ProblemCode.ENCODING, FORMAT
        )
    parsed = _dump_content(int(pending.match["type"]), content)
    yield from _records(file, locator, ctx.localize(naive), True, sender, conversation, parsed)
