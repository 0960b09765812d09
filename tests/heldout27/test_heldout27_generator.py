"""Tests for the heldout27 blind persona generator (stdlib unittest).

* regenerates the set into temp dirs under two TZ / PYTHONHASHSEED / locale
  settings and compares every byte with the committed personas/;
* checks the ground-truth schema;
* checks checksums / formats of every planted number;
* checks that every pii value is an exact substring of its decoded file
  (GBK for Alipay, mojibake repaired for Facebook, JSON strings decoded);
* checks the volume rules of the spec (chats, messages, payments).

This file deliberately re-implements its decoders and validators instead of
importing the generator's helpers.
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = os.path.join(HERE, "personas")
IDS = ["cn_hefei_teacher", "ie_galway_nurse", "us_atlanta_barber"]

ENTITY_TYPES = {
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE", "ABA_ROUTING_NUMBER",
    "UK_NINO", "UK_NHS", "UK_PASSPORT", "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE",
    "LICENSE_PLATE", "USERNAME", "CN_ID_CARD", "CN_PASSPORT", "CN_BANK_CARD", "QQ_NUMBER", "WECHAT_ID", "URL", "IE_PPS",
}
FACT_BOOLS = ["health", "politics", "financial_stress", "gambling", "gaming"]


def listing(root):
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            out[os.path.relpath(p, root).replace(os.sep, "/")] = p
    return out


def read_text(path, encoding="utf-8"):
    with open(path, "rb") as f:
        return f.read().decode(encoding)


def load_gt(pid):
    with open(os.path.join(PERSONAS, pid, "ground_truth.json"), encoding="utf-8") as f:
        return json.load(f)


# ---------------------------------------------------------------- decoding

def _strings(obj, out, repair):
    if isinstance(obj, str):
        if repair:
            try:
                obj = obj.encode("latin-1").decode("utf-8")
            except UnicodeError:
                pass
        out.append(obj)
    elif isinstance(obj, list):
        for x in obj:
            _strings(x, out, repair)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _strings(k, out, repair)
            _strings(v, out, repair)


def decoded(path, rel):
    with open(path, "rb") as f:
        raw = f.read()
    if rel.startswith("alipay/"):
        return [raw.decode("gbk")]
    text = raw.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    if rel.endswith(".js"):
        m = re.match(r"window\.YTD\.[A-Za-z0-9_]+\.part\d+ = ", text)
        assert m, rel
        text = text[m.end():]
        rel = rel[:-3] + ".json"
    if rel.endswith(".json"):
        out = []
        repair = rel.startswith(("your_facebook_activity/", "personal_information/", "your_instagram_activity/"))
        _strings(json.loads(text), out, repair)
        return out
    return [text]


# ---------------------------------------------------------------- validators

def luhn(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return tot % 10 == 0


def cn_id(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11] == s[17]


def iban(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def aba(s):
    d = [int(c) for c in s]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def pps(s):
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", s.replace(" ", ""))
    if not m:
        return False
    tot = sum(int(a) * b for a, b in zip(m.group(1), [8, 7, 6, 5, 4, 3, 2]))
    if m.group(3):
        tot += 9 * (0 if m.group(3) == "W" else ord(m.group(3)) - 64)
    return "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23] == m.group(2)


def ssn(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    return bool(m) and m.group(1) not in ("000", "666") and not m.group(1).startswith("9") and m.group(2) != "00" and m.group(3) != "0000"


def phone_ok(v):
    digits = re.sub(r"\D", "", v)
    if re.fullmatch(r"1[3-9]\d{9}", digits) or re.fullmatch(r"861[3-9]\d{9}", digits):
        return True  # invented Chinese mobile
    if re.fullmatch(r"1?\d{3}55501\d\d", digits):
        return True  # US 555-01xx
    if re.fullmatch(r"(0|353)8[3-9]\d{7}", digits):
        return True  # Irish mobile (no reserved fictional range exists)
    return False


CHECKS = {
    "CREDIT_CARD": lambda v: luhn(v) and len(re.sub(r"\D", "", v)) in (15, 16),
    "CN_BANK_CARD": lambda v: luhn(v) and len(re.sub(r"\D", "", v)) in (16, 17, 18, 19),
    "CN_ID_CARD": cn_id,
    "IBAN_CODE": iban,
    "ABA_ROUTING_NUMBER": aba,
    "IE_PPS": pps,
    "US_SSN": ssn,
    "US_PASSPORT": lambda v: bool(re.fullmatch(r"[A-Z]?\d{8,9}", v)),
    "US_DRIVER_LICENSE": lambda v: bool(re.fullmatch(r"\d{7,9}", v)),
    "CN_PASSPORT": lambda v: bool(re.fullmatch(r"E(\d{8}|[A-HJ-NP-Z]\d{7})", v)),
    "QQ_NUMBER": lambda v: bool(re.fullmatch(r"[1-9]\d{4,10}", v)),
    "WECHAT_ID": lambda v: bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v)) and not v.startswith("wxid_"),
    "PHONE_NUMBER": phone_ok,
    "EMAIL_ADDRESS": lambda v: bool(re.fullmatch(r"[^@\s]+@example\.(com|org|net|cn)", v)),
    "BANK_ACCOUNT": lambda v: bool(re.fullmatch(r"\d{6,17}", v)),
    "LICENSE_PLATE": lambda v: bool(re.fullmatch(r"(皖[A-HJ-NP-Z]·?[A-HJ-NP-Z0-9]{5,6}|\d{2,3}-[A-Z]{1,2}-\d{1,6}|[A-Z]{3} ?\d{4})", v)),
}


# ---------------------------------------------------------------- tests

class RegenerationTest(unittest.TestCase):
    def test_byte_identical_under_tz_hashseed_locale(self):
        committed = listing(PERSONAS)
        self.assertTrue(committed, "personas/ missing: run generate.py")
        for tz, seed, lc in (("UTC", "0", "C.UTF-8"), ("Pacific/Chatham", "4242", "C")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL=lc, LANG=lc)
                subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--out", tmp, "--quiet"], check=True, env=env,
                               cwd=tmp)
                fresh = listing(tmp)
                self.assertEqual(sorted(fresh), sorted(committed), "file set differs (TZ=%s)" % tz)
                for rel, p in committed.items():
                    with open(p, "rb") as a, open(fresh[rel], "rb") as b:
                        self.assertEqual(a.read(), b.read(), "%s differs (TZ=%s PYTHONHASHSEED=%s)" % (rel, tz, seed))


class GroundTruthTest(unittest.TestCase):
    def test_schema(self):
        for pid in IDS:
            gt = load_gt(pid)
            with self.subTest(pid=pid):
                self.assertEqual(gt["schema_version"], 1)
                self.assertEqual(gt["persona"], pid)
                self.assertIs(gt["fictional"], True)
                self.assertIs(gt["independent"], True)
                self.assertIsInstance(gt["description"], str)
                ZoneInfo(gt["timezone"])
                u = gt["user"]
                for k in ("names", "phones", "emails", "handles"):
                    self.assertIsInstance(u[k], list)
                    self.assertTrue(all(isinstance(x, str) and x for x in u[k]))
                seen = set()
                for e in gt["pii"]:
                    self.assertEqual(set(e), {"file", "entity_type", "value"})
                    self.assertIn(e["entity_type"], ENTITY_TYPES)
                    self.assertTrue(os.path.isfile(os.path.join(PERSONAS, pid, e["file"])), e["file"])
                    self.assertNotIn((e["file"], e["value"]), seen, "duplicate (file, value)")
                    seen.add((e["file"], e["value"]))
                self.assertGreaterEqual(len(gt["pii"]), 30)
                self.assertLessEqual(len(gt["pii"]), 50)
                f = gt["facts"]
                for key in ("home", "work"):
                    self.assertIsInstance(f[key]["lat"], float)
                    self.assertIsInstance(f[key]["lon"], float)
                    self.assertEqual(f[key]["radius_m"], 300)
                self.assertTrue(f["home"]["address"] and f["home"]["city"] and f["work"]["employer"])
                sw = f["sleep_window"]
                self.assertRegex(sw["start"], r"^\d\d:\d\d$")
                self.assertRegex(sw["end"], r"^\d\d:\d\d$")
                self.assertEqual(len(f["top_contacts"]), 3)
                counts = [c["messages"] for c in f["top_contacts"]]
                self.assertEqual(counts, sorted(counts, reverse=True))
                rel_names = [r["name"] for r in f["relationships"]]
                for c in f["top_contacts"]:
                    self.assertIn(c["name"], rel_names)
                for r in f["relationships"]:
                    self.assertTrue(r["relationship"] and r["full_name"])
                self.assertTrue(f["religion"]["value"] is False or isinstance(f["religion"]["value"], str))
                for k in FACT_BOOLS:
                    self.assertIsInstance(f[k]["value"], bool)
                self.assertIs(f["politics"]["value"], False)
                true_count = sum(1 for k in FACT_BOOLS if f[k]["value"]) + (1 if f["religion"]["value"] else 0)
                self.assertIn(true_count, (2, 3))
                self.assertRegex(f["salary"]["amount"], r"^\d+\.\d\d$")
                self.assertIn(f["salary"]["period"], ("monthly", "weekly", "fortnightly"))
                self.assertTrue(f["salary"]["payer"] and f["salary"]["currency"])
                self.assertTrue(f["risky_contact"]["name"] and f["risky_contact"]["why"])

    def test_planted_numbers_valid(self):
        for pid in IDS:
            for e in load_gt(pid)["pii"]:
                check = CHECKS.get(e["entity_type"])
                if check:
                    with self.subTest(pid=pid, value=e["value"]):
                        self.assertTrue(check(e["value"]), "%s %r fails its checksum/format" % (e["entity_type"], e["value"]))

    def test_pii_values_are_substrings(self):
        for pid in IDS:
            cache = {}
            for e in load_gt(pid)["pii"]:
                rel = e["file"]
                if rel not in cache:
                    cache[rel] = decoded(os.path.join(PERSONAS, pid, rel), rel)
                with self.subTest(pid=pid, file=rel, value=e["value"]):
                    self.assertTrue(any(e["value"] in s for s in cache[rel]))

    def test_user_identifiers_listed(self):
        for pid in IDS:
            gt = load_gt(pid)
            values = {e["value"] for e in gt["pii"]}
            for k in ("phones", "emails"):
                for v in gt["user"][k]:
                    self.assertIn(v, values, "%s user %s %r not planted anywhere" % (pid, k, v))
            self.assertIn(gt["user"]["names"][0], values)


# ---------------------------------------------------------------- volumes

def chat_counts(pid):
    root = os.path.join(PERSONAS, pid)
    counts = {}
    files = listing(root)
    if pid == "cn_hefei_teacher":
        for rel, p in files.items():
            if rel.startswith("wxdump_work/") and rel.endswith(".csv"):
                rows = list(csv.DictReader(io.StringIO(read_text(p))))
                counts[rows[0]["room_name"]] = sum(1 for r in rows if r["type_name"] != "系统通知")
    elif pid == "ie_galway_nurse":
        head = re.compile(r"^\u200e?\[\d\d/\d\d/\d{4}, \d\d:\d\d:\d\d\] ([^:]+): (.*)$")
        for rel, p in files.items():
            if rel.startswith("WhatsApp Chat - "):
                n = 0
                for line in read_text(p).split("\r\n"):
                    m = head.match(line)
                    if m and not m.group(2).startswith("\u200eMessages and calls") and not m.group(2).startswith("\u200eYour security code"):
                        n += 1
                counts[rel.split("/")[0][len("WhatsApp Chat - "):]] = n
    else:
        doc = json.loads(read_text(os.path.join(root, "Telegram Desktop/DataExport_2024-05-11/result.json")))
        for c in doc["chats"]["list"]:
            counts[c["name"]] = sum(1 for m in c["messages"] if m["type"] == "message")
    return counts


class VolumeTest(unittest.TestCase):
    def test_chat_volume_and_top_contacts(self):
        for pid in IDS:
            gt = load_gt(pid)
            counts = chat_counts(pid)
            with self.subTest(pid=pid):
                self.assertTrue(650 <= sum(counts.values()) <= 850, sum(counts.values()))
                self.assertTrue(5 <= len(counts) <= 7)
                for c in gt["facts"]["top_contacts"]:
                    self.assertEqual(counts[c["name"]], c["messages"])

    def test_payment_rows(self):
        def rows_cn():
            ali = read_text(os.path.join(PERSONAS, "cn_hefei_teacher/alipay/alipay_record_20241201_1021_1.csv"), "gbk")
            n1 = sum(1 for line in ali.splitlines() if re.match(r"\d{4}-\d\d-\d\d ", line))
            wx = read_text(os.path.join(PERSONAS, "cn_hefei_teacher/wechat_pay/微信支付账单(20240902-20241130).csv"))
            n2 = sum(1 for line in wx.splitlines() if re.match(r"\d{4}-\d\d-\d\d ", line))
            return n1 + n2

        def rows_ie():
            p = os.path.join(PERSONAS, "ie_galway_nurse/revolut/account-statement_2024-09-09_2024-12-06_en-ie_3f8a21.csv")
            return len(read_text(p).splitlines()) - 1

        def rows_us():
            p = os.path.join(PERSONAS, "us_atlanta_barber/venmo/VenmoStatement_Feb_12_2024_May_10_2024.csv")
            return sum(1 for r in csv.reader(io.StringIO(read_text(p))) if len(r) > 2 and r[1].isdigit())

        for name, n in (("cn", rows_cn()), ("ie", rows_ie()), ("us", rows_us())):
            with self.subTest(persona=name):
                self.assertTrue(80 <= n <= 150, n)


if __name__ == "__main__":
    unittest.main()
