"""Coordinates replaced as a unit, so a location share stays a location share.

A shared location is a link or a pair of numbers: ``location:
https://maps.google.com/?q=51.5074,-0.1278``, ``geo:31.23,121.47``, "我在
31.230416, 121.473701". Redacted value by value, a URL recogniser takes the link up
to the comma and leaves the longitude behind, and the record stops being a location
share. Here every pair is found first and both numbers are zeroed together, keeping
the shape the parser reads: the copy still holds a location share, at 0,0.
"""

from __future__ import annotations

import re

ZERO = "0.0"
LABEL = "COORDINATES"

_NUMBER = r"[-+]?\d{1,3}(?:\.\d+)?"
_SEPARATOR = r"(?:,|%2C|%2c)\s*"
# After a map link's key (q=, ll=, /@, geo:) any precision is a coordinate.
_LINKED = re.compile(
    rf"(?P<head>(?:[?&;](?:q|ll|sll|query|center|daddr|saddr|destination|coordinates)="
    rf"|/@|\bgeo:|\bloc:))(?P<lat>{_NUMBER})(?P<sep>{_SEPARATOR})(?P<lon>{_NUMBER})",
    re.IGNORECASE,
)
# With degree signs (Google Timeline's "53.56°, 10.02°"), any precision too.
_DEGREES = re.compile(rf"(?<![\w.])(?P<lat>{_NUMBER})°(?P<sep>\s*,\s*)(?P<lon>{_NUMBER})°")
# In plain text, only a pair precise enough to be a place (3+ decimals each).
_BARE = re.compile(
    r"(?<![\w.,])(?P<lat>[-+]?\d{1,2}\.\d{3,})(?P<sep>\s*,\s*)(?P<lon>[-+]?\d{1,3}\.\d{3,})(?![\w.])"
)


# JSON keys that hold one number of a coordinate pair (Takeout, Timeline, Instagram, Telegram).
_COORDINATE_KEYS = frozenset(
    {"lat", "lng", "lon", "long", "latitude", "longitude", "latitudee7", "longitudee7",
     "late7", "lnge7", "lone7", "centerlate7", "centerlnge7"}
)  # fmt: skip


def is_coordinate_key(key: str) -> bool:
    """Whether a JSON key names a latitude or longitude (its number is zeroed too)."""
    return key.casefold() in _COORDINATE_KEYS


def _in_range(lat: str, lon: str) -> bool:
    try:
        return abs(float(lat)) <= 90 and abs(float(lon)) <= 180
    except ValueError:
        return False


def _zeroed(match: re.Match[str], head: str, unit: str = "") -> str:
    if not _in_range(match.group("lat"), match.group("lon")):
        return match.group(0)
    if match.group("lat") == ZERO and match.group("lon") == ZERO:
        return match.group(0)
    return f"{head}{ZERO}{unit}{match.group('sep')}{ZERO}{unit}"


def redact_coordinates(text: str) -> tuple[str, int]:
    """``text`` with every coordinate pair zeroed as a unit; also how many pairs."""
    if not any(character.isdigit() for character in text):
        return text, 0
    count = 0

    def linked(match: re.Match[str]) -> str:
        nonlocal count
        replaced = _zeroed(match, match.group("head"))
        count += replaced != match.group(0)
        return replaced

    def bare(match: re.Match[str]) -> str:
        nonlocal count
        replaced = _zeroed(match, "")
        count += replaced != match.group(0)
        return replaced

    def degrees(match: re.Match[str]) -> str:
        nonlocal count
        replaced = _zeroed(match, "", "°")
        count += replaced != match.group(0)
        return replaced

    text = _LINKED.sub(linked, text)
    text = _DEGREES.sub(degrees, text)
    return _BARE.sub(bare, text), count
