from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "PERSON"
POSITIVE = [
    ("pasalubong from Tito Ramon pls", "Tito Ramon"),
    ("keys are with Whaea Huia", "Whaea Huia"),
    ("Mummy Ngozi sends her greetings", "Mummy Ngozi"),
    ("Aunt Maureen called", "Aunt Maureen"),
    ("aunt Maureen says hi", "aunt Maureen"),
    ("lunch at Uncle Desmond's on Sunday", "Uncle Desmond"),
    ("Grandma Rose made pie", "Grandma Rose"),
    ("ask cousin Mary-Beth", "cousin Mary-Beth"),
    ("Auntie Lorraine is here", "Auntie Lorraine"),
    ("my Great-aunt Winifred turns 90", "Great-aunt Winifred"),
    ("Uncle Will is driving", "Uncle Will"),  # a common word that is a given name
    ("pray for Tita Baby tonight", "Tita Baby"),  # Filipino nicknames may be words
    ("Ate Liza has the keys", "Ate Liza"),  # an older sister, in Filipino
    ("dile a tía Lupe que ya llegué", "tía Lupe"),  # Spanish titles, accented names
    ("the padre Ramón said mass", "padre Ramón"),
    ("Tío Ángel is driving up", "Tío Ángel"),
]
NEGATIVE = [
    "my aunt is here",  # no name
    "my uncle Good",  # a common word that is no given name
    "aunt maureen is here",  # the name must be capitalised
    "grandmother clock",
    "we ate Chinese tonight",  # "ate" lower case is the verb
    "that was primo Quality stuff",  # an English adjective before a word
    "Uncle",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
