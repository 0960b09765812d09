"""Instagram "Download your information" (JSON): posts, comments, profile, ad interests.

Same conventions as Facebook: every string is mojibake and is repaired with
``repair_mojibake`` as soon as a value is read; times are epoch seconds (UTC).
Comments and the profile use ``string_map_data``: ``{"Comment": {"value": …},
"Time": {"timestamp": …}}``. Files sit under ``your_instagram_activity/`` and
``personal_information/`` in 2024 exports and one level up before. Direct
messages (``messages/inbox/...``) belong to the ``messenger`` source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

from footprint.loading import InputFile
from footprint.model import (
    Activity,
    LocationPoint,
    ParseItem,
    PlatformInference,
    Post,
    ProblemCode,
    ProfileFact,
)
from footprint.sources._json_walk import (
    JSON_ERRORS,
    JsonPath,
    JsonWalker,
    first_json_char,
    from_epoch,
    json_path,
)
from footprint.sources._meta_json import repair_mojibake
from footprint.sources.base import ParseContext, problem

FORMAT = "instagram"
LABEL = "Instagram data download (JSON)"
CATEGORY = "social"
MULTI_FILE = True
PATHS = (
    "your_instagram_activity/content/posts_*.json",
    "content/posts_*.json",
    "your_instagram_activity/comments/post_comments_*.json",
    "your_instagram_activity/comments/reels_comments.json",
    "comments/post_comments_*.json",
    "comments/reels_comments.json",
    "personal_information/personal_information/personal_information.json",
    "personal_information/personal_information.json",
    "ads_information/instagram_ads_and_businesses/ads_interests.json",
    "information_about_you/ads_interests.json",
)

Handler = Callable[[InputFile, Any, JsonPath], Iterator[ParseItem]]


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _exif(file: InputFile, media: dict[str, Any], locator: str) -> Iterator[ParseItem]:
    """Upload IPs and GPS positions in a photo's or video's EXIF data."""
    metadata = _dict(media.get("media_metadata"))
    created = from_epoch(media.get("creation_timestamp"))
    for kind in ("photo_metadata", "video_metadata"):
        for index, exif in enumerate(_list(_dict(metadata.get(kind)).get("exif_data"))):
            exif = _dict(exif)
            where = f"{locator}.media_metadata.{kind}.exif_data[{index}]"
            ip = _text(exif.get("upload_ip"))
            if ip:
                yield Activity(
                    source=FORMAT,
                    path=file.display,
                    locator=where,
                    timestamp=created,
                    activity_type="upload",
                    title=_text(media.get("uri")),
                    ip=ip,
                )
            lat, lon = _float(exif.get("latitude")), _float(exif.get("longitude"))
            if lat is not None and lon is not None:
                yield LocationPoint(
                    source=FORMAT,
                    path=file.display,
                    locator=where,
                    timestamp=created,
                    lat=lat,
                    lon=lon,
                )


def _post(file: InputFile, entry: Any, path: JsonPath) -> Iterator[ParseItem]:
    locator = json_path(path)
    if not isinstance(entry, dict):
        yield problem(file, locator, "post is not an object", source=FORMAT)
        return
    media = [_dict(item) for item in _list(entry.get("media"))]
    first = media[0] if media else {}
    # A post with one photo keeps its caption and time on the photo itself.
    raw_time = entry.get("creation_timestamp") or first.get("creation_timestamp")
    when = from_epoch(raw_time)
    if raw_time is not None and when is None:
        yield problem(file, locator, f"unreadable timestamp {raw_time!r}", source=FORMAT)
    yield Post(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when,
        text=_text(entry.get("title")) or _text(first.get("title")),
        post_type="post",
    )
    for index, item in enumerate(media):
        yield from _exif(file, item, f"{locator}.media[{index}]")


def _string_map(entry: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {str(key): _dict(value) for key, value in _dict(entry.get("string_map_data")).items()}


def _comment(file: InputFile, entry: Any, path: JsonPath) -> Iterator[ParseItem]:
    locator = json_path(path)
    if not isinstance(entry, dict):
        yield problem(file, locator, "comment is not an object", source=FORMAT)
        return
    fields = _string_map(entry)
    text = _text(fields.get("Comment", {}).get("value"))
    if text is None:
        yield problem(file, locator, "comment has no text", source=FORMAT)
        return
    raw_time = fields.get("Time", {}).get("timestamp")
    when = from_epoch(raw_time)
    if raw_time is not None and when is None:
        yield problem(file, locator, f"unreadable timestamp {raw_time!r}", source=FORMAT)
    owner = _text(fields.get("Media Owner", {}).get("value"))
    yield Post(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when,
        text=text,
        post_type="comment",
        in_reply_to=f"@{owner}" if owner else None,
    )


# string_map_data labels -> ProfileFact field; other labels become snake_case fields.
_PROFILE_FIELDS = {
    "email": "email",
    "email address": "email",
    "phone number": "phone",
    "phone": "phone",
    "username": "username",
    "name": "name",
    "bio": "bio",
    "gender": "gender",
    "date of birth": "birthday",
    "website": "website",
}
_SKIPPED_PROFILE_LABELS = {"private account", "profile photo"}


def _profile(file: InputFile, entry: Any, path: JsonPath) -> Iterator[ParseItem]:
    if not isinstance(entry, dict):
        yield problem(file, json_path(path), "profile is not an object", source=FORMAT)
        return
    for label, data in _string_map(entry).items():
        value = _text(data.get("value"))
        key = label.strip().lower()
        if value is None or key in _SKIPPED_PROFILE_LABELS:
            continue
        yield ProfileFact(
            source=FORMAT,
            path=file.display,
            locator=json_path((*path, "string_map_data", label)),
            timestamp=from_epoch(data.get("timestamp")),
            field=_PROFILE_FIELDS.get(key, re.sub(r"\W+", "_", key).strip("_")),
            value=value,
        )


def _ad_interest(file: InputFile, entry: Any, path: JsonPath) -> Iterator[ParseItem]:
    locator = json_path(path)
    # The label is localised ("Interest", "Interesse"): take the first value given.
    values = [v for data in _string_map(_dict(entry)).values() if (v := _text(data.get("value")))]
    if not values:
        yield problem(file, locator, "interest has no value", source=FORMAT)
        return
    yield PlatformInference(
        source=FORMAT, path=file.display, locator=locator, category="ad_interest", value=values[0]
    )


@dataclass(frozen=True)
class _Kind:
    """One kind of file: its names, the root keys that mark it, how to read an entry."""

    name: str
    file_names: tuple[str, ...]
    root_keys: frozenset[str]  # empty: the root is the list of entries
    handler: Handler
    list_marker: bytes = b""  # for a bare list, a key its entries carry


KINDS = (
    _Kind("posts", ("posts_*.json",), frozenset(), _post, b'"media"'),
    _Kind("comments", ("post_comments_*.json",), frozenset(), _comment, b'"string_map_data"'),
    _Kind(
        "comments",
        ("reels_comments.json", "comments.json"),
        frozenset({"comments_reels_comments", "comments_media_comments"}),
        _comment,
    ),
    _Kind("profile", ("personal_information.json",), frozenset({"profile_user"}), _profile),
    _Kind(
        "ads_interests",
        ("ads_interests.json",),
        frozenset({"inferred_data_ig_interest"}),
        _ad_interest,
    ),
)

_ROOT_KEY = re.compile(rb'^\s*\{\s*"(?P<key>[A-Za-z0-9_]+)"\s*:')


def _kind(file: InputFile) -> tuple[_Kind | None, float]:
    """The file's kind and the confidence in it."""
    name = file.name.lower()
    head = file.json_head(4096)
    by_name = [kind for kind in KINDS if any(fnmatchcase(name, p) for p in kind.file_names)]
    match = _ROOT_KEY.match(head)
    if match:
        key = match["key"].decode()
        by_key = next((kind for kind in KINDS if key in kind.root_keys), None)
        if by_key is None:
            return None, 0.0
        return by_key, 0.95 if by_key in by_name else 0.7
    if first_json_char(head) == "[":
        for kind in by_name:
            if not kind.root_keys:
                empty = head.strip() in (b"[]", b"[ ]")
                return kind, 0.95 if kind.list_marker in head or empty else 0.55
    return None, 0.0


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".json"):
        return 0.0
    return _kind(file)[1]


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    kind, _ = _kind(file)
    if kind is None:
        yield problem(
            file,
            "",
            "part of an Instagram download that footprint does not read",
            ProblemCode.UNRECOGNISED,
            FORMAT,
        )
        return
    keys = kind.root_keys

    def wanted(path: JsonPath) -> bool:
        if not keys:
            return len(path) == 1 and isinstance(path[0], int)
        return len(path) == 2 and path[0] in keys and isinstance(path[1], int)

    seen, failed = 0, False
    with JsonWalker(file.open_json(), wanted) as walker:
        try:
            for path, value in walker:
                seen += 1
                yield from kind.handler(file, repair_mojibake(value), path)
        except JSON_ERRORS as exc:
            failed = True
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            yield problem(
                file, walker.where, f"invalid or truncated JSON ({reason})", source=FORMAT
            )
    if seen == 0 and not failed:
        yield problem(file, "", f"no entries in {kind.name} file", ProblemCode.EMPTY, FORMAT)
