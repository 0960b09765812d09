"""Checks for the heldout25 blind persona set.

* generate.py is deterministic: regenerating under two TZ / PYTHONHASHSEED settings gives the
  committed files byte for byte;
* every ground_truth.json follows the schema;
* every planted number passes its checksum or format rule;
* every pii value is an exact substring of its decoded file (JSON strings decoded, Facebook
  mojibake repaired, the Alipay bill read as GBK).
"""
from __future__ import annotations

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
IDS = ["cn_foshan_factory", "cn_changsha_nurse", "us_elpaso_trucker"]

ENTITY_TYPES = {
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE",
    "ABA_ROUTING_NUMBER", "UK_NINO", "UK_NHS", "UK_PASSPORT", "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN",
    "US_PASSPORT", "US_DRIVER_LICENSE", "LICENSE_PLATE", "USERNAME", "CN_ID_CARD", "CN_PASSPORT",
    "CN_BANK_CARD", "QQ_NUMBER", "WECHAT_ID", "URL", "US_DOT_NUMBER",
}


def _files(root):
    out = {}
    for dirpath, _dirs, names in os.walk(root):
        for n in names:
            p = os.path.join(dirpath, n)
            out[os.path.relpath(p, root).replace(os.sep, "/")] = p
    return out


# ------------------------------------------------------------------ independent checksum helpers
def luhn(number: str) -> bool:
    d = [int(c) for c in number if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        s += x
    return len(d) >= 13 and s % 10 == 0


def cn_id(v: str) -> bool:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if not re.fullmatch(r"\d{17}[\dXx]", v):
        return False
    return "10X98765432"[sum(int(a) * b for a, b in zip(v[:17], w)) % 11] == v[17].upper()


def aba(v: str) -> bool:
    if not re.fullmatch(r"\d{9}", v):
        return False
    d = [int(c) for c in v]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def ssn(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00"
            and d[5:] != "0000")


def phone(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    if d.startswith("86") and len(d) == 13:
        d = d[2:]
    if len(d) == 11 and re.fullmatch(r"1[3-9]\d{9}", d):
        return True                                   # invented Chinese mobile
    return len(d) >= 10 and d[-7:-4] == "555" and d[-4:-2] == "01"   # 555-01xx fiction range


CHECKS = {
    "CREDIT_CARD": luhn,
    "CN_BANK_CARD": lambda v: luhn(v) and len(re.sub(r"\D", "", v)) in (16, 17, 18, 19),
    "CN_ID_CARD": cn_id,
    "ABA_ROUTING_NUMBER": aba,
    "US_SSN": ssn,
    "US_PASSPORT": lambda v: re.fullmatch(r"\d{9}", v) is not None,
    "US_DRIVER_LICENSE": lambda v: re.fullmatch(r"\d{8}", v) is not None,
    "US_DOT_NUMBER": lambda v: re.fullmatch(r"\d{5,8}", v) is not None,
    "BANK_ACCOUNT": lambda v: re.fullmatch(r"\d{8,17}", v) is not None,
    "CN_PASSPORT": lambda v: re.fullmatch(r"E(\d{8}|[A-HJ-NP-Z]\d{7})", v) is not None,
    "QQ_NUMBER": lambda v: re.fullmatch(r"[1-9]\d{4,10}", v) is not None,
    "WECHAT_ID": lambda v: re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v) is not None and not v.startswith("wxid_"),
    "PHONE_NUMBER": phone,
    "EMAIL_ADDRESS": lambda v: re.fullmatch(r"[^@\s]+@example\.(com|org|net|cn)", v) is not None,
    "LICENSE_PLATE": lambda v: re.fullmatch(r"[\u4e00-\u9fff][A-Z]·?[A-Z0-9]{5,6}|[A-Z]{3}-\d{4}", v) is not None,
}


# ------------------------------------------------------------------ decoding
def _strings(obj, out):
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, list):
        for x in obj:
            _strings(x, out)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out.append(k)
            _strings(v, out)


def _repair(s: str) -> str:
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def decode(rel: str, path: str) -> str:
    with open(path, "rb") as fh:
        raw = fh.read()
    if rel.endswith(".json"):
        strings = []
        _strings(json.loads(raw.decode("utf-8")), strings)
        if rel.startswith("facebook/"):
            strings = [_repair(s) for s in strings]
        return "\n".join(strings)
    if os.path.basename(rel).startswith(("alipay_record", "支付宝")):
        return raw.decode("gbk")
    if rel.endswith(".ofx"):
        return raw.decode("cp1252")
    return raw.decode("utf-8-sig")


