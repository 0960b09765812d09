from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "CRYPTO"
POSITIVE = [
    ("btc 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 thanks", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"),
    ("比特币钱包3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),
    (
        "segwit bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    ),
    (
        "eth 0x52908400098527886E0F7030069857D2E4169EE7",
        "0x52908400098527886E0F7030069857D2E4169EE7",
    ),
]
NEGATIVE = [
    "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3",  # checksum fails
    "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr",
    "0x0000000000000000000000000000000000000000",
    "hash 0x52908400",
    "Refund for order 112-4839201-5530213 Spotify",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
