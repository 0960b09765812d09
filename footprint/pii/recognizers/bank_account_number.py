"""Bank account numbers (6-17 digits, 22 in Chinese) right after a word that names an account.

``acct 12345678``, ``account # is 12345678``, ``a/c: 12345678``, ``checking 12345678``,
``XFER TO SAV ACCT 12345678`` in a bank memo, ``银行账户 12345678``. The word must sit right
before the number (only "number", "no", "#", "is" and punctuation between): a word a
sentence away would take order and reference numbers. A message that is only a number
("sure, 12345678") counts as an answer when the message before asked for an account
number (see :mod:`footprint.pii.conversation`).

账号 alone is not a word here: in Chinese it names any login (QQ账号, 游戏账号). Numbers
that are something else are left to their own recognizers: a payment card (issuer prefix
and Luhn, or UnionPay's shape: a Chinese account number is its card's number; see
:class:`BankCardRecognizer`), a Chinese mobile or a phone number written with
its trunk 0, a date (20240115).
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.checksums import luhn_ok
from footprint.pii.recognizers.bank_card import issuer_of
from footprint.pii.recognizers.base import BOTH, FootprintPatternRecognizer
from footprint.pii.recognizers.phone import phone_validity

_EN_WORD = r"(?<![a-z])(?:acct|acc|account|a/c|checking|chequing|savings)(?![a-z])"
# Bounded, so the look-behind stays cheap on long runs of spaces or dashes.
_EN_LINK = r"[ \t:#=\-.]{0,4}(?:(?:number|num|no|nr|is|it's|its)(?![a-z])[ \t:#=\-.,]{0,4}){0,3}"
_ZH_WORD = (
    r"(?:银行账号|银行帐号|银行账户|银行帐户|收款账号|收款帐号|对公账号|对公帐号|公司账号|公司帐号|"
    r"企业账号|账户|帐户)"
)
_ZH_LINK = r"[ \t:：#为是号码]{0,6}"
_NUMBER = r"(?<![0-9A-Za-z])[0-9]{6,17}(?![0-9A-Za-z]|[.,\-][0-9])"
# Chinese corporate accounts run longer: up to 22 digits (建行 对公 20 and more).
_NUMBER_ZH = r"(?<![0-9A-Za-z])[0-9]{6,22}(?![0-9A-Za-z]|[.,\-][0-9])"


def _reads_as_date(digits: str) -> bool:
    if len(digits) != 8 or digits[:2] not in ("19", "20"):
        return False
    try:
        date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return True


class BankAccountNumberRecognizer(FootprintPatternRecognizer):
    ENTITY = "BANK_ACCOUNT"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("account_word_en", rf"(?<={_EN_WORD}{_EN_LINK}){_NUMBER}", 0.6),
        Pattern("account_word_zh", rf"(?<={_ZH_WORD}{_ZH_LINK}){_NUMBER_ZH}", 0.6),
        # A corporate account written in groups of four (对公账户：4300 1508 0610 5000 1207).
        Pattern(
            "account_word_zh_grouped",
            rf"(?<={_ZH_WORD}{_ZH_LINK})(?<![0-9])[0-9]{{4}}(?: [0-9]{{4}}){{3,5}}"
            r"(?: [0-9]{1,3})?(?![0-9A-Za-z])",
            0.6,
        ),
        # The bank's branch named right after the number: "770768266432796 开户行建行…".
        Pattern("account_then_branch_zh", rf"{_NUMBER_ZH}(?=[ \t]*(?:开户行|开户银行))", 0.6),
        # A message that is only the number, as an answer: needs the question's word.
        Pattern(
            "account_answer",
            # Anchored at the start (\K drops the lead-in from the match): one attempt.
            r"\A(?:\W|[\u3400-\u9fff]){0,6}(?:[A-Za-z']{1,4}\W{1,3}){0,2}\K"
            + _NUMBER
            + r"(?=\W{0,5}\Z)",
            0.1,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "account", "account number", "acct", "acc", "a/c", "bank account", "checking",
        "chequing", "savings", "账户", "帐户", "银行账号", "银行帐号", "收款账号",
    ]  # fmt: skip
    LANGUAGES = BOTH
    CONVERSATION = True
    MIN_DIGITS = 6
    NEEDS_ANY = (
        "acc",
        "a/c",
        "checking",
        "chequing",
        "saving",
        "账户",
        "帐户",
        "账号",
        "帐号",
        "开户",
    )
    BOOST = 0.5

    def invalidate_result(self, pattern_text: str) -> bool:
        return not_an_account(pattern_text.replace(" ", ""))


def not_an_account(digits: str) -> bool:
    """Digits that are something else where an account number could stand: a placeholder
    (000000), a date, a round amount ("savings 120000"), a payment card, a Chinese mobile,
    a phone number with its trunk 0."""
    if len(set(digits)) == 1 or _reads_as_date(digits) or digits.endswith("000"):
        return True
    issuer = issuer_of(digits) if 13 <= len(digits) <= 19 else None
    if issuer == "unionpay" or (issuer and luhn_ok(digits)):
        return True  # a payment card (a Chinese one needs no Luhn): BankCardRecognizer's
    if len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789":
        return True  # a Chinese mobile number
    return digits[0] == "0" and len(digits) in (10, 11) and phone_validity(digits) is not False
