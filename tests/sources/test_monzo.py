"""Monzo: signed amounts, day-first dates, notes joined to the description."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from footprint.config import Settings
from footprint.model import Payment
from footprint.scan import scan

from ..conftest import FIXTURES

UTC_SETTINGS = Settings(assumed_timezone="UTC")


def test_export_values() -> None:
    result = scan([FIXTURES / "monzo" / "MonzoDataExport_2024.csv"], UTC_SETTINGS, None)
    assert not result.problems
    payments = [r for r in result.records if isinstance(r, Payment)]
    assert [p.amount for p in payments] == [
        Decimal("-4.35"),
        Decimal("250.00"),
        Decimal("-42.60"),
        Decimal("-29.99"),
    ]
    assert payments[2].timestamp is not None
    assert payments[2].timestamp.replace(tzinfo=None) == datetime(2024, 2, 14, 20, 31, 5)
    assert payments[2].text == "LE PETIT BISTRO PARIS FRA Valentine's dinner"
    assert (payments[1].counterparty, payments[1].category) == ("Alex Turner", "Transfers")
    assert payments[0].transaction_id == "tx_0000AAAA0001"
    assert {p.currency for p in payments} == {"GBP"}


def test_impossible_date_is_a_problem() -> None:
    result = scan([FIXTURES / "monzo" / "monzo_broken.csv"], UTC_SETTINGS, None)
    assert [(p.locator, p.message) for p in result.problems] == [
        ("row 3", "bad date '32/03/2024 09:00:00'")
    ]
    assert len(result.records) == 1


def test_2018_layout_offsets_and_pounds() -> None:
    result = scan([FIXTURES / "monzo" / "monzo_2018.csv"], UTC_SETTINGS, None)
    assert {s.format for s in result.sources} == {"monzo"}
    payments = [r for r in result.records if isinstance(r, Payment)]
    assert [p.amount for p in payments] == [
        Decimal("-3.2"),
        Decimal("1500"),
        Decimal("-44.5"),
        Decimal("-19.5"),
    ]
    # The offset is in the file: nothing is assumed, whatever the assumed zone.
    assert payments[2].timestamp == datetime(2018, 3, 30, 17, 32, 57, tzinfo=UTC)
    assert not any(p.tz_assumed for p in payments)
    assert (payments[0].counterparty, payments[0].category) == (
        "EXAMPLE COFFEE LONDON GBR",
        "eating_out",
    )
    assert payments[1].text == "February salary"
    assert [(p.locator, p.message) for p in result.problems] == [
        ("row 6", "bad created time 'yesterday'")
    ]
    assert all("monzo_2018.csv" in p.path for p in result.problems)


def test_2018_layout_with_an_unnamed_column() -> None:
    result = scan([FIXTURES / "monzo" / "monzo_2018_extra_column.csv"], UTC_SETTINGS, None)
    (payment,) = [r for r in result.records if isinstance(r, Payment)]
    assert (payment.amount, payment.currency) == (Decimal("-20"), "GBP")


def test_2018_header_found_by_content_under_any_name(tmp_path: Path) -> None:
    data = (FIXTURES / "monzo" / "monzo_2018.csv").read_bytes()
    path = tmp_path / "transactions.csv"
    path.write_bytes(data)
    result = scan([path], UTC_SETTINGS, None)
    assert {s.format for s in result.sources} == {"monzo"}
