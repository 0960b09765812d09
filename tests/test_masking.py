"""footprint.masking.hide: one function for every value shown while values are hidden."""

from __future__ import annotations

import pytest

from footprint.masking import hide, known_values, mask

KNOWN = known_values(
    [("PERSON", "Yusuf Rahman"), ("EMAIL_ADDRESS", "yusuf.rahman@example.com"),
     ("PERSON", "王小明"), ("DATE_TIME", "2024"), ("PHONE_NUMBER", "+44 7700 900474")]
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Your exports identify you by names: Yusuf Rahman.", ["Yusuf Rahman"]),
        ("WhatsApp Chat with Yusuf Rahman.txt#line 4", ["Yusuf Rahman"]),
        ("e-mails: yusuf.rahman@example.com, other@example.org", ["yusuf.rahman", "other@"]),
        ("call 07700900474 or +44 7700 900474", ["07700900474", "+44 7700 900474"]),
        ("call +1 (415) 555-0100 today", ["+1 (415) 555-0100"]),
        ("你的导出用名字识别你：王小明。", ["王小明"]),
    ],
)
def test_known_values_and_shapes_are_masked_inside_texts(text: str, hidden: list[str]) -> None:
    shown = hide(text, False, KNOWN)
    for value in hidden:
        assert value not in shown
    assert "•" in shown
    assert hide(text, True, KNOWN) == text


def test_dates_and_ordinary_words_stay_readable() -> None:
    text = "In 2024 you slept from 23:40 to 07:10 on 12 of 14 nights."
    assert hide(text, False, KNOWN) == text


@pytest.mark.parametrize(
    "value", ["@shaun_wells29", "shaun@wells29", "ab", "a@b.co", "u/yusuf_rides"]
)
def test_every_masked_value_hides_something(value: str) -> None:
    masked = mask(value)
    assert "•" in masked and masked != value
    assert value.lstrip("@") not in masked


def test_a_whole_value_is_masked_as_a_unit() -> None:
    assert hide("Yusuf Rahman", False, whole=True) == mask("Yusuf Rahman")
    assert hide(None, False) == ""
    assert hide("Yusuf Rahman", True, whole=True) == "Yusuf Rahman"
