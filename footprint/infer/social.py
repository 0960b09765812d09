"""Social graph: who the user talks to, how much and how quickly, and how they relate.

Contacts come from messages (the other author of a 1:1 chat, or the author of a
message the user received), payments (the counterparty) and replies. Relationships
are read from forms of address in the messages of each chat, in English and Chinese.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd

from footprint.infer.address import cues, name_labels, name_relationship, stated_relationship
from footprint.infer.base import Inference
from footprint.infer.frame import InferenceInput, map_unique, normalize_identifier, prepare, refs
from footprint.model import Record
from footprint.phrases import phrase

CATEGORY = "social"
TOP_CONTACTS = 5
# Beyond a day without an answer, a message starts a new exchange rather than replying.
MAX_REPLY_SECONDS = 24 * 3600
MIN_RELATIONSHIP_SCORE = 2.0
# The best relationship must beat the runner-up by this share of its score.
MIN_RELATIONSHIP_MARGIN = 0.34
PATTERN_MIN_MESSAGES = 100
AFFECTION = "affection"
# Kinship words that friends use too (footprint/infer/lexicons/relationships.yaml).
KIN_OR_FRIEND = "kin_or_friend"
FRIEND_OR_KIN = "friend_or_kin"
# Casual register ("mate", "dude", 兄弟): friends' and workmates' alike.
CASUAL = "casual"
# Colleagues write about work in a good share of their messages; friends now and then.
WORK_SHARE = 0.08
WORK_SHARE_BONUS = 2.0
PATTERN_BONUS = 0.5
# A pet name the user says to this many contacts or more is a habit of speech.
HABIT_CONTACTS = 3
# Kinship or mates' words explain the affection in a chat ("love you pal", a mum's
# "sweetheart") when they weigh at least this share of it, or are said in the same
# messages as it. Two jokes ("night son") beside a partner's daily "love you", "miss you"
# and "gorgeous", said both ways, do not make them family.
EXPLAINS_AFFECTION_SHARE = 0.4
EXPLAINS_AFFECTION_TOGETHER = 2
# Affection said in fewer messages than this is no pattern ("yes hun! £80 ono").
MIN_AFFECTION_MESSAGES = 2
# Sharing the user's surname counts as a family cue worth this much: it decides when the
# chat says little, but what the chat says outweighs it (a colleague may share a common
# surname).
SURNAME_FAMILY_SCORE = 2.0
# How each relationship reads in a claim ("Grace is probably ...").
_RELATIONSHIP_PHRASES = {
    "partner": "your partner",
    "family": "family",
    "close_friend": "a close friend",
    "colleague": "a colleague or employer",
    "landlord": "your landlord",
    "source": "a source who passes you information",
}
_P2P_TEXT = (
    r"general payment|send money|money sent|transfer to|personal payment|split|转账|红包|AA制"
)
# As a payment's type, 收款 is money received from someone (二维码收款); as its description,
# it is what every shop's QR code says (a 冒菜店's 收款 is a purchase).
_P2P = _P2P_TEXT + "|收款"

__all__ = ["contact_graph", "contact_stats", "infer", "relationship_scores"]


# What contact statistics and their evidence read: a narrow copy of a wide frame.
_CONTACT_COLUMNS = ("kind", "source", "path", "locator", "timestamp", "local", "hour", "day",
                    "is_me", "contact", "contact_key", "category", "text")  # fmt: skip


def _contact_rows(inp: InferenceInput) -> pd.DataFrame:
    frame = inp.frame
    rows = frame.loc[
        frame["contact"].notna()
        & frame["contact_key"].notna()
        & frame["kind"].isin(["message", "payment", "post"]),
        list(_CONTACT_COLUMNS),
    ]
    # A payee is a person (not a shop) when the user also chats with them or the
    # payment is a person-to-person transfer.
    is_payment = rows["kind"] == "payment"
    chatted = set(rows.loc[~is_payment, "contact_key"])
    person_to_person = rows["category"].fillna("").astype(str).str.contains(
        _P2P, case=False, regex=True
    ) | rows["text"].fillna("").astype(str).str.contains(_P2P_TEXT, case=False, regex=True)
    return rows[~is_payment | rows["contact_key"].isin(chatted) | person_to_person]


def _display_names(rows: pd.DataFrame) -> pd.Series:
    """The most frequent spelling of each contact key."""
    spelled = rows.groupby(["contact_key", "contact"], observed=True).size().reset_index(name="n")
    spelled = spelled.sort_values(["contact_key", "n", "contact"], ascending=[True, False, True])
    return spelled.drop_duplicates("contact_key").set_index("contact_key")["contact"]


def _reply_latency(inp: InferenceInput) -> pd.DataFrame:
    """Median seconds the user takes to answer each contact, and each contact the user."""
    frame = inp.frame
    messages = frame.loc[
        (frame["kind"] == "message") & ~frame["is_system"] & frame["timestamp"].notna(),
        ["chat", "timestamp", "is_me", "contact_key"],
    ].sort_values(["chat", "timestamp"], kind="stable")
    if messages.empty:
        return pd.DataFrame(columns=["my_reply_s", "their_reply_s"])
    same_chat = messages["chat"].eq(messages["chat"].shift())
    turn = messages["is_me"].ne(messages["is_me"].shift())
    gap = (messages["timestamp"] - messages["timestamp"].shift()).dt.total_seconds()
    replies = messages[same_chat & turn & (gap <= MAX_REPLY_SECONDS)].assign(gap=gap)
    replies = replies[replies["contact_key"].notna()]
    if replies.empty:
        return pd.DataFrame(columns=["my_reply_s", "their_reply_s"])
    mine = replies[replies["is_me"]].groupby("contact_key")["gap"].median()
    theirs = replies[~replies["is_me"]].groupby("contact_key")["gap"].median()
    return pd.DataFrame({"my_reply_s": mine, "their_reply_s": theirs})


def contact_stats(records: Sequence[Record] | InferenceInput) -> pd.DataFrame:
    """One row per contact: name, messages sent/received, payments, first/last contact,
    active days and months, median reply latency both ways, night share, sources and
    tie strength (0-1). Sorted by tie strength, strongest first."""
    inp = prepare(records)
    rows = _contact_rows(inp)
    columns = [
        "name",
        "aliases",
        "messages",
        "sent",
        "received",
        "payments",
        "first",
        "last",
        "active_days",
        "active_months",
        "my_reply_s",
        "their_reply_s",
        "night_share",
        "sources",
        "tie_strength",
    ]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    is_message = rows["kind"] == "message"
    grouped = rows.assign(
        message=is_message,
        sent=is_message & rows["is_me"],
        received=is_message & ~rows["is_me"],
        payment=rows["kind"] == "payment",
        night=rows["hour"].isin([23, 0, 1, 2, 3, 4]),
        month=rows["local"].dt.to_period("M"),
    ).groupby("contact_key")
    stats = pd.DataFrame(
        {
            "messages": grouped["message"].sum(),
            "sent": grouped["sent"].sum(),
            "received": grouped["received"].sum(),
            "payments": grouped["payment"].sum(),
            "first": grouped["timestamp"].min(),
            "last": grouped["timestamp"].max(),
            "active_days": grouped["day"].nunique(),
            "active_months": grouped["month"].nunique(),
            "night_share": grouped["night"].mean(),
            "sources": grouped["source"].agg(lambda s: sorted({str(v) for v in s})),
        }
    )
    stats = stats.join(_reply_latency(inp), how="left")
    stats.insert(0, "name", _display_names(rows).reindex(stats.index))
    # Every other name the exports give the person (footprint.infer.people).
    stats.insert(
        1,
        "aliases",
        [
            inp.people.aliases(key, str(name))
            for key, name in zip(stats.index, stats["name"], strict=True)
        ],
    )
    volume = np.log1p(stats["messages"] + stats["payments"])
    volume = volume / max(float(volume.max()), 1e-9)
    sent, received = stats["sent"].astype(float), stats["received"].astype(float)
    reciprocity = np.minimum(sent, received) / np.maximum(np.maximum(sent, received), 1.0)
    span_days = max(int(inp.frame["day"].nunique()), 1)
    regularity = np.minimum(stats["active_days"] / span_days * 4, 1.0)
    quickness = 1.0 / (1.0 + stats["my_reply_s"].fillna(MAX_REPLY_SECONDS) / 3600.0)
    stats["tie_strength"] = (
        0.5 * volume + 0.2 * reciprocity + 0.2 * regularity + 0.1 * quickness
    ).clip(0.0, 1.0)
    stats = stats.sort_values(["tie_strength", "name"], ascending=[False, True], kind="stable")
    return stats[columns]


def contact_graph(records: Sequence[Record] | InferenceInput) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes (``id``, ``name``, ``messages``, ``tie_strength``, ``community``) and edges
    (``source``, ``target``, ``weight``, ``kind``) of the user's graph. ``me`` is the user;
    contacts sharing a group chat are linked to each other."""
    inp = prepare(records)
    stats = contact_stats(inp)
    graph = _graph(inp, stats)
    communities = _communities(graph)
    membership = {name: index for index, group in enumerate(communities) for name in group}
    nodes = [{"id": "me", "name": "me", "messages": 0, "tie_strength": 1.0, "community": -1}]
    for key, row in stats.iterrows():
        nodes.append(
            {
                "id": str(key),
                "name": str(row["name"]),
                "messages": int(row["messages"]),
                "tie_strength": float(row["tie_strength"]),
                "community": membership.get(str(key), -1),
            }
        )
    edges = [
        {"source": a, "target": b, "weight": float(data["weight"]), "kind": data["kind"]}
        for a, b, data in sorted(graph.edges(data=True))
    ]
    return pd.DataFrame(nodes), pd.DataFrame(edges, columns=["source", "target", "weight", "kind"])


