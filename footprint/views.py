"""Summaries the dashboard shows, computed here so pages stay thin.

Everything returns small pandas frames or Plotly figures: aggregates, never raw
rows by the million. :func:`summarise` does the heavy work once per analysis;
pages then only filter and draw what it holds.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import pyarrow as pa
import pyarrow.compute as pc

from footprint.config import Limits
from footprint.infer.base import Inference
from footprint.loading import InputSpec, load_inputs
from footprint.masking import hide, known_values, mask
from footprint.model import Record
from footprint.redact.values import ValueMatcher
from footprint.scan import ScanResult, SourceSummary
from footprint.store import ColumnStore, field_values

# Rows a table sends to the browser at most; the rest stays in the package.
TABLE_LIMIT = 500
SNIPPET_CHARS = 40
EVIDENCE_LIMIT = 50
TEXT_PREVIEW_CHARS = 200
LOOKUP_CACHE = 20_000  # records kept once looked up: evidence, never the whole store


def plain(text: object) -> str:
    """User text made inert for Plotly labels, which read ``<a>``, ``<b>`` and friends."""
    return str(text).replace("<", "‹").replace(">", "›")


def shown(value: object, reveal: bool) -> str:
    """A personal value as the screen may show it: masked unless the user revealed values."""
    return hide(value, reveal, whole=True)


@dataclass(frozen=True)
class Headline:
    sources: int
    records: int
    findings: int
    entity_types: int
    problems: int


@dataclass
class Analysis:
    """One scan plus every summary the pages draw, built once by :func:`summarise`.

    Records behind a finding or an inference are looked up in the store's columns
    when a page asks for them: no map of every record's reference is kept.
    """

    result: ScanResult
    headline: Headline
    weekly: pd.DataFrame
    findings: pd.DataFrame
    entity_sources: pd.DataFrame
    inferences: pd.DataFrame
    extras: dict[str, Any] = field(default_factory=dict, repr=False)
    _found: dict[str, Record] = field(default_factory=dict, repr=False)
    _spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict, repr=False)

    def record(self, ref: str) -> Record | None:
        found = self.records([ref])
        return found[0] if found else None

    def records(self, refs: Iterable[str]) -> list[Record]:
        """The records of ``refs`` (``path#locator``) in the order asked, unknown ones left out."""
        asked = list(refs)
        found = self.lookup(asked)
        return [found[ref] for ref in asked if ref in found]

    def lookup(self, refs: Iterable[str]) -> dict[str, Record]:
        """The records of ``refs`` by ref, found in one pass over the store.

        Found records are kept (up to :data:`LOOKUP_CACHE` of them) so a page that
        first asks for all its evidence at once then draws each claim without a pass.
        """
        asked = list(dict.fromkeys(refs))
        out = {ref: self._found[ref] for ref in asked if ref in self._found}
        refs = [ref for ref in asked if ref not in out]
        if not refs:
            return out
        wanted = [_splits(ref) for ref in refs]
        pairs = {pair for splits in wanted for pair in splits}
        records = self.result.records
        if isinstance(records, ColumnStore):
            positions = records.find(pairs)
        else:
            positions = {}
            for position, pair in enumerate(field_values(records, "path", "locator")):
                if pair in pairs:
                    positions.setdefault(pair, position)
        for ref, splits in zip(refs, wanted, strict=True):
            at = next((positions[p] for p in splits if p in positions), None)
            if at is not None:
                out[ref] = records[at]
                if len(self._found) < LOOKUP_CACHE:
                    self._found[ref] = out[ref]
        return out

    @property
    def known(self) -> ValueMatcher:
        """Every personal value found, to hide inside any text (built on first use)."""
        matcher = self.extras.get("known_values")
        if not isinstance(matcher, ValueMatcher):
            pairs = field_values(self.result.findings, "entity_type", "value")
            matcher = self.extras["known_values"] = known_values(pairs)
        return matcher

    def hide(self, text: object, reveal: bool) -> str:
        """A text (claim, path, label, record reference) with every known value masked."""
        return hide(text, reveal, None if reveal else self.known)


def _splits(ref: str) -> list[tuple[str, str]]:
    """Every ``(path, locator)`` a ref may stand for: either side may hold a ``#``."""
    parts = ref.split("#")
    return [("#".join(parts[:cut]), "#".join(parts[cut:])) for cut in range(1, len(parts))]


def hide_columns(
    analysis: Analysis, frame: pd.DataFrame, reveal: bool, columns: Iterable[str] | None = None
) -> pd.DataFrame:
    """``frame`` with every known value masked inside the named text columns (default:
    every text column). Masked copies only: the caller's frame is left as it was."""
    if reveal or frame.empty:
        return frame
    names = list(columns) if columns is not None else [
        str(name) for name, kind in frame.dtypes.items() if not pd.api.types.is_numeric_dtype(kind)
    ]  # fmt: skip
    out = frame.copy()
    masked: dict[str, str] = {}  # columns repeat values (paths, senders): mask each once
    for name in names:
        if name in out.columns:
            out[name] = pd.Series(
                [_masked_once(analysis, v, masked) if isinstance(v, str) else v for v in out[name]],
                index=out.index,
                dtype=out[name].dtype if out[name].dtype == "string" else object,
            )
    return out


def _masked_once(analysis: Analysis, value: str, masked: dict[str, str]) -> str:
    if (hit := masked.get(value)) is None:
        hit = masked[value] = analysis.hide(value, False)
    return hit


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


def timezones_frame(result: ScanResult, language: str = "en") -> pd.DataFrame:
    """One row per source: the zone its local times are read in, and why (see
    :mod:`footprint.timezones`) in ``language``. ``basis`` keys the short reason."""
    return pd.DataFrame(
        {
            "source": pd.Series([s.path for s in result.sources], dtype="string"),
            "format": pd.Series([s.format for s in result.sources], dtype="string"),
            "time zone": pd.Series([s.timezone or "" for s in result.sources], dtype="string"),
            "basis": pd.Series([s.timezone_basis or "" for s in result.sources], dtype="string"),
            "details": pd.Series(
                [_zone_details(s, language) for s in result.sources], dtype="string"
            ),
        }
    )


def _zone_details(source: SourceSummary, language: str) -> str:
    if source.timezone_why is not None:
        return source.timezone_why.text(language)
    return source.timezone_reason or ""


def timezone_choices(current: Iterable[str] = ()) -> list[str]:
    """Zones the user can pick: the ones in use first, then every IANA zone by name."""
    from zoneinfo import available_timezones

    used = sorted({zone for zone in current if zone})
    return [*used, *sorted(available_timezones() - set(used))]


def changed_timezones(before: pd.DataFrame, after: pd.DataFrame) -> dict[str, str]:
    """Source path -> zone, for each row whose zone the user changed."""
    return {
        str(path): str(new)
        for path, old, new in zip(
            before["source"], before["time zone"], after["time zone"], strict=True
        )
        if str(new) and str(new) != str(old)
    }


def files_frame(result: ScanResult) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "file": pd.Series([f.path for f in result.files], dtype="string"),
            "status": pd.Series([f.status for f in result.files], dtype="string"),
            "format": pd.Series([f.format or "" for f in result.files], dtype="string"),
            "why": pd.Series([f.reason for f in result.files], dtype="string"),
        }
    )


