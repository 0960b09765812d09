"""Personal information page: entity types by source, and a searchable table of findings."""

from __future__ import annotations

import streamlit as st

from app_pages.common import chart, require_analysis, reveal, t, table
from footprint import views

analysis = require_analysis()
st.title(t("page_personal"))
st.caption(t("personal_caption"))
revealed = reveal()
if not revealed:
    st.info(t("values_masked"))

st.subheader(t("matrix_heading"))
if analysis.entity_sources.empty:
    st.info(t("no_findings"))
    st.stop()
st.plotly_chart(chart(views.matrix_figure(analysis.entity_sources)), width="stretch")

st.subheader(t("findings_heading"))
left, right = st.columns([2, 3])
query = left.text_input(
    t("search_label"), placeholder=t("search_placeholder"), key="findings_query"
)
types = right.multiselect(
    t("types_label"), list(analysis.entity_sources.index), key="findings_types"
)
rows = views.search_findings(analysis.findings, query, types)
findings = views.findings_table(analysis, rows, revealed)
st.caption(t("findings_count", shown=len(findings), count=len(rows)))
selection = st.dataframe(
    table(findings),
    hide_index=True,
    width="stretch",
    on_select="rerun",
    selection_mode="single-row",
    key="findings_table",
)

st.subheader(t("record_heading"))
chosen = list(selection.selection.rows) if selection else []
# The table shows references masked (a path may name the chat partner): pick by position.
shown_refs = [str(ref) for ref in rows["ref"].head(len(findings))]
refs = list(dict.fromkeys(shown_refs))
picked = st.selectbox(
    t("record_pick"),
    refs,
    index=None,
    key="record_pick",
    format_func=lambda ref: analysis.hide(ref, revealed),
)
ref = shown_refs[chosen[0]] if chosen and chosen[0] < len(shown_refs) else picked
if ref:
    record = analysis.record(ref)
    st.text(analysis.hide(ref, revealed))
    if record is None:
        st.warning(t("record_missing"))
    else:
        known = None if revealed else analysis.known
        st.dataframe(
            table(views.record_fields(record, revealed, known)), hide_index=True, width="stretch"
        )
else:
    st.caption(t("record_hint"))
