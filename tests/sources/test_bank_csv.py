"""Generic bank CSV: mapping guesses, a confirmed mapping, and never grabbing a known format."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footprint.config import Settings
from footprint.loading import Container, InputFile, MemoryInput
from footprint.model import Payment, Problem, ProfileFact
from footprint.scan import scan
from footprint.sources import bank_csv
from footprint.sources.base import ParseContext, parse_amount
from footprint.sources.registry import SOURCES, classify

from ..conftest import FIXTURES

UTC_SETTINGS = Settings(assumed_timezone="UTC")
PAYMENT_FORMATS = sorted(
    s.FORMAT for s in SOURCES if s.CATEGORY == "payment" and s.FORMAT != "bank_csv"
)


def _memory_file(name: str, text: str) -> InputFile:
    return _bytes_file(name, text.encode("utf-8"))


def _bytes_file(name: str, data: bytes, display: str = "(memory)") -> InputFile:
    container = Container(display=display)
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


def test_guess_english_debit_credit() -> None:
    header = ["Date", "Description", "Payee", "Debit", "Credit", "Currency", "Transaction ID"]
    assert bank_csv.guess_mapping(header) == {
        "date": "Date",
        "description": "Description",
        "counterparty": "Payee",
        "debit": "Debit",
        "credit": "Credit",
        "currency": "Currency",
        "transaction_id": "Transaction ID",
    }


def test_guess_german() -> None:
    header = ["Buchungstag", "Valuta", "Buchungstext", "Auftraggeber / Begünstigter",
              "Verwendungszweck", "IBAN", "Betrag (EUR)"]  # fmt: skip
    assert bank_csv.guess_mapping(header) == {
        "date": "Buchungstag",
        "amount": "Betrag (EUR)",
        "counterparty": "Auftraggeber / Begünstigter",
        "description": "Verwendungszweck",
        "counterparty_account": "IBAN",
        "category": "Buchungstext",
        "posting_date": "Valuta",
    }


def test_guess_chinese() -> None:
    header = ["交易日期", "交易时间", "收入", "支出", "交易对方", "交易摘要", "币种"]
    assert bank_csv.guess_mapping(header) == {
        "date": "交易日期",
        "time": "交易时间",
        "credit": "收入",
        "debit": "支出",
        "counterparty": "交易对方",
        "description": "交易摘要",
        "currency": "币种",
    }


def test_guess_needs_nothing_it_cannot_find() -> None:
    assert bank_csv.guess_mapping(["foo", "bar"]) == {}


def test_fixtures_parse() -> None:
    result = scan([FIXTURES / "bank_csv"], UTC_SETTINGS, None)
    by_file: dict[str, list[Payment]] = {}
    for record in result.records:
        if isinstance(record, ProfileFact):  # the holder, from a preamble
            assert record.field in ("bank_account", "name")
            continue
        assert isinstance(record, Payment)
        by_file.setdefault(Path(record.path).name, []).append(record)
    german = by_file["umsaetze_girokonto.csv"]
    assert [(p.locator, p.amount, p.currency) for p in german] == [
        ("line 6", Decimal("-85.00"), "EUR"),
        ("line 7", Decimal("2850.75"), "EUR"),
        ("line 8", Decimal("-3.40"), "EUR"),
    ]
    assert german[1].counterparty == "Beispiel GmbH"
    assert german[1].counterparty_account == "DE02500105170137075030"
    assert german[1].timestamp is not None
    assert german[1].timestamp.replace(tzinfo=None) == datetime(2024, 3, 15)
    english = by_file["checking_export.csv"]
    assert [p.amount for p in english] == [
        Decimal("-24.99"),
        Decimal("3100.00"),
        Decimal("-60.00"),
    ]
    assert english[0].timestamp is not None
    assert english[0].timestamp.replace(tzinfo=None) == datetime(2024, 3, 2)
    chinese = by_file["交易明细.csv"]
    assert [(p.amount, p.currency) for p in chinese] == [
        (Decimal("-45.00"), "CNY"),
        (Decimal("8000.00"), "CNY"),
    ]
    assert chinese[1].timestamp is not None
    assert chinese[1].timestamp.replace(tzinfo=None) == datetime(2024, 4, 10, 18, 30, 12)


def test_confirmed_mapping_replaces_the_guess() -> None:
    text = "When;Who;What;Sum\n02.01.2024;Anna Schmidt;Miete;-700,00\n"
    file = _memory_file("export.csv", text)
    guessed = list(bank_csv.parse(file, ParseContext()))
    assert all(isinstance(item, Problem) for item in guessed)
    mapping = {"date": "When", "counterparty": "Who", "description": "What", "amount": "Sum"}
    [payment] = list(bank_csv.parse(file, ParseContext(bank_csv_mapping=mapping)))
    assert isinstance(payment, Payment)
    assert payment.amount == Decimal("-700.00")
    assert payment.counterparty == "Anna Schmidt"
    assert payment.timestamp is not None
    assert payment.timestamp.replace(tzinfo=None) == datetime(2024, 1, 2)


def test_mapping_to_a_missing_column_is_a_problem() -> None:
    file = _memory_file("export.csv", "Date,Amount\n2024-01-01,1.00\n")
    items = list(
        bank_csv.parse(file, ParseContext(bank_csv_mapping={"date": "Date", "amount": "Sum"}))
    )
    assert len(items) == 1 and isinstance(items[0], Problem)
    assert "Sum" in items[0].message
    items = list(
        bank_csv.parse(file, ParseContext(bank_csv_mapping={"date": "Date", "size": "Amount"}))
    )
    assert len(items) == 1 and isinstance(items[0], Problem)
    assert "size" in items[0].message


def test_default_context_has_no_mapping() -> None:
    assert ParseContext().bank_csv_mapping is None
    assert ParseContext.from_setting("UTC").bank_csv_mapping is None


def test_detection_is_modest() -> None:
    file = _memory_file("x.csv", "Date,Description,Amount\n2024-01-01,Coffee,-3.00\n")
    assert 0.5 <= bank_csv.detect(file) <= 0.6
    assert bank_csv.detect(_memory_file("x.txt", "Date,Description,Amount\n")) == 0.0


@pytest.mark.parametrize("fmt", PAYMENT_FORMATS)
def test_specific_formats_win_over_bank_csv(fmt: str) -> None:
    """Every other payment fixture is classified as its own format, never as bank_csv."""
    folder = FIXTURES / fmt
    files = [path for path in sorted(folder.rglob("*")) if path.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        relative = path.relative_to(folder).as_posix()
        # Under its own name, and under a name that no path pattern claims.
        for name in (relative, "export.csv" if path.suffix.lower() == ".csv" else relative):
            detection = classify(_bytes_file(name, data, str(folder)))
            if detection.status == "parsed":
                assert detection.format == fmt, (path, name, detection)


def test_header_and_guess_for_the_user_to_confirm(tmp_path: Path) -> None:
    from contextlib import ExitStack

    from footprint.config import Limits
    from footprint.loading import load_inputs
    from footprint.sources.bank_csv import header_and_guess

    odd = tmp_path / "odd.csv"
    odd.write_text("note\nBooked;Value;Who\n01.03.2024;-1,00;Shop\n", encoding="utf-8")
    fixture = Path(__file__).parent.parent / "fixtures" / "bank_csv" / "umsaetze_girokonto.csv"
    with ExitStack() as stack:
        german, unknown = load_inputs([fixture, odd], Limits(), stack).files
        header, guess = header_and_guess(german)
        assert guess["date"] == "Buchungstag"
        assert "Verwendungszweck" in header
        assert header_and_guess(unknown) == (["Booked", "Value", "Who"], {})


def _read(tmp_path: Path, name: str, data: bytes) -> list[Payment]:
    path = tmp_path / name
    path.write_bytes(data)
    result = scan([path], UTC_SETTINGS, None, analyse=False)
    assert not [p for p in result.problems if p.locator.startswith("line")], result.problems
    return [r for r in result.records if isinstance(r, Payment)]


def test_footer_note_does_not_spoil_the_date_format(tmp_path: Path) -> None:
    """A German export (Latin-1) ends with a note row; it fits no date format and must
    not make every real row's date 'bad'."""
    text = (
        '"Kontoumsätze Girokonto"\n\n"Kontoinhaber:";"Erika Beispiel"\n\n'
        '"Buchungstag";"Wertstellungstag";"Verwendungszweck";"Umsatz";"Währung"\n'
        '"20.01.2024";"20.01.2024";"Bäckerei Korn Brötchen";"-3,40";"EUR"\n'
        '"29.01.2024";"29.01.2024";"Gehalt Januar";"2.432,10";"EUR"\n'
        '"02.02.2024";"02.02.2024";"Überweisung Miete";"-750,00";"EUR"\n'
        '"* noch nicht ausgeführte Umsätze"\n'
    )
    payments = _read(tmp_path, "umsaetze.csv", text.encode("latin-1"))
    assert [(p.timestamp.date().isoformat(), p.amount) for p in payments if p.timestamp] == [
        ("2024-01-20", Decimal("-3.40")),
        ("2024-01-29", Decimal("2432.10")),
        ("2024-02-02", Decimal("-750.00")),
    ]
    assert payments[0].text == "Bäckerei Korn Brötchen"


