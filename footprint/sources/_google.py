"""Helpers shared by the Google sources: streaming JSON, coordinates and timestamps.

Google's exports reach gigabytes, so JSON is streamed item by item with ijson
(its default backend is the fastest installed, the C one). One pass can collect
items under several prefixes at once (the on-device Timeline keeps
``semanticSegments``, ``rawSignals`` and ``userLocationProfile`` side by side);
memory stays bounded by one chunk and the items it completes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import IO, Any

import ijson

from footprint.loading import InputFile
from footprint.model import Problem, ProblemCode
from footprint.sources.base import ParseContext, problem

CHUNK_BYTES = 1024 * 1024
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# "53.86°, 10.70°", "geo:52.52,13.40", "52.52, 13.40"
_LAT_LNG = re.compile(
    r"^\s*(?:geo:)?\s*(?P<lat>[-+]?\d+(?:\.\d+)?)\s*°?\s*,\s*(?P<lon>[-+]?\d+(?:\.\d+)?)\s*°?\s*$"
)
_E7 = 10_000_000
_WRAP = 2**32  # old exports stored some E7 values as unsigned 32-bit integers
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# Times are stored as nanoseconds since 1970 in 64 bits (footprint.store): a time outside
# these years is no valid time of a location fix.
_EARLIEST = datetime(1678, 1, 1, tzinfo=UTC)
_LATEST = datetime(2262, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class JsonItem:
    """One complete item found under ``prefix`` (an ijson prefix ending in ``item``)."""

    prefix: str
    index: int
    value: Any
    locator: str


def json_path(prefix: str, index: int | None = None) -> str:
    """The JSON path of item ``index`` under an ijson prefix: ``a.b.item`` -> ``$.a.b[3]``.

    Without ``index``, the path of the array itself (``$.a.b``).
    """
    keys = prefix.split(".")[:-1] if prefix else []
    path = "$" + "".join(f".{key}" if _IDENTIFIER.match(key) else f'["{key}"]' for key in keys)
    return path if index is None else f"{path}[{index}]"


def _error_text(exc: Exception) -> str:
    lines = str(exc).splitlines()
    return lines[0] if lines else type(exc).__name__


def _malformed(file: InputFile, locator: str, exc: Exception, fmt: str) -> Problem:
    return problem(
        file,
        locator,
        "invalid_truncated_json",
        ProblemCode.MALFORMED,
        fmt,
        error=_error_text(exc),
    )


def stream_items(
    file: InputFile, prefixes: Sequence[str], fmt: str
) -> Iterator[JsonItem | Problem]:
    """Every item under each of ``prefixes``, streamed from ``file``.

    Items come in file order within a prefix. Invalid or truncated JSON ends the
    stream with one Problem located after the last complete item.
    """
    if not json_head(file, 1024):
        yield problem(file, "", "file_empty", ProblemCode.EMPTY, fmt)
        return
    try:
        with file.open_json() as stream:
            if len(prefixes) == 1:
                yield from _pull(file, stream, prefixes[0], fmt)
            else:
                yield from _push(file, stream, prefixes, fmt)
    except OSError as exc:
        yield problem(file, "", "could_not_read_file", ProblemCode.UNREADABLE, fmt, error=exc)


def _pull(
    file: InputFile, stream: IO[bytes], prefix: str, fmt: str
) -> Iterator[JsonItem | Problem]:
    # ijson's pull parser runs wholly in C: several times faster than the push one.
    base = json_path(prefix)
    index = 0
    try:
        for value in ijson.items(stream, prefix, use_float=True):
            yield JsonItem(prefix, index, value, f"{base}[{index}]")
            index += 1
    except (ijson.JSONError, ValueError) as exc:
        yield _malformed(file, f"{base}[{index}]", exc, fmt)


def _push(
    file: InputFile, stream: IO[bytes], prefixes: Sequence[str], fmt: str
) -> Iterator[JsonItem | Problem]:
    # One read of the file feeds one parser per prefix, so sibling arrays of one
    # object come out in a single pass.
    outputs = [ijson.sendable_list() for _ in prefixes]
    coroutines = [
        ijson.items_coro(output, prefix, use_float=True)
        for output, prefix in zip(outputs, prefixes, strict=True)
    ]
    bases = [json_path(prefix) for prefix in prefixes]
    counts = [0] * len(prefixes)
    last_active = 0
    while True:
        chunk = stream.read(CHUNK_BYTES)
        failure: Exception | None = None
        try:
            for coroutine in coroutines:
                if chunk:
                    coroutine.send(chunk)
                else:
                    coroutine.close()
        except (ijson.JSONError, ValueError) as exc:
            failure = exc
        for position, (prefix, output) in enumerate(zip(prefixes, outputs, strict=True)):
            for value in output:
                index = counts[position]
                yield JsonItem(prefix, index, value, f"{bases[position]}[{index}]")
                counts[position] += 1
                last_active = position
            del output[:]
        if failure is not None:
            where = f"{bases[last_active]}[{counts[last_active]}]"
            yield _malformed(file, where, failure, fmt)
            return
        if not chunk:
            return


def json_head(file: InputFile, size: int = 8192) -> bytes:
    """The first bytes of ``file`` as UTF-8, without a BOM or leading whitespace."""
    return file.json_head(size).lstrip()


def e7(value: Any, limit: float) -> float | None:
    """Degrees from an E7 integer (``latitudeE7``); None when missing or out of range."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value > limit * _E7:
        value -= _WRAP
    degrees = value / _E7
    return degrees if -limit <= degrees <= limit else None


