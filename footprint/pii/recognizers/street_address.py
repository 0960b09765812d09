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


def _alternation(words: frozenset[str]) -> str:
    """Capitalised (``Ave``) and upper-case (``AVE``) forms, longest first."""
    forms = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(f"{w.capitalize()}|{w.upper()}" for w in forms)


_TYPE = rf"(?P<type>{_alternation(_TYPES)})\.?(?![A-Za-z0-9])"
_DIRECTION = rf"(?:{_alternation(_DIRECTIONS)})\.?"
_UK_POSTCODE = r"[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}(?![A-Za-z0-9])"
_US_ZIP = r"[A-Z]{2},? [0-9]{5}(?:-[0-9]{4})?(?![0-9])"
_WORD = r"(?:[A-Z][a-z']+(?:[A-Z][a-z]+)?|[0-9]{1,3}(?:st|nd|rd|th))"
_OCCUPANCY = r"(?:Flat|FLAT|Apt|APT|Apartment|Unit|UNIT|Suite|Ste|STE|Floor|Fl|Room|Rm|Bldg)\.?"
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
_POSTCODE_TAIL = regex.compile(rf"(?:{_UK_POSTCODE}|{_US_ZIP})$")
WITH_POSTCODE = 0.85  # a street with a postcode or ZIP code after it
WEAK_TYPE = 0.35  # a rarer USPS type: needs a context word or a postcode


class StreetAddressRecognizer(FootprintPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("street_address", _STREET, 0.55),
        Pattern("uk_postcode", r"(?<![A-Za-z0-9])" + _UK_POSTCODE, 0.3),
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
                results.append(
                    RecognizerResult(
                        self.ENTITY, start, end, score, recognition_metadata=self.metadata
                    )
                )
        return results
