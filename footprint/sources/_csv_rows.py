"""CSV reading shared by the social sources: numbered rows, headers found by name.

Rows are numbered as CSV records from the top of the file (``row 1`` is the first
record, the header where there is no preamble), so a locator points at the same
record a spreadsheet shows.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime

from footprint.loading import InputFile
from footprint.model import ParseItem
from footprint.sources.base import ParseContext, problem

_ZONE_SUFFIXES = (" UTC", " GMT", "Z", "+00:00", " +0000")


def clean_header(row: list[str]) -> list[str]:
    """Header cells without byte-order mark, quotes or padding."""
    return [cell.strip().lstrip("\ufeff").strip().strip('"') for cell in row]


def head_rows(file: InputFile, limit: int = 12) -> list[list[str]]:
    """The first CSV records of the file's head, for cheap detection."""
    text = file.head_text(8192).lstrip("\ufeff")
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text)):
            rows.append(row)
            if len(rows) >= limit:
                break
    except csv.Error:
        pass  # the head may end inside a quoted field; what was read still counts
    return rows


def numbered_rows(
    reader: Iterator[list[str]], file: InputFile, source: str, start: int = 0
) -> Iterator[tuple[int, list[str]] | ParseItem]:
    """``(row number, cells)`` for each non-blank record; a Problem for an unreadable one."""
    row_no = start
    while True:
        row_no += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield problem(file, f"row {row_no}", "unreadable_csv_row", source=source, error=exc)
            continue
        if any(cell.strip() for cell in row):
            yield row_no, row


def as_record(header: list[str], row: list[str]) -> dict[str, str]:
    """The row keyed by header name; missing cells are empty."""
    return {
        name: (row[index].strip() if index < len(row) else "") for index, name in enumerate(header)
    }


def parse_time(
    raw: str, ctx: ParseContext, formats: tuple[str, ...]
) -> tuple[datetime, bool] | None:
    """A timestamp and whether its zone was assumed, or None when no format fits.

    A trailing ``UTC``/``GMT``/``Z`` makes the time UTC; ISO times with an offset
    keep it; anything else is local time in the assumed zone.
    """
    text = raw.strip()
    if not text:
        return None
    zone_stated = False
    for suffix in _ZONE_SUFFIXES:
        if text.endswith(suffix):
            text, zone_stated = text.removesuffix(suffix).strip(), True
            break
    parsed = _parse_naive_or_iso(text, formats)
    if parsed is None:
        return None
    if parsed.tzinfo is not None:
        return parsed, False
    if zone_stated:
        return parsed.replace(tzinfo=UTC), False
    return ctx.localize(parsed), True


def _parse_naive_or_iso(text: str, formats: tuple[str, ...]) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None
