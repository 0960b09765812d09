"""Checks on the heldout2 generator only: determinism and planted values (no footprint import)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PERSONAS = HERE / "personas"
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

KEYS = {"schema_version", "persona", "fictional", "independent", "description", "timezone",
        "user", "pii", "facts"}
FACT_KEYS = {"home", "work", "sleep_window", "top_contacts", "relationships", "religion",
             "health", "politics", "financial_stress", "gambling", "gaming", "salary",
             "risky_contact"}


def tree_digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def run(out: Path, **env) -> None:
    e = dict(os.environ, **env)
    subprocess.run([sys.executable, str(HERE / "generate.py"), str(out)], check=True, env=e,
                   capture_output=True)


def test_deterministic_across_env(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    run(a, TZ="Pacific/Auckland", PYTHONHASHSEED="1", LC_ALL="C")
    run(b, TZ="America/Denver", PYTHONHASHSEED="987", LC_ALL="C.UTF-8")
    assert tree_digest(a) == tree_digest(b)


def test_committed_output_is_current(tmp_path):
    run(tmp_path / "c")
    assert tree_digest(tmp_path / "c") == tree_digest(PERSONAS)


def test_ground_truth_shape_and_planted_values():
    for gt_path in sorted(PERSONAS.glob("*/ground_truth.json")):
        gt = json.loads(gt_path.read_text(encoding="utf-8"))
        assert set(gt) == KEYS
        assert set(gt["facts"]) == FACT_KEYS
        assert gt["schema_version"] == 1 and gt["fictional"] and gt["independent"]
        assert len(gt["facts"]["top_contacts"]) == 3
        pdir = gt_path.parent
        cache: dict[str, str] = {}
        for item in gt["pii"]:
            rel = item["file"]
            if rel not in cache:
                raw = (pdir / rel).read_bytes()
                enc = "gbk" if rel.startswith("alipay") else "utf-8"
                cache[rel] = generate.decoded_text(rel, enc, raw.decode(enc))
            assert item["value"] in cache[rel], item
