"""WhatsApp's own words in every UI language, compiled once from ``whatsapp_locales.yaml``.

The table is the single place that knows a language; this module turns it into
matchers: one header pattern (dates, clocks, AM/PM words, eras), one dictionary of
whole-body placeholders (deleted, media, calls, live location), and small patterns
for the markers that sit inside a body (edited, attached, file attached, location,
poll). Matching is on a normalised key: direction marks dropped, spaces unified,
brackets and a final full stop removed, case folded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

# Direction and formatting marks phones put in exports: LRM, RLM, embeddings and
# overrides, isolates, the byte-order mark.
MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
SPACES = " \u00a0\u202f\u2009\u2007"
_KEY_TABLE = str.maketrans({**dict.fromkeys(MARKS, None), **dict.fromkeys(SPACES[1:], " ")})
# Possessive: a run of marks is never given back, so hostile runs cannot make
# the header pattern backtrack (three optional runs in a row would be cubic).
_M = f"[{MARKS}]*+"
_S = f"[{SPACES}]"

# Media kinds are the table's own keys, so records read the same in every language.
DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class Placeholder:
    """What a whole-body placeholder stands for."""

    media: str | None
    deleted: bool = False


@dataclass(frozen=True)
class Words:
    """Matchers compiled from the table. See the module docstring."""

    languages: tuple[str, ...]
    names: dict[str, str]
    header: re.Pattern[str]
    pm: frozenset[str]
    am: frozenset[str]
    eras: dict[str, int]
    placeholders: dict[str, Placeholder]
    # "This message was deleted" with more after it ("… by admin ~ Ann"): still the
    # sender's deleted message, not a system line.
    deleted_prefixes: tuple[str, ...]
    calls: dict[str, str]
    key_max: int
    edited: frozenset[str]
    file_attached: frozenset[str]
    android_file: re.Pattern[str]
    attached: re.Pattern[str]
    location: re.Pattern[str]
    polls: frozenset[str]
    options: re.Pattern[str]
    system: re.Pattern[str]
    chat_file: tuple[re.Pattern[str], ...]
    chat_globs: tuple[str, ...]
    table: dict[str, Any]


_ODD = re.compile(f"[{MARKS}{SPACES[1:]}]|\\s\\s|[\\t\\n]")


def key(text: str) -> str:
    """The normalised form placeholders are looked up by."""
    if _ODD.search(text):  # rare: skip the costlier steps for plain text
        text = " ".join(text.translate(_KEY_TABLE).split())
    text = text.strip()
    if text[:1] == "<" and text[-1:] == ">":
        text = text[1:-1].strip()
    return text.rstrip(".。 ").casefold()


def _alternation(words: set[str], flexible_space: bool = False) -> str:
    ordered = sorted(words, key=lambda w: (-len(w), w))
    parts = [re.escape(w) for w in ordered]
    if flexible_space:
        parts = [p.replace(r"\ ", f"{_S}?") for p in parts]
    return "|".join(parts)


def _literal_parts(template: str) -> list[str]:
    """The fixed text of a system-line template, in pieces between its fields."""
    return [p.strip(" .,:;\"'«»„“”「」") for p in re.split(r"\{\w+\}", template)]


def load_table() -> dict[str, Any]:
    text = files("footprint.sources").joinpath("whatsapp_locales.yaml").read_text("utf-8")
    # The C loader when PyYAML has it (several times faster); both are safe loaders.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    table: dict[str, Any] = yaml.load(text, Loader=loader)  # noqa: S506
    return table


def _header(
    ampm: set[str], eras: dict[str, int], buddhist: list[str], joiners: list[str]
) -> re.Pattern[str]:
    era = _alternation(set(eras))
    # A word some locales put between date and time (French Android: "12/03/2019 à 14:05").
    joiner = rf"(?:(?=\D)(?i:{_alternation(set(joiners))}){_S})?" if joiners else ""
    marker = _alternation(ampm, flexible_space=True)
    be = _alternation(set(buddhist))
    # (?=\D) and similar guards skip an alternation where the next character
    # cannot start it: most headers have no era, no AM/PM word and no year mark.
    date = (
        rf"(?P<date>(?:(?=\D)(?P<era>(?i:{era})){_M}{_S}?)?"
        rf"(?P<d1>\d{{1,4}}){_M}(?:[./\-]|年){_M}{_S}?{_M}"
        rf"(?P<d2>\d{{1,2}}){_M}(?:[./\-]|月){_M}{_S}?{_M}"
        rf"(?P<d3>\d{{1,4}})(?:\.|日)?(?:{_S}?(?=[^\d,،，\]\-–])(?P<be>(?i:{be})))?)"
    )
    time = (
        rf"(?:(?=\D)(?P<pre>(?i:{marker})){_M}{_S}?{_M})?"
        rf"(?P<hour>\d{{1,2}})[:.](?P<minute>\d{{2}})(?:[:.](?P<second>\d{{2}}))?"
        rf"(?:{_M}{_S}?{_M}(?=[^\-–\]{MARKS}])(?P<post>(?i:{marker})))?"
    )
    return re.compile(
        rf"{_M}(?P<ios>\[)?{_M}{date}{_M}[,،，]?{_M}{_S}?{_M}{joiner}{time}{_M}"
        rf"(?(ios)\]{_M}{_S}?|{_S}?[-–]{_S})"
    )


@cache
def words() -> Words:
    table = load_table()
    common = table["common"]
    languages: dict[str, dict[str, Any]] = table["languages"]
    am: set[str] = set()
    pm: set[str] = set()
    placeholders: dict[str, Placeholder] = {}
    deleted_prefixes: set[str] = set()
    calls: dict[str, str] = {}
    edited: set[str] = set()
    file_attached: set[str] = set()
    attached: set[str] = set()
    location: set[str] = set()
    polls: set[str] = set()
    options: set[str] = set()
    system: set[str] = set()
    chat_file: list[re.Pattern[str]] = []
    chat_globs: list[str] = ["_chat.txt"]
    for lang in languages.values():
        am.update(lang.get("am", ()))
        pm.update(lang.get("pm", ()))
        for text in lang.get("deleted", ()):
            placeholders[key(text)] = Placeholder(None, deleted=True)
            deleted_prefixes.add(key(text) + " ")
        for text in lang.get("media_omitted", ()):
            placeholders[key(text)] = Placeholder("media")
        for kind, names in lang.get("media", {}).items():
            for name in names:
                for omitted in lang.get("omitted", ()):
                    # Either order, with or without a space: the order differs by
                    # language and app version, and CJK writes no space.
                    for combo in (f"{name} {omitted}", f"{omitted} {name}", name + omitted):
                        placeholders.setdefault(key(combo), Placeholder(kind))
                    placeholders.setdefault(key(omitted + name), Placeholder(kind))
        for text in lang.get("live_location", ()):
            placeholders[key(text)] = Placeholder("live location")
        for kind, names in lang.get("calls", {}).items():
            for name in names:
                calls[key(name)] = kind
        edited.update(key(t) for t in lang.get("edited", ()))
        file_attached.update(key(t) for t in lang.get("file_attached", ()))
        attached.update(lang.get("attached", ()))
        location.update(lang.get("location", ()))
        polls.update(key(t) for t in lang.get("poll", ()))
        options.update(lang.get("option", ()))
        for templates in lang.get("system", {}).values():
            for template in templates:
                # The longest fixed piece of each template; single short words
                # ("left", "added") would match ordinary names.
                longest = max(_literal_parts(template), key=len)
                if len(longest) >= 8 or (
                    len(longest) >= 5 and (" " in longest or not longest.isascii())
                ):
                    system.add(longest)
        for template in lang.get("chat_file", ()):
            head, _, tail = template.partition("{name}")
            chat_file.append(
                re.compile(
                    rf"^{re.escape(head)}(?P<name>.+?){re.escape(tail)}$".replace(r"\ ", r"[ _]"),
                    re.IGNORECASE,
                )
            )
            chat_globs.append(f"{head}*{tail}.txt")
    for text in common.get("view_once", ()):
        placeholders[key(text)] = Placeholder("view once")
    urls = _alternation(set(common["map_urls"]))
    coordinate = r"-?\d{1,3}(?:\.\d+)?"
    return Words(
        languages=tuple(languages),
        names={code: lang["name"] for code, lang in languages.items()},
        header=_header(
            am | pm, common["eras"], common["buddhist_marks"], common.get("date_time_joiners", [])
        ),
        am=frozenset(key(a).replace(" ", "") for a in am),
        pm=frozenset(key(p).replace(" ", "") for p in pm),
        eras={key(k): v for k, v in common["eras"].items()},
        placeholders=placeholders,
        deleted_prefixes=tuple(sorted(deleted_prefixes)),
        calls=calls,
        key_max=max(len(k) for k in placeholders) + 8,
        edited=frozenset(edited),
        file_attached=frozenset(file_attached),
        android_file=re.compile(common["android_file"]),
        attached=re.compile(
            rf"<{_M}(?:(?:{_alternation(attached)}){_S}?[:：]{_S}?(?P<name>[^<>\n]+)"
            rf"|[^<>:：\n]{{1,40}}[:：]{_S}?(?P<file>{common['ios_file']}))>",
            re.IGNORECASE,
        ),
        location=re.compile(
            rf"(?P<label>{_alternation(location)}){_S}?[:：]{_S}*(?:{urls})"
            rf"(?P<lat>{coordinate}),{_S}?(?P<lon>{coordinate})\S*",
            re.IGNORECASE,
        ),
        polls=frozenset(polls),
        options=re.compile(
            rf"^{_M}(?:{_alternation(options)}){_S}?[:：]{_S}?(?P<option>.*?)"
            rf"(?:{_S}?\(\d+[^()]*\))?$",
            re.IGNORECASE,
        ),
        system=re.compile(_alternation(system), re.IGNORECASE),
        chat_file=tuple(chat_file),
        chat_globs=tuple(dict.fromkeys(chat_globs)),
        table=table,
    )
