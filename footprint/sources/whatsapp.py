"""WhatsApp chat export (``.txt``), Android and iOS, in every UI language of the table.

Android lines look like ``15/04/2016, 15:04 - Author: text``; iOS lines like
``[2020-01-01, 12:00:01] Author: text`` with CRLF and U+200E marks. The phone's
language decides everything else: the date layout and calendar (Buddhist years,
Japanese eras, Persian and Hijri years, Arabic and Persian digits), the AM/PM words,
and the words of system lines and placeholders. Those words live in one table,
``whatsapp_locales.yaml`` (compiled by ``_whatsapp_words``); nothing here is specific
to a language.

The day/month order cannot be told from one line. It is decided while parsing:
messages wait in a bounded look-back buffer until a header settles the order (a
field above 12) or the buffer is full, then the evidence so far decides. The file
is read once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from pathlib import PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np

from footprint.loading import InputFile
from footprint.model import LocationPoint, Message, ParseItem, ProblemCode, pack_raw_fields
from footprint.sources._lines import iter_lines
from footprint.sources._whatsapp_words import MARKS, Placeholder, Words, key, words
from footprint.sources.base import ParseContext, problem
from footprint.store import (
    DEFAULT_CHUNK_ROWS,
    ColumnBatch,
    Constant,
    Instants,
    MixedBatch,
    Numbered,
)

FORMAT = "whatsapp"
LABEL = "WhatsApp chat (.txt)"
CATEGORY = "chat"
PATHS = words().chat_globs
MULTI_FILE = False
# UI languages whose system lines and placeholders are recognised.
LANGUAGES = words().languages

DATE_ORDERS = ("dmy", "mdy", "ymd")
# Characters of message text kept waiting while the day/month order is undecided.
LOOKBACK_CHARS = 4 * 1024 * 1024
_LRM = "\u200e"
# Marks iOS puts before the lines it writes itself (left-to-right; right-to-left in RTL UIs).
_APP_MARKS = "\u200e\u200f"
# An author is up to 100 characters before the first colon, without quotes (a
# system line quoting a group name has a colon inside the quotes) or newlines.
_AUTHOR = re.compile("[^:\n]{1,100}:")
# Quotes in a sender's name come in pairs (~ "Ann" B); a colon after an unpaired
# quote is inside a quoted group subject (X changed the subject to "Plans: May").
_QUOTE_PAIRS = (('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("「", "」"), ("『", "』"))
_DOC_PREFIX = re.compile(r"^\d{8}-")
_DOC_SUMMARY = re.compile(r"^[^\n•]+\.\w{1,5} • [^\n]*$")
_LINK = re.compile(r"[a-z][a-z0-9+.-]*://\S+|geo:\S+", re.IGNORECASE)  # a shared location's link


def _head_starts(w: Words) -> frozenset[str]:
    """First characters a header may start with besides a digit."""
    return frozenset("[" + MARKS + "".join(era[0] + era[0].upper() for era in w.eras))


def _header(line: str) -> re.Match[str] | None:
    return words().header.match(line)


def detect(file: InputFile) -> float:
    if not file.name.lower().endswith(".txt"):
        return 0.0
    head = file.head_text(4096)
    lines = head.splitlines()
    if len(file.head(4096)) == 4096:
        lines = lines[:-1]  # the sample may have cut the last line
    lines = [line for line in lines if line.strip()][:10]
    if not lines:
        return 0.0
    hits = sum(1 for line in lines if _header(line))
    if not _header(lines[0]) and hits < 2:
        return 0.0
    score = 0.5 + 0.4 * hits / len(lines)
    name = file.name.lower()
    if name == "_chat.txt" or "whatsapp" in name:
        score = 1.0
    return min(score, 1.0)


@dataclass
class _OrderEvidence:
    """Which day/month orders the headers seen so far allow."""

    first_over_12: bool = False
    second_over_12: bool = False
    uses_12h: bool = False
    # Backward jumps in time under each order, to break ties.
    inversions_dmy: int = 0
    inversions_mdy: int = 0
    last_dmy: tuple[int, ...] | None = None
    last_mdy: tuple[int, ...] | None = None

    def add(self, match: re.Match[str]) -> None:
        if match["pre"] or match["post"]:
            self.uses_12h = True
        if match["era"] or len(match["d1"]) >= 3:
            return
        d1, d2 = int(match["d1"]), int(match["d2"])
        if d1 > 31:
            return  # a two-digit year first
        if d1 > 12:
            self.first_over_12 = True
        if d2 > 12:
            self.second_over_12 = True
        year = int(match["d3"])
        minutes = int(match["hour"]) * 60 + int(match["minute"])
        dmy = (year, d2, d1, minutes)
        mdy = (year, d1, d2, minutes)
        if self.last_dmy is not None and dmy < self.last_dmy:
            self.inversions_dmy += 1
        if self.last_mdy is not None and mdy < self.last_mdy:
            self.inversions_mdy += 1
        self.last_dmy, self.last_mdy = dmy, mdy

    def decisive(self) -> bool:
        return self.first_over_12 != self.second_over_12

    def order(self) -> str:
        if self.first_over_12 and not self.second_over_12:
            return "dmy"
        if self.second_over_12 and not self.first_over_12:
            return "mdy"
        if self.inversions_dmy != self.inversions_mdy:
            return "dmy" if self.inversions_dmy < self.inversions_mdy else "mdy"
        return "mdy" if self.uses_12h else "dmy"


def _full_year(raw: str, buddhist: bool) -> int:
    year = int(raw)
    if len(raw) <= 2:
        year += 2500 if buddhist else 2000
    return year


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> tuple[int, int, int]:
    """A Solar Hijri (Persian calendar) date as a Gregorian (year, month, day)."""
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
        raise ValueError(f"no Persian date {jy}/{jm}/{jd}")
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    leap = gy % 4 == 0 and (gy % 100 != 0 or gy % 400 == 0)
    month_days = (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    gd = days + 1
    gm = 1
    for length in month_days:
        if gd <= length:
            break
        gd -= length
        gm += 1
    return gy, gm, gd


def hijri_to_gregorian(hy: int, hm: int, hd: int) -> tuple[int, int, int]:
    """An Islamic (Hijri) date as a Gregorian (year, month, day), by the arithmetic
    calendar; the Umm al-Qura calendar phones use can differ from it by a day."""
    if not (1 <= hm <= 12 and 1 <= hd <= 30):
        raise ValueError(f"no Hijri date {hy}/{hm}/{hd}")
    julian_day = (11 * hy + 3) // 30 + 354 * hy + 30 * hm - (hm - 1) // 2 + hd + 1948440 - 385
    found = date.fromordinal(julian_day - 1721425)
    return found.year, found.month, found.day


def _ymd(match: re.Match[str], order: str, eras: dict[str, int]) -> tuple[int, int, int]:
    """The Gregorian date of a header; raises ValueError for an impossible one."""
    d1, d2, d3 = match["d1"], match["d2"], match["d3"]
    buddhist = bool(match["be"])
    if match["era"]:
        year, month, day = eras[key(match["era"])] + int(d1) - 1, int(d2), int(d3)
    elif len(d1) >= 3 or int(d1) > 31:
        year, month, day = _full_year(d1, buddhist), int(d2), int(d3)
    elif order == "mdy":
        year, month, day = _full_year(d3, buddhist), int(d1), int(d2)
    else:
        year, month, day = _full_year(d3, buddhist), int(d2), int(d1)
    if buddhist or year >= 2400:
        year -= 543  # Thai Buddhist calendar
    elif 1380 <= year < 1425:
        return jalali_to_gregorian(year, month, day)  # Persian: 2001 to 2046
    elif 1425 <= year < 1500:
        return hijri_to_gregorian(year, month, day)  # Islamic: 2004 to 2077
    datetime(year, month, day)  # validates
    return year, month, day


def conversation_name(file: InputFile) -> str | None:
    """The chat's name from the file or archive name, when the export gives one."""
    # The file, then the folder an unzipped export sits in, then the archive.
    candidates = [file.name, PurePosixPath(file.path).parent.name]
    if file.container is not None:
        candidates.append(PurePosixPath(file.container.display.split("!/")[0]).name)
    for candidate in candidates:
        stem = re.sub(r"\.(txt|zip)$", "", candidate, flags=re.IGNORECASE)
        for pattern in words().chat_file:
            found = pattern.match(stem)
            if found:
                return found["name"].strip()
    return None


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    return _parse(file, _Emitter(file, ctx, conversation_name(file), words()))


