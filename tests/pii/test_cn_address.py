from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "LOCATION"
POSITIVE = [
    ("我住在北京市朝阳区建国路88号3栋502室", "北京市朝阳区建国路88号3栋502室"),
    ("寄到上海市徐汇区漕溪北路100号", "上海市徐汇区漕溪北路100号"),
    ("地址：杭州市西湖区文三路12号", "杭州市西湖区文三路12号"),
    ("家在中山路5号", "中山路5号"),
]
NEGATIVE = [
    "房间号1203",
    "我在北京出差",
    "今天去人民路吃饭",  # a road without a number
    "订单号202403150001已发货",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
