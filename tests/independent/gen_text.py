"""Phrase machinery: slot filling, natural variation, rant generators (deterministic)."""

from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta

from gen_common import ME, Chat, Msg, session_times

SLOTS_ZH = {
    "food": [
        "火锅",
        "螺蛳粉",
        "麻辣烫",
        "烤肉",
        "酸菜鱼",
        "小龙虾",
        "沙县",
        "黄焖鸡",
        "寿司",
        "炸鸡",
        "牛肉面",
        "热干面",
        "凉皮",
        "肉夹馍",
        "烧烤",
        "奶茶",
        "煎饼果子",
    ],
    "time": ["七点", "七点半", "八点", "六点半", "九点", "晚上", "下午", "明早"],
    "n": ["2", "3", "5", "十几", "二十", "半小时", "一个小时", "俩"],
    "thing": ["快递", "充电宝", "雨伞", "钥匙", "耳机", "外卖", "水果", "纸巾", "酱油", "洗衣液"],
    "show": [
        "繁花",
        "庆余年",
        "漫长的季节",
        "狂飙",
        "与凤行",
        "那英的综艺",
        "某个恋综",
        "乘风破浪",
    ],
    "weather": ["好热", "下大雨了", "降温了", "风好大", "又闷又热", "出太阳了", "雾霾好重"],
}
SLOTS_EN = {
    "food": [
        "tacos",
        "pho",
        "pizza",
        "wings",
        "sushi",
        "a cheesesteak",
        "ramen",
        "thai",
        "burgers",
        "a curry",
        "fish and chips",
        "dumplings",
        "bagels",
    ],
    "time": ["7", "7:30", "8ish", "6", "half 6", "after work", "tonight", "tmrw morning"],
    "n": ["2", "3", "5", "10", "20", "a couple", "like 15"],
    "thing": [
        "charger",
        "umbrella",
        "keys",
        "headphones",
        "the package",
        "milk",
        "the blender",
        "my hoodie",
    ],
    "show": [
        "The Bear",
        "Severance",
        "Love Island",
        "Bake Off",
        "Shrinking",
        "Slow Horses",
        "the new Dune",
        "Abbott Elementary",
    ],
    "weather": [
        "freezing",
        "pouring",
        "sooo windy",
        "gross and humid",
        "actually sunny for once",
        "snowing lol",
    ],
}

EMOJI_ZH = [
    "😂",
    "🤣",
    "😭",
    "🙃",
    "😅",
    "👌",
    "🙏",
    "😘",
    "😤",
    "🥲",
    "[捂脸]",
    "[偷笑]",
    "[旺柴]",
    "[呲牙]",
    "[裂开]",
    "[OK]",
    "[抱拳]",
    "[破涕为笑]",
    "[让我看看]",
]
EMOJI_EN = ["😂", "🤣", "😭", "🙃", "😅", "👍", "🙏", "❤️", "😤", "🥲", "💀", "🔥", "👀", "😬", "🙄"]


def fill(rng: random.Random, text: str, lang: str) -> str:
    slots = SLOTS_ZH if lang == "zh" else SLOTS_EN

    def rep(m: re.Match[str]) -> str:
        key = m.group(1)
        return rng.choice(slots[key]) if key in slots else m.group(0)

    return re.sub(r"\{(\w+)\}", rep, text)


_EN_TYPO = [
    ("you", "u"),
    ("are", "r"),
    ("because", "bc"),
    ("tomorrow", "tmrw"),
    ("though", "tho"),
    ("I'm", "im"),
    ("don't", "dont"),
    ("going to", "gonna"),
    ("want to", "wanna"),
    ("okay", "ok"),
    ("really", "rly"),
    ("people", "ppl"),
    ("probably", "prob"),
]


SERIOUS = (
    "proud",
    "sorry",
    "worried",
    "panic",
    "anxiety",
    "therapy",
    "血压",
    "医院",
    "催收",
    "借呗",
    "降压",
)


