"""Checks for the heldout24 blind persona set (stdlib unittest).

* regenerating under two TZ / PYTHONHASHSEED settings gives byte-identical files;
* ground_truth.json follows the round-11 schema;
* every planted number passes its checksum / format rule;
* every pii value is an exact substring of its decoded file;
* message, risky-contact and payment counts are inside the spec ranges and match the facts.
"""
from __future__ import annotations

import csv
import io
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

from h24_common import cn_id_ok, digits, json_strings, luhn_ok  # noqa: E402

PERSONAS = os.path.join(HERE, "personas")
IDS = ["cn_kunming_student", "cn_shenyang_mechanic", "ca_winnipeg_pharmacist"]
TYPES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE",
         "ABA_ROUTING_NUMBER", "UK_NINO", "UK_NHS", "UK_PASSPORT", "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN",
         "US_PASSPORT", "US_DRIVER_LICENSE", "LICENSE_PLATE", "USERNAME", "CN_ID_CARD", "CN_PASSPORT",
         "CN_BANK_CARD", "QQ_NUMBER", "WECHAT_ID", "URL", "CA_SIN", "CA_HEALTH_CARD"}
BOOL_FACTS = ["health", "politics", "financial_stress", "gambling", "gaming"]


def load_gt(pid):
    with open(os.path.join(PERSONAS, pid, "ground_truth.json"), encoding="utf-8") as fh:
        return json.load(fh)


