"""Money in English and Chinese: salary, borrowing and stress, gambling, and payments as
evidence of health and religion. Each method has a table of positive and negative cases."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footprint.infer import finances, payments, sensitive
from footprint.infer.base import Inference
from footprint.infer.frame import prepare
from footprint.model import LocationPoint, Message, Payment, ProfileFact, Record

CHICAGO = ZoneInfo("America/Chicago")
SHANGHAI = ZoneInfo("Asia/Shanghai")
ME = "Jordan Reyes"


class Ledger:
    """Payments in one file with row locators, like a bank or Alipay CSV."""

    def __init__(self, path: str = "bank/checking.csv", currency: str = "USD") -> None:
        self.path, self.currency = path, currency
        self.records: list[Record] = [
            ProfileFact(source="test", path="profile.json", locator="$.name", field="name",
                        value=ME),
        ]  # fmt: skip

    def pay(
        self,
        when: datetime,
        amount: str,
        text: str | None = None,
        counterparty: str | None = None,
        status: str | None = "Completed",
        category: str | None = None,
    ) -> None:
        self.records.append(
            Payment(
                source="bank_csv",
                path=self.path,
                locator=f"row {len(self.records) + 1}",
                timestamp=when,
                counterparty=counterparty,
                text=text,
                amount=Decimal(amount),
                currency=self.currency,
                status=status,
                category=category,
            )
        )

    def say(self, when: datetime, text: str, author: str = ME, chat: str = "Sam") -> None:
        self.records.append(
            Message(
                source="whatsapp",
                path=f"WhatsApp Chat with {chat}.txt",
                locator=f"line {len(self.records) + 1}",
                timestamp=when,
                actor=author,
                counterparty=chat if author == ME else None,
                conversation=chat,
                text=text,
            )
        )


def _one(found: Sequence[Inference], key: str) -> Inference | None:
    return next((i for i in found if i.key == key), None)


def _days(start: datetime, step: int, count: int) -> Iterable[datetime]:
    return (start + timedelta(days=step * i) for i in range(count))


# --- payer names ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "payer"),
    [
        ("ACME CORP DES:PAYROLL ID:88123 INDN:JORDAN REYES CO ID:1234567 PPD", "ACME CORP"),
        ("DIRECT DEP ACME CORP 0423 REF 88123", "ACME CORP"),
        ("BACS SALARY NORTHWIND LTD", "NORTHWIND LTD"),
        ("Payroll Deposit - Globex Inc", "Globex Inc"),
        ("Bank of America transfer", "Bank of America"),
        ("杭州星河科技有限公司 代发工资", "杭州星河科技有限公司"),
        ("代发薪资-上海云图信息技术有限公司", "上海云图信息技术有限公司"),
        ("工资", None),
        ("PAYROLL 12/15", None),
        (None, None),
    ],
)
def test_payer_names_lose_reference_numbers_and_pay_words(
    line: str | None, payer: str | None
) -> None:
    assert payments.clean_payer(line) == payer


@pytest.mark.parametrize(
    ("text", "refund"),
    [
        ("Refund: order 123", True),
        ("REVERSAL OF CARD PAYMENT", True),
        ("淘宝 退款", True),
        ("报销 差旅费", True),
        ("DIRECT DEP ACME CORP", False),
        ("代发工资", False),
        (None, False),
    ],
)
def test_refunds_are_told_from_income(text: str | None, refund: bool) -> None:
    assert payments.is_refund(text) is refund


# --- salary -----------------------------------------------------------------------------


def _salary(ledger: Ledger) -> Inference | None:
    return _one(finances.infer(ledger.records), "salary")


def test_biweekly_payroll_on_a_bank_csv_without_a_payee_column() -> None:
    ledger = Ledger()
    for i, when in enumerate(_days(datetime(2024, 1, 5, 9, tzinfo=CHICAGO), 14, 8)):
        ledger.pay(when, "2150.40", f"ACME CORP DES:PAYROLL ID:{88120 + i} INDN:JORDAN REYES PPD")
        ledger.pay(when + timedelta(days=3), "-45.10", "WHOLE FOODS #1021")
    salary = _salary(ledger)
    assert salary is not None
    assert salary.value["payer"] == "ACME CORP"
    assert salary.value["period"] == "biweekly"
    assert (salary.value["amount"], salary.value["currency"]) == ("2150.40", "USD")
    assert salary.evidence_count == 8


def test_semi_monthly_and_weekly_pay() -> None:
    semi = Ledger()
    for month in range(1, 7):
        last = (datetime(2024, month % 12 + 1, 1, 9, tzinfo=CHICAGO) - timedelta(days=1)).day
        for day in (15, last):
            semi.pay(datetime(2024, month, day, 9, tzinfo=CHICAGO), "1900.00",
                     "DIRECT DEP GLOBEX INC")  # fmt: skip
    weekly = Ledger(currency="GBP")
    for when in _days(datetime(2024, 3, 1, 9, tzinfo=UTC), 7, 10):
        weekly.pay(when, "410.00", "WAGES", counterparty="Harbour Cafe Ltd")
    found_semi, found_weekly = _salary(semi), _salary(weekly)
    assert found_semi is not None and found_semi.value["period"] == "semi-monthly"
    assert found_weekly is not None and found_weekly.value["period"] == "weekly"
    assert found_weekly.value["payer"] == "Harbour Cafe Ltd"


def test_chinese_salary_row_from_an_employer() -> None:
    ledger = Ledger("支付宝交易明细.csv", "CNY")
    for month in range(1, 6):
        ledger.pay(datetime(2024, month, 10, 10, tzinfo=SHANGHAI), "8600.00", "代发工资",
                   counterparty="杭州星河科技有限公司")  # fmt: skip
        ledger.pay(datetime(2024, month, 12, 20, tzinfo=SHANGHAI), "-35.00", "美团外卖")
    salary = _salary(ledger)
    assert salary is not None
    assert salary.value == {**salary.value, "payer": "杭州星河科技有限公司", "currency": "CNY",
                            "amount": "8600.00", "period": "monthly"}  # fmt: skip


@pytest.mark.parametrize(
    "rows",
    [
        # A monthly refund is money given back, not pay.
        [("Refund - Amazon Marketplace", None, "29.99")],
        # Loan payouts arrive regularly too.
        [("LOAN DISBURSEMENT", "QuickCash Payday Loan", "300.00")],
        # A pay-later rebate, in Chinese.
        [("退款", "天猫超市", "59.00")],
        # A friend's monthly share of a dinner bill, in English and Chinese.
        [("Splitwise: your share of dinner", "Priya Shah", "42.00")],
        [("聚餐AA", "刘芳", "86.00")],
        # A parent's allowance.
        [("生活费", "老爸", "1500.00")],
    ],
)
def test_no_salary_from_refunds_or_loans(rows: list[tuple[str, str | None, str]]) -> None:
    ledger = Ledger()
    for month in range(1, 6):
        for text, counterparty, amount in rows:
            ledger.pay(datetime(2024, month, 3, 12, tzinfo=CHICAGO), amount, text, counterparty)
    assert _salary(ledger) is None


def test_payroll_rows_beat_a_friends_regular_transfer() -> None:
    """Bank payroll rows name the employer; a friend's monthly share of a bill is no pay."""
    ledger = Ledger("银行明细.csv", "CNY")
    for month in range(1, 6):
        ledger.pay(datetime(2024, month, 10, 10, tzinfo=SHANGHAI), "6400.00", "代发工资",
                   counterparty="示例市第三人民医院", category="转账红包")  # fmt: skip
        ledger.pay(datetime(2024, month, 20, 21, tzinfo=SHANGHAI), "75.00", "烧烤AA",
                   counterparty="赵可欣", category="转账红包")  # fmt: skip
    salary = _salary(ledger)
    assert salary is not None
    assert (salary.value["payer"], salary.value["amount"]) == ("示例市第三人民医院", "6400.00")


