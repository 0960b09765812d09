from __future__ import annotations

import itertools

import pytest
from presidio_analyzer import RecognizerResult

from footprint.config import Settings
from footprint.pii.engine import Detector, build_detector
from footprint.pii.language import languages_of
from footprint.pii.names import NameBook
from footprint.pii.recognizers import RECOGNIZER_CLASSES, THRESHOLDS
from footprint.pii.resolve import resolve_overlaps


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello there", {"en"}),
        ("手机号是13812345678谢谢", {"zh"}),
        ("我和Hannah去吃饭", {"zh"}),
        ("Meeting with 王伟 at 3pm tomorrow please", {"en"}),
        ("我的email是 abc, see you 明天见", {"en", "zh"}),
    ],
)
def test_language(text: str, expected: set[str]) -> None:
    assert languages_of(text) == expected


def test_noise_recognizers_are_off(patterns_detector: Detector) -> None:
    names = {type(r).__name__ for r in patterns_detector.recognizers}
    assert not names & {"UsLicenseRecognizer", "UsBankRecognizer", "NhsRecognizer",
                        "MedicalLicenseRecognizer", "DateRecognizer"}  # fmt: skip
    assert len(names) == len(RECOGNIZER_CLASSES)
    assert THRESHOLDS["PERSON"] >= 0.5


@pytest.mark.parametrize(
    "text",
    ["call me on 07700 900123 tonight", "card 5555 5555 5555 4444", "see you yesterday at 6",
     "my number is 2125550123 ok"],
)  # fmt: skip
def test_no_driver_licence_or_date_noise(patterns_detector: Detector, text: str) -> None:
    types = {r.entity_type for r in patterns_detector.analyze(text)}
    assert not types & {"US_DRIVER_LICENSE", "US_BANK_NUMBER", "DATE_TIME", "UK_NHS"}


def test_overlaps_resolved() -> None:
    results = [
        RecognizerResult("PHONE_NUMBER", 0, 11, 0.6),
        RecognizerResult("CN_RESIDENT_ID", 0, 18, 1.0),
        RecognizerResult("URL", 25, 33, 0.6),
        RecognizerResult("EMAIL_ADDRESS", 20, 33, 1.0),
        RecognizerResult("PERSON", 20, 25, 0.85),
    ]
    kept = resolve_overlaps(results)
    assert [(r.entity_type, r.start, r.end) for r in kept] == [
        ("CN_RESIDENT_ID", 0, 18),
        ("EMAIL_ADDRESS", 20, 33),
    ]


def test_results_never_overlap(patterns_detector: Detector) -> None:
    text = "mail hannah.horton@example.com, call +44 7700 900123, card 4111111111111111"
    book = NameBook()
    book.add("Hannah Horton")
    results = patterns_detector.analyze(text, book)
    spans = sorted((r.start, r.end) for r in results)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert [r.entity_type for r in results] == ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"]


def test_patterns_only_mode_says_so() -> None:
    detector = build_detector(Settings(spacy_model="none"))
    assert detector.ner is None
    assert "known names" in detector.mode
    assert detector.notice


def test_missing_model_falls_back() -> None:
    detector = build_detector(Settings(spacy_model="no_such_model_installed"))
    assert detector.ner is None and detector.notice


def test_ner_finds_unknown_names(ner_detector: Detector) -> None:
    results = ner_detector.analyze("I saw Priya Sharma at the shop")
    assert [
        (r.entity_type, "I saw Priya Sharma at the shop"[r.start : r.end]) for r in results
    ] == [("PERSON", "Priya Sharma")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patient: Bożena Wróblewska, ward 4", "Bożena Wróblewska"),  # beyond Latin-1
        ("Przemysław Sęk - 07700 900555 - p@example.org", "Przemysław Sęk"),  # ends at " - "
    ],
)
def test_ner_names_in_any_latin_letters(ner_detector: Detector, text: str, name: str) -> None:
    people = [
        text[r.start : r.end] for r in ner_detector.analyze(text) if r.entity_type == "PERSON"
    ]
    assert people == [name]


