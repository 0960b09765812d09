"""Open Financial Exchange statements (``.ofx``, ``.qfx``): OFX 1.x SGML and 2.x XML.

Read with ``ofxparse``, which needs the whole file; OFX downloads are small.
Each ``STMTTRN`` becomes a payment (``TRNTYPE`` -> category, ``FITID`` ->
transaction id, ``NAME`` -> counterparty, ``MEMO`` -> text); each account's number
(``ACCTID``) and bank id (``BANKID``, a routing number or sort code) become profile
facts, and a transfer's destination account (``BANKACCTTO``, ``CCACCTTO``) raw fields
(see :data:`footprint.pii.fields.FIELD_ENTITIES`). ``DTPOSTED`` may carry a zone
(``20140112083600.212[-7:MST]``); the OFX spec reads a time without one as GMT, but
banks often write local time, so such times get the assumed zone and ``tz_assumed``.
ofxparse does not keep line numbers, so they are found again by each transaction's
``FITID``.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from footprint.loading import InputFile
from footprint.model import ParseItem, Payment, ProblemCode, ProfileFact
from footprint.pii.fields import raw_fields_for
from footprint.sources.base import ParseContext, problem

if TYPE_CHECKING:  # ofxparse (and bs4 under it) is imported when an OFX file is parsed
    from ofxparse.ofxparse import InvestmentTransaction

FORMAT = "ofx"
LABEL = "OFX bank, card or investment statement"
CATEGORY = "payment"
PATHS = ("*.ofx", "*.qfx")
MULTI_FILE = False

_TAG = re.compile(rb"<(?P<name>[A-Za-z0-9.]+)>\s*(?P<value>[^<\r\n]*)")
_XML_ENCODING = re.compile(rb"<\?xml[^>]*\bencoding=[\"'](?P<name>[A-Za-z0-9_.:-]+)", re.I)
_SGML_ENCODING = re.compile(rb"\bENCODING:\s*(?P<name>[A-Za-z0-9-]+)", re.I)
_SGML_CHARSET = re.compile(rb"\bCHARSET:\s*(?P<name>[A-Za-z0-9-]+)", re.I)
# ofxstatement, a widely used converter, writes the OFX 1 header inside a comment.
_COMMENTED_HEADER = re.compile(rb"^\s*<!--(?P<header>\s*OFXHEADER.*?)-->", re.S)
# ...and empty elements the XML way (``<DTSTART />``), which ofxparse's SGML pass trips on.
_EMPTY_ELEMENT = re.compile(rb"<(?P<name>[A-Za-z0-9_.]+)\s*/>")
_ACCOUNT_TO = (b"BANKACCTTO", b"CCACCTTO")
_ZONE = re.compile(r"\[(?P<offset>[-+]?\d+(?:\.\d+)?)(?::[^\]]*)?\]\s*$")


def detect(file: InputFile) -> float:
    head = file.head_text(2048).lstrip("\ufeff \t\r\n").upper()  # decoded: UTF-16 too
    header = head.removeprefix("<!--").lstrip()  # a header inside a comment (ofxstatement)
    if header.startswith("OFXHEADER") or "<OFX>" in head or "<?OFX " in head:
        return 0.95
    return 0.0


@dataclass
class _RawTransaction:
    """Where one STMTTRN starts, and the raw values ofxparse does not keep."""

    line: int
    fitid: str = ""
    dtposted: str = ""
    used: bool = False
    # A transfer's other account: {"BANKACCTTO": {"BANKID": ..., "ACCTID": ...}}.
    accounts_to: dict[str, dict[str, str]] = field(default_factory=dict)


def _scan_lines(data: bytes) -> tuple[list[_RawTransaction], dict[str, int]]:
    """Each STMTTRN with its line, and the line of each account number."""
    found: list[_RawTransaction] = []
    account_lines: dict[str, int] = {}
    current: _RawTransaction | None = None
    account_to: str | None = None  # inside a transaction's BANKACCTTO / CCACCTTO
    for line_no, line in enumerate(data.splitlines(), start=1):
        for match in _TAG.finditer(line):
            name = match["name"].upper()
            value = match["value"].decode("latin-1").strip()
            if name in _ACCOUNT_TO:
                account_to = name.decode("ascii") if current is not None else None
            elif name in (b"BANKACCTFROM", b"CCACCTFROM", b"INVACCTFROM"):
                account_to = None
            if name in (b"ACCTID", b"BANKID") and account_to and current is not None:
                if value:
                    current.accounts_to.setdefault(account_to, {})[name.decode()] = value
            elif name == b"ACCTID":
                account_lines.setdefault(value, line_no)
            elif name in (b"STMTTRN", b"INVTRAN"):
                current = _RawTransaction(line_no)
                found.append(current)
                account_to = None
            elif current is not None and name == b"FITID":
                current.fitid = value
            elif current is not None and name in (b"DTPOSTED", b"DTTRADE"):
                current.dtposted = value
    return found, account_lines


def _find_raw(raws: list[_RawTransaction], fitid: str) -> _RawTransaction | None:
    for raw in raws:
        if not raw.used and raw.fitid == fitid:
            raw.used = True
            return raw
    return None


def _timestamp(posted: datetime, raw: str, ctx: ParseContext) -> tuple[datetime, bool]:
    """ofxparse gives UTC wall time when a zone is stated, else the file's wall time."""
    zone = _ZONE.search(raw)
    if zone:
        offset = timezone(timedelta(hours=float(zone["offset"])))
        instant = posted.replace(tzinfo=UTC)
        if not offset.utcoffset(None):
            return instant, False  # [0:GMT]: many banks state UTC, wherever the account is
        # Another stated offset is the bank's clock where the account is: a clue to whose
        # zone it is (Phoenix's -7 all year is not Denver's), as for the other sources.
        return ctx.place(instant, instant.astimezone(offset)), False
    return ctx.localize(posted), True


