"""Stopping `footprint demo` stops the dashboard server it started: none is left behind."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as reply:
            return bool(reply.status == 200)
    except OSError:
        return False


def test_terminating_the_launcher_stops_the_server() -> None:
    port = _free_port()
    launcher = subprocess.Popen(
        [sys.executable, "-m", "footprint", "demo", "--no-browser", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        while not _answers(port):
            assert launcher.poll() is None, "footprint demo exited early"
            assert time.monotonic() < deadline, "the dashboard never answered"
            time.sleep(0.5)
        launcher.terminate()  # SIGTERM, as a test or a service manager sends
        launcher.wait(timeout=30)
        deadline = time.monotonic() + 20
        while _answers(port) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not _answers(port), "the Streamlit server outlived footprint demo"
    finally:
        if launcher.poll() is None:
            launcher.kill()
