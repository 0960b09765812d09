"""Names of China's Tibetan, Uyghur, Kazakh and other minorities written in Chinese
characters, which have no Han surname for :mod:`.cn_person` to start from.

- Tibetan names join two (sometimes three) name elements of two characters each:
  ``扎西顿珠``, ``次仁卓玛``, ``格桑多吉``. No offline package lists them, so
  ``TIBETAN_ELEMENTS`` below holds the common elements (as transliterated in public
  registers and name guides); two of them in a row are a name. One alone (``扎西``, also
  the greeting's first half) is not enough.
- Uyghur, Kazakh and other transliterated names put a middle dot between the personal
  and the father's name: ``买买提·吐尔逊``. Each side is a run of Han characters of at
  least two; the run is cut where jieba finds an ordinary word (``同事`` before it,
  ``下周`` or ``的`` after it), so the name keeps only its own characters. A division's
  name or a common word on either side (``北京·朝阳``) is no name.
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.chinese import (
    FUNCTION_TAGS,
    dictionary_entry,
    is_common_word,
    segmented,
    tagged_words,
)
from footprint.pii.recognizers.base import CHINESE, FootprintPatternRecognizer
from footprint.pii.recognizers.cn_address import division_names

TIBETAN_ELEMENTS = frozenset(
    {"扎西", "次仁", "才让", "泽仁", "卓玛", "卓嘎", "卓尕", "格桑", "央金", "央宗", "央拉",
     "德吉", "德庆", "拉姆", "拉珍", "拉巴", "拉毛", "尼玛", "达瓦", "达娃", "旦增", "丹增",
     "平措", "彭措", "索朗", "索南", "斯朗", "顿珠", "多吉", "多杰", "白玛", "边巴", "普布",
     "巴桑", "次旦", "才旦", "益西", "强巴", "洛桑", "罗布", "曲珍", "曲吉", "桑珠", "贡嘎",
     "仁青", "仁增", "措姆", "旺堆", "旺姆", "旺久", "琼达", "扎巴", "嘎玛", "噶玛", "群培",
     "次珠", "欧珠", "朗杰", "嘉措", "加措", "坚参", "尼珍", "仓决", "巴珠", "贡布", "土登",
     "图登", "顿旦", "诺布", "晋美", "吉美", "巴珍", "次央", "玉珍", "阿旺", "昂旺", "白珍",
     "泽旺", "桑杰", "桑吉", "更登", "完玛", "东智", "吉措", "德央", "米玛", "普赤", "格列"}
)  # fmt: skip
_DOT = "·・•‧･"
_HAN = r"[\u4e00-\u9fff]"
_DOTTED = regex.compile(rf"{_HAN}{{2,}}[{_DOT}]{_HAN}{{2,}}(?:[{_DOT}]{_HAN}{{2,}})?")
_SIDE_MAX = 8
# Single characters that end a name's right side when they follow it: particles,
# prepositions and verbs of chat (说, 去, 回; not 来, as in 阿不来提).
_AFTER_NAME = frozenset("的地得了和与跟说是在把被给向对也又请去回到")
TIBETAN_SCORE = 0.7
DOTTED_SCORE = 0.75


def _is_han(text: str) -> bool:
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _tibetan_spans(text: str) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    position = 0
    while position < len(text) - 3:
        end = position
        while end - position < 6 and text[end : end + 2] in TIBETAN_ELEMENTS:
            end += 2
        if end - position >= 4:
            out.append((position, end, TIBETAN_SCORE))
            position = end
        else:
            position += 1
    return out


def _ordinary(word: str, verbs: bool = False) -> bool:
    """A word that is no part of a transliterated name: one jieba's dictionary knows well
    as something else, or a function or time word (and, with ``verbs``, a one-character
    verb: 找 or 是 before a name, 写 after one)."""
    frequency, tag = dictionary_entry(word)
    if tag is None or tag.startswith(("nr", "nz", "ns")):
        return False
    if len(word) == 1:
        return tag.startswith((*FUNCTION_TAGS, "t", "m", "q")) or (verbs and tag == "v")
    return frequency >= 100 or tag.startswith(("t", "m"))


def _words(run: str) -> list[str]:
    """jieba's words with its tagger's segmentation, which cuts a verb off a name it does
    not know (找 + 迪丽娜 + 尔) where the plain one keeps them together."""
    return [word for _, _, word, _ in tagged_words(run)]


def _left_side(run: str) -> str:
    """The end of ``run`` that is the name's first part: jieba's words from the right,
    up to an ordinary word."""
    kept = ""
    for word in reversed(_words(run)):
        if _ordinary(word, verbs=True) or len(kept) + len(word) > _SIDE_MAX:
            break
        kept = word + kept
    return kept


def _right_side(run: str) -> str:
    """The start of ``run`` that is the name's last part: jieba's words up to an ordinary
    one (阿不都 + 的, 托尔斯泰 + 写); where jieba cuts the name itself (艾 + 山下 + 周), the
    shortest two or more characters that the rest of the run does not continue."""
    kept = ""
    for word in _words(run):
        if _ordinary(word, verbs=bool(kept)) or len(kept) + len(word) > _SIDE_MAX:
            break
        kept += word
    if len(kept) >= 2:
        return kept
    for length in range(2, min(len(run), _SIDE_MAX) + 1):
        rest = run[length:]
        if not rest or rest[0] in _AFTER_NAME:
            return run[:length]
        first = segmented(rest[:6])[0]
        if len(first) >= 2 and _ordinary(first):
            return run[:length]
    return run[: min(len(run), _SIDE_MAX)]


def _plain(side: str) -> bool:
    """A side that is an ordinary two-character word (春天·故事), not a name's part."""
    return len(side) == 2 and is_common_word(side)


def _dotted_spans(text: str) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for match in _DOTTED.finditer(text):
        value = match.group()
        parts = regex.split(f"[{_DOT}]", value)
        left, right = _left_side(parts[0]), _right_side(parts[-1])
        middle = parts[1:-1]
        sides = [left, *middle, right]
        if any(len(side) < 2 for side in sides):
            continue
        if any(side in division_names() or _plain(side) for side in sides):
            continue
        start = match.start() + len(parts[0]) - len(left)
        end = match.end() - len(parts[-1]) + len(right)
        out.append((start, end, DOTTED_SCORE))
    return out


def minority_name_spans(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of each Tibetan or dotted transliterated name in ``text``."""
    return _tibetan_spans(text) + _dotted_spans(text)


class CnMinorityNameRecognizer(FootprintPatternRecognizer):
    ENTITY = "PERSON"
    # The shape only (Presidio wants a pattern): analyze reads the name elements instead.
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("cn_minority_name", r"[\u4e00-\u9fff]{4,}", 0.0)]
    LANGUAGES = CHINESE
    MIN_LENGTH = 4

    def warm(self) -> None:
        division_names()

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        return self.results(
            (start, end, score)
            for start, end, score in minority_name_spans(text)
            if _is_han(text[start:end].replace("·", ""))
            or any(dot in text[start:end] for dot in _DOT)
        )
