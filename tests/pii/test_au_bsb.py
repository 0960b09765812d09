"""Australian BSB numbers after their label; six digits without it are any number."""

from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "BANK_ACCOUNT"
POSITIVE = [
    ("BSB 062-000 acc 12345678 for the bond", ["062-000", "12345678"]),
    ("bsb: 083 004, account 987654321", ["083 004", "987654321"]),
    ("BSB number 733000", ["733000"]),
]
NEGATIVE = [
    "order 062-000 shipped",
    "BSBs are printed on the card",
    "postcode 3000, ref 733000",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, expected: list[str]) -> None:
    assert values(patterns_detector, text, ENTITY) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
