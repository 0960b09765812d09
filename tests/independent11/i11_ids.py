"""Identifier generators and validators for set independent11 (stdlib only, deterministic).

Every generator takes a random.Random instance; nothing depends on time, locale or hashing.
"""
import re

# ---------------------------------------------------------------- checksums

def luhn_ok(digits):
    digits = re.sub(r"\D", "", digits)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return len(digits) > 0 and total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


def nhs_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 10:
        return False
    total = sum(int(d[i]) * (10 - i) for i in range(9))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(d[9])


def aba_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    n = [int(c) for c in d]
    return (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])) % 10 == 0


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_C = "10X98765432"


def cn_id_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    total = sum(int(s[i]) * CN_W[i] for i in range(17))
    return CN_C[total % 11] == s[17]


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s):
    s = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and a + b not in NINO_BAD_PREFIX


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"


def itin_ok(s):
    m = re.fullmatch(r"(9\d{2})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    g = int(m.group(2))
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


UKDL_RE = re.compile(r"[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z0-9]{2}")

# ---------------------------------------------------------------- generators

def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def card(rng, kind=None, style=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(rng, 14)
    elif kind == "mc":
        body = "5" + rng.choice("12345") + digits(rng, 13)
    elif kind == "mc2":
        body = str(rng.randint(2221, 2720)) + digits(rng, 11)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    else:
        body = "6011" + digits(rng, 11)
    num = luhn_complete(body)
    style = style or rng.choice(["space", "space", "plain", "dash"])
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    if style == "plain":
        return num
    return (" " if style == "space" else "-").join(parts)


def cn_bank_card(rng, style=None):
    bin_ = rng.choice(["622202", "622848", "621700", "622588", "621483", "622262", "623668", "621226", "622609", "621799"])
    length = rng.choice([16, 19, 19])
    num = luhn_complete(bin_ + digits(rng, length - 7))
    style = style or rng.choice(["plain", "plain", "space"])
    if style == "plain":
        return num
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


def nhs(rng, style=None):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        total = sum(d[i] * (10 - i) for i in range(9))
        c = 11 - total % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        break
    style = style or rng.choice(["space", "space", "plain", "dash"])
    if style == "plain":
        return s
    sep = " " if style == "space" else "-"
    return s[:3] + sep + s[3:6] + sep + s[6:]


def nino(rng, style=None):
    first = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
    second = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in NINO_BAD_PREFIX:
            break
    num = digits(rng, 6)
    suf = rng.choice("ABCD")
    style = style or rng.choice(["space", "plain", "plain", "lower"])
    if style == "space":
        return "%s %s %s %s %s" % (p, num[:2], num[2:4], num[4:], suf)
    s = p + num + suf
    return s.lower() if style == "lower" else s


def aba(rng):
    while True:
        prefix = rng.choice(["06", "11", "08", "05", "26", "31"])
        body = prefix + digits(rng, 6)
        for c in "0123456789":
            if aba_ok(body + c):
                return body + c


def sort_code(rng, style=None):
    a = [rng.choice(["20", "40", "30", "60", "09", "11", "80", "83", "90", "77"]), digits(rng, 2), digits(rng, 2)]
    style = style or rng.choice(["dash", "dash", "space", "plain"])
    return {"dash": "-", "space": " ", "plain": ""}[style].join(a)


def iban(rng, country=None, spaced=None):
    country = country or rng.choice(["GB", "IE", "DE", "NL", "FR"])
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL", "LOYD", "HLFX", "MONZ"]) + digits(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "PTSB"]) + digits(rng, 14)
    elif country == "DE":
        bban = digits(rng, 18)
    elif country == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO"]) + digits(rng, 10)
    else:
        bank, branch, acct = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = bank + branch + acct + "%02d" % key
    s = iban_make(country, bban)
    assert iban_ok(s)
    if spaced is None:
        spaced = rng.random() < 0.6
    if spaced:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def cn_id(rng, region=None, year=None, lower_x=False):
    region = region or rng.choice(["110105", "110108", "110102", "110106", "120104", "120101", "120103", "210102", "210103", "210105", "370102", "370103", "370105", "370112"])
    year = year or rng.randint(1952, 2016)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    body = "%s%04d%02d%02d%s" % (region, year, month, day, digits(rng, 3))
    total = sum(int(body[i]) * CN_W[i] for i in range(17))
    s = body + CN_C[total % 11]
    assert cn_id_ok(s)
    if lower_x:
        s = s.lower()
    return s


def ssn(rng, style=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g = rng.randint(1, 99)
    n = rng.randint(1, 9999)
    style = style or rng.choice(["dash", "dash", "dash", "plain", "space"])
    sep = {"dash": "-", "plain": "", "space": " "}[style]
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, n)


def itin(rng):
    g = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return "9%02d-%02d-%04d" % (rng.randint(0, 99), g, rng.randint(1, 9999))


def uk_passport(rng):
    return str(rng.randint(1, 9)) + digits(rng, 8)


def us_passport(rng):
    if rng.random() < 0.5:
        return rng.choice("ACEFGHKLMNPRSTUVWXZ") + digits(rng, 8)
    return str(rng.randint(1, 9)) + digits(rng, 8)


def cn_passport(rng):
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if rng.random() < 0.5:
        return "E" + digits(rng, 8)
    return "E" + rng.choice(L) + digits(rng, 7)


def uk_driving_licence(rng, surname, initials, female=None):
    s = re.sub(r"[^A-Z]", "", surname.upper())
    if s.startswith("MAC"):
        s = "MC" + s[3:]
    s = (s + "99999")[:5]
    year = rng.randint(1950, 2004)
    month = rng.randint(1, 12)
    if female is None:
        female = rng.random() < 0.5
    m = month + (50 if female else 0)
    day = rng.randint(1, 28)
    ini = (re.sub(r"[^A-Z]", "", initials.upper()) + "99")[:2]
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    out = "%s%d%02d%02d%d%s9%s%s" % (s, (year // 10) % 10, m, day, year % 10, ini, rng.choice(L), rng.choice(L))
    assert UKDL_RE.fullmatch(out), out
    return out


def us_driver_license(rng, state=None):
    state = state or rng.choice(["GA", "TX", "TN", "LA", "FL", "AL", "CA", "NC"])
    if state == "GA":
        v = digits(rng, 9)
    elif state == "TX":
        v = str(rng.randint(1, 4)) + digits(rng, 7)
    elif state == "TN":
        v = str(rng.randint(1, 9)) + digits(rng, 8)
    elif state == "LA":
        v = "00" + digits(rng, 7)
    elif state == "FL":
        d = digits(rng, 12)
        v = "%s%s-%s-%s-%s-%s" % (rng.choice("BCDHMPRSTW"), d[:3], d[3:6], d[6:8], d[8:11], d[11])
    elif state == "AL":
        v = str(rng.randint(1, 9)) + digits(rng, 6)
    elif state == "CA":
        v = rng.choice("ABDFGNSY") + digits(rng, 7)
    else:
        v = "0000" + digits(rng, 8)
    return state, v


def qq(rng):
    n = rng.choice([8, 9, 9, 10, 10, 10, 11])
    return str(rng.randint(1, 9)) + digits(rng, n - 1)


def cn_mobile(rng, style=None):
    p = rng.choice(["13", "15", "18", "17", "19", "16", "14"])
    third = {"13": "0123456789", "15": "0123567890", "18": "0123456789", "17": "0135678",
             "19": "135789", "16": "56", "14": "579"}[p]
    n = p + rng.choice(third) + digits(rng, 8)
    style = style or rng.choice(["plain"] * 5 + ["space", "dash", "plus", "plus2"])
    if style == "space":
        return "%s %s %s" % (n[:3], n[3:7], n[7:])
    if style == "dash":
        return "%s-%s-%s" % (n[:3], n[3:7], n[7:])
    if style == "plus":
        return "+86 " + n
    if style == "plus2":
        return "+86-%s-%s-%s" % (n[:3], n[3:7], n[7:])
    return n


def cn_landline(rng, city_key=None):
    table = {"bj": ("010", 8), "tj": ("022", 8), "sy": ("024", 8), "jn": ("0531", 8)}
    city = table[city_key] if city_key else rng.choice([table[k] for k in ("bj", "tj", "sy", "jn")])
    first = rng.choice("5678")
    num = first + digits(rng, city[1] - 1)
    return "%s-%s" % (city[0], num) if rng.random() < 0.7 else "(%s)%s" % (city[0], num)


WX_STEMS = ["xiaoyu", "bjdaniu", "tjmama", "lingling", "syxiaohu", "jn_laoshi", "zhangjie", "xueer", "kuaile", "momo",
            "laotie", "shanshan", "dahai", "tianmi", "beibei", "yueyue", "erya", "dongbei", "quancheng", "haizi",
            "wuhu", "jiejie", "nanhai", "dabao", "qiqi", "luoluo", "chenchen", "meng", "fangfang", "yiyi"]


def wechat_id(rng):
    r = rng.random()
    if r < 0.25:
        return "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    stem = rng.choice(WX_STEMS)
    sep = rng.choice(["", "_", "-", ""])
    tail = rng.choice([str(rng.randint(1970, 2012)), digits(rng, 3), str(rng.randint(1, 99)), "bj", "tj", "sy", "jn", "666", "888"])
    s = stem + sep + tail
    if rng.random() < 0.2:
        s = s[0].upper() + s[1:]
    if len(s) < 6:
        s += digits(rng, 6 - len(s))
    return s


WX_RE = re.compile(r"[A-Za-z][-_A-Za-z0-9]{5,19}|wxid_[a-z0-9]{14}")

PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def cn_plate(rng, prov=None, sep=None):
    prov = prov or rng.choice(["京", "京", "津", "辽", "鲁", "冀"])
    city = {"京": "ABCEFGHJKLMNPQ", "津": "ABCDEFGHJKLMN", "辽": "AAAB", "鲁": "AAAB", "冀": "ABFR"}[prov]
    c = rng.choice(city)
    if rng.random() < 0.25:
        tail = rng.choice("DF") + digits(rng, 5)
    else:
        chars = [rng.choice("0123456789") for _ in range(5)]
        for pos in rng.sample(range(5), rng.choice([0, 1, 1, 2])):
            chars[pos] = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        tail = "".join(chars)
    if sep is None:
        sep = rng.choice(["", "", "·", " "])
    return prov + c + sep + tail


def uk_plate(rng):
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    age = rng.choice(["07", "09", "12", "14", "15", "16", "17", "18", "19", "21", "22", "23", "24", "61", "63", "64", "66", "68", "69", "70", "71", "72", "73"])
    s = rng.choice(L) + rng.choice(L) + age + " " + "".join(rng.choice(L) for _ in range(3))
    return s if rng.random() < 0.8 else s.replace(" ", "")


def ie_plate(rng):
    yr = rng.choice(["08", "11", "12", "141", "151", "161", "172", "182", "191", "201", "211", "222", "231", "241"])
    county = rng.choice(["D", "D", "D", "C", "G", "L", "KY", "MO", "WW", "KE", "MH", "LH", "T", "WX"])
    return "%s-%s-%d" % (yr, county, rng.randint(1, 39999))


def au_plate(rng):
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    k = rng.choice(["nsw", "vic", "qld", "sa"])
    if k == "nsw":
        return "%s%s %s%s %s%s" % (rng.choice(L), rng.choice(L), rng.randint(0, 9), rng.randint(0, 9), rng.choice(L), rng.choice(L))
    if k == "vic":
        return "%d%s%s %d%s%s" % (rng.randint(1, 9), rng.choice(L), rng.choice(L), rng.randint(1, 9), rng.choice(L), rng.choice(L))
    if k == "qld":
        return "%s %s" % (digits(rng, 3), "".join(rng.choice(L) for _ in range(3)))
    return "S%s %s" % (digits(rng, 3), "".join(rng.choice(L) for _ in range(3)))


def us_plate(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    k = rng.choice(["ga", "tx", "la", "tn", "al"])
    if k == "ga":
        return "".join(rng.choice(L) for _ in range(3)) + digits(rng, 4)
    if k == "tx":
        return "".join(rng.choice(L) for _ in range(3)) + "-" + digits(rng, 4)
    if k == "la":
        return digits(rng, 3) + " " + "".join(rng.choice(L) for _ in range(3))
    if k == "tn":
        return "".join(rng.choice(L) for _ in range(3)) + "-" + digits(rng, 4)
    return digits(rng, 2) + rng.choice(L) + rng.choice(L) + digits(rng, 3)


def ipv4(rng):
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, rng.randint(1, 254))


def ipv6(rng):
    groups = ["%x" % rng.randint(0, 0xffff) for _ in range(4)]
    if rng.random() < 0.5:
        return "2001:db8:%s::%s" % (groups[0], groups[1])
    return "2001:db8:%s:%s:%s:%s" % tuple(groups)