def problems_frame(
    result: ScanResult, language: str = "en", limit: int = TABLE_LIMIT
) -> pd.DataFrame:
    problems = result.problems[:limit]
    return pd.DataFrame(
        {
            "file": pd.Series([p.path for p in problems], dtype="string"),
            "where": pd.Series([p.locator for p in problems], dtype="string"),
            "kind": pd.Series([p.code.value for p in problems], dtype="string"),
            "problem": pd.Series([p.detail.text(language) for p in problems], dtype="string"),
        }
    )


def problems_by_file(result: ScanResult, language: str = "en") -> pd.DataFrame:
    """One row per file with problems: how many, of which kinds, and the first message
    (in ``language``)."""
    counts: Counter[str] = Counter()
    kinds: dict[str, set[str]] = {}
    first: dict[str, str] = {}
    for problem in result.problems:
        counts[problem.path] += 1
        kinds.setdefault(problem.path, set()).add(problem.code.value)
        first.setdefault(problem.path, problem.text(language))
    files = list(counts)
    return pd.DataFrame(
        {
            "file": pd.Series(files, dtype="string"),
            "problems": pd.Series([counts[f] for f in files], dtype="int64"),
            "kinds": pd.Series([", ".join(sorted(kinds[f])) for f in files], dtype="string"),
            "first problem": pd.Series([first[f] for f in files], dtype="string"),
        }
    )


