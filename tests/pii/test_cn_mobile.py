from __future__ import annotations

import pytest

from footprint.pii.recognizers.cn_mobile import CnMobileRecognizer

POSITIVE = [
    ("手机号是13812345678谢谢", "13812345678"),
    ("联系我：159 1234 5678", "159 1234 5678"),
    ("+8618612345678", "+8618612345678"),
    ("新号(86)139-2468-1357记一下", "(86)139-2468-1357"),
    ("电话（+86）139 2468 1357", "（+86）139 2468 1357"),
    ("call me 手机19396245957", "19396245957"),
    ("号码 177-1234-5678。", "177-1234-5678"),
    ("到了打8613912345678", "8613912345678"),  # the country code without its plus
    ("收货人 86 139 2468 1357", "86 139 2468 1357"),
]
NEGATIVE = [
    "UPS 1Z999AA15839160294 delivered",  # the tail of a tracking code
    "订单号138123456789",  # 12 digits
    "12812345678",  # 12x is not a mobile prefix
    "11111111111",
    "13800000000",  # a placeholder, not a number
    "房间号1203",
    "订单号8613812345678901",  # a longer run of digits
    "编号861281234567",  # 86 + no mobile prefix
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(text: str, value: str) -> None:
    results = CnMobileRecognizer().analyze(text, ["PHONE_NUMBER"])
    assert [text[r.start : r.end] for r in results] == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert CnMobileRecognizer().analyze(text, ["PHONE_NUMBER"]) == []
