"""Safe, read-only access to the user's inputs: single files, folders, zip and tar archives.

Archives are read in place and never extracted to disk. Every archive is checked
against :class:`~footprint.config.Limits` before any entry is read; entries that
escape the archive, symlinks and archives inside archives are never opened. Every
refusal becomes a :class:`~footprint.model.Problem` naming the file.

Files are only ever opened for reading.
"""

from __future__ import annotations

import io
import itertools
import os
import re
import stat
import tarfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

import numpy as np

from footprint.config import Limits
from footprint.model import Problem, ProblemCode
from footprint.phrases import Phrase, phrase
from footprint.textio import (
    SAMPLE_BYTES,
    LineLimitedText,
    Utf8Reader,
    candidate_encodings,
    decode,
    json_encoding,
    open_text,
)

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".gz", ".7z", ".rar", ".bz2", ".xz")

# Entries this small may compress extremely well without being a bomb.
_RATIO_FLOOR_BYTES = 1024 * 1024
_ZIP_LOCAL_HEADER = 30


@dataclass(frozen=True)
class MemoryInput:
    """An input held in memory, such as a dashboard upload. Never written to disk."""

    name: str
    data: bytes


InputSpec = str | os.PathLike[str] | MemoryInput


MAX_JSON_DEPTH = 512
_JSON_SUFFIXES = (".json", ".js")


# ijson's C backend crashes the process on integers Python refuses to convert
# (over 4,300 digits); no real export writes numbers anywhere near this long.
MAX_JSON_NUMBER_DIGITS = 1000
_LONG_DIGIT_RUN = re.compile(rb"[0-9]{%d,}" % (MAX_JSON_NUMBER_DIGITS + 1))
_LEADING_DIGITS = re.compile(rb"[0-9]*")
# Digits -> "1", everything else -> "0": a long run is then a plain substring search,
# many times faster than the regex, which only confirms a hit.
_DIGIT_MARKS = bytes(0x31 if 0x30 <= code <= 0x39 else 0x30 for code in range(256))
_LONG_RUN_MARKS = b"1" * (MAX_JSON_NUMBER_DIGITS + 1)


class JsonNestingError(ValueError):
    """A JSON document nested deeper than :data:`MAX_JSON_DEPTH`, or with an absurd number."""

    def __init__(self, detail: Phrase) -> None:
        super().__init__(str(detail))
        self.detail = detail


