"""Whose condition and which kin: a clinician's talk of patients and a payment to the
user's own employer are no evidence of the user's health; a kinship word said in one line
again and again beside affection said both ways is a running joke, not family; a parent
named bare as the subject ("mom says") is shared, so "bro" is a brother's; a team or
department in a saved name (赵磊-产品组) says colleague. English and Chinese."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from footprint.infer import sensitive, subject
from footprint.infer.address import cues, name_labels
from footprint.model import Payment, Record
from tests.infer.test_accuracy_cues import START, _chat, _me, _posts, _relationship, _value


@pytest.mark.parametrize(
    ("text", "term", "other"),
    [
        ("three back pain patients before lunch", "back pain", True),
        ("new patient, back injury from lifting", "back injury", True),
        ("had a client with sciatica today", "sciatica", True),
        ("下午来了三个腰痛的患者", "腰痛", True),
        ("今天病人腰椎间盘突出很严重", "腰椎间盘", True),
        ("这个客户腰伤好多了", "腰伤", True),
        # the user's own, even beside patients
        ("a patient said my back pain looked bad", "back pain", False),
        ("病人说我腰伤还没好", "腰伤", False),
        ("my back pain is worse", "back pain", False),
        ("我腰痛得厉害", "腰痛", False),
    ],
)
def test_a_patients_condition_is_not_the_users(text: str, term: str, other: bool) -> None:
    assert subject.about_someone_else(text, term) is other


def test_a_clinicians_work_talk_is_no_health_claim() -> None:
    records = _posts(["three back pain patients before lunch", "client with a slipped disc"])
    records += _posts(["下午来了三个腰痛的患者", "这个病人腰伤好多了"])
    assert _value(sensitive.infer(records), "health") is None


def _pay(n: int, who: str, text: str, amount: str) -> Payment:
    return Payment(
        source="monzo",
        path="monzo.csv",
        locator=f"row {n}",
        timestamp=START + timedelta(days=n),
        counterparty=who,
        text=text,
        amount=Decimal(amount),
        currency="GBP",
    )


@pytest.mark.parametrize(
    ("employer", "payee", "note"),
    [
        ("NORTHWAY PHYSIO LTD", "Northway Physio Staff", "staff do"),
        ("RIVERSIDE PHARMACY LIMITED", "Riverside Pharmacy Social Fund", "leaving gift"),
        ("杭州某某诊所有限公司", "杭州某某诊所", "团建费"),
    ],
)
def test_a_payment_to_the_users_employer_is_no_care(employer: str, payee: str, note: str) -> None:
    records: list[Record] = [_pay(n, employer, "SALARY", "2400.00") for n in range(0, 90, 30)]
    records.append(_pay(40, payee, note, "-25.00"))
    assert _value(sensitive.infer(records), "health") is None


def test_a_payment_to_another_practice_is_still_care() -> None:
    records: list[Record] = [
        _pay(n, "NORTHWAY ACCOUNTANTS LTD", "SALARY", "2400.00") for n in range(0, 90, 30)
    ]
    records.append(_pay(40, "Southside Physio", "back pain session", "-45.00"))
    assert _value(sensitive.infer(records), "health") == "back_injury"


def test_yes_dad_to_a_partner_is_a_running_joke() -> None:
    lines = [
        (True, "yes dad"),
        (True, "yes dad 😘"),
        (False, "love u"),
        (True, "love you more x"),
        (True, "what are we doing for dinner"),
        (False, "pasta?"),
    ]
    assert _relationship(_me() + _chat("Sam Cole", lines), "Sam Cole") == "partner"


def test_a_parent_who_says_yes_mum_in_many_lines_stays_family() -> None:
    lines = [
        (True, "yes mum"),
        (True, "thanks mum x"),
        (False, "love you sweetheart"),
        (True, "love you too mum"),
        (False, "did you eat"),
    ]
    assert _relationship(_me() + _chat("Ann Cole", lines), "Ann Cole") == "family"


@pytest.mark.parametrize(
    "text", ["mom says call her 🙄", "dad wants to know if you're coming", "妈说让你给她回电话"]
)
def test_a_bare_parent_as_subject_is_shared(text: str) -> None:
    assert [c for c in cues(text) if c.kind == "shared_family"], cues(text)


@pytest.mark.parametrize("text", ["my mom says hi", "your dad wants a word", "我妈说你好"])
def test_ones_own_parent_as_subject_is_not_shared(text: str) -> None:
    assert not [c for c in cues(text) if c.kind == "shared_family"], cues(text)


def test_bro_with_a_shared_parent_is_a_brother() -> None:
    lines = [
        (False, "bro that's a lot of snow"),
        (False, "thanks bro"),
        (False, "mom says call her"),
        (True, "will do"),
    ]
    assert _relationship(_me() + _chat("Leo", lines), "Leo") == "family"


@pytest.mark.parametrize(
    ("name", "colleague"),
    [
        ("刘洋-产品组", True),
        ("王芳 财务部", True),
        ("陈晨（技术团队）", True),
        ("羽毛球俱乐部", False),
        ("刘洋", False),
    ],
)
def test_a_team_in_a_saved_name_says_colleague(name: str, colleague: bool) -> None:
    assert any(c.relationship == "colleague" for c in name_labels(name)) == colleague


@pytest.mark.parametrize(
    ("payee", "gaming"),
    [
        ("STEAMGAMES.COM 425-000-0000", True),
        ("EPICGAMES.COM", True),
        ("AMAZON.COM SEATTLE", False),
        ("STEAMCLEANERS.COM", False),
    ],
)
def test_a_merchant_named_by_its_web_address_is_read(payee: str, gaming: bool) -> None:
    from footprint.infer import finances

    records: list[Record] = [
        Payment(
            source="bank",
            path="bank.ofx",
            locator=f"row {n}",
            timestamp=START + timedelta(days=n),
            counterparty=payee,
            text="POS PURCHASE",
            amount=Decimal("-20.00"),
            currency="USD",
        )
        for n in range(3)
    ]
    found = [i for i in finances.infer(records) if i.key == "gaming" and i.value["value"]]
    assert bool(found) is gaming


def _politics(texts: list[str]) -> object:
    return _value(sensitive.infer(_posts(texts)), "politics")


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ["phone banking for the Labour candidate tonight", "out canvassing for Labour again"],
            "campaigns for the Labour party",
        ),
        (
            ["knocked on 40 doors for the Republican primary", "canvassed the ward for the GOP"],
            "campaigns for the Republican party",
        ),
        (["周末去帮候选人拉票", "今天又去助选了 选举快到了"], "campaigns in elections"),
    ],
)
def test_campaigning_for_a_party_is_political_activity(texts: list[str], expected: str) -> None:
    assert _politics(texts) == expected


@pytest.mark.parametrize(
    "texts",
    [
        ["canvassing for the solar panel company again", "canvassed 30 houses for broadband deals"],
        ["I'm not canvassing for the election this year", "not phone banking for the campaign"],
    ],
)
def test_sales_canvassing_or_a_refusal_is_no_campaign(texts: list[str]) -> None:
    assert _politics(texts) is None
