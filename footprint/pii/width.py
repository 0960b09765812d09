"""Full-width forms read as their ASCII twins, without moving any offset.

Chinese input methods type digits and Latin letters full width (``１３８ ００１３ ８０００``,
``ｗｘｉｄ＿…``). Every recognizer is written for ASCII, so the engine analyses a folded copy
of the text: each full-width character becomes one ASCII character, so a span found in the
copy is the same span of the original, and redaction replaces what the user wrote.
Full-width punctuation that Chinese text uses as its own (，：（）) is left alone.
"""

from __future__ import annotations

import re

# Digits, Latin letters and the signs that are part of identifiers: + - . @ _ #
_FOLDED = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+-.@_#"
_TABLE = {ord(ch) + 0xFEE0: ch for ch in _FOLDED} | {0x3000: " "}  # ideographic space
_WIDE = re.compile("[" + "".join(re.escape(chr(code)) for code in _TABLE) + "]")


def fold_width(text: str) -> str:
    """``text`` with full-width digits, letters and identifier signs as ASCII (same length)."""
    return text.translate(_TABLE) if _WIDE.search(text) else text
