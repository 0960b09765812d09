"""Shared helpers for the held-out persona generator (stdlib only, deterministic)."""
import json
import os
import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc


# ---------------------------------------------------------------- identifiers
def luhn_complete(prefix: str, length: int) -> str:
    """Return prefix padded with fixed digits to length-1 plus a Luhn check digit."""
    body = prefix
    i = 0
    while len(body) < length - 1:
        body += str((7 * i + 3) % 10)
        i += 1
    total = 0
    for idx, ch in enumerate(reversed(body)):
        d = int(ch)
        if idx % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    s = 0
    for idx, d in enumerate(reversed(digits)):
        if idx % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def cn_resident_id(first17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(first17, w))
    return first17 + "10X98765432"[s % 11]


def iban(country: str, bban: str) -> str:
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(value: str) -> bool:
    v = value.replace(" ", "")
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def nhs_number(first9: str) -> str:
    s = sum(int(d) * (10 - i) for i, d in enumerate(first9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    assert c != 10, "invalid NHS stem"
    return first9 + str(c)


# ---------------------------------------------------------------- time
def local_dt(tz: ZoneInfo, y, mo, d, h=0, mi=0, s=0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def days(start: datetime, end: datetime):
    d = start
    while d <= end:
        yield d
        d += timedelta(days=1)


def epoch(dt: datetime) -> int:
    return int(dt.timestamp())


# ---------------------------------------------------------------- planting
class Planter:
    """Collects planted PII and checks every value occurs in its decoded file."""

    def __init__(self):
        self.items = []

    def add(self, file, etype, value):
        rec = {"file": file, "entity_type": etype, "value": value}
        if rec not in self.items:
            self.items.append(rec)
        return value


def fix_mojibake(s: str) -> str:
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def _walk_strings(obj, out):
    if isinstance(obj, str):
        out.append(obj)
        out.append(fix_mojibake(obj))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _walk_strings(k, out)
            _walk_strings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            _walk_strings(v, out)


def decoded_text(path: str) -> str:
    """Decode one export file the way a reader would: encoding + JSON + mojibake repair."""
    raw = open(path, "rb").read()
    text = None
    for enc in ("utf-8-sig", "gbk"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    assert text is not None, path
    parts = [text]
    body = text
    if path.endswith(".js") and "=" in body:
        body = body.split("=", 1)[1]
    if path.endswith((".json", ".js")):
        obj = json.loads(body)
        _walk_strings(obj, parts)
    return "\n".join(parts)


def verify(persona_dir: str, items):
    cache = {}
    for it in items:
        p = os.path.join(persona_dir, it["file"])
        if p not in cache:
            cache[p] = decoded_text(p)
        assert it["value"] in cache[p], f"planted value missing: {it}"


# ---------------------------------------------------------------- writing
def write_text(path, text, encoding="utf-8", newline="\n"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.replace("\n", newline).encode(encoding)
    with open(path, "wb") as f:
        f.write(data)


def write_json(path, obj, mojibake=False, indent=2):
    """Write JSON. With mojibake=True every non-ASCII string is written as one
    \\u00XX escape per UTF-8 byte, as Meta's exports do."""
    if mojibake:
        obj = _mojibake(obj)
    write_text(path, json.dumps(obj, ensure_ascii=True, indent=indent) + ("\n" if not mojibake else ""))


def _mojibake(obj):
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [_mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {_mojibake(k): _mojibake(v) for k, v in obj.items()}
    return obj


# ---------------------------------------------------------------- chat engine
class Chat:
    """A chat timeline. Messages are (datetime_local, sender_key, text, kind, extra)."""

    def __init__(self, title, members):
        self.title = title
        self.members = members  # key -> display name
        self.msgs = []

    def add(self, dt, who, text, kind="text", extra=None):
        self.msgs.append((dt, who, text, kind, extra or {}))

    def sort(self):
        self.msgs.sort(key=lambda m: m[0])

    def count_non_system(self):
        return sum(1 for m in self.msgs if m[3] != "system")


def in_window(t_minutes, start, end):
    """Is minute-of-day inside [start, end) (window may wrap midnight)?"""
    if start <= end:
        return start <= t_minutes < end
    return t_minutes >= start or t_minutes < end


def hm(s):
    h, m = s.split(":")
    return int(h) * 60 + int(m)


def place_session(chat, rng, day_dt, start_min, lines, sleep, user_key="u"):
    """Lay out a list of (who, text[, kind, extra]) from start minute of day.
    Stops before any message would fall inside the sleep window."""
    t = day_dt.replace(hour=0, minute=0, second=0) + timedelta(minutes=start_min, seconds=rng.randint(0, 59))
    s0, s1 = sleep
    prev = None
    for ln in lines:
        who, text = ln[0], ln[1]
        kind = ln[2] if len(ln) > 2 else "text"
        extra = ln[3] if len(ln) > 3 else None
        if prev is not None:
            gap = rng.choice([8, 15, 25, 40, 60, 90, 150, 240, 420, 900]) if who != prev else rng.choice([3, 5, 9, 14, 22])
            t = t + timedelta(seconds=gap + rng.randint(0, 20))
        mins = t.hour * 60 + t.minute
        if in_window(mins, s0, s1):
            break
        chat.add(t, who, text, kind, extra)
        prev = who
    return t


def pick_start(rng, slots):
    """slots: list of (weight, start_min, end_min)."""
    tot = sum(w for w, _, _ in slots)
    r = rng.random() * tot
    for w, a, b in slots:
        if r < w:
            return rng.randint(a, b)
        r -= w
    return rng.randint(slots[-1][1], slots[-1][2])


def angry_messages(rng, openers, subjects, complaints, closers, n, zh=False):
    out = set()
    res = []
    tries = 0
    while len(res) < n and tries < 20000:
        tries += 1
        op, sub, comp = rng.choice(openers), rng.choice(subjects), rng.choice(complaints)
        if zh:
            msg = op + sub + comp
            if rng.random() < 0.7:
                msg += rng.choice(["，", "！", "。", " "]) + rng.choice(closers)
        else:
            if op and not op[-1] in ",.:":
                op += rng.choice([".", "!", ","])
            if op.endswith((".", "!", ":")):
                sub = sub[0].upper() + sub[1:]
            msg = (op + " " + sub + " " + comp).strip()
            if rng.random() < 0.7:
                msg += rng.choice([". ", "! ", "!! ", " "]) + rng.choice(closers)
            elif rng.random() < 0.5:
                msg += rng.choice([".", "!", "!!!"])
        if msg not in out:
            out.add(msg)
            res.append(msg)
    return res


def zh_join(parts):
    return "".join(parts)


EN_TAILS = [" lol", " x", " haha", " 😂", " 🙃", "!!", " tbh", " ngl", "...", " 👍", " xx", " 😅"]
ZH_TAILS = ["哈哈", "哈哈哈", "~", "啊", "😂", "！", "呀", "嘛", "😅", "。。", "[捂脸]", "[旺柴]"]
ZH_HEADS = ["嗯嗯 ", "诶 ", "哦 ", "啊 ", "害 ", "好家伙 "]
EN_HEADS = ["ah ", "oh ", "omg ", "ha ", "right ", "ok ", "lol "]


def _typo(rng, t):
    idx = [i for i in range(len(t) - 1) if t[i].isalpha() and t[i + 1].isalpha()]
    if not idx:
        return t
    i = rng.choice(idx)
    return t[:i] + t[i + 1] + t[i] + t[i + 2:]


def vary(rng, text, zh=False):
    """Small, realistic variations so repeated fragments do not repeat verbatim."""
    if not text or text.startswith(("<", "[", "location:", "http")) or rng.random() < 0.68:
        return text
    r = rng.random()
    if not text[-1].isascii() and not zh and r < 0.35:
        r = 0.9  # already ends in an emoji: no extra tail
    if zh:
        if r < 0.45:
            return text + rng.choice(ZH_TAILS)
        if r < 0.65:
            return rng.choice(ZH_HEADS) + text
        if r < 0.8 and len(text) > 2:
            return text.rstrip("！!？?。") + rng.choice(["", "？", "!!", "…"])
        return text + " " + rng.choice(["[表情]", "🙃", "👌", "🤣", "😭"])
    if r < 0.35:
        return text.rstrip(".!") + rng.choice(EN_TAILS)
    if r < 0.5:
        return rng.choice(EN_HEADS) + text[0].lower() + text[1:]
    if r < 0.65 and len(text) > 6:
        return _typo(rng, text)
    if r < 0.75:
        return text.lower().rstrip(".")
    if r < 0.85 and text[-1].isalpha():
        return text + text[-1] * rng.randint(1, 3)
    return text.upper() if len(text) < 14 else text + "!"


RISKY_KEYS = {"liu", "gaz", "rick"}


def vary_lines(rng, lines, zh=False):
    return [ln if ln[0] in RISKY_KEYS else (ln[0], vary(rng, ln[1], zh)) + tuple(ln[2:]) for ln in lines]


def news_line(rng, heads, subjects, events, tails):
    """A one-off 'life update' line built from several independent fragment pools."""
    return (rng.choice(heads) + rng.choice(subjects) + rng.choice(events) + rng.choice(tails)).strip()
