"""Generic bank statement (CSV), for banks without a format of their own.

The columns are guessed from the header, in English, German and Chinese
(:func:`guess_mapping`), and the user may confirm or change the guess: a mapping
in ``ParseContext.bank_csv_mapping`` (field -> header name) replaces it. The
fields are ``date`` and ``amount`` (or ``debit``/``credit``), plus optional
``time``, ``counterparty``, ``description``, ``currency``,
``counterparty_account``, ``transaction_id``, ``category`` and ``status``.

The delimiter (``,``, ``;`` or tab) is read from the header line; preamble lines
before the header (account details many German banks print) are skipped. Excel
downloads (legacy ``.xls`` and ``.xlsx``, see :mod:`footprint.sources._sheets`)
are read as the same table, from their first worksheet. The
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
from footprint.model import ParseItem, Payment, ProfileFact
from footprint.phrases import phrase
from footprint.sources._payment_csv import (
    Row,
    clean,
    csv_rows,
    empty_file,
    first_cells,
    head_lines,
)
from footprint.sources._sheets import SUFFIXES as SHEET_SUFFIXES
from footprint.sources._sheets import SheetError, is_sheet, sheet_rows
from footprint.sources.base import ParseContext, parse_amount, problem

FORMAT = "bank_csv"
LABEL = "Bank or broker statement (generic CSV or Excel)"
CATEGORY = "payment"
# No path claims: a name like ``export.csv`` says nothing, so content decides,
# where every specific format scores higher.
PATHS: tuple[str, ...] = ()
MULTI_FILE = False

CONFIDENCE = 0.55
HEADERLESS_CONFIDENCE = 0.5  # the least that counts: any named layout wins

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
        "date posted",
        "trade date",
        "settlement date",
        "交易日期",
        "交易日",
        "记账日期",
        "记账日",
        "银行记账日",
        "日期",
        "成交日期",
        "交收日期",
        # A column with the date and time in one (JD, Meituan, Huobi).
        "交易时间",
        "交易创建时间",
        "时间",
    ),
    # The booking date where the transaction date is empty (card repayments).
    "posting_date": (
        "posting date", "post date", "posted date", "date posted", "booking date",
        "value date", "valuta", "wertstellung", "记账日期", "记账日", "银行记账日",
        "入账日期", "交易成功时间",
    ),
    "time": ("time", "uhrzeit", "交易时间", "成交时间", "时间"),
    "amount": (
        "amount",
        "transaction amount",
        "value",
        "betrag",
        "umsatz",
        "umsatz in eur",
        "billing amount",
        "posted amount",
        # Booked in the account's currency before the amount where it was spent.
        "入账币种/金额",
        "人民币金额",
        "记账金额",
        "实付金额",
        # Brokers: the cash that moved, then the traded value.
        "清算金额",
        "发生金额",
        "net amount",
        "成交额",
        "成交金额",
        "金额",
        "结算金额",
        "交易金额",
        "发生额",
        "交易币种/金额",
        "订单金额",
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
        "记账金额(支出)",
        "交易金额(支出)",
        "支出",
        "支出金额",
        "取出金额",
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
        "记账金额(收入)",
        "交易金额(收入)",
        "收入",
        "存入",
        "存入金额",
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
        "对方账户户名",
        "对方账户名称",
        "对方名称",
        # ``account/name`` in one cell: split in :func:`split_party`.
        "对方账号与户名",
        "对方账号/户名",
        "对方户名/账号",
        "对方账户/户名",
        "交易对方名称",
        "收/付款方",
        "收付款方",
        "收款方/付款方",
        "付款方/收款方",
        "收款人/付款人",
        "payee/payer",
        "payer/payee",
        "counterparty name",
        "beneficiary name",
        "payee name",
        "对方账户名",
        "交易对方",
        "交易对手名称",
        "交易对手",
        "商户名称",
        "证券名称",
        "security name",
        "security",
        "merchant name",
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
        "交易描述",
        "交易说明",
        "业务名称",
        "订单标题",
        "交易对",
        "商品说明",
        "摘要",
        "交易摘要",
        "用途",
        "附言",
        "交易地点/附言",
        "备注",
        "交易备注",
    ),
    "currency": (
        "currency", "ccy", "billing currency", "währung", "waehrung", "记账币种", "入账币种",
        "结算币种", "币种", "货币", "交易币种",
    ),
    "counterparty_account": (
        "iban",
        "counterparty account",
        "account number",
        "iban zahlungsbeteiligter",
        "kontonummer/iban",
        "kontonummer",
        "对方账号",
        "交易对手账号",
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
        "category", "kategorie", "type", "action", "transaction type", "buchungstext", "umsatzart",
        "交易类型",
    ),
    "status": ("status", "state", "transaction status", "状态", "交易状态"),
    # Which way an unsigned amount went (JD, Meituan, HSBC cards): see DIRECTIONS.
    "direction": (
        "credit / debit", "debit / credit", "credit/debit", "debit/credit", "dr/cr", "cr/dr",
        "soll/haben", "收/支", "收支", "收/付", "收支类型", "资金流向", "方向",
        "操作", "买卖方向", "买卖标志",
    ),
}
# The cell values of a ``direction`` column: money out, money in. Anything else
# (不计收支, transfers between one's own accounts) leaves the amount as written.
# fmt: off
DIRECTIONS: dict[str, tuple[str, ...]] = {
    "debit": (
        "debit", "dr", "d", "out", "buy", "soll", "s", "支出", "支", "付", "付款", "借",
        "买入", "买",
    ),
    "credit": (
        "credit", "cr", "c", "in", "sell", "haben", "h", "收入", "收", "收款", "贷",
        "卖出", "卖",
    ),
}
# fmt: on
# A first cell naming a sum row (``人民币合计``, ``Transactions Total``): known, skipped.
TOTAL_WORDS = ("total", "totals", "summe", "gesamt", "合计", "总计", "小计", "合計", "總計")
# An empty amount cell written as a dash or slash.
NONE_CELLS = ("-", "--", "—", "/", "n/a", "无")
# fmt: on
FIELDS = tuple(SYNONYMS)

_BRACKET = re.compile(r"\s*[(（\[](?P<inner>[^)）\]]*)[)）\]]\s*$")
# A note after an amount: ``131.77(已退款89.84)``, ``-3.90(CN)``.
_AMOUNT_NOTE = re.compile(r"(?<=\d)\s*[(（][^)）]*[)）]\s*$")
_AMOUNT_CURRENCY = re.compile(r"^(?P<code>[A-Z]{3})\s*(?=[-+\d])|(?<=\d)\s*(?P<tail>[A-Z]{3})$")
# ``04/01/2020 as of 03/31/2020``: the booking date, with the value date after it.
_DATE_QUALIFIER = re.compile(r"\s+as\s+of\s+.*$", re.I)
_NUMBER = re.compile(r"^[-+]?\s*[$€£¥]?\s*[-+]?\d[\d,.' ]*$")
_TOTAL = re.compile("|".join(re.escape(word) for word in TOTAL_WORDS), re.I)
_CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")
# An account number as banks print it beside a name: digits in groups, maybe masked
# (``4200 1653 8201 0000 1187``, ``6217****1234``, ``DE89 3704 0044 0532 0130 00``).
_ACCOUNT = re.compile(r"^(?:[A-Z]{2}\d\d)?[\d*xX][\d*xX \-]{4,}$")
_CURRENCY_NAMES = {"人民币": "CNY", "RMB": "CNY", "€": "EUR", "$": "USD", "£": "GBP"}
_SYMBOLS = ("€", "$", "£")  # ``¥`` is yen or yuan: not told
_HEADER_LINES = 40
_SAMPLE_ROWS = 200

# fmt: off
_DATES = (
    "%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%m/%d/%Y", "%d/%m/%y", "%m/%d/%y",
    "%Y/%m/%d", "%d-%m-%Y", "%Y%m%d", "%d %b %Y", "%b %d, %Y", "%Y年%m月%d日",
    "%Y.%m.%d",
    # Card statements without a year: it comes from the statement's title (see _year_hint).
    "%m/%d", "%m-%d",
)
_STATEMENT_MONTH = re.compile(r"(?P<year>(?:19|20)\d\d)\s*(?:年|[-/.])\s*(?P<month>\d{1,2})(?!\d)")
_STATEMENT_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)")
# fmt: on
_TIMES = ("", " %H:%M:%S", " %H:%M", "T%H:%M:%S", " %H%M%S")


def _full(name: str) -> str:
    """A header name for matching with its bracket (``记账金额(支出)``), brackets unified."""
    name = clean(name).replace("（", "(").replace("）", ")").casefold()
    return re.sub(r"\s*\(\s*", "(", re.sub(r"\s*\)", ")", name)).strip()


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
    mapping: dict[str, str] = {}
    used: set[int] = set()
    # Whole names first (``记账金额(支出)``), then without a bracket (``Betrag (EUR)``).
    for normalised in ([_full(name) for name in names], [_normalise(n)[0] for n in names]):
        for field in FIELDS:
            if field in mapping:
                continue
            for spelling in SYNONYMS[field]:
                index = next(
                    (i for i, name in enumerate(normalised) if name == spelling and i not in used),
                    None,
                )
                if index is not None:
                    mapping[field] = names[index]
                    used.add(index)
                    break
    if "debit" in mapping and "credit" in mapping:
        # A signed pair says more than an unsigned amount beside it.
        mapping.pop("amount", None)
    return mapping


def _usable(mapping: Mapping[str, str]) -> bool:
    has_amount = "amount" in mapping or "debit" in mapping or "credit" in mapping
    return "date" in mapping and has_amount


def _delimiter(line: str) -> str:
    counts = {delimiter: line.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=lambda delimiter: counts[delimiter])


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith((".csv", ".tsv", *SHEET_SUFFIXES)):
        return 0.0
    if is_sheet(file):
        try:
            rows = [(cells, ",") for cells in sheet_rows(file)[:_HEADER_LINES]]
        except SheetError:
            # A damaged workbook: claimed at the least score that counts, so parsing
            # says why it cannot be read (any format that reads it scores higher).
            return HEADERLESS_CONFIDENCE
    else:
        lines = head_lines(file, limit=_HEADER_LINES)
        rows = [(_unwrap(first_cells(line, _delimiter(line))), _delimiter(line)) for line in lines]
    for cells, _ in rows:
        mapping = guess_mapping(cells)
        if _usable(mapping) and ("counterparty" in mapping or "description" in mapping):
            return CONFIDENCE
    if _headerless(rows, None) is not None:
        return HEADERLESS_CONFIDENCE
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
    statement: tuple[int, int] | None = None  # (year, month) named above the table
    sheet: bool = False  # a workbook: locators are sheet rows
    above: tuple[str, ...] = ()  # the preamble's lines, as text


_FORMULA_TEXT = re.compile(r'^\s*="(?P<text>.*)"\s*$', re.S)


def _unwrap(cells: list[str]) -> list[str]:
    """Cells written as Excel text formulas (``="20230212"``, so Excel keeps leading
    zeros) as their text."""
    return [found["text"] if (found := _FORMULA_TEXT.match(cell)) else cell for cell in cells]


def _head_rows(file: InputFile) -> list[tuple[list[str], str]]:
    """The first lines (or sheet rows) as cells, each with its delimiter; blank ones
    kept as ``[]`` so positions stay line (row) numbers."""
    if is_sheet(file):
        return [(cells, ",") for cells in sheet_rows(file)[:_HEADER_LINES]]
    with file.open_text() as stream:
        lines = [stream.readline() for _ in range(_HEADER_LINES)]
    rows: list[tuple[list[str], str]] = []
    for line in lines:
        delimiter = _delimiter(line)
        cells = first_cells(line.rstrip("\r\n"), delimiter) if line.strip() else []
        rows.append((_unwrap(cells), delimiter))
    return rows


def _find_layout(file: InputFile, chosen: Mapping[str, str] | None) -> _Layout | None:
    try:
        preamble = _head_rows(file)
    except SheetError:
        return None
    for line_no, (cells, delimiter) in enumerate(preamble, start=1):
        if not any(clean(cell) for cell in cells):
            continue
        mapping = chosen if chosen is not None else guess_mapping(cells)
        if not _usable(mapping):
            continue
        columns = _header_index(cells, mapping)
        if columns is not None:
            currency = next(
                (code for cell in cells if (code := _normalise(cell)[1]) is not None), None
            ) or _named_currency(cells[columns["amount"]] if "amount" in columns else "")
            headers = {field: clean(cells[index]) for field, index in columns.items()}
            cleaned = list(map(clean, cells))
            above = [" ".join(cells) for cells, _ in preamble[: line_no - 1]]
            return _Layout(
                line_no,
                delimiter,
                columns,
                currency,
                headers,
                cleaned,
                statement=_year_hint(above),
                sheet=is_sheet(file),
                above=tuple(",".join(cells) for cells, _ in preamble[: line_no - 1]),
            )
    return _headerless(preamble, chosen, sheet=is_sheet(file))


def _named_currency(header: str) -> str | None:
    """The currency an amount header names (``人民币金额``), if any."""
    return next(
        (code for name, code in _CURRENCY_NAMES.items() if len(name) > 1 and name in header),
        None,
    )


def _year_hint(lines: Sequence[str]) -> tuple[int, int] | None:
    """The statement's year and month from a title above the table
    (``对账单（2024年01月）``), for dates written without a year; month 12 when only
    a year is named."""
    for line in lines:
        found = _STATEMENT_MONTH.search(line)
        if found and 1 <= int(found["month"]) <= 12:
            return int(found["year"]), int(found["month"])
    for line in lines:
        year = _STATEMENT_YEAR.search(line)
        if year:
            return int(year["year"]), 12
    return None


def _column_name(index: int) -> str:
    return f"column {index + 1}"


def _is_date(cell: str) -> bool:
    cell = _DATE_QUALIFIER.sub("", clean(cell))
    return any(
        _fits(cell, date + clock)
        for date in _DATES
        for clock in _TIMES
        if any(char.isdigit() for char in cell)
    )


def _is_number(cell: str) -> bool:
    text = amount_cell(cell)[0]
    return bool(_NUMBER.match(text)) and parse_amount(text) is not None


def _headerless(
    lines: Sequence[tuple[list[str], str]], chosen: Mapping[str, str] | None, sheet: bool = False
) -> _Layout | None:
    """A table without a header row (TD Canada Trust: date, description, debit, credit,
    balance): the columns are told by what every sampled row holds.

    A date column, a text column, and amount columns: one -> the amount; two never
    filled together -> debit, then credit; a last column always filled beside them is a
    running balance. Anything less clear is not guessed (``--bank-columns`` with
    ``column N`` names says it instead)."""
    rows = [(cells, delimiter) for cells, delimiter in lines if any(map(clean, cells))]
    if len(rows) < 2 or len({delimiter for _, delimiter in rows}) > 1:
        return None
    delimiter = rows[0][1]
    table = [[clean(cell) for cell in cells] for cells, _ in rows]
    width = len(table[0])
    if width < 3 or any(len(cells) != width for cells in table):
        return None
    if chosen is not None:
        names = [_column_name(index) for index in range(width)]
        if not all(name.casefold() in names for name in chosen.values()):
            return None
        columns = {field: names.index(name.casefold()) for field, name in chosen.items()}
    else:
        found = _headerless_columns(table, width)
        if found is None:
            return None
        columns = found
    headers = {field: _column_name(index) for field, index in columns.items()}
    cells = [_column_name(index) for index in range(width)]
    return _Layout(0, delimiter, columns, None, headers, cells, sheet=sheet)


def _headerless_columns(table: list[list[str]], width: int) -> dict[str, int] | None:
    column = [[cells[index] for cells in table] for index in range(width)]
    dates = [i for i in range(width) if all(_is_date(cell) for cell in column[i])]
    numbers = [
        i
        for i in range(width)
        if i not in dates
        and any(column[i])
        and all(not cell or _is_number(cell) for cell in column[i])
    ]
    texts = [
        i
        for i in range(width)
        if i not in dates and i not in numbers and any(ch.isalpha() for ch in "".join(column[i]))
    ]
    if not dates or not texts or not numbers:
        return None
    if len(numbers) >= 3 and all(column[numbers[-1]]):
        numbers = numbers[:-1]  # a running balance
    columns = {"date": dates[0], "description": texts[0]}
    if len(numbers) == 1:
        return {**columns, "amount": numbers[0]}
    if len(numbers) == 2:
        first, second = column[numbers[0]], column[numbers[1]]
        if all(bool(a) != bool(b) for a, b in zip(first, second, strict=True)):
            return {**columns, "debit": numbers[0], "credit": numbers[1]}
    return None


def header_and_guess(file: InputFile) -> tuple[list[str], dict[str, str]]:
    """The header row parsing would use and the guessed mapping, for the user to confirm.

    Without a usable guess: the widest of the first lines, so columns can still be chosen.
    """
    layout = _find_layout(file, None)
    if layout is not None:
        return layout.cells, dict(layout.headers)
    widest: list[str] = []
    try:
        rows = _head_rows(file)
    except SheetError:
        return [], {}
    for cells, _ in rows:
        if len(cells) > len(widest):
            widest = [clean(cell) for cell in cells]
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
            why = (
                phrase("unknown_fields", fields=unknown) if unknown else phrase("needs_date_amount")
            )
            yield problem(file, "", "column_mapping_not_usable", source=FORMAT, reason=why)
            return
    if is_sheet(file):
        try:
            sheet_rows(file)
        except SheetError as exc:
            yield problem(file, "", exc.detail, source=FORMAT)
            return
    layout = _find_layout(file, chosen)
    if layout is None:
        if chosen:
            columns = list(chosen.values())
            yield problem(file, "", "no_bank_header_with", source=FORMAT, columns=columns)
        else:
            yield problem(file, "", "no_bank_statement_header_found", source=FORMAT)
        return
    yield from _holder(file, layout)
    seen = 0
    for item in _records(file, ctx, layout):
        seen += isinstance(item, Payment)
        yield item
    if not seen:
        yield empty_file(file, FORMAT)


def _table(file: InputFile, layout: _Layout) -> Iterator[Row | ParseItem]:
    """The rows after the header, numbered from 1, each with its line (sheet row)."""
    if layout.sheet:
        rows = sheet_rows(file)[layout.header_line :]
        for number, cells in enumerate(rows, start=1):
            yield Row(number, number, cells)
        return
    with file.open_text() as stream:
        for _ in range(layout.header_line):
            stream.readline()
        for item in csv_rows(stream, file, FORMAT, layout.delimiter):
            yield (
                Row(item.number, item.line, _unwrap(item.cells)) if isinstance(item, Row) else item
            )


# The account holder's own identifiers above the table: 卡号/账号：6217…, 户名：[李四],
# "Account number: 12345678". Bank statements print them in the header of every export.
# Redaction keeps these words (redact.structure).
LABELS = (
    "卡号/账号", "卡号", "账号", "帐号", "账户号码", "户名", "客户名称", "账户名称",
    "account number", "account no", "card number", "card no", "account holder", "account name",
)  # fmt: skip
_HOLDER_FIELD = re.compile(
    r"(?P<label>卡号/账号|卡号|账号|帐号|账户号码|户名|客户名称|账户名称|"
    r"account (?:number|no\.?)|card (?:number|no\.?)|account holder|account name)"
    # A short tag may lead the value (一卡通:); the value ends at a bracket, a comma, the
    # next "label:" or the line's end.
    r"\s*[:：]\s*\[?(?:[^\]\[:：,，\s\d]{1,8}[:：])?\s*"
    r"(?P<value>[^\],，\s][^\],，]*?)\s*(?:\]|[,，]|\s+(?=(?:\S+\s){0,2}\S+\s*[:：])|$)",
    re.IGNORECASE,
)
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_NAME_LABELS = ("户名", "客户名称", "账户名称", "account holder", "account name")


def _holder(file: InputFile, layout: _Layout) -> Iterator[ProfileFact]:
    """The holder's account number and name from the preamble, as profile facts."""
    for line_no, line in enumerate(layout.above, start=1):
        line = _CJK_GAP.sub("", line)  # 账    号 is 账号, spaced to line up the colons
        for found in _HOLDER_FIELD.finditer(line):
            label, value = found["label"].lower(), found["value"].strip()
            # Whatever the value (a redacted copy holds a pseudonym there), so a copy
            # parses to as many records as its original.
            field = "name" if label in _NAME_LABELS else "bank_account"
            yield ProfileFact(
                source=FORMAT,
                path=file.display,
                locator=f"line {line_no}",
                field=field,
                value=value,
            )


