"""Each family recovers the facts planted in a synthetic office worker."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from footprint.infer import infer_all
from footprint.infer.base import Inference
from footprint.infer.places import haversine_m
from footprint.model import Record
from tests.infer.builders import HOME, WORK, office_worker


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return office_worker()


@pytest.fixture(scope="module")
def inferences(records: list[Record]) -> list[Inference]:
    return infer_all(records)


def _one(inferences: Sequence[Inference], key: str, subject: str | None = None) -> Inference:
    found = [i for i in inferences if i.key == key and (subject is None or i.subject == subject)]
    assert found, f"no inference {key} ({subject})"
    return found[0]


def test_every_evidence_ref_points_at_a_loaded_record(
    records: list[Record], inferences: list[Inference]
) -> None:
    known = {record.ref for record in records}
    assert inferences
    for inference in inferences:
        assert inference.evidence
        assert set(inference.evidence) <= known, inference.key
        assert (inference.evidence_count or 0) >= len(inference.evidence)


def test_identity_gathers_the_users_identifiers(inferences: list[Inference]) -> None:
    identity = _one(inferences, "identity")
    assert "brandon.wells@example.com" in identity.value["emails"]
    assert "brandon_w" in identity.value["handles"]
    links = _one(inferences, "cross_source_links")
    assert any(set(link["sources"]) >= {"paypal", "twitter"} for link in links.value["links"])


def test_home_and_work_from_location_clusters(inferences: list[Inference]) -> None:
    home = _one(inferences, "home")
    work = _one(inferences, "work")
    assert haversine_m(home.value["lat"], home.value["lon"], *HOME) < 150
    assert haversine_m(work.value["lat"], work.value["lon"], *WORK) < 150
    assert work.value["employer"] == "Acme Ltd"
    hours = _one(inferences, "work_hours")
    assert hours.value["start"].startswith("09")


def test_sleep_window_from_first_and_last_activity(inferences: list[Inference]) -> None:
    # Last message 23:25-23:35 and first 07:00-07:10 every day: the window sits within
    # routine.SETTLE_MINUTES (and a few minutes) of them.
    sleep = _one(inferences, "sleep_window")
    start, end = (int(c[:2]) * 60 + int(c[3:]) for c in (sleep.value["start"], sleep.value["end"]))
    assert (start - (23 * 60 + 30)) % 1440 <= 40
    assert 6 * 60 + 25 <= end <= 7 * 60 + 10


def test_top_contacts_and_relationships(inferences: list[Inference]) -> None:
    top = [contact["name"] for contact in _one(inferences, "top_contacts").value["contacts"]]
    assert top[0] == "Hannah Horton"
    assert "Mary Wells" in top and "Liam Perry" in top
    assert _one(inferences, "relationship", "Hannah Horton").value["relationship"] == "partner"
    assert _one(inferences, "relationship", "Mary Wells").value["relationship"] == "family"
    assert _one(inferences, "relationship", "Liam Perry").value["relationship"] == "colleague"


def test_salary_and_financial_signals(inferences: list[Inference]) -> None:
    salary = _one(inferences, "salary")
    assert salary.value == {
        **salary.value,
        "amount": "2450.00",
        "currency": "GBP",
        "payer": "Acme Ltd",
    }
    assert _one(inferences, "financial_stress").value["value"] is True
    assert _one(inferences, "gaming").value["value"] is True
    assert not [i for i in inferences if i.key == "gambling"]
    subscriptions = _one(inferences, "subscriptions").value["subscriptions"]
    assert any(item["payee"] == "Spotify AB" for item in subscriptions)


def test_special_categories_are_marked(inferences: list[Inference]) -> None:
    religion = _one(inferences, "religion")
    health = _one(inferences, "health")
    politics = _one(inferences, "politics")
    assert religion.value["value"] == "christian"
    assert health.value["value"] == "asthma"
    assert "housing" in politics.value["value"]
    assert religion.special_category and health.special_category and politics.special_category
    assert _one(inferences, "risky_contact").value["name"] == "Sam Rivers"


def test_platform_view_sits_beside_own_inference(inferences: list[Inference]) -> None:
    platform = _one(inferences, "platform_interests")
    assert platform.value["platform"] == {"twitter": ["Video games"]}
    assert "topics" in platform.value["footprint"]


def test_same_records_same_inferences(records: list[Record]) -> None:
    first = [i.to_json() for i in infer_all(records)]
    second = [i.to_json() for i in infer_all(list(records))]
    assert first == second


def test_no_records_no_inferences() -> None:
    assert infer_all([]) == []
