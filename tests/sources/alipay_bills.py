"""Synthetic Alipay bills in the current mobile-app layout, GBK-encoded, for encoding tests.

Rows mix the padded and unpadded cells real bills show, masked names
(``x***``), long order numbers ending in a tab, and short Chinese labels: the
mostly-ASCII text in which a statistical guess mistakes GBK for Cyrillic.
"""

from __future__ import annotations

import random

_PREAMBLE = [
    "-" * 84,
    "导出信息：",
    "姓名：林小雨",
    "支付宝账户：138****0000",
    "起始时间：[2024-01-01 00:00:00]    终止时间：[2024-03-31 23:59:59]",
    "导出交易类型：[全部]",
    "导出时间：[2024-04-01 09:12:52]",
    "共{rows}笔记录",
    "收入：12笔 3200.00元",
    "支出：198笔 5000.00元",
    "不计收支：10笔 100.00元",
    "",
    "特别提示：",
    "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与"
    "实际交易结果不符时，以实际交易情况为准；",
    "2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；",
    "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单"
    "进行重复记账；",
    "4.本回单如经任何涂改、编造，均立即失去效力；",
    "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
    "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
    "7.禁止将本回单用于非法用途；",
    "8.本明细仅展示当前账单中的交易，不包括已删除的记录；",
    "9.本明细仅供个人对账使用。",
    "",
    "-" * 24 + "支付宝（中国）网络技术有限公司  电子客户回单" + "-" * 24,
]
HEADER = (
    "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,"
    "交易订单号,商家订单号,备注,"
)
_SHOPS = [
    ("餐饮美食", "美团", "美团订单"),
    ("日用百货", "淘宝", "商品"),
    ("交通出行", "滴滴出行", "快车"),
    ("充值缴费", "中国移动", "话费"),
    ("转账红包", "林**", "转账"),
    ("退款", "淘宝", "退款-商品"),
    ("投资理财", "余额宝", "余额宝-转入"),
    ("亲友代付", "x***", "亲情卡"),
]


def _pad(value: str) -> str:
    return value + " " * max(1, 20 - len(value.encode("gbk")))


def bill_text(seed: int, rows: int = 220) -> str:
    """A bill of ``rows`` transactions; the same seed gives the same bill."""
    rng = random.Random(seed)
    lines = [line.format(rows=rows) for line in _PREAMBLE]
    lines.append(",".join(cell.ljust(10) for cell in HEADER.split(",")[:-1]) + ",")
    for _ in range(rows):
        category, who, what = rng.choice(_SHOPS)
        if rng.random() < 0.5:
            who = "x" * rng.randint(3, 12)
        when = (
            f"2024-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d} "
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        )
        cells = [
            when,
            category,
            who,
            rng.choice(["/", "/", "***@163.com", "138******00"]),
            what,
            rng.choice(["支出", "支出", "支出", "收入", "不计收支"]),
            f"{rng.randint(1, 999)}.{rng.randint(0, 99):02d}",
            rng.choice(["余额宝", "余额", "花呗", "招商银行储蓄卡(1234)", ""]),
            rng.choice(["交易成功", "交易成功", "退款成功", "交易关闭", "等待确认收货"]),
        ]
        if rng.random() < 0.5:
            cells = [_pad(cell) for cell in cells]
        order = f"2024{'x' * rng.randint(6, 20)}{rng.randint(10**5, 10**6)}\t"
        merchant = f"{'T' if rng.random() < 0.5 else ''}{'x' * rng.randint(4, 15)}\t"
        lines.append(",".join([*cells, order, merchant, "", ""]))
    return "\n".join(lines) + "\n"


def bill(seed: int, rows: int = 220) -> bytes:
    """:func:`bill_text` encoded as Alipay writes it (GBK)."""
    return bill_text(seed, rows).encode("gbk")
