"""Chinese vehicle licence plates: a province's one-character abbreviation, the issuing
office's letter, and five characters (six for new-energy vehicles: D or F first for a
car, last for a bus or lorry), as 川A·7K2Q9, 京A12345, 粤BD12345 or 粤B12345D. Any other
six characters count only next to 车牌.

The shape is specific enough alone; the letters I and O are never issued.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import CASE_SENSITIVE, CHINESE, FootprintPatternRecognizer

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_LETTER = "A-HJ-NP-Z"
_SEPARATOR = r"[·•・.\- ]?"


class CnLicensePlateRecognizer(FootprintPatternRecognizer):
    ENTITY = "LICENSE_PLATE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "cn_plate",
            rf"[{_PROVINCES}][{_LETTER}]{_SEPARATOR}"
            rf"(?:[DF][{_LETTER}0-9][0-9]{{4}}|[0-9]{{5}}[DF]|[{_LETTER}0-9]{{4}}[{_LETTER}0-9挂学警港澳])"
            r"(?![A-Za-z0-9])",
            0.6,
        ),
        # Six characters in another order, as people mistype a new-energy plate: only
        # with the word 车牌 near (see CONTEXT).
        Pattern(
            "cn_plate_six",
            rf"[{_PROVINCES}][{_LETTER}]{_SEPARATOR}[{_LETTER}0-9]{{6}}(?![A-Za-z0-9])",
            0.3,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = ["车牌", "车牌号", "牌照", "号牌", "挂车", "plate"]
    LANGUAGES = CHINESE
    MIN_DIGITS = 1
    FLAGS = CASE_SENSITIVE

    def validate_result(self, pattern_text: str) -> bool | None:
        tail = pattern_text[2:].lstrip("·•・.- ")
        # A plate's serial holds at least one digit: 川AABCDE is not one.
        return None if any(ch.isdigit() for ch in tail) else False
