"""IMEIs: 15 digits with a Luhn check digit, reported next to "IMEI" or "串号"."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.checksums import digits_of, luhn_ok
from footprint.pii.recognizers.base import FootprintPatternRecognizer


class ImeiRecognizer(FootprintPatternRecognizer):
    ENTITY = "IMEI"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "imei",
            r"(?<![0-9])[0-9]{2}[ \-]?[0-9]{6}[ \-]?[0-9]{6}[ \-]?[0-9](?![0-9])",
            0.4,
        )
    ]
    CONTEXT: ClassVar[list[str]] = ["imei", "串号", "serial", "device", "handset", "设备"]
    MIN_DIGITS = 15

    def invalidate_result(self, pattern_text: str) -> bool:
        return not luhn_ok(digits_of(pattern_text))