def test_a_saints_st_inside_a_name_is_no_street(ner_detector: Detector) -> None:
    text = "I met Rosalind St Clair at the party"
    people = [
        text[r.start : r.end] for r in ner_detector.analyze(text) if r.entity_type == "PERSON"
    ]
    assert people and all("Rosalind" in p for p in people)


@pytest.mark.parametrize(
    "text",
    [
        "Everton 2-1 what a game",
        "Leeds United v Everton tonight",
        "fairy lights up on Winifred Road already",  # a street, not a person
        "tram from Augustus St to Beatrice St",
        "Mthatha Wanderers FC lost again",  # a club
        "Oduya Stars 3-3 Kibera Rovers at home",  # teams beside a result
    ],
)
def test_ner_drops_scores_and_teams(ner_detector: Detector, text: str) -> None:
    assert not [r for r in ner_detector.analyze(text) if r.entity_type == "PERSON"]


def test_ner_skipped_when_nothing_could_be_a_name(ner_detector: Detector) -> None:
    before = ner_detector.stats.get("ner_texts", 0)
    ner_detector.analyze_batch(["ok lol", "see you at 6", "好的", "Thanks!", "Sounds good"])
    assert ner_detector.stats.get("ner_texts", 0) == before


def test_batch_equals_single(ner_detector: Detector) -> None:
    texts = ["call Hannah on 07700 900123", "I saw Priya Sharma at the shop", "好的", ""]
    batch = ner_detector.analyze_batch(texts)
    single = [ner_detector.analyze(text) for text in texts]
    as_tuples = [[(r.entity_type, r.start, r.end) for r in rs] for rs in batch]
    assert as_tuples == [[(r.entity_type, r.start, r.end) for r in rs] for rs in single]


@pytest.mark.parametrize(
    "text",
    [
        "Transfer deadline day #DeadlineDay",  # a hashtag
        "Valentine's Day dinner at the pub",  # a holiday
        "Nottingham Forest 0-0 what a game",  # a team
        "Saw Stirling Castle today",  # a place
        "Binged all of Bake Off in a week",  # ordinary words, none a given name
        "half 8 at Krispin' then the park",  # a dropped g: a brand's style
        "Galaxy S24 vs Sega Switch, which one?",  # a brand and a product
        "Diwali lunch at ours, bring a pudding",  # a holiday the holidays package lists
        "the Headteacher's letter says no phones",  # a role after "the"
        "Nan's making trifle",  # a kin word alone
        "RSVP by May 1 please",  # an acronym
        "is Selling Sunset back on Weds?",  # a day
        "Flight BA283 to Chester delayed till 19:45",  # a place and a name, on a journey
        "Chad beat Peru 4-3 on pens",  # a country in a match with another
        "saw Big Ben from the plane",  # the end of a longer proper name
        "Ray of sunshine in Vegas today",  # a phrase
        "gutted, Everton lost 2-4 in the last minute",  # a team in a result
        "Summer holidays start May 4, booked Savannah already",  # a journey's place
        "Doctor's appointment at noon, then back to work",  # a role
        "ok so python says IndentationError on line 42, classic",  # a capital inside
    ],
)
def test_ner_drops_what_reads_as_no_person(ner_detector: Detector, text: str) -> None:
    assert [v for v in ner_detector.analyze(text) if v.entity_type == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("lol Adam is hilarious", "Adam"),
        ("Great day out with Hazel!", "Hazel"),
        ("ask Dr Baker about it", "Dr Baker"),  # a title, then a surname that is a word
        ("Pat Ashworth from accounts says hi", "Pat Ashworth"),  # a given name NER spans
        ("Kind regards,\nKofi H. Etherington\nMob: 07700 900500", "Kofi H. Etherington"),
    ],
)
def test_ner_keeps_first_names_that_are_also_words(
    ner_detector: Detector, text: str, name: str
) -> None:
    found = [text[r.start : r.end] for r in ner_detector.analyze(text) if r.entity_type == "PERSON"]
    assert name in found


def test_every_type_found_has_a_chinese_name() -> None:
    from footprint.localise import ZH_ENTITIES

    assert {cls.ENTITY for cls in RECOGNIZER_CLASSES} <= set(ZH_ENTITIES)
