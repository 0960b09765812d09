"""Summaries the dashboard shows, computed here so pages stay thin.

Everything returns small pandas frames or Plotly figures: aggregates, never raw
rows by the million.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from footprint.model import records_to_frame
from footprint.scan import ScanResult


@dataclass(frozen=True)
class Headline:
    sources: int
    records: int
    findings: int
    entity_types: int
    problems: int


def headline(result: ScanResult) -> Headline:
    return Headline(
        sources=len(result.sources),
        records=len(result.records),
        findings=len(result.findings),
        entity_types=len(result.entity_counts()),
        problems=len(result.problems),
    )


def sources_frame(result: ScanResult) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "format": pd.Series([s.format for s in result.sources], dtype="string"),
            "what": pd.Series([s.label for s in result.sources], dtype="string"),
            "path": pd.Series([s.path for s in result.sources], dtype="string"),
            "files": pd.Series([len(s.files) for s in result.sources], dtype="int64"),
            "records": pd.Series([s.records for s in result.sources], dtype="int64"),
            "problems": pd.Series([s.problems for s in result.sources], dtype="int64"),
        }
    )


def files_frame(result: ScanResult) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "file": pd.Series([f.path for f in result.files], dtype="string"),
            "status": pd.Series([f.status for f in result.files], dtype="string"),
            "format": pd.Series([f.format or "" for f in result.files], dtype="string"),
            "why": pd.Series([f.reason for f in result.files], dtype="string"),
        }
    )


def problems_frame(result: ScanResult) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "file": pd.Series([p.path for p in result.problems], dtype="string"),
            "where": pd.Series([p.locator for p in result.problems], dtype="string"),
            "kind": pd.Series([p.code.value for p in result.problems], dtype="string"),
            "problem": pd.Series([p.message for p in result.problems], dtype="string"),
        }
    )


def entity_counts_frame(result: ScanResult) -> pd.DataFrame:
    counts = result.entity_counts()
    frame = pd.DataFrame(
        {
            "entity type": pd.Series(list(counts), dtype="string"),
            "findings": pd.Series(list(counts.values()), dtype="int64"),
        }
    )
    return frame.sort_values("findings", ascending=False, ignore_index=True)


def activity_by_week(result: ScanResult) -> pd.DataFrame:
    """Records per source and week (UTC), for the timeline."""
    frame = records_to_frame(result.records)[["source", "timestamp"]].dropna()
    if frame.empty:
        return pd.DataFrame({"week": [], "source": [], "records": []})
    weeks = frame["timestamp"].dt.tz_convert("UTC").dt.tz_localize(None).dt.to_period("W")
    frame = frame.assign(week=weeks.dt.start_time)
    grouped = frame.groupby(["week", "source"], observed=True).size()
    return grouped.rename("records").reset_index()


def timeline_figure(result: ScanResult) -> go.Figure:
    weekly = activity_by_week(result)
    figure = px.bar(
        weekly,
        x="week",
        y="records",
        color="source",
        labels={"week": "week", "records": "records", "source": "source"},
    )
    figure.update_layout(margin={"l": 10, "r": 10, "t": 10, "b": 10}, legend_title_text="source")
    return figure


def entity_figure(result: ScanResult) -> go.Figure:
    counts = entity_counts_frame(result)
    figure = px.bar(counts, x="findings", y="entity type", orientation="h")
    figure.update_layout(
        margin={"l": 10, "r": 10, "t": 10, "b": 10}, yaxis={"categoryorder": "total ascending"}
    )
    return figure