def _graph(inp: InferenceInput, stats: pd.DataFrame) -> nx.Graph[str]:
    graph: nx.Graph[str] = nx.Graph()
    graph.add_node("me")
    for key, row in stats.iterrows():
        graph.add_node(str(key))
        graph.add_edge(
            "me", str(key), weight=float(row["messages"] + row["payments"]), kind="direct"
        )
    frame = inp.frame
    group_messages = frame.loc[
        (frame["kind"] == "message") & ~frame["is_me"] & frame["actor"].notna(), ["chat", "actor"]
    ]
    members = group_messages.groupby("chat")["actor"].agg(lambda s: sorted(set(map(str, s))))
    for authors in members:
        if len(authors) < 2:
            continue
        # The person's key, whichever of their names the group shows.
        keys = sorted(
            {str(inp.people.canonical(k)) for k in map(normalize_identifier, authors) if k}
        )
        for i, first in enumerate(keys):
            for second in keys[i + 1 :]:
                weight = graph.get_edge_data(first, second, {"weight": 0.0})["weight"] + 1.0
                graph.add_edge(first, second, weight=weight, kind="group")
    return graph


def _communities(graph: nx.Graph[str]) -> list[list[str]]:
    """Groups of contacts tied to each other (the user, linked to all, is left out)."""
    contacts = graph.subgraph([node for node in graph if node != "me"]).copy()
    contacts.remove_nodes_from([node for node in list(contacts) if contacts.degree(node) == 0])
    if contacts.number_of_edges() == 0:
        return []
    found = nx.community.greedy_modularity_communities(contacts, weight="weight")
    groups = [sorted(group) for group in found if len(group) >= 2]
    return sorted(groups, key=lambda group: (-len(group), group))


def _one_to_one(inp: InferenceInput) -> pd.DataFrame:
    """Messages of 1:1 chats (one other author), with their contact and direction."""
    frame = inp.frame
    messages = frame.loc[
        (frame["kind"] == "message")
        & frame["contact_key"].notna()
        & frame["text"].notna()
        & ~frame["is_system"],
        ["chat", "contact_key", "is_me", "text", "hour"],
    ]
    if messages.empty:
        return messages
    others = frame.loc[
        (frame["kind"] == "message") & ~frame["is_me"] & frame["actor"].notna(), ["chat", "actor"]
    ]
    authors = others.groupby("chat", observed=True)["actor"].nunique()
    group_chats = set(authors[authors > 1].index)
    return messages[~messages["chat"].isin(group_chats)]


# Kin words that are also a title a contact is saved under (a priest, a nun, a monk):
# "Father Miguel Soto" is addressed "Father" without being the user's father.
_TITLE_KIN = frozenset({"father", "fr", "sister", "brother", "mother"})


def _saved_title(name: str) -> str | None:
    """The kin word that opens a longer saved name as a title ("father" in "Father Miguel
    Soto", "Fr. Declan Byrne"), else None."""
    words = [part for part in re.split(r"[\s\W_]+", name.casefold()) if part]
    return words[0] if len(words) >= 2 and words[0] in _TITLE_KIN else None


def _without_their_title(hits: pd.DataFrame, chats: pd.DataFrame) -> pd.DataFrame:
    """Cues whose word is the title the contact is saved under ("Father" to Father Miguel
    Ángel Soto, "Sister" to Sister Mary): the title, not a relationship."""
    if hits.empty:
        return hits
    keys = chats["contact_key"].dropna().unique()
    titles = {key: title for key in keys if (title := _saved_title(str(key))) is not None}
    if not titles:
        return hits
    term = hits["cue"].str.split(":", n=1).str[1]
    their_title = hits["contact_key"].map(titles)
    kept: pd.DataFrame = hits[~(their_title.notna() & (term == their_title))]
    return kept


