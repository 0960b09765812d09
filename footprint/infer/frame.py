"""The shared input of every inference family: one typed frame of records and who "me" is.

:func:`prepare` builds an :class:`InferenceInput` once; each family reads its columns
with vectorised pandas operations. ``local`` is the wall-clock time where the record
was made (the zone the export stated or the one assumed), which is what routines are
about; ``timestamp`` is the same instant in UTC.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from typing import Any

import numpy as np
import pandas as pd

from footprint.infer.lexicon import matcher
from footprint.model import Record

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


@dataclass
class InferenceInput:
    """The frame every family reads, with the user's identity and derived columns."""

    frame: pd.DataFrame
    user: UserIdentity
    _hits: dict[str, pd.DataFrame] = field(default_factory=dict, repr=False)

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


def _wall_clock(utc: pd.Series, stamps: list[datetime | None]) -> np.ndarray:
    """Local wall-clock times, converted per distinct zone (vectorised, no per-record call)."""
    zones = pd.Series(list(map(_zone_of, stamps)), dtype=object)
    codes, uniques = pd.factorize(zones, use_na_sentinel=True)
    local = np.full(len(stamps), np.datetime64("NaT"), dtype="datetime64[ns]")
    for code, zone in enumerate(uniques):
        rows = codes == code
        try:
            converted = utc[rows].dt.tz_convert(zone).dt.tz_localize(None)
        except (TypeError, ValueError):
            converted = pd.to_datetime(
                pd.Series(_naive([s for s, r in zip(stamps, rows, strict=True) if r]), dtype=object)
            )
        local[rows] = converted.to_numpy(dtype="datetime64[ns]")
    return local


def _zone_of(stamp: datetime | None) -> object:
    return None if stamp is None else stamp.tzinfo


def _naive(stamps: list[datetime | None]) -> list[datetime | None]:
    return [None if stamp is None else stamp.replace(tzinfo=None) for stamp in stamps]


def _build_frame(records: Sequence[Record]) -> pd.DataFrame:
    # One pass per record class with C-level attribute getters: much faster than a
    # generic per-record loop over every column.
    positions: dict[type[Record], list[int]] = {}
    for index, record in enumerate(records):
        positions.setdefault(type(record), []).append(index)
    parts: list[pd.DataFrame] = []
    zone = None
    for cls, indexes in positions.items():
        group = [records[index] for index in indexes]
        if zone is None:
            zone = next(
                (r.timestamp.tzinfo for r in group if r.tz_assumed and r.timestamp is not None),
                None,
            )
        names = {f.name for f in dataclasses.fields(cls)}
        data: dict[str, object] = {"kind": [cls.kind] * len(group)}
        for name in _COLUMNS:
            if name in names:
                data[name] = list(map(attrgetter(name), group))
        stamps = list(map(attrgetter("timestamp"), group))
        utc = pd.to_datetime(pd.Series(stamps, dtype=object), utc=True)
        data["timestamp"] = utc.to_numpy()
        data["local"] = _wall_clock(utc, stamps)
        if "end" in names:
            ends = list(map(attrgetter("end"), group))
            data["end_local"] = pd.to_datetime(pd.Series(_naive(ends), dtype=object)).to_numpy()
        if "amount" in names:
            data["amount"] = [None if a is None else float(a) for a in data["amount"]]  # type: ignore[attr-defined]
        parts.append(pd.DataFrame(data, index=indexes))
    if not parts:
        frame = pd.DataFrame({name: pd.Series(dtype=object) for name in ("kind", *_COLUMNS)})
        frame["timestamp"] = pd.Series(dtype="datetime64[ns, UTC]")
        frame["local"] = pd.Series(dtype="datetime64[ns]")
    else:
        frame = pd.concat(parts).sort_index()
    for name in ("kind", *_COLUMNS, "end_local"):
        if name not in frame.columns:
            frame[name] = None
    frame["kind"] = frame["kind"].astype("category")
    frame["source"] = frame["source"].astype("category")
    frame["timestamp"] = pd.to_datetime(frame["timestamp"], utc=True)
    frame["local"] = pd.to_datetime(frame["local"])
    if zone is not None:
        # Show instants the export stated in UTC in the zone the user's other exports
        # assumed (their --timezone), so that all local times agree.
        stated = ~frame["tz_assumed"].fillna(False).astype(bool) & frame["timestamp"].notna()
        converted = frame.loc[stated, "timestamp"].dt.tz_convert(zone).dt.tz_localize(None)
        frame.loc[stated, "local"] = converted
    frame["end_local"] = pd.to_datetime(frame["end_local"])
    for name in ("amount", "lat", "lon"):
        frame[name] = pd.to_numeric(frame[name], errors="coerce").astype("float64")
    for name in ("tz_assumed", "is_system"):
        frame[name] = frame[name].fillna(False).astype(bool)
    return frame


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
        if kind in {"account_id", "account_created", "created_via", "language", "gender"}:
            continue
        shown = _display_name(str(value)) if kind in {"display_name", "name"} else str(value)
        user.add(kind, shown, [int(i) for i in rows])
    # Payment exports name the account holder as actor; own posts likewise.
    own_made = frame[frame["kind"].isin(["payment", "post"]) & frame["actor"].notna()]
    for actor, rows in own_made.groupby("actor", sort=True).groups.items():
        if len(rows) >= max(1, len(own_made) // 50):
            user.add(
                "email" if "@" in str(actor)[1:] else "handle", str(actor), [int(i) for i in rows]
            )
    # The author present in every chat, or the one writing to a 1:1 chat named after the other.
    messages = frame[(frame["kind"] == "message") & frame["actor"].notna() & ~frame["is_system"]]
    if not messages.empty:
        chat = (
            messages["path"].astype(str) + "\x00" + messages["conversation"].fillna("").astype(str)
        )
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
        addressed = messages[
            messages["counterparty"].notna()
            & (messages["counterparty"] == messages["conversation"])
            & (messages["actor"] != messages["conversation"])
        ]
        for actor, rows in addressed.groupby("actor", sort=True).groups.items():
            if len(rows) >= 0.3 * len(addressed):
                user.add("name", str(actor), [int(i) for i in rows[:50]])
    return user


def prepare(records: Sequence[Record] | InferenceInput) -> InferenceInput:
    """Build the shared frame and the user's identity from records (or pass one through)."""
    if isinstance(records, InferenceInput):
        return records
    frame = _build_frame(records)
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
    # Minutes ahead of UTC where the record was made (the zone the export stated or assumed).
    frame["utc_offset_min"] = (
        (frame["local"] - frame["timestamp"].dt.tz_localize(None)).dt.total_seconds() / 60
    ).round()
    frame["chat"] = (
        frame["path"].astype(str) + "\x00" + frame["conversation"].fillna("").astype(str)
    )
    frame["search_text"] = _search_text(frame)
    frame["contact"] = _contacts(frame, user)
    frame["contact_key"] = map_unique(frame["contact"], lambda value: normalize_identifier(value))
    return InferenceInput(frame=frame, user=user)


def _search_text(frame: pd.DataFrame) -> pd.Series:
    """The text lexicons look at: a payment's payee, description and type; a search's
    title; a visit's place name and address; otherwise the text."""
    text = frame["text"].astype(object).copy()
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
    return text.where(text.notna() & (text != ""), None)


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
    to_partner = frame.loc[mine, "chat"].map(partner)
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
