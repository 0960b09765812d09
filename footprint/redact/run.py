"""``footprint redact``: redacted copies in the inputs' own formats and layout, then a leak check.

Outputs mirror the inputs: a zip in gives a zip out, a folder gives a folder, a
file gives a file; names that contain personal information are redacted too.
Media files are not copied. Inputs are opened read-only and an output folder
inside an input is refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tarfile
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from footprint import __version__
from footprint.config import Settings
from footprint.errors import FootprintError
from footprint.i18n import text
from footprint.loading import Container, InputFile, InputSpec, MemoryInput, load_inputs
from footprint.memory import release_unused_memory
from footprint.model import Contact, LocationPoint, Message, Payment, ProfileFact, Record
from footprint.pii.engine import Detector
from footprint.pii.names import collect_names
from footprint.redact.containers import (
    SNIFF_BYTES,
    plain_text_encoding,
    rewrite,
    rewrite_text_stream,
)
from footprint.redact.leakcheck import Leak, find_leaks, find_leaks_in_stream
from footprint.redact.locations import LABEL as COORDINATES
from footprint.redact.locations import may_continue, redact_coordinates
from footprint.redact.operators import Operator, Replacer
from footprint.redact.structure import format_words
from footprint.redact.values import NUMBER, Target, ValueMatcher
from footprint.scan import ProgressCallback, ScanResult, scan
from footprint.store import ColumnStore, field_values

MANIFEST_NAME = "manifest.json"
MANIFEST_VERSION = 1

# An archive entry this large (before redaction) is written with ZIP64 headers: redacted,
# it may pass the classic format's 2 GiB limit.
ZIP64_FROM = 256 * 1024 * 1024

# Not personal on their own, and rewriting them would break chat headers and dates.
DEFAULT_EXCLUDED_ENTITIES = frozenset({"DATE_TIME", "NRP", "ORGANIZATION"})

# Said wherever the result of the leak check is shown: it cannot vouch for more.
CHECK_LIMIT = text("leak_check_limit", "en")


@dataclass(frozen=True)
class OutputFile:
    path: str
    sha256: str
    kind: str


@dataclass
class RedactionResult:
    out_dir: Path
    outputs: list[OutputFile] = field(default_factory=list)
    omitted: list[dict[str, str]] = field(default_factory=list)
    replacements: Counter[str] = field(default_factory=Counter)
    leaks: list[Leak] = field(default_factory=list)
    targets: int = 0
    operator: str = ""

    @property
    def passed(self) -> bool:
        return not self.leaks

    def manifest(self) -> dict[str, Any]:
        return {
            "manifest_version": MANIFEST_VERSION,
            "footprint_version": __version__,
            "operator": self.operator,
            "values_redacted": self.targets,
            "outputs": [vars(output) for output in self.outputs],
            "omitted": self.omitted,
            "replacements": dict(sorted(self.replacements.items())),
            "leak_check": {
                "passed": self.passed,
                "leaks": [leak.to_json() for leak in self.leaks],
            },
            "leak_check_limit": CHECK_LIMIT,
        }


def _display(spec: InputSpec) -> str:
    return spec.name if isinstance(spec, MemoryInput) else os.fspath(spec)


def check_output_location(inputs: Sequence[InputSpec], out_dir: Path) -> None:
    """Refuse an output folder that is an input, lies inside one, or holds files already."""
    out = out_dir.resolve()
    for spec in inputs:
        if isinstance(spec, MemoryInput):
            continue
        source = Path(spec).resolve()
        if out == source or source in out.parents:
            raise FootprintError(
                f"--out {out_dir} is inside the input {spec}; choose another folder"
            )
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise FootprintError(f"--out {out_dir} exists and is not an empty folder")


def _structured_targets(records: Iterable[Record]) -> Iterable[Target]:
    """Values that are personal by the field they sit in, found without NLP."""
    for record in records:
        if isinstance(record, Message):
            for name in (record.actor, record.counterparty, record.conversation):
                if name and not name.isdigit():
                    yield Target("PERSON", name)
        elif isinstance(record, Contact):
            if record.name:
                yield Target("PERSON", record.name)
            if record.phone:
                yield Target("PHONE_NUMBER", record.phone)
            if record.email:
                yield Target("EMAIL_ADDRESS", record.email)
        elif isinstance(record, ProfileFact):
            kinds = {"email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "display_name": "PERSON",
                     "name": "PERSON", "username": "USERNAME"}  # fmt: skip
            if record.field in kinds:
                yield Target(kinds[record.field], record.value)
        elif isinstance(record, Payment):
            for account in (record.actor, record.counterparty_account):
                if account and "@" in account:
                    yield Target("EMAIL_ADDRESS", account)
            if record.counterparty:
                yield Target("PERSON", record.counterparty)


def collect_targets(
    result: ScanResult, entities: set[str] | None, dictionary: frozenset[str] = frozenset()
) -> list[Target]:
    def wanted(entity_type: str) -> bool:
        if entities is not None:
            return entity_type in entities
        return entity_type not in DEFAULT_EXCLUDED_ENTITIES

    targets = {
        Target(entity, value)
        for entity, value in field_values(result.findings, "entity_type", "value")
        if wanted(entity)
    }
    records: Iterable[Record] = result.records
    if isinstance(records, ColumnStore):  # location fixes hold no personal field
        records = records.iter_except(LocationPoint)
    targets.update(t for t in _structured_targets(records) if wanted(t.entity_type))
    targets.update(_account_parts(targets))
    if wanted("PERSON"):
        targets.update(_name_targets(result, dictionary))
    return sorted(targets, key=lambda t: (t.entity_type, t.value))


_MIN_ACCOUNT_DIGITS = 6


def _account_parts(targets: Iterable[Target]) -> list[Target]:
    """Each number of a sort code and account found as one (``20-45-77 acc 41739260``):
    either may also be written alone elsewhere, and is replaced there too."""
    parts: list[Target] = []
    for target in targets:
        if target.entity_type != "BANK_ACCOUNT":
            continue
        runs = NUMBER.findall(target.value)  # each half of a sort code and account
        if len(runs) > 1:
            parts.extend(
                Target("BANK_ACCOUNT", run.strip())
                for run in runs
                if sum(ch.isdigit() for ch in run) >= _MIN_ACCOUNT_DIGITS
            )
    return parts


def _name_targets(result: ScanResult, dictionary: frozenset[str]) -> Iterable[Target]:
    """The forms of every name the exports know: given names, nicknames, 小明 for 王小明.

    Forms that are also common words ("will", "may") are left out: replacing every
    such word would wreck the text, and the detector already finds them capitalised.
    """
    records: Iterable[Record] = result.records
    if isinstance(records, ColumnStore):
        records = records.iter_except(LocationPoint)
    book = collect_names(records, dictionary)
    for form in book.forms:
        if form not in book.cased:
            yield Target("PERSON", form)


class _Redactor:
    def __init__(self, matcher: ValueMatcher, replacer: Replacer, result: RedactionResult) -> None:
        self.matcher = matcher
        self.replacer = replacer
        self.result = result

    def _replacement(self, target: Target) -> str:
        replacement = self.replacer(target.entity_type, target.value)
        # A handle stays a handle (@name), so formats that expect one still parse.
        if target.value.startswith("@") and not replacement.startswith("@"):
            return "@" + replacement
        return replacement

    def text(self, value: str) -> str:
        # Coordinates first, as a unit: a location share keeps its kind (see locations).
        value, pairs = redact_coordinates(value)
        if pairs:
            self.result.replacements[COORDINATES] += pairs
        replaced, hits = self.matcher.replace(value, self._replacement)
        self.result.replacements.update(hit.target.entity_type for hit in hits)
        return replaced

    def path(self, relative: str) -> str:
        """A path with every segment redacted (names of chats often hold a person's name)."""
        return "/".join(self.text(part) for part in relative.split("/"))

    def safe_end(self, text: str, start: int) -> int:
        """Where ``text`` may be cut so that :meth:`text` on the pieces gives what it gives
        on the whole: after the last line break at or after ``start`` that no value and
        no coordinate pair can span; 0 when there is none."""
        if self.matcher.spans_lines:
            return 0
        position = len(text)
        while (newline := text.rfind("\n", start, position)) >= 0:
            before = newline - 1 if newline < 1 or text[newline - 1] != "\r" else newline - 2
            if before >= 0 and not may_continue(text[before]):
                return newline + 1
            position = newline
        return 0


def _copy(data: bytes | IO[bytes], out: IO[bytes]) -> None:
    if isinstance(data, bytes):
        out.write(data)
    else:
        shutil.copyfileobj(data, out)


def _write(path: Path, data: bytes | IO[bytes]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("xb") as stream:  # never overwrite anything
        _copy(data, stream)


# Plain text is redacted into this much memory at most, then into an unnamed file.
SPOOL_BYTES = 8 * 1024 * 1024


def _rewrite_text_file(
    file: InputFile, encoding: str, redactor: _Redactor, spool_dir: Path
) -> tuple[IO[bytes], str]:
    """A plain-text file redacted a block of lines at a time (a chat of a million lines
    is never held whole); the redacted bytes, rewound, and their SHA-256."""
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, dir=str(spool_dir))  # noqa: SIM115
    digest = hashlib.sha256()

    def sink(data: bytes) -> None:
        digest.update(data)
        spool.write(data)

    try:
        with file.open() as source:
            rewrite_text_stream(source, encoding, redactor.text, sink, redactor.safe_end)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return spool, digest.hexdigest()


def _relative_to_input(display: str, input_display: str) -> str:
    parent = os.path.dirname(input_display.rstrip("/")) or "."
    relative = os.path.relpath(display, parent) if not display.startswith("(") else display
    return PurePosixPath(*Path(relative).parts).as_posix()


def _redacted_file(
    file: InputFile, redactor: _Redactor, spool_dir: Path
) -> tuple[bytes | IO[bytes], str, str, str] | str:
    """One file redacted: its bytes (or a stream of them), their SHA-256, kind and new
    suffix; or why it is left out. Plain text is streamed, other kinds read whole."""
    try:
        encoding = plain_text_encoding(file.name, file.head(SNIFF_BYTES), file.size)
        if encoding is not None:
            stream, digest = _rewrite_text_file(file, encoding, redactor, spool_dir)
            return stream, digest, "text", ""
        data = file.read_bytes()
    except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError) as exc:
        return f"unreadable: {exc}"
    outcome = rewrite(file.name, data, redactor.text)
    if outcome.data is None:
        return outcome.note
    return outcome.data, _sha256(outcome.data), outcome.kind, outcome.suffix


