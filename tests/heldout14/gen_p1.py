"""Persona 1: 林晓雯, 37, bookkeeper at a small renovation firm in Suzhou (Asia/Shanghai).

Formats: WeChat (MemoTrace CSV), WeChat Pay bill CSV, Alipay bill CSV (GBK),
Google on-device Timeline.json.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from zoneinfo import ZoneInfo

import gen_common as C
import gen_loc as L
import gen_zh as Z

PID = "cn_suzhou_lin_xiaowen"
TZ = ZoneInfo("Asia/Shanghai")
START = dt.date(2024, 9, 1)
DAYS = 91

ID_ME = C.cn_id("32050619870315224")
ID_MOM = C.cn_id("32050819610922046")
CARD_ME = C.luhn("622202110203456789")  # ICBC, 19 digits
CARD_HUSB = C.luhn("621700123456789012")  # CCB, 19 digits
CARD_ME_SP = C.group4(CARD_ME)

HOME_ADDR = "江苏省苏州市吴中区龙西路128号越溪花园7栋2单元601室"
HOME_INFORMAL = "越溪花园7-2-601"
MOM_ADDR = "苏州市姑苏区十全街256号3幢402"
WORK_ADDR = "苏州工业园区星湖街328号创意产业园12栋305室"

PEOPLE = {
    "me": ("wxid_lxw0512a", "雯雯"),
    "czq": ("wxid_9k2j7czq85", "强子"),
    "mom": ("wxid_zgf1961mm", "周桂芳"),
    "yt": ("wxid_ytshen8812", "Yoyo雅"),
    "boss": ("wxid_zjg_hszs", "周建国"),
    "dd": ("wxid_ldd_njing", "东东不吃香菜"),
    "zp": ("wxid_zhaopeng77", "赵鹏"),
    "ly": ("wxid_liuyang_bz", "班长刘洋"),
    "wtt": ("wxid_wtt_0708", "婷婷玉立~"),
    "xl": ("wxid_xulei_sz", "磊子"),
}

CHATS = [
    C.Chat("czq", "老公", False, ["czq"], 1.75, ["spouse"]),
    C.Chat("yt", "小雅", False, ["yt"], 1.0, ["friend"]),
    C.Chat("mom", "妈", False, ["mom"], 0.75, ["mother"]),
    C.Chat("boss", "周总", False, ["boss"], 0.35, ["boss"]),
    C.Chat("dd", "东东", False, ["dd"], 0.3, ["brother"]),
    C.Chat("grp", "苏大会计07级", True, ["zp", "ly", "wtt", "xl"], 0.55, ["group"]),
]
GROUP_ID = "21874650311@chatroom"

RANT_PARTS = [
    [
        "你们看看",
        "真是服了",
        "气死我了",
        "说句实话",
        "我就问一句",
        "又来了",
        "呵呵",
        "我早就说过",
        "醒醒吧各位",
    ],
    [
        "那帮贪官",
        "美国佬",
        "日本人",
        "房地产商跟官员勾结",
        "上面那些砖家",
        "延迟退休这个政策",
        "养老金双轨制",
        "那些公知",
        "台独分子",
        "西方媒体",
        "基层那些官僚",
        "医保改革",
    ],
    [
        "天天就知道割老百姓韭菜",
        "就是在骗我们这代人",
        "嘴上一套背后一套",
        "拿我们纳税人的钱不当钱",
        "一点脸都不要了",
        "迟早要出大事",
        "就该全部抓起来",
        "把老百姓当傻子",
        "搞得民不聊生",
        "整天造谣抹黑",
        "从来不管底下人死活",
    ],
    [
        "！！！",
        "，谁说话都没用",
        "，我看是没救了",
        "，转给大家看看",
        "😡😡",
        "，太恶心了",
        "，早该整治了",
        "。不服来辩",
    ],
]


def say(rng: random.Random, chat: C.Chat, sp: str):
    r = rng.random()
    if r < 0.09:
        return "image", ""
    if r < 0.13:
        return "voice", ""
    if r < 0.16:
        return "sticker", ""
    if r < 0.17:
        return "video", ""
    if sp == "me" and chat.key in ("yt", "dd") and rng.random() < 0.07:
        return "text", rng.choice(Z.GAMING)
    return "text", Z.zh_say(rng, chat.topics[0], "me" if sp == "me" else "them")


SCRIPT = [
    (2, "10:12", "boss", "boss", "小林 你换工资卡了是吧 卡号再发我一下 财务那边要登记"),
    (2, "10:16", "boss", "me", "工行的 " + CARD_ME_SP),
    (
        3,
        "20:15",
        "czq",
        "me",
        "快递地址我都改成家里了 " + HOME_ADDR + " 收件人陈志强 电话138-1254-6670",
    ),
    (3, "20:17", "czq", "czq", "好"),
    (5, "19:30", "mom", "me", "妈 你身份证号我存一下 下礼拜挂号要用"),
    (5, "19:44", "mom", "mom", ID_MOM),
    (6, "09:05", "czq", "me", "你妈初一又去西园寺烧香了 还捐了五百功德钱"),
    (8, "17:52", "czq", "me", ("location", "家")),
    (9, "11:40", "dd", "dd", "姐 我手机号换了 +86 15850123396 旧的别打了"),
    (10, "21:30", "yt", "me", "我老公微信czq_1985 你加他 他跟你说装修的事"),
    (12, "12:30", "czq", "czq", "我工资卡是建行的" + CARD_HUSB + "你帮我查下这个月到账没"),
    (13, "21:50", "yt", "me", "这个月花呗八千多 我真的要吃土了[捂脸]"),
    (15, "09:10", "mom", "me", "挂好了 周三上午 苏大附一院心内科 就诊人周桂芳 你带上医保卡"),
    (17, "22:40", "czq", "me", "你又打游戏到几点 我王者今天也连跪了 哈哈"),
    (18, "20:01", "yt", "yt", "我新的QQ 283746519 以前那个被盗了 号上的照片全没了😭"),
    (20, "18:40", "czq", "me", "车险要续保了 车牌苏E7K3M9 行驶证你拍一下发我"),
    (20, "18:52", "czq", "czq", ("image", "")),
    (23, "21:15", "dd", "me", "林晓东你再不给妈打电话试试"),
    (25, "13:05", "yt", "me", "我跟你说 我们老板周建国又拖了半个月工资 才发"),
    (27, "18:02", "mom", "mom", "我新号码18962008817你存一下"),
    (30, "09:33", "boss", "boss", "发票寄到公司 " + WORK_ADDR + " 收件人写我"),
    (33, "21:05", "czq", "me", "借呗还有两万没还 这个月房贷又扣了六千二 我真的有点撑不住了"),
    (36, "20:20", "yt", "yt", "老陈最近咋样 还天天加班吗"),
    (38, "12:10", "yt", "me", "昨晚王者又打到一点 我这个月点券都充了三百多[捂脸]"),
    (40, "20:00", "mom", "me", "我给你网上买了个血压计 寄到" + MOM_ADDR + " 你这两天注意接电话"),
    (44, "19:12", "dd", "dd", "姐你车是不是苏E·D83520 我在万达停车场看到一辆一模一样的"),
    (45, "10:02", "boss", "boss", "以后发票和对账单都发财务邮箱：hszs_caiwu@example.com"),
    (46, "20:33", "yt", "me", "那盒月饼你直接寄我家 越溪花园7-2-601 放门口就行"),
    (47, "22:10", "czq", "me", "信用卡最低还款都快还不上了 下个月再分期吧[叹气]"),
    (50, "20:45", "yt", "me", "我护照号E73921845 你帮我填一下那个日本团签的表"),
    (52, "21:12", "yt", "yt", "我们办公室有个同事 天天在公司念佛 还劝我吃素 受不了"),
    (55, "19:40", "yt", "yt", "沈雅婷 我大名 报名的时候别写错了哈哈"),
    (58, "16:20", "boss", "me", "周总 我下周三请半天假 带我妈去医院复查血压"),
    (61, "13:20", "czq", "czq", "你身份证号发我一下 给你买个意外险"),
    (61, "13:26", "czq", "me", ID_ME),
    (64, "21:00", "yt", "me", "我手机号换了 139 6217 4835 存一下"),
    (66, "08:40", "grp", "ly", "各位 元旦聚会定在观前街 来的接龙"),
    (70, "20:30", "yt", "yt", "我微信号改了 yating_shen88 之前的不用了"),
    (72, "22:05", "czq", "me", "今天又接到网贷催收电话 说再不还就打给我单位 烦死了"),
    (76, "12:44", "dd", "me", "东东 那两千块下个月能还我吗 姐这边也紧"),
    (80, "19:05", "yt", "me", "快递放驿站了 你帮我取下 取件码8-3-2071 名字林晓雯 尾号4835"),
    (84, "21:40", "czq", "me", "王者新皮肤出了 我忍住没买 哈哈哈"),
    (88, "20:10", "czq", "me", "下个月工资发了先把信用卡还了 别的都往后放"),
]

DESC = (
    "林晓雯, 37, bookkeeper (出纳/会计) at a small renovation firm in Suzhou Industrial Park; married, "
    "one daughter; money is tight (花呗/借呗/网贷), plays 王者荣耀. Sept-Nov 2024."
)

PII = [
    ("PERSON", "陈志强"),
    ("PERSON", "周桂芳"),
    ("PERSON", "林晓东"),
    ("PERSON", "沈雅婷"),
    ("PERSON", "周建国"),
    ("PERSON", "老陈"),
    ("PERSON", "东东"),
    ("PERSON", "赵鹏"),
    ("PERSON", "林晓雯"),
    ("PERSON", "小雅"),
    ("PERSON", "刘洋"),
    ("PERSON", "囡囡"),
    ("PERSON", "周总"),
    ("PERSON", "老赵"),
    ("PHONE_NUMBER", "138-1254-6670"),
    ("PHONE_NUMBER", "+86 15850123396"),
    ("PHONE_NUMBER", "18962008817"),
    ("PHONE_NUMBER", "139 6217 4835"),
    ("EMAIL_ADDRESS", "hszs_caiwu@example.com"),
    ("EMAIL_ADDRESS", "linxiaowen0512@example.com"),
    ("ADDRESS", HOME_ADDR),
    ("ADDRESS", MOM_ADDR),
    ("ADDRESS", WORK_ADDR),
    ("ADDRESS", HOME_INFORMAL),
    ("ADDRESS", "苏州市吴中区越溪街道龙西路128号越溪花园"),
    ("CN_ID_CARD", ID_ME),
    ("CN_ID_CARD", ID_MOM),
    ("CN_BANK_CARD", CARD_ME_SP),
    ("CN_BANK_CARD", CARD_HUSB),
    ("LICENSE_PLATE", "苏E7K3M9"),
    ("LICENSE_PLATE", "苏E·D83520"),
    ("WECHAT_ID", "czq_1985"),
    ("WECHAT_ID", "yating_shen88"),
    ("QQ_NUMBER", "283746519"),
    ("CN_PASSPORT", "E73921845"),
]

PLACES = {
    "home": (31.2352, 120.5836),
    "work": (31.3141, 120.7233),
    "mom": (31.2986, 120.6318),
    "hosp": (31.3049, 120.6365),
    "guanqian": (31.3117, 120.6262),
    "mall": (31.3178, 120.6789),
    "market": (31.2395, 120.5901),
}
PLACE_IDS = {
    k: "ChIJ"
    + "".join("abcdefghijkLMNOPQRSTuvwxyz0123456789"[(i * 7 + j * 13) % 36] for j in range(23))
    for i, k in enumerate(PLACES)
}


def msgs(rng: random.Random) -> list:
    out = C.fill_chats(rng, CHATS, START, DAYS, TZ, (7 * 60 + 15, 23 * 60 + 40), say)
    C.add_script(out, START, TZ, SCRIPT)
    rants = C.distinct_rants(rng, RANT_PARTS, 72, "")
    days = sorted(rng.sample(range(DAYS), 60)) + sorted(rng.sample(range(DAYS), 12))
    for i, (d, text) in enumerate(zip(days, rants, strict=True)):
        when = C.at(
            START + dt.timedelta(days=d),
            f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
            TZ,
            i % 60,
        )
        out.append(C.Msg(when, "grp", "zp", "text", text))
        if rng.random() < 0.25:
            reply = rng.choice(
                [
                    "别在群里发这些了",
                    "老赵 冷静点",
                    "又来了。。",
                    "群里不谈政治哈",
                    "[捂脸]",
                    "算了算了",
                ]
            )
            out.append(
                C.Msg(
                    when + dt.timedelta(minutes=rng.randint(2, 20)),
                    "grp",
                    rng.choice(["ly", "wtt", "xl"]),
                    "text",
                    reply,
                )
            )
    t0 = C.at(START, "07:30", TZ)
    out.append(C.Msg(t0, "grp", "ly", "system", '"班长刘洋"邀请"雯雯"加入了群聊'))
    out.sort(key=lambda m: (m.when, m.chat, m.sender, m.text))
    return out


def memotrace(chat: C.Chat, ms: list) -> bytes:
    head = [
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
    lines = [C.csv_line(head)]
    types = {
        "text": 1,
        "image": 3,
        "voice": 34,
        "video": 43,
        "sticker": 47,
        "location": 48,
        "system": 10000,
    }
    lid = 1
    for m in ms:
        if m.chat != chat.key:
            continue
        wxid, nick = PEOPLE[m.sender]
        if m.kind == "text" or m.kind == "system":
            content = m.text
        elif m.kind == "image":
            content = f'<?xml version="1.0"?><msg><img aeskey="{lid:032x}" length="{100000 + lid * 37}" hdlength="0" /></msg>'
        elif m.kind == "voice":
            content = f'<msg><voicemsg endflag="1" length="{3000 + lid % 9000}" voicelength="{1000 + (lid * 53) % 40000}" /></msg>'
        elif m.kind == "video":
            content = f'<?xml version="1.0"?><msg><videomsg length="{900000 + lid}" playlength="{5 + lid % 40}" /></msg>'
        elif m.kind == "sticker":
            content = f'<msg><emoji fromusername="{wxid}" type="2" md5="{(lid * 2654435761) % (1 << 128):032x}" len="{20000 + lid}" /></msg>'
        else:  # location
            content = (
                '<?xml version="1.0"?>\n<msg>\n\t<location x="31.235200" y="120.583600" scale="16" '
                'label="苏州市吴中区越溪街道龙西路128号越溪花园" maptype="roadmap" poiname="越溪花园" poiid="" />\n</msg>'
            )
        ts = int(m.when.timestamp())
        if chat.group:
            remark, nickname = chat.title, nick
        else:
            remark, nickname = chat.title, PEOPLE[chat.members[0]][1]
        talker = GROUP_ID if chat.group else PEOPLE[chat.members[0]][0]
        lines.append(
            C.csv_line(
                [
                    lid,
                    talker,
                    types[m.kind],
                    0,
                    1 if m.sender == "me" else 0,
                    ts,
                    2,
                    content,
                    m.when.strftime("%Y-%m-%d %H:%M:%S"),
                    remark,
                    nickname,
                    wxid,
                ]
            )
        )
        lid += 1
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def wechat_pay(rng: random.Random) -> bytes:
    rows = []
    for d in range(DAYS):
        day = START + dt.timedelta(days=d)
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
            t = C.at(
                day, f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", TZ, rng.randint(0, 59)
            )
            who, item = rng.choice(
                [
                    ("瑞幸咖啡", "生椰拿铁"),
                    ("美团", "美团订单-外卖"),
                    ("盒马鲜生", "盒马订单"),
                    ("苏州轨道交通", "地铁乘车"),
                    ("全家便利店", "便利店消费"),
                    ("滴滴出行", "快车订单"),
                    ("苏州市民卡", "公交乘车"),
                    ("叮咚买菜", "买菜订单"),
                ]
            )
            amt = round(rng.uniform(4, 88), 2)
            rows.append((t, "商户消费", who, item, "支出", amt, "零钱", "支付成功"))
    for m in (0, 1, 2):
        mon = dt.date(2024, 9 + m, 1)
        rows.append(
            (
                C.at(mon + dt.timedelta(days=4), "19:20", TZ, 11),
                "转账",
                "周桂芳",
                "转账备注:妈 生活费",
                "支出",
                800.00,
                "零钱",
                "对方已收钱",
            )
        )
        rows.append(
            (
                C.at(mon + dt.timedelta(days=13), "21:48", TZ, 3),
                "商户消费",
                "腾讯游戏",
                "王者荣耀-点券充值",
                "支出",
                [98.0, 128.0, 68.0][m],
                "零钱通",
                "支付成功",
            )
        )
        rows.append(
            (
                C.at(mon + dt.timedelta(days=24), "22:31", TZ, 40),
                "商户消费",
                "腾讯游戏",
                "王者荣耀-战令",
                "支出",
                68.0,
                "零钱通",
                "支付成功",
            )
        )
        rows.append(
            (
                C.at(mon + dt.timedelta(days=9), "08:30", TZ, 1),
                "分付还款",
                "微信分付",
                "分付账单还款",
                "支出",
                [1520.0, 1890.5, 2130.0][m],
                "工商银行储蓄卡(6789)",
                "还款成功",
            )
        )
        rows.append(
            (
                C.at(mon + dt.timedelta(days=18), "12:02", TZ, 9),
                "微信红包",
                "沈雅婷",
                "/",
                "支出",
                52.0,
                "零钱",
                "支付成功",
            )
        )
        rows.append(
            (
                C.at(mon + dt.timedelta(days=20), "20:15", TZ, 9),
                "转账",
                "陈志强",
                "/",
                "收入",
                2000.0,
                "/",
                "已存入零钱",
            )
        )
    return fmt_wechat_pay(rows, "雯雯", "2024-09-01", "2024-11-30", "2024-12-02 20:41:17")


def fmt_wechat_pay(rows: list, nick: str, d0: str, d1: str, exported: str) -> bytes:
    rows.sort(key=lambda r: r[0], reverse=True)
    out_n = sum(1 for r in rows if r[4] == "支出")
    out_s = sum(r[5] for r in rows if r[4] == "支出")
    in_n = sum(1 for r in rows if r[4] == "收入")
    in_s = sum(r[5] for r in rows if r[4] == "收入")
    pre = [
        "微信支付账单明细",
        f"微信昵称：[{nick}]",
        f"起始时间：[{d0} 00:00:00] 终止时间：[{d1} 23:59:59]",
        "导出类型：[全部]",
        f"导出时间：[{exported}]",
        "",
        f"共{len(rows)}笔记录",
        f"收入：{in_n}笔 {in_s:.2f}元",
        f"支出：{out_n}笔 {out_s:.2f}元",
        "中性交易：0笔 0.00元",
        "注：",
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录",
        "3. 本明细仅供个人对账使用",
        "",
        "----------------------微信支付账单明细列表--------------------",
    ]
    lines = [p + ",,,,,,,,,," if p else ",,,,,,,,,," for p in pre]
    lines.append(
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"
    )
    for i, (t, typ, who, item, io, amt, pay, st) in enumerate(rows):
        tid = f"42000{t.strftime('%Y%m%d')}{(i * 7919 + 13) % 10**13:013d}"
        mid = f"{t.strftime('%Y%m%d%H%M%S')}{(i * 31) % 1000:03d}" if typ == "商户消费" else "/"
        lines.append(
            ",".join(
                [
                    t.strftime("%Y-%m-%d %H:%M:%S"),
                    typ,
                    f'"{who}"',
                    f'"{item}"',
                    io,
                    f"¥{amt:.2f}",
                    pay,
                    st,
                    tid + "\t",
                    mid + "\t",
                    "/",
                ]
            )
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def pad(v: str, w: int) -> str:
    n = sum(2 if ord(c) > 127 else 1 for c in v)
    return v + " " * max(1, w - n)


def alipay(rng: random.Random) -> bytes:
    rows = []
    for d in range(0, DAYS, 1):
        day = START + dt.timedelta(days=d)
        if rng.random() < 0.55:
            t = C.at(
                day, f"{rng.randint(9, 22):02d}:{rng.randint(0, 59):02d}", TZ, rng.randint(0, 59)
            )
            cat, who, acct, item = rng.choice(
                [
                    ("日用百货", "天猫超市", "tm***@example.com", "维达抽纸 3层100抽"),
                    ("服饰装扮", "淘宝店铺-朵拉童装", "dl***@example.com", "女童加绒卫衣"),
                    ("餐饮美食", "肯德基", "/", "肯德基-宅急送"),
                    ("交通出行", "哈啰出行", "/", "哈啰单车骑行"),
                    ("充值缴费", "国网江苏省电力有限公司", "/", "电费缴纳"),
                    ("日用百货", "拼多多平台商户", "/", "商品订单"),
                ]
            )
            rows.append(
                [t, cat, who, acct, item, "支出", round(rng.uniform(6, 199), 2), "花呗", "交易成功"]
            )
    for m in (0, 1, 2):
        mon = dt.date(2024, 9 + m, 1)
        rows.append(
            [
                C.at(mon + dt.timedelta(days=9), "15:02", TZ, 44),
                "转账红包",
                "苏州恒顺装饰工程有限公司",
                "hsz***@example.com",
                f"{9 + m}月工资",
                "收入",
                7850.00,
                "",
                "交易成功",
            ]
        )
        rows.append(
            [
                C.at(mon + dt.timedelta(days=9), "18:11", TZ, 2),
                "信用借还",
                "花呗",
                "/",
                "花呗账单还款",
                "不计收支",
                [8120.33, 7650.10, 8455.60][m],
                "工商银行储蓄卡(6789)",
                "还款成功",
            ]
        )
        rows.append(
            [
                C.at(mon + dt.timedelta(days=14), "10:30", TZ, 21),
                "信用借还",
                "借呗",
                "/",
                "借呗按期还款",
                "不计收支",
                2316.00,
                "余额宝",
                "还款成功",
            ]
        )
        rows.append(
            [
                C.at(mon + dt.timedelta(days=16), "09:47", TZ, 5),
                "信用借还",
                "网商银行",
                "/",
                "网商贷-借款到账",
                "不计收支",
                [5000.0, 3000.0, 6000.0][m],
                "",
                "交易成功",
            ]
        )
        rows.append(
            [
                C.at(mon + dt.timedelta(days=11), "08:00", TZ, 0),
                "住房物业",
                "招商银行个人贷款",
                "/",
                "房贷还款",
                "支出",
                6212.47,
                "工商银行储蓄卡(6789)",
                "交易成功",
            ]
        )
    return fmt_alipay(
        rows,
        "林晓雯",
        "linxiaowen0512@example.com",
        "2024-09-01",
        "2024-11-30",
        "2024-12-02 21:03:40",
    )


def fmt_alipay(rows: list, name: str, account: str, d0: str, d1: str, exported: str) -> bytes:
    rows.sort(key=lambda r: r[0], reverse=True)
    inc = [r for r in rows if r[5] == "收入"]
    exp = [r for r in rows if r[5] == "支出"]
    neu = [r for r in rows if r[5] == "不计收支"]
    pre = [
        "-" * 84,
        "导出信息：",
        f"姓名：{name}",
        f"支付宝账户：{account}",
        f"起始时间：[{d0} 00:00:00]    终止时间：[{d1} 23:59:59]",
        "导出交易类型：[全部]",
        f"导出时间：[{exported}]",
        f"共{len(rows)}笔记录",
        f"收入：{len(inc)}笔 {sum(r[6] for r in inc):.2f}元",
        f"支出：{len(exp)}笔 {sum(r[6] for r in exp):.2f}元",
        f"不计收支：{len(neu)}笔 {sum(r[6] for r in neu):.2f}元",
        "",
        "特别提示：",
        "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；",
        "2.请勿将本回单作为收款方发货的凭据使用，请查询账户实际到账情况后再进行发货操作；",
        "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；",
        "4.本回单如经任何涂改、编造，均立即失去效力；",
        "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
        "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
        "7.禁止将本回单用于非法用途；",
        "8.本明细仅展示当前账单中的交易，不包括已删除的记录；",
        "9.本明细仅供个人对账使用。",
        "",
        "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------",
    ]
    head = [
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
    widths = [20, 20, 20, 20, 20, 20, 20, 20, 20, 12, 20, 20]
    lines = [*pre, "".join(pad(h, w) + "," for h, w in zip(head, widths, strict=True))]
    for i, r in enumerate(rows):
        t = r[0].strftime("%Y-%m-%d %H:%M:%S")
        oid = f"{r[0].strftime('%Y%m%d')}2200{(i * 104729 + 77) % 10**14:014d}"
        moid = (
            f"T200P{(i * 7777 + 5) % 10**18:018d}" if r[1] not in ("转账红包", "信用借还") else ""
        )
        vals = [
            t + " ",
            pad(r[1], 20),
            pad(r[2], 20),
            pad(r[3], 20),
            pad(r[4], 20),
            pad(r[5], 20),
            pad(f"{r[6]:.2f}", 20),
            pad(r[7], 20),
            pad(r[8], 20),
            oid + "\t",
            (moid + "\t") if moid else " " * 20 + "\t",
            " " * 20,
        ]
        lines.append(",".join(vals) + ",")
    return ("\n".join(lines) + "\n").encode("gbk")


def timeline(rng: random.Random) -> bytes:
    stays = []
    for d in range(DAYS):
        day = START + dt.timedelta(days=d)
        wd = day.weekday()
        if wd < 5:
            plan = [("00:00", "08:05", "home"), ("08:50", "17:40", "work")]
            r = rng.random()
            if r < 0.25:
                plan += [("18:35", "20:10", "mom"), ("20:40", "24:00", "home")]
            elif r < 0.4:
                plan += [("18:20", "19:00", "market"), ("19:15", "24:00", "home")]
            else:
                plan += [("18:30", "24:00", "home")]
            if d in (17, 66):  # hospital trips with her mother
                plan = [
                    ("00:00", "07:40", "home"),
                    ("08:20", "11:30", "hosp"),
                    ("12:00", "13:10", "mom"),
                    ("13:50", "17:40", "work"),
                    ("18:30", "24:00", "home"),
                ]
        else:
            out = rng.choice(["guanqian", "mall", "mom", "market"])
            plan = [("00:00", "09:40", "home"), ("10:20", "15:30", out), ("16:10", "24:00", "home")]
        stays += L.day_stays(day, TZ, plan, rng)
    merged = []
    for s in stays:
        if merged and merged[-1][2] == s[2] and merged[-1][1] == s[0]:
            merged[-1] = (merged[-1][0], s[1], s[2])
        else:
            merged.append(s)
    segs = L.stays_to_segments(merged)
    sem = {"home": "HOME", "work": "WORK"}
    doc = {
        "semanticSegments": L.android_timeline(rng, segs, PLACES, PLACE_IDS, sem),
        "rawSignals": [],
        "userLocationProfile": {
            "frequentPlaces": [
                {
                    "placeId": PLACE_IDS["home"],
                    "placeLocation": L.deg(PLACES["home"]),
                    "label": "HOME",
                },
                {
                    "placeId": PLACE_IDS["work"],
                    "placeLocation": L.deg(PLACES["work"]),
                    "label": "WORK",
                },
            ],
            "persona": {
                "travelModeAffinities": [
                    {"mode": "IN_PASSENGER_VEHICLE", "affinity": 0.71},
                    {"mode": "WALKING", "affinity": 0.2},
                ]
            },
        },
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def build():
    rng = random.Random(14001)
    ms = msgs(rng)
    files = {}
    for chat in CHATS:
        files[f"wechat/聊天记录/{chat.title}/{chat.title}_utf8.csv"] = memotrace(chat, ms)
    files["微信支付账单(20240901-20241130).csv"] = wechat_pay(random.Random(14002))
    files["支付宝交易明细(20240901-20241130).csv"] = alipay(random.Random(14003))
    files["Timeline.json"] = timeline(random.Random(14004))
    pii = C.build_pii(files, PII)
    facts = {
        "home": {
            "lat": PLACES["home"][0],
            "lon": PLACES["home"][1],
            "radius_m": 300,
            "address": HOME_ADDR,
            "city": "苏州",
        },
        "work": {
            "lat": PLACES["work"][0],
            "lon": PLACES["work"][1],
            "radius_m": 300,
            "employer": "苏州恒顺装饰工程有限公司",
        },
        "sleep_window": {"start": "00:30", "end": "07:00", "tolerance_min": 60},
        "top_contacts": C.top_contacts(ms, CHATS),
        "relationships": [
            {"name": "老公", "relationship": "partner", "full_name": "陈志强"},
            {"name": "妈", "relationship": "mother", "full_name": "周桂芳"},
            {"name": "东东", "relationship": "brother", "full_name": "林晓东"},
            {"name": "小雅", "relationship": "close friend", "full_name": "沈雅婷"},
            {"name": "周总", "relationship": "boss", "full_name": "周建国"},
        ],
        "religion": {"value": False},
        "health": {"value": False},
        "politics": {"value": False},
        "financial_stress": {"value": True},
        "gambling": {"value": False},
        "gaming": {"value": True},
        "salary": {
            "amount": "7850.00",
            "currency": "CNY",
            "payer": "苏州恒顺装饰工程有限公司",
            "period": "monthly",
        },
        "risky_contact": {
            "name": "赵鹏",
            "why": "posts 72 distinct angry political rants in the group 苏大会计07级",
        },
    }
    user = {
        "names": ["林晓雯", "雯雯", "小林"],
        "phones": ["139 6217 4835"],
        "emails": ["linxiaowen0512@example.com"],
        "handles": ["wxid_lxw0512a"],
    }
    files["ground_truth.json"] = C.ground_truth(
        PID, DESC, "Asia/Shanghai", user, pii, facts
    ).encode("utf-8")
    return PID, files, ms
