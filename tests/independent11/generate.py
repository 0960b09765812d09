#!/usr/bin/env python3
"""Generate the independent11 blind evaluation set (stdlib only, deterministic).

usage: python generate.py [OUTDIR]      (default: the directory of this file)

Writes en_pii_labelled.jsonl, zh_pii_labelled.jsonl, en_pii_free_hard.jsonl, zh_pii_free_hard.jsonl.
Output bytes do not depend on TZ, locale, PYTHONHASHSEED or the current date.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import i11_en_free  # noqa: E402
import i11_en_free_pools  # noqa: E402
import i11_en_frames  # noqa: E402
import i11_en_pools  # noqa: E402
import i11_zh_free  # noqa: E402
import i11_zh_free_pools  # noqa: E402
import i11_zh_frames  # noqa: E402
import i11_zh_pools  # noqa: E402
from i11_engine import TOKEN, Engine, local_time  # noqa: E402

N_LINES = 400
N_NONE = 60
SEEDS = {"en_pii_labelled": 110401, "zh_pii_labelled": 110402, "en_pii_free_hard": 110403, "zh_pii_free_hard": 110404}


def _engine(fillers):
    f = dict(fillers)
    f["ltime"] = local_time
    return Engine(f)


def build_labelled(pii_frames, none_lines, fillers, seed):
    rng = random.Random(seed)
    eng = _engine(fillers)
    assert len(pii_frames) == N_LINES - N_NONE, len(pii_frames)
    rows, seen = [], set()
    for fr in pii_frames:
        for _ in range(100):
            text, ents = eng.render(fr, rng)
            if text not in seen:
                break
        assert ents, "frame without identifier: %r" % fr
        seen.add(text)
        rows.append({"text": text, "entities": sorted(ents, key=lambda e: e["start"])})
    for text in rng.sample(none_lines, N_NONE):
        assert text not in seen and not TOKEN.search(text)
        seen.add(text)
        rows.append({"text": text, "entities": []})
    rng.shuffle(rows)
    return rows


def _slot_weight(frame):
    keys = [m.group(3) for m in TOKEN.finditer(frame)]
    rich = sum(1 for k in keys if k not in ("price", "time", "n", "score", "code", "ver", "ltime"))
    return rich * 2 + len(keys)


def build_free(frames, fillers, seed):
    rng = random.Random(seed)
    eng = _engine(fillers)
    rows, seen = [], set()

    def add(fr):
        for _ in range(200):
            text, ents = eng.render(fr, rng)
            # team/bus names carry their own article ("the Swans"): "after the the Swans game" -> "after the Swans game"
            text = re.sub(r"\b([Tt]he) the\b", r"\1", text)
            if text not in seen:
                assert not ents
                seen.add(text)
                rows.append({"text": text})
                return True
        return False

    for fr in frames:
        assert add(fr), fr
    pool = [fr for fr in frames if _slot_weight(fr) >= 3]
    pool.sort(key=lambda fr: (-_slot_weight(fr), frames.index(fr)))
    i = 0
    while len(rows) < N_LINES:
        # walk the richest frames round-robin so that no frame is used more than needed
        add(pool[i % len(pool)])
        i += 1
    rng.shuffle(rows)
    return rows


def build_all():
    return {
        "en_pii_labelled": build_labelled(i11_en_frames.PII + i11_en_frames.DENSE, i11_en_frames.NONE,
                                          i11_en_pools.FILLERS, SEEDS["en_pii_labelled"]),
        "zh_pii_labelled": build_labelled(i11_zh_frames.PII + i11_zh_frames.DENSE, i11_zh_frames.NONE,
                                          i11_zh_pools.FILLERS, SEEDS["zh_pii_labelled"]),
        "en_pii_free_hard": build_free(i11_en_free.FRAMES, i11_en_free_pools.FILLERS, SEEDS["en_pii_free_hard"]),
        "zh_pii_free_hard": build_free(i11_zh_free.FRAMES, i11_zh_free_pools.FILLERS, SEEDS["zh_pii_free_hard"]),
    }


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv):
    out = argv[1] if len(argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    for name, rows in build_all().items():
        assert len(rows) == N_LINES, (name, len(rows))
        with open(os.path.join(out, name + ".jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(dump(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
