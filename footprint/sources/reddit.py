"""Reddit data request: the CSV files of posts, comments, messages, chats and IP logs.

Names such as ``posts.csv`` and ``messages.csv`` are generic, so each file is told
by its header, never by its name alone. Dates look like ``2023-01-15 12:34:56 UTC``;
some files start with a byte-order mark.

IP addresses: Post and Message records have no ``ip`` field, so every row with a
value in its ``ip`` column also yields an ``Activity`` (``post``, ``comment``,
``message``) at the same locator that carries the address, the time, the
permalink and the subreddit. ``ip_logs.csv`` rows become ``login`` activities.
A subreddit is a place, not a person, so it is never a record's counterparty; the
permalink names it.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from footprint.loading import InputFile
from footprint.model import Activity, Message, ParseItem, Post, ProblemCode
from footprint.sources._csv_rows import (
    as_record,
    clean_header,
    head_rows,
    numbered_rows,
    parse_time,
)
from footprint.sources.base import ParseContext, problem

FORMAT = "reddit"
LABEL = "Reddit data request (CSV)"
CATEGORY = "social"
MULTI_FILE = True
PATHS = (
    "posts.csv",
    "comments.csv",
    "messages.csv",
    "messages_archive.csv",
    "chat_history.csv",
    "ip_logs.csv",
)

_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")

Row = dict[str, str]
RowHandler = Callable[[InputFile, Row, str, ParseContext], Iterator[ParseItem]]


@dataclass(frozen=True)
class _Layout:
    """One kind of Reddit CSV: the columns that identify it and how to read a row."""

    kind: str
    required: frozenset[str]
    date_column: str
    handler: RowHandler
    only_name: str | None = None  # a header too generic to trust without this file name


def _when(
    file: InputFile, row: Row, column: str, locator: str, ctx: ParseContext
) -> tuple[datetime | None, bool, ParseItem | None]:
    raw = row.get(column, "")
    if not raw:
        return None, False, None
    parsed = parse_time(raw, ctx, _DATE_FORMATS)
    if parsed is None:
        return None, False, problem(file, locator, "unreadable_date", source=FORMAT, value=raw)
    return parsed[0], parsed[1], None


def _ip_activity(
    file: InputFile,
    row: Row,
    locator: str,
    activity_type: str,
    timestamp: datetime | None,
    assumed: bool,
) -> Iterator[ParseItem]:
    if row.get("ip"):
        yield Activity(
            source=FORMAT,
            path=file.display,
            locator=locator,
            timestamp=timestamp,
            tz_assumed=assumed,
            activity_type=activity_type,
            title=_subreddit(row),
            url=row.get("permalink") or None,
            ip=row["ip"],
        )


def _post(file: InputFile, row: Row, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    timestamp, assumed, bad = _when(file, row, "date", locator, ctx)
    if bad:
        yield bad
    text = "\n\n".join(part for part in (row.get("title", ""), row.get("body", "")) if part)
    yield Post(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        text=text or None,
        post_type="post",
        url=row.get("permalink") or row.get("url") or None,
    )
    yield from _ip_activity(file, row, locator, "post", timestamp, assumed)


def _comment(file: InputFile, row: Row, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    timestamp, assumed, bad = _when(file, row, "date", locator, ctx)
    if bad:
        yield bad
    yield Post(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        text=row.get("body") or None,
        post_type="comment",
        url=row.get("permalink") or None,
        in_reply_to=row.get("parent") or row.get("link") or None,
    )
    yield from _ip_activity(file, row, locator, "comment", timestamp, assumed)


def _message(file: InputFile, row: Row, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    timestamp, assumed, bad = _when(file, row, "date", locator, ctx)
    if bad:
        yield bad
    yield Message(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        actor=row.get("from") or None,
        counterparty=row.get("to") or None,
        conversation=row.get("subject") or row.get("thread_id") or None,
        text=row.get("body") or None,
    )
    yield from _ip_activity(file, row, locator, "message", timestamp, assumed)


def _chat(file: InputFile, row: Row, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    timestamp, assumed, bad = _when(file, row, "created_at", locator, ctx)
    if bad:
        yield bad
    created, updated = row.get("created_at", ""), row.get("updated_at", "")
    yield Message(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        actor=row.get("username") or None,
        conversation=row.get("channel_name") or row.get("channel_url") or None,
        text=row.get("message") or None,
        edited=bool(updated and created and updated != created),
    )


def _login(file: InputFile, row: Row, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    timestamp, assumed, bad = _when(file, row, "date", locator, ctx)
    if bad:
        yield bad
    yield Activity(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        activity_type="login",
        ip=row.get("ip") or None,
    )


def _subreddit(row: Row) -> str | None:
    name = row.get("subreddit", "")
    return f"r/{name}" if name and not name.startswith("r/") else name or None


LAYOUTS = (
    _Layout(
        "messages",
        frozenset({"id", "permalink", "thread_id", "date", "from", "to", "subject", "body"}),
        "date",
        _message,
    ),
    _Layout(
        "comments",
        frozenset({"id", "permalink", "date", "subreddit", "link", "parent", "body"}),
        "date",
        _comment,
    ),
    _Layout(
        "posts",
        frozenset({"id", "permalink", "date", "subreddit", "title", "body"}),
        "date",
        _post,
    ),
    _Layout(
        "chat_history",
        frozenset({"message_id", "created_at", "username", "message", "channel_url"}),
        "created_at",
        _chat,
    ),
    _Layout("ip_logs", frozenset({"date", "ip"}), "date", _login, only_name="ip_logs.csv"),
)


def _layout(header: list[str], name: str) -> _Layout | None:
    columns = {cell.lower() for cell in header}
    for layout in LAYOUTS:
        if layout.required <= columns and layout.only_name in (None, name.lower()):
            return layout
    return None


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".csv"):
        return 0.0
    rows = head_rows(file, limit=1)
    if not rows:
        return 0.0
    layout = _layout(clean_header(rows[0]), file.name)
    if layout is None:
        return 0.0
    return 0.95 if layout.only_name is None else 0.9


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    with file.open_text() as stream:
        reader = csv.reader(stream)
        try:
            header = clean_header(next(reader))
        except StopIteration:
            yield problem(file, "", "empty_file", ProblemCode.EMPTY, FORMAT)
            return
        except csv.Error as exc:
            yield problem(file, "row 1", "unreadable_header", source=FORMAT, error=exc)
            return
        layout = _layout(header, file.name)
        if layout is None:
            yield problem(file, "row 1", "not_reddit_csv_header", source=FORMAT)
            return
        names = [cell.lower() for cell in header]
        seen = 0
        for item in numbered_rows(reader, file, FORMAT, start=1):
            if not isinstance(item, tuple):
                yield item
                continue
            row_no, cells = item
            locator = f"row {row_no}"
            if len(cells) != len(names):
                yield problem(
                    file,
                    locator,
                    "row_columns_header_truncated",
                    source=FORMAT,
                    count=len(cells),
                    count2=len(names),
                )
                continue
            seen += 1
            yield from layout.handler(file, as_record(names, cells), locator, ctx)
        if seen == 0:
            yield problem(file, "", "no_rows_csv", ProblemCode.EMPTY, FORMAT, value=layout.kind)
