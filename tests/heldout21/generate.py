"""Generate the heldout21 blind personas (stdlib only, deterministic).

Usage: python3 generate.py [OUTDIR]   (default: ./personas next to this file)
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import h21_cn  # noqa: E402
import h21_uk  # noqa: E402
import h21_us  # noqa: E402
from h21_common import ground_truth, scan_pii, write_json, count_by_type  # noqa: E402

MODULES = [h21_cn, h21_uk, h21_us]


def generate(out_root):
    summary = {}
    for mod in MODULES:
        pdir = os.path.join(out_root, mod.PID)
        if os.path.isdir(pdir):
            shutil.rmtree(pdir)
        os.makedirs(pdir)
        _chats, counts = mod.build(pdir)
        pii = scan_pii(pdir, mod.pii_candidates(), mask=mod.MASK)
        gt = ground_truth(mod.PID, mod.DESCRIPTION, mod.TZ, mod.USER, pii, mod.facts(counts))
        write_json(os.path.join(pdir, "ground_truth.json"), gt, ascii_=False, indent=1)
        summary[mod.PID] = {"messages": counts, "total": sum(counts.values()), "pii": count_by_type(pii),
                            "pii_total": len(pii)}
    return summary


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "personas")
    s = generate(out)
    for k, v in s.items():
        print(k, v)
