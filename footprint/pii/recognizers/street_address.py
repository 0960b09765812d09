"""UK and US street addresses, found whole: flat or house name, house number, street,
town, and a UK postcode or a US state and ZIP code.

``Flat 3/2, 14 Example Road, Glasgow G12 8QQ``, ``1840 W Girard Ave, Apt 3, Philadelphia,
PA 19130``, ``Rose Cottage, 3 Mill Lane``, ``350 N 5th St #4B``.

The street types and directionals are usaddress's (MIT): the USPS suffix list
(Publication 28, ``Ave``, ``Pkwy``, ``Xing``...) and ``N``/``NE``/``North``. Its CRF parser
is not used to find addresses: it labels any capitalised words after a number as a
street (``3 Day Pass``). Common types (Street, Road, Ave...) score as an address on their
own; the rest of the USPS list needs a context word (``address``, ``live at``) or a
postcode or ZIP code after it.
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
import usaddress  # type: ignore[import-untyped]  # its vocabularies; the model is not used
from presidio_analyzer import Pattern, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from footprint.pii.lexicon import COMMON_WORDS
from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer

# Types common enough that a number, capitalised words and one of them is an address.
_COMMON_TYPES = frozenset(
    {"street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "av", "close", "drive", "dr",
     "way", "place", "pl", "court", "ct", "crescent", "cres", "gardens", "grove", "terrace",
     "terr", "ter", "hill", "park", "square", "sq", "row", "mews", "walk", "boulevard", "blvd",
     "parade", "rise", "view", "highway", "hwy", "parkway", "pkwy", "pike", "circle", "cir",
     "trail", "trl", "alley", "plaza", "turnpike", "wynd", "brae", "gate", "quay", "green",
     "embankment", "broadway", "vale", "chase", "yard", "approach"}
)  # fmt: skip
# UK types the USPS list lacks.
_UK_TYPES = frozenset({"wynd", "brae", "gate", "quay", "embankment", "vale", "chase", "yard",
                       "approach", "broadway"})  # fmt: skip
# USPS forms that are also short English words or abbreviations of anything.
_TOO_AMBIGUOUS = frozenset(
    {"is", "un", "mi", "la", "te", "tr", "ci", "cp", "pr", "ex", "dm", "dl", "dv", "lf", "ml",
     "mn", "rn", "tl", "wl", "ri", "bl", "br"}
)  # fmt: skip
_TYPES = (frozenset(usaddress.STREET_NAMES) | _UK_TYPES | _COMMON_TYPES) - _TOO_AMBIGUOUS
_DIRECTIONS = frozenset(usaddress.DIRECTIONS)
# Every street type and direction, lower case: no surname is one ("Gray St", "Ada Lane").
STREET_WORDS = frozenset(usaddress.STREET_NAMES) | _TYPES | _DIRECTIONS


def _alternation(words: frozenset[str]) -> str:
    """Capitalised (``Ave``) and upper-case (``AVE``) forms, longest first."""
    forms = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(f"{w.capitalize()}|{w.upper()}" for w in forms)


_TYPE = rf"(?P<type>{_alternation(_TYPES)})\.?(?![A-Za-z0-9])"
_DIRECTION = rf"(?:{_alternation(_DIRECTIONS)})\.?"
_UK_POSTCODE = r"[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}(?![A-Za-z0-9])"
_US_ZIP = r"[A-Z]{2},? [0-9]{5}(?:-[0-9]{4})?(?![0-9])"
_WORD = r"(?:[A-Z][a-z']+(?:[A-Z][a-z]+)?|[0-9]{1,3}(?:st|nd|rd|th))"
# Any case: chat writes "flat 2, 27 Parkfield Road" as often as "Flat 2".
_OCCUPANCY = r"(?i:flat|apt|apartment|unit|suite|ste|floor|fl|room|rm|bldg)\.?"
_UNIT_ID = r"#? ?[0-9A-Z]{1,5}(?:[/-][0-9A-Z]{1,4})?(?![A-Za-z0-9])"
_HOUSE_NAME = (
    r"(?:[A-Z][a-z]+ (?:Cottage|House|Farm|Lodge|Barn|Manor|Villa|Farmhouse|Mill|Hall),? )"
)
_TOWN = r"(?:,? (?!(?:Apt|Suite|Unit|Flat)\b)[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"

_STREET = (
    r"(?<![A-Za-z0-9/#])"
    rf"{_HOUSE_NAME}?"
    rf"(?:{_OCCUPANCY} {_UNIT_ID},? )?"
    r"[0-9]{1,5}[A-Za-z]?(?:-[0-9]{1,5})?,? "
    rf"(?:{_DIRECTION} )?"
    rf"(?:{_WORD} ){{1,3}}{_TYPE}"
    rf"(?: {_DIRECTION}(?![A-Za-z]))?"
    rf"(?:,? (?:{_OCCUPANCY} ?{_UNIT_ID}|#[0-9A-Z]{{1,5}}(?![A-Za-z0-9])))?"
    rf"(?P<tail>{_TOWN}{{0,2}},? (?:{_UK_POSTCODE}|{_US_ZIP})|{_TOWN}{{1,2}}(?=[,.!?;)\n]|$))?"
)
# Addresses as typed in chat: any case, the street type abbreviated or left out, a flat or
# apartment part before or after (``flat 2 14 elm rd``, ``90 n 3rd ave apt 2``).
# Lower-case types are those that are seldom anything else after a number and a name.
_CASUAL_SHORT_TYPES = frozenset(
    {"st", "rd", "ave", "av", "ln", "dr", "ct", "pl", "sq", "blvd", "cres", "terr", "hwy",
     "pkwy", "cir", "trl"}
)  # fmt: skip
_CASUAL_TYPES = _CASUAL_SHORT_TYPES | frozenset(
    {"street", "road", "lane", "avenue", "boulevard", "crescent", "terrace", "highway",
     "parkway", "drive", "court", "grove", "gardens"}
)  # fmt: skip
_CASUAL_DIRECTION = r"(?i:n|s|e|w|ne|nw|se|sw|north|south|east|west)"
_CASUAL_OCCUPANCY = r"(?i:flat|apt|apartment|unit|suite|ste)\.?"
_CASUAL_UNIT = r"#? ?(?:[0-9]{1,4}[A-Za-z]?|[A-Za-z][0-9]{1,3})(?:[/-][0-9A-Za-z]{1,4})?"
_CASUAL_WORD = r"(?:[A-Za-z][a-z']+|[0-9]{1,3}(?i:st|nd|rd|th))"
_CASUAL_EDGE = r"(?<![A-Za-z0-9/#£$€.:'])"
_CASUAL_END = r"(?![A-Za-z0-9])"
_CASUAL_NUMBER = r"(?P<number>[0-9]{1,5}[A-Za-z]?)(?:-[0-9]{1,5})?,? "
# A flat after the street: labelled (apt 4B), with "#", or bare as bank memos print it
# ("13TH AVE 4B": digits and one capital letter, where nothing else follows).
_CASUAL_AFTER = (
    rf"(?:,? (?P<unit>{_CASUAL_OCCUPANCY} ?{_CASUAL_UNIT})|,? #[0-9A-Za-z]{{1,5}}"
    r"| [0-9]{1,4}[A-Z](?=\s*$))"
)
_CASUAL_STREET = (
    _CASUAL_EDGE
    + rf"(?:(?P<unit>{_CASUAL_OCCUPANCY} {_CASUAL_UNIT}),? )?"
    + _CASUAL_NUMBER
    + rf"(?:{_CASUAL_DIRECTION} )?"
    + rf"(?:(?P<word>{_CASUAL_WORD}) ){{1,3}}"
    + rf"(?P<type>(?i:{'|'.join(sorted(_CASUAL_TYPES, key=lambda w: (-len(w), w)))}))\.?"
    + rf"(?: {_CASUAL_DIRECTION}(?={_CASUAL_AFTER}|[,.!?;)\n]|$))?"
    + rf"{_CASUAL_AFTER}?{_CASUAL_END}"
)
# No street type: a number, one or two name words and a flat part (``881 larkin apt 3``).
_CASUAL_FLAT = (
    _CASUAL_EDGE
    + _CASUAL_NUMBER
    + rf"(?:{_CASUAL_DIRECTION} )?"
    + rf"(?P<word>{_CASUAL_WORD})(?: (?P<word>{_CASUAL_WORD}))?"
    + rf",? (?P<unit>{_CASUAL_OCCUPANCY} ?{_CASUAL_UNIT}){_CASUAL_END}"
)
# Words after a number that make it a quantity, not a house number ("3 bed flat 2").
_QUANTITY_WORDS = frozenset(
    {"mile", "miles", "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "day",
     "days", "week", "weeks", "km", "mi", "bed", "beds", "bedroom", "bedrooms", "bath", "baths",
     "storey", "story", "floor", "floors", "lap", "laps", "lane", "lanes", "am", "pm", "sq", "ft",
     "yr", "yrs", "year", "years", "people", "kids", "cars", "times", "star", "way", "door",
     "doors", "seater", "pack"}
)  # fmt: skip
_POSTCODE_TAIL = regex.compile(rf"(?:{_UK_POSTCODE}|{_US_ZIP})$")
WITH_POSTCODE = 0.85  # a street with a postcode or ZIP code after it
WEAK_TYPE = 0.35  # a rarer USPS type: needs a context word or a postcode
CASUAL = 0.55  # typed casually with a flat part, a house letter or an abbreviated type
CASUAL_WEAK = 0.2  # "14 elm road" in lower case: needs a context word


class StreetAddressRecognizer(FootprintPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("street_address", _STREET, 0.55),
        Pattern("uk_postcode", r"(?<![A-Za-z0-9])" + _UK_POSTCODE, 0.3),
        Pattern("casual_street", _CASUAL_STREET, CASUAL),
        Pattern("casual_flat", _CASUAL_FLAT, CASUAL),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "address", "live", "lives", "living", "moved", "move", "send", "deliver", "delivery",
        "postcode", "post code", "zip", "come to", "at", "flat", "house",
    ]  # fmt: skip
    LANGUAGES = ENGLISH
    MIN_DIGITS = 1
    FLAGS = CASE_SENSITIVE

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        results: list[RecognizerResult] = []
        for index, (score, compiled) in enumerate(self.compiled):
            for match in compiled.finditer(text):
                start, end = match.span()
                if index == 0:
                    if _POSTCODE_TAIL.search(match.group()):
                        score = WITH_POSTCODE
                    elif match.group("type").lower() not in _COMMON_TYPES:
                        score = WEAK_TYPE
                    else:
                        score = self.PATTERNS[0].score
                elif index >= 2:
                    casual = _casual_score(match, typed=index == 2)
                    if casual is None:
                        continue
                    score = casual
                results.append(
                    RecognizerResult(
                        self.ENTITY, start, end, score, recognition_metadata=self.metadata
                    )
                )
        return results


def _casual_score(match: regex.Match[str], *, typed: bool) -> float | None:
    """The score of a casually typed address, or None when its words say it is not one:
    a stop word or a quantity after the number ("2 on the road", "10 min drive"), or, with
    no street type, a common word ("3 kids apt 2")."""
    words = [w.lower() for w in match.captures("word")]
    if any(w in STOP_WORDS or w in _QUANTITY_WORDS for w in words):
        return None
    if not typed and any(w in COMMON_WORDS for w in words):
        return None
    has_unit = bool(match.captures("unit"))
    house_letter = match.group("number")[-1].isalpha()
    if not typed or has_unit or house_letter:
        return CASUAL
    return CASUAL if match.group("type").lower() in _CASUAL_SHORT_TYPES else CASUAL_WEAK
