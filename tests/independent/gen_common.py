"""Shared helpers for the independent evaluation generator (stdlib only, deterministic)."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ME = "__ME__"


# --------------------------------------------------------------------------- time zones
# Hand-written offset rules, so output never depends on the machine's tz database.
def _nth_sunday(year: int, month: int, n: int) -> date:
    d = date(year, month, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(days=7 * (n - 1))


def _last_sunday(year: int, month: int) -> date:
    d = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def utc_offset(zone: str, local: datetime) -> timedelta:
    """UTC offset of a naive local wall time in one of the zones used here."""
    y = local.year
    if zone == "Asia/Shanghai":
        return timedelta(hours=8)
    if zone in ("America/New_York", "America/Chicago"):
        std = -5 if zone == "America/New_York" else -6
        start = datetime.combine(_nth_sunday(y, 3, 2), datetime.min.time()) + timedelta(hours=2)
        end = datetime.combine(_nth_sunday(y, 11, 1), datetime.min.time()) + timedelta(hours=2)
        return timedelta(hours=std + (1 if start <= local < end else 0))
    if zone in ("Europe/London", "Europe/Dublin"):
        start = datetime.combine(_last_sunday(y, 3), datetime.min.time()) + timedelta(hours=1)
        end = datetime.combine(_last_sunday(y, 10), datetime.min.time()) + timedelta(hours=2)
        return timedelta(hours=1 if start <= local < end else 0)
    raise ValueError(zone)


def to_utc(zone: str, local: datetime) -> datetime:
    return (local - utc_offset(zone, local)).replace(tzinfo=UTC)


def epoch(zone: str, local: datetime) -> int:
    return int(to_utc(zone, local).timestamp())


def iso_offset(zone: str, local: datetime, ms: bool = True) -> str:
    off = utc_offset(zone, local)
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    base = local.strftime("%Y-%m-%dT%H:%M:%S") + (".000" if ms else "")
    return f"{base}{sign}{mins // 60:02d}:{mins % 60:02d}"


def iso_z(zone: str, local: datetime, ms: bool = True) -> str:
    u = to_utc(zone, local)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


# --------------------------------------------------------------------------- data model
@dataclass
class Msg:
    local: datetime
    sender: str  # display name of the author, or ME
    text: str
    kind: str = "text"  # text|image|voice|video|sticker|location|link|system|deleted
    lat: float = 0.0
    lon: float = 0.0
    label: str = ""
    poi: str = ""


@dataclass
class Chat:
    title: str
    members: list[str]
    group: bool = False
    messages: list[Msg] = field(default_factory=list)

    def sort(self) -> None:
        self.messages.sort(key=lambda m: m.local)


class PII:
    """Registry of every planted identifier, per file."""

    def __init__(self) -> None:
        self.items: list[dict[str, str]] = []
        self._seen: set[tuple[str, str, str]] = set()

    def add(self, file: str, etype: str, value: str) -> None:
        key = (file, etype, value)
        if key not in self._seen and value:
            self._seen.add(key)
            self.items.append({"file": file, "entity_type": etype, "value": value})


# --------------------------------------------------------------------------- random helpers
def jitter(rng: random.Random, lat: float, lon: float, metres: float) -> tuple[float, float]:
    dlat = rng.uniform(-metres, metres) / 111_000
    dlon = rng.uniform(-metres, metres) / 85_000
    return round(lat + dlat, 6), round(lon + dlon, 6)


def days(start: date, end: date) -> list[date]:
    out = []
    d = start
    while d <= end:
        out.append(d)
        d += timedelta(days=1)
    return out


def in_window(t: datetime, start_hm: str, end_hm: str) -> bool:
    """True if wall time t falls in [start, end) which may wrap midnight."""
    s = int(start_hm[:2]) * 60 + int(start_hm[3:])
    e = int(end_hm[:2]) * 60 + int(end_hm[3:])
    m = t.hour * 60 + t.minute
    return (s <= m < e) if s < e else (m >= s or m < e)


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


def cn_resident_id(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w for c, w in zip(body, weights, strict=True))
    return body + "10X98765432"[s % 11]


def iban(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def write_text(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.replace("\n", newline) if newline != "\n" else text
    path.write_bytes(data.encode(encoding))


def write_json(path: Path, obj: object, indent: int | None = 2, ascii_: bool = False) -> None:
    write_text(path, json.dumps(obj, ensure_ascii=ascii_, indent=indent) + "\n")


def session_times(
    rng: random.Random,
    day: date,
    hour_weights: dict[int, float],
    n_msgs: int,
    sleep: tuple[str, str],
) -> list[datetime]:
    """Timestamps for one burst of messages starting in a weighted hour, outside sleep."""
    hours = list(hour_weights)
    w = [hour_weights[h] for h in hours]
    for _ in range(20):
        h = rng.choices(hours, w)[0]
        t = datetime(day.year, day.month, day.day, h, rng.randrange(60), rng.randrange(60))
        if not in_window(t, *sleep):
            break
    out = []
    for _ in range(n_msgs):
        if in_window(t, *sleep):
            break
        out.append(t)
        t += timedelta(seconds=rng.choice([8, 15, 25, 40, 60, 90, 150, 240, 420, 900]))
    return out