def entity_counts_frame(result: ScanResult) -> pd.DataFrame:
    """Per entity type: distinct values, their occurrences, and findings (most first)."""
    summaries = result.type_summaries()
    return pd.DataFrame(
        {
            "entity type": pd.Series([s.entity_type for s in summaries], dtype="string"),
            "distinct values": pd.Series([s.values for s in summaries], dtype="int64"),
            "occurrences": pd.Series([s.occurrences for s in summaries], dtype="int64"),
            "findings": pd.Series([s.findings for s in summaries], dtype="int64"),
        }
    )


def activity_by_week(records: Sequence[Record]) -> pd.DataFrame:
    """Records per source and week (UTC), for the timeline."""
    if isinstance(records, ColumnStore):
        return _activity_by_week_columns(records)
    pairs = [(s, t) for s, t in field_values(records, "source", "timestamp") if t is not None]
    if not pairs:
        return pd.DataFrame({"week": [], "source": [], "records": []})
    frame = pd.DataFrame(pairs, columns=["source", "timestamp"])
    stamps = pd.to_datetime(frame["timestamp"], utc=True).dt.tz_localize(None)
    frame = frame.assign(week=stamps.dt.to_period("W").dt.start_time)
    grouped = frame.groupby(["week", "source"], observed=True).size()
    return grouped.rename("records").reset_index()


_DAY_NS = 86_400 * 1_000_000_000


def _activity_by_week_columns(records: ColumnStore[Record]) -> pd.DataFrame:
    """:func:`activity_by_week` one stored block at a time, from the Arrow columns."""
    counts: Counter[tuple[int, str]] = Counter()
    for cls in records.count_classes():
        for _, columns in records.iter_blocks(cls, ["source", "timestamp"]):
            stamps = columns["timestamp"]
            if not pa.types.is_struct(stamps.type):
                continue  # no timestamps in this block
            utc = pc.struct_field(stamps, "utc")
            valid = utc.is_valid().to_numpy(zero_copy_only=False)
            if not valid.any():
                continue
            nanos = utc.cast(pa.int64()).fill_null(0).to_numpy(zero_copy_only=False)[valid]
            days = nanos // _DAY_NS
            mondays = days - (days + 3) % 7  # 1970-01-01 was a Thursday
            sources = columns["source"].to_numpy(zero_copy_only=False)[valid]
            block = pd.DataFrame({"day": mondays, "source": sources})
            sizes = block.groupby(["day", "source"]).size()
            days_of, sources_of = sizes.index.get_level_values(0), sizes.index.get_level_values(1)
            for day, source, size in zip(days_of, sources_of, sizes.to_numpy(), strict=True):
                counts[(int(day), str(source))] += int(size)
    if not counts:
        return pd.DataFrame({"week": [], "source": [], "records": []})
    keys = sorted(counts)
    return pd.DataFrame(
        {
            "week": pd.to_datetime([day for day, _ in keys], unit="D"),
            "source": [source for _, source in keys],
            "records": pd.Series([counts[key] for key in keys], dtype="int64"),
        }
    )


def findings_frame(result: ScanResult) -> pd.DataFrame:
    """Every finding as a typed frame, with ``ref`` pointing to its record."""
    names = ("entity_type", "value", "score", "format", "path", "locator", "field", "start", "end",
             "occurrences")  # fmt: skip
    findings = result.findings
    if isinstance(findings, ColumnStore) and len(findings.count_classes()) == 1:
        return _findings_frame_arrow(findings, names)
    # Read column by column: a stored finding is never rebuilt as an object.
    columns = {name: [row[0] for row in field_values(result.findings, name)] for name in names}
    refs = [
        f"{path}#{locator}"
        for path, locator in zip(columns["path"], columns["locator"], strict=True)
    ]
    return pd.DataFrame(
        {
            "entity_type": pd.Series(columns["entity_type"], dtype="string"),
            "value": pd.Series(columns["value"], dtype="string"),
            "score": pd.Series(columns["score"], dtype="float64"),
            "source": pd.Series(columns["format"], dtype="string"),
            "ref": pd.Series(refs, dtype="string"),
            "field": pd.Series(columns["field"], dtype="string"),
            "start": pd.Series(columns["start"], dtype="int64"),
            "end": pd.Series(columns["end"], dtype="int64"),
            "occurrences": pd.Series([n or 1 for n in columns["occurrences"]], dtype="int64"),
        }
    )


