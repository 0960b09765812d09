"""Generate the heldout11 blind evaluation personas (fictional) and their answer keys.

Stdlib only. Output depends only on the fixed seeds below: not on TZ, locale, hash seed or
today's date. Run: python tests/heldout11/generate.py [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import shutil
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
START = date(2025, 8, 11)  # a Monday
N_DAYS = 91  # 13 weeks, to Sun 2025-11-09
# Locale-free month names (strftime %B/%b would follow LC_TIME).
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# --------------------------------------------------------------------------- time zones
# Hard-coded 2025 rules so the output never depends on the host's tz database.


def utc_offset_hours(zone: str, local: datetime) -> int:
    if zone == "Asia/Shanghai":
        return 8
    if zone == "Europe/London":
        return 1 if local < datetime(2025, 10, 26, 1, 0) else 0
    if zone == "America/Chicago":
        return -5 if local < datetime(2025, 11, 2, 1, 0) else -6
    raise ValueError(zone)


def to_utc(zone: str, local: datetime) -> datetime:
    return (local - timedelta(hours=utc_offset_hours(zone, local))).replace(tzinfo=UTC)


def epoch(zone: str, local: datetime) -> int:
    return int(to_utc(zone, local).timestamp())


# --------------------------------------------------------------------------- checksums


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError


def cn_id_check(first17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w for c, w in zip(first17, weights, strict=True))
    return first17 + "10X98765432"[s % 11]


def nhs_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    s = sum(x * w for x, w in zip(d[:9], range(10, 1, -1), strict=True))
    check = 11 - s % 11
    check = 0 if check == 11 else check
    return check != 10 and check == d[9]


def nhs_complete(first9: str) -> str:
    for d in "0123456789":
        if nhs_ok(first9 + d):
            return first9 + d
    raise AssertionError


def aba_ok(num: str) -> bool:
    d = [int(c) for c in num]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def aba_complete(first8: str) -> str:
    for d in "0123456789":
        if aba_ok(first8 + d):
            return first8 + d
    raise AssertionError


# --------------------------------------------------------------------------- chat model


@dataclass
class Msg:
    local: datetime
    sender: str  # display name as in the export; the user is persona.me
    text: str
    kind: str = "text"  # text | photo | video | voice | sticker | location | system | file


@dataclass
class Chat:
    title: str
    group: bool
    members: list[str]  # excluding the user
    msgs: list[Msg] = field(default_factory=list)


def sleep_ok(t: datetime) -> bool:
    m = t.hour * 60 + t.minute
    return 7 * 60 + 30 <= m <= 23 * 60 + 45


def typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not cand:
        return text
    i = rng.choice(cand)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    r = rng.random()
    if r < 0.4:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif r < 0.7:
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


class EnTalk:
    """Combinatorial small talk in English so lines rarely repeat."""

    def __init__(self, uk: bool) -> None:
        self.uk = uk
        self.places = (
            [
                "tesco",
                "the big asda",
                "primark",
                "the gym",
                "town",
                "the co-op",
                "greggs",
                "the pub",
                "park run",
                "the dentist",
                "the garden centre",
                "hyde park",
                "the cinema",
                "boots",
            ]
            if uk
            else [
                "target",
                "the gym",
                "costco",
                "the lake",
                "uptown",
                "cub foods",
                "trader joes",
                "the dentist",
                "the farmers market",
                "church basement sale",
                "the mall",
                "the library",
                "the taco truck",
                "walgreens",
            ]
        )
        self.foods = (
            [
                "chippy",
                "a curry",
                "pasta bake",
                "fajitas",
                "beans on toast",
                "a roast",
                "pizza",
                "thai",
                "chilli",
                "jacket potatoes",
                "a nandos",
                "stir fry",
            ]
            if uk
            else [
                "tacos",
                "pho",
                "pizza",
                "burgers",
                "hotdish",
                "chili",
                "pasta",
                "sushi",
                "leftovers",
                "wings",
                "burritos",
                "ramen",
            ]
        )
        self.shows = (
            [
                "bake off",
                "the traitors",
                "that new netflix thing",
                "strictly",
                "the match",
                "love island",
                "the bear",
                "slow horses",
                "the news",
                "that documentary",
                "the severance finale",
                "taskmaster",
            ]
            if uk
            else [
                "the vikings game",
                "the bear",
                "that new netflix thing",
                "the twins game",
                "survivor",
                "the news",
                "love is blind",
                "that documentary",
                "severance",
                "the gophers game",
                "abbott elementary",
                "the office again",
            ]
        )
        self.whens = [
            "tonight",
            "tomorrow",
            "later",
            "this weekend",
            "on friday",
            "after work",
            "in a bit",
            "on sunday",
            "next week",
            "this arvo" if uk else "this afternoon",
            "first thing",
            "before 6",
        ]
        self.adjs = [
            "so good",
            "grim",
            "amazing",
            "a bit much",
            "actually decent",
            "packed",
            "dead quiet",
            "mental",
            "lush" if uk else "awesome",
            "meh",
            "brilliant" if uk else "wild",
            "sooo slow",
        ]
        self.chores = [
            "do the washing",
            "sort the bins",
            "hoover",
            "ring the bank",
            "book the car in",
            "pick up the parcel",
            "do a food shop",
            "change the sheets",
            "pay the gas bill",
            "water the plants",
            "clean the fridge",
            "fix the shelf",
        ]
        self.excuses = [
            "bus didnt turn up",
            "traffic is a joke",
            "couldnt find my keys",
            "meeting ran over",
            "got stuck on the phone",
            "train delayed again",
            "had to go back for my phone",
            "parking was a nightmare",
        ]
        self.items = [
            "a new coat",
            "an air fryer",
            "new trainers" if uk else "new sneakers",
            "a bike",
            "a standing desk",
            "new headphones",
            "a rug for the lounge",
            "a slow cooker",
            "a plant",
            "a new phone case",
        ]
        self.acks = [
            "ok",
            "okay",
            "yeah",
            "yep",
            "sounds good",
            "lol",
            "haha",
            "omg",
            "same",
            "nooo",
            "true",
            "👍",
            "haha yes",
            "fair",
            "defo" if uk else "for sure",
            "ta" if uk else "thx",
            "cheers" if uk else "ty",
            "love that",
            "ugh",
            "wait what",
            "no way",
            "k",
            "😂😂",
            "❤️",
            "go on then",
            "yesss",
            "hmm",
            "mhm",
            "oh no",
            "ha",
            "bless",
        ]

    def line(self, rng: random.Random, elder: bool = False) -> str:
        p, f, s, w, a = (
            rng.choice(self.places),
            rng.choice(self.foods),
            rng.choice(self.shows),
            rng.choice(self.whens),
            rng.choice(self.adjs),
        )
        c, e, i = rng.choice(self.chores), rng.choice(self.excuses), rng.choice(self.items)
        n = rng.randint(2, 9)
        uk = self.uk
        if elder:
            body = rng.choice(
                [
                    f"Have you remembered to {c}",
                    f"Are you eating properly, I'm making {f} {w} if you want some",
                    f"Did you see {s}? Your dad loved it",
                    f"Ring me {w} when you get a minute",
                    f"I went to {p} {w}, it was {a}",
                    f"Don't forget to {c} {w}",
                    f"The weather is awful here {w}",
                    f"Auntie says hello, she's been to {p}",
                    "I've sent you a photo of the garden",
                    f"Are you coming over {w}? I'll do {f}",
                    f"Just back from {p}. Knackered" if uk else f"Just back from {p}. So tired",
                    f"What do you want for your birthday, {i}?",
                    f"Your cousin is thinking of getting {i}, any ideas",
                    "I can't get the tv to work again",
                    "Text me when you're home safe",
                ]
            )
            end = rng.choice(
                [
                    "",
                    "",
                    ".",
                    " x" if uk else " ❤️",
                    " love" if uk else " honey",
                    "!",
                    " 😊",
                    " xx" if uk else "",
                ]
            )
            return body + end
        body = rng.choice(
            [
                f"just got back from {p}",
                f"are we still on for {w}",
                f"did u see {s}",
                f"{f} {w}?",
                f"running late, {e}",
                f"I'll {c} {w}",
                f"{p} was {a}",
                f"thinking of getting {i}",
                f"can you {c} {w}? I forgot",
                f"fancy {f} {w}" if uk else f"wanna get {f} {w}",
                f"{s} was {a}",
                f"on my way to {p}",
                f"need to {c} {w}",
                f"just seen {i} on sale",
                f"what time {w}",
                f"omw, {e}",
                f"{f} again lol",
                f"can't be bothered to {c}",
                f"is {p} open {w}",
                f"have you watched {s} yet",
                f"remind me to {c}",
                f"{w} works for me",
                f"be there in {n} mins",
                f"{n} more hours of this day",
                f"queue at {p} is {a}",
                f"who's idea was {f}",
                f"literally just sat down and remembered I need to {c}",
                f"do we need anything from {p}",
                f"I'm so tired, {e} and then {p} was {a}",
                f"ok {s} spoilers incoming, don't read",
                f"{i} arrived!!",
                f"should I get {i} or is that mad",
                f"can't do {w}, can we move it",
                "leaving now",
                "you up?" if rng.random() < 0.3 else f"you around {w}?",
                f"the {n} bus is late again" if uk else f"the {n} train is late again",
                f"forgot my lunch so it's {f} for me",
                f"{p} or {rng.choice(self.places)}?",
                f"we should do {f} {w}, been ages",
                f"did you {c} or shall I",
                "sorry just seen this",
                f"what are you up to {w}",
                f"it's {a} out there",
                f"on the phone to the bank for {n}0 mins, kill me",
            ]
        )
        op = rng.choice(
            [
                "",
                "",
                "",
                "",
                "ok ",
                "omg ",
                "lol ",
                "so ",
                "wait ",
                "hey ",
                "ugh ",
                "haha ",
                "yeah ",
                "honestly ",
                "right " if uk else "dude ",
                "oh ",
                "btw ",
                "also ",
            ]
        )
        end = rng.choice(
            [
                "",
                "",
                "",
                " 😂",
                " 🙄",
                " haha",
                "!!",
                "?",
                " tbh",
                " lol",
                " 😭",
                " x" if uk else " 🙏",
                " ngl",
                "...",
                " 🥲",
                " 💀",
                " ffs" if uk else " smh",
            ]
        )
        text = op + body + end
        if rng.random() < 0.5:
            text = text.lower()
        elif text:
            text = text[0].upper() + text[1:]
        if rng.random() < 0.15:
            text = typo(rng, text)
        if rng.random() < 0.1:
            text = text.replace("you", "u").replace("are", "r").replace("tomorrow", "tmrw")
        return text

    def ack(self, rng: random.Random) -> str:
        return rng.choice(self.acks)


class ZhTalk:
    places = (
        "春熙路",
        "太古里",
        "公司楼下",
        "菜市场",
        "宽窄巷子",
        "健身房",
        "地铁站",
        "奶茶店",
        "超市",
        "医院门口",
        "环球中心",
        "九眼桥",
        "玉林那边",
        "公园",
    )
    foods = (
        "火锅",
        "串串",
        "冒菜",
        "钵钵鸡",
        "担担面",
        "烤鱼",
        "麻辣烫",
        "兔头",
        "抄手",
        "奶茶",
        "豆花",
        "烧烤",
        "肥肠粉",
        "蛋烘糕",
    )
    whens = ("今晚", "明天", "周末", "待会", "下班后", "周五", "后天", "中午", "早上", "下周")
    adjs = (
        "巴适",
        "好吃惨了",
        "一般般",
        "人好多",
        "好贵",
        "还可以",
        "绝了",
        "太辣了",
        "安逸",
        "有点坑",
        "不错哦",
        "排了好久",
    )
    shows = ("那个综艺", "新出的剧", "王者的比赛", "那部电影", "脱口秀", "纪录片", "甄嬛传", "狂飙")
    things = (
        "交水电费",
        "取快递",
        "洗衣服",
        "买菜",
        "开会",
        "加班",
        "搬家的事",
        "体检",
        "收拾房间",
        "还信用卡",
        "退货",
        "续房租",
    )
    acks = (
        "好的",
        "嗯嗯",
        "ok",
        "哈哈哈哈",
        "好",
        "收到",
        "行",
        "可以",
        "[OK]",
        "😂",
        "真的假的",
        "笑死",
        "我也是",
        "嗯",
        "好滴",
        "👌",
        "要得",
        "晓得了",
        "[捂脸]",
        "[旺柴]",
        "哦哦",
        "啊？",
        "666",
        "没问题",
        "好嘛",
        "[呲牙]",
        "可以可以",
        "哈哈哈",
    )

    def line(self, rng: random.Random, elder: bool = False) -> str:
        p, f, w, a = (
            rng.choice(self.places),
            rng.choice(self.foods),
            rng.choice(self.whens),
            rng.choice(self.adjs),
        )
        s, t = rng.choice(self.shows), rng.choice(self.things)
        pa = rng.choice(
            ("人好多", "好远", "堵死了", "好热闹", "还可以", "一般般", "在装修", "新开了好多店")
        )
        n = rng.randint(2, 9)
        if elder:
            body = rng.choice(
                [
                    f"{w}回来吃饭不 我炖了汤",
                    "天气转凉了 多穿点",
                    f"你{t}了没有",
                    f"我今天去{p}了 {pa}",
                    f"{w}降温 记得加衣服",
                    f"你爸说{w}去钓鱼",
                    f"少吃点{f} 上火",
                    "早点睡 不要熬夜",
                    f"你表妹{w}结婚 你回来不",
                    f"给你寄了点腊肉 {w}到",
                    "上班累不累",
                    f"看到新闻说{p}那边堵车 你注意点",
                    f"我{w}去体检 你别担心",
                    "你钱够不够用",
                ]
            )
            end = rng.choice(["", "", "。", "！", "[微笑]", "[玫瑰]", "[强]", "哈"])
            return body + end
        body = rng.choice(
            [
                f"我刚到{p}",
                f"{w}吃{f}不",
                f"{f}{a}",
                f"{w}要{t}",
                f"你看{s}了没",
                f"{p}{pa}",
                f"好累啊 {w}还要{t}",
                f"{w}去{p}吗",
                f"在{p}排队",
                f"想吃{f}了",
                f"{s}{a}",
                f"记得{t}",
                f"{w}有空没",
                f"刚{t}完",
                f"{p}那家{f}{a}",
                f"等我一哈 在{t}",
                f"{w}一起去{p}嘛",
                f"我忘了{t}",
                f"今天{f}{a}",
                f"下雨了 {w}还去{p}不",
                f"还有{n}分钟到",
                f"地铁上 {n}站就到",
                f"今天开了{n}个会 人麻了",
                f"{f}还是{rng.choice(self.foods)}",
                "你在干嘛",
                f"刚看到 {t}去了",
                f"我到{p}门口了 你呢",
                f"{w}约{f}？",
                "困死了",
                f"救命 {t}还没弄完",
                f"帮我带杯{f}嘛",
                f"{p}打折 要不要去看看",
                f"刚下班 {pa}",
                f"周末不想出门了 {t}",
                "你吃饭没",
                f"明天记得提醒我{t}",
                f"我在{p} {pa}",
                f"又要{t} 烦",
            ]
        )
        op = rng.choice(
            ["", "", "", "诶 ", "哈哈哈", "对了 ", "啊 ", "唉 ", "那个 ", "嗯 ", "卧槽 ", "宝 "]
        )
        end = rng.choice(
            [
                "",
                "",
                "",
                "~",
                "！",
                "哈哈",
                "😂",
                "[捂脸]",
                "[旺柴]",
                "😭",
                "吧",
                "啊",
                "…",
                "？",
                "[破涕为笑]",
                "嘛",
            ]
        )
        return op + body + end

    def ack(self, rng: random.Random) -> str:
        return rng.choice(self.acks)


def fill_chat(
    rng: random.Random,
    chat: Chat,
    me: str,
    talk: EnTalk | ZhTalk,
    p_day: float,
    bursts: tuple[int, int],
    per_burst: tuple[int, int],
    media: list[str],
    busy: Callable[[datetime], bool] | None = None,
    elder: frozenset[str] = frozenset(),
) -> None:
    speakers = [me, *chat.members]
    for d in range(N_DAYS):
        day = START + timedelta(days=d)
        if rng.random() > p_day:
            continue
        for _ in range(rng.randint(*bursts)):
            m = rng.randint(7 * 60 + 40, 23 * 60 + 10)
            t = datetime(day.year, day.month, day.day) + timedelta(
                minutes=m, seconds=rng.randrange(60)
            )
            if busy and busy(t):
                continue
            who = rng.choice(speakers)
            for k in range(rng.randint(*per_burst)):
                if not sleep_ok(t):
                    break
                if k and rng.random() < 0.55:
                    who = rng.choice([s for s in speakers if s != who])
                r = rng.random()
                if r < 0.07 and media:
                    chat.msgs.append(Msg(t, who, "", rng.choice(media)))
                elif r < 0.35 and k and who not in elder:
                    chat.msgs.append(Msg(t, who, talk.ack(rng)))
                else:
                    chat.msgs.append(Msg(t, who, talk.line(rng, who in elder)))
                t += timedelta(seconds=rng.randint(8, 300))


def plant(chat: Chat, day: int, hhmm: str, who: str, text: str, kind: str = "text") -> None:
    h, m = (int(x) for x in hhmm.split(":"))
    d = START + timedelta(days=day)
    t = datetime(d.year, d.month, d.day, h, m, (day * 7 + h * 3 + m) % 60)
    assert sleep_ok(t), (hhmm, text)
    chat.msgs.append(Msg(t, who, text, kind))


def plant_convo(chat: Chat, day: int, hhmm: str, lines: list[tuple[str, str]]) -> None:
    h, m = (int(x) for x in hhmm.split(":"))
    for i, (who, text) in enumerate(lines):
        mm = h * 60 + m + i
        plant(chat, day, f"{mm // 60:02d}:{mm % 60:02d}", who, text)


def angry_lines(rng: random.Random, parts: list[list[str]], n: int, joiner: str = " ") -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        s = joiner.join(rng.choice(p) for p in parts).strip()
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def sort_chat(chat: Chat) -> None:
    chat.msgs.sort(key=lambda m: (m.local, m.sender, m.text))


# --------------------------------------------------------------------------- locations


@dataclass
class Visit:
    start: datetime
    end: datetime
    place: str  # key into places


def day_visits(rng: random.Random, day: date, outings: list[str]) -> list[Visit]:
    base = datetime(day.year, day.month, day.day)
    out: list[Visit] = []

    def at(h: float) -> datetime:
        return base + timedelta(minutes=round(h * 60))

    if day.weekday() < 5:
        leave = 7.75 + rng.random() * 0.4
        arrive = leave + 0.5 + rng.random() * 0.15
        quit_ = (17.0 if day.weekday() == 4 else 17.5) + rng.random() * 0.4
        back = quit_ + 0.55 + rng.random() * 0.2
        out.append(Visit(at(0), at(leave), "home"))
        out.append(Visit(at(arrive), at(quit_), "work"))
        if rng.random() < 0.3:
            o = rng.choice(outings)
            out.append(Visit(at(back), at(back + 2.0), o))
            back += 2.4
        out.append(Visit(at(back), at(24), "home"))
    else:
        up = 10.0 + rng.random()
        out.append(Visit(at(0), at(up), "home"))
        if rng.random() < 0.7:
            o = rng.choice(outings)
            out.append(Visit(at(up + 0.5), at(up + 3.5), o))
            out.append(Visit(at(up + 4.0), at(24), "home"))
        else:
            out[-1] = Visit(at(0), at(24), "home")
    return out


def jitter(rng: random.Random, lat: float, lon: float, m: float = 25.0) -> tuple[float, float]:
    return lat + (rng.random() - 0.5) * m / 55000, lon + (rng.random() - 0.5) * m / 40000


# --------------------------------------------------------------------------- writers


def mojibake(obj: object) -> object:
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {k: mojibake(v) for k, v in obj.items()}
    return obj


def write_bytes(root: Path, rel: str, data: bytes) -> None:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)


def write_text(root: Path, rel: str, text: str, encoding: str = "utf-8") -> None:
    write_bytes(root, rel, text.encode(encoding))


def csv_text(rows: list[list[str]], quote_all: bool = False, lineterminator: str = "\n") -> str:
    buf = io.StringIO()
    w = csv.writer(
        buf,
        lineterminator=lineterminator,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
    )
    w.writerows(rows)
    return buf.getvalue()


# --------------------------------------------------------------------------- decoding views (shared with the test)


def repair(s: str) -> str:
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def _strings(obj: object, out: list[str]) -> None:
    if isinstance(obj, str):
        out.append(obj)
        out.append(repair(obj))
    elif isinstance(obj, list):
        for x in obj:
            _strings(x, out)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _strings(k, out)
            _strings(v, out)


def decoded_view(path: Path) -> str:
    """The file's text after decoding: charset, then JSON string values (mojibake repaired)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gbk")
    parts = [text]
    if path.suffix in (".json", ".js"):
        body = re.sub(r"^window\.YTD\.[\w.]+ = ", "", text)
        strings: list[str] = []
        _strings(json.loads(body), strings)
        parts.extend(strings)
    return "\n".join(parts)


