"""Workshop mode: presenter blur, two personas side by side, and a guided sequence."""

from __future__ import annotations

import streamlit as st

from app_pages.common import (
    PRESENTER_KEY,
    chart,
    claim,
    language,
    persona_analysis,
    platform_table,
    reveal,
    simulation_banner,
    t,
    table,
)
from footprint import views, views_know, views_score
from footprint.paths import personas
from footprint.score import DEFAULT_LENSES, Overrides
from footprint.views import Analysis

STEPS = ("payments", "best_friend", "sleep", "identity", "platform", "minimise")
STEP_KEY = "workshop_step"

st.title(t("page_workshop"))
st.caption(t("workshop_caption"))
names = [p.name for p in personas()]
if not names:
    st.info(t("no_personas"))
    st.stop()


def presenter_on() -> None:
    st.session_state[PRESENTER_KEY] = True


if st.session_state.get(PRESENTER_KEY):
    st.success(t("presenter_is_on"))
else:
    st.button(t("presenter_button"), on_click=presenter_on)
revealed = reveal()
lens = DEFAULT_LENSES[0]
book = views_score.lens_book(lens, language())


def side(analysis: Analysis) -> None:
    numbers = analysis.headline
    cols = st.columns(3)
    cols[0].metric(t("metric_records"), f"{numbers.records:,}")
    cols[1].metric(t("metric_findings"), f"{numbers.findings:,}")
    cols[2].metric(t("metric_inferences"), len(analysis.result.inferences))
    scored = next((s for s in analysis.result.scores if s.lens == lens), None)
    if scored is not None:
        st.plotly_chart(
            chart(views_score.gauge_figure(views_score.result_in(scored, book), book, height=220)),
            width="stretch",
            key=f"gauge:{id(analysis)}",
        )
    st.plotly_chart(
        chart(views.entity_figure(analysis.result)), width="stretch", key=f"ent:{id(analysis)}"
    )
    for inference in analysis.result.inferences[:6]:
        st.text(f"• {analysis.hide(claim(inference), revealed)}")


st.subheader(t("compare_heading"))
simulation_banner()
left, right = st.columns(2)
with left:
    first = st.selectbox(t("persona_a"), names, index=0, key="persona_a")
    with st.spinner(t("loading_persona")):
        side(persona_analysis(first))
with right:
    second = st.selectbox(t("persona_b"), names, index=min(1, len(names) - 1), key="persona_b")
    with st.spinner(t("loading_persona")):
        side(persona_analysis(second))

st.divider()
st.subheader(t("guided_heading"))
step = int(st.session_state.get(STEP_KEY, 0)) % len(STEPS)
nav = st.columns([1, 1, 6])
if nav[0].button(t("previous"), disabled=step == 0):
    step -= 1
if nav[1].button(t("next"), disabled=step == len(STEPS) - 1):
    step += 1
st.session_state[STEP_KEY] = step
name = STEPS[step]
st.markdown(f"### {step + 1}/{len(STEPS)} · {t(f'q_{name}')}")
st.caption(t(f"note_{name}"))
analysis = persona_analysis(first)
know = views_know.know_of(analysis)
inferences = analysis.result.inferences


def show_claims(categories: tuple[str, ...], keys: tuple[str, ...] = ()) -> None:
    for inference in views_know.family(inferences, *categories):
        if not keys or inference.key in keys:
            st.text(f"• {analysis.hide(claim(inference), revealed)}")


if name == "payments":
    st.plotly_chart(chart(views_know.spending_figure(know.spending)), width="stretch")
    show_claims(("finances",))
elif name == "best_friend":
    simulation_banner()
    counted = views_score.rule_records(book, analysis.result.records)
    scored = views_score.rescore(inferences, book, Overrides(), counted)
    share = views_score.contact_share(inferences, book, Overrides(), counted)
    st.metric(t("score_now"), scored.score)
    st.dataframe(
        table(views_know.top_contacts_table(know, revealed, limit=5)),
        hide_index=True,
        width="stretch",
    )
    if share.by_contact:
        st.dataframe(
            table(views_score.association_table(share, revealed)),
            hide_index=True,
            width="stretch",
        )
    else:
        st.caption(t("no_association"))
elif name == "sleep":
    st.plotly_chart(chart(views_know.sleep_figure(know.nights)), width="stretch")
    show_claims(("routine", "places"), ("sleep_window", "home", "work"))
elif name == "identity":
    st.plotly_chart(chart(views_know.identity_figure(know, revealed)), width="stretch")
    show_claims(("identity",))
elif name == "platform":
    platform_table(inferences, analysis, revealed)
else:
    st.page_link("app_pages/score.py", label=t("page_score"), icon=":material/tune:")
    st.caption(t("minimise_hint"))
