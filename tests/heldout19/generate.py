"""Generate the heldout19 blind personas (stdlib only, deterministic).

Usage: python generate.py [OUTDIR]   (default: personas/ next to this file)
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h19_cn  # noqa: E402
import h19_uk  # noqa: E402
import h19_us  # noqa: E402

MODULES = [h19_cn, h19_uk, h19_us]


def main(out=None):
    out = out or os.path.join(HERE, "personas")
    summary = {}
    for mod in MODULES:
        root = os.path.join(out, mod.PID)
        if os.path.isdir(root):
            shutil.rmtree(root)
        os.makedirs(root)
        gt, counts = mod.build(root)
        summary[mod.PID] = (counts, len(gt["pii"]))
    return summary


if __name__ == "__main__":
    for pid, (counts, npii) in main(sys.argv[1] if len(sys.argv) > 1 else None).items():
        print(pid, counts, "pii:", npii)
