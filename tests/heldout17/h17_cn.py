"""cn_kunming_shop: 段春梅, runs a small hardware shop in Kunming (Asia/Shanghai)."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from h17_common import awake_minute, cn_id, days, local_dt, luhn_complete

TZ = ZoneInfo("Asia/Shanghai")
START, END = date(2026, 3, 2), date(2026, 5, 29)
USER = "段春梅"
USER_WXID = "wxid_k3m9duancm"
HOME = (25.04321, 102.70412)
SHOP = (25.06655, 102.69873)

ID_USER = cn_id("53010219830715234")
BANKCARD = luhn_complete("621785200012345" + "67")
BANKCARD_MA = luhn_complete("622848002178906" + "53")
PHONE_USER = "13987124406"

EMO = [
    "",
    "",
    "",
    "[呲牙]",
    "[捂脸]",
    "[偷笑]",
    "😂",
    "👌",
    "[强]",
    "[OK]",
    "哈哈",
    "～",
    "！",
    "。。",
    "[抱拳]",
]

HUSBAND = [
    "今天店里{x}",
    "中午回来吃饭不",
    "我晚点关门",
    "你去接一下婷婷嘛",
    "螺丝又卖完了",
    "下午进货的车几点到",
    "今天生意一般般",
    "晚上吃什么",
    "米线还是饵块",
    "我在店里呢",
    "停车费又涨了",
    "你车停哪点了",
    "记得交水电费",
    "妈那边打电话来了",
    "明天我去螺蛳湾拿货",
    "店门口那个灯坏了",
    "你少喝点酒嘛",
    "钥匙在抽屉头",
    "今天卖了两台电钻",
    "那个客户又来赊账了",
    "累死了",
    "晚上早点回来",
    "雨好大",
    "我先睡了你回来小声点",
    "给你留了饭在锅里",
    "东西帮我带回来",
    "收到",
    "嗯嗯",
    "好的",
    "晓得了",
    "你自己看着办",
    "没得事",
    "婷婷作业写完没",
    "明天要早起",
    "周末去滇池转转嘛",
    "今天好热",
    "房东说下个月要涨房租",
    "电费单子来了",
    "进货钱还差一点",
    "我跟老马说了缓几天",
    "算了不说了",
]
HUSB_X = ["人多", "没什么人", "还可以", "忙死了", "来了好几个装修的", "卖了点水管"]
SISTER = [
    "姐你在忙不",
    "妈最近咋样",
    "我下周回昆明",
    "给你寄了点东西",
    "快递到了没",
    "你那边天气好不",
    "我们这边热死了",
    "小外甥女乖不乖",
    "店里生意好不",
    "周末视频嘛",
    "哈哈哈哈笑死",
    "真的假的",
    "你又熬夜了吧",
    "血压量了没有",
    "药记得吃",
    "我给妈买了个按摩椅",
    "五一回不回老家",
    "票好难抢",
    "我想换工作了",
    "领导烦死了",
    "晚点聊",
    "刚下班",
    "你发的照片好看",
    "下次一起去大理",
    "嗯呢",
    "你姐夫咋样",
    "钱够用不",
    "不够跟我说",
    "别硬撑着",
    "好久没吃过桥米线了",
]
DAUGHTER = [
    "妈我放学了",
    "今天要交资料费",
    "我去同学家写作业",
    "能不能买个新书包",
    "老师说周五开家长会",
    "我饿了",
    "晚上吃啥",
    "我不想上补习班",
    "爸爸又没来接我",
    "知道了",
    "好",
    "嗯",
    "哦",
    "我考了92",
    "数学好难",
    "同桌借我笔没还",
    "妈你几点关门",
    "我想吃烧烤",
    "周末可以去看电影吗",
    "今天下雨了没带伞",
    "我在门卫那里等",
    "给我充点话费嘛",
    "手机快没电了",
]
SUPPLIER = [
    "马哥，6分的PPR管还有货没",
    "明天给我拿两箱膨胀螺丝",
    "上次那批水龙头有两个漏水",
    "价格能不能再少点",
    "货到了，点过了",
    "钱我月底给你",
    "好的马姐",
    "发票要开不",
    "这个型号没得了，换一个行不",
    "车下午三点到",
    "你那边电钻怎么又涨价了",
    "老客户了，便宜点嘛",
    "收到了谢谢",
    "我先转一半",
    "剩下的下周结",
    "行，记账上",
    "单子拍给你了",
    "防水胶布再来一件",
    "角阀要二十个",
]
SUPPLIER_ME = ["好", "行", "可以", "晓得了", "没问题", "我看一下", "稍等"]
GROUP = [
    "今天城管来查了，大家注意一下门口",
    "谁家的车挡到路了",
    "停电通知：明天上午九点到十二点",
    "有没有人要纸箱子",
    "龙翔街这边修路要修到什么时候",
    "哪个店有零钱换一下",
    "晚上一起吃烧烤不",
    "今天生意都不好吧",
    "物业费该交了",
    "收到",
    "好的",
    "👍",
    "谢谢提醒",
    "明天下雨，东西收一下",
    "我家猫跑丢了，有看到的说一声",
    "门口的垃圾谁倒一下",
    "消防检查下周三",
    "大家灭火器都检查一下",
]
RISKY_SUBJ = [
    "这些当官的",
    "那帮贪官",
    "上面那些人",
    "美国佬",
    "这个政策",
    "现在的领导",
    "那些专家",
    "开发商和官员",
    "税务局",
    "那些资本家",
]
RISKY_VERB = [
    "就知道捞钱",
    "根本不管老百姓死活",
    "一个个都该抓起来",
    "把我们当傻子",
    "嘴上一套背后一套",
    "就会糊弄人",
    "早晚要出大事",
    "吃相太难看了",
]
RISKY_END = [
    "！！！",
    "，气死我了",
    "，真的忍不了",
    "，你们还信？",
    "，老百姓太难了",
    "，我说的哪点不对",
    "。转发让大家都看看",
    "，迟早要清算",
]

NAMES_IN_TEXT = {
    "周建国": "PERSON",
    "建国": "PERSON",
    "婷婷": "PERSON",
    "海燕": "PERSON",
    "老马": "PERSON",
    "马志强": "PERSON",
    "李国庆": "PERSON",
    "阿亮": "PERSON",
    "小芳": "PERSON",
    "段春梅": "PERSON",
    "王国庆": "PERSON",
    "周婷婷": "PERSON",
    "李海燕": "PERSON",
}


def _pick(rng: random.Random, pool: list[str]) -> str:
    s = rng.choice(pool)
    if "{x}" in s:
        s = s.replace("{x}", rng.choice(HUSB_X))
    return s + rng.choice(EMO)


def build(root: str, files: dict[str, bytes]) -> dict:
    rng = random.Random(1701)
    all_days = days(START, END)

    # ---- chats: list of (utc dt, sender('me'|name), text, kind)
    chats: dict[str, list[tuple]] = {
        "老公": [],
        "海燕": [],
        "婷婷": [],
        "马志强 五金批发": [],
        "group": [],
    }

    def conv(chat: str, d: date, n: int, other: str, pool: list[str], me_pool: list[str]) -> None:
        m = awake_minute(rng, 7 * 60 + 10, 22 * 60 + 50, 13 * 60)
        for _ in range(n):
            if m >= 22 * 60 + 55:
                break
            who = "me" if rng.random() < 0.5 else other
            kind = "text"
            r = rng.random()
            if r < 0.06:
                kind = "image"
            elif r < 0.09:
                kind = "voice"
            elif r < 0.11:
                kind = "sticker"
            txt = _pick(rng, me_pool if who == "me" else pool)
            chats[chat].append((local_dt(TZ, d, m), who, txt, kind))
            m += rng.randint(0, 6)

    me_generic = (
        HUSBAND[:3]
        + HUSBAND[4:12]
        + ["好", "嗯", "晓得了", "在忙", "等下说", "哈哈哈", "你吃了没", "马上"]
    )
    for d in all_days:
        if rng.random() < 0.85:
            conv("老公", d, rng.randint(2, 6), "老公", HUSBAND, HUSBAND + me_generic)
        if rng.random() < 0.45:
            conv("海燕", d, rng.randint(3, 8), "海燕", SISTER, SISTER[:12] + me_generic)
        if rng.random() < 0.5:
            conv(
                "婷婷",
                d,
                rng.randint(2, 5),
                "婷婷",
                DAUGHTER,
                [
                    "好",
                    "放学早点回来",
                    "作业写完再玩",
                    "钱给你转了",
                    "我在店里",
                    "自己热饭吃",
                    "乖",
                ],
            )
        if d.weekday() < 5 and rng.random() < 0.35:
            conv(
                "马志强 五金批发",
                d,
                rng.randint(2, 5),
                "马志强",
                SUPPLIER,
                SUPPLIER_ME + SUPPLIER[:8],
            )
    # group chat
    risky_lines = sorted({a + b + c for a in RISKY_SUBJ for b in RISKY_VERB for c in RISKY_END})
    rng.shuffle(risky_lines)
    risky_lines = risky_lines[:72]
    gmembers = ["王国庆", "阿亮", "小芳", "张姐水果店"]
    for d in all_days:
        for _ in range(rng.randint(2, 7)):
            m = awake_minute(rng, 7 * 60 + 30, 22 * 60 + 30)
            who = rng.choice([*gmembers, "me"])
            chats["group"].append((local_dt(TZ, d, m), who, _pick(rng, GROUP), "text"))
    for i, line in enumerate(risky_lines):
        d = all_days[(i * 5 + 3) % len(all_days)]
        m = awake_minute(rng, 8 * 60, 22 * 60 + 30)
        chats["group"].append((local_dt(TZ, d, m), "王国庆", line, "text"))

    # ---- planted PII / facts (chat, day index, minute, sender, text)
    plants = [
        ("老公", 3, 600, "me", "你把身份证号发我一下，办社保要用，我的是" + ID_USER),
        ("老公", 3, 612, "老公", "53010219800322431X 拍不清楚你自己核对下"),
        ("老公", 9, 700, "老公", "车牌云A·7K2M9的罚单来了，是不是你开去闯的"),
        ("老公", 20, 830, "me", "店里营业执照地址写的是五华区龙翔街128号，你填表别写错"),
        ("老公", 40, 1200, "me", "我血压又高了 160/100 明天去医院看看"),
        ("老公", 47, 560, "me", "医生开了氨氯地平，说要天天吃，高血压这个东西控制不好麻烦"),
        ("老公", 61, 1250, "me", "这个月花呗还不上了，借呗也到期了，进货钱压着周转不过来"),
        ("老公", 70, 1230, "老公", "消消乐你又充钱了？一个游戏你天天玩到半夜"),
        (
            "海燕",
            5,
            1230,
            "海燕",
            "姐帮我收个快递：李海燕 15808716623 昆明市官渡区关上中路66号3栋1单元402室 顺丰的",
        ),
        ("海燕", 11, 1290, "me", "收到了，放店里了"),
        ("海燕", 30, 1300, "海燕", "妈这周又去圆通寺烧香了，她现在天天念经吃素"),
        ("海燕", 52, 1310, "me", "我最近头晕，量了血压好高，在吃降压药了"),
        ("海燕", 60, 1220, "海燕", "你的护照号多少，帮你一起办签证 我的EB7240381"),
        ("海燕", 60, 1235, "me", "E62819537 过期了好像"),
        ("婷婷", 8, 990, "婷婷", "妈 老师要家长电话，填你的还是爸爸的？"),
        ("婷婷", 8, 996, "me", "填我的 139 8712 4406，爸爸的是138-8816-2907"),
        (
            "婷婷",
            33,
            1000,
            "婷婷",
            "周婷婷的学籍号要身份证，老师说发到邮箱 tingting.zhou@example.com",
        ),
        ("马志强 五金批发", 4, 630, "马志强", "转账打这个卡 农行 " + BANKCARD_MA + " 马志强"),
        ("马志强 五金批发", 4, 640, "me", "好，先转两千"),
        ("马志强 五金批发", 25, 640, "马志强", "我QQ 1826493057 有单子发这里也行"),
        ("马志强 五金批发", 44, 700, "me", "马哥，月底钱实在周转不过来，欠的三千能不能缓到下个月"),
        ("group", 6, 800, "阿亮", "有需要搬货的找我 微信号liang_banjia88 电话+86 15087264431"),
        ("group", 15, 820, "小芳", "我家新地址 盘龙区金鼎小区7栋1单元302室 欢迎来玩"),
        ("group", 22, 830, "me", "我加一下，我的微信号chunmei_wjd88"),
    ]
    for chat, di, minute, who, text in plants:
        chats[chat].append((local_dt(TZ, all_days[di], minute), who, text, "text"))
    for k in chats:
        chats[k].sort(key=lambda t: t[0])

    # ---- MemoTrace CSVs for 1:1 chats
    talkers = {
        "老公": "wxid_zjg1980km",
        "海燕": "haiyan_duan77",
        "婷婷": "wxid_ttzhou2014",
        "马志强 五金批发": "wxid_mazq_wujin",
    }
    nicks = {"老公": "建国", "海燕": "燕子", "婷婷": "婷婷", "马志强 五金批发": "马志强"}
    type_of = {"text": 1, "image": 3, "voice": 34, "sticker": 47}
    counts: dict[str, int] = {}
    for chat, talker in talkers.items():
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(
            [
                "localId",
                "TalkerId",
                "Type",
                "SubType",
                "IsSender",
                "CreateTime",
                "Status",
                "StrContent",
                "StrTime",
                "Remark",
                "NickName",
                "Sender",
            ]
        )
        for i, (dt, who, text, kind) in enumerate(chats[chat], 1):
            content = text if kind == "text" else ""
            lt = dt.astimezone(TZ)
            w.writerow(
                [
                    i,
                    talker,
                    type_of[kind],
                    0,
                    1 if who == "me" else 0,
                    int(dt.timestamp()),
                    2,
                    content,
                    lt.strftime("%Y-%m-%d %H:%M:%S"),
                    chat,
                    nicks[chat],
                    USER_WXID if who == "me" else talker,
                ]
            )
        counts[chat] = len(chats[chat])
        path = f"WeChatMsg/data/聊天记录/{chat}/{chat}_utf8.csv"
        files[path] = ("\ufeff" + buf.getvalue()).encode("utf-8")

    # ---- PyWxDump CSV for the group
    room = "20873361524@chatroom"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "id",
            "MsgSvrID",
            "type_name",
            "is_sender",
            "talker",
            "room_name",
            "msg",
            "src",
            "CreateTime",
        ]
    )
    svr = rng.randrange(10**18, 9 * 10**18)
    for i, (dt, who, text, _kind) in enumerate(chats["group"], 1):
        svr += rng.randint(1000, 900000)
        lt = dt.astimezone(TZ)
        w.writerow(
            [
                i,
                svr,
                "文本",
                1 if who == "me" else 0,
                "春梅五金" if who == "me" else who,
                room,
                text,
                "",
                f"{lt.year}/{lt.month}/{lt.day} {lt.hour}:{lt.minute:02d}",
            ]
        )
    files[f"wxdump_work/export/{USER_WXID}/csv/{room}/{room}_0_5000.csv"] = buf.getvalue().encode(
        "utf-8"
    )

    # ---- Alipay (GBK)
    rows = []
    for d in all_days:
        if d.day == 5:
            rows.append(
                (
                    local_dt(TZ, d, 9 * 60 + 12),
                    "转账红包",
                    "昆明春梅五金经营部",
                    "/",
                    "工资",
                    "收入",
                    "3800.00",
                    "余额",
                    "交易成功",
                    "",
                )
            )
        if d.day == 20:
            rows.append(
                (
                    local_dt(TZ, d, 10 * 60 + 3),
                    "信用借还",
                    "花呗",
                    "/",
                    "花呗主动还款-2026年" + str(d.month) + "月账单",
                    "不计收支",
                    f"{rng.randint(1800, 2600)}.{rng.randint(0, 99):02d}",
                    "余额宝",
                    "还款成功",
                    "",
                )
            )
        if d.day == 25:
            rows.append(
                (
                    local_dt(TZ, d, 14 * 60 + 40),
                    "信用借还",
                    "借呗",
                    "/",
                    "借呗还款",
                    "不计收支",
                    "1516.80",
                    "余额",
                    "还款失败" if d.month == 4 else "还款成功",
                    "",
                )
            )
        if rng.random() < 0.6:
            shop = rng.choice(
                [
                    "美宜佳便利店",
                    "滇味过桥米线",
                    "昆明公交集团",
                    "盒马鲜生",
                    "永辉超市(龙翔店)",
                    "中国石化加油站",
                ]
            )
            rows.append(
                (
                    local_dt(TZ, d, awake_minute(rng, 8 * 60, 21 * 60)),
                    "餐饮美食" if "米线" in shop else "日用百货",
                    shop,
                    "/",
                    shop + "消费",
                    "支出",
                    f"{rng.randint(6, 180)}.{rng.randint(0, 99):02d}",
                    "余额宝",
                    "交易成功",
                    "",
                )
            )
        if rng.random() < 0.12:
            rows.append(
                (
                    local_dt(TZ, d, awake_minute(rng, 20 * 60, 22 * 60 + 50)),
                    "文化休闲",
                    "乐元素（开心消消乐）",
                    "/",
                    "开心消消乐-金豆荚礼包",
                    "支出",
                    rng.choice(["6.00", "12.00", "30.00", "68.00"]),
                    "花呗",
                    "交易成功",
                    "",
                )
            )
    rows.append(
        (
            local_dt(TZ, all_days[18], 16 * 60 + 20),
            "转账红包",
            "马志强",
            "622848******" + BANKCARD_MA[-4:],
            "转账-货款",
            "支出",
            "2000.00",
            "余额",
            "交易成功",
            "货款 云A·7K2M9 送货",
        )
    )
    rows.append(
        (
            local_dt(TZ, all_days[35], 11 * 60),
            "生活服务",
            "顺丰速运",
            "/",
            "寄件-收件人李海燕",
            "支出",
            "18.00",
            "余额",
            "交易成功",
            "",
        )
    )
    rows.sort(key=lambda r: r[0], reverse=True)
    inc = [r for r in rows if r[5] == "收入"]
    out = [r for r in rows if r[5] == "支出"]
    neu = [r for r in rows if r[5] == "不计收支"]
    pad = lambda s, n: s + " " * max(1, n - len(s.encode("gbk")))  # noqa: E731
    lines = [
        "-" * 84,
        "导出信息：",
        f"姓名：{USER}",
        f"支付宝账户：{PHONE_USER}",
        f"起始时间：[{START} 00:00:00]    终止时间：[{END} 23:59:59]",
        "导出交易类型：[全部]",
        "导出时间：[2026-06-01 09:30:12]",
        f"共{len(rows)}笔记录",
        f"收入：{len(inc)}笔 {sum(float(r[6]) for r in inc):.2f}元",
        f"支出：{len(out)}笔 {sum(float(r[6]) for r in out):.2f}元",
        f"不计收支：{len(neu)}笔 {sum(float(r[6]) for r in neu):.2f}元",
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
        "-" * 24 + "支付宝（中国）网络技术有限公司  电子客户回单" + "-" * 24,
        ",".join(
            pad(h, 20)
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
    for r in rows:
        lt = r[0].astimezone(TZ)
        oid = lt.strftime("%Y%m%d") + f"2200{rng.randrange(10**17, 10**18)}"
        cells = (
            [pad(lt.strftime("%Y-%m-%d %H:%M:%S"), 20)]
            + [pad(c, 20) for c in r[1:9]]
            + [oid + "\t", pad("", 20) + "\t", pad(r[9], 20)]
        )
        lines.append(",".join(cells) + ",")
    files["alipay_record_20260601_0930_1.csv"] = ("\r\n".join(lines) + "\r\n").encode("gbk")

    # ---- WeChat Pay CSV (UTF-8)
    wrows = []
    for d in all_days:
        for _ in range(rng.randint(1, 5)):
            m = awake_minute(rng, 8 * 60 + 30, 20 * 60 + 30)
            wrows.append(
                (
                    local_dt(TZ, d, m),
                    "二维码收款",
                    "/",
                    "收款方备注:二维码收款",
                    "收入",
                    f"{rng.randint(3, 260)}.{rng.choice(['00', '50', '80'])}",
                    "/",
                    "已存入零钱",
                    "/",
                )
            )
        if rng.random() < 0.3:
            m = awake_minute(rng, 11 * 60, 20 * 60)
            wrows.append(
                (
                    local_dt(TZ, d, m),
                    "商户消费",
                    rng.choice(["云南米线大王", "螺蛳湾批发市场-老李灯具", "滴滴出行", "中国移动"]),
                    "/",
                    "支出",
                    f"{rng.randint(8, 300)}.00",
                    "零钱",
                    "支付成功",
                    "/",
                )
            )
    wrows.append(
        (
            local_dt(TZ, all_days[12], 19 * 60 + 2),
            "转账",
            "周婷婷",
            "/",
            "支出",
            "50.00",
            "零钱",
            "对方已收钱",
            "零花钱",
        )
    )
    wrows.append(
        (
            local_dt(TZ, all_days[41], 15 * 60),
            "转账",
            "阿亮",
            "/",
            "支出",
            "120.00",
            "零钱",
            "对方已收钱",
            "搬货费",
        )
    )
    wrows.append(
        (
            local_dt(TZ, all_days[55], 10 * 60 + 20),
            "商户消费",
            "昆明市延安医院",
            "挂号费-心血管内科",
            "支出",
            "25.00",
            "零钱",
            "支付成功",
            "/",
        )
    )
    wrows.append(
        (
            local_dt(TZ, all_days[56], 10 * 60 + 50),
            "商户消费",
            "一心堂药店(龙翔店)",
            "苯磺酸氨氯地平片",
            "支出",
            "38.50",
            "零钱",
            "支付成功",
            "/",
        )
    )
    wrows.sort(key=lambda r: r[0], reverse=True)
    win = [r for r in wrows if r[4] == "收入"]
    wout = [r for r in wrows if r[4] == "支出"]
    pre = [
        "微信支付账单明细",
        "微信昵称：[春梅五金]",
        f"起始时间：[{START} 00:00:00] 终止时间：[{END} 23:59:59]",
        "导出类型：[全部]",
        "导出时间：[2026-06-01 09:41:07]",
        "",
        f"共{len(wrows)}笔记录",
        f"收入：{len(win)}笔 {sum(float(r[5]) for r in win):.2f}元",
        f"支出：{len(wout)}笔 {sum(float(r[5]) for r in wout):.2f}元",
        "中性交易：0笔 0.00元",
        "注：",
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录",
        "3. 本明细仅供个人对账使用",
        "",
        "----------------------微信支付账单明细列表--------------------",
    ]
    wl = [p + ",,,,,,,,,," for p in pre]
    wl.append(
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"
    )
    for r in wrows:
        lt = r[0].astimezone(TZ)
        tid = f"10000{rng.randrange(10**22, 10**23)}"
        mid = "/" if r[1] in ("转账", "二维码收款") else f"{rng.randrange(10**19, 10**20)}"
        wl.append(
            ",".join(
                [
                    lt.strftime("%Y-%m-%d %H:%M:%S"),
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    "¥" + r[5],
                    r[6],
                    r[7],
                    tid + "\t",
                    mid + "\t",
                    r[8],
                ]
            )
        )
    files["微信支付账单(20260302-20260529).csv"] = ("\n".join(wl) + "\n").encode("utf-8")

    # ---- Google on-device Timeline.json
    segs = []

    def iso(dt):  # local wall time with offset
        return dt.astimezone(TZ).isoformat(timespec="milliseconds")

    def pt(lat, lon):
        return (
            f"{lat + rng.uniform(-0.0004, 0.0004):.7f}°, {lon + rng.uniform(-0.0004, 0.0004):.7f}°"
        )

    def visit(a, b, place, pid, stype):
        segs.append(
            {
                "startTime": iso(a),
                "endTime": iso(b),
                "startTimeTimezoneUtcOffsetMinutes": 480,
                "endTimeTimezoneUtcOffsetMinutes": 480,
                "visit": {
                    "hierarchyLevel": 0,
                    "probability": round(rng.uniform(0.7, 0.97), 6),
                    "topCandidate": {
                        "placeId": pid,
                        "semanticType": stype,
                        "probability": round(rng.uniform(0.6, 0.95), 6),
                        "placeLocation": {"latLng": pt(*place)},
                    },
                },
            }
        )

    prev_end = local_dt(TZ, START, 0)
    for d in all_days:
        leave = local_dt(TZ, d, rng.randint(8 * 60 + 5, 8 * 60 + 40))
        visit(prev_end, leave, HOME, "ChIJk8mHq3HR0DYRhome4321", "HOME")
        arr = leave + timedelta(minutes=rng.randint(12, 20))
        segs.append(
            {
                "startTime": iso(leave),
                "endTime": iso(arr),
                "startTimeTimezoneUtcOffsetMinutes": 480,
                "endTimeTimezoneUtcOffsetMinutes": 480,
                "activity": {
                    "start": {"latLng": pt(*HOME)},
                    "end": {"latLng": pt(*SHOP)},
                    "distanceMeters": 2710.0,
                    "topCandidate": {"type": "IN_PASSENGER_VEHICLE", "probability": 0.9},
                },
            }
        )
        close = local_dt(TZ, d, rng.randint(20 * 60 + 10, 20 * 60 + 50))
        visit(arr, close, SHOP, "ChIJ4xQ1shopLongxiang128", "INFERRED_WORK")
        back = close + timedelta(minutes=rng.randint(12, 20))
        segs.append(
            {
                "startTime": iso(close),
                "endTime": iso(back),
                "startTimeTimezoneUtcOffsetMinutes": 480,
                "endTimeTimezoneUtcOffsetMinutes": 480,
                "activity": {
                    "start": {"latLng": pt(*SHOP)},
                    "end": {"latLng": pt(*HOME)},
                    "distanceMeters": 2710.0,
                    "topCandidate": {"type": "IN_PASSENGER_VEHICLE", "probability": 0.88},
                },
            }
        )
        prev_end = back
    visit(
        prev_end,
        local_dt(TZ, END + timedelta(days=1), 8 * 60),
        HOME,
        "ChIJk8mHq3HR0DYRhome4321",
        "HOME",
    )
    files["Timeline.json"] = json.dumps(
        {
            "semanticSegments": segs,
            "rawSignals": [],
            "userLocationProfile": {
                "persona": {
                    "travelModeAffinities": [{"mode": "IN_PASSENGER_VEHICLE", "affinity": 0.8}]
                }
            },
        },
        ensure_ascii=False,
        indent=2,
    ).encode("utf-8")

    registry = [
        ("CN_ID_CARD", ID_USER),
        ("CN_ID_CARD", "53010219800322431X"),
        ("LICENSE_PLATE", "云A·7K2M9"),
        ("ADDRESS", "五华区龙翔街128号"),
        ("ADDRESS", "昆明市官渡区关上中路66号3栋1单元402室"),
        ("PHONE_NUMBER", "15808716623"),
        ("CN_PASSPORT", "EB7240381"),
        ("CN_PASSPORT", "E62819537"),
        ("PHONE_NUMBER", "139 8712 4406"),
        ("PHONE_NUMBER", "138-8816-2907"),
        ("EMAIL_ADDRESS", "tingting.zhou@example.com"),
        ("CN_BANK_CARD", BANKCARD_MA),
        ("QQ_NUMBER", "1826493057"),
        ("WECHAT_ID", "liang_banjia88"),
        ("PHONE_NUMBER", "+86 15087264431"),
        ("ADDRESS", "盘龙区金鼎小区7栋1单元302室"),
        ("WECHAT_ID", "chunmei_wjd88"),
        ("PHONE_NUMBER", PHONE_USER),
        ("PHONE_NUMBER", "15087264431"),
    ] + [("PERSON", n) for n in NAMES_IN_TEXT]
    top = sorted(((k, v) for k, v in counts.items()), key=lambda kv: -kv[1])[:3]
    gt = {
        "description": "段春梅, 42, runs a small hardware shop (春梅五金) on 龙翔街 in Kunming with husband 周建国; daughter 周婷婷 at primary school. WeChat (MemoTrace + PyWxDump), Alipay, WeChat Pay, Google on-device Timeline.",
        "timezone": "Asia/Shanghai",
        "user": {
            "names": ["段春梅", "春梅五金"],
            "phones": [PHONE_USER, "139 8712 4406"],
            "emails": [],
            "handles": ["chunmei_wjd88", USER_WXID],
        },
        "facts": {
            "home": {
                "lat": HOME[0],
                "lon": HOME[1],
                "radius_m": 300,
                "address": "昆明市五华区（家，近龙翔街）",
                "city": "昆明",
            },
            "work": {
                "lat": SHOP[0],
                "lon": SHOP[1],
                "radius_m": 300,
                "employer": "春梅五金（五华区龙翔街128号，自营）",
            },
            "sleep_window": {"start": "23:30", "end": "06:30", "tolerance_min": 60},
            "top_contacts": [{"name": k, "messages": v} for k, v in top],
            "relationships": [
                {"name": "老公", "relationship": "partner", "full_name": "周建国"},
                {"name": "海燕", "relationship": "sister", "full_name": "李海燕"},
                {"name": "婷婷", "relationship": "daughter", "full_name": "周婷婷"},
                {"name": "马志强 五金批发", "relationship": "supplier", "full_name": "马志强"},
            ],
            "religion": {"value": False},
            "health": {"value": "high blood pressure (高血压), on amlodipine 氨氯地平"},
            "politics": {"value": False},
            "financial_stress": {"value": True},
            "gambling": {"value": False},
            "gaming": {"value": True},
            "salary": {
                "amount": "3800.00",
                "currency": "CNY",
                "payer": "昆明春梅五金经营部",
                "period": "monthly",
            },
            "risky_contact": {
                "name": "王国庆",
                "why": "posts 72 distinct angry political rants in the 龙翔街 shop owners' WeChat group",
            },
        },
    }
    return {"gt": gt, "registry": registry}
