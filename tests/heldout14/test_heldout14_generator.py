# ruff: noqa: PT009
"""Checks for the heldout14 blind set (stdlib only; does not import the tool).

Run: cd /work/wt/heldout14 && python3 -m unittest tests/heldout14/test_heldout14_generator.py
"""

from __future__ import annotations

import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = os.path.join(HERE, "personas")
GENERATOR = os.path.join(HERE, "generate.py")

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


def decode(rel: str, data: bytes) -> str:
    if "支付宝" in rel:
        return data.decode("gbk")
    return data.decode("utf-8-sig")


def tree(root: str) -> list:
    out = []
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            out.append(os.path.relpath(os.path.join(dirpath, f), root))
    return sorted(out)


class GeneratorTest(unittest.TestCase):
    def personas(self) -> list:
        return sorted(d for d in os.listdir(PERSONAS) if os.path.isdir(os.path.join(PERSONAS, d)))

    def test_three_personas(self) -> None:
        self.assertEqual(len(self.personas()), 3)

    def test_reproducible_across_tz_and_hash_seed(self) -> None:
        for tz, seed in (("Pacific/Auckland", "1"), ("America/Sao_Paulo", "4242")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C", LANG="C")
                subprocess.run([sys.executable, GENERATOR, tmp], check=True, env=env)
                self.assertEqual(tree(tmp), tree(PERSONAS), f"file list differs under TZ={tz}")
                for rel in tree(PERSONAS):
                    self.assertTrue(
                        filecmp.cmp(
                            os.path.join(tmp, rel), os.path.join(PERSONAS, rel), shallow=False
                        ),
                        f"{rel} differs under TZ={tz} PYTHONHASHSEED={seed}",
                    )

    def test_schema(self) -> None:
        for pid in self.personas():
            with open(os.path.join(PERSONAS, pid, "ground_truth.json"), encoding="utf-8") as fh:
                gt = json.load(fh)
            self.assertEqual(list(gt), TOP_KEYS)
            self.assertEqual(gt["schema_version"], 1)
            self.assertEqual(gt["persona"], pid)
            self.assertIs(gt["fictional"], True)
            self.assertIs(gt["independent"], True)
            self.assertEqual(list(gt["user"]), ["names", "phones", "emails", "handles"])
            self.assertEqual(list(gt["facts"]), FACT_KEYS)
            f = gt["facts"]
            for k in ("home", "work"):
                self.assertEqual(f[k]["radius_m"], 300)
                self.assertIsInstance(f[k]["lat"], float)
                self.assertIsInstance(f[k]["lon"], float)
            self.assertTrue(re.fullmatch(r"\d\d:\d\d", f["sleep_window"]["start"]))
            self.assertTrue(re.fullmatch(r"\d\d:\d\d", f["sleep_window"]["end"]))
            self.assertEqual(len(f["top_contacts"]), 3)
            counts = [c["messages"] for c in f["top_contacts"]]
            self.assertEqual(counts, sorted(counts, reverse=True))
            self.assertGreaterEqual(len(f["relationships"]), 3)
            for k in ("religion", "health", "politics"):
                self.assertTrue(f[k]["value"] is False or isinstance(f[k]["value"], str))
            for k in ("financial_stress", "gambling", "gaming"):
                self.assertIsInstance(f[k]["value"], bool)
            self.assertTrue(re.fullmatch(r"\d+\.\d\d", f["salary"]["amount"]))
            self.assertIn(f["salary"]["period"], ("monthly", "biweekly", "weekly"))
            self.assertTrue(f["risky_contact"]["name"])
            values = {p["value"] for p in gt["pii"]}
            self.assertGreaterEqual(len(values), 25, pid)
            self.assertLessEqual(len(values), 35, pid)
            seen = set()
            for p in gt["pii"]:
                self.assertEqual(list(p), ["file", "entity_type", "value"])
                key = (p["file"], p["value"])
                self.assertNotIn(key, seen, f"listed twice: {key}")
                seen.add(key)

    def test_pii_values_are_substrings(self) -> None:
        for pid in self.personas():
            root = os.path.join(PERSONAS, pid)
            with open(os.path.join(root, "ground_truth.json"), encoding="utf-8") as fh:
                gt = json.load(fh)
            cache: dict = {}
            for p in gt["pii"]:
                rel = p["file"]
                if rel not in cache:
                    with open(os.path.join(root, *rel.split("/")), "rb") as fh:
                        cache[rel] = decode(rel, fh.read())
                self.assertIn(p["value"], cache[rel], f"{pid}: {p}")

    def test_top_contacts_are_chat_titles(self) -> None:
        for pid in self.personas():
            root = os.path.join(PERSONAS, pid)
            with open(os.path.join(root, "ground_truth.json"), encoding="utf-8") as fh:
                gt = json.load(fh)
            blob = "\n".join(tree(root))
            for c in gt["facts"]["top_contacts"]:
                found = c["name"] in blob
                if not found:
                    for rel in tree(root):
                        if rel.endswith(".json") and "result.json" in rel:
                            with open(os.path.join(root, rel), encoding="utf-8") as fh:
                                found = f'"name": "{c["name"]}"' in fh.read()
                self.assertTrue(found, f"{pid}: {c['name']}")


if __name__ == "__main__":
    unittest.main()
