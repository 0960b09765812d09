"""Dates of birth: a date is reported only next to "born", "DOB", "birthday", "出生", "生日".

Presidio's DATE_TIME fires on "tonight" and on digit runs inside phone numbers; a bare
date in a chat is rarely personal information, a birth date always is.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.checksums import utc_today
from footprint.pii.recognizers.base import FootprintPatternRecognizer

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_YEAR = r"(?:19|20)[0-9]{2}"
_YEAR_PART = re.compile(r"(?:19|20)[0-9]{2}")


class DateOfBirthRecognizer(FootprintPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "numeric_dmy",
            r"(?<![0-9])[0-3]?[0-9][/.\-][01]?[0-9][/.\-]" + _YEAR + r"(?![0-9])",
            0.2,
        ),
        Pattern(
            "numeric_ymd",
            r"(?<![0-9])" + _YEAR + r"(?:[/.\-]|年)[01]?[0-9](?:[/.\-]|月)[0-3]?[0-9]日?(?![0-9])",
            0.2,
        ),
        Pattern(
            "day_month_year",
            r"(?<![A-Za-z0-9])[0-3]?[0-9](?:st|nd|rd|th)? (?:of )?"
            + _MONTHS
            + r",? "
            + _YEAR
            + r"(?![0-9])",
            0.2,
        ),
        Pattern(
            "month_day_year",
            r"(?<![A-Za-z])" + _MONTHS + r" [0-3]?[0-9](?:st|nd|rd|th)?,? " + _YEAR + r"(?![0-9])",
            0.2,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "born", "dob", "d.o.b", "date of birth", "birth date", "birthday", "birth",
        "出生", "生日", "出生日期", "生于",
    ]  # fmt: skip
    MIN_DIGITS = 4
    NEEDS_ANY = ("born", "dob", "d.o.b", "birth", "出生", "生日", "生于")
    BOOST = 0.45  # context is what makes a date a birth date

    def invalidate_result(self, pattern_text: str) -> bool:
        year = _YEAR_PART.search(pattern_text)
        return year is None or not 1900 <= int(year.group()) <= utc_today().year - 3
