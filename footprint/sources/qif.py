"""Quicken Interchange Format (``.qif``), bank, card and cash accounts.

A section starts with ``!Type:Bank`` (or ``CCard``, ``Cash``, ``Oth A``,
``Oth L``); each record is lines of one code letter and a value (``D`` date,
``T``/``U`` amount, ``P`` payee, ``L`` category, ``M`` memo, ``N`` number,
``C`` cleared) ended by ``^``. Dates follow the writer's locale (``01/31/2024``,
``1/31'24``, ``31.01.2024``); the day/month order is settled over the whole
file, month first when nothing tells. QIF states no zone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from footprint.loading import InputFile
from footprint.model import ParseItem, Payment, ProblemCode
from footprint.sources._payment_csv import empty_file, head_lines
from footprint.sources.base import ParseContext, parse_amount, problem

FORMAT = "qif"
LABEL = "Quicken QIF"
CATEGORY = "payment"
PATHS = ("*.qif",)
MULTI_FILE = False

_PAYMENT_TYPES = {"bank", "ccard", "cash", "oth a", "oth l"}
_DATE = re.compile(r"^(?P<a>\d{1,4})\s*[/.\-]\s*(?P<b>\d{1,2})\s*['/.\-]\s*(?P<c>\d{2,4})$")
_CLEARED = {"*": "cleared", "c": "cleared", "x": "reconciled", "r": "reconciled"}


def detect(file: InputFile) -> float:
    lines = [line.strip().lstrip("\ufeff") for line in head_lines(file, limit=20)]
    # Lines a program or a person put above the first header (``# exported by …``).
    lines = [line for line in lines if line and not line.startswith("#")]
    if not lines:
        return 0.0
    first = lines[0].lower()
    if first.startswith(("!type:", "!account", "!option:", "!clear:")):
        return 0.95 if file.name.lower().endswith(".qif") else 0.8
    return 0.0


@dataclass
class _Record:
    line: int
    fields: dict[str, str] = field(default_factory=dict)


def _date_order(file: InputFile) -> str:
    """``mdy`` or ``dmy``: whichever the file's dates allow; Quicken's US default wins ties."""
    first_over_12 = second_over_12 = False
    with file.open_text() as stream:
        for raw in stream:
            if raw.startswith("D"):
                match = _DATE.match(raw[1:].strip())
                if match and len(match["a"]) <= 2:
                    first_over_12 |= int(match["a"]) > 12
                    second_over_12 |= int(match["b"]) > 12
    return "dmy" if first_over_12 and not second_over_12 else "mdy"


def _parse_date(raw: str, order: str) -> datetime | None:
    match = _DATE.match(raw.strip())
    if not match:
        return None
    a, b, c = int(match["a"]), int(match["b"]), int(match["c"])
    if len(match["a"]) == 4:
        year, month, day = a, b, c
    else:
        # Two-digit years: Quicken wrote '00-'29 as 2000s after an apostrophe.
        year = c + 2000 if c < 70 else c + 1900 if c < 100 else c
        month, day = (a, b) if order == "mdy" else (b, a)
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    order = _date_order(file)
    section: str | None = None
    record: _Record | None = None
    seen = 0
    skipped_sections: set[str] = set()
    with file.open_text() as stream:
        for line_no, raw in enumerate(stream, start=1):
            line = raw.rstrip("\r\n").lstrip("\ufeff")
            if not line.strip() or (section is None and line.startswith("#")):
                continue
            if line.startswith("!"):
                header = line[1:].strip().lower()
                if header.startswith("type:"):
                    section = header.removeprefix("type:").strip()
                    if section not in _PAYMENT_TYPES and section not in skipped_sections:
                        skipped_sections.add(section)
                        yield problem(
                            file,
                            f"line {line_no}",
                            "qif_section_not_read_not",
                            ProblemCode.UNRECOGNISED,
                            FORMAT,
                            value=line.strip(),
                        )
                elif header.startswith("account"):
                    section = "account"
                record = None
                continue
            if line.startswith("^"):
                if record is not None and section in _PAYMENT_TYPES:
                    parsed = _payment(file, record, order, ctx)
                    seen += isinstance(parsed, Payment)
                    yield parsed
                record = None
                continue
            if section is None:
                yield problem(
                    file, f"line {line_no}", "text_before_first_type_header", source=FORMAT
                )
                section = "unknown"
                continue
            if record is None:
                record = _Record(line_no)
            code, value = line[0].upper(), line[1:].strip()
            # Split lines (S, E, $) repeat per split; the first of each is kept.
            record.fields.setdefault(code, value)
    if record is not None and section in _PAYMENT_TYPES:
        yield problem(file, f"line {record.line}", "last_record_not_ended", source=FORMAT)
    if not seen:
        yield empty_file(file, FORMAT, "QIF")


def _payment(file: InputFile, record: _Record, order: str, ctx: ParseContext) -> ParseItem:
    locator = f"line {record.line}"
    fields = record.fields
    raw_amount = fields.get("T") or fields.get("U") or ""
    amount = parse_amount(raw_amount)
    if amount is None:
        return problem(file, locator, "amount_not_number", source=FORMAT, value=raw_amount)
    raw_date = fields.get("D", "")
    naive = _parse_date(raw_date, order)
    if naive is None:
        return problem(file, locator, "bad_date", source=FORMAT, value=raw_date)
    cleared = fields.get("C", "").strip().lower()
    return Payment(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=ctx.localize(naive),
        tz_assumed=True,
        counterparty=fields.get("P") or None,
        text=fields.get("M") or None,
        amount=amount,
        status=_CLEARED.get(cleared, cleared or "uncleared"),
        category=fields.get("L") or None,
        transaction_id=fields.get("N") or None,
    )
