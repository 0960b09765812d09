"""Chinese complaint constructions (lexicons/complaint_zh.yaml): tables of complaints about
policy in chat register, and of texts that must not read as a political stance. Written
by hand for the method, not taken from any persona."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footprint.infer.complaint import constructions, matches
from footprint.infer.sentiment import polarity
from footprint.infer.stance import text_stance


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # rhetorical questions and challenges
        ("凭啥养老金要我们自己多掏", "pensions"),
        ("延迟退休谁同意了", "pensions"),
        ("难道房价就没人管吗", "housing"),
        ("个税这么收还让不让人活了", "taxes"),
        ("城管把摊子都掀了有没有天理", None),
        ("医保报销比例怎么能一降再降", "health"),
        # sarcasm
        ("呵呵，政府真是好样的", None),
        ("厉害了我的政策", None),
        # burden imposed, repeated or capricious change
        ("延迟退休就是让我们多干几年", "pensions"),
        ("社保又涨价了", "health"),
        ("户口政策说改就改", None),
        ("学区房政策说变就变", None),
        ("医保年年都涨费", "health"),
        # resignation and hardship
        ("退休年龄一延再延，熬到六十五还有几年", "pensions"),
        ("社保交了二十多年，到头来领不到几个钱", "health"),
        ("养老金白交了", "pensions"),
        ("延迟退休以后真没盼头", "pensions"),
        # fairness, counterfactual, exclamation
        ("这个落户政策太不合理", None),
        ("早知道社保这样我当初就不交了", "health"),
        ("双减搞得补课费更贵，岂有此理", None),
        ("房价这么高，年轻人买不起房", "housing"),
        ("养老金说好的每年涨呢", "pensions"),
        ("当官的自己怎么不延迟退休", "pensions"),
        ("个税交了那么多，钱都哪去了", "taxes"),
        ("城管就知道罚款", None),
        ("医保这么改，吃亏的还是老百姓", "health"),
        ("社保这样还不如不交", "health"),
        # who answers for it: a rhetorical question of accountability
        ("拆迁款被截了一半，找谁说理去", None),
        ("医保一年比一年贵，谁管啊", "health"),
        ("修路的钱最后进了谁的腰包", None),
        # partisan rants against the other camp, any camp
        ("那些公知又在带节奏，气炸了", None),
        ("台独分子脸都不要了，必须严惩", None),
        ("某些领导天天开会，基层累得半死", None),
        ("the far right are a disgrace", None),
    ],
)
def test_policy_complaints_are_critical(text: str, topic: str | None) -> None:
    found = text_stance(text)
    assert found and any(c.negative for c in found), (text, found)
    if topic:
        assert topic in {c.topic for c in found}, found


@pytest.mark.parametrize(
    "text",
    [
        # neutral policy talk
        "下个月退休了",
        "社保卡办好了",
        "政府网站怎么登录",
        "医保卡在哪个窗口办",
        "公积金这个月到账了",
        "我们下周去交个税的材料",
        "户口本放在抽屉里",
        # complaints about non-political targets
        "老板又让我们加班，凭什么",
        "天气又变了，烦死了",
        "快递又晚了三天",
        "物业费又涨价了",
        "这家店说关就关",
        "说好的火锅呢",
        "还不如在家吃",
        "为什么不让我先走",
        "说好的周一开放，已经开了",
        # accountability questions about everyday things
        "楼道的灯坏了谁管啊",
        "这单谁负责，我问问",
    ],
)
def test_not_a_political_complaint(text: str) -> None:
    assert not [c for c in text_stance(text) if c.negative], text_stance(text)


@pytest.mark.parametrize(
    "text",
    [
        "政府这次做得不错",
        "新的医保政策很不错，报销多了",
        "感谢政府，养老金又涨了",  # a rise welcomed: 又 + 涨 with thanks
    ],
)
def test_praise_stays_praise(text: str) -> None:
    found = text_stance(text)
    assert found and not any(c.negative for c in found), found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("凭什么", "rhetorical"),
        ("凭 什么", "rhetorical"),
        ("让老百姓多交", "burden_imposed"),
        ("说涨就涨", "capricious_change"),
        ("干到死", "resignation"),
        ("欺负人", "unfairness"),
        ("早知道", "counterfactual"),
        ("看不起病", "cannot_bear"),
        ("岂有此理", "exclamation"),
        ("谁兜底", "accountability"),
    ],
)
def test_construction_categories(text: str, category: str) -> None:
    import jieba

    tokens = [t for t in jieba.lcut(text, HMM=False) if t.strip()]
    assert category in {c.category for c in matches(tokens)}, tokens


@pytest.mark.parametrize("text", ["对不起", "了不起", "吃饭了吗", "我到家了", "好的"])
def test_constructions_leave_ordinary_words(text: str) -> None:
    assert polarity(text) > -0.3, polarity(text)
    import jieba

    assert not matches(jieba.lcut(text, HMM=False))


def test_every_category_documents_its_rationale() -> None:
    for construction in constructions():
        assert construction.regex.pattern, construction.category


@given(st.lists(st.text(min_size=1, max_size=4), max_size=12))
def test_matches_any_tokens(tokens: list[str]) -> None:
    # Any token stream (even with the separator or regex metacharacters) is safe to scan,
    # and a stream without a single CJK character holds no Chinese construction.
    found = matches(tokens)
    if not any("\u3400" <= ch <= "\u9fff" for token in tokens for ch in token):
        assert not found


@pytest.mark.parametrize(
    "text",
    [
        "今天城管来查了，大家注意一下门口",  # a warning: 注意 is one broad HowNet word
        "城管来了。大家注意一下",  # nor a weak next sentence
    ],
)
def test_a_weak_neighbouring_word_lends_no_stance(text: str) -> None:
    assert text_stance(text) == ()
