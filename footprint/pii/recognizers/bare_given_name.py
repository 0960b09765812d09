"""A listed first name standing alone, capitalised, with no cue around it: ``cops pulled
over Naomi lol``, ``Karen just followed you``, ``Esme is off till friday``.

People are named without any cue word all the time, and the small spaCy model misses
many of them. A capitalised word that a first-name list has (English lists, or the SSA's
long tail) and that the model's dictionary does not know as a word is a name far more
often than anything else. Names that are words (Will, Grace, Rose) are left to the cues.

Not a name here:
- a possessive (``Wendy's wifi``: chains are named after people);
- a word next to another capitalised word (``Mamma Mia``, ``Big Ben``, ``Taylor Swift`` is
  the full-name recognizer's), after a determiner (``the Alexa``), or a title-case line;
- a name that is also a country or a large city (``Jordan``, ``Alexandria``), a holiday
  or a title; in a match result (``Arsenal 2-0 Chelsea``).
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.given_names import (
    english_given_names,
    fold,
    holiday_names,
    places,
    popular_given_names,
    ssa_given_names,
)
from footprint.pii.lexicon import CALENDAR_WORDS, COMMON_WORDS, lowercase_words
from footprint.pii.ner import SCORE, TITLES, common_word, is_word_form
from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer
from footprint.pii.recognizers.given_name import after_determiner, in_title_run
from footprint.pii.sentences import sentence_initial

BARE_NAME_SCORE = 0.65
# A place of this size whose name is also a first name reads as the place when no cue
# says person (the same size NER's filter uses).
_PLACE_POPULATION = 50_000
MATCH_RESULT = regex.compile(rf"{SCORE.pattern}|\b(?:vs?|versus)\b", regex.I)


# A possessive that stands for the person (the other one is Lukas's, it's Eilidh's so ask,
# on Tegan's for now) or owns what people own (Nadia's mum): not a chain's product.
_OWNER = regex.compile(
    r"['’]s(?:$|[\s]*[.,!?;:)'\"]| (?:so|for|too|and|now|x|mum|mom|dad|phone|number|"
    r"birthday|hen|stag|wedding|house|place|car|kids?|husband|wife|boyfriend|girlfriend)\b)"
)
_PREVIOUS_WORD = regex.compile(r"(\p{L}[\p{L}'’\-]*) $")
_NEXT_WORD = regex.compile(r" (\p{L}[\p{L}'’\-]*)")


def _next_to_capitalised(text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after: part of a longer proper name (``the
    Manchester Hilton``, ``Eid Mubarak``), which a bare first name is not. A common word
    opening the sentence is only its capital (``Hey Naomi``, ``Thanks Karen``)."""
    previous = _PREVIOUS_WORD.search(text, 0, start)
    if previous and previous.group(1)[0].isupper():
        opening = sentence_initial(text, previous.start(1))
        if not (opening and previous.group(1).lower() in COMMON_WORDS):
            return True
    following = _NEXT_WORD.match(text, end)
    return bool(following and following.group(1)[0].isupper() and following.group(1) != "I")


# A writer who types in lower case ("i", sentences opening small) capitalises a word on
# purpose: mid-sentence it is a proper noun (``i did better than Cliff lol``).
_LOWER_CASE_WRITER = regex.compile(r"(?:^|[.!?]\s+)\p{Ll}|(?<!\p{L})i(?!\p{L})")


# Māori greetings that open with a word that is also a name: Kia ora, Kia kaha.
_GREETING_AFTER = regex.compile(r"(?i) (?:ora|kaha)(?![\p{L}])")
# Chat openers after which a writer starts the sentence proper, capital and all.
_OPENERS = frozenset(
    {"fyi", "ok", "okay", "so", "well", "anyway", "anyways", "btw", "ps", "lol", "omg", "oh",
     "right", "yeah", "yes", "no", "hey", "hi", "also", "but", "and"}
)  # fmt: skip
# A title's small word between capitals: Line of Duty, Lord of the Rings.
_TITLE_JOINER = regex.compile(r"\p{Lu}\p{L}*\s+(?:of|the|and|in|on|at|de|la|le)\s+(?:the\s+)?$")


