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
    # a real city and birth date, only the check character wrong: a typo, still theirs
    ("身份证110105194912310021", "110105194912310021"),
    ("53010219800322431X 拍不清楚你自己核对下", "53010219800322431X"),
]
NEGATIVE = [
    "990105194912310021",  # wrong check digit and no city's code
    "110105194913310025",  # month 13
    "110105194902300028",  # 30 February
    "1101051949123100212",  # 19 digits
    "990105 19491231 0021",  # grouped, wrong check digit, no city
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


def test_a_mistyped_number_is_not_certain(patterns_detector: Detector) -> None:
    found = patterns_detector.analyze("身份证110105194912310021")
    assert [r.score < 1.0 for r in found if r.entity_type == ENTITY] == [True]
