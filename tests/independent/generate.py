"""Write the independent evaluation personas and corpora (deterministic, stdlib only).

Run from the repository root:  python tests/independent/generate.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen_cn1  # noqa: E402
import gen_cn2  # noqa: E402
import gen_corpora  # noqa: E402
import gen_en2  # noqa: E402
import gen_enus  # noqa: E402


def main() -> None:
    out = HERE / "personas"
    targets = [gen_cn1, gen_enus, gen_cn2, gen_en2]
    for mod in targets:
        folder = out / mod.PID
        if folder.exists():
            shutil.rmtree(folder)
        mod.build(out)
        print("wrote", folder.relative_to(HERE.parent.parent))
    gen_corpora.build(HERE)
    print("wrote corpora")


if __name__ == "__main__":
    main()
