# ruff: noqa: B905, PT009
"""Checks for the heldout15 generator (stdlib only; never imports the tool)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
from datetime import UTC, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = os.path.join(HERE, "personas")
TOP_KEYS = [
    "schema_version",
    "persona",
    "fictional",
    "independent",
    "description",
    "timezone",
    "user",
    "pii",
    "facts",
]
FACT_KEYS = [
    "home",
    "work",
    "sleep_window",
    "top_contacts",
    "relationships",
    "religion",
    "health",
    "politics",
    "financial_stress",
    "gambling",
    "gaming",
    "salary",
    "risky_contact",
]


def tree(root: str) -> dict[str, bytes]:
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            full = os.path.join(d, f)
            with open(full, "rb") as fh:
                out[os.path.relpath(full, root)] = fh.read()
    return out


def decoded(path: str, data: bytes) -> str:
    enc = "gbk" if os.path.basename(path).startswith("alipay_record") else "utf-8-sig"
    text = data.decode(enc)
    if path.endswith(".json"):
        parts: list[str] = []

        def walk(o: object) -> None:
            if isinstance(o, str):
                try:
                    parts.append(o.encode("latin-1").decode("utf-8"))
                except (UnicodeEncodeError, UnicodeDecodeError):
                    parts.append(o)
            elif isinstance(o, list):
                for x in o:
                    walk(x)
            elif isinstance(o, dict):
                for x in o.values():
                    walk(x)

        walk(json.loads(text))
        text += "\n" + "\n".join(parts)
    return text


class GeneratorTest(unittest.TestCase):
    def test_reproducible_across_tz_and_hashseed(self) -> None:
        committed = tree(PERSONAS)
        self.assertTrue(committed)
        for tz, seed in (("UTC", "0"), ("America/Los_Angeles", "4242")):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run(
                    [sys.executable, os.path.join(HERE, "generate.py"), tmp], check=True, env=env
                )
                fresh = tree(tmp)
                self.assertEqual(sorted(fresh), sorted(committed))
                for k in fresh:
                    self.assertEqual(fresh[k], committed[k], k)

    def test_schema_and_pii(self) -> None:
        pids = sorted(os.listdir(PERSONAS))
        self.assertEqual(len(pids), 3)
        for pid in pids:
            root = os.path.join(PERSONAS, pid)
            with open(os.path.join(root, "ground_truth.json"), encoding="utf-8") as f:
                gt = json.load(f)
            self.assertEqual(list(gt), TOP_KEYS)
            self.assertEqual(gt["schema_version"], 1)
            self.assertEqual(gt["persona"], pid)
            self.assertIs(gt["fictional"], True)
            self.assertEqual(list(gt["facts"]), FACT_KEYS)
            self.assertEqual(set(gt["user"]), {"names", "phones", "emails", "handles"})
            self.assertEqual(len(gt["facts"]["top_contacts"]), 3)
            self.assertGreaterEqual(len(gt["facts"]["relationships"]), 3)
            self.assertIn(gt["facts"]["salary"]["period"], {"monthly", "biweekly", "weekly"})
            self.assertRegex(gt["facts"]["salary"]["amount"], r"^\d+\.\d\d$")
            seen = set()
            cache: dict[str, str] = {}
            for item in gt["pii"]:
                self.assertEqual(list(item), ["file", "entity_type", "value"])
                key = (item["file"], item["entity_type"], item["value"])
                self.assertNotIn(key, seen)
                seen.add(key)
                if item["file"] not in cache:
                    with open(os.path.join(root, item["file"]), "rb") as fh:
                        cache[item["file"]] = decoded(item["file"], fh.read())
                self.assertIn(item["value"], cache[item["file"]], (pid, item))
            self.assertGreaterEqual(len({i["value"] for i in gt["pii"]}), 25)
            # payer is written in some payment file
            blob = "\n".join(
                decoded(k, v) for k, v in tree(root).items() if k != "ground_truth.json"
            )
            self.assertIn(gt["facts"]["salary"]["payer"], blob)
            self.assertIn(gt["facts"]["risky_contact"]["name"], blob)
            for c in gt["facts"]["top_contacts"]:
                self.assertIn(c["name"], blob)

    def test_checksums(self) -> None:
        def luhn(n: str) -> bool:
            t = 0
            for i, ch in enumerate(reversed(n)):
                d = int(ch) * (2 if i % 2 else 1)
                t += d - 9 if d > 9 else d
            return t % 10 == 0

        for pid in sorted(os.listdir(PERSONAS)):
            with open(os.path.join(PERSONAS, pid, "ground_truth.json"), encoding="utf-8") as f:
                gt = json.load(f)
            for item in gt["pii"]:
                v = re.sub(r"[ -]", "", item["value"])
                if item["entity_type"] in ("CREDIT_CARD", "CN_BANK_CARD"):
                    self.assertTrue(luhn(v), item)
                if item["entity_type"] == "IBAN_CODE":
                    r = v[4:] + v[:4]
                    self.assertEqual(int("".join(str(int(c, 36)) for c in r)) % 97, 1)
                if item["entity_type"] == "CN_ID_CARD":
                    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
                    self.assertEqual(
                        "10X98765432"[sum(int(a) * b for a, b in zip(v, w)) % 11], v[-1]
                    )
                if item["entity_type"] == "UK_NHS":
                    s = sum(int(d) * (10 - i) for i, d in enumerate(v[:9]))
                    self.assertEqual((11 - s % 11) % 11, int(v[9]))
                if item["entity_type"] == "ABA_ROUTING_NUMBER":
                    d = [int(c) for c in v]
                    self.assertEqual(
                        (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8])
                        % 10,
                        0,
                    )

    def test_no_chat_in_sleep_window(self) -> None:
        import csv
        from zoneinfo import ZoneInfo

        def inside(hm: str, start: str, end: str) -> bool:
            return hm >= start or hm < end if start > end else start <= hm < end

        for pid in sorted(os.listdir(PERSONAS)):
            root = os.path.join(PERSONAS, pid)
            with open(os.path.join(root, "ground_truth.json"), encoding="utf-8") as f:
                gt = json.load(f)
            sw = gt["facts"]["sleep_window"]
            tz = ZoneInfo(gt["timezone"])
            times: list[str] = []
            for rel, data in tree(root).items():
                if rel.endswith("_utf8.csv"):
                    times += [
                        r["StrTime"][11:16]
                        for r in csv.DictReader(data.decode("utf-8-sig").splitlines())
                    ]
                elif rel.endswith("result.json"):
                    for c in json.loads(data)["chats"]["list"]:
                        times += [m["date"][11:16] for m in c["messages"] if m["type"] == "message"]
                elif "/messages/inbox/" in rel:
                    for m in json.loads(data)["messages"]:
                        t = datetime.fromtimestamp(m["timestamp_ms"] / 1000, UTC).astimezone(tz)
                        times.append(t.strftime("%H:%M"))
            self.assertGreater(len(times), 1200, pid)
            self.assertFalse([t for t in times if inside(t, sw["start"], sw["end"])], pid)


if __name__ == "__main__":
    unittest.main()
