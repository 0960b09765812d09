"""Tables of positive and negative cases for sentiment, stance and forms of address,
in English and Chinese. Written by hand for the method, not taken from any persona."""

from __future__ import annotations

from datetime import timedelta

import pytest

from footprint.infer import politics, sensitive
from footprint.infer.address import cues
from footprint.infer.frame import prepare
from footprint.infer.sentiment import polarity
from footprint.infer.stance import text_stance
from footprint.model import Message, Record
from tests.infer.test_accuracy_cues import ME, START, _chat, _me, _relationship


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("What a lovely afternoon", 1),
        ("this is awful", -1),
        ("not bad at all", 1),
        ("the whole thing is a joke", -1),
        ("absolute rip-off", -1),
        ("今天天气很好", 1),
        ("真是离谱", -1),
        ("不是很好", -1),
        ("我不讨厌", 1),
        ("太坑了", -1),
        ("灿烂的阳光", 1),
        ("我到了", 0),
        ("see you at 5", 0),
    ],
)
def test_sentiment_sign(text: str, sign: int) -> None:
    value = polarity(text)
    assert (value > 0.05) - (value < -0.05) == sign, value


@pytest.mark.parametrize(
    ("text", "stance", "topic"),
    [
        # English: institutions, officials in vernacular, the system, policy topics.
        ("The government is useless", -1, None),
        ("those clowns in Westminster have no idea", -1, None),
        ("politicians are all crooks", -1, None),
        ("the system is rigged against people like us", -1, None),
        ("pensions get cut again, disgraceful", -1, "pensions"),
        ("raising the retirement age is theft", -1, "pensions"),
        ("Scrap the benefit cap now! #ScrapTheCap", -1, None),
        ("taxes going up AGAIN. robbing us blind", -1, "taxes"),
        ("medicaid cuts will hurt so many people", -1, "health"),
        ("The council did a great job on the new park", 1, None),
        ("They promised to fix housing policy. Still haven't.", -1, "housing"),
        # Chinese: 政府, 当官的, 体制, 政策 and policy topics with vernacular evaluation.
        ("当官的就知道画饼", -1, None),
        ("延迟退休这事，真是坑人", -1, "pensions"),
        ("社保又涨了，凭什么", -1, "health"),
        ("这政策真离谱", -1, None),
        ("政府这次做得不错", 1, None),
        ("取消延迟退休！", -1, "pensions"),
        # The health service and the system judged, not used: still opinions.
        ("the nhs is a disgrace, tories have gutted it", -1, "health"),
        ("No. 10 are a joke", -1, None),
        ("医保太坑了", -1, "health"),
    ],
)
def test_stance_positive_cases(text: str, stance: int, topic: str | None) -> None:
    found = text_stance(text)
    assert found, text
    negative = any(c.negative for c in found)
    assert (-1 if negative else 1) == stance, found
    if topic:
        assert topic in {c.topic for c in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "doing my tax return, so annoying",  # paperwork, not a view on tax
        "my mum hates the new bins",  # no political target
        "the police station is on the left",  # no evaluation
        "我们领导今天又让加班，烦死了",  # a boss, not the state
        "免税店好贵",  # duty free, not tax policy
        "我死党说这家店很好吃",  # best friend, not the party
        "I voted today",
        "election day tomorrow",
        # Using a health service, or a computer system, is no political opinion.
        "if the surgery rings my nhs no. is 123 456 7890, ugh",
        "ugh missed my nhs gp appointment again",
        "the system crashed again, so annoying",
        "ugh this system keeps freezing",
        "去医院挂号等了好久，医保卡还刷不了，烦",
        "系统又崩了，烦死",
    ],
)
def test_stance_negative_cases(text: str) -> None:
    assert not text_stance(text), text_stance(text)


@pytest.mark.parametrize(
    ("text", "relationship"),
    [
        ("Mum, I'm home", "family"),
        ("thanks mum x", "family"),
        # Kinship words friends use too: family or friend, the other cues decide.
        ("hey sis you coming?", "kin_or_friend"),
        ("姐 晚上去公园走走？", "kin_or_friend"),
        ("alright bro", "friend_or_kin"),
        ("Eid Mubarak cuz", "family"),
        ("our mum is driving me mad", "family"),
        # Pet names are "affection": a partner's unless kinship or friendship explains them.
        ("hey babe how was it", "affection"),
        ("see you later hun", "affection"),
        ("date night friday?", "partner"),
        # Casual register: a friend's unless work evidence says workmates (social.py).
        ("talk later mate", "casual"),
        ("you're my best friend", "close_friend"),
        ("妈，我到了", "family"),
        ("妈我到了", "family"),
        ("咱妈最近咋样", "family"),
        ("晚安宝贝", "affection"),
        ("老婆你在哪", "partner"),
        ("老头子，饭在锅里", "partner"),
        ("老伴 我到家了", "partner"),
        ("兄弟，今晚开黑吗", "casual"),
        ("闺蜜 明天逛街吗", "close_friend"),
        ("thanks coach", "colleague"),
        ("张老师 好的", "colleague"),
        ("宝你在干嘛", "affection"),
        ("好的老板", "colleague"),
    ],
)
def test_address_positive_cases(text: str, relationship: str) -> None:
    found = {c.relationship for c in cues(text) if c.weight >= 0.5}
    assert relationship in found, cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "my mum said hi",  # a mention of a third person
        "I'll ask mum tonight",
        "Mum said you called",
        "going with my sister",
        "我妈说你好",
        "我闺蜜说的",
        "谢谢王姐",  # a name with an honorific, not a sister
        "Mumbai was amazing",
        "you seen Mom",  # a mention after a past-tense verb
        "I told dad",
        "I'm already borrowing off mam",  # the object of a verb or a preposition
        "I'm off sunday!! I'll bring Mam",
        # Said of someone, or a verb: not an address.
        "i'm dad 😂",
        "your new flat looks gorgeous",
        "aww love that",
        "媳妇对你好 你也要对她好呀",
    ],
)
def test_address_negative_cases(text: str) -> None:
    assert not [c for c in cues(text) if c.kind == "vocative"], cues(text)


