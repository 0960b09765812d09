"""Alipay: GBK decoding, preamble facts, direction, padding, both layouts, the real sample."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from footprint.config import Settings
from footprint.model import Payment, ProfileFact
from footprint.scan import scan
from footprint.textio import detect_encoding

from ..conftest import FIXTURES

UTC_SETTINGS = Settings(assumed_timezone="UTC")
CHINA = ZoneInfo("Asia/Shanghai")


def _scan(path: Path) -> tuple[list[Payment], dict[str, str]]:
    result = scan([path], UTC_SETTINGS, None)
    assert not result.problems, result.problems
    assert {s.format for s in result.sources} == {"alipay"}
    payments = [r for r in result.records if isinstance(r, Payment)]
    facts = {r.field: r.value for r in result.records if isinstance(r, ProfileFact)}
    return payments, facts


def test_realworld_sample_is_gbk(realworld: Path) -> None:
    path = realworld / "alipay" / "example-alipay-records.csv"
    assert detect_encoding(path.read_bytes(), complete=True) == "gb18030"
    payments, facts = _scan(path)
    assert facts == {"name": "xx", "email": "xx@gmail.com"}
    assert len(payments) == 10
    assert [p.amount for p in payments] == [
        Decimal("-49.74"),
        Decimal("-20.00"),
        Decimal("16.03"),  # 不计收支 refund: kept positive
        Decimal("99.34"),  # 不计收支 sale back into 余额宝
        Decimal("222228.50"),
        Decimal("82.00"),  # 不计收支, closed trade
        Decimal("50.00"),
        Decimal("-50.00"),
        Decimal("-9.90"),
        Decimal("-82.00"),
    ]
    assert [p.counterparty for p in payments] == [
        "xxxxxxxxxxxx",
        "x4***6",
        "xxxxxxx",
        "蚂蚁财富-蚂蚁（杭州）基金销售有限公司",
        "xxxx",
        "xxxx",
        "一卡通",
        "一卡通",
        "xxxx",
        "xxxx",
    ]
    assert payments[0].timestamp == datetime(2023, 2, 12, 21, 32, 14, tzinfo=CHINA)
    assert payments[-1].timestamp == datetime(2023, 7, 10, 13, 20, 16, tzinfo=CHINA)
    assert all(p.tz_assumed and p.currency == "CNY" for p in payments)
    # Padding and the tab after order numbers are gone; "/" means none.
    assert payments[0].transaction_id == "202302xxxxxx0011000103xxxxxx"
    assert payments[0].counterparty_account is None
    assert payments[1].counterparty_account == "rim***@qq.com"
    assert (payments[0].category, payments[0].status, payments[0].text) == (
        "亲友代付",
        "交易成功",
        "亲情卡",
    )
    assert payments[2].status == "退款成功"
    assert [p.locator for p in payments][:2] == ["line 26", "line 27"]


def test_fixture_facts_and_direction() -> None:
    payments, facts = _scan(FIXTURES / "alipay" / "alipay_record_20240301.csv")
    assert facts == {"name": "林小雨", "email": "linxiaoyu@example.com"}
    assert [p.amount for p in payments] == [
        Decimal("-28.40"),
        Decimal("88.00"),
        Decimal("35.00"),
        Decimal("-38.00"),
    ]
    assert payments[1].text == "春节红包 新年快乐"
    assert {p.actor for p in payments} == {"林小雨"}


def test_older_mobile_layout_starts_with_direction() -> None:
    payments, facts = _scan(FIXTURES / "alipay" / "alipay_record_mobile_2021.csv")
    assert facts == {"name": "林小雨", "phone": "138****0000"}
    assert [(p.amount, p.counterparty) for p in payments] == [
        (Decimal("-6.50"), "便利蜂"),
        (Decimal("120.00"), "李明"),
    ]
    assert payments[0].timestamp == datetime(2021, 6, 15, 8, 1, 2, tzinfo=CHINA)


def test_web_export_txt_reads_direction_and_fund_status() -> None:
    payments, facts = _scan(FIXTURES / "alipay" / "alipay_record_20190401_0900_1.txt")
    assert facts == {"email": "lin.xiaoyu@example.com"}
    assert [(p.amount, p.status) for p in payments] == [
        (Decimal("-32.50"), "交易成功"),
        (Decimal("1.27"), "交易成功"),  # 收/支 empty: 资金状态 已收入
        (Decimal("-89.00"), "退款成功"),
        (Decimal("45.00"), "交易成功"),
        (Decimal("-4.00"), "交易成功"),
        (Decimal("199.00"), "交易关闭"),  # neither: kept positive
    ]
    assert payments[0].timestamp == datetime(2019, 3, 15, 12, 1, 10, tzinfo=CHINA)
    assert payments[0].transaction_id == "2019031522001400000000000101"
    assert payments[3].text == "还你的电影票钱 谢谢"
    assert [p.locator for p in payments][:2] == ["line 6", "line 7"]


def test_early_web_export_without_direction_column() -> None:
    result = scan([FIXTURES / "alipay" / "alipay_record_20160601_0900_1.csv"], UTC_SETTINGS, None)
    payments = [r for r in result.records if isinstance(r, Payment)]
    assert [p.amount for p in payments] == [Decimal("-32.50"), Decimal("1.27")]
    (bad,) = result.problems
    assert bad.locator == "line 8" and "alipay_record_20160601_0900_1.csv" in bad.path
