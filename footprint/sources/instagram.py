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
from urllib.parse import urlparse

from footprint.loading import InputFile
from footprint.model import (
    Activity,
    Contact,
    LocationPoint,
    ParseItem,
    PlatformInference,
    Post,
    ProblemCode,
    ProfileFact,
)
from footprint.pii.fields import raw_fields_for
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
    "connections/followers_and_following/*.json",
    "followers_and_following/*.json",
    "your_instagram_activity/content/stories.json",
    "your_instagram_activity/content/reels.json",
    "your_instagram_activity/content/archived_posts.json",
    "content/stories.json",
    "content/reels.json",
    "content/archived_posts.json",
    "personal_information/information_about_you/profile_based_in.json",
    "information_about_you/profile_based_in.json",
)
_NOT_READ = "part of an Instagram download with nothing footprint reads"
IGNORED = {
    "your_instagram_activity/likes/*.json": "Instagram likes: " + _NOT_READ,
    "your_instagram_activity/saved/*.json": "Instagram saved posts: " + _NOT_READ,
    "your_instagram_activity/story_sticker_interactions/*.json": "Instagram story stickers: "
    + _NOT_READ,
    "your_instagram_activity/content/profile_photos.json": "Instagram profile photo",
    "preferences/*.json": "Instagram settings: " + _NOT_READ,
    "followers_and_following/following_hashtags.json": "Instagram hashtags followed: " + _NOT_READ,
    "media/*": "Instagram media file",
}

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


_POST_TYPES = {"ig_stories": "story", "ig_reels_media": "reel", "ig_archived_post_media": "post"}


def _post(file: InputFile, entry: Any, path: JsonPath) -> Iterator[ParseItem]:
    locator = json_path(path)
    if not isinstance(entry, dict):
        yield problem(file, locator, "post_not_object", source=FORMAT)
        return
    media = [_dict(item) for item in _list(entry.get("media"))]
    if not media and "uri" in entry:
        media = [entry]  # a story is its own media item
    first = media[0] if media else {}
    # A post with one photo keeps its caption and time on the photo itself.
    raw_time = entry.get("creation_timestamp") or first.get("creation_timestamp")
    when = from_epoch(raw_time)
    if raw_time is not None and when is None:
        yield problem(file, locator, "unreadable_timestamp_2", source=FORMAT, value=raw_time)
    yield Post(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when,
        text=_text(entry.get("title")) or _text(first.get("title")),
        post_type=_POST_TYPES.get(str(path[0]), "post"),
    )
    if media == [entry]:
        yield from _exif(file, entry, locator)
        return
    for index, item in enumerate(media):
        yield from _exif(file, item, f"{locator}.media[{index}]")


def _string_map(entry: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {str(key): _dict(value) for key, value in _dict(entry.get("string_map_data")).items()}


def _comment(file: InputFile, entry: Any, path: JsonPath) -> Iterator[ParseItem]:
    locator = json_path(path)
    if not isinstance(entry, dict):
        yield problem(file, locator, "comment_not_object", source=FORMAT)
        return
    fields = _string_map(entry)
    text = _text(fields.get("Comment", {}).get("value"))
    if text is None:
        yield problem(file, locator, "comment_no_text", source=FORMAT)
        return
    raw_time = fields.get("Time", {}).get("timestamp")
    when = from_epoch(raw_time)
    if raw_time is not None and when is None:
        yield problem(file, locator, "unreadable_timestamp_2", source=FORMAT, value=raw_time)
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
        yield problem(file, json_path(path), "profile_not_object", source=FORMAT)
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
        yield problem(file, locator, "interest_no_value", source=FORMAT)
        return
    yield PlatformInference(
        source=FORMAT, path=file.display, locator=locator, category="ad_interest", value=values[0]
    )


def _username(entry: dict[str, Any], item: dict[str, Any]) -> str | None:
    """The username: ``value``, else ``title`` (2024 following.json), else the link's path."""
    name = _text(item.get("value")) or _text(entry.get("title"))
    if name:
        return name
    href = _text(item.get("href"))
    path = urlparse(href).path.strip("/") if href else ""
    return path.removeprefix("_u/") or None


def _relationship(label: str) -> Handler:
    def handle(file: InputFile, entry: Any, path: JsonPath) -> Iterator[ParseItem]:
        locator = json_path(path)
        if not isinstance(entry, dict):
            yield problem(file, locator, "entry_not_object_2", source=FORMAT, value=label)
            return
        items = [_dict(item) for item in _list(entry.get("string_list_data"))] or [{}]
        name = _username(entry, items[0])
        if name is None:
            yield problem(file, locator, "entry_no_username", source=FORMAT, value=label)
            return
        yield Contact(
            source=FORMAT,
            path=file.display,
            locator=locator,
            timestamp=from_epoch(items[0].get("timestamp")),
            handle=name,
            text=label,
            raw_fields=raw_fields_for(FORMAT, items[0]),  # the profile link (fields.py)
        )

    return handle


def _place(file: InputFile, entry: Any, path: JsonPath) -> Iterator[ParseItem]:
    """Where Instagram thinks the account is based (``profile_based_in.json``)."""
    locator = json_path(path)
    for label, data in _string_map(_dict(entry)).items():
        value = _text(data.get("value"))
        if value:
            yield PlatformInference(
                source=FORMAT,
                path=file.display,
                locator=json_path((*path, "string_map_data", label)),
                timestamp=from_epoch(data.get("timestamp")),
                category="inferred_location",
                value=value,
            )
            return
    yield problem(file, locator, "location_entry_no_value", source=FORMAT)


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
    _Kind(
        "stories and reels",
        ("stories.json", "reels.json", "archived_posts.json"),
        frozenset({"ig_stories", "ig_reels_media", "ig_archived_post_media"}),
        _post,
    ),
    _Kind(
        "location",
        ("profile_based_in.json",),
        frozenset({"inferred_data_primary_location"}),
        _place,
    ),
    _Kind(
        "followers",
        ("followers_*.json",),
        frozenset(),
        _relationship("follower"),
        b'"string_list_data"',
    ),
    *(
        _Kind(label, (name,), frozenset({key}), _relationship(label))
        for name, key, label in (
            ("following.json", "relationships_following", "following"),
            ("close_friends.json", "relationships_close_friends", "close friend"),
            ("blocked_*.json", "relationships_blocked_users", "blocked"),
            ("restricted_*.json", "relationships_restricted_users", "restricted"),
            ("recently_unfollowed_*.json", "relationships_unfollowed_users", "unfollowed"),
            (
                "pending_follow_requests.json",
                "relationships_follow_requests_sent",
                "follow request sent",
            ),
            (
                "recent_follow_requests.json",
                "relationships_permanent_follow_requests",
                "follow request sent",
            ),
            (
                "follow_requests_you've_received.json",
                "relationships_follow_requests_received",
                "follow request received",
            ),
            (
                "removed_suggestions.json",
                "relationships_dismissed_suggested_users",
                "dismissed suggestion",
            ),
        )
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
            "part_instagram_download_footprint_not",
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
            yield problem(file, walker.where, "invalid_truncated_json", source=FORMAT, error=reason)
    if seen == 0 and not failed:
        yield problem(file, "", "no_entries_file", ProblemCode.EMPTY, FORMAT, value=kind.name)
