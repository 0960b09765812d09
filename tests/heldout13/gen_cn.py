"""Persona cn_qingdao: 孙晓雯, QA engineer in Qingdao (WeChat MemoTrace CSV, Alipay, WeChat Pay, Google Timeline.json)."""

from __future__ import annotations

import itertools
import json
import random
from datetime import date, datetime, timedelta, timezone

from gen_common import Msg, cn_id, days, gen_chat, in_sleep, local_dt, luhn_complete

TZ = timezone(timedelta(hours=8))
START, END = date(2024, 11, 1), date(2025, 1, 31)
SLEEP = (30, 7 * 60)  # 00:30-07:00
WAKE, BED = 7 * 60 + 10, 24 * 60 + 15

ME = "晓雯不吃香菜"
HOME = (36.08712, 120.38094)
WORK = (36.11875, 120.46833)
OTHER = {
    "万象城": (36.06512, 120.38347),
    "台东步行街": (36.08035, 120.35214),
    "五四广场": (36.06168, 120.38449),
    "青岛大学附属医院": (36.06881, 120.34772),
    "丽达超市": (36.08990, 120.37640),
}

CONTACTS = {
    "妈妈": ("wxid_8m2q5wangxl", "平安是福"),
    "磊磊": ("wxid_lc7741leilei", "🌊海风"),
    "小雨": ("wxid_yt0521liu", "今天也要加油鸭"),
    "周姐": ("wxid_zm3380zhou", "周敏"),
}
GROUP = "老同学群"
GROUP_ID = "27849216503@chatroom"
GROUP_MEMBERS = ["刘雨桐", "赵建军", "钱浩", "何丽娜"]

