"""Checks for the heldout3 generator. Does not import footprint."""
import filecmp
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
from common import decoded_text, luhn_ok, iban_ok, cn_id  # noqa: E402

PERSONAS = HERE / "personas"
KEYS = ["schema_version", "persona", "fictional", "independent", "description", "timezone", "user", "pii", "facts"]
FACT_KEYS = ["home", "work", "sleep_window", "top_contacts", "relationships", "religion", "health", "politics",
             "financial_stress", "gambling", "gaming", "salary", "risky_contact"]


def _dirs_equal(a, b):
    cmp = filecmp.dircmp(a, b)
    if cmp.left_only or cmp.right_only or cmp.diff_files or cmp.funny_files:
        return False
    return all(_dirs_equal(Path(a) / d, Path(b) / d) for d in cmp.common_dirs)


def test_output_is_deterministic_and_committed():
    with tempfile.TemporaryDirectory() as t1:
        env = {"TZ": "Pacific/Kiritimati", "LC_ALL": "C", "PYTHONHASHSEED": "987", "PATH": "/usr/bin:/bin"}
        subprocess.run([sys.executable, str(HERE / "generate.py"), t1], check=True, env=env, capture_output=True)
        assert _dirs_equal(t1, PERSONAS), "generated output differs from committed personas/"


def test_ground_truth_schema_and_planted_values():
    for gt_path in sorted(PERSONAS.glob("*/ground_truth.json")):
        root = gt_path.parent
        gt = json.loads(gt_path.read_text(encoding="utf-8"))
        assert list(gt) == KEYS
        assert gt["schema_version"] == 1 and gt["fictional"] and gt["independent"]
        assert list(gt["facts"]) == FACT_KEYS
        texts = {}
        for item in gt["pii"]:
            f = root / item["file"]
            texts.setdefault(f, decoded_text(f))
            assert item["value"] in texts[f], item
            if item["entity_type"] in ("CREDIT_CARD", "CN_BANK_CARD"):
                assert luhn_ok(item["value"])
            if item["entity_type"] == "IBAN_CODE":
                assert iban_ok(item["value"])
            if item["entity_type"] == "CN_RESIDENT_ID":
                v = item["value"].replace(" ", "")
                assert cn_id(v[:17]) == v
        alltext = "\n".join(decoded_text(p) for p in root.rglob("*") if p.is_file() and p.name != "ground_truth.json")
        for r in gt["facts"]["relationships"]:
            assert r["full_name"] in alltext and r["name"] in alltext
        assert gt["facts"]["salary"]["payer"] in alltext
        assert gt["facts"]["risky_contact"]["name"] in alltext
        for c in gt["facts"]["top_contacts"]:
            assert c["name"] in alltext


def test_user_never_sends_while_asleep_and_counts():
    for mod in generate.MODULES:
        parts = mod.build()
        e = parts[0]
        chats = []
        for p in parts[1:]:
            chats += list(p.values()) if isinstance(p, dict) else [p]
        total = sum(len(c.msgs) for c in chats)
        assert 1500 <= total <= 3500, (mod.PID, total)
        for c in chats:
            for m in c.msgs:
                if m.sender == mod.U:
                    assert not e.asleep(m.ts), (mod.PID, c.title, m.ts)
        rc = mod.__dict__.get("GROUP")
        grp = [c for c in chats if c.kind == "group"]
        assert len(grp) == 1 and rc
        risky = [m.text for m in grp[0].msgs if m.sender in ("老刘", "Gaz", "Rick Dawson")]
        assert len(set(risky)) >= 80


def test_does_not_import_footprint():
    for f in HERE.glob("*.py"):
        for line in f.read_text(encoding="utf-8").splitlines():
            s = line.strip()
            assert not (s.startswith("import footprint") or s.startswith("from footprint")), (f, line)
