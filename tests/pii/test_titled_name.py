from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "PERSON"
POSITIVE = [
    ("my endo (Dr. Okoro) switched me", "Dr. Okoro"),
    ("Father Declan said the 10am mass", "Father Declan"),
    ("ask Mrs Brown next door", "Mrs Brown"),  # a colour that is a surname
    ("Rev Ade Bello is away", "Rev Ade Bello"),
    ("lunch at Auntie Grace's on Sunday", "Auntie Grace"),
]
NEGATIVE = ["Father Christmas came early", "waiting for Mr Right", "the doctor said rest"]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert value in values(patterns_detector, text, ENTITY)


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
