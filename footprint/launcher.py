"""Starts the Streamlit dashboard with privacy-safe settings.

Streamlit's defaults send usage statistics, listen on every interface and look up
the machine's external IP at start. Every one of those is switched off here, on
the command line, whatever the user's own Streamlit config says.

Binding to 127.0.0.1 keeps the network out but not other accounts on the same
computer, so, like Jupyter, each launch makes a random token: the app gets it in
:data:`TOKEN_ENV` and shows nothing without ``?token=...`` in the URL.
"""

from __future__ import annotations

import hmac
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import webbrowser
from collections.abc import Mapping

from footprint.paths import APP_SCRIPT, PROJECT_ROOT, require

HOST = "127.0.0.1"
TOKEN_ENV = "FOOTPRINT_DASHBOARD_TOKEN"  # noqa: S105 (the variable's name, not a secret)
TOKEN_PARAM = "token"  # noqa: S105

# Also in .streamlit/config.toml; the command line wins over any user config.
PRIVACY_OPTIONS: Mapping[str, str] = {
    "browser.gatherUsageStats": "false",
    "server.showEmailPrompt": "false",
    "server.address": HOST,
    "browser.serverAddress": HOST,  # set, so Streamlit does not look up the external IP
    "server.headless": "true",
    "server.enableXsrfProtection": "true",
    "server.enableCORS": "true",
    "server.fileWatcherType": "none",
    "global.developmentMode": "false",
}


def streamlit_command(port: int) -> list[str]:
    app = require(APP_SCRIPT, "The dashboard script app.py")
    options = {**PRIVACY_OPTIONS, "server.port": str(port), "browser.serverPort": str(port)}
    flags = [f"--{key}={value}" for key, value in options.items()]
    return [sys.executable, "-m", "streamlit", "run", str(app), *flags]


def new_token() -> str:
    """A fresh secret for one launch of the dashboard."""
    return secrets.token_urlsafe(32)


def token_matches(given: str | None, expected: str | None) -> bool:
    """Whether the URL's token is the launch token; no token configured means no access."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


def dashboard_url(port: int, token: str, persona: str | None = None) -> str:
    params = {TOKEN_PARAM: token} | ({"persona": persona} if persona else {})
    return f"http://{HOST}:{port}/?{urllib.parse.urlencode(params)}"


def streamlit_env(token: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    if token is not None:
        env[TOKEN_ENV] = token
    env["STREAMLIT_BROWSER_GATHER_USAGE_STATS"] = "false"
    env["STREAMLIT_SERVER_SHOW_EMAIL_PROMPT"] = "false"
    env["STREAMLIT_SERVER_ADDRESS"] = HOST
    env["HF_HUB_OFFLINE"] = "1"
    return env


def _wait_until_listening(port: int, process: subprocess.Popen[bytes], timeout: float) -> bool:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.settimeout(0.5)
            if probe.connect_ex((HOST, port)) == 0:
                return True
        time.sleep(0.3)
    return False


def run_dashboard(port: int, open_browser: bool, persona: str | None = None) -> int:
    """Run the dashboard until interrupted; returns Streamlit's exit code."""
    command = streamlit_command(port)
    token = new_token()
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=streamlit_env(token))  # noqa: S603
    url = dashboard_url(port, token, persona)
    # Stopped with SIGTERM (a service manager, a test), Python would exit at once and leave
    # the server running on its own: turn the signal into an exit that stops it first.
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        if _wait_until_listening(port, process, timeout=60):
            print(f"footprint dashboard: {url}  (Ctrl+C to stop)", file=sys.stderr)
            if open_browser:
                webbrowser.open(url)
        return process.wait()
    except KeyboardInterrupt:
        return _stop(process)
    finally:
        if process.poll() is None:
            _stop(process)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _stop(process: subprocess.Popen[bytes]) -> int:
    process.terminate()
    try:
        return process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()
