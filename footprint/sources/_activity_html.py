"""Google Takeout's HTML "My Activity" (its default), read as a stream.

Each entry is a ``div.outer-cell`` holding a ``div.header-cell`` (the product), a
first ``div.content-cell`` (title line with its link, subtitle lines, the date on
the last line, separated by ``<br>``) and a caption ``div.content-cell`` with
``Products:`` / ``Locations:`` / ``Details:`` sections. Each becomes the dict the
JSON export holds (``header``, ``title``, ``titleUrl``, ``time``, ``subtitles``,
``products``, ``locationInfos``), so one function reads both; the date, written
for people, is read here into ISO text, or reported when not understood.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from typing import IO, Any

_CHUNK = 1 << 16

# Month names as Takeout writes them (English and German); never the machine's locale.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "januar", "jän", "jänner"),
            ("feb", "february", "februar"),
            ("mar", "march", "mär", "märz"),
            ("apr", "april"),
            ("may", "mai"),
            ("jun", "june", "juni"),
            ("jul", "july", "juli"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october", "okt", "oktober"),
            ("nov", "november"),
            ("dec", "december", "dez", "dezember"),
        ),
        start=1,
    )
    for name in names
}
# Fixed offsets (hours) of the zone abbreviations Takeout writes; an abbreviation not
# listed (or an ambiguous one such as IST) is reported, never guessed from the machine.
_ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1,
    "CET": 1, "MEZ": 1, "CEST": 2, "MESZ": 2, "EET": 2, "OEZ": 2, "EEST": 3, "OESZ": 3,
    "MSK": 3, "HKT": 8, "SGT": 8, "JST": 9, "KST": 9,
    "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    "HST": -10, "AKST": -9, "AKDT": -8, "PST": -8, "PDT": -7, "MST": -7, "MDT": -6,
    "CST": -6, "CDT": -5, "EST": -5, "EDT": -4, "AST": -4, "ADT": -3,
}  # fmt: skip
_CLOCK = (
    r",?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?(?:\s+(?P<zone>\S.*?))?\s*$"
)
_DATES = tuple(
    re.compile(pattern + _CLOCK)
    for pattern in (
        r"^(?P<month>[^\W\d_]+)\.?\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})",  # Jan 5, 2024
        r"^(?P<day>\d{1,2})\.?\s+(?P<month>[^\W\d_]+)\.?\s+(?P<year>\d{4})",  # 5 Jan 2024
        r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})",  # 05.01.2024
        r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})",  # 2024-01-05
    )
)
_OFFSET = re.compile(
    r"^(?:GMT|UTC)(?P<sign>[-+\u2212])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?$"
)


def _zone(text: str | None) -> tuple[bool, timezone | None]:
    """Whether the zone text is understood, and the fixed offset it names (None: no zone)."""
    if text is None:
        return True, None
    text = text.strip().upper()
    if text in _ZONES:
        return True, timezone(timedelta(hours=_ZONES[text]))
    match = _OFFSET.match(text)
    if match is None:
        return False, None
    sign = 1 if match["sign"] == "+" else -1
    delta = timedelta(hours=int(match["hours"]), minutes=int(match["minutes"] or 0))
    if delta >= timedelta(hours=15):
        return False, None
    return True, timezone(sign * delta)


def read_date(text: str) -> datetime | None:
    """The moment a Takeout HTML date names (naive when it names no zone), else None."""
    text = " ".join(text.split())
    for pattern in _DATES:
        match = pattern.match(text)
        if match is None:
            continue
        month_text = match["month"]
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower())
        understood, zone = _zone(match["zone"])
        if month is None or not understood:
            return None
        hour = int(match["hour"])
        if match["ampm"]:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if match["ampm"][0] in "Pp" else 0)
        try:
            return datetime(
                int(match["year"]),
                month,
                int(match["day"]),
                hour,
                int(match["minute"]),
                int(match["second"] or 0),
                tzinfo=zone,
            )
        except ValueError:
            return None
    return None


@dataclass
class _Line:
    text: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, text)
    bold: bool = False  # some text was bold
    plain: bool = False  # some text was not bold

    @property
    def clean(self) -> str:
        return " ".join("".join(self.text).split())


@dataclass
class _Cells:
    header: list[str] = field(default_factory=list)
    body: list[_Line] = field(default_factory=lambda: [_Line()])
    caption: list[_Line] = field(default_factory=lambda: [_Line()])
    content_cells: int = 0


@dataclass(frozen=True, slots=True)
class HtmlEntry:
    """One entry as the JSON export would hold it (without ``time``), the date text
    as written (None when the entry has none) and the moment it names (None when
    not understood)."""

    value: dict[str, Any]
    date_text: str | None
    when: datetime | None


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.done: list[_Cells] = []
        self._entry: _Cells | None = None
        self._roles: list[str] = []  # the role each open div plays ("" for none)
        self._link: tuple[str, list[str]] | None = None
        self._bold = 0

    def _role(self) -> str:
        return next((role for role in reversed(self._roles) if role), "")

    def _lines(self) -> list[_Line] | None:
        if self._entry is None:
            return None
        role = self._role()
        return {"body": self._entry.body, "caption": self._entry.caption}.get(role)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "div":
            classes = (dict(attrs).get("class") or "").split()
            role = ""
            if "outer-cell" in classes:
                self._entry, role = _Cells(), "outer"
            elif self._entry is not None and "header-cell" in classes:
                role = "header"
            elif self._entry is not None and "content-cell" in classes:
                self._entry.content_cells += 1
                if "mdl-typography--caption" in classes:
                    role = "caption"
                else:
                    role = "body" if self._entry.content_cells == 1 else "other"
            self._roles.append(role)
        elif tag in ("br", "p"):
            # A paragraph (Gemini's answer after the date) starts a line like <br>.
            lines = self._lines()
            if lines is not None:
                lines.append(_Line())
        elif tag == "a":
            self._link = (dict(attrs).get("href") or "", [])
        elif tag == "b":
            self._bold += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._roles:
            if self._roles.pop() == "outer" and self._entry is not None:
                self.done.append(self._entry)
                self._entry = None
        elif tag == "a" and self._link is not None:
            lines = self._lines()
            if lines is not None and self._link[0]:
                lines[-1].links.append((self._link[0], "".join(self._link[1])))
            self._link = None
        elif tag == "b":
            self._bold = max(0, self._bold - 1)

    def handle_data(self, data: str) -> None:
        if self._entry is None:
            return
        if self._role() == "header":
            self._entry.header.append(data)
            return
        lines = self._lines()
        if lines is None:
            return
        lines[-1].text.append(data)
        if data.strip():
            if self._bold:
                lines[-1].bold = True
            else:
                lines[-1].plain = True
        if self._link is not None:
            self._link[1].append(data)


def _sections(lines: list[_Line]) -> dict[str, list[_Line]]:
    """Caption lines by their bold label (``Products:``, ``Locations:``, ``Why is this
    here?`` ...)."""
    sections: dict[str, list[_Line]] = {}
    current = ""
    for line in lines:
        text = line.clean
        if not text:
            continue
        if line.bold and not line.plain:
            current = text.rstrip(":?").strip().casefold()
            continue
        sections.setdefault(current, []).append(line)
    return sections


_PRODUCTS = ("products", "produkte")
_LOCATIONS = ("locations", "standorte", "orte")


def _as_json(cells: _Cells) -> HtmlEntry:
    lines = [line for line in cells.body if line.clean]
    value: dict[str, Any] = {}
    header = " ".join("".join(cells.header).split())
    if header:
        value["header"] = header
    # The date is the last line that reads as one (Gemini puts its answer after it);
    # when none does, the last line is reported as the date not understood.
    at, when = len(lines) - 1, None
    for index in range(len(lines) - 1, 0, -1):
        when = read_date(lines[index].clean)
        if when is not None:
            at = index
            break
    date_text = lines[at].clean if at >= 1 else None
    if lines:
        value["title"] = lines[0].clean
        if lines[0].links:
            value["titleUrl"] = lines[0].links[0][0]
    value["subtitles"] = [
        {"name": line.clean, **({"url": line.links[0][0]} if line.links else {})}
        for line in lines[1:at]
    ]
    sections = _sections(cells.caption)
    value["products"] = [line.clean for label in _PRODUCTS for line in sections.get(label, [])]
    infos = []
    for label in _LOCATIONS:
        for line in sections.get(label, []):
            info: dict[str, Any] = {"name": line.clean}
            if line.links:
                info["url"] = line.links[0][0]
                info["name"] = " ".join(line.links[0][1].split()) or line.clean
            _, dash, how = line.clean.rpartition(" - ")
            if dash and how:
                info["source"] = how
            infos.append(info)
    value["locationInfos"] = infos
    return HtmlEntry(value, date_text, when)


def entries(stream: IO[bytes]) -> Iterator[HtmlEntry]:
    """The entries of a My Activity HTML file, one chunk of the file at a time."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    reader = _Reader()
    while True:
        chunk = stream.read(_CHUNK)
        reader.feed(decoder.decode(chunk, final=not chunk))
        if not chunk:
            reader.close()
        for cells in reader.done:
            yield _as_json(cells)
        reader.done.clear()
        if not chunk:
            return
