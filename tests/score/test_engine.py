"""Scoring: exact explanations, caps and clamps, determinism, what-if overrides."""

from __future__ import annotations

import json
import random
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footprint.errors import FootprintError
from footprint.infer.base import Inference
from footprint.score import (
    ALT_LENSES,
    DEFAULT_LENSES,
    SIMULATION_NOTICE,
    Overrides,
    ScoreResult,
    load_rulebook,
    parse_rulebook,
    score,
    scores_json,
    waterfall_frame,
)
from tests.score.helpers import inf, payment, persona_records, phone_fact, toy_infer

LENSES = DEFAULT_LENSES + ALT_LENSES
KEYS = sorted(
    {key for lens in LENSES for rule in load_rulebook(lens).rules for key in rule.trigger.keys}
    | {"topics", "unknown_key"}
)

CAPPED = """
lens: capped
title: Capped
description: d
imitates: {text: x, source: y}
base: 100
min: 0
max: 150
grades:
  - {grade: Top, min: 140}
  - {grade: Mid, min: 60}
  - {grade: Bottom, min: null, consequences: [sent to the bottom]}
dimensions:
  - {id: habits, label: Habits, cap: 45}
rules:
  - id: gambling
    description: Gambling
    dimension: habits
    trigger: {key: gambling}
    points: -20
    cap: 30
    consequences: [no casino]
    imitates: {text: x, source: y}
  - id: gaming
    description: Gaming
    dimension: habits
    trigger: {key: gaming}
    points: -25
    imitates: {text: x, source: y}
  - id: late
    description: Late payments
    trigger: {key: late_payment, when: [{field: records, op: gte, value: 2}]}
    weight: -2.5
    per: records
    grade_ceiling: Mid
    imitates: {text: x, source: y}
  - id: salary
    description: Salary
    trigger: {key: salary, when: [{field: value.amount, op: gt, value: 1000}]}
    points: 80
    imitates: {text: x, source: y}
  - id: critic
    description: Critical contact
    trigger: {key: politics, subject: other}
    points: -7
    imitates: {text: x, source: y}
  - id: bounced
    description: Bounced payments
    trigger:
      record_kind: payment
      min_count: 2
      when: [{field: status, op: matches, value: "fail|declin"}]
    weight: -3
    per: count
    imitates: {text: x, source: y}
  - id: off_by_default
    description: Off unless switched on
    enabled: false
    trigger: {key: gaming}
    points: 5
    imitates: {text: x, source: y}
"""


@pytest.fixture
def capped():  # type: ignore[no-untyped-def]
    return parse_rulebook(CAPPED, "capped.yaml")


def assert_explained(result: ScoreResult) -> None:
    assert result.base + sum(c.points for c in result.contributions) == result.score
    assert all(isinstance(c.points, int) for c in result.contributions)
    assert result.notice == SIMULATION_NOTICE


def test_rule_cap_dimension_cap_and_evidence(capped) -> None:  # type: ignore[no-untyped-def]
    inferences = [
        inf("gambling", evidence=("a#row 1",)),
        inf("gambling", value={"site": "other"}, evidence=("a#row 2",)),
        inf("gambling", value={"site": "third"}, evidence=("a#row 3",)),
        inf("gaming", evidence=("b#line 4",)),
    ]
    result = score(inferences, capped)
    assert_explained(result)
    steps = [(c.rule, c.kind, c.points) for c in result.contributions]
    # three gambling matches (-60) capped to -30, gaming -25, then the dimension cap of 45
    assert steps == [
        ("gambling", "rule", -20),
        ("gambling", "rule", -20),
        ("gambling", "rule", -20),
        ("gambling", "cap", 30),
        ("gaming", "rule", -25),
        ("dimension:habits", "cap", 10),
    ]
    assert result.score == 55
    assert {c.evidence for c in result.contributions[:3]} == {
        ("a#row 1",),
        ("a#row 2",),
        ("a#row 3",),
    }
    assert result.grade == "Bottom"
    assert result.consequences == ("sent to the bottom", "no casino")


