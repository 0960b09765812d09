"""Alipay bill CSV (支付宝交易明细): GBK, a Chinese preamble, padded cells, trailing commas."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from footprint.samples.common import PERSON, GroundTruth, Txn

HEADER = [
    "交易时间",
    "交易分类",
    "交易对方",
    "对方账号",
    "商品说明",
    "收/支",
    "金额",
    "收/付款方式",
    "交易状态",
    "交易订单号",
    "商家订单号",
    "备注",
]
_NOTES = [
    "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际"
    "交易结果不符时，以实际交易情况为准；",
    "2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；",
    "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行"
    "重复记账；",
    "4.本回单如经任何涂改、编造，均立即失去效力；",
    "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
    "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
    "7.禁止将本回单用于非法用途；",
    "8.本明细仅展示当前账单中的交易，不包括已删除的记录；",
    "9.本明细仅供个人对账使用。",
]


def _pad(value: str, width: int = 20) -> str:
    shown = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in value)
    return value + " " * max(1, width - shown)


def bill(
    file: str,
    name: str,
    account: str,
    start: datetime,
    end: datetime,
    exported: datetime,
    txns: Sequence[Txn],
    rng: random.Random,
    truth: GroundTruth,
) -> bytes:
    """``txns``: ``kind`` is 收入/支出/不计收支, ``category`` the 交易分类, ``email`` the
    counterparty account, ``status`` the 交易状态, ``note`` the payment method."""
    ordered = sorted(txns, key=lambda t: t.when, reverse=True)
    totals: dict[str, tuple[int, Decimal]] = {}
    for txn in ordered:
        count, running = totals.get(txn.kind, (0, Decimal(0)))
        totals[txn.kind] = (count + 1, running + abs(txn.amount))

    def total(kind: str) -> str:
        count, amount = totals.get(kind, (0, Decimal(0)))
        return f"{count}笔 {amount:.2f}元"

    lines = [
        "-" * 84,
        "导出信息：",
        f"姓名：{name}",
        f"支付宝账户：{account}",
        f"起始时间：[{start:%Y-%m-%d %H:%M:%S}]    终止时间：[{end:%Y-%m-%d %H:%M:%S}]",
        "导出交易类型：[全部]",
        f"导出时间：[{exported:%Y-%m-%d %H:%M:%S}]",
        f"共{len(ordered)}笔记录",
        f"收入：{total('收入')}",
        f"支出：{total('支出')}",
        f"不计收支：{total('不计收支')}",
        "",
        "特别提示：",
        *_NOTES,
        "",
        "-" * 24 + "支付宝（中国）网络技术有限公司  电子客户回单" + "-" * 24,
        ",".join(_pad(h) for h in HEADER) + ",",
    ]
    truth.plant(file, PERSON, name)
    for txn in ordered:
        order = f"{txn.when:%Y%m%d}{rng.randint(10**19, 10**20 - 1)}"
        merchant_order = f"T200P{rng.randint(10**18, 10**19 - 1)}" if txn.kind == "支出" else ""
        cells = [
            _pad(f"{txn.when:%Y-%m-%d %H:%M:%S}"),
            _pad(txn.category),
            _pad(txn.counterparty),
            _pad(txn.email or "/"),
            _pad(txn.description),
            _pad(txn.kind),
            _pad(f"{abs(txn.amount):.2f}"),
            _pad(txn.note or "余额宝"),
            _pad(txn.status or "交易成功"),
            order + "\t",
            merchant_order + "\t",
            _pad(""),
        ]
        lines.append(",".join(cells) + ",")
        truth.plant_tags(file, txn.tags)
    return ("\n".join(lines) + "\n").encode("gbk")
