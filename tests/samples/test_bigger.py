"""``footprint samples bigger``: streamed, deterministic, and every importer reads it cleanly."""

from __future__ import annotations

import tracemalloc
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

from typer.testing import CliRunner

from footprint.cli import app
from footprint.config import Settings
from footprint.loading import load_inputs
from footprint.model import Problem
from footprint.samples.bigger import write_bigger
from footprint.sources.base import ParseContext
from footprint.sources.registry import classify


def _parse(folder: Path) -> tuple[Counter[str], Counter[str], list[Problem]]:
    """Records per kind and per format, and every problem, for a folder."""
    kinds: Counter[str] = Counter()
    formats: Counter[str] = Counter()
    problems: list[Problem] = []
    ctx = ParseContext.from_setting("UTC")
    with ExitStack() as stack:
        loaded = load_inputs([folder], Settings(assumed_timezone="UTC").limits, stack)
        problems.extend(loaded.problems)
        for file in loaded.files:
            detection = classify(file)
            if detection.source is None:
                continue
            for item in detection.source.parse(file, ctx):
                if isinstance(item, Problem):
                    problems.append(item)
                elif not getattr(item, "is_system", False):  # the encryption notice
                    kinds[item.kind] += 1
                    formats[detection.source.FORMAT] += 1
    return kinds, formats, problems


def test_bigger_parses_with_the_requested_counts(tmp_path: Path) -> None:
    summary = write_bigger(tmp_path, 2_000)
    assert (summary.messages, summary.payments, summary.points) == (2_000, 400, 2_000)
    kinds, formats, problems = _parse(tmp_path)
    assert not problems
    assert kinds["message"] == 2_000
    assert kinds["payment"] == 400
    assert kinds["location_point"] == 2_000
    assert set(formats) == {"whatsapp", "paypal", "google_timeline"}


def test_bigger_is_deterministic(tmp_path: Path) -> None:
    first = write_bigger(tmp_path / "a", 1_500, payments=40, points=90)
    second = write_bigger(tmp_path / "b", 1_500, payments=40, points=90)
    for left, right in zip(first.files, second.files, strict=True):
        assert left.name == right.name
        assert left.read_bytes() == right.read_bytes()


def test_bigger_streams_instead_of_building_in_memory(tmp_path: Path) -> None:
    tracemalloc.start()
    try:
        summary = write_bigger(tmp_path, 15_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.bytes > 3_000_000
    assert peak < 1_000_000  # a small, constant working set, not the output


def test_bigger_splits_long_histories_into_several_chats(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("footprint.samples.bigger.MESSAGES_PER_CHAT", 500)
    write_bigger(tmp_path, 1_200, payments=0, points=0)
    chats = sorted(p.name for p in tmp_path.glob("WhatsApp Chat with *.txt"))
    assert len(chats) == 3
    kinds, _, problems = _parse(tmp_path)
    assert not problems and kinds["message"] == 1_200


def test_cli_bigger(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["samples", "bigger", "--messages", "300", "--out", str(tmp_path / "big")]
    )
    assert result.exit_code == 0, result.output
    assert "300 messages" in result.output
    assert (tmp_path / "big" / "paypal" / "Download.CSV").is_file()
