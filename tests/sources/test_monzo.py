"""Monzo: signed amounts, day-first dates, notes joined to the description."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

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
