"""Load page: upload exports or pick a bundled persona."""

from __future__ import annotations

import streamlit as st

from app_pages.common import current_result, scan_inputs, scan_persona, set_result
from footprint import views
from footprint.loading import MemoryInput
from footprint.paths import personas
from footprint.sources.registry import SOURCES

st.title("Load your exports")
st.caption(
    "Everything stays on this computer: files are read in memory, nothing is uploaded "
    "anywhere and nothing is saved."
)

names = [p.name for p in personas()]
requested = st.query_params.get("persona")
if requested in names and current_result() is None:
    set_result(scan_persona(requested), f"sample persona: {requested}")

left, right = st.columns(2)
with left:
    st.subheader("A fictional sample persona")
    persona = st.selectbox("Persona", names, index=0 if names else None)
    if st.button("Load persona", type="primary", disabled=not names) and persona:
        with st.spinner("Reading the persona's exports…"):
            set_result(scan_persona(persona), f"sample persona: {persona}")
with right:
    st.subheader("Your own exports")
    uploads = st.file_uploader(
        "Chat, payment, social or location exports: files or .zip archives",
        accept_multiple_files=True,
    )
    if st.button("Scan uploads", disabled=not uploads) and uploads:
        inputs = [MemoryInput(upload.name, upload.getvalue()) for upload in uploads]
        st.session_state["uploads"] = inputs
        set_result(scan_inputs(list(inputs)), f"{len(inputs)} uploaded file(s)")

result = current_result()
if result is not None:
    st.divider()
    st.subheader(f"Loaded: {st.session_state.get('scan_label', '')}")
    st.dataframe(views.sources_frame(result), hide_index=True, use_container_width=True)
    files = views.files_frame(result)
    st.markdown("**Every file, and what footprint made of it**")
    formats = [""] + [source.FORMAT for source in SOURCES]
    edited = st.data_editor(
        files,
        hide_index=True,
        use_container_width=True,
        disabled=["file", "status", "why"],
        column_config={
            "format": st.column_config.SelectboxColumn(
                "format", options=formats, help="Change a guess, then re-scan."
            )
        },
        key="format_editor",
    )
    changed = {
        str(row.file): str(row.format)
        for row, before in zip(edited.itertuples(), files.itertuples(), strict=True)
        if str(row.format) != str(before.format) and str(row.format)
    }
    if changed and "uploads" in st.session_state and st.button("Re-scan with these formats"):
        set_result(scan_inputs(list(st.session_state["uploads"]), changed), "uploads (re-scanned)")
        st.rerun()
    problems = views.problems_frame(result)
    if len(problems):
        st.warning(f"{len(problems)} file(s) or entries could not be read completely.")
        st.dataframe(problems, hide_index=True, use_container_width=True)
    st.page_link("app_pages/overview.py", label="Continue to the overview", icon="📊")
