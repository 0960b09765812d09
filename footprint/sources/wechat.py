"""WeChat chats as MemoTrace/WeChatMsg writes them (WeChat has no export of its own).

One CSV per chat (utf-8-sig), header
``localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender``.
``CreateTime`` is a unix timestamp; ``IsSender=1`` marks the user's own messages, whose
actor is ``"me"`` as in the other WeChat sources. ``Type``: 1 text, 3 image, 34 voice,
43 video, 47 sticker, 48 location (XML with ``x``/``y`` = latitude/longitude), 49 link or
file (XML), 10000 system. wechat-dump's text files are :mod:`footprint.sources.wechat_dump`.
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
LABEL = "WeChat chat (MemoTrace CSV)"
CATEGORY = "chat"
PATHS: tuple[str, ...] = ()  # files are named after the chat: found by content
MULTI_FILE = False

ME = "me"
GROUP_SUFFIX = "@chatroom"  # a group chat's TalkerId
_CSV_COLUMNS = (
    "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,"
    "NickName,Sender"
)
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
    if not file.name.lower().endswith(".csv"):
        return 0.0
    return 1.0 if _is_memotrace(file) else 0.0


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    yield from _parse_csv(file, ctx)


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
