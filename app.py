"""footprint dashboard: routes to the pages. Run with `footprint demo`."""

from __future__ import annotations

import streamlit as st

from app_pages.common import refuse_if_telemetry_on, require_token, sidebar, t

st.set_page_config(page_title="footprint", page_icon="👣", layout="wide")
refuse_if_telemetry_on()
require_token()
sidebar()

# Icons from the Material Symbols font Streamlit serves itself: emoji need a colour-emoji
# font, and without one the browser draws boxes.
pages = [
    st.Page("app_pages/load.py", title=t("page_load"), icon=":material/folder_open:", default=True),
    st.Page("app_pages/overview.py", title=t("page_overview"), icon=":material/bar_chart:"),
    st.Page("app_pages/personal.py", title=t("page_personal"), icon=":material/search:"),
    st.Page("app_pages/know.py", title=t("page_know"), icon=":material/psychology:"),
    st.Page("app_pages/score.py", title=t("page_score"), icon=":material/tune:"),
    st.Page("app_pages/redact.py", title=t("page_redact"), icon=":material/content_cut:"),
    st.Page("app_pages/workshop.py", title=t("page_workshop"), icon=":material/co_present:"),
]
page = st.navigation(pages)
try:
    page.run()
except Exception as exc:  # one page's bug must not take the dashboard down
    st.error(t("page_failed", page=page.title))
    st.text(f"{type(exc).__name__}: {exc}")
