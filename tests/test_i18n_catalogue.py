"""Every text a reader sees exists in both languages: claims, labels, rulebooks, formats."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from footprint import localise
from footprint.errors import FootprintError
from footprint.i18n import CATALOGUE, EN, placeholders
from footprint.infer.base import Inference
from footprint.infer.lexicon import load_lexicon
from footprint.score.rulebook import available_rulebooks, load_rulebook, parse_rulebook
from footprint.sources._labels_zh import LABELS_ZH, REASONS_ZH
from footprint.sources.registry import KNOWN_IGNORED, SOURCES
from tests.english_runs import english_runs

INFER = Path(localise.__file__).parent / "infer"


def test_ui_catalogue_has_every_key_in_every_language() -> None:
    for language, strings in CATALOGUE.items():
        assert set(strings) == set(EN), language
        for key, template in strings.items():
            assert placeholders(template) == placeholders(EN[key]), (language, key)


def _claim_keys() -> set[str]:
    """Every ``category/key`` the inference families can write (literal keys and groups)."""
    keys: set[str] = set()
    for path in INFER.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        own = re.search(r'^CATEGORY = "(\w+)"', source, re.M)
        pairs = re.findall(r'category=(CATEGORY|"\w+"),\s*key="(\w+)"', source)
        for category, key in pairs:
            name = own.group(1) if category == "CATEGORY" and own else category.strip('"')
            keys.add(f"{name}/{key}")
    keys |= {"places/home", "places/work"}
    keys |= {f"finances/{flag}" for flag in ("gambling", "gaming", "alcohol", "charity")}
    keys |= {f"sensitive/{g}" for g in ("health", "religion", "sexual_orientation")}
    keys |= {f"sensitive/{g}" for g in ("trade_union", "ethnicity")}
    groups = ("advertisers", "home", "work", "demographics", "places", "interests")
    keys |= {f"platform/platform_{g}" for g in groups}
    return keys


def test_every_claim_has_a_chinese_template() -> None:
    missing = sorted(_claim_keys() - set(localise.ZH_CLAIMS))
    assert not missing


def test_every_lexicon_label_has_chinese() -> None:
    missing = []
    for name in ("finance", "relationships", "sensitive", "sentiment", "topics"):
        lexicon = load_lexicon(name)
        for group, labels in lexicon.groups.items():
            for label in labels.labels:
                if label not in localise.ZH_TERMS.get(group, {}):
                    missing.append(f"{name}/{group}/{label}")
    assert not missing


def test_every_format_and_reason_has_chinese() -> None:
    assert {s.FORMAT for s in SOURCES} <= set(LABELS_ZH)
    assert set(KNOWN_IGNORED.values()) <= set(REASONS_ZH)


@pytest.mark.parametrize("lens", available_rulebooks())
def test_shipped_rulebooks_carry_chinese(lens: str) -> None:
    book = load_rulebook(lens)
    assert book.zh is not None
    zh = book.in_language("zh")
    texts = [zh.title, zh.description, zh.imitates.text, *zh.caveats]
    texts += [g.grade + g.meaning + "".join(g.consequences) for g in zh.grades]
    texts += [r.description + r.imitates.text + (r.imitates.caveat or "") for r in zh.rules]
    for text in texts:
        assert not english_runs(text, "", set()), text


def test_a_rulebook_missing_a_translation_is_refused() -> None:
    text = (Path(localise.__file__).parent / "score" / "rules" / "blacklist.yaml").read_text(
        encoding="utf-8"
    )
    broken = text.replace(
        "    borrowing:\n      description: 向放贷机构",
        "    borrowed:\n      description: 向放贷机构",
    )
    with pytest.raises(FootprintError, match=r"'zh\.rules\.borrowing': missing"):
        parse_rulebook(broken, "broken.yaml")
    no_caveat = text.replace("        caveat: 使用借贷应用只是这类诉讼的替代指标。\n", "")
    with pytest.raises(FootprintError, match=r"borrowing\.imitates\.caveat"):
        parse_rulebook(no_caveat, "broken.yaml")


def test_values_formatted_the_chinese_way() -> None:
    assert localise.money("1800", "CNY", "zh") == "1,800.00元"
    assert localise.money("260.77", "GBP", "zh") == "260.77英镑"
    assert localise.day("2024-03-18", "zh") == "2024年3月18日"
    assert localise.month("2024-04", "zh") == "2024年4月"
    assert localise.term("city", "Chengdu", "zh") == "成都"
    assert localise.listing(["a", "b", "c"], "zh", 2) == "a、b等"


def _inference(category: str, key: str, value: dict[str, object]) -> Inference:
    return Inference(category, key, "English claim.", value, 0.9, "m", ("f#1",))


@pytest.mark.parametrize(
    ("category", "key", "value", "expected"),
    [
        (
            "finances",
            "salary",
            {"amount": "1800.00", "currency": "CNY", "payer": "王姐", "rhythm": "monthly"},
            "王姐每月付给你大约 1,800.00元",
        ),
        ("places", "home_city", {"city": "Chengdu"}, "你很可能常住成都。"),
        (
            "routine",
            "routine_change",
            {
                "pattern": "night_shift",
                "since": "2024-03-18",
                "night_share_before": 0.1,
                "night_share_after": 0.3,
            },
            "2024年3月18日",
        ),
        (
            "sensitive",
            "politics",
            {"value": "critical of government housing policy"},
            "批评政府的住房政策",
        ),
    ],
)
def test_claims_render_in_chinese(
    category: str, key: str, value: dict[str, object], expected: str
) -> None:
    text = localise.claim_text(_inference(category, key, value), "zh")
    assert expected in text
    assert localise.claim_text(_inference(category, key, value), "en") == "English claim."


def test_a_claim_of_unexpected_shape_falls_back_to_english() -> None:
    inference = _inference("finances", "subscriptions", {"subscriptions": 3})
    assert localise.claim_text(inference, "zh") == "English claim."


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("你住在成都。The people closest to you", True),
        ("来自 WeChat Alipay footprint 的数据", False),
        ("Honor of Kings", False),  # in the data corpus below
        ("两个 English words", False),
        ("twitter: Honor of Kings, Mental health", False),
    ],
)
def test_english_runs_finder(text: str, found: bool) -> None:
    corpus = "honor of kings\nmental health"
    assert bool(english_runs(text, corpus)) is found


def test_json_contract_keeps_the_english_claim() -> None:
    inference = _inference("places", "home_city", {"city": "Chengdu"})
    assert json.loads(json.dumps(inference.to_json()))["claim"] == "English claim."


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["今天晚上一起吃火锅吗？", "好的，七点见", "ok"], "zh"),
        (["See you at seven", "sounds good", "微笑"], "en"),
        ([], "en"),
    ],
)
def test_the_language_of_the_data(texts: list[str], expected: str) -> None:
    assert localise.text_language(texts) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("zh-CN", "zh"), ("zh_TW", "zh"), ("en-GB", "en"), ("fr-FR", None), (None, None)],
)
def test_the_browser_language(locale: str | None, expected: str | None) -> None:
    assert localise.browser_language(locale) == expected


def test_minimisation_actions_in_chinese() -> None:
    label = localise.action_label("leave_group:家人群", "Leave the group chat 家人群", "zh")
    assert label == "退出群聊“家人群”（并删除聊天记录）"
    assert localise.action_label("leave_group:x", "Leave x", "en") == "Leave x"
    assert localise.action_label("new_kind:x", "New x", "zh") == "New x"


def test_every_record_field_has_a_chinese_name() -> None:
    import dataclasses

    from footprint import model

    names = {
        spec.name
        for item in vars(model).values()
        if isinstance(item, type)
        and dataclasses.is_dataclass(item)
        and issubclass(item, model.Record)
        for spec in dataclasses.fields(item)
    }
    assert names <= set(localise.ZH_CELLS["field"])


def test_report_lang_option(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from footprint.cli import app

    runner = CliRunner()
    source = tmp_path / "chat.txt"
    source.write_text(
        "[18/03/2024, 09:15:02] 王芳: 今天晚上一起吃火锅吗？我在春熙路等你\n"
        "[18/03/2024, 09:16:40] 李明: 好的，七点见，我给你打电话\n",
        encoding="utf-8",
    )
    refused = runner.invoke(app, ["report", str(source), "--lang", "fr", "--out", "r.html"])
    assert refused.exit_code != 0 and "zh or en" in refused.output
    for lang, heading in ((None, "你的导出数据里有什么"), ("en", "What your exports hold")):
        out = tmp_path / f"r-{lang}.md"
        args = ["report", str(source), "--out", str(out), "--spacy-model", "none"]
        result = runner.invoke(app, [*args, *(["--lang", lang] if lang else [])])
        assert result.exit_code == 0, result.output
        assert out.read_text(encoding="utf-8").startswith(f"# {heading}")
