"""X/Twitter archive: ``data/*.js`` files behind ``window.YTD.<name>.partN = ``.

Each file is dispatched by name through ``HANDLERS``; arrays are streamed with
ijson, so a large ``tweets.js`` never sits whole in memory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import ijson

from footprint.loading import InputFile
from footprint.model import (
    Contact,
    Message,
    ParseItem,
    PlatformInference,
    Post,
    ProblemCode,
    ProfileFact,
)
from footprint.sources.base import ParseContext, open_after_assignment, problem

FORMAT = "twitter"
LABEL = "X/Twitter archive"
CATEGORY = "social"
MULTI_FILE = True

_YTD = re.compile(rb"^\s*window\.YTD\.(?P<name>[A-Za-z0-9_]+)\.part(?P<part>\d+)\s*=")

Handler = Callable[[InputFile, dict[str, Any], str, "_Account"], Iterator[ParseItem]]


class _Account:
    """The archive owner, read from ``account.js`` when it sits beside the file."""

    def __init__(self, file: InputFile) -> None:
        self.account_id: str | None = None
        self.username: str | None = None
        sibling = file.sibling("account.js")
        if sibling is None:
            return
        try:
            stream = open_after_assignment(sibling)
            if stream is None:
                return
            with stream:
                data = json.load(stream)
            account = data[0]["account"]
            self.account_id = str(account.get("accountId") or "") or None
            self.username = account.get("username")
        except (ValueError, KeyError, IndexError, TypeError, OSError):
            return  # account.js reports its own problems when parsed itself

    def name_of(self, user_id: str | None) -> str | None:
        if user_id is not None and user_id == self.account_id and self.username:
            return f"@{self.username}"
        return user_id


def _created_at(raw: str | None) -> datetime | None:
    if not raw:
        return None
    for fmt in ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            return datetime.strptime(raw.replace("Z", "+0000"), fmt)
        except ValueError:
            continue
    return None


def _tweet(
    file: InputFile, item: dict[str, Any], locator: str, owner: _Account
) -> Iterator[ParseItem]:
    tweet = item.get("tweet", item)
    text = tweet.get("full_text") or tweet.get("text")
    if text is None:
        yield problem(file, locator, "tweet has no text", source=FORMAT)
        return
    timestamp = _created_at(tweet.get("created_at"))
    reply_to = tweet.get("in_reply_to_screen_name")
    post_type = "retweet" if text.startswith("RT @") else "reply" if reply_to else "post"
    tweet_id = tweet.get("id_str") or tweet.get("id")
    yield Post(
        source=FORMAT,
        path=file.display,
        locator=f"{locator}.tweet",
        timestamp=timestamp,
        actor=f"@{owner.username}" if owner.username else None,
        text=text,
        post_type=post_type,
        in_reply_to=f"@{reply_to}" if reply_to else None,
        url=f"https://x.com/i/web/status/{tweet_id}" if tweet_id else None,
    )


_ACCOUNT_FIELDS = {
    "email": "email",
    "phoneNumber": "phone",
    "username": "username",
    "accountId": "account_id",
    "accountDisplayName": "display_name",
    "createdAt": "account_created",
    "createdVia": "created_via",
}


def _account(
    file: InputFile, item: dict[str, Any], locator: str, owner: _Account
) -> Iterator[ParseItem]:
    account = item.get("account", {})
    created = _created_at(account.get("createdAt"))
    for key, field in _ACCOUNT_FIELDS.items():
        value = account.get(key)
        if value:
            yield ProfileFact(
                source=FORMAT,
                path=file.display,
                locator=f"{locator}.account.{key}",
                timestamp=created,
                field=field,
                value=str(value),
            )


def _phone(
    file: InputFile, item: dict[str, Any], locator: str, owner: _Account
) -> Iterator[ParseItem]:
    number = item.get("device", {}).get("phoneNumber")
    if number:
        yield ProfileFact(
            source=FORMAT,
            path=file.display,
            locator=f"{locator}.device.phoneNumber",
            field="phone",
            value=str(number),
        )


def _relation(kind: str) -> Handler:
    def handle(
        file: InputFile, item: dict[str, Any], locator: str, owner: _Account
    ) -> Iterator[ParseItem]:
        account_id = item.get(kind, {}).get("accountId")
        if account_id:
            yield Contact(
                source=FORMAT,
                path=file.display,
                locator=f"{locator}.{kind}.accountId",
                handle=str(account_id),
                text=kind,
            )

    return handle


def _direct_messages(
    file: InputFile, item: dict[str, Any], locator: str, owner: _Account
) -> Iterator[ParseItem]:
    conversation = item.get("dmConversation", {})
    conversation_id = conversation.get("conversationId")
    for index, entry in enumerate(conversation.get("messages", [])):
        create = entry.get("messageCreate")
        if not create:
            continue
        yield Message(
            source=FORMAT,
            path=file.display,
            locator=f"{locator}.dmConversation.messages[{index}]",
            timestamp=_created_at(create.get("createdAt")),
            actor=owner.name_of(create.get("senderId")),
            counterparty=owner.name_of(create.get("recipientId")),
            conversation=conversation_id,
            text=create.get("text"),
        )


def _personalization(
    file: InputFile, item: dict[str, Any], locator: str, owner: _Account
) -> Iterator[ParseItem]:
    p13n = item.get("p13nData", {})
    demographics = p13n.get("demographics", {})
    base = f"{locator}.p13nData"
    for index, language in enumerate(demographics.get("languages", [])):
        if language.get("language"):
            yield _inference(
                file, f"{base}.demographics.languages[{index}]", "language", language["language"]
            )
    gender = demographics.get("genderInfo", {}).get("gender")
    if gender:
        yield _inference(file, f"{base}.demographics.genderInfo", "gender", gender)
    for index, age in enumerate(p13n.get("inferredAgeInfo", {}).get("age", [])):
        yield _inference(file, f"{base}.inferredAgeInfo.age[{index}]", "age", str(age))
    interests = p13n.get("interests", {})
    for index, interest in enumerate(interests.get("interests", [])):
        if interest.get("name") and not interest.get("isDisabled"):
            yield _inference(
                file, f"{base}.interests.interests[{index}]", "interest", interest["name"]
            )
    for index, advertiser in enumerate(
        interests.get("audienceAndAdvertisers", {}).get("advertisers", [])
    ):
        yield _inference(
            file,
            f"{base}.interests.audienceAndAdvertisers.advertisers[{index}]",
            "advertiser",
            str(advertiser),
        )
    for index, place in enumerate(p13n.get("locationHistory", [])):
        yield _inference(file, f"{base}.locationHistory[{index}]", "location", str(place))


def _inference(file: InputFile, locator: str, category: str, value: str) -> PlatformInference:
    return PlatformInference(
        source=FORMAT, path=file.display, locator=locator, category=category, value=value
    )


# File name (without .js and -partN) -> handler. Names in IGNORED are known and skipped.
HANDLERS: dict[str, Handler] = {
    "tweets": _tweet,
    "tweet": _tweet,
    "account": _account,
    "phone-number": _phone,
    "follower": _relation("follower"),
    "following": _relation("following"),
    "direct-messages": _direct_messages,
    "direct-messages-group": _direct_messages,
    "personalization": _personalization,
}

PATHS = (
    tuple(f"data/{name}.js" for name in HANDLERS)
    + tuple(f"data/{name}-part*.js" for name in HANDLERS)
    + tuple(f"{name}.js" for name in HANDLERS)
)


IGNORED = {
    "data/manifest.js": "X archive manifest",
    "Your archive.html": "X archive viewer",
    "assets/*": "X archive viewer assets",
    "data/*_media/*": "X archive media",
}


def _base_name(file: InputFile) -> str:
    return re.sub(r"-part\d+$", "", file.name.lower().removesuffix(".js"))


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".js"):
        return 0.0
    match = _YTD.match(file.head(256))
    if not match:
        return 0.0
    return 1.0 if _base_name(file) in HANDLERS else 0.6


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    handler = HANDLERS.get(_base_name(file))
    if handler is None:
        yield problem(
            file,
            "",
            "part of an X archive that footprint does not read yet",
            ProblemCode.UNRECOGNISED,
            FORMAT,
        )
        return
    stream = open_after_assignment(file)
    if stream is None:
        yield problem(file, "", "missing the 'window.YTD.… =' prefix", source=FORMAT)
        return
    owner = _Account(file)
    index = -1
    with stream:
        try:
            for index, item in enumerate(ijson.items(stream, "item")):
                locator = f"$[{index}]"
                if not isinstance(item, dict):
                    yield problem(file, locator, "entry is not an object", source=FORMAT)
                    continue
                yield from handler(file, item, locator, owner)
        except (ijson.JSONError, ijson.IncompleteJSONError, ValueError, OSError) as exc:
            yield problem(
                file,
                f"$[{index + 1}]",
                f"invalid or truncated JSON ({str(exc).splitlines()[0]})",
                ProblemCode.MALFORMED,
                FORMAT,
            )
