"""Checks for the heldout11 blind set: reproducible, schema-valid, every pii value in its file.

Does not import the tool. Run: python -m unittest tests/heldout11/test_heldout11_generator.py
"""

from __future__ import annotations

import importlib.util
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

_spec = importlib.util.spec_from_file_location("heldout11_generate", HERE / "generate.py")
assert _spec is not None and _spec.loader is not None
gen = importlib.util.module_from_spec(_spec)
sys.modules["heldout11_generate"] = gen
_spec.loader.exec_module(gen)

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
    "UK_SORT_CODE",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "ABA_ROUTING_NUMBER",
    "CN_ID_CARD",
    "CN_PASSPORT",
    "CN_BANK_CARD",
    "IBAN_CODE",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "LICENSE_PLATE",
    "USERNAME",
    "WECHAT_ID",
    "QQ_NUMBER",
}


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def truths() -> list[tuple[Path, dict[str, object]]]:
    out = []
    for d in sorted(PERSONAS.iterdir()):
        out.append((d, json.loads((d / "ground_truth.json").read_text(encoding="utf-8"))))
    return out


class Reproducible(unittest.TestCase):
    def test_regenerates_identically_under_other_tz_and_hash_seed(self) -> None:
        committed = tree(PERSONAS)
        assert committed
        for tz, seed, lang in [("UTC", "0", "C"), ("Pacific/Chatham", "4242", "zh_CN.UTF-8")]:
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LANG=lang, LC_ALL=lang)
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), "--out", tmp],
                    check=True,
                    env=env,
                    capture_output=True,
                )
                fresh = tree(Path(tmp))
                assert sorted(fresh) == sorted(committed), f"file list differs (TZ={tz})"
                for k, v in fresh.items():
                    assert v == committed[k], f"{k} differs (TZ={tz}, PYTHONHASHSEED={seed})"


class Schema(unittest.TestCase):
    def test_three_personas(self) -> None:
        zones = sorted(str(t["timezone"]) for _, t in truths())
        assert zones == ["America/Chicago", "Asia/Shanghai", "Europe/London"]

    def test_keys_and_types(self) -> None:
        for d, t in truths():
            with self.subTest(persona=d.name):
                assert list(t) == TOP_KEYS
                assert t["schema_version"] == 1
                assert t["persona"] == d.name
                assert t["fictional"] is True
                assert t["independent"] is True
                user = t["user"]
                assert isinstance(user, dict)
                assert list(user) == ["names", "phones", "emails", "handles"]
                facts = t["facts"]
                assert isinstance(facts, dict)
                assert list(facts) == FACT_KEYS
                for k in ("home", "work"):
                    assert isinstance(facts[k]["lat"], float)
                    assert isinstance(facts[k]["lon"], float)
                    assert facts[k]["radius_m"] == 300
                sw = facts["sleep_window"]
                assert re.search(r"^\d\d:\d\d$", sw["start"])
                assert re.search(r"^\d\d:\d\d$", sw["end"])
                assert len(facts["top_contacts"]) == 3
                counts = [c["messages"] for c in facts["top_contacts"]]
                assert counts == sorted(counts, reverse=True)
                assert len(facts["relationships"]) >= 3
                for k in ("religion", "health", "politics"):
                    v = facts[k]["value"]
                    assert v is False or (isinstance(v, str) and v)
                for k in ("financial_stress", "gambling", "gaming"):
                    assert isinstance(facts[k]["value"], bool)
                sal = facts["salary"]
                assert re.search(r"^\d+\.\d\d$", sal["amount"])
                assert sal["period"] in ("monthly", "biweekly", "weekly")
                assert facts["risky_contact"]["name"]

    def test_pii_rows(self) -> None:
        for d, t in truths():
            with self.subTest(persona=d.name):
                rows = t["pii"]
                assert isinstance(rows, list)
                assert len({r["value"] for r in rows}) >= 25
                seen = set()
                for r in rows:
                    assert list(r) == ["file", "entity_type", "value"]
                    assert r["entity_type"] in TYPES
                    key = (r["file"], r["value"])
                    assert key not in seen, "listed twice in one file"
                    seen.add(key)


class PiiInFiles(unittest.TestCase):
    def test_every_value_is_a_substring_of_its_decoded_file(self) -> None:
        for d, t in truths():
            for r in t["pii"]:
                with self.subTest(persona=d.name, file=r["file"], value=r["value"]):
                    path = d / r["file"]
                    assert path.is_file()
                    assert r["value"] in gen.decoded_view(path)

    def test_checksums(self) -> None:
        for _, t in truths():
            for r in t["pii"]:
                v, et = r["value"], r["entity_type"]
                digits = re.sub(r"\D", "", v)
                if et in ("CREDIT_CARD", "CN_BANK_CARD"):
                    assert gen.luhn_ok(digits), v
                elif et == "UK_NHS":
                    assert gen.nhs_ok(digits), v
                elif et == "ABA_ROUTING_NUMBER":
                    assert gen.aba_ok(digits), v
                elif et == "CN_ID_CARD":
                    assert gen.cn_id_check(v[:17]) == v
                elif et == "IBAN_CODE":
                    s = v.replace(" ", "")
                    n = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
                    assert n % 97 == 1, v

    def test_fictional_ranges(self) -> None:
        for _, t in truths():
            for r in t["pii"]:
                v = r["value"]
                if r["entity_type"] == "EMAIL_ADDRESS":
                    assert re.search(r"@example\.(com|org|net)$", v)
                if r["entity_type"] == "PHONE_NUMBER" and (
                    "+44" in v or v.startswith(("07", "(07"))
                ):
                    assert re.search(r"7700900\d{3}$", re.sub(r"\D", "", v))
                if r["entity_type"] == "PHONE_NUMBER" and ("612" in v):
                    assert re.search(r"55501\d\d$", re.sub(r"\D", "", v))


if __name__ == "__main__":
    unittest.main()
