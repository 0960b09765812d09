"""WeChat chats exported as CSV by PyWxDump (the layout WeClone also reads).

Header ``id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime``; an
older PyWxDump wrote ``content`` (a JSON value) instead of ``msg,src``. Columns are
found by name. One file per chat, named ``<wxid>_<start>_<end>.csv``, so files are
found by content. A file renamed after the contact (``大姐.csv``, ``大姐_utf8.csv``) gives
the chat its title: the other side of a 1:1 chat is named by it, as the user knows them,
and their wxid stays in ``raw_fields`` (``talker``, ``room_name``).

- ``type_name`` is PyWxDump's Chinese name of the WeChat message type (文本, 图片,
  语音, 视频, 动画表情, 位置, 文件, 引用回复, 转账, 系统通知, 拍一拍, 消息撤回…);
  WeClone's documentation shows English names (Text, Image…), read as well.
- ``is_sender`` is 1 for the user's own messages (``talker`` is then 我); ``talker``
  is the sender's wxid (系统 for system lines); ``room_name`` is the chat's wxid,
  ending ``@chatroom`` for groups.
- ``CreateTime`` is the exporting computer's wall time, ``YYYY-MM-DD HH:MM:SS``
  (``2024/10/4 11:43`` once a spreadsheet has saved the file), so the assumed zone
  is attached; a bare epoch number is UTC.
- A location's ``msg`` reads ``纬度:【lat】 经度:【lon】`` then ``位置：label``; a
  transfer's reads ``转账：￥100.00`` (``已收款：`` when it confirms receipt).
- PyWxDump's own export folder (``export/<my wxid>/csv/<chat wxid>/``) holds a
  ``users.json`` beside the chat's pages: one object per wxid the chat involves, with the
  user's ``remark`` for them, their ``nickname``, ``account`` (the WeChat ID they chose)
  and, in ``ExtraBuf``, the mobile (``手机号``). Each becomes a contact; the chat's
  pages are titled by the remark (else the nickname) the file gives the chat's wxid, and
  a group's members are named by theirs.
"""

from __future__ import annotations

import html
import json
import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any, TypedDict

from footprint.identifiers import chat_title
from footprint.loading import InputFile
from footprint.model import Contact, LocationPoint, Message, ParseItem, Payment, Problem
from footprint.pii.fields import raw_fields_for
from footprint.sources._payment_csv import (
    Row,
    cell,
    column_map,
    empty_file,
    first_cells,
    head_lines,
    parse_datetime,
    table_rows,
)
from footprint.sources.base import ParseContext, parse_amount, problem

FORMAT = "wechat_pywxdump"
LABEL = "WeChat chat (PyWxDump / WeClone CSV)"
CATEGORY = "chat"
PATHS: tuple[str, ...] = ()  # files are named after the chat's wxid: found by content
MULTI_FILE = False

ME = "me"  # the same actor the other WeChat source gives the user
_OWN_TALKERS = {"我", "me"}
_SYSTEM_TALKERS = {"系统", "system"}
_PAGE_NAME = re.compile(r"(?P<name>.+)_\d{1,7}_\d{1,7}")

COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "server_id": ("MsgSvrID",),
    "type": ("type_name",),
    "is_sender": ("is_sender",),
    "talker": ("talker",),
    "room": ("room_name",),
    "msg": ("msg",),
    "src": ("src",),
    "content": ("content",),
    "time": ("CreateTime",),
}
_REQUIRED = ("server_id", "type", "is_sender", "talker", "room", "time")
_TIMES = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
)

