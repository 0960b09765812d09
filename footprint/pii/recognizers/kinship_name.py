"""A relative called by kinship title and first name: ``Aunt Margaret``, ``uncle Joe``,
``Grandma Rose``, ``Cousin Mary-Beth``.

The title is matched in any case (chat is often lower case); the name must be
capitalised. The whole phrase is the finding, since that is how the person is named. A
name that is also a common word counts only when it is a given name too (``Uncle Will``,
not ``Aunt Flo``-style words such as ``Cousin Good``); given names are the nicknames
dataset's.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.lexicon import COMMON_WORDS
from footprint.pii.names import given_names
from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer

_TITLES = (
    "great[- ]aunt|great[- ]uncle|grandmother|grandfather|granddad|grandad|grandma|grandpa|"
    "godmother|godfather|auntie|aunty|aunt|uncle|cousin|granny|nana|nanna|"
    # Filipino, Māori and Nigerian forms for elders and older siblings: Tita Lovely,
    # Kuya Jun, Whaea Mere, Mummy Precious (papa/mama name chains: Papa John's).
    "tita|tito|kuya|manang|manong|ninang|ninong|lola|lolo|whaea|koro|mummy|mommy|"
    # Spanish, as Hispanic families write in English chat too: tía Lupe, padre Tomás
    "tía|tío|tia|tio|abuela|abuelo|abuelita|abuelito|padrino|madrina|padre|doña|"
    "compadre|comadre|prima|primo"
)
_NAME = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
# Filipino titles take any name, nicknames that are words too (Tito Boy, Tita Baby).
_FILIPINO = frozenset({"tita", "tito", "kuya", "ate", "manang", "manong", "ninang", "ninong"})
# Spanish titles before a name that is also a word (Tía Luz, Tío Ángel) count as well.
_SPANISH = frozenset(
    {"tía", "tío", "tia", "tio", "abuela", "abuelo", "abuelita", "abuelito", "padrino",
     "madrina", "padre", "doña", "compadre", "comadre"}
)  # fmt: skip


class KinshipNameRecognizer(FootprintPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "kinship_name",
            rf"(?<![A-Za-z])(?i:{_TITLES}) {_NAME}(?![A-Za-z])",
            0.85,
        ),
        # An older sister in Filipino, capitalised only ("ate" is also a verb): Ate Nora.
        Pattern("ate_name", rf"(?<![A-Za-z])Ate {_NAME}(?![A-Za-z])", 0.85),
    ]
    LANGUAGES = ENGLISH
    NEEDS_ANY = (
        "aunt", "uncle", "grand", "cousin", "granny", "nana", "god", "tita", "tito", "kuya",
        "mana", "mano", "nina", "nino", "lola", "lolo", "whaea", "koro", "mummy", "mommy",
        "ate ", "tía", "tío", "tia", "tio", "abuel", "padr", "madrin", "doña", "compadre",
        "comadre", "prim",
    )  # fmt: skip
    FLAGS = CASE_SENSITIVE

    def warm(self) -> None:
        given_names()

    def invalidate_result(self, pattern_text: str) -> bool:
        title, _, name = pattern_text.rpartition(" ")
        if title.lower() in _FILIPINO or title.lower() in _SPANISH:
            return False
        lowered = name.lower()
        return lowered in COMMON_WORDS and lowered not in given_names()
