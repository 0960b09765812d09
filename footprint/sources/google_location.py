"""Google Takeout location history: raw ``Records.json`` and Semantic Location History.

Three kinds of file, told apart by content:

- raw positions, ``Location History/Location History.json`` (old, ``timestampMs``)
  or ``Location History (Timeline)/Records.json`` (``timestamp``):
  ``{"locations": [{latitudeE7, longitudeE7, accuracy, ...}]}`` -> LocationPoint.
  These reach gigabytes and are streamed item by item;
- monthly ``Semantic Location History/YYYY/YYYY_MONTH.json``:
  ``{"timelineObjects": [{placeVisit} | {activitySegment}]}`` -> LocationVisit for
  each visit, Activity (``travel``) plus start, end and raw-path LocationPoints for
  each movement. A place the user labelled home or work becomes a ProfileFact;
- ``Settings.json``: the devices that reported locations -> ProfileFact.

Folder names are localised (German ``Standortverlauf``); content decides.
"""

from __future__ import annotations

import io
import itertools
import json
import re
from collections.abc import Generator, Iterator
from datetime import UTC, datetime, tzinfo
from typing import IO, Any, NamedTuple

import ijson
import msgspec
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from footprint.loading import InputFile, JsonBracketScanner, JsonDepthGuard
from footprint.model import (
    Activity,
    LocationPoint,
    LocationVisit,
    ParseItem,
    Problem,
    ProblemCode,
    ProfileFact,
)
from footprint.phrases import Phrase, phrase
from footprint.sources import _google
from footprint.sources._google import JsonItem
from footprint.sources.base import ParseContext, problem
from footprint.store import DEFAULT_CHUNK_ROWS, ColumnBatch, Constant, Instants, Numbered

FORMAT = "google_location"
LABEL = "Google Takeout location history"
CATEGORY = "location"
MULTI_FILE = True

_FOLDERS = ("Location History*", "Standortverlauf*")
_SEMANTIC = ("Semantic Location History", "Semantischer Standortverlauf")
PATHS = (
    "Location History*/Records.json",
    "Location History/Location History.json",
    "Location History/LocationHistory.json",
    "Standortverlauf*/Records.json",
    "Standortverlauf/Standortverlauf.json",
    *(f"{folder}/{semantic}/*/*.json" for folder in _FOLDERS for semantic in _SEMANTIC),
    *(f"{folder}/Settings.json" for folder in _FOLDERS),
)

IGNORED = {
    **{
        f"{folder}/Timeline Edits.json": "Google Timeline edit log, holds no locations"
        for folder in _FOLDERS
    },
    **{
        f"{folder}/Encrypted Backups.txt": "note about encrypted Timeline backups"
        for folder in _FOLDERS
    },
}

_RECORD_NAMES = {"records.json", "location history.json", "locationhistory.json"}
_RECORDS = "locations.item"
_SEMANTIC_ITEMS = "timelineObjects.item"
_DEVICES = "deviceSettings.item"

# semanticType of a place the user labelled in Google Maps -> ProfileFact field
_LABELLED = {"TYPE_HOME": "home", "TYPE_WORK": "work"}


def _kind(file: InputFile) -> str | None:
    head = _google.json_head(file)
    if not head.startswith(b"{"):
        return None
    if b'"timelineObjects"' in head:
        return "semantic"
    if b'"locations"' in head:
        return "records"
    if b'"deviceSettings"' in head or (
        file.name.lower() == "settings.json" and b'"retentionWindowDays"' in head
    ):
        return "settings"
    return None


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".json"):
        return 0.0
    kind = _kind(file)
    if kind is None:
        return 0.0
    head = _google.json_head(file)
    if kind == "records":
        if b"latitudeE7" in head:
            return 1.0
        # "locations" alone is too common a key to claim a file by content.
        return 0.8 if file.name.lower() in _RECORD_NAMES else 0.3
    if kind == "semantic":
        return 1.0 if b"placeVisit" in head or b"activitySegment" in head else 0.9
    return 0.9


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    for item in _parse(file, ctx, batch_rows=1):
        if isinstance(item, ColumnBatch):
            yield from item.records()
        else:
            yield item


