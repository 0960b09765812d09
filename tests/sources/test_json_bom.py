"""Every JSON fixture still parses the same behind a byte-order mark, or in UTF-16.

Windows editors save JSON with a UTF-8 mark; every JSON source reads through
``InputFile.open_json``, which drops it (and re-encodes UTF-16/32), so no
format can forget to.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

from footprint.config import Settings
from footprint.loading import MemoryInput
from footprint.scan import scan

from ..conftest import FIXTURES
from ..test_sources_golden import _normalise

SETTINGS = Settings(assumed_timezone="UTC")
JSON_FIXTURES = sorted(
    path.relative_to(FIXTURES).as_posix()
    for path in FIXTURES.rglob("*")
    if path.is_file() and path.suffix in (".json", ".js")
)
JSON_FORMATS = sorted({name.split("/", 1)[0] for name in JSON_FIXTURES})


def _zip(folder: Path, change: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                name = path.relative_to(folder).as_posix()
                archive.writestr(name, change.get(name, path.read_bytes()))
    return buffer.getvalue()


_ORIGINAL: dict[str, dict[str, Any]] = {}


def _scan(fmt: str, change: dict[str, bytes]) -> dict[str, Any]:
    data = _zip(FIXTURES / fmt, change)
    result = scan([MemoryInput(f"{fmt}.zip", data)], SETTINGS, None, analyse=False)
    return _normalise(result, f"{fmt}.zip!/")


def _original(fmt: str) -> dict[str, Any]:
    if fmt not in _ORIGINAL:
        _ORIGINAL[fmt] = _scan(fmt, {})
    return _ORIGINAL[fmt]


def test_there_are_json_fixtures_of_every_json_format() -> None:
    assert len(JSON_FIXTURES) > 90
    assert {"facebook", "messenger", "telegram", "twitter", "google_location"} <= set(JSON_FORMATS)


@pytest.mark.parametrize("fixture", JSON_FIXTURES)
def test_bom_prefixed_copy_parses_the_same(fixture: str) -> None:
    fmt, inner = fixture.split("/", 1)
    data = (FIXTURES / fixture).read_bytes()
    assert not data.startswith(codecs.BOM_UTF8)
    assert _scan(fmt, {inner: codecs.BOM_UTF8 + data}) == _original(fmt)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32"])
@pytest.mark.parametrize("fmt", JSON_FORMATS)
def test_utf16_json_parses_to_the_same_records(fmt: str, codec: str) -> None:
    folder = FIXTURES / fmt
    change = {
        name.split("/", 1)[1]: (FIXTURES / name).read_text(encoding="utf-8").encode(codec)
        for name in JSON_FIXTURES
        if name.startswith(f"{fmt}/")
    }
    assert change and folder.is_dir()
    assert _scan(fmt, change)["records"] == _original(fmt)["records"]


def test_bom_before_messenger_messages_is_not_truncated_json(tmp_path: Path) -> None:
    source = FIXTURES / "messenger/facebook_2022/messages/inbox/jorgenhald_a1b2c3/message_1.json"
    path = tmp_path / "message_1.json"
    path.write_bytes(codecs.BOM_UTF8 + source.read_bytes())
    result = scan([path], SETTINGS, None, analyse=False)
    assert not result.problems, result.problems
    assert result.records


def test_json_sources_open_files_only_through_open_json() -> None:
    """The one JSON entry point: a module that parses JSON never opens raw bytes."""
    sources = Path(__file__).resolve().parents[2] / "footprint" / "sources"
    for module in sorted(sources.glob("*.py")):
        text = module.read_text(encoding="utf-8")
        if any(word in text for word in ("ijson", "JsonWalker", "json.load(")):
            assert ".open()" not in text, f"{module.name}: use file.open_json() for JSON"
