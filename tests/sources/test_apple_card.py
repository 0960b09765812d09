"""Apple Card: amounts negated (purchases leave), both amount spellings, card holders."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from footprint.config import Settings
from footprint.model import Payment
from footprint.scan import scan

from ..conftest import FIXTURES

UTC_SETTINGS = Settings(assumed_timezone="UTC")


def _payments(name: str) -> list[Payment]:
    result = scan([FIXTURES / "apple_card" / name], UTC_SETTINGS, None)
    assert not result.problems, result.problems
    assert {s.format for s in result.sources} == {"apple_card"}
    return [r for r in result.records if isinstance(r, Payment)]


def test_purchases_leave_and_payments_arrive() -> None:
    payments = _payments("Apple Card Transactions - January 2024.csv")
    assert [(p.amount, p.status) for p in payments] == [
        (Decimal("-6.75"), "Purchase"),
        (Decimal("-1204.18"), "Purchase"),
        (Decimal("500.00"), "Payment"),
        (Decimal("0.50"), "Credit"),
    ]
    assert payments[0].timestamp is not None
    assert payments[0].timestamp.replace(tzinfo=None) == datetime(2024, 1, 4)
    assert [p.actor for p in payments] == ["Dana Whitfield"] * 3 + ["Chris Whitfield"]
    assert payments[1].counterparty == "Whole Foods Market"
    assert payments[1].category == "Grocery"


def test_amount_column_without_space() -> None:
    [payment] = _payments("apple_card_2023.csv")
    assert payment.amount == Decimal("-89.00")
    assert str(payment.amount) == "-89.00"
