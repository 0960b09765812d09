"""E-mail addresses, with boundaries that work next to Chinese text (``邮箱是abc@qq.com吧``)."""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import FootprintPatternRecognizer
from footprint.pii.recognizers.offline_email import offline_extractor


class CjkEmailRecognizer(FootprintPatternRecognizer):
    """An address whose domain ends in a public suffix (bundled snapshot, never fetched)."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "email",
            r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*"
            r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
            r"(?![A-Za-z0-9\-]|\.[A-Za-z0-9])",
            0.5,
        )
    ]
    CONTEXT: ClassVar[list[str]] = ["email", "e-mail", "mail", "邮箱", "邮件"]
    NEEDS_ANY = ("@",)

    def validate_result(self, pattern_text: str) -> bool:
        return domain_has_public_suffix(pattern_text.rpartition("@")[2].lower())


@lru_cache(maxsize=4096)
def domain_has_public_suffix(domain: str) -> bool:
    return bool(offline_extractor()(domain).suffix)