def relationship_scores(records: Sequence[Record] | InferenceInput) -> pd.DataFrame:
    """Per contact and relationship (partner, family, close_friend, colleague, source): the
    score of the cues in their 1:1 chats (:mod:`footprint.infer.address`), the rows
    (frame positions) holding them and how many distinct texts those are. A cue's weight
    grows with the log of how many messages hold it, so one pet name used a thousand times
    does not drown every other cue."""
    inp = prepare(records)
    chats = _one_to_one(inp)
    columns = ["contact_key", "relationship", "score", "rows", "texts", "lines", "own"]
    if chats.empty:
        return pd.DataFrame(columns=columns)
    codes, uniques = pd.factorize(chats["text"].astype(str))
    # One line sent again with a kiss or a "lol" is still one line ("yes dad", "yes dad 😘").
    line_codes, _ = pd.factorize(pd.Series([_line(str(text)) for text in uniques]))
    found = [(code, cue) for code, text in enumerate(uniques) for cue in cues(str(text))]
    if not found:
        return pd.DataFrame(columns=columns)
    per_text = pd.DataFrame(
        [
            (code, c.relationship, c.kind + ":" + c.term, c.weight, c.kind, c.weak)
            for code, c in found
        ],
        columns=["code", "relationship", "cue", "weight", "kind", "weak"],
    )
    rows = pd.DataFrame(
        {
            "code": codes,
            "position": chats.index,
            "contact_key": chats["contact_key"].to_numpy(),
            "is_me": chats["is_me"].to_numpy(dtype=bool),
            "line": line_codes[codes],
        }
    )
    hits = _without_passing_work_talk(rows, rows.merge(per_text, on="code"))
    hits = _without_their_title(hits, chats)
    if hits.empty:
        return pd.DataFrame(columns=columns)
    keys = ["contact_key", "relationship", "cue"]
    per_cue = hits.groupby(keys, sort=True).agg(
        n=("position", "nunique"), weight=("weight", "first")
    )
    per_cue["score"] = per_cue["weight"] * np.log2(1 + per_cue["n"]) * _habit_factor(hits, per_cue)
    scores = per_cue.groupby(level=[0, 1], sort=True)["score"].sum()
    # The same score from the cues of this chat only: a word the user's chats with several
    # people share (姐妹 to a boyfriend and a classmate, "cheers pal" to a mother, a mate
    # and a partner alike) is a way of talking, not a sign of what one of them is (_decide).
    said_to = hits.groupby("cue", sort=False)["contact_key"].nunique()
    own_hits = hits[hits["cue"].map(said_to).to_numpy() < 2]
    own_cue = own_hits.groupby(keys, sort=True).agg(
        n=("position", "nunique"), weight=("weight", "first")
    )
    own_cue["score"] = own_cue["weight"] * np.log2(1 + own_cue["n"])
    own_scores = own_cue.groupby(level=[0, 1], sort=True)["score"].sum()
    grouped = hits.groupby(["contact_key", "relationship"], sort=True)["position"]
    positions = {key: sorted({int(v) for v in part}) for key, part in grouped}
    distinct = hits.groupby(["contact_key", "relationship"], sort=True)["code"].nunique()
    lines = hits.groupby(["contact_key", "relationship"], sort=True)["line"].nunique()
    table = scores.rename("score").reset_index()
    table["rows"] = [
        positions[(k, r)] for k, r in zip(table["contact_key"], table["relationship"], strict=True)
    ]
    table["texts"] = [
        int(distinct[(k, r)])
        for k, r in zip(table["contact_key"], table["relationship"], strict=True)
    ]
    table["lines"] = [
        int(lines[(k, r)]) for k, r in zip(table["contact_key"], table["relationship"], strict=True)
    ]
    table["own"] = [
        float(own_scores.get((k, r), 0.0))
        for k, r in zip(table["contact_key"], table["relationship"], strict=True)
    ]
    table["contact_key"] = table["contact_key"].astype(str)
    table["relationship"] = table["relationship"].astype(str)
    return table[columns]


_FILLER = re.compile(r"(?:\s+(?:x+|lol|haha+|tbh|ngl|lmao|hehe|哈+|呀|啦))+$")
_NOT_WORD = re.compile(r"[^\w\s']+")


def _line(text: str) -> str:
    """A message reduced to its words: case, punctuation, emoji and a trailing "x", "lol"
    or "tbh" set aside, so the same line said again counts once."""
    words = " ".join(_NOT_WORD.sub(" ", text.casefold()).split())
    return _FILLER.sub("", words) or words


def _without_passing_work_talk(rows: pd.DataFrame, hits: pd.DataFrame) -> pd.DataFrame:
    """``hits`` without the weak work words ("off work", 下班, 加班) of a chat that rarely
    talks about work: a partner asks when the user finishes work, a friend hears about a
    shift. Only a chat that talks about work often (``WORK_SHARE``) is a colleague's."""
    if hits.empty:
        return hits
    total = rows.groupby("contact_key", sort=False)["position"].nunique()
    work = (
        hits[hits["relationship"] == "colleague"]
        .groupby("contact_key", sort=False)["position"]
        .nunique()
    )
    share = (work.reindex(total.index).fillna(0) / total).where(total >= 20, 1.0)
    passing = set(share[share < WORK_SHARE].index)
    drop = hits["weak"].astype(bool) & (hits["relationship"] == "colleague")
    return hits[~(drop & hits["contact_key"].isin(passing))]


def _habit_factor(hits: pd.DataFrame, per_cue: pd.DataFrame) -> pd.Series:
    """Per (contact, relationship, cue): how much a pet name tells about this contact. A
    partner's name the user says to many people ("ok love" to a colleague, a brother, a
    daughter; "ok bae" to everyone) is the user's way of talking: it weighs for each
    contact in proportion to how often the user says it to them against the contact they
    say it to most. A name the contact says back is not a habit of the user's alone."""
    factors: dict[tuple[str, str, str], float] = {}
    pet = hits[(hits["kind"] == "vocative") & hits["relationship"].isin(["partner", AFFECTION])]
    said = pet[pet["is_me"]].groupby(["cue", "contact_key"], sort=True)["position"].nunique()
    theirs = pet[~pet["is_me"]]
    answered = set(zip(theirs["cue"], theirs["contact_key"], strict=True))
    for cue, per_contact in said.groupby(level=0, sort=True):
        counts = per_contact.droplevel(0)
        if len(counts) < HABIT_CONTACTS:
            continue
        most = float(counts.max())
        for contact, n in counts.items():
            if (cue, contact) in answered:
                continue
            for relationship in ("partner", AFFECTION):
                factors[(str(contact), relationship, str(cue))] = float(n) / most
    # A mate's word said in many chats, either way ("dude" to a partner, a sister, a
    # colleague and a mother alike), is the user's circle's register: it counts for each
    # chat by the share of its uses that chat holds.
    casual = hits[(hits["kind"] == "vocative") & (hits["relationship"] == CASUAL)]
    uses = casual.groupby(["cue", "contact_key"], sort=True)["position"].nunique()
    for cue, per_contact in uses.groupby(level=0, sort=True):
        counts = per_contact.droplevel(0)
        if len(counts) < HABIT_CONTACTS:
            continue
        total = float(counts.sum())
        for contact, n in counts.items():
            factors[(str(contact), CASUAL, str(cue))] = float(n) / total
    return pd.Series(
        [factors.get((str(k), str(r), str(c)), 1.0) for k, r, c in per_cue.index],
        index=per_cue.index,
    )


def _pattern_bonus(inp: InferenceInput, key: str, group: pd.DataFrame) -> pd.DataFrame:
    """Weak evidence from when and how much two people write: work talk in a good share of
    the messages leans to colleague, many late-night messages to partner, office-hours-only
    messages to colleague. Only added to a relationship the chat's words already suggest."""
    chats = inp.memo("social:one_to_one", lambda: _one_to_one(inp))
    mine = chats[chats["contact_key"] == key]
    bonus: dict[str, float] = {}
    if len(mine) >= 20:
        texts = mine["text"].astype(str)
        work = float(
            texts.map(lambda t: any(c.relationship == "colleague" for c in cues(t))).mean()
        )
        if work >= WORK_SHARE:
            bonus["colleague"] = WORK_SHARE_BONUS * min(1.0, work / (2 * WORK_SHARE))
    if len(mine) >= PATTERN_MIN_MESSAGES:
        hours = mine["hour"].dropna()
        night = float(hours.isin([23, 0, 1, 2, 3]).mean()) if len(hours) else 0.0
        office = float(hours.between(9, 17).mean()) if len(hours) else 0.0
        if night >= 0.15:
            bonus["partner"] = bonus[AFFECTION] = PATTERN_BONUS
        if office >= 0.85:
            bonus["colleague"] = bonus.get("colleague", 0.0) + PATTERN_BONUS
    if not bonus:
        return group
    extra = group["relationship"].map(bonus).fillna(0.0)
    return group.assign(score=group["score"] + extra)


