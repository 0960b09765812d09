from __future__ import annotations

from pathlib import Path

from footprint.pii.corpus import generate, load, save
from footprint.pii.evaluate import CORPUS_DIR, Tally, score


def test_same_seed_same_corpus() -> None:
    first, second = generate(seed=3, size=200), generate(seed=3, size=200)
    assert first.samples == second.samples and first.names == second.names
    assert generate(seed=4, size=200).samples != first.samples


def test_spans_point_at_values() -> None:
    corpus = generate(seed=5, size=500)
    languages = {s.language for s in corpus.samples}
    assert languages == {"en", "zh", "mixed"}
    assert sum(not s.spans for s in corpus.samples) > 150  # many texts with no PII
    for sample in corpus.samples:
        for span in sample.spans:
            value = sample.text[span.start : span.end]
            assert value and value == value.strip()


def test_round_trip(tmp_path: Path) -> None:
    corpus = generate(seed=2, size=50)
    save(corpus, tmp_path)
    assert load(tmp_path).samples == corpus.samples


def test_committed_corpus_is_current() -> None:
    committed = load(CORPUS_DIR)
    assert committed.samples == generate(seed=committed.seed, size=len(committed.samples)).samples


def test_scoring() -> None:
    corpus = generate(seed=1, size=30)
    perfect = [
        [(s.entity_type, s.start, s.end, 1.0) for s in sample.spans] for sample in corpus.samples
    ]
    result = score("perfect", corpus.samples, perfect, 1.0)
    assert result.overall.f2 == 1.0 and result.flagged_share == 0.0
    tally = Tally(true_positives=1, findings=2, found=1, labelled=1)
    assert round(tally.f2, 3) == round(5 * 0.5 * 1 / (4 * 0.5 + 1), 3)
