"""``footprint eval``: precision, recall and F2 per entity type on the labelled corpus,
for footprint's detector and for vanilla Presidio side by side.

Matching is by overlap: a finding is correct when it overlaps a labelled value of the
same type; a labelled value is found when some finding of its type overlaps it. Vanilla
Presidio's DATE_TIME is scored as DATE_OF_BIRTH (the only dates labelled); its other
types keep their names, so a US_DRIVER_LICENSE inside a phone number is a false positive.
F2 weighs recall twice as much as precision: a missed phone number costs more than a
spurious one.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from footprint.config import Settings
from footprint.errors import FootprintError
from footprint.pii.corpus import DIRECT_IDENTIFIERS, Corpus, Sample, Span, load
from footprint.pii.engine import build_detector
from footprint.pii.findings import Hit, analyse_all
from footprint.pii.names import NameBook

CORPUS_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "pii_corpus"
# Corpora written blind, by someone who had not read the recognizers: Chinese labelled
# text, and Chinese and English texts that hold no personal information.
TESTS_DIR = Path(__file__).resolve().parents[2] / "tests"
# path under tests/, language; missing files are skipped (an install without the tests).
INDEPENDENT_FILES = {
    "zh labelled": ("independent/zh_pii_labelled.jsonl", "zh"),
    "en labelled": ("independent2/en_pii_labelled.jsonl", "en"),
    # Hard shapes: nicknames, names that are words, capitals in memos, informal addresses.
    "zh labelled (hard)": ("independent3/zh_pii_labelled_hard.jsonl", "zh"),
    "en labelled (hard)": ("independent3/en_pii_labelled_hard.jsonl", "en"),
    # A fourth round, fresh: names without cues, call names, varied number shapes.
    "zh labelled (4)": ("independent4/zh_pii_labelled.jsonl", "zh"),
    "en labelled (4)": ("independent4/en_pii_labelled.jsonl", "en"),
    "zh labelled (5)": ("independent5/zh_pii_labelled.jsonl", "zh"),
    "en labelled (5)": ("independent5/en_pii_labelled.jsonl", "en"),
    "zh labelled (6)": ("independent6/zh_pii_labelled.jsonl", "zh"),
    "en labelled (6)": ("independent6/en_pii_labelled.jsonl", "en"),
    "zh labelled (7)": ("independent7/zh_pii_labelled.jsonl", "zh"),
    "en labelled (7)": ("independent7/en_pii_labelled.jsonl", "en"),
    "zh labelled (8)": ("independent8/zh_pii_labelled.jsonl", "zh"),
    "en labelled (8)": ("independent8/en_pii_labelled.jsonl", "en"),
    "zh labelled (9)": ("independent9/zh_pii_labelled.jsonl", "zh"),
    "en labelled (9)": ("independent9/en_pii_labelled.jsonl", "en"),
    "zh labelled (10)": ("independent10/zh_pii_labelled.jsonl", "zh"),
    "en labelled (10)": ("independent10/en_pii_labelled.jsonl", "en"),
    "zh labelled (11)": ("independent11/zh_pii_labelled.jsonl", "zh"),
    "en labelled (11)": ("independent11/en_pii_labelled.jsonl", "en"),
    "zh labelled (12)": ("independent12/zh_pii_labelled.jsonl", "zh"),
    "en labelled (12)": ("independent12/en_pii_labelled.jsonl", "en"),
    "zh labelled (13)": ("independent13/zh_pii_labelled.jsonl", "zh"),
    "en labelled (13)": ("independent13/en_pii_labelled.jsonl", "en"),
    "zh labelled (14)": ("independent14/zh_pii_labelled.jsonl", "zh"),
    "en labelled (14)": ("independent14/en_pii_labelled.jsonl", "en"),
    "zh labelled (15)": ("independent15/zh_pii_labelled.jsonl", "zh"),
    "en labelled (15)": ("independent15/en_pii_labelled.jsonl", "en"),
    "zh labelled (16)": ("independent16/zh_pii_labelled.jsonl", "zh"),
    "en labelled (16)": ("independent16/en_pii_labelled.jsonl", "en"),
    "zh PII-free": ("independent/zh_pii_free.jsonl", "zh"),
    "en PII-free": ("independent/en_pii_free.jsonl", "en"),
    # Hard cases: capitalised brands, places, titles; numbers that are not identifiers.
    "zh PII-free (hard)": ("independent2/zh_pii_free_hard.jsonl", "zh"),
    "en PII-free (hard)": ("independent2/en_pii_free_hard.jsonl", "en"),
    "zh PII-free (hard, 4)": ("independent4/zh_pii_free_hard.jsonl", "zh"),
    "en PII-free (hard, 4)": ("independent4/en_pii_free_hard.jsonl", "en"),
    "zh PII-free (hard, 5)": ("independent5/zh_pii_free_hard.jsonl", "zh"),
    "en PII-free (hard, 5)": ("independent5/en_pii_free_hard.jsonl", "en"),
    "zh PII-free (hard, 6)": ("independent6/zh_pii_free_hard.jsonl", "zh"),
    "en PII-free (hard, 6)": ("independent6/en_pii_free_hard.jsonl", "en"),
    "zh PII-free (hard, 7)": ("independent7/zh_pii_free_hard.jsonl", "zh"),
    "en PII-free (hard, 7)": ("independent7/en_pii_free_hard.jsonl", "en"),
    "zh PII-free (hard, 8)": ("independent8/zh_pii_free_hard.jsonl", "zh"),
    "en PII-free (hard, 8)": ("independent8/en_pii_free_hard.jsonl", "en"),
    "zh PII-free (hard, 9)": ("independent9/zh_pii_free_hard.jsonl", "zh"),
    "en PII-free (hard, 9)": ("independent9/en_pii_free_hard.jsonl", "en"),
    "zh PII-free (hard, 10)": ("independent10/zh_pii_free_hard.jsonl", "zh"),
    "en PII-free (hard, 10)": ("independent10/en_pii_free_hard.jsonl", "en"),
    "zh PII-free (hard, 11)": ("independent11/zh_pii_free_hard.jsonl", "zh"),
    "en PII-free (hard, 11)": ("independent11/en_pii_free_hard.jsonl", "en"),
    "zh PII-free (hard, 12)": ("independent12/zh_pii_free_hard.jsonl", "zh"),
    "en PII-free (hard, 12)": ("independent12/en_pii_free_hard.jsonl", "en"),
    "zh PII-free (hard, 13)": ("independent13/zh_pii_free_hard.jsonl", "zh"),
    "en PII-free (hard, 13)": ("independent13/en_pii_free_hard.jsonl", "en"),
    "zh PII-free (hard, 14)": ("independent14/zh_pii_free_hard.jsonl", "zh"),
    "en PII-free (hard, 14)": ("independent14/en_pii_free_hard.jsonl", "en"),
    "zh PII-free (hard, 15)": ("independent15/zh_pii_free_hard.jsonl", "zh"),
    "en PII-free (hard, 15)": ("independent15/en_pii_free_hard.jsonl", "en"),
    "zh PII-free (hard, 16)": ("independent16/zh_pii_free_hard.jsonl", "zh"),
    "en PII-free (hard, 16)": ("independent16/en_pii_free_hard.jsonl", "en"),
}
_VANILLA_TYPES = {"DATE_TIME": "DATE_OF_BIRTH"}
# One family per document, for labels and findings alike: blind writers' names for types
# footprint names otherwise (a bank card is a payment card), and a mainland licence's and
# social security card's numbers, which are the holder's ID number or scored with it
# (footprint's CN_SOCIAL_SECURITY 社保卡号 and CN_DRIVING_LICENCE 档案编号).
_FAMILY = {
    "CN_ID_CARD": "CN_RESIDENT_ID",
    "CN_DRIVING_LICENCE": "CN_RESIDENT_ID",
    "CN_SOCIAL_SECURITY": "CN_RESIDENT_ID",
    "CN_BANK_CARD": "CREDIT_CARD",
}


@dataclass
class Tally:
    true_positives: int = 0  # findings that overlap a labelled value of their type
    findings: int = 0
    found: int = 0  # labelled values some finding overlaps
    labelled: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.findings if self.findings else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def f2(self) -> float:
        p, r = self.precision, self.recall
        return 5 * p * r / (4 * p + r) if p + r else 0.0

    def add(self, other: Tally) -> None:
        self.true_positives += other.true_positives
        self.findings += other.findings
        self.found += other.found
        self.labelled += other.labelled


@dataclass
class Score:
    """One detector's results on the corpus."""

    name: str
    per_type: dict[str, Tally] = field(default_factory=dict)
    overall: Tally = field(default_factory=Tally)
    direct: Tally = field(default_factory=Tally)  # direct identifiers, known names only
    pii_free_texts: int = 0
    pii_free_flagged: int = 0
    seconds: float = 0.0
    texts: int = 0

    @property
    def flagged_share(self) -> float:
        return self.pii_free_flagged / self.pii_free_texts if self.pii_free_texts else 0.0

    @property
    def texts_per_second(self) -> float:
        return self.texts / self.seconds if self.seconds else 0.0