def _redact_container(
    container: Container, input_display: str, redactor: _Redactor, out_dir: Path
) -> None:
    """Each file of ``container`` redacted and written before the next is read."""
    result = redactor.result
    archive_display = container.display
    is_archive = any(f.display.startswith(f"{archive_display}!/") for f in container.files.values())
    with ExitStack() as stack:
        archive: zipfile.ZipFile | None = None
        if is_archive:
            target = out_dir / redactor.path(_relative_to_input(archive_display, input_display))
            if target.suffix.lower() != ".zip":
                target = target.with_name(target.name.split(".")[0] + ".zip")
            target.parent.mkdir(parents=True, exist_ok=True)
            archive = stack.enter_context(zipfile.ZipFile(target, "x", zipfile.ZIP_DEFLATED))
        for file in container.files.values():
            redacted = _redacted_file(file, redactor, out_dir)
            if isinstance(redacted, str):
                relative = _relative_to_input(file.display, input_display)
                result.omitted.append({"path": redactor.path(relative), "reason": redacted})
                continue
            data, digest, kind, suffix = redacted
            with contextlib.nullcontext() if isinstance(data, bytes) else data:
                if archive is not None:
                    name = _with_suffix(redactor.path(file.path), suffix)
                    with archive.open(name, "w", force_zip64=file.size > ZIP64_FROM) as entry:
                        _copy(data, entry)
                    where = f"{target.relative_to(out_dir).as_posix()}!/{name}"
                    result.outputs.append(OutputFile(where, digest, kind))
                    continue
                relative = _with_suffix(
                    redactor.path(_relative_to_input(file.display, input_display)), suffix
                )
                _write(out_dir / relative, data)
                result.outputs.append(OutputFile(relative, digest, kind))