def _records(file: InputFile, ctx: ParseContext, layout: _Layout) -> Iterator[ParseItem]:
    """Rows are held back until the date format is settled on a sample, then streamed."""
    pending: list[Row] = []
    settled = False
    for item in _table(file, layout):
        if not isinstance(item, Row):
            yield item
            continue
        if item.blank() or _is_note(item) or _is_total(item, layout.columns):
            continue
        pending.append(Row(item.number, item.line + layout.header_line, item.cells))
        if not settled and len(pending) < _SAMPLE_ROWS:
            continue
        if not settled:
            layout.date_format, settled = _date_format(pending, layout), True
        yield from _payments(file, pending, layout, ctx)
        pending.clear()
    if not settled:
        layout.date_format = _date_format(pending, layout)
    yield from _payments(file, pending, layout, ctx)


def _payments(
    file: InputFile, rows: list[Row], layout: _Layout, ctx: ParseContext
) -> Iterator[ParseItem]:
    for row in rows:
        if not _moves_no_money(row, layout):
            yield _payment(file, row, layout, ctx)


def _moves_no_money(row: Row, layout: _Layout) -> bool:
    """A dated row with every amount cell empty: an event that moved no money (a stock
    split, a card activation), known and skipped rather than a problem."""
    fields = ("amount", "debit", "credit")
    if any(amount_cell(_get(row, layout.columns, field))[0] for field in fields):
        return False
    return _parse_when(_when(row, layout.columns), layout.date_format) is not None


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
    date = _get(row, columns, "date") or _get(row, columns, "posting_date")
    date = _DATE_QUALIFIER.sub("", date)
    return " ".join(f"{date} {_get(row, columns, 'time')}".split())


