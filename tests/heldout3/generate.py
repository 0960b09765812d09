"""Regenerate tests/heldout3/personas/ (stdlib only, deterministic)."""
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import decoded_text, luhn_ok, iban_ok  # noqa: E402
import p_zh  # noqa: E402
import p_uk  # noqa: E402
import p_us  # noqa: E402

MODULES = [p_zh, p_uk, p_us]


def check(root, gt):
    cache = {}
    for item in gt["pii"]:
        f = root / item["file"]
        if f not in cache:
            cache[f] = decoded_text(f)
        assert item["value"] in cache[f], (gt["persona"], item)
        if item["entity_type"] in ("CREDIT_CARD", "CN_BANK_CARD"):
            assert luhn_ok(item["value"]), item
        if item["entity_type"] == "IBAN_CODE":
            assert iban_ok(item["value"]), item
    facts = gt["facts"]
    for r in facts["relationships"]:
        assert any(r["full_name"] in t for t in cache.values()) or any(
            r["full_name"] in decoded_text(p) for p in root.rglob("*") if p.is_file() and p.name != "ground_truth.json"), r
    assert any(facts["salary"]["payer"] in decoded_text(p) for p in root.rglob("*") if p.is_file() and p.name != "ground_truth.json")


def main(out=None):
    out = Path(out) if out else HERE / "personas"
    if out.exists():
        shutil.rmtree(out)
    summary = {}
    for mod in MODULES:
        root = out / mod.PID
        root.mkdir(parents=True)
        gt, files, n = mod.write(root)
        (root / "ground_truth.json").write_text(json.dumps(gt, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        check(root, gt)
        summary[mod.PID] = n
    return summary


if __name__ == "__main__":
    for k, v in main(sys.argv[1] if len(sys.argv) > 1 else None).items():
        print(k, v, "messages")