class JsonBracketScanner:
    """Finds the brackets outside strings in successive chunks of one JSON text.

    Each chunk is handled with numpy, not byte by byte: quotes not escaped by an
    odd run of backslashes toggle "inside a string", brackets outside strings
    move the depth. String state carries across chunk boundaries.
    """

    def __init__(self) -> None:
        self._depth = 0
        self._in_string = False
        self._trailing_backslashes = 0

    def _unescaped_quotes(self, codes: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        quotes = np.flatnonzero(codes == 0x22)
        if not quotes.size:
            return quotes
        keep = np.ones(quotes.size, dtype=bool)
        # Only quotes right after a backslash need a closer look (rare in real files).
        for index in np.flatnonzero(
            codes[quotes - 1] == 0x5C
            if quotes[0] > 0
            else np.concatenate(([False], codes[quotes[1:] - 1] == 0x5C))
        ):
            position = int(quotes[index]) - 1
            run = 0
            while position >= 0 and codes[position] == 0x5C:
                run += 1
                position -= 1
            if position < 0:
                run += self._trailing_backslashes
            keep[index] = run % 2 == 0
        if quotes[0] == 0 and self._trailing_backslashes % 2 == 1:
            keep[0] = False
        return quotes[keep]

    def brackets(
        self, chunk: bytes
    ) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """Positions of the brackets outside strings in ``chunk``, the depth after each,
        and the positions of the unescaped quotes. Moves the depth, not the string state
        (call :meth:`advance` after)."""
        codes = np.frombuffer(chunk, dtype=np.uint8)
        quotes = self._unescaped_quotes(codes)
        brackets = np.flatnonzero(
            (codes == 0x5B) | (codes == 0x5D) | (codes == 0x7B) | (codes == 0x7D)
        )
        depths = brackets
        if brackets.size:
            quotes_before = np.searchsorted(quotes, brackets)
            outside = (quotes_before % 2 == 0) != self._in_string
            brackets = brackets[outside]
            kinds = codes[brackets]
            steps = np.where((kinds == 0x5B) | (kinds == 0x7B), 1, -1)
            depths = np.cumsum(steps) + self._depth
            if depths.size:
                self._depth = int(depths[-1])
        return brackets, depths, quotes

    def advance(self, chunk: bytes, quotes: np.ndarray[Any, Any]) -> None:
        """Carry the string and backslash state past ``chunk``."""
        if quotes.size % 2 == 1:
            self._in_string = not self._in_string
        stripped = chunk.rstrip(b"\\")
        run = len(chunk) - len(stripped)
        self._trailing_backslashes = run + self._trailing_backslashes if not stripped else run


class JsonDepthGuard(JsonBracketScanner, io.RawIOBase):
    """Passes bytes through while tracking JSON nesting; raises past the limit."""

    def __init__(self, inner: IO[bytes], max_depth: int = MAX_JSON_DEPTH) -> None:
        JsonBracketScanner.__init__(self)
        io.RawIOBase.__init__(self)
        self._inner = inner
        self._max_depth = max_depth
        self._trailing_digits = 0  # digits ending the last chunk, outside strings
        # Set by a reader that splits the JSON itself (see take_brackets).
        self.keep_brackets = False
        self._kept: list[tuple[int, np.ndarray[Any, Any], np.ndarray[Any, Any]]] = []
        self._passed = 0  # bytes passed so far

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._inner.read(len(buffer))
        if data:
            self._scan(data)
        buffer[: len(data)] = data
        return len(data)

    def _scan(self, chunk: bytes) -> None:
        positions, depths, quotes = self.brackets(chunk)
        if depths.size and int(depths.max()) > self._max_depth:
            raise JsonNestingError(phrase("json_too_deep", limit=self._max_depth))
        self._check_numbers(chunk, quotes)
        self.advance(chunk, quotes)
        if self.keep_brackets:
            self._kept.append((self._passed, positions, depths))
        self._passed += len(chunk)

    def take_brackets(self) -> list[tuple[int, np.ndarray[Any, Any], np.ndarray[Any, Any]]]:
        """For each chunk passed since the last call: its offset in the stream, the
        positions of its brackets outside strings and the depth after each."""
        kept, self._kept = self._kept, []
        return kept

    def _outside_string(self, quotes: np.ndarray[Any, Any], position: int) -> bool:
        return bool((int(np.searchsorted(quotes, position)) % 2 == 0) != self._in_string)

    def _check_numbers(self, chunk: bytes, quotes: np.ndarray[Any, Any]) -> None:
        too_long = phrase("json_number_too_long", limit=MAX_JSON_NUMBER_DIGITS)
        leading = _LEADING_DIGITS.match(chunk)
        lead = leading.end() if leading else 0
        carried = self._trailing_digits + lead if lead or self._trailing_digits else 0
        if carried > MAX_JSON_NUMBER_DIGITS and self._outside_string(quotes, 0):
            raise JsonNestingError(too_long)
        if _LONG_RUN_MARKS in chunk.translate(_DIGIT_MARKS):
            for match in _LONG_DIGIT_RUN.finditer(chunk):
                if self._outside_string(quotes, match.start()):
                    raise JsonNestingError(too_long)
        trailing = len(chunk) - len(chunk.rstrip(b"0123456789"))
        if trailing == len(chunk):
            self._trailing_digits = carried
        elif trailing and self._outside_string(quotes, len(chunk) - 1):
            self._trailing_digits = trailing
        else:
            self._trailing_digits = 0

    def close(self) -> None:
        self._inner.close()
        super().close()


class _CountingReader(io.RawIOBase):
    """Passes bytes through and tells ``report`` how far into the file reading got.

    Seeks go to the inner stream (zip-based formats such as XLSX jump around);
    progress is the furthest position reached.
    """

    def __init__(self, inner: IO[bytes], report: Callable[[int], None]) -> None:
        self._inner = inner
        self._report = report
        self._position = 0
        self._furthest = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return bool(self._inner.seekable())

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self._position = self._inner.seek(offset, whence)
        return self._position

    def tell(self) -> int:
        return self._position

    def readinto(self, buffer: Any) -> int:
        data = self._inner.read(len(buffer))
        buffer[: len(data)] = data
        self._position += len(data)
        if self._position > self._furthest:
            self._furthest = self._position
            self._report(self._furthest)
        return len(data)

    def close(self) -> None:
        self._inner.close()
        super().close()


@dataclass(eq=False)
class InputFile:
    """One readable file, on disk or inside an archive.

    ``path`` is the POSIX path relative to the input's root (for a single file,
    its name); ``display`` is what messages show: ``chats.zip!/data/tweets.js``.
    """

    path: str
    display: str
    size: int
    _opener: Callable[[], IO[bytes]] = field(repr=False)
    container: Container | None = field(default=None, repr=False)
    _head: bytes | None = field(default=None, repr=False)
    _text_streams: list[LineLimitedText] = field(default_factory=list, repr=False)
    _encodings: dict[tuple[str, ...], list[str]] = field(default_factory=dict, repr=False)
    # The codec detection settled on (set by the registry), and one tried for a while.
    chosen_encoding: str | None = field(default=None, repr=False)
    _trying: str | None = field(default=None, repr=False)
    # Called with the bytes read so far by each stream opened from now on (progress).
    on_read: Callable[[int], None] | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return PurePosixPath(self.path).name

    def _raw(self) -> IO[bytes]:
        stream = self._opener()
        if self.on_read is not None:
            stream = io.BufferedReader(_CountingReader(stream, self.on_read), 64 * 1024)
        return stream

    def open(self) -> IO[bytes]:
        """A fresh binary stream over the file's content.

        JSON files come through a guard that stops at absurd nesting depth: the
        streaming parser's cost grows with the square of the depth.
        """
        stream = self._raw()
        if self.name.lower().endswith(_JSON_SUFFIXES):
            return io.BufferedReader(JsonDepthGuard(stream), buffer_size=64 * 1024)
        return stream

    def open_json(self) -> IO[bytes]:
        """The file as JSON parsers want it: UTF-8 bytes with no byte-order mark.

        The one way every JSON source reads its files. A UTF-8 mark (a file saved
        by a Windows editor) is skipped; UTF-16 or UTF-32 is re-encoded as it
        streams. The nesting guard of :meth:`open` applies whatever the name.
        """
        encoding = json_encoding(self.head(4))
        stream = self._raw()
        if encoding == "utf-8-sig":
            stream.read(3)
        elif encoding is not None:
            stream = io.BufferedReader(Utf8Reader(stream, encoding), 64 * 1024)
        return io.BufferedReader(JsonDepthGuard(stream), buffer_size=64 * 1024)

    def json_head(self, size: int = 8192) -> bytes:
        """The first ``size`` bytes of :meth:`open_json`'s stream (UTF-8, no mark)."""
        head = self.head()
        encoding = json_encoding(head[:4])
        if encoding is None:
            return head[:size]
        if encoding == "utf-8-sig":
            return head[3 : size + 3]
        text = head.decode(encoding, errors="ignore").removeprefix("\ufeff")
        return text.encode("utf-8")[:size]

    def head(self, size: int = SAMPLE_BYTES) -> bytes:
        """The first ``size`` bytes (cached for sniffing and encoding detection).

        Read past the JSON nesting guard: sniffing a head costs nothing, parsing does.
        """
        if self._head is None or (len(self._head) < size and len(self._head) == SAMPLE_BYTES):
            with self._raw() as stream:
                self._head = stream.read(max(size, SAMPLE_BYTES))
        return self._head[:size]

    def encodings(self, preferred: Sequence[str] = ()) -> list[str]:
        """The codecs that may decode this file, best first (see
        :func:`~footprint.textio.candidate_encodings`), decided on the whole file
        or its first :data:`~footprint.textio.SAMPLE_BYTES`, data rows included.

        ``preferred``: the encodings the caller's format is known to use.
        """
        key = tuple(preferred)
        if key not in self._encodings:
            sample = self.head()
            self._encodings[key] = candidate_encodings(
                sample, complete=len(sample) < SAMPLE_BYTES, preferred=key
            )
        return self._encodings[key]

    def distinct_encodings(self, preferred: Sequence[str] = ()) -> list[str]:
        """:meth:`encodings` without those that read the head exactly as an earlier
        one does (for ASCII text every codec agrees: there is nothing to retry)."""
        key = ("distinct", *preferred)
        if key not in self._encodings:
            sample = self.head(65536)
            seen: set[str] = set()
            kept = []
            for name in self.encodings(preferred):
                text = sample.decode(name, errors="replace")
                if text not in seen:
                    seen.add(text)
                    kept.append(name)
            self._encodings[key] = kept
        return self._encodings[key]

    @contextmanager
    def decoded_as(self, encoding: str) -> Iterator[None]:
        """Decode the file with ``encoding`` inside the block (to check a candidate)."""
        previous, self._trying = self._trying, encoding
        try:
            yield
        finally:
            self._trying = previous

    @property
    def encoding(self) -> str:
        """The codec the file is decoded with unless a caller chooses another: the
        one being tried, else the one detection chose, else the best candidate."""
        return self._trying or self.chosen_encoding or self.encodings()[0]

    def head_text(self, size: int = 8192, encoding: str | None = None) -> str:
        """The first ``size`` bytes decoded with ``encoding``, else the file's
        detected :attr:`encoding` (decided on far more than ``size`` bytes)."""
        text, _ = decode(self.head(size), encoding or self.encoding)
        return text

    def open_text(self, encoding: str | None = None) -> io.TextIOWrapper:
        """A text stream in ``encoding``, else the detected one; undecodable bytes
        become U+FFFD and over-long lines are cut (see :meth:`cut_lines`)."""
        stream, _ = open_text(self.open(), self.head(), encoding or self.encoding)
        self._text_streams.append(stream)
        return stream

    def cut_lines(self) -> list[int]:
        """Numbers of the lines cut for being over-long, in any text stream opened so far."""
        return sorted({n for stream in self._text_streams for n in stream.cut_lines})

    def read_bytes(self) -> bytes:
        with self.open() as stream:
            return stream.read()

    def read_text(self, encoding: str | None = None) -> tuple[str, str]:
        """The whole file as text, and the encoding used. For small files only."""
        return decode(self.read_bytes(), encoding or self.encoding)

    def sibling(self, relative: str) -> InputFile | None:
        """Another file of the same input, by a path relative to this file's folder."""
        if self.container is None:
            return None
        target = PurePosixPath(self.path).parent / relative
        return self.container.get(str(target))


@dataclass(eq=False)
class Container:
    """The files of one input (an archive, a folder or a single file)."""

    display: str
    files: dict[str, InputFile] = field(default_factory=dict)

    def get(self, path: str) -> InputFile | None:
        return self.files.get(path.removeprefix("./"))

    def add(self, file: InputFile) -> None:
        file.container = self
        self.files[file.path] = file


@dataclass
class LoadedInputs:
    """Everything found in the inputs, plus the problems met while looking."""

    containers: list[Container] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def files(self) -> list[InputFile]:
        return [f for c in self.containers for f in c.files.values()]


def _refuse(display: str, message: Phrase, locator: str = "") -> Problem:
    return Problem(path=display, locator=locator, detail=message, code=ProblemCode.REFUSED)


def _unreadable(display: str, exc: OSError) -> Problem:
    return Problem(
        path=display, locator="", detail=phrase("os_error", error=exc), code=ProblemCode.UNREADABLE
    )


def _unsafe_member_name(name: str) -> Phrase | None:
    """Why an archive member name is unsafe, or None."""
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return phrase("absolute_path")
    parts = name.replace("\\", "/").split("/")
    if ".." in parts:
        return phrase("path_escapes_archive")
    return None


def is_archive_name(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


# Zip containers that are documents, not archives of an export: read as one file.
ZIP_DOCUMENT_SUFFIXES = (".xlsx", ".xlsm", ".docx", ".pptx", ".ods", ".odt", ".epub")


def _looks_like_zip(head: bytes, name: str) -> bool:
    if name.lower().endswith(ZIP_DOCUMENT_SUFFIXES):
        return False
    return head.startswith((b"PK\x03\x04", b"PK\x05\x06"))


def _looks_like_tar(path: Path) -> bool:
    try:
        return tarfile.is_tarfile(path)
    except OSError:
        return False


class _Loader:
    def __init__(self, limits: Limits, stack: ExitStack) -> None:
        self.limits = limits
        self.stack = stack
        self.result = LoadedInputs()

    # --- zip ---------------------------------------------------------------
    def load_zip(self, source: str | Path | IO[bytes], display: str) -> None:
        try:
            archive = self.stack.enter_context(zipfile.ZipFile(source))
            infos = archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            self.result.problems.append(
                Problem(
                    path=display,
                    locator="",
                    detail=phrase("not_readable_zip_archive", error=exc),
                    code=ProblemCode.UNREADABLE,
                )
            )
            return
        limits = self.limits
        if len(infos) > limits.max_entries:
            self.result.problems.append(
                _refuse(
                    display,
                    phrase("archive_entries_limit", count=len(infos), limit=limits.max_entries),
                )
            )
            return
        total = sum(info.file_size for info in infos)
        if total > limits.max_total_bytes:
            self.result.problems.append(
                _refuse(
                    display,
                    phrase(
                        "archive_declares_uncompressed_bytes_limit",
                        total=total,
                        limit=limits.max_total_bytes,
                    ),
                )
            )
            return
        overlap = _overlapping_entry(infos)
        if overlap:
            self.result.problems.append(
                _refuse(display, phrase("entries_overlap_inside_archive_possible", value=overlap))
            )
            return
        container = Container(display=display)
        for info in infos:
            if info.is_dir():
                continue
            name = info.filename
            where = f"{display}!/{name}"
            reason = _unsafe_member_name(name)
            mode = info.external_attr >> 16
            if reason is None and stat.S_ISLNK(mode):
                reason = phrase("symbolic_link")
            if reason is None and is_archive_name(name):
                reason = phrase("nested_archive")
            if (
                reason is None
                and info.file_size > _RATIO_FLOOR_BYTES
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)
            ):
                ratio = info.file_size / max(info.compress_size, 1)
                reason = phrase(
                    "compression_ratio_1_exceeds_limit", total=ratio, limit=limits.max_ratio
                )
            if reason is not None:
                self.result.problems.append(_refuse(where, phrase("entry_skipped", reason=reason)))
                continue
            container.add(
                InputFile(
                    path=name,
                    display=where,
                    size=info.file_size,
                    _opener=_zip_opener(archive, info),
                )
            )
        self.result.containers.append(container)

    # --- tar ---------------------------------------------------------------
    def load_tar(self, path: Path, display: str) -> None:
        try:
            archive = self.stack.enter_context(tarfile.open(path, mode="r:*"))  # noqa: SIM115
            members = []
            total = 0
            for member in archive:
                members.append(member)
                total += member.size
                if len(members) > self.limits.max_entries:
                    self.result.problems.append(
                        _refuse(
                            display,
                            phrase("archive_more_than_entries", limit=self.limits.max_entries),
                        )
                    )
                    return
                if total > self.limits.max_total_bytes:
                    self.result.problems.append(
                        _refuse(
                            display,
                            phrase(
                                "archive_holds_more_than_bytes", limit=self.limits.max_total_bytes
                            ),
                        )
                    )
                    return
        except (tarfile.TarError, OSError, EOFError) as exc:
            self.result.problems.append(
                Problem(
                    path=display,
                    locator="",
                    detail=phrase("not_readable_tar_archive", error=exc),
                    code=ProblemCode.UNREADABLE,
                )
            )
            return
        compressed = max(path.stat().st_size, 1)
        if total > _RATIO_FLOOR_BYTES and total > self.limits.max_ratio * compressed:
            self.result.problems.append(
                _refuse(
                    display,
                    phrase(
                        "compression_ratio_1_exceeds_limit",
                        total=total / compressed,
                        limit=self.limits.max_ratio,
                    ),
                )
            )
            return
        container = Container(display=display)
        for member in members:
            if member.isdir():
                continue
            where = f"{display}!/{member.name}"
            reason = _unsafe_member_name(member.name)
            if reason is None and (member.issym() or member.islnk()):
                reason = phrase("link")
            if reason is None and not member.isfile():
                reason = phrase("not_regular_file")
            if reason is None and is_archive_name(member.name):
                reason = phrase("nested_archive")
            if reason is not None:
                self.result.problems.append(_refuse(where, phrase("entry_skipped", reason=reason)))
                continue
            container.add(
                InputFile(
                    path=member.name.removeprefix("./"),
                    display=where,
                    size=member.size,
                    _opener=_tar_opener(archive, member),
                )
            )
        self.result.containers.append(container)

    # --- folders and files -------------------------------------------------
    def load_folder(self, root: Path, display: str) -> None:
        container = Container(display=display)
        total = 0
        count = 0
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            here = Path(dirpath)
            for dirname in list(dirnames):
                if (here / dirname).is_symlink():
                    dirnames.remove(dirname)
                    self.result.problems.append(
                        _refuse(str(here / dirname), phrase("symbolic_link_folder_not_followed"))
                    )
            dirnames.sort()
            for filename in sorted(filenames):
                full = here / filename
                relative = full.relative_to(root).as_posix()
                shown = f"{display.rstrip('/')}/{relative}"
                if full.is_symlink():
                    self.result.problems.append(
                        _refuse(shown, phrase("symbolic_link_not_followed"))
                    )
                    continue
                count += 1
                if count > self.limits.max_entries:
                    self.result.problems.append(
                        _refuse(
                            display, phrase("folder_more_than_files", limit=self.limits.max_entries)
                        )
                    )
                    return
                try:
                    size = full.stat().st_size
                except OSError as exc:
                    self.result.problems.append(_unreadable(shown, exc))
                    continue
                total += size
                if total > self.limits.max_total_bytes:
                    self.result.problems.append(
                        _refuse(
                            display,
                            phrase(
                                "folder_holds_more_than_bytes", limit=self.limits.max_total_bytes
                            ),
                        )
                    )
                    return
                if is_archive_name(filename):
                    # An archive lying in a folder is an input of its own, not nested.
                    self.load_path(full, shown)
                    continue
                container.add(
                    InputFile(path=relative, display=shown, size=size, _opener=_file_opener(full))
                )
        if container.files:
            self.result.containers.append(container)

    def load_path(self, path: Path, display: str) -> None:
        if path.is_symlink() and path.is_dir():
            path = path.resolve()  # a link the user named themselves is followed
        if not path.exists():
            self.result.problems.append(
                Problem(
                    path=display,
                    locator="",
                    detail=phrase("no_such_file_folder"),
                    code=ProblemCode.UNREADABLE,
                )
            )
            return
        if path.is_dir():
            self.load_folder(path, display)
            return
        try:
            with path.open("rb") as stream:
                head = stream.read(8)
            size = path.stat().st_size
        except OSError as exc:
            self.result.problems.append(_unreadable(display, exc))
            return
        if _looks_like_zip(head, path.name) or path.suffix.lower() == ".zip":
            self.load_zip(path, display)
        elif path.name.lower().endswith((".tar", ".tar.gz", ".tgz")) or (
            head.startswith(b"\x1f\x8b") and _looks_like_tar(path)
        ):
            self.load_tar(path, display)
        else:
            container = Container(display=str(path.parent))
            container.add(
                InputFile(path=path.name, display=display, size=size, _opener=_file_opener(path))
            )
            self.result.containers.append(container)

    def load_memory(self, item: MemoryInput) -> None:
        if _looks_like_zip(item.data[:8], item.name):
            self.load_zip(io.BytesIO(item.data), item.name)
            return
        data = item.data
        container = Container(display="(upload)")
        container.add(
            InputFile(
                path=PurePosixPath(item.name).name,
                display=item.name,
                size=len(data),
                _opener=lambda: io.BytesIO(data),
            )
        )
        self.result.containers.append(container)


def _overlapping_entry(infos: Sequence[zipfile.ZipInfo]) -> str | None:
    """The name of an entry whose data overlaps the next entry's header (CVE-2024-0450)."""
    ordered = sorted(infos, key=lambda info: info.header_offset)
    for current, following in itertools.pairwise(ordered):
        end = (
            current.header_offset
            + _ZIP_LOCAL_HEADER
            + len(current.orig_filename.encode("utf-8", "surrogateescape"))
            + current.compress_size
        )
        if following.header_offset < end:
            return following.filename
    return None


def _zip_opener(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], IO[bytes]]:
    return lambda: archive.open(info, "r")


def _tar_opener(archive: tarfile.TarFile, member: tarfile.TarInfo) -> Callable[[], IO[bytes]]:
    def opener() -> IO[bytes]:
        stream = archive.extractfile(member)
        if stream is None:
            raise OSError(f"{member.name}: not a regular file")
        return stream

    return opener


def _file_opener(path: Path) -> Callable[[], IO[bytes]]:
    return lambda: path.open("rb")


def load_inputs(inputs: Sequence[InputSpec], limits: Limits, stack: ExitStack) -> LoadedInputs:
    """Enumerate every file of ``inputs``. Archives stay open until ``stack`` closes."""
    loader = _Loader(limits, stack)
    for item in inputs:
        if isinstance(item, MemoryInput):
            loader.load_memory(item)
        else:
            loader.load_path(Path(item), os.fspath(item))
    return loader.result
