"""Names the exports know, and the nicknames and short forms people use for them."""

from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from footprint.pii.names import NameBook, clean_name, clipped_forms, looks_like_person
from footprint.pii.recognizers.person_gazetteer import PersonGazetteerRecognizer
from tests.pii.conftest import values

# A few English dictionary words, as the spaCy model's lemma index gives them.
DICTIONARY = frozenset({"merry", "rich", "bill", "sue", "dick", "art"})


@pytest.fixture(scope="module")
def recognizer() -> PersonGazetteerRecognizer:
    book = NameBook(dictionary=DICTIONARY)
    for name in ("Brianna Lopez", "Kevin Walsh", "Richard Doyle", "Mary Quinn", "Jessamyn Ortiz",
                 "Marcus Hale", "汤雨婷"):  # fmt: skip
        book.add(name)
    return PersonGazetteerRecognizer(book)


POSITIVE = [
    ("Bri is coming over", ["Bri"]),  # the dataset: brianna -> bri
    ("tell bri I said hi", ["bri"]),
    ("Kev said he'd drive", ["Kev"]),
    ("np I'll tell Rich", ["Rich"]),  # a common word: capitalised, mid-sentence
    ("see you, Jess", ["Jess"]),  # clipped from Jessamyn, a name the dataset knows
    ("汤汤 人超好", ["汤汤"]),  # a doubled surname
    ("我和婷婷去吃饭", ["婷婷"]),
]
NEGATIVE = [
    "they get rich while we pay",  # lower case: the adjective
    "Rich people everywhere",  # sentence-initial
    "no worries Merry Christmas",  # merry for Mary: a dictionary word, not part of the name
    "Uber trip 12 Mar",  # not clipped from Marcus: a month
    "林林总总的东西",  # a reduplicated phrase, not 林林
    "浩浩汤汤",
    "a bribe",  # not inside a word
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(recognizer: PersonGazetteerRecognizer, text: str, expected: list[str]) -> None:
    assert [text[r.start : r.end] for r in recognizer.analyze(text)] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(recognizer: PersonGazetteerRecognizer, text: str) -> None:
    assert recognizer.analyze(text) == []


@pytest.mark.parametrize(
    ("first", "expected"),
    [("kevina", {"kev"}), ("jessamyn", {"jess"}), ("marcus", {"marc"}), ("janet", set())],
)
def test_clipping_keeps_only_known_short_names(first: str, expected: set[str]) -> None:
    assert clipped_forms(first) == expected


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("Nat 💕", "Nat"),
        ("✨Mum✨", "Mum"),
        ("  Kevin   Walsh ", "Kevin Walsh"),
        ("Dr. Patel", "Dr. Patel"),
    ],
)
def test_clean_name_drops_decoration(raw: str, cleaned: str) -> None:
    assert clean_name(raw) == cleaned


def test_a_decorated_sender_is_a_person() -> None:
    assert looks_like_person("Nat 💕")
    assert not looks_like_person("Family 🏠", weak=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("np I'll tell Rich", ["Rich"]),  # a given name that is also a word: NER decides
        ("pay the Bill please", []),  # after a determiner
        ("they get rich while we pay for it", []),
        ("I will be there", []),
    ],
)
def test_ner_sees_capitalised_given_names(
    ner_detector: Detector, text: str, expected: list[str]
) -> None:
    if ner_detector.ner is None:
        pytest.skip("no spaCy model installed")
    assert values(ner_detector, text, "PERSON") == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("刘*芳", True), ("*芳", True), ("陈**", True), ("***", False), ("**公司", False)],
)
def test_a_masked_chinese_payee_is_a_person(value: str, expected: bool) -> None:
    assert looks_like_person(value, weak=True) is expected


def test_without_a_dictionary_a_nickname_not_spelt_from_the_name_needs_a_capital() -> None:
    book = NameBook()  # patterns only: no English dictionary to check words against
    book.add("Susan Reid")
    book.add("Kevin Walsh")
    recognizer = PersonGazetteerRecognizer(book)

    def found(text: str) -> list[str]:
        return [text[r.start : r.end] for r in recognizer.analyze(text)]

    assert found("they may sue the council") == []
    assert found("ask Sue about it") == ["Sue"]
    assert found("kev is late") == ["kev"]  # spelt from Kevin: any case
