"""wechat-dump text: numbered and named types, groups, multi-line text, colons, detection."""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footprint.loading import Container, InputFile
from footprint.model import LocationPoint, Message, Problem
from footprint.sources import wechat_dump
from footprint.sources.base import ParseContext

from ..conftest import FIXTURES
from .chat_parse import parse_inputs

SHANGHAI = ZoneInfo("Asia/Shanghai")
CTX = ParseContext(assumed_tz=SHANGHAI)


def _file(name: str, data: bytes) -> InputFile:
    container = Container(display="(memory)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


def _messages(name: str, text: str) -> list[Message]:
    items = wechat_dump.parse(_file(name, text.encode("utf-8")), CTX)
    return [item for item in items if isinstance(item, Message)]


def test_the_tools_numbered_types() -> None:
    result = parse_inputs([FIXTURES / "wechat_dump" / "numeric" / "李娜.txt"], "Asia/Shanghai")
    messages = {r.locator: r for r in result.records if isinstance(r, Message)}
    assert messages["line 1"].actor == "李娜"
    assert messages["line 1"].tz_assumed
    assert messages["line 1"].timestamp == datetime(2023, 5, 20, 9, 30, tzinfo=SHANGHAI)
    assert messages["line 3"].media == "image"
    assert messages["line 5"].text == "https://example.com/menu"
    assert messages["line 6"].media == "合同草稿.docx"
    assert messages["line 8"].is_system and messages["line 8"].actor is None
    assert messages["line 9"].text == "记得带身份证\n还有护照"
    (point,) = [r for r in result.records if isinstance(r, LocationPoint)]
    assert (point.lat, point.lon) == (31.223, 121.445)
    assert [p.locator for p in result.problems] == ["line 11"]


def test_named_types_private_chat() -> None:
    folder = FIXTURES / "wechat_dump" / "wechat-dump"
    result = parse_inputs([folder / "周婷.txt"], "Asia/Shanghai")
    messages = {r.locator: r for r in result.records if isinstance(r, Message)}
    assert {m.conversation for m in messages.values()} == {"周婷"}
    mine = messages["line 2"]
    assert mine.actor == wechat_dump.ME and mine.counterparty == "周婷"
    # Colons in the text stay in it.
    assert mine.text == "记得，会议改到 15:30，地址：南京西路1266号 恒隆广场 Room 2: B座"
    assert messages["line 11"].text == "Note: the train leaves at 7:45, platform 3"
    assert (
        messages["line 3"].text == "明天的安排：\n1. 9:00 体检（空腹）\n2. 14:00 面试\n\n别迟到哈"
    )
    # Placeholders are media, not text.
    assert [(messages[f"line {n}"].media, messages[f"line {n}"].text) for n in (8, 9, 10)] == [
        ("image", None),
        ("voice", None),
        ("sticker", None),
    ]
    assert messages["line 15"].media == "简历_2024.pdf"
    assert messages["line 17"].is_system and messages["line 17"].actor is None
    (point,) = [r for r in result.records if isinstance(r, LocationPoint)]
    assert (point.lat, point.lon, point.text) == (31.2304, 121.4521, "恒隆广场")
    codes = {p.locator: p.message for p in result.problems}
    assert set(codes) == {"line 12", "line 18"}  # a garbled time, an impossible date
    assert "line 12" not in messages and "12" not in (messages["line 11"].text or "")


def test_group_members_are_senders_and_the_file_names_the_group() -> None:
    folder = FIXTURES / "wechat_dump" / "wechat-dump"
    result = parse_inputs([folder / "周末羽毛球群.txt"], "Asia/Shanghai")
    messages = [r for r in result.records if isinstance(r, Message)]
    assert {m.conversation for m in messages} == {"周末羽毛球群"}
    assert [m.actor for m in messages] == [
        None,
        "王磊",
        "Emily Chen",
        "me",
        "阿杰",
        "王磊",
        "Emily Chen",
    ]
    assert all(m.counterparty == "周末羽毛球群" for m in messages if m.actor)


def test_private_chat_sender_by_wxid_is_named_by_the_chat() -> None:
    folder = FIXTURES / "wechat_dump" / "wechat-dump"
    result = parse_inputs([folder / "Kevin Liu.txt"], "Asia/Shanghai")
    messages = [r for r in result.records if isinstance(r, Message)]
    assert [m.actor for m in messages] == ["Kevin Liu", "me", "Kevin Liu"]
    assert messages[0].raw_fields == '{"talker":"wxid_kl2020abc"}'


def test_a_group_keeps_wxid_senders() -> None:
    text = (
        "TEXT|wxid_aaa111:2024-01-01 10:00:00:hi all\n"
        "TEXT|wxid_bbb222:2024-01-01 10:01:00:hello\n"
        "TEXT|me:2024-01-01 10:02:00:早\n"
    )
    assert [m.actor for m in _messages("同学群.txt", text)] == ["wxid_aaa111", "wxid_bbb222", "me"]


def test_a_chatroom_id_file_is_a_group_even_with_one_sender() -> None:
    text = "TEXT|wxid_aaa111:2024-01-01 10:00:00:hi\n"
    (message,) = _messages("12345678@chatroom.txt", text)
    assert message.actor == "wxid_aaa111" and message.conversation == "12345678@chatroom"


@pytest.mark.parametrize(
    ("line", "media", "text"),
    [
        ("TEXT|me:2024-01-01 10:00:00:a:b:c", None, "a:b:c"),
        ("MSG|me:2024-01-01 10:00:00:hi", None, "hi"),
        ("TYPE_IMG|me:2024-01-01 10:00:00:", "image", None),
        ("IMAGE|me:2024-01-01 10:00:00:[图片]", "image", None),
        ("VOICE|me:2024-01-01 10:00:00:[语音]", "voice", None),
        ("34|me:2024-01-01 10:00:00:wxid_x:3200:0", "voice", None),
        ("43|me:2024-01-01 10:00:00:VIDEO FILE", "video", None),
        ("EMOJI|me:2024-01-01 10:00:00:[动画表情]", "sticker", None),
        ("VOIP|me:2024-01-01 10:00:00:REQUEST VIDEO CHAT", "call", None),
        (
            "LINK|me:2024-01-01 10:00:00:URL:https://a.example/x?y=1",
            "link",
            "https://a.example/x?y=1",
        ),
        ("49|me:2024-01-01 10:00:00:FILE:报告.pdf", "报告.pdf", None),
        ("FILE|me:2024-01-01 10:00:00:[文件]", "file", None),
        ("REDENVELOPE|me:2024-01-01 10:00:00:[RED ENVELOPE]", "red packet", None),
        ("1|me:2024-01-01 10:00:00:|img:image2/ab/th_1", "image", None),
        ("1|me:2024-01-01 10:00:00:看这个|img:image2/ab/th_1", "image", "看这个"),
        ("GIFT|me:2024-01-01 10:00:00:a gift", "gift", "a gift"),
        ("318767153|me:2024-01-01 10:00:00:滴滴", "type 318767153", "滴滴"),
    ],
)
def test_types_and_content(line: str, media: str | None, text: str | None) -> None:
    (message,) = _messages("张三.txt", line + "\n")
    assert (message.media, message.text) == (media, text)


def test_red_packet_title_on_the_next_line() -> None:
    text = "436207665|李四:2024-01-01 10:00:00:[RED ENVELOPE]\n恭喜发财，大吉大利\n"
    (message,) = _messages("李四.txt", text)
    assert (message.media, message.text) == ("red packet", "恭喜发财，大吉大利")


def test_location_without_coordinates_is_a_problem() -> None:
    text = "48|me:2024-01-01 10:00:00:LOCATION: unknown\n"
    items = list(wechat_dump.parse(_file("王五.txt", text.encode()), CTX))
    assert [type(item) for item in items] == [Problem, Message]
    assert isinstance(items[1], Message) and items[1].media == "location"


def test_gbk_file_is_decoded() -> None:
    text = (
        "TEXT|王强:2023-05-21 10:00:00:明天见，电话13700001111\n"
        "TEXT|me:2023-05-21 10:01:00:好的，我们在人民广场地铁站门口见面吧，不见不散。\n"
        "TEXT|王强:2023-05-21 10:02:00:没问题，我会提前十分钟到。\n"
    )
    file = _file("王强.txt", text.encode("gb18030"))
    assert wechat_dump.detect(file) >= 0.5
    messages = [m for m in wechat_dump.parse(file, CTX) if isinstance(m, Message)]
    assert messages[0].text == "明天见，电话13700001111"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("a.txt", b"TEXT|me:2024-01-01 10:00:00:hi\n", True),
        ("a.txt", b"\xef\xbb\xbf1|me:2024-01-01 10:00:00:hi\n", True),
        ("a.txt", b"01/02/2024, 10:00 - Ann: hello\n01/02/2024, 10:01 - Bo: hi\n", False),
        ("a.txt", b"[2024-01-01, 10:00:00] A: hi\n", False),
        ("a.txt", b"1|me: not a date\n", False),
        ("a.txt", b"notes\nTEXT|me:2024-01-01 10:00:00:hi\n", False),
        ("a.csv", b"TEXT|me:2024-01-01 10:00:00:hi\n", False),
        ("a.json", b"1|me:2024-01-01 10:00:00:hi\n", False),
    ],
)
def test_detect(name: str, data: bytes, expected: bool) -> None:
    assert (wechat_dump.detect(_file(name, data)) >= 0.5) is expected


