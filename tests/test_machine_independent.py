"""The same exports give the same results whatever zone the computer is set to.

Scan (with inferences and scores), report and redaction run in subprocesses under two
zones 25 hours apart; their outputs must be identical.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from footprint.paths import SAMPLE_EXPORTS

ZONES = ("America/Los_Angeles", "Pacific/Kiritimati")
VOLATILE = frozenset({"duration", "duration_s", "elapsed", "seconds", "generated_at"})
ROOT = Path(__file__).resolve().parent.parent


def _run(zone: str, *args: str) -> None:
    env = {**os.environ, "TZ": zone, "PYTHONPATH": str(ROOT)}
    env.pop("FOOTPRINT_ASSUMED_TIMEZONE", None)
    env.pop("FOOTPRINT_CACHE_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "footprint", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=280,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]


def _stable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_stable(v) for v in value]
    return value


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


INDEPENDENT = ROOT / "tests" / "independent" / "personas"


@pytest.mark.timeout(900)
@pytest.mark.parametrize(
    "persona", ["enus_philadelphia", "cn1_hangzhou", "cn2_xian", "en2_glasgow"]
)
def test_blind_personas_same_conclusions_and_zone(persona: str, tmp_path: Path) -> None:
    """Personas written without seeing footprint, in exports with local times only or UTC."""
    exports = INDEPENDENT / persona
    if not exports.is_dir():
        pytest.skip(f"no independent persona {persona}")
    truth = json.loads((exports / "ground_truth.json").read_text(encoding="utf-8"))
    scans = []
    for zone in ZONES:
        out = tmp_path / f"{zone.replace('/', '_')}.json"
        _run(zone, "scan", str(exports), "--no-pii", "--json", str(out))
        scans.append(_stable(json.loads(out.read_text(encoding="utf-8"))))
    assert scans[0]["inferences"] == scans[1]["inferences"]
    assert scans[0]["sources"] == scans[1]["sources"]
    assert {source["timezone"] for source in scans[0]["sources"]} == {truth["timezone"]}


@pytest.mark.timeout(900)
@pytest.mark.parametrize("persona", ["university_student", "office_worker"])
def test_results_do_not_depend_on_the_computers_zone(persona: str, tmp_path: Path) -> None:
    exports = SAMPLE_EXPORTS / persona
    if not exports.is_dir():
        pytest.skip(f"no sample persona {persona}")
    key = tmp_path / "key"
    outputs: dict[str, dict[str, Any]] = {}
    for zone in ZONES:
        out = tmp_path / zone.replace("/", "_")
        out.mkdir()
        _run(zone, "scan", str(exports), "--spacy-model", "none", "--json", str(out / "s.json"))
        _run(zone, "report", str(exports), "--spacy-model", "none", "--out", str(out / "r.json"))
        result: dict[str, Any] = {
            "scan": _stable(json.loads((out / "s.json").read_text(encoding="utf-8"))),
            "report": _stable(json.loads((out / "r.json").read_text(encoding="utf-8"))),
        }
        if persona == "university_student":
            redacted = out / "redacted"
            _run(zone, "redact", str(exports), "--spacy-model", "none", "--out", str(redacted),
                 "--key-file", str(key))  # fmt: skip
            result["redacted"] = _tree(redacted)
        outputs[zone] = result
    first, second = (outputs[zone] for zone in ZONES)
    assert first["scan"]["sources"] == second["scan"]["sources"]
    assert all(source["timezone"] for source in first["scan"]["sources"])
    assert first["scan"]["inferences"] == second["scan"]["inferences"]
    assert first == second
