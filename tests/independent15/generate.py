#!/usr/bin/env python3
"""Generate the independent15 blind corpus (round 9 spec).

Python 3.11 stdlib only. Every random draw comes from random.Random objects with fixed
seeds; nothing depends on TZ, locale, PYTHONHASHSEED or today's date (local times are
built with zoneinfo from fixed instants).

Usage:  python3 generate.py [--out DIR]
"""
import json
import os
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import i15_names as N          # noqa: E402
import i15_en_tpl as EN_TPL    # noqa: E402
import i15_zh_tpl as ZH_TPL    # noqa: E402
import i15_free_tpl as FREE    # noqa: E402

FILES = ("en_pii_labelled.jsonl", "zh_pii_labelled.jsonl",
         "en_pii_free_hard.jsonl", "zh_pii_free_hard.jsonl")
N_LINES = 400
N_EMPTY = 60


class Ent:
    __slots__ = ("type", "value")

    def __init__(self, type_, value):
        self.type = type_
        self.value = value


# ====================================================================== checksums
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def cn_id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(body17, w)) % 11]


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def nhs_check(nine):
    total = sum(int(c) * (10 - i) for i, c in enumerate(nine))
    chk = 11 - total % 11
    if chk == 11:
        return "0"
    if chk == 10:
        return None
    return str(chk)


