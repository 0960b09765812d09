"""Facebook "Download your information" (JSON): posts, comments, profile and what
Facebook inferred, in the old and the 2024 layouts.

Every string is mojibake (UTF-8 bytes escaped one per character) and is repaired
with ``repair_mojibake`` as soon as a value is read, before anything else sees it.
Files are told apart by their root key (``comments_v2``, ``profile_v2``,
``topics_v2``...), read from the head; posts files are a bare list and are told by
their name. Messenger threads (``messages/inbox/...``) belong to the ``messenger``
source and are never claimed here.

Friends (``friends/friends.json`` with ``friends``, ``friends_v2`` since 2021,
``connections/friends/your_friends.json`` since 2022) and the request, removed and
follow lists beside them are ``[{name, timestamp, contact_info?}]``; each entry
becomes a Contact whose ``text`` names the relationship.

Posts yield a Post each, a LocationVisit per place attached and an ``upload``
Activity per ``upload_ip`` in a photo's or video's EXIF data. Times are epoch
seconds, so UTC.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from fnmatch import fnmatchcase
from typing import Any

from footprint.loading import InputFile
from footprint.model import (
    Activity,
    Contact,
    LocationVisit,
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

FORMAT = "facebook"
LABEL = "Facebook data download (JSON)"
CATEGORY = "social"
MULTI_FILE = True

Handler = Callable[[InputFile, Any, JsonPath], Iterator[ParseItem]]


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _stamp(file: InputFile, raw: Any, locator: str) -> tuple[datetime | None, ParseItem | None]:
    if raw is None or raw == 0:
        return None, None
    stamp = from_epoch(raw)
    if stamp is None:
        return None, problem(file, locator, "unreadable_timestamp_2", source=FORMAT, value=raw)
    return stamp, None


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


# --- posts ---------------------------------------------------------------------------


def _uploads(
    file: InputFile, media: dict[str, Any], locator: str, fallback: datetime | None
) -> Iterator[ParseItem]:
    """An ``upload`` Activity for each upload IP in the media's EXIF data."""
    metadata = _dict(media.get("media_metadata"))
    created = from_epoch(media.get("creation_timestamp")) or fallback
    for kind in ("photo_metadata", "video_metadata"):
        for index, exif in enumerate(_list(_dict(metadata.get(kind)).get("exif_data"))):
            ip = _text(_dict(exif).get("upload_ip"))
            if ip:
                yield Activity(
                    source=FORMAT,
                    path=file.display,
                    locator=f"{locator}.media_metadata.{kind}.exif_data[{index}]",
                    timestamp=from_epoch(exif.get("upload_timestamp")) or created,
                    activity_type="upload",
                    title=_text(media.get("uri")),
                    ip=ip,
                )


def _place(
    file: InputFile, place: dict[str, Any], locator: str, when: datetime | None
) -> LocationVisit:
    coordinate = _dict(place.get("coordinate"))
    return LocationVisit(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when,
        lat=_float(coordinate.get("latitude")),
        lon=_float(coordinate.get("longitude")),
        place_name=_text(place.get("name")),
        address=_text(place.get("address")),
    )


def _shared_name(entry: dict[str, Any]) -> str | None:
    for attachment in _list(entry.get("attachments")):
        for data in _list(_dict(attachment).get("data")):
            name = _text(_dict(_dict(data).get("external_context")).get("name"))
            if name:
                return name
    return None


def _attachments(
    file: InputFile, entry: dict[str, Any], locator: str, when: datetime | None
) -> tuple[list[ParseItem], str | None]:
    """Records found in an entry's attachments, and the first link shared."""
    items: list[ParseItem] = []
    url: str | None = None
    for a_index, attachment in enumerate(_list(entry.get("attachments"))):
        for d_index, data in enumerate(_list(_dict(attachment).get("data"))):
            data = _dict(data)
            where = f"{locator}.attachments[{a_index}].data[{d_index}]"
            if "media" in data:
                items.extend(_uploads(file, _dict(data["media"]), f"{where}.media", when))
            if "external_context" in data and url is None:
                url = _text(_dict(data["external_context"]).get("url"))
            if "place" in data:
                items.append(_place(file, _dict(data["place"]), f"{where}.place", when))
    return items, url