def _decide(
    group: pd.DataFrame,
    kin: bool = False,
    named: frozenset[str] = frozenset(),
    mutual: bool = False,
) -> tuple[str, float, float, list[int], pd.DataFrame] | None:
    """The relationship one contact's scores support, or None when too weak or contested.

    Pet names and words of affection ("affection") are a partner's only when nothing more
    specific explains them: parents call their children "sweetheart", friends say "love
    you, hun", a colleague saved as "Bev (work)" is "love" too. When a kinship term, a
    mate's slang or the saved name's label explains them, affection is theirs; otherwise
    it counts for partner.

    Kinship words people also call friends by (姐, 哥, "sis": ``kin_or_friend``) count for
    family when the other cues lean family, for a close friend when they lean friend, and
    for both (no label) when nothing else tells. A mate's kinship slang ("bro":
    ``friend_or_kin``) is a friend's unless the two share a surname (``kin``) or kinship
    words say family.

    A kinship or mate's word explains affection said both ways (``mutual``) only when it
    weighs a fair share of it or is said in the same messages (see
    ``EXPLAINS_AFFECTION_SHARE``); one-sided affection it always explains (a friend's
    宝贝, a mum's "sweetheart")."""
    scores = {str(r): float(v) for r, v in zip(group["relationship"], group["score"], strict=True)}
    own = group["own"].fillna(group["score"]) if "own" in group else group["score"]
    # What a mate's words weigh from the lines of this chat alone (relationship_scores).
    own_scores = {str(r): float(v) for r, v in zip(group["relationship"], own, strict=True)}
    rows = {str(r): list(v) for r, v in zip(group["relationship"], group["rows"], strict=True)}
    texts = {str(r): int(v) for r, v in zip(group["relationship"], group["texts"], strict=True)}
    lines = {
        str(r): int(v)
        for r, v in zip(group["relationship"], group.get("lines", group["texts"]), strict=True)
    }

    def move(bucket: str, *targets: str) -> None:
        score, found, said = scores.pop(bucket, 0.0), rows.pop(bucket, []), texts.pop(bucket, 0)
        kept_lines = lines.pop(bucket, 0)
        if not score:
            return
        for target in targets:
            scores[target] = scores.get(target, 0.0) + score
            rows[target] = sorted(set(rows.get(target, [])) | set(found))
            texts[target] = texts.get(target, 0) + said
            lines[target] = lines.get(target, 0) + kept_lines

    # Casual register is how workmates talk too: with work evidence (the saved name's
    # workplace label, or enough work talk) it says nothing about friendship; it still
    # explains pet names ("cheers love, see you on shift").
    casual_said = texts.get(CASUAL, 0) >= 2
    casual_score = scores.get(CASUAL, 0.0)
    casual_own = own_scores.get(CASUAL, 0.0)
    # A mate's words explain affection said both ways only as far as this chat says them
    # (not a stock line the user's other chats hold too).
    friend_own = own_scores.get("close_friend", 0.0) + (
        casual_own if "colleague" not in named else 0.0
    )
    casual_rows = set(rows.get(CASUAL, []))
    if "colleague" in named or scores.get("colleague", 0.0) >= MIN_RELATIONSHIP_SCORE:
        scores.pop(CASUAL, None), rows.pop(CASUAL, None), texts.pop(CASUAL, None)
    else:
        # Siblings and cousins talk like mates ("dude", 兄弟): with a shared surname or a
        # shared parent, the casual register is theirs, as "bro" is.
        move(CASUAL, "family" if kin else "close_friend")
    # Only a clear lean counts: a sister and the user go shopping (逛街) too.
    family, friend = scores.get("family", 0.0), scores.get("close_friend", 0.0)
    slang = scores.get(FRIEND_OR_KIN, 0.0)
    brother = kin or family >= max(slang, MIN_RELATIONSHIP_SCORE)
    move(FRIEND_OR_KIN, "family" if brother else "close_friend")
    family, friend = scores.get("family", 0.0), scores.get("close_friend", 0.0)
    if kin or (family >= MIN_RELATIONSHIP_SCORE and family > 2 * friend):
        move(KIN_OR_FRIEND, "family")
    elif friend >= MIN_RELATIONSHIP_SCORE and friend > 2 * family:
        move(KIN_OR_FRIEND, "close_friend")
    else:
        move(KIN_OR_FRIEND, "family", "close_friend")
    affection = scores.pop(AFFECTION, 0.0)
    affection_rows = rows.pop(AFFECTION, [])
    # A kinship word said in one line only, again and again, is a running joke ("yes dad"
    # to a fussing partner): it explains no affection said both ways.
    one_kin_line = lines.get("family", 0) < 2

    def explains(score: float, found: set[int]) -> bool:
        together = len(found & set(affection_rows)) >= EXPLAINS_AFFECTION_TOGETHER
        return not mutual or together or score >= EXPLAINS_AFFECTION_SHARE * affection

    # A kinship or mate's word explains the affection only when more than one message says
    # it, and a kinship word said both ways only in more than one line: one line repeated
    # ("yes mum 🙄", "yes mum x" to a nagging partner) is a running joke.
    explained = max(
        (
            scores.get(r, 0.0)
            for r in ("family", "close_friend")
            if texts.get(r, 0) >= 2
            and not (r == "family" and mutual and one_kin_line and not kin)
            and explains(friend_own if r == "close_friend" else scores.get(r, 0.0),
                         set(rows.get(r, [])))
        ),
        default=0.0,
    )  # fmt: skip
    if casual_said and explains(casual_own, casual_rows):
        explained = max(explained, casual_score)
    if named - {"partner", AFFECTION}:  # saved as "Mum", "Bev (work)", 秀英姐: pet names are theirs
        explained = max(explained, MIN_RELATIONSHIP_SCORE)
    if (
        affection
        and explained < MIN_RELATIONSHIP_SCORE
        and len(affection_rows) >= MIN_AFFECTION_MESSAGES
    ):
        scores["partner"] = scores.get("partner", 0.0) + affection
        rows["partner"] = sorted(set(rows.get("partner", [])) | set(affection_rows))
        if mutual and one_kin_line and not kin and not named - {"partner", AFFECTION}:
            # Beside affection said both ways, the joke is no kinship either.
            scores.pop("family", None)
        if mutual and "close_friend" in scores and not named - {"partner", AFFECTION}:
            # The stock friend words that failed to explain it are how the user talks to
            # everyone: beside a couple's affection they weigh only what is this chat's own.
            scores["close_friend"] = min(scores["close_friend"], friend_own)
            if scores["close_friend"] <= 0:
                scores.pop("close_friend")
    if "landlord" not in named:
        # Partners and flatmates talk about the rent too: only the saved name says landlord.
        scores.pop("landlord", None)
    elif scores.get("landlord"):
        # The user saved them as their landlord: how they address each other (谢叔, "mate")
        # and the repairs talk do not make them kin, a friend or a colleague.
        landlord_first: list[tuple[str, float]] = sorted(
            scores.items(), key=lambda kv: (kv[0] != "landlord", -kv[1], kv[0])
        )
        ranked = pd.DataFrame(landlord_first, columns=["relationship", "score"])
        return "landlord", scores["landlord"], 1.0, rows["landlord"], ranked
    if not scores:
        return None
    order: list[tuple[str, float]] = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    ranked = pd.DataFrame(order, columns=["relationship", "score"])
    relationship, top = str(ranked.iloc[0]["relationship"]), float(ranked.iloc[0]["score"])
    runner_up = float(ranked.iloc[1]["score"]) if len(ranked) > 1 else 0.0
    margin = (top - runner_up) / top if top else 0.0
    if top < MIN_RELATIONSHIP_SCORE or margin < MIN_RELATIONSHIP_MARGIN:
        return None
    return relationship, top, margin, rows[relationship], ranked


