"""Bank branch codes after their labels (BSB, transit, IFSC), and New Zealand accounts."""

from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "BANK_ACCOUNT"
POSITIVE = [
    ("BSB 062-000 acc 12345678 for the bond", ["062-000", "12345678"]),
    ("bsb: 083 004, account 987654321", ["083 004", "987654321"]),
    ("BSB number 733000", ["733000"]),
    ("void cheque: transit 10482, account 7301925", ["10482", "7301925"]),
    ("acc no 40917733215 branch code 250655", ["40917733215", "250655"]),
    ("IFSC code: HDFC0001234 for the NEFT", ["HDFC0001234"]),
    ("sent via NEFT to 50100234567891 (ICIC0004321)", ["50100234567891", "ICIC0004321"]),
    ("acc 12-3140-0123456-00 for the bond", ["12-3140-0123456-00"]),  # New Zealand
]
NEGATIVE = [
    "order 062-000 shipped",
    "BSBs are printed on the card",
    "postcode 3000, ref 733000",
    "the transit was late, 20 mins",
    "the branch closes at 17:00, 3 tellers",
    "product code ABCD0123456 in stock",  # the IFSC's shape with no bank word
    "call 12-3140-0123",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, expected: list[str]) -> None:
    assert values(patterns_detector, text, ENTITY) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
