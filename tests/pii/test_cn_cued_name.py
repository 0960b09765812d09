"""Chinese names in the slot a cue opens (fields, roles, kinship terms, brackets after a
number, verbs that hand something over, lists), where jieba cuts them into other words."""

from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from footprint.pii.recognizers.cn_cued_name import cued_name_spans
from tests.pii.conftest import values

ENTITY = "PERSON"
POSITIVE = [
    # a form's field filled with a name that is a word too, closed by a mark or a digit
    ("姓名：安宁\n电话：181 2076 8331", ["安宁"]),
    ("费用转到6227004736590080，户名夏天，转完截图", ["夏天"]),
    ("紧急联系人江河 183-5147-9071", ["江河"]),
    ("收货人姓名：田野，电话见下", ["田野"]),
    # A field or a role, with or without a colon; a two-character name too.
    ("收款人：邹建军  开户行：建设银行", ["邹建军"]),
    ("户名韩志远", ["韩志远"]),
    ("实名认证 姓名：罗敏，已通过", ["罗敏"]),
    ("持卡人蒋丽华", ["蒋丽华"]),
    ("车主任志明，车在地库", ["任志明"]),  # jieba: 车 + 主任 + 志明
    ("联系人龙静怡电话稍后发", ["龙静怡"]),  # jieba: 联系 + 人龙
    ("家长邓国庆，有事请联系", ["邓国庆"]),  # a given name that is a word (国庆)
    ("司机曹洋，车牌稍后发你", ["曹洋"]),
    # A kinship term.
    ("我三姨贺建军的电话你有吗", ["贺建军"]),
    ("大舅邱思琪下周来", ["邱思琪"]),
    # Brackets right after an account or a number.
    ("转到6222 0000 1111（黎明）", ["黎明"]),
    ("支付宝 abc@example.com（彭建华）", ["彭建华"]),
    # A verb that hands something to a person, a list, the start of a text.
    ("转账给付晓燕，备注房租", ["付晓燕"]),  # jieba: 给付 + 晓燕
    ("文件抄送严志强一份", ["严志强"]),
    ("有事找前台找龚桂芳", ["龚桂芳"]),
    ("打给万宁，他会处理", ["万宁"]),  # a two-character name closed by punctuation
    ("周末约了邵鹏、韦子涵还有小丁", ["邵鹏", "韦子涵", "小丁"]),
    ("伴郎是汪国庆[嘿哈]", ["汪国庆"]),
    ("昨天碰到蔡建军了，胖了", ["蔡建军"]),
    ("【吕国庆】【地址稍后发】", ["吕国庆"]),
    # A form of address jieba glued to the cue (房东 + 方 -> 房 + 东方, 找 + 谢).
    ("房东方阿姨说下月涨租", ["方阿姨"]),
    ("有事找谢总，他知道", ["谢总"]),
    ("群主梁工拉我进群", ["梁工"]),
    ("户名范桐，备注房租", ["范桐"]),  # after a field, a rarer one-character given name
    # WeChat's line for an invitation, and an e-mail's display name.
    ("龚丽萱邀请孔若加入了群聊", ["龚丽萱", "孔若"]),
    ('"组长陈静"邀请"孔若"加入了群聊', ["陈静", "孔若"]),
    ("收件人：龚语 <gongyu@example.com>", ["龚语"]),
]
NEGATIVE = [
    "许多人在排队",  # 许 + 多人: starts with a common word
    "田园风的民宿",
    "备注：杨梅钱",
    "那周日见",  # 那 is mostly a pronoun
    "都正常",
    "车明天去保养",  # 明天 is far likelier a word than a given name
    "乐元素，游戏充值",
    "我去找张多多",  # a doubled word
    "东方明珠真漂亮",  # a fixed name jieba lists
    "家长高兴，孩子也开心",  # a common word
    "找周总结一下",  # 周总 + 结: the title starts a word
    "司机施工队的车",  # 施工 is a word
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, expected: list[str]) -> None:
    assert values(patterns_detector, text, ENTITY) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("收款人：邹建军", "邹建军"),
        ("伴郎是汪国庆。", "汪国庆"),
        ("（黎明）", ""),
        ("【高德】您的行程已结束", ""),
    ],  # two characters after a weak cue
)
def test_cue_opens_the_slot(text: str, name: str) -> None:
    # Brackets count only after an account or a number; a weak cue needs three characters.
    assert [text[s:e] for s, e, _ in cued_name_spans(text)] == ([name] if name else [])
