"""Where a sentence starts (a capital there says nothing about a name)."""

from __future__ import annotations

import pytest

from footprint.pii.sentences import STRICT_SENTENCE_END, sentence_initial

CASES = [
    ("Will you come?", "Will", True),
    ("ok. Will you come?", "Will", True),
    ("ok!\nWill you come?", "Will", True),
    ('she said "Will you come"', "Will", True),
    ("- Will you come", "Will", True),
    ("• Rose said hi", "Rose", True),
    ("12:30 Meet me there", "Meet", True),
    ("好的。Will you come", "Will", True),
    ("ask Will about it", "Will", False),
    ("with Rose and Mark", "Mark", False),
    ("ok, Will said no", "Will", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_sentence_initial(text: str, word: str, expected: bool) -> None:
    assert sentence_initial(text, text.index(word)) is expected


def test_strict_ends_leave_a_colon_mid_sentence() -> None:
    text = "re: Will's party"
    assert sentence_initial(text, text.index("Will"))
    assert not sentence_initial(text, text.index("Will"), STRICT_SENTENCE_END)