def test_a_one_off_transfer_from_a_person_is_no_salary() -> None:
    ledger = Ledger(currency="GBP")
    ledger.pay(datetime(2024, 3, 2, 19, tzinfo=UTC), "60.00", "for the tickets", "Tom Hale")
    ledger.pay(datetime(2024, 3, 5, 12, tzinfo=UTC), "-12.50", "Pret A Manger")
    assert _salary(ledger) is None


def test_labelled_pay_wins_over_a_regular_allowance() -> None:
    ledger = Ledger(currency="GBP")
    for month in range(1, 6):
        ledger.pay(datetime(2024, month, 1, 8, tzinfo=UTC), "2500.00", "Pocket money",
                   counterparty="Mum")  # fmt: skip
        ledger.pay(datetime(2024, month, 28, 8, tzinfo=UTC), "1800.00", "SALARY",
                   counterparty="Northwind Ltd")  # fmt: skip
    salary = _salary(ledger)
    assert salary is not None and salary.value["payer"] == "Northwind Ltd"


# --- borrowing and stress ---------------------------------------------------------------


def _stress(ledger: Ledger) -> dict[str, int]:
    found = _one(finances.infer(ledger.records), "financial_stress")
    return dict(found.value["signals"]) if found is not None else {}


def test_night_borrowing_and_a_failed_repayment_in_chinese() -> None:
    ledger = Ledger("支付宝交易明细.csv", "CNY")
    ledger.pay(datetime(2024, 5, 3, 1, 40, tzinfo=SHANGHAI), "2000.00", "借款",
               counterparty="蚂蚁借呗")  # fmt: skip
    ledger.pay(datetime(2024, 5, 20, 9, tzinfo=SHANGHAI), "-2050.00", "还款",
               counterparty="蚂蚁借呗", status="还款失败")  # fmt: skip
    signals = _stress(ledger)
    assert signals.get("night_borrowing") == 1
    assert signals.get("failed_repayment") == 1


