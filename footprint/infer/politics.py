"""Political opinion (a special category) and risky contacts, from stance over time.

Each text is read for stance (:mod:`footprint.infer.stance`): a political target and an
evaluation of it in the same clause. Texts that mention taking part in a protest, a
strike or a petition (``lexicons/sensitive.yaml``, group ``politics``, label ``protest``)
count as political too. Per person the evaluated texts are summed, each weighted by how
clearly political its target is (a policy area alone weighs half an institution), and
counted per month.

- ``politics`` (about the user): their own messages and posts, when the weighted critical
  texts reach :data:`MIN_USER_SCORE`, the supportive ones :data:`MIN_SUPPORT_SCORE`, or
  protest texts :data:`MIN_PROTEST_ROWS`.
- ``risky_contact``: a contact whose *own* messages or posts, in any chat (group chats
  too) and any source, repeatedly carry political criticism (:data:`MIN_CONTACT_SCORE`
  weighted texts) or protest, in at least :data:`MIN_CONTACT_SHARE` of what they write (or
  very many texts): a scoring system could count the association against the user.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

import pandas as pd

from footprint.infer.base import Inference
from footprint.infer.frame import InferenceInput, refs
from footprint.infer.stance import TOPIC_DISPLAY, stance_rows
from footprint.phrases import phrase

__all__ = ["infer_politics", "infer_risky_contacts", "political_rows"]

MIN_USER_SCORE = 2.0
# Praise of a named institution is common in everyday talk ("the council were great").
MIN_SUPPORT_SCORE = 4.0
MIN_PROTEST_ROWS = 2
MIN_CONTACT_SCORE = 3.0
MIN_CONTACT_ROWS = 3
# Criticism must mark the person: a share of what they write, not the odd complaint of
# someone who writes a lot (a partner's thousand messages hold a few about the council).
MIN_CONTACT_SHARE = 0.08
MANY_CRITICAL_TEXTS = 40.0
_COLUMNS = ["position", "protest", "stance", "weight", "topic", "targets", "clause"]


def _protest_positions(inp: InferenceInput, index: pd.Index) -> pd.Index:
    from footprint.infer.sensitive import sensitive_hits

    hits = sensitive_hits(inp, index)
    protest = hits[(hits["group"] == "politics") & (hits["label"] == "protest")]
    return pd.Index(sorted({int(v) for v in protest["position"]}), dtype="int64")


def political_rows(inp: InferenceInput, index: pd.Index) -> pd.DataFrame:
    """Rows among ``index`` (frame positions in ``position``) taking a political stance or
    mentioning protest: ``protest`` (bool), ``stance`` (-1 critical, +1 supportive, 0 for
    protest alone), ``weight``, ``topic`` (a policy area or None) and the ``clause``."""
    stances = stance_rows(inp, index)
    protest = _protest_positions(inp, index)
    table = stances.set_index("position") if not stances.empty else None
    positions = sorted(set(protest) | (set(table.index) if table is not None else set()))
    if not positions:
        return pd.DataFrame(columns=_COLUMNS)
    out = pd.DataFrame({"position": positions})
    out["protest"] = out["position"].isin(protest)
    if table is None:
        out["stance"], out["weight"], out["topic"], out["clause"] = 0, 1.0, None, None
        out["targets"] = None
        return out[_COLUMNS]
    joined = table.reindex(out["position"])
    out["stance"] = joined["stance"].fillna(0).astype(int).to_numpy()
    # A protest text without an evaluated target still weighs as one political text.
    out["weight"] = joined["weight"].fillna(1.0).astype(float).to_numpy()
    out["topic"] = joined["topic"].astype(object).where(joined["topic"].notna(), None).to_numpy()
    out["targets"] = (
        joined["targets"].astype(object).where(joined["targets"].notna(), None).to_numpy()
    )
    out["clause"] = joined["clause"].astype(object).where(joined["clause"].notna(), None).to_numpy()
    return out[_COLUMNS]


# An issue named by its initials (HS2, ICE, GST, 996): what the person's political texts are
# about, in their words, when no lexicon names it. Chat shorthand in capitals is not one.
_INITIALS = re.compile(r"(?<![A-Za-z0-9])(?=[A-Z0-9]*[A-Z])[A-Z][A-Z0-9]{1,5}(?![A-Za-z0-9])")
_NOT_INITIALS = frozenset(
    {"LOL", "LMAO", "OMG", "WTF", "TBH", "IMO", "IMHO", "FYI", "BTW", "OK", "AM", "PM", "UK", "US",
     "USA", "TV", "ID", "THE", "AND", "NOT", "YES", "NO", "SMH", "IDK", "FFS", "RIP", "DM", "PS"}
)  # fmt: skip
MIN_INITIALS_TEXTS = 2


def _named_issues(inp: InferenceInput, every: pd.DataFrame, chosen: pd.DataFrame) -> list[str]:
    """Initials (HS2, ICE) in ``chosen`` texts that recur in at least
    :data:`MIN_INITIALS_TEXTS` of the person's political texts ``every``, most frequent first."""
    texts = inp.frame.loc[every["position"], "text"].fillna("").astype(str)
    counts: dict[str, int] = {}
    for text in texts.drop_duplicates():
        for name in set(_INITIALS.findall(text)) - _NOT_INITIALS:
            counts[name] = counts.get(name, 0) + 1
    chosen_text = " ".join(inp.frame.loc[chosen["position"], "text"].fillna("").astype(str))
    named = [n for n, c in counts.items() if c >= MIN_INITIALS_TEXTS and n in chosen_text]
    return sorted(named, key=lambda n: (-counts[n], n))


