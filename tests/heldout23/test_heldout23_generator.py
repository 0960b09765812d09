"""Tests for the heldout23 blind persona set.

* regenerating under two TZ / PYTHONHASHSEED settings reproduces the committed
  files byte for byte;
* every ground_truth.json follows the schema;
* every planted number passes its checksum / format rule;
* every pii value is an exact substring of its decoded file;
* the top_contacts counts match the chat exports.

The decoding and checksum code here is written independently of the generator.
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
IDS = ["cn_nanjing_retiree", "uk_glasgow_chef", "us_philly_contractor"]

ENTITY_TYPES = {
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE",
    "ABA_ROUTING_NUMBER", "UK_NINO", "UK_NHS", "UK_PASSPORT", "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN",
    "US_PASSPORT", "US_DRIVER_LICENSE", "LICENSE_PLATE", "USERNAME", "CN_ID_CARD", "CN_PASSPORT", "CN_BANK_CARD",
    "QQ_NUMBER", "WECHAT_ID", "URL",
}


def _files(root):
    out = {}
    for dp, _, fns in os.walk(root):
        for fn in fns:
            p = os.path.join(dp, fn)
            out[os.path.relpath(p, root)] = p
    return out


def _strings(obj, out, repair):
    if isinstance(obj, dict):
        for k, v in obj.items():
            _strings(k, out, repair)
            _strings(v, out, repair)
    elif isinstance(obj, list):
        for v in obj:
            _strings(v, out, repair)
    elif isinstance(obj, str):
        if repair:
            try:
                obj = obj.encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
        out.append(obj)


def decoded(path, rel):
    """Decoded text segments of an export file, judged from its path."""
    with open(path, "rb") as f:
        raw = f.read()
    if rel.endswith(".csv"):
        enc = "gbk" if rel.startswith("alipay/") else "utf-8-sig"
        return [raw.decode(enc)]
    if rel.endswith(".ofx"):
        return [raw.decode("cp1252")]
    text = raw.decode("utf-8-sig")
    if rel.endswith(".js"):
        text = text[text.index("=") + 1:]
    out = []
    _strings(json.loads(text), out, repair=rel.startswith(("facebook/", "instagram/")))
    return out


# ------------------------------------------------------------------ checksums (independent)

def luhn(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        s += d
    return s % 10 == 0


def cn_id_ok(v):
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(v[:17], w)) % 11] == v[17]


def iban_ok(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def nhs_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) != 10:
        return False
    r = 11 - sum(int(a) * w for a, w in zip(d[:9], range(10, 1, -1))) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[9])


def aba_ok(v):
    if not re.fullmatch(r"\d{9}", v):
        return False
    d = [int(c) for c in v]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def nino_ok(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    return s[0] not in "DFIQUV" and s[1] not in "DFIOQUV" and s[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def itin_ok(v):
    m = re.fullmatch(r"9\d{2}-(\d{2})-\d{4}", v)
    if not m:
        return False
    g = int(m.group(1))
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


def phone_ok(v):
    d = re.sub(r"\D", "", v)
    if re.fullmatch(r"1[3-9]\d{9}", d):            # invented Chinese mobile
        return True
    if re.fullmatch(r"025\d{8}", d):               # Nanjing landline
        return True
    if re.fullmatch(r"(44|0)7700900\d{3}", d) or re.fullmatch(r"(44|0)1632960\d{3}", d) \
            or re.fullmatch(r"(44|0)1414960\d{3}", d):  # Ofcom drama ranges
        return True
    if re.fullmatch(r"1?\d{3}55501\d{2}", d):      # US 555-01xx
        return True
    return False


CHECKS = {
    "CREDIT_CARD": lambda v: luhn(v) and 13 <= len(re.sub(r"\D", "", v)) <= 19,
    "CN_BANK_CARD": lambda v: luhn(v) and re.sub(r"\D", "", v).startswith("62"),
    "CN_ID_CARD": cn_id_ok,
    "IBAN_CODE": iban_ok,
    "UK_NHS": nhs_ok,
    "ABA_ROUTING_NUMBER": aba_ok,
    "UK_NINO": nino_ok,
    "US_SSN": ssn_ok,
    "US_ITIN": itin_ok,
    "PHONE_NUMBER": phone_ok,
    "EMAIL_ADDRESS": lambda v: re.fullmatch(r"[\w.+-]+@example\.(com|org|net|cn)", v) is not None,
    "UK_DRIVING_LICENCE": lambda v: re.fullmatch(r"[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]{2}", v) is not None,
    "UK_PASSPORT": lambda v: re.fullmatch(r"\d{9}", v) is not None,
    "US_PASSPORT": lambda v: re.fullmatch(r"[A-Z]\d{8}|\d{9}", v) is not None,
    "CN_PASSPORT": lambda v: re.fullmatch(r"E[A-Z0-9]\d{7}", v) is not None,
    "QQ_NUMBER": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v) is not None,
    "BANK_ACCOUNT": lambda v: re.fullmatch(r"\d{8,12}", v) is not None,
}


def _load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_gt(pid, root=PERSONAS):
    with open(os.path.join(root, pid, "ground_truth.json"), encoding="utf-8") as f:
        return json.load(f)


class Reproducible(unittest.TestCase):
    def test_bytes_identical_under_two_settings(self):
        committed = _files(PERSONAS)
        self.assertTrue(committed, "no committed personas")
        for tz, seed in (("UTC", "0"), ("Pacific/Chatham", "4242")):
            with tempfile.TemporaryDirectory(prefix="h23_") as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C", LANG="C")
                subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--out", tmp], env=env,
                               check=True, cwd=tempfile.gettempdir())
                out = _files(tmp)
                self.assertEqual(sorted(out), sorted(committed), f"file list differs under TZ={tz}")
                for rel, p in committed.items():
                    with open(p, "rb") as a, open(out[rel], "rb") as b:
                        self.assertEqual(a.read(), b.read(), f"{rel} differs under TZ={tz} PYTHONHASHSEED={seed}")


class GroundTruth(unittest.TestCase):
    def test_schema(self):
        for pid in IDS:
            gt = load_gt(pid)
            self.assertEqual(gt["schema_version"], 1)
            self.assertEqual(gt["persona"], pid)
            self.assertIs(gt["fictional"], True)
            self.assertIs(gt["independent"], True)
            self.assertIsInstance(gt["description"], str)
            ZoneInfo(gt["timezone"])
            u = gt["user"]
            for k in ("names", "phones", "emails", "handles"):
                self.assertIsInstance(u[k], list)
                self.assertTrue(u[k], f"{pid} user.{k} empty")
            seen = set()
            for p in gt["pii"]:
                self.assertEqual(set(p), {"file", "entity_type", "value"})
                self.assertIn(p["entity_type"], ENTITY_TYPES)
                self.assertTrue(os.path.isfile(os.path.join(PERSONAS, pid, p["file"])), p["file"])
                key = (p["file"], p["value"])
                self.assertNotIn(key, seen, f"duplicate pii entry {key}")
                seen.add(key)
            f = gt["facts"]
            for k in ("lat", "lon", "radius_m", "address", "city"):
                self.assertIn(k, f["home"])
            for k in ("lat", "lon", "radius_m", "employer"):
                self.assertIn(k, f["work"])
            sw = f["sleep_window"]
            self.assertRegex(sw["start"], r"^\d\d:\d\d$")
            self.assertRegex(sw["end"], r"^\d\d:\d\d$")
            self.assertIsInstance(sw["tolerance_min"], int)
            self.assertEqual(len(f["top_contacts"]), 3)
            counts = [c["messages"] for c in f["top_contacts"]]
            self.assertEqual(counts, sorted(counts, reverse=True))
            for r in f["relationships"]:
                self.assertEqual(set(r), {"name", "relationship", "full_name"})
            for k in ("religion", "health", "politics", "financial_stress", "gambling", "gaming"):
                self.assertIn("value", f[k])
                self.assertTrue(f[k]["value"] is False or f[k]["value"] is True or isinstance(f[k]["value"], str))
            trues = sum(1 for k in ("religion", "health", "politics", "financial_stress", "gambling", "gaming")
                        if f[k]["value"] not in (False,))
            self.assertIn(trues, (2, 3), pid)
            self.assertIs(f["politics"]["value"], False)
            self.assertRegex(f["salary"]["amount"], r"^\d+\.\d\d$")
            self.assertEqual(f["salary"]["period"], "monthly")
            self.assertTrue(f["risky_contact"]["name"])

    def test_counts_per_persona(self):
        for pid in IDS:
            pii = load_gt(pid)["pii"]
            self.assertGreaterEqual(len(pii), 30, pid)
            self.assertLessEqual(len(pii), 55, pid)
            persons = sum(1 for p in pii if p["entity_type"] == "PERSON")
            self.assertGreater(persons / len(pii), 0.3, pid)
            self.assertLess(persons / len(pii), 0.55, pid)

    def test_checksums(self):
        for pid in IDS:
            for p in load_gt(pid)["pii"]:
                check = CHECKS.get(p["entity_type"])
                if check:
                    self.assertTrue(check(p["value"]), f"{pid}: {p['entity_type']} {p['value']!r} fails its check")
            for ph in load_gt(pid)["user"]["phones"]:
                self.assertTrue(phone_ok(ph), ph)

    def test_values_are_substrings_of_decoded_files(self):
        for pid in IDS:
            cache = {}
            for p in load_gt(pid)["pii"]:
                rel = p["file"]
                if rel not in cache:
                    cache[rel] = decoded(os.path.join(PERSONAS, pid, rel), rel)
                self.assertTrue(any(p["value"] in s for s in cache[rel]),
                                f"{pid}: {p['value']!r} not found in {rel}")

    def test_top_contacts_match_exports(self):
        # cn: MemoTrace CSV per chat
        gt = load_gt("cn_nanjing_retiree")
        for c in gt["facts"]["top_contacts"]:
            p = os.path.join(PERSONAS, "cn_nanjing_retiree", "wechat", "聊天记录", c["name"], f"{c['name']}_utf8.csv")
            with open(p, encoding="utf-8-sig", newline="") as f:
                rows = list(csv.DictReader(f))
            self.assertEqual(len(rows), c["messages"], c["name"])
        # uk: Telegram result.json
        gt = load_gt("uk_glasgow_chef")
        tg = _load_json(os.path.join(PERSONAS, "uk_glasgow_chef", "telegram", "DataExport_2024-12-01", "result.json"))
        by = {c["name"]: len(c["messages"]) for c in tg["chats"]["list"]}
        for c in gt["facts"]["top_contacts"]:
            self.assertEqual(by[c["name"]], c["messages"], c["name"])
        # us: Messenger threads (mojibake titles)
        gt = load_gt("us_philly_contractor")
        inbox = os.path.join(PERSONAS, "us_philly_contractor", "facebook", "your_facebook_activity", "messages", "inbox")
        by = {}
        for d in os.listdir(inbox):
            doc = _load_json(os.path.join(inbox, d, "message_1.json"))
            by[doc["title"].encode("latin-1").decode("utf-8")] = len(doc["messages"])
        for c in gt["facts"]["top_contacts"]:
            self.assertEqual(by[c["name"]], c["messages"], c["name"])

    def test_chat_volume(self):
        n = 0
        for d in os.listdir(os.path.join(PERSONAS, "cn_nanjing_retiree", "wechat", "聊天记录")):
            with open(os.path.join(PERSONAS, "cn_nanjing_retiree", "wechat", "聊天记录", d, f"{d}_utf8.csv"),
                      encoding="utf-8-sig", newline="") as f:
                n += len(list(csv.DictReader(f)))
        self.assertTrue(650 <= n <= 850, n)
        tg = _load_json(os.path.join(PERSONAS, "uk_glasgow_chef", "telegram", "DataExport_2024-12-01", "result.json"))
        n = sum(len(c["messages"]) for c in tg["chats"]["list"])
        self.assertTrue(650 <= n <= 850, n)
        inbox = os.path.join(PERSONAS, "us_philly_contractor", "facebook", "your_facebook_activity", "messages", "inbox")
        n = sum(len(_load_json(os.path.join(inbox, d, "message_1.json"))["messages"]) for d in os.listdir(inbox))
        self.assertTrue(650 <= n <= 850, n)


if __name__ == "__main__":
    unittest.main()