def test_cash_advance_at_night_and_returned_payments_in_english() -> None:
    ledger = Ledger()
    ledger.pay(datetime(2024, 2, 2, 2, 15, tzinfo=CHICAGO), "250.00", "CASH ADVANCE",
               counterparty="QuickCash")  # fmt: skip
    for day in (5, 12, 19):
        ledger.pay(datetime(2024, 2, day, 10, tzinfo=CHICAGO), "-35.00", "NSF RETURNED ITEM FEE")
    signals = _stress(ledger)
    assert signals.get("night_borrowing") == 1
    assert signals.get("late_payment", 0) >= 3


def test_overdraft_fees_are_stress() -> None:
    ledger = Ledger(currency="GBP")
    for day in (3, 10, 17):
        ledger.pay(datetime(2024, 4, day, 10, tzinfo=UTC), "-15.00", "UNARRANGED OVERDRAFT FEE")
    assert _stress(ledger).get("overdraft") == 3


@pytest.mark.parametrize(
    ("text", "counterparty", "amount"),
    [
        ("花呗 付款", "淘宝", "-89.00"),  # pay-later at checkout, at night: not borrowing cash
        ("Klarna purchase", "ASOS", "-60.00"),
    ],
)
def test_pay_later_purchases_at_night_are_not_stress(
    text: str, counterparty: str, amount: str
) -> None:
    ledger = Ledger()
    for day in range(1, 8):
        ledger.pay(datetime(2024, 6, day, 1, 30, tzinfo=SHANGHAI), amount, text, counterparty)
    found = finances.infer(ledger.records)
    assert _one(found, "borrowing") is not None
    assert _one(found, "financial_stress") is None


# --- gambling ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "gambles"),
    [
        (["ONLINE SPORTSBOOK DEPOSIT", "SPORTSBOOK DEPOSIT"], True),
        (["Powerball ticket", "State Lotto"], True),
        (["中国体育彩票 投注", "竞彩足球"], True),
        (["Steam purchase", "Nintendo eShop"], False),
        (["美团外卖", "滴滴出行"], False),
    ],
)
def test_gambling_deposits_by_category_words(texts: list[str], gambles: bool) -> None:
    ledger = Ledger()
    for day, text in enumerate(texts, start=1):
        ledger.pay(datetime(2024, 7, day, 20, tzinfo=CHICAGO), "-50.00", text)
    assert (_one(finances.infer(ledger.records), "gambling") is not None) is gambles


def test_everyday_talk_is_not_gambling() -> None:
    ledger = Ledger()
    ledger.pay(datetime(2024, 7, 1, 12, tzinfo=CHICAGO), "-4.50", "COFFEE")
    for day, text in enumerate(["this game is killing me", "I bet you're tired",
                                "you can bet on it", "这游戏要把我逼疯了"], start=2):  # fmt: skip
        ledger.say(datetime(2024, 7, day, 21, tzinfo=CHICAGO), text)
    assert _one(finances.infer(ledger.records), "gambling") is None


# --- payments as sensitive evidence -----------------------------------------------------


def _hits(texts: Sequence[tuple[str | None, str | None]]) -> list[tuple[str, str, str]]:
    ledger = Ledger()
    for day, (counterparty, text) in enumerate(texts, start=1):
        ledger.pay(datetime(2024, 8, day, 11, tzinfo=CHICAGO), "-20.00", text, counterparty)
    found = payments.sensitive_hits(prepare(ledger.records))
    return sorted(zip(found["group"], found["label"], found["term"], strict=True))


