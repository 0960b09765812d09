"""LinkedIn data export: ``Connections.csv`` and ``messages.csv`` (two layouts).

``Connections.csv`` opens with a few "Notes:" records before its header, so the
header is searched for by its column names. ``messages.csv`` comes in the layout
with upper-case columns (``CONVERSATION ID,…,DATE,…,CONTENT,FOLDER``, dates
``2023-05-01 14:22:10 UTC``) and the 2018 layout ``From,To,Date,Subject,Content,
Direction,Folder`` (dates ``01/15/18, 10:20 AM``, no zone). Connection dates
(``15 Jan 2024``) carry no zone either. Reddit also writes a ``messages.csv``;
its header differs (``thread_id``, ``body``), so the header decides.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from footprint.loading import InputFile
from footprint.model import Contact, Message, ParseItem, ProblemCode
from footprint.sources._csv_rows import (
    as_record,
    clean_header,
    head_rows,
    numbered_rows,
    parse_time,
)
from footprint.sources.base import ParseContext, problem

FORMAT = "linkedin"
LABEL = "LinkedIn data export (CSV)"
CATEGORY = "social"
MULTI_FILE = True
PATHS = ("Connections.csv", "messages.csv", "Inbox.csv")

_DATE_FORMATS = (
    "%d %b %Y",
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
    "%m/%d/%y",
    "%m/%d/%Y",
    "%Y-%m-%d %H:%M:%S",
)
# Records searched for the header, past the "Notes:" preamble.
_HEADER_SEARCH_ROWS = 12

Row = dict[str, str]
RowHandler = Callable[[InputFile, Row, str, ParseContext], Iterator[ParseItem]]


@dataclass(frozen=True)
class _Layout:
    kind: str
    required: frozenset[str]  # lower-case column names
    handler: RowHandler


def _when(
    file: InputFile, raw: str, locator: str, ctx: ParseContext
) -> tuple[datetime | None, bool, ParseItem | None]:
    if not raw:
        return None, False, None
    parsed = parse_time(raw, ctx, _DATE_FORMATS)
    if parsed is None:
        return None, False, problem(file, locator, f"unreadable date {raw!r}", source=FORMAT)
    return parsed[0], parsed[1], None


def _connection(file: InputFile, row: Row, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    timestamp, assumed, bad = _when(file, row.get("connected on", ""), locator, ctx)
    if bad:
        yield bad
    name = " ".join(part for part in (row.get("first name"), row.get("last name")) if part)
    position, company = row.get("position", ""), row.get("company", "")
    role = f"{position} at {company}" if position and company else position or company
    yield Contact(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        name=name or None,
        email=row.get("email address") or None,
        handle=row.get("url") or None,
        text=role or None,
    )


def _message(file: InputFile, row: Row, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    timestamp, assumed, bad = _when(file, row.get("date", ""), locator, ctx)
    if bad:
        yield bad
    conversation = (
        row.get("conversation title") or row.get("subject") or row.get("conversation id") or None
    )
    yield Message(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        actor=row.get("from") or None,
        counterparty=row.get("to") or None,
        conversation=conversation,
        text=row.get("content") or None,
    )


LAYOUTS = (
    _Layout(
        "connections",
        frozenset({"first name", "last name", "connected on"}),
        _connection,
    ),
    _Layout(
        "messages",
        frozenset({"conversation id", "from", "to", "date", "content"}),
        _message,
    ),
    _Layout(
        "messages (2018)",
        frozenset({"from", "to", "date", "subject", "content", "direction"}),
        _message,
    ),
)


def _layout(row: list[str]) -> _Layout | None:
    columns = {cell.lower() for cell in clean_header(row)}
    return next((layout for layout in LAYOUTS if layout.required <= columns), None)


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".csv"):
        return 0.0
    for row in head_rows(file, _HEADER_SEARCH_ROWS):
        if _layout(row) is not None:
            return 0.95
    return 0.0


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    with file.open_text() as stream:
        reader = csv.reader(stream)
        layout: _Layout | None = None
        names: list[str] = []
        row_no = 0
        # The header is the first record that names a layout's columns.
        while layout is None and row_no < _HEADER_SEARCH_ROWS:
            row_no += 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield problem(file, f"row {row_no}", f"unreadable CSV row ({exc})", source=FORMAT)
                continue
            layout = _layout(row)
            names = [cell.lower() for cell in clean_header(row)]
        if layout is None:
            code = ProblemCode.EMPTY if row_no <= 1 and file.size == 0 else ProblemCode.MALFORMED
            yield problem(file, "", "no LinkedIn header found", code, FORMAT)
            return
        seen = 0
        for item in numbered_rows(reader, file, FORMAT, start=row_no):
            if not isinstance(item, tuple):
                yield item
                continue
            number, cells = item
            locator = f"row {number}"
            if len(cells) != len(names):
                yield problem(
                    file,
                    locator,
                    f"row has {len(cells)} columns, the header {len(names)} (truncated?)",
                    source=FORMAT,
                )
                continue
            seen += 1
            yield from layout.handler(file, as_record(names, cells), locator, ctx)
        if seen == 0:
            yield problem(file, "", f"no rows in {layout.kind}", ProblemCode.EMPTY, FORMAT)
