"""WeChat IDs, only where the text says it is one (``微信号: zhang_wei88``, ``my wechat is ...``).

A WeChat ID is 6-20 letters, digits, ``_`` or ``-`` starting with a letter: any English
word fits, so the keyword is part of the pattern (a look-behind), not a score boost.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.lexicon import COMMON_WORDS
from footprint.pii.recognizers.base import FootprintPatternRecognizer


class WeChatIdRecognizer(FootprintPatternRecognizer):
    ENTITY = "WECHAT_ID"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "wechat_id",
            r"(?<=(?:微信|wechat|weixin|v信|vx|wx)(?:号|id|账号)?\s*(?:是|为|:|：|is|id is|-)?\s*)"
            r"[A-Za-z][A-Za-z0-9_\-]{5,19}(?![A-Za-z0-9_\-])",
            0.7,
        )
    ]
    CONTEXT: ClassVar[list[str]] = ["微信", "wechat", "weixin", "加我"]
    NEEDS_ANY = ("微信", "wechat", "weixin", "v信", "vx", "wx")

    def invalidate_result(self, pattern_text: str) -> bool:
        return pattern_text.lower() in COMMON_WORDS
