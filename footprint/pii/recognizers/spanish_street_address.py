"""Street addresses written the Spanish way, as Mexican and other Latin American families
send them: the street type first, then its name and the number, then the neighbourhood
and the postal code (``Calle Nardo 1842, Col. Melchor Ocampo, CP 32380``, ``Av. Juárez
#455 Int. 3``).

A street type, one to four words of its name (capitalised, or the particles de, del, la,
los, las) and a house number make the address; a colonia or fraccionamiento and a
``C.P.`` after it are taken into the same span. The English recognizer
(:mod:`.street_address`) reads number-first addresses; here the number follows the name.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer

_TYPE = (
    r"(?:Calle|Avenida|Av\.?|Avda\.?|Boulevard|Bulevar|Blvd\.?|Privada|Priv\.|Callejón|"
    r"Calzada|Calz\.|Paseo|Camino|Andador|Cerrada|Carrera|Cra\.?|Diagonal|Jirón|Jr\.)"
)
_NAME_WORD = r"(?:\p{Lu}[\p{L}'’.]*|[0-9]{1,3}|de|del|la|las|los|el|y)"
_NUMBER = r"(?:#\s?|No\.?\s?|Núm\.?\s?|N°\s?)?[0-9]{1,5}(?:-?[A-Z](?![\p{L}]))?"
_INTERIOR = r"(?:,?\s(?:Int\.?|Interior|Depto\.?|Dpto\.?)\s?[0-9A-Z]{1,5})?"
_COLONIA = (
    r"(?:,\s?(?:Col\.|Colonia|Fracc\.|Fraccionamiento|Barrio|Bo\.)\s"
    r"\p{L}[^,.;:!?()\n]{1,39}(?<!\s))?"
)
_POSTAL = r"(?:,?\s(?:C\.\s?P\.|CP|C\.P)\s?[0-9]{5})?"


class SpanishStreetAddressRecognizer(FootprintPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "street_type_name_number",
            rf"(?<![\p{{L}}]){_TYPE}\s{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}\s{_NUMBER}"
            rf"{_INTERIOR}{_COLONIA}{_POSTAL}(?![0-9\p{{L}}])",
            0.6,
        ),
    ]
    LANGUAGES = ENGLISH
    NEEDS_ANY = (
        "calle", "av", "boulevard", "bulevar", "blvd", "priv", "callej", "calz", "paseo",
        "camino", "andador", "cerrada", "carrera", "cra", "diagonal", "jir", "jr.",
    )  # fmt: skip
    MIN_DIGITS = 1
    FLAGS = CASE_SENSITIVE
