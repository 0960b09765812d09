"""Chinese passport numbers (E/G + 8 digits, or E + letter + 7 digits), with context; and
any letters-and-digits number written right after 护照/护照号."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import CASE_SENSITIVE, FootprintPatternRecognizer


class CnPassportRecognizer(FootprintPatternRecognizer):
    """Alone the pattern is weak (0.4, under the threshold); "护照"/"passport" nearby makes it."""

    ENTITY = "CN_PASSPORT"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "cn_passport",
            r"(?<![A-Za-z0-9])(?:[EG][0-9]{8}|E[A-HJ-NP-Z][0-9]{7})(?![A-Za-z0-9])",
            0.4,
        ),
        # Right after the word itself (护照号 G9206442), any letter-and-digits document
        # number is one, whatever its series: the text says so.
        Pattern(
            "cn_passport_introduced",
            r"(?<=护照(?:号码|号|编号)?\s*(?:是|为|:|：)?\s*)[A-Z]{1,2}[0-9]{6,9}(?![A-Za-z0-9])",
            0.7,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = ["护照", "passport", "证件", "签证"]
    MIN_DIGITS = 7
    CONVERSATION = True
    FLAGS = CASE_SENSITIVE
