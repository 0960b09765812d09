"""Helpers shared by Meta's JSON exports (Facebook, Messenger, Instagram).

Meta writes every string as UTF-8 bytes with one ``\\u00XX`` escape per byte, so
``Jørgen`` arrives as ``J\\u00c3\\u00b8rgen`` and decodes to ``JÃ¸rgen``.
"""

from __future__ import annotations

import re
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
        pass
    # A string partly repaired already (a tool re-saved the file, or text was pasted
    # into it): repair each run of U+0080..U+00FF that is whole UTF-8 on its own.
    return _MOJIBAKE_RUN.sub(_repair_run, text)


# Two or more characters, each one byte of a UTF-8 sequence (lead C2..F4, then
# continuation bytes 80..BF): correct Latin-1 text almost never looks like this.
_MOJIBAKE_RUN = re.compile("(?:[\u00c2-\u00f4][\u0080-\u00bf]+)+")


def _repair_run(match: re.Match[str]) -> str:
    run = match.group()
    try:
        return run.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return run


def repair_mojibake(value: Any) -> Any:
    """``value`` with every string repaired, recursing into lists and dicts (keys too)."""
    if isinstance(value, str):
        return repair_text(value)
    if isinstance(value, list):
        return [repair_mojibake(item) for item in value]
    if isinstance(value, dict):
        return {repair_text(str(key)): repair_mojibake(item) for key, item in value.items()}
    return value
