"""Load, classify and parse inputs without the later scan stages (PII, inferences).

Source tests check what a parser yields; they should not fail because a stage
that consumes records does.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field

from footprint.config import Limits
from footprint.loading import InputSpec, load_inputs
from footprint.model import Problem, Record
from footprint.sources.base import ParseContext
from footprint.sources.registry import Detection, classify, export_root


@dataclass
class Parsed:
    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[Detection] = field(default_factory=list)

    def formats(self) -> dict[str, str | None]:
        """Display path -> format of every file that was parsed."""
        return {d.file.display: d.format for d in self.files if d.status == "parsed"}

    def export_roots(self) -> set[tuple[str, str]]:
        """(format, export root) of every parsed file: one pair per multi-file source."""
        return {
            (d.source.FORMAT, export_root(d.file, d.source))
            for d in self.files
            if d.source is not None
        }


def parse_inputs(inputs: Sequence[InputSpec], zone: str = "UTC") -> Parsed:
    ctx = ParseContext.from_setting(zone)
    parsed = Parsed()
    with ExitStack() as stack:
        loaded = load_inputs(inputs, Limits(), stack)
        parsed.problems.extend(loaded.problems)
        for file in loaded.files:
            detection = classify(file)
            parsed.files.append(detection)
            if detection.source is None:
                continue
            for item in detection.source.parse(file, ctx):
                (parsed.problems if isinstance(item, Problem) else parsed.records).append(item)  # type: ignore[arg-type]
    return parsed
