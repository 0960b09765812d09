"""Opinions and tone: the share of negative messages and posts over time, and top topics.

Tone comes from the sentiment resources (:mod:`footprint.infer.sentiment`: VADER for
English, the HowNet word lists for Chinese, negation handled): a text is negative below
-0.05 and positive above 0.05. Topics from ``lexicons/topics.yaml``. Nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from footprint.infer.base import Inference
from footprint.infer.frame import InferenceInput, prepare, refs
from footprint.infer.sentiment import polarity
from footprint.infer.stance import THRESHOLD
from footprint.model import Record
from footprint.phrases import phrase

CATEGORY = "opinions"
MIN_TEXTS = 5

__all__ = ["infer", "tone_by_month", "topic_counts"]


def _own_writing(inp: InferenceInput) -> pd.DataFrame:
    frame = inp.frame
    return frame.loc[
        frame["is_me"]
        & frame["kind"].isin(["message", "post"])
        & frame["text"].notna()
        & ~frame["is_system"],
        ["path", "locator", "local", "text"],  # what tone and topics read: a narrow copy
    ]


def _tone(inp: InferenceInput, rows: pd.DataFrame) -> pd.DataFrame:
    def score() -> pd.Series:
        codes, uniques = pd.factorize(rows["text"].astype(str))
        scores = np.array([polarity(str(text)) for text in uniques], dtype=float)
        return pd.Series(scores[codes] if len(codes) else np.zeros(0), index=rows.index)

    values = inp.memo("opinions:tone", score).reindex(rows.index).fillna(0.0).to_numpy()
    return rows.assign(negative=values < -THRESHOLD, positive=values > THRESHOLD)


def tone_by_month(records: Sequence[Record] | InferenceInput) -> pd.DataFrame:
    """Per month: ``month`` (YYYY-MM), ``texts``, ``negative_share``, ``positive_share``."""
    inp = prepare(records)
    rows = _own_writing(inp)
    rows = rows[rows["local"].notna()]
    if rows.empty:
        return pd.DataFrame(columns=["month", "texts", "negative_share", "positive_share"])
    toned = _tone(inp, rows)
    grouped = toned.assign(month=toned["local"].dt.strftime("%Y-%m")).groupby("month")
    return pd.DataFrame(
        {
            "texts": grouped.size(),
            "negative_share": grouped["negative"].mean().round(3),
            "positive_share": grouped["positive"].mean().round(3),
        }
    ).reset_index()


def topic_counts(records: Sequence[Record] | InferenceInput) -> pd.DataFrame:
    """Topics of the user's messages and posts: ``topic``, ``texts``, most first."""
    inp = prepare(records)
    rows = _own_writing(inp)
    hits = inp.hits("topics", rows.index)
    if hits.empty:
        return pd.DataFrame(columns=["topic", "texts"])
    counts = hits.drop_duplicates(["position", "label"]).groupby("label").size()
    table = counts.rename("texts").rename_axis("topic").reset_index()
    return table.sort_values(["texts", "topic"], ascending=[False, True]).reset_index(drop=True)


def infer(records: Sequence[Record] | InferenceInput) -> list[Inference]:
    inp = prepare(records)
    rows = _own_writing(inp)
    if len(rows) < MIN_TEXTS:
        return []
    out: list[Inference] = []
    toned = _tone(inp, rows)
    negative = toned[toned["negative"]]
    if not negative.empty:
        months = tone_by_month(inp)
        share = len(negative) / len(toned)
        worst = months.sort_values(["negative_share", "month"], ascending=[False, True]).iloc[0]
        out.append(
            Inference(
                category=CATEGORY,
                key="negative_tone",
                claim=f"{share:.0%} of your messages and posts are negative; the most negative "
                f"month was {worst['month']} ({worst['negative_share']:.0%}).",
                value={
                    "negative_share": round(share, 3),
                    "by_month": months.to_dict(orient="records"),
                },
                confidence=round(min(0.8, 0.3 + 0.05 * len(negative)), 3),
                method=phrase("method_opinions_negative_tone"),
                evidence=refs(negative, 30),
                evidence_count=len(negative),
            )
        )
    topics = topic_counts(inp)
    if not topics.empty:
        top = topics.head(5)
        hits = inp.hits("topics", rows.index)
        evidence: list[str] = []
        for topic in top["topic"]:
            positions = hits.loc[hits["label"] == topic, "position"].unique()[:5]
            evidence.extend(refs(inp.frame.loc[positions], None))
        out.append(
            Inference(
                category=CATEGORY,
                key="top_topics",
                claim=f"You write most about {', '.join(top['topic'])}.",
                value={
                    "topics": {
                        str(t): int(n) for t, n in zip(top["topic"], top["texts"], strict=True)
                    }
                },
                confidence=0.7,
                method=phrase("method_opinions_top_topics"),
                evidence=tuple(evidence),
                evidence_count=int(top["texts"].sum()),
            )
        )
    return out
