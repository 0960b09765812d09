"""Chinese names in free text without known names: jieba's tags, the surname list and
nicknames, with their negatives (ordinary words jieba tags as names)."""

from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "PERSON"
POSITIVE = [
    # a subject doing something at a message's start; a pasted chat's senders
    ("雅雯到了", ["雅雯"]),
    ("俊豪怎么不回我消息", ["俊豪"]),
    ("秋燕：我到楼下了\n我：好 马上下来", ["秋燕"]),
    # forms of address: 同学, 警官; a surname jieba read into the word before it
    ("被孙同学骂惨了", ["孙同学"]),
    ("范警官在吗？", ["范警官"]),
    ("问下林经理，报销单交给谁", ["林经理"]),
    # a full name in a slot only a person fills, though its given name is a word
    ("家长群：冯宏伟爸爸，孩子的校服尺码是多少", ["冯宏伟"]),
    ("曾光明妈妈：收到，谢谢老师！", ["曾光明"]),
    ("预约人：江建国，电话15756872452", ["江建国"]),
    # a given name that is a word (平安, 春生), before one kin character
    ("村东头的平安叔家盖新房了", ["平安叔"]),
    ("我们打麻将，春生叔也来", ["春生叔"]),
    ("建国 顺便给俺带两斤", ["建国"]),  # two of the commonest name characters, addressed
    # a name made of words (建军, 春花, 永福) after the role a form or a contract names
    ("乙方戴永福，身份证见附件", ["戴永福"]),
    ("承租方：马春花 押一付三", ["马春花"]),
    ("介绍一下，男方郝建军，在开汽修店", ["郝建军"]),
    # a given name opening a message, the subject of 说 or 跟
    ("锦程说周三下午要加班", ["锦程"]),
    ("春花阿姨说下个月来厦门玩", ["春花"]),  # a given name before a kin title
    ("张建国是我爸", ["张建国"]),
    ("陈思雨生日快乐", ["陈思雨"]),
    ("明天和于晓光一起吃火锅", ["于晓光"]),
    ("今天碰到刘洋了", ["刘洋"]),
    ("我和王芳去吃饭", ["王芳"]),
    ("欧阳娜娜说她晚点到", ["欧阳娜娜"]),  # a double surname jieba splits off
    ("快递给上官婉儿", ["上官婉儿"]),
    ("联系肖红艳：电话见下", ["肖红艳"]),  # 肖: a simplified spelling Faker lacks
    ("老张明天来不来吃饭", ["老张"]),
    ("小刘说他换号了", ["小刘"]),
    ("阿杰周末去钓鱼", ["阿杰"]),
    ("我叫吴磊", ["吴磊"]),
    # A doubled given name jieba does not tag as one: 张 as a measure word, the pair as a
    # state word, or a listed two-character name with the doubled character left over.
    ("昨天在楼下碰到张露露了", ["张露露"]),
    ("张倩倩说她晚点到", ["张倩倩"]),
    ("刚才张贝贝打电话", ["张贝贝"]),
    ("李娜娜今天请假", ["李娜娜"]),
    ("刚才张欣怡打电话", ["张欣怡"]),  # 张 a measure word, 欣怡 of name characters
    ("我碰到江海燕了", ["江海燕"]),  # jieba tags 海燕 a name: 江海 is no word here
    ("帮我查下孔蕾蕾的证件", ["孔蕾蕾"]),  # jieba cuts 下孔蕾蕾的 as one word
    ("我同学柯基明天到", ["柯基"]),
    # A name before a word that starts with a place's ending (路过, 街上) stays a name.
    ("周敏路过楼下", ["周敏"]),
    # A surname and a form of address: how one person is called (as "Mrs Brown").
    ("李老师好", ["李老师"]),
    ("嘉宁 评审会 陈姐在催", ["嘉宁", "陈姐"]),  # 嘉宁 addressed, a space after it
    ("王总说明天开会", ["王总"]),
    ("叶师傅修好了", ["叶师傅"]),
    ("陈总监说下周上线", ["陈总监"]),
    ("刘哥，晚上喝酒不", ["刘哥"]),
    ("楼下王孃孃送了点橘子", ["王孃孃"]),  # an elder's form of address, in dialect too
    ("Kelly姐人真的好好", ["Kelly姐"]),  # an English first name and a form of address
    ("找Tony老师剪头发", ["Tony老师"]),
    ("小雯问你们好", ["小雯"]),  # 小 and a character almost only found in names
    # A full name jieba tagged otherwise: 郑 as a place + 凯文; 朱子 + 墨.
    ("我跟郑凯文分手了，别问！", ["郑凯文"]),
    ("朱子墨拍了拍你", ["朱子墨"]),
    # A given name alone, in a person's slot.
    ("各位家长好，我是玉兰的班主任", ["玉兰"]),  # a child's teacher
    ("甜甜妈妈：收到", ["甜甜妈妈", "甜甜"]),  # a parent named after a child, and the child
    ("浩然爸爸 群里别发这些了", ["浩然爸爸", "浩然"]),  # a child's name that is a word too
    ("老师 我们家可乐这次又没及格", ["可乐"]),  # our child, though the word is cola
    ("你玉珍婶她儿子考上了", ["玉珍婶", "玉珍"]),  # jieba cut 玉 + 珍婶
    ("老胡，我老婆红梅说谢谢你", ["老胡", "红梅"]),  # after a relation
    # A one-character kin word glued on makes a call name of its own, like 王姐; the given
    # name inside is reported too (chat says 丽娟 as often as 丽娟姐).
    ("丽娟姐，这周末能帮我带一下孩子吗", ["丽娟姐", "丽娟"]),
    ("秀英姨问你有冇男朋友", ["秀英姨", "秀英"]),
    ("德发叔又去买六合彩", ["德发叔", "德发"]),
    ("今天麻将桌上春兰姐跟老曾吵起来了", ["春兰姐", "春兰", "老曾"]),
    # A given name opening a message as the subject of a verb done to others.
    ("志强约我们周六吃饭", ["志强"]),
    ("晓峰问你明天去不去", ["晓峰"]),
    ("丽娟你到哪了", ["丽娟"]),  # addressed
    ("家豪的QQ是484749997", ["家豪"]),  # what is theirs
    # The name someone goes by, after the words that give it.
    ("大家以后叫我帕帕就行 😊", ["帕帕"]),
    ("小名豆豆，今年五岁", ["豆豆"]),
    (
        "你表妹小雪下周来实习",
        ["小雪"],
    ),  # a relation word before a nickname jieba lists  # a context word lifts a name of rare characters
    # A doubled character as a pet name, anywhere (no rarer than 朵, and no word jieba lists).
    ("周末带珊珊去公园", ["珊珊"]),
    ("周末带朵朵去公园", ["朵朵"]),
    ("天冷了 给萱萱多穿点", ["萱萱"]),
    # A surname with a workplace title, also one jieba tags as a pronoun (任).
    ("邓主管让我改一下方案", ["邓主管"]),
    ("韩护士明天值班", ["韩护士"]),
    ("辛苦了，谢谢魏工", ["魏工"]),
    ("任律师说合同没问题", ["任律师"]),
    # 阿 + a character is a nickname (阿 is no surname), a conjunction before it apart.
    ("阿岚你到哪了", ["阿岚"]),
    ("我和阿岚一起去吃饭", ["阿岚"]),
    ("小薇发给我的链接", ["小薇"]),  # 薇 is far more a name's than a word
    # A given name addressed after a punctuation mark, or the subject before a time word.
    ("对了，雨桐，明天记得带伞", ["雨桐"]),
    ("嗯，思远今天没来上课", ["思远"]),
    ("她的孩子梓萱在学画画", ["梓萱"]),
    # Forms southern families and workplaces use: surname + 伯/姑/舅/嬢, 老弟, 老板娘.
    ("喂谭伯 你几点收工", ["谭伯"]),
    ("酒店是邱姑帮忙订的", ["邱姑"]),
    ("卖家说东西在冉老弟那里", ["冉老弟"]),
    ("幺兰明天把钥匙给你", ["幺兰"]),  # 幺 (youngest) + a given name, Sichuan
    # A record's or a contract's party, with or without a colon.
    ("挂号成功 就诊人邵家豪 请携带身份证", ["邵家豪"]),
    ("租房合同 乙方程海生 房屋地址见附件", ["程海生"]),
    ("物业通知：业主骆建明请到管理处领取包裹", ["骆建明"]),
    # Named outright, even by a word: 我叫 / 她叫 / 备注.
    ("婴儿车还在吗 我叫海军", ["海军"]),
    ("打我老婆电话也行 她叫思彤", ["思彤"]),
    # Given names of a generation that used words (立新, 宏伟) after a surname.
    ("昨天跟韦立新吃饭，他说单位要搬", ["韦立新"]),
    ("跟你说个事儿，裴宏伟离婚了", ["裴宏伟"]),
    ("曾淑英收，电话见单子", ["曾淑英"]),  # 曾 an adverb to jieba, before a name it tags
    # A sign-off, a given name + 阿姨, a subject before 不.
    ("外卖放门口就行 别敲门 孩子在睡觉 志龙", ["志龙"]),
    ("秋菊阿姨这周不来打扫了", ["秋菊"]),  # a given name and a two-character title
    ("帮我谢谢春雷舅舅", ["春雷"]),
    ("大邹说明天来修", ["大邹"]),  # 大 + a surname
    ("谁有小蒋老师的电话", ["小蒋老师"]),  # a nickname and a title, one call name
    ("丽萍不让我晚上出去了", ["丽萍"]),
    # One given character + 姐/哥; a child in a parent's slot; surname + 妈妈.
    ("我跟霞姐说了，她说没问题", ["霞姐"]),
    ("涛哥，明天几点", ["涛哥"]),
    ("各位家长好，我是豆豆的妈妈", ["豆豆"]),
    ("家长志愿者：邹妈妈、妞妞奶奶", ["邹妈妈", "妞妞"]),
    # Given names listed with the enumeration comma.
    ("AA 收款：永福、宏伟、天宇 各 68 元", ["永福", "宏伟", "天宇"]),
    # A conjunction before a given name is no surname.
    ("周末我和秀琴去爬山", ["秀琴"]),
    # Cantonese X仔 / X妹.
    ("叫辉仔过来搬货", ["辉仔"]),
    ("玲妹返咗屋企未", ["玲妹"]),
    # A given name jieba's HMM tags a name, both characters frequent in given names.
    ("发票抬头写错了，你问丽萍", ["丽萍"]),
]
NEGATIVE = [
    # a word before a kin word that is no name: a time word, an occupation before 叔叔
    "明天舅来不了",
    "保安叔叔人很好",
    "朋友说明天下雨",
    # a household name is a public figure's, and a name made of words needs a role word
    "毛泽东纪念堂排队的人很多",
    "向阳花开 同事拍的照片真好看",  # 向 is "towards" here, not a surname
    "德国，我来了",  # a country, however common its characters in names
    "中国 加油",
    "我们要发扬光荣传统",
    "地址：滨江路\n电话：见下\n我：好的",  # a form's fields, not senders
    "李宁的新款跑鞋打折",  # a brand before 的
    "快递到了",
    "明天开家长会，晚上8点开始",  # a parents' meeting, not a parent
    "大家说好了",  # a pronoun's characters are no given name's
    "医生说没事",
    "加我老公微信czq_1985吧",  # a verbal noun after a relation, not a given name
    "谢谢你",  # jieba tags 谢谢 as a name
    "高兴死了",
    "张开嘴让医生看看",  # 张 + a verb
    "戴眼镜吃火锅",
    "苏打水加柠檬片",
    "东方明珠真漂亮",  # a fixed name in jieba's dictionary
    "诸葛亮借东风",  # a famous name, not a private person
    "每周总结发我",  # 周 + 总结, not 周总
    "周总结一下",
    "叫我哥哥就行",  # a kin word, not a nickname
    "叫我起床",
    "李明天来",  # 明天 is a word
    "三亚的海太蓝了",
    "王者荣耀新赛季",  # 荣耀: a word jieba tags as a name, and common
    "宝宝妈妈好",  # a word, not a child's name
    "新手妈妈",
    "开锁的电话多少",  # a verb
    "大家，早上好",
    "Apple总部在加州",  # no first name
    "小雨下了一天",  # 雨 is a word far more than a name
    "小红书上看到的",
    "帅哥你好",  # words jieba lists
    "师姐帮我看看",
    "一张老师的照片",  # 张 counts
    "三万总价",  # after a number
    "教师节快乐，祝老师节日快乐",  # 祝 "wish", a verb
    "老师说明天考试",
    "小时候住在乡下",
    "阿姨来了",
    "小区门口见",
    "我在北京出差",
    "周末去爬山吗",
    "桌上那张皱皱的纸",  # 张 counts a sheet
    "这张皱皱巴巴的票",
    "这是我妈妈",
    "我表姐明天来",  # a kin word, no name before it
    "我大姨来了",
    "他二叔来了",
    "周末约我们去爬山",  # a time word before the verb
    "宋体还是微软雅黑",  # 还是 "or"
    "老板让我加班",
    "那张照片不错",
    "发张自拍",
    "拍张合影",
    "江海湖泊",
    "高高兴兴地回家",  # half of a doubled phrase
    "说得明明白白",
    "黄澄澄的橘子",  # a listed ABB word
    "他冷冰冰的",
    "张慢慢走",
    "我去找张多多",
    # jieba's tagger proposes these as names; their given characters are rarely in names.
    "柯基又咬坏了拖鞋",
    "第3100位顾客有礼品",
    "黄桃罐头买了两箱",
    "朋友小心点",  # a common word after a relation word
    "同事小时候住这",
    "向左转然后直走",
    # A surname before a word jieba tags as a name (谢谢), and name-shaped places.
    "停在门口了，麻烦挪下车谢谢",
    "老家在王庄村",
    "住李楼镇东头",
    "赵集乡今天赶集",
    "这个方案再改改",  # a verb said twice
    "今晚晚上十点开会",  # 今晚 + 晚上: no doubled word
    "果果班的小朋友",  # a class named with a doubled word
    "暖暖的阳光",
    "甜甜的蛋糕",
    "阿胶糕挺好吃",  # a word jieba lists, not a nickname
    "小红书上有攻略",  # a platform
    "那医生说没事",
    "周二下午开会，14日开家长会",  # 日 + 开: no given name before 家长
    # Not names: exclamations at a message's end, 姐/哥 roles, lists of things, ideals.
    "丁香花开了 好香",
    "晨曦中的洱海 好美",
    "帅哥你好",
    "我学姐明天来",
    "快递小哥放门口了",
    "宝宝的妈妈来了",
    "天天妈妈都说",
    "海淀、朝阳、丰台都限行",
    "红烧、清蒸都行",
    "富强、民主、文明、和谐",
    "我叫外卖了",
    "业主大会明天开",
    "新日和绿源，电动车哪个好",  # 和 joins two brands
    "这部剧年年重播，年年有人看",  # a doubled time word
    "周末去华联超市买菜",  # a shop's name
    "你仔细睇下张单",  # 仔细 "carefully"
    "打工仔好辛苦",
    "学妹说好",  # a role
    "大方一点，别计较",  # 大 + a surname's character that jieba lists as a word
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, expected: list[str]) -> None:
    assert values(patterns_detector, text, ENTITY) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []


