"""Every social fixture is claimed by its own format and by no other, generic names included."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pytest

from footprint.config import Limits
from footprint.loading import load_inputs
from footprint.sources.registry import SOURCES, classify

from ..conftest import FIXTURES

SOCIAL = ("facebook", "instagram", "reddit", "mastodon", "linkedin", "tiktok", "twitter")


def _fixture_files() -> list[tuple[str, Path]]:
    return [
        (fmt, path)
        for fmt in SOCIAL
        for path in sorted((FIXTURES / fmt).rglob("*"))
        if path.is_file() and path.name != "manifest.js"  # ignored only inside an archive
    ]


@pytest.mark.parametrize(
    ("fmt", "path"),
    _fixture_files(),
    ids=lambda value: str(value.relative_to(FIXTURES)) if isinstance(value, Path) else value,
)
def test_fixture_is_claimed_by_its_format_only(fmt: str, path: Path) -> None:
    with ExitStack() as stack:
        (file,) = load_inputs([path], Limits(), stack).files
        detection = classify(file)
        assert detection.format == fmt, detection.reason
        # No other source is as sure of the file.
        rivals = {
            source.FORMAT: source.detect(file)
            for source in SOURCES
            if fmt != source.FORMAT and source.detect(file) >= detection.confidence
        }
        assert not rivals


def test_all_social_fixtures_at_once() -> None:
    with ExitStack() as stack:
        loaded = load_inputs([FIXTURES / fmt for fmt in SOCIAL], Limits(), stack)
        for file in loaded.files:
            detection = classify(file)
            expected = Path(file.display).relative_to(FIXTURES).parts[0]
            if detection.status == "parsed":
                assert detection.format == expected, file.display
