"""Presidio's South African, Singaporean, Canadian and Indian ID recognizers, South
African plates and Canadian postal codes, run offline."""

from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

POSITIVE = [
    ("ZA_ID", "my ID is 8805145126086 for the form", ["8805145126086"]),
    ("ZA_ID", "ID number: 7509210230085", ["7509210230085"]),
    ("SG_NRIC", "NRIC S1234567D pls", ["S1234567D"]),
    ("CA_SIN", "my SIN is 130 692 544", ["130 692 544"]),
    ("CA_SIN", "social insurance number 130692544", ["130692544"]),
    ("IN_AADHAAR", "aadhaar 2345 6789 0124", ["2345 6789 0124"]),
    ("LICENSE_PLATE", "whose bakkie is KX 41 RT GP?", ["KX 41 RT GP"]),  # South Africa
    ("LICENSE_PLATE", "reg no CY 512-774, silver Polo", ["CY 512-774"]),
    ("LOCATION", "postal code is K2P 1L4 if ur mailing it", ["K2P 1L4"]),  # Canada
    ("US_DRIVER_LICENSE", "NM CDL 52094417 exp 2027", ["52094417"]),  # a commercial licence
]
NEGATIVE = [
    ("ZA_ID", "order 8805145126086 shipped"),  # no ID word
    ("ZA_ID", "my ID is 8805145126087"),  # the Luhn digit is wrong
    ("CA_SIN", "call 130 692 544 after six"),
    ("CA_SIN", "sin embargo 130692544"),  # Spanish "sin" alone is no SIN word
    ("IN_AADHAAR", "aadhaar 2345 6789 0125"),  # Verhoeff fails
    ("SG_NRIC", "part no A1234567D in stock"),  # not an NRIC's first letter
    ("LICENSE_PLATE", "call CY 512-774 after 5"),  # no vehicle word
    ("LOCATION", "model K2P 1L4 is back in stock"),  # no postal word
]


@pytest.mark.parametrize(("entity", "text", "expected"), POSITIVE)
def test_finds(patterns_detector: Detector, entity: str, text: str, expected: list[str]) -> None:
    assert values(patterns_detector, text, entity) == expected


@pytest.mark.parametrize(("entity", "text"), NEGATIVE)
def test_ignores(patterns_detector: Detector, entity: str, text: str) -> None:
    assert values(patterns_detector, text, entity) == []
