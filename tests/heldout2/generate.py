"""Regenerate tests/heldout2/personas/ (stdlib only, deterministic).

Usage: python tests/heldout2/generate.py [OUTPUT_DIR]
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import persona_uk  # noqa: E402
import persona_us  # noqa: E402
import persona_zh  # noqa: E402

PERSONAS = [
    ("zh4_nanjing", persona_zh, 20251101),
    ("enuk4_manchester", persona_uk, 20251220),
    ("enus4_atlanta", persona_us, 20260116),
]


def repair(s: str) -> str:
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def walk_strings(obj, fix: bool):
    if isinstance(obj, str):
        yield repair(obj) if fix else obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk_strings(k, fix)
            yield from walk_strings(v, fix)
    elif isinstance(obj, list):
        for v in obj:
            yield from walk_strings(v, fix)


def decoded_text(path: str, encoding: str, raw: str) -> str:
    """What a careful reader sees in the file: JSON strings unescaped (and de-mojibaked)."""
    if path.endswith(".json"):
        obj = json.loads(raw)
        return raw + "\n" + "\n".join(walk_strings(obj, "messages/" in path))
    return raw


def write_persona(out: Path, pid: str, module, seed: int) -> dict:
    rng = random.Random(seed)
    files, gt = module.generate(rng)
    pdir = out / pid
    if pdir.exists():
        shutil.rmtree(pdir)
    texts = {}
    for rel, (enc, text) in sorted(files.items()):
        p = pdir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode(enc)
        p.write_bytes(data)
        texts[rel] = decoded_text(rel, enc, data.decode(enc))
    pii = []
    seen = set()
    for rel, etype, value in gt["pii"]:
        assert rel in texts, (pid, rel)
        assert value in texts[rel], (pid, rel, etype, value)
        if (rel, etype, value) not in seen:
            seen.add((rel, etype, value))
            pii.append({"file": rel, "entity_type": etype, "value": value})
    gt["pii"] = pii
    (pdir / "ground_truth.json").write_text(
        json.dumps(gt, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return gt


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "personas"
    out.mkdir(exist_ok=True)
    for pid, module, seed in PERSONAS:
        gt = write_persona(out, pid, module, seed)
        print(pid, len(gt["pii"]), "pii", gt["facts"]["top_contacts"])


if __name__ == "__main__":
    main()
