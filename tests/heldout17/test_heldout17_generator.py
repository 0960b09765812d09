"""Checks for the heldout17 generator (no import of the tool under test)."""

# ruff: noqa: PT009  (the spec asks for a stdlib unittest)

from __future__ import annotations

import filecmp
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h17_common import decoded_text  # noqa: E402

PERSONAS_DIR = os.path.join(HERE, "personas")
IDS = ["cn_kunming_shop", "uk_exeter_retired", "us_louisville_shift"]
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


def _tree(root: str) -> list[str]:
    out = []
    for d, _subdirs, files in os.walk(root):
        for f in files:
            out.append(os.path.relpath(os.path.join(d, f), root))
    return sorted(out)


class GeneratorTest(unittest.TestCase):
    def test_reproducible_across_tz_and_hashseed(self) -> None:
        expected = _tree(PERSONAS_DIR)
        for tz, seed in (("UTC", "0"), ("Pacific/Kiritimati", "4242")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run(
                    [sys.executable, os.path.join(HERE, "generate.py"), tmp],
                    check=True,
                    env=env,
                    stdout=subprocess.DEVNULL,
                )
                self.assertEqual(_tree(tmp), expected)
                for rel in expected:
                    self.assertTrue(
                        filecmp.cmp(
                            os.path.join(tmp, rel), os.path.join(PERSONAS_DIR, rel), shallow=False
                        ),
                        rel,
                    )

    def test_schema(self) -> None:
        for pid in IDS:
            with open(os.path.join(PERSONAS_DIR, pid, "ground_truth.json"), encoding="utf-8") as fh:
                gt = json.load(fh)
            self.assertEqual(list(gt), TOP_KEYS)
            self.assertEqual(gt["schema_version"], 1)
            self.assertEqual(gt["persona"], pid)
            self.assertIs(gt["fictional"], True)
            self.assertIs(gt["independent"], True)
            self.assertEqual(list(gt["user"]), ["names", "phones", "emails", "handles"])
            self.assertEqual(list(gt["facts"]), FACT_KEYS)
            self.assertEqual(len(gt["facts"]["top_contacts"]), 3)
            self.assertGreaterEqual(len(gt["facts"]["relationships"]), 3)
            self.assertTrue(25 <= len(gt["pii"]) <= 40, len(gt["pii"]))
            for e in gt["pii"]:
                self.assertEqual(list(e), ["file", "entity_type", "value"])
            pairs = [(e["file"], e["value"]) for e in gt["pii"]]
            self.assertEqual(len(pairs), len(set(pairs)), "listed once per file")

    def test_pii_values_are_substrings(self) -> None:
        for pid in IDS:
            pdir = os.path.join(PERSONAS_DIR, pid)
            with open(os.path.join(pdir, "ground_truth.json"), encoding="utf-8") as fh:
                gt = json.load(fh)
            for e in gt["pii"]:
                with open(os.path.join(pdir, e["file"]), "rb") as fh:
                    text = decoded_text(e["file"], fh.read())
                self.assertIn(e["value"], text, (pid, e))


if __name__ == "__main__":
    unittest.main()
