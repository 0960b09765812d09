"""Score outputs: the scan-JSON form, the waterfall frame, and rulebook comparison."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from footprint.infer import analysis_problem
from footprint.infer.base import Inference
from footprint.model import Problem, Record
from footprint.score.engine import SIMULATION_NOTICE, Overrides, ScoreResult, score
from footprint.score.rulebook import ALT_LENSES, DEFAULT_LENSES, Rulebook

__all__ = [
    "Comparison",
    "compare",
    "rules_frame",
    "score_all",
    "scores_json",
    "waterfall_frame",
]


def score_all(
    inferences: Iterable[Inference],
    records: Sequence[Record] | None = None,
    lenses: Sequence[str | Path | Rulebook] = DEFAULT_LENSES,
    problems: list[Problem] | None = None,
) -> list[ScoreResult]:
    """One result per lens. A lens that fails is left out and, when ``problems`` is
    given, named there (``score lens western_credit failed: ...``); the other
    lenses still score."""
    inferences = list(inferences)
    results = []
    for lens in lenses:
        try:
            results.append(score(inferences, lens, records=records))
        except Exception as exc:  # a bug in one lens must not lose the others
            if problems is not None:
                name = lens.lens if isinstance(lens, Rulebook) else Path(str(lens)).stem
                problems.append(analysis_problem("score lens", name, exc))
    return results


def scores_json(
    inferences: Iterable[Inference],
    records: Sequence[Record] | None = None,
    lenses: Sequence[str | Path | Rulebook] = DEFAULT_LENSES,
) -> list[dict[str, Any]]:
    """The scan JSON's ``scores`` list: ``[{lens, base, score, grade, contributions, notice}]``."""
    return [result.to_json() for result in score_all(inferences, records, lenses)]


def waterfall_frame(result: ScoreResult) -> pd.DataFrame:
    """One row per waterfall step: the base, each contribution, the final score.

    ``measure`` is Plotly's waterfall measure (absolute, relative, total); ``start``
    and ``end`` are the running score around each step.
    """
    rows: list[dict[str, Any]] = [
        {
            "step": "base",
            "rule": "",
            "kind": "base",
            "measure": "absolute",
            "points": result.base,
            "start": 0,
            "end": result.base,
            "description": f"Every person starts at {result.base} in this lens",
            "subject": "",
            "inference": "",
            "dimension": "",
            "evidence_count": 0,
            "evidence": (),
        }
    ]
    running = result.base
    for contribution in result.contributions:
        label = contribution.rule
        if contribution.subject:
            label = f"{label} ({contribution.subject})"
        rows.append(
            {
                "step": label,
                "rule": contribution.rule,
                "kind": contribution.kind,
                "measure": "relative",
                "points": contribution.points,
                "start": running,
                "end": running + contribution.points,
                "description": contribution.description,
                "subject": contribution.subject or "",
                "inference": contribution.inference or "",
                "dimension": contribution.dimension or "",
                "evidence_count": max(contribution.evidence_total, len(contribution.evidence)),
                "evidence": contribution.evidence,
            }
        )
        running += contribution.points
    rows.append(
        {
            "step": f"score ({result.grade})",
            "rule": "",
            "kind": "total",
            "measure": "total",
            "points": result.score,
            "start": 0,
            "end": result.score,
            "description": result.notice,
            "subject": "",
            "inference": "",
            "dimension": "",
            "evidence_count": 0,
            "evidence": (),
        }
    )
    frame = pd.DataFrame.from_records(rows)
    for column in ("points", "start", "end", "evidence_count"):
        frame[column] = frame[column].astype("int64")
    for column in ("step", "rule", "kind", "measure", "description", "subject"):
        frame[column] = frame[column].astype("string")
    for column in ("inference", "dimension"):
        frame[column] = frame[column].astype("string")
    return frame


def rules_frame(book: Rulebook) -> pd.DataFrame:
    """The rulebook as a table, for the dashboard's rule editor."""
    rows = [
        {
            "rule": rule.id,
            "description": rule.description,
            "dimension": rule.dimension or "",
            "trigger": (
                "/".join(filter(None, [rule.trigger.category, "|".join(rule.trigger.keys)]))
                if rule.trigger.record_kind is None
                else f"records/{rule.trigger.record_kind}"
            ),
            "subject": rule.trigger.subject,
            "points": rule.points if rule.points is not None else float(rule.weight or 0),
            "per": rule.per or "",
            "cap": rule.cap,
            "enabled": rule.enabled,
            "imitates": rule.imitates.text,
            "source": rule.imitates.source,
            "caveat": rule.imitates.caveat or "",
        }
        for rule in book.rules
    ]
    return pd.DataFrame.from_records(rows)


@dataclass(frozen=True)
class Comparison:
    """One person under two rulebooks; ``frame`` has the points per inference under each."""

    first: ScoreResult
    second: ScoreResult
    frame: pd.DataFrame
    notice: str = SIMULATION_NOTICE

    @property
    def opposite(self) -> list[str]:
        """Inferences one rulebook rewards and the other punishes."""
        rows = self.frame[self.frame["opposite"]]
        return [str(value) for value in rows["inference"]]


def _points_by_inference(result: ScoreResult) -> dict[str, int]:
    out: dict[str, int] = {}
    for contribution in result.contributions:
        if contribution.kind != "rule" or contribution.inference is None:
            continue
        out[contribution.inference] = out.get(contribution.inference, 0) + contribution.points
    return out


def compare(
    inferences: Iterable[Inference],
    first: str | Path | Rulebook = ALT_LENSES[0],
    second: str | Path | Rulebook = ALT_LENSES[1],
    records: Sequence[Record] | None = None,
    overrides: tuple[Overrides | None, Overrides | None] = (None, None),
) -> Comparison:
    """Score the same person under two rulebooks and line up what each made of each inference."""
    inferences = list(inferences)
    result_a = score(inferences, first, overrides[0], records)
    result_b = score(inferences, second, overrides[1], records)
    points_a, points_b = _points_by_inference(result_a), _points_by_inference(result_b)
    keys = sorted(set(points_a) | set(points_b))
    name_a = result_a.lens
    name_b = result_b.lens if result_b.lens != name_a else f"{name_a} (what-if)"
    frame = pd.DataFrame(
        {
            "inference": pd.Series(keys, dtype="string"),
            name_a: pd.Series([points_a.get(k, 0) for k in keys], dtype="int64"),
            name_b: pd.Series([points_b.get(k, 0) for k in keys], dtype="int64"),
        }
    )
    frame["opposite"] = (frame[name_a] * frame[name_b]) < 0
    return Comparison(first=result_a, second=result_b, frame=frame)
