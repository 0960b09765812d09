"""QQ numbers (5-11 digits), only where the text names QQ right before them."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import FootprintPatternRecognizer


class QqNumberRecognizer(FootprintPatternRecognizer):
    ENTITY = "QQ_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "qq_number",
            r"(?<=(?:qq|扣扣)(?:号|号码|账号)?\s*(?:是|为|:|：|is|number is|-)?\s*)"
            r"[1-9][0-9]{4,10}(?![0-9])",
            0.8,
        )
    ]
    CONTEXT: ClassVar[list[str]] = ["qq", "扣扣", "加我"]
    NEEDS_ANY = ("qq", "扣扣")
    MIN_DIGITS = 5
