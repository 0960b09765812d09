"""The shared input of every inference family: one typed frame of records and who "me" is.

:func:`prepare` builds an :class:`InferenceInput` once; each family reads its columns
with vectorised pandas operations. ``local`` is the wall-clock time where the record
was made, which is what routines are about: the zone the export stated, or the one the
scan decided for its source (see :mod:`footprint.timezones`), never the computer's;
``timestamp`` is the same instant in UTC.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from footprint.infer.lexicon import matcher
from footprint.infer.people import People, people
from footprint.model import LocationPoint, Record
from footprint.store import ColumnStore

__all__ = ["InferenceInput", "UserIdentity", "normalize_identifier", "prepare", "refs"]

# Record attributes copied into the frame (besides kind, timestamp and the local time).
_COLUMNS = (
    "source",
    "path",
    "locator",
    "tz_assumed",
    "actor",
    "counterparty",
    "text",
    "conversation",
    "is_system",
    "amount",
    "currency",
    "status",
    "category",
    "counterparty_account",
    "post_type",
    "in_reply_to",
    "lat",
    "lon",
    "place_name",
    "address",
    "name",
    "phone",
    "email",
    "handle",
    "field",
    "value",
    "activity_type",
    "title",
    "url",
    "ip",
)

# Actor values some exports use for the account holder instead of a name.
SELF_ALIASES = frozenset({"you", "me", "我", "self", "本人", "自己"})

# Profile fields that are not the account holder's identifiers: facts about them that
# other people share (a city, a gender), and fields naming someone else (a family member,
# a partner). Taking "Linda Alvarez (Mother)" for the user would hide the mother's chat.
NOT_USER_IDENTIFIERS = frozenset(
    {"account_id", "account_created", "created_via", "language", "gender", "birthday",
     "current_city", "hometown", "bio", "religion", "politics", "work", "education",
     "relationship", "partner", "spouse", "family_member", "emergency_contact"}
)  # fmt: skip
# An app's label before a chat's title ("Instagram: Jane Doe", see sources/messenger.py).
_APP_LABEL = r"^[A-Z][A-Za-z ]{1,20}:\s+"
_PARENTHETICAL = re.compile(r"\s*[(（][^)）]*[)）]\s*")
_SPACES = re.compile(r"\s+")
_PHONE = re.compile(r"^\+?[\d\s().\-]{7,}$")


def normalize_identifier(value: str | None) -> str | None:
    """A comparable form of a name, handle, e-mail or phone: case-folded, no ``@`` prefix,
    no parenthetical note, phones reduced to their last 9 digits."""
    if value is None:
        return None
    text = _PARENTHETICAL.sub(" ", str(value)).strip()
    if not text:
        return None
    if _PHONE.match(text):
        digits = re.sub(r"\D", "", text)
        return digits[-9:] if len(digits) >= 7 else None
    return _SPACES.sub(" ", text.lstrip("@")).casefold() or None


@dataclass
class UserIdentity:
    """The account holder's identifiers, normalised, and the records each was found in."""

    keys: set[str] = field(default_factory=set)
    # normalised identifier -> (kind, display form, evidence row positions)
    found: dict[str, tuple[str, str, list[int]]] = field(default_factory=dict)

    def add(self, kind: str, display: str, rows: Iterable[int]) -> None:
        key = normalize_identifier(display)
        if key is None or key in SELF_ALIASES:
            return
        self.keys.add(key)
        _, _, existing = self.found.setdefault(key, (kind, display, []))
        existing.extend(rows)


@dataclass(frozen=True)
class PointBatch:
    """Raw location fixes of one stored block, as arrays (see
    :meth:`InferenceInput.point_batches`)."""

    positions: np.ndarray  # store positions, which are also frame index values
    lat: np.ndarray
    lon: np.ndarray
    timestamp: np.ndarray  # datetime64[ns], UTC
    local: np.ndarray  # datetime64[ns], wall clock where the fix was made
    tz_assumed: np.ndarray  # bool
    path: pa.Array
    locator: pa.Array