def read_bytes(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def decoded(path: str) -> str:
    raw = read_bytes(path)
    if path.endswith(".json"):
        return "\n".join(json_strings(json.loads(raw.decode("utf-8"))))
    if "alipay" in path:
        return raw.decode("gbk")
    return raw.decode("utf-8-sig")


def tree(root):
    out = {}
    for dp, _dn, fn in os.walk(root):
        for f in fn:
            p = os.path.join(dp, f)
            out[os.path.relpath(p, root)] = read_bytes(p)
    return out


def na_phone_ok(v):
    d = digits(v)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return len(d) == 10 and d[3:6] == "555" and d[6:8] == "01"


def cn_mobile_ok(v):
    d = digits(v)
    if d.startswith("86") and len(d) == 13:
        d = d[2:]
    return len(d) == 11 and d[0] == "1" and d[1] in "3456789"


CHECKS = {
    "CREDIT_CARD": lambda v: 13 <= len(digits(v)) <= 19 and luhn_ok(v),
    "CN_BANK_CARD": lambda v: 16 <= len(digits(v)) <= 19 and luhn_ok(v) and digits(v)[0] == "6",
    "CN_ID_CARD": cn_id_ok,
    "CA_SIN": lambda v: len(digits(v)) == 9 and luhn_ok(v) and digits(v)[0] not in "089",
    "CA_HEALTH_CARD": lambda v: len(digits(v)) == 9,
    "BANK_ACCOUNT": lambda v: 7 <= len(digits(v)) <= 12 and digits(v) == v,
    "QQ_NUMBER": lambda v: v.isdigit() and 5 <= len(v) <= 11 and v[0] != "0",
    "CN_PASSPORT": lambda v: re.fullmatch(r"E[A-Z]?\d{7,8}", v) is not None and len(v) == 9,
    "WECHAT_ID": lambda v: re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", v) is not None and not v.startswith("wxid_"),
    "EMAIL_ADDRESS": lambda v: re.fullmatch(r"[^@\s]+@example\.(com|org|net|cn)", v) is not None,
    "LICENSE_PLATE": lambda v: (re.fullmatch(r"[\u4e00-\u9fff][A-Z][· ]?[A-Z0-9]{5,6}", v) is not None
                                or re.fullmatch(r"[A-Z]{3} \d{3}", v) is not None),
    "USERNAME": lambda v: re.fullmatch(r"@?[A-Za-z][A-Za-z0-9_.]{3,30}", v) is not None,
}


class GeneratorTest(unittest.TestCase):
    def test_regenerate_is_byte_identical(self):
        committed = tree(PERSONAS)
        self.assertTrue(committed, "no committed personas")
        for tz, seed in (("UTC", "0"), ("Pacific/Auckland", "4242")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--out", tmp], check=True, env=env)
                fresh = tree(os.path.join(tmp, "personas"))
                self.assertEqual(sorted(fresh), sorted(committed), f"file set differs under TZ={tz}")
                for rel, data in committed.items():
                    self.assertEqual(fresh[rel], data, f"{rel} differs under TZ={tz} PYTHONHASHSEED={seed}")

    def test_schema(self):
        for pid in IDS:
            gt = load_gt(pid)
            self.assertEqual(gt["schema_version"], 1)
            self.assertEqual(gt["persona"], pid)
            self.assertIs(gt["fictional"], True)
            self.assertIs(gt["independent"], True)
            self.assertIsInstance(gt["description"], str)
            self.assertIn("/", gt["timezone"])
            for k in ("names", "phones", "emails", "handles"):
                self.assertIsInstance(gt["user"][k], list)
                self.assertTrue(gt["user"][k])
            seen = set()
            for e in gt["pii"]:
                self.assertEqual(set(e), {"file", "entity_type", "value"})
                self.assertIn(e["entity_type"], TYPES)
                key = (e["file"], e["value"])
                self.assertNotIn(key, seen, f"duplicate {key}")
                seen.add(key)
            f = gt["facts"]
            for place in ("home", "work"):
                self.assertTrue(-90 <= f[place]["lat"] <= 90 and -180 <= f[place]["lon"] <= 180)
                self.assertEqual(f[place]["radius_m"], 300)
            self.assertIn("address", f["home"])
            self.assertIn("city", f["home"])
            self.assertIn("employer", f["work"])
            for k in ("start", "end"):
                self.assertRegex(f["sleep_window"][k], r"^\d\d:\d\d$")
            self.assertEqual(len(f["top_contacts"]), 3)
            for r in f["relationships"]:
                self.assertEqual(set(r), {"name", "relationship", "full_name"})
            self.assertIn(f["religion"]["value"], (False, "Catholic", "Muslim", "Buddhist", "Hindu", "Jewish",
                                                   "Protestant", "Orthodox", "Sikh"))
            for k in BOOL_FACTS:
                self.assertIsInstance(f[k]["value"], bool)
            trues = sum(1 for k in BOOL_FACTS if f[k]["value"]) + (1 if f["religion"]["value"] else 0)
            self.assertIn(trues, (2, 3), pid)
            self.assertFalse(f["politics"]["value"])
            self.assertRegex(f["salary"]["amount"], r"^\d+\.\d\d$")
            self.assertEqual(set(f["risky_contact"]), {"name", "why"})

    def test_pii_values_are_substrings(self):
        for pid in IDS:
            gt = load_gt(pid)
            cache = {}
            for e in gt["pii"]:
                path = os.path.join(PERSONAS, pid, e["file"])
                self.assertTrue(os.path.isfile(path), path)
                if path not in cache:
                    cache[path] = decoded(path)
                self.assertTrue(e["value"] in cache[path], f"{pid}: {e} not in decoded file")

    def test_user_identifiers_present(self):
        for pid in IDS:
            gt = load_gt(pid)
            blob = "\n".join(decoded(os.path.join(dp, f)) for dp, _d, fn in os.walk(os.path.join(PERSONAS, pid))
                             for f in fn if f != "ground_truth.json")
            for k in ("names", "phones", "emails", "handles"):
                for v in gt["user"][k]:
                    self.assertTrue(v in blob, f"{pid}: user {k} value {v!r} appears in no file")

    def test_checksums(self):
        for pid in IDS:
            for e in load_gt(pid)["pii"]:
                t, v = e["entity_type"], e["value"]
                if t in CHECKS:
                    self.assertTrue(CHECKS[t](v), f"{pid}: {t} {v!r}")
                if t == "PHONE_NUMBER":
                    ok = cn_mobile_ok(v) if pid.startswith("cn_") else na_phone_ok(v)
                    self.assertTrue(ok, f"{pid}: phone {v!r}")
                if t == "URL":
                    self.assertTrue(any(u["value"].lstrip("@") in v for u in load_gt(pid)["pii"]
                                        if u["entity_type"] == "USERNAME"), v)

    # ------------------------------------------------------------------ counts

    def _rows(self, path, enc="utf-8-sig", skip_until=None):
        text = read_bytes(path).decode(enc)
        if skip_until:
            text = text[text.index(skip_until):]
        return list(csv.reader(io.StringIO(text)))

    def test_counts_kunming(self):
        pid = "cn_kunming_student"
        root = os.path.join(PERSONAS, pid)
        gt = load_gt(pid)
        total, per_chat, risky = 0, {}, set()
        for dp, _d, fn in os.walk(os.path.join(root, "wechat")):
            for f in fn:
                if f.endswith(".csv"):
                    rows = self._rows(os.path.join(dp, f), "utf-8")[1:]
                    users = json.loads(read_bytes(os.path.join(dp, "users.json")).decode("utf-8"))
                    n = sum(1 for r in rows if r[2] != "系统通知")
                    total += n
                    room = rows[0][5]
                    title = users[room]["remark"] if room in users else room
                    per_chat[title] = n
                    for r in rows:
                        if r[4] in users and users[r[4]]["remark"] == gt["facts"]["risky_contact"]["name"]:
                            risky.add(r[6])
        self.assertTrue(650 <= total <= 850, total)
        self.assertTrue(60 <= len(risky) <= 75, len(risky))
        for tc in gt["facts"]["top_contacts"]:
            self.assertEqual(per_chat[tc["name"]], tc["messages"])
        ali = self._rows(os.path.join(root, "alipay", "alipay_record_20241201_102844.csv"), "gbk", "交易时间 ")[1:]
        wx = self._rows(os.path.join(root, "wechatpay", "微信支付账单(20240901-20241130).csv"), "utf-8", "交易时间,")[1:]
        self.assertTrue(80 <= len(ali) + len(wx) <= 150, len(ali) + len(wx))
        salary = [r for r in ali if r[2].strip() == gt["facts"]["salary"]["payer"] and r[5].strip() == "收入"]
        self.assertGreaterEqual(len(salary), 3)
        self.assertTrue(all(r[6].strip() == gt["facts"]["salary"]["amount"] for r in salary))

    def test_counts_shenyang(self):
        pid = "cn_shenyang_mechanic"
        root = os.path.join(PERSONAS, pid)
        gt = load_gt(pid)
        total, per_chat, risky = 0, {}, set()
        base = os.path.join(root, "wechat", "聊天记录")
        for title in os.listdir(base):
            rows = self._rows(os.path.join(base, title, f"{title}_utf8.csv"))[1:]
            n = sum(1 for r in rows if r[2] != "10000")
            per_chat[title] = n
            total += n
            risky |= {r[7] for r in rows if r[9] == gt["facts"]["risky_contact"]["name"]}
        self.assertTrue(650 <= total <= 850, total)
        self.assertTrue(60 <= len(risky) <= 75, len(risky))
        for tc in gt["facts"]["top_contacts"]:
            self.assertEqual(per_chat[tc["name"]], tc["messages"])
        ali = self._rows(os.path.join(root, "alipay", "alipay_record_20240601_074903.csv"), "gbk", "交易时间 ")[1:]
        wx = self._rows(os.path.join(root, "wechatpay", "微信支付账单(20240301-20240531).csv"), "utf-8", "交易时间,")[1:]
        self.assertTrue(80 <= len(ali) + len(wx) <= 150, len(ali) + len(wx))
        salary = [r for r in ali if r[2].strip() == gt["facts"]["salary"]["payer"]]
        self.assertEqual(len(salary), 3)

    def test_counts_winnipeg(self):
        pid = "ca_winnipeg_pharmacist"
        root = os.path.join(PERSONAS, pid)
        gt = load_gt(pid)
        data = json.loads(read_bytes(os.path.join(root, "Telegram Desktop", "DataExport_2025-04-21",
                                                  "result.json")).decode("utf-8"))
        total, per_chat, risky = 0, {}, set()
        for c in data["chats"]["list"]:
            msgs = [m for m in c["messages"] if m["type"] == "message"]
            per_chat[c["name"]] = len(msgs)
            total += len(msgs)
            for m in msgs:
                if m["from"] == gt["facts"]["risky_contact"]["name"]:
                    t = m["text"] if isinstance(m["text"], str) else "".join(
                        x if isinstance(x, str) else x["text"] for x in m["text"])
                    risky.add(t)
        self.assertTrue(650 <= total <= 850, total)
        self.assertTrue(60 <= len(risky) <= 75, len(risky))
        for tc in gt["facts"]["top_contacts"]:
            self.assertEqual(per_chat[tc["name"]], tc["messages"])
        ofx = read_bytes(os.path.join(root, "bank", "chequing_6178334_20250421.ofx")).decode("ascii")
        n = ofx.count("<STMTTRN>")
        self.assertTrue(80 <= n <= 150, n)
        self.assertGreaterEqual(ofx.count("<TRNAMT>" + gt["facts"]["salary"]["amount"]), 6)
        tl = json.loads(read_bytes(os.path.join(root, "Timeline.json")).decode("utf-8"))
        offsets = {s["startTimeTimezoneUtcOffsetMinutes"] for s in tl["semanticSegments"]}
        self.assertEqual(offsets, {-360, -300})  # crosses the DST change


if __name__ == "__main__":
    unittest.main()
