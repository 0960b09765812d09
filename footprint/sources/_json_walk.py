"""Streaming JSON for the social sources: pick values out of a file by their path.

``JsonWalker`` reads ijson's low-level events and builds only the values a
``want(path)`` callback asks for, one at a time. It keeps its own path, so keys
with dots or spaces (TikTok's ``Chat History with a.b:``) stay intact, and a key
that appears twice (Mastodon's ``orderedItems``) is walked both times, where a
plain JSON parser would keep only the last.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import IO, Any

import ijson

PathPart = str | int
JsonPath = tuple[PathPart, ...]

# What a caught parse error may be: ijson's own, a decoding error, or I/O.
JSON_ERRORS = (ijson.JSONError, ValueError, OSError)

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_VALUE_STARTS = {"start_map", "start_array"}
_ENDS = {"end_map", "end_array"}


def json_path(path: JsonPath) -> str:
    """A locator for ``path``: ``$[3].data[0]``, ``$.comments_v2[1]``, ``$["Your Activity"]``."""
    if path and isinstance(path[-1], int):
        # Entries of one list share their prefix: format it once.
        return f"{_json_path_prefix(path[:-1])}[{path[-1]}]"
    return _json_path_prefix(path)


@lru_cache(maxsize=512)
def _json_path_prefix(path: JsonPath) -> str:
    parts = ["$"]
    for part in path:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif _IDENTIFIER.fullmatch(part):
            parts.append(f".{part}")
        else:
            parts.append(f"[{json.dumps(part, ensure_ascii=False)}]")
    return "".join(parts)


class JsonWalker:
    """Iterates ``(path, value)`` for every value whose path ``want`` accepts.

    Wanted values are not searched further: a wanted object is yielded whole.
    ``where`` is the locator of the value being read, for a problem when the
    stream turns out to be broken half-way. Use it as a context manager: leaving
    closes the stream.
    """

    def __init__(self, stream: IO[bytes], want: Callable[[JsonPath], bool]) -> None:
        self._stream = stream  # from InputFile.open_json(): UTF-8, no byte-order mark
        self._want = want
        # One slot per open container: the current key (map) or index (array).
        self._slots: list[PathPart] = []
        self._is_array: list[bool] = []
        self._building: JsonPath | None = None  # path of the wanted value being built

    def __enter__(self) -> JsonWalker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._stream.close()

    @property
    def where(self) -> str:
        if self._building is not None:
            return json_path(self._building)  # inside a wanted value: that value
        return json_path(tuple(self._slots))

    def _enter_value(self) -> JsonPath:
        if self._is_array and self._is_array[-1]:
            index = self._slots[-1]
            self._slots[-1] = index + 1 if isinstance(index, int) else 0
        return tuple(self._slots)

    def _push(self, event: str) -> None:
        array = event == "start_array"
        self._is_array.append(array)
        self._slots.append(-1 if array else "")

    def __iter__(self) -> Iterator[tuple[JsonPath, Any]]:
        builder = ijson.ObjectBuilder()
        nested = 0  # open containers inside the value being built
        for event, value in ijson.basic_parse(self._stream, use_float=True):
            if self._building is not None:
                # Inside a wanted value only its depth matters: this is the hot loop.
                builder.event(event, value)
                if event in _VALUE_STARTS:
                    nested += 1
                elif event in _ENDS:
                    nested -= 1
                    if nested == 0:
                        yield self._building, builder.value
                        self._building = None
                continue
            if event == "map_key":
                self._slots[-1] = value
                continue
            if event in _ENDS:
                self._slots.pop()
                self._is_array.pop()
                continue
            path = self._enter_value()
            if self._want(path):
                if event in _VALUE_STARTS:
                    builder = ijson.ObjectBuilder()
                    builder.event(event, value)
                    self._building, nested = path, 1
                else:
                    yield path, value
                continue
            if event in _VALUE_STARTS:
                self._push(event)


def first_json_char(head: bytes) -> str:
    """The first significant character of a JSON file's head ('' when none)."""
    text = head.removeprefix(codecs.BOM_UTF8).lstrip()
    return chr(text[0]) if text else ""


def from_epoch(value: Any) -> datetime | None:
    """A UTC time from epoch seconds (int, float or digit string); None when not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if not isinstance(value, int | float) or value <= 0:
        return None
    if value > 100_000_000_000:  # milliseconds: seconds this large are past the year 5000
        value = value / 1000
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        return None
