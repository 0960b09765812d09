from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "PERSON"
POSITIVE = [
    # Vietnamese forms of address before a given name.
    ("chú Tâm cũng cần làm thuế", "chú Tâm"),
    ("ông Vu làm thuế cần số SSN của con", "ông Vu"),
    ("padre Miguel asked about you at mass", "padre Miguel"),  # a lower-case title
    ("my endo (Dr. Okoro) switched me", "Dr. Okoro"),
    ("Father Declan said the 10am mass", "Father Declan"),
    ("ask Mrs Brown next door", "Mrs Brown"),  # a colour that is a surname
    ("Rev Ade Bello is away", "Rev Ade Bello"),
    ("lunch at Auntie Grace's on Sunday", "Auntie Grace"),
    # in lower case: a listed given name or surname after a professional or religious title
    ("mass sunday? father michael was asking after you", "father michael"),
    ("father keane's homily was so good", "father keane"),
    ("hi mr schofield, she won't be in today", "mr schofield"),
    ("dr patel moved me to 4pm", "dr patel"),
    ("pastor john smith is retiring", "pastor john smith"),
]
NEGATIVE = [
    "Father Christmas came early",
    "waiting for Mr Right",
    "the doctor said rest",
    # lower case: words, verbs of speech, kin words and roles, a street type
    "waiting for mr right",
    "my father said no",
    "father said no",
    "my father michael is here",  # a kin word with a possessive: the kin recognizer's
    "the coach park is full",
    "i miss you loads",
    "ms teams is down again",
    "dr pepper please",  # an English word that is no given name
    "14 oak dr bolton",  # a street type after a house number and a name
    "thanks fr bailey",  # "fr" is chat's "for (real)"
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert value in values(patterns_detector, text, ENTITY)


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("fwd: miss kaczmarek's class is on a trip", "miss kaczmarek"),  # another locale's surname
     ("father keane asked about you", "father keane"),
     ("dr hadley is so scary", "dr hadley")],  # a name the SSA lists, no word
)  # fmt: skip
def test_other_locales_names_with_the_dictionary(
    ner_detector: Detector, text: str, value: str
) -> None:
    assert value in values(ner_detector, text, ENTITY)


@pytest.mark.parametrize("text", ["mrs park is lovely", "coach bean"])
def test_a_surname_that_is_a_word_needs_a_capital(ner_detector: Detector, text: str) -> None:
    found = [r for r in ner_detector.analyze(text) if r.entity_type == ENTITY]
    assert not any(text[r.start : r.end].startswith(("mrs", "coach")) for r in found)
