from __future__ import annotations

from datetime import date

import pytest

from footprint.pii.checksums import cn_resident_id_ok
from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "CN_RESIDENT_ID"
POSITIVE = [
    ("身份证11010519491231002X", "11010519491231002X"),
    ("我的身份证是440305199406137631，帮我订票", "440305199406137631"),
    ("ID 11010519491231002x.", "11010519491231002x"),
    ("身份证 110105 19491231 002X 发你了", "110105 19491231 002X"),
    ("证件号110105-19491231-002X", "110105-19491231-002X"),
]
NEGATIVE = [
    "身份证110105194912310021",  # wrong check digit
    "110105194913310025",  # month 13
    "110105194902300028",  # 30 February
    "1101051949123100212",  # 19 digits
    "110105 19491231 0021",  # grouped, wrong check digit
    "订单号202403150001123456",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []


def test_birth_date_must_be_past() -> None:
    assert cn_resident_id_ok("11010519491231002X")
    assert not cn_resident_id_ok("11010519491231002X", today=date(1949, 12, 30))
