"""Structured findings are counted per value, field and file; free text keeps its spans."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

from footprint.model import Message
from footprint.pii.aggregate import SAMPLE_LOCATORS, aggregate_findings, summarise_types
from footprint.pii.engine import Detector
from footprint.pii.findings import Finding, find_pii
from footprint.scan import ScanResult
from footprint.store import ColumnStore

START = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def _chat(count: int, path: str = "WhatsApp Chat with Alice Smith.txt") -> list[Message]:
    return [
        Message(source="whatsapp", path=path, locator=f"line {n}",
                timestamp=START + timedelta(minutes=n), actor="Alice Smith" if n % 2 else "Bob Jones",
                conversation="Alice Smith", text="mail me at alice@example.com" if n == 3 else "ok")
        for n in range(1, count + 1)
    ]  # fmt: skip


def test_a_repeated_sender_is_one_finding_with_its_occurrences(
    patterns_detector: Detector,
) -> None:
    findings = list(find_pii(_chat(1000), patterns_detector, workers=1))
    alice = [f for f in findings if f.value == "Alice Smith" and f.field == "actor"]
    assert len(alice) == 1
    (one,) = alice
    assert one.occurrences == 500
    assert one.timestamp == START + timedelta(minutes=1)
    assert one.last_seen == START + timedelta(minutes=999)
    assert one.locator == "line 1"
    assert one.locators is not None and len(one.locators) == SAMPLE_LOCATORS
    # The file name's partner is one more finding, in its own field, counted per record.
    (partner,) = [f for f in findings if f.field == "conversation"]
    assert partner.occurrences == 1000
    # Free text keeps its own locator and offsets.
    (mail,) = [f for f in findings if f.field == "text"]
    assert (mail.value, mail.locator, mail.occurrences) == ("alice@example.com", "line 3", 1)


def test_the_same_value_in_two_files_is_two_findings(patterns_detector: Detector) -> None:
    records = _chat(10, "a.txt") + _chat(10, "b.txt")
    findings = list(find_pii(records, patterns_detector, workers=1))
    actor = [f for f in findings if f.field == "actor" and f.value == "Alice Smith"]
    assert sorted(f.path for f in actor) == ["a.txt", "b.txt"]
    assert all(f.occurrences == 5 for f in actor)


def test_aggregating_twice_changes_nothing() -> None:
    raw = [
        Finding("PERSON", "Ana Lima", 0.9 + n / 100, "x", "c.csv", f"row {n}", None, "actor", 0, 8)
        for n in range(7)
    ]
    once = list(aggregate_findings(raw))
    assert list(aggregate_findings(once)) == once
    assert once[0].occurrences == 7 and once[0].score == 0.96


def test_type_summaries_count_values_and_occurrences() -> None:
    rows = [("PERSON", "Ana Lima", 10), ("PERSON", "ana  lima", 1), ("PERSON", "Bo", 2),
            ("EMAIL_ADDRESS", "a@b.co", 1)]  # fmt: skip
    (person, email) = summarise_types(rows)
    assert (person.entity_type, person.values, person.occurrences, person.findings) == (
        "PERSON", 2, 13, 3,
    )  # fmt: skip
    assert (email.values, email.occurrences) == (1, 1)


def test_the_json_is_streamed_and_keeps_its_keys(patterns_detector: Detector) -> None:
    records = ColumnStore.of(_chat(300))
    findings = ColumnStore.of(find_pii(records, patterns_detector, workers=1))
    result = ScanResult(sources=[], records=records, findings=findings, problems=[], files=[],
                        detector_mode="patterns", detector_notice=None)  # fmt: skip
    stream = io.StringIO()
    result.write_json(stream)
    written = json.loads(stream.getvalue())
    assert written == json.loads(json.dumps(result.to_json()))
    assert list(written) == ["schema_version", "footprint_version", "detector", "sources",
                             "files", "findings", "inferences", "scores", "problems"]  # fmt: skip
    actor = next(f for f in written["findings"] if f["field"] == "actor")
    assert {"entity_type", "value", "score", "format", "path", "locator", "timestamp", "field",
            "start", "end", "occurrences", "last_timestamp", "locators"} <= set(actor)  # fmt: skip
    assert actor["occurrences"] == 150
    assert sum(1 for f in written["findings"] if f["field"] == "actor") == 2
