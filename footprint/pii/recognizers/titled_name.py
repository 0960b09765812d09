"""People named with a title: ``Dr. Patel``, ``Mrs Okafor``, ``Father Michael``, ``Rev Ade
Bello``; the title is part of the value, as it is of the way people know them.

A capitalised title and one or two capitalised words after it. The words may be ordinary
ones (``Dr Green``, ``Mrs Brown``: surnames Faker lists): the title says they are a name.
Not a common word that is no surname (``Mr Right``, ``Father Christmas``).

Chat writes both in lower case (``father michael was asking after you``, ``hi mr
schofield``). There the capital no longer says name, so the word after the title must be
one by the lists: a given name or surname of Faker's English-speaking locales (one that
is also an English word, ``bean``, ``park``, only as a given name: ``michael``, ``jack``),
or, where the model's dictionary says it is no word, of its other Latin-script locales
(``kaczmarek``); never a common word or a verb of speech (``father said``). Titles that
are also kin words or roles count only without a determiner before them (``my father
michael`` is the kin recognizer's; ``the coach park``), and ``dr`` after a street's
number and name is the street type (``14 oak dr bolton``). Professional and religious
titles only: a lower-case kin word (``sister``, ``uncle``) is :mod:`.kinship_name`'s.
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from footprint.pii.given_names import (
    english_given_names,
    english_surnames,
    fold,
    ssa_given_names,
    world_given_names,
    world_surnames,
)
from footprint.pii.lexicon import COMMON_WORDS
from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer

_TITLES = (
    r"Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Prof|Professor|Father|Fr|Rev|Reverend|Pastor|Rabbi|Imam"
    r"|Sister|Brother|Sir|Dame|Coach|Officer|Sgt|Sergeant|Judge|Auntie|Aunty|Aunt|Uncle|Nana"
    r"|Padre"
)
_NAME = r"(?:Mc|Mac|O'|O’)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"  # never a possessive's "'s"
# Titles chat writes in lower case before a lower-case name (not "fr", chat's "for real").
_LOWER_TITLES = (
    r"mr|mrs|ms|miss|mx|dr|doctor|prof|professor|father|rev|reverend|pastor|rabbi|imam|sir"
    r"|dame|coach|officer|sgt|sergeant"
)
_LOWER_NAME = r"[a-z]{3,}(?:-[a-z]{2,})?"
# Vietnamese forms of address before a given name, as Vietnamese families write them in
# any language: chú Tâm (uncle), bà Lan (grandmother), chị Mai (elder sister), ông Vu. With
# their diacritics only (bare "co", "ba", "em" are English words), and "anh" (elder brother).
_VIETNAMESE_TITLES = r"chú|cô|bác|dì|cậu|ông|bà|chị|anh|thím|mợ|dượng"
_VIETNAMESE_NAME = r"\p{Lu}\p{Ll}+"
_DETERMINER_BEFORE = regex.compile(
    r"(?i)(?<![a-z])(?:my|your|ur|his|her|our|their|the|a|an|this|that|me|mine)\s+$"
)
_STREET_BEFORE = regex.compile(r"[0-9][0-9a-z]*\s+[a-z]+\s+$", regex.I)
# Verbs of speech that are also given names or surnames (Said): "father said no".
_SPEECH_VERBS = frozenset({"said", "says", "asked", "asks", "told", "tells", "reckons"})
LOWER_SCORE = 0.65  # over PERSON's threshold, under a capitalised title's


class TitledNameRecognizer(FootprintPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "titled_name",
            rf"(?<![A-Za-z0-9'’\-])(?:{_TITLES})\.? {_NAME}(?: {_NAME})?(?![A-Za-z0-9\-])",
            0.75,
        ),
        Pattern(
            "titled_name_mixed",  # padre Miguel, father Declan: a lower-case title
            rf"(?<![A-Za-z0-9'’\-])(?P<title>{_LOWER_TITLES}|padre)\.? {_NAME}(?: {_NAME})?"
            r"(?![A-Za-z0-9\-])",
            0.75,
        ),
        Pattern(
            "titled_name_lower",
            rf"(?<![A-Za-z0-9'’\-])(?P<title>(?i:{_LOWER_TITLES}))\.? (?P<first>{_LOWER_NAME})"
            rf"(?: (?P<second>{_LOWER_NAME}))?(?![A-Za-z0-9\-])",
            LOWER_SCORE,
        ),
        Pattern(
            "vietnamese_title",
            rf"(?<![\p{{L}}0-9'’\-])(?i:{_VIETNAMESE_TITLES}) {_VIETNAMESE_NAME}"
            r"(?![\p{L}0-9\-])",
            0.75,
        ),
    ]
    LANGUAGES = ENGLISH
    FLAGS = CASE_SENSITIVE
    NEEDS_ANY = (
        "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "father", "fr", "rev", "pastor",
        "rabbi", "imam", "sister", "brother", "sir", "dame", "coach", "officer", "sgt",
        "sergeant", "judge", "aunt", "uncle", "nana", "padre",
        *_VIETNAMESE_TITLES.split("|"),
    )  # fmt: skip

    def warm(self) -> None:
        english_surnames()
        english_given_names()
        world_surnames()
        world_given_names()
        ssa_given_names()

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        """The capitalised pattern with Presidio's semantics; the lower-case one with the
        name, kin and street checks of the module."""
        results: list[RecognizerResult] = []
        for pattern, (score, compiled) in zip(self.PATTERNS, self.compiled, strict=True):
            for match in compiled.finditer(text):
                mixed = pattern.name == "titled_name_mixed"
                if (
                    mixed
                    and match.group("title") != "mr"
                    and _DETERMINER_BEFORE.search(text, 0, match.start())
                ):
                    continue  # my father Michael: the kin recognizer's
                if pattern.name in ("titled_name", "titled_name_mixed", "vietnamese_title"):
                    if not self.invalidate_result(match.group()):
                        results.extend(self.results([(*match.span(), score)]))
                    continue
                end = self._lower_end(text, match)
                if end is not None:
                    results.extend(self.results([(match.start(), end, score)]))
        return results

    def invalidate_result(self, pattern_text: str) -> bool:
        """A common word after the title that is no surname: Mr Right, Father Christmas."""
        name = pattern_text.replace(".", "").split()[1].lower()
        return name in COMMON_WORDS and name not in english_surnames()

    def _lower_end(self, text: str, match: regex.Match[str]) -> int | None:
        """Where a lower-case titled name ends, or None when it is none (see the module)."""
        if not match.group("first").islower() or not self._lower_name(match.group("first")):
            return None
        before = text[: match.start()]
        title = match.group("title").lower()
        if title != "mr" and _DETERMINER_BEFORE.search(before):
            return None  # my father, the coach, a doctor: a relative or a role
        if title == "dr" and _STREET_BEFORE.search(before):
            return None  # 14 oak dr: a street type
        second = match.group("second")
        if second and second.islower() and self._lower_name(second):
            return int(match.end("second"))
        return int(match.end("first"))

    def _lower_name(self, word: str) -> bool:
        """Whether a lower-case word is a name by the lists (see the module)."""
        if word in COMMON_WORDS or word in STOP_WORDS or word in _SPEECH_VERBS:
            return False
        folded = fold(word)
        is_word = folded in self.dictionary
        if folded in english_given_names():
            return True
        if folded in english_surnames():
            return not is_word
        if not self.dictionary or is_word:
            return False  # without the dictionary any word may be one
        return (
            folded in world_surnames()
            or folded in world_given_names()
            or folded in ssa_given_names()  # dr hadley: the SSA's long tail
        )
