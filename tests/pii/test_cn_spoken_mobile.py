"""Mainland mobiles read out in Chinese numerals (voice input): positives and negatives."""

from __future__ import annotations

import pytest

from footprint.pii.recognizers.cn_spoken_mobile import CnSpokenMobileRecognizer, spoken_digits

POSITIVE = [
    ("我手机是幺三九零零七二二八五一你存一下", "幺三九零零七二二八五一"),
    ("号码一五八 二二六七 四零九三", "一五八 二二六七 四零九三"),
    ("打幺八六-四四二零-七七三一", "幺八六-四四二零-七七三一"),
    ("电话是一七七两三四五六八九零", "一七七两三四五六八九零"),  # 两 for 2
]
NEGATIVE = [
    "一二三四五六七八九十一",  # counting, and 十 is no digit
    "幺二三四五六七八九零一",  # 12x is no mobile prefix
    "一三九九九九九九九九九",  # a placeholder run
    "三月一日到五月二十日",
    "幺三九零零七二二八五",  # ten numerals
    "一三九零零七二二八五一二",  # twelve
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(text: str, value: str) -> None:
    results = CnSpokenMobileRecognizer().analyze(text, ["PHONE_NUMBER"])
    assert [text[r.start : r.end] for r in results] == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert CnSpokenMobileRecognizer().analyze(text, ["PHONE_NUMBER"]) == []


def test_spoken_digits() -> None:
    assert spoken_digits("幺三九 零零七 两二八") == "139007228"
