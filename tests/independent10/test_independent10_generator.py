"""Checks for the independent10 blind corpus: determinism, span integrity, checksums."""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import i10_ids as ids  # noqa: E402
import i10_en as en  # noqa: E402
import i10_zh as zh  # noqa: E402

FILES = ["en_pii_labelled.jsonl", "zh_pii_labelled.jsonl", "en_pii_free_hard.jsonl", "zh_pii_free_hard.jsonl"]
TYPES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE",
         "IP_ADDRESS", "URL", "USERNAME", "LICENSE_PLATE", "UK_NINO", "UK_NHS", "UK_PASSPORT",
         "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "CN_ID_CARD",
         "CN_PASSPORT", "CN_BANK_CARD", "QQ_NUMBER", "WECHAT_ID"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


class GeneratorTest(unittest.TestCase):
    def test_deterministic_across_environments(self):
        envs = [{"TZ": "UTC", "PYTHONHASHSEED": "0", "LC_ALL": "C"},
                {"TZ": "Asia/Shanghai", "PYTHONHASHSEED": "12345", "LC_ALL": "C.UTF-8"}]
        outs = []
        for extra in envs:
            env = dict(os.environ, **extra)
            with tempfile.TemporaryDirectory(prefix="i10_") as d:
                subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), d], check=True, env=env)
                got = {}
                for f in FILES:
                    with open(os.path.join(d, f), "rb") as fh:
                        got[f] = fh.read()
                outs.append(got)
        self.assertEqual(outs[0], outs[1])
        for f in FILES:
            with open(os.path.join(HERE, f), "rb") as fh:
                self.assertEqual(fh.read(), outs[0][f], f"{f} is stale; rerun generate.py")

    def test_counts_and_distinct(self):
        for f in FILES:
            rows = load(os.path.join(HERE, f))
            self.assertEqual(len(rows), 400, f)
            texts = [r["text"] for r in rows]
            self.assertEqual(len(set(texts)), 400, f)
            if "free" in f:
                self.assertTrue(all(set(r) == {"text"} for r in rows))
            else:
                none = sum(1 for r in rows if not r["entities"])
                self.assertTrue(50 <= none <= 70, (f, none))

    def test_spans(self):
        for f in FILES[:2]:
            for r in load(os.path.join(HERE, f)):
                t = r["text"]
                prev_end = -1
                for e in sorted(r["entities"], key=lambda e: e["start"]):
                    self.assertIn(e["type"], TYPES)
                    self.assertEqual(t[e["start"]:e["end"]], e["value"], (f, t))
                    self.assertEqual(e["value"], e["value"].strip(), (f, e))
                    self.assertTrue(e["value"])
                    self.assertGreaterEqual(e["start"], prev_end, (f, t))
                    prev_end = e["end"]

    def test_person_share(self):
        for f in FILES[:2]:
            ents = [e for r in load(os.path.join(HERE, f)) for e in r["entities"]]
            share = sum(1 for e in ents if e["type"] == "PERSON") / len(ents)
            self.assertTrue(0.33 <= share <= 0.5, (f, share))

    def test_checksums_and_fictional_ranges(self):
        for f in FILES[:2]:
            for r in load(os.path.join(HERE, f)):
                for e in r["entities"]:
                    v, ty = e["value"], e["type"]
                    digits = re.sub(r"\D", "", v)
                    if ty in ("CREDIT_CARD", "CN_BANK_CARD"):
                        self.assertTrue(ids.luhn_ok(v), v)
                    elif ty == "CN_ID_CARD":
                        self.assertTrue(ids.cn_id_ok(v), v)
                    elif ty == "IBAN_CODE":
                        self.assertTrue(ids.iban_ok(v), v)
                    elif ty == "UK_NHS":
                        self.assertTrue(ids.nhs_ok(v), v)
                    elif ty == "UK_NINO":
                        self.assertTrue(ids.nino_ok(v), v)
                    elif ty == "BANK_ACCOUNT" and len(digits) == 9:
                        self.assertTrue(ids.aba_ok(digits), v)
                    elif ty == "EMAIL_ADDRESS":
                        self.assertRegex(v.lower(), r"@([a-z.]+\.)?example\.(com|org|net|cn|com\.cn)$")
                    elif ty == "PHONE_NUMBER" and f.startswith("en"):
                        self.assertTrue("7700900" in digits or "1632960" in digits or re.search(r"55501\d\d$", digits), v)
                    elif ty == "PHONE_NUMBER" and f.startswith("zh") and not v.startswith(("0", "(")):
                        self.assertRegex(digits[-11:], r"^1[3-9]\d{9}$")
                    elif ty == "US_SSN":
                        self.assertFalse(digits.startswith(("000", "666", "9")), v)
                    elif ty == "US_ITIN":
                        self.assertTrue(digits.startswith("9") and (70 <= int(digits[3:5]) <= 99), v)

    def test_brand_cap(self):
        for lang, brands, files in (("en", en.BRANDS, FILES[0::2]), ("zh", zh.BRANDS, FILES[1::2])):
            texts = [r["text"] for f in files for r in load(os.path.join(HERE, f))]
            for b in brands:
                if lang == "en":
                    rx = re.compile(r"(?<![A-Za-z])" + re.escape(b) + r"(?![A-Za-z])")
                    n = sum(1 for t in texts if rx.search(t))
                else:
                    n = sum(1 for t in texts if b in t)
                self.assertLessEqual(n, 3, (lang, b))

    def test_free_numbers_not_checksum_valid(self):
        import generate
        for f in FILES[2:]:
            for r in load(os.path.join(HERE, f)):
                self.assertFalse(generate.looks_like_id(r["text"]), r["text"])

    def test_spec_example_names_absent(self):
        for f in FILES[1::2]:
            for r in load(os.path.join(HERE, f)):
                for bad in ("王总", "李姐", "周老师"):
                    self.assertNotIn(bad, r["text"])


if __name__ == "__main__":
    unittest.main()
