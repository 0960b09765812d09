#!/usr/bin/env python3
"""Generate the heldout22 blind persona set (stdlib only, deterministic).

Usage: python3 generate.py [OUTPUT_DIR]    (default: the folder next to this file)
Writes OUTPUT_DIR/personas/<persona_id>/... and a ground_truth.json per persona.
"""
from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import h22_atlanta  # noqa: E402
import h22_wuhan  # noqa: E402
import h22_xiamen  # noqa: E402

PERSONAS = [h22_xiamen, h22_wuhan, h22_atlanta]


def generate(out_dir: str):
    summary = {}
    for mod in PERSONAS:
        files, gt, stats = mod.build()
        root = os.path.join(out_dir, "personas", mod.PID)
        for rel, data in sorted(files.items()):
            path = os.path.join(root, *rel.split("/"))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as fh:
                fh.write(data)
        with open(os.path.join(root, "ground_truth.json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(gt, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        summary[mod.PID] = stats
    return summary


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    s = generate(out)
    for pid, st in s.items():
        print(pid, json.dumps(st, ensure_ascii=False))
