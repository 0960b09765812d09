"""New Zealand IRD numbers (tax file numbers): 8 or 9 digits, often written 123-456-789,
checked with Inland Revenue's mod-11 algorithm, and only next to a word that names one
(IRD, tax number, inland revenue): eight or nine digits alone are anything."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.checksums import nz_ird_ok
from footprint.pii.recognizers.base import FootprintPatternRecognizer


class NzIrdNumberRecognizer(FootprintPatternRecognizer):
    ENTITY = "NZ_IRD"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("nz_ird_dashed", r"(?<![0-9\-])[0-9]{2,3}[- ][0-9]{3}[- ][0-9]{3}(?![0-9\-])", 0.2),
        Pattern("nz_ird_compact", r"(?<![0-9A-Za-z])[0-9]{8,9}(?![0-9A-Za-z])", 0.1),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "ird", "ird number", "ird no", "irdn", "inland revenue", "tax number", "tax file number",
    ]  # fmt: skip
    NEEDS_ANY = ("ird", "inland revenue", "tax number", "tax file")
    CONVERSATION = True
    MIN_DIGITS = 8
    BOOST = 0.5

    def validate_result(self, pattern_text: str) -> bool:
        return nz_ird_ok(pattern_text)
