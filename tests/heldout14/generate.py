"""Generate the heldout14 blind evaluation personas (stdlib only, deterministic).

Usage: python3 tests/heldout14/generate.py [OUT_DIR]   (default: tests/heldout14/personas)
"""

from __future__ import annotations

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_p1  # noqa: E402
import gen_p2  # noqa: E402
import gen_p3  # noqa: E402

MODULES = [gen_p1, gen_p2, gen_p3]


def main(out: str) -> None:
    for mod in MODULES:
        pid, files, _msgs = mod.build()
        root = os.path.join(out, pid)
        if os.path.isdir(root):
            shutil.rmtree(root)
        for rel in sorted(files):
            path = os.path.join(root, *rel.split("/"))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as fh:
                fh.write(files[rel])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "personas"))