def occurs(value: str, view: str) -> bool:
    if value.isascii():
        return (
            re.search(r"(?<![A-Za-z0-9])" + re.escape(value) + r"(?![A-Za-z0-9])", view) is not None
        )
    return value in view


# --------------------------------------------------------------------------- persona assembly


@dataclass
class Persona:
    pid: str
    root: Path
    pii_registry: list[tuple[str, str]] = field(default_factory=list)  # (type, value)

    def reg(self, etype: str, *values: str) -> None:
        for v in values:
            self.pii_registry.append((etype, v))

    def pii_rows(self) -> list[dict[str, str]]:
        rows: list[dict[str, str]] = []
        files = sorted(
            p for p in self.root.rglob("*") if p.is_file() and p.name != "ground_truth.json"
        )
        for f in files:
            rel = f.relative_to(self.root).as_posix()
            view = decoded_view(f)
            for etype, value in self.pii_registry:
                # A short form counts only where it stands alone, not inside a longer listed value
                # ("Tom" inside "Tom Reilly" is the full name, already listed).
                masked = view
                for _, longer in self.pii_registry:
                    if len(longer) > len(value) and value.lower() in longer.lower():
                        masked = re.sub(re.escape(longer), " ", masked, flags=re.IGNORECASE)
                if occurs(value, masked):
                    rows.append({"file": rel, "entity_type": etype, "value": value})
        return rows


def top_contacts(chats: list[Chat], me: str) -> list[dict[str, object]]:
    counts = []
    for c in chats:
        if c.group:
            continue
        n = sum(1 for m in c.msgs if m.kind != "system")
        counts.append((n, c.title))
    counts.sort(key=lambda x: (-x[0], x[1]))
    return [{"name": t, "messages": n} for n, t in counts[:3]]


def write_truth(p: Persona, truth: dict[str, object]) -> None:
    registered = {v for _, v in p.pii_registry}
    rows = p.pii_rows()
    found = {r["value"] for r in rows}
    missing = registered - found
    assert not missing, f"{p.pid}: registered pii not found in any file: {sorted(missing)}"
    truth["pii"] = rows
    facts = truth.pop("facts")
    truth["facts"] = facts
    text = json.dumps(truth, ensure_ascii=False, indent=2) + "\n"
    write_text(p.root, "ground_truth.json", text)


def check_sleep(chats: list[Chat]) -> None:
    for c in chats:
        for m in c.msgs:
            assert sleep_ok(m.local), (c.title, m)


PERSONAS: list[Callable[[Path], None]] = []


