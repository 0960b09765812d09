"""Overview page: sources, activity over time, personal information found, problems."""

from __future__ import annotations

import streamlit as st

from app_pages.common import require_result
from footprint import views

result = require_result()
st.title("Overview")
if result.detector_notice:
    st.warning(result.detector_notice)

numbers = views.headline(result)
cols = st.columns(5)
cols[0].metric("Sources", numbers.sources)
cols[1].metric("Records", f"{numbers.records:,}")
cols[2].metric("Personal-information findings", f"{numbers.findings:,}")
cols[3].metric("Kinds of personal information", numbers.entity_types)
cols[4].metric("Problems", numbers.problems)

st.subheader("Activity over time, per source")
st.plotly_chart(views.timeline_figure(result), use_container_width=True)

st.subheader("Personal information found, per type")
st.caption(f"Detector: {result.detector_mode}")
st.plotly_chart(views.entity_figure(result), use_container_width=True)

st.subheader("Sources")
st.dataframe(views.sources_frame(result), hide_index=True, use_container_width=True)

st.subheader("Parse problems")
problems = views.problems_frame(result)
if len(problems):
    st.dataframe(problems, hide_index=True, use_container_width=True)
else:
    st.success("Every file was read without problems.")
