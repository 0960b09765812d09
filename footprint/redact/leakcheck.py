"""After writing: look for every detected value in the outputs, decoded every way it could hide."""

from __future__ import annotations

import contextlib
import html
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from footprint.redact.values import ValueMatcher
from footprint.textio import detect_encoding


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
    encoding = detect_encoding(data[: 256 * 1024], complete=len(data) <= 256 * 1024)
    text = data.decode(encoding, errors="replace")
    yield text
    unescaped = html.unescape(text)
    if unescaped != text:
        yield unescaped
    body = text.lstrip("\ufeff \r\n\t")
    if body.startswith("window.") and "=" in body[:200]:
        body = body.partition("=")[2]
    if body[:1] in ("[", "{"):
        try:
            tree = json.loads(body)
        except (ValueError, RecursionError):
            return
        yield "\n".join(_json_strings(tree))


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
