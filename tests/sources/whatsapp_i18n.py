"""One group chat, rendered as an Android and an iOS export in every language of the table.

The chat has text, multi-line text, media of every kind, a photo with a caption, a
contact card, a document, deleted and edited messages, a location and a live location
share, calls, a poll and the usual system lines. Rendering it in every language of
``whatsapp_locales.yaml`` and parsing it back must give the same records, apart from
the words of system lines. ``python -m tests.sources.whatsapp_i18n OUT`` writes the
files for a look.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from footprint.sources._whatsapp_words import words

GROUP = "Trip 2024"
ME, BO, CY = "Ana Lima", "Bo Chen", "Cy Park"
LAT, LON = 46.519700, 6.632300
# Languages that write "image omitted" without a space between the two words.
NO_SPACE = {"zh-CN", "zh-TW", "ja", "th"}
_DIGITS = {
    "arabic": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "persian": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
}
LRM = "\u200e"


@dataclass(frozen=True)
class Event:
    when: datetime
    kind: str
    actor: str | None = None
    text: str = ""
    detail: str = ""  # system template key, media kind or call kind
    name: str = ""  # the other person of a system line
    platforms: str = "android ios"


def _at(month: int, day: int, hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2024, month, day, hour, minute, second)


EVENTS = (
    Event(_at(3, 18, 9, 0), "system", detail="encrypted"),
    Event(_at(3, 18, 9, 1), "system", ME, detail="created"),
    Event(_at(3, 18, 9, 2), "system", ME, detail="added", name=BO),
    Event(_at(3, 18, 9, 3), "system", ME, detail="added", name=CY),
    Event(_at(3, 18, 12, 30, 5), "text", ME, text="Hello all 👋"),
    Event(_at(3, 18, 13, 5), "text", BO, text="Packing list:\n- tent\n- stove: the small one"),
    Event(_at(3, 18, 14, 56, 1), "media", BO, detail="image"),
    Event(_at(3, 18, 15, 0), "photo", BO, text="The lake"),
    Event(_at(3, 18, 16, 0), "deleted", CY),
    Event(_at(3, 18, 16, 1), "deleted_self", ME),
    Event(_at(3, 18, 17, 0), "edited", BO, text="See you at 7"),
    Event(_at(3, 19, 0, 15), "location", ME),
    Event(_at(3, 19, 8, 0), "live", BO),
    Event(_at(3, 19, 9, 0), "contact", ME),
    Event(_at(3, 19, 9, 30), "document", BO),
    Event(_at(3, 19, 10, 0), "media", CY, detail="video"),
    Event(_at(3, 19, 10, 1), "media", CY, detail="audio"),
    Event(_at(3, 19, 10, 2), "media", CY, detail="sticker"),
    Event(_at(3, 19, 10, 3), "media", CY, detail="gif"),
    Event(_at(3, 19, 11, 0), "call", CY, detail="missed voice call", platforms="ios"),
    Event(_at(3, 19, 11, 5), "call", BO, detail="video call", platforms="ios"),
    Event(_at(3, 19, 12, 0), "poll", ME, platforms="ios"),
    Event(_at(3, 20, 18, 45), "system", BO, detail="subject"),
    Event(_at(3, 20, 18, 46), "system", BO, detail="icon"),
    Event(_at(3, 20, 19, 0), "system", detail="security_code", name=CY),
    Event(_at(3, 20, 19, 1), "system", CY, detail="number"),
    Event(_at(4, 2, 20, 0), "system", CY, detail="left"),
    Event(_at(4, 2, 20, 1), "system", ME, detail="removed", name=BO),
    Event(_at(4, 2, 23, 59), "text", ME, text="Bye: see you 🏕"),
    Event(_at(4, 2, 23, 59, 30), "view_once", BO, platforms="android"),
)


def languages() -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = words().table["languages"]
    return table


def header(lang: dict[str, Any], platform: str, when: datetime) -> str:
    hour12 = when.hour % 12 or 12
    ampm = (lang["pm"] if when.hour >= 12 else lang["am"])[0]
    fields = {
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "m": str(when.month),
        "mm": f"{when.month:02d}",
        "yy": f"{when.year % 100:02d}",
        "yyyy": str(when.year),
        "be": str(when.year + 543),
        "H": str(when.hour),
        "HH": f"{when.hour:02d}",
        "h": str(hour12),
        "MM": f"{when.minute:02d}",
        "SS": f"{when.second:02d}",
    }
    text = str(lang[platform]).format(ampm="{ampm}", **fields)
    if "digits" in lang:
        text = text.translate(_DIGITS[lang["digits"]])
    return text.replace("{ampm}", ampm)


def _system(lang: dict[str, Any], event: Event) -> str:
    template: str = lang["system"][event.detail][0]
    return template.format(
        actor=event.actor or "",
        name=event.name,
        subject=GROUP,
        old="Trip",
        phone="+41 79 555 01 23",
    )


def _omitted(lang: dict[str, Any], code: str, kind: str) -> str:
    media, omitted = lang["media"][kind][0], lang["omitted"][0]
    parts = (omitted, media) if lang.get("omitted_first") else (media, omitted)
    return ("" if code in NO_SPACE else " ").join(parts)


def _android_body(lang: dict[str, Any], event: Event) -> str:
    attached = lang["file_attached"][0]
    match event.kind:
        case "text":
            return event.text
        case "media":
            return str(lang["media_omitted"][0])
        case "photo":
            return f"IMG-20240318-WA0001.jpg ({attached})\n{event.text}"
        case "contact":
            return f"{BO}.vcf ({attached})"
        case "document":
            return f"report.pdf ({attached})"
        case "deleted":
            return str(lang["deleted"][0])
        case "deleted_self":
            return str(lang["deleted"][1])
        case "edited":
            return f"{event.text} <{lang['edited'][0]}>"
        case "location":
            return f"{lang['location'][0]}: https://maps.google.com/?q={LAT:.6f},{LON:.6f}"
        case "live":
            return str(lang["live_location"][0])
        case "view_once":
            return "null"
    raise ValueError(event.kind)


def _ios_body(lang: dict[str, Any], code: str, event: Event) -> str:
    match event.kind:
        case "text":
            return event.text
        case "media":
            return LRM + _omitted(lang, code, event.detail)
        case "photo":
            return (
                f"{event.text} {LRM}<{lang['attached'][0]}: 00000008-PHOTO-2024-03-18-15-00-00.jpg>"
            )
        case "contact":
            return LRM + _omitted(lang, code, "contact card")
        case "document":
            return f"report.pdf {LRM}<{lang['attached'][0]}: 00000015-report.pdf>"
        case "deleted":
            return f"{LRM}{lang['deleted'][0]}."
        case "deleted_self":
            return f"{LRM}{lang['deleted'][1]}."
        case "edited":
            return f"{event.text} {LRM}<{lang['edited'][0]}>"
        case "location":
            return f"{LRM}{lang['location'][0]}: https://maps.google.com/?q={LAT:.6f},{LON:.6f}"
        case "live":
            return LRM + str(lang["live_location"][0])
        case "call":
            duration = ", \u200e12 min" if "missed" not in event.detail else ""
            return f"{LRM}{lang['calls'][event.detail][0]}{duration}"
        case "poll":
            option = lang["option"][0]
            return (
                f"{LRM}{lang['poll'][0]}:\nWhere to?\n"
                f"{LRM}{option}: Beach (2)\n{LRM}{option}: Hills (1)"
            )
    raise ValueError(event.kind)


def render(code: str, platform: str) -> str:
    """The chat as the phone in language ``code`` exports it on ``platform``."""
    lang = languages()[code]
    lines = []
    for event in EVENTS:
        if platform not in event.platforms:
            continue
        head = header(lang, platform, event.when)
        if platform == "ios":
            # iOS starts the line with a mark when a file is attached.
            lead = LRM if event.kind in {"photo", "document"} else ""
            if event.kind == "system":
                lines.append(f"{lead}{head}{GROUP}: {LRM}{_system(lang, event)}")
            else:
                lines.append(f"{lead}{head}{event.actor}: {_ios_body(lang, code, event)}")
        elif event.kind == "system":
            lines.append(head + _system(lang, event))
        else:
            lines.append(f"{head}{event.actor}: {_android_body(lang, event)}")
    newline = "\r\n" if platform == "ios" else "\n"
    return newline.join(lines) + newline


def file_name(code: str, platform: str) -> str:
    if platform == "ios":
        return "_chat.txt"
    template: str = languages()[code]["chat_file"][0]
    return template.format(name=GROUP) + ".txt"


def write_all(out: Path) -> list[Path]:
    written = []
    for code in languages():
        for platform in ("android", "ios"):
            folder = out / code / platform
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / file_name(code, platform)
            path.write_text(render(code, platform), encoding="utf-8", newline="")
            written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1])):
        print(path)
