"""Load page: upload exports or pick a bundled persona; check what was detected."""

from __future__ import annotations

import streamlit as st

from app_pages.common import (
    current_analysis,
    current_inputs,
    language,
    load_persona,
    reveal,
    scan_inputs,
    set_analysis,
    t,
    table,
)
from footprint import localise, views
from footprint.config import Settings
from footprint.loading import InputSpec, MemoryInput
from footprint.paths import personas
from footprint.sources.registry import SOURCES
from footprint.views_know import analyse

st.title(t("load_title"))
st.caption(t("load_caption"))

names = [p.name for p in personas()]
requested = st.query_params.get("persona")
if requested in names and current_analysis() is None:
    load_persona(str(requested))


def rescan(
    inputs: list[InputSpec],
    label: str,
    overrides: dict[str, str] | None = None,
    mapping: dict[str, str] | None = None,
    timezones: dict[str, str] | None = None,
) -> None:
    result = scan_inputs(inputs, overrides, mapping, timezones)
    with st.spinner(t("summarising")):
        set_analysis(analyse(result), label, inputs)


left, right = st.columns(2)
with left:
    st.subheader(t("persona_heading"))
    persona = st.selectbox(
        t("persona_label"), names, index=0 if names else None, key="persona_pick"
    )
    if st.button(t("load_persona"), type="primary", disabled=not names) and persona:
        load_persona(persona)
with right:
    st.subheader(t("upload_heading"))
    uploads = st.file_uploader(t("upload_label"), accept_multiple_files=True, key="uploads")
    if st.button(t("scan_uploads"), disabled=not uploads) and uploads:
        memory: list[InputSpec] = [MemoryInput(u.name, u.getvalue()) for u in uploads]
        rescan(memory, t("label_uploads", count=len(memory)))

analysis = current_analysis()
if analysis is not None:
    result = analysis.result
    st.divider()
    st.subheader(t("loaded_heading"))
    revealed = reveal()
    st.text(analysis.hide(st.session_state.get("scan_label", ""), revealed))
    st.dataframe(
        table(views.hide_columns(analysis, views.sources_frame(result), revealed, ["path"])),
        hide_index=True,
        width="stretch",
    )

    st.markdown(f"**{t('files_heading')}**")
    st.caption(t("files_caption"))
    files = views.files_frame(result)
    formats = ["", *(source.FORMAT for source in SOURCES)]
    edited = st.data_editor(
        localise.localise_cells(
            views.hide_columns(analysis, files, revealed, ["file", "why"]), language()
        ),
        hide_index=True,
        width="stretch",
        disabled=["file", "status", "why"],
        column_config={
            **{
                name: st.column_config.Column(localise.column_name(name, language()))
                for name in ("file", "status", "why")
            },
            "format": st.column_config.SelectboxColumn(
                localise.column_name("format", language()), options=formats, help=t("format_help")
            ),
        },
        key="format_editor",
    )
    changed = {  # by position: the shown file names may be masked
        str(before.file): str(row.format)
        for row, before in zip(edited.itertuples(), files.itertuples(), strict=True)
        if str(row.format) != str(before.format) and str(row.format)
    }
    inputs = current_inputs()
    if changed:
        if inputs is None:
            st.info(t("rescan_needs_files"))
        elif st.button(t("rescan_formats")):
            rescan(inputs, t("label_rescanned"), overrides=changed)
            st.rerun()

    st.markdown(f"**{t('zones_heading')}**")
    st.caption(t("zones_caption"))
    zones = views.timezones_frame(result, language())
    shown_zones = zones.assign(why=[t(f"tz_basis_{b}") if b else "" for b in zones["basis"]])
    shown_zones = shown_zones[["source", "format", "time zone", "why", "details"]]
    # Paths and reasons may name a person; changes are read by position (changed_timezones).
    shown_zones = views.hide_columns(analysis, shown_zones, revealed, ["source", "details"])
    edited_zones = st.data_editor(
        shown_zones,
        hide_index=True,
        width="stretch",
        disabled=["source", "format", "why", "details"],
        column_config={
            **{
                name: st.column_config.Column(localise.column_name(name, language()))
                for name in ("source", "format", "why", "details")
            },
            "time zone": st.column_config.SelectboxColumn(
                localise.column_name("time zone", language()),
                options=views.timezone_choices(zones["time zone"]),
                help=t("zones_help"),
            ),
        },
        key="zone_editor",
    )  # fmt: skip
    chosen_zones = views.changed_timezones(zones, edited_zones)
    if chosen_zones:
        if inputs is None:
            st.info(t("rescan_needs_files"))
        elif st.button(t("rescan_zones")):
            earlier = st.session_state.get("zone_choices", {})
            st.session_state["zone_choices"] = {**earlier, **chosen_zones}
            rescan(inputs, t("label_rescanned"), timezones=st.session_state["zone_choices"])
            st.rerun()

    if inputs is not None and any(f.format == "bank_csv" for f in result.files):
        st.markdown(f"**{t('bank_heading')}**")
        st.caption(t("bank_caption"))
        headers = views.bank_csv_headers(inputs, result, Settings.from_env().limits)
        for index, found in enumerate(headers):
            st.text(analysis.hide(found.file, revealed))
            options = ["", *found.header]
            mapping: dict[str, str] = {}
            columns = st.columns(4)
            for position, field in enumerate(views.bank_csv_fields()):
                guess = found.guess.get(field, "")
                chosen = columns[position % 4].selectbox(
                    field,
                    options,
                    index=options.index(guess) if guess in options else 0,
                    key=f"bank:{index}:{field}",
                )
                if chosen:
                    mapping[field] = chosen
            usable = "date" in mapping and bool({"amount", "debit", "credit"} & set(mapping))
            if not usable:
                st.warning(t("bank_unusable"))
            elif st.button(t("bank_confirm"), key=f"bank:{index}:go"):
                rescan(inputs, t("label_rescanned"), mapping=mapping)
                st.rerun()

    problems = views.problems_by_file(result, language())
    if len(problems):
        st.warning(t("problems_warning", count=len(problems)))
        st.dataframe(
            table(views.hide_columns(analysis, problems, revealed)),
            hide_index=True,
            width="stretch",
        )
    else:
        st.success(t("no_problems"))
    st.page_link("app_pages/overview.py", label=t("continue_overview"), icon=":material/bar_chart:")
