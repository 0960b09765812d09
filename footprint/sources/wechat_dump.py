"""WeChat chats written as text by wechat-dump (its ``dump-msg`` script), one file per chat.

Every message starts a line ``TYPE|sender:YYYY-MM-DD HH:MM:SS:content``; a line without
that prefix continues the message before it (multi-line text, red-packet titles).

- ``TYPE`` is WeChat's message type: the tool writes its number (1 text, 3 image,
  34 voice, 43 video, 47 sticker, 48 location, 49 link or file, 10000 system...);
  other writers of the layout spell it by name (TEXT, IMAGE, VOICE, VIDEO, EMOJI,
  LOCATION, LINK, SYSTEM...), read as well.
- ``sender`` is ``me`` for the user's own messages, else the sender's display name (the
  member's in a group), empty for system lines; a wxid when the tool had no name.
- The time is the exporting phone's wall time with no zone: the assumed zone is
  attached. The tool prints Python's datetime, so a time with milliseconds carries
  them as six decimals (``13:05:48.043000``); one without has none. ``content`` may
  itself hold colons.
- Content the tool writes for media: ``LOCATION:<place> (<lat>,<lon>)``,
  ``URL:<link>``, ``FILE:<file name>``, ``[RED ENVELOPE]``/``[Money Transfer]`` then
  a title, ``VIDEO FILE``, ``REQUEST VIDEO CHAT``; a message with a picture ends in
  ``|img:<path>``. Placeholders such as ``[Image]`` or ``[语音]`` are not kept as text.

The file is named after the chat (``<chat name>.txt``), which titles it; a file with two
or more other senders is a group. In a 1:1 chat a sender given only by wxid (or not at
all) is named by the title, as the user knows them; the wxid stays in ``raw_fields``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath

from footprint.identifiers import chat_title, looks_like_id
from footprint.loading import InputFile
from footprint.model import LocationPoint, Message, ParseItem, ProblemCode
from footprint.pii.fields import raw_fields_for
from footprint.sources._lines import iter_lines
from footprint.sources.base import ParseContext, problem

FORMAT = "wechat_dump"
LABEL = "WeChat chat (wechat-dump text)"
CATEGORY = "chat"
# The tool writes into a folder the user names; its usual name claims the files, and
# any other folder's are found by content.
PATHS: tuple[str, ...] = ("wechat-dump/*.txt", "wechat_dump/*.txt")
MULTI_FILE = False

ME = "me"  # the same actor the other WeChat sources give the user
GROUP_SUFFIX = "@chatroom"

_TYPE = r"-?\d{1,10}|[A-Za-z][A-Za-z_]{1,24}"
_LINE = re.compile(
    rf"^(?P<type>{_TYPE})\|(?P<sender>[^\n]*?):"
    r"(?P<time>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?):(?P<content>.*)$"
)
# A line that starts like a message but is not one (a cut or garbled time): reported,
# not glued to the message before it. Words must be upper case to count as a type here,
# so an ordinary continuation line ("Note|see: 3 items") is not taken for one.
_LOOKS_LIKE_LINE = re.compile(r"^(?:-?\d{1,10}|[A-Z][A-Z_]{1,24})\|[^\n:]{0,64}:\s*\d")
_IMG_SUFFIX = re.compile(r"\|img:(?P<path>\S+)\s*$")
_LOCATION = re.compile(
    r"^(?:LOCATION:)?\s*(?P<label>.*?)\s*[(（]\s*(?P<lat>-?\d{1,2}(?:\.\d+)?)\s*[,，]"
    r"\s*(?P<lon>-?\d{1,3}(?:\.\d+)?)\s*[)）]\s*$",
    re.DOTALL,
)
_TITLE_TAG = re.compile(r"<title>(?:<!\[CDATA\[)?(?P<title>.*?)(?:\]\]>)?</title>", re.DOTALL)
# Media a writer shows by a word in brackets: "[Image]", "[图片]", "[RED ENVELOPE]".
_PLACEHOLDER = re.compile(r"^\s*\[[^\[\]\n]{1,24}\]\s*$")

TEXT, LOCATION, LINK, FILE, SYSTEM, RED_PACKET, TRANSFER = (
    "text",
    "location",
    "link",
    "file",
    "system",
    "red packet",
    "transfer",
)
# WeChat's type number or a writer's name for it -> what footprint calls it: None for
# text, "system" for system lines, else the media.
_KINDS: dict[str, str | None] = {
    "1": None,
    "3": "image",
    "34": "voice",
    "42": "contact card",
    "43": "video",
    "47": "sticker",
    "48": LOCATION,
    "49": LINK,
    "50": "call",
    "62": "video",
    "10000": SYSTEM,
    "10002": SYSTEM,
    "1048625": "sticker",
    "436207665": RED_PACKET,
    "419430449": TRANSFER,
    "-1879048186": "live location",
    "822083633": None,  # a reply: its text
    "1090519089": FILE,
    "16777265": LINK,
    "1040187441": LINK,  # a shared song
    # By name: wechat-dump's own constants (TYPE_ dropped) and plainer spellings.
    "msg": None,
    "text": None,
    "reply": None,
    "quote": None,
    "img": "image",
    "image": "image",
    "picture": "image",
    "photo": "image",
    "speak": "voice",
    "voice": "voice",
    "audio": "voice",
    "namecard": "contact card",
    "card": "contact card",
    "contact": "contact card",
    "video": "video",
    "video_file": "video",
    "wx_video": "video",
    "emoji": "sticker",
    "custom_emoji": "sticker",
    "sticker": "sticker",
    "location": LOCATION,
    "location_sharing": "live location",
    "link": LINK,
    "url": LINK,
    "app_msg": LINK,
    "qqmusic": LINK,
    "file": FILE,
    "voip": "call",
    "call": "call",
    "system": SYSTEM,
    "sys": SYSTEM,
    "redenvelope": RED_PACKET,
    "red_envelope": RED_PACKET,
    "red_packet": RED_PACKET,
    "money_transfer": TRANSFER,
    "transfer": TRANSFER,
}
# Media whose content is a placeholder or the app's raw XML, never words of the sender.
_NO_TEXT = frozenset({"image", "voice", "video", "sticker", "call", "live location"})


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".txt"):
        return 0.0
    lines = file.head_text(4096).splitlines()
    if file.size > 4096:
        lines = lines[:-1]  # the last line may be cut off
    lines = [line.lstrip("\ufeff") for line in lines if line.strip("\ufeff \t")][:10]
    if not lines:
        return 0.0
    hits = sum(1 for line in lines if _LINE.match(line))
    if not _LINE.match(lines[0]) and hits < 2:
        return 0.0
    return min(0.6 + 0.4 * hits / len(lines), 1.0)


@dataclass
class _Pending:
    line_no: int
    match: re.Match[str]
    lines: list[str]


@dataclass(frozen=True)
class _Chat:
    conversation: str | None
    title: str | None  # a name the user knows the chat by, not an ID
    group: bool


@dataclass
class _Parsed:
    text: str | None
    media: str | None = None
    is_system: bool = False
    lat: float | None = None
    lon: float | None = None


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    chat = _chat(file)
    pending: _Pending | None = None
    seen = False
    with file.open_text() as stream:
        for line_no, raw in enumerate(iter_lines(stream), start=1):
            line = raw.rstrip("\r").lstrip("\ufeff") if line_no == 1 else raw.rstrip("\r")
            match = _LINE.match(line)
            if match:
                if pending is not None:
                    yield from _emit(file, ctx, pending, chat)
                pending = _Pending(line_no, match, [match["content"]])
                seen = True
            elif _LOOKS_LIKE_LINE.match(line):
                yield problem(file, f"line {line_no}", "wechat_dump_line_malformed", source=FORMAT)
            elif pending is not None:
                pending.lines.append(line)
            elif line.strip("\ufeff \t"):
                yield problem(
                    file, f"line {line_no}", "text_before_first_message_skipped", source=FORMAT
                )
    if pending is not None:
        yield from _emit(file, ctx, pending, chat)
    if not seen:
        yield problem(file, "", "no_wechat_messages_found", ProblemCode.EMPTY, FORMAT)


def _chat(file: InputFile) -> _Chat:
    """The chat's name (from the file's), and whether it is a group: two or more senders
    besides the user, or a group's ID as the name. Costs one more pass over the file."""
    stem = PurePosixPath(file.name).stem.strip()
    others: set[str] = set()
    with file.open_text() as stream:
        for raw in iter_lines(stream):
            match = _LINE.match(raw.lstrip("\ufeff"))
            if match is None:
                continue
            sender = match["sender"].strip()
            if sender and sender != ME and _kind(match["type"]) != SYSTEM:
                others.add(sender)
                if len(others) >= 2:
                    break
    group = len(others) >= 2 or stem.lower().endswith(GROUP_SUFFIX)
    return _Chat(conversation=chat_title(stem) or stem or None, title=chat_title(stem), group=group)


