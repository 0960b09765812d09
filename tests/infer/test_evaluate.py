"""The evaluator: planted facts from ground_truth.json, checked against inferences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from footprint.infer.base import Inference
from footprint.infer.evaluate import _check, _relationships, run_inference_eval

SAMPLES = Path(__file__).resolve().parents[2] / "sample_exports"


def _inference(key: str, value: dict[str, object]) -> Inference:
    return Inference("test", key, "claim", value, 0.5, "method", ("a.txt#line 1",))


def test_place_within_radius_and_employer() -> None:
    work = _inference("work", {"lat": 53.4794, "lon": -2.2452, "employer": "Acme Ltd"})
    fact = {"lat": 53.47941, "lon": -2.24519, "radius_m": 300, "employer": "Acme Ltd"}
    assert _check("work", fact, [work])[2]
    assert not _check("work", {**fact, "employer": "Other plc"}, [work])[2]
    assert not _check("work", {**fact, "lat": 53.6}, [work])[2]


def test_absent_fact_passes_only_without_a_claim() -> None:
    assert _check("gambling", {"value": False}, [])[2]
    assert not _check("gambling", {"value": False}, [_inference("gambling", {"value": True})])[2]
    assert not _check("gambling", {"value": True}, [])[2]


def test_sleep_window_wraps_midnight() -> None:
    sleep = _inference("sleep_window", {"start": "23:50", "end": "07:10"})
    assert _check("sleep_window", {"start": "00:30", "end": "07:00", "tolerance_min": 60}, [sleep])[
        2
    ]
    assert not _check("sleep_window", {"start": "02:00", "end": "07:00"}, [sleep])[2]


def test_salary_amount_currency_and_payer() -> None:
    salary = _inference("salary", {"amount": "2450.00", "currency": "GBP", "payer": "ACME LTD"})
    assert _check(
        "salary", {"amount": "2450.00", "currency": "GBP", "payer": "Acme Ltd"}, [salary]
    )[2]
    assert not _check(
        "salary", {"amount": "2000.00", "currency": "GBP", "payer": "Acme Ltd"}, [salary]
    )[2]


def test_relationship_synonyms() -> None:
    mum = _inference("relationship", {"name": "Mary Wells", "relationship": "family"})
    [(_, wanted, got, ok)] = _relationships(
        [{"name": "Mary Wells", "relationship": "mother"}], [mum]
    )
    assert (wanted, got, ok) == ("family", "family", True)


@pytest.mark.skipif(
    not (SAMPLES / "office_worker" / "ground_truth.json").is_file(), reason="no personas"
)
def test_bundled_office_worker_core_facts() -> None:
    rows, _ = run_inference_eval([SAMPLES / "office_worker"])
    by_fact = {row["fact"]: row for row in rows}
    assert by_fact["claims without evidence"]["passed"]
    for fact in ("home", "work", "salary", "top_contacts", "religion", "health"):
        assert by_fact[fact]["passed"], json.dumps(by_fact[fact], ensure_ascii=False)


@pytest.mark.skipif(
    not (SAMPLES / "gig_worker" / "ground_truth.json").is_file(), reason="no personas"
)
def test_every_planted_fact_of_every_persona_is_recovered() -> None:
    rows, passed = run_inference_eval([SAMPLES])
    missed = [row for row in rows if not row["passed"]]
    assert passed and not missed, json.dumps(missed, ensure_ascii=False, indent=1)


def test_false_claims_unplanted_special_category_wrong_label_wrong_city() -> None:
    from footprint.infer.evaluate import false_claims

    facts = {
        "religion": {"value": False},
        "relationships": [{"name": "Bri", "relationship": "partner"}],
        "home": {"city": "Philadelphia"},
    }
    claims = [
        Inference("sensitive", "religion", "c", {"value": "christian"}, 0.9, "m", ("a#1",), True),
        Inference("sensitive", "health", "c", {"value": "asthma"}, 0.9, "m", ("a#1",), True),
        _inference("relationship", {"name": "Bri", "relationship": "family"}),
        _inference("home", {"lat": 1.0, "lon": 2.0, "city": "San Francisco"}),
    ]
    found = false_claims(facts, claims)
    assert len(found) == 4, found
    right = [
        _inference("relationship", {"name": "Bri", "relationship": "partner"}),
        _inference("home", {"lat": 1.0, "lon": 2.0, "city": "Philadelphia"}),
    ]
    assert false_claims(facts, right) == []


def test_summary_keeps_own_and_independent_apart() -> None:
    from footprint.infer.evaluate import EvaluationReport, FactResult, calibration_table, summarise

    own = EvaluationReport("a", [FactResult("a", "x", "1", "1", True)])
    independent = EvaluationReport(
        "b",
        [FactResult("b", "x", "1", "1", True), FactResult("b", "y", "1", "2", False)],
        independent=True,
        false_claims=["health: asthma (not planted)"],
        calibration=[("health", 0.9, False), ("health", 0.92, True)],
    )
    parts = {part["set"]: part for part in summarise([own, independent])}
    assert parts["own"]["recall"] == 1.0 and parts["own"]["false_claims"] == 0
    assert parts["independent"]["recall"] == 0.5 and parts["independent"]["false_claims"] == 1
    [row] = calibration_table([own, independent])
    assert row["family"] == "health" and row["claims"] == 2 and row["observed"] == 0.5


@pytest.mark.parametrize(
    ("fact", "value", "ok"),
    [
        # The ground truth's name, or its full name, is the inference's name or an alias.
        ({"name": "周志鹏"}, {"name": "老周", "aliases": ["周志鹏", "wxid_zzp"]}, True),
        ({"name": "老周"}, {"name": "老周", "aliases": []}, True),
        ({"name": "贾建军"}, {"name": "jiajianjun_1968", "aliases": []}, False),
        ({"name": "Stuart McLeod"}, {"name": "Stu", "aliases": ["stuart  mcleod"]}, True),
        ({"name": "Doug"}, {"name": "Doug Pellegrino"}, False),
    ],
)
def test_risky_contact_matches_under_any_alias(
    fact: dict[str, str], value: dict[str, object], ok: bool
) -> None:
    assert _check("risky_contact", fact, [_inference("risky_contact", value)])[2] is ok


def test_relationship_and_top_contacts_match_under_any_alias() -> None:
    sister = _inference("relationship", {"name": "zhouweihong_xy", "aliases": ["大姐"],
                                         "relationship": "family"})  # fmt: skip
    fact = {"name": "大姐", "relationship": "sister", "full_name": "周卫红"}
    assert _relationships([fact], [sister])[0][3]
    top = _inference(
        "top_contacts",
        {"contacts": [{"name": "老周", "aliases": ["周志鹏"]}, {"name": "桂芳", "aliases": []}]},
    )
    assert _check("top_contacts", [{"name": "周志鹏"}, {"name": "桂芳"}], [top])[2]
    assert not _check("top_contacts", [{"name": "晓阳"}], [top])[2]
