"""X/Twitter archive: ``data/*.js`` files behind ``window.YTD.<name>.part0 = ``."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from footprint.samples.common import EMAIL, PERSON, PHONE, USERNAME, GroundTruth, Person, Tag


@dataclass(frozen=True)
class Tweet:
    when: datetime
    text: str
    reply_to: str | None = None  # screen name, without @
    tags: tuple[Tag, ...] = ()
    lang: str = "en"


@dataclass(frozen=True)
class DirectMessage:
    when: datetime
    sender_id: str
    recipient_id: str
    text: str
    tags: tuple[Tag, ...] = ()


@dataclass(frozen=True)
class Personalization:
    languages: Sequence[str]
    gender: str
    age: str
    interests: Sequence[str]
    advertisers: Sequence[str] = ()
    locations: Sequence[str] = ()
    disabled_interests: Sequence[str] = field(default_factory=tuple)


def _ytd(name: str, items: list[Any]) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def _created_at(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def archive(
    root: str,
    me: Person,
    account_id: str,
    created: datetime,
    tweets: Sequence[Tweet],
    followers: Sequence[str],
    following: Sequence[str],
    conversations: Sequence[Sequence[DirectMessage]],
    personalization: Personalization,
    rng: random.Random,
    truth: GroundTruth,
) -> dict[str, str]:
    """The archive's files, keyed by path under the persona folder."""
    account_file, tweets_file = f"{root}/data/account.js", f"{root}/data/tweets.js"
    phone = me.phone.replace(" ", "")
    account = {
        "account": {
            "email": me.email,
            "phoneNumber": phone,
            "createdVia": "web",
            "username": me.handle,
            "accountId": account_id,
            "createdAt": _iso(created),
            "accountDisplayName": f"{me.name} (fictional)",
        }
    }
    truth.plant(account_file, EMAIL, me.email)
    truth.plant(account_file, PHONE, phone)
    truth.plant(account_file, USERNAME, me.handle)
    truth.plant(account_file, PERSON, me.name)
    rendered = []
    for index, tweet in enumerate(sorted(tweets, key=lambda t: t.when, reverse=True)):
        item: dict[str, object] = {
            "id_str": str(1_760_000_000_000_000_000 + index * 7919 + rng.randint(0, 7000)),
            "full_text": tweet.text,
            "created_at": _created_at(tweet.when),
            "favorite_count": str(rng.randint(0, 40)),
            "retweet_count": str(rng.randint(0, 6)),
            "lang": tweet.lang,
        }
        if tweet.reply_to:
            item["in_reply_to_screen_name"] = tweet.reply_to
        rendered.append({"tweet": item})
        truth.plant_tags(tweets_file, tweet.tags)
    files = {
        account_file: _ytd("account", [account]),
        f"{root}/data/phone-number.js": _ytd("phoneNumber", [{"device": {"phoneNumber": phone}}]),
        tweets_file: _ytd("tweets", rendered),
        f"{root}/data/follower.js": _ytd(
            "follower", [{"follower": {"accountId": a}} for a in followers]
        ),
        f"{root}/data/following.js": _ytd(
            "following", [{"following": {"accountId": a}} for a in following]
        ),
        f"{root}/data/personalization.js": _ytd("personalization", [_p13n(personalization)]),
    }
    truth.plant(f"{root}/data/phone-number.js", PHONE, phone)
    if conversations:
        dm_file = f"{root}/data/direct-messages.js"
        dms = []
        for conversation in conversations:
            ids = sorted({conversation[0].sender_id, conversation[0].recipient_id}, key=int)
            messages = []
            for dm in sorted(conversation, key=lambda d: d.when, reverse=True):
                messages.append(
                    {
                        "messageCreate": {
                            "recipientId": dm.recipient_id,
                            "reactions": [],
                            "urls": [],
                            "text": dm.text,
                            "mediaUrls": [],
                            "senderId": dm.sender_id,
                            "id": str(1_770_000_000_000_000_000 + rng.randint(0, 10**15)),
                            "createdAt": _iso(dm.when),
                        }
                    }
                )
                truth.plant_tags(dm_file, dm.tags)
            dms.append({"dmConversation": {"conversationId": "-".join(ids), "messages": messages}})
        files[dm_file] = _ytd("directMessages", dms)
    return files


def _p13n(p: Personalization) -> dict[str, Any]:
    interests = [{"name": name, "isDisabled": False} for name in p.interests]
    interests += [{"name": name, "isDisabled": True} for name in p.disabled_interests]
    return {
        "p13nData": {
            "demographics": {
                "languages": [{"language": lang, "isDisabled": False} for lang in p.languages],
                "genderInfo": {"gender": p.gender},
            },
            "interests": {
                "interests": interests,
                "partnerInterests": [],
                "audienceAndAdvertisers": {
                    "lookalikeAdvertisers": [],
                    "advertisers": list(p.advertisers),
                    "doNotReachAdvertisers": [],
                    "catalogAudienceAdvertisers": [],
                    "numAudiences": str(len(p.advertisers)),
                },
                "shows": [],
            },
            "locationHistory": list(p.locations),
            "inferredAgeInfo": {"age": [p.age], "birthDate": ""},
        }
    }