# type_name -> (media, is_system). Names not listed keep their own name as the media.
_TEXT, _LOCATION, _FILE, _LINK, _QUOTE, _TRANSFER = (
    "text",
    "location",
    "file",
    "link",
    "quote",
    "transfer",
)
_KINDS: dict[str, tuple[str | None, bool]] = {
    "文本": (None, False),
    "text": (None, False),
    "图片": ("image", False),
    "image": ("image", False),
    "语音": ("voice", False),
    "voice": ("voice", False),
    "视频": ("video", False),
    "video": ("video", False),
    "动画表情": ("sticker", False),
    "表情": ("sticker", False),
    "用户上传的gif表情": ("sticker", False),
    "sticker": ("sticker", False),
    "位置": (_LOCATION, False),
    "location": (_LOCATION, False),
    "位置共享": ("live location", False),
    "文件": (_FILE, False),
    "文件(猜)": (_FILE, False),
    "file": (_FILE, False),
    "(分享)卡片式链接": (_LINK, False),
    "link": (_LINK, False),
    "引用回复": (_QUOTE, False),
    "转账": (_TRANSFER, False),
    "transfer": (_TRANSFER, False),
    "语音通话": ("call", False),
    "添加好友": ("contact request", True),
    "推荐公众号": ("contact card", False),
    "系统通知": (None, True),
    "system": (None, True),
    "拍一拍": (None, True),
    "邀请加群": (None, True),
    "群公告": (None, True),
}
# Names outside the table (other tools' or versions' spellings) by a word they contain.
_KIND_WORDS: tuple[tuple[str, tuple[str | None, bool]], ...] = (
    ("撤回", (None, True)),
    ("系统", (None, True)),
    ("链接", (_LINK, False)),
    ("表情", ("sticker", False)),
    ("位置共享", ("live location", False)),
    ("位置", (_LOCATION, False)),
    ("文件", (_FILE, False)),
    ("通话", ("call", False)),
    ("转账", (_TRANSFER, False)),
    ("红包", ("red packet", False)),
    ("图片", ("image", False)),
    ("视频", ("video", False)),
    ("语音", ("voice", False)),
)
_LATLON = re.compile(r"纬度[:：]\s*【(?P<lat>-?[\d.]+)】\s*经度[:：]\s*【(?P<lon>-?[\d.]+)】")
# A bare "(lat, lon)" after the place's name, as some tools write locations.
_PAIR = re.compile(r"[(（]\s*(?P<lat>-?\d{1,2}\.\d+)\s*[,，]\s*(?P<lon>-?\d{1,3}\.\d+)\s*[)）]")
_PLACE = re.compile(r"位置[:：]\s*(?P<place>[^\n]*)")
# Some dumps keep WeChat's own XML for a location: <location x="lat" y="lon" label=...>.
_XML_LOCATION = re.compile(r"<location\b(?P<attributes>[^>]*)>")
_XML_ATTRIBUTE = re.compile(r'(?P<name>\w+)\s*=\s*"(?P<value>[^"]*)"')
_TRANSFER_AMOUNT = re.compile(r"^(?P<kind>转账|已收款)[:：]\s*(?P<amount>[^\n]+)")
_QUOTE_MARK = "\n\n[引用]"
_ANCHOR = re.compile(r'\s*<a href="(?P<url>[^"]*)">[^<]*</a>')


USERS_FILE = "users.json"
# users.json's object per wxid, as PyWxDump writes it: these keys tell it from other
# tools' users.json (Slack's is a list).
_USER_KEYS = re.compile(r'"wxid"\s*:|"remark"\s*:|"headImgUrl"\s*:|"ExtraBuf"\s*:')
_PHONE_KEY = "手机号"


def detect(file: InputFile) -> float:
    if file.name.lower() == USERS_FILE:
        head = file.head_text(4096).lstrip("\ufeff \t\r\n")
        return 1.0 if head.startswith("{") and len(set(_USER_KEYS.findall(head))) >= 3 else 0.0
    if not file.name.lower().endswith(".csv"):
        return 0.0
    lines = head_lines(file, limit=1)
    if not lines:
        return 0.0
    found = column_map(first_cells(lines[0]), COLUMNS)
    if all(key in found for key in _REQUIRED) and ("msg" in found or "content" in found):
        return 1.0
    return 0.0


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    if file.name.lower() == USERS_FILE:
        yield from _parse_users(file)
        return
    seen = 0
    path = PurePosixPath(file.path)
    stem = path.stem
    # PyWxDump's own name, <wxid>_<first>_<last row>: the tool wrote it, so it names
    # no one the way the user does; room_name says which chat it is. Pages kept in a
    # folder of the same name (<remark>/<remark>_0_N.csv) are named after the chat,
    # or, where the folder is the chat's wxid, by the remark users.json gives it.
    page = _PAGE_NAME.fullmatch(stem)
    own_folder = page is not None and path.parent.name == page.group("name")
    title = None if page and not own_folder else chat_title(page.group("name") if page else stem)
    names = _remarks(file)  # what users.json beside the page calls each wxid
    if page and own_folder:
        title = names.get(page.group("name"), (title, None))[0] or title
    with file.open_text() as stream:
        for item in table_rows(stream, file, FORMAT, COLUMNS, _REQUIRED, "PyWxDump"):
            if isinstance(item, Problem):
                yield item
                continue
            columns, row = item
            for parsed in _row(file, row, columns, ctx, title, names):
                if isinstance(parsed, Message):
                    seen += 1
                yield parsed
    if not seen:
        yield empty_file(file, FORMAT, "WeChat messages")


def _user_entries(file: InputFile) -> tuple[list[tuple[str, dict[str, Any]]], str | None]:
    """(wxid, entry) pairs of a users.json, and the JSON error if it could not be read."""
    try:
        data = json.loads(file.read_text()[0].lstrip("\ufeff"))
    except (ValueError, OSError) as error:
        return [], str(error)
    if not isinstance(data, dict):
        return [], "not an object"
    return [(str(key), value) for key, value in data.items() if isinstance(value, dict)], None


