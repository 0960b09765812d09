from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "LOCATION"
POSITIVE = [
    ("I live at 221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"),
    ("new address: 14 Horton Road, Leeds LS1 4AP!", "14 Horton Road, Leeds LS1 4AP"),
    (
        "send it to 742 Evergreen Terrace, Springfield, IL 62704",
        "742 Evergreen Terrace, Springfield, IL 62704",
    ),
    ("Flat 3, 12 Oak Lane", "Flat 3, 12 Oak Lane"),
    ("postcode is M1 1AE", "M1 1AE"),
]
NEGATIVE = [
    "Room 101 at the library",
    "Gate B12, boarding now",
    "3 Big Trips this year",
    "train at 17:45 from platform 4",
    "M1 1AE",  # a postcode alone, no context
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
