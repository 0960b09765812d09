"""Google Takeout "My Activity" in JSON or HTML, one file per product.

``My Activity/<Product>/MyActivity.json`` (older ``My Activity.json``; German
``Meine Aktivitäten/<Produkt>/MeineAktivitäten.json``) and the YouTube history
files share one shape: ``[{header, title, titleUrl, time, products, subtitles,
details, locationInfos}]``. Each entry becomes an Activity:

- ``activity_type`` from the title's verb (``Searched for``, ``Visited``,
  ``Watched`` ... and German ``Gesucht nach``, ``Besucht``, ``… angesehen``),
  else from the shape of ``titleUrl``, else ``other``;
- ``text`` is what the activity was about (the query, the page, the video and
  its channel), ``counterparty`` the Google product (``header``);
- ``url`` is the page itself, unwrapped from Google's ``/url?q=`` redirect.

``locationInfos`` (where Google placed the user at that moment, and how it knew)
become LocationPoints. Takeout writes My Activity as HTML unless the user picks
JSON: ``MyActivity.html`` and the YouTube ``watch-history.html`` /
``search-history.html`` are read into the same entries (see ``_activity_html``);
their dates, written for people (``Jan 5, 2024, 10:22:33 AM GMT``,
``05.01.2024, 10:22:33 MEZ``), are read with fixed offsets per zone abbreviation,
and a date not understood is reported and its entry skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from footprint.loading import InputFile
from footprint.model import Activity, LocationPoint, ParseItem, ProblemCode
from footprint.sources import _activity_html, _google
from footprint.sources._google import JsonItem
from footprint.sources.base import ParseContext, problem

FORMAT = "google_activity"
LABEL = "Google My Activity (JSON or HTML)"
CATEGORY = "activity"
MULTI_FILE = True

_FILE_NAMES = ("MyActivity.json", "My Activity.json", "MeineAktivitäten.json")
_HTML_NAMES = (
    "MyActivity.html",
    "My Activity.html",
    "MeineAktivitäten.html",
    "Meine Aktivitäten.html",
)
PATHS = (
    *(f"My Activity/*/{name}" for name in (*_FILE_NAMES, *_HTML_NAMES)),
    *(f"Meine Aktivitäten/*/{name}" for name in (*_FILE_NAMES, *_HTML_NAMES)),
    "YouTube and YouTube Music/history/*.json",
    "YouTube und YouTube Music/Verlauf/*.json",
    "YouTube and YouTube Music/history/*.html",
    "YouTube und YouTube Music/Verlauf/*.html",
)

IGNORED = {
    "archive_browser.html": "Google Takeout index page",
    "Archiv_Übersicht.html": "Google Takeout index page",
    "Takeout/index.html": "Google Takeout index page",
}

_SUBJECT = r":?\s+(?P<subject>.+)$"
# (activity_type, pattern): English and German verbs, as prefix or German suffix.
_VERBS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.DOTALL))
    for kind, pattern in (
        ("search", rf"^(?:Searched for|Gesucht nach){_SUBJECT}"),
        ("search", r"^Nach\s+(?P<subject>.+?)\s+gesucht$"),
        ("visit", rf"^(?:Visited|Besucht){_SUBJECT}"),
        ("watch", rf"^(?:Watched|Angesehen|Angeschaut){_SUBJECT}"),
        ("view", rf"^(?:Viewed|Aufgerufen){_SUBJECT}"),
        ("listen", rf"^(?:Listened to|Angehört){_SUBJECT}"),
        ("use", rf"^(?:Used|Verwendet|Genutzt){_SUBJECT}"),
        ("like", rf"^(?:Liked|Mag ich|Gefällt mir){_SUBJECT}"),
        ("subscribe", rf"^(?:Subscribed to|Abonniert){_SUBJECT}"),
        ("watch", r"^(?P<subject>.+?)\s+(?:angesehen|angeschaut)$"),
        ("visit", r"^(?P<subject>.+?)\s+besucht$"),
        ("search", r"^(?P<subject>.+?)\s+gesucht$"),
        ("view", r"^(?P<subject>.+?)\s+aufgerufen$"),
        ("listen", r"^(?P<subject>.+?)\s+angehört$"),
        ("use", r"^(?P<subject>.+?)\s+(?:verwendet|genutzt)$"),
    )
)
# Where the title's verb is unknown (other languages), the link still tells.
_URL_KINDS = (
    ("search", re.compile(r"://(?:www\.)?google\.[a-z.]+/search\?|youtube\.com/results\?")),
    ("watch", re.compile(r"youtube\.com/watch\?|youtu\.be/")),
)
_REDIRECT = re.compile(r"^https?://(?:www\.)?google\.[a-z.]+/url\?")
_CENTER = re.compile(r"[?&]center=(?P<lat>[-+]?\d+(?:\.\d+)?),(?P<lon>[-+]?\d+(?:\.\d+)?)")
_AT = re.compile(r"/@(?P<lat>[-+]?\d+(?:\.\d+)?),(?P<lon>[-+]?\d+(?:\.\d+)?)")


def _looks_like_activity(head: bytes) -> bool:
    return head.startswith(b"[") and all(
        key in head for key in (b'"header"', b'"title"', b'"time"')
    )


def detect(file: InputFile) -> float:
    if file.name.lower().endswith(".html"):
        # Takeout's HTML starts with a long style sheet; the path already told.
        head = file.head(1 << 16).lower()
        if b"outer-cell" in head:
            return 1.0
        return 0.6 if b"<html" in head or b"<!doctype html" in head else 0.0
    if not file.name.lower().endswith(".json"):
        return 0.0
    head = _google.json_head(file, 4096)
    if _looks_like_activity(head):
        return 1.0 if b'"products"' in head else 0.9
    if head.rstrip() == b"[]" and file.name in _FILE_NAMES:
        return 0.6  # an empty product file still belongs here
    return 0.0


def target_url(url: str | None) -> str | None:
    """The page itself, not Google's ``/url?q=`` redirect to it."""
    if url and _REDIRECT.match(url):
        target = parse_qs(urlsplit(url).query).get("q")
        if target and target[0].startswith(("http://", "https://")):
            return target[0]
    return url


