"""Regenerate tests/heldout/personas/ (stdlib only, deterministic).

Usage: python tests/heldout/generate.py [out_dir]
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import verify  # noqa: E402
import persona_zh  # noqa: E402
import persona_uk  # noqa: E402
import persona_us  # noqa: E402

MODULES = [persona_zh, persona_uk, persona_us]


def main(out_root=None):
    out_root = out_root or os.path.join(HERE, "personas")
    if os.path.isdir(out_root):
        shutil.rmtree(out_root)
    summary = {}
    for mod in MODULES:
        pdir = os.path.join(out_root, mod.PID)
        os.makedirs(pdir)
        planter, counts, total, _ = mod.build(pdir)
        gt = mod.ground_truth(planter, counts, total)
        items = sorted(planter.items, key=lambda r: (r["file"], r["entity_type"], r["value"]))
        verify(pdir, items)
        doc = {"schema_version": 1, "persona": mod.PID, "fictional": True, "independent": True,
               "description": gt["description"], "timezone": gt["timezone"], "user": gt["user"],
               "pii": items, "facts": gt["facts"]}
        with open(os.path.join(pdir, "ground_truth.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
        summary[mod.PID] = {"messages": total, "pii": len(items)}
    return summary


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1] if len(sys.argv) > 1 else None), ensure_ascii=False))
