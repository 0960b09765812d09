"""Builds footprint's detector explicitly, from installed packages only.

The detector runs footprint's Presidio recognizers (see :mod:`footprint.pii.recognizers`)
directly instead of through ``AnalyzerEngine``: each text is classified as Chinese,
English or mixed, cheap prechecks skip recognizers that cannot match, context words are
looked for in a character window (which works for Chinese, where spaCy's English
tokenizer would see one long token), scores are held against per-entity thresholds and
overlaps are resolved. spaCy NER runs in batches (``nlp.pipe``), only on texts that may
hold a name nothing else found.

The spaCy model is loaded only when it is installed; an AnalyzerEngine left to its defaults
would try to download one. Without a model detection runs on patterns and known names.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import spacy
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from footprint.config import Settings
from footprint.phrases import Phrase, phrase
from footprint.pii.conjuncts import join_conjuncts
from footprint.pii.conversation import PendingHit, pending_hit
from footprint.pii.given_names import holiday_names
from footprint.pii.language import languages_of
from footprint.pii.names import NameBook
from footprint.pii.ner import load_ner, may_hold_unknown_name, person_results
from footprint.pii.recognizers import build_recognizers, threshold_for
from footprint.pii.recognizers.base import FootprintPatternRecognizer, TextFeatures
from footprint.pii.recognizers.cn_person import given_names_in_call_names
from footprint.pii.recognizers.person_gazetteer import PersonGazetteerRecognizer
from footprint.pii.recognizers.street_address import building_kinds
from footprint.pii.resolve import (
    drop_building_names,
    drop_business_names,
    drop_work_titles,
    join_split_values,
    resolve_overlaps,
)
from footprint.pii.width import fold_width

LANGUAGE = "en"
PATTERNS_ONLY = "none"
CONTEXT_BEFORE = 40
CONTEXT_AFTER = 20
CONTEXT_BOOST = 0.35
NER_BATCH = 256

log = logging.getLogger(__name__)


class InstalledSpacyNlpEngine(SpacyNlpEngine):
    """A SpacyNlpEngine over an already-loaded pipeline; ``load`` never downloads."""

    def __init__(self, nlp: spacy.language.Language, model_name: str) -> None:
        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": model_name}])
        self.nlp = {LANGUAGE: nlp}  # type: ignore[assignment]  # Presidio types it None

    def load(self) -> None:  # the pipeline is given, nothing to load
        return None


@dataclass
class Detector:
    """footprint's recognizers plus, when installed, spaCy NER for unknown names.

    ``mode`` and ``notice`` say what it runs on, for display.
    """

    recognizers: list[FootprintPatternRecognizer]
    ner: spacy.language.Language | None
    ner_model: str | None
    dictionary: frozenset[str] = frozenset()
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def mode(self) -> str:
        if self.ner_model:
            return f"patterns + known names + spaCy NER ({self.ner_model})"
        return "patterns + known names"

    @property
    def notice(self) -> Phrase | None:
        """Why detection runs in a reduced mode, or None (str() gives the English)."""
        if self.ner_model:
            return None
        return phrase("detector_no_ner")

    def analyze(self, text: str, names: NameBook | None = None) -> list[RecognizerResult]:
        """Resolved results for one text (``names``: people the exports already name)."""
        return self.analyze_batch([text], names)[0]

    def analyze_batch(
        self,
        texts: Sequence[str],
        names: NameBook | None = None,
        pending: list[list[PendingHit]] | None = None,
    ) -> list[list[RecognizerResult]]:
        """Resolved results for each text; NER runs once over the texts that need it.

        With ``pending``, also appends for each text the candidates that only a context
        word in an earlier message of the conversation could lift (see
        :mod:`footprint.pii.conversation`)."""
        gazetteer = PersonGazetteerRecognizer(names) if names else None
        texts = [fold_width(text) for text in texts]  # same offsets, ASCII digits
        out: list[list[RecognizerResult]] = []
        for_ner: list[int] = []
        for index, text in enumerate(texts):
            features = TextFeatures(
                text=text,
                lower=text.lower(),
                digits=sum(ch.isdigit() for ch in text),
                languages=languages_of(text),
            )
            waiting: list[PendingHit] | None = [] if pending is not None else None
            results = self._patterns(features, waiting)
            if pending is not None and waiting is not None:
                pending.append(waiting)
            if gazetteer is not None:
                results.extend(gazetteer.analyze(text))
            out.append(results)
            if (
                self.ner is not None
                and "en" in features.languages
                and may_hold_unknown_name(text, results, self.dictionary)
            ):
                for_ner.append(index)
        self._count("texts", len(texts))
        self._count("ner_texts", len(for_ner))
        if self.ner is not None and for_ner:
            docs = self.ner.pipe((texts[i] for i in for_ner), batch_size=NER_BATCH)
            for index, doc in zip(for_ner, docs, strict=True):
                out[index].extend(person_results(doc, self.dictionary))
        kinds = building_kinds()
        return [_resolved(text, results, kinds) for text, results in zip(texts, out, strict=True)]

    def _patterns(
        self, features: TextFeatures, pending: list[PendingHit] | None = None
    ) -> list[RecognizerResult]:
        text, lower = features.text, features.lower
        kept: list[RecognizerResult] = []
        for index, recognizer in enumerate(self.recognizers):
            applies = recognizer.applies(features)
            # A recognizer whose context may sit in an earlier message runs without its
            # context word when the conversation is looked at (cheap prechecks still hold).
            looks_back = pending is not None and recognizer.applies_in_conversation(features)
            if not applies and not looks_back:
                continue
            entity = recognizer.ENTITY
            for result in recognizer.analyze(text, [entity]):
                pattern = recognizer.context_pattern
                in_text = False
                if applies and pattern is not None and result.score < 1.0:
                    window_before = lower[max(0, result.start - CONTEXT_BEFORE) : result.start]
                    window_after = lower[result.end : result.end + CONTEXT_AFTER]
                    if pattern.search(window_before) or pattern.search(window_after):
                        in_text = True
                        boost = getattr(recognizer, "BOOST", CONTEXT_BOOST)
                        result.score = min(1.0, result.score + boost)
                        label = recognizer.label_pattern
                        if label is not None and label.search(window_before):
                            result.score = 1.0  # its own label names it: "SSN: 011137395"
                if applies and result.score >= threshold_for(entity):
                    kept.append(result)
                elif pending is not None and not in_text:
                    waiting = pending_hit(
                        index, recognizer, result, CONTEXT_BOOST, reported=applies
                    )
                    if waiting is not None:
                        pending.append(waiting)
        return kept

    def _count(self, key: str, amount: int) -> None:
        self.stats[key] = self.stats.get(key, 0) + amount


def _resolved(
    text: str, results: list[RecognizerResult], kinds: frozenset[str]
) -> list[RecognizerResult]:
    """One result per stretch of text, then what the results say together: the members of
    a list that holds a person, split values joined, given names inside call names."""
    results = drop_business_names(text, drop_building_names(text, results, kinds))
    results = drop_work_titles(text, results)
    results = resolve_overlaps(results)
    results = join_conjuncts(text, results)
    results = join_split_values(text, results)
    return given_names_in_call_names(text, results)


def _load_pipeline(model_name: str) -> tuple[spacy.language.Language, frozenset[str]] | None:
    if model_name == PATTERNS_ONLY:
        return None
    if not spacy.util.is_package(model_name):
        log.warning("spaCy model %s is not installed; using patterns only", model_name)
        return None
    return load_ner(model_name)


def build_detector(settings: Settings) -> Detector:
    """The detector for ``settings``; without an installed model, patterns and known names."""
    loaded = _load_pipeline(settings.spacy_model)
    recognizers = build_recognizers()
    dictionary = loaded[1] if loaded else frozenset()
    if loaded:
        holiday_names()  # NER's filter reads them: loaded once, before workers fork
    for recognizer in recognizers:
        recognizer.warm()  # jieba's dictionary, the division table: loaded once, shared
        recognizer.use_dictionary(dictionary)
    return Detector(
        recognizers=recognizers,
        ner=loaded[0] if loaded else None,
        ner_model=settings.spacy_model if loaded else None,
        dictionary=dictionary,
    )
