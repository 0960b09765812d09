"""The matcher finds identifiers again however they are grouped, and nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footprint.redact.values import Target, ValueMatcher, compact_form

CARD = Target("CN_BANK_CARD", "6214 8330 7418 5292")
SSN = Target("US_SSN", "212-47-8853")
IBAN = Target("IBAN_CODE", "GB29NWBK60161331926819")
NINO = Target("UK_NINO", "QQ 12 34 56 C")


def _redact(text: str, *targets: Target) -> str:
    replaced, _ = ValueMatcher(targets).replace(text, lambda t: f"<{t.entity_type}>")
    return replaced


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("# 账号: [一卡通:6214833074185292]", CARD, "# 账号: [一卡通:<CN_BANK_CARD>]"),
        ("卡号6214-8330-7418-5292。", CARD, "卡号<CN_BANK_CARD>。"),
        ("ssn 212 47 8853.", SSN, "ssn <US_SSN>."),
        ("it's 212478853", SSN, "it's <US_SSN>"),
        ("IBAN GB29 NWBK 6016 1331 9268 19 thanks", IBAN, "IBAN <IBAN_CODE> thanks"),
        ("ni qq123456c", NINO, "ni <UK_NINO>"),
    ],
)
def test_regrouped_identifiers_are_found(text: str, target: Target, expected: str) -> None:
    assert _redact(text, target) == expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("order 96214833074185292", CARD),  # inside a longer number
        ("6214833074185292X1", CARD),  # inside a longer code
        ("order 2124788530", SSN),
        ("2124788 530", SSN),  # the digits, but not on group edges
    ],
)
def test_partial_groups_are_left_alone(text: str, target: Target) -> None:
    assert _redact(text, target) == text


def test_a_regrouped_date_is_not_rewritten() -> None:
    target = Target("US_BANK_NUMBER", "20240910")
    assert _redact("2024-09-10 paid", target) == "2024-09-10 paid"
    assert _redact("ref 20240910", target) == "ref <US_BANK_NUMBER>"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("6214 8330 7418 5292", "6214833074185292"),
        ("qq 12 34 56 c", "QQ123456C"),
        ("Bob Smith", None),  # no digits
        ("12-34", None),  # too short
        ("Flat 3, 27 Ashgrove Mount", None),  # punctuation: not an identifier
    ],
)
def test_compact_form(value: str, expected: str | None) -> None:
    assert compact_form(value) == expected


@given(
    digits=st.text(alphabet="0123456789", min_size=8, max_size=19),
    cuts=st.lists(st.integers(min_value=1, max_value=18), max_size=4),
    separator=st.sampled_from([" ", "\u00a0"]),  # "-" and "." can make a date: see above
    before=st.sampled_from(["", "卡号", "no. ", "(", "账号:"]),
)
def test_any_grouping_of_a_number_is_found(
    digits: str, cuts: list[int], separator: str, before: str
) -> None:
    positions = sorted({cut for cut in cuts if cut < len(digits)})
    pieces = [digits[a:b] for a, b in zip([0, *positions], [*positions, len(digits)], strict=True)]
    written = separator.join(pieces)
    target = Target("CREDIT_CARD", digits)
    redacted = _redact(f"{before}{written} ok", target)
    assert digits not in "".join(ch for ch in redacted if ch.isdigit())


def test_a_handle_is_found_with_and_without_its_sign() -> None:
    handle = Target("USERNAME", "@quiet_otter_22")
    assert (
        _redact("cc @quiet_otter_22 and quiet_otter_22", handle) == "cc <USERNAME> and <USERNAME>"
    )
    assert _redact("me@quiet_otter_22x", handle) == "me@quiet_otter_22x"
    word = Target("USERNAME", "@owner")  # an everyday word without its sign stays
    assert _redact("@owner is the owner", word) == "<USERNAME> is the owner"


KEEP = ("微信昵称", "微信支付账单", "Account Name", "交易对方")


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("微信昵称：[雯雯]", "微信", "微信昵称：[雯雯]"),  # within a format word: kept
        ("我老公微信czq", "微信", "我老公<PERSON>czq"),  # elsewhere: replaced
        ("微信支付账单(2024).csv", "支付", "微信支付账单(2024).csv"),
        ("Account Name: Will", "Account", "Account Name: <PERSON>"),
        ("account name,Will", "name", "account name,<PERSON>"),  # any case
        ("Accounts named", "Account", "Accounts named"),  # not a word: no hit at all
        ("My account, named", "Account", "My <PERSON>, named"),  # the word alone is no label
        ("交易对方阿明", "对方阿明", "交易<PERSON>"),  # overlapping only: privacy first
    ],
)
def test_hits_within_the_formats_words_are_kept(text: str, value: str, expected: str) -> None:
    targets = [Target("PERSON", value), Target("PERSON", "Will")]
    matcher = ValueMatcher(targets, keep=KEEP)
    assert matcher.replace(text, lambda t: f"<{t.entity_type}>")[0] == expected
    # The leak check reads with the same matcher: a kept word is no leak.
    assert not list(matcher.find(expected))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("以前那个QQ1730542286还在用", ["1730542286"]),  # glued to its label
        ("tel1730542286", ["1730542286"]),
        ("91730542286", []),  # inside a longer number: another number
        ("17305422869", []),
    ],
)
def test_a_number_glued_to_letters_is_still_found(text: str, found: list[str]) -> None:
    matcher = ValueMatcher([Target("QQ_NUMBER", "1730542286")])
    assert [text[hit.start : hit.end] for hit in matcher.find(text)] == found


def test_a_value_is_found_as_markup_escapes_it() -> None:
    """An OFX or HTML file stores "&" as "&amp;": the payee is replaced there too."""
    payee = Target("PERSON", "FLOOR & DECOR #212")
    text = "<NAME>FLOOR &amp; DECOR #212\n<MEMO>POS DEBIT FLOOR & DECOR #212"
    assert _redact(text, payee) == "<NAME><PERSON>\n<MEMO>POS DEBIT <PERSON>"