def _relationships(inp: InferenceInput, stats: pd.DataFrame) -> list[Inference]:
    scores = relationship_scores(inp)
    out: list[Inference] = []
    # Contacts saved under a name that says how the user knows them count even when their
    # chat holds no cue at all.
    labelled = [
        str(k)
        for k, n in zip(stats.index, stats["name"], strict=True)
        if name_labels(str(n)) or _ROMANTIC_EMOJI.search(str(n))
    ]
    user_surnames = {
        name.split()[-1].casefold()
        for kind, name, _ in inp.user.found.values()
        if (kind in {"name", "display_name"} and len(name.split()) >= 2)
        or (kind == "handle" and _looks_like_full_name(name))
    }
    # Chat contacts sharing the user's surname ("Pete Holroyd" for Gary Holroyd): the
    # surname is a family cue even when their chat holds no other.
    namesakes = [
        str(k)
        for k, n, m in zip(stats.index, stats["name"], stats["messages"], strict=True)
        if m and len(str(n).split()) >= 2 and str(n).split()[-1].casefold() in user_surnames
    ]
    stated = _stated_relationships(inp, stats)
    workmates = _workplace_contacts(inp)
    if scores.empty and not labelled and not namesakes and not stated and not workmates:
        return out
    by_key: dict[str, pd.DataFrame] = {
        str(k): part for k, part in scores.groupby("contact_key", sort=True)
    }
    pending: list[_Pending] = []
    for key in sorted(set(by_key) | set(labelled) | set(namesakes) | set(stated) | set(workmates)):
        group = by_key.get(key, scores.iloc[0:0])
        if key not in stats.index:
            continue
        name = str(stats.at[key, "name"])
        if key in stated:
            out.append(_stated_inference(inp, key, name, *stated[key], group))
            continue
        surname = name.split()[-1].casefold() if len(name.split()) >= 2 else None
        kin = bool(surname and surname in user_surnames)
        if kin:
            group = _with_surname_cue(inp, str(key), group)
        group = _with_name_labels(inp, str(key), name, group)
        if key in workmates:
            group = _with_cue(group, key, "colleague", WORKPLACE_SCORE, workmates[key])
        group = _pattern_bonus(inp, str(key), group)
        named = frozenset(relationship for relationship, _ in _saved_name_labels(name))
        shared = _shares_a_parent(inp, str(key))
        mutual = _mutual_affection(inp, group)
        decided = _decide(group, kin or shared, named, mutual)
        pending.append(_Pending(str(key), name, group, kin or shared, named, decided, mutual))
    stated_partner = any(relationship == "partner" for relationship, *_ in stated.values())
    for item in _one_partner(pending, stats, stated_partner):
        if item.decided is None:  # weak or contested evidence: no label, "unknown"
            continue
        key, name = item.key, item.name
        relationship, score, margin, best_rows, ranked = item.decided
        # Calibrated on the evaluation personas (docs/confidence.md): labels that pass the
        # score and margin thresholds were right in every persona, own and independent.
        confidence = min(0.95, 0.7 + 0.25 * (1 - math.exp(-score / 4)) * (0.5 + 0.5 * margin))
        rows = inp.frame.loc[best_rows]
        aliases = inp.people.aliases(key, name)
        out.append(
            Inference(
                category=CATEGORY,
                key="relationship",
                claim=f"{inp.people.label(key, name)} is probably "
                f"{_RELATIONSHIP_PHRASES.get(relationship, relationship.replace('_', ' '))}.",
                value={
                    "name": name,
                    "aliases": aliases,
                    "relationship": relationship,
                    "score": round(score, 2),
                    "scores": {
                        str(r): round(float(s), 2)
                        for r, s in zip(ranked["relationship"], ranked["score"], strict=True)
                    },
                },
                confidence=round(max(confidence, 0.05), 3),
                method=phrase("method_social_relationship"),
                evidence=refs(rows, 20),
                evidence_count=len(rows),
                subject=name,
            )
        )
    return out


Decision = tuple[str, float, float, list[int], pd.DataFrame]


@dataclass(frozen=True, eq=False)
class _Pending:
    """One contact's decided relationship, before the user's partner is settled."""

    key: str
    name: str
    group: pd.DataFrame
    kin: bool
    named: frozenset[str]
    decided: Decision | None
    mutual: bool = False  # affection said both ways (_mutual_affection)


def _partner_words(group: pd.DataFrame) -> float:
    """What a partner's own words (老公, hubby, "date night") weigh in one contact's scores,
    pet names and affection left out."""
    return float(group.loc[group["relationship"] == "partner", "score"].sum())


