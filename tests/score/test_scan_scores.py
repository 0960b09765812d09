"""The scan JSON carries one simulated score per lens, each explained to the point."""

from __future__ import annotations

import json
from collections.abc import Sequence

import pytest

import footprint.infer
from footprint.config import Settings
from footprint.infer.base import Inference
from footprint.model import Payment, Record
from footprint.scan import scan
from footprint.score import DEFAULT_LENSES, SIMULATION_NOTICE
from tests.conftest import FIXTURES
from tests.score.helpers import inf


def fake_infer(records: Sequence[Record], problems: object = None) -> list[Inference]:
    """The inference engine is tested on its own; here only its output's shape matters."""
    refs = tuple(record.ref for record in records if isinstance(record, Payment))[:3]
    return [
        inf("gambling", evidence=refs),
        inf("financial_stress", value={"signals": {"late_payment": 3}}, evidence=refs),
    ]


def test_scan_json_has_scores_for_every_lens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(footprint.infer, "infer_all", fake_infer)
    inputs = [FIXTURES / "paypal" / "Download.CSV", FIXTURES / "whatsapp" / "_chat.txt"]
    payload = json.loads(json.dumps(scan(inputs, Settings(), None).to_json()))
    scores = payload["scores"]
    assert [entry["lens"] for entry in scores] == list(DEFAULT_LENSES)
    for entry in scores:
        assert entry["notice"] == SIMULATION_NOTICE
        assert entry["base"] + sum(c["points"] for c in entry["contributions"]) == entry["score"]
        assert entry["contributions"]
        for contribution in entry["contributions"]:
            assert {"rule", "points", "evidence"} <= set(contribution)
            if contribution["kind"] == "rule":
                assert contribution["evidence"][0].startswith(str(FIXTURES / "paypal"))
    assert scores[2]["grade"] == "Listed"
