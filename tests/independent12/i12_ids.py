"""Identifier makers and checksum validators for the independent12 blind set.

Everything here is stdlib-only and driven by a caller-supplied random.Random,
so output depends only on the seed.
"""
import string

DIGITS = string.digits
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase


# ---------------------------------------------------------------- checksums
def luhn_ok(number):
    ds = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for c in DIGITS:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


CN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_ID_MAP = "10X98765432"


def cn_id_check(first17):
    s = sum(int(a) * w for a, w in zip(first17, CN_ID_WEIGHTS))
    return CN_ID_MAP[s % 11]


def cn_id_ok(value):
    v = value.replace(" ", "").upper()
    return len(v) == 18 and v[:17].isdigit() and cn_id_check(v[:17]) == v[17]


def iban_ok(value):
    v = value.replace(" ", "").upper()
    r = v[4:] + v[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


def nhs_check(first9):
    s = sum(int(d) * w for d, w in zip(first9, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c  # 10 means invalid


def nhs_ok(value):
    v = "".join(c for c in value if c.isdigit())
    if len(v) != 10:
        return False
    c = nhs_check(v[:9])
    return c != 10 and c == int(v[9])


def aba_ok(value):
    v = "".join(c for c in value if c.isdigit())
    if len(v) != 9:
        return False
    d = [int(c) for c in v]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIQUVO")
NINO_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(value):
    v = value.replace(" ", "").upper()
    if len(v) != 9:
        return False
    a, b = v[0], v[1]
    return (a.isalpha() and b.isalpha() and a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND
            and v[:2] not in NINO_BAD_PAIRS and v[2:8].isdigit() and v[8] in "ABCD")


# ---------------------------------------------------------------- makers
def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIGITS) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


CN_MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                      "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
                      "173", "175", "176", "177", "178", "180", "181", "182", "183", "185",
                      "186", "187", "188", "189", "191", "195", "198", "199"]


def cn_mobile_raw(rng):
    return rng.choice(CN_MOBILE_PREFIXES) + digits(rng, 8)


def cn_mobile(rng):
    raw = cn_mobile_raw(rng)
    style = rng.random()
    if style < 0.55:
        return raw
    if style < 0.75:
        return "%s %s %s" % (raw[:3], raw[3:7], raw[7:])
    if style < 0.87:
        return "%s-%s-%s" % (raw[:3], raw[3:7], raw[7:])
    if style < 0.95:
        return "+86 " + raw
    return "+86-" + raw


ZH_NUM = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六",
          "7": "七", "8": "八", "9": "九"}


def cn_mobile_spoken(rng):
    raw = cn_mobile_raw(rng)
    return "".join(ZH_NUM[c] for c in raw)


CN_REGIONS = {
    "gd": ["440106", "440104", "440105", "440113", "440305", "440304", "440306", "441900",
           "440604", "440402", "440511", "441302"],
    "fj": ["350203", "350206", "350102", "350503", "350602"],
    "sc": ["510107", "510104", "510116", "510124", "510703", "511102"],
    "cq": ["500103", "500112", "500105", "500108", "500106", "500107"],
    "yn": ["530102", "530103", "530111", "532901", "530702"],
    "zj": ["330106", "330108", "330110", "330212", "330302", "330782", "330702"],
}


def cn_id(rng, region=None):
    if region is None:
        region = rng.choice(sorted(CN_REGIONS))
    code = rng.choice(CN_REGIONS[region])
    y = rng.randint(1952, 2016)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = digits(rng, 3)
    first = "%s%04d%02d%02d%s" % (code, y, m, d, seq)
    return first + cn_id_check(first)


CN_BIN = ["622202", "621700", "622848", "621483", "622588", "621226", "623668", "622908",
          "621661", "622609", "625965", "621799", "622260"]


def cn_bank_card(rng):
    length = rng.choice([16, 19, 19, 19])
    partial = rng.choice(CN_BIN) + digits(rng, length - 7)
    num = luhn_complete(partial)
    st = rng.random()
    if st < 0.5:
        return num
    if st < 0.85:
        return " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    return num[:6] + " " + num[6:]


def credit_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "visa":
        num = luhn_complete("4" + digits(rng, 14))
        groups = [4, 4, 4, 4]
    elif brand == "mc":
        num = luhn_complete(rng.choice(["51", "52", "53", "54", "55"]) + digits(rng, 13))
        groups = [4, 4, 4, 4]
    else:
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        groups = [4, 6, 5]
    st = rng.random()
    if st < 0.35:
        return num
    sep = " " if st < 0.8 else "-"
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return sep.join(out)


def cn_passport(rng):
    if rng.random() < 0.6:
        return "E" + digits(rng, 8)
    return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 7)


def qq(rng):
    return digits(rng, rng.choice([8, 9, 9, 10, 10]), first_nonzero=True)


def plate_letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


CN_PLATE_PROV = {"gd": ("粤", "ABCDEFGHJKLMNPQRSTUVWX"), "fj": ("闽", "ABCDEFGHJK"),
                 "sc": ("川", "ABCDEFGHJKLMQRSTUVWXYZ"), "cq": ("渝", "ABCDFGH"),
                 "yn": ("云", "ABCDEFGHJKLMNPQRS"), "zj": ("浙", "ABCDEFGHJKL")}


