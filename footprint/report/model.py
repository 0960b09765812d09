"""The report's content and its versioned schema (``docs/report-schema.json``).

Values are masked unless the caller asks for them; the same model feeds the
JSON, Markdown and HTML renderings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from footprint import __version__
from footprint.i18n import text
from footprint.infer.base import Inference
from footprint.localise import claim_text, data_language, detector_mode, source_label
from footprint.masking import hide, known_values, mask
from footprint.redact.run import CHECK_LIMIT, DEFAULT_EXCLUDED_ENTITIES
from footprint.redact.values import ValueMatcher
from footprint.scan import ScanResult, SourceSummary
from footprint.score import SIMULATION_NOTICE, ScoreResult, score_all
from footprint.score.engine import Contribution
from footprint.score.rulebook import DEFAULT_LENSES, load_rulebook
from footprint.store import field_values

REPORT_SCHEMA_VERSION = 1
TOP_INFERENCES = 12
SAMPLES_PER_TYPE = 3


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntityCount(_Model):
    entity_type: str
    count: int = Field(
        description="Findings: one per value, field and file for structured "
        "fields, one per span in free text."
    )
    values: int = Field(0, description="Distinct values of this type.")
    occurrences: int = Field(0, description="How often those values occur, in all records.")
    examples: list[str] = Field(description="Masked unless the report was made with values shown.")


class PlanStep(_Model):
    entity_type: str
    count: int
    action: Literal["pseudonymise", "keep"]
    why: str


class SourceSection(_Model):
    format: str
    label: str
    path: str
    records: int
    problems: int
    findings: dict[str, int] = Field(description="Entity type -> occurrences in this source.")
    redaction_plan: list[PlanStep]
    timezone: str | None = Field(
        default=None, description="The zone this source's local times are read in."
    )
    timezone_reason: str | None = Field(default=None, description="Why that zone.")


class InferenceLine(_Model):
    category: str
    key: str
    claim: str
    confidence: float
    evidence_count: int
    special_category: bool


class ScoreContributionLine(_Model):
    rule: str
    points: int
    description: str = Field(default="", description="What the step is, in the report's language.")


class ScoreLine(_Model):
    lens: str
    title: str
    base: int
    score: int
    grade: str
    top_contributions: list[ScoreContributionLine]
    consequences: list[str]
    notice: str


class Report(_Model):
    report_schema_version: int = REPORT_SCHEMA_VERSION
    footprint_version: str = __version__
    language: Literal["en", "zh"] = Field(
        default="en", description="The language of every text in the report (claims included)."
    )
    values_shown: bool
    detector: str
    totals: dict[str, int]
    entities: list[EntityCount]
    sources: list[SourceSection]
    inferences: list[InferenceLine]
    scores: list[ScoreLine]
    simulation_notice: str = SIMULATION_NOTICE
    redaction_limit: str = CHECK_LIMIT
    problems: int
    first_problems: list[str] = Field(
        default_factory=list, description="The first problems, in the report's language."
    )


# Problems listed by name in the report; the rest are counted.
FIRST_PROBLEMS = 10


def _plan(findings: Counter[str], language: str = "en") -> list[PlanStep]:
    steps = []
    for entity, count in sorted(findings.items()):
        keep = entity in DEFAULT_EXCLUDED_ENTITIES
        steps.append(
            PlanStep(
                entity_type=entity,
                count=count,
                action="keep" if keep else "pseudonymise",
                why=text("why_keep" if keep else "why_pseudonymise", language),
            )
        )
    return steps


def _claim_masker(result: ScanResult) -> ValueMatcher:
    """Finds the detected values again inside claims, to mask them there too."""
    return known_values(field_values(result.findings, "entity_type", "value"))


def _inference_line(
    inference: Inference, masker: ValueMatcher | None, language: str = "en"
) -> InferenceLine:
    claim = claim_text(inference, language)
    if masker is not None:
        claim = hide(claim, False, masker)
    return InferenceLine(
        category=inference.category,
        key=inference.key,
        claim=claim,
        confidence=round(inference.confidence, 2),
        evidence_count=len(inference.evidence),
        special_category=inference.special_category,
    )


def _timezone_reason(source: SourceSummary, language: str) -> str | None:
    """Why the source's times are read in its zone, in ``language``."""
    if source.timezone_why is not None:
        return source.timezone_why.text(language)
    if language != "en" and source.timezone_basis:
        try:
            return text(f"tz_basis_{source.timezone_basis}", language)
        except KeyError:  # a basis without a short reason yet
            return source.timezone_reason
    return source.timezone_reason


