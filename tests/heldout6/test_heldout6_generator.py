"""Checks for the heldout6 blind set: reproducible output, answer-key schema, pii values present.

Stdlib unittest only; does not import the tool.
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
PERSONAS = HERE / "personas"
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
TYPES = {
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "ADDRESS",
    "UK_NINO",
    "UK_NHS",
    "UK_PASSPORT",
    "UK_DRIVING_LICENCE",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "IBAN_CODE",
    "BANK_ACCOUNT",
    "ABA_ROUTING_NUMBER",
    "CREDIT_CARD",
    "LICENSE_PLATE",
    "USERNAME",
}


def decoded_texts(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    out = [text]
    if path.suffix == ".json":

        def walk(o: object) -> None:
            if isinstance(o, str):
                try:
                    out.append(o.encode("latin-1").decode("utf-8"))  # Meta mojibake repair
                except (UnicodeEncodeError, UnicodeDecodeError):
                    out.append(o)
            elif isinstance(o, list):
                for x in o:
                    walk(x)
            elif isinstance(o, dict):
                for x in o.values():
                    walk(x)

        walk(json.loads(text))
    return out


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


class GeneratorTest(unittest.TestCase):
    def test_regenerates_identically_under_other_tz_and_hash_seed(self) -> None:
        for tz, seed in [("UTC", "0"), ("Pacific/Kiritimati", "4242")]:
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), "--out", tmp], check=True, env=env
                )
                assert tree(Path(tmp)) == tree(PERSONAS), tz
                for rel in tree(PERSONAS):
                    assert filecmp.cmp(Path(tmp) / rel, PERSONAS / rel, shallow=False), (
                        f"{tz}: {rel} differs"
                    )

    def test_schema(self) -> None:
        dirs = sorted(p for p in PERSONAS.iterdir() if p.is_dir())
        assert len(dirs) == 3
        for d in dirs:
            gt = json.loads((d / "ground_truth.json").read_text(encoding="utf-8"))
            assert list(gt) == TOP_KEYS
            assert gt["schema_version"] == 1
            assert gt["persona"] == d.name
            assert gt["fictional"] is True
            assert gt["independent"] is True
            assert list(gt["user"]) == ["names", "phones", "emails", "handles"]
            assert list(gt["facts"]) == FACT_KEYS
            f = gt["facts"]
            for k in ("home", "work"):
                assert isinstance(f[k]["lat"], float)
                assert isinstance(f[k]["lon"], float)
                assert f[k]["radius_m"] == 300
            assert re.fullmatch(r"\d\d:\d\d", f["sleep_window"]["start"])
            assert re.fullmatch(r"\d\d:\d\d", f["sleep_window"]["end"])
            assert len(f["top_contacts"]) == 3
            counts = [c["messages"] for c in f["top_contacts"]]
            assert counts == sorted(counts, reverse=True)
            assert len(f["relationships"]) >= 3
            for k in ("religion", "health", "politics"):
                assert f[k]["value"] is False or isinstance(f[k]["value"], str)
            for k in ("financial_stress", "gambling", "gaming"):
                assert isinstance(f[k]["value"], bool)
            assert re.fullmatch(r"\d+\.\d\d", f["salary"]["amount"])
            assert f["salary"]["period"] in {"monthly", "biweekly", "weekly"}
            assert f["risky_contact"]["name"]
            assert 25 <= len(gt["pii"]) <= 35, (d.name, len(gt["pii"]))
            pairs = [(p["file"], p["value"]) for p in gt["pii"]]
            assert len(pairs) == len(set(pairs)), "a value is listed twice for one file"
            for p in gt["pii"]:
                assert list(p) == ["file", "entity_type", "value"]
                assert p["entity_type"] in TYPES, p

    def test_pii_values_are_substrings_of_their_files(self) -> None:
        for d in sorted(p for p in PERSONAS.iterdir() if p.is_dir()):
            gt = json.loads((d / "ground_truth.json").read_text(encoding="utf-8"))
            cache: dict[str, list[str]] = {}
            for p in gt["pii"]:
                texts = cache.setdefault(p["file"], decoded_texts(d / p["file"]))
                assert any(p["value"] in t for t in texts), (d.name, p)

    def test_top_contact_names_and_risky_contact_appear_in_exports(self) -> None:
        for d in sorted(p for p in PERSONAS.iterdir() if p.is_dir()):
            gt = json.loads((d / "ground_truth.json").read_text(encoding="utf-8"))
            blob = "\n".join(
                t for f in tree(d) if f != "ground_truth.json" for t in decoded_texts(d / f)
            )
            for c in (
                gt["facts"]["top_contacts"]
                + gt["facts"]["relationships"]
                + [gt["facts"]["risky_contact"]]
            ):
                assert c["name"] in blob, c
            assert gt["facts"]["salary"]["payer"] in blob


if __name__ == "__main__":
    unittest.main()
