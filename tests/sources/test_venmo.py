"""Venmo: both layouts, payer/payee by type, balance rows, and the real-world sample."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from footprint.config import Settings
from footprint.model import Payment, ProfileFact
from footprint.scan import scan

from ..conftest import FIXTURES

UTC_SETTINGS = Settings(assumed_timezone="UTC")


def _payments(path: Path) -> list[Payment]:
    result = scan([path], UTC_SETTINGS, None)
    assert not result.problems, result.problems
    assert {s.format for s in result.sources} == {"venmo"}
    return [r for r in result.records if isinstance(r, Payment)]


def test_realworld_sample(realworld: Path) -> None:
    payments = _payments(realworld / "venmo" / "transactions.csv")
    assert len(payments) == 11
    assert [p.amount for p in payments] == [
        Decimal("-220.00"),
        Decimal("-559.00"),
        Decimal("1150.00"),
        Decimal("-1150.00"),
        Decimal("-120.00"),
        Decimal("-3.00"),
        Decimal("1423.73"),
        Decimal("-82.50"),
        Decimal("-1341.23"),
        Decimal("-2.24"),
        Decimal("-22.84"),
    ]
    assert [p.counterparty for p in payments] == [
        "Tom Johnson",
        "Maria Anderson",
        "Sally Smith",
        None,
        "Maria Anderson",  # a charge: Maria asked, Brian paid
        "Maria Anderson",
        "Sally Smith",
        "Maria Anderson",
        None,
        "Local Eats",
        "Distant Treats",
    ]
    assert {p.actor for p in payments[:9]} - {None} == {"Brian Taylor"}
    assert payments[0].timestamp is not None
    assert payments[0].timestamp.replace(tzinfo=None) == datetime(2017, 4, 25, 3, 15, 53)
    assert payments[-1].timestamp is not None
    assert payments[-1].timestamp.replace(tzinfo=None) == datetime(2022, 2, 18, 23, 24, 55)
    # Datetime is UTC: an instant, not a guess at the user's wall clock.
    assert all(not p.tz_assumed and p.currency == "USD" for p in payments)
    assert payments[2].transaction_id == "0454063333607815882"  # leading zero kept
    assert payments[3].counterparty_account == "Visa Debit *8967"
    assert payments[0].text == "Tutoring"
    assert payments[4].category == "Charge" and payments[4].status == "Complete"


def test_statement_layout_skips_balance_rows_and_names_the_user() -> None:
    result = scan([FIXTURES / "venmo" / "venmo_statement.csv"], UTC_SETTINGS, None)
    assert not result.problems
    facts = [r for r in result.records if isinstance(r, ProfileFact)]
    assert [(f.field, f.value, f.locator) for f in facts] == [
        ("username", "@jordan-reyes", "line 1")
    ]
    payments = [r for r in result.records if isinstance(r, Payment)]
    assert [p.locator for p in payments] == [f"line {n}" for n in range(5, 11)]
    assert payments[2].amount == Decimal("-1042.17")
    # A charge the user sent and was paid: money arrives from the one charged.
    assert (payments[3].amount, payments[3].counterparty) == (Decimal("12.00"), "Riley Park")
    assert payments[0].text == "Pizza night 🍕"


def test_datetime_is_utc_shown_in_the_users_zone() -> None:
    """An evening payment in Chicago is written after midnight UTC; in the zone decided
    for the source it is the evening again, whatever the computer's zone."""
    settings = Settings(assumed_timezone="America/Chicago")
    result = scan([FIXTURES / "venmo" / "venmo_statement.csv"], settings, None)
    payments = [r for r in result.records if isinstance(r, Payment)]
    first = payments[0].timestamp
    assert first is not None
    assert first == datetime(2024, 1, 3, 19, 45, 10, tzinfo=UTC)
    assert first.tzinfo == ZoneInfo("America/Chicago")
    assert (first.hour, first.minute) == (13, 45)


def test_broken_rows_are_problems_and_the_rest_parses() -> None:
    result = scan([FIXTURES / "venmo" / "venmo_broken.csv"], UTC_SETTINGS, None)
    assert [p.locator for p in result.problems] == ["row 3", "row 4"]
    assert len(result.records) == 1
