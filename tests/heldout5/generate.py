"""Generate the heldout5 blind evaluation set (three fictional mainland-Chinese personas).

Stdlib only. Output depends only on the fixed seeds below: every datetime is built with an
explicit UTC+8 offset, sets are never iterated unsorted, and today's date is never read.

    python tests/heldout5/generate.py [OUTDIR]      (default: tests/heldout5/personas)
"""

from __future__ import annotations

import csv
import io
import json
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

CST = timezone(timedelta(hours=8))
UTC = UTC


# --------------------------------------------------------------------------- checksums


def cn_id(body17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w for c, w in zip(body17, weights, strict=False))
    return body17 + "10X98765432"[s % 11]


def luhn(body: str) -> str:
    digits = [int(c) for c in body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def spaced(s: str, n: int = 4) -> str:
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


# --------------------------------------------------------------------------- text pools

SLOTS: dict[str, list[str]] = {
    "food": [
        "火锅",
        "麻辣烫",
        "螺蛳粉",
        "烤肉",
        "沙县",
        "兰州拉面",
        "日料",
        "酸菜鱼",
        "串串",
        "烧烤",
        "小龙虾",
        "饺子",
        "生煎",
        "馄饨",
        "黄焖鸡",
        "煲仔饭",
        "冒菜",
        "炸鸡",
        "披萨",
        "牛肉面",
        "肠粉",
        "卤肉饭",
        "寿司",
        "凉皮",
        "砂锅粥",
        "椰子鸡",
        "烤鱼",
        "麻辣香锅",
    ],
    "drink": ["喜茶", "瑞幸", "奈雪", "霸王茶姬", "星巴克", "蜜雪冰城", "一点点", "茶百道", "古茗"],
    "place": [
        "万达",
        "龙湖天街",
        "来福士",
        "宜家",
        "山姆",
        "盒马",
        "楼下便利店",
        "公园",
        "电影院",
        "健身房",
        "菜市场",
        "地铁站",
    ],
    "show": [
        "繁花",
        "庆余年2",
        "甄嬛传",
        "漫长的季节",
        "狂飙",
        "与凤行",
        "歌手2024",
        "周处除三害",
        "热辣滚烫",
        "飞驰人生2",
        "墨雨云间",
        "玫瑰的故事",
        "我的阿勒泰",
        "承欢记",
    ],
    "thing": [
        "充电宝",
        "雨伞",
        "耳机",
        "钥匙",
        "快递",
        "外套",
        "鞋子",
        "纸巾",
        "洗衣液",
        "水杯",
        "身份证复印件",
        "工牌",
        "充电线",
    ],
    "time": [
        "今晚",
        "明天",
        "周末",
        "周六下午",
        "后天",
        "下班后",
        "中午",
        "晚上七点",
        "八点半",
        "周日上午",
        "明早",
    ],
    "n": [str(x) for x in (3, 5, 8, 10, 15, 20, 25, 30, 40, 45, 50, 99, 120, 199, 300)],
    "weather": ["下暴雨", "降温", "回南天", "好闷", "大太阳", "起雾", "刮大风", "又热又潮"],
}

GENERIC = [
    "{time}吃{food}不",
    "好久没吃{food}了 馋死",
    "刚下班 累成狗",
    "今天地铁挤爆了",
    "你看{show}了吗",
    "{show}太上头了 一口气刷到两点",
    "我在{place} 人超多",
    "帮我带个{thing}呗",
    "{thing}又忘带了 服了自己",
    "外面{weather}了 出门注意",
    "到家了",
    "出门了出门了",
    "在吗",
    "忙完没",
    "晚上吃啥",
    "这个{n}块包邮 买不买",
    "降温了多穿点",
    "还没睡？",
    "我先去洗澡 等下聊",
    "刚开完会 脑子嗡嗡的",
    "{time}有空吗",
    "{time}几点",
    "快递到了帮我拿一下",
    "今天热死 空调开到最低",
    "困死了 续了杯{drink}",
    "想喝{drink}",
    "你定吧 我都行",
    "那就{time}",
    "晚点回你 在忙",
    "在路上了 {n}分钟到",
    "等我一下下",
    "刚看到消息",
    "发个链接给你看看",
    "这个好看吗",
    "你觉得呢",
    "算了不买了 钱包在哭泣",
    "买了买了 下单了",
    "{place}排队排了{n}分钟",
    "下次去{place}叫上我",
    "今天步数两万多 腿要断了",
    "周一综合症犯了",
    "终于周五了！！",
    "外卖又超时了 骑手说电梯坏了",
    "我手机快没电了",
    "刚才信号不好 没收到",
    "你上次说的那家{food}在哪来着",
    "这家{food}一般般 不推荐",
    "{food}yyds",
    "减肥失败 又吃了{food}",
    "我昨晚做梦梦到考试 吓醒",
    "楼上又在装修 电钻声一上午",
    "刚抢到{show}的票",
    "看完{show} 后劲好大",
    "猫把我水杯打翻了",
    "今天被夸了 开心",
    "好烦啊啊啊",
    "不想上班",
    "打工人打工魂",
    "给你看个好笑的",
    "这也太离谱了吧",
    "等会儿视频？",
    "语音说吧 打字太慢",
    "{time}去{place}逛逛？",
    "我到{place}门口了 你在哪",
    "东西收到了 谢谢～",
    "钱转你了 查收一下",
    "记得吃饭",
    "昨天那个事后来怎么样了",
    "好的我知道了",
    "明天早起 先睡了 晚安",
    "这周末回不回家",
    "{weather}还要出门 惨",
]

REACT = [
    "哈哈哈",
    "哈哈哈哈哈",
    "hhhh",
    "好",
    "好的",
    "好滴",
    "嗯嗯",
    "嗯",
    "ok",
    "OK",
    "行",
    "可以",
    "可以啊",
    "👌",
    "收到",
    "真的假的",
    "笑死",
    "6",
    "666",
    "[捂脸]",
    "[旺柴]",
    "[呲牙]",
    "[强]",
    "[破涕为笑]",
    "😂😂",
    "🤣",
    "啊？",
    "绝了",
    "我也是",
    "确实",
    "不是吧",
    "离谱",
    "好吧",
    "哦哦",
    "对对对",
    "没事",
    "辛苦啦",
    "❤️",
    "晚安",
    "早",
]

TAILS = [
    "",
    "",
    "",
    "",
    "～",
    "哈",
    "啊",
    "呀",
    "！",
    "。",
    "...",
    " [捂脸]",
    " 😂",
    " 🙃",
    " [旺柴]",
    "嘛",
    " 😭",
    "!!",
]
TYPOS = [
    ("的", "得"),
    ("在", "再"),
    ("什么", "啥"),
    ("没有", "木有"),
    ("这样", "酱紫"),
    ("知道", "造"),
    ("吗", "嘛"),
]


def style(rng: random.Random, text: str) -> str:
    if rng.random() < 0.12:
        a, b = rng.choice(TYPOS)
        text = text.replace(a, b, 1)
    if rng.random() < 0.3:
        text = text + rng.choice(TAILS)
    if rng.random() < 0.05:
        text = text.lower()
    return text


def fill(rng: random.Random, tpl: str) -> str:
    out = tpl
    for key, vals in SLOTS.items():
        while "{" + key + "}" in out:
            out = out.replace("{" + key + "}", rng.choice(vals), 1)
    return out


# --------------------------------------------------------------------------- chat model


@dataclass
class Msg:
    dt: datetime
    sender: str  # display name; persona.me_nick for the user
    is_me: bool
    kind: str  # text image voice video sticker location system
    text: str = ""


@dataclass
class Chat:
    title: str  # remark / chat title as written in the export
    nick: str  # contact nickname (or group name)
    wxid: str
    group: bool
    members: list[str] = field(default_factory=list)
    msgs: list[Msg] = field(default_factory=list)


@dataclass
class Persona:
    pid: str
    me: str
    me_nick: str
    start: date
    days: int
    wake: tuple[int, int]  # minutes after local midnight; end may exceed 1440
    files: dict[str, bytes] = field(default_factory=dict)
    pii: list[tuple[str, str]] = field(default_factory=list)  # (value, type)

    def reg(self, etype: str, value: str) -> str:
        if (value, etype) not in self.pii:
            self.pii.append((value, etype))
        return value


def wake_dt(p: Persona, day: date, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=CST) + timedelta(minutes=minute)


def in_wake(p: Persona, dt: datetime) -> bool:
    m = dt.hour * 60 + dt.minute
    lo, hi = p.wake
    return lo <= m <= hi or (hi > 1440 and m <= hi - 1440)


def gen_sessions(
    p: Persona,
    rng: random.Random,
    chat: Chat,
    target: int,
    pools: list[tuple[list[str], float, str]],
    them: list[str],
) -> None:
    """Fill chat with about `target` messages in short conversations at waking times."""
    made = 0
    while made < target:
        day = p.start + timedelta(days=rng.randrange(p.days))
        lo, hi = p.wake
        t = wake_dt(p, day, rng.randrange(lo + 5, hi - 40)) + timedelta(seconds=rng.randrange(60))
        n = rng.randint(2, 12)
        last_me = rng.random() < 0.5
        for _ in range(n):
            if not in_wake(p, t):
                break
            # replies usually alternate, sometimes the same person sends a burst
            is_me = (not last_me) if rng.random() < 0.7 else last_me
            last_me = is_me
            sender = p.me_nick if is_me else rng.choice(them)
            r = rng.random()
            if r < 0.06:
                m = Msg(t, sender, is_me, "image")
            elif r < 0.09:
                m = Msg(t, sender, is_me, "voice")
            elif r < 0.11:
                m = Msg(t, sender, is_me, "sticker")
            elif r < 0.115:
                m = Msg(t, sender, is_me, "video")
            elif r < 0.33:
                m = Msg(t, sender, is_me, "text", style(rng, rng.choice(REACT)))
            else:
                side = "me" if is_me else "them"
                ok = [(pl, w) for pl, w, sd in pools if sd in (side, "both")]
                pool = rng.choices([pl for pl, _ in ok], [w for _, w in ok])[0]
                m = Msg(t, sender, is_me, "text", style(rng, fill(rng, rng.choice(pool))))
            chat.msgs.append(m)
            made += 1
            t += timedelta(seconds=rng.randint(8, 420))


def script(p: Persona, chat: Chat, day: date, hhmm: str, lines: list[tuple[str, str]]) -> None:
    """Planted exchange. who: 'me' or a sender display name; text '<img>' etc. for media."""
    h, m = (int(x) for x in hhmm.split(":"))
    t = datetime(day.year, day.month, day.day, h, m, tzinfo=CST)
    for i, (who, text) in enumerate(lines):
        is_me = who == "me"
        kind = "text"
        if text in ("<img>", "<voice>", "<sticker>"):
            kind, text = {"<img>": "image", "<voice>": "voice", "<sticker>": "sticker"}[text], ""
        if who == "sys":
            chat.msgs.append(Msg(t, "", False, "system", text))
        else:
            chat.msgs.append(Msg(t, p.me_nick if is_me else who, is_me, kind, text))
        t += timedelta(seconds=37 + 23 * i)
    assert in_wake(p, datetime(day.year, day.month, day.day, h, m, tzinfo=CST)), (p.pid, hhmm)


def rants(rng: random.Random, n: int) -> list[str]:
    subj = [
        "延迟退休",
        "房价",
        "那帮砖家",
        "美国佬",
        "日本排核污水",
        "养老金双轨制",
        "医保改革",
        "油价",
        "街道办",
        "教育局",
        "物业和居委会",
        "996",
        "菲律宾那帮人",
        "上面那些当官的",
        "电视里那些代表",
        "新出的政策",
        "贸易战",
        "开发商",
        "股市",
        "公摊面积",
    ]
    pred = [
        "就是明着割韭菜",
        "简直把老百姓当傻子",
        "谁定的谁自己去试试",
        "还好意思上新闻？？",
        "一天到晚画大饼",
        "迟早要出大事",
        "凭什么我们买单",
        "说白了就是没钱了",
        "气得我血压都上来了",
        "这种人就该下台",
        "全是骗人的",
        "真以为大家不会算账",
        "再这样搞下去大家都别活了",
        "还不如直接抢",
    ]
    tails = [
        "！！",
        "！！！",
        "😡😡",
        "。呵呵",
        "，醒醒吧各位",
        "",
        "！转发让大家都看看",
        "，我把话放这",
        "🤬",
    ]
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        s = (
            rng.choice(subj)
            + rng.choice(["", "这事", "这个", "的事"])
            + rng.choice(pred)
            + rng.choice(tails)
        )
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


# --------------------------------------------------------------------------- writers


def memotrace_csv(p: Persona, chat: Chat) -> bytes:
    """MemoTrace/WeChatMsg <remark>_utf8.csv (utf-8-sig)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
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
    codes = {
        "text": (1, 0),
        "image": (3, 0),
        "voice": (34, 0),
        "video": (43, 0),
        "sticker": (47, 0),
        "location": (48, 0),
        "system": (10000, 0),
    }
    for i, m in enumerate(sorted(chat.msgs, key=lambda x: x.dt), start=1):
        assert in_wake(p, m.dt), (p.pid, chat.title, m)
        typ, sub = codes[m.kind]
        w.writerow(
            [
                i,
                chat.wxid,
                typ,
                sub,
                1 if m.is_me else 0,
                int(m.dt.timestamp()),
                2,
                m.text,
                m.dt.strftime("%Y-%m-%d %H:%M:%S"),
                chat.title,
                chat.nick,
                "" if m.kind == "system" else m.sender,
            ]
        )
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def pywxdump_csv(p: Persona, chat: Chat, rng: random.Random) -> bytes:
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
    names = {
        "text": "文本",
        "image": "图片",
        "voice": "语音",
        "video": "视频",
        "sticker": "动画表情",
        "location": "位置",
        "system": "系统通知",
    }
    for i, m in enumerate(sorted(chat.msgs, key=lambda x: x.dt), start=1):
        assert in_wake(p, m.dt), (p.pid, chat.title, m)
        src = ""
        if m.kind in ("image", "video", "voice"):
            ext = {"image": "dat", "video": "mp4", "voice": "mp3"}[m.kind]
            src = f"FileStorage\\MsgAttach\\{m.dt:%Y-%m}\\{rng.getrandbits(48):012x}.{ext}"
        dt = m.dt
        w.writerow(
            [
                i,
                str(6_000_000_000_000_000_000 + rng.getrandbits(60) % 3_000_000_000_000_000_000),
                names[m.kind],
                1 if m.is_me else 0,
                "" if m.kind == "system" else m.sender,
                chat.wxid,
                m.text,
                src,
                f"{dt.year}/{dt.month}/{dt.day} {dt.hour}:{dt.minute:02d}",
            ]
        )
    return buf.getvalue().encode("utf-8")


def wechatdump_txt(p: Persona, chat: Chat) -> bytes:
    names = {
        "text": "TEXT",
        "image": "IMAGE",
        "voice": "VOICE",
        "video": "VIDEO",
        "sticker": "EMOJI",
        "location": "LOCATION",
        "system": "SYSTEM",
    }
    lines = []
    for m in sorted(chat.msgs, key=lambda x: x.dt):
        assert in_wake(p, m.dt), (p.pid, chat.title, m)
        who = "me" if m.is_me else ("" if m.kind == "system" else m.sender)
        content = m.text
        if m.kind == "image":
            content = "[Image]"
        elif m.kind == "voice":
            content = "[Voice]"
        elif m.kind == "sticker":
            content = "[Emoji]"
        elif m.kind == "video":
            content = "[Video]"
        content = content.replace("\n", " ")
        lines.append(f"{names[m.kind]}|{who}:{m.dt:%Y-%m-%d %H:%M:%S}:{content}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def pad(s: str, width: int) -> str:
    # Alipay pads with spaces by display width (CJK counted double) and never truncates
    w = sum(2 if ord(c) > 0x2E80 else 1 for c in s)
    return s + " " * max(1, width - w)


@dataclass
class Pay:
    dt: datetime
    category: str
    party: str
    product: str
    direction: str  # 支出 收入 不计收支 (alipay) / 支出 收入 / (wechat)
    amount: float
    method: str
    status: str
    account: str = "/"
    note: str = ""


def alipay_csv(p: Persona, rows: list[Pay], name: str, account: str, rng: random.Random) -> bytes:
    rows = sorted(rows, key=lambda r: r.dt, reverse=True)
    inc = [r for r in rows if r.direction == "收入"]
    out = [r for r in rows if r.direction == "支出"]
    neu = [r for r in rows if r.direction == "不计收支"]
    start = datetime(p.start.year, p.start.month, p.start.day, tzinfo=CST)
    end = start + timedelta(days=p.days) - timedelta(seconds=1)
    exported = end + timedelta(hours=10, minutes=13, seconds=52)
    lines = [
        "-" * 84,
        "导出信息：",
        f"姓名：{name}",
        f"支付宝账户：{account}",
        f"起始时间：[{start:%Y-%m-%d %H:%M:%S}]    终止时间：[{end:%Y-%m-%d %H:%M:%S}]",
        "导出交易类型：[全部]",
        f"导出时间：[{exported:%Y-%m-%d %H:%M:%S}]",
        f"共{len(rows)}笔记录",
        f"收入：{len(inc)}笔 {sum(r.amount for r in inc):.2f}元",
        f"支出：{len(out)}笔 {sum(r.amount for r in out):.2f}元",
        f"不计收支：{len(neu)}笔 {sum(r.amount for r in neu):.2f}元",
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
    widths = [20, 24, 24, 24, 24, 22, 22, 26, 24, 15, 22, 22]
    lines.append("".join(pad(h, w) + "," for h, w in zip(head, widths, strict=False)))
    for r in rows:
        assert in_wake(p, r.dt), (p.pid, r)
        order = f"{r.dt:%Y%m%d}2200{rng.randrange(10**13):013d}"
        mer = f"T{rng.randrange(10**18):018d}" if r.category not in ("转账红包", "亲友代付") else ""
        cells = [
            pad(f"{r.dt:%Y-%m-%d %H:%M:%S}", 20),
            pad(r.category, 24),
            pad(r.party, 24),
            pad(r.account, 24),
            pad(r.product, 24),
            pad(r.direction, 22),
            pad(f"{r.amount:.2f}", 22),
            pad(r.method, 26),
            pad(r.status, 24),
            order + "\t",
            (mer or " " * 20) + "\t",
            pad(r.note, 22),
        ]
        lines.append(",".join(cells) + ",")
    return ("\n".join(lines) + "\n").encode("gbk")


def wechatpay_csv(p: Persona, rows: list[Pay], nick: str, rng: random.Random) -> bytes:
    rows = sorted(rows, key=lambda r: r.dt, reverse=True)
    start = datetime(p.start.year, p.start.month, p.start.day, tzinfo=CST)
    end = start + timedelta(days=p.days) - timedelta(seconds=1)
    exported = end + timedelta(hours=9, minutes=41, seconds=7)
    inc = [r for r in rows if r.direction == "收入"]
    out = [r for r in rows if r.direction == "支出"]
    neu = [r for r in rows if r.direction == "/"]
    c = ",,,,,,,,,,"
    pre = [
        "微信支付账单明细" + c,
        f"微信昵称：[{nick}]" + c,
        f"起始时间：[{start:%Y-%m-%d %H:%M:%S}] 终止时间：[{end:%Y-%m-%d %H:%M:%S}]" + c,
        "导出类型：[全部]" + c,
        f"导出时间：[{exported:%Y-%m-%d %H:%M:%S}]" + c,
        c,
        f"共{len(rows)}笔记录" + c,
        f"收入：{len(inc)}笔 {sum(r.amount for r in inc):.2f}元" + c,
        f"支出：{len(out)}笔 {sum(r.amount for r in out):.2f}元" + c,
        f"中性交易：{len(neu)}笔 {sum(r.amount for r in neu):.2f}元" + c,
        "注：" + c,
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易" + c,
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录" + c,
        "3. 本明细仅供个人对账使用" + c,
        c,
        "----------------------微信支付账单明细列表--------------------" + c,
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注",
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        assert in_wake(p, r.dt), (p.pid, r)
        tid = f"42000{rng.randrange(10**23):023d}\t"
        mid = (
            (f"{rng.randrange(10**20):020d}\t")
            if r.category in ("商户消费", "扫二维码付款")
            else "/\t"
        )
        w.writerow(
            [
                f"{r.dt:%Y-%m-%d %H:%M:%S}",
                r.category,
                r.party,
                r.product,
                r.direction,
                f"¥{r.amount:.2f}",
                r.method,
                r.status,
                tid,
                mid,
                r.note or "/",
            ]
        )
    return ("\n".join(pre) + "\n" + buf.getvalue()).encode("utf-8")


# --------------------------------------------------------------------------- location


def day_plan(
    p: Persona,
    rng: random.Random,
    day: date,
    home: tuple[float, float],
    work: tuple[float, float],
    shift: tuple[int, int],
    extra: list[tuple[float, float]],
) -> list[tuple[datetime, datetime, tuple[float, float], str]]:
    """Visits for one day: home, (work on weekdays), maybe an evening place, home."""
    base = datetime(day.year, day.month, day.day, tzinfo=CST)
    visits: list[tuple[datetime, datetime, tuple[float, float], str]] = []
    if day.weekday() < 5:
        leave = base + timedelta(minutes=shift[0] - 50 + rng.randint(-10, 10))
        arrive = leave + timedelta(minutes=45 + rng.randint(-5, 5))
        wend = base + timedelta(minutes=shift[1] + rng.randint(-5, 40))
        visits.append((base, leave, home, "HOME"))
        visits.append((arrive, wend, work, "WORK"))
        back = wend + timedelta(minutes=50)
    else:
        out_t = base + timedelta(hours=11 + rng.randint(0, 3))
        visits.append((base, out_t, home, "HOME"))
        spot = rng.choice(extra)
        stay = out_t + timedelta(minutes=30 + rng.randint(60, 180))
        visits.append((out_t + timedelta(minutes=30), stay, spot, "UNKNOWN"))
        back = stay + timedelta(minutes=35)
    visits.append((back, base + timedelta(days=1), home, "HOME"))
    return visits


def jitter(rng: random.Random, ll: tuple[float, float], m: float = 25.0) -> tuple[float, float]:
    return (ll[0] + rng.uniform(-m, m) / 111_000, ll[1] + rng.uniform(-m, m) / 96_000)


def timeline_json(
    p: Persona,
    rng: random.Random,
    home: tuple[float, float],
    work: tuple[float, float],
    shift: tuple[int, int],
    extra: list[tuple[float, float]],
) -> bytes:
    """Android on-device Timeline export."""

    def ts(dt: datetime) -> str:
        return dt.isoformat(timespec="milliseconds")

    def pt(ll: tuple[float, float]) -> str:
        return f"{ll[0]:.7f}°, {ll[1]:.7f}°"

    segs: list[dict[str, object]] = []
    pid = {"HOME": "ChIJt3Vf8n9wsjURh0me_xw5b0A", "WORK": "ChIJ0wE5kQ9ysjURwork_zj9Kq2M"}
    for d in range(p.days):
        day = p.start + timedelta(days=d)
        visits = day_plan(p, rng, day, home, work, shift, extra)
        for i, (a, b, ll, label) in enumerate(visits):
            segs.append(
                {
                    "startTime": ts(a),
                    "endTime": ts(b),
                    "startTimeTimezoneUtcOffsetMinutes": 480,
                    "endTimeTimezoneUtcOffsetMinutes": 480,
                    "visit": {
                        "hierarchyLevel": 0,
                        "probability": round(rng.uniform(0.7, 0.98), 2),
                        "topCandidate": {
                            "placeId": pid.get(label, f"ChIJ{rng.getrandbits(64):016x}"),
                            "semanticType": {"HOME": "INFERRED_HOME", "WORK": "INFERRED_WORK"}.get(
                                label, "UNKNOWN"
                            ),
                            "probability": round(rng.uniform(0.6, 0.95), 2),
                            "placeLocation": {"latLng": pt(ll)},
                        },
                    },
                }
            )
            if i + 1 < len(visits):
                nxt = visits[i + 1]
                path = []
                steps = 4
                for k in range(steps + 1):
                    f = k / steps
                    la = ll[0] + (nxt[2][0] - ll[0]) * f
                    lo = ll[1] + (nxt[2][1] - ll[1]) * f
                    path.append(
                        {"point": pt(jitter(rng, (la, lo), 60)), "time": ts(b + (nxt[0] - b) * f)}
                    )
                segs.append(
                    {
                        "startTime": ts(b),
                        "endTime": ts(nxt[0]),
                        "startTimeTimezoneUtcOffsetMinutes": 480,
                        "endTimeTimezoneUtcOffsetMinutes": 480,
                        "timelinePath": path,
                    }
                )
                segs.append(
                    {
                        "startTime": ts(b),
                        "endTime": ts(nxt[0]),
                        "startTimeTimezoneUtcOffsetMinutes": 480,
                        "endTimeTimezoneUtcOffsetMinutes": 480,
                        "activity": {
                            "start": {"latLng": pt(ll)},
                            "end": {"latLng": pt(nxt[2])},
                            "distanceMeters": 14000.0,
                            "topCandidate": {"type": "IN_SUBWAY", "probability": 0.8},
                        },
                    }
                )
    doc = {
        "semanticSegments": segs,
        "rawSignals": [],
        "userLocationProfile": {
            "frequentPlaces": [
                {"placeId": pid["HOME"], "placeLocation": pt(home), "label": "HOME"},
                {"placeId": pid["WORK"], "placeLocation": pt(work), "label": "WORK"},
            ]
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def records_json(
    p: Persona,
    rng: random.Random,
    home: tuple[float, float],
    work: tuple[float, float],
    shift: tuple[int, int],
    extra: list[tuple[float, float]],
) -> bytes:
    """Google Takeout raw Records.json, one point about every 20-30 minutes."""
    locs: list[dict[str, object]] = []
    for d in range(p.days):
        day = p.start + timedelta(days=d)
        for a, b, ll, _ in day_plan(p, rng, day, home, work, shift, extra):
            t = a + timedelta(minutes=rng.randint(1, 9))
            while t < b:
                la, lo = jitter(rng, ll)
                locs.append(
                    {
                        "latitudeE7": round(la * 1e7),
                        "longitudeE7": round(lo * 1e7),
                        "accuracy": rng.choice([12, 16, 20, 24, 35, 49]),
                        "source": rng.choice(["WIFI", "WIFI", "CELL", "GPS"]),
                        "deviceTag": 1804512270,
                        "timestamp": t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.")
                        + f"{rng.randrange(1000):03d}Z",
                    }
                )
                t += timedelta(minutes=rng.randint(18, 32))
    return json.dumps({"locations": locs}, ensure_ascii=False, indent=2).encode("utf-8")


# --------------------------------------------------------------------------- relationship pools

MOM = [
    "吃饭了没",
    "最近降温 多穿点衣服",
    "周末回来吃饭吗 我烧红烧肉",
    "给你寄了点青团 记得拿快递",
    "少点外卖 不健康",
    "什么时候带他回来给我们看看",
    "你表妹下个月结婚 记得空出来",
    "工作别太拼了",
    "早点睡 别熬夜 眼圈都黑了",
    "视频一下 让我看看你瘦了没",
    "我学会用抖音了[呲牙]",
    "家里wifi又连不上了 怎么弄啊",
    "你帮我看看这个是不是骗子 说我中奖了",
    "医保卡怎么在手机上绑 教教我",
    "在跳广场舞 等下说",
    "你小时候的照片翻出来了 胖嘟嘟的",
    "冰箱里还有饺子 回来带走",
    "今天菜场的{food}特价 买多了",
    "你爸又在阳台抽烟 气死我",
    "下雨了 衣服收了没",
    "钱够不够用 不够跟妈说",
    "你那边{weather}吗",
    "隔壁阿姨的女儿生二胎了",
    "少喝点{drink} 伤胃",
]
DAD = [
    "到了没",
    "车子保养做了",
    "周末钓鱼去 不回来吃饭",
    "你妈让我问你 端午回不回",
    "这个文章你看看 说的有道理",
    "新闻说要降温",
    "你车险快到期了吧",
    "爸手机内存满了 怎么清",
    "好好工作",
    "家里都好 勿念",
    "看了下股票 又绿了",
    "你那个公积金要记得提",
]
PARTNER = [
    "宝 下班了没",
    "我今天加班 你先吃",
    "{time}去吃{food}吧",
    "想你了",
    "我在楼下了 下来",
    "你到哪了",
    "给你点了{drink} 记得拿",
    "今天好累 想抱抱",
    "周末去宜家看看沙发？",
    "房东说下个月要涨房租 烦",
    "猫粮没了 我下单了",
    "你的快递我拿上来了",
    "晚上想吃啥 我来做",
    "洗衣机的衣服晾一下",
    "我妈问五一去不去她那",
    "电影票买好了 {time}",
    "你又熬夜了 快睡",
    "吵架归吵架 饭还是要吃的",
    "我错了还不行嘛",
    "亲一个",
    "明天早上我送你",
    "雨太大了 我来接你",
    "{show}更新了 等你一起看",
    "刚和我哥打完球",
]
FRIEND = [
    "姐妹 救命",
    "你猜我今天碰到谁了",
    "{time}约不约 {food}",
    "这个包好看吗 纠结死了",
    "我们组那个新来的 离谱",
    "好想辞职啊啊啊",
    "{show}你追了没 男主帅疯",
    "周末去{place}拍照吧",
    "我又胖了三斤 哭",
    "你生日想要啥",
    "他昨天又没回我消息",
    "刚下单了一堆东西 吃土了",
    "{drink}新品好难喝 别买",
    "晚上打电话 有瓜",
    "我们好久没见了！",
    "端午去哪玩 一起？",
    "笑死 你看群里",
    "我跟你讲 这个事你别跟别人说",
    "睫毛做了吗 那家怎么样",
    "今天穿搭被夸了嘿嘿",
]
COLLEAGUE = [
    "方案改完了吗",
    "下午三点评审 别忘了",
    "老板又改需求了 无语",
    "这个图标再大一点试试",
    "你那个稿子发我一下",
    "午饭一起？楼下{food}",
    "周报交了没",
    "会议室订好了 3楼小间",
    "这个需求排期来不及",
    "客户说颜色太素了",
    "帮我看下这个交互对不对",
    "明天我请假 有事找别人哈",
    "今天又要加班 服了",
    "报销单签字了吗",
    "团建定在{place}",
    "打卡了没 要迟到了",
    "Figma又卡了",
    "这版可以 直接给开发吧",
]
NEIGHBOR = [
    "今天几点停水啊",
    "电梯又坏了 物业管不管",
    "快递柜满了 放门口可以吗",
    "谁家狗又在楼道拉屎了",
    "小区门口新开了家{food}",
    "晚上广场舞音乐太响了",
    "垃圾分类检查 大家注意下",
    "有没有人拼团买{food}",
    "停车位又被占了",
    "明天上午消防检查",
    "业委会选举大家投票了吗",
    "楼下{place}打折",
    "有人捡到一把钥匙 放门卫了",
    "绿化带修剪了 好看多了",
]


# --------------------------------------------------------------------------- helpers per persona


def d(p: Persona, offset: int) -> date:
    return p.start + timedelta(days=offset)


def rand_pay_time(p: Persona, rng: random.Random, day: date) -> datetime:
    lo, hi = p.wake
    m = rng.randrange(lo + 20, min(hi, 1430) - 20)
    return datetime(day.year, day.month, day.day, tzinfo=CST) + timedelta(
        minutes=m, seconds=rng.randrange(60)
    )


def count_top(chats: list[Chat]) -> list[dict[str, object]]:
    counts = [(c.title, sum(1 for m in c.msgs if m.kind != "system")) for c in chats if not c.group]
    counts.sort(key=lambda x: (-x[1], x[0]))
    return [{"name": n, "messages": k} for n, k in counts[:3]]


def fill_group(
    p: Persona,
    rng: random.Random,
    chat: Chat,
    risky: str,
    others: list[str],
    n_rants: int,
    n_other: int,
    pools: list[tuple[list[str], float, str]],
) -> None:
    for text in rants(rng, n_rants):
        day = d(p, rng.randrange(p.days))
        lo, hi = p.wake
        t = wake_dt(p, day, rng.randrange(lo + 30, min(hi, 1420) - 30))
        chat.msgs.append(Msg(t, risky, False, "text", text))
        # somebody sometimes answers the rant
        if rng.random() < 0.35:
            chat.msgs.append(
                Msg(
                    t + timedelta(minutes=rng.randint(1, 9)),
                    rng.choice(others),
                    False,
                    "text",
                    style(
                        rng,
                        rng.choice(
                            [
                                "少说两句吧",
                                "群里别聊这个",
                                "又来了",
                                "老哥消消气",
                                "说得对但没用",
                                "撤回吧 这种话别发群里",
                                "[捂脸]",
                                "理性讨论",
                                "你小心点",
                            ]
                        ),
                    ),
                )
            )
    gen_sessions(p, rng, chat, n_other, pools, [*others, risky])


def finalize(p: Persona, gt: dict[str, object], encodings: dict[str, str]) -> None:
    texts = {path: data.decode(encodings.get(path, "utf-8-sig")) for path, data in p.files.items()}
    values = [v for v, _ in p.pii]
    for a in values:
        for b in values:
            if a != b and a in b:
                raise SystemExit(f"{p.pid}: pii value {a!r} is inside {b!r}")
    pii = []
    for path in sorted(texts):
        for value, etype in p.pii:
            if value in texts[path]:
                pii.append({"file": path, "entity_type": etype, "value": value})
    unused = [v for v in values if not any(e["value"] == v for e in pii)]
    if unused:
        raise SystemExit(f"{p.pid}: pii values never written: {unused}")
    out = {
        k: gt[k]
        for k in (
            "schema_version",
            "persona",
            "fictional",
            "independent",
            "description",
            "timezone",
            "user",
        )
    }
    out["pii"] = pii
    out["facts"] = gt["facts"]
    p.files["ground_truth.json"] = (json.dumps(out, ensure_ascii=False, indent=2) + "\n").encode(
        "utf-8"
    )


# --------------------------------------------------------------------------- persona 1: Shanghai, MemoTrace + Alipay + WeChat Pay + Timeline


def persona_lin() -> Persona:
    rng = random.Random(5001)
    p = Persona(
        "cn_lin_xiaowen",
        "林晓雯",
        "月亮不睡我不睡🌙",
        date(2024, 3, 1),
        92,
        (7 * 60 + 40, 24 * 60 + 20),
    )
    me_id = p.reg("CN_ID_CARD", cn_id("31010419930715284"))
    card = luhn("622202100112345678")
    p.reg("CN_BANK_CARD", spaced(card))
    for v in (
        "林晓雯",
        "许哲",
        "阿哲",
        "佳佳",
        "王姐",
        "孙丽华",
        "王静",
        "林国平",
        "张婷婷",
        "陈昊",
        "刘卫东",
        "何佳",
    ):
        p.reg("PERSON", v)
    p.reg("PHONE_NUMBER", "139 1742 6650")
    p.reg("PHONE_NUMBER", "+86 13917426650")
    p.reg("PHONE_NUMBER", "138-0172-5566")
    p.reg("EMAIL_ADDRESS", "lin.xiaowen93@example.com")
    p.reg("EMAIL_ADDRESS", "chenhao.design@example.com")
    p.reg("ADDRESS", "上海市徐汇区田林东路188弄12号602室")
    p.reg("ADDRESS", "188弄12-602")
    p.reg("ADDRESS", "田林东路188弄9号1单元301")
    p.reg("LICENSE_PLATE", "沪A·5K2R7")
    p.reg("LICENSE_PLATE", "沪AD36218")
    p.reg("WECHAT_ID", "zhang_tingting0412")
    p.reg("QQ_NUMBER", "2874519360")
    p.reg("CN_PASSPORT", "E67283914")
    for wxid in (
        "wxid_4k2m9zhe1990",
        "wxid_h7tang52yuese",
        "jiajia_rich88",
        "wxid_wj0pd3sign",
        "wxid_shanshui1962",
    ):
        p.reg("WECHAT_ID", wxid)

    zhe = Chat("阿哲", "zzz.", "wxid_4k2m9zhe1990", False)
    mom = Chat("妈妈", "荷塘月色", "wxid_h7tang52yuese", False)
    jia = Chat("佳佳", "佳佳要暴富", "jiajia_rich88", False)
    wang = Chat("王姐", "Jing🌿", "wxid_wj0pd3sign", False)
    dad = Chat("爸爸", "山水有情", "wxid_shanshui1962", False)
    grp = Chat("田林东路188弄业主群", "田林东路188弄业主群", "20871634521@chatroom", True)

    gen_sessions(p, rng, zhe, 400, [(PARTNER, 3, "both"), (GENERIC, 3, "both")], ["阿哲"])
    gen_sessions(p, rng, mom, 250, [(MOM, 4, "them"), (GENERIC, 2, "both")], ["妈妈"])
    gen_sessions(p, rng, jia, 240, [(FRIEND, 3, "both"), (GENERIC, 2, "both")], ["佳佳"])
    gen_sessions(p, rng, wang, 120, [(COLLEAGUE, 4, "both"), (GENERIC, 1, "both")], ["王姐"])
    gen_sessions(p, rng, dad, 60, [(DAD, 3, "them"), (GENERIC, 1, "me")], ["爸爸"])
    script(p, grp, d(p, 0), "20:05", [("sys", '"刘卫东"邀请你加入了群聊')])
    fill_group(
        p,
        rng,
        grp,
        "刘卫东",
        ["🌸花开富贵", "晨跑的猫", "物业客服"],
        66,
        150,
        [(NEIGHBOR, 3, "both"), (GENERIC, 1, "both")],
    )

    # planted identifiers, across messages and shapes
    script(
        p,
        mom,
        d(p, 6),
        "21:12",
        [
            ("妈妈", "你身份证号发我一下 给你买那个百万医疗险要填"),
            ("me", "等下 在找"),
            ("me", me_id),
            ("妈妈", "好 受益人写你爸 林国平 对吧"),
            ("me", "嗯"),
        ],
    )
    script(
        p,
        mom,
        d(p, 19),
        "19:40",
        [("妈妈", "你爸新车上牌了 沪A·5K2R7 他得意死了[呲牙]"), ("me", "哈哈哈 让他开慢点")],
    )
    script(
        p,
        mom,
        d(p, 33),
        "12:10",
        [("妈妈", "许哲那孩子最近还好吧 五一带他回来吃饭"), ("me", "好 我问问阿哲")],
    )
    script(
        p,
        jia,
        d(p, 3),
        "22:31",
        [("me", "我换号了 新号139 1742 6650 存一下哈"), ("佳佳", "ok存了")],
    )
    script(
        p,
        jia,
        d(p, 27),
        "13:02",
        [
            ("佳佳", "上次跟你说的那个张婷婷 就是做插画的"),
            ("佳佳", "她微信号zhang_tingting0412 你加一下 说是我朋友"),
            ("me", "好嘞"),
        ],
    )
    script(
        p,
        zhe,
        d(p, 10),
        "18:20",
        [
            ("阿哲", "快递地址写上海市徐汇区田林东路188弄12号602室 对吧"),
            ("me", "对 收件人林晓雯 电话写我的"),
        ],
    )
    script(
        p,
        zhe,
        d(p, 41),
        "09:15",
        [("阿哲", "我qq2874519360 视频太大了微信传不了"), ("me", "行 晚上传你")],
    )
    script(
        p,
        zhe,
        d(p, 55),
        "17:48",
        [("阿哲", "帮我小区门口登记一下访客车"), ("阿哲", "沪AD36218"), ("me", "登了")],
    )
    script(
        p,
        wang,
        d(p, 14),
        "10:05",
        [("王姐", "报销要银行卡号 发我一下"), ("me", f"{spaced(card)} 招行的")],
    )
    script(
        p,
        wang,
        d(p, 48),
        "15:30",
        [
            (
                "王姐",
                "客户那边新的对接人叫陈昊\n邮箱 chenhao.design@example.com\n你直接发他 抄送我",
            ),
            ("me", "收到"),
        ],
    )
    script(
        p,
        wang,
        d(p, 62),
        "11:20",
        [("王姐", "团建要买保险 手机号报一下"), ("me", "+86 13917426650")],
    )
    script(
        p,
        dad,
        d(p, 70),
        "20:30",
        [
            ("me", "爸 你护照号码发我 我订去大阪的机票"),
            ("爸爸", "<img>"),
            ("爸爸", "E67283914"),
            ("me", "好了 订好了"),
        ],
    )
    script(
        p,
        grp,
        d(p, 22),
        "08:40",
        [
            (
                "🌸花开富贵",
                "我家橘猫跑丢了 黄色的 脖子上有铃铛 看到的联系我138-0172-5566 谢谢大家🙏",
            ),
            ("晨跑的猫", "帮转"),
        ],
    )
    script(
        p,
        grp,
        d(p, 50),
        "19:10",
        [
            ("晨跑的猫", "谁拿错快递了 地址田林东路188弄9号1单元301的 放回快递柜好吗"),
            ("物业客服", "已联系快递员"),
        ],
    )

    # health (user): anxiety/depression treatment, over weeks
    script(
        p,
        zhe,
        d(p, 4),
        "23:05",
        [("me", "又睡不着 心慌得厉害"), ("阿哲", "要不明天去看看医生吧 别硬扛")],
    )
    script(
        p,
        zhe,
        d(p, 12),
        "18:40",
        [
            ("me", "今天去精卫中心了 医生说是焦虑症 有点抑郁倾向"),
            ("阿哲", "没事的 我陪你"),
            ("me", "开了舍曲林 说先吃两周看看"),
        ],
    )
    script(
        p, zhe, d(p, 26), "22:10", [("阿哲", "药吃了没"), ("me", "吃了 就是有点恶心 医生说正常")]
    )
    script(
        p,
        jia,
        d(p, 38),
        "21:00",
        [("me", "咨询师让我每天写情绪日记"), ("佳佳", "写了有用吗"), ("me", "好像能睡着一点了")],
    )
    script(
        p,
        zhe,
        d(p, 60),
        "19:30",
        [("me", "复诊完了 舍曲林加到一片半"), ("阿哲", "辛苦了宝 今晚吃好的")],
    )
    script(
        p,
        jia,
        d(p, 80),
        "22:45",
        [("me", "最近惊恐又发作了一次 在地铁上 吓死"), ("佳佳", "抱抱 下次直接给我打电话")],
    )
    # politics (user): party member
    script(
        p,
        wang,
        d(p, 9),
        "13:30",
        [("王姐", "下午支部学习 三楼会议室 别忘了"), ("me", "记得的 学习笔记我还没写")],
    )
    script(p, wang, d(p, 40), "10:10", [("王姐", "这季度党费交了吗"), ("me", "交了 微信上交的")])
    script(
        p,
        dad,
        d(p, 29),
        "20:10",
        [("爸爸", "你们支部组织生活会开了没 要好好表现"), ("me", "开了 我还发言了")],
    )
    script(p, jia, d(p, 66), "12:30", [("me", "学习强国积分又掉了 要被书记点名了[捂脸]")])
    # gaming (user)
    script(
        p,
        jia,
        d(p, 15),
        "23:10",
        [("me", "原神新版本我抽到芙宁娜了！！"), ("佳佳", "欧皇"), ("me", "花了我648 心在滴血")],
    )
    script(
        p,
        zhe,
        d(p, 47),
        "22:20",
        [("阿哲", "你又在打原神 说好十二点睡呢"), ("me", "就把深渊打完 马上")],
    )
    script(p, jia, d(p, 73), "20:40", [("me", "星穹铁道也入坑了 完蛋")])
    # religion distractor: mother's, not the user's
    script(
        p,
        mom,
        d(p, 24),
        "16:00",
        [("妈妈", "我和你姨去玉佛寺烧香了 给你求了个平安符"), ("me", "好 你们开心就好")],
    )
    script(p, mom, d(p, 58), "09:30", [("妈妈", "初一了 我去庙里拜拜 你不用管")])

    # shared locations (MemoTrace Type 48: XML, x = latitude, y = longitude)
    for off, hhmm, who, (lat, lon), label, poi in (
        (17, "18:52", "阿哲", (31.2200, 121.4750), "上海市黄浦区新天地", "新天地"),
        (53, "12:31", "me", (31.1950, 121.4370), "上海市徐汇区徐家汇", "徐家汇地铁站"),
    ):
        day = d(p, off)
        h, mi = (int(x) for x in hhmm.split(":"))
        xml = f'<?xml version="1.0"?>\n<msg>\n\t<location x="{lat:.6f}" y="{lon:.6f}" scale="16" label="{label}" maptype="roadmap" poiname="{poi}" poiid="" />\n</msg>'
        zhe.msgs.append(
            Msg(
                datetime(day.year, day.month, day.day, h, mi, 14, tzinfo=CST),
                p.me_nick if who == "me" else who,
                who == "me",
                "location",
                xml,
            )
        )
    script(p, zhe, d(p, 17), "18:53", [("阿哲", "到这来 我在门口")])

    # payments ---------------------------------------------------------
    ali: list[Pay] = []
    wx: list[Pay] = []
    for m in range(3):
        mon = 3 + m
        ali.append(
            Pay(
                datetime(2024, mon, 10, 10, 2, 31, tzinfo=CST),
                "转账红包",
                "上海澜图信息科技有限公司",
                "代发工资",
                "收入",
                18650.00,
                "余额",
                "交易成功",
                "/",
                f"{mon - 1 if mon > 1 else 12}月工资",
            )
        )
        ali.append(
            Pay(
                datetime(2024, mon, 2, 20, 15, tzinfo=CST),
                "转账红包",
                "*建明",
                "房租",
                "支出",
                6200.00,
                "招商银行储蓄卡(5678)",
                "交易成功",
                "chen***@example.net",
                "房租 188弄12-602",
            )
        )
        ali.append(
            Pay(
                datetime(2024, mon, 12, 19, 3, tzinfo=CST),
                "转账红包",
                "孙丽华",
                "转账",
                "支出",
                1000.00,
                "余额宝",
                "交易成功",
                "138******27",
                "妈 零花钱",
            )
        )
        wx.append(
            Pay(
                datetime(2024, mon, 18, 12, 40, tzinfo=CST),
                "商户消费",
                "中共上海澜图信息科技有限公司支部委员会",
                f"{mon}月党费",
                "支出",
                93.25,
                "零钱",
                "支付成功",
            )
        )
    for k, day in enumerate([8, 22, 36, 50, 64, 78, 89]):
        ali.append(
            Pay(
                rand_pay_time(p, rng, d(p, day)),
                "医疗健康",
                "上海市精神卫生中心",
                "门诊缴费-精神科",
                "支出",
                round(rng.uniform(60, 260), 2),
                "招商银行储蓄卡(5678)",
                "交易成功",
            )
        )
        if k % 2 == 0:
            ali.append(
                Pay(
                    rand_pay_time(p, rng, d(p, day + 1)),
                    "医疗健康",
                    "叮当快药",
                    "盐酸舍曲林片 50mg*14片",
                    "支出",
                    46.80,
                    "余额宝",
                    "交易成功",
                )
            )
    for day in (5, 15, 31, 44, 59, 74, 86):
        ali.append(
            Pay(
                rand_pay_time(p, rng, d(p, day)),
                "文化休闲",
                "米哈游",
                rng.choice(["原神-创世结晶", "原神-空月祝福", "崩坏：星穹铁道-古老梦华"]),
                "支出",
                rng.choice([30.00, 68.00, 128.00, 328.00, 648.00]),
                "余额宝",
                "交易成功",
            )
        )
    ali.append(
        Pay(
            datetime(2024, 4, 14, 13, 20, tzinfo=CST),
            "转账红包",
            "王静",
            "聚餐AA",
            "支出",
            128.50,
            "余额",
            "交易成功",
            "138******61",
        )
    )
    ali.append(
        Pay(
            datetime(2024, 5, 3, 18, 2, tzinfo=CST),
            "转账红包",
            "许哲",
            "转账",
            "支出",
            520.00,
            "余额",
            "交易成功",
            "xuz***@example.net",
            "520快乐",
        )
    )
    merchants = [
        ("餐饮美食", "饿了么", "外卖订单"),
        ("交通出行", "滴滴出行", "快车"),
        ("交通出行", "上海地铁", "地铁乘车"),
        ("日用百货", "盒马鲜生", "盒马订单"),
        ("充值缴费", "中国移动", "话费充值"),
        ("服饰装扮", "淘宝店铺-小众女装", "衬衫女"),
        ("餐饮美食", "肯德基", "早餐套餐"),
        ("日用百货", "屈臣氏", "洗面奶"),
    ]
    for _ in range(110):
        cat, party, prod = rng.choice(merchants)
        ali.append(
            Pay(
                rand_pay_time(p, rng, d(p, rng.randrange(p.days))),
                cat,
                party,
                prod,
                "支出",
                round(rng.uniform(4, 180), 2),
                rng.choice(["余额宝", "花呗", "招商银行储蓄卡(5678)"]),
                "交易成功",
            )
        )
    wxm = [
        ("商户消费", "瑞幸咖啡", "生椰拿铁"),
        ("商户消费", "喜茶", "多肉葡萄"),
        ("扫二维码付款", "菜场-老张蔬菜", "收款方备注:二维码收款"),
        ("商户消费", "美团", "美团外卖订单"),
        ("商户消费", "全家FamilyMart", "便利店消费"),
        ("扫二维码付款", "楼下水果店", "收款方备注:二维码收款"),
    ]
    for _ in range(90):
        cat, party, prod = rng.choice(wxm)
        wx.append(
            Pay(
                rand_pay_time(p, rng, d(p, rng.randrange(p.days))),
                cat,
                party,
                prod,
                "支出",
                round(rng.uniform(6, 60), 2),
                rng.choice(["零钱", "招商银行(5678)"]),
                "支付成功",
            )
        )
    wx.append(
        Pay(
            datetime(2024, 4, 20, 21, 5, tzinfo=CST),
            "转账",
            "何佳",
            "转账备注:微信转账",
            "收入",
            88.00,
            "/",
            "已收钱",
        )
    )
    wx.append(
        Pay(
            datetime(2024, 3, 28, 19, 30, tzinfo=CST),
            "微信红包",
            "荷塘月色",
            "/",
            "收入",
            200.00,
            "/",
            "已存入零钱",
        )
    )

    base = "data/聊天记录"
    for c in (zhe, mom, jia, wang, dad, grp):
        p.files[f"{base}/{c.title}/{c.title}_utf8.csv"] = memotrace_csv(p, c)
    ali_path = "alipay_record_20240601_101352_1.csv"
    p.files[ali_path] = alipay_csv(p, ali, "林晓雯", "lin.xiaowen93@example.com", rng)
    p.files["微信支付账单(20240301-20240531).csv"] = wechatpay_csv(p, wx, p.me_nick, rng)
    home, work = (31.174520, 121.430510), (31.203100, 121.595200)
    p.files["Timeline.json"] = timeline_json(
        p,
        rng,
        home,
        work,
        (9 * 60 + 30, 18 * 60 + 30),
        [(31.1950, 121.4370), (31.2200, 121.4750), (31.1560, 121.4700)],
    )

    gt: dict[str, object] = {
        "schema_version": 1,
        "persona": p.pid,
        "fictional": True,
        "independent": True,
        "description": "林晓雯, 30, UX designer in Zhangjiang (Pudong), rents a flat in Xuhui; boyfriend 许哲, Shanghai. WeChat via MemoTrace CSV, Alipay (GBK) and WeChat Pay bills, Android on-device Google Timeline.",
        "timezone": "Asia/Shanghai",
        "user": {
            "names": ["林晓雯", "月亮不睡我不睡🌙"],
            "phones": ["139 1742 6650", "+86 13917426650"],
            "emails": ["lin.xiaowen93@example.com"],
            "handles": ["月亮不睡我不睡🌙"],
        },
        "facts": {
            "home": {
                "lat": home[0],
                "lon": home[1],
                "radius_m": 300,
                "address": "上海市徐汇区田林东路188弄12号602室",
                "city": "上海",
            },
            "work": {
                "lat": work[0],
                "lon": work[1],
                "radius_m": 300,
                "employer": "上海澜图信息科技有限公司",
            },
            "sleep_window": {"start": "00:30", "end": "07:30", "tolerance_min": 60},
            "top_contacts": count_top([zhe, mom, jia, wang, dad, grp]),
            "relationships": [
                {"name": "阿哲", "relationship": "partner", "full_name": "许哲"},
                {"name": "妈妈", "relationship": "mother", "full_name": "孙丽华"},
                {"name": "爸爸", "relationship": "father", "full_name": "林国平"},
                {"name": "佳佳", "relationship": "close friend", "full_name": "何佳"},
                {"name": "王姐", "relationship": "colleague", "full_name": "王静"},
            ],
            "religion": {"value": False},
            "health": {
                "value": "anxiety disorder with depressive symptoms, treated with sertraline (舍曲林) at 上海市精神卫生中心"
            },
            "politics": {"value": "中共党员 (Communist Party member: 支部学习, 党费, 学习强国)"},
            "financial_stress": {"value": False},
            "gambling": {"value": False},
            "gaming": {"value": True},
            "salary": {
                "amount": "18650.00",
                "currency": "CNY",
                "payer": "上海澜图信息科技有限公司",
                "period": "monthly",
            },
            "risky_contact": {
                "name": "刘卫东",
                "why": "posts 60+ angry political rants in the group 田林东路188弄业主群",
            },
        },
    }
    finalize(p, gt, {ali_path: "gbk"})
    return p


# --------------------------------------------------------------------------- persona 2: Shenzhen, PyWxDump + WeChat Pay + Records.json + TikTok

WIFE = [
    "几点回来",
    "儿子家长会你去还是我去",
    "饭做好了 {food}",
    "房贷这个月扣了没",
    "电费该交了 别又忘了",
    "你少抽点烟",
    "明天你接儿子 我加班",
    "钱又不够了 你那边还有多少",
    "你又去哪了 电话也不接",
    "我妈下周过来住几天",
    "儿子天天打王者荣耀 你管管他",
    "超市{thing}打折 买了两包",
    "空调滴水了 找人来修一下",
    "路上慢点 下雨",
    "吃了没",
    "今天累不累",
    "给你留了饭 在锅里",
    "儿子考试考了九十二 奖励他个{food}",
    "别喝酒了 明天还要出车",
    "物业费催了",
    "早点回来",
]
BUDDY = [
    "出来喝两杯",
    "宵夜走起 老地方",
    "今晚踢球不",
    "下午去水库钓鱼",
    "那谁欠我的钱还没还",
    "兄弟够意思",
    "我到楼下了",
    "车借我开两天",
    "{food}整起",
    "最近忙不忙",
    "周末有局 来不来",
    "烟带两包",
    "刚收车 累死",
    "明天再说",
    "你嫂子又在念叨",
    "我跟你说个事 电话说",
]
BROTHER = [
    "哥 在忙不",
    "妈最近身体咋样",
    "周末回老家不",
    "我这边换工作了 工资还行",
    "嫂子生日快到了吧",
    "给妈打点钱吧 我这月打了",
    "侄子暑假来我这玩几天呗",
    "老家房子要修 你出多少",
    "过年怎么安排",
    "你那车还开着？",
    "天热 注意点",
]
MOM2 = [
    "吃饭没",
    "家里都好 不用挂念",
    "孙子暑假回来住几天吧",
    "天热 别中暑了",
    "开车慢点",
    "少喝点酒",
    "媳妇对你好 你也要对她好",
    "腰还疼不疼",
    "老家房子漏水了 你弟说找人修",
    "村里修路了 好走多了",
    "给你寄了腊肠 收到没",
    "晒了点菜干 回来拿",
]
DISPATCH = [
    "明早六点装车 别迟到",
    "东莞那趟改到下午了",
    "高速又堵死了 晚点到",
    "回单拍照发我",
    "油卡充了没",
    "车胎要换了 报一下",
    "这车货有点超 小心点",
    "今天跑了三趟 累趴",
    "加一单惠州 能接不",
    "仓库叉车又坏了 等着",
    "卸完了 回场",
    "明天休息 别排我",
    "ETC又扣费失败了",
    "收到 马上走",
    "到厂门口了 保安不让进",
    "排到几号了",
]
OLDTOWN = [
    "今晚谁组局",
    "老家的{food}还是最正宗",
    "坂田这边租房涨了",
    "有没有人回老家 捎点东西",
    "谁家小孩要上学 问问学位",
    "大家中秋回不回",
    "最近厂里招人 有要去的吗",
    "早上好",
    "下雨了 开车注意",
    "这天热得要命",
]


def persona_chen() -> Persona:
    rng = random.Random(5002)
    p = Persona(
        "cn_chen_zhiqiang", "陈志强", "路在脚下", date(2024, 6, 1), 92, (5 * 60 + 40, 22 * 60 + 20)
    )
    idn = cn_id("44030719860412371")
    id_spaced = f"{idn[:6]} {idn[6:14]} {idn[14:]}"
    p.reg("CN_ID_CARD", id_spaced)
    card = luhn("622848040256489001")
    p.reg("CN_BANK_CARD", card)
    for v in ("陈志强", "阿峰", "小刘", "郑峰", "黄美玲", "陈志伟", "黄建国", "马志军", "阿珍"):
        p.reg("PERSON", v)
    p.reg("PHONE_NUMBER", "137-2288-4910")
    p.reg("PHONE_NUMBER", "+8613722884910")
    p.reg("PHONE_NUMBER", "0755-28714466")
    p.reg("PHONE_NUMBER", "186 2039 5512")
    p.reg("EMAIL_ADDRESS", "meiling.huang@example.org")
    p.reg("EMAIL_ADDRESS", "chenzq1986@example.net")
    p.reg("ADDRESS", "深圳市龙岗区坂田街道吉华苑3栋2单元1104室")
    p.reg("ADDRESS", "吉华苑3-2-1104")
    p.reg("LICENSE_PLATE", "粤B 7H2Q9")
    p.reg("LICENSE_PLATE", "粤BDF8821")
    p.reg("WECHAT_ID", "hg_dl8866")
    p.reg("USERNAME", "chen.zq_sz")
    p.reg("USERNAME", "afeng_88")
    p.reg("IP_ADDRESS", "203.0.113.45")
    wxids = {
        "老婆": "wxid_meiling0521",
        "阿峰": "wxid_afeng7788",
        "弟弟": "wxid_czw19890903",
        "妈": "wxid_lxy_1961",
        "调度小刘": "liuxd_pengyun",
    }
    for v in wxids.values():
        p.reg("WECHAT_ID", v)

    wife = Chat("老婆", "美美", wxids["老婆"], False)
    feng = Chat("阿峰", "峰", wxids["阿峰"], False)
    bro = Chat("弟弟", "伟", wxids["弟弟"], False)
    mom = Chat("妈", "平安", wxids["妈"], False)
    liu = Chat("调度小刘", "小刘-鹏运调度", wxids["调度小刘"], False)
    grp = Chat("坂田老乡群", "坂田老乡群", "38420199877@chatroom", True)
    gen_sessions(p, rng, wife, 380, [(WIFE, 4, "them"), (GENERIC, 2, "both")], ["老婆"])
    gen_sessions(p, rng, feng, 250, [(BUDDY, 4, "both"), (GENERIC, 1, "both")], ["阿峰"])
    gen_sessions(p, rng, liu, 190, [(DISPATCH, 4, "both")], ["调度小刘"])
    gen_sessions(p, rng, bro, 130, [(BROTHER, 3, "both"), (GENERIC, 1, "both")], ["弟弟"])
    gen_sessions(p, rng, mom, 90, [(MOM2, 4, "them"), (GENERIC, 1, "me")], ["妈"])
    script(
        p,
        grp,
        d(p, 0),
        "19:00",
        [("sys", '"马志军"邀请你加入了群聊，群聊参与人还有：黄建国、阿珍')],
    )
    fill_group(
        p,
        rng,
        grp,
        "黄建国",
        ["马志军", "阿珍"],
        70,
        150,
        [(OLDTOWN, 3, "both"), (GENERIC, 1, "both")],
    )

    script(
        p,
        liu,
        d(p, 2),
        "07:10",
        [
            ("调度小刘", "新来的保险要登记 身份证号发一下"),
            ("me", id_spaced),
            ("调度小刘", "电话呢"),
            ("me", "137-2288-4910"),
        ],
    )
    script(p, liu, d(p, 9), "06:20", [("me", "粤B 7H2Q9今天限行不"), ("调度小刘", "不限 走吧")])
    script(p, liu, d(p, 30), "16:45", [("调度小刘", "有事打场里座机0755-28714466 我手机没电了")])
    script(
        p,
        wife,
        d(p, 5),
        "20:10",
        [
            ("老婆", "快递地址改成深圳市龙岗区坂田街道吉华苑3栋2单元1104室 收件人写黄美玲"),
            ("me", "好"),
        ],
    )
    script(
        p,
        wife,
        d(p, 21),
        "12:30",
        [("老婆", "报销发票让他们发我邮箱meiling.huang@example.org"), ("me", "行")],
    )
    script(
        p,
        wife,
        d(p, 44),
        "18:05",
        [("老婆", "我车粤BDF8821违章了 是不是你开的"), ("me", "上周借开了一下[捂脸]")],
    )
    script(p, mom, d(p, 12), "10:00", [("妈", "腊肠寄到你那 吉华苑3-2-1104 对吧"), ("me", "对")])
    script(p, mom, d(p, 40), "09:15", [("妈", "陈志伟说他下个月结婚 你当哥的要帮衬")])
    script(
        p,
        feng,
        d(p, 16),
        "21:30",
        [("阿峰", "钱打这张卡"), ("阿峰", f"{card} 农行 户名郑峰"), ("me", "明天发工资给你")],
    )
    script(
        p,
        feng,
        d(p, 24),
        "20:50",
        [
            ("阿峰", "加这个代理\nhg_dl8866\n说是我介绍的 能先上分后给钱"),
            ("me", "靠谱吗"),
            ("阿峰", "我玩了半年了"),
        ],
    )
    script(
        p,
        grp,
        d(p, 33),
        "12:15",
        [("阿珍", "收二手电动车 有意者电话186 2039 5512"), ("马志军", "问问价")],
    )
    script(
        p,
        wife,
        d(p, 62),
        "21:10",
        [("老婆", "陈志强！电话也不接 你是不是又跟阿峰出去了？？"), ("me", "没有 加班")],
    )

    # gambling + financial stress (user), spread over the summer
    script(p, feng, d(p, 8), "21:40", [("阿峰", "今晚百家乐 跟不跟"), ("me", "跟 上次输的要回来")])
    script(
        p,
        feng,
        d(p, 19),
        "22:05",
        [("me", "昨晚又输了八千 手太黑了"), ("阿峰", "下把稳 庄连了五把")],
    )
    script(p, feng, d(p, 35), "19:20", [("阿峰", "下周去澳门不 包车去"), ("me", "去 请两天假")])
    script(
        p,
        feng,
        d(p, 52),
        "21:00",
        [("me", "这个月全输光了 房贷都不够"), ("阿峰", "再上一把就回本")],
    )
    script(
        p,
        feng,
        d(p, 78),
        "20:30",
        [("me", "代理那边又让我充值 说账户冻结要交解冻金"), ("阿峰", "别管 先充")],
    )
    script(
        p,
        bro,
        d(p, 28),
        "20:00",
        [
            ("me", "弟 能不能先借我五千 下个月还你"),
            ("弟弟", "哥你上次那三千还没还呢"),
            ("me", "这次一定"),
        ],
    )
    script(
        p,
        bro,
        d(p, 66),
        "19:30",
        [("弟弟", "催收打电话到我这了！你信用卡怎么回事"), ("me", "逾期了几天 别理他们")],
    )
    script(
        p,
        wife,
        d(p, 47),
        "21:15",
        [("老婆", "借呗又来短信了 你到底借了多少"), ("me", "就几万 会还的")],
    )
    script(
        p,
        wife,
        d(p, 85),
        "20:40",
        [("老婆", "房贷扣款失败了！！你卡里怎么没钱"), ("me", "明天想办法")],
    )
    # distractors about other people
    script(p, mom, d(p, 18), "08:30", [("妈", "初一去拜了妈祖 保佑你们平安")])
    script(p, mom, d(p, 55), "11:00", [("妈", "我那个高血压的药又吃完了 你弟帮我买了")])

    wx: list[Pay] = []
    for mon in (6, 7, 8):
        wx.append(
            Pay(
                datetime(2024, mon, 15, 14, 2, 11, tzinfo=CST),
                "转账",
                "深圳市鹏运物流有限公司",
                f"转账备注:{mon - 1}月工资",
                "收入",
                8200.00,
                "/",
                "已存入零钱",
            )
        )
        wx.append(
            Pay(
                datetime(2024, mon, 20, 9, 1, 5, tzinfo=CST),
                "微粒贷还款",
                "微众银行",
                "微粒贷还款",
                "支出",
                2316.40,
                "零钱",
                "支付成功",
            )
        )
        wx.append(
            Pay(
                datetime(2024, mon, 25, 12, 30, 44, tzinfo=CST),
                "信用卡还款",
                "招商银行",
                "信用卡还款",
                "/",
                1500.00,
                "零钱",
                "支付成功",
            )
        )
    for day in (8, 9, 19, 24, 25, 35, 37, 52, 53, 60, 71, 78, 79, 88):
        t = datetime.combine(d(p, day), datetime.min.time(), tzinfo=CST) + timedelta(
            hours=21, minutes=rng.randrange(70), seconds=rng.randrange(60)
        )
        if rng.random() < 0.5:
            wx.append(
                Pay(
                    t,
                    "转账",
                    "阿峰",
                    "转账备注:微信转账",
                    "支出",
                    rng.choice([2000.00, 3000.00, 5000.00, 1500.00]),
                    "零钱",
                    "朋友已收钱",
                )
            )
        else:
            wx.append(
                Pay(
                    t,
                    "扫二维码付款",
                    rng.choice(["鑫鑫商贸", "个人收款码-L", "恒盛百货"]),
                    "收款方备注:二维码收款",
                    "支出",
                    rng.choice([1000.00, 2000.00, 3000.00, 5000.00]),
                    "零钱",
                    "支付成功",
                )
            )
    for day in (26, 80):
        t = datetime.combine(d(p, day), datetime.min.time(), tzinfo=CST) + timedelta(
            hours=20, minutes=rng.randrange(60)
        )
        wx.append(
            Pay(
                t,
                "转账",
                "阿峰",
                "转账备注:微信转账",
                "收入",
                rng.choice([6000.00, 4000.00]),
                "/",
                "已收钱",
            )
        )
    wm = [
        ("商户消费", "中国石化", "加油"),
        ("商户消费", "美团", "美团外卖订单"),
        ("扫二维码付款", "潮汕牛肉火锅", "收款方备注:二维码收款"),
        ("商户消费", "7-Eleven", "便利店消费"),
        ("扫二维码付款", "菜市场-阿坤猪肉", "收款方备注:二维码收款"),
        ("商户消费", "深圳通", "地铁乘车"),
        ("商户消费", "拼多多", "拼多多平台商户"),
    ]
    for _ in range(150):
        cat, party, prod = rng.choice(wm)
        wx.append(
            Pay(
                rand_pay_time(p, rng, d(p, rng.randrange(p.days))),
                cat,
                party,
                prod,
                "支出",
                round(rng.uniform(5, 320 if party == "中国石化" else 90), 2),
                rng.choice(["零钱", "建设银行(4471)"]),
                "支付成功",
            )
        )

    for c in (wife, feng, bro, mom, liu, grp):
        p.files[f"csv/{c.title}/{c.title}_0_5000.csv"] = pywxdump_csv(p, c, rng)
    p.files["微信支付账单(20240601-20240831).csv"] = wechatpay_csv(p, wx, p.me_nick, rng)
    home, work = (22.633050, 114.068210), (22.672040, 113.819330)
    p.files["Takeout/Location History (Timeline)/Records.json"] = records_json(
        p,
        rng,
        home,
        work,
        (6 * 60 + 40, 17 * 60),
        [(22.5430, 114.0580), (22.6090, 114.0300), (22.7200, 114.2470)],
    )

    def tk(dt: datetime) -> str:
        return dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")

    dms = []
    for k, (who, text) in enumerate(
        [
            ("afeng_88", "这个视频就是那个澳门的场子"),
            ("chen.zq_sz", "看着挺大"),
            ("afeng_88", "下次带你去"),
            ("chen.zq_sz", "好"),
            ("afeng_88", "刷到个教打牌的 发你"),
            ("chen.zq_sz", "哈哈 收到"),
            ("afeng_88", "今晚来不来"),
            ("chen.zq_sz", "看情况"),
        ]
    ):
        t = datetime.combine(d(p, 6 + 9 * k), datetime.min.time(), tzinfo=CST) + timedelta(
            hours=18, minutes=7 * k
        )
        dms.append({"Date": tk(t), "From": who, "Content": text})
    videos = [
        {
            "Date": tk(
                datetime.combine(d(p, k // 4), datetime.min.time(), tzinfo=CST)
                + timedelta(hours=19, minutes=(k % 4) * 11)
            ),
            "Link": f"https://www.tiktokv.com/share/video/73{rng.randrange(10**17):017d}/",
        }
        for k in range(300)
    ]
    tiktok = {
        "Activity": {
            "Login History": {
                "LoginHistoryList": [
                    {
                        "Date": tk(datetime(2024, 6, 3, 19, 5, tzinfo=CST)),
                        "IP": "203.0.113.45",
                        "DeviceModel": "Redmi Note 12",
                        "DeviceSystem": "Android 13",
                        "NetworkType": "4G",
                        "Carrier": "China Mobile",
                    },
                    {
                        "Date": tk(datetime(2024, 7, 14, 20, 12, tzinfo=CST)),
                        "IP": "203.0.113.45",
                        "DeviceModel": "Redmi Note 12",
                        "DeviceSystem": "Android 13",
                        "NetworkType": "Wi-Fi",
                        "Carrier": "China Mobile",
                    },
                ]
            },
            "Video Browsing History": {"VideoList": list(reversed(videos))},
        },
        "Direct Messages": {
            "Chat History": {"ChatHistory": {"Chat History with afeng_88:": list(reversed(dms))}}
        },
        "Profile": {
            "Profile Information": {
                "ProfileMap": {
                    "bioDescription": "跑车的 天天在路上🚚",
                    "birthDate": "12-Apr-1986",
                    "emailAddress": "chenzq1986@example.net",
                    "followerCount": 37,
                    "followingCount": 212,
                    "likesReceived": 95,
                    "telephoneNumber": "+8613722884910",
                    "userName": "chen.zq_sz",
                }
            }
        },
    }
    p.files["user_data.json"] = json.dumps(tiktok, ensure_ascii=False, indent=2).encode("utf-8")

    gt: dict[str, object] = {
        "schema_version": 1,
        "persona": p.pid,
        "fictional": True,
        "independent": True,
        "description": "陈志强, 38, truck driver for a logistics park in Fuyong (Bao'an), lives with wife and son in Bantian (Longgang), Shenzhen. Gambles online and in Macau with a friend, behind on loans. WeChat via PyWxDump CSV, WeChat Pay bill, Google Takeout Records.json, TikTok user_data.json (dates UTC).",
        "timezone": "Asia/Shanghai",
        "user": {
            "names": ["陈志强", "路在脚下"],
            "phones": ["137-2288-4910", "+8613722884910"],
            "emails": ["chenzq1986@example.net"],
            "handles": ["路在脚下", "chen.zq_sz"],
        },
        "facts": {
            "home": {
                "lat": home[0],
                "lon": home[1],
                "radius_m": 300,
                "address": "深圳市龙岗区坂田街道吉华苑3栋2单元1104室",
                "city": "深圳",
            },
            "work": {
                "lat": work[0],
                "lon": work[1],
                "radius_m": 300,
                "employer": "深圳市鹏运物流有限公司",
            },
            "sleep_window": {"start": "22:30", "end": "05:30", "tolerance_min": 60},
            "top_contacts": count_top([wife, feng, bro, mom, liu, grp]),
            "relationships": [
                {"name": "老婆", "relationship": "wife", "full_name": "黄美玲"},
                {"name": "弟弟", "relationship": "brother", "full_name": "陈志伟"},
                {"name": "妈", "relationship": "mother", "full_name": "李秀英"},
                {"name": "阿峰", "relationship": "close friend", "full_name": "郑峰"},
                {"name": "调度小刘", "relationship": "colleague", "full_name": "刘晓东"},
            ],
            "religion": {"value": False},
            "health": {"value": False},
            "politics": {"value": False},
            "financial_stress": {"value": True},
            "gambling": {"value": True},
            "gaming": {"value": False},
            "salary": {
                "amount": "8200.00",
                "currency": "CNY",
                "payer": "深圳市鹏运物流有限公司",
                "period": "monthly",
            },
            "risky_contact": {
                "name": "黄建国",
                "why": "posts 60+ angry political rants in the group 坂田老乡群",
            },
        },
    }
    finalize(p, gt, {})
    return p


# --------------------------------------------------------------------------- persona 3: Chengdu, wechat-dump + Telegram + Alipay + X archive

GF = [
    "下班没",
    "你又在改bug吗",
    "{time}去吃{food}",
    "玉林路那家{food}排好长",
    "周末去{place}逛逛",
    "想你",
    "今天好累 想吃火锅",
    "你几点睡 别又两点",
    "我到你楼下了",
    "给你带了{drink}",
    "我妈问你国庆来不来",
    "这个周末我加班 呜呜",
    "电影选好了 {time}",
    "你衣服穿少了 成都降温了",
    "我看到一只超胖的猫",
    "你生日想要啥",
    "又下雨了 成都的秋天",
    "我今天被领导夸了嘿嘿",
    "晚安 早点睡",
]
COLL = [
    "线上又报警了 你看下",
    "PR帮我review下",
    "今天站会改到十点半",
    "这个接口超时 谁改的",
    "需求评审又延期了",
    "午饭去吃{food}？",
    "发版到几点",
    "测试环境又挂了",
    "这个bug复现不了",
    "老大说下周要上线",
    "k8s那个配置你动过吗",
    "咖啡走起",
    "今天早点溜",
]
COLL_THEM = [
    "晚上开黑不 王者 差一个",
    "我买了足彩 又输了两百",
    "昨晚排位连跪 心态崩了",
    "这期双色球我又没中",
]
DAD3 = [
    "最近忙不忙",
    "注意身体 别老熬夜",
    "我血糖又高了点 没事",
    "你妈让你国庆回来",
    "车要按时保养",
    "天冷加衣",
    "看了你发的照片 挺好",
    "钱够用吗",
]
MOM3 = [
    "吃饭没",
    "成都降温了 多穿点",
    "国庆回来不",
    "桐桐那孩子挺好的 好好处",
    "少吃外卖",
    "你爸血糖又高了 我盯着他吃药",
    "家里腊肉熏好了 给你寄",
    "别老熬夜 对身体不好",
    "上班累不累",
    "周末打个视频",
    "你舅舅家的表弟考上研究生了",
]
CLASS = [
    "今年聚会还搞不搞",
    "班长组织一下",
    "谁还在成都",
    "{food}局 谁来",
    "群里好久没人说话了",
    "看到我们高中拆了 好难过",
    "大家都结婚了吗",
    "有没有做医生的 问个事",
    "哈哈哈 老照片",
    "元旦回七中看看？",
]
ABROAD = [
    "bro 在吗",
    "柏林下雪了",
    "最近工作咋样",
    "德国的{food}太难吃了",
    "想念成都的{food}",
    "今天又加班到九点",
    "我们这边时差 你那应该很晚了",
    "回国机票好贵",
    "你啥时候来欧洲玩",
    "刚看完{show} 挺好看",
    "跟女朋友咋样",
    "在超市买到了老干妈 感动",
    "最近在学德语 头大",
    "圣诞节回国吗",
]
FELLOW = [
    "周三查经班记得来",
    "团契今晚在我家 带点水果",
    "这周讲道的经文是罗马书八章",
    "为你祷告",
    "下周诗班练习改时间了",
    "感谢主 一切都好",
    "新来的弟兄你帮忙接待一下",
    "平安",
]


def tg_text(text: str, entities: list[tuple[str, str]]) -> tuple[object, list[dict[str, str]]]:
    """Telegram text: plain string, or a list mixing strings and typed entities."""
    if not entities:
        return text, ([{"type": "plain", "text": text}] if text else [])
    parts: list[object] = []
    ents: list[dict[str, str]] = []
    rest = text
    for typ, val in entities:
        before, _, rest = rest.partition(val)
        if before:
            parts.append(before)
            ents.append({"type": "plain", "text": before})
        parts.append({"type": typ, "text": val})
        ents.append({"type": typ, "text": val})
    if rest:
        parts.append(rest)
        ents.append({"type": "plain", "text": rest})
    return parts, ents


def persona_zhao() -> Persona:
    rng = random.Random(5003)
    p = Persona("cn_zhao_ming", "赵明", "赵明", date(2024, 9, 1), 91, (9 * 60 + 10, 25 * 60 + 20))
    idn = p.reg("CN_ID_CARD", cn_id("51010719950823661"))
    card = p.reg("CN_BANK_CARD", luhn("621483281234567"))
    for v in (
        "桐桐",
        "赵明",
        "杨帆",
        "王磊",
        "李婷",
        "周雨桐",
        "刘淑芬",
        "林恩惠",
        "Kevin Wu",
        "Grace Lin",
    ):
        p.reg("PERSON", v)
    p.reg("ADDRESS", "成都市武侯区玉林南路7号2栋1单元502室")
    p.reg("ADDRESS", "高新区天府五街200号菁蓉汇3栋")
    p.reg("USERNAME", "yangfan-dev")
    p.reg("USERNAME", "zm_chengdu")
    p.reg("USERNAME", "kevinwu_berlin")
    p.reg("LICENSE_PLATE", "川A·8M3L6")
    p.reg("PHONE_NUMBER", "028-8552 3107")
    p.reg("PHONE_NUMBER", "+86 181 2845 3307")
    p.reg("PHONE_NUMBER", "+8618128453307")
    p.reg("PHONE_NUMBER", "+86 186 0281 7734")
    p.reg("PHONE_NUMBER", "+86 139 8007 2251")
    p.reg("WECHAT_ID", "liting_cd2014")
    p.reg("QQ_NUMBER", "503318827")
    p.reg("CN_PASSPORT", "EA3819462")
    p.reg("EMAIL_ADDRESS", "kevinwu.berlin@example.net")
    p.reg("EMAIL_ADDRESS", "zhaoming.dev@example.org")

    gf = Chat("桐桐", "桐桐", "", False)
    mom = Chat("老妈", "老妈", "", False)
    dad = Chat("老爸", "老爸", "", False)
    yang = Chat("杨帆", "杨帆", "", False)
    grp = Chat("七中2014届3班", "七中2014届3班", "", True)
    gen_sessions(p, rng, gf, 390, [(GF, 3, "both"), (GENERIC, 3, "both")], ["桐桐"])
    gen_sessions(p, rng, mom, 190, [(MOM3, 4, "them"), (GENERIC, 1, "both")], ["老妈"])
    gen_sessions(
        p,
        rng,
        yang,
        160,
        [(COLL, 4, "both"), (COLL_THEM, 1, "them"), (GENERIC, 1, "both")],
        ["杨帆"],
    )
    gen_sessions(p, rng, dad, 60, [(DAD3, 3, "them"), (GENERIC, 1, "me")], ["老爸"])
    script(p, grp, d(p, 0), "20:00", [("sys", '"李婷"修改群名为"七中2014届3班"')])
    fill_group(
        p,
        rng,
        grp,
        "王磊",
        ["李婷", "七中-Lucky"],
        68,
        140,
        [(CLASS, 3, "both"), (GENERIC, 1, "both")],
    )

    script(
        p,
        mom,
        d(p, 11),
        "20:20",
        [("老妈", "给你约了华西的体检 要身份证号"), ("me", "我发你"), ("me", idn)],
    )
    script(p, mom, d(p, 70), "12:40", [("老妈", "桐桐过年来家里吃饭不")])
    script(
        p,
        gf,
        d(p, 4),
        "21:30",
        [
            ("桐桐", "床单我直接寄你那了 成都市武侯区玉林南路7号2栋1单元502室 没错吧"),
            ("me", "对的"),
        ],
    )
    script(p, gf, d(p, 23), "01:05", [("桐桐", "赵明！！你又熬夜"), ("me", "马上睡 马上")])
    script(
        p,
        dad,
        d(p, 37),
        "19:00",
        [("老爸", "你车川A·8M3L6年检下个月到期 记得去"), ("me", "知道了爸")],
    )
    script(
        p,
        yang,
        d(p, 2),
        "10:40",
        [("杨帆", "公司搬到高新区天府五街200号菁蓉汇3栋了 下周一别跑错"), ("me", "收到")],
    )
    script(p, yang, d(p, 17), "15:10", [("杨帆", "我GitHub是yangfan-dev 把我加到repo里")])
    script(
        p,
        yang,
        d(p, 45),
        "11:30",
        [("杨帆", "团建AA 报一下工资卡号 财务统一扣"), ("me", f"卡号:{card} 招行")],
    )
    script(
        p,
        grp,
        d(p, 30),
        "20:10",
        [
            ("李婷", "聚会订在玉林路老码头 订位电话028-8552 3107 报我名字"),
            ("李婷", "群我交给新群主了 微信号liting_cd2014 有事加"),
            ("七中-Lucky", "QQ群还在不 我QQ 503318827 拉我"),
        ],
    )
    # religion (user): Protestant, evidence spread over weeks
    script(
        p, gf, d(p, 7), "20:30", [("桐桐", "明天主日崇拜九点半 我来接你"), ("me", "好 记得带圣经")]
    )
    script(
        p,
        gf,
        d(p, 21),
        "22:00",
        [("me", "周三查经班我负责带 有点紧张"), ("桐桐", "你可以的 为你祷告")],
    )
    script(
        p, gf, d(p, 49), "19:40", [("桐桐", "圣诞节诗班排练你去不去"), ("me", "去 我报了男低音")]
    )
    script(
        p,
        yang,
        d(p, 60),
        "12:10",
        [("杨帆", "周日出来打球？"), ("me", "周日上午要去教会 下午可以")],
    )
    # distractors about others
    script(p, dad, d(p, 15), "18:30", [("老爸", "这次复查 糖尿病控制得还行 医生说继续吃二甲双胍")])

    chats = [gf, mom, dad, yang, grp]
    for c in chats:
        p.files[f"wechat-dump/{c.title}.txt"] = wechatdump_txt(p, c)

    # Telegram full-account export
    kev = Chat("Kevin Wu", "Kevin Wu", "user5512345678", False)
    grace = Chat("Grace Lin", "Grace Lin", "user6023419855", False)
    gen_sessions(p, rng, kev, 260, [(ABROAD, 3, "both"), (GENERIC, 2, "both")], ["Kevin Wu"])
    gen_sessions(p, rng, grace, 60, [(FELLOW, 3, "them"), (GENERIC, 1, "both")], ["Grace Lin"])
    script(
        p,
        kev,
        d(p, 13),
        "22:15",
        [
            ("Kevin Wu", "你签证材料准备好没 邀请函要你护照号"),
            ("me", "EA3819462"),
            ("Kevin Wu", "ok 我邮箱kevinwu.berlin@example.net 扫描件发这"),
        ],
    )
    script(
        p,
        kev,
        d(p, 58),
        "23:30",
        [("Kevin Wu", "我下个月回成都 国内号+86 186 0281 7734 微信也是这个")],
    )
    script(
        p,
        kev,
        d(p, 36),
        "21:05",
        [("Kevin Wu", "你现在还去教会吗"), ("me", "去啊 受洗两年了 现在还在团契服侍")],
    )
    script(
        p,
        grace,
        d(p, 9),
        "19:10",
        [("Grace Lin", "这个月的十一奉献可以转给我 我统一交"), ("me", "好的姐妹")],
    )
    script(
        p,
        grace,
        d(p, 64),
        "20:00",
        [("Grace Lin", "下周受洗班你来分享见证吧"), ("me", "好 我准备一下 阿们")],
    )

    def tg_chat(c: Chat, cid: int) -> dict[str, object]:
        msgs = []
        for i, m in enumerate(sorted(c.msgs, key=lambda x: x.dt), start=1):
            assert in_wake(p, m.dt), (p.pid, c.title, m)
            ents = []
            for val, typ in (
                ("+86 186 0281 7734", "phone"),
                ("kevinwu.berlin@example.net", "email"),
            ):
                if val in m.text:
                    ents.append((typ, val))
            text, te = tg_text(m.text, ents)
            msg: dict[str, object] = {
                "id": 100 + i,
                "type": "message",
                "date": m.dt.strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(int(m.dt.timestamp())),
                "from": "赵明" if m.is_me else c.title,
                "from_id": "user1987650432" if m.is_me else c.wxid,
            }
            if m.kind == "image":
                msg.update(
                    {
                        "photo": "(File not included. Change data exporting settings to download.)",
                        "width": 1280,
                        "height": 960,
                    }
                )
            elif m.kind in ("voice", "video"):
                msg.update(
                    {
                        "file": "(File not included. Change data exporting settings to download.)",
                        "media_type": "voice_message" if m.kind == "voice" else "video_file",
                        "mime_type": "audio/ogg" if m.kind == "voice" else "video/mp4",
                    }
                )
            elif m.kind == "sticker":
                msg.update(
                    {
                        "file": "(File not included. Change data exporting settings to download.)",
                        "media_type": "sticker",
                        "sticker_emoji": "😂",
                    }
                )
            msg["text"] = text
            msg["text_entities"] = te
            msgs.append(msg)
        return {"name": c.title, "type": "personal_chat", "id": cid, "messages": msgs}

    tg = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data and doesn't use it for ad targeting.",
        "personal_information": {
            "user_id": 1987650432,
            "first_name": "赵明",
            "last_name": "",
            "phone_number": "+86 181 2845 3307",
            "username": "@zm_chengdu",
            "bio": "写代码的 成都",
        },
        "contacts": {
            "about": "This is your contact list.",
            "list": [
                {
                    "first_name": "Kevin",
                    "last_name": "Wu",
                    "phone_number": "+86 186 0281 7734",
                    "date": "2021-03-02T20:11:09",
                    "date_unixtime": "1614687069",
                },
                {
                    "first_name": "Grace",
                    "last_name": "Lin",
                    "phone_number": "+86 139 8007 2251",
                    "date": "2023-05-14T12:30:41",
                    "date_unixtime": "1684038641",
                },
            ],
        },
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": [tg_chat(kev, 5512345678), tg_chat(grace, 6023419855)],
        },
    }
    # Kevin Wu / Grace Lin appear as "from" and chat names; contacts split first/last
    p.files["Telegram Desktop/DataExport_2024-12-01/result.json"] = json.dumps(
        tg, ensure_ascii=False, indent=1
    ).encode("utf-8")

    # X archive
    def ytd(name: str, items: list[object]) -> bytes:
        return (
            f"window.YTD.{name}.part0 = " + json.dumps(items, ensure_ascii=False, indent=2)
        ).encode("utf-8")

    p.files["twitter-2024-12-01/data/account.js"] = ytd(
        "account",
        [
            {
                "account": {
                    "email": "zhaoming.dev@example.org",
                    "createdVia": "web",
                    "username": "zm_chengdu",
                    "accountId": "1187236640129019905",
                    "createdAt": "2019-10-24T05:12:40.000Z",
                    "accountDisplayName": "赵明",
                }
            }
        ],
    )
    p.files["twitter-2024-12-01/data/phone-number.js"] = ytd(
        "phone_number", [{"device": {"phoneNumber": "+8618128453307"}}]
    )
    tweet_texts = [
        "成都又下雨了 第{n}天",
        "加班到十一点 打工人不配有周末",
        "今天的讲道很有感触 感谢主🙏",
        "rust的借用检查器今天又教我做人",
        "玉林路的{food}还是那个味",
        "线上事故复盘 心累",
        "周三查经 读到诗篇二十三篇 很安静",
        "新买的机械键盘 手感一般",
        "跟 @kevinwu_berlin 视频 他说柏林已经零度了",
        "{drink}第二杯半价 不喝亏了",
        "看完{show} 感觉还行",
        "国庆哪也不去 在家躺",
        "写了篇博客 关于Go的context",
        "熊猫基地人山人海",
        "圣诞节诗班排练 男低音好难",
        "今天在公司楼下撸到一只橘猫",
    ]
    tweets = []
    for k in range(44):
        day = d(p, rng.randrange(p.days))
        t = datetime.combine(day, datetime.min.time(), tzinfo=CST) + timedelta(
            hours=rng.randint(12, 23), minutes=rng.randrange(60), seconds=rng.randrange(60)
        )
        text = fill(rng, tweet_texts[k % len(tweet_texts)])
        tid = str(1830000000000000000 + rng.randrange(10**16))
        ment = (
            [
                {
                    "name": "Kevin Wu",
                    "screen_name": "kevinwu_berlin",
                    "indices": ["2", "17"],
                    "id_str": "998877665544332211",
                    "id": "998877665544332211",
                }
            ]
            if "@kevinwu_berlin" in text
            else []
        )
        tweets.append(
            (
                t,
                {
                    "tweet": {
                        "edit_info": {
                            "initial": {
                                "editTweetIds": [tid],
                                "editableUntil": "",
                                "editsRemaining": "5",
                                "isEditEligible": True,
                            }
                        },
                        "retweeted": False,
                        "source": '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
                        "entities": {
                            "hashtags": [],
                            "symbols": [],
                            "user_mentions": ment,
                            "urls": [],
                        },
                        "display_text_range": ["0", str(len(text))],
                        "favorite_count": str(rng.randrange(12)),
                        "id_str": tid,
                        "truncated": False,
                        "retweet_count": "0",
                        "id": tid,
                        "created_at": t.astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y"),
                        "favorited": False,
                        "full_text": text,
                        "lang": "zh",
                    }
                },
            )
        )
    tweets.sort(key=lambda x: x[0], reverse=True)
    p.files["twitter-2024-12-01/data/tweets.js"] = ytd("tweets", [tw for _, tw in tweets])

    # Alipay
    ali: list[Pay] = []
    for mon in (9, 10, 11):
        ali.append(
            Pay(
                datetime(2024, mon, 15, 11, 20, 3, tzinfo=CST),
                "转账红包",
                "成都云栈科技有限公司",
                "代发工资",
                "收入",
                16500.00,
                "余额",
                "交易成功",
                "/",
                f"{mon - 1}月工资",
            )
        )
        ali.append(
            Pay(
                datetime(2024, mon, 16, 20, 41, 17, tzinfo=CST),
                "转账红包",
                "林恩惠",
                "转账",
                "支出",
                1650.00,
                "余额",
                "交易成功",
                "139******51",
                "十一奉献",
            )
        )
        ali.append(
            Pay(
                datetime(2024, mon, 1, 12, 5, 48, tzinfo=CST),
                "转账红包",
                "刘淑芬",
                "转账",
                "支出",
                800.00,
                "余额宝",
                "交易成功",
                "135******08",
                "给妈",
            )
        )
        ali.append(
            Pay(
                datetime(2024, mon, 3, 19, 30, 2, tzinfo=CST),
                "住房物业",
                "成都链家-房东代收",
                "房租",
                "支出",
                3300.00,
                "招商银行储蓄卡(4567)",
                "交易成功",
            )
        )
    ali.append(
        Pay(
            datetime(2024, 10, 1, 21, 0, 0, tzinfo=CST),
            "转账红包",
            "周雨桐",
            "转账",
            "支出",
            1314.00,
            "余额",
            "交易成功",
            "zyt***@example.com",
            "国庆快乐",
        )
    )
    am = [
        ("餐饮美食", "美团", "美团外卖"),
        ("交通出行", "成都地铁", "地铁乘车"),
        ("交通出行", "滴滴出行", "快车"),
        ("日用百货", "京东商城", "京东订单"),
        ("餐饮美食", "蜀大侠火锅", "堂食"),
        ("充值缴费", "国家电网四川", "电费"),
        ("数码电器", "淘宝店铺-键盘小铺", "机械键盘轴体"),
        ("餐饮美食", "瑞幸咖啡", "美式"),
    ]
    for _ in range(150):
        cat, party, prod = rng.choice(am)
        ali.append(
            Pay(
                rand_pay_time(p, rng, d(p, rng.randrange(p.days))),
                cat,
                party,
                prod,
                "支出",
                round(rng.uniform(4, 150), 2),
                rng.choice(["余额宝", "花呗", "招商银行储蓄卡(4567)"]),
                "交易成功",
            )
        )
    ali_path = "alipay_record_20241201_093015_1.csv"
    p.files[ali_path] = alipay_csv(p, ali, "赵明", "zhaoming.dev@example.org", rng)

    all_chats = [*chats, kev, grace]
    gt: dict[str, object] = {
        "schema_version": 1,
        "persona": p.pid,
        "fictional": True,
        "independent": True,
        "description": "赵明, 29, backend engineer in the Hi-tech Zone, rents a flat in Yulin (Wuhou), Chengdu; Protestant Christian. WeChat via wechat-dump text, Telegram full-account export, Alipay bill (GBK), X archive. No location export: home and work addresses are in chats.",
        "timezone": "Asia/Shanghai",
        "user": {
            "names": ["赵明"],
            "phones": ["+86 181 2845 3307", "+8618128453307"],
            "emails": ["zhaoming.dev@example.org"],
            "handles": ["zm_chengdu", "@zm_chengdu"],
        },
        "facts": {
            "home": {
                "lat": 30.628120,
                "lon": 104.052470,
                "radius_m": 300,
                "address": "成都市武侯区玉林南路7号2栋1单元502室",
                "city": "成都",
            },
            "work": {
                "lat": 30.536850,
                "lon": 104.067910,
                "radius_m": 300,
                "employer": "成都云栈科技有限公司",
            },
            "sleep_window": {"start": "01:30", "end": "09:00", "tolerance_min": 60},
            "top_contacts": count_top(all_chats),
            "relationships": [
                {"name": "桐桐", "relationship": "partner", "full_name": "周雨桐"},
                {"name": "老妈", "relationship": "mother", "full_name": "刘淑芬"},
                {"name": "老爸", "relationship": "father", "full_name": "赵建华"},
                {
                    "name": "Kevin Wu",
                    "relationship": "close friend",
                    "full_name": "吴凯 (Kevin Wu)",
                },
                {"name": "杨帆", "relationship": "colleague", "full_name": "杨帆"},
                {
                    "name": "Grace Lin",
                    "relationship": "church fellowship leader",
                    "full_name": "林恩惠",
                },
            ],
            "religion": {"value": "Protestant Christian (主日崇拜, 查经班, 团契, 受洗, 十一奉献)"},
            "health": {"value": False},
            "politics": {"value": False},
            "financial_stress": {"value": False},
            "gambling": {"value": False},
            "gaming": {"value": False},
            "salary": {
                "amount": "16500.00",
                "currency": "CNY",
                "payer": "成都云栈科技有限公司",
                "period": "monthly",
            },
            "risky_contact": {
                "name": "王磊",
                "why": "posts 60+ angry political rants in the group 七中2014届3班",
            },
        },
    }
    finalize(p, gt, {ali_path: "gbk"})
    return p


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "personas"
    for make in (persona_lin, persona_chen, persona_zhao):
        p = make()
        for rel, data in sorted(p.files.items()):
            path = out / p.pid / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)


if __name__ == "__main__":
    main()
