"""Streamlit glue shared by the pages: access token, language, caches, session state, safety.

User text (chat lines, names, file names) is only ever shown through ``st.text``,
``st.dataframe`` or Plotly labels made inert by ``views.plain``; markdown is kept
for our own catalogue strings.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from footprint import localise, views_know
from footprint.cache import cached
from footprint.config import Settings
from footprint.i18n import DEFAULT_LANGUAGE, LANGUAGES, text
from footprint.infer.base import Inference
from footprint.launcher import TOKEN_ENV, TOKEN_PARAM, token_matches
from footprint.loading import InputSpec
from footprint.paths import personas
from footprint.pii.engine import Detector, build_detector
from footprint.scan import ScanResult, scan
from footprint.views import Analysis
from footprint.views_know import analyse

ANALYSIS_KEY = "analysis"
LABEL_KEY = "scan_label"
INPUTS_KEY = "inputs"
AUTH_KEY = "authorised"
LANG_KEY = "lang"
LANG_FROM_KEY = "lang_from"  # "chosen" once the user, a link or the browser chose it
LANG_PENDING_KEY = "lang_pending"  # the data's language, applied at the next run
REVEAL_KEY = "reveal_values"
PRESENTER_KEY = "presenter"

# Presenter mode: blur every text block and table on screen (our own CSS, no user text).
_PRESENTER_CSS = """
<style>
[data-testid="stText"], [data-testid="stDataFrame"], [data-testid="stTable"],
[data-testid="stPlotlyChart"] .textpoint, [data-testid="stPlotlyChart"] .xtick,
[data-testid="stPlotlyChart"] .ytick { filter: blur(6px); }
</style>
"""


def t(key: str, **values: Any) -> str:
    """A UI string in the session's language."""
    return text(key, language(), **values)


def language() -> str:
    chosen = st.session_state.get(LANG_KEY, DEFAULT_LANGUAGE)
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def refuse_if_telemetry_on() -> None:
    """Stop before anything renders if Streamlit would send usage statistics."""
    if st.get_option("browser.gatherUsageStats"):
        st.error(t("telemetry_refused"))
        st.stop()


def require_token() -> None:
    """Show nothing but an explanation unless the URL carries this launch's token.

    The expected token is read from the environment at every run, so a test can set
    it; success is remembered for the session, so page links need not repeat it.
    """
    if st.session_state.get(AUTH_KEY) is True:
        return
    given = st.query_params.get(TOKEN_PARAM)
    if token_matches(given, os.environ.get(TOKEN_ENV)):
        st.session_state[AUTH_KEY] = True
        return
    st.title("footprint")
    for code in LANGUAGES:
        st.info(text("token_required", code))
    st.stop()


def _language_chosen() -> None:
    st.session_state[LANG_FROM_KEY] = "chosen"


def _start_language() -> None:
    """The language before the switch is drawn: ``?lang=``, else the browser's.

    Without either, the dashboard follows the language of the data loaded
    (see :func:`set_analysis`) until the user picks one.
    """
    pending = st.session_state.pop(LANG_PENDING_KEY, None)
    if pending in LANGUAGES:
        st.session_state[LANG_KEY] = pending
    if LANG_KEY in st.session_state:
        return
    requested = st.query_params.get("lang")
    initial = requested if requested in LANGUAGES else localise.browser_language(st.context.locale)
    if initial is not None:
        st.session_state[LANG_KEY] = initial
        st.session_state[LANG_FROM_KEY] = "chosen"


def sidebar() -> None:
    """Language, reveal and presenter switches, on every page."""
    _start_language()
    with st.sidebar:
        st.selectbox(
            "Language / 语言",
            list(LANGUAGES),
            format_func=LANGUAGES.__getitem__,
            key=LANG_KEY,
            on_change=_language_chosen,
        )
        presenter = st.toggle(t("presenter_toggle"), key=PRESENTER_KEY, help=t("presenter_help"))
        st.toggle(t("reveal_toggle"), key=REVEAL_KEY, help=t("reveal_help"), disabled=presenter)
        st.caption(t("privacy_note"))
    if presenter:
        st.html(_PRESENTER_CSS)
    if language() == "zh":
        st.html(_ZH_CHROME.replace("LIMIT", _upload_limit()))


# Streamlit writes two strings of its own in English: the keyboard "skip" link and the
# uploader's size limit. In Chinese both are hidden and written again, in Chinese.
_ZH_CHROME = """
<style>
[data-testid="stSkipToContent"] { display: none; }
.fp-skip { position: absolute; left: -9999px; }
.fp-skip:focus { left: 1rem; top: 1rem; z-index: 1000; background: #fff; padding: .3rem; }
[data-testid="stFileUploaderDropzoneInstructions"] span { display: none; }
[data-testid="stFileUploaderDropzoneInstructions"] > div::after { content: "LIMIT"; }
</style>
<a class="fp-skip" href="#stMain">跳到主要内容</a>
"""


def _upload_limit() -> str:
    megabytes = int(st.get_option("server.maxUploadSize"))
    size = f"{megabytes / 1024:g}GB" if megabytes >= 1024 else f"{megabytes}MB"
    return f"每个文件不超过 {size}"