def test_rows_with_and_without_a_time_share_the_date_format(tmp_path: Path) -> None:
    text = (
        "交易日期,交易时间,交易摘要,交易金额,本次余额,对手信息\n"
        "20240101,123456,转存,+100.00,1100.00,示例\n"
        "20240102,081500,财付通,-10.00,1090.00,示例商户\n"
        "20240103,,利息,+0.50,1090.50,\n"
    )
    payments = _read(tmp_path, "明细.csv", text.encode("utf-8"))
    assert [p.timestamp.isoformat() for p in payments if p.timestamp] == [
        "2024-01-01T12:34:56+00:00",
        "2024-01-02T08:15:00+00:00",
        "2024-01-03T00:00:00+00:00",
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("CNY 123.18", ("123.18", "CNY")),
        ("CNY13.50", ("13.50", "CNY")),
        ("HKD 1,234.00", ("1,234.00", "HKD")),
        ("1,234.00 EUR", ("1,234.00", "EUR")),
        ("131.77(已退款89.84)", ("131.77", None)),
        ("-3.90(CN)", ("-3.90", None)),
        ('"-18.00"\t\t', ('"-18.00"', None)),
        ("-", ("", None)),
        ("--", ("", None)),
        ("/", ("", None)),
        ("$-1,205.00", ("$-1,205.00", "USD")),
        ("12.00", ("12.00", None)),
    ],
)
def test_amount_cell(raw: str, expected: tuple[str, str | None]) -> None:
    assert bank_csv.amount_cell(raw) == expected