def _one_partner(
    pending: list[_Pending], stats: pd.DataFrame, stated_partner: bool
) -> list[_Pending]:
    """``pending`` with at most one partner made of affection alone. Pet names and "miss
    you" mark a partner only against the user's other chats: a user who calls a friend and
    a colleague 宝 and wishes them 晚安 too has one partner at most, the chat that holds
    clearly the most affection, or as much and the most messages. A partner the records
    state, or a partner's own words (老公, hubby), settles it too. Once one is settled,
    every other contact's affection says only that the two are close: their chat decides
    without it (a colleague's 宝 no longer contests her work talk). When the partner is
    beyond doubt, pet names said both ways by someone else are a friend's
    (_friends_affection)."""
    made = [
        p
        for p in pending
        if p.decided is not None and p.decided[0] == "partner"
        and _partner_words(p.group) < MIN_RELATIONSHIP_SCORE and "partner" not in p.named
    ]  # fmt: skip
    worded = [
        p for p in pending if p.decided is not None and p.decided[0] == "partner" and p not in made
    ]
    partner: _Pending | None = None
    # Whether the partner is beyond doubt: stated, named by a partner's own words, or
    # holding clearly the most affection. Only then is anyone else's affection a friend's.
    sure = stated_partner or bool(worded)
    if not stated_partner and not worded and made:
        counts = {str(k): int(v) for k, v in stats["messages"].items()}
        ranked = sorted(made, key=lambda p: (-_score(p), -counts.get(p.key, 0), p.key))
        leader = ranked[0]
        most = all(counts.get(leader.key, 0) > counts.get(p.key, 0) for p in ranked[1:])
        ahead = all(_score(leader) >= (1 + MIN_RELATIONSHIP_MARGIN) * _score(p) for p in ranked[1:])
        # The user's own heart on one saved name outweighs a few more messages elsewhere:
        # friends get pet names too ("babe", "hun"), a heart is chosen for one person.
        hearted = [p for p in ranked if _ROMANTIC_EMOJI.search(p.name)]
        sure = ahead
        if not ahead and len(hearted) == 1:
            partner = hearted[0]
        elif ahead or most:
            partner = leader
        elif len(made) == 1:
            return pending
    settled = stated_partner or bool(worded) or partner is not None
    out: list[_Pending] = []
    for item in pending:
        affection = bool((item.group["relationship"] == AFFECTION).any())
        if item is partner or item in worded or not affection or (not settled and item not in made):
            out.append(item)
            continue
        without = item.group[item.group["relationship"] != AFFECTION]
        decided = _decide(without, item.kin, item.named) if not without.empty else None
        if decided is not None and decided[0] == "partner":
            decided = None
        # A runner-up whose chat has pet names of its own, said to no one else, may be the
        # partner after all (unless the records name the partner): no label, not a guess.
        doubtful = (
            item in made
            and not (stated_partner or worded)
            and _own_affection(item) >= MIN_RELATIONSHIP_SCORE
        )
        if doubtful:
            decided = None
        elif decided is None and sure and _friends_affection(item):
            # Pet names said both ways by someone who is not the partner, with no kinship
            # word in the chat: how close friends talk (姐妹 call each other 宝, "love you
            # babe" between girlfriends).
            friendly = item.group.assign(
                relationship=item.group["relationship"].replace(AFFECTION, "close_friend")
            )
            friendly = friendly.groupby(["contact_key", "relationship"], as_index=False).agg(
                score=("score", "sum"),
                rows=("rows", lambda parts: sorted({int(v) for part in parts for v in part})),
                texts=("texts", "sum"),
                lines=("lines", "sum"),
                own=("own", "sum"),
            )
            decided = _decide(friendly, item.kin, item.named)
            if decided is not None and decided[0] != "close_friend":
                decided = None
        out.append(
            _Pending(item.key, item.name, without, item.kin, item.named, decided, item.mutual)
        )
    return out


def _friends_affection(item: _Pending) -> bool:
    """Whether a contact's affection can be a friend's: said both ways, in more than one
    message, with no kinship word or shared surname or parent in the chat."""
    texts = {
        str(r): int(n) for r, n in zip(item.group["relationship"], item.group["texts"], strict=True)
    }
    kinship = {"family", KIN_OR_FRIEND, FRIEND_OR_KIN}
    return (
        item.mutual
        and not item.kin
        and not kinship & set(texts)
        and not item.named
        and texts.get(AFFECTION, 0) >= MIN_AFFECTION_MESSAGES
    )


def _own_affection(item: _Pending) -> float:
    """What the affection of one contact's chat weighs from words said in that chat only
    (relationship_scores' ``own``): a couple's own pet names, not the user's stock ones."""
    found = item.group.loc[item.group["relationship"] == AFFECTION, "own"]
    return float(found.fillna(0.0).sum())


def _score(item: _Pending) -> float:
    return item.decided[1] if item.decided is not None else 0.0


def _looks_like_full_name(value: str) -> bool:
    """Whether a handle the user posts or pays under is a personal name ("Marcus Reyes"):
    two or three capitalised words of letters only, as an app shows its account holder."""
    words = value.split()
    return 2 <= len(words) <= 3 and all(w.isalpha() and w[0].isupper() for w in words)


# Workplace messaging tools: a direct chat there is between people of one workspace, a
# cue for colleague as strong as a saved name's "work" (what the chat says may outweigh it).
WORKPLACE_SOURCES = frozenset({"slack", "teams", "microsoft_teams", "google_chat"})
WORKPLACE_SCORE = 2.0


def _workplace_contacts(inp: InferenceInput) -> dict[str, list[int]]:
    """Contact key -> their 1:1 messages in a workplace tool (Slack): up to 20 rows."""
    chats = inp.memo("social:one_to_one", lambda: _one_to_one(inp))
    if chats.empty:
        return {}
    sources = inp.frame.loc[chats.index, "source"].astype(str)
    at_work = chats[sources.isin(WORKPLACE_SOURCES).to_numpy()]
    return {
        str(key): [int(v) for v in part.index[:20]]
        for key, part in at_work.groupby("contact_key", sort=True)
    }


def _with_cue(
    group: pd.DataFrame, key: str, relationship: str, score: float, rows: list[int]
) -> pd.DataFrame:
    """``group`` (one contact's scores) with one more cue for ``relationship``."""
    extra = pd.DataFrame(
        [{"contact_key": key, "relationship": relationship, "score": score, "rows": rows,
          "texts": 1, "lines": 1, "own": score}]
    )  # fmt: skip
    merged = pd.concat([group, extra], ignore_index=True)
    return merged.groupby(["contact_key", "relationship"], as_index=False, sort=True).agg(
        score=("score", "sum"),
        rows=("rows", lambda parts: sorted({int(v) for part in parts for v in part})),
        texts=("texts", "sum"),
        lines=("lines", "sum"),
        own=("own", "sum"),
    )


# How sure a stated relationship is: the user's own saved name for the contact, or their
# profile's family list and relationship status, say it outright.
STATED_CONFIDENCE = 0.9


def _stated_relationships(
    inp: InferenceInput, stats: pd.DataFrame
) -> dict[str, tuple[str, list[int], str]]:
    """Contact key -> (relationship, evidence rows, how) for the contacts whose relationship
    the records state rather than suggest: a saved name that is itself a partner's or a
    relative's word (老婆, 大哥, 二姐, "Mum", "Wife"), or a profile naming them as partner
    or family ("Married with Julie Holroyd", "Pete Holroyd (Brother)"). A stated relation
    decides before any cue of the chat: a wife the user talks shop with is still the wife."""
    frame = inp.frame
    out: dict[str, tuple[str, list[int], str]] = {}
    messages = frame.loc[frame["kind"] == "message", ["contact_key"]]
    for key, name in zip(stats.index, stats["name"], strict=True):
        relationship = name_relationship(str(name))
        if relationship is None:
            continue
        rows = [int(v) for v in messages.index[messages["contact_key"] == key][:20]]
        if rows:
            out[str(key)] = (relationship, rows, "saved_name")
    stated: list[tuple[str, str, int, str]] = []  # (name, relationship, row, how)
    if "name" in frame.columns:
        listed = frame.loc[
            (frame["kind"] == "contact") & frame["name"].notna() & frame["text"].notna(),
            ["name", "text"],
        ]
        for position, name, text in zip(
            listed.index, listed["name"].astype(str), listed["text"].astype(str), strict=True
        ):
            relationship = stated_relationship(text)
            if relationship is not None:
                stated.append((name, relationship, int(position), "profile"))
    stated += _named_in_own_words(inp)
    by_name = {
        str(normalize_identifier(str(n))): str(k)
        for k, n in zip(stats.index, stats["name"], strict=True)
    }
    for key, names in zip(stats.index, stats["aliases"], strict=True):
        for alias in names:
            by_name.setdefault(str(normalize_identifier(str(alias))), str(key))
    # A stated person known in the chats by their first name only ("Julie" for Julie
    # Holroyd) or its short form ("Jonno" for Jonathan), when one contact goes by it and one
    # stated person has it.
    single = [
        (str(n).casefold(), str(k))
        for k, n in zip(stats.index, stats["name"], strict=True)
        if len(str(n).split()) == 1 and str(n).isalpha()
    ]
    firsts = [name.split()[0].casefold() if name.split() else "" for name, *_ in stated]
    for (name, relationship, position, how), first in zip(stated, firsts, strict=True):
        key = by_name.get(str(normalize_identifier(name)))
        if key is None and first and firsts.count(first) == 1:
            key = _short_form_of(first, single, firsts)
        if key is None or key in out:
            continue
        rows = [position] + [int(v) for v in messages.index[messages["contact_key"] == key][:19]]
        out[key] = (relationship, rows, how)
    return out


