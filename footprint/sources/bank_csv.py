"""Generic bank statement (CSV), for banks without a format of their own.

The columns are guessed from the header, in English, German and Chinese
(:func:`guess_mapping`), and the user may confirm or change the guess: a mapping
in ``ParseContext.bank_csv_mapping`` (field -> header name) replaces it. The
fields are ``date`` and ``amount`` (or ``debit``/``credit``), plus optional
``time``, ``counterparty``, ``description``, ``currency``,
``counterparty_account``, ``transaction_id``, ``category`` and ``status``.

The delimiter (``,``, ``;`` or tab) is read from the header line; preamble lines
before the header (account details many German banks print) are skipped. The
date format is the first that fits every sampled row. Detection stays modest
(0.55) so every specific payment format wins over this one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from footprint.loading import InputFile
from footprint.model import ParseItem, Payment
from footprint.sources._payment_csv import (
    Row,
    clean,
    csv_rows,
    empty_file,
    first_cells,
    head_lines,
)
from footprint.sources.base import ParseContext, parse_amount, problem

FORMAT = "bank_csv"
LABEL = "Bank statement (generic CSV)"
CATEGORY = "payment"
# No path claims: a name like ``export.csv`` says nothing, so content decides,
# where every specific format scores higher.
PATHS: tuple[str, ...] = ()
MULTI_FILE = False

CONFIDENCE = 0.55

# Field -> header spellings, most specific first (matched without case, padding
# or a bracketed suffix such as ``(EUR)``).
# fmt: off
SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": (
        "date",
        "transaction date",
        "booking date",
        "posting date",
        "posted date",
        "buchungstag",
        "buchungsdatum",
        "datum",
        "umsatztag",
        "value date",
        "valuta",
        "valutadatum",
        "wertstellung",
        "交易日期",
        "记账日期",
        "日期",
        "交易时间",
    ),
    "time": ("time", "uhrzeit", "交易时间", "时间"),
    "amount": (
        "amount",
        "transaction amount",
        "value",
        "betrag",
        "umsatz",
        "umsatz in eur",
        "金额",
        "交易金额",
        "发生额",
    ),
    "debit": (
        "debit",
        "debit amount",
        "withdrawal",
        "withdrawals",
        "money out",
        "paid out",
        "soll",
        "ausgang",
        "lastschrift",
        "支出",
        "支出金额",
        "借方金额",
    ),
    "credit": (
        "credit",
        "credit amount",
        "deposit",
        "deposits",
        "money in",
        "paid in",
        "haben",
        "eingang",
        "gutschrift",
        "收入",
        "收入金额",
        "贷方金额",
    ),
    "counterparty": (
        "payee",
        "counterparty",
        "merchant",
        "beneficiary",
        "recipient",
        "payer",
        "name",
        "beguenstigter/zahlungspflichtiger",
        "begünstigter/zahlungspflichtiger",
        "auftraggeber / begünstigter",
        "auftraggeber/begünstigter",
        "auftraggeber/empfänger",
        "zahlungsempfänger",
        "zahlungspflichtiger",
        "name zahlungsbeteiligter",
        "empfänger",
        "auftraggeber",
        "对方户名",
        "对方名称",
        "对方账户名",
        "交易对方",
        "对方",
    ),
    "description": (
        "description",
        "details",
        "memo",
        "narrative",
        "purpose",
        "reference",
        "verwendungszweck",
        "buchungstext",
        "beschreibung",
        "摘要",
        "交易摘要",
        "用途",
        "附言",
        "备注",
        "交易备注",
    ),
    "currency": ("currency", "ccy", "währung", "waehrung", "币种", "货币"),
    "counterparty_account": (
        "iban",
        "counterparty account",
        "account number",
        "iban zahlungsbeteiligter",
        "kontonummer/iban",
        "kontonummer",
        "对方账号",
        "对方账户",
    ),
    "transaction_id": (
        "transaction id",
        "reference number",
        "transaktions-id",
        "交易流水号",
        "流水号",
    ),
    "category": (
        "category", "kategorie", "type", "transaction type", "buchungstext", "umsatzart",
        "交易类型",
    ),
    "status": ("status", "state", "状态", "交易状态"),
}
# fmt: on
FIELDS = tuple(SYNONYMS)

_BRACKET = re.compile(r"\s*[(（\[](?P<inner>[^)）\]]*)[)）\]]\s*$")
_CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")
_CURRENCY_NAMES = {"人民币": "CNY", "RMB": "CNY", "€": "EUR", "$": "USD", "£": "GBP"}
_HEADER_LINES = 30
_SAMPLE_ROWS = 200

# fmt: off
_DATES = (
    "%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%m/%d/%Y", "%d/%m/%y", "%m/%d/%y",
    "%Y/%m/%d", "%d-%m-%Y", "%Y%m%d", "%d %b %Y", "%b %d, %Y", "%Y年%m月%d日",
)
# fmt: on
_TIMES = ("", " %H:%M:%S", " %H:%M", "T%H:%M:%S", " %H%M%S")


def _normalise(name: str) -> tuple[str, str | None]:
    """A header name for matching, and the currency code in its brackets if any."""
    name = clean(name)
    bracket = _BRACKET.search(name)
    currency = None
    if bracket:
        inner = bracket["inner"].strip().upper()
        currency = inner if _CURRENCY_CODE.match(inner) else None
        name = name[: bracket.start()]
    return name.strip().casefold(), currency


def guess_mapping(header: Sequence[str]) -> dict[str, str]:
    """Field -> header name guessed from a CSV header row; each header used once.

    Pure and cheap, so the dashboard and the CLI can show the guess for the user
    to confirm before parsing with it.
    """
    names = [clean(cell) for cell in header]
    normalised = [_normalise(name)[0] for name in names]
    mapping: dict[str, str] = {}
    used: set[int] = set()
    for field in FIELDS:
        for spelling in SYNONYMS[field]:
            index = next(
                (i for i, name in enumerate(normalised) if name == spelling and i not in used),
                None,
            )
            if index is not None:
                mapping[field] = names[index]
                used.add(index)
                break
    return mapping


def _usable(mapping: Mapping[str, str]) -> bool:
    has_amount = "amount" in mapping or "debit" in mapping or "credit" in mapping
    return "date" in mapping and has_amount


def _delimiter(line: str) -> str:
    counts = {delimiter: line.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=lambda delimiter: counts[delimiter])


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith((".csv", ".tsv")):
        return 0.0
    for line in head_lines(file, limit=_HEADER_LINES):
        mapping = guess_mapping(first_cells(line, _delimiter(line)))
        if _usable(mapping) and ("counterparty" in mapping or "description" in mapping):
            return CONFIDENCE
    return 0.0


def _header_index(header: Sequence[str], mapping: Mapping[str, str]) -> dict[str, int] | None:
    """Field -> column index when every mapped header name is in this row."""
    names = [clean(cell).casefold() for cell in header]
    columns: dict[str, int] = {}
    for field, name in mapping.items():
        wanted = clean(name).casefold()
        if wanted not in names:
            return None
        columns[field] = names.index(wanted)
    return columns


@dataclass
class _Layout:
    """Where the table starts and how to read it."""

    header_line: int
    delimiter: str
    columns: dict[str, int]
    currency: str | None
    headers: dict[str, str]  # field -> the header name as written in the file
    cells: list[str]  # the whole header row
    date_format: str = _DATES[0]


def _find_layout(file: InputFile, chosen: Mapping[str, str] | None) -> _Layout | None:
    with file.open_text() as stream:
        preamble = [stream.readline() for _ in range(_HEADER_LINES)]
    for line_no, line in enumerate(preamble, start=1):
        if not line.strip():
            continue
        delimiter = _delimiter(line)
        cells = first_cells(line.rstrip("\r\n"), delimiter)
        mapping = chosen if chosen is not None else guess_mapping(cells)
        if not _usable(mapping):
            continue
        columns = _header_index(cells, mapping)
        if columns is not None:
            currency = next(
                (code for cell in cells if (code := _normalise(cell)[1]) is not None), None
            )
            headers = {field: clean(cells[index]) for field, index in columns.items()}
            return _Layout(line_no, delimiter, columns, currency, headers, list(map(clean, cells)))
    return None


def header_and_guess(file: InputFile) -> tuple[list[str], dict[str, str]]:
    """The header row parsing would use and the guessed mapping, for the user to confirm.

    Without a usable guess: the widest of the first lines, so columns can still be chosen.
    """
    layout = _find_layout(file, None)
    if layout is not None:
        return layout.cells, dict(layout.headers)
    widest: list[str] = []
    with file.open_text() as stream:
        for line in (stream.readline() for _ in range(_HEADER_LINES)):
            cells = [clean(cell) for cell in first_cells(line.rstrip("\r\n"), _delimiter(line))]
            if len(cells) > len(widest):
                widest = cells
    return widest, {}


def columns_used(file: InputFile, chosen: Mapping[str, str] | None = None) -> dict[str, str] | None:
    """Field -> header name that parsing ``file`` would use (the guess, or ``chosen``);
    None when no usable header is found. For the user to confirm or correct."""
    layout = _find_layout(file, chosen)
    return dict(layout.headers) if layout else None


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    chosen = dict(ctx.bank_csv_mapping) if ctx.bank_csv_mapping else None
    if chosen is not None:
        unknown = sorted(set(chosen) - set(FIELDS))
        if unknown or not _usable(chosen):
            why = f"unknown fields {', '.join(unknown)}" if unknown else "needs date and amount"
            yield problem(file, "", f"column mapping not usable: {why}", source=FORMAT)
            return
    layout = _find_layout(file, chosen)
    if layout is None:
        wanted = f" with {', '.join(chosen.values())}" if chosen else ""
        yield problem(file, "", f"no bank statement header found{wanted}", source=FORMAT)
        return
    seen = 0
    for item in _records(file, ctx, layout):
        seen += isinstance(item, Payment)
        yield item
    if not seen:
        yield empty_file(file, FORMAT, "transactions")


def _records(file: InputFile, ctx: ParseContext, layout: _Layout) -> Iterator[ParseItem]:
    """Rows are held back until the date format is settled on a sample, then streamed."""
    with file.open_text() as stream:
        for _ in range(layout.header_line):
            stream.readline()
        pending: list[Row] = []
        settled = False
        for item in csv_rows(stream, file, FORMAT, layout.delimiter):
            if not isinstance(item, Row):
                yield item
                continue
            if item.blank() or _is_note(item):
                continue
            pending.append(Row(item.number, item.line + layout.header_line, item.cells))
            if not settled and len(pending) < _SAMPLE_ROWS:
                continue
            if not settled:
                layout.date_format, settled = _date_format(pending, layout), True
            for row in pending:
                yield _payment(file, row, layout, ctx)
            pending.clear()
        if not settled:
            layout.date_format = _date_format(pending, layout)
        for row in pending:
            yield _payment(file, row, layout, ctx)


def _is_note(row: Row) -> bool:
    """A title, note or footer line in the table (``* noch nicht ausgeführte Umsätze``):
    one cell of text without a digit, so no date and no amount."""
    filled = [cell for cell in (clean(value) for value in row.cells) if cell]
    return len(filled) == 1 and not any(char.isdigit() for char in filled[0])


def _get(row: Row, columns: Mapping[str, int], field: str) -> str:
    index = columns.get(field)
    if index is None or index >= len(row.cells):
        return ""
    return clean(row.cells[index])


def _when(row: Row, columns: Mapping[str, int]) -> str:
    return f"{_get(row, columns, 'date')} {_get(row, columns, 'time')}".strip()


def _date_format(rows: list[Row], layout: _Layout) -> str:
    """The date format that fits the most sampled rows (the first of equals, US order
    first for dollars). A footer or note row (``* noch nicht ausgeführte Umsätze``)
    fits none and must not spoil the format of every real row."""
    samples = [_when(row, layout.columns) for row in rows]
    samples = [sample for sample in samples if any(char.isdigit() for char in sample)]
    currencies = {_get(row, layout.columns, "currency") for row in rows} | {layout.currency}
    dates: tuple[str, ...] = _DATES
    if "USD" in currencies:
        dates = ("%m/%d/%Y", "%m/%d/%y", *_DATES)
    best, best_count = _DATES[0], 0
    for date in dates:
        for clock in _TIMES:
            fmt = date + clock
            count = sum(_fits(sample, fmt) for sample in samples)
            if count == len(samples) and count:
                return fmt
            if count > best_count:
                best, best_count = fmt, count
    return best


def _parse_when(when: str, date_format: str) -> datetime | None:
    """``when`` in the settled format; the date order is settled, but a row may carry a
    time where others have none (or the other way round)."""
    date_part = next(
        (
            date_format.removesuffix(clock)
            for clock in _TIMES
            if clock and date_format.endswith(clock)
        ),
        date_format,
    )
    for fmt in (date_format, *(date_part + clock for clock in _TIMES)):
        try:
            return datetime.strptime(when, fmt)
        except ValueError:
            continue
    return None


def _fits(sample: str, fmt: str) -> bool:
    try:
        datetime.strptime(sample, fmt)
    except ValueError:
        return False
    return True


def _currency(raw: str) -> str | None:
    return _CURRENCY_NAMES.get(raw.upper(), raw.upper()) if raw else None


def _amount(row: Row, columns: Mapping[str, int]) -> Decimal | None:
    if "amount" in columns:
        return parse_amount(_get(row, columns, "amount"))
    debit_raw, credit_raw = _get(row, columns, "debit"), _get(row, columns, "credit")
    debit = parse_amount(debit_raw) if debit_raw else Decimal(0)
    credit = parse_amount(credit_raw) if credit_raw else Decimal(0)
    if debit is None or credit is None or not (debit_raw or credit_raw):
        return None
    # Banks write debits either unsigned or negative; both leave the account.
    return abs(credit) - abs(debit)


def _payment(file: InputFile, row: Row, layout: _Layout, ctx: ParseContext) -> ParseItem:
    columns, date_format = layout.columns, layout.date_format
    locator = f"row {row.number + 1}" if layout.header_line == 1 else f"line {row.line}"
    amount = _amount(row, columns)
    if amount is None:
        shown = (
            _get(row, columns, "amount")
            or _get(row, columns, "debit")
            or _get(row, columns, "credit")
        )
        return problem(file, locator, f"amount {shown!r} is not a number", source=FORMAT)
    when = _when(row, columns)
    naive = _parse_when(when, date_format)
    if naive is None:
        return problem(file, locator, f"bad date {when!r} (expected {date_format})", source=FORMAT)
    return Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=ctx.localize(naive),
        tz_assumed=True,
        counterparty=_get(row, columns, "counterparty") or None,
        counterparty_account=_get(row, columns, "counterparty_account") or None,
        text=_get(row, columns, "description") or None,
        amount=amount,
        currency=_currency(_get(row, columns, "currency")) or layout.currency,
        status=_get(row, columns, "status") or None,
        category=_get(row, columns, "category") or None,
        transaction_id=_get(row, columns, "transaction_id") or None,
    )
