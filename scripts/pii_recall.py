"""Recall of the planted identifiers of blind personas, and what redaction leaves behind.

    python scripts/pii_recall.py tests/heldout3/personas [more persona folders...]

For every persona folder (one holding ``ground_truth.json``) under the given paths: scan it
offline, count a planted value as found when a finding covers it whole (compared without
case, spaces or punctuation), then redact it and list the planted values still present in
the redacted copies (the answer key and the manifest are not searched), and count the
records of the original and of the copies. The personas were
written blind (see each set's README); the figures are in the README's detection section.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

from footprint.config import Settings
from footprint.pii.engine import Detector, build_detector
from footprint.redact.run import redact
from footprint.scan import scan
from footprint.store import field_values

KEY = bytes(range(32))  # a fixed key: the measurement, not the pseudonyms, matters here
NOT_SEARCHED = {"manifest.json", "ground_truth.json"}


def _fold(value: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", value).casefold() if ch.isalnum())


def _decoded(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _covered(value: str, found: set[str]) -> bool:
    """A finding covers the value whole (short values only as a whole finding)."""
    folded = _fold(value)
    return folded in found or (len(folded) >= 4 and any(folded in f for f in found))


def _still_in(value: str, text: str, folded_text: str) -> bool:
    """The value is in the copies: short values as a word, so "Bri" is not in "bring"."""
    if len(_fold(value)) < 5:
        return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE) is not None
    return _fold(value) in folded_text


def measure(persona: Path, settings: Settings, detector: Detector) -> dict[str, object]:
    truth = json.loads((persona / "ground_truth.json").read_text(encoding="utf-8"))
    planted = truth["pii"]
    findings = scan([persona], settings, detector).findings
    found = {_fold(value) for (value,) in field_values(findings, "value")}
    missed = [p for p in planted if not _covered(p["value"], found)]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        result = redact([persona], out, settings, detector, key=KEY)
        copies = [p for p in out.rglob("*") if p.is_file() and p.name not in NOT_SEARCHED]
        text = "\n".join(_decoded(p) for p in copies)
        copied_records = _record_count(out, settings)
    folded_text = _fold(text)
    left = sorted({p["value"] for p in planted if _still_in(p["value"], text, folded_text)})
    return {
        "persona": persona.name,
        "planted": len(planted),
        "recall": round(1 - len(missed) / len(planted), 3) if planted else 1.0,
        "missed": [f"{p['entity_type']} {p['value']} ({p['file']})" for p in missed],
        "left_in_copies": left,
        "leak_check_passed": result.passed,
        # A redacted copy parses to as many records as its original.
        "records": [_record_count(persona, settings), copied_records],
    }


def _record_count(folder: Path, settings: Settings) -> int:
    return len(scan([folder], settings, None, analyse=False).records)


def main(paths: list[str]) -> None:
    settings = Settings()
    detector = build_detector(settings)
    for root in paths:
        for truth in sorted(Path(root).rglob("ground_truth.json")):
            print(json.dumps(measure(truth.parent, settings, detector), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:] or ["tests/independent/personas"])
