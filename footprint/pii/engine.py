"""Builds the Presidio analyzer explicitly, from installed packages only.

``AnalyzerEngine()`` with defaults would try to download ``en_core_web_lg``; here
the spaCy model is loaded only when it is installed, and without one detection
runs on patterns alone and says so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import EmailRecognizer, SpacyRecognizer

from footprint.config import Settings
from footprint.pii.recognizers.offline_email import OfflineEmailRecognizer

LANGUAGE = "en"
PATTERNS_ONLY = "none"

log = logging.getLogger(__name__)


class InstalledSpacyNlpEngine(SpacyNlpEngine):
    """A SpacyNlpEngine over an already-loaded pipeline; ``load`` never downloads."""

    def __init__(self, nlp: spacy.language.Language, model_name: str) -> None:
        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": model_name}])
        self.nlp = {LANGUAGE: nlp}  # type: ignore[assignment]  # Presidio types it None

    def load(self) -> None:  # the pipeline is given, nothing to load
        return None


@dataclass(frozen=True)
class Detector:
    """A ready analyzer plus what it runs on, for display (``mode``, ``notice``)."""

    analyzer: AnalyzerEngine
    ner_model: str | None

    @property
    def mode(self) -> str:
        return f"spaCy NER ({self.ner_model}) + patterns" if self.ner_model else "patterns only"

    @property
    def notice(self) -> str | None:
        if self.ner_model:
            return None
        return (
            "No spaCy model is installed or enabled: names, places and organisations are not "
            "detected, only pattern-based types (emails, phones, cards, IDs, ...)."
        )

    def analyze(self, text: str) -> list[RecognizerResult]:
        return list(self.analyzer.analyze(text=text, language=LANGUAGE))


def _load_pipeline(model_name: str) -> spacy.language.Language | None:
    if model_name == PATTERNS_ONLY:
        return None
    if not spacy.util.is_package(model_name):
        log.warning("spaCy model %s is not installed; using patterns only", model_name)
        return None
    return spacy.load(model_name)


def build_detector(settings: Settings) -> Detector:
    """The analyzer for ``settings``; falls back to patterns only without a model."""
    pipeline = _load_pipeline(settings.spacy_model)
    ner_model: str | None = settings.spacy_model if pipeline is not None else None
    if pipeline is None:
        pipeline = spacy.blank(LANGUAGE)  # tokens for context words; no entities
    nlp_engine = InstalledSpacyNlpEngine(pipeline, ner_model or "blank")
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    registry.load_predefined_recognizers(languages=[LANGUAGE], nlp_engine=nlp_engine)
    registry.remove_recognizer(EmailRecognizer.__name__)
    registry.add_recognizer(OfflineEmailRecognizer())
    if ner_model is None:
        registry.remove_recognizer(SpacyRecognizer.__name__)
    analyzer = AnalyzerEngine(
        registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE]
    )
    return Detector(analyzer=analyzer, ner_model=ner_model)