def cn_plate(rng, region=None):
    if region is None:
        region = rng.choice(sorted(CN_PLATE_PROV))
    prov, letters = CN_PLATE_PROV[region]
    city = rng.choice(letters)
    if rng.random() < 0.2:
        tail = rng.choice("DF") + digits(rng, 5)
    else:
        chars = []
        n_letters = rng.choice([0, 1, 1, 2])
        pos = sorted(rng.sample(range(5), n_letters))
        for i in range(5):
            chars.append(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") if i in pos else rng.choice(DIGITS))
        tail = "".join(chars)
    sep = rng.choice(["", "", "·", " "])
    return prov + city + sep + tail


def ip_address(rng):
    r = rng.random()
    if r < 0.8:
        base = rng.choice(["203.0.113", "198.51.100", "192.0.2"])
        return "%s.%d" % (base, rng.randint(2, 254))
    return "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))


# --- UK / US
def uk_mobile(rng):
    tail = digits(rng, 3)
    st = rng.random()
    if st < 0.5:
        return "07700 900" + tail
    if st < 0.7:
        return "07700900" + tail
    if st < 0.9:
        return "+44 7700 900" + tail
    return "+447700900" + tail


def uk_landline(rng):
    tail = digits(rng, 3)
    return rng.choice(["01632 960", "(01632) 960", "01632960"]) + tail


def nanp(rng, area):
    tail = "01" + digits(rng, 2)
    st = rng.random()
    if st < 0.35:
        return "(%s) 555-%s" % (area, tail)
    if st < 0.6:
        return "%s-555-%s" % (area, tail)
    if st < 0.75:
        return "%s.555.%s" % (area, tail)
    if st < 0.9:
        return "+1 %s 555 %s" % (area, tail)
    return "%s555%s" % (area, tail)


def nino(rng):
    while True:
        a = rng.choice([c for c in UPPER if c not in NINO_BAD_FIRST])
        b = rng.choice([c for c in UPPER if c not in NINO_BAD_SECOND])
        if a + b not in NINO_BAD_PAIRS:
            break
    d = digits(rng, 6)
    s = rng.choice("ABCD")
    if rng.random() < 0.5:
        return "%s%s %s %s %s %s" % (a, b, d[:2], d[2:4], d[4:], s)
    v = a + b + d + s
    return v if rng.random() < 0.7 else v.lower()


def nhs(rng):
    while True:
        first = digits(rng, 9, first_nonzero=True)
        c = nhs_check(first)
        if c != 10:
            break
    n = first + str(c)
    return "%s %s %s" % (n[:3], n[3:6], n[6:]) if rng.random() < 0.7 else n


def uk_passport(rng):
    return digits(rng, 9, first_nonzero=True)


def uk_driving_licence(rng, surname, first_initial, middle_initial, year, month, day, female):
    s = "".join(c for c in surname.upper() if c.isalpha())[:5].ljust(5, "9")
    mm = month + (50 if female else 0)
    inits = (first_initial + (middle_initial or "9")).upper()
    return "%s%s%02d%02d%s%s9%s" % (s, str(year)[2], mm, day, str(year)[3], inits,
                                   "".join(rng.choice(UPPER) for _ in range(2)))


def us_ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    v = "%03d-%02d-%04d" % (area, group, serial)
    return v if rng.random() < 0.8 else v.replace("-", " ")


ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))


def us_itin(rng):
    return "9%02d-%02d-%04d" % (rng.randint(0, 99), rng.choice(ITIN_GROUPS), rng.randint(0, 9999))


def us_passport(rng):
    if rng.random() < 0.6:
        return digits(rng, 9, first_nonzero=True)
    return rng.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(rng, 8)


def us_dl(rng, state):
    if state == "CA":
        return rng.choice(UPPER) + digits(rng, 7)
    if state == "NY":
        n = digits(rng, 9, True)
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if state == "TX":
        return digits(rng, 8, True)
    if state == "FL":
        n = digits(rng, 12)
        return "%s%s-%s-%s-%s-%s" % (rng.choice(UPPER), n[:3], n[3:6], n[6:8], n[8:11], n[11])
    if state == "WA":
        return "WDL" + "".join(rng.choice(UPPER + DIGITS) for _ in range(9))
    if state == "IL":
        n = digits(rng, 11)
        return "%s%s-%s-%s" % (rng.choice(UPPER), n[:3], n[3:7], n[7:])
    return rng.choice(UPPER) + digits(rng, 7)


def aba(rng):
    while True:
        first8 = rng.choice(["0", "1", "2", "3"]) + digits(rng, 7)
        for c in DIGITS:
            if aba_ok(first8 + c):
                return first8 + c


IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"], "IE": ["AIBK", "BOFI"],
              "NL": ["ABNA", "INGB", "RABO"]}


def iban(rng, country=None):
    country = country or rng.choice(["GB", "GB", "GB", "IE", "DE", "NL", "FR"])
    if country in ("GB", "IE"):
        bban = rng.choice(IBAN_BANKS[country]) + digits(rng, 6) + digits(rng, 8)
    elif country == "NL":
        bban = rng.choice(IBAN_BANKS["NL"]) + digits(rng, 10)
    elif country == "DE":
        bban = digits(rng, 18)
    else:  # FR: 5 bank + 5 branch + 11 account + 2 key (key not validated here)
        bban = digits(rng, 23)
    v = iban_make(country, bban)
    if rng.random() < 0.6:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def sort_code(rng):
    d = digits(rng, 6)
    st = rng.random()
    if st < 0.7:
        return "%s-%s-%s" % (d[:2], d[2:4], d[4:])
    if st < 0.85:
        return "%s %s %s" % (d[:2], d[2:4], d[4:])
    return d
