"""Web addresses with a scheme, ``www.`` or a path; never an e-mail's domain."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import FootprintPatternRecognizer

# A comma only before a number: a map link's "?q=LAT,LON" is one link, "see x.com/a, b" is not.
_TAIL = r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&*+;=%]|,(?=[-+]?[0-9]))*[A-Za-z0-9\-_~/#=%&+]"
_TLDS = "com|net|org|io|co|uk|cn|me|info|app|dev|de|fr|tv|ly|gg|xyz|edu|gov"


class LinkRecognizer(FootprintPatternRecognizer):
    ENTITY = "URL"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("scheme", r"(?<![A-Za-z0-9@.])(?:https?|ftp)://" + _TAIL, 0.6),
        Pattern("www", r"(?<![A-Za-z0-9@./])www\." + _TAIL, 0.6),
        Pattern(
            "domain_with_path",
            r"(?<![A-Za-z0-9@./\-])(?:[A-Za-z0-9\-]+\.)+(?:" + _TLDS + r")/" + _TAIL,
            0.5,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = ["link", "url", "website", "profile", "链接", "网址"]
    NEEDS_ANY = ("://", "www.", "/")
