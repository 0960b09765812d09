"""Checks for the blind corpus independent13 (stdlib unittest only)."""
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["en_pii_labelled.jsonl", "zh_pii_labelled.jsonl",
         "en_pii_free_hard.jsonl", "zh_pii_free_hard.jsonl"]
LABELLED = FILES[:2]
FREE = FILES[2:]
TYPES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT",
         "IBAN_CODE", "IP_ADDRESS", "URL", "USERNAME", "LICENSE_PLATE", "UK_NINO", "UK_NHS",
         "UK_PASSPORT", "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN", "US_PASSPORT",
         "US_DRIVER_LICENSE", "CN_ID_CARD", "CN_PASSPORT", "CN_BANK_CARD", "QQ_NUMBER", "WECHAT_ID",
         # extra types asked for in this round's brief
         "ZA_ID", "SG_NRIC"}


def _load_gen():
    spec = importlib.util.spec_from_file_location("independent13_generate", os.path.join(HERE, "generate.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


G = _load_gen()


def _rows(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


CN_DIG = {c: str(i) for i, c in enumerate("零一二三四五六七八九")}
CN_DIG["幺"] = "1"


def phone_ok(v):
    if any(c in CN_DIG for c in v):
        d = "".join(CN_DIG[c] for c in v)
        return re.fullmatch(r"1[3-9]\d{9}", d) is not None
    d = re.sub(r"\D", "", v)
    if re.fullmatch(r"(86)?1[3-9]\d{9}", d):                      # CN mobile
        return True
    if re.fullmatch(r"0(451|431|24|371|379|21|411)\d{8}", d):      # CN landline
        return True
    if re.fullmatch(r"(44|0)7700900\d{3}", d) or re.fullmatch(r"(44|0)1632960\d{3}", d):
        return True
    if re.fullmatch(r"(44|0)2920180\d{3}", d):                     # Ofcom drama range, Cardiff
        return True
    if re.fullmatch(r"1?\d{3}55501\d{2}", d):                      # US / Jamaica 555-01xx
        return True
    if re.fullmatch(r"(27|0)[6-8]\d55[05]0\d{3}", d):              # ZA, 555 / 550 block
        return True
    if re.fullmatch(r"(65)?[89]5550\d{3}", d):                     # SG
        return True
    return False


class CorpusTest(unittest.TestCase):

    def test_regenerates_identically(self):
        envs = [
            {"TZ": "Pacific/Kiritimati", "PYTHONHASHSEED": "1", "LC_ALL": "C", "LANG": "C"},
            {"TZ": "America/Los_Angeles", "PYTHONHASHSEED": "98765", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
        ]
        for extra in envs:
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ)
                env.update(extra)
                subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), tmp],
                               check=True, env=env)
                for name in FILES:
                    with open(os.path.join(tmp, name), "rb") as a, open(os.path.join(HERE, name), "rb") as b:
                        self.assertEqual(a.read(), b.read(), "%s differs under %r" % (name, extra))

    def test_line_counts_and_keys(self):
        for name in FILES:
            rows = _rows(name)
            self.assertEqual(len(rows), 400, name)
            texts = [r["text"] for r in rows]
            self.assertEqual(len(set(texts)), 400, "duplicate lines in " + name)
            for r in rows:
                if name in FREE:
                    self.assertEqual(set(r), {"text"})
                else:
                    self.assertEqual(set(r), {"text", "entities"})

    def test_spans(self):
        for name in LABELLED:
            empty = 0
            for r in _rows(name):
                text, ents = r["text"], r["entities"]
                if not ents:
                    empty += 1
                last_end = -1
                for e in sorted(ents, key=lambda e: e["start"]):
                    self.assertEqual(set(e), {"type", "start", "end", "value"})
                    self.assertIn(e["type"], TYPES)
                    self.assertEqual(text[e["start"]:e["end"]], e["value"], text)
                    self.assertEqual(e["value"], e["value"].strip(), e)
                    self.assertTrue(e["value"])
                    self.assertGreaterEqual(e["start"], last_end, "overlap in %r" % text)
                    last_end = e["end"]
            self.assertTrue(55 <= empty <= 70, (name, empty))

    def test_person_share(self):
        for name in LABELLED:
            ents = [e for r in _rows(name) for e in r["entities"]]
            share = sum(e["type"] == "PERSON" for e in ents) / len(ents)
            self.assertTrue(0.35 <= share <= 0.47, (name, share))

    def test_checksums_and_formats(self):
        for name in LABELLED:
            for r in _rows(name):
                for e in r["entities"]:
                    t, v = e["type"], e["value"]
                    digits = re.sub(r"\D", "", v)
                    if t in ("CREDIT_CARD", "CN_BANK_CARD"):
                        self.assertTrue(G.luhn_ok(v), v)
                    elif t == "CN_ID_CARD":
                        self.assertTrue(G.cn_id_ok(v), v)
                    elif t == "IBAN_CODE":
                        self.assertTrue(G.iban_ok(v), v)
                    elif t == "UK_NHS":
                        self.assertTrue(G.nhs_ok(v), v)
                    elif t == "UK_NINO":
                        self.assertTrue(G.nino_ok(v), v)
                    elif t == "ZA_ID":
                        self.assertTrue(G.za_id_ok(v), v)
                    elif t == "SG_NRIC":
                        self.assertTrue(G.nric_ok(v), v)
                    elif t == "BANK_ACCOUNT" and re.fullmatch(r"\d{9}", v):
                        self.assertTrue(G.aba_ok(v), "routing " + v)
                    elif t == "PHONE_NUMBER":
                        self.assertTrue(phone_ok(v), v)
                    elif t == "EMAIL_ADDRESS":
                        self.assertRegex(v, r"@([a-z]+\.)?example\.(com|org|net|cn|com\.cn|net\.cn)$")
                    elif t == "IP_ADDRESS":
                        self.assertRegex(v, r"^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8:)")
                    elif t == "US_SSN":
                        a, g, s = digits[:3], digits[3:5], digits[5:]
                        self.assertTrue(a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000", v)
                    elif t == "US_ITIN":
                        self.assertTrue(digits[0] == "9" and 70 <= int(digits[3:5]) <= 99
                                        and digits[3:5] not in ("89", "93"), v)
                    elif t == "UK_DRIVING_LICENCE":
                        self.assertRegex(v.replace(" ", ""), r"^[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}9[A-Z]{2}$")
                    elif t == "UK_PASSPORT":
                        self.assertRegex(v, r"^\d{9}$")
                    elif t == "QQ_NUMBER":
                        self.assertRegex(v, r"^[1-9]\d{4,10}$")
                    elif t == "WECHAT_ID":
                        self.assertRegex(v, r"^[A-Za-z][A-Za-z0-9_-]{5,19}$")
                    elif t == "CN_PASSPORT":
                        self.assertRegex(v, r"^E([0-9]|[A-HJ-NP-Z])\d{7}$")

    def test_free_files_have_no_obvious_identifiers(self):
        pats = [r"[\w.+-]+@[\w-]+\.[\w.]+", r"\b1[3-9]\d{9}\b", r"07700\s?900", r"555[-. ]?01\d\d",
                r"\b\d{17}[\dXx]\b", r"https?://", r"\b(192\.0\.2|198\.51\.100|203\.0\.113)\."]
        for name in FREE:
            for r in _rows(name):
                for p in pats:
                    self.assertIsNone(re.search(p, r["text"]), (p, r["text"]))


if __name__ == "__main__":
    unittest.main()
