"""LinkedIn data export: ``Connections.csv`` and ``messages.csv`` (two layouts).

``Connections.csv`` opens with a few "Notes:" records before its header, so the
header is searched for by its column names. ``messages.csv`` comes in the layout
with upper-case columns (``CONVERSATION ID,…,DATE,…,CONTENT,FOLDER``, dates
``2023-05-01 14:22:10 UTC``) and the 2018 layout ``From,To,Date,Subject,Content,
Direction,Folder`` (dates ``01/15/18, 10:20 AM``, no zone). Connection dates
(``15 Jan 2024``) carry no zone either. Reddit also writes a ``messages.csv``;
its header differs (``thread_id``, ``body``), so the header decides.

``Profile.csv`` (``First Name,Last Name,Maiden Name,Address,Birth Date,Headline,
Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant
Messengers``), ``Email Addresses.csv`` and ``PhoneNumbers.csv`` give the account
holder's own facts. ``Invitations.csv`` (``From,To,Sent At,Message,Direction,
inviterProfileUrl,inviteeProfileUrl``, ``Sent At`` like ``1/29/26, 2:37 PM``
without a zone) gives one Contact per invitation, the other person named, and a
Message where the invitation carried one. ``Shares.csv`` (``Date,ShareLink,
ShareCommentary,SharedUrl,MediaUrl,Visibility``) and ``Comments.csv`` (``Date,Link,
Message``) are the user's posts and comments. Message, post and comment texts are
HTML fragments (``<p>``, ``I&rsquo;d``); they are read as plain text. Résumé sections
and the other files of the export are listed as ignored.
"""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from footprint.loading import InputFile
from footprint.model import Contact, Message, ParseItem, Post, ProblemCode, ProfileFact
from footprint.sources._csv_rows import (
    as_record,
    clean_header,
    head_rows,
    numbered_rows,
    parse_time,
)
from footprint.sources.base import ParseContext, problem

FORMAT = "linkedin"
LABEL = "LinkedIn data export (CSV)"
CATEGORY = "social"
MULTI_FILE = True
PATHS = (
    "Connections.csv",
    "messages.csv",
    "Inbox.csv",
    "Profile.csv",
    "Invitations.csv",
    "Email Addresses.csv",
    "PhoneNumbers.csv",
    "Shares.csv",
    "Comments.csv",
)
_RESUME = "LinkedIn résumé section: not read"
_NOT_READ = "part of a LinkedIn export with nothing footprint reads"
IGNORED = {
    **{
        name: _RESUME
        for name in (
            "Positions.csv",
            "Education.csv",
            "Skills.csv",
            "Certifications.csv",
            "Languages.csv",
            "Courses.csv",
            "Honors.csv",
            "Volunteering.csv",
        )
    },
    **{
        name: _NOT_READ
        for name in (
            "Endorsement_Received_Info.csv",
            "Endorsement_Given_Info.csv",
            "Recommendations_Received.csv",
            "Recommendations_Given.csv",
            "Rich_Media.csv",
            "SavedJobAlerts.csv",
            "Company Follows.csv",
            "Member_Follows.csv",
            "Learning.csv",
            "Registration.csv",
        )
    },
}

_DATE_FORMATS = (
    "%d %b %Y",
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
    "%Y-%m-%d %H:%M",
    "%m/%d/%y",
    "%m/%d/%Y",
    "%Y-%m-%d %H:%M:%S",
)
# Records searched for the header, past the "Notes:" preamble.
_HEADER_SEARCH_ROWS = 12

Row = dict[str, str]
RowHandler = Callable[[InputFile, Row, str, ParseContext], Iterator[ParseItem]]


@dataclass(frozen=True)
class _Layout:
    kind: str
    required: frozenset[str]  # lower-case column names
    handler: RowHandler


