"""Persona zhou_jianguo: 57-year-old bearing-plant engineer in Luoyang (Asia/Shanghai)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from common import Chat, burst, cn_id, luhn_complete, vary_cn, write_json

PID = "cn_zhou_jianguo"
ME = "周建国"
SLEEP = (dt.time(22, 0), dt.time(5, 30))
START = dt.date(2025, 10, 8)
DAYS = 100
HOME = (34.6572, 112.3941)
WORK = (34.6841, 112.3556)
HOME_ADDR = "河南省洛阳市涧西区天津路27号院3栋2单元401室"
CITY = "洛阳"
EMPLOYER = "洛阳豫新轴承有限公司"

ID_ME = cn_id("41030519680512341")
ID_WIFE = cn_id("41030219700315202")
CARD_ME = luhn_complete("621700263001845729")
CARD_TING = luhn_complete("622848017631204558")

EMO = ["", "", "", "👍", "😊", "🙏", "[呲牙]", "[微笑]", "[强]", "[玫瑰]", "😂", "[抱拳]"]


def _pick(rng: random.Random, *pools: list[str]) -> str:
    return "".join(rng.choice(p) for p in pools)


def wife_lines(rng: random.Random) -> list[tuple[str, str]]:
    a = ["晚上", "中午", "明天", "今天", "周末"]
    food = [
        "烩面",
        "浆面条",
        "饺子",
        "胡辣汤",
        "不翻汤",
        "水席",
        "炸酱面",
        "小米粥",
        "红烧肉",
        "芹菜炒肉",
    ]
    ask = ["吃啥", "回来吃饭不", "几点到家", "要不要带点菜", "去不去超市"]
    reply = [
        "回",
        "不回了，厂里加班",
        "六点多到",
        "随便，你看着弄",
        "吃{f}吧",
        "买点{f}的料",
        "行",
        "中",
        "好嘞",
        "看情况",
    ]
    pool = rng.choice([0, 1, 2, 3, 4])
    if pool == 0:
        return [
            ("秀英", f"{rng.choice(a)}{rng.choice(ask)}"),
            (ME, rng.choice(reply).format(f=rng.choice(food)) + rng.choice(EMO)),
        ]
    if pool == 1:
        things = [
            "酱油",
            "鸡蛋",
            "两斤排骨",
            "一把葱",
            "馍",
            "牛奶",
            "洗衣液",
            "卫生纸",
            "苹果",
            "豆腐",
        ]
        return [
            (ME, "下班路过丹尼斯，要买啥"),
            ("秀英", f"{rng.choice(things)}，再带点{rng.choice(things)}"),
            (ME, rng.choice(["好", "知道了", "中", "嗯"])),
        ]
    if pool == 2:
        return [
            ("秀英", "[图片]"),
            (
                "秀英",
                rng.choice(["你看这个好看不", "婷婷发的", "外孙女今天学会叫姥姥了", "楼下花开了"]),
            ),
            (ME, rng.choice(["好看", "不错", "哈哈哈", "真快啊", "挺好"]) + rng.choice(EMO)),
        ]
    if pool == 3:
        return [
            (
                "秀英",
                rng.choice(
                    [
                        "天冷了多穿点",
                        "别忘了带伞",
                        "车钥匙在鞋柜上",
                        "燃气费交了没",
                        "物业说明天停水",
                    ]
                ),
            ),
            (ME, rng.choice(["知道", "交过了", "嗯嗯", "好的", "晓得了"])),
        ]
    return [
        (ME, rng.choice(["[语音]", "我到楼下了", "堵车，晚点到", "刚开完会", "路上了"])),
        ("秀英", rng.choice(["好", "慢点开", "嗯", "等你吃饭"])),
    ]


def ting_lines(rng: random.Random) -> list[tuple[str, str]]:
    k = rng.randrange(5)
    if k == 0:
        return [
            (
                "婷婷",
                rng.choice(["爸", "爸爸", "老爸"])
                + rng.choice(["，在忙吗", "吃了没", "最近身体咋样", "周末回来不"]),
            ),
            (ME, rng.choice(["不忙", "吃了", "挺好的", "看你妈安排", "刚下班"])),
            ("婷婷", rng.choice(["那就好", "好哒", "嗯嗯", "😘", "记得按时吃药哈"])),
        ]
    if k == 1:
        return [
            ("婷婷", "[图片]"),
            ("婷婷", rng.choice(["朵朵今天画的", "新买的羽绒服", "郑州下雪了", "公司楼下的猫"])),
            (ME, rng.choice(["画的真好", "好看", "注意保暖", "哈哈"]) + rng.choice(EMO)),
        ]
    if k == 2:
        return [
            (
                ME,
                rng.choice(
                    [
                        "[链接] 冬季养生十个误区",
                        "[链接] 这几种食物千万不能一起吃",
                        "[链接] 洛阳牡丹文化节又要开始了",
                        "[视频]",
                    ]
                ),
            ),
            ("婷婷", rng.choice(["爸这种别信", "知道了", "哈哈哈哈", "又是谣言😂"])),
        ]
    if k == 3:
        return [
            (
                "婷婷",
                rng.choice(["朵朵想姥爷了", "周六视频不", "给你买了个按摩仪", "快递到了记得取"]),
            ),
            (ME, rng.choice(["好好好", "行", "别乱花钱", "收到了"]) + rng.choice(EMO)),
        ]
    return [
        (ME, rng.choice(["[语音]", "[视频通话] 通话时长 12:04", "[视频通话] 通话时长 05:31"])),
        ("婷婷", rng.choice(["爸刚才信号不好", "好的", "[表情]", "嗯"])),
    ]


def bro_lines(rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            "建军",
            rng.choice(["哥", "大哥", "哥，"])
            + rng.choice(
                ["咱妈那边这周谁去", "老家院子漏雨了", "过年回宜阳不", "你那车还开着呢", "钓鱼去不"]
            ),
        ),
        (ME, rng.choice(["我去", "周六我过去看看", "回", "开着呢", "最近没空", "看天气"])),
        ("建军", rng.choice(["中", "好", "那行", "[OK]", "妥了"])),
    ]


def wang_lines(rng: random.Random) -> list[tuple[str, str]]:
    subj = [
        "三号线",
        "磨床",
        "那批6205",
        "质检报告",
        "技改方案",
        "新来的徒弟",
        "热处理炉",
        "月底盘点",
        "设备点检表",
    ]
    q = ["咋样了", "弄完没", "明天要交", "又出问题了", "老板在问", "你看一下"]
    return [
        ("老王", rng.choice(subj) + rng.choice(q)),
        (
            ME,
            rng.choice(
                ["我下午去看", "快了", "明早给你", "知道了", "我跟小燕说了", "等会儿去车间"]
            ),
        ),
        ("老王", rng.choice(["好", "辛苦", "中", "👍", "抓紧点"])),
    ]


def zhang_lines(rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            "国栋",
            rng.choice(["老周", "建国", "周哥"])
            + rng.choice(
                [
                    "，明早王城公园走走不",
                    "晚上下棋不",
                    "周日钓鱼去",
                    "斗地主三缺一",
                    "我孙子考了第一哈哈",
                ]
            ),
        ),
        (ME, rng.choice(["走", "中", "今天不行", "行啊", "来", "恭喜恭喜"]) + rng.choice(EMO)),
    ]


RISK_A = [
    "这些贪官",
    "美国佬",
    "那帮专家",
    "上面那些当官的",
    "日本人",
    "开发商跟当官的",
    "有些砖家",
    "某些领导",
    "那些公知",
]
RISK_B = [
    "就知道捞钱",
    "天天欺负咱们",
    "满嘴跑火车",
    "根本不管老百姓死活",
    "一个比一个黑",
    "就是吸血鬼",
    "良心都让狗吃了",
    "早该全抓起来",
    "骗了一辈子人",
]
RISK_C = [
    "退休金双轨制凭啥",
    "房价涨成这样",
    "药价贵成这样",
    "物价天天涨",
    "看病难成这样",
    "企业退休的才拿几个钱",
    "养老金又只涨两个点",
    "孩子上学这么难",
]
RISK_D = [
    "！！！",
    "，气死我了",
    "，凭什么！",
    "，谁管？",
    "！转发让大家都看看",
    "，真想骂娘",
    "。不服来辩",
    "！",
]


def risky_msgs(rng: random.Random, n: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        if rng.random() < 0.5:
            s = f"{rng.choice(RISK_C)}，{rng.choice(RISK_A)}{rng.choice(RISK_B)}{rng.choice(RISK_D)}"
        else:
            s = f"{rng.choice(RISK_A)}{rng.choice(RISK_B)}{rng.choice(RISK_D)}{rng.choice(RISK_C)}"
        out.add(s)
    return sorted(out)


def group_other(rng: random.Random) -> tuple[str, str]:
    who = rng.choice(["国栋", "老孙", "春生", "明月", "小燕"])
    txt = rng.choice(
        [
            "早上好[玫瑰]",
            "[图片]",
            "[链接] 老同学聚会照片",
            "周末聚聚？",
            "哈哈哈",
            "[表情]",
            "大家注意身体",
            "转发：降温了多穿衣",
            "老刘你少说两句",
            "同学们早安🌞",
            "谁去龙门石窟",
            "我去",
            "+1",
            "算我一个",
        ]
    )
    return who, txt


def build(out: Path) -> dict[str, object]:
    rng = random.Random(16001)
    root = out / PID
    chats = {
        "秀英": Chat("秀英", [ME, "秀英"]),
        "婷婷": Chat("婷婷", [ME, "婷婷"]),
        "建军": Chat("建军", [ME, "建军"]),
        "老王": Chat("老王", [ME, "老王"]),
        "国栋": Chat("国栋", [ME, "国栋"]),
    }
    group = Chat(
        "涧西三中79届同学群", [ME, "国栋", "刘德胜", "老孙", "春生", "明月", "小燕"], group=True
    )
    gens = {
        "秀英": (wife_lines, 4),
        "婷婷": (ting_lines, 3),
        "建军": (bro_lines, 1),
        "老王": (wang_lines, 2),
        "国栋": (zhang_lines, 1),
    }
    days = [START + dt.timedelta(days=i) for i in range(DAYS)]
    for d in days:
        weekday = d.weekday() < 5
        for name, (fn, rate) in gens.items():
            n = rng.randrange(0, rate + 1)
            if name == "老王" and not weekday:
                n = 0
            for _ in range(n):
                lo, hi = (12, 13) if weekday and name == "秀英" and rng.random() < 0.4 else (6, 21)
                if weekday and name == "老王":
                    lo, hi = 8, 17
                burst(
                    rng, chats[name], d, [(w, vary_cn(rng, t)) for w, t in fn(rng)], lo, hi, SLEEP
                )
        for _ in range(rng.randrange(1, 4)):
            w_, t_ = group_other(rng)
            burst(rng, group, d, [(w_, vary_cn(rng, t_))], 6, 21, SLEEP)
    risk = risky_msgs(rng, 68)
    for i, txt in enumerate(risk):
        burst(rng, group, days[(i * 97) % DAYS], [("刘德胜", txt)], 7, 21, SLEEP)
    # health (user: hypertension) spread over weeks
    health = [
        (
            "婷婷",
            6,
            [
                ("婷婷", "爸你血压最近量了没"),
                (ME, "早上量的150/95，有点高"),
                ("婷婷", "那得去医院看看啊，别硬扛"),
            ],
        ),
        (
            "秀英",
            13,
            [
                (ME, "今天请假去河科大一附院心内科了"),
                (ME, "医生说是高血压二级，开了硝苯地平控释片"),
                ("秀英", "以后盐少吃点吧"),
            ],
        ),
        ("婷婷", 27, [("婷婷", "降压药按时吃了吗"), (ME, "吃了，一天一片，早上吃")]),
        ("秀英", 44, [("秀英", "你降压药快吃完了，明天去药店拿"), (ME, "好，顺便买个新血压计")]),
        ("老王", 58, [(ME, "明天上午我去复查血压，晚点到厂"), ("老王", "去吧，身体要紧")]),
        ("婷婷", 79, [(ME, "复查了，血压控制住了130/85"), ("婷婷", "太好了👍 继续坚持")]),
    ]
    # distractors: others' religion / gambling / politics talk
    distract = [
        ("秀英", 20, [("秀英", "我姐最近天天去教堂，非拉我去做礼拜"), (ME, "她信她的，你别去")]),
        (
            "国栋",
            33,
            [
                ("国栋", "老孙又去打牌输了两千，媳妇不让进门了哈哈"),
                (ME, "打牌赌钱害人，我从来不碰"),
            ],
        ),
        ("建军", 52, [("建军", "二叔现在信佛了，天天吃素念经"), (ME, "随他吧，身体好就行")]),
    ]
    gaming = [
        ("国栋", 9, [(ME, "昨晚欢乐斗地主连赢八把哈哈"), ("国栋", "你这瘾比年轻人还大")]),
        ("婷婷", 37, [(ME, "婷婷，消消乐这关咋过"), ("婷婷", "爸你别老玩游戏，伤眼睛")]),
        ("国栋", 66, [("国栋", "今晚斗地主上线不"), (ME, "上，八点")]),
        ("秀英", 88, [("秀英", "别玩你那斗地主了，早点睡"), (ME, "最后一把")]),
    ]
    # direct identifiers
    ph_me = "138 3791 2046"
    ph_wife = "139-0379-5521"
    ph_ting = "+86 15803796610"
    ph_bro = "13607886542"
    ph_wang = "186 3886 0417"
    pii_chat = [
        (
            "婷婷",
            3,
            [("婷婷", "爸，给你订回来的高铁票，身份证号再发我一下"), (ME, ID_ME), ("婷婷", "收到")],
        ),
        (
            "婷婷",
            15,
            [
                ("婷婷", "爸你工资卡号多少，我给你转点钱"),
                (ME, f"建行 {CARD_ME}"),
                ("婷婷", "转过去了"),
            ],
        ),
        ("秀英", 11, [(ME, f"我新办的号 {ph_me} 你存一下"), ("秀英", "好")]),
        ("婷婷", 22, [("婷婷", f"妈的身份证号是{ID_WIFE}吧？给她买保险用"), (ME, "对")]),
        ("婷婷", 30, [(ME, f"快递写：周建国 {ph_me} {HOME_ADDR}"), ("婷婷", "好的下单了")]),
        ("建军", 18, [("建军", f"我换号了，电话{ph_bro}，微信也是这个"), (ME, "存了")]),
        (
            "老王",
            25,
            [("老王", "下周去郑州那个展会，车牌报一下"), (ME, "豫C·8K627"), ("老王", "行")],
        ),
        ("国栋", 40, [("国栋", "我QQ号 20741835 加我，把照片发你"), (ME, "好的")]),
        ("婷婷", 47, [("婷婷", f"我卡号{CARD_TING}，妈那两千你打这个卡就行"), (ME, "好")]),
        ("老王", 50, [("老王", f"有事打我手机{ph_wang}，座机老占线"), (ME, "收到")]),
        (
            "秀英",
            56,
            [("秀英", "社保卡号是多少来着，医院要填"), (ME, "社保卡号就是身份证号"), (ME, ID_ME)],
        ),
        (
            "婷婷",
            61,
            [("婷婷", "爸你护照号给我，明年带你们去泰国"), (ME, "E38291647"), ("婷婷", "好嘞")],
        ),
        ("建军", 64, [(ME, "你嫂子换手机了，139-0379-5521"), ("建军", "好")]),
        ("国栋", 70, [(ME, "我微信号改了：zhoujg_1968，搜这个"), ("国栋", "加上了")]),
        ("老王", 73, [("老王", "海涛说他邮箱是wanght@example.net，报告发他一份"), (ME, "好")]),
        ("秀英", 77, [("秀英", "小燕家搬到南昌路9号院2栋302了，周六去串门"), (ME, "中")]),
        ("婷婷", 83, [("婷婷", f"爸，我这个号{ph_ting}也能打通，工作号"), (ME, "好")]),
        (
            "建军",
            86,
            [
                ("建军", "哥，你厂里地址是建设路156号吧，寄个东西"),
                (ME, "对，涧西区建设路156号，门卫收"),
            ],
        ),
    ]
    scripted = health + distract + gaming + pii_chat
    for name, di, lines in scripted:
        burst(rng, chats[name], days[di], lines, 9, 20, SLEEP)
    # a location message from home and one from work (MemoTrace type 48)
    # --- write MemoTrace CSVs (1:1 chats) ---
    pii: list[tuple[str, str, str]] = []
    talker = {
        "秀英": "wxid_lxy19700315",
        "婷婷": "wxid_zt_9012",
        "建军": "wxid_zjj_yiyang",
        "老王": "wxid_wanght77",
        "国栋": "wxid_zgd1966",
    }
    nick = {"秀英": "秀英", "婷婷": "婷婷🌸", "建军": "周建军", "老王": "王海涛", "国栋": "张国栋"}
    counts: dict[str, int] = {}
    for name, chat in chats.items():
        rows = [
            "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender"
        ]
        msgs = chat.sorted()
        counts[name] = len(msgs)
        for i, (t, who, text) in enumerate(msgs, 1):
            ty = 1
            content = text
            if text == "[图片]":
                ty, content = 3, ""
            elif text == "[语音]":
                ty, content = 34, ""
            elif text == "[视频]":
                ty, content = 43, ""
            elif text.startswith("[链接]"):
                ty = 49
            elif text == "[表情]":
                ty, content = 47, ""
            epoch = int((t - dt.timedelta(hours=8)).replace(tzinfo=dt.UTC).timestamp())
            s = 1 if who == ME else 0
            content = '"' + content.replace('"', '""') + '"'
            rows.append(
                f"{i},{talker[name]},{ty},0,{s},{epoch},2,{content},{t:%Y-%m-%d %H:%M:%S},{name},{nick[name]},{'' if s else talker[name]}"
            )
        rel = f"微信聊天记录/{name}/{name}_utf8.csv"
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8"))
        body = "\n".join(rows)
        for v, ty in [
            (ID_ME, "CN_ID_CARD"),
            (ID_WIFE, "CN_ID_CARD"),
            (CARD_ME, "CN_BANK_CARD"),
            (CARD_TING, "CN_BANK_CARD"),
            (ph_me, "PHONE_NUMBER"),
            (ph_wife, "PHONE_NUMBER"),
            (ph_ting, "PHONE_NUMBER"),
            (ph_bro, "PHONE_NUMBER"),
            (ph_wang, "PHONE_NUMBER"),
            ("158-3799-2216", "PHONE_NUMBER"),
            ("豫C·8K627", "LICENSE_PLATE"),
            ("20741835", "QQ_NUMBER"),
            ("E38291647", "CN_PASSPORT"),
            ("zhoujg_1968", "WECHAT_ID"),
            ("wanght@example.net", "EMAIL_ADDRESS"),
            (HOME_ADDR, "ADDRESS"),
            ("南昌路9号院2栋302", "ADDRESS"),
            ("涧西区建设路156号", "ADDRESS"),
            ("周建国", "PERSON"),
            ("海涛", "PERSON"),
            ("小燕", "PERSON"),
            ("春生", "PERSON"),
            ("朵朵", "PERSON"),
            ("王海涛", "PERSON"),
            ("张国栋", "PERSON"),
            ("周建军", "PERSON"),
            ("wxid_lxy19700315", "WECHAT_ID"),
            ("wxid_zt_9012", "WECHAT_ID"),
            ("wxid_zjj_yiyang", "WECHAT_ID"),
            ("wxid_wanght77", "WECHAT_ID"),
            ("wxid_zgd1966", "WECHAT_ID"),
        ]:
            if v in body:
                pii.append((rel, ty, v))
    # --- group via wechat-dump text (TYPE|sender-or-me:time:content) ---
    rows = []
    for t, who, text in group.sorted():
        ty = {"[图片]": 3, "[表情]": 47}.get(text, 49 if text.startswith("[链接]") else 1)
        rows.append(f"{ty}|{'me' if who == ME else who}:{t:%Y-%m-%d %H:%M:%S}:{text}")
    rows.insert(
        0,
        f'10000|国栋:{START - dt.timedelta(days=3):%Y-%m-%d} 20:01:12:"国栋"邀请"刘德胜"、"小燕"加入了群聊',
    )
    rel = "wechat-dump/涧西三中79届同学群.txt"
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / rel).write_text("\n".join(rows) + "\n", encoding="utf-8", newline="\n")
    for v in ["刘德胜", "小燕", "春生"]:
        pii.append((rel, "PERSON", v))
    # --- Alipay GBK ---
    al_rows = []
    for m in range(4):
        d = dt.date(2025, 10 + m, 10) if m < 3 else dt.date(2026, 1, 10)
        al_rows.append(
            (
                dt.datetime.combine(d, dt.time(9, 12, 5)),
                "收入",
                "转账红包",
                EMPLOYER,
                "/",
                f"工资{(d.replace(day=1) - dt.timedelta(days=1)):%Y年%m月}",
                "6850.00",
                "余额",
                "交易成功",
            )
        )
    shops = [
        ("日用百货", "丹尼斯百货(七彩店)", "/", "超市购物"),
        ("医疗健康", "张仲景大药房(天津路店)", "/", "硝苯地平控释片"),
        ("餐饮美食", "老城真不同饭店", "/", "水席"),
        ("交通出行", "洛阳公交", "/", "公交乘车"),
        ("充值缴费", "国网河南省电力公司", "/", "电费"),
        ("文化休闲", "欢乐斗地主", "/", "欢乐豆充值"),
    ]
    for _i in range(70):
        d = START + dt.timedelta(days=rng.randrange(DAYS))
        c, who, acct, item = rng.choice(shops)
        t = dt.datetime.combine(
            d, dt.time(rng.randrange(8, 21), rng.randrange(60), rng.randrange(60))
        )
        amt = (
            f"{rng.uniform(3, 180):.2f}"
            if c != "文化休闲"
            else rng.choice(["6.00", "12.00", "30.00"])
        )
        al_rows.append(
            (
                t,
                "支出",
                c,
                who,
                acct,
                item,
                amt,
                rng.choice(["余额", f"建设银行储蓄卡({CARD_ME[-4:]})"]),
                "交易成功",
            )
        )
    al_rows.append(
        (
            dt.datetime(2025, 11, 3, 19, 40, 11),
            "支出",
            "转账红包",
            "张国栋",
            "zhangguodong@example.net",
            "转账-钓鱼装备AA",
            "215.00",
            "余额",
            "交易成功",
        )
    )
    al_rows.append(
        (
            dt.datetime(2025, 12, 20, 10, 2, 37),
            "支出",
            "转账红包",
            "周婷",
            "15803796610",
            "转账",
            "2000.00",
            "余额",
            "交易成功",
        )
    )
    al_rows.sort(reverse=True)
    pad = lambda s, w=20: s + " " * max(1, w - len(s))  # noqa: E731
    lines = [
        "-" * 84,
        "导出信息：",
        "姓名：周建国",
        "支付宝账户：zhoujianguo68@example.com",
        f"起始时间：[{START} 00:00:00]    终止时间：[{START + dt.timedelta(days=DAYS - 1)} 23:59:59]",
        "导出交易类型：[全部]",
        "导出时间：[2026-01-17 08:30:12]",
        f"共{len(al_rows)}笔记录",
    ]
    inc = sum(float(r[6]) for r in al_rows if r[1] == "收入")
    exp = [float(r[6]) for r in al_rows if r[1] == "支出"]
    lines += [
        f"收入：{sum(1 for r in al_rows if r[1] == '收入')}笔 {inc:.2f}元",
        f"支出：{len(exp)}笔 {sum(exp):.2f}元",
        "不计收支：0笔 0.00元",
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
        ",".join(
            pad(h)
            for h in [
                "交易时间",
                "交易分类",
                "交易对方",
                "对方账号",
                "商品说明",
                "收/支",
                "金额",
                "收/付款方式",
                "交易状态",
                "交易订单号",
                "商家订单号",
                "备注",
            ]
        )
        + ",",
    ]
    for i, (t, io, c, who, acct, item, amt, via, st) in enumerate(al_rows):
        oid = f"{t:%Y%m%d}22001{450000000 + i * 3917:09d}"
        lines.append(
            ",".join(
                [
                    pad(f"{t:%Y-%m-%d %H:%M:%S}"),
                    pad(c),
                    pad(who),
                    pad(acct),
                    pad(item),
                    pad(io),
                    pad(amt),
                    pad(via),
                    pad(st),
                    oid + "\t",
                    pad("") + "\t",
                    pad(""),
                ]
            )
            + ","
        )
    rel = "支付宝/alipay_record_20260117_0830.csv"
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / rel).write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    pii += [
        (rel, "PERSON", "周建国"),
        (rel, "EMAIL_ADDRESS", "zhoujianguo68@example.com"),
        (rel, "PERSON", "张国栋"),
        (rel, "EMAIL_ADDRESS", "zhangguodong@example.net"),
        (rel, "PERSON", "周婷"),
        (rel, "PHONE_NUMBER", "15803796610"),
    ]
    # --- WeChat Pay CSV ---
    wp = []
    for _i in range(45):
        d = START + dt.timedelta(days=rng.randrange(DAYS))
        t = dt.datetime.combine(
            d, dt.time(rng.randrange(7, 21), rng.randrange(60), rng.randrange(60))
        )
        who, item = rng.choice(
            [
                ("胡辣汤老店", "/"),
                ("涧西区菜市场王记", "/"),
                ("中国石化洛阳加油站", "92#汽油"),
                ("洛阳市第一人民医院", "挂号费"),
                ("瑞幸咖啡", "拿铁"),
            ]
        )
        wp.append(
            (
                t,
                "商户消费" if item != "/" else "扫二维码付款",
                who,
                item,
                "支出",
                f"¥{rng.uniform(5, 300):.2f}",
                "零钱",
                "支付成功",
                "",
            )
        )
    wp.append(
        (
            dt.datetime(2025, 10, 30, 20, 15, 3),
            "转账",
            "李秀英",
            "转账备注:买菜钱",
            "支出",
            "¥500.00",
            "零钱",
            "朋友已收钱",
            "/",
        )
    )
    wp.append(
        (
            dt.datetime(2025, 12, 2, 18, 1, 44),
            "微信红包",
            "周建军",
            "/",
            "收入",
            "¥66.00",
            "/",
            "已存入零钱",
            "/",
        )
    )
    wp.append(
        (
            dt.datetime(2025, 11, 21, 12, 30, 9),
            "转账",
            "王海涛",
            "转账备注:份子钱 海涛代收",
            "支出",
            "¥200.00",
            "零钱",
            "朋友已收钱",
            "/",
        )
    )
    wp.sort(reverse=True)
    wl = [
        "微信支付账单明细,,,,,,,,,,",
        "微信昵称：[老周],,,,,,,,,,",
        f"起始时间：[{START} 00:00:00] 终止时间：[{START + dt.timedelta(days=DAYS - 1)} 23:59:59],,,,,,,,,,",
        "导出类型：[全部],,,,,,,,,,",
        "导出时间：[2026-01-17 08:41:55],,,,,,,,,,",
        ",,,,,,,,,,",
        f"共{len(wp)}笔记录,,,,,,,,,,",
        "收入：1笔 66.00元,,,,,,,,,,",
        f"支出：{len(wp) - 1}笔 {sum(float(r[5][1:]) for r in wp if r[4] == '支出'):.2f}元,,,,,,,,,,",
        "中性交易：0笔 0.00元,,,,,,,,,,",
        "注：,,,,,,,,,,",
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易,,,,,,,,,,",
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录,,,,,,,,,,",
        "3. 本明细仅供个人对账使用,,,,,,,,,,",
        ",,,,,,,,,,",
        "----------------------微信支付账单明细列表--------------------,,,,,,,,,,",
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注",
    ]
    for i, (t, ty, who, item, io, amt, via, st, _) in enumerate(wp):
        wl.append(
            f"{t:%Y-%m-%d %H:%M:%S},{ty},{who},{item},{io},{amt},{via},{st},{4200002100 + i * 7331:d}{t:%Y%m%d}\t,{'/' if ty in ('转账', '微信红包') else str(10000 + i) + chr(9)},/"
        )
    rel = "微信支付账单(20251008-20260115).csv"
    (root / rel).write_text("\n".join(wl) + "\n", encoding="utf-8", newline="\n")
    pii += [
        (rel, "PERSON", "李秀英"),
        (rel, "PERSON", "周建军"),
        (rel, "PERSON", "王海涛"),
        (rel, "PERSON", "海涛"),
    ]
    # --- Google on-device Timeline.json ---
    segs = []
    for d in days:

        def iso(x: dt.datetime) -> str:
            return f"{x:%Y-%m-%dT%H:%M:%S}.000+08:00"

        wd = d.weekday() < 5
        h0 = dt.datetime.combine(d, dt.time(0, 0))
        if wd:
            leave = h0 + dt.timedelta(hours=7, minutes=rng.randrange(10, 40))
            back = h0 + dt.timedelta(hours=17, minutes=rng.randrange(20, 59))
            segs.append(("home", h0, leave))
            segs.append(("move", leave, leave + dt.timedelta(minutes=22)))
            segs.append(("work", leave + dt.timedelta(minutes=22), back))
            segs.append(("move", back, back + dt.timedelta(minutes=25)))
            segs.append(("home", back + dt.timedelta(minutes=25), h0 + dt.timedelta(days=1)))
        else:
            segs.append(("home", h0, h0 + dt.timedelta(days=1)))
    tl = []
    for kind, a, b in segs:
        seg: dict[str, object] = {
            "startTime": f"{a:%Y-%m-%dT%H:%M:%S}.000+08:00",
            "endTime": f"{b:%Y-%m-%dT%H:%M:%S}.000+08:00",
            "startTimeTimezoneUtcOffsetMinutes": 480,
            "endTimeTimezoneUtcOffsetMinutes": 480,
        }
        if kind == "move":
            seg["activity"] = {
                "start": {"latLng": f"{HOME[0]}°, {HOME[1]}°"},
                "end": {"latLng": f"{WORK[0]}°, {WORK[1]}°"},
                "distanceMeters": 4650.0,
                "topCandidate": {"type": "IN_PASSENGER_VEHICLE", "probability": 0.91},
            }
        else:
            lat, lon = HOME if kind == "home" else WORK
            jl, jo = rng.uniform(-0.0003, 0.0003), rng.uniform(-0.0003, 0.0003)
            seg["visit"] = {
                "hierarchyLevel": 0,
                "probability": 0.88,
                "topCandidate": {
                    "placeId": "ChIJ" + ("hOmE" if kind == "home" else "wOrK") + "Ly9x2Q3",
                    "semanticType": "HOME" if kind == "home" else "WORK",
                    "probability": 0.93,
                    "placeLocation": {"latLng": f"{lat + jl:.6f}°, {lon + jo:.6f}°"},
                },
            }
        tl.append(seg)
    write_json(
        root / "Timeline.json",
        {
            "semanticSegments": tl,
            "rawSignals": [],
            "userLocationProfile": {
                "frequentPlaces": [
                    {
                        "placeId": "ChIJhOmELy9x2Q3",
                        "placeLocation": f"{HOME[0]}°, {HOME[1]}°",
                        "label": "HOME",
                    },
                    {
                        "placeId": "ChIJwOrKLy9x2Q3",
                        "placeLocation": f"{WORK[0]}°, {WORK[1]}°",
                        "label": "WORK",
                    },
                ]
            },
        },
    )
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    return {
        "schema_version": 1,
        "persona": PID,
        "fictional": True,
        "independent": True,
        "description": "周建国, 57, 洛阳豫新轴承有限公司 engineer living in Jianxi district, Luoyang; chats with wife, daughter, brother, colleague, friend and a school-alumni group (WeChat via MemoTrace + PyWxDump), pays with Alipay and WeChat Pay, Android on-device Google Timeline.",
        "timezone": "Asia/Shanghai",
        "user": {
            "names": [ME, "老周", "建国"],
            "phones": [ph_me],
            "emails": ["zhoujianguo68@example.com"],
            "handles": ["zhoujg_1968", "wxid_zhoujg1968"],
        },
        "pii": pii,
        "facts": {
            "home": {
                "lat": HOME[0],
                "lon": HOME[1],
                "radius_m": 300,
                "address": HOME_ADDR,
                "city": CITY,
            },
            "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
            "sleep_window": {"start": "22:00", "end": "05:30", "tolerance_min": 60},
            "top_contacts": [{"name": k, "messages": v} for k, v in top],
            "relationships": [
                {"name": "秀英", "relationship": "wife", "full_name": "李秀英"},
                {"name": "婷婷", "relationship": "daughter", "full_name": "周婷"},
                {"name": "建军", "relationship": "brother", "full_name": "周建军"},
                {"name": "老王", "relationship": "colleague", "full_name": "王海涛"},
                {"name": "国栋", "relationship": "close friend", "full_name": "张国栋"},
            ],
            "religion": {"value": False},
            "health": {"value": "hypertension (高血压二级), on nifedipine"},
            "politics": {"value": False},
            "financial_stress": {"value": False},
            "gambling": {"value": False},
            "gaming": {"value": True},
            "salary": {
                "amount": "6850.00",
                "currency": "CNY",
                "payer": EMPLOYER,
                "period": "monthly",
            },
            "risky_contact": {
                "name": "刘德胜",
                "why": "posts 68 distinct angry political rants in the alumni group 涧西三中79届同学群",
            },
        },
    }
