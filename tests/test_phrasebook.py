"""The phrasebook: every code in every language, with the same values, and every code the
code base uses is in it. Problems, zone reasons, the detector notice and the inference
methods come out in Chinese, with data values kept as they are."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from footprint.infer.base import Inference
from footprint.model import Problem
from footprint.phrasebook import LANGUAGES, PHRASES, build
from footprint.phrases import Phrase, Term, phrase
from footprint.timezones import SourceEvidence, ZoneClues, decide
from tests.english_runs import english_runs

ROOT = Path(__file__).resolve().parent.parent


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(PHRASES))
def test_every_phrase_has_every_language_and_the_same_values(key: str) -> None:
    texts = PHRASES[key]
    assert set(texts) == set(LANGUAGES), key
    assert all(texts[language].strip() for language in LANGUAGES), key
    assert _fields(texts["zh"]) == _fields(texts["en"]), key


def test_a_missing_language_or_value_fails_the_check() -> None:
    with pytest.raises(ValueError, match="bad_date"):
        build({"bad_date": ("bad date {value!r}",)})
    with pytest.raises(ValueError, match="bad_date"):
        build({"bad_date": ("bad date {value!r}", "")})
    with pytest.raises(ValueError, match="zh takes other values"):
        build({"bad_date": ("bad date {value!r}", "日期无法识别")})


def _used_codes() -> dict[str, set[str]]:
    """Code -> where: every literal code given to problem(), phrase() and Phrase()."""
    used: dict[str, set[str]] = {}
    for path in sorted((ROOT / "footprint").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            argument = None
            if name == "problem" and len(node.args) >= 3:
                argument = node.args[2]
            elif name in ("phrase", "Phrase") and node.args:
                argument = node.args[0]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                used.setdefault(argument.value, set()).add(f"{path.name}:{node.lineno}")
    return used


def test_every_code_in_use_is_in_the_phrasebook() -> None:
    used = _used_codes()
    assert len(used) > 150
    missing = {code: sorted(where) for code, where in used.items() if code not in PHRASES}
    assert not missing, missing


def test_a_problem_in_chinese_keeps_its_data_value() -> None:
    found = Problem(path="pay.csv", locator="row 3", detail=phrase("bad_date", value="2024/13/40"))
    assert found.message == "bad date '2024/13/40'"
    assert found.text("zh") == "pay.csv (row 3): 日期 '2024/13/40' 无法识别"
    assert found.message_id == "bad_date"


def test_library_text_stays_a_value_inside_a_translated_sentence() -> None:
    exc = ValueError("Expecting ',' delimiter: line 1 column 9")
    shown = phrase("invalid_truncated_json", error=exc)
    assert shown.text() == f"invalid or truncated JSON ({exc})"
    assert shown.text("zh") == f"JSON 无效或不完整（{exc}）"


def test_nested_phrases_and_terms_follow_the_language() -> None:
    empty = phrase("no_in_file", what=phrase("transactions_of", name="Alipay"))
    assert empty.text() == "no Alipay transactions in file"
    assert "交易记录" in empty.text("zh")
    reason = Term("reason", "", "no known export format matches this file")
    assert (
        phrase("not_recognised", reason=reason).text("zh") == "无法识别：不符合任何已知的导出格式"
    )


def test_zone_reasons_in_chinese() -> None:
    clues = ZoneClues()
    evidence = [SourceEvidence(label="WeChat chat", format="wechat", clues=clues)]
    evidence[0].currencies["CNY"] = 5
    evidence[0].scripts["Han"] = 10
    evidence[0].texts = 10
    decision = decide(evidence, records=[10], computer=lambda: "UTC")[0]
    assert isinstance(decision.why, Phrase)
    assert decision.reason.startswith("from hints: ")
    chinese = decision.why.text("zh")
    assert chinese.startswith("根据线索：") and "货币（CNY）" in chinese
    assert not english_runs(chinese, "")


def test_the_detector_notice_in_chinese() -> None:
    notice = phrase("detector_no_ner")
    assert notice.text().startswith("No spaCy model is installed")
    assert not english_runs(notice.text("zh"), "")


@pytest.mark.parametrize("key", sorted(k for k in PHRASES if k.startswith("method_")))
def test_every_inference_method_reads_as_chinese(key: str) -> None:
    values = {
        name: phrase("city_from_profile") if name == "how" else "x"
        for name in _fields(PHRASES[key]["en"])
    }
    if key == "method_sensitive":
        values["group"] = Term("sensitive", "health", "Health, from pharmacies")
    method = phrase(key, **values)
    inference = Inference(
        category="places",
        key="home",
        claim="claim",
        value={},
        confidence=0.5,
        method=method,
        evidence=("wechat_pay:pay.csv:row 2",),
    )
    assert inference.to_json()["method"] == method.text()
    assert not english_runs(inference.method_text("zh"), ""), inference.method_text("zh")


def test_problem_codes_are_stable_in_scan_json(tmp_path: Path) -> None:
    from footprint.config import Settings
    from footprint.scan import scan

    (tmp_path / "notes.bin").write_bytes(b"\x00\x01 nothing known")
    result = scan([tmp_path], Settings.from_env(), None, analyse=False)
    (problem,) = result.problems
    assert problem.message_id == "not_recognised"
    assert problem.message == "not recognised: no known export format matches this file"
