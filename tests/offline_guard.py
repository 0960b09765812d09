"""Runs footprint with an audit hook that refuses any non-loopback connection or lookup.

``python tests/offline_guard.py ARGS...`` runs the CLI; ``--dashboard DIR`` starts the
dashboard (as ``footprint demo`` does), loads every page on a persona through
Streamlit's own test client, and checks the server answers on loopback. Used by
scripts/offline-check.sh inside a network namespace with no route out.
"""

from __future__ import annotations

import ipaddress
import sys
from typing import Any

LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "", None}


def _is_loopback(host: Any) -> bool:
    if isinstance(host, bytes):
        host = host.decode()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guard(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.connect":
        address = args[1]
        if isinstance(address, tuple) and not _is_loopback(address[0]):
            raise PermissionError(f"blocked network connection to {address!r}")
    elif event == "socket.getaddrinfo" and not _is_loopback(args[0]):
        raise PermissionError(f"blocked DNS lookup of {args[0]!r}")


def _dashboard() -> None:
    import socket
    import subprocess
    import time
    import urllib.request
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    root = Path(__file__).resolve().parent.parent
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "footprint", "demo", "--no-browser", "--port", str(port)],
        cwd=root,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health") as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.5)
    finally:
        server.terminate()
        server.wait(timeout=30)
    import os
    import secrets

    from footprint.launcher import TOKEN_ENV

    token = secrets.token_urlsafe(16)
    os.environ[TOKEN_ENV] = token
    app = AppTest.from_file(str(root / "app.py"), default_timeout=300)
    app.query_params["token"] = token
    app.run()
    next(b for b in app.button if b.label == "Load persona").click().run()
    pages = sorted((root / "app_pages").glob("*.py"))
    for page in pages:
        if page.name.startswith(("_", "common")):
            continue
        app.switch_page(f"app_pages/{page.name}").run()
        if app.exception:
            raise SystemExit(f"page {page.name} raised: {app.exception}")


def main() -> None:
    sys.addaudithook(_guard)
    if sys.argv[1:2] == ["--dashboard"]:
        _dashboard()
        return
    from footprint.cli import main as cli

    sys.argv = ["footprint", *sys.argv[1:]]
    cli()


if __name__ == "__main__":
    main()
