"""Shared fixtures for the PII tests: one patterns-only detector, and a table checker."""

from __future__ import annotations

import pytest

from footprint.config import Settings
from footprint.pii.engine import Detector, build_detector
from footprint.pii.names import NameBook


@pytest.fixture(scope="session")
def patterns_detector() -> Detector:
    return build_detector(Settings(spacy_model="none"))


@pytest.fixture(scope="session")
def ner_detector() -> Detector:
    return build_detector(Settings())


def values(detector: Detector, text: str, entity: str, names: NameBook | None = None) -> list[str]:
    """The values of ``entity`` the detector reports in ``text``."""
    return [text[r.start : r.end] for r in detector.analyze(text, names) if r.entity_type == entity]
