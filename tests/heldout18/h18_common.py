# ruff: noqa: B905, UP017
"""Shared helpers for the heldout18 generator (stdlib only, deterministic)."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix
    rng = random.Random(prefix)
    while len(body) < length - 1:
        body += str(rng.randrange(10))
    for d in range(10):
        cand = body + str(d)
        if luhn_ok(cand):
            return cand
    raise AssertionError


def luhn_ok(num: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def cn_id(first17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(first17, w))
    return first17 + "10X98765432"[s % 11]


def nhs_ok(num: str) -> bool:
    d = [int(c) for c in num]
    s = sum(d[i] * (10 - i) for i in range(9))
    chk = 11 - s % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == d[9]


def nhs_complete(first9: str) -> str:
    s = sum(int(first9[i]) * (10 - i) for i in range(9))
    chk = 11 - s % 11
    chk = 0 if chk == 11 else chk
    assert chk != 10
    return first9 + str(chk)


def aba_complete(first8: str) -> str:
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * k for c, k in zip(first8, w))
    return first8 + str((10 - s % 10) % 10)


def iban(country: str, bban: str) -> str:
    def num(s: str) -> str:
        return "".join(str(int(c, 36)) for c in s)

    chk = 98 - int(num(bban + country + "00")) % 97
    return f"{country}{chk:02d}{bban}"


def iban_ok(code: str) -> bool:
    s = code[4:] + code[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def local(zone: str, y: int, mo: int, d: int, h: int, mi: int, s: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(zone))


def epoch(dt: datetime) -> int:
    return int(dt.timestamp())


def days(start: datetime, n: int) -> list[datetime]:
    return [start + timedelta(days=i) for i in range(n)]


def json_leaves(obj: object) -> list[str]:
    out: list[str] = []
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, list):
        for x in obj:
            out.extend(json_leaves(x))
    elif isinstance(obj, dict):
        for v in obj.values():
            out.extend(json_leaves(v))
    return out


def fix_mojibake(s: str) -> str:
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def decoded_text(rel: str, raw: bytes) -> str:
    """Text of a file as a reader sees it after decoding (used to check pii values)."""
    if rel.endswith("alipay_record.csv") or "支付宝" in rel:
        return raw.decode("gbk")
    text = raw.decode("utf-8-sig")
    if rel.endswith(".js"):
        text = text[text.index("=") + 1 :]
    if rel.endswith(".json") or rel.endswith(".js"):
        obj = json.loads(text)
        leaves = json_leaves(obj)
        if (
            "your_instagram_activity" in rel
            or "your_facebook_activity" in rel
            or "personal_information" in rel
        ):
            leaves = [fix_mojibake(x) for x in leaves]
        return "\n".join(leaves)
    return text


def mojibake(s: str) -> str:
    return s.encode("utf-8").decode("latin-1")


def fb_json(obj: object) -> str:
    """Facebook/Instagram style: every non-ASCII byte as a \\u00XX escape."""

    def conv(o: object) -> object:
        if isinstance(o, str):
            return mojibake(o)
        if isinstance(o, list):
            return [conv(x) for x in o]
        if isinstance(o, dict):
            return {k: conv(v) for k, v in o.items()}
        return o

    return json.dumps(conv(obj), indent=2, ensure_ascii=True)


def typo(rng: random.Random, s: str, p: float = 0.08) -> str:
    """Occasional human typos: swapped letters, dropped letter, lower-casing."""
    if rng.random() < p and len(s) > 6:
        i = rng.randrange(1, len(s) - 2)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if rng.random() < p / 2 and len(s) > 8:
        i = rng.randrange(1, len(s) - 1)
        if s[i].isalpha():
            s = s[:i] + s[i + 1 :]
    return s


def compose(rng: random.Random, pools: dict[str, list[str]], en: bool = True) -> str:
    """Build a varied chat line from opener + core + tail + emoji."""
    parts = []
    if rng.random() < 0.35:
        parts.append(rng.choice(pools["open"]))
    parts.append(rng.choice(pools["core"]))
    if rng.random() < 0.3:
        parts.append(rng.choice(pools["tail"]))
    sep = " " if en else ""
    s = sep.join(parts)
    if rng.random() < 0.25:
        s += (" " if en else "") + rng.choice(pools["emoji"])
    if en:
        if rng.random() < 0.55:
            s = s.lower()
        s = typo(rng, s)
    return s