def _capitalised_on_purpose(text: str, start: int, end: int) -> bool:
    """A first name that is also a word (Cliff, Ruby, Hope), capitalised mid-sentence by a
    writer who otherwise writes in lower case, between two lower-case words or a mark; not
    a month or a day, nor a word of a title (Line of Duty)."""
    if text[start:end].lower() in CALENDAR_WORDS or sentence_initial(text, start):
        return False
    if not _LOWER_CASE_WRITER.search(text) or _TITLE_JOINER.search(text, 0, start):
        return False
    previous = _PREVIOUS_WORD.search(text, 0, start)
    if previous is None or not previous.group(1).islower():
        return False
    if previous.group(1) in _OPENERS:
        return False  # "fyi Hope everyone has...": a new sentence starts after the opener
    if text[:start].rstrip().endswith("&") or text[end:].lstrip().startswith("&"):
        return False
    following = _NEXT_WORD.match(text, end)
    return not (following and not following.group(1).islower())


def _popular_name_alone(text: str, lowered: str, start: int, end: int) -> bool:
    """A popular first name that is also a rare word (James, Amelia, Morgan), mid-sentence
    and with no capitalised or ``&`` neighbour at all: ``its about Amelia``. Opening the
    sentence or beside another capital it is as often a word or part of a brand or a
    landmark (``Big Ben``, ``Marks & Spencer``, ``Christmas Eve``)."""
    if lowered not in popular_given_names() or sentence_initial(text, start):
        return False
    previous = _PREVIOUS_WORD.search(text, 0, start)
    if previous and previous.group(1)[0].isupper():
        return False
    if text[:start].rstrip().endswith("&") or text[end:].lstrip().startswith("&"):
        return False
    following = _NEXT_WORD.match(text, end)
    return not (following and following.group(1)[0].isupper())


class BareGivenNameRecognizer(FootprintPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "bare_given_name",
            r"(?<![\p{L}0-9'’@#_./\-])(?P<name>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)"
            r"(?![\p{L}0-9@_\-])(?!['’](?:t|ll|re|ve|d|m)\b)",
            BARE_NAME_SCORE,
        ),
    ]
    LANGUAGES = ENGLISH
    FLAGS = CASE_SENSITIVE

    def warm(self) -> None:
        english_given_names()
        ssa_given_names()
        popular_given_names()
        holiday_names()
        lowercase_words()
        places(_PLACE_POPULATION)

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        if not self.dictionary:
            return []  # without the model's dictionary a name cannot be told from a word
        spans = []
        for _, compiled in self.compiled:
            for match in compiled.finditer(text):
                start, end = match.span("name")
                if self._bare_name(text, match.group("name"), start, end):
                    spans.append((start, end, BARE_NAME_SCORE))
        return self.results(spans)

    def _bare_name(self, text: str, word: str, start: int, end: int) -> bool:
        lowered = word.lower()
        if not self._listed(lowered) or _GREETING_AFTER.match(text, end):
            return False
        on_purpose = lowered in english_given_names() and _capitalised_on_purpose(text, start, end)
        if (
            any(self._word(part) for part in lowered.split("-"))
            and not _popular_name_alone(text, lowered, start, end)
            and not on_purpose
        ):
            return False
        if (lowered in COMMON_WORDS and not on_purpose) or lowered in TITLES:
            return False
        if lowered in holiday_names():
            return False
        if lowered in places(_PLACE_POPULATION) or MATCH_RESULT.search(text):
            return False
        if text.startswith(("'s", "’s"), end) and not _OWNER.match(text, end):
            return False  # a shop or a chain as often as a person: Wendy's wifi, Macy's sale
        if after_determiner(text, start) or in_title_run(text, start, end):
            return False
        return not _next_to_capitalised(text, start, end)

    def _word(self, lowered: str) -> bool:
        """A common word. Only names the English lists have get the benefit of Webster's
        capitals (Naomi); the SSA's tail does not (Caesar, French, Sequoia)."""
        if lowered in english_given_names():
            return common_word(lowered, self.dictionary)
        return is_word_form(lowered, self.dictionary)

    @staticmethod
    def _listed(lowered: str) -> bool:
        parts = lowered.split("-")
        given = english_given_names()
        return all(part in given or fold(part) in ssa_given_names() for part in parts)
