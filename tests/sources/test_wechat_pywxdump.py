"""WeChat PyWxDump/WeClone CSV: message types, senders, times, transfers, detection."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from footprint.loading import Container, InputFile
from footprint.model import LocationPoint, Message, Payment, Problem
from footprint.sources import wechat, wechat_pywxdump
from footprint.sources.base import ParseContext
from footprint.sources.registry import SOURCES

from ..conftest import FIXTURES
from .chat_parse import parse_inputs

FOLDER = FIXTURES / "wechat_pywxdump"
HEADER = "id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime\n"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def _file(name: str, data: bytes) -> InputFile:
    container = Container(display="(memory)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


def _messages(name: str, zone: str = "Asia/Shanghai") -> dict[str, Message]:
    result = parse_inputs([FOLDER / name], zone)
    return {r.locator: r for r in result.records if isinstance(r, Message)}


def test_private_chat_types_and_senders() -> None:
    messages = _messages("wxid_lina8842_0_5001.csv")
    first, mine = messages["row 2"], messages["row 3"]
    assert first.actor == "wxid_lina8842" and first.conversation == "wxid_lina8842"
    assert first.timestamp == datetime(2024, 3, 2, 9, 15, tzinfo=SHANGHAI) and first.tz_assumed
    assert mine.actor == wechat_pywxdump.ME == wechat.ME
    assert mine.counterparty == "wxid_lina8842"
    assert [messages[f"row {n}"].media for n in (4, 5, 7)] == ["image", "voice", "sticker"]
    assert messages["row 4"].text is None  # "图片" repeats the type, it is not text
    assert messages["row 5"].text is not None and "八点在地铁站见" in messages["row 5"].text
    assert messages["row 8"].text == "好的，不见不散" and messages["row 8"].media is None
    assert messages["row 11"].media == "体检报告.pdf"
    assert messages["row 12"].is_system and messages["row 12"].actor is None
    assert messages["row 13"].media == "call"
    assert messages["row 14"].text == (
        "登山路线推荐\n十条适合新手的路线 (https://example.com/hike)"
    )


def test_location_becomes_a_point() -> None:
    result = parse_inputs([FOLDER / "wxid_lina8842_0_5001.csv"])
    (point,) = [r for r in result.records if isinstance(r, LocationPoint)]
    assert (point.lat, point.lon) == (31.230416, 121.473701)
    assert point.text == "上海市黄浦区 人民广场"


def test_sent_transfer_is_a_payment_and_its_receipt_is_not() -> None:
    result = parse_inputs([FOLDER / "wxid_lina8842_0_5001.csv"])
    (payment,) = [r for r in result.records if isinstance(r, Payment)]
    assert payment.amount == Decimal("-150.00") and payment.currency == "CNY"
    assert payment.counterparty == "wxid_lina8842" and payment.text == "门票"
    assert payment.locator == "row 9"


def test_group_chat_and_spreadsheet_times() -> None:
    messages = _messages("23456789012@chatroom_0_5001.csv")
    assert messages["row 2"].is_system and messages["row 2"].actor is None
    assert messages["row 3"].actor == "wxid_wangfang01"
    assert messages["row 3"].conversation == "23456789012@chatroom"
    assert messages["row 3"].timestamp == datetime(2024, 3, 4, 8, 5, tzinfo=SHANGHAI)
    assert messages["row 4"].actor == wechat_pywxdump.ME
    assert messages["row 5"].is_system  # 拍一拍


def test_english_type_names_and_epoch_times() -> None:
    messages = _messages("weclone_dataset.csv")
    assert messages["row 2"].timestamp == datetime(2024, 3, 8, 5, 0, tzinfo=UTC)
    assert not messages["row 2"].tz_assumed
    assert messages["row 3"].actor == wechat_pywxdump.ME
    assert messages["row 4"].media == "image"
    assert messages["row 4"].timestamp == datetime(2024, 3, 8, 5, 2, tzinfo=UTC)  # milliseconds


def test_older_json_content_column() -> None:
    messages = _messages("wxid_zhaolei_0_101.csv")
    assert messages["row 2"].text == "明天的会议改到下午三点"
    assert messages["row 3"].media == "image" and messages["row 3"].actor == wechat_pywxdump.ME


def test_broken_rows_are_problems_naming_the_file() -> None:
    result = parse_inputs([FOLDER / "wxid_broken_0_5001.csv"])
    assert {p.locator for p in result.problems} == {"row 3", "row 4", "row 5", "row 6", "row 7"}
    assert all("wxid_broken_0_5001.csv" in p.path for p in result.problems)
    assert any(r.locator == "row 2" for r in result.records)


def test_result_does_not_depend_on_the_zone_for_epoch_rows() -> None:
    utc = _messages("weclone_dataset.csv", "UTC")
    tokyo = _messages("weclone_dataset.csv", "Asia/Tokyo")
    assert [m.timestamp for m in utc.values()] == [m.timestamp for m in tokyo.values()]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("wxid_a_0_10.csv", HEADER.encode(), 1.0),
        ("wxid_a_0_10.csv", ("\ufeff" + HEADER).encode(), 1.0),
        ("wxid_a_0_10.csv", HEADER.encode("gb18030"), 1.0),
        ("wxid_a_0_10.txt", HEADER.encode(), 0.0),
        ("x.csv", b"id,type_name,msg\n1,2,3\n", 0.0),
        ("x.csv", b"localId,TalkerId,Type,SubType,IsSender,CreateTime\n", 0.0),
    ],
)
def test_detect(name: str, data: bytes, expected: float) -> None:
    assert wechat_pywxdump.detect(_file(name, data)) == expected


def test_no_other_source_claims_the_fixtures() -> None:
    for path in sorted(FOLDER.glob("*.csv")):
        file = _file(path.name, path.read_bytes())
        rivals = [
            s.FORMAT
            for s in SOURCES
            if s is not wechat_pywxdump and s.detect(file) >= wechat_pywxdump.detect(file)
        ]
        assert not rivals, (path.name, rivals)


def test_header_only_is_an_empty_problem() -> None:
    items = list(wechat_pywxdump.parse(_file("wxid_a_0_1.csv", HEADER.encode()), ParseContext()))
    assert len(items) == 1 and isinstance(items[0], Problem)


def test_other_spellings_of_types_and_locations() -> None:
    rows = (
        HEADER
        + "1,9001,分享链接,0,wxid_a,wxid_a,读书推荐 https://example.com/b,,2024/9/14 8:26\n"
        + "2,9002,位置,1,wxid_me,wxid_a,大雁塔（34.219700，108.964200）,,2024/9/14 8:27\n"
        + "3,9003,消息撤回57,0,wxid_a,wxid_a,对方撤回了一条消息,,2024/9/14 8:28\n"
    )
    items = list(wechat_pywxdump.parse(_file("wxid_a_0_3.csv", rows.encode()), ParseContext()))
    messages = [m for m in items if isinstance(m, Message)]
    assert [m.media for m in messages] == ["link", "location", None]
    assert messages[2].is_system
    (point,) = [p for p in items if isinstance(p, LocationPoint)]
    assert (point.lat, point.lon, point.text) == (34.2197, 108.9642, "大雁塔")
    assert not [p for p in items if isinstance(p, Problem)]


_TITLED = (
    HEADER
    + "1,11,文本,0,zhouweihong_xy,zhouweihong_xy,妈今天精神挺好,,2024-09-14 08:27:00\n"
    + "2,12,文本,1,wxid_me,zhouweihong_xy,好的,,2024-09-14 08:28:00\n"
)


@pytest.mark.parametrize(
    ("file_name", "other", "conversation"),
    [
        # A file renamed after the contact names them as the user knows them.
        ("大姐.csv", "大姐", "大姐"),
        ("大姐_utf8.csv", "大姐", "大姐"),
        ("大姐_20240914_20250228.csv", "大姐", "大姐"),
        ("Mom (1).csv", "Mom", "Mom"),
        # PyWxDump's own names, and names a tool made up, are not titles.
        ("zhouweihong_xy_0_5001.csv", "zhouweihong_xy", "zhouweihong_xy"),
        ("wxid_abc123_0_12.csv", "zhouweihong_xy", "zhouweihong_xy"),
        # PyWxDump's page naming (<name>_<first>_<last>) even where the name part is not
        # the room_name: the rows say which chat it is.
        ("zhou_0_730.csv", "zhouweihong_xy", "zhouweihong_xy"),
        ("test_person/test_0_730.csv", "zhouweihong_xy", "zhouweihong_xy"),
        # ... but pages in a folder of their own name are named after the chat (the remark).
        ("大姐/大姐_0_5001.csv", "大姐", "大姐"),
        ("csv/Mom/Mom_0_12.csv", "Mom", "Mom"),
        ("wxid_abc123/wxid_abc123_0_12.csv", "zhouweihong_xy", "zhouweihong_xy"),
        ("message_1.csv", "zhouweihong_xy", "zhouweihong_xy"),
        ("聊天记录.csv", "zhouweihong_xy", "zhouweihong_xy"),
    ],
)
def test_private_chat_named_by_its_file_keeps_the_wxid(
    file_name: str, other: str, conversation: str
) -> None:
    items = list(wechat_pywxdump.parse(_file(file_name, _TITLED.encode()), ParseContext()))
    theirs, mine = (item for item in items if isinstance(item, Message))
    assert theirs.actor == other and theirs.conversation == conversation
    assert mine.actor == wechat_pywxdump.ME and mine.counterparty == conversation
    # The wxids stay where redaction and the alias model find them.
    assert theirs.raw_fields is not None and '"talker":"zhouweihong_xy"' in theirs.raw_fields
    assert mine.raw_fields is not None and '"talker":"wxid_me"' in mine.raw_fields


def test_group_chat_named_by_its_file_keeps_senders_wxids() -> None:
    rows = (
        HEADER + "1,11,文本,0,jiajianjun_1968,18339201846@chatroom,又涨价了,,2024-09-14 08:27:00\n"
    )
    items = list(
        wechat_pywxdump.parse(_file("老战友 永远的三连.csv", rows.encode()), ParseContext())
    )
    (message,) = (item for item in items if isinstance(item, Message))
    assert message.conversation == "老战友 永远的三连"
    assert message.actor == "jiajianjun_1968"  # a group member has no name in the export
    assert message.raw_fields == '{"talker":"jiajianjun_1968","room_name":"18339201846@chatroom"}'


def test_a_location_kept_as_wechat_xml_is_a_point_with_its_address() -> None:
    xml = (
        '"<msg><location x=""30.657400"" y=""104.065800"" scale=""16"" '
        'label=""四川省成都市青羊区示例路8号"" poiname=""示例花园"" /></msg>"'
    )
    data = (HEADER + f"2,1001,位置,0,wxid_demo01,wxid_demo01,{xml},,2024-05-01 08:00:00\n").encode()
    file = _file("wxid_demo01_0_5001.csv", data)
    items = list(wechat_pywxdump.parse(file, ParseContext()))
    (point,) = [item for item in items if isinstance(item, LocationPoint)]
    (message,) = [item for item in items if isinstance(item, Message)]
    assert (point.lat, point.lon) == (30.6574, 104.0658)
    assert message.text == "示例花园 四川省成都市青羊区示例路8号"
    assert message.raw_fields is not None and "四川省成都市青羊区示例路8号" in message.raw_fields