def _findings_frame_arrow(findings: ColumnStore[Any], names: Sequence[str]) -> pd.DataFrame:
    """:func:`findings_frame` straight from the stored Arrow columns, block by block:
    no Python object per finding (millions of strings were the summaries' peak)."""
    (cls,) = findings.count_classes()
    parts: dict[str, list[pa.ChunkedArray]] = {name: [] for name in names}
    for _, columns in findings.iter_blocks(cls, list(names)):
        for name in names:
            parts[name].append(columns[name])

    def column(name: str, kind: pa.DataType) -> pa.ChunkedArray:
        chunks = [
            chunk.dictionary_decode() if pa.types.is_dictionary(chunk.type) else chunk
            for part in parts[name]
            for chunk in (part.chunks if isinstance(part, pa.ChunkedArray) else [pa.array(part)])
        ]
        return pa.chunked_array([chunk.cast(kind) for chunk in chunks], kind)

    def text(name: str) -> pd.Series:
        return pd.Series(pd.arrays.ArrowStringArray(column(name, pa.string())))

    def number(name: str, dtype: str) -> pd.Series:
        return pd.Series(column(name, pa.float64() if dtype == "float64" else pa.int64())
                         .to_numpy(), dtype=dtype)  # fmt: skip

    occurrences = column("occurrences", pa.int64()).fill_null(1)
    occurrences = pc.if_else(pc.equal(occurrences, 0), 1, occurrences)
    return pd.DataFrame(
        {
            "entity_type": text("entity_type"),
            "value": text("value"),
            "score": number("score", "float64"),
            "source": text("format"),
            "ref": pd.Series(
                pd.arrays.ArrowStringArray(
                    pc.binary_join_element_wise(
                        column("path", pa.string()), column("locator", pa.string()), "#"
                    )
                )
            ),
            "field": text("field"),
            "start": number("start", "int64"),
            "end": number("end", "int64"),
            "occurrences": pd.Series(occurrences.to_numpy(), dtype="int64"),
        }
    )


def entity_source_matrix(findings: pd.DataFrame) -> pd.DataFrame:
    """Occurrences per entity type (rows) and source (columns)."""
    if findings.empty:
        return pd.DataFrame()
    table = pd.crosstab(
        findings["entity_type"], findings["source"], values=findings["occurrences"], aggfunc="sum"
    )
    table = table.fillna(0).astype("int64")
    table.index.name = "entity type"
    table.columns.name = None
    return table.loc[table.sum(axis=1).sort_values(ascending=False).index]


def inferences_frame(inferences: Sequence[Inference]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "category": pd.Series([i.category for i in inferences], dtype="string"),
            "key": pd.Series([i.key for i in inferences], dtype="string"),
            "subject": pd.Series([i.subject or "" for i in inferences], dtype="string"),
            "claim": pd.Series([i.claim for i in inferences], dtype="string"),
            "confidence": pd.Series([i.confidence for i in inferences], dtype="float64"),
            "records": pd.Series([i.evidence_count or 0 for i in inferences], dtype="int64"),
            "special": pd.Series([i.special_category for i in inferences], dtype="bool"),
        }
    )


def summarise(result: ScanResult) -> Analysis:
    """Every summary the pages need, computed once for a loaded scan."""
    findings = findings_frame(result)
    return Analysis(
        result=result,
        headline=headline(result),
        weekly=activity_by_week(result.records),
        findings=findings,
        entity_sources=entity_source_matrix(findings),
        inferences=inferences_frame(result.inferences),
    )


def timeline_figure(weekly: pd.DataFrame) -> go.Figure:
    figure = px.bar(weekly, x="week", y="records", color="source")
    figure.update_layout(margin={"l": 10, "r": 10, "t": 10, "b": 10}, legend_title_text="source")
    return figure


def entity_figure(result: ScanResult) -> go.Figure:
    counts = entity_counts_frame(result)
    counts["label"] = [f"{n:,} values" for n in counts["distinct values"]]
    figure = px.bar(
        counts,
        x="occurrences",
        y="entity type",
        orientation="h",
        text="label",
        hover_data=["distinct values", "occurrences"],
    )
    figure.update_layout(
        margin={"l": 10, "r": 10, "t": 10, "b": 10}, yaxis={"categoryorder": "total ascending"}
    )
    return figure


def matrix_figure(matrix: pd.DataFrame) -> go.Figure:
    figure = go.Figure(
        go.Heatmap(
            z=matrix.to_numpy(),
            x=[plain(c) for c in matrix.columns],
            y=[plain(i) for i in matrix.index],
            colorscale="Blues",
            text=matrix.to_numpy(),
            texttemplate="%{text}",
        )
    )
    figure.update_layout(margin={"l": 10, "r": 10, "t": 10, "b": 10}, height=120 + 28 * len(matrix))
    return figure


