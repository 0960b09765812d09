"""Chinese social security card numbers (社会保障卡号), only right after the word that
names one.

The card's own number is a letter and eight digits (``社保卡号 K12345678``); any nine
characters of that shape fit an order or a model number too, so the word must be written
right before it. A social security *number* (社会保障号码, 社保号) is the holder's
resident ID number, which the resident ID recognizer finds by its check digit.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import CASE_SENSITIVE, CHINESE, FootprintPatternRecognizer


class CnSocialSecurityCardRecognizer(FootprintPatternRecognizer):
    ENTITY = "CN_SOCIAL_SECURITY"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "cn_social_security_card",
            r"(?<=(?:社保卡|社会保障卡|医保卡)(?:卡号|号码|号|编号)\s*(?:是|为|:|：)?\s*)"
            r"[A-Z][0-9]{8}(?![A-Za-z0-9])",
            0.7,
        )
    ]
    LANGUAGES = CHINESE
    NEEDS_ANY = ("社保卡", "社会保障卡", "医保卡")
    MIN_DIGITS = 8
    FLAGS = CASE_SENSITIVE
