from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "WECHAT_ID"
POSITIVE = [
    ("加我微信zhang_wei88", "zhang_wei88"),
    ("微信号：liuyang_1990", "liuyang_1990"),
    ("my wechat is wx_amy2024", "wx_amy2024"),
    ("vx: lily-chen99 谢谢", "lily-chen99"),
    ("V信：amy_2024", "amy_2024"),
    ("薇信 zhangsan_88", "zhangsan_88"),
    ("wxid_abc12345 是我的号", "wxid_abc12345"),
    ("我的是wxid_k9x8c7v6b5，你搜", "wxid_k9x8c7v6b5"),
    ("加我 lily_chen99 备注同学", "lily_chen99"),
    ("好友申请发了，搜tom2024_gz", "tom2024_gz"),
]
NEGATIVE = [
    "zhang_wei88",  # no keyword
    "微信红包",
    "wechat is awesome",
    "发微信给我",
    "加班到10点，订单INV-2024-0042",  # an asking word, but no ID near it
    "Invoice INV-2024-0042",
    "my code is AB123456",
    "加油 abcdef",  # a word, not an ID
    "wxid_ab",  # too short
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []


# IDs in Chinese text without a WeChat keyword (wechat_id_shape).
FREE_POSITIVE = [
    ("这个 yt_wr6620 是他", "yt_wr6620"),  # letters and digits joined by "_": alone
    ("我号 qpx_lo77", "qpx_lo77"),
    ("加我 kmz_4419", "kmz_4419"),
    ("找她就行ruo_xi2016，说是我介绍的", "ruo_xi2016"),  # glued to Han characters
    ("我号 chenyu1987", "chenyu1987"),  # letters and digits: with a context word
    ("搜我 su_mengqi 就行", "su_mengqi"),  # an underscore without digits: with context
]
FREE_NEGATIVE = [
    "chenyu1987 是我",  # letters and digits without context
    "买了 iphone15 手机",
    "发你IMG_2034那张",  # a code in capitals
    "看看 report_20240315 文件",  # a date stamp
    "邮箱 lin_xr0412@qq.com",  # an e-mail address, not an ID
    "https://x.com/lin_xr0412 看",
    "把 user_id 改一下",
    "发你 img_2034.jpg",  # a file name
    "版本 v2_final 好了",
    "订单INV-2024-0042",
    "the file is lin_xr0412 ok",  # English text: needs the keyword (wechat_id)
    "微信找不到就加QQ5827301",  # QQ and its number, written together
]


@pytest.mark.parametrize(("text", "value"), FREE_POSITIVE)
def test_finds_without_keyword(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", FREE_NEGATIVE)
def test_ignores_without_keyword(patterns_detector: Detector, text: str) -> None:
    found = [r for r in patterns_detector.analyze(text) if r.entity_type == ENTITY]
    assert found == []
