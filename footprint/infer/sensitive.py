"""Special categories of personal data (GDPR Art. 9, PIPL Art. 28).

Health, religion, political opinions, sexual orientation, trade-union membership and
ethnic origin, from the lexicon ``lexicons/sensitive.yaml`` (English and Chinese) matched
in what the user wrote, searched and paid for. Every inference here is marked
``special_category``. A contact who writes political criticism to the user is reported
too (``risky_contact``): a scoring system would count the association against them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import pandas as pd

from footprint.infer import payments
from footprint.infer.base import Inference
from footprint.infer.frame import InferenceInput, prepare, refs
from footprint.infer.lexicon import matcher
from footprint.model import Record

CATEGORY = "sensitive"
# Labels that only say "some" health care or religious practice; a specific one wins.
GENERIC_LABELS = frozenset({"medical_care", "worship_generic"})
MIN_SCORE = 3.0
MIN_GENERIC_ROWS = 2
MIN_POLITICAL_ROWS = 2
# Topics of the topics lexicon that are not a policy area.
NON_POLICY_TOPICS = frozenset(
    {"politics", "work", "family", "food", "sport", "gaming", "study", "money", "technology"}
)

# The lexicon matcher ignores a term right after a negation ("not", "不"). Special
# categories need more: "I didn't go to the protest" and "我不会去参加游行" put the
# negation a few words before the term. A term counts unless a negation precedes it
# within this many words (English) or characters (Chinese) of the same clause.
NEGATION_WORDS = 4
NEGATION_CHARS = 6
_NEGATIONS = frozenset({"not", "no", "never", "cannot", "without", "nobody", "neither", "nor"})
_CHINESE_NEGATIONS = ("不", "没", "未", "别")
# Phrases that hold a negation word but do not negate what follows.
_NOT_NEGATING = re.compile(
    r"can't wait|cannot wait|can't believe|cannot believe|no doubt|no more|not only|not just|"
    r"no wonder|don't forget|never forget|no matter|"
    r"不错|不仅|不但|不管|不得不|不少|差不多|不止|特别|别人|别的|区别|分别|没想到|没错|未来"
)
_CLAUSE_BREAK = re.compile(r"[|,.;:!?()\[\]\n，。；：！？、（）…]|\bbut\b|但是|可是|不过")
_WORD = re.compile(r"[a-z0-9']+")

__all__ = ["infer", "negated_in_clause", "own_texts", "political_rows"]

_CLAIMS = {
    "health": "You may have a health condition: {display}.",
    "religion": "You are probably {display} (religious belief).",
    "sexual_orientation": "Your sexual orientation may be {display}.",
    "trade_union": "You are probably a {display}.",
    "ethnicity": "You may have an {display}.",
}
_DISPLAY = {
    "christian": "Christian",
    "muslim": "Muslim",
    "jewish": "Jewish",
    "hindu": "Hindu",
    "buddhist": "Buddhist",
    "sikh": "Sikh",
}


@lru_cache(maxsize=4096)
def _term_pattern(term: str) -> re.Pattern[str]:
    if term.isascii():
        words = term.split()
        return re.compile(r"(?<![a-z0-9])" + r"\W+".join(map(re.escape, words)) + r"(?![a-z0-9])")
    return re.compile(re.escape(term))


def _negates(prefix: str) -> bool:
    """Whether the end of ``prefix`` (the clause before a term) negates the term."""
    clause = _CLAUSE_BREAK.split(prefix)[-1]
    clause = _NOT_NEGATING.sub(" ", clause)
    words = _WORD.findall(clause)[-NEGATION_WORDS:]
    if any(word in _NEGATIONS or word.endswith("n't") for word in words):
        return True
    chinese = re.sub(r"[\x00-\x7f]", "", clause)[-NEGATION_CHARS:]
    return any(negation in chinese for negation in _CHINESE_NEGATIONS)


def negated_in_clause(text: str, term: str) -> bool:
    """True when every occurrence of the lexicon ``term`` in ``text`` is negated by a word
    shortly before it in the same clause ("I didn't go to the protest")."""
    lowered = text.casefold().replace("\u2019", "'")
    starts = [match.start() for match in _term_pattern(term).finditer(lowered)]
    return bool(starts) and all(_negates(lowered[max(0, start - 200) : start]) for start in starts)


def _sensitive_hits(inp: InferenceInput, index: pd.Index) -> pd.DataFrame:
    """Hits of the sensitive lexicon in the rows ``index``, without negated mentions;
    each distinct text and term is checked once."""
    hits = inp.hits("sensitive", index)
    if hits.empty:
        return hits
    texts = inp.frame.loc[hits["position"], "search_text"].astype(str).to_numpy()
    pairs = pd.DataFrame({"text": texts, "term": hits["term"].to_numpy()})
    codes, uniques = pd.factorize(pd.MultiIndex.from_frame(pairs))
    negated = [negated_in_clause(str(text), str(term)) for text, term in uniques]
    keep = ~pd.Series(negated, dtype=bool).to_numpy()[codes]
    return hits[keep]


def own_texts(inp: InferenceInput) -> pd.Series:
    """What the user wrote, searched or paid for, one text per frame row (index kept)."""
    frame = inp.frame
    own = frame.loc[
        (frame["is_me"] & frame["kind"].isin(["message", "post", "activity"]))
        | (frame["kind"] == "payment"),
        ["kind", "text", "title", "counterparty"],
    ]
    text = own["text"].fillna("").astype(str)
    title = own["title"].fillna("").astype(str)
    counterparty = own["counterparty"].where(own["kind"] == "payment").fillna("").astype(str)
    combined = (counterparty + " " + title + " " + text).str.strip()
    return combined[combined != ""]


def political_rows(inp: InferenceInput, index: pd.Index) -> pd.DataFrame:
    """Rows among ``index`` (frame positions in ``position``) voicing political criticism or
    protest, with the policy topic they are about (``topic``, may be None)."""
    hits = _sensitive_hits(inp, index)
    politics = hits[hits["group"] == "politics"]
    present = pd.crosstab(politics["position"], politics["label"]).reindex(
        columns=["protest", "criticism", "critical_of_government"], fill_value=0
    )
    critical = present[
        (present["protest"] > 0)
        | ((present["criticism"] > 0) & (present["critical_of_government"] > 0))
    ]
    if critical.empty:
        return pd.DataFrame(columns=["position", "protest", "topic"])
    topic_hits = inp.hits("topics", critical.index)
    topic_hits = topic_hits[~topic_hits["label"].isin(NON_POLICY_TOPICS)]
    topic = (
        topic_hits.groupby(["position", "label"])
        .size()
        .reset_index(name="n")
        .sort_values(["position", "n", "label"], ascending=[True, False, True])
        .drop_duplicates("position")
        .set_index("position")["label"]
    )
    return pd.DataFrame(
        {
            "position": critical.index,
            "protest": (critical["protest"] > 0).to_numpy(),
            "topic": topic.reindex(critical.index).to_numpy(),
        }
    )


def _categories(inp: InferenceInput, texts: pd.Series) -> list[Inference]:
    hits = _sensitive_hits(inp, texts.index)
    # Payment evidence (worship donations, care, medication): footprint/infer/payments.py.
    hits = pd.concat([hits, payments.sensitive_hits(inp)], ignore_index=True)
    lexicon = matcher("sensitive")
    out: list[Inference] = []
    for group in ("health", "religion", "sexual_orientation", "trade_union", "ethnicity"):
        found = hits[hits["group"] == group].drop_duplicates(["position", "label"])
        if found.empty:
            continue
        scores = (
            found.assign(weight=[lexicon.weight(group, label) for label in found["label"]])
            .groupby("label")["weight"]
            .sum()
        )
        specific = scores[~scores.index.isin(GENERIC_LABELS)]
        if not specific.empty and specific.max() >= MIN_SCORE:
            label = str(specific.sort_values(ascending=False, kind="stable").index[0])
            score = float(specific.max())
        else:
            generic = scores[scores.index.isin(GENERIC_LABELS)]
            rows_with_generic = found[found["label"].isin(GENERIC_LABELS)]["position"].nunique()
            if generic.empty or rows_with_generic < MIN_GENERIC_ROWS:
                continue
            label, score = str(generic.index[0]), float(generic.max())
        rows = inp.frame.loc[sorted(set(found.loc[found["label"] == label, "position"]))]
        display = _DISPLAY.get(label, lexicon.display(group, label))
        terms = sorted(set(found.loc[found["label"] == label, "term"]))
        out.append(
            Inference(
                category=CATEGORY,
                key=group,
                claim=_CLAIMS[group].format(display=display),
                value={
                    "value": label,
                    "display": display,
                    "terms": terms[:10],
                    "scores": {str(k): float(v) for k, v in scores.items()},
                },
                confidence=round(min(0.95, 0.3 + 0.08 * score), 3),
                method=f"{lexicon.lexicon.groups[group].description.capitalize()}: terms in "
                "English and Chinese found in what you wrote, searched or paid for "
                "(negated mentions, such as 'never been to a mosque', ignored).",
                evidence=refs(rows, 30),
                special_category=True,
                evidence_count=len(rows),
            )
        )
    return out


def _politics_value(political: pd.DataFrame) -> tuple[str, str | None]:
    topics = political["topic"].dropna()
    topic = str(topics.value_counts().index[0]) if not topics.empty else None
    protest = bool(political["protest"].any())
    if topic:
        text = f"critical of government {topic} policy"
    elif protest:
        text = "takes part in protests against the government"
    else:
        text = "critical of the government"
    return text, topic


def _politics(inp: InferenceInput, texts: pd.Series) -> list[Inference]:
    political = political_rows(inp, texts.index)
    if len(political) < MIN_POLITICAL_ROWS:
        return []
    value, topic = _politics_value(political)
    rows = inp.frame.loc[sorted(political["position"])]
    return [
        Inference(
            category=CATEGORY,
            key="politics",
            claim=f"Your political opinions show: {value}.",
            value={
                "value": value,
                "topic": topic,
                "protest": bool(political["protest"].any()),
                "texts": len(political),
            },
            confidence=round(min(0.9, 0.4 + 0.08 * len(political)), 3),
            method="Your messages and posts that criticise a government or policy, or mention "
            "protest (English and Chinese lexicons); the policy topic they name most.",
            evidence=refs(rows, 30),
            special_category=True,
            evidence_count=len(rows),
        )
    ]


def _risky_contact(inp: InferenceInput) -> list[Inference]:
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
    political = political_rows(inp, theirs.index)
    if political.empty:
        return []
    keys = theirs.loc[political["position"], "contact_key"]
    counts = keys.value_counts()
    counts = counts[counts >= MIN_POLITICAL_ROWS]
    out: list[Inference] = []
    for key, count in counts.items():
        positions = keys[keys == key].index
        rows = frame.loc[sorted(positions)]
        name = str(rows["contact"].mode().iloc[0])
        value, _ = _politics_value(political[political["position"].isin(positions)])
        out.append(
            Inference(
                category="social",
                key="risky_contact",
                claim=f"{name} sends you political criticism ({value}); a scoring system "
                "would count the association against you.",
                value={"name": name, "texts": int(count), "stance": value},
                confidence=round(min(0.9, 0.4 + 0.1 * int(count)), 3),
                method="Messages from this contact that criticise a government or policy, or "
                "mention protest (English and Chinese lexicons).",
                evidence=refs(rows, 20),
                special_category=True,
                subject=name,
                evidence_count=len(rows),
            )
        )
    return out


def infer(records: Sequence[Record] | InferenceInput) -> list[Inference]:
    inp = prepare(records)
    texts = own_texts(inp)
    out: list[Inference] = []
    if not texts.empty:
        out += _categories(inp, texts)
        out += _politics(inp, texts)
    out += _risky_contact(inp)
    return out
