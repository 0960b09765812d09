"""Payment cards of 13-19 digits with a Luhn check and a known issuer prefix.

Covers Visa, Mastercard (51-55 and the 2-series 2221-2720), American Express,
Discover, JCB, Diners and China UnionPay (62, 16-19 digits).
"""

from __future__ import annotations

from typing import ClassVar

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
        Pattern(
            "card_grouped",
            # The short tail (19-digit cards) must not be an expiry date's month: "... 09/27".
            r"(?<![0-9])[0-9]{4}(?:[ \-][0-9]{4}){2,3}(?:[ \-][0-9]{1,3}(?![0-9/.:]))?(?![0-9])",
            0.3,
        ),
        Pattern("card_amex", r"(?<![0-9])3[47][0-9]{2}[ \-][0-9]{6}[ \-][0-9]{5}(?![0-9])", 0.3),
        Pattern("card_plain", r"(?<![0-9])[0-9]{13,19}(?![0-9])", 0.3),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "card", "visa", "mastercard", "amex", "debit", "credit", "卡号", "银行卡", "信用卡", "银联"
    ]  # fmt: skip
    MIN_DIGITS = 13

    def validate_result(self, pattern_text: str) -> bool:
        digits = digits_of(pattern_text)
        return 13 <= len(digits) <= 19 and issuer_of(digits) is not None and luhn_ok(digits)
