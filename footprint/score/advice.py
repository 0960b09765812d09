"""Minimisation advice: which of the user's actions removes the most inference and score.

Each candidate action (delete an export file, turn off location history, leave a
group chat, stop a subscription, delete public posts) is a set of records. Its
impact is measured by re-running the inference without those records and scoring
again, through the ``infer`` callable the caller passes in.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from pathlib import Path
from statistics import median
from typing import Any

import pandas as pd

from footprint.infer.base import Inference
from footprint.localise import action_label
from footprint.model import LocationPoint, LocationVisit, Message, Payment, Post, Record
from footprint.score.engine import SIMULATION_NOTICE, score
from footprint.score.rulebook import DEFAULT_LENSES, Rulebook, load_rulebook

__all__ = ["Action", "ActionImpact", "Infer", "advice_frame", "advise", "candidate_actions"]

Infer = Callable[[Sequence[Record]], list[Inference]]

# A recurring payment: at least this many outgoing payments, in as many months,
# with amounts within this fraction of their median.
SUBSCRIPTION_MIN_PAYMENTS = 3
SUBSCRIPTION_AMOUNT_SPREAD = Decimal("0.2")
GROUP_MIN_SENDERS = 3


@dataclass(frozen=True)
class Action:
    """Something the user can do; ``removes`` says which records it takes away."""

    id: str
    kind: str  # delete_file, location_history_off, leave_group, stop_subscription, delete_posts
    label: str
    removes: Callable[[Record], bool] = field(compare=False, repr=False)


@dataclass(frozen=True)
class ActionImpact:
    action: Action
    records_removed: int
    inferences_removed: tuple[str, ...]
    inferences_changed: tuple[str, ...]
    score_deltas: dict[str, int]  # lens -> score after minus score before
    grades_after: dict[str, str]
    error: str | None = None  # the inference failed without these records: not measured
    notice: str = SIMULATION_NOTICE

    @property
    def inference_change(self) -> int:
        return len(self.inferences_removed) + len(self.inferences_changed)

    @property
    def score_movement(self) -> int:
        return sum(abs(delta) for delta in self.score_deltas.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action.id,
            "kind": self.action.kind,
            "label": self.action.label,
            "records_removed": self.records_removed,
            "inferences_removed": list(self.inferences_removed),
            "inferences_changed": list(self.inferences_changed),
            "score_deltas": dict(self.score_deltas),
            "grades_after": dict(self.grades_after),
            "error": self.error,
            "notice": self.notice,
        }


def _export_file(record: Record) -> str:
    """The file the user would delete: the archive itself for records inside one."""
    return record.path.split("!/", 1)[0]


def _recurring_counterparties(records: Sequence[Record]) -> list[str]:
    payments: defaultdict[str, list[Payment]] = defaultdict(list)
    for record in records:
        if (
            isinstance(record, Payment)
            and record.counterparty
            and record.amount is not None
            and record.amount < 0
        ):
            payments[record.counterparty].append(record)
    recurring = []
    for counterparty, items in payments.items():
        months = {(p.timestamp.year, p.timestamp.month) for p in items if p.timestamp}
        if len(items) < SUBSCRIPTION_MIN_PAYMENTS or len(months) < SUBSCRIPTION_MIN_PAYMENTS:
            continue
        amounts = [abs(p.amount) for p in items if p.amount is not None]
        middle = Decimal(median(amounts))
        if middle and all(abs(a - middle) <= middle * SUBSCRIPTION_AMOUNT_SPREAD for a in amounts):
            recurring.append(counterparty)
    return sorted(recurring)


def _group_chats(records: Sequence[Record]) -> list[str]:
    senders: defaultdict[str, set[str]] = defaultdict(set)
    for record in records:
        if isinstance(record, Message) and record.conversation and not record.is_system:
            senders[record.conversation].add(record.actor or "")
    return sorted(name for name, people in senders.items() if len(people) >= GROUP_MIN_SENDERS)


def _in_file(path: str, record: Record) -> bool:
    return _export_file(record) == path


def _is_location(record: Record) -> bool:
    return isinstance(record, LocationPoint | LocationVisit)


def _in_chat(chat: str, record: Record) -> bool:
    return isinstance(record, Message) and record.conversation == chat


def _paid_to(counterparty: str, record: Record) -> bool:
    return isinstance(record, Payment) and record.counterparty == counterparty


def _posted_on(source: str, record: Record) -> bool:
    return isinstance(record, Post) and record.source == source


def candidate_actions(records: Sequence[Record]) -> list[Action]:
    """Every action the records make possible, in a stable order."""
    actions: list[Action] = []
    for path in sorted({_export_file(record) for record in records}):
        actions.append(
            Action(
                f"delete_file:{path}",
                "delete_file",
                f"Delete the export file {path}",
                partial(_in_file, path),
            )
        )
    if any(isinstance(record, LocationPoint | LocationVisit) for record in records):
        actions.append(
            Action(
                "location_history_off",
                "location_history_off",
                "Turn off location history (and delete what it kept)",
                _is_location,
            )
        )
    for chat in _group_chats(records):
        actions.append(
            Action(
                f"leave_group:{chat}",
                "leave_group",
                f"Leave the group chat {chat} (and delete its history)",
                partial(_in_chat, chat),
            )
        )
    for counterparty in _recurring_counterparties(records):
        actions.append(
            Action(
                f"stop_subscription:{counterparty}",
                "stop_subscription",
                f"Stop the recurring payments to {counterparty}",
                partial(_paid_to, counterparty),
            )
        )
    for source in sorted({record.source for record in records if isinstance(record, Post)}):
        actions.append(
            Action(
                f"delete_posts:{source}",
                "delete_posts",
                f"Delete your public posts on {source}",
                partial(_posted_on, source),
            )
        )
    return actions


def _identity(inference: Inference) -> tuple[str, str, str]:
    return (inference.category, inference.key, inference.subject or "")


def _label(identity: tuple[str, str, str]) -> str:
    category, key, subject = identity
    return f"{category}/{key}" + (f" ({subject})" if subject else "")


def _values(inferences: Iterable[Inference]) -> dict[tuple[str, str, str], Counter[str]]:
    out: defaultdict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for inference in inferences:
        out[_identity(inference)][
            json.dumps(dict(inference.value), sort_keys=True, default=str)
        ] += 1
    return dict(out)


def _diff(
    before: dict[tuple[str, str, str], Counter[str]],
    after: dict[tuple[str, str, str], Counter[str]],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    removed = sorted(_label(identity) for identity in before if identity not in after)
    changed = sorted(
        _label(identity)
        for identity, values in before.items()
        if identity in after and after[identity] != values
    )
    return tuple(removed), tuple(changed)


def advise(
    records: Sequence[Record],
    infer: Infer,
    lenses: Sequence[str | Path | Rulebook] = DEFAULT_LENSES,
    actions: Sequence[Action] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[ActionImpact]:
    """Rank ``actions`` (default: every candidate) by how much inference and score each removes.

    Ranked by inferences removed, then by score points moved in all lenses, then by
    inferences whose value changed (many values, like the activity heatmap, shift a little
    with any removal, so they only break ties).
    An action whose re-run of ``infer`` fails is kept, with the error, at the end.
    ``progress(done, total)`` is called after each action.
    """
    books = [load_rulebook(lens) for lens in lenses]
    baseline = infer(records)
    before = _values(baseline)
    scores_before = {book.lens: score(baseline, book, records=records).score for book in books}
    impacts = []
    todo = candidate_actions(records) if actions is None else list(actions)
    for done, action in enumerate(todo, start=1):
        if progress is not None:
            progress(done - 1, len(todo))
        kept = [record for record in records if not action.removes(record)]
        if len(kept) == len(records):
            continue
        try:
            inferred = infer(kept)
        except Exception as exc:
            impacts.append(
                ActionImpact(
                    action=action,
                    records_removed=len(records) - len(kept),
                    inferences_removed=(),
                    inferences_changed=(),
                    score_deltas={},
                    grades_after={},
                    error=f"inference failed: {type(exc).__name__}: {exc}",
                )
            )
            continue
        removed, changed = _diff(before, _values(inferred))
        results = [score(inferred, book, records=kept) for book in books]
        impacts.append(
            ActionImpact(
                action=action,
                records_removed=len(records) - len(kept),
                inferences_removed=removed,
                inferences_changed=changed,
                score_deltas={r.lens: r.score - scores_before[r.lens] for r in results},
                grades_after={r.lens: r.grade for r in results},
            )
        )
    if progress is not None:
        progress(len(todo), len(todo))
    impacts.sort(
        key=lambda i: (
            i.error is not None,
            -len(i.inferences_removed),
            -i.score_movement,
            -len(i.inferences_changed),
            i.action.id,
        )
    )
    return impacts


def advice_frame(impacts: Sequence[ActionImpact], language: str = "en") -> pd.DataFrame:
    """The ranked advice as a table: one row per action, one score-delta column per lens."""
    lenses = sorted({lens for impact in impacts for lens in impact.score_deltas})
    frame = pd.DataFrame(
        {
            "rank": pd.Series(range(1, len(impacts) + 1), dtype="int64"),
            "action": pd.Series(
                [action_label(i.action.id, i.action.label, language) for i in impacts],
                dtype="string",
            ),
            "kind": pd.Series([i.action.kind for i in impacts], dtype="string"),
            "records_removed": pd.Series([i.records_removed for i in impacts], dtype="int64"),
            "inferences_removed": pd.Series(
                [len(i.inferences_removed) for i in impacts], dtype="int64"
            ),
            "inferences_changed": pd.Series(
                [len(i.inferences_changed) for i in impacts], dtype="int64"
            ),
            "removes": pd.Series(
                [", ".join(i.inferences_removed) for i in impacts], dtype="string"
            ),
            "error": pd.Series([i.error or "" for i in impacts], dtype="string"),
        }
    )
    for lens in lenses:
        frame[f"{lens} change"] = pd.Series(
            [i.score_deltas.get(lens, 0) for i in impacts], dtype="int64"
        )
    return frame
