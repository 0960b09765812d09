"""Persona 2: 王德明, 66, retired port engineer in Qingdao (Asia/Shanghai).

Formats: WeChat (PyWxDump CSV), Alipay bill CSV (GBK), WeChat Pay bill CSV,
Google Maps iOS location-history.json.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from zoneinfo import ZoneInfo

import gen_common as C
import gen_loc as L
import gen_p1 as P1
import gen_zh as Z

PID = "cn_qingdao_wang_deming"
TZ = ZoneInfo("Asia/Shanghai")
START = dt.date(2024, 10, 1)
DAYS = 92

ID_ME = C.cn_id("37020219580312183")
ID_WIFE = C.cn_id("37020319600705262")
CARD_ABC = C.luhn("622848012345678901")
CARD_ABC_SP = C.group4(CARD_ABC)
CARD_BOC = C.luhn("621785600012983745")

HOME_ADDR = "山东省青岛市市南区湛山二路17号2单元502室"
HOME_INFORMAL = "湛山二路17号2-502"
DAUGHTER_ADDR = "北京市朝阳区望京西园三区312楼1806"
SON_ADDR = "青岛市黄岛区长江中路228号海韵花园5号楼1单元303"

ME_NICK = "德明"
PEOPLE = {
    "me": ("wxid_wdm1958qd", ME_NICK),
    "wife": ("wxid_lsf_qd60", "老伴"),
    "li": ("wxid_wangli_bj", "丽丽"),
    "lei": ("wxid_wl_hd1988", "儿子"),
    "lgd": ("wxid_lgd_fish", "老李"),
    "sbh": ("wxid_sunbh1955", "孙宝华"),
    "g1": ("wxid_qdg_zhou", "周师傅"),
    "g2": ("wxid_hxl_1957", "海浪"),
    "g3": ("wxid_ma_jx", "老马识途"),
}

CHATS = [
    C.Chat("li", "丽丽", False, ["li"], 1.15, ["daughter"]),
    C.Chat("lgd", "老李", False, ["lgd"], 0.95, ["friend"]),
    C.Chat("wife", "老伴", False, ["wife"], 0.8, ["wife"]),
    C.Chat("lei", "儿子", False, ["lei"], 0.65, ["son"]),
    C.Chat("grp", "港务局机修班老伙计", True, ["sbh", "g1", "g2", "g3"], 0.75, ["group"]),
]
GROUP_ID = "34599012876@chatroom"

ELDER = {
    "wife": {
        "me": [
            "晚上吃{f}？",
            "我在菜市场 还要买啥",
            "我去老年大学了",
            "中午不回去吃",
            "我跟老李去钓鱼 晚饭前回",
            "你腰好点没",
            "楼下超市鸡蛋打折",
            "我在公交上",
            "电视费到期了",
            "你别等我了先吃",
            "我到了",
            "醋买了",
            "快到家了",
        ],
        "them": [
            "葱买了没",
            "钥匙在门口鞋柜上",
            "煤气关了没",
            "下雨了 阳台衣服收一下",
            "豆豆今天过来吗",
            "馒头蒸上了",
            "早点回来",
            "药吃了没",
            "带瓶醋回来",
            "晚上吃{f}",
            "你慢点走",
            "暖气来了 家里挺暖和",
        ],
    },
    "daughter": {
        "me": [
            "丽丽 北京冷不冷",
            "吃饭了吗",
            "工作别太累了",
            "爸知道了",
            "你妈想你了",
            "元旦回来吗",
            "天冷了多穿衣服",
            "你寄的{f}收到了 好吃",
            "不用给我们买东西了",
            "外孙女上学怎么样",
            "爸身体挺好的 放心",
            "给你寄了点海米和虾皮",
            "少点外卖 自己做饭",
            "你妈让我问你 房子还租着吗",
            "好的闺女",
            "爸不会弄这个 你教教我",
            "手机又卡了",
        ],
        "them": [
            "爸 吃了吗",
            "北京今天零下了",
            "工作挺好的 别担心",
            "元旦看情况",
            "视频一下",
            "我给你们买了{f} 过两天到",
            "爸你血糖最近怎么样",
            "你外孙女期中考了第五",
            "你俩别舍不得花钱",
            "手机卡就清一下缓存",
            "我教你 点右上角",
            "妈呢",
            "爸你少吃点甜的",
            "好的爸",
            "周末视频",
        ],
    },
    "son": {
        "me": [
            "小磊 周日过来吃饭",
            "豆豆作业写完了吗",
            "车开慢点",
            "周末带豆豆来",
            "你妈包了饺子",
            "单位忙不忙",
            "豆豆别让他老玩手机游戏 王者荣耀天天玩",
            "那个电视你帮我看看",
            "下雨别来了",
            "钱不用给 我们有退休金",
            "你媳妇身体好点没",
            "过年回老家不",
        ],
        "them": [
            "爸 周日过去",
            "豆豆说想爷爷了",
            "单位最近忙",
            "电视我周末去看",
            "好的",
            "知道了",
            "爸 要不要我开车接你",
            "我这周加班",
            "豆豆期中考得还行",
            "爸你血糖控制得咋样",
        ],
    },
    "friend": [
        "老李 明天钓鱼去不",
        "几点走",
        "我带饵",
        "今天风大 不去了",
        "昨天钓了几条黑头",
        "栈桥那边人多",
        "下午下棋",
        "你那个鱼竿修好了吗",
        "我在海边溜达",
        "走走走",
        "今天收获不错 三条黑鱼",
        "老了老了 腿不行了",
        "天冷了 不钓了",
        "明天老地方见",
        "八大关那边银杏黄了",
        "你孙子考上了？恭喜",
        "晚上喝两口？",
        "少喝点吧 都这岁数了",
    ],
    "group": [
        "早上好🌹🌹🌹",
        "大家早上好",
        "周末聚聚",
        "好好好",
        "👍👍👍",
        "转发：冬季养生十大注意事项",
        "祝老伙计们身体健康",
        "当年机修班那张合影谁还有",
        "老哥们身体都咋样",
        "海边风大 出门多穿点",
        "转发：这几种食物千万不能一起吃",
        "我孙子今天满月",
        "恭喜恭喜🎉",
        "谁去港口那边的老年食堂",
        "[强][强][强]",
        "收到",
        "今天天儿真好",
    ],
}


RANT_PARTS = [
    [
        "我跟你们说",
        "看看这新闻",
        "真是气人",
        "老哥几个评评理",
        "这世道",
        "说句良心话",
        "气得我血压都上来了",
        "哼",
    ],
    [
        "美国佬又在南海捣乱",
        "那些贪污的干部",
        "延迟退休这一套",
        "日本又要排核污水",
        "企业退休和机关退休差这么多",
        "房地产那帮人",
        "那些专家",
        "台湾那帮搞独立的",
        "医保报销比例又降了",
        "物价局那帮人",
        "城管那帮人",
        "现在这些当官的",
    ],
    [
        "就是欺负老百姓",
        "一点良心都没有",
        "早晚遭报应",
        "净干些坑人的事",
        "拿我们当猴耍",
        "说的比唱的好听",
        "就该严惩",
        "养老钱都敢动",
        "骗了一代又一代人",
        "国家迟早被他们搞垮",
    ],
    [
        "！！",
        "！！！",
        "。",
        "😡",
        "，大家转起来",
        "，我是看透了",
        "，你们说是不是",
        "[发怒][发怒]",
    ],
]

SCRIPT = [
    (1, "08:12", "li", "li", "爸 你身份证号发我下 我给你们订元旦回北京的票"),
    (1, "08:30", "li", "me", ID_ME),
    (1, "08:33", "li", "me", "你妈的 " + ID_WIFE + " 刘淑芬"),
    (3, "10:05", "lgd", "me", "今天去青大附院复查 空腹血糖7.9 张卫东主任说还得加药"),
    (4, "19:20", "li", "li", "我搬家了 新地址" + DAUGHTER_ADDR + " 寄东西寄这"),
    (6, "09:40", "wife", "me", "二甲双胍快吃完了 我下午去药店买两盒"),
    (8, "07:05", "lgd", "lgd", "老王 我孙子那个王者荣耀又充了钱 气死我了"),
    (9, "15:10", "lei", "lei", "爸 我车换了 鲁BD28617 小区门口登记一下"),
    (11, "16:48", "li", "me", "给你寄了箱海米 收件人王丽 电话186-6392-0457 对吧"),
    (13, "20:10", "lgd", "me", "老李 你电话多少来着 我手机丢了重新存"),
    (13, "20:14", "lgd", "lgd", "0532-85867712 家里座机 手机13905327741"),
    (16, "08:22", "wife", "wife", "你妹妹刘淑华又拉我去教会 我没去 人家天天读圣经"),
    (18, "10:30", "lei", "me", "小磊 快递我写的你那 " + SON_ADDR + " 你帮我收一下"),
    (20, "09:02", "li", "me", "爸的QQ号746291835 你帮我看看为啥登不上"),
    (23, "19:31", "wife", "me", "今天打胰岛素了 晚上血糖8.4 还行"),
    (26, "11:00", "li", "li", "爸 护照办下来了吗 号码发我 订机票要用"),
    (26, "11:20", "li", "me", "办下来了 EJ5829173"),
    (29, "15:44", "lgd", "lgd", "我又买了五注体彩 中了就请你喝酒 哈哈"),
    (31, "09:12", "lei", "lei", "爸 我新手机号：+86 13708961254\n你存一下 以前那个不用了"),
    (34, "07:40", "wife", "me", "血糖仪试纸没了 我在淘宝又买了两盒"),
    (37, "20:05", "li", "li", "我邮箱wangli_bj@example.com 你把体检报告拍了发过来"),
    (40, "14:20", "lgd", "me", "豆豆今天来了 我孙子 天天抱着手机打游戏"),
    (44, "10:11", "lei", "me", "我的微信号（wangdm_1958）你让你媳妇加一下"),
    (47, "16:30", "li", "me", "退休金卡是农行的 " + CARD_ABC_SP + " 你帮我绑一下那个APP"),
    (51, "09:05", "wife", "me", "今天去医院 张主任说糖化血红蛋白7.2 比上次好点"),
    (55, "08:50", "lgd", "me", "孙宝华又在群里发那些东西了 血压高还天天生气"),
    (56, "09:20", "lgd", "lgd", "老孙那人就那样 一辈子脾气倔 别跟他一般见识"),
    (58, "19:40", "lei", "me", "我那车年检通知来了 鲁B3X72K 你帮我在网上约一下"),
    (62, "18:25", "li", "me", "中行那张卡" + CARD_BOC + "是你妈的 别弄混了"),
    (66, "10:02", "wife", "me", "打针的针头也没了 下午去漱玉药房"),
    (70, "16:10", "lgd", "lgd", "帮我也报个老年大学书法班 名字写李国栋 电话就写我家座机"),
    (73, "08:15", "li", "me", "你寄回来吧 地址" + HOME_ADDR + " 王德明 15966203318"),
    (78, "11:31", "lei", "me", "豆豆放假来我们这住几天吧 湛山二路17号2-502 你认识的"),
    (83, "15:00", "lgd", "me", "这两天脚有点麻 医生说是糖尿病的并发症 得注意"),
    (88, "09:33", "li", "me", "知道了 我把密码写在本子上了"),
]

DESC = (
    "王德明, 66, retired engineer of the Qingdao port; lives with his wife in 市南区, teaches calligraphy at "
    "the district senior college on weekday mornings; type 2 diabetes (metformin, insulin). Oct-Dec 2024."
)

PII = [
    ("PERSON", "刘淑芬"),
    ("PERSON", "王丽"),
    ("PERSON", "李国栋"),
    ("PERSON", "孙宝华"),
    ("PERSON", "张卫东"),
    ("PERSON", "刘淑华"),
    ("PERSON", "王德明"),
    ("PERSON", "老李"),
    ("PERSON", "小磊"),
    ("PERSON", "豆豆"),
    ("PERSON", "丽丽"),
    ("PERSON", "王磊"),
    ("PERSON", "周师傅"),
    ("PERSON", "张主任"),
    ("PERSON", "老孙"),
    ("PHONE_NUMBER", "0532-85867712"),
    ("PHONE_NUMBER", "13905327741"),
    ("PHONE_NUMBER", "+86 13708961254"),
    ("PHONE_NUMBER", "186-6392-0457"),
    ("PHONE_NUMBER", "15966203318"),
    ("EMAIL_ADDRESS", "wangli_bj@example.com"),
    ("EMAIL_ADDRESS", "wdm1958@example.net"),
    ("ADDRESS", HOME_ADDR),
    ("ADDRESS", HOME_INFORMAL),
    ("ADDRESS", DAUGHTER_ADDR),
    ("ADDRESS", SON_ADDR),
    ("CN_ID_CARD", ID_ME),
    ("CN_ID_CARD", ID_WIFE),
    ("CN_BANK_CARD", CARD_ABC_SP),
    ("CN_BANK_CARD", CARD_BOC),
    ("CN_PASSPORT", "EJ5829173"),
    ("LICENSE_PLATE", "鲁BD28617"),
    ("LICENSE_PLATE", "鲁B3X72K"),
    ("WECHAT_ID", "wangdm_1958"),
    ("QQ_NUMBER", "746291835"),
]


def say(rng: random.Random, chat: C.Chat, sp: str):
    r = rng.random()
    if r < 0.10:
        return "image", ""
    if r < 0.19:  # older users send many voice notes
        return "voice", ""
    if r < 0.21:
        return "sticker", ""
    if r < 0.23:
        return "video", ""
    if r < 0.45:
        s = (
            Z.zh_say(rng, "group", "them")
            if chat.group
            else rng.choice(Z.GENERIC).format(
                t=rng.choice(Z.TIME),
                f=rng.choice(Z.FOOD),
                s=rng.choice(["利群", "台东", "菜市场", "家乐福", "拼多多"]),
            )
        )
        return "text", s
    pool = Z.topic_pool(ELDER, chat.topics[0], "me" if sp == "me" else "them")
    s = rng.choice(pool).format(f=rng.choice(Z.FOOD))
    if rng.random() < 0.4:
        s += rng.choice(["，", " ", "。", "！"]) + rng.choice(pool).format(f=rng.choice(Z.FOOD))
    if rng.random() < 0.3:
        s += rng.choice(["👍", "🌹", "[呲牙]", "[抱拳]", "[OK]", "。", "！", "[微笑]", "[强]"])
    return "text", s


def msgs(rng: random.Random) -> list:
    out = C.fill_chats(rng, CHATS, START, DAYS, TZ, (6 * 60, 20 * 60 + 50), say)
    C.add_script(out, START, TZ, SCRIPT)
    rants = C.distinct_rants(rng, RANT_PARTS, 68, "")
    for i, text in enumerate(rants):
        d = rng.randrange(DAYS)
        when = C.at(
            START + dt.timedelta(days=d),
            f"{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}",
            TZ,
            i % 60,
        )
        out.append(C.Msg(when, "grp", "sbh", "text", text))
        if rng.random() < 0.2:
            reply = rng.choice(
                ["老孙 少说两句", "别发了 血压", "群里不说这个", "[捂脸]", "消消气消消气", "又来了"]
            )
            sp = rng.choice(["me", "g1", "g2", "g3"])
            out.append(
                C.Msg(when + dt.timedelta(minutes=rng.randint(3, 25)), "grp", sp, "text", reply)
            )
    out.append(
        C.Msg(C.at(START, "08:00", TZ), "grp", "g3", "system", '"老马识途"邀请"德明"加入了群聊')
    )
    out.sort(key=lambda m: (m.when, m.chat, m.sender, m.text))
    return out


def pywxdump(chat: C.Chat, ms: list) -> bytes:
    tn = {
        "text": "文本",
        "image": "图片",
        "voice": "语音",
        "video": "视频",
        "sticker": "动画表情",
        "system": "系统通知",
    }
    lines = [
        C.csv_line(
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
    ]
    room = GROUP_ID if chat.group else PEOPLE[chat.members[0]][0]
    n = 0
    for m in ms:
        if m.chat != chat.key:
            continue
        n += 1
        talker = PEOPLE[m.sender][1] if m.sender != "me" else ME_NICK
        if m.kind == "system":
            talker = "系统"
        src = ""
        if m.kind == "image":
            src = f"FileStorage\\MsgAttach\\{n:08x}\\Image\\{m.when:%Y-%m}\\{(n * 2654435761) % (1 << 64):016x}.dat"
        elif m.kind == "voice":
            src = f"audio\\{room}\\{m.when:%Y%m%d%H%M%S}_{n}.wav"
        elif m.kind == "video":
            src = f"FileStorage\\Video\\{m.when:%Y-%m}\\{(n * 40503) % (1 << 32):08x}.mp4"
        svr = 3000000000000000000 + (n * 982451653 + hash_free(chat.key)) % 10**18
        created = f"{m.when.year}/{m.when.month}/{m.when.day} {m.when.hour}:{m.when.minute:02d}"
        lines.append(
            C.csv_line(
                [
                    n,
                    svr,
                    tn[m.kind],
                    1 if m.sender == "me" else 0,
                    talker,
                    room,
                    m.text if m.kind in ("text", "system") else "",
                    src,
                    created,
                ]
            )
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def hash_free(s: str) -> int:
    v = 0
    for ch in s:
        v = (v * 131 + ord(ch)) % 10**12
    return v


def wechat_pay(rng: random.Random) -> bytes:
    rows = []
    for d in range(DAYS):
        day = START + dt.timedelta(days=d)
        for _ in range(rng.choice([0, 1, 1, 2])):
            t = C.at(
                day, f"{rng.randint(6, 19):02d}:{rng.randint(0, 59):02d}", TZ, rng.randint(0, 59)
            )
            typ, who, item = rng.choice(
                [
                    ("扫二维码付款", "湛山市场蔬菜摊", "收款方备注:二维码收款"),
                    ("扫二维码付款", "湛山市场海鲜摊", "收款方备注:二维码收款"),
                    ("商户消费", "利群超市", "利群超市消费"),
                    ("商户消费", "青岛公交集团", "乘车码"),
                    ("扫二维码付款", "老面馒头铺", "收款方备注:二维码收款"),
                ]
            )
            rows.append(
                (t, typ, who, item, "支出", round(rng.uniform(3, 60), 1), "零钱", "支付成功")
            )
    for m in (0, 1, 2):
        mon = dt.date(2024, 10 + m, 1)
        rows.append(
            (
                C.at(mon + dt.timedelta(days=5), "15:20", TZ, 3),
                "商户消费",
                "漱玉平民大药房",
                "二甲双胍缓释片x2",
                "支出",
                56.0,
                "零钱",
                "支付成功",
            )
        )
        rows.append(
            (
                C.at(mon + dt.timedelta(days=2), "08:31", TZ, 50),
                "商户消费",
                "青岛大学附属医院",
                "门诊挂号费-内分泌科",
                "支出",
                50.0,
                "零钱",
                "支付成功",
            )
        )
        rows.append(
            (
                C.at(mon + dt.timedelta(days=14), "10:05", TZ, 12),
                "转账",
                "王磊",
                "/",
                "支出",
                1000.0,
                "零钱",
                "对方已收钱",
            )
        )
        rows.append(
            (
                C.at(mon + dt.timedelta(days=20), "19:10", TZ, 2),
                "微信红包",
                "豆豆",
                "/",
                "支出",
                200.0,
                "零钱",
                "支付成功",
            )
        )
        rows.append(
            (
                C.at(mon + dt.timedelta(days=1), "09:00", TZ, 0),
                "零钱充值",
                "农业银行",
                "/",
                "/",
                1500.0,
                "农业银行(8901)",
                "充值完成",
            )
        )
    return P1.fmt_wechat_pay(rows, "德明", "2024-10-01", "2024-12-31", "2025-01-03 09:12:45")


def alipay(rng: random.Random) -> bytes:
    rows = []
    for d in range(DAYS):
        day = START + dt.timedelta(days=d)
        if rng.random() < 0.3:
            t = C.at(
                day, f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}", TZ, rng.randint(0, 59)
            )
            cat, who, acct, item = rng.choice(
                [
                    (
                        "日用百货",
                        "淘宝店铺-三诺血糖仪旗舰店",
                        "sn***@example.com",
                        "三诺血糖试纸50片",
                    ),
                    ("充值缴费", "青岛能源华润燃气", "/", "燃气费"),
                    ("充值缴费", "国网山东省电力公司", "/", "电费"),
                    ("爱车养车", "中国石化", "/", "92号汽油"),
                    ("医疗健康", "阿里健康大药房", "/", "胰岛素针头 BD 4mm"),
                    ("日用百货", "天猫超市", "tm***@example.com", "金龙鱼花生油5L"),
                ]
            )
            rows.append(
                [
                    t,
                    cat,
                    who,
                    acct,
                    item,
                    "支出",
                    round(rng.uniform(12, 260), 2),
                    "农业银行储蓄卡(8901)",
                    "交易成功",
                ]
            )
    for m in (0, 1, 2):
        mon = dt.date(2024, 10 + m, 1)
        rows.append(
            [
                C.at(mon + dt.timedelta(days=4), "09:30", TZ, 15),
                "其他",
                "青岛市社会保险事业中心",
                "/",
                f"养老金发放{2024}年{10 + m}月",
                "收入",
                6230.00,
                "",
                "交易成功",
            ]
        )
    return P1.fmt_alipay(
        rows, "王德明", "wdm1958@example.net", "2024-10-01", "2024-12-31", "2025-01-03 09:20:11"
    )


PLACES = {
    "home": (36.0565, 120.3547),
    "college": (36.0661, 120.3712),
    "beach": (36.0529, 120.3466),
    "market": (36.0602, 120.3621),
    "hosp": (36.0706, 120.3388),
    "fishing": (36.0608, 120.3180),
    "son": (35.9686, 120.1963),
}
PLACE_IDS = {
    k: "ChIJ"
    + "".join("QWERTYUIopasdfghjkl0123456789zxcvbnm"[(i * 11 + j * 5) % 36] for j in range(23))
    for i, k in enumerate(PLACES)
}


def location(rng: random.Random) -> bytes:
    stays = []
    hosp_days = {2, 33, 63}
    for d in range(DAYS):
        day = START + dt.timedelta(days=d)
        wd = day.weekday()
        plan = [("00:00", "05:55", "home"), ("06:10", "07:10", "beach"), ("07:25", "08:20", "home")]
        if d in hosp_days:
            plan += [("08:45", "11:40", "hosp"), ("12:10", "24:00", "home")]
        elif wd < 5:
            plan += [
                ("08:35", "11:35", "college"),
                ("11:50", "12:30", "market"),
                ("12:45", "24:00", "home"),
            ]
        elif wd == 5:
            plan += [("08:50", "15:30", "fishing"), ("16:10", "24:00", "home")]
        elif rng.random() < 0.4:
            plan += [("10:00", "16:30", "son"), ("17:40", "24:00", "home")]
        else:
            plan += [("09:30", "10:20", "market"), ("10:35", "24:00", "home")]
        stays += L.day_stays(day, TZ, plan, rng)
    merged = []
    for s in stays:
        if merged and merged[-1][2] == s[2] and merged[-1][1] == s[0]:
            merged[-1] = (merged[-1][0], s[1], s[2])
        else:
            merged.append(s)
    segs = L.stays_to_segments(merged)
    doc = L.ios_history(rng, segs, PLACES, PLACE_IDS, {"home": "Home", "college": "Work"})
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def build():
    rng = random.Random(14101)
    ms = msgs(rng)
    files = {}
    for chat in CHATS:
        n = sum(1 for m in ms if m.chat == chat.key)
        files[f"wxdump/export/wxid_wdm1958qd/csv/{chat.title}/{chat.title}_0_{n}.csv"] = pywxdump(
            chat, ms
        )
    files["微信支付账单(20241001-20241231).csv"] = wechat_pay(random.Random(14102))
    files["支付宝交易明细(20241001-20241231).csv"] = alipay(random.Random(14103))
    files["location-history.json"] = location(random.Random(14104))
    pii = C.build_pii(files, PII)
    facts = {
        "home": {
            "lat": PLACES["home"][0],
            "lon": PLACES["home"][1],
            "radius_m": 300,
            "address": HOME_ADDR,
            "city": "青岛",
        },
        "work": {
            "lat": PLACES["college"][0],
            "lon": PLACES["college"][1],
            "radius_m": 300,
            "employer": "市南区老年大学 (volunteer calligraphy teacher; retired)",
        },
        "sleep_window": {"start": "21:30", "end": "05:30", "tolerance_min": 60},
        "top_contacts": C.top_contacts(ms, CHATS),
        "relationships": [
            {"name": "老伴", "relationship": "partner", "full_name": "刘淑芬"},
            {"name": "丽丽", "relationship": "daughter", "full_name": "王丽"},
            {"name": "儿子", "relationship": "son", "full_name": "王磊"},
            {"name": "老李", "relationship": "close friend", "full_name": "李国栋"},
        ],
        "religion": {"value": False},
        "health": {"value": "type 2 diabetes (糖尿病: 二甲双胍, 胰岛素, 血糖监测, 内分泌科复查)"},
        "politics": {"value": False},
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": False},
        "salary": {
            "amount": "6230.00",
            "currency": "CNY",
            "payer": "青岛市社会保险事业中心",
            "period": "monthly",
        },
        "risky_contact": {
            "name": "孙宝华",
            "why": "posts 68 distinct angry political rants in the group 港务局机修班老伙计",
        },
    }
    user = {
        "names": ["王德明", "德明", "老王"],
        "phones": ["15966203318"],
        "emails": ["wdm1958@example.net"],
        "handles": ["wxid_wdm1958qd", "wangdm_1958"],
    }
    files["ground_truth.json"] = C.ground_truth(
        PID, DESC, "Asia/Shanghai", user, pii, facts
    ).encode("utf-8")
    return PID, files, ms
