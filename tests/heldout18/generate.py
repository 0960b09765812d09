"""Generate the heldout18 blind evaluation personas (stdlib only, deterministic).

Usage: python3 generate.py [OUTDIR]   (default: ./personas next to this file)
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h18_cn  # noqa: E402
import h18_uk  # noqa: E402
import h18_us  # noqa: E402
from h18_common import decoded_text  # noqa: E402

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


def generate(out: Path) -> dict[str, dict[str, object]]:
    if out.exists():
        shutil.rmtree(out)
    result: dict[str, dict[str, object]] = {}
    for mod in (h18_cn, h18_uk, h18_us):
        files: dict[str, bytes] = {}
        gt = mod.build(files)
        pdir = out / mod.PID
        for rel in sorted(files):
            path = pdir / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(files[rel])
        for item in gt["pii"]:  # type: ignore[attr-defined]
            text = decoded_text(item["file"], files[item["file"]])
            assert item["value"] in text, item
        ordered = {k: gt[k] for k in KEY_ORDER}
        (pdir / "ground_truth.json").write_text(
            json.dumps(ordered, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        result[mod.PID] = ordered
    return result


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "personas"
    res = generate(target)
    for pid, gt in res.items():
        print(pid, len(gt["pii"]))  # type: ignore[arg-type]
