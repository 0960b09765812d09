"""Summaries and figures for the dashboard's "What they know" page.

:func:`know_summary` runs the inference families' aggregate functions once over a
shared frame; the figures then draw those small tables. Maps are drawn on a plain
longitude/latitude plane, so the browser fetches no tiles and no outlines.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx
import pandas as pd
import plotly.graph_objects as go

from footprint import localise
from footprint.infer import finances, identity, places, platform, routine, social
from footprint.infer.base import Inference
from footprint.infer.frame import prepare
from footprint.model import Record
from footprint.scan import ScanResult
from footprint.views import EVIDENCE_LIMIT, Analysis, plain, prefetch_evidence, shown, summarise

# Nodes the social network sends to the browser at most (strongest ties first).
NETWORK_NODES = 60
MARGIN = {"l": 10, "r": 10, "t": 10, "b": 10}
LABEL_COLOURS = {"home": "#d62728", "work": "#1f77b4", "frequent": "#7f7f7f"}


@dataclass
class KnowSummary:
    identifiers: pd.DataFrame
    identity_nodes: pd.DataFrame
    identity_edges: pd.DataFrame
    contacts: pd.DataFrame
    contact_nodes: pd.DataFrame
    contact_edges: pd.DataFrame
    relationships: pd.DataFrame
    heatmap: pd.DataFrame
    nights: pd.DataFrame
    places: pd.DataFrame
    spending: pd.DataFrame
    platform: pd.DataFrame


def know_summary(records: Sequence[Record]) -> KnowSummary:
    """Every aggregate the page draws, from one shared inference frame.

    Each family's memoised results and lexicon hits are dropped once it is done, so the
    peak is the frame and one family's working set, not all of them piled up."""
    inp = prepare(records)
    identity_nodes, identity_edges = identity.identity_graph(inp)
    identifiers = identity.identifier_table(inp)
    inp.forget(hits=True)
    contact_nodes, contact_edges = social.contact_graph(inp)
    stats = social.contact_stats(inp)
    relationships = social.relationship_scores(inp)
    inp.forget(hits=True)
    heatmap = routine.heatmap_frame(inp)
    nights = routine.sleep_nights(inp)
    inp.forget(hits=True)
    clusters = places.place_clusters(inp)
    inp.forget(hits=True)
    spending = finances.spending_by_category(inp)
    inp.forget(hits=True)
    return KnowSummary(
        identifiers=identifiers,
        identity_nodes=identity_nodes,
        identity_edges=identity_edges,
        contacts=_contacts_with_labels(stats, relationships),
        contact_nodes=contact_nodes,
        contact_edges=contact_edges,
        relationships=relationships.drop(columns=["rows"], errors="ignore"),
        heatmap=heatmap,
        nights=nights,
        places=clusters,
        spending=spending,
        platform=platform.platform_table(inp),
    )


def _contacts_with_labels(stats: pd.DataFrame, relationships: pd.DataFrame) -> pd.DataFrame:
    """Contact statistics with the strongest relationship cue per contact."""
    if stats.empty:
        return stats.assign(relationship=pd.Series(dtype="string"))
    best: dict[str, str] = {}
    if not relationships.empty:
        ranked = relationships.sort_values(["contact_key", "score"], ascending=[True, False])
        for key, label, score in zip(
            ranked["contact_key"], ranked["relationship"], ranked["score"], strict=True
        ):
            if score >= social.MIN_RELATIONSHIP_SCORE:
                best.setdefault(str(key), str(label))
    labels = [best.get(str(key), "") for key in stats.index]
    return stats.assign(relationship=pd.Series(labels, index=stats.index, dtype="string"))