def _is_total(row: Row, columns: Mapping[str, int]) -> bool:
    """A sum row (``人民币合计``, ``Transactions Total``): no date, and its first filled
    cell names it."""
    if any(char.isdigit() for char in _get(row, columns, "date")):
        return False
    first = next((cell for cell in (clean(value) for value in row.cells) if cell), "")
    return not any(char.isdigit() for char in first) and bool(_TOTAL.search(first))


def amount_cell(raw: str) -> tuple[str, str | None]:
    """An amount cell without what is not the amount, and the currency code it names:
    ``CNY 123.18`` -> (``123.18``, ``CNY``); ``131.77(已退款89.84)`` -> (``131.77``, None);
    ``-`` (none) -> (``""``, None)."""
    text = clean(raw)
    if text.casefold() in NONE_CELLS:
        return "", None
    text = _AMOUNT_NOTE.sub("", text)
    found = _AMOUNT_CURRENCY.search(text)
    code = (found["code"] or found["tail"]) if found else None
    if found:
        text = (text[: found.start()] + text[found.end() :]).strip()
    symbol = next((sign for sign in _SYMBOLS if sign in text), None)
    return text, code or (_CURRENCY_NAMES[symbol] if symbol else None)


def _date_format(rows: list[Row], layout: _Layout) -> str:
    """The date format that fits the most sampled rows (the first of equals, US order
    first for dollars). A footer or note row (``* noch nicht ausgeführte Umsätze``)
    fits none and must not spoil the format of every real row."""
    samples = [_when(row, layout.columns) for row in rows]
    samples = [sample for sample in samples if any(char.isdigit() for char in sample)]
    currencies = {_get(row, layout.columns, "currency") for row in rows} | {layout.currency}
    currencies |= {_amount(row, layout.columns)[1] for row in rows}
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


