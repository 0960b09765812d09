#!/usr/bin/env python3
"""Generate the heldout27 blind persona set.

Usage: python3 generate.py [--out DIR]   (default: personas/ next to this file)

Stdlib only and deterministic: fixed seeds, explicit encodings, zoneinfo for
local times; the output does not depend on TZ, locale, PYTHONHASHSEED or the
current date.  Each persona module checks that every planted value is an exact
substring of its decoded file and that no planted value leaks unlisted into
another file before it writes ground_truth.json.
"""
import argparse
import collections
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import h27_cn  # noqa: E402
import h27_ie  # noqa: E402
import h27_us  # noqa: E402

MODULES = (h27_cn, h27_ie, h27_us)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(HERE, "personas"))
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    for mod in MODULES:
        pdir = os.path.join(args.out, mod.PID)
        if os.path.isdir(pdir):
            shutil.rmtree(pdir)
        res = mod.build(args.out)
        if args.quiet:
            continue
        gt = res["gt"]
        types = collections.Counter(p["entity_type"] for p in gt["pii"])
        msgs = res["messages"]
        print("%s: %d chat messages %s; payments %s; pii %d (%s)" % (
            mod.PID, sum(msgs.values()), sorted(msgs.values(), reverse=True), res["payments"], len(gt["pii"]),
            ", ".join("%s=%d" % kv for kv in sorted(types.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
