"""Generate the heldout6 blind evaluation set (English personas) with their answer keys.

Stdlib only. Fixed seeds; the output does not depend on TZ, locale, hash seed or today's date.
Usage: python generate.py [--out DIR]   (default: personas/ next to this file)
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import random
import re
import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------
# checksum helpers (so planted numbers are valid where a real one has a checksum)


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


def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def nhs_complete(nine: str) -> str:
    total = sum(int(c) * (10 - i) for i, c in enumerate(nine))
    check = 11 - total % 11
    if check == 11:
        check = 0
    assert check != 10, nine
    return nine + str(check)


def iban_make(country: str, bban: str) -> str:
    def to_num(s: str) -> str:
        return "".join(str(int(c, 36)) for c in s)

    check = 98 - int(to_num(bban + country + "00")) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def aba_ok(r: str) -> bool:
    d = [int(c) for c in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def aba_complete(eight: str) -> str:
    for c in "0123456789":
        if aba_ok(eight + c):
            return eight + c
    raise AssertionError(eight)


def group4(s: str, sep: str = " ") -> str:
    return sep.join(s[i : i + 4] for i in range(0, len(s), 4))


# ----------------------------------------------------------------------------------------------
# chat engine


@dataclass
class Msg:
    dt: datetime  # aware, persona zone
    chat: str
    sender: str
    text: str = ""
    media: str | None = None  # photo | video | voice | sticker | gif
    caption: bool = False
    reply: bool = False
    edited: bool = False
    planted: bool = False


@dataclass
class Chat:
    key: str
    title: str
    kind: str  # "1:1" or "group"
    members: list[str]  # display names as in export, user first
    rate: float  # mean conversations per day
    pools: dict[str, list[str]] = field(default_factory=dict)  # sender -> lines
    style: dict[str, dict[str, Any]] = field(default_factory=dict)


EMOJI = [
    "😂",
    "😭",
    "🙄",
    "❤️",
    "👍",
    "😅",
    "🙏",
    "😬",
    "🤣",
    "😴",
    "💀",
    "🥲",
    "😍",
    "🤞",
    "👀",
    "🔥",
    "😩",
    "🤷‍♀️",
    "😘",
    "xx",
]
ABBR = [
    (r"\byou\b", "u"),
    (r"\bare\b", "r"),
    (r"\bthough\b", "tho"),
    (r"\btonight\b", "tonite"),
    (r"\bgoing to\b", "gonna"),
    (r"\bprobably\b", "prob"),
    (r"\bbecause\b", "cos"),
    (r"\bplease\b", "pls"),
    (r"\bthanks\b", "thx"),
    (r"\btomorrow\b", "tmrw"),
    (r"\bI don't know\b", "idk"),
    (r"\bto be honest\b", "tbh"),
]


def typo(rng: random.Random, s: str) -> str:
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    kind = rng.random()
    if kind < 0.5:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif kind < 0.8:
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def stylise(rng: random.Random, s: str, st: dict[str, Any]) -> str:
    if rng.random() < st.get("abbr", 0.3):
        for pat, rep in ABBR:
            if rng.random() < 0.7:
                s = re.sub(pat, rep, s)
    if rng.random() < st.get("lower", 0.6):
        s = s.lower()
    if rng.random() < st.get("noapos", 0.3):
        s = s.replace("'", "")
    if rng.random() < st.get("typo", 0.12):
        s = typo(rng, s)
    if rng.random() < st.get("nopunct", 0.4):
        s = s.rstrip(".")
    if rng.random() < st.get("emoji", 0.25):
        s = s + " " + rng.choice(st.get("emojis", EMOJI))
    return s


def fill(rng: random.Random, s: str, slots: dict[str, list[str]]) -> str:
    def rep(m: re.Match[str]) -> str:
        return rng.choice(slots[m.group(1)])

    return re.sub(r"\{(\w+)\}", rep, s)


class Engine:
    def __init__(
        self,
        seed: int,
        tz: ZoneInfo,
        start: date,
        end: date,
        wake: time,
        sleep: time,
        slots: dict[str, list[str]],
    ):
        self.rng = random.Random(seed)
        self.tz = tz
        self.start = start
        self.end = end
        self.wake = wake
        self.sleep = sleep  # sleep start (before midnight)
        self.slots = slots
        self.msgs: list[Msg] = []
        self.used: dict[str, int] = {}

    def days(self) -> list[date]:
        out = []
        d = self.start
        while d <= self.end:
            out.append(d)
            d += timedelta(days=1)
        return out

    def _mins(self) -> tuple[int, int]:
        w = self.wake.hour * 60 + self.wake.minute
        s = self.sleep.hour * 60 + self.sleep.minute
        return w, (s + 1440 if s < w else s)  # a night owl falls asleep after midnight

    def awake(self, dt: datetime) -> bool:
        w, s = self._mins()
        t = dt.hour * 60 + dt.minute
        if t < w:
            t += 1440
        return w <= t < s

    def pick_line(self, pool: list[str]) -> str:
        # prefer lines used less often so phrasing stays varied
        cands = self.rng.sample(pool, min(4, len(pool)))
        cands.sort(key=lambda x: self.used.get(x, 0))
        line = cands[0]
        self.used[line] = self.used.get(line, 0) + 1
        return fill(self.rng, line, self.slots)

    def simulate(
        self, chats: list[Chat], user: str, busy: dict[int, list[tuple[int, int]]] | None = None
    ) -> None:
        rng = self.rng
        for d in self.days():
            for ch in chats:
                lam = ch.rate * (1.25 if d.weekday() >= 5 else 1.0)
                n = 0
                # poisson by inversion
                import math

                L, k, p = math.exp(-lam), 0, 1.0
                while True:
                    p *= rng.random()
                    if p <= L:
                        break
                    k += 1
                n = k
                for _ in range(n):
                    self.conversation(ch, d, user)

    def conversation(self, ch: Chat, d: date, user: str) -> None:
        rng = self.rng
        w, s = self._mins()
        # evenings busier
        m = int(rng.triangular(w + 10, s - 45, s - 165))
        day0 = datetime(d.year, d.month, d.day, tzinfo=self.tz)
        dt = day0 + timedelta(minutes=m, seconds=rng.randrange(60))
        limit = day0 + timedelta(minutes=s - 2)
        n = rng.choice([2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9])
        speaker = rng.choice(ch.members)
        for i in range(n):
            if dt >= limit:
                break
            pool = ch.pools.get(speaker) or ch.pools["*"]
            st = ch.style.get(speaker, {})
            r = rng.random()
            if r < 0.06:
                self.msgs.append(Msg(dt, ch.key, speaker, "", media="photo"))
            elif r < 0.075:
                self.msgs.append(
                    Msg(dt, ch.key, speaker, "", media=rng.choice(["video", "voice", "sticker"]))
                )
            else:
                text = stylise(rng, self.pick_line(pool), st)
                self.msgs.append(
                    Msg(
                        dt,
                        ch.key,
                        speaker,
                        text,
                        reply=(i > 0 and rng.random() < 0.08),
                        edited=rng.random() < 0.03,
                    )
                )
            dt += timedelta(seconds=rng.randint(15, 420))
            if rng.random() < 0.65 or len(ch.members) == 1:
                others = [x for x in ch.members if x != speaker]
                speaker = rng.choice(others) if others else speaker

    def plant(
        self, when: str, chat: str, sender: str, text: str = "", media: str | None = None
    ) -> Msg:
        dt = datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=self.tz)
        assert self.awake(dt), (when, text)
        m = Msg(dt, chat, sender, text, media=media, planted=True)
        self.msgs.append(m)
        return m

    def by_chat(self, key: str) -> list[Msg]:
        out = [m for m in self.msgs if m.chat == key]
        out.sort(key=lambda m: (m.dt, m.planted))
        # keep strictly increasing seconds so exports look like real ordered logs
        for a, b in itertools.pairwise(out):
            if b.dt <= a.dt:
                b.dt = a.dt + timedelta(seconds=1)
        return out


def angry_lines(
    rng: random.Random,
    n: int,
    targets: list[str],
    tails: list[str],
    openers: list[str] | None = None,
    verbs: list[str] | None = None,
) -> list[str]:
    openers = openers or [
        "honestly",
        "absolute joke",
        "wake up people",
        "cannot believe this",
        "read this and tell me im wrong",
        "no one is talking about this",
        "every single time",
        "unreal",
        "here we go again",
        "disgrace",
        "i'm fuming",
        "told you all",
        "typical",
        "this country man",
        "they think we're stupid",
        "sick of it",
        "makes my blood boil",
        "shameful",
        "open your eyes",
        "again??",
    ]
    verbs = verbs or [
        "are robbing us blind",
        "lie through their teeth",
        "dont care about people like us",
        "are laughing at us",
        "have sold us out",
        "want us skint and quiet",
        "are a bunch of crooks",
        "should all be sacked",
        "have wrecked everything",
        "only look after their mates",
        "are taking the mick",
        "rig it every time",
        "need locking up",
        "answer to nobody",
    ]
    outs: list[str] = []
    seen: set[str] = set()
    while len(outs) < n:
        s = f"{rng.choice(openers)}. {rng.choice(targets)} {rng.choice(verbs)}"
        if rng.random() < 0.7:
            s += ", " + rng.choice(tails)
        if rng.random() < 0.3:
            s = s.upper()
        s += rng.choice(["", "!!", "!!!", " 😡", " 🤬", "...", "!"])
        if s not in seen:
            seen.add(s)
            outs.append(s)
    return outs


# ----------------------------------------------------------------------------------------------
# writers shared by personas


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def mojibake(obj: object) -> object:
    """Facebook/Instagram style: each UTF-8 byte written as one \\u00XX escape."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {k: mojibake(v) for k, v in obj.items()}
    return obj


def meta_json(obj: object) -> bytes:
    return json.dumps(mojibake(obj), indent=2, ensure_ascii=True).encode("ascii")


