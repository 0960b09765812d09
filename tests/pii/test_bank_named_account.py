"""Account numbers named only by their bank (Nigeria, the Philippines, India, South Africa)."""

from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "BANK_ACCOUNT"
POSITIVE = [
    ("abeg send am to my Kuda 2037461185 today", ["2037461185"]),
    ("pay into 3217365481 (GTBank) before 5", ["3217365481"]),
    ("Zenith acct no 2208471936, name on it is mine", ["2208471936"]),
    ("pakisend sa Metrobank 3427119082314 lang", ["3427119082314"]),
    ("paid rent to his ICICI 004601572839", ["004601572839"]),
    ("moved it to 62039184473 (FNB)", ["62039184473"]),
    ("NEFT to 50200117364820, SBIN0041275", ["50200117364820", "SBIN0041275"]),
    ("or OCBC 591-2-044718 also can", ["591-2-044718"]),  # in the bank's groups
]
NEGATIVE = [
    "Access granted after 123456789 tries",  # a word, no bank beside the number
    "access 2037461185 times",  # lower case: the word, not the bank
    "GTBank customer care 07003000000",  # a phone with its trunk 0
    "my Kuda card 5399831234567890",  # a card number (issuer prefix, Luhn)
    "Opay sent 20240115",  # a date
    "BDO branch opens at 9",
    "DBS 12 May 2024 statement",  # a date, too few digits
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, expected: list[str]) -> None:
    assert values(patterns_detector, text, ENTITY) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
