"""Payment cards of 13-19 digits with a Luhn check and a known issuer prefix.

Covers Visa, Mastercard (51-55 and the 2-series 2221-2720), American Express,
Discover, JCB, Diners and China UnionPay (62, 16-19 digits), plain or written in the
groups issuers print: 4-4-4-4, 4-4-4-4-3 (19 digits), Amex 4-6-5, Diners 4-6-4, with
spaces or dashes. People also copy a card in other groups, most often the issuer's
prefix (BIN) and the rest, ``623058 1499746566874``: any grouping with single spaces
counts when its 16-19 digits pass Luhn with a known prefix (a weak UnionPay reading is
left to the printed groupings, as two numbers side by side would fit too).

A number that passes Luhn with a known prefix is certain. Chinese bank (debit) cards do
not all carry a Luhn digit, so a UnionPay-shaped number that fails it is kept at a weak
score: a context word (卡号, 银行卡, 尾号, "card"), in the text or in the message before
it (see :mod:`footprint.pii.conversation`), is then needed.
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern

from footprint.pii.checksums import digits_of, luhn_ok
from footprint.pii.recognizers.base import FootprintPatternRecognizer


def issuer_of(digits: str) -> str | None:
    """The card scheme a number's prefix and length belong to, or None."""
    length = len(digits)
    two, four, six = int(digits[:2]), int(digits[:4]), int(digits[:6])
    if digits[0] == "4" and length in (13, 16, 19):
        return "visa"
    if (51 <= two <= 55 or 2221 <= four <= 2720) and length == 16:
        return "mastercard"
    if two in (34, 37) and length == 15:
        return "amex"
    if two == 62 and 16 <= length <= 19:
        return "unionpay"
    if (four == 6011 or two == 65 or 644 <= int(digits[:3]) <= 649) and length in (16, 19):
        return "discover"
    if 3528 <= four <= 3589 and 16 <= length <= 19:
        return "jcb"
    if (two in (36, 38, 39) or 300000 <= six <= 305999) and 14 <= length <= 19:
        return "diners"
    return None


class BankCardRecognizer(FootprintPatternRecognizer):
    ENTITY = "CREDIT_CARD"
    PATTERNS: ClassVar[list[Pattern]] = [
        # Groups of four, and the same with a short last group (4-4-4-4-3): two patterns,
        # so an expiry date after the number ("... 9637 08/28") is never read as its tail.
        # Groups parted by a dash or by one or two spaces (a form's layout: "4049  6139 ...").
        Pattern("card_grouped", r"(?<![0-9])[0-9]{4}(?:(?: {1,2}|-)[0-9]{4}){2,3}(?![0-9])", 0.3),
        Pattern(
            "card_grouped_tail",
            r"(?<![0-9])[0-9]{4}(?:[ \-][0-9]{4}){2,3}[ \-][0-9]{1,3}(?![0-9/.:\-])",
            0.3,
        ),
        Pattern("card_amex", r"(?<![0-9])3[47][0-9]{2}[ \-][0-9]{6}[ \-][0-9]{5}(?![0-9])", 0.3),
        Pattern(
            "card_diners", r"(?<![0-9])3[0689][0-9]{2}[ \-][0-9]{6}[ \-][0-9]{4}(?![0-9])", 0.3
        ),
        Pattern("card_plain", r"(?<![0-9])[0-9]{13,19}(?![0-9])", 0.3),
        # The prefix and the rest, or other groups with single spaces (checked below).
        Pattern("card_spaced", r"(?<![0-9])[0-9]{4,8}(?: [0-9]{3,15}){1,3}(?![0-9])", 0.3),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "card", "visa", "mastercard", "amex", "debit", "credit", "card number", "卡号", "银行卡",
        "信用卡", "银联", "储蓄卡", "借记卡", "工资卡", "尾号", "银行", "开户行",
        # A Chinese personal account's number is its card's: 账号 6222...
        "账号", "帐号", "账户", "帐户",
    ]  # fmt: skip
    MIN_DIGITS = 13
    CONVERSATION = True

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = digits_of(pattern_text)
        issuer = issuer_of(digits) if 13 <= len(digits) <= 19 else None
        if issuer is None:
            return False
        if not _PRINTED.fullmatch(pattern_text):  # a grouping of the writer's own
            return len(digits) >= 16 and luhn_ok(digits)
        if luhn_ok(digits):
            return True
        return None if issuer == "unionpay" else False  # no Luhn digit: context decides


# Plain, or in the groups issuers print (see the patterns above).
_PRINTED = regex.compile(
    r"[0-9]{13,19}|[0-9]{4}(?:([ \-])[0-9]{4}){2,3}(?:\1[0-9]{1,3})?"
    r"|3[0-9]{3}([ \-])[0-9]{6}\2[0-9]{4,5}"
)
