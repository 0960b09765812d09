"""Properties every source must hold, whatever bytes it is given."""

from __future__ import annotations

import io
import zipfile
from contextlib import ExitStack

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from footprint.config import Limits
from footprint.loading import Container, InputFile, MemoryInput, load_inputs
from footprint.model import Problem, ProblemCode, Record
from footprint.sources.base import ParseContext, SourceModule
from footprint.sources.registry import SOURCES

CTX = ParseContext()


def _memory_file(name: str, data: bytes) -> InputFile:
    container = Container(display="(memory)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


def _sample_name(source: SourceModule) -> str:
    pattern = source.PATHS[0] if source.PATHS else "file.txt"
    return pattern.replace("*", "x")


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.FORMAT)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2048))
@example(data=b"\x00\x00\x00\x01\x00")  # looks like UTF-32-BE, then is cut mid-character
def test_arbitrary_bytes_yield_only_records_and_declared_problems(
    source: SourceModule, data: bytes
) -> None:
    file = _memory_file(_sample_name(source), data)
    confidence = source.detect(file)
    assert 0.0 <= confidence <= 1.0
    for item in source.parse(file, CTX):
        assert isinstance(item, Record | Problem)
        if isinstance(item, Problem):
            assert isinstance(item.code, ProblemCode)
            assert item.path == file.display


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.FORMAT)
@settings(max_examples=40, deadline=None)
@given(text=st.text(max_size=1024))
def test_arbitrary_text_never_raises(source: SourceModule, text: str) -> None:
    file = _memory_file(_sample_name(source), text.encode("utf-8"))
    for item in source.parse(file, CTX):
        assert isinstance(item, Record | Problem)


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.FORMAT)
def test_empty_file_gives_a_problem_not_records(source: SourceModule) -> None:
    items = list(source.parse(_memory_file(_sample_name(source), b""), CTX))
    assert not [item for item in items if isinstance(item, Record)]


def test_contract_attributes() -> None:
    formats = [source.FORMAT for source in SOURCES]
    assert len(formats) == len(set(formats))
    for source in SOURCES:
        assert source.CATEGORY in {"chat", "payment", "social", "location", "activity"}
        assert source.LABEL


def test_truncated_zip_is_a_problem() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("_chat.txt", "[2024-01-01, 10:00:00] A: hi\n" * 100)
    data = buffer.getvalue()[:-40]
    with ExitStack() as stack:
        loaded = load_inputs([MemoryInput("cut.zip", data)], Limits(), stack)
    assert loaded.problems
    assert "cut.zip" in loaded.problems[0].path
