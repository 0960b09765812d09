"""Determinism, schema and checksum tests for the heldout21 blind persona set."""
import filecmp
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from h21_common import CHECKERS, decode_file  # noqa: E402

PERSONAS = os.path.join(HERE, "personas")
IDS = ["cn_liu_fengqin", "uk_leanne_robson", "us_abdi_yusuf"]
TYPES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE",
         "ABA_ROUTING_NUMBER", "UK_NINO", "UK_NHS", "UK_PASSPORT", "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN",
         "US_PASSPORT", "US_DRIVER_LICENSE", "LICENSE_PLATE", "USERNAME", "CN_ID_CARD", "CN_PASSPORT",
         "CN_BANK_CARD", "QQ_NUMBER", "WECHAT_ID", "URL"}
FACT_KEYS = {"home", "work", "sleep_window", "top_contacts", "relationships", "religion", "health", "politics",
             "financial_stress", "gambling", "gaming", "salary", "risky_contact"}


def _files(root):
    out = []
    for r, _d, fs in os.walk(root):
        for f in fs:
            out.append(os.path.relpath(os.path.join(r, f), root))
    return sorted(out)


class TestDeterminism(unittest.TestCase):
    def test_regenerate_identical(self):
        for tz, seed in (("Pacific/Auckland", "1"), ("America/Los_Angeles", "4242")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), tmp], check=True, env=env,
                               stdout=subprocess.DEVNULL)
                self.assertEqual(_files(tmp), _files(PERSONAS))
                for rel in _files(tmp):
                    a, b = os.path.join(tmp, rel), os.path.join(PERSONAS, rel)
                    self.assertTrue(filecmp.cmp(a, b, shallow=False), "%s differs under TZ=%s" % (rel, tz))


class TestGroundTruth(unittest.TestCase):
    def load(self, pid):
        with open(os.path.join(PERSONAS, pid, "ground_truth.json"), encoding="utf-8") as f:
            return json.load(f)

    def test_schema(self):
        for pid in IDS:
            gt = self.load(pid)
            self.assertEqual(gt["schema_version"], 1)
            self.assertEqual(gt["persona"], pid)
            self.assertIs(gt["fictional"], True)
            self.assertIs(gt["independent"], True)
            for k in ("names", "phones", "emails", "handles"):
                self.assertIsInstance(gt["user"][k], list)
            self.assertEqual(set(gt["facts"]), FACT_KEYS)
            f = gt["facts"]
            for k in ("home", "work"):
                self.assertIsInstance(f[k]["lat"], float)
                self.assertEqual(f[k]["radius_m"], 300)
            self.assertEqual(len(f["top_contacts"]), 3)
            true_ = [k for k in ("religion", "health", "politics", "financial_stress", "gambling", "gaming")
                     if f[k]["value"] not in (False,)]
            self.assertIn(len(true_), (2, 3))
            self.assertIs(f["politics"]["value"], False)
            seen = set()
            for e in gt["pii"]:
                self.assertEqual(set(e), {"file", "entity_type", "value"})
                self.assertIn(e["entity_type"], TYPES)
                self.assertNotIn((e["file"], e["value"]), seen)
                seen.add((e["file"], e["value"]))

    def test_pii_substrings(self):
        for pid in IDS:
            gt = self.load(pid)
            cache = {}
            for e in gt["pii"]:
                path = os.path.join(PERSONAS, pid, e["file"])
                if path not in cache:
                    cache[path] = decode_file(path)
                self.assertIn(e["value"], cache[path], "%s: %r not in %s" % (pid, e["value"], e["file"]))

    def test_checksums(self):
        n = 0
        for pid in IDS:
            for e in self.load(pid)["pii"]:
                chk = CHECKERS.get(e["entity_type"])
                if chk:
                    n += 1
                    self.assertTrue(chk(e["value"]), "%s %s %s" % (pid, e["entity_type"], e["value"]))
        self.assertGreater(n, 10)

    def test_message_counts_and_top_contacts(self):
        for pid in IDS:
            f = self.load(pid)["facts"]
            counts = [c["messages"] for c in f["top_contacts"]]
            self.assertEqual(counts, sorted(counts, reverse=True))

    def test_encodings(self):
        ali = os.path.join(PERSONAS, "cn_liu_fengqin", "alipay", "alipay_record_20240602_0920.csv")
        with open(ali, "rb") as fh:
            raw = fh.read()
        self.assertRaises(UnicodeDecodeError, raw.decode, "utf-8")
        self.assertIn("交易时间", raw.decode("gbk"))
        ig = os.path.join(PERSONAS, "uk_leanne_robson", "instagram-leannedoeshair_ne-2024-05-02",
                          "your_instagram_activity", "comments", "post_comments_1.json")
        with open(ig, encoding="utf-8") as fh:
            txt = fh.read()
        self.assertIn("\\u00c3\\u00b3", txt)  # mojibake of ó


if __name__ == "__main__":
    unittest.main()
