"""Instagram: captions where they hide, string_map_data, both layouts, DMs left alone."""

from __future__ import annotations

import json
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

from footprint.config import Limits
from footprint.loading import load_inputs
from footprint.model import (
    Activity,
    Contact,
    LocationPoint,
    PlatformInference,
    Post,
    ProfileFact,
)
from footprint.sources.registry import classify

from ..conftest import FIXTURES
from .social_helpers import parse_inputs, write

FOLDER = FIXTURES / "instagram"


def test_captions_from_post_or_single_photo_repaired() -> None:
    posts = [p for p in parse_inputs(FOLDER).of(Post) if p.post_type == "post"]
    by_text = {p.text: p for p in posts}
    # Several photos: caption and time on the post; one photo: on the photo.
    assert by_text["Fika in Stockholm mit Jörg ☕"].timestamp == datetime(
        2023, 1, 15, 16, 28, 20, tzinfo=UTC
    )
    assert by_text["Allein im Wald"].timestamp == datetime(2023, 2, 10, 3, 33, 20, tzinfo=UTC)
    assert "Midsommar 🌼" in by_text


def test_exif_positions_and_upload_ips() -> None:
    parsed = parse_inputs(FOLDER)
    assert sorted((p.lat, p.lon) for p in parsed.of(LocationPoint)) == [
        (55.605, 13.0038),  # a story's own EXIF
        (59.3293, 18.0686),
    ]
    assert [a.ip for a in parsed.of(Activity)] == ["192.0.2.44"]


def test_comments_name_the_media_owner() -> None:
    comments = [p for p in parse_inputs(FOLDER).of(Post) if p.post_type == "comment"]
    assert {(c.text, c.in_reply_to) for c in comments} == {
        ("Schön! 😍", "@mia.chen"),
        ("Haha, typisch Søren", "@soren.berg"),
    }


def test_profile_in_both_layouts() -> None:
    parsed = parse_inputs(FOLDER)
    old = {(f.field, f.value) for f in parsed.of(ProfileFact) if "2022" in f.path}
    new = {(f.field, f.value) for f in parsed.of(ProfileFact) if "2024" in f.path}
    assert old == {
        ("email", "ana.lindqvist@example.com"),
        ("phone", "+46 70 000 05 55"),
        ("username", "ana_lindqvist"),
        ("name", "Ana Lindqvist"),
        ("bio", "Göteborg → München"),
        ("gender", "female"),
        ("birthday", "1992-03-14"),
    }
    assert ("email", "ana.lindqvist@example.com") in new
    assert ("website", "https://ana.example.com") in new


def test_ad_interests_are_platform_inferences() -> None:
    inferences = parse_inputs(FOLDER).of(PlatformInference)
    assert sorted((i.category, i.value) for i in inferences) == [
        ("ad_interest", "Babyprodukte"),
        ("inferred_location", "Malmö, Sweden"),
    ]


def test_direct_messages_are_not_claimed(tmp_path: Path) -> None:
    thread = {
        "participants": [{"name": "ana_lindqvist"}, {"name": "mia.chen"}],
        "messages": [{"sender_name": "mia.chen", "timestamp_ms": 1704103200000, "content": "hi"}],
    }
    write(
        tmp_path,
        "your_instagram_activity/messages/inbox/miachen_1/message_1.json",
        json.dumps(thread),
    )
    write(tmp_path, "your_instagram_activity/content/posts_1.json", "[]")
    parsed = parse_inputs(tmp_path)
    assert parsed.formats["your_instagram_activity/content/posts_1.json"] == "instagram"
    dm = "your_instagram_activity/messages/inbox/miachen_1/message_1.json"
    assert parsed.formats[dm] != "instagram"


def test_followers_and_following_in_both_layouts() -> None:
    contacts = parse_inputs(FOLDER).of(Contact)
    found = sorted(
        (c.path.split("instagram/")[-1].split("/")[0], c.text, c.handle) for c in contacts
    )
    assert found == [
        ("instagram-2022", "follower", "jonas.lund.example"),
        ("instagram-2022", "following", "jonas.lund.example"),
        ("instagram-2024", "blocked", "spam.account.example"),
        ("instagram-2024", "follower", "erik.holm.example"),
        ("instagram-2024", "follower", "sara_berg_example"),
        # 2024 following.json: the name in the title, or only in the link.
        ("instagram-2024", "following", "erik.holm.example"),
        ("instagram-2024", "following", "malmo.bakery.example"),
    ]
    assert all(c.timestamp is not None for c in contacts)


def test_stories_are_posts() -> None:
    (story,) = [p for p in parse_inputs(FOLDER).of(Post) if p.post_type == "story"]
    assert story.text == "Fika time ☕"


def test_known_files_without_content_are_ignored(tmp_path: Path) -> None:
    hashtags = "connections/followers_and_following/following_hashtags.json"
    likes = "your_instagram_activity/likes/liked_posts.json"
    write(tmp_path, hashtags, '{"relationships_following_hashtags": []}')
    write(tmp_path, likes, '{"likes_media_likes": []}')
    with ExitStack() as stack:
        loaded = load_inputs([tmp_path], Limits(), stack)
        status = {file.path: classify(file) for file in loaded.files}
    assert status[hashtags].status == "ignored" and "hashtags" in status[hashtags].reason
    assert status[likes].status == "ignored"
