"""QIF: records, date orders, splits, cleared flags, sections that are not payments."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from footprint.config import Settings
from footprint.model import Payment
from footprint.scan import scan

from ..conftest import FIXTURES

UTC_SETTINGS = Settings(assumed_timezone="UTC")


def _payments(name: str) -> list[Payment]:
    result = scan([FIXTURES / "qif" / name], UTC_SETTINGS, None)
    assert not result.problems, result.problems
    assert {s.format for s in result.sources} == {"qif"}
    return [r for r in result.records if isinstance(r, Payment)]


def test_bank_records() -> None:
    payments = _payments("checking.qif")
    assert [(p.locator, p.amount, p.counterparty, p.category) for p in payments] == [
        ("line 2", Decimal("-54.20"), "Green Valley Market", "Groceries"),
        ("line 9", Decimal("2450.00"), "Northwind Traders Payroll", "Salary"),
        ("line 14", Decimal("-1200.00"), "Parkside Apartments", "Rent"),
    ]
    stamps = [p.timestamp.replace(tzinfo=None) for p in payments if p.timestamp]
    assert stamps == [datetime(2024, 1, 5), datetime(2024, 1, 15), datetime(2024, 1, 20)]
    assert [p.status for p in payments] == ["reconciled", "uncleared", "cleared"]
    assert payments[0].text == "Weekly shop"
    assert payments[2].transaction_id == "1043"


def test_day_first_dates_and_decimal_commas() -> None:
    payments = _payments("card_eu.qif")
    assert [p.amount for p in payments] == [Decimal("-18.90"), Decimal("-7.50")]
    stamps = [p.timestamp.replace(tzinfo=None) for p in payments if p.timestamp]
    assert stamps == [datetime(2024, 2, 28), datetime(2024, 3, 3)]


def test_broken_records_are_problems() -> None:
    result = scan([FIXTURES / "qif" / "broken.qif"], UTC_SETTINGS, None)
    assert sorted(p.locator for p in result.problems) == [
        "line 10",
        "line 14",
        "line 20",
        "line 6",
    ]
    assert [r.counterparty for r in result.records] == ["Good Record"]


def test_note_lines_and_category_list_before_the_account() -> None:
    # Lines a program wrote above the first header, then a category list: the file
    # is still QIF and its payments are all read.
    result = scan([FIXTURES / "qif" / "annotated_export.qif"], UTC_SETTINGS, None)
    assert {s.format for s in result.sources} == {"qif"}
    assert [p.message for p in result.problems] == [
        "QIF section !Type:Cat is not read (not a payment account)"
    ]
    payments = [r for r in result.records if isinstance(r, Payment)]
    assert [(p.timestamp, p.amount, p.counterparty) for p in payments] == [
        (datetime(2024, 3, 1, tzinfo=UTC), Decimal("-18.40"), "Corner Bakery"),
        (datetime(2024, 3, 2, tzinfo=UTC), Decimal("950.00"), "Riverbank Ltd"),
    ]
