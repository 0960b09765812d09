"""The Chinese dashboard and the Chinese report in Debian's chromium.

A browser whose language is Chinese opens the dashboard on the Chinese persona: the
dashboard must start in Chinese, and no page or tab may show a run of three or more
English words outside data values (tables are checked by tests/test_i18n_dashboard.py:
the browser draws them on a canvas). The report and the handout are printed to PDF and
every character they use must have a glyph (no boxes).
"""

from __future__ import annotations

import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest

from footprint.config import Settings
from footprint.paths import personas
from footprint.scan import scan
from tests.english_runs import data_corpus, english_runs
from tests.test_browser import (
    CHROMIUM_ARGS,
    SCREENSHOTS,
    chromium_or_skip,
    dashboard_url,  # noqa: F401  (the fixture)
    running_dashboard,
    wait_idle,
)
from tests.test_i18n_dashboard import broken_persona

ROOT = Path(__file__).resolve().parent.parent
PERSONA = "university_student"
PAGES = [
    ("概览", "overview"),
    ("个人信息", "personal"),
    ("他们知道什么", "know"),
    ("评分", "score"),
    ("脱敏与导出", "redact"),
    ("工作坊模式", "workshop"),
]
# Draws each character and the glyph of an unassigned code point: a character drawn
# exactly like it has no glyph in any font the page can use (a box).
NO_GLYPH_SCRIPT = """
(chars) => {
  const font = getComputedStyle(document.body).fontFamily;
  const canvas = document.createElement('canvas');
  canvas.width = 40; canvas.height = 40;
  const ctx = canvas.getContext('2d');
  const draw = (c) => {
    ctx.clearRect(0, 0, 40, 40);
    ctx.font = '24px ' + font;
    ctx.fillText(c, 4, 30);
    return canvas.toDataURL();
  };
  const box = draw('\\u{10FFFD}');
  return chars.filter((c) => draw(c) === box);
}
"""


def _corpus() -> str:
    out: list[str] = []
    for folder in personas():
        result = scan([folder], Settings.from_env(), None, analyse=False)
        out.append(data_corpus(result.records))
        out.extend(status.path.casefold() for status in result.files)
    return "\n".join(out)


def _with_persona(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    query = dict(urllib.parse.parse_qsl(parts.query))
    query["persona"] = PERSONA
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


def _visible_text(page: object) -> str:
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    return str(page.locator("body").inner_text())


def test_chinese_dashboard_in_a_real_browser(dashboard_url: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    executable = chromium_or_skip()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    corpus = _corpus()
    bad: dict[str, list[str]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(locale="zh-CN", viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            page.goto(_with_persona(dashboard_url))
            # The browser's language decides: Chinese from the first page.
            page.get_by_text("每个文件，以及 footprint 的识别结果").wait_for(timeout=240_000)
            wait_idle(page)
            bad["load"] = english_runs(_visible_text(page), corpus)
            for title, name in PAGES:
                nav = page.locator('[data-testid="stSidebarNav"] a', has_text=title)
                nav.first.click()
                page.locator("h1", has_text=title).first.wait_for(timeout=120_000)
                wait_idle(page)
                if name == "workshop":
                    page.get_by_text("推断").nth(1).wait_for(timeout=240_000)
                    wait_idle(page)
                found = english_runs(_visible_text(page), corpus)
                tabs = page.get_by_role("tab")
                for index in range(tabs.count()):
                    tabs.nth(index).click()
                    page.wait_for_timeout(800)
                    found += english_runs(_visible_text(page), corpus)
                page.screenshot(path=str(SCREENSHOTS / f"zh-{name}.png"), full_page=True)
                bad[name] = sorted(set(found))
            assert not page.get_by_text("Traceback").count()
        finally:
            browser.close()
    bad = {page: runs for page, runs in bad.items() if runs}
    assert not bad, bad


def test_chinese_problems_and_notice_in_a_real_browser(tmp_path: Path) -> None:
    """Uploads a WeChat Pay bill with a bad date, a truncated tweets.js and a file no
    format claims to a dashboard without a spaCy model: Load, Overview and What they know
    stay Chinese, with the reduced-mode notice and how each claim is known. (The problem
    tables themselves are canvas: tests/test_i18n_dashboard.py reads them.)"""
    from playwright.sync_api import sync_playwright

    executable = chromium_or_skip()
    folder = broken_persona(tmp_path)
    uploads = [
        next((folder / "wechat_pay").glob("*.csv")),
        folder / "twitter-archive" / "data" / "tweets.js",
        folder / "notes.bin",
    ]
    broken = scan(uploads, Settings.from_env(), None, analyse=False)
    assert len(broken.problems) >= 3
    values = [str(v) for p in broken.problems for _, v in p.detail.params if isinstance(v, str)]
    corpus = "\n".join([_corpus(), data_corpus(broken.records), *values]).casefold()
    bad: dict[str, list[str]] = {}
    seen: dict[str, str] = {}
    with (
        running_dashboard({"FOOTPRINT_SPACY_MODEL": "none"}) as url,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(locale="zh-CN", viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            page.goto(url)
            chooser = page.locator('[data-testid="stFileUploader"] input[type="file"]')
            chooser.wait_for(state="attached", timeout=240_000)
            chooser.set_input_files([str(path) for path in uploads])
            page.get_by_role("button", name="扫描上传的文件").click()
            # The warning above the table of problems, once the uploads are scanned.
            page.get_by_text("未能完整读取").wait_for(timeout=240_000)
            wait_idle(page)
            seen["load"] = _visible_text(page)
            for title, name in [("概览", "overview"), ("他们知道什么", "know")]:
                nav = page.locator('[data-testid="stSidebarNav"] a', has_text=title)
                nav.first.click()
                page.locator("h1", has_text=title).first.wait_for(timeout=120_000)
                wait_idle(page)
                seen[name] = _visible_text(page)
                tabs = page.get_by_role("tab")
                for index in range(tabs.count()):
                    tabs.nth(index).click()
                    page.wait_for_timeout(800)
                    seen[name] += "\n" + _visible_text(page)
                page.screenshot(path=str(SCREENSHOTS / f"zh-broken-{name}.png"), full_page=True)
        finally:
            browser.close()
    bad = {name: sorted(set(english_runs(text, corpus))) for name, text in seen.items()}
    assert not {name: runs for name, runs in bad.items() if runs}, bad
    assert "没有安装或启用 spaCy 模型" in seen["overview"]
    assert "我们如何得知：" in seen["know"]


@pytest.mark.parametrize("handout", [False, True])
def test_chinese_report_prints_without_glyph_boxes(tmp_path: Path, handout: bool) -> None:
    from playwright.sync_api import sync_playwright

    executable = chromium_or_skip()
    out = tmp_path / "r.html"
    command = [sys.executable, "-m", "footprint", "report", str(ROOT / "sample_exports" / PERSONA)]
    command += ["--lang", "zh", "--out", str(out), *(["--handout"] if handout else [])]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True, timeout=600)
    html = out.read_text(encoding="utf-8")
    assert 'lang="zh-Hans"' in html
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(out.as_uri())
            text = _visible_text(page)
            assert not english_runs(text, _corpus())
            chars = sorted({c for c in text if ord(c) > 0x2E7F})
            assert len(chars) > 100  # Chinese throughout
            assert page.evaluate(NO_GLYPH_SCRIPT, chars) == []
            name = "handout" if handout else "report"
            page.pdf(path=str(tmp_path / f"{name}.pdf"))
            page.screenshot(path=str(SCREENSHOTS / f"zh-{name}.png"), full_page=True)
        finally:
            browser.close()
