"""IBANs, compact or in groups of four, checked with ISO 13616 mod 97; in lower case
only right after the word IBAN."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.checksums import iban_ok
from footprint.pii.recognizers.base import CASE_SENSITIVE, FootprintPatternRecognizer


class IbanMod97Recognizer(FootprintPatternRecognizer):
    ENTITY = "IBAN_CODE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "iban_compact",
            r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}(?![A-Za-z0-9])",
            0.3,
        ),
        Pattern(
            "iban_grouped",
            r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: [A-Z0-9]{4}){2,7}"
            r"(?: [A-Z0-9]{1,3})?(?![A-Za-z0-9])",
            0.3,
        ),
        # Typed in lower case: only right after the word IBAN, where a lower-case hash or
        # code that happens to pass mod 97 (one in 97) is not.
        Pattern(
            "iban_lower_after_word",
            r"(?<=(?<![A-Za-z])(?i:iban)(?:\s*[:#]?\s*))[a-z]{2}[0-9]{2}"
            r"(?:[a-z0-9]{11,30}|(?: [a-z0-9]{4}){2,7}(?: [a-z0-9]{1,3})?)(?![A-Za-z0-9])",
            0.3,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = ["iban", "bank", "account", "transfer", "账户", "账号"]
    MIN_DIGITS = 8
    FLAGS = CASE_SENSITIVE

    def validate_result(self, pattern_text: str) -> bool:
        return iban_ok(pattern_text)