def _declared_encoding(head: bytes) -> str | None:
    """The encoding the OFX header names (2.x XML declaration, or 1.x
    ``ENCODING``/``CHARSET``); None when it names none."""
    xml = _XML_ENCODING.search(head)
    if xml:
        return xml["name"].decode("ascii")
    encoding = _SGML_ENCODING.search(head)
    if encoding and encoding["name"].upper() in (b"UTF-8", b"UNICODE"):
        return "utf-8"
    charset = _SGML_CHARSET.search(head)
    if charset is None:
        return None
    name = charset["name"].decode("ascii").upper()
    if name == "8859-1":
        return "cp1252"
    return f"cp{name}" if name.isdigit() else None


def _prepared(data: bytes) -> bytes:
    """The ASCII statement (see :func:`_as_ascii`) as ofxparse can read it: with a
    header written inside a comment taken out of it and empty elements dropped."""
    data = _EMPTY_ELEMENT.sub(b"", data)
    commented = _COMMENTED_HEADER.match(data)
    if commented:
        data = commented["header"].strip() + b"\n\n" + data[commented.end() :].lstrip()
    return data


def _as_ascii(file: InputFile, data: bytes) -> bytes:
    """The statement with every non-ASCII character written as a character reference.

    ofxparse decodes the body with the header's encoding, and as ASCII when it
    finds no header (one wrapped in a comment, or none at all), so a name with
    an umlaut stopped the whole file. Decoded here instead (valid UTF-8 first:
    banks declare Windows-1252 and write UTF-8; then what the header declares;
    then the detected encoding), the text reaches ofxparse as ASCII, and its
    HTML parser turns the references back into characters.
    """
    if data.isascii():
        return data
    candidates = ["utf-8", _declared_encoding(data[:4096]), *file.encodings()]
    for name in candidates:
        if name is None:
            continue
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        break
    else:
        text = data.decode(file.encoding, errors="replace")
    return text.lstrip("\ufeff").encode("ascii", errors="xmlcharrefreplace")


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    from ofxparse import OfxParser
    from ofxparse.ofxparse import InvestmentTransaction

    data = file.read_bytes()
    if not data.strip():
        yield problem(file, "", "empty_file", ProblemCode.EMPTY, FORMAT)
        return
    data = _as_ascii(file, data)  # same lines as the file, so locators still point there
    try:
        with warnings.catch_warnings():
            # ofxparse reads OFX 2 XML with an HTML parser on purpose and uses bs4's
            # old method names; bs4 warns about both.
            warnings.filterwarnings("ignore", message=".*HTML parser.*")
            warnings.filterwarnings("ignore", category=DeprecationWarning)
            ofx = OfxParser.parse(io.BytesIO(_prepared(data)), fail_fast=False)
    except Exception as exc:  # ofxparse raises many kinds on bad input
        yield problem(
            file,
            "",
            "not_readable_ofx_file",
            source=FORMAT,
            error_type=type(exc).__name__,
            error=exc,
        )
        return
    raws, account_lines = _scan_lines(data)
    securities = _securities(ofx)
    seen = 0
    for account_index, account in enumerate(getattr(ofx, "accounts", None) or []):
        base = f"$.accounts[{account_index}]"
        yield from _account_facts(file, account, base, account_lines)
        statement = getattr(account, "statement", None)
        if statement is None:
            continue
        currency = getattr(statement, "currency", None) or getattr(account, "curdef", None) or ""
        for entry in getattr(statement, "discarded_entries", []):
            yield problem(
                file,
                base,
                "transaction_skipped",
                source=FORMAT,
                error=entry.get("error", "unreadable"),
            )
        for index, transaction in enumerate(getattr(statement, "transactions", [])):
            where = f"{base}.transactions[{index}]"
            if isinstance(transaction, InvestmentTransaction):
                parsed = _trade(file, transaction, where, str(currency), raws, securities, ctx)
            else:
                parsed = _payment(file, transaction, where, str(currency), raws, ctx)
            if parsed is None:  # moved no cash: read, nothing to record
                seen += 1
                continue
            seen += isinstance(parsed, Payment)
            yield parsed
    if not seen:
        yield problem(file, "", "no_ofx_transactions_file", ProblemCode.EMPTY, FORMAT)


