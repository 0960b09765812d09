#!/usr/bin/env python3
"""Generate the independent12 blind corpus (stdlib only, deterministic).

Usage: python generate.py [--out DIR]      (default: this folder)

Output is independent of TZ, locale, PYTHONHASHSEED and today's date: all randomness comes
from random.Random with fixed integer seeds, no sets/dicts are iterated in hash order and no
clock is read.
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import i12_render as R  # noqa: E402
import i12_zh as ZH  # noqa: E402
import i12_zh_free as ZHF  # noqa: E402
import i12_zh_lab_templates as ZHT  # noqa: E402
import i12_en as EN  # noqa: E402
import i12_en_free as ENF  # noqa: E402
import i12_en_lab_templates as ENT  # noqa: E402

SIZES = {
    "zh_pii_labelled.jsonl": (500, 75),   # (lines, of which without any identifier)
    "en_pii_labelled.jsonl": (250, 38),
    "zh_pii_free_hard.jsonl": (500, 500),
    "en_pii_free_hard.jsonl": (250, 250),
}
SEEDS = {
    "zh_pii_labelled.jsonl": 120021,
    "en_pii_labelled.jsonl": 120022,
    "zh_pii_free_hard.jsonl": 120023,
    "en_pii_free_hard.jsonl": 120024,
}
REGION_PREFIXES = ("gd", "fj", "sc", "cq", "yn", "zj", "in", "ng", "ph", "ca", "nz", "uk", "us")


def parse(block):
    out = []
    for line in block.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        region = None
        if len(line) > 3 and line[2] == "|" and line[:2] in REGION_PREFIXES:
            region, line = line[:2], line[3:]
        out.append((region, line.replace("⏎", "\n")))
    return out


def render_one(tpl, slots, rng):
    region, text = tpl
    ctx = R.Ctx()
    if region:
        ctx["region"] = region
    t, ents = R.render(text, slots, rng, ctx)
    t2 = t.strip()
    if t2 != t:  # keep offsets right if a filler left a trailing blank
        lead = len(t) - len(t.lstrip())
        for e in ents:
            e["start"] -= lead
            e["end"] -= lead
        t = t2
    ents.sort(key=lambda e: e["start"])
    R.check_line(t, ents)
    return t, ents


def fill(pool, n, slots, rng, seen, need_entities, max_uses):
    """Render n distinct lines from pool; every template once before any is reused."""
    out = []
    uses = [0] * len(pool)
    order = list(range(len(pool)))
    rounds = 0
    while len(out) < n:
        rounds += 1
        if rounds > max_uses:
            raise RuntimeError("template pool too small: %d < %d" % (len(out), n))
        rng.shuffle(order)
        for i in order:
            if len(out) >= n:
                break
            if uses[i] >= rounds:
                continue
            for _try in range(12):
                t, ents = render_one(pool[i], slots, rng)
                if t not in seen:
                    break
            else:
                continue
            if need_entities is True and not ents:
                raise AssertionError("labelled template produced no entity: %r" % (pool[i],))
            if need_entities is False and ents:
                raise AssertionError("free template produced an entity: %r" % (pool[i],))
            seen.add(t)
            uses[i] += 1
            out.append((t, ents))
    return out


def labelled(name, prio_block, lab_blocks, free_block, slots):
    """prio_block: identifier-heavy templates, each used exactly once before the others."""
    n, n_free = SIZES[name]
    rng = random.Random(SEEDS[name])
    seen = set()
    prio_pool = parse(prio_block)
    lab_pool = []
    for b in lab_blocks:
        lab_pool.extend(parse(b))
    free_pool = parse(free_block)
    free = fill(free_pool, n_free, slots, rng, seen, False, 1)
    lab = fill(prio_pool, len(prio_pool), slots, rng, seen, True, 1)
    lab += fill(lab_pool, n - n_free - len(lab), slots, rng, seen, True, 3)
    lines = free + lab
    rng.shuffle(lines)
    return [{"text": t, "entities": ents} for t, ents in lines]


def free_hard(name, blocks, slots, max_uses):
    n, _ = SIZES[name]
    rng = random.Random(SEEDS[name])
    seen = set()
    pool = []
    for b in blocks:
        pool.extend(parse(b))
    fixed = [p for p in pool if "{" not in p[1]]
    templ = [p for p in pool if "{" in p[1]]
    out = []
    if len(fixed) + len(templ) >= n:
        # use every fixed line, fill the rest with templates (each once at most)
        out.extend(fill(fixed, min(len(fixed), n), slots, rng, seen, False, 1))
        out.extend(fill(templ, n - len(out), slots, rng, seen, False, 1))
    else:
        out.extend(fill(fixed, len(fixed), slots, rng, seen, False, 1))
        out.extend(fill(templ, n - len(out), slots, rng, seen, False, max_uses))
    rng.shuffle(out)
    return [{"text": t} for t, _ in out]


def build():
    zh_slots = dict(ZH.SLOTS)
    en_slots = dict(EN.SLOTS)
    zhf_slots = dict(ZHF.SLOTS)
    enf_slots = dict(ENF.SLOTS)
    return {
        "zh_pii_labelled.jsonl": labelled("zh_pii_labelled.jsonl", ZHT.PRIORITY, [ZHT.LABELLED, ZHT.LABELLED_2],
                                          ZHT.FREE_IN_LABELLED, zh_slots),
        "en_pii_labelled.jsonl": labelled("en_pii_labelled.jsonl", ENT.PRIORITY, [ENT.LABELLED],
                                          ENT.FREE_IN_LABELLED, en_slots),
        "zh_pii_free_hard.jsonl": free_hard("zh_pii_free_hard.jsonl", [ZHF.TEMPLATES, ZHF.FIXED],
                                            zhf_slots, 3),
        "en_pii_free_hard.jsonl": free_hard("en_pii_free_hard.jsonl", [ENF.TEMPLATES], enf_slots, 2),
    }


def dump(rows):
    parts = []
    for r in rows:
        if "entities" in r:
            ents = [{"type": e["type"], "start": e["start"], "end": e["end"], "value": e["value"]}
                    for e in r["entities"]]
            obj = {"text": r["text"], "entities": ents}
        else:
            obj = {"text": r["text"]}
        parts.append(json.dumps(obj, ensure_ascii=False) + "\n")
    return "".join(parts)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    data = build()
    for name in sorted(data):
        rows = data[name]
        assert len(rows) == SIZES[name][0], (name, len(rows))
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(dump(rows))


if __name__ == "__main__":
    main()
