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

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from footprint.loading import InputFile
from footprint.model import (
    Activity,
    LocationPoint,
    LocationVisit,
    ParseItem,
    ProblemCode,
    ProfileFact,
)
from footprint.sources import _google
from footprint.sources._google import JsonItem
from footprint.sources.base import ParseContext, problem

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
    kind = _kind(file)
    if kind is None:
        yield problem(
            file,
            "$",
            "not Google location history: expected 'locations', 'timelineObjects' "
            "or 'deviceSettings'",
            ProblemCode.MALFORMED,
            FORMAT,
        )
        return
    if kind == "records":
        yield from _parse_stream(file, _RECORDS, ctx, "no locations in the file")
    elif kind == "semantic":
        yield from _parse_stream(file, _SEMANTIC_ITEMS, ctx, "no timeline objects in the file")
    else:
        yield from _parse_stream(file, _DEVICES, ctx, "no devices in the settings")


def _parse_stream(
    file: InputFile, prefix: str, ctx: ParseContext, empty: str
) -> Iterator[ParseItem]:
    handler = {_RECORDS: _record, _SEMANTIC_ITEMS: _timeline_object, _DEVICES: _device}[prefix]
    seen: set[tuple[str, str]] = set()
    found = False
    for item in _google.stream_items(file, (prefix,), FORMAT):
        if isinstance(item, JsonItem):
            found = True
            if not isinstance(item.value, dict):
                yield problem(file, item.locator, "entry is not an object", source=FORMAT)
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
        yield problem(file, locator, "no valid latitudeE7/longitudeE7", source=FORMAT)
        return
    when = _google.timestamp(item, "timestamp", "timestampMs", ctx)
    if when is None:
        yield problem(file, locator, "no valid timestamp or timestampMs", source=FORMAT)
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
            "timeline object is neither placeVisit nor activitySegment",
            source=FORMAT,
        )


def _place_visit(
    file: InputFile,
    visit: dict[str, Any],
    locator: str,
    ctx: ParseContext,
    seen: set[tuple[str, str]],
) -> Iterator[ParseItem]:
    location = visit.get("location")
    location = location if isinstance(location, dict) else {}
    lat = _google.e7(location.get("latitudeE7", visit.get("centerLatE7")), 90)
    lon = _google.e7(location.get("longitudeE7", visit.get("centerLngE7")), 180)
    start, end = _duration(visit, ctx)
    if start is None:
        yield problem(file, locator, "visit has no valid start time", source=FORMAT)
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
        if (label, value) not in seen:
            seen.add((label, value))
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
                yield from _place_visit(file, child, f"{locator}.childVisits[{index}]", ctx, seen)


def _activity_segment(
    file: InputFile, segment: dict[str, Any], locator: str, ctx: ParseContext
) -> Iterator[ParseItem]:
    start, end = _duration(segment, ctx)
    if start is None:
        yield problem(file, locator, "activity segment has no valid start time", source=FORMAT)
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
                file, f"{locator}.{key}", "no valid latitudeE7/longitudeE7", source=FORMAT
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
        yield problem(file, locator, "path point is not an object", source=FORMAT)
        return
    lat = _google.e7(point.get("latE7"), 90)
    lon = _google.e7(point.get("lngE7"), 180)
    when = _google.timestamp(point, "timestamp", "timestampMs", ctx)
    if lat is None or lon is None or when is None:
        yield problem(file, locator, "path point needs latE7, lngE7 and a timestamp", source=FORMAT)
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
