"""Writes the synthetic bank workbooks in tests/fixtures/bank_csv/ (run once, by hand).

Legacy ``.xls`` needs xlwt (BSD), which footprint itself does not use:
``pip install --target /tmp/xlwt xlwt`` then
``PYTHONPATH=/tmp/xlwt python tests/tools/make_bank_sheets.py``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlwt  # type: ignore[import-not-found]
from openpyxl import Workbook

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "bank_csv"


def _xls(name: str, rows: list[list[object]]) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    dates = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, datetime):
                sheet.write(r, c, value, dates)
            elif value is not None:
                sheet.write(r, c, value)
    book.save(str(FOLDER / name))


def main() -> None:
    # A debit card statement the way several Chinese banks send it: a title, account
    # details with full-width padding, padded header cells, numbers as numbers.
    _xls(
        "交易明细_借记卡.xls",
        [
            ["示例银行 交易明细"],
            ["开户机构：", "示例支行"],
            ["币\u3000\u3000种：", "人民币"],
            ["账\u3000\u3000号：", "6200********0001"],
            [],
            [
                "记账日      ",
                "交易日期      ",
                "交易时间      ",
                "支出      ",
                "收入      ",
                "账户余额      ",
                "币种      ",
                "摘要      ",
                "对方账号      ",
                "对方户名      ",
            ],
            [
                "20250101",
                "20250101",
                "18:53:19",
                67.0,
                0.0,
                2176.91,
                "人民币",
                "消费",
                "2088****0156",
                "示例网络科技有限公司",
            ],
            [
                "20250102",
                "20250102",
                "09:12:59",
                0.0,
                5000.0,
                7176.91,
                "人民币",
                "工资",
                "6200****0099",
                "示例科技有限公司",
            ],
            [
                "20250105",
                "20250105",
                "17:12:28",
                515.02,
                0.0,
                6661.89,
                "人民币",
                "转账",
                "6200****0042",
                "李四",
            ],
            ["以上数据仅供参考，具体内容请以柜台为准"],
        ],
    )
    # A credit card statement: a title line, the amount spent and the amount settled.
    _xls(
        "信用卡账单明细.xls",
        [
            ["本期账单明细(人民币)"],
            [
                "交易日期",
                "入账日期",
                "交易描述",
                "卡末四位",
                "交易币种",
                "结算币种",
                "交易金额",
                "结算金额",
            ],
            [
                "2024-11-09",
                "2024-11-09",
                "示例出行科技有限公司",
                1234.0,
                "人民币",
                "人民币",
                "5.90",
                "5.90",
            ],
            [
                "2024-11-12",
                "2024-11-13",
                "EXAMPLE BOOKSHOP",
                1234.0,
                "美元",
                "人民币",
                "10.00",
                "72.50",
            ],
            [
                "2024-11-20",
                "2024-11-20",
                "财付通还款",
                1234.0,
                "人民币",
                "人民币",
                "-500.00",
                "-500.00",
            ],
        ],
    )
    # An English workbook with real date cells.
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Statement for account ending 0001"])
    sheet.append(["Date", "Description", "Money out", "Money in", "Balance"])
    sheet.append([datetime(2024, 7, 1), "RENT EXAMPLE LETTINGS", 950.0, None, 1050.0])
    sheet.append([datetime(2024, 7, 3), "SALARY EXAMPLE LTD", None, 2400.5, 3450.5])
    sheet.append([datetime(2024, 7, 9, 14, 30), "CAFE SAMPLE", 3.2, None, 3447.3])
    book.save(FOLDER / "statement_2024-07.xlsx")
    # A workbook that cannot be read: the compound-file signature, then nothing usable.
    (FOLDER / "damaged_statement.xls").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    )


if __name__ == "__main__":
    main()