def parse_columns(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem | MixedBatch]:
    """Like :func:`parse`, with the records handed over column-wise, a store chunk at a
    time, for :meth:`ColumnStore.append_columns` (no object per message)."""
    return _parse(file, _ColumnEmitter(file, ctx, conversation_name(file), words()))


def _parse(file: InputFile, emitter: _Emitter) -> Iterator[Any]:
    w = emitter.w
    header = w.header.match
    starts = _head_starts(w)
    strip_chars = MARKS + " \t"
    evidence = _OrderEvidence()
    order: str | None = None
    waiting: list[tuple[int, re.Match[str], list[str]]] = []
    waiting_chars = 0
    pending: tuple[int, re.Match[str], list[str]] | None = None
    seen_any = False
    with file.open_text() as stream:
        for line_no, line in enumerate(iter_lines(stream), start=1):
            first = line[:1]
            # A cheap test first: a header starts with a digit, "[", a mark or an era.
            match = header(line) if first and (first.isdigit() or first in starts) else None
            if match is None:
                if pending is not None:
                    pending[2].append(line)
                    if order is None:
                        waiting_chars += len(line)
                elif line.strip(strip_chars):
                    yield problem(
                        file,
                        f"line {line_no}",
                        "text_before_first_dated_message",
                        source=FORMAT,
                    )
                continue
            seen_any = True
            if order is None:
                evidence.add(match)
                waiting_chars += len(line)
                if pending is not None:
                    waiting.append(pending)
                if evidence.decisive() or waiting_chars > LOOKBACK_CHARS:
                    order = evidence.order()
                    for item in waiting:
                        yield from emitter.emit(*item, order)
                    waiting = []
            elif pending is not None:
                yield from emitter.emit(*pending, order)
            pending = (line_no, match, [line[match.end() :]])
    if pending is not None:
        waiting.append(pending)
    order = order or evidence.order()
    for item in waiting:
        yield from emitter.emit(*item, order)
    yield from emitter.finish()
    if not seen_any:
        yield problem(file, "", "no_whatsapp_messages_found", ProblemCode.EMPTY, FORMAT)


