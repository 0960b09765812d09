"""People written as chat writes them: in lower case or all capitals (``congrats ryan and
leanne``, ``marcus abernathy sent u £60``, ``THANKS TOM FAIRCLOUGH``), or a first name alone
that NER passed over (``paid Chloe £31``, ``olivers number``).

Capitals are NER's main clue and the given-name shapes' anchor (see :mod:`.given_name`);
without them a name is a word that is a given name and nothing else:

- a lower-case or all-capitals given name and a surname that is no dictionary, common or
  place word: a listed surname (Faker's English-speaking locales), or, after a first name
  Faker lists, any such word of three letters or more when the model's dictionary is there
  to say it is no word;
- a lower-case or all-capitals first name and surname that Faker's other Latin-script
  locales list and that are no words (``youssef benali``);
- a first name alone, in any case, of four letters or more, that Faker's English-speaking
  locales list and that is no English word (the spaCy model's ~77,000), no common chat
  word and no place: ``siobhan``, ``Owen``, not ``will``, ``Mark`` or ``april``; a
  possessive ``s`` glued on is left out (``olivers number``).

Without the model's dictionary only the first shape runs, with a listed surname, since
any lower-case word could then be a name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.given_names import (
    all_given_names,
    english_given_names,
    english_surnames,
    faker_first_names,
    fold,
    place_names,
    places,
    world_surnames,
)
from footprint.pii.lexicon import COMMON_WORDS, lowercase_words
from footprint.pii.ner import SCORE, after_article, common_word, is_word_form
from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer
from footprint.pii.sentences import sentence_initial

# Latin letters outside ASCII too (łukasz zieliński), with combining marks.
_EDGE_BEFORE = r"(?<![\p{Latin}\p{M}0-9'’@_./#\-])"
_EDGE_AFTER = r"(?![\p{Latin}\p{M}0-9@_/\-]|[.'’]\p{Latin})"
_WORD = r"[\p{Latin}\p{M}]+(?:'[A-Za-z]+)?"
MIN_SINGLE = 4  # shorter given names (kev, les, val, ren) collide with slang and code
# ...unless capitalised inside a sentence, where the capital says name ("Ana's ITIN").
MIN_SINGLE_CAPITALISED = 3
ENGLISH_CHECK_WORDS = 6  # a sentence this long or longer is checked for its language
FULL_NAME_SCORE = 0.65
SINGLE_SCORE = 0.6


class LowercaseNameRecognizer(FootprintPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("word", rf"{_EDGE_BEFORE}{_WORD}{_EDGE_AFTER}", 0.0),
    ]
    LANGUAGES = ENGLISH
    FLAGS = CASE_SENSITIVE

    def warm(self) -> None:
        lowercase_words()
        all_given_names()
        world_surnames()
        faker_first_names()
        english_given_names()
        english_surnames()
        place_names()
        places(_TOWN_POPULATION)

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        words = [
            (m.start(), m.end(), m.group().lower(), _uncapitalised(m.group()))
            for m in self.compiled[0][1].finditer(text)
        ]
        # In another language's sentence (Spanish from a parent: "una multa para tu
        # carro") every word is a non-word: an unlisted surname says nothing there. Only
        # asked when a pair would rest on an unlisted surname.
        verdict: list[bool] = []

        def english() -> bool:
            if not verdict:
                verdict.append(self._mostly_english([w[2] for w in words]))
            return verdict[0]

        spans: list[tuple[int, int, float]] = []
        index = 0
        while index < len(words):
            start, end, word, plain = words[index]
            following = words[index + 1] if index + 1 < len(words) else None
            if (
                plain
                and following is not None
                and following[3]
                and text[end : following[0]] == " "
                and self._full_name(word, following[2], open_surname=english)
            ):
                spans.append((start, following[1], FULL_NAME_SCORE))
                index += 2
                continue
            shortest = (
                MIN_SINGLE_CAPITALISED
                if text[start].isupper() and not plain and not sentence_initial(text, start)
                else MIN_SINGLE
            )
            name_end = self._single(word, shortest, written_lower=plain)
            if (
                name_end
                and not in_place_or_match(text, start, start + name_end)
                and not after_article(text, start)  # a thing: "the john", "a lazy susan"
            ):
                spans.append((start, start + name_end, SINGLE_SCORE))
            index += 1
        return self.results(spans)

    def _is_word(self, word: str, *, written_lower: bool = True) -> bool:
        """A common, dictionary or place word. WordNet's people (harvey, fitzgerald) are
        words only when capitalised, where the bare-name recognizer decides instead."""
        if word in COMMON_WORDS or word in place_names():
            return True
        if written_lower:
            return common_word(word, self.dictionary)
        return is_word_form(word, self.dictionary)

    def _mostly_english(self, words: list[str]) -> bool:
        """Whether at least half the words are English (too few words: assumed so)."""
        if not self.dictionary or len(words) < ENGLISH_CHECK_WORDS:
            return True
        english = sum(1 for word in words if self._is_word(word))
        return english * 2 >= len(words)

    def _full_name(
        self, given: str, surname: str, *, open_surname: Callable[[], bool] = lambda: True
    ) -> bool:
        if self._world_full_name(given, surname):
            return True
        if given not in english_given_names() or given in COMMON_WORDS or self._is_word(surname):
            return False
        if surname in english_surnames():
            return True
        # An unlisted surname after a registered first name (not a nickname-table entry
        # like "said"), and no contraction ("she'd").
        return (
            bool(self.dictionary)
            and len(surname) >= 3
            and surname.isalpha()
            and given in faker_first_names()
            and open_surname()
        )

    def _world_full_name(self, given: str, surname: str) -> bool:
        """A first name any Faker locale lists (its US list too) and a surname Faker lists,
        neither a word (youssef benali, agnieszka kowalczyk, imani hartley)."""
        return (
            bool(self.dictionary)
            and min(len(given), len(surname)) >= 3
            and fold(given) in all_given_names()
            and fold(surname) in world_surnames()
            and not self._is_word(given)
            and not self._is_word(surname)
        )

    def _single(self, word: str, shortest: int = MIN_SINGLE, *, written_lower: bool = True) -> int:
        """The length of the given name ``word`` is (0: none), a glued possessive left out."""
        if not self.dictionary:
            return 0
        for name in (word, word[:-1] if word.endswith("s") else ""):
            if (
                len(name) >= shortest
                and name in faker_first_names()
                and not self._is_word(name, written_lower=written_lower)
            ):
                return len(name) if name == word or word not in faker_first_names() else 0
        return 0


# Words before a place: "train to austin", "in lincoln", "back from Chelsea".
_LOCATIVE = regex.compile(r"(?i)\b(?:in|to|from|at|near|around|visit|visiting|visited)\s+$")
_NEIGHBOUR_BEFORE = regex.compile(r"(\p{L}+)\s+$")
_NEIGHBOUR_AFTER = regex.compile(r"\s+(\p{L}+)")
_TOWN_POPULATION = 15_000


def in_place_or_match(text: str, start: int, end: int) -> bool:
    """A first name that is a place here: part of a two-word town (``santa monica``), a
    town after a word of place (``train to austin``), or a team beside a score."""
    word = text[start:end].lower()
    towns = places(_TOWN_POPULATION)
    before = _NEIGHBOUR_BEFORE.search(text, 0, start)
    after = _NEIGHBOUR_AFTER.match(text, end)
    if before and f"{before.group(1).lower()} {word}" in towns:
        return True
    if after and f"{word} {after.group(1).lower()}" in towns:
        return True
    if word in towns and _LOCATIVE.search(text, 0, start):
        return True
    return text[start].isupper() and bool(SCORE.search(text))  # the Yankees 5-2 Chelsea


def _uncapitalised(word: str) -> bool:
    """Lower case or all capitals: what the full-name shape reads (capitalised pairs are
    the given-name recognizer's)."""
    return word.islower() or (word.isupper() and len(word) > 1)
