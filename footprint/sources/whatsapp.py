"""WhatsApp chat export (``.txt``), Android and iOS.

Android lines look like ``15/04/2016, 15:04 - Author: text``; iOS lines like
``[2020-01-01, 12:00:01] Author: text`` with CRLF and U+200E marks. The date order
(d/m/y, m/d/y or y/m/d) cannot be told from one line, so the file is read twice:
once to collect evidence about the order from every header, once to parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath

from footprint.loading import InputFile
from footprint.model import LocationPoint, Message, ParseItem, ProblemCode
from footprint.sources.base import ParseContext, problem

FORMAT = "whatsapp"
LABEL = "WhatsApp chat (.txt)"
CATEGORY = "chat"
PATHS = (
    "_chat.txt",
    "WhatsApp Chat with *.txt",
    "WhatsApp Chat - *.txt",
    "WhatsApp-Chat mit *.txt",
)
MULTI_FILE = False

_MARKS = "\u200e\u200f\ufeff"
_SPACE = r"[ \u202f\u00a0]"
_DATE = r"(?P<d1>\d{1,4})(?P<sep>[./-])(?P<d2>\d{1,2})(?P=sep)(?P<d3>\d{1,4})"
_TIME = (
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?"
    rf"(?:{_SPACE}*(?P<ampm>[aApP])\.?{_SPACE}?[mM]\.?)?"
)
ANDROID_HEADER = re.compile(rf"^{_DATE},?{_SPACE}{_TIME}{_SPACE}[-–]{_SPACE}(?P<rest>.*)$")
IOS_HEADER = re.compile(rf"^\[{_DATE},?{_SPACE}{_TIME}\]{_SPACE}(?P<rest>.*)$")

_AUTHOR = re.compile(r"^(?P<author>[^:\"“”]{1,100}?):(?: |$|(?=\S))(?P<text>.*)$", re.DOTALL)

_SYSTEM_PHRASES = re.compile(
    r"end-to-end encrypted|created (?:the )?group|created this group|\badded\b|\bremoved\b|\bleft$"
    r"|changed (?:the|this group's|their) |changed to \+|joined using|security code"
    r"|You were added|You're now an admin|is a contact|pinned a message|disappearing messages"
    r"|Verschlüsselung|cifrados de extremo",
    re.IGNORECASE,
)
_DELETED = re.compile(
    r"^(?:This message was deleted|You deleted this message"
    r"|Diese Nachricht wurde gelöscht|Se eliminó este mensaje)\.?$",
    re.IGNORECASE,
)
_EDITED = re.compile(
    r"[\s\u200e]*<(?:This message was edited|Diese Nachricht wurde bearbeitet)>\s*$"
)
_MEDIA_OMITTED = re.compile(
    r"^<?(?:Media omitted|Medien ausgeschlossen|Multimedia omitido)>?$"
    r"|^(?P<kind>image|video|audio|sticker|GIF|document|Contact card) omitted$",
    re.IGNORECASE,
)
_FILE_ATTACHED = re.compile(
    r"^(?P<name>\S.*?) \((?:file attached|Datei angehängt|archivo adjunto)\)"
    r"(?:\n(?P<caption>.*))?$",
    re.DOTALL,
)
_ATTACHED = re.compile(r"<attached: (?P<name>[^>]+)>")
_POLL = re.compile(r"^(?:POLL|ENCUESTA|UMFRAGE|SONDAGE):\n", re.IGNORECASE)
_LOCATION = re.compile(
    r"(?:location|Standort|ubicación): https?://maps\.google\.com/\?q=(?P<lat>-?\d+(?:\.\d+)?),(?P<lon>-?\d+(?:\.\d+)?)",
    re.IGNORECASE,
)

DATE_ORDERS = ("dmy", "mdy", "ymd")


def _header(line: str) -> re.Match[str] | None:
    line = line.lstrip(_MARKS)
    return IOS_HEADER.match(line) or ANDROID_HEADER.match(line)


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
    """Which day/month orders the headers of a file allow."""

    first_over_12: bool = False
    second_over_12: bool = False
    uses_12h: bool = False
    # Backward jumps in time under each order, to break ties.
    inversions_dmy: int = 0
    inversions_mdy: int = 0
    last_dmy: tuple[int, ...] | None = None
    last_mdy: tuple[int, ...] | None = None

    def add(self, match: re.Match[str]) -> None:
        d1, d2, d3 = int(match["d1"]), int(match["d2"]), int(match["d3"])
        if match["ampm"]:
            self.uses_12h = True
        if len(match["d1"]) == 4:
            return
        if d1 > 12:
            self.first_over_12 = True
        if d2 > 12:
            self.second_over_12 = True
        year = _full_year(match["d3"], d3)
        minutes = int(match["hour"]) * 60 + int(match["minute"])
        dmy = (year, d2, d1, minutes)
        mdy = (year, d1, d2, minutes)
        if self.last_dmy is not None and dmy < self.last_dmy:
            self.inversions_dmy += 1
        if self.last_mdy is not None and mdy < self.last_mdy:
            self.inversions_mdy += 1
        self.last_dmy, self.last_mdy = dmy, mdy

    def order(self) -> str:
        if self.first_over_12 and not self.second_over_12:
            return "dmy"
        if self.second_over_12 and not self.first_over_12:
            return "mdy"
        if self.inversions_dmy != self.inversions_mdy:
            return "dmy" if self.inversions_dmy < self.inversions_mdy else "mdy"
        return "mdy" if self.uses_12h else "dmy"


def _full_year(raw: str, value: int) -> int:
    return value + 2000 if len(raw) <= 2 else value


def _timestamp(match: re.Match[str], order: str, ctx: ParseContext) -> datetime:
    d1, d2, d3 = int(match["d1"]), int(match["d2"]), int(match["d3"])
    if len(match["d1"]) == 4:
        year, month, day = d1, d2, d3
    elif order == "mdy":
        year, month, day = _full_year(match["d3"], d3), d1, d2
    else:
        year, month, day = _full_year(match["d3"], d3), d2, d1
    hour = int(match["hour"])
    ampm = (match["ampm"] or "").lower()
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    second = int(match["second"] or 0)
    return ctx.localize(datetime(year, month, day, hour, int(match["minute"]), second))


def conversation_name(file: InputFile) -> str | None:
    """The chat's name from the file or archive name, when the export gives one."""
    candidates = [file.name]
    if file.container is not None:
        candidates.append(PurePosixPath(file.container.display.split("!/")[0]).name)
    for candidate in candidates:
        stem = re.sub(r"\.(txt|zip)$", "", candidate, flags=re.IGNORECASE)
        found = re.match(r"WhatsApp[- ]Chat (?:with|mit|-|con) (.+)$", stem, re.IGNORECASE)
        if found:
            return found.group(1).strip()
    return None


