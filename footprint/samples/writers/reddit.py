"""Reddit data request CSVs: posts, comments, messages, chat_history (with ip columns)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from footprint.samples.common import IP, USERNAME, GroundTruth, Tag, alnum_id, csv_text


@dataclass(frozen=True)
class Item:
    """A post (``title`` set), comment, private message (``to`` set) or chat line."""

    kind: str  # post, comment, message, chat
    when: datetime
    subreddit: str
    body: str
    ip: str
    title: str = ""
    author: str = ""
    to: str = ""
    tags: tuple[Tag, ...] = ()


def _date(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def export(
    folder: str, username: str, items: Sequence[Item], rng: random.Random, truth: GroundTruth
) -> dict[str, str]:
    posts = [["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]]
    comments = [
        [
            "id",
            "permalink",
            "date",
            "ip",
            "subreddit",
            "gildings",
            "link",
            "parent",
            "body",
            "media",
        ]
    ]
    messages = [["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"]]
    chats = [
        [
            "message_id",
            "created_at",
            "updated_at",
            "username",
            "message",
            "thread_parent_message_id",
            "channel_url",
            "subreddit",
            "channel_name",
            "conversation_type",
        ]
    ]
    post_ids: list[tuple[str, str]] = []
    for item in sorted(items, key=lambda i: i.when):
        ident = alnum_id(rng, 7).lower()
        if item.kind == "post":
            slug = "_".join(item.title.lower().split()[:6]).strip("?!.,")
            link = f"https://www.reddit.com/r/{item.subreddit}/comments/{ident}/{slug}/"
            posts.append(
                [
                    ident,
                    link,
                    _date(item.when),
                    item.ip,
                    item.subreddit,
                    "{}",
                    item.title,
                    link,
                    item.body,
                ]
            )
            post_ids.append((ident, item.subreddit))
            file = f"{folder}/posts.csv"
        elif item.kind == "comment":
            parent, _ = (
                rng.choice(post_ids) if post_ids else (alnum_id(rng, 7).lower(), item.subreddit)
            )
            link = f"https://www.reddit.com/r/{item.subreddit}/comments/{parent}/"
            comments.append(
                [
                    ident,
                    f"{link}_/{ident}/",
                    _date(item.when),
                    item.ip,
                    item.subreddit,
                    "{}",
                    link,
                    f"t3_{parent}",
                    item.body,
                    "",
                ]
            )
            file = f"{folder}/comments.csv"
        elif item.kind == "message":
            messages.append(
                [
                    ident,
                    f"https://www.reddit.com/message/messages/{ident}",
                    "",
                    _date(item.when),
                    item.ip,
                    item.author or username,
                    item.to,
                    item.title,
                    item.body,
                ]
            )
            file = f"{folder}/messages.csv"
        else:
            channel = (
                f"sendbird_group_channel_{rng.randint(10**8, 10**9)}_{hex(rng.getrandbits(64))[2:]}"
            )
            chats.append(
                [
                    f"{rng.randint(10**9, 10**10)}",
                    _date(item.when),
                    "",
                    item.author or username,
                    item.body,
                    "",
                    f"https://chat.reddit.com/room/{channel}",
                    item.subreddit,
                    item.title,
                    "direct",
                ]
            )
            file = f"{folder}/chat_history.csv"
        if item.ip and item.kind != "chat":  # chat_history.csv has no ip column
            truth.plant(file, IP, item.ip)
        truth.plant_tags(file, item.tags)
        if item.kind in ("message", "chat"):
            truth.plant(file, USERNAME, item.author or username)
    return {
        f"{folder}/posts.csv": csv_text(posts),
        f"{folder}/comments.csv": csv_text(comments),
        f"{folder}/messages.csv": csv_text(messages),
        f"{folder}/chat_history.csv": csv_text(chats),
    }