class GeneratorTest(unittest.TestCase):

    def test_regenerates_byte_identical(self):
        committed = _files(PERSONAS)
        self.assertTrue(committed, "personas/ is empty: run generate.py")
        for tz, seed in (("UTC", "0"), ("Pacific/Auckland", "4242")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), tmp], check=True, env=env,
                               cwd=tmp)
                fresh = _files(tmp)
                self.assertEqual(sorted(fresh), sorted(committed), f"file set differs under TZ={tz}")
                for rel, p in fresh.items():
                    with open(p, "rb") as a, open(committed[rel], "rb") as b:
                        self.assertEqual(a.read(), b.read(), f"{rel} differs under TZ={tz} PYTHONHASHSEED={seed}")

    def _gt(self, pid):
        with open(os.path.join(PERSONAS, pid, "ground_truth.json"), encoding="utf-8") as fh:
            return json.load(fh)

    def test_schema(self):
        for pid in IDS:
            gt = self._gt(pid)
            self.assertEqual(gt["schema_version"], 1)
            self.assertEqual(gt["persona"], pid)
            self.assertIs(gt["fictional"], True)
            self.assertIs(gt["independent"], True)
            ZoneInfo(gt["timezone"])
            for k in ("names", "phones", "emails", "handles"):
                self.assertIsInstance(gt["user"][k], list)
            self.assertTrue(gt["user"]["names"])
            f = gt["facts"]
            for k in ("home", "work"):
                self.assertIsInstance(f[k]["lat"], float)
                self.assertIsInstance(f[k]["lon"], float)
                self.assertEqual(f[k]["radius_m"], 300)
            self.assertTrue(f["home"]["address"] and f["home"]["city"] and f["work"]["employer"])
            for k in ("start", "end"):
                self.assertRegex(f["sleep_window"][k], r"^\d\d:\d\d$")
            self.assertIsInstance(f["sleep_window"]["tolerance_min"], int)
            self.assertEqual(len(f["top_contacts"]), 3)
            counts = [c["messages"] for c in f["top_contacts"]]
            self.assertEqual(counts, sorted(counts, reverse=True))
            for r in f["relationships"]:
                self.assertEqual(set(r), {"name", "relationship", "full_name"})
            trues = 0
            for k in ("religion", "health", "politics", "financial_stress", "gambling", "gaming"):
                v = f[k]["value"]
                self.assertTrue(v is False or v is True or isinstance(v, str))
                trues += v is not False
            self.assertIn(trues, (2, 3), pid)
            self.assertIs(f["politics"]["value"], False)
            self.assertRegex(f["salary"]["amount"], r"^\d+\.\d\d$")
            self.assertIn(f["salary"]["period"], ("monthly", "weekly", "biweekly"))
            self.assertTrue(f["risky_contact"]["name"] and f["risky_contact"]["why"])
            pii = gt["pii"]
            self.assertGreaterEqual(len(pii), 30)
            seen = set()
            for e in pii:
                self.assertEqual(set(e), {"file", "entity_type", "value"})
                self.assertIn(e["entity_type"], ENTITY_TYPES)
                key = (e["file"], e["value"])
                self.assertNotIn(key, seen, f"duplicate pii entry {key}")
                seen.add(key)

    def test_chat_titles_exist(self):
        for pid in IDS:
            gt = self._gt(pid)
            rels = " ".join(_files(os.path.join(PERSONAS, pid)))
            for c in gt["facts"]["top_contacts"] + gt["facts"]["relationships"]:
                self.assertIn(c["name"], rels, f"{pid}: no export file for chat {c['name']}")

    def test_checksums(self):
        checked = 0
        for pid in IDS:
            for e in self._gt(pid)["pii"]:
                rule = CHECKS.get(e["entity_type"])
                if rule:
                    self.assertTrue(rule(e["value"]), f"{pid}: {e['entity_type']} {e['value']!r} fails its check")
                    checked += 1
        self.assertGreater(checked, 40)

    def test_pii_values_are_substrings(self):
        for pid in IDS:
            root = os.path.join(PERSONAS, pid)
            files = _files(root)
            cache = {}
            for e in self._gt(pid)["pii"]:
                self.assertIn(e["file"], files, f"{pid}: missing file {e['file']}")
                if e["file"] not in cache:
                    cache[e["file"]] = decode(e["file"], files[e["file"]])
                self.assertIn(e["value"], cache[e["file"]], f"{pid}: {e['value']!r} not in {e['file']}")

    def test_message_volume(self):
        sys.path.insert(0, HERE)
        import h25_changsha
        import h25_elpaso
        import h25_foshan
        for mod in (h25_foshan, h25_changsha, h25_elpaso):
            tl = mod.build_chats()
            by = tl.by_chat()
            total = sum(len(v) for v in by.values())
            self.assertTrue(650 <= total <= 850, f"{mod.PID}: {total} chat messages")
            self.assertTrue(5 <= len(by) <= 7, f"{mod.PID}: {len(by)} chats")


if __name__ == "__main__":
    unittest.main()
