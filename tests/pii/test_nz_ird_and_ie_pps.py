"""New Zealand IRD numbers and Irish PPS numbers: their checksums, next to their words."""

from __future__ import annotations

import pytest

from footprint.pii.checksums import ie_pps_ok, nz_ird_ok
from footprint.pii.engine import Detector
from tests.pii.conftest import values

POSITIVE = [
    ("NZ_IRD", "IRD 49-091-850 tax code M", ["49-091-850"]),
    ("NZ_IRD", "my ird number is 136410132", ["136410132"]),
    ("NZ_IRD", "Inland Revenue wants 35 901 981 on the form", ["35 901 981"]),
    ("IE_PPS", "my pps is 1234567T", ["1234567T"]),
    ("IE_PPS", "PPSN 1234567FA for the form", ["1234567FA"]),
    ("IE_PPS", "pps no. 1234567t", ["1234567t"]),
]
NEGATIVE = [
    ("NZ_IRD", "IRD 136-410-133"),  # the check digit is wrong
    ("NZ_IRD", "call 49-091-850 after six"),  # no IRD word
    ("NZ_IRD", "ird 9-125-568"),  # below the range
    ("IE_PPS", "part 1234567T in stock"),  # no PPS word
    ("IE_PPS", "pps 1234567X"),  # the check letter is wrong
]


@pytest.mark.parametrize(("entity", "text", "expected"), POSITIVE)
def test_finds(patterns_detector: Detector, entity: str, text: str, expected: list[str]) -> None:
    assert values(patterns_detector, text, entity) == expected


@pytest.mark.parametrize(("entity", "text"), NEGATIVE)
def test_ignores(patterns_detector: Detector, entity: str, text: str) -> None:
    assert values(patterns_detector, text, entity) == []


@pytest.mark.parametrize(
    ("value", "ok"),
    [("49091850", True), ("35901981", True), ("49098576", True), ("136410132", True),
     ("136410133", False), ("9125568", False), ("150000001", False)],
)  # fmt: skip
def test_ird_checksum(value: str, ok: bool) -> None:
    assert nz_ird_ok(value) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [("1234567T", True), ("1234567TW", True), ("1234567FA", True), ("1234567FW", False),
     ("1234567X", False), ("123456T", False)],
)  # fmt: skip
def test_pps_checksum(value: str, ok: bool) -> None:
    assert ie_pps_ok(value) is ok
