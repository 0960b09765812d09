"""X/Twitter: the real account and follower samples, ads, IP audit, likes, group DMs."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from footprint.model import Activity, Contact, Message, PlatformInference, Post, ProfileFact

from ..conftest import FIXTURES
from .social_helpers import parse_inputs

DATA = FIXTURES / "twitter" / "archive" / "data"


def test_realworld_account_and_followers(realworld: Path) -> None:
    parsed = parse_inputs(realworld / "twitter")
    assert not parsed.problems, parsed.problems
    assert parsed.formats == {"account.js": "twitter", "follower.js": "twitter"}
    facts = {f.field: f.value for f in parsed.of(ProfileFact)}
    assert facts == {
        "email": "swillison@example.com",
        "phone": "+15555555555",
        "username": "simonw",
        "account_id": "12497",
        "display_name": "Simon Willison",
        "account_created": "2006-11-15T13:18:50.000Z",
        "created_via": "web",
    }
    created = parsed.of(ProfileFact)[0].timestamp
    assert created == datetime(2006, 11, 15, 13, 18, 50, tzinfo=UTC)
    assert [(c.handle, c.text) for c in parsed.of(Contact)] == [
        ("73747798", "follower"),
        ("386025404", "follower"),
    ]


def test_ad_impressions_name_advertisers_and_targeting() -> None:
    parsed = parse_inputs(DATA / "ad-impressions.js")
    inferences = parsed.of(PlatformInference)
    targeting = [i.value for i in inferences if i.category == "ad_targeting"]
    assert targeting == [
        "Keywords: payday",
        "Age: 25 to 34",
        "Locations: Leeds",
        "Tailored audiences (lists)",
    ]
    advertisers = [i for i in inferences if i.category == "advertiser"]
    assert [a.value for a in advertisers] == ["QuickCash Example", "Run Club Example"]
    assert advertisers[0].tz_assumed  # impressionTime states no zone
    assert {p.message for p in parsed.problems} == {
        "unreadable impressionTime",
        "no ad.adsUserData.adImpressions in entry",
    }


def test_ad_engagements() -> None:
    parsed = parse_inputs(DATA / "ad-engagements.js")
    engagements = [a.title for a in parsed.of(Activity)]
    assert engagements == ["QuickCash Example: ChargeableImpression", "QuickCash Example: Detail"]
    assert {i.value for i in parsed.of(PlatformInference)} == {
        "QuickCash Example",
        "Follower look-alikes: @moneytips_example",
    }


def test_ip_audit_and_likes() -> None:
    parsed = parse_inputs(DATA)
    logins = [a for a in parsed.of(Activity) if a.activity_type == "login"]
    assert [(a.ip, a.actor, a.timestamp) for a in logins] == [
        ("192.0.2.201", "@river_stone", datetime(2024, 1, 28, 7, 45, 12, tzinfo=UTC))
    ]
    likes = [a for a in parsed.of(Activity) if a.activity_type == "like"]
    assert [(a.text, a.url) for a in likes] == [
        (
            "Five signs you are burning out at work",
            "https://twitter.com/i/web/status/1740000000000000009",
        ),
        (None, "https://x.com/i/web/status/1740000000000000010"),
    ]


def test_group_messages_keep_their_sender() -> None:
    parsed = parse_inputs(DATA)
    messages = [m for m in parsed.of(Message) if m.path.endswith("direct-messages-group.js")]
    assert [(m.actor, m.conversation) for m in messages] == [
        ("3333333333", "1700000000000000000"),
        ("@river_stone", "1700000000000000000"),
    ]


def test_tweets_read_as_typed_with_their_links() -> None:
    # X escapes &, < and > in tweet texts and shortens links to t.co; the archive's
    # deleted tweets and Community tweets are the user's own posts as well.
    parsed = parse_inputs(DATA)
    posts = {p.url: p for p in parsed.of(Post)}
    deleted = posts["https://x.com/i/web/status/1750000000000000021"]
    assert deleted.text == "Fish & chips > salad, fight me https://example.org/menu/friday"
    assert deleted.timestamp == datetime(2024, 2, 2, 19, 15, tzinfo=UTC)
    community = posts["https://x.com/i/web/status/1750000000000000031"]
    assert community.text == "Anyone running the 10k on Sunday? <3"
    assert not any("&amp;" in (p.text or "") or "&lt;" in (p.text or "") for p in posts.values())


def test_direct_message_text_is_unescaped_and_links_expanded(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "direct-messages.js").write_text(
        "window.YTD.direct_messages.part0 = "
        + json.dumps(
            [
                {
                    "dmConversation": {
                        "conversationId": "1-2",
                        "messages": [
                            {
                                "messageCreate": {
                                    "senderId": "1",
                                    "recipientId": "2",
                                    "text": "Q&amp;A at 5? https://t.co/Zz9",
                                    "urls": [
                                        {
                                            "url": "https://t.co/Zz9",
                                            "expanded": "https://example.com/qa",
                                        }
                                    ],
                                    "createdAt": "2024-03-01T10:00:00.000Z",
                                }
                            }
                        ],
                    }
                }
            ]
        ),
        encoding="utf-8",
    )
    parsed = parse_inputs(data)
    assert [m.text for m in parsed.of(Message)] == ["Q&A at 5? https://example.com/qa"]
