"""The source contract, and helpers the format modules share.

A source is one module under ``footprint/sources/`` that defines:

``FORMAT``
    a stable id, e.g. ``"whatsapp"`` (used in JSON output and goldens);
``LABEL``
    a human name, e.g. ``"WhatsApp chat (.txt)"``;
``CATEGORY``
    ``"chat"``, ``"payment"``, ``"social"`` or ``"location"``;
``PATHS``
    path patterns it claims inside archives and folders (see :func:`path_matches`);
``MULTI_FILE``
    whether the files of one archive or folder form one source (an X archive)
    or each file is its own (one WhatsApp chat per file);
``detect(file) -> float``
    confidence from 0 to 1 that ``file`` is in this format; cheap, reads the head only;
``parse(file, ctx) -> Iterator[Record | Problem]``
    records, plus a :class:`~footprint.model.Problem` for each bad line, row or
    file; it never raises for bad input.

Optionally, ``ENCODINGS``: the text encodings the format is known to use (Alipay:
``("gb18030",)``), tried before any other candidate when the file is detected;
see :func:`footprint.textio.candidate_encodings`.

Optionally, ``LABELS``: fixed words the parser keys on besides its column tables and
``PATHS`` (a preamble's ``微信昵称``); redaction never rewrites them (redact.structure).

Optionally, ``IGNORED``: a dict of path pattern -> reason for files that belong to
the export but hold nothing to parse (media, viewers); they are listed as ignored.

The registry discovers every module in this package; see docs/adding-a-format.md.
"""

from __future__ import annotations

import fnmatch
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from decimal import Decimal, InvalidOperation
from typing import IO, Any, Protocol, runtime_checkable
from zoneinfo import ZoneInfo

from footprint.loading import InputFile
from footprint.model import ParseItem, Problem, ProblemCode
from footprint.phrases import Phrase, phrase
from footprint.timezones import ZoneClues


@dataclass(frozen=True)
class ParseContext:
    """What a parser needs besides the file: the zone assumed for local times.

    During a scan ``assumed_tz`` is :data:`footprint.timezones.UNPLACED`: wall-clock
    times keep it until the scan has decided each source's zone. A parser that sees
    an exact offset (a local time next to an absolute one) reports it with
    :meth:`place`, which also gives the instant that offset.

    ``bank_csv_mapping`` is a column mapping the user confirmed for generic bank
    CSVs (field -> header name, see ``bank_csv.guess_mapping``); None lets the
    parser guess.
    """

    assumed_tz: tzinfo = field(default=UTC)
    bank_csv_mapping: Mapping[str, str] | None = None
    clues: ZoneClues = field(default_factory=ZoneClues, compare=False)

    @classmethod
    def from_setting(cls, zone: str) -> ParseContext:
        if zone == "local":
            local = datetime.now().astimezone().tzinfo
            return cls(assumed_tz=local or UTC)
        return cls(assumed_tz=ZoneInfo(zone))

    def localize(self, naive: datetime) -> datetime:
        """Attach the assumed zone to a wall-clock time the export gave without one."""
        return naive.replace(tzinfo=self.assumed_tz)

    def place(self, instant: datetime, wall: datetime) -> datetime:
        """``instant`` with the offset the export's own wall-clock time ``wall`` shows."""
        return self.clues.place(instant, wall)


@runtime_checkable
class SourceModule(Protocol):
    FORMAT: str
    LABEL: str
    CATEGORY: str
    PATHS: tuple[str, ...]
    MULTI_FILE: bool

    def detect(self, file: InputFile) -> float: ...

    def parse(self, file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]: ...


def path_matches(path: str, pattern: str) -> bool:
    """Whether an archive path matches a pattern, at the root or below any folder.

    Matching is case-insensitive; ``*`` may cross folders. ``tweets.js`` matches
    ``tweets.js`` and ``data/tweets.js`` but not ``retweets.js``.
    """
    lowered = path.lower()
    pattern = pattern.lower()
    return fnmatch.fnmatchcase(lowered, pattern) or fnmatch.fnmatchcase(lowered, "*/" + pattern)


def problem(
    file: InputFile,
    locator: str,
    message: str | Phrase,
    code: ProblemCode = ProblemCode.MALFORMED,
    source: str | None = None,
    **params: object,
) -> Problem:
    """A problem in ``file``: ``message`` is a code of footprint.phrasebook (filled
    with ``params``) or a message made beforehand."""
    detail = message if isinstance(message, Phrase) else phrase(message, **params)
    return Problem(path=file.display, locator=locator, detail=detail, code=code, source=source)


_AMOUNT_CLEAN = re.compile(r"[^\d,.\-+]")


def parse_amount(raw: str) -> Decimal | None:
    """A money amount written with either decimal convention: ``1,234.56``,
    ``1.234,56``, ``-12,50``, ``+ $50.00``, ``¥28.16``. None when not a number."""
    text = _AMOUNT_CLEAN.sub("", raw.replace("\u2212", "-"))
    if not text or not any(ch.isdigit() for ch in text):
        return None
    sign = -1 if "-" in text else 1
    text = text.replace("-", "").replace("+", "")
    last_comma, last_dot = text.rfind(","), text.rfind(".")
    if last_comma > last_dot:
        # Comma is the decimal mark only when 1-2 digits follow it; else it groups.
        decimals = len(text) - last_comma - 1
        text = (
            text.replace(".", "").replace(",", ".") if decimals in (1, 2) else text.replace(",", "")
        )
    else:
        text = text.replace(",", "")
    try:
        return sign * Decimal(text)
    except InvalidOperation:
        return None


class _PrefixSkippingStream(io.RawIOBase):
    """A binary stream that starts after a prefix, for JSON behind ``window.X = ``."""

    def __init__(self, inner: IO[bytes], first: bytes) -> None:
        self._inner = inner
        self._pending = first

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._pending:
            size = min(len(buffer), len(self._pending))
            buffer[:size] = self._pending[:size]
            self._pending = self._pending[size:]
            return size
        data = self._inner.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._inner.close()
        super().close()


def open_after_assignment(file: InputFile, limit: int = 4096) -> IO[bytes] | None:
    """The file's bytes after the first ``=`` (X archives: ``window.YTD.tweets.part0 = [``).

    None when no ``=`` appears in the first ``limit`` bytes.
    """
    stream = file.open_json()
    head = stream.read(limit)
    index = head.find(b"=")
    if index < 0:
        stream.close()
        return None
    return io.BufferedReader(_PrefixSkippingStream(stream, head[index + 1 :]))
