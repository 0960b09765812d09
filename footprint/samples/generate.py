"""Deterministic generator of the bundled, clearly fictional sample personas.

Same seed, same Faker release: same bytes. Phone numbers come from ranges
reserved for drama (UK 07700 900xxx), e-mail domains are example.* and every
persona's README.txt says it is fictional. Each persona folder also holds a
``ground_truth.json`` listing every planted value and fact.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from footprint.samples.common import FICTIONAL_NOTE
from footprint.samples.personas import gig_worker, journalist, office_worker, student
from footprint.samples.personas._shared import Bundle

PERSONAS: dict[str, Callable[[int], Bundle]] = {
    office_worker.NAME: office_worker.build,
    student.NAME: student.build,
    gig_worker.NAME: gig_worker.build,
    journalist.NAME: journalist.build,
}


def _clear_previous(folder: Path) -> None:
    """Remove a persona folder this generator wrote before, so renamed files do not linger.

    Only a folder whose README.txt carries the fictional note is removed.
    """
    readme = folder / "README.txt"
    if readme.is_file() and readme.read_text(encoding="utf-8").startswith(FICTIONAL_NOTE):
        shutil.rmtree(folder)


def write_persona(out: Path, name: str, seed: int = 7) -> list[Path]:
    bundle = PERSONAS[name](seed)
    bundle.add("ground_truth.json", bundle.truth.to_json())
    root = out / name
    _clear_previous(root)
    written = []
    for relative, content in sorted(bundle.files.items()):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        written.append(path)
    return written


def generate(out: Path, seed: int = 7) -> list[Path]:
    """Write every persona under ``out``; returns the files written."""
    written: list[Path] = []
    for name in PERSONAS:
        written.extend(write_persona(out, name, seed))
    return written