def top_contacts_table(summary: KnowSummary, reveal: bool, limit: int = 15) -> pd.DataFrame:
    top = summary.contacts.head(limit)
    return pd.DataFrame(
        {
            "contact": [shown(name, reveal) for name in top["name"]],
            # The other names the exports give the person (nickname, group name, wxid).
            "also known as": [
                ", ".join(shown(alias, reveal) for alias in aliases)
                if isinstance(aliases, list | tuple)
                else ""
                for aliases in (top["aliases"] if "aliases" in top else [()] * len(top))
            ],
            "relationship": top["relationship"].astype("string").to_numpy(),
            "messages": top["messages"].astype("int64").to_numpy(),
            "payments": top["payments"].astype("int64").to_numpy(),
            "tie strength": top["tie_strength"].astype("float64").round(2).to_numpy(),
            "sources": [
                ", ".join(s) if isinstance(s, list | tuple) else str(s) for s in top["sources"]
            ],
        }
    )


def identifiers_table(summary: KnowSummary, reveal: bool) -> pd.DataFrame:
    table = summary.identifiers
    if table.empty:
        return pd.DataFrame(columns=["kind", "value", "sources"])
    grouped = table.groupby(["kind", "key"], sort=True).agg(
        value=("value", "first"), sources=("source", lambda s: ", ".join(sorted(set(s))))
    )
    grouped = grouped.reset_index()
    return pd.DataFrame(
        {
            "kind": grouped["kind"].astype("string"),
            "value": [shown(v, reveal) for v in grouped["value"]],
            "sources": grouped["sources"].astype("string"),
        }
    )


# -- network drawing --------------------------------------------------------------------


def _layout(nodes: Sequence[str], edges: Sequence[tuple[str, str, float]]) -> dict[str, Any]:
    graph: nx.Graph[str] = nx.Graph()
    graph.add_nodes_from(nodes)
    for a, b, weight in edges:
        graph.add_edge(a, b, weight=max(weight, 0.01))
    return dict(nx.spring_layout(graph, seed=7, weight="weight"))


def _network_figure(
    positions: dict[str, Any],
    edges: Sequence[tuple[str, str, float]],
    labels: dict[str, str],
    sizes: dict[str, float],
    colours: dict[str, str],
) -> go.Figure:
    xs: list[float | None] = []
    ys: list[float | None] = []
    for a, b, _ in edges:
        if a in positions and b in positions:
            xs += [float(positions[a][0]), float(positions[b][0]), None]
            ys += [float(positions[a][1]), float(positions[b][1]), None]
    names = list(positions)
    figure = go.Figure()
    figure.add_trace(
        go.Scatter(x=xs, y=ys, mode="lines", line={"width": 0.8, "color": "#bbb"}, hoverinfo="skip")
    )
    figure.add_trace(
        go.Scatter(
            x=[float(positions[n][0]) for n in names],
            y=[float(positions[n][1]) for n in names],
            mode="markers+text",
            text=[labels.get(n, "") for n in names],
            textposition="top center",
            hovertext=[labels.get(n, "") for n in names],
            hoverinfo="text",
            marker={
                "size": [sizes.get(n, 10.0) for n in names],
                "color": [colours.get(n, "#1f77b4") for n in names],
                "line": {"width": 1, "color": "#fff"},
            },
        )
    )
    hidden = {"visible": False}
    figure.update_layout(
        showlegend=False, margin=MARGIN, xaxis=hidden, yaxis=hidden, height=480, dragmode="pan"
    )
    return figure


def identity_figure(summary: KnowSummary, reveal: bool) -> go.Figure:
    """Each export linked to the identifiers of yours it holds."""
    nodes, edges = summary.identity_nodes, summary.identity_edges
    if nodes.empty:
        return go.Figure()
    links = [
        (str(a), str(b), float(w))
        for a, b, w in edges[["source", "target", "records"]].itertuples(index=False)
    ]
    positions = _layout([str(n) for n in nodes["id"]], links)
    labels, colours, sizes = {}, {}, {}
    for node_id, label, kind in nodes[["id", "label", "type"]].itertuples(index=False):
        is_source = kind == "source"
        text = str(label) if is_source else f"{kind}: {shown(label, reveal)}"
        labels[str(node_id)] = plain(text)
        colours[str(node_id)] = "#2ca02c" if is_source else "#ff7f0e"
        sizes[str(node_id)] = 22.0 if is_source else 12.0
    return _network_figure(positions, links, labels, sizes, colours)