# users.json read once per folder, however many pages the chat has.
_REMARKS: weakref.WeakKeyDictionary[InputFile, dict[str, tuple[str, str | None]]] = (
    weakref.WeakKeyDictionary()
)


def _remarks(file: InputFile) -> dict[str, tuple[str, str | None]]:
    """wxid -> (the name the user gave them: remark, else nickname; their own nickname when
    the remark replaced it), from the users.json beside a chat's page (its own problems
    are reported when it is parsed)."""
    source = file.sibling(USERS_FILE)
    if source is None:
        return {}
    if source not in _REMARKS:
        entries, _ = _user_entries(source)
        names = {}
        for wxid, entry in entries:
            remark, nickname = _text(entry.get("remark")), _text(entry.get("nickname"))
            name = remark or nickname
            if name:
                names[wxid] = (name, nickname if remark and nickname != remark else None)
        _REMARKS[source] = names
    return _REMARKS[source]


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _parse_users(file: InputFile) -> Iterator[ParseItem]:
    entries, error = _user_entries(file)
    if error is not None:
        yield problem(file, "$", "invalid_truncated_json", source=FORMAT, error=error)
        return
    for wxid, entry in entries:
        if wxid.endswith("@chatroom"):
            continue  # the group itself: its name titles the chat, it is no one
        extra = entry.get("ExtraBuf")
        phone = _text(extra.get(_PHONE_KEY)) if isinstance(extra, dict) else None
        name = _text(entry.get("remark")) or _text(entry.get("nickname"))
        fields = {
            "wxid": _text(entry.get("wxid")) or wxid,
            "remark": _text(entry.get("remark")),
            "nickname": _text(entry.get("nickname")),
            "account": _text(entry.get("account")),
            "phone": phone,
        }
        yield Contact(
            source=FORMAT,
            path=file.display,
            locator=f"$.{wxid}",
            name=name,
            phone=phone,
            handle=fields["account"],
            raw_fields=raw_fields_for(FORMAT, {k: v for k, v in fields.items() if v}),
        )
    if not entries:
        yield empty_file(file, FORMAT, "WeChat contacts")


class _Common(TypedDict):
    source: str
    path: str
    locator: str
    timestamp: datetime
    tz_assumed: bool


@dataclass(frozen=True)
class _Body:
    text: str | None
    src: str | None


def _body(row: Row, columns: dict[str, int]) -> _Body:
    """``msg`` and ``src``, or the older JSON ``content`` cell split the same way."""
    if "msg" in columns:
        return _Body(cell(row, columns, "msg") or None, cell(row, columns, "src") or None)
    raw = cell(row, columns, "content")
    try:
        value = json.loads(raw)
    except ValueError:
        return _Body(raw or None, None)
    if isinstance(value, dict):
        msg, src = value.get("msg"), value.get("src")
        return _Body(
            msg.strip() or None if isinstance(msg, str) else None,
            src.strip() or None if isinstance(src, str) else None,
        )
    return _Body(value.strip() or None if isinstance(value, str) else raw or None, None)


def _kind(type_name: str) -> tuple[str | None, bool]:
    """(media, is_system) for a ``type_name``; an unknown name is kept as the media."""
    known = _KINDS.get(type_name.casefold())
    if known is not None:
        return known
    found = next((kind for word, kind in _KIND_WORDS if word in type_name), None)
    return found or (type_name or "unknown", False)


def _time(raw: str, ctx: ParseContext) -> tuple[datetime, bool] | None:
    if raw.isdigit() and len(raw) in (10, 13):
        seconds = int(raw) / (1000 if len(raw) == 13 else 1)
        try:
            return datetime.fromtimestamp(seconds, UTC), False
        except (OverflowError, OSError, ValueError):
            return None
    naive = parse_datetime(raw, _TIMES)
    return (ctx.localize(naive), True) if naive else None