@pytest.mark.parametrize(
    ("lines", "relationship"),
    [
        # A mother's pet names are explained by "mum": family, not partner.
        (
            [
                (True, "thanks mum x"),
                (False, "night sweetheart"),
                (False, "love you darling"),
                (True, "Mum, can you call me"),
                (False, "of course honey"),
            ],
            "family",
        ),
        # "sis" is what friends call each other too: with nothing else, no label.
        (
            [(True, "hey sis you coming?"), (False, "love you"), (True, "love you too sis")],
            None,
        ),
        # ... and a sister when kinship words say family.
        (
            [(True, "hey sis you coming?"), (False, "our mum says hi"), (True, "love you sis")],
            "family",
        ),
        # A best friend says "love you, hun" and is called "pal": close friend.
        (
            [
                (False, "love you hun"),
                (True, "cheers pal"),
                (False, "miss you hun"),
                (True, "see you later pal"),
            ],
            "close_friend",
        ),
        # Pet names alone, with nothing more specific: partner.
        ([(False, "hey babe how was it"), (True, "night babe"), (False, "love you")], "partner"),
        ([(False, "老公你到了吗"), (True, "到了老婆")], "partner"),
        ([(True, "妈，我到了"), (False, "宝贝早点睡"), (True, "好的妈")], "family"),
        ([(False, "姐妹，逛街吗"), (True, "亲爱的走起"), (False, "爱你姐妹")], "close_friend"),
        # Mentions of a third person say nothing: no label ("unknown").
        ([(True, "my mum said hi"), (False, "tell your mum thanks"), (True, "will do")], None),
    ],
)
def test_relationship_decision(lines: list[tuple[bool, str]], relationship: str | None) -> None:
    assert _relationship(_me() + _chat("Alex Morgan", lines), "Alex Morgan") == relationship


def _group(lines: list[tuple[str, str]], name: str = "Old friends") -> list[Record]:
    """A group chat: (author, text) lines, one a day."""
    return [
        Message(
            source="whatsapp",
            path=f"WhatsApp Chat with {name}.txt",
            locator=f"line {index + 1}",
            timestamp=START + timedelta(days=index, hours=20),
            actor=author,
            conversation=name,
            text=text,
        )
        for index, (author, text) in enumerate(lines)
    ]


_RANTS_EN = [
    "the government is robbing us blind with these taxes",
    "politicians are liars, every single one",
    "the system is rigged and everyone knows it",
    "council wasted our money again, absolute clowns",
    "ministers are useless, pure and simple",
    "taxes up again, disgraceful",
]
_RANTS_ZH = [
    "当官的就知道画饼",
    "税又涨了，真是坑人",
    "这体制太离谱了",
    "政府天天骗人",
    "延迟退休太坑了",
]


@pytest.mark.parametrize("rants", [_RANTS_EN, _RANTS_ZH])
def test_a_friend_ranting_in_a_group_chat_is_a_risky_contact(rants: list[str]) -> None:
    lines: list[tuple[str, str]] = []
    for day in range(4):
        for rant in rants:
            lines.append(("Dave", f"{rant} (day {day})"))
        lines += [(ME, "haha see you saturday"), ("Amy", "who's bringing snacks?")]
    found = [i for i in politics.infer_risky_contacts(prepare(_me() + _group(lines)))]
    assert [i.value["name"] for i in found] == ["Dave"]
    assert found[0].evidence and found[0].special_category
    assert found[0].value["texts"] >= len(rants)


def test_the_odd_complaint_of_a_chatty_partner_is_not_risky() -> None:
    lines = [(False, "the council is useless"), *[(False, f"love you babe {i}") for i in range(60)]]
    records = _me() + _chat("Sam Lee", lines, days=1)
    assert politics.infer_risky_contacts(prepare(records)) == []


def test_the_users_own_criticism_over_time_is_political_opinion() -> None:
    lines = [(True, f"{rant} ({day})") for day in range(2) for rant in _RANTS_ZH]
    records = _me() + _chat("小王", lines, days=1)
    inp = prepare(records)
    found = politics.infer_politics(inp, sensitive.own_texts(inp).index)
    assert found and found[0].value["value"].startswith("critical")
    assert found[0].value["by_month"] and found[0].evidence


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("房子买不起", -1),  # V不起: can't afford to
        ("这日子没法过了", -1),
        ("谁受得了", -1),
        ("明天几点开会", 0),
    ],
)
def test_chinese_complaint_constructions(text: str, sign: int) -> None:
    value = polarity(text)
    assert (value > 0.05) - (value < -0.05) == sign, value
