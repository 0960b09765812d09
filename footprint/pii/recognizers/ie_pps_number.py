"""Irish PPS numbers (Personal Public Service numbers): seven digits and one or two letters
(1234567T, 1234567FA), the first letter a mod-23 check of the digits; only next to a word
that names one (PPS, PPSN, personal public service), since a part number may share the
shape."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.checksums import ie_pps_ok
from footprint.pii.recognizers.base import CASE_SENSITIVE, FootprintPatternRecognizer


class IePpsNumberRecognizer(FootprintPatternRecognizer):
    ENTITY = "IE_PPS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "ie_pps",
            r"(?<![0-9A-Za-z])[0-9]{7} ?[A-W][A-IW]?(?![0-9A-Za-z])",
            0.3,
        ),
        # Lower case is how people type it in chat, right after the word.
        Pattern(
            "ie_pps_lower_after_word",
            r"(?<=(?i:pps|ppsn)(?:\s*(?:no\.?|number|num|#|is|:))*\s*)[0-9]{7} ?[a-w][a-iw]?"
            r"(?![0-9A-Za-z])",
            0.3,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "pps", "ppsn", "pps number", "pps no", "personal public service", "public services card",
    ]  # fmt: skip
    NEEDS_ANY = ("pps", "personal public service", "public services card")
    CONVERSATION = True
    MIN_DIGITS = 7
    FLAGS = CASE_SENSITIVE
    BOOST = 0.4

    def validate_result(self, pattern_text: str) -> bool:
        return ie_pps_ok(pattern_text)
