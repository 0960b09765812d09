"""Text decoding for export files: one place decides every file's encoding.

The decision is made on the whole file, or on a large sample of it
(:data:`SAMPLE_BYTES`) that reaches past the preamble into the data rows, so a
short file and a long one in the same encoding get the same answer. Candidates
are tried in a fixed, principled order, each by a *strict* decoding:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) settles it;
2. the encodings the format itself declares (a source's ``ENCODINGS``);
3. UTF-16 without a mark, told by its pattern of zero bytes;
4. UTF-8 (when it decodes, the rest are kept only as fallbacks);
5. GB18030 (a superset of GBK and GB2312), when the text it gives is plausibly
   Chinese: its characters are mostly the common ones of GB2312;
6. UTF-8 with a few damaged bytes among well-formed characters;
7. Windows-1252 (a superset of Latin-1 for text), when it gives plausible
   Western text: accented letters among plain ones, not whole words of them;
8. UTF-8 again for ASCII text with a few stray bytes (they become U+FFFD);
9. only then charset-normalizer's statistical guess.

Statistics are the last resort because they misjudge the very files that
matter here: the first 16 KB of a GBK Alipay bill, cut inside a character,
came out as Cyrillic. A caller that can check the decoded text (a header
that matches a known column set) walks :func:`candidate_encodings` and takes
the first one that checks out.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
from collections.abc import Sequence
from typing import IO, Any

from charset_normalizer import from_bytes

SAMPLE_BYTES = 256 * 1024

# A codec that decodes a sample may be a subset of what the rest of the file
# needs: GB2312/GBK widen to GB18030, ASCII to UTF-8, Latin-1 to Windows-1252.
_WIDEN = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "ascii": "utf-8",
    "utf_8": "utf-8",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Share of non-ASCII characters that must be common Chinese (GB2312) for a
# GB18030 decoding to count as Chinese text; Latin-1 text read as GBK gives
# rare characters from GBK's extension area, Big5 gives many of them too.
_CHINESE_SHARE = 0.9
# Share of letters that may be non-ASCII in Western text read as Windows-1252.
_WESTERN_SHARE = 0.3


def bom_encoding(sample: bytes) -> str | None:
    """The codec a leading byte-order mark names, or None.

    UTF-16's little-endian mark followed by a NUL character starts like UTF-32's mark
    (FF FE 00 00): it is UTF-32 only when what follows reads as UTF-32 characters."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            if bom == codecs.BOM_UTF32_LE and not _reads_as_utf32(sample[len(bom) :]):
                return "utf-16"
            return name
    return None


def _reads_as_utf32(rest: bytes) -> bool:
    """Whether the bytes after FF FE 00 00 read as UTF-32: nothing after the mark, or whole
    UTF-32 characters (a head cut mid-character is judged on what it holds whole)."""
    if not rest:
        return True
    whole = rest[: len(rest) - len(rest) % 4]
    if not whole:
        return False  # one to three bytes: no UTF-32 character
    try:
        whole.decode("utf-32-le")
    except UnicodeDecodeError:
        return False
    return True


def _strict(sample: bytes, encoding: str, complete: bool) -> str | None:
    """``sample`` decoded with no error allowed; None when it does not decode.

    When the sample is only the head of the file, a character cut at its end
    is not an error.
    """
    try:
        decoder = codecs.getincrementaldecoder(encoding)()
        return str(decoder.decode(sample, final=complete))
    except (UnicodeDecodeError, LookupError):
        return None