def classify(title: str, url: str | None) -> tuple[str, str]:
    """The activity type of a title, and what it was about (the title without its verb)."""
    title = title.strip()
    for kind, pattern in _VERBS:
        match = pattern.match(title)
        if match:
            return kind, match["subject"].strip()
    for kind, url_pattern in _URL_KINDS:
        if url and url_pattern.search(url):
            return kind, title
    return "other", title


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    if file.name.lower().endswith(".html"):
        yield from _parse_html(file, ctx)
        return
    found = False
    for item in _google.stream_items(file, ("item",), FORMAT):
        found = True
        if not isinstance(item, JsonItem):
            yield item
            continue
        if not isinstance(item.value, dict):
            yield problem(file, item.locator, "entry_not_object", source=FORMAT)
            continue
        yield from _entry(file, item.value, item.locator, ctx)
    if not found:
        yield problem(file, "$", "no_activity_file", ProblemCode.EMPTY, FORMAT)


def _parse_html(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    found = False
    try:
        with file.open() as stream:
            for index, entry in enumerate(_activity_html.entries(stream)):
                found = True
                locator = f"div.outer-cell[{index}]"
                if entry.date_text is not None:
                    if entry.when is None:
                        yield problem(
                            file,
                            locator,
                            "activity_date_not_understood",
                            source=FORMAT,
                            value=entry.date_text,
                        )
                        continue
                    entry.value["time"] = entry.when.isoformat()
                yield from _entry(file, entry.value, locator, ctx)
    except OSError as error:
        yield problem(file, "", "could_not_read_file", ProblemCode.UNREADABLE, FORMAT, error=error)
        return
    if not found:
        yield problem(file, "$", "no_activity_file", ProblemCode.EMPTY, FORMAT)


def _names(values: Any) -> list[str]:
    if not isinstance(values, list):
        return []
    return [
        value["name"].strip()
        for value in values
        if isinstance(value, dict) and isinstance(value.get("name"), str) and value["name"].strip()
    ]


def _product(entry: dict[str, Any]) -> str | None:
    header = entry.get("header")
    if isinstance(header, str) and header:
        return header
    products = entry.get("products")
    if isinstance(products, list) and products and isinstance(products[0], str):
        return products[0]
    return None


def _entry(
    file: InputFile, entry: dict[str, Any], locator: str, ctx: ParseContext
) -> Iterator[ParseItem]:
    title = entry.get("title")
    if not isinstance(title, str) or not title.strip():
        yield problem(file, locator, "entry_no_title", source=FORMAT)
        return
    when = _google.iso_time(entry.get("time"), ctx)
    if when is None:
        yield problem(file, locator, "entry_no_valid_time", source=FORMAT)
        return
    url = entry.get("titleUrl")
    url = target_url(url) if isinstance(url, str) and url else None
    kind, subject = classify(title, url)
    about = "\n".join([subject, *_names(entry.get("subtitles"))])
    yield Activity(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when[0],
        tz_assumed=when[1],
        counterparty=_product(entry),
        text=about,
        activity_type=kind,
        title=title.strip(),
        url=url,
    )
    infos = entry.get("locationInfos")
    if isinstance(infos, list):
        for index, info in enumerate(infos):
            if isinstance(info, dict):
                yield from _location(file, info, f"{locator}.locationInfos[{index}]", when)


def _location(
    file: InputFile, info: dict[str, Any], locator: str, when: tuple[datetime, bool]
) -> Iterator[ParseItem]:
    url = info.get("url")
    if not isinstance(url, str):
        return  # a place name without coordinates: nothing to locate
    url = unquote(url)
    match = _CENTER.search(url) or _AT.search(url)
    position = _google.lat_lng(f"{match['lat']},{match['lon']}") if match else None
    if position is None:
        return
    how = info.get("source")
    yield LocationPoint(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when[0],
        tz_assumed=when[1],
        lat=position[0],
        lon=position[1],
        text=how if isinstance(how, str) and how else None,
    )
