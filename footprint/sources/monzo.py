"""Monzo transactions export (CSV).

Header: ``Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,
Local amount,Local currency,Notes and #tags,Address,Receipt,Description,
Category split,Money Out,Money In``. Dates are ``DD/MM/YYYY``; ``Amount`` is
signed (negative leaves the account). No zone is stated, so the assumed zone is
attached.
"""

from __future__ import annotations

from collections.abc import Iterator

from footprint.loading import InputFile
from footprint.model import ParseItem, Payment
from footprint.sources._payment_csv import (
    Row,
    cell,
    column_map,
    csv_rows,
    empty_file,
    first_cells,
    head_lines,
    parse_datetime,
)
from footprint.sources.base import ParseContext, parse_amount, problem

FORMAT = "monzo"
LABEL = "Monzo transactions (CSV)"
CATEGORY = "payment"
PATHS = ("monzo*.csv", "MonzoDataExport*.csv")
MULTI_FILE = False

COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("Transaction ID",),
    "date": ("Date",),
    "time": ("Time",),
    "type": ("Type",),
    "name": ("Name",),
    "category": ("Category",),
    "amount": ("Amount",),
    "currency": ("Currency",),
    "local_amount": ("Local amount",),
    "local_currency": ("Local currency",),
    "notes": ("Notes and #tags",),
    "address": ("Address",),
    "description": ("Description",),
    "money_out": ("Money Out",),
    "money_in": ("Money In",),
}
_REQUIRED = ("id", "date", "name", "amount", "currency")
# Columns only Monzo writes; they tell its export from a generic bank CSV.
_SIGNATURE = ("local_amount", "notes", "money_out")
_DATES = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S")


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".csv"):
        return 0.0
    lines = head_lines(file, limit=1)
    if not lines:
        return 0.0
    found = column_map(first_cells(lines[0]), COLUMNS)
    if all(key in found for key in _REQUIRED) and any(key in found for key in _SIGNATURE):
        return 0.95
    return 0.0


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    columns: dict[str, int] | None = None
    seen = 0
    with file.open_text() as stream:
        for item in csv_rows(stream, file, FORMAT):
            if not isinstance(item, Row):
                yield item
                continue
            if columns is None:
                columns = column_map(item.cells, COLUMNS)
                missing = [key for key in _REQUIRED if key not in columns]
                if missing:
                    yield problem(
                        file, "row 1", f"missing Monzo columns: {', '.join(missing)}", source=FORMAT
                    )
                    return
                continue
            if item.blank():
                continue
            parsed = _row(file, item, columns, ctx)
            if isinstance(parsed, Payment):
                seen += 1
            yield parsed
    if not seen:
        yield empty_file(file, FORMAT, "Monzo transactions")


def _row(file: InputFile, row: Row, columns: dict[str, int], ctx: ParseContext) -> ParseItem:
    locator = f"row {row.number}"

    def get(key: str) -> str:
        return cell(row, columns, key)

    amount = parse_amount(get("amount"))
    if amount is None:
        return problem(file, locator, f"amount {get('amount')!r} is not a number", source=FORMAT)
    when = f"{get('date')} {get('time')}".strip()
    naive = parse_datetime(when, _DATES)
    if naive is None:
        return problem(file, locator, f"bad date {when!r}", source=FORMAT)
    text = " ".join(part for part in (get("description"), get("notes")) if part)
    return Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=ctx.localize(naive),
        tz_assumed=True,
        counterparty=get("name") or None,
        text=text or None,
        amount=amount,
        currency=get("currency") or None,
        category=get("category") or None,
        transaction_id=get("id") or None,
    )
