"""TikTok "Download your data" JSON: ``user_data.json`` / ``user_data_tiktok.json``.

One large object whose sections were renamed over time (``Activity`` -> ``Your
Activity``, ``Video`` -> ``Post``, ``Direct Messages`` -> ``Direct Message``);
each place below lists every spelling. The file is walked as a stream and only the
list entries read here are built, one at a time. Dates (``2023-01-15 12:34:56``)
state no zone, so the assumed zone is attached and ``tz_assumed`` set.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from footprint.loading import InputFile
from footprint.model import (
    Activity,
    Contact,
    Message,
    ParseItem,
    PlatformInference,
    Post,
    ProblemCode,
    ProfileFact,
)
from footprint.sources._csv_rows import parse_time
from footprint.sources._json_walk import (
    JSON_ERRORS,
    JsonPath,
    JsonWalker,
    first_json_char,
    json_path,
)
from footprint.sources.base import ParseContext, problem

FORMAT = "tiktok"
LABEL = "TikTok data export (JSON)"
CATEGORY = "social"
MULTI_FILE = False
PATHS = ("user_data.json", "user_data_tiktok.json")

_MARKERS = (
    '"VideoList"',
    '"LoginHistoryList"',
    '"ProfileMap"',
    '"ChatHistory"',
    '"Video Browsing History"',
    '"Watch History"',
    '"Your Activity"',
    '"Ads and data"',
    '"App Settings"',
)
_EMPTY = {"", "N/A", "None", "null"}
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d")

# A path step: one of several spellings, any list index, or any object key.
INDEX = int
KEY = str
Step = frozenset[str] | type
Handler = Callable[[InputFile, Any, JsonPath, ParseContext], Iterator[ParseItem]]

_ACTIVITY = frozenset({"Activity", "Your Activity"})


def _one_of(*names: str) -> frozenset[str]:
    return frozenset(names)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return None if text in _EMPTY else text


def _when(
    file: InputFile, raw: Any, locator: str, ctx: ParseContext
) -> tuple[datetime | None, bool, ParseItem | None]:
    """The entry's time, whether its zone was assumed, and a problem when unreadable."""
    text = _text(raw)
    if text is None:
        return None, False, None
    parsed = parse_time(text, ctx, _DATE_FORMATS)
    if parsed is None:
        return None, False, problem(file, locator, "unreadable_date", source=FORMAT, value=text)
    return parsed[0], parsed[1], None


def _not_object(file: InputFile, locator: str) -> ParseItem:
    return problem(file, locator, "entry_not_object", source=FORMAT)


def _activity(activity_type: str, url_key: str | None, title_key: str | None) -> Handler:
    def handle(
        file: InputFile, value: Any, path: JsonPath, ctx: ParseContext
    ) -> Iterator[ParseItem]:
        locator = json_path(path)
        if not isinstance(value, dict):
            yield _not_object(file, locator)
            return
        entry = value
        timestamp, assumed, bad_date = _when(
            file, entry.get("Date") or entry.get("date"), locator, ctx
        )
        if bad_date:
            yield bad_date
        yield Activity(
            source=FORMAT,
            path=file.display,
            locator=locator,
            timestamp=timestamp,
            tz_assumed=assumed,
            activity_type=activity_type,
            url=_text(entry.get(url_key) or entry.get(url_key.lower())) if url_key else None,
            title=_text(entry.get(title_key)) if title_key else None,
        )

    return handle


def _login(file: InputFile, value: Any, path: JsonPath, ctx: ParseContext) -> Iterator[ParseItem]:
    locator = json_path(path)
    if not isinstance(value, dict):
        yield _not_object(file, locator)
        return
    entry = value
    timestamp, assumed, bad_date = _when(file, entry.get("Date"), locator, ctx)
    if bad_date:
        yield bad_date
    device = ", ".join(
        text
        for key in ("DeviceModel", "DeviceSystem", "NetworkType", "Carrier")
        if (text := _text(entry.get(key)))
    )
    yield Activity(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        activity_type="login",
        title=device or None,
        ip=_text(entry.get("IP")),
    )


