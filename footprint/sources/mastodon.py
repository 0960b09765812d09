"""Mastodon account archive: ``outbox.json``, ``actor.json``, ``likes.json``, ``bookmarks.json``.

``outbox.json`` is an ActivityPub OrderedCollection. Each ``Create`` of a ``Note``
is a Post, unless it is a direct message: addressed to users only (no public
address, no followers collection) with an empty ``cc``, which makes it a Message.
``Announce`` items are boosts. ``content`` is HTML and becomes plain text with the
standard library's ``html.parser``; nothing is fetched.

Some real files hold the key ``orderedItems`` twice, first as an empty list; a
plain JSON parser keeps only the last one, so the file is walked as a stream of
events and every occurrence is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from footprint.loading import InputFile
from footprint.model import Activity, Message, ParseItem, Post, ProblemCode, ProfileFact
from footprint.pii.fields import raw_fields_for
from footprint.sources._json_walk import JSON_ERRORS, JsonPath, JsonWalker
from footprint.sources.base import ParseContext, problem

FORMAT = "mastodon"
LABEL = "Mastodon account archive"
CATEGORY = "social"
MULTI_FILE = True
PATHS = ("outbox.json", "actor.json", "likes.json", "bookmarks.json")
IGNORED = {"media_attachments/*": "Mastodon archive media"}

_AS_CONTEXT = "https://www.w3.org/ns/activitystreams"
_PUBLIC = {_AS_CONTEXT + "#Public", "as:Public", "Public"}
_ITEMS = "orderedItems"
_BLOCK_TAGS = {"p", "div", "blockquote", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}
_USER_URL = re.compile(r"^/(?:users/|@)(?P<name>[^/]+)/?$")


class _PlainText(HTMLParser):
    """Text of an HTML fragment: paragraphs become blank lines, ``<br>`` a newline."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS and self.parts:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _PlainText()
    parser.feed(html)
    parser.close()
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(parser.parts))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _handle(url: str, mentions: dict[str, str]) -> str:
    """``@name@host`` for an actor URL (a mention's own name when the note gives one)."""
    if url in mentions:
        name = mentions[url]
        return name if name.startswith("@") else f"@{name}"
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. a broken IPv6 host
        return url
    match = _USER_URL.match(parts.path)
    if parts.hostname and match:
        return f"@{match['name']}@{parts.hostname}"
    return url


# Accounts a post mentions, by their full handle (its Mention tags): up to this many.
MAX_MENTIONS = 5


def _author_fields(actor_url: Any, mentions: Iterable[str] = ()) -> str | None:
    """The author's account URL and the profile URL Mastodon derives from it
    (``https://host/users/name`` -> ``https://host/@name``), and the full handles of the
    accounts the post mentions (``@name@host``: the text shows only ``@name``), as raw
    fields."""
    if not isinstance(actor_url, str):
        return None
    row = {"actor_url": actor_url}
    for number, handle in enumerate(sorted(set(mentions))[:MAX_MENTIONS], start=1):
        row[f"mention_{number}"] = handle
    try:
        parts = urlsplit(actor_url)
    except ValueError:
        return raw_fields_for(FORMAT, row)
    match = _USER_URL.match(parts.path)
    if parts.scheme and parts.netloc and match:
        row["profile_url"] = f"{parts.scheme}://{parts.netloc}/@{match['name']}"
    return raw_fields_for(FORMAT, row)


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


def _objects(value: Any) -> list[dict[str, Any]]:
    """The objects of an ActivityPub property, which may be one object or a list."""
    values = value if isinstance(value, list) else [value]
    return [item for item in values if isinstance(item, dict)]


def _published(raw: Any) -> datetime | None:
    if not isinstance(raw, str):
        return None
    try:
        stamp = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp if stamp.tzinfo is not None else None


def _is_direct(to: list[str], cc: list[str]) -> bool:
    """Addressed to users only: nothing public, no followers collection, empty cc."""
    if cc or not to:
        return False
    return not any(address in _PUBLIC or address.endswith("/followers") for address in to)


def _note(file: InputFile, item: dict[str, Any], locator: str) -> Iterator[ParseItem]:
    note = item.get("object")
    if not isinstance(note, dict):
        yield problem(file, locator, "create_without_object", source=FORMAT)
        return
    if note.get("type") not in ("Note", "Question", "Article"):
        return  # other objects carry no text of the user's
    mentions = {
        str(tag["href"]): str(tag["name"])
        for tag in _objects(note.get("tag"))
        if tag.get("type") == "Mention" and tag.get("href") and tag.get("name")
    }
    raw_time = note.get("published") or item.get("published")
    timestamp = _published(raw_time)
    if raw_time and timestamp is None:
        yield problem(file, locator, "unreadable_time", source=FORMAT, value=raw_time)
    content = note.get("content")
    text = html_to_text(content) if isinstance(content, str) else ""
    summary = note.get("summary")
    if isinstance(summary, str) and summary:
        text = f"{summary}\n\n{text}" if text else summary
    actor_url = item.get("actor") or note.get("attributedTo")
    actor = _handle(actor_url, mentions) if isinstance(actor_url, str) else None
    to, cc = _as_list(item.get("to", note.get("to"))), _as_list(item.get("cc", note.get("cc")))
    url = note.get("url") if isinstance(note.get("url"), str) else note.get("id")
    reply_to = note.get("inReplyTo") if isinstance(note.get("inReplyTo"), str) else None
    attachments = [
        str(attachment["url"])
        for attachment in _objects(note.get("attachment"))
        if isinstance(attachment.get("url"), str)
    ]
    if _is_direct(to, cc):
        conversation = note.get("conversation")
        recipients = ", ".join(_handle(address, mentions) for address in to)
        yield Message(
            source=FORMAT,
            path=file.display,
            locator=f"{locator}.object",
            timestamp=timestamp,
            actor=actor,
            counterparty=recipients,
            conversation=conversation if isinstance(conversation, str) else recipients,
            text=text or None,
            raw_fields=_author_fields(actor_url, mentions.values()),
            media=", ".join(attachments) or None,
        )
        return
    yield Post(
        source=FORMAT,
        path=file.display,
        locator=f"{locator}.object",
        timestamp=timestamp,
        actor=actor,
        text=text or None,
        raw_fields=_author_fields(actor_url, mentions.values()),
        post_type="reply" if reply_to else "post",
        url=url if isinstance(url, str) else None,
        in_reply_to=reply_to,
    )