def _with_year(naive: datetime, statement: tuple[int, int] | None) -> datetime | None:
    """A year-less date in the statement's year, or the year before for months after
    the statement's (a January statement lists December's purchases)."""
    if statement is None:
        return None
    year, month = statement
    try:
        return naive.replace(year=year - 1 if naive.month > month else year)
    except ValueError:  # 29 February in a year without one
        return None


def _fits(sample: str, fmt: str) -> bool:
    try:
        datetime.strptime(sample, fmt)
    except ValueError:
        return False
    return True


def _currency(raw: str) -> str | None:
    return _CURRENCY_NAMES.get(raw.upper(), raw.upper()) if raw else None


def _amount(row: Row, columns: Mapping[str, int]) -> tuple[Decimal | None, str | None]:
    """The signed amount and the currency code written in its cell, if any."""
    if "amount" in columns:
        text, code = amount_cell(_get(row, columns, "amount"))
        amount = parse_amount(text)
        direction = _get(row, columns, "direction").casefold()
        if amount is not None and direction in DIRECTIONS["debit"]:
            amount = -abs(amount)
        elif amount is not None and direction in DIRECTIONS["credit"]:
            amount = abs(amount)
        return amount, code
    (debit_raw, debit_code), (credit_raw, credit_code) = (
        amount_cell(_get(row, columns, "debit")),
        amount_cell(_get(row, columns, "credit")),
    )
    debit = parse_amount(debit_raw) if debit_raw else Decimal(0)
    credit = parse_amount(credit_raw) if credit_raw else Decimal(0)
    if debit is None or credit is None or not (debit_raw or credit_raw):
        return None, None
    # Banks write debits either unsigned or negative; both leave the account.
    return abs(credit) - abs(debit), debit_code or credit_code


