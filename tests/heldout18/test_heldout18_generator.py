# ruff: noqa: PT009, B905
"""heldout18: the generator is deterministic and the answer keys are well formed (stdlib only)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from h18_common import decoded_text, iban_ok, luhn_ok, nhs_ok  # noqa: E402

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


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


class GeneratorTest(unittest.TestCase):
    def test_regenerates_identically_under_other_tz_and_hashseed(self) -> None:
        committed = tree(PERSONAS)
        for tz, seed in (("Pacific/Auckland", "1"), ("America/Los_Angeles", "4242")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), tmp],
                    check=True,
                    env=env,
                    stdout=subprocess.DEVNULL,
                )
                fresh = tree(Path(tmp))
                self.assertEqual(sorted(fresh), sorted(committed))
                for k in fresh:
                    self.assertEqual(fresh[k], committed[k], k)

    def test_schema_and_pii(self) -> None:
        gts = sorted(PERSONAS.glob("*/ground_truth.json"))
        self.assertEqual(len(gts), 3)
        for gt_path in gts:
            gt = json.loads(gt_path.read_text(encoding="utf-8"))
            self.assertEqual(list(gt), KEYS)
            self.assertEqual(gt["schema_version"], 1)
            self.assertIs(gt["fictional"], True)
            self.assertEqual(gt["persona"], gt_path.parent.name)
            self.assertEqual(list(gt["facts"]), FACT_KEYS)
            self.assertTrue(25 <= len(gt["pii"]) <= 35, len(gt["pii"]))
            self.assertEqual(len(gt["facts"]["top_contacts"]), 3)
            self.assertGreaterEqual(len(gt["facts"]["relationships"]), 3)
            seen = set()
            for item in gt["pii"]:
                self.assertEqual(list(item), ["file", "entity_type", "value"])
                key = (item["file"], item["value"])
                self.assertNotIn(key, seen)
                seen.add(key)
                raw = (gt_path.parent / item["file"]).read_bytes()
                self.assertIn(item["value"], decoded_text(item["file"], raw), item)
                digits = "".join(c for c in item["value"] if c.isalnum())
                if item["entity_type"] in ("CREDIT_CARD", "CN_BANK_CARD"):
                    self.assertTrue(luhn_ok(digits), item)
                if item["entity_type"] == "UK_NHS":
                    self.assertTrue(nhs_ok(digits), item)
                if item["entity_type"] == "IBAN_CODE":
                    self.assertTrue(iban_ok(digits), item)
                if item["entity_type"] == "CN_ID_CARD":
                    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
                    s = sum(int(c) * k for c, k in zip(digits[:17], w))
                    self.assertEqual("10X98765432"[s % 11], digits[17])
                if item["entity_type"] == "ABA_ROUTING_NUMBER":
                    d = [int(c) for c in digits]
                    self.assertEqual(
                        (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8])
                        % 10,
                        0,
                    )


if __name__ == "__main__":
    unittest.main()
