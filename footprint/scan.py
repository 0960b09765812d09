"""The scan pipeline: load inputs, detect formats, parse, find personal information.

``scan()`` is what the CLI and the dashboard both call. Its JSON form
(:meth:`ScanResult.to_json`) is a contract: later versions add keys, never rename.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TextIO

from footprint import __version__
from footprint.config import Settings
from footprint.loading import InputFile, InputSpec, JsonNestingError, load_inputs
from footprint.memory import keep_freed_memory, release_unused_memory
from footprint.model import Problem, ProblemCode, Record
from footprint.phrases import Phrase, Term, phrase
from footprint.sources.base import ParseContext
from footprint.sources.registry import Detection, classify, export_root
from footprint.store import ColumnBatch, ColumnStore, MixedBatch, field_values
from footprint.textio import MAX_LINE_CHARS
from footprint.timezones import (
    UNPLACED,
    SourceEvidence,
    ZoneClues,
    computer_zone,
    decide,
    gather,
    relocalise,
)

if TYPE_CHECKING:  # imported when used: `scan --no-pii` needs neither the detector nor spaCy
    from footprint.infer import Inference
    from footprint.pii.aggregate import TypeSummary
    from footprint.pii.engine import Detector
    from footprint.pii.findings import Finding
    from footprint.score import ScoreResult

SCHEMA_VERSION = 1
# Problems of one kind listed per file; the rest are counted in one closing problem, so a
# file with a million bad lines gives a readable list and a scan JSON of bounded size.
PROBLEMS_LISTED_PER_KIND = 100

# stage name, items done, items in total (None when unknown)
ProgressCallback = Callable[[str, int, int | None], None]


@dataclass
class SourceSummary:
    """One detected source: a format within one input (or one file of it)."""

    format: str
    label: str
    path: str
    files: list[str] = field(default_factory=list)
    confidence: float = 0.0
    records: int = 0
    problems: int = 0
    # The zone its local times are read in, why, and its segments (travel), see timezones.
    timezone: str | None = None
    timezone_reason: str | None = None  # in English; timezone_why in any language
    timezone_why: Phrase | None = None
    timezone_basis: str | None = None
    timezone_segments: list[dict[str, str | None]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "label": self.label,
            "path": self.path,
            "files": self.files,
            "confidence": round(self.confidence, 3),
            "records": self.records,
            "problems": self.problems,
            "timezone": self.timezone,
            "timezone_reason": self.timezone_reason,
            "timezone_segments": self.timezone_segments,
        }


@dataclass
class FileStatus:
    """What happened to one input file: parsed (by which format), ignored, unrecognised."""

    path: str
    status: str
    format: str | None
    reason: str


@dataclass
class ScanResult:
    sources: list[SourceSummary]
    records: Sequence[Record]  # a ColumnStore after scan(); any sequence works
    findings: Sequence[Finding]  # a ColumnStore after scan()
    problems: list[Problem]
    files: list[FileStatus]
    detector_mode: str
    detector_notice: Phrase | None
    inferences: list[Inference] = field(default_factory=list)
    scores: list[ScoreResult] = field(default_factory=list)  # simulations, see footprint.score

    def entity_counts(self) -> Counter[str]:
        if isinstance(self.findings, ColumnStore):  # read one column, build no finding
            return Counter(self.findings.values("entity_type"))
        return Counter(finding.entity_type for finding in self.findings)

    def type_summaries(self) -> list[TypeSummary]:
        """Per entity type: distinct values, occurrences and findings (one column pass)."""
        from footprint.pii.aggregate import summarise_types

        return summarise_types(field_values(self.findings, "entity_type", "value", "occurrences"))

    def _json_parts(self) -> Iterator[tuple[str, Any]]:
        """(key, value) of the JSON form; list values are iterables, read lazily."""
        yield "schema_version", SCHEMA_VERSION
        yield "footprint_version", __version__
        notice = str(self.detector_notice) if self.detector_notice else None
        yield "detector", {"mode": self.detector_mode, "notice": notice}
        yield "sources", (source.to_json() for source in self.sources)
        yield "files", (vars(status) for status in self.files)
        yield "findings", (finding.to_json() for finding in self.findings)
        yield "inferences", (inference.to_json() for inference in self.inferences)
        yield "scores", (result.to_json() for result in self.scores)
        yield "problems", (_problem_json(problem) for problem in self.problems)

    def to_json(self) -> dict[str, Any]:
        return {
            key: value if isinstance(value, int | str | dict) else list(value)
            for key, value in self._json_parts()
        }

    def write_json(self, stream: TextIO) -> None:
        """The same document as :meth:`to_json`, written item by item: memory stays flat
        whatever the number of findings (one compact line per list item)."""
        stream.write("{")
        for number, (key, value) in enumerate(self._json_parts()):
            stream.write(f"{',' if number else ''}\n  {json.dumps(key)}: ")
            if isinstance(value, int | str | dict):
                stream.write(json.dumps(value, ensure_ascii=False))
                continue
            stream.write("[")
            empty = True
            for item in value:
                stream.write("\n    " if empty else ",\n    ")
                stream.write(json.dumps(item, ensure_ascii=False, separators=(",", ":")))
                empty = False
            stream.write("]" if empty else "\n  ]")
        stream.write("\n}\n")


def _problem_json(problem: Problem) -> dict[str, Any]:
    return {
        "format": problem.source,
        "path": problem.path,
        "locator": problem.locator,
        "message": problem.message,
        "message_id": problem.message_id,
        "code": problem.code.value,
    }


def _source_key(detection: Detection) -> tuple[str, str]:
    assert detection.source is not None
    file = detection.file
    if detection.source.MULTI_FILE and file.container is not None:
        root = export_root(file, detection.source)
        display = file.container.display
        if root:
            separator = "!/" if file.display.startswith(f"{display}!/") else "/"
            display = f"{display.rstrip('/')}{separator}{root}"
        return detection.source.FORMAT, display
    return detection.source.FORMAT, file.display


def _throttled_progress(
    report: ProgressCallback, before: int, size: int, total: int
) -> Callable[[int], None]:
    """A byte counter for one file that reports at most every 1% of the whole input.

    A file read twice (two-pass parsers) counts once: progress never passes its size.
    """
    step = max(total // 100, 1)
    last = [before]

    def on_read(read: int) -> None:
        done = before + min(read, size)
        if done - last[0] >= step:
            last[0] = done
            report("parse", done, total)

    return on_read


class _FileProblems:
    """One file's problems: the first :data:`PROBLEMS_LISTED_PER_KIND` of each kind
    (message code) listed, the others counted; ``total`` counts all."""

    def __init__(self) -> None:
        self.listed: list[Problem] = []
        self.total = 0
        self._listed_per_kind: Counter[str] = Counter()
        self._unlisted: dict[str, tuple[Problem, int]] = {}  # code -> (first unlisted, count)

    def append(self, problem: Problem) -> None:
        self.total += 1
        kind = problem.message_id
        if self._listed_per_kind[kind] < PROBLEMS_LISTED_PER_KIND:
            self._listed_per_kind[kind] += 1
            self.listed.append(problem)
            return
        first, count = self._unlisted.get(kind, (problem, 0))
        self._unlisted[kind] = (first, count + 1)

    def closed(self) -> list[Problem]:
        """The listed problems, then one per kind with unlisted ones: how many more."""
        more = [
            replace(
                first,
                detail=phrase(
                    "more_like_this", count=count, first=first.locator, problem=first.detail
                ),
            )
            for first, count in self._unlisted.values()
        ]
        return self.listed + more


def _parse_file(
    detection: Detection, ctx: ParseContext, records: ColumnStore[Record]
) -> tuple[int, list[Problem], int]:
    """Parse one file into ``records``; the number of records it gave, its problems
    (see :class:`_FileProblems`) and how many problems it had in all."""
    assert detection.source is not None
    before = len(records)
    problems = _FileProblems()
    file: InputFile = detection.file
    # A parser that reads millions of rows may hand them over column-wise.
    parse = getattr(detection.source, "parse_columns", None) or detection.source.parse
    try:
        for item in parse(file, ctx):
            if isinstance(item, Problem):
                problems.append(item)
            elif isinstance(item, ColumnBatch | MixedBatch):
                records.append_columns(item)
            else:
                records.append(item)
    except JsonNestingError as exc:  # raised by the stream itself, under any parser
        problems.append(
            Problem(
                path=file.display,
                locator="",
                detail=exc.detail,
                code=ProblemCode.MALFORMED,
                source=detection.source.FORMAT,
            )
        )
    except Exception as exc:
        problems.append(
            Problem(
                path=file.display,
                locator="",
                detail=phrase("parser_failed", error_type=type(exc).__name__, error=exc),
                code=ProblemCode.UNREADABLE,
                source=detection.source.FORMAT,
            )
        )
    for line in file.cut_lines():
        problems.append(
            Problem(
                path=file.display,
                locator=f"line {line}",
                detail=phrase("line_longer_than_characters_cut", limit=MAX_LINE_CHARS),
                code=ProblemCode.MALFORMED,
                source=detection.source.FORMAT,
            )
        )
    return len(records) - before, problems.closed(), problems.total


def _place_times(
    records: ColumnStore[Record],
    summaries: list[tuple[tuple[str, str], SourceSummary]],
    clues: Mapping[tuple[str, str], ZoneClues],
    settings: Settings,
) -> None:
    """Decide each source's zone from the evidence, place its times in it, and note the
    decision (and why) on its summary."""
    path_source: dict[str, int] = {}
    for index, (_, summary) in enumerate(summaries):
        for path in summary.files:
            path_source.setdefault(path, index)
    evidence = [
        SourceEvidence(
            label=summary.label, format=summary.format, clues=clues.get(key) or ZoneClues()
        )
        for key, summary in summaries
    ]
    gather(records, path_source, evidence)

    def chosen(zone: str | None) -> str | None:
        return computer_zone() if zone == "local" else zone

    overall = None if settings.assumed_timezone == "auto" else settings.assumed_timezone
    per_source = settings.timezone_overrides
    forced = [
        chosen(
            per_source.get(summary.path)
            or next((per_source[f] for f in summary.files if f in per_source), None)
            or overall
        )
        for _, summary in summaries
    ]
    decisions = decide(
        evidence, records=[summary.records for _, summary in summaries], forced=forced
    )
    relocalise(records, path_source, decisions)
    for (_, summary), decision in zip(summaries, decisions, strict=True):
        summary.timezone = decision.zone
        summary.timezone_reason = decision.reason
        summary.timezone_why = decision.why
        summary.timezone_basis = decision.basis
        summary.timezone_segments = decision.to_json()


def scan(
    inputs: Sequence[InputSpec],
    settings: Settings,
    detector: Detector | None,
    *,
    overrides: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    bank_csv_mapping: Mapping[str, str] | None = None,
    analyse: bool = True,
) -> ScanResult:
    """Load, detect, parse and (when ``detector`` is given) find PII in ``inputs``;
    with ``analyse``, also draw the inferences and the simulated scores.

    ``overrides`` maps a file's display path to a format id, to correct a guess;
    ``bank_csv_mapping`` is a confirmed column mapping for generic bank CSVs.
    Bad input never raises: it becomes problems in the result.
    """
    overrides = overrides or {}
    keep_freed_memory()  # no page faults per chunk read
    # Wall-clock times stay unplaced until every source is read and its zone decided.
    ctx = ParseContext(assumed_tz=UNPLACED)
    clues: dict[tuple[str, str], ZoneClues] = {}
    if bank_csv_mapping:
        ctx = replace(ctx, bank_csv_mapping=dict(bank_csv_mapping))
    report = progress or (lambda stage, done, total: None)
    with ExitStack() as stack:
        loaded = load_inputs(inputs, settings.limits, stack)
        problems = list(loaded.problems)
        files = loaded.files
        statuses: list[FileStatus] = []
        summaries: dict[tuple[str, str], SourceSummary] = {}
        # Held column-wise: a lifetime of messages and location fixes stays small.
        records: ColumnStore[Record] = ColumnStore()
        # Progress of the parse stage is in bytes, so one 2 GB file moves the bar too.
        total_bytes = sum(file.size for file in files) or 1
        parsed_bytes = 0
        report("parse", 0, total_bytes)
        for file in files:
            detection = classify(file, overrides.get(file.display))
            statuses.append(
                FileStatus(file.display, detection.status, detection.format, detection.reason)
            )
            if detection.status == "unrecognised":
                problems.append(
                    Problem(
                        path=file.display,
                        locator="",
                        detail=phrase(
                            "not_recognised", reason=Term("reason", "", detection.reason)
                        ),
                        code=ProblemCode.UNRECOGNISED,
                    )
                )
            if detection.source is not None:
                key = _source_key(detection)
                summary = summaries.setdefault(
                    key,
                    SourceSummary(
                        format=detection.source.FORMAT,
                        label=detection.source.LABEL,
                        path=key[1],
                    ),
                )
                file.on_read = _throttled_progress(report, parsed_bytes, file.size, total_bytes)
                file_ctx = replace(ctx, clues=clues.setdefault(key, ZoneClues()))
                file_records, file_problems, problem_count = _parse_file(
                    detection, file_ctx, records
                )
                file.on_read = None
                summary.files.append(file.display)
                summary.confidence = max(summary.confidence, detection.confidence)
                summary.records += file_records
                summary.problems += problem_count
                problems.extend(file_problems)
            parsed_bytes += file.size
            report("parse", parsed_bytes, total_bytes)
    _place_times(records, list(summaries.items()), clues, settings)
    release_unused_memory()  # the parsers' temporaries, before detection
    findings: ColumnStore[Finding] = ColumnStore()
    if detector is not None:
        from footprint.pii.findings import find_pii

        report("detect", 0, len(records))
        findings.extend(
            find_pii(records, detector, lambda done: report("detect", done, len(records)))
        )
        report("detect", len(records), len(records))
        release_unused_memory()
    inferences: list[Inference] = []
    scores: list[ScoreResult] = []
    if analyse:
        import footprint.infer as inference
        import footprint.score as scoring

        report("infer", 0, 1)
        # A family or lens that fails becomes a problem naming it; the others deliver.
        try:
            inferences = inference.infer_all(records, problems=problems)
        except Exception as exc:  # the shared frame itself could not be built
            problems.append(inference.analysis_problem("inference", phrase("all_families"), exc))
        try:
            scores = scoring.score_all(inferences, records, problems=problems)
        except Exception as exc:
            problems.append(inference.analysis_problem("score", phrase("all_lenses"), exc))
        report("infer", 1, 1)
    return ScanResult(
        sources=list(summaries.values()),
        records=records,
        findings=findings,
        problems=problems,
        files=statuses,
        detector_mode=detector.mode if detector else "off",
        detector_notice=detector.notice if detector else None,
        inferences=inferences,
        scores=scores,
    )
