"""Scoring: apply one rulebook to a person's inferences, explaining every point.

``score()`` is a pure function of its inputs. Points are integers, so
``base + sum(contribution.points) == score`` holds exactly; caps and the lens's
range limits appear as their own contributions instead of silently cutting.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from footprint.errors import FootprintError
from footprint.infer.base import Inference
from footprint.localise import claim_text, record_kind_name
from footprint.model import Record
from footprint.score.rulebook import Condition, Rule, Rulebook, Trigger, load_rulebook
from footprint.store import of_kind

__all__ = [
    "EVIDENCE_LIMIT",
    "SIMULATION_NOTICE",
    "Contribution",
    "Overrides",
    "ScoreResult",
    "contact_of",
    "score",
    "sort_inferences",
]

SIMULATION_NOTICE = (
    "Illustrative simulation built from public descriptions (press reports on Sesame Credit, "
    "the Rongcheng points pilot and court blacklists) applied to what footprint inferred from "
    "your own exports. The rule file is the whole algorithm: every point comes from a rule you "
    "can read and change. Not a real score from any real system."
)

# Most record references one record-pattern contribution lists; the count is kept.
EVIDENCE_LIMIT = 100


@dataclass(frozen=True)
class Contribution:
    """One step of the waterfall.

    ``kind`` is ``rule`` (a rule fired), ``cap`` (a rule's or dimension's cap took
    back the excess) or ``clamp`` (the lens's range limit). ``subject`` names the
    other person a contribution comes from, when it does.
    """

    rule: str
    points: int
    evidence: tuple[str, ...]
    kind: str = "rule"
    description: str = ""
    subject: str | None = None
    inference: str | None = None
    dimension: str | None = None
    evidence_total: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "points": self.points,
            "evidence": list(self.evidence),
            "kind": self.kind,
            "description": self.description,
            "subject": self.subject,
            "inference": self.inference,
            "dimension": self.dimension,
            "evidence_total": max(self.evidence_total, len(self.evidence)),
        }


@dataclass(frozen=True)
class ScoreResult:
    """A lens's score with its full explanation; always carries ``notice``."""

    lens: str
    title: str
    base: int
    score: int
    grade: str
    contributions: tuple[Contribution, ...]
    consequences: tuple[str, ...] = ()
    grade_ceiling_rule: str | None = None
    notice: str = SIMULATION_NOTICE

    def __post_init__(self) -> None:
        total = self.base + sum(c.points for c in self.contributions)
        if total != self.score:
            raise ValueError(f"{self.lens}: base + contributions = {total} != score {self.score}")

    @property
    def points_by_rule(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for contribution in self.contributions:
            out[contribution.rule] = out.get(contribution.rule, 0) + contribution.points
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "lens": self.lens,
            "title": self.title,
            "base": self.base,
            "score": self.score,
            "grade": self.grade,
            "grade_ceiling_rule": self.grade_ceiling_rule,
            "consequences": list(self.consequences),
            "contributions": [c.to_json() for c in self.contributions],
            "notice": self.notice,
        }


@dataclass(frozen=True)
class Overrides:
    """What-if changes to a rulebook, as plain data (the dashboard's rule editor).

    ``weights`` replaces a rule's ``points`` (or its ``weight`` for rules scaled
    ``per`` a field); ``caps`` replaces a rule's cap (``None`` removes it);
    ``disabled`` switches rules off and ``enabled`` switches on rules shipped off.
    """

    weights: Mapping[str, int | Decimal] = field(default_factory=dict)
    caps: Mapping[str, int | None] = field(default_factory=dict)
    disabled: frozenset[str] = frozenset()
    enabled: frozenset[str] = frozenset()

    def check(self, book: Rulebook) -> None:
        known = set(book.rule_ids)
        named = set(self.weights) | set(self.caps) | self.disabled | self.enabled
        unknown = sorted(named - known)
        if unknown:
            raise FootprintError(f"rulebook '{book.lens}' has no rule {', '.join(unknown)}")
        for rule_id, cap in self.caps.items():
            if cap is not None and cap < 0:
                raise FootprintError(f"cap for rule '{rule_id}' must be 0 or more")

    def is_enabled(self, rule: Rule) -> bool:
        if rule.id in self.disabled:
            return False
        return rule.enabled or rule.id in self.enabled

    def cap(self, rule: Rule) -> int | None:
        return self.caps.get(rule.id, rule.cap)

    def amount(self, rule: Rule) -> Decimal:
        if rule.id in self.weights:
            return Decimal(self.weights[rule.id])
        value = rule.points if rule.points is not None else rule.weight
        assert value is not None  # the schema requires one of them
        return Decimal(value)


NO_OVERRIDES = Overrides()

_MISSING = object()


def resolve(target: Any, path: str) -> Any:
    """The value at a dotted ``path`` into an inference, record or mapping; _MISSING if none.

    ``records`` on an inference is the number of records behind it.
    """
    if path == "records" and isinstance(target, Inference):
        # How many records support the claim, listed or not.
        return target.evidence_count or len(target.evidence)
    current: Any = target
    for part in path.split("."):
        if isinstance(current, Mapping):
            current = current.get(part, _MISSING)
        elif isinstance(current, list | tuple) and part.isdigit():
            index = int(part)
            current = current[index] if index < len(current) else _MISSING
        else:
            current = getattr(current, part, _MISSING)
        if current is _MISSING or current is None:
            return _MISSING
    return current


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float | str):
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None


