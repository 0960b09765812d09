"""Shared helpers for the heldout2 persona generator (stdlib only, deterministic)."""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

UTC = UTC


# ---------------------------------------------------------------- validators
def luhn_complete(prefix: str) -> str:
    """Append a Luhn check digit to a digit string."""
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def cn_id(first17: str) -> str:
    """GB 11643-1999 check character."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w for c, w in zip(first17, weights, strict=True))
    return first17 + "10X98765432"[s % 11]


def iban(country: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    check = 98 - int(conv) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(value: str) -> bool:
    v = value.replace(" ", "")
    conv = "".join(str(int(c, 36)) for c in (v[4:] + v[:4]))
    return int(conv) % 97 == 1


def nhs_number(first9: str) -> str:
    s = sum(int(c) * (10 - i) for i, c in enumerate(first9))
    check = 11 - s % 11
    if check == 11:
        check = 0
    assert check != 10, first9
    return first9 + str(check)


# ---------------------------------------------------------------- time zones
def last_sunday(year: int, month: int) -> date:
    d = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def nth_sunday(year: int, month: int, n: int) -> date:
    d = date(year, month, 1)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (n - 1))


def utc_offset_minutes(zone: str, utc_dt: datetime) -> int:
    """UTC offset for the three zones used here, with fixed DST rules."""
    y = utc_dt.year
    naive = utc_dt.replace(tzinfo=None)
    if zone == "Asia/Shanghai":
        return 480
    if zone == "Europe/London":
        start = datetime.combine(last_sunday(y, 3), datetime.min.time()) + timedelta(hours=1)
        end = datetime.combine(last_sunday(y, 10), datetime.min.time()) + timedelta(hours=1)
        return 60 if start <= naive < end else 0
    if zone == "America/New_York":
        # 2:00 local standard -> 07:00 UTC; ends 2:00 local daylight -> 06:00 UTC
        start = datetime.combine(nth_sunday(y, 3, 2), datetime.min.time()) + timedelta(hours=7)
        end = datetime.combine(nth_sunday(y, 11, 1), datetime.min.time()) + timedelta(hours=6)
        return -240 if start <= naive < end else -300
    raise ValueError(zone)


def local_to_utc(zone: str, local: datetime) -> datetime:
    guess = local.replace(tzinfo=UTC)
    off = utc_offset_minutes(zone, guess - timedelta(minutes=utc_offset_minutes(zone, guess)))
    return (local - timedelta(minutes=off)).replace(tzinfo=UTC)


def utc_to_local(zone: str, utc_dt: datetime) -> datetime:
    return (utc_dt + timedelta(minutes=utc_offset_minutes(zone, utc_dt))).replace(tzinfo=None)


def iso_offset(zone: str, utc_dt: datetime, ms: bool = True) -> str:
    off = utc_offset_minutes(zone, utc_dt)
    loc = utc_to_local(zone, utc_dt)
    sign = "+" if off >= 0 else "-"
    hh, mm = divmod(abs(off), 60)
    base = loc.strftime("%Y-%m-%dT%H:%M:%S") + (".000" if ms else "")
    return f"{base}{sign}{hh:02d}:{mm:02d}"


def iso_z(utc_dt: datetime, ms: bool = True) -> str:
    return utc_dt.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


def epoch(utc_dt: datetime) -> int:
    return int((utc_dt - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds())


# ---------------------------------------------------------------- chats
@dataclass
class Msg:
    utc: datetime
    sender: str  # "me" or contact key
    text: str
    kind: str = "text"  # text|image|voice|sticker|video|location|system|file|call
    extra: dict = field(default_factory=dict)


@dataclass
class Chat:
    key: str
    title: str
    members: list[str]
    group: bool = False
    messages: list[Msg] = field(default_factory=list)

    def count_dm(self) -> int:
        return sum(1 for m in self.messages if m.kind != "system")


def parse_topics(block: str) -> list[list[tuple[str, list[str]]]]:
    """Topics are separated by blank lines; a line is `who: alt1 | alt2`."""
    topics = []
    for chunk in block.strip().split("\n\n"):
        turns = []
        for line in chunk.strip().splitlines():
            if line.startswith("@"):
                turns.append((line.strip(), []))
                continue
            who, _, rest = line.partition(":")
            turns.append((who.strip(), [a.strip() for a in rest.split(" | ") if a.strip()]))
        topics.append(turns)
    return topics


class Talker:
    """Builds sessions of messages from topic scripts and filler pools."""

    def __init__(self, rng: random.Random, zone: str, wake: tuple[int, int],
                 sleep: tuple[int, int], decorate):
        self.rng = rng
        self.zone = zone
        self.wake = wake[0] * 60 + wake[1]
        self.sleep = sleep[0] * 60 + sleep[1]
        self.decorate = decorate

    def user_ok(self, local: datetime) -> bool:
        m = local.hour * 60 + local.minute
        return self.wake <= m <= self.sleep

    def session(self, chat: Chat, day: date, topic, fillers: dict[str, list[str]],
                who_map: dict[str, list[str]], start_min: int | None = None,
                media: dict[str, float] | None = None) -> None:
        rng = self.rng
        if topic and topic[0][0].startswith("@"):
            h0, h1 = map(float, topic[0][0][1:].split("-"))
            start_min = rng.randint(int(h0 * 60), int(h1 * 60))
            topic = topic[1:]
        if start_min is None:
            start_min = rng.randint(self.wake + 5, self.sleep - 40)
        t = datetime.combine(day, datetime.min.time()) + timedelta(
            minutes=start_min, seconds=rng.randint(0, 59))
        for who, alts in topic:
            senders = who_map.get(who, [who])
            sender = rng.choice(senders)
            text = rng.choice(alts)
            for piece in text.split(" // "):
                self._emit(chat, t, sender, piece, media)
                t += timedelta(seconds=rng.randint(4, 70))
            if rng.random() < 0.22:
                resp = "me" if sender != "me" else rng.choice(
                    [s for s in chat.members if s != "me"])
                pool = fillers.get(resp) or fillers["*"]
                t += timedelta(seconds=rng.randint(10, 200))
                self._emit(chat, t, resp, rng.choice(pool), media)
            t += timedelta(seconds=rng.randint(20, 60 * rng.choice([1, 2, 3, 8, 25])))

    def chatter(self, chat: Chat, day: date, key: str, gen, fillers: dict[str, list[str]],
                media: dict[str, float] | None = None) -> None:
        """A free-form exchange: 2-8 turns built by gen(rng, who) from slot templates."""
        rng = self.rng
        start = rng.randint(self.wake + 5, self.sleep - 30)
        t = datetime.combine(day, datetime.min.time()) + timedelta(
            minutes=start, seconds=rng.randint(0, 59))
        who = rng.choice(["me", key])
        for _ in range(rng.randint(2, 8)):
            if rng.random() < 0.25:
                text = rng.choice(fillers.get(who) or fillers["*"])
            else:
                text = gen(rng, who)
            self._emit(chat, t, who, text, media)
            t += timedelta(seconds=rng.randint(15, 60 * rng.choice([1, 2, 4, 12])))
            if rng.random() < 0.75:
                who = key if who == "me" else "me"

    def _emit(self, chat: Chat, local: datetime, sender: str, text: str,
              media: dict[str, float] | None) -> None:
        rng = self.rng
        if sender == "me" and not self.user_ok(local):
            return
        kind = "text"
        if media and rng.random() < media.get("any", 0):
            kind = rng.choices(list(media["kinds"]), weights=list(media["weights"]))[0]
            text = ""
        elif text.startswith("[") and text.endswith("]") and text[1:-1] in (
                "image", "voice", "sticker", "video"):
            kind, text = text[1:-1], ""
        else:
            text = self.decorate(rng, text, sender)
        chat.messages.append(Msg(local_to_utc(self.zone, local), sender, text, kind))


def fill_slots(rng: random.Random, templates: list[str], slots: dict[str, list[str]]) -> str:
    tpl = rng.choice(templates)
    return tpl.format(**{k: rng.choice(v) for k, v in slots.items() if "{" + k + "}" in tpl})


def typo_en(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    if len(words) > 3 and rng.random() < 0.12:
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 3 and w.isalpha():
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    out = " ".join(words)
    if rng.random() < 0.18:
        out = out.lower()
    if rng.random() < 0.1:
        out = out.rstrip(".")
    return out


# ---------------------------------------------------------------- places
def jitter(rng: random.Random, lat: float, lon: float, metres: float) -> tuple[float, float]:
    dlat = rng.uniform(-metres, metres) / 111_320
    dlon = rng.uniform(-metres, metres) / (111_320 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


def haversine_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(
        (lo2 - lo1) / 2) ** 2
    return 2 * 6_371_000 * math.asin(math.sqrt(h))


@dataclass
class Stay:
    place: str
    lat: float
    lon: float
    start: datetime  # utc
    end: datetime  # utc
    kind: str = "visit"  # visit|move
    mode: str = ""


def day_plan(rng: random.Random, zone: str, day: date, places: dict, commute_mode: str,
             workday: bool, work_hours: tuple[int, int], extra: list[tuple[str, int, int]]):
    """A day as home/work/extra stays with moves in between (UTC datetimes)."""
    out: list[Stay] = []

    def at(h: float) -> datetime:
        return local_to_utc(zone, datetime.combine(day, datetime.min.time())
                            + timedelta(minutes=int(h * 60)))

    stops: list[tuple[str, float, float]] = []
    if workday:
        ws = work_hours[0] + rng.uniform(-0.25, 0.2)
        we = work_hours[1] + rng.uniform(-0.1, 0.6)
        stops.append(("work", ws, we))
    for name, h0, h1 in extra:
        stops.append((name, h0 + rng.uniform(0, 0.3), h1 + rng.uniform(0, 0.3)))
    stops.sort(key=lambda s: s[1])
    t = 0.0
    for name, s, e in stops:
        travel = 0.4 + rng.uniform(0, 0.25)
        out.append(Stay("home", *places["home"], at(t), at(s - travel)))
        out.append(Stay("move", 0, 0, at(s - travel), at(s), "move",
                        commute_mode if name == "work" else rng.choice(
                            [commute_mode, "WALKING", "IN_PASSENGER_VEHICLE"])))
        out[-1].lat, out[-1].lon = places["home"]
        out.append(Stay(name, *places[name], at(s), at(e)))
        t = e + travel
        out.append(Stay("move", *places[name], at(e), at(t), "move", commute_mode))
    out.append(Stay("home", *places["home"], at(t), at(24)))
    return out


def dumps(obj, ascii_=False, indent=2) -> str:
    return json.dumps(obj, ensure_ascii=ascii_, indent=indent)
