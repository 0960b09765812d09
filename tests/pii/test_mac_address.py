from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "MAC_ADDRESS"
POSITIVE = [
    ("router MAC 00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5E"),
    ("网卡地址1B-E9-C8-CB-CC-C9", "1B-E9-C8-CB-CC-C9"),
    ("cisco 001a.2b3c.4d5e", "001a.2b3c.4d5e"),
]
NEGATIVE = [
    "00:00:00:00:00:00",
    "FF:FF:FF:FF:FF:FF",
    "00:1A-2B:3C:4D:5E",  # mixed separators
    "at 10:30:45",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