def test_booked_pair_wins_over_the_transaction_currency_amount() -> None:
    header = ["交易日期", "摘要", "交易金额(收入)", "交易金额(支出)", "记账金额（收入）",
              "记账金额（支出）", "记账币种", "对方户名"]  # fmt: skip
    guess = bank_csv.guess_mapping(header)
    assert guess["credit"] == "记账金额（收入）"
    assert guess["debit"] == "记账金额（支出）"
    assert "amount" not in guess
    assert guess["currency"] == "记账币种"


def test_unsigned_amount_with_a_direction_column() -> None:
    guess = bank_csv.guess_mapping(["交易时间", "商户名称", "交易说明", "金额", "收/支"])
    assert guess["direction"] == "收/支" and guess["amount"] == "金额"
    guess = bank_csv.guess_mapping(["Transaction date", "Description", "Billing amount",
                                    "Credit / Debit"])  # fmt: skip
    assert guess["direction"] == "Credit / Debit" and guess["amount"] == "Billing amount"


def _by_file(name: str) -> list[Payment]:
    result = scan([FIXTURES / "bank_csv" / name], UTC_SETTINGS, None, analyse=False)
    assert not result.problems, result.problems
    return [r for r in result.records if isinstance(r, Payment)]


def _dated(payments: list[Payment]) -> list[tuple[str, Decimal]]:
    return [(p.timestamp.date().isoformat(), p.amount) for p in payments if p.timestamp]