def parse_columns(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem | ColumnBatch]:
    """Like :func:`parse`, but the fixes of a raw ``Records.json`` come column-wise, in
    batches of a store chunk, for :meth:`ColumnStore.append_columns` (no object per fix)."""
    return _parse(file, ctx, batch_rows=DEFAULT_CHUNK_ROWS)


def _parse(
    file: InputFile, ctx: ParseContext, batch_rows: int
) -> Iterator[ParseItem | ColumnBatch]:
    kind = _kind(file)
    if kind is None:
        yield problem(
            file,
            "$",
            "not_google_location_history_expected",
            ProblemCode.MALFORMED,
            FORMAT,
        )
        return
    if kind == "records":
        yield from _parse_records(file, ctx, batch_rows)
    elif kind == "semantic":
        yield from _parse_stream(file, _SEMANTIC_ITEMS, ctx, phrase("no_timeline_objects"))
    else:
        yield from _parse_stream(file, _DEVICES, ctx, phrase("no_devices"))


def _parse_stream(
    file: InputFile, prefix: str, ctx: ParseContext, empty: Phrase
) -> Iterator[ParseItem]:
    handler = {_RECORDS: _record, _SEMANTIC_ITEMS: _timeline_object, _DEVICES: _device}[prefix]
    seen: set[tuple[str, str]] = set()
    found = False
    for item in _google.stream_items(file, (prefix,), FORMAT):
        if isinstance(item, JsonItem):
            found = True
            if not isinstance(item.value, dict):
                yield problem(file, item.locator, "entry_not_object", source=FORMAT)
                continue
            yield from handler(file, item.value, item.locator, ctx, seen)
        else:
            found = True
            yield item
    if not found:
        yield problem(file, "$", empty, ProblemCode.EMPTY, FORMAT)


def _record(
    file: InputFile,
    item: dict[str, Any],
    locator: str,
    ctx: ParseContext,
    seen: set[tuple[str, str]],
) -> Iterator[ParseItem]:
    lat = _google.e7(item.get("latitudeE7"), 90)
    lon = _google.e7(item.get("longitudeE7"), 180)
    if lat is None or lon is None:
        yield problem(file, locator, "no_valid_latitudee7_longitudee7", source=FORMAT)
        return
    when = _google.timestamp(item, "timestamp", "timestampMs", ctx)
    if when is None:
        yield problem(file, locator, "no_valid_timestamp_timestampms", source=FORMAT)
        return
    accuracy = item.get("accuracy")
    yield LocationPoint(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when[0],
        tz_assumed=when[1],
        lat=lat,
        lon=lon,
        accuracy_m=float(accuracy) if isinstance(accuracy, int | float) else None,
    )


Moment = tuple[datetime, bool]  # a timestamp and whether its zone was assumed


def _duration(item: dict[str, Any], ctx: ParseContext) -> tuple[Moment | None, Moment | None]:
    duration = item.get("duration")
    if not isinstance(duration, dict):
        return None, None
    start = _google.timestamp(duration, "startTimestamp", "startTimestampMs", ctx)
    end = _google.timestamp(duration, "endTimestamp", "endTimestampMs", ctx)
    return start, end


def _timeline_object(
    file: InputFile,
    item: dict[str, Any],
    locator: str,
    ctx: ParseContext,
    seen: set[tuple[str, str]],
) -> Iterator[ParseItem]:
    visit = item.get("placeVisit")
    segment = item.get("activitySegment")
    if isinstance(visit, dict):
        yield from _place_visit(file, visit, f"{locator}.placeVisit", ctx, seen)
    elif isinstance(segment, dict):
        yield from _activity_segment(file, segment, f"{locator}.activitySegment", ctx)
    else:
        yield problem(
            file,
            locator,
            "timeline_object_neither_placevisit_nor",
            source=FORMAT,
        )