def score(name: str, samples: Sequence[Sample], hits: Sequence[list[Hit]], seconds: float) -> Score:
    """Compare findings with the labels, per type and overall."""
    result = Score(name=name, seconds=seconds, texts=len(samples))
    for sample, found in zip(samples, hits, strict=True):
        if not sample.spans:
            result.pii_free_texts += 1
            result.pii_free_flagged += bool(found)
        for entity, start, end, _ in found:
            tally = result.per_type.setdefault(entity, Tally())
            tally.findings += 1
            if any(
                s.entity_type == entity and s.start < end and start < s.end for s in sample.spans
            ):
                tally.true_positives += 1
        for span in sample.spans:
            tally = result.per_type.setdefault(span.entity_type, Tally())
            tally.labelled += 1
            hit = any(
                e == span.entity_type and s < span.end and span.start < t for e, s, t, _ in found
            )
            tally.found += hit
            if span.entity_type in DIRECT_IDENTIFIERS and (
                span.entity_type != "PERSON" or span.known
            ):
                result.direct.labelled += 1
                result.direct.found += hit
    for tally in result.per_type.values():
        result.overall.add(tally)
    return result


def run_footprint(corpus: Corpus, settings: Settings, workers: int | None = None) -> Score:
    detector = build_detector(settings)
    names = NameBook(dictionary=detector.dictionary)
    for name in corpus.names:
        names.add(name)  # as a scan learns them from senders, contacts and payees
    texts = [sample.text for sample in corpus.samples]
    started = time.perf_counter()
    hits = analyse_all(detector, texts, names, workers=workers)
    return score("footprint", corpus.samples, hits, time.perf_counter() - started)