def test_headerless_date_description_debit_credit_balance() -> None:
    payments = _by_file("accountactivity.csv")
    assert _dated(payments) == [
        ("2024-03-02", Decimal("-42.17")),
        ("2024-03-04", Decimal("2100.00")),
        ("2024-03-05", Decimal("-150.00")),
        ("2024-03-15", Decimal("-4.75")),
    ]
    assert payments[0].text == "GROCERY MART #112" and payments[0].locator == "line 1"


def test_headerless_needs_a_clear_layout() -> None:
    # Two amount columns both filled on a row: debit/credit cannot be told apart.
    text = "2024-01-01,Shop,1.00,2.00\n2024-01-02,Shop,3.00,4.00\n"
    assert bank_csv.detect(_memory_file("x.csv", text)) == 0.0
    assert bank_csv.detect(_memory_file("x.csv", "a,b,c\n1,2,3\n")) == 0.0


def test_headerless_with_confirmed_column_numbers() -> None:
    text = "2024-01-01,Shop,1.00,2.00\n2024-01-02,Cafe,3.00,4.00\n"
    mapping = {"date": "column 1", "description": "column 2", "amount": "column 4"}
    payments = list(
        bank_csv.parse(_memory_file("x.csv", text), ParseContext(bank_csv_mapping=mapping))
    )
    assert [p.amount for p in payments if isinstance(p, Payment)] == [
        Decimal("2.00"),
        Decimal("4.00"),
    ]


def test_icbc_style_preamble_padding_dashes_and_total_row() -> None:
    payments = _by_file("工行明细_对账.csv")
    assert [(p.amount, p.currency, p.counterparty) for p in payments] == [
        (Decimal("-35.50"), "CNY", "示例便利店有限公司"),
        (Decimal("8000.00"), "CNY", "示例科技有限公司"),
        (Decimal("-1200.00"), "CNY", "张三"),
    ]


def test_card_statement_title_and_dates_without_a_year() -> None:
    payments = _by_file("信用卡对账单_2024年01月.csv")
    assert _dated(payments) == [
        ("2023-12-28", Decimal("-500.00")),  # no transaction date: the booking date
        ("2023-12-30", Decimal("68.00")),
        ("2024-01-03", Decimal("35.00")),
        ("2024-01-05", Decimal("1280.40")),
    ]
    assert {p.currency for p in payments} == {"CNY"}


def test_year_less_dates_without_a_title_are_problems() -> None:
    text = "交易日,交易摘要,金额\n01/03,示例咖啡,35.00\n"
    item = next(iter(bank_csv.parse(_memory_file("x.csv", text), ParseContext())))
    assert isinstance(item, Problem) and "bad date" in item.message


def test_platform_bill_with_notes_in_amounts_and_direction() -> None:
    payments = _by_file("交易流水_示例平台.csv")
    assert [(p.amount, p.counterparty) for p in payments] == [
        (Decimal("-12.00"), "示例物流"),
        (Decimal("-168.20"), "示例平台商户"),
        (Decimal("30.00"), "示例平台商户"),  # 不计收支: as written
    ]


def test_card_statement_with_tabs_currency_prefix_and_direction() -> None:
    payments = _by_file("card_statement_hk.csv")
    assert [(p.amount, p.currency) for p in payments] == [
        (Decimal("-88.50"), "HKD"),
        (Decimal("1000.00"), "HKD"),
        (Decimal("-245.00"), "CNY"),
    ]
    assert _dated(payments)[0][0] == "2025-04-02"


