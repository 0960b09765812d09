"""New Zealand bank accounts as written everywhere, bank-branch-account-suffix:
``02-1667-1317865-03`` (2, 4, 7 and 2 or 3 digits). No other number is grouped so."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import ENGLISH, FootprintPatternRecognizer


class NzBankAccountRecognizer(FootprintPatternRecognizer):
    ENTITY = "BANK_ACCOUNT"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "nz_bank_account",
            r"(?<![0-9\-])[0-9]{2}([\- ])[0-9]{4}\1[0-9]{7}\1[0-9]{2,3}(?![0-9\-])",
            0.7,
        )
    ]
    LANGUAGES = ENGLISH
    MIN_DIGITS = 15