@dataclass
class InferenceInput:
    """The frame every family reads, with the user's identity and derived columns.

    Raw location fixes (a location history holds millions) are not rows of ``frame``:
    they stay in ``store`` and are read a block at a time with :meth:`point_batches`.
    """

    frame: pd.DataFrame
    user: UserIdentity
    store: ColumnStore[Record] | None = field(default=None, repr=False)
    # Each contact's display name and aliases, by contact_key (footprint.infer.people).
    people: People = field(default_factory=People)
    _hits: dict[str, pd.DataFrame] = field(default_factory=dict, repr=False)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    def forget(self, hits: bool = False) -> None:
        """Drop memoised results (and, with ``hits``, the lexicon hits), to free their memory."""
        self._memo.clear()
        if hits:
            self._hits.clear()

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """``compute()``, run once per input: for results several families share."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def point_batches(self) -> Iterator[PointBatch]:
        """Every :class:`~footprint.model.LocationPoint`, a stored block at a time."""
        if self.store is None:
            return
        names = ["lat", "lon", "timestamp", "tz_assumed", "path", "locator"]
        for positions, columns in self.store.iter_blocks(LocationPoint, names):
            utc, local = _instants(columns["timestamp"], self.store.zones)
            length = len(positions)
            tz_assumed = (
                _arrow(columns["tz_assumed"], length, pa.bool_())
                .fill_null(False)
                .to_numpy(zero_copy_only=False)
                .astype(bool)
            )
            yield PointBatch(
                positions=positions,
                lat=_floats(_arrow(columns["lat"], length, pa.float64())),
                lon=_floats(_arrow(columns["lon"], length, pa.float64())),
                timestamp=utc,
                local=local,
                tz_assumed=tz_assumed,
                path=_arrow(columns["path"], length, pa.string()),
                locator=_arrow(columns["locator"], length, pa.string()),
            )

    def hits(self, lexicon: str, index: pd.Index | None = None) -> pd.DataFrame:
        """Lexicon hits (``position``, ``group``, ``label``, ``term``) in the rows' search
        text, restricted to the frame positions in ``index``. Each lexicon runs once."""
        if lexicon not in self._hits:
            texts = self.frame["search_text"]
            present = texts[texts.notna()]
            found = matcher(lexicon).frame_hits(present.reset_index(drop=True))
            found["position"] = present.index.to_numpy()[found["row"].to_numpy()]
            self._hits[lexicon] = found.drop(columns="row")
        found = self._hits[lexicon]
        return found if index is None else found[found["position"].isin(index)]

    def __len__(self) -> int:
        return len(self.frame)

    def of_kind(self, *kinds: str) -> pd.DataFrame:
        return self.frame[self.frame["kind"].isin(kinds)]

    @property
    def own(self) -> pd.Series:
        """Rows the user made themselves (sent messages, own posts, payments, searches)."""
        return self.frame["is_me"]


def refs(frame: pd.DataFrame, limit: int | None = 50) -> tuple[str, ...]:
    """``path#locator`` of the rows of ``frame``, in frame order, at most ``limit``."""
    part = frame if limit is None else frame.head(limit)
    return tuple(
        f"{path}#{locator}" for path, locator in zip(part["path"], part["locator"], strict=True)
    )


def map_unique(series: pd.Series, function: Callable[[Any], Any]) -> pd.Series:
    """``series.map(function)`` calling ``function`` once per distinct non-missing value."""
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    mapped = np.empty(len(uniques) + 1, dtype=object)
    mapped[: len(uniques)] = [function(value) for value in uniques]
    mapped[-1] = None
    return pd.Series(mapped[codes], index=series.index, dtype=object)