def social_figure(summary: KnowSummary, reveal: bool, limit: int = NETWORK_NODES) -> go.Figure:
    """The user's contacts, strongest ties first; group chats link contacts to each other."""
    nodes = summary.contact_nodes
    if nodes.empty:
        return go.Figure()
    kept = nodes.sort_values("tie_strength", ascending=False).head(limit)
    ids = {str(n) for n in kept["id"]}
    edges = summary.contact_edges
    links = [
        (str(a), str(b), float(w))
        for a, b, w in edges[["source", "target", "weight"]].itertuples(index=False)
        if str(a) in ids and str(b) in ids
    ]
    positions = _layout(sorted(ids), links)
    palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf"]
    labels, colours, sizes = {}, {}, {}
    for node_id, name, strength, community in kept[
        ["id", "name", "tie_strength", "community"]
    ].itertuples(index=False):
        key = str(node_id)
        labels[key] = "me" if key == "me" else plain(shown(name, reveal))
        colours[key] = "#d62728" if key == "me" else palette[int(community) % len(palette)]
        sizes[key] = 26.0 if key == "me" else 8.0 + 22.0 * float(strength)
    return _network_figure(positions, links, labels, sizes, colours)


# -- routine ----------------------------------------------------------------------------


def heatmap_figure(heatmap: pd.DataFrame) -> go.Figure:
    figure = go.Figure(
        go.Heatmap(
            z=heatmap.to_numpy(),
            x=[f"{hour:02d}" for hour in heatmap.columns],
            y=list(heatmap.index),
            colorscale="Viridis",
        )
    )
    figure.update_layout(margin=MARGIN, height=300, yaxis={"autorange": "reversed"})
    return figure


def _clock(minutes: float) -> str:
    value = round(minutes) % 1440
    return f"{value // 60:02d}:{value % 60:02d}"


def sleep_figure(nights: pd.DataFrame) -> go.Figure:
    """One bar per night from the last activity before to the first after the quiet hours."""
    if nights.empty:
        return go.Figure()
    origin = float(nights["center"].iloc[0]) - 720
    figure = go.Figure(
        go.Bar(
            x=pd.to_datetime(nights["night"]),
            y=(nights["wake"] - nights["sleep"]) / 60,
            base=nights["sleep"] / 60,
            marker_color="#3b4cc0",
            hovertemplate="%{x|%Y-%m-%d}<extra></extra>",
        )
    )
    low = math.floor(float(nights["sleep"].min()) / 60)
    high = math.ceil(float(nights["wake"].max()) / 60)
    ticks = list(range(low, high + 1, 2))
    figure.update_layout(
        margin=MARGIN,
        height=300,
        yaxis={
            "tickvals": ticks,
            "ticktext": [_clock(origin + 60 * t) for t in ticks],
            "autorange": "reversed",
        },
    )
    return figure


# -- places -----------------------------------------------------------------------------


def places_figure(clusters: pd.DataFrame, reveal: bool) -> go.Figure:
    """Place clusters on a plain lon/lat plane: no tiles, no outlines, nothing fetched.

    Hidden values: place names masked and the axes' coordinates left off.
    """
    if clusters.empty:
        return go.Figure()
    figure = go.Figure()
    biggest = float(clusters["weight"].max()) or 1.0
    for label, part in clusters.groupby("label", sort=False):
        names = [plain(shown(n, reveal)) if n else "" for n in part["name"]]
        figure.add_trace(
            go.Scatter(
                x=part["lon"].astype(float),
                y=part["lat"].astype(float),
                mode="markers+text",
                name=str(label),
                text=[str(label) if label != "frequent" else "" for _ in names],
                textposition="top center",
                hovertext=[
                    f"{label} {n} ({d} days)" for n, d in zip(names, part["days"], strict=True)
                ],
                hoverinfo="text",
                marker={
                    "size": [8 + 30 * float(w) / biggest for w in part["weight"]],
                    "color": LABEL_COLOURS.get(str(label), "#7f7f7f"),
                    "opacity": 0.75,
                },
            )
        )
    middle = float(clusters["lat"].astype(float).mean())
    # Equal distances look equal: one degree of longitude is cos(latitude) of one of latitude.
    scale = max(math.cos(math.radians(middle)), 0.1)
    figure.update_layout(
        margin=MARGIN,
        height=460,
        xaxis={"title": "longitude", "showticklabels": reveal, "showgrid": True},
        yaxis={
            "title": "latitude",
            "showticklabels": reveal,
            "scaleanchor": "x",
            "scaleratio": 1 / scale,
        },
        plot_bgcolor="#f4f6f8",
    )
    return figure


