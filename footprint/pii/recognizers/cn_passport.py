"""Chinese passport numbers (E/G + 8 digits, or E + letter + 7 digits), with context; and
any letters-and-digits number written right after 护照/护照号."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import CASE_SENSITIVE, FootprintPatternRecognizer


class CnPassportRecognizer(FootprintPatternRecognizer):
    """Alone the pattern is weak (0.4, under the threshold); "护照" nearby makes it."""

    ENTITY = "CN_PASSPORT"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "cn_passport",
            r"(?<![A-Za-z0-9])(?:[EG][0-9]{8}|E[A-HJ-NP-Z][0-9]{7})(?![A-Za-z0-9])",
            0.4,
        ),
        # Right after the word itself (护照号 G9206442; passport号码是… in Chinese text), any
        # letter-and-digits document number is one, whatever its series: the text says so.
        Pattern(
            "cn_passport_introduced",
            r"(?<=(?:护照(?:号码|号|编号)?\s*(?:是|为|:|：)?|passport\s*(?:号码|号|编号|是|为|：)+)\s*)"
            r"[A-Z]{1,2}[0-9]{6,9}(?![A-Za-z0-9])",
            0.7,
        ),
        # The E + letter series is China's alone: the English word a few words before is enough.
        Pattern(
            "cn_passport_e_series_after_word",
            r"(?<=(?i:passport)[^\n0-9]{0,20})(?<![A-Za-z0-9])E[A-HJ-NP-Z][0-9]{7}(?![A-Za-z0-9])",
            0.7,
        ),
    ]
    # The shape is a US passport's too (letter + 8 digits): in English, "passport" alone
    # leaves it to the US recognizer, and only a Chinese word or "Chinese passport" makes it.
    CONTEXT: ClassVar[list[str]] = ["护照", "证件", "签证", "chinese passport", "prc passport"]
    MIN_DIGITS = 7
    CONVERSATION = True
    FLAGS = CASE_SENSITIVE
