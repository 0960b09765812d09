"""Alipay bill (支付宝账单, CSV), GBK-encoded.

About 24 preamble lines (导出信息, 姓名, 支付宝账户, period, totals, notes) come
before the header ``交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,
收/付款方式,交易状态,交易订单号,商家订单号,备注,``. The older mobile layout
puts ``收/支`` first; columns are found by name, so both read the same. Values
are right-padded with spaces, order numbers end in a tab, and every line ends
with a comma.

``收/支`` gives the direction: 支出 (out) is negative, 收入 (in) positive.
不计收支 ("neither") covers refunds, moves between the user's own balances
(余额宝, top-ups, withdrawals) and closed trades; Alipay counts them as neither
income nor spending. They keep the file's unsigned amount, i.e. positive: most
return money to the user, and ``status`` (退款成功, 交易关闭...) and
``category`` tell them apart. Times carry no zone; Alipay writes China time, so
Asia/Shanghai is attached with ``tz_assumed``.

The older web export (支付宝交易记录明细查询, ``alipay_record_*.csv`` or ``.txt``,
also GBK) opens with ``账号:[…]`` and the period, then a ``---交易记录明细列表---``
rule and the header ``交易号,商家订单号,交易创建时间,付款时间,最近修改时间,
交易来源地,类型,交易对方,商品名称,金额（元）,收/支,交易状态,服务费（元）,
成功退款（元）,备注,资金状态,``; a closing rule, the counts (共N笔记录, 已收入…)
and 导出时间 follow the rows. ``收/支`` is empty for some rows and absent from
early exports: then ``资金状态`` gives the direction (已支出 out, 已收入 in;
资金转移, 冻结 and 解冻 are neither).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from zoneinfo import ZoneInfo

from footprint.loading import InputFile
from footprint.model import ParseItem, Payment, ProfileFact
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

FORMAT = "alipay"
LABEL = "Alipay bill (支付宝账单, CSV)"
CATEGORY = "payment"
PATHS = ("alipay_record_*.csv", "支付宝交易明细*.csv", "alipay*.csv", "alipay_record_*.txt")
MULTI_FILE = False
# Alipay writes GBK; GB18030 is its superset. Tried before any guess.
ENCODINGS = ("gb18030",)

CHINA = ZoneInfo("Asia/Shanghai")

COLUMNS: dict[str, tuple[str, ...]] = {
    "time": ("交易时间", "交易创建时间", "付款时间"),
    "category": ("交易分类",),
    "counterparty": ("交易对方",),
    "counterparty_account": ("对方账号",),
    "description": ("商品说明", "商品名称"),
    "direction": ("收/支",),
    "amount": ("金额", "金额（元）", "金额(元)"),
    "status": ("交易状态",),
    "order": ("交易订单号", "交易号"),
    "note": ("备注",),
    "fund_status": ("资金状态",),  # web export only
}
_REQUIRED = ("time", "counterparty", "amount")
_DIRECTION = ("direction", "fund_status")  # at least one of them
_DATES = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M")
_SIGNS = {"支出": -1, "收入": 1}
_FUND_SIGNS = {"已支出": -1, "已收入": 1}  # web export's 资金状态
_EMPTY = {"", "/"}
# The words of the preamble this parser keys on; redaction keeps them (redact.structure).
LABELS = ("姓名", "支付宝账户", "账号")
_PREAMBLE = re.compile(rf"^(?P<key>{'|'.join(LABELS)})[：:]\s*\[?(?P<value>.+?)\]?\s*$")


def _is_header(cells: list[str]) -> bool:
    found = column_map(cells, COLUMNS)
    return all(key in found for key in _REQUIRED) and any(key in found for key in _DIRECTION)


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith((".csv", ".txt")):
        return 0.0
    lines = head_lines(file, limit=40)
    if not any(_is_header(first_cells(line)) for line in lines):
        return 0.0
    return 0.95 if any("支付宝" in line for line in lines) else 0.85


def _account_field(value: str) -> str:
    if "@" in value:
        return "email"
    if re.fullmatch(r"[\d*+\- ]{7,}", value):
        return "phone"
    return "account_id"


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    columns: dict[str, int] | None = None
    holder: str | None = None
    seen = 0
    with file.open_text() as stream:
        for item in csv_rows(stream, file, FORMAT):
            if not isinstance(item, Row):
                yield item
                continue
            first = clean(item.cells[0]) if item.cells else ""
            if columns is None:
                if _is_header(item.cells):
                    columns = column_map(item.cells, COLUMNS)
                    continue
                fact = _PREAMBLE.match(first)
                if fact:
                    value = fact["value"]
                    is_name = fact["key"] == "姓名"
                    holder = value if is_name else holder
                    yield ProfileFact(
                        source=FORMAT,
                        path=file.display,
                        locator=f"line {item.line}",
                        field="name" if is_name else _account_field(value),
                        value=value,
                    )
                continue
            if first.startswith("---"):
                break  # the rule that closes the table; a footer may follow
            if item.blank():
                continue
            parsed = _row(file, item, columns, holder)
            if isinstance(parsed, Payment):
                seen += 1
            yield parsed
    if columns is None:
        yield problem(file, "", "no_alipay_header", source=FORMAT)
    elif not seen:
        yield empty_file(file, FORMAT, "Alipay")


def _row(file: InputFile, row: Row, columns: dict[str, int], holder: str | None) -> ParseItem:
    locator = f"line {row.line}"

    def get(key: str) -> str:
        value = cell(row, columns, key)
        return "" if value in _EMPTY else value

    amount = parse_amount(get("amount"))
    if amount is None:
        return problem(file, locator, "amount_not_number", source=FORMAT, value=get("amount"))
    naive = parse_datetime(get("time"), _DATES)
    if naive is None:
        return problem(file, locator, "bad_date", source=FORMAT, value=get("time"))
    sign = _SIGNS.get(get("direction")) or _FUND_SIGNS.get(get("fund_status"), 1)
    text = " ".join(part for part in (get("description"), get("note")) if part)
    return Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=naive.replace(tzinfo=CHINA),
        tz_assumed=True,
        actor=holder,
        counterparty=get("counterparty") or None,
        counterparty_account=get("counterparty_account") or None,
        text=text or None,
        amount=abs(amount) if sign > 0 else 0 - abs(amount),
        currency="CNY",
        status=get("status") or None,
        category=get("category") or None,
        transaction_id=get("order") or None,
    )