# Who posted, as the title says: "Megan Hartley updated her status.", "… added a new photo."
_POSTED_BY = re.compile(
    r"^(?P<who>\S+(?: \S+){0,3}?) (?:updated|added|shared|posted|wrote|uploaded|created|"
    r"changed|is feeling|was feeling|is at|was at|checked in)\b"
)


def _post(file: InputFile, entry: Any, path: JsonPath) -> Iterator[ParseItem]:
    locator = json_path(path)
    if not isinstance(entry, dict):
        yield problem(file, locator, "post_not_object", source=FORMAT)
        return
    when, bad = _stamp(file, entry.get("timestamp"), locator)
    if bad:
        yield bad
    texts = [text for item in _list(entry.get("data")) if (text := _text(_dict(item).get("post")))]
    attached, url = _attachments(file, entry, locator, when)
    # Without a text of its own, the title ("… shared a link.") or the name of what
    # was shared says what the post was.
    title = _text(entry.get("title"))
    text = "\n\n".join(texts) or title or _shared_name(entry)
    author = _POSTED_BY.match(title or "")
    # An entry with only its time (the content was removed, or is not in the export)
    # is still a post made then.
    if text or url or attached or when is not None:
        yield Post(
            source=FORMAT,
            path=file.display,
            locator=locator,
            timestamp=when,
            actor=author["who"] if author else None,
            text=text,
            post_type="post",
            url=url,
        )
    yield from attached


# --- likes and reactions ---------------------------------------------------------------


def _reaction(file: InputFile, entry: Any, path: JsonPath) -> Iterator[ParseItem]:
    """One like or reaction: ``{timestamp, data[{reaction{reaction, actor}}], title}``."""
    locator = json_path(path)
    if not isinstance(entry, dict):
        yield problem(file, locator, "reaction_not_object", source=FORMAT)
        return
    when, bad = _stamp(file, entry.get("timestamp"), locator)
    if bad:
        yield bad
    reactions = [_dict(_dict(item).get("reaction")) for item in _list(entry.get("data"))]
    kind = next((k for r in reactions if (k := _text(r.get("reaction")))), None)
    actor = next((a for r in reactions if (a := _text(r.get("actor")))), None)
    yield Activity(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when,
        actor=actor,
        activity_type="like",
        title=kind.lower() if kind else None,
        text=_text(entry.get("title")),
    )


# --- comments ------------------------------------------------------------------------

_COMMENTED_ON = re.compile(
    r"(?:commented on|replied to) (?P<who>.+?)(?:'s|’s|') (?:own )?[\w ]+\.?$"
)


def _comment(file: InputFile, entry: Any, path: JsonPath) -> Iterator[ParseItem]:
    locator = json_path(path)
    if not isinstance(entry, dict):
        yield problem(file, locator, "comment_not_object", source=FORMAT)
        return
    when, bad = _stamp(file, entry.get("timestamp"), locator)
    if bad:
        yield bad
    comments = [_dict(_dict(item).get("comment")) for item in _list(entry.get("data"))]
    text = "\n\n".join(t for c in comments if (t := _text(c.get("comment"))))
    author = next((a for c in comments if (a := _text(c.get("author")))), None)
    title = _text(entry.get("title")) or ""
    target = _COMMENTED_ON.search(title)
    attached, url = _attachments(file, entry, locator, when)
    yield Post(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when,
        actor=author,
        text=text or title or None,
        post_type="comment",
        url=url,
        in_reply_to=target["who"] if target else None,
    )
    yield from attached


# --- profile -------------------------------------------------------------------------


def _fact(
    file: InputFile, locator: str, field: str, value: str | None, **extra: Any
) -> Iterator[ParseItem]:
    if value:
        yield ProfileFact(
            source=FORMAT, path=file.display, locator=locator, field=field, value=value, **extra
        )


