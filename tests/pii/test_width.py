"""Full-width digits and letters are read as ASCII, at the user's own offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footprint.pii.engine import Detector
from footprint.pii.width import fold_width
from tests.pii.conftest import values

CASES = [
    # text, entity, expected values (as written)
    ("我的新号１５９ ００７９ ３００３，存一下", "PHONE_NUMBER", ["１５９ ００７９ ３００３"]),
    ("电话：１３６　６９７２　０５４１", "PHONE_NUMBER", ["１３６　６９７２　０５４１"]),
    ("他手机１８６１２３４５６７８９一直关机", "PHONE_NUMBER", []),  # 12 digits: no mobile
    (
        "邮箱ｌｉｎ＿ｍｅｉ＠ｅｘａｍｐｌｅ．ｃｏｍ谢谢",
        "EMAIL_ADDRESS",
        ["ｌｉｎ＿ｍｅｉ＠ｅｘａｍｐｌｅ．ｃｏｍ"],
    ),
    (
        "身份证号１１０１０５１９４９１２３１００２Ｘ",
        "CN_RESIDENT_ID",
        ["１１０１０５１９４９１２３１００２Ｘ"],
    ),
    ("金额１２３４５元，订单号见截图", "PHONE_NUMBER", []),
]


@pytest.mark.parametrize(("text", "entity", "expected"), CASES)
def test_full_width_identifiers(
    patterns_detector: Detector, text: str, entity: str, expected: list[str]
) -> None:
    assert values(patterns_detector, text, entity) == expected


def test_chinese_punctuation_is_kept() -> None:
    assert fold_width("姓名：（小王），好的！") == "姓名：（小王），好的！"


@given(st.text())
def test_folding_keeps_every_offset(text: str) -> None:
    folded = fold_width(text)
    assert len(folded) == len(text)
    assert fold_width(folded) == folded
    assert all(a == b for a, b in zip(text, folded, strict=True) if a.isascii())
