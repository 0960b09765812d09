from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "CN_DRIVING_LICENCE"
POSITIVE = [
    ("驾驶证档案编号：530718264019", "530718264019"),
    ("我驾照的档案号是 371902846150", "371902846150"),
    ("驾驶证副页上档案编号 440381726354", "440381726354"),
]
NEGATIVE = [
    "人事档案编号：530718264019",  # no licence named
    "驾驶证档案编号：5307182640",  # ten digits
    "驾驶证档案编号：5307182640191",  # thirteen digits
    "530718264019",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
