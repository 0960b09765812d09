"""A whole scan, PII detection included, with every non-loopback connection refused."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# An audit hook cannot be removed, so the guarded run happens in a child process.
GUARD = textwrap.dedent(
    """
    import ipaddress, socket, sys

    LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", None, ""}

    def _loopback(host):
        if isinstance(host, bytes):
            host = host.decode()
        if host in LOOPBACK_NAMES:
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False

    def guard(event, args):
        if event == "socket.connect":
            address = args[1]
            if isinstance(address, tuple) and not _loopback(address[0]):
                raise PermissionError(f"blocked network connection to {address}")
        elif event == "socket.getaddrinfo":
            if not _loopback(args[0]):
                raise PermissionError(f"blocked DNS lookup of {args[0]}")

    sys.addaudithook(guard)
    from footprint.cli import main
    sys.argv = ["footprint", *sys.argv[1:]]
    main()
    """
)


def test_full_scan_with_outbound_sockets_blocked(tmp_path: Path) -> None:
    out = tmp_path / "scan.json"
    inputs = [str(ROOT / "sample_exports"), str(ROOT / "tests" / "fixtures")]
    completed = subprocess.run(
        [sys.executable, "-c", GUARD, "scan", *inputs, "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "blocked" not in completed.stderr
    assert out.stat().st_size > 0


def test_guard_really_blocks(tmp_path: Path) -> None:
    probe = GUARD.replace(
        "from footprint.cli import main",
        "import socket\nsocket.create_connection(('192.0.2.1', 80), timeout=1)\nmain = None",
    ).replace("main()\n", "")
    completed = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert completed.returncode != 0
    assert "blocked" in completed.stderr
