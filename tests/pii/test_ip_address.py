from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "IP_ADDRESS"
POSITIVE = [
    ("login from 81.2.69.142 was that you?", "81.2.69.142"),
    ("IP是192.168.1.10吧", "192.168.1.10"),
    ("v6 2001:db8:85a3::8a2e:370:7334 ok", "2001:db8:85a3::8a2e:370:7334"),
    ("server 203.0.113.163 is mine", "203.0.113.163"),  # "ver" inside a word
]
NEGATIVE = [
    "999.1.1.1",
    "version 2.4",
    "0.0.0.0",
    "at 10:30",
    # a release's four numbers after a version word
    "firmware 5.6.6.94 bricked the printer",
    "running v10.2.0.1 now",
    "Version: 4.18.0.553 installed",
    "updated the BIOS 1.22.0.4 last night",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
