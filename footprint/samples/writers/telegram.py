"""Telegram Desktop full-account export: ``result.json`` (indent 1, like the app)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from footprint.samples.common import EMAIL, PERSON, PHONE, URL, USERNAME, GroundTruth, Msg, Person

ABOUT = (
    "Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data "
    "for ad targeting and doesn't sell it to others."
)
_ENTITY_TYPES = {PHONE: "phone", EMAIL: "email", URL: "link"}
NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"


@dataclass(frozen=True)
class Chat:
    name: str
    type: str  # personal_chat, private_group, private_supergroup, public_channel
    id: int
    messages: Sequence[Msg]


def _rich_text(msg: Msg) -> tuple[str | list[Any], list[dict[str, str]]]:
    """Telegram splits phones, emails and links out of the text as typed entities."""
    pieces: list[tuple[str, str]] = [("plain", msg.text)]
    for entity_type, value in msg.tags:
        kind = _ENTITY_TYPES.get(entity_type)
        if kind is None:
            continue
        split: list[tuple[str, str]] = []
        for piece_kind, text in pieces:
            if piece_kind == "plain" and value in text:
                before, _, after = text.partition(value)
                split.extend([("plain", before), (kind, value), ("plain", after)])
            else:
                split.append((piece_kind, text))
        pieces = [(k, t) for k, t in split if t]
    entities = [{"type": kind, "text": text} for kind, text in pieces]
    if all(kind == "plain" for kind, _ in pieces):
        return msg.text, entities
    rich: list[Any] = [t if k == "plain" else {"type": k, "text": t} for k, t in pieces]
    return rich, entities


def _stamp(when: datetime) -> dict[str, str]:
    return {
        "date": when.strftime("%Y-%m-%dT%H:%M:%S"),
        "date_unixtime": str(int(when.timestamp())),
    }


def export(
    file: str,
    owner: Person,
    owner_id: int,
    bio: str,
    contacts: Sequence[tuple[Person, int, datetime]],
    chats: Sequence[Chat],
    user_ids: dict[str, int],
    truth: GroundTruth,
) -> str:
    """The whole ``result.json``; ``user_ids`` maps every author's name to a Telegram id."""
    first, _, last = owner.name.partition(" ")
    truth.plant(file, PERSON, owner.name)
    truth.plant(file, PHONE, owner.phone)
    truth.plant(file, USERNAME, f"@{owner.handle}")
    contact_list = []
    for person, user_id, added in contacts:
        given, _, family = person.name.partition(" ")
        truth.plant(file, PERSON, person.name)
        truth.plant(file, PHONE, person.phone)
        contact_list.append(
            {
                "user_id": user_id,
                "first_name": given,
                "last_name": family,
                "phone_number": person.phone,
                **_stamp(added),
            }
        )
    chat_list = []
    message_id = 1
    for chat in chats:
        rendered: list[dict[str, Any]] = []
        for msg in chat.messages:
            author_id = f"user{user_ids[msg.author.name]}"
            if msg.kind == "system":
                rendered.append(
                    {
                        "id": message_id,
                        "type": "service",
                        **_stamp(msg.when),
                        "actor": msg.author.name,
                        "actor_id": author_id,
                        "action": "create_group",
                        "title": chat.name,
                        "members": [m for m in msg.text.split("|") if m],
                        "text": "",
                        "text_entities": [],
                    }
                )
                truth.plant(file, PERSON, msg.author.name)
                message_id += 1
                continue
            if msg.kind == "deleted":
                continue  # Telegram exports leave deleted messages out
            entry: dict[str, Any] = {
                "id": message_id,
                "type": "message",
                **_stamp(msg.when),
                "from": msg.author.name,
                "from_id": author_id,
            }
            if msg.kind == "media":
                entry.update(
                    {
                        "photo": NOT_INCLUDED,
                        "photo_file_size": 81234 + message_id,
                        "width": 1280,
                        "height": 960,
                    }
                )
                entry["text"], entry["text_entities"] = "", []
            elif msg.kind == "location":
                entry["location_information"] = {"latitude": msg.lat, "longitude": msg.lon}
                entry["text"], entry["text_entities"] = "", []
            else:
                entry["text"], entry["text_entities"] = _rich_text(msg)
                truth.plant_tags(file, msg.tags)
            truth.plant(file, PERSON, msg.author.name)
            rendered.append(entry)
            message_id += 1
        chat_list.append(
            {"name": chat.name, "type": chat.type, "id": chat.id, "messages": rendered}
        )
    document = {
        "about": ABOUT,
        "personal_information": {
            "user_id": owner_id,
            "first_name": first,
            "last_name": last,
            "phone_number": owner.phone,
            "username": f"@{owner.handle}",
            "bio": bio,
        },
        "contacts": {
            "about": "This is your contact list.",
            "list": contact_list,
        },
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": chat_list,
        },
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"
