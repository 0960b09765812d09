"""footprint eval on independent corpora: JSONL loading and the separate figures."""

from __future__ import annotations

import json
from pathlib import Path

from footprint.config import Settings
from footprint.pii.evaluate import evaluate_independent, independent_lines, load_jsonl


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def test_load_jsonl_skips_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(
        '{"text": "邮箱a@b.cn", "entities": [{"type": "EMAIL_ADDRESS", "start": 2, "end": 8}]}\n'
        "not json\n"
        '{"text": "好的"}\n',
        "utf-8",
    )
    samples = load_jsonl(path, "zh")
    assert [s.text for s in samples] == ["邮箱a@b.cn", "好的"]
    assert samples[0].spans[0].entity_type == "EMAIL_ADDRESS" and not samples[1].spans


def test_independent_figures_per_corpus(tmp_path: Path) -> None:
    (tmp_path / "independent").mkdir()
    _write(
        tmp_path / "independent" / "zh_pii_labelled.jsonl",
        [{"text": "我的手机号是13812345678", "entities": [
            {"type": "PHONE_NUMBER", "start": 6, "end": 17, "value": "13812345678"}]}],
    )  # fmt: skip
    _write(tmp_path / "independent" / "zh_pii_free.jsonl", [{"text": "明天见"}, {"text": "今天"}])
    _write(tmp_path / "independent" / "en_pii_free.jsonl", [{"text": "see you at 6"}])
    scores = evaluate_independent(Settings(spacy_model="none"), tmp_path, workers=1)
    assert scores["zh labelled"].overall.recall == 1.0
    assert scores["zh PII-free"].pii_free_texts == 2
    assert scores["en PII-free"].flagged_share == 0.0
    lines = independent_lines(scores)
    assert any(line.startswith("zh labelled: F2") for line in lines)
    assert any(line.startswith("en PII-free: texts flagged 0.0%") for line in lines)
