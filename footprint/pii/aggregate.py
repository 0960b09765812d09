"""Findings counted the way people think: "which of my identifiers, where, how often".

A structured field repeats its value on every record: a chat's sender on each of a
million messages, the partner's name in the file name of every line. Reported per
record that is millions of identical findings and a chart that says nothing. Here a
value found by a structured field becomes ONE finding per value, field and file, with
its number of occurrences, its first and last time and a small sample of locators.

Free-text findings pass through unchanged: each keeps its own locator and offsets,
which the dashboard needs to mask a span inside a message.

Nothing downstream relies on the sample to find occurrences again: redaction matches
every distinct value in every file (see :mod:`footprint.redact.values`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from footprint.pii.findings import Finding

SAMPLE_LOCATORS = 5  # locators kept per aggregated finding
FREE_TEXT_FIELD = "text"


@dataclass(slots=True)
class _Tally:
    first: Finding
    occurrences: int = 0
    score: float = 0.0
    earliest: datetime | None = None
    latest: datetime | None = None
    locators: list[str] = field(default_factory=list)

    def add(self, finding: Finding) -> None:
        self.occurrences += finding.occurrences
        self.score = max(self.score, finding.score)
        self.earliest = _earlier(self.earliest, finding.timestamp)
        self.latest = _later(self.latest, finding.last_seen)
        for locator in finding.locators or (finding.locator,):
            if len(self.locators) >= SAMPLE_LOCATORS:
                break
            if locator not in self.locators:
                self.locators.append(locator)

    def finding(self) -> Finding:
        return dataclasses.replace(
            self.first,
            score=self.score,
            timestamp=self.earliest,
            last_timestamp=self.latest,
            occurrences=self.occurrences,
            locators=tuple(self.locators),
            locator=self.locators[0] if self.locators else self.first.locator,
        )


def _comparable(a: datetime, b: datetime) -> bool:
    return (a.tzinfo is None) == (b.tzinfo is None)


def _earlier(current: datetime | None, new: datetime | None) -> datetime | None:
    if new is None:
        return current
    if current is None or not _comparable(current, new):
        return current or new
    return new if new < current else current


def _later(current: datetime | None, new: datetime | None) -> datetime | None:
    if new is None:
        return current
    if current is None or not _comparable(current, new):
        return current or new
    return new if new > current else current


def is_structured(finding: Finding) -> bool:
    """Found by the field it sits in (a sender, a contact's phone), not in free text."""
    return finding.field != FREE_TEXT_FIELD


def aggregate_findings(findings: Iterable[Finding]) -> Iterator[Finding]:
    """Free-text findings as they come; then one finding per (entity type, value, field,
    file) for the structured ones, in order of their first occurrence.

    Memory grows with the number of distinct structured values, not with records.
    """
    tallies: dict[tuple[str, str, str, str], _Tally] = {}
    for finding in findings:
        if not is_structured(finding):
            yield finding
            continue
        key = (finding.entity_type, finding.value, finding.field, finding.path)
        tally = tallies.get(key)
        if tally is None:
            tally = tallies[key] = _Tally(first=finding)
        tally.add(finding)
    for tally in tallies.values():
        yield tally.finding()


@dataclass(frozen=True)
class TypeSummary:
    """One entity type: how many distinct values, and how often they occur in all."""

    entity_type: str
    values: int
    occurrences: int
    findings: int


def summarise_types(rows: Iterable[tuple[str, str, int]]) -> list[TypeSummary]:
    """Per entity type, from (entity type, value, occurrences) rows; most frequent first.

    Distinct values are counted case-insensitively and without surrounding spaces, the
    way a person would say "the same name".
    """
    values: dict[str, set[str]] = {}
    occurrences: dict[str, int] = {}
    findings: dict[str, int] = {}
    for entity, value, count in rows:
        values.setdefault(entity, set()).add(" ".join(str(value).split()).casefold())
        occurrences[entity] = occurrences.get(entity, 0) + int(count or 1)
        findings[entity] = findings.get(entity, 0) + 1
    summaries = [
        TypeSummary(entity, len(values[entity]), occurrences[entity], findings[entity])
        for entity in values
    ]
    return sorted(summaries, key=lambda s: (-s.occurrences, -s.values, s.entity_type))