def vary(rng: random.Random, text: str, lang: str) -> str:
    """Small human noise: emoji, elongation, dropped punctuation, abbreviations, typos."""
    if any(k in text for k in SERIOUS):
        return text
    if lang == "zh":
        r = rng.random()
        if r < 0.12:
            text = text.rstrip("。") + rng.choice(EMOJI_ZH)
        elif r < 0.18:
            text = text.rstrip("。！") + rng.choice(
                ["哈哈哈", "哈哈", "hhh", "23333", "嘿嘿", "啊啊啊"]
            )
        elif r < 0.24:
            text = text.rstrip("。") + rng.choice(["~", "～", "！", "！！", "。。", "…"])
        if rng.random() < 0.05:
            text = text.replace("的", "滴", 1)
        if rng.random() < 0.05:
            text = text.replace("好的", rng.choice(["好滴", "ok", "嗯嗯", "okk"]))
        return text
    r = rng.random()
    if r < 0.1:
        text = text.rstrip(".") + " " + rng.choice(EMOJI_EN)
    elif r < 0.15:
        text = text.rstrip(".!") + rng.choice([" lol", " lmao", " haha", " hahaha", "!!", " 😂😂"])
    if rng.random() < 0.3:
        for a, b in _EN_TYPO:
            if a in text and rng.random() < 0.6:
                text = text.replace(a, b, 1)
    if rng.random() < 0.25:
        text = text.rstrip(".")
    if rng.random() < 0.2 and text[:1].isupper() and not text.startswith("I "):
        text = text[0].lower() + text[1:]
    if rng.random() < 0.04 and len(text) > 12:
        i = rng.randrange(3, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


Snippet = list[tuple[str, str]]  # ("me"|"them"|member name, text)


def run_chat(
    rng: random.Random,
    chat: Chat,
    start: date,
    end: date,
    per_day: float,
    snippets: list[Snippet],
    lang: str,
    hour_weights: dict[int, float],
    sleep: tuple[str, str],
    media: dict[str, float] | None = None,
    weekday_only_hours: bool = False,
) -> None:
    """Fill a chat with bursts of snippet conversations across the period."""
    other = [m for m in chat.members if m != ME]
    d = start
    while d <= end:
        k = 0
        x = per_day
        while x > 0:
            if rng.random() < min(1.0, x):
                k += 1
            x -= 1
        for _ in range(k):
            snip = rng.choice(snippets)
            times = session_times(rng, d, hour_weights, len(snip), sleep)
            for (who, text), t in zip(snip, times, strict=False):
                if who == "me":
                    sender = ME
                elif who == "them":
                    sender = other[0]
                else:
                    sender = who
                body = vary(rng, fill(rng, text, lang), lang)
                chat.messages.append(Msg(t, sender, body))
            if media and times:
                for kind, p in media.items():
                    if rng.random() < p:
                        who = rng.choice([ME, *other])
                        chat.messages.append(
                            Msg(times[-1] + timedelta(seconds=30), who, "", kind=kind)
                        )
        d += timedelta(days=1)


# --------------------------------------------------------------------------- rants
ZH_RANT_SUBJ = [
    "当官的",
    "那帮当官的",
    "上面那些人",
    "体制内那帮人",
    "砖家",
    "有关部门",
    "那些领导",
    "某些部门",
    "街道办那几个",
    "税务局",
    "管事的",
    "坐办公室的那帮",
    "他们",
]
ZH_RANT_PRED = [
    "又在割韭菜",
    "天天画大饼",
    "就知道收税",
    "满嘴跑火车",
    "只顾自己捞钱",
    "把老百姓当傻子",
    "吃拿卡要一条龙",
    "说一套做一套",
    "开会开了个寂寞",
    "拍脑袋定政策",
    "从来不管我们死活",
    "骗子一样",
    "数据全是编的",
    "又改规则了",
    "拿我们的血汗钱填窟窿",
    "吃香喝辣",
    "官官相护",
]
ZH_RANT_TAIL = [
    "，服了",
    "。醒醒吧各位",
    "🙄",
    "，这体制没救了",
    "，说了你们也不信",
    "……算了不说了，说多了又被删",
    "，税交了个寂寞",
    "！！！",
    "，真的气死",
    "，我就问凭什么",
    "。",
    "，呵呵",
    "，韭菜一茬又一茬",
    "[裂开]",
    "，谁信谁傻",
    "，新闻联播里天天形势一片大好",
]
ZH_RANT_SOLO = [
    "个税又多扣了我{n}百多，钱都去哪了",
    "今天交社保又涨了，工资没涨一分",
    "看到那个局长家里搜出{n}套房没，还有多少没搜出来的",
    "别信新闻，自己去菜市场看看就知道了",
    "又是专项整治，整来整去整的都是小老百姓",
    "停车费又涨了，一个破路边收{n}块",
    "他们嘴里的稳中向好，我怎么一点没感觉到",
    "物业和街道穿一条裤子，投诉了{n}次没人理",
    "公积金说好的又变了，骗子",
    "体制内躺平月月拿钱，我们跑断腿还要交税养着",
    "开个发票都要跑{n}趟，办事效率感人",
    "说是为了我们好，其实就是割韭菜",
    "房价跌了税没跌，这合理吗",
    "你们看那个通报没有，笑死，又是临时工背锅",
    "罚款罚款，全靠罚款创收",
    "啥都收费，呼吸要不要也收个税",
]


def zh_rants(rng: random.Random, n: int) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        if rng.random() < 0.35:
            s = rng.choice(ZH_RANT_SOLO).replace("{n}", str(rng.choice([2, 3, 4, 5, 6, 8, 12, 15])))
            if rng.random() < 0.5:
                s += rng.choice(ZH_RANT_TAIL)
        else:
            s = (
                rng.choice(ZH_RANT_SUBJ)
                + rng.choice(["", "又", "就是", "真的", "天天"])
                + rng.choice(ZH_RANT_PRED)
            )
            s = s.replace("又又", "又").replace("天天天天", "天天") + rng.choice(ZH_RANT_TAIL)
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


EN_RANT_SUBJ = [
    "these politicians",
    "the clowns in office",
    "the crooks at city hall",
    "the IRS people",
    "those bureaucrats",
    "the folks running the system",
    "the guys in congress",
    "the people running this place",
    "our so called leaders",
    "the people in government",
    "them up there",
    "officials",
    "the council members",
    "the suits",
]
EN_RANT_PRED = [
    "lie through their teeth",
    "rob us blind with taxes",
    "are corrupt top to bottom",
    "don't give a damn about regular people",
    "just line their own pockets",
    "think we're stupid",
    "get rich while we pay for it",
    "keep moving the goalposts",
    "cover for each other",
    "print money and blame us",
    "never get held accountable",
    "tax everything that moves",
    "are all bought and paid for",
    "sold us out years ago",
]
EN_RANT_TAIL = [
    "",
    ".",
    "!!",
    " 🙄",
    " smh",
    ". wake up ppl",
    ". the system is rigged",
    ". I'm so done",
    ", and nobody cares",
    " lol not even joking",
    ". every. single. time.",
    ", total scam",
    ". prove me wrong",
    " 🤡",
    ". look it up",
]
EN_RANT_SOLO = [
    "just saw my paycheck, ${n}0 more in taxes for what exactly",
    "property tax went up AGAIN. where does it go? not the roads thats for sure",
    "they said the new tax was temporary lmao. nothing is temporary with these people",
    "another audit another 'mistake', funny how the mistakes always go one way",
    "news is all lies btw. follow the money",
    "corruption is the business model, the rest is theater",
    "paid {n} different fees to renew one license. legalized robbery",
    "the system isn't broken, it's working exactly how they built it",
    "you think any of them has ever paid a toll? lol",
    "they'll find billions for their buddies but the pothole on my street is 3 yrs old",
    "read the actual bill. {n}00 pages of handouts to donors",
    "officials caught lying again and nothing happens. nothing ever happens",
    "my taxes paid for that guy's 'fact finding trip' to a golf resort",
    "vote all you want, same crooks different ties",
]


US_ONLY = ("IRS", "congress", "city hall", "toll", "license", "property tax", "paycheck", "bill.")


def en_rants(
    rng: random.Random, n: int, extra_subj: list[str] | None = None, uk: bool = False
) -> list[str]:
    subj = EN_RANT_SUBJ + (extra_subj or [])
    solos = EN_RANT_SOLO
    if uk:
        subj = [s for s in subj if not any(k in s for k in US_ONLY)]
        solos = [s for s in solos if not any(k in s for k in US_ONLY)] + [
            "council tax up again and the bins still get done once a fortnight",
            "HMRC can find me for a £12 mistake but billionaires? nah",
            "the payslip is a horror story. where does it all go",
            "every budget is the same con with a new font",
            "they all went to the same three schools and it shows",
        ]
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        if rng.random() < 0.35:
            s = rng.choice(solos).replace("{n}", str(rng.choice([2, 3, 4, 5, 7, 9])))
            s += rng.choice(EN_RANT_TAIL)
        else:
            s = rng.choice(subj) + " " + rng.choice(EN_RANT_PRED) + rng.choice(EN_RANT_TAIL)
            if rng.random() < 0.4:
                s = rng.choice(["honestly ", "ngl ", "I swear ", "", "man ", "reminder that "]) + s
            if rng.random() < 0.15:
                s = s.upper()
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def spread(rng: random.Random, start: date, end: date, n: int, hours: list[int]) -> list[datetime]:
    span = (end - start).days
    out = []
    for _ in range(n):
        d = start + timedelta(days=rng.randrange(span + 1))
        out.append(
            datetime(
                d.year, d.month, d.day, rng.choice(hours), rng.randrange(60), rng.randrange(60)
            )
        )
    return sorted(out)
