"""Generate the independent9 blind corpus (stdlib only, deterministic).

    python3 generate.py [--out DIR]

Writes en_pii_labelled.jsonl, zh_pii_labelled.jsonl, en_pii_free_hard.jsonl, zh_pii_free_hard.jsonl.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import i9_en  # noqa: E402
import i9_zh  # noqa: E402


def write(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    en_lab, en_hard = i9_en.build(random.Random(90901))
    zh_lab, zh_hard = i9_zh.build(random.Random(90902))
    write(out / "en_pii_labelled.jsonl", en_lab)
    write(out / "zh_pii_labelled.jsonl", zh_lab)
    write(out / "en_pii_free_hard.jsonl", en_hard)
    write(out / "zh_pii_free_hard.jsonl", zh_hard)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
