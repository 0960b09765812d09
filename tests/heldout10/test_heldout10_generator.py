# ruff: noqa: PT009  (the spec asks for unittest)
"""heldout10 generator test: reproducible output, answer-key schema, pii substrings.

Does not import the tool. Run: python -m unittest tests/heldout10/test_heldout10_generator.py
"""

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
from types import ModuleType

HERE = Path(__file__).resolve().parent
PERSONAS = HERE / "personas"
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


def _gen_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("h10gen", HERE / "generate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


class GeneratorTest(unittest.TestCase):
    def test_reproducible_under_tz_and_hashseed(self) -> None:
        for tz, seed in (("UTC", "0"), ("America/Anchorage", "4242")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), tmp],
                    check=True,
                    env=env,
                    stdout=subprocess.DEVNULL,
                )
                self.assertEqual(_tree(Path(tmp)), _tree(PERSONAS))
                for rel in _tree(PERSONAS):
                    self.assertTrue(
                        filecmp.cmp(Path(tmp) / rel, PERSONAS / rel, shallow=False),
                        f"{tz}: {rel} differs",
                    )

    def test_schema_and_pii(self) -> None:
        gen = _gen_module()
        dirs = sorted(p for p in PERSONAS.iterdir() if p.is_dir())
        self.assertEqual(len(dirs), 3)
        zones = set()
        for d in dirs:
            gt = json.loads((d / "ground_truth.json").read_text(encoding="utf-8"))
            self.assertEqual(list(gt), TOP_KEYS)
            self.assertEqual(gt["schema_version"], 1)
            self.assertEqual(gt["persona"], d.name)
            self.assertIs(gt["fictional"], True)
            self.assertIs(gt["independent"], True)
            zones.add(gt["timezone"])
            self.assertEqual(list(gt["facts"]), FACT_KEYS)
            self.assertEqual(list(gt["user"]), ["names", "phones", "emails", "handles"])
            f = gt["facts"]
            self.assertEqual(len(f["top_contacts"]), 3)
            self.assertGreaterEqual(len(f["relationships"]), 3)
            self.assertRegex(f["salary"]["amount"], r"^\d+\.\d\d$")
            self.assertIn(f["salary"]["period"], {"monthly", "biweekly", "weekly"})
            values = {r["value"] for r in gt["pii"]}
            self.assertGreaterEqual(len(values), 25)
            self.assertLessEqual(len(values), 36)
            seen: set[tuple[str, str, str]] = set()
            for row in gt["pii"]:
                self.assertEqual(list(row), ["file", "entity_type", "value"])
                key = (row["file"], row["entity_type"], row["value"])
                self.assertNotIn(key, seen)
                seen.add(key)
                data = (d / row["file"]).read_bytes()
                text = gen.decode(row["file"], data)
                self.assertIn(row["value"], text, f"{d.name}: {row}")
            # the salary payer appears in a payment file
            blobs = [
                gen.decode(str(p.relative_to(d)), p.read_bytes())
                for p in d.rglob("*")
                if p.is_file()
                and p.name != "ground_truth.json"
                and "Timeline" not in p.name
                and "Records" not in p.name
            ]
            self.assertTrue(any(f["salary"]["payer"] in b for b in blobs))
            self.assertTrue(any(f["risky_contact"]["name"] in b for b in blobs))
        self.assertEqual(zones, {"Asia/Shanghai", "Europe/London", "America/Phoenix"})

    def test_checksums(self) -> None:
        gen = _gen_module()
        for d in sorted(p for p in PERSONAS.iterdir() if p.is_dir()):
            gt = json.loads((d / "ground_truth.json").read_text(encoding="utf-8"))
            for row in gt["pii"]:
                v, t = row["value"], row["entity_type"]
                digits = "".join(c for c in v if c.isdigit())
                if t in ("CREDIT_CARD", "CN_BANK_CARD"):
                    self.assertEqual(gen.luhn(digits[:-1]), digits, v)
                elif t == "CN_ID_CARD":
                    self.assertEqual(gen.cn_id(v[:17]), v)
                elif t == "UK_NHS":
                    self.assertEqual(gen.nhs(digits[:9]), digits)
                elif t == "IBAN_CODE":
                    c = v.replace(" ", "")
                    self.assertEqual(gen.iban(c[:2], c[4:]), c)
                elif t == "ABA_ROUTING_NUMBER":
                    self.assertEqual(gen.aba(v[:8]), v)


if __name__ == "__main__":
    unittest.main()