def _outbox_item(file: InputFile, item: Any, locator: str) -> Iterator[ParseItem]:
    if not isinstance(item, dict):
        yield problem(file, locator, "item_not_object", source=FORMAT)
        return
    kind = item.get("type")
    if kind == "Create":
        yield from _note(file, item, locator)
    elif kind == "Announce":
        target = item.get("object")
        yield Activity(
            source=FORMAT,
            path=file.display,
            locator=locator,
            timestamp=_published(item.get("published")),
            activity_type="boost",
            url=target if isinstance(target, str) else None,
        )


_ACTOR_FIELDS = {
    "preferredUsername": "username",
    "name": "display_name",
    "summary": "bio",
    "url": "profile_url",
    "published": "account_created",
}


def _actor(file: InputFile, actor: dict[str, Any]) -> Iterator[ParseItem]:
    created = _published(actor.get("published"))
    for key, field in _ACTOR_FIELDS.items():
        value = actor.get(key)
        if isinstance(value, str) and value:
            if key == "summary":
                value = html_to_text(value)
            yield ProfileFact(
                source=FORMAT,
                path=file.display,
                locator=f"$.{key}",
                timestamp=created,
                field=field,
                value=value,
            )
    fields = actor.get("attachment")
    for index, entry in enumerate(fields if isinstance(fields, list) else [fields]):
        if isinstance(entry, dict) and entry.get("type") == "PropertyValue":
            name, value = entry.get("name"), entry.get("value")
            if isinstance(name, str) and isinstance(value, str):
                yield ProfileFact(
                    source=FORMAT,
                    path=file.display,
                    locator=f"$.attachment[{index}]",
                    field="profile_field",
                    value=f"{name}: {html_to_text(value)}",
                )


def _kind(file: InputFile) -> str | None:
    """Which archive file this is, from its name and the head of its content."""
    head = file.head_text(16384)
    if "activitystreams" not in head:
        return None
    name = file.name.lower()
    if name == "actor.json" or ('"preferredUsername"' in head and '"inbox"' in head):
        return "actor"
    if '"OrderedCollection"' not in head and f'"{_ITEMS}"' not in head:
        return None
    if name in ("likes.json", "bookmarks.json"):
        return name.removesuffix(".json")
    return "outbox"


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".json"):
        return 0.0
    kind = _kind(file)
    if kind is None:
        return 0.0
    if file.name.lower() in PATHS:
        return 0.95
    return 0.7 if kind == "outbox" and '"Create"' in file.head_text(16384) else 0.0


def _is_top_item(path: JsonPath) -> bool:
    return len(path) == 2 and path[0] == _ITEMS and isinstance(path[1], int)


def _json_problem(file: InputFile, where: str, exc: Exception) -> ParseItem:
    first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return problem(file, where, "invalid_truncated_json", source=FORMAT, error=first_line)


def _walk_items(file: InputFile) -> Iterator[tuple[str, Any] | ParseItem]:
    """``(locator, item)`` of every ``orderedItems`` entry, in each occurrence of the key.

    A later non-empty occurrence after a non-empty one is marked ``#2``, ``#3``...
    so locators stay unique; the usual empty first occurrence does not count.
    """
    occurrence = 0
    with JsonWalker(file.open_json(), _is_top_item) as walker:
        try:
            for path, value in walker:
                index = path[1]
                if index == 0:
                    occurrence += 1
                prefix = f"$.{_ITEMS}" if occurrence <= 1 else f"$.{_ITEMS}#{occurrence}"
                yield f"{prefix}[{index}]", value
        except JSON_ERRORS as exc:
            yield _json_problem(file, walker.where, exc)


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    kind = _kind(file) or ("actor" if file.name.lower() == "actor.json" else "outbox")
    if kind == "actor":
        yield from _parse_actor(file)
        return
    seen, failed = 0, False
    for entry in _walk_items(file):
        if not isinstance(entry, tuple):
            failed = True  # the walk stopped at broken JSON and said where
            yield entry
            continue
        seen += 1
        locator, item = entry
        if kind == "outbox":
            yield from _outbox_item(file, item, locator)
        elif isinstance(item, str):
            yield Activity(
                source=FORMAT,
                path=file.display,
                locator=locator,
                activity_type="like" if kind == "likes" else "bookmark",
                url=item,
            )
        else:
            yield problem(file, locator, "entry_not_url", source=FORMAT)
    if seen == 0 and not failed:
        yield problem(file, "", "no_ordereditems_file", ProblemCode.EMPTY, FORMAT)


def _parse_actor(file: InputFile) -> Iterator[ParseItem]:
    with JsonWalker(file.open_json(), lambda path: path == ()) as walker:
        try:
            for _, actor in walker:
                if isinstance(actor, dict):
                    yield from _actor(file, actor)
                else:
                    yield problem(file, "$", "actor_not_object", source=FORMAT)
                return
        except JSON_ERRORS as exc:
            yield _json_problem(file, walker.where, exc)
            return
    yield problem(file, "", "empty_file", ProblemCode.EMPTY, FORMAT)
