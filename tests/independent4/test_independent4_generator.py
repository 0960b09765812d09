"""The committed corpora are exactly what generate.py writes, on any machine, and well formed."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FILES = [
    "en_pii_labelled.jsonl",
    "zh_pii_labelled.jsonl",
    "en_pii_free_hard.jsonl",
    "zh_pii_free_hard.jsonl",
]


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


class RegenerationTest(unittest.TestCase):
    def test_regeneration_matches_committed_files(self) -> None:
        for hash_seed, tz in [("0", "UTC"), ("4242", "Asia/Shanghai")]:
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, PYTHONHASHSEED=hash_seed, TZ=tz, LC_ALL="C")
                subprocess.run(
                    [sys.executable, str(HERE / "generate.py"), tmp],
                    check=True,
                    env=env,
                    capture_output=True,
                )
                for name in FILES:
                    with self.subTest(file=name, hash_seed=hash_seed, tz=tz):
                        fresh = (Path(tmp) / name).read_bytes()
                        committed = (HERE / name).read_bytes()
                        assert fresh == committed


class WellFormedTest(unittest.TestCase):
    def test_labelled_spans_match_and_do_not_overlap(self) -> None:
        for name in ["en_pii_labelled.jsonl", "zh_pii_labelled.jsonl"]:
            for n, row in enumerate(load(HERE / name), 1):
                text = row["text"]
                spans = sorted((e["start"], e["end"]) for e in row["entities"])
                for ent in row["entities"]:
                    with self.subTest(file=name, line=n, value=ent["value"]):
                        assert ent["start"] < ent["end"]
                        assert text[ent["start"] : ent["end"]] == ent["value"]
                        assert ent["value"] == ent["value"].strip()
                for (_, end), (start, _) in itertools.pairwise(spans):
                    with self.subTest(file=name, line=n):
                        assert end <= start

    def test_sizes_and_empty_share(self) -> None:
        for name in FILES:
            rows = load(HERE / name)
            assert len(rows) >= 380, name
            assert len({r["text"] for r in rows}) == len(rows), name
            if "free" in name:
                assert all(set(r) == {"text"} for r in rows), name
            else:
                empty = sum(1 for r in rows if not r["entities"])
                assert 0.1 <= empty / len(rows) <= 0.2, name


if __name__ == "__main__":
    unittest.main()
