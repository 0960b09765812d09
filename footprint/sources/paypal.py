"""PayPal activity download (CSV), English and German headers.

Files are UTF-8 with a BOM and every field quoted. Which columns appear depends
on the report settings, so columns are found by name, never by position. The
"balance affecting" report calls the gross amount ``Amount``. Rows whose
``Balance Impact`` is ``Memo`` (requests sent, authorisations) moved no money and
are not read as payments.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from footprint.loading import InputFile
from footprint.model import ParseItem, Payment, ProblemCode
from footprint.pii.fields import FIELD_ENTITIES, raw_fields_for
from footprint.sources.base import ParseContext, parse_amount, problem

FORMAT = "paypal"
LABEL = "PayPal activity (CSV)"
CATEGORY = "payment"
PATHS = ("Download*.CSV", "paypal*.csv")
MULTI_FILE = False

# Canonical field -> header spellings, English then German.
COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("Date", "Datum"),
    "time": ("Time", "Uhrzeit"),
    "timezone": ("TimeZone", "Time Zone", "Zeitzone"),
    "name": ("Name",),
    "type": ("Type", "Typ"),
    "status": ("Status",),
    "currency": ("Currency", "Währung"),
    # The "balance affecting" report names the amount column "Amount".
    "gross": ("Gross", "Brutto", "Amount", "Betrag"),
    "net": ("Net", "Netto"),
    "from_email": ("From Email Address", "Absender E-Mail-Adresse", "Von E-Mail-Adresse"),
    "to_email": ("To Email Address", "Empfänger E-Mail-Adresse", "An E-Mail-Adresse"),
    "transaction_id": ("Transaction ID", "Transaktionscode"),
    "item_title": ("Item Title", "Artikelbezeichnung"),
    "subject": ("Subject", "Betreff"),
    "note": ("Note", "Hinweis"),
    "impact": ("Balance Impact", "Auswirkung auf Guthaben"),
}
# Balance Impact "Memo" (German export: "Memo"): requests sent, authorisations, orders;
# PayPal lists them, but they moved no money, so they are no payments.
_MEMO = {"memo"}
_REQUIRED = ("date", "name", "gross")

# Zone abbreviations PayPal writes, to offsets (ambiguous ones are left out).
_ZONES: dict[str, tzinfo] = {
    "UTC": UTC,
    "GMT": UTC,
    "PST": timezone(timedelta(hours=-8)),
    "PDT": timezone(timedelta(hours=-7)),
    "MST": timezone(timedelta(hours=-7)),
    "MDT": timezone(timedelta(hours=-6)),
    "CST": timezone(timedelta(hours=-6)),
    "CDT": timezone(timedelta(hours=-5)),
    "EST": timezone(timedelta(hours=-5)),
    "EDT": timezone(timedelta(hours=-4)),
    "BST": timezone(timedelta(hours=1)),
    "CET": timezone(timedelta(hours=1)),
    "CEST": timezone(timedelta(hours=2)),
    "MEZ": timezone(timedelta(hours=1)),
    "MESZ": timezone(timedelta(hours=2)),
}

_DATE_FORMATS = ("%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%y", "%m/%d/%y")


def _column_map(header: list[str]) -> dict[str, int]:
    cleaned = [cell.strip().lstrip("\ufeff").strip('"') for cell in header]
    found: dict[str, int] = {}
    for key, spellings in COLUMNS.items():
        for index, cell in enumerate(cleaned):
            if cell in spellings:
                found[key] = index
                break
    return found


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".csv"):
        return 0.0
    first = file.head_text(4096).splitlines()[:1]
    if not first:
        return 0.0
    try:
        header = next(csv.reader(first))
    except csv.Error:
        return 0.0
    found = _column_map(header)
    if not all(key in found for key in _REQUIRED):
        return 0.0
    score = 0.6
    if "transaction_id" in found:
        score += 0.2
    if "timezone" in found or "net" in found:
        score += 0.15
    return score


_US_ZONES = {"PST", "PDT", "MST", "MDT", "CST", "CDT", "EST", "EDT"}


def _date_format(rows: list[list[str]], index: int, zone_index: int | None) -> str:
    """The one date format that fits every sampled row (d/m versus m/d).

    When both fit, a US zone in the rows decides for month first.
    """
    samples = [row[index].strip() for row in rows if len(row) > index and row[index].strip()]
    zones = {
        row[zone_index].strip() for row in rows if zone_index is not None and len(row) > zone_index
    }
    order: tuple[str, ...] = _DATE_FORMATS
    if zones & _US_ZONES:
        order = ("%m/%d/%Y", "%m/%d/%y", *_DATE_FORMATS)
    for fmt in order:
        try:
            for sample in samples:
                datetime.strptime(sample, fmt)
        except ValueError:
            continue
        return fmt
    return _DATE_FORMATS[0]


def _zone(raw: str, ctx: ParseContext) -> tuple[tzinfo, bool]:
    raw = raw.strip()
    if raw in _ZONES:
        return _ZONES[raw], False
    if "/" in raw:
        try:
            return ZoneInfo(raw), False
        except (KeyError, ValueError):
            pass
    offset = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", raw)
    if offset:
        sign = -1 if offset[1] == "-" else 1
        delta = timedelta(hours=int(offset[2]), minutes=int(offset[3] or 0))
        return timezone(sign * delta), False
    return ctx.assumed_tz, True


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    with file.open_text() as stream:
        reader = csv.reader(stream)
        try:
            header = next(reader)
        except StopIteration:
            yield problem(file, "", "empty_file", ProblemCode.EMPTY, FORMAT)
            return
        except csv.Error as exc:
            yield problem(file, "row 1", "unreadable_header", source=FORMAT, error=exc)
            return
        columns = _column_map(header)
        raw_columns = _raw_columns(header)
        missing = [key for key in _REQUIRED if key not in columns]
        if missing:
            yield problem(
                file, "row 1", "missing_paypal_columns", source=FORMAT, value=", ".join(missing)
            )
            return
        # Sample ahead to settle the date format, then parse the sample and the rest.
        buffered: list[tuple[int, list[str]]] = []
        rows = _numbered_rows(reader, file)
        for item in rows:
            if isinstance(item, tuple):
                buffered.append(item)
                if len(buffered) >= 500:
                    break
            else:
                yield item
        date_format = _date_format(
            [row for _, row in buffered], columns["date"], columns.get("timezone")
        )
        seen = 0
        for row_no, row in buffered:
            seen += 1
            yield from _row(file, row_no, row, columns, date_format, ctx, raw_columns)
        for item in rows:
            if isinstance(item, tuple):
                seen += 1
                yield from _row(file, item[0], item[1], columns, date_format, ctx, raw_columns)
            else:
                yield item
        if seen == 0:
            yield problem(file, "", "no_transactions_file", ProblemCode.EMPTY, FORMAT)


def _raw_columns(header: list[str]) -> dict[str, int]:
    """Header name -> index of the columns footprint.pii.fields lists for PayPal."""
    listed = FIELD_ENTITIES[FORMAT]
    cleaned = [cell.strip().lstrip("\ufeff").strip('"') for cell in header]
    return {name: index for index, name in enumerate(cleaned) if name in listed}


def _numbered_rows(
    reader: Iterator[list[str]], file: InputFile
) -> Iterator[tuple[int, list[str]] | ParseItem]:
    row_no = 1
    while True:
        row_no += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield problem(file, f"row {row_no}", "unreadable_csv_row", source=FORMAT, error=exc)
            continue
        if row and any(cell.strip() for cell in row):
            yield row_no, row


def _address(raw: str) -> str | None:
    return raw if "@" in raw and " " not in raw.strip() else None


def _row(
    file: InputFile,
    row_no: int,
    row: list[str],
    columns: dict[str, int],
    date_format: str,
    ctx: ParseContext,
    raw_columns: dict[str, int] | None = None,
) -> Iterator[ParseItem]:
    locator = f"row {row_no}"

    def cell(key: str) -> str:
        index = columns.get(key)
        if index is None or index >= len(row):
            return ""
        return row[index].strip()

    needed = max(columns[key] for key in _REQUIRED) + 1
    if len(row) < needed:
        yield problem(
            file,
            locator,
            "row_columns_needs_at_least",
            source=FORMAT,
            count=len(row),
            value=needed,
        )
        return
    amount = parse_amount(cell("gross"))
    if amount is None:
        yield problem(file, locator, "amount_not_number", source=FORMAT, value=cell("gross"))
        return
    try:
        day = datetime.strptime(cell("date"), date_format)
        clock = cell("time") or "00:00:00"
        parts = [int(part) for part in clock.split(":")]
        while len(parts) < 3:
            parts.append(0)
        naive = day.replace(hour=parts[0], minute=parts[1], second=parts[2])
    except ValueError as exc:
        yield problem(file, locator, "bad_date_time", source=FORMAT, error=exc)
        return
    if cell("impact").casefold() in _MEMO:
        return
    zone, assumed = _zone(cell("timezone"), ctx)
    # An address column may hold PayPal's own words instead ("Um die Kontaktdaten zu
    # erhalten, gehen Sie zu …" for eBay buyers): no account.
    from_email, to_email = _address(cell("from_email")), _address(cell("to_email"))
    outgoing = amount < 0
    # Item title, subject and note often repeat one another.
    description = " ".join(
        dict.fromkeys(part for part in (cell("item_title"), cell("subject"), cell("note")) if part)
    )
    yield Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=naive.replace(tzinfo=zone),
        tz_assumed=assumed,
        actor=from_email if outgoing else to_email,
        counterparty=cell("name") or None,
        counterparty_account=to_email if outgoing else from_email,
        text=description or None,
        amount=amount,
        currency=cell("currency") or None,
        status=cell("status") or None,
        category=cell("type") or None,
        transaction_id=cell("transaction_id") or None,
        raw_fields=raw_fields_for(
            FORMAT, {name: row[i] for name, i in (raw_columns or {}).items() if i < len(row)}
        ),
    )
