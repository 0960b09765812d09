#!/usr/bin/env python3
"""Generate the heldout7 blind evaluation set (stdlib only, deterministic).

Three fictional personas (CN / UK / US) as real-looking app data exports plus a
``ground_truth.json`` answer key each.  Output depends only on the fixed seeds:
no use of the local time zone, locale, hash seed or today's date.

    python generate.py [--out DIR]      # default: ./personas
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import itertools
import json
import random
import shutil
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

UTC = dt.UTC
Gen = Callable[[random.Random, dt.date], list[tuple[str, str]]]
Noise = Callable[[random.Random, str], str]
HERE = Path(__file__).resolve().parent


# ---------------------------------------------------------------- checksums
def luhn_complete(partial: str) -> str:
    digits = [int(c) for c in partial]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def cn_id(base17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(base17, w, strict=True))
    return base17 + "10X98765432"[s % 11]


def nhs(base9: str) -> str:
    s = sum(int(c) * (10 - i) for i, c in enumerate(base9))
    check = 11 - s % 11
    if check == 11:
        check = 0
    assert check != 10, base9
    return base9 + str(check)


def iban_gb(bank: str, sort: str, acct: str) -> str:
    bban = bank + sort + acct
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    check = 98 - int(num) % 97
    return f"GB{check:02d}{bban}"


def aba(base8: str) -> str:
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * k for c, k in zip(base8, w, strict=True))
    return base8 + str((10 - s % 10) % 10)


def moji(s: str) -> str:
    """Facebook/Instagram style: UTF-8 bytes as latin-1 code points."""
    return s.encode("utf-8").decode("latin-1")


def moji_tree(o: object) -> object:
    if isinstance(o, str):
        return moji(o)
    if isinstance(o, list):
        return [moji_tree(x) for x in o]
    if isinstance(o, dict):
        return {k: moji_tree(v) for k, v in o.items()}
    return o


# ---------------------------------------------------------------- persona
class Persona:
    def __init__(self, pid: str, tz: str, seed: int) -> None:
        self.pid = pid
        self.tz = ZoneInfo(tz)
        self.tzname = tz
        self.rng = random.Random(seed)
        self.files: dict[str, bytes] = {}
        self.pii: list[dict[str, str]] = []
        self._seen: set[tuple[str, str, str]] = set()
        self.encodings: dict[str, str] = {}
        self._watch: list[tuple[str, str]] = []

    def add_pii(self, file: str, etype: str, value: str) -> None:
        key = (file, etype, value)
        if key not in self._seen:
            self._seen.add(key)
            self.pii.append({"file": file, "entity_type": etype, "value": value})

    def watch(self, etype: str, value: str) -> None:
        self._watch.append((etype, value))

    def finalize(self) -> None:
        """List every planted value once for every file in which it occurs on its own
        (an occurrence inside a longer listed value, e.g. a first name inside a full name, does not count)."""
        cands: list[tuple[str, str]] = []
        for pair in [(e["entity_type"], e["value"]) for e in self.pii] + self._watch:
            if pair not in cands:
                cands.append(pair)
        for rel in sorted(self.files):
            text = self.files[rel].decode(self.encodings[rel])
            spans = {v: occurrences(text, v) for _, v in cands}
            for etype, value in cands:
                for a, b in spans[value]:
                    covered = any(
                        o != value
                        and len(o) > len(value)
                        and any(x <= a and b <= y for x, y in spans[o])
                        for o in spans
                    )
                    if not covered:
                        self.add_pii(rel, etype, value)
                        break
        self.pii.sort(key=lambda e: (e["file"], e["entity_type"], e["value"]))

    def write(self, rel: str, data: bytes | str, encoding: str = "utf-8") -> None:
        if isinstance(data, str):
            data = data.encode(encoding)
        self.files[rel] = data
        self.encodings[rel] = encoding

    def local(self, y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> dt.datetime:
        return dt.datetime(y, mo, d, h, mi, s, tzinfo=self.tz)


def occurrences(text: str, value: str) -> list[tuple[int, int]]:
    """Spans of value; ASCII-alphanumeric edges must not be glued to more of the same."""
    out: list[tuple[int, int]] = []
    start = 0
    while True:
        i = text.find(value, start)
        if i < 0:
            return out
        j = i + len(value)
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        ok_b = not (
            value[0].isascii() and value[0].isalnum() and before.isascii() and before.isalnum()
        )
        ok_a = not (
            value[-1].isascii() and value[-1].isalnum() and after.isascii() and after.isalnum()
        )
        if ok_b and ok_a:
            out.append((i, j))
        start = i + 1


def days(start: dt.date, end: dt.date) -> list[dt.date]:
    out: list[dt.date] = []
    d = start
    while d <= end:
        out.append(d)
        d += dt.timedelta(days=1)
    return out


def in_window(t: dt.time, start: str, end: str) -> bool:
    s = dt.time.fromisoformat(start)
    e = dt.time.fromisoformat(end)
    if s <= e:
        return s <= t < e
    return t >= s or t < e


# ---------------------------------------------------------------- text noise
EMOJI_EN = [
    "😂",
    "😅",
    "🙃",
    "👍",
    "❤️",
    "😭",
    "🙄",
    "🔥",
    "😬",
    "🤞",
    "😴",
    "🥲",
    "🤦‍♀️",
    "💀",
    "🙏",
    "😘",
    "🍻",
    "☕",
]
EMOJI_CN = [
    "😂",
    "🤣",
    "😭",
    "👍",
    "🙏",
    "😅",
    "🤔",
    "😤",
    "🥱",
    "❤️",
    "🌚",
    "🐶",
    "💪",
    "😑",
    "[捂脸]",
    "[破涕为笑]",
    "[呲牙]",
    "[旺柴]",
    "[OK]",
    "[抱拳]",
]


def typo(rng: random.Random, s: str) -> str:
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    kind = rng.random()
    if kind < 0.4:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif kind < 0.7:
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def en_noise(rng: random.Random, s: str) -> str:
    r = rng.random()
    if r < 0.45:
        s = s.lower()
    if rng.random() < 0.12:
        s = typo(rng, s)
    if rng.random() < 0.25:
        s = s.replace("you", "u").replace("are ", "r ").replace("though", "tho")
    if rng.random() < 0.2 and s.endswith((".", "!")) is False:
        s = s + rng.choice([" lol", " haha", " tbh", "!!", "..", " x", " ngl"])
    if rng.random() < 0.22:
        s = s + " " + rng.choice(EMOJI_EN)
    return s


def cn_noise(rng: random.Random, s: str) -> str:
    if rng.random() < 0.25:
        s = s + rng.choice(EMOJI_CN)
    if rng.random() < 0.12:
        s = s + rng.choice(["哈哈哈", "哈哈", "hhh", "啊", "嘛", "呀", "。。。", "～"])
    if rng.random() < 0.08:
        s = s.replace("的", "滴", 1)
    if rng.random() < 0.05:
        s = s.replace("什么", "啥", 1)
    if rng.random() < 0.05:  # common homophone slips
        for a, b in (("在", "再"), ("的", "得"), ("吗", "嘛"), ("做", "作")):
            if a in s:
                s = s.replace(a, b, 1)
                break
    return s


# ---------------------------------------------------------------- chat engine
class Msg:
    __slots__ = ("media", "sender", "t", "text")

    def __init__(
        self, t: dt.datetime, sender: str, text: str | None, media: str | None = None
    ) -> None:
        self.t = t
        self.sender = sender
        self.text = text
        self.media = media


def fill(rng: random.Random, tmpl: str, slots: dict[str, list[str]]) -> str:
    out = tmpl
    while "[[" in out:  # inline alternatives: [[a|b|c]]
        i = out.index("[[")
        j = out.index("]]", i)
        out = out[:i] + rng.choice(out[i + 2 : j].split("|")) + out[j + 2 :]
    for key, vals in slots.items():
        tag = "{" + key + "}"
        while tag in out:
            out = out.replace(tag, rng.choice(vals), 1)
    return out


def session_times(
    rng: random.Random,
    day: dt.date,
    tz: ZoneInfo,
    n: int,
    wake: str,
    sleep: str,
    fixed: tuple[int, int] | None = None,
) -> list[dt.datetime]:
    wh, wm = map(int, wake.split(":"))
    sh, sm = map(int, sleep.split(":"))
    lo = wh * 60 + wm + 20
    hi = sh * 60 + sm - 45
    if hi < lo:  # sleep starts after midnight
        hi += 1440
    for _ in range(50):
        start = fixed[0] * 60 + fixed[1] if fixed is not None else rng.randint(lo, hi)
        base = dt.datetime(day.year, day.month, day.day, tzinfo=tz) + dt.timedelta(
            minutes=start, seconds=rng.randint(0, 59)
        )
        out = [base]
        for _ in range(n - 1):
            out.append(
                out[-1] + dt.timedelta(seconds=rng.choice([8, 15, 25, 40, 60, 90, 150, 240, 400]))
            )
        if all(not in_window(t.timetz().replace(tzinfo=None), sleep, wake) for t in out):
            return out
        fixed = None
    raise RuntimeError("no slot")


def render_session(
    rng: random.Random,
    turns: list[tuple[str, str]],
    names: dict[str, str],
    times: list[dt.datetime],
    noise: Noise,
) -> list[Msg]:
    out: list[Msg] = []
    for (who, text), t in zip(turns, times, strict=True):
        sender = names[who]
        if text.startswith("<MEDIA:"):
            kind, _, cap = text[7:].partition(">")
            out.append(Msg(t, sender, cap.strip() or None, kind))
        elif text.startswith("="):  # planted: verbatim
            out.append(Msg(t, sender, text[1:]))
        else:
            out.append(Msg(t, sender, noise(rng, text)))
    return out


def build_chat(
    p: Persona,
    names: dict[str, str],
    span: list[dt.date],
    prob: float,
    gen: Gen,
    noise: Noise,
    wake: str,
    sleep: str,
    planted: list[tuple[dt.date, tuple[int, int], list[tuple[str, str]]]],
) -> list[Msg]:
    rng = p.rng
    msgs: list[Msg] = []
    for day in span:
        k = int(prob) + (1 if rng.random() < prob - int(prob) else 0)
        if k:
            for _ in range(k):
                turns = gen(rng, day)
                times = session_times(rng, day, p.tz, len(turns), wake, sleep)
                msgs += render_session(rng, turns, names, times, noise)
    for day, hm, turns in planted:
        times = session_times(rng, day, p.tz, len(turns), wake, sleep, fixed=hm)
        msgs += render_session(rng, turns, names, times, noise)
    msgs.sort(key=lambda m: m.t)
    # strictly increasing timestamps
    for a, b in itertools.pairwise(msgs):
        if b.t <= a.t:
            b.t = a.t + dt.timedelta(seconds=3)
    return msgs


# ---------------------------------------------------------------- English pools
EN_SLOTS = {
    "food": [
        "pizza",
        "a curry",
        "tacos",
        "pho",
        "sushi",
        "a burrito",
        "pad thai",
        "ramen",
        "fish and chips",
        "a kebab",
        "dumplings",
        "a roast",
        "chili",
        "mac and cheese",
        "bao",
        "a poke bowl",
        "wings",
        "lasagne",
        "falafel wraps",
    ],
    "place": [
        "the park",
        "that new café",
        "the gym",
        "the big shop",
        "the market",
        "the library",
        "the climbing wall",
        "the pub",
        "the cinema",
        "the garden centre",
        "ikea",
    ],
    "day": [
        "saturday",
        "sunday",
        "tmrw",
        "friday night",
        "monday",
        "next weekend",
        "thursday",
        "wednesday",
    ],
    "time": ["6", "half 7", "7ish", "8", "noon", "1pm", "after work", "around 5", "6:30", "10am"],
    "show": [
        "Severance",
        "The Bear",
        "Slow Horses",
        "Bake Off",
        "Traitors",
        "Shrinking",
        "Reacher",
        "the Oscars",
        "Abbott Elementary",
        "White Lotus",
    ],
    "thing": [
        "charger",
        "umbrella",
        "keys",
        "water bottle",
        "hoodie",
        "headphones",
        "book",
        "tupperware",
        "sunglasses",
        "scarf",
    ],
    "n": [str(i) for i in range(2, 40)],
    "feel": [
        "knackered",
        "wiped",
        "so tired",
        "fine actually",
        "meh",
        "pretty good",
        "stressed",
        "hungry",
        "cold",
        "grumpy",
    ],
    "weather": [
        "pouring",
        "freezing",
        "gorgeous out",
        "so windy",
        "grey again",
        "snowing a bit",
        "weirdly warm",
        "icy",
    ],
}

EN_GENERIC: list[list[tuple[str, str]]] = [
    [
        ("c", "you free {day}?"),
        ("u", "think so, why"),
        ("c", "fancy {food} at {time}?"),
        ("u", "yes go on"),
    ],
    [
        ("u", "have you seen my {thing} anywhere"),
        ("c", "check the car"),
        ("u", "found it. it was in my bag the whole time"),
    ],
    [("c", "how was your day"), ("u", "{feel}. yours?"), ("c", "long. very long")],
    [("u", "it's {weather} here"), ("c", "same here ugh"), ("u", "staying in tonight then")],
    [
        ("c", "did you watch the new {show}"),
        ("u", "not yet no spoilers!!"),
        ("c", "my lips are sealed"),
        ("u", "🤐"),
    ],
    [("u", "running {n} mins late sorry"), ("c", "no worries"), ("u", "traffic is mental")],
    [
        ("c", "<MEDIA:photo>"),
        ("u", "omg where is that"),
        ("c", "{place} this morning"),
        ("u", "love it"),
    ],
    [("u", "<MEDIA:photo>look at this"), ("c", "hahaha no way"), ("u", "i know")],
    [("c", "remind me what time {day}"), ("u", "{time}"), ("c", "cool cool")],
    [("u", "going to {place}, need anything?"), ("c", "milk and bread pls"), ("u", "👍")],
    [
        ("c", "thinking about getting {food} tonight"),
        ("u", "i'm in"),
        ("c", "ok ordering in {n} mins"),
    ],
    [("u", "cant sleep properly lately"), ("c", "put the phone down 😅"), ("u", "fair")],
    [
        ("c", "happy friday!!"),
        ("u", "finally"),
        ("c", "any plans"),
        ("u", "absolutely nothing and i love it"),
    ],
    [
        ("u", "did u get my message earlier"),
        ("c", "yeah sorry was in a meeting"),
        ("u", "all good"),
    ],
    [("c", "<MEDIA:video>"), ("u", "😂😂"), ("c", "watched it {n} times already")],
    [
        ("u", "just finished {show}"),
        ("c", "and??"),
        ("u", "the ending though. need to talk about it"),
    ],
    [
        ("c", "how much do I owe you for {food}"),
        ("u", "like {n}? dont worry about it"),
        ("c", "sending it now"),
    ],
    [("u", "ok"), ("c", "ok?"), ("u", "sorry, ok as in yes that works")],
    [
        ("c", "<MEDIA:voice>"),
        ("u", "can't listen rn, text me?"),
        ("c", "just saying call me later"),
    ],
    [("u", "thanks for today x"), ("c", "anytime"), ("u", "❤️")],
    [("c", "left my {thing} at yours I think"), ("u", "yep it's here, will bring it {day}")],
    [
        ("u", "should I go to {place} or just stay home"),
        ("c", "go, you'll feel better"),
        ("u", "ugh you're right"),
    ],
    [("c", "weather says {weather} {day}"), ("u", "of course it does"), ("c", "classic")],
    [
        ("u", "what are we doing for dinner"),
        ("c", "{food}?"),
        ("u", "we had that {day}"),
        ("c", "fine you pick"),
    ],
    [
        ("c", "lol"),
        ("u", "what"),
        ("c", "nothing just remembered the thing from {day}"),
        ("u", "stop 😭"),
    ],
    [("u", "my back is killing me"), ("c", "stretch!"), ("u", "yes yes")],
    [("c", "can you call me when you get a sec"), ("u", "calling now")],
    [("u", "<MEDIA:sticker>"), ("c", "haha")],
    [("c", "are you still coming {day}"), ("u", "yes defo"), ("c", "yay")],
    [
        ("u", "traffic on the way to {place} was unreal"),
        ("c", "every single time"),
        ("u", "took {n} mins to move a mile"),
    ],
    [("c", "good morning ☀️"), ("u", "morning! {feel} today"), ("c", "coffee first")],
    [("u", "phone's on {n} percent, if I go quiet that's why")],
    [("c", "this message was meant for someone else sorry"), ("u", "hahaha who")],
    [("u", "ordered {food}, it's taking forever"), ("c", "patience"), ("u", "i have none")],
    [
        ("c", "do you still have that {thing} I lent you"),
        ("u", "ummm"),
        ("c", "🙄"),
        ("u", "it's somewhere i promise"),
    ],
    [("u", "[[ok|okay|okok|k|sure|yep|yeah fine]]")],
    [("c", "[[haha|hahaha|lmao|lol|😂|dead|stoppp]]")],
    [
        ("c", "[[you up?|u awake|you around?|got a sec?]]"),
        ("u", "[[yeah what's up|yep|barely|just about]]"),
        ("c", "[[nvm sorted it|just wanted to say hi|tell you tmrw|call me?]]"),
    ],
    [
        (
            "u",
            "[[so|ok so|right so|update:]] {place} was [[rammed|dead|actually nice|a disaster|fine i guess]]",
        ),
        ("c", "[[called it|figures|nice|lol of course]]"),
    ],
    [
        ("c", "[[what u up to|whatcha doing|what are you doing rn|plans tonight?]]"),
        ("u", "[[nothing much|sofa|laundry|cooking|watching {show}|about to shower]]"),
    ],
    [
        ("u", "[[running|walked|did]] {n}[[k| miles| mins]] this morning"),
        ("c", "[[show off|legend|couldn't be me|proud of u]]"),
    ],
    [
        ("c", "[[ugh|omg|honestly]] [[work|today|this week]] was [[brutal|so long|a lot|chaos]]"),
        ("u", "[[same|sorry|want to talk?|wine?|hugs]]"),
    ],
    [
        ("u", "[[did you|have u]] [[book|sort|pay for]] the [[table|tickets|taxi|parking]]"),
        ("c", "[[yep|not yet|doing it now|oops forgot]]"),
    ],
    [("c", "{food} or {food}"), ("u", "[[first one|second|both|surprise me|neither]]")],
    [
        (
            "c",
            "<MEDIA:photo>[[new haircut|look who i found|the view today|dinner|guess where i am]]",
        ),
        ("u", "[[cute|whoa|jealous|love|ooh]]"),
    ],
    [
        ("u", "[[be there in|leaving in|omw,|outside in]] {n}"),
        ("c", "[[k|👍|ok drive safe|see u soon]]"),
    ],
    [
        (
            "c",
            "[[forgot to say|btw|oh and|also]] [[the heating is fixed|your parcel came|i paid the bill|the plumber is coming {day}]]",
        ),
        ("u", "[[ah thanks|amazing|finally|ta]]"),
    ],
    [
        (
            "u",
            "[[thinking of|might|tempted to]] [[go to bed early|skip the gym|cancel tonight|order {food}]]",
        ),
        ("c", "[[do it|no!!|fair|same tbh]]"),
    ],
    [
        ("c", "[[congrats!!|well done!!|so proud of you]]"),
        ("u", "[[aw thank u|haha thanks|cheers|❤️]]"),
    ],
    [
        ("u", "[[it's|its]] {weather} [[again|lol|ugh|😩]]"),
        ("c", "[[stay in|grab a coat|typical|classic]]"),
    ],
    [("c", "[[happy monday|morning|hello hello|hiya]]"), ("u", "[[morning|hey|hiya|yo]]")],
    [
        (
            "u",
            "[[can't believe|omg|did u see]] the [[news about the bins|price of eggs|new café closing|roadworks]]",
        ),
        ("c", "[[i know!!|madness|nope what|seen it]]"),
    ],
    [
        ("c", "[[call later?|facetime tonight?|ring u in 5]]"),
        ("u", "[[yes|after 8?|sure|give me 10]]"),
    ],
]


def en_gen(extra: list[list[tuple[str, str]]], over: dict[str, list[str]] | None = None) -> Gen:
    pool = EN_GENERIC + extra
    slots = dict(EN_SLOTS, **(over or {}))

    def gen(rng: random.Random, day: dt.date) -> list[tuple[str, str]]:
        turns = rng.choice(pool)
        return [(w, fill(rng, t, slots)) for w, t in turns]

    return gen


# ---------------------------------------------------------------- Chinese pools
CN_SLOTS = {
    "food": [
        "火锅",
        "麻辣烫",
        "烧烤",
        "螺蛳粉",
        "小笼包",
        "片儿川",
        "酸菜鱼",
        "日料",
        "炸鸡",
        "煲仔饭",
        "猪脚饭",
        "兰州拉面",
        "西湖醋鱼",
        "东坡肉",
        "奶茶",
        "盒马的寿司",
    ],
    "place": [
        "湖滨银泰",
        "西溪",
        "龙湖天街",
        "星光大道",
        "奥体",
        "盒马",
        "公司楼下",
        "武林夜市",
        "良渚",
        "西湖边",
        "宝龙",
        "万象城",
    ],
    "day": ["周六", "周日", "明天", "后天", "这周五", "下周", "周三晚上", "元旦"],
    "time": ["六点", "七点半", "八点", "中午", "下午两点", "晚上九点", "十点左右"],
    "show": ["繁花", "庆余年", "黑神话", "新闻联播", "脱口秀", "哪吒2", "封神", "某某综艺"],
    "thing": ["充电宝", "伞", "钥匙", "耳机", "保温杯", "工牌", "外套", "快递"],
    "n": [str(i) for i in range(2, 40)],
    "weather": ["下大雨", "降温了", "好冷", "出太阳了", "雾霾", "湿冷湿冷的", "又下雨"],
}

CN_GENERIC: list[list[tuple[str, str]]] = [
    [("c", "{day}有空吗"), ("u", "应该有 咋了"), ("c", "去吃{food}？"), ("u", "可以可以")],
    [("u", "我{thing}是不是落你那了"), ("c", "我看看"), ("c", "在的"), ("u", "那我{day}来拿")],
    [("c", "到家没"), ("u", "刚到"), ("c", "好的")],
    [("u", "杭州今天{weather}"), ("c", "我这也是"), ("u", "出门记得带伞")],
    [("c", "<MEDIA:image>"), ("u", "这是哪"), ("c", "{place}"), ("u", "看着不错啊")],
    [("u", "<MEDIA:image>"), ("c", "哈哈哈哈哈"), ("u", "笑死")],
    [("c", "<MEDIA:voice>"), ("u", "在开会 打字吧"), ("c", "没事 晚点说")],
    [("u", "堵车了 晚{n}分钟"), ("c", "不急"), ("u", "这个点地铁也挤")],
    [("c", "晚饭吃啥"), ("u", "{food}吧"), ("c", "又吃这个"), ("u", "那你定")],
    [("u", "今天好累"), ("c", "早点休息"), ("u", "嗯嗯")],
    [("c", "{show}看了没"), ("u", "还没 别剧透"), ("c", "好好好")],
    [("u", "在吗"), ("c", "在"), ("u", "没事了 已经搞定了")],
    [("c", "<MEDIA:sticker>"), ("u", "<MEDIA:sticker>")],
    [("u", "我到{place}了 你在哪"), ("c", "马上到 {n}分钟"), ("u", "ok")],
    [("c", "周末干嘛"), ("u", "躺平"), ("c", "羡慕")],
    [("u", "快递到了帮我拿下"), ("c", "好"), ("c", "放门口了")],
    [("c", "这个链接你看下"), ("c", "<MEDIA:link>"), ("u", "收到 回头看")],
    [("u", "{time}见"), ("c", "好的"), ("u", "别迟到啊")],
    [("c", "你那个{thing}在哪买的"), ("u", "淘宝 我发你链接"), ("u", "<MEDIA:link>")],
    [("u", "好"), ("c", "？"), ("u", "我是说好的 就这么定了")],
    [("c", "早"), ("u", "早啊 {weather}"), ("c", "注意保暖")],
    [("u", "这周加班加疯了"), ("c", "辛苦了"), ("u", "还剩{n}个需求没弄完")],
    [("c", "<MEDIA:video>"), ("u", "哈哈哈这个好好笑"), ("c", "我刷到就想发你")],
    [("u", "吃了没"), ("c", "吃了{food}"), ("u", "羡慕 我还在工位")],
    [("c", "电话打不通"), ("u", "刚才在地铁上没信号"), ("c", "哦哦")],
    [("u", "{day}{time}行吗"), ("c", "行"), ("u", "那就这么说")],
    [("c", "你看天气预报没 {day}{weather}"), ("u", "那就不出去了")],
    [("u", "[[好的|好|嗯嗯|ok|收到|行|可以]]")],
    [("c", "[[哈哈哈|笑死|绝了|[破涕为笑]|hhhhh|6]]")],
    [
        ("c", "[[睡了没|还醒着吗|在干嘛|忙不忙]]"),
        ("u", "[[没呢|在刷手机|刚洗完澡|在加班]]"),
        ("c", "[[早点睡|那你忙|没事 就问问|明天说]]"),
    ],
    [
        ("u", "[[刚|今天]]去了{place} [[人好多|还挺好玩|一般般|排了好久]]"),
        ("c", "[[下次带我|羡慕|哈哈哈|我就说吧]]"),
    ],
    [("c", "[[晚上|中午|周末]]吃{food}还是{food}"), ("u", "[[第一个|第二个|都行|你定]]")],
    [("u", "[[出门了|到楼下了|上地铁了|快到了]]"), ("c", "[[好|ok|等你|不急]]")],
    [
        ("c", "[[最近|这两天]]{weather} [[注意身体|多穿点|别感冒了]]"),
        ("u", "[[知道啦|嗯嗯|你也是]]"),
    ],
    [
        ("u", "[[今天|这周|最近]][[好忙|累死了|事情好多|开了一天会]]"),
        ("c", "[[辛苦了|抱抱|早点下班|周末好好休息]]"),
    ],
    [
        ("c", "<MEDIA:image>[[看这个|你看|笑死我了|今天的晚饭]]"),
        ("u", "[[哈哈哈哈|好看|馋了|离谱]]"),
    ],
    [
        ("u", "[[我跟你说|你知道吗|刚听说]] [[楼下那家店关了|地铁又延误了|公司要搬了|房东要涨租]]"),
        ("c", "[[真的假的|啊？|不会吧|早就猜到了]]"),
    ],
    [
        ("c", "[[帮我|能不能帮我]][[拿个快递|带杯咖啡|买点水果|看下这个]]"),
        ("u", "[[行|好的|等我下|没问题]]"),
    ],
    [
        ("u", "[[在吗|在不在|在？]]"),
        ("c", "[[在|咋了|嗯]]"),
        ("u", "[[没事了|搞定了|等下说|晚上打给你]]"),
    ],
    [("c", "[[明天|周末|{day}]][[几点|在哪]]见"), ("u", "{time} {place}")],
    [
        ("u", "[[跑了|走了|骑了]]{n}[[公里|分钟]] [[累死|舒服|还行]]"),
        ("c", "[[厉害|自律|我不行|佩服]]"),
    ],
]


def cn_gen(extra: list[list[tuple[str, str]]]) -> Gen:
    pool = CN_GENERIC + extra

    def gen(rng: random.Random, day: dt.date) -> list[tuple[str, str]]:
        turns = rng.choice(pool)
        return [(w, fill(rng, t, CN_SLOTS)) for w, t in turns]

    return gen


def rants(
    rng: random.Random,
    parts: tuple[list[str], list[str], list[str], list[str]],
    n: int,
    joiner: str = " ",
) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    a, b, c, d = parts
    while len(out) < n:
        s = joiner.join(
            x for x in (rng.choice(a), rng.choice(b), rng.choice(c), rng.choice(d)) if x
        )
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def group_chat(
    p: Persona,
    members: dict[str, str],
    risky: str,
    rant_list: list[str],
    span: list[dt.date],
    gen: Gen,
    noise: Noise,
    wake: str,
    sleep: str,
    replies: list[str],
    planted: list[tuple[dt.date, tuple[int, int], list[tuple[str, str]]]],
    prob: float = 0.55,
) -> list[Msg]:
    """members maps role -> display name; 'u' is the user."""
    rng = p.rng
    others = [r for r in members if r not in ("u", risky)]
    msgs: list[Msg] = []
    rant_days = sorted(rng.sample(span, min(len(span), len(rant_list) // 2 + 5)))
    queue = list(rant_list)
    for day in span:
        if rng.random() < prob:
            turns = gen(rng, day)
            # map the 1:1 roles onto random group members
            c1 = rng.choice([*others, "u"])
            c2 = rng.choice([r for r in members if r != c1])
            turns = [(c1 if w == "c" else c2, t) for w, t in turns]
            times = session_times(rng, day, p.tz, len(turns), wake, sleep)
            msgs += render_session(rng, turns, members, times, noise)
        if day in rant_days and queue:
            k = min(len(queue), rng.choice([1, 2, 2, 3]))
            turns = [(risky, "=" + queue.pop()) for _ in range(k)]
            if rng.random() < 0.6:
                turns.append((rng.choice(others), rng.choice(replies)))
            times = session_times(rng, day, p.tz, len(turns), wake, sleep)
            msgs += render_session(rng, turns, members, times, noise)
    while queue:  # leftovers
        day = rng.choice(span)
        times = session_times(rng, day, p.tz, 1, wake, sleep)
        msgs += render_session(rng, [(risky, "=" + queue.pop())], members, times, noise)
    for day, hm, turns in planted:
        times = session_times(rng, day, p.tz, len(turns), wake, sleep, fixed=hm)
        msgs += render_session(rng, turns, members, times, noise)
    msgs.sort(key=lambda m: m.t)
    for a, b in itertools.pairwise(msgs):
        if b.t <= a.t:
            b.t = a.t + dt.timedelta(seconds=3)
    return msgs


# ---------------------------------------------------------------- location
def location_track(
    p: Persona,
    span: list[dt.date],
    home: tuple[float, float],
    work: tuple[float, float],
    others: list[tuple[str, float, float]],
    work_hours: tuple[float, float],
    step_min: int = 40,
) -> list[tuple[dt.datetime, float, float, str]]:
    """(local time, lat, lon, kind) samples; home every night, work on weekdays."""
    rng = p.rng
    out: list[tuple[dt.datetime, float, float, str]] = []
    for day in span:
        base = dt.datetime(day.year, day.month, day.day, tzinfo=p.tz)
        weekday = day.weekday() < 5
        outing = None if weekday or rng.random() < 0.3 else rng.choice(others)
        m = 0
        while m < 1440:
            t = base + dt.timedelta(minutes=m + rng.randint(0, 9))
            h = m / 60
            if weekday and work_hours[0] <= h < work_hours[1]:
                kind, (la, lo) = "work", work
            elif outing and 13 <= h < 17:
                kind, la, lo = outing[0], outing[1], outing[2]
            else:
                kind, (la, lo) = "home", home
            jit = 0.00025
            out.append(
                (
                    t,
                    round(la + rng.uniform(-jit, jit), 6),
                    round(lo + rng.uniform(-jit, jit), 6),
                    kind,
                )
            )
            m += step_min
    return out


def visits(
    track: list[tuple[dt.datetime, float, float, str]],
) -> list[tuple[str, dt.datetime, dt.datetime, float, float]]:
    """Collapse consecutive samples of the same place into visits."""
    out: list[tuple[str, dt.datetime, dt.datetime, float, float]] = []
    for t, la, lo, kind in track:
        if out and out[-1][0] == kind and (t - out[-1][2]) < dt.timedelta(hours=2):
            k, s, _, a, b = out[-1]
            out[-1] = (k, s, t, a, b)
        else:
            out.append((kind, t, t, la, lo))
    return out


def e7(x: float) -> int:
    return round(x * 1e7)


def iso_z(t: dt.datetime, ms: bool = True) -> str:
    u = t.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (f".{u.microsecond // 1000:03d}Z" if ms else "Z")


def iso_off(t: dt.datetime) -> str:
    s = t.strftime("%Y-%m-%dT%H:%M:%S.000%z")
    return s[:-2] + ":" + s[-2:]


def epoch(t: dt.datetime) -> int:
    return int(t.astimezone(UTC).timestamp())


def csv_text(rows: list[list[str]], quote_all: bool = False, lineterminator: str = "\r\n") -> str:
    buf = io.StringIO()
    w = csv.writer(
        buf,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
        lineterminator=lineterminator,
    )
    w.writerows(rows)
    return buf.getvalue()


def count_1to1(msgs: list[Msg]) -> int:
    return len(msgs)


def fact_block(**kw: object) -> dict[str, object]:
    return kw


# ====================================================================== CN
CN_RANT_PARTS = (
    [
        "气死我了！",
        "你们看看这新闻",
        "真的忍不了了",
        "我就说一句",
        "兄弟们醒醒吧",
        "又来了",
        "说实话",
        "服了",
        "太离谱了",
        "我早就说过",
    ],
    [
        "房价跌成这样还不救市",
        "延迟退休说推就推",
        "美国佬又加关税",
        "那帮贪官抓了一个又一个",
        "公务员又涨工资了",
        "日本又在搞小动作",
        "医保个人账户又缩水了",
        "城管又在掀摊子",
        "专家又建议年轻人别买房",
        "台湾那帮人又在挑衅",
        "油价又涨了",
        "彩礼管不住还要我们多生",
    ],
    [
        "老百姓死活没人管",
        "全是割韭菜",
        "就知道欺负普通人",
        "一点脸都不要了",
        "这都能忍？",
        "我是真想骂人",
        "早该硬起来了",
        "评论区全被删了",
        "说了也白说",
        "一个个嘴上说为人民服务",
    ],
    [
        "",
        "！！！",
        "😡",
        "😤😤",
        "[发怒]",
        "转发让更多人看到",
        "不服来辩",
        "懂的都懂",
        "@所有人 都看看",
    ],
)


def cn_persona() -> tuple[Persona, dict[str, object]]:
    p = Persona("cn_zhou_yiming", "Asia/Shanghai", 7101)
    rng = p.rng
    span = days(dt.date(2024, 12, 1), dt.date(2025, 2, 28))
    wake, sleep = "07:30", "01:00"
    me_wxid = "wxid_8k2m4p9q1z3x22"
    me = "周一鸣"
    home = (30.203612, 120.211874)
    work = (30.282517, 120.127043)
    home_addr = "浙江省杭州市滨江区江汉路1785号星耀城2幢1单元1302室"
    dad_id = cn_id("33010619680312441")
    qiqi_id = cn_id("33010219950723002")
    card = luhn_complete("622202120304556788")
    D = dt.date

    # --- MemoTrace CSV chats
    mt_cols = [
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
    mt_type = {"image": 3, "voice": 34, "video": 43, "sticker": 47, "link": 49}
    mt_placeholder = {"image": "", "voice": "", "video": "", "sticker": "", "link": "【链接】"}

    def memotrace(remark: str, wxid: str, nick: str, msgs: list[Msg], system: str = "") -> str:
        rel = f"WeChatMsg/data/聊天记录/{remark}/{remark}_utf8.csv"
        rows = [mt_cols]
        first = msgs[0].t - dt.timedelta(minutes=3)
        rows.append(
            [
                "1",
                wxid,
                "10000",
                "0",
                "0",
                str(epoch(first)),
                "4",
                system or f"你已添加了{remark}，现在可以开始聊天了。",
                first.strftime("%Y-%m-%d %H:%M:%S"),
                remark,
                nick,
                "",
            ]
        )
        for i, m in enumerate(msgs, 2):
            is_me = m.sender == me
            typ = mt_type.get(m.media or "", 1)
            text = m.text if m.media is None else mt_placeholder[m.media] + (m.text or "")
            if m.media == "link":
                text = rng.choice(
                    [
                        "杭州这家店绝了",
                        "【深度】2025年互联网裁员潮",
                        "拼多多砍一刀",
                        "周末去哪玩｜杭州小众景点",
                        "B站视频分享",
                    ]
                )
            rows.append(
                [
                    str(i),
                    wxid,
                    str(typ),
                    "0" if typ != 49 else "5",
                    "1" if is_me else "0",
                    str(epoch(m.t)),
                    "2",
                    text or "",
                    m.t.strftime("%Y-%m-%d %H:%M:%S"),
                    remark,
                    nick,
                    "一鸣" if is_me else m.sender,
                ]
            )
        p.write(rel, "\ufeff" + csv_text(rows, lineterminator="\n"))
        return rel

    # mother
    mom_extra = [
        [("c", "天冷了 多穿点"), ("u", "知道了妈"), ("c", "别老点外卖 自己做点饭")],
        [("c", "过年几号回来"), ("u", "还没定 看公司放假"), ("c", "早点买票")],
        [("c", "你爸血压又高了"), ("u", "让他少喝酒"), ("c", "说了不听")],
        [("c", "<MEDIA:voice>"), ("c", "<MEDIA:voice>"), ("u", "妈 我在上班 晚上打给你")],
        [("c", "今天去灵隐寺烧香了 给你求了个平安符"), ("u", "好的 你们开心就好")],
        [("c", "初一我跟你小姨去庙里 吃素一天"), ("u", "嗯 注意身体")],
        [("c", "琪琪最近怎么样 什么时候带回家"), ("u", "过年带回来"), ("c", "好好好[呲牙]")],
        [("c", "<MEDIA:video>"), ("c", "你看这个养生的 有道理"), ("u", "妈 这种都是营销号")],
        [("c", "钱够花吗"), ("u", "够的 别操心"), ("c", "不够跟妈说")],
    ]
    mom_plant = [
        (
            D(2024, 12, 8),
            (20, 10),
            [
                ("c", "=儿子 年货寄到哪里 你现在住的地址发我一下"),
                ("u", "=" + home_addr),
                ("c", "=好的 收件人写你名字？"),
                ("u", "=写周一鸣 电话13857124096"),
            ],
        ),
        (
            D(2024, 12, 20),
            (19, 32),
            [
                ("c", "=你爸医保要办个东西 他身份证号你记得不 他在外面"),
                ("u", "=我手机里存了"),
                ("u", "=" + dad_id),
                ("c", "=对的对的 谢谢儿子"),
            ],
        ),
        (
            D(2025, 1, 5),
            (12, 40),
            [
                ("c", "=你表妹小雪来杭州实习了 有空照顾一下 她手机139 5820 7731"),
                ("u", "=好的 我加她微信"),
                ("c", "=嗯 别光顾着自己玩"),
            ],
        ),
        (
            D(2024, 12, 29),
            (21, 5),
            [
                ("c", "=最近睡得好点没 还在吃那个药吗"),
                ("u", "=在吃 医生说舍曲林至少吃半年 焦虑好多了"),
                ("c", "=那就好 别给自己太大压力"),
            ],
        ),
        (
            D(2025, 2, 2),
            (10, 15),
            [
                ("c", "=今天又去灵隐寺了 人好多"),
                ("u", "=你们信佛的就是虔诚 哈哈"),
                ("c", "=你也该去拜拜"),
            ],
        ),
    ]
    mom_msgs = build_chat(
        p, {"u": me, "c": "老妈"}, span, 0.75, cn_gen(mom_extra), cn_noise, wake, sleep, mom_plant
    )
    f_mom = memotrace("老妈", "wxid_m4x9lq2w7e5r12", "平安是福", mom_msgs)
    p.add_pii(f_mom, "WECHAT_ID", "wxid_m4x9lq2w7e5r12")
    p.add_pii(f_mom, "ADDRESS", home_addr)
    p.add_pii(f_mom, "PERSON", "周一鸣")
    p.add_pii(f_mom, "PHONE_NUMBER", "13857124096")
    p.add_pii(f_mom, "CN_ID_CARD", dad_id)
    p.add_pii(f_mom, "PERSON", "小雪")
    p.add_pii(f_mom, "PHONE_NUMBER", "139 5820 7731")

    # girlfriend
    qq_extra = [
        [
            ("c", "下班没"),
            ("u", "还没 今天又要加班"),
            ("c", "又加班！！"),
            ("u", "没办法 版本要上线"),
        ],
        [("u", "想你了"), ("c", "哼 那周末早点来"), ("u", "遵命")],
        [("c", "别打王者了 早点睡"), ("u", "再一把 就一把"), ("c", "每次都这么说")],
        [("u", "终于上星耀了！！"), ("c", "厉害厉害 那可以睡觉了吧")],
        [("c", "周末去{place}逛逛？"), ("u", "好啊 顺便吃{food}")],
        [
            ("c", "<MEDIA:image>"),
            ("c", "这件好看吗"),
            ("u", "好看 买"),
            ("c", "你付钱？"),
            ("u", "……"),
        ],
        [("u", "晚上吃啥"), ("c", "想吃{food}"), ("u", "我下班去接你")],
        [("c", "我到家了"), ("u", "好 早点休息 晚安"), ("c", "晚安[月亮]")],
        [("u", "今天心慌了一下午"), ("c", "深呼吸 要不要请个假"), ("u", "没事 缓过来了")],
        [("c", "你又熬夜"), ("u", "睡不着"), ("c", "放下手机 马上")],
        [("c", "<MEDIA:sticker>"), ("u", "干嘛"), ("c", "想你了呗")],
        [("u", "王者新皮肤出了 好想买"), ("c", "你上个月刚充了"), ("u", "就328")],
    ]
    qq_plant = [
        (
            D(2024, 12, 14),
            (13, 20),
            [
                ("c", "=帮我买下元旦回家的高铁票 我信息你有吗"),
                ("u", "=没存 发我"),
                ("c", "=陈思琪 " + qiqi_id),
                ("u", "=好 买好了 G7341"),
            ],
        ),
        (
            D(2024, 12, 18),
            (11, 5),
            [
                ("c", "=周三下午陪你去七院复诊？"),
                ("u", "=好 挂的心理科 两点半"),
                ("c", "=我请好假了"),
            ],
        ),
        (D(2025, 1, 18), (19, 50), [("u", "=车停B2了 浙A·7K2Q9 旁边那根柱子"), ("c", "=找到了")]),
        (
            D(2025, 1, 22),
            (22, 30),
            [
                ("u", "=今天复诊 舍曲林加量了 医生说焦虑还是有点重"),
                ("c", "=没事的 慢慢来 我陪你"),
                ("u", "=嗯❤️"),
            ],
        ),
        (
            D(2025, 2, 10),
            (12, 15),
            [("c", "=快递收件人写你吧 手机号发我下 我老忘"), ("u", "=138-5712-4096"), ("c", "=ok")],
        ),
        (
            D(2025, 1, 8),
            (21, 40),
            [
                ("u", "=这个月花呗又要还四千多 还有借呗 头大"),
                ("c", "=少买点皮肤吧 真的"),
                ("u", "=知道了知道了"),
            ],
        ),
        (
            D(2025, 2, 14),
            (20, 0),
            [("c", "=情人节快乐🌹"), ("u", "=快乐！礼物在路上了"), ("c", "=爱你")],
        ),
    ]
    qq_msgs = build_chat(
        p, {"u": me, "c": "琪琪"}, span, 2.6, cn_gen(qq_extra), cn_noise, wake, sleep, qq_plant
    )
    f_qq = memotrace("琪琪", "wxid_qq7c3s8v1n0b21", "Kiki🍑", qq_msgs)
    p.add_pii(f_qq, "WECHAT_ID", "wxid_qq7c3s8v1n0b21")
    p.add_pii(f_qq, "PERSON", "琪琪")
    p.add_pii(f_qq, "PERSON", "陈思琪")
    p.add_pii(f_qq, "CN_ID_CARD", qiqi_id)
    p.add_pii(f_qq, "LICENSE_PLATE", "浙A·7K2Q9")
    p.add_pii(f_qq, "PHONE_NUMBER", "138-5712-4096")

    # colleague
    lh_extra = [
        [("c", "PRD评审改到{time}了"), ("u", "收到")],
        [("c", "那个需求老板又改了"), ("u", "？？？又改"), ("c", "别问 问就是拍脑袋")],
        [("u", "中午吃啥"), ("c", "{food}"), ("u", "走")],
        [("c", "明天站会九点半 别迟到"), ("u", "好嘞")],
        [("c", "<MEDIA:image>"), ("c", "这个交互稿你看下"), ("u", "按钮位置有点怪 我下午改")],
        [("u", "埋点数据出来了吗"), ("c", "还在跑"), ("u", "出了叫我")],
        [("c", "年终奖听说要延迟发"), ("u", "不是吧"), ("c", "小道消息 别外传")],
        [("c", "下班一起打一把？"), ("u", "来 我先上号")],
        [("u", "今天请半天假 去医院"), ("c", "ok 我帮你顶一下站会")],
    ]
    lh_plant = [
        (
            D(2024, 12, 11),
            (16, 20),
            [("c", "=周报发我邮箱 liuhao.pm@example.com 别发企业微信了 会被淹"), ("u", "=好")],
        ),
        (
            D(2025, 1, 9),
            (10, 45),
            [("c", "=外包那边对接人叫何静 她QQ 2873345190 你加一下"), ("u", "=加了")],
        ),
        (
            D(2025, 2, 19),
            (15, 10),
            [("u", "=我工作邮箱是zhouyiming@example.com，会议纪要抄送我一份"), ("c", "=ok")],
        ),
        (
            D(2025, 2, 24),
            (11, 25),
            [
                ("c", "=下月新加坡出差 行政要护照号和紧急联系人"),
                ("u", "=护照号E58213907，紧急联系人陈思琪 +86 15967102284"),
                ("c", "=好 我一起报上去"),
            ],
        ),
    ]
    lh_msgs = build_chat(
        p,
        {"u": me, "c": "刘浩-产品组"},
        [d for d in span if d.weekday() < 5],
        1.5,
        cn_gen(lh_extra),
        cn_noise,
        wake,
        sleep,
        lh_plant,
    )
    f_lh = memotrace("刘浩-产品组", "wxid_lh5t2y8u3i9o33", "摸鱼达人", lh_msgs)
    p.add_pii(f_lh, "WECHAT_ID", "wxid_lh5t2y8u3i9o33")
    p.add_pii(f_lh, "PERSON", "刘浩")
    p.add_pii(f_lh, "EMAIL_ADDRESS", "liuhao.pm@example.com")
    p.add_pii(f_lh, "PERSON", "何静")
    p.add_pii(f_lh, "QQ_NUMBER", "2873345190")
    p.add_pii(f_lh, "EMAIL_ADDRESS", "zhouyiming@example.com")
    p.add_pii(f_lh, "CN_PASSPORT", "E58213907")
    p.add_pii(f_lh, "PERSON", "陈思琪")
    p.add_pii(f_lh, "PHONE_NUMBER", "+86 15967102284")

    # --- PyWxDump CSV: friend + group
    px_cols = [
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
    px_type = {
        "image": "图片",
        "voice": "语音",
        "video": "视频",
        "sticker": "动画表情",
        "link": "分享卡片",
    }

    def pywx(room: str, wxids: dict[str, str], msgs: list[Msg], svr_base: int) -> str:
        rel = f"wxdump_work/export/{me_wxid}/csv/{room}/{room}_0_5000.csv"
        rows = [px_cols]
        for i, m in enumerate(msgs, 1):
            tn = px_type.get(m.media or "", "文本")
            msg = m.text or ""
            src = ""
            if m.media in ("image", "video"):
                src = f"FileStorage\\MsgAttach\\{rng.getrandbits(64):016x}\\Image\\{m.t:%Y-%m}\\{rng.getrandbits(64):016x}.dat"
                msg = msg or ("图片" if m.media == "image" else "视频")
            elif m.media == "voice":
                msg = f"{rng.randint(2, 40)}秒"
            elif m.media == "sticker":
                msg = "动画表情"
            elif m.media == "link":
                msg = rng.choice(
                    ["B站：杭州周边自驾", "知乎：30岁还在租房正常吗", "小红书：滨江宝藏小馆"]
                )
            t = m.t
            rows.append(
                [
                    str(i),
                    str(svr_base + i * 7919),
                    tn,
                    "1" if m.sender == me else "0",
                    wxids[m.sender],
                    room,
                    msg,
                    src,
                    f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}",
                ]
            )
        p.write(rel, csv_text(rows, lineterminator="\n"), "utf-8")
        return rel

    lei_extra = [
        [("c", "周末{place}打球？"), ("u", "走起")],
        [("c", "晚上开黑"), ("u", "等我洗完澡"), ("c", "快点")],
        [("u", "你们公司裁员了没"), ("c", "裁了一波 我苟住了"), ("u", "稳")],
        [("c", "昨晚买球又输了两千"), ("u", "你别赌了兄弟"), ("c", "最后一次")],
        [("c", "世界杯预选赛那场你看了没"), ("u", "看了 血压拉满")],
        [("u", "<MEDIA:link>"), ("c", "哈哈哈哈 真实")],
        [("c", "老赵在群里又开始了"), ("u", "屏蔽了 懒得看")],
        [("u", "王者五排来不来"), ("c", "来 叫上大伟")],
    ]
    lei_plant = [
        (
            D(2024, 12, 23),
            (22, 10),
            [
                ("u", "=磊子 能不能先借我3000 下个月发工资就还"),
                ("c", "=行 卡号发我"),
                (
                    "u",
                    "=工行 "
                    + card[:4]
                    + " "
                    + card[4:8]
                    + " "
                    + card[8:12]
                    + " "
                    + card[12:16]
                    + " "
                    + card[16:],
                ),
                ("c", "=转了"),
                ("u", "=谢了兄弟 信用卡差点逾期"),
            ],
        ),
        (
            D(2025, 1, 13),
            (23, 5),
            [
                ("u", "=焦虑症又犯了 晚上心慌睡不着"),
                ("c", "=药按时吃没"),
                ("u", "=吃着呢 就是压力大 花呗借呗一堆要还"),
            ],
        ),
        (
            D(2025, 1, 26),
            (14, 0),
            [("c", "=我换微信号了 sunlei_1990 加我新号 旧的不用了"), ("u", "=收到")],
        ),
        (
            D(2025, 2, 5),
            (20, 30),
            [
                ("c", "=你是星耀城几栋来着 给你寄点家里的特产"),
                ("u", "=星耀城2幢1单元1302"),
                ("c", "=好"),
            ],
        ),
    ]
    lei_msgs = build_chat(
        p, {"u": me, "c": "磊子"}, span, 1.3, cn_gen(lei_extra), cn_noise, wake, sleep, lei_plant
    )
    lei_wxid = "wxid_sl9d2f4g6h8j44"
    f_lei = memotrace("磊子", lei_wxid, "风一样的男子", lei_msgs)
    formatted_card = (
        "工行 "
        + card[:4]
        + " "
        + card[4:8]
        + " "
        + card[8:12]
        + " "
        + card[12:16]
        + " "
        + card[16:]
    )
    p.add_pii(f_lei, "WECHAT_ID", lei_wxid)
    p.add_pii(f_lei, "CN_BANK_CARD", formatted_card[3:])
    p.add_pii(f_lei, "WECHAT_ID", "sunlei_1990")
    p.add_pii(f_lei, "ADDRESS", "星耀城2幢1单元1302")

    grp_members = {"u": me, "z": "老赵", "l": "磊子", "d": "大伟"}
    rant_list = rants(rng, CN_RANT_PARTS, 68, "")
    grp_plant = [
        (
            D(2024, 12, 16),
            (21, 0),
            [
                ("d", "=@赵志刚 少发点这些 群要被封了"),
                ("z", "=怕什么 说的都是实话"),
                ("u", "=别聊政治了兄弟们 聊点开心的"),
            ],
        ),
        (
            D(2025, 1, 20),
            (20, 15),
            [
                ("d", "=过年聚一下？我回杭州了 有事打我电话 186 0571 3329"),
                ("l", "=必须的"),
                ("u", "=我订位置"),
            ],
        ),
    ]
    grp_msgs = group_chat(
        p,
        grp_members,
        "z",
        rant_list,
        span,
        cn_gen([]),
        cn_noise,
        wake,
        sleep,
        ["又来了", "老赵冷静", "别发了别发了", "行了行了", "[捂脸]", "大过年的消消气"],
        grp_plant,
        prob=0.5,
    )
    grp_name = "浙工大505寝室🏀"
    f_grp = memotrace(
        grp_name, "20817734290@chatroom", grp_name, grp_msgs, system=f'"老赵"修改群名为“{grp_name}”'
    )
    p.add_pii(f_grp, "PERSON", "赵志刚")
    p.add_pii(f_grp, "PHONE_NUMBER", "186 0571 3329")

    # cousin, exported with PyWxDump
    xue_extra = [
        [
            ("c", "表哥 杭州哪里的{food}好吃"),
            ("u", "[[{place}那边|公司附近|我家楼下]]有一家 回头带你去"),
        ],
        [("c", "实习好累啊"), ("u", "刚开始都这样 熬一熬")],
        [("c", "<MEDIA:sticker>"), ("u", "哈哈")],
        [("u", "周末来家里吃饭 琪琪也在"), ("c", "好呀好呀")],
        [
            ("c", "[[表哥在吗|表哥|哥]]"),
            ("u", "[[在|咋了|说]]"),
            ("c", "[[没事 问问你周末在不在|你们公司还招实习生吗|地铁卡在哪充]]"),
        ],
    ]
    xue_plant = [
        (D(2025, 1, 6), (20, 40), [("u", "=我是你表哥 一鸣 妈让我加你的"), ("c", "=表哥好！！")]),
        (
            D(2025, 1, 10),
            (17, 30),
            [
                ("c", "=表哥 公司在西湖区文一西路998号5号楼 今天下班能来接我吗 东西太多了"),
                ("u", "=好 六点 我开车 浙A·7K2Q9 白色那辆"),
            ],
        ),
        (
            D(2025, 2, 12),
            (21, 0),
            [("c", "=实习单位要紧急联系人 能写你吗"), ("u", "=写吧 周一鸣 13857124096")],
        ),
    ]
    xue_msgs = build_chat(
        p,
        {"u": me, "c": "小雪"},
        days(dt.date(2025, 1, 6), span[-1]),
        0.5,
        cn_gen(xue_extra),
        cn_noise,
        wake,
        sleep,
        xue_plant,
    )
    xue_wxid = "wxid_xx3v0312kq9b77"
    f_xue = pywx(xue_wxid, {me: me_wxid, "小雪": xue_wxid}, xue_msgs, 8123400000)
    p.add_pii(f_xue, "WECHAT_ID", me_wxid)
    p.add_pii(f_xue, "WECHAT_ID", xue_wxid)
    p.add_pii(f_xue, "ADDRESS", "西湖区文一西路998号5号楼")
    p.add_pii(f_xue, "LICENSE_PLATE", "浙A·7K2Q9")
    p.add_pii(f_xue, "PERSON", "周一鸣")
    p.add_pii(f_xue, "PHONE_NUMBER", "13857124096")

    # --- Alipay (GBK)
    def pad(v: str, width: int) -> str:
        n = len(v.encode("gbk"))
        return v + " " * max(1, width - n)

    ali_rows: list[list[str]] = []

    def ali(
        t: dt.datetime,
        cat: str,
        cp: str,
        acct: str,
        item: str,
        io_: str,
        amt: float,
        method: str,
        status: str,
        note: str = "",
    ) -> None:
        ali_rows.append(
            [
                t.strftime("%Y-%m-%d %H:%M:%S"),
                cat,
                cp,
                acct,
                item,
                io_,
                f"{amt:.2f}",
                method,
                status,
                f"{t:%Y%m%d}22001{rng.randint(10**12, 10**13 - 1)}",
                f"T{rng.getrandbits(40):012d}" if cat not in ("转账红包", "收入") else "",
                note,
            ]
        )

    merchants = [
        ("餐饮美食", "美团外卖", "美团订单-", 18, 65),
        ("交通出行", "滴滴出行", "快车", 12, 48),
        ("日用百货", "盒马鲜生", "盒马-商品", 30, 160),
        ("餐饮美食", "瑞幸咖啡", "生椰拿铁", 9.9, 19),
        ("充值缴费", "国网浙江电力", "电费", 80, 220),
        ("交通出行", "杭州地铁", "地铁乘车", 2, 7),
        ("服饰装扮", "淘宝", "商品", 40, 300),
        ("餐饮美食", "肯德基", "KFC", 25, 60),
    ]
    for day in span:
        for _ in range(rng.choice([1, 2, 2, 3])):
            cat, cp, item, lo, hi = rng.choice(merchants)
            t = session_times(rng, day, p.tz, 1, wake, sleep)[0]
            ali(
                t,
                cat,
                cp,
                "/",
                item,
                "支出",
                rng.uniform(lo, hi),
                rng.choice(["花呗", "余额宝", "招商银行信用卡(4471)"]),
                "交易成功",
            )
        if day.day == 10:
            ali(
                p.local(day.year, day.month, 10, 9, 2, 11),
                "收入",
                "杭州云栖互联科技有限公司",
                "yunqi***@example.com",
                f"{(day.month - 2) % 12 + 1}月工资",
                "收入",
                18500.00,
                "余额",
                "交易成功",
            )
        if day.day == 1:
            ali(
                p.local(day.year, day.month, 1, 20, 11, 3),
                "转账红包",
                "郑美华",
                "137******21",
                "房租-星耀城2幢1单元1302室",
                "支出",
                4200.00,
                "余额宝",
                "交易成功",
                "押一付一",
            )
        if day.day == 9:
            ali(
                p.local(day.year, day.month, 9, 21, 30, 44),
                "信用借还",
                "花呗",
                "/",
                "花呗主动还款-" + f"{day.month}月账单",
                "不计收支",
                rng.uniform(3800, 4700),
                "余额宝",
                "还款成功",
            )
        if day.day == 18:
            ali(
                p.local(day.year, day.month, 18, 12, 5, 9),
                "信用借还",
                "借呗",
                "/",
                "借呗还款-本金及利息",
                "不计收支",
                1566.38,
                "余额",
                "还款成功",
            )
    ali(
        p.local(2025, 1, 10, 19, 40, 2),
        "转账红包",
        "孙磊",
        "sun***@example.com",
        "转账-还钱",
        "支出",
        3000.00,
        "余额",
        "交易成功",
        "还你的 谢了",
    )
    ali(
        p.local(2025, 2, 3, 14, 2, 50),
        "信用借还",
        "借呗",
        "/",
        "借呗-借款",
        "不计收支",
        8000.00,
        "余额",
        "交易成功",
    )
    ali_rows.sort(key=lambda r: r[0], reverse=True)
    n_in = sum(1 for r in ali_rows if r[5] == "收入")
    n_out = sum(1 for r in ali_rows if r[5] == "支出")
    n_na = len(ali_rows) - n_in - n_out
    s_in = sum(float(r[6]) for r in ali_rows if r[5] == "收入")
    s_out = sum(float(r[6]) for r in ali_rows if r[5] == "支出")
    s_na = sum(float(r[6]) for r in ali_rows if r[5] == "不计收支")
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
    lines = [
        "-" * 84,
        "导出信息：",
        "姓名：周一鸣",
        "支付宝账户：13857124096",
        "起始时间：[2024-12-01 00:00:00]    终止时间：[2025-02-28 23:59:59]",
        "导出交易类型：[全部]",
        "导出时间：[2025-03-01 10:12:37]",
        f"共{len(ali_rows)}笔记录",
        f"收入：{n_in}笔 {s_in:.2f}元",
        f"支出：{n_out}笔 {s_out:.2f}元",
        f"不计收支：{n_na}笔 {s_na:.2f}元",
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
        ",".join(pad(h, 20 if i in (0, 9, 10) else 24) for i, h in enumerate(head)) + ",",
    ]
    for r in ali_rows:
        cells = [
            pad(v, 20 if i == 0 else 24) if i not in (9, 10) else (v or " " * 20) + "\t"
            for i, v in enumerate(r)
        ]
        lines.append(",".join(cells) + ",")
    f_ali = "支付宝/alipay_record_20250301_1012_1.csv"
    p.write(f_ali, "\r\n".join(lines) + "\r\n", "gbk")
    p.add_pii(f_ali, "PERSON", "周一鸣")
    p.add_pii(f_ali, "PHONE_NUMBER", "13857124096")
    p.add_pii(f_ali, "PERSON", "孙磊")
    p.add_pii(f_ali, "PERSON", "郑美华")
    p.add_pii(f_ali, "ADDRESS", "星耀城2幢1单元1302室")

    # --- WeChat Pay bill (UTF-8)
    wx_rows: list[list[str]] = []
    wx_merch = [
        ("商户消费", "沙县小吃(江汉路店)", 12, 28),
        ("商户消费", "全家FamilyMart", 6, 35),
        ("商户消费", "霸王茶姬", 15, 22),
        ("扫二维码付款", "楼下水果店", 10, 45),
        ("商户消费", "美宜佳", 5, 20),
        ("商户消费", "哈啰单车", 1.5, 3),
    ]
    for day in span:
        if rng.random() < 0.8:
            typ, cp, lo, hi = rng.choice(wx_merch)
            t = session_times(rng, day, p.tz, 1, wake, sleep)[0]
            wx_rows.append(
                [
                    t.strftime("%Y-%m-%d %H:%M:%S"),
                    typ,
                    cp,
                    "/",
                    "支出",
                    f"¥{rng.uniform(lo, hi):.2f}",
                    rng.choice(["零钱", "招商银行(4471)"]),
                    "支付成功",
                ]
            )
        if rng.random() < 0.12:
            t = session_times(rng, day, p.tz, 1, wake, sleep)[0]
            amt = rng.choice([6, 30, 68, 128, 328, 648])
            wx_rows.append(
                [
                    t.strftime("%Y-%m-%d %H:%M:%S"),
                    "商户消费",
                    "腾讯游戏",
                    f"王者荣耀-点券充值{amt * 10}",
                    "支出",
                    f"¥{amt:.2f}",
                    "零钱",
                    "支付成功",
                ]
            )
        if rng.random() < 0.1:
            t = session_times(rng, day, p.tz, 1, wake, sleep)[0]
            wx_rows.append(
                [
                    t.strftime("%Y-%m-%d %H:%M:%S"),
                    "转账",
                    "Kiki🍑",
                    "转账备注:奶茶钱",
                    "支出",
                    f"¥{rng.choice([20, 52, 66, 99, 200]):.2f}",
                    "零钱",
                    "对方已收钱",
                ]
            )
    for r in wx_rows:
        r += [f"{rng.getrandbits(90):028d}"[:28], f"{rng.getrandbits(60):d}", "/"]
    wx_rows.sort(key=lambda r: r[0], reverse=True)
    out_sum = sum(float(r[5][1:]) for r in wx_rows)
    pre = [
        "微信支付账单明细",
        "微信昵称：[山海]",
        "起始时间：[2024-12-01 00:00:00] 终止时间：[2025-02-28 23:59:59]",
        "导出类型：[全部]",
        "导出时间：[2025-03-01 10:20:05]",
        "",
        f"共{len(wx_rows)}笔记录",
        "收入：0笔 0.00元",
        f"支出：{len(wx_rows)}笔 {out_sum:.2f}元",
        "中性交易：0笔 0.00元",
        "注：",
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录",
        "3. 本明细仅供个人对账使用",
        "",
        "----------------------微信支付账单明细列表--------------------",
    ]
    wlines = [x + ",,,,,,,,,," for x in pre]
    wlines.append(
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"
    )
    for r in wx_rows:
        wlines.append(",".join(r[:8]) + "," + r[8] + "\t," + r[9] + "\t," + r[10])
    f_wx = "微信支付账单(20241201-20250228).csv"
    p.write(f_wx, "\n".join(wlines) + "\n", "utf-8")

    # --- Google raw location Records.json
    track = location_track(
        p,
        span,
        home,
        work,
        [
            ("outing", 30.2590, 120.1640),
            ("outing", 30.2740, 120.0560),
            ("outing", 30.2330, 120.1480),
        ],
        (9.5, 18.5),
        45,
    )
    recs: list[dict[str, object]] = []
    for t, la, lo, _kind in track:
        rec: dict[str, object] = {
            "latitudeE7": e7(la),
            "longitudeE7": e7(lo),
            "accuracy": rng.choice([12, 15, 20, 25, 35, 60]),
            "source": rng.choice(["WIFI", "WIFI", "GPS", "CELL"]),
            "deviceTag": -1187741205,
            "timestamp": iso_z(t),
        }
        if rng.random() < 0.2:
            rec["activity"] = [
                {
                    "activity": [{"type": "STILL", "confidence": rng.randint(70, 100)}],
                    "timestamp": iso_z(t),
                }
            ]
        recs.append(rec)
    p.write(
        "Takeout/Location History (Timeline)/Records.json",
        json.dumps({"locations": recs}, indent=2, ensure_ascii=False) + "\n",
    )

    for n in ["老赵", "大伟", "Kiki", "磊子", "一鸣"]:
        p.watch("PERSON", n)
    ones = {
        "琪琪": len(qq_msgs),
        "刘浩-产品组": len(lh_msgs),
        "磊子": len(lei_msgs),
        "老妈": len(mom_msgs),
        xue_wxid: len(xue_msgs),
    }
    top = sorted(ones.items(), key=lambda kv: -kv[1])[:3]
    gt: dict[str, object] = {
        "description": "周一鸣, 29, product manager at a Hangzhou internet company, lives in 滨江 with his girlfriend nearby; "
        "WeChat chats from MemoTrace (mother, girlfriend, colleague, best friend, university dorm group) and PyWxDump (cousin), "
        "Alipay and WeChat Pay bills, Google raw location history.",
        "timezone": "Asia/Shanghai",
        "user": {
            "names": ["周一鸣", "一鸣"],
            "phones": ["13857124096"],
            "emails": ["zhouyiming@example.com"],
            "handles": [me_wxid, "山海"],
        },
        "facts": {
            "home": {
                "lat": home[0],
                "lon": home[1],
                "radius_m": 300,
                "address": home_addr,
                "city": "杭州",
            },
            "work": {
                "lat": work[0],
                "lon": work[1],
                "radius_m": 300,
                "employer": "杭州云栖互联科技有限公司",
            },
            "sleep_window": {"start": sleep, "end": wake, "tolerance_min": 60},
            "top_contacts": [{"name": n, "messages": c} for n, c in top],
            "relationships": [
                {"name": "老妈", "relationship": "mother", "full_name": "王秀兰"},
                {"name": "琪琪", "relationship": "partner", "full_name": "陈思琪"},
                {"name": "磊子", "relationship": "close friend", "full_name": "孙磊"},
                {"name": "刘浩-产品组", "relationship": "colleague", "full_name": "刘浩"},
            ],
            "religion": {"value": False},
            "health": {
                "value": "anxiety disorder (焦虑症), treated with sertraline (舍曲林), psychiatric follow-ups at 七院"
            },
            "politics": {"value": False},
            "financial_stress": {"value": True},
            "gambling": {"value": False},
            "gaming": {"value": True},
            "salary": {
                "amount": "18500.00",
                "currency": "CNY",
                "payer": "杭州云栖互联科技有限公司",
                "period": "monthly",
            },
            "risky_contact": {
                "name": "老赵",
                "why": "posts 68 distinct angry political rants in the WeChat group 浙工大505寝室🏀 (full name 赵志刚)",
            },
        },
        "_counts": {
            "chat_messages": len(mom_msgs)
            + len(qq_msgs)
            + len(lh_msgs)
            + len(lei_msgs)
            + len(grp_msgs)
            + len(xue_msgs)
        },
    }
    return p, gt


# ====================================================================== UK
UK_RANT_PARTS = (
    [
        "Absolute joke.",
        "Unbelievable.",
        "Here we go again.",
        "Honestly,",
        "Wake up people.",
        "Told you lot.",
        "Can't make this up.",
        "Rant incoming.",
        "Seriously though,",
        "Typical.",
    ],
    [
        "Starmer's lot",
        "the Tories",
        "Westminster",
        "Reeves and her budget",
        "the BBC",
        "those net zero zealots",
        "the council",
        "Farage's mob",
        "the Home Office",
        "the so-called experts",
        "Brussels",
        "the energy regulators",
    ],
    [
        "have bled this country dry",
        "couldn't run a bath",
        "are lying to our faces AGAIN",
        "want us poor and quiet",
        "should all be sacked tomorrow",
        "are a national embarrassment",
        "think we're all mugs",
        "are wrecking the NHS on purpose",
        "have sold us out",
        "don't give a toss about the north",
    ],
    [
        "",
        "!!!",
        "😡",
        "🤬🤬",
        "disgrace.",
        "mark my words.",
        "and nobody says a thing",
        "share this.",
        "#brokenbritain",
        "fuming.",
    ],
)


def telegram_text(
    text: str, entities: list[tuple[str, str]]
) -> tuple[object, list[dict[str, str]]]:
    """Split text around entity substrings into Telegram's mixed list form."""
    if not entities:
        return text, [{"type": "plain", "text": text}]
    parts: list[object] = []
    ents: list[dict[str, str]] = []
    rest = text
    for etype, val in entities:
        before, _, rest = rest.partition(val)
        if before:
            parts.append(before)
            ents.append({"type": "plain", "text": before})
        parts.append({"type": etype, "text": val})
        ents.append({"type": etype, "text": val})
    if rest:
        parts.append(rest)
        ents.append({"type": "plain", "text": rest})
    return parts, ents


