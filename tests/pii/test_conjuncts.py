"""People listed together (footprint.pii.conjuncts): positive and negative cases."""

from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

POSITIVE = [
    # One member found by a recognizer; the others are people because the list says so.
    ("Santiago, Gurdeep and Oluwaseun are in the car", ["Santiago", "Gurdeep", "Oluwaseun"]),
    ("Deano and Mags are sharing the twin room", ["Deano", "Mags"]),
    ("Congrats Cillian and Gráinne on the wee one", ["Cillian", "Gráinne"]),
    ("小周和阿雯都报名了周末的羽毛球", ["小周", "阿雯"]),
    # commas alone, where three capitalised members run in a list
    ("U12 girls: Lorna, Bronteya, Yetunde - training moved", ["Lorna", "Bronteya", "Yetunde"]),
]
NEGATIVE = [
    # A bare comma is a sign-off or a field, not a list.
    ("Best, Niamh", ["Niamh"]),
    ("Contact: Daniel McAllister, Tel: (0131) 496 0196", ["Daniel McAllister"]),
    ("Arsenal 2-0 Chelsea, Saka scored again", []),  # a team beside a result, not joined
    # A longer capitalised run is a name of something else.
    ("Marks and Spencer Food Hall is shut", []),
    # A Chinese comma does not join.
    ("小周，明天见", ["小周"]),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE + NEGATIVE)
def test_lists(ner_detector: Detector, text: str, expected: list[str]) -> None:
    assert values(ner_detector, text, "PERSON") == expected
