"""Conversation context: a weak identifier is found when a message before it (same
chat, shortly before) or the reply to it holds the context word, and only then."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from footprint.model import Message, Payment, Record
from footprint.pii import findings as findings_module
from footprint.pii.conversation import context_texts, earlier_texts, reply_text
from footprint.pii.engine import Detector
from footprint.pii.findings import find_pii

START = datetime(2024, 11, 30, 20, 0, tzinfo=UTC)


def _chat(*lines: tuple[str, str], path: str = "chat.txt", conversation: str = "Sam",
          minutes: float = 1.0, start: datetime = START) -> list[Message]:  # fmt: skip
    """Messages in file order, ``minutes`` apart (negative: written newest first)."""
    return [
        Message(
            source="whatsapp",
            path=path,
            locator=f"line {i + 1}",
            timestamp=start + timedelta(minutes=minutes * i),
            actor=actor,
            conversation=conversation,
            text=text,
        )
        for i, (actor, text) in enumerate(lines)
    ]


def _found(detector: Detector, records: list[Record] | list[Message]) -> set[tuple[str, str]]:
    return {
        (f.entity_type, f.value) for f in find_pii(list(records), detector) if f.field == "text"
    }


# (question, answer, entity type, value): the context word is in the question only.
POSITIVE = [
    ("can you send me your social security number?", "sure, 536-90-4399",
     "US_SSN", "536-90-4399"),
    ("the travel agent needs your passport number", "123456789 valid till 2031",
     "UK_PASSPORT", "123456789"),
    ("do you have my social? the bank needs it", "it's 536-22-4819", "US_SSN", "536-22-4819"),
    ("need your NHS number for the form", "943 476 5919", "UK_NHS", "943 476 5919"),
    ("what's your ITIN again", "912-70-1234", "US_ITIN", "912-70-1234"),
    ("把你的护照号发我一下 订机票用", "E12345678 有效期到2030", "CN_PASSPORT", "E12345678"),
    ("护照号码多少", "G12345678", "CN_PASSPORT", "G12345678"),
    ("身份证号发我 要登记", "110105199003078510", "CN_RESIDENT_ID", "110105199003078510"),
    ("工资要打到哪张卡上？发一下银行卡号", "6214 8300 5566 7788 990 工商",
     "CREDIT_CARD", "6214 8300 5566 7788 990"),
    ("which card should I send it to?", "6214830055667788990", "CREDIT_CARD",
     "6214830055667788990"),
    ("the insurer wants your driver's license number", "CO 98-765-4321",
     "US_DRIVER_LICENSE", "98-765-4321"),
    ("what's the plate on the rental?", "KPL-W82", "LICENSE_PLATE", "KPL-W82"),
    ("你微信多少？我加你", "chenyu1987", "WECHAT_ID", "chenyu1987"),
    ("座机号码发我一下", "057186021357 白天在", "PHONE_NUMBER", "057186021357"),
    ("what's your account number? I'll send it now", "sure, 40917733",
     "BANK_ACCOUNT", "40917733"),
    ("and the routing number?", "011000015", "BANK_ACCOUNT", "011000015"),
    ("收款账户发我一下", "6543210987", "BANK_ACCOUNT", "6543210987"),
    ("what's your license number", "31 502 847", "US_DRIVER_LICENSE", "31 502 847"),
    ("你QQ多少来着 我把那个课件传你", "1846203957", "QQ_NUMBER", "1846203957"),
    ("文件太大了 你有QQ吗", "有 2846103957", "QQ_NUMBER", "2846103957"),
    ("你扣扣多少", "好的，3851604927", "QQ_NUMBER", "3851604927"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "answer", "entity", "value"), POSITIVE)
def test_context_in_the_previous_message_counts(
    patterns_detector: Detector, question: str, answer: str, entity: str, value: str
) -> None:
    alone = _chat(("Sam", "ok"), ("Me", answer))
    asked = _chat(("Sam", question), ("Me", answer))
    assert (entity, value) in _found(patterns_detector, asked)
    if entity != "CN_RESIDENT_ID":  # a checksummed ID needs no context at all
        assert (entity, value) not in _found(patterns_detector, alone)


WEAK = "123456789 (valid to 2030)"
IDENTIFIERS = {"UK_PASSPORT", "US_PASSPORT", "US_SSN", "CREDIT_CARD", "CN_PASSPORT"}


def _flagged(detector: Detector, records: list[Message]) -> set[str]:
    return {entity for entity, _ in _found(detector, records)} & IDENTIFIERS


def test_four_messages_back_count_five_do_not(patterns_detector: Detector) -> None:
    """A question, a protest, a reply and the answer: four back still count."""
    asked = ("Sam", "send me your passport number pls")
    between = [("Me", "why?"), ("Sam", "for the booking"), ("Me", "ugh fine")]
    four = _chat(asked, *between, ("Me", WEAK))
    five = _chat(asked, *between, ("Sam", "the flight"), ("Me", WEAK))
    assert "UK_PASSPORT" in _flagged(patterns_detector, four)
    assert not _flagged(patterns_detector, five)


def test_context_must_be_recent(patterns_detector: Detector) -> None:
    late = _chat(("Sam", "send me your passport number pls"), ("Me", WEAK), minutes=60 * 24)
    assert not _flagged(patterns_detector, late)


def test_context_must_be_in_the_same_chat(patterns_detector: Detector) -> None:
    other = _chat(("Sam", "send me your passport number pls"), conversation="Sam")
    mine = _chat(("Me", WEAK), conversation="Alex", start=START + timedelta(minutes=1))
    assert not _flagged(patterns_detector, [*other, *mine])
    elsewhere = _chat(("Sam", "send me your passport number pls"), path="a/chat.txt")
    answer = _chat(("Me", WEAK), path="b/chat.txt", start=START + timedelta(minutes=1))
    assert not _flagged(patterns_detector, [*elsewhere, *answer])


def test_the_reply_counts_later_messages_do_not(patterns_detector: Detector) -> None:
    """The next message may name what was sent; the one after it, or a late one, not."""
    reply = _chat(("Me", WEAK), ("Sam", "is that your passport number?"))
    assert "UK_PASSPORT" in _flagged(patterns_detector, reply)
    second = _chat(("Me", WEAK), ("Sam", "ok"), ("Sam", "is that your passport number?"))
    assert not _flagged(patterns_detector, second)
    late = _chat(("Me", WEAK), ("Sam", "is that your passport number?"), minutes=60 * 3)
    assert not _flagged(patterns_detector, late)


def test_a_reply_in_a_chat_written_newest_first(patterns_detector: Detector) -> None:
    """Messenger's order: the question stamped after the answer still names it."""
    newest_first = _chat(
        ("Rob", "front desk needs your DL # for the parking permit"),
        ("Me", "it's 7294518, oregon"),
        minutes=-87,
    )
    assert ("US_DRIVER_LICENSE", "7294518") in _found(patterns_detector, newest_first)


