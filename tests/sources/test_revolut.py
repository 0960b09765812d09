"""Revolut: current and legacy layouts, pending and reverted rows, the real-world sample."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

from footprint.config import Settings
from footprint.model import Payment
from footprint.scan import scan

from ..conftest import FIXTURES

UTC_SETTINGS = Settings(assumed_timezone="UTC")


def _payments(path: Path) -> list[Payment]:
    result = scan([path], UTC_SETTINGS, None)
    assert not result.problems, result.problems
    assert {s.format for s in result.sources} == {"revolut"}
    return [r for r in result.records if isinstance(r, Payment)]


def test_realworld_sample(realworld: Path) -> None:
    payments = _payments(realworld / "revolut" / "2022-january.csv")
    assert len(payments) == 9
    assert [p.amount for p in payments] == [
        Decimal("-250.00"),
        Decimal("0.00"),
        Decimal("-38.71"),
        Decimal("500.00"),
        Decimal("-21.58"),
        Decimal("-44.57"),
        Decimal("-33.89"),
        Decimal("-69.26"),
        Decimal("-73.58"),
    ]
    assert [p.status for p in payments].count("PENDING") == 2
    assert payments[0].counterparty == "Guybrush Threepwood"
    assert payments[0].text == "To Guybrush Threepwood"
    assert payments[2].text == "Something and something"
    # Started, not completed: a pending payment has no completion date.
    assert payments[2].timestamp is not None
    assert payments[2].timestamp.replace(tzinfo=None) == datetime(2022, 1, 6, 8, 40, 2)
    assert payments[5].timestamp is not None
    assert payments[5].timestamp.replace(tzinfo=None) == datetime(2022, 1, 13, 11, 21, 43)
    assert all(p.currency == "EUR" and p.tz_assumed for p in payments)
    assert payments[3].category == "TOPUP"


def test_current_layout_keeps_reverted_and_notes_fees() -> None:
    payments = _payments(FIXTURES / "revolut" / "revolut_2024.csv")
    assert [p.status for p in payments] == ["COMPLETED"] * 4 + ["PENDING", "REVERTED"]
    assert payments[2].amount == Decimal("1200.00")
    assert payments[3].text == "Cash at Sparkasse (fee 1.50 EUR)"


def test_legacy_layout() -> None:
    payments = _payments(FIXTURES / "revolut" / "revolut_legacy_2018.csv")
    assert [p.amount for p in payments] == [
        Decimal("-12.40"),
        Decimal("500.00"),
        Decimal("-1000.00"),
    ]
    assert payments[0].timestamp is not None
    assert payments[0].timestamp.replace(tzinfo=None) == datetime(2018, 4, 8)
    assert payments[2].counterparty == "Mira Lindqvist"
    assert payments[2].text == "To Mira Lindqvist rent April"
    assert payments[0].category == "groceries"
    assert {p.currency for p in payments} == {"EUR"}