# One zero byte says nothing: b"x\x00\xc2\x80" is valid UTF-8 (a JSON head of four bytes,
# '{\x00"\x00', has two).
_UTF16_MIN_ZEROS = 2


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when zero bytes sit at every other place (ASCII-heavy UTF-16)."""
    head = sample[:4096]
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0 : pairs * 2 : 2].count(0)
    odd = head[1 : pairs * 2 : 2].count(0)
    if odd >= _UTF16_MIN_ZEROS and odd > pairs * 0.4 and even < pairs * 0.05:
        return "utf-16-le"
    if even >= _UTF16_MIN_ZEROS and even > pairs * 0.4 and odd < pairs * 0.05:
        return "utf-16-be"
    return None


_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


def _non_ascii(text: str) -> str:
    return _ASCII_RUN.sub("", text)


def plausibly_chinese(text: str) -> bool:
    """Whether a GB18030 decoding reads as Chinese: its non-ASCII characters are
    mostly the common ones (GB2312), not rare ones from GBK's extension area."""
    wide = _non_ascii(text)
    if not wide:
        return False
    rare = wide.encode("gb2312", errors="replace").count(b"?")
    return (len(wide) - rare) >= _CHINESE_SHARE * len(wide)


_LETTER = r"[^\W\d_]"
_ASCII_LETTERS = re.compile(r"[^A-Za-z]+")
# A word of three or more letters, none of them ASCII.
_WIDE_WORD = re.compile(rf"(?<!{_LETTER})[^\W\d_A-Za-z]{{3,}}(?!{_LETTER})")
# A non-ASCII character between two letters.
_INSIDE_WORD = re.compile(rf"(?<={_LETTER})[^\x00-\x7f](?={_LETTER})")


def plausibly_western(text: str) -> bool:
    """Whether a Windows-1252 decoding reads as Western text.

    Accented letters sit among plain ones (``Müller``, ``Café``); Cyrillic or
    Greek from another code page read this way gives whole words of them
    (``Ïðèâåò``), and Central European letters become symbols inside words.
    """
    wide = _non_ascii(text)
    if not wide:
        return False
    wide_letters = sum(1 for char in wide if char.isalpha())
    letters = len(_ASCII_LETTERS.sub("", text)) + wide_letters
    if wide_letters > _WESTERN_SHARE * max(letters, 1):
        return False
    if _WIDE_WORD.search(text):
        return False
    for match in _INSIDE_WORD.finditer(text):
        char = match.group()
        if not char.isalpha() and unicodedata.category(char) not in ("Pd", "Pf", "Pi", "Po"):
            return False
    return True