def run_vanilla(corpus: Corpus, settings: Settings) -> Score:
    from footprint.pii.vanilla import VanillaPresidio

    vanilla = VanillaPresidio(settings.spacy_model)
    started = time.perf_counter()
    hits = [
        [(_VANILLA_TYPES.get(r.entity_type, r.entity_type), r.start, r.end, r.score)
         for r in vanilla.analyze(sample.text)]
        for sample in corpus.samples
    ]  # fmt: skip
    return score("vanilla Presidio", corpus.samples, hits, time.perf_counter() - started)


def evaluate(
    settings: Settings,
    corpus_dir: Path = CORPUS_DIR,
    *,
    vanilla: bool = True,
    log: Callable[[str], None] = lambda message: None,
) -> list[Score]:
    """Scores for footprint and (unless ``vanilla`` is False) vanilla Presidio."""
    corpus = load(corpus_dir)
    log(f"footprint on {len(corpus.samples)} texts")
    scores = [run_footprint(corpus, settings)]
    if vanilla:
        log("vanilla Presidio, one text at a time")
        scores.append(run_vanilla(corpus, settings))
    return scores


def load_jsonl(path: Path, language: str) -> list[Sample]:
    """Samples from lines ``{"text": ..., "entities": [{"type", "start", "end"}...]}``
    (no ``entities``: a text with no personal information). Bad lines are skipped."""
    samples: list[Sample] = []
    with path.open(encoding="utf-8") as rows:
        for number, line in enumerate(rows, start=1):
            try:
                row = json.loads(line)
                spans = tuple(
                    Span(
                        _FAMILY.get(str(e["type"]), str(e["type"])),
                        int(e["start"]),
                        int(e["end"]),
                    )
                    for e in row.get("entities") or ()
                )
                samples.append(Sample(number, language, "text", str(row["text"]), spans))
            except (ValueError, KeyError, TypeError):
                continue
    return samples


def evaluate_independent(
    settings: Settings, folder: Path = TESTS_DIR, *, workers: int | None = None
) -> dict[str, Score]:
    """footprint's score on each independent corpus present under ``folder``, by label.

    No names are known beforehand: these texts come without the senders and contacts a
    scan would learn them from, so names must be found in the text itself.
    """
    detector = build_detector(settings)
    out: dict[str, Score] = {}
    for label, (name, language) in INDEPENDENT_FILES.items():
        path = folder / name
        if not path.is_file():
            continue
        samples = load_jsonl(path, language)
        started = time.perf_counter()
        hits = [
            [(_FAMILY.get(entity, entity), start, end, value) for entity, start, end, value in f]
            for f in analyse_all(detector, [s.text for s in samples], None, workers=workers)
        ]
        out[label] = score(label, samples, hits, time.perf_counter() - started)
    return out


