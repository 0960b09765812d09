"""Checks for the heldout16 generator: determinism across TZ / hash seed, schema, pii substrings.

Does not import the tool. Run: python3 -m unittest tests/heldout16/test_heldout16_generator.py
"""

from __future__ import annotations

import filecmp
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMITTED = HERE / "personas"
KEYS = [
    "schema_version",
    "persona",
    "fictional",
    "independent",
    "description",
    "timezone",
    "user",
    "pii",
    "facts",
]
FACT_KEYS = {
    "home",
    "work",
    "sleep_window",
    "top_contacts",
    "relationships",
    "religion",
    "health",
    "politics",
    "financial_stress",
    "gambling",
    "gaming",
    "salary",
    "risky_contact",
}


def _decode(path: Path) -> str:
    raw = path.read_bytes()
    if "alipay" in path.name:
        return raw.decode("gbk")
    return raw.decode("utf-8-sig")


def _strings(o: object) -> list[str]:
    out: list[str] = []
    if isinstance(o, str):
        try:
            out.append(o.encode("latin-1").decode("utf-8"))
        except (UnicodeEncodeError, UnicodeDecodeError):
            out.append(o)
    elif isinstance(o, list):
        for x in o:
            out += _strings(x)
    elif isinstance(o, dict):
        for x in o.values():
            out += _strings(x)
    return out


def _tree_equal(a: Path, b: Path) -> list[str]:
    diffs: list[str] = []
    fa = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    fb = sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file())
    if fa != fb:
        diffs.append(f"file lists differ: {set(fa) ^ set(fb)}")
    for rel in set(fa) & set(fb):
        if not filecmp.cmp(a / rel, b / rel, shallow=False):
            diffs.append(rel)
    return diffs


class GeneratorTest(unittest.TestCase):
    def test_deterministic_under_tz_and_hashseed(self) -> None:
        for tz, seed in (("UTC", "0"), ("Pacific/Auckland", "12345")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), tmp], check=True, env=env
                )
                assert _tree_equal(Path(tmp), COMMITTED) == [], f"TZ={tz} seed={seed}"

    def test_schema(self) -> None:
        personas = sorted(p for p in COMMITTED.iterdir() if p.is_dir())
        assert len(personas) == 3
        for p in personas:
            gt = json.loads((p / "ground_truth.json").read_text(encoding="utf-8"))
            assert list(gt) == KEYS
            assert gt["persona"] == p.name
            assert gt["fictional"] is True
            assert set(gt["facts"]) == FACT_KEYS
            assert len(gt["facts"]["top_contacts"]) == 3
            assert len(gt["facts"]["relationships"]) >= 3
            distinct = {x["value"] for x in gt["pii"]}
            assert 25 <= len(distinct) <= 38, (p.name, len(distinct))
            seen = set()
            for x in gt["pii"]:
                assert list(x) == ["file", "entity_type", "value"]
                key = (x["file"], x["entity_type"], x["value"])
                assert key not in seen
                seen.add(key)

    def test_pii_values_are_substrings(self) -> None:
        for p in sorted(q for q in COMMITTED.iterdir() if q.is_dir()):
            gt = json.loads((p / "ground_truth.json").read_text(encoding="utf-8"))
            for x in gt["pii"]:
                f = p / x["file"]
                assert f.is_file(), x
                text = _decode(f)
                ok = x["value"] in text
                if not ok and f.suffix == ".json":
                    ok = any(x["value"] in s for s in _strings(json.loads(text)))
                assert ok, (p.name, x)


if __name__ == "__main__":
    unittest.main()
