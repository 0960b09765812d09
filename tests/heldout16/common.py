"""Shared helpers for the heldout16 generator (stdlib only, deterministic)."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path


def luhn_complete(prefix: str) -> str:
    digits = [int(c) for c in prefix]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)


def cn_id(body17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(body17, w, strict=False))
    return body17 + "10X98765432"[s % 11]


def nhs(body9: str) -> str:
    s = sum(int(d) * (10 - i) for i, d in enumerate(body9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    assert c != 10
    return body9 + str(c)


def iban(country: str, bban: str) -> str:
    def num(s: str) -> str:
        return "".join(str(int(ch, 36)) for ch in s)

    chk = 98 - int(num(bban + country + "00")) % 97
    return f"{country}{chk:02d}{bban}"


def aba(body8: str) -> str:
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(a) * b for a, b in zip(body8, w, strict=False))
    return body8 + str((10 - s % 10) % 10)


class Chat:
    def __init__(self, title: str, members: list[str], group: bool = False) -> None:
        self.title = title
        self.members = members
        self.group = group
        self.msgs: list[tuple[dt.datetime, str, str]] = []  # local naive time, sender, text

    def add(self, when: dt.datetime, sender: str, text: str) -> None:
        self.msgs.append((when, sender, text))

    def sorted(self) -> list[tuple[dt.datetime, str, str]]:
        return sorted(self.msgs, key=lambda m: (m[0], m[1], m[2]))


def awake(t: dt.datetime, sleep_start: dt.time, sleep_end: dt.time) -> bool:
    x = t.time()
    if sleep_start > sleep_end:
        return not (x >= sleep_start or x < sleep_end)
    return not (sleep_start <= x < sleep_end)


def burst(
    rng: random.Random,
    chat: Chat,
    day: dt.date,
    lines: list[tuple[str, str]],
    lo: int,
    hi: int,
    sleep: tuple[dt.time, dt.time],
) -> None:
    """Place a short conversation on `day` starting between hours lo..hi, never in the sleep window."""
    for _ in range(50):
        start = dt.datetime.combine(day, dt.time(rng.randrange(lo, hi), rng.randrange(60)))
        t = start
        times = []
        for _ in lines:
            times.append(t)
            t += dt.timedelta(minutes=rng.choice([0, 1, 1, 2, 3, 5, 8]), seconds=rng.randrange(60))
        if all(awake(x, *sleep) for x in times) and times[-1].date() == day:
            break
    else:
        raise RuntimeError("cannot place burst")
    for when, (who, text) in zip(times, lines, strict=False):
        chat.add(when.replace(second=rng.randrange(60)) if when == times[0] else when, who, text)


def write_json(path: Path, obj: object, ascii_: bool = False, indent: int | None = 2) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(obj, ensure_ascii=ascii_, indent=indent) + "\n", encoding="utf-8", newline="\n"
    )


def mojibake(s: str) -> str:
    return s.encode("utf-8").decode("latin-1")


def moji_tree(o: object) -> object:
    if isinstance(o, str):
        return mojibake(o)
    if isinstance(o, list):
        return [moji_tree(x) for x in o]
    if isinstance(o, dict):
        return {k: moji_tree(v) for k, v in o.items()}
    return o


def typo(rng: random.Random, s: str, p: float = 0.12) -> str:
    """Occasional realistic slip: swapped letters, dropped letter, doubled letter."""
    if rng.random() > p or len(s) < 6:
        return s
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 3 and w.islower()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif kind == 1:
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


CN_PRE = ["", "", "", "", "嗯，", "哦，", "那", "好的，", "哈哈，", "对了，", "唉，", "刚看到，"]
CN_SUF = [
    "",
    "",
    "",
    "",
    "啊",
    "哈",
    "呢",
    "了",
    "吧",
    "～",
    "。",
    "！",
    "[呲牙]",
    "[微笑]",
    "👌",
    "😄",
    "…",
    "？",
]
EN_PRE = [
    "",
    "",
    "",
    "",
    "",
    "ok ",
    "haha ",
    "tbh ",
    "yeah ",
    "omg ",
    "right ",
    "ah ",
    "hmm ",
    "soz ",
    "wait ",
]
EN_SUF = [
    "",
    "",
    "",
    "",
    "",
    " x",
    " xx",
    " lol",
    " 😂",
    " 👍",
    " haha",
    "!",
    "!!",
    "..",
    " tho",
    " 🙃",
    " ngl",
    " 🤷",
]


def vary_cn(rng: random.Random, s: str) -> str:
    if s.startswith("[") or rng.random() < 0.35:
        return s
    return rng.choice(CN_PRE) + s + rng.choice(CN_SUF)


def vary_en(rng: random.Random, s: str) -> str:
    if s in ("<Media omitted>", "[photo]", "photo", "shared a reel") or rng.random() < 0.35:
        return s
    s = rng.choice(EN_PRE) + s + rng.choice(EN_SUF)
    if rng.random() < 0.08:
        s = s.upper() if len(s) < 25 else s
    elif rng.random() < 0.1:
        s = s[:1].upper() + s[1:]
    return typo(rng, s)
