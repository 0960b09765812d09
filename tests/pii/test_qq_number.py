from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "QQ_NUMBER"
POSITIVE = [
    ("q号535295795，加我一起开黑", "535295795"),
    ("你QQ多少？1151893870是你吗", "1151893870"),
    ("我QQ是123456789", "123456789"),
    ("QQ号：10001", "10001"),
    ("扣扣 2847561930 加我", "2847561930"),
    ("my qq is 98765432", "98765432"),
    # A few words of chat between the name and the number.
    ("微信不常看，QQ也可以5172093", "5172093"),
    ("QQ应该是 52718396", "52718396"),
    ("他的qq是不是3306128847啊", "3306128847"),
    ("企鹅号 61839204 有事留言", "61839204"),
    ("扣扣号码为40718352", "40718352"),
    ("我QQ号被盗了 新号2795301146 加一哈", "2795301146"),  # a sentence between
]
NEGATIVE = [
    "QQ群多少？123456789",
    "123456789",
    "QQ号：0123",  # too short, leading zero
    "qq音乐会员",
    "abc@qq.com",
    "QQ群638192047 欢迎加入",  # a group's number
    "QQ飞车上了48000分",  # a score
    "充了QQ会员 12个月 花了30000元",
    "企鹅12345只",  # a penguin is not QQ's nickname without 号
    "QQ十年了，2013年注册的",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