def _instants(column: Any, zones: Sequence[object]) -> tuple[np.ndarray, np.ndarray]:
    """UTC instants (naive, datetime64[ns]) and local wall-clock times of a stored
    datetime column, converted per distinct zone (vectorised, no per-record call)."""
    combined = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if not pa.types.is_struct(combined.type):  # no value at all was stored
        missing = np.full(len(combined), np.datetime64("NaT"), dtype="datetime64[ns]")
        return missing, missing.copy()
    # Nulls filled first: NumPy would otherwise make the column float and round it.
    utc = combined.field("utc").cast(pa.int64()).fill_null(0).to_numpy(zero_copy_only=False)
    valid = combined.field("utc").is_valid().to_numpy(zero_copy_only=False)
    utc = np.where(valid, utc, np.iinfo(np.int64).min).astype("datetime64[ns]")
    # A record without a time has a null zone too; as a float NaN it would index nothing.
    zone_ids = combined.field("zone").fill_null(0).to_numpy(zero_copy_only=False)
    local = utc.copy()  # zone 0 (naive) is already wall-clock time
    for zone_id in np.unique(zone_ids).tolist():
        zone = zones[zone_id]
        if zone is None:
            continue
        rows = zone_ids == zone_id
        converted = pd.DatetimeIndex(utc[rows]).tz_localize("UTC").tz_convert(zone)
        local[rows] = converted.tz_localize(None).to_numpy()
    return utc, local


_FLAGS = frozenset({"tz_assumed", "is_system"})
_NUMBERS = frozenset({"lat", "lon", "amount"})
_CATEGORIES = frozenset({"source", "path"})


def _arrow(column: Any, length: int, arrow_type: pa.DataType) -> pa.Array:
    """One stored column as a single Arrow array of ``arrow_type`` (nulls when absent)."""
    if column is None:
        return pa.nulls(length, arrow_type)
    if isinstance(column, list):  # kept as Python objects by the store (not expected here)
        column = pa.array(column)
    combined = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if pa.types.is_null(combined.type):
        return pa.nulls(length, arrow_type)
    return combined


def _floats(array: pa.Array) -> np.ndarray:
    return np.asarray(array.cast(pa.float64()).fill_null(np.nan).to_numpy(zero_copy_only=False))


def _text_column(pieces: list[pa.Array], order: np.ndarray) -> pa.Array:
    typed = [
        p.cast(pa.large_string()) if not pa.types.is_large_string(p.type) else p for p in pieces
    ]
    joined = pa.concat_arrays(typed) if len(typed) > 1 else typed[0]
    return joined.take(pa.array(order)) if len(order) else joined


class _StoredColumns:
    """A class's columns, each read from the store when asked for and not kept: the frame
    is built one column at a time, so only one column's temporaries exist at once."""

    def __init__(self, store: ColumnStore[Record], cls: type[Record]) -> None:
        self.store, self.cls = store, cls
        self.fields = {f.name for f in dataclasses.fields(cls)}

    def __contains__(self, name: object) -> bool:
        return name in self.fields

    def __getitem__(self, name: str) -> Any:
        return self.store.columns(self.cls, [name])[1][name]

    def get(self, name: str) -> Any:
        return self[name] if name in self.fields else None


