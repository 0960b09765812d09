"""Coverage-guided fuzzing of every parser with atheris (run locally, not in CI).

    .venv/bin/pip install atheris
    .venv/bin/python tests/fuzz/atheris_parsers.py -max_total_time=600 [corpus_dir]

Each input is offered to every source under its typical file name, through the same
InputFile and JSON guard the real pipeline uses. Any exception other than the
declared problem values is a finding: parsers must yield Problems, never raise.
"""

from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports(include=["footprint"]):
    from footprint.loading import Container, InputFile, JsonNestingError
    from footprint.model import Problem, Record
    from footprint.sources.base import ParseContext
    from footprint.sources.registry import SOURCES

CONTEXT = ParseContext()


def _file(name: str, data: bytes) -> InputFile:
    container = Container(display="(fuzz)")
    file = InputFile(path=name, display=name, size=len(data), _opener=lambda: io.BytesIO(data))
    container.add(file)
    return file


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    source = SOURCES[provider.ConsumeIntInRange(0, len(SOURCES) - 1)]
    payload = provider.ConsumeBytes(provider.remaining_bytes())
    name = (source.PATHS[0] if source.PATHS else "file.txt").replace("*", "x")
    file = _file(name, payload)
    source.detect(file)
    try:
        for item in source.parse(file, CONTEXT):
            if not isinstance(item, Record | Problem):
                raise TypeError(f"{source.FORMAT} yielded {type(item).__name__}")
    except JsonNestingError:
        pass  # the stream guard's own refusal; the pipeline reports it as a problem


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
