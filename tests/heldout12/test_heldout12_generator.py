"""heldout12: the generator is deterministic and the committed answer keys are consistent.

Does not import the tool. Regenerates the personas in a temp dir under two time zones and hash
seeds and compares them byte for byte with the committed personas/ folder.
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
PERSONAS = HERE / "personas"
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
FACT_KEYS = [
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
]


def decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gbk")


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


class GeneratorTest(unittest.TestCase):
    def test_regenerates_identically(self) -> None:
        for tz, seed in (("Asia/Tokyo", "1"), ("America/Los_Angeles", "4242")):
            with self.subTest(tz=tz), tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), tmp], check=True, env=env
                )
                assert tree(Path(tmp)) == tree(PERSONAS)
                for rel in tree(PERSONAS):
                    assert filecmp.cmp(Path(tmp) / rel, PERSONAS / rel, shallow=False), rel

    def test_schema_and_pii_substrings(self) -> None:
        dirs = sorted(p for p in PERSONAS.iterdir() if p.is_dir())
        assert len(dirs) == 3
        for d in dirs:
            with self.subTest(persona=d.name):
                gt = json.loads((d / "ground_truth.json").read_text(encoding="utf-8"))
                assert list(gt) == TOP_KEYS
                assert gt["schema_version"] == 1
                assert gt["persona"] == d.name
                assert gt["fictional"] is True
                assert gt["independent"] is True
                assert list(gt["user"]) == ["names", "phones", "emails", "handles"]
                facts = gt["facts"]
                assert list(facts) == FACT_KEYS
                assert len(facts["top_contacts"]) == 3
                assert len(facts["relationships"]) >= 3
                assert facts["home"]["radius_m"] == 300
                assert facts["salary"]["period"] in {"monthly", "biweekly", "weekly"}
                for k in (
                    "religion",
                    "health",
                    "politics",
                    "financial_stress",
                    "gambling",
                    "gaming",
                ):
                    assert "value" in facts[k]
                seen = set()
                values = set()
                for row in gt["pii"]:
                    assert list(row) == ["file", "entity_type", "value"]
                    key = (row["file"], row["entity_type"], row["value"])
                    assert key not in seen
                    seen.add(key)
                    values.add((row["entity_type"], row["value"]))
                    text = decode(d / row["file"])
                    assert row["value"] in text, row
                assert len(values) >= 25

    def test_chat_volume(self) -> None:
        for d in sorted(p for p in PERSONAS.iterdir() if p.is_dir()):
            gt = json.loads((d / "ground_truth.json").read_text(encoding="utf-8"))
            top = [c["messages"] for c in gt["facts"]["top_contacts"]]
            assert top == sorted(top, reverse=True)
            assert sum(top) > 800, d.name


if __name__ == "__main__":
    unittest.main()
