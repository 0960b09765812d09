"""Hostile inputs: every case is read without a crash or a hang, named in a clear
message, and the good file next to it is still parsed. Outputs stay in their folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from footprint.config import Settings
from footprint.pii.engine import Detector, build_detector
from footprint.redact.run import redact
from footprint.scan import scan
from footprint.sources.registry import SOURCES

from .generate import CASES, CLAIMED_NAMES, generate

SETTINGS = Settings(assumed_timezone="UTC", spacy_model="none")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return generate(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def detector() -> Detector:
    return build_detector(SETTINGS)


def _good_chat_parsed(result_records: list[object]) -> bool:
    return any(getattr(r, "actor", None) == "Bo" for r in result_records)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("case", sorted(CASES))
def test_case_is_reported_and_the_rest_still_parsed(case: str, corpus: dict[str, Path]) -> None:
    result = scan([corpus[case]], SETTINGS, None, analyse=False)
    assert _good_chat_parsed(result.records), f"{case}: the good chat beside it was not parsed"
    if case not in ("encodings", "injection"):
        assert result.problems, f"{case}: nothing was reported"
        for problem in result.problems:
            assert str(corpus[case]) in problem.path, problem
            assert problem.message


@pytest.mark.timeout(300)
@pytest.mark.parametrize(
    "case", ["deep_json", "huge_integers", "truncated", "binary_garbage", "empty_files"]
)
def test_every_parser_survives_forced_bad_files(case: str, corpus: dict[str, Path]) -> None:
    """Force each file on every format, so every parser meets every broken file."""
    folder = corpus[case]
    files = [p for p in folder.rglob("*") if p.is_file() and "Good Friend" not in p.name]
    for source in SOURCES:
        overrides = {str(path): source.FORMAT for path in files}
        result = scan([folder], SETTINGS, None, overrides=overrides, analyse=False)
        crashed = [p for p in result.problems if p.message.startswith("parser failed")]
        assert not crashed, f"{source.FORMAT} crashed: {crashed[:2]}"


def test_encodings_are_decoded(corpus: dict[str, Path]) -> None:
    result = scan([corpus["encodings"]], SETTINGS, None, analyse=False)
    actors = {getattr(r, "actor", None) for r in result.records}
    assert "Jørgen" in actors
    texts = {getattr(r, "text", None) for r in result.records}
    assert "你好 Ann" in texts
    payees = {getattr(r, "counterparty", None) for r in result.records if r.kind == "payment"}
    assert "Jørgen Ås" in payees


def test_over_long_line_is_cut_and_reported(corpus: dict[str, Path]) -> None:
    folder = corpus["long_line"]
    chat = folder / "longline" / "_chat.txt"
    result = scan([folder], SETTINGS, None, overrides={str(chat): "whatsapp"}, analyse=False)
    cut = [p for p in result.problems if "was cut" in p.message]
    assert {p.path for p in cut} >= {str(chat)}


def test_zip_slip_writes_nothing_outside(
    corpus: dict[str, Path], tmp_path: Path, detector: Detector
) -> None:
    target = Path("/tmp/footprint-slip.txt")
    target.unlink(missing_ok=True)
    out = tmp_path / "out"
    before = set(tmp_path.parent.iterdir())
    result = redact([corpus["zip_slip"]], out, SETTINGS, detector, key=bytes(32))
    assert not target.exists()
    assert set(tmp_path.parent.iterdir()) == before
    for path in out.rglob("*"):
        assert out in path.resolve().parents or path.resolve() == out
    assert result.passed


def test_injection_is_neutralised_in_redacted_csv(
    corpus: dict[str, Path], tmp_path: Path, detector: Detector
) -> None:
    out = tmp_path / "out"
    redact(
        [corpus["injection"]], out, SETTINGS, detector, key=bytes(32), entities={"EMAIL_ADDRESS"}
    )
    csv_text = next(out.rglob("*.CSV")).read_text(encoding="utf-8")
    assert '"=HYPERLINK' not in csv_text
    assert "'=HYPERLINK" in csv_text
    assert "'@SUM" in csv_text


def test_all_claimed_names_are_exercised() -> None:
    assert len(CLAIMED_NAMES) >= 10
    assert os.path.basename(__file__) == "test_hostile.py"