def _when(
    file: InputFile, raw: str, locator: str, ctx: ParseContext
) -> tuple[datetime | None, bool, ParseItem | None]:
    if not raw:
        return None, False, None
    parsed = parse_time(raw, ctx, _DATE_FORMATS)
    if parsed is None:
        return None, False, problem(file, locator, "unreadable_date", source=FORMAT, value=raw)
    return parsed[0], parsed[1], None


def _connection(file: InputFile, row: Row, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    timestamp, assumed, bad = _when(file, row.get("connected on", ""), locator, ctx)
    if bad:
        yield bad
    name = " ".join(part for part in (row.get("first name"), row.get("last name")) if part)
    position, company = row.get("position", ""), row.get("company", "")
    role = f"{position} at {company}" if position and company else position or company
    yield Contact(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        name=name or None,
        email=row.get("email address") or None,
        handle=row.get("url") or None,
        text=role or None,
    )


def _message(file: InputFile, row: Row, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    timestamp, assumed, bad = _when(file, row.get("date", ""), locator, ctx)
    if bad:
        yield bad
    conversation = (
        row.get("conversation title") or row.get("subject") or row.get("conversation id") or None
    )
    yield Message(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        actor=row.get("from") or None,
        counterparty=row.get("to") or None,
        conversation=conversation,
        text=_plain(row.get("content", "")) or None,
    )


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
_HTML = re.compile(r"</[a-zA-Z][a-zA-Z0-9]*\s*>|<br\s*/?>", re.IGNORECASE)
_BREAKS = {"br", "p", "div", "li", "tr"}


def _plain(raw: str) -> str:
    """Text as the person read it. LinkedIn writes messages, InMails and posts as
    HTML fragments (``<p>…</p>``, ``I&rsquo;d``, ``&nbsp;``)."""
    if "<" not in raw and "&" not in raw:
        return raw
    if _HTML.search(raw):  # a closing tag or a <br>: HTML, not text with a "<" in it
        raw = _TAG.sub(
            lambda m: "\n" if m[2].lower() in _BREAKS and (m[1] or m[2].lower() == "br") else "",
            raw,
        )
    text = html.unescape(raw).replace("\u00a0", " ")
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def _share(file: InputFile, row: Row, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    timestamp, assumed, bad = _when(file, row.get("date", ""), locator, ctx)
    if bad:
        yield bad
    text = _plain(row.get("sharecommentary", "") or row.get("message", ""))
    url = row.get("sharelink") or row.get("link") or None
    yield Post(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        text=text or None,
        url=url,
        post_type="comment" if "message" in row else "post",
    )


def _facts(
    file: InputFile, locator: str, pairs: list[tuple[str, str | None]]
) -> Iterator[ParseItem]:
    for field, value in pairs:
        if value:
            yield ProfileFact(
                source=FORMAT, path=file.display, locator=locator, field=field, value=value
            )


def _bracketed(raw: str) -> list[str]:
    """``[ada]`` or ``[PERSONAL:http://a.example,BLOG:http://b.example]`` -> the values."""
    inner = raw.strip().removeprefix("[").removesuffix("]")
    values = []
    for part in inner.split(","):
        part = part.strip()
        kind, sep, rest = part.partition(":")
        # Websites are TYPE:URL; a bare URL (http://…) keeps its own colon.
        values.append(rest if sep and kind.isupper() and rest else part)
    return [value for value in values if value]


_PROFILE_FIELDS = (
    ("maiden name", "maiden_name"),
    ("address", "address"),
    ("birth date", "birthday"),
    ("headline", "headline"),
    ("summary", "bio"),
    ("industry", "industry"),
    ("zip code", "zip_code"),
    ("geo location", "location"),
)


def _profile(file: InputFile, row: Row, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    name = " ".join(part for part in (row.get("first name"), row.get("last name")) if part)
    pairs: list[tuple[str, str | None]] = [("name", name or None)]
    pairs += [(field, row.get(column)) for column, field in _PROFILE_FIELDS]
    pairs += [("twitter", value) for value in _bracketed(row.get("twitter handles", ""))]
    pairs += [("website", value) for value in _bracketed(row.get("websites", ""))]
    pairs += [("instant_messenger", v) for v in _bracketed(row.get("instant messengers", ""))]
    yield from _facts(file, locator, pairs)


def _email(file: InputFile, row: Row, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    yield from _facts(file, locator, [("email", row.get("email address"))])


def _phone(file: InputFile, row: Row, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    yield from _facts(file, locator, [("phone", row.get("number"))])


def _invitation(file: InputFile, row: Row, locator: str, ctx: ParseContext) -> Iterator[ParseItem]:
    timestamp, assumed, bad = _when(file, row.get("sent at", ""), locator, ctx)
    if bad:
        yield bad
    direction = row.get("direction", "").upper()
    if direction not in ("INCOMING", "OUTGOING"):
        yield problem(file, locator, "unknown_invitation_direction", source=FORMAT, value=direction)
        return
    incoming = direction == "INCOMING"
    other = row.get("from" if incoming else "to") or None
    url = row.get("inviterprofileurl" if incoming else "inviteeprofileurl") or None
    yield Contact(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=assumed,
        name=other,
        handle=url,
        text="invitation received" if incoming else "invitation sent",
    )
    if row.get("message"):
        yield Message(
            source=FORMAT,
            path=file.display,
            locator=locator,
            timestamp=timestamp,
            tz_assumed=assumed,
            actor=row.get("from") or None,
            counterparty=row.get("to") or None,
            conversation="LinkedIn invitation",
            text=_plain(row["message"]),
        )


LAYOUTS = (
    _Layout(
        "connections",
        frozenset({"first name", "last name", "connected on"}),
        _connection,
    ),
    _Layout(
        "messages",
        frozenset({"conversation id", "from", "to", "date", "content"}),
        _message,
    ),
    _Layout(
        "messages (2018)",
        frozenset({"from", "to", "date", "subject", "content", "direction"}),
        _message,
    ),
    # The user's posts (Shares.csv) and comments (Comments.csv).
    _Layout("posts", frozenset({"date", "sharelink", "sharecommentary"}), _share),
    _Layout("comments", frozenset({"date", "link", "message"}), _share),
    _Layout("profile", frozenset({"first name", "last name", "headline", "industry"}), _profile),
    _Layout("invitations", frozenset({"from", "to", "sent at", "direction"}), _invitation),
    _Layout("e-mail addresses", frozenset({"email address", "confirmed", "primary"}), _email),
    _Layout("phone numbers", frozenset({"extension", "number", "type"}), _phone),
)


def _layout(row: list[str]) -> _Layout | None:
    columns = {cell.lower() for cell in clean_header(row)}
    return next((layout for layout in LAYOUTS if layout.required <= columns), None)


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".csv"):
        return 0.0
    for row in head_rows(file, _HEADER_SEARCH_ROWS):
        if _layout(row) is not None:
            return 0.95
    return 0.0


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    with file.open_text() as stream:
        reader = csv.reader(stream)
        layout: _Layout | None = None
        names: list[str] = []
        row_no = 0
        # The header is the first record that names a layout's columns.
        while layout is None and row_no < _HEADER_SEARCH_ROWS:
            row_no += 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield problem(file, f"row {row_no}", "unreadable_csv_row", source=FORMAT, error=exc)
                continue
            layout = _layout(row)
            names = [cell.lower() for cell in clean_header(row)]
        if layout is None:
            code = ProblemCode.EMPTY if row_no <= 1 and file.size == 0 else ProblemCode.MALFORMED
            yield problem(file, "", "no_linkedin_header_found", code, FORMAT)
            return
        seen = 0
        for item in numbered_rows(reader, file, FORMAT, start=row_no):
            if not isinstance(item, tuple):
                yield item
                continue
            number, cells = item
            locator = f"row {number}"
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
            yield problem(file, "", "no_rows", ProblemCode.EMPTY, FORMAT, value=layout.kind)
