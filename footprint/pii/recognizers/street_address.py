"""UK and US street addresses: a house number, capitalised street words and a street type,
optionally a town, a UK postcode or a US state and ZIP code."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer

_STREET_TYPES = (
    "Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Place|Pl|Court|Ct|Crescent|"
    "Gardens|Grove|Terrace|Hill|Park|Square|Sq|Row|Mews|Walk|Boulevard|Blvd|Parade|Rise|View"
)
_UK_POSTCODE = r"[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}"
_TOWN = r"(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+)?)"

_STREET = (
    r"(?<![A-Za-z0-9])(?:(?:Flat|Apt|Unit) [0-9]+[A-Z]?,? )?[0-9]{1,4}[A-Za-z]?,? "
    r"(?:[A-Z][a-z]+ ){1,3}(?:" + _STREET_TYPES + r")\.?(?![A-Za-z])"
    r"(?:" + _TOWN + r"{0,2}(?:,? (?:" + _UK_POSTCODE + r"|[A-Z]{2} [0-9]{5}(?:-[0-9]{4})?))?)?"
)


class StreetAddressRecognizer(FootprintPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("street_address", _STREET, 0.55),
        Pattern("uk_postcode", r"(?<![A-Za-z0-9])" + _UK_POSTCODE + r"(?![A-Za-z0-9])", 0.3),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "address", "live", "lives", "living", "moved", "move", "send", "deliver", "delivery",
        "postcode", "post code", "zip", "come to", "at", "flat", "house",
    ]  # fmt: skip
    LANGUAGES = ENGLISH
    MIN_DIGITS = 1
    FLAGS = CASE_SENSITIVE