# -- findings table ---------------------------------------------------------------------


def search_findings(
    findings: pd.DataFrame, query: str = "", entity_types: Sequence[str] = ()
) -> pd.DataFrame:
    """Findings of the chosen types whose value, type, source or record matches ``query``."""
    rows = findings
    if entity_types:
        rows = rows[rows["entity_type"].isin(list(entity_types))]
    query = query.strip()
    if query:
        hit = pd.Series(False, index=rows.index)
        for column in ("value", "entity_type", "source", "ref"):
            hit |= rows[column].str.contains(query, case=False, regex=False, na=False)
        rows = rows[hit]
    return rows


def _field_text(record: Record, name: str) -> str:
    value = getattr(record, name, None)
    return value if isinstance(value, str) else ""


def snippet(text: str, start: int, end: int, spans: Sequence[tuple[int, int]], reveal: bool) -> str:
    """``text`` around ``start:end``; when hidden, every personal span inside is masked."""
    left, right = max(start - SNIPPET_CHARS, 0), min(end + SNIPPET_CHARS, len(text))
    pieces: list[str] = []
    cursor = left
    for span_start, span_end in sorted(spans):
        if reveal or span_end <= cursor or span_start >= right:
            continue
        span_start = max(span_start, cursor)
        pieces += [text[cursor:span_start], mask(text[span_start:span_end])]
        cursor = span_end
    pieces.append(text[cursor:right])
    body = "".join(pieces).replace("\n", " ")
    return ("…" if left else "") + body + ("…" if right < len(text) else "")


def findings_table(
    analysis: Analysis, rows: pd.DataFrame, reveal: bool, limit: int = TABLE_LIMIT
) -> pd.DataFrame:
    """What the browser gets: at most ``limit`` findings, masked unless revealed, with context."""
    part = rows.head(limit)
    refs = set(part["ref"])
    # Every personal span in the shown records, so snippets hide a neighbour's phone too.
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    if not reveal:
        near = analysis.findings[analysis.findings["ref"].isin(refs)]
        for ref, name, start, end in zip(
            near["ref"], near["field"], near["start"], near["end"], strict=True
        ):
            spans.setdefault((str(ref), str(name)), []).append((int(start), int(end)))
    contexts = []
    records = analysis.lookup(str(ref) for ref in part["ref"])  # one pass, not one per row
    for ref, name, start, end in zip(
        part["ref"], part["field"], part["start"], part["end"], strict=True
    ):
        record = records.get(str(ref))
        text = _field_text(record, str(name)) if record is not None else ""
        spots = spans.get((str(ref), str(name)), [(int(start), int(end))])
        contexts.append(snippet(text, int(start), int(end), spots, reveal) if text else "")
    return pd.DataFrame(
        {
            "type": part["entity_type"].to_numpy(),
            "value": [shown(v, reveal) for v in part["value"]],
            "context": pd.Series(contexts, dtype="string").to_numpy(),
            "occurrences": part["occurrences"].to_numpy(),
            "score": part["score"].round(2).to_numpy(),
            "source": part["source"].to_numpy(),
            "record": [analysis.hide(ref, reveal) for ref in part["ref"]],
        }
    )


# -- records ----------------------------------------------------------------------------

_PERSONAL_FIELDS = frozenset(
    {"actor", "counterparty", "text", "conversation", "name", "phone", "email", "handle",
     "value", "address", "place_name", "title", "url", "ip", "counterparty_account", "lat",
     "lon", "raw_fields"}
)  # fmt: skip


def record_fields(record: Record, reveal: bool, known: ValueMatcher | None = None) -> pd.DataFrame:
    """One record as field/value rows; personal fields masked unless revealed, and the
    ``known`` values masked inside the others (a path naming the chat partner)."""
    rows = [("kind", record.kind)]
    for spec in dataclasses.fields(record):
        value = getattr(record, spec.name)
        if value is None or value is False:
            continue
        text = value.isoformat() if hasattr(value, "isoformat") else str(value)
        personal = spec.name in _PERSONAL_FIELDS
        rows.append((spec.name, hide(text, reveal, known, whole=personal)))
    return pd.DataFrame(rows, columns=["field", "value"]).astype("string")