@given(
    # No lone surrogates (Cs): a file holds encodable text only.
    sender=st.text(
        st.characters(blacklist_characters="\n\r:|", blacklist_categories=("Cs",)), max_size=12
    ),
    content=st.text(
        st.characters(
            blacklist_characters="\n\r\x1c\x1d\x1e\x85\u2028\u2029", blacklist_categories=("Cs",)
        ),
        max_size=40,
    ),
)
def test_any_text_after_the_time_is_kept_whole(sender: str, content: str) -> None:
    line = f"TEXT|{sender}:2024-01-01 10:00:00:{content}\n"
    (message,) = _messages("赵六.txt", line)
    assert message.text == (content.strip() or None)


def test_times_with_milliseconds_as_the_tool_prints_them() -> None:
    """The tool prints Python datetimes: six decimals when the message had milliseconds."""
    text = (
        "1|me:2024-11-01 13:05:48.043000:出门了\n"
        "1|老婆:2024-11-01 13:06:27:带饭没\n"
        "1|me:2024-11-01 13:07:40.809000:带了\n"
    )
    messages = _messages("老婆.txt", text)
    assert [m.text for m in messages] == ["出门了", "带饭没", "带了"]
    assert messages[0].timestamp == datetime(2024, 11, 1, 13, 5, 48, 43000, tzinfo=SHANGHAI)
    assert wechat_dump.detect(_file("老婆.txt", text.encode("utf-8"))) > 0.9