def lat_lng(value: Any) -> tuple[float, float] | None:
    """``(lat, lon)`` from ``"53.86°, 10.70°"``, ``"geo:52.5,13.4"`` or ``{"latLng": ...}``."""
    if isinstance(value, dict):
        value = value.get("latLng", value.get("LatLng"))
    if not isinstance(value, str):
        return None
    match = _LAT_LNG.match(value)
    if not match:
        return None
    lat, lon = float(match["lat"]), float(match["lon"])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def coordinates(lat: float, lon: float) -> str:
    """The ``lat,lon`` text used as the value of home/work facts and inferences."""
    return f"{lat:.6f},{lon:.6f}"


def iso_time(value: Any, ctx: ParseContext) -> tuple[datetime, bool] | None:
    """A timestamp from ISO 8601 text, and whether its zone was assumed."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.utcoffset() is None:
        return ctx.localize(parsed), True
    return parsed, False


def epoch_time(value: Any, per_second: int) -> datetime | None:
    """A UTC timestamp from an epoch count (ms: ``per_second=1000``, µs: ``1_000_000``).

    Google writes ``timestampMs`` as a string, ``time_usec`` as a number.
    """
    if isinstance(value, str):
        if not value.strip().lstrip("-").isdigit():
            return None
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        # Integer microseconds keep full precision where a float of seconds would not.
        micros = (
            value * 1_000_000 // per_second if isinstance(value, int) else value * 1e6 / per_second
        )
        return _EPOCH + timedelta(microseconds=micros)
    except (OverflowError, ValueError):
        return None


def timestamp(
    item: dict[str, Any], iso_key: str, ms_key: str, ctx: ParseContext
) -> tuple[datetime, bool] | None:
    """The time of a Takeout entry: ISO ``iso_key`` (newer) or epoch-ms ``ms_key`` (older)."""
    parsed = iso_time(item.get(iso_key), ctx)
    if parsed is not None:
        return parsed if _EARLIEST <= parsed[0] < _LATEST else None
    from_ms = epoch_time(item.get(ms_key), 1000)
    return (from_ms, False) if from_ms is not None and _EARLIEST <= from_ms < _LATEST else None
