"""Generate the heldout9 blind evaluation set (English; stdlib only; deterministic).

Usage: python generate.py [OUT_DIR]   (default: personas/ next to this file)
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import p_chicago  # noqa: E402
import p_glasgow  # noqa: E402
import p_leeds  # noqa: E402
from engine import Persona  # noqa: E402


def ground_truth(p: Persona, meta: dict[str, Any]) -> dict[str, object]:
    f = dict(meta["facts"])
    chats = f.pop("chats")
    counts = sorted(((len(v), k) for k, v in chats.items()), key=lambda x: (-x[0], x[1]))
    facts: dict[str, object] = {
        "home": f["home"],
        "work": f["work"],
        "sleep_window": f["sleep_window"],
        "top_contacts": [{"name": k, "messages": n} for n, k in counts[:3]],
        "relationships": f["relationships"],
    }
    for k in [
        "religion",
        "health",
        "politics",
        "financial_stress",
        "gambling",
        "gaming",
        "salary",
        "risky_contact",
    ]:
        facts[k] = f[k]
    return {
        "schema_version": 1,
        "persona": p.pid,
        "fictional": True,
        "independent": True,
        "description": meta["description"],
        "timezone": p.tz,
        "user": meta["user"],
        "pii": p.pii,
        "facts": facts,
    }


def main(out: str) -> dict[str, dict[str, int]]:
    stats = {}
    for mod in (p_leeds, p_chicago, p_glasgow):
        p, meta = mod.build()
        p.autoscan()
        p.check()
        root = os.path.join(out, p.pid)
        if os.path.exists(root):
            shutil.rmtree(root)
        for rel, data in sorted(p.files.items()):
            path = os.path.join(root, *rel.split("/"))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as fh:
                fh.write(data)
        gt = ground_truth(p, meta)
        with open(
            os.path.join(root, "ground_truth.json"), "w", encoding="utf-8", newline="\n"
        ) as fh:
            json.dump(gt, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        by_type: dict[str, int] = {}
        for e in p.pii:
            by_type[e["entity_type"]] = by_type.get(e["entity_type"], 0) + 1
        stats[p.pid] = {
            "messages": p.msg_count,
            "files": len(p.files),
            "pii": len(p.pii),
            **by_type,
        }
    return stats


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "personas")
    print(json.dumps(main(target), indent=1))
