"""Presidio's predefined national-ID recognizers as footprint runs them, and the UK
nine-digit passport: a table of positive and negative cases per entity."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footprint.pii.engine import Detector
from footprint.pii.recognizers.predefined import PresidioAdapter
from footprint.redact.operators import normalise
from tests.pii.conftest import values

POSITIVE = [
    ("UK_NHS", "her CHI number 1503584224 is on the letter", "1503584224"),
    ("US_SSN", "social is 329-32-5014 and phone 415 555 0137", "329-32-5014"),
    ("UK_DRIVING_LICENCE", "Driving licence number: BOWEN 902107 P99 DC", "BOWEN 902107 P99 DC"),
    ("UK_NINO", "my NI number is AB 12 34 56 C", "AB 12 34 56 C"),
    ("UK_NINO", "National Insurance: AB123456C", "AB123456C"),
    ("UK_NHS", "NHS number 943 476 5919", "943 476 5919"),
    ("UK_NHS", "my nhs no is 9434765919", "9434765919"),
    ("UK_PASSPORT", "passport number 123456789", "123456789"),
    ("UK_PASSPORT", "UK passport no. 533 401 372 expires 2031", "533 401 372"),
    ("UK_PASSPORT", "British passport AB1234567", "AB1234567"),
    ("UK_PASSPORT", "护照号 123456789", "123456789"),
    ("UK_DRIVING_LICENCE", "driving licence MORGA753116SM9IJ", "MORGA753116SM9IJ"),
    ("UK_DRIVING_LICENCE", "licence number is MORGA 753116 SM9IJ ta", "MORGA 753116 SM9IJ"),
    ("US_SSN", "SSN 536-90-4399", "536-90-4399"),
    ("US_SSN", "my social security number is 536904399", "536904399"),
    ("US_ITIN", "ITIN 912-70-1234", "912-70-1234"),
    ("US_ITIN", "ITIN 926-91-2319, SSN box blank", "926-91-2319"),
    ("US_PASSPORT", "my US passport 123456789", "123456789"),
    ("US_PASSPORT", "passport# A12345678", "A12345678"),
    ("US_PASSPORT", "my passport number is E12345678", "E12345678"),  # not CN_PASSPORT
    ("US_PASSPORT", "need ur US passport number for the cruise booking -> T69083441", "T69083441"),
    ("US_PASSPORT", "TSA precheck wants passport no 985061369", "985061369"),  # a US check
    # a US nationality, or US-only identifiers beside it, say the nine digits are American
    ("US_PASSPORT", "travel form: passport 198059641, nationality US", "198059641"),
    ("US_PASSPORT", "ITIN 970-79-2317, SSN n/a, passport 065714517", "065714517"),
    ("US_PASSPORT", "passport 311999282 (US citizen)", "311999282"),
    ("US_SSN", "W-2 came back with the wrong social: 120 90 7820.", "120 90 7820"),
    ("US_SSN", "social # 536904399 for the form", "536904399"),
    ("US_DRIVER_LICENSE", "found her wallet, licence says 53100024, will drop it off", "53100024"),
    ("US_DRIVER_LICENSE", "license: 40817736", "40817736"),
    ("US_DRIVER_LICENSE", "IL DL# B135-9295-3641 exp 2029", "B135-9295-3641"),
    ("US_DRIVER_LICENSE", "my drivers license is D1234567", "D1234567"),
    ("US_DRIVER_LICENSE", "my license is K20481736 for the form", "K20481736"),
    ("US_DRIVER_LICENSE", "license number CO 98-765-4321", "98-765-4321"),
    ("US_DRIVER_LICENSE", "my license # is K 204 518 337 190", "K 204 518 337 190"),
    # Digit groups (7-13 digits in 2-4 groups), next to a licence word.
    ("US_DRIVER_LICENSE", "license # is 31 502 847", "31 502 847"),
    ("US_DRIVER_LICENSE", "for my license, it's 07-318-5529", "07-318-5529"),
    ("US_DRIVER_LICENSE", "DL: 314 159 265", "314 159 265"),
    ("US_DRIVER_LICENSE", "drivers license 4321 5678 902", "4321 5678 902"),
    ("US_DRIVER_LICENSE", "my licence is 4 821 905", "4 821 905"),
    # A label right before the value makes it certain, over a phone number's shape.
    ("US_SSN", "- SSN: 011137395\n- phone: 617-555-0136", "011137395"),
    ("US_SSN", "ok my ssn is 094550779", "094550779"),
    ("US_DRIVER_LICENSE", "my NY license number is 081 528 306", "081 528 306"),
    ("US_DRIVER_LICENSE", "car rental needs your license # WDL47BWS5WAC", "WDL47BWS5WAC"),
]
NEGATIVE = [
    ("UK_NINO", "QQ 12 34 56 C"),  # QQ is not a NINO prefix
    ("UK_NINO", "ab12cd"),
    ("UK_NHS", "call 943 476 5919"),  # passes mod 11, but nothing says NHS
    ("UK_NHS", "NHS number 943 476 5918"),  # fails mod 11
    ("UK_PASSPORT", "order 123456789 shipped"),
    ("UK_PASSPORT", "AB1234567"),
    ("UK_PASSPORT", "my US passport 123456789"),  # said to be American
    ("UK_PASSPORT", "passport 198059641, nationality US"),
    ("UK_PASSPORT", "ITIN 970-79-2317, passport 065714517"),  # a US identifier beside it
    ("US_SSN", "the social club raised 120 90 7820 pence"),  # "social" alone is no label
    ("US_DRIVER_LICENSE", "my TV licence is 12345678"),  # another kind of licence
    ("US_DRIVER_LICENSE", "software license 12345678"),
    ("US_DRIVER_LICENSE", "part B135-9295-3641 in stock"),  # the shape without its word
    ("US_DRIVER_LICENSE", "the licence fee went up to 15900000"),
    ("US_SSN", "order 536-90-4399 shipped"),  # the shape in a sentence is any number
    ("US_SSN", "SSN 000-12-3456"),  # area 000 is never issued
    ("US_SSN", "ITIN 926-91-2319, SSN box blank"),  # area 9xx: an ITIN, never an SSN
    ("US_PASSPORT", "tracking 123456789 for us"),  # "us" is a pronoun here
    ("US_DRIVER_LICENSE", "order D1234567 shipped"),  # the shape alone is any code
    ("US_DRIVER_LICENSE", "license number 2024-05-01"),  # a date
    ("US_DRIVER_LICENSE", "software license renewed, ref 12345678"),  # another licence
    ("US_DRIVER_LICENSE", "call the license office on 0161 496 0123"),  # a UK phone
    ("US_DRIVER_LICENSE", "license office: 555-013-4567"),  # a US phone's layout
    ("US_DRIVER_LICENSE", "license desk 555 0134"),  # a local number's layout
    ("US_DRIVER_LICENSE", "license plate 412 77 90"),  # a plate, not a licence
    ("US_DRIVER_LICENSE", "31 502 847 people"),  # the groups alone are any number
    ("US_DRIVER_LICENSE", "license fee 12 50"),  # too few digits
    ("US_DRIVER_LICENSE", "license key 1234-5678-9012-3456"),  # too many digits
    ("US_DRIVER_LICENSE", "my license expires 03 15 2029"),  # a date
    ("US_DRIVER_LICENSE", "the license cost $1 250 000"),  # an amount
    ("US_DRIVER_LICENSE", "ref WDL47BWS5WAC in the system"),  # the shape without its word
    ("US_SSN", "call 011137395 after six"),  # nine digits without the label
]


@pytest.mark.parametrize(("entity", "text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, entity: str, text: str, value: str) -> None:
    assert values(patterns_detector, text, entity) == [value]


@pytest.mark.parametrize(("entity", "text"), NEGATIVE)
def test_ignores(patterns_detector: Detector, entity: str, text: str) -> None:
    assert values(patterns_detector, text, entity) == []


def test_adapters_use_presidios_own_patterns(patterns_detector: Detector) -> None:
    adapters = [r for r in patterns_detector.recognizers if isinstance(r, PresidioAdapter)]
    assert {r.ENTITY for r in adapters} >= {"UK_NINO", "UK_NHS", "US_SSN", "US_PASSPORT"}
    for adapter in adapters:
        # Presidio's shapes plus ours: rescored US and Aadhaar ones, the UK card's grouped
        # form, a US passport book's number in a line naming a passport, South African
        # town plates.
        ours = {(p.name, p.regex) for p in adapter.PATTERNS}
        presidios = {(p.name, p.regex) for p in adapter.PRESIDIO.PATTERNS}
        if adapter.ENTITY in (
            "US_DRIVER_LICENSE", "UK_DRIVING_LICENCE", "US_PASSPORT", "IN_AADHAAR",
            "LICENSE_PLATE",
        ):  # fmt: skip
            assert presidios <= ours
            continue
        if adapter.ENTITY == "SG_NRIC":  # only the NRIC/FIN letters' shape
            assert ours and ours <= presidios
            continue
        assert adapter.PATTERNS is adapter.PRESIDIO.PATTERNS


@given(st.integers(min_value=0, max_value=999_999_999))
def test_nine_digits_without_passport_are_never_a_passport(
    patterns_detector: Detector, number: int
) -> None:
    text = f"ref {number:09d} paid"
    found = {r.entity_type for r in patterns_detector.analyze(text)}
    assert not found & {"UK_PASSPORT", "US_PASSPORT"}


def test_spacing_is_layout_for_redaction() -> None:
    assert normalise("UK_NINO", "AB 12 34 56 C") == normalise("UK_NINO", "ab123456c")
    assert normalise("UK_NHS", "943 476 5919") == normalise("UK_NHS", "943-476-5919")


@pytest.mark.parametrize(
    ("text", "found"),
    [("412-58-7302", True), (" 412-58-7302\n", True), ("ref 412-58-7302", False),
     ("666-12-3456", False)],
)  # fmt: skip
def test_a_dashed_ssn_sent_alone_counts(
    patterns_detector: Detector, text: str, found: bool
) -> None:
    assert bool(values(patterns_detector, text, "US_SSN")) is found
