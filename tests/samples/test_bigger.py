"""``footprint samples bigger``: streamed, deterministic, and every importer reads it cleanly."""

from __future__ import annotations

import json
import math
import tracemalloc
from collections import Counter
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from footprint.cli import app
from footprint.config import Settings
from footprint.loading import load_inputs
from footprint.model import Problem
from footprint.samples.bigger import HOME, HOME_TZ, MIB, RECORDS_PATH, WORK, write_bigger
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


def _records(path: Path) -> list[dict[str, Any]]:
    locations: list[dict[str, Any]] = json.loads(path.read_text(encoding="ascii"))["locations"]
    return locations


def test_location_history_parses_with_the_fixes_written(tmp_path: Path) -> None:
    summary = write_bigger(tmp_path, 10, payments=0, points=0, location_history_mb=1)
    records = summary.files[-1]
    assert records == tmp_path / RECORDS_PATH
    assert abs(records.stat().st_size - MIB) < 2_000  # within a fix of the size asked for
    locations = _records(records)
    assert len(locations) == summary.location_fixes > 3_000
    # older entries carry timestampMs strings, newer ones ISO timestamps
    assert any("timestampMs" in fix for fix in locations)
    assert any("timestamp" in fix for fix in locations)
    assert any("activity" in fix for fix in locations)
    kinds, formats, problems = _parse(tmp_path)
    assert not problems
    assert kinds["location_point"] == summary.location_fixes
    assert formats["google_location"] == summary.location_fixes


def _metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Flat-earth distance, exact enough within a city."""
    north = (a[0] - b[0]) * 111_320
    east = (a[1] - b[1]) * 111_320 * math.cos(math.radians(a[0]))
    return math.hypot(north, east)


def test_location_history_follows_home_and_work(tmp_path: Path) -> None:
    write_bigger(tmp_path, 10, payments=0, points=0, location_history_mb=3)
    nights, office_hours = [], []
    for fix in _records(tmp_path / RECORDS_PATH):
        ms = int(fix["timestampMs"]) if "timestampMs" in fix else None
        when = (
            datetime.fromtimestamp(ms / 1000, UTC)
            if ms is not None
            else datetime.fromisoformat(fix["timestamp"])
        ).astimezone(HOME_TZ)
        where = (fix["latitudeE7"] / 1e7, fix["longitudeE7"] / 1e7)
        if 1 <= when.hour < 5:
            nights.append(where)
        elif when.weekday() < 5 and 10 <= when.hour < 12:
            office_hours.append(where)
    assert len(nights) > 500 and len(office_hours) > 200
    at_home = sum(_metres(where, HOME) < 250 for where in nights)
    at_work = sum(_metres(where, WORK) < 250 for where in office_hours)
    assert at_home > 0.8 * len(nights)
    assert at_work > 0.6 * len(office_hours)


def test_location_history_is_deterministic(tmp_path: Path) -> None:
    first = write_bigger(tmp_path / "a", 10, payments=0, points=0, location_history_mb=0.3)
    second = write_bigger(tmp_path / "b", 10, payments=0, points=0, location_history_mb=0.3)
    other = write_bigger(tmp_path / "c", 10, payments=0, points=0, location_history_mb=0.3, seed=8)
    assert first.files[-1].read_bytes() == second.files[-1].read_bytes()
    assert first.files[-1].read_bytes() != other.files[-1].read_bytes()


def _generator_peak(out: Path, megabytes: float) -> int:
    tracemalloc.start()
    try:
        write_bigger(out, 1, payments=0, points=0, location_history_mb=megabytes)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


def test_location_history_memory_does_not_grow_with_size(tmp_path: Path) -> None:
    small = _generator_peak(tmp_path / "small", 2)
    large = _generator_peak(tmp_path / "large", 8)
    assert (tmp_path / "large" / RECORDS_PATH).stat().st_size > 8_000_000
    assert large < small * 1.3 + 20_000
    assert large < 500_000


def test_cli_bigger_location_history(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["samples", "bigger", "--messages", "5", "--points", "0", "--location-history-mb", "0.2",
         "--out", str(tmp_path / "big")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "location-history fixes" in result.output
    assert (tmp_path / "big" / RECORDS_PATH).stat().st_size > 200_000


def test_a_history_may_begin_in_the_middle_of_a_holiday() -> None:
    # The span's first day is set by the size asked for; it can fall on a holiday abroad.
    import random
    from datetime import date, timedelta

    from footprint.samples.bigger import _Life

    first = date(2019, 6, 10)
    life = _Life(random.Random(1), first)
    life.holiday_year = first.year
    life.holiday = (first - timedelta(days=2), 8, 0)
    assert life._plan(first)  # departs that day instead of failing
    assert life._plan(first + timedelta(days=1))