@pytest.mark.parametrize(
    ("rows", "label"),
    [
        ([("法喜寺", "随喜功德")], "buddhist"),
        ([("灵隐寺", "供灯")], "buddhist"),
        ([("ST MARY'S CHURCH", "ONLINE GIVING")], "christian"),
        ([("East London Mosque", "Zakat")], "muslim"),
        ([("Guru Nanak Gurdwara", "langar donation")], "sikh"),
        ([("Sri Venkateswara Temple", "donation")], "worship_generic"),
    ],
)
def test_donations_to_places_of_worship(rows: list[tuple[str, str]], label: str) -> None:
    assert ("religion", label) in {(g, lab) for g, lab, _ in _hits(rows)}


@pytest.mark.parametrize(
    "rows",
    [
        [("TESCO CHURCH ST", "groceries")],
        [("灵隐寺景区", "门票")],
        [("地铁", "静安寺站")],
        [("Temple Bar", "pints")],
        [("Temple University", "tuition")],
        [("佛山市顺德区美食店", "午饭")],
    ],
)
def test_no_religion_from_streets_tickets_and_namesakes(rows: list[tuple[str, str]]) -> None:
    assert not [hit for hit in _hits(rows) if hit[0] == "religion"]


@pytest.mark.parametrize(
    ("rows", "term"),
    [
        ([("CVS/PHARMACY #02341", "Refill METFORMIN 500MG")], "medication: metformin"),
        ([("WALGREENS #7731", "RX sertraline 50mg")], "medication: sertraline"),
        ([("浙江大学医学院附属第一医院", "挂号费")], "医院"),
        ([("好大夫在线", "医疗健康")], "医疗健康"),
        ([("Northside Urgent Care", "copay")], "urgent care"),
    ],
)
def test_health_from_care_and_medication_payments(rows: list[tuple[str, str]], term: str) -> None:
    assert ("health", "medical_care", term) in _hits(rows)


def test_pharmacy_purchases_count_only_when_repeated() -> None:
    once = [("老百姓大药房", "购物"), ("Boots Pharmacy", "toothpaste")]
    thrice = [("老百姓大药房", "购物")] * 3
    assert not _hits(once)
    assert [hit[:2] for hit in _hits(thrice)] == [("health", "medical_care")] * 3


@pytest.mark.parametrize(
    "rows",
    [
        [("Holland & Barrett", "protein bars")],
        [("Netflix", "subscription")],
        [("Steam", "game")],
        [("瑞幸咖啡", "拿铁")],
    ],
)
def test_no_health_from_ordinary_shops(rows: list[tuple[str, str]]) -> None:
    assert not _hits(rows)


def test_pay_from_a_hospital_is_not_medical_care() -> None:
    """Money received from a hospital (the user works there) says nothing about health;
    paying one does."""
    ledger = Ledger("银行明细.csv", "CNY")
    for month in range(1, 7):
        ledger.pay(datetime(2024, month, 10, 10, tzinfo=SHANGHAI), "7200.00", "代发工资",
                   counterparty="示例市中心医院")  # fmt: skip
    assert _one(sensitive.infer(ledger.records), "health") is None
    ledger.pay(datetime(2024, 7, 2, 10, tzinfo=SHANGHAI), "-35.00", "挂号费", "示例市儿童医院")
    ledger.pay(datetime(2024, 7, 9, 10, tzinfo=SHANGHAI), "-280.00", "门诊", "示例市儿童医院")
    health = _one(sensitive.infer(ledger.records), "health")
    assert health is not None and health.value["value"] == "medical_care"
    assert len(health.evidence) == 2


def test_a_refund_from_a_pharmacy_is_not_a_purchase() -> None:
    ledger = Ledger(currency="GBP")
    for day in (3, 10, 17):
        ledger.pay(datetime(2024, 5, day, 12, tzinfo=UTC), "4.20", "Refund", "Boots Pharmacy")
    assert payments.sensitive_hits(prepare(ledger.records)).empty


def _shifts_at(place: tuple[float, float], home: tuple[float, float]) -> list[Record]:
    """A fortnight of nights at home and weekday shifts at ``place``, fixes every hour."""
    path = "location/fixes.json"
    points: list[Record] = []
    start = datetime(2024, 6, 3, tzinfo=SHANGHAI)  # a Monday
    for hour in range(14 * 24):
        when = start + timedelta(hours=hour)
        at_work = when.weekday() < 5 and 9 <= when.hour < 17
        lat, lon = place if at_work else home
        points.append(LocationPoint(source="test", path=path, locator=f"fix {hour}",
                                    timestamp=when, lat=lat, lon=lon))  # fmt: skip
    return points


