"""Irish registrations: year, county index mark and serial; and shapes that are not."""

from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "LICENSE_PLATE"
POSITIVE = [
    ("someone parked 182-D-40317 across my drive", ["182-D-40317"]),
    ("M50 toll unpaid for 151 KK 2209", ["151 KK 2209"]),
    ("the old Corolla was 04-WX-1187", ["04-WX-1187"]),
    ("my reg is 12-D-4", ["12-D-4"]),  # a short serial with a car word
]
NEGATIVE = [
    "final score was 12-D-4",  # a short serial without one
    "room 182-B-40317",  # B is no county mark
    "call 087 123 4567",
    "order 2024-D-1187",  # four digits are no year mark
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, expected: list[str]) -> None:
    assert values(patterns_detector, text, ENTITY) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
