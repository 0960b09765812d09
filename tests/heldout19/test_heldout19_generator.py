"""Checks for the heldout19 blind personas: determinism, schema, checksums, pii substrings."""
import csv
import filecmp
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import h19_common as C  # noqa: E402

PERSONAS = os.path.join(HERE, "personas")
IDS = ["cn_zibo_teacher", "uk_wrexham_carys", "us_tucson_dante"]
ENTITY_TYPES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE",
                "ABA_ROUTING_NUMBER", "UK_NINO", "UK_NHS", "UK_PASSPORT", "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN",
                "US_PASSPORT", "US_DRIVER_LICENSE", "LICENSE_PLATE", "USERNAME", "CN_ID_CARD", "CN_PASSPORT",
                "CN_BANK_CARD", "QQ_NUMBER", "WECHAT_ID", "URL"}


def _strings(obj, fix=False):
    if isinstance(obj, str):
        if fix:
            try:
                obj = obj.encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
        yield obj
    elif isinstance(obj, list):
        for x in obj:
            yield from _strings(x, fix)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(k, fix)
            yield from _strings(v, fix)


def decoded(path):
    with open(path, "rb") as f:
        raw = f.read()
    if "alipay" in path:
        return raw.decode("gbk")
    text = raw.decode("utf-8-sig")
    if path.endswith(".js"):
        text = text[text.index("=") + 1:]
    if path.endswith((".json", ".js")):
        fix = "your_facebook_activity" in path
        return "\n".join(_strings(json.loads(text), fix))
    return text


def gt(pid):
    with open(os.path.join(PERSONAS, pid, "ground_truth.json"), encoding="utf-8") as f:
        return json.load(f)


class Determinism(unittest.TestCase):
    def test_regenerate_identical(self):
        for tz, seed in (("Pacific/Auckland", "1"), ("America/Los_Angeles", "4242")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), tmp], check=True, env=env,
                               stdout=subprocess.DEVNULL)
                for pid in IDS:
                    a, b = os.path.join(PERSONAS, pid), os.path.join(tmp, pid)
                    fa = sorted(os.path.relpath(os.path.join(d, f), a) for d, _, fs in os.walk(a) for f in fs)
                    fb = sorted(os.path.relpath(os.path.join(d, f), b) for d, _, fs in os.walk(b) for f in fs)
                    self.assertEqual(fa, fb)
                    for rel in fa:
                        self.assertTrue(filecmp.cmp(os.path.join(a, rel), os.path.join(b, rel), shallow=False), (tz, pid, rel))


class Schema(unittest.TestCase):
    def test_schema(self):
        for pid in IDS:
            g = gt(pid)
            self.assertEqual(g["schema_version"], 1)
            self.assertEqual(g["persona"], pid)
            self.assertIs(g["fictional"], True)
            self.assertIs(g["independent"], True)
            for k in ("names", "phones", "emails", "handles"):
                self.assertTrue(g["user"][k])
            f = g["facts"]
            for k in ("home", "work", "sleep_window", "top_contacts", "relationships", "religion", "health", "politics",
                      "financial_stress", "gambling", "gaming", "salary", "risky_contact"):
                self.assertIn(k, f)
            self.assertEqual(len(f["top_contacts"]), 3)
            trues = [k for k in ("religion", "health", "politics", "financial_stress", "gambling", "gaming") if f[k]["value"]]
            self.assertIn(len(trues), (2, 3), pid)
            self.assertFalse(f["politics"]["value"])
            self.assertRegex(f["salary"]["amount"], r"^\d+\.\d\d$")
            seen = set()
            for e in g["pii"]:
                self.assertIn(e["entity_type"], ENTITY_TYPES)
                self.assertNotIn((e["file"], e["value"]), seen)
                seen.add((e["file"], e["value"]))
            self.assertGreaterEqual(len(g["pii"]), 30)


class PiiSubstrings(unittest.TestCase):
    def test_values_in_files(self):
        for pid in IDS:
            cache = {}
            for e in gt(pid)["pii"]:
                p = os.path.join(PERSONAS, pid, e["file"])
                if p not in cache:
                    cache[p] = decoded(p)
                self.assertIn(e["value"], cache[p], (pid, e))


