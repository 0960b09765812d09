"""North American licence plates, next to a word that says so.

Plates there have no common shape (CKL-R47, 7ABC123, ABC 1234), so five to eight
letters and digits, mixed, count only when "plate", "tag" or a vehicle ("truck", "car";
in Spanish too: "placa", "carro") is near.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer


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
        "parking ticket", "parked", "towed",
        # Spanish, as many US families write it: "tu carro KHT 482", "las placas".
        "placa", "placas", "carro", "coche", "camioneta", "matrícula",
    ]  # fmt: skip
    LANGUAGES = ENGLISH
    MIN_DIGITS = 1
    FLAGS = CASE_SENSITIVE
    BOOST = 0.45
    CONVERSATION = True

    def validate_result(self, pattern_text: str) -> bool | None:
        compact = pattern_text.replace("-", "").replace(" ", "")
        digits = sum(ch.isdigit() for ch in compact)
        # 5 to 8 characters with letters and digits: not a year, a time or a word.
        return None if 5 <= len(compact) <= 8 and 1 <= digits < len(compact) else False
