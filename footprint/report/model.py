"""The report's content and its versioned schema (``docs/report-schema.json``).

Values are masked unless the caller asks for them; the same model feeds the
JSON, Markdown and HTML renderings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from footprint import __version__
from footprint.infer.base import Inference
from footprint.masking import hide, known_values, mask
from footprint.redact.run import CHECK_LIMIT, DEFAULT_EXCLUDED_ENTITIES
from footprint.redact.values import ValueMatcher
from footprint.scan import ScanResult
from footprint.score import SIMULATION_NOTICE, ScoreResult, score_all
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


_KEEP_WHY = "not personal on its own; kept so the file stays readable"
_PSEUDONYMISE_WHY = "replaced by the same pseudonym in every file"


def _plan(findings: Counter[str]) -> list[PlanStep]:
    steps = []
    for entity, count in sorted(findings.items()):
        keep = entity in DEFAULT_EXCLUDED_ENTITIES
        steps.append(
            PlanStep(
                entity_type=entity,
                count=count,
                action="keep" if keep else "pseudonymise",
                why=_KEEP_WHY if keep else _PSEUDONYMISE_WHY,
            )
        )
    return steps


def _claim_masker(result: ScanResult) -> ValueMatcher:
    """Finds the detected values again inside claims, to mask them there too."""
    return known_values(field_values(result.findings, "entity_type", "value"))


def _inference_line(inference: Inference, masker: ValueMatcher | None) -> InferenceLine:
    claim = inference.claim if masker is None else hide(inference.claim, False, masker)
    return InferenceLine(
        category=inference.category,
        key=inference.key,
        claim=claim,
        confidence=round(inference.confidence, 2),
        evidence_count=len(inference.evidence),
        special_category=inference.special_category,
    )


def _score_line(result: ScoreResult) -> ScoreLine:
    largest = sorted(result.contributions, key=lambda c: (-abs(c.points), c.rule))[:5]
    return ScoreLine(
        lens=result.lens,
        title=result.title,
        base=result.base,
        score=result.score,
        grade=result.grade,
        top_contributions=[ScoreContributionLine(rule=c.rule, points=c.points) for c in largest],
        consequences=list(result.consequences),
        notice=result.notice,
    )


def build_report(result: ScanResult, *, show_values: bool = False) -> Report:
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
    scores = score_all(result.inferences, result.records) if result.inferences else []
    return Report(
        values_shown=show_values,
        detector=result.detector_mode,
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
                label=source.label,
                path=source.path,
                records=source.records,
                problems=source.problems,
                findings=dict(sorted(by_source[(source.format, source.path)].items())),
                redaction_plan=_plan(by_source[(source.format, source.path)]),
                timezone=source.timezone,
                timezone_reason=source.timezone_reason,
            )
            for source in result.sources
        ],
        inferences=[_inference_line(i, masker) for i in ranked[:TOP_INFERENCES]],
        scores=[_score_line(s) for s in scores],
        problems=len(result.problems),
    )
