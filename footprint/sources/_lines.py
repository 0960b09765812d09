"""Fast line iteration for line-based sources.

Reading a text stream in large blocks and splitting them is several times cheaper
than one ``readline`` call per line. Lines keep the stream's guard: one longer than
``max_chars`` is cut, the rest of it dropped, and its number added to the stream's
``cut_lines`` (see :class:`footprint.textio.LineLimitedText`) for the caller to report.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from footprint.textio import MAX_LINE_CHARS

BLOCK_CHARS = 1 << 18


def iter_lines(
    stream: IO[str], max_chars: int = MAX_LINE_CHARS, block_chars: int = BLOCK_CHARS
) -> Iterator[str]:
    """The stream's lines without their ``\\n`` (the stream translates other newlines).

    Splits on ``\\n`` only: a U+2028 or form feed inside a message stays in its line.
    """
    cut: list[int] | None = getattr(stream, "cut_lines", None)
    line_no = 0
    rest = ""
    dropping = False  # inside the tail of an over-long line
    while True:
        block = stream.read(block_chars)
        if not block:
            break
        if dropping:
            newline = block.find("\n")
            if newline < 0:
                continue
            block = block[newline + 1 :]
            dropping = False
        lines = (rest + block).split("\n") if rest else block.split("\n")
        rest = lines.pop()
        if lines and max(map(len, lines)) > max_chars:
            for line in lines:
                line_no += 1
                if len(line) > max_chars:
                    if cut is not None:
                        cut.append(line_no)
                    line = line[:max_chars]
                yield line
        else:
            yield from lines
            line_no += len(lines)
        if len(rest) > max_chars:
            line_no += 1
            if cut is not None:
                cut.append(line_no)
            yield rest[:max_chars]
            rest = ""
            dropping = True
    if rest:
        yield rest