def csv_bytes(
    rows: list[list[str]], quote_all: bool = False, bom: bool = False, lineterm: str = "\r\n"
) -> bytes:
    buf = io.StringIO()
    w = csv.writer(
        buf, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL, lineterminator=lineterm
    )
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def ms(dt: datetime) -> int:
    return int(dt.timestamp()) * 1000 + (dt.microsecond // 1000)


def top_contacts(engine: Engine, chats: list[Chat]) -> list[dict[str, object]]:
    counts = []
    for ch in chats:
        if ch.kind == "1:1":
            counts.append((sum(1 for m in engine.msgs if m.chat == ch.key), ch.title))
    counts.sort(key=lambda x: (-x[0], x[1]))
    # a clear top three, in a clear order
    assert (
        counts[0][0] > counts[1][0] + 10
        and counts[1][0] > counts[2][0] + 10
        and counts[2][0] > counts[3][0] + 10
    ), counts
    return [{"name": t, "messages": n} for n, t in counts[:3]]


def ground_truth(
    pid: str,
    description: str,
    tz: str,
    user: dict[str, list[str]],
    pii: list[dict[str, str]],
    facts: dict[str, object],
) -> bytes:
    obj = {
        "schema_version": 1,
        "persona": pid,
        "fictional": True,
        "independent": True,
        "description": description,
        "timezone": tz,
        "user": user,
        "pii": pii,
        "facts": facts,
    }
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------------------------
# shared UK/US small-talk pools (no personal names in here on purpose)

COMMON_ME = [
    "on my way now",
    "running about 10 mins late sorry",
    "what time are you finishing",
    "did you see that",
    "omg same",
    "can't be bothered with anything today",
    "so tired i could cry",
    "that's actually hilarious",
    "wait what",
    "no way",
    "ok sounds good",
    "yeah go on then",
    "i'll ring you later",
    "just got in",
    "had the longest day",
    "shall we get {food} tonight",
    "honestly cba",
    "is it just me or is it freezing",
    "have you watched {show} yet",
    "i'm obsessed with {show}",
    "send me the link",
    "lol stop",
    "fair enough",
    "that's so annoying",
    "ugh mondays",
    "pick up some {shop} on your way?",
    "love that for you",
    "how did it go",
    "any news?",
    "ha yeah",
    "k",
    "yep",
    "nope",
    "maybe {day}?",
    "free {day} if you are",
    "just finished work finally",
    "bus was rammed again",
    "raining AGAIN",
    "i need a holiday",
    "proper knackered",
]
COMMON_OTHER = [
    "haha",
    "same tbh",
    "where are you",
    "text me when you're home",
    "what are you up to {day}",
    "fancy {food}?",
    "i'm dead 😂",
    "that's grim",
    "ah no",
    "sounds good to me",
    "yeah defo",
    "hows your day been",
    "send pics",
    "ok ok",
    "did you get my message",
    "call you in 5",
    "omg did you hear",
    "not gonna lie that's class",
    "you ok?",
    "i'm at {shop} need anything",
    "traffic is a nightmare",
    "so cold out",
    "ahaha no",
    "you're joking",
    "right that's it i'm going to bed soon",
    "watching {show} again",
    "cant wait for {day}",
    "what's the plan",
    "thought so",
    "lol classic",
    "that's mad",
    "yeah i know",
    "oh nice one",
    "brill",
]

UK_SLOTS = {
    "food": [
        "a chippy",
        "pizza",
        "a curry",
        "nandos",
        "a takeaway",
        "chinese",
        "tacos",
        "a roast",
        "wings",
        "sushi",
    ],
    "show": [
        "bake off",
        "the traitors",
        "strictly",
        "slow horses",
        "the bear",
        "gogglebox",
        "love island",
        "taskmaster",
    ],
    "shop": ["milk", "bread", "teabags", "loo roll", "crisps", "oat milk", "eggs", "wine"],
    "day": ["saturday", "sunday", "friday", "tomorrow", "next week", "thursday", "the weekend"],
    "time": ["7", "half 7", "8", "6ish", "after work", "about 9"],
    "place": [
        "the spoons",
        "town",
        "the trafford centre",
        "the arndale",
        "the pub",
        "the gym",
        "the big tesco",
    ],
    "money": ["20", "40", "15", "30", "50", "25"],
}


# ----------------------------------------------------------------------------------------------
# persona 1: Hannah Whitfield, Manchester (Europe/London)

P1_TZ = ZoneInfo("Europe/London")


def p1_chats() -> list[Chat]:
    me = "Hannah Whitfield"
    han = {"lower": 0.8, "typo": 0.12, "abbr": 0.5, "emoji": 0.3, "noapos": 0.5}
    return [
        Chat(
            "tom",
            "Tom Brennan",
            "1:1",
            [me, "Tom Brennan"],
            1.1,
            {
                me: [
                    *COMMON_ME,
                    "miss you",
                    "are you staying at mine tonight",
                    "what do you want for tea",
                    "can you bring your charger",
                    "i'm in bed already lol",
                    "you left your hoodie here",
                    "shall i get {food} for us",
                    "love you x",
                    "come round after {time}?",
                    "made the bed, you're welcome",
                    "don't forget the bins go out tomorrow",
                    "we need {shop}",
                    "get home safe x",
                    "night x",
                    "your mum messaged me lol",
                ],
                "Tom Brennan": [
                    *COMMON_OTHER,
                    "leaving work now",
                    "want me to grab {shop}",
                    "on the tram",
                    "playing fc with the lads tonight, that ok?",
                    "lost 3-0 on fc again 🙃",
                    "love you",
                    "there in 20",
                    "just parked",
                    "did you eat?",
                    "ill cook tonight",
                    "miss you x",
                    "night gorgeous x",
                    "sleep well x",
                    "you're the best you know that",
                    "shall we do {place} {day}",
                ],
            },
            {
                me: han,
                "Tom Brennan": {
                    "lower": 0.5,
                    "typo": 0.15,
                    "emoji": 0.2,
                    "emojis": ["😘", "❤️", "👍", "😂", "x"],
                },
            },
        ),
        Chat(
            "jess",
            "Jess Okafor",
            "1:1",
            [me, "Jess Okafor"],
            0.8,
            {
                me: [
                    *COMMON_ME,
                    "need to tell you something",
                    "we need a proper catch up",
                    "drinks {day}??",
                    "he did WHAT",
                    "i'm screaming",
                    "u coming to quiz thursday",
                    "send me that meme",
                    "voice note incoming",
                    "bestie i need advice",
                    "ur outfit was unreal last night",
                ],
                "Jess Okafor": [
                    *COMMON_OTHER,
                    "bestieee",
                    "girl",
                    "spill",
                    "SCREAMING",
                    "we need wine",
                    "quiz thursday yeah?",
                    "i'll book a table at {place}",
                    "omg tell me everything",
                    "im literally crying",
                    "love u",
                    "how are you feeling today x",
                    "proud of you x",
                    "you've got this",
                    "he's not worth it babe",
                ],
            },
            {
                me: han,
                "Jess Okafor": {
                    "lower": 0.4,
                    "typo": 0.08,
                    "emoji": 0.5,
                    "emojis": ["😭", "💀", "😂", "💕", "🥂", "🙌"],
                },
            },
        ),
        Chat(
            "mum",
            "Mum",
            "1:1",
            [me, "Mum"],
            0.5,
            {
                me: [
                    *COMMON_ME,
                    "love you mum",
                    "yes i'm eating properly",
                    "will ring you sunday",
                    "is dad ok?",
                    "yes i've got my coat",
                    "what are you doing for tea",
                    "how's the garden",
                ],
                "Mum": [
                    "Hello love, how are you?",
                    "Did you get home alright?",
                    "Ring me when you get a minute x",
                    "Your dad says hello",
                    "Are you eating properly??",
                    "Don't forget your nan's birthday on {day}",
                    "I've made a lasagne for you, pop round and get it",
                    "Wrap up warm it's cold out",
                    "Love you lots xx",
                    "Have you heard from your brother?",
                    "Goodnight love xx",
                    "Weather's awful here",
                    "I saw a lovely coat in {place}",
                    "Are you coming for Sunday dinner?",
                    "Ok love x",
                    "Just checking in x",
                    "Dad's been in the garden all day",
                    "Sleep well xx",
                    "Did you get the parcel?",
                    "Make sure you lock the door",
                    "Proud of you sweetheart",
                ],
            },
            {
                me: han,
                "Mum": {
                    "lower": 0.0,
                    "typo": 0.05,
                    "abbr": 0.0,
                    "emoji": 0.1,
                    "noapos": 0.0,
                    "nopunct": 0.1,
                },
            },
        ),
        Chat(
            "ryan",
            "Ryan",
            "1:1",
            [me, "Ryan"],
            0.22,
            {
                me: [
                    *COMMON_ME,
                    "ring mum she's worried",
                    "when are you paying me back",
                    "you're an idiot",
                    "happy birthday loser",
                    "did you get the job",
                ],
                "Ryan": [
                    "alright",
                    "sound",
                    "yeah will do",
                    "lend us a tenner",
                    "city were shocking",
                    "haha",
                    "cheers sis",
                    "nah",
                    "ill ring her later",
                    "what u getting mum for xmas",
                    "mad",
                    "watching the match at {place}",
                    "ye",
                    "get in!!!",
                    "gutted",
                    "dunno",
                ],
            },
            {me: han, "Ryan": {"lower": 0.9, "typo": 0.2, "emoji": 0.1}},
        ),
        Chat(
            "priya",
            "Priya Shah",
            "1:1",
            [me, "Priya Shah"],
            0.25,
            {
                me: [
                    "morning! you in today?",
                    "payroll run is done",
                    "can you check the timesheets for me",
                    "i'm wfh tomorrow",
                    "is the meeting still on",
                    "thanks so much",
                    "coffee?",
                    "ugh the system crashed again",
                    "just sent it over",
                    "running late, bus nightmare",
                    "have a good weekend!",
                    "see you tomorrow",
                ],
                "Priya Shah": [
                    "Morning!",
                    "Yes I'm in",
                    "Can you send me the overtime sheet",
                    "Thank you!!",
                    "Coffee at 11?",
                    "Meeting moved to 2pm",
                    "Have a lovely weekend",
                    "No worries",
                    "Did you get my email?",
                    "The printer is broken again 🙄",
                    "See you tomorrow x",
                    "Lunch at {place}?",
                    "Boss is in a mood today",
                ],
            },
            {me: han, "Priya Shah": {"lower": 0.2, "typo": 0.03, "emoji": 0.15}},
        ),
        Chat(
            "quiz",
            "Quiz Night Legends 🧠",
            "group",
            [me, "Jess Okafor", "Priya Shah", "Gaz Whitlock"],
            0.35,
            {
                "*": [
                    "who's in thursday",
                    "i'm in",
                    "can't make it this week",
                    "we were robbed on the music round",
                    "2nd place again!!",
                    "table booked for 8",
                    "who knew the capital of mongolia lol",
                    "that picture round was impossible",
                    "bringing a plus one if that's ok",
                    "running late save me a seat",
                    "same team name?",
                    "what about 'quiz team aguilera'",
                    "we need a sports person",
                    "the host hates us",
                    "round of drinks on me",
                    "nah {day} is better",
                    "see you all there",
                ],
            },
            {},
        ),
    ]


def p1_plant(e: Engine) -> None:
    me, tom, jess, mum, pri, gaz = (
        "Hannah Whitfield",
        "Tom Brennan",
        "Jess Okafor",
        "Mum",
        "Priya Shah",
        "Gaz Whitlock",
    )
    P = e.plant
    # --- health (the user): low mood -> GP -> sertraline -> therapy, over weeks
    P(
        "2024-09-10 21:14:09",
        "jess",
        me,
        "been feeling proper low again tbh. like can't get out of bed low",
    )
    P("2024-09-10 21:16:40", "jess", jess, "oh babe 💕 have you thought about talking to the gp?")
    P(
        "2024-09-12 19:02:11",
        "jess",
        me,
        "booked the gp for thurs. gonna actually tell her about the depression this time",
    )
    P(
        "2024-09-19 18:31:55",
        "tom",
        me,
        "gp put me on sertraline 50mg. said give it 6 weeks before i judge it",
    )
    P("2024-09-19 18:35:02", "tom", tom, "proud of you for going x we'll get through it")
    P(
        "2024-10-02 08:12:30",
        "jess",
        me,
        "the sertraline side effects are grim, feel sick every morning",
    )
    P(
        "2024-10-15 20:40:18",
        "mum",
        me,
        "had my first therapy session today, the talking therapy one. it was ok actually",
    )
    P("2024-10-15 20:44:51", "mum", mum, "Oh love I'm so glad. Take it one day at a time xx")
    P(
        "2024-11-05 17:20:03",
        "tom",
        me,
        "can u pick up my prescription from boots on ur way? the sertraline",
    )
    P(
        "2024-11-20 22:05:47",
        "jess",
        me,
        "think the antidepressants are finally kicking in, had an actually good week",
    )
    # --- money worries (the user)
    P("2024-09-24 20:11:36", "jess", me, "skint till the 28th, can't do drinks sorry 😩")
    P("2024-10-09 21:30:12", "tom", me, "overdrawn AGAIN. the fees are killing me")
    P(
        "2024-10-22 19:45:28",
        "jess",
        me,
        "took out one of those short term loans to cover the car insurance. i know i know",
    )
    P(
        "2024-11-12 18:03:41",
        "mum",
        me,
        "mum could you lend me £60 till payday? i'll pay you back on the 28th",
    )
    P("2024-11-26 21:12:09", "tom", me, "got a letter about a missed klarna payment, feel sick")
    # --- distractors about OTHER people
    P("2024-10-06 13:22:10", "ryan", "Ryan", "lost 50 quid on bet365 on the city game lol")
    P("2024-10-06 13:25:44", "ryan", me, "ryan you need to stop with the betting apps seriously")
    P(
        "2024-11-01 12:40:19",
        "priya",
        pri,
        "Happy Diwali! Off to the mandir tonight with the family 🪔",
    )
    P("2024-10-13 11:02:33", "mum", mum, "Harvest festival at church this morning, lovely service")
    P("2024-11-17 17:30:00", "tom", tom, "new fifa pack came out, i'm doomed")
    # --- direct identifiers
    P(
        "2024-09-05 18:42:10",
        "mum",
        mum,
        "Our new landline number is 0161 496 0732 put it in your phone love",
    )
    P(
        "2024-09-08 12:15:41",
        "jess",
        jess,
        "new email btw cos work closed my old one: jess.okafor@example.org",
    )
    P("2024-09-16 10:21:03", "priya", pri, "Can you send me your NI number for the pension form?")
    P("2024-09-16 10:24:37", "priya", me, "RT 62 48 19 A")
    P("2024-09-16 10:25:02", "priya", pri, "Thank you!")
    P(
        "2024-09-27 19:13:20",
        "tom",
        me,
        "if the surgery rings while im at work my nhs no. is 943 476 5919, just tell them im free after 5",
    )
    P(
        "2024-10-18 13:09:54",
        "priya",
        me,
        "for the secret santa it's flat 2, 27 Parkfield Road, Manchester M20 6DA",
    )
    P(
        "2024-10-25 20:02:30",
        "ryan",
        "Ryan",
        "send it to 20-45-77 43981265 ta, will pay u back friday",
    )
    P(
        "2024-11-08 21:47:15",
        "tom",
        tom,
        "use my card for the flights: 4929 4817 2205 6613 exp 09/27",
    )
    P("2024-11-08 21:52:40", "tom", me, "ok booking now. need your passport number too")
    P("2024-11-08 21:55:02", "tom", tom, "it's in the drawer hang on")
    P("2024-11-08 22:01:19", "tom", me, "fine mine is 548213796 btw so you have it")
    P("2024-11-09 10:14:55", "tom", me, "hire car place wants my licence no: WHITF957127H99LK")
    P(
        "2024-11-10 11:32:07",
        "tom",
        tom,
        "the dublin apartment guy wants the deposit by bank transfer, IBAN IE29 AIBK 9311 5212 3456 78 ref 2611",
    )
    P(
        "2024-11-15 18:20:40",
        "tom",
        tom,
        "outside now, grey corsa LV68 ZPT in case you forgot what my car looks like 😂",
    )
    # --- the group's angry member
    tails = [
        "and nobody does a thing",
        "same as always",
        "mark my words",
        "while we can't heat our homes",
        "and the bbc won't say it",
        "look at the state of the nhs",
        "not in my name",
        "vote them ALL out",
        "meanwhile energy bills up again",
        "its a stitch up",
        "rent's gone mad and they dont care",
    ]
    targets = [
        "westminster",
        "the tories",
        "labour",
        "the government",
        "every mp",
        "downing street",
        "the council",
        "the lords",
        "these career politicians",
        "the so called opposition",
        "no 10",
    ]
    rng = random.Random(6101)
    days = e.days()
    for i, line in enumerate(angry_lines(rng, 66, targets, tails)):
        d = days[(i * 89) // 66 + rng.randrange(2)]
        t = f"{d.isoformat()} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        P(t, "quiz", gaz, line)
    P("2024-10-03 20:31:10", "quiz", me, "gaz pls can we keep the politics out of the quiz chat 🙏")
    P("2024-10-03 20:33:29", "quiz", jess, "seconded 😂")


def p1_telegram(e: Engine, chats: list[Chat]) -> bytes:
    rng = random.Random(611)
    ids = {
        "Hannah Whitfield": 5120443871,
        "Tom Brennan": 6012948376,
        "Jess Okafor": 1849203756,
        "Mum": 907245531,
        "Ryan": 2093847561,
        "Priya Shah": 5588012943,
        "Gaz Whitlock": 6234500187,
    }
    tok = re.compile(r"(\+?\d[\d ]{8,}\d|[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+)")

    def rich(text: str) -> tuple[object, list[dict[str, str]]]:
        parts = tok.split(text)
        if len(parts) == 1:
            return text, ([{"type": "plain", "text": text}] if text else [])
        out: list[object] = []
        ents: list[dict[str, str]] = []
        for i, p in enumerate(parts):
            if not p:
                continue
            if i % 2 == 1:
                typ = "email" if "@" in p else "link" if p.startswith("http") else "phone"
                ok = typ != "phone" or (
                    len(re.sub(r"\D", "", p)) in (10, 11, 12) and not parts[i - 1].endswith("-")
                )
                if ok:
                    out.append({"type": typ, "text": p})
                    ents.append({"type": typ, "text": p})
                    continue
            if out and isinstance(out[-1], str):
                out[-1] = out[-1] + p
                ents[-1]["text"] += p
            else:
                out.append(p)
                ents.append({"type": "plain", "text": p})
        if len(out) == 1 and isinstance(out[0], str):
            return out[0], ents
        return out, ents

    chat_list: list[dict[str, object]] = []
    mid = 1000
    for ch in chats:
        msgs = []
        ms_list = e.by_chat(ch.key)
        if ch.kind == "group":
            first = ms_list[0].dt - timedelta(minutes=5)
            mid += 1
            msgs.append(
                {
                    "id": mid,
                    "type": "service",
                    "date": first.strftime("%Y-%m-%dT%H:%M:%S"),
                    "date_unixtime": str(int(first.timestamp())),
                    "actor": "Jess Okafor",
                    "actor_id": f"user{ids['Jess Okafor']}",
                    "action": "invite_members",
                    "members": ["Gaz Whitlock"],
                    "text": "",
                    "text_entities": [],
                }
            )
        recent: list[int] = []
        for m in ms_list:
            mid += rng.randint(1, 3)
            o: dict[str, object] = {
                "id": mid,
                "type": "message",
                "date": m.dt.strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(int(m.dt.timestamp())),
            }
            if m.edited:
                ed = m.dt + timedelta(seconds=rng.randint(20, 200))
                o["edited"] = ed.strftime("%Y-%m-%dT%H:%M:%S")
                o["edited_unixtime"] = str(int(ed.timestamp()))
            o["from"] = m.sender
            o["from_id"] = f"user{ids[m.sender]}"
            if m.reply and recent:
                o["reply_to_message_id"] = rng.choice(recent[-4:])
            if m.media == "photo":
                o["photo"] = "(File not included. Change data exporting settings to download.)"
                o["width"], o["height"] = rng.choice([(1280, 960), (960, 1280), (1179, 2556)])
            elif m.media == "voice":
                o["file"] = "(File not included. Change data exporting settings to download.)"
                o["media_type"] = "voice_message"
                o["mime_type"] = "audio/ogg"
                o["duration_seconds"] = rng.randint(3, 95)
            elif m.media == "video":
                o["file"] = "(File not included. Change data exporting settings to download.)"
                o["thumbnail"] = "(File not included. Change data exporting settings to download.)"
                o["media_type"] = "video_file"
                o["mime_type"] = "video/mp4"
                o["duration_seconds"] = rng.randint(4, 40)
                o["width"], o["height"] = 720, 1280
            elif m.media == "sticker":
                o["file"] = "(File not included. Change data exporting settings to download.)"
                o["thumbnail"] = "(File not included. Change data exporting settings to download.)"
                o["media_type"] = "sticker"
                o["sticker_emoji"] = rng.choice(["😂", "❤️", "👍", "🥺", "😴"])
                o["width"], o["height"] = 512, 512
            text, ents = rich(m.text)
            o["text"] = text
            o["text_entities"] = ents
            msgs.append(o)
            recent.append(mid)
        c: dict[str, object] = {
            "name": ch.title,
            "type": "private_supergroup" if ch.kind == "group" else "personal_chat",
        }
        c["id"] = 1700000000 + len(chat_list) * 7919 if ch.kind == "group" else ids[ch.title]
        c["messages"] = msgs
        chat_list.append(c)
    contacts = []
    for fn, ln, phone, saved in [
        ("Tom", "Brennan", "+447700900391", "2023-03-14T19:22:05"),
    ]:
        sdt = datetime.strptime(saved, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=P1_TZ)
        contacts.append(
            {
                "user_id": ids[(fn + " " + ln).strip()],
                "first_name": fn,
                "last_name": ln,
                "phone_number": phone,
                "date": saved,
                "date_unixtime": str(int(sdt.timestamp())),
            }
        )
    obj = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data.",
        "personal_information": {
            "about": "Your account information.",
            "user_id": ids["Hannah Whitfield"],
            "first_name": "Hannah",
            "last_name": "Whitfield",
            "phone_number": "+44 7700 900417",
            "username": "@hanwhit",
            "bio": "mcr 🐝 | tea > coffee",
        },
        "contacts": {"about": "Contacts synchronized from your devices.", "list": contacts},
        "chats": {"about": "This page lists all chats from this export.", "list": chat_list},
    }
    return json.dumps(obj, indent=1, ensure_ascii=False).encode("utf-8")


def rand_id(
    rng: random.Random,
    n: int,
    alphabet: str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def p1_monzo(e: Engine) -> bytes:
    rng = random.Random(612)
    header = [
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
    rows: list[tuple[datetime, list[str]]] = []

    def add(
        dt: datetime,
        typ: str,
        name: str,
        emoji: str,
        cat: str,
        amount: float,
        notes: str = "",
        address: str = "",
        desc: str = "",
    ) -> None:
        a = f"{amount:.2f}"
        rows.append(
            (
                dt,
                [
                    "tx_0000" + rand_id(rng, 18),
                    dt.strftime("%d/%m/%Y"),
                    dt.strftime("%H:%M:%S"),
                    typ,
                    name,
                    emoji,
                    cat,
                    a,
                    "GBP",
                    a,
                    "GBP",
                    notes,
                    address,
                    "",
                    desc or name.upper(),
                    "",
                    a if amount < 0 else "",
                    a if amount > 0 else "",
                ],
            )
        )

    def at(d: date, h: int, m: int) -> datetime:
        return datetime(d.year, d.month, d.day, h, m, rng.randrange(60), tzinfo=P1_TZ)

    shops = [
        ("Tesco", "🛒", "Groceries", 8, 38, "TESCO STORES 2231 MANCHESTER GBR"),
        ("Aldi", "🛒", "Groceries", 12, 45, "ALDI 84 MANCHESTER GBR"),
        ("Co-op", "🛒", "Groceries", 3, 14, "CO-OP GROUP FOOD DIDSBURY GBR"),
        ("Greggs", "🍔", "Eating out", 2, 7, "GREGGS PLC MANCHESTER GBR"),
        ("Costa Coffee", "☕", "Eating out", 3, 6, "COSTA COFFEE 43011 MANCHESTER GBR"),
        ("Deliveroo", "🍔", "Eating out", 14, 32, "DELIVEROO LONDON GBR"),
        ("Bee Network", "🚌", "Transport", 2, 2, "BEE NETWORK BUS MANCHESTER GBR"),
        ("Primark", "🛍", "Shopping", 6, 30, "PRIMARK MANCHESTER GBR"),
        ("Boots", "💊", "Personal care", 4, 18, "BOOTS 1187 DIDSBURY GBR"),
        ("Amazon", "📦", "Shopping", 7, 40, "AMAZON.CO.UK*RT4KL22 AMAZON.CO.UK GBR"),
    ]
    for d in e.days():
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
            n, em, cat, lo, hi, desc = rng.choice(shops)
            if n == "Bee Network" and d.weekday() >= 5:
                continue
            amt = -2.0 if lo == hi else -round(rng.uniform(lo, hi), 2)
            add(
                at(d, rng.randint(8, 21), rng.randint(0, 59)),
                "Card payment",
                n,
                em,
                cat,
                amt,
                desc=desc,
            )
        if d.day == 1:
            add(
                at(d, 9, 2),
                "Faster payment",
                "R J Property Lettings",
                "🏠",
                "Bills",
                -675.00,
                "rent flat 2 27 parkfield rd",
            )
        if d.day == 3:
            add(
                at(d, 9, 10),
                "Direct Debit",
                "Manchester City Council",
                "🏛",
                "Bills",
                -118.00,
                desc="MANCHESTER CC CTAX",
            )
        if d.day == 8:
            add(at(d, 9, 12), "Direct Debit", "Vodafone", "📱", "Bills", -24.00)
        if d.day == 12:
            add(at(d, 9, 14), "Direct Debit", "Octopus Energy", "⚡", "Bills", -96.40)
        if d.day == 14:
            add(
                at(d, 8, 58),
                "Card payment",
                "Spotify",
                "🎵",
                "Entertainment",
                -11.99,
                desc="SPOTIFY P2B71C99 STOCKHOLM SWE",
            )
        if d.day == 20:
            add(at(d, 9, 1), "Direct Debit", "PureGym", "💪", "Personal care", -24.99)
        if d.day in (5, 19):
            add(
                at(d, 9, 30),
                "Card payment",
                "Klarna",
                "💳",
                "Shopping",
                -33.17,
                desc="KLARNA*ASOS.COM",
            )
        if d.day == 28 or (d.day == 27 and d.weekday() == 4):
            if d.day == 28 and d.weekday() >= 5:
                continue
            add(
                at(d, 8, 30),
                "Faster payment",
                "HALDEN & ROWE LTD",
                "💰",
                "Income",
                1987.43,
                desc="HALDEN & ROWE LTD SALARY",
            )
        if d.day == 2:
            add(
                at(d, 8, 0),
                "Monzo fee",
                "Overdraft interest",
                "🏦",
                "Bills",
                -round(rng.uniform(6, 14), 2),
                desc="OVERDRAFT INTEREST",
            )
    add(
        at(date(2024, 10, 22), 14, 5),
        "Faster payment",
        "LENDING STREAM",
        "💰",
        "Income",
        300.00,
        desc="LENDING STREAM LOAN",
    )
    for d in (date(2024, 11, 1), date(2024, 11, 29)):
        add(at(d, 9, 30), "Direct Debit", "Lending Stream", "🏦", "Bills", -112.80)
    add(at(date(2024, 10, 24), 10, 2), "Card payment", "Admiral Insurance", "🚗", "Bills", -286.55)
    for d in (date(2024, 9, 19), date(2024, 10, 17), date(2024, 11, 14)):
        add(
            at(d, 17, 50),
            "Card payment",
            "Boots",
            "💊",
            "Personal care",
            -9.90,
            "prescription",
            desc="BOOTS 1187 DIDSBURY GBR",
        )
    add(
        at(date(2024, 9, 14), 22, 55),
        "Faster payment",
        "Jess Okafor",
        "👯",
        "Transfers",
        -18.50,
        "pizza 🍕",
    )
    add(
        at(date(2024, 10, 20), 12, 40),
        "Faster payment",
        "Jess Okafor",
        "👯",
        "Transfers",
        25.00,
        "concert ticket",
    )
    add(
        at(date(2024, 10, 25), 20, 6),
        "Faster payment",
        "RYAN WHITFIELD",
        "",
        "Transfers",
        -40.00,
        "dont spend it on bets",
    )
    add(
        at(date(2024, 11, 12), 19, 0),
        "Faster payment",
        "Linda Whitfield",
        "",
        "Transfers",
        60.00,
        "love mum x",
    )
    add(
        at(date(2024, 11, 8), 22, 10),
        "Faster payment",
        "Tom Brennan",
        "❤️",
        "Transfers",
        -85.00,
        "my half of the flights",
    )
    for d in e.days():
        if d.weekday() == 4 and rng.random() < 0.5:
            add(
                at(d, 20, rng.randint(0, 59)),
                "Card payment",
                "The Railway Didsbury",
                "🍺",
                "Eating out",
                -round(rng.uniform(9, 26), 2),
                desc="THE RAILWAY DIDSBURY GBR",
            )
    rows.sort(key=lambda r: r[0])
    for dt, _ in rows:
        assert e.awake(dt), dt
    return csv_bytes([header] + [r for _, r in rows], lineterm="\n")


def ig_thread(e: Engine, key: str, title: str, me: str, folder: str, rng: random.Random) -> bytes:
    msgs = e.by_chat(key)
    out = []
    for m in reversed(msgs):  # newest first, as exported
        o: dict[str, object] = {"sender_name": m.sender, "timestamp_ms": ms(m.dt)}
        if m.media == "photo":
            o["photos"] = [
                {
                    "uri": f"your_instagram_activity/messages/inbox/{folder}/photos/{rng.randrange(10**17, 10**18)}.jpg",
                    "creation_timestamp": int(m.dt.timestamp()),
                }
            ]
        elif m.media in ("video", "voice", "sticker"):
            o["share"] = {"link": f"https://www.instagram.com/reel/{rand_id(rng, 11)}/"}
            o["content"] = f"{m.sender} sent an attachment."
        else:
            o["content"] = m.text
        if rng.random() < 0.12:
            o["reactions"] = [
                {"reaction": rng.choice(["❤", "😂", "😮"]), "actor": rng.choice([me, title])}
            ]
        o["is_geoblocked_for_viewer"] = False
        out.append(o)
    obj = {
        "participants": [{"name": title}, {"name": me}],
        "messages": out,
        "title": title,
        "is_still_participant": True,
        "thread_path": f"inbox/{folder}",
        "magic_words": [],
    }
    return meta_json(obj)


def p1_instagram(e: Engine, root: Path) -> dict[str, bytes]:
    rng = random.Random(613)
    me = "Hannah Whitfield"
    files: dict[str, bytes] = {}
    files["your_instagram_activity/messages/inbox/chloebarnes_17843012345678901/message_1.json"] = (
        ig_thread(e, "chloe", "Chloe Barnes", me, "chloebarnes_17843012345678901", rng)
    )
    files["your_instagram_activity/messages/inbox/leahmurphy_17845098765432101/message_1.json"] = (
        ig_thread(e, "leah", "Leah Murphy", me, "leahmurphy_17845098765432101", rng)
    )
    files["personal_information/personal_information/personal_information.json"] = meta_json(
        {
            "profile_user": [
                {
                    "media_map_data": {
                        "Profile Photo": {
                            "uri": "media/profile/202309/1234567890.jpg",
                            "creation_timestamp": 1694434800,
                            "title": "",
                        }
                    },
                    "string_map_data": {
                        "Email": {
                            "href": "",
                            "value": "hannah.whitfield@example.com",
                            "timestamp": 0,
                        },
                        "Username": {"href": "", "value": "han.whitfield", "timestamp": 0},
                        "Name": {"href": "", "value": "Hannah Whitfield", "timestamp": 0},
                        "Bio": {
                            "href": "",
                            "value": "manchester 🐝 | dogs > people",
                            "timestamp": 0,
                        },
                        "Gender": {"href": "", "value": "female", "timestamp": 0},
                        "Date of birth": {"href": "", "value": "1997-07-12", "timestamp": 0},
                        "Private Account": {"href": "", "value": "True", "timestamp": 0},
                    },
                }
            ]
        }
    )
    comments = []
    for when, owner, text in [
        ("2024-09-21 20:14:02", "jess.okf", "@jess.okf stunning 😍😍"),
        ("2024-10-05 12:40:51", "inkworks.mcr", "obsessed with this one"),
        ("2024-10-31 21:02:33", "jess.okf", "best witch in didsbury 🧙‍♀️"),
        ("2024-11-23 18:10:09", "thetuesdaybakery", "the cinnamon buns were unreal x"),
    ]:
        dt = datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=P1_TZ)
        assert e.awake(dt)
        comments.append(
            {
                "media_list_data": [{"uri": ""}],
                "string_map_data": {
                    "Comment": {"value": text},
                    "Media Owner": {"value": owner},
                    "Time": {"timestamp": int(dt.timestamp())},
                },
            }
        )
    files["your_instagram_activity/comments/post_comments_1.json"] = meta_json(comments)
    posts = []
    for when, cap in [
        ("2024-09-14 19:30:00", "pizza night w the fav 🍕"),
        ("2024-10-12 16:05:00", "autumn walks 🍂"),
        ("2024-11-02 20:20:00", "bonfire night came early 🎆"),
        ("2024-11-24 11:45:00", "sunday reset ☕"),
    ]:
        dt = datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=P1_TZ)
        posts.append(
            {
                "media": [
                    {
                        "uri": f"media/posts/{dt:%Y%m}/{rng.randrange(10**17, 10**18)}.jpg",
                        "creation_timestamp": int(dt.timestamp()),
                        "title": cap,
                    }
                ]
            }
        )
    files["your_instagram_activity/content/posts_1.json"] = meta_json(posts)
    return files


def fmt_deg(lat: float, lon: float) -> str:
    return f"{lat:.7f}°, {lon:.7f}°"


def p1_timeline(
    e: Engine,
    home: tuple[float, float],
    work: tuple[float, float],
    extras: list[tuple[str, float, float]],
) -> bytes:
    rng = random.Random(614)
    tz = P1_TZ

    def iso(dt: datetime) -> str:
        return dt.isoformat(timespec="milliseconds")

    def off(dt: datetime) -> int:
        o = dt.utcoffset()
        assert o is not None
        return int(o.total_seconds() // 60)

    def jitter(p: tuple[float, float], r: float = 0.0004) -> tuple[float, float]:
        return (p[0] + rng.uniform(-r, r), p[1] + rng.uniform(-r, r))

    segs: list[dict[str, object]] = []

    def visit(a: datetime, b: datetime, p: tuple[float, float], pid: str, sem: str) -> None:
        q = jitter(p, 0.0002)
        segs.append(
            {
                "startTime": iso(a),
                "endTime": iso(b),
                "startTimeTimezoneUtcOffsetMinutes": off(a),
                "endTimeTimezoneUtcOffsetMinutes": off(b),
                "visit": {
                    "hierarchyLevel": 0,
                    "probability": round(rng.uniform(0.7, 0.98), 2),
                    "topCandidate": {
                        "placeId": pid,
                        "semanticType": sem,
                        "probability": round(rng.uniform(0.6, 0.95), 2),
                        "placeLocation": {"latLng": fmt_deg(*q)},
                    },
                },
            }
        )

    def move(
        a: datetime, b: datetime, p: tuple[float, float], q: tuple[float, float], mode: str
    ) -> None:
        pts = []
        n = 4
        for i in range(n + 1):
            f = i / n
            pts.append(
                {
                    "point": fmt_deg(
                        *jitter((p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f), 0.0008)
                    ),
                    "time": iso(a + (b - a) * f),
                }
            )
        segs.append(
            {
                "startTime": iso(a),
                "endTime": iso(b),
                "startTimeTimezoneUtcOffsetMinutes": off(a),
                "endTimeTimezoneUtcOffsetMinutes": off(b),
                "timelinePath": pts,
            }
        )
        segs.append(
            {
                "startTime": iso(a),
                "endTime": iso(b),
                "startTimeTimezoneUtcOffsetMinutes": off(a),
                "endTimeTimezoneUtcOffsetMinutes": off(b),
                "activity": {
                    "start": {"latLng": fmt_deg(*p)},
                    "end": {"latLng": fmt_deg(*q)},
                    "distanceMeters": round(
                        abs(p[0] - q[0]) * 111000 + abs(p[1] - q[1]) * 66000, 1
                    ),
                    "topCandidate": {"type": mode, "probability": round(rng.uniform(0.5, 0.9), 2)},
                },
            }
        )

    HOME_ID, WORK_ID = "ChIJ3b7mQk2ye0gRk1Jx0Hq2sYc", "ChIJa1x8Hc-te0gR2m0vA7pZQ4E"
    days = e.days()
    cur = datetime.combine(days[0], time(0, 0), tzinfo=tz)
    for d in days:

        def t(h: int, m: int, d: date = d) -> datetime:
            return datetime(d.year, d.month, d.day, h, m, rng.randrange(60), tzinfo=tz)

        if d.weekday() < 5:
            leave = t(8, rng.randint(5, 20))
            arrive = leave + timedelta(minutes=rng.randint(28, 40))
            visit(cur, leave, home, HOME_ID, "HOME")
            move(leave, arrive, home, work, "IN_BUS")
            out = t(17, rng.randint(10, 35))
            visit(arrive, out, work, WORK_ID, "WORK")
            back = out + timedelta(minutes=rng.randint(30, 45))
            move(out, back, work, home, "IN_BUS")
            cur = back
            if rng.random() < 0.3:
                _name, la, lo = rng.choice(extras)
                go = t(19, rng.randint(0, 30))
                visit(cur, go, home, HOME_ID, "HOME")
                arr = go + timedelta(minutes=12)
                move(go, arr, home, (la, lo), "WALKING")
                lv = arr + timedelta(minutes=rng.randint(45, 110))
                visit(arr, lv, (la, lo), "ChIJ" + rand_id(rng, 23), "UNKNOWN")
                cur = lv + timedelta(minutes=14)
                move(lv, cur, (la, lo), home, "WALKING")
        else:
            if rng.random() < 0.8:
                _name, la, lo = rng.choice(extras)
                go = t(rng.randint(10, 14), rng.randint(0, 59))
                visit(cur, go, home, HOME_ID, "HOME")
                arr = go + timedelta(minutes=rng.randint(10, 25))
                move(
                    go,
                    arr,
                    home,
                    (la, lo),
                    rng.choice(["WALKING", "IN_PASSENGER_VEHICLE", "IN_BUS"]),
                )
                lv = arr + timedelta(minutes=rng.randint(60, 200))
                visit(arr, lv, (la, lo), "ChIJ" + rand_id(rng, 23), "UNKNOWN")
                cur = lv + timedelta(minutes=rng.randint(10, 25))
                move(lv, cur, (la, lo), home, "WALKING")
    end = datetime.combine(days[-1] + timedelta(days=1), time(0, 0), tzinfo=tz)
    visit(cur, end, home, HOME_ID, "HOME")
    obj = {
        "semanticSegments": segs,
        "rawSignals": [],
        "userLocationProfile": {
            "frequentPlaces": [
                {"placeId": HOME_ID, "placeLocation": fmt_deg(*home), "label": "HOME"},
                {"placeId": WORK_ID, "placeLocation": fmt_deg(*work), "label": "WORK"},
            ]
        },
    }
    return json.dumps(obj, indent=2, ensure_ascii=False).encode("utf-8")


def decoded_texts(path: Path) -> list[str]:
    """The file's text after decoding (and, for Meta JSON, with the mojibake repaired)."""
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    out = [text]
    if path.suffix == ".json":

        def walk(o: object) -> None:
            if isinstance(o, str):
                try:
                    out.append(o.encode("latin-1").decode("utf-8"))
                except (UnicodeEncodeError, UnicodeDecodeError):
                    out.append(o)
            elif isinstance(o, list):
                for x in o:
                    walk(x)
            elif isinstance(o, dict):
                for x in o.values():
                    walk(x)

        walk(json.loads(text))
    return out


def finish(
    pdir: Path,
    pid: str,
    description: str,
    tz: str,
    user: dict[str, list[str]],
    pii: list[tuple[str, str, str]],
    facts: dict[str, object],
) -> None:
    entries = []
    seen = set()
    for f, typ, val in pii:
        assert (f, val) not in seen, (f, val)
        seen.add((f, val))
        texts = decoded_texts(pdir / f)
        assert any(val in t for t in texts), (pid, f, val)
        entries.append({"file": f, "entity_type": typ, "value": val})
    assert 25 <= len(entries) <= 35, (pid, len(entries))
    write(pdir / "ground_truth.json", ground_truth(pid, description, tz, user, entries, facts))


LEAH_ME = [
    "omg hiii",
    "how's dublin treating you",
    "we need to facetime soon",
    "miss uni days so much",
    "did you see what happened on the group",
    "i still think about that night in fallowfield 😂",
    "when are you next back in mcr",
    "your new flat looks gorgeous",
    "i'm good, bit rubbish lately but ok",
    "obsessed with your new tattoo",
    "yesss come visit",
    "lol that's so you",
    "aww love that",
]
LEAH_OTHER = [
    "HANNAH",
    "hiii stranger",
    "dublin is class but so expensive",
    "ugh i miss you",
    "facetime {day}?",
    "back in mcr for xmas!!",
    "we HAVE to go out when i'm back",
    "new tattoo who dis",
    "sending love x",
    "that's mad",
    "saw this and thought of u",
    "hahaha stop",
    "work is killing me",
    "i'll send you pics",
]


def p1(out: Path) -> None:
    pid = "uk_hannah_manchester"
    pdir = out / pid
    e = Engine(6100, P1_TZ, date(2024, 9, 2), date(2024, 12, 1), time(7, 0), time(23, 30), UK_SLOTS)
    chats = p1_chats()
    me = "Hannah Whitfield"
    ig = [
        Chat(
            "leah",
            "Leah Murphy",
            "1:1",
            [me, "Leah Murphy"],
            0.12,
            {me: LEAH_ME, "Leah Murphy": LEAH_OTHER},
            {me: {"lower": 0.8, "emoji": 0.3}, "Leah Murphy": {"lower": 0.6, "emoji": 0.4}},
        )
    ]
    e.simulate(chats + ig, me)
    p1_plant(e)
    P = e.plant
    P("2024-10-19 10:02:11", "chloe", me, "hiya is the grey sofa still available?")
    P("2024-10-19 10:30:48", "chloe", "Chloe Barnes", "yes hun! £80 ono, collection only")
    P("2024-10-19 10:33:05", "chloe", me, "perfect, could i get it tomorrow afternoon?")
    P(
        "2024-10-19 10:41:27",
        "chloe",
        "Chloe Barnes",
        "yeah 2pm is fine. it's 41b Clarendon Rd, M16 8LD, the blue door",
    )
    P(
        "2024-10-19 10:42:10",
        "chloe",
        "Chloe Barnes",
        "my number's 07700 900645 text when ur outside",
    )
    P(
        "2024-10-19 10:45:52",
        "chloe",
        me,
        "amazing thank you! will bring my boyfriend to carry it 😅",
    )
    P("2024-10-20 14:07:33", "chloe", me, "outside x")
    P("2024-10-20 14:31:02", "chloe", "Chloe Barnes", "enjoy it!! x")
    P(
        "2024-11-28 19:20:40",
        "leah",
        "Leah Murphy",
        "hows the new tablets going? you seemed so much happier on the phone x",
    )
    P(
        "2024-11-28 19:25:12",
        "leah",
        me,
        "much better honestly, the sertraline took ages but i feel like me again",
    )
    files: dict[str, bytes] = {}
    tg = "Telegram Desktop/DataExport_2024-12-01/result.json"
    files[tg] = p1_telegram(e, chats)
    mz = "monzo/MonzoDataExport_01-09-2024_01-12-2024.csv"
    files[mz] = p1_monzo(e)
    igroot = "instagram-han.whitfield-2024-12-01-Xk3pQ2aL/"
    for k, v in p1_instagram(e, Path(igroot)).items():
        files[igroot + k] = v
    home, work = (53.417302, -2.231644), (53.465518, -2.318072)
    files["Timeline.json"] = p1_timeline(
        e,
        home,
        work,
        [
            ("gym", 53.42915, -2.22861),
            ("tesco", 53.42411, -2.23977),
            ("pub", 53.41602, -2.22955),
            ("mums", 53.39820, -2.15230),
        ],
    )
    for k, v in files.items():
        write(pdir / k, v)
    igd = igroot + "your_instagram_activity/messages/inbox/"
    chl = igd + "chloebarnes_17843012345678901/message_1.json"
    lea = igd + "leahmurphy_17845098765432101/message_1.json"
    prof = igroot + "personal_information/personal_information/personal_information.json"
    com = igroot + "your_instagram_activity/comments/post_comments_1.json"
    pii = [
        (tg, "PERSON", "Hannah Whitfield"),
        (tg, "PHONE_NUMBER", "+44 7700 900417"),
        (tg, "USERNAME", "@hanwhit"),
        (tg, "PERSON", "Tom Brennan"),
        (tg, "PHONE_NUMBER", "+447700900391"),
        (tg, "PERSON", "Jess Okafor"),
        (tg, "IBAN_CODE", "IE29 AIBK 9311 5212 3456 78"),
        (tg, "PERSON", "Ryan"),
        (tg, "PERSON", "Priya Shah"),
        (tg, "PERSON", "Gaz Whitlock"),
        (tg, "PHONE_NUMBER", "0161 496 0732"),
        (tg, "EMAIL_ADDRESS", "jess.okafor@example.org"),
        (tg, "UK_NINO", "RT 62 48 19 A"),
        (tg, "UK_NHS", "943 476 5919"),
        (tg, "ADDRESS", "flat 2, 27 Parkfield Road, Manchester M20 6DA"),
        (tg, "BANK_ACCOUNT", "20-45-77 43981265"),
        (tg, "CREDIT_CARD", "4929 4817 2205 6613"),
        (tg, "UK_PASSPORT", "548213796"),
        (tg, "UK_DRIVING_LICENCE", "WHITF957127H99LK"),
        (tg, "LICENSE_PLATE", "LV68 ZPT"),
        (mz, "ADDRESS", "flat 2 27 parkfield rd"),
        (mz, "PERSON", "Jess Okafor"),
        (mz, "PERSON", "RYAN WHITFIELD"),
        (mz, "PERSON", "Linda Whitfield"),
        (mz, "PERSON", "Tom Brennan"),
        (chl, "PERSON", "Chloe Barnes"),
        (chl, "ADDRESS", "41b Clarendon Rd, M16 8LD"),
        (chl, "PHONE_NUMBER", "07700 900645"),
        (lea, "PERSON", "Leah Murphy"),
        (chl, "PERSON", "Hannah Whitfield"),
        (lea, "PERSON", "Hannah Whitfield"),
        (prof, "PERSON", "Hannah Whitfield"),
        (prof, "EMAIL_ADDRESS", "hannah.whitfield@example.com"),
        (com, "USERNAME", "jess.okf"),
        (prof, "USERNAME", "han.whitfield"),
    ]
    assert luhn_ok("4929 4817 2205 6613") and nhs_complete("943476591") == "9434765919"
    assert iban_ok("IE29 AIBK 9311 5212 3456 78")
    chats_all = chats + ig + [Chat("chloe", "Chloe Barnes", "1:1", [me, "Chloe Barnes"], 0)]
    n_chat = len(e.msgs)
    assert 1200 <= n_chat <= 2000, n_chat
    facts: dict[str, object] = {
        "home": {
            "lat": home[0],
            "lon": home[1],
            "radius_m": 300,
            "address": "flat 2, 27 Parkfield Road, Manchester M20 6DA",
            "city": "Manchester",
        },
        "work": {"lat": work[0], "lon": work[1], "radius_m": 300, "employer": "Halden & Rowe Ltd"},
        "sleep_window": {"start": "23:30", "end": "07:00", "tolerance_min": 60},
        "top_contacts": top_contacts(e, chats_all),
        "relationships": [
            {"name": "Tom Brennan", "relationship": "partner", "full_name": "Tom Brennan"},
            {"name": "Mum", "relationship": "mother", "full_name": "Linda Whitfield"},
            {"name": "Ryan", "relationship": "brother", "full_name": "Ryan Whitfield"},
            {"name": "Jess Okafor", "relationship": "close friend", "full_name": "Jess Okafor"},
            {"name": "Priya Shah", "relationship": "colleague", "full_name": "Priya Shah"},
        ],
        "religion": {"value": False},
        "health": {
            "value": "depression, treated with sertraline (antidepressant) and talking therapy"
        },
        "politics": {"value": False},
        "financial_stress": {"value": True},
        "gambling": {"value": False},
        "gaming": {"value": False},
        "salary": {
            "amount": "1987.43",
            "currency": "GBP",
            "payer": "HALDEN & ROWE LTD",
            "period": "monthly",
        },
        "risky_contact": {
            "name": "Gaz Whitlock",
            "why": "posts 66 distinct angry political rants in the 'Quiz Night Legends 🧠' group chat",
        },
    }
    user = {
        "names": ["Hannah Whitfield", "Hannah", "Han"],
        "phones": ["+44 7700 900417"],
        "emails": ["hannah.whitfield@example.com"],
        "handles": ["@hanwhit", "han.whitfield"],
    }
    finish(
        pdir,
        pid,
        "Hannah Whitfield, 27, payroll clerk in Trafford Park, rents a flat in Didsbury, Manchester. "
        "Sep-Dec 2024: Telegram Desktop full export, Monzo CSV, Instagram export (DMs, comments, profile), "
        "Google on-device Timeline.json. Planted: depression/sertraline, overdraft and a payday loan.",
        "Europe/London",
        user,
        pii,
        facts,
    )


# ----------------------------------------------------------------------------------------------
# persona 2: Marcus Reyes, South Philadelphia (America/New_York)

P2_TZ = ZoneInfo("America/New_York")

US_SLOTS = {
    "food": [
        "wings",
        "pizza",
        "cheesesteaks",
        "tacos",
        "chinese",
        "pho",
        "hoagies",
        "sushi",
        "a burger",
    ],
    "show": [
        "severance",
        "the white lotus",
        "the pitt",
        "reacher",
        "yellowstone",
        "abbott elementary",
        "love is blind",
    ],
    "shop": [
        "milk",
        "eggs",
        "paper towels",
        "coffee",
        "bread",
        "a rotisserie chicken",
        "beer",
        "dish soap",
    ],
    "day": ["saturday", "sunday", "friday", "tomorrow", "next week", "thursday", "the weekend"],
    "time": ["7", "7:30", "8", "6ish", "after work", "around 9"],
    "place": [
        "wawa",
        "the rec center",
        "passyunk",
        "the shore",
        "fishtown",
        "the gym",
        "target",
        "the mall",
    ],
    "money": ["20", "40", "15", "30", "50", "25"],
}
US_ME = [
    "omw",
    "running like 10 min late",
    "what time you get off",
    "did you see that",
    "lol facts",
    "bet",
    "long day man",
    "i'm beat",
    "that's wild",
    "wait what",
    "nah",
    "yeah that works",
    "call you in a bit",
    "just got home",
    "you want {food} tonight?",
    "it's freezing out",
    "you watching {show}?",
    "send me the link",
    "lmao stop",
    "fair",
    "that's annoying",
    "grab {shop} on your way?",
    "how'd it go",
    "any update?",
    "yup",
    "nope",
    "maybe {day}",
    "free {day} if you are",
    "swear this week is never ending",
    "k",
    "for real",
    "heading to {place}",
    "you need anything from {place}?",
    "haha ok",
    "i got you",
]
PHILLY_ME = [
    "just finished a job in delco, 2 hours in traffic",
    "the van heater is busted again",
    "go birds",
]
PHILLY_OTHER = ["traffic on 95 is a nightmare", "go birds 🦅"]

US_OTHER = [
    "lol",
    "same",
    "where you at",
    "text me when you get home",
    "what you doing {day}",
    "you want {food}?",
    "i'm crying 😂",
    "ugh",
    "oh no",
    "sounds good",
    "yessir",
    "how was your day",
    "send pics",
    "ok ok",
    "did you get my text",
    "calling you in 5",
    "yo did you hear",
    "that's crazy",
    "you good?",
    "i'm at {place}",
    "so cold",
    "hahaha no",
    "you're joking",
    "what's the plan",
    "thought so",
    "classic",
    "nice",
    "bet",
    "it's giving",
    "i'm dead",
    "word",
    "ok cool",
]


def p2_chats() -> list[Chat]:
    me = "Marcus Reyes"
    mar = {
        "lower": 0.85,
        "typo": 0.12,
        "abbr": 0.5,
        "emoji": 0.2,
        "noapos": 0.5,
        "emojis": ["😂", "💯", "🦅", "🙏", "😤", "👍", "🤣", "🔥"],
    }
    return [
        Chat(
            "dani",
            "Danielle Brooks",
            "1:1",
            [me, "Danielle Brooks"],
            1.05,
            {
                me: [
                    *US_ME,
                    "love you",
                    "you staying over tonight?",
                    "what you want for dinner",
                    "miss you",
                    "i'll pick you up at {time}",
                    "night babe",
                    "good morning beautiful",
                    "you up?",
                    "landlord texted about the lease",
                    "i'll do the dishes when i get in",
                ],
                "Danielle Brooks": [
                    *US_OTHER,
                    "babe",
                    "love you",
                    "miss youuu",
                    "pick up {shop}?",
                    "my sister is driving me crazy",
                    "can't wait to see you",
                    "good morning ☀️",
                    "night love",
                    "did you eat",
                    "leaving work now",
                    "are we still on for {day}",
                    "you're the best 🥹",
                ],
            },
            {
                me: mar,
                "Danielle Brooks": {
                    "lower": 0.6,
                    "emoji": 0.45,
                    "emojis": ["🥹", "😘", "💕", "😂", "🙄", "✨"],
                },
            },
        ),
        Chat(
            "andre",
            "Andre Watkins",
            "1:1",
            [me, "Andre Watkins"],
            0.75,
            {
                me: [
                    *US_ME,
                    "you hooping {day}?",
                    "birds looked nasty yesterday",
                    "pull up",
                    "who you got tonight",
                    "nah that ref was blind",
                    "you still at the warehouse?",
                    "bro",
                ],
                "Andre Watkins": [
                    *US_OTHER,
                    "broooo",
                    "you see that play??",
                    "qb looked crazy",
                    "run it back {day}",
                    "pull up to mine",
                    "our rb is HIM",
                    "i'm off {day}",
                    "lmaooo",
                    "say less",
                    "on my way",
                    "u tryna get {food}",
                ],
            },
            {me: mar, "Andre Watkins": {"lower": 0.9, "typo": 0.2, "emoji": 0.3}},
        ),
        Chat(
            "mom",
            "Carmen Reyes",
            "1:1",
            [me, "Carmen Reyes"],
            0.5,
            {
                me: [
                    "hi mom",
                    "love you too",
                    "yes i ate",
                    "i'll come by sunday",
                    "how's your knee",
                    "ok ma",
                    "did you take your meds",
                    "i'll call you after work",
                    "tell abuela i said hi",
                    "yes mom 😂",
                    "i'll bring danielle sunday",
                    "drive safe",
                ],
                "Carmen Reyes": [
                    "Hi mijo",
                    "Call me when you can",
                    "Did you eat today?",
                    "Love you mijo ❤️",
                    "Are you coming Sunday?",
                    "Bring a jacket it's cold",
                    "Your brother never calls me",
                    "God bless you mijo",
                    "I made arroz con pollo come get some",
                    "Be careful on the roads",
                    "Ok mijo",
                    "Good night",
                    "The doctor said my knee is healing good",
                    "Tell Danielle I said hi",
                    "Did you see the snow??",
                    "Happy Sunday mijo",
                ],
            },
            {
                me: mar,
                "Carmen Reyes": {
                    "lower": 0.05,
                    "typo": 0.08,
                    "abbr": 0.0,
                    "emoji": 0.15,
                    "nopunct": 0.2,
                    "emojis": ["❤️", "🙏", "😘", "☀️"],
                },
            },
        ),
        Chat(
            "kevin",
            "Kevin Doyle",
            "1:1",
            [me, "Kevin Doyle"],
            0.3,
            {
                me: [
                    "at the job now",
                    "compressor is shot, need a new one",
                    "running 15 behind",
                    "parts came in?",
                    "done with the install",
                    "heading back to the shop",
                    "who's on call this weekend",
                    "customer wasn't home",
                    "furnace was just a dirty filter lol",
                    "can you cover my 2pm",
                ],
                "Kevin Doyle": [
                    "morning",
                    "new ticket in your app",
                    "can you swing by the supply house",
                    "boss wants the invoices by friday",
                    "good work today",
                    "yo you on call?",
                    "got it thanks",
                    "heater calls are insane this week",
                    "see you at 7",
                    "van 3 is in the shop",
                    "np",
                ],
            },
            {me: mar, "Kevin Doyle": {"lower": 0.7, "typo": 0.1, "emoji": 0.05}},
        ),
        Chat(
            "eagles",
            "Eagles Watch Party 🦅",
            "group",
            [me, "Andre Watkins", "Luis Reyes", "Rick Halloran"],
            0.35,
            {
                "*": [
                    "who's hosting sunday",
                    "i got the wings",
                    "bringing a case",
                    "GO BIRDS",
                    "defense is cooking",
                    "what a throw",
                    "refs are killing us",
                    "we're going to the super bowl baby",
                    "parade plans??",
                    "i'm taking off work for the parade",
                    "my voice is gone",
                    "who's got the grill",
                    "that fumble had me sick",
                    "the qb is so calm bro",
                    "the o-line is crazy",
                    "next year we run it back",
                    "watch party at mine?",
                    "i'll bring chips and dip",
                ],
            },
            {"Luis Reyes": {"lower": 0.9, "typo": 0.2}},
        ),
    ]


def p2_plant(e: Engine) -> None:
    me, dani, andre, mom, kev, rick, luis = (
        "Marcus Reyes",
        "Danielle Brooks",
        "Andre Watkins",
        "Carmen Reyes",
        "Kevin Doyle",
        "Rick Halloran",
        "Luis Reyes",
    )
    P = e.plant
    # --- religion (the user): practising Catholic, spread over weeks
    P("2025-01-12 12:40:05", "dani", me, "just got out of 11:30 mass, want to get brunch?")
    P("2025-01-26 09:15:22", "mom", mom, "See you at mass mijo, save me a seat")
    P("2025-01-26 09:18:40", "mom", me, "i'll be there ma, sitting on the left like always")
    P(
        "2025-02-16 17:02:33",
        "andre",
        me,
        "cant today i'm helping at the parish food drive after mass",
    )
    P(
        "2025-03-05 18:44:19",
        "dani",
        me,
        "got my ashes at lunch lol the whole crew was staring at my forehead",
    )
    P("2025-03-05 18:47:03", "dani", dani, "ash wednesday already?? what are you giving up")
    P("2025-03-05 18:49:51", "dani", me, "giving up soda and cursing for lent. pray for me 😂")
    P(
        "2025-03-14 19:30:12",
        "dani",
        me,
        "no meat fridays in lent babe, fish fry at the church tonight?",
    )
    P(
        "2025-03-22 16:10:48",
        "mom",
        me,
        "going to confession before saturday vigil mass, then i'll come by",
    )
    P(
        "2025-04-02 20:05:37",
        "mom",
        mom,
        "Pray the rosary for your abuela tonight, her surgery is tomorrow 🙏",
    )
    P("2025-04-02 20:09:10", "mom", me, "already did ma. lighting a candle for her sunday too")
    # --- gambling (the user)
    P(
        "2025-01-11 13:05:44",
        "andre",
        me,
        "put a 5 leg parlay on fanduel for the wildcard games, $50 to win 1200",
    )
    P("2025-01-19 22:41:02", "andre", me, "parlay busted on the last leg AGAIN 😤")
    P(
        "2025-02-09 17:30:27",
        "eagles",
        me,
        "got $200 on birds moneyline and our rb anytime td on draftkings",
    )
    P("2025-02-10 08:02:15", "dani", me, "hit my super bowl bets!! dinner's on me this week")
    P(
        "2025-02-22 21:12:40",
        "andre",
        me,
        "down like 300 on college hoops this week smh, gotta chase it back",
    )
    P(
        "2025-03-20 14:18:33",
        "andre",
        me,
        "march madness bracket + i got same game parlays on every game today lol",
    )
    P(
        "2025-03-29 22:32:11",
        "dani",
        dani,
        "babe you've been on that betting app all night. please stop",
    )
    # --- distractors about OTHER people
    P("2025-01-15 19:22:08", "mom", mom, "Knee replacement is scheduled for Feb 3rd. Pray for me")
    P("2025-02-05 12:30:55", "mom", mom, "Physical therapy is hard but I'm walking with the cane")
    P(
        "2025-02-18 20:01:43",
        "andre",
        andre,
        "bro i'm behind on rent again, landlord said late fee if not by friday",
    )
    P("2025-03-02 15:45:29", "eagles", luis, "grinding cod ranked all weekend, hit diamond finally")
    P(
        "2025-03-11 21:10:06",
        "dani",
        dani,
        "my sister's doing ivf, she's so stressed, don't tell anyone",
    )
    # --- direct identifiers
    P("2025-01-08 20:12:31", "dani", dani, "for the lease application they need your social")
    P("2025-01-08 20:15:02", "dani", me, "412-67-3398")
    P("2025-01-08 20:15:40", "dani", me, "and my license # is 28 419 736 if they ask")
    P("2025-01-17 18:20:51", "mom", mom, "Mijo my new cell is 267-555-0119 save it")
    P(
        "2025-01-23 19:33:27",
        "mom",
        mom,
        "The ITIN for your tia's taxes is 912-78-4410 can you help her fill the form",
    )
    P(
        "2025-01-29 07:02:58",
        "kevin",
        kev,
        "new van assignment, you got the white transit plate KZR-4471",
    )
    P("2025-02-01 12:11:34", "andre", andre, "zelle it to andre.watkins@example.com bro thanks")
    P(
        "2025-02-14 21:40:09",
        "dani",
        me,
        "use my card for the cancun deposit 4532 0173 4488 2199 exp 11/28 cvv is on the back lol",
    )
    P("2025-02-14 21:44:31", "dani", dani, "they need your passport # too")
    P("2025-02-14 21:47:12", "dani", me, "567823194")
    P(
        "2025-02-27 10:05:44",
        "andre",
        andre,
        "moved!! new spot is 1130 Wharton St Apt 2F, Philadelphia, PA 19147. housewarming saturday",
    )
    P(
        "2025-03-04 12:12:22",
        "kevin",
        me,
        "my cell is (215) 555-0148 if the app is down, text me the address",
    )
    P(
        "2025-03-18 19:50:36",
        "dani",
        me,
        "amazon keeps sending stuff to the old place. it's 2417 S Hicks St, Philadelphia, PA 19145 now babe, update it",
    )
    P(
        "2025-01-06 06:40:11",
        "kevin",
        kev,
        "first day back, meet at the shop 3150 Frankford Ave by 7",
    )
    # --- the group's angry member
    openers = [
        "unbelievable",
        "wake up america",
        "can't make this up",
        "tell me i'm wrong",
        "nobody's talking about this",
        "every. single. time.",
        "pathetic",
        "here we go again",
        "disgrace",
        "i'm so done",
        "called it",
        "typical",
        "this country man",
        "they think we're idiots",
        "sick of it",
        "makes my blood boil",
        "shameful",
        "open your eyes people",
        "again??",
        "you can't fix stupid",
    ]
    verbs = [
        "are robbing us blind",
        "lie every time they open their mouths",
        "don't care about working people",
        "are laughing at us",
        "sold us out",
        "want us broke and quiet",
        "are a bunch of crooks",
        "should all be fired",
        "wrecked this country",
        "only look out for their donors",
        "are playing games with our paychecks",
        "rig everything",
        "belong in jail",
        "answer to nobody",
    ]
    targets = [
        "washington",
        "congress",
        "the democrats",
        "the republicans",
        "city hall",
        "harrisburg",
        "the senate",
        "both parties",
        "these career politicians",
        "the white house",
        "the mayor",
    ]
    tails = [
        "and nobody does a thing",
        "same as always",
        "mark my words",
        "while eggs cost 8 bucks",
        "and the media covers for them",
        "look at the state of this city",
        "not in my name",
        "vote them ALL out",
        "meanwhile gas is up again",
        "it's all a scam",
        "rent's insane and they don't care",
    ]
    rng = random.Random(6201)
    days = e.days()
    for i, line in enumerate(angry_lines(rng, 68, targets, tails, openers, verbs)):
        d = days[(i * 89) // 68 + rng.randrange(2)]
        t = f"{d.isoformat()} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        P(t, "eagles", rick, line)
    P("2025-01-21 20:14:52", "eagles", andre, "rick bro this is a football chat 😂")
    P("2025-03-08 18:22:31", "eagles", me, "rick cmon man not again")


def messenger_thread(
    e: Engine, key: str, title: str, participants: list[str], folder: str, rng: random.Random
) -> bytes:
    msgs = e.by_chat(key)
    out = []
    base = f"messages/inbox/{folder}"
    for m in reversed(msgs):
        o: dict[str, object] = {"sender_name": m.sender, "timestamp_ms": ms(m.dt)}
        if m.media == "photo":
            o["photos"] = [
                {
                    "uri": f"{base}/photos/{rng.randrange(10**15, 10**16)}_{rng.randrange(10**15, 10**16)}_n_{rng.randrange(10**15, 10**16)}.jpg",
                    "creation_timestamp": int(m.dt.timestamp()),
                }
            ]
        elif m.media == "video":
            o["videos"] = [
                {
                    "uri": f"{base}/videos/{rng.randrange(10**15, 10**16)}.mp4",
                    "creation_timestamp": int(m.dt.timestamp()),
                }
            ]
        elif m.media == "voice":
            o["audio_files"] = [
                {
                    "uri": f"{base}/audio/audioclip{rng.randrange(10**12, 10**13)}.mp4",
                    "creation_timestamp": int(m.dt.timestamp()),
                }
            ]
        elif m.media == "sticker":
            o["sticker"] = {"uri": f"messages/stickers_used/{rng.randrange(10**14, 10**15)}_n.png"}
        else:
            o["content"] = m.text
        if rng.random() < 0.1:
            o["reactions"] = [
                {"reaction": rng.choice(["❤", "😂", "👍", "😮"]), "actor": rng.choice(participants)}
            ]
        o["type"] = "Generic"
        o["is_unsent"] = False
        o["is_taken_down"] = False
        out.append(o)
    obj = {
        "participants": [{"name": p} for p in participants],
        "messages": out,
        "title": title,
        "is_still_participant": True,
        "thread_type": "RegularGroup" if len(participants) > 2 else "Regular",
        "thread_path": f"inbox/{folder}",
        "magic_words": [],
    }
    return meta_json(obj)


def p2_venmo(e: Engine) -> bytes:
    rng = random.Random(622)
    header = [
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
        "Amount (net)",
        "Funding Source",
        "Destination",
        "Beginning Balance",
        "Ending Balance",
        "Statement Period Venmo Fees",
        "Terminal Location",
        "Year to Date Venmo Fees",
        "Disclaimer",
    ]
    me = "Marcus Reyes"
    items = [
        ("2025-01-07 19:12:00", dani_note := "🛒 groceries", "Danielle Brooks", me, 46.20),
        ("2025-01-13 21:30:00", "wings 🍗", me, "Andre Watkins", -18.00),
        ("2025-01-18 12:05:00", "utilities jan", "Danielle Brooks", me, 61.35),
        ("2025-01-25 20:44:00", "birds tix 🦅🦅", me, "Andre Watkins", -145.00),
        ("2025-02-02 13:10:00", "superbowl party food", "Andre Watkins", me, 32.50),
        ("2025-02-10 19:25:00", "you earned it 😂", me, "Danielle Brooks", -120.00),
        ("2025-02-19 20:02:00", "rent help, pay me back whenever", me, "Andre Watkins", -250.00),
        ("2025-02-21 18:15:00", "utilities feb", "Danielle Brooks", me, 58.10),
        ("2025-03-07 18:40:00", "fish fry x2", me, "Our Lady of Mercy Parish", -24.00),
        ("2025-03-14 18:52:00", "fish fry 🐟", me, "Our Lady of Mercy Parish", -24.00),
        ("2025-03-15 22:10:00", "cancun deposit half", "Danielle Brooks", me, 300.00),
        ("2025-03-21 18:35:00", "fish fry", me, "Our Lady of Mercy Parish", -12.00),
        ("2025-03-22 11:20:00", "utilities mar", "Danielle Brooks", me, 63.80),
        ("2025-03-28 12:02:00", "paid back, thanks bro", "Andre Watkins", me, 250.00),
        ("2025-04-04 20:30:00", "pizza", me, "Andre Watkins", -16.75),
    ]
    del dani_note
    bal = 112.40
    rows: list[list[str]] = [
        ["Account Statement - (@Marcus-Reyes-22) "],
        ["Account Activity"],
        header,
        [""] * 17 + [f"${bal:,.2f}"] + [""] * 5,
    ]
    for when, note, frm, to, amt in items:
        dt = datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=P2_TZ) + timedelta(
            seconds=rng.randrange(60)
        )
        assert e.awake(dt)
        utc = dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
        sign = "+" if amt > 0 else "-"
        fund = (
            ""
            if amt > 0
            else rng.choice(["Venmo balance", "Liberty Keystone FCU Personal Checking *6184"])
        )
        if amt < 0 and fund == "Venmo balance" and bal + amt < 0:
            fund = "Liberty Keystone FCU Personal Checking *6184"
        if fund != "Liberty Keystone FCU Personal Checking *6184":
            bal += amt
        rows.append(
            [
                "",
                str(rng.randrange(4 * 10**18, 4 * 10**18 + 10**17)),
                utc,
                "Payment",
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
                f"{sign} ${abs(amt):,.2f}",
                fund,
                "Venmo balance" if amt > 0 else "",
                "",
                "",
                "",
                "Venmo",
                "",
                "",
            ]
        )
        if amt > 0 and amt >= 100:
            t2 = (dt + timedelta(minutes=3)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
            rows.append(
                [
                    "",
                    str(rng.randrange(4 * 10**9, 5 * 10**9)),
                    t2,
                    "Standard Transfer",
                    "Issued",
                    "",
                    "",
                    "",
                    f"- ${amt:,.2f}",
                    "",
                    "0",
                    "",
                    "0",
                    "",
                    f"- ${amt:,.2f}",
                    "",
                    "Liberty Keystone FCU Personal Checking *6184",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ]
            )
            bal -= amt
    rows.append(
        [""] * 18
        + [
            f"${bal:,.2f}",
            "$0.00",
            "",
            "$0.00",
            "In case of errors or questions about your electronic transfers: This is a payment activity statement.",
        ]
    )
    return csv_bytes(rows, lineterm="\n")


def p2_ofx(e: Engine) -> bytes:
    rng = random.Random(623)
    tx: list[tuple[datetime, str, float, str, str]] = []

    def at(d: date, h: int, m: int) -> datetime:
        return datetime(d.year, d.month, d.day, h, m, 0, tzinfo=P2_TZ)

    shops = [
        ("WAWA 8123 PHILADELPHIA PA", 4, 16),
        ("SHOPRITE OF SNYDER AVE", 25, 110),
        ("SEPTA KEY TICKET", 2.5, 2.5),
        ("ACME MARKETS 7802", 12, 60),
        ("HOME DEPOT 4123 PHILA", 9, 85),
        ("SUNOCO 0455 PHILADELPHIA", 30, 58),
        ("DUNKIN #344120", 3, 9),
        ("CHICKIE'S & PETE'S", 20, 55),
    ]
    for d in e.days():
        for _ in range(rng.choice([0, 1, 1, 2])):
            name, lo, hi = rng.choice(shops)
            tx.append(
                (
                    at(d, rng.randint(7, 21), rng.randint(0, 59)),
                    "DEBIT",
                    -round(rng.uniform(lo, hi), 2),
                    "POS PURCHASE",
                    name,
                )
            )
        if d.weekday() == 4 and (d - date(2025, 1, 10)).days % 14 == 0:
            tx.append(
                (
                    at(d, 9, 0),
                    "DIRECTDEP",
                    1842.16,
                    "PAYROLL DIRECT DEPOSIT",
                    "KEYSTONE MECH PAYROLL",
                )
            )
        if d.day == 1:
            tx.append((at(d, 9, 5), "CHECK", -875.00, "CHECK 10" + str(40 + d.month), "CHECK"))
        if d.day == 9:
            tx.append(
                (
                    at(d, 9, 10),
                    "DEBIT",
                    -round(rng.uniform(70, 130), 2),
                    "ACH DEBIT",
                    "PECO ENERGY PAYMENT",
                )
            )
        if d.day == 15:
            tx.append((at(d, 9, 12), "DEBIT", -89.99, "ACH DEBIT", "COMCAST XFINITY"))
        if d.weekday() == 6:
            tx.append((at(d, 11, 45), "DEBIT", -20.00, "ONLINE GIVING", "OUR LADY OF MERCY PARISH"))
        if d.weekday() in (5, 6) and rng.random() < 0.55:
            site = rng.choice(["FANDUEL SPORTSBOOK", "DRAFTKINGS SPORTSBOOK"])
            tx.append(
                (
                    at(d, rng.randint(12, 19), rng.randint(0, 59)),
                    "DEBIT",
                    -float(rng.choice([25, 50, 50, 75, 100, 150])),
                    "DEBIT CARD PURCHASE",
                    site,
                )
            )
        if rng.random() < 0.06:
            tx.append(
                (
                    at(d, rng.randint(10, 20), rng.randint(0, 59)),
                    "CREDIT",
                    float(rng.choice([60, 120, 240, 410])),
                    "ACH CREDIT WITHDRAWAL",
                    rng.choice(["FANDUEL INC", "DK CROWN HOLDINGS"]),
                )
            )
    tx.append(
        (
            at(date(2025, 2, 10), 12, 0),
            "CREDIT",
            640.00,
            "ACH CREDIT WITHDRAWAL",
            "DK CROWN HOLDINGS",
        )
    )
    tx.sort(key=lambda t: t[0])
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
        "<DTSERVER>20250407093012.000[-4:EDT]",
        "<LANGUAGE>ENG",
        "<FI>",
        "<ORG>LKFCU",
        "<FID>31176",
        "</FI>",
        "</SONRS>",
        "</SIGNONMSGSRSV1>",
        "<BANKMSGSRSV1>",
        "<STMTTRNRS>",
        "<TRNUID>1",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "</STATUS>",
        "<STMTRS>",
        "<CURDEF>USD",
        "<BANKACCTFROM>",
        "<BANKID>031300232",
        "<ACCTID>4470026184",
        "<ACCTTYPE>CHECKING",
        "</BANKACCTFROM>",
        "<BANKTRANLIST>",
        "<DTSTART>20250106000000.000[-5:EST]",
        "<DTEND>20250406235959.000[-4:EDT]",
    ]
    bal = 1240.55
    for i, (dt, typ, amt, memo, name) in enumerate(tx):
        assert e.awake(dt)
        off = dt.utcoffset()
        assert off is not None
        h = int(off.total_seconds() // 3600)
        lines += [
            "<STMTTRN>",
            f"<TRNTYPE>{typ}",
            f"<DTPOSTED>{dt:%Y%m%d%H%M%S}.000[{h}:{dt.tzname()}]",
            f"<TRNAMT>{amt:.2f}",
            f"<FITID>2025{i:06d}{rng.randrange(1000):03d}",
        ]
        if typ == "CHECK":
            lines.append(f"<CHECKNUM>{memo[-4:]}")
        lines += [f"<NAME>{name[:32]}", f"<MEMO>{memo}", "</STMTTRN>"]
        bal += amt
    lines += [
        "</BANKTRANLIST>",
        "<LEDGERBAL>",
        f"<BALAMT>{bal:.2f}",
        "<DTASOF>20250406235959.000[-4:EDT]",
        "</LEDGERBAL>",
        "<AVAILBAL>",
        f"<BALAMT>{bal:.2f}",
        "<DTASOF>20250406235959.000[-4:EDT]",
        "</AVAILBAL>",
        "</STMTRS>",
        "</STMTTRNRS>",
        "</BANKMSGSRSV1>",
        "</OFX>",
        "",
    ]
    assert aba_ok("031300232")
    return "\r\n".join(lines).encode("ascii")


def p2_reddit(e: Engine) -> dict[str, bytes]:
    rng = random.Random(624)

    def stamp(when: str) -> str:
        dt = datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=P2_TZ)
        assert e.awake(dt)
        return dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")

    posts = [
        (
            "2025-01-11 12:50:10",
            "sportsbook",
            "5 leg wildcard parlay, talk me out of it",
            "Eagles ML, Ravens -3.5, Bills ML, Rams +2.5, over 47.5 in TB. $50 to win $1,200. Am I cooked?",
        ),
        (
            "2025-02-09 16:40:44",
            "eagles",
            "Super Bowl thread from a South Philly basement",
            "20 people, 3 trays of wings and my mom's lucky rosary on the TV. GO BIRDS",
        ),
        (
            "2025-03-03 21:05:13",
            "Catholicism",
            "Question about fasting on Ash Wednesday when you work a physical job",
            "I'm an HVAC tech, on my feet and in attics all day. How do other guys handle the fast? Still going to evening Mass.",
        ),
        (
            "2025-03-19 20:22:37",
            "sportsbook",
            "Chasing losses in March, how do you set limits",
            "Down about $600 this month between college hoops and props. Need a system before the tournament.",
        ),
        (
            "2025-03-27 19:15:02",
            "HVAC",
            "Carrier furnace throwing code 13 after limit switch replaced",
            "Replaced the limit switch, still locking out. Flame sensor is clean. Ideas before I tell the customer it's the board?",
        ),
    ]
    comments = [
        ("2025-01-20 08:12:55", "eagles", "the o-line is the best in football and it's not close"),
        (
            "2025-01-27 07:55:31",
            "sportsbook",
            "same game parlays are a tax and i still play them every week lol",
        ),
        (
            "2025-02-10 09:03:47",
            "eagles",
            "2 rings. cried in front of my girl and my brother. no shame",
        ),
        (
            "2025-02-24 20:40:10",
            "philadelphia",
            "parking on the sidewalk in south philly is a sport at this point",
        ),
        (
            "2025-03-05 12:35:26",
            "Catholicism",
            "got ashes on my lunch break, the priest did it in 30 seconds flat",
        ),
        (
            "2025-03-16 19:48:03",
            "HVAC",
            "always check the filter first. half my calls this winter were filters",
        ),
        (
            "2025-03-21 18:05:39",
            "sportsbook",
            "hit a +900 on the first round, immediately gave it back",
        ),
        (
            "2025-04-05 15:10:20",
            "philadelphia",
            "any good fish fry left this lent? ours ran out of flounder by 6",
        ),
    ]
    head_p = ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]
    rows = [head_p]
    for when, sub, title, body in posts:
        pid = rand_id(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789")
        slug = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")[:40]
        rows.append(
            [
                pid,
                f"https://www.reddit.com/r/{sub}/comments/{pid}/{slug}/",
                stamp(when),
                "",
                sub,
                "0",
                title,
                f"https://www.reddit.com/r/{sub}/comments/{pid}/{slug}/",
                body,
            ]
        )
    head_c = [
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
    crows = [head_c]
    for when, sub, body in comments:
        cid = rand_id(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789")
        lid = rand_id(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789")
        crows.append(
            [
                cid,
                f"https://www.reddit.com/r/{sub}/comments/{lid}/comment/{cid}/",
                stamp(when),
                "",
                sub,
                "0",
                f"https://www.reddit.com/r/{sub}/comments/{lid}/",
                "",
                body,
                "",
            ]
        )
    head_m = ["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"]
    mrows = [head_m]
    thread = rand_id(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789")
    for when, frm, to, subj, body in [
        (
            "2025-02-11 20:14:09",
            "birds_fan_jawn",
            "phillyreyes22",
            "parade",
            "yo you going to the parade friday? meeting at broad and washington",
        ),
        (
            "2025-02-11 20:31:50",
            "phillyreyes22",
            "birds_fan_jawn",
            "re: parade",
            "yeah taking off work, hit me on text 215-555-0148",
        ),
        (
            "2025-02-12 07:02:33",
            "birds_fan_jawn",
            "phillyreyes22",
            "re: parade",
            "bet, see you there. bring a ladder lol",
        ),
    ]:
        mid = rand_id(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789")
        mrows.append(
            [
                mid,
                f"https://www.reddit.com/message/messages/{mid}",
                thread,
                stamp(when),
                "",
                frm,
                to,
                subj,
                body,
            ]
        )
    return {
        "reddit/posts.csv": csv_bytes(rows, lineterm="\n"),
        "reddit/comments.csv": csv_bytes(crows, lineterm="\n"),
        "reddit/messages.csv": csv_bytes(mrows, bom=True, lineterm="\n"),
    }


def p2_records(
    e: Engine,
    home: tuple[float, float],
    work: tuple[float, float],
    church: tuple[float, float],
    extras: list[tuple[float, float]],
) -> bytes:
    rng = random.Random(625)
    locs: list[dict[str, object]] = []
    device = 1840552731

    def pt(dt: datetime, p: tuple[float, float], acc: int, src: str = "WIFI") -> None:
        la, lo = p[0] + rng.uniform(-0.0003, 0.0003), p[1] + rng.uniform(-0.0003, 0.0003)
        o: dict[str, object] = {
            "latitudeE7": round(la * 1e7),
            "longitudeE7": round(lo * 1e7),
            "accuracy": acc,
        }
        if rng.random() < 0.2:
            o["activity"] = [
                {
                    "activity": [{"type": "STILL", "confidence": rng.randint(60, 100)}],
                    "timestamp": dt.astimezone(UTC)
                    .isoformat(timespec="milliseconds")
                    .replace("+00:00", "Z"),
                }
            ]
        o["source"] = src
        o["deviceTag"] = device
        o["timestamp"] = (
            dt.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        )
        locs.append(o)

    def stay(a: datetime, b: datetime, p: tuple[float, float], step: int = 45) -> None:
        t = a
        while t < b:
            pt(t, p, rng.choice([10, 14, 18, 25, 32]))
            t += timedelta(minutes=rng.randint(step - 10, step + 10), seconds=rng.randrange(60))

    def travel(a: datetime, b: datetime, p: tuple[float, float], q: tuple[float, float]) -> None:
        for i in range(1, 4):
            f = i / 4
            pt(
                a + (b - a) * f,
                (p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f),
                rng.randint(8, 40),
                "GPS",
            )

    days = e.days()
    cur = datetime.combine(days[0], time(0, 0), tzinfo=P2_TZ)
    for d in days:

        def t(h: int, m: int, d: date = d) -> datetime:
            return datetime(d.year, d.month, d.day, h, m, rng.randrange(60), tzinfo=P2_TZ)

        if d.weekday() < 5:
            lv = t(6, rng.randint(20, 35))
            stay(cur, lv, home, 60)
            arr = lv + timedelta(minutes=rng.randint(22, 30))
            travel(lv, arr, home, work)
            # out on jobs during the day, but starts and ends at the shop
            out = t(15, rng.randint(20, 45))
            stay(arr, t(8, 50), work, 30)
            for _ in range(rng.randint(1, 3)):
                job = (work[0] + rng.uniform(-0.08, 0.08), work[1] + rng.uniform(-0.08, 0.08))
                pt(t(rng.randint(9, 12), rng.randint(0, 59)), job, rng.randint(8, 25), "GPS")
            stay(t(13, 30), out, work, 25)
            back = out + timedelta(minutes=rng.randint(25, 40))
            travel(out, back, work, home)
            cur = back
        elif d.weekday() == 6:
            go = t(11, rng.randint(10, 20))
            stay(cur, go, home, 60)
            stay(go + timedelta(minutes=8), t(12, 45), church, 20)
            cur = t(13, 0)
            if rng.random() < 0.6:
                x = rng.choice(extras)
                stay(cur, t(16, 0), x, 40)
                cur = t(16, 20)
        else:
            if rng.random() < 0.7:
                x = rng.choice(extras)
                go = t(rng.randint(11, 15), rng.randint(0, 59))
                stay(cur, go, home, 60)
                stay(
                    go + timedelta(minutes=15), go + timedelta(minutes=rng.randint(90, 240)), x, 35
                )
                cur = go + timedelta(minutes=260)
    stay(cur, datetime.combine(days[-1] + timedelta(days=1), time(0, 0), tzinfo=P2_TZ), home, 60)
    locs.sort(key=lambda o: str(o["timestamp"]))
    return json.dumps({"locations": locs}, indent=2).encode("utf-8")


def p2(out: Path) -> None:
    pid = "us_marcus_philadelphia"
    pdir = out / pid
    e = Engine(6200, P2_TZ, date(2025, 1, 6), date(2025, 4, 6), time(6, 0), time(23, 0), US_SLOTS)
    chats = p2_chats()
    me = "Marcus Reyes"
    e.simulate(chats, me)
    p2_plant(e)
    files: dict[str, bytes] = {}
    root = "facebook-marcusreyes22/messages/inbox/"
    rng = random.Random(621)
    thread_files = {}
    for ch, folder in [
        (chats[0], "daniellebrooks_8847102933"),
        (chats[1], "andrewatkins_5520917364"),
        (chats[2], "carmenreyes_1029384756"),
        (chats[3], "kevindoyle_7731650028"),
        (chats[4], "eagleswatchparty_3390128847"),
    ]:
        members = [m for m in ch.members if m != me] + [me]
        thread_files[ch.key] = root + folder + "/message_1.json"
        files[thread_files[ch.key]] = messenger_thread(e, ch.key, ch.title, members, folder, rng)
    vm = "venmo/VenmoStatement_Jan_2025_to_Apr_2025.csv"
    files[vm] = p2_venmo(e)
    ofx = "bank/LKFCU_Checking_x6184_20250106_20250406.ofx"
    files[ofx] = p2_ofx(e)
    for k, v in p2_reddit(e).items():
        files[k] = v
    home, work, church = (39.921538, -75.174512), (39.993214, -75.126841), (39.924907, -75.170162)
    files["Takeout/Location History (Timeline)/Records.json"] = p2_records(
        e,
        home,
        work,
        church,
        [
            (39.936010, -75.157050),
            (39.951620, -75.163550),
            (39.908730, -75.171990),
            (39.945410, -75.150330),
        ],
    )
    for k, v in files.items():
        write(pdir / k, v)
    fd, fa, fm, fk, fg = (thread_files[k] for k in ("dani", "andre", "mom", "kevin", "eagles"))
    pii = [
        (fd, "PERSON", "Danielle Brooks"),
        (fd, "PERSON", "Marcus Reyes"),
        (fd, "US_SSN", "412-67-3398"),
        (fd, "US_DRIVER_LICENSE", "28 419 736"),
        (fd, "CREDIT_CARD", "4532 0173 4488 2199"),
        (fd, "US_PASSPORT", "567823194"),
        (fd, "ADDRESS", "2417 S Hicks St, Philadelphia, PA 19145"),
        (fa, "PERSON", "Andre Watkins"),
        (fa, "PERSON", "Marcus Reyes"),
        (fa, "EMAIL_ADDRESS", "andre.watkins@example.com"),
        (fa, "ADDRESS", "1130 Wharton St Apt 2F, Philadelphia, PA 19147"),
        (fm, "PERSON", "Carmen Reyes"),
        (fm, "PERSON", "Marcus Reyes"),
        (fm, "PHONE_NUMBER", "267-555-0119"),
        (fm, "US_ITIN", "912-78-4410"),
        (fm, "PERSON", "Danielle"),
        (fk, "PERSON", "Kevin Doyle"),
        (fk, "PERSON", "Marcus Reyes"),
        (fk, "LICENSE_PLATE", "KZR-4471"),
        (fk, "PHONE_NUMBER", "(215) 555-0148"),
        (fk, "ADDRESS", "3150 Frankford Ave"),
        (fg, "PERSON", "Rick Halloran"),
        (fg, "PERSON", "Luis Reyes"),
        (fg, "PERSON", "Andre Watkins"),
        (fg, "PERSON", "Marcus Reyes"),
        (vm, "USERNAME", "@Marcus-Reyes-22"),
        (vm, "PERSON", "Marcus Reyes"),
        (vm, "PERSON", "Danielle Brooks"),
        (vm, "PERSON", "Andre Watkins"),
        (ofx, "ABA_ROUTING_NUMBER", "031300232"),
        (ofx, "BANK_ACCOUNT", "4470026184"),
        ("reddit/messages.csv", "USERNAME", "phillyreyes22"),
        ("reddit/messages.csv", "USERNAME", "birds_fan_jawn"),
        ("reddit/messages.csv", "PHONE_NUMBER", "215-555-0148"),
    ]
    assert luhn_ok("4532 0173 4488 2199")
    n_chat = len(e.msgs)
    assert 1200 <= n_chat <= 2000, n_chat
    facts: dict[str, object] = {
        "home": {
            "lat": home[0],
            "lon": home[1],
            "radius_m": 300,
            "address": "2417 S Hicks St, Philadelphia, PA 19145",
            "city": "Philadelphia",
        },
        "work": {
            "lat": work[0],
            "lon": work[1],
            "radius_m": 300,
            "employer": "Keystone Mechanical Services",
        },
        "sleep_window": {"start": "23:00", "end": "06:00", "tolerance_min": 60},
        "top_contacts": top_contacts(e, chats),
        "relationships": [
            {"name": "Danielle Brooks", "relationship": "partner", "full_name": "Danielle Brooks"},
            {"name": "Carmen Reyes", "relationship": "mother", "full_name": "Carmen Reyes"},
            {"name": "Luis Reyes", "relationship": "brother", "full_name": "Luis Reyes"},
            {"name": "Andre Watkins", "relationship": "close friend", "full_name": "Andre Watkins"},
            {"name": "Kevin Doyle", "relationship": "colleague", "full_name": "Kevin Doyle"},
        ],
        "religion": {"value": "Catholic (goes to Mass, confession, Lent, parish giving)"},
        "health": {"value": False},
        "politics": {"value": False},
        "financial_stress": {"value": False},
        "gambling": {"value": True},
        "gaming": {"value": False},
        "salary": {
            "amount": "1842.16",
            "currency": "USD",
            "payer": "KEYSTONE MECH PAYROLL",
            "period": "biweekly",
        },
        "risky_contact": {
            "name": "Rick Halloran",
            "why": "posts 68 distinct angry political rants in the 'Eagles Watch Party 🦅' Messenger group",
        },
    }
    user = {
        "names": ["Marcus Reyes", "Marcus"],
        "phones": ["(215) 555-0148"],
        "emails": ["marcus.reyes@example.net"],
        "handles": ["@Marcus-Reyes-22", "phillyreyes22"],
    }
    finish(
        pdir,
        pid,
        "Marcus Reyes, 29, HVAC technician at Keystone Mechanical Services (Kensington), lives in "
        "South Philadelphia with his girlfriend. Jan-Apr 2025: Facebook Messenger (old layout), Venmo statement, "
        "credit-union OFX 1.02, Reddit data request CSVs, Google Records.json. Planted: practising Catholic, "
        "sports betting.",
        "America/New_York",
        user,
        pii,
        facts,
    )


# ----------------------------------------------------------------------------------------------
# persona 3: Tessa Kowalski, Denver (America/Denver); no location export, addresses in the records

P3_TZ = ZoneInfo("America/Denver")
NNBSP = "\u202f"

DEN_SLOTS = {
    **US_SLOTS,
    "food": ["tacos", "pho", "green chile burritos", "sushi", "pizza", "ramen", "thai", "a burger"],
    "place": ["target", "king soopers", "red rocks", "wash park", "the gym", "rino", "the mall"],
}

TESS_ME = [
    *US_ME,
    "ugh i stayed up way too late gaming again",
    "one more match then bed i swear",
    "i'm so tired lol",
    "standup ran 45 min today kill me",
    "found another bug in prod 🙃",
    "coffee first",
    "brb",
    "it's snowing AGAIN",
    "the mountains look unreal today",
    "did you feed the cat?",
]


def p3_chats() -> list[Chat]:
    me = "Tessa Kowalski"
    tes = {
        "lower": 0.9,
        "typo": 0.1,
        "abbr": 0.45,
        "emoji": 0.3,
        "noapos": 0.6,
        "emojis": ["😂", "🙃", "💀", "😭", "🎮", "✨", "🥲", "👀"],
    }
    return [
        Chat(
            "jordan",
            "Jordan Ellis",
            "1:1",
            [me, "Jordan Ellis"],
            1.15,
            {
                me: [
                    *TESS_ME,
                    "love you",
                    "can you grab {shop}",
                    "home in 20",
                    "what do you want for dinner",
                    "i'm playing with the squad tonight, that cool?",
                    "night babe 💚",
                    "miss you",
                    "are you up",
                ],
                "Jordan Ellis": [
                    *US_OTHER,
                    "love you",
                    "home soon",
                    "want me to cook",
                    "did you eat lunch",
                    "bed?? it's almost 1",
                    "you and that game 😂",
                    "the cat threw up again",
                    "night 💚",
                    "miss you",
                    "grabbing {food}, want some",
                ],
            },
            {
                me: tes,
                "Jordan Ellis": {"lower": 0.7, "emoji": 0.3, "emojis": ["💚", "😂", "🙄", "😴"]},
            },
        ),
        Chat(
            "mia",
            "Mia Torres",
            "1:1",
            [me, "Mia Torres"],
            0.7,
            {
                me: [
                    *TESS_ME,
                    "on in 10",
                    "queue up",
                    "that last round was so scuffed",
                    "we were so close to plat",
                    "i need to stop tilting",
                    "new patch notes are wild",
                    "you streaming tonight?",
                    "my aim is trash today",
                    "the act 3 boss took me 4 tries",
                ],
                "Mia Torres": [
                    *US_OTHER,
                    "hop on",
                    "queue?",
                    "lol we got diffed",
                    "ranked or unrated",
                    "gg",
                    "i'm streaming at 9",
                    "bro the lag",
                    "one more",
                    "that clutch was insane",
                    "did you finish bg3 yet",
                    "you coming to the lan party?",
                ],
            },
            {me: tes, "Mia Torres": {"lower": 0.9, "typo": 0.15, "emoji": 0.35}},
        ),
        Chat(
            "mom",
            "Mom",
            "1:1",
            [me, "Mom"],
            0.45,
            {
                me: [
                    "hi mom",
                    "love you",
                    "yes i'm eating",
                    "coming sunday!",
                    "how's dad",
                    "i'll call tonight",
                    "yes i put snow tires on",
                    "miss you guys",
                    "haha ok mom",
                    "send me the recipe",
                ],
                "Mom": [
                    "Hi honey!",
                    "Call me when you get a chance",
                    "Did you get snow up there?",
                    "Love you!!",
                    "Dad says hi",
                    "Are you coming for dinner Sunday?",
                    "Drive safe on I-25",
                    "How is work?",
                    "Goodnight sweetie",
                    "I sent you a recipe",
                    "Don't stay up too late",
                    "Proud of you ❤️",
                    "Did you talk to your sister?",
                    "My blood pressure was good at the checkup",
                ],
            },
            {
                me: tes,
                "Mom": {"lower": 0.0, "typo": 0.04, "abbr": 0.0, "emoji": 0.12, "nopunct": 0.1},
            },
        ),
        Chat(
            "kayla",
            "Kayla",
            "1:1",
            [me, "Kayla"],
            0.3,
            {
                me: [
                    *TESS_ME,
                    "did mom call you too lol",
                    "how's the wedding planning",
                    "send me the dress pics",
                ],
                "Kayla": [
                    *US_OTHER,
                    "TESSSS",
                    "mom is being so extra",
                    "venue is booked!!",
                    "bridesmaid dress vote?",
                    "i'm so stressed",
                    "love youuu",
                    "call me later",
                ],
            },
            {
                me: tes,
                "Kayla": {"lower": 0.6, "emoji": 0.5, "emojis": ["💍", "😭", "💅", "😂", "✨"]},
            },
        ),
        Chat(
            "hoa",
            "Maple Court Neighbors",
            "group",
            [me, "Gloria Nunez", "Dale Pruitt", "+1 (720) 555-0166"],
            0.3,
            {
                "*": [
                    "trash pickup is delayed a day",
                    "has anyone seen a gray cat",
                    "snow plow hasn't come yet",
                    "who's parking in front of the hydrant",
                    "package left at my door for unit 2?",
                    "thanks for shoveling!",
                    "yard sale saturday",
                    "water will be off 9-11 tomorrow",
                    "porch light is out by the mailboxes",
                    "welcome to the new neighbors!",
                    "please pick up after your dogs",
                    "the gate code changed",
                    "hoa meeting thursday 7pm",
                ],
            },
            {},
        ),
    ]


def p3_plant(e: Engine) -> None:
    me, jo, mia, mom, kay, dale, glo = (
        "Tessa Kowalski",
        "Jordan Ellis",
        "Mia Torres",
        "Mom",
        "Kayla",
        "Dale Pruitt",
        "Gloria Nunez",
    )
    P = e.plant
    # --- politics (the user): progressive volunteer, over weeks
    P(
        "2025-02-08 11:20:14",
        "jordan",
        me,
        "going canvassing with the democrats club at 12, back by 4",
    )
    P(
        "2025-02-22 19:05:51",
        "kayla",
        me,
        "i signed up to phone bank for the progressive slate this spring, don't tell dad lol",
    )
    P("2025-03-08 13:40:02", "jordan", me, "the march downtown was huge!! my sign survived 😤")
    P("2025-03-19 20:12:36", "mia", me, "can't queue till 9, i'm at the county dems meeting")
    P("2025-04-05 10:55:23", "mom", me, "yes mom i'm going to the protest, yes i'll be safe")
    P(
        "2025-04-26 16:30:44",
        "jordan",
        me,
        "knocked 80 doors for the medicaid ballot thing today, my feet are dead",
    )
    # --- gaming (the user)
    P("2025-02-11 00:12:09", "jordan", me, "one more valorant game and i'm coming to bed i promise")
    P("2025-03-02 23:48:31", "mia", me, "we hit plat!!!!! 4 years of this game finally")
    P(
        "2025-03-28 22:10:05",
        "mia",
        me,
        "bought the new elden ring dlc on steam, say goodbye to my weekend",
    )
    P(
        "2025-04-18 00:20:44",
        "jordan",
        jo,
        "it's past midnight and you're still in a ranked game 😂",
    )
    # --- distractors about OTHER people
    P(
        "2025-02-26 18:15:40",
        "mom",
        mom,
        "Dad started his new cholesterol pills, the doctor is happy",
    )
    P(
        "2025-04-13 17:02:22",
        "hoa",
        glo,
        "Palm Sunday service was beautiful, everyone welcome at St. Anne's for Easter!",
    )
    P(
        "2025-03-13 20:01:19",
        "kayla",
        kay,
        "my coworker started fasting for ramadan, i'm doing iftar with her friday",
    )
    # --- direct identifiers
    P("2025-02-05 18:44:10", "mom", mom, "Honey what's your social again? For the insurance forms")
    P("2025-02-05 18:49:33", "mom", me, "531-40-8827 pls delete after")
    P("2025-02-05 18:51:02", "mom", mom, "Our house phone changed, it's (303) 555-0187 now")
    P(
        "2025-02-14 17:15:30",
        "jordan",
        jo,
        "picking you up from work at 5:30, 8200 E Belleview Ave Suite 400 right?",
    )
    P("2025-02-14 17:16:12", "jordan", me, "yep the lobby on the north side")
    P("2025-03-01 12:33:19", "kayla", kay, "send the rsvp stuff to kayla.kowalski@example.net")
    P("2025-03-07 21:02:58", "kayla", kay, "for the cancun booking i need your passport number")
    P("2025-03-07 21:10:41", "kayla", me, "C03005988 expires 2031")
    P(
        "2025-03-15 14:25:07",
        "mom",
        mom,
        "Mail for you came here, you need to update your address from 4410 W 29th Ave, Denver, CO 80212",
    )
    P(
        "2025-03-22 11:48:50",
        "jordan",
        me,
        "rental place needs my license, it's 09-217-4456 and your plate is CKX-J42 right?",
    )
    P(
        "2025-03-30 15:31:14",
        "mia",
        mia,
        "can you venmo... jk i don't have venmo. routing 102000089 acct 5520019374 for the lan tickets",
    )
    P("2025-03-30 15:36:27", "mia", mia, "or just call me 720.555.0129 my notifications are off")
    P(
        "2025-04-09 19:02:33",
        "hoa",
        me,
        "someone's amazon package for 1862 s pearl st #4 got left at my door again, i'm in 4 lol",
    )
    # --- the neighbours group's angry member
    openers = [
        "unbelievable",
        "wake up people",
        "can't make this up",
        "tell me i'm wrong",
        "nobody's talking about this",
        "every single time",
        "pathetic",
        "here we go again",
        "disgrace",
        "i'm done",
        "called it",
        "typical",
        "this state man",
        "they think we're idiots",
        "sick of it",
        "makes my blood boil",
        "shameful",
        "open your eyes",
        "again??",
        "read it and weep",
    ]
    verbs = [
        "are robbing us blind",
        "lie every time they open their mouths",
        "don't care about homeowners",
        "are laughing at us",
        "sold us out",
        "want us broke",
        "are a bunch of crooks",
        "should all be fired",
        "wrecked this state",
        "only look out for their donors",
        "are coming for our property taxes",
        "rig everything",
        "belong in jail",
        "answer to nobody",
    ]
    targets = [
        "the legislature",
        "washington",
        "the governor",
        "the city council",
        "the democrats",
        "the republicans",
        "the feds",
        "both parties",
        "these career politicians",
        "the school board",
    ]
    tails = [
        "and nobody does a thing",
        "same as always",
        "mark my words",
        "while my property tax doubles",
        "and the news covers for them",
        "look at colfax",
        "not in my name",
        "vote them ALL out",
        "meanwhile gas is up again",
        "it's all a scam",
        "and they want MORE of our money",
    ]
    rng = random.Random(6301)
    days = e.days()
    for i, line in enumerate(angry_lines(rng, 64, targets, tails, openers, verbs)):
        d = days[(i * 89) // 64 + rng.randrange(2)]
        t = f"{d.isoformat()} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        P(t, "hoa", dale, line)
    P("2025-03-04 19:20:10", "hoa", glo, "Dale this chat is for the building please")


def wa_android(e: Engine, ch: Chat, me: str, created_by: str | None) -> bytes:
    rng = random.Random(6310 + len(ch.key))
    msgs = e.by_chat(ch.key)

    def stamp(dt: datetime) -> str:
        h = dt.hour % 12 or 12
        return f"{dt.month}/{dt.day}/{dt.strftime('%y')}, {h}:{dt.minute:02d}{NNBSP}{'AM' if dt.hour < 12 else 'PM'}"

    first = msgs[0].dt - timedelta(days=30)
    lines = [
        f"{stamp(first)} - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        "WhatsApp, can read or listen to them. Tap to learn more."
    ]
    if created_by:
        lines.append(f'{stamp(first)} - {created_by} created group "{ch.title}"')
        lines.append(f"{stamp(first)} - {created_by} added you")
        lines.append(
            f"{stamp(first + timedelta(days=2))} - +1 (720) 555-0166 joined using this group's invite link"
        )
    for m in msgs:
        if m.media:
            text = "<Media omitted>"
        elif not m.planted and rng.random() < 0.006:
            text = "This message was deleted" if m.sender != me else "You deleted this message"
        else:
            text = m.text
            if m.edited:
                text += " <This message was edited>"
            elif not m.planted and rng.random() < 0.02:
                text += "\n" + rng.choice(["lol", "anyway", "jk", "nvm", "also hi"])
        lines.append(f"{stamp(m.dt)} - {m.sender}: {text}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def p3_paypal(e: Engine) -> bytes:
    rng = random.Random(632)
    head = [
        "Date",
        "Time",
        "TimeZone",
        "Name",
        "Type",
        "Status",
        "Currency",
        "Gross",
        "Fee",
        "Net",
        "From Email Address",
        "To Email Address",
        "Transaction ID",
        "Shipping Address",
        "Address Status",
        "Item Title",
        "Item ID",
        "Reference Txn ID",
        "Receipt ID",
        "Balance",
        "Contact Phone Number",
        "Subject",
        "Note",
        "Balance Impact",
    ]
    me_mail = "tessa.kowalski@example.com"
    ship = "Tessa Kowalski, 1862 S Pearl St Apt 4, Denver, CO 80210, United States"
    items = [
        (
            "2025-02-06 21:14:00",
            "Valve Corporation",
            "Express Checkout Payment",
            -29.99,
            "",
            "Steam purchase",
            True,
        ),
        (
            "2025-02-15 20:02:00",
            "Greg Olsen",
            "eBay Auction Payment",
            -310.00,
            "greg.olsen@example.net",
            "AMD Radeon RX 6700 XT 12GB - used, works great",
            True,
        ),
        (
            "2025-02-21 19:30:00",
            "Riot Games, Inc",
            "Express Checkout Payment",
            -19.99,
            "",
            "Valorant Points 2050 VP",
            False,
        ),
        (
            "2025-03-01 22:40:00",
            "Mia Torres",
            "General Payment",
            -45.00,
            "mia.torres@example.org",
            "",
            False,
        ),
        (
            "2025-03-09 18:15:00",
            "Microsoft Corporation",
            "PreApproved Payment Bill User Payment",
            -16.99,
            "",
            "Xbox Game Pass Ultimate",
            False,
        ),
        (
            "2025-03-20 20:55:00",
            "ActBlue",
            "Express Checkout Payment",
            -27.00,
            "",
            "Contribution",
            False,
        ),
        (
            "2025-03-28 21:58:00",
            "Valve Corporation",
            "Express Checkout Payment",
            -39.99,
            "",
            "Steam purchase",
            True,
        ),
        (
            "2025-04-03 19:44:00",
            "Mia Torres",
            "General Payment",
            20.00,
            "mia.torres@example.org",
            "",
            False,
        ),
        (
            "2025-04-09 21:20:00",
            "Microsoft Corporation",
            "PreApproved Payment Bill User Payment",
            -16.99,
            "",
            "Xbox Game Pass Ultimate",
            False,
        ),
        (
            "2025-04-19 16:05:00",
            "Etsy, Inc.",
            "Express Checkout Payment",
            -34.50,
            "",
            "Custom cat portrait",
            True,
        ),
        (
            "2025-04-25 20:30:00",
            "ActBlue",
            "Express Checkout Payment",
            -15.00,
            "",
            "Contribution",
            False,
        ),
    ]
    rows = [head]
    bal = 0.0
    for when, name, typ, amt, mail, title, shipped in items:
        dt = datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=P3_TZ) + timedelta(
            seconds=rng.randrange(60)
        )
        assert e.awake(dt)
        tid = rand_id(rng, 17, "0123456789ABCDEFGHJKLMNPRSTUVWXY")
        frm, to = (me_mail, mail) if amt < 0 else (mail, me_mail)
        if amt < 0:
            # funded from the linked bank: a matching transfer line, balance back to zero
            rows.append(
                [
                    dt.strftime("%m/%d/%Y"),
                    dt.strftime("%H:%M:%S"),
                    dt.tzname() or "",
                    name,
                    typ,
                    "Completed",
                    "USD",
                    f"{amt:,.2f}",
                    "0.00",
                    f"{amt:,.2f}",
                    frm,
                    to,
                    tid,
                    ship if shipped else "",
                    "Confirmed" if shipped else "Non-Confirmed",
                    title,
                    "",
                    "",
                    "",
                    f"{bal + amt:,.2f}",
                    "720-555-0142" if shipped else "",
                    title,
                    "",
                    "Debit",
                ]
            )
            rows.append(
                [
                    dt.strftime("%m/%d/%Y"),
                    dt.strftime("%H:%M:%S"),
                    dt.tzname() or "",
                    "",
                    "Bank Deposit to PP Account ",
                    "Completed",
                    "USD",
                    f"{-amt:,.2f}",
                    "0.00",
                    f"{-amt:,.2f}",
                    "",
                    me_mail,
                    rand_id(rng, 17, "0123456789ABCDEFGHJKLMNPRSTUVWXY"),
                    "",
                    "",
                    "",
                    "",
                    tid,
                    "",
                    f"{bal:,.2f}",
                    "",
                    "",
                    "",
                    "Credit",
                ]
            )
        else:
            bal += amt
            rows.append(
                [
                    dt.strftime("%m/%d/%Y"),
                    dt.strftime("%H:%M:%S"),
                    dt.tzname() or "",
                    name,
                    typ,
                    "Completed",
                    "USD",
                    f"{amt:,.2f}",
                    "0.00",
                    f"{amt:,.2f}",
                    frm,
                    to,
                    tid,
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    f"{bal:,.2f}",
                    "",
                    "",
                    "lan tix back, thx!",
                    "Credit",
                ]
            )
    return csv_bytes(rows, quote_all=True, bom=True)


def p3_qif(e: Engine) -> bytes:
    rng = random.Random(633)
    tx: list[tuple[date, float, str, str, str]] = []
    for d in e.days():
        if rng.random() < 0.7:
            payee, lo, hi, cat = rng.choice(
                [
                    ("KING SOOPERS #0012", 15, 95, "Groceries"),
                    ("SAFEWAY 1453", 8, 60, "Groceries"),
                    ("RTD DENVER FARE", 3, 3, "Transit"),
                    ("SPROUTS FARMERS MKT", 10, 50, "Groceries"),
                    ("CHIPOTLE 1822", 11, 16, "Dining"),
                    ("COSTCO WHSE #0480", 40, 180, "Groceries"),
                    ("SHELL OIL 57442", 30, 55, "Auto:Fuel"),
                    ("STARBUCKS STORE 09912", 5, 9, "Dining"),
                ]
            )
            tx.append((d, -round(rng.uniform(lo, hi), 2), payee, cat, ""))
        nxt = d + timedelta(days=1)
        if (nxt.month != d.month and d.weekday() < 5) or (
            d.weekday() == 4 and (d + timedelta(days=3)).month != d.month
        ):
            tx.append((d, 4310.77, "SUMMIT RIDGE SOFTWARE PAYROLL", "Salary", "DIRECT DEP PPD"))
        if d.day == 1:
            tx.append((d, -1685.00, "PEARL STREET FLATS LLC", "Housing:Rent", "WEB PMT APT 4"))
            tx.append(
                (
                    d,
                    -500.00,
                    "TRANSFER TO SAVINGS",
                    "Transfer",
                    "ONLINE XFER TO SAV ACCT 8830174522",
                )
            )
        if d.day == 11:
            tx.append((d, -64.20, "XCEL ENERGY", "Utilities", "AUTOPAY"))
        if d.day == 18:
            tx.append((d, -70.00, "COMCAST", "Utilities", "AUTOPAY"))
    tx.sort(key=lambda t: t[0])
    out = ["!Type:Bank"]
    for d, amt, payee, cat, memo in tx:
        out.append(f"D{d.month}/{d.day:2d}'{d:%y}".replace("  ", " "))
        out.append(f"T{amt:,.2f}")
        out.append("C*" if d < date(2025, 4, 20) else "C")
        if payee.startswith("PEARL"):
            out.append(f"N{1201 + d.month}")
        out.append(f"P{payee}")
        if memo:
            out.append(f"M{memo}")
        out.append(f"L{cat}")
        out.append("^")
    return ("\r\n".join(out) + "\r\n").encode("ascii")


def p3_x(e: Engine) -> dict[str, bytes]:
    rng = random.Random(634)
    acct = "1488230917756420096"

    def js(name: str, arr: object) -> bytes:
        return (
            f"window.YTD.{name}.part0 = "
            + json.dumps(arr, indent=2, ensure_ascii=False).replace('": ', '" : ')
        ).encode("utf-8")

    def created(when: str) -> tuple[datetime, str]:
        dt = datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=P3_TZ)
        assert e.awake(dt)
        u = dt.astimezone(UTC)
        return dt, u.strftime("%a %b %d %H:%M:%S +0000 %Y")

    tweets_src = [
        (
            "2025-02-04 21:30:12",
            "back on my valorant grind, silver to plat by april or i quit (i won't quit)",
        ),
        (
            "2025-02-08 17:02:45",
            "canvassed 3 hours in the cold for the dems club today. people were actually nice!! #copolitics",
        ),
        ("2025-02-16 23:55:09", "@miatorres_gg that clutch on bind was disgusting, clip it"),
        ("2025-02-27 20:14:30", "qa life is finding the bug at 4:55pm on a friday"),
        (
            "2025-03-08 15:20:18",
            "marched downtown today. healthcare is a right and i'll keep showing up until it's treated like one",
        ),
        ("2025-03-15 22:41:07", "bg3 act 3 has eaten my entire weekend and i regret nothing"),
        (
            "2025-03-21 19:05:59",
            "called my senators about the medicaid cuts. takes 5 minutes, do it",
        ),
        ("2025-04-02 00:05:41", "plat 1. screaming. crying. @miatorres_gg we did it"),
        (
            "2025-04-12 12:18:26",
            "phone banking for the progressive school board slate today, dm me if you want to help",
        ),
        ("2025-04-22 21:48:03", "elden ring dlc boss has killed me 41 times. send help"),
        ("2025-04-27 18:30:44", "80 doors yesterday. democracy is a team sport"),
        ("2025-05-01 20:02:11", "the denver sky tonight 🌄 (no filter)"),
    ]
    tweets = []
    for i, (when, text) in enumerate(tweets_src):
        dt, ca = created(when)
        tid = str(1886000000000000000 + i * 7919113 + rng.randrange(10**6))
        mentions = []
        if "@miatorres_gg" in text:
            k = text.index("@miatorres_gg")
            mentions.append(
                {
                    "name": "gg 🎮",
                    "screen_name": "miatorres_gg",
                    "indices": [str(k), str(k + 13)],
                    "id_str": "1320077014582239232",
                    "id": "1320077014582239232",
                }
            )
        tags = [
            {"text": h[1:], "indices": [str(text.index(h)), str(text.index(h) + len(h))]}
            for h in re.findall(r"#\w+", text)
        ]
        tw: dict[str, object] = {
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
            "entities": {"hashtags": tags, "symbols": [], "user_mentions": mentions, "urls": []},
            "display_text_range": ["0", str(len(text))],
            "favorite_count": str(rng.randint(0, 40)),
            "id_str": tid,
            "truncated": False,
            "retweet_count": str(rng.randint(0, 6)),
            "id": tid,
            "created_at": ca,
            "favorited": False,
            "full_text": text,
            "lang": "en",
        }
        if text.startswith("@miatorres_gg"):
            tw["in_reply_to_screen_name"] = "miatorres_gg"
            tw["in_reply_to_user_id_str"] = "1320077014582239232"
        tweets.append({"tweet": tw})
    dms: list[dict[str, object]] = []
    for when, frm, text in [
        (
            "2025-04-12 13:40:10",
            "1320077014582239232",
            "i can phone bank sunday! where do i sign up",
        ),
        (
            "2025-04-12 13:52:31",
            acct,
            "yay! sign up on the county party site, the form is super short",
        ),
        ("2025-04-12 13:53:05", "1320077014582239232", "on it. also queue tonight?"),
        ("2025-04-12 13:55:47", acct, "obviously"),
    ]:
        dt, _ = created(when)
        to = "1320077014582239232" if frm == acct else acct
        dms.append(
            {
                "messageCreate": {
                    "recipientId": to,
                    "reactions": [],
                    "urls": [],
                    "text": text,
                    "mediaUrls": [],
                    "senderId": frm,
                    "id": str(1911000000000000000 + len(dms) * 3331),
                    "createdAt": dt.astimezone(UTC)
                    .isoformat(timespec="milliseconds")
                    .replace("+00:00", "Z"),
                }
            }
        )
    dms.reverse()  # newest first, as in real archives
    return {
        "data/account.js": js(
            "account",
            [
                {
                    "account": {
                        "email": "tessa.kowalski@example.com",
                        "createdVia": "web",
                        "username": "tessplaysgames",
                        "accountId": acct,
                        "createdAt": "2022-02-20T03:11:40.000Z",
                        "accountDisplayName": "tessplays 🎮🗳️",
                    }
                }
            ],
        ),
        "data/tweets.js": js("tweets", tweets),
        "data/direct-messages.js": js(
            "directMessages",
            [
                {
                    "dmConversation": {
                        "conversationId": f"1320077014582239232-{acct}",
                        "messages": dms,
                    }
                }
            ],
        ),
    }


def p3(out: Path) -> None:
    pid = "us_tessa_denver"
    pdir = out / pid
    e = Engine(6300, P3_TZ, date(2025, 2, 3), date(2025, 5, 4), time(8, 0), time(0, 30), DEN_SLOTS)
    chats = p3_chats()
    me = "Tessa Kowalski"
    e.simulate(chats, me)
    p3_plant(e)
    files: dict[str, bytes] = {}
    wa = {}
    for ch in chats:
        f = f"whatsapp/WhatsApp Chat with {ch.title}.txt"
        wa[ch.key] = f
        files[f] = wa_android(e, ch, me, "Gloria Nunez" if ch.kind == "group" else None)
    pp = "paypal/Download.CSV"
    files[pp] = p3_paypal(e)
    qif = "bank/FirstBank_Checking_2025-02-03_2025-05-04.qif"
    files[qif] = p3_qif(e)
    xroot = "twitter-2025-05-05-8f3a1c9d/"
    for k, v in p3_x(e).items():
        files[xroot + k] = v
    for k, v in files.items():
        write(pdir / k, v)
    wj, wm, wk, wmi, wg = (wa[k] for k in ("jordan", "mom", "kayla", "mia", "hoa"))
    pii = [
        (wj, "PERSON", "Jordan Ellis"),
        (wj, "PERSON", "Tessa Kowalski"),
        (wj, "ADDRESS", "8200 E Belleview Ave Suite 400"),
        (wj, "US_DRIVER_LICENSE", "09-217-4456"),
        (wj, "LICENSE_PLATE", "CKX-J42"),
        (wm, "PERSON", "Tessa Kowalski"),
        (wm, "US_SSN", "531-40-8827"),
        (wm, "PHONE_NUMBER", "(303) 555-0187"),
        (wm, "ADDRESS", "4410 W 29th Ave, Denver, CO 80212"),
        (wk, "PERSON", "Kayla"),
        (wk, "PERSON", "Tessa Kowalski"),
        (wk, "EMAIL_ADDRESS", "kayla.kowalski@example.net"),
        (wk, "US_PASSPORT", "C03005988"),
        (wmi, "PERSON", "Mia Torres"),
        (wmi, "PERSON", "Tessa Kowalski"),
        (wmi, "ABA_ROUTING_NUMBER", "102000089"),
        (wmi, "BANK_ACCOUNT", "5520019374"),
        (wmi, "PHONE_NUMBER", "720.555.0129"),
        (wg, "PERSON", "Tessa Kowalski"),
        (wg, "PERSON", "Dale Pruitt"),
        (wg, "PERSON", "Gloria Nunez"),
        (wg, "PHONE_NUMBER", "+1 (720) 555-0166"),
        (wg, "ADDRESS", "1862 s pearl st #4"),
        (pp, "EMAIL_ADDRESS", "tessa.kowalski@example.com"),
        (pp, "PERSON", "Greg Olsen"),
        (pp, "EMAIL_ADDRESS", "greg.olsen@example.net"),
        (pp, "ADDRESS", "1862 S Pearl St Apt 4, Denver, CO 80210"),
        (pp, "PHONE_NUMBER", "720-555-0142"),
        (pp, "PERSON", "Mia Torres"),
        (pp, "EMAIL_ADDRESS", "mia.torres@example.org"),
        (qif, "BANK_ACCOUNT", "8830174522"),
        (xroot + "data/account.js", "USERNAME", "tessplaysgames"),
        (xroot + "data/account.js", "EMAIL_ADDRESS", "tessa.kowalski@example.com"),
        (pp, "PERSON", "Tessa Kowalski"),
        (xroot + "data/tweets.js", "USERNAME", "@miatorres_gg"),
    ]
    assert aba_ok("102000089")
    n_chat = len(e.msgs)
    assert 1200 <= n_chat <= 2000, n_chat
    facts: dict[str, object] = {
        "home": {
            "lat": 39.683450,
            "lon": -104.980540,
            "radius_m": 300,
            "address": "1862 S Pearl St Apt 4, Denver, CO 80210",
            "city": "Denver",
        },
        "work": {
            "lat": 39.623870,
            "lon": -104.896210,
            "radius_m": 300,
            "employer": "Summit Ridge Software",
        },
        "sleep_window": {"start": "00:30", "end": "08:00", "tolerance_min": 60},
        "top_contacts": top_contacts(e, chats),
        "relationships": [
            {"name": "Jordan Ellis", "relationship": "partner", "full_name": "Jordan Ellis"},
            {"name": "Mom", "relationship": "mother", "full_name": "Diane Kowalski"},
            {"name": "Kayla", "relationship": "sister", "full_name": "Kayla Kowalski"},
            {"name": "Mia Torres", "relationship": "close friend", "full_name": "Mia Torres"},
        ],
        "religion": {"value": False},
        "health": {"value": False},
        "politics": {
            "value": "progressive / Democratic volunteer (canvassing, phone banking, marches, ActBlue donations)"
        },
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": True},
        "salary": {
            "amount": "4310.77",
            "currency": "USD",
            "payer": "SUMMIT RIDGE SOFTWARE PAYROLL",
            "period": "monthly",
        },
        "risky_contact": {
            "name": "Dale Pruitt",
            "why": "posts 64 distinct angry political rants in the 'Maple Court Neighbors' WhatsApp group",
        },
    }
    user = {
        "names": ["Tessa Kowalski", "Tessa", "Tess"],
        "phones": ["720-555-0142"],
        "emails": ["tessa.kowalski@example.com"],
        "handles": ["tessplaysgames"],
    }
    finish(
        pdir,
        pid,
        "Tessa Kowalski, 31, QA engineer at Summit Ridge Software (Denver Tech Center), rents an apartment "
        "on S Pearl St, Denver; night owl and gamer. Feb-May 2025: WhatsApp Android (US locale, 12h with U+202F), "
        "PayPal activity CSV, bank QIF, X/Twitter archive. No location export: home and work addresses appear in "
        "the records. Planted: progressive political activism, video gaming.",
        "America/Denver",
        user,
        pii,
        facts,
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE / "personas")
    args = ap.parse_args()
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for fn in PERSONAS:
        fn(out)


PERSONAS = [p1, p2, p3]

if __name__ == "__main__":
    main()
