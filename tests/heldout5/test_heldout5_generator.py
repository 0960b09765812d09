"""Checks for the heldout5 blind set: reproducible, well-formed, answer key consistent.

Does not import the tool. Run: python -m pytest tests/heldout5 -q   (or python -m unittest)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
PERSONAS = HERE / "personas"
GBK_FILES = ("alipay_record_",)
TOP_KEYS = [
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


def decode(path: Path) -> str:
    data = path.read_bytes()
    if path.name.startswith(GBK_FILES):
        return data.decode("gbk")
    return data.decode("utf-8-sig")


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


class GeneratorTest(unittest.TestCase):
    def test_reproducible_across_tz_and_hash_seed(self) -> None:
        committed = tree(PERSONAS)
        assert committed
        for tz, seed in (("UTC", "0"), ("America/Los_Angeles", "12345")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), tmp], check=True, env=env
                )
                fresh = tree(Path(tmp))
                assert sorted(fresh) == sorted(committed), f"file list differs under TZ={tz}"
                for rel, data in fresh.items():
                    assert data == committed[rel], f"{rel} differs under TZ={tz}"

    def test_ground_truth_schema_and_pii(self) -> None:
        dirs = sorted(p for p in PERSONAS.iterdir() if p.is_dir())
        assert len(dirs) == 3
        for pdir in dirs:
            gt = json.loads((pdir / "ground_truth.json").read_text(encoding="utf-8"))
            assert list(gt) == TOP_KEYS
            assert gt["schema_version"] == 1
            assert gt["persona"] == pdir.name
            assert gt["fictional"] is True
            assert gt["independent"] is True
            assert gt["timezone"] == "Asia/Shanghai"
            assert set(gt["user"]) == {"names", "phones", "emails", "handles"}
            assert set(gt["facts"]) == FACT_KEYS
            assert len(gt["facts"]["top_contacts"]) == 3
            assert len(gt["facts"]["relationships"]) >= 3
            assert 25 <= len(gt["pii"]) <= 35, (pdir.name, len(gt["pii"]))
            seen = set()
            for e in gt["pii"]:
                assert set(e) == {"file", "entity_type", "value"}
                key = (e["file"], e["value"])
                assert key not in seen, "listed twice for one file"
                seen.add(key)
                text = decode(pdir / e["file"])
                assert e["value"] in text, (pdir.name, e)

    def test_checksums(self) -> None:
        weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        for gt_path in sorted(PERSONAS.glob("*/ground_truth.json")):
            for e in json.loads(gt_path.read_text(encoding="utf-8"))["pii"]:
                digits = e["value"].replace(" ", "")
                if e["entity_type"] == "CN_ID_CARD":
                    s = sum(int(c) * w for c, w in zip(digits[:17], weights, strict=False))
                    assert "10X98765432"[s % 11] == digits[17]
                if e["entity_type"] == "CN_BANK_CARD":
                    total = 0
                    for i, ch in enumerate(reversed(digits)):
                        n = int(ch) * (2 if i % 2 else 1)
                        total += n - 9 if n > 9 else n
                    assert total % 10 == 0, e


if __name__ == "__main__":
    unittest.main()
