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
]
NEGATIVE = [
    "zhang_wei88",  # no keyword
    "微信红包",
    "wechat is awesome",
    "发微信给我",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