def _birthday(raw: dict[str, Any]) -> str | None:
    year, month, day = (raw.get(key) for key in ("year", "month", "day"))
    if not all(isinstance(part, int) for part in (year, month, day)):
        return None
    if not month or not day:
        return str(year) if year else None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _profile(file: InputFile, profile: Any, path: JsonPath) -> Iterator[ParseItem]:
    base = json_path(path)
    if not isinstance(profile, dict):
        yield problem(file, base, "profile_not_object", source=FORMAT)
        return
    name = _dict(profile.get("name"))
    yield from _fact(file, f"{base}.name.full_name", "name", _text(name.get("full_name")))
    emails = _dict(profile.get("emails"))
    for key in ("emails", "previous_emails", "pending_emails", "ad_account_emails"):
        for index, email in enumerate(_list(emails.get(key))):
            note = None if key == "emails" else key.removesuffix("_emails").replace("_", " ")
            yield from _fact(
                file, f"{base}.emails.{key}[{index}]", "email", _text(email), text=note
            )
    for index, phone in enumerate(_list(profile.get("phone_numbers"))):
        number = _text(_dict(phone).get("phone_number"))
        yield from _fact(file, f"{base}.phone_numbers[{index}]", "phone", number)
    yield from _fact(
        file, f"{base}.birthday", "birthday", _birthday(_dict(profile.get("birthday")))
    )
    gender = _dict(profile.get("gender"))
    yield from _fact(file, f"{base}.gender", "gender", _text(gender.get("gender_option")))
    for key, field in (("current_city", "current_city"), ("hometown", "hometown")):
        place = _dict(profile.get(key))
        yield from _fact(
            file,
            f"{base}.{key}",
            field,
            _text(place.get("name")),
            timestamp=from_epoch(place.get("timestamp")),
        )
    relationship = _dict(profile.get("relationship"))
    status, partner = _text(relationship.get("status")), _text(relationship.get("partner"))
    yield from _fact(
        file,
        f"{base}.relationship",
        "relationship",
        f"{status} with {partner}" if status and partner else status,
        timestamp=from_epoch(relationship.get("timestamp")),
    )
    if partner:
        yield Contact(
            source=FORMAT,
            path=file.display,
            locator=f"{base}.relationship.partner",
            name=partner,
            text="partner",
        )
    for index, member in enumerate(_list(profile.get("family_members"))):
        member = _dict(member)
        who, relation = _text(member.get("name")), _text(member.get("relation"))
        locator = f"{base}.family_members[{index}]"
        yield from _fact(
            file, locator, "family_member", f"{who} ({relation})" if who and relation else who
        )
        if who:
            yield Contact(
                source=FORMAT, path=file.display, locator=locator, name=who, text=relation
            )
    yield from _fact(file, f"{base}.username", "username", _text(profile.get("username")))
    # The account's own page (https://www.facebook.com/<vanity name>): the user's address.
    yield from _fact(file, f"{base}.profile_uri", "profile_url", _text(profile.get("profile_uri")))
    yield from _fact(file, f"{base}.about_me", "bio", _text(profile.get("about_me")))
    address = _dict(profile.get("address"))
    parts = [_text(address.get(key)) for key in ("street", "city", "zipcode", "region", "country")]
    yield from _fact(file, f"{base}.address", "address", ", ".join(p for p in parts if p))
    for key, field in (("religious_view", "religion"), ("political_view", "politics")):
        view = _dict(profile.get(key))
        yield from _fact(file, f"{base}.{key}", field, _text(view.get("name")))
    for index, job in enumerate(_list(profile.get("work_experiences"))):
        job = _dict(job)
        employer, role = _text(job.get("employer")), _text(job.get("title"))
        value = f"{role} at {employer}" if role and employer else employer or role
        yield from _fact(file, f"{base}.work_experiences[{index}]", "work", value)
    for index, school in enumerate(_list(profile.get("education_experiences"))):
        yield from _fact(
            file,
            f"{base}.education_experiences[{index}]",
            "education",
            _text(_dict(school).get("name")),
        )
    yield from _fact(
        file,
        f"{base}.registration_timestamp",
        "account_created",
        (
            created.isoformat()
            if (created := from_epoch(profile.get("registration_timestamp")))
            else None
        ),
    )


# --- what Facebook inferred ------------------------------------------------------------


def _inference(
    file: InputFile,
    locator: str,
    category: str,
    value: str,
    text: str | None = None,
    when: datetime | None = None,
) -> PlatformInference:
    return PlatformInference(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when,
        category=category,
        value=value,
        text=text,
    )


def _ad_interest(file: InputFile, topic: Any, path: JsonPath) -> Iterator[ParseItem]:
    locator = json_path(path)
    name = _text(topic) or _text(_dict(topic).get("name"))
    if name is None:
        yield problem(file, locator, "interest_not_name", source=FORMAT)
        return
    yield _inference(file, locator, "ad_interest", name)


_AUDIENCE_FLAGS = (
    ("has_data_file_custom_audience", "uploaded a list with your information"),
    ("has_remarketing_custom_audience", "targets you after visits to its site or app"),
    ("has_in_person_store_visit", "targets you after a store visit"),
)


