"""Current UK vehicle registrations: two letters, two digits, three letters (YK19 HBN).

The shape is rare in ordinary text but not unique ("GU10 LED" is a bulb), so a word
about a vehicle must be near.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer


class UkLicensePlateRecognizer(FootprintPatternRecognizer):
    ENTITY = "LICENSE_PLATE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "uk_current",
            r"(?<![A-Za-z0-9\-])[A-HJ-PR-Y]{2}[0-9]{2} ?[A-HJ-PR-Z]{3}(?![A-Za-z0-9\-])",
            0.3,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "plate", "plates", "number plate", "reg", "registration", "car", "van", "motor",
        "vehicle", "parked", "parking", "mot", "dvla", "driving", "drive",
    ]  # fmt: skip
    LANGUAGES = ENGLISH
    MIN_DIGITS = 2
    FLAGS = CASE_SENSITIVE
    CONVERSATION = True
