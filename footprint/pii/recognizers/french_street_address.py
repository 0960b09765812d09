"""Street addresses written the French (Quebec, France, Belgium) way: the number first,
then the street type, then its name (``4174 rue Principale, Gatineau``, ``704 ch.
Sainte-Foy``, ``8566 boul. Saint-Laurent, Montréal QC H2T 8P2``, ``401-7216 av. Cartier``).

A house number (or a flat and a number joined by a dash, Quebec's ``401-7216``), a French
street type and one to four words of the name make the address; a town after a comma,
and a province with a Canadian postal code or a French five-digit code, are taken into
the same span. The English recognizer (:mod:`.street_address`) reads English types.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer

# Types that are French words only; "place", "route" and "côte" are English words too and
# need a capitalised name after them.
_TYPE = r"(?i:rue|av\.|avenue|boul\.|boulevard|bd|ch\.|chemin|rang|montée|allée|impasse|quai)"
_TYPE_CAPITALISED = r"(?i:place|pl\.|route|rte|côte|cours|promenade)"
_NAME_WORD = r"(?:\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*|[0-9]{1,3}e?|de|du|des|la|le|l['’]\p{L}+)"
_CAPITALISED = r"(?:\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)"
_NUMBER = r"(?<![0-9\p{L}])(?:[0-9]{1,4}[-–])?[0-9]{1,5}[A-Za-z]?(?:,)?"
_TOWN = r"(?:, ?\p{Lu}[\p{L}'’\-]*(?: \p{Lu}[\p{L}'’\-]*){0,2})?"
_POSTAL = (
    r"(?:,? (?:QC|Qc|Québec|ON|NB)?,? ?[A-Za-z][0-9][A-Za-z] ?[0-9][A-Za-z][0-9]"
    r"|,? [0-9]{5}(?: \p{Lu}[\p{L}'’\-]*)?)?"
)
_END = r"(?![0-9\p{L}])"


class FrenchStreetAddressRecognizer(FootprintPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "number_french_type_name",
            rf"{_NUMBER} {_TYPE} {_NAME_WORD}(?: {_NAME_WORD}){{0,3}}{_TOWN}{_POSTAL}{_END}",
            0.6,
        ),
        Pattern(
            "number_french_type_capitalised_name",
            rf"{_NUMBER} {_TYPE_CAPITALISED} {_CAPITALISED}(?:[ \-]{_CAPITALISED}){{0,3}}"
            rf"{_TOWN}{_POSTAL}{_END}",
            0.6,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "adresse", "address", "livraison", "client", "chez", "habite", "demeure", "au",
    ]  # fmt: skip
    LANGUAGES = ENGLISH
    NEEDS_ANY = (
        "rue", "av.", "avenue", "boul", "bd", "ch.", "chemin", "rang", "montée", "allée",
        "impasse", "quai", "place", "pl.", "route", "rte", "côte", "cours", "promenade",
    )  # fmt: skip
    MIN_DIGITS = 1
    FLAGS = CASE_SENSITIVE
