from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "IMEI"
POSITIVE = [
    ("phone IMEI is 490154203237518", "490154203237518"),
    ("串号35-209900-176148-1", "35-209900-176148-1"),
    ("IMEI: 35 209900 176148 1", "35 209900 176148 1"),
]
NEGATIVE = [
    "IMEI 490154203237519",  # Luhn fails
    "490154203237518",  # no context
    "imei 12345",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
