"""People written in lower case or capitals, and first names NER passes over."""

from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "PERSON"
POSITIVE = [
    ("congrats niamh and declan!! 🥂", ["niamh", "declan"]),
    ("priya okonkwo sent u £20 for the tickets", ["priya okonkwo"]),
    ("thanks so much GRETA HALVORSEN for the lift", ["GRETA HALVORSEN"]),
    ("whats kierans number again?", ["kieran"]),  # a possessive glued on
    ("paid Imogen £12 for the cab", ["Imogen"]),
    ("tell siobhan the boiler's fixed", ["siobhan"]),
    ("doing taxes, Mia's ITIN is on file", ["Mia"]),  # short, capitalised mid-sentence
    ("zofia mazur is downstairs", ["zofia mazur"]),  # Faker's other Latin-script locales
    ("kemal yılmaz sent the invoice", ["kemal yılmaz"]),
    ("jarosław dąbrowski rang", ["jarosław dąbrowski"]),  # beyond ASCII
]
NEGATIVE = [
    "off to santa monica for thursday",  # part of a two-word town
    "train to austin at 11:15, platform 4",  # a town after a word of place
    "mija llegó una multa para tu carro aquí a la casa",  # Spanish: any word is a non-word
    "will you mark the april dates",  # given names that are words
    "the pres are at 8 then town",  # a nickname-table entry, no registered first name
    "glenn said she'd be late",  # "said she'd" is no name
    "app.js throws on line 88",
    "meet at the grand canyon gift shop",
    "ok mia lol",  # short names count only capitalised
    "feng shui the flat",  # pinyin, but no listed family name and given name
    "lo mein or chow mein",  # a Wade-Giles family name, a dish
    "he xiaoming said",  # a family name that is a common word
    "where is the john in here",  # after an article: a thing
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(ner_detector: Detector, text: str, expected: list[str]) -> None:
    found = values(ner_detector, text, ENTITY)
    assert all(any(name in value for value in found) for name in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(ner_detector: Detector, text: str) -> None:
    found = values(ner_detector, text, ENTITY)
    assert found in ([], ["glenn"]), found


def test_without_the_dictionary_only_listed_surnames(patterns_detector: Detector) -> None:
    assert values(patterns_detector, "tell siobhan the boiler's fixed", ENTITY) == []
    assert values(patterns_detector, "sarah jones sent u £5", ENTITY) == ["sarah jones"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("paid back harvey for the ubers", ["harvey"]),  # WordNet's Harvey: no word
        ("spoke to naomi fitzgerald today", ["naomi fitzgerald"]),  # a WordNet surname too
        ("Hotel in Austin was £140 a night", []),  # capitalised: the place stays a word
    ],
)
def test_wordnet_people_in_lower_case(ner_detector: Detector, text: str, names: list[str]) -> None:
    assert values(ner_detector, text, ENTITY) == names
