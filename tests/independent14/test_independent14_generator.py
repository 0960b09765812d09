"""Checks for the blind corpus independent14 (stdlib unittest only)."""
import datetime
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("independent14_generate", os.path.join(HERE, "generate.py"))
generate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate)

FILES = ["en_pii_labelled.jsonl", "zh_pii_labelled.jsonl",
         "en_pii_free_hard.jsonl", "zh_pii_free_hard.jsonl"]
LABELLED = FILES[:2]
FREE = FILES[2:]
TYPES = set(generate.CODES.values())
ENVS = [
    {"TZ": "UTC", "PYTHONHASHSEED": "0", "LC_ALL": "C", "LANG": "C"},
    {"TZ": "Asia/Shanghai", "PYTHONHASHSEED": "4242", "LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"},
]


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def digits_of(value):
    return re.sub(r"\D", "", value)


class RegenerationTest(unittest.TestCase):
    def test_byte_identical_under_two_environments(self):
        outputs = []
        for env_extra in ENVS:
            env = dict(os.environ)
            env.update(env_extra)
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), tmp],
                               check=True, env=env)
                blobs = {}
                for name in FILES:
                    with open(os.path.join(tmp, name), "rb") as fh:
                        blobs[name] = fh.read()
                outputs.append(blobs)
        self.assertEqual(outputs[0], outputs[1])
        for name in FILES:
            with open(os.path.join(HERE, name), "rb") as fh:
                self.assertEqual(fh.read(), outputs[0][name], name + " differs from a fresh run")


class ShapeTest(unittest.TestCase):
    def test_line_counts_and_keys(self):
        for name in FILES:
            rows = load(name)
            self.assertEqual(len(rows), 400, name)
            texts = [r["text"] for r in rows]
            self.assertEqual(len(set(texts)), 400, name + " has duplicate texts")
            for r in rows:
                self.assertTrue(r["text"].strip())
                self.assertNotIn("{", r["text"])
                self.assertNotIn("}", r["text"])
                if name in FREE:
                    self.assertEqual(list(r), ["text"])
                else:
                    self.assertEqual(list(r), ["text", "entities"])

    def test_empty_lines_and_person_share(self):
        for name in LABELLED:
            rows = load(name)
            empty = sum(1 for r in rows if not r["entities"])
            self.assertTrue(50 <= empty <= 70, (name, empty))
            spans = [e for r in rows for e in r["entities"]]
            share = sum(1 for e in spans if e["type"] == "PERSON") / len(spans)
            self.assertTrue(0.35 <= share <= 0.46, (name, share))


class SpanTest(unittest.TestCase):
    def test_spans(self):
        for name in LABELLED:
            for r in load(name):
                text = r["text"]
                last_end = -1
                for e in r["entities"]:
                    self.assertEqual(list(e), ["type", "start", "end", "value"])
                    self.assertIn(e["type"], TYPES)
                    self.assertEqual(text[e["start"]:e["end"]], e["value"], text)
                    self.assertEqual(e["value"], e["value"].strip(), text)
                    self.assertLess(e["start"], e["end"])
                    self.assertGreaterEqual(e["start"], last_end, "overlap or disorder: " + text)
                    last_end = e["end"]


def cnid_ok(v):
    v = v.upper()
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    try:
        datetime.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return generate.cnid_check(v[:17]) == v[17]


class ChecksumTest(unittest.TestCase):
    def values(self, etype):
        out = []
        for name in LABELLED:
            for r in load(name):
                out.extend(e["value"] for e in r["entities"] if e["type"] == etype)
        self.assertTrue(out, etype)
        return out

    def test_cards(self):
        for v in self.values("CREDIT_CARD"):
            d = digits_of(v)
            self.assertIn(len(d), (15, 16), v)
            self.assertTrue(generate.luhn_ok(d), v)
        for v in self.values("CN_BANK_CARD"):
            d = digits_of(v)
            self.assertIn(len(d), (16, 19), v)
            self.assertTrue(d.startswith("62"), v)
            self.assertTrue(generate.luhn_ok(d), v)

    def test_cn_id(self):
        for v in self.values("CN_ID_CARD"):
            self.assertTrue(cnid_ok(v), v)

    def test_iban(self):
        for v in self.values("IBAN_CODE"):
            self.assertTrue(generate.iban_ok(v), v)

    def test_nhs(self):
        for v in self.values("UK_NHS"):
            d = digits_of(v)
            self.assertEqual(len(d), 10, v)
            self.assertEqual(generate.nhs_check(d[:9]), int(d[9]), v)

    def test_nino(self):
        for v in self.values("UK_NINO"):
            s = v.replace(" ", "").upper()
            self.assertRegex(s, r"^[A-Z]{2}\d{6}[A-D]$")
            self.assertTrue(generate.nino_prefix_ok(s[:2]), v)

    def test_routing_numbers(self):
        nine = [v for v in self.values("BANK_ACCOUNT") if re.fullmatch(r"\d{9}", v)]
        self.assertTrue(nine)
        for v in nine:
            self.assertTrue(generate.aba_ok(v), v)

    def test_ssn_itin(self):
        for v in self.values("US_SSN"):
            d = digits_of(v)
            self.assertEqual(len(d), 9, v)
            area, grp, ser = int(d[:3]), int(d[3:5]), int(d[5:])
            self.assertTrue(0 < area < 900 and area != 666 and grp > 0 and ser > 0, v)
        for v in self.values("US_ITIN"):
            d = digits_of(v)
            self.assertEqual(len(d), 9, v)
            grp = int(d[3:5])
            self.assertEqual(d[0], "9", v)
            self.assertTrue(50 <= grp <= 65 or 70 <= grp <= 88 or 90 <= grp <= 92 or 94 <= grp <= 99, v)

    def test_uk_driving_licence(self):
        for v in self.values("UK_DRIVING_LICENCE"):
            self.assertRegex(v, r"^[A-Z9]{5}\d{6}[A-Z9]{2}9[A-Z]{2}$")
            month = int(v[6:8])
            self.assertTrue(1 <= month <= 12 or 51 <= month <= 62, v)

    def test_phones_fictional(self):
        for v in self.values("PHONE_NUMBER"):
            d = digits_of(v)
            ok = (re.fullmatch(r"(44|0)7700900\d{3}", d) or re.fullmatch(r"(44|0)1632960\d{3}", d)
                  or re.fullmatch(r"1?\d{3}55501\d\d", d)
                  or re.fullmatch(r"(86)?1[3-9]\d{9}", d) or re.fullmatch(r"0\d{2,3}\d{7,8}", d))
            self.assertTrue(ok, v)

    def test_emails_example_domains(self):
        for v in self.values("EMAIL_ADDRESS"):
            self.assertRegex(v.lower(), r"@example\.(com|org|net|cn|com\.cn)$")

    def test_ip_documentation_ranges(self):
        for v in self.values("IP_ADDRESS"):
            self.assertTrue(v.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")), v)


if __name__ == "__main__":
    unittest.main()
