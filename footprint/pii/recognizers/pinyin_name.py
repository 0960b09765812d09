"""Chinese people's names written in pinyin, in English or Chinese text: ``SUN HAITAO``,
``Zhang Wei``, ``li xiaoming``, ``Wang Xiao-ming``, ``Haitao Sun``, ``Ouyang Feifei``.

A name is two whole words: a surname in pinyin (a reading of a listed surname, or a
double surname joined) and a given name of one or two Mandarin syllables (hyphenated or
run together), in either order, with a space (or ``, `` after the surname: ``SUN,
HAITAO``); a second one-syllable given word may follow (``ZHANG XIAO MING``). The
syllables and surnames come from pypinyin (see :mod:`footprint.pii.pinyin`).

Many syllables are English words too (he, long, sun, tan, fan, man), so:

- both words written alike: Title Case, ALL CAPS or lower case (a sentence's first
  word may be capitalised);
- two common chat words are never a name ("can you", "He Long", "YOU MAN"), nor in
  lower case one ("you came"), nor a word twice ("ha ha"); when both words are English
  words otherwise (dictionary words of three letters or more, or their inflections:
  "sun tan", "Tai Chi"), or a one-syllable surname and a one-syllable given name are in
  lower case ("li na") or in capitals with a common word ("LONG RAN"), or a
  lower-case given name is such a word ("ran panda"), or a lower-case name does not
  start with a frequent surname (one person in a thousand: not "enju ni", "di mana"),
  a word naming a person must be near (name, payee, Mr, 收款人...);
- not a place (``Hong Kong``, ``Sha Tin``; a big city as one word: ``Nanjing Lu``) and
  not followed by a street word (``Tai Ping Road``).

Without the model's dictionary, lower-case pairs need such a word too.
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.given_names import place_names, places
from footprint.pii.lexicon import COMMON_WORDS
from footprint.pii.pinyin import frequent_surname_spellings, surname_spellings, syllable_count
from footprint.pii.recognizers.base import BOTH, CASE_SENSITIVE, FootprintPatternRecognizer
from footprint.pii.recognizers.street_address import STREET_WORDS
from footprint.pii.sentences import sentence_initial

_EDGE_BEFORE = r"(?<![A-Za-zÀ-ÿ0-9'’@_./#\-])"
_EDGE_AFTER = r"(?![A-Za-zÀ-ÿ0-9@_/\-]|[.'’][A-Za-z])"
_WORD = r"[A-Za-zÜü]{2,}(?:-[A-Za-zÜü]{2,})?"
_TOWN_POPULATION = 15_000  # two-word places of this size or more (Sha Tin, Tai Po)
_SHORT_WORD = 3  # shorter dictionary words are mostly symbols and abbreviations (li, na)
_NUMBER_BEFORE = regex.compile(r"[0-9]+[A-Za-z]?,? $")
NAME_SCORE = 0.65
WEAK_SCORE = 0.45  # needs a context word (+0.35)


class PinyinNameRecognizer(FootprintPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("pinyin word", rf"{_EDGE_BEFORE}{_WORD}{_EDGE_AFTER}", 0.0),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "name", "named", "called", "payee", "payer", "recipient", "beneficiary", "sender",
        "holder", "surname", "mr", "mrs", "ms", "miss", "dr", "prof", "passport", "姓名",
        "名字", "收款人", "付款人", "收件人", "户名", "持卡人", "先生", "女士", "同学", "老师",
    ]  # fmt: skip
    LANGUAGES = BOTH
    FLAGS = CASE_SENSITIVE

    def warm(self) -> None:
        frequent_surname_spellings()
        syllable_count("a")
        place_names()
        places(_TOWN_POPULATION)

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        words = [(m.start(), m.end()) for m in self.compiled[0][1].finditer(text)]
        results: list[RecognizerResult] = []
        index = 0
        while index + 1 < len(words):
            found = self._name_at(text, words, index)
            if found is None:
                index += 1
                continue
            used, score = found
            start, end = words[index][0], words[index + used - 1][1]
            results.append(
                RecognizerResult(self.ENTITY, start, end, score, recognition_metadata=self.metadata)
            )
            index += used
        return results

    def _name_at(
        self, text: str, words: list[tuple[int, int]], index: int
    ) -> tuple[int, float] | None:
        """(words used, score) of a name starting at ``words[index]``, if one does."""
        (start, end), (next_start, next_end) = words[index], words[index + 1]
        first, second = text[start:end], text[next_start:next_end]
        case = _case(first, second, sentence_initial(text, start))
        gap = text[end:next_start]
        if case is None or gap not in (" ", ", "):
            return None
        lower_first, lower_second = first.lower(), second.lower()
        shape = _shape(lower_first, lower_second)
        if shape is None or (gap == ", " and not self._surname_first(lower_first, lower_second)):
            return None
        used = 2
        # ZHANG XIAO MING: a surname and a given name written as two words.
        if shape == 1 and gap == " " and case != "lower" and index + 2 < len(words):
            third_start, third_end = words[index + 2]
            third = text[third_start:third_end]
            if (
                text[next_end:third_start] == " "
                and _case(second, third, False) == case
                and syllable_count(third.lower()) == 1
                and "-" not in third
                and lower_first in surname_spellings()[0]
            ):
                used, shape = 3, 2
        common = (lower_first in COMMON_WORDS, lower_second in COMMON_WORDS)
        if (
            all(common)  # "can you", "YOU MAN"
            or (case == "lower" and any(common))  # "you came", "youre an"
            or lower_first == lower_second  # "ha ha"
            or self._not_a_name(text, words, index, used)
        ):
            return None
        if case == "lower":
            # Lower case says nothing: the given name must be no word ("ran panda").
            weak = (
                shape == 1
                or not self.dictionary
                or lower_first not in frequent_surname_spellings()  # "depan di", "enju ni"
                or self._given_is_word(lower_first, lower_second)
            )
        else:
            # Shouting in capitals: a common word and one syllable ("LONG RAN") is no more
            # a name than in lower case.
            weak = (self._is_word(lower_first) and self._is_word(lower_second)) or (
                case == "upper" and any(common) and shape == 1
            )
        return used, WEAK_SCORE if weak else NAME_SCORE

    def _surname_first(self, first: str, second: str) -> bool:
        single, double = surname_spellings()
        return (first in single or first in double) and syllable_count(second) > 0

    def _given_is_word(self, first: str, second: str) -> bool:
        """Whether the word read as the given name is an English word (both, when either
        word may be the surname)."""
        single, double = surname_spellings()
        givens = [g for s, g in ((first, second), (second, first)) if s in single or s in double]
        return all(self._is_word(g) for g in givens if syllable_count(g))

    def _is_word(self, word: str) -> bool:
        """A common word, or a dictionary word (or an inflection of one: "mining",
        "taken") of three letters or more."""
        if word in COMMON_WORDS:
            return True
        return len(word) >= _SHORT_WORD and any(
            form in self.dictionary for form in _base_forms(word)
        )

    def _not_a_name(self, text: str, words: list[tuple[int, int]], index: int, used: int) -> bool:
        """A place (Hong Kong, Nanjing Lu) or a street's name (Tai Ping Road)."""
        parts = [text[s:e].lower() for s, e in words[index : index + used]]
        if any(part in place_names() for part in parts):
            return True
        if " ".join(parts) in places(_TOWN_POPULATION):
            return True
        # 88 Zhongshan Lu: a house number before it.
        if _NUMBER_BEFORE.search(text, 0, words[index][0]):
            return True
        after = index + used
        if after < len(words) and text[words[after - 1][1] : words[after][0]] == " ":
            following = text[words[after][0] : words[after][1]]
            lowered = following.lower()
            return (
                following[0].isupper() and lowered in STREET_WORDS and lowered not in COMMON_WORDS
            )
        return False


