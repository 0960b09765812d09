"""Chrome browsing history from Google Takeout.

``Chrome/BrowserHistory.json`` (renamed ``History.json`` about 2023):
``{"Browser History": [{title, url, time_usec, page_transition, client_id}]}``.
Each visit becomes an Activity of type ``browse``; ``time_usec`` is microseconds
since 1970 in UTC. The list is streamed, since years of history run large.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from footprint.loading import InputFile
from footprint.model import Activity, ParseItem, ProblemCode
from footprint.sources import _google
from footprint.sources._google import JsonItem
from footprint.sources.base import ParseContext, problem

FORMAT = "chrome_history"
LABEL = "Chrome browsing history (Google Takeout)"
CATEGORY = "activity"
MULTI_FILE = False
PATHS = ("Chrome/BrowserHistory.json", "Chrome/History.json")

_NOT_READ = "Chrome data footprint does not read; only the browsing history is read"
IGNORED = {
    f"Chrome/{name}": _NOT_READ
    for name in (
        "Addresses and more.json",
        "Autofill.json",
        "Bookmarks.html",
        "Device Information.json",
        "Dictionary.csv",
        "Extensions.json",
        "OS Settings.json",
        "Omnibox.json",
        "ReadingList.html",
        "SearchEngines.json",
        "Settings.json",
        "Sync Settings.json",
        "Themes.json",
    )
}

_ITEMS = "Browser History.item"
_KEY = b'"Browser History"'


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".json"):
        return 0.0
    head = _google.json_head(file, 4096)
    return 1.0 if head.startswith(b"{") and _KEY in head else 0.0


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    found = False
    for item in _google.stream_items(file, (_ITEMS,), FORMAT):
        found = True
        if not isinstance(item, JsonItem):
            yield item
            continue
        if not isinstance(item.value, dict):
            yield problem(file, item.locator, "entry_not_object", source=FORMAT)
            continue
        yield from _visit(file, item.value, item.locator)
    if not found:
        yield problem(file, "$", "no_browser_history_entries", ProblemCode.EMPTY, FORMAT)


def _visit(file: InputFile, entry: dict[str, Any], locator: str) -> Iterator[ParseItem]:
    url = entry.get("url")
    if not isinstance(url, str) or not url:
        yield problem(file, locator, "entry_no_url", source=FORMAT)
        return
    when = _google.epoch_time(entry.get("time_usec"), 1_000_000)
    if when is None:
        yield problem(file, locator, "entry_no_valid_time_usec", source=FORMAT)
        return
    title = entry.get("title")
    title = title.strip() if isinstance(title, str) and title.strip() else None
    yield Activity(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=when,
        text=title,
        activity_type="browse",
        title=title,
        url=url,
    )
