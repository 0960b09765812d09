"""Rendering a :class:`Report` as self-contained HTML, escaped Markdown, or JSON."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from footprint.errors import FootprintError
from footprint.report.model import Report

FORMATS = ("html", "md", "json")

_environment = Environment(
    loader=PackageLoader("footprint.report", "templates"),
    autoescape=select_autoescape(["html", "j2"], default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _bar_chart(report: Report) -> str:
    """An inline SVG bar chart of occurrences per type: no scripts, no network."""
    rows = report.entities[:12]
    if not rows:
        return ""
    peak = max(entity.occurrences for entity in rows) or 1
    height = 22 * len(rows) + 10
    bars = []
    for index, entity in enumerate(rows):
        y = 5 + index * 22
        width = max(2.0, 380 * entity.occurrences / peak)
        label = html.escape(entity.entity_type)
        bars.append(
            f'<text x="0" y="{y + 14}" font-size="12">{label}</text>'
            f'<rect x="170" y="{y}" width="{width:.1f}" height="16" fill="#4c6ef5"/>'
            f'<text x="{175 + width:.1f}" y="{y + 13}" font-size="11">{entity.values} values, '
            f"{entity.occurrences} occurrences</text>"
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="620" height="{height}" role="img" '
        f'aria-label="values and occurrences per type">{"".join(bars)}</svg>'
    )


def render_html(report: Report) -> str:
    return _environment.get_template("report.html.j2").render(
        report=report, chart=_bar_chart(report)
    )


def render_handout(report: Report) -> str:
    """One printable page (A4) for a workshop: the headline conclusions of a persona."""
    ranked = sorted(report.sources, key=lambda s: -sum(s.findings.values()))
    return _environment.get_template("handout.html.j2").render(
        report=report, sources_by_findings=ranked
    )


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def md_escape(text: object) -> str:
    """User text made inert in Markdown: no links, images, HTML or table breaks."""
    flat = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))


def render_markdown(report: Report) -> str:
    e = md_escape
    lines = [
        "# What your exports hold",
        "",
        f"footprint {e(report.footprint_version)}, detector: {e(report.detector)}, values "
        f"{'shown' if report.values_shown else 'masked'}.",
        "",
        " · ".join(f"**{value:,}** {e(name)}" for name, value in report.totals.items()),
        "",
        "## Personal information found",
        "",
        "| type | distinct values | occurrences | examples |",
        "|---|---:|---:|---|",
    ]
    lines += [
        f"| {e(x.entity_type)} | {x.values} | {x.occurrences} | "
        f"{', '.join(e(v) for v in x.examples)} |"
        for x in report.entities
    ]
    lines += ["", "## Per source, and the redaction plan", "", e(report.redaction_limit), ""]
    for source in report.sources:
        lines += [
            f"### {e(source.label)} ({e(source.format)})",
            "",
            f"{e(source.path)}: {source.records} records, {source.problems} problems.",
            "",
        ]
        if source.timezone:
            lines += [f"Times in {e(source.timezone)}: {e(source.timezone_reason or '')}.", ""]
        if source.redaction_plan:
            lines += ["| type | occurrences | plan |", "|---|---:|---|"]
            lines += [
                f"| {e(s.entity_type)} | {s.count} | {e(s.action)}: {e(s.why)} |"
                for s in source.redaction_plan
            ]
            lines.append("")
    lines += ["## What a scoring system could conclude", ""]
    lines += [
        f"- **{e(i.category)}**{' (special category)' if i.special_category else ''}: "
        f"{e(i.claim)} ({i.confidence:.0%}, {i.evidence_count} records cited)"
        for i in report.inferences
    ] or ["No inferences were drawn."]
    lines += [
        "",
        "## The score: an illustrative simulation",
        "",
        f"> {e(report.simulation_notice)}",
        "",
    ]
    for lens in report.scores:
        lines.append(f"- **{e(lens.title)}**: {lens.score} ({e(lens.grade)}), base {lens.base}")
        lines += [f"  - {e(c.rule)}: {c.points:+d}" for c in lens.top_contributions]
    lines += ["", f"{report.problems} problem(s) while reading the exports.", ""]
    return "\n".join(lines)


def render(report: Report, fmt: str) -> str:
    if fmt == "html":
        return render_html(report)
    if fmt == "md":
        return render_markdown(report)
    if fmt == "json":
        return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    raise FootprintError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")


def format_for(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    fmt = {"htm": "html", "markdown": "md"}.get(suffix, suffix)
    if fmt not in FORMATS:
        raise FootprintError(f"--out must end in .html, .md or .json, not {path.name!r}")
    return fmt


def report_schema() -> dict[str, object]:
    schema = Report.model_json_schema()
    schema["title"] = "footprint report"
    return schema
