from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "IBAN_CODE"
POSITIVE = [
    ("IBAN GB82 WEST 1234 5698 7654 32 thanks", "GB82 WEST 1234 5698 7654 32"),
    ("to GB33BUKB20201555555555.", "GB33BUKB20201555555555"),
    ("DE89370400440532013000", "DE89370400440532013000"),
    ("转到FR1420041010050500013M02606", "FR1420041010050500013M02606"),
    ("refund to IBAN de89370400440532013000 pls", "de89370400440532013000"),  # lower case
    ("iban: gb82 west 1234 5698 7654 32", "gb82 west 1234 5698 7654 32"),
]
NEGATIVE = [
    "GB82 WEST 1234 5698 7654 33",  # mod 97 fails
    "GB82WEST",
    "ISBN 9780306406157",
    "Flight BA2490 lands at 14:05",
    "commit de89370400440532013000 fixed it",  # lower case: only after the word IBAN
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
