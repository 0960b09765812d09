"""Checks for the independent16 blind corpus.

* generate.py reproduces the committed files byte for byte under two different
  TZ / PYTHONHASHSEED / locale settings;
* every labelled span is exact (text[start:end] == value), inside the text,
  free of leading/trailing blanks and not overlapping another span;
* identifiers carry valid checksums / fictional ranges (re-checked here with
  code written independently of the generator).
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["en_pii_labelled.jsonl", "zh_pii_labelled.jsonl", "en_pii_free_hard.jsonl", "zh_pii_free_hard.jsonl"]
LABELLED = FILES[:2]
FREE = FILES[2:]
TYPES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE",
         "IP_ADDRESS", "URL", "USERNAME", "LICENSE_PLATE", "UK_NINO", "UK_NHS", "UK_PASSPORT",
         "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "CN_ID_CARD",
         "CN_PASSPORT", "CN_BANK_CARD", "QQ_NUMBER", "WECHAT_ID"}


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def digits(s):
    return re.sub(r"\D", "", s)


def luhn(num):
    s = 0
    for i, ch in enumerate(num[::-1]):
        d = int(ch) * (2 if i % 2 else 1)
        s += d - 9 if d > 9 else d
    return s % 10 == 0


def aba(d):
    return len(d) == 9 and (3 * (int(d[0]) + int(d[3]) + int(d[6])) + 7 * (int(d[1]) + int(d[4]) + int(d[7]))
                            + int(d[2]) + int(d[5]) + int(d[8])) % 10 == 0


def nhs(d):
    if len(d) != 10:
        return False
    rem = sum(int(d[i]) * (10 - i) for i in range(9)) % 11
    check = (11 - rem) % 11
    return check != 10 and check == int(d[9])


def iban(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def cn_id(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11] != s[17]:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    return 1900 < y < 2024 and 1 <= m <= 12 and 1 <= d <= 31


def nino(s):
    s = s.replace(" ", "").upper()
    return (re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s) is not None and s[0] not in "DFIQUV"
            and s[1] not in "DFIOQUV" and s[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def ssn(s):
    d = digits(s)
    return len(d) == 9 and d[0] != "9" and d[:3] not in ("000", "666") and d[3:5] != "00" and d[5:] != "0000"


def itin(s):
    d = digits(s)
    mid = int(d[3:5])
    return len(d) == 9 and d[0] == "9" and (50 <= mid <= 65 or 70 <= mid <= 88 or mid in (90, 91, 92) or 94 <= mid <= 99)


def ukdl(s):
    m = re.fullmatch(r"[A-Z9]{5}(\d)(\d{2})(\d{2})(\d)[A-Z9]{2}9[A-Z]{2}", s)
    if not m:
        return False
    month = int(m.group(2))
    month = month - 50 if month > 50 else month
    return 1 <= month <= 12 and 1 <= int(m.group(3)) <= 31


def phone(v):
    d = digits(v)
    if re.search(r"[一二三四五六七八九零幺]", v):
        return True  # Chinese voice-input numerals
    if d.startswith("447700900") or d.startswith("07700900"):
        return len(d) in (11, 12)
    if d.startswith("441632960") or d.startswith("01632960"):
        return len(d) in (11, 12)
    if re.fullmatch(r"1?\d{3}55501\d{2}", d):
        return True
    if re.fullmatch(r"(86)?1[3-9]\d{9}", d):
        return True
    return False


def ip(v):
    return (v.startswith(("192.0.2.", "198.51.100.", "203.0.113.")) or v.lower().startswith("2001:db8:"))


class GeneratorTest(unittest.TestCase):

    def regenerate(self, env_extra):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ)
            env.update(env_extra)
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), tmp], check=True, env=env)
            out = {}
            for name in FILES:
                with open(os.path.join(tmp, name), "rb") as fh:
                    out[name] = fh.read()
            return out

    def test_deterministic_and_matches_committed(self):
        a = self.regenerate({"TZ": "UTC", "PYTHONHASHSEED": "0", "LC_ALL": "C", "LANG": "C"})
        b = self.regenerate({"TZ": "Pacific/Auckland", "PYTHONHASHSEED": "4242", "LC_ALL": "C.UTF-8",
                             "LANG": "C.UTF-8"})
        for name in FILES:
            self.assertEqual(a[name], b[name], name)
            with open(os.path.join(HERE, name), "rb") as fh:
                self.assertEqual(a[name], fh.read(), "committed %s is stale" % name)

    def test_shapes(self):
        seen = set()
        for name in FILES:
            rows = load(name)
            self.assertEqual(len(rows), 400, name)
            for row in rows:
                self.assertNotIn(row["text"], seen)
                seen.add(row["text"])
                self.assertTrue(row["text"].strip())
                if name in FREE:
                    self.assertEqual(set(row), {"text"})
                else:
                    self.assertEqual(set(row), {"text", "entities"})
        for name in LABELLED:
            rows = load(name)
            empty = sum(1 for r in rows if not r["entities"])
            self.assertTrue(50 <= empty <= 70, (name, empty))

    def test_spans(self):
        for name in LABELLED:
            for row in load(name):
                text = row["text"]
                last_end = 0
                for e in sorted(row["entities"], key=lambda e: e["start"]):
                    self.assertEqual(set(e), {"type", "start", "end", "value"})
                    self.assertIn(e["type"], TYPES)
                    self.assertTrue(0 <= e["start"] < e["end"] <= len(text))
                    self.assertEqual(text[e["start"]:e["end"]], e["value"], text)
                    self.assertEqual(e["value"], e["value"].strip(), text)
                    self.assertGreaterEqual(e["start"], last_end, "overlap in %r" % text)
                    last_end = e["end"]

    def test_person_share(self):
        for name in LABELLED:
            ents = [e for r in load(name) for e in r["entities"]]
            share = sum(1 for e in ents if e["type"] == "PERSON") / len(ents)
            self.assertTrue(0.35 <= share <= 0.5, (name, share))

    def test_checksums_and_ranges(self):
        for name in LABELLED:
            for row in load(name):
                for e in row["entities"]:
                    t, v = e["type"], e["value"]
                    msg = (name, t, v)
                    if t in ("CREDIT_CARD", "CN_BANK_CARD"):
                        self.assertTrue(13 <= len(digits(v)) <= 19 and luhn(digits(v)), msg)
                    elif t == "CN_ID_CARD":
                        self.assertTrue(cn_id(v), msg)
                    elif t == "IBAN_CODE":
                        self.assertTrue(iban(v), msg)
                    elif t == "UK_NHS":
                        self.assertTrue(nhs(digits(v)), msg)
                    elif t == "UK_NINO":
                        self.assertTrue(nino(v), msg)
                    elif t == "US_SSN":
                        self.assertTrue(ssn(v), msg)
                    elif t == "US_ITIN":
                        self.assertTrue(itin(v), msg)
                    elif t == "UK_DRIVING_LICENCE":
                        self.assertTrue(ukdl(v), msg)
                    elif t == "BANK_ACCOUNT":
                        d = digits(v)
                        # routing numbers are the only 9-digit account spans
                        if len(d) == 9:
                            self.assertTrue(aba(d), msg)
                    elif t == "PHONE_NUMBER":
                        self.assertTrue(phone(v), msg)
                    elif t == "EMAIL_ADDRESS":
                        self.assertRegex(v, r"@([a-z0-9.-]+\.)?example\.(com|org|net|cn|com\.cn)$", msg)
                    elif t == "IP_ADDRESS":
                        self.assertTrue(ip(v), msg)
                    elif t == "UK_PASSPORT":
                        self.assertRegex(v, r"^\d{9}$", msg)
                    elif t == "US_PASSPORT":
                        self.assertRegex(v, r"^[A-Z0-9]\d{8}$", msg)
                    elif t == "CN_PASSPORT":
                        self.assertRegex(v, r"^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$", msg)
                    elif t == "QQ_NUMBER":
                        self.assertRegex(v, r"^[1-9]\d{4,10}$", msg)
                    elif t == "WECHAT_ID":
                        self.assertRegex(v, r"^[A-Za-z][A-Za-z0-9_-]{5,19}$", msg)

    def test_free_files_have_no_obvious_identifiers(self):
        for name in FREE:
            for row in load(name):
                text = row["text"]
                self.assertNotRegex(text, r"[\w.]+@[\w-]+\.\w+", text)
                self.assertNotRegex(text, r"555[-. ]?01\d\d|07700 ?900|1[3-9]\d{9}", text)
                for m in re.finditer(r"\d[\d -]{11,}\d", text):
                    d = digits(m.group())
                    if 13 <= len(d) <= 19:
                        self.assertFalse(luhn(d) and d[0] in "3456", text)


if __name__ == "__main__":
    unittest.main()
