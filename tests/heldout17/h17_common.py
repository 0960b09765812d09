"""Shared helpers for the heldout17 generator (stdlib only, deterministic)."""

from __future__ import annotations

import json
import random
import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo


# ---------------------------------------------------------------- checksums
def luhn_complete(prefix: str) -> str:
    """Append the Luhn check digit to a digit string."""
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)


def cn_id(body17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w for c, w in zip(body17, weights, strict=True))
    return body17 + "10X98765432"[s % 11]


def nhs_number(first9: str) -> str:
    s = sum(int(c) * (10 - i) for i, c in enumerate(first9))
    chk = 11 - s % 11
    if chk == 11:
        chk = 0
    if chk == 10:
        raise ValueError("invalid NHS stem")
    return first9 + str(chk)


def iban(country: str, bban: str) -> str:
    def num(s: str) -> str:
        return "".join(str(int(c, 36)) for c in s)

    chk = 98 - int(num(bban + country + "00")) % 97
    return f"{country}{chk:02d}{bban}"


def aba_ok(r: str) -> bool:
    w = [3, 7, 1] * 3
    return sum(int(c) * x for c, x in zip(r, w, strict=True)) % 10 == 0


def aba_complete(first8: str) -> str:
    for d in range(10):
        if aba_ok(first8 + str(d)):
            return first8 + str(d)
    raise ValueError


# ---------------------------------------------------------------- text noise
def typo(rng: random.Random, s: str) -> str:
    idx = [i for i in range(len(s) - 1) if s[i].isalpha() and s[i + 1].isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def en_noise(rng: random.Random, s: str, lower_p: float = 0.35, typo_p: float = 0.08) -> str:
    if rng.random() < lower_p:
        s = s.lower()
    if rng.random() < typo_p:
        s = typo(rng, s)
    return s


# ---------------------------------------------------------------- time
def local_dt(tz: ZoneInfo, d: date, minutes: int) -> datetime:
    return datetime.combine(d, time(0, 0), tzinfo=tz) + timedelta(minutes=minutes)


def awake_minute(rng: random.Random, lo: int, hi: int, peak: int | None = None) -> int:
    """Minute of day in [lo, hi) (may exceed 1440 for after-midnight)."""
    if peak is None:
        return rng.randrange(lo, hi)
    v = int(rng.triangular(lo, hi, peak))
    return min(max(v, lo), hi - 1)


def days(start: date, end: date) -> list[date]:
    out = []
    d = start
    while d <= end:
        out.append(d)
        d += timedelta(days=1)
    return out


# ---------------------------------------------------------------- pii scan
def fb_fix(s: str) -> str:
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def json_strings(obj: object, out: list[str], fix: bool) -> None:
    if isinstance(obj, str):
        out.append(fb_fix(obj) if fix else obj)
    elif isinstance(obj, list):
        for x in obj:
            json_strings(x, out, fix)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            json_strings(k, out, fix)
            json_strings(v, out, fix)


def decoded_text(path: str, raw: bytes) -> str:
    """Text of a file after decoding (encoding, JS wrapper, JSON, mojibake)."""
    text = raw.decode("gbk") if "alipay" in path.lower() else raw.decode("utf-8-sig")
    parts = [text]
    body = text
    if path.endswith(".js"):
        body = body.split("=", 1)[1]
    if path.endswith((".json", ".js")):
        strs: list[str] = []
        json_strings(json.loads(body), strs, fix=True)
        parts.extend(strs)
    return "\n".join(parts)


def occurs(value: str, text: str) -> bool:
    pat = re.escape(value)
    if re.match(r"[A-Za-z0-9]", value):
        pat = r"(?<![A-Za-z0-9])" + pat
    if re.search(r"[A-Za-z0-9]$", value):
        pat = pat + r"(?![A-Za-z0-9])"
    return re.search(pat, text) is not None
