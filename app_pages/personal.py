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
refs = list(dict.fromkeys(str(ref) for ref in findings["record"]))
picked = st.selectbox(t("record_pick"), refs, index=None, key="record_pick")
ref = str(findings["record"].iloc[chosen[0]]) if chosen and chosen[0] < len(findings) else picked
if ref:
    record = analysis.record(ref)
    st.text(ref)
    if record is None:
        st.warning(t("record_missing"))
    else:
        st.dataframe(table(views.record_fields(record, revealed)), hide_index=True, width="stretch")
else:
    st.caption(t("record_hint"))
