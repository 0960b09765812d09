from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "CN_PASSPORT"
POSITIVE = [
    ("护照号码E12345678", "E12345678"),
    ("我的护照G57491186快过期了", "G57491186"),
    ("passport EA1234567", "EA1234567"),
    ("订机票要护照号 G9206442", "G9206442"),  # right after the word: any series
    ("护照号码：EB12345678，签证用", "EB12345678"),
    ("我的passport是E12345678", "E12345678"),  # the English word in Chinese text
    ("my chinese passport is G12345678", "G12345678"),
    ("Passport no. EB1234567 (new one)", "EB1234567"),
]
NEGATIVE = [
    "E12345678",  # no context: too weak alone
    "护照号码E12345",  # too short
    "护照过期了, 订单E1234567",  # not right after the word, and not a passport series
    "Gate G12345678",
    "护照e12345678",  # lower case is not the format
    "my passport number is E12345678",  # in English a US passport's shape too: US_PASSPORT
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
