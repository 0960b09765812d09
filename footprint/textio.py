"""Text decoding for export files: encodings are detected with charset-normalizer."""

from __future__ import annotations

import codecs
import io
from typing import IO, Any

from charset_normalizer import from_bytes

SAMPLE_BYTES = 256 * 1024

# charset-normalizer names a GBK sample by the smallest codec that decodes it;
# GB18030 is the superset that decodes every later row too.
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "ascii": "utf-8", "utf_8": "utf-8"}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _is_utf8(sample: bytes, complete: bool) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def _mostly_utf8(sample: bytes) -> bool:
    """UTF-8 with a few stray bytes (a damaged export) rather than a legacy codec.

    Legacy multi-byte text such as GBK fails on most of its non-ASCII bytes.
    """
    non_ascii = sum(1 for byte in sample if byte >= 0x80)
    if non_ascii == 0:
        return True
    errors = sample.decode("utf-8", errors="replace").count("\ufffd")
    return errors <= max(3, non_ascii // 100)


def detect_encoding(sample: bytes, *, complete: bool = False) -> str:
    """The codec name to decode a file whose first bytes are ``sample``.

    ``complete`` says the sample is the whole file (a cut multi-byte character at
    the end is then an error, not an artefact of sampling).
    """
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    if _is_utf8(sample, complete) or _mostly_utf8(sample):
        return "utf-8"
    best = from_bytes(sample).best()
    if best is None:
        return "utf-8"
    name = best.encoding.lower()
    if best.bom and name.startswith("utf_8"):
        return "utf-8-sig"
    return _WIDEN.get(name, name)


MAX_LINE_CHARS = 1024 * 1024


class LineLimitedText(io.TextIOWrapper):
    """A text stream whose lines are at most ``max_chars`` long.

    A longer line (a crafted file, a binary blob) is cut: the rest of it is read
    and dropped in chunks, so memory stays bounded, and its number is kept in
    ``cut_lines`` for the caller to report.
    """

    max_chars: int = MAX_LINE_CHARS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cut_lines: list[int] = []
        self._line_number = 0

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        whole_line = size is None or size < 0
        limit = self.max_chars + 1 if whole_line else min(size or 0, self.max_chars)
        line = super().readline(limit)
        if not line:
            return line
        self._line_number += 1
        if whole_line and len(line) > self.max_chars and not line.endswith("\n"):
            self.cut_lines.append(self._line_number)
            while True:  # drop the rest of the over-long line
                rest = super().readline(self.max_chars)
                if not rest or rest.endswith("\n"):
                    break
            line = line[: self.max_chars] + "\n"
        return line

    def __next__(self) -> str:  # type: ignore[override]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self) -> LineLimitedText:  # type: ignore[override]
        return self


def open_text(binary: IO[bytes], sample: bytes) -> tuple[LineLimitedText, str]:
    """Wrap a binary stream as text, decoded with the encoding detected on ``sample``
    (the stream's first bytes).

    Undecodable bytes become U+FFFD rather than stopping the parse; lines longer
    than :data:`MAX_LINE_CHARS` are cut (see :class:`LineLimitedText`).
    """
    encoding = detect_encoding(sample, complete=len(sample) < SAMPLE_BYTES)
    text = LineLimitedText(binary, encoding=encoding, errors="replace", newline=None)
    return text, encoding


def decode(data: bytes) -> tuple[str, str]:
    """Decode a whole small file; returns the text and the encoding used."""
    encoding = detect_encoding(data[:SAMPLE_BYTES], complete=len(data) <= SAMPLE_BYTES)
    return data.decode(encoding, errors="replace"), encoding