def split_party(cell: str) -> tuple[str | None, str | None]:
    """A counterparty cell as (name, account): ``4200 1653 8201/武汉某某公司`` or
    ``ACME Ltd / 12345678`` hold both, one side an account number; anything else is
    a name as written."""
    text = clean(cell)
    if "/" in text:
        left, _, right = (part.strip() for part in text.partition("/"))
        digits = sum(char.isdigit() for char in left + right)
        if _ACCOUNT.match(left) and right and not _ACCOUNT.match(right) and digits >= 6:
            return right, left
        if _ACCOUNT.match(right) and left and not _ACCOUNT.match(left) and digits >= 6:
            return left, right
        if not left or not right:  # one side left blank
            alone = left or right
            return (None, alone) if _ACCOUNT.match(alone) else (alone or None, None)
    return text or None, None


def _payment(file: InputFile, row: Row, layout: _Layout, ctx: ParseContext) -> ParseItem:
    columns, date_format = layout.columns, layout.date_format
    if layout.sheet:
        locator = f"row {row.line}"
    else:
        locator = f"row {row.number + 1}" if layout.header_line == 1 else f"line {row.line}"
    amount, code = _amount(row, columns)
    if amount is None:
        shown = (
            _get(row, columns, "amount")
            or _get(row, columns, "debit")
            or _get(row, columns, "credit")
        )
        return problem(file, locator, "amount_not_number", source=FORMAT, value=shown)
    when = _when(row, columns)
    naive = _parse_when(when, date_format)
    if naive is not None and "%Y" not in date_format and "%y" not in date_format:
        naive = _with_year(naive, layout.statement)
    if naive is None:
        return problem(
            file, locator, "bad_date_expected", source=FORMAT, value=when, value2=date_format
        )
    name, account = split_party(_get(row, columns, "counterparty"))
    return Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=ctx.localize(naive),
        tz_assumed=True,
        counterparty=name,
        counterparty_account=_get(row, columns, "counterparty_account") or account,
        text=_get(row, columns, "description") or None,
        amount=amount,
        currency=_currency(_get(row, columns, "currency")) or code or layout.currency,
        status=_get(row, columns, "status") or None,
        category=_get(row, columns, "category") or None,
        transaction_id=_get(row, columns, "transaction_id") or None,
    )
