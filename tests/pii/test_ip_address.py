from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "IP_ADDRESS"
POSITIVE = [
    ("login from 81.2.69.142 was that you?", "81.2.69.142"),
    ("IP是192.168.1.10吧", "192.168.1.10"),
    ("v6 2001:db8:85a3::8a2e:370:7334 ok", "2001:db8:85a3::8a2e:370:7334"),
]
NEGATIVE = [
    "999.1.1.1",
    "version 2.4",
    "0.0.0.0",
    "at 10:30",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
