"""Names the export already knows, found in free text without NLP.

Latin-script forms are looked up by word n-grams (so ``Hannah`` matches ``hannah`` and
``Hannah's``); Chinese forms by substring over runs of Han characters, which needs no
word segmentation (``我和小明去吃饭``). Latin names glued to Chinese text match too,
because word boundaries here are Latin letters only.
"""

from __future__ import annotations

import re
from typing import Any

import regex  # type: ignore[import-untyped]  # no stubs; re lacks \p{Latin}
from presidio_analyzer import EntityRecognizer, RecognizerResult

from footprint.pii.chinese import dictionary_entry
from footprint.pii.names import NameBook
from footprint.pii.sentences import STRICT_SENTENCE_END, sentence_initial

# Latin letters outside Latin-1 too (Łukasz Zieliński), with combining marks.
_LATIN_WORD = regex.compile(r"[\p{Latin}\p{M}]+(?:-[\p{Latin}\p{M}]+)*(?:'[A-Za-z]{2,})?")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")

# After a known contact's name that is also a word, at the start of a sentence: the name
# is addressed ("Dale, stop", "Dale can we not", "Rich mate"), not the word said (never
# "Will you come?").
_ADDRESSED = regex.compile(r"(?:,| (?:can|could|would) (?:you|u|we)\b| (?:pls|mate)\b)")
# ... or the subject of what a person does ("Joy's leaving do", "Honey wants u to", "Hope
# said"), which the word does not.
_ACTING = regex.compile(
    r"(?:['’]s\b| (?:says|said|wants|wanted|needs|needed|asked|asks|told|tells|texted|"
    r"called|rang|came|comes|went|goes|is|was|has|had|just|got|gets|will|won't|can't|cant|"
    r"didn't|doesn't|isn't|wasn't|and i|and me)\b)"
)
FULL_NAME_SCORE = 0.95
PART_NAME_SCORE = 0.85


class PersonGazetteerRecognizer(EntityRecognizer):
    """PERSON wherever a known name (full, first or nickname) occurs in the text."""

    ENTITY = "PERSON"

    def __init__(self, book: NameBook) -> None:
        self.book = book
        self.max_tokens = book.max_tokens()
        self.han_lengths = sorted(
            {len(form) for form in book.forms if not form.isascii()}, reverse=True
        )
        self.has_latin = any(form.isascii() for form in book.forms)
        super().__init__(
            supported_entities=[self.ENTITY], name="PersonGazetteerRecognizer",
            supported_language="en",
        )  # fmt: skip

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        results = self._latin(text) if self.has_latin else []
        if self.han_lengths:
            results.extend(self._han(text))
        return results

    def _result(self, start: int, end: int, form: str) -> RecognizerResult:
        full = self.book.forms[form]
        score = FULL_NAME_SCORE if form == full.lower() or " " in form else PART_NAME_SCORE
        return RecognizerResult(self.ENTITY, start, end, score, recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: "PersonGazetteerRecognizer",
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        })  # fmt: skip

    def _latin(self, text: str) -> list[RecognizerResult]:
        words = [(m.start(), m.end()) for m in _LATIN_WORD.finditer(text)]
        forms = self.book.forms
        results: list[RecognizerResult] = []
        index = 0
        while index < len(words):
            matched = 0
            for size in range(min(self.max_tokens, len(words) - index), 0, -1):
                start, end = words[index][0], words[index + size - 1][1]
                chunk = text[start:end]
                if size > 1 and not _single_spaced(text, words, index, size):
                    continue
                form = " ".join(chunk.lower().split())
                if form.endswith("'s"):
                    form, end = form[:-2], end - 2
                if form not in forms:
                    continue
                if form in self.book.cased and (
                    not chunk[0].isupper()
                    or (
                        sentence_initial(text, start, STRICT_SENTENCE_END)
                        and not _ADDRESSED.match(text, end)
                        and not _ACTING.match(text, end)
                    )
                ):
                    continue
                results.append(self._result(start, end, form))
                matched = size
                break
            index += matched or 1
        return results

    def _han(self, text: str) -> list[RecognizerResult]:
        forms = self.book.forms
        results: list[RecognizerResult] = []
        for run in _HAN_RUN.finditer(text):
            position, end = run.start(), run.end()
            while position < end:
                for length in self.han_lengths:
                    candidate = text[position : position + length]
                    if (
                        position + length <= end
                        and candidate in forms
                        and not _in_reduplication(text, position, length)
                    ):
                        results.append(self._result(position, position + length, candidate))
                        position += length
                        break
                else:
                    position += 1
        return results


def _is_doubled(text: str, start: int) -> bool:
    return start >= 0 and start + 2 <= len(text) and text[start] == text[start + 1]


def _in_reduplication(text: str, start: int, length: int) -> bool:
    """A doubled nickname (林林, 汤汤) inside a reduplicated phrase jieba's dictionary lists
    (林林总总, 浩浩汤汤): the phrase, not a name. A doubled verb after a name (磊磊看看) is
    no such phrase."""
    if length != 2 or text[start] != text[start + 1]:
        return False
    if text[start - 1 : start] == text[start] or text[start + 2 : start + 3] == text[start]:
        return True
    return (_is_doubled(text, start - 2) and _listed(text[start - 2 : start + 2])) or (
        _is_doubled(text, start + 2) and _listed(text[start : start + 4])
    )


def _listed(word: str) -> bool:
    return dictionary_entry(word)[0] > 0


def _single_spaced(text: str, words: list[tuple[int, int]], index: int, size: int) -> bool:
    return all(
        text[words[i][1] : words[i + 1][0]] in (" ", "\u00a0")
        for i in range(index, index + size - 1)
    )
