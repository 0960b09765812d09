"""Messages as a code plus parameters, written out in the reader's language.

A parse problem, a time-zone reason or the detector's notice is stored as a
:class:`Phrase`: a stable ``id`` from :data:`footprint.phrasebook.MESSAGES` and
the values that fill its template. The text is made only when shown, in English
(the CLI, the scan JSON, the goldens) or in Chinese (the dashboard, ``report
--lang zh``). Values that come from the data or from a library (a date as written,
an exception's text) are kept as they are inside the translated sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Union

# A parameter: a value shown as is, a nested message, or a list of them.
Param = Union[str, int, float, None, "Phrase", "Term", tuple["Phrase | Term | str", ...]]

ENGLISH = "en"


@dataclass(frozen=True, slots=True)
class Phrase:
    """A catalogue key and its parameters (name, value) in the template's order."""

    id: str
    params: tuple[tuple[str, Param], ...] = ()

    def text(self, language: str = ENGLISH) -> str:
        from footprint.phrasebook import PHRASES

        templates = PHRASES[self.id]
        template = templates.get(language) or templates[ENGLISH]
        values = {name: _value(name, value, language) for name, value in self.params}
        return template.format(**values)

    def __str__(self) -> str:
        return self.text(ENGLISH)


@dataclass(frozen=True, slots=True)
class Term:
    """One of footprint's own labels inside a phrase, translated through its table in
    :mod:`footprint.localise`: ``group`` is ``source`` (``key`` a format id) or
    ``reason`` (why a file was or was not read)."""

    group: str
    key: str
    english: str

    def text(self, language: str = ENGLISH) -> str:
        if language == ENGLISH:
            return self.english
        from footprint.localise import own_term

        return own_term(self.group, self.key, self.english, language)


def phrase(message_id: str, /, **params: object) -> Phrase:
    """A :class:`Phrase`; values other than text, numbers and messages (an exception,
    a path) are kept as their text."""
    return Phrase(message_id, tuple((name, _param(value)) for name, value in params.items()))


def _param(value: object) -> Param:
    if value is None or isinstance(value, str | int | float | Phrase | Term):
        return value
    if isinstance(value, tuple | list) and all(isinstance(v, str | Phrase | Term) for v in value):
        return tuple(value)
    return str(value)


# How a list parameter is joined, per parameter name and language.
_SEPARATORS: Mapping[str, Mapping[str, str]] = {
    "trips": {"en": "; ", "zh": "；"},
    "sources": {"en": " and ", "zh": "和"},
}
_DEFAULT_SEPARATOR = {"en": ", ", "zh": "、"}


def _value(name: str, value: Param, language: str) -> object:
    if isinstance(value, Phrase | Term):
        return value.text(language)
    if isinstance(value, tuple):
        separators = _SEPARATORS.get(name, _DEFAULT_SEPARATOR)
        separator = separators.get(language, separators[ENGLISH])
        return separator.join(v if isinstance(v, str) else v.text(language) for v in value)
    return value


def text(message: Phrase | str, language: str = ENGLISH) -> str:
    """The text of ``message``; a plain string (from before messages had codes) as is."""
    return message.text(language) if isinstance(message, Phrase) else message
