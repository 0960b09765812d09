"""The committed blind corpora are exactly what generate.py writes, and their labels are sound."""

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
FILES = ["en_pii_labelled.jsonl", "en_pii_free_hard.jsonl", "zh_pii_free_hard.jsonl"]
TYPES = {
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "UK_NINO", "UK_NHS", "UK_PASSPORT",
    "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "CREDIT_CARD",
    "IBAN_CODE", "BANK_ACCOUNT", "LICENSE_PLATE", "USERNAME", "URL", "IP_ADDRESS",
}  # fmt: skip


def rows(name: str) -> list[dict[str, object]]:
    with open(HERE / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


class Regeneration(unittest.TestCase):
    def test_same_bytes_under_other_hash_seed_and_zone(self) -> None:
        for seed, tz in (("0", "UTC"), ("4242", "Asia/Shanghai")):
            with self.subTest(seed=seed, tz=tz), tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, PYTHONHASHSEED=seed, TZ=tz, LC_ALL="C", LANG="C")
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), tmp], check=True, env=env
                )
                for name in FILES:
                    assert (Path(tmp) / name).read_bytes() == (HERE / name).read_bytes(), name


class Labels(unittest.TestCase):
    def test_spans_match_values_and_do_not_overlap(self) -> None:
        for i, row in enumerate(rows("en_pii_labelled.jsonl")):
            text = row["text"]
            assert isinstance(text, str)
            ents = row["entities"]
            assert isinstance(ents, list)
            last_end = -1
            for ent in sorted(ents, key=lambda e: e["start"]):
                with self.subTest(line=i + 1, ent=ent):
                    assert ent["type"] in TYPES
                    assert text[ent["start"] : ent["end"]] == ent["value"]
                    assert ent["end"] > ent["start"]
                    assert ent["start"] >= last_end
                last_end = ent["end"]

    def test_checksummed_numbers_are_valid(self) -> None:
        for row in rows("en_pii_labelled.jsonl"):
            for ent in row["entities"]:
                digits = "".join(c for c in ent["value"] if c.isalnum()).upper()
                if ent["type"] == "CREDIT_CARD":
                    assert luhn_ok(digits), ent
                elif ent["type"] == "IBAN_CODE":
                    moved = digits[4:] + digits[:4]
                    assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1, ent
                elif ent["type"] == "UK_NHS":
                    s = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
                    assert (11 - s % 11) % 11 == int(digits[9]), ent

    def test_share_of_lines_without_identifiers(self) -> None:
        data = rows("en_pii_labelled.jsonl")
        empty = sum(1 for r in data if not r["entities"])
        assert 0.1 <= empty / len(data) <= 0.2

    def test_free_files_are_text_only_and_unique(self) -> None:
        for name in FILES[1:]:
            data = rows(name)
            assert len(data) >= 380, name
            assert all(set(r) == {"text"} for r in data), name
            texts = [r["text"] for r in data]
            assert len(texts) == len(set(texts)), name
            assert not any("@" in t for t in texts), name
            assert not any(re.search(r"\{[A-Z_0-9]+\}", t) for t in texts), name

    def test_free_numbers_do_not_look_like_identifiers(self) -> None:
        # Labelled order/tracking numbers stay clear of phone, ID and card shapes.
        for name in FILES[1:]:
            for r in rows(name):
                for run in re.findall(r"\d+", str(r["text"])):
                    assert len(run) not in (9, 10, 11, 18), (name, r)
                    assert not (13 <= len(run) <= 19 and luhn_ok(run)), (name, r)


if __name__ == "__main__":
    unittest.main()