def _place_visit(
    file: InputFile,
    visit: dict[str, Any],
    locator: str,
    ctx: ParseContext,
    seen: set[tuple[str, str]],
    within: tuple[Moment | None, Moment | None] = (None, None),
) -> Iterator[ParseItem]:
    location = visit.get("location")
    location = location if isinstance(location, dict) else {}
    lat = _google.e7(location.get("latitudeE7", visit.get("centerLatE7")), 90)
    lon = _google.e7(location.get("longitudeE7", visit.get("centerLngE7")), 180)
    start, end = _duration(visit, ctx)
    if start is None and "duration" not in visit:
        # A child visit often has no time of its own: it lies within its parent's.
        start, end = within
    if start is None:
        yield problem(file, locator, "visit_no_valid_start_time", source=FORMAT)
        return
    name = location.get("name")
    address = location.get("address")
    yield LocationVisit(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=start[0],
        tz_assumed=start[1],
        lat=lat,
        lon=lon,
        place_name=name if isinstance(name, str) and name else None,
        address=address if isinstance(address, str) and address else None,
        end=end[0] if end is not None else None,
    )
    label = _LABELLED.get(str(location.get("semanticType", "")))
    if label is not None and lat is not None and lon is not None:
        value = _google.coordinates(lat, lon)
        # One fact per labelled place: by its placeId where Google gives one (its
        # coordinates jitter between visits, and a redacted copy has them all at one
        # placeholder), else by the coordinates.
        place = location.get("placeId")
        key = (label, place if isinstance(place, str) and place else value)
        if key not in seen:
            seen.add(key)
            yield ProfileFact(
                source=FORMAT,
                path=file.display,
                locator=f"{locator}.location",
                timestamp=start[0],
                tz_assumed=start[1],
                field=label,
                value=value,
                text=address if isinstance(address, str) and address else None,
            )
    children = visit.get("childVisits")
    if isinstance(children, list):
        for index, child in enumerate(children):
            if isinstance(child, dict):
                yield from _place_visit(
                    file, child, f"{locator}.childVisits[{index}]", ctx, seen, (start, end)
                )


def _activity_segment(
    file: InputFile, segment: dict[str, Any], locator: str, ctx: ParseContext
) -> Iterator[ParseItem]:
    start, end = _duration(segment, ctx)
    if start is None:
        yield problem(file, locator, "activity_segment_no_valid_start", source=FORMAT)
        return
    mode = segment.get("activityType")
    yield Activity(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=start[0],
        tz_assumed=start[1],
        activity_type="travel",
        title=mode if isinstance(mode, str) and mode else None,
    )
    for key, when in (("startLocation", start), ("endLocation", end)):
        place = segment.get(key)
        if not isinstance(place, dict):
            continue
        lat = _google.e7(place.get("latitudeE7"), 90)
        lon = _google.e7(place.get("longitudeE7"), 180)
        if lat is None or lon is None:
            yield problem(
                file, f"{locator}.{key}", "no_valid_latitudee7_longitudee7", source=FORMAT
            )
            continue
        yield LocationPoint(
            source=FORMAT,
            path=file.display,
            locator=f"{locator}.{key}",
            timestamp=when[0] if when is not None else None,
            tz_assumed=when[1] if when is not None else False,
            lat=lat,
            lon=lon,
        )
    raw_path = segment.get("simplifiedRawPath")
    points = raw_path.get("points") if isinstance(raw_path, dict) else None
    if isinstance(points, list):
        for index, point in enumerate(points):
            yield from _raw_point(file, point, f"{locator}.simplifiedRawPath.points[{index}]", ctx)


