"""The base of footprint's pattern recognizers, in Presidio's style.

Each subclass declares ``ENTITY``, ``PATTERNS`` and ``CONTEXT`` and may check a
candidate in ``validate_result`` / ``invalidate_result``. Two cheap declarations let
the engine skip a recognizer on texts it cannot match: ``MIN_DIGITS`` and
``NEEDS_ANY`` (lower-case substrings, one of which must occur). ``LANGUAGES`` says
which texts it runs on: ``"en"``, ``"zh"`` or both (mixed texts get both).
``CONVERSATION`` says that a context word in an earlier message of the same chat counts
("passport number?" then "123456789"): see :mod:`footprint.pii.conversation`.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs; re lacks variable look-behind
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

CASE_INSENSITIVE = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE
CASE_SENSITIVE = regex.DOTALL | regex.MULTILINE

BOTH = frozenset({"en", "zh"})
ENGLISH = frozenset({"en"})
CHINESE = frozenset({"zh"})


@dataclass(frozen=True, slots=True)
class TextFeatures:
    """What the engine computes once per text to decide which recognizers can match."""

    text: str
    lower: str
    digits: int
    languages: frozenset[str]


def context_regex(words: list[str]) -> regex.Pattern[str] | None:
    """One regex for a recognizer's context words; ASCII words match whole words only."""
    if not words:
        return None
    parts = []
    for word in sorted({w.lower() for w in words}, key=len, reverse=True):
        escaped = regex.escape(word)
        parts.append(f"(?<![a-z]){escaped}(?![a-z])" if word.isascii() else escaped)
    return regex.compile("|".join(parts))


# What may stand between a label and its value: "SSN: ", "licence # ", "ssn is ", "护照号：".
_LABEL_TAIL = r"[ \t]*(?:#|no\.?|num(?:ber)?|is|号码?|[:：=]|[ \t])*[ \t]*$"


def label_regex(words: list[str]) -> regex.Pattern[str] | None:
    """A regex that finds one of the context words labelling what follows it: the word,
    then only separators (``SSN: 011137395``). A value its own label names is certain."""
    if not words:
        return None
    parts = []
    for word in sorted({w.lower() for w in words}, key=len, reverse=True):
        escaped = regex.escape(word)
        parts.append(f"(?<![a-z]){escaped}" if word.isascii() else escaped)
    return regex.compile(f"(?:{'|'.join(parts)}){_LABEL_TAIL}")


class FootprintPatternRecognizer(PatternRecognizer):
    """A Presidio PatternRecognizer with declarative patterns, context and prechecks."""

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[list[Pattern]]
    CONTEXT: ClassVar[list[str]] = []
    LANGUAGES: ClassVar[frozenset[str]] = BOTH
    MIN_DIGITS: ClassVar[int] = 0
    NEEDS_ANY: ClassVar[tuple[str, ...]] = ()
    MIN_LENGTH: ClassVar[int] = 0
    FLAGS: ClassVar[int] = CASE_INSENSITIVE
    CONVERSATION: ClassVar[bool] = False
    # A context word right before the value, as its label, makes it certain (national IDs,
    # whose context words name only them; not "number", which labels anything).
    LABEL_CERTAIN: ClassVar[bool] = False

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            patterns=copy.deepcopy(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language="en",
            global_regex_flags=self.FLAGS,
        )
        self.context_pattern = context_regex(list(self.CONTEXT))
        self.label_pattern = label_regex(list(self.CONTEXT)) if self.LABEL_CERTAIN else None
        self.compiled = [
            (pattern.score, regex.compile(pattern.regex, self.FLAGS)) for pattern in self.PATTERNS
        ]
        self.metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        # The detector's English dictionary (see use_dictionary); empty until given.
        self.dictionary: frozenset[str] = frozenset()

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        """Presidio's pattern semantics (a passed ``validate_result`` scores 1.0, a failed
        one or a true ``invalidate_result`` drops the match) without its per-call
        timing, logging and explanation objects, which cost more than the regexes here."""
        results: list[RecognizerResult] = []
        for score, compiled in self.compiled:
            for match in compiled.finditer(text):
                start, end = match.span()
                if start == end:
                    continue
                value = text[start:end]
                valid = self.validate_result(value)
                if valid is False or self.invalidate_result(value):
                    continue
                result_score = EntityRecognizer.MAX_SCORE if valid else score
                results.append(
                    RecognizerResult(
                        self.ENTITY, start, end, result_score, recognition_metadata=self.metadata
                    )
                )
        return results

    def results(self, spans: Iterable[tuple[int, int, float]]) -> list[RecognizerResult]:
        """This recognizer's results for (start, end, score) spans."""
        return [
            RecognizerResult(self.ENTITY, start, end, score, recognition_metadata=self.metadata)
            for start, end, score in spans
        ]

    def warm(self) -> None:
        """Load any data the recognizer reads lazily (before workers are forked, so they
        share it); nothing for pure patterns."""
        return None

    def use_dictionary(self, words: frozenset[str]) -> None:
        """Take the detector's English dictionary (the spaCy model's words, when installed);
        only recognizers that must tell words from names read ``self.dictionary``."""
        self.dictionary = words

    def applies(self, features: TextFeatures) -> bool:
        """Cheap test: can this recognizer match anything in the text at all?"""
        if features.digits < self.MIN_DIGITS or len(features.text) < self.MIN_LENGTH:
            return False
        if not self.LANGUAGES & features.languages:
            return False
        return not self.NEEDS_ANY or any(needle in features.lower for needle in self.NEEDS_ANY)

    def applies_in_conversation(self, features: TextFeatures) -> bool:
        """Can it match when its context word may be in an earlier message? The text then
        need not hold the word itself, nor be in the recognizer's language."""
        return (
            self.CONVERSATION
            and features.digits >= self.MIN_DIGITS
            and len(features.text) >= self.MIN_LENGTH
        )
