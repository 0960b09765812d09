"""The dashboard through Streamlit's AppTest: access token, loading, every page."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from footprint.launcher import TOKEN_ENV, token_matches

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
TOKEN = "test-token-0123456789"


@pytest.fixture(autouse=True)
def launch_token(monkeypatch: pytest.MonkeyPatch) -> None:
    """The token `footprint demo` would pass; the app reads it at every run."""
    monkeypatch.setenv(TOKEN_ENV, TOKEN)


def new_app(token: str | None = TOKEN) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    if token is not None:
        at.query_params["token"] = token
    return at


@pytest.fixture
def app() -> AppTest:
    at = new_app()
    at.run()
    assert not at.exception
    return at


def test_load_page_renders(app: AppTest) -> None:
    assert app.title[0].value == "Load your exports"
    assert any(b.label == "Load persona" for b in app.button)


def test_without_token_shows_nothing() -> None:
    at = new_app(token=None)
    at.run()
    assert not at.exception
    assert [t.value for t in at.title] == ["footprint"]
    assert "token" in at.info[0].value
    assert not at.button and not at.dataframe and not at.get("plotly_chart")


@pytest.mark.parametrize("token", ["wrong", "", TOKEN + "x"])
def test_wrong_token_shows_nothing(token: str) -> None:
    at = new_app(token=token)
    at.run()
    assert "token" in at.info[0].value
    assert not at.button


def test_no_token_configured_means_no_access(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOKEN_ENV)
    at = new_app(token="anything")
    at.run()
    assert "token" in at.info[0].value
    assert not at.button


def test_token_comparison() -> None:
    assert token_matches("abc", "abc")
    assert not token_matches("abc", "abd")
    assert not token_matches(None, "abc")
    assert not token_matches("abc", None)
    assert not token_matches("", "")


def test_loading_persona_renders_overview(app: AppTest) -> None:
    next(b for b in app.button if b.label == "Load persona").click().run()
    assert not app.exception
    assert any("Loaded" in h.value for h in app.subheader)
    app.switch_page("app_pages/overview.py").run()
    assert not app.exception
    assert app.title[0].value == "Overview"
    metrics = {m.label: m.value for m in app.metric}
    assert int(metrics["Records"].replace(",", "")) > 100
    assert len(app.get("plotly_chart")) == 2


def test_overview_without_data_points_to_load(app: AppTest) -> None:
    app.switch_page("app_pages/overview.py").run()
    assert not app.exception
    assert "Nothing loaded yet" in app.info[0].value


def test_language_switch_to_chinese(app: AppTest) -> None:
    app.selectbox(key="lang").set_value("zh").run()
    assert not app.exception
    assert app.title[0].value == "载入导出数据"
    assert any(b.label == "载入人物" for b in app.button)


def test_refuses_to_run_with_usage_statistics_on() -> None:
    from streamlit import config

    at = new_app()
    original = config.get_option("browser.gatherUsageStats")
    config.set_option("browser.gatherUsageStats", True)
    try:
        at.run()
    finally:
        config.set_option("browser.gatherUsageStats", original)
    assert "refuses" in at.error[0].value
