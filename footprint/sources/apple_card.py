"""Apple Card transactions export (CSV).

Header: ``Transaction Date,Clearing Date,Description,Merchant,Category,Type,
Amount (USD),Purchased By`` (one variant spells ``Amount(USD)``). Dates are
``MM/DD/YYYY`` without a time or zone. The file shows purchases positive and
payments to the card negative, so amounts are negated: a purchase leaves the
user. ``Purchased By`` names the card holder (shared cards have several); the
``Type`` (Purchase, Payment, Credit, Installment...) goes into ``status``.
"""

from __future__ import annotations

from collections.abc import Iterator

from footprint.loading import InputFile
from footprint.model import ParseItem, Payment, Problem
from footprint.sources._payment_csv import (
    Row,
    cell,
    column_map,
    empty_file,
    first_cells,
    head_lines,
    parse_datetime,
    table_rows,
)
from footprint.sources.base import ParseContext, parse_amount, problem

FORMAT = "apple_card"
LABEL = "Apple Card transactions (CSV)"
CATEGORY = "payment"
PATHS = ("Apple Card Transactions*.csv", "apple_card*.csv")
MULTI_FILE = False

COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("Transaction Date",),
    "clearing": ("Clearing Date",),
    "description": ("Description",),
    "merchant": ("Merchant",),
    "category": ("Category",),
    "type": ("Type",),
    "amount": ("Amount (USD)", "Amount(USD)"),
    "purchased_by": ("Purchased By",),
}
_REQUIRED = ("date", "clearing", "merchant", "amount")
_DATES = ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d")


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".csv"):
        return 0.0
    lines = head_lines(file, limit=1)
    if not lines:
        return 0.0
    found = column_map(first_cells(lines[0]), COLUMNS)
    return 0.95 if all(key in found for key in _REQUIRED) else 0.0


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    seen = 0
    with file.open_text() as stream:
        for item in table_rows(stream, file, FORMAT, COLUMNS, _REQUIRED, "Apple Card"):
            if isinstance(item, Problem):
                yield item
                continue
            columns, row = item
            parsed = _row(file, row, columns, ctx)
            if isinstance(parsed, Payment):
                seen += 1
            yield parsed
    if not seen:
        yield empty_file(file, FORMAT, "Apple Card")


def _row(file: InputFile, row: Row, columns: dict[str, int], ctx: ParseContext) -> ParseItem:
    locator = f"row {row.number}"

    def get(key: str) -> str:
        return cell(row, columns, key)

    amount = parse_amount(get("amount"))
    if amount is None:
        return problem(file, locator, "amount_not_number", source=FORMAT, value=get("amount"))
    naive = parse_datetime(get("date"), _DATES)
    if naive is None:
        return problem(file, locator, "bad_date", source=FORMAT, value=get("date"))
    return Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=ctx.localize(naive),
        tz_assumed=True,
        actor=get("purchased_by") or None,
        counterparty=get("merchant") or None,
        text=get("description") or None,
        amount=0 - amount,  # never -0
        currency="USD",
        status=get("type") or None,
        category=get("category") or None,
    )
