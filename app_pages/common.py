"""Streamlit glue shared by the pages: cached engines, session state, safety checks."""

from __future__ import annotations

import streamlit as st

from footprint.config import Settings
from footprint.loading import InputSpec
from footprint.paths import personas
from footprint.pii.engine import Detector, build_detector
from footprint.scan import ScanResult, scan

RESULT_KEY = "scan_result"
LABEL_KEY = "scan_label"


def refuse_if_telemetry_on() -> None:
    """Stop before anything renders if Streamlit would send usage statistics."""
    if st.get_option("browser.gatherUsageStats"):
        st.error(
            "Usage statistics are switched on (browser.gatherUsageStats). footprint refuses to "
            "run like this: start it with `footprint demo`, or set "
            "browser.gatherUsageStats = false."
        )
        st.stop()


@st.cache_resource(show_spinner="Loading the personal-information detector…")
def detector() -> Detector:
    return build_detector(Settings.from_env())


@st.cache_data(max_entries=4, show_spinner=False)
def scan_persona(name: str) -> ScanResult:
    """A bundled persona's scan; bounded in-memory cache, never on disk."""
    folder = next(p for p in personas() if p.name == name)
    return scan([folder], Settings.from_env(), detector())


def scan_inputs(inputs: list[InputSpec], overrides: dict[str, str] | None = None) -> ScanResult:
    """Scan uploads with progress shown in an ``st.status`` box."""
    with st.status("Reading your exports…", expanded=True) as status:
        bar = st.progress(0.0, text="Reading files")
        engine = detector()

        def report(stage: str, done: int, total: int | None) -> None:
            label = "Reading files" if stage == "parse" else "Finding personal information"
            fraction = done / total if total else 0.0
            bar.progress(min(fraction, 1.0), text=f"{label}: {done}/{total or '?'}")

        result = scan(inputs, Settings.from_env(), engine, overrides=overrides, progress=report)
        status.update(label=f"Read {len(result.records):,} records", state="complete")
    return result


def set_result(result: ScanResult, label: str) -> None:
    st.session_state[RESULT_KEY] = result
    st.session_state[LABEL_KEY] = label


def current_result() -> ScanResult | None:
    result = st.session_state.get(RESULT_KEY)
    return result if isinstance(result, ScanResult) else None


def require_result() -> ScanResult:
    """The loaded scan, or a pointer to the Load page and a stop."""
    result = current_result()
    if result is None:
        st.info("Nothing loaded yet. Open **Load your exports** and pick a sample persona.")
        st.page_link("app_pages/load.py", label="Load your exports", icon="📂")
        st.stop()
    return result
