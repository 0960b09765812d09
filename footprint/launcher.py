"""Starts the Streamlit dashboard with privacy-safe settings.

Streamlit's defaults send usage statistics, listen on every interface and look up
the machine's external IP at start. Every one of those is switched off here, on
the command line, whatever the user's own Streamlit config says.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.parse
import webbrowser
from collections.abc import Mapping

from footprint.paths import APP_SCRIPT, PROJECT_ROOT, require

HOST = "127.0.0.1"

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


def streamlit_env() -> dict[str, str]:
    env = dict(os.environ)
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
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=streamlit_env())  # noqa: S603
    query = f"?{urllib.parse.urlencode({'persona': persona})}" if persona else ""
    url = f"http://{HOST}:{port}/{query}"
    try:
        if _wait_until_listening(port, process, timeout=60):
            print(f"footprint dashboard: {url}  (Ctrl+C to stop)", file=sys.stderr)
            if open_browser:
                webbrowser.open(url)
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        return process.wait()
