"""People listed together: a name joined to a person found by any recognizer is a person.

"Santiago, Gurdeep and Oluwaseun are in the car", "Cillian and Gráinne", "立新跟玉兰吵架了",
"小周和阿雯都报名了". The list says what its members are: where one of them is a person
the text already shows, a name-shaped neighbour joined to it by a comma, "and", "&",
和/跟/与/、 is one too, though no list knows it or it is also a word (Destiny, Amber).

A neighbour counts only when it is shaped like a name on its own: in English one
capitalised word of two letters or more, no stop word, month, day, title or role, and
no longer capitalised run (not "Marks and Spencer Food"); in Chinese two characters a
given name may take (see :func:`footprint.pii.recognizers.cn_person.given_name_like`),
at the edge of the list. Found names spread along the list until nothing changes.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from footprint.pii.lexicon import CALENDAR_WORDS, ENDEARMENTS
from footprint.pii.ner import TITLES
from footprint.pii.recognizers.cn_person import given_name_like
from footprint.pii.recognizers.given_name import ROLE_WORDS

PERSON = "PERSON"
CONJUNCT_SCORE = 0.6
# A word joining two members of a list.
_EN_JOINT = r"(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&|n|\+)\s+)"
_EN_WORD_JOINT = regex.compile(r",\s*(?:and|&)\s+|\s+(?:and|&|n|\+)\s+")
_ZH_JOINT = r"(?:和|跟|与|、|还有)"
_EN_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*"
# The neighbour, before or after a found name; its own edges must close it.
_EN_BEFORE = regex.compile(rf"(?<![\p{{L}}'’@#])(?P<word>{_EN_WORD}){_EN_JOINT}$")
_EN_AFTER = regex.compile(rf"^{_EN_JOINT}(?P<word>{_EN_WORD})(?![\p{{L}}0-9@_\-]|\s+\p{{Lu}})")
# Two more capitalised members after the name, or two before it, each behind a comma.
_RUN_AFTER = regex.compile(rf"^,\s*{_EN_WORD}\s*,\s*(?:and\s+|&\s+)?\p{{Lu}}\p{{Ll}}")
_RUN_BEFORE = regex.compile(rf"(?<![\p{{L}}'’@#]){_EN_WORD}\s*,\s*{_EN_WORD}\s*,\s*$")
_ZH_BEFORE = regex.compile(rf"(?<![\u4e00-\u9fff])(?P<word>[\u4e00-\u9fff]{{2}}){_ZH_JOINT}$")
# A Chinese name ends where a verb, an adverb or punctuation starts: left to the checks.
_ZH_AFTER = regex.compile(rf"^{_ZH_JOINT}(?P<word>[\u4e00-\u9fff]{{2}})")
_ZH_AFTER_END = regex.compile(r"[^\u4e00-\u9fff]|都|也|一起|说|吵|去|来|在|的|是|要|和|跟|、|还|又")
_LOOK = 40  # characters either side of a found name where a neighbour may stand


def _english_member(word: str) -> bool:
    lowered = word.lower()
    return len(word) >= 2 and not (
        lowered in STOP_WORDS
        or lowered in CALENDAR_WORDS
        or lowered in TITLES
        or lowered in ROLE_WORDS
        or lowered in ENDEARMENTS
    )


def _worded(match: regex.Match[str] | None) -> bool:
    """Whether a list joint is a word ("and", "&"), not a bare comma."""
    return match is not None and _EN_WORD_JOINT.search(match.group()) is not None


def _neighbours(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of name-shaped words joined to the name at ``[start, end)``."""
    out: list[tuple[int, int]] = []
    before, after = text[max(0, start - _LOOK) : start], text[end : end + _LOOK]
    offset = start - len(before)
    # A bare comma makes a list only with "and" on the name's other side ("Santiago,
    # Gurdeep and ..."); alone it is a sign-off or a field ("Best, Niamh", "Tel:").
    first, last = _EN_BEFORE.search(before), _EN_AFTER.match(after)
    # ... or where three capitalised words or more run in a list ("Lorna, Bronte, Yetunde").
    run = bool(_RUN_AFTER.match(after) or _RUN_BEFORE.search(before) or (first and last))
    if first and _english_member(first["word"]) and (_worded(first) or _worded(last) or run):
        out.append((offset + first.start("word"), offset + first.end("word")))
    if last and _english_member(last["word"]) and (_worded(last) or _worded(first) or run):
        out.append((end + last.start("word"), end + last.end("word")))
    match = _ZH_BEFORE.search(before)
    if match and given_name_like(match["word"]):
        out.append((offset + match.start("word"), offset + match.end("word")))
    match = _ZH_AFTER.match(after)
    if match and given_name_like(match["word"]):
        tail = after[match.end("word") :]
        if not tail or _ZH_AFTER_END.match(tail):
            out.append((end + match.start("word"), end + match.end("word")))
    return out


def join_conjuncts(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` with the members of lists that hold a found person added (see above)."""
    taken = [(r.start, r.end) for r in results]
    queue = [r for r in results if r.entity_type == PERSON]
    added: list[RecognizerResult] = []
    while queue:
        person = queue.pop()
        for start, end in _neighbours(text, person.start, person.end):
            if any(s < end and start < e for s, e in taken):
                continue
            result = RecognizerResult(
                PERSON,
                start,
                end,
                CONJUNCT_SCORE,
                recognition_metadata={"recognizer_name": "Conjuncts"},
            )
            taken.append((start, end))
            added.append(result)
            queue.append(result)
    if not added:
        return results
    return sorted([*results, *added], key=lambda r: (r.start, r.end))
