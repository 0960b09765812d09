"""Mainland Chinese landline numbers with their area code: ``0571-8602 1357``,
``(020)3871 2046``, ``010 6813 4759``, ``0755-12345678``.

The shape is an area code (``010``, ``02X`` or ``0XXX``, optionally in brackets) and a
seven- or eight-digit local number; phonenumbers, parsing with region CN, then checks
the area code and length against its offline metadata (no hand list of codes). It runs
on Chinese and mixed texts only: the same digits in English text are read by the UK
patterns of :mod:`.phone` (``020`` is London as well as Guangzhou). A number written
with a bracket or a separator is valid alone; a bare run of digits (an order number
has the same shape) needs a context word such as 电话 or 座机, here or in the message
before.

Edges are CJK-safe: the number may sit right against Han characters (``电话0571-...找我``)
but not inside a longer run of digits, letters or a date.
"""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar

import phonenumbers
from presidio_analyzer import Pattern

from footprint.pii.checksums import digits_of
from footprint.pii.recognizers.base import CHINESE, FootprintPatternRecognizer

_AREA = r"0(?:10|2[0-9]|[3-9][0-9]{2})"
_LOCAL = r"[2-9][0-9]{2,3}[ \-－]?[0-9]{4}"
_START = r"(?<![A-Za-z0-9+/.:_\-－])"
_END = r"(?![0-9A-Za-z]|[.,/:][0-9])"


class CnLandlineRecognizer(FootprintPatternRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "cn_landline",
            _START + rf"(?:[(（]{_AREA}[)）][ ]?|{_AREA}[ \-－]){_LOCAL}" + _END,
            0.6,
        ),
        Pattern("cn_landline_digits", _START + rf"{_AREA}[2-9][0-9]{{6,7}}" + _END, 0.3),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "电话", "座机", "固话", "号码", "联系", "打给", "致电", "传真", "总机", "前台",
        "tel", "phone", "call",
    ]  # fmt: skip
    LANGUAGES = CHINESE
    MIN_DIGITS = 10
    CONVERSATION = True
    BOOST = 0.35

    def validate_result(self, pattern_text: str) -> bool | None:
        return landline_validity(pattern_text)


@lru_cache(maxsize=4096)
def landline_validity(pattern_text: str) -> bool | None:
    """True: a valid CN landline written with a bracket or separator; None: valid but a
    bare digit run (needs context); False: no CN landline."""
    digits = digits_of(pattern_text)
    try:
        number = phonenumbers.parse(digits, "CN")
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(number):
        return False
    kind = phonenumbers.number_type(number)
    if kind not in (
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        return False
    if len(set(digits[-7:])) == 1:  # a placeholder (010-8888 8888)
        return False
    return None if pattern_text.isdigit() else True
