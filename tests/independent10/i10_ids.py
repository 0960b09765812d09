"""Identifier generators and checksum validators for the independent10 blind corpus.

Everything is fictional.  Stdlib only; all randomness comes from the caller's
``random.Random`` instance so output is deterministic.
"""
import string

DIG = string.digits
UP = string.ascii_uppercase


# ---------------------------------------------------------------- checksums
def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in DIG:
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_MAP = "10X98765432"


def cn_id_check(first17: str) -> str:
    return CN_MAP[sum(int(a) * b for a, b in zip(first17, CN_W)) % 11]


def cn_id_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return len(s) == 18 and s[:17].isdigit() and cn_id_check(s[:17]) == s[17].upper()


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    r = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in r)
    ck = 98 - int(n) % 97
    return f"{country}{ck:02d}{bban}"


def nhs_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10:
        return False
    r = sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    ck = 11 - r
    if ck == 11:
        ck = 0
    return ck != 10 and ck == d[9]


def aba_ok(s: str) -> bool:
    d = [int(c) for c in s]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if len(s) != 9:
        return False
    a, b = s[0], s[1]
    return (a.isalpha() and b.isalpha() and a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND
            and s[:2] not in NINO_BAD_PREFIX and s[2:8].isdigit() and s[8] in "ABCD")


# ---------------------------------------------------------------- makers
def digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def card(rng):
    kind = rng.choice(["visa", "visa", "mc", "amex", "mc2"])
    if kind == "visa":
        raw = luhn_complete("4" + digits(rng, 14))
    elif kind == "mc":
        raw = luhn_complete("5" + rng.choice("12345") + digits(rng, 13))
    elif kind == "mc2":
        raw = luhn_complete("22" + rng.choice("2345") + digits(rng, 12))
    else:
        raw = luhn_complete("3" + rng.choice("47") + digits(rng, 12))
        st = rng.choice(["sp", "flat", "dash"])
        if st == "flat":
            return raw
        sep = " " if st == "sp" else "-"
        return sep.join([raw[:4], raw[4:10], raw[10:]])
    st = rng.choice(["sp", "sp", "flat", "dash"])
    if st == "flat":
        return raw
    sep = " " if st == "sp" else "-"
    return sep.join(raw[i:i + 4] for i in range(0, 16, 4))


def cn_bank(rng):
    n = rng.choice([16, 19, 19])
    raw = luhn_complete(rng.choice(["6222", "6217", "6228", "6214", "6212", "6225"]) + digits(rng, n - 5))
    if rng.random() < 0.5:
        return " ".join(raw[i:i + 4] for i in range(0, n, 4))
    return raw


def nhs(rng):
    while True:
        d = str(rng.randint(4, 7)) + digits(rng, 8)
        r = sum(int(x) * w for x, w in zip(d, range(10, 1, -1))) % 11
        ck = 11 - r
        if ck == 11:
            ck = 0
        if ck == 10:
            continue
        raw = d + str(ck)
        st = rng.choice(["sp", "sp", "flat", "dash"])
        if st == "flat":
            return raw
        sep = " " if st == "sp" else "-"
        return sep.join([raw[:3], raw[3:6], raw[6:]])


def nino(rng):
    while True:
        a = rng.choice([c for c in UP if c not in NINO_BAD_FIRST])
        b = rng.choice([c for c in UP if c not in NINO_BAD_SECOND])
        if a + b not in NINO_BAD_PREFIX:
            break
    d = digits(rng, 6)
    s = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}"
    raw = f"{a}{b}{d}{s}"
    return raw.lower() if rng.random() < 0.2 else raw


def aba(rng):
    while True:
        pre = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                          "21", "22", "26", "31"])
        d = pre + digits(rng, 7)
        if aba_ok(d):
            return d


def sort_code(rng):
    d = digits(rng, 6)
    return rng.choice(["-", "-", " ", ""]).join([d[:2], d[2:4], d[4:]])


def uk_account(rng):
    return digits(rng, 8)


