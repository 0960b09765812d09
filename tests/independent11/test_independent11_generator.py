"""Checks for the independent11 blind set (stdlib unittest).

- generate.py is deterministic: two runs under different TZ / PYTHONHASHSEED / locale give identical bytes,
  and those bytes equal the committed .jsonl files;
- every span satisfies text[start:end] == value, spans do not overlap and have no outer blanks;
- checksummed identifiers are re-validated (Luhn, mod 97, NHS mod 11, ABA, CN ID, NINO prefixes, ...);
- the two PII-free files carry no entities and contain nothing that looks like a real identifier.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import i11_ids as ids  # noqa: E402

FILES = ["en_pii_labelled.jsonl", "zh_pii_labelled.jsonl", "en_pii_free_hard.jsonl", "zh_pii_free_hard.jsonl"]
LABELLED = FILES[:2]
FREE = FILES[2:]
TYPES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE",
         "IP_ADDRESS", "URL", "USERNAME", "LICENSE_PLATE", "UK_NINO", "UK_NHS", "UK_PASSPORT", "UK_DRIVING_LICENCE",
         "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "CN_ID_CARD", "CN_PASSPORT", "CN_BANK_CARD",
         "QQ_NUMBER", "WECHAT_ID"}

ENVS = [
    {"TZ": "UTC", "PYTHONHASHSEED": "0", "LC_ALL": "C", "LANG": "C"},
    {"TZ": "Pacific/Auckland", "PYTHONHASHSEED": "31337", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
]


def _run_generator(outdir, env_extra):
    env = dict(os.environ)
    env.update(env_extra)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), outdir], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    out = {}
    for name in FILES:
        with open(os.path.join(outdir, name), "rb") as fh:
            out[name] = fh.read()
    return out


def _load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


UK_PHONE = re.compile(r"(?:\+44 ?7700 ?900 ?\d{3}|\(?07700\)? ?900 ?\d{3}|0770 0900 \d{3}|01632 ?960\d{3}"
                      r"|0(?:113|141|131|161|117) ?496 ?0\d{3}|020 ?7946 ?0\d{3}|028 ?9649 ?6\d{3})")
US_PHONE = re.compile(r"(?:\+1 |1-)?\(?\d{3}\)?[-. ]?555[-. ]?01\d\d")
AU_PHONE = re.compile(r"(?:\+61 |0)491 ?57\d ?\d{3}|\(0[2378]\) (?:5550|7010) \d{4}")
CN_MOBILE = re.compile(r"(?:\+86[- ])?1[3-9]\d[- ]?\d{4}[- ]?\d{4}")
CN_LAND = re.compile(r"(?:0\d{2,3}-|\(0\d{2,3}\))\d{8}")
EMAIL_OK = re.compile(r"[^@\s]+@(?:[a-z]+\.)?example\.(?:com|org|net|cn|com\.cn)")
DOC_IP4 = re.compile(r"(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}")


class TestDeterminism(unittest.TestCase):
    def test_two_environments_same_bytes_as_committed(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            ra = _run_generator(a, ENVS[0])
            rb = _run_generator(b, ENVS[1])
        for name in FILES:
            self.assertEqual(ra[name], rb[name], name)
            with open(os.path.join(HERE, name), "rb") as fh:
                self.assertEqual(ra[name], fh.read(), name + " differs from the committed file; run generate.py")

    def test_no_clock_or_hash_dependence_in_sources(self):
        for fn in sorted(os.listdir(HERE)):
            if fn.endswith(".py") and fn.startswith(("i11_", "generate")):
                with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
                    src = fh.read()
                for bad in ("datetime.now", "date.today", "time.time(", "hash(", "uuid", "os.urandom",
                            "random.seed(", "random.choice(", "random.randint("):
                    self.assertNotIn(bad, src, "%s uses %s" % (fn, bad))


class TestShape(unittest.TestCase):
    def test_line_counts(self):
        for name in FILES:
            rows = _load(name)
            self.assertEqual(len(rows), 400, name)
            self.assertEqual(len({r["text"] for r in rows}), 400, name + " has duplicate texts")

    def test_labelled_spans(self):
        for name in LABELLED:
            empty = 0
            for i, row in enumerate(_load(name)):
                text, ents = row["text"], row["entities"]
                self.assertEqual(set(row), {"text", "entities"})
                if not ents:
                    empty += 1
                last_end = -1
                for e in sorted(ents, key=lambda x: x["start"]):
                    where = "%s line %d %r" % (name, i + 1, e)
                    self.assertIn(e["type"], TYPES, where)
                    self.assertEqual(text[e["start"]:e["end"]], e["value"], where)
                    self.assertEqual(e["value"], e["value"].strip(), where)
                    self.assertTrue(e["value"], where)
                    self.assertGreaterEqual(e["start"], last_end, "overlap at " + where)
                    last_end = e["end"]
            self.assertEqual(empty, 60, name)

    def test_person_share(self):
        for name in LABELLED:
            ents = [e for r in _load(name) for e in r["entities"]]
            share = sum(e["type"] == "PERSON" for e in ents) / len(ents)
            self.assertTrue(0.33 <= share <= 0.47, "%s PERSON share %.2f" % (name, share))

    def test_free_files_have_no_entities(self):
        for name in FREE:
            for row in _load(name):
                self.assertEqual(set(row), {"text"})


class TestChecksums(unittest.TestCase):
    def _ents(self):
        for name in LABELLED:
            for row in _load(name):
                prev_end = 0
                for e in row["entities"]:
                    yield name, row["text"], e, row["text"][prev_end:e["start"]]
                    prev_end = e["end"]

    def test_identifiers(self):
        for name, text, e, gap in self._ents():
            t, v = e["type"], e["value"]
            where = "%s: %r in %r" % (t, v, text)
            d = re.sub(r"\D", "", v)
            if t == "CREDIT_CARD":
                self.assertTrue(ids.luhn_ok(v) and len(d) in (15, 16), where)
            elif t == "CN_BANK_CARD":
                self.assertTrue(ids.luhn_ok(v) and len(d) in (16, 19) and d.startswith("62"), where)
            elif t == "CN_ID_CARD":
                self.assertTrue(ids.cn_id_ok(v), where)
            elif t == "IBAN_CODE":
                self.assertTrue(ids.iban_ok(v), where)
            elif t == "UK_NHS":
                self.assertTrue(ids.nhs_ok(v), where)
            elif t == "UK_NINO":
                self.assertTrue(ids.nino_ok(v), where)
            elif t == "US_SSN":
                self.assertTrue(ids.ssn_ok(v), where)
            elif t == "US_ITIN":
                self.assertTrue(ids.itin_ok(v), where)
            elif t == "UK_DRIVING_LICENCE":
                self.assertTrue(ids.UKDL_RE.fullmatch(v), where)
            elif t == "UK_PASSPORT":
                self.assertTrue(re.fullmatch(r"\d{9}", v), where)
            elif t == "US_PASSPORT":
                self.assertTrue(re.fullmatch(r"[A-Z]?\d{8,9}", v) and len(v) == 9, where)
            elif t == "US_DRIVER_LICENSE":
                self.assertTrue(re.fullmatch(r"\d{7,12}|[A-Z]\d{7}|[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", v), where)
            elif t == "CN_PASSPORT":
                self.assertTrue(re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}", v), where)
            elif t == "QQ_NUMBER":
                self.assertTrue(re.fullmatch(r"[1-9]\d{4,10}", v), where)
            elif t == "WECHAT_ID":
                self.assertTrue(ids.WX_RE.fullmatch(v), where)
            elif t == "BANK_ACCOUNT":
                self.assertTrue(re.fullmatch(r"\d[\d -]*\d", v), where)
                if "routing" in gap.lower():
                    self.assertTrue(ids.aba_ok(v), "ABA " + where)
                if "sort" in gap.lower():
                    self.assertTrue(re.fullmatch(r"\d\d[- ]?\d\d[- ]?\d\d", v), "sort code " + where)
            elif t == "PHONE_NUMBER":
                ok = any(p.fullmatch(v) for p in (UK_PHONE, US_PHONE, AU_PHONE, CN_MOBILE, CN_LAND))
                self.assertTrue(ok, "not in a fictional/allowed range: " + where)
            elif t == "EMAIL_ADDRESS":
                self.assertTrue(EMAIL_OK.fullmatch(v), where)
            elif t == "IP_ADDRESS":
                self.assertTrue(DOC_IP4.fullmatch(v) or v.startswith("2001:db8:"), where)


class TestFreeFilesAreClean(unittest.TestCase):
    def test_nothing_identifier_like(self):
        for name in FREE:
            for row in _load(name):
                text = row["text"]
                self.assertNotRegex(text, r"@\w", text)
                self.assertNotRegex(text, r"555[-. ]?01\d\d|07700|01632", text)
                self.assertNotRegex(text, r"(?<!\d)1[3-9]\d{9}(?!\d)", text)
                for run in re.findall(r"\d[\d ]{11,22}\d", text):
                    digits = re.sub(r"\D", "", run)
                    if 13 <= len(digits) <= 19:
                        self.assertFalse(ids.luhn_ok(digits), text)
                    if len(digits) == 18:
                        self.assertFalse(ids.cn_id_ok(digits), text)
                self.assertNotRegex(text, r"\d+号楼\d+单元\d+", text)


if __name__ == "__main__":
    unittest.main()
