"""Determinism, schema and checksum tests for the heldout20 blind personas."""
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h20_common import aba_ok, cn_id_ok, decode_file, itin_ok, luhn_ok, ssn_ok  # noqa: E402

PERSONAS = os.path.join(HERE, "personas")
IDS = ["cn_chengdu_hotpot", "cn_guangzhou_media", "us_houston_hygienist"]
TYPES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE",
         "ABA_ROUTING_NUMBER", "UK_NINO", "UK_NHS", "UK_PASSPORT", "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN",
         "US_PASSPORT", "US_DRIVER_LICENSE", "LICENSE_PLATE", "USERNAME", "CN_ID_CARD", "CN_PASSPORT", "CN_BANK_CARD",
         "QQ_NUMBER", "WECHAT_ID", "URL"}


def _tree(root):
    out = []
    for r, _d, fs in os.walk(root):
        for f in fs:
            out.append(os.path.relpath(os.path.join(r, f), root))
    return sorted(out)


class GeneratorTest(unittest.TestCase):
    def test_deterministic(self):
        for tz, seed in (("UTC", "0"), ("Pacific/Auckland", "12345")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), tmp], check=True, env=env,
                               stdout=subprocess.DEVNULL)
                self.assertEqual(_tree(tmp), _tree(PERSONAS))
                for rel in _tree(PERSONAS):
                    self.assertTrue(filecmp.cmp(os.path.join(tmp, rel), os.path.join(PERSONAS, rel), shallow=False),
                                    "%s differs under TZ=%s" % (rel, tz))

    def test_ground_truth(self):
        for pid in IDS:
            pdir = os.path.join(PERSONAS, pid)
            with open(os.path.join(pdir, "ground_truth.json"), encoding="utf-8") as f:
                gt = json.load(f)
            self.assertEqual(gt["schema_version"], 1)
            self.assertEqual(gt["persona"], pid)
            self.assertTrue(gt["fictional"] and gt["independent"])
            for k in ("names", "phones", "emails", "handles"):
                self.assertIsInstance(gt["user"][k], list)
            facts = gt["facts"]
            for k in ("home", "work", "sleep_window", "top_contacts", "relationships", "religion", "health", "politics",
                      "financial_stress", "gambling", "gaming", "salary", "risky_contact"):
                self.assertIn(k, facts)
            self.assertEqual(len(facts["top_contacts"]), 3)
            trues = [k for k in ("religion", "health", "politics", "financial_stress", "gambling", "gaming")
                     if facts[k]["value"]]
            self.assertTrue(2 <= len(trues) <= 3, trues)
            self.assertFalse(facts["politics"]["value"])
            seen = set()
            cache = {}
            for e in gt["pii"]:
                self.assertIn(e["entity_type"], TYPES)
                key = (e["file"], e["value"])
                self.assertNotIn(key, seen)
                seen.add(key)
                if e["file"] not in cache:
                    cache[e["file"]] = decode_file(os.path.join(pdir, e["file"]))
                self.assertIn(e["value"], cache[e["file"]], key)

    def test_checksums(self):
        checks = {"CREDIT_CARD": luhn_ok, "CN_BANK_CARD": luhn_ok, "CN_ID_CARD": cn_id_ok,
                  "ABA_ROUTING_NUMBER": aba_ok, "US_SSN": ssn_ok, "US_ITIN": itin_ok}
        n = 0
        for pid in IDS:
            with open(os.path.join(PERSONAS, pid, "ground_truth.json"), encoding="utf-8") as f:
                gt = json.load(f)
            for e in gt["pii"]:
                fn = checks.get(e["entity_type"])
                if fn:
                    n += 1
                    self.assertTrue(fn(e["value"]), e)
                if e["entity_type"] == "CN_PASSPORT":
                    self.assertRegex(e["value"], r"^E[0-9A-HJ-NP-Z]?\d{7,8}$")
                if e["entity_type"] == "PHONE_NUMBER" and pid.startswith("us_"):
                    self.assertIn("555", e["value"])
                if e["entity_type"] == "EMAIL_ADDRESS":
                    self.assertTrue(re.search(r"example\.(com|org|net|cn)$", e["value"]), e)
        self.assertGreaterEqual(n, 8)

    def test_message_counts(self):
        import generate
        with tempfile.TemporaryDirectory() as tmp:
            res = generate.main(tmp)
        for pid, (counts, npay, _pii) in res.items():
            self.assertTrue(650 <= sum(counts.values()) <= 850, (pid, counts))
            self.assertTrue(80 <= npay <= 150, (pid, npay))


if __name__ == "__main__":
    unittest.main()
