"""Checks for the independent9 blind corpus: determinism, span integrity, checksums."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from i9_common import aba_ok, cn_id_ok, iban_ok, luhn_ok, nhs_ok, nino_ok  # noqa: E402

FILES = ["en_pii_labelled.jsonl", "zh_pii_labelled.jsonl", "en_pii_free_hard.jsonl", "zh_pii_free_hard.jsonl"]
TYPES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE",
         "IP_ADDRESS", "URL", "USERNAME", "LICENSE_PLATE", "UK_NINO", "UK_NHS", "UK_PASSPORT",
         "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "CN_ID_CARD",
         "CN_PASSPORT", "CN_BANK_CARD", "QQ_NUMBER", "WECHAT_ID"}


def load(name):
    with open(HERE / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


class Independent9Corpus(unittest.TestCase):
    def _regen(self, env_extra):
        env = dict(os.environ)
        env.update(env_extra)
        with tempfile.TemporaryDirectory() as td:
            subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", td], check=True, env=env)
            return {f: (Path(td) / f).read_bytes() for f in FILES}

    def test_deterministic(self):
        a = self._regen({"TZ": "Pacific/Auckland", "PYTHONHASHSEED": "1", "LC_ALL": "C", "LANG": "C"})
        b = self._regen({"TZ": "America/Los_Angeles", "PYTHONHASHSEED": "4242", "LC_ALL": "C.UTF-8",
                         "LANG": "zh_CN.UTF-8"})
        for f in FILES:
            self.assertEqual(a[f], b[f], f)
            self.assertEqual(a[f], (HERE / f).read_bytes(), f + " differs from committed copy")

    def test_line_counts(self):
        for f in FILES:
            rows = load(f)
            self.assertEqual(len(rows), 400, f)
            self.assertEqual(len({r["text"] for r in rows}), 400, f + " has duplicate texts")

    def test_spans(self):
        for f in ("en_pii_labelled.jsonl", "zh_pii_labelled.jsonl"):
            none = 0
            for r in load(f):
                t = r["text"]
                ents = sorted(r["entities"], key=lambda e: e["start"])
                if not ents:
                    none += 1
                prev_end = -1
                for e in ents:
                    self.assertIn(e["type"], TYPES)
                    self.assertEqual(t[e["start"]:e["end"]], e["value"], (f, t))
                    self.assertEqual(e["value"], e["value"].strip(), (f, t))
                    self.assertTrue(e["value"])
                    self.assertGreaterEqual(e["start"], prev_end, ("overlap", f, t))
                    prev_end = e["end"]
            self.assertGreaterEqual(none, 50, f)
            self.assertLessEqual(none, 70, f)

    def test_free_files_have_no_entities(self):
        for f in ("en_pii_free_hard.jsonl", "zh_pii_free_hard.jsonl"):
            for r in load(f):
                self.assertEqual(set(r), {"text"})

    def test_checksums(self):
        for f in ("en_pii_labelled.jsonl", "zh_pii_labelled.jsonl"):
            for r in load(f):
                t = r["text"]
                for e in r["entities"]:
                    v, ty = e["value"], e["type"]
                    if ty in ("CREDIT_CARD", "CN_BANK_CARD"):
                        self.assertTrue(luhn_ok(v), v)
                    elif ty == "CN_ID_CARD":
                        self.assertTrue(cn_id_ok(v), v)
                    elif ty == "IBAN_CODE":
                        self.assertTrue(iban_ok(v), v)
                    elif ty == "UK_NHS":
                        self.assertTrue(nhs_ok(v), v)
                    elif ty == "UK_NINO":
                        self.assertTrue(nino_ok(v), v)
                    elif ty == "BANK_ACCOUNT":
                        before = t[max(0, e["start"] - 25):e["start"]].lower()
                        if re.fullmatch(r"\d{9}", v) and ("routing" in before or "aba" in before):
                            self.assertTrue(aba_ok(v), v)
                    elif ty == "PHONE_NUMBER" and f.startswith("zh"):
                        digits = re.sub(r"\D", "", v)
                        if digits.startswith("86") and len(digits) == 13:
                            digits = digits[2:]
                        if len(digits) == 11 and digits[0] == "1":
                            self.assertRegex(digits, r"^1[3-9]\d{9}$")
                    elif ty == "PHONE_NUMBER":
                        digits = re.sub(r"\D", "", v)
                        ok = ("7700900" in digits or "1632960" in digits or "5550" in digits
                              or re.search(r"(2920180|1314960|2896496|2079460|1614960)", digits))
                        self.assertTrue(ok, v)
                    elif ty == "EMAIL_ADDRESS":
                        self.assertRegex(v, r"@(\w+\.)*example\.(com|org|net|cn|co\.uk|com\.cn)$")


if __name__ == "__main__":
    unittest.main()
