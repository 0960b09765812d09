"""Who each contact is: one person per identity, named as the user would name them.

Exports name one person in several ways: the name the user gave them (WeChat's Remark),
the title of the 1:1 chat with them (a file renamed 大姐.csv), their own nickname, the name
they show in a group, their account ID (wxid, Telegram ``from_id``). A contact keyed by
one of these alone is "found under another name" by anyone who knows them by another.

:func:`people` gathers, per message author, every name the exports give them, column-wise:
only the distinct (chat, author, raw fields) combinations are looked at, never a row at a
time, so the cost is bounded by the number of chats and authors. Authors that share an
account ID are one person. The display name is the first of: the user's own name for them
(remark), the 1:1 chat's title, their nickname or group name, their ID; every other name is
an alias, shown next to it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from footprint.identifiers import looks_like_id
from footprint.model import Message, Record, unpack_raw_fields
from footprint.store import ColumnStore

__all__ = ["NAME_FIELDS", "People", "Person", "people"]

# Roles of a name, best first: the order in which a display name is chosen.
REMARK, TITLE, NICKNAME, NAME, ID = "remark", "title", "nickname", "name", "id"
_RANK = {REMARK: 0, TITLE: 1, NICKNAME: 2, NAME: 3, ID: 4}
# A field whose value is an ID or a group display name, told apart by its shape.
SENDER = "sender"
# The chat's own ID: the person's in a 1:1 chat, a group's otherwise (an alias, never a link).
CHAT_ID = "chat_id"

# Format id -> {raw field (Record.raw_fields) -> the role of its value}. A format that passes
# no such field is still covered by its authors' names and its 1:1 chats' titles.
NAME_FIELDS: dict[str, dict[str, str]] = {
    # MemoTrace CSV: the user's remark for the sender, their nickname, their wxid (or the
    # name they show in the group), and the chat's ID.
    "wechat": {"Remark": REMARK, "NickName": NICKNAME, "Sender": SENDER, "TalkerId": CHAT_ID},
    # PyWxDump CSV: the sender's wxid and the chat's, and the remark and nickname users.json
    # gives them.
    "wechat_pywxdump": {"talker": ID, "room_name": CHAT_ID, "remark": REMARK, "nickname": NICKNAME},
    # wechat-dump text: the wxid of a 1:1 chat's other side, when the chat's name replaced it.
    "wechat_dump": {"talker": ID},
    # Telegram JSON: the sender's account ID, when a parser passes it.
    "telegram": {"from_id": ID},
    # Slack JSON: the sender's profile.
    "slack": {"user_profile.display_name": NICKNAME, "user_profile.real_name": NICKNAME},
}


# Formats whose conversation is the chat's name as the user's app shows it (a 1:1 chat is
# named after the person there). Elsewhere it is a message's subject (Reddit, LinkedIn) or
# a channel's name, never the person's.
TITLED_CHATS = frozenset(
    {
        "wechat",
        "wechat_dump",
        "wechat_pywxdump",
        "whatsapp",
        "telegram",
        "messenger",
        "facebook",
        "instagram",
    }
)


@dataclass(frozen=True)
class Person:
    """One person: the name to show, and every other name the exports give them."""

    name: str
    aliases: tuple[str, ...] = ()

    def label(self, limit: int = 2) -> str:
        """``name (alias, alias)``: the display name with its first aliases that are names."""
        shown = [a for a in self.aliases if not looks_like_id(a)][:limit]
        return f"{self.name} ({', '.join(shown)})" if shown else self.name


@dataclass
class People:
    """Every known person, by the normalised form of each of their names."""

    by_key: dict[str, Person] = field(default_factory=dict)
    # Display name -> its normalised key.
    keys: dict[str, str] = field(default_factory=dict)

    def get(self, key: object) -> Person | None:
        return self.by_key.get(str(key)) if key is not None else None

    def aliases(self, key: object, name: str | None = None) -> list[str]:
        """The aliases of the person keyed ``key`` (their display name ``name`` left out)."""
        person = self.get(key)
        if person is None:
            return []
        return [a for a in (person.name, *person.aliases) if a != (name or person.name)]

    def canonical(self, key: object) -> object:
        """The key of the person's display name (``key`` itself for an unknown person)."""
        person = self.get(key)
        return key if person is None else self.keys.get(person.name, key)

    def label(self, key: object, name: str) -> str:
        person = self.get(key)
        return Person(name, tuple(self.aliases(key, name))).label() if person else name


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _raw_codes(store: ColumnStore[Record] | None, index: pd.Index) -> tuple[np.ndarray, list[Any]]:
    """Per frame row of ``index``, a code into the returned list of distinct raw_fields
    texts (-1 when none), read a stored block at a time without a string per row."""
    codes = pd.Series(-1, index=index, dtype=np.int64)
    texts: list[Any] = []
    if store is None or not len(index):
        return codes.to_numpy(), texts
    known: dict[str, int] = {}
    wanted = index.to_numpy(dtype=np.int64)  # frame order is store order: sorted
    values = codes.to_numpy().copy()
    for positions, columns in store.iter_blocks(Message, ["raw_fields"]):
        column = columns["raw_fields"]
        if isinstance(column, list):
            column = pa.array(column, pa.string())
        array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
        if array.null_count == len(array):
            continue
        if not pa.types.is_dictionary(array.type):
            array = array.dictionary_encode()
        local = array.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
        mapping = np.array(
            [known.setdefault(str(text), len(known)) for text in array.dictionary.to_pylist()]
            + [-1],
            dtype=np.int64,
        )
        # The block's rows that are among the wanted ones, found by binary search.
        at = np.searchsorted(wanted, positions)
        found = at < len(wanted)
        found[found] = wanted[at[found]] == positions[found]
        values[at[found]] = mapping[local[found]]
    texts = [None] * len(known)
    for text, code in known.items():
        texts[code] = text
    return values, texts


