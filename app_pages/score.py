"""Score page: an illustrative simulation under a chosen lens, with a live rule editor."""

from __future__ import annotations

import streamlit as st

from app_pages.common import (
    chart,
    language,
    require_analysis,
    reveal,
    session_cached,
    show_evidence,
    simulation_banner,
    t,
    table,
)
from footprint import localise, views, views_score
from footprint.infer import infer_all
from footprint.score import DEFAULT_LENSES, advice_frame, advise, available_rulebooks

analysis = require_analysis()
result = analysis.result
inferences = result.inferences
revealed = reveal()
st.title(t("page_score"))
simulation_banner()

lenses = list(available_rulebooks())
default = lenses.index(DEFAULT_LENSES[0]) if DEFAULT_LENSES[0] in lenses else 0
# Titles computed now, in this run's language (a format_func runs later, outside it).
lens_titles = {name: views_score.lens_book(name, language()).title for name in lenses}
lens = st.selectbox(
    t("lens_label"), lenses, index=default, format_func=lens_titles.__getitem__, key="lens"
)
book = views_score.lens_book(lens, language())
st.markdown(f"**{book.title}**")
st.caption(book.description)
records = session_cached(
    f"rule_records:{lens}", lambda: views_score.rule_records(book, result.records)
)

with st.expander(t("rule_editor"), expanded=False):
    st.caption(t("rule_editor_caption"))
    edited = st.data_editor(
        views_score.editor_frame(book),
        hide_index=True,
        width="stretch",
        disabled=["rule", "description", "dimension", "trigger"],
        column_config={
            **{
                name: st.column_config.Column(localise.column_name(name, language()))
                for name in ("rule", "description", "dimension", "trigger")
            },
            "enabled": st.column_config.CheckboxColumn(t("col_enabled")),
            "points": st.column_config.NumberColumn(t("col_points"), step=1),
            "cap": st.column_config.NumberColumn(t("col_cap"), min_value=0, step=1),
        },
        key=f"rules:{lens}",
    )
overrides = views_score.overrides_from(book, edited)
scored = views_score.rescore(inferences, book, overrides, records)
if overrides != views_score.overrides_from(book, views_score.editor_frame(book)):
    st.info(t("rules_changed"))

left, right = st.columns([2, 3])
with left:
    st.plotly_chart(chart(views_score.gauge_figure(scored, book)), width="stretch")
    st.metric(t("grade"), scored.grade, delta=scored.score - scored.base)
with right:
    st.markdown(f"**{t('consequences_heading')}**")
    if scored.consequences:
        for consequence in scored.consequences:
            st.text(f"• {analysis.hide(consequence, revealed)}")
    else:
        st.caption(t("no_consequences"))
    st.dataframe(table(views_score.blacklist_view(scored, book)), hide_index=True, width="stretch")

st.subheader(t("waterfall_heading"))
st.plotly_chart(chart(views_score.waterfall_figure(scored, revealed, book)), width="stretch")
steps = views_score.contributions_table(
    scored, revealed, book, lambda text: analysis.hide(text, revealed)
)
st.dataframe(table(steps), hide_index=True, width="stretch")
rule_steps = [c for c in scored.contributions if c.evidence]
if rule_steps:
    picked = st.selectbox(
        t("why_step"),
        range(len(rule_steps)),
        format_func=lambda i: analysis.hide(
            f"{views_score.rule_name(book, rule_steps[i].rule)} ({rule_steps[i].points:+d})",
            revealed,
        ),
        key="why_step",
    )
    step = rule_steps[picked]
    show_evidence(analysis, step.evidence, max(step.evidence_total, len(step.evidence)))

st.subheader(t("association_heading"))
simulation_banner()
share = views_score.contact_share(inferences, book, overrides, records)
cols = st.columns(3)
cols[0].metric(t("share_of_movement"), f"{share.share_of_movement:.0%}")
cols[1].metric(t("points_from_others"), share.points_from_others)
cols[2].metric(t("score_without_others"), share.score_without_others)
if share.by_contact:
    st.dataframe(
        table(views_score.association_table(share, revealed)), hide_index=True, width="stretch"
    )
else:
    st.caption(t("no_association"))

st.subheader(t("advice_heading"))
st.caption(t("advice_caption"))
advice_key = f"cache:advice:{lens}"
if st.button(t("advice_button")):
    with st.spinner(t("advice_running")):
        st.session_state[advice_key] = advice_frame(
            advise(result.records, infer_all, [book]), language()
        )
if advice_key in st.session_state:
    advice = views.hide_columns(analysis, st.session_state[advice_key], revealed)
    st.dataframe(table(advice), hide_index=True, width="stretch")
