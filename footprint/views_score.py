"""Figures and helpers for the dashboard's Score page and workshop.

Every view that shows a score also shows :data:`footprint.score.SIMULATION_NOTICE`;
the pages do that, these helpers only compute. Record-pattern rules look at every
record, so :func:`rule_records` keeps, once per lens, only the records such a rule
could count; re-scoring on that subset gives the same result in milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from footprint.infer.base import Inference
from footprint.model import Record
from footprint.score import (
    Association,
    Overrides,
    Rulebook,
    ScoreResult,
    association,
    load_rulebook,
    rules_frame,
    score,
    waterfall_frame,
)
from footprint.score.engine import holds
from footprint.score.rulebook import Trigger
from footprint.store import ColumnStore
from footprint.views import plain, shown

MARGIN = {"l": 10, "r": 10, "t": 30, "b": 10}
EDITOR_COLUMNS = ["rule", "enabled", "points", "cap", "description", "dimension", "trigger"]


def rule_records(book: Rulebook, records: Sequence[Record]) -> list[Record]:
    """The records any record-pattern rule of ``book`` could count (whatever the overrides).

    From a store the conditions are tested on the decoded columns of the kinds the
    rules name, once per distinct combination of values, and only the records kept are
    rebuilt: rebuilding every record took close to a minute on eight million."""
    triggers = [rule.trigger for rule in book.rules if rule.trigger.record_kind is not None]
    if not triggers:
        return []
    if not isinstance(records, ColumnStore):
        return [record for record in records if _counted(triggers, record.kind, record)]
    kept: list[int] = []
    for cls in records.count_classes():
        kind = str(getattr(cls, "kind", ""))
        mine = [trigger for trigger in triggers if trigger.record_kind in ("any", kind)]
        if not mine:
            continue
        names = sorted({c.field.split(".")[0] for t in mine for c in [*t.when, *t.when_any]})
        if not names:  # no condition: every record of the kind counts
            for positions, _ in records.iter_rows(cls, []):
                kept.extend(positions.tolist())
            continue
        seen: dict[tuple[Any, ...], bool] = {}
        for positions, values in records.iter_rows(cls, names):
            columns = [values[name] for name in names]
            for position, row in zip(positions.tolist(), zip(*columns, strict=True), strict=True):
                try:
                    verdict = seen.get(row)
                except TypeError:  # an unhashable value (a list, a dict): test it as is
                    verdict = None
                    hashable = False
                else:
                    hashable = True
                if verdict is None:
                    verdict = _counted(mine, kind, dict(zip(names, row, strict=True)))
                    if hashable:
                        seen[row] = verdict
                if verdict:
                    kept.append(position)
    return records.take(kept)


def _counted(triggers: Sequence[Trigger], kind: str, target: object) -> bool:
    """Whether a record of ``kind`` (or a mapping of its fields) meets any trigger."""
    for trigger in triggers:
        if trigger.record_kind not in ("any", kind):
            continue
        if not all(holds(c, target) for c in trigger.when):
            continue
        if not trigger.when_any or any(holds(c, target) for c in trigger.when_any):
            return True
    return False


def rescore(
    inferences: Sequence[Inference],
    book: Rulebook,
    overrides: Overrides,
    records: Sequence[Record],
) -> ScoreResult:
    return score(inferences, book, overrides, records)


def contact_share(
    inferences: Sequence[Inference],
    book: Rulebook,
    overrides: Overrides,
    records: Sequence[Record],
) -> Association:
    return association(inferences, book, overrides, records)


def editor_frame(book: Rulebook) -> pd.DataFrame:
    """The rulebook as the rule editor shows it: switch, points and cap per rule."""
    frame = rules_frame(book)
    frame["points"] = frame["points"].astype("float64")
    frame["cap"] = frame["cap"].astype("Float64")
    return frame[EDITOR_COLUMNS]


def _number(value: object) -> Decimal | None:
    """A cell of the editor as a number; empty cells are None."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return None


def overrides_from(book: Rulebook, edited: pd.DataFrame) -> Overrides:
    """What the user changed in the rule editor, as :class:`Overrides`."""
    weights: dict[str, int | Decimal] = {}
    caps: dict[str, int | None] = {}
    disabled: set[str] = set()
    enabled: set[str] = set()
    for rule_id, switch, points, cap_value in zip(
        edited["rule"], edited["enabled"], edited["points"], edited["cap"], strict=True
    ):
        rule = book.rule(str(rule_id))
        on = bool(switch)
        if rule.enabled and not on:
            disabled.add(rule.id)
        if on and not rule.enabled:
            enabled.add(rule.id)
        amount = _number(points)
        if amount is not None:
            if rule.points is not None and int(amount) != rule.points:
                weights[rule.id] = int(amount)
            elif rule.points is None and amount != rule.weight:
                weights[rule.id] = amount
        limit = _number(cap_value)
        cap = None if limit is None else max(int(limit), 0)
        if cap != rule.cap:
            caps[rule.id] = cap
    return Overrides(
        weights=weights, caps=caps, disabled=frozenset(disabled), enabled=frozenset(enabled)
    )