def _decorated(title: str, name: str) -> bool:
    """Whether a chat's title is only the person's name with a label before it
    (``Messenger: Jane Doe``): a tool's decoration, not a name the user gave."""
    head, _, tail = title.rpartition(name)
    return bool(head) and not tail.strip() and head.rstrip().endswith((":", "："))


def people(
    frame: pd.DataFrame,
    store: ColumnStore[Record] | None,
    normalize: Any,
    user_keys: Iterable[str] = (),
) -> People:
    """Every message author but the user, with their names (see the module's doc).

    ``frame`` is the inference frame (``kind``, ``actor``, ``is_me``, ``is_system``,
    ``chat``, ``conversation``, ``source``); ``normalize`` the identifier normaliser.
    """
    theirs = (frame["kind"] == "message") & ~frame["is_system"] & ~frame["is_me"]
    theirs &= frame["actor"].notna()
    rows = frame.loc[theirs, ["chat", "actor", "conversation", "source"]]
    if rows.empty:
        return People()
    raw, texts = _raw_codes(store, rows.index)
    # Integer codes only: no Python object per message.
    actor_codes, actors = pd.factorize(rows["actor"])
    combos = (
        pd.DataFrame({"chat": rows["chat"].cat.codes.to_numpy(), "actor": actor_codes, "raw": raw})
        .value_counts()
        .reset_index(name="n")
    )
    combos["actor"] = np.asarray(actors, dtype=object)[combos["actor"].to_numpy()]
    per_chat = combos.groupby("chat")["actor"].nunique()
    one_to_one = set(per_chat[per_chat == 1].index)
    first = rows.drop_duplicates("chat")
    chat_info = {
        int(code): (str(source), None if pd.isna(title) else str(title))
        for code, source, title in zip(
            first["chat"].cat.codes, first["source"], first["conversation"], strict=True
        )
    }
    user = set(user_keys)
    links = _Union()
    names: dict[str, Counter[tuple[int, str]]] = {}
    # (person, format) -> the titles of their 1:1 chats: more than one means the titles
    # are subjects or topics, not the person's name.
    titles: dict[tuple[str, str], Counter[str]] = {}

    def add(node: str, role: str, value: str, count: int) -> None:
        names.setdefault(node, Counter())[(_RANK[role], value)] += count

    for chat, actor, code, count in combos.itertuples(index=False):
        actor_key = normalize(actor)
        if not actor_key or actor_key in user:
            continue
        links.find(actor_key)
        add(actor_key, ID if looks_like_id(actor) else NAME, str(actor), int(count))
        source, title = chat_info.get(int(chat), ("", None))
        private = int(chat) in one_to_one
        if (
            private
            and source in TITLED_CHATS
            and title
            and not looks_like_id(title)
            and not _decorated(title, str(actor))
        ):
            titles.setdefault((actor_key, source), Counter())[title] += int(count)
        fields = NAME_FIELDS.get(source, {})
        for name, value in unpack_raw_fields(texts[code] if code >= 0 else None):
            role = fields.get(name)
            if role is None:
                continue
            if not private and role != CHAT_ID and title and value == title:
                continue  # the group's own name in a member's field is not the member's
            if role == SENDER:
                role = ID if looks_like_id(value) else NICKNAME
            if role == CHAT_ID:
                if not private:
                    continue
                role = ID  # the chat's ID is the person's in a 1:1 chat: an alias only
            elif role == ID:
                # One account ID, whatever name it was shown under, is one person.
                id_key = normalize(value)
                if id_key and id_key not in user:
                    links.union(actor_key, "\x00id:" + id_key)
            add(actor_key, role, value, int(count))
    for (actor_key, _), found in sorted(titles.items()):
        if len(found) == 1:
            ((title, count),) = found.items()
            add(actor_key, TITLE, title, count)
    for actor_key, (called, count) in _reply_names(frame, normalize, user).items():
        # Only for someone the exports show by ID alone: a name they gave wins.
        if actor_key in names and all(role == _RANK[ID] for role, _ in names[actor_key]):
            add(actor_key, NAME, called, count)
    return _resolve(names, links, normalize)