def _raw_point(file: InputFile, point: Any, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    if not isinstance(point, dict):
        yield problem(file, locator, "path_point_not_object", source=FORMAT)
        return
    lat = _google.e7(point.get("latE7"), 90)
    lon = _google.e7(point.get("lngE7"), 180)
    when = _google.timestamp(point, "timestamp", "timestampMs", ctx)
    if lat is None or lon is None or when is None:
        yield problem(file, locator, "path_point_needs_late7_lnge7", source=FORMAT)
        return
    accuracy = point.get("accuracyMeters")
    yield LocationPoint(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when[0],
        tz_assumed=when[1],
        lat=lat,
        lon=lon,
        accuracy_m=float(accuracy) if isinstance(accuracy, int | float) else None,
    )


def _device(
    file: InputFile,
    item: dict[str, Any],
    locator: str,
    ctx: ParseContext,
    seen: set[tuple[str, str]],
) -> Iterator[ParseItem]:
    created = _google.iso_time(item.get("deviceCreationTime"), ctx)
    spec = item.get("deviceSpec")
    spec = spec if isinstance(spec, dict) else {}
    model = " ".join(
        str(spec[key]) for key in ("manufacturer", "model") if isinstance(spec.get(key), str)
    )
    name = item.get("devicePrettyName")
    facts = [
        ("device", name, "devicePrettyName")
        if isinstance(name, str) and name
        else ("device", model, "deviceSpec")
    ]
    country = item.get("legalCountryCode")
    if isinstance(country, str):
        facts.append(("country", country, "legalCountryCode"))
    for field, value, key in facts:
        if not value or (field, value) in seen:
            continue
        seen.add((field, value))
        yield ProfileFact(
            source=FORMAT,
            path=file.display,
            locator=f"{locator}.{key}",
            timestamp=created[0] if created else None,
            tz_assumed=created[1] if created else False,
            field=field,
            value=value,
        )


# --- Records.json at the speed of the JSON decoder --------------------------------------
#
# A raw history holds millions of fixes. Instead of ijson building a dict per fix, the
# file is cut into runs of whole items (brackets found with numpy, strings respected)
# and each run is decoded by msgspec straight into a struct of the five fields used:
# the other keys (activity guesses, device tags) are skipped unbuilt. A run whose
# items do not fit the struct is decoded generically and parsed as before, and a run
# that is not valid JSON is retried item by item, so a problem names its item.

_READ_BYTES = _google.CHUNK_BYTES
_HEAD_BYTES = 4096  # the opening checked before the fast path is taken
_E7 = 10_000_000
_LAT, _LON = 90 * _E7, 180 * _E7
_RECORDS_START = re.compile(rb'\s*\{\s*"locations"\s*:\s*\[')
_GAP = b" \t\r\n,"


class _Fix(msgspec.Struct, gc=False):
    latitudeE7: int | float | None = None
    longitudeE7: int | float | None = None
    timestamp: str | None = None
    timestampMs: str | int | None = None
    accuracy: int | float | None = None


_FIXES = msgspec.json.Decoder(list[_Fix])
_ANY = msgspec.json.Decoder()


class _Prepended(io.RawIOBase):
    """``head`` then the rest of ``stream``: lets ijson check what follows the array."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self._pending = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._pending or self._stream.read(len(buffer))
        data, self._pending = data[: len(buffer)], data[len(buffer) :]
        buffer[: len(data)] = data
        return len(data)


def _parse_records(
    file: InputFile, ctx: ParseContext, batch_rows: int
) -> Iterator[ParseItem | ColumnBatch]:
    """Fixes decoded run by run, handed on column-wise once ``batch_rows`` have come
    (or anything else comes: a problem, a record of the general path)."""
    head = file.json_head(_HEAD_BYTES)
    if not _RECORDS_START.match(head):
        # Another key first, or an odd layout: the general streaming path.
        yield from _parse_stream(file, _RECORDS, ctx, phrase("no_locations_file"))
        return
    count = 0
    waiting: list[_Fix] = []
    first = 0
    try:
        with file.open_json() as stream:  # UTF-8 without a mark, the guard on
            for item in _record_runs(file, stream, ctx):
                if isinstance(item, _Run):
                    if not waiting:
                        first = item.first
                    waiting.extend(item.fixes)
                    if len(waiting) < batch_rows:
                        continue
                if waiting:
                    yield from _fix_columns(file, waiting, first, ctx)
                    waiting = []
                if isinstance(item, int):
                    count = item
                elif not isinstance(item, _Run):
                    yield item
    except OSError as exc:
        yield problem(file, "", "could_not_read_file", ProblemCode.UNREADABLE, FORMAT, error=exc)
        return
    if count == 0:
        yield problem(file, "$", "no_locations_file", ProblemCode.EMPTY, FORMAT)


class _Run(NamedTuple):
    """The fixes of one run, decoded; ``first`` is the first one's position."""

    fixes: list[_Fix]
    first: int


def _record_runs(
    file: InputFile, stream: IO[bytes], ctx: ParseContext
) -> Iterator[ParseItem | _Run | int]:
    """Parse items run by run (a run's fixes come decoded, as one _Run); yields the
    item count (an int) at the end."""
    chunks = _bracketed_chunks(stream)
    pending = b""
    index = 0
    for chunk, positions, depths in chunks:
        closed = (depths == -1).nonzero()[0]
        if closed.size:  # the array ends in this chunk
            end = int(positions[closed[0]])
            run, rest = pending + chunk[:end], chunk[end + 1 :]
            index, failed = yield from _decode_run(file, run, index, ctx)
            raw = getattr(stream, "raw", None)
            if isinstance(raw, JsonDepthGuard):
                raw.keep_brackets = False  # the rest is ijson's
            if not failed:
                index = yield from _after_array(file, rest, stream, index, ctx)
            yield index
            return
        ends = positions[(depths == 0).nonzero()[0]]
        if ends.size:
            cut = int(ends[-1]) + 1
            run, pending = pending + chunk[:cut], chunk[cut:]
            index, failed = yield from _decode_run(file, run, index, ctx)
            if failed:
                yield index
                return
        else:
            pending += chunk
    if pending.strip(_GAP):
        index, failed = yield from _decode_run(file, pending, index, ctx)
        if failed:
            yield index
            return
    yield _malformed_at(file, index, "the file ends inside the locations array")
    yield index


Chunk = tuple[bytes, np.ndarray[Any, Any], np.ndarray[Any, Any]]


def _bracketed_chunks(stream: IO[bytes]) -> Iterator[Chunk]:
    """The array's content chunk by chunk, with its brackets outside strings and the
    depth after each (0: between items, -1: the array closed).

    The nesting guard already finds every bracket of a chunk it passes: when the
    stream is guarded, its findings are reused instead of scanning twice.
    """
    raw = getattr(stream, "raw", None)
    guard = raw if isinstance(raw, JsonDepthGuard) else None
    if guard is not None:
        guard.keep_brackets = True
    read = guard.read if guard is not None else stream.read
    first = b""
    while len(first) < _HEAD_BYTES:
        more = read(_READ_BYTES)
        if not more:
            break
        first += more
    body = first.removeprefix(b"\xef\xbb\xbf")
    start = _RECORDS_START.match(body)
    assert start is not None  # checked on the head by the caller
    offset = len(first) - len(body) + start.end()
    if guard is None:
        scanner = JsonBracketScanner()  # depth 0: between the array's items
        chunk = first[offset:]
        while chunk:
            positions, depths, quotes = scanner.brackets(chunk)
            scanner.advance(chunk, quotes)
            yield chunk, positions, depths
            chunk = read(_READ_BYTES)
        return
    # The guard counted from the file's start: the array's content is at depth 2.
    positions, depths = _joined_brackets(guard, len(first))
    keep = positions >= offset
    yield first[offset:], positions[keep] - offset, depths[keep] - 2
    while chunk := read(_READ_BYTES):
        positions, depths = _joined_brackets(guard, len(chunk))
        yield chunk, positions, depths - 2


def _joined_brackets(
    guard: JsonDepthGuard, size: int
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The brackets the guard found in the last ``size`` bytes it passed, as positions
    in those bytes."""
    found = guard.take_brackets()
    if len(found) == 1:
        return found[0][1], found[0][2]
    positions = [found_positions + start for start, found_positions, _ in found]
    depths = [found_depths for _, _, found_depths in found]
    base = found[0][0]
    return np.concatenate(positions) - base, np.concatenate(depths)


def _malformed_at(file: InputFile, index: int, why: str) -> Problem:
    return problem(
        file,
        f"$.locations[{index}]",
        "invalid_truncated_json",
        ProblemCode.MALFORMED,
        FORMAT,
        error=why,
    )


def _decode_run(
    file: InputFile, run: bytes, index: int, ctx: ParseContext
) -> Generator[ParseItem | _Run, None, tuple[int, bool]]:
    """Items of one run; returns ``(next index, whether the JSON was broken)``."""
    body = run.strip(_GAP)
    lead = run[: len(run) - len(run.lstrip(_GAP))]
    trail = run[len(run.rstrip(_GAP)) :]
    # Commas around the run were stripped: one must part it from the item before, none
    # may end the array.
    if not body:
        if lead.count(b","):
            yield _malformed_at(file, index, "a comma without an item")
            return index, True
        return index, False
    if lead.count(b",") != (1 if index else 0) or trail.count(b","):
        yield _malformed_at(file, index, "items not parted by one comma")
        return index, True
    text = b"[" + body + b"]"
    try:
        fixes = _FIXES.decode(text)
    except msgspec.ValidationError:
        pass  # valid JSON, unusual values: the general path below
    except msgspec.DecodeError:
        return (yield from _decode_items(file, body, index, ctx))
    else:
        yield _Run(fixes, index)
        return index + len(fixes), False
    seen: set[tuple[str, str]] = set()
    for value in _generic(text):
        locator = f"$.locations[{index}]"
        if isinstance(value, dict):
            yield from _record(file, value, locator, ctx, seen)
        else:
            yield problem(file, locator, "entry_not_object", source=FORMAT)
        index += 1
    return index, False


def _generic(text: bytes) -> list[Any]:
    try:
        values = _ANY.decode(text)
    except msgspec.DecodeError as exc:
        try:  # integers past 64 bits: the standard library takes them
            values = json.loads(text)
        except ValueError:
            raise exc from None
    return values if isinstance(values, list) else [values]


def _decode_items(
    file: InputFile, body: bytes, index: int, ctx: ParseContext
) -> Generator[ParseItem, None, tuple[int, bool]]:
    """A run that is not valid JSON: item by item, up to the broken one."""
    scanner = JsonBracketScanner()
    positions, depths, _ = scanner.brackets(body)
    cuts = [0, *(int(p) + 1 for p in positions[(depths == 0).nonzero()[0]])]
    if cuts[-1] < len(body):
        cuts.append(len(body))
    seen: set[tuple[str, str]] = set()
    for begin, end in itertools.pairwise(cuts):
        raw = body[begin:end]
        piece = raw.strip(_GAP)
        if not piece:
            continue
        if raw[: len(raw) - len(raw.lstrip(_GAP))].count(b",") != (1 if begin else 0):
            yield _malformed_at(file, index, "items not parted by one comma")
            return index, True
        try:
            value = _generic(piece)[0] if piece.startswith((b"{", b"[")) else _ANY.decode(piece)
        except (msgspec.DecodeError, ValueError) as exc:
            yield _malformed_at(file, index, str(exc).splitlines()[0] if str(exc) else "bad item")
            return index, True
        locator = f"$.locations[{index}]"
        if isinstance(value, dict):
            yield from _record(file, value, locator, ctx, seen)
        else:
            yield problem(file, locator, "entry_not_object", source=FORMAT)
        index += 1
    return index, False


def _after_array(
    file: InputFile, rest: bytes, stream: IO[bytes], index: int, ctx: ParseContext
) -> Generator[ParseItem, None, int]:
    """What follows the array: usually ``}``; ijson checks it and finds a second array."""
    tail = rest.strip()
    if tail == b"}":
        extra = stream.read(1024)
        if not extra.strip():
            return index
        rest = rest + extra
    reader = io.BufferedReader(_Prepended(b'{"locations":[]' + rest, stream))
    seen: set[tuple[str, str]] = set()
    try:
        for value in ijson.items(reader, _RECORDS, use_float=True):
            locator = f"$.locations[{index}]"
            if isinstance(value, dict):
                yield from _record(file, value, locator, ctx, seen)
            else:
                yield problem(file, locator, "entry_not_object", source=FORMAT)
            index += 1
    except (ijson.JSONError, ValueError) as exc:
        yield _malformed_at(file, index, str(exc).splitlines()[0] if str(exc) else "bad JSON")
    return index


# The shape of nearly every timestamp Google writes, which the standard library reads
# exactly as Arrow does (up to microseconds, "Z"); other texts take the general helper.
_ISO_UTC = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z$"
_MILLIS = r"^[0-9]{1,13}$"
_MAX_MILLIS = 9_000_000_000_000  # about 2255: nanoseconds since 1970 fit 64 bits
_EARLIEST, _LATEST = (Instants.nanos_of(_google._EARLIEST), Instants.nanos_of(_google._LATEST))
_ZONES: list[tzinfo | None] = [UTC]  # zone code 0: what fromisoformat gives for "Z"


def _fix_columns(
    file: InputFile, fixes: list[_Fix], index: int, ctx: ParseContext
) -> list[ParseItem | ColumnBatch]:
    """The points of consecutive fixes as one column batch (split around the problems of
    fixes without a position or time, which keep their place), computed with NumPy and
    Arrow; values the vectorised path does not vouch for take the general helpers."""
    count = len(fixes)
    lat = _degrees([fix.latitudeE7 for fix in fixes], 90)
    lon = _degrees([fix.longitudeE7 for fix in fixes], 180)
    located = ~(np.isnan(lat) | np.isnan(lon))
    nanos, zone_codes, zones, assumed, timed = _times(fixes, located, ctx)
    keep = located & timed
    numbers = np.arange(index, index + count, dtype=np.int64)
    accuracy = _floats([fix.accuracy for fix in fixes])
    if not keep.all():
        accuracy = accuracy.filter(pa.array(keep))
    kept = int(keep.sum())
    batch = ColumnBatch(
        LocationPoint,
        kept,
        {
            "source": Constant(FORMAT),
            "path": Constant(file.display),
            "locator": Numbered("$.locations[", numbers[keep], "]"),
            "timestamp": Instants(nanos[keep], zone_codes[keep], zones),
            "tz_assumed": assumed[keep],
            "lat": lat[keep],
            "lon": lon[keep],
            "accuracy_m": accuracy,
        },
    )
    if kept == count:
        return [batch]
    out: list[ParseItem | ColumnBatch] = []
    done = 0
    kept_numbers = numbers[keep]
    for number in numbers[~keep].tolist():
        cut = int(np.searchsorted(kept_numbers, number))
        if cut > done:
            out.append(batch.slice(done, cut))
            done = cut
        why = (
            "no_valid_latitudee7_longitudee7"
            if not located[number - index]
            else "no_valid_timestamp_timestampms"
        )
        out.append(problem(file, f"$.locations[{number}]", why, source=FORMAT))
    if done < kept:
        out.append(batch.slice(done, kept))
    return out


def _degrees(values: list[Any], limit: int) -> np.ndarray[Any, Any]:
    """Degrees of E7 values, NaN where invalid (as ``_google.e7`` decides)."""
    try:
        array = np.array(values)
    except (OverflowError, ValueError):
        array = np.array(values, dtype=object)
    if array.dtype == np.int64:
        degrees = array / _E7
        odd = np.flatnonzero(np.abs(array) > limit * _E7)
    else:
        degrees = np.full(len(values), np.nan)
        odd = np.arange(len(values))
    for row in odd.tolist():  # wrapped unsigned values, floats, missing
        found = _google.e7(values[row], limit)
        degrees[row] = np.nan if found is None else found
    return degrees


def _floats(values: list[Any]) -> pa.Array:
    try:
        return pa.array(values, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        return pa.array([None if v is None else float(v) for v in values], pa.float64())


def _times(
    fixes: list[_Fix], located: np.ndarray[Any, Any], ctx: ParseContext
) -> tuple[
    np.ndarray[Any, Any],
    np.ndarray[Any, Any],
    list[tzinfo | None],
    np.ndarray[Any, Any],
    np.ndarray[Any, Any],
]:
    """Nanoseconds, zone codes into the zones, whether the zone was assumed, and whether
    a time was found, of each fix (looked for only where ``located``), read exactly as
    ``_google.timestamp`` reads them."""
    count = len(fixes)
    nanos = np.zeros(count, dtype=np.int64)
    zone_codes = np.zeros(count, dtype=np.int16)
    assumed = np.zeros(count, dtype=bool)
    timed = np.zeros(count, dtype=bool)
    stamps = [fix.timestamp for fix in fixes]
    texts = pa.array(stamps, pa.string())
    iso = _matches(texts, _ISO_UTC)
    if iso.any():
        try:
            parsed = pc.cast(texts.filter(pa.array(iso)), pa.timestamp("ns", tz="UTC"))
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            iso[:] = False  # an impossible date among them: the general helper decides
        else:
            nanos[iso] = parsed.cast(pa.int64()).to_numpy(zero_copy_only=False)
            timed[iso] = (nanos[iso] >= _EARLIEST) & (nanos[iso] < _LATEST)
    # No ISO text (missing or empty): Google's older epoch milliseconds, as digits.
    rest = ~timed & located & ~pc.fill_null(pc.utf8_length(texts), 0).to_numpy().astype(bool)
    if rest.any():
        millis = [fix.timestampMs for fix in fixes]
        try:
            millis_texts = pa.array(millis, pa.string())
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            millis_texts = pa.array(
                [m if isinstance(m, str) else None for m in millis], pa.string()
            )
        digits = rest & _matches(millis_texts, _MILLIS)
        if digits.any():
            values = millis_texts.filter(pa.array(digits)).cast(pa.int64()).to_numpy()
            fits = values <= _MAX_MILLIS
            rows = np.flatnonzero(digits)[fits]
            nanos[rows] = values[fits] * 1_000_000
            timed[rows] = True
    zones = list(_ZONES)
    codes: dict[tzinfo | None, int] = {zone: code for code, zone in enumerate(zones)}
    timestamp = _google.timestamp
    for row in np.flatnonzero(located & ~timed).tolist():
        fix = fixes[row]
        item = {"timestamp": fix.timestamp, "timestampMs": fix.timestampMs}
        when = timestamp(item, "timestamp", "timestampMs", ctx)
        if when is None:
            continue
        value = Instants.nanos_of(when[0])  # the helper keeps to the years that fit
        zone = when[0].tzinfo
        if zone not in codes:
            codes[zone] = len(zones)
            zones.append(zone)
        nanos[row], zone_codes[row] = value, codes[zone]
        assumed[row], timed[row] = when[1], True
    return nanos, zone_codes, zones, assumed, timed


def _matches(texts: pa.Array, pattern: str) -> np.ndarray[Any, Any]:
    found = pc.match_substring_regex(texts, pattern).fill_null(False)
    return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)
