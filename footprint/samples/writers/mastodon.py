"""Mastodon account archive ``outbox.json``: an ActivityPub OrderedCollection."""

from __future__ import annotations

import html
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from footprint.samples.common import GroundTruth, Tag

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


@dataclass(frozen=True)
class Toot:
    when: datetime
    text: str  # plain text; paragraphs separated by blank lines
    mentions: Sequence[tuple[str, str]] = ()  # (@user@host, actor URL)
    hashtags: Sequence[str] = ()
    direct_to: str | None = None  # actor URL of the one recipient of a direct message
    boost_of: str | None = None  # URL of a status this boosts (an Announce)
    in_reply_to: str | None = None
    lang: str = "en"
    tags: tuple[Tag, ...] = ()


def _html(toot: Toot, host: str) -> str:
    paragraphs = [html.escape(p, quote=False) for p in toot.text.split("\n\n")]
    for handle, actor in toot.mentions:
        user = handle.split("@")[1]
        link = (
            f'<span class="h-card"><a href="{actor}" class="u-url mention">'
            f"@<span>{user}</span></a></span>"
        )
        paragraphs = [p.replace(handle, link) for p in paragraphs]
    for tag in toot.hashtags:
        link = (
            f'<a href="https://{host}/tags/{tag.lower()}" class="mention hashtag" rel="tag">'
            f"#<span>{tag}</span></a>"
        )
        paragraphs = [p.replace(f"#{tag}", link) for p in paragraphs]
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def outbox(
    file: str,
    host: str,
    username: str,
    toots: Sequence[Toot],
    rng: random.Random,
    truth: GroundTruth,
) -> str:
    actor = f"https://{host}/users/{username}"
    items: list[dict[str, Any]] = []
    for toot in sorted(toots, key=lambda t: t.when):
        status_id = str(rng.randint(10**17, 10**18 - 1))
        published = toot.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        status = f"{actor}/statuses/{status_id}"
        if toot.boost_of:
            items.append(
                {
                    "id": f"{status}/activity",
                    "type": "Announce",
                    "actor": actor,
                    "published": published,
                    "to": [PUBLIC],
                    "cc": [f"{actor}/followers"],
                    "object": toot.boost_of,
                }
            )
            continue
        to, cc = ([toot.direct_to], []) if toot.direct_to else ([PUBLIC], [f"{actor}/followers"])
        cc = cc + [a for _, a in toot.mentions if a not in to]
        note = {
            "id": status,
            "type": "Note",
            "summary": None,
            "inReplyTo": toot.in_reply_to,
            "published": published,
            "url": f"https://{host}/@{username}/{status_id}",
            "attributedTo": actor,
            "to": to,
            "cc": cc,
            "sensitive": False,
            "atomUri": status,
            "conversation": f"tag:{host},{toot.when:%Y-%m-%d}:objectId="
            f"{rng.randint(10**6, 10**7)}:objectType=Conversation",
            "content": _html(toot, host),
            "contentMap": {toot.lang: _html(toot, host)},
            "attachment": [],
            "tag": [{"type": "Mention", "href": a, "name": h} for h, a in toot.mentions]
            + [
                {
                    "type": "Hashtag",
                    "href": f"https://{host}/tags/{t.lower()}",
                    "name": f"#{t.lower()}",
                }
                for t in toot.hashtags
            ],
        }
        items.append(
            {
                "id": f"{status}/activity",
                "type": "Create",
                "actor": actor,
                "published": published,
                "to": to,
                "cc": cc,
                "object": note,
            }
        )
        truth.plant_tags(file, toot.tags)
    document = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": len(items),
        "orderedItems": items,
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
