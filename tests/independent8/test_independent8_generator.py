"""Checks for the corpus8 generator: reproducible output and well-formed labels."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMES = [
    "en_pii_labelled.jsonl",
    "zh_pii_labelled.jsonl",
    "en_pii_free_hard.jsonl",
    "zh_pii_free_hard.jsonl",
    "README.md",
]

_SNIPPET = (
    "import importlib.util, json, sys\n"
    "spec = importlib.util.spec_from_file_location('gen8', sys.argv[1])\n"
    "mod = importlib.util.module_from_spec(spec)\n"
    "sys.modules['gen8'] = mod\n"
    "spec.loader.exec_module(mod)\n"
    "sys.stdout.write(json.dumps(mod.render_files()))\n"
)


def _load(name: str) -> list[dict[str, object]]:
    with open(HERE / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _gen_module():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen8_checks", HERE / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["gen8_checks"] = mod
    spec.loader.exec_module(mod)
    return mod


class RegenerationTest(unittest.TestCase):
    def test_regeneration_matches_committed_files(self) -> None:
        committed = {n: (HERE / n).read_text(encoding="utf-8") for n in NAMES}
        for seed, tz, lang in (("0", "UTC", "C"), ("4242", "Asia/Shanghai", "en_GB.UTF-8")):
            env = dict(os.environ, PYTHONHASHSEED=seed, TZ=tz, LANG=lang, LC_ALL=lang)
            with tempfile.TemporaryDirectory() as tmp:
                res = subprocess.run(
                    [sys.executable, "-c", _SNIPPET, str(HERE / "generate.py")],
                    capture_output=True,
                    env=env,
                    cwd=tmp,
                    check=True,
                )
            produced = json.loads(res.stdout.decode("utf-8"))
            for n in NAMES:
                assert produced[n] == committed[n], f"{n} differs (PYTHONHASHSEED={seed}, TZ={tz})"


class LabelTest(unittest.TestCase):
    def test_spans_match_values_and_do_not_overlap(self) -> None:
        for n in ("en_pii_labelled.jsonl", "zh_pii_labelled.jsonl"):
            rows = _load(n)
            assert len(rows) >= 380, n
            empty = 0
            for r in rows:
                text = r["text"]
                ents = sorted(r["entities"], key=lambda e: (e["start"], e["end"]))
                empty += not ents
                last_end = -1
                for e in ents:
                    assert text[e["start"] : e["end"]] == e["value"], (n, text)
                    assert e["start"] < e["end"]
                    assert e["start"] >= last_end, (n, text)
                    assert e["value"] == e["value"].strip(), (n, text)
                    last_end = e["end"]
            assert 0.1 <= empty / len(rows) <= 0.2, (n, empty)

    def test_free_files_have_text_only(self) -> None:
        for n in ("en_pii_free_hard.jsonl", "zh_pii_free_hard.jsonl"):
            rows = _load(n)
            assert len(rows) >= 380, n
            assert len({r["text"] for r in rows}) == len(rows)
            for r in rows:
                assert set(r) == {"text"}

    def test_checksummed_values_are_valid(self) -> None:
        g = _gen_module()
        seen: dict[str, int] = {}
        for n in ("en_pii_labelled.jsonl", "zh_pii_labelled.jsonl"):
            for r in _load(n):
                ents = r["entities"]
                for i, e in enumerate(ents):
                    v, t = e["value"], e["type"]
                    digits = "".join(c for c in v if c.isdigit())
                    if t in ("CREDIT_CARD", "CN_BANK_CARD"):
                        assert g.luhn_ok(digits), v
                    elif t == "IBAN_CODE":
                        assert g.iban_ok(v), v
                    elif t == "UK_NHS":
                        assert g.nhs_ok(digits), v
                    elif t == "CN_ID_CARD":
                        assert g.cn_id_ok(v.replace(" ", "")), v
                    elif (
                        t == "BANK_ACCOUNT"
                        and len(v) == 9
                        and v.isdigit()
                        and i + 1 < len(ents)
                        and ents[i + 1]["type"] == t
                    ):
                        seen["aba"] = seen.get("aba", 0) + 1
                        assert g.aba_ok(v), v
                    seen[t] = seen.get(t, 0) + 1
        for t in ("CREDIT_CARD", "CN_BANK_CARD", "IBAN_CODE", "UK_NHS", "CN_ID_CARD", "aba"):
            assert seen.get(t, 0) > 3, t


if __name__ == "__main__":
    unittest.main()