def _step_name(contribution: Contribution) -> str:
    """The rule's own words, without the claim the engine appends to them."""
    for mark in ("：", ": "):
        if contribution.kind == "rule" and mark in contribution.description:
            return contribution.description.split(mark, 1)[0]
    return contribution.description


def _score_line(result: ScoreResult) -> ScoreLine:
    largest = sorted(result.contributions, key=lambda c: (-abs(c.points), c.rule))[:5]
    return ScoreLine(
        lens=result.lens,
        title=result.title,
        base=result.base,
        score=result.score,
        grade=result.grade,
        top_contributions=[
            ScoreContributionLine(rule=c.rule, points=c.points, description=_step_name(c))
            for c in largest
        ],
        consequences=list(result.consequences),
        notice=result.notice,
    )


def build_report(
    result: ScanResult, *, show_values: bool = False, language: str | None = None
) -> Report:
    """The report; ``language`` defaults to the language of the data (see README)."""
    language = language or data_language(result.records)
    by_source: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    source_of_file = {file: (s.format, s.path) for s in result.sources for file in s.files}
    for path, source, entity, value, occurrences in field_values(
        result.findings, "path", "format", "entity_type", "value", "occurrences"
    ):
        source_key = source_of_file.get(path, (source, path))
        by_source[source_key][entity] += occurrences or 1
        shown = value if show_values else mask(value)
        samples = examples[entity]
        if shown not in samples and len(samples) < SAMPLES_PER_TYPE:
            samples.append(shown)
    summaries = result.type_summaries()
    # Special categories and footprint's own conclusions first; the platforms' after.
    ranked = sorted(
        result.inferences,
        key=lambda i: (not i.special_category, i.category == "platform", -i.confidence, i.key),
    )
    masker = None if show_values else _claim_masker(result)
    books = [load_rulebook(lens).in_language(language) for lens in DEFAULT_LENSES]
    scores = score_all(result.inferences, result.records, books) if result.inferences else []
    return Report(
        language="zh" if language == "zh" else "en",
        values_shown=show_values,
        redaction_limit=text("leak_check_limit", language),
        detector=detector_mode(result.detector_mode, language),
        totals={
            "sources": len(result.sources),
            "records": len(result.records),
            "findings": len(result.findings),
            "inferences": len(result.inferences),
        },
        entities=[
            EntityCount(
                entity_type=summary.entity_type,
                count=summary.findings,
                values=summary.values,
                occurrences=summary.occurrences,
                examples=examples[summary.entity_type],
            )
            for summary in summaries
        ],
        sources=[
            SourceSection(
                format=source.format,
                label=source_label(source.format, source.label, language),
                path=source.path,
                records=source.records,
                problems=source.problems,
                findings=dict(sorted(by_source[(source.format, source.path)].items())),
                redaction_plan=_plan(by_source[(source.format, source.path)], language),
                timezone=source.timezone,
                timezone_reason=_timezone_reason(source, language),
            )
            for source in result.sources
        ],
        inferences=[_inference_line(i, masker, language) for i in ranked[:TOP_INFERENCES]],
        scores=[_score_line(s) for s in scores],
        simulation_notice=SIMULATION_NOTICE
        if language == "en"
        else f"{text('simulation_title', language)}{text('simulation_notice', language)}",
        problems=len(result.problems),
        first_problems=[
            p.text(language) if masker is None else hide(p.text(language), False, masker)
            for p in result.problems[:FIRST_PROBLEMS]
        ],
    )
