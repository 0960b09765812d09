"""Findings: a piece of personal information, where it is, and how sure we are.

:func:`find_pii` reads structured fields straight from the records, learns the names
the exports already know, then analyses each distinct text once, in batches, on both
cores when there is enough work, with a bounded cache.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any

from footprint.memory import release_unused_memory
from footprint.model import LocationPoint, Record
from footprint.pii.conversation import LOOK, PendingHit, context_texts, lift
from footprint.pii.engine import Detector
from footprint.pii.names import NameBook, collect_names
from footprint.pii.spread import Row, Spreader
from footprint.pii.structured import structured_values
from footprint.store import ColumnStore, field_values

WINDOW = 4096  # records per step: bounds memory and paces progress reports
CHUNK = 512  # distinct texts per batch sent to a worker
PARALLEL_MIN_TEXTS = 3000  # below this, starting workers costs more than it saves
_CACHE_LIMIT = 50_000

Hit = tuple[str, int, int, float]  # entity type, start, end, score


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected value. ``field`` is the record field it was found in; ``start``
    and ``end`` are offsets inside that field's text.

    A value repeated by a structured field (every message's sender) is one finding per
    value, field and file (see :mod:`footprint.pii.aggregate`): ``occurrences`` counts
    its records, ``timestamp`` and ``last_timestamp`` are the first and last time, and
    ``locator`` / ``locators`` the first record and a sample of them. A free-text
    finding is one occurrence with its own locator.
    """

    entity_type: str
    value: str
    score: float
    format: str
    path: str
    locator: str
    timestamp: datetime | None
    field: str
    start: int
    end: int
    occurrences: int = 1
    last_timestamp: datetime | None = None
    locators: tuple[str, ...] | None = None  # a sample, for an aggregated finding

    @property
    def ref(self) -> str:
        """``path#locator`` of the (first) record, as records write it."""
        return f"{self.path}#{self.locator}"

    @property
    def last_seen(self) -> datetime | None:
        return self.last_timestamp or self.timestamp

    def to_json(self) -> dict[str, Any]:
        return {
            "entity_type": self.entity_type,
            "value": self.value,
            "score": round(self.score, 4),
            "format": self.format,
            "path": self.path,
            "locator": self.locator,
            "timestamp": self.timestamp.isoformat() if self.timestamp else None,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "occurrences": self.occurrences,
            "last_timestamp": self.last_seen.isoformat() if self.last_seen else None,
            "locators": list(self.locators) if self.locators else [self.locator],
        }


def _finding(record: Record, entity: str, value: str, score: float, field: str, start: int,
             end: int) -> Finding:  # fmt: skip
    return Finding(
        entity_type=entity,
        value=value,
        score=score,
        format=record.source,
        path=record.path,
        locator=record.locator,
        timestamp=record.timestamp,
        field=field,
        start=start,
        end=end,
    )


# Worker state, inherited through fork: the detector and the names are never pickled.
_worker: tuple[Detector, NameBook | None] | None = None


def _init_worker(detector: Detector, names: NameBook | None) -> None:
    global _worker
    _worker = (detector, names)


def _analyse_chunk(texts: list[str]) -> list[tuple[list[Hit], list[PendingHit]]]:
    assert _worker is not None
    detector, names = _worker
    return _analyse_with_pending(detector, texts, names)


def _analyse_with_pending(
    detector: Detector, texts: Sequence[str], names: NameBook | None
) -> list[tuple[list[Hit], list[PendingHit]]]:
    """Hits for each text, and the candidates conversation context could lift."""
    pending: list[list[PendingHit]] = []
    results = detector.analyze_batch(texts, names, pending)
    return [
        ([(r.entity_type, r.start, r.end, r.score) for r in found], waiting)
        for found, waiting in zip(results, pending, strict=True)
    ]


def analyse_texts(
    detector: Detector, texts: Sequence[str], names: NameBook | None
) -> list[list[Hit]]:
    """Compact results for each text: (entity, start, end, score)."""
    return [
        [(r.entity_type, r.start, r.end, r.score) for r in results]
        for results in detector.analyze_batch(texts, names)
    ]


def default_workers(total_texts: int) -> int:
    """Two processes on a multi-core machine with enough work, else one.

    Workers are forked so they share the loaded model; forking a process that runs
    other threads (the dashboard) is unsafe, so there it stays single-process.
    """
    cores = os.cpu_count() or 1
    if cores < 2 or total_texts < PARALLEL_MIN_TEXTS or sys.platform != "linux":
        return 1
    if threading.active_count() > 1:
        return 1
    return min(cores, 2)


