"""WeChat: MemoTrace CSV, message types, locations, detection."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from footprint.loading import Container, InputFile
from footprint.model import LocationPoint, Message
from footprint.sources import wechat

from ..conftest import FIXTURES
from .chat_parse import parse_inputs

HEADER = (
    "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,"
    "NickName,Sender\r\n"
)


def _file(name: str, data: bytes) -> InputFile:
    container = Container(display="(memory)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


def test_memotrace_private_chat() -> None:
    result = parse_inputs([FIXTURES / "wechat" / "memotrace" / "张伟"], "Asia/Shanghai")
    messages = {r.locator: r for r in result.records if isinstance(r, Message)}
    first, mine = messages["row 2"], messages["row 3"]
    assert first.actor == "张伟" and first.conversation == "张伟"
    assert first.timestamp == datetime(2024, 1, 1, tzinfo=UTC) and not first.tz_assumed
    assert mine.actor == wechat.ME and mine.counterparty == "张伟"
    assert mine.text == "好的，我的手机号13812345678谢谢"
    assert [messages[f"row {n}"].media for n in range(4, 8)] == [
        "image",
        "voice",
        "video",
        "sticker",
    ]
    assert messages["row 9"].text == "上海租房指南 & 注意事项 (https://example.com/article?id=1)"
    assert messages["row 10"].media == "体检报告_王小明.pdf"
    assert messages["row 11"].is_system
    # No CreateTime: StrTime in the assumed zone.
    assert messages["row 12"].tz_assumed
    assert messages["row 12"].timestamp == datetime(
        2024, 1, 1, 16, 10, tzinfo=ZoneInfo("Asia/Shanghai")
    )
    (point,) = [r for r in result.records if isinstance(r, LocationPoint)]
    assert (point.lat, point.lon, point.text) == (
        31.230416,
        121.473701,
        "人民广场 上海市黄浦区人民大道200号",
    )
    assert {p.locator for p in result.problems} == {"row 13", "row 14", "row 15"}


def test_memotrace_group_sender() -> None:
    folder = FIXTURES / "wechat" / "memotrace" / "读书会"
    path = folder / "读书会_utf8.csv"
    data = path.read_bytes()
    items = list(wechat.parse(_file(path.name, data), wechat.ParseContext()))
    messages = [m for m in items if isinstance(m, Message)]
    assert [m.actor for m in messages] == ["王芳", wechat.ME, None]
    assert {m.conversation for m in messages} == {"读书会"}
    assert messages[2].is_system


def test_detect_by_content_only() -> None:
    assert wechat.detect(_file("anything.csv", ("\ufeff" + HEADER).encode())) == 1.0
    assert wechat.detect(_file("paypal.csv", b'"Date","Time","Name"\r\n')) == 0.0
    whatsapp = b"01/02/2024, 10:00 - Ann: hello\n01/02/2024, 10:01 - Bo: hi\n"
    assert wechat.detect(_file("chat.txt", whatsapp)) == 0.0
    # wechat-dump's text is its own source (wechat_dump), not this one.
    assert wechat.detect(_file("李娜.txt", b"1|me:2023-05-21 10:00:00:hi\n")) == 0.0


def test_memotrace_group_row_naming_the_group_names_the_member_by_wxid() -> None:
    """Some exports repeat the group's name in Remark/NickName of every group row: the
    member is then the Sender (wxid), and a 1:1 chat's fields stay the person's."""
    rows = [
        "1,555@chatroom,1,0,0,1704070800,0,房价又涨了 政府不管,2024-01-01 09:00:00,同学群,同学群,wxid_a1",
        "2,555@chatroom,1,0,0,1704070860,0,又来了,2024-01-01 09:01:00,同学群,同学群,wxid_b2",
        "3,555@chatroom,1,0,1,1704070920,2,哈哈,2024-01-01 09:02:00,同学群,同学群,wxid_me",
        "4,555@chatroom,1,0,0,1704070980,0,好的,2024-01-01 09:03:00,阿杰,杰哥,wxid_c3",
    ]
    data = ("\ufeff" + HEADER + "\r\n".join(rows) + "\r\n").encode("utf-8")
    items = list(wechat.parse(_file("同学群_utf8.csv", data), wechat.ParseContext()))
    actors = [m.actor for m in items if isinstance(m, Message)]
    assert actors == ["wxid_a1", "wxid_b2", wechat.ME, "阿杰"]
    # In a 1:1 chat the remark equal to the chat's name is the person's own.
    one = "1,wxid_zz,1,0,0,1704070800,0,hi,2024-01-01 09:00:00,Jane,Jane D,wxid_zz"
    data = ("\ufeff" + HEADER + one + "\r\n").encode("utf-8")
    (message,) = [
        m
        for m in wechat.parse(_file("Jane_utf8.csv", data), wechat.ParseContext())
        if isinstance(m, Message)
    ]
    assert message.actor == "Jane"
