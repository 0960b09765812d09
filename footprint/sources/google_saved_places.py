"""Google Maps saved places from Google Takeout.

``Maps (your places)/Saved Places.json`` is a GeoJSON FeatureCollection. Each
feature has ``geometry.coordinates`` ``[lon, lat]`` (``[0, 0]`` when Google gives
none) and ``properties`` in one of two spellings:

- older: ``Title``, ``Google Maps URL``, ``Published``, ``Updated`` and
  ``Location {Address, Business Name, Country Code, Geo Coordinates {Latitude,
  Longitude}}``;
- newer: ``date``, ``google_maps_url``, ``Comment`` and ``location {name,
  address, country_code}``.

``Saved/<list>.csv`` (one file per list: "Want to go", "Favourite places"…)
holds ``Title,Note,URL[,Tags],Comment``: no time, and coordinates only where the
URL carries them (``@lat,lon`` or ``!3dlat!4dlon``).

A saved place is not a visit: it becomes a LocationVisit *without* a time, so no
stay is inferred from it, and the moment it was saved, where the export gives
it, becomes an Activity ``saved place``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from footprint.loading import InputFile
from footprint.model import Activity, LocationVisit, ParseItem, ProblemCode
from footprint.sources import _google
from footprint.sources._google import JsonItem
from footprint.sources._payment_csv import Row, cell, column_map, csv_rows, first_cells, head_lines
from footprint.sources.base import ParseContext, problem

FORMAT = "google_saved_places"
LABEL = "Google Maps saved places (Google Takeout)"
CATEGORY = "location"
MULTI_FILE = False
PATHS = ("Maps (your places)/Saved Places.json", "Saved Places.json", "Saved/*.csv")

_FEATURES = "features.item"
_URL_KEYS = (b'"Google Maps URL"', b'"google_maps_url"')
SAVED = "saved place"

CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("Title",),
    "note": ("Note",),
    "url": ("URL",),
    "tags": ("Tags",),
    "comment": ("Comment",),
}
_AT = re.compile(r"@(?P<lat>-?\d{1,2}\.\d+),(?P<lon>-?\d{1,3}\.\d+)")
_DATA = re.compile(r"!3d(?P<lat>-?\d{1,2}\.\d+)!4d(?P<lon>-?\d{1,3}\.\d+)")
_QUERY = re.compile(r"[?&]q=(?P<lat>-?\d{1,2}\.\d+),(?P<lon>-?\d{1,3}\.\d+)(?:&|$)")


def detect(file: InputFile) -> float:
    name = file.name.lower()
    if name.endswith(".json"):
        head = _google.json_head(file, 4096)
        if head.startswith(b"{") and b'"FeatureCollection"' in head:
            return 1.0 if any(key in head for key in _URL_KEYS) else 0.6
        return 0.0
    if name.endswith(".csv"):
        lines = head_lines(file, limit=2)
        if not lines:
            return 0.0
        found = column_map(first_cells(lines[0]), CSV_COLUMNS)
        if {"title", "note", "url"} <= found.keys():
            maps = len(lines) < 2 or "google." in lines[1] or "goo.gl" in lines[1]
            return 0.9 if maps else 0.6
    return 0.0


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    if file.name.lower().endswith(".csv"):
        yield from _parse_list(file)
        return
    found = False
    for item in _google.stream_items(file, (_FEATURES,), FORMAT):
        if not isinstance(item, JsonItem):
            yield item
            continue
        found = True
        if not isinstance(item.value, dict):
            yield problem(file, item.locator, "feature_not_object", source=FORMAT)
            continue
        yield from _feature(file, item.value, item.locator, ctx)
    if not found:
        yield problem(file, "$", "no_saved_places_file", ProblemCode.EMPTY, FORMAT)


def _get(mapping: Any, *keys: str) -> Any:
    """The first of ``keys`` present in ``mapping`` (the two spellings Google used)."""
    if not isinstance(mapping, dict):
        return None
    return next((mapping[key] for key in keys if key in mapping), None)


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _position(feature: dict[str, Any], place: Any) -> tuple[float, float] | None:
    """``(lat, lon)`` from the geometry, else the older ``Geo Coordinates``; ``[0, 0]`` is none."""
    geometry = _get(feature, "geometry")
    pair = _get(geometry, "coordinates")
    lat = lon = None
    if isinstance(pair, list) and len(pair) >= 2:
        lon, lat = _number(pair[0]), _number(pair[1])
    if lat is None or lon is None or (lat == 0 and lon == 0):
        coordinates = _get(place, "Geo Coordinates")
        lat, lon = _number(_get(coordinates, "Latitude")), _number(_get(coordinates, "Longitude"))
    if lat is None or lon is None or (lat == 0 and lon == 0):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def _feature(
    file: InputFile, feature: dict[str, Any], locator: str, ctx: ParseContext
) -> Iterator[ParseItem]:
    properties = _get(feature, "properties")
    if not isinstance(properties, dict):
        yield problem(file, locator, "feature_no_properties", source=FORMAT)
        return
    place = _get(properties, "Location", "location")
    name = _text(_get(properties, "Title")) or _text(_get(place, "Business Name", "name"))
    address = _text(_get(place, "Address", "address"))
    url = _text(_get(properties, "Google Maps URL", "google_maps_url"))
    comment = _text(_get(properties, "Comment", "comment"))
    lat, lon = _position(feature, place) or _url_position(url or "")
    if name is None and address is None and lat is None:
        if url is None:
            yield problem(file, locator, "saved_place_no_name_address", source=FORMAT)
            return
    else:
        yield LocationVisit(
            source=FORMAT,
            path=file.display,
            locator=locator,
            text=comment or SAVED,
            lat=lat,
            lon=lon,
            place_name=name,
            address=address,
        )
    raw_time = _get(properties, "Published", "date", "Updated")
    if raw_time is None:
        return
    when = _google.iso_time(raw_time, ctx)
    if when is None:
        yield problem(file, locator, "unreadable_date", source=FORMAT, value=raw_time)
        return
    yield Activity(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when[0],
        tz_assumed=when[1],
        activity_type=SAVED,
        title=name or address,
        text=comment,
        url=url,
    )


def _url_position(url: str) -> tuple[float | None, float | None]:
    found = _DATA.search(url) or _AT.search(url) or _QUERY.search(url)
    if not found:
        return None, None
    lat, lon = float(found["lat"]), float(found["lon"])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None, None
    return lat, lon


def _parse_list(file: InputFile) -> Iterator[ParseItem]:
    """One saved list (``Saved/Want to go.csv``): the list's name is the file's."""
    list_name = PurePosixPath(file.name).stem
    columns: dict[str, int] | None = None
    seen = 0
    with file.open_text() as stream:
        for item in csv_rows(stream, file, FORMAT):
            if not isinstance(item, Row):
                yield item
                continue
            if columns is None:
                columns = column_map(item.cells, CSV_COLUMNS)
                if "title" not in columns or "url" not in columns:
                    yield problem(file, "row 1", "no_title_url_columns", source=FORMAT)
                    return
                continue
            if item.blank():
                continue
            locator = f"row {item.number}"
            title, url = cell(item, columns, "title"), cell(item, columns, "url")
            if not title and not url:
                yield problem(file, locator, "saved_place_no_title_url", source=FORMAT)
                continue
            note = " ".join(
                part for key in ("note", "comment") if (part := cell(item, columns, key))
            )
            lat, lon = _url_position(url)
            seen += 1
            yield LocationVisit(
                source=FORMAT,
                path=file.display,
                locator=locator,
                text=f"{SAVED} ({list_name})" + (f": {note}" if note else ""),
                lat=lat,
                lon=lon,
                place_name=title or None,
            )
    if columns is not None and not seen:
        yield problem(file, "", "no_places_list", ProblemCode.EMPTY, FORMAT, value=list_name)
    elif columns is None:
        yield problem(file, "", "no_saved_places_file", ProblemCode.EMPTY, FORMAT)
