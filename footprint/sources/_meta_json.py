"""Helpers shared by Meta's JSON exports (Facebook, Messenger, Instagram).

Meta writes every string as UTF-8 bytes with one ``\\u00XX`` escape per byte, so
``Jørgen`` arrives as ``J\\u00c3\\u00b8rgen`` and decodes to ``JÃ¸rgen``.
"""

from __future__ import annotations

from typing import Any


def repair_text(text: str) -> str:
    """One string with Meta's mojibake undone; unchanged when it is not mojibake.

    Text that already holds characters above U+00FF, or whose bytes are not
    valid UTF-8, was written correctly and is returned as it is.
    """
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def repair_mojibake(value: Any) -> Any:
    """``value`` with every string repaired, recursing into lists and dicts (keys too)."""
    if isinstance(value, str):
        return repair_text(value)
    if isinstance(value, list):
        return [repair_mojibake(item) for item in value]
    if isinstance(value, dict):
        return {repair_text(str(key)): repair_mojibake(item) for key, item in value.items()}
    return value