def reveal() -> bool:
    """Whether personal values are shown in full: never in presenter mode."""
    if st.session_state.get(PRESENTER_KEY):
        return False
    return bool(st.session_state.get(REVEAL_KEY, False))


def simulation_banner() -> None:
    st.warning(f"**{t('simulation_title')}** {t('simulation_notice')}", icon=":material/warning:")


def claim(inference: Inference) -> str:
    """An inference's claim in the session's language."""
    return localise.claim_text(inference, language())


def table(frame: pd.DataFrame) -> pd.DataFrame:
    """A table with its headers and our own labels in the session's language."""
    return localise.localise_frame(frame, language())


def chart(figure: go.Figure) -> go.Figure:
    """A chart with its titles, axes and legend in the session's language."""
    return localise.localise_figure(figure, language())


def platform_table(inferences: Sequence[Inference], analysis: Analysis, revealed: bool) -> None:
    """What the platforms recorded beside what footprint inferred, values hidden unless shown."""
    st.dataframe(
        table(
            views_know.platform_side_by_side(
                inferences, language(), lambda text: analysis.hide(text, revealed)
            )
        ),
        hide_index=True,
        width="stretch",
    )


@st.cache_resource(show_spinner=False)
def detector() -> Detector:
    return build_detector(Settings.from_env())


def persona_folder(name: str) -> Path:
    return next(p for p in personas() if p.name == name)


@st.cache_data(max_entries=4, show_spinner=False)
def persona_analysis(name: str) -> Analysis:
    """A bundled persona's scan and summaries: bounded in memory; on disk only in the
    optional analysis cache the user switched on (footprint.cache)."""
    inputs: list[InputSpec] = [persona_folder(name)]
    settings = Settings.from_env()
    return cached(inputs, settings, lambda: analyse(scan(inputs, settings, detector())), "view")


def scan_inputs(
    inputs: list[InputSpec],
    overrides: dict[str, str] | None = None,
    bank_csv_mapping: dict[str, str] | None = None,
    timezones: dict[str, str] | None = None,
) -> ScanResult:
    """Scan uploads with progress shown in an ``st.status`` box; ``timezones`` maps a
    source path to the zone the user chose for it."""
    with st.status(t("status_reading"), expanded=True) as status:
        bar = st.progress(0.0, text=t("stage_parse"))
        engine = detector()

        def report(stage: str, done: int, total: int | None) -> None:
            label = t("stage_parse") if stage == "parse" else t("stage_detect")
            fraction = done / total if total else 0.0
            bar.progress(min(fraction, 1.0), text=f"{label}: {min(fraction, 1.0):.0%}")

        settings = Settings.from_env(timezone_overrides=timezones or None)
        result = cached(
            inputs,
            settings,
            lambda: scan(
                inputs,
                settings,
                engine,
                overrides=overrides,
                progress=report,
                bank_csv_mapping=bank_csv_mapping,
            ),
            extra=repr(
                (sorted((overrides or {}).items()), sorted((bank_csv_mapping or {}).items()))
            ),
        )
        status.update(label=t("status_done", records=len(result.records)), state="complete")
    return result


def load_persona(name: str) -> None:
    with st.spinner(t("loading_persona")):
        set_analysis(persona_analysis(name), t("label_persona", name=name), [persona_folder(name)])


def set_analysis(analysis: Analysis, label: str, inputs: list[InputSpec] | None) -> None:
    st.session_state[ANALYSIS_KEY] = analysis
    st.session_state[LABEL_KEY] = label
    st.session_state[INPUTS_KEY] = inputs
    for key in [k for k in st.session_state if str(k).startswith("cache:")]:
        del st.session_state[key]
    if st.session_state.get(LANG_FROM_KEY) != "chosen":
        # No language chosen and none from the browser: follow the data's.
        found = localise.data_language(analysis.result.records)
        if found != language():
            st.session_state[LANG_PENDING_KEY] = found
            st.rerun()


def current_analysis() -> Analysis | None:
    found = st.session_state.get(ANALYSIS_KEY)
    return found if isinstance(found, Analysis) else None


def current_inputs() -> list[InputSpec] | None:
    found = st.session_state.get(INPUTS_KEY)
    return found if isinstance(found, list) else None


def require_analysis() -> Analysis:
    """The loaded analysis, or a pointer to the Load page and a stop."""
    found = current_analysis()
    if found is None:
        st.info(t("nothing_loaded"))
        st.page_link("app_pages/load.py", label=t("page_load"), icon=":material/folder_open:")
        st.stop()
    return found


def session_cached(key: str, compute: Any) -> Any:
    """A value computed once per loaded analysis and session (dropped on the next load)."""
    name = f"cache:{key}"
    if name not in st.session_state:
        st.session_state[name] = compute()
    return st.session_state[name]


def show_evidence(analysis: Analysis, refs: tuple[str, ...], total: int | None) -> None:
    """An expander listing the records a claim rests on (user text in a dataframe only)."""
    from footprint.views import evidence_table

    count = total or len(refs)
    with st.expander(t("evidence", count=count)):
        st.dataframe(
            table(evidence_table(analysis, refs, reveal())), hide_index=True, width="stretch"
        )
        if count > len(refs[:50]):
            st.caption(t("evidence_more", shown=len(refs[:50]), count=count))
