"""Bank accounts: a UK sort code with its account number, a US ABA routing number next
to its word, an account number right after an account word; a table of positive and
negative cases (synthetic numbers), in English and Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footprint.config import Settings
from footprint.pii.checksums import aba_routing_ok
from footprint.pii.engine import Detector
from footprint.scan import scan
from tests.pii.conftest import values

ENTITY = "BANK_ACCOUNT"

POSITIVE = [
    ("公司账号31050161393600001234 户名写全称", ["31050161393600001234"]),
    ("对公账户：4402 2183 0917 4000 3351，开户行工行", ["4402 2183 0917 4000 3351"]),
    ("发你了\n110060123456789 开户行招行深圳分行", ["110060123456789"]),
    # A routing number after its label, whatever its first two digits (the check holds).
    ("wire to routing 381680408, account 95714602883", ["381680408, account 95714602883"]),
    # UK: the pair alone, however laid out, or apart with words that say what they are
    # (then joined into one value when the account's label is all that stands between).
    ("paying rent into 30-96-18 61027734 tomorrow", ["30-96-18 61027734"]),
    ("details: 309618 61027734", ["309618 61027734"]),
    ("30 96 18 61027734 is the one", ["30 96 18 61027734"]),
    ("30-96-18 / 61027734", ["30-96-18 / 61027734"]),
    ("sort code 30-96-18, acc 61027734", ["30-96-18, acc 61027734"]),
    ("sort code 309618 account number 61027734", ["309618 account number 61027734"]),
    ("it's 30-96-18 and the account is 61027734", ["30-96-18 and the account is 61027734"]),
    (
        "sort code: 309618\naccount no: 61027734\nref: rent",
        ["309618\naccount no: 61027734"],
    ),  # a form
    # "sort" alone labels the code when an account word labels the account (a date-like
    # code too), and the account may come first.
    ("Bank details: Lukas, sort 29-12-71, account 81124176", ["29-12-71, account 81124176"]),
    ("acc: 97641160 sort: 75-64-73", ["97641160", "75-64-73"]),
    # A date-like "sort code" without its word is a date; the account is still one.
    ("paid 12-05-24 into account 61027734", ["61027734"]),
    # US: a routing number that passes ABA 3-7-1 next to its word, accounts after theirs.
    ("routing 011000015 account 4470018821", ["011000015 account 4470018821"]),
    ("ABA: 121000248", ["121000248"]),
    # Routing and account as a pair after a payment word: one value.
    ("direct deposit → 011000015 / 4470018821", ["011000015 / 4470018821"]),
    ("payroll form: 121000248 5566778899", ["121000248 5566778899"]),
    ("the RTN is 026009593 for wires", ["026009593"]),
    ("my account number is 40917733", ["40917733"]),
    ("acct#: 99812345", ["99812345"]),
    ("account # 00076321556", ["00076321556"]),
    ("a/c 00123456 please", ["00123456"]),
    ("send it to checking 5566778899 today", ["5566778899"]),
    ("savings 123456789012", ["123456789012"]),
    ("ONLINE XFER TO SAV ACCT 7712093345", ["7712093345"]),
    ("ACCT NO 55012983 CR", ["55012983"]),
    # Chinese: account words (not 账号 alone, which names any login).
    ("银行账户：6543210987", ["6543210987"]),
    ("收款账号 31050161373600001234", ["31050161373600001234"]),
    ("对公账号为12345678901234", ["12345678901234"]),
]
NEGATIVE = [
    "order 12345678 on my account",  # the word is not right before the number
    "account since 20240115",  # a date
    "account 20240115",  # reads as a date
    "account 4111111111111111",  # a payment card (issuer prefix and Luhn)
    "account 07700900123",  # a UK mobile number
    "账户 13812345678",  # a Chinese mobile number
    "QQ账号 12345678",  # 账号 alone names a login
    "卡号 6222021234567890123",  # a bank card: BankCardRecognizer's
    "账户 6222021234567890123",  # UnionPay's shape: the card recognizer's too
    "routing 021000022",  # fails the ABA check
    "direct deposit → 021000022 / 4470018821",  # the pair's routing number fails it
    "the 011000015 / 4470018821 thing",  # a pair, but no payment word
    "ref 011000015",  # passes the check, but no routing word
    "SSN 536-90-4399, routing for the form",  # an SSN's layout
    "call 555-0134 about the account",
    "12-05-24 order no 12345678",  # a date, then an order number
    "order 309618 shipped 20240115",  # the pair, but the second number is a date
    "account balance 12345678",  # a word between
    "accountant 12345678",
    "account ending in 4821",  # a masked suffix
    "account 111111",  # a placeholder
    "order #123456789012 delivered",
    "savings 120000 by the summer",  # a round amount
    "sort 12-05-24 then order 12345678",  # the verb, and no account word
    "order 97641160 sorted 12-05-24",  # no sort word before the code
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, expected: list[str]) -> None:
    assert values(patterns_detector, text, ENTITY) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []


def test_a_number_in_a_card_or_phone_stays_what_it_is(patterns_detector: Detector) -> None:
    text = "account 4111111111111111"
    assert values(patterns_detector, text, "CREDIT_CARD") == ["4111111111111111"]
    assert values(patterns_detector, "account 07700900123", "PHONE_NUMBER") == ["07700900123"]
    card = "工资卡账户：6222021234567890123"  # a Chinese account's number is its card's
    assert values(patterns_detector, card, "CREDIT_CARD") == ["6222021234567890123"]


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_aba_check_is_3_7_1(digits: str) -> None:
    weighted = sum(int(ch) * (3, 7, 1)[i % 3] for i, ch in enumerate(digits))
    if aba_routing_ok(digits):
        assert weighted % 10 == 0


def test_a_qif_memo_goes_through_detection(patterns_detector: Detector, tmp_path: Path) -> None:
    statement = tmp_path / "checking.qif"
    statement.write_text(
        "!Type:Bank\nD03/04/2025\nT-250.00\nPTRANSFER\nMXFER TO SAV ACCT 7712093345\n^\n"
        "D03/05/2025\nT-12.00\nPCOFFEE\nMCARD 1234\n^\n",
        encoding="utf-8",
    )
    result = scan([statement], Settings(assumed_timezone="UTC", spacy_model="none"),
                  patterns_detector, analyse=False)  # fmt: skip
    found = {(f.entity_type, f.value, f.field) for f in result.findings}
    assert ("BANK_ACCOUNT", "7712093345", "text") in found
    assert not any(value == "1234" for _, value, _ in found)