def _row(
    file: InputFile,
    row: Row,
    columns: dict[str, int],
    ctx: ParseContext,
    title: str | None,
    names: dict[str, tuple[str, str | None]],
) -> Iterator[ParseItem]:
    locator = f"row {row.number}"

    def get(key: str) -> str:
        return cell(row, columns, key)

    when = _time(get("time"), ctx)
    if when is None:
        yield problem(file, locator, "bad_createtime", source=FORMAT, value=get("time"))
        return
    timestamp, assumed = when
    flag = get("is_sender")
    if flag not in ("0", "1"):
        yield problem(file, locator, "sender_neither_0_nor_1", source=FORMAT, value=flag)
        return
    type_name = get("type")
    media, is_system = _kind(type_name)
    talker = get("talker")
    if talker in _SYSTEM_TALKERS:
        is_system = True
    own = flag == "1" or talker in _OWN_TALKERS
    wxid = get("room") or None
    group = bool(wxid and wxid.endswith("@chatroom"))
    # The chat as the user named it (the file's title), else its wxid; the other side of a
    # 1:1 chat likewise. The wxids stay in raw_fields, where redaction finds them.
    named = title if title and title.casefold() != (wxid or "").casefold() else None
    room = named or wxid
    # A group member by the name users.json gives their wxid, when it is there.
    known, nickname = names.get(talker, (None, None))
    sender = (named if not group and talker in ("", wxid) else None) or known or talker or None
    actor = None if is_system else (ME if own else sender)
    body = _body(row, columns)
    text = body.text
    lat = lon = None
    address = None
    if media == _LOCATION:
        text, lat, lon, address = _location(body.text)
        if lat is None:
            yield problem(file, locator, "location_without_readable_coordinates", source=FORMAT)
    elif media == _FILE:
        media, text = text or "file", None
    elif media == _QUOTE:
        media, text = None, (text or "").split(_QUOTE_MARK)[0].strip() or None
    elif media == _LINK and text:
        text = _ANCHOR.sub(lambda m: f" ({m['url']})", text).strip()
    elif media in ("image", "video", "sticker"):
        text = None  # the cell repeats the type's name (图片, 视频, 表情)
    raw = raw_fields_for(
        FORMAT,
        {
            "talker": "" if talker in _OWN_TALKERS | _SYSTEM_TALKERS else talker,
            "room_name": wxid,
            # The user's remark for the member and their own nickname, when both exist.
            "remark": known if nickname and sender == known else None,
            "nickname": nickname if sender == known else None,
            "location_label": address,
        },
    )
    common = _Common(
        source=FORMAT, path=file.display, locator=locator, timestamp=timestamp, tz_assumed=assumed
    )
    yield Message(
        **common,
        actor=actor,
        counterparty=room if actor and room != actor else None,
        conversation=room,
        text=text,
        is_system=is_system,
        media=media,
        raw_fields=raw,
    )
    if lat is not None and lon is not None:
        yield LocationPoint(**common, actor=actor, text=text, lat=lat, lon=lon)
    if media == _TRANSFER:
        # The other party: the chat in a private chat, the sender in a group.
        other = (None if own else talker or None) if group else room
        yield from _transfer(file, body.text, own, other, common)


def _location(
    msg: str | None,
) -> tuple[str | None, float | None, float | None, str | None]:
    """The place's text, its coordinates and its street address (when the dump keeps
    WeChat's XML label), from PyWxDump's location text."""
    text = msg or ""
    xml = _XML_LOCATION.search(text)
    if xml:
        attributes = {m["name"]: html.unescape(m["value"]) for m in _XML_ATTRIBUTE.finditer(xml[0])}
        label = attributes.get("label") or None
        names = (attributes.get("poiname"), label)
        shown = " ".join(dict.fromkeys(name for name in names if name)) or None
        try:
            lat, lon = float(attributes.get("x", "")), float(attributes.get("y", ""))
        except ValueError:
            return shown, None, None, label
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return shown, None, None, label
        return shown, lat, lon, label
    place = _PLACE.search(text)
    label = place["place"].strip() or None if place else None
    address = label  # 位置：… is WeChat's label, the street address
    found = _LATLON.search(text) or _PAIR.search(text)
    if not found:
        return label or msg, None, None, address
    if label is None and found.re is _PAIR:
        label = text[: found.start()].strip() or None
    try:
        lat, lon = float(found["lat"]), float(found["lon"])
    except ValueError:
        return label, None, None, address
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return label, None, None, address
    return label, lat, lon, address


def _transfer(
    file: InputFile, msg: str | None, own: bool, other: str | None, common: _Common
) -> Iterator[ParseItem]:
    """A Payment for a transfer that was sent; a receipt confirmation repeats it, so no record."""
    found = _TRANSFER_AMOUNT.match(msg or "")
    if not found:
        yield problem(file, common["locator"], "transfer_without_amount", source=FORMAT)
        return
    if found["kind"] != "转账":
        return
    amount = parse_amount(found["amount"])
    if amount is None:
        yield problem(
            file, common["locator"], "amount_not_number", source=FORMAT, value=found["amount"]
        )
        return
    note = re.search(r"转账说明[:：]\s*(?P<note>[^\n]*)", msg or "")
    yield Payment(
        **common,
        actor=ME,
        counterparty=other,
        text=note["note"].strip() or None if note else None,
        amount=-amount if own else amount,
        currency="CNY",
        category="transfer",
    )