def independent_lines(scores: dict[str, Score]) -> list[str]:
    lines = []
    for label, result in scores.items():
        if result.overall.labelled:
            lines.append(
                f"{label}: F2 {result.overall.f2:.3f}, precision {result.overall.precision:.3f}, "
                f"recall {result.overall.recall:.3f} ({result.overall.found}/"
                f"{result.overall.labelled}), direct-identifier recall {result.direct.recall:.3f}"
            )
        if result.pii_free_texts:
            lines.append(
                f"{label}: texts flagged {result.flagged_share:.1%} "
                f"({result.pii_free_flagged}/{result.pii_free_texts})"
            )
    return lines


def report_rows(scores: Sequence[Score]) -> list[list[str]]:
    """Table rows: entity type, then precision / recall / F2 / findings per detector."""
    types = sorted(
        {t for s in scores for t in s.per_type}, key=lambda t: (-_labelled(scores, t), t)
    )
    rows = []
    for entity in types:
        row = [entity, str(_labelled(scores, entity))]
        for result in scores:
            tally = result.per_type.get(entity, Tally())
            row += _cells(tally)
        rows.append(row)
    overall = ["all types", str(scores[0].overall.labelled)]
    direct = ["direct identifiers", str(scores[0].direct.labelled)]
    for result in scores:
        overall += _cells(result.overall)
        direct += ["", f"{result.direct.recall:.3f}", "", ""]
    rows += [overall, direct]
    return rows


def _labelled(scores: Sequence[Score], entity: str) -> int:
    return max(s.per_type.get(entity, Tally()).labelled for s in scores)


def _cells(tally: Tally) -> list[str]:
    if not tally.findings and not tally.labelled:
        return ["", "", "", ""]
    return [f"{tally.precision:.3f}", f"{tally.recall:.3f}", f"{tally.f2:.3f}", str(tally.findings)]


def summary_lines(scores: Sequence[Score]) -> list[str]:
    lines = []
    for result in scores:
        lines.append(
            f"{result.name}: F2 {result.overall.f2:.3f}, precision {result.overall.precision:.3f}, "
            f"recall {result.overall.recall:.3f}, direct-identifier recall "
            f"{result.direct.recall:.3f}, PII-free texts flagged {result.flagged_share:.1%} "
            f"({result.pii_free_flagged}/{result.pii_free_texts}), "
            f"{result.texts_per_second:,.0f} texts/s"
        )
    return lines


def type_counts(corpus: Corpus) -> Counter[str]:
    return Counter(span.entity_type for sample in corpus.samples for span in sample.spans)


def run_eval_command(
    settings: Settings, corpus_dir: Path | None, *, vanilla: bool, out: Console, err: Console
) -> None:
    """What ``footprint eval`` prints: one table, then a summary line per detector."""
    folder = corpus_dir or CORPUS_DIR
    if not (folder / "samples.jsonl").is_file():
        raise FootprintError(f"no labelled corpus at {folder} (samples.jsonl, meta.json)")
    scores = evaluate(settings, folder, vanilla=vanilla, log=lambda m: err.print(m))
    names = " | ".join(f"{result.name[:2]}: {result.name}" for result in scores)
    table = Table(title=f"PII detection on {folder.name} ({names})", title_justify="left")
    table.add_column("entity type", no_wrap=True)
    table.add_column("labelled", justify="right")
    for result in scores:
        for column in ("P", "R", "F2", "n"):
            table.add_column(f"{result.name[:2]} {column}", justify="right", no_wrap=True)
    for row in report_rows(scores):
        table.add_row(*row)
    out.print(table)
    for line in summary_lines(scores):
        out.print(line, highlight=False)
    independent = evaluate_independent(settings)
    labelled = [result for result in independent.values() if result.overall.labelled]
    if labelled:
        table = Table(
            title="Blind labelled texts, tests/independent*/ (no names known beforehand)",
            title_justify="left",
        )
        table.add_column("entity type", no_wrap=True)
        table.add_column("labelled", justify="right")
        for result in labelled:
            for column in ("P", "R", "F2", "n"):
                table.add_column(f"{result.name[:2]} {column}", justify="right", no_wrap=True)
        for row in report_rows(labelled):
            table.add_row(*row)
        out.print(table)
    for line in independent_lines(independent):
        out.print(line, highlight=False)
