"""Rewriting a file's text while keeping its format: JSON, X's ``.js``, CSV, XLSX, text.

Each rewriter decodes the file the way its format stores text (JSON ``\\u``
escapes, Facebook's mojibake, the CSV's own encoding), passes every string
through ``edit``, and writes it back in the same convention, so the redacted
copy still opens in the tools that read the original.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from footprint.redact.locations import coordinate_key
from footprint.textio import detect_encoding

Edit = Callable[[str], str]

# Cells a spreadsheet would run as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MONEY = re.compile(r"^[+-]?\s?[$€£¥]?\s?[\d.,]+$")
SNIFF_BYTES = 256 * 1024  # the head the encoding is decided on
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file that holds a BIFF workbook
MEDIA_SUFFIXES = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".mp4", ".mov", ".opus", ".ogg",
    ".m4a", ".mp3", ".webm", ".pdf", ".vcf", ".zip", ".gz", ".tgz", ".tar",
)  # fmt: skip


@dataclass(frozen=True)
class Rewritten:
    data: bytes | None  # None: the file is omitted from the output
    kind: str
    note: str = ""
    suffix: str = ""  # a new file extension when the output format differs (.xls -> .xlsx)


def neutralise_formula(cell: str) -> str:
    """Prefix a quote to a cell a spreadsheet would evaluate; plain amounts stay as they are,
    and so does a tab before plain text: Alipay and WeChat Pay start numbers, dates and
    times with a tab to keep them text, and a quote before it would break the copy's dates."""
    if cell.startswith(("\t", "\r")) and not cell.lstrip("\t\r").startswith(_FORMULA_START):
        return cell
    if cell.startswith(_FORMULA_START) and not _MONEY.match(cell):
        return "'" + cell
    return cell


def edit_cell(cell: str, edit: Edit) -> str:
    return neutralise_formula(edit(cell))


# --- JSON ---------------------------------------------------------------------


class _Pairs(list[tuple[str, Any]]):
    """A JSON object as its key/value pairs: keeps duplicate keys (Mastodon's orderedItems)."""


class _Number(str):
    """A JSON number kept as its source text, so 1.50 stays 1.50 and big ints stay exact."""


def _placed(value: Any, placeholder: str, edit: Edit) -> Any:
    """A position's numbers (one, or a ``[lon, lat]`` list) replaced by the placeholder;
    anything else walked as usual."""
    if isinstance(value, _Number):
        return _Number(placeholder)
    if isinstance(value, list) and not isinstance(value, _Pairs):
        return [_placed(item, placeholder, edit) for item in value]
    return _walk(value, edit)


def _repair(value: str) -> str:
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _break(value: str) -> str:
    return value.encode("utf-8").decode("latin-1")


