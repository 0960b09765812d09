"""Casual register between workmates, work titles and work talk, Chinese pet names, and
money trouble in the user's own words: bookmakers named after the bet, asks to borrow.
Synthetic chats and ledgers, English and Chinese, positive and negative cases."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from footprint.infer import finances
from tests.infer.test_accuracy_cues import _chat, _me, _relationship
from tests.infer.test_money import Ledger, _one, _stress

SHANGHAI = ZoneInfo("Asia/Shanghai")


# --- casual register is no friendship against work evidence -----------------------------

_BANTER = [(True, "cheers mate"), (False, "no bother mate"), (True, "ta"), (False, "lol"),
           (True, "you about later"), (False, "yeah"), (True, "nice one mate"),
           (False, "👍"), (True, "sound"), (False, "haha")]  # fmt: skip


def test_mate_to_someone_saved_as_work_is_a_colleague() -> None:
    # The saved name's workplace label says how they know each other; "mate" does not.
    assert _relationship(_me() + _chat("Lee (work)", _BANTER), "Lee (work)") == "colleague"
    zh = [(True, "谢了兄弟"), (False, "客气啥兄弟"), (True, "好"), (False, "哈哈"),
          (True, "兄弟 明天见"), (False, "👍")]  # fmt: skip
    assert _relationship(_me() + _chat("老周 同事", zh), "老周 同事") == "colleague"


def test_mate_alone_still_makes_a_close_friend() -> None:
    assert _relationship(_me() + _chat("Rob Hale", _BANTER), "Rob Hale") == "close_friend"


def test_real_friend_words_still_beat_a_casual_colleague() -> None:
    # "you're my best friend" is a friend's own word, not casual register.
    lines = [*_BANTER, (False, "you're my best friend"), (True, "best mates")]
    assert _relationship(_me() + _chat("Ali Shah", lines), "Ali Shah") == "close_friend"


def test_workmates_at_a_school_in_casual_register() -> None:
    # Teachers talking duties and meetings, "dude" and "thanks man" between them.
    school = [(False, "faculty meeting at 4?"), (True, "thanks man"), (False, "you got lunch duty?"),
              (True, "dude my 6th period was wild"), (False, "sub plans are on my desk"),
              (True, "cool"), (False, "staff meeting moved"), (True, "ok")]  # fmt: skip
    assert _relationship(_me() + _chat("Ray Booker", school), "Ray Booker") == "colleague"
    zh = [(False, "明天教研几点"), (True, "兄弟 下午三点"), (False, "我去监考了"),
          (True, "好"), (False, "家长会改到周五"), (True, "收到")]  # fmt: skip
    assert _relationship(_me() + _chat("刘老师", zh), "刘老师") == "colleague"


def test_a_title_as_a_form_of_address_at_work() -> None:
    lines = [(True, "morning coach"), (False, "morning"), (True, "thanks coach"),
             (False, "meeting after school"), (True, "ok"), (False, "👍")]  # fmt: skip
    assert _relationship(_me() + _chat("Tom Reyes", lines), "Tom Reyes") == "colleague"
    zh = [(True, "王主任 好的"), (False, "下午开会"), (True, "收到 王主任"), (False, "嗯")]
    assert _relationship(_me() + _chat("王建华", zh), "王建华") == "colleague"


# --- Chinese partners -------------------------------------------------------------------


def test_bao_as_a_pet_name_says_partner() -> None:
    lines = [(False, "宝你在干嘛"), (True, "刚下班"), (False, "吃了没宝"), (True, "还没"),
             (True, "想你"), (False, "晚安 宝"), (True, "我今天加班"), (False, "宝 早点睡")]  # fmt: skip
    assert _relationship(_me() + _chat("小林", lines), "小林") == "partner"
    # 宝子 is how friends hail each other, not a partner's 宝.
    friends = [(False, "宝子们 冲"), (True, "哈哈"), (False, "宝子 逛街不"), (True, "走")]
    assert _relationship(_me() + _chat("阿May", friends), "阿May") != "partner"


# --- bookmakers and betting -------------------------------------------------------------


@pytest.mark.parametrize(
    ("payee", "gambles"),
    [
        ("FastBet Ltd", True),
        ("Betfred", True),
        ("Unibet", True),
        ("BET365 UK", True),
        ("Alphabet Inc", False),
        ("Sorbet Cafe", False),
        ("Better Gym", False),
        ("Bethesda Softworks", False),
    ],
)
def test_a_payee_named_after_the_bet_is_a_bookmaker(payee: str, gambles: bool) -> None:
    ledger = Ledger(currency="GBP")
    for day in (1, 8, 15):
        ledger.pay(datetime(2024, 3, day, 21, tzinfo=UTC), "-20.00", None, payee)
    assert (_one(finances.infer(ledger.records), "gambling") is not None) is gambles


def test_you_bet_in_chat_is_not_gambling() -> None:
    ledger = Ledger()
    ledger.pay(datetime(2024, 7, 1, 12, tzinfo=UTC), "-4.50", "COFFEE")
    for day, text in enumerate(["bet", "bet see you there", "you bet", "bet lol"], start=2):
        ledger.say(datetime(2024, 7, day, 21, tzinfo=UTC), text)
    assert _one(finances.infer(ledger.records), "gambling") is None


# --- hardship in the user's own words ---------------------------------------------------


def _klarna(ledger: Ledger) -> None:
    for month in (1, 2, 3):
        ledger.pay(datetime(2024, month, 20, 10, tzinfo=UTC), "-39.99", None, "Klarna")


def test_asking_to_borrow_rent_with_pay_later_is_stress() -> None:
    ledger = Ledger(currency="GBP")
    _klarna(ledger)
    ledger.say(datetime(2024, 3, 1, 19, tzinfo=UTC), "could you lend me 150 for the rent")
    ledger.say(datetime(2024, 3, 2, 19, tzinfo=UTC), "in my overdraft again")
    signals = _stress(ledger)
    assert signals.get("hardship") == 1
    assert signals.get("overdraft") == 1


def test_asking_to_borrow_in_chinese() -> None:
    ledger = Ledger("支付宝交易明细.csv", "CNY")
    for month in (1, 2, 3):
        ledger.pay(datetime(2024, month, 9, 10, tzinfo=SHANGHAI), "-300.00", "花呗 还款", "花呗")
    ledger.say(datetime(2024, 3, 1, 19, tzinfo=SHANGHAI), "能不能借我两千块 下个月还")
    ledger.say(datetime(2024, 3, 5, 19, tzinfo=SHANGHAI), "这个月手头紧")
    assert _stress(ledger).get("hardship") == 2


def test_others_asking_or_lending_things_is_not_the_users_hardship() -> None:
    ledger = Ledger(currency="GBP")
    _klarna(ledger)
    # Someone else asks; the user lends a charger and a book.
    ledger.say(datetime(2024, 3, 1, 19, tzinfo=UTC), "can you lend me 50", author="Sam")
    ledger.say(datetime(2024, 3, 2, 19, tzinfo=UTC), "can you lend me your charger")
    ledger.say(datetime(2024, 3, 3, 19, tzinfo=UTC), "借我充电宝用一下")
    assert _stress(ledger) == {}