def _unpaired(head: str, opening: str, closing: str) -> bool:
    if opening == closing:
        return head.count(opening) % 2 == 1
    # German „…“ closes with the English opening mark.
    if opening == "„":
        return head.count(opening) > head.count(closing)
    if opening == "“":
        return head.count(opening) - head.count("„") != head.count(closing)
    return head.count(opening) != head.count(closing)


class _Emitter:
    """Turns one message (header match and lines) into records."""

    def __init__(
        self, file: InputFile, ctx: ParseContext, conversation: str | None, w: Words
    ) -> None:
        self.file = file
        self.tz = ctx.assumed_tz
        self.conversation = conversation
        self.w = w
        self.dates: dict[tuple[str, str], tuple[int, int, int] | str] = {}
        self.halves: dict[str, str] = {}  # AM/PM word as written -> "am", "pm" or ""

    def _date(self, match: re.Match[str], order: str) -> tuple[int, int, int] | str:
        """(year, month, day), or why the date is impossible; cached per day."""
        cache_key = (match["date"], order)
        found = self.dates.get(cache_key)
        if found is None:
            try:
                found = _ymd(match, order, self.w.eras)
            except ValueError as exc:
                # A header the decided order cannot read may still be a real date
                # in the other order (an export pieced together from two phones).
                other = "mdy" if order == "dmy" else "dmy"
                try:
                    found = _ymd(match, other, self.w.eras)
                except ValueError:
                    found = str(exc)
            self.dates[cache_key] = found
        return found

    def _clock(self, match: re.Match[str]) -> tuple[int, int, int]:
        """(hour, minute, second) of a header, AM/PM applied."""
        hour_text, minute, second, pre, post = match.group(
            "hour", "minute", "second", "pre", "post"
        )
        hour = int(hour_text)
        marker = pre or post
        if marker:
            half = self.halves.get(marker)
            if half is None:
                word = key(marker).replace(" ", "")
                half = "pm" if word in self.w.pm else "am" if word in self.w.am else ""
                self.halves[marker] = half
            if half == "pm" and hour < 12:
                hour += 12
            elif half == "am" and hour == 12:
                hour = 0
        return hour, int(minute), int(second) if second else 0

    def _timestamp(self, match: re.Match[str], order: str) -> datetime | str:
        ymd = self.dates.get((match["date"], order)) or self._date(match, order)
        if isinstance(ymd, str):
            return ymd
        try:
            return datetime(*ymd, *self._clock(match), tzinfo=self.tz)
        except ValueError as exc:
            return str(exc)

    def finish(self) -> list[Any]:
        """What is left once every message is emitted (nothing: records go out at once)."""
        return []

    def emit(self, line_no: int, match: re.Match[str], lines: list[str], order: str) -> list[Any]:
        """The records of one message (a list: cheaper than a generator per message)."""
        timestamp = self._when(match, order)
        if isinstance(timestamp, str):
            return [
                problem(
                    self.file,
                    f"line {line_no}",
                    "impossible_date_time",
                    source=FORMAT,
                    value=timestamp,
                )
            ]
        return self._add(line_no, timestamp, *self._content(line_no, match, lines))

    def _when(self, match: re.Match[str], order: str) -> Any:
        return self._timestamp(match, order)

    def _add(
        self,
        line_no: int,
        timestamp: datetime,
        items: list[Any],
        author: str | None,
        is_system: bool,
        text: str | None,
        media: str | None,
        deleted: bool,
        edited: bool,
        located: tuple[float, float, str] | None,
    ) -> list[Any]:
        file = self.file
        locator = f"line {line_no}"
        conversation = self.conversation
        message = Message(
            source=FORMAT,
            path=file.display,
            locator=locator,
            timestamp=timestamp,
            tz_assumed=True,
            actor=author,
            counterparty=conversation if author != conversation else None,
            conversation=conversation,
            text=text,
            is_system=is_system,
            media=media,
            deleted=deleted,
            edited=edited,
            # A location share's link: a finding, so a redacted copy is checked for it.
            raw_fields=pack_raw_fields([("link", located[2])]) if located else None,
        )
        if located is None and not items:
            return [message]
        items.append(message)
        if located is not None:
            items.append(
                LocationPoint(
                    source=FORMAT,
                    path=file.display,
                    locator=locator,
                    timestamp=timestamp,
                    tz_assumed=True,
                    actor=author,
                    lat=located[0],
                    lon=located[1],
                )
            )
        return items

    def _content(
        self, line_no: int, match: re.Match[str], lines: list[str]
    ) -> tuple[
        list[Any],
        str | None,
        bool,
        str | None,
        str | None,
        bool,
        bool,
        tuple[float, float, str] | None,
    ]:
        """(problems, author, is_system, text, media, deleted, edited, location) of one
        message."""
        file = self.file
        locator = f"line {line_no}"
        items: list[Any] = []
        while len(lines) > 1 and not lines[-1].strip():
            lines.pop()  # blank lines at the end of the file or before the next message
        body = (lines[0] if len(lines) == 1 else "\n".join(lines)).lstrip(MARKS)
        if "\ufffd" in body:
            items.append(
                problem(
                    file,
                    locator,
                    "undecodable_bytes_replaced_u_fffd",
                    ProblemCode.ENCODING,
                    FORMAT,
                )
            )
        author, text = self._author(body)
        is_system = author is None
        marked = text[:1]  # "" when empty
        text = text.lstrip(MARKS)
        edited = False
        if text.endswith(">"):
            opening = text.rfind("<")
            if opening >= 0 and key(text[opening:]) in self.w.edited:
                edited = True
                text = text[:opening].rstrip(MARKS + " ")
        media, deleted, caption, located, app_made = self._classify(
            text, bool(marked) and marked in MARKS
        )
        # iOS marks every line the app wrote with U+200E (U+200F in right-to-left
        # UIs). Marked lines that are no placeholder, marker or link are system lines
        # (joins, number changes, notices) in any language; other marks need a known
        # system phrase.
        if (
            match["ios"]
            and author is not None
            and marked
            and marked in MARKS
            and not app_made
            and not edited
            and ((marked in _APP_MARKS and "://" not in text) or self.w.system.search(text))
        ):
            is_system = True
            author = None
        shown = caption.replace(_LRM, "") if caption else None
        return items, author, is_system, shown, media, deleted, edited, located

    def _author(self, body: str) -> tuple[str | None, str]:
        """Split ``Author: text``. Android system lines have no author."""
        found = _AUTHOR.match(body)
        if found is None:
            return None, body
        colon = found.end() - 1
        head = body[:colon]
        if any(_unpaired(head, opening, closing) for opening, closing in _QUOTE_PAIRS):
            return None, body
        after = body[colon + 1 : colon + 2]
        if after != " " and after.isspace():
            return None, body
        name = head.strip(MARKS + " ")
        if not name:
            return None, body
        if (head.count(" ") >= 3 or len(head) > 30) and self.w.system.search(head):
            return None, body  # a system line with a colon further on
        return name, body[colon + 2 :] if after == " " else body[colon + 1 :]

    def _classify(
        self, text: str, marked: bool
    ) -> tuple[str | None, bool, str | None, tuple[float, float, str] | None, bool]:
        """(media, deleted, caption, location, written by the app) of a message text;
        ``marked`` says the app put a direction mark before it."""
        w = self.w
        if len(text) <= w.key_max:
            normal = key(text)
            found: Placeholder | None = w.placeholders.get(normal)
            if found is not None:
                return found.media, found.deleted, None, None, True
            if marked and normal.startswith(w.deleted_prefixes):
                return None, True, None, None, True
            # A call line: only iOS writes them, always marked; "Video call, 5 min"
            # from a person would otherwise lose its text. A duration follows a comma.
            call = w.calls.get(normal) if marked else None
            if call is None:
                # The duration or outcome follows a comma, or since 2023 a full stop
                # ("Llamada. 39 s", "Missed voice call. Tap to call back").
                cut = min((i for i in map(normal.find, ",،，.") if i > 0), default=-1)
                if cut > 0:
                    kind, duration = normal[:cut], normal[cut + 1 :]
                    if marked or (len(duration) < 16 and any(c.isdigit() for c in duration)):
                        call = w.calls.get(kind.strip())
            if call is not None:
                return call, False, None, None, True
        if "<" in text and (attached := w.attached.search(text)) is not None:
            name = attached["name"] or attached["file"]
            caption = (text[: attached.start()] + text[attached.end() :]).replace(_LRM, "")
            caption = caption.strip().removesuffix("•").strip()
            # A document's own name and page count ("Plan.pdf • 3 pages"), written
            # before the tag: the app's words, not the sender's.
            if caption and (
                caption.startswith(_DOC_PREFIX.sub("", name)) or _DOC_SUMMARY.match(caption)
            ):
                caption = ""
            return name, False, caption or None, None, True
        first, newline, rest = text.partition("\n")
        if first.endswith(")") and (opening := first.rfind(" (")) > 0:
            name = first[:opening]
            if key(first[opening + 2 : -1]) in w.file_attached or w.android_file.fullmatch(name):
                return name, False, rest or None, None, True
        if "://" in text and (located := w.location.search(text)) is not None:
            link = _LINK.search(located.group())
            point = (
                float(located["lat"]),
                float(located["lon"]),
                link.group() if link else located.group().strip(),
            )
            if located.group() == text.strip():
                return "location", False, None, point, True
            return None, False, text, point, False
        if newline and key(first.rstrip(":：")) in w.polls:
            options = []
            for part in rest.split("\n"):
                option = w.options.match(part)
                options.append(option["option"] if option else part.lstrip(MARKS))
            return "poll", False, "\n".join(options), None, True
        return None, False, text, None, False


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_NS = 1_000_000_000
_INT64 = 2**63


