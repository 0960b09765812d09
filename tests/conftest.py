"""Shared test configuration: golden files, real-world samples, fixtures folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Speed is measured by the benchmarks in bench/, never by a test: Hypothesis's per-example
# deadline (200 ms) failed a property on a busy CI machine, so no test has one.
settings.register_profile("footprint", deadline=None)
settings.load_profile("footprint")

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
GOLDEN = TESTS / "golden"
REALWORLD = TESTS.parent.parent / "shared" / "realworld"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/*.json from the current parser output.",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture
def realworld() -> Path:
    if not REALWORLD.is_dir():
        pytest.skip(f"real-world samples not found at {REALWORLD} (../shared/realworld)")
    return REALWORLD
