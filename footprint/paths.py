"""Where the project's bundled files live (the dashboard script, sample exports)."""

from __future__ import annotations

from pathlib import Path

from footprint.errors import FootprintError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
APP_SCRIPT = PROJECT_ROOT / "app.py"
SAMPLE_EXPORTS = PROJECT_ROOT / "sample_exports"
# Personas written blind, from a spec only, to test that the inferences generalise:
# tests/independent first, then tests/heldout, heldout2, ... each measured before any
# change was made for it (see the README's table of blind sets).
BLIND_SETS = ("independent", "heldout", *(f"heldout{n}" for n in range(2, 28)))


def blind_persona_folders() -> list[Path]:
    """The ``personas`` folder of every blind set this install has, in order."""
    folders = (PROJECT_ROOT / "tests" / name / "personas" for name in BLIND_SETS)
    return [folder for folder in folders if folder.is_dir()]


def require(path: Path, what: str) -> Path:
    """``path``, or a clear error when this install does not include it."""
    if not path.exists():
        raise FootprintError(
            f"{what} not found at {path}. Run footprint from a clone of the project "
            "(installed with 'pip install -e .')."
        )
    return path


def personas() -> list[Path]:
    """The bundled sample personas: one folder each under ``sample_exports/``."""
    if not SAMPLE_EXPORTS.is_dir():
        return []
    return sorted(p for p in SAMPLE_EXPORTS.iterdir() if p.is_dir() and not p.name.startswith("."))
