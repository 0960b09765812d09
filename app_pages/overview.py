"""Overview page: sources, activity over time, personal information found, problems."""

from __future__ import annotations

import streamlit as st

from app_pages.common import chart, language, require_analysis, reveal, t, table
from footprint import localise, views

analysis = require_analysis()
result = analysis.result
revealed = reveal()
st.title(t("page_overview"))
if result.detector_notice:
    st.warning(t("detector_notice"))
    st.text(result.detector_notice.text(language()))

numbers = analysis.headline
cols = st.columns(5)
cols[0].metric(t("metric_sources"), numbers.sources)
cols[1].metric(t("metric_records"), f"{numbers.records:,}")
cols[2].metric(t("metric_findings"), f"{numbers.findings:,}")
cols[3].metric(t("metric_types"), numbers.entity_types)
cols[4].metric(t("metric_problems"), numbers.problems)

st.subheader(t("activity_heading"))
st.plotly_chart(chart(views.timeline_figure(analysis.weekly)), width="stretch")

st.subheader(t("entities_heading"))
st.caption(t("detector_mode", mode=localise.detector_mode(result.detector_mode, language())))
st.plotly_chart(chart(views.entity_figure(result)), width="stretch")

st.subheader(t("inferred_heading"))
st.caption(t("inferred_caption", count=len(result.inferences)))
st.dataframe(
    table(analysis.inferences[["category", "key", "confidence", "records"]]),
    hide_index=True,
    width="stretch",
)

st.subheader(t("sources_heading"))
st.dataframe(
    table(views.hide_columns(analysis, views.sources_frame(result), revealed, ["path"])),
    hide_index=True,
    width="stretch",
)

st.subheader(t("problems_heading"))
problems = views.hide_columns(analysis, views.problems_frame(result, language()), revealed)
if len(problems):
    st.dataframe(table(problems), hide_index=True, width="stretch")
else:
    st.success(t("no_problems"))
