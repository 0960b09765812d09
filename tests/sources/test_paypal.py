"""PayPal: the balance-affecting report, memo rows, address columns without an address."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from footprint.config import Settings
from footprint.model import Payment
from footprint.scan import scan

from ..conftest import FIXTURES

UTC_SETTINGS = Settings(assumed_timezone="UTC")


def _payments(name: str) -> list[Payment]:
    result = scan([FIXTURES / "paypal" / name], UTC_SETTINGS, None)
    assert not result.problems, result.problems
    assert {s.format for s in result.sources} == {"paypal"}
    return [r for r in result.records if isinstance(r, Payment)]


def test_balance_affecting_report_with_an_amount_column() -> None:
    payments = _payments("Download_balance_affecting.CSV")
    assert [(p.amount, p.currency, p.counterparty) for p in payments] == [
        (Decimal("-48.50"), "USD", "Corner Florist"),
        (Decimal("48.50"), "USD", None),
    ]
    # 19:05 Pacific Standard Time, as the TimeZone column says.
    assert payments[0].timestamp == datetime(2024, 2, 15, 3, 5, 33, tzinfo=UTC)
    assert not payments[0].tz_assumed


def test_memo_rows_moved_no_money() -> None:
    payments = _payments("paypal_aktivitaet.csv")
    assert [(p.locator, p.amount, p.category) for p in payments] == [
        ("row 2", Decimal("25.00"), "eBay-Auktionszahlung"),
        ("row 3", Decimal("-61.20"), "Website-Zahlung"),
    ]


def test_address_columns_hold_addresses_only() -> None:
    received, paid = _payments("paypal_aktivitaet.csv")
    # eBay writes a sentence where the buyer's address would be.
    assert (received.actor, received.counterparty_account) == ("jonas.seller@example.de", None)
    assert paid.counterparty_account == "abrechnung@stadtwerke.example"
    # Item title and note repeat each other: said once.
    assert paid.text == "Abschlag März"
