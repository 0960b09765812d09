"""The optional analysis cache: off by default, private files, keyed by content, wipeable."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from footprint.cache import CACHE_ENV, cached, content_key
from footprint.cli import app
from footprint.config import Settings

SETTINGS = Settings(assumed_timezone="UTC")


@pytest.fixture
def export(tmp_path: Path) -> Path:
    chat = tmp_path / "in" / "chat.txt"
    chat.parent.mkdir()
    chat.write_text("01/01/2024, 10:00 - Ann: hi\n", encoding="utf-8")
    return chat.parent


def test_off_by_default(monkeypatch: pytest.MonkeyPatch, export: Path) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    calls = []
    for _ in range(2):
        cached([export], SETTINGS, lambda: calls.append(1) or "result")
    assert len(calls) == 2


def test_hit_private_files_and_content_key(
    monkeypatch: pytest.MonkeyPatch, export: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    calls = []

    def compute() -> dict[str, int]:
        calls.append(1)
        return {"records": 1}

    assert cached([export], SETTINGS, compute) == {"records": 1}
    assert cached([export], SETTINGS, compute) == {"records": 1}
    assert len(calls) == 1
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    entries = list(folder.iterdir())
    assert [stat.S_IMODE(p.stat().st_mode) for p in entries] == [0o600]
    before = content_key([export], SETTINGS)
    (export / "chat.txt").write_text("01/01/2024, 10:00 - Ann: changed\n", encoding="utf-8")
    assert content_key([export], SETTINGS) != before
    cached([export], SETTINGS, compute)
    assert len(calls) == 2
    assert content_key([export], Settings(assumed_timezone="Europe/Berlin")) != content_key(
        [export], SETTINGS
    )


def test_refuses_a_folder_others_can_write(
    monkeypatch: pytest.MonkeyPatch, export: Path, tmp_path: Path
) -> None:
    from footprint.errors import FootprintError

    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o777)
    monkeypatch.setenv(CACHE_ENV, str(folder))
    with pytest.raises(FootprintError, match="writable by others"):
        cached([export], SETTINGS, lambda: "x")


def test_one_command_wipes_it(
    monkeypatch: pytest.MonkeyPatch, export: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    cached([export], SETTINGS, lambda: "x")
    runner = CliRunner()
    info = runner.invoke(app, ["cache", "info"])
    assert "1 analyses" in info.output
    wiped = runner.invoke(app, ["cache", "wipe"])
    assert wiped.exit_code == 0
    assert not folder.exists()
    monkeypatch.delenv(CACHE_ENV)
    assert runner.invoke(app, ["cache", "wipe"]).exit_code == 2