def test_brokerage_as_of_dates_and_total_row() -> None:
    payments = _by_file("brokerage_transactions.csv")
    assert _dated(payments) == [
        ("2024-04-01", Decimal("0.42")),
        ("2024-04-02", Decimal("2500.00")),
        ("2024-04-03", Decimal("-1205.00")),
    ]
    assert {p.currency for p in payments} == {"USD"}


def test_legacy_xls_debit_card_statement() -> None:
    """Written by tests/tools/make_bank_sheets.py: title, account lines, padded header."""
    payments = _by_file("交易明细_借记卡.xls")
    assert [(p.locator, p.amount, p.currency, p.counterparty) for p in payments] == [
        ("row 7", Decimal("-67"), "CNY", "示例网络科技有限公司"),
        ("row 8", Decimal("5000"), "CNY", "示例科技有限公司"),
        ("row 9", Decimal("-515.02"), "CNY", "李四"),
    ]
    assert payments[0].timestamp == datetime(2025, 1, 1, 18, 53, 19, tzinfo=UTC)


def test_legacy_xls_card_statement_uses_the_settled_amount() -> None:
    payments = _by_file("信用卡账单明细.xls")
    assert [(p.amount, p.currency, p.text) for p in payments] == [
        (Decimal("5.90"), "CNY", "示例出行科技有限公司"),
        (Decimal("72.50"), "CNY", "EXAMPLE BOOKSHOP"),  # spent 10.00 USD, settled in CNY
        (Decimal("-500.00"), "CNY", "财付通还款"),
    ]


def test_xlsx_with_date_cells() -> None:
    payments = _by_file("statement_2024-07.xlsx")
    assert [(p.locator, p.amount) for p in payments] == [
        ("row 3", Decimal("-950")),
        ("row 4", Decimal("2400.5")),
        ("row 5", Decimal("-3.2")),
    ]
    assert payments[2].timestamp == datetime(2024, 7, 9, 14, 30, tzinfo=UTC)


def test_damaged_workbook_is_a_problem_naming_it() -> None:
    result = scan([FIXTURES / "bank_csv" / "damaged_statement.xls"], UTC_SETTINGS, None)
    [only] = result.problems
    assert only.path.endswith("damaged_statement.xls") and only.source == "bank_csv"
    assert "unreadable workbook" in only.message


def test_text_saved_as_xls_reads_as_text(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("日期\t摘要\t金额\n2024-01-02\t示例\t-3.00\n", encoding="utf-8")
    payments = _read(tmp_path, "export.xls", path.read_bytes())
    assert [p.amount for p in payments] == [Decimal("-3.00")]


def test_broker_cash_statement_saved_as_text_xls() -> None:
    """GB18030 tab-separated text under an .xls name, cells as ``="…"`` formulas."""
    payments = _by_file("资金流水_证券.xls")
    assert [(p.amount, p.currency, p.counterparty, p.text) for p in payments] == [
        (Decimal("5000.000"), "CNY", None, "银行转证券"),
        (Decimal("-2055.000"), "CNY", "示例银行", "证券买入"),
        (Decimal("1084.450"), "CNY", "示例银行", "证券卖出"),
        (Decimal("21.600"), "CNY", "示例银行", "股息入账"),
    ]
    assert payments[1].timestamp == datetime(2024, 3, 4, 10, 31, 12, tzinfo=UTC)


def test_trade_direction_signs_unsigned_amounts() -> None:
    text = "成交日期,证券名称,操作,成交金额\n20240104,示例基金,买,760.84\n20240105,示例基金,卖,100.00\n"
    payments = list(bank_csv.parse(_memory_file("x.csv", text), ParseContext()))
    assert [p.amount for p in payments if isinstance(p, Payment)] == [
        Decimal("-760.84"),
        Decimal("100.00"),
    ]


@pytest.mark.parametrize(
    ("header", "date", "time"),
    [
        (["日期", "时间", "摘要", "金额"], "日期", "时间"),
        (["交易日期", "交易时间", "摘要", "金额"], "交易日期", "交易时间"),
        (["交易时间", "商户名称", "金额"], "交易时间", None),
        (["时间", "交易对", "成交额"], "时间", None),
        (["成交日期", "成交时间", "证券名称", "发生金额"], "成交日期", "成交时间"),
    ],
)
def test_date_and_time_columns(header: list[str], date: str, time: str | None) -> None:
    guess = bank_csv.guess_mapping(header)
    assert guess["date"] == date
    assert guess.get("time") == time


@given(
    amount=st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False),
    code=st.sampled_from(["CNY", "HKD", "USD", "EUR", "JPY"]),
    spaced=st.booleans(),
    note=st.sampled_from(["", "(已退款1.00)", "(CN)", "\t", "\t\t"]),
)
def test_amount_cell_keeps_the_number(amount: Decimal, code: str, spaced: bool, note: str) -> None:
    """Whatever currency code, note or padding surrounds it, the amount is read back."""
    raw = f"{code}{' ' if spaced else ''}{amount:,}{note}"
    text, found = bank_csv.amount_cell(raw)
    assert found == code
    assert parse_amount(text) == amount