S = {
    "food": [
        "火锅",
        "海鲜大排档",
        "鲅鱼饺子",
        "烧烤",
        "麻辣烫",
        "披萨",
        "螺蛳粉",
        "锅贴",
        "排骨米饭",
        "牛肉面",
        "炸鸡",
        "酸菜鱼",
        "蛤蜊",
        "凉皮",
        "寿司",
    ],
    "place": [
        "万象城",
        "台东",
        "五四广场",
        "海边",
        "超市",
        "公司楼下",
        "奥帆中心",
        "地铁站",
        "菜市场",
        "健身房",
        "啤酒街",
        "银泰",
    ],
    "time": [
        "七点",
        "七点半",
        "八点",
        "六点多",
        "一会儿",
        "十分钟后",
        "下班后",
        "明天中午",
        "九点左右",
        "半小时后",
    ],
    "react": [
        "哈哈哈哈",
        "hhhh",
        "笑死",
        "666",
        "好的好的",
        "嗯嗯",
        "行",
        "可以",
        "👌",
        "😂😂😂",
        "啊这",
        "好吧",
        "绝了",
        "真的假的",
        "确实",
        "救命",
        "xswl",
        "草",
        "hhh",
        "嗯呢",
        "好嘞",
        "对对对",
    ],
    "tired": [
        "累死了",
        "困死",
        "今天好忙",
        "加班到现在",
        "头有点疼",
        "腰酸背痛",
        "不想上班",
        "好想躺平",
    ],
    "weather": ["今天好冷", "风好大", "下雪了", "降温了", "太阳挺好", "又下雨", "雾好大", "冻死了"],
    "thing": ["快递", "外卖", "衣服", "钥匙", "充电器", "伞", "酸奶", "水果", "耳机", "口罩"],
    "pre": ["", "", "", "诶", "哎", "对了", "那个", "话说", "欸 ", "哈哈 ", "emmm "],
    "suf": [
        "",
        "",
        "",
        "啊",
        "呀",
        "哈",
        "呢",
        "吧",
        "嘛",
        "～",
        "😂",
        "[捂脸]",
        "[旺柴]",
        "。。。",
        "!",
        "？",
    ],
    "show": ["狂飙", "繁花", "庆余年", "与凤行", "那个综艺", "新出的剧", "脱口秀"],
}
GENERIC = [
    "{pre}刚下地铁{suf}",
    "{pre}{food}还是{food}",
    "你到{place}了没",
    "{time}出门{suf}",
    "{pre}{thing}又坏了",
    "我在排队买{food}",
    "{pre}今天{place}好多人",
    "{weather} 你带伞了没",
    "你干嘛呢",
    "刚开完会{suf}",
    "{pre}想周末去{place}逛逛",
    "{react} 我不行了",
    "你睡了没",
    "{pre}明天{time}叫我",
    "帮我带个{thing}{suf}",
    "我请你吃{food}",
    "{pre}这周好漫长",
    "{tired} 想请假{suf}",
    "{react}",
    "{pre}{tired}{suf}",
    "{pre}{weather}{suf}",
    "{weather}，{tired}",
    "晚上吃{food}吗",
    "我{time}到",
    "在{place}呢",
    "刚到{place}",
    "{thing}到了没",
    "{thing}忘带了{suf}",
    "明天去{place}不",
    "{react}{suf}",
    "你吃了没",
    "我先去洗澡了",
    "好滴",
    "等我一下",
    "马上{suf}",
    "收到",
    "在吗",
    "我也是{suf}",
    "那就这样",
    "没事没事",
    "不知道诶",
    "随便吧",
    "看你",
    "明天再说",
    "啊啊啊啊",
    "我刚看到",
    "我到家了",
    "路上堵死了",
    "地铁好挤{suf}",
    "周末干嘛",
    "想吃{food}了{suf}",
    "{pre}{place}人好多",
    "{pre}今天那家{food}一般般",
    "{pre}{thing}找不到了",
    "哈哈哈哈哈哈哈",
    "你说的对",
    "有道理",
    "行吧行吧",
    "{pre}你最近在看啥",
    "{show}好看吗",
    "{pre}我在追{show}",
    "{time}给你打电话",
    "刚睡醒{suf}",
    "手机快没电了",
    "{pre}{place}那边新开了家{food}",
]
MOM = [
    "闺女吃饭了吗",
    "天冷了多穿点衣服",
    "晚上早点睡 别熬夜",
    "钱够不够花",
    "你奶奶身体还行 别惦记",
    "我今天去{place}了",
    "包了点饺子 冻冰箱里了",
    "记得喝热水",
    "你爸又去钓鱼了",
    "过年几号回来",
    "烟台今天也{weather}",
    "你姨问你对象的事",
    "少吃外卖{suf}",
    "给你寄了箱苹果 注意查收",
    "视频吗",
    "[视频通话] 通话时长 12:31",
    "{pre}你表姐生二胎了",
]
MOM_ME = [
    "知道啦",
    "吃了吃了",
    "妈我在忙 晚点说",
    "嗯嗯好",
    "不用寄了 这边都有",
    "好的妈",
    "我知道{suf}",
    "没熬夜",
    "放心吧",
]
PARTNER = [
    "下班没",
    "我来接你",
    "晚上去我那还是你那",
    "想你了",
    "宝 你到哪了",
    "今晚{food}？",
    "电影几点的",
    "猫粮快没了",
    "周六去看我妈",
    "我买了{thing}",
    "别生气了嘛",
    "抱抱",
    "你先睡 我还有会",
    "楼下等你",
    "明天几点起",
]
COLLEAGUE = [
    "那个报告我发你邮箱了",
    "下午三点开会",
    "质检单签了吗",
    "老板今天心情不好{suf}",
    "明天我请假半天",
    "这批货返工了",
    "首检过了",
    "客户又来催了",
    "ERP又卡了",
    "我去车间一趟",
    "三坐标那边排满了",
    "来料检验的单子在你桌上",
    "8D报告周五前要交",
    "供应商明天来审核",
    "好的周姐",
    "收到 马上弄",
    "中午一起吃饭不",
]
GROUPL = [
    "群里好安静",
    "有没有人周末聚",
    "老同学聚会定了吗",
    "[红包]",
    "谁结婚了？",
    "好久不见{suf}",
    "{react}",
    "在{place}看到一个人特像班长",
    "毕业十年了 时间好快",
]

RANTS_A = [
    "美国佬",
    "台独分子",
    "日本右翼",
    "那帮贪官",
    "西方媒体",
    "这些专家",
    "带路党",
    "公知",
    "某些领导",
    "房地产商",
    "北约",
    "那些砖家",
]
RANTS_B = [
    "又在造谣",
    "就是欠收拾",
    "良心被狗吃了",
    "一天到晚搞事",
    "迟早要完蛋",
    "胡说八道",
    "骑在老百姓头上",
    "脸都不要了",
]
RANTS_C = [
    "气死我了！！",
    "真的忍不了",
    "必须严惩！",
    "看了新闻血压都上来了",
    "都该拉出去毙了",
    "有本事来啊！",
    "老百姓迟早算账",
    "你们还不醒醒？？",
]


def _line(rng: random.Random, who: str, chat: str) -> tuple[str, str]:
    r = rng.random()
    if r < 0.06:
        return "image", ""
    if r < 0.09:
        return "voice", ""
    if r < 0.12:
        return "sticker", ""
    pool = GENERIC
    if chat == "妈妈":
        pool = MOM + GENERIC[:20] if who != ME else MOM_ME + GENERIC
    elif chat == "磊磊":
        pool = PARTNER + GENERIC
    elif chat == "周姐":
        pool = COLLEAGUE + GENERIC[:15]
    elif chat == GROUP:
        pool = GROUPL + GENERIC
    t = rng.choice(pool)
    text = _fill(t, rng)
    if "{pre}" not in t and rng.random() < 0.35:
        text = (
            rng.choice(["诶", "哎", "对了 ", "那个", "话说", "哈哈 ", "emm ", "啊 ", "嗯 ", "欸 "])
            + text
        )
    if "{suf}" not in t and rng.random() < 0.35:
        text += rng.choice(
            [
                "啊",
                "呀",
                "哈",
                "呢",
                "吧",
                "嘛",
                "～",
                "😂",
                "[捂脸]",
                "[旺柴]",
                "。。。",
                "!",
                "？",
                "[呲牙]",
                "🤣",
                "😭",
            ]
        )
    return "text", text


