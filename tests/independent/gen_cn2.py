"""CN-2: 周卫东, 54, warehouse keeper in Xi'an. PyWxDump WeChat CSV, WhatsApp (Chinese UI), Alipay, WeChat Pay, Timeline.json."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from gen_common import ME, PII, Chat, Msg, cn_resident_id, jitter
from gen_formats import (
    alipay_csv,
    pywxdump_csv,
    timeline_json,
    tl_activity,
    tl_visit,
    wechatpay_csv,
    whatsapp_android_zh,
)
from gen_persona_util import check_pii, count_1to1, drop_sleep, ground_truth, script
from gen_text import run_chat, spread, zh_rants

PID = "cn2_xian"
TZ = "Asia/Shanghai"
START, END = date(2024, 9, 14), date(2025, 2, 28)
SLEEP = ("23:30", "06:00")
HOME = (34.226512, 108.934087)
WORK = (34.347106, 109.056218)
HOME_ADDR = "陕西省西安市雁塔区电子二路86号东方家园7号楼3单元1102室"
EMPLOYER = "西安秦川物流仓储有限公司"
WIFE = "桂芳"
SISTER = "大姐"
BOSS = "马主任"
RISKY = "贾建军"
SON = "晓阳"
HOURS = {6: 2, 7: 3, 8: 1, 12: 4, 13: 2, 17: 2, 18: 3, 19: 4, 20: 5, 21: 4, 22: 3, 23: 1}

WIFE_SN = [
    [("them", "老周 几点回来"), ("me", "七点多"), ("them", "路上慢点 饭给你热着")],
    [("me", "今天仓库盘点 晚点回"), ("them", "知道了 别太累"), ("me", "嗯")],
    [("them", "降压药吃了没"), ("me", "吃了吃了"), ("them", "别糊弄我")],
    [("them", "[语音]"), ("me", "好的"), ("them", "顺便买点{thing}")],
    [("me", "我下班去接你 在哪"), ("them", "在超市 你到门口打电话")],
    [("them", "晓阳视频了没"), ("me", "昨晚打了 说挺好的"), ("them", "那就好 让他多穿点 英国冷")],
    [("them", "老头子 明天记得去医院拿药"), ("me", "记得")],
    [("me", "今天{weather} 你出门带伞"), ("them", "好")],
    [("them", "你妈打电话了 说周末过去吃饭"), ("me", "行 我买点{food}")],
    [("me", "晚上吃啥"), ("them", "{food}"), ("me", "好")],
    [("them", "物业费交了吗"), ("me", "还没 明天交")],
    [("me", "老婆 帮我看看这个表怎么填"), ("them", "发过来我看")],
    [("them", "早点睡 别又刷手机到半夜"), ("me", "知道了")],
    [("me", "在公园下象棋 一会回"), ("them", "快点 饭凉了")],
    [("them", "你那个腰还疼不疼"), ("me", "好多了"), ("them", "明天贴个膏药")],
]
SISTER_SN = [
    [("them", "卫东 妈这两天咳嗽"), ("me", "我周末带她去看看"), ("them", "好 辛苦你了")],
    [("me", "姐 你家那边{weather}没"), ("them", "下了 路上都是水")],
    [("them", "晓阳在英国还好吧"), ("me", "好着呢 就是花钱多"), ("them", "孩子出息了 累点值")],
    [("them", "过年回咸阳吗"), ("me", "回 初二过去"), ("them", "好 我包饺子")],
    [("me", "大姐 借你那个轮椅还在你那吗"), ("them", "在 你啥时候来拿")],
    [("them", "你姐夫想问问你们单位还招人不"), ("me", "我问问马主任")],
    [("them", "[图片]"), ("them", "妈今天精神挺好"), ("me", "[强]")],
    [("me", "姐 我血压最近有点高"), ("them", "少吃咸的 别喝酒了"), ("me", "嗯 知道")],
]
BOSS_SN = [
    [("them", "老周 明天早班 六点半到"), ("me", "收到")],
    [("them", "三号库的货今天出了没"), ("me", "出了 单子放您桌上了")],
    [("me", "马主任 我下午去医院 请两个小时假"), ("them", "去吧 跟小李交代一下")],
    [("them", "月底盘点 别出岔子"), ("me", "放心")],
    [("them", "叉车那个证 你抓紧复审"), ("me", "好的 下周去")],
]
GROUP_SN = [
    [
        ("王志刚", "兄弟们 周末聚一下"),
        ("me", "我可以"),
        (RISKY, "算我一个"),
        ("刘海峰", "老地方 {food}"),
    ],
    [
        ("刘海峰", "[图片]"),
        ("刘海峰", "当年咱们连的照片"),
        ("me", "那时候真年轻"),
        ("王志刚", "哈哈 老周那会还有头发"),
    ],
    [("me", "战友们早上好[玫瑰]"), ("王志刚", "早[抱拳]")],
    [("王志刚", "老班长住院了 大家有空去看看"), ("me", "我明天去"), ("刘海峰", "我也去")],
    [("刘海峰", "国庆节快乐[强][强]"), ("me", "节日快乐")],
]
RISKY_REPLIES = [
    "老贾 少说两句",
    "哈哈 又来了",
    "喝口茶消消气",
    "[捂脸]",
    "这话在群里说不合适",
    "老贾你这脾气",
    "[微笑]",
    "算了算了",
    "说的也是",
]
RETIRE = [
    "本来后年就能退了 这一延又得多干好几年",
    "延迟退休说是弹性自愿 谁信啊",
    "交了三十多年社保 到头来还要多交几年",
    "上面一拍脑袋 我们就得多扛三年货",
    "养老金亏空凭啥让我们这些人填",
    "六十三岁还在仓库搬东西 想想都腰疼",
    "说是渐进式 就是一刀一刀慢慢割",
    "我们这一批人真是赶上了 啥好事都轮不上",
    "新闻里说是顺应国情 我看是顺应他们自己",
    "早知道当年就该去考公 人家退休金比我们高一大截",
    "搞这个政策的人自己又不用干体力活",
    "退休年龄一延 我那个计划全泡汤了",
]
SON_SN = [
    [("them", "爸 我到学校了"), ("me", "好 注意安全"), ("them", "嗯嗯")],
    [("me", "钱收到没"), ("them", "收到了 谢谢爸"), ("me", "省着点花 但是别亏着自己")],
    [("them", "这边天天下雨 烦死了"), ("me", "多穿点 别感冒"), ("them", "知道啦")],
    [("me", "儿子 吃饭了没"), ("them", "刚吃 自己做的{food}"), ("me", "厉害")],
    [("them", "论文交了！"), ("me", "好 好 [强]"), ("them", "哈哈 爸你这表情包")],
    [("me", "你妈想你了 有空视频"), ("them", "周末吧 这几天忙")],
    [("them", "爸 你血压最近咋样"), ("me", "还行 按时吃药呢"), ("them", "别省那点药钱")],
    [("me", "房租交了没"), ("them", "交了 下个月要涨"), ("me", "没事 爸给你打")],
    [("them", "曼城今天又输了"), ("me", "你看球别熬太晚")],
    [("them", "放假我去伦敦玩几天"), ("me", "去吧 注意安全 钱够不够")],
    [("them", "<省略影音内容>"), ("them", "给你看看我们宿舍"), ("me", "挺干净")],
]


def build(out: Path) -> None:
    rng = random.Random(20240914)
    folder = out / PID
    pii = PII()
    wife = Chat(WIFE, [ME, WIFE])
    sister = Chat(SISTER, [ME, SISTER])
    boss = Chat(BOSS, [ME, BOSS])
    group = Chat("老战友 永远的三连", [ME, RISKY, "王志刚", "刘海峰"], group=True)
    son = Chat(SON, [ME, SON])
    run_chat(
        rng, wife, START, END, 2.0, WIFE_SN, "zh", HOURS, SLEEP, {"voice": 0.25, "image": 0.05}
    )
    run_chat(
        rng,
        son,
        START,
        END,
        1.35,
        SON_SN,
        "zh",
        {6: 2, 7: 2, 12: 2, 13: 1, 19: 2, 20: 3, 21: 3, 22: 2},
        SLEEP,
        {"image": 0.1},
    )
    run_chat(
        rng,
        sister,
        START,
        END,
        0.8,
        SISTER_SN,
        "zh",
        {8: 1, 12: 2, 19: 3, 20: 3, 21: 2},
        SLEEP,
        {"voice": 0.3},
    )
    run_chat(rng, boss, START, END, 0.4, BOSS_SN, "zh", {6: 2, 7: 3, 12: 1, 16: 2, 17: 2}, SLEEP)
    boss.messages = [m for m in boss.messages if m.local.weekday() < 6]
    run_chat(rng, group, START, END, 0.35, GROUP_SN, "zh", HOURS, SLEEP, {"image": 0.15})
    for t, text in zip(
        spread(rng, START, END, 112, [6, 7, 9, 12, 15, 20, 21, 22]), zh_rants(rng, 112), strict=True
    ):
        group.messages.append(Msg(t, RISKY, text))
        if rng.random() < 0.25:
            group.messages.append(
                Msg(
                    t + timedelta(minutes=rng.randrange(1, 30)),
                    rng.choice([ME, "王志刚", "刘海峰"]),
                    rng.choice(RISKY_REPLIES),
                )
            )
    # son's messages also arrive during the father's night (UK evening); he answers in the morning
    for t in spread(rng, START, END, 30, [2, 3, 4, 5]):
        son.messages.append(
            Msg(
                t,
                SON,
                rng.choice(
                    [
                        "爸 睡了吧 明天再说",
                        "刚下课 好累",
                        "爸 钱到了",
                        "这边才晚上九点哈哈",
                        "给妈说我挺好的",
                    ]
                ),
            )
        )

    # politics: the user's own criticism of the retirement-age change, spread across chats
    rtimes = spread(rng, START, END, len(RETIRE) + 6, [12, 19, 20, 21, 22])
    for i, t in enumerate(rtimes):
        text = RETIRE[i % len(RETIRE)]
        target = [group, sister, wife, boss][i % 4]
        target.messages.append(Msg(t, ME, text))
        if target is not group:
            other = next(m for m in target.members if m != ME)
            target.messages.append(
                Msg(
                    t + timedelta(minutes=2),
                    other,
                    rng.choice(
                        ["唉 没办法", "别想了 身体要紧", "谁说不是呢", "[叹气]", "咱老百姓能咋办"]
                    ),
                )
            )
    script(
        son,
        datetime(2024, 9, 14, 7, 40, 0),
        [
            ("me", "看新闻没 延迟退休定了"),
            ("them", "看了 爸你是不是要晚三年"),
            ("me", "六十三 这帮人真会算账"),
            ("them", "唉 爸你别气 血压"),
        ],
        rng,
    )
    # health: hypertension shown in chats
    health_lines = [
        [("me", "今天量血压一百六 头有点晕"), ("them", "赶紧吃药 别硬撑")],
        [("me", "医生说要少吃盐 这面都没味了"), ("them", "忍忍吧 为了身体")],
        [("me", "氨氯地平吃完了 明天去药房拿"), ("them", "我给你带")],
        [("me", "复查了 高压一百四 比上次好点"), ("them", "继续保持")],
        [("them", "你那个降压药是一天一片还是两片"), ("me", "早上一片")],
    ]
    for t in spread(rng, START, END, 12, [7, 12, 19, 20]):
        script(wife, t, rng.choice(health_lines), rng)
    # financial stress: borrowing at night, failed repayment, worry
    money = [
        [("me", "这个月又得借点 晓阳房租"), ("them", "借呗还能借多少"), ("me", "还有一万多额度")],
        [("me", "信用卡还不上了 先用借呗倒一下"), ("them", "这样下去不行啊")],
        [("them", "今天有个电话说是催收的"), ("me", "别接 我来处理"), ("them", "你到底欠了多少")],
        [("me", "花呗扣款失败了 卡里没钱"), ("them", "我这还有两千 先转你")],
        [("me", "微粒贷先借五千 下月工资还"), ("them", "唉")],
    ]
    for t in spread(rng, START, END, 10, [21, 22, 23]):
        script(wife, t, rng.choice(money), rng)
    script(
        sister,
        datetime(2024, 12, 20, 22, 10, 0),
        [
            ("me", "姐 能不能先借我三千 下个月还你"),
            ("them", "咋了 又周转不开了"),
            ("me", "孩子学费 还有之前的账"),
            ("them", "行 一会转你"),
        ],
        rng,
    )
    # distractors
    script(
        son,
        datetime(2024, 10, 20, 20, 30, 0),
        [("them", "爸你现在咋这么佛系了"), ("me", "老了 啥都看开了"), ("them", "哈哈")],
        rng,
    )
    script(
        group,
        datetime(2024, 11, 3, 20, 0, 0),
        [
            ("王志刚", "求神拜佛不如求自己 哈哈"),
            ("me", "老王说得对"),
            ("刘海峰", "下雨了 赌气不出门了"),
        ],
        rng,
    )
    script(
        wife,
        datetime(2024, 12, 1, 16, 0, 0),
        [("me", "在公园下象棋 赢了老李三盘"), ("them", "就你能")],
        rng,
    )

    # PII in free text
    rid = cn_resident_id("610113", "19700615", "281")
    script(
        son,
        datetime(2024, 11, 2, 20, 5, 0),
        [
            ("them", "爸 签证表要你护照号和身份证号"),
            ("me", "护照E39281746"),
            ("me", "身份证" + rid),
            ("them", "好 我帮你填 邮箱用我的 xiaoyang.zhou@example.co.uk"),
            ("me", "行"),
        ],
        rng,
    )
    script(
        wife,
        datetime(2024, 10, 8, 19, 12, 0),
        [
            ("them", "快递写哪个地址"),
            ("me", "写" + HOME_ADDR + "，周卫东收，电话13709185526"),
            ("them", "好"),
        ],
        rng,
    )
    script(
        sister,
        datetime(2024, 10, 26, 20, 0, 0),
        [
            ("them", "妈的新地址 陕西省咸阳市秦都区人民中路128号5号楼2单元402室 你记一下"),
            ("me", "好 大姐你电话换了没"),
            ("them", "没换 还是15991307264"),
            ("me", "知道了 周卫红 我存上"),
        ],
        rng,
    )
    script(
        group,
        datetime(2024, 12, 8, 21, 0, 0),
        [
            (RISKY, "我加了个群 vx号jiajianjun_1968 你们加我"),
            ("王志刚", "老贾 我QQ 734920581 那个群发我"),
        ],
        rng,
    )
    script(
        boss,
        datetime(2024, 10, 15, 7, 20, 0),
        [
            ("them", "老周 把你银行卡号报一下 工资卡换行了"),
            ("me", "6217 0000 3911 2847 165 建行"),
            ("them", "好 小李会录"),
        ],
        rng,
    )
    card_text = "6217 0000 3911 2847 165"

    for c in (wife, sister, boss, group, son):
        drop_sleep(c, SLEEP, 0.0 if c is son else 0.9, rng)
        c.sort()

    ids = {
        ME: "wxid_zwd1970xa88",
        WIFE: "wxid_lgf0315rose",
        SISTER: "zhouweihong_xy",
        BOSS: "wxid_mazhuren7721",
        RISKY: "jiajianjun_1968",
        "王志刚": "wxid_wzg8899sx",
        "刘海峰": "liuhaifeng63",
    }
    for name, c, room in [
        (WIFE, wife, ids[WIFE]),
        (SISTER, sister, ids[SISTER]),
        (BOSS, boss, ids[BOSS]),
        ("老战友 永远的三连", group, "18339201846@chatroom"),
    ]:
        rel = f"wechat_pywxdump/{name}.csv"
        pywxdump_csv(folder / rel, c, room, ids, rng)
        for m in c.members:
            pii.add(rel, "WECHAT_ID", ids[m])
    wa = "whatsapp/与晓阳的 WhatsApp 聊天.txt"
    whatsapp_android_zh(folder / wa, son, "周卫东")
    pii.add(wa, "PERSON", "周卫东")
    pii.add(wa, "PERSON", "晓阳")
    pii.add(wa, "CN_PASSPORT", "E39281746")
    pii.add(wa, "CN_RESIDENT_ID", rid)
    pii.add(wa, "EMAIL_ADDRESS", "xiaoyang.zhou@example.co.uk")
    w = f"wechat_pywxdump/{WIFE}.csv"
    pii.add(w, "LOCATION", HOME_ADDR)
    pii.add(w, "PERSON", "周卫东")
    pii.add(w, "PHONE_NUMBER", "13709185526")
    pii.add(w, "PERSON", "老李")
    pii.add(w, "PERSON", "晓阳")
    s = f"wechat_pywxdump/{SISTER}.csv"
    pii.add(s, "LOCATION", "陕西省咸阳市秦都区人民中路128号5号楼2单元402室")
    pii.add(s, "PHONE_NUMBER", "15991307264")
    pii.add(s, "PERSON", "周卫红")
    pii.add(s, "PERSON", "卫东")
    pii.add(s, "PERSON", "马主任")
    b = f"wechat_pywxdump/{BOSS}.csv"
    pii.add(b, "CREDIT_CARD", card_text)
    pii.add(b, "PERSON", "老周")
    pii.add(b, "PERSON", "小李")
    g = "wechat_pywxdump/老战友 永远的三连.csv"
    pii.add(g, "QQ_NUMBER", "734920581")
    pii.add(g, "PERSON", "老贾")
    pii.add(g, "PERSON", "老王")

    ali, wxr = payments(rng)
    ap = "alipay/支付宝交易明细(20240914-20250228).csv"
    alipay_csv(folder / ap, "周卫东", "137******26", ali, datetime(2025, 3, 2, 8, 15, 40))
    pii.add(ap, "PERSON", "周卫东")
    pii.add(ap, "PERSON", "刘*芳")
    wp = "wechat_pay/微信支付账单(20240914-20250228).csv"
    wechatpay_csv(folder / wp, "周卫东", wxr, datetime(2025, 3, 2, 8, 20, 11))
    pii.add(wp, "PERSON", "周卫东")
    pii.add(wp, "PERSON", "桂芳")
    location(folder, rng)
    check_pii(folder, pii)
    facts = {
        "home": {
            "lat": HOME[0],
            "lon": HOME[1],
            "radius_m": 300,
            "address": HOME_ADDR,
            "city": "西安",
        },
        "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
        "sleep_window": {"start": SLEEP[0], "end": SLEEP[1], "tolerance_min": 60},
        "top_contacts": [
            {"name": n, "messages": count_1to1(c)}
            for n, c in ((WIFE, wife), (SON, son), (SISTER, sister))
        ],
        "relationships": [
            {"name": WIFE, "relationship": "partner", "full_name": "刘桂芳"},
            {"name": SON, "relationship": "son", "full_name": "周晓阳"},
            {"name": SISTER, "relationship": "sister", "full_name": "周卫红"},
            {"name": BOSS, "relationship": "colleague"},
        ],
        "religion": {"value": False},
        "health": {"value": "hypertension (high blood pressure)"},
        "politics": {"value": "critical of the retirement-age increase (延迟退休)"},
        "financial_stress": {"value": True},
        "gambling": {"value": False},
        "gaming": {"value": False},
        "salary": {"amount": "5860.00", "currency": "CNY", "payer": EMPLOYER, "period": "monthly"},
        "risky_contact": {
            "name": RISKY,
            "why": "in the WeChat group 老战友 永远的三连 posts 112 angry messages about officials, taxes, lies and 'the system'",
        },
    }
    tc = facts["top_contacts"]
    assert tc[0]["messages"] > tc[1]["messages"] > tc[2]["messages"] > count_1to1(boss), tc  # type: ignore[index]
    ground_truth(
        folder,
        PID,
        "周卫东 (Zhou Weidong): a fictional 54-year-old warehouse keeper living in 雁塔区, Xi'an, working at a logistics park; son studies in Manchester.",
        TZ,
        {
            "names": ["周卫东", "卫东", "老周"],
            "phones": ["13709185526"],
            "emails": [],
            "handles": ["wxid_zwd1970xa88"],
        },
        pii,
        facts,
    )


def payments(rng: random.Random) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    ali: list[dict[str, str]] = []
    wxr: list[dict[str, str]] = []

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
                "order": f"{t:%Y%m%d}2200{rng.randrange(10**17, 10**18)}",
                "morder": "",
            }
        )

    d = START
    while d <= END:
        if rng.random() < 0.35:
            t = datetime(
                d.year,
                d.month,
                d.day,
                rng.choice([7, 12, 18, 19]),
                rng.randrange(60),
                rng.randrange(60),
            )
            a(
                t,
                "餐饮美食",
                rng.choice(["老马家泡馍", "魏家凉皮", "蜜雪冰城", "袁记云饺", "华莱士"]),
                "餐饮",
                "支出",
                rng.uniform(9, 38),
                rng.choice(["余额宝", "花呗", "建设银行储蓄卡(8165)"]),
            )
        if rng.random() < 0.25:
            t = datetime(
                d.year,
                d.month,
                d.day,
                rng.choice([8, 17, 18]),
                rng.randrange(60),
                rng.randrange(60),
            )
            a(
                t,
                "日用百货",
                rng.choice(["人人乐超市", "华润万家", "美团优选"]),
                rng.choice(["蔬菜", "大米10kg", "食用油", "鸡蛋", "卫生纸"]),
                "支出",
                rng.uniform(12, 95),
                "花呗",
            )
        if rng.random() < 0.3:
            t = datetime(d.year, d.month, d.day, 6, rng.randrange(10, 50), rng.randrange(60))
            a(
                t,
                "交通出行",
                "西安城市一卡通",
                "地铁乘车码",
                "支出",
                rng.choice([4.0, 5.0]),
                "余额宝",
            )
        if d.day == 10:
            a(
                datetime(d.year, d.month, d.day, 9, 30, rng.randrange(60)),
                "收入",
                EMPLOYER,
                f"{(d - timedelta(days=20)).month}月工资",
                "收入",
                5860.00,
                "",
                "qcwl***@126.com",
            )
        d += timedelta(days=1)
    # hypertension: pharmacy and hospital
    for t in spread(rng, START, END, 7, [9, 10, 17]):
        a(
            t,
            "医疗健康",
            rng.choice(["老百姓大药房", "广济堂医药"]),
            rng.choice(["苯磺酸氨氯地平片 x3盒", "缬沙坦胶囊", "电子血压计", "氨氯地平片"]),
            "支出",
            rng.choice([38.5, 56.0, 129.0, 67.2]),
        )
    for t in spread(rng, START, END, 3, [8, 9]):
        a(t, "医疗健康", "西安交通大学第一附属医院", "心内科门诊挂号费", "支出", 25.0)
    # debt: 借呗 draws late at night, 花呗 repayment failure
    for t in [
        datetime(2024, 9, 28, 23, 12, 5),
        datetime(2024, 11, 3, 23, 5, 40),
        datetime(2024, 12, 17, 23, 21, 9),
        datetime(2025, 1, 22, 23, 2, 55),
        datetime(2025, 2, 18, 22, 58, 31),
    ]:
        a(
            t,
            "信用借还",
            "借呗",
            "借呗借款-放款至余额",
            "不计收支",
            rng.choice([5000.0, 8000.0, 3000.0]),
        )
    for mth in [(2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2)]:
        t = datetime(mth[0], mth[1], 10, 6, 2, rng.randrange(60))
        a(t, "信用借还", "借呗", "借呗还款", "不计收支", rng.uniform(900, 1500))
        a(
            datetime(mth[0], mth[1], 9, 6, 1, 1),
            "信用借还",
            "花呗",
            f"花呗自动还款-{mth[0]}年{mth[1] - 1 or 12}月账单",
            "不计收支",
            rng.uniform(1100, 2600),
            "余额宝",
            "/",
            "还款失败" if mth in [(2024, 12), (2025, 2)] else "交易成功",
        )
    for t in spread(rng, START, END, 6, [20, 21]):
        a(
            t,
            "转账红包",
            "刘*芳",
            "转账",
            "收入",
            rng.choice([500.0, 1000.0, 2000.0]),
            "",
            "151******17",
        )
    a(
        datetime(2024, 12, 20, 22, 31, 0),
        "转账红包",
        "周*红",
        "转账",
        "收入",
        3000.0,
        "",
        "159******64",
    )
    a(
        datetime(2024, 10, 6, 11, 0, 0),
        "餐饮美食",
        "北京稻香村食品有限责任公司",
        "月饼礼盒(天猫旗舰店)",
        "支出",
        168.0,
        "花呗",
    )
    a(
        datetime(2024, 11, 11, 10, 0, 0),
        "日用百货",
        "深圳市华为终端有限公司",
        "手环",
        "支出",
        269.0,
        "花呗",
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
                "morder": "/",
            }
        )

    for t in [
        datetime(2024, 10, 14, 23, 8, 2),
        datetime(2024, 12, 2, 23, 15, 44),
        datetime(2025, 1, 28, 23, 1, 10),
    ]:
        w(
            t,
            "微粒贷借款",
            "微众银行",
            "微粒贷借款",
            "/",
            rng.choice([5000.0, 4000.0]),
            "/",
            "已到账",
        )
    w(
        datetime(2024, 11, 14, 7, 0, 3),
        "微粒贷还款",
        "微众银行",
        "微粒贷还款",
        "/",
        1720.50,
        "零钱",
        "还款失败",
    )
    w(
        datetime(2024, 11, 16, 7, 0, 3),
        "微粒贷还款",
        "微众银行",
        "微粒贷还款",
        "/",
        1720.50,
        "建设银行储蓄卡(8165)",
        "还款成功",
    )
    for t in spread(rng, START, END, 9, [7, 20]):
        w(
            t,
            "转账",
            "晓阳",
            "/",
            "支出",
            rng.choice([2000.0, 3000.0, 5000.0]),
            "零钱",
            "对方已收钱",
        )
    for t in spread(rng, START, END, 40, [7, 12, 18]):
        w(
            t,
            "商户消费",
            rng.choice(["永辉超市", "早餐铺", "西安公交", "菜鸟驿站"]),
            "商品",
            "支出",
            rng.uniform(2, 48),
        )
    for t in spread(rng, START, END, 6, [19, 20]):
        w(t, "微信红包", WIFE, "/", "支出", rng.choice([52.0, 66.0, 100.0]))
    return ali, wxr


def location(folder: Path, rng: random.Random) -> None:
    segs: list[dict[str, object]] = []
    park = (34.218890, 108.958410)
    hosp = (34.223200, 108.941500)
    d = date(2024, 11, 1)
    while d <= END:

        def at(h: int, m: int, d: date = d) -> datetime:
            return datetime(d.year, d.month, d.day, h, m, rng.randrange(60))

        if d.weekday() < 6:
            la, lo = jitter(rng, *HOME, 20)
            segs.append(
                tl_visit(
                    TZ,
                    at(0, 0),
                    at(6, rng.randrange(5, 30)),
                    la,
                    lo,
                    "ChIJ0zwd_home_xian_e2",
                    rng.choice(["UNKNOWN", "UNKNOWN", "INFERRED_HOME"]),
                    0.93,
                )
            )
            segs.append(tl_activity(TZ, at(6, 35), at(7, 25), HOME, WORK, "IN_SUBWAY", 17800.0))
            la, lo = jitter(rng, *WORK, 30)
            segs.append(
                tl_visit(
                    TZ,
                    at(7, 28),
                    at(17, rng.randrange(30, 59)),
                    la,
                    lo,
                    "ChIJqinchuan_wh_0088",
                    rng.choice(["UNKNOWN", "UNKNOWN", "INFERRED_WORK"]),
                    0.81,
                )
            )
            segs.append(tl_activity(TZ, at(18, 2), at(18, 55), WORK, HOME, "IN_BUS", 18100.0))
            la, lo = jitter(rng, *HOME, 20)
            segs.append(
                tl_visit(
                    TZ,
                    at(19, 0),
                    at(23, 59),
                    la,
                    lo,
                    "ChIJ0zwd_home_xian_e2",
                    rng.choice(["UNKNOWN", "INFERRED_HOME"]),
                    0.95,
                )
            )
        else:
            la, lo = jitter(rng, *HOME, 20)
            segs.append(
                tl_visit(TZ, at(0, 0), at(9, 10), la, lo, "ChIJ0zwd_home_xian_e2", "UNKNOWN", 0.93)
            )
            place = park if rng.random() < 0.7 else hosp
            la, lo = jitter(rng, *place, 40)
            segs.append(
                tl_visit(
                    TZ,
                    at(9, 40),
                    at(11, 30),
                    la,
                    lo,
                    "ChIJpark_or_clinic_" + ("p" if place is park else "h"),
                    "UNKNOWN",
                    0.6,
                )
            )
            la, lo = jitter(rng, *HOME, 20)
            segs.append(
                tl_visit(
                    TZ, at(12, 5), at(23, 59), la, lo, "ChIJ0zwd_home_xian_e2", "UNKNOWN", 0.93
                )
            )
        d += timedelta(days=1)
    timeline_json(folder / "google/Timeline.json", segs)
