"""Builds the WeChat Pay XLSX fixture, so the committed workbook can be regenerated.

Run ``python -m tests.sources.wechat_pay_xlsx`` from the repository root after a
change; ``test_wechat_pay.py`` checks the committed file still matches.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

FIXTURE = (
    Path(__file__).parent.parent
    / "fixtures"
    / "wechat_pay"
    / "微信支付账单流水文件(20240201-20240229).xlsx"
)

PREAMBLE: list[list[Any]] = [
    ["微信支付账单明细"],
    ["微信昵称：[小雨]"],
    ["起始时间：[2024-02-01 00:00:00] 终止时间：[2024-02-29 23:59:59]"],
    ["导出类型：[全部]"],
    ["导出时间：[2024-03-01 08:00:00]"],
    [None],
    ["共3笔记录"],
    ["收入：1笔 66.60元"],
    ["支出：1笔 15.80元"],
    ["中性交易：1笔 1000.00元"],
    ["注："],
    ["1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易"],
    ["2. 本明细仅展示当前账单中的交易，不包括已删除的记录"],
    ["3. 本明细仅供个人对账使用"],
    ["4. 本明细内容仅供参考"],
    [None],
    ["----------------------微信支付账单明细列表--------------------"],
]
HEADER = ["交易时间", "交易类型", "交易对方", "商品", "收/支", "金额(元)", "支付方式",
          "当前状态", "交易单号", "商户单号", "备注"]  # fmt: skip
ROWS: list[list[Any]] = [
    ["2024-02-02 07:45:12", "商户消费", "早餐铺", "豆浆油条", "支出", 15.8, "零钱",
     "支付成功", "4200000000202402020001", "200000000120240202", "/"],
    [datetime(2024, 2, 10, 20, 0, 0), "微信红包", "妈妈", "/", "收入", 66.6, "/",
     "已存入零钱", "1000039901202402100002", "/", "/"],
    ["2024-02-20 10:00:00", "零钱充值", "工商银行(9876)", "/", "/", 1000, "工商银行(9876)",
     "充值完成", "110240220100000000003", "/", "/"],
]  # fmt: skip


def build(path: Path = FIXTURE) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in [*PREAMBLE, HEADER, *ROWS]:
        sheet.append(row)
    workbook.save(path)


if __name__ == "__main__":
    build()
