"""Generate the heldout17 blind evaluation personas (stdlib only, deterministic).

Usage: python3 tests/heldout17/generate.py [OUT_DIR]   (default: tests/heldout17/personas)
"""

from __future__ import annotations

import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h17_cn as p_cn  # noqa: E402
import h17_uk as p_uk  # noqa: E402
import h17_us as p_us  # noqa: E402
from h17_common import decoded_text, occurs  # noqa: E402

PERSONAS = [("cn_kunming_shop", p_cn), ("uk_exeter_retired", p_uk), ("us_louisville_shift", p_us)]


def build_persona(pid: str, mod, out_dir: str) -> dict:
    files: dict[str, bytes] = {}
    res = mod.build(out_dir, files)
    pdir = os.path.join(out_dir, pid)
    if os.path.isdir(pdir):
        shutil.rmtree(pdir)
    pii = []
    for rel in sorted(files):
        path = os.path.join(pdir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(files[rel])
        text = decoded_text(rel, files[rel])
        # longest values first; mask each hit so a shorter value only counts
        # where it occurs on its own (not inside a longer listed identifier)
        reg = sorted(
            dict((v, t) for t, v in res["registry"]).items(), key=lambda vt: (-len(vt[0]), vt[0])
        )
        found = []
        for value, etype in reg:
            if occurs(value, text):
                found.append((value, etype))
                text = text.replace(value, "\x00" * len(value))
        order = {v: i for i, (_t, v) in enumerate(res["registry"])}
        for value, etype in sorted(found, key=lambda vt: order[vt[0]]):
            pii.append({"file": rel, "entity_type": etype, "value": value})
    gt = res["gt"]
    out = {
        "schema_version": 1,
        "persona": pid,
        "fictional": True,
        "independent": True,
        "description": gt["description"],
        "timezone": gt["timezone"],
        "user": gt["user"],
        "pii": pii,
        "facts": gt["facts"],
    }
    with open(os.path.join(pdir, "ground_truth.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return out


def main(argv: list[str]) -> None:
    out_dir = argv[1] if len(argv) > 1 else os.path.join(HERE, "personas")
    os.makedirs(out_dir, exist_ok=True)
    for pid, mod in PERSONAS:
        gt = build_persona(pid, mod, out_dir)
        print(pid, "pii:", len(gt["pii"]))


if __name__ == "__main__":
    main(sys.argv)
