"""WhatsApp Android chat export: ``DD/MM/YYYY, HH:MM - Author: text``."""

from __future__ import annotations

from collections.abc import Sequence

from footprint.samples.common import PERSON, GroundTruth, Msg

ENCRYPTION_NOTICE = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
    "WhatsApp, can read or listen to them. Tap to learn more."
)


def _body(msg: Msg) -> str:
    if msg.kind == "media":
        return "<Media omitted>"
    if msg.kind == "deleted":
        return "This message was deleted"
    if msg.kind == "location":
        return f"location: https://maps.google.com/?q={msg.lat:.6f},{msg.lon:.6f}"
    return msg.text


def chat(file: str, messages: Sequence[Msg], truth: GroundTruth) -> str:
    """The text of one chat; plants every author name and tagged value under ``file``."""
    first = messages[0].when
    lines = [f"{first:%d/%m/%Y, %H:%M} - {ENCRYPTION_NOTICE}"]
    for msg in messages:
        if msg.kind == "system":
            lines.append(f"{msg.when:%d/%m/%Y, %H:%M} - {msg.text}")
            continue
        lines.append(f"{msg.when:%d/%m/%Y, %H:%M} - {msg.author.name}: {_body(msg)}")
        truth.plant(file, PERSON, msg.author.name)
        truth.plant_tags(file, msg.tags)
    return "\n".join(lines) + "\n"
