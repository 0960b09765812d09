"""An English first name written inside Chinese text: ``Derek啱啱打嚟``, ``那个Amy是哪个``,
``谢谢Fiona帮我带的``.

In Hong Kong, Guangdong and many mainland offices people go by an English name, and
chats write it glued to the Chinese around it. The English recognizers need a word
boundary there, which a Han character is not. In Chinese text a capitalised Latin word is
mostly a brand or a product (``Switch``, ``Redmi Note``, ``App``), and these are not in
the first-name lists, so a listed first name next to Chinese is a person.

Not a name here: a word next to another Latin word (``iPhone 15 Pro Max``, ``Mary Kay``),
a word the English dictionaries know unless an English first-name list has it
(``Sunny`` is left to context, ``Jason`` and ``Kiki`` are names), a handle or an address
part.
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs; \p{Han}
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.given_names import english_given_names, fold, ssa_given_names
from footprint.pii.lexicon import COMMON_WORDS, lowercase_words
from footprint.pii.names import given_names
from footprint.pii.ner import is_word_form
from footprint.pii.recognizers.base import CASE_SENSITIVE, CHINESE, FootprintPatternRecognizer

NAME_SCORE = 0.6
# A capitalised word with a Han character or a Chinese punctuation mark right before or
# after it; no letter, digit or handle character glued on either side.
_CJK = r"\p{Han}\u3000-\u303f\uff00-\uffef"
_NAME = r"(?<![\p{Latin}0-9@#_./\-'’])(?P<name>\p{Lu}\p{Ll}{2,})(?![\p{Latin}0-9@_\-])"
# Words Chinese writes in Latin letters that a first-name list happens to hold.
_LOANWORDS = frozenset({"app", "apps", "max", "mac", "pad"})
# Another Latin word one space away: part of a product or a brand (Pro Max, Mary Kay).
_LATIN_BESIDE = regex.compile(r"[\p{Latin}0-9] $|^ [\p{Latin}0-9]")


class LatinNameInChineseRecognizer(FootprintPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("latin_name_before_han", rf"{_NAME}(?=[ ]?[{_CJK}])", NAME_SCORE),
        Pattern("latin_name_after_han", rf"(?<=[{_CJK}][ ]?){_NAME}", NAME_SCORE),
    ]
    LANGUAGES = CHINESE
    FLAGS = CASE_SENSITIVE

    def warm(self) -> None:
        english_given_names()
        ssa_given_names()
        given_names()
        lowercase_words()

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        spans: set[tuple[int, int, float]] = set()
        for score, compiled in self.compiled:
            for match in compiled.finditer(text):
                start, end = match.span("name")
                if self._first_name(match.group("name")) and not self._beside_latin(
                    text, start, end
                ):
                    spans.add((start, end, score))
        return self.results(sorted(spans))

    def _first_name(self, word: str) -> bool:
        lowered = word.lower()
        if lowered in COMMON_WORDS or lowered in _LOANWORDS:
            return False
        if lowered in english_given_names() or lowered in given_names():
            return True  # Jason, Candy: English words, but Chinese text borrows few such
        # The SSA's long tail holds words (Coach, Sunny): only those no dictionary knows.
        if lowered in lowercase_words():
            return False
        return fold(lowered) in ssa_given_names() and not (
            self.dictionary and is_word_form(lowered, self.dictionary)
        )

    @staticmethod
    def _beside_latin(text: str, start: int, end: int) -> bool:
        return bool(
            _LATIN_BESIDE.search(text[max(0, start - 2) : start])
            or _LATIN_BESIDE.search(text[end : end + 2])
        )