def _advertiser(file: InputFile, entry: Any, path: JsonPath) -> Iterator[ParseItem]:
    locator = json_path(path)
    if isinstance(entry, str):
        # The older file lists only advertisers who uploaded a contact list.
        if _text(entry):
            yield _inference(
                file, locator, "advertiser", entry.strip(), "uploaded a list with your information"
            )
        return
    entry = _dict(entry)
    name = _text(entry.get("advertiser_name"))
    if name is None:
        yield problem(file, locator, "advertiser_no_name", source=FORMAT)
        return
    reasons = [reason for flag, reason in _AUDIENCE_FLAGS if entry.get(flag) is True]
    yield _inference(file, locator, "advertiser", name, "; ".join(reasons) or None)


def _off_facebook(file: InputFile, entry: Any, path: JsonPath) -> Iterator[ParseItem]:
    locator = json_path(path)
    entry = _dict(entry)
    name = _text(entry.get("name"))
    if name is None:
        yield problem(file, locator, "business_no_name", source=FORMAT)
        return
    events = _list(entry.get("events"))
    if not events:
        yield _inference(file, locator, "off_facebook_activity", name)
    for index, event in enumerate(events):
        event = _dict(event)
        where = f"{locator}.events[{index}]"
        when, bad = _stamp(file, event.get("timestamp"), where)
        if bad:
            yield bad
        yield _inference(file, where, "off_facebook_activity", name, _text(event.get("type")), when)


# --- friends and other connections -------------------------------------------------


def _connection(label: str) -> Handler:
    def handle(file: InputFile, entry: Any, path: JsonPath) -> Iterator[ParseItem]:
        locator = json_path(path)
        entry = _dict(entry)
        name = _text(entry.get("name"))
        if name is None:
            yield problem(file, locator, "entry_no_name", source=FORMAT, value=label)
            return
        when, bad = _stamp(file, entry.get("timestamp"), locator)
        if bad is not None:
            yield bad
        contact = _text(entry.get("contact_info"))
        yield Contact(
            source=FORMAT,
            path=file.display,
            locator=locator,
            timestamp=when,
            name=name,
            email=contact if contact and "@" in contact else None,
            text=label,
        )

    return handle


def _peer_group(file: InputFile, value: Any, path: JsonPath) -> Iterator[ParseItem]:
    """Facebook's label for the user's stage of life (``friend_peer_group.json``)."""
    text = _text(value)
    if text is None:
        yield problem(file, json_path(path), "peer_group_no_value", source=FORMAT)
        return
    yield _inference(file, json_path(path), "friend_peer_group", text)


# Connection files: (file name patterns, root keys, relationship).
_CONNECTIONS = (
    (("friends.json", "your_friends.json"), ("friends", "friends_v2"), "friend"),
    (
        ("received_friend_requests.json",),
        ("received_requests", "received_requests_v2"),
        "friend request received",
    ),
    (("sent_friend_requests.json",), ("sent_requests", "sent_requests_v2"), "friend request sent"),
    (("removed_friends.json",), ("deleted_friends", "deleted_friends_v2"), "removed friend"),
    (
        ("rejected_friend_requests.json",),
        ("rejected_requests", "rejected_requests_v2"),
        "friend request rejected",
    ),
    (
        ("who_you've_followed.json", "who_you_follow.json", "following.json"),
        ("following", "following_v2", "following_v3"),
        "following",
    ),
    (
        ("followers.json", "people_who_followed_you*.json"),
        ("followers", "followers_v2"),
        "follower",
    ),
)

# --- files ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Kind:
    """One kind of file: its names, the root keys that mark it, how to read an entry."""

    name: str
    file_names: tuple[str, ...]  # fnmatch patterns of the file's own name
    root_keys: frozenset[str]  # empty: the root is the list of entries
    handler: Handler


