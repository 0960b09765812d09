"""X/Twitter archive: ``data/*.js`` files behind ``window.YTD.<name>.partN = ``.

Each file is dispatched by name through ``HANDLERS``; arrays are streamed with
ijson, so a large ``tweets.js`` never sits whole in memory. Ad impressions and
engagements become ``advertiser`` and ``ad_targeting`` PlatformInference records
(their times, ``2022-01-15 12:34:56``, state no zone); ``ip-audit.js`` gives login
Activities with the IP, ``like.js`` like Activities.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import ijson

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
from footprint.sources.base import ParseContext, open_after_assignment, problem

FORMAT = "twitter"
LABEL = "X/Twitter archive"
CATEGORY = "social"
MULTI_FILE = True

_YTD = re.compile(rb"^\s*window\.YTD\.(?P<name>[A-Za-z0-9_]+)\.part(?P<part>\d+)\s*=")

Handler = Callable[[InputFile, dict[str, Any], str, "_Account", ParseContext], Iterator[ParseItem]]


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


def _created_at(raw: Any) -> datetime | None:
    if not isinstance(raw, str) or not raw:
        return None
    for fmt in ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            return datetime.strptime(raw.replace("Z", "+0000"), fmt)
        except ValueError:
            continue
    return None


def _obj(value: Any, *keys: str) -> dict[str, Any]:
    """The object at ``keys`` inside ``value``; empty when any step is not an object."""
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, dict) else {}


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _plain(text: str) -> str:
    """X escapes ``&``, ``<`` and ``>`` in tweet, like and DM texts (``&amp;``);
    every ``&`` is escaped, so unescaping gives back exactly what was typed."""
    return html.unescape(text) if "&" in text else text


def _expand_links(text: str, urls: Any) -> str:
    """Each ``https://t.co/…`` link replaced by the address it stands for, as the
    export's ``entities.urls`` (tweets) or ``urls`` (DMs) give it."""
    for entry in _items(urls):
        if not isinstance(entry, dict):
            continue
        short, expanded = entry.get("url"), entry.get("expanded_url") or entry.get("expanded")
        if isinstance(short, str) and isinstance(expanded, str) and short and expanded:
            text = text.replace(short, expanded)
    return text


def _tweet(
    file: InputFile, item: dict[str, Any], locator: str, owner: _Account, ctx: ParseContext
) -> Iterator[ParseItem]:
    tweet = _obj(item, "tweet") or item
    text = tweet.get("full_text") or tweet.get("text")
    if not isinstance(text, str):
        yield problem(file, locator, "tweet_no_text", source=FORMAT)
        return
    text = _expand_links(_plain(text), _obj(tweet, "entities").get("urls"))
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
    file: InputFile, item: dict[str, Any], locator: str, owner: _Account, ctx: ParseContext
) -> Iterator[ParseItem]:
    account = _obj(item, "account")
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
    file: InputFile, item: dict[str, Any], locator: str, owner: _Account, ctx: ParseContext
) -> Iterator[ParseItem]:
    number = _obj(item, "device").get("phoneNumber")
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
        file: InputFile, item: dict[str, Any], locator: str, owner: _Account, ctx: ParseContext
    ) -> Iterator[ParseItem]:
        account_id = _obj(item, kind).get("accountId")
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
    file: InputFile, item: dict[str, Any], locator: str, owner: _Account, ctx: ParseContext
) -> Iterator[ParseItem]:
    conversation = _obj(item, "dmConversation")
    conversation_id = conversation.get("conversationId")
    for index, entry in enumerate(_items(conversation.get("messages"))):
        create = _obj(entry, "messageCreate")
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
            text=_expand_links(_plain(text), create.get("urls"))
            if isinstance(text := create.get("text"), str)
            else None,
        )


