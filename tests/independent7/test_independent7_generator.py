"""Checks for the blind corpus set 7: regeneration is deterministic and labels are exact."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = [
    "en_pii_labelled.jsonl",
    "zh_pii_labelled.jsonl",
    "en_pii_free_hard.jsonl",
    "zh_pii_free_hard.jsonl",
]
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


def load(name: str) -> list[dict]:
    with open(HERE / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


class GeneratorTest(unittest.TestCase):
    def test_regeneration_matches_committed_files(self) -> None:
        for seed, tz in (("0", "UTC"), ("12345", "Asia/Shanghai")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, PYTHONHASHSEED=seed, TZ=tz, LC_ALL="C")
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), tmp],
                    check=True,
                    env=env,
                    capture_output=True,
                )
                for name in FILES:
                    fresh = (Path(tmp) / name).read_bytes()
                    assert fresh == (HERE / name).read_bytes(), f"{name} ({seed}, {tz})"

    def test_spans_exact_and_disjoint(self) -> None:
        for name, allowed in (
            ("en_pii_labelled.jsonl", EN_TYPES),
            ("zh_pii_labelled.jsonl", ZH_TYPES),
        ):
            rows = load(name)
            assert len(rows) >= 380
            empty = sum(1 for r in rows if not r["entities"])
            assert 0.1 * len(rows) <= empty <= 0.2 * len(rows), (name, empty)
            for r in rows:
                text = r["text"]
                prev_end = -1
                for e in sorted(r["entities"], key=lambda e: e["start"]):
                    assert e["type"] in allowed
                    assert text[e["start"] : e["end"]] == e["value"], (name, text, e)
                    assert e["start"] >= prev_end, ("overlap", name, text)
                    prev_end = e["end"]

    def test_free_files_have_no_labels(self) -> None:
        for name in ("en_pii_free_hard.jsonl", "zh_pii_free_hard.jsonl"):
            rows = load(name)
            assert len(rows) >= 380
            for r in rows:
                assert set(r) == {"text"}
                assert "@example." not in r["text"]

    def test_checksums(self) -> None:
        en = load("en_pii_labelled.jsonl")
        zh = load("zh_pii_labelled.jsonl")
        for r in en:
            for e in r["entities"]:
                v = e["value"]
                if e["type"] == "CREDIT_CARD":
                    assert luhn_ok(v), v
                elif e["type"] == "IBAN_CODE":
                    s = v.replace(" ", "").upper()
                    moved = s[4:] + s[:4]
                    assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1, v
                elif e["type"] == "UK_NHS":
                    d = [int(c) for c in v if c.isdigit()]
                    chk = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1), strict=True)) % 11
                    assert (0 if chk == 11 else chk) == d[9], v
        weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        for r in zh:
            for e in r["entities"]:
                v = e["value"].replace(" ", "")
                if e["type"] == "CN_ID_CARD":
                    total = sum(int(c) * w for c, w in zip(v[:17], weights, strict=True))
                    assert "10X98765432"[total % 11] == v[17].upper(), v
                elif e["type"] == "CN_BANK_CARD":
                    assert luhn_ok(v), v


if __name__ == "__main__":
    unittest.main()
