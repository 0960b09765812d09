"""Presidio as it comes, for comparison: ``AnalyzerEngine`` with the same spaCy model and
the default recognizers, one text at a time, no score threshold.

Built offline like footprint's own detector: the spaCy pipeline is loaded from the
installed package and handed to the engine (no download), and Presidio's
``EmailRecognizer`` is swapped for :class:`OfflineEmailRecognizer`: same regex, same
scores, but its ``validate_result`` asks a ``TLDExtract`` built on the bundled suffix-list
snapshot instead of the module-level ``tldextract.extract``, which fetches the list on
first use. Nothing global is patched.
"""

from __future__ import annotations

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from footprint.config import DEFAULT_SPACY_MODEL
from footprint.pii.engine import LANGUAGE, InstalledSpacyNlpEngine
from footprint.pii.recognizers.offline_email import OfflineEmailRecognizer


class VanillaPresidio:
    """Presidio's defaults over an installed spaCy model."""

    def __init__(self, model_name: str = DEFAULT_SPACY_MODEL) -> None:
        nlp_engine = InstalledSpacyNlpEngine(spacy.load(model_name), model_name)
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        registry.load_predefined_recognizers(languages=[LANGUAGE], nlp_engine=nlp_engine)
        registry.remove_recognizer(EmailRecognizer.__name__)
        registry.add_recognizer(OfflineEmailRecognizer())
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE]
        )

    def analyze(self, text: str) -> list[RecognizerResult]:
        return list(self.analyzer.analyze(text=text, language=LANGUAGE))
