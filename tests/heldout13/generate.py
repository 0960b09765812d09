"""Generate the heldout13 blind evaluation personas (stdlib only; deterministic).

Usage: python3 tests/heldout13/generate.py [OUT_DIR]   (default: tests/heldout13/personas)
Output does not depend on TZ, locale, PYTHONHASHSEED or today's date.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen_cn  # noqa: E402
import gen_uk  # noqa: E402
import gen_us  # noqa: E402
from gen_common import scan_pii  # noqa: E402

PERSONAS = [("cn_qingdao", gen_cn), ("uk_norwich", gen_uk), ("us_portland", gen_us)]


def build_all() -> dict[str, tuple[dict[str, bytes], dict]]:
    out = {}
    for pid, mod in PERSONAS:
        files, gt, planted = mod.build()
        pii = scan_pii(files, planted)
        missing = [v for _, v in planted if not any(r["value"] == v for r in pii)]
        assert not missing, (pid, missing)
        truth = {
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
        out[pid] = (files, truth)
    return out


def write(out_dir: Path) -> None:
    data = build_all()
    for pid, (files, truth) in data.items():
        root = out_dir / pid
        if root.exists():
            shutil.rmtree(root)
        for rel, blob in files.items():
            p = root / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(blob)
        (root / "ground_truth.json").write_bytes(
            (json.dumps(truth, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        )


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "personas")
