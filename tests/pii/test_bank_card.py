from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from footprint.pii.recognizers.bank_card import issuer_of
from tests.pii.conftest import values

ENTITY = "CREDIT_CARD"
POSITIVE = [
    ("card 4111 1111 1111 1111 exp 09/27", "4111 1111 1111 1111"),
    ("card 4111  1111  1111  1111 declined", "4111  1111  1111  1111"),  # a form's double spaces
    ("mastercard 5555555555554444", "5555555555554444"),
    ("2-series 2221000000000009 ok", "2221000000000009"),
    ("2720 9999 9999 9996", "2720 9999 9999 9996"),
    ("amex 378282246310005", "378282246310005"),
    ("amex 3782 822463 10005", "3782 822463 10005"),
    ("银行卡号6212345678901232还款", "6212345678901232"),
    ("银联卡号6222021234567890128", "6222021234567890128"),
    ("discover 6011111111111117", "6011111111111117"),
    # The groupings issuers print: 19 digits as 4-4-4-4-3, Diners 4-6-4, Amex with dashes.
    ("工资卡 6228 4800 1234 5678 903", "6228 4800 1234 5678 903"),
    # An expiry date or a CVV after the number is not part of it.
    ("use this one 4111-1111-1111-1111 08/28", "4111-1111-1111-1111"),
    ("4111 1111 1111 1111 09/27 cvv on the back", "4111 1111 1111 1111"),
    ("4111 1111 1111 1111 exp 12/26 cvv 123", "4111 1111 1111 1111"),
    ("pay to 6228-4800-1234-5678-903 pls", "6228-4800-1234-5678-903"),
    ("diners 3056 930902 5904", "3056 930902 5904"),
    ("amex 3714-496353-98431 exp 08/28", "3714-496353-98431"),
    # A UnionPay debit card without a Luhn digit: the context word makes it.
    ("建设银行卡号 6214 8300 5566 7788 990", "6214 8300 5566 7788 990"),
    ("my card number is 6214830055667788990", "6214830055667788990"),
    ("尾号7788那张，全号6214830055667788990", "6214830055667788990"),
    ("use mine 5555-5555-5555-4444 08/28", "5555-5555-5555-4444"),  # expiry right after
    ("4111 1111 1111 1111 09/27 the code's on the back", "4111 1111 1111 1111"),
    # Copied in the writer's own groups (the prefix, then the rest): Luhn decides.
    ("周宁 621700 9458073021573 农业银行", "621700 9458073021573"),
    ("新卡436742 7620075329，钱打这里", "436742 7620075329"),
    ("6225 880329 792320", "6225 880329 792320"),
    ("卡号 62284 7320215 273806", "62284 7320215 273806"),
]
NEGATIVE = [
    "4111 1111 1111 1112",  # Luhn fails
    "1234 5678 9012 3456",
    "refund for order 112-4839201-5530213",
    "7999999999999999",  # Luhn ok? no issuer
    "订单号202403150001",
    "6214 8300 5566 7788 990",  # UnionPay shape, no Luhn digit, no context
    "单号 6214830055667788990 已发货",
    "card 4539 5787 6362 1487",  # a Visa must pass Luhn, context or not
    "3056 930902 5905",  # Diners grouping, Luhn fails
    # Own groupings need Luhn, even with a card word: two numbers side by side fit too.
    "卡号621700 7569193350564",
    "订单 621700 9458 已发货",  # too short for a card
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []


@pytest.mark.parametrize(
    ("number", "issuer"),
    [
        ("2221000000000009", "mastercard"),
        ("6212345678901232", "unionpay"),
        ("4111111111111", "visa"),
    ],
)
def test_issuer(number: str, issuer: str) -> None:
    assert issuer_of(number) == issuer
