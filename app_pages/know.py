"""What they know: one section per inference family, every claim with its evidence."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from app_pages.common import (
    chart,
    claim,
    language,
    platform_table,
    require_analysis,
    reveal,
    show_evidence,
    t,
    table,
)
from footprint import localise, views_know
from footprint.infer.base import Inference
from footprint.views import Analysis, prefetch_evidence

# Claims listed per section at most; the rest are on the Overview table.
CLAIMS_PER_SECTION = 25

analysis = require_analysis()
know = views_know.know_of(analysis)
inferences = analysis.result.inferences
# Every claim's evidence in one pass over the stored records, not one pass per claim.
prefetch_evidence(analysis, views_know.claim_evidence(inferences))
revealed = reveal()
st.title(t("page_know"))
st.caption(t("know_caption"))


def claims(found: Sequence[Inference], where: Analysis) -> None:
    """Each claim as plain text, with its confidence and an expander of its evidence."""
    if not found:
        st.caption(t("no_claims"))
    for inference in found[:CLAIMS_PER_SECTION]:
        st.text(f"• {where.hide(claim(inference), revealed)}")
        flag = f" · {t('special_category')}" if inference.special_category else ""
        st.caption(
            t(
                "claim_meta",
                name=localise.key_name(inference.key, language()),
                confidence=round(inference.confidence * 100),
            )
            + flag
        )
        st.caption(t("how_we_know", method=inference.method_text(language())))
        show_evidence(where, inference.evidence, inference.evidence_count)


tabs = st.tabs(
    [
        t("tab_identity"),
        t("tab_social"),
        t("tab_routine"),
        t("tab_places"),
        t("tab_finances"),
        t("tab_sensitive"),
        t("tab_opinions"),
        t("tab_platform"),
    ]
)
with tabs[0]:
    st.subheader(t("identity_heading"))
    left, right = st.columns([2, 3])
    with left:
        st.markdown(f"**{t('identity_card')}**")
        st.dataframe(
            table(views_know.identifiers_table(know, revealed)), hide_index=True, width="stretch"
        )
    with right:
        st.markdown(f"**{t('linkage_graph')}**")
        st.plotly_chart(chart(views_know.identity_figure(know, revealed)), width="stretch")
    claims(views_know.family(inferences, "identity"), analysis)

with tabs[1]:
    st.subheader(t("social_heading"))
    st.plotly_chart(chart(views_know.social_figure(know, revealed)), width="stretch")
    st.caption(t("social_caption", shown=min(len(know.contact_nodes), views_know.NETWORK_NODES)))
    st.markdown(f"**{t('top_contacts')}**")
    st.dataframe(
        table(views_know.top_contacts_table(know, revealed)), hide_index=True, width="stretch"
    )
    claims(views_know.family(inferences, "social"), analysis)

with tabs[2]:
    st.subheader(t("routine_heading"))
    st.plotly_chart(chart(views_know.heatmap_figure(know.heatmap)), width="stretch")
    st.markdown(f"**{t('sleep_heading')}**")
    st.plotly_chart(chart(views_know.sleep_figure(know.nights)), width="stretch")
    claims(views_know.family(inferences, "routine"), analysis)

with tabs[3]:
    st.subheader(t("places_heading"))
    st.caption(t("places_caption"))
    st.plotly_chart(chart(views_know.places_figure(know.places, revealed)), width="stretch")
    st.dataframe(
        table(views_know.places_table(know.places, revealed)), hide_index=True, width="stretch"
    )
    claims(views_know.family(inferences, "places"), analysis)

with tabs[4]:
    st.subheader(t("finances_heading"))
    st.plotly_chart(chart(views_know.spending_figure(know.spending)), width="stretch")
    claims(views_know.family(inferences, "finances"), analysis)

with tabs[5]:
    st.subheader(t("sensitive_heading"))
    st.caption(t("sensitive_caption"))
    claims(views_know.sensitive(inferences), analysis)

with tabs[6]:
    st.subheader(t("opinions_heading"))
    claims(views_know.family(inferences, "opinions"), analysis)

with tabs[7]:
    st.subheader(t("platform_heading"))
    st.caption(t("platform_caption"))
    platform_table(inferences, analysis, revealed)
    claims(views_know.family(inferences, "platform"), analysis)