def _kind(raw: str) -> str | None:
    """None for text, "system", or the media; an unknown type keeps its own name."""
    key = raw.strip().lower().removeprefix("type_")
    if key in _KINDS:
        return _KINDS[key]
    return f"type {raw}" if raw.lstrip("-").isdigit() else key.replace("_", " ")


def _content(kind: str | None, content: str) -> _Parsed:
    media: str | None = kind
    picture = _IMG_SUFFIX.search(content)
    if picture:
        content = content[: picture.start()].rstrip()
        media = media or "image"
    body = content.strip()
    if kind == SYSTEM:
        return _Parsed(body or None, is_system=True)
    if kind == LOCATION:
        found = _LOCATION.match(body)
        if found:
            lat, lon = float(found["lat"]), float(found["lon"])
            place = found["label"].strip() or None
            if -90 <= lat <= 90 and -180 <= lon <= 180:
                return _Parsed(place, LOCATION, lat=lat, lon=lon)
            return _Parsed(place, LOCATION)
        place = body.removeprefix("LOCATION:").strip()
        return _Parsed(None if not place or place == "unknown" else place, LOCATION)
    if kind == LINK:
        if body.startswith("FILE:"):
            return _Parsed(None, body.removeprefix("FILE:").strip() or FILE)
        if body.startswith("NOT IMPLEMENTED:"):  # the app's XML, which the tool left as is
            title = _TITLE_TAG.search(body)
            return _Parsed(title["title"].strip() or None if title else None, LINK)
        return _Parsed(body.removeprefix("URL:").strip() or None, LINK)
    if kind == FILE:
        name = body.removeprefix("FILE:").strip()
        return _Parsed(None, name if name and not _PLACEHOLDER.match(name) else FILE)
    if kind in (RED_PACKET, TRANSFER):
        # "[RED ENVELOPE]" or "[Money Transfer]", then its title on the next line.
        lines = body.split("\n")
        rest = "\n".join(lines[1:] if _PLACEHOLDER.match(lines[0]) else lines).strip()
        return _Parsed(rest or None, kind)
    if kind == "contact card":
        return _Parsed(None, kind)  # the card's XML: who it shows is not the sender's words
    if kind in _NO_TEXT:
        return _Parsed(None, media)
    if media and media != kind and _PLACEHOLDER.match(body):
        return _Parsed(None, media)  # a text line that only carried a picture
    return _Parsed(body or None, media)


