"""End to end in a real browser: `footprint demo`, Debian's chromium, every page, no egress.

Starts the dashboard the way a user does (random token, printed URL), loads a
persona, visits every page, saves a screenshot of each into artifacts/screenshots/
and fails on any request to a host other than this computer. Never runs
`playwright install`: it drives the system chromium. Skips when chromium is
missing, unless FOOTPRINT_REQUIRE_BROWSER=1 (CI) makes that a failure.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
HOSTLESS_SCHEMES = {"data", "blob", "about", "chrome-extension"}
PAGES = [
    ("Overview", "overview"),
    ("Personal information", "personal"),
    ("What they know", "know"),
    ("Score", "score"),
    ("Redact & export", "redact"),
    ("Workshop mode", "workshop"),
]
URL_LINE = re.compile(r"footprint dashboard: (http://\S+)")


def chromium_or_skip() -> str:
    path = shutil.which("chromium")
    if path is None:
        reason = "Debian's chromium is not installed (apt-get install -y chromium)"
        if os.environ.get("FOOTPRINT_REQUIRE_BROWSER") == "1":
            pytest.fail(f"FOOTPRINT_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def dashboard_url() -> Iterator[str]:
    """`footprint demo --no-browser` on a free port; yields the URL with its token."""
    with running_dashboard() as url:
        yield url


@contextlib.contextmanager
def running_dashboard(env: dict[str, str] | None = None) -> Iterator[str]:
    """`footprint demo --no-browser` on a free port, with ``env`` added to the
    environment; yields the URL with its token and stops the server after."""
    chromium_or_skip()
    port = free_port()
    command = [str(Path(sys.executable).parent / "footprint"), "demo", "--no-browser"]
    process = subprocess.Popen(
        [*command, "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, **(env or {})},
    )
    found: list[str] = []
    output: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            match = URL_LINE.search(line)
            if match:
                found.append(match.group(1))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + 90
    while not found and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
    try:
        if not found:
            pytest.fail("footprint demo printed no URL:\n" + "".join(output))
        yield found[0]
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def is_local(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme in HOSTLESS_SCHEMES or (parts.hostname or "") in LOCAL_HOSTS


def wait_idle(page: object) -> None:
    """Until Streamlit has finished the script run (its status widget is gone)."""
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    page.wait_for_timeout(500)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=180_000)
    page.wait_for_timeout(1000)


def test_every_page_in_a_real_browser_without_egress(dashboard_url: str) -> None:
    from playwright.sync_api import sync_playwright

    executable = chromium_or_skip()
    assert "token=" in dashboard_url and "127.0.0.1" in dashboard_url
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.on("request", lambda request: requests.append(request.url))

            # Without the token: an explanation and nothing else.
            bare = dashboard_url.split("?", 1)[0]
            page.goto(bare)
            page.get_by_text("only opens with the link").first.wait_for(timeout=60_000)
            assert page.locator('[data-testid="stSidebarNav"]').count() == 0
            page.screenshot(path=str(SCREENSHOTS / "00-no-token.png"))

            # With it: the persona named in the URL loads on the Load page.
            page.goto(dashboard_url)
            page.get_by_text("Every file, and what footprint made of it").wait_for(timeout=240_000)
            wait_idle(page)
            page.screenshot(path=str(SCREENSHOTS / "01-load.png"), full_page=True)
            for index, (title, name) in enumerate(PAGES, start=2):
                nav = page.locator('[data-testid="stSidebarNav"] a', has_text=title)
                nav.first.click()
                page.locator("h1", has_text=title).first.wait_for(timeout=120_000)
                wait_idle(page)
                if name == "workshop":  # both personas' columns, the second one computed now
                    page.get_by_text("Inferences").nth(1).wait_for(timeout=240_000)
                    wait_idle(page)
                page.screenshot(path=str(SCREENSHOTS / f"{index:02d}-{name}.png"), full_page=True)
                if name == "know":
                    page.get_by_role("tab", name="Places").click()
                    page.wait_for_timeout(1500)
                    page.screenshot(path=str(SCREENSHOTS / f"{index:02d}-know-places.png"))
            assert not page.get_by_text("Traceback").count()
        finally:
            browser.close()
    outside = sorted({url for url in requests if not is_local(url)})
    assert requests, "the browser made no requests at all"
    assert not outside, f"requests left this computer: {outside}"


def _read_every_page(page: Any, url: str, values: set[str]) -> dict[str, list[str]]:
    """Every page, tab and guided step at ``url``: which of ``values`` each one shows."""
    from tests.test_dashboard_masking import leaked

    found: dict[str, list[str]] = {}

    def read(where: str) -> None:
        text = str(page.evaluate("document.body.textContent"))
        text += str(page.evaluate("document.body.innerText"))
        hits = leaked(text, values)
        if hits:
            found.setdefault(where, []).extend(hits)

    page.goto(url)
    page.get_by_text("Every file, and what footprint made of it").wait_for(timeout=240_000)
    wait_idle(page)
    read("load")
    for title, name in PAGES:
        nav = page.locator('[data-testid="stSidebarNav"] a', has_text=title)
        nav.first.click()
        page.locator("h1", has_text=title).first.wait_for(timeout=120_000)
        wait_idle(page)
        read(name)
        for tab in page.get_by_role("tab").all():
            tab.click()
            page.wait_for_timeout(300)
            read(f"{name} tab {tab.inner_text()}")
        if name == "workshop":
            for step in range(6):
                button = page.get_by_role("button", name=re.compile("Next"))
                if not button.count() or button.first.is_disabled():
                    break
                button.first.click()
                wait_idle(page)
                read(f"workshop step {step + 2}")
    return found


def test_no_planted_value_in_any_page_with_values_hidden(dashboard_url: str) -> None:
    """Each persona, *Show personal values* off: every page, tab and guided step is read
    (all DOM text, hidden tabs and chart labels included) and none of the persona's
    planted names, e-mails and phones appears. The AppTest twin is test_dashboard_masking."""
    from playwright.sync_api import sync_playwright

    from footprint.paths import personas
    from tests.test_dashboard_masking import planted_values

    executable = chromium_or_skip()
    found: dict[str, list[str]] = {}
    base = dashboard_url.split("&persona=")[0]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            for folder in personas():
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                url = f"{base}&persona={urllib.parse.quote(folder.name)}"
                for where, hits in _read_every_page(page, url, planted_values(folder)).items():
                    found[f"{folder.name}: {where}"] = hits
                page.close()
        finally:
            browser.close()
    assert not found, found
