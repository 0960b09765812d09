"""Streets and roads named without a house number, where a sentence puts someone on them.

"meet you on Ladypool Road", "she lives off Green Lane", "stuck on the A45 again",
"crash on I-45". A street name narrows a person down to a few hundred households; with
a number it is an address (:mod:`.street_address`). Alone, capitalised words and a
street type are also a pub, a song or a TV series ("Coronation Street"), so the name
counts only after a preposition of place (on, off, down, along, near...), and a road
number (UK A and B roads, US interstates and routes) only after such a preposition and
"the" or in the US forms that cannot be anything else (``I-45``). A street with no
one in the message (``Greggs on Queen Street has the rolls back``, ``the 38 bus from
Victoria Road is diverted``) is where a shop or a bus is, not a person: it counts only
beside a person word (I, we, she, my...), a verb of living, staying or meeting, or
directions (turn, take, left).
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer

# Where a person is, goes or lives, relative to a street.
_PREPOSITIONS = (
    "on|off|down|along|up|at|near|by|past|onto|into|from|to|round|around|via|across|"
    "opposite|behind|outside|beside|towards|toward|in"
)
_PLACE_WORD = rf"(?<![A-Za-z])(?:{_PREPOSITIONS}|{_PREPOSITIONS.title()}) "
_BEFORE = rf"(?<={_PLACE_WORD}(?:the |The )?)"
_BEFORE_THE = rf"(?<={_PLACE_WORD}(?:the |The ))"
# Street types that name a street on their own (no "Park", "Hill", "Green", "Square":
# also places that are not streets, and landmarks are not personal).
_TYPES = (
    "Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Drive|Dr|Close|Crescent|Terrace|Grove|Gardens|"
    "Boulevard|Blvd|Place|Mews|Parade|Way"
)
_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?"
_STREET = rf"{_BEFORE}(?:{_NAME_WORD} ){{1,3}}(?:{_TYPES})\.?(?![A-Za-z])"
# UK A and B roads with two or more digits (A4 is also a paper size). Not motorways:
# a motorway runs between regions, with no homes on it ("stuck on the M25" places no one).
_UK_ROAD = rf"{_BEFORE_THE}[AB][0-9]{{2,4}}(?:\(M\))?(?![A-Za-z0-9])"
_US_ROAD = (
    r"(?<![A-Za-z0-9-])(?:I-[0-9]{1,3}|US-[0-9]{1,3}|(?:Route|Hwy|Highway|SR) [0-9]{1,3})"
    r"(?![A-Za-z0-9-])"
)
# Someone in the message: a pronoun, or a verb of living, staying, going or meeting.
_SOMEONE = regex.compile(
    r"(?<![\w'’])(?:i|i'm|i’m|im|i'll|i've|me|my|we|we're|us|our|you|your|u|ur|he|she|him|"
    r"her|his|they|them|their|live|lives|living|lived|moved|moving|stay|staying|stayed|"
    r"stuck|parked|park|meet|meeting|pick|picking|drop|dropping|come|coming|came|go|going|"
    r"went|walk|walking|driving|drive|round|house|flat|home|mum|mam|dad|nan|gran|"
    # directions given to someone: "turn off the A638", "take Route 9 north"
    r"turn|take|head|exit|follow|left|right|straight|past)(?![\w'’])",
    regex.IGNORECASE,
)
# Words that open a capitalised run but are not part of a street's name.
_NOT_A_NAME_START = frozenset(
    {"The", "A", "An", "My", "Your", "Our", "Their", "His", "Her", "This", "That", "Every",
     "Next", "Last"}
)  # fmt: skip


class StreetNameRecognizer(FootprintPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("street_after_preposition", _STREET, 0.55),
        Pattern("uk_road_number", _UK_ROAD, 0.55),
        Pattern("us_road_number", _US_ROAD, 0.5),
    ]
    CONTEXT: ClassVar[list[str]] = ["live", "lives", "living", "moved", "street", "road"]
    LANGUAGES = ENGLISH
    FLAGS = CASE_SENSITIVE

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if not results or _SOMEONE.search(text):
            return results
        return []

    def invalidate_result(self, pattern_text: str) -> bool:
        return pattern_text.split(" ", 1)[0] in _NOT_A_NAME_START