def _equal(left: Any, right: Any) -> bool:
    left_number, right_number = _number(left), _number(right)
    if left_number is not None and right_number is not None:
        return left_number == right_number
    if isinstance(left, str) and isinstance(right, str):
        return left.casefold() == right.casefold()
    return bool(left == right)


def holds(condition: Condition, target: Any) -> bool:
    """Whether ``condition`` holds on ``target``; a missing field never satisfies a test."""
    value = resolve(target, condition.field)
    op = condition.op
    if op == "missing":
        return value is _MISSING
    if value is _MISSING:
        return False
    expected = condition.value
    if op == "exists":
        return True
    if op == "eq":
        return _equal(value, expected)
    if op == "ne":
        return not _equal(value, expected)
    if op in ("in", "not_in"):
        found = any(_equal(value, option) for option in expected)
        return found if op == "in" else not found
    if op == "contains":
        if isinstance(value, str):
            return str(expected).casefold() in value.casefold()
        if isinstance(value, Mapping):
            return any(_equal(key, expected) for key in value)
        if isinstance(value, list | tuple | set | frozenset):
            return any(_equal(item, expected) for item in value)
        return False
    if op == "matches":
        return re.search(str(expected), str(value), re.IGNORECASE) is not None
    if op == "len_gte":
        try:
            return len(value) >= expected  # type: ignore[no-any-return]
        except TypeError:
            return False
    number, bound = _number(value), _number(expected)
    if number is None or bound is None:
        return False
    if op == "gt":
        return number > bound
    if op == "gte":
        return number >= bound
    if op == "lt":
        return number < bound
    return number <= bound  # lte


def _conditions_hold(trigger: Trigger, target: Any) -> bool:
    if not all(holds(condition, target) for condition in trigger.when):
        return False
    return not trigger.when_any or any(holds(c, target) for c in trigger.when_any)


def _inference_sort_key(inference: Inference) -> tuple[str, ...]:
    return (
        inference.category,
        inference.key,
        inference.subject or "",
        inference.claim,
        json.dumps(dict(inference.value), sort_keys=True, default=str),
        "\n".join(inference.evidence),
    )


def sort_inferences(inferences: Iterable[Inference]) -> list[Inference]:
    """Inferences in a canonical order, so the score never depends on input order."""
    return sorted(inferences, key=_inference_sort_key)


def contact_of(rule: Rule, inference: Inference) -> str | None:
    """The other person an inference's contribution comes from, if any."""
    if inference.subject is not None:
        return inference.subject
    if rule.trigger.contact_field is not None:
        name = resolve(inference, rule.trigger.contact_field)
        if isinstance(name, str) and name:
            return name
    return None


def _matches_inference(rule: Rule, book: Rulebook, inference: Inference) -> bool:
    trigger = rule.trigger
    if inference.key not in trigger.keys:
        return False
    if trigger.category is not None and inference.category != trigger.category:
        return False
    if trigger.subject == "user" and inference.subject is not None:
        return False
    if trigger.subject == "other" and inference.subject is None:
        return False
    threshold = trigger.min_confidence
    if inference.confidence < (book.min_confidence if threshold is None else threshold):
        return False
    return _conditions_hold(trigger, inference)


# The texts the engine writes itself, per language of the rulebook.
STEP_TEXTS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "records": "{rule}: {count} matching {kind} records",
        "cap": "{label} is capped at {limit:+d} points (it would be {total:+d})",
        "rule": "Rule '{name}'",
        "dimension": "Dimension '{name}'",
        "clamp": "The lens's range is {low}..{high}: {raw} becomes {final}",
    },
    "zh": {
        "records": "{rule}：{count} 条相符的{kind}记录",
        "cap": "{label}最多计 {limit:+d} 分（原本为 {total:+d} 分）",
        "rule": "规则“{name}”",
        "dimension": "维度“{name}”",
        "clamp": "该视角的分数范围是 {low}–{high}：{raw} 分计为 {final} 分",
    },
}


def _step(book: Rulebook, text: str, **values: Any) -> str:
    return STEP_TEXTS.get(book.language, STEP_TEXTS["en"])[text].format(**values)


def _whole(amount: Decimal) -> int:
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def _rule_points(rule: Rule, amount: Decimal, target: Any) -> int | None:
    if rule.per is None:
        return _whole(amount)
    factor = _number(resolve(target, rule.per))
    if factor is None:
        return None
    return _whole(amount * factor)


