"""Well-formed JSON of the wrong shape never makes a social parser raise.

The generic contract test feeds random bytes, which rarely get past the JSON
parser; here the JSON is valid and its keys are the ones the parsers look for,
so the handlers themselves meet every wrong type.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footprint.loading import Container, InputFile
from footprint.model import Problem, Record
from footprint.sources import facebook, instagram, mastodon, tiktok, twitter
from footprint.sources.base import ParseContext, SourceModule

KEYS = [
    "comments_v2", "data", "comment", "author", "post", "title", "timestamp", "attachments",
    "media", "media_metadata", "photo_metadata", "video_metadata", "exif_data", "upload_ip",
    "place", "coordinate", "latitude", "longitude", "external_context", "url", "name", "events",
    "type", "emails", "birthday", "year", "month", "day", "family_members", "relationship",
    "partner", "string_map_data", "Comment", "Time", "value", "Media Owner", "creation_timestamp",
    "orderedItems", "object", "to", "cc", "tag", "href", "content", "published", "inReplyTo",
    "Create", "Note", "Announce", "Mention", "attachment", "Activity", "Your Activity",
    "Video Browsing History", "VideoList", "Date", "Link", "Login History", "LoginHistoryList",
    "IP", "ProfileMap", "ChatHistory", "From", "Content", "ad", "adsUserData", "adImpressions",
    "impressions", "advertiserInfo", "advertiserName", "matchedTargetingCriteria",
    "targetingType", "impressionTime", "ipAudit", "loginIp", "like", "tweetId", "tweet",
    "full_text", "created_at", "dmConversation", "messages", "messageCreate",
]  # fmt: skip

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=5), inner, max_size=5)
    ),
    max_leaves=30,
)


def _memory_file(name: str, data: bytes) -> InputFile:
    container = Container(display="(memory)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


def _wrap(key: str) -> Callable[[Any], Any]:
    return lambda value: {key: value}


CASES: list[tuple[SourceModule, str, Callable[[Any], Any], str]] = [
    (facebook, "posts/your_posts_1.json", lambda value: [value], ""),
    (facebook, "comments_and_reactions/comments.json", lambda v: {"comments_v2": [v]}, ""),
    (facebook, "profile_information/profile_information.json", _wrap("profile_v2"), ""),
    (facebook, "ads_information/ads_interests.json", lambda v: {"topics_v2": [v]}, ""),
    (
        facebook,
        "apps_and_websites_off_of_facebook/your_off-facebook_activity.json",
        lambda v: {"off_facebook_activity_v2": [v]},
        "",
    ),
    (
        facebook,
        "ads_information/advertisers_using_your_activity_or_information.json",
        lambda v: {"custom_audiences_all_types_v2": [v]},
        "",
    ),
    (instagram, "content/posts_1.json", lambda value: [{"media": value}], ""),
    (instagram, "comments/post_comments_1.json", lambda v: [{"string_map_data": v}], ""),
    (instagram, "personal_information.json", lambda v: {"profile_user": [v]}, ""),
    (mastodon, "outbox.json", lambda v: {"@context": "x", "orderedItems": [v]}, ""),
    (mastodon, "actor.json", lambda v: v, ""),
    (tiktok, "user_data.json", lambda v: {"Activity": v, "Direct Messages": v, "Profile": v}, ""),
    (twitter, "data/ad-impressions.js", lambda v: [v], "window.YTD.ad_impressions.part0 = "),
    (twitter, "data/ad-engagements.js", lambda v: [v], "window.YTD.ad_engagements.part0 = "),
    (twitter, "data/ip-audit.js", lambda v: [v], "window.YTD.ip_audit.part0 = "),
    (twitter, "data/like.js", lambda v: [v], "window.YTD.like.part0 = "),
    (twitter, "data/tweets.js", lambda v: [v], "window.YTD.tweets.part0 = "),
    (twitter, "data/personalization.js", lambda v: [v], "window.YTD.personalization.part0 = "),
    (twitter, "data/direct-messages.js", lambda v: [v], "window.YTD.direct_messages.part0 = "),
]


@pytest.mark.parametrize(
    ("source", "name", "shape", "prefix"), CASES, ids=[case[1] for case in CASES]
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=json_values)
def test_wrong_shapes_never_raise(
    source: SourceModule, name: str, shape: Callable[[Any], Any], prefix: str, value: Any
) -> None:
    data = (prefix + json.dumps(shape(value))).encode()
    file = _memory_file(name, data)
    for item in source.parse(file, ParseContext()):
        assert isinstance(item, Record | Problem)
