"""WeChat IDs written in Chinese chat without the word 微信 (``加我 lin_xr0412``).

A WeChat ID is 6-20 letters, digits, ``_`` or ``-`` starting with a letter. In a
Chinese sentence a Latin token of that shape is rarely anything else, and one that
joins letters and digits with an underscore (``lin_xr0412``) is nearly always an
account name: that shape counts alone. Letters and digits without an underscore
(``chenyu1987``: also a product, a model, a version) or an underscore without digits
(``su_mengqi``: also a code identifier) need a context word (加我, 我号, 搜, 好友...),
here or in the message before (``加你微信？`` then the ID).

Kept out: e-mail addresses and URLs (the token may not touch ``@``, ``/``, ``.`` + a
letter or digit, ``:``), file names (``img_2034.jpg``), codes in capitals (``IMG_2034``,
``INV-2024``), common English words, and a digit run that is a date stamp
(``report_20240315``). English texts are left to :mod:`.wechat_id`, which asks for a
keyword.
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.lexicon import COMMON_WORDS
from footprint.pii.recognizers.base import CASE_SENSITIVE, CHINESE, FootprintPatternRecognizer

_EDGE_BEFORE = r"(?<![A-Za-z0-9_\-@/.:#=&?%+＠])"
_EDGE_AFTER = r"(?![A-Za-z0-9_\-@＠]|[./:][A-Za-z0-9])"
STRONG_SCORE = 0.5  # letters and digits joined by "_": reported alone in Chinese text
WEAK_SCORE = 0.2  # with a context word (+0.35): reported
_DATE_STAMP = regex.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])[0-3][0-9](?![0-9])")
_LETTER_RUN = regex.compile(r"[A-Za-z]+")


def is_strong_shape(value: str) -> bool:
    """Letters and digits joined by an underscore, as account names are; a name first
    (two letters or more: not a version such as ``v2_final``)."""
    first = _LETTER_RUN.match(value)
    return (
        "_" in value
        and any(ch.isdigit() for ch in value)
        and first is not None
        and len(first.group()) >= 2
    )


class WeChatIdShapeRecognizer(FootprintPatternRecognizer):
    ENTITY = "WECHAT_ID"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "wechat_id_free",
            _EDGE_BEFORE + r"(?=[A-Za-z0-9_\-]*[0-9_])[A-Za-z][A-Za-z0-9_\-]{5,19}" + _EDGE_AFTER,
            WEAK_SCORE,
        )
    ]
    CONTEXT: ClassVar[list[str]] = [
        "微信", "薇信", "v信", "wechat", "weixin", "vx", "wx", "加我", "加一下", "加个", "加你",
        "我号", "号是", "账号", "搜一下", "搜我", "好友", "备注",
    ]  # fmt: skip
    LANGUAGES = CHINESE
    MIN_LENGTH = 6
    FLAGS = CASE_SENSITIVE
    CONVERSATION = True
    BOOST = 0.35

    def invalidate_result(self, pattern_text: str) -> bool:
        letters = _LETTER_RUN.findall(pattern_text)
        if all(run.isupper() for run in letters):  # IMG_2034, INV-2024-0042: codes
            return True
        if pattern_text.endswith(("-", "_")) or "--" in pattern_text or "__" in pattern_text:
            return True
        if pattern_text.lower() in COMMON_WORDS or _DATE_STAMP.search(pattern_text):
            return True
        return all(run.lower() in COMMON_WORDS for run in letters if len(run) > 1) and not any(
            len(run) == 1 for run in letters
        )

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if is_strong_shape(text[result.start : result.end]):
                result.score = STRONG_SCORE
        return results
