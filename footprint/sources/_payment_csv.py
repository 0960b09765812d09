"""Helpers the payment CSV sources share: header lookup, numbered rows, cells.

Columns are found by name, never by position, so reordered or extra columns in
a newer export still parse. Cells are stripped of the padding spaces and tabs
some exports add (Alipay, WeChat Pay).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from footprint.loading import InputFile
from footprint.model import ParseItem, Problem, ProblemCode
from footprint.phrases import phrase
from footprint.sources.base import problem

_PADDING = " \t\r\n\ufeff\u00a0\u3000"


def clean(cell: str) -> str:
    """A cell without the padding spaces, tabs or BOM some exports add."""
    return cell.strip(_PADDING)


def column_map(header: Sequence[str], columns: Mapping[str, tuple[str, ...]]) -> dict[str, int]:
    """Canonical field -> index of the first header cell with one of its spellings.

    Matching ignores case and padding.
    """
    cleaned = [clean(cell).casefold() for cell in header]
    found: dict[str, int] = {}
    for key, spellings in columns.items():
        for spelling in spellings:
            wanted = spelling.casefold()
            if wanted in cleaned:
                found[key] = cleaned.index(wanted)
                break
    return found


@dataclass(frozen=True)
class Row:
    """One CSV record: its number (the first record is 1), the line it starts on, its cells."""

    number: int
    line: int
    cells: list[str]

    def blank(self) -> bool:
        return not any(clean(value) for value in self.cells)


def csv_rows(
    lines: Iterable[str], file: InputFile, source: str, delimiter: str = ","
) -> Iterator[Row | Problem]:
    """The records of a CSV text stream, numbered, with csv errors as problems."""
    reader = csv.reader(lines, delimiter=delimiter)
    number = 0
    while True:
        start = reader.line_num + 1
        number += 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield problem(file, f"line {start}", "unreadable_csv_line", source=source, error=exc)
            continue
        yield Row(number, start, cells)


def table_rows(
    lines: Iterable[str],
    file: InputFile,
    source: str,
    spec: Mapping[str, tuple[str, ...]],
    required: Sequence[str],
    what: str,
) -> Iterator[tuple[dict[str, int], Row] | Problem]:
    """The non-blank data rows of a CSV whose first record is its header, each with the
    column map; a header without a ``required`` column is one problem, and the end."""
    columns: dict[str, int] | None = None
    for item in csv_rows(lines, file, source):
        if not isinstance(item, Row):
            yield item
        elif columns is None:
            columns = column_map(item.cells, spec)
            missing = [key for key in required if key not in columns]
            if missing:
                yield problem(
                    file, "row 1", "missing_columns", source=source, what=what, columns=missing
                )
                return
        elif not item.blank():
            yield columns, item


def cell(row: Row, columns: Mapping[str, int], key: str) -> str:
    """The cleaned cell for a canonical field; empty when the column is absent."""
    index = columns.get(key)
    if index is None or index >= len(row.cells):
        return ""
    return clean(row.cells[index])


def parse_datetime(raw: str, formats: Iterable[str]) -> datetime | None:
    """The first format that reads ``raw``; None when none does."""
    for fmt in formats:
        try:
            return datetime.strptime(raw, fmt)
        except ValueError:
            continue
    return None


def head_lines(file: InputFile, limit: int = 40, size: int = 16384) -> list[str]:
    """The first complete lines of a file, for detection (a line cut by ``size`` is dropped)."""
    lines = file.head_text(size).splitlines()
    if len(file.head(size)) >= size and lines:
        lines = lines[:-1]
    return lines[:limit]


def first_cells(line: str, delimiter: str = ",") -> list[str]:
    """The cells of one CSV line, or an empty list when it does not parse."""
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


def empty_file(file: InputFile, source: str, what: str | None = None) -> ParseItem:
    """The problem for a file that holds no transactions (of ``what``, a product name)."""
    kind = phrase("transactions_of", name=what) if what else phrase("transactions")
    return problem(file, "", "no_in_file", ProblemCode.EMPTY, source, what=kind)
