"""Findings: a piece of personal information, where it is, and how sure we are."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from footprint.model import Contact, ProfileFact, Record
from footprint.pii.engine import Detector

MIN_SCORE = 0.4
_CACHE_LIMIT = 50_000

# Structured fields that are personal information by what they are, not by pattern.
PROFILE_FIELD_ENTITIES = {
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "display_name": "PERSON",
    "username": "USERNAME",
    "birthday": "DATE_OF_BIRTH",
    "name": "PERSON",
    "address": "LOCATION",
}
CONTACT_FIELD_ENTITIES = {
    "name": "PERSON",
    "phone": "PHONE_NUMBER",
    "email": "EMAIL_ADDRESS",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected value. ``field`` is the record field it was found in; ``start``
    and ``end`` are offsets inside that field's text."""

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
        }


def _structured(record: Record) -> Iterator[Finding]:
    pairs: list[tuple[str, str, str]] = []
    if isinstance(record, ProfileFact) and record.field in PROFILE_FIELD_ENTITIES:
        pairs.append(("value", record.value, PROFILE_FIELD_ENTITIES[record.field]))
    if isinstance(record, Contact):
        for field, entity in CONTACT_FIELD_ENTITIES.items():
            value = getattr(record, field)
            if value:
                pairs.append((field, value, entity))
    for field, value, entity in pairs:
        yield Finding(
            entity_type=entity,
            value=value,
            score=1.0,
            format=record.source,
            path=record.path,
            locator=record.locator,
            timestamp=record.timestamp,
            field=field,
            start=0,
            end=len(value),
        )


def find_pii(
    records: Iterable[Record],
    detector: Detector,
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[Finding]:
    """Findings in the free text and structured fields of ``records``.

    Each distinct text is analysed once; chats repeat "ok" and stickers a lot.
    """
    cache: dict[str, list[tuple[str, int, int, float]]] = {}
    for count, record in enumerate(records, start=1):
        yield from _structured(record)
        text = record.text
        if text and text.strip():
            hits = cache.get(text)
            if hits is None:
                hits = [
                    (result.entity_type, result.start, result.end, result.score)
                    for result in detector.analyze(text)
                    if result.score >= MIN_SCORE
                ]
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()  # bounded memory beats a perfect hit rate
                cache[text] = hits
            for entity, start, end, score in hits:
                yield Finding(
                    entity_type=entity,
                    value=text[start:end],
                    score=score,
                    format=record.source,
                    path=record.path,
                    locator=record.locator,
                    timestamp=record.timestamp,
                    field="text",
                    start=start,
                    end=end,
                )
        if on_progress is not None and count % 50 == 0:
            on_progress(count)
