"""Checks for the heldout26 blind persona set.

Regenerates the personas into temporary folders under two TZ / PYTHONHASHSEED settings and
compares every byte with the committed files; checks the ground-truth schema, the checksum or
shape of every planted number, and that every `pii` value is an exact substring of its decoded file.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = os.path.join(HERE, "personas")
IDS = ["cn_xian_rider", "cn_qingdao_vendor", "nz_auckland_chef"]

ENTITY_TYPES = {
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE",
    "ABA_ROUTING_NUMBER", "UK_NINO", "UK_NHS", "UK_PASSPORT", "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN",
    "US_PASSPORT", "US_DRIVER_LICENSE", "LICENSE_PLATE", "USERNAME", "CN_ID_CARD", "CN_PASSPORT",
    "CN_BANK_CARD", "QQ_NUMBER", "WECHAT_ID", "URL", "NZ_IRD", "NZ_DRIVER_LICENCE",
}
FLAGS = ["religion", "health", "politics", "financial_stress", "gambling", "gaming"]


# ---------------------------------------------------------------- independent checksum code

def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return tot % 10 == 0


def cn_id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17]


def nz_ird_ok(s):
    d = re.sub(r"\D", "", s).zfill(9)
    if len(d) != 9 or not 10_000_000 < int(d) < 150_000_000:
        return False
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(a) * b for a, b in zip(d[:8], w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == int(d[8])
    return False


def nz_bank_ok(s):
    m = re.fullmatch(r"(\d{2})-(\d{4})-(\d{7})-(\d{2,3})", s)
    if not m:
        return False
    bank, branch, base, suf = m.groups()
    digits = bank + branch + base.zfill(8) + suf.zfill(4)
    w = [0, 0, 0, 0, 0, 0, 0, 0, 10, 5, 8, 4, 2, 1, 0, 0, 0, 0] if int(base) >= 990000 else \
        [0, 0, 6, 3, 7, 9, 0, 0, 10, 5, 8, 4, 2, 1, 0, 0, 0, 0]
    return sum(int(a) * b for a, b in zip(digits, w)) % 11 == 0


def phone_ok(s, persona):
    d = re.sub(r"[\s\-()+]", "", s)
    if persona.startswith("cn_"):
        if d.startswith("86"):
            d = d[2:]
        return bool(re.fullmatch(r"1[3-9]\d{9}", d) or re.fullmatch(r"0\d{2,3}\d{7,8}", d))
    if d.startswith("64"):
        d = "0" + d[2:]
    return bool(re.fullmatch(r"02[127]555\d{4}|09555\d{4}", d))


# ---------------------------------------------------------------- decoding

def _repair(s):
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def _strings(o, out):
    if isinstance(o, str):
        out.append(_repair(o))
    elif isinstance(o, list):
        for x in o:
            _strings(x, out)
    elif isinstance(o, dict):
        for k, v in o.items():
            out.append(_repair(k))
            _strings(v, out)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def decoded(path):
    raw = read(path)
    if path.endswith(".json"):
        out = []
        _strings(json.loads(raw.decode("utf-8")), out)
        return "\n".join(out)
    if path.endswith(".ofx"):
        return raw.decode("cp1252")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gbk")


def tree(root):
    out = {}
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            p = os.path.join(dirpath, f)
            out[os.path.relpath(p, root)] = read(p)
    return out


class GeneratorTest(unittest.TestCase):

    def test_regenerates_identically(self):
        committed = tree(PERSONAS)
        self.assertTrue(committed)
        for tz, seed in (("Pacific/Kiritimati", "0"), ("America/Los_Angeles", "4242")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C", LANG="C")
                subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), tmp], check=True, env=env,
                               stdout=subprocess.DEVNULL)
                fresh = tree(os.path.join(tmp, "personas"))
                self.assertEqual(sorted(fresh), sorted(committed), (tz, seed))
                for rel in committed:
                    self.assertEqual(fresh[rel], committed[rel], (rel, tz, seed))

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
            self.assertTrue(gt["description"])
            self.assertIn(gt["timezone"], ("Asia/Shanghai", "Pacific/Auckland"))
            for k in ("names", "phones", "emails", "handles"):
                self.assertIsInstance(gt["user"][k], list)
            self.assertTrue(gt["user"]["names"])
            f = gt["facts"]
            for k in ("home", "work"):
                self.assertIsInstance(f[k]["lat"], float)
                self.assertIsInstance(f[k]["lon"], float)
                self.assertEqual(f[k]["radius_m"], 300)
            self.assertIn("address", f["home"])
            self.assertIn("city", f["home"])
            self.assertIn("employer", f["work"])
            for k in ("start", "end"):
                self.assertRegex(f["sleep_window"][k], r"^\d\d:\d\d$")
            self.assertEqual(len(f["top_contacts"]), 3)
            counts = [c["messages"] for c in f["top_contacts"]]
            self.assertEqual(counts, sorted(counts, reverse=True))
            self.assertTrue(all(isinstance(c["name"], str) and c["name"] for c in f["top_contacts"]))
            for rel in f["relationships"]:
                self.assertEqual(set(rel), {"name", "relationship", "full_name"})
            trues = 0
            for k in FLAGS:
                v = f[k]["value"]
                self.assertTrue(v is False or v is True or (isinstance(v, str) and v), (pid, k))
                trues += v is not False
            self.assertTrue(2 <= trues <= 3, (pid, trues))
            self.assertIs(f["politics"]["value"], False)
            self.assertRegex(f["salary"]["amount"], r"^\d+\.\d\d$")
            self.assertIn(f["salary"]["currency"], ("CNY", "NZD"))
            self.assertTrue(f["risky_contact"]["name"] and f["risky_contact"]["why"])
            pii = gt["pii"]
            self.assertTrue(30 <= len(pii) <= 45, (pid, len(pii)))
            keys = [(e["file"], e["value"]) for e in pii]
            self.assertEqual(len(keys), len(set(keys)), pid)
            for e in pii:
                self.assertEqual(set(e), {"file", "entity_type", "value"})
                self.assertIn(e["entity_type"], ENTITY_TYPES)
            share = sum(e["entity_type"] == "PERSON" for e in pii) / len(pii)
            self.assertTrue(0.3 <= share <= 0.55, (pid, share))

    def test_pii_values_in_decoded_files(self):
        for pid in IDS:
            gt = self.load(pid)
            cache = {}
            for e in gt["pii"]:
                path = os.path.join(PERSONAS, pid, *e["file"].split("/"))
                self.assertTrue(os.path.isfile(path), path)
                if path not in cache:
                    cache[path] = decoded(path)
                self.assertIn(e["value"], cache[path], (pid, e))

    def test_planted_numbers(self):
        for pid in IDS:
            gt = self.load(pid)
            values = {(e["entity_type"], e["value"]) for e in gt["pii"]}
            values |= {("PHONE_NUMBER", p) for p in gt["user"]["phones"]}
            for typ, v in values:
                digits = re.sub(r"\D", "", v)
                if typ == "CN_ID_CARD":
                    self.assertTrue(cn_id_ok(v), v)
                elif typ in ("CN_BANK_CARD", "CREDIT_CARD"):
                    self.assertTrue(luhn_ok(v) and 16 <= len(digits) <= 19, v)
                elif typ == "NZ_IRD":
                    self.assertTrue(nz_ird_ok(v), v)
                elif typ == "BANK_ACCOUNT":
                    self.assertTrue(nz_bank_ok(v), v)
                elif typ == "NZ_DRIVER_LICENCE":
                    self.assertRegex(v, r"^[A-Z]{2}\d{6}$")
                elif typ == "CN_PASSPORT":
                    self.assertRegex(v, r"^E[A-Z0-9]\d{7}$")
                elif typ == "QQ_NUMBER":
                    self.assertRegex(v, r"^[1-9]\d{4,10}$")
                elif typ == "PHONE_NUMBER":
                    self.assertTrue(phone_ok(v, pid), v)
                elif typ == "EMAIL_ADDRESS":
                    self.assertRegex(v, r"@example\.(com|org|net|cn)$")
                elif typ == "LICENSE_PLATE":
                    self.assertRegex(v, r"^([陕鲁][A-Z]·?[A-Z0-9]{5,6}|[A-Z]{3}\d{3})$")

    def test_formats_present(self):
        expect = {
            "cn_xian_rider": ["聊天记录/", "微信支付账单", "alipay_record_", "Records.json"],
            "cn_qingdao_vendor": ["export/", "微信支付账单", "alipay_record_", "Semantic Location History/"],
            "nz_auckland_chef": ["WhatsApp Chat with", "your_facebook_activity/messages/inbox/", ".ofx",
                                 "Timeline.json"],
        }
        for pid, needles in expect.items():
            files = [p.replace(os.sep, "/") for p in tree(os.path.join(PERSONAS, pid))]
            for n in needles:
                self.assertTrue(any(n in f for f in files), (pid, n))
        # Alipay bills are GBK, WeChat Pay bills UTF-8 without BOM, MemoTrace CSV with BOM
        for pid in ("cn_xian_rider", "cn_qingdao_vendor"):
            root = os.path.join(PERSONAS, pid)
            for f in os.listdir(root):
                raw = read(os.path.join(root, f)) if f.endswith(".csv") else None
                if raw is None:
                    continue
                if f.startswith("alipay_record_"):
                    self.assertRaises(UnicodeDecodeError, raw.decode, "utf-8")
                    self.assertIn("支付宝账户：", raw.decode("gbk"))
                else:
                    self.assertTrue(raw.decode("utf-8").startswith("微信支付账单明细"))


if __name__ == "__main__":
    unittest.main()
