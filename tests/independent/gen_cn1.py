"""CN-1: 许嘉怡, product manager in Hangzhou. WeChat (MemoTrace CSV), Alipay, WeChat Pay."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from gen_common import ME, PII, Chat, Msg, cn_resident_id, jitter, luhn_complete
from gen_formats import alipay_csv, memotrace_csv, wechatpay_csv
from gen_persona_util import check_pii, count_1to1, drop_sleep, ground_truth, script
from gen_text import run_chat, spread, zh_rants

PID = "cn1_hangzhou"
TZ = "Asia/Shanghai"
START, END = date(2024, 9, 1), date(2025, 2, 28)
SLEEP = ("00:30", "08:00")
HOME = (30.290612, 120.117845)
WORK = (30.193811, 120.189342)
HOME_ADDR = "浙江省杭州市西湖区文一西路188号紫桂花园3幢2单元502室"
WORK_NAME = "杭州云栖数科信息技术有限公司"
WORK_ADDR = "浙江省杭州市滨江区网商路599号B座11楼"
HOURS = {
    8: 1,
    9: 2,
    10: 1,
    11: 1,
    12: 3,
    13: 2,
    14: 1,
    15: 1,
    16: 1,
    17: 2,
    18: 3,
    19: 3,
    20: 4,
    21: 5,
    22: 5,
    23: 4,
    0: 1,
}

PARTNER = "陈昊"
MOM = "妈妈"
BFF = "林小雨"
BOSS = "赵磊"
RISKY = "周志鹏"

PARTNER_SN = [
    [
        ("them", "宝 下班没"),
        ("me", "还没 在改需求[裂开]"),
        ("them", "那我先去买菜 想吃啥"),
        ("me", "{food}！"),
        ("them", "好嘞 等你"),
    ],
    [("me", "老公我到家了"), ("them", "好 我还有半小时"), ("me", "路上慢点哦")],
    [
        ("them", "睡了没猪猪"),
        ("me", "还没 在追{show}"),
        ("them", "早点睡 明天还要早起"),
        ("me", "知道啦 晚安😘"),
        ("them", "晚安宝贝"),
    ],
    [
        ("me", "周末去哪玩"),
        ("them", "要不去西溪湿地走走"),
        ("me", "人好多吧"),
        ("them", "那去良渚？"),
        ("me", "可以可以"),
    ],
    [("me", "你{thing}是不是落我这了"), ("them", "对！明天拿"), ("me", "哼 丢三落四")],
    [("them", "中午吃的啥"), ("me", "{food} 食堂太难吃了"), ("them", "晚上带你吃好的")],
    [("me", "想你了"), ("them", "我也想你 明天见"), ("me", "抱抱")],
    [("them", "到哪了"), ("me", "地铁上 还有{n}站"), ("them", "我去站口接你")],
    [
        ("me", "今天又被怼了😭"),
        ("them", "谁欺负我老婆"),
        ("me", "没事 就是烦"),
        ("them", "晚上给你点奶茶"),
    ],
    [("them", "亲爱的 明天{time}电影 票买好了"), ("me", "好耶"), ("them", "记得带外套 影院冷")],
    [("me", "快递帮我拿一下"), ("them", "收到 老婆大人")],
    [("them", "嘉嘉 你妈让我过年去你家吃饭"), ("me", "哈哈哈她可喜欢你了"), ("them", "有点紧张")],
    [("me", "阿昊 你那个房租转我了吗"), ("them", "转了 你看下"), ("me", "收到～")],
    [("them", "今天{weather}"), ("me", "我没带伞😭"), ("them", "我去接你")],
    [
        ("me", "晚上吃啥"),
        ("them", "你定"),
        ("me", "你定"),
        ("them", "那{food}"),
        ("me", "不想吃"),
        ("them", "……"),
    ],
    [("them", "我打完这把就来"), ("me", "你每次都这么说"), ("them", "真的最后一把")],
    [
        ("me", "帮我上个分呗 我卡在钻石了"),
        ("them", "你这号我不敢碰 输了你要骂我"),
        ("me", "哈哈哈哈"),
    ],
    [("them", "老婆 周六我加班"), ("me", "又加？？"), ("them", "没办法 周日陪你")],
    [("me", "今晚早点回来嘛"), ("them", "好 {time}前到")],
    [("them", "给你买了{thing}"), ("me", "哇 你最好了"), ("them", "那必须")],
    [("me", "刚开完会 累死"), ("them", "辛苦了宝"), ("me", "要亲亲"), ("them", "😘😘")],
    [("them", "在干嘛"), ("me", "摸鱼"), ("them", "哈哈 被抓别说认识我")],
    [("me", "我今天去打卡那家{food} 排了{n}分钟"), ("them", "好吃吗"), ("me", "一般 网红店都这样")],
    [("them", "嘉嘉 明天降温 多穿点"), ("me", "你也是 别光穿个卫衣")],
]
MOM_SN = [
    [("them", "囡囡 吃饭没"), ("me", "吃了妈"), ("them", "天冷了多穿点"), ("me", "知道啦")],
    [("them", "这周回家吗"), ("me", "这周加班 下周回"), ("them", "那我给你寄点{thing}")],
    [("them", "你表姐下个月结婚 你回来吗"), ("me", "回的回的"), ("them", "红包妈帮你准备好了")],
    [("me", "妈 我给你转了{n}百 买点好吃的"), ("them", "不用不用 你自己留着"), ("me", "收下嘛")],
    [("them", "小陈对你好不好"), ("me", "挺好的 你放心"), ("them", "那就好")],
    [("them", "妈妈给你发了个文章 你看看"), ("them", "说晚上不要玩手机太晚"), ("me", "好好好")],
    [("me", "老妈 在干嘛"), ("them", "跳广场舞呢"), ("me", "哈哈 注意别扭到")],
    [("them", "怡怡 你爸问你车险是不是到期了"), ("me", "下个月 我自己弄"), ("them", "别忘了")],
    [("me", "妈咪 周末我跟阿昊回来"), ("them", "好好 我去买鱼"), ("me", "不用太多菜")],
    [("them", "睡了吗"), ("me", "还没 马上睡"), ("them", "早点睡 熬夜伤身体")],
    [("them", "你王阿姨家女儿生了"), ("me", "哇 男孩女孩"), ("them", "女孩 七斤二两")],
    [("me", "妈 那个医保的表我填好了"), ("them", "好 你爸说谢谢你"), ("me", "谢啥")],
    [("them", "家里桂花开了 可香了"), ("me", "好想回去"), ("them", "给你晒了点桂花干")],
]
BFF_SN = [
    [
        ("them", "姐妹！！"),
        ("me", "咋了"),
        ("them", "气死我了 他又放我鸽子"),
        ("me", "？？？"),
        ("me", "晚上出来 我请你{food}"),
    ],
    [("me", "宝子 周六逛街不"), ("them", "去！湖滨银泰？"), ("me", "ok 两点见")],
    [("them", "{show}看了没"), ("me", "看了 太好哭了"), ("them", "哭死 我眼睛肿了")],
    [
        ("me", "跟你说个八卦"),
        ("them", "快说快说"),
        ("me", "我们组那个新来的居然是老板亲戚"),
        ("them", "卧槽 难怪"),
    ],
    [("them", "亲爱的 借我你那条裙子"), ("me", "拿去拿去 别弄脏了")],
    [("me", "雨雨 我好焦虑 年终述职写不出来"), ("them", "我帮你看看"), ("me", "爱你 mua")],
    [("them", "下周六{time}去法喜寺吗 你不是说要还愿"), ("me", "去 顺便吃素斋")],
    [
        ("me", "我今天被一个需求搞到崩溃"),
        ("them", "抱抱 你们公司真不是人待的"),
        ("me", "哈哈哈 佛了"),
    ],
    [("them", "这个包好看吗"), ("me", "好看！冲"), ("them", "可是好贵"), ("me", "你值得")],
    [("me", "周末来我家吃饭 阿昊做{food}"), ("them", "好耶 我带酒")],
    [("them", "你生日想要啥"), ("me", "你人来就行"), ("them", "少来 说")],
    [("me", "刚看到你朋友圈 在哪呀"), ("them", "千岛湖！出差顺便玩"), ("me", "羡慕")],
]
BOSS_SN = [
    [("them", "嘉怡 需求文档发我一下"), ("me", "好的 马上"), ("them", "辛苦")],
    [("them", "明天十点评审 别迟到"), ("me", "收到")],
    [("me", "赵哥 我下午请半天假"), ("them", "行 OA上提一下")],
    [("them", "这个排期能不能往前挪{n}天"), ("me", "我跟开发对一下"), ("them", "尽快给我答复")],
    [("them", "客户那边又改需求了"), ("me", "啊？？？"), ("them", "我也没办法 晚上对一下")],
    [("me", "原型更新了 您看下"), ("them", "整体可以 细节明天说")],
    [("them", "周报别忘了交"), ("me", "好的")],
]
GROUP_CHAT_SN = [
    [
        (RISKY, "周末有人出来喝一杯吗"),
        ("孙婷婷", "我带娃 去不了"),
        ("me", "我可以！"),
        ("吴昊天", "+1"),
    ],
    [
        ("孙婷婷", "[图片]"),
        ("孙婷婷", "我家崽崽会走路了"),
        ("me", "好可爱！！"),
        ("吴昊天", "干爹来了"),
    ],
    [("吴昊天", "有人玩王者吗 五排缺一"), ("me", "来"), (RISKY, "我不玩 你们年轻人的东西")],
    [("李倩", "下个月同学聚会定了没"), ("吴昊天", "定在{time} 老地方"), ("me", "收到收到")],
    [("me", "今天{weather} 大家注意"), ("孙婷婷", "我们这也是")],
    [("吴昊天", "老周又来了哈哈"), ("李倩", "哈哈哈哈")],
]
RISKY_REPLIES = [
    "哈哈哈老周又开始了",
    "周哥消消气",
    "别说了别说了 小心被封群",
    "🙃",
    "你这话说的",
    "又来",
    "理性理性",
    "喝口水",
    "[旺柴]",
    "笑死",
    "行行行你说得对",
    "周哥你去当官吧",
]


def build(out: Path) -> None:
    rng = random.Random(20240901)
    folder = out / PID
    pii = PII()
    wx = folder / "wechat"

    partner = Chat(PARTNER, [ME, PARTNER])
    mom = Chat(MOM, [ME, MOM])
    bff = Chat(BFF, [ME, BFF])
    boss = Chat(BOSS, [ME, BOSS])
    group = Chat("大学同学吹水群", [ME, RISKY, "孙婷婷", "吴昊天", "李倩"], group=True)
    work_hours = {9: 3, 10: 3, 11: 2, 14: 3, 15: 3, 16: 2, 17: 2, 18: 1}
    run_chat(
        rng,
        partner,
        START,
        END,
        2.4,
        PARTNER_SN,
        "zh",
        HOURS,
        SLEEP,
        {"image": 0.12, "sticker": 0.15, "voice": 0.05},
    )
    run_chat(
        rng,
        mom,
        START,
        END,
        1.1,
        MOM_SN,
        "zh",
        {8: 2, 12: 3, 18: 2, 19: 3, 20: 3, 21: 2},
        SLEEP,
        {"voice": 0.35, "image": 0.1},
    )
    run_chat(rng, bff, START, END, 0.85, BFF_SN, "zh", HOURS, SLEEP, {"image": 0.1, "sticker": 0.2})
    run_chat(rng, boss, START, END, 0.45, BOSS_SN, "zh", work_hours, SLEEP)
    boss.messages = [m for m in boss.messages if m.local.weekday() < 5]
    run_chat(rng, group, START, END, 0.35, GROUP_CHAT_SN, "zh", HOURS, SLEEP, {"image": 0.1})

    # risky contact: 130 distinct rants in the group, some replies
    for t, text in zip(
        spread(rng, START, END, 130, [8, 9, 12, 13, 19, 20, 21, 22, 23]),
        zh_rants(rng, 130),
        strict=True,
    ):
        group.messages.append(Msg(t, RISKY, text))
        if rng.random() < 0.25:
            who = rng.choice([ME, "孙婷婷", "吴昊天", "李倩"])
            group.messages.append(
                Msg(t + timedelta(minutes=rng.randrange(1, 30)), who, rng.choice(RISKY_REPLIES))
            )

    # location shares: evenings from home, weekday mornings from the office
    for d in range(0, (END - START).days, 3):
        day = START + timedelta(days=d)
        if rng.random() < 0.7:
            t = datetime(
                day.year,
                day.month,
                day.day,
                rng.choice([19, 20, 21, 22]),
                rng.randrange(60),
                rng.randrange(60),
            )
            la, lo = jitter(rng, *HOME, 40)
            partner.messages.append(
                Msg(t, ME, rng.choice(["到家了", "我到家啦", "安全到家", "到了"]))
            )
            partner.messages.append(
                Msg(
                    t + timedelta(seconds=20),
                    ME,
                    "",
                    "location",
                    la,
                    lo,
                    "杭州市西湖区文一西路188号",
                    "紫桂花园",
                )
            )
        if day.weekday() < 5 and rng.random() < 0.5:
            t = datetime(day.year, day.month, day.day, 9, rng.randrange(5, 55), rng.randrange(60))
            la, lo = jitter(rng, *WORK, 50)
            partner.messages.append(
                Msg(t, ME, "", "location", la, lo, "杭州市滨江区网商路599号", "云栖数科大厦")
            )
            partner.messages.append(
                Msg(
                    t + timedelta(seconds=30),
                    ME,
                    rng.choice(["到公司了", "打卡成功 差一分钟迟到", "在公司楼下买咖啡", "到啦"]),
                )
            )
    # a weekend trip to Shanghai (a distractor for home city)
    t = datetime(2024, 10, 3, 15, 12, 9)
    partner.messages.append(
        Msg(t, ME, "", "location", 31.239692, 121.499755, "上海市浦东新区陆家嘴环路", "东方明珠")
    )
    # temple visits on the 1st/15th of the lunar month (location + text)
    temple = (30.239456, 120.100872)
    for td in [
        date(2024, 9, 17),
        date(2024, 10, 3),
        date(2024, 11, 1),
        date(2024, 11, 15),
        date(2024, 12, 15),
        date(2025, 1, 29),
        date(2025, 2, 12),
    ]:
        t = datetime(td.year, td.month, td.day, 9, 40, 11)
        la, lo = jitter(rng, *temple, 30)
        mom.messages.append(
            Msg(t, ME, "", "location", la, lo, "杭州市西湖区法云弄", "上天竺法喜讲寺")
        )
        script(
            mom,
            t + timedelta(minutes=1),
            rng.choice(
                [
                    [
                        ("me", "妈 我到法喜寺了 给家里供了盏灯"),
                        ("them", "好 替我拜拜菩萨"),
                        ("me", "嗯 保佑爸身体健康"),
                    ],
                    [("me", "今天十五 来烧个香"), ("them", "乖 心诚则灵")],
                    [
                        ("me", "抄经抄了一上午 心静多了"),
                        ("them", "好 吃素斋了吗"),
                        ("me", "吃了 面好好吃"),
                    ],
                    [("me", "初一啦 今天吃素"), ("them", "囡囡真乖")],
                ]
            ),
            rng,
        )

    # planted PII in free text
    rid = cn_resident_id("330106", "19950312", "452")
    card = luhn_complete("622202120803556123")
    script(
        mom,
        datetime(2024, 9, 12, 20, 15, 3),
        [
            ("them", "囡囡 你身份证号发我一下 给你办那个医保"),
            ("me", rid),
            ("me", "卡号也要吗 工行的 " + card),
            ("them", "要的 好了"),
        ],
        rng,
    )
    script(
        bff,
        datetime(2024, 10, 21, 21, 2, 44),
        [
            ("them", "你新家地址发我 给你寄东西"),
            ("me", HOME_ADDR),
            ("them", "收到 电话还是139那个吧"),
            ("me", "对 13957120486"),
        ],
        rng,
    )
    script(
        bff,
        datetime(2024, 11, 8, 22, 40, 0),
        [
            ("me", "我同事想认识你 他微信号tangtang_1108 你加一下"),
            ("them", "男的女的"),
            ("me", "女的！汤汤 人超好"),
        ],
        rng,
    )
    script(
        partner,
        datetime(2024, 11, 20, 12, 5, 0),
        [("me", "快递帮我寄到" + WORK_ADDR + "前台就行 写许嘉怡收"), ("them", "好的老婆")],
        rng,
    )
    script(
        group,
        datetime(2024, 12, 3, 20, 30, 0),
        [
            (RISKY, "我换号了 新vx是zhouzp1990 旧的不用了"),
            ("吴昊天", "收到 老周"),
            ("me", "好的周哥"),
            ("李倩", "我QQ 2843917562 也加一下 传照片方便"),
        ],
        rng,
    )
    script(
        boss,
        datetime(2024, 12, 10, 10, 10, 0),
        [
            ("them", "发票抬头发你邮箱了 jiayi.xu@example.com 对吧"),
            ("me", "对的 收到了 我报一下"),
            ("them", "另外把小汤拉进项目群 wxid_ab12cd34ef5612"),
        ],
        rng,
    )
    script(
        bff,
        datetime(2025, 1, 5, 21, 30, 0),
        [
            ("them", "你妈妈家地址是不是浙江省绍兴市越城区解放北路66号2幢301室 我寄年货"),
            ("me", "对 写王秀兰收 电话13867541209"),
            ("them", "好嘞 阿姨最爱吃那个糕"),
        ],
        rng,
    )
    script(
        partner,
        datetime(2024, 12, 24, 21, 0, 0),
        [
            ("them", "平安夜快乐 老婆"),
            ("me", "圣诞快乐 阿昊"),
            ("them", "给你的礼物在门口"),
            ("me", "啊啊啊啊爱你"),
        ],
        rng,
    )
    # gaming and distractors
    for t in spread(rng, START, END, 14, [21, 22, 23]):
        script(
            partner,
            t,
            rng.choice(
                [
                    [("me", "上号 今晚带我上王者"), ("them", "来了来了")],
                    [("me", "原神新角色抽到了！！"), ("them", "欧皇")],
                    [("me", "又连跪三把 这游戏要我命"), ("them", "休息会儿吧")],
                ]
            ),
            rng,
        )
    script(
        mom,
        datetime(2024, 10, 14, 19, 40, 0),
        [("them", "林小雨那孩子上次来家里 还说要认我当干妈"), ("me", "哈哈她嘴甜")],
        rng,
    )
    script(
        bff,
        datetime(2024, 10, 9, 22, 0, 0),
        [("them", "你最近好佛系啊"), ("me", "工作已经把我磨平了 哈哈哈"), ("them", "佛系打工人")],
        rng,
    )
    script(
        boss,
        datetime(2024, 9, 26, 15, 0, 0),
        [("them", "这次站队的事别掺和 办公室政治没意思"), ("me", "明白")],
        rng,
    )
    script(
        bff,
        datetime(2024, 11, 11, 23, 10, 0),
        [("me", "双十一剁手 赌五毛明天就后悔"), ("them", "我已经后悔了")],
        rng,
    )

    for c in (partner, mom, bff, boss, group):
        drop_sleep(c, SLEEP, 0.9, rng)
        c.sort()

    # ---------------------------------------------------------------- write chats
    names_me = ("", "嘉怡Joy")
    files = {
        PARTNER: (partner, "wxid_3hq8c5n2m7ab22", {ME: names_me, PARTNER: ("陈昊", "Hao")}),
        MOM: (mom, "wxid_m0m9xiulan7788", {ME: names_me, MOM: ("妈妈", "秀兰")}),
        BFF: (bff, "wxid_lxy0520rain", {ME: names_me, BFF: ("小雨", "雨一直下")}),
        BOSS: (boss, "zhaolei_pm", {ME: names_me, BOSS: ("赵磊-组长", "Leo赵")}),
    }
    for key, (chat, talker, names) in files.items():
        rel = f"wechat/{names[key][0]}_utf8.csv"
        memotrace_csv(folder / rel, chat, TZ, talker, names, rng)
        pii.add(rel, "WECHAT_ID", talker)
        for v in names[key]:
            if v not in ("妈妈", "雨一直下", "Hao", "赵磊-组长", "Leo赵"):
                pii.add(rel, "PERSON", v)
    gnames = {
        ME: names_me,
        RISKY: ("老周", "周志鹏"),
        "孙婷婷": ("", "婷婷"),
        "吴昊天": ("", "吴昊天"),
        "李倩": ("", "倩倩"),
    }
    memotrace_csv(wx / "大学同学吹水群_utf8.csv", group, TZ, "20931847562@chatroom", gnames, rng)
    g = "wechat/大学同学吹水群_utf8.csv"
    for v in (RISKY, "吴昊天", "老周"):
        pii.add(g, "PERSON", v)
    pii.add(g, "WECHAT_ID", "zhouzp1990")
    pii.add(g, "QQ_NUMBER", "2843917562")
    m = "wechat/妈妈_utf8.csv"
    pii.add(m, "CN_RESIDENT_ID", rid)
    pii.add(m, "CREDIT_CARD", card)
    pii.add(m, "PERSON", "林小雨")
    b = "wechat/小雨_utf8.csv"
    pii.add(b, "LOCATION", HOME_ADDR)
    pii.add(b, "PHONE_NUMBER", "13957120486")
    pii.add(b, "WECHAT_ID", "tangtang_1108")
    pii.add(b, "LOCATION", "浙江省绍兴市越城区解放北路66号2幢301室")
    pii.add(b, "PERSON", "王秀兰")
    pii.add(b, "PHONE_NUMBER", "13867541209")
    pii.add(b, "PERSON", "汤汤")
    p = "wechat/陈昊_utf8.csv"
    pii.add(p, "LOCATION", WORK_ADDR)
    pii.add(p, "PERSON", "许嘉怡")
    pii.add(p, "PERSON", "阿昊")
    z = "wechat/赵磊-组长_utf8.csv"
    pii.add(z, "EMAIL_ADDRESS", "jiayi.xu@example.com")
    pii.add(z, "WECHAT_ID", "wxid_ab12cd34ef5612")
    pii.add(z, "PERSON", "嘉怡")

    # ---------------------------------------------------------------- payments
    ali_rows, wx_rows = payments(rng)
    alipay_csv(
        folder / "alipay/支付宝交易明细(20240901-20250228).csv",
        "许嘉怡",
        "jiayi.xu@example.com",
        ali_rows,
        datetime(2025, 3, 1, 10, 22, 31),
    )
    ap = "alipay/支付宝交易明细(20240901-20250228).csv"
    pii.add(ap, "PERSON", "许嘉怡")
    pii.add(ap, "EMAIL_ADDRESS", "jiayi.xu@example.com")
    pii.add(ap, "PERSON", "陈*昊")
    wechatpay_csv(
        folder / "wechat_pay/微信支付账单(20240901-20250228).csv",
        "嘉怡Joy",
        wx_rows,
        datetime(2025, 3, 1, 10, 30, 2),
    )
    wp = "wechat_pay/微信支付账单(20240901-20250228).csv"
    pii.add(wp, "PERSON", "陈昊")

    check_pii(folder, pii)
    facts = {
        "home": {
            "lat": HOME[0],
            "lon": HOME[1],
            "radius_m": 300,
            "address": HOME_ADDR,
            "city": "杭州",
        },
        "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": WORK_NAME},
        "sleep_window": {"start": SLEEP[0], "end": SLEEP[1], "tolerance_min": 60},
        "top_contacts": [
            {"name": n, "messages": count_1to1(c)}
            for n, c in ((PARTNER, partner), (MOM, mom), ("小雨", bff))
        ],
        "relationships": [
            {"name": PARTNER, "relationship": "partner", "full_name": "陈昊"},
            {"name": MOM, "relationship": "mother", "full_name": "王秀兰"},
            {"name": "小雨", "relationship": "close friend", "full_name": "林小雨"},
            {"name": "赵磊-组长", "relationship": "colleague", "full_name": "赵磊"},
        ],
        "religion": {"value": "buddhist"},
        "health": {"value": False},
        "politics": {"value": False},
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": True},
        "salary": {
            "amount": "14680.00",
            "currency": "CNY",
            "payer": WORK_NAME,
            "period": "monthly",
        },
        "risky_contact": {
            "name": RISKY,
            "why": "in the group chat 大学同学吹水群 posts 130 angry messages about officials, taxes, lies and 'the system' (当官的/割韭菜/税/体制)",
        },
    }
    tc = facts["top_contacts"]
    assert tc[0]["messages"] > tc[1]["messages"] > tc[2]["messages"] > count_1to1(boss)  # type: ignore[index]
    ground_truth(
        folder,
        PID,
        "许嘉怡 (Xu Jiayi): a fictional 29-year-old product manager living in Hangzhou (西湖区), working in Binjiang; Buddhist practice, plays mobile games.",
        TZ,
        {
            "names": ["许嘉怡", "嘉怡", "嘉怡Joy", "Joy"],
            "phones": ["13957120486"],
            "emails": ["jiayi.xu@example.com"],
            "handles": ["wxid_7k2m9qz4xu1p22", "jiayi_0312"],
        },
        pii,
        facts,
    )


def payments(rng: random.Random) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    ali: list[dict[str, str]] = []
    wxr: list[dict[str, str]] = []

    def oid(t: datetime) -> str:
        return f"{t:%Y%m%d}2200{rng.randrange(10**17, 10**18)}"

    def a(
        t: datetime,
        cat: str,
        party: str,
        item: str,
        dir_: str,
        amt: float,
        method: str = "余额宝",
        acct: str = "/",
        status: str = "交易成功",
        morder: bool = True,
    ) -> None:
        ali.append(
            {
                "time": f"{t:%Y-%m-%d %H:%M:%S}",
                "cat": cat,
                "party": party,
                "acct": acct,
                "item": item,
                "dir": dir_,
                "amount": f"{amt:.2f}",
                "method": method,
                "status": status,
                "order": oid(t),
                "morder": f"T{rng.randrange(10**15, 10**16)}" if morder else "",
            }
        )

    d = START
    while d <= END:
        wd = d.weekday() < 5
        if wd and rng.random() < 0.35:
            t = datetime(d.year, d.month, d.day, 11, rng.randrange(30, 59), rng.randrange(60))
            a(
                t,
                "餐饮美食",
                "上海拉扎斯信息科技有限公司",
                rng.choice(["饿了么外卖订单", "饿了么-麻辣烫", "饿了么-轻食沙拉"]),
                "支出",
                rng.uniform(18, 42),
                rng.choice(["余额宝", "花呗"]),
                "ele***@alibaba-inc.com",
            )
        if wd and rng.random() < 0.45:
            t = datetime(d.year, d.month, d.day, 8, rng.randrange(20, 59), rng.randrange(60))
            a(
                t,
                "交通出行",
                "杭州地铁",
                "杭州地铁乘车码",
                "支出",
                rng.choice([4.0, 5.0, 6.0]),
                "余额宝",
                "/",
            )
        if rng.random() < 0.25:
            t = datetime(
                d.year,
                d.month,
                d.day,
                rng.choice([13, 15, 20, 21, 22]),
                rng.randrange(60),
                rng.randrange(60),
            )
            a(
                t,
                "日用百货",
                rng.choice(["淘宝闪购", "天猫超市", "盒马鲜生"]),
                rng.choice(["洗衣凝珠", "抽纸24包", "猫砂", "酸奶 x4", "护手霜", "毛衣"]),
                "支出",
                rng.uniform(15, 260),
                "花呗",
                "/",
            )
        if rng.random() < 0.08:
            t = datetime(
                d.year,
                d.month,
                d.day,
                rng.choice([10, 15, 18]),
                rng.randrange(60),
                rng.randrange(60),
            )
            a(t, "餐饮美食", "瑞幸咖啡", "生椰拿铁", "支出", 9.9, "余额宝", "/")
        if d.day == 15:
            t = datetime(d.year, d.month, d.day, 10, 2, rng.randrange(60))
            a(t, "转账红包", WORK_NAME, "代发工资", "收入", 14680.00, "", "yqsk***@yunqishuke.com")
        if d.day == 9:
            t = datetime(d.year, d.month, d.day, 9, 12, rng.randrange(60))
            a(
                t,
                "信用借还",
                "花呗",
                f"花呗自动还款-{(d - timedelta(days=20)):%Y年%m月}账单",
                "不计收支",
                rng.uniform(800, 2100),
                "余额宝",
                "/",
            )
        if d.day == 1:
            t = datetime(d.year, d.month, d.day, 20, 5, rng.randrange(60))
            a(t, "转账红包", "陈*昊", "房租AA", "收入", 2100.00, "", "186******90")
        d += timedelta(days=1)
    # temple giving: 随喜功德 / 供灯 / 香火
    for td, item, amt in [
        (date(2024, 9, 17), "随喜功德", 66.0),
        (date(2024, 10, 3), "供灯-平安灯", 108.0),
        (date(2024, 11, 1), "随喜功德", 50.0),
        (date(2024, 11, 15), "香火", 20.0),
        (date(2024, 12, 15), "随喜", 88.0),
        (date(2025, 1, 29), "新春祈福 供灯", 168.0),
        (date(2025, 2, 12), "随喜功德", 66.0),
    ]:
        t = datetime(td.year, td.month, td.day, 10, rng.randrange(0, 50), rng.randrange(60))
        a(t, "其他", "杭州上天竺法喜讲寺", item, "支出", amt, "余额宝", "fxs***@163.com")
    a(
        datetime(2024, 10, 20, 9, 31, 2),
        "其他",
        "杭州灵隐寺",
        "随喜-放生",
        "支出",
        200.0,
        "余额宝",
        "/",
    )
    # gaming (merchant registered in another city)
    for t in spread(rng, START, END, 9, [21, 22, 23]):
        a(
            t,
            "文化休闲",
            "上海米哈游天命科技有限公司",
            rng.choice(["原神-创世结晶x60", "原神-空月祝福", "崩坏：星穹铁道-古老梦华"]),
            "支出",
            rng.choice([6.0, 30.0, 68.0, 128.0]),
            "花呗",
            "/",
        )
    a(
        datetime(2024, 10, 3, 12, 40, 51),
        "餐饮美食",
        "上海小南国餐饮管理有限公司",
        "陆家嘴店-午餐",
        "支出",
        312.0,
        "花呗",
        "/",
    )
    a(
        datetime(2024, 10, 4, 18, 2, 11),
        "交通出行",
        "中国铁路网络有限公司",
        "上海虹桥-杭州东 G7351",
        "支出",
        73.0,
        "余额宝",
        "/",
    )
    a(
        datetime(2024, 10, 27, 16, 0, 1),
        "医疗健康",
        "海王星辰健康药房",
        "维生素C泡腾片",
        "支出",
        39.9,
        "余额宝",
        "/",
    )
    a(
        datetime(2024, 12, 7, 14, 0, 1),
        "文化休闲",
        "泡泡玛特",
        "盲盒 x2",
        "支出",
        138.0,
        "花呗",
        "/",
    )

    def w(
        t: datetime,
        typ: str,
        party: str,
        item: str,
        dir_: str,
        amt: float,
        method: str = "零钱",
        status: str = "支付成功",
    ) -> None:
        wxr.append(
            {
                "time": f"{t:%Y-%m-%d %H:%M:%S}",
                "type": typ,
                "party": party,
                "item": item,
                "dir": dir_,
                "amount": f"{amt:.2f}",
                "method": method,
                "status": status,
                "order": f"4200{rng.randrange(10**23, 10**24)}",
                "morder": f"{rng.randrange(10**19, 10**20)}" if typ == "商户消费" else "/",
            }
        )

    for t in spread(rng, START, END, 16, [20, 21, 22, 23]):
        w(
            t,
            "商户消费",
            "王者荣耀",
            "腾讯王者荣耀-点券充值",
            "支出",
            rng.choice([6.0, 30.0, 68.0]),
            rng.choice(["零钱", "招商银行储蓄卡(3321)"]),
        )
    for t in spread(rng, START, END, 18, [12, 19, 20, 21]):
        w(t, "微信红包", PARTNER, "/", "支出", rng.choice([5.20, 13.14, 52.0, 20.0]))
    for t in spread(rng, START, END, 6, [19, 20]):
        w(t, "转账", "妈妈", "/", "支出", rng.choice([300.0, 500.0, 1000.0]), "零钱", "对方已收钱")
    for t in spread(rng, START, END, 30, [8, 12, 13, 18]):
        w(
            t,
            "商户消费",
            rng.choice(["便利蜂", "全家FamilyMart", "喜茶", "瑞幸咖啡", "杭州公交集团"]),
            rng.choice(["商品", "饮品", "乘车"]),
            "支出",
            rng.uniform(2, 35),
        )
    for t in spread(rng, START, END, 8, [20, 21]):
        w(t, "微信红包", "大学同学吹水群", "/", "收入", rng.uniform(0.5, 8.8), "/", "已存入零钱")
    w(datetime(2024, 11, 1, 10, 12, 40), "商户消费", "杭州上天竺法喜讲寺", "随喜功德", "支出", 30.0)
    return ali, wxr
