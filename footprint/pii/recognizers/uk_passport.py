"""UK passport numbers of the long-standing series: nine digits, next to "passport".

Presidio's UK recognizer knows only the newer two-letters-and-seven-digits series. Nine
digits alone are anything (an order, an account), so the pattern is weak and the word
``passport`` (or 护照, HMPO) must be near. US passports have the same shape; a text that
says the passport is American (a US passport, a nationality or citizenship of the US, a
US trip's checks), or that asks for US identifiers alongside it (an SSN, an ITIN), leaves
it to the US recognizer.
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.recognizers.base import BOTH, FootprintPatternRecognizer

# Said to be American, or for a US trip's checks (TSA, ESTA), or beside identifiers
# only the US issues (SSN, ITIN, social security): not the UK's.
_US = r"(?:u\.?s\.?a?\.?|american|united states(?: of america)?)"
_AMERICAN = regex.compile(
    rf"\b(?:{_US}\s+(?:passports?|citizen|national)|tsa|esta|ssn|itin|social security"
    rf"|(?:nationality|citizenship)\s*(?:[:\-=]|is)?\s*{_US}(?![a-z]))(?![a-z])",
    regex.I,
)


def says_american(text: str) -> bool:
    """Whether ``text`` says its passport is American (see the module)."""
    return _AMERICAN.search(text) is not None


class UkPassportNumberRecognizer(FootprintPatternRecognizer):
    ENTITY = "UK_PASSPORT"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("uk_passport_9", r"(?<![0-9A-Za-z\-])[0-9]{9}(?![0-9A-Za-z\-])", 0.2),
        Pattern("uk_passport_9_spaced", r"(?<![0-9])[0-9]{3} [0-9]{3} [0-9]{3}(?![0-9])", 0.2),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "passport", "passports", "passport number", "passport no", "hmpo", "hm passport", "护照",
    ]  # fmt: skip
    LANGUAGES = BOTH
    CONVERSATION = True
    MIN_DIGITS = 9
    NEEDS_ANY = ("passport", "护照", "hmpo")
    BOOST = 0.5

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        if says_american(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)
