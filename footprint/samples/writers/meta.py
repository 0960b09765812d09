"""Meta's JSON exports (Instagram, Facebook): every string as UTF-8 bytes escaped one per
character, so ``Zoë`` is written ``Zo\\u00c3\\u00ab``, exactly as Meta writes it."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from typing import Any

from footprint.samples.common import PERSON, GroundTruth, Msg, Person


def mojibake(value: Any) -> Any:
    """``value`` with every string turned into Meta's byte-per-escape form."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [mojibake(item) for item in value]
    if isinstance(value, dict):
        return {mojibake(key): mojibake(item) for key, item in value.items()}
    return value


def dumps(value: Any) -> str:
    return json.dumps(mojibake(value), indent=2, ensure_ascii=True) + "\n"


def _millis(msg: Msg) -> int:
    return int(msg.when.timestamp() * 1000)


def instagram_thread(
    folder: str,
    thread: str,
    me: Person,
    other: Person,
    messages: Sequence[Msg],
    rng: random.Random,
    truth: GroundTruth,
) -> dict[str, str]:
    """``<folder>/<thread>/message_1.json``; messages newest first, as Instagram writes them."""
    file = f"{folder}/{thread}/message_1.json"
    rendered: list[dict[str, Any]] = []
    for msg in reversed(messages):
        if msg.kind == "deleted":
            continue
        entry: dict[str, Any] = {"sender_name": msg.author.name, "timestamp_ms": _millis(msg)}
        if msg.kind == "media":
            entry["photos"] = [
                {
                    "uri": f"your_instagram_activity/messages/inbox/{thread}/photos/"
                    f"{rng.randint(10**17, 10**18)}.jpg",
                    "creation_timestamp": int(msg.when.timestamp()),
                }
            ]
        else:
            entry["content"] = msg.text
            truth.plant_tags(file, msg.tags)
            if rng.random() < 0.05:
                reactor = other if msg.author == me else me
                entry["reactions"] = [{"reaction": "❤", "actor": reactor.name}]
        entry["is_geoblocked_for_viewer"] = False
        rendered.append(entry)
        truth.plant(file, PERSON, msg.author.name)
    document = {
        "participants": [{"name": other.name}, {"name": me.name}],
        "messages": rendered,
        "title": other.name,
        "is_still_participant": True,
        "thread_path": f"inbox/{thread}",
        "magic_words": [],
    }
    return {file: dumps(document)}
