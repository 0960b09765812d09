from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "WECHAT_ID"
POSITIVE = [
    ("加我微信zhang_wei88", "zhang_wei88"),
    ("微信号：liuyang_1990", "liuyang_1990"),
    ("my wechat is wx_amy2024", "wx_amy2024"),
    ("vx: lily-chen99 谢谢", "lily-chen99"),
    ("V信：amy_2024", "amy_2024"),
    ("薇信 zhangsan_88", "zhangsan_88"),
    ("wxid_abc12345 是我的号", "wxid_abc12345"),
    ("我的是wxid_k9x8c7v6b5，你搜", "wxid_k9x8c7v6b5"),
    ("加我 lily_chen99 备注同学", "lily_chen99"),
    ("好友申请发了，搜tom2024_gz", "tom2024_gz"),
]
NEGATIVE = [
    "zhang_wei88",  # no keyword
    "微信红包",
    "wechat is awesome",
    "发微信给我",
    "加班到10点，订单INV-2024-0042",  # an asking word, but no ID near it
    "Invoice INV-2024-0042",
    "my code is AB123456",
    "加油 abcdef",  # a word, not an ID
    "wxid_ab",  # too short
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
