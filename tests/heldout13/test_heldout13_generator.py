"""Checks for the heldout13 blind set: reproducible generation, answer-key schema, planted values present.

Run: cd /work/wt/heldout13 && python3 -m unittest tests/heldout13/test_heldout13_generator.py
Does not import the footprint tool.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
PERSONAS = HERE / "personas"
IDS = ["cn_qingdao", "uk_norwich", "us_portland"]
TYPES = {
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "ADDRESS",
    "UK_NINO",
    "UK_NHS",
    "UK_PASSPORT",
    "UK_DRIVING_LICENCE",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "CN_ID_CARD",
    "CN_PASSPORT",
    "CN_BANK_CARD",
    "IBAN_CODE",
    "BANK_ACCOUNT",
    "ABA_ROUTING_NUMBER",
    "CREDIT_CARD",
    "LICENSE_PLATE",
    "USERNAME",
    "WECHAT_ID",
    "QQ_NUMBER",
}
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


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _strings(obj: object, out: list[str], fix: bool) -> None:
    if isinstance(obj, str):
        if fix:
            with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
                obj = obj.encode("latin-1").decode("utf-8")
        out.append(obj)
    elif isinstance(obj, list):
        for x in obj:
            _strings(x, out, fix)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out.append(k)
            _strings(v, out, fix)


def decoded(path: Path) -> str:
    raw = path.read_bytes()
    name = path.as_posix().lower()
    if "alipay" in name:
        return raw.decode("gbk")
    text = raw.decode("utf-8-sig")
    if name.endswith(".js"):
        text = text.split("=", 1)[1]
    if name.endswith((".json", ".js")):
        parts: list[str] = []
        meta = (
            "your_facebook_activity" in name
            or "your_instagram_activity" in name
            or "personal_information" in name
        )
        _strings(json.loads(text), parts, meta)
        return "\n".join(parts)
    return text


def luhn(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x = x * 2 - 9 if x * 2 > 9 else x * 2
        s += x
    return s % 10 == 0


class GeneratorTest(unittest.TestCase):
    def test_reproducible_under_tz_and_hashseed(self) -> None:
        committed = {pid: _tree(PERSONAS / pid) for pid in IDS}
        for tz, seed in [("Pacific/Chatham", "1"), ("America/Los_Angeles", "4242")]:
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), tmp], check=True, env=env
                )
                for pid in IDS:
                    fresh = _tree(Path(tmp) / pid)
                    assert sorted(fresh) == sorted(committed[pid]), (tz, pid)
                    for rel, blob in fresh.items():
                        assert blob == committed[pid][rel], (tz, pid, rel)

    def test_schema(self) -> None:
        for pid in IDS:
            gt = json.loads((PERSONAS / pid / "ground_truth.json").read_text(encoding="utf-8"))
            assert list(gt) == TOP_KEYS
            assert gt["schema_version"] == 1
            assert gt["persona"] == pid
            assert gt["fictional"] is True
            assert gt["independent"] is True
            assert list(gt["user"]) == ["names", "phones", "emails", "handles"]
            assert list(gt["facts"]) == FACT_KEYS
            f = gt["facts"]
            assert len(f["top_contacts"]) == 3
            counts = [c["messages"] for c in f["top_contacts"]]
            assert counts == sorted(counts, reverse=True)
            assert len(f["relationships"]) >= 3
            assert re.search(r"^\d+\.\d\d$", f["salary"]["amount"])
            assert f["salary"]["period"] in {"monthly", "biweekly", "weekly"}
            for k in ["religion", "health", "politics"]:
                assert f[k]["value"] is False or isinstance(f[k]["value"], str)
            for k in ["financial_stress", "gambling", "gaming"]:
                assert isinstance(f[k]["value"], bool)
            distinct = {(r["entity_type"], r["value"]) for r in gt["pii"]}
            assert 25 <= len(distinct) <= 35, (pid, len(distinct))
            seen = set()
            for r in gt["pii"]:
                assert list(r) == ["file", "entity_type", "value"]
                assert r["entity_type"] in TYPES
                key = (r["file"], r["entity_type"], r["value"])
                assert key not in seen
                seen.add(key)

    def test_pii_values_are_substrings(self) -> None:
        for pid in IDS:
            gt = json.loads((PERSONAS / pid / "ground_truth.json").read_text(encoding="utf-8"))
            cache: dict[str, str] = {}
            for r in gt["pii"]:
                path = PERSONAS / pid / r["file"]
                assert path.is_file(), r
                if r["file"] not in cache:
                    cache[r["file"]] = decoded(path)
                assert r["value"] in cache[r["file"]], r

    def test_checksums(self) -> None:
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        for pid in IDS:
            gt = json.loads((PERSONAS / pid / "ground_truth.json").read_text(encoding="utf-8"))
            for r in gt["pii"]:
                v, t = r["value"], r["entity_type"]
                digits = re.sub(r"\D", "", v)
                if t == "CN_ID_CARD":
                    assert (
                        "10X98765432"[sum(int(a) * b for a, b in zip(v[:17], w, strict=False)) % 11]
                        == v[17]
                    ), v
                elif t in ("CREDIT_CARD", "CN_BANK_CARD"):
                    assert luhn(v), v
                elif t == "IBAN_CODE":
                    s = v.replace(" ", "")
                    assert int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1, v
                elif t == "UK_NHS":
                    d = [int(c) for c in digits]
                    c = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
                    assert (0 if c == 11 else c) == d[9], v
                elif t == "ABA_ROUTING_NUMBER":
                    d = [int(c) for c in digits]
                    assert (
                        3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]
                    ) % 10 == 0, v
                elif t == "PHONE_NUMBER" and pid != "cn_qingdao":
                    assert "555" in digits or "7700900" in digits, v
                elif t == "EMAIL_ADDRESS":
                    assert re.search(r"@example\.(com|org|net)$", v)

    def test_top_contact_counts(self) -> None:
        # cn: MemoTrace rows (no system rows in 1:1 chats)
        gt = json.loads((PERSONAS / "cn_qingdao" / "ground_truth.json").read_text(encoding="utf-8"))
        for c in gt["facts"]["top_contacts"]:
            p = (
                PERSONAS
                / "cn_qingdao"
                / "WeChatMsg"
                / "data"
                / "聊天记录"
                / c["name"]
                / f"{c['name']}_utf8.csv"
            )
            rows = list(csv.DictReader(io.StringIO(p.read_text(encoding="utf-8-sig"))))
            assert len([r for r in rows if r["Type"] != "10000"]) == c["messages"]
        gt = json.loads((PERSONAS / "uk_norwich" / "ground_truth.json").read_text(encoding="utf-8"))
        tg = json.loads(
            next((PERSONAS / "uk_norwich").rglob("result.json")).read_text(encoding="utf-8")
        )
        by = {ch["name"]: ch for ch in tg["chats"]["list"]}
        for c in gt["facts"]["top_contacts"]:
            ch = by[c["name"]]
            assert ch["type"] == "personal_chat"
            assert len([m for m in ch["messages"] if m["type"] == "message"]) == c["messages"]
        gt = json.loads(
            (PERSONAS / "us_portland" / "ground_truth.json").read_text(encoding="utf-8")
        )
        threads = {}
        for p in (PERSONAS / "us_portland").rglob("message_1.json"):
            d = json.loads(p.read_text(encoding="utf-8"))
            threads[d["title"]] = d
        for c in gt["facts"]["top_contacts"]:
            d = threads[c["name"]]
            assert len(d["participants"]) == 2
            assert len(d["messages"]) == c["messages"]

    def test_risky_member_posts(self) -> None:
        tg = json.loads(
            next((PERSONAS / "uk_norwich").rglob("result.json")).read_text(encoding="utf-8")
        )
        grp = next(ch for ch in tg["chats"]["list"] if ch["type"] == "private_group")
        assert len({m["text"] for m in grp["messages"] if m.get("from") == "Gary Bishop"}) >= 60
        p = next((PERSONAS / "us_portland").rglob("hawthornecrew_*/message_1.json"))
        d = json.loads(p.read_text(encoding="utf-8"))
        assert (
            len({m.get("content") for m in d["messages"] if m["sender_name"] == "Dale Ambrose"})
            >= 60
        )
        p = (
            PERSONAS
            / "cn_qingdao"
            / "WeChatMsg"
            / "data"
            / "聊天记录"
            / "老同学群"
            / "老同学群_utf8.csv"
        )
        rows = list(csv.DictReader(io.StringIO(p.read_text(encoding="utf-8-sig"))))
        assert len({r["StrContent"] for r in rows if r["Sender"] == "赵建军"}) >= 60


if __name__ == "__main__":
    unittest.main()