def aba_check(eight):
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    return str((-sum(int(c) * k for c, k in zip(eight, w))) % 10)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def fold(s):
    """ASCII-fold a name for e-mail addresses and handles."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("Đ", "D").replace("đ", "d").replace("ı", "i").replace("ł", "l")


def squash(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


# ====================================================================== identifiers
UK_AREA_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY"
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uk_mobile(rng):
    n = "%03d" % rng.randrange(1000)
    return rng.choice([
        "07700 900" + n, "07700900" + n, "+44 7700 900" + n, "+447700900" + n,
        "07700 900 " + n, "+44 (0)7700 900" + n, "0770 090 0" + n, "07700-900-" + n,
        "07700 900" + n, "07700 900" + n])


def uk_landline(rng):
    n = "%03d" % rng.randrange(1000)
    return rng.choice(["01632 960" + n, "(01632) 960" + n, "+44 1632 960" + n,
                       "01632 960 " + n, "01632960" + n])


US_AREAS = ["714", "713", "281", "832", "408", "703", "718", "347", "404", "214", "617",
            "301", "954", "614", "206", "504"]


def us_phone(rng):
    a = rng.choice(US_AREAS)
    n = "01%02d" % rng.randrange(100)
    return rng.choice([
        "(%s) 555-%s" % (a, n), "%s-555-%s" % (a, n), "%s.555.%s" % (a, n),
        "+1 %s 555 %s" % (a, n), "%s555%s" % (a, n), "+1 (%s) 555-%s" % (a, n),
        "%s 555 %s" % (a, n), "1-%s-555-%s" % (a, n)])


AU_MOBILES = ["0491 570 006", "0491 570 156", "0491 570 157", "0491 570 158",
              "0491 570 159", "0491 570 110", "0491 570 313", "0491 570 737"]


def au_phone(rng):
    r = rng.random()
    if r < 0.7:
        m = rng.choice(AU_MOBILES)
        return rng.choice([m, m.replace(" ", ""), "+61 " + m[1:], "+61" + m[1:].replace(" ", "")])
    return rng.choice(["(02) 5550 %04d", "(03) 7010 %04d", "02 5550 %04d"]) % rng.randrange(10000)


CN_MOB_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "147",
                 "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173",
                 "175", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187",
                 "188", "189", "191", "193", "195", "198", "199"]


def cn_mobile(rng, fmt=None):
    p = rng.choice(CN_MOB_PREFIX)
    rest = digits(rng, 8)
    forms = [p + rest, p + rest, p + rest, p + " " + rest[:4] + " " + rest[4:],
             p + "-" + rest[:4] + "-" + rest[4:], "+86 " + p + rest, "+86-" + p + "-" + rest[:4] + "-" + rest[4:],
             "+86 " + p + " " + rest[:4] + " " + rest[4:]]
    return forms[fmt] if fmt is not None else rng.choice(forms)


def cn_landline(rng):
    code = rng.choice(["029", "0931", "0531", "0532", "0551", "0791", "0898", "0938"])
    n = rng.choice("2345678") + digits(rng, 7 if len(code) == 3 else 6 + rng.randrange(2))
    return rng.choice([code + "-" + n, code + n, "(" + code + ")" + n, code + " " + n])


def card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "visa"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
        num = body + luhn_digit(body)
        return rng.choice([num[:4] + " " + num[4:10] + " " + num[10:], num,
                           num[:4] + "-" + num[4:10] + "-" + num[10:]])
    if kind == "visa":
        body = "4" + digits(rng, 14)
    elif kind == "mc":
        body = "5" + rng.choice("12345") + digits(rng, 13)
    else:
        body = "22" + rng.choice(["21", "30", "45", "71"]) + digits(rng, 11)
    num = body + luhn_digit(body)
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ".join(g), "-".join(g), num, " ".join(g), "  ".join(g)])


def cn_bank(rng):
    bin_ = rng.choice(["622202", "621700", "622848", "621661", "622588", "622262", "621799",
                       "623058", "621226", "622609"])
    length = 16 if bin_ in ("622588", "622609") else rng.choice([19, 19, 16])
    body = bin_ + digits(rng, length - 7)
    num = body + luhn_digit(body)
    r = rng.random()
    if r < 0.45:
        return num
    if r < 0.85:
        return " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    return "-".join(num[i:i + 4] for i in range(0, len(num), 4))


CN_REGION_CODES = {
    "sx": ["610102", "610103", "610104", "610113", "610116", "610402", "610502"],
    "gs": ["620102", "620103", "620104", "620502", "620702", "622901"],
    "sd": ["370102", "370103", "370104", "370202", "370212", "371302", "370602"],
    "ah": ["340102", "340103", "340104", "340202", "341002", "340302"],
    "jx": ["360102", "360103", "360111", "360702", "361002", "360402"],
    "hn": ["460105", "460106", "460107", "460108", "460202", "469005"],
}


def cn_id(rng, region=None, year=None):
    region = region or rng.choice(sorted(CN_REGION_CODES))
    code = rng.choice(CN_REGION_CODES[region])
    year = year or rng.randrange(1948, 2005)
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    body = "%s%04d%02d%02d%s" % (code, year, month, day, digits(rng, 3))
    return body + cn_id_check(body)


def cn_passport(rng):
    if rng.random() < 0.5:
        return "E" + digits(rng, 8)
    return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 7)


CN_PROV = ["陕", "陕", "甘", "甘", "鲁", "鲁", "皖", "皖", "赣", "赣", "琼", "琼", "宁", "青", "豫"]


def cn_plate(rng):
    prov = rng.choice(CN_PROV)
    city = rng.choice("ABCDEFGH")
    if rng.random() < 0.25:
        tail = rng.choice("DF") + digits(rng, 5)
    else:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = [rng.choice("0123456789") for _ in range(5)]
        for i in rng.sample(range(5), rng.choice([0, 1, 1, 2, 2])):
            tail[i] = rng.choice(letters)
        tail = "".join(tail)
    return rng.choice([prov + city + "·" + tail, prov + city + tail, prov + city + " " + tail,
                       prov + city + tail, prov + city + "·" + tail])


def qq(rng):
    return rng.choice("123456789") + digits(rng, rng.choice([7, 8, 8, 9, 9]))


def wx_random(rng):
    r = rng.random()
    if r < 0.35:
        return "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    w = rng.choice(["xiaoyu", "lanzhou", "sdqd", "haikou", "qinqiang", "xianyu", "ganpo", "yezi",
                    "mianpi", "jianbing", "taohua", "shanhe", "kuaidi", "paotui", "banzhuan"])
    return rng.choice([w + "_" + digits(rng, 4), w + digits(rng, 3), w.capitalize() + "-" + digits(rng, 2) + "x",
                       "a" + w + digits(rng, 6)])


def uk_sort(rng):
    a, b, c = digits(rng, 2), digits(rng, 2), digits(rng, 2)
    a = rng.choice(["20", "30", "40", "60", "77", "83", "09", "11", "16", "23"])
    return rng.choice(["%s-%s-%s" % (a, b, c), "%s%s%s" % (a, b, c), "%s %s %s" % (a, b, c),
                       "%s-%s-%s" % (a, b, c)])


def uk_acct(rng):
    return rng.choice("123456789") + digits(rng, 7)


def iban(rng, country):
    if country == "GB":
        bank = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"])
    else:
        bank = rng.choice(["AIBK", "BOFI", "IPBS", "REVO"])
    bban = bank + digits(rng, 6) + digits(rng, 8)
    chk = iban_check(country, bban)
    s = country + chk + bban
    if rng.random() < 0.6:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def bic(rng):
    return rng.choice(["AIBKIE2D", "BOFIIE2D", "NWBKGB2L", "BARCGB22", "LOYDGB2L", "MIDLGB22"])


def aba(rng):
    first = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                        "21", "22", "26", "31", "32"])
    eight = first + digits(rng, 6)
    return eight + aba_check(eight)


def us_acct(rng):
    return rng.choice("123456789") + digits(rng, rng.choice([9, 10, 11]))


def bsb(rng):
    return rng.choice(["062", "063", "082", "083", "033", "034", "012", "732"]) + rng.choice(["-", "", " "]) + digits(rng, 3)


def au_acct(rng):
    return rng.choice("123456789") + digits(rng, 7)


NUBAN_BANKS = {"GTBank": "058", "Access": "044", "First Bank": "011", "UBA": "033", "Zenith": "057"}


def nuban(rng, bank_code):
    serial = digits(rng, 9)
    w = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    s = sum(int(c) * k for c, k in zip(bank_code + serial, w))
    chk = (10 - s % 10) % 10
    return serial + str(chk)


NINO_A = "ABCEGHJKLMNOPRSTWXYZ"
NINO_B = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino(rng):
    while True:
        p = rng.choice(NINO_A) + rng.choice(NINO_B)
        if p not in NINO_BAD:
            break
    d = digits(rng, 6)
    s = rng.choice("ABCD")
    return rng.choice(["%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s), p + d + s,
                       "%s%s %s" % (p, d, s), "%s %s %s" % (p, d, s), "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)])


def nhs(rng):
    while True:
        nine = digits(rng, 9)
        c = nhs_check(nine)
        if c is not None:
            n = nine + c
            return rng.choice([n[:3] + " " + n[3:6] + " " + n[6:], n, n[:3] + "-" + n[3:6] + "-" + n[6:],
                               n[:3] + " " + n[3:6] + " " + n[6:]])


def uk_passport(rng):
    return rng.choice("123456789") + digits(rng, 8)


def us_passport(rng):
    if rng.random() < 0.4:
        return rng.choice("ACEHJKLMN") + digits(rng, 8)
    return rng.choice("56") + digits(rng, 8)


def us_dl(rng):
    r = rng.randrange(5)
    if r == 0:
        return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 7)           # CA
    if r == 1:
        d = digits(rng, 12)
        return rng.choice("ABCDGHKMNPRSTW") + d[:3] + "-" + d[3:6] + "-" + d[6:8] + "-" + d[8:11] + "-" + d[11]  # FL
    if r == 2:
        d = digits(rng, 9)
        return d[:3] + " " + d[3:6] + " " + d[6:]                                # NY
    if r == 3:
        return rng.choice("123456789") + digits(rng, 7)                          # TX
    return rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") + digits(rng, 8)                # VA-like


def ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    g = rng.randrange(1, 100)
    s = rng.randrange(1, 10000)
    return rng.choice(["%03d-%02d-%04d", "%03d-%02d-%04d", "%03d %02d %04d", "%03d%02d%04d"]) % (a, g, s)


def itin(rng):
    mid = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return rng.choice(["9%02d-%02d-%04d", "9%02d-%02d-%04d", "9%02d %02d %04d"]) % (rng.randrange(100), mid, rng.randrange(10000))


def ip4(rng):
    return rng.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % rng.randrange(1, 255)


def ip6(rng):
    return "2001:db8:%x:%x::%x" % (rng.randrange(1, 0xffff), rng.randrange(1, 0xffff), rng.randrange(1, 0xfff))


def plate_uk(rng):
    age = rng.choice(["14", "64", "15", "66", "17", "68", "19", "69", "21", "71", "22", "73", "24"])
    p = rng.choice(UK_AREA_LETTERS) + rng.choice(PLATE_LETTERS) + age + " " + "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    return p if rng.random() < 0.8 else p.replace(" ", "")


def plate_ie(rng):
    yr = rng.choice(["08", "11", "131", "142", "151", "161", "171", "182", "191", "201", "221", "232"])
    county = rng.choice(["D", "D", "C", "G", "KY", "L", "MO", "DL", "WX", "KK"])
    return yr + "-" + county + "-" + str(rng.randrange(1, 99999))


def plate_us(rng):
    r = rng.randrange(4)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if r == 0:
        return rng.choice("6789") + "".join(rng.choice(L) for _ in range(3)) + digits(rng, 3)
    if r == 1:
        return "".join(rng.choice(L) for _ in range(3)) + "-" + digits(rng, 4)
    if r == 2:
        return "".join(rng.choice(L) for _ in range(3)) + " " + digits(rng, 4)
    return digits(rng, 3) + " " + "".join(rng.choice(L) for _ in range(3))


def plate_au(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    r = rng.randrange(3)
    if r == 0:
        return "".join(rng.choice(L) for _ in range(2)) + digits(rng, 2) + "".join(rng.choice(L) for _ in range(2))
    if r == 1:
        return digits(rng, 1) + "".join(rng.choice(L) for _ in range(3)) + digits(rng, 3)
    return "".join(rng.choice(L) for _ in range(3)) + digits(rng, 3)    # NZ style


# ---------------------------------------------------------------- addresses
UK_STREETS = ["Glenview", "Rosemount", "Inchcape", "Dunmore", "Cairnhill", "Laburnum", "Hawthorn",
              "Wellgate", "Shandon", "Tolka", "Kelvinside", "Ashgrove", "Marlborough", "Belgrave",
              "Coldharbour", "Brixton Hill", "Railton", "Chatsworth", "Ferndale", "Harlesden",
              "Stapleton", "Moorland", "Wyndham", "Elmhurst", "Sycamore", "Clarendon", "Gipsy Hill",
              "Oakfield", "Dalston", "Meadowbank"]
UK_TYPES = ["Road", "Road", "Street", "Avenue", "Terrace", "Crescent", "Drive", "Gardens", "Close",
            "Place", "Way", "Grove", "Lane", "Court", "Rd", "St", "Ave"]
UK_TOWNS = [("Croydon", "CR0"), ("Lewisham", "SE13"), ("Peckham", "SE15"), ("Handsworth", "B21"),
            ("Moss Side", "M14"), ("Chapeltown", "LS7"), ("Easton", "BS5"), ("Kilburn", "NW6"),
            ("Tottenham", "N17"), ("Woolwich", "SE18"), ("Luton", "LU2"), ("Coventry", "CV6"),
            ("Leicester", "LE5"), ("Belfast", "BT9"), ("Derry", "BT48"), ("Thornton Heath", "CR7"),
            ("Dagenham", "RM10"), ("Walthamstow", "E17"), ("Wolverhampton", "WV3"), ("Cardiff", "CF24")]


def postcode_in(rng):
    return str(rng.randrange(1, 10)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")


def addr_uk(rng):
    n = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 200), rng.randrange(2, 12)]))
    if rng.random() < 0.12:
        n += rng.choice("ab")
    core = "%s %s %s" % (n, rng.choice(UK_STREETS), rng.choice(UK_TYPES))
    r = rng.random()
    if r < 0.18:
        core = rng.choice(["Flat %d, " % rng.randrange(1, 9), "Flat %d " % rng.randrange(1, 9),
                           "Flat %s, " % rng.choice(["A", "B", "C"])]) + core
    town, pc = rng.choice(UK_TOWNS)
    r = rng.random()
    if r < 0.35:
        return core
    if r < 0.65:
        return core + ", " + town
    if r < 0.85:
        return core + ", " + town + " " + pc + " " + postcode_in(rng)
    return core + " " + pc + " " + postcode_in(rng)


def addr_sc(rng):
    street = rng.choice(["Dumbarton Road", "Paisley Road West", "Marchmont Crescent", "Easter Road",
                         "Leith Walk", "Cathcart Road", "Byres Road", "Perth Road", "Great Western Road",
                         "Albert Drive", "Cairnhill Wynd", "Gorgie Road", "Dalry Road", "Victoria Road",
                         "King Street", "Causewayside"])
    n = rng.randrange(1, 420)
    city = rng.choice(["Glasgow G11", "Glasgow G51", "Edinburgh EH9", "Edinburgh EH6", "Glasgow G42",
                       "Dundee DD1", "Aberdeen AB24", "Edinburgh", "Glasgow", "Paisley PA1", "Dundee"])
    r = rng.random()
    if r < 0.3:
        return "Flat %d/%d, %d %s, %s" % (rng.randrange(0, 4), rng.randrange(1, 3), n, street, city)
    if r < 0.5:
        return "%dF%d, %d %s" % (rng.randrange(1, 5), rng.randrange(1, 4), n, street)
    if r < 0.65:
        return "%d/%d %d %s" % (rng.randrange(0, 4), rng.randrange(1, 3), n, street)
    if r < 0.85:
        return "%d %s, %s" % (n, street, city)
    return "%d %s" % (n, street)


def addr_ie(rng):
    n = rng.randrange(1, 80)
    street = rng.choice(["Tolka Cottages", "Mill Street", "Ard na Gréine", "Bóthar na Trá", "Castle Park",
                         "Sráid an Mhuilinn", "Oakwood Avenue", "Church View", "Seaview Terrace",
                         "Clonliffe Road", "Abbey Court", "Páirc na Coille", "St. Brigid's Road",
                         "Ballyfermot Road"])
    area, key = rng.choice([("Glasnevin, Dublin 11", "D11"), ("Ballincollig, Co. Cork", "P31"), ("Salthill, Galway", "H91"),
                            ("Drumcondra, D09", "D09"), ("Tralee, Co. Kerry", "V92"), ("Dublin 8", "D08"),
                            ("Knocknacarra", "H91"), ("Castlebar, Co. Mayo", "F23"), ("Letterkenny", "F92"),
                            ("Dundalk, Co. Louth", "A91")])
    r = rng.random()
    if r < 0.2:
        return "Apt %d, %d %s, %s" % (rng.randrange(1, 40), n, street, area)
    if r < 0.75:
        return "%d %s, %s" % (n, street, area)
    ek = key + " " + "".join(
        rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    return "%d %s, %s, %s" % (n, street, area, ek)


US_STREETS = [("Bolsa Ave", "Westminster, CA 92683"), ("Brookhurst St", "Garden Grove, CA 92840"),
              ("Bellaire Blvd", "Houston, TX 77036"), ("Story Rd", "San Jose, CA 95122"),
              ("Wilson Blvd", "Falls Church, VA 22044"), ("Flatbush Ave", "Brooklyn, NY 11226"),
              ("Grand Concourse", "Bronx, NY 10468"), ("Cleveland Ave", "Columbus, OH 43224"),
              ("Annapolis Rd", "Bowie, MD 20715"), ("NW 40th St", "Lauderhill, FL 33313"),
              ("Fondren Rd", "Houston, TX 77096"), ("Rainier Ave S", "Seattle, WA 98118"),
              ("Magnolia St", "Fountain Valley, CA 92708"), ("Church Ave", "Brooklyn, NY 11203")]


def addr_us(rng):
    st, city = rng.choice(US_STREETS)
    n = rng.randrange(100, 16000)
    r = rng.random()
    if r < 0.3:
        return "%d %s, %s" % (n, st, city)
    if r < 0.55:
        return "%d %s %s, %s" % (n, st, rng.choice(["Apt 3B", "Apt 12", "#204", "Unit C", "Apt 5F"]), city)
    if r < 0.8:
        return "%d %s" % (n, st)
    return "%d %s, %s" % (n, st, city.split(",")[0])


def addr_au(rng):
    st = rng.choice(["Bream St", "Wattle Grove", "Banksia Pde", "Jacaranda Ave", "Waratah Rd",
                     "Kurrajong St", "Coolibah Cres", "Boronia Rd", "Gympie Rd", "Hopkins St"])
    sub = rng.choice(["Coogee NSW 2034", "Footscray VIC 3011", "Sunnybank QLD 4109", "Cabramatta NSW 2166",
                      "St Albans VIC 3021", "Inala QLD 4077", "Marrickville NSW 2204", "Mirrabooka WA 6061"])
    n = rng.randrange(1, 120)
    r = rng.random()
    if r < 0.35:
        return "%d/%d %s, %s" % (rng.randrange(1, 20), n, st, sub)
    if r < 0.55:
        return "Unit %d/%d %s, %s" % (rng.randrange(1, 20), n, st, sub)
    if r < 0.85:
        return "%d %s, %s" % (n, st, sub)
    return "%d %s" % (n, st)


def addr_nz(rng):
    st = rng.choice(["Tui Crescent", "Kiripaka Road", "Pōhutukawa Drive", "Kōwhai Street",
                     "Rimu Road", "Te Atatū Road", "Manuka Place", "Kauri Avenue"])
    sub = rng.choice(["Papatoetoe, Auckland 2025", "Whangārei 0112", "Porirua 5022", "Ōtara, Auckland",
                      "Hamilton East", "Rotorua 3010", "Mangere, Auckland 2022"])
    n = rng.randrange(1, 200)
    if rng.random() < 0.3:
        return "%d/%d %s, %s" % (rng.randrange(1, 9), n, st, sub)
    return "%d %s, %s" % (n, st, sub) if rng.random() < 0.7 else "%d %s" % (n, st)


# Chinese addresses
ZH_CITIES = {
    "sx": [("陕西省", "西安市", "雁塔区", ["小寨东路", "长安南路", "含光路", "电子二路"]),
           ("陕西省", "西安市", "碑林区", ["东大街", "南关正街", "友谊东路"]),
           ("陕西省", "西安市", "未央区", ["凤城八路", "太华北路"]),
           ("陕西省", "宝鸡市", "渭滨区", ["经二路", "清姜路"])],
    "gs": [("甘肃省", "兰州市", "城关区", ["张掖路", "庆阳路", "皋兰路", "雁滩路"]),
           ("甘肃省", "兰州市", "七里河区", ["西津西路", "建工西街"]),
           ("甘肃省", "天水市", "秦州区", ["民主西路", "建设路"])],
    "sd": [("山东省", "济南市", "历下区", ["泉城路", "文化东路", "经十路", "和平路"]),
           ("山东省", "青岛市", "市南区", ["香港中路", "南京路", "宁夏路"]),
           ("山东省", "临沂市", "兰山区", ["沂蒙路", "解放路"]),
           ("山东省", "潍坊市", "奎文区", ["胜利东街", "东风东街"])],
    "ah": [("安徽省", "合肥市", "蜀山区", ["长江西路", "黄山路", "潜山路"]),
           ("安徽省", "合肥市", "庐阳区", ["阜阳路", "濉溪路"]),
           ("安徽省", "芜湖市", "镜湖区", ["中山路", "九华中路"])],
    "jx": [("江西省", "南昌市", "东湖区", ["八一大道", "胜利路", "民德路"]),
           ("江西省", "南昌市", "青山湖区", ["北京东路", "上海路"]),
           ("江西省", "赣州市", "章贡区", ["文清路", "红旗大道"])],
    "hn": [("海南省", "海口市", "龙华区", ["国贸路", "金龙路", "滨海大道"]),
           ("海南省", "海口市", "美兰区", ["和平大道", "海甸五西路"]),
           ("海南省", "三亚市", "吉阳区", ["迎宾路", "榆亚路"])],
}
ZH_ESTATES = ["翠华小区", "锦绣家园", "金桂园", "阳光丽景", "幸福里小区", "枫林苑", "椰风水韵",
              "滨江花园", "紫薇苑", "泉景嘉园", "丰泽园小区", "铁路新村", "纺织城三区",
              "石化家属院", "农机厂宿舍", "书香门第", "万泉新城", "红星美苑", "椰林湾", "鲁能公馆",
              "赣江苑", "黄河家园", "梧桐苑", "二建家属院"]


def zh_estate_addr(rng, partial=False):
    b, u, r = rng.randrange(1, 30), rng.randrange(1, 6), rng.randrange(1, 33) * 100 + rng.randrange(1, 5)
    forms = ["%d号楼%d单元%d", "%d号楼%d单元%d室", "%d栋%d单元%d", "%d栋%d室", "%d-%d-%d", "%d幢%d室",
             "%d号楼%d单元%d号"]
    f = rng.choice(forms)
    k = f.count("%d")
    tail = f % ((b, u, r) if k == 3 else (b, r))
    if partial:
        return tail
    est = rng.choice(ZH_ESTATES)
    if rng.random() < 0.2:
        est = est + rng.choice(["东区", "二期", "B区", "北院"])
    return est + tail


def zh_road_addr(rng, region=None):
    region = region or rng.choice(sorted(ZH_CITIES))
    prov, city, dist, roads = rng.choice(ZH_CITIES[region])
    return rng.choice(roads) + "%d号" % rng.randrange(1, 400)


def zh_full_addr(rng, region=None):
    region = region or rng.choice(sorted(ZH_CITIES))
    prov, city, dist, roads = rng.choice(ZH_CITIES[region])
    road = rng.choice(roads) + "%d号" % rng.randrange(1, 400)
    r = rng.random()
    head = rng.choice([prov + city + dist, city + dist, city + dist, dist, prov + city + dist])
    if r < 0.4:
        return head + road
    if r < 0.8:
        return head + road + zh_estate_addr(rng)
    return head + zh_estate_addr(rng)


# ====================================================================== persons
class EnPerson:
    def __init__(self, rng, origin, taken, gender=None):
        given, surs, nicks = N.EN[origin]
        if gender == "f":
            given = [g for g in given if g in N.EN_FEMALE or g in N.EN_UNISEX] or given
        elif gender == "m":
            given = [g for g in given if g not in N.EN_FEMALE] or given
        for _ in range(50):
            first = rng.choice(given)
            if first not in taken:
                break
        taken.add(first)
        for _ in range(50):
            sur = rng.choice(surs)
            if sur not in taken:
                break
        taken.add(sur)
        for _ in range(50):
            nick = rng.choice(nicks)
            if nick not in taken:
                break
        taken.add(nick)
        self.rng = rng
        self.origin, self.first, self.sur, self.nick = origin, first, sur, nick
        self._cache = {}

    def once(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    def email(self):
        rng = self.rng
        f, s = squash(self.first), squash(self.sur)
        n = squash(self.nick)
        local = rng.choice([f + "." + s, f + s + str(rng.randrange(70, 100)), f[0] + s, f + "_" + s,
                            (n or f) + str(rng.randrange(1, 999)), s + "." + f, f + "." + s + str(rng.randrange(1, 30)),
                            f + s[0] + str(rng.randrange(1980, 2006))])
        dom = rng.choice(["example.com", "example.com", "example.org", "example.net", "mail.example.com",
                          "example.net", "post.example.org"])
        e = local + "@" + dom
        if rng.random() < 0.12:
            e = fold(self.first) + "." + fold(self.sur).replace(" ", "") + "@" + dom
        return e

    def user(self):
        rng = self.rng
        f, s, n = squash(self.first), squash(self.sur), squash(self.nick)
        return rng.choice([f + "_" + s[:3], f + s + str(rng.randrange(1, 99)), (n or f) + "_" + str(rng.randrange(10, 99)),
                           f + "." + s, "its" + f, f + "x" + s[:2], "the" + (n or f), f + "_" + str(rng.randrange(1990, 2010)),
                           s + f[0], f + "." + s[:1] + ".official"])

    def url(self, platform=None):
        rng = self.rng
        u = self.once("user", self.user)
        if platform == "depop":
            return rng.choice(["depop.com/" + u, "https://www.depop.com/" + u + "/"])
        if platform == "strava":
            return "https://www.strava.com/athletes/" + u
        if platform == "social":
            return rng.choice(["https://www.instagram.com/" + u, "instagram.com/" + u, "https://www.facebook.com/" + u.replace("_", "."),
                               "https://www.tiktok.com/@" + u, "facebook.com/" + u.replace("_", ".")])
        if platform == "shop":
            return rng.choice(["www.vinted.co.uk/member/%d-%s" % (rng.randrange(10 ** 7, 10 ** 8), u), "depop.com/" + u,
                               "https://www.ebay.co.uk/usr/" + u, "https://www.etsy.com/shop/" + u.replace(".", "").replace("_", "")])
        return rng.choice([
            "https://www.instagram.com/" + u, "instagram.com/" + u, "https://www.facebook.com/" + u.replace("_", "."),
            "facebook.com/" + u.replace("_", "."), "https://www.tiktok.com/@" + u, "https://www.linkedin.com/in/" +
            squash(self.first) + "-" + squash(self.sur) + "-" + "%x" % rng.randrange(16 ** 5, 16 ** 6),
            "https://github.com/" + u.replace(".", "-"), "paypal.me/" + u.replace(".", "").replace("_", ""),
            "https://www.strava.com/athletes/" + u, "depop.com/" + u, "https://monzo.me/" + u.replace(".", "").replace("_", ""),
            "www.vinted.co.uk/member/%d-%s" % (rng.randrange(10 ** 7, 10 ** 8), u)])

    def ukdl(self):
        rng = self.rng
        s = re.sub(r"[^A-Z]", "", fold(self.sur).upper())
        if s.startswith("MAC"):
            s = "MC" + s[3:]
        s5 = (s + "99999")[:5]
        year = rng.randrange(1950, 2005)
        month = rng.randrange(1, 13) + (50 if rng.random() < 0.5 else 0)
        day = rng.randrange(1, 29)
        ini = re.sub(r"[^A-Z]", "", fold(self.first).upper())[:1]
        ini = (ini + rng.choice(["9", "9", "A", "J", "M", "K"]))[:2]
        dl = "%s%d%02d%02d%d%s9%s" % (s5, (year // 10) % 10, month, day, year % 10, ini,
                                     rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS))
        return dl if rng.random() < 0.75 else dl[:5] + " " + dl[5:11] + " " + dl[11:]


class ZhPerson:
    def __init__(self, rng, region, taken, kind=None, gender=None):
        self.rng = rng
        kind = kind or rng.choice(["word", "word", "word", "modern", "modern", "full"])

        def ok_gender(g):
            if gender == "f":
                return g in N.ZH_FEMALE
            if gender == "m":
                return g not in N.ZH_FEMALE
            return True
        for _ in range(200):
            if kind == "full":
                s, g, sp, gp = rng.choice(N.ZH_FULL_WORDS)
                g, gp = g, gp
            else:
                s, sp = rng.choice(N.ZH_SUR[region])
                g, gp = rng.choice(N.ZH_GIVEN_WORD if kind == "word" else N.ZH_GIVEN_MODERN)
            if s not in taken and g not in taken and g[-1] not in taken and ok_gender(g):
                break
        taken.add(s)
        taken.add(g)
        taken.add(g[-1])
        for _ in range(60):
            nick = rng.choice(N.ZH_NICK)
            if nick not in taken:
                break
        taken.add(nick)
        self.sur, self.given, self.sp, self.gp, self.nick = s, g, sp, gp, nick
        self._cache = {}

    def once(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    def wx(self):
        for _ in range(20):
            w = self._wx()
            if 6 <= len(w) <= 20:
                return w
        return "wxid_" + digits(self.rng, 12)

    def _wx(self):
        rng = self.rng
        sp, gp = self.sp, self.gp
        ini = sp[0] + gp[0]
        return rng.choice([sp + gp + str(rng.randrange(1960, 2012)), ini + "_" + digits(rng, 4),
                           gp + "_" + sp, sp + "-" + gp + str(rng.randrange(10, 99)),
                           "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12)),
                           gp.capitalize() + sp.capitalize() + str(rng.randrange(100, 999)), ini + gp[:3] + "666",
                           "a" + sp + gp + "_", "laoyou_" + sp + gp])

    def email(self):
        rng = self.rng
        return rng.choice([self.gp + "." + self.sp, self.sp + self.gp, self.sp + self.gp + str(rng.randrange(70, 100)),
                           self.gp + "_" + self.sp + str(rng.randrange(1, 30)), qq(rng)]) + "@" + rng.choice(
            ["example.cn", "example.com.cn", "mail.example.cn", "example.cn", "example.com"])


# ====================================================================== rendering
SLOT_RE = re.compile(r"\{([^{}]+)\}")


class Ctx:
    def __init__(self, rng, lang, origins=None):
        self.rng = rng
        self.lang = lang
        self.origins = origins or {}
        self.persons = {}
        self.taken = set()
        self.cache = {}

    def person(self, var):
        if var not in self.persons:
            o = self.origins.get(var)
            if self.lang == "en":
                gender = None
                if o and ":" in o:
                    o, gender = o.split(":")
                o = o or self.origins.get("*") or self.rng.choice(N.EN_ORIGINS)
                self.persons[var] = EnPerson(self.rng, o, self.taken, gender)
            else:
                kind = gender = None
                region = ""
                for tok in (o or "").split(":"):
                    if tok in ("word", "modern", "full"):
                        kind = tok
                    elif tok in ("f", "m"):
                        gender = tok
                    elif tok:
                        region = tok
                region = region or self.origins.get("*") or self.rng.choice(N.ZH_REGIONS)
                self.persons[var] = ZhPerson(self.rng, region, self.taken, kind, gender)
        return self.persons[var]


def en_person_form(ctx, p, form, arg):
    rng = ctx.rng
    P = lambda v: Ent("PERSON", v)  # noqa: E731
    if form == "first":
        return P(p.first)
    if form == "sur":
        return P(p.sur)
    if form == "full":
        return P(p.first + " " + p.sur)
    if form == "fullup":
        return P(p.first + " " + p.sur.upper())
    if form == "surfirst":
        return P(p.sur.upper() + " " + p.first)
    if form == "nick":
        return P(p.nick)
    if form == "tsur":     # title + surname; only the surname is the span
        t = arg or rng.choice(["Mr", "Ms", "Mrs", "Miss", "Mr.", "Ms.", "Dr"])
        return [t + " ", P(p.sur)]
    if form == "tfirst":   # title + given name (Aunty Funmi, Uncle Kofi); only the name is the span
        return [arg + " ", P(p.first)]
    if form == "email":
        return Ent("EMAIL_ADDRESS", p.once("email", p.email))
    if form == "email2":
        return Ent("EMAIL_ADDRESS", p.once("email2", p.email))
    if form == "user":
        return Ent("USERNAME", p.once("user", p.user))
    if form == "handle":
        return Ent("USERNAME", "@" + p.once("user", p.user))
    if form == "url":
        return Ent("URL", p.once("url", lambda: p.url(arg)))
    if form == "ukdl":
        return Ent("UK_DRIVING_LICENCE", p.once("ukdl", p.ukdl))
    raise KeyError(form)


def zh_person_form(ctx, p, form, arg):
    rng = ctx.rng
    P = lambda v: Ent("PERSON", v)  # noqa: E731
    if form == "full":
        return P(p.sur + p.given)
    if form == "given":            # a bare one-character given name reads oddly; use the full name then
        return P(p.given if len(p.given) > 1 else p.sur + p.given)
    if form == "xiao":
        return P("小" + (p.sur if len(p.given) > 1 and rng.random() < 0.7 else p.given[-1]))
    if form == "lao":
        return P("老" + p.sur)
    if form == "a":
        return P("阿" + p.given[-1])
    if form == "dd":
        return P(p.given[-1] * 2)
    if form == "nick":
        return P(p.nick)
    if form == "t":
        return P(p.sur + arg)
    if form == "k":
        return P((p.given if len(p.given) > 1 else p.sur + p.given) + arg)
    if form == "kn":          # nickname + kinship (豆豆妈)
        return P(p.nick + arg)
    if form == "wx":
        return Ent("WECHAT_ID", p.once("wx", p.wx))
    if form == "email":
        return Ent("EMAIL_ADDRESS", p.once("email", p.email))
    raise KeyError(form)


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDF = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONF = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]


def _appt(rng, tzname, us=False):
    tz = ZoneInfo(tzname)
    day = datetime(2024, 3, 18, tzinfo=tz) + timedelta(days=rng.randrange(0, 40))
    while day.weekday() > 4:
        day += timedelta(days=1)
    local = datetime(day.year, day.month, day.day, rng.randrange(8, 17), rng.choice([0, 10, 15, 20, 30, 40, 45, 50]), tzinfo=tz)
    if us:
        h = local.hour % 12 or 12
        return rng.choice(["%s %d/%d at %d:%02d %s" % (WD[local.weekday()], local.month, local.day, h, local.minute,
                                                       "AM" if local.hour < 12 else "PM"),
                           "on %s, %s %d at %d:%02d%s" % (WDF[local.weekday()], MONF[local.month - 1], local.day, h,
                                                          local.minute, "am" if local.hour < 12 else "pm")])
    return rng.choice(["%s %d %s at %02d:%02d" % (WD[local.weekday()], local.day, MON[local.month - 1], local.hour, local.minute),
                       "%s %02d/%02d/%d %02d:%02d" % (WDF[local.weekday()], local.day, local.month, local.year, local.hour, local.minute),
                       "%d-%s-%d at %02d:%02d" % (local.day, MON[local.month - 1], local.year, local.hour, local.minute)])


def _dob(rng, us=False):
    y, m, d = rng.randrange(1944, 2012), rng.randrange(1, 13), rng.randrange(1, 29)
    if us:
        return rng.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y)])
    return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y % 100), "%02d/%02d/%02d" % (d, m, y % 100),
                       "%d %s %d" % (d, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1], y)])


def _date(rng):
    d = datetime(2024, 1, 8) + timedelta(days=rng.randrange(0, 300))
    return rng.choice([d.strftime("%d/%m"), "%d %s" % (d.day, MON[d.month - 1]), d.strftime("%d/%m/%y"),
                       "the %d%s" % (d.day, "th" if 10 < d.day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th"))])


def _zh_date(rng):
    d = datetime(2024, 1, 8) + timedelta(days=rng.randrange(0, 300))
    return rng.choice(["%d月%d日" % (d.month, d.day), "%d月%d号" % (d.month, d.day), d.strftime("%Y-%m-%d"),
                       "%d.%d" % (d.month, d.day), "%d年%d月%d日" % (d.year, d.month, d.day)])


def _money(rng, lo, hi, step=1):
    return str(rng.randrange(lo, hi, step))


def build_slots():
    S = {}
    # English identifiers
    S["mob_uk"] = lambda r: Ent("PHONE_NUMBER", uk_mobile(r))
    S["land_uk"] = lambda r: Ent("PHONE_NUMBER", uk_landline(r))
    S["mob_us"] = lambda r: Ent("PHONE_NUMBER", us_phone(r))
    S["mob_au"] = lambda r: Ent("PHONE_NUMBER", au_phone(r))
    S["phone"] = lambda r: Ent("PHONE_NUMBER", r.choice([uk_mobile, uk_mobile, uk_landline, us_phone])(r))
    S["addr_uk"] = lambda r: Ent("LOCATION", addr_uk(r))
    S["addr_sc"] = lambda r: Ent("LOCATION", addr_sc(r))
    S["addr_ie"] = lambda r: Ent("LOCATION", addr_ie(r))
    S["addr_us"] = lambda r: Ent("LOCATION", addr_us(r))
    S["addr_au"] = lambda r: Ent("LOCATION", addr_au(r))
    S["addr_nz"] = lambda r: Ent("LOCATION", addr_nz(r))
    S["addr"] = lambda r: Ent("LOCATION", r.choice([addr_uk, addr_uk, addr_sc, addr_ie, addr_us])(r))
    S["card"] = lambda r: Ent("CREDIT_CARD", card(r))
    S["sort"] = lambda r: Ent("BANK_ACCOUNT", uk_sort(r))
    S["acct_uk"] = lambda r: Ent("BANK_ACCOUNT", uk_acct(r))
    S["iban_gb"] = lambda r: Ent("IBAN_CODE", iban(r, "GB"))
    S["iban_ie"] = lambda r: Ent("IBAN_CODE", iban(r, "IE"))
    S["routing"] = lambda r: Ent("BANK_ACCOUNT", aba(r))
    S["acct_us"] = lambda r: Ent("BANK_ACCOUNT", us_acct(r))
    S["bsb"] = lambda r: Ent("BANK_ACCOUNT", bsb(r))
    S["acct_au"] = lambda r: Ent("BANK_ACCOUNT", au_acct(r))
    S["nuban"] = lambda r: Ent("BANK_ACCOUNT", nuban(r, "058"))
    S["nuban_z"] = lambda r: Ent("BANK_ACCOUNT", nuban(r, "057"))
    S["ip"] = lambda r: Ent("IP_ADDRESS", ip4(r))
    S["ip6"] = lambda r: Ent("IP_ADDRESS", ip6(r))
    S["nino"] = lambda r: Ent("UK_NINO", nino(r))
    S["nhs"] = lambda r: Ent("UK_NHS", nhs(r))
    S["ukpass"] = lambda r: Ent("UK_PASSPORT", uk_passport(r))
    S["uspass"] = lambda r: Ent("US_PASSPORT", us_passport(r))
    S["usdl"] = lambda r: Ent("US_DRIVER_LICENSE", us_dl(r))
    S["ssn"] = lambda r: Ent("US_SSN", ssn(r))
    S["itin"] = lambda r: Ent("US_ITIN", itin(r))
    S["plate_uk"] = lambda r: Ent("LICENSE_PLATE", plate_uk(r))
    S["plate_ie"] = lambda r: Ent("LICENSE_PLATE", plate_ie(r))
    S["plate_us"] = lambda r: Ent("LICENSE_PLATE", plate_us(r))
    S["plate_au"] = lambda r: Ent("LICENSE_PLATE", plate_au(r))
    S["handle"] = lambda r: Ent("USERNAME", "@" + r.choice(
        ["under11s_", "hibees", "the.braid.plug", "naija_kitchen", "pho_real", "yardie_eats", "kiwi_in_ldn",
         "glesga_lass", "corkboy", "accra2peckham", "bigup", "wee_bakes"]) + r.choice(["", str(r.randrange(1, 99)), "_ldn", "x"]))
    S["cashtag"] = lambda r: Ent("USERNAME", "$" + r.choice(["kwabs", "tuyet", "dezzy", "ngozi", "fraser", "tobi", "linhh"]) +
                                 r.choice(["", str(r.randrange(10, 9999)), "_b"]))
    # English plain slots
    S["time"] = lambda r: r.choice(["7:45", "half 6", "8.30", "10ish", "3pm", "quarter to 5", "5:15", "18:30", "noon", "9am"])
    S["day"] = lambda r: r.choice(["mon", "Tuesday", "wed", "Thursday", "friday", "Sat", "sunday", "tmrw", "tomorrow"])
    S["date"] = _date
    S["dob"] = lambda r: _dob(r)
    S["dob_us"] = lambda r: _dob(r, True)
    S["appt"] = lambda r: _appt(r, "Europe/London")
    S["appt_ie"] = lambda r: _appt(r, "Europe/Dublin")
    S["appt_us"] = lambda r: _appt(r, r.choice(["America/Los_Angeles", "America/Chicago", "America/New_York"]), True)
    S["appt_au"] = lambda r: _appt(r, "Australia/Sydney")
    S["n"] = lambda r: str(r.choice([5, 10, 12, 15, 20, 25, 30, 40, 45, 60, 80, 120]))
    S["rent"] = lambda r: "{:,}".format(r.randrange(650, 1900, 25))
    S["dep"] = lambda r: "{:,}".format(r.randrange(700, 2600, 50))
    S["flat"] = lambda r: r.choice(["2", "4B", "1/2", "7", "3F1", "12", "G/L"])
    S["code"] = lambda r: digits(r, 4)
    S["ref"] = lambda r: r.choice(["TX", "MM", "RF"]) + digits(r, 8)
    S["mtcn"] = lambda r: digits(r, 10)
    S["last4"] = lambda r: digits(r, 4)
    S["exp"] = lambda r: "%02d/%02d" % (r.randrange(1, 13), r.randrange(25, 31))
    S["bic"] = lambda r: bic(r)
    S["rel"] = lambda r: r.choice(["mum", "sister", "husband", "wife", "aunty", "uncle", "cousin", "partner", "brother"])
    S["practice"] = lambda r: r.choice(["Glenview Medical Practice", "Rosemount Surgery", "Harlesden Health Centre",
                                        "Westbourne GP", "Kelvin Medical Group", "Tolka Family Practice",
                                        "Brixton Hill Group Practice", "Easter Road Surgery"])
    S["clinic"] = lambda r: r.choice(["Little Saigon Family Clinic", "Bellaire Pediatrics", "Flatbush Community Health",
                                      "Bolsa Dental Group", "Westside Urgent Care"])
    S["street_only"] = lambda r: r.choice(["Dalry Rd", "the Crumlin Road", "Bolsa", "Coldharbour Lane", "Leith Walk",
                                           "Station Road", "the Walworth Road", "Flatbush", "Easter Road"])
    S["rx"] = lambda r: "RX-" + digits(r, 6)
    # Chinese identifiers
    S["cn_mob"] = lambda r: Ent("PHONE_NUMBER", cn_mobile(r))
    S["cn_mob0"] = lambda r: Ent("PHONE_NUMBER", cn_mobile(r, 0))
    S["cn_tel"] = lambda r: Ent("PHONE_NUMBER", cn_landline(r))
    S["cn_id"] = lambda r: Ent("CN_ID_CARD", cn_id(r))
    S["cn_idx"] = lambda r: Ent("CN_ID_CARD", cn_id(r).lower())
    S["cn_bank"] = lambda r: Ent("CN_BANK_CARD", cn_bank(r))
    S["cn_pass"] = lambda r: Ent("CN_PASSPORT", cn_passport(r))
    S["cn_plate"] = lambda r: Ent("LICENSE_PLATE", cn_plate(r))
    S["qq"] = lambda r: Ent("QQ_NUMBER", qq(r))
    S["wx"] = lambda r: Ent("WECHAT_ID", wx_random(r))
    S["zh_addr"] = lambda r: Ent("LOCATION", zh_full_addr(r))
    S["zh_road"] = lambda r: Ent("LOCATION", zh_road_addr(r))
    S["zh_estate"] = lambda r: Ent("LOCATION", zh_estate_addr(r))
    S["zh_room"] = lambda r: Ent("LOCATION", zh_estate_addr(r, partial=True))
    S["cn_email"] = lambda r: Ent("EMAIL_ADDRESS", r.choice(["jiazhang", "banwei", "wangge", "kefu", "zufang", "peihu",
                                                              "xiaoqu", "dianpu"]) + digits(r, r.choice([2, 3, 4])) + "@" +
                                  r.choice(["example.cn", "example.com.cn", "example.cn"]))
    S["qq_email"] = lambda r: Ent("EMAIL_ADDRESS", qq(r) + "@" + r.choice(["qq.example.cn", "example.cn"]))
    S["xy_user"] = lambda r: Ent("USERNAME", r.choice(["椰子", "秦岭", "黄河", "泉城", "赣南", "徽州", "陇上"]) + r.choice(
        ["小卖部", "的闲置", "阿姨", "收藏家", "二手仓", "小哥哥", "大叔"]) + r.choice(["", digits(r, 3), "_", "呀"]).rstrip("_"))
    S["dy_user"] = lambda r: Ent("USERNAME", r.choice(["dy", "ks", "xhs", "tb"]) + digits(r, r.choice([8, 9, 10])))
    S["weibo"] = lambda r: Ent("URL", r.choice(["https://weibo.com/u/", "weibo.com/u/", "https://m.weibo.cn/u/"]) +
                               r.choice("1234567") + digits(r, 9))
    S["bili"] = lambda r: Ent("URL", r.choice(["https://space.bilibili.com/", "space.bilibili.com/"]) +
                              r.choice("123456789") + digits(r, r.choice([7, 8, 9])))
    S["cn_id_kid"] = lambda r: Ent("CN_ID_CARD", cn_id(r, year=r.randrange(2010, 2019)))
    # Chinese plain slots
    S["zh_date"] = _zh_date
    S["zh_n"] = lambda r: str(r.choice([3, 5, 8, 10, 12, 15, 20, 30, 50, 80, 100]))
    S["zh_money"] = lambda r: r.choice(["%d" % r.randrange(20, 500), "%d.5" % r.randrange(5, 90), "%d元" % r.randrange(10, 300),
                                        "¥%d" % r.randrange(30, 900), "%d块" % r.randrange(5, 200)])
    S["tail4"] = lambda r: digits(r, 4)
    S["pickup"] = lambda r: r.choice(["%d-%d-%d" % (r.randrange(1, 9), r.randrange(1, 6), r.randrange(1000, 9999)),
                                      "%d%s%d" % (r.randrange(1, 30), r.choice("ABCD"), r.randrange(100, 999)), digits(r, 6)])
    S["zh_time"] = lambda r: r.choice(["早上7点", "八点半", "下午3点", "晚上9点", "中午12点", "6:40", "18:30", "明早"])
    S["order_no"] = lambda r: r.choice(["", "", "E"]) + "2024" + digits(r, r.choice([14, 16]))
    S["bed"] = lambda r: "%d床" % r.randrange(1, 48)
    S["zh_province"] = lambda r: r.choice(["陕北", "陇南", "临沂", "阜阳", "赣州", "儋州", "定西", "菏泽", "上饶", "文昌"])
    return S


SLOTS = build_slots()


def resolve(ctx, spec):
    mods = []
    if "|" in spec:
        spec, *mods = spec.split("|")
    if "=" in spec:                      # fixed entity: {TYPE=value}
        t, v = spec.split("=", 1)
        out = Ent(t, v)
    elif "." in spec:
        var, form = spec.split(".", 1)
        arg = None
        if ":" in form:
            form, arg = form.split(":", 1)
        p = ctx.person(var)
        out = (en_person_form if ctx.lang == "en" else zh_person_form)(ctx, p, form, arg)
    else:
        name, tag = spec, None
        if "#" in spec:
            name, tag = spec.split("#", 1)
        if tag is not None and (name, tag) in ctx.cache:
            out = ctx.cache[(name, tag)]
        else:
            out = SLOTS[name](ctx.rng)
            if tag is not None:
                ctx.cache[(name, tag)] = out
    items = out if isinstance(out, list) else [out]
    res = []
    for it in items:
        for m in mods:
            it = apply_mod(it, m)
        res.append(it)
    return res


def _mod_str(s, m):
    if m == "lc":
        return s.lower()
    if m == "up":
        return s.upper()
    if m == "nodia":
        return fold(s)
    if m == "nospace":
        return s.replace(" ", "")
    raise KeyError(m)


def apply_mod(it, m):
    if isinstance(it, Ent):
        return Ent(it.type, _mod_str(it.value, m))
    return _mod_str(it, m)


def render(ctx, tpl):
    parts = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        parts.append(tpl[pos:m.start()])
        parts.extend(resolve(ctx, m.group(1)))
        pos = m.end()
    parts.append(tpl[pos:])
    return [p for p in parts if not (isinstance(p, str) and p == "")]


LOWER_OK = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "USERNAME", "URL", "IP_ADDRESS",
            "BANK_ACCOUNT", "CREDIT_CARD"}


def typo(rng, s):
    words = [(m.start(), m.end()) for m in re.finditer(r"[a-z]{5,}", s)]
    if not words:
        return s
    a, b = rng.choice(words)
    i = rng.randrange(a + 1, b - 1)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def assemble(parts):
    text = ""
    ents = []
    for p in parts:
        if isinstance(p, Ent):
            v = p.value
            assert v == v.strip() and v, repr(v)
            ents.append({"type": p.type, "start": len(text), "end": len(text) + len(v), "value": v})
            text += v
        else:
            text += p
    return text, ents


# ---------------------------------------------------------------- wrappers (chat export prefixes)
EN_TZ = ["Europe/London", "Europe/London", "Europe/Dublin", "America/New_York", "America/Los_Angeles",
         "Australia/Sydney", "Pacific/Auckland", "America/Chicago"]


def en_wrapper(rng, ctx, allow_pii=True):
    """A chat-export prefix. Local times come from a fixed UTC instant via zoneinfo."""
    tzname = rng.choice(EN_TZ)
    utc = datetime(2024, 2, 20, 6, 0, tzinfo=timezone.utc) + timedelta(minutes=rng.randrange(0, 60 * 24 * 70))
    lt = utc.astimezone(ZoneInfo(tzname))
    us = tzname.startswith("America")
    if us:
        h = lt.hour % 12 or 12
        stamp = rng.choice(["%d/%d/%02d, %d:%02d %s - " % (lt.month, lt.day, lt.year % 100, h, lt.minute, "PM" if lt.hour >= 12 else "AM"),
                            "[%d/%d/%02d, %d:%02d:%02d %s] " % (lt.month, lt.day, lt.year % 100, h, lt.minute, lt.second,
                                                               "PM" if lt.hour >= 12 else "AM")])
    else:
        stamp = rng.choice(["[%02d/%02d/%d, %02d:%02d:%02d] " % (lt.day, lt.month, lt.year, lt.hour, lt.minute, lt.second),
                            "%02d/%02d/%02d, %02d:%02d - " % (lt.day, lt.month, lt.year % 100, lt.hour, lt.minute),
                            "[%02d:%02d] " % (lt.hour, lt.minute)])
    if not allow_pii:
        who = rng.choice(["Mum", "Landlord", "Coach", "Rota", "~", "Work", "Class rep", "Agent", "Gran", "Me"])
        return [stamp + who + ": "]
    r = rng.random()
    p = ctx.person("_sender")
    if r < 0.3:
        return [stamp, Ent("PERSON", p.first + " " + p.sur), ": "]
    if r < 0.5:
        return [stamp, Ent("PERSON", p.first), ": "]
    if r < 0.58:
        return [stamp + "~\u202f", Ent("PERSON", p.nick), ": "]
    if r < 0.72:
        return [stamp + rng.choice(["Mum", "Dad", "Landlord", "Coach", "Nan"]) + ": "]
    return [stamp, Ent("PHONE_NUMBER", rng.choice([uk_mobile, us_phone])(rng) if not us else us_phone(rng)), ": "]


def zh_wrapper(rng, ctx, allow_pii=True):
    utc = datetime(2024, 3, 1, 0, 0, tzinfo=timezone.utc) + timedelta(minutes=rng.randrange(0, 60 * 24 * 90))
    lt = utc.astimezone(ZoneInfo("Asia/Shanghai"))
    stamp = rng.choice(["[%d-%02d-%02d %02d:%02d] " % (lt.year, lt.month, lt.day, lt.hour, lt.minute),
                        "%d月%d日 %02d:%02d " % (lt.month, lt.day, lt.hour, lt.minute), "%02d:%02d " % (lt.hour, lt.minute), ""])
    if not allow_pii:
        who = rng.choice(["群主", "站长", "班长", "物业客服", "网格员", "房东", "中介", "驾校通知", "护士站", "家委会"])
        return [stamp + who + "："]
    p = ctx.person("_sender")
    r = rng.random()
    if r < 0.25:
        return [stamp, Ent("PERSON", p.sur + p.given), rng.choice(["：", ": "])]
    if r < 0.4:
        return [stamp, zh_person_form(ctx, p, rng.choice(["lao", "xiao", "a"]), None), "："]
    if r < 0.7:
        return [stamp + rng.choice(["群主", "站长", "物业客服", "家委会", "中介小哥", "房东", "妈", "老公"]) + "："]
    if r < 0.8:
        return [stamp, Ent("PERSON", p.nick + rng.choice(["妈", "爸爸", "妈妈", "奶奶"])), "："]
    return [stamp, Ent("PERSON", p.sur + rng.choice(["师傅", "姐", "哥", "老师", "阿姨"])), "："]


# ====================================================================== corpus builders
def _parse_tpl(item):
    if isinstance(item, tuple):
        opts, text = item
    else:
        opts, text = "", item
    origins = {}
    flags = set()
    for tok in opts.split():
        if "=" in tok:
            k, v = tok.split("=", 1)
            origins[k] = v
        else:
            flags.add(tok)
    return origins, flags, text


def build_labelled(lang, seed):
    rng = random.Random(seed)
    tpls = EN_TPL.TEMPLATES if lang == "en" else ZH_TPL.TEMPLATES
    empties = list(EN_TPL.NO_PII if lang == "en" else ZH_TPL.NO_PII)
    n_pii = N_LINES - N_EMPTY
    order = []
    idx = list(range(len(tpls)))
    while len(order) < n_pii:
        rng.shuffle(idx)
        order.extend(idx)
    order = order[:n_pii]
    rows = []
    seen = set()
    for ti in order:
        origins, flags, text = _parse_tpl(tpls[ti])
        if lang == "zh":
            for var, arg in re.findall(r"\{(\w+)\.k:([^}|]+)\}", text):
                g = "f" if arg in N.ZH_FEMALE_KIN else "m" if arg in N.ZH_MALE_KIN else ""
                if g and ":" + g not in origins.get(var, ""):
                    origins[var] = origins.get(var, "") + ":" + g
        for attempt in range(20):
            ctx = Ctx(rng, lang, origins)
            parts = render(ctx, text)
            if lang == "en" and "chat" in flags and rng.random() < 0.14:
                parts = en_wrapper(rng, ctx) + parts
            if lang == "zh" and "chat" in flags and rng.random() < 0.14:
                parts = zh_wrapper(rng, ctx) + parts
            if lang == "en" and rng.random() < 0.12:
                plain = [i for i, p in enumerate(parts) if isinstance(p, str) and re.search(r"[a-z]{5,}", p)]
                if plain:
                    i = rng.choice(plain)
                    parts[i] = typo(rng, parts[i])
            if lang == "en" and "nolc" not in flags and rng.random() < 0.08:
                types = {p.type for p in parts if isinstance(p, Ent)}
                if types <= LOWER_OK:
                    parts = [apply_mod(p, "lc") for p in parts]
            text_out, ents = assemble(parts)
            if text_out not in seen:
                break
        seen.add(text_out)
        rows.append({"text": text_out, "entities": ents})
    # entity-free lines
    rng.shuffle(empties)
    for e in empties[:N_EMPTY]:
        origins, flags, text = _parse_tpl(e)
        ctx = Ctx(rng, lang, origins)
        parts = render(ctx, text)
        if "chat" in flags and rng.random() < 0.3:
            parts = (en_wrapper if lang == "en" else zh_wrapper)(rng, ctx, allow_pii=False) + parts
        t, ents = assemble(parts)
        assert not ents, t
        rows.append({"text": t, "entities": []})
    rng.shuffle(rows)
    return rows


def build_free(lang, seed):
    rng = random.Random(seed)
    tpls = list(FREE.EN if lang == "en" else FREE.ZH)
    rows = []
    seen = set()
    idx = list(range(len(tpls)))
    order = []
    while len(order) < N_LINES * 3:
        rng.shuffle(idx)
        order.extend(idx)
    for ti in order:
        if len(rows) == N_LINES:
            break
        origins, flags, text = _parse_tpl(tpls[ti])
        ctx = Ctx(rng, lang, origins)
        parts = FREE.render_free(rng, text, lang)
        if lang == "en" and rng.random() < 0.08:
            parts = typo(rng, parts)
        if parts in seen:
            continue
        seen.add(parts)
        rows.append({"text": parts})
    assert len(rows) == N_LINES, len(rows)
    return rows


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    out = HERE
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
    os.makedirs(out, exist_ok=True)
    write_jsonl(os.path.join(out, FILES[0]), build_labelled("en", 150_401))
    write_jsonl(os.path.join(out, FILES[1]), build_labelled("zh", 150_402))
    write_jsonl(os.path.join(out, FILES[2]), build_free("en", 150_403))
    write_jsonl(os.path.join(out, FILES[3]), build_free("zh", 150_404))


if __name__ == "__main__":
    main()