def _frame_from_store(
    store: ColumnStore[Record], classes: Sequence[type[Record]], names: Sequence[str]
) -> pd.DataFrame:
    """One row per record of ``classes``, in store order, indexed by store position.

    Text columns are pandas' Arrow-backed ``str`` (one buffer, not an object per row);
    ``source`` and ``path`` are categorical.
    """
    blocks: list[tuple[type[Record], np.ndarray, _StoredColumns]] = []
    for cls in classes:
        positions, _ = store.columns(cls, [])
        blocks.append((cls, positions, _StoredColumns(store, cls)))
    everything = np.concatenate([b[1] for b in blocks]) if blocks else np.empty(0, np.int64)
    order = np.argsort(everything, kind="stable")
    total = len(everything)
    data: dict[str, Any] = {}
    kinds = np.concatenate(
        [np.full(len(b[1]), i, dtype=np.int16) for i, b in enumerate(blocks)]
        or [np.empty(0, np.int16)]
    )
    data["kind"] = pd.Categorical.from_codes(
        kinds[order], categories=pd.Index([cls.kind for cls in classes], dtype=object)
    )
    empty_text: Any = None
    utc_parts, local_parts, end_parts = [], [], []
    for _, positions, columns in blocks:
        if "timestamp" in columns:
            utc, local = _instants(columns["timestamp"], store.zones)
        else:
            utc = local = np.full(len(positions), np.datetime64("NaT"), dtype="datetime64[ns]")
        utc_parts.append(utc)
        local_parts.append(local)
        if "end" in columns:
            end_parts.append(_instants(columns["end"], store.zones)[1])
        else:
            end_parts.append(np.full(len(positions), np.datetime64("NaT"), dtype="datetime64[ns]"))
    for name in names:
        arrow_type = (
            pa.bool_() if name in _FLAGS else pa.string()
        )  # numbers are stored as float64 or (amounts) decimal text; both parse below
        pieces = [
            _arrow(columns.get(name), len(positions), arrow_type)
            for _, positions, columns in blocks
        ]
        if name in _FLAGS:
            joined = (
                np.concatenate(
                    [p.fill_null(False).to_numpy(zero_copy_only=False).astype(bool) for p in pieces]
                )
                if pieces
                else np.empty(0, dtype=bool)
            )
            data[name] = joined[order]
        elif name in _NUMBERS:
            joined = (
                np.concatenate(
                    [
                        pd.to_numeric(
                            pd.Series(p.to_numpy(zero_copy_only=False), dtype=object),
                            errors="coerce",
                        ).to_numpy(dtype="float64", na_value=np.nan)
                        for p in pieces
                    ]
                )
                if pieces
                else np.empty(0)
            )
            data[name] = joined[order]
        elif name not in _CATEGORIES and all(piece.null_count == len(piece) for piece in pieces):
            # Most kinds lack most fields: every empty column wraps the same (immutable)
            # Arrow array of nulls, each in its own pandas array so that none aliases another.
            if empty_text is None:
                empty_text = pa.chunked_array([pa.nulls(total, pa.large_string())])
            data[name] = empty_text.to_pandas().array
        else:
            text = _text_column(pieces, order) if pieces else pa.array([], pa.string())
            if name in _CATEGORIES:
                encoded = text.dictionary_encode()
                data[name] = pd.Categorical.from_codes(
                    encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False),
                    encoded.dictionary.to_pylist(),
                )
            else:
                data[name] = text.to_pandas().array

    def joined_times(parts: list[np.ndarray]) -> np.ndarray:
        return np.concatenate(parts)[order] if parts else np.empty(0, dtype="datetime64[ns]")

    data["timestamp"] = pd.DatetimeIndex(joined_times(utc_parts)).tz_localize("UTC").as_unit("us")
    data["local"] = joined_times(local_parts)
    data["end_local"] = joined_times(end_parts).astype("datetime64[us]")
    # No copy: every column was built for this frame alone.
    frame = pd.DataFrame(data, index=pd.Index(everything[order]) if total else None, copy=False)
    return frame


def _build_frame(store: ColumnStore[Record]) -> pd.DataFrame:
    """The frame of every record but raw location fixes."""
    classes = [cls for cls in store.count_classes() if cls is not LocationPoint]
    return _frame_from_store(store, classes, _COLUMNS)


def _display_name(value: str) -> str:
    return _PARENTHETICAL.sub(" ", value).strip()


