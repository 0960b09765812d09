#!/usr/bin/env python3
"""Generate the heldout23 blind persona set (stdlib only, deterministic).

    python generate.py            # writes ./personas/<persona>/...
    python generate.py --out DIR  # writes DIR/<persona>/...

Output does not depend on TZ, locale, PYTHONHASHSEED or today's date.
"""
import argparse
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import h23_cn  # noqa: E402
import h23_uk  # noqa: E402
import h23_us  # noqa: E402

MODULES = [h23_cn, h23_uk, h23_us]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "personas"))
    ap.add_argument("--stats", action="store_true", help="print message/row counts")
    args = ap.parse_args(argv)
    for mod in MODULES:
        pdir = os.path.join(args.out, mod.PID)
        if os.path.isdir(pdir):
            shutil.rmtree(pdir)
        gt, stats, _ = mod.build(args.out)
        with open(os.path.join(pdir, "ground_truth.json"), "wb") as f:
            f.write((json.dumps(gt, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        if args.stats:
            counts = {}
            for p in gt["pii"]:
                counts[p["entity_type"]] = counts.get(p["entity_type"], 0) + 1
            print(mod.PID, json.dumps(stats, ensure_ascii=False, default=str))
            print("  pii", len(gt["pii"]), json.dumps(counts, ensure_ascii=False))


if __name__ == "__main__":
    main()
