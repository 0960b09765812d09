# ruff: noqa: B007, B023, B905, E731, E741, F841, RUF005, RUF046
"""Generate the heldout15 blind evaluation personas (stdlib only, deterministic).

Usage: python3 tests/heldout15/generate.py [OUT_DIR]   (default: tests/heldout15/personas)
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import sys
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
START = date(2026, 1, 5)
DAYS = 84  # 12 weeks
UTC = UTC


# ---------------------------------------------------------------- helpers
def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def cn_id(prefix17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(prefix17, w))
    return prefix17 + "10X98765432"[s % 11]


def nhs_number(first9: str) -> str:
    s = sum(int(d) * (10 - i) for i, d in enumerate(first9))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10
    return first9 + str(c)


def iban(country: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(conv) % 97:02d}{bban}"


def aba_ok(r: str) -> bool:
    d = [int(c) for c in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def aba(first8: str) -> str:
    for c in "0123456789":
        if aba_ok(first8 + c):
            return first8 + c
    raise AssertionError


def typo(rng: random.Random, s: str, p: float = 0.07) -> str:
    if len(s) > 6 and rng.random() < p and s.isascii():
        i = rng.randrange(1, len(s) - 2)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s


def fill(rng: random.Random, tpl: str, slots: dict[str, list[str]]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(slots[m.group(1)]), tpl)


class Persona:
    def __init__(self, pid: str, tz: str, seed: int) -> None:
        self.pid = pid
        self.tz = ZoneInfo(tz)
        self.tzname = tz
        self.rng = random.Random(seed)
        self.files: dict[str, bytes] = {}
        self.registry: list[tuple[str, str]] = []  # (value, type)
        self.keep: set[str] = set()  # planted texts: never turned into media placeholders

    def reg(self, value: str, etype: str) -> str:
        if (value, etype) not in self.registry:
            self.registry.append((value, etype))
        return value

    def local(self, d: date, h: int, m: int, s: int = 0) -> datetime:
        return datetime(d.year, d.month, d.day, h, m, s, tzinfo=self.tz)


def days() -> list[date]:
    return [START + timedelta(days=i) for i in range(DAYS)]


def schedule(
    p: Persona,
    per_day: tuple[float, float],
    active: float,
    earliest: int,
    latest: int,
    weekend_shift: bool = False,
) -> list[datetime]:
    """Conversation burst start times (local), never in the sleep window."""
    out = []
    for d in days():
        if p.rng.random() > active:
            continue
        n = max(1, int(p.rng.uniform(*per_day)))
        for _ in range(n):
            lo = earliest + (60 if weekend_shift and d.weekday() >= 5 else 0)
            mins = p.rng.randrange(lo, latest)
            out.append(p.local(d, mins // 60, mins % 60, p.rng.randrange(60)))
    return sorted(out)


def burst(p: Persona, start: datetime, speakers: list[str], n: int, gen, latest_min: int) -> list:
    """A back-and-forth of n messages starting at start; stops before latest_min local."""
    msgs = []
    t = start
    who = p.rng.choice(speakers)
    for _ in range(n):
        if t.hour * 60 + t.minute >= latest_min or t.date() != start.date():
            break
        msgs.append((t, who, gen(who)))
        t = t + timedelta(seconds=p.rng.randrange(15, 400))
        if p.rng.random() < 0.65:
            who = p.rng.choice([s for s in speakers if s != who] or speakers)
    return msgs


# ------------------------------------------------------------- English text
EN_SLOTS = {
    "food": [
        "pasta",
        "a curry",
        "fish n chips",
        "tacos",
        "leftover pizza",
        "pho",
        "a jacket potato",
        "beans on toast",
        "ramen",
        "chili",
        "a burrito bowl",
        "soup",
        "stir fry",
        "nachos",
    ],
    "when": [
        "tonight",
        "tmrw",
        "on saturday",
        "later",
        "this wknd",
        "after work",
        "sunday arvo",
        "friday",
        "next week",
        "in a bit",
        "before 6",
        "around 7ish",
    ],
    "place": [
        "the big tesco",
        "costco",
        "the gym",
        "the dentist",
        "target",
        "the garden centre",
        "the library",
        "the pub",
        "trader joe's",
        "the car wash",
        "the post office",
        "b&q",
        "the farmers market",
        "the vets",
        "work drinks",
    ],
    "feel": [
        "knackered",
        "so tired",
        "buzzing",
        "fine tbh",
        "meh",
        "starving",
        "dead",
        "grand",
        "a bit rough",
        "weirdly hyper",
        "stressed",
        "chill",
    ],
    "thing": [
        "the washing machine",
        "my phone charger",
        "the car",
        "the wifi",
        "the boiler",
        "my laptop",
        "the dishwasher",
        "the bathroom tap",
        "the printer",
        "my headphones",
    ],
    "show": [
        "the traitors",
        "that baking show",
        "severance",
        "the bear",
        "bake off reruns",
        "slow horses",
        "the last of us",
        "taskmaster",
        "a murder doc",
        "the football",
    ],
    "react": [
        "lol",
        "haha",
        "😂",
        "omg",
        "ffs",
        "🙄",
        "aw",
        "nice",
        "wtf",
        "ha",
        "🤣",
        "oof",
        "yikes",
    ],
    "ok": [
        "ok",
        "okk",
        "yep",
        "sure",
        "sounds good",
        "cool",
        "deal",
        "yeah go on",
        "fine by me",
        "perfect",
        "no worries",
        "alright",
        "👍",
        "k",
    ],
    "num": ["2", "3", "4", "5", "10", "20", "half"],
}
EN_TPL = [
    "what u having for tea {when}",
    "prob just {food} {when}",
    "might do {food} {when}",
    "im {feel}",
    "honestly {feel} today",
    "going to {place} {when} need anything",
    "can u grab milk from {place}",
    "{thing} is playing up again",
    "{thing} finally fixed!!",
    "did u watch {show}",
    "started {show} last night",
    "{react} that's so true",
    "{react}",
    "{ok}",
    "{ok} {react}",
    "see u {when}",
    "running like {num} mins late sorry",
    "are we still on for {when}",
    "can't {when} sorry, {feel}",
    "just got back from {place}",
    "{place} was rammed",
    "how was {place}",
    "fancy {food} {when}?",
    "lemme check and get back to u",
    "who's driving {when}",
    "text me when ur home",
    "forgot my keys again {react}",
    "love that",
    "{react} nooo",
    "did u see the weather",
    "its absolutely chucking it down",
    "sun's out finally",
    "traffic is mental",
    "on my way",
    "here",
    "where r u",
    "can u call me when u get a sec",
    "missed ur call sorry was at {place}",
    "{thing} died",
    "bought a new {thing} lol",
    "thanks!!",
    "ty x",
    "night x",
    "morning",
    "u up?",
    "{num} mins",
    "remind me {when} pls",
    "i owe u for {food}",
    "no rush",
    "same",
    "honestly same",
    "ikr",
    "that's wild",
    "{react} what did she say",
    "tell him i said hi",
    "shall i bring {food}",
    "i'll sort it {when}",
    "booked!",
    "omw to {place}",
    "they're closed {when} apparently",
    "why is {thing} so loud",
    "i cant find {thing} anywhere",
    "check the drawer",
    "found it {react}",
    "u seen {thing}?",
    "pretty sure i left it at {place}",
    "omg the queue at {place} {react}",
    "cant believe its only tuesday",
    "did u feed the cat",
    "what time do u finish {when}",
    "i finish at {num} ish",
    "we should do {food} again soon",
    "that {food} place shut down {react}",
    "soo {feel} after that",
    "need a nap",
    "gonna have an early night",
    "the neighbours are at it again",
    "parcel came!",
    "did u order something?",
    "its on the side",
    "brb",
    "ok back",
    "sorry was on the phone",
    "call u in {num}",
    "cant talk, at {place}",
    "how's ur mum",
    "tell me everything",
    "no way",
    "stoppp {react}",
    "that's actually so funny",
    "send pics",
    "screenshot it",
    "i'm not even joking",
    "fair enough",
    "well that's annoying",
    "is it just me or is {show} getting worse",
    "spoilers!!",
    "don't tell me",
    "ok i'm caught up",
    "haven't started it yet",
    "put the kettle on",
    "do u need a lift {when}",
    "i can drop u at {place}",
    "leaving now",
    "5 mins away",
    "parked outside",
]


LOCALE_SWAP = {
    "us": [
        ("for tea", "for dinner"),
        ("chucking it down", "pouring"),
        ("knackered", "exhausted"),
        ("the big tesco", "safeway"),
        ("b&q", "home depot"),
        ("the garden centre", "lowe's"),
        ("fish n chips", "in-n-out"),
        ("beans on toast", "a quesadilla"),
        ("put the kettle on", "make coffee"),
        ("bake off reruns", "the bachelor"),
        ("a jacket potato", "a burger"),
        ("the boiler", "the AC"),
        ("grand", "good"),
        ("rammed", "packed"),
        ("sunday arvo", "sunday afternoon"),
        ("a bit rough", "kinda sick"),
        ("the traitors", "survivor"),
        ("the football", "the kings game"),
        ("taskmaster", "hot ones"),
        ("wknd", "weekend"),
    ],
    "uk": [
        ("target", "aldi"),
        ("trader joe's", "lidl"),
        ("tacos", "a meal deal"),
        ("a burrito bowl", "a chippy tea"),
        ("sunday arvo", "sunday afternoon"),
        ("the car wash", "the tip"),
    ],
}


def en_gen(p: Persona, lower: float = 0.6, locale: str = "uk"):
    def g(_who: str) -> str:
        s = fill(p.rng, p.rng.choice(EN_TPL), EN_SLOTS)
        for x, y in LOCALE_SWAP[locale]:
            s = s.replace(x, y)
        if p.rng.random() < 0.2:
            s = (
                p.rng.choice(
                    [
                        "ok so ",
                        "btw ",
                        "wait ",
                        "honestly ",
                        "ugh ",
                        "omg ",
                        "right ",
                        "hey ",
                        "lol ",
                        "so ",
                    ]
                )
                + s
            )
        if p.rng.random() < 0.2:
            s += p.rng.choice(
                [" x", " xx", " 😂", " lol", "!!", " 🙄", " tbh", " haha", " 🥲", "...", " ❤️"]
            )
        if p.rng.random() < 0.25:
            s2 = fill(p.rng, p.rng.choice(EN_TPL), EN_SLOTS)
            for x, y in LOCALE_SWAP[locale]:
                s2 = s2.replace(x, y)
            s = s if s2 == s else s + " " + s2
        if p.rng.random() > lower:
            s = s[0].upper() + s[1:]
        return typo(p.rng, s)

    return g


def angry_en(rng: random.Random, n: int, targets: list[str]) -> list[str]:
    subj = targets
    verb = [
        "have completely sold us out",
        "are lying to your face again",
        "don't give a toss about working people",
        "wrecked the economy and walked off whistling",
        "are bleeding this country dry",
        "should be locked up for what they did",
        "think we're all stupid",
        "rigged the whole thing",
        "are the worst bunch we've ever had",
        "keep voting themselves pay rises",
        "are traitors plain and simple",
        "want to tax us into the ground",
        "couldn't run a bath",
        "are puppets for their donors",
    ]
    tail = [
        "",
        " WAKE UP people",
        " and nobody does anything!!",
        " i'm sick of it",
        " mark my words",
        " absolute joke",
        " 😡😡",
        " disgrace",
        " open your eyes",
        " and you lot still defend them",
        " read the actual figures",
        " shameful",
        " next election they're gone",
        " RIDICULOUS",
    ]
    out: list[str] = []
    seen = set()
    while len(out) < n:
        s = f"{rng.choice(subj)} {rng.choice(verb)}{rng.choice(tail)}"
        if rng.random() < 0.3:
            s = s.upper()
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


# ------------------------------------------------------------- Chinese text
ZH_SLOTS = {
    "food": [
        "螺蛳粉",
        "牛肉面",
        "麻辣烫",
        "饺子",
        "火锅",
        "酸菜鱼",
        "臭鳜鱼",
        "小龙虾",
        "烧饼",
        "馄饨",
        "黄焖鸡",
        "外卖",
    ],
    "when": ["今晚", "明天", "周六", "下班后", "一会儿", "周末", "后天", "中午", "晚点"],
    "place": [
        "银泰",
        "万达",
        "天鹅湖",
        "盒马",
        "菜市场",
        "医院",
        "健身房",
        "罍街",
        "淮河路",
        "超市",
        "理发店",
    ],
    "feel": ["累死了", "好困", "还行", "有点烦", "开心", "饿了", "头疼", "无语", "emo了", "麻了"],
    "react": [
        "哈哈哈",
        "[捂脸]",
        "[旺柴]",
        "[破涕为笑]",
        "😂",
        "嗯嗯",
        "好滴",
        "OK",
        "666",
        "[呲牙]",
        "啊这",
        "绝了",
        "[Facepalm]",
    ],
    "ok": ["好的", "行", "可以", "嗯", "ok", "好嘞", "没问题", "收到", "👌", "中"],
    "thing": ["热水器", "手机", "电动车", "洗衣机", "空调", "路由器", "车", "充电器"],
}
ZH_TPL = [
    "{when}吃{food}不",
    "{feel}",
    "今天{feel}{react}",
    "我在{place}",
    "{when}去{place}吗",
    "{ok}",
    "{ok}{react}",
    "{react}",
    "{thing}又坏了",
    "{thing}修好了",
    "到家了没",
    "刚下班",
    "你吃了没",
    "在干嘛",
    "{when}再说吧",
    "等我一下",
    "马上到",
    "你看群里没",
    "我晕",
    "真的假的",
    "笑死我了{react}",
    "买了{food}",
    "{place}人好多",
    "好久没吃{food}了",
    "记得带伞",
    "下雨了",
    "好冷啊今天",
    "{when}有空吗",
    "我{when}值班",
    "晚安",
    "早",
    "起了没",
    "你自己看着办",
    "不用不用",
    "谢谢啦",
    "发你了",
    "收到{react}",
    "别忘了",
    "这个好看",
    "多少钱",
    "太贵了吧",
    "{place}打折",
    "明天要早起",
    "困死",
    "吃了{food}{react}",
    "帮我问问",
    "好的好的",
    "那我先睡了",
    "刚开完会",
    "累成狗",
    "你到哪了",
    "堵车了{react}",
    "{place}那家{food}关门了",
    "今天科室忙疯了",
    "下午茶喝啥",
    "我请客",
    "拼单吗",
    "快递到了 帮我拿下",
    "在{place}门口等你",
    "你先吃别等我",
    "我今天不回来吃饭",
    "冰箱里有{food}",
    "你热一下",
    "周末回安庆不",
    "看天气预报{when}有雨",
    "{thing}充电了没",
    "语音说吧",
    "打字太慢",
    "刚看到",
    "不好意思刚才在忙",
    "行吧{react}",
    "随便",
    "都行",
    "你定",
    "要不{when}吧",
    "我觉得可以",
    "算了算了",
    "气死我了",
    "笑不活了",
    "这也太离谱了",
    "你猜怎么着",
    "我跟你说个事",
    "等会儿说",
    "回头聊",
    "早点睡",
    "又加班",
    "今天夜班换白班了",
]


def zh_gen(p: Persona):
    def g(_who: str) -> str:
        s = fill(p.rng, p.rng.choice(ZH_TPL), ZH_SLOTS)
        if p.rng.random() < 0.3:
            s += p.rng.choice(["，", " ", "。", "！"]) + fill(p.rng, p.rng.choice(ZH_TPL), ZH_SLOTS)
        if p.rng.random() < 0.3:
            s = (
                p.rng.choice(["诶", "哦", "那个", "对了", "话说", "啊", "嗯", "哎"])
                + p.rng.choice(["", "，", " "])
                + s
            )
        if p.rng.random() < 0.3:
            s += p.rng.choice(
                [
                    "啊",
                    "呀",
                    "吧",
                    "哈",
                    "～",
                    "!",
                    "？",
                    "嘛",
                    "呢",
                    "哈哈",
                    "[耶]",
                    "[奸笑]",
                    "😅",
                ]
            )
        return s

    return g


def angry_zh(rng: random.Random, n: int) -> list[str]:
    subj = [
        "这帮当官的",
        "美国佬",
        "那些专家",
        "上面的政策",
        "延迟退休这事",
        "房地产那帮人",
        "台独分子",
        "日本政府",
        "某些公知",
        "教育局",
        "卖国的汉奸",
        "资本家",
    ]
    verb = [
        "根本不管老百姓死活",
        "就是在割韭菜",
        "简直无法无天",
        "早该好好整治了",
        "把我们当傻子",
        "全是骗人的",
        "害了多少家庭",
        "就知道喊口号",
        "迟早要付出代价",
        "一点良心都没有",
        "欺人太甚",
        "吃人不吐骨头",
    ]
    tail = [
        "！！",
        "，气死我了",
        "😡",
        "，你们还不醒醒",
        "，转发让大家都看看",
        "，我说的就是实话",
        "！真是够了",
        "，谁敢说句话",
        "。",
        "，早晚清算",
        "！！！",
    ]
    out: list[str] = []
    seen = set()
    while len(out) < n:
        s = rng.choice(subj) + rng.choice(verb) + rng.choice(tail)
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


# ======================================================================== CN
def persona_cn() -> Persona:
    p = Persona("cn_hefei_nurse", "Asia/Shanghai", 15001)
    rng = p.rng
    me = "周晓雯"
    phone = p.reg("13956021478", "PHONE_NUMBER")
    home = (31.8462, 117.2091)
    work = (31.7412, 117.2870)
    home_addr = "安徽省合肥市蜀山区望江西路588号翡翠湾7栋2单元1403室"
    chats = {
        "妈妈": ("wxid_m4ma8812", "妈妈", "孙桂兰", "mother"),
        "老公": ("wxid_chenlei_hf", "陈磊", "陈磊", "partner"),
        "琳琳": ("lin_jialin1992", "林佳琳", "林佳琳", "close friend"),
        "王姐（护士长）": ("wxid_wangli_icu", "王丽", "王丽", "colleague"),
        "晓东": ("wxid_zxd_0307", "周晓东", "周晓东", "brother"),
    }
    gen = zh_gen(p)
    for name in ["孙桂兰", "陈磊", "林佳琳", "王丽", "周晓东", me]:
        p.reg(name, "PERSON")
    # planted messages: (chat, day_index, hh, mm, is_sender, text)
    cid = p.reg(cn_id("34010419920317462"), "CN_ID_CARD")
    card = p.reg(luhn_complete("622848", 19, rng), "CN_BANK_CARD")
    card_sp = " ".join(card[i : i + 4] for i in range(0, 16, 4)) + " " + card[16:]
    p.reg(card_sp, "CN_BANK_CARD")
    mom_phone = p.reg("139 5511 2086", "PHONE_NUMBER")
    dong_phone = p.reg("+86 18655120937", "PHONE_NUMBER")
    lin_phone = p.reg("187-1920-6634", "PHONE_NUMBER")
    plate = p.reg("皖A·7K32M", "LICENSE_PLATE")
    plate2 = p.reg("皖AD83921", "LICENSE_PLATE")
    qq = p.reg("1730542286", "QQ_NUMBER")
    wxid_lin = p.reg("lin_jialin1992", "WECHAT_ID")
    wxid_new = p.reg("Zxw_nurse0317", "WECHAT_ID")
    passport = p.reg("EK4827193", "CN_PASSPORT")
    sscard = p.reg("D34018827", "CN_SOCIAL_SECURITY")
    mom_addr = p.reg("安庆市大观区菱湖南路116号", "ADDRESS")
    home_informal = p.reg("翡翠湾7栋2单元1403", "ADDRESS")
    p.reg(home_addr, "ADDRESS")
    kd_addr = p.reg("合肥市包河区徽州大道1888号滨湖康复医院住院部3楼护士站", "ADDRESS")
    lin_addr = p.reg("政务区怀宁路1766号天鹅湖小区12-1-602", "ADDRESS")
    email = p.reg("zxw0317@example.com", "EMAIL_ADDRESS")
    p.reg("老陈", "PERSON")
    p.reg("晓东", "PERSON")
    p.reg("小琳", "PERSON")
    p.reg("王姐", "PERSON")
    p.reg("刘建国", "PERSON")
    p.reg("张医生", "PERSON")
    for n in ["胡燕飞", "唐敏", "许浩"]:
        p.reg(n, "PERSON")
    p.reg("老刘", "PERSON")
    p.reg("雯雯", "PERSON")
    planted = [
        ("妈妈", 3, 19, 12, 0, f"雯雯 寄东西给你 地址还是{home_informal}对吧"),
        ("妈妈", 3, 19, 14, 1, "对 写我名字就行"),
        ("妈妈", 20, 20, 5, 0, f"我的新号码 {mom_phone} 旧的那个不用了"),
        ("妈妈", 22, 11, 40, 1, f"妈 快递寄到{mom_addr} 孙桂兰 收 电话就是你新号"),
        ("老公", 6, 12, 30, 1, f"帮我填下那个表 身份证号{cid}"),
        ("老公", 6, 12, 31, 0, "好的 收到"),
        ("老公", 11, 18, 2, 0, f"车停在B2了 车牌{plate}你别又找不着[捂脸]"),
        ("老公", 30, 21, 15, 1, f"房贷扣款卡是这张 {card_sp} 这个月钱不够 我花呗又要还了"),
        ("老公", 33, 21, 40, 0, "我先转你两千 别急"),
        ("老公", 45, 9, 10, 1, f"帮我交一下社保 社保卡号：{sscard}"),
        ("琳琳", 8, 20, 20, 0, f"我搬家了！新地址{lin_addr} 周末来玩"),
        ("琳琳", 8, 20, 22, 1, "哇 天鹅湖那边 好地段"),
        ("琳琳", 15, 22, 0, 0, f"我换号了 {lin_phone}"),
        ("琳琳", 27, 13, 5, 1, f"加下我小号 微信号{wxid_new} 工作号那个太乱"),
        ("琳琳", 41, 21, 10, 1, f"以前那个QQ{qq}还在用 要照片的话我发邮箱 {email}"),
        ("琳琳", 50, 19, 45, 0, f"我老公那辆车{plate2}被贴条了哈哈哈"),
        ("琳琳", 53, 20, 15, 0, f"上次聚餐的钱转我这张卡就行{card}"),
        ("老公", 55, 21, 0, 0, f"电费户号过户要写全地址：{home_addr}"),
        ("王姐（护士长）", 10, 8, 5, 0, f"小周 快递寄到{kd_addr} 周晓雯 13956021478 收"),
        ("王姐（护士长）", 25, 17, 40, 1, f"王姐 进修报名要护照号 我的是{passport}"),
        ("王姐（护士长）", 26, 8, 0, 0, "收到 张医生说下周排班改了"),
        ("晓东", 12, 22, 10, 0, f"姐 我手机号换了{dong_phone}"),
        ("晓东", 40, 20, 30, 1, "老陈说周末来家里吃饭 你来不"),
        ("晓东", 40, 20, 32, 0, "来 小琳也来吗"),
    ]
    # health (user, hypothyroidism), finance stress (user), gaming (user); religion/politics distractors
    trait_msgs = [
        ("王姐（护士长）", 4, 12, 15, 1, "王姐 我下午去内分泌科复查甲功 请一小时假"),
        ("王姐（护士长）", 32, 12, 20, 1, "TSH又高了 张医生让我优甲乐加到75"),
        ("老公", 18, 7, 20, 0, "优甲乐吃了没 空腹吃"),
        ("妈妈", 35, 20, 10, 0, "你甲减的药别断 上次复查咋样"),
        ("妈妈", 61, 19, 0, 1, "甲功正常了 医生说继续吃着"),
        ("老公", 52, 21, 3, 1, "借呗又要还3000 这个月真的紧"),
        ("琳琳", 57, 22, 10, 1, "信用卡分期还没还完 最近一分钱不敢乱花[捂脸]"),
        ("老公", 64, 20, 50, 1, "房贷加花呗加借呗 压力好大"),
        ("琳琳", 19, 21, 30, 1, "昨晚王者上了星耀！！"),
        ("琳琳", 44, 21, 50, 0, "开黑吗 今晚"),
        ("琳琳", 44, 21, 51, 1, "来 我先充个战令"),
        ("妈妈", 14, 18, 40, 0, "我初一去寺里上香 给你们求了平安符"),
        ("晓东", 48, 21, 20, 0, "我们单位那个老刘天天在朋友圈骂政府 吓死人"),
    ]
    planted += trait_msgs
    p.keep.update(x[-1] for x in planted)
    # group chat
    grp_members = [
        ("wxid_liujg_1965", "刘建国"),
        ("wxid_hyf88", "胡燕飞"),
        ("wxid_tangmm", "唐敏"),
        ("wxid_xuhao", "许浩"),
        ("wxid_chenlei_hf", "陈磊"),
    ]
    angry = angry_zh(rng, 66)
    out_files: dict[str, list] = {}
    for title, (talker, nick, _full, _rel) in chats.items():
        rate = {
            "老公": (2, 4),
            "妈妈": (1, 3),
            "琳琳": (1, 3),
            "王姐（护士长）": (1, 2),
            "晓东": (1, 2),
        }[title]
        act = {"老公": 0.9, "妈妈": 0.6, "琳琳": 0.45, "王姐（护士长）": 0.35, "晓东": 0.2}[title]
        starts = schedule(p, rate, act, 7 * 60, 23 * 60 + 20)
        msgs = []
        for st in starts:
            for t, who, text in burst(p, st, ["me", nick], rng.randrange(2, 7), gen, 23 * 60 + 50):
                kind = 1
                if rng.random() < 0.07:
                    kind = rng.choice([3, 34, 47])
                msgs.append((t, who, text, kind))
        for c, di, hh, mm, snd, text in planted:
            if c == title:
                msgs.append(
                    (p.local(START + timedelta(days=di), hh, mm, 7), "me" if snd else nick, text, 1)
                )
        out_files[title] = sorted(msgs, key=lambda x: x[0])
    gmsgs = []
    for st in schedule(p, (1, 2), 0.6, 7 * 60 + 30, 23 * 60):
        for t, who, text in burst(
            p, st, ["me", "胡燕飞", "唐敏", "许浩", "陈磊"], rng.randrange(2, 6), gen, 23 * 60 + 50
        ):
            gmsgs.append((t, who, text, 1))
    for i, text in enumerate(angry):
        d = START + timedelta(days=(i * 83) // len(angry))
        gmsgs.append((p.local(d, 8 + (i * 7) % 14, (i * 13) % 60, 11), "刘建国", text, 1))
    gmsgs.append(
        (
            p.local(START + timedelta(days=36), 20, 31, 2),
            "唐敏",
            "@刘建国 老刘你少发点吧 被人举报了",
            1,
        )
    )
    out_files["合肥一中03届5班"] = sorted(gmsgs, key=lambda x: x[0])
    # MemoTrace CSV
    member_wx = {n: w for w, n in grp_members}
    for w_, _n in grp_members:
        p.reg(w_, "WECHAT_ID")
    for _t, v in chats.items():
        p.reg(v[0], "WECHAT_ID")
    top = []
    for title, msgs in out_files.items():
        is_group = title not in chats
        talker = "23871946512@chatroom" if is_group else chats[title][0]
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
        lid = 1000 + rng.randrange(5000)
        for t, who, text, kind in msgs:
            lid += 1
            content = (
                {3: "[图片]", 34: "[语音]", 47: "[动画表情]"}.get(kind, text) if kind != 1 else text
            )
            is_me = who == "me"
            if is_group:
                sender = "wxid_zxw0317" if is_me else member_wx[who]
                nick = me if is_me else who
                remark = title
            else:
                sender = "wxid_zxw0317" if is_me else talker
                nick = me if is_me else chats[title][1]
                remark = title
            w.writerow(
                [
                    lid,
                    talker,
                    kind,
                    0,
                    1 if is_me else 0,
                    int(t.timestamp()),
                    2,
                    content,
                    t.strftime("%Y-%m-%d %H:%M:%S"),
                    remark,
                    nick,
                    sender,
                ]
            )
        path = f"MemoTrace/data/聊天记录/{title}/{title}_utf8.csv"
        p.files[path] = buf.getvalue().encode("utf-8-sig")
        if not is_group:
            top.append({"name": title, "messages": len(msgs)})
    # Alipay GBK
    rows = []
    for d in days():
        if d.day == 10:
            rows.append(
                (
                    p.local(d, 10, 2, 11),
                    "转账红包",
                    "合肥滨湖康复医院",
                    "hr***@example.org",
                    "工资代发",
                    "收入",
                    "8650.00",
                    "余额",
                    "交易成功",
                    "",
                )
            )
        if d.day == 15:
            rows.append(
                (
                    p.local(d, 9, 0, 3),
                    "信用借还",
                    "花呗",
                    "/",
                    "花呗主动还款-2026年账单",
                    "不计收支",
                    f"{2100 + d.month * 137}.00",
                    "余额宝",
                    "还款成功",
                    "",
                )
            )
            rows.append(
                (
                    p.local(d, 9, 1, 40),
                    "信用借还",
                    "借呗",
                    "/",
                    "借呗还款",
                    "不计收支",
                    "3000.00",
                    "余额宝",
                    "还款成功",
                    "",
                )
            )
        if d.day == 20:
            rows.append(
                (
                    p.local(d, 12, 30, 1),
                    "转账红包",
                    "孙桂兰",
                    "139***2086",
                    "转账",
                    "支出",
                    "1000.00",
                    "余额宝",
                    "交易成功",
                    "给妈妈的生活费",
                )
            )
        if rng.random() < 0.55:
            m = rng.choice(
                [
                    ("餐饮美食", "老乡鸡(望江西路店)", "老乡鸡订单", 24, 48),
                    ("日用百货", "盒马鲜生", "盒马订单", 35, 180),
                    ("交通出行", "合肥轨道交通", "地铁乘车码", 2, 6),
                    ("充值缴费", "国网安徽省电力公司", "电费", 80, 260),
                    ("餐饮美食", "李先生牛肉面", "扫码付款", 18, 36),
                    ("医疗健康", "合肥市第一人民医院", "挂号费", 10, 50),
                ]
            )
            rows.append(
                (
                    p.local(d, rng.randrange(9, 22), rng.randrange(60), rng.randrange(60)),
                    m[0],
                    m[1],
                    "/",
                    m[2],
                    "支出",
                    f"{rng.randrange(m[3], m[4])}.{rng.randrange(100):02d}",
                    "花呗",
                    "交易成功",
                    "",
                )
            )
    rows.append(
        (
            p.local(START + timedelta(days=22), 11, 45, 20),
            "物流快递",
            "顺丰速运",
            "/",
            f"寄件-{mom_addr} 孙桂兰",
            "支出",
            "18.00",
            "余额",
            "交易成功",
            f"收件人电话{mom_phone}",
        )
    )
    rows.sort(key=lambda r: r[0], reverse=True)
    pre = [
        "-" * 84,
        "导出信息：",
        f"姓名：{me}",
        f"支付宝账户：{phone[:3]}****{phone[-4:]}",
        f"起始时间：[{START} 00:00:00]    终止时间：[{START + timedelta(days=DAYS - 1)} 23:59:59]",
        "导出交易类型：[全部]",
        f"导出时间：[{START + timedelta(days=DAYS)} 09:12:52]",
        f"共{len(rows)}笔记录",
    ]
    inc = sum(float(r[6]) for r in rows if r[5] == "收入")
    exp = sum(float(r[6]) for r in rows if r[5] == "支出")
    neu = sum(float(r[6]) for r in rows if r[5] == "不计收支")
    pre += [
        f"收入：{sum(r[5] == '收入' for r in rows)}笔 {inc:.2f}元",
        f"支出：{sum(r[5] == '支出' for r in rows)}笔 {exp:.2f}元",
        f"不计收支：{sum(r[5] == '不计收支' for r in rows)}笔 {neu:.2f}元",
        "",
        "特别提示：",
        "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；",
        "2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；",
        "3.本明细仅供个人对账使用。",
        "",
        "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------",
    ]
    hdr = [
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
    lines = pre + [",".join(h.ljust(20) for h in hdr) + ","]
    for i, r in enumerate(rows):
        oid = r[0].strftime("%Y%m%d") + "2200141" + f"{rng.randrange(10**12):012d}"
        vals = (
            [r[0].strftime("%Y-%m-%d %H:%M:%S") + " "]
            + [v.ljust(20) for v in r[1:9]]
            + [oid + "\t", f"T{rng.randrange(10**15):015d}\t", r[9].ljust(20)]
        )
        lines.append(",".join(vals) + ",")
    p.files["alipay_record_20260330_0912_1.csv"] = ("\r\n".join(lines) + "\r\n").encode("gbk")
    # WeChat Pay
    wrows = []
    for d in days():
        if rng.random() < 0.5:
            m = rng.choice(
                [
                    ("商户消费", "瑞幸咖啡", "生椰拿铁", 9, 20),
                    ("商户消费", "美团外卖", "外卖订单", 20, 60),
                    ("商户消费", "罗森便利店", "便利店消费", 6, 30),
                    ("商户消费", "滴滴出行", "快车", 12, 40),
                ]
            )
            wrows.append(
                (
                    p.local(d, rng.randrange(8, 22), rng.randrange(60), rng.randrange(60)),
                    m[0],
                    m[1],
                    m[2],
                    "支出",
                    f"{rng.randrange(m[3], m[4])}.{rng.randrange(100):02d}",
                    "零钱",
                    "支付成功",
                    "/",
                )
            )
        if d.weekday() == 4 and rng.random() < 0.7:
            wrows.append(
                (
                    p.local(d, 21, rng.randrange(60), 5),
                    "商户消费",
                    "腾讯天美工作室群",
                    "王者荣耀-点券充值",
                    "支出",
                    rng.choice(["30.00", "68.00", "128.00", "6.00"]),
                    "零钱",
                    "支付成功",
                    "/",
                )
            )
    wrows.append(
        (
            p.local(START + timedelta(days=33), 21, 41, 0),
            "转账",
            "陈磊",
            "转账",
            "收入",
            "2000.00",
            "/",
            "已存入零钱",
            "别急 先用",
        )
    )
    wrows.append(
        (
            p.local(START + timedelta(days=8), 20, 40, 0),
            "微信红包",
            "林佳琳",
            "/",
            "收入",
            "66.66",
            "/",
            "已存入零钱",
            "乔迁之喜",
        )
    )
    wrows.sort(key=lambda r: r[0], reverse=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for line in [
        "微信支付账单明细",
        "微信昵称：[雯雯]",
        f"起始时间：[{START} 00:00:00] 终止时间：[{START + timedelta(days=DAYS - 1)} 23:59:59]",
        "导出类型：[全部]",
        f"导出时间：[{START + timedelta(days=DAYS)} 09:20:11]",
        "",
        f"共{len(wrows)}笔记录",
        "收入：2笔 2066.66元",
        f"支出：{len(wrows) - 2}笔 {sum(float(r[5]) for r in wrows if r[4] == '支出'):.2f}元",
        "中性交易：0笔 0.00元",
        "注：",
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录",
        "3. 本明细仅供个人对账使用",
        "",
        "----------------------微信支付账单明细列表--------------------",
    ]:
        w.writerow([line] + [""] * 10)
    w.writerow(
        [
            "交易时间",
            "交易类型",
            "交易对方",
            "商品",
            "收/支",
            "金额(元)",
            "支付方式",
            "当前状态",
            "交易单号",
            "商户单号",
            "备注",
        ]
    )
    for r in wrows:
        w.writerow(
            [
                r[0].strftime("%Y-%m-%d %H:%M:%S"),
                r[1],
                r[2],
                r[3],
                r[4],
                "¥" + r[5],
                r[6],
                r[7],
                f"4200{rng.randrange(10**24):024d}\t",
                f"{rng.randrange(10**20):020d}\t",
                r[8],
            ]
        )
    p.files["微信支付账单(20260105-20260329).csv"] = buf.getvalue().encode("utf-8")
    # Google on-device Timeline.json
    p.files["Timeline.json"] = json.dumps(
        timeline_ondevice(p, home, work, (7, 30), (17, 30)), ensure_ascii=False, indent=2
    ).encode("utf-8")
    facts = {
        "home": {
            "lat": home[0],
            "lon": home[1],
            "radius_m": 300,
            "address": home_addr,
            "city": "合肥",
        },
        "work": {"lat": work[0], "lon": work[1], "radius_m": 300, "employer": "合肥滨湖康复医院"},
        "sleep_window": {"start": "00:00", "end": "06:30", "tolerance_min": 60},
        "top_contacts": sorted(top, key=lambda x: -x["messages"])[:3],
        "relationships": [
            {"name": t, "relationship": v[3], "full_name": v[2]} for t, v in chats.items()
        ],
        "religion": {"value": False},
        "health": {"value": "甲状腺功能减退（甲减），服用优甲乐，定期复查甲功"},
        "politics": {"value": False},
        "financial_stress": {"value": True},
        "gambling": {"value": False},
        "gaming": {"value": True},
        "salary": {
            "amount": "8650.00",
            "currency": "CNY",
            "payer": "合肥滨湖康复医院",
            "period": "monthly",
        },
        "risky_contact": {
            "name": "刘建国",
            "why": "在群“合肥一中03届5班”里反复发大量愤怒的政治言论（66条）",
        },
    }
    user = {
        "names": [me, "雯雯", "小周"],
        "phones": [phone],
        "emails": [email],
        "handles": ["wxid_zxw0317", wxid_new],
    }
    p.reg("wxid_zxw0317", "WECHAT_ID")
    desc = "周晓雯, 34, ICU nurse in Hefei (合肥); WeChat via MemoTrace CSV, Alipay GBK bill, WeChat Pay bill, Google on-device Timeline."
    return finish(p, desc, user, facts)


def timeline_ondevice(p: Persona, home, work, leave, back) -> dict:
    segs = []

    def fmt(t: datetime) -> str:
        off = t.utcoffset()
        mins = int(off.total_seconds() // 60) if off else 0
        return (
            t.strftime("%Y-%m-%dT%H:%M:%S.000")
            + f"{'+' if mins >= 0 else '-'}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"
        )

    def ll(pt) -> str:
        return f"{pt[0]:.7f}°, {pt[1]:.7f}°"

    for d in days():
        wk = d.weekday() < 5
        t0 = p.local(d, 0, 0)
        tl = p.local(d, leave[0], leave[1] + p.rng.randrange(0, 20))
        tb = p.local(d, back[0], back[1] + p.rng.randrange(0, 25))
        end = p.local(d, 23, 59, 59)
        jit = lambda pt: (
            pt[0] + p.rng.uniform(-0.0004, 0.0004),
            pt[1] + p.rng.uniform(-0.0004, 0.0004),
        )

        def visit(a, b, pt, kind, pid):
            off = int(a.utcoffset().total_seconds() // 60)
            segs.append(
                {
                    "startTime": fmt(a),
                    "endTime": fmt(b),
                    "startTimeTimezoneUtcOffsetMinutes": off,
                    "endTimeTimezoneUtcOffsetMinutes": off,
                    "visit": {
                        "hierarchyLevel": 0,
                        "probability": round(p.rng.uniform(0.7, 0.95), 2),
                        "topCandidate": {
                            "placeId": pid,
                            "semanticType": kind,
                            "probability": round(p.rng.uniform(0.6, 0.9), 2),
                            "placeLocation": {"latLng": ll(jit(pt))},
                        },
                    },
                }
            )

        if wk:
            visit(t0, tl, home, "HOME", "ChIJh0m3Pl4q_h15AAAAhome01")
            arr = tl + timedelta(minutes=35)
            segs.append(
                {
                    "startTime": fmt(tl),
                    "endTime": fmt(arr),
                    "timelinePath": [
                        {
                            "point": ll(
                                jit(
                                    (
                                        (home[0] * (4 - k) + work[0] * k) / 4,
                                        (home[1] * (4 - k) + work[1] * k) / 4,
                                    )
                                )
                            ),
                            "time": fmt(tl + timedelta(minutes=8 * k)),
                        }
                        for k in range(5)
                    ],
                }
            )
            visit(arr, tb, work, "WORK", "ChIJw0rk9Qk1_h15AAAAwork01")
            visit(tb + timedelta(minutes=40), end, home, "HOME", "ChIJh0m3Pl4q_h15AAAAhome01")
        else:
            visit(t0, end, home, "HOME", "ChIJh0m3Pl4q_h15AAAAhome01")
    return {
        "semanticSegments": segs,
        "rawSignals": [],
        "userLocationProfile": {
            "frequentPlaces": [
                {
                    "placeId": "ChIJh0m3Pl4q_h15AAAAhome01",
                    "placeLocation": ll(home),
                    "label": "HOME",
                },
                {
                    "placeId": "ChIJw0rk9Qk1_h15AAAAwork01",
                    "placeLocation": ll(work),
                    "label": "WORK",
                },
            ]
        },
    }


# ======================================================================== UK
def persona_uk() -> Persona:
    p = Persona("uk_swansea_vetnurse", "Europe/London", 15002)
    rng = p.rng
    me = "Rhiannon Price"
    phone = p.reg("+44 7700 900318", "PHONE_NUMBER")
    home = (51.6168, -3.9652)
    work = (51.6259, -3.9702)
    home_addr = "Flat 3, 27 Bryn Road, Swansea SA2 0AP"
    chats = {
        "Mam": (5501, "Carys Price", "mother"),
        "Owain 💛": (5502, "Owain Jenkins", "partner"),
        "Seren Hughes": (5503, "Seren Hughes", "close friend"),
        "Bethan Lloyd": (5504, "Bethan Lloyd", "colleague"),
        "Rhys": (5505, "Rhys Price", "brother"),
    }
    for n in [
        me,
        "Carys Price",
        "Owain Jenkins",
        "Seren Hughes",
        "Bethan Lloyd",
        "Rhys Price",
        "Gavin Probert",
        "Owain",
        "Seren",
        "Bethan",
        "Rhys",
        "gav",
        "Mrs Hopkins",
        "Dafydd",
        "Mr Davies",
    ]:
        p.reg(n, "PERSON")
    p.reg("JT 48 27 19 C", "UK_NINO")
    for n in ["Llinos Morgan", "Huw Bevan", "Carys"]:
        p.reg(n, "PERSON")
    for n in []:
        p.reg(n, "PERSON")
    nino = p.reg("PR 61 44 08 B", "UK_NINO")
    nhs = nhs_number("485777345")
    nhs_sp = p.reg(f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", "UK_NHS")
    passport = p.reg("541896273", "UK_PASSPORT")
    dl = p.reg("PRICE959149RL9AB", "UK_DRIVING_LICENCE")
    sort_acc = p.reg("04-00-04 31415926", "BANK_ACCOUNT")
    ib = p.reg(iban("GB", "MONZ04000431415926"), "IBAN_CODE")
    card = luhn_complete("535522", 16, rng)
    card_sp = p.reg(" ".join(card[i : i + 4] for i in range(0, 16, 4)), "CREDIT_CARD")
    ph_mam = p.reg("07700 900461", "PHONE_NUMBER")
    ph_owain = p.reg("07700900219", "PHONE_NUMBER")
    ph_seren = p.reg("(07700) 900 552", "PHONE_NUMBER")
    ph_gav = p.reg("+447700900837", "PHONE_NUMBER")
    plate = p.reg("CU19 XKP", "LICENSE_PLATE")
    plate2 = p.reg("WN68FZT", "LICENSE_PLATE")
    em = p.reg("rhi.price99@example.com", "EMAIL_ADDRESS")
    em_seren = p.reg("seren.hughes@example.org", "EMAIL_ADDRESS")
    p.reg(home_addr, "ADDRESS")
    addr_inf = p.reg("flat 3 27 bryn rd", "ADDRESS")
    mam_addr = p.reg("14 Heol y Nant, Llanelli SA15 3BD", "ADDRESS")
    seren_addr = p.reg("42 st helens ave", "ADDRESS")
    tg_user = p.reg("rhi_price", "USERNAME")
    masto = p.reg("@rhiprice@social.example.net", "USERNAME")
    p.reg("@seren_h@social.example.net", "USERNAME")
    gen = en_gen(p)
    planted = [
        ("Mam", 2, 18, 3, 0, f"new number for me cariad, {ph_mam} save it"),
        ("Mam", 29, 18, 13, 0, f"posted ur birthday card to {home_addr} did it come"),
        ("Mam", 9, 19, 30, 1, "mam can u send me my NHS number for the GP form"),
        ("Mam", 9, 19, 44, 0, nhs_sp),
        ("Mam", 9, 19, 45, 1, "diolch x"),
        ("Mam", 23, 20, 12, 1, f"sending the parcel to {mam_addr} ok?"),
        (
            "Mam",
            40,
            18,
            50,
            0,
            "Mrs Hopkins next door says her knee op went fine, she's off the crutches",
        ),
        ("Mam", 58, 17, 20, 0, "Nain went to chapel sunday first time in months bless her"),
        (
            "Owain 💛",
            4,
            12,
            40,
            1,
            f"whats my sort code n acc again, for the rent form. oh found it {sort_acc}",
        ),
        ("Owain 💛", 12, 8, 5, 0, f"car's booked in for MOT, {plate} friday 9am"),
        ("Owain 💛", 16, 21, 7, 1, "what's ur NI number? hr needs it for the joint thing"),
        ("Owain 💛", 16, 21, 9, 0, "JT 48 27 19 C"),
        ("Owain 💛", 17, 9, 10, 1, f"mine for reference: {nino}"),
        ("Owain 💛", 30, 22, 1, 1, "lost another 60 on the horses. i know. i know"),
        (
            "Owain 💛",
            31,
            19,
            40,
            0,
            "rhi we need to talk about the betting, the overdraft's maxed again",
        ),
        ("Owain 💛", 55, 22, 15, 1, "deleted sky bet off my phone. for real this time"),
        ("Owain 💛", 62, 21, 30, 1, "paddy power free bet tho 🙈 just one acca"),
        ("Owain 💛", 44, 13, 2, 0, f"my new work mobile is {ph_owain} btw"),
        ("Seren Hughes", 6, 20, 0, 0, f"moved in!!! {seren_addr}, come over saturday"),
        ("Seren Hughes", 7, 9, 15, 1, "Seren send me ur email for the hen do spreadsheet"),
        ("Seren Hughes", 7, 9, 40, 0, f"{em_seren} x"),
        ("Seren Hughes", 26, 18, 5, 0, f"if u cant get me on whatsapp ring {ph_seren}"),
        (
            "Seren Hughes",
            35,
            20,
            20,
            1,
            f"passport renewal done. number's {passport} if u need it for the booking",
        ),
        (
            "Seren Hughes",
            47,
            19,
            2,
            1,
            "canvassing for plaid again sat, u coming? need ppl for the Uplands ward",
        ),
        ("Seren Hughes", 48, 10, 0, 0, "gav from quiz is driving me up the wall with his rants"),
        ("Bethan Lloyd", 3, 7, 40, 0, "can u cover my sat shift? Dafydd's off sick"),
        (
            "Bethan Lloyd",
            19,
            16,
            20,
            1,
            f"dropped off the spaniel at {addr_inf}?? no sorry i mean the owner lives next to me lol",
        ),
        ("Bethan Lloyd", 36, 12, 5, 0, "insurance form needs ur licence no"),
        ("Bethan Lloyd", 36, 12, 9, 1, f"{dl}"),
        (
            "Bethan Lloyd",
            60,
            13,
            30,
            0,
            f"client left the cat carrier in a white van {plate2}, parked outside",
        ),
        (
            "Rhys",
            14,
            19,
            0,
            0,
            f"rhi can u lend me 50 till friday. card: {card_sp} lol jk just transfer",
        ),
        ("Rhys", 21, 20, 33, 1, "sent. Mr Davies is chasing rent again btw"),
        ("Rhys", 50, 18, 44, 1, f"IBAN for the wedding money is {ib}"),
    ]
    p.keep.update(x[-1] for x in planted)
    grp = ["Gavin Probert", "Seren Hughes", "Owain Jenkins", "Llinos Morgan", "Huw Bevan"]
    angry = angry_en(
        rng,
        70,
        [
            "the tories",
            "labour",
            "westminster",
            "the senedd",
            "these politicians",
            "the government",
            "starmer's lot",
            "the council",
            "the mps",
            "reform",
            "the eu crowd",
            "the lords",
        ],
    )
    ids = {me: 9900}
    for i, (t, v) in enumerate(chats.items()):
        ids[v[1]] = v[0]
    ids.update({"Gavin Probert": 5510, "Llinos Morgan": 5511, "Huw Bevan": 5512})
    data_chats = []
    top = []
    for title, (cid, full, rel) in chats.items():
        rate = {
            "Owain 💛": (2, 4),
            "Mam": (1, 3),
            "Seren Hughes": (1, 3),
            "Bethan Lloyd": (1, 2),
            "Rhys": (1, 2),
        }[title]
        act = {
            "Owain 💛": 0.9,
            "Mam": 0.55,
            "Seren Hughes": 0.5,
            "Bethan Lloyd": 0.35,
            "Rhys": 0.2,
        }[title]
        msgs = []
        for st in schedule(p, rate, act, 7 * 60, 23 * 60):
            msgs += [
                (t, w, x)
                for t, w, x in burst(p, st, [me, full], rng.randrange(2, 7), gen, 23 * 60 + 20)
            ]
        for c, di, hh, mm, snd, text in planted:
            if c == title:
                msgs.append(
                    (p.local(START + timedelta(days=di), hh, mm, 4), me if snd else full, text)
                )
        msgs.sort(key=lambda x: x[0])
        data_chats.append(tg_chat(p, title, "personal_chat", cid, msgs, ids))
        top.append({"name": title, "messages": len(msgs)})
    gm = []
    for st in schedule(p, (1, 2), 0.6, 8 * 60, 22 * 60 + 30):
        gm += burst(p, st, [me] + grp[1:], rng.randrange(2, 6), gen, 23 * 60 + 20)
    for i, text in enumerate(angry):
        d = START + timedelta(days=(i * 83) // len(angry))
        gm.append((p.local(d, 9 + (i * 5) % 13, (i * 17) % 60, 30), "Gavin Probert", text))
    gm.append(
        (
            p.local(START + timedelta(days=20), 20, 5, 0),
            "Gavin Probert",
            f"ring me if u want to argue {ph_gav}",
        )
    )
    p.keep.update(angry + [f"ring me if u want to argue {ph_gav}"])
    gm.sort(key=lambda x: x[0])
    data_chats.append(
        tg_chat(p, "Uplands Quiz Crew 🍻", "private_group", 4400123, gm, ids, service=True)
    )
    export = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting and doesn't store it for longer than it needs to deliver the service.",
        "personal_information": {
            "user_id": 9900,
            "first_name": "Rhiannon",
            "last_name": "Price",
            "phone_number": phone,
            "username": "@" + tg_user,
            "bio": "vet nurse 🐾 abertawe",
        },
        "contacts": {
            "about": "This is your contact list.",
            "list": [
                {
                    "user_id": v[0],
                    "first_name": v[1].split()[0],
                    "last_name": v[1].split()[1],
                    "phone_number": {
                        "Mam": ph_mam,
                        "Owain 💛": ph_owain,
                        "Seren Hughes": ph_seren,
                    }.get(t, ""),
                    "date": "2024-05-11T18:20:03",
                    "date_unixtime": "1715448003",
                }
                for t, v in chats.items()
            ],
        },
        "chats": {"about": "This page lists all chats from this export.", "list": data_chats},
    }
    p.files["Telegram Desktop/DataExport_2026-03-30/result.json"] = json.dumps(
        export, ensure_ascii=False, indent=1
    ).encode("utf-8")
    # Monzo CSV
    rows = []
    bal = 0
    for d in days():
        if d.day == 28:
            rows.append(
                (
                    p.local(d, 6, 12),
                    "Faster payment",
                    "UPLANDS VETS LTD",
                    "",
                    "Income",
                    "1923.47",
                    "SALARY JAN" if d.month == 1 else f"SALARY {d.strftime('%b').upper()}",
                )
            )
        if d.day == 1:
            rows.append(
                (
                    p.local(d, 9, 0),
                    "Faster payment",
                    "G DAVIES",
                    "🏠",
                    "Bills",
                    "-675.00",
                    f"rent {addr_inf}",
                )
            )
        if rng.random() < 0.3:
            rows.append(
                (
                    p.local(d, rng.randrange(18, 23), rng.randrange(60)),
                    "Card payment",
                    rng.choice(["Sky Betting and Gaming", "Paddy Power", "Betfair"]),
                    "🎲",
                    "Entertainment",
                    f"-{rng.choice([5, 10, 20, 25, 50])}.00",
                    "",
                )
            )
        if rng.random() < 0.6:
            m = rng.choice(
                [
                    ("Tesco Stores", "🛒", "Groceries", 8, 60),
                    ("Greggs", "🥐", "Eating out", 3, 9),
                    ("Co-op Sketty", "🛒", "Groceries", 4, 25),
                    ("First Cymru", "🚌", "Transport", 2, 5),
                    ("Costa Coffee", "☕", "Eating out", 3, 8),
                    ("Esso Fabian Way", "⛽", "Transport", 30, 60),
                ]
            )
            rows.append(
                (
                    p.local(d, rng.randrange(8, 21), rng.randrange(60)),
                    "Card payment",
                    m[0],
                    m[1],
                    m[2],
                    f"-{rng.randrange(m[3], m[4])}.{rng.randrange(100):02d}",
                    "",
                )
            )
        if d.day == 15:
            rows.append((p.local(d, 10, 0), "Direct Debit", "Klarna", "", "Shopping", "-84.32", ""))
            rows.append(
                (
                    p.local(d, 10, 1),
                    "Direct Debit",
                    "Lending Stream",
                    "",
                    "Finances",
                    "-112.50",
                    "loan repayment",
                )
            )
    rows.append(
        (
            p.local(START + timedelta(days=21), 20, 35),
            "Faster payment",
            "Rhys Price",
            "",
            "Transfers",
            "-50.00",
            "till friday x",
        )
    )
    rows.append(
        (
            p.local(START + timedelta(days=25), 12, 1),
            "Faster payment",
            "Seren Hughes",
            "",
            "Transfers",
            "-40.00",
            f"hen do deposit, ref {ph_seren}",
        )
    )
    rows.sort(key=lambda r: r[0])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "Transaction ID",
            "Date",
            "Time",
            "Type",
            "Name",
            "Emoji",
            "Category",
            "Amount",
            "Currency",
            "Local amount",
            "Local currency",
            "Notes and #tags",
            "Address",
            "Receipt",
            "Description",
            "Category split",
            "Money Out",
            "Money In",
        ]
    )
    for i, r in enumerate(rows):
        amt = r[5]
        w.writerow(
            [
                f"tx_0000{rng.randrange(16**16):016x}"[:30],
                r[0].strftime("%d/%m/%Y"),
                r[0].strftime("%H:%M:%S"),
                r[1],
                r[2],
                r[3],
                r[4],
                amt,
                "GBP",
                amt,
                "GBP",
                r[6],
                "",
                "",
                r[2].upper() if r[1] == "Card payment" else r[2],
                "",
                amt if amt.startswith("-") else "",
                "" if amt.startswith("-") else amt,
            ]
        )
    p.files["Monzo Data Export - CSV (Monday, 30 March 2026).csv"] = buf.getvalue().encode("utf-8")
    # Mastodon outbox
    items = []
    posts = [
        (
            3,
            "Knocked on 40 doors for Plaid Cymru in Uplands today, legs are gone but so many good chats 💚 #Senedd2026",
        ),
        (
            11,
            "Reminder that the vet practice on Walter Rd is NOT open Sundays, stop ringing my personal mobile 😅",
        ),
        (18, "Rhun's speech tonight made me proud to be a Plaid member. Annibyniaeth! #Plaid"),
        (26, "Swansea bay at 7am before a 10 hr shift. worth it 🌊"),
        (33, "Anyone on here going to the Plaid hustings at the Grand on thurs?"),
        (41, "Canvassing again sat, DM me if you want to join, we meet at the Uplands Tavern 10am"),
        (49, "Spayed 4 cats today. Dachshund ate a sock. normal tuesday"),
        (56, "Senedd election in May, register to vote folks, it takes 5 min"),
        (63, "Plaid leaflets in my car boot, my car is now 40% paper"),
        (70, "Three nights shifts done, sleeping till thursday"),
        (77, "Voting Plaid in May and not apologising for it 💚"),
    ]
    dms = [
        (
            22,
            "@seren_h@social.example.net here's my email for the canvassing rota rhi.price99@example.com",
        ),
        (
            45,
            "@seren_h@social.example.net ring me on 07700 900461? no wait thats mams lol, mine is +44 7700 900318",
        ),
    ]
    p.reg("07700 900461", "PHONE_NUMBER")
    for k, (di, text) in enumerate(posts + dms):
        t = p.local(START + timedelta(days=di), 19, 10 + k, 0).astimezone(UTC)
        is_dm = text.startswith("@seren_h")
        nid = 112233400000000000 + k * 7919
        items.append(
            {
                "id": f"https://social.example.net/users/rhiprice/statuses/{nid}/activity",
                "type": "Create",
                "actor": "https://social.example.net/users/rhiprice",
                "published": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "to": ["https://social.example.net/users/seren_h"]
                if is_dm
                else ["https://www.w3.org/ns/activitystreams#Public"],
                "cc": [] if is_dm else ["https://social.example.net/users/rhiprice/followers"],
                "object": {
                    "id": f"https://social.example.net/users/rhiprice/statuses/{nid}",
                    "type": "Note",
                    "summary": None,
                    "published": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "url": f"https://social.example.net/@rhiprice/{nid}",
                    "content": "<p>"
                    + text.replace(
                        "@seren_h@social.example.net",
                        '<span class="h-card"><a href="https://social.example.net/@seren_h" class="u-url mention">@<span>seren_h</span></a></span>',
                    )
                    + "</p>",
                    "attachment": [],
                    "tag": [
                        {
                            "type": "Mention",
                            "href": "https://social.example.net/users/seren_h",
                            "name": "@seren_h@social.example.net",
                        }
                    ]
                    if is_dm
                    else [],
                },
            }
        )
    outbox = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": len(items),
        "orderedItems": items,
    }
    raw = json.dumps(outbox, ensure_ascii=False, indent=2)
    raw = raw.replace('"orderedItems":', '"orderedItems": [],\n  "orderedItems":', 1)
    p.files["mastodon-archive/outbox.json"] = raw.encode("utf-8")
    p.files["mastodon-archive/actor.json"] = json.dumps(
        {
            "@context": "https://www.w3.org/ns/activitystreams",
            "id": "https://social.example.net/users/rhiprice",
            "type": "Person",
            "preferredUsername": "rhiprice",
            "name": "Rhi 🐾",
            "summary": f"<p>vet nurse, Swansea. Plaid. {masto}</p>",
        },
        ensure_ascii=False,
        indent=2,
    ).encode("utf-8")
    # Google Records.json
    locs = []
    for d in days():
        wk = d.weekday() < 5
        for h in range(0, 24):
            at_work = wk and 8 <= h < 17
            pt = work if at_work else home
            if not wk and 13 <= h < 16:
                pt = (51.6142, -3.9417)  # afternoon in town, not home
            t = p.local(d, h, rng.randrange(5, 55), rng.randrange(60)).astimezone(UTC)
            locs.append(
                {
                    "latitudeE7": int(round((pt[0] + rng.uniform(-0.0003, 0.0003)) * 1e7)),
                    "longitudeE7": int(round((pt[1] + rng.uniform(-0.0003, 0.0003)) * 1e7)),
                    "accuracy": rng.randrange(8, 40),
                    "source": rng.choice(["WIFI", "GPS", "CELL"]),
                    "deviceTag": -184927310,
                    "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(1000):03d}Z",
                }
            )
    p.files["Takeout/Location History (Timeline)/Records.json"] = json.dumps(
        {"locations": locs}, indent=2
    ).encode("utf-8")
    facts = {
        "home": {
            "lat": home[0],
            "lon": home[1],
            "radius_m": 300,
            "address": home_addr,
            "city": "Swansea",
        },
        "work": {"lat": work[0], "lon": work[1], "radius_m": 300, "employer": "Uplands Vets Ltd"},
        "sleep_window": {"start": "23:30", "end": "07:00", "tolerance_min": 60},
        "top_contacts": sorted(top, key=lambda x: -x["messages"])[:3],
        "relationships": [
            {"name": t, "relationship": v[2], "full_name": v[1]} for t, v in chats.items()
        ],
        "religion": {"value": False},
        "health": {"value": False},
        "politics": {"value": "Plaid Cymru member and canvasser"},
        "financial_stress": {"value": True},
        "gambling": {"value": True},
        "gaming": {"value": False},
        "salary": {
            "amount": "1923.47",
            "currency": "GBP",
            "payer": "UPLANDS VETS LTD",
            "period": "monthly",
        },
        "risky_contact": {
            "name": "Gavin Probert",
            "why": "posts 70 angry political rants in the group 'Uplands Quiz Crew 🍻'",
        },
    }
    user = {
        "names": [me, "Rhi", "Rhiannon"],
        "phones": [phone],
        "emails": [em],
        "handles": ["@" + tg_user, masto],
    }
    desc = "Rhiannon Price, 26, veterinary nurse in Swansea; Telegram full export, Monzo CSV, Mastodon archive, Google Records.json."
    return finish(p, desc, user, facts)


def tg_chat(p: Persona, name: str, typ: str, cid: int, msgs, ids, service: bool = False) -> dict:
    out = []
    mid = 100
    if service:
        t0 = p.local(START, 7, 5)
        out.append(
            {
                "id": mid,
                "type": "service",
                "date": t0.strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(int(t0.timestamp())),
                "actor": "Seren Hughes",
                "actor_id": "user5503",
                "action": "create_group",
                "title": name,
                "members": [
                    "Seren Hughes",
                    "Rhiannon Price",
                    "Gavin Probert",
                    "Owain Jenkins",
                    "Llinos Morgan",
                    "Huw Bevan",
                ],
                "text": "",
                "text_entities": [],
            }
        )
    for t, who, text in msgs:
        mid += 1
        m = {
            "id": mid,
            "type": "message",
            "date": t.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(int(t.timestamp())),
            "from": who,
            "from_id": f"user{ids[who]}",
        }
        if p.rng.random() < 0.12 and mid > 102:
            m["reply_to_message_id"] = mid - p.rng.randrange(1, 3)
        r = p.rng.random()
        if text in p.keep:
            r = 1.0  # keep identifier-bearing messages as text
        if r < 0.05:
            m.update(
                {
                    "photo": "(File not included. Change data exporting settings to download.)",
                    "width": 1280,
                    "height": 960,
                }
            )
            text = ""
        elif r < 0.07:
            m.update(
                {
                    "file": "(File not included. Change data exporting settings to download.)",
                    "media_type": "voice_message",
                    "mime_type": "audio/ogg",
                    "duration_seconds": p.rng.randrange(3, 60),
                }
            )
            text = ""
        ents = [{"type": "plain", "text": text}] if text else []
        ph = re.search(r"\+447700900\d{3}|(?:\+44 )?\(?0?7700\)? ?900 ?\d{3}", text)
        if ph:
            a, b = ph.span()
            parts = [x for x in [text[:a], text[a:b], text[b:]]]
            ents = (
                ([{"type": "plain", "text": parts[0]}] if parts[0] else [])
                + [{"type": "phone", "text": parts[1]}]
                + ([{"type": "plain", "text": parts[2]}] if parts[2] else [])
            )
            m["text"] = [e["text"] if e["type"] == "plain" else e for e in ents]
        else:
            m["text"] = text
        m["text_entities"] = ents
        out.append(m)
    return {"name": name, "type": typ, "id": cid, "messages": out}


# ======================================================================== US
def moji(s: str) -> str:
    return s.encode("utf-8").decode("latin-1")


def moji_tree(o):
    if isinstance(o, str):
        return moji(o)
    if isinstance(o, list):
        return [moji_tree(x) for x in o]
    if isinstance(o, dict):
        return {k: moji_tree(v) for k, v in o.items()}
    return o


def persona_us() -> Persona:
    p = Persona("us_sacramento_engineer", "America/Los_Angeles", 15003)
    rng = p.rng
    me = "Teresa Villanueva"
    phone = p.reg("(916) 555-0143", "PHONE_NUMBER")
    home = (38.5663, -121.4745)
    work = (38.5796, -121.4936)
    home_addr = "2719 T St Apt 4, Sacramento, CA 95816"
    chats = {
        "Rosa Villanueva": ("rosavillanueva_10234", "mother"),
        "Marco Villanueva": ("marcovillanueva_88412", "brother"),
        "Begoña Ruiz": ("begonaruiz_55120", "close friend"),
        "Kevin Tran": ("kevintran_30917", "colleague"),
        "Father Miguel Ángel Soto": ("fathermiguelangelsoto_7001", "priest"),
    }
    for n in [
        me,
        "Rosa Villanueva",
        "Marco Villanueva",
        "Begoña Ruiz",
        "Kevin Tran",
        "Ray Delgado",
        "Father Miguel Ángel Soto",
        "Begoña",
        "Marco",
        "Kevin",
        "marco",
        "Tía Lupe",
        "Mrs. Okafor",
        "Tess",
        "Lupe Castillo",
        "Danny Castillo",
    ]:
        p.reg(n, "PERSON")
    ssn = p.reg("521-48-3307", "US_SSN")
    itin = p.reg("912-78-4521", "US_ITIN")
    passport = p.reg("561847293", "US_PASSPORT")
    dlic = p.reg("D4827156", "US_DRIVER_LICENSE")
    routing = p.reg(aba("32107463"), "ABA_ROUTING_NUMBER")
    acct = p.reg("7730051842", "BANK_ACCOUNT")
    card = luhn_complete("414720", 16, rng)
    card_d = p.reg("-".join(card[i : i + 4] for i in range(0, 16, 4)), "CREDIT_CARD")
    ph_mom = p.reg("916-555-0178", "PHONE_NUMBER")
    ph_marco = p.reg("+1 916 555 0112", "PHONE_NUMBER")
    ph_beg = p.reg("9165550190", "PHONE_NUMBER")
    ph_ray = p.reg("(530) 555-0166", "PHONE_NUMBER")
    plate = p.reg("8KZR417", "LICENSE_PLATE")
    em = p.reg("tess.villanueva@example.com", "EMAIL_ADDRESS")
    em_kev = p.reg("ktran@deltaridge.example.com", "EMAIL_ADDRESS")
    p.reg(home_addr, "ADDRESS")
    addr_inf = p.reg("2719 t st apt 4", "ADDRESS")
    mom_addr = p.reg("5521 Fruitridge Rd, Sacramento CA 95820", "ADDRESS")
    marco_addr = p.reg("1408 w elm st apt b, lodi", "ADDRESS")
    reddit = p.reg("tessv_builds", "USERNAME")
    venmo = p.reg("Teresa-Villanueva-7", "USERNAME")
    p.reg("Begona-Ruiz-3", "USERNAME")
    gen = en_gen(p, lower=0.7, locale="us")
    planted = [
        ("Rosa Villanueva", 2, 19, 0, 0, f"mija this is my new cell {ph_mom}"),
        (
            "Rosa Villanueva",
            8,
            18,
            20,
            1,
            f"ma what's your address again for the amazon thing, still {mom_addr}?",
        ),
        ("Rosa Villanueva", 8, 18, 31, 0, "si mija same address"),
        (
            "Rosa Villanueva",
            30,
            17,
            5,
            1,
            "ma i need my social for the refi papers, do you still have my card?",
        ),
        ("Rosa Villanueva", 30, 18, 40, 0, f"{ssn} took a picture of it"),
        ("Rosa Villanueva", 44, 20, 10, 0, "Tía Lupe says hi, she's praying for your job thing"),
        ("Rosa Villanueva", 44, 20, 12, 1, "lighting a candle for her after mass sunday"),
        (
            "Rosa Villanueva",
            65,
            19,
            5,
            0,
            "marco's sugar was 240 again, the diabetes doctor is worried",
        ),
        ("Marco Villanueva", 5, 21, 0, 0, f"new number {ph_marco}, old phone died"),
        (
            "Marco Villanueva",
            13,
            20,
            40,
            0,
            f"moving to {marco_addr} on the 1st, can i borrow the truck",
        ),
        (
            "Marco Villanueva",
            13,
            20,
            45,
            1,
            f"yes. plate is {plate} if the landlord asks for parking",
        ),
        (
            "Marco Villanueva",
            27,
            12,
            30,
            0,
            f"my ITIN is {itin} for the lease app, rosa lost hers lol",
        ),
        (
            "Marco Villanueva",
            50,
            21,
            15,
            0,
            "went to thunder valley again, up 300 then down 500 😭",
        ),
        ("Marco Villanueva", 52, 20, 5, 1, "elden ring dlc tonight? i'm on after 8"),
        ("Begoña Ruiz", 6, 20, 0, 1, "Begoña what's your venmo, i owe u for dinner"),
        ("Begoña Ruiz", 6, 20, 3, 0, "@Begona-Ruiz-3 no ñ lol"),
        ("Begoña Ruiz", 15, 19, 12, 0, f"call me {ph_beg} when ur out of work"),
        ("Begoña Ruiz", 24, 21, 40, 1, f"booking the cabo trip, my passport # is {passport}"),
        ("Begoña Ruiz", 38, 20, 20, 1, "ash wednesday mass at 6:30 w me? st francis"),
        ("Begoña Ruiz", 38, 20, 22, 0, "ok but only if we get pho after"),
        ("Begoña Ruiz", 58, 22, 10, 1, "lent is killing me, no coffee until easter 😩"),
        ("Begoña Ruiz", 71, 21, 0, 1, "palm sunday, saving you a seat at 10am mass"),
        ("Kevin Tran", 3, 8, 15, 0, f"send the I-5 drawings to {em_kev}"),
        (
            "Kevin Tran",
            20,
            12,
            40,
            1,
            f"hr wants direct deposit info, routing {routing} acct {acct} right?",
        ),
        ("Kevin Tran", 20, 12, 42, 0, "that's for you not me lol, but yeah looks right"),
        ("Kevin Tran", 35, 10, 5, 0, "site badge renewal needs your DL number"),
        ("Kevin Tran", 35, 10, 9, 1, f"{dlic}"),
        ("Kevin Tran", 47, 13, 20, 0, "Mrs. Okafor from the county called about the permit"),
        (
            "Kevin Tran",
            49,
            9,
            5,
            1,
            f"moved, can u update my address in the hr system: {home_addr}",
        ),
        (
            "Begoña Ruiz",
            16,
            18,
            40,
            1,
            "come over after, 2719 t st apt 4, buzzer is broken just text",
        ),
        (
            "Father Miguel Ángel Soto",
            10,
            9,
            0,
            0,
            "Teresa, thank you for volunteering for the Lenten fish fry. See you friday",
        ),
        (
            "Father Miguel Ángel Soto",
            31,
            19,
            0,
            1,
            f"Father, my card for the parish pledge is {card_d}, exp 09/28",
        ),
        ("Father Miguel Ángel Soto", 60, 18, 30, 0, "Confessions are 3:30 Saturday, blessings"),
    ]
    p.keep.update(x[-1] for x in planted)
    angry = angry_en(
        rng,
        68,
        [
            "the democrats",
            "the republicans",
            "newsom",
            "trump's people",
            "congress",
            "the libs",
            "the maga crowd",
            "sacramento politicians",
            "the feds",
            "the supreme court",
            "d.c.",
            "the media",
        ],
    )
    threads = []
    top = []
    stamp = lambda t: int(t.timestamp() * 1000)
    for title, (tid, rel) in chats.items():
        rate = {
            "Rosa Villanueva": (2, 4),
            "Marco Villanueva": (1, 3),
            "Begoña Ruiz": (1, 4),
            "Kevin Tran": (1, 2),
            "Father Miguel Ángel Soto": (1, 2),
        }[title]
        act = {
            "Rosa Villanueva": 0.8,
            "Marco Villanueva": 0.5,
            "Begoña Ruiz": 0.65,
            "Kevin Tran": 0.35,
            "Father Miguel Ángel Soto": 0.08,
        }[title]
        msgs = []
        for st in schedule(p, rate, act, 6 * 60 + 15, 22 * 60 + 10):
            msgs += burst(p, st, [me, title], rng.randrange(2, 7), gen, 22 * 60 + 50)
        for c, di, hh, mm, snd, text in planted:
            if c == title:
                msgs.append(
                    (p.local(START + timedelta(days=di), hh, mm, 9), me if snd else title, text)
                )
        threads.append((title, tid, [me, title], msgs))
        top.append({"name": title, "messages": len(msgs)})
    grp = ["Ray Delgado", "Marco Villanueva", "Begoña Ruiz", "Lupe Castillo", "Danny Castillo"]
    gm = []
    for st in schedule(p, (1, 2), 0.6, 7 * 60, 22 * 60):
        gm += burst(p, st, [me] + grp[1:], rng.randrange(2, 6), gen, 22 * 60 + 50)
    for i, text in enumerate(angry):
        d = START + timedelta(days=(i * 83) // len(angry))
        gm.append((p.local(d, 8 + (i * 5) % 13, (i * 11) % 60, 40), "Ray Delgado", text))
    gm.append(
        (
            p.local(START + timedelta(days=29), 19, 15, 0),
            "Ray Delgado",
            f"anybody wanna debate me call {ph_ray} 😤",
        )
    )
    p.keep.update(angry + [f"anybody wanna debate me call {ph_ray} 😤"])
    threads.append(("Primos 🌵", "primos_6620193", [me] + grp, gm))
    for title, tid, parts, msgs in threads:
        out = []
        for t, who, text in sorted(msgs, key=lambda x: x[0], reverse=True):
            m = {"sender_name": who, "timestamp_ms": stamp(t)}
            r = rng.random()
            if text in p.keep:
                r = 1.0  # keep identifier-bearing messages as text
            if r < 0.05:
                m["photos"] = [
                    {
                        "uri": f"your_facebook_activity/messages/inbox/{tid}/photos/{rng.randrange(10**15)}_{rng.randrange(10**6)}_n.jpg",
                        "creation_timestamp": stamp(t) // 1000,
                    }
                ]
            elif r < 0.065:
                m["sticker"] = {
                    "uri": f"messages/stickers_used/{rng.randrange(10**9)}_{rng.randrange(10**6)}_n.png"
                }
            else:
                m["content"] = text
            if rng.random() < 0.05:
                m["reactions"] = [
                    {"reaction": rng.choice(["❤", "😆", "👍", "😮"]), "actor": rng.choice(parts)}
                ]
            m["is_geoblocked_for_viewer"] = False
            out.append(m)
        thread = {
            "participants": [{"name": n} for n in reversed(parts)],
            "messages": out,
            "title": title,
            "is_still_participant": True,
            "thread_path": f"inbox/{tid}",
            "magic_words": [],
        }
        p.files[f"your_facebook_activity/messages/inbox/{tid}/message_1.json"] = json.dumps(
            moji_tree(thread), indent=2
        ).encode("ascii")
    # Venmo
    vrows = []
    for d in days():
        if d.day in (3, 17):
            vrows.append(
                (
                    p.local(d, 20, 5),
                    "Payment",
                    "Complete",
                    "utilities 💡⚡",
                    "Teresa Villanueva",
                    "Begoña Ruiz",
                    "- $62.40",
                )
            )
        if rng.random() < 0.12:
            who = rng.choice(["Begoña Ruiz", "Marco Villanueva", "Danny Castillo"])
            note = rng.choice(
                ["pho 🍜", "tacos", "concert tix", "gas", "kings game 🏀", "brunch", "uber split"]
            )
            amt = f"{rng.randrange(8, 60)}.{rng.randrange(100):02d}"
            if rng.random() < 0.5:
                vrows.append(
                    (
                        p.local(d, rng.randrange(12, 22), rng.randrange(60)),
                        "Payment",
                        "Complete",
                        note,
                        me,
                        who,
                        f"- ${amt}",
                    )
                )
            else:
                vrows.append(
                    (
                        p.local(d, rng.randrange(12, 22), rng.randrange(60)),
                        "Payment",
                        "Complete",
                        note,
                        who,
                        me,
                        f"+ ${amt}",
                    )
                )
    vrows.append(
        (
            p.local(START + timedelta(days=14), 11, 0),
            "Payment",
            "Complete",
            f"truck gas, moving to {marco_addr}",
            "Marco Villanueva",
            me,
            "+ $40.00",
        )
    )
    vrows.append(
        (
            p.local(START + timedelta(days=9), 19, 0),
            "Payment",
            "Complete",
            f"amazon pkg to {mom_addr}",
            me,
            "Rosa Villanueva",
            "- $35.99",
        )
    )
    vrows.sort(key=lambda r: r[0])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"Account Statement - (@{venmo}) "])
    w.writerow(["Account Activity"])
    hdr = [
        "",
        "ID",
        "Datetime",
        "Type",
        "Status",
        "Note",
        "From",
        "To",
        "Amount (total)",
        "Amount (tip)",
        "Amount (tax)",
        "Amount (fee)",
        "Tax Rate",
        "Tax Exempt",
        "Funding Source",
        "Destination",
        "Beginning Balance",
        "Ending Balance",
        "Statement Period Venmo Fees",
        "Terminal Location",
        "Year to Date Venmo Fees",
        "Disclaimer",
    ]
    w.writerow(hdr)
    w.writerow([""] * 16 + ["$0.00"] + [""] * 5)
    for r in vrows:
        out_ = r[6].startswith("-")
        w.writerow(
            [
                "",
                str(4000000000000000000 + rng.randrange(10**17)),
                r[0].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                "",
                "0",
                "",
                "0",
                "",
                "Visa Debit *" + card[-4:] if out_ else "",
                "" if out_ else "Venmo balance",
                "",
                "",
                "",
                "Venmo",
                "",
                "",
            ]
        )
    w.writerow(
        [""] * 17
        + [
            "$0.00",
            "$0.00",
            "",
            "$0.00",
            "In case of errors or questions about your electronic transfers: Contact us.",
        ]
    )
    p.files["venmo_statement_2026-01_2026-03.csv"] = buf.getvalue().encode("utf-8")
    # OFX
    trn = []
    d0 = START
    for k in range(0, DAYS, 14):
        d = START + timedelta(days=k + 4)
        trn.append(
            (
                "CREDIT",
                p.local(d, 3, 0),
                "2846.15",
                "DELTA RIDGE ENGINEERING",
                "DIRECT DEP PAYROLL DELTA RIDGE ENG",
            )
        )
    for d in days():
        if d.weekday() == 6 and rng.random() < 0.8:
            trn.append(
                (
                    "DEBIT",
                    p.local(d, 12, 0),
                    "-25.00",
                    "ST FRANCIS OF ASSISI PARISH",
                    "ONLINE GIVING SUNDAY OFFERTORY",
                )
            )
        if d.weekday() == 5 and rng.random() < 0.5:
            trn.append(
                (
                    "DEBIT",
                    p.local(d, 21, 0),
                    f"-{rng.choice(['19.99', '39.99', '59.99', '9.99'])}",
                    "STEAMGAMES.COM 4259522985",
                    "STEAM PURCHASE WA",
                )
            )
        if rng.random() < 0.5:
            m = rng.choice(
                [
                    "SAFEWAY #1204",
                    "RALEYS 412",
                    "CHEVRON 0091",
                    "TARGET T-0310",
                    "COSTCO WHSE #0464",
                    "IN-N-OUT J ST",
                ]
            )
            trn.append(
                (
                    "DEBIT",
                    p.local(d, 15, 0),
                    f"-{rng.randrange(6, 140)}.{rng.randrange(100):02d}",
                    m,
                    "POS PURCHASE",
                )
            )
        if d.day == 1:
            trn.append(
                (
                    "DEBIT",
                    p.local(d, 6, 0),
                    "-1650.00",
                    "CAPITOL PARK APTS",
                    f"RENT {addr_inf.upper()}",
                )
            )
    trn.sort(key=lambda x: x[1])
    ofx_dt = lambda t: (
        t.strftime("%Y%m%d%H%M%S") + ".000[-8:PST]"
        if t.utcoffset() == timedelta(hours=-8)
        else t.strftime("%Y%m%d%H%M%S") + ".000[-7:PDT]"
    )
    lines = [
        "OFXHEADER:100",
        "DATA:OFXSGML",
        "VERSION:102",
        "SECURITY:NONE",
        "ENCODING:USASCII",
        "CHARSET:1252",
        "COMPRESSION:NONE",
        "OLDFILEUID:NONE",
        "NEWFILEUID:NONE",
        "",
        "<OFX>",
        "<SIGNONMSGSRSV1>",
        "<SONRS>",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "</STATUS>",
        f"<DTSERVER>{ofx_dt(p.local(START + timedelta(days=DAYS), 9, 0))}",
        "<LANGUAGE>ENG",
        "<FI>",
        "<ORG>RIVERBEND CU",
        "<FID>3210</FID>" if False else "<FID>3210",
        "</FI>",
        "</SONRS>",
        "</SIGNONMSGSRSV1>",
        "<BANKMSGSRSV1>",
        "<STMTTRNRS>",
        "<TRNUID>0",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "</STATUS>",
        "<STMTRS>",
        "<CURDEF>USD",
        "<BANKACCTFROM>",
        f"<BANKID>{routing}",
        f"<ACCTID>{acct}",
        "<ACCTTYPE>CHECKING",
        "</BANKACCTFROM>",
        "<BANKTRANLIST>",
        f"<DTSTART>{ofx_dt(p.local(START, 0, 0))}",
        f"<DTEND>{ofx_dt(p.local(START + timedelta(days=DAYS - 1), 23, 59))}",
    ]
    for i, (ty, t, amt, name, memo) in enumerate(trn):
        lines += [
            "<STMTTRN>",
            f"<TRNTYPE>{ty}",
            f"<DTPOSTED>{ofx_dt(t)}",
            f"<TRNAMT>{amt}",
            f"<FITID>{20260000 + i}",
            f"<NAME>{name[:32]}",
            f"<MEMO>{memo}",
            "</STMTTRN>",
        ]
    lines += [
        "</BANKTRANLIST>",
        "<LEDGERBAL>",
        "<BALAMT>4213.77",
        f"<DTASOF>{ofx_dt(p.local(START + timedelta(days=DAYS), 0, 0))}",
        "</LEDGERBAL>",
        "</STMTRS>",
        "</STMTTRNRS>",
        "</BANKMSGSRSV1>",
        "</OFX>",
    ]
    p.files["riverbend_checking_2026Q1.ofx"] = ("\r\n".join(lines) + "\r\n").encode("ascii")

    # Reddit
    def rcsv(path: str, header: list[str], rows_: list[list[str]]) -> None:
        b = io.StringIO()
        ww = csv.writer(b, lineterminator="\n")
        ww.writerow(header)
        ww.writerows(rows_)
        p.files[path] = ("\ufeff" + b.getvalue()).encode("utf-8")

    rts = lambda di, h: (
        p.local(START + timedelta(days=di), h, 17).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    )
    ip = "73.41.206.18"
    rcsv(
        "reddit/posts.csv",
        ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"],
        [
            [
                "1q2w3e",
                "https://www.reddit.com/r/Sacramento/comments/1q2w3e/",
                rts(9, 20),
                ip,
                "Sacramento",
                "0",
                "Best pho near midtown?",
                "",
                "Tired of the same 3 places, go",
            ],
            [
                "1r4t5y",
                "https://www.reddit.com/r/civilengineering/comments/1r4t5y/",
                rts(22, 21),
                ip,
                "civilengineering",
                "0",
                "PE exam retake tips",
                "",
                "Failed transpo by 3 questions. Again. Any tips welcome",
            ],
            [
                "1s6u7i",
                "https://www.reddit.com/r/Catholicism/comments/1s6u7i/",
                rts(40, 20),
                ip,
                "Catholicism",
                "0",
                "First Lent as a parish volunteer",
                "",
                "Running the fish fry at my parish this year, how do you all keep your Lenten promises with a crazy work schedule?",
            ],
            [
                "1t8y9o",
                "https://www.reddit.com/r/Eldenring/comments/1t8y9o/",
                rts(52, 21),
                ip,
                "Eldenring",
                "0",
                "finally beat messmer",
                "",
                "took me 40 tries and my brother marco yelling on discord",
            ],
        ],
    )
    rcsv(
        "reddit/comments.csv",
        [
            "id",
            "permalink",
            "date",
            "ip",
            "subreddit",
            "gildings",
            "link",
            "parent",
            "body",
            "media",
        ],
        [
            [
                "kx1",
                "https://www.reddit.com/r/Sacramento/comments/1q2w3e/_/kx1/",
                rts(10, 19),
                ip,
                "Sacramento",
                "0",
                "https://www.reddit.com/r/Sacramento/comments/1q2w3e/",
                "",
                "Pho Bac Hoa on Stockton is the one",
                "",
            ],
            [
                "kx2",
                "https://www.reddit.com/r/Catholicism/comments/1s6u7i/_/kx2/",
                rts(41, 20),
                ip,
                "Catholicism",
                "0",
                "https://www.reddit.com/r/Catholicism/comments/1s6u7i/",
                "t1_kw9",
                "Our pastor Father Miguel Ángel Soto says start small. Rosary on the commute works for me",
                "",
            ],
            [
                "kx3",
                "https://www.reddit.com/r/personalfinance/comments/1z/_/kx3/",
                rts(47, 21),
                ip,
                "personalfinance",
                "0",
                "https://www.reddit.com/r/personalfinance/comments/1z/",
                "",
                "Max your 401k match before anything else. My brother marco learned that the hard way at thunder valley lol",
                "",
            ],
        ],
    )
    rcsv(
        "reddit/messages.csv",
        ["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"],
        [
            [
                "2ab1",
                "https://www.reddit.com/message/messages/2ab1",
                "",
                rts(23, 20),
                ip,
                "pho_hunter_916",
                reddit,
                "re: pho",
                "thanks! dm me if you want to join our pho crawl",
            ],
            [
                "2ab2",
                "https://www.reddit.com/message/messages/2ab2",
                "2ab1",
                rts(23, 21),
                ip,
                reddit,
                "pho_hunter_916",
                "re: pho",
                f"sure! text me at {phone} or email {em}, I'm Tess",
            ],
        ],
    )
    p.reg("pho_hunter_916", "USERNAME")
    # iOS Google location-history.json
    arr = []

    def iso(t: datetime) -> str:
        off = int(t.utcoffset().total_seconds() // 60)
        return (
            t.strftime("%Y-%m-%dT%H:%M:%S.000")
            + f"{'-' if off < 0 else '+'}{abs(off) // 60:02d}:{abs(off) % 60:02d}"
        )

    geo = lambda pt: (
        f"geo:{pt[0] + rng.uniform(-0.0003, 0.0003):.6f},{pt[1] + rng.uniform(-0.0003, 0.0003):.6f}"
    )

    def visit(a, b, pt, sem, pid):
        arr.append(
            {
                "endTime": iso(b),
                "startTime": iso(a),
                "visit": {
                    "hierarchyLevel": "0",
                    "topCandidate": {
                        "probability": f"{rng.uniform(0.6, 0.95):.6f}",
                        "semanticType": sem,
                        "placeID": pid,
                        "placeLocation": geo(pt),
                    },
                    "probability": f"{rng.uniform(0.7, 0.99):.6f}",
                },
            }
        )

    for d in days():
        wk = d.weekday() < 5
        a = p.local(d, 0, 0)
        if wk:
            l = p.local(d, 7, rng.randrange(15, 45))
            visit(a, l, home, "Home", "ChIJhome2719TSt000000")
            w1 = l + timedelta(minutes=18)
            arr.append(
                {
                    "endTime": iso(w1),
                    "startTime": iso(l),
                    "activity": {
                        "end": geo(work),
                        "topCandidate": {"type": "in passenger vehicle", "probability": "0.880000"},
                        "distanceMeters": "2410.0",
                        "start": geo(home),
                    },
                }
            )
            arr.append(
                {
                    "endTime": iso(w1),
                    "startTime": iso(l),
                    "timelinePath": [
                        {"point": geo(home), "durationMinutesOffsetFromStartTime": "0"},
                        {
                            "point": geo(((home[0] + work[0]) / 2, (home[1] + work[1]) / 2)),
                            "durationMinutesOffsetFromStartTime": "9",
                        },
                        {"point": geo(work), "durationMinutesOffsetFromStartTime": "18"},
                    ],
                }
            )
            b = p.local(d, 16, rng.randrange(30, 59))
            visit(w1, b, work, "Work", "ChIJworkDeltaRidge00")
            visit(
                b + timedelta(minutes=25),
                p.local(d, 23, 59, 59),
                home,
                "Home",
                "ChIJhome2719TSt000000",
            )
        else:
            visit(a, p.local(d, 23, 59, 59), home, "Home", "ChIJhome2719TSt000000")
    p.files["location-history.json"] = json.dumps(arr, indent=2).encode("utf-8")
    facts = {
        "home": {
            "lat": home[0],
            "lon": home[1],
            "radius_m": 300,
            "address": home_addr,
            "city": "Sacramento",
        },
        "work": {
            "lat": work[0],
            "lon": work[1],
            "radius_m": 300,
            "employer": "Delta Ridge Engineering",
        },
        "sleep_window": {"start": "23:00", "end": "06:00", "tolerance_min": 60},
        "top_contacts": sorted(top, key=lambda x: -x["messages"])[:3],
        "relationships": [
            {"name": t, "relationship": v[1], "full_name": t} for t, v in chats.items()
        ],
        "religion": {"value": "Catholic (weekly Mass, parish volunteer, Lent)"},
        "health": {"value": False},
        "politics": {"value": False},
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": True},
        "salary": {
            "amount": "2846.15",
            "currency": "USD",
            "payer": "DELTA RIDGE ENGINEERING",
            "period": "biweekly",
        },
        "risky_contact": {
            "name": "Ray Delgado",
            "why": "posts 68 angry political rants in the Messenger group 'Primos 🌵'",
        },
    }
    user = {
        "names": [me, "Tess"],
        "phones": [phone],
        "emails": [em],
        "handles": ["u/" + reddit, "@" + venmo],
    }
    desc = "Teresa Villanueva, 41, civil engineer in Sacramento; Facebook Messenger (2024 layout, mojibake), Venmo statement, OFX checking, Reddit CSVs, Google iOS location-history.json."
    return finish(p, desc, user, facts)


# ================================================================== common
def decoded_text(path: str, data: bytes) -> str:
    """The file as a reader sees it: decoded bytes plus, for JSON, every string value (mojibake repaired)."""
    enc = "gbk" if os.path.basename(path).startswith("alipay_record") else "utf-8-sig"
    text = data.decode(enc)
    if path.endswith(".json"):
        strings: list[str] = []

        def walk(o) -> None:
            if isinstance(o, str):
                try:
                    strings.append(o.encode("latin-1").decode("utf-8"))
                except (UnicodeEncodeError, UnicodeDecodeError):
                    strings.append(o)
            elif isinstance(o, list):
                for x in o:
                    walk(x)
            elif isinstance(o, dict):
                for x in o.values():
                    walk(x)

        walk(json.loads(text))
        text = text + "\n" + "\n".join(strings)
    return text


def occurs(value: str, text: str) -> bool:
    if not value[0].isascii() or not value[-1].isascii():
        return value in text

    def cls(ch: str) -> str:
        return "0-9" if ch.isdigit() else "A-Za-z" if ch.isalpha() else ""

    a, b = cls(value[0]), cls(value[-1])
    pat = (f"(?<![{a}])" if a else "") + re.escape(value) + (f"(?![{b}])" if b else "")
    return re.search(pat, text) is not None


def finish(p: Persona, desc: str, user: dict, facts: dict) -> Persona:
    pii = []
    for path in sorted(p.files):
        text = decoded_text(path, p.files[path])
        for value, etype in p.registry:
            if occurs(value, text):
                pii.append({"file": path, "entity_type": etype, "value": value})
    gt = {
        "schema_version": 1,
        "persona": p.pid,
        "fictional": True,
        "independent": True,
        "description": desc,
        "timezone": p.tzname,
        "user": user,
        "pii": pii,
        "facts": facts,
    }
    p.files["ground_truth.json"] = (json.dumps(gt, ensure_ascii=False, indent=2) + "\n").encode(
        "utf-8"
    )
    return p


def generate(out_dir: str) -> None:
    for make in (persona_cn, persona_uk, persona_us):
        p = make()
        for rel, data in p.files.items():
            full = os.path.join(out_dir, p.pid, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as f:
                f.write(data)


if __name__ == "__main__":
    generate(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "personas"))
