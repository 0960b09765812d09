"""Monzo transactions export (CSV).

Header: ``Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,
Local amount,Local currency,Notes and #tags,Address,Receipt,Description,
Category split,Money Out,Money In``. Dates are ``DD/MM/YYYY``; ``Amount`` is
signed (negative leaves the account). No zone is stated, so the assumed zone is
attached.

The 2018 export had another header: ``id,created,amount,currency,local_amount,
local_currency,category,emoji,description,address,notes,receipt``. ``created`` is
a timestamp with its offset (``2018-03-30 17:32:57 +0000``), so no zone is
assumed; amounts are signed, in pounds; ``description`` names the merchant and
``category`` is a lowercase id (``eating_out``). Some files have an unnamed
column after ``local_amount``; columns are found by name, so it does not matter.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

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

# --- the 2018 layout
COLUMNS_2018: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "created": ("created",),
    "amount": ("amount",),
    "currency": ("currency",),
    "local_amount": ("local_amount",),
    "local_currency": ("local_currency",),
    "category": ("category",),
    "description": ("description",),
    "address": ("address",),
    "notes": ("notes",),
}
_REQUIRED_2018 = ("id", "created", "amount", "currency")
_SIGNATURE_2018 = ("local_amount", "local_currency")
_CREATED = ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M:%S.%f %z")


def _layout(header: list[str]) -> tuple[str, dict[str, int]] | None:
    """``("current" | "2018", columns)`` for a Monzo header, None for any other."""
    found = column_map(header, COLUMNS)
    if all(key in found for key in _REQUIRED) and any(key in found for key in _SIGNATURE):
        return "current", found
    found = column_map(header, COLUMNS_2018)
    if all(key in found for key in _REQUIRED_2018) and all(k in found for k in _SIGNATURE_2018):
        return "2018", found
    return None


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".csv"):
        return 0.0
    lines = head_lines(file, limit=1)
    if not lines:
        return 0.0
    return 0.95 if _layout(first_cells(lines[0])) else 0.0


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    columns: dict[str, int] | None = None
    legacy = False
    seen = 0
    with file.open_text() as stream:
        for item in csv_rows(stream, file, FORMAT):
            if not isinstance(item, Row):
                yield item
                continue
            if columns is None:
                layout = _layout(item.cells) or ("current", column_map(item.cells, COLUMNS))
                missing = [key for key in _REQUIRED if key not in layout[1]]
                if layout[0] == "current" and missing:
                    yield problem(
                        file,
                        "row 1",
                        "missing_monzo_columns",
                        source=FORMAT,
                        value=", ".join(missing),
                    )
                    return
                legacy, columns = layout[0] == "2018", layout[1]
                continue
            if item.blank():
                continue
            parsed = (_row_2018 if legacy else _row)(file, item, columns, ctx)
            if isinstance(parsed, Payment):
                seen += 1
            yield parsed
    if not seen:
        yield empty_file(file, FORMAT, "Monzo")


def _row(file: InputFile, row: Row, columns: dict[str, int], ctx: ParseContext) -> ParseItem:
    locator = f"row {row.number}"

    def get(key: str) -> str:
        return cell(row, columns, key)

    amount = parse_amount(get("amount"))
    if amount is None:
        return problem(file, locator, "amount_not_number", source=FORMAT, value=get("amount"))
    when = f"{get('date')} {get('time')}".strip()
    naive = parse_datetime(when, _DATES)
    if naive is None:
        return problem(file, locator, "bad_date", source=FORMAT, value=when)
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


def _created(raw: str) -> datetime | None:
    """``created`` of the 2018 layout: with an offset, or ISO 8601."""
    aware = parse_datetime(raw, _CREATED)
    if aware is None:
        try:
            aware = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            return None
    return aware if aware.utcoffset() is not None else None


def _row_2018(file: InputFile, row: Row, columns: dict[str, int], ctx: ParseContext) -> ParseItem:
    locator = f"row {row.number}"

    def get(key: str) -> str:
        return cell(row, columns, key)

    amount = parse_amount(get("amount"))
    if amount is None:
        return problem(file, locator, "amount_not_number", source=FORMAT, value=get("amount"))
    when = _created(get("created"))
    if when is None:
        return problem(file, locator, "bad_created_time", source=FORMAT, value=get("created"))
    return Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when,
        counterparty=get("description") or None,
        text=get("notes") or None,
        amount=amount,
        currency=get("currency") or None,
        category=get("category") or None,
        transaction_id=get("id") or None,
    )
