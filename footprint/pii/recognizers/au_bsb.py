"""An Australian BSB (bank-state-branch) number after its label: ``BSB 034-614``.

Six digits, the branch half of an account as a UK sort code is; alone they are any
number, so only the label says what they are. The account number after it is found by
the account-word rule (``acc 35424559``)."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import ENGLISH, FootprintPatternRecognizer


class AuBsbRecognizer(FootprintPatternRecognizer):
    ENTITY = "BANK_ACCOUNT"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "au_bsb",
            r"(?<=(?<![A-Za-z])BSB(?:\s*(?:no\.?|number|#))?\s*[:=\-]?\s*)"
            r"[0-9]{3}[\- ]?[0-9]{3}(?![0-9])",
            0.9,
        )
    ]
    LANGUAGES = ENGLISH
    MIN_DIGITS = 6
    NEEDS_ANY = ("bsb",)
