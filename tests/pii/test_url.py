from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "URL"
POSITIVE = [
    (
        "here's my profile https://www.instagram.com/brandon_w.",
        "https://www.instagram.com/brandon_w",
    ),
    ("链接www.example.cn/abc谢谢", "www.example.cn/abc"),
    ("see github.com/someone/dotfiles", "github.com/someone/dotfiles"),
    # A location share is one link, longitude included.
    (
        "\u200eLocation: https://maps.google.com/?q=33.74632,-84.33271",
        "https://maps.google.com/?q=33.74632,-84.33271",
    ),
    ("see x.com/a, b and c", "x.com/a"),  # a comma before a word ends the link
    (
        "我在这 https://uri.amap.com/marker?position=121.47,31.23，快来",
        "https://uri.amap.com/marker?position=121.47,31.23",
    ),
]
NEGATIVE = [
    "mail hannah@example.com",
    "I like example.com",  # a bare domain is not a link to someone
    "lol...ok",
    "3.5/5 stars",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
