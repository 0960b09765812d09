"""North American licence plates, next to a word that says so.

Plates there have no common shape (CKL-R47, 7ABC123, ABC 1234), so five to eight
letters and digits, mixed, count only when "plate", "tag" or a vehicle ("truck", "car";
in Spanish too: "placa", "carro") is near.
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer

# A driver's licence named right before a value: "DL #", "license:", "licence no".
_LICENCE_LABEL = regex.compile(
    r"(?<![A-Za-z])(?:DL|dl|[Ll]icen[cs]e|LICEN[CS]E|[Ll]ic)\s*(?:#|[Nn]o\.?|[Nn]umber)?"
    r"\s*(?:is|:|#|=)?\s*$"
)


# A journey by air: an airline code and digits are a flight number there (BA2538, EZY245),
# unless the text says plate.
_FLIGHT = regex.compile(
    r"(?i)\b(?:landed|landing|flights?|flew|flying|boarding|boarded|departed|airport|"
    r"plane|airline)\b"
)
_PLATE_WORD = regex.compile(r"(?i)\b(?:plates?|reg|registration|tags?)\b")


class UsLicensePlateRecognizer(FootprintPatternRecognizer):
    ENTITY = "LICENSE_PLATE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "north_american",
            # A digit and a letter inside the plate itself, so "MN DKT 482" gives "DKT 482".
            r"(?<![A-Za-z0-9\-])(?=[A-Z0-9]{0,4}[\- ]?[A-Z0-9]{0,4}[0-9])"
            r"(?=[A-Z0-9]{0,4}[\- ]?[A-Z0-9]{0,4}[A-Z])"
            r"[A-Z0-9]{1,4}[\- ]?[A-Z0-9]{2,5}(?![A-Za-z0-9\-])",
            0.1,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "plate", "plates", "license plate", "licence plate", "tag", "tags", "dmv",
        "truck", "car", "van", "suv", "pickup", "vehicle", "driver", "uber", "lyft", "taxi",
        "parking ticket", "parked", "towed", "rego", "ute",
        "dashcam", "blocking", "double parked", "ran the red", "running the red",
        # tickets and tolls that name a vehicle by its plate
        "speeding", "speed camera", "red light camera", "toll", "tolls", "e-zpass", "ezpass",
        "impound", "impounded",
        # the car described by its make or body: "blue honda. TPX 949"
        "honda", "toyota", "ford", "chevy", "chevrolet", "nissan", "hyundai", "kia", "jeep",
        "dodge", "tesla", "bmw", "audi", "mercedes", "benz", "volkswagen", "vw", "subaru",
        "mazda", "lexus", "gmc", "buick", "acura", "volvo", "sedan", "hatchback", "coupe",
        "minivan",
        # ... or by its model, the commonest on US roads that are no everyday word
        "camry", "corolla", "civic", "accord", "altima", "sentra", "f-150", "f150", "silverado",
        "tacoma", "tundra", "rav4", "cr-v", "crv", "highlander", "equinox", "malibu", "impala",
        "mustang", "wrangler", "prius", "sienna", "odyssey", "elantra", "sonata",
        "outback", "forester", "jetta", "passat", "camaro", "corvette", "suburban", "yukon",
        # the car in other languages families write in: Hindi/Urdu, Tagalog, French
        "gaadi", "gadi", "kotse", "voiture",
        # Spanish, as many US families write it: "tu carro KHT 482", "las placas".
        "placa", "placas", "carro", "coche", "camioneta", "matrícula",
    ]  # fmt: skip
    LANGUAGES = ENGLISH
    MIN_DIGITS = 1
    FLAGS = CASE_SENSITIVE
    BOOST = 0.45
    CONVERSATION = True

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        """The pattern's results, less a value labelled as a driver's licence ("DL #
        A9717904", "license: K20481736"): the licence recognizer's; none on a journey by
        air that names no plate (a flight number)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if results and _FLIGHT.search(text) and not _PLATE_WORD.search(text):
            return []  # "landed in Dublin on EZY245, taxi queue": a flight number
        return [r for r in results if not _LICENCE_LABEL.search(text, 0, r.start)]

    def validate_result(self, pattern_text: str) -> bool | None:
        compact = pattern_text.replace("-", "").replace(" ", "")
        digits = sum(ch.isdigit() for ch in compact)
        # 5 to 8 characters with letters and digits: not a year, a time or a word.
        return None if 5 <= len(compact) <= 8 and 1 <= digits < len(compact) else False