def places_table(clusters: pd.DataFrame, reveal: bool) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "label": clusters["label"].astype("string"),
            "name": [shown(n, reveal) for n in clusters["name"]],
            "records": clusters["records"].astype("int64"),
            "days": clusters["days"].astype("int64"),
        }
    )


# -- finances and platform --------------------------------------------------------------


def spending_figure(spending: pd.DataFrame) -> go.Figure:
    if spending.empty:
        return go.Figure()
    frame = spending.assign(
        category=spending["category"].map(plain), currency=spending["currency"].map(plain)
    )
    figure = go.Figure(
        go.Treemap(
            labels=list(frame["currency"].unique())
            + list(frame["category"] + " " + frame["currency"]),
            parents=[""] * frame["currency"].nunique() + list(frame["currency"]),
            values=[
                float(frame.loc[frame["currency"] == c, "total"].sum())
                for c in frame["currency"].unique()
            ]
            + [float(v) for v in frame["total"]],
            branchvalues="total",
            texttemplate="%{label}<br>%{value:,.0f}",
        )
    )
    figure.update_layout(margin=MARGIN, height=420)
    return figure


def _listing(value: object, limit: int = 8) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_listing(v, limit)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        items = [str(v) for v in value[:limit]]
        return ", ".join(items) + (" …" if len(value) > limit else "")
    return "" if value is None else str(value)


def platform_side_by_side(
    inferences: Sequence[Inference],
    language: str = "en",
    conceal: Callable[[str], str] = str,
) -> pd.DataFrame:
    """Per subject: what the platform recorded about you, and what footprint inferred."""
    rows = []
    for inference in inferences:
        if inference.category != "platform":
            continue
        value = dict(inference.value)
        ours = value.get("footprint")
        rows.append(
            {
                "subject": localise.platform_subject(inference.key, language),
                "the platform recorded": conceal(_listing(value.get("platform"))),
                "footprint inferred": conceal(_listing(localise.labels_in(ours, language)))
                if ours
                else "—",
                "records": inference.evidence_count or len(inference.evidence),
            }
        )
    return pd.DataFrame(
        rows, columns=["subject", "the platform recorded", "footprint inferred", "records"]
    )


def family(inferences: Sequence[Inference], *categories: str) -> list[Inference]:
    return [i for i in inferences if i.category in categories]


def sensitive(inferences: Sequence[Inference]) -> list[Inference]:
    return [i for i in inferences if i.category == "sensitive" or i.special_category]


def analyse(result: ScanResult) -> Analysis:
    """The scan with every summary the dashboard draws; the one slow step after a scan."""
    analysis = summarise(result)
    analysis.extras["know"] = know_summary(result.records)
    # Every claim's evidence now, in one pass over the store, not at a page's first draw.
    prefetch_evidence(analysis, claim_evidence(result.inferences))
    analysis.known  # noqa: B018  (the matcher of every value found, which pages mask with)
    return analysis


def claim_evidence(inferences: Sequence[Inference]) -> list[str]:
    """The records the What they know page shows as evidence, every claim's first few."""
    return [ref for inference in inferences for ref in inference.evidence[:EVIDENCE_LIMIT]]


def know_of(analysis: Analysis) -> KnowSummary:
    found = analysis.extras.get("know")
    if not isinstance(found, KnowSummary):
        found = know_summary(analysis.result.records)
        analysis.extras["know"] = found
    return found
