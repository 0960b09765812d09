from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "QQ_NUMBER"
POSITIVE = [
    ("我QQ是123456789", "123456789"),
    ("QQ号：10001", "10001"),
    ("扣扣 2847561930 加我", "2847561930"),
    ("my qq is 98765432", "98765432"),
]
NEGATIVE = [
    "123456789",
    "QQ号：0123",  # too short, leading zero
    "qq音乐会员",
    "abc@qq.com",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