def _relation(kind: str) -> Handler:
    def handle(
        file: InputFile, value: Any, path: JsonPath, ctx: ParseContext
    ) -> Iterator[ParseItem]:
        locator = json_path(path)
        if not isinstance(value, dict):
            yield _not_object(file, locator)
            return
        entry = value
        timestamp, assumed, bad_date = _when(file, entry.get("Date"), locator, ctx)
        if bad_date:
            yield bad_date
        handle_name = _text(entry.get("UserName"))
        if handle_name:
            yield Contact(
                source=FORMAT,
                path=file.display,
                locator=locator,
                timestamp=timestamp,
                tz_assumed=assumed,
                handle=handle_name,
                text=kind,
            )

    return handle


def _post(post_type: str, text_keys: tuple[str, ...]) -> Handler:
    def handle(
        file: InputFile, value: Any, path: JsonPath, ctx: ParseContext
    ) -> Iterator[ParseItem]:
        locator = json_path(path)
        if not isinstance(value, dict):
            yield _not_object(file, locator)
            return
        entry = value
        timestamp, assumed, bad_date = _when(
            file, entry.get("Date") or entry.get("date"), locator, ctx
        )
        if bad_date:
            yield bad_date
        text = next((found for key in text_keys if (found := _text(entry.get(key)))), None)
        yield Post(
            source=FORMAT,
            path=file.display,
            locator=locator,
            timestamp=timestamp,
            tz_assumed=assumed,
            text=text,
            post_type=post_type,
            url=_text(entry.get("Link")),
        )

    return handle


def _chat(file: InputFile, value: Any, path: JsonPath, ctx: ParseContext) -> Iterator[ParseItem]:
    locator = json_path(path)
    if not isinstance(value, dict):
        yield _not_object(file, locator)
        return
    entry = value
    timestamp, assumed, bad_date = _when(file, entry.get("Date"), locator, ctx)
    if bad_date:
        yield bad_date
    # The chat's key names the other person: "Chat History with NAME:".
    partner = str(path[-2]).removeprefix("Chat History with ").rstrip(":").strip() or None
    sender = _text(entry.get("From"))
    yield Message(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        actor=sender,
        counterparty=partner if sender != partner else None,
        conversation=partner,
        text=_text(entry.get("Content")),
    )


_PROFILE_FIELDS = {
    "userName": "username",
    "birthDate": "birthday",
    "emailAddress": "email",
    "telephoneNumber": "phone",
    "bioDescription": "bio",
}


def _profile(file: InputFile, value: Any, path: JsonPath, ctx: ParseContext) -> Iterator[ParseItem]:
    locator = json_path(path)
    if not isinstance(value, dict):
        yield problem(file, locator, "profilemap_not_object", source=FORMAT)
        return
    for key, field in _PROFILE_FIELDS.items():
        text = _text(value.get(key))
        if text:
            yield ProfileFact(
                source=FORMAT,
                path=file.display,
                locator=f"{locator}.{key}",
                field=field,
                value=text,
            )


def _ad_interests(
    file: InputFile, value: Any, path: JsonPath, ctx: ParseContext
) -> Iterator[ParseItem]:
    text = _text(value)
    if text:
        yield PlatformInference(
            source=FORMAT,
            path=file.display,
            locator=json_path(path),
            category="ad_interest",
            value=text,
        )


def _off_platform(
    file: InputFile, value: Any, path: JsonPath, ctx: ParseContext
) -> Iterator[ParseItem]:
    locator = json_path(path)
    if not isinstance(value, dict):
        yield _not_object(file, locator)
        return
    entry = value
    timestamp, assumed, bad_date = _when(file, entry.get("TimeStamp"), locator, ctx)
    if bad_date:
        yield bad_date
    source_name = _text(entry.get("Source"))
    if source_name:
        yield PlatformInference(
            source=FORMAT,
            path=file.display,
            locator=locator,
            timestamp=timestamp,
            tz_assumed=assumed,
            category="off_platform_activity",
            value=source_name,
            text=_text(entry.get("Event")),
        )