def _shared_location(when: datetime, where: tuple[float, float], name: str) -> list[Record]:
    """A shared location in a chat: the message and its point, on one line."""
    path, locator = "聊天记录/阿明/阿明_utf8.csv", f"row {when:%d%H}"
    return [
        Message(source="wechat", path=path, locator=locator, timestamp=when, actor=ME,
                conversation="阿明", text=f"{name} 示例市解放大道100号"),
        LocationPoint(source="wechat", path=path, locator=locator, timestamp=when,
                      lat=where[0], lon=where[1]),
    ]  # fmt: skip


def test_sharing_the_location_of_ones_own_workplace_is_not_medical_care() -> None:
    hospital, home, clinic = (30.5822, 114.2843), (30.5940, 114.2659), (30.5500, 114.3300)
    records: list[Record] = [
        ProfileFact(source="test", path="profile.json", locator="$.name", field="name", value=ME),
        *_shifts_at(hospital, home),
    ]
    for day in (4, 6, 11, 13):  # after a shift, at the hospital she works in
        when = datetime(2024, 6, day, 16, 30, tzinfo=SHANGHAI)
        records += _shared_location(when, hospital, "示例市第一人民医院")
    assert _one(sensitive.infer(records), "health") is None
    for day in (8, 15):  # a Saturday clinic visit elsewhere is care
        when = datetime(2024, 6, day, 10, tzinfo=SHANGHAI)
        records += _shared_location(when, clinic, "示例社区卫生服务中心诊所")
    health = _one(sensitive.infer(records), "health")
    assert health is not None and health.value["value"] == "medical_care"


def test_temple_donations_become_a_religion_claim_with_evidence() -> None:
    ledger = Ledger("支付宝交易明细.csv", "CNY")
    for month in (1, 2, 4):
        ledger.pay(datetime(2024, month, 15, 9, tzinfo=SHANGHAI), "-66.00", "随喜功德",
                   counterparty="永福禅寺")  # fmt: skip
    found = sensitive.infer(ledger.records)
    religion = _one(found, "religion")
    assert religion is not None and religion.special_category
    assert religion.value["value"] == "buddhist"
    assert religion.evidence == ("支付宝交易明细.csv#row 2", "支付宝交易明细.csv#row 3",
                                 "支付宝交易明细.csv#row 4")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Refill LISINOPRIL 10MG", [("hypertension", "lisinopril")]),
        ("losartan 50mg", [("hypertension", "losartan")]),
        ("缬沙坦胶囊", [("hypertension", "缬沙坦")]),
        ("硝苯地平缓释片吃完了", [("hypertension", "硝苯地平")]),
        ("atorvastatin", [("high_cholesterol", "atorvastatin")]),
        ("医生让我吃瑞舒伐他汀", [("high_cholesterol", "瑞舒伐他汀")]),
        ("sitagliptin", [("diabetes", "sitagliptin")]),
        ("fluoxetine", [("depression", "fluoxetine")]),
        ("lorazepam", [("anxiety", "lorazepam")]),
        ("看地平线上的日出", []),  # "horizon", not a drug
        ("普利茅斯的朋友", []),  # Plymouth
        ("the april fool", []),
        ("Capril cafe", []),
        ("公司特别忙", []),
    ],
)
def test_medication_class_from_the_name_stem(text: str, found: list[tuple[str, str]]) -> None:
    assert payments.medication_classes(text) == found


def test_a_named_blood_pressure_drug_in_own_messages_is_a_condition() -> None:
    ledger = Ledger("chat.csv", "CNY")
    ledger.pay(datetime(2024, 9, 1, 10, tzinfo=SHANGHAI), "-30.00", "购物", "便利店")
    for day in (3, 20):
        ledger.say(datetime(2024, 9, day, 19, tzinfo=SHANGHAI), "缬沙坦快吃完了，明天去拿药")
    ledger.say(datetime(2024, 9, 4, 19, tzinfo=SHANGHAI), "硝苯地平别忘了", author="Sam")
    health = _one(sensitive.infer(ledger.records), "health")
    assert health is not None and health.value["value"] == "hypertension"
    # Only the person's own messages: Sam's reminder is not evidence about them.
    assert len(health.evidence) == 2


