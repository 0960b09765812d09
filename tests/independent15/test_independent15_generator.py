"""Checks for the independent15 corpus generator (stdlib unittest).

* the generator is deterministic: two runs under different TZ / PYTHONHASHSEED / locale settings
  give byte-identical files, equal to the committed ones;
* every span matches its text, spans do not overlap and carry no surrounding blanks;
* identifiers pass their checksums and stay inside fictional ranges (re-implemented here, not
  imported from the generator).
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ("en_pii_labelled.jsonl", "zh_pii_labelled.jsonl",
         "en_pii_free_hard.jsonl", "zh_pii_free_hard.jsonl")
TYPES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE",
         "IP_ADDRESS", "URL", "USERNAME", "LICENSE_PLATE", "UK_NINO", "UK_NHS", "UK_PASSPORT",
         "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "CN_ID_CARD",
         "CN_PASSPORT", "CN_BANK_CARD", "QQ_NUMBER", "WECHAT_ID"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def only_digits(s):
    return re.sub(r"\D", "", s)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def cn_id_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17]


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def nhs_ok(s):
    d = only_digits(s)
    if len(d) != 10:
        return False
    total = sum(int(c) * (10 - i) for i, c in enumerate(d[:9]))
    chk = 11 - total % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def aba_ok(d):
    w = [3, 7, 1, 3, 7, 1, 3, 7, 1]
    return len(d) == 9 and sum(int(c) * k for c, k in zip(d, w)) % 10 == 0


def nino_ok(s):
    s = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return (a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})


def ssn_ok(s):
    d = only_digits(s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def itin_ok(s):
    d = only_digits(s)
    if len(d) != 9 or d[0] != "9":
        return False
    mid = int(d[3:5])
    return 50 <= mid <= 65 or 70 <= mid <= 88 or 90 <= mid <= 92 or 94 <= mid <= 99


AU_FICTION = {"0491570006", "0491570156", "0491570157", "0491570158", "0491570159", "0491570110",
              "0491570313", "0491570737"}


def phone_ok(s):
    d = only_digits(s)
    if d.startswith("440"):          # +44 (0)7700 ...
        d = "44" + d[3:]
    if re.search(r"7700900\d{3}$", d) and (d.startswith("07700") or d.startswith("447700")):
        return True
    if re.search(r"1632960\d{3}$", d) and (d.startswith("01632") or d.startswith("441632")):
        return True
    if re.fullmatch(r"1?\d{3}55501\d\d", d):
        return True
    if d in AU_FICTION or ("0" + d[2:] in AU_FICTION and d.startswith("61")):
        return True
    if re.fullmatch(r"0?[23578]5550\d{4}|0?[23578]7010\d{4}", d):
        return True
    if re.fullmatch(r"(86)?1[3-9]\d{9}", d):
        return True
    if re.fullmatch(r"0\d{2,3}[2-8]\d{6,7}", d):      # Chinese landline with area code
        return True
    return False


def ip_ok(s):
    return bool(re.fullmatch(r"(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}", s) or s.lower().startswith("2001:db8:"))


def email_ok(s):
    return bool(re.fullmatch(r"[^@\s]+@([a-z0-9-]+\.)*example\.(com|org|net|cn|com\.cn)", s, re.I))


class GeneratorTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        envs = [
            {"TZ": "UTC", "PYTHONHASHSEED": "0", "LC_ALL": "C", "LANG": "C"},
            {"TZ": "Pacific/Chatham", "PYTHONHASHSEED": "987654", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
        ]
        cls.outdirs = []
        for i, extra in enumerate(envs):
            out = os.path.join(cls.tmp.name, "run%d" % i)
            env = dict(os.environ)
            env.update(extra)
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--out", out],
                           check=True, env=env, cwd=cls.tmp.name)
            cls.outdirs.append(out)
        cls.rows = {f: load(os.path.join(HERE, f)) for f in FILES}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_deterministic_and_committed(self):
        for f in FILES:
            with open(os.path.join(self.outdirs[0], f), "rb") as a, open(os.path.join(self.outdirs[1], f), "rb") as b:
                da, db = a.read(), b.read()
            self.assertEqual(da, db, f)
            with open(os.path.join(HERE, f), "rb") as c:
                self.assertEqual(da, c.read(), "committed %s differs from a fresh run" % f)

    def test_line_counts_and_shape(self):
        for f in FILES:
            rows = self.rows[f]
            self.assertEqual(len(rows), 400, f)
            self.assertEqual(len({r["text"] for r in rows}), 400, "duplicate lines in " + f)
            for r in rows:
                self.assertTrue(r["text"].strip())
                if "free" in f:
                    self.assertEqual(list(r), ["text"], f)
                else:
                    self.assertEqual(list(r), ["text", "entities"], f)

    def test_spans(self):
        for f in ("en_pii_labelled.jsonl", "zh_pii_labelled.jsonl"):
            for r in self.rows[f]:
                text = r["text"]
                last_end = -1
                for e in sorted(r["entities"], key=lambda e: e["start"]):
                    self.assertIn(e["type"], TYPES)
                    self.assertEqual(list(e), ["type", "start", "end", "value"])
                    self.assertEqual(text[e["start"]:e["end"]], e["value"], text)
                    self.assertEqual(e["value"], e["value"].strip(), text)
                    self.assertTrue(e["value"])
                    self.assertGreaterEqual(e["start"], last_end, "overlap in: " + text)
                    last_end = e["end"]

    def test_empty_lines_and_person_share(self):
        for f in ("en_pii_labelled.jsonl", "zh_pii_labelled.jsonl"):
            rows = self.rows[f]
            empty = sum(1 for r in rows if not r["entities"])
            self.assertTrue(55 <= empty <= 65, (f, empty))
            c = collections.Counter(e["type"] for r in rows for e in r["entities"])
            share = c["PERSON"] / sum(c.values())
            self.assertTrue(0.36 <= share <= 0.47, (f, share))

    def test_checksums_and_ranges(self):
        seen = collections.Counter()
        for f in ("en_pii_labelled.jsonl", "zh_pii_labelled.jsonl"):
            for r in self.rows[f]:
                for e in r["entities"]:
                    t, v = e["type"], e["value"]
                    seen[t] += 1
                    if t in ("CREDIT_CARD", "CN_BANK_CARD"):
                        d = only_digits(v)
                        self.assertTrue(luhn_ok(d) and 15 <= len(d) <= 19, v)
                        if t == "CN_BANK_CARD":
                            self.assertTrue(d.startswith("62"), v)
                    elif t == "CN_ID_CARD":
                        self.assertTrue(cn_id_ok(v), v)
                    elif t == "IBAN_CODE":
                        self.assertTrue(iban_ok(v), v)
                    elif t == "UK_NHS":
                        self.assertTrue(nhs_ok(v), v)
                    elif t == "UK_NINO":
                        self.assertTrue(nino_ok(v), v)
                    elif t == "US_SSN":
                        self.assertTrue(ssn_ok(v), v)
                    elif t == "US_ITIN":
                        self.assertTrue(itin_ok(v), v)
                    elif t == "BANK_ACCOUNT":
                        d = only_digits(v)
                        self.assertEqual(len(d), len(re.sub(r"[\s-]", "", v)), v)
                        if len(d) == 9:        # only US routing numbers have nine digits here
                            self.assertTrue(aba_ok(d), v)
                    elif t == "PHONE_NUMBER":
                        self.assertTrue(phone_ok(v), v)
                    elif t == "IP_ADDRESS":
                        self.assertTrue(ip_ok(v), v)
                    elif t == "EMAIL_ADDRESS":
                        self.assertTrue(email_ok(v), v)
                    elif t == "UK_DRIVING_LICENCE":
                        self.assertTrue(re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", v.replace(" ", "")), v)
                    elif t == "UK_PASSPORT":
                        self.assertTrue(re.fullmatch(r"\d{9}", v), v)
                    elif t == "US_PASSPORT":
                        self.assertTrue(re.fullmatch(r"[A-Z]?\d{8,9}", v) and len(v) == 9, v)
                    elif t == "CN_PASSPORT":
                        self.assertTrue(re.fullmatch(r"E(\d{8}|[A-HJ-NP-Z]\d{7})", v), v)
                    elif t == "QQ_NUMBER":
                        self.assertTrue(re.fullmatch(r"[1-9]\d{4,10}", v), v)
                    elif t == "WECHAT_ID":
                        self.assertTrue(re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v), v)
        for t in TYPES:
            self.assertGreater(seen[t], 0, "type never used: " + t)

    def test_free_files_hold_no_obvious_identifiers(self):
        for f in ("en_pii_free_hard.jsonl", "zh_pii_free_hard.jsonl"):
            for r in self.rows[f]:
                t = r["text"]
                self.assertNotRegex(t, r"@[A-Za-z0-9-]+\.[a-z]{2,}")
                self.assertNotRegex(t, r"07700 ?900|01632 ?960|555-01|(?<!\d)1[3-9]\d{9}(?!\d)")
                self.assertNotRegex(t, r"(?<!\d)\d{6}(19|20)\d{2}[01]\d[0-3]\d{4}(?![\dX])")


if __name__ == "__main__":
    unittest.main()
