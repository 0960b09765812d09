"""PayPal activity download (English): UTF-8 with BOM, every field quoted, CRLF."""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import Decimal

from footprint.samples.common import EMAIL, GroundTruth, Person, Txn, csv_text

HEADER = [
    "Date",
    "Time",
    "TimeZone",
    "Name",
    "Type",
    "Status",
    "Currency",
    "Gross",
    "Fee",
    "Net",
    "From Email Address",
    "To Email Address",
    "Transaction ID",
    "Item Title",
    "Balance",
]


def activity(
    file: str,
    me: Person,
    txns: Sequence[Txn],
    opening: Decimal,
    currency: str,
    rng: random.Random,
    truth: GroundTruth,
) -> str:
    rows = [HEADER]
    balance = opening
    for txn in sorted(txns, key=lambda t: t.when):
        balance += txn.amount
        incoming = txn.amount > 0
        sender, receiver = (txn.email, me.email) if incoming else (me.email, txn.email)
        rows.append(
            [
                f"{txn.when:%d/%m/%Y}",
                f"{txn.when:%H:%M:%S}",
                txn.when.strftime("%Z") or "GMT",
                txn.counterparty,
                txn.kind or ("General Payment" if incoming else "Express Checkout Payment"),
                txn.status or "Completed",
                currency,
                f"{txn.amount:.2f}",
                "0.00",
                f"{txn.amount:.2f}",
                sender,
                receiver,
                f"{rng.randint(10**16, 10**17 - 1):X}"[:17],
                txn.description,
                f"{balance:.2f}",
            ]
        )
        truth.plant(file, EMAIL, me.email)
        truth.plant(file, EMAIL, txn.email)
        truth.plant_tags(file, txn.tags)
    return "\ufeff" + csv_text(rows, quote_all=True)