def _masked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with every personal span masked (spans from the findings)."""
    pieces: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        if end <= cursor:
            continue
        start = max(start, cursor)
        pieces += [text[cursor:start], mask(text[start:end])]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _preview(record: Record, spans: Sequence[tuple[int, int]] | None, reveal: bool) -> str:
    text = getattr(record, "text", None)
    if isinstance(text, str) and text:
        if not reveal:
            text = mask(text) if spans is None else _masked(text, spans)
        return text[:TEXT_PREVIEW_CHARS].replace("\n", " ")
    for name in ("title", "place_name", "value", "name"):
        value = getattr(record, name, None)
        if isinstance(value, str) and value:
            return shown(value[:TEXT_PREVIEW_CHARS], reveal)
    amount = getattr(record, "amount", None)
    return "" if amount is None else f"{amount} {getattr(record, 'currency', '') or ''}"


def text_spans(analysis: Analysis, refs: Iterable[str]) -> dict[str, list[tuple[int, int]]]:
    """The personal spans found in the ``text`` field of each of ``refs``, selected from
    the findings frame column-wise, in one pass for the refs not asked before (kept, up
    to :data:`LOOKUP_CACHE` refs: a pass over millions of findings per claim was slow)."""
    refs = list(dict.fromkeys(refs))
    known = analysis._spans
    missing = [ref for ref in refs if ref not in known]
    frame = analysis.findings
    found: dict[str, list[tuple[int, int]]] = {ref: [] for ref in missing}
    if missing and not frame.empty:
        chosen = frame[frame["ref"].isin(missing)]
        chosen = chosen[chosen["field"] == "text"]
        for ref, start, end in chosen[["ref", "start", "end"]].itertuples(index=False):
            found[str(ref)].append((int(start), int(end)))
    for ref, spans in found.items():
        if len(known) >= LOOKUP_CACHE:
            break
        known[ref] = spans
    return {ref: list(known[ref]) if ref in known else found[ref] for ref in refs}


def prefetch_evidence(analysis: Analysis, refs: Iterable[str]) -> None:
    """Look up the records of ``refs`` and their text spans in one pass each, so that
    drawing each claim's evidence afterwards reads only what is kept."""
    asked = list(dict.fromkeys(refs))
    analysis.lookup(asked)
    text_spans(analysis, asked)


def records_table(
    records: Sequence[Record],
    reveal: bool,
    spans: Mapping[str, Sequence[tuple[int, int]]] | None = None,
) -> pd.DataFrame:
    """Records as a short table: when, where from, who, and the start of the text.

    Hidden values: names masked, and in the text the spans in ``spans`` (by ref); a
    record without known spans shows its text masked whole.
    """
    spans = spans or {}
    return pd.DataFrame(
        {
            "when": [r.timestamp.isoformat(" ", "minutes") if r.timestamp else "" for r in records],
            "kind": [r.kind for r in records],
            "source": [r.source for r in records],
            "who": [shown(r.actor or r.counterparty or "", reveal) for r in records],
            "text": [_preview(r, spans.get(r.ref), reveal) for r in records],
            "record": [r.ref for r in records],
        }
    ).astype("string")


def evidence_table(analysis: Analysis, refs: Sequence[str], reveal: bool) -> pd.DataFrame:
    chosen = list(refs[:EVIDENCE_LIMIT])
    table = records_table(analysis.records(chosen), reveal, text_spans(analysis, chosen))
    # Values the detector missed in this text but found elsewhere, and paths naming people.
    return hide_columns(analysis, table, reveal, ["text", "record"])


# -- generic bank CSV column mapping ------------------------------------------------------


@dataclass(frozen=True)
class BankCsvHeader:
    """A generic bank CSV's header row and footprint's guess of what each column means."""

    file: str
    header: list[str]
    guess: dict[str, str]


def bank_csv_headers(
    inputs: Sequence[InputSpec], result: ScanResult, limits: Limits, limit: int = 5
) -> list[BankCsvHeader]:
    """The header and guessed mapping of each file read as a generic bank CSV."""
    from footprint.sources import bank_csv

    wanted = {f.path for f in result.files if f.format == bank_csv.FORMAT}
    found: list[BankCsvHeader] = []
    with ExitStack() as stack:
        for file in load_inputs(inputs, limits, stack).files:
            if file.display not in wanted or len(found) >= limit:
                continue
            header, guess = bank_csv.header_and_guess(file)
            found.append(BankCsvHeader(file.display, header, guess))
    return found


def bank_csv_fields() -> tuple[str, ...]:
    from footprint.sources import bank_csv

    return bank_csv.FIELDS