def hash_str(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


# ============================================================================ persona 1: 成都 (zh)

CN_ME = "林晓雯"
CN_HOME = (30.626214, 104.053877)
CN_WORK = (30.549713, 104.066402)
CN_OUTINGS = {
    "春熙路": (30.657021, 104.080113),
    "太古里": (30.654502, 104.084987),
    "环球中心": (30.570188, 104.064051),
    "宽窄巷子": (30.669903, 104.055196),
    "人民公园": (30.657912, 104.056011),
}


def cn_angry(rng: random.Random) -> list[str]:
    parts = [
        [
            "这些公知",
            "美国佬",
            "那帮汉奸",
            "西方媒体",
            "台独分子",
            "某些专家",
            "美帝",
            "那帮卖国贼",
            "外网那些人",
            "日本右翼",
            "那些带路党",
            "某些砖家",
        ],
        [
            "又在造谣",
            "就是想搞乱中国",
            "简直无耻",
            "亡我之心不死",
            "天天抹黑我们",
            "全是双标",
            "吃饭砸锅",
            "收了钱的",
            "脸都不要了",
            "又跳出来了",
            "就知道煽动",
            "一肚子坏水",
        ],
        [
            "！！！",
            "，气死我了",
            "，转发让更多人看到",
            "，忍不了",
            "，必须严惩",
            "，必须硬气起来",
            "！！",
            "，这还能忍？",
            "，大家擦亮眼睛",
            "，迟早遭报应",
            "，看得我血压都上来了",
            "，早该收拾了",
        ],
    ]
    return angry_lines(rng, parts, 66, joiner="")


def persona_cn(out: Path) -> None:
    rng = random.Random(110001)
    pid = "cn_chengdu_lin"
    p = Persona(pid, out / pid)
    me = CN_ME
    talk = ZhTalk()
    mom = Chat("妈妈", False, ["妈妈"])
    hao = Chat("浩浩", False, ["浩浩"])
    fish = Chat("小鱼", False, ["小鱼"])
    wang = Chat("王姐", False, ["王姐"])
    grp = Chat("川大新传14级", True, ["陈建军", "刘洋", "何婷婷", "余佳怡"])
    media = ["photo", "photo", "sticker", "sticker", "voice"]
    fill_chat(rng, hao, me, talk, 0.55, (1, 1), (2, 5), [*media, "location"])
    fill_chat(
        rng,
        mom,
        me,
        talk,
        0.36,
        (1, 1),
        (2, 5),
        ["voice", "voice", "photo"],
        elder=frozenset({"妈妈"}),
    )
    fill_chat(rng, fish, me, talk, 0.3, (1, 1), (2, 5), media)
    fill_chat(rng, wang, me, talk, 0.26, (1, 1), (1, 4), ["photo", "file"])
    fill_chat(rng, grp, me, talk, 0.2, (1, 1), (2, 5), ["photo", "sticker"])

    card = luhn_complete("621483123456789")
    card_sp = " ".join(card[i : i + 4] for i in range(0, 16, 4))
    idno = cn_id_check("51010719960917282")
    addr = "四川省成都市武侯区玉林北路18号3栋2单元502室"
    addr_pay = "玉林北路18号3-2-502"
    mom_addr = "绵阳市涪城区临园路东段56号2栋1单元301"

    # --- direct identifiers, planted the way people write them
    plant_convo(
        hao,
        3,
        "20:15",
        [
            (me, f"新沙发周六送 收货地址我填的{addr}"),
            (me, "电话留的你的哈 到时候你在家等一哈"),
            ("浩浩", "好 我电话+86 13688015432 没换"),
            ("浩浩", "周六我在 放心"),
        ],
    )
    plant_convo(
        mom,
        9,
        "19:32",
        [
            ("妈妈", "幺儿 你身份证号发我一下 给你买那个医疗险要用"),
            (me, idno),
            (me, "你存好哈 别到处发"),
            ("妈妈", "晓得晓得"),
        ],
    )
    plant_convo(
        mom,
        20,
        "12:41",
        [
            (me, "妈 给你寄了箱猕猴桃 蒲江的"),
            (me, f"收件人张秀兰 13808132276 {mom_addr} 对吧"),
            ("妈妈", "对的 不在家的话写你爸电话138-0813-5190"),
            (me, "好 改了"),
        ],
    )
    plant_convo(
        wang,
        15,
        "10:05",
        [
            ("王姐", "晓雯 团建报销要填你的工资卡号"),
            (me, f"招商银行 {card_sp} 开户行成都高新支行"),
            ("王姐", "好嘞"),
        ],
    )
    plant_convo(
        wang,
        30,
        "15:22",
        [
            ("王姐", "邮箱发我一下 社保材料抄送给你"),
            (me, "lxw0917@example.com"),
            ("王姐", "收到 有问题发我邮箱wang.lj@example.net"),
        ],
    )
    plant_convo(
        wang,
        62,
        "11:18",
        [
            ("王姐", "医保报销还要社保卡号"),
            (me, f"社保卡号就是身份证号:{idno}"),
            ("王姐", "ok"),
        ],
    )
    plant_convo(
        fish,
        25,
        "21:08",
        [
            ("小鱼", "国庆泰国机票我一起订了哈 护照号发我"),
            (me, "E88216473"),
            (me, "名字拼音LIN XIAOWEN 别打错了"),
            ("小鱼", "放心 我又不是周浩"),
            (me, "哈哈哈哈哈"),
        ],
    )
    plant_convo(
        fish,
        40,
        "22:30",
        [
            ("小鱼", "我QQ号被盗了 新号2795301146 加一哈"),
            (me, "加了 对了我同事想加你 我微信号lxw_0917你推一下你那个做装修的朋友嘛"),
            ("小鱼", "好 马上推"),
        ],
    )
    plant_convo(
        fish,
        58,
        "18:47",
        [
            (me, "打我电话13980124567就行 微信语音老是断"),
            ("小鱼", "好 马上打"),
        ],
    )
    plant_convo(
        hao,
        33,
        "09:12",
        [
            (me, "你车牌川A·7K2M9是吧 我在app上帮你把停车费交了"),
            ("浩浩", "对 爱你😘"),
        ],
    )
    plant_convo(
        hao,
        50,
        "17:55",
        [
            ("浩浩", "丰巢快递到了 收件人写的林晓雯 电话139 8012 4567 是你的吧"),
            (me, "是我的 帮我拿上来"),
        ],
    )
    plant_convo(
        mom,
        44,
        "20:02",
        [
            ("妈妈", "周浩国庆来不来家里吃饭"),
            (me, "他要加班 我跟小鱼去泰国 就是余佳怡 你见过的"),
            ("妈妈", "哦哦 注意安全"),
        ],
    )
    plant_convo(
        grp,
        12,
        "21:40",
        [
            ("刘洋", "@何婷婷 你电话多少 周末聚会订位置要留"),
            ("何婷婷", "158-2817-3306"),
            ("刘洋", "好"),
        ],
    )
    plant_convo(
        wang,
        37,
        "12:10",
        [
            ("王姐", "上次来公司找你那个是你男朋友？"),
            (me, "对 哈哈 我男朋友"),
        ],
    )

    # --- health (user): hypothyroidism, spread over weeks
    plant_convo(
        mom,
        6,
        "18:20",
        [
            (me, "今天去华西复查甲功了 TSH又高了"),
            ("妈妈", "药按时吃没得 优甲乐"),
            (me, "吃了的 医生说加到一片半"),
        ],
    )
    plant(hao, 14, "17:40", me, "优甲乐吃完了 下班陪我去药房嘛")
    plant_convo(
        fish,
        35,
        "22:05",
        [
            (me, "医生说桥本甲状腺炎要长期吃药 唉 我才29"),
            ("小鱼", "抱抱 好多人都有 按时吃就行"),
        ],
    )
    plant(fish, 53, "13:02", me, "甲减真的会让人好困 下午开会差点睡着")
    plant(mom, 74, "19:10", me, "甲功复查正常了 医生说就按现在的量吃 放心")
    # --- gaming (user): 王者荣耀
    for d, txt in [
        (2, "今晚王者五排不 我要上星耀"),
        (16, "又输了 我的瑶一直被针对 气死"),
        (29, "新皮肤出了 我充了点券 别骂我"),
        (47, "上王者了！！！截图给你看"),
        (66, "今晚不打游戏了 眼睛疼"),
        (81, "周末打排位嘛 差两颗星"),
    ]:
        plant(hao, d, "21:20", me, txt)
    # --- distractors: religion (mother), gambling (colleague's husband)
    plant(mom, 17, "08:40", "妈妈", "今天初一 我跟你王阿姨去文殊院烧香 给你也求了个平安")
    plant(fish, 11, "20:40", "小鱼", "老周最近咋样 还在加班没")
    plant(fish, 11, "20:42", me, "天天加班 人都瘦了")
    plant(grp, 12, "21:45", "刘洋", "婷婷 你到了没 我们在二楼")
    plant(mom, 47, "08:35", "妈妈", "十五了 我今天吃素 你别给我买肉")
    plant(wang, 22, "13:30", "王姐", "我老公又去买彩票了 中了五块钱 笑死")
    plant(fish, 64, "20:30", "小鱼", "我表哥炒股亏惨了 天天找人借钱")

    # --- group: risky member's angry political posts
    for i, text in enumerate(cn_angry(rng)):
        d = (i * 89) // 66 + 1
        plant(grp, d, f"{8 + (i * 5) % 14:02d}:{(i * 17) % 59:02d}", "陈建军", text)
        if i % 9 == 4:
            plant(
                grp,
                d,
                f"{8 + (i * 5) % 14:02d}:{(i * 17) % 59 + 1:02d}",
                "何婷婷",
                rng.choice(["建军 少发点这些", "又来了", "群里别聊这个嘛", "……"]),
            )
    for c in (mom, hao, fish, wang, grp):
        sort_chat(c)
    grp.msgs.insert(
        0, Msg(datetime(2025, 8, 11, 7, 45), "system", '"刘洋"邀请"何婷婷"加入了群聊', "system")
    )
    chats = [mom, hao, fish, wang, grp]
    check_sleep(chats)

    # --- MemoTrace CSVs
    wx = {
        me: "wxid_4lq8xw0917n22",
        "妈妈": "wxid_m8k2p0zx7s9e22",
        "浩浩": "wxid_zh0u9ha0o11",
        "小鱼": "wxid_f1sh7y5jy21",
        "王姐": "wxid_w4ng1j9r3x12",
        "陈建军": "wxid_cjj19870k2",
        "刘洋": "wxid_ly2014xc01",
        "何婷婷": "wxid_htt0830ab2",
        "余佳怡": "wxid_f1sh7y5jy21",
    }
    nick = {
        me: "不吃香菜",
        "妈妈": "平安是福",
        "浩浩": "吃饱了才有力气",
        "小鱼": "鱼鱼不想上班",
        "王姐": "岁月静好",
        "陈建军": "陈建军",
        "刘洋": "刘洋",
        "何婷婷": "何婷婷",
        "余佳怡": "余佳怡",
    }
    type_of = {
        "text": 1,
        "photo": 3,
        "voice": 34,
        "video": 43,
        "sticker": 47,
        "location": 48,
        "file": 49,
        "system": 10000,
    }
    for c in chats:
        talker = "24781093155@chatroom" if c.group else wx[c.members[0]]
        rows = [
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
        ]
        for i, m in enumerate(c.msgs, 1):
            content = m.text
            if m.kind == "location":
                lat, lon = jitter(rng, *CN_HOME)
                content = (
                    f'<msg><location x="{lat:.6f}" y="{lon:.6f}" scale="16" '
                    f'label="四川省成都市武侯区玉林北路" maptype="0" poiname="[位置]" /></msg>'
                )
            elif m.kind == "file":
                content = "<msg><appmsg><title>报销单.xlsx</title><type>6</type></appmsg></msg>"
            is_me = m.sender == me
            sender = "" if m.kind == "system" else wx[m.sender]
            remark = "" if is_me or m.kind == "system" else (m.sender if not c.group else "")
            nk = "" if m.kind == "system" else nick[m.sender]
            rows.append(
                [
                    str(i),
                    talker,
                    str(type_of[m.kind]),
                    "0",
                    "1" if is_me else "0",
                    str(epoch("Asia/Shanghai", m.local)),
                    "2" if is_me else "4",
                    content,
                    m.local.strftime("%Y-%m-%d %H:%M:%S"),
                    remark,
                    nk,
                    sender,
                ]
            )
        write_text(
            p.root,
            f"MemoTrace/data/聊天记录/{c.title}/{c.title}_utf8.csv",
            csv_text(rows, lineterminator="\r\n"),
            "utf-8-sig",
        )

    # --- payments
    al: list[tuple[datetime, str, str, str, str, str, str, str]] = []
    wp: list[tuple[datetime, str, str, str, str, str, str, str]] = []
    for d in range(N_DAYS):
        day = START + timedelta(days=d)
        base = datetime(day.year, day.month, day.day)
        if day.day == 10:
            al.append(
                (
                    base + timedelta(hours=10, minutes=2, seconds=11),
                    "转账红包",
                    "成都蓉创科技有限公司",
                    "代发工资-" + f"{(day.month - 1) or 12}月工资",
                    "收入",
                    "12850.00",
                    "余额",
                    "交易成功",
                )
            )
        if day.day == 1:
            wp.append(
                (
                    base + timedelta(hours=20, minutes=5),
                    "转账",
                    "陈**",
                    f"房租 {addr_pay}",
                    "支出",
                    "¥2600.00",
                    "零钱",
                    "对方已收钱",
                )
            )
            al.append(
                (
                    base + timedelta(hours=9, minutes=30),
                    "转账红包",
                    "张秀兰",
                    "给妈的生活费",
                    "支出",
                    "1000.00",
                    "招商银行储蓄卡(" + card[-4:] + ")",
                    "交易成功",
                )
            )
        if day.day == 18:
            al.append(
                (
                    base + timedelta(hours=19, minutes=11),
                    "医疗健康",
                    "老百姓大药房",
                    "左甲状腺素钠片(优甲乐)*2",
                    "支出",
                    "53.60",
                    "花呗",
                    "交易成功",
                )
            )
        if d in (5, 74):
            al.append(
                (
                    base + timedelta(hours=8, minutes=20),
                    "医疗健康",
                    "四川大学华西医院",
                    "门诊挂号费-内分泌科",
                    "支出",
                    "14.00",
                    "余额宝",
                    "交易成功",
                )
            )
        if d in (29, 58, 83):
            wp.append(
                (
                    base + timedelta(hours=21, minutes=33),
                    "商户消费",
                    "腾讯游戏",
                    "王者荣耀-点券充值",
                    "支出",
                    "¥68.00",
                    "零钱",
                    "支付成功",
                )
            )
        for _ in range(rng.randint(1, 3)):
            h = rng.randint(8, 21)
            t = base + timedelta(hours=h, minutes=rng.randrange(60), seconds=rng.randrange(60))
            merchant, item, lo, hi = rng.choice(
                [
                    ("美团外卖", "外卖订单", 18, 45),
                    ("成都地铁", "乘车码", 2, 6),
                    ("瑞幸咖啡", "生椰拿铁", 9, 19),
                    ("盒马鲜生", "生鲜", 30, 160),
                    ("滴滴出行", "快车", 12, 40),
                    ("蜜雪冰城", "柠檬水", 4, 10),
                    ("饿了么", "午餐", 16, 38),
                    ("7-11便利店", "零食", 6, 30),
                    ("名创优品", "日用品", 10, 60),
                ]
            )
            amt = f"{rng.uniform(lo, hi):.2f}"
            if rng.random() < 0.55:
                al.append(
                    (
                        t,
                        "餐饮美食" if "咖啡" in merchant or "外卖" in merchant else "日用百货",
                        merchant,
                        item,
                        "支出",
                        amt,
                        rng.choice(["花呗", "余额宝", "招商银行储蓄卡(" + card[-4:] + ")"]),
                        "交易成功",
                    )
                )
            else:
                wp.append((t, "商户消费", merchant, item, "支出", "¥" + amt, "零钱", "支付成功"))
        if d % 9 == 4:
            t = base + timedelta(hours=20, minutes=rng.randrange(60))
            amt = f"{rng.choice([52, 66, 88, 120, 200]):.2f}"
            if d % 2:
                al.append((t, "转账红包", "周浩", "还火锅钱", "支出", amt, "余额", "交易成功"))
            else:
                wp.append(
                    (t, "转账", "吃饱了才有力气", "/", "收入", "¥" + amt, "零钱", "已存入零钱")
                )
    al.sort(key=lambda r: r[0], reverse=True)
    wp.sort(key=lambda r: r[0], reverse=True)

    def pad(v: str, w: int) -> str:
        width = sum(2 if ord(c) > 0x2E80 else 1 for c in v)
        return v + " " * max(1, w - width)

    start_s, end_s = "2025-08-11 00:00:00", "2025-11-09 23:59:59"
    inc = [r for r in al if r[4] == "收入"]
    exp = [r for r in al if r[4] == "支出"]
    lines = [
        "-" * 84,
        "导出信息：",
        f"姓名：{me}",
        "支付宝账户：13980124567",
        f"起始时间：[{start_s}]    终止时间：[{end_s}]",
        "导出交易类型：[全部]",
        "导出时间：[2025-11-10 08:41:27]",
        f"共{len(al)}笔记录",
        f"收入：{len(inc)}笔 {sum(float(r[5]) for r in inc):.2f}元",
        f"支出：{len(exp)}笔 {sum(float(r[5]) for r in exp):.2f}元",
        "不计收支：0笔 0.00元",
        "",
        "特别提示：",
        "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；",
        "2.请勿将本回单作为收款方发货的凭据使用；",
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
    for i, (t, cat, cp, item, io_, amt, way, st) in enumerate(al):
        acct = "136******32" if cp == "周浩" else "/"
        oid = f"2025{t:%m%d}2200140{(i * 7919) % 100000:05d}{t:%H%M%S}"
        moid = "/" if cat == "转账红包" else f"T{t:%Y%m%d%H%M%S}{(i * 104729) % 1000000:06d}"
        cells = [
            pad(f"{t:%Y-%m-%d %H:%M:%S}", 20),
            pad(cat, 20),
            pad(cp, 20),
            pad(acct, 20),
            pad(item, 20),
            pad(io_, 20),
            pad(amt, 20),
            pad(way, 20),
            pad(st, 20),
            oid + "\t",
            moid + "\t",
            pad("", 20),
        ]
        lines.append(",".join(cells) + ",")
    write_text(
        p.root, "支付宝交易明细/alipay_record_20251110_0841_1.csv", "\n".join(lines) + "\n", "gbk"
    )

    winc = [r for r in wp if r[4] == "收入"]
    wexp = [r for r in wp if r[4] == "支出"]
    c10 = ",,,,,,,,,,"
    wl = [
        "微信支付账单明细" + c10,
        "微信昵称：[不吃香菜]" + c10,
        f"起始时间：[{start_s}] 终止时间：[{end_s}]" + c10,
        "导出类型：[全部]" + c10,
        "导出时间：[2025-11-10 08:44:02]" + c10,
        c10,
        f"共{len(wp)}笔记录" + c10,
        f"收入：{len(winc)}笔 {sum(float(r[5][1:]) for r in winc):.2f}元" + c10,
        f"支出：{len(wexp)}笔 {sum(float(r[5][1:]) for r in wexp):.2f}元" + c10,
        "中性交易：0笔 0.00元" + c10,
        "注：" + c10,
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易" + c10,
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录" + c10,
        "3. 本明细仅供个人对账使用" + c10,
        c10,
        "----------------------微信支付账单明细列表--------------------" + c10,
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注",
    ]
    for i, (t, typ, cp, item, io_, amt, way, st) in enumerate(wp):
        tid = f"42000{(i * 7877) % 100000:05d}{t:%Y%m%d}{(i * 31337) % 10000000:07d}"
        mid = "/" if typ == "转账" else f"{t:%Y%m%d}{(i * 65537) % 100000000:08d}"
        wl.append(
            ",".join(
                [
                    f"{t:%Y-%m-%d %H:%M:%S}",
                    typ,
                    cp,
                    item,
                    io_,
                    amt,
                    way,
                    st,
                    tid + "\t",
                    mid + "\t",
                    "/",
                ]
            )
        )
    write_text(
        p.root,
        "微信支付账单(20250811-20251109)/微信支付账单(20250811-20251109).csv",
        "\n".join(wl) + "\n",
    )

    # --- Google Timeline (on-device Android export)
    places = {"home": CN_HOME, "work": CN_WORK, **CN_OUTINGS}
    pid_of = {k: f"ChIJ{abs(hash_str(k)) % 10**12:012d}cnq" for k in places}
    segs: list[dict[str, object]] = []

    def iso(t: datetime) -> str:
        return t.strftime("%Y-%m-%dT%H:%M:%S.000+08:00")

    def ll(lat: float, lon: float) -> str:
        return f"{lat:.7f}°, {lon:.7f}°"

    prev: Visit | None = None
    for d in range(N_DAYS):
        for v in day_visits(rng, START + timedelta(days=d), list(CN_OUTINGS)):
            if prev is not None and prev.end < v.start:
                a, b = places[prev.place], places[v.place]
                mid = prev.end + (v.start - prev.end) / 2
                segs.append(
                    {
                        "startTime": iso(prev.end),
                        "endTime": iso(v.start),
                        "startTimeTimezoneUtcOffsetMinutes": 480,
                        "endTimeTimezoneUtcOffsetMinutes": 480,
                        "activity": {
                            "start": {"latLng": ll(*a)},
                            "end": {"latLng": ll(*b)},
                            "distanceMeters": round(
                                abs(a[0] - b[0]) * 111000 + abs(a[1] - b[1]) * 96000, 1
                            ),
                            "probability": 0.93,
                            "topCandidate": {
                                "type": "IN_SUBWAY"
                                if v.place in ("work", "home")
                                else "IN_PASSENGER_VEHICLE",
                                "probability": 0.81,
                            },
                        },
                    }
                )
                segs.append(
                    {
                        "startTime": iso(prev.end),
                        "endTime": iso(v.start),
                        "timelinePath": [
                            {
                                "point": ll(
                                    *jitter(rng, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2, 400)
                                ),
                                "time": iso(mid),
                            }
                        ],
                    }
                )
            lat, lon = places[v.place]
            sem = {"home": "HOME", "work": "WORK"}.get(v.place, "UNKNOWN")
            segs.append(
                {
                    "startTime": iso(v.start),
                    "endTime": iso(v.end),
                    "startTimeTimezoneUtcOffsetMinutes": 480,
                    "endTimeTimezoneUtcOffsetMinutes": 480,
                    "visit": {
                        "hierarchyLevel": 0,
                        "probability": round(0.7 + rng.random() * 0.29, 3),
                        "topCandidate": {
                            "placeId": pid_of[v.place],
                            "semanticType": sem,
                            "probability": round(0.6 + rng.random() * 0.39, 3),
                            "placeLocation": {"latLng": ll(lat, lon)},
                        },
                    },
                }
            )
            prev = v
    timeline = {
        "semanticSegments": segs,
        "rawSignals": [],
        "userLocationProfile": {
            "frequentPlaces": [
                {"placeId": pid_of["home"], "placeLocation": ll(*CN_HOME), "label": "HOME"},
                {"placeId": pid_of["work"], "placeLocation": ll(*CN_WORK), "label": "WORK"},
            ]
        },
    }
    write_text(p.root, "Timeline.json", json.dumps(timeline, ensure_ascii=False, indent=2))

    # --- answer key
    p.reg(
        "PERSON",
        "林晓雯",
        "LIN XIAOWEN",
        "张秀兰",
        "周浩",
        "余佳怡",
        "小鱼",
        "浩浩",
        "王姐",
        "陈建军",
        "刘洋",
        "何婷婷",
    )
    p.reg(
        "PHONE_NUMBER",
        "+86 13688015432",
        "13808132276",
        "138-0813-5190",
        "139 8012 4567",
        "13980124567",
        "158-2817-3306",
    )
    p.reg("EMAIL_ADDRESS", "lxw0917@example.com", "wang.lj@example.net")
    p.reg("ADDRESS", addr, addr_pay, mom_addr)
    p.reg("CN_ID_CARD", idno)
    p.reg("CN_BANK_CARD", card_sp)
    p.reg("CN_PASSPORT", "E88216473")
    p.reg("LICENSE_PLATE", "川A·7K2M9")
    p.reg("QQ_NUMBER", "2795301146")
    p.reg("WECHAT_ID", "lxw_0917")
    p.reg("PERSON", "老周", "王阿姨", "婷婷")
    truth: dict[str, object] = {
        "schema_version": 1,
        "persona": pid,
        "fictional": True,
        "independent": True,
        "description": "林晓雯, 29, 成都武侯区玉林 resident, product operations at a software company in 天府软件园; "
        "hypothyroid (桥本), plays 王者荣耀. MemoTrace WeChat CSVs, Alipay (GBK) and WeChat Pay bills, "
        "Android on-device Google Timeline.",
        "timezone": "Asia/Shanghai",
        "user": {
            "names": ["林晓雯", "晓雯", "LIN XIAOWEN"],
            "phones": ["13980124567"],
            "emails": ["lxw0917@example.com"],
            "handles": ["lxw_0917"],
        },
        "facts": {
            "home": {
                "lat": CN_HOME[0],
                "lon": CN_HOME[1],
                "radius_m": 300,
                "address": addr,
                "city": "成都",
            },
            "work": {
                "lat": CN_WORK[0],
                "lon": CN_WORK[1],
                "radius_m": 300,
                "employer": "成都蓉创科技有限公司",
            },
            "sleep_window": {"start": "00:00", "end": "07:00", "tolerance_min": 60},
            "top_contacts": top_contacts(chats, me),
            "relationships": [
                {"name": "妈妈", "relationship": "mother", "full_name": "张秀兰"},
                {"name": "浩浩", "relationship": "partner", "full_name": "周浩"},
                {"name": "小鱼", "relationship": "close friend", "full_name": "余佳怡"},
                {"name": "王姐", "relationship": "colleague", "full_name": "王丽娟"},
            ],
            "religion": {"value": False},
            "health": {
                "value": "hypothyroidism (Hashimoto's thyroiditis, 桥本甲状腺炎/甲减), takes levothyroxine 优甲乐"
            },
            "politics": {"value": False},
            "financial_stress": {"value": False},
            "gambling": {"value": False},
            "gaming": {"value": True},
            "salary": {
                "amount": "12850.00",
                "currency": "CNY",
                "payer": "成都蓉创科技有限公司",
                "period": "monthly",
            },
            "risky_contact": {
                "name": "陈建军",
                "why": "posts 66 distinct angry nationalist political rants in the group 川大新传14级",
            },
        },
    }
    write_truth(p, truth)


PERSONAS.append(persona_cn)


# ============================================================================ persona 2: Leeds (en-GB)

UK_ME = "Megan Hartley"
UK_HOME = (53.818312, -1.576204)
UK_WORK = (53.791187, -1.572113)
UK_OUTINGS = {
    "Headingley Stadium": ((53.817642, -1.582012), "St Michael's Ln, Leeds LS6 3BR, UK"),
    "Trinity Leeds": ((53.796112, -1.543907), "Albion St, Leeds LS1 5AT, UK"),
    "Roundhay Park": ((53.839611, -1.497522), "Mansion Ln, Leeds LS8 2HH, UK"),
    "Kirkgate Market": ((53.797513, -1.539714), "Vicar Ln, Leeds LS2 7HY, UK"),
    "The Skyrack": ((53.819706, -1.577912), "St Michael's Rd, Leeds LS6 3AW, UK"),
}
UK_HOME_ADDR = "14 Cardigan Rd, Leeds LS6 3AG, UK"


def iban_gb(bank: str, sort: str, acct: str) -> str:
    bban = bank + sort + acct
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    check = 98 - int(num) % 97
    raw = f"GB{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def uk_angry(rng: random.Random) -> list[str]:
    parts = [
        [
            "this government",
            "starmer",
            "westminster",
            "the tories",
            "labour",
            "reform lot",
            "these MPs",
            "the BBC",
            "the council",
            "the net zero lot",
            "the eu crowd",
            "these politicians",
            "rachel reeves",
        ],
        [
            "are a complete joke",
            "have ruined this country",
            "lie through their teeth",
            "want us all skint",
            "couldn't run a bath",
            "are bleeding us dry",
            "should be locked up",
            "don't give a toss about the north",
            "are taking us for mugs",
            "are a disgrace",
            "need booting out",
            "have sold us out",
        ],
        [
            "!!",
            ". absolute disgrace",
            ". wake up people",
            " and nobody does anything",
            ". im fuming",
            " 😡",
            ". seriously",
            ". rant over",
            " 🤬🤬",
            ". mark my words",
            ". every single one of them",
            ". unbelievable",
        ],
    ]
    out = angry_lines(rng, parts, 66, joiner=" ")
    return [s.replace(" !!", "!!").replace(" .", ".") for s in out]


def persona_uk(out: Path) -> None:
    rng = random.Random(110002)
    pid = "uk_leeds_hartley"
    p = Persona(pid, out / pid)
    me = UK_ME
    talk = EnTalk(uk=True)
    mum = Chat("Mum", False, ["Mum"])
    tom = Chat("Tom Reilly", False, ["Tom Reilly"])
    jess = Chat("Jess Carter", False, ["Jess Carter"])
    priya = Chat("Priya Nair", False, ["Priya Nair"])
    grp = Chat("Uni Lot 🎓", True, ["Gareth Pugh", "Jess Carter", "Sam Whitaker", "Hannah Lowe"])
    media = ["photo", "photo", "sticker", "voice", "video"]
    fill_chat(rng, tom, me, talk, 0.5, (1, 1), (2, 5), media)
    fill_chat(rng, jess, me, talk, 0.45, (1, 1), (2, 5), media)
    fill_chat(
        rng, mum, me, talk, 0.28, (1, 1), (2, 5), ["photo", "voice"], elder=frozenset({"Mum"})
    )
    fill_chat(rng, priya, me, talk, 0.18, (1, 1), (1, 4), ["photo"])
    fill_chat(rng, grp, me, talk, 0.2, (1, 1), (2, 5), ["photo", "sticker", "video"])

    card = luhn_complete("492930215567810")
    card_sp = " ".join(card[i : i + 4] for i in range(0, 16, 4))
    nhs = nhs_complete("485777345")
    nhs_sp = f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}"
    iban = iban_gb("MONZ", "040004", "43917265")
    addr_chat = "flat 2 14 cardigan rd, LS6 3AG"

    plant_convo(
        mum,
        4,
        "19:05",
        [
            (me, "mum whats my NI number again, new payroll form wants it"),
            ("Mum", "NR 37 46 81 B love, its on your old P60 as well"),
            (me, "ur a star x"),
        ],
    )
    plant_convo(
        mum,
        18,
        "18:30",
        [
            (
                "Mum",
                "the insurance letter for YD19 KXP came here again!! change your address with them",
            ),
            (me, f"omg I did. its {addr_chat}. been there a year mum 🙄"),
            ("Mum", "well they've not listened have they"),
        ],
    )
    plant_convo(
        tom,
        9,
        "21:14",
        [
            (me, "can u book the eurostar, my passport number is 548213976 expires 2031"),
            ("Tom Reilly", "yep. use my card, i'll sort it"),
            ("Tom Reilly", f"actually can you do it im on the bus. {card_sp} exp 09/28"),
            (me, "done 👍 delete that msg lol"),
        ],
    )
    plant_convo(
        tom,
        27,
        "08:02",
        [
            (me, "hire car form wants my licence number, HARTL956141M99AB, why is it so long"),
            ("Tom Reilly", "because DVLA hates us"),
        ],
    )
    plant_convo(
        tom,
        41,
        "19:48",
        [
            (me, "Mrs Whitfield says boiler man is coming thurs between 8 and 12"),
            (me, "her number's (07700) 900519 if he doesnt show"),
            ("Tom Reilly", "I'll be in"),
        ],
    )
    plant_convo(
        jess,
        7,
        "12:33",
        [
            ("Jess Carter", "for the festival tickets: sort code 20-45-77 acc 43917265 xx"),
            (me, "sent!"),
        ],
    )
    plant_convo(
        jess,
        21,
        "17:20",
        [
            (
                "Jess Carter",
                "ring me on 07700 900781 if the train's late, my telegram is being weird",
            ),
            (me, "will do"),
        ],
    )
    plant_convo(
        jess,
        55,
        "20:11",
        [
            ("Jess Carter", "villa people need your IBAN for the deposit refund"),
            (me, iban),
            ("Jess Carter", "ta"),
        ],
    )
    plant_convo(
        jess,
        33,
        "13:05",
        [
            (me, "registering with the new GP, had to dig out my NHS number 🙃"),
            (me, f"{nhs_sp} for future reference lol"),
            ("Jess Carter", "very organised of u"),
        ],
    )
    plant_convo(
        priya,
        12,
        "09:40",
        [
            ("Priya Nair", "can you email the rota to priya.nair@example.org before 10?"),
            (me, "yep. send the new one to m.hartley88@example.com, work laptop is dying"),
        ],
    )
    plant_convo(
        priya,
        45,
        "10:15",
        [
            ("Priya Nair", "new starter Monday is Daniel Okafor, can you buddy him?"),
            (me, "course. daniel from the agency?"),
            ("Priya Nair", "that's him"),
        ],
    )
    plant_convo(
        grp,
        30,
        "20:20",
        [
            ("Sam Whitaker", "Hannah whats your new addy for the wedding invite"),
            ("Hannah Lowe", "27 Thornhill Crescent, Wakefield WF2 8PL 💌"),
            ("Sam Whitaker", "ta hun"),
        ],
    )
    plant(mum, 60, "18:10", "Mum", "Tom's mum rang me!! Said you two are coming for sunday dinner")
    plant(grp, 50, "21:00", me, "gaz give it a rest mate")
    plant(tom, 57, "18:25", me, "Priya's asked me to cover saturday again. saying no this time")

    # --- financial stress and gambling (user), spread over weeks
    for d, who, txt in [
        (3, me, "won £40 on the acca!! drinks on me"),
        (11, me, "lost the lot on the horses again ffs"),
        (24, me, "overdraft maxed again and its only the 4th 😭"),
        (26, "Jess Carter", "u ok hun? u seem stressed about money"),
        (26, me, "skint till the 28th, can u lend me 50 til payday? will pay back i promise"),
        (38, me, "bet365 got me again. deleting the app. again"),
        (52, me, "klarna reminder emails are giving me anxiety"),
        (67, me, "had to take out a loan to cover rent, dont tell tom"),
        (78, me, "put a tenner on the darts, just a small one"),
        (86, me, "cheltenham trip? i literally cant afford it but also i want to go"),
    ]:
        plant(jess, d, "22:10", who, txt)
    plant(tom, 47, "22:15", me, "sorry about earlier. i know i said i'd stop betting")
    plant(tom, 69, "21:50", "Tom Reilly", "the bank letter says you're over the limit again meg")
    # --- distractors (other people)
    plant(mum, 15, "17:45", "Mum", "knee op is booked for october, they said 6 weeks on crutches")
    plant(priya, 35, "08:55", "Priya Nair", "migraine again, working from home today")
    plant(
        priya,
        70,
        "16:20",
        "Priya Nair",
        "off thursday for Diwali, making sweets for the whole office",
    )
    plant(
        grp,
        64,
        "19:30",
        "Sam Whitaker",
        "church booked for june!! proper catholic do, my nan is thrilled",
    )

    for i, text in enumerate(uk_angry(rng)):
        d = (i * 89) // 66 + 1
        plant(grp, d, f"{8 + (i * 5) % 14:02d}:{(i * 13) % 59:02d}", "Gareth Pugh", text)
        if i % 8 == 3:
            plant(
                grp,
                d,
                f"{8 + (i * 5) % 14:02d}:{(i * 13) % 59 + 1:02d}",
                rng.choice(["Hannah Lowe", "Sam Whitaker"]),
                rng.choice(
                    [
                        "gaz not this again",
                        "mate its a group chat not question time",
                        "🙄",
                        "muting this",
                    ]
                ),
            )
    chats = [mum, tom, jess, priya, grp]
    for c in chats:
        sort_chat(c)
    grp.msgs.insert(0, Msg(datetime(2025, 8, 11, 8, 0), "Sam Whitaker", "create_group", "system"))
    check_sleep(chats)

    # --- Telegram Desktop full-account export
    uid = {
        me: 5012345678,
        "Mum": 5123900238,
        "Tom Reilly": 5123900356,
        "Jess Carter": 5123900781,
        "Priya Nair": 5123900654,
        "Gareth Pugh": 5123900111,
        "Sam Whitaker": 5123900222,
        "Hannah Lowe": 5123900333,
    }
    nf = "(File not included. Change data exporting settings to download.)"
    ent_re = re.compile(r"(\+?\(?0?7700\)? ?900 ?\d{3}|[\w.]+@example\.(?:org|com))")

    def tg_text(text: str) -> tuple[object, list[dict[str, str]]]:
        pieces: list[object] = []
        ents: list[dict[str, str]] = []
        pos = 0
        for m in ent_re.finditer(text):
            if m.start() > pos:
                pieces.append(text[pos : m.start()])
                ents.append({"type": "plain", "text": text[pos : m.start()]})
            kind = "email" if "@" in m.group(0) else "phone"
            pieces.append({"type": kind, "text": m.group(0)})
            ents.append({"type": kind, "text": m.group(0)})
            pos = m.end()
        if not ents:
            return text, ([{"type": "plain", "text": text}] if text else [])
        if pos < len(text):
            pieces.append(text[pos:])
            ents.append({"type": "plain", "text": text[pos:]})
        return pieces, ents

    tg_chats = []
    mid = 1
    for ci, c in enumerate(chats):
        msgs: list[dict[str, object]] = []
        for m in c.msgs:
            base: dict[str, object] = {
                "id": mid,
                "type": "message",
                "date": m.local.strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(epoch("Europe/London", m.local)),
            }
            mid += 1
            if m.kind == "system":
                base.update(
                    {
                        "type": "service",
                        "actor": m.sender,
                        "actor_id": f"user{uid[m.sender]}",
                        "action": "create_group",
                        "title": c.title,
                        "members": [me, *c.members],
                        "text": "",
                        "text_entities": [],
                    }
                )
                msgs.append(base)
                continue
            base.update({"from": m.sender, "from_id": f"user{uid[m.sender]}"})
            if m.kind == "photo":
                base.update(
                    {
                        "photo": nf,
                        "photo_file_size": 80000 + mid * 37 % 90000,
                        "width": 1280,
                        "height": 960,
                        "text": "",
                        "text_entities": [],
                    }
                )
            elif m.kind == "video":
                base.update(
                    {
                        "file": nf,
                        "file_name": f"VID_2025{mid % 1000:04d}.mp4",
                        "file_size": 2400000,
                        "thumbnail": nf,
                        "media_type": "video_file",
                        "mime_type": "video/mp4",
                        "duration_seconds": 14,
                        "width": 720,
                        "height": 1280,
                        "text": "",
                        "text_entities": [],
                    }
                )
            elif m.kind == "voice":
                base.update(
                    {
                        "file": nf,
                        "file_size": 21000,
                        "media_type": "voice_message",
                        "mime_type": "audio/ogg",
                        "duration_seconds": 6 + mid % 40,
                        "text": "",
                        "text_entities": [],
                    }
                )
            elif m.kind == "sticker":
                base.update(
                    {
                        "file": nf,
                        "file_size": 30000,
                        "thumbnail": nf,
                        "media_type": "sticker",
                        "sticker_emoji": "😂",
                        "width": 512,
                        "height": 512,
                        "text": "",
                        "text_entities": [],
                    }
                )
            else:
                t, e = tg_text(m.text)
                base.update({"text": t, "text_entities": e})
            msgs.append(base)
        entry: dict[str, object] = {
            "name": c.title,
            "type": "private_supergroup" if c.group else "personal_chat",
            "id": 1987654321 if c.group else uid[c.members[0]],
            "messages": msgs,
        }
        tg_chats.append(entry)
        _ = ci
    contacts = [
        {
            "user_id": uid["Mum"],
            "first_name": "Mum",
            "last_name": "",
            "phone_number": "+44 7700 900238",
            "date": "2019-04-02T18:11:40",
            "date_unixtime": "1554225100",
        },
        {
            "user_id": uid["Tom Reilly"],
            "first_name": "Tom",
            "last_name": "Reilly",
            "phone_number": "+44 7700 900356",
            "date": "2021-06-19T23:02:11",
            "date_unixtime": "1624140131",
        },
        {
            "user_id": uid["Jess Carter"],
            "first_name": "Jess",
            "last_name": "Carter",
            "phone_number": "+44 7700 900781",
            "date": "2019-04-02T18:15:02",
            "date_unixtime": "1554225302",
        },
    ]
    export = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting and doesn't sell it to others. Telegram only keeps the information it needs to function as a feature-rich cloud service.",
        "personal_information": {
            "about": "This section contains your personal information.",
            "user_id": uid[me],
            "first_name": "Megan",
            "last_name": "Hartley",
            "phone_number": "+44 7700 900412",
            "username": "@meg_hartley",
            "bio": "leeds ☕ | tired",
        },
        "contacts": {"about": "This is your contact list.", "list": contacts},
        "chats": {"about": "This page lists all chats from this export.", "list": tg_chats},
    }
    write_text(
        p.root,
        "Telegram Desktop/DataExport_2025-11-10/result.json",
        json.dumps(export, ensure_ascii=False, indent=1),
    )

    # --- Monzo CSV
    head = [
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
    tx: list[tuple[datetime, str, str, str, str, float, str, str]] = []
    for d in range(N_DAYS):
        day = START + timedelta(days=d)
        base = datetime(day.year, day.month, day.day)
        if day.day == 28:
            tx.append(
                (
                    base + timedelta(hours=5, minutes=2),
                    "Faster payment",
                    "AIRE VALLEY LOGISTICS LTD",
                    "💰",
                    "Income",
                    2143.70,
                    "",
                    "AIRE VALLEY LOGISTICS LTD SALARY",
                )
            )
        if day.day == 1:
            tx.append(
                (
                    base + timedelta(hours=6, minutes=30),
                    "Faster payment",
                    "WHITFIELD LETTINGS",
                    "🏠",
                    "Bills",
                    -725.00,
                    "rent flat 2",
                    "RENT FLAT 2",
                )
            )
        if day.day == 5:
            tx.append(
                (
                    base + timedelta(hours=7),
                    "Direct Debit",
                    "Northway Credit",
                    "",
                    "Finances",
                    -142.18,
                    "",
                    "NORTHWAY CREDIT LOAN REPAYMENT",
                )
            )
        if day.day == 3:
            tx.append(
                (
                    base + timedelta(hours=3, minutes=12),
                    "Monzo",
                    "Overdraft interest",
                    "",
                    "Bills",
                    -round(6 + rng.random() * 9, 2),
                    "",
                    "Overdraft interest",
                )
            )
        if day.day in (9, 23):
            tx.append(
                (
                    base + timedelta(hours=11),
                    "Card payment",
                    "Klarna",
                    "",
                    "Shopping",
                    -38.33,
                    "",
                    "KLARNA*PAY IN 3",
                )
            )
        if day.weekday() in (4, 5) or rng.random() < 0.12:
            site = rng.choice(["Bet365", "Sky Bet", "Paddy Power", "Betfred"])
            tx.append(
                (
                    base + timedelta(hours=rng.randint(18, 22), minutes=rng.randrange(60)),
                    "Card payment",
                    site,
                    "🎰",
                    "Entertainment",
                    -float(rng.choice([5, 10, 10, 20, 25, 50])),
                    "",
                    site.upper(),
                )
            )
            if rng.random() < 0.15:
                tx.append(
                    (
                        base + timedelta(hours=23, minutes=rng.randrange(40)),
                        "Faster payment",
                        site,
                        "🎰",
                        "Income",
                        float(rng.choice([18, 40, 65, 120])),
                        "",
                        site.upper() + " WITHDRAWAL",
                    )
                )
        for _ in range(rng.randint(1, 3)):
            name, emo, cat, lo, hi = rng.choice(
                [
                    ("Tesco", "🛒", "Groceries", 4, 38),
                    ("Pret A Manger", "☕", "Eating out", 3, 9),
                    ("Greggs", "🥐", "Eating out", 2, 7),
                    ("First Bus", "🚌", "Transport", 2, 5),
                    ("Co-op", "🛒", "Groceries", 3, 21),
                    ("Deliveroo", "🍕", "Eating out", 14, 32),
                    ("Boots", "💊", "Shopping", 3, 19),
                    ("Amazon", "📦", "Shopping", 6, 45),
                    ("The Skyrack", "🍺", "Eating out", 5, 28),
                ]
            )
            tx.append(
                (
                    base + timedelta(hours=rng.randint(8, 21), minutes=rng.randrange(60)),
                    "Card payment",
                    name,
                    emo,
                    cat,
                    -round(rng.uniform(lo, hi), 2),
                    "",
                    name.upper() + " LEEDS GBR",
                )
            )
        if d in (12, 40, 70):
            tx.append(
                (
                    base + timedelta(hours=20, minutes=14),
                    "Faster payment",
                    "Jess Carter",
                    "",
                    "General",
                    -32.50,
                    "festival tix",
                    "FESTIVAL TIX",
                )
            )
        if d == 27:
            tx.append(
                (
                    base + timedelta(hours=9, minutes=3),
                    "Faster payment",
                    "Jess Carter",
                    "",
                    "Income",
                    50.00,
                    "til payday x",
                    "TIL PAYDAY X",
                )
            )
        if d in (20, 48, 76):
            tx.append(
                (
                    base + timedelta(hours=19, minutes=40),
                    "Faster payment",
                    "Tom Reilly",
                    "",
                    "General",
                    -45.00,
                    "half of the big shop",
                    "HALF OF THE BIG SHOP",
                )
            )
        if d == 44:
            tx.append(
                (
                    base + timedelta(hours=12, minutes=1),
                    "Faster payment",
                    "Carol Hartley",
                    "🎁",
                    "Gifts",
                    -60.00,
                    "happy bday mum x",
                    "HAPPY BDAY MUM X",
                )
            )
    tx.sort(key=lambda r: r[0])
    rows = [head]
    for i, (t, typ, name, emo, cat, amt, notes, desc) in enumerate(tx):
        tid = "tx_0000" + "".join(
            rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
            for _ in range(18)
        )
        a = f"{amt:.2f}"
        rows.append(
            [
                tid,
                t.strftime("%d/%m/%Y"),
                t.strftime("%H:%M:%S"),
                typ,
                name,
                emo,
                cat,
                a,
                "GBP",
                a,
                "GBP",
                notes,
                "Leeds"
                if typ == "Card payment"
                and name not in ("Amazon", "Klarna")
                and "Bet" not in name
                and "Power" not in name
                else "",
                "",
                desc,
                "",
                a if amt < 0 else "",
                a if amt > 0 else "",
            ]
        )
        _ = i
    write_text(
        p.root,
        "Monzo Data Export - CSV (Monday, 10 November 2025).csv",
        csv_text(rows, lineterminator="\r\n"),
    )

    # --- Facebook DYI (2024 layout, mojibake)
    def ts(day: int, hh: int, mm: int) -> int:
        d = START + timedelta(days=day)
        return epoch("Europe/London", datetime(d.year, d.month, d.day, hh, mm))

    posts_src = [
        (2, "first park run in ages, legs are jelly 🏃‍♀️"),
        (6, "Headingley with Jess Carter for the hundred 🏏☀️"),
        (13, "new flat, same mess 😂"),
        (19, "anyone know a decent mechanic in Leeds? car's making a noise"),
        (25, "Roundhay on a sunny sunday, can't beat it"),
        (31, "happy 60th to the best mum in the world Carol Hartley ❤️ x"),
        (38, "payday can't come soon enough lol"),
        (44, "Kirkgate market haul, who needs Tesco"),
        (52, "bake off tent drama!!!"),
        (59, "autumn is here 🍂 coat weather"),
        (66, "flash sale on flights… must resist"),
        (73, "5 years since graduation?! Uni Lot reunion was immense"),
        (80, "bonfire night from the back garden 🎆"),
        (87, "Christmas markets open already? it's november"),
    ]
    posts = []
    for i, (d, txt) in enumerate(posts_src):
        t = ts(d, 19 + i % 3, (i * 7) % 60)
        entry: dict[str, object] = {
            "timestamp": t,
            "data": [{"post": txt}, {"update_timestamp": t}],
            "title": "Megan Hartley updated her status.",
        }
        if i % 4 == 1:
            entry["attachments"] = [
                {
                    "data": [
                        {
                            "media": {
                                "uri": f"your_facebook_activity/posts/media/YourPosts_{i}/4{i:03d}81726_n.jpg",
                                "creation_timestamp": t,
                                "media_metadata": {
                                    "photo_metadata": {"exif_data": [{"upload_ip": "192.0.2.44"}]}
                                },
                                "title": "",
                                "description": txt,
                            }
                        }
                    ]
                }
            ]
            entry["title"] = "Megan Hartley added a new photo."
        posts.append(entry)
    posts.reverse()
    write_text(
        p.root,
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        json.dumps(mojibake(posts), indent=2),
    )
    comments_src = [
        (3, "Hannah Lowe", "congrats Hannah!! so happy for u both 💕"),
        (10, "Sam Whitaker", "haha state of you"),
        (17, "Jess Carter", "jess this is the best photo of us ever"),
        (28, "Priya Nair", "happy diwali lovely 🪔 save me a ladoo"),
        (34, "Tom Reilly", "you look like your dad in this tom"),
        (49, "Hannah Lowe", "omg the dress!!!"),
        (57, "Gareth Pugh", "gaz not everything is a conspiracy mate"),
        (63, "Jess Carter", "count me in x"),
        (77, "Hannah Lowe", "congrats on the engagement!! 🥂"),
        (84, "Tom Reilly", "❤️"),
    ]
    comments = []
    for i, (d, owner, txt) in enumerate(comments_src):
        t = ts(d, 20, (i * 11) % 60)
        comments.append(
            {
                "timestamp": t,
                "data": [{"comment": {"timestamp": t, "comment": txt, "author": me}}],
                "title": f"Megan Hartley commented on {owner}'s post.",
            }
        )
    comments.reverse()
    write_text(
        p.root,
        "your_facebook_activity/comments_and_reactions/comments.json",
        json.dumps(mojibake({"comments_v2": comments}), indent=2),
    )
    profile = {
        "profile_v2": {
            "name": {
                "full_name": "Megan Hartley",
                "first_name": "Megan",
                "middle_name": "",
                "last_name": "Hartley",
            },
            "emails": {
                "emails": ["m.hartley88@example.com"],
                "previous_emails": [],
                "pending_emails": [],
                "ad_account_emails": [],
            },
            "birthday": {"year": 1991, "month": 6, "day": 14},
            "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
            "current_city": {"name": "Leeds, United Kingdom", "timestamp": 1631041200},
            "hometown": {"name": "Wakefield, United Kingdom", "timestamp": 1380000000},
            "relationship": {
                "status": "In a relationship",
                "partner": "Tom Reilly",
                "timestamp": 1626000000,
            },
            "family_members": [
                {"name": "Carol Hartley", "relation": "Mother", "timestamp": 1380000000}
            ],
            "work_experiences": [
                {
                    "employer": "Aire Valley Logistics",
                    "title": "Transport Planner",
                    "location": "Leeds",
                    "start_timestamp": 1630450800,
                    "timestamp": 1630500000,
                }
            ],
            "phone_numbers": [
                {"phone_type": "Mobile", "phone_number": "+447700900412", "verified": True}
            ],
            "username": "megan.hartley.88",
            "registration_timestamp": 1220000000,
            "profile_uri": "https://www.facebook.com/megan.hartley.88",
        }
    }
    write_text(
        p.root,
        "personal_information/profile_information/profile_information.json",
        json.dumps(mojibake(profile), indent=2),
    )

    # --- Google Semantic Location History (monthly files)
    places = {
        "home": (UK_HOME, UK_HOME_ADDR, "Home"),
        "work": (UK_WORK, "Whitehall Rd, Leeds LS12 1AB, UK", "Aire Valley Logistics"),
    }
    for k, (ll_, a) in UK_OUTINGS.items():
        places[k] = (ll_, a, k)
    months: dict[str, list[dict[str, object]]] = {}

    def z(t: datetime) -> str:
        return to_utc("Europe/London", t).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    prev: Visit | None = None
    for d in range(N_DAYS):
        for v in day_visits(rng, START + timedelta(days=d), list(UK_OUTINGS)):
            key = f"{v.start.year}_{MONTHS[v.start.month - 1].upper()}"
            objs = months.setdefault(key, [])
            if prev is not None and prev.end < v.start:
                a, b = places[prev.place][0], places[v.place][0]
                objs.append(
                    {
                        "activitySegment": {
                            "startLocation": {
                                "latitudeE7": round(a[0] * 1e7),
                                "longitudeE7": round(a[1] * 1e7),
                            },
                            "endLocation": {
                                "latitudeE7": round(b[0] * 1e7),
                                "longitudeE7": round(b[1] * 1e7),
                            },
                            "duration": {"startTimestamp": z(prev.end), "endTimestamp": z(v.start)},
                            "distance": round(abs(a[0] - b[0]) * 111000 + abs(a[1] - b[1]) * 66000),
                            "activityType": "IN_BUS"
                            if "work" in (v.place, prev.place)
                            else "WALKING",
                            "confidence": "HIGH",
                        }
                    }
                )
            (lat, lon), address, name = places[v.place]
            lat, lon = jitter(rng, lat, lon, 15)
            loc: dict[str, object] = {
                "latitudeE7": round(lat * 1e7),
                "longitudeE7": round(lon * 1e7),
                "placeId": f"ChIJ{hash_str(v.place) % 10**10:010d}ukL",
                "address": address,
                "name": name,
                "sourceInfo": {"deviceTag": 1184339210},
                "locationConfidence": round(70 + rng.random() * 29, 4),
            }
            if v.place in ("home", "work"):
                loc["semanticType"] = "TYPE_HOME" if v.place == "home" else "TYPE_WORK"
            objs.append(
                {
                    "placeVisit": {
                        "location": loc,
                        "duration": {"startTimestamp": z(v.start), "endTimestamp": z(v.end)},
                        "placeConfidence": "HIGH_CONFIDENCE",
                        "visitConfidence": 92,
                    }
                }
            )
            prev = v
    for key, objs in months.items():
        year = key.split("_")[0]
        write_text(
            p.root,
            f"Takeout/Location History (Timeline)/Semantic Location History/{year}/{key}.json",
            json.dumps({"timelineObjects": objs}, indent=2),
        )

    p.reg(
        "PERSON",
        "Megan Hartley",
        "Tom Reilly",
        "Tom",
        "Jess Carter",
        "Jess",
        "Priya Nair",
        "Priya",
        "Carol Hartley",
        "Mrs Whitfield",
        "Daniel Okafor",
        "Gareth Pugh",
        "gaz",
        "Sam Whitaker",
        "Hannah Lowe",
    )
    p.reg(
        "PHONE_NUMBER",
        "+44 7700 900412",
        "+447700900412",
        "+44 7700 900238",
        "+44 7700 900356",
        "+44 7700 900781",
        "07700 900781",
        "(07700) 900519",
    )
    p.reg("EMAIL_ADDRESS", "m.hartley88@example.com", "priya.nair@example.org")
    p.reg("USERNAME", "@meg_hartley", "megan.hartley.88")
    p.reg("ADDRESS", addr_chat, UK_HOME_ADDR, "27 Thornhill Crescent, Wakefield WF2 8PL")
    p.reg("UK_NINO", "NR 37 46 81 B")
    p.reg("UK_NHS", nhs_sp)
    p.reg("UK_PASSPORT", "548213976")
    p.reg("UK_DRIVING_LICENCE", "HARTL956141M99AB")
    p.reg("UK_SORT_CODE", "20-45-77")
    p.reg("BANK_ACCOUNT", "43917265")
    p.reg("IBAN_CODE", iban)
    p.reg("CREDIT_CARD", card_sp)
    p.reg("LICENSE_PLATE", "YD19 KXP")
    p.reg("PERSON", "daniel", "Hannah", "jess", "tom")
    truth: dict[str, object] = {
        "schema_version": 1,
        "persona": pid,
        "fictional": True,
        "independent": True,
        "description": "Megan Hartley, 34, transport planner in Leeds (Headingley flat); money trouble and online betting. "
        "Telegram full export, Monzo CSV, Facebook DYI JSON (2024 layout), Google Semantic Location History.",
        "timezone": "Europe/London",
        "user": {
            "names": ["Megan Hartley", "Megan", "Meg"],
            "phones": ["+44 7700 900412"],
            "emails": ["m.hartley88@example.com"],
            "handles": ["@meg_hartley", "megan.hartley.88"],
        },
        "facts": {
            "home": {
                "lat": UK_HOME[0],
                "lon": UK_HOME[1],
                "radius_m": 300,
                "address": "Flat 2, 14 Cardigan Road, Leeds LS6 3AG",
                "city": "Leeds",
            },
            "work": {
                "lat": UK_WORK[0],
                "lon": UK_WORK[1],
                "radius_m": 300,
                "employer": "Aire Valley Logistics",
            },
            "sleep_window": {"start": "00:00", "end": "07:00", "tolerance_min": 60},
            "top_contacts": top_contacts(chats, me),
            "relationships": [
                {"name": "Mum", "relationship": "mother", "full_name": "Carol Hartley"},
                {"name": "Tom Reilly", "relationship": "partner", "full_name": "Tom Reilly"},
                {"name": "Jess Carter", "relationship": "close friend", "full_name": "Jess Carter"},
                {"name": "Priya Nair", "relationship": "colleague", "full_name": "Priya Nair"},
            ],
            "religion": {"value": False},
            "health": {"value": False},
            "politics": {"value": False},
            "financial_stress": {"value": True},
            "gambling": {"value": True},
            "gaming": {"value": False},
            "salary": {
                "amount": "2143.70",
                "currency": "GBP",
                "payer": "AIRE VALLEY LOGISTICS LTD",
                "period": "monthly",
            },
            "risky_contact": {
                "name": "Gareth Pugh",
                "why": "posts 66 distinct angry political rants in the group Uni Lot 🎓",
            },
        },
    }
    write_truth(p, truth)


PERSONAS.append(persona_uk)


# ============================================================================ persona 3: Minneapolis (en-US)

US_ME = "Rosa Delgado"
US_ZONE = "America/Chicago"
US_HOME = (44.933720, -93.247305)
US_WORK = (44.975360, -93.271072)
US_CHURCH = (44.940212, -93.256114)
US_OUTINGS = {
    "Lake Harriet": (44.922112, -93.305021),
    "Mercado Central": (44.948801, -93.247402),
    "Midtown Global Market": (44.948604, -93.260288),
    "Target Lake St": (44.948311, -93.230412),
    "Minnehaha Falls": (44.915302, -93.211007),
}


class EsTalk:
    """Mamá writes Spanish."""

    foods = (
        "pozole",
        "tamales",
        "arroz con pollo",
        "enchiladas",
        "sopa de fideo",
        "chiles rellenos",
        "pan dulce",
        "frijoles",
        "tortillas",
        "flan",
        "mole",
        "caldo de res",
    )
    whens = (
        "hoy",
        "mañana",
        "el domingo",
        "el sábado",
        "esta noche",
        "la próxima semana",
        "ahorita",
        "en la tarde",
    )
    acks = (
        "ok mija",
        "sí",
        "ándale",
        "bueno",
        "jaja",
        "gracias mija",
        "❤️",
        "🙏",
        "está bien",
        "ay no",
        "qué bueno",
        "👍",
        "sí sí",
        "ya vi",
        "mmm",
        "órale",
    )

    def line(self, rng: random.Random, elder: bool = True) -> str:
        f, w = rng.choice(self.foods), rng.choice(self.whens)
        body = rng.choice(
            [
                f"hice {f} {w}, ven a comer",
                f"¿vienes {w}?",
                "¿ya comiste mija?",
                f"te guardé {f}",
                f"{w} voy a la tienda, ¿necesitas algo?",
                f"hace mucho frío {w}, ponte chamarra",
                "tu tía te manda saludos",
                f"¿me ayudas con el teléfono {w}?",
                f"compré {f} para {w}",
                f"llámame {w} cuando puedas",
                "¿cómo te fue en el trabajo?",
                f"no se te olvide {w}",
            ]
        )
        end = rng.choice(["", "", " 😘", " ❤️", "!!", " mija", " jaja", "..."])
        return body + end

    def ack(self, rng: random.Random) -> str:
        return rng.choice(self.acks)


def us_angry(rng: random.Random) -> list[str]:
    parts = [
        [
            "the city council",
            "these democrats",
            "the republicans",
            "washington",
            "the governor",
            "congress",
            "the mayor",
            "these politicians",
            "the mainstream media",
            "the feds",
            "both parties",
            "the DFL machine",
        ],
        [
            "are destroying this city",
            "don't care about working people",
            "lie every single day",
            "are robbing us blind",
            "should all be voted out",
            "are a bunch of crooks",
            "have no clue",
            "want to take everything we have",
            "are bankrupting us",
            "only care about their donors",
            "are a disgrace",
            "sold us out",
        ],
        [
            "!!!",
            ". WAKE UP",
            ". i'm so sick of it",
            " 😡😡",
            ". disgusting",
            ". unreal",
            ". mark my words",
            ". share this",
            ". enough is enough",
            " 🤬",
            ". nobody is listening",
            ". total joke",
        ],
    ]
    out = angry_lines(rng, parts, 67, joiner=" ")
    return [s.replace(" !!!", "!!!").replace(" .", ".") for s in out]


def persona_us(out: Path) -> None:
    rng = random.Random(110003)
    pid = "us_minneapolis_delgado"
    p = Persona(pid, out / pid)
    me = US_ME
    talk = EnTalk(uk=False)
    jam = Chat("Jamal Reed", False, ["Jamal Reed"])
    ana = Chat("Ana Delgado", False, ["Ana Delgado"])
    kei = Chat("Keisha Morgan", False, ["Keisha Morgan"])
    nina = Chat("Nina Patel", False, ["Nina Patel"])
    grp = Chat(
        "Powderhorn Block Club",
        True,
        ["Rick Halvorsen", "Keisha Morgan", "Dale Lindqvist", "Mai Vang"],
    )
    mama = Chat("Mamá", False, ["Mamá"])
    media = ["photo", "photo", "sticker", "video", "voice"]
    fill_chat(rng, jam, me, talk, 0.5, (1, 1), (2, 5), media)
    fill_chat(rng, ana, me, talk, 0.42, (1, 1), (2, 5), media)
    fill_chat(rng, kei, me, talk, 0.22, (1, 1), (2, 5), media)
    fill_chat(rng, nina, me, talk, 0.18, (1, 1), (1, 4), ["photo"])
    fill_chat(rng, grp, me, talk, 0.18, (1, 1), (2, 5), ["photo"])
    # Mamá: Spanish from her, English/Spanglish from Rosa
    es = EsTalk()
    tmp = Chat("Mamá", False, ["Mamá"])
    fill_chat(rng, tmp, me, talk, 0.28, (1, 1), (2, 5), ["photo", "voice"])
    for m in tmp.msgs:
        if m.sender == "Mamá" and m.kind == "text":
            m.text = es.ack(rng) if len(m.text) < 12 else es.line(rng)
        elif m.sender == me and m.kind == "text" and rng.random() < 0.3:
            m.text = rng.choice(
                ["sí mamá", "ok ma", "ya voy", "te quiero ❤️", "gracias ma", "mañana paso"]
            )
    mama.msgs = tmp.msgs

    card = luhn_complete("542523343010990")
    card_sp = " ".join(card[i : i + 4] for i in range(0, 16, 4))
    routing = aba_complete("09191521")
    acct = "4417829053"
    home_full = "3928 Bloomington Ave Apt 2, Minneapolis, MN 55407"
    home_inf = "3928 bloomington ave apt 2"
    mom_addr = "1547 E 31st St, Minneapolis, MN 55407"

    plant_convo(
        ana,
        5,
        "20:40",
        [
            ("Ana Delgado", "for the life insurance beneficiary form i need your ssn"),
            (me, "531-72-4418"),
            (me, "don't screenshot it lol"),
            ("Ana Delgado", "too late 😂 jk deleted"),
        ],
    )
    plant_convo(
        ana,
        19,
        "19:15",
        [
            (me, "do u have mom's ITIN? her tax lady is asking"),
            ("Ana Delgado", "912-78-4431"),
            ("Ana Delgado", "and her cell is 612-555-0118 if the lady needs to call her"),
        ],
    )
    plant_convo(
        ana,
        46,
        "21:05",
        [
            (
                "Ana Delgado",
                "putting Carmen Delgado as primary on the pharmacy account, that's fine right",
            ),
            (me, "yes"),
        ],
    )
    plant_convo(
        jam,
        8,
        "18:02",
        [
            (
                me,
                "rental counter wants my license # D512784360218 can u read it to them im parking",
            ),
            ("Jamal Reed", "got it"),
        ],
    )
    plant_convo(
        jam,
        23,
        "21:30",
        [
            ("Jamal Reed", f"use my card for the tickets {card_sp} 11/27"),
            (me, "booked! deleting this"),
        ],
    )
    plant_convo(
        jam,
        36,
        "12:20",
        [
            ("Jamal Reed", "new number btw 612.555.0163, old phone died"),
            (me, "saved ❤️"),
        ],
    )
    plant_convo(
        kei,
        14,
        "20:50",
        [
            ("Keisha Morgan", "sending you the cancun booking, need your passport #"),
            (me, "567123489"),
            ("Keisha Morgan", "ok and your address for the travel insurance?"),
            (me, home_full),
        ],
    )
    plant_convo(
        nina,
        11,
        "09:10",
        [
            ("Nina Patel", "HR says your direct deposit form is missing the numbers"),
            (me, f"routing {routing} acct {acct}"),
            ("Nina Patel", "thx, also send it to nina.patel@example.com so there's a record"),
            (me, "sent from rosa.delgado@example.net"),
        ],
    )
    plant_convo(
        nina,
        52,
        "13:40",
        [
            ("Nina Patel", "Dr. Okonkwo wants everyone at the staff meeting thursday"),
            (me, "ugh fine"),
        ],
    )
    plant_convo(
        grp,
        28,
        "19:10",
        [
            (
                "Dale Lindqvist",
                "block party supplies drop off at mine, 3841 18th Ave S, garage is open",
            ),
            (me, f"I can host next time, {home_inf}, we have the big yard"),
            ("Mai Vang", "yay"),
        ],
    )
    plant(mama, 16, "10:30", "Mamá", "mija llegó una multa para tu carro KHT 482 aquí a la casa")
    plant(mama, 16, "10:34", me, "ugh ok ma I'll pay it online")
    plant_convo(
        mama,
        40,
        "17:00",
        [
            (me, f"ma I ordered your new blender to {mom_addr}, comes thursday"),
            ("Mamá", "gracias mija ❤️"),
        ],
    )

    # --- religion (user): Catholic, weekly Mass; politics (user): DFL volunteer
    for d, chat, who, txt in [
        (6, mama, me, "see you at 10:30 mass ma, saving you a seat"),
        (
            13,
            jam,
            me,
            "coming to mass with us sunday? Father Mike is doing the blessing of the backpacks",
        ),
        (27, ana, me, "lighting a candle for abuela at st brendan's after work"),
        (41, mama, me, "I prayed the rosary for tía tonight"),
        (62, kei, me, "can't do brunch, I'm a lector at mass this sunday 🙏"),
        (82, mama, me, "all saints day mass tonight, I'll pick you up at 6"),
        (9, kei, me, "canvassing for our DFL ward candidate saturday, come knock doors with me?"),
        (24, jam, me, "phone banking for the DFL tonight so I'll be late"),
        (37, ana, me, "just donated to the DFL again, this election matters so much"),
        (58, kei, me, "knocked 80 doors today!! my feet hurt but we need this council seat"),
        (78, jam, me, "election day tuesday, I'm driving voters to the polls all afternoon"),
        (85, ana, me, "we won the ward!!! all that canvassing paid off 🗳️"),
    ]:
        plant(chat, d, "20:15" if d % 7 < 5 else "16:30", who, txt)
    plant(jam, 34, "19:20", me, "Keisha's birthday is saturday, we're doing tacos at hers")
    plant(ana, 50, "18:15", "Ana Delgado", "jamal says hi btw, tell him he still owes me a ride")
    plant(grp, 44, "17:30", me, "Dale do you still have my folding chairs?")
    # --- distractors
    plant(
        ana,
        30,
        "18:40",
        "Ana Delgado",
        "my asthma is so bad with the wildfire smoke, refilling my inhaler",
    )
    plant(mama, 48, "09:45", "Mamá", "el doctor dice que mi azúcar está alta otra vez")
    plant(
        nina, 33, "12:35", "Nina Patel", "my husband lost $200 on draftkings this weekend, i'm done"
    )
    plant(jam, 55, "23:05", "Jamal Reed", "one more game of madden and I'm coming to bed")
    plant(grp, 71, "18:05", me, "rick please keep the politics out of the block club chat")

    for i, text in enumerate(us_angry(rng)):
        d = (i * 89) // 67 + 1
        plant(grp, d, f"{8 + (i * 5) % 14:02d}:{(i * 11) % 59:02d}", "Rick Halvorsen", text)
        if i % 8 == 5:
            plant(
                grp,
                d,
                f"{8 + (i * 5) % 14:02d}:{(i * 11) % 59 + 1:02d}",
                rng.choice(["Mai Vang", "Dale Lindqvist"]),
                rng.choice(
                    ["rick come on", "this is a block club chat", "here we go again", "🙄🙄"]
                ),
            )
    chats = [jam, ana, kei, nina, grp, mama]
    for c in chats:
        sort_chat(c)
    check_sleep(chats)

    # --- Messenger (2024 layout), newest first, mojibake
    def ms(t: datetime) -> int:
        return epoch(US_ZONE, t) * 1000 + (t.second * 37) % 1000

    for c, slug in [
        (jam, "jamalreed_10158342271946627"),
        (ana, "anadelgado_10157702319384412"),
        (kei, "keishamorgan_10159911203847561"),
        (nina, "ninapatel_10160023847765109"),
        (grp, "powderhornblockclub_7012384456129934"),
    ]:
        folder = f"your_facebook_activity/messages/inbox/{slug}"
        msgs = []
        for j, m in enumerate(reversed(c.msgs)):
            t = ms(m.local)
            e: dict[str, object] = {"sender_name": m.sender, "timestamp_ms": t}
            if m.kind == "photo":
                e["photos"] = [
                    {
                        "uri": f"{folder}/photos/{t % 10**9}_{j}_n.jpg",
                        "creation_timestamp": t // 1000,
                    }
                ]
            elif m.kind == "video":
                e["videos"] = [
                    {
                        "uri": f"{folder}/videos/{t % 10**9}_{j}_n.mp4",
                        "creation_timestamp": t // 1000,
                    }
                ]
            elif m.kind == "voice":
                e["audio_files"] = [
                    {"uri": f"{folder}/audio/audioclip{t}.mp4", "creation_timestamp": t // 1000}
                ]
            elif m.kind == "sticker":
                e["sticker"] = {
                    "uri": "your_facebook_activity/messages/stickers_used/39178562_1505197616293642_5411344281094848512_n.png",
                    "ai_stickers": [],
                }
            else:
                e["content"] = m.text
            if j % 23 == 5 and m.kind == "text":
                other = c.members[0] if m.sender == me else me
                e["reactions"] = [{"reaction": "❤", "actor": other}]
            e["is_geoblocked_for_viewer"] = False
            msgs.append(e)
        thread = {
            "participants": [{"name": n} for n in [*c.members, me]],
            "messages": msgs,
            "title": c.title,
            "is_still_participant": True,
            "thread_path": f"inbox/{slug}",
            "magic_words": [],
        }
        if c.group:
            thread["image"] = {
                "uri": f"{folder}/photos/group_photo.jpg",
                "creation_timestamp": 1690000000,
            }
        write_text(p.root, f"{folder}/message_1.json", json.dumps(mojibake(thread), indent=2))

    # --- WhatsApp iOS chat with Mamá
    lrm, nnb = "\u200e", "\u202f"

    def wa_ts(t: datetime) -> str:
        h = t.hour % 12 or 12
        return f"[{t.month}/{t.day}/{t.year % 100}, {h}:{t.minute:02d}:{t.second:02d}{nnb}{'AM' if t.hour < 12 else 'PM'}]"

    first = datetime(2025, 8, 11, 7, 31, 4)
    lines = [
        f"{wa_ts(first)} Mamá: {lrm}Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them."
    ]
    ph = {
        "photo": "image omitted",
        "voice": "audio omitted",
        "video": "video omitted",
        "sticker": "sticker omitted",
    }
    for m in mama.msgs:
        if m.kind in ph:
            lines.append(f"{lrm}{wa_ts(m.local)} {m.sender}: {lrm}{ph[m.kind]}")
        else:
            lines.append(f"{wa_ts(m.local)} {m.sender}: {m.text}")
    write_text(p.root, "WhatsApp Chat - Mamá/_chat.txt", "\r\n".join(lines) + "\r\n")

    # --- Venmo statement
    vrows: list[tuple[datetime, str, str, str, str, float]] = []
    for d, note, frm, to, amt in [
        (4, "🍕🍺", me, "Keisha Morgan", -23.50),
        (12, "utilities aug ⚡", "Jamal Reed", me, 61.20),
        (18, "mom's bday dinner split", "Ana Delgado", me, 45.00),
        (26, "block party tables", me, "Dale Lindqvist", -18.00),
        (33, "concert tix 🎶", me, "Keisha Morgan", -72.00),
        (43, "utilities sept ⚡", "Jamal Reed", me, 58.90),
        (51, "tamales for the church sale", "Mai Vang", me, 24.00),
        (60, "cancun deposit ✈️", me, "Keisha Morgan", -150.00),
        (73, "utilities oct ⚡", "Jamal Reed", me, 64.35),
        (80, "halloween candy 🎃", me, "Ana Delgado", -15.75),
        (88, "brunch", "Keisha Morgan", me, 19.40),
    ]:
        day = START + timedelta(days=d)
        vrows.append(
            (
                datetime(day.year, day.month, day.day, 19, (d * 7) % 60, (d * 13) % 60),
                note,
                frm,
                to,
                "",
                amt,
            )
        )
    head = [
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
    out_rows: list[list[str]] = [
        ["Account Statement - (@Rosa-Delgado-7)"],
        ["Account Activity"],
        head,
        [""] * 16 + ["$84.10"] + [""] * 5,
    ]
    bal = 84.10
    for i, (t, note, frm, to, _, amt) in enumerate(vrows):
        utc = to_utc(US_ZONE, t)
        sign = "+" if amt > 0 else "-"
        out_rows.append(
            [
                "",
                str(4012345678901234567 + i * 1234567891),
                utc.strftime("%Y-%m-%dT%H:%M:%S"),
                "Payment" if (amt < 0) == (frm == me) else "Charge",
                "Complete",
                note,
                frm,
                to,
                f"{sign} ${abs(amt):,.2f}",
                "",
                "0",
                "",
                "0",
                "",
                "Venmo balance" if amt < 0 else "",
                "Venmo balance" if amt > 0 else "",
                "",
                "",
                "",
                "Venmo",
                "",
                "",
            ]
        )
        bal += amt
    out_rows.append(
        [""] * 17
        + [
            f"${bal:,.2f}",
            "$0.00",
            "",
            "$0.00",
            "In case of errors or questions about your electronic transfers contact us.",
        ]
    )
    write_text(p.root, "venmo_statement_2025-08-01_2025-11-09.csv", csv_text(out_rows))

    # --- OFX bank statement (SGML 1.02)
    trns: list[tuple[datetime, str, float, str, str]] = []
    for d in range(N_DAYS):
        day = START + timedelta(days=d)
        base = datetime(day.year, day.month, day.day, 12, 0)
        if day.weekday() == 4 and (d // 7) % 2 == 0:
            trns.append(
                (
                    base,
                    "CREDIT",
                    2384.17,
                    "NORTHSTAR DENTAL PAYROLL",
                    "DIRECT DEP PPD ID 9100339911",
                )
            )
        if day.day == 1:
            trns.append(
                (base, "DEBIT", -1450.00, "LAKE ST PROPERTY MGMT", "ONLINE PMT RENT AUTOPAY")
            )
            trns.append(
                (base, "DEBIT", -250.00, "TRANSFER TO SAVINGS", "ONLINE TRANSFER TO SAV XXXXXX8812")
            )
        if day.weekday() == 6:
            trns.append(
                (base, "DEBIT", -25.00, "ST BRENDAN PARISH GIVING", "ONLINE GIVING WEEKLY OFFERING")
            )
        if d in (10, 37, 66):
            trns.append((base, "DEBIT", -50.00, "ACTBLUE*MN DFL", "ACTBLUE*MN DFL SOMERVILLE MA"))
        if day.day == 15:
            trns.append((base, "DEBIT", -86.41, "XCEL ENERGY", "XCEL ENERGY-MN ACH"))
            trns.append((base, "DEBIT", -65.00, "US INTERNET", "US INTERNET CORP AUTOPAY"))
        for _ in range(rng.randint(0, 2)):
            name, lo, hi = rng.choice(
                [
                    ("CUB FOODS #1612", 12, 95),
                    ("TARGET T-2181", 8, 70),
                    ("HOLIDAY STATIONSTORE", 25, 55),
                    ("SPYHOUSE COFFEE", 4, 9),
                    ("MERCADO CENTRAL", 7, 30),
                    ("WALGREENS #4410", 5, 28),
                    ("METRO TRANSIT", 2, 5),
                    ("LAKE STREET TACOS", 9, 24),
                ]
            )
            trns.append(
                (
                    base + timedelta(hours=rng.randint(-3, 8)),
                    "DEBIT",
                    -round(rng.uniform(lo, hi), 2),
                    name,
                    f"POS PURCHASE {name} MINNEAPOLIS MN",
                )
            )
    trns.sort(key=lambda r: r[0])

    def ofx_dt(t: datetime) -> str:
        off = utc_offset_hours(US_ZONE, t)
        return f"{t:%Y%m%d%H%M%S}.000[{off}:{'CDT' if off == -5 else 'CST'}]"

    tl = []
    for i, (t, typ, amt, name, memo) in enumerate(trns):
        tl.append(
            "\t\t\t\t\t<STMTTRN>\n"
            f"\t\t\t\t\t\t<TRNTYPE>{typ}\n\t\t\t\t\t\t<DTPOSTED>{ofx_dt(t)}\n\t\t\t\t\t\t<TRNAMT>{amt:.2f}\n"
            f"\t\t\t\t\t\t<FITID>2025{i:07d}\n\t\t\t\t\t\t<NAME>{name[:32]}\n\t\t\t\t\t\t<MEMO>{memo}\n"
            "\t\t\t\t\t</STMTTRN>"
        )
    bal = 3120.55 + sum(r[2] for r in trns)
    ofx = (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\n"
        "COMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n<OFX>\n\t<SIGNONMSGSRSV1>\n\t\t<SONRS>\n"
        "\t\t\t<STATUS>\n\t\t\t\t<CODE>0\n\t\t\t\t<SEVERITY>INFO\n\t\t\t</STATUS>\n"
        "\t\t\t<DTSERVER>20251110083000.000[-6:CST]\n\t\t\t<LANGUAGE>ENG\n\t\t\t<FI>\n\t\t\t\t<ORG>NORTH STAR CU\n"
        "\t\t\t\t<FID>4410\n\t\t\t</FI>\n\t\t</SONRS>\n\t</SIGNONMSGSRSV1>\n\t<BANKMSGSRSV1>\n\t\t<STMTTRNRS>\n"
        "\t\t\t<TRNUID>0\n\t\t\t<STATUS>\n\t\t\t\t<CODE>0\n\t\t\t\t<SEVERITY>INFO\n\t\t\t</STATUS>\n\t\t\t<STMTRS>\n"
        f"\t\t\t\t<CURDEF>USD\n\t\t\t\t<BANKACCTFROM>\n\t\t\t\t\t<BANKID>{routing}\n\t\t\t\t\t<ACCTID>{acct}\n"
        "\t\t\t\t\t<ACCTTYPE>CHECKING\n\t\t\t\t</BANKACCTFROM>\n\t\t\t\t<BANKTRANLIST>\n"
        "\t\t\t\t\t<DTSTART>20250811000000.000[-5:CDT]\n\t\t\t\t\t<DTEND>20251109235959.000[-6:CST]\n"
        + "\n".join(tl)
        + "\n\t\t\t\t</BANKTRANLIST>\n\t\t\t\t<LEDGERBAL>\n"
        f"\t\t\t\t\t<BALAMT>{bal:.2f}\n\t\t\t\t\t<DTASOF>20251110083000.000[-6:CST]\n\t\t\t\t</LEDGERBAL>\n"
        "\t\t\t</STMTRS>\n\t\t</STMTTRNRS>\n\t</BANKMSGSRSV1>\n</OFX>\n"
    )
    write_bytes(
        p.root, "NorthStarCU_Checking_20251110.ofx", ofx.replace("\n", "\r\n").encode("cp1252")
    )

    # --- X archive
    def x_created(t: datetime) -> str:
        u = to_utc(US_ZONE, t)
        wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][u.weekday()]
        return f"{wd} {MONTHS[u.month - 1][:3]} {u:%d %H:%M:%S} +0000 {u.year}"

    def yt(name: str, data: object) -> str:
        return f"window.YTD.{name}.part0 = " + json.dumps(
            data, ensure_ascii=False, indent=2, separators=(",", " : ")
        )

    acc_id = "1184467203958812673"
    account = [
        {
            "account": {
                "email": "rosa.delgado@example.net",
                "createdVia": "web",
                "username": "rosad_mpls",
                "accountId": acc_id,
                "createdAt": "2019-10-16T14:22:31.000Z",
                "accountDisplayName": "Rosa D 🌻",
            }
        }
    ]
    write_text(p.root, "twitter-2025-11-10/data/account.js", yt("account", account))
    write_text(
        p.root,
        "twitter-2025-11-10/data/phone-number.js",
        yt("phoneNumber", [{"device": {"phoneNumber": "+16125550147"}}]),
    )
    tweets_src = [
        (3, "powderhorn park at sunset never misses 🌅"),
        (
            9,
            "knocking doors for our DFL ward candidate this saturday, DM me if you want to join! 🗳️",
        ),
        (15, "lake street tacos > everything"),
        (20, "shoutout @keishamorgan_mn for dragging me to the farmers market at 7am"),
        (27, "twins season is over, i will not be taking questions"),
        (34, "first frost warning already?? minnesota pls"),
        (39, "phone banked for 3 hours tonight. democracy is a team sport"),
        (45, "mass, pancakes, nap. perfect sunday"),
        (53, "if you live in ward 9 and haven't made a voting plan, this is your sign"),
        (61, "dentist office halloween costume contest: i was a molar 🦷"),
        (69, "early voting is OPEN minneapolis. go!!"),
        (76, "dia de muertos ofrenda is up, miss you abuela 🕯️🌼"),
        (85, "WE WON. thank you to every volunteer who knocked a door 💙"),
        (89, "first snow. i'm not ready"),
    ]
    tweets = []
    for i, (d, txt) in enumerate(tweets_src):
        day = START + timedelta(days=d)
        t = datetime(day.year, day.month, day.day, 18 + i % 4, (i * 13) % 60, (i * 7) % 60)
        tid = str(1955000000000000000 + d * 10**15 + i * 7919)
        mentions = (
            [
                {
                    "name": "Keisha M",
                    "screen_name": "keishamorgan_mn",
                    "indices": ["9", "25"],
                    "id_str": "90817263544",
                    "id": "90817263544",
                }
            ]
            if "@keishamorgan_mn" in txt
            else []
        )
        tweets.append(
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
                    "source": '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
                    "entities": {
                        "hashtags": [],
                        "symbols": [],
                        "user_mentions": mentions,
                        "urls": [],
                    },
                    "favorite_count": str((i * 7) % 23),
                    "id_str": tid,
                    "truncated": False,
                    "retweet_count": str(i % 4),
                    "id": tid,
                    "created_at": x_created(t),
                    "favorited": False,
                    "full_text": txt,
                    "lang": "en",
                }
            }
        )
    tweets.reverse()
    write_text(p.root, "twitter-2025-11-10/data/tweets.js", yt("tweets", tweets))
    kid = "90817263544"
    dm_src = [
        (22, kid, "hey new number, it's (612) 555-0199, telegram is dead to me"),
        (22, acc_id, "saved! see u saturday"),
        (47, kid, "what's your email for the cancun itinerary"),
        (47, acc_id, "rosa.delgado@example.net"),
        (74, kid, "you're coming to the watch party tuesday right"),
        (74, acc_id, "obviously 🗳️"),
    ]
    dmsgs = []
    for i, (d, sender, txt) in enumerate(dm_src):
        day = START + timedelta(days=d)
        t = datetime(day.year, day.month, day.day, 21, 2 + i, 10)
        dmsgs.append(
            {
                "messageCreate": {
                    "recipientId": acc_id if sender == kid else kid,
                    "reactions": [],
                    "urls": [],
                    "text": txt,
                    "mediaUrls": [],
                    "senderId": sender,
                    "id": str(1960000000000000000 + i * 104729),
                    "createdAt": to_utc(US_ZONE, t).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                }
            }
        )
    dmsgs.reverse()
    write_text(
        p.root,
        "twitter-2025-11-10/data/direct-messages.js",
        yt(
            "directMessages",
            [{"dmConversation": {"conversationId": f"{kid}-{acc_id}", "messages": dmsgs}}],
        ),
    )

    # --- Google raw location history (Records.json)
    places = {"home": US_HOME, "work": US_WORK, "church": US_CHURCH, **US_OUTINGS}
    locs: list[dict[str, object]] = []
    prev: Visit | None = None
    for d in range(N_DAYS):
        day = START + timedelta(days=d)
        visits = day_visits(rng, day, list(US_OUTINGS))
        if day.weekday() == 6:
            base = datetime(day.year, day.month, day.day)
            visits = [
                Visit(base, base + timedelta(hours=10), "home"),
                Visit(
                    base + timedelta(hours=10, minutes=20),
                    base + timedelta(hours=11, minutes=40),
                    "church",
                ),
                Visit(base + timedelta(hours=12), base + timedelta(hours=24), "home"),
            ]
        for v in visits:
            if prev is not None and prev.end < v.start:
                a, b = places[prev.place], places[v.place]
                t = prev.end + (v.start - prev.end) / 2
                lat, lon = jitter(rng, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2, 300)
                locs.append(
                    {
                        "latitudeE7": round(lat * 1e7),
                        "longitudeE7": round(lon * 1e7),
                        "accuracy": 18,
                        "velocity": 11,
                        "activity": [
                            {
                                "activity": [{"type": "IN_VEHICLE", "confidence": 81}],
                                "timestamp": to_utc(US_ZONE, t).strftime("%Y-%m-%dT%H:%M:%S.%f")[
                                    :-3
                                ]
                                + "Z",
                            }
                        ],
                        "source": "GPS",
                        "deviceTag": -1402948811,
                        "timestamp": to_utc(US_ZONE, t).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
                    }
                )
            t = v.start
            while t < v.end:
                lat, lon = jitter(rng, *places[v.place], 30)
                locs.append(
                    {
                        "latitudeE7": round(lat * 1e7),
                        "longitudeE7": round(lon * 1e7),
                        "accuracy": rng.choice([12, 16, 20, 35]),
                        "source": "WIFI",
                        "deviceTag": -1402948811,
                        "timestamp": to_utc(US_ZONE, t).strftime("%Y-%m-%dT%H:%M:%S.")
                        + f"{rng.randrange(1000):03d}Z",
                    }
                )
                t += timedelta(minutes=rng.randint(35, 75))
            prev = v
    write_text(
        p.root,
        "Takeout/Location History (Timeline)/Records.json",
        json.dumps({"locations": locs}, indent=2),
    )

    p.reg(
        "PERSON",
        "Rosa Delgado",
        "Jamal Reed",
        "Ana Delgado",
        "Keisha Morgan",
        "Nina Patel",
        "Carmen Delgado",
        "Rick Halvorsen",
        "rick",
        "Dale Lindqvist",
        "Mai Vang",
        "Dr. Okonkwo",
        "Father Mike",
    )
    p.reg("PHONE_NUMBER", "+16125550147", "612-555-0118", "612.555.0163", "(612) 555-0199")
    p.reg("EMAIL_ADDRESS", "rosa.delgado@example.net", "nina.patel@example.com")
    p.reg("USERNAME", "rosad_mpls", "@keishamorgan_mn", "keishamorgan_mn", "@Rosa-Delgado-7")
    p.reg("ADDRESS", home_full, home_inf, mom_addr, "3841 18th Ave S")
    p.reg("US_SSN", "531-72-4418")
    p.reg("US_ITIN", "912-78-4431")
    p.reg("US_DRIVER_LICENSE", "D512784360218")
    p.reg("US_PASSPORT", "567123489")
    p.reg("ABA_ROUTING_NUMBER", routing)
    p.reg("BANK_ACCOUNT", acct)
    p.reg("CREDIT_CARD", card_sp)
    p.reg("LICENSE_PLATE", "KHT 482")
    p.reg("PERSON", "Keisha", "jamal", "Dale")
    truth: dict[str, object] = {
        "schema_version": 1,
        "persona": pid,
        "fictional": True,
        "independent": True,
        "description": "Rosa Delgado, 41, dental office coordinator in downtown Minneapolis, lives in Powderhorn; "
        "practising Catholic and DFL campaign volunteer. Facebook Messenger JSON, WhatsApp iOS (Mamá, "
        "Spanish), Venmo statement, OFX checking, X archive, Google Records.json.",
        "timezone": US_ZONE,
        "user": {
            "names": ["Rosa Delgado", "Rosa", "Rosa D"],
            "phones": ["+16125550147"],
            "emails": ["rosa.delgado@example.net"],
            "handles": ["rosad_mpls", "@Rosa-Delgado-7"],
        },
        "facts": {
            "home": {
                "lat": US_HOME[0],
                "lon": US_HOME[1],
                "radius_m": 300,
                "address": home_full,
                "city": "Minneapolis",
            },
            "work": {
                "lat": US_WORK[0],
                "lon": US_WORK[1],
                "radius_m": 300,
                "employer": "Northstar Dental",
            },
            "sleep_window": {"start": "00:00", "end": "07:00", "tolerance_min": 60},
            "top_contacts": top_contacts(chats, me),
            "relationships": [
                {"name": "Mamá", "relationship": "mother", "full_name": "Carmen Delgado"},
                {"name": "Jamal Reed", "relationship": "partner", "full_name": "Jamal Reed"},
                {"name": "Ana Delgado", "relationship": "sister", "full_name": "Ana Delgado"},
                {
                    "name": "Keisha Morgan",
                    "relationship": "close friend",
                    "full_name": "Keisha Morgan",
                },
                {"name": "Nina Patel", "relationship": "colleague", "full_name": "Nina Patel"},
            ],
            "religion": {
                "value": "Catholic (weekly Mass at St Brendan parish, rosary, lector, weekly offering)"
            },
            "health": {"value": False},
            "politics": {
                "value": "Democrat / DFL campaign volunteer (canvassing, phone banking, ActBlue donations)"
            },
            "financial_stress": {"value": False},
            "gambling": {"value": False},
            "gaming": {"value": False},
            "salary": {
                "amount": "2384.17",
                "currency": "USD",
                "payer": "NORTHSTAR DENTAL PAYROLL",
                "period": "biweekly",
            },
            "risky_contact": {
                "name": "Rick Halvorsen",
                "why": "posts 67 distinct angry political rants in the Messenger group Powderhorn Block Club",
            },
        },
    }
    write_truth(p, truth)


PERSONAS.append(persona_us)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE / "personas")
    args = ap.parse_args()
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for build in PERSONAS:
        build(out)


if __name__ == "__main__":
    main()
