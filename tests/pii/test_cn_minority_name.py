"""Tibetan names (two common name elements) and dotted transliterated names (Uyghur,
Kazakh...) in Chinese text, which have no Han surname."""

from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "PERSON"
POSITIVE = [
    ("扎西顿珠明天到拉萨", ["扎西顿珠"]),
    ("白玛央宗的电话你有吗", ["白玛央宗"]),
    ("我同学索朗多吉考上了", ["索朗多吉"]),
    ("阿依古丽·买买提明天来", ["阿依古丽·买买提"]),
    ("请迪丽娜尔·阿不来提签字", ["迪丽娜尔·阿不来提"]),
    ("我同事古丽米拉·吐尔逊下周回伊犁", ["古丽米拉·吐尔逊"]),
    ("麦麦提艾力·吐尔洪说他晚点到", ["麦麦提艾力·吐尔洪"]),
]
NEGATIVE = [
    "扎西德勒！新年快乐",  # a greeting: one element
    "格桑花开了",
    "北京·朝阳 音乐节",  # places either side of the dot
    "春天·故事",
    "唐·李白",  # one character before the dot
    "车牌粤A·59983",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, expected: list[str]) -> None:
    assert values(patterns_detector, text, ENTITY) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
