"""Checks for the independent12 blind corpus (stdlib unittest)."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import i12_ids as ids  # noqa: E402

FILES = {
    "zh_pii_labelled.jsonl": 500,
    "en_pii_labelled.jsonl": 250,
    "zh_pii_free_hard.jsonl": 500,
    "en_pii_free_hard.jsonl": 250,
}
TYPES = {
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT",
    "IBAN_CODE", "IP_ADDRESS", "URL", "USERNAME", "LICENSE_PLATE", "UK_NINO", "UK_NHS",
    "UK_PASSPORT", "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN", "US_PASSPORT",
    "US_DRIVER_LICENSE", "CN_ID_CARD", "CN_PASSPORT", "CN_BANK_CARD", "QQ_NUMBER", "WECHAT_ID",
}


def load(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def regenerate(env_extra):
    out = tempfile.mkdtemp(prefix="i12_")
    env = dict(os.environ)
    env.update(env_extra)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--out", out],
                   check=True, env=env, cwd=tempfile.gettempdir())
    return out


def read_bytes(folder):
    res = {}
    for name in FILES:
        with open(os.path.join(folder, name), "rb") as fh:
            res[name] = fh.read()
    return res


class GeneratorTest(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.a, ignore_errors=True)
        shutil.rmtree(cls.b, ignore_errors=True)

    @classmethod
    def setUpClass(cls):
        cls.a = regenerate({"TZ": "UTC", "PYTHONHASHSEED": "0", "LC_ALL": "C", "LANG": "C"})
        cls.b = regenerate({"TZ": "Asia/Shanghai", "PYTHONHASHSEED": "4242",
                            "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})

    def test_deterministic(self):
        ba, bb = read_bytes(self.a), read_bytes(self.b)
        for name in FILES:
            self.assertEqual(ba[name], bb[name], name)

    def test_committed_files_match_generator(self):
        ba, here = read_bytes(self.a), read_bytes(HERE)
        for name in FILES:
            self.assertEqual(ba[name], here[name], "%s is stale: rerun generate.py" % name)


class ContentTest(unittest.TestCase):
    def test_sizes_and_uniqueness(self):
        for name, n in FILES.items():
            rows = load(HERE, name)
            self.assertEqual(len(rows), n, name)
            texts = [r["text"] for r in rows]
            self.assertEqual(len(set(texts)), n, "duplicate lines in %s" % name)

    def test_free_files_have_no_entities(self):
        for name in ("zh_pii_free_hard.jsonl", "en_pii_free_hard.jsonl"):
            for r in load(HERE, name):
                self.assertEqual(set(r), {"text"}, r)
                self.assertTrue(r["text"].strip())

    def test_spans(self):
        for name in ("zh_pii_labelled.jsonl", "en_pii_labelled.jsonl"):
            empty = 0
            for r in load(HERE, name):
                self.assertEqual(set(r), {"text", "entities"})
                text = r["text"]
                ents = r["entities"]
                if not ents:
                    empty += 1
                last_end = -1
                for e in ents:
                    self.assertEqual(set(e), {"type", "start", "end", "value"})
                    self.assertIn(e["type"], TYPES)
                    self.assertEqual(text[e["start"]:e["end"]], e["value"], (text, e))
                    self.assertEqual(e["value"], e["value"].strip(), e)
                    self.assertTrue(e["value"])
                    self.assertGreaterEqual(e["start"], last_end, ("overlap/unsorted", text, e))
                    last_end = e["end"]
            self.assertGreater(empty, 0, name)

    def test_checksums_and_formats(self):
        rows = load(HERE, "zh_pii_labelled.jsonl") + load(HERE, "en_pii_labelled.jsonl")
        seen = set()
        for r in rows:
            text = r["text"]
            for e in r["entities"]:
                t, v = e["type"], e["value"]
                seen.add(t)
                if t == "CN_ID_CARD":
                    self.assertTrue(ids.cn_id_ok(v), v)
                elif t in ("CN_BANK_CARD", "CREDIT_CARD"):
                    self.assertTrue(ids.luhn_ok(v), v)
                    if t == "CN_BANK_CARD":
                        self.assertTrue(v.startswith("62"), v)
                elif t == "IBAN_CODE":
                    self.assertTrue(ids.iban_ok(v), v)
                elif t == "UK_NHS":
                    self.assertTrue(ids.nhs_ok(v), v)
                elif t == "UK_NINO":
                    self.assertTrue(ids.nino_ok(v), v)
                elif t == "UK_DRIVING_LICENCE":
                    self.assertRegex(v, r"^[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z][A-Z9]9[A-Z]{2}$")
                elif t == "UK_PASSPORT":
                    self.assertRegex(v, r"^\d{9}$")
                elif t == "US_SSN":
                    m = re.match(r"^(\d{3})[- ](\d{2})[- ](\d{4})$", v)
                    self.assertTrue(m, v)
                    area = int(m.group(1))
                    self.assertTrue(0 < area < 900 and area != 666, v)
                    self.assertNotEqual(m.group(2), "00")
                    self.assertNotEqual(m.group(3), "0000")
                elif t == "US_ITIN":
                    m = re.match(r"^9\d{2}-(\d{2})-\d{4}$", v)
                    self.assertTrue(m, v)
                    self.assertIn(int(m.group(1)), ids.ITIN_GROUPS)
                elif t == "CN_PASSPORT":
                    self.assertRegex(v, r"^E([0-9]{8}|[A-HJ-NP-Z][0-9]{7})$")
                elif t == "QQ_NUMBER":
                    self.assertRegex(v, r"^[1-9]\d{4,10}$")
                elif t == "WECHAT_ID":
                    self.assertRegex(v, r"^[A-Za-z][-_A-Za-z0-9]{5,19}$")
                elif t == "EMAIL_ADDRESS":
                    self.assertRegex(v, r"^[^@\s]+@([a-z]+\.)*example\.[a-z.]+$")
                elif t == "IP_ADDRESS":
                    self.assertTrue(v.startswith(("203.0.113.", "198.51.100.", "192.0.2.", "2001:db8:")), v)
                elif t == "BANK_ACCOUNT":
                    before = text[max(0, e["start"] - 25):e["start"]].lower()
                    if "routing" in before and not re.search(r"\d", before.split("routing")[-1]):
                        self.assertTrue(ids.aba_ok(v), (text, v))
        for t in ("PERSON", "PHONE_NUMBER", "CN_ID_CARD", "UK_NINO", "US_SSN", "IBAN_CODE"):
            self.assertIn(t, seen)

    def test_cn_mobiles(self):
        for r in load(HERE, "zh_pii_labelled.jsonl"):
            for e in r["entities"]:
                if e["type"] != "PHONE_NUMBER":
                    continue
                v = e["value"]
                if not re.search(r"\d", v):  # spoken digits (幺三八...)
                    self.assertEqual(len(v), 11, v)
                    continue
                if v.startswith("0"):  # landline with area code
                    self.assertRegex(v, r"^0\d{2,3}[- ]?\d{7,8}$")
                    continue
                d = re.sub(r"\D", "", v)
                if d.startswith("86") and len(d) == 13:
                    d = d[2:]
                self.assertRegex(d, r"^1[3-9]\d{9}$", v)

    def test_fictional_phone_ranges(self):
        for r in load(HERE, "en_pii_labelled.jsonl"):
            for e in r["entities"]:
                if e["type"] != "PHONE_NUMBER":
                    continue
                v = e["value"]
                d = re.sub(r"\D", "", v)
                if d.startswith(("447700", "07700", "01632", "441632")):
                    self.assertTrue("7700900" in d or "1632960" in d, v)
                if re.search(r"\b555\b|555[-. ]?01", v) or (len(d) in (10, 11) and d[-7:-4] == "555"):
                    self.assertRegex(d, r"55501\d\d$", v)


if __name__ == "__main__":
    unittest.main()
