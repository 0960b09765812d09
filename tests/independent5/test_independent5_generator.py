# ruff: noqa: PT009  (the corpus spec asks for a plain unittest module)
"""The committed corpus files are exactly what generate.py writes, whatever the hash seed or TZ."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FILES = [
    "en_pii_labelled.jsonl",
    "zh_pii_labelled.jsonl",
    "en_pii_free_hard.jsonl",
    "zh_pii_free_hard.jsonl",
]

_SPEC = importlib.util.spec_from_file_location("independent5_generate", HERE / "generate.py")
assert _SPEC is not None and _SPEC.loader is not None
generate = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(generate)


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


class RegenerationTest(unittest.TestCase):
    def test_regeneration_matches_committed_files(self) -> None:
        for seed, tz, lang in (("0", "UTC", "C"), ("4242", "Asia/Shanghai", "C.UTF-8")):
            with self.subTest(seed=seed, tz=tz), tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, PYTHONHASHSEED=seed, TZ=tz, LC_ALL=lang, LANG=lang)
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), tmp], check=True, env=env
                )
                for name in FILES:
                    self.assertEqual(
                        (Path(tmp) / name).read_bytes(), (HERE / name).read_bytes(), name
                    )


class LabelTest(unittest.TestCase):
    def test_spans_are_exact_and_disjoint(self) -> None:
        for name in ("en_pii_labelled.jsonl", "zh_pii_labelled.jsonl"):
            for i, line in enumerate(load(HERE / name)):
                text = str(line["text"])
                ents = sorted(line["entities"], key=lambda e: (e["start"], e["end"]))
                prev_end = -1
                for e in ents:
                    with self.subTest(file=name, line=i, entity=e):
                        self.assertEqual(text[e["start"] : e["end"]], e["value"])
                        self.assertLess(e["start"], e["end"])
                        self.assertGreaterEqual(e["start"], prev_end)
                        self.assertEqual(e["value"], e["value"].strip())
                    prev_end = e["end"]

    def test_counts_and_share_without_identifiers(self) -> None:
        for name in FILES:
            lines = load(HERE / name)
            self.assertEqual(len(lines), 400, name)
            self.assertEqual(len({str(x["text"]) for x in lines}), 400, name)
        for name in ("en_pii_labelled.jsonl", "zh_pii_labelled.jsonl"):
            empty = sum(1 for x in load(HERE / name) if not x["entities"])
            self.assertTrue(50 <= empty <= 70, (name, empty))

    def test_checksums_hold(self) -> None:
        for name in ("en_pii_labelled.jsonl", "zh_pii_labelled.jsonl"):
            for line in load(HERE / name):
                for e in line["entities"]:
                    v = str(e["value"])
                    compact = v.replace(" ", "").replace("-", "")
                    if e["type"] in ("CREDIT_CARD", "CN_BANK_CARD"):
                        self.assertTrue(generate.luhn_ok(compact), v)
                    elif e["type"] == "IBAN_CODE":
                        self.assertTrue(generate.iban_ok(v), v)
                    elif e["type"] == "UK_NHS":
                        self.assertTrue(generate.nhs_ok(v), v)
                    elif e["type"] == "CN_ID_CARD":
                        self.assertTrue(generate.cn_id_ok(compact), v)

    def test_routing_numbers_hold(self) -> None:
        for line in load(HERE / "en_pii_labelled.jsonl"):
            text = str(line["text"]).lower()
            for e in line["entities"]:
                if e["type"] == "BANK_ACCOUNT" and (
                    "routing " + e["value"] in text or "aba: " + e["value"] in text
                ):
                    self.assertTrue(generate.aba_ok(str(e["value"])), e["value"])

    def test_free_files_have_no_labels(self) -> None:
        for name in ("en_pii_free_hard.jsonl", "zh_pii_free_hard.jsonl"):
            for line in load(HERE / name):
                self.assertEqual(set(line), {"text"})


if __name__ == "__main__":
    unittest.main()
