"""English first names written inside Chinese text, and Latin words there that are not."""

from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from footprint.pii.recognizers.latin_name_in_chinese import LatinNameInChineseRecognizer
from tests.pii.conftest import values

POSITIVE = [
    ("Gordon啱啱打嚟话今晚唔返", ["Gordon"]),  # glued to Cantonese after it
    ("那个Wendy是谁 好像是财务的", ["Wendy"]),
    ("谢谢Patrick帮我带的咖啡", ["Patrick"]),
    ("我刚跟Fiona视频了", ["Fiona"]),
    ("佢叫Vincent 中文名叫志明", ["Vincent"]),  # a space, then Chinese
    ("Jason让我转告你明天开会", ["Jason"]),  # a word too, but Chinese borrows few such
]
NEGATIVE = [
    "下载App看看",  # a loanword a first-name list happens to hold
    "Switch包邮吗",
    "iPhone 15 Pro Max 256G 九五新",  # beside other Latin words: a product
    "Mary Kay的面霜好用",  # a brand of two words
    "Sunny的主页",  # a word only the long SSA list has: left to context
    "我在用Python写脚本",
]


@pytest.fixture(scope="module")
def recognizer(ner_detector: Detector) -> LatinNameInChineseRecognizer:
    found = LatinNameInChineseRecognizer()
    found.warm()
    found.use_dictionary(ner_detector.dictionary)
    return found


@pytest.mark.parametrize(("text", "names"), POSITIVE)
def test_finds(recognizer: LatinNameInChineseRecognizer, text: str, names: list[str]) -> None:
    assert [text[r.start : r.end] for r in recognizer.analyze(text)] == names


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(recognizer: LatinNameInChineseRecognizer, text: str) -> None:
    assert recognizer.analyze(text) == []


def test_in_the_detector(ner_detector: Detector) -> None:
    assert "Patrick" in values(ner_detector, "谢谢Patrick帮我带的咖啡", "PERSON")
