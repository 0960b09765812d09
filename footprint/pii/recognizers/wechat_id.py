"""WeChat IDs (``微信号: zhang_wei88``, ``my wechat is ...``, ``wxid_abc123``).

A WeChat ID is 6-20 letters, digits, ``_`` or ``-`` starting with a letter: any English
word fits, so an ID counts only where the text says what it is:

- right after a WeChat keyword (微信, wechat, weixin, V信, vx, wx, 薇信...), which is part
  of the pattern (a look-behind), not a score boost;
- the ``wxid_`` form WeChat gives accounts by default, anywhere;
- an ID-shaped word mixing letters with digits or ``_`` (``lily_chen99``), near words that
  ask to add someone (加我, 搜一下, 好友): weak alone, reported with that context.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.lexicon import COMMON_WORDS
from footprint.pii.recognizers.base import FootprintPatternRecognizer

_KEYWORD = r"(?:微信|薇信|威信|微x|wechat|weixin|v信|vx|wx)"
_ID = r"[A-Za-z][A-Za-z0-9_\-]{5,19}(?![A-Za-z0-9_\-])"
_QQ_GLUED = re.compile(r"(?i:qq)[0-9]{5,11}")


class WeChatIdRecognizer(FootprintPatternRecognizer):
    ENTITY = "WECHAT_ID"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "wechat_id",
            rf"(?<={_KEYWORD}(?:号|id|账号)?\s*(?:是|为|:|：|is|id is|-)?\s*){_ID}",
            0.7,
        ),
        Pattern(
            "wechat_wxid", r"(?<![A-Za-z0-9_\-])wxid_[A-Za-z0-9_\-]{4,30}(?![A-Za-z0-9_\-])", 0.9
        ),
        # Letters and digits or _ together, as IDs are and words are not.
        Pattern(
            "wechat_id_shape",
            r"(?<![A-Za-z0-9_\-@.])(?=[A-Za-z0-9_\-]*[0-9_])[A-Za-z][A-Za-z0-9_\-]{5,19}"
            r"(?![A-Za-z0-9_\-@.])",
            0.2,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "微信", "wechat", "weixin", "加我", "加一下", "搜一下", "好友", "加个",
    ]  # fmt: skip  # not "add me": in English it asks for any handle (see username.py)
    NEEDS_ANY = (
        "微信",
        "薇信",
        "威信",
        "微x",
        "wechat",
        "weixin",
        "v信",
        "vx",
        "wx",
        "加",
        "搜",
        "好友",
    )
    BOOST = 0.35

    def invalidate_result(self, pattern_text: str) -> bool:
        # QQ written right before its number (QQ991733) is a QQ number, not an ID.
        return pattern_text.lower() in COMMON_WORDS or _QQ_GLUED.fullmatch(pattern_text) is not None
