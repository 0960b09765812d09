"""Which language a text is mostly in: Chinese, English, or both (mixed)."""

from __future__ import annotations

import re

from footprint.pii.recognizers.base import BOTH, CHINESE, ENGLISH

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def languages_of(text: str) -> frozenset[str]:
    """``{"zh"}``, ``{"en"}`` or both. One Chinese character carries about as much as one
    English word, so a text is mostly Chinese when its Han characters outnumber its
    English words three to one, and the other way round."""
    han = len(_HAN.findall(text))
    if not han:
        return ENGLISH
    words = len(_LATIN_WORD.findall(text))
    if words <= 1 or han >= 3 * words:
        return CHINESE
    if words >= 3 * han:
        return ENGLISH
    return BOTH
