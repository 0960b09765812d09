"""Association: how much of the user's score comes from other people.

Press reports on these systems describe people losing points for what their
contacts do. Here a contribution comes from another person when the inference it
rests on is about them (``Inference.subject``) or names them (a rule's
``contact_field``). Both figures are computed by re-scoring without those
inferences, so caps and range limits are taken into account.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from footprint.infer.base import Inference
from footprint.model import Record
from footprint.score.engine import (
    SIMULATION_NOTICE,
    Overrides,
    ScoreResult,
    contact_of,
    score,
)
from footprint.score.rulebook import Rulebook, load_rulebook

__all__ = ["Association", "ContactImpact", "association", "contacts_in", "what_if_removed"]


@dataclass(frozen=True)
class ContactImpact:
    """One contact: the points they move, and the score if they were removed."""

    contact: str
    points: int  # score now minus score without them (after caps)
    rule_points: int  # what their rules add up to before caps absorb any of it
    score_without: int
    grade_without: str
    rules: tuple[str, ...]


@dataclass(frozen=True)
class Association:
    lens: str
    score: int
    score_without_others: int
    points_from_others: int
    share_of_movement: float  # |points from others' rules| / |points of all rules|
    by_contact: tuple[ContactImpact, ...]
    notice: str = SIMULATION_NOTICE

    def to_json(self) -> dict[str, Any]:
        return {
            "lens": self.lens,
            "score": self.score,
            "score_without_others": self.score_without_others,
            "points_from_others": self.points_from_others,
            "share_of_movement": round(self.share_of_movement, 4),
            "by_contact": [
                {
                    "contact": impact.contact,
                    "points": impact.points,
                    "rule_points": impact.rule_points,
                    "score_without": impact.score_without,
                    "grade_without": impact.grade_without,
                    "rules": list(impact.rules),
                }
                for impact in self.by_contact
            ],
            "notice": self.notice,
        }


def _about(book: Rulebook, inference: Inference) -> set[str]:
    """Every other person an inference is about or names, under any rule of ``book``."""
    names = {inference.subject} if inference.subject is not None else set()
    for rule in book.rules:
        if rule.trigger.contact_field is not None and inference.key in rule.trigger.keys:
            name = contact_of(rule, inference)
            if name is not None:
                names.add(name)
    return names


def _without(
    book: Rulebook, inferences: Iterable[Inference], contacts: Collection[str] | None
) -> list[Inference]:
    """``inferences`` minus those about ``contacts`` (about anybody else when None)."""
    kept = []
    for inference in inferences:
        about = _about(book, inference)
        if contacts is None and about:
            continue
        if contacts is not None and about & set(contacts):
            continue
        kept.append(inference)
    return kept


def _records_without(records: Sequence[Record] | None, contact: str) -> list[Record] | None:
    if records is None:
        return None
    return [r for r in records if contact not in (r.actor, r.counterparty)]


def contacts_in(result: ScoreResult) -> list[str]:
    """The other people whose inferences moved ``result``, in first-appearance order."""
    return list(dict.fromkeys(c.subject for c in result.contributions if c.subject is not None))


def what_if_removed(
    inferences: Iterable[Inference],
    contact: str,
    lens: str | Path | Rulebook,
    overrides: Overrides | None = None,
    records: Sequence[Record] | None = None,
) -> ScoreResult:
    """The score if ``contact`` were not in the user's life (their inferences and records gone)."""
    book = load_rulebook(lens)
    kept = _without(book, inferences, [contact])
    return score(kept, book, overrides, _records_without(records, contact))


def association(
    inferences: Iterable[Inference],
    lens: str | Path | Rulebook,
    overrides: Overrides | None = None,
    records: Sequence[Record] | None = None,
) -> Association:
    """How much of the score comes from other people, in total and per contact."""
    book = load_rulebook(lens)
    inferences = list(inferences)
    result = score(inferences, book, overrides, records)
    alone = score(_without(book, inferences, None), book, overrides, records)
    rule_steps = [c for c in result.contributions if c.kind == "rule"]
    gross = sum(abs(c.points) for c in rule_steps)
    from_others = sum(abs(c.points) for c in rule_steps if c.subject is not None)
    impacts = []
    for contact in contacts_in(result):
        without = what_if_removed(inferences, contact, book, overrides, records)
        theirs = [c for c in rule_steps if c.subject == contact]
        rules = tuple(dict.fromkeys(c.rule for c in theirs))
        impacts.append(
            ContactImpact(
                contact=contact,
                points=result.score - without.score,
                rule_points=sum(c.points for c in theirs),
                score_without=without.score,
                grade_without=without.grade,
                rules=rules,
            )
        )
    impacts.sort(key=lambda i: (-abs(i.points), -abs(i.rule_points), i.contact))
    return Association(
        lens=book.lens,
        score=result.score,
        score_without_others=alone.score,
        points_from_others=result.score - alone.score,
        share_of_movement=from_others / gross if gross else 0.0,
        by_contact=tuple(impacts),
    )
