"""The record model every source produces, and the problems it reports.

Records are frozen dataclasses. Every record names the format that produced it
(``source``), the file it came from (``path``) and its position inside that file
(``locator``), so any finding or inference can point back to the exact record.

Timestamps are always timezone-aware. Where an export states no zone, the parser
attaches the zone it assumed and sets ``tz_assumed``.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

if TYPE_CHECKING:  # pandas costs a third of a second to import; only frames need it
    import pandas as pd

from footprint.phrases import Phrase

__all__ = [
    "RECORD_COLUMNS",
    "Activity",
    "Contact",
    "LocationPoint",
    "LocationVisit",
    "Message",
    "ParseItem",
    "Payment",
    "PlatformInference",
    "Post",
    "Problem",
    "ProblemCode",
    "ProfileFact",
    "Record",
    "pack_raw_fields",
    "record_to_dict",
    "records_to_frame",
    "split_items",
    "unpack_raw_fields",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class Record:
    """Fields shared by every record.

    ``source`` is the format id (e.g. ``"whatsapp"``), ``path`` the display path of
    the file (``export.zip!/data/tweets.js`` inside archives) and ``locator`` the
    position inside it: ``line 12``, ``row 3`` or a JSON path such as ``$[4].tweet``.
    """

    kind: ClassVar[str] = "record"

    source: str
    path: str
    locator: str
    timestamp: datetime | None = None
    tz_assumed: bool = False
    actor: str | None = None
    counterparty: str | None = None
    text: str | None = None
    # The export's own fields that name someone, by their name in the export, as written
    # by pack_raw_fields (``{"Sender": "wxid_...", "NickName": "..."}``): values the
    # record's other fields do not keep. Which fields a format passes, and what each
    # holds, is declared in footprint.pii.structured.FIELD_ENTITIES.
    raw_fields: str | None = None

    def __post_init__(self) -> None:
        if self.timestamp is not None and self.timestamp.utcoffset() is None:
            raise ValueError(f"{self.path} {self.locator}: timestamp must be timezone-aware")

    @property
    def ref(self) -> str:
        """A stable reference to this record: ``path#locator``."""
        return f"{self.path}#{self.locator}"


@dataclass(frozen=True, kw_only=True, slots=True)
class Message(Record):
    """A chat message. ``actor`` is the sender, ``conversation`` the chat's name."""

    kind: ClassVar[str] = "message"

    conversation: str | None = None
    is_system: bool = False
    media: str | None = None
    deleted: bool = False
    edited: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class Payment(Record):
    """A payment. Negative ``amount`` leaves the user's account, positive arrives."""

    kind: ClassVar[str] = "payment"

    amount: Decimal | None = None
    currency: str | None = None
    status: str | None = None
    category: str | None = None
    transaction_id: str | None = None
    counterparty_account: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Post(Record):
    """A public or semi-public post, comment or reply."""

    kind: ClassVar[str] = "post"

    post_type: str = "post"
    url: str | None = None
    in_reply_to: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class LocationPoint(Record):
    """A raw position fix."""

    kind: ClassVar[str] = "location_point"

    lat: float
    lon: float
    accuracy_m: float | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class LocationVisit(Record):
    """A stay at a place, from ``timestamp`` to ``end``."""

    kind: ClassVar[str] = "location_visit"

    lat: float | None = None
    lon: float | None = None
    place_name: str | None = None
    address: str | None = None
    end: datetime | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Contact(Record):
    """An entry of an address book, follower list or connection list."""

    kind: ClassVar[str] = "contact"

    name: str | None = None
    phone: str | None = None
    email: str | None = None
    handle: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class ProfileFact(Record):
    """One fact about the account holder: ``field`` is e.g. email, phone, username."""

    kind: ClassVar[str] = "profile_fact"

    field: str
    value: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Activity(Record):
    """A search, a watched video, a visited page, a login."""

    kind: ClassVar[str] = "activity"

    activity_type: str
    title: str | None = None
    url: str | None = None
    ip: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class PlatformInference(Record):
    """Something the platform itself inferred about the user (ad interests, home...)."""

    kind: ClassVar[str] = "platform_inference"

    category: str
    value: str


class ProblemCode(enum.StrEnum):
    """The declared kinds of problem a loader or parser may report."""

    UNREADABLE = "unreadable"  # I/O error, truncated archive, bad CRC
    ENCODING = "encoding"  # text could not be decoded cleanly
    MALFORMED = "malformed"  # a row, line or value does not fit the format
    UNRECOGNISED = "unrecognised"  # no source claims the file
    REFUSED = "refused"  # a safety limit refused the file or archive
    EMPTY = "empty"  # the file holds no records
    ANALYSIS = "analysis"  # one inference family or score lens failed; the others ran


@dataclass(frozen=True, kw_only=True, slots=True)
class Problem:
    """A parse or load problem: reported next to records, never raised."""

    path: str
    locator: str
    detail: Phrase  # a catalogue code and its values (footprint.phrasebook)
    code: ProblemCode = ProblemCode.MALFORMED
    source: str | None = None

    @property
    def message(self) -> str:
        """The problem in English, as the CLI and the scan JSON write it."""
        return self.detail.text()

    @property
    def message_id(self) -> str:
        return self.detail.id

    def text(self, language: str = "en") -> str:
        """The problem, with where it is, in ``language``."""
        where = f"{self.path} ({self.locator})" if self.locator else self.path
        return f"{where}: {self.detail.text(language)}"

    def __str__(self) -> str:
        return self.text()


