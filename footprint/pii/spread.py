"""A value found in one file is found in every other file that holds it.

The detector reads each text alone. A nickname a cue gave away in one chat ("my grandson
Doudou") is missed where it stands alone in another file; a passport number is found
only next to the word "passport"; a handle only after "my insta is". Redaction already
replaces every found value in every file (:mod:`footprint.redact.values`). This pass
makes the scan say so: after the detector, each found value is looked for, as written,
in the texts of the files where it was not found, and each place it stands is a
finding. "Which of my identifiers, where" is then answered for every file.

A Chinese full name found in free text gives its given name to look for everywhere, its
own file too (王佳丽 -> 佳丽): people call each other by it.

A value found by a name's own form (the exports' names, matched everywhere already by
the gazetteer) needs no second look; it still takes part in the matching, so that a
shorter value is not reported inside it (一鸣 inside 周一鸣). A single word that is also
an English word ("Grace", "Will") counts only as written and not opening a sentence
("grace period", "Will you"), and a short Chinese value only where jieba's words start
and end with it (一鸣, not 一鸣惊人).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import ahocorasick  # type: ignore[import-not-found]  # a C extension without stubs

from footprint.pii.chinese import segmented, split_name
from footprint.pii.lexicon import COMMON_WORDS
from footprint.pii.recognizers.cn_person import given_name_like
from footprint.pii.sentences import sentence_initial

MIN_LENGTH = 3  # shorter Latin values are too often a word or a number
MIN_CJK_LENGTH = 2  # a Chinese given name or nickname is two characters
MIN_DIGITS = 6
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD_CHAR = re.compile(r"[0-9A-Za-z\u00c0-\u024f]")
# A short Chinese value is checked against jieba's words this far around it.
_CJK_WINDOW = 4
_SHORT_CJK = 3

Row = tuple[str, str, str, datetime | None, str]  # text, path, locator, timestamp, source


@dataclass(frozen=True, slots=True)
class Spread:
    """One more place a found value stands: ``text[start:end]`` of the record at ``path``
    and ``locator``."""

    entity_type: str
    value: str
    score: float
    source: str
    path: str
    locator: str
    timestamp: datetime | None
    start: int
    end: int


@dataclass
class Spreader:
    """Notes where each value was found, then finds it where it was not.

    ``dictionary``: the detector's English words; ``known_forms``: lower-case name forms
    the gazetteer already matches in every text.
    """

    dictionary: frozenset[str] = frozenset()
    known_forms: frozenset[str] = frozenset()
    _files: dict[str, set[str]] = field(default_factory=dict)  # folded value -> paths
    _best: dict[str, tuple[float, str, str]] = field(default_factory=dict)

    def note(self, entity_type: str, value: str, score: float, path: str) -> None:
        folded = value.strip().lower()
        self._files.setdefault(folded, set()).add(path)
        best = self._best.get(folded)
        if best is None or (score, entity_type) > (best[0], best[1]):
            self._best[folded] = (score, entity_type, value.strip())
        if entity_type == "PERSON":
            self._derive(value.strip(), score)

    def _derive(self, name: str, score: float) -> None:
        """A Chinese full name found anywhere gives away the given name its people use
        alone (王佳丽 -> 佳丽): looked for in every file, the name's own too."""
        given = derived_given_name(name)
        if given is None or given in self._best:
            return
        self._files.setdefault(given, set())
        self._best[given] = (score, "PERSON", given)

    def spread(self, rows: Iterable[Row]) -> Iterator[Spread]:
        """Each place in ``rows`` where a noted value stands, in a file where it was not
        found."""
        targets = {v for v in self._best if self._spreadable(v)}
        if not targets:
            return
        # One Aho-Corasick automaton over every value and known form (a regex alternation
        # of hundreds of names is tried at every position: many times slower).
        automaton = ahocorasick.Automaton()
        for form in targets | {f for f in self.known_forms if _long_enough(f)}:
            automaton.add_word(form, form)
        automaton.make_automaton()
        for text, path, locator, timestamp, source in rows:
            if not text:
                continue
            lowered = text.lower()
            if len(lowered) != len(text):
                continue  # a letter whose lower case is longer (İ): offsets would shift
            for start, end, form in _leftmost_longest(automaton, lowered):
                if form not in targets or path in self._files[form]:
                    continue
                score, entity_type, value = self._best[form]
                if not self._as_written(text[start:end], value, text, start, end):
                    continue
                yield Spread(entity_type, text[start:end], score, source, path, locator,
                             timestamp, start, end)  # fmt: skip

    def _spreadable(self, folded: str) -> bool:
        return _long_enough(folded) and folded not in self.known_forms

    def _as_written(self, written: str, value: str, text: str, start: int, end: int) -> bool:
        """A word-like value as found (Grace, not grace); a short Chinese one as a word."""
        if _CJK.search(value):
            return end - start > _SHORT_CJK or _whole_words(text, start, end)
        folded = value.lower()
        if " " not in folded and (folded in self.dictionary or folded in COMMON_WORDS):
            return written == value and not sentence_initial(text, start)  # "Will you"
        return True


def derived_given_name(name: str) -> str | None:
    """The two-character given name of a Chinese full name, where it reads as a name on
    its own (not a common word: 王建国's 建国 is also "founding the nation")."""
    if not 3 <= len(name) <= 4 or not all(_CJK.match(ch) for ch in name):
        return None
    surname, given = split_name(name)
    if not surname or len(given) != 2 or not given_name_like(given):
        return None
    return given


def _long_enough(folded: str) -> bool:
    if _CJK.search(folded):
        return len(folded) >= MIN_CJK_LENGTH
    # Digits alone: at least an account's or a phone's length, not a year or a price.
    return (len(folded) >= MIN_LENGTH and not folded.isdigit()) or len(folded) >= MIN_DIGITS


def _leftmost_longest(automaton: Any, lowered: str) -> list[tuple[int, int, str]]:
    """Non-overlapping matches of ``automaton`` in ``lowered``, leftmost then longest; a
    Latin edge must not touch another letter or digit ("ann" not in "planned")."""
    found = []
    for last, form in automaton.iter(lowered):
        start, end = last - len(form) + 1, last + 1
        if _WORD_CHAR.match(form) and start and _WORD_CHAR.match(lowered[start - 1]):
            continue
        if _WORD_CHAR.match(form[-1]) and end < len(lowered) and _WORD_CHAR.match(lowered[end]):
            continue
        found.append((start, end, form))
    found.sort(key=lambda m: (m[0], m[0] - m[1]))
    kept: list[tuple[int, int, str]] = []
    for start, end, form in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, form))
    return kept


def _whole_words(text: str, start: int, end: int) -> bool:
    """Whether jieba's words start at ``start`` and end at ``end`` (一鸣你好, not 一鸣惊人)."""
    left = max(0, start - _CJK_WINDOW)
    bounds = {left}
    position = left
    for word in segmented(text[left : end + _CJK_WINDOW]):
        position += len(word)
        bounds.add(position)
    return start in bounds and end in bounds