def overrides_key(overrides: Overrides) -> str:
    """A stable text key for caching a score under these overrides."""
    weights = sorted((k, str(v)) for k, v in overrides.weights.items())
    caps = sorted((k, str(v)) for k, v in overrides.caps.items())
    return repr((weights, caps, sorted(overrides.disabled), sorted(overrides.enabled)))


def grade_range(book: Rulebook) -> tuple[int, int]:
    low = book.min if book.min is not None else min(book.base - 400, 0)
    high = book.max if book.max is not None else book.base + 400
    return low, high


def gauge_figure(result: ScoreResult, book: Rulebook, height: int = 260) -> go.Figure:
    """The score on the lens's range, coloured by grade band (the page names the lens)."""
    low, high = grade_range(book)
    steps = []
    upper = high
    palette = ["#2ca02c", "#98df8a", "#ffdd71", "#ff9896", "#d62728", "#8c1c13"]
    for index, grade in enumerate(book.grades):
        lower = grade.min if grade.min is not None else low
        steps.append({"range": [max(lower, low), upper], "color": palette[index % len(palette)]})
        upper = max(lower, low)
    figure = go.Figure(
        go.Indicator(
            mode="gauge+number",
            value=result.score,
            title={"text": plain(result.grade), "font": {"size": 18}},
            gauge={
                "axis": {"range": [low, high]},
                "bar": {"color": "#222", "thickness": 0.25},
                "steps": steps,
            },
        )
    )
    figure.update_layout(margin={**MARGIN, "t": 60}, height=height)
    return figure


def rule_name(book: Rulebook, rule: str) -> str:
    """A rule by its id in English, by its description in other languages."""
    return _step_label("", rule, book)


def _step_label(step: str, rule: str, book: Rulebook | None) -> str:
    """A waterfall step as the reader knows it: the rule's description in its language."""
    if book is None or book.language == "en":
        return rule or step
    names = {r.id: r.description for r in book.rules}
    if not rule:
        return step.replace("base", "起始分").replace("score", "得分", 1)
    return names.get(rule, rule)


def waterfall_figure(result: ScoreResult, reveal: bool, book: Rulebook | None = None) -> go.Figure:
    frame = waterfall_frame(result)
    labels = [
        plain(
            f"{_step_label(step, rule, book)} ({shown(subject, reveal)})"
            if subject
            else _step_label(step, rule, book)
            if book is not None and book.language != "en"
            else step
        )
        for step, rule, subject in zip(frame["step"], frame["rule"], frame["subject"], strict=True)
    ]
    figure = go.Figure(
        go.Waterfall(
            x=labels,
            y=frame["points"].astype(int).tolist(),
            measure=frame["measure"].astype(str).tolist(),
            connector={"line": {"color": "#999"}},
        )
    )
    figure.update_layout(margin=MARGIN, height=420, xaxis={"tickangle": -40})
    return figure


def contributions_table(
    result: ScoreResult,
    reveal: bool,
    book: Rulebook | None = None,
    conceal: Callable[[str], str] = str,
) -> pd.DataFrame:
    """The rules that moved the score; ``conceal`` hides the values quoted in their why."""
    frame = waterfall_frame(result)
    frame = frame[frame["kind"].isin(["rule", "cap", "clamp"])]
    return pd.DataFrame(
        {
            "rule": [_step_label("", str(rule), book) for rule in frame["rule"]],
            "points": frame["points"].to_numpy(),
            "kind": frame["kind"].to_numpy(),
            "about": [shown(s, reveal) for s in frame["subject"]],
            "records": frame["evidence_count"].to_numpy(),
            "why": [conceal(str(text)) for text in frame["description"]],
        }
    )


def association_table(share: Association, reveal: bool) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "contact": [shown(i.contact, reveal) for i in share.by_contact],
            "points they move": [i.points for i in share.by_contact],
            "score without them": [i.score_without for i in share.by_contact],
            "grade without them": [i.grade_without for i in share.by_contact],
            "rules": [", ".join(i.rules) for i in share.by_contact],
        }
    )


def blacklist_view(result: ScoreResult, book: Rulebook) -> pd.DataFrame:
    """Every grade of the lens with its consequences; the user's grade marked."""
    rows = []
    for grade in book.grades:
        rows.append(
            {
                "you": "➜" if grade.grade == result.grade else "",
                "grade": grade.grade,
                "from": grade.min,
                "meaning": grade.meaning,
                "consequences": "; ".join(grade.consequences),
            }
        )
    return pd.DataFrame(rows)


def lens_book(lens: str, language: str = "en") -> Rulebook:
    """The lens with its texts in ``language``."""
    return load_rulebook(lens).in_language(language)


def result_in(result: ScoreResult, book: Rulebook) -> ScoreResult:
    """A score computed with the English lens, with its title and grade in ``book``'s language."""
    if book.language == "en" or result.title == book.title:
        return result
    english = load_rulebook(result.lens)
    try:
        grade = book.grades[english.grade_index(result.grade)]
    except ValueError:
        return result
    return replace(
        result, title=book.title, grade=grade.grade, consequences=tuple(grade.consequences)
    )
