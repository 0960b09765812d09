"""A mainland mobile number written in Chinese numerals, as voice input and careful
speakers give it: ``幺八二三幺三二五三八九`` (幺 is how 1 is read aloud in numbers),
``一三九 零零七 二二八 五一``.

Eleven numerals in a row are a number and little else; the digits must make a mobile
number (1, then 3-9)."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import CHINESE, FootprintPatternRecognizer

_NUMERAL = "[零〇一二三四五六七八九幺两]"
_DIGIT_OF = str.maketrans("零〇一二三四五六七八九幺两", "0012345678912")


def spoken_digits(text: str) -> str:
    """The digits a run of Chinese numerals reads as (``幺三八`` → ``138``)."""
    return "".join(ch for ch in text.translate(_DIGIT_OF) if ch.isdigit())


class CnSpokenMobileRecognizer(FootprintPatternRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "cn_spoken_mobile",
            rf"(?<![零〇一二三四五六七八九幺两十百千万])[幺一](?:[ \-]?{_NUMERAL}){{10}}"
            r"(?![零〇一二三四五六七八九幺两十百千万])",
            0.6,
        )
    ]
    CONTEXT: ClassVar[list[str]] = ["手机", "电话", "号码", "号", "打给", "联系"]
    LANGUAGES = CHINESE
    NEEDS_ANY = ("幺", "一")

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = spoken_digits(pattern_text)
        return len(digits) != 11 or digits[1] not in "3456789" or len(set(digits[3:])) == 1
