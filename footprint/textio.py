"""Text decoding for export files: encodings are detected with charset-normalizer."""

from __future__ import annotations

import codecs
import io
from typing import IO

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


def open_text(binary: IO[bytes], sample: bytes) -> tuple[io.TextIOWrapper, str]:
    """Wrap a binary stream as text, decoded with the encoding detected on ``sample``
    (the stream's first bytes).

    Undecodable bytes become U+FFFD rather than stopping the parse.
    """
    encoding = detect_encoding(sample, complete=len(sample) < SAMPLE_BYTES)
    text = io.TextIOWrapper(binary, encoding=encoding, errors="replace", newline=None)
    return text, encoding


def decode(data: bytes) -> tuple[str, str]:
    """Decode a whole small file; returns the text and the encoding used."""
    encoding = detect_encoding(data[:SAMPLE_BYTES], complete=len(data) <= SAMPLE_BYTES)
    return data.decode(encoding, errors="replace"), encoding
