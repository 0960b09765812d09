# -*- coding: utf-8 -*-
"""heldout22: the generator is deterministic and the ground truth is consistent with the files."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS_DIR = os.path.join(HERE, "personas")
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from h22_common import ENTITY_TYPES, aba_ok, cn_id_ok, itin_ok, luhn_ok, ssn_ok  # noqa: E402

PERSONA_IDS = ["cn_xiamen_tea", "cn_wuhan_driver", "us_atlanta_nurse"]
TOP_KEYS = {"schema_version", "persona", "fictional", "independent", "description", "timezone", "user", "pii", "facts"}
FACT_KEYS = {"home", "work", "sleep_window", "top_contacts", "relationships", "religion", "health", "politics",
             "financial_stress", "gambling", "gaming", "salary", "risky_contact"}


def decode_file(path):
    """Decode a persona file the way its format is meant to be read."""
    with open(path, "rb") as fh:
        raw = fh.read()
    if "/alipay/" in path.replace(os.sep, "/"):
        return raw.decode("gbk")
    text = raw.decode("utf-8-sig")
    if path.endswith(".json"):
        # JSON string values decoded: gather every string in the document
        out = []

        def walk(o):
            if isinstance(o, str):
                out.append(o)
            elif isinstance(o, dict):
                for k, v in o.items():
                    out.append(k)
                    walk(v)
            elif isinstance(o, list):
                for v in o:
                    walk(v)
        walk(json.loads(text))
        return text + "\n" + "\n".join(out)
    return text


def snapshot(root):
    out = {}
    for dp, _, fns in os.walk(root):
        for fn in fns:
            p = os.path.join(dp, fn)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, root)] = fh.read()
    return out


class GeneratorDeterminism(unittest.TestCase):
    def test_regenerates_identically_under_other_tz_and_hashseed(self):
        committed = snapshot(PERSONAS_DIR)
        self.assertTrue(committed, "run generate.py first")
        for tz, seed in (("UTC", "0"), ("Pacific/Auckland", "12345")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), tmp], check=True, env=env,
                               stdout=subprocess.DEVNULL)
                fresh = snapshot(os.path.join(tmp, "personas"))
                self.assertEqual(sorted(fresh), sorted(committed))
                for rel in committed:
                    self.assertEqual(fresh[rel], committed[rel], "%s differs under TZ=%s" % (rel, tz))


class GroundTruth(unittest.TestCase):
    def load(self, pid):
        with open(os.path.join(PERSONAS_DIR, pid, "ground_truth.json"), encoding="utf-8") as fh:
            return json.load(fh)

    def test_schema(self):
        for pid in PERSONA_IDS:
            gt = self.load(pid)
            self.assertEqual(set(gt), TOP_KEYS, pid)
            self.assertEqual(gt["schema_version"], 1)
            self.assertEqual(gt["persona"], pid)
            self.assertIs(gt["fictional"], True)
            self.assertIs(gt["independent"], True)
            for k in ("names", "phones", "emails", "handles"):
                self.assertIsInstance(gt["user"][k], list)
            self.assertTrue(FACT_KEYS <= set(gt["facts"]), pid)
            f = gt["facts"]
            for k in ("home", "work"):
                self.assertIsInstance(f[k]["lat"], float)
                self.assertIsInstance(f[k]["lon"], float)
                self.assertEqual(f[k]["radius_m"], 300)
            self.assertRegex(f["sleep_window"]["start"], r"^\d\d:\d\d$")
            self.assertRegex(f["sleep_window"]["end"], r"^\d\d:\d\d$")
            self.assertEqual(len(f["top_contacts"]), 3)
            trues = [k for k in ("religion", "health", "politics", "financial_stress", "gambling", "gaming")
                     if f[k]["value"] not in (False, None)]
            self.assertTrue(2 <= len(trues) <= 3, (pid, trues))
            self.assertIs(f["politics"]["value"], False)
            self.assertRegex(f["salary"]["amount"], r"^\d+\.\d\d$")
            self.assertTrue(f["risky_contact"]["name"])
            seen = set()
            for item in gt["pii"]:
                self.assertEqual(set(item), {"file", "entity_type", "value"})
                self.assertIn(item["entity_type"], ENTITY_TYPES)
                key = (item["file"], item["value"])
                self.assertNotIn(key, seen, key)
                seen.add(key)

    def test_pii_values_are_substrings_of_decoded_files(self):
        for pid in PERSONA_IDS:
            gt = self.load(pid)
            cache = {}
            for item in gt["pii"]:
                path = os.path.join(PERSONAS_DIR, pid, *item["file"].split("/"))
                self.assertTrue(os.path.isfile(path), path)
                if path not in cache:
                    cache[path] = decode_file(path)
                self.assertIn(item["value"], cache[path], (pid, item))

    def test_planted_numbers_have_valid_checksums(self):
        for pid in PERSONA_IDS:
            for item in self.load(pid)["pii"]:
                t, v = item["entity_type"], item["value"]
                d = re.sub(r"\D", "", v)
                if t in ("CREDIT_CARD", "CN_BANK_CARD"):
                    self.assertTrue(luhn_ok(v), v)
                elif t == "CN_ID_CARD":
                    self.assertTrue(cn_id_ok(v), v)
                elif t == "ABA_ROUTING_NUMBER":
                    self.assertTrue(aba_ok(v), v)
                elif t == "US_SSN":
                    self.assertTrue(ssn_ok(v), v)
                elif t == "US_ITIN":
                    self.assertTrue(itin_ok(v), v)
                elif t == "US_PASSPORT":
                    self.assertRegex(v, r"^([A-Z]\d{8}|\d{9})$")
                elif t == "CN_PASSPORT":
                    self.assertRegex(v, r"^E[A-Z0-9]\d{7}$")
                elif t == "QQ_NUMBER":
                    self.assertRegex(v, r"^[1-9]\d{4,10}$")
                elif t == "PHONE_NUMBER" and pid.startswith("us_"):
                    self.assertRegex(d, r"^1?\d{3}55501\d\d$", v)
                elif t == "PHONE_NUMBER" and re.fullmatch(r"[\d \-+]+", v) and len(d) == 11 and d.startswith("1"):
                    self.assertRegex(d, r"^1[3-9]\d{9}$", v)
                elif t == "EMAIL_ADDRESS":
                    self.assertRegex(v, r"@([a-z0-9.-]+\.)?example\.(com|org|net|cn)$", v)

    def test_group_risky_contact_and_counts(self):
        for pid in PERSONA_IDS:
            gt = self.load(pid)
            m = re.search(r"posts (\d+) distinct", gt["facts"]["risky_contact"]["why"])
            self.assertTrue(m and 60 <= int(m.group(1)) <= 75, pid)

    def test_payment_csvs_parse(self):
        root = os.path.join(PERSONAS_DIR, "cn_xiamen_tea")
        text = decode_file(os.path.join(root, "alipay", "alipay_record_20241101_091544_1.csv"))
        lines = text.split("\n")
        hdr = [i for i, l in enumerate(lines) if l.startswith("交易时间")][0]
        rows = [l for l in lines[hdr + 1:] if l.strip()]
        self.assertTrue(all(l.endswith(",") for l in rows))
        pp = decode_file(os.path.join(PERSONAS_DIR, "us_atlanta_nurse", "paypal", "Download.CSV"))
        recs = list(csv.DictReader(io.StringIO(pp)))
        self.assertTrue(any(r["Type"] == "Direct Deposit" for r in recs))


if __name__ == "__main__":
    unittest.main()
