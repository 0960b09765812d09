"""Revolut account statement CSV (current layout); pending rows have no balance."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal

from footprint.samples.common import GroundTruth, Txn, csv_text

HEADER = [
    "Type",
    "Product",
    "Started Date",
    "Completed Date",
    "Description",
    "Amount",
    "Fee",
    "Currency",
    "State",
    "Balance",
]


def statement(
    file: str, txns: Sequence[Txn], opening: Decimal, currency: str, truth: GroundTruth
) -> str:
    rows = [HEADER]
    balance = opening
    for txn in sorted(txns, key=lambda t: t.when):
        state = txn.status or "COMPLETED"
        completed = ""
        shown = ""
        if state == "COMPLETED":
            balance += txn.amount
            settle = timedelta(hours=20) if txn.kind == "CARD_PAYMENT" else timedelta(seconds=2)
            completed = f"{txn.when + settle:%Y-%m-%d %H:%M:%S}"
            shown = f"{balance:.2f}"
        elif state == "REVERTED":
            completed = f"{txn.when + timedelta(minutes=1):%Y-%m-%d %H:%M:%S}"
            shown = f"{balance:.2f}"
        rows.append(
            [
                txn.kind or "CARD_PAYMENT",
                "Current",
                f"{txn.when:%Y-%m-%d %H:%M:%S}",
                completed,
                txn.description or txn.counterparty,
                f"{txn.amount:.2f}",
                "0.00",
                currency,
                state,
                shown,
            ]
        )
        truth.plant_tags(file, txn.tags)
    return csv_text(rows, lineterminator="\n")
