"""The dashboard's column-wise paths give what the object-by-object ones give."""

from __future__ import annotations

import dataclasses
from functools import cache

import pandas as pd
import pytest

from footprint.config import Settings
from footprint.model import Message
from footprint.paths import personas
from footprint.pii.findings import Finding
from footprint.redact.operators import Operator
from footprint.scan import ScanResult, scan
from footprint.score import available_rulebooks
from footprint.store import ColumnStore
from footprint.views_redact import preview
from footprint.views_score import lens_book, rule_records

PERSONAS = [p.name for p in personas()]


@cache
def scanned(persona: str) -> ScanResult:
    folder = next(p for p in personas() if p.name == persona)
    return scan([folder], Settings.from_env(), None, analyse=False)


def with_findings(result: ScanResult) -> list[Finding]:
    """A text finding on every third message, and a structured one per sender."""
    found: list[Finding] = []
    for index, record in enumerate(result.records):
        if isinstance(record, Message) and record.text and index % 3 == 0:
            found.append(
                Finding(
                    entity_type="PERSON",
                    value=record.text[:5],
                    score=0.9,
                    format=record.source,
                    path=record.path,
                    locator=record.locator,
                    timestamp=record.timestamp,
                    field="text",
                    start=0,
                    end=5,
                )
            )
        if isinstance(record, Message) and record.actor and index % 7 == 0:
            found.append(
                Finding(
                    entity_type="PERSON",
                    value=record.actor,
                    score=1.0,
                    format=record.source,
                    path=record.path,
                    locator=record.locator,
                    timestamp=None,
                    field="actor",
                    start=0,
                    end=len(record.actor),
                )
            )
    return found


@pytest.mark.parametrize("persona", PERSONAS)
def test_rule_records_from_the_columns_equal_the_object_pass(persona: str) -> None:
    records = scanned(persona).records
    assert isinstance(records, ColumnStore)
    listed = list(records)
    for lens in available_rulebooks():
        for language in ("en", "zh"):
            book = lens_book(lens, language)
            assert rule_records(book, records) == rule_records(book, listed), (lens, language)


@pytest.mark.parametrize("persona", PERSONAS)
def test_redact_preview_from_the_columns_equals_the_object_pass(persona: str) -> None:
    result = scanned(persona)
    findings = with_findings(result)
    stored = dataclasses.replace(result, findings=ColumnStore.of(findings, chunk_rows=7))
    listed = dataclasses.replace(result, findings=findings)
    entities = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"}
    for reveal in (False, True):
        left = preview(stored, entities, Operator.PSEUDONYM, b"k" * 32, reveal)
        right = preview(listed, entities, Operator.PSEUDONYM, b"k" * 32, reveal)
        assert left.equals(right), persona


def test_rule_records_pick_failed_payments_and_phone_facts_in_order() -> None:
    from footprint.model import Payment, ProfileFact

    items = [
        Payment(
            source="paypal",
            path="p.csv",
            locator=f"row {i}",
            timestamp=None,
            status=["Completed", "Failed", "已退回", None][i % 4],
        )
        for i in range(40)
    ] + [
        ProfileFact(
            source="x",
            path="f.json",
            locator=f"$[{i}]",
            timestamp=None,
            field=["phone", "email"][i % 2],
            value="1",
        )
        for i in range(6)
    ]
    store = ColumnStore.of(items, chunk_rows=9)
    for lens in available_rulebooks():
        book = lens_book(lens)
        assert rule_records(book, store) == rule_records(book, items), lens
    assert len(rule_records(lens_book("blacklist"), store)) == 20


@pytest.mark.parametrize("persona", PERSONAS[:2])
def test_findings_frame_from_the_columns_equals_the_object_pass(persona: str) -> None:
    from footprint.views import findings_frame

    result = scanned(persona)
    findings = with_findings(result)
    findings.append(dataclasses.replace(findings[0], occurrences=3, score=0.123456789))
    stored = dataclasses.replace(result, findings=ColumnStore.of(findings, chunk_rows=64))
    listed = dataclasses.replace(result, findings=findings)
    left, right = findings_frame(stored), findings_frame(listed)
    assert list(left.dtypes) == list(right.dtypes)
    pd.testing.assert_frame_equal(left, right)