def _account_facts(
    file: InputFile, account: Any, base: str, account_lines: dict[str, int]
) -> Iterator[ParseItem]:
    number = str(getattr(account, "account_id", "") or "").strip()
    line = account_lines.get(number)
    locator = f"line {line}" if line else base
    for attribute, fact in (("account_id", "bank_account"), ("routing_number", "bank_routing")):
        value = str(getattr(account, attribute, "") or "").strip()
        if value:
            yield ProfileFact(
                source=FORMAT, path=file.display, locator=locator, field=fact, value=value
            )


def _securities(ofx: Any) -> dict[str, str]:
    """Security id (CUSIP, ISIN) -> its name or ticker, from the statement's SECLIST."""
    names: dict[str, str] = {}
    for security in getattr(ofx, "security_list", None) or []:
        uniqueid = str(getattr(security, "uniqueid", "") or "").strip()
        name = str(getattr(security, "name", "") or getattr(security, "ticker", "") or "")
        if uniqueid and name.strip():
            names[uniqueid] = name.strip()
    return names


def _trade(
    file: InputFile,
    transaction: InvestmentTransaction,
    fallback_locator: str,
    currency: str,
    raws: list[_RawTransaction],
    securities: dict[str, str],
    ctx: ParseContext,
) -> ParseItem | None:
    """An investment transaction (BUYSTOCK, SELLMF, INCOME, REINVEST, ...): the cash it
    moved is its ``TOTAL``, or units times unit price less commission and fees when the
    broker leaves ``TOTAL`` out. One that moved no cash (a split, shares transferred in)
    is skipped, not a problem."""
    fitid = str(getattr(transaction, "id", "") or "").strip()
    raw = _find_raw(raws, fitid) if fitid else None
    locator = f"line {raw.line}" if raw else fallback_locator
    amount = transaction.total
    if not amount:
        amount = -(transaction.units * transaction.unit_price)
        if amount:
            amount -= transaction.commission + transaction.fees
    if not amount:
        return None
    posted = transaction.tradeDate or transaction.settleDate
    if not isinstance(posted, datetime):
        return problem(file, locator, "investment_transaction_no_trade_date", source=FORMAT)
    timestamp, assumed = _timestamp(posted, raw.dtposted if raw else "", ctx)
    security = str(transaction.security or "").strip()
    kind = transaction.type.upper()
    if transaction.income_type:
        kind = f"{kind}:{transaction.income_type.upper()}"
    return Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        counterparty=securities.get(security, security) or None,
        text=str(transaction.memo or "").strip() or None,
        amount=amount,
        currency=currency.upper() or None,
        category=kind or None,
        transaction_id=fitid or None,
    )


def _payment(
    file: InputFile,
    transaction: Any,
    fallback_locator: str,
    currency: str,
    raws: list[_RawTransaction],
    ctx: ParseContext,
) -> ParseItem:
    fitid = str(getattr(transaction, "id", "") or "").strip()
    raw = _find_raw(raws, fitid) if fitid else None
    locator = f"line {raw.line}" if raw else fallback_locator
    amount = getattr(transaction, "amount", None)
    posted = getattr(transaction, "date", None)
    if not isinstance(amount, Decimal):
        return problem(file, locator, "transaction_no_amount", source=FORMAT)
    if not isinstance(posted, datetime):
        return problem(file, locator, "transaction_no_posting_date", source=FORMAT)
    timestamp, assumed = _timestamp(posted, raw.dtposted if raw else "", ctx)
    payee = str(getattr(transaction, "payee", "") or "").strip()
    memo = str(getattr(transaction, "memo", "") or "").strip()
    kind = str(getattr(transaction, "type", "") or "").strip()
    return Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        counterparty=payee or None,
        text=memo or None,
        amount=amount,
        currency=currency.upper() or None,
        category=kind.upper() or None,
        transaction_id=fitid or None,
        raw_fields=raw_fields_for(FORMAT, raw.accounts_to) if raw and raw.accounts_to else None,
    )