def _personalization(
    file: InputFile, item: dict[str, Any], locator: str, owner: _Account, ctx: ParseContext
) -> Iterator[ParseItem]:
    p13n = _obj(item, "p13nData")
    demographics = _obj(p13n, "demographics")
    base = f"{locator}.p13nData"
    for index, language in enumerate(_items(demographics.get("languages"))):
        if isinstance(language, dict) and language.get("language"):
            yield _inference(
                file, f"{base}.demographics.languages[{index}]", "language", language["language"]
            )
    gender = _obj(demographics, "genderInfo").get("gender")
    if gender:
        yield _inference(file, f"{base}.demographics.genderInfo", "gender", gender)
    for index, age in enumerate(_items(_obj(p13n, "inferredAgeInfo").get("age"))):
        yield _inference(file, f"{base}.inferredAgeInfo.age[{index}]", "age", str(age))
    interests = _obj(p13n, "interests")
    for index, interest in enumerate(_items(interests.get("interests"))):
        if isinstance(interest, dict) and interest.get("name") and not interest.get("isDisabled"):
            yield _inference(
                file, f"{base}.interests.interests[{index}]", "interest", interest["name"]
            )
    for index, advertiser in enumerate(
        _items(_obj(interests, "audienceAndAdvertisers").get("advertisers"))
    ):
        yield _inference(
            file,
            f"{base}.interests.audienceAndAdvertisers.advertisers[{index}]",
            "advertiser",
            str(advertiser),
        )
    for index, place in enumerate(_items(p13n.get("locationHistory"))):
        yield _inference(file, f"{base}.locationHistory[{index}]", "location", str(place))


def _inference(
    file: InputFile,
    locator: str,
    category: str,
    value: str,
    *,
    text: str | None = None,
    when: datetime | None = None,
    assumed: bool = False,
) -> PlatformInference:
    return PlatformInference(
        source=FORMAT,
        path=file.display,
        locator=locator,
        category=category,
        value=value,
        text=text,
        timestamp=when,
        tz_assumed=assumed,
    )


def _ad_time(raw: Any, ctx: ParseContext) -> tuple[datetime | None, bool]:
    """Ad times are written ``2022-01-15 12:34:56`` with no zone: the assumed one applies."""
    if not isinstance(raw, str) or not raw:
        return None, False
    stamp = _created_at(raw)
    if stamp is not None:
        return stamp, False
    try:
        return ctx.localize(datetime.strptime(raw.strip(), "%Y-%m-%d %H:%M:%S")), True
    except ValueError:
        return None, False


def _impression(
    file: InputFile, impression: dict[str, Any], locator: str, ctx: ParseContext
) -> Iterator[ParseItem]:
    """The advertiser behind one ad shown, and the targeting criteria it matched."""
    when, assumed = _ad_time(impression.get("impressionTime"), ctx)
    if impression.get("impressionTime") and when is None:
        yield problem(file, locator, "unreadable_impressiontime", source=FORMAT)
    advertiser = _obj(impression, "advertiserInfo")
    name = advertiser.get("advertiserName") or advertiser.get("screenName")
    if name:
        yield _inference(
            file,
            f"{locator}.advertiserInfo",
            "advertiser",
            str(name),
            text=advertiser.get("screenName"),
            when=when,
            assumed=assumed,
        )
    for index, criterion in enumerate(_items(impression.get("matchedTargetingCriteria"))):
        kind = criterion.get("targetingType") if isinstance(criterion, dict) else None
        if not kind:
            continue
        value = criterion.get("targetingValue")
        yield _inference(
            file,
            f"{locator}.matchedTargetingCriteria[{index}]",
            "ad_targeting",
            f"{kind}: {value}" if value else str(kind),
            text=str(name) if name else None,
            when=when,
            assumed=assumed,
        )


def _ads_user_data(item: dict[str, Any]) -> dict[str, Any]:
    return _obj(item, "ad", "adsUserData")


def _ad_impressions(
    file: InputFile, item: dict[str, Any], locator: str, owner: _Account, ctx: ParseContext
) -> Iterator[ParseItem]:
    impressions = _obj(_ads_user_data(item), "adImpressions").get("impressions")
    if not isinstance(impressions, list):
        yield problem(file, locator, "no_ad_adsuserdata_adimpressions_entry", source=FORMAT)
        return
    base = f"{locator}.ad.adsUserData.adImpressions.impressions"
    for index, impression in enumerate(impressions):
        if isinstance(impression, dict):
            yield from _impression(file, impression, f"{base}[{index}]", ctx)