def _fill(t: str, rng: random.Random) -> str:
    from gen_common import fill

    return fill(t, S, rng)


def build() -> tuple[dict[str, bytes], dict, list[tuple[str, str]]]:
    rng = random.Random(1301)
    dl = days(START, END)
    wk = [d for d in dl if d.weekday() < 5]

    id_me = cn_id("37020319950616452")
    id_mom = cn_id("37060219670311284")
    card1 = luhn_complete("622202", 19, rng)
    card1s = f"{card1[:4]} {card1[4:8]} {card1[8:12]} {card1[12:16]} {card1[16:]}"
    card2 = luhn_complete("621700", 19, rng)

    msgs: list[Msg] = []
    msgs += gen_chat(rng, "妈妈", [ME, "妈妈"], dl, 0.85, (3, 9), TZ, WAKE, BED, _line)
    msgs += gen_chat(rng, "磊磊", [ME, "磊磊"], dl, 0.85, (2, 7), TZ, WAKE, BED, _line)
    msgs += gen_chat(rng, "小雨", [ME, "小雨"], dl, 0.55, (2, 7), TZ, WAKE, BED, _line)
    msgs += gen_chat(rng, "周姐", [ME, "周姐"], wk, 0.55, (2, 5), TZ, 9 * 60, 18 * 60, _line)
    msgs += gen_chat(rng, GROUP, [ME, *GROUP_MEMBERS], dl, 0.4, (3, 8), TZ, WAKE, BED, _line)

    # 赵建军's angry political posts (distinct)
    rants: list[str] = []
    while len(rants) < 68:
        t = rng.choice(RANTS_A) + rng.choice(RANTS_B) + "，" + rng.choice(RANTS_C)
        if t not in rants:
            rants.append(t)
    for i, t in enumerate(rants):
        d = dl[(i * 89) // 68]
        msgs.append(Msg(GROUP, local_dt(d, rng.randrange(8 * 60, 23 * 60), TZ), "赵建军", t))

    P: list[tuple[str, int, int, str, str]] = [
        # (chat, month, day, sender, text) ; hh:mm added below
        ("磊磊", 11, 3, ME, f"我身份证号发你 订高铁票用 {id_me}"),
        ("小雨", 11, 5, ME, "今天去青大附院抽血了 甲功又不正常[捂脸]"),
        ("妈妈", 11, 6, ME, "妈 医生说我是甲减 要长期吃优甲乐 你别担心"),
        (
            "小雨",
            11,
            9,
            "小雨",
            "快递帮我收一下哈 收件人刘雨桐 15864927730 青岛市市南区闽江路58号2号楼1单元1102",
        ),
        ("妈妈", 11, 12, "妈妈", "你家地址再发我一遍 给你寄点海参"),
        ("妈妈", 11, 12, ME, "山东省青岛市市北区辽阳西路128号3栋2单元501室 孙晓雯 139 6392 7714"),
        ("磊磊", 11, 14, ME, "这个月花呗还不上了 好烦"),
        ("磊磊", 11, 18, ME, f"我新卡号 {card1s} 工资卡 你转这个"),
        ("磊磊", 11, 20, ME, "提醒我每天早上空腹吃药 优甲乐 我老忘"),
        ("周姐", 11, 22, "周姐", "晓雯 你邮箱是啥 我把质检报告抄送你"),
        ("周姐", 11, 22, ME, "xiaowen.sun@example.com"),
        ("妈妈", 11, 27, "妈妈", "楼下那个阿姨现在信基督了 天天去教会 还拉我去 我没去"),
        ("妈妈", 11, 28, ME, "妈 你身份证号发我一下 帮你在网上挂号"),
        ("妈妈", 11, 28, "妈妈", id_mom),
        ("磊磊", 12, 2, "磊磊", "我车牌鲁B7K29M 你帮我交下停车费"),
        ("小雨", 12, 5, ME, "我QQ 1847265390 你拉我进那个群"),
        ("磊磊", 12, 7, ME, "晚上开黑不 我王者上星耀了"),
        ("磊磊", 12, 9, "磊磊", "我邮箱 leilei.chen@example.net 机票发这里"),
        ("周姐", 12, 10, ME, "周姐 我明天上午去医院复查甲功 请半天假"),
        ("妈妈", 12, 11, ME, "复查了 TSH降下来一点 医生让继续吃药"),
        ("妈妈", 12, 14, "妈妈", "你爸手机换号了 186-5327-0482 存一下"),
        ("小雨", 12, 19, "小雨", "我奶奶初一十五都去湛山寺烧香 这次非要拉我"),
        ("小雨", 12, 23, ME, "护照号E52839174 帮我填一下日本签证那个表"),
        ("磊磊", 12, 26, ME, "信用卡账单出来了 我要疯了 借呗又借了五千"),
        ("磊磊", 12, 28, "磊磊", "+86 158 2046 7731 这是我新号 旧的不用了"),
        ("磊磊", 12, 30, ME, "我妈叫王秀兰 你寄东西写她名字就行"),
        ("妈妈", 1, 3, ME, f"妈 我建行卡号 {card2} 过年红包别发微信了"),
        ("妈妈", 1, 4, ME, "妈 能不能先转我两千 下个月发了工资还你"),
        ("周姐", 1, 6, ME, "公司地址是青岛市崂山区株洲路187号 你让师傅导航这个"),
        ("小雨", 1, 8, ME, "最近老是累 估计还是甲状腺的问题"),
        (GROUP, 1, 9, "钱浩", "昨晚打麻将输了八百 心疼死我了"),
        ("小雨", 1, 12, "小雨", "我微信号改了 yutong_liu88"),
        ("磊磊", 1, 15, ME, "辽阳西路128号3-2-501 你直接上来 我在家"),
        ("妈妈", 1, 18, "妈妈", "我地址 烟台市芝罘区南大街56号2单元302 年货寄这"),
        ("周姐", 1, 21, "周姐", "社保卡号发我一下 人事要"),
        ("周姐", 1, 21, ME, f"社保卡号就是身份证号 {id_me}"),
        ("磊磊", 1, 22, "磊磊", "我爸又买彩票了 说要中五百万 笑死"),
        ("小雨", 1, 24, ME, "晚上陈磊请吃饭 你来不来"),
        ("磊磊", 1, 25, ME, "今天跟小雨逛街 晚点回"),
        ("妈妈", 1, 26, "妈妈", "磊磊过年来不来咱家"),
        ("小雨", 1, 28, ME, "王者新皮肤又氪了 我完了"),
    ]
    for chat, mo, dd, who, text in P:
        y = 2025 if mo < 6 else 2024
        when = local_dt(date(y, mo, dd), rng.randrange(19 * 60, 22 * 60), TZ)
        msgs.append(Msg(chat, when, who, text, planted=True))
    # keep in-order pairs a minute apart
    msgs.sort(key=lambda m: (m.when, m.chat))
    for a, b in itertools.pairwise(msgs):
        if a.chat == b.chat and b.when <= a.when:
            b.when = a.when + timedelta(seconds=40)
    assert not any(in_sleep(m.when, *SLEEP) for m in msgs)

    files: dict[str, bytes] = {}
    files.update(_memotrace(msgs))
    files.update(_alipay(rng))
    files.update(_wechat_pay(rng))
    files["Timeline.json"] = _timeline(rng, dl)

    counts = {c: sum(1 for m in msgs if m.chat == c) for c in CONTACTS}
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    planted = [
        ("PERSON", "孙晓雯"),
        ("PERSON", "王秀兰"),
        ("PERSON", "陈磊"),
        ("PERSON", "刘雨桐"),
        ("PERSON", "周敏"),
        ("PERSON", "赵建军"),
        ("PERSON", "钱浩"),
        ("PERSON", "何丽娜"),
        ("PERSON", "小雨"),
        ("PERSON", "磊磊"),
        ("PERSON", "周姐"),
        ("PHONE_NUMBER", "139 6392 7714"),
        ("PHONE_NUMBER", "13963927714"),
        ("PHONE_NUMBER", "15864927730"),
        ("PHONE_NUMBER", "186-5327-0482"),
        ("PHONE_NUMBER", "+86 158 2046 7731"),
        ("ADDRESS", "山东省青岛市市北区辽阳西路128号3栋2单元501室"),
        ("ADDRESS", "辽阳西路128号3-2-501"),
        ("ADDRESS", "青岛市市南区闽江路58号2号楼1单元1102"),
        ("ADDRESS", "烟台市芝罘区南大街56号2单元302"),
        ("ADDRESS", "青岛市崂山区株洲路187号"),
        ("CN_ID_CARD", id_me),
        ("CN_ID_CARD", id_mom),
        ("CN_BANK_CARD", card1s),
        ("CN_BANK_CARD", card2),
        ("CN_PASSPORT", "E52839174"),
        ("LICENSE_PLATE", "鲁B7K29M"),
        ("QQ_NUMBER", "1847265390"),
        ("EMAIL_ADDRESS", "xiaowen.sun@example.com"),
        ("EMAIL_ADDRESS", "leilei.chen@example.net"),
        ("WECHAT_ID", "yutong_liu88"),
    ] + [("WECHAT_ID", v[0]) for v in CONTACTS.values()]
    facts = {
        "home": {
            "lat": HOME[0],
            "lon": HOME[1],
            "radius_m": 300,
            "address": "山东省青岛市市北区辽阳西路128号3栋2单元501室",
            "city": "青岛",
        },
        "work": {
            "lat": WORK[0],
            "lon": WORK[1],
            "radius_m": 300,
            "employer": "青岛海澜数控科技有限公司",
        },
        "sleep_window": {"start": "00:30", "end": "07:00", "tolerance_min": 60},
        "top_contacts": [{"name": n, "messages": c} for n, c in top],
        "relationships": [
            {"name": "妈妈", "relationship": "mother", "full_name": "王秀兰"},
            {"name": "磊磊", "relationship": "partner", "full_name": "陈磊"},
            {"name": "小雨", "relationship": "close friend", "full_name": "刘雨桐"},
            {"name": "周姐", "relationship": "colleague", "full_name": "周敏"},
        ],
        "religion": {"value": False},
        "health": {"value": "甲状腺功能减退（甲减），长期服用优甲乐，定期复查甲功"},
        "politics": {"value": False},
        "financial_stress": {"value": True},
        "gambling": {"value": False},
        "gaming": {"value": True},
        "salary": {
            "amount": "7850.00",
            "currency": "CNY",
            "payer": "青岛海澜数控科技有限公司",
            "period": "monthly",
        },
        "risky_contact": {"name": "赵建军", "why": "老同学群里反复发大量愤怒的政治言论（60+条）"},
    }
    gt = {
        "description": "孙晓雯，29岁，青岛某数控公司质检工程师，住市北区，男友陈磊，母亲在烟台。微信聊天(MemoTrace CSV)、支付宝账单(GBK)、微信支付账单、Google 设备端时间线。",
        "timezone": "Asia/Shanghai",
        "user": {
            "names": ["孙晓雯", "晓雯不吃香菜"],
            "phones": ["+86 139 6392 7714"],
            "emails": ["xiaowen.sun@example.com"],
            "handles": ["sunxw_0916", "wxid_k3x9sunxw21", "1847265390"],
        },
        "facts": facts,
    }
    return files, gt, planted


MY_WXID = "wxid_k3x9sunxw21"
TYPES = {"text": 1, "image": 3, "voice": 34, "sticker": 47}


def _csv_line(vals: list[str]) -> str:
    out = []
    for v in vals:
        if any(c in v for c in ',"\n'):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return ",".join(out)


def _memotrace(msgs: list[Msg]) -> dict[str, bytes]:
    files = {}
    head = "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender"
    nick = {
        "刘雨桐": "今天也要加油鸭",
        "赵建军": "山东大汉",
        "钱浩": "追风少年",
        "何丽娜": "小太阳☀️",
        ME: ME,
    }
    for chat in [*list(CONTACTS), GROUP]:
        lines = [head]
        rows = [m for m in msgs if m.chat == chat]
        for i, m in enumerate(rows, start=1):
            is_me = m.sender == ME
            if chat == GROUP:
                talker, remark, nn, sender = GROUP_ID, m.sender, nick[m.sender], m.sender
            else:
                talker, (_, nn) = CONTACTS[chat][0], CONTACTS[chat]
                remark, sender = chat, (ME if is_me else chat)
            ts = int(m.when.timestamp())
            content = m.text
            lines.append(
                _csv_line(
                    [
                        str(i),
                        talker,
                        str(TYPES[m.kind]),
                        "0",
                        "1" if is_me else "0",
                        str(ts),
                        "2" if is_me else "4",
                        content,
                        m.when.strftime("%Y-%m-%d %H:%M:%S"),
                        remark,
                        nn,
                        sender,
                    ]
                )
            )
        files[f"WeChatMsg/data/聊天记录/{chat}/{chat}_utf8.csv"] = (
            "\ufeff" + "\r\n".join(lines) + "\r\n"
        ).encode("utf-8")
    return files


def _pad(v: str, w: int) -> str:
    width = sum(2 if ord(c) > 127 else 1 for c in v)
    return v + " " * max(1, w - width)


def _alipay(rng: random.Random) -> dict[str, bytes]:
    rows = []  # (dt, cat, party, acct, item, io, amount, method, status)
    for mo in [(2024, 11), (2024, 12), (2025, 1)]:
        rows.append(
            (
                datetime(*mo, 10, 9, 31, 5),
                "转账红包",
                "青岛海澜数控科技有限公司",
                "/",
                f"{mo[1]}月工资",
                "收入",
                7850.00,
                "余额",
                "交易成功",
            )
        )
        rows.append(
            (
                datetime(*mo, 9, 20, 12, 44),
                "信用借还",
                "花呗",
                "/",
                "花呗主动还款-" + f"{mo[1]}月账单",
                "不计收支",
                round(rng.uniform(1800, 2600), 2),
                "余额",
                "还款成功",
            )
        )
    rows.append(
        (
            datetime(2024, 12, 26, 21, 3, 9),
            "信用借还",
            "借呗",
            "/",
            "借呗借款-放款",
            "不计收支",
            5000.00,
            "余额",
            "交易成功",
        )
    )
    rows.append(
        (
            datetime(2024, 11, 5, 8, 41, 2),
            "医疗健康",
            "青岛大学附属医院",
            "/",
            "门诊挂号费-内分泌科",
            "支出",
            25.00,
            "花呗",
            "交易成功",
        )
    )
    rows.append(
        (
            datetime(2024, 11, 5, 10, 2, 33),
            "医疗健康",
            "青岛大学附属医院",
            "/",
            "检验费-甲状腺功能五项",
            "支出",
            186.00,
            "花呗",
            "交易成功",
        )
    )
    rows.append(
        (
            datetime(2024, 12, 11, 9, 12, 40),
            "医疗健康",
            "青岛大学附属医院",
            "/",
            "门诊挂号费-内分泌科复诊",
            "支出",
            25.00,
            "花呗",
            "交易成功",
        )
    )
    for d in [(2024, 11, 6), (2024, 12, 12), (2025, 1, 15)]:
        rows.append(
            (
                datetime(*d, 19, 20, 7),
                "医疗健康",
                "漱玉平民大药房",
                "/",
                "左甲状腺素钠片(优甲乐)50μg*100片",
                "支出",
                32.50,
                "花呗",
                "交易成功",
            )
        )
    rows.append(
        (
            datetime(2024, 12, 30, 15, 2, 11),
            "生活服务",
            "顺丰速运",
            "/",
            "顺丰速运-寄件 收件人:王秀兰",
            "支出",
            23.00,
            "花呗",
            "交易成功",
        )
    )
    rows.append(
        (
            datetime(2024, 11, 20, 18, 30, 0),
            "转账红包",
            "陈磊",
            "lei***@example.net",
            "转账",
            "收入",
            520.00,
            "余额",
            "交易成功",
        )
    )
    rows.append(
        (
            datetime(2025, 1, 5, 8, 10, 0),
            "转账红包",
            "王秀兰",
            "186******82",
            "转账-先用着",
            "收入",
            2000.00,
            "余额",
            "交易成功",
        )
    )
    shops = [
        ("餐饮美食", "美团外卖"),
        ("餐饮美食", "饿了么"),
        ("日用百货", "丽达购物中心"),
        ("服饰装扮", "淘宝"),
        ("交通出行", "青岛地铁"),
        ("日用百货", "利群超市"),
        ("餐饮美食", "瑞幸咖啡"),
        ("交通出行", "滴滴出行"),
        ("充值缴费", "国网山东电力"),
        ("美容美发", "丝域养发"),
    ]
    for _ in range(64):
        dd = date(2024, 11, 1) + timedelta(days=rng.randrange(92))
        cat, party = rng.choice(shops)
        rows.append(
            (
                datetime(
                    dd.year,
                    dd.month,
                    dd.day,
                    rng.randrange(8, 23),
                    rng.randrange(60),
                    rng.randrange(60),
                ),
                cat,
                party,
                "/",
                party + "订单",
                "支出",
                round(rng.uniform(6, 260), 2),
                "花呗",
                "交易成功",
            )
        )
    rows.sort(key=lambda r: r[0], reverse=True)
    inc = [r for r in rows if r[5] == "收入"]
    out = [r for r in rows if r[5] == "支出"]
    neu = [r for r in rows if r[5] == "不计收支"]
    lines = [
        "-" * 84,
        "导出信息：",
        "姓名：孙晓雯",
        "支付宝账户：13963927714",
        "起始时间：[2024-11-01 00:00:00]    终止时间：[2025-01-31 23:59:59]",
        "导出交易类型：[全部]",
        "导出时间：[2025-02-01 10:21:37]",
        f"共{len(rows)}笔记录",
        f"收入：{len(inc)}笔 {sum(r[6] for r in inc):.2f}元",
        f"支出：{len(out)}笔 {sum(r[6] for r in out):.2f}元",
        f"不计收支：{len(neu)}笔 {sum(r[6] for r in neu):.2f}元",
        "",
        "特别提示：",
        "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；",
        "2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；",
        "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；",
        "4.本回单如经任何涂改、编造，均立即失去效力；",
        "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
        "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
        "7.禁止将本回单用于非法用途；",
        "8.本明细仅展示当前账单中的交易，不包括已删除的记录；",
        "9.本明细仅供个人对账使用。",
        "",
        "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------",
        "交易时间            ,交易分类                ,交易对方                ,对方账号                ,商品说明                ,收/支                 ,金额                  ,收/付款方式              ,交易状态                ,交易订单号     ,商家订单号           ,备注                  ,",
    ]
    for _i, r in enumerate(rows):
        oid = r[0].strftime("%Y%m%d") + "2200" + f"{rng.randrange(10**15):015d}"
        mid = "T" + f"{rng.randrange(10**18):018d}" if r[5] == "支出" else ""
        lines.append(
            ",".join(
                [
                    r[0].strftime("%Y-%m-%d %H:%M:%S") + " ",
                    _pad(r[1], 24),
                    _pad(r[2], 24),
                    _pad(r[3], 20),
                    _pad(r[4], 24),
                    _pad(r[5], 22),
                    _pad(f"{r[6]:.2f}", 20),
                    _pad(r[7], 22),
                    _pad(r[8], 24),
                    oid + "\t",
                    _pad(mid, 20) + "\t",
                    " " * 20,
                    "",
                ]
            )
        )
    return {"alipay_record_20250201_1021_1.csv": ("\n".join(lines) + "\n").encode("gbk")}


def _wechat_pay(rng: random.Random) -> dict[str, bytes]:
    rows = []
    for d in [(2024, 11, 16), (2024, 12, 7), (2024, 12, 21), (2025, 1, 11), (2025, 1, 28)]:
        rows.append(
            (
                datetime(*d, 22, rng.randrange(60), rng.randrange(60)),
                "商户消费",
                "深圳市腾讯天美工作室群",
                '"王者荣耀-点券充值"',
                "支出",
                rng.choice([30.0, 68.0, 128.0, 198.0]),
                "零钱",
                "支付成功",
            )
        )
    rows.append(
        (
            datetime(2024, 12, 9, 12, 3, 5),
            "信用卡还款",
            "招商银行信用卡",
            "/",
            "/",
            3120.00,
            "零钱通",
            "还款成功",
        )
    )
    rows.append(
        (
            datetime(2025, 1, 9, 12, 8, 41),
            "信用卡还款",
            "招商银行信用卡",
            "/",
            "/",
            1500.00,
            "零钱通",
            "还款成功",
        )
    )
    rows.append(
        (
            datetime(2024, 12, 31, 23, 58, 1),
            "微信红包",
            "🌊海风",
            "/",
            "收入",
            13.14,
            "/",
            "已存入零钱",
        )
    )
    rows.append(
        (
            datetime(2025, 1, 1, 10, 20, 0),
            "转账",
            "今天也要加油鸭",
            "转账备注:上次的火锅钱",
            "支出",
            86.00,
            "零钱",
            "朋友已收钱",
        )
    )
    merch = [
        "青岛啤酒博物馆",
        "海底捞(万象城店)",
        "全家便利店",
        "喜茶(台东店)",
        "青岛公交集团",
        "船歌鱼水饺(香港中路店)",
        "蜜雪冰城",
        "大润发",
        "美宜佳",
    ]
    for _ in range(52):
        dd = date(2024, 11, 1) + timedelta(days=rng.randrange(92))
        m = rng.choice(merch)
        rows.append(
            (
                datetime(
                    dd.year,
                    dd.month,
                    dd.day,
                    rng.randrange(8, 23),
                    rng.randrange(60),
                    rng.randrange(60),
                ),
                "商户消费",
                m,
                "/",
                "支出",
                round(rng.uniform(3, 180), 2),
                "零钱",
                "支付成功",
            )
        )
    rows.sort(key=lambda r: r[0], reverse=True)
    inc = [r for r in rows if r[4] == "收入"]
    out = [r for r in rows if r[4] == "支出"]
    neu = [r for r in rows if r[4] == "/"]
    pad = ",,,,,,,,,,"
    lines = [
        "微信支付账单明细" + pad,
        f"微信昵称：[{ME}]" + pad,
        "起始时间：[2024-11-01 00:00:00] 终止时间：[2025-01-31 23:59:59]" + pad,
        "导出类型：[全部]" + pad,
        "导出时间：[2025-02-01 10:33:12]" + pad,
        pad,
        f"共{len(rows)}笔记录" + pad,
        f"收入：{len(inc)}笔 {sum(r[5] for r in inc):.2f}元" + pad,
        f"支出：{len(out)}笔 {sum(r[5] for r in out):.2f}元" + pad,
        f"中性交易：{len(neu)}笔 {sum(r[5] for r in neu):.2f}元" + pad,
        "注：" + pad,
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易" + pad,
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录" + pad,
        "3. 本明细仅供个人对账使用" + pad,
        pad,
        "----------------------微信支付账单明细列表--------------------" + pad,
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注",
    ]
    for r in rows:
        tid = "4200" + f"{rng.randrange(10**24):024d}"
        mid = f"{rng.randrange(10**20):020d}" if r[1] == "商户消费" else "/"
        lines.append(
            ",".join(
                [
                    r[0].strftime("%Y-%m-%d %H:%M:%S"),
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    f"¥{r[5]:.2f}",
                    r[6],
                    r[7],
                    tid + "\t",
                    mid + "\t",
                    "/",
                ]
            )
        )
    return {"微信支付账单(20241101-20250131).csv": ("\n".join(lines) + "\n").encode("utf-8")}


def _ll(p: tuple[float, float]) -> str:
    return f"{p[0]:.7f}°, {p[1]:.7f}°"


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S.000") + "+08:00"


def _timeline(rng: random.Random, dl: list[date]) -> bytes:
    segs = []
    ids = {"HOME": "ChIJq3Xh9kRklTURbQd2nYz0aW4", "WORK": "ChIJ7yT5bO1qlTURp0yQk3c9TwE"}

    def jit(p: tuple[float, float]) -> tuple[float, float]:
        return (p[0] + rng.uniform(-0.0004, 0.0004), p[1] + rng.uniform(-0.0004, 0.0004))

    def visit(a: datetime, b: datetime, p: tuple[float, float], kind: str, pid: str) -> None:
        segs.append(
            {
                "startTime": _iso(a),
                "endTime": _iso(b),
                "startTimeTimezoneUtcOffsetMinutes": 480,
                "endTimeTimezoneUtcOffsetMinutes": 480,
                "visit": {
                    "hierarchyLevel": 0,
                    "probability": round(rng.uniform(0.7, 0.98), 2),
                    "topCandidate": {
                        "placeId": pid,
                        "semanticType": kind,
                        "probability": round(rng.uniform(0.6, 0.95), 2),
                        "placeLocation": {"latLng": _ll(jit(p))},
                    },
                },
            }
        )

    def move(a: datetime, b: datetime, p: tuple[float, float], q: tuple[float, float]) -> None:
        path = []
        n = 4
        for k in range(n + 1):
            f = k / n
            path.append(
                {
                    "point": _ll(jit((p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f))),
                    "time": _iso(a + (b - a) * f),
                }
            )
        segs.append(
            {
                "startTime": _iso(a),
                "endTime": _iso(b),
                "startTimeTimezoneUtcOffsetMinutes": 480,
                "endTimeTimezoneUtcOffsetMinutes": 480,
                "activity": {
                    "start": {"latLng": _ll(p)},
                    "end": {"latLng": _ll(q)},
                    "distanceMeters": 9100.0 if q in (WORK, HOME) else 2500.0,
                    "topCandidate": {"type": "IN_SUBWAY", "probability": 0.81},
                },
            }
        )
        segs.append({"startTime": _iso(a), "endTime": _iso(b), "timelinePath": path})

    names = list(OTHER)
    for d in dl:
        t0 = local_dt(d, 0, TZ)
        if d.weekday() < 5:
            leave = t0 + timedelta(minutes=rng.randrange(7 * 60 + 30, 7 * 60 + 55))
            visit(t0, leave, HOME, "HOME", ids["HOME"])
            arrive = leave + timedelta(minutes=rng.randrange(38, 50))
            move(leave, arrive, HOME, WORK)
            out = t0 + timedelta(minutes=rng.randrange(17 * 60 + 30, 18 * 60 + 20))
            visit(arrive, out, WORK, "WORK", ids["WORK"])
            cur, pos = out, WORK
        else:
            out = t0 + timedelta(minutes=rng.randrange(10 * 60, 13 * 60))
            visit(t0, out, HOME, "HOME", ids["HOME"])
            cur, pos = out, HOME
        if rng.random() < 0.45:
            nm = rng.choice(names)
            a = cur + timedelta(minutes=rng.randrange(20, 40))
            move(cur, a, pos, OTHER[nm])
            b = a + timedelta(minutes=rng.randrange(60, 150))
            visit(a, b, OTHER[nm], "UNKNOWN", "ChIJ" + nm.encode("utf-8").hex()[:23])
            cur, pos = b, OTHER[nm]
        a = cur + timedelta(minutes=rng.randrange(25, 45))
        move(cur, a, pos, HOME)
        visit(a, t0 + timedelta(days=1), HOME, "HOME", ids["HOME"])
    doc = {
        "semanticSegments": segs,
        "rawSignals": [],
        "userLocationProfile": {
            "frequentPlaces": [
                {"placeId": ids["HOME"], "placeLocation": _ll(HOME), "label": "HOME"},
                {"placeId": ids["WORK"], "placeLocation": _ll(WORK), "label": "WORK"},
            ]
        },
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