@dataclass
class _Pending:
    line_no: int
    match: re.Match[str]
    lines: list[str]


def _evidence(file: InputFile) -> _OrderEvidence:
    evidence = _OrderEvidence()
    with file.open_text() as stream:
        for line in stream:
            match = _header(line.rstrip("\n"))
            if match:
                evidence.add(match)
    return evidence


def parse(file: InputFile, ctx: ParseContext) -> Iterator[ParseItem]:
    order = _evidence(file).order()
    conversation = conversation_name(file)
    pending: _Pending | None = None
    seen_any = False
    with file.open_text() as stream:
        for line_no, raw in enumerate(stream, start=1):
            line = raw.rstrip("\n")
            match = _header(line)
            if match:
                if pending is not None:
                    yield from _emit(file, pending, order, conversation, ctx)
                pending = _Pending(line_no, match, [match["rest"]])
                seen_any = True
            elif pending is not None:
                pending.lines.append(line)
            elif line.strip(_MARKS + " \t"):
                yield problem(
                    file,
                    f"line {line_no}",
                    "text before the first dated message was skipped",
                    source=FORMAT,
                )
    if pending is not None:
        yield from _emit(file, pending, order, conversation, ctx)
    if not seen_any:
        yield problem(file, "", "no WhatsApp messages found", ProblemCode.EMPTY, FORMAT)


def _emit(
    file: InputFile, pending: _Pending, order: str, conversation: str | None, ctx: ParseContext
) -> Iterator[ParseItem]:
    locator = f"line {pending.line_no}"
    try:
        timestamp = _timestamp(pending.match, order, ctx)
    except ValueError as exc:
        yield problem(file, locator, f"impossible date or time ({exc})", source=FORMAT)
        return
    body = "\n".join(pending.lines).lstrip(_MARKS)
    if "\ufffd" in body:
        yield problem(
            file, locator, "undecodable bytes replaced with U+FFFD", ProblemCode.ENCODING, FORMAT
        )
    author: str | None = None
    text = body
    found = _AUTHOR.match(body)
    is_ios = pending.match.re is IOS_HEADER
    if found and not (found["author"].strip() and _looks_like_system_without_author(body, found)):
        author = found["author"].strip(_MARKS + " ")
        text = found["text"]
    is_system = author is None
    marked = text.startswith(tuple(_MARKS))
    text = text.lstrip(_MARKS)
    if is_ios and marked and _SYSTEM_PHRASES.search(text) and not _ATTACHED.search(text):
        is_system = True
        author = None
    edited = bool(_EDITED.search(text))
    if edited:
        text = _EDITED.sub("", text).rstrip()
    deleted = bool(_DELETED.match(text.strip()))
    media: str | None = None
    caption: str | None = text
    if deleted:
        caption = None
    elif (omitted := _MEDIA_OMITTED.match(text.strip())) is not None:
        media = (omitted["kind"] or "media").lower()
        caption = None
    elif (attached := _FILE_ATTACHED.match(text)) is not None:
        media = attached["name"]
        caption = attached["caption"]
    elif (ios_attached := _ATTACHED.search(text)) is not None:
        media = ios_attached["name"]
        caption = (
            _ATTACHED.sub("", text).replace(_MARKS[0], "").strip().removesuffix("•").strip() or None
        )
    elif _POLL.match(text):
        media = "poll"
        caption = "\n".join(part.lstrip(_MARKS) for part in text.split("\n")[1:])
    yield Message(
        source=FORMAT,
        path=file.display,
        locator=locator,
        timestamp=timestamp,
        tz_assumed=True,
        actor=author,
        counterparty=conversation if author != conversation else None,
        conversation=conversation,
        text=caption.replace("\u200e", "") if caption else None,
        is_system=is_system,
        media=media,
        deleted=deleted,
        edited=edited,
    )
    located = _LOCATION.search(text)
    if located:
        yield LocationPoint(
            source=FORMAT,
            path=file.display,
            locator=locator,
            timestamp=timestamp,
            tz_assumed=True,
            actor=author,
            lat=float(located["lat"]),
            lon=float(located["lon"]),
        )


def _looks_like_system_without_author(body: str, found: re.Match[str]) -> bool:
    """Android system lines have no author, yet may contain a colon later on."""
    head = found["author"]
    return bool(_SYSTEM_PHRASES.search(head)) and len(head.split()) > 3