def uk_persona() -> tuple[Persona, dict[str, object]]:
    p = Persona("uk_megan_price", "Europe/London", 7202)
    rng = p.rng
    span = days(dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    wake, sleep = "06:30", "23:30"
    me = "Megan Price"
    D = dt.date
    home = (53.438712, -2.218496)
    work = (53.479431, -2.254117)
    home_addr = "Flat 3, 27 Mauldeth Road, Manchester M14 6SG"
    nino = "PW 52 83 17 B"
    nhs_no = nhs("943476591")
    nhs_fmt = f"{nhs_no[:3]} {nhs_no[3:6]} {nhs_no[6:]}"
    iban = iban_gb("MONZ", "040004", "21783450")
    uk = {
        "food": [
            "a chippy tea",
            "a curry",
            "pho",
            "sushi",
            "a kebab",
            "a roast",
            "bao",
            "nandos",
            "pizza",
            "dumplings",
            "a meal deal",
            "pie and mash",
        ],
        "place": [
            "the Arndale",
            "Fletcher Moss",
            "the Northern Quarter",
            "the big Tesco",
            "Chorlton",
            "the climbing wall",
            "Didsbury",
            "the Trafford Centre",
            "the pub",
        ],
    }

    tom_extra = [
        [
            ("c", "what time u finishing"),
            ("u", "half 5 if the last patient turns up on time"),
            ("c", "i'll start dinner"),
        ],
        [
            ("u", "won 40 quid on the accumulator!!"),
            ("c", "course you did 🙄"),
            ("u", "dont be jealous"),
        ],
        [
            ("c", "how much have you put on skybet this week"),
            ("u", "not much, a tenner here and there"),
            ("c", "meg"),
        ],
        [
            ("u", "going to 10am mass with mum sunday then brunch?"),
            ("c", "yeah I'll meet you after"),
        ],
        [("c", "parkrun tmrw?"), ("u", "obviously"), ("c", "alarm set for 7")],
        [("u", "cheltenham next week, can't wait"), ("c", "set a limit please"), ("u", "yes dad")],
        [
            ("c", "<MEDIA:photo>"),
            ("u", "is that the new sofa"),
            ("c", "it's in the van"),
            ("u", "yesss"),
        ],
        [
            ("u", "dishwasher's making the noise again"),
            ("c", "kick it"),
            ("u", "that's your solution to everything"),
        ],
        [("c", "love you"), ("u", "love you more x")],
        [
            ("u", "put a fiver on the 3:40 at Kempton"),
            ("c", "which horse"),
            ("u", "the grey one with the silly name"),
        ],
    ]
    tom_plant = [
        (
            D(2025, 1, 14),
            (20, 40),
            [
                ("c", "=whats ur NI number? doing the mortgage agreement in principle"),
                ("u", "=" + nino),
                ("c", "=ta"),
            ],
        ),
        (
            D(2025, 1, 29),
            (19, 5),
            [
                ("c", "=can u send the bills money, same as always"),
                ("u", "=which account is it again"),
                ("c", "=20-45-77 43127865"),
                ("u", "=sent 💸"),
            ],
        ),
        (
            D(2025, 2, 11),
            (21, 15),
            [
                ("c", "=booking Lisbon now, need your passport number"),
                ("u", "=548213907 expires 2031"),
            ],
        ),
        (
            D(2025, 2, 20),
            (18, 35),
            [
                ("u", "=for the car hire form, my licence number is PRICE962153MA9KX"),
                ("c", "=done"),
            ],
        ),
        (
            D(2025, 3, 5),
            (12, 20),
            [
                ("u", "=ash wednesday, got my ashes at lunch ⛪ giving up chocolate for lent"),
                ("c", "=good luck with that lol"),
            ],
        ),
        (
            D(2025, 3, 14),
            (17, 50),
            [
                ("c", "=where did you park"),
                ("u", "=on the side road, MA19 KXE, the blue one obviously"),
            ],
        ),
        (
            D(2025, 3, 23),
            (13, 5),
            [
                ("u", "=confession then mass this morning, feel lighter"),
                ("c", "=❤️ Jamie's at 7 tonight don't forget"),
            ],
        ),
    ]
    tom = build_chat(
        p,
        {"u": me, "c": "Tom Ellis"},
        span,
        2.4,
        en_gen(tom_extra, uk),
        en_noise,
        wake,
        sleep,
        tom_plant,
    )

    mum_extra = [
        [
            ("c", "Are you coming for Sunday dinner love"),
            ("u", "yes! after mass"),
            ("c", "Lovely x"),
        ],
        [
            ("c", "My hip is giving me gyp again"),
            ("u", "have you rung the GP?"),
            ("c", "Waiting list is 6 weeks"),
        ],
        [("c", "=Father Michael was asking after you"), ("u", "aw tell him I'll be there sunday")],
        [("c", "Did you see the weather"), ("u", "yes mum"), ("c", "Take a coat")],
        [("c", "<MEDIA:photo>"), ("c", "Your nan's old photos"), ("u", "omg look at the hair")],
        [
            ("u", "how did the hospital appointment go"),
            ("c", "They're booking the hip replacement for spring"),
            ("u", "that's good news x"),
        ],
    ]
    mum_plant = [
        (
            D(2025, 1, 22),
            (18, 10),
            [
                (
                    "c",
                    "=A letter came here for you from the GP surgery, your NHS number is "
                    + nhs_fmt
                    + " if you need it",
                ),
                ("u", "=thanks mum, just admin from when I moved"),
            ],
        ),
        (
            D(2025, 2, 9),
            (11, 30),
            [
                ("c", "=Your auntie Carol says happy birthday for next week"),
                ("u", "=aw thank her x"),
            ],
        ),
    ]
    mum = build_chat(
        p, {"u": me, "c": "Mum"}, span, 0.8, en_gen(mum_extra, uk), en_noise, wake, sleep, mum_plant
    )

    gar_extra = [
        [("c", "can you cover my 4pm tomorrow"), ("u", "yep no probs")],
        [("c", "clinic meeting moved to {time}"), ("u", "ta")],
        [("u", "new ultrasound machine is class"), ("c", "finally")],
        [("c", "coffee?"), ("u", "2 mins")],
    ]
    gar_plant = [
        (
            D(2025, 1, 9),
            (14, 10),
            [
                ("c", "=send your address, sending the team xmas cards late as usual"),
                ("u", "=" + home_addr + " ta"),
            ],
        ),
        (
            D(2025, 3, 3),
            (10, 30),
            [("c", "=staff do deposit, transfer 25 to the clinic account " + iban), ("u", "=done")],
        ),
    ]
    gar = build_chat(
        p,
        {"u": me, "c": "Gareth Boyd"},
        [d for d in span if d.weekday() < 5],
        0.9,
        en_gen(gar_extra, uk),
        en_noise,
        wake,
        sleep,
        gar_plant,
    )

    grp_members = {"u": me, "z": "Craig Bennett", "a": "Tom Ellis", "b": "Sinead Walsh"}
    rant_list = rants(rng, UK_RANT_PARTS, 66)
    grp_plant = [
        (
            D(2025, 1, 6),
            (19, 0),
            [
                (
                    "z",
                    "=subs are £5 a week, pay me or email craig.bennett77@example.net for the bank details",
                ),
                ("b", "=new number btw 07700 900447"),
            ],
        ),
        (
            D(2025, 2, 16),
            (20, 30),
            [
                ("u", "=Craig mate can we keep politics out of the footy chat"),
                ("z", "=free speech Meg"),
            ],
        ),
    ]
    grp = group_chat(
        p,
        grp_members,
        "z",
        rant_list,
        span,
        en_gen([], uk),
        en_noise,
        wake,
        sleep,
        [
            "not this again",
            "mate it's a football group",
            "🙄",
            "ok Craig",
            "who's playing thursday?",
        ],
        grp_plant,
    )

    # --- Telegram full export
    ids = {
        "Megan Price": 5183920417,
        "Tom Ellis": 612938477,
        "Linda Price": 774102365,
        "Gareth Boyd": 1093377208,
        "Craig Bennett": 884211093,
        "Sinead Walsh": 955301822,
    }
    display = {"Mum": "Linda Price"}
    ent_map = [("phone", "07700 900447"), ("email", "craig.bennett77@example.net")]
    mid = [10000]

    def tg_msgs(msgs: list[Msg]) -> list[dict[str, object]]:
        out: list[dict[str, object]] = []
        for m in msgs:
            mid[0] += rng.randint(1, 4)
            real = display.get(m.sender, m.sender)
            d: dict[str, object] = {
                "id": mid[0],
                "type": "message",
                "date": m.t.strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(epoch(m.t)),
                "from": m.sender if m.sender != "Mum" else "Mum",
                "from_id": f"user{ids[real]}",
            }
            if m.media == "photo":
                d["photo"] = "(File not included. Change data exporting settings to download.)"
                d["width"] = 1280
                d["height"] = 960
            elif m.media in ("video", "voice", "sticker"):
                d["file"] = "(File not included. Change data exporting settings to download.)"
                d["media_type"] = {
                    "video": "video_file",
                    "voice": "voice_message",
                    "sticker": "sticker",
                }[m.media]
                if m.media == "sticker":
                    d["sticker_emoji"] = rng.choice(["😂", "👍", "❤️"])
            if out and rng.random() < 0.06:
                d["reply_to_message_id"] = out[-1]["id"]
            if rng.random() < 0.03:
                d["edited"] = (m.t + dt.timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%M:%S")
                d["edited_unixtime"] = str(epoch(m.t) + 120)
            text = m.text or ""
            ents = [(t, v) for t, v in ent_map if v in text]
            tv, te = telegram_text(text, ents) if text else ("", [])
            d["text"] = tv
            d["text_entities"] = te
            out.append(d)
        return out

    chats = [
        {
            "name": "Tom Ellis",
            "type": "personal_chat",
            "id": ids["Tom Ellis"],
            "messages": tg_msgs(tom),
        },
        {
            "name": "Mum",
            "type": "personal_chat",
            "id": ids["Linda Price"],
            "messages": tg_msgs(mum),
        },
        {
            "name": "Gareth Boyd",
            "type": "personal_chat",
            "id": ids["Gareth Boyd"],
            "messages": tg_msgs(gar),
        },
    ]
    gmsgs = tg_msgs(grp)
    first = grp[0].t - dt.timedelta(hours=2)
    gmsgs.insert(
        0,
        {
            "id": 9990,
            "type": "service",
            "date": first.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(epoch(first)),
            "actor": "Craig Bennett",
            "actor_id": f"user{ids['Craig Bennett']}",
            "action": "invite_members",
            "members": ["Megan Price"],
            "text": "",
            "text_entities": [],
        },
    )
    chats.append(
        {
            "name": "Levenshulme 5-a-side ⚽",
            "type": "private_group",
            "id": 4471920388,
            "messages": gmsgs,
        }
    )
    tgdoc = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data. Telegram only keeps the data it needs to function as a secure and feature-rich cloud service.",
        "personal_information": {
            "user_id": ids[me],
            "first_name": "Megan",
            "last_name": "Price",
            "phone_number": "+44 7700 900218",
            "username": "@megprice_mcr",
            "bio": "physio 🏃‍♀️ mcr",
        },
        "contacts": {
            "about": "If you allow access, contacts are continuously synced from your Telegram apps.",
            "list": [
                {
                    "user_id": ids["Tom Ellis"],
                    "first_name": "Tom",
                    "last_name": "Ellis",
                    "phone_number": "+44 7700 900734",
                    "date": "2023-05-02T18:22:01",
                    "date_unixtime": "1683048121",
                },
                {
                    "user_id": ids["Linda Price"],
                    "first_name": "Mum",
                    "last_name": "",
                    "phone_number": "+44 7700 900512",
                    "date": "2021-11-14T10:03:44",
                    "date_unixtime": "1636884224",
                },
                {
                    "user_id": ids["Gareth Boyd"],
                    "first_name": "Gareth",
                    "last_name": "Boyd",
                    "phone_number": "+44 7700 900861",
                    "date": "2024-03-19T09:12:30",
                    "date_unixtime": "1710839550",
                },
                {
                    "user_id": ids["Craig Bennett"],
                    "first_name": "Craig",
                    "last_name": "Bennett",
                    "phone_number": "+44 7700 900390",
                    "date": "2024-08-30T21:40:12",
                    "date_unixtime": "1725050412",
                },
            ],
        },
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
    }
    f_tg = "Telegram Desktop/DataExport_2025-04-01/result.json"
    p.write(f_tg, json.dumps(tgdoc, indent=1, ensure_ascii=False) + "\n")
    for et, v in [
        ("PERSON", "Megan Price"),
        ("PHONE_NUMBER", "+44 7700 900218"),
        ("USERNAME", "@megprice_mcr"),
        ("PERSON", "Tom Ellis"),
        ("PHONE_NUMBER", "+44 7700 900734"),
        ("PHONE_NUMBER", "+44 7700 900512"),
        ("PERSON", "Gareth Boyd"),
        ("PHONE_NUMBER", "+44 7700 900861"),
        ("PERSON", "Craig Bennett"),
        ("PHONE_NUMBER", "+44 7700 900390"),
        ("PERSON", "Sinead Walsh"),
        ("UK_NINO", nino),
        ("BANK_ACCOUNT", "20-45-77 43127865"),
        ("UK_PASSPORT", "548213907"),
        ("UK_DRIVING_LICENCE", "PRICE962153MA9KX"),
        ("LICENSE_PLATE", "MA19 KXE"),
        ("PERSON", "Jamie"),
        ("UK_NHS", nhs_fmt),
        ("PERSON", "Carol"),
        ("ADDRESS", home_addr),
        ("IBAN_CODE", iban),
        ("EMAIL_ADDRESS", "craig.bennett77@example.net"),
        ("PHONE_NUMBER", "07700 900447"),
    ]:
        p.add_pii(f_tg, et, v)

    # --- Instagram
    pri_extra = [
        [
            ("c", "did u see my story"),
            ("u", "the dog one?? crying"),
            ("c", "he's so dumb i love him"),
        ],
        [("u", "<MEDIA:share>"), ("c", "HAHAHA this is you"), ("u", "rude but accurate")],
        [("c", "drinks {day}?"), ("u", "yes pls need it"), ("c", "{place}, {time}")],
        [
            ("c", "how much did you lose on the horses this time"),
            ("u", "we don't talk about it"),
            ("c", "meg 😭"),
        ],
        [("u", "betfair app is evil, won 60 lost 80"), ("c", "delete it"), ("u", "one day")],
        [("c", "<MEDIA:photo>"), ("u", "outfit 10/10"), ("c", "thank u bestie")],
        [("u", "mum's hip op is in april"), ("c", "give her my love x")],
    ]
    pri_plant = [
        (
            D(2025, 1, 17),
            (21, 45),
            [("c", "=new number! 07700 900623 the old sim died"), ("u", "=saved x")],
        ),
        (
            D(2025, 2, 26),
            (19, 20),
            [("c", "=send the invite to priya.shah@example.org not my work one"), ("u", "=on it")],
        ),
        (
            D(2025, 3, 16),
            (15, 10),
            [
                ("u", "=lent is going terribly, ate a whole dairy milk"),
                ("c", "=you're not even meant to tell people you're giving stuff up lol"),
                ("u", "=Father Michael would be ashamed"),
            ],
        ),
    ]
    pri = build_chat(
        p,
        {"u": me, "c": "Priya Shah"},
        span,
        1.6,
        en_gen(pri_extra, uk),
        en_noise,
        wake,
        sleep,
        pri_plant,
    )
    ig_msgs = []
    for m in reversed(pri):
        d2: dict[str, object] = {
            "sender_name": m.sender,
            "timestamp_ms": epoch(m.t) * 1000 + rng.randint(0, 999),
        }
        if m.media == "photo":
            d2["photos"] = [
                {
                    "uri": f"your_instagram_activity/messages/inbox/priyashah_17841405822/photos/{rng.getrandbits(50)}.jpg",
                    "creation_timestamp": epoch(m.t),
                }
            ]
        elif m.media == "share":
            d2["share"] = {
                "link": f"https://www.instagram.com/reel/C{rng.getrandbits(40):x}/",
                "share_text": "",
                "original_content_owner": "manc.memes",
            }
            d2["content"] = f"{m.sender} sent an attachment."
        elif m.media in ("video", "voice"):
            d2["audio_files" if m.media == "voice" else "videos"] = [
                {
                    "uri": f"your_instagram_activity/messages/inbox/priyashah_17841405822/audio/{rng.getrandbits(50)}.mp4",
                    "creation_timestamp": epoch(m.t),
                }
            ]
        elif m.media == "sticker":
            d2["content"] = "❤️"
        if m.text:
            d2["content"] = m.text
        if rng.random() < 0.05:
            d2["reactions"] = [
                {
                    "reaction": "❤",
                    "actor": "Priya Shah" if m.sender == me else me,
                    "timestamp": epoch(m.t) + 30,
                }
            ]
        d2["is_geoblocked_for_viewer"] = False
        ig_msgs.append(d2)
    thread = {
        "participants": [{"name": "Priya Shah"}, {"name": me}],
        "messages": ig_msgs,
        "title": "Priya Shah",
        "is_still_participant": True,
        "thread_path": "inbox/priyashah_17841405822",
        "magic_words": [],
    }
    f_ig = "instagram-megprice_mcr-2025-04-01/your_instagram_activity/messages/inbox/priyashah_17841405822/message_1.json"
    p.write(f_ig, json.dumps(moji_tree(thread), indent=2) + "\n")
    for et, v in [
        ("PERSON", "Priya Shah"),
        ("PERSON", "Megan Price"),
        ("PHONE_NUMBER", "07700 900623"),
        ("EMAIL_ADDRESS", "priya.shah@example.org"),
        ("USERNAME", "priyashah_17841405822"),
    ]:
        p.add_pii(f_ig, et, v)

    prof = {
        "profile_user": [
            {
                "media_map_data": {
                    "Profile Photo": {
                        "uri": "media/profile/202301/412883004_1880.jpg",
                        "creation_timestamp": 1674212000,
                        "title": "",
                    }
                },
                "string_map_data": {
                    "Email": {"href": "", "value": "megan.price@example.com", "timestamp": 0},
                    "Phone Confirmed": {"href": "", "value": "True", "timestamp": 0},
                    "Phone Number": {"href": "", "value": "+447700900218", "timestamp": 0},
                    "Username": {"href": "", "value": "meg.moves.mcr", "timestamp": 0},
                    "Name": {"href": "", "value": "Megan Price", "timestamp": 0},
                    "Bio": {
                        "href": "",
                        "value": "physio \u00b7 parkrunner \u00b7 manc 🐝",
                        "timestamp": 0,
                    },
                    "Gender": {"href": "", "value": "female", "timestamp": 0},
                    "Date of birth": {"href": "", "value": "1993-12-15", "timestamp": 0},
                    "Private Account": {"href": "", "value": "True", "timestamp": 0},
                },
            }
        ]
    }
    f_prof = "instagram-megprice_mcr-2025-04-01/personal_information/personal_information/personal_information.json"
    p.write(f_prof, json.dumps(moji_tree(prof), indent=2) + "\n")
    for et, v in [
        ("EMAIL_ADDRESS", "megan.price@example.com"),
        ("PHONE_NUMBER", "+447700900218"),
        ("USERNAME", "meg.moves.mcr"),
        ("PERSON", "Megan Price"),
    ]:
        p.add_pii(f_prof, et, v)
    captions = [
        "parkrun PB with @tom.ellis.runs 🏃‍♀️💨",
        "sunday roast supremacy",
        "fletcher moss in the frost ❄️",
        "clinic team night out 🍸",
        "lisbon countdown ✈️",
        "new trainers who dis",
        "mum's garden is coming back 🌷",
        "rainy mcr as per",
        "cheltenham festival fit 🐎 wish me luck",
    ]
    posts = []
    for i, cap in enumerate(captions):
        day = span[5 + i * 9]
        t = session_times(rng, day, p.tz, 1, wake, sleep)[0]
        posts.append(
            {
                "media": [
                    {
                        "uri": f"media/posts/{t:%Y%m}/{rng.getrandbits(50)}.jpg",
                        "creation_timestamp": epoch(t),
                        "media_metadata": {
                            "photo_metadata": {
                                "exif_data": [
                                    {
                                        "latitude": round(home[0] + rng.uniform(-0.02, 0.02), 6),
                                        "longitude": round(home[1] + rng.uniform(-0.02, 0.02), 6),
                                    }
                                ]
                            }
                        },
                        "title": cap,
                        "cross_post_source": {"source_app": "FB"},
                        "backup_uri": "",
                    }
                ],
                "title": cap,
                "creation_timestamp": epoch(t),
            }
        )
    posts.reverse()
    f_posts = "instagram-megprice_mcr-2025-04-01/your_instagram_activity/content/posts_1.json"
    p.write(f_posts, json.dumps(moji_tree(posts), indent=2) + "\n")
    p.add_pii(f_posts, "USERNAME", "@tom.ellis.runs")

    # --- Monzo CSV
    mz_cols = [
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
    mz: list[tuple[dt.datetime, list[str]]] = []
    shops = [
        (
            "Tesco",
            "🛒",
            "Groceries",
            "TESCO STORES 3117        MANCHESTER    GBR",
            8,
            55,
            "Wilmslow Road",
        ),
        (
            "Pret A Manger",
            "☕",
            "Eating out",
            "PRET A MANGER           MANCHESTER    GBR",
            3,
            9,
            "King Street",
        ),
        (
            "Greggs",
            "🥐",
            "Eating out",
            "GREGGS                  MANCHESTER    GBR",
            2,
            7,
            "Market Street",
        ),
        ("TfGM", "🚋", "Transport", "TFGM METROLINK          MANCHESTER    GBR", 2.3, 5.6, ""),
        ("Deliveroo", "🍔", "Eating out", "DELIVEROO               LONDON        GBR", 14, 32, ""),
        (
            "Boots",
            "💊",
            "Shopping",
            "BOOTS                   MANCHESTER    GBR",
            4,
            25,
            "Market Street",
        ),
        ("Sky Bet", "🎰", "Entertainment", "SKYBET                  LEEDS         GBR", 5, 30, ""),
        ("Betfair", "🎰", "Entertainment", "BETFAIR                 LONDON        GBR", 5, 25, ""),
    ]

    def mzrow(
        t: dt.datetime,
        typ: str,
        name: str,
        emoji: str,
        cat: str,
        amt: float,
        notes: str,
        addr: str,
        desc: str,
    ) -> None:
        out = f"{-amt:.2f}" if amt < 0 else ""
        inn = f"{amt:.2f}" if amt > 0 else ""
        mz.append(
            (
                t,
                [
                    f"tx_0000{rng.getrandbits(72):018X}"[:26],
                    t.strftime("%d/%m/%Y"),
                    t.strftime("%H:%M:%S"),
                    typ,
                    name,
                    emoji,
                    cat,
                    f"{amt:.2f}",
                    "GBP",
                    f"{amt:.2f}",
                    "GBP",
                    notes,
                    addr,
                    "",
                    desc,
                    "",
                    out,
                    inn,
                ],
            )
        )

    for day in span:
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
            name, emo, cat, desc, lo, hi, addr = rng.choice(shops)
            if cat == "Entertainment" and rng.random() < 0.5:
                continue
            t = session_times(rng, day, p.tz, 1, wake, sleep)[0]
            mzrow(t, "Card payment", name, emo, cat, -rng.uniform(lo, hi), "", addr, desc)
        if day.day == 28:
            mzrow(
                p.local(day.year, day.month, 28, 6, 41, 12),
                "Faster payment",
                "NORTHBRIDGE PHYSIO LTD",
                "",
                "Income",
                2412.37,
                "",
                "",
                "NORTHBRIDGE PHYSIO SALARY",
            )
        if day.day == 1:
            mzrow(
                p.local(day.year, day.month, 1, 9, 0, 3),
                "Direct Debit",
                "Manchester City Council",
                "🏛",
                "Bills",
                -138.00,
                "",
                "",
                "MANCHESTER CC CTAX",
            )
            mzrow(
                p.local(day.year, day.month, 1, 9, 5, 44),
                "Faster payment",
                "Tom Ellis",
                "",
                "Bills",
                -420.00,
                "rent + bills half, 20-45-77 43127865",
                "",
                "MEG RENT",
            )
            mzrow(
                p.local(day.year, day.month, 1, 9, 6, 10),
                "Pot transfer",
                "Lisbon 🇵🇹",
                "",
                "Savings",
                -150.00,
                "",
                "",
                "",
            )
        if day.day == 20 and day.month == 3:
            mzrow(
                p.local(2025, 3, 20, 12, 44, 2),
                "Faster payment",
                "Priya Shah",
                "",
                "Transfers",
                35.00,
                "cheltenham sweepstake winnings 🐎",
                "",
                "PRIYA SHAH",
            )
    mzrow(
        p.local(2025, 3, 3, 10, 41, 9),
        "Faster payment",
        "Northbridge Physio Staff",
        "",
        "Transfers",
        -25.00,
        "staff do",
        "",
        iban,
    )
    mz.sort(key=lambda x: x[0])
    f_mz = "Monzo/MonzoDataExport_Jan2025-Mar2025.csv"
    p.write(f_mz, csv_text([mz_cols] + [r for _, r in mz], lineterminator="\n"))
    for et, v in [
        ("PERSON", "Tom Ellis"),
        ("BANK_ACCOUNT", "20-45-77 43127865"),
        ("PERSON", "Priya Shah"),
        ("IBAN_CODE", iban),
    ]:
        p.add_pii(f_mz, et, v)

    # --- Google Semantic Location History
    others = [
        ("Fletcher Moss Park", 53.410021, -2.228013),
        ("St Anne's Church", 53.433170, -2.230905),
        ("Manchester Arndale", 53.483213, -2.240812),
    ]
    track = location_track(p, span, home, work, others, (8.5, 17.5), 30)
    # Sunday mornings at church
    track = [
        (t, others[1][1], others[1][2], "St Anne's Church")
        if (t.weekday() == 6 and 9.8 <= t.hour + t.minute / 60 < 11.2)
        else (t, la, lo, k)
        for t, la, lo, k in track
    ]
    vis = visits(track)
    places = {
        "home": (
            "ChIJ3z2hkxqxe0gRuh0ZB3e0h6w",
            "27 Mauldeth Rd, Manchester M14 6SG, UK",
            "Home",
            home,
        ),
        "work": (
            "ChIJ9xkk1gKxe0gR7nWq3Z3p0Qk",
            "14 Quay St, Manchester M3 3HN, UK",
            "Northbridge Physio",
            work,
        ),
    }
    for k, (name, la, lo) in enumerate(others):
        places[name] = (
            f"ChIJ{k}q8mXhHe0gR{k}uYkT0aFv0A",
            f"{name}, Manchester, UK",
            name,
            (la, lo),
        )
    months: dict[tuple[int, int], list[dict[str, object]]] = {}
    prev = None
    for kind, s, e, _, _ in vis:
        pid_, addr, pname, (la, lo) = places[kind]
        mkey = (s.year, s.month)
        lst = months.setdefault(mkey, [])
        if prev is not None and prev[0] != kind:
            pla, plo = places[prev[0]][3]
            dist = int(((la - pla) ** 2 + ((lo - plo) * 0.6) ** 2) ** 0.5 * 111000)
            lst.append(
                {
                    "activitySegment": {
                        "startLocation": {"latitudeE7": e7(pla), "longitudeE7": e7(plo)},
                        "endLocation": {"latitudeE7": e7(la), "longitudeE7": e7(lo)},
                        "duration": {"startTimestamp": iso_z(prev[2]), "endTimestamp": iso_z(s)},
                        "distance": dist,
                        "activityType": rng.choice(
                            ["IN_TRAM", "IN_BUS", "CYCLING", "IN_PASSENGER_VEHICLE"]
                        ),
                        "confidence": "HIGH",
                    }
                }
            )
        pv: dict[str, object] = {
            "location": {
                "latitudeE7": e7(la),
                "longitudeE7": e7(lo),
                "placeId": pid_,
                "address": addr,
                "name": pname,
                "sourceInfo": {"deviceTag": 1473950013},
                "locationConfidence": round(rng.uniform(70, 99), 4),
            },
            "duration": {"startTimestamp": iso_z(s), "endTimestamp": iso_z(e)},
            "placeConfidence": "HIGH_CONFIDENCE",
            "visitConfidence": rng.randint(80, 99),
            "locationConfidence": rng.randint(80, 99),
        }
        if kind in ("home", "work"):
            pv["location"]["semanticType"] = "TYPE_HOME" if kind == "home" else "TYPE_WORK"  # type: ignore[index]
        lst.append({"placeVisit": pv})
        prev = (kind, s, e)
    mnames = ["JANUARY", "FEBRUARY", "MARCH"]
    for (y, mo), objs in sorted(months.items()):
        rel = f"Takeout/Location History (Timeline)/Semantic Location History/{y}/{y}_{mnames[mo - 1]}.json"
        p.write(rel, json.dumps({"timelineObjects": objs}, indent=2) + "\n")
        p.add_pii(rel, "ADDRESS", "27 Mauldeth Rd, Manchester M14 6SG, UK")
        p.add_pii(rel, "ADDRESS", "14 Quay St, Manchester M3 3HN, UK")

    for n in ["Tom", "Meg", "Craig", "Priya", "Gareth", "Father Michael", "Sinead"]:
        p.watch("PERSON", n)
    ones = {"Tom Ellis": len(tom), "Mum": len(mum), "Gareth Boyd": len(gar), "Priya Shah": len(pri)}
    top = sorted(ones.items(), key=lambda kv: -kv[1])[:3]
    gt: dict[str, object] = {
        "description": "Megan Price, 31, physiotherapist in Manchester living with partner Tom; Telegram full-account export (partner, mum, colleague, "
        "5-a-side group), Instagram DMs/profile/posts, Monzo CSV, Google Semantic Location History.",
        "timezone": "Europe/London",
        "user": {
            "names": ["Megan Price", "Meg"],
            "phones": ["+44 7700 900218"],
            "emails": ["megan.price@example.com"],
            "handles": ["@megprice_mcr", "meg.moves.mcr"],
        },
        "facts": {
            "home": {
                "lat": home[0],
                "lon": home[1],
                "radius_m": 300,
                "address": home_addr,
                "city": "Manchester",
            },
            "work": {
                "lat": work[0],
                "lon": work[1],
                "radius_m": 300,
                "employer": "Northbridge Physio Ltd",
            },
            "sleep_window": {"start": sleep, "end": wake, "tolerance_min": 60},
            "top_contacts": [{"name": n, "messages": c} for n, c in top],
            "relationships": [
                {"name": "Tom Ellis", "relationship": "partner", "full_name": "Tom Ellis"},
                {"name": "Mum", "relationship": "mother", "full_name": "Linda Price"},
                {"name": "Priya Shah", "relationship": "close friend", "full_name": "Priya Shah"},
                {"name": "Gareth Boyd", "relationship": "colleague", "full_name": "Gareth Boyd"},
            ],
            "religion": {
                "value": "Catholic (Sunday Mass at St Anne's, Ash Wednesday, Lent, confession)"
            },
            "health": {"value": False},
            "politics": {"value": False},
            "financial_stress": {"value": False},
            "gambling": {"value": True},
            "gaming": {"value": False},
            "salary": {
                "amount": "2412.37",
                "currency": "GBP",
                "payer": "NORTHBRIDGE PHYSIO LTD",
                "period": "monthly",
            },
            "risky_contact": {
                "name": "Craig Bennett",
                "why": "posts 66 distinct angry political rants in the 'Levenshulme 5-a-side ⚽' Telegram group",
            },
        },
        "_counts": {"chat_messages": len(tom) + len(mum) + len(gar) + len(pri) + len(grp)},
    }
    return p, gt


# ====================================================================== US
US_RANT_PARTS = (
    [
        "Unreal.",
        "Wake up America.",
        "I'm sorry but",
        "Nobody wants to hear it but",
        "Here's the truth:",
        "Can't believe this.",
        "Every. Single. Time.",
        "Newsflash:",
        "Real talk,",
        "Sick of it.",
    ],
    [
        "the libs in Denver",
        "Polis and his cronies",
        "the mainstream media",
        "the DC swamp",
        "these open-border politicians",
        "the Fed",
        "the IRS",
        "city council",
        "the woke school board",
        "Congress",
        "the EPA bureaucrats",
        "the gun grabbers",
    ],
    [
        "are destroying this state",
        "want to tax us into the ground",
        "are lying straight to your face",
        "couldn't care less about working people",
        "should be voted out, all of them",
        "are coming for your guns next",
        "are the reason gas is $4",
        "turned our parks into camps",
        "don't follow their own rules",
        "need to be investigated",
    ],
    [
        "",
        "!!!",
        "🇺🇸🇺🇸",
        "😡",
        "Period.",
        "Look it up.",
        "Do your research.",
        "#FJB",
        "mark my words",
        "and you all just sit there",
    ],
)


def us_persona() -> tuple[Persona, dict[str, object]]:
    p = Persona("us_daniel_ortiz", "America/Denver", 7303)
    rng = p.rng
    span = days(dt.date(2025, 2, 1), dt.date(2025, 4, 30))
    wake, sleep = "06:00", "23:30"
    me = "Daniel Ortiz"
    D = dt.date
    home = (39.736812, -104.969357)
    work = (39.745960, -104.990876)
    home_addr = "1418 E 13th Ave Apt 4B, Denver, CO 80218"
    ssn = "412-58-7302"
    routing = aba("10200101")
    acct = "4471093826"
    card = luhn_complete("453914880343646")
    card_fmt = f"{card[:4]} {card[4:8]} {card[8:12]} {card[12:]}"
    us = {
        "food": [
            "tacos",
            "pho",
            "green chile",
            "a burrito",
            "wings",
            "pizza",
            "bbq",
            "ramen",
            "sushi",
            "breakfast burritos",
            "a smash burger",
        ],
        "place": [
            "Wash Park",
            "Red Rocks",
            "King Soopers",
            "Union Station",
            "the climbing gym",
            "Sloan's Lake",
            "Costco",
            "RiNo",
            "the rec center",
        ],
        "weather": [
            "snowing again",
            "70 degrees in february lol",
            "so windy",
            "freezing",
            "gorgeous out",
            "hailing??",
        ],
    }

    # Messenger: Mom, Jess, group
    mom_extra = [
        [("c", "mijo did you eat"), ("u", "yes ma"), ("c", "real food?"), ("u", "define real")],
        [("c", "I lit a candle for you at St. Cajetan's today"), ("u", "thanks ma ❤️")],
        [
            ("c", "Are you checking your sugar"),
            ("u", "yes ma i have the sensor, it beeps at me"),
            ("c", "ok good"),
        ],
        [
            ("c", "<MEDIA:photo>"),
            ("c", "your abuela's rosary I found it"),
            ("u", "wow keep that safe"),
        ],
        [("c", "come sunday for dinner? tamales"), ("u", "i'm there")],
        [("c", "Don't forget your brother's birthday"), ("u", "i know i know")],
    ]
    mom_plant = [
        (
            D(2025, 2, 12),
            (19, 5),
            [
                ("c", "=mijo I need your social for the insurance renewal form"),
                ("u", "=" + ssn),
                ("c", "=gracias"),
            ],
        ),
        (
            D(2025, 3, 2),
            (12, 10),
            [
                ("c", "=what's your address again, tía Carmen wants to send you something"),
                ("u", "=" + home_addr),
                ("c", "=ok I'll give it to Carmen"),
            ],
        ),
        (
            D(2025, 4, 6),
            (18, 40),
            [
                ("c", "=How is your diabetes doctor, did they change the insulin"),
                ("u", "=yeah more basal at night, Dr. Patel says my A1C is 7.4"),
                ("c", "=ok mijo take care"),
            ],
        ),
    ]
    mom = build_chat(
        p,
        {"u": me, "c": "Rosa Ortiz"},
        span,
        0.9,
        en_gen(mom_extra, us),
        en_noise,
        wake,
        sleep,
        mom_plant,
    )

    jess_extra = [
        [
            ("u", "sugar crashed at work again"),
            ("c", "did you eat the glucose tabs"),
            ("u", "yeah i'm ok now"),
        ],
        [
            ("c", "are you canvassing saturday"),
            ("u", "yeah 10am with the campaign, come"),
            ("c", "maybe!"),
        ],
        [("u", "rent's gonna be late again"), ("c", "how late"), ("u", "till friday's paycheck")],
        [("c", "elden ring again tonight?"), ("u", "one boss. just one")],
        [
            ("u", "overdraft fee again 😩"),
            ("c", "babe set up the alerts"),
            ("u", "i did, they just alert me i'm broke"),
        ],
        [("c", "<MEDIA:photo>"), ("u", "cutest dog in colorado"), ("c", "agreed")],
        [
            ("u", "phone bank for the dem house candidate tonight, i'll call after"),
            ("c", "proud of u"),
        ],
        [("c", "dinner at mine?"), ("u", "omw at 7")],
        [
            ("u", "dexcom says 58, eating a granola bar"),
            ("c", "want me to come get you"),
            ("u", "nah i'm good"),
        ],
        [("c", "can you venmo me for groceries"), ("u", "after payday ok?")],
    ]
    jess_plant = [
        (
            D(2025, 2, 18),
            (20, 15),
            [
                ("c", "=setting up the joint account, what's your routing and account"),
                ("u", "=routing " + routing + " acct " + acct),
            ],
        ),
        (
            D(2025, 3, 6),
            (21, 0),
            [("u", "=booking the cabin, use my card " + card_fmt + " exp 09/28"), ("c", "=got it")],
        ),
        (
            D(2025, 3, 21),
            (19, 30),
            [
                ("c", "=for the rental car form, your DL number?"),
                ("u", "=17-342-9981"),
                ("c", "=and my passport is 567392184 for the hotel lol they asked"),
                ("u", "=ok Jessica Kowalski, world traveler"),
            ],
        ),
        (
            D(2025, 4, 11),
            (17, 45),
            [("c", "=car's in lot C, plate CBK-L47 if you're grabbing it"), ("u", "=thx")],
        ),
        (
            D(2025, 4, 19),
            (10, 20),
            [
                ("u", "=knocked on 60 doors for the Democratic house race today, legs dead"),
                ("c", "=hero"),
            ],
        ),
    ]
    jess = build_chat(
        p,
        {"u": me, "c": "Jess Kowalski"},
        span,
        2.5,
        en_gen(jess_extra, us),
        en_noise,
        wake,
        sleep,
        jess_plant,
    )

    grp_members = {"u": me, "z": "Brent Dawson", "a": "Kayla Nguyen", "b": "Marcus Hill"}
    rant_list = rants(rng, US_RANT_PARTS, 64)
    grp_plant = [
        (
            D(2025, 2, 23),
            (18, 0),
            [
                (
                    "a",
                    "=trail permit is under my name, Kayla Nguyen, call me at 720-555-0162 if you get lost",
                ),
                ("u", "=👍"),
            ],
        ),
        (
            D(2025, 3, 30),
            (20, 45),
            [("u", "=Brent can we not, this is a hiking group"), ("z", "=truth hurts Danny")],
        ),
    ]
    grp = group_chat(
        p,
        grp_members,
        "z",
        rant_list,
        span,
        en_gen([], us),
        en_noise,
        wake,
        sleep,
        ["brent. please.", "ok who's driving sunday", "muting this", "🙄", "not again man"],
        grp_plant,
        prob=0.45,
    )

    def fb_thread(title: str, folder: str, participants: list[str], msgs: list[Msg]) -> str:
        out = []
        for m in reversed(msgs):
            d: dict[str, object] = {
                "sender_name": m.sender,
                "timestamp_ms": epoch(m.t) * 1000 + rng.randint(0, 999),
            }
            if m.media == "photo":
                d["photos"] = [
                    {
                        "uri": f"your_facebook_activity/messages/inbox/{folder}/photos/{rng.getrandbits(52)}_{rng.getrandbits(40)}_n.jpg",
                        "creation_timestamp": epoch(m.t),
                    }
                ]
            elif m.media == "video":
                d["videos"] = [
                    {
                        "uri": f"your_facebook_activity/messages/inbox/{folder}/videos/{rng.getrandbits(52)}.mp4",
                        "creation_timestamp": epoch(m.t),
                    }
                ]
            elif m.media == "voice":
                d["audio_files"] = [
                    {
                        "uri": f"your_facebook_activity/messages/inbox/{folder}/audio/audioclip{epoch(m.t)}000.mp4",
                        "creation_timestamp": epoch(m.t),
                    }
                ]
            elif m.media == "sticker":
                d["sticker"] = {
                    "uri": "your_facebook_activity/messages/stickers_used/39178562_1505197616293642_5411344281094848512_n.png",
                    "ai_stickers": [],
                }
            if m.text:
                d["content"] = m.text
            if rng.random() < 0.04:
                d["reactions"] = [
                    {
                        "reaction": "❤",
                        "actor": participants[0]
                        if m.sender != participants[0]
                        else participants[1],
                    }
                ]
            d["is_geoblocked_for_viewer"] = False
            d["is_unsent_image_by_messenger_kid_parent"] = False
            out.append(d)
        doc = {
            "participants": [{"name": n} for n in participants],
            "messages": out,
            "title": title,
            "is_still_participant": True,
            "thread_path": f"inbox/{folder}",
            "magic_words": [],
            "image": {
                "uri": f"your_facebook_activity/messages/inbox/{folder}/photos/thread.jpg",
                "creation_timestamp": 1690000000,
            }
            if len(participants) > 2
            else None,
        }
        if doc["image"] is None:
            del doc["image"]
        rel = f"facebook-danortiz-2025-05-01/your_facebook_activity/messages/inbox/{folder}/message_1.json"
        p.write(rel, json.dumps(moji_tree(doc), indent=2) + "\n")
        return rel

    f_mom = fb_thread("Rosa Ortiz", "rosaortiz_10158823413", ["Rosa Ortiz", me], mom)
    f_jess = fb_thread("Jess Kowalski", "jesskowalski_10161204477", ["Jess Kowalski", me], jess)
    f_grp = fb_thread(
        "Sunday Hikers 🏔️",
        "sundayhikers_7123398041",
        ["Brent Dawson", "Kayla Nguyen", "Marcus Hill", me],
        grp,
    )
    for f, vals in [
        (
            f_mom,
            [
                ("PERSON", "Rosa Ortiz"),
                ("PERSON", "Daniel Ortiz"),
                ("US_SSN", ssn),
                ("ADDRESS", home_addr),
                ("PERSON", "Carmen"),
                ("PERSON", "Dr. Patel"),
            ],
        ),
        (
            f_jess,
            [
                ("PERSON", "Jess Kowalski"),
                ("PERSON", "Daniel Ortiz"),
                ("ABA_ROUTING_NUMBER", routing),
                ("BANK_ACCOUNT", acct),
                ("CREDIT_CARD", card_fmt),
                ("US_DRIVER_LICENSE", "17-342-9981"),
                ("US_PASSPORT", "567392184"),
                ("PERSON", "Jessica Kowalski"),
                ("LICENSE_PLATE", "CBK-L47"),
            ],
        ),
        (
            f_grp,
            [
                ("PERSON", "Brent Dawson"),
                ("PERSON", "Kayla Nguyen"),
                ("PERSON", "Marcus Hill"),
                ("PERSON", "Daniel Ortiz"),
                ("PHONE_NUMBER", "720-555-0162"),
                ("PERSON", "Danny"),
            ],
        ),
    ]:
        for et, v in vals:
            p.add_pii(f, et, v)

    # WhatsApp iOS: Marcus
    mar_extra = [
        [("c", "elden ring tonight? that boss is killing me"), ("u", "log on at 9")],
        [
            ("c", "hit a 4 leg parlay on draftkings lets gooo"),
            ("u", "congrats degenerate"),
            ("c", "😂"),
        ],
        [
            ("u", "can't drink much saturday, my dexcom freaks out"),
            ("c", "all good, more beer for me"),
        ],
        [
            ("c", "steam sale is live"),
            ("u", "my wallet says no"),
            ("c", "your wallet always says no"),
        ],
        [("c", "<MEDIA:photo>"), ("u", "is that the new setup?? jealous")],
        [("c", "nuggets game thursday?"), ("u", "if i'm not on shift")],
        [("u", "brent is on one again in the hikers chat"), ("c", "i muted him weeks ago")],
    ]
    mar_plant = [
        (D(2025, 2, 7), (21, 30), [("c", "=new number, save it (720) 555-0143"), ("u", "=got it")]),
        (
            D(2025, 3, 12),
            (20, 10),
            [
                ("u", "=venmo me for the cabin, I'm @dan-ortiz-7"),
                ("c", "=sent. mine's @marcus-hill-5 btw"),
            ],
        ),
        (
            D(2025, 4, 2),
            (12, 25),
            [
                ("c", "=send the trip pics to marcus.hill@example.com my phone's full"),
                ("u", "=will do"),
            ],
        ),
    ]
    mar = build_chat(
        p,
        {"u": me, "c": "Marcus Hill"},
        span,
        1.5,
        en_gen(mar_extra, us),
        en_noise,
        wake,
        sleep,
        mar_plant,
    )
    lines = [
        f"[{mar[0].t.month}/{mar[0].t.day}/{mar[0].t:%y}, {mar[0].t.hour % 12 or 12}:{mar[0].t:%M:%S}\u202f{'AM' if mar[0].t.hour < 12 else 'PM'}] Marcus Hill: \u200eMessages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them."
    ]
    ios_media = {
        "photo": "image omitted",
        "video": "video omitted",
        "voice": "audio omitted",
        "sticker": "sticker omitted",
    }
    for m in mar:
        stamp = f"[{m.t.month}/{m.t.day}/{m.t:%y}, {m.t.hour % 12 or 12}:{m.t:%M:%S}\u202f{'AM' if m.t.hour < 12 else 'PM'}]"
        if m.media:  # iOS drops the caption when media is not included
            lines.append(f"\u200e{stamp} {m.sender}: \u200e{ios_media[m.media]}")
        else:
            lines.append(f"{stamp} {m.sender}: {m.text}")
    f_wa = "WhatsApp Chat - Marcus Hill/_chat.txt"
    p.write(f_wa, "\r\n".join(lines) + "\r\n")
    for et, v in [
        ("PERSON", "Marcus Hill"),
        ("PERSON", "Daniel Ortiz"),
        ("PHONE_NUMBER", "(720) 555-0143"),
        ("USERNAME", "@dan-ortiz-7"),
        ("USERNAME", "@marcus-hill-5"),
        ("EMAIL_ADDRESS", "marcus.hill@example.com"),
    ]:
        p.add_pii(f_wa, et, v)

    # WhatsApp Android: brother Luis
    luis_extra = [
        [("c", "you watching the game"), ("u", "at work, score?"), ("c", "down 10")],
        [("c", "mom says call her"), ("u", "i did yesterday!!")],
        [
            ("c", "need a ride to the airport friday"),
            ("u", "what time"),
            ("c", "5am lol"),
            ("u", "absolutely not. fine."),
        ],
        [("u", "<MEDIA:photo>"), ("c", "bro that's a lot of snow")],
    ]
    luis_plant = [
        (
            D(2025, 3, 25),
            (19, 45),
            [
                ("c", "=doing taxes, Ana's ITIN is 912-78-4521 right? you filled it last year"),
                ("u", "=yeah 912-78-4521"),
                ("c", "=thanks bro"),
            ],
        ),
    ]
    luis = build_chat(
        p,
        {"u": me, "c": "Luis"},
        span,
        0.5,
        en_gen(luis_extra, us),
        en_noise,
        wake,
        sleep,
        luis_plant,
    )
    al = []
    for m in luis:
        stamp = f"{m.t.month}/{m.t.day}/{m.t:%y}, {m.t.hour % 12 or 12}:{m.t:%M}\u202f{'AM' if m.t.hour < 12 else 'PM'}"
        if m.media and m.text:
            body = f"IMG-{m.t:%Y%m%d}-WA{rng.randint(1, 40):04d}.jpg (file attached)\n{m.text}"
        elif m.media:
            body = "<Media omitted>"
        else:
            body = m.text or ""
        al.append(f"{stamp} - {m.sender}: {body}")
    t0 = luis[0].t - dt.timedelta(minutes=1)
    al.insert(
        0,
        f"{t0.month}/{t0.day}/{t0:%y}, {t0.hour % 12 or 12}:{t0:%M}\u202f{'AM' if t0.hour < 12 else 'PM'} - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
    )
    f_wa2 = "WhatsApp Chat with Luis/WhatsApp Chat with Luis.txt"
    p.write(f_wa2, "\n".join(al) + "\n")
    for et, v in [
        ("PERSON", "Luis"),
        ("PERSON", "Daniel Ortiz"),
        ("PERSON", "Ana"),
        ("US_ITIN", "912-78-4521"),
    ]:
        p.add_pii(f_wa2, et, v)

    # Venmo statement
    v_cols = [
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
    vrows = [
        ["Account Statement - (@dan-ortiz-7) "] + [""] * 21,
        ["Account Activity"] + [""] * 21,
        v_cols,
        [""] * 16 + ["$12.40"] + [""] * 5,
    ]
    notes_out = [
        (
            "Jess Kowalski",
            ["groceries 🛒", "pizza 🍕", "utilities", "dog food", "gas ⛽", "concert tix"],
        ),
        ("Marcus Hill", ["nuggets tix 🏀", "beers", "cabin 🏔️", "uber"]),
        ("Kayla Nguyen", ["trail permit", "carpool gas"]),
    ]
    bal = 12.40
    for day in span:
        if rng.random() < 0.22:
            who, notes = rng.choice(notes_out)
            t = session_times(rng, day, p.tz, 1, wake, sleep)[0]
            amt = round(rng.uniform(8, 90), 2)
            out_ = rng.random() < 0.7
            frm, to = (me, who) if out_ else (who, me)
            sign = "-" if out_ else "+"
            bal = bal + (0 if out_ else amt)
            vrows.append(
                [
                    "",
                    str(3000000000000000000 + rng.getrandbits(58)),
                    t.strftime("%Y-%m-%dT%H:%M:%S"),
                    "Payment",
                    "Complete",
                    rng.choice(notes),
                    frm,
                    to,
                    f"{sign} ${amt:,.2f}",
                    "",
                    "0",
                    "",
                    "0",
                    "",
                    "Visa Debit *6467" if out_ else "",
                    "" if out_ else "Venmo balance",
                    "",
                    "",
                    "",
                    "Venmo",
                    "",
                    "",
                ]
            )
        if rng.random() < 0.04:
            t = session_times(rng, day, p.tz, 1, wake, sleep)[0]
            vrows.append(
                [
                    "",
                    str(3000000000000000000 + rng.getrandbits(58)),
                    t.strftime("%Y-%m-%dT%H:%M:%S"),
                    "Charge",
                    "Pending",
                    "you owe me for rent 🙏",
                    "Jess Kowalski",
                    me,
                    "- $350.00",
                    "",
                    "0",
                    "",
                    "0",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "Venmo",
                    "",
                    "",
                ]
            )
    vrows.append(
        [""] * 17
        + [
            f"${bal:,.2f}",
            "$0.00",
            "",
            "$0.00",
            "In case of errors or questions about your electronic transfers: This is a recap of your Venmo account activity.",
        ]
    )
    f_v = "venmo/VenmoStatement_February_2025-April_2025.csv"
    p.write(f_v, csv_text(vrows, lineterminator="\r\n"))
    for et, v in [
        ("USERNAME", "@dan-ortiz-7"),
        ("PERSON", "Daniel Ortiz"),
        ("PERSON", "Jess Kowalski"),
        ("PERSON", "Marcus Hill"),
        ("PERSON", "Kayla Nguyen"),
    ]:
        p.add_pii(f_v, et, v)

    # OFX bank statement (SGML 1.02)
    trns = []
    fit = 202502000

    def trn(t: dt.datetime, typ: str, amt: float, name: str, memo: str) -> None:
        nonlocal fit
        fit += rng.randint(1, 9)
        trns.append((t, typ, amt, name, memo, fit))

    pay = dt.date(2025, 2, 7)
    while pay <= span[-1]:
        trn(
            p.local(pay.year, pay.month, pay.day, 12, 0),
            "DIRECTDEP",
            2143.88,
            "FRONT RANGE MEDICAL PAYROLL",
            "PPD ID: 1840593372 DIR DEP",
        )
        pay += dt.timedelta(days=14)
    ofx_shops = [
        ("KING SOOPERS #0082", 15, 120),
        ("CHIPOTLE 2214", 11, 17),
        ("STEAMGAMES.COM 425-889-9642", 9.99, 69.99),
        ("WALGREENS #4413 INSULIN COPAY", 35, 75),
        ("XCEL ENERGY", 60, 110),
        ("SHELL OIL 57442", 30, 55),
        ("SPOTIFY USA", 11.99, 11.99),
        ("AMZN MKTP US", 12, 80),
    ]
    for day in span:
        for _ in range(rng.choice([0, 1, 1, 2])):
            name, lo, hi = rng.choice(ofx_shops)
            trn(
                p.local(day.year, day.month, day.day, 12, 0),
                "DEBIT",
                -round(rng.uniform(lo, hi), 2),
                name,
                "POS PURCHASE",
            )
        if day.day == 3:
            trn(
                p.local(day.year, day.month, 3, 12, 0),
                "DEBIT",
                -1475.00,
                "ZELLE TO SUMMIT PROPERTY MGMT",
                "RENT 1418 E 13TH AVE 4B",
            )
        if day.day in (4, 19) and rng.random() < 0.8:
            trn(
                p.local(day.year, day.month, day.day, 12, 0),
                "FEE",
                -34.00,
                "OVERDRAFT FEE",
                "OD ITEM FEE",
            )
    trn(p.local(2025, 3, 14, 12, 0), "DEBIT", -200.00, "ZELLE TO JESS KOWALSKI", "cabin half")
    trns.sort(key=lambda x: (x[0], x[5]))
    o = [
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
        "\t<SIGNONMSGSRSV1>",
        "\t\t<SONRS>",
        "\t\t\t<STATUS>",
        "\t\t\t\t<CODE>0",
        "\t\t\t\t<SEVERITY>INFO",
        "\t\t\t</STATUS>",
        "\t\t\t<DTSERVER>20250501081512.000[-6:MDT]",
        "\t\t\t<LANGUAGE>ENG",
        "\t\t\t<FI>",
        "\t\t\t\t<ORG>FRONTRANGECU",
        "\t\t\t\t<FID>3072",
        "\t\t\t</FI>",
        "\t\t</SONRS>",
        "\t</SIGNONMSGSRSV1>",
        "\t<BANKMSGSRSV1>",
        "\t\t<STMTTRNRS>",
        "\t\t\t<TRNUID>0",
        "\t\t\t<STATUS>",
        "\t\t\t\t<CODE>0",
        "\t\t\t\t<SEVERITY>INFO",
        "\t\t\t</STATUS>",
        "\t\t\t<STMTRS>",
        "\t\t\t\t<CURDEF>USD",
        "\t\t\t\t<BANKACCTFROM>",
        f"\t\t\t\t\t<BANKID>{routing}",
        "\t\t\t\t\t<ACCTID>" + acct,
        "\t\t\t\t\t<ACCTTYPE>CHECKING",
        "\t\t\t\t</BANKACCTFROM>",
        "\t\t\t\t<BANKTRANLIST>",
        "\t\t\t\t\t<DTSTART>20250201000000.000[-7:MST]",
        "\t\t\t\t\t<DTEND>20250430235959.000[-6:MDT]",
    ]
    bal = 312.55
    for t, typ, amt, name, memo, fid in trns:
        off = t.utcoffset()
        assert off is not None
        hrs = int(off.total_seconds() // 3600)
        tzn = "MDT" if hrs == -6 else "MST"
        o += [
            "\t\t\t\t\t<STMTTRN>",
            f"\t\t\t\t\t\t<TRNTYPE>{typ if typ != 'FEE' else 'FEE'}",
            f"\t\t\t\t\t\t<DTPOSTED>{t:%Y%m%d%H%M%S}.000[{hrs}:{tzn}]",
            f"\t\t\t\t\t\t<TRNAMT>{amt:.2f}",
            f"\t\t\t\t\t\t<FITID>{fid}",
            f"\t\t\t\t\t\t<NAME>{name[:32]}",
            f"\t\t\t\t\t\t<MEMO>{memo}",
            "\t\t\t\t\t</STMTTRN>",
        ]
        bal += amt
    o += [
        "\t\t\t\t</BANKTRANLIST>",
        "\t\t\t\t<LEDGERBAL>",
        f"\t\t\t\t\t<BALAMT>{bal:.2f}",
        "\t\t\t\t\t<DTASOF>20250501081512.000[-6:MDT]",
        "\t\t\t\t</LEDGERBAL>",
        "\t\t\t</STMTRS>",
        "\t\t</STMTTRNRS>",
        "\t</BANKMSGSRSV1>",
        "</OFX>",
    ]
    f_ofx = "bank/FrontRangeCU_Checking_x3826.ofx"
    p.write(f_ofx, "\r\n".join(o) + "\r\n", "ascii")
    for et, v in [
        ("ABA_ROUTING_NUMBER", routing),
        ("BANK_ACCOUNT", acct),
        ("PERSON", "JESS KOWALSKI"),
        ("ADDRESS", "1418 E 13TH AVE 4B"),
    ]:
        p.add_pii(f_ofx, et, v)

    # Reddit data request
    rd = "reddit_export"
    posts = [["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]]
    comments = [
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
        ]
    ]
    pdefs = [
        (
            D(2025, 2, 9),
            "diabetes_t1",
            "Night shifts + T1D: how do you handle basal?",
            "Nurse here, 12h shifts wreck my numbers. Dexcom alarms at 3am on my days off. Any tips for adjusting basal on swing weeks?",
        ),
        (
            D(2025, 3, 1),
            "Denver",
            "Canvassing for the state house special election this weekend - volunteers welcome",
            "We're knocking doors in Capitol Hill Sat 10am. DM me if you want to join the Dem campaign, no experience needed.",
        ),
        (
            D(2025, 3, 20),
            "Eldenring",
            "Finally beat Malenia after 87 tries",
            "No summons. My girlfriend watched the last 20 attempts and deserves a medal.",
        ),
        (
            D(2025, 4, 14),
            "personalfinance",
            "Third overdraft this month, how do I get out of the paycheck-to-paycheck loop?",
            "Biweekly pay, rent is 1475, insulin copays add up. Credit union keeps charging $34 per item. Where do I start?",
        ),
    ]
    for d, sub, title, body in pdefs:
        t = session_times(rng, d, p.tz, 1, wake, sleep)[0]
        pid_ = f"1{rng.getrandbits(30):x}"[:7]
        slug = "".join(ch if ch.isalnum() else "_" for ch in title.lower()[:40]).strip("_")
        posts.append(
            [
                pid_,
                f"https://www.reddit.com/r/{sub}/comments/{pid_}/{slug}/",
                t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
                "",
                sub,
                "{}",
                title,
                "",
                body,
            ]
        )
    cdefs = [
        ("diabetes_t1", "Same. My endo (Dr. Patel) finally switched me to a pump, game changer"),
        ("Denver", "Vote in the special election people. Turnout is everything"),
        ("Denver", "Anyone know if the 15 bus is running on Colfax today?"),
        ("personalfinance", "Thanks all, calling the credit union tomorrow about the OD fees"),
        ("diabetes_t1", "Juice boxes in every jacket pocket, that's my system"),
        ("Eldenring", "Bleed build or bust"),
        ("coloradohikers", "Mount Bierstadt is still icy fyi, microspikes needed"),
        ("politics", "Canvassed 60 doors Saturday. People care more than you'd think"),
        (
            "Denver",
            "If anyone found a grey hydro flask near Cheesman Park, it's mine lol. text 303-555-0187",
        ),
    ]
    for sub, body in cdefs:
        d = rng.choice(span)
        t = session_times(rng, d, p.tz, 1, wake, sleep)[0]
        cid = f"m{rng.getrandbits(28):x}"[:7]
        comments.append(
            [
                cid,
                f"https://www.reddit.com/r/{sub}/comments/{rng.getrandbits(28):x}/_/{cid}/",
                t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
                "",
                sub,
                "{}",
                f"https://www.reddit.com/r/{sub}/comments/{rng.getrandbits(28):x}/",
                f"t3_{rng.getrandbits(28):x}",
                body,
                "",
            ]
        )
    comments[1:] = sorted(comments[1:], key=lambda r: r[2])
    msgs_ = [["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"]]
    mdefs = [
        ("peakbagger_co", "dan_ortiz_rn", "canvassing", "hey saw your post, can I join saturday?"),
        (
            "dan_ortiz_rn",
            "peakbagger_co",
            "re: canvassing",
            "yes! meet at the coffee shop on 13th at 10. my cell is 303-555-0187 if you get lost",
        ),
        ("peakbagger_co", "dan_ortiz_rn", "re: canvassing", "awesome see you there"),
    ]
    d0 = D(2025, 3, 2)
    for i, (f, to, subj, body) in enumerate(mdefs):
        t = session_times(rng, d0 + dt.timedelta(days=i), p.tz, 1, wake, sleep)[0]
        mid_ = f"2{rng.getrandbits(24):x}"
        msgs_.append(
            [
                mid_,
                f"https://www.reddit.com/message/messages/{mid_}",
                "t4_2a9x7k",
                t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
                "",
                f,
                to,
                subj,
                body,
            ]
        )
    p.write(f"{rd}/posts.csv", "\ufeff" + csv_text(posts))
    p.write(f"{rd}/comments.csv", "\ufeff" + csv_text(comments))
    p.write(f"{rd}/messages.csv", csv_text(msgs_))
    p.add_pii(f"{rd}/comments.csv", "PERSON", "Dr. Patel")
    p.add_pii(f"{rd}/comments.csv", "PHONE_NUMBER", "303-555-0187")
    p.add_pii(f"{rd}/messages.csv", "USERNAME", "dan_ortiz_rn")
    p.add_pii(f"{rd}/messages.csv", "USERNAME", "peakbagger_co")
    p.add_pii(f"{rd}/messages.csv", "PHONE_NUMBER", "303-555-0187")

    # Google on-device Timeline.json
    others = [
        ("Red Rocks Trail", 39.665220, -105.205890),
        ("Wash Park", 39.699110, -104.970840),
        ("St. Cajetan's", 39.742750, -105.005330),
    ]
    track = location_track(p, span, home, work, others, (7.0, 19.5), 30)
    vis = visits(track)
    sem = []
    pids = {"home": "ChIJ5b0u9Ld-bIcR3zQ0pX1hZ4g", "work": "ChIJ1c8k2Ld4bIcRf0nG7aT3qXw"}
    for k, (n, _, _) in enumerate(others):
        pids[n] = f"ChIJ{k}Hk3nLd5bIcR{k}aQmV8pZ2sE"
    prev = None
    for kind, s, e, la, lo in vis:
        if kind == "home":
            la, lo = home
        elif kind == "work":
            la, lo = work
        if prev is not None:
            sem.append(
                {
                    "startTime": iso_off(prev[2]),
                    "endTime": iso_off(s),
                    "timelinePath": [
                        {"point": f"{prev[3]:.7f}°, {prev[4]:.7f}°", "time": iso_off(prev[2])},
                        {"point": f"{la:.7f}°, {lo:.7f}°", "time": iso_off(s)},
                    ],
                }
            )
        sem.append(
            {
                "startTime": iso_off(s),
                "endTime": iso_off(e),
                "startTimeTimezoneUtcOffsetMinutes": int(s.utcoffset().total_seconds() // 60),  # type: ignore[union-attr]
                "endTimeTimezoneUtcOffsetMinutes": int(e.utcoffset().total_seconds() // 60),  # type: ignore[union-attr]
                "visit": {
                    "hierarchyLevel": 0,
                    "probability": round(rng.uniform(0.6, 0.95), 6),
                    "topCandidate": {
                        "placeId": pids[kind],
                        "semanticType": {"home": "HOME", "work": "WORK"}.get(kind, "UNKNOWN"),
                        "probability": round(rng.uniform(0.5, 0.99), 6),
                        "placeLocation": {"latLng": f"{la:.7f}°, {lo:.7f}°"},
                    },
                },
            }
        )
        prev = (kind, s, e, la, lo)
    tl = {
        "semanticSegments": sem,
        "rawSignals": [],
        "userLocationProfile": {
            "frequentPlaces": [
                {
                    "placeId": pids["home"],
                    "placeLocation": f"{home[0]:.7f}°, {home[1]:.7f}°",
                    "label": "HOME",
                },
                {
                    "placeId": pids["work"],
                    "placeLocation": f"{work[0]:.7f}°, {work[1]:.7f}°",
                    "label": "WORK",
                },
            ]
        },
    }
    p.write("Timeline.json", json.dumps(tl, indent=2, ensure_ascii=False) + "\n")

    for n in ["Jess", "Brent", "Marcus", "Kayla", "Rosa", "Dan"]:
        p.watch("PERSON", n)
    ones = {
        "Rosa Ortiz": len(mom),
        "Jess Kowalski": len(jess),
        "Marcus Hill": len(mar),
        "Luis": len(luis),
    }
    top = sorted(ones.items(), key=lambda kv: -kv[1])[:3]
    gt: dict[str, object] = {
        "description": "Daniel Ortiz, 34, ER nurse in Denver with type 1 diabetes; Messenger (mother, girlfriend, hiking group), WhatsApp iOS (best friend) "
        "and Android (brother), Venmo statement, credit-union OFX, Reddit data request, Google on-device Timeline.",
        "timezone": "America/Denver",
        "user": {
            "names": ["Daniel Ortiz", "Dan", "Danny"],
            "phones": ["303-555-0187"],
            "emails": [],
            "handles": ["@dan-ortiz-7", "dan_ortiz_rn"],
        },
        "facts": {
            "home": {
                "lat": home[0],
                "lon": home[1],
                "radius_m": 300,
                "address": home_addr,
                "city": "Denver",
            },
            "work": {
                "lat": work[0],
                "lon": work[1],
                "radius_m": 300,
                "employer": "Front Range Medical",
            },
            "sleep_window": {"start": sleep, "end": wake, "tolerance_min": 60},
            "top_contacts": [{"name": n, "messages": c} for n, c in top],
            "relationships": [
                {"name": "Rosa Ortiz", "relationship": "mother", "full_name": "Rosa Ortiz"},
                {
                    "name": "Jess Kowalski",
                    "relationship": "partner",
                    "full_name": "Jessica Kowalski",
                },
                {"name": "Marcus Hill", "relationship": "close friend", "full_name": "Marcus Hill"},
                {"name": "Luis", "relationship": "brother", "full_name": "Luis Ortiz"},
            ],
            "religion": {"value": False},
            "health": {"value": "type 1 diabetes (insulin, Dexcom CGM, hypos at work)"},
            "politics": {
                "value": "progressive / Democratic: canvasses and phone-banks for a Democratic state house campaign"
            },
            "financial_stress": {"value": True},
            "gambling": {"value": False},
            "gaming": {"value": True},
            "salary": {
                "amount": "2143.88",
                "currency": "USD",
                "payer": "FRONT RANGE MEDICAL PAYROLL",
                "period": "biweekly",
            },
            "risky_contact": {
                "name": "Brent Dawson",
                "why": "posts 64 distinct angry political rants in the 'Sunday Hikers 🏔️' Messenger group",
            },
        },
        "_counts": {"chat_messages": len(mom) + len(jess) + len(grp) + len(mar) + len(luis)},
    }
    return p, gt


# ====================================================================== main
def build(out: Path) -> dict[str, dict[str, object]]:
    summary: dict[str, dict[str, object]] = {}
    if out.exists():
        shutil.rmtree(out)
    for fn in (cn_persona, uk_persona, us_persona):
        p, gt = fn()
        p.finalize()
        counts = gt.pop("_counts")
        assert isinstance(counts, dict)
        doc = {
            "schema_version": 1,
            "persona": p.pid,
            "fictional": True,
            "independent": True,
            "description": gt["description"],
            "timezone": gt["timezone"],
            "user": gt["user"],
            "pii": p.pii,
            "facts": gt["facts"],
        }
        root = out / p.pid
        for rel, data in sorted(p.files.items()):
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "ground_truth.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        types: dict[str, int] = {}
        for e in p.pii:
            types[e["entity_type"]] = types.get(e["entity_type"], 0) + 1
        summary[p.pid] = {
            "pii": len(p.pii),
            "types": dict(sorted(types.items())),
            "files": len(p.files),
            **counts,
        }
    return summary


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE / "personas"))
    args = ap.parse_args()
    summary = build(Path(args.out))
    print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