def test_combined_account_and_name_column_is_split() -> None:
    """``对方账号与户名`` holds ``account/name`` (or ``name/account``) in one cell."""
    payments = _by_file("活期明细_账号与户名.csv")
    assert [(p.amount, p.counterparty, p.counterparty_account) for p in payments] == [
        (Decimal("6120.00"), "上海示例科技有限公司", "3100 2222 7777 0000 0042"),
        (Decimal("-300.00"), "李四", "6222 0000 1111 9999"),
        (Decimal("-45.80"), "示例便利店", None),
        (Decimal("6120.00"), "上海示例科技有限公司", "3100 2222 7777 0000 0042"),
    ]
    assert payments[0].text == "代发工资"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("对方账号与户名", "counterparty"),
        ("对方户名", "counterparty"),
        ("对方名称", "counterparty"),
        ("交易对方", "counterparty"),
        ("收/付款方", "counterparty"),
        ("Payee", "counterparty"),
        ("Payer", "counterparty"),
        ("Counterparty", "counterparty"),
        ("Counterparty Name", "counterparty"),
        ("Beneficiary", "counterparty"),
        ("Name", "counterparty"),
        ("对方账号", "counterparty_account"),
    ],
)
def test_counterparty_columns_in_chinese_and_english(header: str, field: str) -> None:
    mapping = bank_csv.guess_mapping(["Date", "Amount", header])
    assert mapping.get(field) == header


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("4200 1653 8201 0000 1187/示例医院", ("示例医院", "4200 1653 8201 0000 1187")),
        ("ACME Ltd / 12345678", ("ACME Ltd", "12345678")),
        ("6217****1234/王五", ("王五", "6217****1234")),
        ("示例便利店/", ("示例便利店", None)),
        ("/6222000011112222", (None, "6222000011112222")),
        ("AC/DC Fan Shop", ("AC/DC Fan Shop", None)),
        ("收/付 2024", ("收/付 2024", None)),
        ("", (None, None)),
    ],
)
def test_split_party(cell: str, expected: tuple[str | None, str | None]) -> None:
    assert bank_csv.split_party(cell) == expected


def test_the_holder_above_the_table_is_a_profile_fact() -> None:
    text = (
        "中国示例银行个人活期账户交易明细\n"
        "卡号/账号：6217000011112222333,客户名称：王小明,币种：人民币\n"
        "# 户    名: [王小明]\n"
        "交易日期,摘要,交易金额,账户余额\n"
        "20250110,代发工资,+5000.00,5000.00\n"
    )
    result = scan([MemoryInput("明细.csv", text.encode("utf-8"))], UTC_SETTINGS, None)
    facts = {(r.field, r.value) for r in result.records if isinstance(r, ProfileFact)}
    assert facts == {("bank_account", "6217000011112222333"), ("name", "王小明")}
    assert sum(isinstance(r, Payment) for r in result.records) == 1