def _with_suffix(name: str, suffix: str) -> str:
    """``name`` with its extension replaced by ``suffix`` (unchanged when empty)."""
    if not suffix:
        return name
    stem, dot, _ = name.rpartition(".")
    return f"{stem}{suffix}" if dot else f"{name}{suffix}"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _leak_check(out_dir: Path, matcher: ValueMatcher, result: RedactionResult) -> None:
    for path in sorted(p for p in out_dir.rglob("*") if p.is_file()):
        relative = path.relative_to(out_dir).as_posix()
        if relative == MANIFEST_NAME:
            continue
        result.leaks.extend(_leaks_in_name(relative, matcher))
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    where = f"{relative}!/{info.filename}"
                    result.leaks.extend(_leaks_in_name(info.filename, matcher, where))
                    with archive.open(info) as stream:
                        found = find_leaks_in_stream(info.filename, stream, info.file_size, matcher)
                    result.leaks.extend(_placed(where, found))
        else:
            with path.open("rb") as stream:
                found = find_leaks_in_stream(path.name, stream, path.stat().st_size, matcher)
            result.leaks.extend(_placed(relative, found))


def _leaks_in_name(name: str, matcher: ValueMatcher, where: str | None = None) -> list[Leak]:
    return [
        Leak(where or name, hit.target.entity_type, "file name", hit.start)
        for hit in matcher.find(name)
    ]