@dataclass(frozen=True)
class _Place:
    """Where one kind of entry lives: a path of steps, and how to read an entry."""

    steps: tuple[Step, ...]
    handler: Handler

    def matches(self, path: JsonPath) -> bool:
        if len(path) != len(self.steps):
            return False
        for step, part in zip(self.steps, path, strict=True):
            if isinstance(step, frozenset):
                if not isinstance(part, str) or part not in step:
                    return False
            elif not isinstance(part, step):
                return False
        return True


PLACES = (
    _Place(
        (
            _ACTIVITY,
            _one_of("Watch History", "Video Browsing History"),
            _one_of("VideoList"),
            INDEX,
        ),
        _activity("watch", "Link", None),
    ),
    _Place(
        (_ACTIVITY, _one_of("Login History"), _one_of("LoginHistoryList"), INDEX),
        _login,
    ),
    _Place(
        (_ACTIVITY, _one_of("Search History", "Searches"), _one_of("SearchList"), INDEX),
        _activity("search", None, "SearchTerm"),
    ),
    _Place(
        (_ACTIVITY, _one_of("Like List", "Likes"), _one_of("ItemFavoriteList"), INDEX),
        _activity("like", "Link", None),
    ),
    _Place(
        (_ACTIVITY, _one_of("Following List", "Following"), _one_of("Following"), INDEX),
        _relation("following"),
    ),
    _Place(
        (_ACTIVITY, _one_of("Follower List", "Follower"), _one_of("FansList"), INDEX),
        _relation("follower"),
    ),
    _Place(
        (_one_of("Video", "Post"), _one_of("Videos", "Posts"), _one_of("VideoList"), INDEX),
        _post("post", ("Title", "Description")),
    ),
    _Place(
        (_one_of("Comment"), _one_of("Comments"), _one_of("CommentsList"), INDEX),
        _post("comment", ("Comment", "comment")),
    ),
    _Place(
        (
            _one_of("Direct Messages", "Direct Message"),
            _one_of("Direct Messages", "Chat History"),
            _one_of("ChatHistory"),
            KEY,
            INDEX,
        ),
        _chat,
    ),
    _Place(
        (_one_of("Profile"), _one_of("Profile Information", "Profile Info"), _one_of("ProfileMap")),
        _profile,
    ),
    _Place(
        (
            _one_of("Ads and data", "Ads And Data"),
            _one_of("Ad Interests"),
            _one_of("AdInterestCategories"),
        ),
        _ad_interests,
    ),
    _Place(
        (
            _one_of("Ads and data", "Ads And Data"),
            _one_of("Off TikTok Activity"),
            _one_of("OffTikTokActivityDataList"),
            INDEX,
        ),
        _off_platform,
    ),
)


def _place(path: JsonPath) -> _Place | None:
    # Every place is at least three steps deep; skip the walk's shallow values fast.
    if len(path) < 3:
        return None
    return next((place for place in PLACES if place.matches(path)), None)


def detect(file: InputFile) -> float:
    name = file.name.lower()
    if not name.endswith(".json"):
        return 0.0
    head = file.json_head(16384)
    if first_json_char(head) != "{":
        return 0.0
    text = head.decode("utf-8", errors="replace")
    markers = sum(marker in text for marker in _MARKERS)
    if name in PATHS:
        return 0.95 if markers else 0.6
    return 0.7 if markers >= 2 else 0.0


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    seen, failed = 0, False
    # The walker yields each wanted value right after asking for it: remember the place.
    found: list[_Place] = []

    def wanted(path: JsonPath) -> bool:
        place = _place(path)
        if place is not None:
            found.append(place)
        return place is not None

    with JsonWalker(file.open_json(), wanted) as walker:
        try:
            for path, value in walker:
                seen += 1
                yield from found.pop().handler(file, value, path, ctx)
        except JSON_ERRORS as exc:
            failed = True
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            yield problem(file, walker.where, "invalid_truncated_json", source=FORMAT, error=reason)
    if seen == 0 and not failed:
        yield problem(file, "", "no_tiktok_data_found_file", ProblemCode.EMPTY, FORMAT)