def _blank_currency_payroll(zone: tzinfo) -> list[Record]:
    ledger = Ledger()
    for i, when in enumerate(_days(datetime(2024, 1, 5, 9, tzinfo=zone), 14, 6)):
        ledger.pay(when, "2150.40", f"ACME CORP PAYROLL PPD ID:{88120 + i}")
    blank = [
        Payment(**{**{f: getattr(r, f) for f in ("source", "path", "locator", "timestamp",
                                                  "counterparty", "text", "amount", "status")},
                   "currency": None})
        if isinstance(r, Payment) else r
        for r in ledger.records
    ]  # fmt: skip
    return blank


@pytest.mark.parametrize(
    ("zone", "located", "currency"),
    [
        (UTC, True, "USD"),  # own coordinates in Chicago
        (SHANGHAI, False, "CNY"),  # no coordinates: the zone the records were read in
        (UTC, False, ""),  # neither: unknown, not guessed
    ],
)
def test_missing_currency_is_the_one_where_the_person_is(
    zone: tzinfo, located: bool, currency: str
) -> None:
    records = _blank_currency_payroll(zone)
    if located:
        records += [
            LocationPoint(source="google_location", path="Records.json", locator=f"$[{i}]",
                          timestamp=datetime(2024, 1, 6, 1, tzinfo=UTC) + timedelta(hours=i),
                          lat=41.92, lon=-87.65)
            for i in range(5)
        ]  # fmt: skip
    salary = _one(finances.infer(records), "salary")
    assert salary is not None and salary.value["currency"] == currency


def test_subscriptions_on_a_bank_csv_without_a_payee_column() -> None:
    ledger = Ledger()
    for month in range(1, 6):
        ledger.pay(datetime(2024, month, 9, 8, tzinfo=CHICAGO), "-15.49",
                   f"NETFLIX.COM 866-579-{7100 + month} CA")  # fmt: skip
    found = _one(finances.infer(ledger.records), "subscriptions")
    assert found is not None
    assert [item["payee"] for item in found.value["subscriptions"]] == ["NETFLIX.COM CA"]


@given(
    st.text(
        alphabet=st.sampled_from(list("ACME Corp 0123:#-/ PAYROLL ID REF 工资代发杭州公司")),
        max_size=40,
    )
)
def test_payer_names_never_keep_numbers_and_are_stable(line: str) -> None:
    payer = payments.clean_payer(line)
    if payer is not None:
        assert not any(ch.isdigit() for ch in payer)
        assert payments.clean_payer(payer) == payer


@pytest.mark.parametrize(
    ("rows", "found"),
    [
        (
            [("Corner Shop", "METFORMIN 500MG")],
            [("health", "medical_care", "medication: metformin")],
        ),
        ([("Corner Shop", "melatonin gummies")], []),  # no pharmacy, no dose: not read as medicine
    ],
)
def test_medication_needs_a_health_context_or_a_dose(
    rows: list[tuple[str, str]], found: list[tuple[str, str, str]]
) -> None:
    assert _hits(rows) == found


def test_the_medication_dictionary_is_read_without_importing_its_package() -> None:
    import sys

    assert payments.medications("Refill lisinopril 10mg") == ["lisinopril"]
    # Its module reads a cache in the home folder and imports an HTTP client.
    assert "drug_named_entity_recognition" not in sys.modules


def test_a_statement_of_dates_only_is_no_late_night_spending() -> None:
    # A QIF statement gives dates only, read as midnight: no hour, so no late nights.
    denver = ZoneInfo("America/Denver")
    start = datetime(2025, 2, 1, tzinfo=denver)
    dated = [
        Payment(
            source="qif",
            path="bank/checking.qif",
            locator=f"record {day}",
            timestamp=start + timedelta(days=day),
            counterparty="KING SOOPERS",
            amount=Decimal("-42.10"),
            currency="USD",
        )
        for day in range(30)
    ]
    late = [
        Payment(
            source="paypal",
            path="paypal/Download.CSV",
            locator=f"row {day}",
            timestamp=start + timedelta(days=day, hours=1, minutes=17),
            counterparty="Valve Corporation",
            amount=Decimal("-9.99"),
            currency="USD",
        )
        for day in range(0, 30, 3)
    ]
    found = {i.key: i for i in finances.infer(dated)}
    assert "late_night_spending" not in found
    # Payments with a real time after midnight still count.
    found = {i.key: i for i in finances.infer(dated + late)}
    assert found["late_night_spending"].value["payments"] == len(late)