def _inference_contributions(
    rule: Rule, book: Rulebook, amount: Decimal, inferences: Sequence[Inference]
) -> list[Contribution]:
    out = []
    for inference in inferences:
        if not _matches_inference(rule, book, inference):
            continue
        points = _rule_points(rule, amount, inference)
        if points is None:
            continue
        out.append(
            Contribution(
                rule=rule.id,
                points=points,
                evidence=tuple(dict.fromkeys(inference.evidence)),
                description=f"{rule.description}{'：' if book.language == 'zh' else ': '}"
                f"{claim_text(inference, book.language)}",
                subject=contact_of(rule, inference),
                inference=f"{inference.category}/{inference.key}",
                dimension=rule.dimension,
            )
        )
    return out


def _record_contribution(
    rule: Rule, book: Rulebook, amount: Decimal, records: Sequence[Record]
) -> list[Contribution]:
    trigger = rule.trigger
    refs = sorted(
        {
            record.ref
            for record in of_kind(records, trigger.record_kind or "any")
            if _conditions_hold(trigger, record)
        }
    )
    if len(refs) < trigger.min_count:
        return []
    points = _whole(amount * len(refs)) if rule.per == "count" else _whole(amount)
    return [
        Contribution(
            rule=rule.id,
            points=points,
            evidence=tuple(refs[:EVIDENCE_LIMIT]),
            description=_step(
                book,
                "records",
                rule=rule.description,
                count=len(refs),
                kind=record_kind_name(trigger.record_kind or "any", book.language),
            ),
            inference=f"records/{trigger.record_kind}",
            dimension=rule.dimension,
            evidence_total=len(refs),
        )
    ]


def _cap(
    rule_id: str, cap: int | None, total: int, kind_label: str, cap_text: str, **extra: Any
) -> list[Contribution]:
    if cap is None or abs(total) <= cap:
        return []
    limit = cap if total > 0 else -cap
    return [
        Contribution(
            rule=rule_id,
            points=limit - total,
            evidence=(),
            kind="cap",
            description=cap_text.format(label=kind_label, limit=limit, total=total),
            **extra,
        )
    ]


def _grade(book: Rulebook, value: int) -> int:
    for index, grade in enumerate(book.grades):
        if grade.min is None or value >= grade.min:
            return index
    return len(book.grades) - 1  # below every listed minimum: the worst grade


def score(
    inferences: Iterable[Inference],
    lens: str | Path | Rulebook,
    overrides: Overrides | None = None,
    records: Sequence[Record] | None = None,
) -> ScoreResult:
    """Score ``inferences`` (and, for record-pattern rules, ``records``) under one lens.

    Pure: the same inputs give the same result, whatever their order.
    """
    book = load_rulebook(lens)
    overrides = overrides or NO_OVERRIDES
    overrides.check(book)
    ordered = sort_inferences(inferences)
    contributions: list[Contribution] = []
    fired: list[Rule] = []
    for rule in book.rules:
        if not overrides.is_enabled(rule):
            continue
        amount = overrides.amount(rule)
        if rule.trigger.record_kind is not None:
            steps = _record_contribution(rule, book, amount, records or ())
        else:
            steps = _inference_contributions(rule, book, amount, ordered)
        if not steps:
            continue
        fired.append(rule)
        total = sum(step.points for step in steps)
        steps += _cap(
            rule.id,
            overrides.cap(rule),
            total,
            _step(book, "rule", name=rule.id if book.language == "en" else rule.description),
            STEP_TEXTS.get(book.language, STEP_TEXTS["en"])["cap"],
            dimension=rule.dimension,
        )
        contributions.extend(steps)
    for dimension in book.dimensions:
        total = sum(c.points for c in contributions if c.dimension == dimension.id)
        contributions += _cap(
            f"dimension:{dimension.id}",
            dimension.cap,
            total,
            _step(book, "dimension", name=dimension.label),
            STEP_TEXTS.get(book.language, STEP_TEXTS["en"])["cap"],
            dimension=dimension.id,
        )
    raw = book.base + sum(c.points for c in contributions)
    final = raw
    if book.max is not None and raw > book.max:
        final = book.max
    if book.min is not None and raw < book.min:
        final = book.min
    if final != raw:
        contributions.append(
            Contribution(
                rule="range",
                points=final - raw,
                evidence=(),
                kind="clamp",
                description=_step(book, "clamp", low=book.min, high=book.max, raw=raw, final=final),
            )
        )
    index = _grade(book, final)
    ceiling_rule = None
    for rule in fired:
        if rule.grade_ceiling is not None and book.grade_index(rule.grade_ceiling) > index:
            index = book.grade_index(rule.grade_ceiling)
            ceiling_rule = rule.id
    grade = book.grades[index]
    consequences = list(grade.consequences)
    for rule in fired:
        consequences.extend(rule.consequences)
    return ScoreResult(
        lens=book.lens,
        title=book.title,
        base=book.base,
        score=final,
        grade=grade.grade,
        contributions=tuple(contributions),
        consequences=tuple(dict.fromkeys(consequences)),
        grade_ceiling_rule=ceiling_rule,
    )