def iban(rng, country=None):
    country = country or rng.choice(["GB", "GB", "IE", "PL", "RO", "DE", "FR", "ES"])
    if country == "GB":
        bban = rng.choice(["NWBK", "MIDL", "BARC", "LOYD", "HBUK"]) + digits(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + digits(rng, 14)
    elif country == "PL":
        bban = digits(rng, 24)
    elif country == "RO":
        bban = rng.choice(["BTRL", "RNCB", "BRDE"]) + "".join(rng.choice(UP + DIG) for _ in range(16))
    elif country == "DE":
        bban = digits(rng, 18)
    elif country == "FR":
        bban = digits(rng, 10) + "".join(rng.choice(UP + DIG) for _ in range(11)) + digits(rng, 2)
    else:
        bban = digits(rng, 20)
    raw = iban_make(country, bban)
    if rng.random() < 0.55:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def cn_id(rng):
    area = rng.choice(["110105", "310104", "440305", "320106", "510107", "330106", "420102",
                       "370202", "610113", "350203", "430104", "210102", "500103", "120101"])
    y = rng.randint(1958, 2016)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    f17 = f"{area}{y:04d}{m:02d}{dd:02d}{digits(rng, 3)}"
    return f17 + cn_id_check(f17)


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        b = rng.randint(1, 99)
        c = rng.randint(1, 9999)
        break
    st = rng.choice(["-", "-", " ", ""])
    return f"{a:03d}{st}{b:02d}{st}{c:04d}"


def itin(rng):
    a = rng.randint(900, 999)
    b = rng.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    c = rng.randint(0, 9999)
    return f"{a}-{b:02d}-{c:04d}" if rng.random() < 0.8 else f"{a}{b:02d}{c:04d}"


def us_passport(rng):
    return digits(rng, 9) if rng.random() < 0.5 else rng.choice("ACEFH") + digits(rng, 8)


def us_dl(rng):
    kind = rng.choice(["CA", "NY", "TX", "FL", "IL", "WA"])
    if kind == "CA":
        return kind, rng.choice(UP) + digits(rng, 7)
    if kind == "NY":
        d = digits(rng, 9)
        return kind, f"{d[:3]} {d[3:6]} {d[6:]}"
    if kind == "TX":
        return kind, digits(rng, 8)
    if kind == "FL":
        d = digits(rng, 12)
        return kind, f"{rng.choice(UP)}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
    if kind == "IL":
        d = digits(rng, 11)
        return kind, f"{rng.choice(UP)}{d[:3]}-{d[3:7]}-{d[7:]}"
    return kind, "WDL" + "".join(rng.choice(UP + DIG) for _ in range(9))


def uk_passport(rng):
    return str(rng.randint(1, 9)) + digits(rng, 8)


def uk_dl(rng, surname="SMITH", female=False, initials="AB"):
    s = "".join(c for c in surname.upper() if c.isalpha())[:5].ljust(5, "9")
    y = rng.randint(1955, 2004)
    m = rng.randint(1, 12) + (50 if female else 0)
    d = rng.randint(1, 28)
    ini = (initials.upper() + "9")[:2]
    return f"{s}{str(y)[2]}{m:02d}{d:02d}{str(y)[3]}{ini}9{rng.choice(UP)}{rng.choice(UP)}"


def cn_passport(rng):
    return "E" + digits(rng, 8) if rng.random() < 0.6 else "E" + rng.choice("ABCDEFGH") + digits(rng, 7)


def ip(rng):
    k = rng.random()
    if k < 0.3:
        return f"203.0.113.{rng.randint(2, 254)}"
    if k < 0.55:
        return f"198.51.100.{rng.randint(2, 254)}"
    if k < 0.75:
        return f"192.0.2.{rng.randint(2, 254)}"
    if k < 0.9:
        return f"192.168.{rng.randint(0, 3)}.{rng.randint(2, 254)}"
    return f"2001:db8:{rng.randint(1, 0xfff):x}::{rng.randint(1, 0xff):x}"


def uk_mobile(rng):
    n = f"{rng.randint(0, 999):03d}"
    st = rng.random()
    if st < 0.45:
        return f"07700 900{n}"
    if st < 0.65:
        return f"07700900{n}"
    if st < 0.85:
        return f"+44 7700 900{n}"
    if st < 0.93:
        return f"+447700900{n}"
    return f"07700 900 {n}"


def uk_land(rng):
    n = f"{rng.randint(0, 999):03d}"
    return rng.choice([f"01632 960{n}", f"(01632) 960{n}", f"01632960{n}", f"+44 1632 960{n}"])


US_AREAS = ["212", "415", "312", "617", "713", "305", "206", "503", "404", "512", "718", "619", "773", "602"]


def us_phone(rng):
    a = rng.choice(US_AREAS)
    n = f"01{rng.randint(0, 99):02d}"
    return rng.choice([f"({a}) 555-{n}", f"{a}-555-{n}", f"{a}.555.{n}", f"+1 {a} 555 {n}",
                       f"{a} 555 {n}", f"1-{a}-555-{n}", f"{a}555{n}"])


def cn_mobile(rng):
    p = "1" + rng.choice("3456789") + rng.choice(DIG)
    a, b = digits(rng, 4), digits(rng, 4)
    return rng.choice([f"{p}{a}{b}", f"{p}{a}{b}", f"{p} {a} {b}", f"{p}-{a}-{b}", f"+86 {p} {a} {b}",
                       f"+86{p}{a}{b}"])


def cn_landline(rng):
    code = rng.choice(["021", "010", "0755", "020", "0571", "028", "027"])
    n = str(rng.randint(2, 8)) + digits(rng, 7)
    return rng.choice([f"{code}-{n}", f"{code}-{n[:4]} {n[4:]}", f"({code}){n}"])


def qq(rng):
    return str(rng.randint(1, 9)) + digits(rng, rng.randint(6, 10))


def uk_plate(rng):
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    age = rng.choice(["15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74"])
    p = f"{rng.choice(L)}{rng.choice(L)}{age} {rng.choice(L)}{rng.choice(L)}{rng.choice(L)}"
    return p if rng.random() < 0.7 else p.replace(" ", "")


def us_plate(rng):
    return rng.choice([f"{rng.randint(5, 9)}{''.join(rng.choice(UP) for _ in range(3))}{digits(rng, 3)}",
                       f"{''.join(rng.choice(UP) for _ in range(3))}-{digits(rng, 4)}",
                       f"{''.join(rng.choice(UP) for _ in range(3))} {digits(rng, 4)}"])


def cn_plate(rng):
    prov = rng.choice(["沪A", "沪B", "京N", "京Q", "粤B", "粤A", "浙A", "苏E", "川A", "鄂A", "鲁B", "闽D"])
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if rng.random() < 0.25:
        tail = rng.choice("DF") + digits(rng, 5)
    else:
        tail = "".join(rng.choice(L + DIG * 2) for _ in range(5))
    return rng.choice([f"{prov}·{tail}", f"{prov}{tail}", f"{prov} {tail}"])
