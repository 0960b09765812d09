from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from footprint.pii.recognizers.bare_given_name import BareGivenNameRecognizer
from tests.pii.conftest import values

ENTITY = "PERSON"

# (text, the names found), with the spaCy model's dictionary.
POSITIVE = [
    ("cops pulled over Naomi lol", ["Naomi"]),  # WordNet knows Naomi; Webster's as a name
    ("Karen just followed you.", ["Karen"]),
    ("Hey Harvey, running late", ["Harvey"]),  # a greeting's capital is no run
    ("happy anniversary Eleanor & Lewis", ["Eleanor"]),  # Lewis is a lower-case word too
    ("lunch with Nadia was fun", ["Nadia"]),
    ("the other one is Xavier", ["Xavier"]),
    ("so Ailsa reckons it's fine", ["Ailsa"]),  # the SSA's long tail, no word
    ("the other one is Nadia's", ["Nadia"]),  # a possessive standing for the person
    ("text me on Karen's for now", ["Karen"]),
    # popular names Webster's also lists as rare words, alone mid-sentence
    ("pls call me back asap its about Amelia", ["Amelia"]),
    ("running late, James will let you in", ["James"]),
    ("was that you Morgan?", ["Morgan"]),
    # a name that is a word, capitalised mid-sentence by a writer who types in lower case
    ("the boys said i did better than Cliff lol", ["Cliff"]),
    ("i went to see Hope yesterday", ["Hope"]),
]
NEGATIVE = [
    "Grace period ends soon",  # a word that is a name: the cues decide
    "half term is the last week of June",
    "Kia ora whānau, see you Sunday",  # a Māori greeting  # months and days are capitalised by everyone
    "still not over the Line of Duty finale",  # a title's word
    "fyi Hope everyone has a lovely weekend",  # a chat opener, then the sentence proper
    "Ruby is a gemstone",  # a writer who capitalises: the cues decide
    "Will you be there",
    "we drove past Jordan and Syria",  # a country
    "Arsenal 2-0 Chelsea tonight",  # a match
    "Mamma Mia is 3 hours long",  # a run of capitals
    "lol Big Ben is finally out of scaffolding",
    "Room 214 at the Manchester Hilton",
    "Eid Mubarak everyone",
    "Secret Santa limit is £10",
    "Caesar salad, no croutons",  # the SSA's tail, but a capitalised word
    "French toast for breakfast",
    "macOS Sequoia broke my printer",
    "Wendy's wifi is faster than mine",  # a chain named after a person
    "the Holly and the Ivy",
    "@Naomi_22 posted again",  # a handle is the username recognizer's
    "Happy Christmas everyone",
    "Amelia will let you in",  # opening the sentence, a popular name that is a word waits
    "Christmas Eve plans: pjs and films",
    "weekly shop at Marks & Spencer",
    "fans singing Don't Stop Me Now",  # a contraction, not a name
]


@pytest.fixture(scope="module")
def recognizer(ner_detector: Detector) -> BareGivenNameRecognizer:
    found = BareGivenNameRecognizer()
    found.warm()
    found.use_dictionary(ner_detector.dictionary)
    return found


def _names(recognizer: BareGivenNameRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text)]


@pytest.mark.parametrize(("text", "names"), POSITIVE)
def test_finds(recognizer: BareGivenNameRecognizer, text: str, names: list[str]) -> None:
    assert _names(recognizer, text) == names


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(recognizer: BareGivenNameRecognizer, text: str) -> None:
    assert _names(recognizer, text) == []


def test_without_a_dictionary_nothing() -> None:
    """Patterns-only mode cannot tell a name from a word: no bare names at all."""
    assert _names(BareGivenNameRecognizer(), "cops pulled over Naomi lol") == []


def test_in_the_detector(ner_detector: Detector) -> None:
    assert values(ner_detector, "update: cops pulled over Naomi lol", ENTITY) == ["Naomi"]
