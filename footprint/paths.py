"""Where the project's bundled files live (the dashboard script, sample exports)."""

from __future__ import annotations

from pathlib import Path

from footprint.errors import FootprintError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
APP_SCRIPT = PROJECT_ROOT / "app.py"
SAMPLE_EXPORTS = PROJECT_ROOT / "sample_exports"
# Personas written blind, from a spec only, to test that the inferences generalise.
INDEPENDENT_PERSONAS = PROJECT_ROOT / "tests" / "independent" / "personas"
# More blind personas, written later from the format notes and real samples only.
HELDOUT_PERSONAS = PROJECT_ROOT / "tests" / "heldout" / "personas"
# Later blind sets, each measured before any change was made for it.
HELDOUT2_PERSONAS = PROJECT_ROOT / "tests" / "heldout2" / "personas"
HELDOUT3_PERSONAS = PROJECT_ROOT / "tests" / "heldout3" / "personas"
HELDOUT4_PERSONAS = PROJECT_ROOT / "tests" / "heldout4" / "personas"
HELDOUT5_PERSONAS = PROJECT_ROOT / "tests" / "heldout5" / "personas"  # Chinese
HELDOUT6_PERSONAS = PROJECT_ROOT / "tests" / "heldout6" / "personas"  # English
HELDOUT7_PERSONAS = PROJECT_ROOT / "tests" / "heldout7" / "personas"  # Chinese, UK, US
HELDOUT8_PERSONAS = PROJECT_ROOT / "tests" / "heldout8" / "personas"  # Chinese
HELDOUT9_PERSONAS = PROJECT_ROOT / "tests" / "heldout9" / "personas"  # UK, US
HELDOUT10_PERSONAS = PROJECT_ROOT / "tests" / "heldout10" / "personas"  # Chinese, UK, US


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
