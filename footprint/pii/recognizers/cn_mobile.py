"""Mainland Chinese mobile numbers: 11 digits starting 13-19, optionally +86 (or (86)).

The country code is also written without its plus (``8613812345678``), as phones and
forms that drop the ``+`` store it."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.checksums import digits_of
from footprint.pii.recognizers.base import FootprintPatternRecognizer


class CnMobileRecognizer(FootprintPatternRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "cn_mobile",
            # not the tail of a code of letters and digits (a UPS or SF tracking number)
            r"(?<![0-9+])(?<![A-Za-z0-9][A-Za-z])(?:(?:\+|00)?86[ \-]?|[(（]\+?86[)）][ \-]?)?"
            r"1[3-9][0-9](?:[ \-]?[0-9]{4}){2}(?![0-9])",
            0.6,
        )
    ]
    CONTEXT: ClassVar[list[str]] = [
        "手机", "电话", "号码", "联系", "打给", "call", "phone", "mobile", "tel", "number"
    ]  # fmt: skip
    MIN_DIGITS = 11

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = digits_of(pattern_text)
        national = digits[2:] if len(digits) == 13 else digits[4:] if len(digits) == 15 else digits
        return len(national) != 11 or len(set(national[3:])) == 1
