"""OFX: SGML and XML, zones on DTPOSTED, account facts, unreadable files, the real sample."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from footprint.config import Settings
from footprint.loading import Container, InputFile
from footprint.model import Payment, Problem, ProfileFact
from footprint.scan import scan
from footprint.sources import ofx
from footprint.sources.base import ParseContext

from ..conftest import FIXTURES

UTC_SETTINGS = Settings(assumed_timezone="UTC")
MST = timezone(timedelta(hours=-7))


def _memory_file(name: str, data: bytes) -> InputFile:
    container = Container(display="(memory)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


def test_realworld_sample(realworld: Path) -> None:
    result = scan([realworld / "ofx" / "checking.ofx"], UTC_SETTINGS, None)
    assert not result.problems
    payments = [r for r in result.records if isinstance(r, Payment)]
    assert [(p.amount, p.category) for p in payments] == [
        (Decimal("0.01"), "CREDIT"),
        (Decimal("-34.51"), "DEBIT"),
        (Decimal("-25.00"), "CHECK"),
    ]
    assert [p.timestamp.date() for p in payments if p.timestamp] == [
        datetime(2011, 3, 31).date(),
        datetime(2011, 4, 5).date(),
        datetime(2011, 4, 7).date(),
    ]
    assert [p.transaction_id for p in payments] == ["0000486", "0000487", "0000488"]
    assert payments[1].counterparty == "AUTOMATIC WITHDRAWAL, ELECTRIC BILL"
    assert payments[1].text == "AUTOMATIC WITHDRAWAL, ELECTRIC BILL WEB(S )"
    assert all(p.currency == "USD" and p.tz_assumed for p in payments)
    facts = {r.field: r.value for r in result.records if isinstance(r, ProfileFact)}
    assert facts == {"bank_account": "1452687~7", "bank_routing": "5472369148"}


def test_stated_zone_is_kept() -> None:
    result = scan([FIXTURES / "ofx" / "checking_v1.ofx"], UTC_SETTINGS, None)
    payments = [r for r in result.records if isinstance(r, Payment)]
    first = payments[0]
    assert first.timestamp == datetime(2024, 1, 12, 8, 36, 0, 212000, tzinfo=MST)
    assert first.timestamp is not None and first.timestamp.utcoffset() == timedelta(hours=-7)
    assert not first.tz_assumed
    assert first.locator == "line 39"
    # No zone in DTPOSTED: the assumed zone, flagged.
    assert payments[2].tz_assumed
    assert payments[2].timestamp == datetime(2024, 1, 20, tzinfo=UTC)


def test_ofx2_xml_credit_card() -> None:
    result = scan([FIXTURES / "ofx" / "card_v2.qfx"], UTC_SETTINGS, None)
    assert not result.problems
    payments = [r for r in result.records if isinstance(r, Payment)]
    assert [(p.amount, p.currency, p.counterparty) for p in payments] == [
        (Decimal("-64.90"), "EUR", "RISTORANTE BELLA"),
        (Decimal("300.00"), "EUR", "THANK YOU FOR YOUR PAYMENT"),
    ]
    assert payments[0].timestamp == datetime(
        2024, 2, 14, 19, 30, tzinfo=timezone(timedelta(hours=1))
    )


def test_unreadable_file_is_a_problem_naming_it() -> None:
    file = _memory_file("statement.ofx", b"OFXHEADER:100\n\n<OFX><BANKMSGSRSV1><STMTTRN>\x00\xff")
    items = list(ofx.parse(file, ParseContext()))
    assert items and all(isinstance(item, Problem) for item in items)
    first = items[0]
    assert isinstance(first, Problem) and first.path == "statement.ofx"


def test_detect() -> None:
    assert ofx.detect(_memory_file("a.ofx", b"OFXHEADER:100\nDATA:OFXSGML\n")) == 0.95
    assert (
        ofx.detect(_memory_file("a.qfx", b'<?xml version="1.0"?>\n<?OFX OFXHEADER="200"?>')) > 0.9
    )
    assert ofx.detect(_memory_file("a.ofx", b"Date,Amount\n")) == 0.0


def _payments_of(name: str) -> list[Payment]:
    result = scan([FIXTURES / "ofx" / name], UTC_SETTINGS, None, analyse=False)
    assert not result.problems, result.problems
    return [r for r in result.records if isinstance(r, Payment)]


def test_converted_file_with_commented_header_and_utf8_names() -> None:
    """ofxstatement writes its header inside a comment and empty elements as
    ``<DTSTART />``; ofxparse then read the body as ASCII and failed on ä."""
    payments = _payments_of("converted_by_ofxstatement.ofx")
    assert [(p.counterparty, p.text, p.amount) for p in payments] == [
        ("Bäckerei Sonnenschein", "Brötchen und Kaffee", Decimal("-42.50")),
        ("Jürgen Weiß", "Miete März anteilig", Decimal("1250.00")),
    ]


def test_headerless_statement_in_windows_1252() -> None:
    payments = _payments_of("no_header_cp1252.ofx")
    assert [(p.counterparty, p.text) for p in payments] == [
        ("Café de la Gare", "Carte 1234 – déjeuner"),
        ("Boulangerie Éclair", "Prélèvement €"),
    ]


def test_declared_charset_is_read() -> None:
    data = (FIXTURES / "ofx" / "no_header_cp1252.ofx").read_bytes()
    header = (
        b"OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nENCODING:USASCII\r\nCHARSET:1252\r\n\r\n"
    )
    items = list(ofx.parse(_memory_file("x.ofx", header + data), ParseContext()))
    names = [i.counterparty for i in items if isinstance(i, Payment)]
    assert names == ["Café de la Gare", "Boulangerie Éclair"]


def test_statement_saved_as_utf16_reads_the_same(tmp_path: Path) -> None:
    original = FIXTURES / "ofx" / "converted_by_ofxstatement.ofx"
    copy = tmp_path / "statement.ofx"
    copy.write_bytes(original.read_text(encoding="utf-8").encode("utf-16"))
    expected = [(p.counterparty, p.amount) for p in _payments_of("converted_by_ofxstatement.ofx")]
    result = scan([copy], UTC_SETTINGS, None, analyse=False)
    assert not result.problems, result.problems
    assert [
        (p.counterparty, p.amount) for p in result.records if isinstance(p, Payment)
    ] == expected


def test_investment_statement_reads_trades_income_and_cash() -> None:
    """INVSTMTRS: trades carry TOTAL (or units x price less commission), not TRNAMT."""
    result = scan([FIXTURES / "ofx" / "brokerage_investment.ofx"], UTC_SETTINGS, None)
    assert not result.problems, result.problems
    payments = sorted(
        (r for r in result.records if isinstance(r, Payment)), key=lambda p: p.transaction_id or ""
    )
    assert [(p.transaction_id, p.amount, p.category, p.counterparty) for p in payments] == [
        ("T-1001", Decimal("-1012.50"), "BUYSTOCK", "EXAMPLE HOLDINGS INC"),
        ("T-1002", Decimal("439.00"), "SELLSTOCK", "EXAMPLE HOLDINGS INC"),  # 4 x 110 - 1
        ("T-1003", Decimal("3.60"), "INCOME:DIV", "EXAMPLE HOLDINGS INC"),
        ("T-1005", Decimal("500.00"), "CREDIT", "Deposit from checking"),
    ]
    first = payments[0]
    assert first.timestamp == datetime(2024, 1, 5, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert not first.tz_assumed and first.locator == "line 26" and first.currency == "USD"


def test_investment_transaction_without_a_date_is_a_problem() -> None:
    data = (FIXTURES / "ofx" / "brokerage_investment.ofx").read_bytes()
    data = data.replace(b"<DTTRADE>20240301", b"").replace(b"<DTSETTLE>20240109", b"")
    items = list(ofx.parse(_memory_file("inv.ofx", data), ParseContext()))
    problems = [item for item in items if isinstance(item, Problem)]
    assert [p.locator for p in problems] == ["line 43"]
    assert "no trade date" in problems[0].message and problems[0].path == "inv.ofx"


def _with_transfer() -> bytes:
    """checking_v1.ofx with one more transaction: a transfer to a savings account."""
    data = (FIXTURES / "ofx" / "checking_v1.ofx").read_bytes()
    transfer = (
        b"<STMTTRN>\n<TRNTYPE>XFER\n<DTPOSTED>20240125\n<TRNAMT>-300.00\n<FITID>2024012504\n"
        b"<NAME>TRANSFER TO SAVINGS\n<BANKACCTTO>\n<BANKID>011000015\n<ACCTID>77001234\n"
        b"<ACCTTYPE>SAVINGS\n</BANKACCTTO>\n</STMTTRN>\n"
    )
    return data.replace(b"</BANKTRANLIST>", transfer + b"</BANKTRANLIST>")


def test_bank_id_and_account_numbers_are_structured_findings() -> None:
    from footprint.pii.structured import structured_values

    items = list(ofx.parse(_memory_file("x.ofx", _with_transfer()), ParseContext()))
    found = {
        (field, value, entity)
        for item in items
        if isinstance(item, Payment | ProfileFact)
        for field, value, entity in structured_values(item)
        if entity != "PERSON"
    }
    assert found == {
        ("value", "000111222333", "BANK_ACCOUNT"),  # ACCTID
        ("value", "121000000", "BANK_ACCOUNT"),  # BANKID
        ("BANKACCTTO.BANKID", "011000015", "BANK_ACCOUNT"),
        ("BANKACCTTO.ACCTID", "77001234", "BANK_ACCOUNT"),
    }
    transfer = [i for i in items if isinstance(i, Payment) and i.category == "XFER"]
    assert len(transfer) == 1 and transfer[0].amount == Decimal("-300.00")
