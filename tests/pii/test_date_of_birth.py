from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "DATE_OF_BIRTH"
POSITIVE = [
    ("I was born on 12/03/1988", "12/03/1988"),
    ("DOB 3 March 1975", "3 March 1975"),
    ("birthday: March 3, 1990", "March 3, 1990"),
    ("出生日期1985年7月21日", "1985年7月21日"),
    ("我生日是1992-10-01", "1992-10-01"),
]
NEGATIVE = [
    "meeting on 12/03/2024",  # no context
    "tonight",
    "yesterday at 5",
    "born in 1988",  # a year is not a date
    "birthday party on 12/03/2099",  # not in the past
    "call 07700 900123",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    results = patterns_detector.analyze(text)
    assert [r for r in results if r.entity_type in (ENTITY, "DATE_TIME")] == []
