"""Generate the heldout16 blind evaluation personas (stdlib only, deterministic).

Usage: python3 generate.py [OUT_DIR]   (default: personas/ next to this file)
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import p_cn
import p_uk
import p_us

KEY_ORDER = [
    "schema_version",
    "persona",
    "fictional",
    "independent",
    "description",
    "timezone",
    "user",
    "pii",
    "facts",
]


def main(out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for mod in (p_cn, p_uk, p_us):
        gt = mod.build(out)
        seen: set[tuple[str, str, str]] = set()
        pii = []
        for f, ty, v in gt["pii"]:  # type: ignore[union-attr]
            if (f, ty, v) not in seen:
                seen.add((f, ty, v))
                pii.append({"file": f, "entity_type": ty, "value": v})
        gt["pii"] = pii
        ordered = {k: gt[k] for k in KEY_ORDER}
        (out / mod.PID / "ground_truth.json").write_text(
            json.dumps(ordered, ensure_ascii=False, indent=2) + "\n", encoding="utf-8", newline="\n"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "personas")
