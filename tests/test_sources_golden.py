"""Every source against its fixtures, as a folder and as a zip, compared to goldens.

Regenerate the goldens after an intended change with ``pytest --update-goldens``.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from footprint.config import Settings
from footprint.loading import MemoryInput
from footprint.model import record_to_dict
from footprint.scan import ScanResult, scan
from footprint.sources.registry import SOURCES

from .conftest import FIXTURES, GOLDEN

SETTINGS = Settings(assumed_timezone="UTC")
FORMATS = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


def _zip_folder(folder: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return buffer.getvalue()


def _normalise(result: ScanResult, prefix: str) -> dict[str, Any]:
    def strip(path: str) -> str:
        return path.removeprefix(prefix)

    records = []
    for record in result.records:
        row = record_to_dict(record)
        row["path"] = strip(row["path"])
        records.append(row)
    records.sort(key=lambda row: (row["path"], row["locator"], row["kind"]))
    problems = sorted(
        (
            {
                "path": strip(p.path),
                "locator": p.locator,
                "code": p.code.value,
                "message": p.message,
            }
            for p in result.problems
        ),
        key=lambda p: (p["path"], p["locator"], p["message"]),
    )
    return {"records": records, "problems": problems}


def _scan_folder(fmt: str) -> dict[str, Any]:
    folder = FIXTURES / fmt
    result = scan([folder], SETTINGS, None, analyse=False)
    return _normalise(result, f"{folder}/")


def test_every_source_has_fixtures() -> None:
    assert sorted(s.FORMAT for s in SOURCES) == FORMATS


@pytest.mark.parametrize("fmt", FORMATS)
def test_fixtures_match_golden(fmt: str, update_goldens: bool) -> None:
    actual = _scan_folder(fmt)
    golden = GOLDEN / f"{fmt}.json"
    text = json.dumps(actual, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if update_goldens or not golden.exists():
        golden.write_text(text, encoding="utf-8")
        if not update_goldens:
            pytest.fail(f"golden {golden.name} was missing and has been written; check it in")
    assert json.loads(golden.read_text(encoding="utf-8")) == json.loads(text)


@pytest.mark.parametrize("fmt", FORMATS)
def test_fixtures_detected_as_their_format(fmt: str) -> None:
    result = scan([FIXTURES / fmt], SETTINGS, None, analyse=False)
    formats = {status.format for status in result.files if status.status == "parsed"}
    assert formats == {fmt}
    assert result.records, "fixtures must produce records"


@pytest.mark.parametrize("fmt", FORMATS)
def test_zipped_fixtures_parse_the_same(fmt: str) -> None:
    folder_result = _scan_folder(fmt)
    data = _zip_folder(FIXTURES / fmt)
    zipped = scan([MemoryInput(f"{fmt}.zip", data)], SETTINGS, None, analyse=False)
    assert _normalise(zipped, f"{fmt}.zip!/") == folder_result


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_fixture_folder_has_a_corrupt_file(fmt: str) -> None:
    assert _scan_folder(fmt)["problems"], f"{fmt} fixtures need a corrupt file"


@pytest.mark.parametrize("fmt", FORMATS)
def test_records_are_timezone_aware_and_locatable(fmt: str) -> None:
    result = scan([FIXTURES / fmt], SETTINGS, None, analyse=False)
    for record in result.records:
        assert record.locator
        assert record.path
        if record.timestamp is not None:
            assert record.timestamp.utcoffset() is not None
