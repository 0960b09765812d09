"""Shared helpers for the heldout13 generator (stdlib only, deterministic)."""

from __future__ import annotations

import json
import random
import re
from datetime import date, datetime, timedelta, timezone

# ---------------------------------------------------------------- checksums


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


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


def cn_id(first17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w for c, w in zip(first17, weights, strict=False))
    return first17 + "10X98765432"[s % 11]


def iban(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(value: str) -> bool:
    v = value.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in v[4:] + v[:4])
    return int(num) % 97 == 1


def nhs_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    if len(d) != 10:
        return False
    s = sum(x * (10 - i) for i, x in enumerate(d[:9]))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]


def aba_ok(value: str) -> bool:
    d = [int(c) for c in value]
    return (
        len(d) == 9
        and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0
    )


# ---------------------------------------------------------------- text


def fill(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    def rep(m: re.Match[str]) -> str:
        return rng.choice(slots[m.group(1)])

    return re.sub(r"\{(\w+)\}", rep, template)


def typo_en(text: str, rng: random.Random) -> str:
    """Occasional realistic typo: dropped / doubled / swapped letter."""
    words = text.split(" ")
    cands = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not cands:
        return text
    i = rng.choice(cands)
    w = words[i]
    k = rng.randrange(1, len(w) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        w = w[:k] + w[k + 1 :]
    elif kind == 1:
        w = w[:k] + w[k] + w[k:]
    else:
        w = w[: k - 1] + w[k] + w[k - 1] + w[k + 1 :]
    words[i] = w
    return " ".join(words)


# ---------------------------------------------------------------- time


class Msg:
    __slots__ = ("chat", "kind", "planted", "sender", "text", "when")

    def __init__(
        self,
        chat: str,
        when: datetime,
        sender: str,
        text: str,
        kind: str = "text",
        planted: bool = False,
    ):
        self.chat = chat
        self.when = when  # aware datetime in the persona's zone
        self.sender = sender
        self.text = text
        self.kind = kind  # text | image | video | voice | sticker | system
        self.planted = planted


def days(start: date, end: date) -> list[date]:
    out = []
    d = start
    while d <= end:
        out.append(d)
        d += timedelta(days=1)
    return out


def local_dt(d: date, minutes: int, tz: timezone) -> datetime:
    return datetime(d.year, d.month, d.day, tzinfo=tz) + timedelta(minutes=minutes)


def awake_minutes(rng: random.Random, wake: int, bed: int) -> int:
    """Minute of day (may exceed 1440 for after-midnight) inside the awake span."""
    # evenings busier than mornings
    lo = max(wake, 17 * 60) if rng.random() < 0.55 else wake
    return rng.randrange(lo, bed)


def gen_chat(
    rng: random.Random,
    chat: str,
    speakers: list[str],
    day_list: list[date],
    p_day: float,
    burst: tuple[int, int],
    tz: timezone,
    wake: int,
    bed: int,
    line_fn,  # (rng, speaker, chat) -> (kind, text)
) -> list[Msg]:
    out: list[Msg] = []
    for d in day_list:
        if rng.random() > p_day:
            continue
        n = rng.randrange(burst[0], burst[1] + 1)
        start = awake_minutes(rng, wake, bed - n * 2 - 5)
        t = start * 60 + rng.randrange(60)
        sp = rng.randrange(len(speakers))
        for _ in range(n):
            if rng.random() < 0.6:
                sp = (sp + 1) % len(speakers)
            kind, text = line_fn(rng, speakers[sp], chat)
            out.append(
                Msg(chat, local_dt(d, 0, tz) + timedelta(seconds=t), speakers[sp], text, kind)
            )
            t += rng.randrange(15, 110)
    return out


def in_sleep(when: datetime, sleep_start: int, sleep_end: int) -> bool:
    m = when.hour * 60 + when.minute
    if sleep_start > sleep_end:
        return m >= sleep_start or m < sleep_end
    return sleep_start <= m < sleep_end


# ---------------------------------------------------------------- decoding / pii scan


def fix_mojibake(s: str) -> str:
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def mojibake(obj):
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {k: mojibake(v) for k, v in obj.items()}
    return obj


def _strings(obj, out: list[str], fix: bool) -> None:
    if isinstance(obj, str):
        out.append(fix_mojibake(obj) if fix else obj)
    elif isinstance(obj, list):
        for x in obj:
            _strings(x, out, fix)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out.append(k)
            _strings(v, out, fix)


def decode_file(rel: str, data: bytes) -> str:
    """Text of an export file the way a reader sees it (decoded, JSON strings unescaped)."""
    low = rel.lower()
    if "alipay" in low and low.endswith(".csv"):
        return data.decode("gbk")
    text = data.decode("utf-8-sig")
    if low.endswith(".js") and text.startswith("window.YTD."):
        text = text[text.index("=") + 1 :]
        low = low + ".json"
    if low.endswith(".json"):
        obj = json.loads(text)
        fix = (
            "your_facebook_activity" in low
            or "your_instagram_activity" in low
            or "personal_information" in low
        )
        parts: list[str] = []
        _strings(obj, parts, fix)
        return "\n".join(parts)
    return text


def _is_word(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c == "_")


def occurrences(text: str, value: str) -> list[tuple[int, int]]:
    out = []
    i = text.find(value)
    while i >= 0:
        j = i + len(value)
        ok = True
        if _is_word(value[0]) and i > 0 and _is_word(text[i - 1]):
            ok = False
        if _is_word(value[-1]) and j < len(text) and _is_word(text[j]):
            ok = False
        if ok:
            out.append((i, j))
        i = text.find(value, i + 1)
    return out


def scan_pii(files: dict[str, bytes], planted: list[tuple[str, str]]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for rel in sorted(files):
        text = decode_file(rel, files[rel])
        spans = {v: occurrences(text, v) for _, v in planted}
        for etype, value in planted:
            own = spans[value]
            # an occurrence only inside a longer planted value does not count on its own
            longer = [
                s for (_, v2) in planted if len(v2) > len(value) and value in v2 for s in spans[v2]
            ]
            free = [s for s in own if not any(a <= s[0] and s[1] <= b for a, b in longer)]
            if free:
                rows.append({"file": rel, "entity_type": etype, "value": value})
    return rows


def day_plan(
    rng: random.Random,
    dl: list[date],
    tz: timezone,
    home: tuple[float, float],
    work: tuple[float, float],
    others: dict[str, tuple[float, float]],
    leave_win: tuple[int, int],
    back_win: tuple[int, int],
    fixed: dict[int, tuple[str, int, int]] | None = None,
    p_out: float = 0.4,
) -> list[tuple[str, datetime, datetime, str]]:
    """Visits and moves: ('visit'|'move', start, end, place name 'HOME'|'WORK'|other|'A>B')."""
    pts = {"HOME": home, "WORK": work, **others}
    plan: list[tuple[str, datetime, datetime, str]] = []
    names = list(others)
    for d in dl:
        t0 = local_dt(d, 0, tz)
        cur, pos = t0, "HOME"
        if d.weekday() < 5:
            leave = t0 + timedelta(minutes=rng.randrange(*leave_win))
            plan.append(("visit", cur, leave, "HOME"))
            arr = leave + timedelta(minutes=rng.randrange(12, 30))
            plan.append(("move", leave, arr, "HOME>WORK"))
            out = t0 + timedelta(minutes=rng.randrange(*back_win))
            plan.append(("visit", arr, out, "WORK"))
            cur, pos = out, "WORK"
        else:
            out = t0 + timedelta(minutes=rng.randrange(9 * 60 + 30, 12 * 60))
            plan.append(("visit", cur, out, "HOME"))
            cur = out
        fx = (fixed or {}).get(d.weekday())
        if fx is not None:
            nm, st, ln = fx
            a = max(cur + timedelta(minutes=15), t0 + timedelta(minutes=st))
            plan.append(("move", cur, a, f"{pos}>{nm}"))
            b = a + timedelta(minutes=ln)
            plan.append(("visit", a, b, nm))
            cur, pos = b, nm
        elif rng.random() < p_out:
            nm = rng.choice(names)
            a = cur + timedelta(minutes=rng.randrange(15, 35))
            plan.append(("move", cur, a, f"{pos}>{nm}"))
            b = a + timedelta(minutes=rng.randrange(45, 140))
            plan.append(("visit", a, b, nm))
            cur, pos = b, nm
        a = cur + timedelta(minutes=rng.randrange(15, 35))
        plan.append(("move", cur, a, f"{pos}>HOME"))
        plan.append(("visit", a, t0 + timedelta(days=1), "HOME"))
    del pts
    return plan


def merge_home(
    plan: list[tuple[str, datetime, datetime, str]],
) -> list[tuple[str, datetime, datetime, str]]:
    """Join a home visit that ends at midnight with the next day's first home visit."""
    out: list[tuple[str, datetime, datetime, str]] = []
    for p in plan:
        if (
            out
            and p[0] == "visit"
            and out[-1][0] == "visit"
            and p[3] == out[-1][3] == "HOME"
            and out[-1][2] == p[1]
        ):
            out[-1] = ("visit", out[-1][1], p[2], "HOME")
        else:
            out.append(p)
    return out
