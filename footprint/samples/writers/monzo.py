"""Monzo CSV export: ``Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,...``."""

from __future__ import annotations

import random
from collections.abc import Sequence

from footprint.samples.common import GroundTruth, Txn, alnum_id, csv_text

HEADER = [
    "Transaction ID",
    "Date",
    "Time",
    "Type",
    "Name",
    "Emoji",
    "Category",
    "Amount",
    "Currency",
    "Local amount",
    "Local currency",
    "Notes and #tags",
    "Address",
    "Receipt",
    "Description",
    "Category split",
    "Money Out",
    "Money In",
]
_EMOJI = {"Groceries": "🛒", "Eating out": "🍴", "Transport": "🚆", "Bills": "💡"}


def statement(
    file: str, txns: Sequence[Txn], currency: str, rng: random.Random, truth: GroundTruth
) -> str:
    rows = [HEADER]
    for txn in sorted(txns, key=lambda t: t.when):
        amount = f"{txn.amount:.2f}"
        rows.append(
            [
                f"tx_0000{alnum_id(rng, 18)}",
                f"{txn.when:%d/%m/%Y}",
                f"{txn.when:%H:%M:%S}",
                txn.kind or "Card payment",
                txn.counterparty,
                _EMOJI.get(txn.category, ""),
                txn.category or "General",
                amount,
                currency,
                amount,
                currency,
                txn.note,
                txn.address,
                "",
                txn.description or txn.counterparty.upper(),
                "",
                amount if txn.amount < 0 else "",
                amount if txn.amount > 0 else "",
            ]
        )
        truth.plant_tags(file, txn.tags)
    return csv_text(rows)