KINDS = (
    _Kind(
        "posts",
        ("your_posts__check_ins__photos_and_videos_*.json", "your_posts_*.json"),
        frozenset(),
        _post,
    ),
    _Kind("comments", ("comments.json",), frozenset({"comments_v2", "comments"}), _comment),
    _Kind("reactions", ("likes_and_reactions_*.json",), frozenset(), _reaction),
    _Kind(
        "reactions",
        ("posts_and_comments.json",),
        frozenset({"reactions_v2", "reactions"}),
        _reaction,
    ),
    _Kind("profile", ("profile_information.json",), frozenset({"profile_v2", "profile"}), _profile),
    _Kind(
        "ads_interests", ("ads_interests.json",), frozenset({"topics_v2", "topics"}), _ad_interest
    ),
    _Kind(
        "advertisers",
        (
            "advertisers_who_uploaded_a_contact_list_with_your_information.json",
            "advertisers_using_your_activity_or_information.json",
        ),
        frozenset({"custom_audiences_v2", "custom_audiences", "custom_audiences_all_types_v2"}),
        _advertiser,
    ),
    _Kind(
        "off_facebook",
        ("your_off-facebook_activity.json", "your_activity_off_meta_technologies.json"),
        frozenset({"off_facebook_activity_v2", "off_facebook_activity"}),
        _off_facebook,
    ),
    *(
        _Kind(label, names, frozenset(keys), _connection(label))
        for names, keys, label in _CONNECTIONS
    ),
    _Kind("peer group", ("friend_peer_group.json",), frozenset({"friend_peer_group"}), _peer_group),
)
_WHOLE_ROOT_VALUE = {"profile", "peer group"}

PATHS = (
    "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_*.json",
    "posts/your_posts_*.json",
    "your_facebook_activity/comments_and_reactions/comments.json",
    "comments_and_reactions/comments.json",
    "comments/comments.json",
    "your_facebook_activity/comments_and_reactions/likes_and_reactions_*.json",
    "comments_and_reactions/likes_and_reactions_*.json",
    "comments_and_reactions/posts_and_comments.json",
    "likes_and_reactions/posts_and_comments.json",
    "personal_information/profile_information/profile_information.json",
    "profile_information/profile_information.json",
    "logged_information/other_logged_information/ads_interests.json",
    "other_logged_information/ads_interests.json",
    "ads_information/ads_interests.json",
    "ads_and_businesses/ads_interests.json",
    "ads_information/advertisers_who_uploaded_a_contact_list_with_your_information.json",
    "ads_and_businesses/advertisers_who_uploaded_a_contact_list_with_your_information.json",
    "ads_information/advertisers_using_your_activity_or_information.json",
    "apps_and_websites_off_of_facebook/your_off-facebook_activity.json",
    "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json",
    "ads_and_businesses/your_off-facebook_activity.json",
    "friends/*.json",
    "friends_and_followers/*.json",
    "connections/friends/*.json",
    "connections/followers/*.json",
)
_SUGGESTIONS = "Facebook's friend suggestions: people Facebook proposes, not the user's friends"
IGNORED = {
    "friends/people_you_may_know.json": _SUGGESTIONS,
    "connections/friends/people_you_may_know.json": _SUGGESTIONS,
    "connections/friends/suggested_friends.json": _SUGGESTIONS,
}

_ROOT_KEY = re.compile(rb'^\s*\{\s*"(?P<key>[A-Za-z0-9_]+)"\s*:')


def _kind_by_name(file: InputFile) -> _Kind | None:
    name = file.name.lower()
    return next(
        (kind for kind in KINDS if any(fnmatchcase(name, p) for p in kind.file_names)), None
    )


def _kind(file: InputFile) -> tuple[_Kind | None, bool]:
    """The file's kind, and whether its name agrees."""
    head = file.json_head(4096)
    by_name = _kind_by_name(file)
    match = _ROOT_KEY.match(head)
    if match:
        key = match["key"].decode()
        by_key = next((kind for kind in KINDS if key in kind.root_keys), None)
        return by_key, by_key is not None and by_key is by_name
    if by_name is not None and not by_name.root_keys and first_json_char(head) == "[":
        return by_name, True
    return None, False


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".json"):
        return 0.0
    kind, name_agrees = _kind(file)
    if kind is None:
        return 0.0
    return 0.95 if name_agrees else 0.7


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    kind, _ = _kind(file)
    kind = kind or _kind_by_name(file)
    if kind is None:
        yield problem(
            file,
            "",
            "part_facebook_download_footprint_not",
            ProblemCode.UNRECOGNISED,
            FORMAT,
        )
        return
    keys, whole_root_value = kind.root_keys, kind.name in _WHOLE_ROOT_VALUE

    def wanted(path: JsonPath) -> bool:
        if not keys:
            return len(path) == 1 and isinstance(path[0], int)
        if whole_root_value:
            return len(path) == 1 and path[0] in keys
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
