"""Checks only the held-out generator: determinism and that every planted value occurs."""
import hashlib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import decoded_text  # noqa: E402


def _digest(root):
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            out[os.path.relpath(p, root)] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return out


def _run(out, env_extra):
    env = dict(os.environ, **env_extra)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), out], check=True, env=env, capture_output=True)


def test_deterministic_and_matches_committed():
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        _run(os.path.join(a, "p"), {"TZ": "UTC", "PYTHONHASHSEED": "1", "LC_ALL": "C"})
        _run(os.path.join(b, "p"), {"TZ": "Pacific/Auckland", "PYTHONHASHSEED": "987", "LC_ALL": "C.UTF-8"})
        da, db = _digest(os.path.join(a, "p")), _digest(os.path.join(b, "p"))
        assert da == db
        committed = os.path.join(HERE, "personas")
        if os.path.isdir(committed):
            assert _digest(committed) == da, "committed personas/ are stale: rerun generate.py"


def test_every_planted_value_occurs():
    root = os.path.join(HERE, "personas")
    for pid in sorted(os.listdir(root)):
        gt = json.load(open(os.path.join(root, pid, "ground_truth.json"), encoding="utf-8"))
        assert gt["schema_version"] == 1 and gt["persona"] == pid and gt["fictional"] and gt["independent"]
        assert set(gt) == {"schema_version", "persona", "fictional", "independent", "description", "timezone", "user", "pii", "facts"}
        cache = {}
        for it in gt["pii"]:
            path = os.path.join(root, pid, it["file"])
            if path not in cache:
                cache[path] = decoded_text(path)
            assert it["value"] in cache[path], (pid, it)
        assert len(gt["facts"]["top_contacts"]) == 3
