"""People named with a title: ``Dr. Patel``, ``Mrs Okafor``, ``Father Michael``, ``Rev Ade
Bello``; the title is part of the value, as it is of the way people know them.

A capitalised title and one or two capitalised words after it. The words may be ordinary
ones (``Dr Green``, ``Mrs Brown``: surnames Faker lists): the title says they are a name.
Not a common word that is no surname (``Mr Right``, ``Father Christmas``).
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.given_names import english_surnames
from footprint.pii.lexicon import COMMON_WORDS
from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer

_TITLES = (
    r"Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Prof|Professor|Father|Fr|Rev|Reverend|Pastor|Rabbi|Imam"
    r"|Sister|Brother|Sir|Dame|Coach|Officer|Sgt|Sergeant|Judge|Auntie|Aunty|Aunt|Uncle|Nana"
)
_NAME = r"(?:Mc|Mac|O'|O’)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"  # never a possessive's "'s"


class TitledNameRecognizer(FootprintPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "titled_name",
            rf"(?<![A-Za-z0-9'’\-])(?:{_TITLES})\.? {_NAME}(?: {_NAME})?(?![A-Za-z0-9\-])",
            0.75,
        ),
    ]
    LANGUAGES = ENGLISH
    FLAGS = CASE_SENSITIVE
    NEEDS_ANY = (
        "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "father", "fr", "rev", "pastor",
        "rabbi", "imam", "sister", "brother", "sir", "dame", "coach", "officer", "sgt",
        "sergeant", "judge", "aunt", "uncle", "nana",
    )  # fmt: skip

    def warm(self) -> None:
        english_surnames()

    def invalidate_result(self, pattern_text: str) -> bool:
        """A common word after the title that is no surname: Mr Right, Father Christmas."""
        name = pattern_text.replace(".", "").split()[1].lower()
        return name in COMMON_WORDS and name not in english_surnames()
