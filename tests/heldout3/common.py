"""Shared helpers for the heldout3 generator (stdlib only, deterministic)."""
import datetime as dt
import json
import random
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc


def luhn_complete(prefix: str) -> str:
    digits = [int(c) for c in prefix]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return prefix + str((10 - s % 10) % 10)


def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def cn_id(body17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def iban_gb(bank: str, sort: str, acct: str) -> str:
    bban = bank + sort + acct
    conv = "".join(str(int(c, 36)) for c in bban + "GB00")
    chk = 98 - int(conv) % 97
    return f"GB{chk:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def nhs_number(first9: str) -> str:
    s = sum(int(c) * (10 - i) for i, c in enumerate(first9))
    chk = 11 - s % 11
    if chk == 11:
        chk = 0
    assert chk != 10
    return first9 + str(chk)


def in_window(minute: int, start: int, end: int) -> bool:
    if start <= end:
        return start <= minute < end
    return minute >= start or minute < end


def hm(s: str) -> int:
    h, m = s.split(":")
    return int(h) * 60 + int(m)


class Msg:
    __slots__ = ("ts", "sender", "text", "kind", "extra")

    def __init__(self, ts, sender, text, kind="text", extra=None):
        self.ts = ts  # aware UTC datetime
        self.sender = sender  # display name as in export, USER for the user
        self.text = text
        self.kind = kind  # text|image|voice|sticker|location|video|system|card|file
        self.extra = extra or {}


class Chat:
    def __init__(self, title, kind, members):
        self.title = title
        self.kind = kind  # dm | group
        self.members = members  # other participants (display names)
        self.msgs = []

    def sort(self):
        self.msgs.sort(key=lambda m: m.ts)


class Engine:
    """Builds chats in local time, never letting the user send inside the sleep window."""

    def __init__(self, seed, tzname, user, start, end, sleep):
        self.rng = random.Random(seed)
        self.tz = ZoneInfo(tzname)
        self.user = user
        self.start = start
        self.end = end
        self.sleep = (hm(sleep[0]), hm(sleep[1]))
        self.suffixes = []

    def local(self, day, minute, sec=0):
        d = dt.datetime(day.year, day.month, day.day, 0, 0, tzinfo=self.tz)
        naive = dt.datetime(day.year, day.month, day.day) + dt.timedelta(minutes=minute, seconds=sec)
        return naive.replace(tzinfo=self.tz).astimezone(UTC)

    def asleep(self, ts_utc):
        l = ts_utc.astimezone(self.tz)
        return in_window(l.hour * 60 + l.minute, *self.sleep)

    def days(self):
        d = self.start
        while d <= self.end:
            yield d
            d += dt.timedelta(days=1)

    def awake_minute(self, lo=None, hi=None):
        """random local minute outside sleep (with 40 min margin)."""
        s, e = self.sleep
        while True:
            m = self.rng.randrange(lo or 0, hi or 1440)
            if not in_window(m, (s - 40) % 1440, (e + 20) % 1440):
                return m

    def session(self, chat, day, pools, n, minute=None, placeholder_p=0.12, placeholders=None):
        rng = self.rng
        minute = self.awake_minute() if minute is None else minute
        t = self.local(day, minute, rng.randrange(60))
        speaker = rng.choice([self.user] + chat.members)
        out = 0
        while out < n:
            if speaker == self.user and self.asleep(t):
                break
            if rng.random() < placeholder_p and placeholders:
                kind, text = rng.choice(placeholders)
                chat.msgs.append(Msg(t, speaker, text, kind))
            else:
                pool = pools[speaker] if speaker in pools else pools["*"]
                txt = rng.choice(pool)
                last = chat.msgs[-1].text if chat.msgs else None
                while txt == last and len(pool) > 1:
                    txt = rng.choice(pool)
                if self.suffixes and rng.random() < 0.22 and not txt.startswith("["):
                    txt = txt + rng.choice(self.suffixes)
                chat.msgs.append(Msg(t, speaker, txt))
            out += 1
            t = t + dt.timedelta(seconds=rng.choice([8, 15, 30, 45, 70, 120, 200, 400, 900]))
            if rng.random() < 0.55:
                if chat.kind == "dm":
                    speaker = chat.members[0] if speaker == self.user else self.user
                else:
                    speaker = rng.choice([self.user] + chat.members)
        return out

    def plant(self, chat, day, hhmm, sender, text, kind="text", extra=None):
        t = self.local(day, hm(hhmm), self.rng.randrange(60))
        if sender == self.user:
            assert not self.asleep(t), (chat.title, day, hhmm)
        m = Msg(t, sender, text, kind, extra)
        chat.msgs.append(m)
        return m


def combos(rng, parts, n):
    """n distinct strings made by joining one item from each part list."""
    seen = []
    tried = set()
    while len(seen) < n:
        pick = tuple(rng.randrange(len(p)) for p in parts)
        if pick in tried:
            continue
        tried.add(pick)
        s = "".join(p[i] for p, i in zip(parts, pick)).strip()
        if s not in seen:
            seen.append(s)
    return seen


def mojibake(s: str) -> str:
    return s.encode("utf-8").decode("latin-1")


def fb_dump(obj):
    def fix(o):
        if isinstance(o, str):
            return mojibake(o)
        if isinstance(o, list):
            return [fix(x) for x in o]
        if isinstance(o, dict):
            return {k: fix(v) for k, v in o.items()}
        return o
    return json.dumps(fix(obj), indent=2, ensure_ascii=True)


def fb_repair_text(raw: str) -> str:
    def fix(o):
        if isinstance(o, str):
            try:
                return o.encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                return o
        if isinstance(o, list):
            return [fix(x) for x in o]
        if isinstance(o, dict):
            return {k: fix(v) for k, v in o.items()}
        return o
    return json.dumps(fix(json.loads(raw)), ensure_ascii=False, indent=1)


def decoded_text(path) -> str:
    """How a reader sees the file after decoding (used by the assertion)."""
    raw = path.read_bytes()
    name = path.name
    if "alipay" in name:
        return raw.decode("gbk")
    txt = raw.decode("utf-8-sig")
    if "instagram" in str(path) or "facebook" in str(path):
        if name.endswith(".json"):
            return fb_repair_text(txt)
    if name.endswith(".json"):
        return json.dumps(json.loads(txt), ensure_ascii=False, indent=1) + "\n" + txt
    if name.endswith(".js"):
        body = txt[txt.index("=") + 1:]
        return json.dumps(json.loads(body), ensure_ascii=False, indent=1) + "\n" + txt
    return txt


def top_contacts(chats, user, k=3):
    rows = []
    for c in chats:
        if c.kind != "dm":
            continue
        n = sum(1 for m in c.msgs if m.kind != "system")
        rows.append({"name": c.title, "messages": n})
    rows.sort(key=lambda r: -r["messages"])
    return rows[:k]
