"""Rendering a :class:`Report` as self-contained HTML, escaped Markdown, or JSON."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from footprint.errors import FootprintError
from footprint.i18n import text
from footprint.localise import entity_name, family_name
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
        label = html.escape(entity_name(entity.entity_type, report.language))
        bars.append(
            f'<text x="0" y="{y + 14}" font-size="12">{label}</text>'
            f'<rect x="170" y="{y}" width="{width:.1f}" height="16" fill="#4c6ef5"/>'
            f'<text x="{175 + width:.1f}" y="{y + 13}" font-size="11">{entity.values} values, '
            f"{entity.occurrences} occurrences</text>"
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="620" height="{height}" role="img" '
        f'aria-label="{html.escape(text("chart_label", report.language))}">{"".join(bars)}</svg>'
    )


def _words(report: Report) -> dict[str, object]:
    """What the templates need to write in the report's language."""
    language = report.language

    def t(key: str, **values: object) -> str:
        return text(key, language, **values)

    return {
        "t": t,
        "html_lang": "zh-Hans" if language == "zh" else "en",
        "sep": "、" if language == "zh" else ", ",
        "list_sep": "；" if language == "zh" else "; ",
        "entity_name": lambda name: entity_name(name, language),
        "family_name": lambda name: family_name(name, language),
    }


def render_html(report: Report) -> str:
    return _environment.get_template("report.html.j2").render(
        report=report, chart=_bar_chart(report), **_words(report)
    )


def render_handout(report: Report) -> str:
    """One printable page (A4) for a workshop: the headline conclusions of a persona."""
    ranked = sorted(report.sources, key=lambda s: -sum(s.findings.values()))
    return _environment.get_template("handout.html.j2").render(
        report=report, sources_by_findings=ranked, **_words(report)
    )


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def md_escape(text: object) -> str:
    """User text made inert in Markdown: no links, images, HTML or table breaks."""
    flat = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))


def render_markdown(report: Report) -> str:
    e = md_escape
    language = report.language

    def t(key: str, **values: object) -> str:
        return text(key, language, **values)

    def entity(name: str) -> str:
        return e(entity_name(name, language))

    values = t("report_values_shown" if report.values_shown else "report_values_masked")
    lines = [
        f"# {t('report_h1')}",
        "",
        e(
            t(
                "report_meta",
                version=report.footprint_version,
                detector=report.detector,
                values=values,
            )
        ),
        "",
        " · ".join(
            f"**{value:,}** {e(t('total_' + name))}" for name, value in report.totals.items()
        ),
        "",
        f"## {t('report_found')}",
        "",
        f"| {t('col_type')} | {t('col_values')} | {t('col_occurrences')} | {t('col_examples')} |",
        "|---|---:|---:|---|",
    ]
    sep = "、" if language == "zh" else ", "
    lines += [
        f"| {entity(x.entity_type)} | {x.values} | {x.occurrences} | "
        f"{sep.join(e(v) for v in x.examples)} |"
        for x in report.entities
    ]
    lines += ["", f"## {t('report_per_source')}", "", e(report.redaction_limit), ""]
    for source in report.sources:
        meta = t(
            "report_source_meta", path=source.path, records=source.records, problems=source.problems
        )
        lines += [f"### {e(source.label)} ({e(source.format)})", "", f"{e(meta)}", ""]
        if source.timezone:
            reason = source.timezone_reason or ""
            lines += [e(t("report_timezone", zone=source.timezone, reason=reason)), ""]
        if source.redaction_plan:
            lines += [
                f"| {t('col_type')} | {t('col_occurrences')} | {t('col_plan')} |",
                "|---|---:|---|",
            ]
            lines += [
                f"| {entity(s.entity_type)} | {s.count} | {e(t('plan_' + s.action))}: {e(s.why)} |"
                for s in source.redaction_plan
            ]
            lines.append("")
    lines += [f"## {t('report_conclude')}", ""]
    lines += [
        f"- **{e(family_name(i.category, language))}**"
        f"{' (' + t('tag_special') + ')' if i.special_category else ''}: "
        f"{e(i.claim)} ({i.confidence:.0%}, {e(t('col_cited'))} {i.evidence_count})"
        for i in report.inferences
    ] or [t("report_no_inferences")]
    lines += ["", f"## {t('report_score')}", "", f"> {e(report.simulation_notice)}", ""]
    for lens in report.scores:
        lines.append(f"- **{e(lens.title)}**: {lens.score} ({e(lens.grade)})")
        lines += [
            f"  - {e(c.description or c.rule)}: {c.points:+d}" for c in lens.top_contributions
        ]
    lines += ["", e(t("report_problems", count=report.problems)), ""]
    lines += [f"- {e(problem)}" for problem in report.first_problems]
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
