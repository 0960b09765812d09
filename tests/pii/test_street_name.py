from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "LOCATION"
POSITIVE = [
    ("meet me on Stanmore Road at 6", "Stanmore Road"),
    ("she lives off Cherry Tree Lane now", "Cherry Tree Lane"),
    ("Down Hollis St past the shop", "Hollis St"),
    ("parked outside Weaver Close", "Weaver Close"),
    ("we moved to Kingsley Avenue in May", "Kingsley Avenue"),
    ("stuck on the A45 again", "A45"),
    ("turn off the A638 after the lights", "A638"),
    ("crash on I-94 near the exit", "I-94"),
    ("take Route 9 north", "Route 9"),
]
NEGATIVE = [
    "Coronation Street was good tonight",  # no preposition of place: a title
    "The Lane is a great pub name",
    "print it on the A4 paper",  # a one-digit A road is a paper size
    "stuck on the M25 near junction 10",  # a motorway crosses regions: no one's place
    "on the road again",
    "on My Way home",
    "watched The Street last night",
    "we stayed in Green Park",  # a park is a place, not a street
    "the M&S on the high street",
    "dinner at Main",
    "New Year's Eve at Times Square",  # a square is a landmark more often than an address
    # Where a shop or a bus is, with no one in the message.
    "Greggs on Queen Street has the vegan sausage rolls back",
    "The 38 bus from Victoria Road is diverted",
    "The new Chipotle on Mill Road opens Monday",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
