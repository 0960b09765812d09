"""Checks for the blind corpus6 generator (stdlib unittest only)."""

# The spec asks for plain unittest, so unittest-style assertions are intended.
# ruff: noqa: PT009

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path
from typing import Any

from tests.independent6 import generate

HERE = Path(__file__).resolve().parent
FILES = [
    "en_pii_labelled.jsonl",
    "zh_pii_labelled.jsonl",
    "en_pii_free_hard.jsonl",
    "zh_pii_free_hard.jsonl",
]
LABELLED = FILES[:2]
EN_TYPES = {
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "LOCATION",
    "UK_NINO",
    "UK_NHS",
    "UK_PASSPORT",
    "UK_DRIVING_LICENCE",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "CREDIT_CARD",
    "IBAN_CODE",
    "BANK_ACCOUNT",
    "LICENSE_PLATE",
    "USERNAME",
    "URL",
    "IP_ADDRESS",
}
ZH_TYPES = {
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "LOCATION",
    "CN_ID_CARD",
    "CN_PASSPORT",
    "CN_BANK_CARD",
    "LICENSE_PLATE",
    "WECHAT_ID",
    "QQ_NUMBER",
    "USERNAME",
}


def load(name: str) -> list[dict[str, Any]]:
    with open(HERE / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


class RegenerationTest(unittest.TestCase):
    def test_deterministic_under_hashseed_and_tz(self) -> None:
        for seed, tz in (("0", "UTC"), ("12345", "Asia/Shanghai")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, PYTHONHASHSEED=seed, TZ=tz, LC_ALL="C")
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), tmp], check=True, env=env
                )
                for name in FILES:
                    self.assertEqual(
                        (Path(tmp) / name).read_bytes(),
                        (HERE / name).read_bytes(),
                        f"{name} differs (seed={seed}, tz={tz})",
                    )


class SpanTest(unittest.TestCase):
    def test_spans_match_and_do_not_overlap(self) -> None:
        for name, allowed in zip(LABELLED, (EN_TYPES, ZH_TYPES), strict=True):
            for n, rec in enumerate(load(name), 1):
                text = rec["text"]
                assert isinstance(text, str)
                prev_end = -1
                ents = sorted(rec["entities"], key=lambda e: (e["start"], e["end"]))
                for e in ents:
                    with self.subTest(file=name, line=n, ent=e):
                        self.assertIn(e["type"], allowed)
                        self.assertLess(e["start"], e["end"])
                        self.assertEqual(text[e["start"] : e["end"]], e["value"])
                        self.assertEqual(e["value"], e["value"].strip())
                        self.assertGreaterEqual(e["start"], prev_end)
                    prev_end = e["end"]

    def test_counts_and_empty_share(self) -> None:
        for name in FILES:
            recs = load(name)
            self.assertGreaterEqual(len(recs), 350, name)
            self.assertEqual(
                len({r["text"] for r in recs}), len(recs), f"duplicate texts in {name}"
            )
        for name in LABELLED:
            recs = load(name)
            empty = sum(1 for r in recs if not r["entities"])
            self.assertTrue(0.1 <= empty / len(recs) <= 0.2, name)

    def test_every_type_present(self) -> None:
        for name, allowed in zip(LABELLED, (EN_TYPES, ZH_TYPES), strict=True):
            seen = {e["type"] for r in load(name) for e in r["entities"]}
            self.assertEqual(seen, allowed, name)


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


class ChecksumTest(unittest.TestCase):
    def test_checksums(self) -> None:
        for rec in load("en_pii_labelled.jsonl"):
            for e in rec["entities"]:
                v = e["value"]
                if e["type"] == "CREDIT_CARD":
                    self.assertTrue(generate.luhn_ok(digits(v)), v)
                elif e["type"] == "IBAN_CODE":
                    self.assertTrue(generate.iban_ok(v), v)
                elif e["type"] == "UK_NHS":
                    d = digits(v)
                    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1), strict=True))
                    self.assertEqual((11 - s % 11) % 11, int(d[9]), v)
        for rec in load("zh_pii_labelled.jsonl"):
            for e in rec["entities"]:
                v = e["value"]
                if e["type"] == "CN_ID_CARD":
                    self.assertEqual(generate.cn_id_check(v[:17]), v[17].upper(), v)
                elif e["type"] == "CN_BANK_CARD":
                    self.assertTrue(generate.luhn_ok(digits(v)), v)

    def test_routing_numbers_valid(self) -> None:
        import re

        for rec in load("en_pii_labelled.jsonl"):
            text = rec["text"]
            for e in rec["entities"]:
                before = text[max(0, e["start"] - 16) : e["start"]].lower()
                if (
                    e["type"] == "BANK_ACCOUNT"
                    and "routing" in before
                    and re.fullmatch(r"\d{9}", e["value"])
                ):
                    self.assertTrue(generate.aba_ok(e["value"]), e["value"])


if __name__ == "__main__":
    unittest.main()
