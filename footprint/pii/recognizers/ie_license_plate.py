"""Irish vehicle registrations: year, county and a serial, ``151-KE-36955``, ``08 D 1234``.

The year is two digits up to 2012 and three from 2013 (the last one 1 or 2 for the
half-year); the county is one of the index marks the Department of Transport issues. The
shape with its hyphens or spaces is distinctive enough alone when the serial has three
digits or more; a shorter one needs a car word.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer

# County index marks, current and retired (TN, TS, L, W before their 2014 merges).
_COUNTIES = "C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|WD|WH|WX|WW"
_YEAR = r"(?:8[7-9]|9[0-9]|0[0-9]|1[0-2]|(?:1[3-9]|2[0-9])[12])"


class IeLicensePlateRecognizer(FootprintPatternRecognizer):
    ENTITY = "LICENSE_PLATE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "ie_registration",
            rf"(?<![A-Za-z0-9\-]){_YEAR}(?P<sep>[\- ])(?:{_COUNTIES})(?P=sep)"
            r"[0-9]{3,6}(?![A-Za-z0-9\-])",
            0.6,
        ),
        # A serial of one or two digits (12-D-4) reads like a score: a car word must say.
        Pattern(
            "ie_registration_short",
            rf"(?<![A-Za-z0-9\-]){_YEAR}(?P<sep>[\- ])(?:{_COUNTIES})(?P=sep)"
            r"[0-9]{1,2}(?![A-Za-z0-9\-])",
            0.3,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "reg", "registration", "plate", "car", "van", "toll", "tolls", "parked", "nct"
    ]  # fmt: skip
    LANGUAGES = ENGLISH
    MIN_DIGITS = 3
    FLAGS = CASE_SENSITIVE