def _placed(where: str, leaks: Iterable[Leak]) -> list[Leak]:
    return [Leak(where, leak.entity_type, leak.form, leak.offset) for leak in leaks]


def find_leaks_named(where: str, name: str, data: bytes, matcher: ValueMatcher) -> list[Leak]:
    return _placed(where, find_leaks(name, data, matcher))


def redact(
    inputs: Sequence[InputSpec],
    out_dir: Path,
    settings: Settings,
    detector: Detector | None,
    *,
    entities: set[str] | None = None,
    operator: Operator = Operator.PSEUDONYM,
    key: bytes,
    progress: ProgressCallback | None = None,
) -> RedactionResult:
    """Write redacted copies of ``inputs`` under ``out_dir`` and check them for leaks."""
    check_output_location(inputs, out_dir)
    # Only the values are needed: no inferences, and the records go before rewriting.
    scanned = scan(inputs, settings, detector, progress=progress, analyse=False)
    targets = collect_targets(scanned, entities, detector.dictionary if detector else frozenset())
    del scanned
    release_unused_memory()
    # The formats' own words stay, so every copy parses to as many records (see structure).
    matcher = ValueMatcher(targets, keep=format_words())
    result = RedactionResult(out_dir=out_dir, targets=len(targets), operator=operator.value)
    redactor = _Redactor(matcher, Replacer(operator, key), result)
    out_dir.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        for spec in inputs:
            loaded = load_inputs([spec], settings.limits, stack)
            for problem in loaded.problems:
                relative = _relative_to_input(problem.path, _display(spec))
                result.omitted.append({"path": redactor.path(relative), "reason": problem.message})
            for container in loaded.containers:
                _redact_container(container, _display(spec), redactor, out_dir)
    _leak_check(out_dir, matcher, result)
    manifest = out_dir / MANIFEST_NAME
    manifest.write_text(json.dumps(result.manifest(), indent=2, ensure_ascii=False) + "\n", "utf-8")
    return result