ParseItem = Record | Problem
R = TypeVar("R", bound=Record)


def record_maker(cls: type[R], *names: str) -> Callable[..., R]:
    """A fast positional constructor of ``cls`` taking ``names``; other fields get their
    defaults.

    For parsers that emit millions of records (raw location fixes): a frozen
    dataclass sets each field through ``object.__setattr__``, about three times
    slower than the slot setters used here. ``__post_init__`` is skipped, so the
    caller guarantees what it checks (timestamps carry a zone).
    """
    fields = {field.name: field for field in dataclasses.fields(cls)}
    unknown = set(names) - set(fields)
    if unknown:
        raise ValueError(f"{cls.__name__} has no fields {sorted(unknown)}")
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    lines = []
    for name, field in fields.items():
        namespace[f"set_{name}"] = getattr(cls, name).__set__
        if name in names:
            lines.append(f" set_{name}(item, {name})")
        else:
            if field.default is dataclasses.MISSING:
                raise ValueError(f"{cls.__name__}.{name} has no default: pass it")
            namespace[f"default_{name}"] = field.default
            lines.append(f" set_{name}(item, default_{name})")
    # Generated like dataclasses' own __init__, from the class's field names only.
    source = f"def make({', '.join(names)}):\n item = new(cls)\n" + "\n".join(lines)
    exec(source + "\n return item\n", namespace)  # noqa: S102
    return namespace["make"]  # type: ignore[no-any-return]


def pack_raw_fields(fields: Iterable[tuple[str, str]]) -> str | None:
    """The ``raw_fields`` text of (field name, value) pairs; None when no value is set.

    A JSON object in the order given: one string per record, which the column store
    keeps dictionary-encoded when it repeats (a chat's sender on every message).
    """
    pairs = {name: value.strip() for name, value in fields if value and value.strip()}
    return json.dumps(pairs, ensure_ascii=False, separators=(",", ":")) if pairs else None


@functools.lru_cache(maxsize=4096)
def unpack_raw_fields(text: str | None) -> tuple[tuple[str, str], ...]:
    """The (field name, value) pairs of a ``raw_fields`` text; () for None or bad text."""
    if not text:
        return ()
    try:
        loaded = json.loads(text)
    except ValueError:
        return ()
    if not isinstance(loaded, dict):
        return ()
    return tuple((str(k), v) for k, v in loaded.items() if isinstance(v, str) and v)


def split_items(items: Iterable[ParseItem]) -> tuple[list[Record], list[Problem]]:
    """Separate a parser's output into records and problems."""
    records: list[Record] = []
    problems: list[Problem] = []
    for item in items:
        (problems if isinstance(item, Problem) else records).append(item)  # type: ignore[arg-type]
    return records, problems


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


def record_to_dict(record: Record | Problem) -> dict[str, Any]:
    """A JSON-ready dict of a record (with its ``kind``) or a problem; None fields dropped."""
    out: dict[str, Any] = {}
    if isinstance(record, Record):
        out["kind"] = record.kind
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if value is None or value is False:
            continue
        out[field.name] = _jsonable(value)
    return out


# Column -> dtype of the frame built by records_to_frame. Kind-specific fields that
# a record lacks stay missing (<NA>/NaN/NaT).
RECORD_COLUMNS: dict[str, str] = {
    "kind": "category",
    "source": "category",
    "path": "string",
    "locator": "string",
    "timestamp": "datetime64[ns, UTC]",
    "tz_assumed": "boolean",
    "actor": "string",
    "counterparty": "string",
    "text": "string",
    "conversation": "string",
    "is_system": "boolean",
    "media": "string",
    "amount": "Float64",
    "currency": "string",
    "status": "string",
    "category": "string",
    "lat": "Float64",
    "lon": "Float64",
    "place_name": "string",
    "address": "string",
    "end": "datetime64[ns, UTC]",
    "name": "string",
    "phone": "string",
    "email": "string",
    "handle": "string",
    "field": "string",
    "value": "string",
    "activity_type": "string",
    "title": "string",
    "url": "string",
    "ip": "string",
}


def _rows(records: Iterable[Record]) -> Iterator[dict[str, Any]]:
    for record in records:
        row: dict[str, Any] = {"kind": record.kind}
        for column in RECORD_COLUMNS:
            if column == "kind":
                continue
            value = getattr(record, column, None)
            if isinstance(value, Decimal):
                value = float(value)
            row[column] = value
        yield row


def records_to_frame(records: Iterable[Record]) -> pd.DataFrame:
    """A DataFrame of records with the explicit dtypes of ``RECORD_COLUMNS``.

    Timestamps are converted to UTC; the local wall time is recoverable from the
    record itself when needed.
    """
    import pandas as pd

    frame = pd.DataFrame.from_records(list(_rows(records)), columns=list(RECORD_COLUMNS))
    for column, dtype_name in RECORD_COLUMNS.items():
        dtype: Any = dtype_name  # pandas-stubs only accept literal dtype names
        if dtype_name.startswith("datetime64"):
            frame[column] = pd.to_datetime(frame[column], utc=True).astype(dtype)
        else:
            frame[column] = frame[column].astype(dtype)
    return frame