def test_weight_per_records_rounds_half_even_and_ceiling(capped) -> None:  # type: ignore[no-untyped-def]
    result = score(
        [inf("late_payment", evidence_count=3), inf("salary", value={"amount": "2500.00"})], capped
    )
    assert_explained(result)
    assert result.points_by_rule == {"late": -8, "salary": 80, "range": -22}  # -7.5 rounds to -8
    assert result.score == 150  # clamped at max
    assert result.contributions[-1].kind == "clamp"
    assert result.grade == "Mid"  # score says Top, the ceiling says Mid
    assert result.grade_ceiling_rule == "late"


def test_conditions_that_do_not_hold_do_not_fire(capped) -> None:  # type: ignore[no-untyped-def]
    inferences = [
        inf("late_payment", evidence_count=1),  # records < 2
        inf("salary", value={"amount": "900"}),  # not > 1000
        inf("salary", value={"currency": "GBP"}),  # field missing
        inf("gambling", confidence=0.2),  # below the lens's min_confidence
        inf("politics"),  # about the user, not a contact
    ]
    result = score(inferences, capped)
    assert result.contributions == ()
    assert result.score == 100


def test_contact_rules_carry_the_subject(capped) -> None:  # type: ignore[no-untyped-def]
    result = score([inf("politics", subject="Sam Lee", category="sensitive")], capped)
    assert [(c.rule, c.points, c.subject) for c in result.contributions] == [
        ("critic", -7, "Sam Lee")
    ]


def test_record_pattern_rule(capped) -> None:  # type: ignore[no-untyped-def]
    records = [
        payment(2, "Shop", "-5", status="Failed"),
        payment(3, "Shop", "-5", status="Declined"),
        payment(4, "Shop", "-5"),
        phone_fact(),
    ]
    result = score([], capped, records=records)
    (step,) = result.contributions
    assert (step.rule, step.points, step.inference) == ("bounced", -6, "records/payment")
    assert step.evidence == ("paypal/Download.CSV#row 2", "paypal/Download.CSV#row 3")
    assert score([], capped, records=records[:1]).contributions == ()  # under min_count


def test_overrides_weights_caps_switches(capped) -> None:  # type: ignore[no-untyped-def]
    inferences = [inf("gambling"), inf("gaming"), inf("late_payment", evidence_count=4)]
    plain = score(inferences, capped)
    assert "off_by_default" not in plain.points_by_rule
    changed = score(
        inferences,
        capped,
        Overrides(
            weights={"gambling": -1, "late": Decimal("-10")},
            caps={"gambling": 0},
            disabled=frozenset({"gaming"}),
            enabled=frozenset({"off_by_default"}),
        ),
    )
    assert_explained(changed)
    assert changed.points_by_rule == {"gambling": 0, "late": -40, "off_by_default": 5}
    with pytest.raises(FootprintError, match="no rule nope"):
        score(inferences, capped, Overrides(disabled=frozenset({"nope"})))
    with pytest.raises(FootprintError, match="must be 0 or more"):
        score(inferences, capped, Overrides(caps={"gambling": -1}))


def test_late_payments_move_every_lens() -> None:
    # the shape footprint.infer.finances produces
    stress = inf(
        "financial_stress", value={"value": True, "signals": {"late_payment": 4, "lending": 2}}
    )
    commercial = score([stress], "commercial")
    assert commercial.points_by_rule == {"late_payment": -60, "financial_stress": -60}
    municipal = score([stress], "municipal")
    assert municipal.points_by_rule == {
        "payment_arrears": -40,
        "repeated_arrears_grade": 0,
        "lending_breach": -20,
    }
    assert (municipal.score, municipal.grade, municipal.grade_ceiling_rule) == (
        940,
        "C",
        "repeated_arrears_grade",
    )
    blacklist = score([stress, inf("borrowing", value={"lenders": {"Klarna": 3}})], "blacklist")
    assert (blacklist.score, blacklist.grade) == (150, "Listed")
    assert "No air travel" in blacklist.consequences
    assert any("public screens" in c for c in blacklist.consequences)


def test_borrowing_alone_is_not_an_unpaid_debt() -> None:
    stress = inf("financial_stress", value={"value": True, "signals": {"lending": 4}})
    blacklist = score([stress, inf("borrowing", value={"lenders": {"Huabei": 4}})], "blacklist")
    assert blacklist.points_by_rule == {"borrowing": 20}
    assert blacklist.grade == "Warning"
    assert "lending_breach" not in score([stress], "municipal").points_by_rule


