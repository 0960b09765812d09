"""Generic bank CSV: mapping guesses, a confirmed mapping, and never grabbing a known format."""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from footprint.config import Settings
from footprint.loading import Container, InputFile
from footprint.model import Payment, Problem
from footprint.scan import scan
from footprint.sources import bank_csv
from footprint.sources.base import ParseContext
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