def _summary(rows: pd.DataFrame, issues: Sequence[str] = ()) -> tuple[str, str | None, bool]:
    """The stance in words, its main topic, and whether it is critical; ``issues`` (named
    by initials in the person's own texts) lead the targets shown."""
    critical = rows[(rows["stance"] < 0) | rows["protest"]]
    supportive = rows[rows["stance"] > 0]
    critical_score = float(critical["weight"].sum())
    is_critical = critical_score >= float(supportive["weight"].sum())
    chosen = critical if is_critical else supportive
    topics = chosen["topic"].dropna()
    topic = (
        str(topics.value_counts().sort_index().sort_values(ascending=False, kind="stable").index[0])
        if not topics.empty
        else None
    )
    shown = TOPIC_DISPLAY.get(topic, topic) if topic else None
    if is_critical:
        if shown:
            text = f"critical of government {shown} policy"
        elif critical["protest"].any() and (critical["stance"] == 0).all():
            text = "takes part in protests against the government"
        else:
            text = "critical of the government"
        if critical["protest"].any() and "protest" not in text:
            text += "; takes part in protests"
    else:
        text = (
            f"supportive of government {shown} policy" if shown else "supportive of the government"
        )
    # The targets in the person's own words, most named first ("延迟退休", "two-child limit").
    named = pd.Series([t for ts in chosen["targets"].dropna() for t in ts], dtype=object)
    shown_targets = list(issues)
    if not named.empty:
        counts = named.value_counts().sort_index().sort_values(ascending=False, kind="stable")
        folded = {issue.casefold() for issue in issues}
        shown_targets += [str(t) for t in counts.index if str(t).casefold() not in folded]
    if shown_targets:
        text += f" ({', '.join(shown_targets[:3])})"
    return text, topic, is_critical


def _by_month(inp: InferenceInput, rows: pd.DataFrame) -> list[dict[str, object]]:
    local = inp.frame.loc[rows["position"], "local"]
    months = pd.Series(local.to_numpy()).dropna()
    if months.empty:
        return []
    counts = pd.Series(pd.DatetimeIndex(months).strftime("%Y-%m")).value_counts().sort_index()
    return [{"month": str(m), "texts": int(n)} for m, n in counts.items()]


