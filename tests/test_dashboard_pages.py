"""Every dashboard page through AppTest, on every sample persona."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from footprint.launcher import TOKEN_ENV
from footprint.paths import personas
from footprint.report.model import mask

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
TOKEN = "pages-test-token"
PERSONAS = [p.name for p in personas()]
PAGES = {
    "app_pages/overview.py": "Overview",
    "app_pages/personal.py": "Personal information",
    "app_pages/know.py": "What they know",
    "app_pages/score.py": "Score",
    "app_pages/redact.py": "Redact & export",
    "app_pages/workshop.py": "Workshop mode",
}
SCORE_PAGES = {"app_pages/score.py", "app_pages/workshop.py"}


@pytest.fixture(autouse=True)
def launch_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)


def loaded(persona: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=300)
    at.query_params["token"] = TOKEN
    at.query_params["lang"] = "en"  # else a Chinese persona turns the dashboard Chinese
    at.run()
    box = next(s for s in at.selectbox if s.label == "Persona")
    box.set_value(persona)
    next(b for b in at.button if b.label == "Load persona").click().run()
    assert not at.exception, at.exception
    return at


def texts(at: AppTest) -> str:
    return "\n".join(str(t.value) for t in at.text)


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_page_renders_for_persona(persona: str) -> None:
    at = loaded(persona)
    assert f"sample persona: {persona}" in texts(at)
    for page, title in PAGES.items():
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        assert at.title[0].value == title, page
        if page in SCORE_PAGES:
            # Every view that shows a score says it is a simulation.
            assert any("Illustrative simulation" in w.value for w in at.warning), page


@pytest.fixture(scope="module")
def office() -> AppTest:
    name = "office_worker" if "office_worker" in PERSONAS else PERSONAS[0]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TOKEN_ENV, TOKEN)
        return loaded(name)


def test_overview_has_headline_numbers(office: AppTest) -> None:
    office.switch_page("app_pages/overview.py").run()
    metrics = {m.label: m.value for m in office.metric}
    assert int(metrics["Records"].replace(",", "")) > 1000
    assert int(metrics["Personal-information findings"].replace(",", "")) > 100
    assert len(office.get("plotly_chart")) == 2


def test_findings_masked_by_default_and_revealed_on_request(office: AppTest) -> None:
    office.switch_page("app_pages/personal.py").run()
    frame = office.dataframe[0].value
    assert {"type", "value", "context", "record"} <= set(frame.columns)
    assert len(frame) > 0
    assert frame["value"].str.contains("•").all()
    office.toggle(key="reveal_values").set_value(True).run()
    revealed = office.dataframe[0].value
    assert not revealed["value"].str.contains("•").all()
    office.toggle(key="reveal_values").set_value(False).run()


def test_findings_search_and_record_link(office: AppTest) -> None:
    office.switch_page("app_pages/personal.py").run()
    office.toggle(key="reveal_values").set_value(True).run()  # references shown in full
    office.text_input[0].input("EMAIL").run()
    frame = office.dataframe[0].value
    assert len(frame) > 0 and (frame["type"] == "EMAIL_ADDRESS").all()
    ref = str(frame["record"].iloc[0])
    office.selectbox(key="record_pick").set_value(ref).run()
    assert not office.exception
    assert ref in texts(office)
    record = office.dataframe[1].value
    assert {"field", "value"} == set(record.columns)
    assert "kind" in set(record["field"])
    office.toggle(key="reveal_values").set_value(False).run()


def test_what_they_know_has_every_family(office: AppTest) -> None:
    office.switch_page("app_pages/know.py").run()
    labels = [tab.label for tab in office.tabs]
    assert labels[:4] == ["Identity", "Social graph", "Routine", "Places"]
    assert len(office.get("plotly_chart")) >= 6
    assert any(e.label.startswith("Evidence (") for e in office.expander)
    claims = texts(office)
    assert "•" in claims


def test_places_map_fetches_nothing(office: AppTest) -> None:
    office.switch_page("app_pages/know.py").run()
    for chart in office.get("plotly_chart"):
        spec = chart.proto.spec
        # No geo or tile-map traces: those fetch topojson or tiles from the internet.
        for kind in ("scattergeo", 'choropleth"', "scattermapbox", 'scattermap"', "densitymap"):
            assert f'"type":"{kind}' not in spec.replace(" ", "")


def test_score_lens_switch_and_simulation_banner(office: AppTest) -> None:
    office.switch_page("app_pages/score.py").run()
    grades = [m.value for m in office.metric if m.label == "Grade"]
    assert grades
    office.selectbox(key="lens").set_value("blacklist").run()
    assert not office.exception
    assert any("Illustrative simulation" in w.value for w in office.warning)
    assert office.get("plotly_chart")


def test_redact_preview_and_zip(office: AppTest) -> None:
    office.switch_page("app_pages/redact.py").run()
    preview = office.dataframe[0].value
    assert len(preview) > 0
    assert {"record", "before", "after"} == set(preview.columns)
    assert (preview["before"] != preview["after"]).all()
    next(b for b in office.button if b.label == "Make the redacted copies").click().run()
    assert not office.exception
    assert any("leak check" in s.value for s in office.success) or office.error
    assert "nothing is kept" in " ".join(c.value for c in office.caption).lower()


def test_workshop_presenter_and_guided_steps(office: AppTest) -> None:
    office.switch_page("app_pages/workshop.py").run()
    next(b for b in office.button if b.label == "Turn on presenter mode").click().run()
    assert not office.exception
    assert any("Presenter mode is on" in s.value for s in office.success)
    assert office.toggle(key="reveal_values").disabled
    next(b for b in office.button if "Next" in b.label).click().run()
    assert "What does your best friend cost you?" in " ".join(m.value for m in office.markdown)
    office.toggle(key="presenter").set_value(False).run()


def test_mask_shape() -> None:
    assert mask("alice@example.com").count("@") == 1
    assert "•" in mask("Alice Smith")
