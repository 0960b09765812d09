"""The block line reader keeps readline's numbering and its over-long-line guard."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.sources._lines import iter_lines
from footprint.textio import LineLimitedText


def _stream(text: str) -> LineLimitedText:
    return LineLimitedText(io.BytesIO(text.encode("utf-8")), encoding="utf-8", newline=None)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="ab\n\r\u2028é", max_size=200),
    block=st.integers(min_value=1, max_value=16),
)
def test_same_lines_as_readline(text: str, block: int) -> None:
    expected = [line.rstrip("\n") for line in _stream(text)]
    assert list(iter_lines(_stream(text), block_chars=block)) == expected


def test_over_long_lines_are_cut_and_reported() -> None:
    text = "short\n" + "x" * 50 + "\nafter\n" + "y" * 30
    stream = _stream(text)
    lines = list(iter_lines(stream, max_chars=10, block_chars=4))
    assert lines == ["short", "x" * 10, "after", "y" * 10]
    assert stream.cut_lines == [2, 4]
