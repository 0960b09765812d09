from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "EMAIL_ADDRESS"
POSITIVE = [
    ("write to hannah.horton@example.co.uk please", "hannah.horton@example.co.uk"),
    ("邮箱是abc@qq.com吧", "abc@qq.com"),
    ("发到我邮箱zhangwei123@163.com，谢谢", "zhangwei123@163.com"),
    ("<bob+news@mail.example.org>", "bob+news@mail.example.org"),
    ("Email: J.Smith@Outlook.com.", "J.Smith@Outlook.com"),
]
NEGATIVE = [
    "meet @ 6 at the pub",
    "follow @brandon_wells",
    "user@localhost",
    "a@b.notarealtld",
    "price: 3@4.50",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []


def test_no_url_for_the_domain(patterns_detector: Detector) -> None:
    results = patterns_detector.analyze(
        "mail me at liam.perry@example.com or see example.com/about"
    )
    types = [r.entity_type for r in results]
    assert types.count("EMAIL_ADDRESS") == 1
    assert [r for r in results if r.entity_type == "URL" and r.start < 30] == []
