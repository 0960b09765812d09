"""The dashboard's package side: catalogue, masking, rule editor, map, launcher URL."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from footprint.i18n import CATALOGUE, EN, LANGUAGES, placeholders, text
from footprint.launcher import TOKEN_ENV, dashboard_url, new_token, streamlit_env
from footprint.score import load_rulebook
from footprint.views import plain, shown, snippet
from footprint.views_score import editor_frame, overrides_from

ROOT = Path(__file__).resolve().parent.parent


def test_every_language_has_every_key_with_the_same_placeholders() -> None:
    assert set(CATALOGUE) == set(LANGUAGES)
    for code, strings in CATALOGUE.items():
        assert set(strings) == set(EN), code
        for key, template in strings.items():
            assert placeholders(template) == placeholders(EN[key]), (code, key)


def test_every_key_the_pages_use_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in [ROOT / "app.py", *sorted((ROOT / "app_pages").glob("*.py"))]:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+)["']""", path.read_text("utf-8")))
    assert used, "no keys found"
    assert used <= set(EN), sorted(used - set(EN))


def test_text_fills_placeholders_and_falls_back_to_english() -> None:
    assert text("status_done", "en", records=1234) == "Read 1,234 records"
    assert "1,234" in text("status_done", "zh", records=1234)
    assert text("page_score", "xx") == "Score"
    with pytest.raises(KeyError):
        text("no_such_key")


def test_values_are_masked_unless_revealed() -> None:
    assert shown("alice@example.com", reveal=False) != "alice@example.com"
    assert shown("alice@example.com", reveal=True) == "alice@example.com"
    assert shown("", reveal=False) == ""


def test_snippet_masks_every_personal_span() -> None:
    text_ = "call Alice on 07700 900123 tonight"
    spans = [(5, 10), (14, 26)]
    hidden = snippet(text_, 5, 10, spans, reveal=False)
    assert "Alice" not in hidden and "900123" not in hidden
    assert snippet(text_, 5, 10, spans, reveal=True) == text_


def test_plotly_labels_are_inert() -> None:
    assert "<" not in plain('<a href="http://tracker.example/">x</a>')


def test_rule_editor_unchanged_means_no_overrides() -> None:
    book = load_rulebook("commercial")
    overrides = overrides_from(book, editor_frame(book))
    assert not overrides.weights and not overrides.caps
    assert not overrides.disabled and not overrides.enabled


def test_rule_editor_changes_become_overrides() -> None:
    book = load_rulebook("commercial")
    frame = editor_frame(book)
    first = book.rules[0]
    frame.loc[0, "enabled"] = False
    point_rule = next(i for i, rule in enumerate(book.rules) if rule.points is not None and i > 0)
    frame.loc[point_rule, "points"] = float(book.rules[point_rule].points or 0) + 7
    frame.loc[point_rule, "cap"] = 3.0
    overrides = overrides_from(book, frame)
    assert first.id in overrides.disabled
    rule = book.rules[point_rule]
    assert overrides.weights[rule.id] == (rule.points or 0) + 7
    assert overrides.caps[rule.id] == 3
    overrides.check(book)
    assert isinstance(next(iter(overrides.weights.values())), int | Decimal)


def test_launch_token_goes_to_the_app_and_the_url() -> None:
    token = new_token()
    assert len(token) >= 32 and token != new_token()
    assert streamlit_env(token)[TOKEN_ENV] == token
    url = dashboard_url(8765, token, "office_worker")
    assert url.startswith("http://127.0.0.1:8765/?token=")
    assert token in url and "persona=office_worker" in url


def _store_and_list() -> tuple[object, list[object]]:
    from datetime import UTC, datetime, timedelta

    from footprint.model import Message
    from footprint.store import ColumnStore

    start = datetime(2024, 2, 28, 23, 30, tzinfo=UTC)
    records = [
        Message(
            source="whatsapp" if index % 2 else "telegram",
            path="chat #1.txt" if index % 3 else "聊天.txt",
            locator=f"line {index}",
            timestamp=None if index % 7 == 0 else start + timedelta(hours=13 * index),
            text="你好" if index % 2 else "hello",
        )
        for index in range(300)
    ]
    return ColumnStore.of(records, chunk_rows=50), list(records)


def test_weekly_activity_from_columns_matches_the_object_path() -> None:
    from footprint.views import activity_by_week

    store, records = _store_and_list()
    from_columns = activity_by_week(store)  # type: ignore[arg-type]
    from_objects = activity_by_week(records)  # type: ignore[arg-type]
    assert from_columns.astype(str).values.tolist() == from_objects.astype(str).values.tolist()


def test_records_behind_refs_are_found_without_an_index() -> None:
    from footprint.scan import ScanResult
    from footprint.views import summarise

    store, records = _store_and_list()
    for held in (store, records):
        result = ScanResult([], held, [], [], [], "off", None)  # type: ignore[arg-type]
        analysis = summarise(result)
        refs = ["chat #1.txt#line 4", "聊天.txt#line 3", "nowhere#line 1", "chat #1.txt#line 3"]
        found = analysis.records(refs)
        assert [r.ref for r in found] == ["chat #1.txt#line 4", "聊天.txt#line 3"]
        assert analysis.record("chat #1.txt#line 5") == records[5]
