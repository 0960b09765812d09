"""heldout9: the generator is deterministic and the answer keys are sound (no import of the tool)."""

from __future__ import annotations

import contextlib
import filecmp
import json
import os
import subprocess
import sys
import tempfile
import unittest

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


def decoded_texts(rel: str, data: bytes) -> list[str]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    texts = [text]
    body = text.split("=", 1)[1] if rel.endswith(".js") and "=" in text else text
    if rel.endswith((".json", ".js")):
        strings: list[str] = []

        def walk(o: object) -> None:
            if isinstance(o, str):
                strings.append(o)
                # Facebook/Messenger mojibake
                with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
                    strings.append(o.encode("latin-1").decode("utf-8"))
            elif isinstance(o, list):
                for x in o:
                    walk(x)
            elif isinstance(o, dict):
                for k, v in o.items():
                    walk(k)
                    walk(v)

        walk(json.loads(body))
        texts.append("\n".join(strings))
    return texts


def regenerate(out: str, tz: str, seed: str) -> None:
    env = dict(os.environ, TZ=tz, PYTHONHASHSEED=seed, LC_ALL="C")
    subprocess.run(
        [sys.executable, os.path.join(HERE, "generate.py"), out],
        check=True,
        env=env,
        capture_output=True,
    )


class GeneratorTest(unittest.TestCase):
    def assert_same_tree(self, a: str, b: str) -> None:
        cmp = filecmp.dircmp(a, b)
        assert not (cmp.left_only or cmp.right_only or cmp.diff_files or cmp.funny_files), (
            a,
            cmp.left_only,
            cmp.right_only,
            cmp.diff_files,
        )
        _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
        assert not (mismatch or errors), (a, mismatch, errors)
        for sub in cmp.common_dirs:
            self.assert_same_tree(os.path.join(a, sub), os.path.join(b, sub))

    def test_deterministic_under_tz_and_hash_seed(self) -> None:
        for tz, seed in [("Asia/Tokyo", "1"), ("America/Los_Angeles", "4242")]:
            with tempfile.TemporaryDirectory() as tmp:
                regenerate(tmp, tz, seed)
                self.assert_same_tree(PERSONAS, tmp)

    def test_schema_and_pii_substrings(self) -> None:
        ids = sorted(os.listdir(PERSONAS))
        assert len(ids) == 3
        for pid in ids:
            root = os.path.join(PERSONAS, pid)
            with open(os.path.join(root, "ground_truth.json"), encoding="utf-8") as fh:
                gt = json.load(fh)
            assert list(gt) == TOP_KEYS
            assert gt["schema_version"] == 1
            assert gt["persona"] == pid
            assert gt["fictional"] is True
            assert gt["independent"] is True
            assert list(gt["user"]) == ["names", "phones", "emails", "handles"]
            assert list(gt["facts"]) == FACT_KEYS
            f = gt["facts"]
            assert len(f["top_contacts"]) == 3
            assert len(f["relationships"]) >= 3
            assert f["home"]["radius_m"] == 300
            assert f["salary"]["period"] in {"monthly", "biweekly", "weekly"}
            assert 25 <= len(gt["pii"]) <= 35, len(gt["pii"])
            seen = set()
            cache: dict[str, list[str]] = {}
            for e in gt["pii"]:
                assert list(e) == ["file", "entity_type", "value"]
                key = (e["file"], e["entity_type"], e["value"])
                assert key not in seen
                seen.add(key)
                path = os.path.join(root, *e["file"].split("/"))
                assert os.path.isfile(path), e
                if e["file"] not in cache:
                    with open(path, "rb") as fh:
                        cache[e["file"]] = decoded_texts(e["file"], fh.read())
                assert any(e["value"] in t for t in cache[e["file"]]), e

    def test_checksums(self) -> None:
        def luhn(n: str) -> bool:
            total = 0
            for i, ch in enumerate(reversed(n)):
                x = int(ch)
                if i % 2 == 1:
                    x = x * 2 - 9 if x > 4 else x * 2
                total += x
            return total % 10 == 0

        for pid in os.listdir(PERSONAS):
            with open(os.path.join(PERSONAS, pid, "ground_truth.json"), encoding="utf-8") as fh:
                gt = json.load(fh)
            for e in gt["pii"]:
                digits = "".join(c for c in e["value"] if c.isdigit())
                if e["entity_type"] == "CREDIT_CARD":
                    assert luhn(digits), e
                if e["entity_type"] == "UK_NHS":
                    s = sum(int(c) * w for c, w in zip(digits[:9], range(10, 1, -1), strict=False))
                    assert (11 - s % 11) % 11 == int(digits[9]), e
                if e["entity_type"] == "ABA_ROUTING_NUMBER":
                    n = [int(c) for c in digits]
                    assert (
                        3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + n[2] + n[5] + n[8]
                    ) % 10 == 0, e
                if e["entity_type"] == "IBAN_CODE":
                    s = e["value"].replace(" ", "")
                    s = s[4:] + s[:4]
                    assert int("".join(str(int(c, 36)) for c in s)) % 97 == 1, e


if __name__ == "__main__":
    unittest.main()