def test_a_chat_written_newest_first(patterns_detector: Detector) -> None:
    newest_first = _chat(("Me", WEAK), ("Sam", "send me your passport number pls"), minutes=-2)
    assert "UK_PASSPORT" in _flagged(patterns_detector, newest_first)


def test_payments_are_not_a_conversation(patterns_detector: Detector) -> None:
    records: list[Record] = [
        Payment(source="monzo", path="p.csv", locator=f"row {i}", timestamp=START, text=text)
        for i, text in enumerate(["passport office fee", "ref 123456789"])
    ]
    assert not {e for e, _ in _found(patterns_detector, records)} & IDENTIFIERS


def test_context_crosses_a_window_boundary(
    patterns_detector: Detector, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(findings_module, "WINDOW", 3)
    chat = _chat(("Sam", "hi"), ("Sam", "hey"), ("Sam", "send me your passport number pls"),
                 ("Me", WEAK))  # fmt: skip
    assert "UK_PASSPORT" in _flagged(patterns_detector, chat)


def test_earlier_texts_are_nearest_first_and_bounded() -> None:
    chat = _chat(*((("A", "B")[i % 2], str(i)) for i in range(6)))
    assert earlier_texts(chat, 5) == ["4", "3", "2", "1"]  # CONTEXT_MESSAGES of them
    assert earlier_texts(chat, 0) == []


def test_the_reply_is_the_next_message_in_time() -> None:
    chat = _chat(*((("A", "B")[i % 2], str(i)) for i in range(4)))
    assert reply_text(chat, 1) == ["2"]
    assert reply_text(chat, 3) == []
    newest_first = _chat(*((("A", "B")[i % 2], str(i)) for i in range(4)), minutes=-1)
    assert reply_text(newest_first, 2) == ["1"]
    assert context_texts(newest_first, 2) == ["3", "1"]


# Everyday chat without any context word: a number of any shape stays unflagged (but a
# dashed SSN sent as a whole message, which counts on its own: see test_national_ids).
EVERYDAY = ["lol", "running late", "what's the tracking number?", "how much was it",
            "order placed", "ok see you at 6", "你到哪了", "多少钱", "快递单号发我一下"]  # fmt: skip


@hypothesis_settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(EVERYDAY),
    st.integers(min_value=0, max_value=999_999_999),
    st.sampled_from(["{n:09d}", "ref {n:09d}", "ref {a}-{b}-{c}", "£{n}", "单号{n:09d}"]),
)
def test_numbers_after_everyday_messages_stay_unflagged(
    patterns_detector: Detector, question: str, number: int, shape: str
) -> None:
    text = shape.format(n=number, a=number % 900 + 100, b=number % 90 + 10, c=number % 9000 + 1000)
    chat = _chat(("Sam", question), ("Me", text))
    assert not _flagged(patterns_detector, chat)
