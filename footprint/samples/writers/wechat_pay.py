"""WeChat Pay bill CSV (微信支付账单明细): UTF-8, 16 preamble lines, ``¥`` amounts, ``/`` empty."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from footprint.samples.common import GroundTruth, Txn

HEADER = "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"
_PAD = ",,,,,,,,,,"


def bill(
    file: str,
    nickname: str,
    start: datetime,
    end: datetime,
    exported: datetime,
    txns: Sequence[Txn],
    rng: random.Random,
    truth: GroundTruth,
) -> str:
    """``txns``: ``kind`` 收入/支出/'/', ``category`` the 交易类型, ``note`` the 支付方式."""
    ordered = sorted(txns, key=lambda t: t.when, reverse=True)
    sums: dict[str, tuple[int, Decimal]] = {}
    for txn in ordered:
        key = txn.kind if txn.kind in ("收入", "支出") else "中性"
        count, running = sums.get(key, (0, Decimal(0)))
        sums[key] = (count + 1, running + abs(txn.amount))

    def total(key: str) -> str:
        count, amount = sums.get(key, (0, Decimal(0)))
        return f"{count}笔 {amount:.2f}元"

    preamble = [
        "微信支付账单明细",
        f"微信昵称：[{nickname}]",
        f"起始时间：[{start:%Y-%m-%d %H:%M:%S}] 终止时间：[{end:%Y-%m-%d %H:%M:%S}]",
        "导出类型：[全部]",
        f"导出时间：[{exported:%Y-%m-%d %H:%M:%S}]",
        "",
        f"共{len(ordered)}笔记录",
        f"收入：{total('收入')}",
        f"支出：{total('支出')}",
        f"中性交易：{total('中性')}",
        "注：",
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录",
        "3. 本明细仅供个人对账使用",
        "",
        "----------------------微信支付账单明细列表--------------------",
    ]
    lines = [line + _PAD for line in preamble] + [HEADER]
    for txn in ordered:
        order = f"42000{rng.randint(10**22, 10**23 - 1)}"
        merchant = f"{rng.randint(10**19, 10**20 - 1)}" if txn.kind == "支出" else "/"
        lines.append(
            ",".join(
                [
                    f"{txn.when:%Y-%m-%d %H:%M:%S}",
                    txn.category,
                    txn.counterparty,
                    txn.description or "/",
                    txn.kind,
                    f"¥{abs(txn.amount):.2f}",
                    txn.note or "零钱",
                    txn.status or "支付成功",
                    order + "\t",
                    merchant + "\t",
                    txn.address or "/",
                ]
            )
        )
        truth.plant_tags(file, txn.tags)
    return "\n".join(lines) + "\n"