# Names people are called by when someone answers them in a group: an @mention (WeChat
# puts the member's group name after @), 老刘, 小王, 刘哥, 王总 (老/小 + surname, surname + a
# title), a Chinese full name before "you" or a pause (郑海涛你别发了), or an English first
# name opening the answer ("Gaz, calm down").
_REPLY_NAME = (
    r"^\s*@(?P<at>[^\s@\u2005]{{2,20}})"
    r"|^\W*(?P<name>[老小][{s}]|[{s}][哥姐总工]|[{s}][\u4e00-\u9fff]{{1,2}}(?=[你您,，:：!！\s])"
    r"|[A-Z][a-z]{{2,15}}(?=\s*[,:!]))"
)
# A name must open at least this many answers to one author, and that author's messages
# must be what it answers this share of the time (a common word opens answers to anyone).
REPLY_NAME_MIN = 3
REPLY_NAME_SHARE = 0.8
MENTION_LOOKBACK = 3


def _reply_names(frame: pd.DataFrame, normalize: Any, user: set[str]) -> dict[str, tuple[str, int]]:
    """Author key -> (the name others open their answers to them with, how often), in
    group chats: whoever posts right after someone else and starts with a name is
    usually answering them."""
    from footprint.infer.address import name_labels
    from footprint.pii.chinese import SURNAMES, is_common_non_name

    messages = frame.loc[
        (frame["kind"] == "message") & ~frame["is_system"] & frame["text"].notna(),
        ["chat", "timestamp", "actor", "is_me", "text"],
    ]
    if messages.empty:
        return {}
    authors = messages.groupby("chat", observed=True)["actor"].nunique()
    groups = authors[authors > 2].index
    chat = messages[messages["chat"].isin(groups)].sort_values(["chat", "timestamp"], kind="stable")
    if chat.empty:
        return {}
    surnames = "".join(sorted(ch for ch in SURNAMES if len(ch) == 1))
    found = chat["text"].astype(str).str.extract(_REPLY_NAME.format(s=surnames))
    # A name opening a message answers the message before it; an @mention may answer any of
    # the last few, since others post in between (each author counted once per mention).
    parts = []
    for back in range(1, MENTION_LOOKBACK + 1):
        previous = chat["actor"].shift(back)
        answering = chat["chat"].eq(chat["chat"].shift(back)) & previous.notna()
        answering &= chat["actor"].ne(previous)
        answering &= ~chat["is_me"].shift(back, fill_value=False).astype(bool)
        called = found["at"] if back > 1 else found["at"].fillna(found["name"])
        parts.append(pd.DataFrame({"to": previous, "name": called})[answering])
    pairs = pd.concat(parts).dropna().reset_index().drop_duplicates()
    # A label is no name, and a surname character opens many words (周末, 高兴): a word the
    # dictionary lists is no name either.
    named = [
        not name_labels(str(name)) and not is_common_non_name(str(name)) for name in pairs["name"]
    ]
    pairs = pairs.loc[np.asarray(named, dtype=bool)]
    if pairs.empty:
        return {}
    per_name = pairs.groupby("name")["index"].nunique()
    counts = pairs.groupby(["to", "name"]).size().reset_index(name="n")
    counts["share"] = counts["n"] / counts["name"].map(per_name)
    counts = counts[(counts["n"] >= REPLY_NAME_MIN) & (counts["share"] >= REPLY_NAME_SHARE)]
    # One name, one author: where several answered as often, it is not known whom it names.
    tied = counts.groupby("name")["n"].transform(lambda n: int((n == n.max()).sum()) > 1)
    counts = counts[(counts["n"] == counts.groupby("name")["n"].transform("max")) & ~tied]
    out: dict[str, tuple[str, int]] = {}
    for to, name, n, _ in counts.sort_values(["n", "name"], ascending=[False, True]).itertuples(
        index=False
    ):
        key = normalize(to)
        if key and key not in user and key not in out:
            out[key] = (str(name), int(n))
    return out


def _resolve(
    names: Mapping[str, Counter[tuple[int, str]]], links: _Union, normalize: Any
) -> People:
    groups: dict[str, Counter[tuple[int, str]]] = {}
    members: dict[str, list[str]] = {}
    for node, counter in names.items():
        root = links.find(node)
        groups.setdefault(root, Counter()).update(counter)
        members.setdefault(root, []).append(node)
    out = People()
    for root, counter in sorted(groups.items()):
        # Best role first, then the most used spelling, then text order (stable anywhere).
        ranked = sorted(counter.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
        ordered: list[str] = []
        seen: set[str] = set()
        for (_, value), _ in ranked:
            key = normalize(value)
            if key and key not in seen:
                seen.add(key)
                ordered.append(value)
        if not ordered:
            continue
        person = Person(ordered[0], tuple(ordered[1:]))
        out.keys[person.name] = normalize(person.name)
        for key in seen | set(members[root]):
            # A name two people share stays with the first (text order); never merged.
            out.by_key.setdefault(key, person)
    return out