class Checksums(unittest.TestCase):
    def test_numbers(self):
        for pid in IDS:
            for e in gt(pid)["pii"]:
                t, v = e["entity_type"], e["value"]
                digits = re.sub(r"\D", "", v)
                if t in ("CREDIT_CARD", "CN_BANK_CARD"):
                    self.assertTrue(C.luhn_ok(v), v)
                elif t == "CN_ID_CARD":
                    self.assertTrue(C.cn_id_ok(v), v)
                elif t == "IBAN_CODE":
                    self.assertTrue(C.iban_ok(v), v)
                elif t == "UK_NHS":
                    self.assertTrue(C.nhs_ok(v), v)
                elif t == "ABA_ROUTING_NUMBER":
                    self.assertTrue(C.aba_ok(v), v)
                elif t == "UK_NINO":
                    self.assertTrue(C.nino_ok(v), v)
                elif t == "US_SSN":
                    a, b, c = v.split("-")
                    self.assertTrue(a not in ("000", "666") and a[0] != "9" and b != "00" and c != "0000", v)
                elif t == "US_ITIN":
                    a, b, c = v.split("-")
                    self.assertTrue(a[0] == "9" and (50 <= int(b) <= 65 or 70 <= int(b) <= 88 or 90 <= int(b) <= 92 or 94 <= int(b) <= 99), v)
                elif t == "UK_PASSPORT" or t == "US_PASSPORT":
                    self.assertRegex(v, r"^\d{9}$")
                elif t == "CN_PASSPORT":
                    self.assertRegex(v, r"^E\d{8}$")
                elif t == "UK_DRIVING_LICENCE":
                    self.assertRegex(v, r"^[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]{2}$")
                elif t == "PHONE_NUMBER":
                    if pid.startswith("uk"):
                        self.assertRegex(digits, r"7700900\d{3}$|1632960\d{3}$")
                    elif pid.startswith("us"):
                        self.assertRegex(digits, r"55501\d\d$")
                    else:
                        self.assertRegex(digits, r"^1[3-9]\d{9}$")

    def test_user_phones_fictional(self):
        for pid in IDS:
            for v in gt(pid)["user"]["phones"]:
                d = re.sub(r"\D", "", v)
                self.assertTrue(re.search(r"7700900\d{3}$|55501\d\d$|^1[3-9]\d{9}$", d), v)


class Behaviour(unittest.TestCase):
    def test_counts_and_risky(self):
        for pid in IDS:
            g = gt(pid)
            base = os.path.join(PERSONAS, pid)
            risky = g["facts"]["risky_contact"]["name"]
            total = 0
            rants = set()
            if pid.startswith("cn"):
                wx = re.search(r"wxid_\w+", g["facts"]["risky_contact"]["why"]).group(0)
                for fn in os.listdir(os.path.join(base, "wechat")):
                    rows = list(csv.DictReader(io.StringIO(decoded(os.path.join(base, "wechat", fn)))))
                    total += len(rows)
                    for r in rows:
                        self.assertEqual(r["is_sender"] == "1", r["talker"] == "wxid_7qk2m0vd3h1922")
                        if r["talker"] == wx:
                            rants.add(r["msg"])
            elif pid.startswith("uk"):
                for fn in os.listdir(base):
                    if fn.startswith("WhatsApp Chat with"):
                        for line in decoded(os.path.join(base, fn)).splitlines():
                            m = re.match(r"\d\d/\d\d/\d{4}, \d\d:\d\d - ([^:]+): (.*)", line)
                            if m:
                                total += 1
                                if m.group(1) == risky:
                                    rants.add(m.group(2))
            else:
                inbox = os.path.join(base, "your_facebook_activity/messages/inbox")
                for d in os.listdir(inbox):
                    with open(os.path.join(inbox, d, "message_1.json"), encoding="utf-8") as f:
                        obj = json.load(f)
                    total += len(obj["messages"])
                    ts = [m["timestamp_ms"] for m in obj["messages"]]
                    self.assertEqual(ts, sorted(ts, reverse=True))
                    for m in obj["messages"]:
                        if m["sender_name"] == risky:
                            rants.add(m["content"])
            self.assertTrue(650 <= total <= 850, (pid, total))
            self.assertTrue(60 <= len(rants) <= 75, (pid, len(rants)))


if __name__ == "__main__":
    unittest.main()
