"""Coordinates replaced as a unit, so a location share stays a location share.

A shared location is a link or a pair of numbers: ``location:
https://maps.google.com/?q=51.5074,-0.1278``, ``geo:31.23,121.47``, "我在
31.230416, 121.473701". Redacted value by value, a URL recogniser takes the link up
to the comma and leaves the longitude behind, and the record stops being a location
share. Here every pair is found first and both numbers are replaced together by one
placeholder position, keeping the shape the parser reads: the copy still holds a
location share, at the placeholder.

The placeholder is 1°N 1°E, open sea in the Gulf of Guinea, the same in every file:
not 0,0, which Google's exports use for "no position" (a saved place at 0,0 is read
as having none, and a place with neither name nor position is not a record).
"""

from __future__ import annotations

import re
from typing import Any

PLACEHOLDER = "1.0"  # degrees, latitude and longitude
PLACEHOLDER_E7 = "10000000"  # the same in Google's E7 integers
LABEL = "COORDINATES"

_NUMBER = r"[-+]?\d{1,3}(?:\.\d+)?"
_SEPARATOR = r"(?:,|%2C|%2c)\s*"
# After a map link's key (q=, ll=, /@, geo:) any precision is a coordinate.
_LINKED = re.compile(
    rf"(?P<head>(?:[?&;](?:q|ll|sll|query|center|daddr|saddr|destination|coordinates)="
    rf"|/@|\bgeo:|\bloc:))(?P<lat>{_NUMBER})(?P<sep>{_SEPARATOR})(?P<lon>{_NUMBER})",
    re.IGNORECASE,
)
# Google Maps' data URLs: ".../data=!4m2!3m1!1s0x0:0x1!3d35.6595!4d139.7005".
_DATA = re.compile(rf"(?P<head>!3d)(?P<lat>{_NUMBER})(?P<sep>!4d)(?P<lon>{_NUMBER})")
# GeoJSON written as text (a damaged file is redacted as text): [lon, lat].
_GEOJSON = re.compile(
    rf'(?P<head>"coordinates"\s*:\s*\[\s*)(?P<lon>{_NUMBER})(?P<sep>\s*,\s*)(?P<lat>{_NUMBER})'
)
# With degree signs (Google Timeline's "53.56°, 10.02°"), any precision too.
_DEGREES = re.compile(rf"(?<![\w.])(?P<lat>{_NUMBER})°(?P<sep>\s*,\s*)(?P<lon>{_NUMBER})°")
# In plain text, only a pair precise enough to be a place (3+ decimals each).
_BARE = re.compile(
    r"(?<![\w.,])(?P<lat>[-+]?\d{1,2}\.\d{3,})(?P<sep>\s*,\s*)(?P<lon>[-+]?\d{1,3}\.\d{3,})(?![\w.])"
)

# What a pattern above may have just read when its blank space (``\s*``) goes on past a
# line break: the end of a number or of a separator, a degree sign, a link's encoded
# comma (%2C), GeoJSON's quote, colon or bracket. Text can be cut after any other line.
_BEFORE_BLANK = frozenset(',°Cc":[')


def may_continue(character: str) -> bool:
    """Whether a coordinate pair could go on past a line break that follows ``character``
    (see :func:`redact_coordinates`; callers that cut text into lines rely on it)."""
    return character.isspace() or character.isdecimal() or character in _BEFORE_BLANK


# JSON keys whose number (or [lon, lat] pair) is a position: Takeout, Timeline,
# Saved Places' GeoJSON, Instagram, Telegram.
_COORDINATE_KEYS = frozenset(
    {"lat", "lng", "lon", "long", "latitude", "longitude", "coordinates"}
)  # fmt: skip
_E7_KEYS = frozenset(
    {"latitudee7", "longitudee7", "late7", "lnge7", "lone7", "centerlate7", "centerlnge7"}
)  # fmt: skip


def coordinate_key(key: str) -> str | None:
    """The placeholder for the number(s) under a JSON key that holds a position, or None."""
    folded = key.casefold()
    if folded in _E7_KEYS:
        return PLACEHOLDER_E7
    return PLACEHOLDER if folded in _COORDINATE_KEYS else None


def _in_range(lat: str, lon: str) -> bool:
    try:
        return abs(float(lat)) <= 90 and abs(float(lon)) <= 180
    except ValueError:
        return False


def _replaced(match: re.Match[str], head: str, unit: str = "") -> str:
    if not _in_range(match.group("lat"), match.group("lon")):
        return match.group(0)
    if match.re is _GEOJSON:  # longitude first
        return f"{head}{PLACEHOLDER}{match.group('sep')}{PLACEHOLDER}"
    if match.group("lat") == PLACEHOLDER and match.group("lon") == PLACEHOLDER:
        return match.group(0)
    return f"{head}{PLACEHOLDER}{unit}{match.group('sep')}{PLACEHOLDER}{unit}"


def redact_coordinates(text: str) -> tuple[str, int]:
    """``text`` with every coordinate pair replaced as a unit; also how many pairs."""
    if not any(character.isdigit() for character in text):
        return text, 0
    count = 0

    def using(head: bool, unit: str = "") -> Any:
        def replace(match: re.Match[str]) -> str:
            nonlocal count
            replaced = _replaced(match, match.group("head") if head else "", unit)
            count += replaced != match.group(0)
            return replaced

        return replace

    text = _LINKED.sub(using(True), text)
    text = _DATA.sub(using(True), text)
    text = _GEOJSON.sub(using(True), text)
    text = _DEGREES.sub(using(False, "°"), text)
    return _BARE.sub(using(False), text), count