def _uses_mojibake(node: Any) -> bool:
    """Whether strings look like Facebook's UTF-8-bytes-as-code-points convention."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if isinstance(item, _Number):
                continue
            if any("\u0080" <= ch <= "\u00ff" for ch in item) and _repair(item) != item:
                return True
        elif isinstance(item, list):
            stack.extend(
                value for pair in item for value in (pair if isinstance(item, _Pairs) else (pair,))
            )
    return False


def _walk(node: Any, edit: Edit) -> Any:
    if isinstance(node, _Number):
        # A detected value stored as a bare number (Telegram's user_id, a phone written
        # as digits) is replaced like text and written as a string; other numbers stay.
        edited = edit(str(node))
        return node if edited == node else edited
    if isinstance(node, str):
        return edit(node)
    if isinstance(node, _Pairs):
        return _Pairs(
            (edit(key), _placed(value, place, edit) if (place := coordinate_key(key)) else
             _walk(value, edit))
            for key, value in node
        )  # fmt: skip
    if isinstance(node, list):
        return [_walk(item, edit) for item in node]
    return node


@dataclass(frozen=True)
class _JsonStyle:
    indent: int | None
    key_separator: str
    ensure_ascii: bool


def _style(text: str) -> _JsonStyle:
    first_break = text.find("\n")
    indent: int | None = None
    if 0 <= first_break < len(text) - 1:
        following = text[first_break + 1 :]
        spaces = len(following) - len(following.lstrip(" "))
        indent = spaces or None
    key_separator = " : " if '" : ' in text[:4096] else ": "
    return _JsonStyle(indent, key_separator, ensure_ascii=text.isascii())


def _dump(node: Any, style: _JsonStyle, level: int = 0) -> str:
    def scalar(value: Any) -> str:
        if isinstance(value, _Number):
            return str(value)
        return json.dumps(value, ensure_ascii=style.ensure_ascii)

    pad = "" if style.indent is None else "\n" + " " * (style.indent * (level + 1))
    end = "" if style.indent is None else "\n" + " " * (style.indent * level)
    comma = "," if style.indent is not None else ", "
    if isinstance(node, _Pairs):
        if not node:
            return "{}"
        items = [
            f"{pad}{scalar(k)}{style.key_separator}{_dump(v, style, level + 1)}" for k, v in node
        ]
        return "{" + comma.join(items) + end + "}"
    if isinstance(node, list):
        if not node:
            return "[]"
        return "[" + comma.join(f"{pad}{_dump(v, style, level + 1)}" for v in node) + end + "]"
    return scalar(node)


def rewrite_json_text(text: str, edit: Edit) -> str:
    """JSON text with every string (keys too) passed through ``edit``, same conventions."""
    tree = json.loads(text, object_pairs_hook=_Pairs, parse_float=_Number, parse_int=_Number)
    mojibake = _uses_mojibake(tree)
    wrapped = (lambda value: _break(edit(_repair(value)))) if mojibake else edit
    rewritten = _walk(tree, wrapped)
    return _dump(rewritten, _style(text))


# --- entry points ---------------------------------------------------------------


def _looks_like_json(lowered: str, stripped: str) -> bool:
    return lowered.endswith(".json") or (
        stripped[:1] in ("[", "{") and not lowered.endswith(".txt")
    )


def _looks_like_js(stripped: str) -> bool:
    return stripped.startswith("window.") and "=" in stripped[:200]


def plain_text_encoding(name: str, head: bytes, size: int) -> str | None:
    """The codec :func:`rewrite` would decode a file of ``size`` bytes starting with
    ``head`` with, when it would rewrite it as plain text (which can be streamed, see
    :func:`rewrite_text_stream`); None for any other kind, or when the head cannot tell."""
    lowered = name.lower()
    if lowered.endswith((".xlsx", ".xls", ".csv", *MEDIA_SUFFIXES)):
        return None
    head = head[:SNIFF_BYTES]
    encoding = detect_encoding(head, complete=size <= SNIFF_BYTES)
    if b"\x00" in head[:8192] and not encoding.startswith("utf-16"):
        return None
    stripped = head.decode(encoding, errors="replace").lstrip("\ufeff \t\r\n")
    if len(stripped) < 200 and size > len(head):
        return None  # mostly blank at the start: let the whole file decide
    if _looks_like_json(lowered, stripped) or _looks_like_js(stripped):
        return None
    return encoding


def rewrite_text_stream(
    source: IO[bytes],
    encoding: str,
    edit: Edit,
    sink: Callable[[bytes], object],
    safe_end: Callable[[str, int], int],
    block: int = 1024 * 1024,
) -> None:
    """Plain text from ``source`` redacted into ``sink`` a block of lines at a time:
    the same bytes :func:`rewrite` gives for the whole file, in bounded memory.

    ``safe_end(text, start)`` is where ``text`` may be cut (after a line break at or
    after ``start`` that no replaced value or coordinate pair can span), or 0.
    """
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    encoder = codecs.getincrementalencoder(encoding)(errors="replace")
    pending = ""
    searched = 0  # pending[:searched] holds no safe cut
    first = True
    strip_marks = False  # as _encode: utf-8-sig writes its mark once
    while True:
        data = source.read(block)
        pending += decoder.decode(data, final=not data)
        end = len(pending) if not data else safe_end(pending, searched)
        if end:
            chunk, pending = pending[:end], pending[end:]
            if first:
                strip_marks = encoding == "utf-8-sig" and not chunk.startswith("\ufeff")
                first = False
            edited = edit(chunk)
            if strip_marks:
                edited = edited.lstrip("\ufeff")
                strip_marks = not edited
            sink(encoder.encode(edited))
        searched = max(len(pending) - 1, 0)
        if not data:
            break
    sink(encoder.encode("", final=True))


def rewrite(name: str, data: bytes, edit: Edit) -> Rewritten:
    """The redacted bytes of one file named ``name``."""
    lowered = name.lower()
    if lowered.endswith(".xlsx"):
        return _rewrite_xlsx(data, edit)
    if lowered.endswith(".xls") and data.startswith(_OLE2):
        return _rewrite_xls(data, edit)
    if lowered.endswith(MEDIA_SUFFIXES):
        return Rewritten(None, "media", "media and attachments are not copied")
    encoding = detect_encoding(data[:SNIFF_BYTES], complete=len(data) <= SNIFF_BYTES)
    if b"\x00" in data[:8192] and not encoding.startswith("utf-16"):
        return Rewritten(None, "binary", "not text; not copied")
    # A damaged export keeps its readable text; undecodable bytes become U+FFFD.
    text = data.decode(encoding, errors="replace")
    stripped = text.lstrip("\ufeff \t\r\n")
    if _looks_like_json(lowered, stripped):
        try:
            return Rewritten(_encode(rewrite_json_text(text, edit), encoding, text), "json")
        except (ValueError, RecursionError):
            pass  # not valid JSON after all: fall through to text
    if _looks_like_js(stripped):
        prefix, _, body = text.partition("=")
        try:
            return Rewritten(
                _encode(f"{prefix}= {rewrite_json_text(body.strip(), edit)}", encoding, text), "js"
            )
        except (ValueError, RecursionError):
            pass
    if lowered.endswith(".csv"):
        return Rewritten(_encode(_rewrite_csv(text, edit), encoding, text), "csv")
    return Rewritten(_encode(edit(text), encoding, text), "text")


def _encode(text: str, encoding: str, original: str) -> bytes:
    if encoding == "utf-8-sig" and not original.startswith("\ufeff"):
        text = text.lstrip("\ufeff")
    return text.encode(encoding, errors="replace")


def _rewrite_csv(text: str, edit: Edit) -> str:
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    first = sample.lstrip("\ufeff").split("\n", 1)[0]
    quote_all = first.startswith('"') and first.rstrip("\r").endswith('"')
    terminator = "\r\n" if "\r\n" in sample else "\n"
    output = io.StringIO()
    writer = csv.writer(
        output,
        delimiter=delimiter,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
        lineterminator=terminator,
    )
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=delimiter)
    for row in reader:
        writer.writerow([edit_cell(cell, edit) for cell in row])
    result = output.getvalue()
    if not text.endswith(("\n", "\r")):
        result = result.rstrip("\r\n")
    return bom + result


def _rewrite_xls(data: bytes, edit: Edit) -> Rewritten:
    """A legacy BIFF workbook, redacted into .xlsx: no maintained library writes .xls."""
    import xlrd
    from openpyxl import Workbook

    try:
        book = xlrd.open_workbook(file_contents=data)
    except Exception as exc:  # xlrd raises many types for bad files
        return Rewritten(None, "xlsx", f"unreadable workbook, not copied ({type(exc).__name__})")
    output_book = Workbook()
    output_book.remove(output_book.active)  # type: ignore[arg-type]
    for sheet in book.sheets():
        target = output_book.create_sheet(sheet.name[:31] or "Sheet")
        for row_index in range(sheet.nrows):
            for column_index, cell in enumerate(sheet.row(row_index)):
                value: Any = cell.value
                if cell.ctype == xlrd.XL_CELL_DATE:
                    value = xlrd.xldate_as_datetime(cell.value, book.datemode)
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    continue
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(cell.value)
                elif isinstance(value, str):
                    value = edit_cell(value, edit)
                target.cell(row=row_index + 1, column=column_index + 1, value=value)
    output = io.BytesIO()
    output_book.save(output)
    return Rewritten(output.getvalue(), "xlsx", "legacy .xls written as .xlsx", suffix=".xlsx")


def _rewrite_xlsx(data: bytes, edit: Edit) -> Rewritten:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data))
    except Exception as exc:  # openpyxl raises many types for bad files
        return Rewritten(None, "xlsx", f"unreadable workbook, not copied ({type(exc).__name__})")
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.value = edit_cell(cell.value, edit)
    output = io.BytesIO()
    workbook.save(output)
    return Rewritten(output.getvalue(), "xlsx")