def test_weak_nickname_needs_context(patterns_detector: Detector) -> None:
    # 小 + a character that is as much a word as a name's (爱): only with a word that
    # introduces a person; one far more a name's (怡, 菊) is a nickname alone.
    assert values(patterns_detector, "小爱说他换号了", ENTITY) == []
    assert values(patterns_detector, "我同学叫小爱", ENTITY) == ["小爱"]
    assert values(patterns_detector, "小怡说他换号了", ENTITY) == ["小怡"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("女的！汤汤 人超好", ["汤汤"]),  # a surname said twice: a nickname
        ("蓝蓝的天空", []),  # an adjective's reduplication
        ("我买了个新包包", []),  # a word jieba knows
        ("林林总总的东西", []),
        ("谢谢你", []),
    ],
)
def test_doubled_surname_nicknames(
    patterns_detector: Detector, text: str, expected: list[str]
) -> None:
    assert values(patterns_detector, text, "PERSON") == expected


def test_doubled_name_across_made_up_word() -> None:
    # jieba's HMM glues a character before the pair (给囡 + 囡): a made-up word, no cut;
    # a word it lists across the pair's end (晚上 + 上线) is one.
    from footprint.pii.recognizers.cn_person import _crosses_listed_word

    assert not _crosses_listed_word([(0, 2, "给囡", "n"), (2, 3, "囡", "y")], 1, 3)
    assert _crosses_listed_word([(0, 2, "晚上", "t"), (2, 4, "上线", "n")], 1, 3)
