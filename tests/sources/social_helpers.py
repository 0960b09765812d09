"""Shared by the social-importer tests: classify and parse a folder without a full scan."""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from footprint.config import Limits
from footprint.loading import MemoryInput, load_inputs
from footprint.model import Problem, Record
from footprint.sources.base import ParseContext
from footprint.sources.registry import classify

CTX = ParseContext()  # UTC
R = TypeVar("R", bound=Record)


@dataclass
class Parsed:
    """What a folder or file gave: records, problems, and each file's format (None: not parsed)."""

    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    formats: dict[str, str | None] = field(default_factory=dict)

    def of(self, kind: type[R]) -> list[R]:
        return [record for record in self.records if isinstance(record, kind)]

    def at(self, name: str) -> list[Record]:
        """Records of the file whose path ends with ``name``."""
        return [record for record in self.records if record.path.endswith(name)]


def parse_inputs(*inputs: Path | MemoryInput, ctx: ParseContext = CTX) -> Parsed:
    parsed = Parsed()
    with ExitStack() as stack:
        loaded = load_inputs(list(inputs), Limits(), stack)
        parsed.problems.extend(loaded.problems)
        for file in loaded.files:
            detection = classify(file)
            parsed.formats[file.path] = detection.format
            if detection.source is None:
                continue
            for item in detection.source.parse(file, ctx):
                if isinstance(item, Problem):
                    parsed.problems.append(item)
                else:
                    parsed.records.append(item)
    return parsed


def write(root: Path, relative: str, text: str | bytes) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
