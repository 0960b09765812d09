"""The dashboard in Chinese, on the Chinese persona: no English prose on any page or tab.

Every string the app sends (titles, captions, widget labels and options, table headers
and cells, chart titles, axes, legends and labels) is searched for runs of three or more
English words; data values and product names are allowed (see tests/english_runs.py).
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import streamlit as st
from google.protobuf.json_format import MessageToDict
from streamlit.testing.v1 import AppTest

from footprint import paths
from footprint.config import Settings
from footprint.launcher import TOKEN_ENV
from footprint.paths import personas
from footprint.scan import scan
from footprint.score import available_rulebooks
from tests.english_runs import data_corpus, english_runs, proto_strings

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
TOKEN = "i18n-test-token"
PERSONA = "university_student"
PAGES = (
    "app_pages/load.py",
    "app_pages/overview.py",
    "app_pages/personal.py",
    "app_pages/know.py",
    "app_pages/score.py",
    "app_pages/redact.py",
    "app_pages/workshop.py",
)
# Plotly keys that hold what a reader sees.
FIGURE_KEYS = {"text", "title", "name", "ticktext", "hovertemplate", "legendgrouptitle", "label"}


def _figure_strings(spec: Any) -> Iterable[str]:
    if isinstance(spec, dict):
        for key, value in spec.items():
            if key in FIGURE_KEYS:
                yield from proto_strings(value)
            if isinstance(value, dict | list):
                yield from _figure_strings(value)
    elif isinstance(spec, list):
        for item in spec:
            yield from _figure_strings(item)


def _frame_strings(frame: pd.DataFrame) -> Iterable[str]:
    yield from (str(c) for c in frame.columns)
    if frame.index.name:
        yield str(frame.index.name)
    for column in frame.columns:
        for value in frame[column].tolist()[:200]:
            if isinstance(value, str):
                yield value


def shown_strings(node: Any) -> Iterable[str]:
    """Every string an element tree shows."""
    kind = type(node).__name__
    if kind in {"Dataframe", "Table"}:
        yield from _frame_strings(node.value)
        return
    if kind == "UnknownElement" and node.type == "plotly_chart":
        yield from _figure_strings(json.loads(node.proto.spec))
        return
    children = getattr(node, "children", None)
    if hasattr(node, "proto") and node.proto is not None and not children:
        yield from proto_strings(MessageToDict(node.proto))
    elif hasattr(node, "proto") and node.proto is not None:
        # A block (tab, expander, column): its own label only.
        for key in ("label", "title"):
            value = getattr(node, key, None)
            if isinstance(value, str):
                yield value
    for child in (children or {}).values():
        yield from shown_strings(child)


@pytest.fixture(scope="module")
def corpus() -> str:
    # The workshop shows a second persona beside this one: its data are data values too.
    out: list[str] = []
    for folder in personas():
        result = scan([folder], Settings.from_env(), None, analyse=False)
        out.append(data_corpus(result.records))
        out.extend(status.path.casefold() for status in result.files)
    return "\n".join(out)


@pytest.fixture(scope="module")
def chinese_app() -> AppTest:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TOKEN_ENV, TOKEN)
        at = AppTest.from_file(APP, default_timeout=300)
        at.query_params["token"] = TOKEN
        at.run()
        at.selectbox(key="lang").set_value("zh").run()
        box = next(s for s in at.selectbox if s.label == "人物")
        box.set_value(PERSONA)
        next(b for b in at.button if b.label == "载入人物").click().run()
        assert not at.exception, at.exception
        return at


def _offending(at: AppTest, corpus: str) -> list[str]:
    found: list[str] = []
    for root in (at.main, at.sidebar):
        for text in shown_strings(root):
            found.extend(english_runs(text, corpus))
    return found


def test_every_page_in_chinese(chinese_app: AppTest, corpus: str) -> None:
    at = chinese_app
    bad: dict[str, list[str]] = {}
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        found = _offending(at, corpus)
        if page == "app_pages/score.py":
            for lens in available_rulebooks():
                at.selectbox(key="lens").set_value(lens).run()
                found += _offending(at, corpus)
        if page == "app_pages/workshop.py":
            for _ in range(8):
                nxt = next(b for b in at.button if "下一步" in b.label)
                if nxt.disabled:
                    break
                nxt.click().run()
                found += _offending(at, corpus)
        if found:
            bad[page] = sorted(set(found))
    assert not bad, json.dumps(bad, ensure_ascii=False, indent=1)


def broken_persona(exports: Path) -> Path:
    """The Chinese persona with a bad date in its WeChat Pay bill, a truncated tweets.js
    and a file no format claims: three problems, one carrying a library's own text."""
    folder = exports / "broken_student"
    shutil.copytree(ROOT / "sample_exports" / PERSONA, folder)
    bill = next((folder / "wechat_pay").glob("*.csv"))
    head, mark, rows = bill.read_text(encoding="utf-8").partition("交易时间")
    rows = re.sub(r"\n2024-\d\d-\d\d \d\d:\d\d:\d\d", "\n2024-13-45 25:61:00", rows, count=1)
    bill.write_text(head + mark + rows, encoding="utf-8")
    tweets = folder / "twitter-archive" / "data" / "tweets.js"
    tweets.write_bytes(tweets.read_bytes()[: tweets.stat().st_size // 2])
    (folder / "notes.bin").write_bytes(b"\x00\x01\x02 not an export")
    return folder


def test_problems_notice_zones_and_methods_in_chinese(tmp_path: Path, corpus: str) -> None:
    """Load and Overview with parse problems, the reduced-mode notice (no spaCy model),
    the zones' details and every claim's "how we know", all in Chinese."""
    folder = broken_persona(tmp_path / "exports")
    broken = scan([folder], Settings.from_env(), None, analyse=False)
    assert {p.message_id for p in broken.problems} >= {
        "bad_date",
        "invalid_truncated_json",
        "not_recognised",
    }
    # A problem's values (a date as written, a parser's own error text) are data values.
    values = [str(v) for p in broken.problems for _, v in p.detail.params if isinstance(v, str)]
    files = [status.path for status in broken.files]
    corpus = "\n".join([corpus, data_corpus(broken.records), *values, *files]).casefold()
    st.cache_resource.clear()  # the detector is built again, without a spaCy model
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv(TOKEN_ENV, TOKEN)
            patch.setenv("FOOTPRINT_SPACY_MODEL", "none")
            patch.setattr(paths, "SAMPLE_EXPORTS", tmp_path / "exports")
            at = AppTest.from_file(APP, default_timeout=300)
            at.query_params["token"] = TOKEN
            at.run()
            at.selectbox(key="lang").set_value("zh").run()
            next(s for s in at.selectbox if s.label == "人物").set_value("broken_student")
            next(b for b in at.button if b.label == "载入人物").click().run()
            assert not at.exception, at.exception
            bad: dict[str, list[str]] = {}
            shown: dict[str, str] = {}
            for page in ("app_pages/load.py", "app_pages/overview.py", "app_pages/know.py"):
                at.switch_page(page).run()
                assert not at.exception, (page, at.exception)
                shown[page] = "\n".join(
                    s for root in (at.main, at.sidebar) for s in shown_strings(root)
                )
                found = _offending(at, corpus)
                if found:
                    bad[page] = sorted(set(found))
    finally:
        st.cache_resource.clear()
    assert not bad, json.dumps(bad, ensure_ascii=False, indent=1)
    load, overview, know = shown.values()
    for text in (load, overview):
        assert "日期 '2024-13-45 25:61:00' 无法识别" in text
        assert "无法识别：不符合任何已知的导出格式" in text
    assert "JSON 无效或不完整（" in overview  # the library's words inside, as a value
    assert "根据线索" in load or "根据微信" in load or "此导出没有时区" in load
    assert "没有安装或启用 spaCy 模型" in overview
    assert know.count("我们如何得知：") >= 10


def test_language_follows_the_data_and_the_switch_keeps_state() -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TOKEN_ENV, TOKEN)
        at = AppTest.from_file(APP, default_timeout=300)
        at.query_params["token"] = TOKEN
        at.run()
        # No browser locale and no choice: English until Chinese data is loaded.
        assert at.selectbox(key="lang").value == "en"
        at.selectbox(key="persona_pick").set_value(PERSONA)
        next(b for b in at.button if b.label == "Load persona").click().run()
        assert not at.exception, at.exception
        assert at.selectbox(key="lang").value == "zh"
        assert at.title[0].value == "载入导出数据"
        at.switch_page("app_pages/personal.py").run()
        at.text_input(key="findings_query").input("EMAIL").run()
        at.selectbox(key="lang").set_value("en").run()
        assert at.title[0].value == "Personal information"
        assert at.text_input(key="findings_query").value == "EMAIL"
        # A choice made by the user is kept when other data is loaded.
        assert at.session_state["lang_from"] == "chosen"
