"""Shared helpers for the independent9 blind corpus: checksummed identifiers and template filling.

Stdlib only.  Everything is driven by an explicit random.Random instance so the output does not
depend on PYTHONHASHSEED, TZ, locale or the current date.
"""

from __future__ import annotations

import random
import re
import unicodedata

# ---------------------------------------------------------------- checksums


def luhn_ok(digits: str) -> bool:
    d = [int(c) for c in digits if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_MAP = "10X98765432"


def cn_id_check(first17: str) -> str:
    return CN_MAP[sum(int(a) * b for a, b in zip(first17, CN_W)) % 11]


def cn_id_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    return len(s) == 18 and s[:17].isdigit() and cn_id_check(s[:17]) == s[17]


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    r = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in r)
    check = 98 - int(n) % 97
    return f"{country}{check:02d}{bban}"


def nhs_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10:
        return False
    tot = sum(x * w for x, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - tot % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == d[9]


def aba_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    return s[0] not in NINO_BAD_FIRST and s[1] not in NINO_BAD_SECOND and s[:2] not in NINO_BAD_PAIRS


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- template filling

SLOT = re.compile(r"\{([a-z0-9_]+)(?:#(\w+))?(?:\|(\w+))?\}|\[\[([A-Z_]+)\|(.+?)\]\]")


def fill(template: str, slots: dict, rng: random.Random):
    """Return (text, entities).  slots maps name -> callable(rng) -> (value, TYPE or None)."""
    out = []
    ents = []
    pos = 0
    memo: dict = {}
    last = 0
    for m in SLOT.finditer(template):
        lit = template[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        if m.group(4):
            typ, val = m.group(4), m.group(5)
        else:
            name, key, mod = m.group(1), m.group(2), m.group(3)
            if key and (name, key) in memo:
                val, typ = memo[(name, key)]
            else:
                val, typ = slots[name](rng)
                if key:
                    memo[(name, key)] = (val, typ)
            if mod == "lc":
                val = val.lower()
            elif mod == "up":
                val = val.upper()
        out.append(val)
        if typ:
            ents.append({"type": typ, "start": pos, "end": pos + len(val), "value": val})
        pos += len(val)
    out.append(template[last:])
    text = "".join(out)
    merged = []
    for e in ents:
        if (merged and e["type"] == "PERSON" and merged[-1]["type"] == "PERSON"
                and text[merged[-1]["end"]:e["start"]] == " "):
            merged[-1] = {"type": "PERSON", "start": merged[-1]["start"], "end": e["end"],
                          "value": text[merged[-1]["start"]:e["end"]]}
        else:
            merged.append(e)
    ents = merged
    for e in ents:
        assert text[e["start"]:e["end"]] == e["value"]
    return text, ents