def _damaged_utf8(sample: bytes, *, evidence: bool) -> bool:
    """UTF-8 with a few stray bytes (a damaged export) rather than a legacy codec.

    With ``evidence``, it takes well-formed multi-byte characters to say so:
    legacy text such as GBK fails on most of its non-ASCII bytes, and Latin-1
    text has none. Without, a handful of stray bytes in ASCII text will do.
    """
    text = sample.decode("utf-8", errors="replace")
    errors = text.count("\ufffd")
    wide = len(_non_ascii(text)) - errors
    if evidence:
        return wide > 0 and errors <= max(3, wide // 100)
    return wide == 0 and errors <= 3


def _normal(name: str) -> str:
    name = _WIDEN.get(name.lower(), name.lower())
    return _WIDEN.get(codecs.lookup(name).name, name)


def candidate_encodings(
    sample: bytes, *, complete: bool = False, preferred: Sequence[str] = ()
) -> list[str]:
    """Every plausible codec for a file whose first bytes are ``sample``, best first.

    ``complete`` says the sample is the whole file (a cut multi-byte character
    at the end is then an error, not an artefact of sampling). ``preferred``
    are the encodings the file's format is known to use; they come first when
    they decode the sample strictly. The list is never empty.
    """
    marked = bom_encoding(sample)
    if marked is not None:
        return [marked]
    found: list[str] = []
    seen: set[str] = set()

    def add(name: str) -> None:
        key = codecs.lookup(name).name
        if key not in seen:
            seen.add(key)
            found.append(name)

    for name in preferred:
        if _strict(sample, name, complete) is not None:
            add(_normal(name) if name.lower() != "utf-8-sig" else "utf-8-sig")
    wide = _utf16_without_bom(sample)  # zero bytes are valid UTF-8: look for them first
    if wide is not None and _strict(sample, wide, complete) is not None:
        add(wide)
    if _strict(sample, "utf-8", complete) is not None:
        # Valid UTF-8 is near-certain; legacy codecs stay only as fallbacks.
        for name in ("utf-8", "gb18030", "cp1252"):
            if _strict(sample, name, complete) is not None:
                add(name)
        return found
    chinese = _strict(sample, "gb18030", complete)
    if chinese is not None and plausibly_chinese(chinese):
        add("gb18030")
    if _damaged_utf8(sample, evidence=True):
        add("utf-8")
    western = _strict(sample, "cp1252", complete)
    if western is not None and plausibly_western(western):
        add("cp1252")
    if _damaged_utf8(sample, evidence=False):
        add("utf-8")  # stray bytes in ASCII text: shown as U+FFFD and reported
    guess = from_bytes(sample).best()
    if guess is not None:
        name = guess.encoding.lower()
        add("utf-8-sig" if guess.bom and name.startswith("utf_8") else _normal(name))
    # Last resorts for a caller that checks the text: any strict decoding.
    for name in ("gb18030", "cp1252"):
        if _strict(sample, name, complete) is not None:
            add(name)
    add("utf-8")  # with undecodable bytes replaced
    return found


def detect_encoding(sample: bytes, *, complete: bool = False, preferred: Sequence[str] = ()) -> str:
    """The codec to decode a file whose first bytes are ``sample`` (see
    :func:`candidate_encodings`)."""
    return candidate_encodings(sample, complete=complete, preferred=preferred)[0]


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


def open_text(
    binary: IO[bytes], sample: bytes, encoding: str | None = None
) -> tuple[LineLimitedText, str]:
    """Wrap a binary stream as text, decoded with ``encoding`` or else the one
    detected on ``sample`` (the stream's first bytes).

    Undecodable bytes become U+FFFD rather than stopping the parse; lines longer
    than :data:`MAX_LINE_CHARS` are cut (see :class:`LineLimitedText`).
    """
    if encoding is None:
        encoding = detect_encoding(sample, complete=len(sample) < SAMPLE_BYTES)
    text = LineLimitedText(binary, encoding=encoding, errors="replace", newline=None)
    return text, encoding


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode a whole small file; returns the text and the encoding used."""
    if encoding is None:
        encoding = detect_encoding(data[:SAMPLE_BYTES], complete=len(data) <= SAMPLE_BYTES)
    return data.decode(encoding, errors="replace"), encoding


def json_encoding(head: bytes) -> str | None:
    """The codec of a JSON file that is not plain UTF-8 (a byte-order mark, or
    UTF-16/32 without one, told by its zero bytes as RFC 4627 describes); None
    for UTF-8 without a mark."""
    marked = bom_encoding(head)
    if marked is not None:
        return marked
    if len(head) >= 4 and head[0] and not any(head[1:4]):
        return "utf-32-le"
    if len(head) >= 4 and not any(head[:3]) and head[3]:
        return "utf-32-be"
    return _utf16_without_bom(head)


class Utf8Reader(io.RawIOBase):
    """A binary stream of UTF-8 bytes, re-encoded from a stream in ``encoding``
    (a byte-order mark dropped), for JSON parsers that read UTF-8 only."""

    def __init__(self, inner: IO[bytes], encoding: str) -> None:
        self._inner = inner
        # Bad bytes become U+FFFD: the JSON parser then reports where, instead of a crash.
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._pending = b""
        self._started = False
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending and not self._done:
            chunk = self._inner.read(64 * 1024)
            text = self._decoder.decode(chunk, final=not chunk)
            if not self._started and text:
                text = text.removeprefix("\ufeff")
                self._started = True
            self._pending = text.encode("utf-8")
            self._done = not chunk
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def close(self) -> None:
        self._inner.close()
        super().close()