def _emit(
    file: InputFile, ctx: ParseContext, pending: _Pending, chat: _Chat
) -> Iterator[ParseItem]:
    locator = f"line {pending.line_no}"
    match = pending.match
    try:
        naive = datetime.fromisoformat(match["time"])
    except ValueError:
        yield problem(file, locator, "impossible_date", source=FORMAT, value=match["time"])
        return
    # Blank lines at a message's end are spacing between messages, not its text.
    content = "\n".join(pending.lines).rstrip()
    if "\ufffd" in content:
        yield problem(
            file, locator, "undecodable_bytes_replaced_u_fffd", ProblemCode.ENCODING, FORMAT
        )
    kind = _kind(match["type"])
    parsed = _content(kind, content)
    if kind == LOCATION and parsed.lat is None:
        yield problem(file, locator, "location_without_readable_coordinates", source=FORMAT)
    sender = match["sender"].strip()
    own = sender.lower() == ME
    talker = None
    if own:
        actor: str | None = ME
    elif not chat.group and chat.title and (not sender or looks_like_id(sender)):
        # The other side of a 1:1 chat, as the user named the chat; the ID stays a field.
        actor, talker = chat.title, sender or None
    else:
        actor = sender or None
    if parsed.is_system:
        actor = None
    timestamp = ctx.localize(naive)
    raw = raw_fields_for(FORMAT, {"talker": talker})
    yield Message(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=True,
        actor=actor,
        counterparty=chat.conversation if actor and actor != chat.conversation else None,
        conversation=chat.conversation,
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
            tz_assumed=True,
            actor=actor,
            text=parsed.text,
            lat=parsed.lat,
            lon=parsed.lon,
        )
