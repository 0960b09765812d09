"""Checks for the heldout8 blind set: reproducible output, answer-key schema, exact PII substrings.

Does not import the tool. Run: python -m unittest tests/heldout8/test_heldout8_generator.py
"""

# ruff: noqa: PT009  (the spec asks for a plain unittest module)
from __future__ import annotations

import filecmp
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
PERSONAS = HERE / "personas"
_spec = importlib.util.spec_from_file_location("heldout8_generate", HERE / "generate.py")
assert _spec is not None and _spec.loader is not None
generate = importlib.util.module_from_spec(_spec)
sys.modules["heldout8_generate"] = generate  # dataclasses look their module up
_spec.loader.exec_module(generate)

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


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def id_ok(v: str) -> bool:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return (
        len(v) == 18
        and v[-1] == "10X98765432"[sum(int(c) * k for c, k in zip(v[:17], w, strict=True)) % 11]
    )


def luhn_ok(v: str) -> bool:
    ds = [int(c) for c in v if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


class GeneratorTest(unittest.TestCase):
    def test_reproducible_across_tz_and_hashseed(self) -> None:
        for tz, seed in (("UTC", "0"), ("America/Los_Angeles", "12345")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), tmp, "quiet"], check=True, env=env
                )
                self.assertEqual(tree(Path(tmp)), tree(PERSONAS))
                for rel in tree(PERSONAS):
                    self.assertTrue(
                        filecmp.cmp(Path(tmp) / rel, PERSONAS / rel, shallow=False),
                        f"{tz}: {rel} differs",
                    )

    def test_schema_and_pii(self) -> None:
        personas = sorted(p for p in PERSONAS.iterdir() if p.is_dir())
        self.assertEqual(len(personas), 3)
        for p in personas:
            raw = (p / "ground_truth.json").read_text(encoding="utf-8")
            gt = json.loads(raw)
            self.assertEqual(list(gt), TOP_KEYS)
            self.assertEqual(gt["schema_version"], 1)
            self.assertEqual(gt["persona"], p.name)
            self.assertIs(gt["fictional"], True)
            self.assertIs(gt["independent"], True)
            self.assertIn(gt["timezone"], ("Asia/Shanghai", "Asia/Urumqi"))
            self.assertEqual(list(gt["user"]), ["names", "phones", "emails", "handles"])
            self.assertEqual(list(gt["facts"]), FACT_KEYS)
            facts = gt["facts"]
            self.assertEqual(len(facts["top_contacts"]), 3)
            counts = [c["messages"] for c in facts["top_contacts"]]
            self.assertEqual(counts, sorted(counts, reverse=True))
            self.assertGreaterEqual(len(facts["relationships"]), 3)
            self.assertIn(facts["salary"]["period"], ("monthly", "biweekly", "weekly"))
            self.assertGreaterEqual(len(gt["pii"]), 25, p.name)
            self.assertLessEqual(len(gt["pii"]), 45, p.name)
            seen: set[tuple[str, str]] = set()
            for e in gt["pii"]:
                self.assertEqual(list(e), ["file", "entity_type", "value"])
                key = (e["file"], e["value"])
                self.assertNotIn(key, seen, f"duplicate {key}")
                seen.add(key)
                text = generate.decode_file(p / e["file"])
                self.assertIn(e["value"], text, f"{p.name}: {e}")
                if e["entity_type"] == "CN_ID_CARD":
                    self.assertTrue(id_ok(e["value"]), e["value"])
                if e["entity_type"] == "CN_BANK_CARD":
                    self.assertTrue(luhn_ok(e["value"]), e["value"])
                if e["entity_type"] == "EMAIL_ADDRESS":
                    dom = e["value"].rsplit("@", 1)[1]
                    self.assertTrue(
                        dom in ("example.com", "example.org", "example.net") or dom == "qq.com",
                        e["value"],
                    )
            # every listed file exists and every message file is decodable
            for rel in tree(p):
                if rel != "ground_truth.json":
                    generate.decode_file(p / rel)

    def test_top_contacts_match_files(self) -> None:
        for p in sorted(x for x in PERSONAS.iterdir() if x.is_dir()):
            gt = json.loads((p / "ground_truth.json").read_text(encoding="utf-8"))
            for c in gt["facts"]["top_contacts"]:
                hits = [f for f in tree(p) if Path(f).stem.split("_utf8")[0] == c["name"]]
                self.assertEqual(len(hits), 1, (p.name, c))
                text = generate.decode_file(p / hits[0])
                if hits[0].endswith(".txt"):
                    n = sum(1 for ln in text.splitlines() if ln and not ln.startswith("SYSTEM|"))
                else:
                    import csv
                    import io

                    rows = list(csv.reader(io.StringIO(text)))
                    n = len(rows) - 1
                self.assertEqual(n, c["messages"], (p.name, c))


if __name__ == "__main__":
    unittest.main()
