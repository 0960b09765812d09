"""Generate the heldout24 blind persona set.

    /usr/bin/python3 generate.py [--out DIR] [--summary]

Writes DIR/personas/<persona_id>/... (default DIR = this folder). Stdlib only, deterministic:
fixed seeds, zoneinfo times, no dependence on TZ, locale, PYTHONHASHSEED or today's date.
"""
from __future__ import annotations

import argparse
import collections
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import h24_kunming  # noqa: E402
import h24_shenyang  # noqa: E402
import h24_winnipeg  # noqa: E402
from h24_common import scan_pii, write_ground_truth  # noqa: E402

MODULES = [h24_kunming, h24_shenyang, h24_winnipeg]


def build_persona(mod, out_root: str) -> dict:
    root = os.path.join(out_root, "personas", mod.PID)
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(root)
    files, reg, facts, user, desc, meta = mod.generate(root)
    pii = scan_pii(reg, files)
    gt = {"schema_version": 1, "persona": mod.PID, "fictional": True, "independent": True,
          "description": desc, "timezone": mod.ZONE, "user": user, "pii": pii, "facts": facts}
    write_ground_truth(root, gt)
    return {"gt": gt, "meta": meta, "files": [f.rel for f in files]}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args(argv)
    results = {}
    for mod in MODULES:
        results[mod.PID] = build_persona(mod, a.out)
    if a.summary:
        for pid, r in results.items():
            gt = r["gt"]
            c = collections.Counter(p["entity_type"] for p in gt["pii"])
            print(pid, "pii", len(gt["pii"]), dict(sorted(c.items())))
            for k, (title, n) in r["meta"]["chats"].items():
                print("   chat", k, title, n)
            print("   total chat messages", sum(n for _, n in r["meta"]["chats"].values()))
            for k, v in r["meta"].items():
                if k != "chats":
                    print("  ", k, v)
    return results


if __name__ == "__main__":
    main()