# Shortest stem a first name and its short form share (Jon in Jonathan and Jonno).
SHORT_FORM_STEM = 3


def _short_form_of(first: str, single: list[tuple[str, str]], firsts: list[str]) -> str | None:
    """The one contact known by ``first`` or a short form of it (Jonno, Jonathan; Liz,
    Elizabeth is out of reach): the same name, else the only one-word contact sharing its
    first letters that no other stated person's first name shares."""
    exact = [key for name, key in single if name == first]
    if exact:
        return exact[0] if len(exact) == 1 else None
    stem = first[:SHORT_FORM_STEM]
    if len(first) < SHORT_FORM_STEM or not first.isascii():
        return None
    near = [key for name, key in single if len(name) >= SHORT_FORM_STEM and name[:3] == stem]
    rivals = [f for f in firsts if f[:SHORT_FORM_STEM] == stem]
    return near[0] if len(near) == 1 and len(rivals) == 1 else None


# The user naming someone by what they are to them, in a post or message of their own:
# "my oldest mate Jonathan Pickersgill", "my brother Pete", 我闺蜜小雨, 我老公张伟.
_MY_PERSON_EN = re.compile(
    r"\b[Mm]y (?:(?:oldest|old|best|dear|lovely|big|little|younger|older|twin|baby) )?"
    r"(?P<rel>mate|friend|pal|bestie|buddy|wife|husband|partner|girlfriend|boyfriend|fiancée?|"
    r"brother|sister|mum|mom|dad|son|daughter|cousin)\s+"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
)
_MY_PERSON_ZH = re.compile(
    r"我(?:的)?(?P<rel>闺蜜|好朋友|好兄弟|发小|死党|老公|老婆|丈夫|妻子|哥哥|姐姐|弟弟|妹妹|儿子|女儿)"
    r"(?P<name>[\u4e00-\u9fff]{2,3})(?=[\s，。,.!！?？的说在和去来也都又过要跟给请今明昨生结]|$)"
)
_FRIEND_WORDS = frozenset(
    {"mate", "friend", "pal", "bestie", "buddy", "闺蜜", "好朋友", "好兄弟", "发小", "死党"}
)


def _named_in_own_words(inp: InferenceInput) -> list[tuple[str, str, int, str]]:
    """(name, relationship, row, "own_words") for each person the user's own posts and
    messages name with what they are to them."""
    frame = inp.frame
    own = frame.loc[
        frame["is_me"] & frame["kind"].isin(["message", "post"]) & frame["text"].notna(), "text"
    ].astype(str)
    own = own[own.str.contains(r"[Mm]y |我", regex=True)]
    out: list[tuple[str, str, int, str]] = []
    for position, text in zip(own.index.tolist(), own.tolist(), strict=True):
        for pattern in (_MY_PERSON_EN, _MY_PERSON_ZH):
            for match in pattern.finditer(text):
                word = match.group("rel").casefold()
                relationship = (
                    "close_friend" if word in _FRIEND_WORDS else stated_relationship(word)
                )
                if relationship is not None:
                    out.append((match.group("name"), relationship, int(position), "own_words"))
    return out


def _stated_inference(
    inp: InferenceInput,
    key: str,
    name: str,
    relationship: str,
    rows: list[int],
    how: str,
    group: pd.DataFrame,
) -> Inference:
    """The relationship the records state for one contact (see _stated_relationships)."""
    cued = {
        str(r): round(float(v), 2)
        for r, v in zip(group["relationship"], group["score"], strict=True)
    }
    evidence = inp.frame.loc[rows]
    return Inference(
        category=CATEGORY,
        key="relationship",
        claim=f"{inp.people.label(key, name)} is "
        f"{_RELATIONSHIP_PHRASES.get(relationship, relationship.replace('_', ' '))}: "
        + {"saved_name": "the name you saved them under says so.",
           "profile": "your profile says so."}.get(how, "your own words say so."),
        value={
            "name": name,
            "aliases": inp.people.aliases(key, name),
            "relationship": relationship,
            "stated": how,
            "scores": cued,
        },
        confidence=STATED_CONFIDENCE,
        method=phrase("method_social_relationship_stated"),
        evidence=refs(evidence, 20),
        evidence_count=len(evidence),
        subject=name,
    )  # fmt: skip


def _shares_a_parent(inp: InferenceInput, key: str) -> bool:
    """Whether the chat names a parent as both writers' own ("mom says call her", 咱妈,
    "at mum's"): siblings talk so, and a brother calls his brother "bro" too."""
    chats = inp.memo("social:one_to_one", lambda: _one_to_one(inp))
    texts = chats.loc[chats["contact_key"] == key, "text"].astype(str).unique()
    return any(cue.kind == "shared_family" for text in texts for cue in cues(str(text)))


def _mutual_affection(inp: InferenceInput, group: pd.DataFrame) -> bool:
    """Whether both the user and the contact say the affection in ``group`` (one contact's
    scores): a couple's, where a friend's 宝贝 or a parent's "sweetheart" is often one way."""
    found = group.loc[group["relationship"] == AFFECTION, "rows"]
    positions = sorted({int(v) for part in found for v in part})
    if not positions:
        return False
    said = inp.frame.loc[positions, "is_me"].astype(bool)
    return bool(said.any() and not said.all())


def _with_name_labels(
    inp: InferenceInput, key: str, name: str, group: pd.DataFrame
) -> pd.DataFrame:
    """``group`` with the words of the name the user saved the contact under ("Priya Work",
    "Mum", 老婆) added as cues; the contact's messages are the evidence (the name is on them)."""
    found = _saved_name_labels(name)
    if not found:
        return group
    frame = inp.frame
    named = [
        int(v)
        for v in frame.index[(frame["contact_key"] == key) & (frame["kind"] == "message")][:20]
    ]
    if not named:
        return group
    extra = pd.DataFrame(
        [
            {"contact_key": key, "relationship": relationship, "score": weight,
             "rows": named, "texts": 1, "lines": 1, "own": weight}
            for relationship, weight in found
        ]
    )  # fmt: skip
    merged = pd.concat([group, extra], ignore_index=True)
    return merged.groupby(["contact_key", "relationship"], as_index=False, sort=True).agg(
        score=("score", "sum"),
        rows=("rows", lambda parts: sorted({int(v) for part in parts for v in part})),
        texts=("texts", "sum"),
        lines=("lines", "sum"),
        own=("own", "sum"),
    )


