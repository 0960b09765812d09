"""Checks for the heldout7 blind set (no import of the tool under test).

Regenerates the set into temporary folders under two TZ / PYTHONHASHSEED values and
compares byte for byte with the committed personas/, checks the answer-key schema, and
checks that every pii value is an exact substring of its file after decoding.
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
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gbk")  # Alipay bills


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


class GeneratorTest(unittest.TestCase):
    def test_reproducible_under_tz_and_hashseed(self) -> None:
        for tz, seed in (("Pacific/Auckland", "1"), ("America/Los_Angeles", "4242")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), "--out", tmp],
                    check=True,
                    env=env,
                    stdout=subprocess.DEVNULL,
                )
                assert tree(Path(tmp)) == tree(PERSONAS)
                for rel in tree(PERSONAS):
                    assert filecmp.cmp(Path(tmp) / rel, PERSONAS / rel, shallow=False), (
                        f"{rel} differs under TZ={tz}"
                    )

    def test_schema_and_pii(self) -> None:
        gts = sorted(PERSONAS.glob("*/ground_truth.json"))
        assert len(gts) == 3
        for gt_path in gts:
            gt = json.loads(gt_path.read_text(encoding="utf-8"))
            assert list(gt) == KEYS
            assert gt["schema_version"] == 1
            assert gt["fictional"] is True
            assert gt["independent"] is True
            assert gt["persona"] == gt_path.parent.name
            assert list(gt["user"]) == ["names", "phones", "emails", "handles"]
            assert list(gt["facts"]) == FACT_KEYS
            f = gt["facts"]
            assert len(f["top_contacts"]) == 3
            assert len(f["relationships"]) >= 3
            assert f["salary"]["period"] in ("monthly", "biweekly", "weekly")
            for k in ("religion", "health", "politics"):
                assert f[k]["value"] is False or isinstance(f[k]["value"], str)
            for k in ("financial_stress", "gambling", "gaming"):
                assert isinstance(f[k]["value"], bool)
            root = gt_path.parent
            seen = set()
            assert len({e["value"] for e in gt["pii"]}) >= 25
            for e in gt["pii"]:
                assert list(e) == ["file", "entity_type", "value"]
                key = (e["file"], e["entity_type"], e["value"])
                assert key not in seen, key
                seen.add(key)
                path = root / e["file"]
                assert path.is_file(), e["file"]
                assert e["value"] in decode(path), f"{e} not in its file"


if __name__ == "__main__":
    unittest.main()
