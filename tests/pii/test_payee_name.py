from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from footprint.pii.recognizers.payee_name import PayeeNameRecognizer
from tests.pii.conftest import values

ENTITY = "PERSON"

# (text, the payee found), with the spaCy model's dictionary.
POSITIVE = [
    ("ZELLE TO K OKAFOR $220.00", "K OKAFOR"),  # an initial and a listed surname
    ("FASTER PAYMENT M DUFFY REF GAS", "M DUFFY"),  # ends at the memo's words
    ("BGC FROM A J PRZYBYLSKI SALARY", "A J PRZYBYLSKI"),  # two initials, no word
    ("TFR TO MRS H O'NEILL 20-00-00 12345678", "H O'NEILL"),
    ("PAYPAL *L NAKAMURA", "L NAKAMURA"),
    ("PAYMENT TO FOLASADE OGUNLEYE 12 ELM ROAD", "FOLASADE OGUNLEYE"),  # ends at a number
    ("VENMO *HOLLY BAKER dinner", "HOLLY BAKER"),  # listed names that are words too
    ("STANDING ORDER TO TRAN VAN MINH", "TRAN VAN MINH"),
    ("passport name as on passport GRETA LINDQVIST", "GRETA LINDQVIST"),
]
NEGATIVE = [
    "PAYMENT TO TESCO STORES 4021",  # a business word
    "CARD PAYMENT TO AMAZON",  # one word
    "DD TO BRITISH GAS",  # dictionary words, no name
    "PAYMENT TO THAMES WATER",
    "TFR TO SAVINGS ACCOUNT",
    "FASTER PAYMENT REF RENT JAN",
    "zelle to k okafor",  # lower case: not a memo's capitals
    "REFUND FROM ASOS COM",  # short words no list names
    "PAYMENT TO ZOOPLA LETTINGS",  # a plural of a dictionary word
]


@pytest.fixture(scope="module")
def recognizer(ner_detector: Detector) -> PayeeNameRecognizer:
    found = PayeeNameRecognizer()
    found.warm()
    found.use_dictionary(ner_detector.dictionary)
    return found


def _names(recognizer: PayeeNameRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text)]


@pytest.mark.parametrize(("text", "name"), POSITIVE)
def test_finds(recognizer: PayeeNameRecognizer, text: str, name: str) -> None:
    assert _names(recognizer, text) == [name]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(recognizer: PayeeNameRecognizer, text: str) -> None:
    assert _names(recognizer, text) == []


def test_without_a_dictionary_only_listed_names() -> None:
    bare = PayeeNameRecognizer()
    assert _names(bare, "ZELLE TO K OKAFOR $220.00") == ["K OKAFOR"]
    assert _names(bare, "ZELLE TO K PRZYBYLSKQ $220.00") == []  # unlisted: maybe a word


def test_the_service_is_no_person(ner_detector: Detector) -> None:
    assert values(ner_detector, "Venmo from Holly Baker: pizza", ENTITY) == ["Holly Baker"]
    assert values(ner_detector, "ZELLE TO K OKAFOR $220.00", ENTITY) == ["K OKAFOR"]
