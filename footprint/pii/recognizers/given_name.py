"""People NER misses, found by given name: ``Niamh Gallagher``, ``electrician: Ravi``, ``my
sister Jolene``, ``grandad eamon``, ``Shaz, Dev and Tam``.

spaCy's small English model misses many names in chat, above all Irish, South Asian and
short forms, and names in lower case. Four shapes, each anchored on a given name from
offline data (:mod:`footprint.pii.given_names`):

- a capitalised given name and a surname-shaped word (``Mc``/``O'`` and hyphens allowed)
  that is not a common word, a place or, unless a listed surname, a dictionary word;
- a given name (any case) or a capitalised non-word after a role or label
  (``plumber:``, ``my landlord``, ``GP``);
- a given name (any case) after a kinship word (``my sister``, ``nana``);
- a list of three or more capitalised short words joined by ``and``, at least one a
  given name that is no dictionary word and none a common word or a place.

Precision guards: common words (months, days, chat words), places, dictionary words for
the uncertain slots (two dictionary words opening a sentence: left to NER), a determiner
before the name (``the Dorothy Perkins sale``), and title-case runs (``Jack Frost Ice
Rink``, headings), where two capitalised words say nothing. The dictionary is the spaCy model's (see
:func:`footprint.pii.ner.load_ner`); without it a surname must be a listed one.
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
    place_names,
    ssa_given_names,
    very_popular_given_name,
    world_given_names,
    world_surnames,
)
from footprint.pii.lexicon import COMMON_WORDS, lowercase_words
from footprint.pii.ner import PLACE_OR_TEAM_ENDINGS, common_word
from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer
from footprint.pii.recognizers.street_address import STREET_WORDS
from footprint.pii.sentences import sentence_initial

# Latin letters, accented ones too (Zoë, Vrandečić); edges are Latin letters only, so a
# name glued to Chinese text ("和Niamh Gallagher去") is still found.
_GIVEN = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_SURNAME = r"(?:Mc|Mac|O'|O’)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_ANY_NAME = r"\p{Latin}\p{Ll}+"
# A Gaelic patronymic written with its inner capital: MacLeod, McAllister, O'Neill.
_GAELIC_PREFIX = regex.compile(r"(?:Mc|Mac|O'|O’)\p{Lu}")
# Form labels a name follows: "Name on card: …" (cued_name reads them too).
FORM_LABELS = (
    "name|full name|name on card|cardholder|card holder|account name|account holder|"
    "beneficiary|payee|recipient"
)
# Roles people name a person by in chat (service people, work, home).
_ROLES = (
    "plumber|electrician|builder|joiner|roofer|plasterer|decorator|painter|handyman|"
    "mechanic|landlord|landlady|letting agent|agent|gp|doctor|dentist|nurse|midwife|"
    "physio|therapist|counsellor|counselor|teacher|tutor|headteacher|nanny|childminder|"
    "babysitter|cleaner|gardener|boss|manager|supervisor|colleague|coworker|neighbour|"
    "neighbor|flatmate|roommate|housemate|solicitor|lawyer|accountant|caseworker|"
    "social worker|carer|coach|trainer|hairdresser|barber|vet|contact|driver|courier|"
    f"tenant|lodger|passenger|patient|{FORM_LABELS}|starter form|form"
)
# The roles as single words: a role is no name ("Doctor's appointment", "the Nurse said").
ROLE_WORDS = frozenset(role for role in _ROLES.split("|") if " " not in role)
# Longest first, so "name on card" is tried before "name".
_ROLES_LONGEST_FIRST = "|".join(sorted(_ROLES.split("|"), key=len, reverse=True))
_KIN = (
    "mum|mam|mom|mummy|mommy|dad|daddy|sister|brother|sis|bro|son|daughter|wife|husband|"
    "partner|boyfriend|girlfriend|bf|gf|fiance|fiancé|fiancee|fiancée|niece|nephew|"
    "stepdad|stepmum|stepmom|stepson|stepdaughter|cousin|aunt|auntie|aunty|uncle|nan|nana|"
    "nanna|gran|granny|grandma|grandmother|grandpa|grandad|granddad|grandfather|grandson|"
    "granddaughter|godmother|godfather|mother|father|baby|bestie|best friend|mate|friend"
)
_POSSESSIVE = r"(?:my|our|your|ur|his|her|their)"
# Kin words used as a title, without "my": "nana Jean", "uncle dev".
_KIN_TITLES = (
    "aunt|auntie|aunty|uncle|cousin|nan|nana|nanna|gran|granny|grandma|grandpa|grandad|"
    # as Spanish-speaking US families write them: tia Sunny, tio Beto, abuela Rosa
    "tia|tía|tio|tío|abuela|abuelo|prima|primo|madrina|padrino"
)
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )"
_EDGE_BEFORE = r"(?<![\p{Latin}0-9'’\-])"
_EDGE_AFTER = r"(?![\p{Latin}0-9\-])"
_LIST_WORD = r"[A-Z][a-z]{1,9}"

FULL_NAME_SCORE = 0.7
KNOWN_SURNAME_SCORE = 0.8
CONTEXT_NAME_SCORE = 0.75
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "every", "each", "no", "some", "any"}
)
_SMALL_WORDS = frozenset({"of", "and", "the", "a", "an", "in", "on", "at", "to", "for", "&"})
_LOCATIVE = regex.compile(
    r"(?i:\b(?:on|at|off|down|up|along|via|to|from|in|near|round|onto|past)|[0-9][A-Za-z]?) $"
)
_CAPITALISED = regex.compile(r"[A-Z][A-Za-z'’\-]*")


class GivenNameRecognizer(FootprintPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "given_surname",
            rf"{_EDGE_BEFORE}(?P<given>{_GIVEN}) (?P<surname>{_SURNAME}){_EDGE_AFTER}",
            FULL_NAME_SCORE,
        ),
        Pattern(
            "role_name",
            rf"{_EDGE_BEFORE}(?i:(?:{_POSSESSIVE} |the )?(?:{_ROLES_LONGEST_FIRST})(?:'s|’s)?)"
            rf"(?: ?[:\-–] ?| (?:is |was |called |named |= ?)?|, )"
            rf"{_TITLE}?(?P<given>{_ANY_NAME})(?: (?P<surname>{_SURNAME}))?{_EDGE_AFTER}",
            CONTEXT_NAME_SCORE,
        ),
        Pattern(
            "kin_name",
            rf"{_EDGE_BEFORE}(?i:{_POSSESSIVE} (?:[a-z]{{2,12}} )?"
            rf"(?:{_KIN})|(?:{_KIN_TITLES}))(?:,|:)? (?P<given>{_ANY_NAME})"
            rf"(?: (?P<surname>{_SURNAME}))?{_EDGE_AFTER}",
            CONTEXT_NAME_SCORE,
        ),
        Pattern(
            "name_list",
            rf"{_EDGE_BEFORE}(?P<item>{_LIST_WORD})(?:, (?P<item>{_LIST_WORD})){{1,6}},? "
            rf"(?:and|&|n) (?P<item>{_LIST_WORD}){_EDGE_AFTER}",
            CONTEXT_NAME_SCORE,
        ),
    ]
    LANGUAGES = ENGLISH
    FLAGS = CASE_SENSITIVE

    def warm(self) -> None:
        english_given_names()
        english_surnames()
        world_given_names()
        ssa_given_names()
        world_surnames()
        place_names()
        lowercase_words()

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        spans: list[tuple[int, int, float]] = []
        for index, (score, compiled) in enumerate(self.compiled):
            for match in compiled.finditer(text, overlapped=index == 0):
                if index == 0:
                    spans.extend(self._full_name(text, match))
                elif index in (1, 2):
                    spans.extend(self._after_context(match, score, kin=index == 2))
                else:
                    spans.extend(self._list(match, score))
        best: dict[tuple[int, int], float] = {}
        for start, end, score in spans:  # a span two shapes find, once, at its best score
            best[start, end] = max(score, best.get((start, end), 0.0))
        return self.results((start, end, score) for (start, end), score in sorted(best.items()))

    # --- the four shapes -------------------------------------------------------------

    def _full_name(self, text: str, match: regex.Match[str]) -> list[tuple[int, int, float]]:
        given, surname = match.group("given"), match.group("surname")
        known = self._surname_ok(surname)
        if known is None or surname.lower() in PLACE_OR_TEAM_ENDINGS:
            return []  # "Aston Villa", "Preston Park"
        if not (
            self._given(given, capitalised_only=True)
            or self._world_given(given, known_surname=known)
        ):
            return []
        if (
            common_word(given.lower(), self.dictionary)
            and common_word(surname.lower(), self.dictionary)
            and sentence_initial(text, match.start())
        ):
            return []  # two words where capitals say nothing (a tea, a shrub): NER decides
        # (the dictionary also lists people, Hargreaves and Naomi: those are no words here)
        if after_determiner(text, match.start()):
            return []  # "the Dorothy Perkins sale", "at the Florence Hilton": a shop, a hotel
        if given.lower() in place_names() and surname.lower() in self.dictionary:
            return []
        if surname.lower() in STREET_WORDS and _LOCATIVE.search(text, 0, match.start()):
            return []  # "on Gray St", "at 4 Ada Lane": a street, though Lane is a surname
        if in_title_run(text, match.start(), match.end()):
            return []
        score = KNOWN_SURNAME_SCORE if known else FULL_NAME_SCORE
        return [(match.start(), match.end(), score)]

    def _after_context(
        self, match: regex.Match[str], score: float, *, kin: bool
    ) -> list[tuple[int, int, float]]:
        given = match.group("given")
        start, end = match.span("given")
        lowered = given.lower()
        kin_name = kin and (
            self._kin_word_name(lowered)
            # capitalised after kin, a listed name though it is a word: tia Sunny, aunt Joy
            or (given.istitle() and self._listed_any(lowered) and lowered not in STOP_WORDS)
        )
        if (lowered in COMMON_WORDS and not kin_name) or lowered in place_names():
            return []
        if not given[1:].islower():
            return []
        in_dataset = lowered in english_given_names()
        surname = match.group("surname")
        # After the role, a capitalised second word is the surname unless it is a common
        # word or a place ("new tenant Precious Gallagher", "form: Ines Haworth").
        full = (
            bool(surname)
            and given[0].isupper()
            and surname.lower() not in COMMON_WORDS
            and surname.lower() not in place_names()
            and surname.lower() not in STREET_WORDS
        )
        if given[0].isupper():
            word = lowered in self.dictionary or not self.dictionary
            if (
                not in_dataset
                and word
                and not kin_name
                and not (full and self._surname_ok(surname) is True)
            ):
                return []  # a capitalised word after "my boss": a name unless it is a word
        elif not in_dataset or not self.dictionary:
            return []
        elif lowered in self.dictionary and not kin_name:
            return []  # lower case: a given name known to be no word, or after kin
        if full:
            end = match.end("surname")
        return [(start, end, score)]

    def _list(self, match: regex.Match[str], score: float) -> list[tuple[int, int, float]]:
        items = match.captures("item")
        spans = match.spans("item")
        givens = 0
        for item in items:
            lowered = item.lower()
            if lowered in COMMON_WORDS or lowered in place_names():
                return []
            if lowered in english_given_names():
                givens += lowered not in self.dictionary
            elif (lowered in self.dictionary and len(lowered) > 3) or not self.dictionary:
                return []  # a word (French, German and Dutch); short ones (Mo, Al) pass
        if not givens:
            return []
        return [(start, end, score) for start, end in spans]

    # --- checks ----------------------------------------------------------------------

    @staticmethod
    def _listed_any(lowered: str) -> bool:
        """A first name of the English lists or the SSA's."""
        return lowered in english_given_names() or fold(lowered) in ssa_given_names()

    @staticmethod
    def _kin_word_name(lowered: str) -> bool:
        """A word after a kinship word that is a very popular first name and no function
        word: ``my granddaughter ruby``, ``my sister grace``; not ``my mum said``, ``my dad
        will`` or ``my son may``."""
        return lowered not in STOP_WORDS and very_popular_given_name(lowered)

    def _given(self, word: str, *, capitalised_only: bool) -> bool:
        lowered = word.lower()
        return (
            lowered in english_given_names()
            and lowered not in COMMON_WORDS
            and (not capitalised_only or word[1:].islower() or "-" in word)
        )

    def _world_given(self, word: str, *, known_surname: bool) -> bool:
        """A first name from elsewhere (Tunde, Agnieszka), or any capitalised non-word
        before a listed surname (Sandeep Venkataraman): neither a dictionary, common nor
        place word. Only with the model's dictionary, and not hyphenated or capitalised
        inside (brands: PlayStation)."""
        lowered = word.lower()
        if not self.dictionary or len(lowered) < 3 or not word[1:].islower():
            return False
        if lowered in self.dictionary or lowered in COMMON_WORDS or lowered in place_names():
            return False
        folded = fold(lowered)
        return known_surname or folded in world_given_names() or folded in ssa_given_names()

    def _surname_ok(self, word: str) -> bool | None:
        """True: a listed surname; False: surname-shaped, unlisted; None: not a surname.
        Surnames from elsewhere count as listed when they are no dictionary word."""
        lowered = word.lower().replace("’", "'")
        if len(lowered) < 2 or lowered in COMMON_WORDS or lowered in place_names():
            return None
        if lowered in english_surnames():
            return True
        if _GAELIC_PREFIX.match(word):
            return False  # MacLeod, O'Brien: a surname's spelling, whatever WordNet lists
        if self.dictionary and lowered not in self.dictionary and fold(lowered) in world_surnames():
            return True
        if lowered in STREET_WORDS or not self.dictionary or lowered in self.dictionary:
            return None
        return False


def after_determiner(text: str, start: int) -> bool:
    before = text[:start].split()
    return bool(before) and before[-1].lower() in _DETERMINERS


def in_title_run(text: str, start: int, end: int) -> bool:
    """The name sits in a run of capitalised words (a heading, a shop, an event): the word
    right before it (mid-sentence) or right after it is capitalised and not a common word,
    or the whole line is in title case."""
    before = text[:start]
    previous = regex.search(r"([A-Za-z'’\-]+) $", before)
    if previous and _CAPITALISED.fullmatch(previous.group(1)):
        word = previous.group(1)
        if word.lower() not in COMMON_WORDS and not sentence_initial(text, previous.start(1)):
            return True
    following = regex.match(r" ([A-Za-z'’\-]+)(?![0-9A-Za-z])", text[end:])  # not JPM9911
    word_after = following.group(1) if following else ""
    if _CAPITALISED.fullmatch(word_after) and word_after.lower() not in COMMON_WORDS:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = [w for w in regex.findall(r"[A-Za-z][A-Za-z'’\-]*", line) if w not in _SMALL_WORDS]
    return len(words) >= 4 and all(w[0].isupper() for w in words)
