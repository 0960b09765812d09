"""footprint dashboard: routes to the pages. Run with `footprint demo`."""

from __future__ import annotations

import streamlit as st

from app_pages.common import refuse_if_telemetry_on

st.set_page_config(page_title="footprint", page_icon="👣", layout="wide")
refuse_if_telemetry_on()

pages = [
    st.Page("app_pages/load.py", title="Load your exports", icon="📂", default=True),
    st.Page("app_pages/overview.py", title="Overview", icon="📊"),
]
st.navigation(pages).run()
