"""Revolut account statement (CSV), the current and the legacy 2018 layout.

Current: ``Type,Product,Started Date,Completed Date,Description,Amount,Fee,
Currency,State,Balance``; PENDING rows have no completion date or balance, and
REVERTED rows are kept with their state. The timestamp is when the payment was
started (the completion may never come). Legacy (2018): ``;``-separated with
padding spaces, ``Completed Date ; Reference ; Paid Out (EUR) ; Paid In (EUR) ;
... ; Category``, dates like ``Apr 8, 2018``; the currency is in the header.
Neither states a zone, so the assumed zone is attached.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from footprint.loading import InputFile
from footprint.model import ParseItem, Payment
from footprint.sources._payment_csv import (
    Row,
    cell,
    clean,
    column_map,
    csv_rows,
    empty_file,
    first_cells,
    head_lines,
    parse_datetime,
)
from footprint.sources.base import ParseContext, parse_amount, problem

FORMAT = "revolut"
LABEL = "Revolut statement (CSV)"
CATEGORY = "payment"
PATHS = ("revolut*.csv", "account-statement_*.csv")
MULTI_FILE = False

CURRENT: dict[str, tuple[str, ...]] = {
    "type": ("Type",),
    "product": ("Product",),
    "started": ("Started Date",),
    "completed": ("Completed Date",),
    "description": ("Description",),
    "amount": ("Amount",),
    "fee": ("Fee",),
    "currency": ("Currency",),
    "state": ("State",),
}
_CURRENT_REQUIRED = ("started", "description", "amount", "currency", "state")

_LEGACY_PAID = re.compile(r"^Paid (?P<way>Out|In) \((?P<currency>[A-Z]{3})\)$", re.IGNORECASE)
LEGACY: dict[str, tuple[str, ...]] = {
    "completed": ("Completed Date",),
    "reference": ("Reference", "Description"),
    "category": ("Category",),
    "notes": ("Notes",),
}
_LEGACY_DATES = ("%b %d, %Y", "%d %b %Y", "%B %d, %Y", "%Y-%m-%d")
_CURRENT_DATES = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d")
# Description prefixes that name the other party of a transfer.
_PARTY_PREFIX = re.compile(r"^(?:To|From|Payment from|Transfer to|Transfer from)\s+", re.IGNORECASE)


def _legacy_columns(header: list[str]) -> dict[str, int] | None:
    found = column_map(header, LEGACY)
    for index, name in enumerate(header):
        paid = _LEGACY_PAID.match(clean(name))
        if paid:
            found[f"paid_{paid['way'].lower()}"] = index
    if all(key in found for key in ("completed", "reference", "paid_out", "paid_in")):
        return found
    return None


def _currency_of(header: list[str]) -> str | None:
    for name in header:
        paid = _LEGACY_PAID.match(clean(name))
        if paid:
            return paid["currency"].upper()
    return None


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".csv"):
        return 0.0
    lines = head_lines(file, limit=1)
    if not lines:
        return 0.0
    current = column_map(first_cells(lines[0]), CURRENT)
    if all(key in current for key in _CURRENT_REQUIRED) and "product" in current:
        return 0.95
    if _legacy_columns(first_cells(lines[0], ";")) is not None:
        return 0.95
    return 0.0


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    with file.open_text() as stream:
        first = stream.readline()
        if not first.strip():
            yield empty_file(file, FORMAT, "Revolut")
            return
        legacy = ";" in first and "," not in first.split(";")[0]
        delimiter = ";" if legacy else ","
        header = first_cells(first, delimiter)
        seen = 0
        if legacy:
            columns = _legacy_columns(header)
            currency = _currency_of(header)
        else:
            columns = column_map(header, CURRENT)
            missing = [key for key in _CURRENT_REQUIRED if key not in columns]
            if missing:
                columns = None
        if columns is None:
            yield problem(file, "row 1", "missing_revolut_columns", source=FORMAT)
            return
        for item in csv_rows(stream, file, FORMAT, delimiter):
            if not isinstance(item, Row):
                yield item
                continue
            if item.blank():
                continue
            row = Row(item.number + 1, item.line + 1, item.cells)
            if legacy:
                parsed = _legacy_row(file, row, columns, currency, ctx)
            else:
                parsed = _current_row(file, row, columns, ctx)
            if isinstance(parsed, Payment):
                seen += 1
            yield parsed
        if not seen:
            yield empty_file(file, FORMAT, "Revolut")


def _counterparty(description: str) -> str | None:
    return _PARTY_PREFIX.sub("", description).strip() or None


def _current_row(
    file: InputFile, row: Row, columns: dict[str, int], ctx: ParseContext
) -> ParseItem:
    locator = f"row {row.number}"

    def get(key: str) -> str:
        return cell(row, columns, key)

    amount = parse_amount(get("amount"))
    if amount is None:
        return problem(file, locator, "amount_not_number", source=FORMAT, value=get("amount"))
    when = get("started") or get("completed")
    naive = parse_datetime(when, _CURRENT_DATES)
    if naive is None:
        return problem(file, locator, "bad_date", source=FORMAT, value=when)
    description = get("description")
    fee = parse_amount(get("fee")) or Decimal(0)
    text = description
    if fee:
        text = f"{description} (fee {fee} {get('currency')})".strip()
    return Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=ctx.localize(naive),
        tz_assumed=True,
        counterparty=_counterparty(description),
        text=text or None,
        amount=amount,
        currency=get("currency") or None,
        status=get("state") or None,
        category=get("type") or None,
    )


def _legacy_row(
    file: InputFile,
    row: Row,
    columns: dict[str, int],
    currency: str | None,
    ctx: ParseContext,
) -> ParseItem:
    locator = f"row {row.number}"

    def get(key: str) -> str:
        return cell(row, columns, key)

    paid_out, paid_in = get("paid_out"), get("paid_in")
    out_amount = parse_amount(paid_out) if paid_out else Decimal(0)
    in_amount = parse_amount(paid_in) if paid_in else Decimal(0)
    if out_amount is None or in_amount is None or not (paid_out or paid_in):
        return problem(file, locator, "amount_not_number", source=FORMAT, value=paid_out or paid_in)
    naive = parse_datetime(get("completed"), _LEGACY_DATES)
    if naive is None:
        return problem(file, locator, "bad_date", source=FORMAT, value=get("completed"))
    reference = get("reference")
    text = " ".join(part for part in (reference, get("notes")) if part)
    return Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=ctx.localize(naive),
        tz_assumed=True,
        counterparty=_counterparty(reference),
        text=text or None,
        amount=abs(in_amount) - abs(out_amount),
        currency=currency,
        category=get("category") or None,
    )
