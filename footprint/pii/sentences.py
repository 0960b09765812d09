"""Where a sentence starts: a capital there says nothing about a name."""

from __future__ import annotations

# A clause starts after these (a label's colon, an opening quote or bracket too).
SENTENCE_END = frozenset('.!?\n:;"(…。！？')
# Only full stops, question and exclamation marks and line breaks.
STRICT_SENTENCE_END = frozenset(".!?\n…。！？")
# Opening marks and bullets between a sentence end and its first word.
_OPENERS = " \t\"'(*-•“‘"


def sentence_initial(text: str, start: int, ends: frozenset[str] = SENTENCE_END) -> bool:
    """Whether ``text[start:]`` begins a sentence: nothing but opening marks, digits or
    symbols before it since the last sentence end."""
    before = text[:start].rstrip(" \t")
    if before and before[-1] in ends:
        return True  # an opening quote or bracket may itself end a clause
    before = before.rstrip(_OPENERS)
    return not before or before[-1] in ends or not any(ch.isalpha() for ch in before)
