"""Generate the heldout20 blind personas (stdlib only, deterministic).

Usage: python3 generate.py [OUT_DIR]   (default: personas/ next to this file)
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h20_chengdu  # noqa: E402
import h20_guangzhou  # noqa: E402
import h20_us  # noqa: E402

MODULES = [h20_chengdu, h20_guangzhou, h20_us]


def main(out=None):
    out = out or os.path.join(HERE, "personas")
    summary = {}
    for mod in MODULES:
        pdir = os.path.join(out, mod.PID)
        if os.path.isdir(pdir):
            shutil.rmtree(pdir)
        counts, npay, pii = mod.build(out)
        summary[mod.PID] = (counts, npay, pii)
    return summary


if __name__ == "__main__":
    res = main(sys.argv[1] if len(sys.argv) > 1 else None)
    for pid, (counts, npay, pii) in res.items():
        types = {}
        for p in pii:
            types[p["entity_type"]] = types.get(p["entity_type"], 0) + 1
        print(pid, "messages", sum(counts.values()), counts, "payments", npay, "pii", len(pii), types)
