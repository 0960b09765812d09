from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "LICENSE_PLATE"
POSITIVE = [
    ("dashcam caught 6WYY412 running the red at 5th and Main", "6WYY412"),
    ("mija llegó una multa para tu carro KHT 482 aquí", "KHT 482"),  # Spanish context
    ("heads up: PLN 4417 silver corolla keeps cutting everyone off", "PLN 4417"),  # a model
    ("listen, Ravi ki gaadi 7EMW22 tow ho gayi", "7EMW22"),  # Hindi's word for the car
    ("好的 我的也登记了 川A·7K2Q9", "川A·7K2Q9"),
    ("车牌号京A12345，停在B2", "京A12345"),
    ("新车粤BD12345到了", "粤BD12345"),  # new-energy: six characters
    ("公交粤B12345D进站", "粤B12345D"),  # a new-energy bus or lorry: D or F last
    ("我到了 车牌粤A D72K91 白色那台", "粤A D72K91"),  # six in another order, beside 车牌
    ("沪C-8G3K1", "沪C-8G3K1"),
    ("parked outside, grey golf YK19 HBN", "YK19 HBN"),
    ("reg is AB51ABC", "AB51ABC"),
    ("her car AB51 ABC is at the MOT", "AB51 ABC"),
    ("her plate is CKL-R47 btw", "CKL-R47"),
    ("new tags 7ABC123 came", "7ABC123"),
    ("whose truck is KLM 4821 blocking the gate", "KLM 4821"),
    ("plate on the new car is TX RKZ 907, a red one", "RKZ 907"),  # a state before it
    # Spaced, with a DVLA region, a March/September age identifier and random letters:
    # reported without a vehicle word.
    ("grey astra LB07 XKR outside", "LB07 XKR"),
    ("that's SN68 WZT again", "SN68 WZT"),
    ("ok YA24 PVJ", "YA24 PVJ"),
    ("我的车牌是 LB07 XKR 灰色的", "LB07 XKR"),  # in Chinese, next to its word
    ("my car reg is lb07 xkr", "lb07 xkr"),  # typed in lower case, next to its word
    ("parking permit for sn68wzt pls", "sn68wzt"),
    # a fine or a charge that names a vehicle by its registration
    ("ANPR fine for DU24ZRJ but she had the car", "DU24ZRJ"),
    ("PCN for AB51ABC came today", "AB51ABC"),
    ("speeding ticket, plate was 8AZE366", "8AZE366"),
    ("out front in the silver toyota, JRV 582", "JRV 582"),  # the car by its make
]
NEGATIVE = [
    "Ticket JIRA-2291 is blocked",  # a ticket, not a car blocking a drive
    "my phone charger broke, order AB1234 arrives friday",  # a charger is no car
    "landed in Dublin on EZY245, taxi queue is massive",  # a flight number
    "粤AD72K91",  # six in another order, with no word for a plate
    "川A区会议室",  # no digit in the serial
    "京东618活动",  # not a province + office letter + serial
    "GU10 LED bulbs",  # three letters after the digits: not a UK registration
    "meet at 10AM at B2",
    "order ABC-1234 shipped",  # letters and digits, but nothing says plate
    "model X5 2024 edition",
    "the car cost 25K in 2023",  # a price and a year, not a plate
    "CO 12-345-6789",
    "spotted LB07XKR outside",  # unspaced: needs a vehicle word
    "see TB07 XKR",  # T names no DVLA region
    "see LI07 XKR",  # I is never in a memory tag
    "see LB01 XKR",  # 01 was never issued (September 2001 was 51)
    "see LB45 XKR",  # 45 is neither a March nor a September identifier
    "see LB07 XQR",  # Q is never in the random letters
    "fitted MR16 LED spots",  # a lamp base
    "TESCO STORES LS12 ARM",  # all capitals: a postcode district and a word
    "our FY24 YTD numbers",  # a fiscal year
    "lb07 xkr",  # lower case alone: needs its word
    "型号 LB07 XKR 已售完",  # Chinese text without a vehicle word
    "cop wrote down my DL # A9717904",  # a driver's licence named right before it
    "license: K2048173 for the car",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
