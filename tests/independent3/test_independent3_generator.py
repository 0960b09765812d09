"""The corpus3 files are what generate.py writes, and their labels are sound."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ["zh_pii_labelled_hard.jsonl", "en_pii_labelled_hard.jsonl"]
TYPES = {
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "LOCATION",
    "URL",
    "IP_ADDRESS",
    "USERNAME",
    "LICENSE_PLATE",
    "CN_ID_CARD",
    "CN_PASSPORT",
    "CN_DRIVING_LICENCE",
    "CN_SOCIAL_SECURITY",
    "CN_BANK_CARD",
    "WECHAT_ID",
    "QQ_NUMBER",
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
}


def load(name: str) -> list[dict]:
    with open(HERE / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def luhn_ok(s: str) -> bool:
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


class Regenerate(unittest.TestCase):
    def test_same_bytes_under_other_hash_seed_and_tz(self) -> None:
        for seed, tz in (("0", "UTC"), ("12345", "Asia/Shanghai")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, PYTHONHASHSEED=seed, TZ=tz, LC_ALL="C")
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), tmp], check=True, env=env
                )
                for name in FILES:
                    assert (Path(tmp) / name).read_bytes() == (HERE / name).read_bytes(), name


class Labels(unittest.TestCase):
    def test_spans(self) -> None:
        for name in FILES:
            rows = load(name)
            assert len(rows) >= 350, name
            empty = sum(1 for r in rows if not r["entities"])
            assert 0.1 <= empty / len(rows) <= 0.25, (name, empty)
            for r in rows:
                text = r["text"]
                prev_end = -1
                for e in sorted(r["entities"], key=lambda e: e["start"]):
                    assert e["type"] in TYPES
                    assert text[e["start"] : e["end"]] == e["value"], text
                    assert e["value"] and e["value"] == e["value"].strip(), text
                    assert e["start"] >= prev_end, f"overlap in {text!r}"
                    prev_end = e["end"]

    def test_checksums(self) -> None:
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        for name in FILES:
            for r in load(name):
                for e in r["entities"]:
                    v = e["value"].replace(" ", "").replace("-", "")
                    if e["type"] == "CN_ID_CARD" or (
                        e["type"] in ("CN_DRIVING_LICENCE", "CN_SOCIAL_SECURITY") and len(v) == 18
                    ):
                        check = "10X98765432"[
                            sum(int(c) * k for c, k in zip(v[:17], w, strict=True)) % 11
                        ]
                        assert v[17].upper() == check, v
                    if e["type"] in ("CN_BANK_CARD", "CREDIT_CARD"):
                        assert luhn_ok(v), v
                    if e["type"] == "UK_NHS":
                        tot = sum(int(c) * k for c, k in zip(v[:9], range(10, 1, -1), strict=True))
                        assert (11 - tot % 11) % 11 == int(v[9]), v
                    if e["type"] == "IBAN_CODE":
                        s = v[4:] + v[:4]
                        assert int("".join(str(int(c, 36)) for c in s)) % 97 == 1, v


if __name__ == "__main__":
    unittest.main()
