"""The first worksheet of a bank's Excel download as rows of text cells.

Legacy ``.xls`` (BIFF, what many Chinese banks still send) is read with xlrd,
``.xlsx`` with openpyxl; both give cells as text the way a CSV export would
write them, so one column guesser reads both. A ``.xls`` that is really text
(several banks save tab-separated text under that name) is not a workbook:
:func:`is_sheet` says no and the text path reads it.
"""

from __future__ import annotations

import io
from datetime import date, datetime, time
from typing import Any

from footprint.loading import InputFile
from footprint.phrases import Phrase, phrase

SUFFIXES = (".xls", ".xlsx")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file that holds a BIFF workbook
_ZIP = b"PK\x03\x04"


class SheetError(Exception):
    """The workbook cannot be read; ``detail`` says why."""

    def __init__(self, detail: Phrase) -> None:
        super().__init__(str(detail))
        self.detail = detail


def is_sheet(file: InputFile) -> bool:
    """A binary workbook by name and by its first bytes."""
    if not file.name.lower().endswith(SUFFIXES):
        return False
    head = file.head(8)
    return head.startswith(_OLE2) or head.startswith(_ZIP)


def _text(value: Any) -> str:
    """A cell as a CSV export would write it: ``67`` not ``67.0``, dates ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if value.time() != time() else value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def sheet_rows(file: InputFile) -> list[list[str]]:
    """Every row of the first worksheet as text cells. Raises :class:`SheetError`."""
    data = file.read_bytes()
    try:
        if data.startswith(_OLE2):
            return _xls_rows(data)
        return _xlsx_rows(data)
    except SheetError:
        raise
    except Exception as exc:  # both libraries raise many kinds on a damaged workbook
        raise SheetError(
            phrase("unreadable_workbook", error_type=type(exc).__name__, error=exc)
        ) from exc


def _xls_rows(data: bytes) -> list[list[str]]:
    import xlrd

    book = xlrd.open_workbook(file_contents=data, on_demand=True)
    try:
        if not book.nsheets:
            return []
        sheet = book.sheet_by_index(0)
        rows: list[list[str]] = []
        for index in range(sheet.nrows):
            cells: list[str] = []
            for cell in sheet.row(index):
                if cell.ctype == xlrd.XL_CELL_DATE:
                    cells.append(_text(xlrd.xldate_as_datetime(cell.value, book.datemode)))
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    cells.append("")
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    cells.append(_text(bool(cell.value)))
                else:
                    cells.append(_text(cell.value))
            rows.append(cells)
        return rows
    finally:
        book.release_resources()


def _xlsx_rows(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        if not book.worksheets:
            return []
        sheet = book.worksheets[0]
        return [[_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