def _shape(first: str, second: str) -> int | None:
    """Syllables in the given name (1 or 2) of ``first second`` read as surname + given
    name or given name + surname, one-syllable given names only when no longer reading
    fits; None if neither reading fits."""
    single, double = surname_spellings()
    best: int | None = None
    for surname, given in ((first, second), (second, first)):
        if surname not in single and surname not in double:
            continue
        count = syllable_count(given)
        if count and surname in double:
            return 2  # a double surname makes the pair long enough to count
        if count:
            best = max(best or 0, count)
    return best


def _case(first: str, second: str, at_sentence_start: bool) -> str | None:
    """ "title", "upper" or "lower" when both words are written alike; a first word
    capitalised at a sentence's start counts as lower case before a lower-case word."""
    cases = (_word_case(first), _word_case(second))
    if cases[0] == cases[1] and cases[0] is not None:
        return cases[0]
    if at_sentence_start and cases == ("title", "lower"):
        return "lower"
    return None


def _word_case(word: str) -> str | None:
    parts = word.split("-")
    if all(p.isupper() for p in parts):
        return "upper"
    if all(p.islower() for p in parts):
        return "lower"
    head = parts[0]
    if (
        head[0].isupper()
        and head[1:].islower()
        and all(p.islower() or (p[0].isupper() and p[1:].islower()) for p in parts[1:])
    ):
        return "title"
    return None


# The endings of English inflections a run of pinyin syllables can have (min-ing, tak-en,
# lin-en); the dictionary holds only base forms.
_ENDINGS = ("ing", "en", "n", "er")


def _base_forms(word: str) -> list[str]:
    """``word`` and the base forms it may inflect (dining: din, dine; taken: take)."""
    forms = [word]
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= _SHORT_WORD:
            forms += [stem, stem + "e"]
            if stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # running: run
    return forms