def _confidence(score: float) -> float:
    # Calibrated on the evaluation personas (docs/confidence.md): a claim resting on a
    # few texts is right about half the time; one resting on many, nearly always.
    return round(min(0.95, 0.5 + 0.45 * (1 - math.exp(-score / 6))), 3)


def _distinct(inp: InferenceInput, rows: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct text and day: a message sent again the same day (forwarded to
    several chats, posted twice) says nothing new; said again on another day, it does."""
    part = inp.frame.loc[rows["position"]]
    keys = part["text"].astype(str) + "\x00" + part["day"].astype(str)
    return rows.assign(_key=keys.to_numpy()).drop_duplicates("_key").drop(columns="_key")


# Campaigning for an election (canvassing, phone banking, knocking on doors, 拉票, 助选):
# political activity as telling as a protest. "Canvassing" is a salesperson's word too, so
# a text counts only with an election word beside it, or the party it is done for.
_CAMPAIGNING = re.compile(
    r"(?i)\b(?:canvass(?:ing|ed|es)?|phone[- ]?bank(?:ing|ed|s)?|door[- ]?knock(?:ing|ed)?|"
    r"knock(?:ing|ed)?\s+(?:on\s+)?(?:\d+\s+)?doors|leaflet(?:t?ing|t?ed)|"
    r"get out the vote|gotv)\b|拉票|助选|扫街拜票|竞选志愿者"
)
_ELECTION = re.compile(
    r"(?i)\b(?:elections?|candidates?|campaign(?:s|ing)?|ballots?|vote|voters?|votes|"
    r"primary|primaries|party|ward|district|state house|senate|congress|council seat|"
    r"by-election|general election)\b|选举|候选人|投票|选民|竞选|议员"
)
# The main parties of the countries the app reads, as people write them; an ambiguous short
# word (green, reform) counts only in its party form. A state's own name for a national
# party is that party: Minnesota's Democratic-Farmer-Labor (DFL) and North Dakota's
# Democratic-NPL are the Democratic party there; ActBlue raises money only for Democrats
# and WinRed only for Republicans.
_PARTIES = (
    ("Democratic", r"\b(?:democrats?|democratic|dems?|dfl(?:ers?)?|dem-npl|actblue)\b"),
    ("Republican", r"\b(?:republicans?|gop|winred)\b"),
    ("Labour", r"\blabour\b"),
    ("Conservative", r"\b(?:conservatives?|tory|tories)\b"),
    ("Liberal Democrat", r"\b(?:lib ?dems?|liberal democrats?)\b"),
    ("Green", r"\b(?:green party|the greens|scottish greens?)\b"),
    ("Reform UK", r"\breform uk\b"),
    ("SNP", r"\bsnp\b"),
    ("Plaid Cymru", r"\bplaid\b"),
    ("Communist Party of China", r"中国共产党|中共"),
    ("国民党", r"国民党"),
    ("民进党", r"民进党"),
)
MIN_CAMPAIGN_ROWS = 2
# Paying a party's membership or dues (党费): a member's act, however few the payments.
_DUES = re.compile(r"(?i)\b(?:membership|member|dues|subscription|subs)\b|党费|会费")


def _party_dues(inp: InferenceInput) -> tuple[pd.DataFrame, str | None]:
    """The user's payments of a party's membership or dues ("Scottish Green Party
    Membership", 中共...支部委员会 5月党费) and the party most paid."""
    from footprint.infer.payments import outgoing

    frame = inp.frame
    texts = frame.loc[outgoing(frame), "search_text"].dropna().astype(str)
    texts = texts[texts.str.contains(_DUES)]
    named: dict[str, int] = {}
    kept: list[int] = []
    for position, text in texts.items():
        parties = [name for name, pattern in _PARTIES if re.search(pattern, text, re.I)]
        if not parties:
            continue
        kept.append(int(position))
        for name in parties:
            named[name] = named.get(name, 0) + 1
    party = min(named, key=lambda name: (-named[name], name)) if named else None
    return pd.DataFrame({"position": kept}), party


def _activity(party: str | None, member: bool) -> str:
    """The party activity in words: membership first, then campaigning."""
    if member:
        return f"member of the {party}" + ("" if party and "Party" in party else " party")
    return f"campaigns for the {party} party" if party else "campaigns in elections"


def _campaigning(inp: InferenceInput, own: pd.Index) -> tuple[pd.DataFrame, str | None]:
    """The user's texts about campaigning in an election (one per distinct text and day)
    and the party most named in them, if any."""
    from footprint.infer.sensitive import negated_in_clause

    texts = inp.frame.loc[own, "text"].dropna().astype(str)
    texts = texts[texts.str.contains(_CAMPAIGNING)]
    named: dict[str, int] = {}
    kept: list[int] = []
    for position, text in texts.items():
        term = _CAMPAIGNING.search(text)
        if term is None or negated_in_clause(text, term.group(0).casefold()):
            continue
        parties = [name for name, pattern in _PARTIES if re.search(pattern, text, re.I)]
        if not parties and not _ELECTION.search(text):
            continue
        kept.append(int(position))
        for name in parties:
            named[name] = named.get(name, 0) + 1
    rows = pd.DataFrame({"position": kept})
    rows = _distinct(inp, rows) if kept else rows
    party = min(named, key=lambda name: (-named[name], name)) if named else None
    return rows, party


def _campaign_inference(
    inp: InferenceInput, rows: pd.DataFrame, party: str | None, member: bool = False
) -> Inference:
    value = _activity(party, member)
    evidence_rows = inp.frame.loc[sorted(rows["position"])]
    return Inference(
        category="sensitive",
        key="politics",
        claim=f"Your political opinions show: {value}.",
        value={
            "value": value,
            "topic": None,
            "party": party,
            "protest": False,
            "texts": len(rows),
            "critical_score": 0.0,
            "supportive_score": 0.0,
            "by_month": _by_month(inp, rows),
            "examples": [str(t) for t in inp.frame.loc[rows["position"], "text"].dropna().head(3)],
        },
        confidence=_confidence(2.0 * len(rows)),
        method=phrase("method_politics_politics"),
        evidence=refs(evidence_rows, 30),
        special_category=True,
        evidence_count=len(evidence_rows),
    )


def infer_politics(inp: InferenceInput, own: pd.Index) -> list[Inference]:
    """The user's political opinion from their own writing (frame positions ``own``)."""
    campaign, party = _campaigning(inp, own)
    dues, member_of = _party_dues(inp)
    member = member_of is not None
    if member:
        campaign = pd.concat([campaign, dues], ignore_index=True)
        party = member_of
    campaigns = len(campaign) >= MIN_CAMPAIGN_ROWS or member
    every = political_rows(inp, own)
    if every.empty:
        return [_campaign_inference(inp, campaign, party, member)] if campaigns else []
    rows = _distinct(inp, every)
    critical = float(rows.loc[rows["stance"] < 0, "weight"].sum())
    supportive = float(rows.loc[rows["stance"] > 0, "weight"].sum())
    protests = int(rows["protest"].sum())
    if critical < MIN_USER_SCORE and supportive < MIN_SUPPORT_SCORE and protests < MIN_PROTEST_ROWS:
        return [_campaign_inference(inp, campaign, party, member)] if campaigns else []
    critical_rows = rows[(rows["stance"] < 0) | rows["protest"]]
    leaning_critical = float(critical_rows["weight"].sum()) >= supportive
    issues = _named_issues(
        inp, every, critical_rows if leaning_critical else rows[rows["stance"] > 0]
    )
    value, topic, is_critical = _summary(rows, issues)
    if campaigns:
        value += "; " + _activity(party, member)
    used = rows[((rows["stance"] < 0) | rows["protest"]) if is_critical else (rows["stance"] > 0)]
    backing = every[
        ((every["stance"] < 0) | every["protest"]) if is_critical else (every["stance"] > 0)
    ]
    cited = set(backing["position"]) | (set(campaign["position"]) if campaigns else set())
    evidence_rows = inp.frame.loc[sorted(cited)]
    score = critical if is_critical else supportive
    return [
        Inference(
            category="sensitive",
            key="politics",
            claim=f"Your political opinions show: {value}.",
            value={
                "value": value,
                "topic": topic,
                "protest": bool(protests),
                "texts": len(used),
                "critical_score": round(critical, 2),
                "supportive_score": round(supportive, 2),
                "by_month": _by_month(inp, used),
                "examples": [str(c) for c in used["clause"].dropna().head(3)],
            },
            confidence=_confidence(max(score, float(protests))),
            method=phrase("method_politics_politics"),
            evidence=refs(evidence_rows, 30),
            special_category=True,
            evidence_count=len(evidence_rows),
        )
    ]


def infer_risky_contacts(inp: InferenceInput) -> list[Inference]:
    """Contacts whose own messages or posts repeatedly criticise the state or its policies."""
    frame = inp.frame
    theirs = frame.loc[
        ~frame["is_me"]
        & frame["kind"].isin(["message", "post"])
        & frame["contact"].notna()
        & frame["text"].notna(),
        ["contact", "contact_key"],
    ]
    if theirs.empty:
        return []
    rows = political_rows(inp, theirs.index)
    if rows.empty:
        return []
    rows = rows.assign(contact_key=theirs.loc[rows["position"], "contact_key"].to_numpy())
    critical = rows[(rows["stance"] < 0) | rows["protest"]]
    found: list[tuple[float, Inference]] = []
    for key, every in critical.groupby("contact_key", sort=True):
        part = _distinct(inp, every)
        score = float(part["weight"].sum())
        protests = int(part["protest"].sum())
        all_theirs = int((theirs["contact_key"] == key).sum())
        share = len(every) / max(all_theirs, 1)
        if not (
            (score >= MIN_CONTACT_SCORE and len(part) >= MIN_CONTACT_ROWS)
            or protests >= MIN_PROTEST_ROWS
        ) or (share < MIN_CONTACT_SHARE and score < MANY_CRITICAL_TEXTS):
            continue
        evidence_rows = frame.loc[sorted(every["position"])]
        name = str(evidence_rows["contact"].mode().sort_values().iloc[0])
        label = inp.people.label(key, name)
        value, topic, _ = _summary(part)
        found.append(
            (
                score,
                Inference(
                    category="social",
                    key="risky_contact",
                    claim=f"{label} sends you political criticism ({value}) in {len(part)} of "
                    f"their {all_theirs} messages and posts; a scoring system could count the "
                    "association against you.",
                    value={
                        "name": name,
                        "aliases": inp.people.aliases(key, name),
                        "texts": len(part),
                        "of_their_texts": all_theirs,
                        "score": round(score, 2),
                        "stance": value,
                        "topic": topic,
                        "by_month": _by_month(inp, part),
                        "examples": [str(c) for c in part["clause"].dropna().head(3)],
                    },
                    confidence=_confidence(max(score, float(protests))),
                    method=phrase("method_politics_risky_contact"),
                    evidence=refs(evidence_rows, 20),
                    special_category=True,
                    subject=name,
                    evidence_count=len(evidence_rows),
                ),
            )
        )
    if not found:
        return []
    # Calibrated on the evaluation personas (docs/confidence.md): the contact with the most
    # criticism is the one a scoring system would single out; others much less so.
    strongest = max(score for score, _ in found)
    return [
        replace(
            inference, confidence=round(inference.confidence * (0.3 + 0.7 * score / strongest), 3)
        )
        for score, inference in found
    ]