def _fixed_offset_ns(zone: tzinfo) -> int | None:
    """The offset of a zone that has one for all time (UTC, the scan's unplaced zone, a
    fixed offset), in nanoseconds; None for a zone with a history."""
    if isinstance(zone, timezone):
        return zone.utcoffset(None) // timedelta(microseconds=1) * 1_000
    if isinstance(zone, ZoneInfo) and zone.key in ("UTC", "Etc/UTC"):
        return 0
    return None


class _ColumnEmitter(_Emitter):
    """Gathers messages (and the location shares among them) into columns, handed on
    as a :class:`MixedBatch` per store chunk, instead of building an object each."""

    def __init__(
        self, file: InputFile, ctx: ParseContext, conversation: str | None, w: Words
    ) -> None:
        super().__init__(file, ctx, conversation, w)
        self.offset_ns = _fixed_offset_ns(self.tz)
        self.days: dict[tuple[int, int, int], int] = {}  # date -> seconds since 1970
        self._reset()

    def _reset(self) -> None:
        self.kinds: list[int] = []  # 0: message, 1: location share
        self.lines: list[int] = []
        self.nanos: list[int] = []
        self.actors: list[str | None] = []
        self.texts: list[str | None] = []
        self.system: list[bool] = []
        self.media: list[str | None] = []
        self.deleted: list[bool] = []
        self.edited: list[bool] = []
        self.place_lines: list[int] = []
        self.place_nanos: list[int] = []
        self.place_actors: list[str | None] = []
        self.links: list[str | None] = []  # per message: a location share's link
        self.lats: list[float] = []
        self.lons: list[float] = []

    def _when(self, match: re.Match[str], order: str) -> int | str:
        """Nanoseconds since 1970 (UTC) of a header, as the store keeps the datetime the
        object path builds; arithmetic instead of a datetime when the zone has a fixed
        offset (always so in a scan, where wall times wait unplaced)."""
        offset = self.offset_ns
        ymd = self.dates.get((match["date"], order)) or self._date(match, order)
        hour, minute, second = self._clock(match)
        in_day = hour < 24 and minute < 60 and second < 60
        if offset is None or isinstance(ymd, str) or not in_day:
            # A zone with a history, or an error to word as datetime words it.
            moment = self._timestamp(match, order)
            return moment if isinstance(moment, str) else self._checked(Instants.nanos_of(moment))
        day = self.days.get(ymd)
        if day is None:
            day = self.days[ymd] = (date(*ymd).toordinal() - _EPOCH_ORDINAL) * 86_400
        return self._checked((day + hour * 3600 + minute * 60 + second) * _NS - offset)

    @staticmethod
    def _checked(nanos: int) -> int | str:
        if -_INT64 <= nanos < _INT64:
            return nanos
        return "year out of range"  # the store keeps nanoseconds since 1970 in 64 bits

    def _add(
        self,
        line_no: int,
        timestamp: Any,
        items: list[Any],
        author: str | None,
        is_system: bool,
        text: str | None,
        media: str | None,
        deleted: bool,
        edited: bool,
        located: tuple[float, float, str] | None,
    ) -> list[Any]:
        self.kinds.append(0)
        self.lines.append(line_no)
        self.nanos.append(timestamp)
        self.actors.append(author)
        self.texts.append(text)
        self.system.append(is_system)
        self.media.append(media)
        self.deleted.append(deleted)
        self.edited.append(edited)
        self.links.append(pack_raw_fields([("link", located[2])]) if located else None)
        if located is not None:
            self.kinds.append(1)
            self.place_lines.append(line_no)
            self.place_nanos.append(timestamp)
            self.place_actors.append(author)
            self.lats.append(located[0])
            self.lons.append(located[1])
        if len(self.kinds) >= DEFAULT_CHUNK_ROWS:
            items.append(self._batch())
        return items

    def finish(self) -> list[Any]:
        return [self._batch()] if self.kinds else []

    def _batch(self) -> MixedBatch:
        common = {"source": Constant(FORMAT), "path": Constant(self.file.display)}
        conversation = self.conversation
        zones = [self.tz]
        messages = ColumnBatch(
            Message,
            len(self.lines),
            {
                **common,
                "locator": Numbered("line ", np.array(self.lines, dtype=np.int64), ""),
                "timestamp": _instants(self.nanos, zones),
                "tz_assumed": Constant(True),
                "actor": self.actors,
                "counterparty": [
                    conversation if actor != conversation else None for actor in self.actors
                ],
                "conversation": Constant(conversation),
                "text": self.texts,
                "is_system": np.array(self.system, dtype=bool),
                "media": self.media,
                "deleted": np.array(self.deleted, dtype=bool),
                "edited": np.array(self.edited, dtype=bool),
                "raw_fields": self.links,
            },
        )
        places = ColumnBatch(
            LocationPoint,
            len(self.place_lines),
            {
                **common,
                "locator": Numbered("line ", np.array(self.place_lines, dtype=np.int64), ""),
                "timestamp": _instants(self.place_nanos, zones),
                "tz_assumed": Constant(True),
                "actor": self.place_actors,
                "lat": np.array(self.lats, dtype=np.float64),
                "lon": np.array(self.lons, dtype=np.float64),
            },
        )
        batch = MixedBatch([messages, places], np.array(self.kinds, dtype=np.int8))
        self._reset()
        return batch


def _instants(nanos: list[int], zones: Sequence[tzinfo | None]) -> Instants:
    return Instants(np.array(nanos, dtype=np.int64), np.zeros(len(nanos), np.int16), zones)
