"""Redaction for the dashboard: a preview on loaded records, and a zip built in memory.

:func:`redacted_zip` writes the redacted copies into a temporary folder only
because :func:`footprint.redact.run.redact` writes to a folder; the folder is
zipped into memory and deleted before the function returns.
"""

from __future__ import annotations

import dataclasses
import io
import tempfile
import zipfile
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pandas as pd

from footprint.config import Settings
from footprint.loading import InputSpec
from footprint.model import Record
from footprint.pii.engine import Detector
from footprint.pii.findings import Finding
from footprint.redact.operators import Operator, Replacer
from footprint.redact.run import DEFAULT_EXCLUDED_ENTITIES, collect_targets, redact
from footprint.redact.structure import format_words
from footprint.redact.values import ValueMatcher
from footprint.scan import ScanResult
from footprint.store import ColumnStore
from footprint.views import shown

__all__ = ["DEFAULT_EXCLUDED_ENTITIES", "RedactedZip", "preview", "redacted_zip"]

PREVIEW_ROWS = 15
PREVIEW_CHARS = 240
# Records the preview looks through at most: it shows a sample, the download does all.
PREVIEW_SCAN = 5000


@dataclass(frozen=True)
class RedactedZip:
    data: bytes
    files: int
    passed: bool
    leaks: int


def preview(
    result: ScanResult,
    entities: Collection[str],
    operator: Operator,
    key: bytes,
    reveal: bool,
    rows: int = PREVIEW_ROWS,
) -> pd.DataFrame:
    """The first records whose text changes, before (masked unless revealed) and after.

    Only the first :data:`PREVIEW_SCAN` records with text and the values found in them
    are looked at, so the preview stays quick on a million records.
    """
    columns = ["record", "before", "after"]
    if not entities:
        return pd.DataFrame(columns=columns)
    sample = [record for record in islice((r for r in result.records if r.text), PREVIEW_SCAN)]
    part = dataclasses.replace(result, records=sample, findings=_sample_findings(result, sample))
    matcher = ValueMatcher(collect_targets(part, set(entities)), keep=format_words())
    if matcher.empty:
        return pd.DataFrame(columns=columns)
    replacer = Replacer(operator, key)
    found: list[tuple[str, str, str]] = []
    for record in sample:
        text = record.text
        if not text:
            continue
        text = text[:PREVIEW_CHARS]
        after, hits = matcher.replace(
            text, lambda target: replacer(target.entity_type, target.value)
        )
        if hits:
            found.append((record.ref, shown(text, reveal), after))
            if len(found) >= rows:
                break
    return pd.DataFrame(found, columns=columns).astype("string")


def _sample_findings(result: ScanResult, sample: Sequence[Record]) -> Sequence[Finding]:
    """The findings in the sampled records, and every structured one (it stands for
    every record of its value). From a store, picked on the compact columns and only
    those rebuilt: rebuilding every finding took seconds on millions of them."""
    findings = result.findings
    if not isinstance(findings, ColumnStore):
        refs = {record.ref for record in sample}
        return [f for f in findings if f.field != "text" or f"{f.path}#{f.locator}" in refs]
    pairs = {(record.path, record.locator) for record in sample}
    return findings.take(findings.positions(pairs, unless=("field", "text")))


def _zip_folder(folder: Path) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    count = 0
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
                count += 1
    return buffer.getvalue(), count


def redacted_zip(
    inputs: Sequence[InputSpec],
    settings: Settings,
    detector: Detector | None,
    entities: Collection[str],
    operator: Operator,
    key: bytes,
) -> RedactedZip:
    """Redacted copies of ``inputs`` and their manifest as zip bytes; nothing stays on disk."""
    with tempfile.TemporaryDirectory(prefix="footprint-redact-") as folder:
        out = Path(folder) / "redacted"
        result = redact(
            inputs, out, settings, detector, entities=set(entities), operator=operator, key=key
        )
        data, count = _zip_folder(out)
    return RedactedZip(data=data, files=count, passed=result.passed, leaks=len(result.leaks))
