"""Generate the heldout25 blind persona set.

Usage:  python3 generate.py [OUTPUT_ROOT]      (default: personas/ next to this file)

Stdlib only, deterministic: the bytes written do not depend on TZ, locale, PYTHONHASHSEED or
today's date.
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import h25_common as C  # noqa: E402
import h25_changsha  # noqa: E402
import h25_elpaso  # noqa: E402
import h25_foshan  # noqa: E402

MODULES = [h25_foshan, h25_changsha, h25_elpaso]


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    root = argv[0] if argv else os.path.join(HERE, "personas")
    for mod in MODULES:
        tl, by, files, titles, _segs = mod.build()
        gt = mod.ground_truth(by, files, titles)
        C.write_all(root, mod.PID, files, gt)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