class _TextAnalyser:
    """Analyses distinct texts once, inline or on a pool of forked workers."""

    def __init__(self, detector: Detector, names: NameBook | None, workers: int) -> None:
        self.detector = detector
        self.names = names
        self.cache: dict[str, list[Hit]] = {}
        self.pending: dict[str, list[PendingHit]] = {}  # only texts that have some
        self.pool: Any = None
        if workers > 1:
            context = multiprocessing.get_context("fork")
            self.pool = context.Pool(workers, initializer=_init_worker, initargs=(detector, names))

    def analyse(self, texts: Iterable[str]) -> None:
        todo = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if not todo:
            return
        if len(self.cache) + len(todo) > _CACHE_LIMIT:
            self.cache.clear()  # bounded memory beats a perfect hit rate
            self.pending.clear()
        chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
        if self.pool is not None and len(chunks) > 1:
            results = self.pool.imap(_analyse_chunk, chunks)
        else:
            results = (_analyse_with_pending(self.detector, chunk, self.names) for chunk in chunks)
        for chunk, analysed in zip(chunks, results, strict=True):
            for text, (hits, waiting) in zip(chunk, analysed, strict=True):
                self.cache[text] = hits
                if waiting:
                    self.pending[text] = waiting

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
            self.pool = None


def analyse_all(
    detector: Detector,
    texts: Sequence[str],
    names: NameBook | None = None,
    *,
    workers: int | None = None,
) -> list[list[Hit]]:
    """Hits for every text (each distinct text analysed once), in order."""
    count = workers if workers is not None else default_workers(len(texts))
    analyser = _TextAnalyser(detector, names or None, count)
    out: list[list[Hit]] = []
    try:
        for offset in range(0, len(texts), WINDOW * 4):
            window = texts[offset : offset + WINDOW * 4]
            analyser.analyse(window)
            out.extend(analyser.cache[text] for text in window)
    finally:
        analyser.close()
        release_unused_memory()  # the rebuilt records and the analysis caches are gone
    return out


def _batched(items: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(items)
    while window := list(islice(iterator, size)):
        yield window


def find_pii(
    records: Iterable[Record],
    detector: Detector,
    on_progress: Callable[[int], None] | None = None,
    *,
    workers: int | None = None,
) -> Iterator[Finding]:
    """Findings in the structured fields and the free text of ``records``.

    A structured value is one finding per value, field and file with its occurrences
    (:func:`footprint.pii.aggregate.aggregate_findings`); free-text findings come one
    per span. ``on_progress`` is called with the number of records done. ``workers``
    overrides the number of processes (default: :func:`default_workers`).
    """
    from footprint.pii.aggregate import aggregate_findings  # it imports Finding from here

    return aggregate_findings(_record_findings(records, detector, on_progress, workers))


def _record_findings(
    records: Iterable[Record],
    detector: Detector,
    on_progress: Callable[[int], None] | None,
    workers: int | None,
) -> Iterator[Finding]:
    """One finding per record and field or span: the raw stream before aggregation."""
    if isinstance(records, ColumnStore):
        store = records
        # Location fixes carry no text and no personal field: never rebuild them.

        def candidates() -> Iterator[Record]:
            return store.iter_except(LocationPoint)

        names = collect_names(candidates(), detector.dictionary)
        texts_total = store.count_present("text", exclude=(LocationPoint,))
        total = len(store)
    else:
        items: Sequence[Record] = records if isinstance(records, Sequence) else list(records)

        def candidates() -> Iterator[Record]:
            return iter(items)

        names = collect_names(items, detector.dictionary)
        texts_total = sum(1 for record in items if record.text)
        total = len(items)
    analyser = _TextAnalyser(
        detector, names or None, workers if workers is not None else default_workers(texts_total)
    )
    spreader = Spreader(detector.dictionary, frozenset(names.forms))
    done = 0
    tail: list[Record] = []  # the previous window's last records: earlier messages
    try:
        for window in _batched(candidates(), WINDOW):
            analyser.analyse(r.text for r in window if r.text and r.text.strip())
            around = tail + window
            for position, record in enumerate(window):
                for field, value, entity in structured_values(record):
                    spreader.note(entity, value, 1.0, record.path)
                    yield _finding(record, entity, value, 1.0, field, 0, len(value))
                text = record.text
                if not text or not text.strip():
                    continue
                hits = analyser.cache.get(text, [])
                waiting = analyser.pending.get(text)
                if waiting:  # rare: a weak identifier whose context may be a message back
                    context = context_texts(around, len(tail) + position)
                    hits = lift(detector.recognizers, waiting, hits, context)
                for entity, start, end, score in hits:
                    spreader.note(entity, text[start:end], score, record.path)
                    yield _finding(record, entity, text[start:end], score, "text", start, end)
            tail = window[-LOOK:]
            done += len(window)
            if on_progress is not None:
                on_progress(done)
        # A value found in one file, where else it stands (see footprint.pii.spread).
        # Read from the store's columns: no record is rebuilt (location fixes have no text).
        rows: Iterator[Row] = field_values(
            records if isinstance(records, ColumnStore) else items,
            "text", "path", "locator", "timestamp", "source",
        )  # fmt: skip
        for spread in spreader.spread(rows):
            yield Finding(
                entity_type=spread.entity_type,
                value=spread.value,
                score=spread.score,
                format=spread.source,
                path=spread.path,
                locator=spread.locator,
                timestamp=spread.timestamp,
                field="text",
                start=spread.start,
                end=spread.end,
            )
        if on_progress is not None and done < total:
            on_progress(total)
    finally:
        analyser.close()
        release_unused_memory()  # the rebuilt records and the analysis caches are gone
