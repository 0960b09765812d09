"""Venmo statement (CSV), the current and the older layout.

The current statement opens with ``Account Statement - (@user)`` and
``Account Activity``, then a header whose first column is empty, then a row that
only holds the beginning balance; the last row holds the ending balance and a
disclaimer. The older layout starts with the header ``" ID","Datetime",...``.
Amounts look like ``+ $50.00`` and are already signed from the user's side.
``Datetime`` carries no zone but is UTC (the statement's times of evening payments fall
after midnight, and importers such as beancount-import read it so): an absolute instant,
shown later in the zone decided for the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

from footprint.loading import InputFile
from footprint.model import ParseItem, Payment, ProfileFact
from footprint.sources._payment_csv import (
    Row,
    cell,
    column_map,
    csv_rows,
    empty_file,
    first_cells,
    head_lines,
)
from footprint.sources.base import ParseContext, parse_amount, problem

FORMAT = "venmo"
LABEL = "Venmo statement (CSV)"
CATEGORY = "payment"
PATHS = ("venmo*.csv", "*venmo*.csv")
MULTI_FILE = False

COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("ID",),
    "datetime": ("Datetime",),
    "type": ("Type",),
    "status": ("Status",),
    "note": ("Note",),
    "from": ("From",),
    "to": ("To",),
    "amount": ("Amount (total)",),
    "funding_source": ("Funding Source",),
    "destination": ("Destination",),
}
_REQUIRED = ("id", "datetime", "amount", "from", "to")
_STATEMENT = re.compile(r"^\s*Account Statement\s*-\s*\((?P<user>@[^)\s]+)\)")
# Venmo types where the one who sends the request (From) is the one paid.
_REQUESTS = {"charge"}


def _is_header(cells: list[str]) -> bool:
    found = column_map(cells, COLUMNS)
    return all(key in found for key in _REQUIRED)


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".csv"):
        return 0.0
    lines = head_lines(file, limit=5)
    if any(_is_header(first_cells(line)) for line in lines):
        return 0.95
    return 0.0


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    columns: dict[str, int] | None = None
    statement_layout = False
    seen = 0
    with file.open_text() as stream:
        for item in csv_rows(stream, file, FORMAT):
            if not isinstance(item, Row):
                yield item
                continue
            if columns is None:
                if _is_header(item.cells):
                    columns = column_map(item.cells, COLUMNS)
                    statement_layout = item.number > 1
                    continue
                statement = _STATEMENT.match(item.cells[0] if item.cells else "")
                if statement:
                    yield ProfileFact(
                        source=FORMAT,
                        path=file.display,
                        locator=f"line {item.line}",
                        field="username",
                        value=statement["user"],
                    )
                elif item.number > 5:
                    break
                continue
            if item.blank():
                continue
            locator = f"line {item.line}" if statement_layout else f"row {item.number}"
            parsed = _payment(file, item, columns, locator)
            if isinstance(parsed, Payment):
                seen += 1
            if parsed is not None:
                yield parsed
    if columns is None:
        yield problem(file, "", "no_venmo_header_id_datetime", source=FORMAT)
    elif not seen:
        yield empty_file(file, FORMAT, "Venmo")


def _payment(file: InputFile, row: Row, columns: dict[str, int], locator: str) -> ParseItem | None:
    def get(key: str) -> str:
        return cell(row, columns, key)

    if not get("id") and not get("datetime"):
        return None  # beginning or ending balance, disclaimer
    raw_amount = get("amount")
    amount = parse_amount(raw_amount)
    if amount is None:
        return problem(file, locator, "amount_not_number", source=FORMAT, value=raw_amount)
    try:
        naive = datetime.fromisoformat(get("datetime"))
    except ValueError:
        return problem(file, locator, "bad_date", source=FORMAT, value=get("datetime"))
    timestamp = naive if naive.tzinfo is not None else naive.replace(tzinfo=UTC)
    payer, payee = get("from"), get("to")
    if get("type").lower() in _REQUESTS:
        payer, payee = payee, payer
    user, other = (payer, payee) if amount < 0 else (payee, payer)
    account = None
    if not payer and not payee:
        # A transfer between Venmo and the user's bank or card.
        account = (get("destination") if amount < 0 else get("funding_source")) or None
    return Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        actor=user or None,
        counterparty=other or None,
        counterparty_account=account,
        text=get("note") or None,
        amount=amount,
        currency="USD",
        status=get("status") or None,
        category=get("type") or None,
        transaction_id=get("id") or None,
    )