def _identify(frame: pd.DataFrame) -> UserIdentity:
    """Who the account holder is, from profile facts, payments, own posts and chats."""
    user = UserIdentity()
    facts = frame[frame["kind"] == "profile_fact"]
    pairs = facts[["field", "value"]].astype(str)
    for group_key, rows in pairs.groupby(["field", "value"], sort=True).groups.items():
        fact_field, value = (str(part) for part in group_key)  # type: ignore[attr-defined]
        kind = fact_field
        if kind in NOT_USER_IDENTIFIERS:
            continue
        shown = _display_name(str(value)) if kind in {"display_name", "name"} else str(value)
        user.add(kind, shown, [int(i) for i in rows])
    # Payment exports name the account holder as actor; own posts likewise.
    # Only the columns read: a masked copy of the whole wide frame would double its size.
    own_made = frame.loc[
        frame["kind"].isin(["payment", "post"]) & frame["actor"].notna(), ["actor"]
    ]
    for actor, rows in own_made.groupby("actor", sort=True).groups.items():
        if len(rows) >= max(1, len(own_made) // 50):
            user.add(
                "email" if "@" in str(actor)[1:] else "handle", str(actor), [int(i) for i in rows]
            )
    # The author present in every chat, or the one writing to a 1:1 chat named after the other.
    messages = frame.loc[
        (frame["kind"] == "message") & frame["actor"].notna() & ~frame["is_system"],
        ["path", "source", "conversation", "actor", "counterparty"],
    ]
    if not messages.empty:
        chat = _chats(messages).codes  # one small integer per row, not a string
        authors = pd.DataFrame({"chat": chat, "actor": messages["actor"]}).drop_duplicates()
        chats = authors["chat"].nunique()
        presence = Counter(authors["actor"])
        ranked = presence.most_common(2)
        if chats >= 2 and ranked:
            (top, count), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
            # The user is the one author found in (nearly) every chat.
            if count >= max(2, int(np.ceil(0.5 * chats))) and count > runner_up:
                rows = messages.index[messages["actor"] == top][:50]
                user.add("name", str(top), [int(i) for i in rows])
        # A 1:1 chat is titled after the other person, maybe behind the app's label
        # ("Instagram: Jane Doe"); each export names the user its own way, so the share is
        # taken per source (the user is "Rhys" in WhatsApp, "Rhys Callaghan" on Instagram).
        title = messages["conversation"].astype(str).str.replace(_APP_LABEL, "", regex=True)
        two_authors = authors.groupby("chat")["actor"].nunique() <= 2  # not a group chat
        addressed = messages[
            messages["counterparty"].notna()
            & (messages["counterparty"] == title)
            & (messages["actor"] != title)
            & pd.Series(chat, index=messages.index).map(two_authors).fillna(False).astype(bool)
        ]
        by_author = addressed.groupby(["source", "actor"], sort=True, observed=True)
        for group_key, rows in by_author.groups.items():
            actor = group_key[1]  # type: ignore[index]
            in_source = int((addressed["source"] == addressed.at[rows[0], "source"]).sum())
            if len(rows) >= 0.3 * in_source:
                user.add("name", str(actor), [int(i) for i in rows[:50]])
    return user


def prepare(records: Sequence[Record] | InferenceInput) -> InferenceInput:
    """Build the shared frame and the user's identity from records (or pass one through)."""
    if isinstance(records, InferenceInput):
        return records
    store = records if isinstance(records, ColumnStore) else ColumnStore.of(records)
    frame = _build_frame(store)
    user = _identify(frame)
    actor_keys = map_unique(frame["actor"], lambda value: normalize_identifier(str(value)))
    literal_self = map_unique(
        frame["actor"], lambda value: str(value).strip().casefold() in SELF_ALIASES
    )
    frame["actor_key"] = actor_keys
    frame["is_me"] = (actor_keys.isin(user.keys) | (literal_self == True)).astype(bool)  # noqa: E712
    # Posts and payments in an own export are the user's, whatever the actor column says.
    frame.loc[frame["kind"].isin(["post", "activity"]), "is_me"] = True
    payments = frame["kind"] == "payment"
    frame.loc[payments & frame["actor"].isna(), "is_me"] = True
    frame["hour"] = frame["local"].dt.hour
    frame["weekday"] = frame["local"].dt.day_of_week
    frame["day"] = frame["local"].dt.normalize()
    # Minutes ahead of UTC where the record was made (the zone stated or decided).
    frame["utc_offset_min"] = (
        (frame["local"] - frame["timestamp"].dt.tz_localize(None)).dt.total_seconds() / 60
    ).round()
    frame["chat"] = _chats(frame)
    frame["search_text"] = _search_text(frame)
    contact = _contacts(frame, user)
    # One person under one name: the one the user would recognise, whatever name a record
    # happens to give them (their nickname, the group's name for them, their wxid).
    known = people(frame, store, normalize_identifier, user.keys)

    def display(value: object) -> str:
        person = known.get(normalize_identifier(str(value)))
        return str(value) if person is None else person.name

    frame["contact"] = map_unique(contact, display) if known.by_key else contact
    frame["contact_key"] = map_unique(frame["contact"], lambda value: normalize_identifier(value))
    return InferenceInput(frame=frame, user=user, store=store, people=known)


def _chats(frame: pd.DataFrame) -> pd.Categorical:
    """Each row's chat, ``path + "\\x00" + conversation``: categorical (a few chats hold
    every row), built from codes so that no per-row string is ever made."""
    path_codes = np.asarray(frame["path"].cat.codes, dtype=np.int64)
    conversation_codes, conversations = pd.factorize(frame["conversation"], use_na_sentinel=True)
    width = len(conversations) + 1
    pairs, uniques = pd.factorize(path_codes * width + (conversation_codes + 1))
    paths = frame["path"].cat.categories
    names = np.array(
        [
            f"{paths[pair // width]}\x00{conversations[pair % width - 1] if pair % width else ''}"
            for pair in uniques.tolist()
        ],
        dtype=object,
    )
    # Categories in text order, as plain strings would sort.
    order = np.argsort(names, kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return pd.Categorical.from_codes(rank[pairs], categories=pd.Index(names[order], dtype=object))


def _search_text(frame: pd.DataFrame) -> pd.Series:
    """The text lexicons look at: a payment's payee, description and type; a search's
    title; a visit's place name and address; otherwise the text."""
    # Arrow-backed strings: a million texts stay one buffer, not a million objects.
    text = frame["text"].astype("str")
    kind = frame["kind"]

    def joined(rows: pd.Series, *columns: str) -> pd.Series:
        part = frame.loc[rows, list(columns)]
        out = part[columns[0]].fillna("").astype(str)
        for column in columns[1:]:
            out = out + " | " + part[column].fillna("").astype(str)
        return out

    for rows, columns in (
        (kind == "payment", ("counterparty", "text", "category", "counterparty_account")),
        (kind == "activity", ("title", "text")),
        (kind == "location_visit", ("place_name", "address")),
    ):
        if rows.any():
            text.loc[rows] = joined(rows, *columns)
    return text.where(text.notna() & (text != ""))


def _memoized(function: Callable[[str | None], str | None]) -> Callable[[object], str | None]:
    cache: dict[object, str | None] = {}

    def call(value: object) -> str | None:
        if value not in cache:
            cache[value] = function(str(value))
        return cache[value]

    return call


def _contacts(frame: pd.DataFrame, user: UserIdentity) -> pd.Series:
    """The other person of each message, payment or reply; None for group messages by me."""
    contact = pd.Series(None, index=frame.index, dtype=object)
    normalize = _memoized(normalize_identifier)
    messages = (frame["kind"] == "message") & ~frame["is_system"]
    theirs = messages & ~frame["is_me"] & frame["actor"].notna()
    contact[theirs] = frame.loc[theirs, "actor"]
    # A chat with exactly one other author is a 1:1 chat with that person.
    others = frame.loc[theirs, ["chat", "actor"]].drop_duplicates()
    per_chat = others.groupby("chat")["actor"]
    partner = per_chat.first()[per_chat.nunique() == 1]
    mine = messages & frame["is_me"]
    to_partner = frame.loc[mine, "chat"].astype(object).map(partner)
    counterparty = frame.loc[mine, "counterparty"]
    counterparty_is_other = counterparty.notna() & ~counterparty.map(
        normalize, na_action="ignore"
    ).isin(user.keys)
    group_chats = per_chat.nunique()[per_chat.nunique() > 1].index
    in_group = frame.loc[mine, "chat"].isin(group_chats)
    fallback = counterparty.where(counterparty_is_other & ~in_group)
    contact[mine] = to_partner.where(to_partner.notna(), fallback)
    payments = (frame["kind"] == "payment") & frame["counterparty"].notna()
    contact[payments] = frame.loc[payments, "counterparty"]
    replies = (frame["kind"] == "post") & frame["in_reply_to"].notna()
    contact[replies] = frame.loc[replies, "in_reply_to"]
    keys = contact.map(normalize, na_action="ignore")
    contact[keys.isin(user.keys)] = None
    return contact
