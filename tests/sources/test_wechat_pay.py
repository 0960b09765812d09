"""WeChat Pay: CSV and XLSX, nickname fact, direction, "/" as empty, the real sample."""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from footprint.config import Settings
from footprint.loading import Container, InputFile
from footprint.model import Payment, Problem, ProfileFact
from footprint.scan import scan
from footprint.sources import wechat_pay
from footprint.sources.base import ParseContext

from ..conftest import FIXTURES
from . import wechat_pay_xlsx

UTC_SETTINGS = Settings(assumed_timezone="UTC")
CHINA = ZoneInfo("Asia/Shanghai")


def _scan(path: Path) -> tuple[list[Payment], list[ProfileFact]]:
    result = scan([path], UTC_SETTINGS, None)
    assert not result.problems, result.problems
    assert {s.format for s in result.sources} == {"wechat_pay"}
    payments = [r for r in result.records if isinstance(r, Payment)]
    facts = [r for r in result.records if isinstance(r, ProfileFact)]
    return payments, facts


def test_realworld_sample(realworld: Path) -> None:
    payments, facts = _scan(realworld / "wechat_pay" / "example-wechat-records.csv")
    assert [(f.field, f.value, f.locator) for f in facts] == [("display_name", "测试", "line 2")]
    assert len(payments) == 27
    first = payments[0]
    assert first.amount == Decimal("-28.16")
    assert first.counterparty == "云膳过桥米线(传奇广场店)"
    assert first.text == "总共消费:28.16"
    assert first.transaction_id == "3985734"
    assert first.status == "支付成功" and first.category == "商户消费"
    assert first.timestamp == datetime(2019, 9, 26, 12, 45, 27, tzinfo=CHINA)
    assert payments[1].amount == Decimal("0.35") and payments[1].text is None
    # Neutral (收/支 "/"): unsigned, as in the file.
    assert payments[5].amount == Decimal("2000.00") and payments[5].counterparty is None
    assert payments[6].text == "服务费¥0.10"
    # A quote inside an unquoted field stays.
    assert payments[19].counterparty == '打开拼多多，点击底部"多多视频"'
    assert payments[24].amount == Decimal("-50.0")
    assert payments[-1].timestamp == datetime(2024, 6, 7, 23, 40, 27, tzinfo=CHINA)
    assert all(p.tz_assumed and p.currency == "CNY" for p in payments)


def test_csv_fixture() -> None:
    payments, facts = _scan(FIXTURES / "wechat_pay" / "微信支付账单(20240101-20240131).csv")
    assert [f.value for f in facts] == ["小雨"]
    assert [p.amount for p in payments] == [
        Decimal("-29.00"),
        Decimal("200.00"),
        Decimal("500.00"),
        Decimal("-1032.50"),
    ]
    assert payments[0].transaction_id == "4200000000202401050001"
    assert payments[1].counterparty == "张伟"


def test_xlsx_fixture_matches_its_generator(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.xlsx"
    wechat_pay_xlsx.build(fresh)

    def values(path: Path) -> list[tuple[Any, ...]]:
        workbook = load_workbook(path, read_only=True)
        rows = list(workbook.worksheets[0].iter_rows(values_only=True))
        workbook.close()
        return rows

    assert values(wechat_pay_xlsx.FIXTURE) == values(fresh)


def test_xlsx_export(tmp_path: Path) -> None:
    # Inside a folder: a workbook named alone on the command line is opened as a zip
    # by the loader (see the report on loading.py).
    (tmp_path / wechat_pay_xlsx.FIXTURE.name).write_bytes(wechat_pay_xlsx.FIXTURE.read_bytes())
    payments, facts = _scan(tmp_path)
    assert [(f.value, f.locator) for f in facts] == [("小雨", "row 2")]
    assert [(p.locator, p.amount) for p in payments] == [
        ("row 19", Decimal("-15.8")),
        ("row 20", Decimal("66.6")),
        ("row 21", Decimal("1000")),
    ]
    assert payments[1].timestamp == datetime(2024, 2, 10, 20, 0, tzinfo=CHINA)
    assert payments[2].category == "零钱充值"


def test_corrupt_xlsx_is_a_problem() -> None:
    data = wechat_pay_xlsx.FIXTURE.read_bytes()[:600]
    container = Container(display="(memory)")
    file = InputFile(
        path="微信支付账单.xlsx", display="微信支付账单.xlsx", size=len(data),
        _opener=lambda: io.BytesIO(data),
    )  # fmt: skip
    container.add(file)
    assert wechat_pay.detect(file) == 0.9
    items = list(wechat_pay.parse(file, ParseContext()))
    assert len(items) == 1 and isinstance(items[0], Problem)
    assert "XLSX" in items[0].message
