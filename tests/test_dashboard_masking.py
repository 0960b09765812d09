"""With *Show personal values* off, no page shows a persona's planted identifiers.

Every element of every page and tab is read through AppTest: texts, markdown,
captions, metrics, dataframes (their values), widget options and Plotly specs
(labels, hover texts). The browser version is in tests/test_browser.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import text_format
from streamlit.testing.v1 import AppTest

from footprint.launcher import TOKEN_ENV
from footprint.paths import personas

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
TOKEN = "masking-test-token"
PAGES = [
    "app_pages/load.py",
    "app_pages/overview.py",
    "app_pages/personal.py",
    "app_pages/know.py",
    "app_pages/score.py",
    "app_pages/redact.py",
    "app_pages/workshop.py",
]
PLANTED_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"}


def planted_values(folder: Path) -> set[str]:
    """The persona's own names, e-mails and phones, and every planted PERSON/EMAIL/PHONE."""
    truth = json.loads((folder / "ground_truth.json").read_text(encoding="utf-8"))
    user = truth.get("user", {})
    values = {v for key in ("names", "emails", "phones") for v in user.get(key, [])}
    values |= {p["value"] for p in truth.get("pii", []) if p["entity_type"] in PLANTED_TYPES}
    # A lone given name is too common a word to test; full names, e-mails and phones are not.
    return {v for v in values if len(v) >= 6 and (" " in v or "@" in v or any(c.isdigit() for c in v)
            or not v.isascii())}  # fmt: skip


def _walk(node: Any) -> Iterator[Any]:
    yield node
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for child in children.values():
            yield from _walk(child)


def page_text(at: AppTest) -> str:
    """Everything the page would show, as one text."""
    parts: list[str] = []
    for node in _walk(at._tree):
        kind = getattr(node, "type", "")
        if kind in ("arrow_data_frame", "dataframe", "table"):
            parts.append(node.value.to_csv())
            continue
        proto = getattr(node, "proto", None)
        if proto is None:
            continue
        if kind == "plotly_chart":
            parts.append(json.dumps(json.loads(proto.spec), ensure_ascii=False))
            continue
        try:
            parts.append(text_format.MessageToString(proto, as_utf8=True))
        except Exception:  # a node without a printable message
            continue
    return "\n".join(parts)


def leaked(text: str, values: set[str]) -> list[str]:
    folded = text.casefold()
    return sorted(v for v in values if v.casefold() in folded)


@pytest.mark.parametrize("persona", [p.name for p in personas()])
def test_no_planted_value_is_shown_with_values_hidden(
    persona: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    folder = next(p for p in personas() if p.name == persona)
    values = planted_values(folder)
    assert values
    at = AppTest.from_file(APP, default_timeout=300)
    at.query_params["token"] = TOKEN
    at.run()
    next(s for s in at.selectbox if s.label == "Persona").set_value(persona)
    next(b for b in at.button if b.label == "Load persona").click().run()
    assert not at.exception, at.exception
    found: dict[str, list[str]] = {}
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        if page.endswith("score.py"):
            advice = [b for b in at.button if "advice" in b.label.casefold()]
            if advice:  # a lens without rules to try shows no advice button
                advice[0].click().run()
        if page.endswith("workshop.py"):
            for _ in range(6):  # every guided step
                hits = leaked(page_text(at), values)
                if hits:
                    found.setdefault(f"{page} step", []).extend(hits)
                buttons = [b for b in at.button if "Next" in b.label and not b.disabled]
                if not buttons:
                    break
                buttons[0].click().run()
        hits = leaked(page_text(at), values)
        if hits:
            found[page] = hits
    assert not found, found
