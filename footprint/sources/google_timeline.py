"""Google Maps Timeline exported on the phone (since 2024), Android and iOS.

Android writes ``Timeline.json`` (localised: ``Zeitachse.json``, ``Chronologie.json``
...), an object with

- ``semanticSegments``: visits, movements and ``timelinePath`` points with times;
- ``rawSignals``: raw ``position`` fixes (activity and wifi records are skipped);
- ``userLocationProfile.frequentPlaces``: places Google labelled HOME, WORK ...
  on its own -> PlatformInference; ``persona.travelModeAffinities`` likewise.

iOS writes ``location-history.json``, a top-level array of segments with
``"geo:lat,lng"`` points, numbers as strings and path points timed by
``durationMinutesOffsetFromStartTime``.

A visit's ``semanticType`` HOME/WORK is the user's own label (ProfileFact);
INFERRED_HOME/INFERRED_WORK is Google's guess (PlatformInference). Each place
is reported once per file: an inference already in ``frequentPlaces`` is not
repeated from its visits. The file is read once, whatever its name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from footprint.loading import InputFile
from footprint.model import (
    Activity,
    LocationPoint,
    LocationVisit,
    ParseItem,
    PlatformInference,
    ProblemCode,
    ProfileFact,
)
from footprint.sources import _google
from footprint.sources._google import JsonItem
from footprint.sources.base import ParseContext, problem

FORMAT = "google_timeline"
LABEL = "Google Maps Timeline (phone export)"
CATEGORY = "location"
MULTI_FILE = False
PATHS = (
    "Timeline.json",
    "Zeitachse.json",
    "Chronologie.json",
    "Cronologia.json",
    "Cronología.json",
    "location-history.json",
)

_SEGMENTS = "semanticSegments.item"
_RAW = "rawSignals.item"
_PLACES = "userLocationProfile.frequentPlaces.item"
_AFFINITIES = "userLocationProfile.persona.travelModeAffinities.item"
_ANDROID = (_SEGMENTS, _RAW, _PLACES, _AFFINITIES)
_IOS = ("item",)
_ANDROID_KEYS = (b'"semanticSegments"', b'"rawSignals"', b'"userLocationProfile"')

# normalised semanticType -> (record kind, category)
_SEMANTIC = {
    "HOME": ("fact", "home"),
    "WORK": ("fact", "work"),
    "INFERRED_HOME": ("inference", "home"),
    "INFERRED_WORK": ("inference", "work"),
}

Moment = tuple[datetime, bool]  # a timestamp and whether its zone was assumed


def _is_android(head: bytes) -> bool:
    return head.startswith(b"{") and any(key in head for key in _ANDROID_KEYS)


def _is_ios(head: bytes) -> bool:
    return (
        head.startswith(b"[")
        and b'"startTime"' in head
        and (b'"geo:' in head or any(k in head for k in (b'"visit"', b'"activity"')))
    )


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".json"):
        return 0.0
    head = _google.json_head(file, 4096)
    if _is_android(head):
        return 1.0
    if _is_ios(head):
        return 0.9
    return 0.0


@dataclass
class _Places:
    """Home/work places reported so far, and those seen in visits, held until the end.

    Keys are (record kind, category, place id or coordinates).
    """

    reported: set[tuple[str, str, str]] = field(default_factory=set)
    pending: dict[tuple[str, str, str], ProfileFact | PlatformInference] = field(
        default_factory=dict
    )


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    head = _google.json_head(file, 4096)
    prefixes: tuple[str, ...]
    if _is_android(head):
        prefixes = _ANDROID
    elif head.startswith(b"["):
        prefixes = _IOS
    elif not head:
        yield problem(file, "", "file_empty", ProblemCode.EMPTY, FORMAT)
        return
    else:
        yield problem(
            file,
            "$",
            "not_google_timeline_export_expected",
            ProblemCode.MALFORMED,
            FORMAT,
        )
        return
    places = _Places()
    found = False
    for item in _google.stream_items(file, prefixes, FORMAT):
        found = True
        if not isinstance(item, JsonItem):
            yield item
            continue
        if not isinstance(item.value, dict):
            yield problem(file, item.locator, "entry_not_object", source=FORMAT)
            continue
        if item.prefix in (_SEGMENTS, "item"):
            yield from _segment(file, item.value, item.locator, ctx, places)
        elif item.prefix == _RAW:
            yield from _raw_signal(file, item.value, item.locator, ctx)
        elif item.prefix == _PLACES:
            yield from _frequent_place(file, item.value, item.locator, places)
        else:
            yield from _affinity(file, item.value, item.locator)
    # Visit-derived home/work only where Google's profile did not already say so.
    for key, record in places.pending.items():
        if key not in places.reported:
            yield record
    if not found:
        yield problem(file, "$", "no_timeline_segments_file", ProblemCode.EMPTY, FORMAT)


def _segment(
    file: InputFile, segment: dict[str, Any], locator: str, ctx: ParseContext, places: _Places
) -> Iterator[ParseItem]:
    start = _local(
        _google.iso_time(segment.get("startTime"), ctx),
        segment.get("startTimeTimezoneUtcOffsetMinutes"),
    )
    end = _local(
        _google.iso_time(segment.get("endTime"), ctx),
        segment.get("endTimeTimezoneUtcOffsetMinutes"),
    )
    visit = segment.get("visit")
    activity = segment.get("activity")
    path = segment.get("timelinePath")
    if not any(isinstance(part, dict | list) for part in (visit, activity, path)):
        if "timelineMemory" not in segment:
            yield problem(file, locator, "segment_no_visit_activity_timelinepath", source=FORMAT)
        return
    if start is None and (isinstance(visit, dict) or isinstance(activity, dict)):
        yield problem(file, locator, "segment_no_valid_starttime", source=FORMAT)
    elif start is not None:
        if isinstance(visit, dict):
            yield from _visit(file, visit, f"{locator}.visit", start, end, places)
        if isinstance(activity, dict):
            yield from _activity(file, activity, f"{locator}.activity", start, end)
    if isinstance(path, list):
        for index, point in enumerate(path):
            yield from _path_point(file, point, f"{locator}.timelinePath[{index}]", start, ctx)


def _local(moment: Moment | None, offset_minutes: Any) -> Moment | None:
    """The moment at the UTC offset the segment says it was lived in.

    The phone writes ``startTime`` with its own offset at export time (an export
    made in Tokyo gives ``+09:00`` for a day in Hong Kong); the segment's
    ``startTimeTimezoneUtcOffsetMinutes`` is the offset where and when it happened.
    """
    minutes = _offset_minutes(offset_minutes)
    if moment is None or moment[1] or minutes is None or not -1080 <= minutes <= 1080:
        return moment
    return moment[0].astimezone(timezone(timedelta(minutes=minutes))), False


def _semantic_type(raw: Any) -> str:
    return str(raw or "").strip().upper().replace(" ", "_")


def _visit(
    file: InputFile,
    visit: dict[str, Any],
    locator: str,
    start: Moment,
    end: Moment | None,
    places: _Places,
) -> Iterator[ParseItem]:
    candidate = visit.get("topCandidate")
    candidate = candidate if isinstance(candidate, dict) else {}
    position = _google.lat_lng(candidate.get("placeLocation"))
    if position is None:
        yield problem(file, locator, "visit_no_readable_placelocation", source=FORMAT)
        return
    semantic = _semantic_type(candidate.get("semanticType"))
    place_id = candidate.get("placeId", candidate.get("placeID"))
    yield LocationVisit(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=start[0],
        tz_assumed=start[1],
        lat=position[0],
        lon=position[1],
        end=end[0] if end else None,
        text=semantic if semantic and semantic != "UNKNOWN" else None,
    )
    kind = _SEMANTIC.get(semantic)
    if kind is None:
        return
    value = _google.coordinates(*position)
    key = (kind[0], kind[1], str(place_id or value))
    if key in places.pending:
        return
    where = f"{locator}.topCandidate"
    places.pending[key] = (
        ProfileFact(
            source=FORMAT,
            path=file.display,
            locator=where,
            timestamp=start[0],
            tz_assumed=start[1],
            field=kind[1],
            value=value,
        )
        if kind[0] == "fact"
        else PlatformInference(
            source=FORMAT,
            path=file.display,
            locator=where,
            timestamp=start[0],
            tz_assumed=start[1],
            category=kind[1],
            value=value,
        )
    )


def _activity(
    file: InputFile, activity: dict[str, Any], locator: str, start: Moment, end: Moment | None
) -> Iterator[ParseItem]:
    candidate = activity.get("topCandidate")
    mode = candidate.get("type") if isinstance(candidate, dict) else None
    yield Activity(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=start[0],
        tz_assumed=start[1],
        activity_type="travel",
        title=_semantic_type(mode) or None,
    )
    for key, when in (("start", start), ("end", end)):
        if key not in activity:
            continue
        position = _google.lat_lng(activity[key])
        if position is None:
            yield problem(file, f"{locator}.{key}", "unreadable_coordinates", source=FORMAT)
            continue
        yield LocationPoint(
            source=FORMAT,
            path=file.display,
            locator=f"{locator}.{key}",
            timestamp=when[0] if when else None,
            tz_assumed=when[1] if when else False,
            lat=position[0],
            lon=position[1],
        )


def _offset_minutes(raw: Any) -> float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        return float(raw)
    if isinstance(raw, str):
        try:
            return float(raw)
        except ValueError:
            return None
    return None


def _path_point(
    file: InputFile, point: Any, locator: str, start: Moment | None, ctx: ParseContext
) -> Iterator[ParseItem]:
    if not isinstance(point, dict):
        yield problem(file, locator, "path_point_not_object", source=FORMAT)
        return
    position = _google.lat_lng(point.get("point"))
    if position is None:
        yield problem(file, locator, "path_point_unreadable_coordinates", source=FORMAT)
        return
    when = _google.iso_time(point.get("time"), ctx)
    if when is not None and start is not None and not when[1] and not start[1]:
        when = (when[0].astimezone(start[0].tzinfo), False)  # the segment's local offset
    offset = _offset_minutes(point.get("durationMinutesOffsetFromStartTime"))
    if when is None and start is not None and offset is not None:
        try:
            when = (start[0] + timedelta(minutes=offset), start[1])
        except OverflowError:
            when = None
    if when is None:
        yield problem(file, locator, "path_point_no_readable_time", source=FORMAT)
        return
    yield LocationPoint(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when[0],
        tz_assumed=when[1],
        lat=position[0],
        lon=position[1],
    )


def _raw_signal(
    file: InputFile, signal: dict[str, Any], locator: str, ctx: ParseContext
) -> Iterator[ParseItem]:
    position_record = signal.get("position")
    if not isinstance(position_record, dict):
        return  # activityRecord, wifiScan: nothing footprint reads
    locator = f"{locator}.position"
    position = _google.lat_lng(position_record.get("LatLng", position_record.get("latLng")))
    when = _google.iso_time(position_record.get("timestamp"), ctx)
    if position is None or when is None:
        yield problem(file, locator, "position_needs_latlng_timestamp", source=FORMAT)
        return
    accuracy = position_record.get("accuracyMeters")
    yield LocationPoint(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when[0],
        tz_assumed=when[1],
        lat=position[0],
        lon=position[1],
        accuracy_m=float(accuracy) if isinstance(accuracy, int | float) else None,
    )


def _frequent_place(
    file: InputFile, place: dict[str, Any], locator: str, places: _Places
) -> Iterator[ParseItem]:
    position = _google.lat_lng(place.get("placeLocation"))
    label = place.get("label")
    if position is None or not isinstance(label, str) or not label:
        yield problem(file, locator, "frequent_place_needs_placelocation_label", source=FORMAT)
        return
    category = label.strip().lower()
    value = _google.coordinates(*position)
    places.reported.add(("inference", category, str(place.get("placeId") or value)))
    yield PlatformInference(
        source=FORMAT,
        path=file.display,
        locator=locator,
        category=category,
        value=value,
    )


def _affinity(file: InputFile, affinity: dict[str, Any], locator: str) -> Iterator[ParseItem]:
    mode = affinity.get("mode")
    score = affinity.get("affinity")
    if not isinstance(mode, str) or not mode:
        yield problem(file, locator, "travel_mode_affinity_no_mode", source=FORMAT)
        return
    value = f"{mode} {score:g}" if isinstance(score, int | float) else mode
    yield PlatformInference(
        source=FORMAT, path=file.display, locator=locator, category="travel_mode", value=value
    )
