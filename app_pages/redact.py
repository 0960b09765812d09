"""Redact & export: redacted copies as a zip, and the report; nothing is kept on disk."""

from __future__ import annotations

import secrets

import streamlit as st

from app_pages.common import (
    current_inputs,
    detector,
    require_analysis,
    reveal,
    session_cached,
    t,
    table,
)
from footprint import views_redact
from footprint.config import Settings
from footprint.redact.operators import KEY_BYTES, Operator
from footprint.report.model import build_report
from footprint.report.render import render
from footprint.views import hide_columns

OPERATORS = [Operator.MASK, Operator.REPLACE, Operator.PSEUDONYM]
KEY_KEY = "redaction_key"

analysis = require_analysis()
result = analysis.result
st.title(t("page_redact"))
st.caption(t("redact_caption"))

types = list(analysis.entity_sources.index)
defaults = [name for name in types if name not in views_redact.DEFAULT_EXCLUDED_ENTITIES]
chosen = st.multiselect(t("redact_types"), types, default=defaults, key="redact_types")
# Labels computed now, in this run's language (a format_func runs later, outside it).
operator_labels = {op: t(f"operator_{op.value}") for op in OPERATORS}
operator = st.selectbox(
    t("redact_operator"),
    OPERATORS,
    index=2,
    format_func=operator_labels.__getitem__,
    key="redact_operator",
)
# One key per session, so a pseudonym stays the same between preview and download.
if KEY_KEY not in st.session_state:
    st.session_state[KEY_KEY] = secrets.token_bytes(KEY_BYTES)
key: bytes = st.session_state[KEY_KEY]

st.subheader(t("preview_heading"))
preview = session_cached(
    f"preview:{sorted(chosen)}:{operator.value}:{reveal()}",
    lambda: views_redact.preview(result, set(chosen), operator, key, reveal()),
)
if preview.empty:
    st.caption(t("preview_empty"))
else:
    st.dataframe(
        table(hide_columns(analysis, preview, reveal(), ["record", "before"])),
        hide_index=True,
        width="stretch",
    )

st.subheader(t("download_heading"))
inputs = current_inputs()
if inputs is None:
    st.info(t("redact_needs_files"))
elif st.button(t("redact_button"), type="primary", disabled=not chosen):
    with st.spinner(t("redact_running")):
        redacted = views_redact.redacted_zip(
            inputs, Settings.from_env(), detector(), set(chosen), operator, key
        )
    st.session_state["redacted_zip"] = redacted
if "redacted_zip" in st.session_state:
    redacted = st.session_state["redacted_zip"]
    if redacted.passed:
        st.success(t("leak_check_passed", files=redacted.files))
    else:
        st.error(t("leak_check_failed", leaks=redacted.leaks))
    st.download_button(
        t("download_zip"), redacted.data, file_name="footprint-redacted.zip", mime="application/zip"
    )
st.caption(t("nothing_kept"))

st.subheader(t("report_heading"))
report_format = st.selectbox(t("report_format"), ["html", "md", "json"], key="report_format")
report_key = f"cache:report:{report_format}"
if report_key not in st.session_state and st.button(t("report_button")):
    with st.spinner(t("report_running")):
        report = build_report(result, show_values=False)
        st.session_state[report_key] = render(report, report_format)
if report_key in st.session_state:
    st.download_button(
        t("download_report"),
        str(st.session_state[report_key]).encode("utf-8"),
        file_name=f"footprint-report.{report_format}",
        mime={"html": "text/html", "md": "text/markdown", "json": "application/json"}[
            report_format
        ],
    )
