"""The dashboard through Streamlit's AppTest."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    return at


def test_load_page_renders(app: AppTest) -> None:
    assert app.title[0].value == "Load your exports"
    assert any(b.label == "Load persona" for b in app.button)


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


def test_refuses_to_run_with_usage_statistics_on() -> None:
    from streamlit import config

    at = AppTest.from_file(APP, default_timeout=60)
    original = config.get_option("browser.gatherUsageStats")
    config.set_option("browser.gatherUsageStats", True)
    try:
        at.run()
    finally:
        config.set_option("browser.gatherUsageStats", original)
    assert "refuses" in at.error[0].value
