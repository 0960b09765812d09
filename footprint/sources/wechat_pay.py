"""WeChat Pay bill (微信支付账单), CSV and the newer XLSX export.

About 16 preamble lines (微信昵称, period, totals, notes) and a
``----…微信支付账单明细列表----`` rule come before the header ``交易时间,交易类型,
交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注``. In the
CSV amounts look like ``¥28.16``, ``/`` means empty and IDs end in a tab; the
XLSX has one more preamble row and plain numbers. The XLSX is read with
openpyxl in read-only mode, row by row.

``收/支`` gives the direction: 支出 negative, 收入 positive. ``/`` marks a
neutral transaction (中性交易: top-ups, withdrawals, card repayments, wealth
products), money moved between the user's own accounts; it keeps the file's
unsigned amount (positive), and ``category`` (交易类型) says what it was.
Times carry no zone; WeChat writes China time, so Asia/Shanghai is attached
with ``tz_assumed``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from footprint.loading import InputFile
from footprint.model import ParseItem, Payment, ProblemCode, ProfileFact
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

FORMAT = "wechat_pay"
LABEL = "WeChat Pay bill (微信支付账单, CSV/XLSX)"
CATEGORY = "payment"
PATHS = ("微信支付账单*.csv", "微信支付账单*.xlsx", "wechat*.csv", "wechat*.xlsx")
MULTI_FILE = False
# WeChat Pay writes UTF-8 with a byte-order mark. Tried before any guess.
ENCODINGS = ("utf-8-sig",)

CHINA = ZoneInfo("Asia/Shanghai")

COLUMNS: dict[str, tuple[str, ...]] = {
    "time": ("交易时间",),
    "type": ("交易类型",),
    "counterparty": ("交易对方",),
    "goods": ("商品",),
    "direction": ("收/支",),
    "amount": ("金额(元)", "金额（元）", "金额"),
    "status": ("当前状态",),
    "order": ("交易单号",),
    "note": ("备注",),
}
_REQUIRED = ("time", "counterparty", "direction", "amount")
_DATES = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M")
_SIGNS = {"支出": -1, "收入": 1}
_EMPTY = {"", "/"}
# The words of the preamble this parser keys on; redaction keeps them (redact.structure).
LABELS = ("微信昵称", "微信支付账单明细")
_NICKNAME = re.compile(rf"^{LABELS[0]}[：:]\s*\[?(?P<value>.*?)\]?\s*$")


def _is_header(cells: Sequence[str]) -> bool:
    found = column_map(cells, COLUMNS)
    return all(key in found for key in _REQUIRED)


def _is_xlsx(file: InputFile) -> bool:
    return file.name.lower().endswith(".xlsx")


def detect(file: InputFile) -> float:
    name = file.name.lower()
    if _is_xlsx(file):
        # An XLSX is a zip: its content cannot be read from the head. Trust the name.
        looks_zip = file.head(4) == b"PK\x03\x04"
        return 0.9 if looks_zip and ("微信支付账单" in name or "wechat" in name) else 0.0
    if not name.endswith(".csv"):
        return 0.0
    lines = head_lines(file, limit=40)
    if not any(_is_header(first_cells(line)) for line in lines):
        return 0.0
    return 0.95 if any("微信" in line for line in lines) else 0.85


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    if _is_xlsx(file):
        yield from _parse_xlsx(file)
        return
    table = _Table(file)
    with file.open_text() as stream:
        for item in csv_rows(stream, file, FORMAT):
            if isinstance(item, Row):
                yield from table.feed(item, f"line {item.line}")
            else:
                yield item
    yield from table.finish()


def _parse_xlsx(file: InputFile) -> Iterator[ParseItem]:
    from openpyxl import load_workbook  # slow to import; only workbooks need it

    table = _Table(file)
    try:
        with file.open() as stream:
            workbook = load_workbook(stream, read_only=True, data_only=True)
            try:
                sheet = workbook.worksheets[0]
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                    cells = [_text(value) for value in values]
                    yield from table.feed(Row(number, number, cells), f"row {number}")
            finally:
                workbook.close()
    except Exception as exc:  # openpyxl raises many kinds (zip, XML, schema) on bad input
        yield problem(
            file,
            "",
            "not_readable_xlsx_workbook",
            ProblemCode.UNREADABLE,
            FORMAT,
            error_type=type(exc).__name__,
            error=exc,
        )
        return
    yield from table.finish()


def _text(value: object) -> str:
    """A spreadsheet cell as the text the CSV export would hold."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, float):
        return str(Decimal(repr(value)))
    return str(value)


class _Table:
    """The bill table in either container: preamble, header, then transactions."""

    def __init__(self, file: InputFile) -> None:
        self.file = file
        self.columns: dict[str, int] | None = None
        self.nickname: str | None = None
        self.seen = 0

    def feed(self, row: Row, locator: str) -> Iterator[ParseItem]:
        if self.columns is None:
            if _is_header(row.cells):
                self.columns = column_map(row.cells, COLUMNS)
                return
            nickname = _NICKNAME.match(clean(row.cells[0]) if row.cells else "")
            if nickname and nickname["value"]:
                self.nickname = nickname["value"]
                yield ProfileFact(
                    source=FORMAT,
                    path=self.file.display,
                    locator=locator,
                    field="display_name",
                    value=nickname["value"],
                )
            return
        if row.blank():
            return
        parsed = _payment(self.file, row, self.columns, locator, self.nickname)
        if isinstance(parsed, Payment):
            self.seen += 1
        yield parsed

    def finish(self) -> Iterator[ParseItem]:
        if self.columns is None:
            yield problem(
                self.file,
                "",
                "no_wechat_pay_header",
                source=FORMAT,
            )
        elif not self.seen:
            yield empty_file(self.file, FORMAT, "WeChat Pay transactions")


def _payment(
    file: InputFile, row: Row, columns: dict[str, int], locator: str, nickname: str | None
) -> ParseItem:
    def get(key: str) -> str:
        value = cell(row, columns, key)
        return "" if value in _EMPTY else value

    amount = parse_amount(get("amount"))
    if amount is None:
        return problem(file, locator, "amount_not_number", source=FORMAT, value=get("amount"))
    naive = parse_datetime(get("time"), _DATES)
    if naive is None:
        return problem(file, locator, "bad_date", source=FORMAT, value=get("time"))
    sign = _SIGNS.get(get("direction"), 1)
    text = " ".join(part for part in (get("goods"), get("note")) if part)
    return Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=naive.replace(tzinfo=CHINA),
        tz_assumed=True,
        actor=nickname,
        counterparty=get("counterparty") or None,
        text=text or None,
        amount=abs(amount) if sign > 0 else 0 - abs(amount),
        currency="CNY",
        status=get("status") or None,
        category=get("type") or None,
        transaction_id=get("order") or None,
    )
