from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "CN_SOCIAL_SECURITY"
POSITIVE = [
    ("社保卡号B20481736，下月续缴", "B20481736"),
    ("社会保障卡号：M55019283", "M55019283"),
    ("我的社保卡编号是 D70312468", "D70312468"),
    ("医保卡号为C81264057", "C81264057"),
]
NEGATIVE = [
    "订单号B20481736",  # the shape alone is any code
    "社保卡号丢了怎么补办",
    "社保卡号B2048173",  # eight characters
    "社保号B20481736X",  # longer than a card's number
    "型号D70312468 的冰箱",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