def _ad_engagements(
    file: InputFile, item: dict[str, Any], locator: str, owner: _Account, ctx: ParseContext
) -> Iterator[ParseItem]:
    engagements = _obj(_ads_user_data(item), "adEngagements").get("engagements")
    if not isinstance(engagements, list):
        yield problem(file, locator, "no_ad_adsuserdata_adengagements_entry", source=FORMAT)
        return
    base = f"{locator}.ad.adsUserData.adEngagements.engagements"
    for index, engagement in enumerate(engagements):
        if not isinstance(engagement, dict):
            continue
        where = f"{base}[{index}]"
        impression = _obj(engagement, "impressionAttributes")
        yield from _impression(file, impression, f"{where}.impressionAttributes", ctx)
        advertiser = _obj(impression, "advertiserInfo")
        name = advertiser.get("advertiserName") or advertiser.get("screenName")
        for e_index, attribute in enumerate(_items(engagement.get("engagementAttributes"))):
            kind = attribute.get("engagementType") if isinstance(attribute, dict) else None
            if not kind:
                continue
            when, assumed = _ad_time(attribute.get("engagementTime"), ctx)
            yield Activity(
                source=FORMAT,
                path=file.display,
                locator=f"{where}.engagementAttributes[{e_index}]",
                timestamp=when,
                tz_assumed=assumed,
                activity_type="ad_engagement",
                title=f"{name}: {kind}" if name else str(kind),
            )


def _ip_audit(
    file: InputFile, item: dict[str, Any], locator: str, owner: _Account, ctx: ParseContext
) -> Iterator[ParseItem]:
    audit = _obj(item, "ipAudit")
    ip = audit.get("loginIp")
    if not ip:
        yield problem(file, locator, "ipaudit_entry_no_loginip", source=FORMAT)
        return
    yield Activity(
        source=FORMAT,
        path=file.display,
        locator=f"{locator}.ipAudit",
        timestamp=_created_at(audit.get("createdAt")),
        actor=owner.name_of(str(audit["accountId"])) if audit.get("accountId") else None,
        activity_type="login",
        ip=str(ip),
    )


def _like(
    file: InputFile, item: dict[str, Any], locator: str, owner: _Account, ctx: ParseContext
) -> Iterator[ParseItem]:
    like = _obj(item, "like")
    tweet_id = like.get("tweetId")
    url = like.get("expandedUrl") or (
        f"https://x.com/i/web/status/{tweet_id}" if tweet_id else None
    )
    if not url and not like.get("fullText"):
        yield problem(file, locator, "like_no_tweet", source=FORMAT)
        return
    yield Activity(
        source=FORMAT,
        path=file.display,
        locator=f"{locator}.like",
        activity_type="like",
        text=_plain(text) if isinstance(text := like.get("fullText"), str) else None,
        url=url,
    )


# File name (without .js and -partN) -> handler. Names in IGNORED are known and skipped.
HANDLERS: dict[str, Handler] = {
    "tweets": _tweet,
    "tweet": _tweet,
    # The user's own tweets too: deleted ones the archive still holds, and those
    # posted in a Community.
    "deleted-tweets": _tweet,
    "community-tweet": _tweet,
    "account": _account,
    "phone-number": _phone,
    "follower": _relation("follower"),
    "following": _relation("following"),
    "direct-messages": _direct_messages,
    "direct-messages-group": _direct_messages,
    "personalization": _personalization,
    "ad-impressions": _ad_impressions,
    "ad-engagements": _ad_engagements,
    "ip-audit": _ip_audit,
    "like": _like,
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
    match = _YTD.match(file.json_head(256))
    if not match:
        return 0.0
    return 1.0 if _base_name(file) in HANDLERS else 0.6


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    handler = HANDLERS.get(_base_name(file))
    if handler is None:
        yield problem(
            file,
            "",
            "part_x_archive_footprint_not",
            ProblemCode.UNRECOGNISED,
            FORMAT,
        )
        return
    stream = open_after_assignment(file)
    if stream is None:
        yield problem(file, "", "missing_window_ytd_prefix", source=FORMAT)
        return
    owner = _Account(file)
    index = -1
    with stream:
        try:
            for index, item in enumerate(ijson.items(stream, "item")):
                locator = f"$[{index}]"
                if not isinstance(item, dict):
                    yield problem(file, locator, "entry_not_object", source=FORMAT)
                    continue
                yield from handler(file, item, locator, owner, ctx)
        except (ijson.JSONError, ijson.IncompleteJSONError, ValueError, OSError) as exc:
            yield problem(
                file,
                f"$[{index + 1}]",
                "invalid_truncated_json",
                ProblemCode.MALFORMED,
                FORMAT,
                error=str(exc).splitlines()[0],
            )
