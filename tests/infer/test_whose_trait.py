"""A special category is the user's only from evidence about the user: another person's
condition, a clergy member who is someone else's, a guest at a christening, 礼拜六 (the
weekday) are not; the user's own practice, first-person statements and payments are.
Casual games bought from a game publisher count as gaming; transport and immigration
enforcement are policy areas of a political opinion. English and Chinese."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from footprint.infer import finances, sensitive, subject
from footprint.infer.lexicon import matcher
from footprint.infer.stance import text_stance
from footprint.model import Payment, Record
from tests.infer.test_accuracy_cues import START, _one, _posts, _value


@pytest.mark.parametrize(
    ("text", "term", "other"),
    [
        # someone else's: a pronoun, a relative, a possessive, a surname, going along
        ("how's your blood pressure these days", "blood pressure", True),
        ("my mum's diabetes is getting worse", "diabetes", True),
        ("my friend has asthma and forgot his inhaler", "asthma", True),
        ("Steve's church has a new roof", "church", True),
        ("taking dad to the hospital tomorrow", "hospital", True),
        ("姐 你血压这几天怎么样", "血压", True),
        ("我妈血压高", "血压", True),
        ("老张糖尿病又犯了", "糖尿病", True),
        ("明天请假去趟医院陪同事", "医院", True),
        ("我陪他去医院", "医院", True),
        # a question the user asks, naming no one: about whom they ask
        ("btw did the physio help", "physio", True),
        ("how's the knee x", "knee", True),
        ("复查了吗", "复查", True),
        ("did the physio help my back?", "physio", False),
        ("我要不要去医院看看？", "医院", False),
        ("going to 10am mass with mum sunday then brunch?", "mass", False),  # a plan
        ("周日去教堂吗", "教堂", False),
        # the user's own
        ("my blood pressure is high again", "blood pressure", False),
        ("I need a new inhaler", "inhaler", False),
        ("asthma review at the GP tomorrow", "asthma", False),
        ("told mum I have asthma", "asthma", False),
        ("我血压有点高", "血压", False),
        ("医生说我血压高", "血压", False),
        ("今天去寺里烧香 给你求了个平安符", "烧香", False),
        ("其他医院都挂不上号 我去中医院看看", "医院", False),
    ],
)
def test_whose_trait_a_word_is(text: str, term: str, other: bool) -> None:
    assert subject.about_someone_else(text, term) is other


@pytest.mark.parametrize(
    ("text", "term", "own"),
    [
        ("my pastor preached on forgiveness", "pastor", True),
        ("our vicar is retiring", "vicar", True),
        ("我们牧师今天讲道很好", "牧师", True),
        ("tell pastor i said hey", "pastor", False),
        ("as long as the vicar doesn't go on", "vicar", False),
        ("妈妈说牧师问你好", "牧师", False),
    ],
)
def test_a_person_of_a_faith_is_the_users_only_when_they_say_so(
    text: str, term: str, own: bool
) -> None:
    assert subject.owned_by_user(text, term) is own


def test_a_friends_condition_is_no_claim_about_the_user() -> None:
    records = _posts(["how's your blood pressure?", "my dad's blood pressure tablets ran out"])
    records += _posts(["你血压最近怎么样", "老王血压高 住院了", "我陪朋友去医院"])
    assert _one(sensitive.infer(records), "health") is None


def test_the_users_own_condition_is_still_claimed() -> None:
    assert _value(sensitive.infer(_posts(["my blood pressure is up again"])), "health") == (
        "hypertension"
    )
    assert _value(sensitive.infer(_posts(["我血压又高了 得吃降压药"])), "health") == (
        "hypertension"
    )


def test_someone_elses_clergy_and_ceremony_are_not_the_users_religion() -> None:
    records = _posts(
        [
            "tell the pastor hi from me",
            "the christening is at St Anne's church on Sunday",
            "vicar wants the godparents' names",
            "表姐的婚礼在教堂办",
        ]
    )
    assert _one(sensitive.infer(records), "religion") is None


def test_the_users_own_clergy_and_church_count() -> None:
    records = _posts(["my pastor asked me to help at church", "bible study tonight"])
    assert _value(sensitive.infer(records), "religion") == "christian"


def test_li_bai_as_a_weekday_is_not_worship() -> None:
    lexicon = matcher("sensitive")
    for text in (
        "礼拜六去超市",
        "我上礼拜体检了",
        "这个礼拜太忙",
        "礼拜天一起吃饭",
        "礼拜五下班早",
    ):
        assert not [h for h in lexicon.hits(text) if h.group == "religion"], text
    assert [h.label for h in lexicon.hits("周日去教堂做礼拜")] == ["christian", "christian"]
    records = _posts(["礼拜六烧了排骨", "下礼拜见", "礼拜天去公园"])
    assert _one(sensitive.infer(records), "religion") is None


@pytest.mark.parametrize(
    "texts",
    [
        ["十五了 去栖霞寺上个香", "这几天念了一遍金刚经"],
        ["初一去寺里拜拜", "晚上念大悲咒 心里静"],
        ["went to the Buddhist temple for Vesak", "reading a sutra every morning"],
    ],
)
def test_buddhist_practice_by_temple_names_and_sutras(texts: list[str]) -> None:
    assert _value(sensitive.infer(_posts(texts)), "religion") == "buddhist"


def test_streets_and_stations_named_after_a_temple_are_not_visits() -> None:
    records = _posts(["在龙华寺路口等你", "静安寺站下车", "大雁塔寺街那家面馆"])
    assert _one(sensitive.infer(records), "religion") is None


def _game_payment(n: int, who: str, text: str, currency: str) -> Payment:
    return Payment(
        source="alipay",
        path="bill.csv",
        locator=f"row {n}",
        timestamp=START + timedelta(days=n),
        counterparty=who,
        text=text,
        amount=Decimal("-6.00"),
        currency=currency,
    )


@pytest.mark.parametrize(
    ("who", "text", "currency"),
    [
        ("三七互娱", "某某传奇-元宝", "CNY"),
        ("莉莉丝", "游戏内购", "CNY"),
        ("SUPERCELL OY", "in-app purchase", "GBP"),
        ("APPLE.COM/BILL", "Playrix Games gems", "USD"),
    ],
)
def test_a_casual_game_bought_from_its_publisher_is_gaming(
    who: str, text: str, currency: str
) -> None:
    records: list[Record] = [_game_payment(n, who, text, currency) for n in range(3)]
    found = _one(finances.infer(records), "gaming")
    assert found is not None and found.value["value"] is True


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("The rail network up north is a disgrace", "transport"),
        ("Cancelling the new rail line was a betrayal", "transport"),
        ("Immigration raids on working families are cruel", "immigration"),
        ("ICE agents arresting people at the school gate. Disgusting.", "immigration"),
        ("高铁停建了 真坑人", "transport"),
        ("移民局到处抓人遣返 太狠了", "immigration"),
    ],
)
def test_transport_and_immigration_enforcement_are_policy_areas(text: str, topic: str) -> None:
    found = text_stance(text)
    assert found and any(c.negative for c in found), found
    assert topic in {c.topic for c in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "ice on the roads this morning, awful",
        "ice cream was great",
        "the government promised us a new hospital",
    ],
)
def test_look_alikes_and_reported_promises_are_no_stance(text: str) -> None:
    assert not [c for c in text_stance(text) if c.topic == "immigration" or c.polarity > 0]


@pytest.mark.parametrize(
    "text",
    [
        "light rail is delayed again, ugh",
        "some guy on the light rail is hosting a party lol",
        "the train was packed and late, awful",
        "地铁又晚点了 烦死了",
        "公交上太挤了 难受",
    ],
)
def test_riding_a_late_train_is_no_opinion_of_transport_policy(text: str) -> None:
    assert not [c for c in text_stance(text) if c.topic == "transport"], text_stance(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council promised a new tram line and we got pothole money",
        "政府说好的修地铁 结果到现在都没动工",
    ],
)
def test_a_broken_promise_is_criticism(text: str) -> None:
    found = text_stance(text)
    assert found and all(c.negative for c in found), found


@pytest.mark.parametrize(
    ("texts", "issue"),
    [
        (
            [
                "Scrapping the XR9 rail line was a disgrace, the government lied",
                "XR9 axed again, the government are useless",
                "lol OMG the government is useless",
            ],
            "XR9",
        ),
        (
            [
                "政府又说PPX项目要停 太坑人了",
                "PPX项目停了 当官的就知道画饼",
                "今天天气不错",
            ],
            "PPX",
        ),
    ],
)
def test_an_issue_named_by_initials_leads_the_political_claim(texts: list[str], issue: str) -> None:
    found = _one(sensitive.infer(_posts(texts)), "politics")
    assert found is not None and f"({issue}" in str(found.value["value"]), found
    assert "OMG" not in str(found.value["value"])
