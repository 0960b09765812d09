"""A page whose helper raises shows an error box naming it; the other pages still render."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from footprint import views
from footprint.config import Settings
from footprint.launcher import TOKEN_ENV
from footprint.scan import scan
from footprint.views import Analysis
from footprint.views_know import analyse

from .conftest import FIXTURES

APP = str(Path(__file__).resolve().parent.parent / "app.py")
TOKEN = "failures-test-token"


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    inputs = [FIXTURES / "whatsapp", FIXTURES / "alipay", FIXTURES / "mastodon"]
    return analyse(scan(inputs, Settings(assumed_timezone="UTC"), None))


def test_failing_page_shows_an_error_and_others_render(
    analysis: Analysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("simulated chart bug")

    monkeypatch.setattr(views, "timeline_figure", broken)
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["token"] = TOKEN
    at.session_state["analysis"] = analysis
    at.run()
    at.switch_page("app_pages/overview.py").run()
    assert not at.exception, at.exception
    assert any("Overview" in box.value for box in at.error), [b.value for b in at.error]
    assert any("simulated chart bug" in str(text.value) for text in at.text)
    for page, title in {
        "app_pages/personal.py": "Personal information",
        "app_pages/know.py": "What they know",
    }.items():
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        assert not at.error, (page, [b.value for b in at.error])
        assert at.title[0].value == title
