"""After writing: look for every detected value in the outputs, decoded every way it could hide."""

from __future__ import annotations

import codecs
import contextlib
import html
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from footprint.redact.values import ValueMatcher
from footprint.textio import detect_encoding

SNIFF_BYTES = 256 * 1024  # the head the encoding is decided on


@dataclass(frozen=True)
class Leak:
    file: str
    entity_type: str
    form: str
    offset: int

    def to_json(self) -> dict[str, Any]:
        # The value itself is not repeated here: the manifest may be shared.
        return {"file": self.file, "entity_type": self.entity_type, "form": self.form}


def _json_strings(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
            with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
                yield item.encode("latin-1").decode("utf-8")  # Facebook's mojibake
        elif isinstance(item, int | float) and not isinstance(item, bool):
            yield str(item)  # a phone or an account stored as a number
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def decoded_views(name: str, data: bytes) -> Iterator[str]:
    """Every decoded form of a file's text that a reader (or a parser) could see."""
    if name.lower().endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(io.BytesIO(data), read_only=True)
        except Exception:  # unreadable workbook: search its raw bytes instead
            yield data.decode("latin-1")
            return
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(values_only=True):
                yield "\t".join(str(cell) for cell in row if cell is not None)
        return
    encoding = detect_encoding(data[:SNIFF_BYTES], complete=len(data) <= SNIFF_BYTES)
    text = data.decode(encoding, errors="replace")
    body = text.lstrip("\ufeff \r\n\t")
    if body.startswith("window.") and "=" in body[:200]:
        body = body.partition("=")[2]
    if body[:1] in ("[", "{"):
        try:
            tree = json.loads(body)
        except (ValueError, RecursionError):
            tree = None
        if tree is not None:
            # What a reader of the JSON sees: its keys, strings and numbers, decoded. Not
            # the raw text, where an escape (Mam\u00c3\u00b3 for Mamó) cuts a word in two.
            strings = "\n".join(_json_strings(tree))
            yield strings
            unescaped = html.unescape(strings)
            if unescaped != strings:
                yield unescaped
            return
    yield text
    unescaped = html.unescape(text)
    if unescaped != text:
        yield unescaped


def find_leaks(name: str, data: bytes, matcher: ValueMatcher) -> list[Leak]:
    leaks: list[Leak] = []
    seen: set[tuple[str, str]] = set()
    for view in decoded_views(name, data):
        for hit in matcher.find(view):
            key = (hit.target.entity_type, hit.target.value)
            if key not in seen:
                seen.add(key)
                leaks.append(Leak(name, hit.target.entity_type, hit.form, hit.start))
    return leaks


def _plain_text_encoding(name: str, head: bytes, size: int) -> str | None:
    """The codec when :func:`decoded_views` would see only text and its unescaped form
    (no workbook, no JSON), judged on the file's head; else None."""
    if name.lower().endswith(".xlsx"):
        return None
    encoding = detect_encoding(head[:SNIFF_BYTES], complete=size <= SNIFF_BYTES)
    body = head[:SNIFF_BYTES].decode(encoding, errors="replace").lstrip("\ufeff \r\n\t")
    if len(body) < 200 and size > len(head):
        return None  # mostly blank at the start: let the whole file decide
    if body.startswith("window.") and "=" in body[:200]:
        body = body.partition("=")[2].lstrip("\ufeff \r\n\t")
    return None if body[:1] in ("[", "{") else encoding


def find_leaks_in_stream(
    name: str, stream: IO[bytes], size: int, matcher: ValueMatcher, block: int = 1024 * 1024
) -> list[Leak]:
    """:func:`find_leaks` on the ``size`` bytes of ``stream``; plain text is read a block
    of lines at a time (no value spans a line break), so memory stays bounded."""
    head = stream.read(SNIFF_BYTES)
    encoding = _plain_text_encoding(name, head, size)
    if encoding is None or matcher.spans_lines:
        return find_leaks(name, head + stream.read(), matcher)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    # Leaks seen in the text, then those only its unescaped form shows, as find_leaks
    # orders them.
    plain: dict[tuple[str, str], Leak] = {}
    unescaped_only: dict[tuple[str, str], Leak] = {}
    pending = ""
    offset = 0
    data = head
    while True:
        pending += decoder.decode(data, final=not data)
        end = len(pending) if not data else pending.rfind("\n") + 1
        if end:
            chunk, pending = pending[:end], pending[end:]
            views = [(chunk, plain)]
            unescaped = html.unescape(chunk)
            if unescaped != chunk:
                views.append((unescaped, unescaped_only))
            for view, found in views:
                for hit in matcher.find(view):
                    key = (hit.target.entity_type, hit.target.value)
                    found.setdefault(key, Leak(name, key[0], hit.form, offset + hit.start))
            offset += len(chunk)
        if not data:
            break
        data = stream.read(block)
    return [*plain.values(), *(v for k, v in unescaped_only.items() if k not in plain)]
