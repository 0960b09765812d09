"""Failures stay local: one broken inference family or score lens is named in a
problem, and every other family and lens still delivers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from footprint.config import Settings
from footprint.infer import infer_all, social
from footprint.model import ProblemCode
from footprint.scan import ScanResult, scan
from footprint.score import report as score_report
from footprint.score.engine import score

from ..conftest import FIXTURES

SETTINGS = Settings(assumed_timezone="UTC")
ACCOUNT = "https://social.example/users/test"


def _note(number: int, reply_to: str | None) -> dict[str, object]:
    """One public status of the test account, replying to ``reply_to`` when given."""
    status = f"{ACCOUNT}/statuses/{number}"
    cc = [reply_to.split("/statuses/")[0]] if reply_to else [f"{ACCOUNT}/followers"]
    return {
        "id": f"{status}/activity",
        "type": "Create",
        "actor": ACCOUNT,
        "published": f"2023-06-0{number}T08:00:00Z",
        "to": ["https://www.w3.org/ns/activitystreams#Public"],
        "cc": cc,
        "object": {
            "id": status,
            "type": "Note",
            "published": f"2023-06-0{number}T08:00:00Z",
            "attributedTo": ACCOUNT,
            "inReplyTo": reply_to,
            "content": "<p>test</p>",
        },
    }


def _sparse_mastodon(folder: Path) -> Path:
    """A test account's archive: one post and one reply to each of two accounts."""
    items = [
        _note(1, None),
        _note(2, "https://other.example/users/ana/statuses/5"),
        _note(3, "https://other.example/users/ben/statuses/7"),
    ]
    outbox = {"id": "outbox.json", "type": "OrderedCollection", "orderedItems": items}
    folder.mkdir()
    (folder / "outbox.json").write_text(json.dumps(outbox), encoding="utf-8")
    return folder


def _analysis_problems(result: ScanResult) -> list[str]:
    return [p.message for p in result.problems if p.code is ProblemCode.ANALYSIS]


def test_contacts_with_few_interactions_keep_the_evidence_count_invariant(
    tmp_path: Path,
) -> None:
    result = scan([_sparse_mastodon(tmp_path / "archive")], SETTINGS, None)
    assert result.records and not result.problems, result.problems
    [top] = [i for i in result.inferences if i.key == "top_contacts"]
    assert top.evidence_count is not None and top.evidence_count >= len(top.evidence) > 0
    assert result.scores


@pytest.fixture(scope="module")
def baseline() -> ScanResult:
    result = scan([FIXTURES], SETTINGS, None)
    assert not _analysis_problems(result)
    return result


def _keys(result: ScanResult, skip: str = "") -> list[tuple[str, str, str | None]]:
    return sorted((i.category, i.key, i.subject) for i in result.inferences if i.category != skip)


def test_one_failing_family_leaves_the_others(
    baseline: ScanResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(records: object) -> list[object]:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(social, "infer", broken)
    result = scan([FIXTURES], SETTINGS, None)
    assert _analysis_problems(result) == ["inference social failed: RuntimeError: simulated bug"]
    assert not any(i.category == "social" for i in result.inferences)
    # Every other family's conclusions are still there (platform compares against
    # footprint's own, so it may lose a social counterpart, never its own rows).
    others = {k for k in _keys(baseline, skip="social") if k[0] != "platform"}
    assert others <= set(_keys(result))
    assert {s.lens for s in result.scores} == {s.lens for s in baseline.scores}
    assert len(result.records) == len(baseline.records)


def test_infer_all_without_a_problem_list_still_isolates(
    baseline: ScanResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(records: object) -> list[object]:
        raise KeyError("contact_key")

    monkeypatch.setattr(social, "infer", broken)
    found = infer_all(baseline.records)
    assert found and not any(i.category == "social" for i in found)


def test_one_failing_lens_leaves_the_others(
    baseline: ScanResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    def score_or_fail(inferences: object, lens: object, **kwargs: object) -> object:
        if lens == "municipal":
            raise ZeroDivisionError("simulated bug")
        return score(inferences, lens, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(score_report, "score", score_or_fail)
    result = scan([FIXTURES], SETTINGS, None)
    assert _analysis_problems(result) == [
        "score lens municipal failed: ZeroDivisionError: simulated bug"
    ]
    assert {s.lens for s in result.scores} == {s.lens for s in baseline.scores} - {"municipal"}
    assert _keys(result) == _keys(baseline)
