"""Sleep window: a sparse evening's tail is not the night; payments a machine made
(standing orders, direct debits, salary runs) are not the user awake."""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from footprint.infer import routine
from footprint.infer.frame import prepare
from footprint.model import Message, Payment, Record

SHANGHAI = ZoneInfo("Asia/Shanghai")
LONDON = ZoneInfo("Europe/London")


def _sends(times: Iterable[datetime], *, chinese: bool) -> list[Record]:
    source, path, me, other, text = (
        ("wechat", "聊天记录/小鱼/小鱼_utf8.csv", "我", "小鱼", "好的")
        if chinese
        else ("whatsapp", "WhatsApp Chat with Pat.txt", "Sam", "Pat", "ok")
    )
    return [
        Message(
            source=source,
            path=path,
            locator=f"line {index + 1}",
            timestamp=when,
            actor=me,
            counterparty=other,
            conversation=other,
            text=text,
        )
        for index, when in enumerate(sorted(times))
    ]


def _window(records: list[Record]) -> tuple[int, int]:
    found = [i for i in routine.infer(records) if i.key == "sleep_window"]
    assert found, "no sleep window"
    start, end = (str(found[0].value[k]) for k in ("start", "end"))
    return int(start[:2]) * 60 + int(start[3:]), int(end[:2]) * 60 + int(end[3:])


def _apart(minute: int, clock: str) -> int:
    other = int(clock[:2]) * 60 + int(clock[3:])
    return min((minute - other) % 1440, (other - minute) % 1440)


@pytest.mark.parametrize("chinese", [False, True])
def test_a_sparse_evening_tail_is_not_taken_for_the_night(chinese: bool) -> None:
    # Asleep 00:00-07:00. A few messages a day; late in the evening they fall in every
    # other quarter hour (22:00, 22:30, 23:00), with a quiet quarter hour between: that
    # lull is not the start of the night.
    zone = SHANGHAI if chinese else LONDON
    rng = random.Random(7)
    times = []
    for day in range(80):
        date = datetime(2025, 8, 1, tzinfo=zone) + timedelta(days=day)
        for _ in range(6):  # the day: 08:00-21:45
            times.append(date.replace(hour=8) + timedelta(minutes=rng.randint(0, 13 * 60 + 45)))
        for slot in (22 * 60, 22 * 60 + 30, 23 * 60):
            if rng.random() < 0.06:
                times.append(date + timedelta(minutes=slot + rng.randint(0, 14)))
    start, end = _window(_sends(times, chinese=chinese))
    assert _apart(start, "00:00") <= 60
    assert _apart(end, "07:00") <= 60


@pytest.mark.parametrize("chinese", [False, True])
def test_payments_on_a_schedule_do_not_end_the_night(chinese: bool) -> None:
    # Awake 08:00-23:30. The salary arrives at 05:02, the rent goes at 06:30 and a loan
    # repayment at 07:00, each month at the same minute: a bank's machine, not the user.
    zone = SHANGHAI if chinese else LONDON
    rng = random.Random(3)
    times = []
    records: list[Record] = []
    parties = (
        [("成都蓉创科技有限公司", 5 * 60 + 2, "12850.00"), ("房东", 6 * 60 + 30, "-3200.00"),
         ("花呗", 7 * 60, "-860.00")]
        if chinese
        else [("ACME LTD SALARY", 5 * 60 + 2, "2143.70"), ("WHITFIELD LETTINGS", 6 * 60 + 30,
              "-725.00"), ("NORTHWAY CREDIT", 7 * 60, "-142.18")]
    )  # fmt: skip
    for day in range(90):
        date = datetime(2025, 8, 1, tzinfo=zone) + timedelta(days=day)
        for _ in range(8):
            times.append(date.replace(hour=8) + timedelta(minutes=rng.randint(0, 15 * 60 + 30)))
        for offset, (party, minute, amount) in enumerate(parties):
            if date.day == 1 + offset:
                records.append(
                    Payment(
                        source="alipay" if chinese else "monzo",
                        path="bill.csv",
                        locator=f"row {len(records) + 1}",
                        timestamp=date + timedelta(minutes=minute),
                        counterparty=party,
                        amount=Decimal(amount),
                        currency="CNY" if chinese else "GBP",
                    )
                )
    start, end = _window(_sends(times, chinese=chinese) + records)
    assert _apart(start, "23:30") <= 60
    assert _apart(end, "08:00") <= 45
    inp = prepare(_sends(times, chinese=chinese) + records)
    assert not (routine.activity_rows(inp)["kind"] == "payment").any()


@pytest.mark.parametrize(("party", "zone"), [("Tesco", LONDON), ("瑞幸咖啡", SHANGHAI)])
def test_payments_a_person_makes_still_count(party: str, zone: ZoneInfo) -> None:
    # The same shop every morning, a few minutes apart, is the user buying things, not a
    # schedule.
    base = datetime(2025, 8, 1, 8, 15, tzinfo=zone)
    records: list[Record] = [
        Payment(
            source="monzo",
            path="bill.csv",
            locator=f"row {day + 1}",
            timestamp=base + timedelta(days=day, minutes=3 * day, seconds=day * 9 + 1),
            counterparty=party,
            amount=Decimal("-8.36"),
            currency="GBP",
        )
        for day in range(6)
    ]
    assert not routine.scheduled(prepare(records).frame).any()
