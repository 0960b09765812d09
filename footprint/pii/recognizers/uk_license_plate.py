"""Current UK vehicle registrations: two letters, two digits, three letters (YK19 HBN).

Written as DVLA issues them (a space before the three random letters) and with letters and
an age identifier DVLA uses, the registration is rare enough in ordinary text to report
alone: a memory tag whose first letter names a DVLA region (A-H, K-P, R, S, V, W, Y) and
whose second is not I, Q or Z; an age identifier of March (02-29) or September (51-79);
random letters without I or Q (DVLA's INF104). Other shapes (no space, any letters,
typed in lower case) still need a word about a vehicle near. Where the shape means
something else it keeps needing that word too: lamp bases ("GU10 LED bulbs", "MR16 LED
spots"), years (FY24, MY25), and text with no lower-case letter at all (a bank memo's
"TESCO LS12 ARM": a postcode district and a word).
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.recognizers.base import BOTH, CASE_SENSITIVE, FootprintPatternRecognizer

_LIGHTING = regex.compile(
    r"(?<![a-z])(?:bulbs?|lamps?|lights?|lighting|downlights?|spotlights?|spots|fittings?|"
    r"watts?|lumens?|dimmable|led)(?![a-z])",
    regex.IGNORECASE,
)
_LOWER = regex.compile(r"\p{Ll}")
# Fiscal, calendar, model and academic years are written like a memory tag and an age
# identifier (FY24, MY25): in these the shape alone says nothing.
_YEAR_ABBREVIATIONS = ("FY", "CY", "MY", "AY")
LIGHTING_WINDOW = 30


class UkLicensePlateRecognizer(FootprintPatternRecognizer):
    ENTITY = "LICENSE_PLATE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "uk_current",
            r"(?<![A-Za-z0-9\-])[A-HJ-PR-Y]{2}[0-9]{2} ?[A-HJ-PR-Z]{3}(?![A-Za-z0-9\-])",
            0.3,
        ),
        # Typed in lower case ("my car is ab12 cde"): the same shape, with its word near.
        Pattern(
            "uk_current_lower",
            r"(?<![A-Za-z0-9\-])[a-hj-pr-y]{2}[0-9]{2} ?[a-hj-pr-z]{3}(?![A-Za-z0-9\-])",
            0.3,
        ),
        Pattern(
            "uk_current_issued",
            r"(?<![A-Za-z0-9\-])[A-HK-PRSVWY][A-HJ-PR-Y](?:0[2-9]|[12][0-9]|5[1-9]|[67][0-9])"
            r" [A-HJ-PR-Z]{3}(?![A-Za-z0-9\-])",
            0.5,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "plate", "plates", "number plate", "reg", "registration", "car", "van", "motor",
        "vehicle", "parked", "parking", "mot", "dvla", "driving", "drive", "drives",
        "driver", "uber", "taxi", "cab", "lift", "pick up", "pulling up",
        # a car seen doing something: on a dashcam, blocking a drive, running a light
        "dashcam", "blocking", "double parked", "ran the red", "running the red",
        # fines and charges that name a vehicle by its registration
        "anpr", "pcn", "penalty charge", "parking fine", "speeding", "speed camera", "ulez",
        "congestion charge", "clamped", "towed", "insured", "tax disc", "v5c", "logbook",
        "车牌", "车牌号", "车", "停车",
    ]  # fmt: skip
    LANGUAGES = BOTH  # in Chinese text (no lower case) only next to its word: 车牌 LB07 XKR
    MIN_DIGITS = 2
    FLAGS = CASE_SENSITIVE
    CONVERSATION = True
    ALONE = 0.5  # the issued shape's score: reported without a word
    WITH_WORD_ONLY = 0.3  # the other shapes', and the issued one's where it means else

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        all_caps = _LOWER.search(text) is None
        for result in results:
            if result.score < self.ALONE:
                continue
            around = text[max(0, result.start - LIGHTING_WINDOW) : result.end + LIGHTING_WINDOW]
            value = text[result.start : result.end]
            if (
                all_caps
                or value.startswith(_YEAR_ABBREVIATIONS)
                or _LIGHTING.search(around.replace(value, " "))
            ):
                result.score = self.WITH_WORD_ONLY
        return results
