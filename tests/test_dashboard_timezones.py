"""The Load page shows the zone chosen for each source and why."""

from __future__ import annotations

import pytest

from footprint.launcher import TOKEN_ENV
from footprint.paths import personas

from .test_dashboard_pages import TOKEN, loaded


@pytest.fixture(autouse=True)
def launch_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)


def test_load_page_lists_each_sources_zone() -> None:
    names = [p.name for p in personas()]
    if "office_worker" not in names:
        pytest.skip("no office_worker sample persona")
    at = loaded("office_worker")
    assert any("Time zones" in str(m.value) for m in at.markdown)
    table = next(
        frame.value for frame in at.dataframe if "time zone" in getattr(frame.value, "columns", [])
    )
    assert set(table["time zone"]) == {"Europe/London"}
    assert table["why"].str.len().min() > 0