def test_every_output_carries_the_notice() -> None:
    payload = scores_json(toy_infer(persona_records()), persona_records())
    assert [entry["lens"] for entry in payload] == list(DEFAULT_LENSES)
    for entry in payload:
        assert entry["notice"] == SIMULATION_NOTICE
        assert (
            "Not a real score" in entry["notice"]
            and "rule file is the whole algorithm" in entry["notice"]
        )
        assert entry["base"] + sum(c["points"] for c in entry["contributions"]) == entry["score"]
        assert (
            {"rule", "points", "evidence"} <= set(entry["contributions"][0])
            if entry["contributions"]
            else True
        )
    json.dumps(payload)


def test_waterfall_frame_runs_from_base_to_score() -> None:
    result = score(toy_infer(persona_records()), "commercial", records=persona_records())
    frame = waterfall_frame(result)
    measures = list(frame["measure"])
    assert (measures[0], measures[-1]) == ("absolute", "total")
    relative = frame[frame["measure"] == "relative"]
    assert len(relative) == len(result.contributions)
    assert int(relative["end"].iloc[-1]) == result.score
    assert int(frame["points"].iloc[-1]) == result.score
    assert (relative["end"] - relative["start"] == relative["points"]).all()


# --- properties -----------------------------------------------------------------------

values = st.fixed_dictionaries(
    {},
    optional={
        "contacts": st.lists(st.fixed_dictionaries({"name": st.text(max_size=5)}), max_size=7),
        "amount": st.one_of(st.integers(-5000, 5000), st.sampled_from(["12.5", "abc", ""])),
        "name": st.text(max_size=6),
        "signals": st.fixed_dictionaries(
            {},
            optional={
                "late_payment": st.one_of(st.integers(0, 12), st.just("many")),
                "repayment_reminder": st.integers(0, 12),
            },
        ),
        "lenders": st.dictionaries(st.text(max_size=4), st.integers(1, 5), max_size=3),
        "phones": st.lists(st.text(max_size=4), max_size=2),
    },
)
inferences = st.builds(
    lambda key, value, confidence, subject, count, category: Inference(
        category=category,
        key=key,
        claim="generated",
        value=value,
        confidence=confidence,
        method="hypothesis",
        evidence=("gen#row 1",),
        subject=subject,
        evidence_count=count,
    ),
    key=st.sampled_from(KEYS),
    value=values,
    confidence=st.floats(0, 1),
    subject=st.one_of(st.none(), st.sampled_from(["Sam Lee", "Ann Roe", "Bo"])),
    count=st.one_of(st.none(), st.integers(1, 40)),
    category=st.sampled_from(["finances", "social", "sensitive", "places"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(inferences, max_size=25), st.sampled_from(LENSES), st.randoms(use_true_random=False)
)
def test_every_explanation_sums_exactly_and_order_does_not_matter(
    items: list[Inference], lens: str, rng: random.Random
) -> None:
    result = score(items, lens)
    assert_explained(result)
    book = load_rulebook(lens)
    if book.min is not None:
        assert result.score >= book.min
    if book.max is not None:
        assert result.score <= book.max
    shuffled = list(items)
    rng.shuffle(shuffled)
    assert score(shuffled, lens).to_json() == result.to_json()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(inferences, max_size=25), st.sampled_from(LENSES), st.data())
def test_a_what_if_change_moves_exactly_the_rules_it_touches(
    items: list[Inference], lens: str, data: st.DataObject
) -> None:
    book = load_rulebook(lens)
    touched = data.draw(st.sampled_from(book.rule_ids))
    change = data.draw(
        st.one_of(
            st.builds(lambda w: Overrides(weights={touched: w}), st.integers(-100, 100)),
            st.just(Overrides(disabled=frozenset({touched}))),
        )
    )
    before, after = score(items, book), score(items, book, change)
    assert_explained(after)

    def untouched(result: ScoreResult) -> list[tuple[str, str, int, tuple[str, ...]]]:
        return [
            (c.rule, c.kind, c.points, c.evidence)
            for c in result.contributions
            if c.rule in book.rule_ids and c.rule != touched
        ]

    # every other rule's steps (and their own caps) are identical; only the touched rule
    # and the dimension caps or range clamp that absorb it may differ
    assert untouched(before) == untouched(after)
    changed = {c.rule for c in set(before.contributions) ^ set(after.contributions)}
    assert changed <= {touched, "range"} | {f"dimension:{d.id}" for d in book.dimensions}