# Hearts (red, pink and the coloured ones people pick for a partner: 💛 💚 💙 💜 🧡 🤍 🖤 🤎
# 🩷), a ring, a couple, a kiss: what a user puts beside the name they save a partner under
# (Tom ❤️). Friends get coloured hearts too: a heart weighs as a pet name, not as "partner".
_ROMANTIC_EMOJI = re.compile(
    "[\u2764\u2763\U0001f493\U0001f495-\U0001f49f\U0001f9e1\U0001f90d\U0001f90e"
    "\U0001f5a4\U0001fa77\U0001f48d\U0001f48f\U0001f491\U0001f618\U0001f60d\U0001f970]"
)
SAVED_HEART_SCORE = 2.0


def _saved_name_labels(name: str) -> list[tuple[str, float]]:
    """(relationship, weight) of each label word in the saved name. A kinship word friends
    use too is family when it is the whole name: a sister is saved as "大姐" or "Sis", an
    older friend with her name ("秀英姐")."""
    words = [part for part in re.split(r"[\s\W_]+", name.casefold()) if part]
    title = _saved_title(name)
    out = []
    for cue in name_labels(name):
        if cue.term == title:
            continue  # "Father Miguel Soto", "Sister Mary": a title, not the user's kin
        relationship = cue.relationship
        if relationship in {KIN_OR_FRIEND, FRIEND_OR_KIN} and words == [cue.term]:
            relationship = "family"
        elif relationship == CASUAL:  # saved as "Jim Mate": the user's own word for them
            relationship = "close_friend"
        out.append((relationship, cue.weight))
    if _ROMANTIC_EMOJI.search(name):
        out.append((AFFECTION, SAVED_HEART_SCORE))  # a partner's unless kin explains it
    return out


def _with_surname_cue(inp: InferenceInput, key: str, group: pd.DataFrame) -> pd.DataFrame:
    """``group`` (one contact's scores) with the shared surname added to the family score;
    the contact's own messages are its evidence when no family word was found."""
    # What the chat says outweighs the surname: it counts only when no other
    # relationship has enough cues for a label (a colleague may share a common surname).
    # Kinship words friends use too, and mates' casual words (siblings say "dude" too), are
    # no rival to family here; a spouse's pet names are (a wife shares the surname too).
    rivals = ~group["relationship"].isin(["family", KIN_OR_FRIEND, FRIEND_OR_KIN, CASUAL])
    others = group.loc[rivals, "score"]
    if not others.empty and float(others.max()) >= MIN_RELATIONSHIP_SCORE:
        return group
    family = group["relationship"] == "family"
    if family.any():
        return group.assign(score=group["score"] + np.where(family, SURNAME_FAMILY_SCORE, 0.0))
    frame = inp.frame
    named = frame.index[(frame["contact_key"] == key) & (frame["kind"] == "message")][:20]
    extra = pd.DataFrame(
        [
            {
                "contact_key": key,
                "relationship": "family",
                "score": SURNAME_FAMILY_SCORE,
                "rows": [int(v) for v in named],
                "texts": 1,
                "lines": 1,
                "own": SURNAME_FAMILY_SCORE,
            }
        ]
    )
    return pd.concat([group, extra], ignore_index=True) if len(named) else group


def _top_contacts(
    inp: InferenceInput, stats: pd.DataFrame, labels: dict[str, str] | None = None
) -> list[Inference]:
    if stats.empty:
        return []
    ranked = stats.assign(total=stats["messages"] + stats["payments"]).sort_values(
        ["total", "tie_strength", "name"], ascending=[False, False, True], kind="stable"
    )
    top = ranked.head(TOP_CONTACTS)
    rows = _contact_rows(inp)
    evidence: list[str] = []
    for key in top.index:
        evidence.extend(refs(rows[rows["contact_key"] == key], 5))
    contacts = [
        {
            "name": str(row["name"]),
            "aliases": list(row["aliases"]),
            "messages": int(row["messages"]),
            "payments": int(row["payments"]),
            "tie_strength": round(float(row["tie_strength"]), 3),
            "my_reply_minutes": None
            if pd.isna(row["my_reply_s"])
            else round(float(row["my_reply_s"]) / 60, 1),
            "first": row["first"].isoformat() if pd.notna(row["first"]) else None,
            "last": row["last"].isoformat() if pd.notna(row["last"]) else None,
            "sources": list(row["sources"]),
            # "unknown" unless the chats tell it: never a default label.
            "relationship": (labels or {}).get(str(row["name"]), "unknown"),
        }
        for _, row in top.iterrows()
    ]
    names = ", ".join(inp.people.label(key, str(row["name"])) for key, row in top.iterrows())
    total = int(top["total"].sum())
    # Every record behind these contacts, replies included: never fewer than cited.
    supporting = int(rows["contact_key"].isin(top.index).sum())
    return [
        Inference(
            category=CATEGORY,
            key="top_contacts",
            claim=f"The people closest to you are {names}.",
            value={"contacts": contacts},
            confidence=round(min(0.95, 0.5 + 0.05 * math.log1p(total)), 3),
            method=phrase("method_social_top_contacts"),
            evidence=tuple(evidence),
            evidence_count=supporting,
        )
    ]


def _cross_source(inp: InferenceInput, stats: pd.DataFrame) -> list[Inference]:
    linked = stats[stats["sources"].map(len) >= 2]
    if linked.empty:
        return []
    rows = _contact_rows(inp)
    evidence: list[str] = []
    for key in linked.index:
        contact_rows = rows[rows["contact_key"] == key]
        for source in sorted(contact_rows["source"].astype(str).unique()):
            evidence.extend(refs(contact_rows[contact_rows["source"] == source], 2))
    contacts = [
        {"name": str(row["name"]), "aliases": list(row["aliases"]), "sources": list(row["sources"])}
        for _, row in linked.iterrows()
    ]
    return [
        Inference(
            category=CATEGORY,
            key="cross_source_contacts",
            claim=f"{len(contacts)} of your contacts appear in more than one export, "
            "which lets the exports be joined into one picture.",
            value={"contacts": contacts},
            confidence=0.9,
            method=phrase("method_social_cross_source_contacts"),
            evidence=tuple(evidence),
        )
    ]


def _community_inferences(inp: InferenceInput, stats: pd.DataFrame) -> list[Inference]:
    graph = _graph(inp, stats)
    groups = _communities(graph)
    if not groups:
        return []
    frame = inp.frame
    keys = map_unique(frame["actor_key"], lambda key: str(inp.people.canonical(key)))
    evidence: list[str] = []
    named: list[list[str]] = []
    for group in groups:
        evidence.extend(refs(frame[(frame["kind"] == "message") & keys.isin(group)], 5))
        named.append([str(stats.loc[key, "name"]) if key in stats.index else key for key in group])
    return [
        Inference(
            category=CATEGORY,
            key="communities",
            claim=f"Your contacts form {len(named)} circle(s) that know each other.",
            value={"communities": named},
            confidence=0.7,
            method=phrase("method_social_communities"),
            evidence=tuple(evidence),
        )
    ]


def infer(records: Sequence[Record] | InferenceInput) -> list[Inference]:
    inp = prepare(records)
    stats = contact_stats(inp)
    relationships = _relationships(inp, stats)
    labels = {str(i.value["name"]): str(i.value["relationship"]) for i in relationships}
    return [
        *_top_contacts(inp, stats, labels),
        *relationships,
        *_cross_source(inp, stats),
        *_community_inferences(inp, stats),
    ]
