#!/usr/bin/env python3
"""Generator for the independent16 blind corpus (round-9 spec).

Writes four JSONL files next to this script (or into the directory given as
the first argument):

  en_pii_labelled.jsonl   zh_pii_labelled.jsonl
  en_pii_free_hard.jsonl  zh_pii_free_hard.jsonl

Python 3.11 standard library only.  Deterministic: every random choice comes
from random.Random with a fixed integer seed; nothing depends on TZ, locale,
PYTHONHASHSEED or today's date (local clock times go through zoneinfo from
fixed UTC instants and are formatted by hand, never with %p/%a).

Templates use a tiny markup:  [[kind]]  [[kind:key]]  [[kind@X]]  [[kind:key@X]]
  kind  what to put there (person form, identifier, or plain filler)
  key   ties several slots to the same invented person in one line
  X     origin / region of that person (see EN_POOLS / ZH_REGIONS)
"""
import json
import os
import re
import random
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DIG = "0123456789"
AZ = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
AZ_NO_IO = "ABCDEFGHJKLMNPQRSTUVWXYZ"
N_LINES = 400
N_EMPTY = 60

# ---------------------------------------------------------------------------
# checksums and identifier builders
# ---------------------------------------------------------------------------


def digits_of(s):
    return "".join(c for c in s if c.isdigit())


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_finish(r, prefix, length):
    body = prefix + "".join(r.choice(DIG) for _ in range(length - len(prefix) - 1))
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def aba_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    w = [3, 7, 1] * 3
    return sum(int(a) * b for a, b in zip(d, w)) % 10 == 0


def make_routing(r):
    # prefixes of real Federal Reserve districts (TN, KY, OH, IL, MI, MN, TX, LA, WI, GA)
    pre = r.choice(["064", "084", "083", "041", "042", "071", "072", "091", "111", "113", "065", "075", "061", "081"])
    while True:
        body = pre + "".join(r.choice(DIG) for _ in range(5))
        for c in DIG:
            if aba_ok(body + c):
                return body + c


def nhs_ok(d):
    if len(d) != 10 or not d.isdigit():
        return False
    s = sum(int(x) * (10 - i) for i, x in enumerate(d[:9]))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


def make_nhs(r):
    while True:
        body = r.choice("4679") + "".join(r.choice(DIG) for _ in range(8))
        s = sum(int(x) * (10 - i) for i, x in enumerate(body))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return body + str(c)


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def iban_build(country, bban):
    num = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    return country + "%02d" % (98 - num % 97) + bban


def make_iban_gb(r):
    bank = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG"])
    bban = bank + "".join(r.choice(DIG) for _ in range(14))
    return iban_build("GB", bban)


def make_iban_ae(r):
    bban = "0" + "".join(r.choice(DIG) for _ in range(2)) + "".join(r.choice(DIG) for _ in range(16))
    return iban_build("AE", bban)


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_C = "10X98765432"


def cn_id_check(body17):
    return CN_C[sum(int(a) * b for a, b in zip(body17, CN_W)) % 11]


def cn_id_ok(s):
    return len(s) == 18 and s[:17].isdigit() and cn_id_check(s[:17]) == s[17]


NINO_BAD1 = set("DFIQUV")
NINO_BAD2 = set("DFIOQUV")
NINO_BADP = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    return s[0] not in NINO_BAD1 and s[1] not in NINO_BAD2 and s[:2] not in NINO_BADP


def make_nino(r):
    while True:
        p = r.choice(AZ) + r.choice(AZ)
        if p[0] in NINO_BAD1 or p[1] in NINO_BAD2 or p in NINO_BADP:
            continue
        return p + "".join(r.choice(DIG) for _ in range(6)) + r.choice("ABCD")


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def make_ukdl(r, surname, first, female):
    sur = re.sub(r"[^A-Z]", "", ascii_fold(surname).upper())
    if sur.startswith("MAC"):
        sur = "MC" + sur[3:]
    sur = (sur + "99999")[:5]
    year = r.randint(1958, 2003)
    month = r.randint(1, 12) + (50 if female else 0)
    day = r.randint(1, 28)
    ini = re.sub(r"[^A-Z]", "", ascii_fold(first).upper())[:1] + r.choice(AZ + "9")
    return "%s%d%02d%02d%d%s9%s" % (sur, (year // 10) % 10, month, day, year % 10, ini,
                                   r.choice(AZ) + r.choice(AZ))


def ssn_ok(s):
    d = digits_of(s)
    return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


def make_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


ITIN_MID = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))


def itin_ok(s):
    d = digits_of(s)
    return len(d) == 9 and d[0] == "9" and int(d[3:5]) in ITIN_MID


def make_itin(r):
    return "9%02d%02d%04d" % (r.randint(0, 99), r.choice(ITIN_MID), r.randint(0, 9999))


# ---------------------------------------------------------------------------
# time helper: a fixed UTC instant shown as local wall-clock time (zoneinfo)
# ---------------------------------------------------------------------------

BASE_UTC = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)


def local_clock(r, tzname, style="12"):
    t = (BASE_UTC + timedelta(minutes=r.randint(0, 60 * 24 * 200))).astimezone(ZoneInfo(tzname))
    if style == "24":
        return "%02d:%02d" % (t.hour, t.minute)
    h = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    if style == "low":
        return "%d:%02d%s" % (h, t.minute, ampm.lower())
    return "%d:%02d %s" % (h, t.minute, ampm)


def local_date(r, tzname, style):
    t = (BASE_UTC + timedelta(seconds=r.randint(0, 60 * 60 * 24 * 300))).astimezone(ZoneInfo(tzname))
    if style == "us":
        return "%d/%d/%02d" % (t.month, t.day, t.year % 100), t
    if style == "uk":
        return "%02d/%02d/%d" % (t.day, t.month, t.year), t
    return "%d/%d/%d" % (t.year, t.month, t.day), t


# ---------------------------------------------------------------------------
# template renderer
# ---------------------------------------------------------------------------

SLOT = re.compile(r"\[\[([a-z0-9_]+)(?::([a-z0-9]+))?(?:@([A-Za-z]+))?\]\]")


class Ctx:
    """Per-line state: the random source, default origins and bound persons."""

    def __init__(self, r, origins, person_factory):
        self.r = r
        self.origins = origins
        self.factory = person_factory
        self.bound = {}

    def person(self, key, origin):
        if key and key in self.bound:
            return self.bound[key]
        org = origin or self.r.choice(self.origins)
        p = self.factory(self.r, org)
        if key:
            self.bound[key] = p
        return p

    def origin(self, origin):
        return origin or self.r.choice(self.origins)


def render(ctx, tpl, kinds):
    """Fill a template. kinds maps kind -> fn(ctx, key, origin) -> (text, type|None)."""
    out, ents, pos, last = [], [], 0, 0
    for m in SLOT.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        kind, key, origin = m.group(1), m.group(2), m.group(3)
        if kind not in kinds:
            raise KeyError("unknown slot kind %r in %r" % (kind, tpl))
        val, typ = kinds[kind](ctx, key, origin)
        if typ:
            ents.append({"type": typ, "start": pos, "end": pos + len(val), "value": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(tpl[last:])
    return "".join(out), ents


def prefix_line(text, ents, prefix, prefix_ents):
    """Put prefix (with its own entities) in front of an already rendered line."""
    shift = len(prefix)
    moved = [dict(e, start=e["start"] + shift, end=e["end"] + shift) for e in ents]
    return prefix + text, prefix_ents + moved


# ---------------------------------------------------------------------------
# English people (all names are invented combinations)
#   S US South   M US Midwest   C English Canada   Q French Canada
#   I Indian-English   F Filipino-American   A Arab-British   O Somali-British
# ---------------------------------------------------------------------------

EN_POOLS = {
    "S": {
        "first": ["Darlene", "Wyatt", "Loretta", "Dwayne", "Beau", "Maybelle", "Travis", "Shelby", "Raylene",
                  "Boone", "Delbert", "Wanda", "Merle", "Verna", "Earlene", "Harlan", "Opal", "Lurleen",
                  "Tucker", "Waylon", "Clovis", "Effie", "Cordell", "LaTonya", "Darnell", "Keisha",
                  "Jamarcus", "Tavia", "Roscoe", "Odessa", "Lonnie", "Mary Beth", "Lee Ann", "Billy Ray",
                  "Cody Jo", "Sara Beth", "Dequan", "Shaniqua", "Tyrell", "Lashonda", "Otis", "Pearlie"],
        "word": ["Dusty", "Rusty", "Clay", "Brandy", "Misty", "Honey", "Chase", "Hunter", "Destiny", "Sunny",
                 "Faith", "Hope", "Precious", "Ginger", "Crystal", "Summer", "Royal", "Justice", "Cash"],
        "last": ["Whitaker", "Pruitt", "Boudreaux", "Hebert", "Thibodeaux", "Cantrell", "Hollis", "Satterfield",
                 "McCrory", "Puckett", "Bledsoe", "Tidwell", "Crenshaw", "Pettigrew", "Merriweather", "Dupree",
                 "Fontenot", "Lovett", "Church", "Sparks", "Story", "Frost", "Bishop", "Love", "Young", "Fields",
                 "Rice", "Washington", "Jefferson", "Baker", "Cook"],
        "nick": ["Bubba", "Sissy", "Junior", "Peaches", "Boo", "Lil Bit", "Tater", "Skeeter", "Bo", "Red",
                 "Sugar", "Pookie", "Tank", "Biscuit", "Punkin"],
    },
    "M": {
        "first": ["Gunnar", "Kristin", "Lars", "Brenda", "Doug", "Mitch", "Kayla", "Jessa", "Brody", "Karli",
                  "Dirk", "Sven", "Ingrid", "Marty", "Trudy", "Arlo", "Nels", "Bjorn", "Corinne", "Dale",
                  "Gretchen", "Heidi", "Kurt", "Becca", "Tanner", "Josie", "Deb", "Lyle", "Ardith", "Wade"],
        "word": ["Hunter", "Brook", "Autumn", "Dawson", "Sky", "River", "Meadow", "Storm"],
        "last": ["Lindqvist", "Halvorsen", "Kowalczyk", "Schroeder", "Vandenberg", "Nowak", "Gustafson", "Brandt",
                 "Hoekstra", "Moeller", "Zielinski", "Dietz", "Ostrowski", "Erickson", "Huber", "Kaminski",
                 "Sorensen", "Hartman", "Miller", "Fisher", "Hunter", "Baker", "Stoltzfus", "Yoder"],
        "nick": ["Gus", "Bucky", "Moose", "Tink", "Scooter", "Babs", "Ole", "Smitty", "Chip"],
    },
    "C": {
        "first": ["Brett", "Tanner", "Kaylee", "Mackenzie", "Declan", "Nolan", "Teagan", "Keegan", "Paisley",
                  "Brayden", "Carys", "Fiona", "Rory", "Callum", "Shauna", "Colby", "Jenna", "Owen", "Tessa"],
        "word": ["Brook", "Aurora", "Willow", "Hunter", "Ocean", "Sterling"],
        "last": ["MacKinnon", "McAllister", "Robichaud", "Doucette", "MacIsaac", "Campbell", "Sinclair", "Fraser",
                 "Kowalchuk", "Hrynchuk", "Petrenko", "Oakley", "MacNeil", "Gillis", "Boychuk"],
        "nick": ["Mac", "Stretch", "Bunny", "Tiny", "Chuckles", "Sully", "Gordie"],
    },
    "Q": {
        "first": ["Mathieu", "Geneviève", "Étienne", "Josée", "Sylvain", "Marie-Claude", "Jean-François", "Chantal",
                  "Réjean", "Ghislaine", "Benoît", "Élodie", "Maxime", "Gaétan", "Nathalie", "Yannick", "Annick",
                  "Marie-Ève", "Pierre-Luc", "Mélanie", "Jocelyn", "Francine", "Luc", "Solange", "Guylaine",
                  "Normand", "Frédérique", "Stéphane"],
        "word": ["Aube", "Blanche", "Céleste", "Aimée", "Désiré"],
        "last": ["Tremblay", "Gagnon", "Bouchard", "Lapointe", "Lévesque", "Côté", "Ouellet", "Pelletier",
                 "Bélanger", "Gauthier", "Thibodeau", "Leblanc", "Poirier", "Arsenault", "Fortin", "Charbonneau",
                 "Lachance", "Boisvert", "Beauchemin", "Laframboise", "Desrosiers", "Bonenfant", "Lajoie"],
        "nick": ["J-F", "P-L", "Ti-Guy", "Ti-Jean", "Mimi", "Max", "Frenchie", "Coco"],
    },
    "I": {
        "first": ["Pranav", "Karthik", "Sneha", "Rohit", "Divya", "Harpreet", "Gurdeep", "Manpreet", "Anirudh",
                  "Tanvi", "Nikhil", "Shreya", "Venkat", "Lakshmi", "Ravi", "Abhishek", "Meenakshi", "Sanjay",
                  "Ishaan", "Bhavna", "Kavya", "Sai", "Raghav", "Jaspreet", "Neha", "Aarav", "Ritu", "Suresh",
                  "Hema", "Vinay", "Deepika", "Anand", "Parminder"],
        "word": ["Pinky", "Sunny", "Honey", "Happy", "Lucky", "Dolly", "Sweety", "Goldie"],
        "last": ["Kulkarni", "Iyer", "Reddy", "Menon", "Deshpande", "Chatterjee", "Bhattacharya", "Sandhu", "Gill",
                 "Grewal", "Nair", "Srinivasan", "Joshi", "Agarwal", "Malhotra", "Khanna", "Rao", "Pillai",
                 "Subramanian", "Banerjee", "Dhillon", "Choudhary", "Mehta", "Ahuja", "Naidu", "Bhatt"],
        "nick": ["Chintu", "Bunty", "Golu", "Guddu", "Babloo", "Tinku", "Monu", "Pappu", "Bittu", "Sonu"],
    },
    "F": {
        "first": ["Maricel", "Jomar", "Rowena", "Analyn", "Jericho", "Rodel", "Arnel", "Rhea", "Erwin", "Leonora",
                  "Divina", "Lorna", "Marvin", "Jhoanna", "Rommel", "Nenita", "Teodoro", "Aileen", "Mylene",
                  "Reynaldo", "Dindo", "Gemma", "Jayson", "Marites", "Ligaya", "Rolando", "Concepcion"],
        "word": ["Lovely", "Princess", "Cherry", "Joy", "Honey", "Precious", "Apple", "Peachy", "Heart", "Baby"],
        "last": ["Dizon", "Santos", "Reyes", "Bautista", "Macaraeg", "Villanueva", "Dimaculangan", "Pangilinan",
                 "Manalo", "Soriano", "Tolentino", "Mercado", "Ocampo", "Galang", "Lacson", "Magbanua",
                 "Dela Cruz", "De Leon", "Sison", "Panganiban", "Evangelista", "Tuazon", "Salonga"],
        "nick": ["Jun-jun", "Bong", "Tonton", "Dodong", "Inday", "Nonoy", "Bebeng", "Toots", "Ching", "Pinggoy",
                 "Bunso", "Jojo"],
    },
    "A": {
        "first": ["Yusuf", "Layla", "Omar", "Zainab", "Tariq", "Amira", "Khalid", "Noor", "Samir", "Huda", "Bilal",
                  "Rania", "Hamza", "Mariam", "Faisal", "Idris", "Safiya", "Karim", "Dalia", "Nadia", "Ziad",
                  "Yasmin", "Walid", "Lina", "Majid", "Reem", "Sami", "Jamal", "Hanan", "Mustafa"],
        "word": ["Amal", "Noor", "Salam", "Jamila", "Farah"],
        "last": ["Al-Rashid", "Haddad", "Mansour", "Khoury", "Nasser", "Darwish", "Saleh", "El-Amin", "Hamdan",
                 "Al-Jabouri", "Shakir", "Barakat", "Taha", "Said", "Kassem", "Zoubi", "Hijazi", "Al-Masri",
                 "Abdelaziz", "Qasim"],
        "nick": ["Abu Zaid", "Umm Karim", "Moe", "Zee", "Kaz", "Abu Hamza", "Sam", "Mo"],
    },
    "O": {
        "first": ["Hodan", "Abdirahman", "Faduma", "Ayaan", "Mohamed", "Hibo", "Sagal", "Ubah", "Guled",
                  "Abdiqani", "Najma", "Deeqa", "Nimco", "Hamdi", "Libaan", "Khadar", "Farhiya", "Ismail",
                  "Sahra", "Abdullahi", "Ifrah", "Warsan", "Qamar", "Mustafe", "Ridwan", "Idil", "Kowsar",
                  "Mahad", "Hanad", "Maxamed", "Cabdi", "Xamse", "Faadumo", "Khadra", "Cawo", "Xaliimo"],
        "word": ["Ubah", "Qamar", "Sagal", "Nasteho", "Ayan"],
        "last": ["Warsame", "Jama", "Abdi", "Farah", "Hassan", "Egal", "Nur", "Aden", "Duale", "Osman", "Hirsi",
                 "Gedi", "Elmi", "Samatar", "Dirie", "Mohamud", "Ibrahim", "Adan", "Guleid", "Omar", "Ali"],
        "nick": ["Dheere", "Yare", "Gaab", "Cadey", "Madoobe", "Fiiqow", "Timacade"],
    },
}

EN_FEMALE_HINT = set("Darlene Loretta Maybelle Shelby Raylene Wanda Verna Earlene Opal Lurleen Effie LaTonya "
                     "Keisha Tavia Odessa Pearlie Shaniqua Lashonda Kristin Brenda Kayla Jessa Karli Ingrid Trudy "
                     "Corinne Gretchen Heidi Becca Josie Deb Ardith Kaylee Mackenzie Teagan Paisley Carys Fiona "
                     "Shauna Jenna Tessa Geneviève Josée Chantal Ghislaine Élodie Nathalie Annick Mélanie Francine "
                     "Solange Guylaine Frédérique Sneha Divya Tanvi Shreya Lakshmi Meenakshi Bhavna Kavya Neha Ritu "
                     "Hema Deepika Maricel Rowena Analyn Rhea Leonora Divina Lorna Jhoanna Nenita Aileen Mylene "
                     "Gemma Marites Ligaya Concepcion Layla Zainab Amira Noor Huda Rania Mariam Safiya Dalia Nadia "
                     "Yasmin Lina Reem Hanan Hodan Faduma Ayaan Hibo Sagal Ubah Najma Deeqa Nimco Hamdi Farhiya "
                     "Sahra Ifrah Warsan Qamar Idil Kowsar Faadumo Khadra Cawo Xaliimo".split())


class EnPerson:
    def __init__(self, r, origin):
        pool = EN_POOLS[origin]
        self.origin = origin
        if r.random() < 0.24:
            self.first = r.choice(pool["word"])
        else:
            self.first = r.choice(pool["first"])
        self.last = r.choice(pool["last"])
        while self.last == self.first:
            self.last = r.choice(pool["last"])
        if origin == "O":
            self.nick = self.first + " " + r.choice(pool["nick"])
        else:
            self.nick = r.choice(pool["nick"])
        self.female = self.first in EN_FEMALE_HINT or r.random() < 0.3
        self.n = r.randint(2, 99)
        self.r = r

    def slug(self, s):
        return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def en_email_for(r, p):
    f, l = p.slug(p.first), p.slug(p.last)
    user = r.choice([
        f + "." + l, f + l + str(p.n), f[0] + l, f + "_" + l[0], l + "." + f, f + str(1960 + p.n % 45),
        f + "." + l + str(p.n), p.slug(p.nick) + str(p.n), f + "-" + l, f + "." + l[0] + str(p.n % 10)])
    dom = r.choice(["example.com", "example.com", "example.org", "example.net", "mail.example.com",
                    "inbox.example.net", "example.org"])
    return user + "@" + dom


def en_handle_for(r, p):
    f, l = p.slug(p.first), p.slug(p.last)
    return r.choice([
        f + str(p.n), f + "_" + l, "lil" + f, f + "." + l, "its" + f + l[:1], f + "_the_" + r.choice(["great", "og", "menace", "baker", "driver"]),
        "x" + f + "x", f + l[:3] + str(p.n), "the_real_" + f, f + "loves" + r.choice(["bbq", "tacos", "jesus", "hockey", "adobo", "biryani"]),
    ])


GAMER_TAGS = ["BayouReaper", "xX_Ghostwire_Xx", "deadeye_okra", "TacoTuesday99", "Sk8rJomz", "pinoy_pogi21",
              "NorthernL1ghts", "poutine_god", "SaltyMooseJaw", "DesiDrifter", "chai_and_chill", "Warsan_w",
              "HalalHavoc", "CornfedCarl", "prairie_fire_77", "kittyk4t", "sh0tgun_sally", "Lag_Lord_Lyle",
              "n0scope_nana", "BiscuitBandit", "muddy_boots_69", "QcNordiques4ever", "lumpia_lord", "Habibi_Headshot",
              "sambusa_sniper", "TexMexTitan", "OzarkOracle", "Hoosier_Daddy", "tundra_tunde", "yalla_yeet"]


def en_handle(r, p):
    if p is not None and r.random() < 0.55:
        return en_handle_for(r, p)
    return r.choice(GAMER_TAGS)


def en_url_for(r, p):
    f, l = p.slug(p.first), p.slug(p.last)
    h = en_handle_for(r, p)
    return r.choice([
        "https://www.facebook.com/%s.%s.%d" % (f, l, p.n * 7),
        "facebook.com/%s%s" % (f, l),
        "https://www.instagram.com/%s/" % h,
        "instagram.com/%s" % h,
        "https://www.linkedin.com/in/%s-%s-%x" % (f, l, 0x1a2b3 + p.n * 977),
        "linkedin.com/in/%s%s" % (f, l),
        "https://www.tiktok.com/@%s" % h,
        "twitch.tv/%s" % h,
        "https://venmo.com/u/%s-%s-%d" % (p.first.replace(" ", ""), p.last.replace(" ", ""), p.n),
        "paypal.me/%s%s" % (p.first.replace(" ", ""), p.last.replace(" ", "")),
        "https://github.com/%s" % h.replace(".", "-"),
        "https://www.youtube.com/@%s" % h.replace(".", ""),
    ])


def en_phone(r, origin):
    if origin in "AO":
        return uk_phone(r)
    return nanp_phone(r, origin)


NANP_AREAS = {
    "S": ["615", "901", "502", "205", "504", "713", "832", "405", "318", "601", "864", "423", "478", "251"],
    "M": ["312", "773", "614", "313", "414", "612", "316", "402", "515", "317", "608", "419", "563"],
    "C": ["416", "647", "613", "204", "780", "902", "506", "306", "403", "705"],
    "Q": ["514", "418", "819", "450", "438", "581"],
    "I": ["408", "732", "469", "972", "647", "905", "630", "201", "571"],
    "F": ["808", "510", "206", "702", "201", "619", "650", "909"],
}


def nanp_phone(r, origin):
    area = r.choice(NANP_AREAS.get(origin, NANP_AREAS["S"]))
    line = "01%02d" % r.randint(0, 99)
    fmt = r.choice(["(%s) 555-%s", "%s-555-%s", "%s.555.%s", "%s555%s", "+1 %s 555 %s", "1-%s-555-%s",
                    "(%s)555-%s", "%s 555 %s", "%s-555-%s", "(%s) 555-%s"])
    return fmt % (area, line)


def uk_phone(r):
    tail = "%03d" % r.randint(0, 999)
    if r.random() < 0.2:
        return r.choice(["01632 960%s", "(01632) 960 %s", "01632960%s"]) % tail
    return r.choice(["07700 900%s", "07700900%s", "+44 7700 900%s", "+447700900%s", "07700 900 %s",
                     "0770 0900 %s"]) % tail


US_STREETS = ["Magnolia Ave", "Old Hickory Blvd", "W Oak St", "Pecan Grove Rd", "County Road 12", "Dogwood Ln",
              "N Main St", "Lafayette St", "Cypress Bend Dr", "Cotton Gin Rd", "Church St", "Hwy 49 S",
              "E 14th St", "Prairie View Dr", "Walnut St", "Elm Ct", "N Broadway", "Cherokee Trl", "Sycamore Ridge",
              "Vine St", "Lake Shore Dr", "Cornhusker Rd", "Lincoln Way", "S Wabash Ave", "Deer Creek Ln",
              "Bluebonnet Dr", "Beauregard St", "Grand River Ave", "Mockingbird Ln", "Pine Bluff Rd"]
US_CITIES = {
    "S": [("Nashville", "TN", "372"), ("Memphis", "TN", "381"), ("Louisville", "KY", "402"), ("Birmingham", "AL", "352"),
          ("Lafayette", "LA", "705"), ("Houston", "TX", "770"), ("Tulsa", "OK", "741"), ("Jackson", "MS", "392"),
          ("Macon", "GA", "312"), ("Greenville", "SC", "296")],
    "M": [("Columbus", "OH", "432"), ("Des Moines", "IA", "503"), ("Omaha", "NE", "681"), ("Wichita", "KS", "672"),
          ("Indianapolis", "IN", "462"), ("Milwaukee", "WI", "532"), ("Minneapolis", "MN", "554"),
          ("Dearborn", "MI", "481"), ("Peoria", "IL", "616"), ("Fargo", "ND", "581")],
    "F": [("Daly City", "CA", "940"), ("Vallejo", "CA", "945"), ("Las Vegas", "NV", "891"), ("Jersey City", "NJ", "073"),
          ("Honolulu", "HI", "968"), ("Seattle", "WA", "981")],
    "I": [("Edison", "NJ", "088"), ("Irving", "TX", "750"), ("Fremont", "CA", "945"), ("Naperville", "IL", "605"),
          ("Plano", "TX", "750")],
}


def us_addr(r, origin):
    num = str(r.choice([r.randint(100, 9999), r.randint(10, 99), r.randint(1000, 29999)]))
    st = r.choice(US_STREETS)
    city, state, z = r.choice(US_CITIES.get(origin, US_CITIES["S"]))
    zipc = z + "%02d" % r.randint(1, 99)
    style = r.randint(0, 6)
    if style == 0:
        return "%s %s" % (num, st)
    if style == 1:
        return "%s %s, %s, %s %s" % (num, st, city, state, zipc)
    if style == 2:
        return "%s %s Apt %s, %s %s" % (num, st, r.choice(["2B", "14", "3C", "B", "210"]), city, state)
    if style == 3:
        return ("%s %s %s %s" % (num, st, city, state)).lower()
    if style == 4:
        return "%s %s, %s" % (num, st, city)
    if style == 5:
        return "%s %s #%d" % (num, st, r.randint(1, 40))
    return "%s %s, %s %s" % (num, st, state, zipc)


UK_STREETS = [("Stapleton Road", "Bristol", "BS5"), ("Edgware Road", "London", "W2"), ("Narborough Road", "Leicester", "LE3"),
              ("Bute Street", "Cardiff", "CF10"), ("Ladypool Road", "Birmingham", "B12"), ("Wilmslow Road", "Manchester", "M14"),
              ("Commercial Road", "London", "E1"), ("Abbeydale Road", "Sheffield", "S7"), ("Green Street", "London", "E7"),
              ("Harehills Lane", "Leeds", "LS8"), ("Coldharbour Lane", "London", "SE5"), ("Cheetham Hill Road", "Manchester", "M8"),
              ("Evington Road", "Leicester", "LE2"), ("Alum Rock Road", "Birmingham", "B8"), ("Lozells Road", "Birmingham", "B19"),
              ("Church Road", "Bristol", "BS5"), ("Whitechapel Road", "London", "E1"), ("Tudor Street", "Cardiff", "CF11")]


def uk_postcode_tail(r):
    return str(r.randint(1, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")


def uk_addr(r):
    st, town, out = r.choice(UK_STREETS)
    num = str(r.randint(1, 240))
    pc = out + " " + uk_postcode_tail(r)
    style = r.randint(0, 6)
    if style == 0:
        return "%s %s" % (num, st)
    if style == 1:
        return "%s %s, %s %s" % (num, st, town, pc)
    if style == 2:
        return "Flat %d, %s %s, %s" % (r.randint(1, 30), num, st, pc)
    if style == 3:
        return ("flat %d %s %s %s" % (r.randint(1, 30), num, st, town)).lower()
    if style == 4:
        return "%s%s %s, %s" % (num, r.choice("ab"), st, town)
    if style == 5:
        return "%s %s %s" % (num, st, pc)
    return "%s, %s, %s" % (num + " " + st, town, pc)


CA_STREETS = {
    "Q": [("rue Fabre", "Montréal", "QC", "H2J"), ("boul. Saint-Laurent", "Montréal", "QC", "H2T"), ("rue Masson", "Montréal", "QC", "H1Y"),
          ("av. Cartier", "Québec", "QC", "G1R"), ("rue des Érables", "Laval", "QC", "H7N"), ("ch. Sainte-Foy", "Québec", "QC", "G1S"),
          ("rue Principale", "Gatineau", "QC", "J8T"), ("boul. Taschereau", "Longueuil", "QC", "J4K")],
    "C": [("Bloor St W", "Toronto", "ON", "M6H"), ("Portage Ave", "Winnipeg", "MB", "R3G"), ("Whyte Ave", "Edmonton", "AB", "T6E"),
          ("Spring Garden Rd", "Halifax", "NS", "B3J"), ("Bank St", "Ottawa", "ON", "K1S"), ("Albert St", "Regina", "SK", "S4P"),
          ("Kingsway", "Burnaby", "BC", "V5H"), ("Main St", "Moncton", "NB", "E1C")],
}


def ca_addr(r, origin):
    st, city, prov, fsa = r.choice(CA_STREETS["Q" if origin == "Q" else "C"])
    num = str(r.randint(12, 9800))
    pc = fsa + " " + str(r.randint(1, 9)) + r.choice("ABCEGHJKLMNPRSTVWXYZ") + str(r.randint(0, 9))
    style = r.randint(0, 4)
    if style == 0:
        return "%s %s" % (num, st)
    if style == 1:
        return "%s %s, %s %s %s" % (num, st, city, prov, pc)
    if style == 2:
        return "%s-%s %s" % (r.randint(1, 12) * 100 + r.randint(1, 9), num, st)
    if style == 3:
        return ("%s %s %s" % (num, st, city)).lower()
    return "%s %s, %s" % (num, st, city)


def en_addr(r, origin):
    if origin in "AO":
        return uk_addr(r)
    if origin in "CQ":
        return ca_addr(r, origin)
    return us_addr(r, origin)


def us_plate(r):
    return r.choice([
        lambda: "%s%s%s %s" % (r.choice(AZ_NO_IO), r.choice(AZ_NO_IO), r.choice(AZ_NO_IO), "".join(r.choice(DIG) for _ in range(4))),
        lambda: "%s%s%s-%s" % (r.choice(AZ_NO_IO), r.choice(AZ_NO_IO), r.choice(AZ_NO_IO), "".join(r.choice(DIG) for _ in range(4))),
        lambda: "%d%s%s%s%d%d" % (r.randint(1, 9), r.choice(AZ_NO_IO), r.choice(AZ_NO_IO), r.choice(AZ_NO_IO), r.randint(0, 9), r.randint(0, 9)),
        lambda: "%s%s%s%s%s" % (r.choice(DIG), r.choice(AZ_NO_IO), r.choice(AZ_NO_IO), r.choice(DIG), r.choice(DIG) + r.choice(DIG)),
    ])()


def uk_plate(r):
    area = r.choice(["LK", "LB", "WR", "BK", "FN", "YX", "MA", "SN", "DY", "CE", "EA", "KM"])
    age = r.choice(["19", "69", "20", "70", "21", "71", "15", "65", "23", "73", "12", "62"])
    tail = "".join(r.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
    return r.choice(["%s%s %s", "%s%s%s", "%s%s %s"]) % (area, age, tail)


def ca_plate(r, origin):
    if origin == "Q":
        return "%s%d%d %s%s%s" % (r.choice(AZ_NO_IO), r.randint(0, 9), r.randint(0, 9), r.choice(AZ_NO_IO), r.choice(AZ_NO_IO), r.choice(AZ_NO_IO))
    return "%s%s%s%s %03d" % (r.choice("ABCDEFGHJKLMNPRSTVWXYZ"), r.choice(AZ_NO_IO), r.choice(AZ_NO_IO), r.choice(AZ_NO_IO), r.randint(0, 999))


def en_plate(r, origin):
    if origin in "AO":
        return uk_plate(r)
    if origin in "CQ":
        return ca_plate(r, origin)
    return us_plate(r)


def en_card(r, amex=False):
    if amex:
        n = luhn_finish(r, r.choice(["34", "37"]), 15)
        return r.choice([group(n, [4, 6, 5], " "), group(n, [4, 6, 5], "-"), n])
    n = luhn_finish(r, r.choice(["4", "4", "51", "53", "55", "2221", "6011"]), 16)
    return r.choice([group(n, [4, 4, 4, 4], " "), group(n, [4, 4, 4, 4], "-"), n, group(n, [4, 4, 4, 4], " ")])


def us_dl(r):
    return r.choice([
        lambda: "".join(r.choice(DIG) for _ in range(9)),                                              # TN / GA
        lambda: r.choice(AZ) + "".join(r.choice(DIG) for _ in range(8)),                               # KY
        lambda: r.choice(AZ) + r.choice(AZ) + "".join(r.choice(DIG) for _ in range(6)),                # OH
        lambda: "".join(r.choice(DIG) for _ in range(8)),                                              # TX
        lambda: r.choice(AZ) + "%03d-%04d-%04d" % (r.randint(0, 999), r.randint(0, 9999), r.randint(0, 9999)),  # IL
        lambda: r.choice(AZ) + " %03d %03d %03d %03d" % (r.randint(0, 999), r.randint(0, 999), r.randint(0, 999), r.randint(0, 999)),  # MI
        lambda: r.choice(AZ) + "%03d-%04d-%04d-%02d" % (r.randint(0, 999), r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 99)),  # WI
        lambda: "%03d%s%s%04d" % (r.randint(0, 999), r.choice(AZ), r.choice(AZ), r.randint(0, 9999)),  # IA
        lambda: "%04d-%02d-%04d" % (r.randint(0, 9999), r.randint(0, 99), r.randint(0, 9999)),        # IN
    ])()


def en_ip(r):
    return r.choice([
        lambda: "192.0.2.%d" % r.randint(1, 254),
        lambda: "198.51.100.%d" % r.randint(1, 254),
        lambda: "203.0.113.%d" % r.randint(1, 254),
        lambda: "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xfff)),
    ])()


def fmt_ssn(r, d):
    return r.choice([d[:3] + "-" + d[3:5] + "-" + d[5:], d[:3] + " " + d[3:5] + " " + d[5:], d, d[:3] + "-" + d[3:5] + "-" + d[5:]])


def fmt_nino(r, s):
    return r.choice([s, " ".join([s[:2], s[2:4], s[4:6], s[6:8], s[8]]), s[:2] + " " + s[2:8] + " " + s[8], s.lower() if r.random() < 0.3 else s])


def fmt_sort(r):
    d = "%02d%02d%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99))
    return r.choice([group(d, [2, 2, 2], "-"), group(d, [2, 2, 2], "-"), d, group(d, [2, 2, 2], " ")])


def fmt_iban(r, s):
    return r.choice([group(s, [4] * 8, " "), s])


EN_BIZ = {
    "S": ["Pruitt & Sons Roofing", "Big Creek Lawn & Tree", "Magnolia Sweet Treats", "Dixie Pressure Washing",
          "Cantrell Hauling LLC", "Second Chance Auto", "Bayou Boil Catering", "Hollis Family Pest Control"],
    "M": ["Northstar Snow & Lawn", "Prairie Home Cleaning", "Halvorsen Heating & Air", "Cornbelt Electric",
          "Lakeside Bait & Tackle", "Dietz Custom Cabinets"],
    "C": ["Maple Leaf Movers", "True North Eavestroughs", "Oakley Landscaping Ltd.", "Bluenose Boat Repair"],
    "Q": ["Déneigement Lapointe", "Plomberie Gagnon & Fils", "Rénovations Côté inc.", "Boulangerie du Coin"],
    "I": ["Kulkarni Tax Services", "Taj Sweets & Snacks", "Shree Ganesh Travels", "Saffron Tiffin Co."],
    "F": ["Sampaguita Bakeshop", "Dizon Cargo Express", "Kuya's Auto Detailing", "Lola Nena's Kakanin"],
    "A": ["Al-Rashid Motors", "Barakah Halal Butchers", "Cedar Grill", "Haddad & Co Accountants"],
    "O": ["Juba Money Transfer", "Hiiraan Cafe", "Nuura Tailoring", "Mogadishu Express Cargo"],
}

EN_BLESS = {"S": "bless yall", "M": "thanks a bunch", "C": "cheers", "Q": "merci", "I": "thanks ji",
            "F": "salamat po", "A": "jazakallah", "O": "mahadsanid"}


def _p(form):
    def f(ctx, key, origin):
        p = ctx.person(key, origin)
        if form == "first":
            return p.first, "PERSON"
        if form == "lfirst":
            return p.first.lower(), "PERSON"
        if form == "ufirst":
            return p.first.upper(), "PERSON"
        if form == "full":
            return p.first + " " + p.last, "PERSON"
        if form == "lfull":
            return (p.first + " " + p.last).lower(), "PERSON"
        if form == "last":
            return p.last, "PERSON"
        if form == "nick":
            return p.nick, "PERSON"
        if form == "lnick":
            return p.nick.lower(), "PERSON"
        if form == "ini":
            return p.first + " " + p.last[0] + ".", "PERSON"
        if form == "fini":
            return p.first[0] + ". " + p.last, "PERSON"
        if form == "lastfirst":
            return p.last + ", " + p.first, "PERSON"
        if form == "upfull":
            return (p.first + " " + p.last).upper(), "PERSON"
        raise KeyError(form)
    return f


def _simple(fn, typ):
    return lambda ctx, key, origin: (fn(ctx.r), typ)


def _origin(fn, typ):
    return lambda ctx, key, origin: (fn(ctx.r, ctx.origin(origin) if not (key and key in ctx.bound) else ctx.bound[key].origin), typ)


def _email(ctx, key, origin):
    if key or ctx.r.random() < 0.7:
        return en_email_for(ctx.r, ctx.person(key, origin)), "EMAIL_ADDRESS"
    return ctx.r.choice(["office", "billing", "hello", "bookings", "frontdesk", "youth", "info", "admin"]) + "@" + \
        ctx.r.choice(["gracechapel.example.org", "example.com", "northsidefellowship.example.org", "example.net",
                      "smallbiz.example.com"]), "EMAIL_ADDRESS"


def _handle(ctx, key, origin):
    p = ctx.person(key, origin) if key else None
    return en_handle(ctx.r, p), "USERNAME"


def _athandle(ctx, key, origin):
    p = ctx.person(key, origin) if key else None
    return "@" + en_handle(ctx.r, p), "USERNAME"


def _discord(ctx, key, origin):
    p = ctx.person(key, origin) if key else None
    h = en_handle(ctx.r, p).lower()
    return (h + "#%04d" % ctx.r.randint(1, 9999)) if ctx.r.random() < 0.5 else h, "USERNAME"


def _cashtag(ctx, key, origin):
    p = ctx.person(key, origin)
    return "$" + ctx.r.choice([p.slug(p.first) + p.slug(p.last)[:4], p.slug(p.nick) + str(p.n), p.first.replace(" ", "") + p.last.replace(" ", "")]), "USERNAME"


def _venmo(ctx, key, origin):
    p = ctx.person(key, origin)
    return "@" + p.first.replace(" ", "-") + "-" + p.last.replace(" ", "-") + ctx.r.choice(["", "-" + str(p.n)]), "USERNAME"


def _url(ctx, key, origin):
    return en_url_for(ctx.r, ctx.person(key, origin)), "URL"


def _ukdl(ctx, key, origin):
    p = ctx.person(key, origin)
    return make_ukdl(ctx.r, p.last, p.first, p.female), "UK_DRIVING_LICENCE"


def _biz(ctx, key, origin):
    return ctx.r.choice(EN_BIZ[ctx.origin(origin)]), None


def _bless(ctx, key, origin):
    return EN_BLESS[ctx.origin(origin)], None


def _usd(r):
    return r.choice(["45", "60", "85.00", "120", "250", "1,150.00", "38.50", "400", "75", "2,300", "19.99", "640"])


def _gbp(r):
    return r.choice(["40", "25", "120", "350", "60.00", "1,200", "15", "85"])


def _time(r):
    return r.choice(["7pm", "6:30", "10 am", "noon", "5:45pm", "8ish", "9:15", "half 6", "1930", "4pm"])


def _num(r):
    return str(r.choice([r.randint(2, 9), r.randint(10, 99), r.randint(100, 999)]))


def _inv(r):
    return r.choice(["%04d" % r.randint(1, 9999), "2024-%03d" % r.randint(1, 400), "INV-%05d" % r.randint(1, 99999), "A%d" % r.randint(100, 999)])


def _clock(ctx, key, origin):
    tz = {"S": "America/Chicago", "M": "America/Chicago", "C": "America/Toronto", "Q": "America/Toronto",
          "I": "America/New_York", "F": "America/Los_Angeles", "A": "Europe/London", "O": "Europe/London"}[ctx.origin(origin)]
    return local_clock(ctx.r, tz, ctx.r.choice(["12", "low", "24"] if tz == "Europe/London" else ["12", "low"])), None


EN_KINDS = {
    "first": _p("first"), "lfirst": _p("lfirst"), "ufirst": _p("ufirst"), "full": _p("full"), "lfull": _p("lfull"),
    "last": _p("last"), "nick": _p("nick"), "lnick": _p("lnick"), "ini": _p("ini"), "fini": _p("fini"),
    "lastfirst": _p("lastfirst"), "upfull": _p("upfull"),
    "email": _email, "handle": _handle, "at": _athandle, "discord": _discord, "cashtag": _cashtag, "venmo": _venmo,
    "url": _url, "ukdl": _ukdl,
    "phone": _origin(en_phone, "PHONE_NUMBER"),
    "ukphone": _simple(uk_phone, "PHONE_NUMBER"),
    "usphone": _origin(lambda r, o: nanp_phone(r, o if o in NANP_AREAS else "S"), "PHONE_NUMBER"),
    "addr": _origin(en_addr, "LOCATION"),
    "ukaddr": _simple(uk_addr, "LOCATION"),
    "usaddr": _origin(lambda r, o: us_addr(r, o if o in US_CITIES else "S"), "LOCATION"),
    "caaddr": _origin(lambda r, o: ca_addr(r, o), "LOCATION"),
    "plate": _origin(en_plate, "LICENSE_PLATE"),
    "ukplate": _simple(uk_plate, "LICENSE_PLATE"),
    "usplate": _simple(us_plate, "LICENSE_PLATE"),
    "card": _simple(lambda r: en_card(r), "CREDIT_CARD"),
    "amex": _simple(lambda r: en_card(r, True), "CREDIT_CARD"),
    "sort": _simple(fmt_sort, "BANK_ACCOUNT"),
    "ukacct": _simple(lambda r: "".join(r.choice(DIG) for _ in range(8)), "BANK_ACCOUNT"),
    "routing": _simple(make_routing, "BANK_ACCOUNT"),
    "usacct": _simple(lambda r: r.choice("123456789") + "".join(r.choice(DIG) for _ in range(r.choice([7, 9, 10, 11]))), "BANK_ACCOUNT"),
    "iban": _simple(lambda r: fmt_iban(r, make_iban_gb(r)), "IBAN_CODE"),
    "aeiban": _simple(lambda r: fmt_iban(r, make_iban_ae(r)), "IBAN_CODE"),
    "ip": _simple(en_ip, "IP_ADDRESS"),
    "nino": _simple(lambda r: fmt_nino(r, make_nino(r)), "UK_NINO"),
    "nhs": _simple(lambda r: r.choice([lambda s: group(s, [3, 3, 4], " "), lambda s: s, lambda s: group(s, [3, 3, 4], "-")])(make_nhs(r)), "UK_NHS"),
    "ukpass": _simple(lambda r: r.choice("123456789") + "".join(r.choice(DIG) for _ in range(8)), "UK_PASSPORT"),
    "ssn": _simple(lambda r: fmt_ssn(r, make_ssn(r)), "US_SSN"),
    "itin": _simple(lambda r: fmt_ssn(r, make_itin(r)), "US_ITIN"),
    "uspass": _simple(lambda r: r.choice(["5", "6", "A", "B", "C"]) + "".join(r.choice(DIG) for _ in range(8)), "US_PASSPORT"),
    "usdl": _simple(us_dl, "US_DRIVER_LICENSE"),
    "biz": _biz, "bless": _bless, "clock": _clock,
    "usd": _simple(_usd, None), "gbp": _simple(_gbp, None), "time": _simple(_time, None),
    "num": _simple(_num, None), "inv": _simple(_inv, None),
}


# ---------------------------------------------------------------------------
# English labelled templates: (origins, template)
# ---------------------------------------------------------------------------

EN_PII = [
    # --- church groups -----------------------------------------------------
    ("SM", "prayer list this week: [[first]]'s knee surgery tues, [[full]] lost her job at the plant, and pls keep the [[last]] family lifted up 🙏"),
    ("SM", "Pastor [[first]] asked me to remind everybody potluck is sunday after 2nd service. questions call [[lfirst:a]] [[phone:a]]"),
    ("S", "hey yall its [[first]] from the choir!! I moved, new address is [[addr]] if ur sending christmas cards 🎄"),
    ("S", "Sister [[last]] needs a ride to revival thursday, she's at [[addr]]. her cell [[phone]] — anybody going that way?"),
    ("SM", "van sign up so far: [[first]], [[first]], [[lfirst]], [[first]] and [[nick]]. still need 2 drivers for the youth trip"),
    ("S", "tithes can go by zelle to [[email]] or just hand it to deacon [[last]] after service [[bless]]"),
    ("SM", "[[lfirst]] said she's bringing her famous banana pudding so NOBODY else bring banana pudding lol"),
    ("SMF", "Youth retreat permission slip\nChild: [[full]]\nParent/guardian: [[full]]\nEmergency #: [[phone]]\nAllergies: peanuts, bee stings"),
    ("F", "Kuya [[first]] will lead the simbang gabi carpool, pls text him po [[phone]] 🙏 salamat"),
    ("F", "Tita [[first]] is hosting the rosary at her place [[addr]] 7pm, bring pancit if u can 😊"),
    ("O", "salaam all, janazah for [[full]] will be after dhuhr at the masjid. family are receiving people at [[addr]] inshallah"),
    ("O", "walaal the eid collection goes to [[first]]'s account sort code [[sort]] acc no [[ukacct]] ref EID24 — [[bless]]"),
    ("A", "Brothers, iftar rota: Mon [[first]], Tue [[first]], Wed [[first]] & [[first]], Thu me. any problems ring [[ukphone]]"),
    ("SMC", "please welcome our newest members [[full]] and [[full]]! come say hi at the coffee table after worship 😊"),
    ("SM", "reminder from [[first:a]] in the church office — bulletin items to [[email:a]] by wed noon"),
    ("S", "ms [[last]] fell again last night, they got her at st thomas room 412 😢 keep her in your prayers"),
    ("SM", "does anybody have [[full]]s new number? the old one [[phone]] goes straight to voicemail"),
    ("M", "lutefisk dinner volunteers: [[full]] (kitchen), [[full]] (tickets), [[first]] + [[first]] on dishes. tickets $[[usd]] at the door"),
    ("Q", "Bonjour à tous, la messe de minuit est à 22h cette année. Pour le covoiturage écrivez à [[first:a]] au [[phone:a]] merci!"),
    ("S", "brother [[full]] — hmm no he goes by [[nick]] — is doing the fish fry again, send him $ on cash app [[cashtag]]"),
    ("F", "Happy birthday Ate [[first]]!! 🎂🎉 God bless you po always, from your choir fam"),
    ("SM", "VBS check-in: [[lastfirst]] (age 7), [[lastfirst]] (age 9), pickup by grandma [[first]] [[phone]]"),
    ("O", "abaayo [[first]] the quran class moved to [[addr]], tell [[first]] and [[first]] hooyo said dont be late"),
    ("A", "the imam said to email the nikah details to [[email]] and he'll confirm with br [[first]]"),

    # --- gig economy drivers ----------------------------------------------
    ("SM", "anyone doing the [[time]] batch at the walmart on 28th st? [[lfirst]] got deactivated smh"),
    ("SMF", "customer [[first]] at [[addr]] says leave it by the side gate, dog bites lol"),
    ("SMI", "bro the app gave me [[full]]s order AGAIN, [[addr]], 3rd time this week and she never tips 😤"),
    ("SMC", "pickup for [[ini]] — [[phone]] — dropoff [[addr]] — note: buzz #[[num]], no answer call"),
    ("O", "walaal [[first]] can u cover my deliveroo shift sat? ill send u £[[gbp]]. my number changed its [[ukphone]]"),
    ("S", "uber said rider [[first]] reported me?? i literally drove her to [[addr]] no problem 😑"),
    ("M", "DD pay went to the wrong acct, support wants my routing [[routing]] and acct [[usacct]] again smh"),
    ("SM", "heads up drivers: [[plate]] silver camry keeps cutting everybody off at the airport cell lot"),
    ("S", "whose truck is [[plate]]? parked in front of the loading dock at kroger, manager finna tow it"),
    ("Q", "commande skip pour [[lfull]] au [[addr]], elle veut extra sauce à poutine lol"),
    ("I", "[[first]] bhai can u swap ur sunday block? family function hai yaar, call me [[phone]]"),
    ("SMF", "instacart shopper here, [[first]] you're out of the oat milk want me to sub? reply here or text [[phone]]"),
    ("M", "lost a phone in my car last night around 2am, dropped a guy off near [[addr]]. if its urs dm me [[at]]"),
    ("O", "[[nick]] from the rank says the TfL cameras got ur car [[ukplate]] on the bus lane again lool"),
    ("C", "spark order for [[full]] at [[addr]] — she left a note 'do not ring, baby sleeping, call [[phone]]'"),
    ("S", "my dispatcher [[first]] gave out my cell [[phone]] to a customer??? is that even allowed"),
    ("I", "achha listen, [[first]] ki gaadi [[usplate]] tow ho gayi near the depot. kisi ke paas tow yard ka number hai?"),
    ("M", "ok who reported [[full]]? dude's been driving 6 yrs and they deactivated him over a 4.6"),
    ("F", "[[first]] pa-pick up naman ng order sa [[addr]], late na ako sa next ride. thank u bes!"),
    ("SM", "rider left a wallet in my backseat. license says [[full]], [[addr]]. anyone know her?"),
    ("O", "[[first]]'s cousin [[full]] is selling his prius, plate [[ukplate]], 140k miles, msg him [[ukphone]]"),
    ("C", "winter tires: [[first]] at the shop said bring the car in monday, plate [[plate]]"),

    # --- small-business invoices and payments -----------------------------
    ("SM", "INVOICE #[[inv]]\nBill to: [[full]], [[addr]]\nLawn care (4 visits) $[[usd]]\nPay by Zelle to [[phone]] or check payable to [[full]]"),
    ("SM", "venmo [[venmo]] for the cake order, $[[usd]] 🎂 thank u [[lfirst]]!!"),
    ("SMC", "Paid [[full]] $[[usd]] cash for gutter cleaning. card ending 4471 declined so we did cash"),
    ("A", "pls send the deposit to sort [[sort]] acct [[ukacct]] name [[full]] ref KITCHEN[[num]]"),
    ("CQ", "e-transfer sent to [[email]] for the snow removal, security answer is plow 👍"),
    ("A", "Remit to: [[full]] / [[biz]] / IBAN [[iban]] / payment due within 30 days"),
    ("S", "cash app me [[cashtag]] for the braids, $[[usd]], and tell [[first]] i said hey"),
    ("SMF", "ok charge it to [[card]] exp 09/27, cvv in the next msg. name on card [[full]]"),
    ("SM", "here's the card for the deposit [[card]] its my husband's ([[first]]) he said its fine"),
    ("M", "corporate amex for the banquet hall is [[amex]], billing zip 46204, contact [[full]]"),
    ("S", "Receipt — [[full]] paid $[[usd]] by check #[[num]] for tile work at [[addr]]. Thank you for your business!"),
    ("Q", "Facture [[inv]] — [[biz]]\nClient: [[full]]\n[[addr]]\nTotal: 1 380,00 $ (TPS/TVQ incluses)"),
    ("I", "Dear sir, kindly remit balance for the catering to routing [[routing]] account [[usacct]] (Chase), ref [[first]]'s sangeet. thanks ji"),
    ("F", "[[biz]] order: 2 trays puto, 1 leche flan — for [[full]], pickup sat. paid via zelle [[email]]"),
    ("O", "hawala note: sender [[full]] UK [[ukphone]] → receiver [[full]] Hargeisa, $[[usd]]"),
    ("A", "bro the supplier wants it to the Dubai account [[aeiban]], name [[full]]. can u do the transfer tmrw"),
    ("M", "Hi [[first]], attached is the estimate for the furnace swap at [[addr]]. 10% deposit via card [[card]] holds the date."),
    ("S", "if u paying by card read me the number... ok so thats [[card]]? and billing address [[addr]]"),
    ("C", "[[full]] - invoice [[inv]] overdue 45 days. called [[phone]] twice, no answer. sending to collections fri"),
    ("A", "Bank details for the rent: [[full]], sort code [[sort]], account number [[ukacct]]. Ta"),
    ("O", "mahadsanid walaal, I sent £[[gbp]] to [[iban]], ref [[first]] wedding"),
    ("SM", "ACH form\nRouting #: [[routing]]\nAccount #: [[usacct]]\nAccount holder: [[full]]"),
    ("I", "paytm nahi chalega here lol, send by zelle to [[phone]] — [[full]] naam aayega"),
    ("F", "GCash won't work for US side po, pls venmo [[venmo]] nalang. salamat Tita [[first]]!"),

    # --- dating app ---------------------------------------------------------
    ("SMC", "hey [[lfirst]] 😊 ur profile says u love bbq... here's my number if u wanna get off the app [[phone]]"),
    ("SMF", "matched w a guy named [[first]] and his insta is [[url]] 💀 girls do i swipe or nah"),
    ("SM", "[[first]] from hinge keeps texting me at 2am from [[phone]], block or nah"),
    ("SMC", "my snap is [[handle]] lol. [[first]] btw, not a catfish i promise"),
    ("S", "she said her name was [[first]] but her venmo says [[full]] 🤔 red flag?"),
    ("M", "ok [[first]] it's a date! pick u up at [[addr]] around 7? i'll be in the red f150, plate [[plate]]"),
    ("F", "Ate [[first]] ang cute ng match mo! his ig [[url]] 😍 pogi!!"),
    ("I", "arre yaar mummy ne [[first]] ka rishta bheja, his number [[phone]] and email [[email]]. should i call? 😩"),
    ("A", "my mum found some guy on muzz lool his name is [[full]] and he lives on [[addr]] 💀"),
    ("O", "walaal dont give ur number out, give him ur snap. mine is [[handle]] and im still getting weirdos"),
    ("Q", "[[first]] de Bumble m'a donné son numéro [[phone]], je l'appelle ou pas? 😅"),
    ("SM", "first date w [[lfirst]] tonight, if i dont text by 10 call me. we're at the applebee's on [[addr]]"),
    ("C", "hinge prompt: 'two truths and a lie' 😂 ok [[first]] your turn. also add me on insta [[at]]"),
    ("S", "girl [[lfirst]]'s ex [[full]] is on the app AGAIN, same pics from 2019"),
    ("I", "Hi [[first]], this is [[first:b]] from Dil Mil. My whatsapp is [[phone:b]], easier than the app na"),
    ("A", "she's called [[first]], we've been talking 3 weeks. inshallah meeting her brother [[first]] sat"),

    # --- gaming / discord ---------------------------------------------------
    ("SMC", "[[discord]] banned for griefing, his ip was [[ip]] lmao get rekt"),
    ("SMIF", "gg [[at]] carried the whole match, [[lfirst]] ur aim is trash tho"),
    ("SMC", "who's on tonight? [[handle]], [[handle]], me. raid at 9 est dont be late"),
    ("M", "server ip [[ip]]:25565\nwhitelist: [[handle]], [[handle]], [[handle]]\nno tnt in spawn"),
    ("SC", "mods: [[discord]] is doxxing ppl, posted [[full]]'s home address ([[addr]]) in #general, pls ban"),
    ("F", "[[first]] (ign [[handle]]) needs a carry thru the dlc, any takers"),
    ("SM", "my psn is [[handle]], add me [[lfirst]] here from the tourney"),
    ("O", "[[at]] ur stream lagging walaal, check ur router. my ip is [[ip]] if u wanna whitelist"),
    ("A", "yo [[discord]] stop pinging me at fajr time 😭"),
    ("Q", "mon twitch: [[url]] — stream ce soir 20h avec [[first]] et [[first]]"),
    ("I", "bhai [[at]] ne mera account hack kiya, login from [[ip]], ticket kholo"),
    ("C", "LF1M for ranked, dm [[discord]] or [[discord]]. must have mic, no toxic"),
    ("SM", "lmaooo [[lfirst]] rage quit again 💀 [[handle]] is 0-14"),
    ("F", "tourney bracket: 1) [[handle]] 2) [[handle]] 3) [[handle]] 4) [[handle]]. winners get $[[usd]] steam card"),
    ("M", "anyone know [[handle]] irl? he keeps saying he's [[full]] from [[addr]] and i wanna know if thats a lie"),
    ("S", "clip it clip it!! [[first]] on the sniper from spawn 😂 upload to [[url]]"),

    # --- e-mail signatures ---------------------------------------------------
    ("SM", "Thanks,\n[[full:a]]\nOffice Manager | [[biz]]\n[[addr]]\nc: [[phone:a]] | [[email:a]]"),
    ("SMCQ", "sounds good, see you then.\n--\n[[full]]\nSent from my iPhone"),
    ("M", "Regards\n[[full:a]] (she/her)\nDirect [[phone:a]]\n[[url:a]]"),
    ("Q", "Merci / Thanks,\n[[full:a]]\nAdjointe administrative\n[[phone:a]] poste 204\n[[email:a]]"),
    ("S", "Sincerely,\nDr. [[last]]\nPediatric Associates of Middle Tennessee\n[[phone]]"),
    ("SMF", "[[full:a]] | Realtor® | [[phone:a]] | [[email:a]] | 'Home is where your story begins'"),
    ("I", "Warm regards,\n[[full:a]], CPA\n[[biz]]\nM: [[phone:a]]\nPlease consider the environment before printing this e-mail."),
    ("A", "Kind regards\n\n[[full:a]]\nSenior Caseworker\nT: [[ukphone]] | M: [[ukphone]]\n[[email:a]]"),
    ("O", "Best wishes,\n[[full:a]]\nCommunity Link Worker\n[[ukaddr]]\n[[email:a]]"),
    ("C", "cheers,\n[[ufirst:a]]\n[[biz]] — [[phone:a]]\n\"we move you like family\""),
    ("F", "God bless,\n[[full:a]]\nParish Secretary\n[[email:a]] / [[phone:a]]"),
    ("SM", "-- \n[[fini:a]]\nDeacon, First Baptist\n[[email:a]]"),

    # --- family / community chats ------------------------------------------
    ("O", "hooyo says [[first]] and [[first]] are coming from Leicester sat, [[first]] can u pick them from the coach station"),
    ("O", "abaayo [[first]] sent me her NI number for the form [[nino]] is that the right format?"),
    ("O", "the GP wants ayeeyo's NHS number, its [[nhs]] — she's [[full]], dob 03/02/1951"),
    ("A", "wallahi [[first]] i sent it to [[iban]] yesterday, check again"),
    ("A", "habibi ur passport number is [[ukpass]] right? need it for the umrah booking, and [[first]]'s one too"),
    ("AO", "licence number for the insurance: [[ukdl:a]] (thats [[first:a]]'s, adding her as named driver)"),
    ("I", "beta send me [[first]] uncle's address for the shaadi card, is it still [[addr]]?"),
    ("I", "Dr [[last]] said reports in 2 days, clinic number is [[phone]]. mummy dont worry"),
    ("F", "lola's balikbayan box — receiver [[full]], sender [[full]] [[addr]], declared value $[[usd]]"),
    ("F", "[[first]] anak pls send the money to Tita [[first:t]] thru venmo [[venmo:t]], ingat!"),
    ("A", "mama's NHS no. [[nhs]] and her GP is Dr [[last]] at the Edgware surgery"),
    ("O", "[[nick]] got the job at the airport!! alhamdulillah. his new work email is [[email]]"),
    ("A", "salam [[first]], can you drop the car [[ukplate]] at [[ukaddr]]? [[first]] needs it for the MOT"),
    ("I", "[[first]]'s cousin [[full]] is coming from Brampton, staying at [[addr]], uska number [[phone]]"),
    ("F", "Tito [[first]] and Tita [[first]] are at [[addr]] for thanksgiving, bring the lechon po"),
    ("O", "[[first]] ur appointment letter came to [[ukaddr]] not the new flat, NHS number on it is [[nhs]]"),
    ("A", "Dad's NI number [[nino]], he needs it for the pension call, the lady is called [[first]]"),

    # --- forms -------------------------------------------------------------
    ("SM", "Name: [[full]]\nSSN: [[ssn]]\nDOB: 04/11/1986\nPhone: [[phone]]"),
    ("FI", "W-9 — [[full]] — TIN (ITIN) [[itin]] — mailing address [[addr]]"),
    ("SMF", "Passport no. [[uspass]] exp 2031, traveler [[full]], seat 14C"),
    ("S", "DL# [[usdl]] — [[full]] — rental return by 5pm sunday"),
    ("SMCQ", "Applicant: [[lastfirst]]\nPhone: [[phone]]\nEmail: [[email]]"),
    ("AO", "Emergency contact: [[full]] (brother) [[ukphone]]"),
    ("A", "Patient: [[upfull]]\nNHS No: [[nhs]]\nAddress: [[ukaddr]]\nNext of kin: [[full]]"),
    ("O", "Tenant: [[full]]\nNINO: [[nino]]\nPrevious address: [[ukaddr]]\nEmployer: Heathrow Express"),
    ("M", "Volunteer background check — [[full]], SSN last 4 only pls!! not the full [[ssn]] [[first]] omg"),
    ("S", "Insurance claim #[[inv]]\nInsured: [[full]]\nVehicle plate: [[plate]]\nDriver license: [[usdl]]"),
    ("I", "Visa appt details: [[full]], passport [[uspass]], US address [[addr]], contact [[phone]]"),
    ("A", "UK passport [[ukpass]], surname [[last]], given names [[first]]"),
    ("O", "Driving licence no. [[ukdl:a]]   Name [[full:a]]   Postcode on licence doesn't match [[ukaddr]]"),
    ("F", "I need my ITIN for the tax lady, is it [[itin]]? - [[first]]"),
    ("SM", "ssn [[ssn]] dob 1979 - this is for [[first]]'s medicaid renewal dont lose it"),

    # --- deliveries and bookings ------------------------------------------
    ("SMC", "Your driver [[first]] is arriving in a silver Nissan Altima, [[plate]]. Arrives [[clock]]"),
    ("SMCQ", "Booking confirmed for [[full]], 4 guests, Fri 7:30pm. Questions? reply or call [[phone]]"),
    ("SM", "FedEx: package for [[full]] delivered to front door at [[addr]], [[clock]]"),
    ("AO", "Your Evri parcel for [[full]] was left with a neighbour at [[ukaddr]]"),
    ("F", "hi po this is [[first]] from [[biz]], your order for [[full]] is ready for pickup today"),
    ("I", "Swiggy type service nahi hai here lol. DoorDash guy [[first]] called from [[phone]], he's lost near [[addr]]"),
    ("Q", "Livraison prévue entre 13h et 17h au [[addr]]. Le livreur [[first]] vous appellera au [[phone]]."),
    ("C", "Hi [[first]], your appointment at [[biz]] is confirmed for tues 10am. Reply C to cancel or call [[phone]]"),
    ("A", "Hi this is [[first]] from the Cedar Grill, your table for 6 under [[last]] is booked for 8pm"),
    ("O", "Amazon driver says he's outside [[ukaddr]] but theres no one — [[first]] u home??"),
    ("M", "Sorry we missed you! Redelivery for [[full]] at [[addr]]: call [[phone]] (driver [[first]])"),

    # --- posts / misc -------------------------------------------------------
    ("S", "LOST DOG!! brown hound answers to Biscuit, last seen near [[addr]]. call or text [[lfirst:a]] [[phone:a]] 😭"),
    ("M", "garage sale sat 8-2 at [[addr]], [[first]] is selling all her craft stuff too"),
    ("SM", "RIP [[full]] 1948-2024. visitation at Hollis Funeral Home thurs 5-8, family asks donations to the VFW"),
    ("C", "selling 4 leafs tix, section 312. etransfer [[email]] first, then i send them. - [[first]]"),
    ("I", "[[first]], [[first]], [[first]] aur [[first]] — potluck sat at [[addr]], bring chole and not just chips this time 😂"),
    ("F", "Happy 18th [[first]]!!! 🎉 debut party at [[addr]], 6pm, Filipiniana attire po"),
    ("O", "shout out to [[first]] and [[first]] for organising the Cardiff trip, lets get [[first]] on the next one"),
    ("A", "any1 recommend a mechanic? [[first]] said try the guy on [[ukaddr]] but he wants cash only"),
    ("SM", "[[ufirst]] IF YOU SEE THIS CALL MOM [[phone]]"),
    ("S", "bless her heart, [[full]] done put her whole address [[addr]] on facebook marketplace"),
    ("Q", "Qui a le numéro de [[full]]? Son ancien [[phone]] ne marche plus"),
    ("M", "shoutout to [[lnick]] for plowing the whole street this morning ❄️🚜"),
    ("C", "hey [[lfirst]], [[lfirst]] and [[lfirst]] — rink's booked for sunday 6am, bring pucks"),
    ("I", "[[lnick]] ko bolo [[first]] didi is calling, uska phone band hai"),
    ("F", "Congrats to our nurses [[full]], [[first]] and [[full]] for passing the NCLEX!! 🎓"),
    ("SM", "[[lfirst]]??? [[lfirst]] where u at"),
    ("O", "[[first]]'s number is [[ukphone]], [[first]]'s is [[ukphone]], tell them I said give you the key"),
    ("A", "[[full]] from year 11?? she works at the pharmacy on [[ukaddr]] now"),
    ("S", "ok so [[first]] said [[first]] told [[nick]] that [[first]] aint coming to the reunion 🙄"),
    ("M", "found a tablet on the bus, lock screen says 'if found call [[phone]]'. no name"),
    ("C", "[[full]] mvp tonight, 2 goals 1 assist 🏒"),
    ("Q", "Bonne fête [[lfirst]]!! 🥳 de la part de [[first]], [[first]] et toute la gang"),
    # --- identifier-dense lines (few or no names) ------------------------
    ("SMCQIF", "call me back on [[phone]] or [[phone]] (work), or email [[email]]"),
    ("SMF", "new address: [[addr]] — cell [[phone]]"),
    ("M", "ACH form: routing [[routing]] acct [[usacct]] checking. direct deposit starts next pay period"),
    ("SF", "for the I-9: passport [[uspass]], DL [[usdl]], SSN [[ssn]]"),
    ("SM", "card [[card]] exp 11/26, billing address [[addr]]"),
    ("S", "truck with plate [[plate]] backed into me at [[addr]] and drove off, got it on the ring cam"),
    ("MI", "amex [[amex]] or visa [[card]]? whichever has the points"),
    ("SMCIF", "new cell is [[phone]] and email is [[email]], delete the old ones pls"),
    ("A", "sort code [[sort]], account [[ukacct]], and the IBAN if ur abroad [[iban]]"),
    ("O", "NI [[nino]] / NHS [[nhs]] / passport [[ukpass]] — copied from the letters for the council form"),
    ("AO", "licence [[ukdl:a]] (the new one, not the provisional)"),
    ("SMC", "venmo [[venmo]] / cashapp [[cashtag]] / zelle [[phone]], whatever works"),
    ("CM", "ping me on discord [[discord]] or catch the stream [[url]]"),
    ("SMCI", "Security alert: new sign-in to your account from [[ip]]. Not you? Reset your password."),
    ("SMC", "trip: [[addr]] → [[addr]], 7.2 mi, surge 1.4x"),
    ("SMCI", "From: [[email]]\nTo: [[email]]\nSubject: Invoice [[inv]] — past due"),
    ("SMCQ", "please update my file: phone [[phone]], address [[addr]], email [[email]]"),
    ("A", "send it to [[aeiban]] not [[iban]], wrong account last time"),
    ("SM", "both cars got towed from the lot, [[plate]] and [[plate]]"),
    ("SMF", "tracking says delivered to [[addr]] but i live at [[addr]] 🙄"),
    ("SMCQ", "is ur number [[phone]] or [[phone]]? one of them is disconnected"),
    ("MC", "server 1: [[ip]]\nserver 2: [[ip]]\nvoice: [[ip]]"),
    ("SMF", "pay here [[url]] — no fees"),
    ("SMCF", "add me [[at]] on ig and [[handle]] on snap"),
    ("SM", "cc [[email]], [[email]] and [[email]] on the invoice pls"),
    ("I", "rent: routing [[routing]], acct [[usacct]], memo 'unit 3' — [[bless]]"),
    ("O", "my old number [[ukphone]] is gone, use [[ukphone]]"),
    ("A", "postcode changed, new address [[ukaddr]], old one was [[ukaddr]]"),
    ("F", "balikbayan box pickup: [[addr]]. contact [[phone]] or [[email]]"),
    ("Q", "adresse de livraison: [[addr]] / tél. [[phone]] / courriel [[email]]"),
    ("SM", "Order #[[inv]] — ship to [[addr]] — card on file [[card]]"),
    ("FI", "ITIN [[itin]] and SSN [[ssn]] for the joint return"),
    ("S", "DL [[usdl]], plate [[plate]], policy #[[inv]] — for the claims adjuster"),
    ("O", "[[ukplate]] got a PCN on [[ukaddr]], appeal ref [[inv]]"),
    ("A", "GP letter: NHS number [[nhs]], registered at [[ukaddr]]"),
    ("C", "interac to [[email]] and ill drop the tires at [[addr]]"),
    ("SMCI", "[[email]]\n[[phone]]\n[[addr]]"),
    ("M", "[[url]] is my linkedin, [[url]] is the portfolio"),
    ("SC", "my tiktok [[url]] got banned so follow the backup [[at]]"),
    ("IF", "whatsapp me on [[phone]], imessage on [[email]]"),
    ("SM", "renewing passports: mine [[uspass]], the baby's [[uspass]]"),
    ("AO", "DVLA says licence [[ukdl:a]] expired, renew online before the 14th"),
]

# lines with no identifier at all (English); mixes in names of things, never of persons
EN_NONE = [
    "running like 10 min late, traffic on 40 is a mess again",
    "does anybody know if the walmart pharmacy is open on sundays?",
    "potluck sign up sheet is on the fridge in the fellowship hall",
    "lol no way, the chiefs actually won?? 27-24",
    "just dropped off my last order of the night, 14 deliveries, $162 before gas 😩",
    "can someone bring extra folding chairs to the gym wed",
    "omw",
    "y'all the tornado sirens going off again, stay safe",
    "poutine at 2am hits different ngl",
    "invoice paid in full, thank you for your business!",
    "she said yes to the second date 😭😭",
    "gg wp, queue again?",
    "arre yaar kitna late, we said 8 na",
    "salamat po sa lahat!! see you sunday",
    "wallahi this bus is never on time",
    "walaal the shop closes at 9 tonight not 10",
    "who has the spare key to the church van",
    "tire pressure light came on, stopping at the gas station",
    "new patch dropped, they nerfed the shotgun lmao",
    "reminder: choir practice moved to thursday 6:30",
    "anyone want to split a costco run this weekend",
    "rate is $25 an hour plus materials, cash or check",
    "please confirm receipt of payment",
    "it's -34 with windchill, schools closed in winnipeg",
    "he liked my story but didnt reply?? men",
    "bring the crockpot back when ur done",
    "u coming to bible study or nah",
    "i swear this app pays less every week",
    "tabarnak la neige encore",
    "chai ready hai, come down",
    "happy friday everyone, stay blessed",
    "order #4471 ready for pickup",
    "ok see u at the masjid after jummah",
    "the ice cream truck is doing the rounds again 😂",
    "streaming at 8 tonight, new season finally",
    "can u pay me back for the pizza when u get a chance",
    "my phone is at 3%",
    "I'll be out of office until Monday.",
    "ate po nasa bahay na ako",
    "wifi down at the office again",
    "y'all pray for the farmers, no rain in 6 weeks",
    "free puppies, mama is a lab, daddy got over the fence",
    "is the tim hortons on main still open 24h",
    "fish fry cancelled due to weather",
    "mashallah the food was amazing",
    "no signal out here lol",
    "that's a wrap on the spring cleaning gig, 3 houses today",
    "deposit received, see you saturday",
    "hey can u send that again it didnt come thru",
    "meet at the back entrance by the loading dock",
    "left the package on the porch, rang the bell",
    "she ghosted me after 3 dates 💀",
    "server's down again, devs pls",
    "bro really said 'k' after i wrote a paragraph",
    "two large pepperoni and a diet coke please",
    "sunday school is cancelled, pastor is out sick",
    "mahadsanid for coming everyone 🙏",
    "how much for the lawnmower? still available?",
    "ya'll want sweet tea or unsweet",
    "eid mubarak to all the family ❤️",
    "please do not park on the grass during service",
    "can we move the meeting to 3?",
    "the ac in my car finally died, 101 degrees out",
    "kk",
    "meeting moved to zoom, link in the calendar invite",
]


# ---------------------------------------------------------------------------
# Chinese people, places and identifiers
#   D 东北   C 四川/重庆   G 广西   Z 浙江   H 河北
# ---------------------------------------------------------------------------

ZH_SUR = {
    "D": "于关佟孙赵刘张王李高郭马董邢曲",
    "C": "陈曾邓冉蒲何罗杨刘张吴廖彭蒋谭",
    "G": "韦覃莫黎蓝农梁黄陆卢李陈甘廖",
    "Z": "应楼俞陈王金吴徐胡叶章蒋钱毛沈",
    "H": "郝边纪张刘王李赵杨贾甄段史田孟",
}
ZH_GIVEN = ["建军", "国庆", "建国", "志强", "海涛", "春生", "铁柱", "大勇", "德胜", "宝山", "永福", "长江",
            "胜利", "和平", "富贵", "来福", "振华", "晓东", "向阳", "卫东", "红兵", "文斌", "浩然", "子豪",
            "宇航", "俊杰", "博文", "一鸣", "天佑", "家豪", "锦程", "鹏飞", "晨阳", "海洋", "峰", "磊", "涛",
            "斌", "勇", "伟", "刚", "强", "亮", "军", "春花", "秀兰", "红梅", "海燕", "桂芳", "金凤", "秋菊",
            "彩霞", "丽娟", "玉兰", "淑芬", "凤英", "翠花", "招娣", "美玲", "婷婷", "雪梅", "晓燕", "静怡",
            "欣怡", "梓涵", "雨萱", "诗琪", "佳怡", "思雨", "可馨", "梦瑶", "丹", "娟", "芳", "燕", "霞", "敏",
            "琳", "秀英", "玉珍", "桂香", "素琴", "凤霞", "明亮", "金宝", "二妮", "小军"]
# names that are also ordinary words
ZH_WORD_NAMES = [("高", "峰"), ("刘", "海"), ("白", "雪"), ("夏", "天"), ("马", "力"), ("方", "圆"), ("常", "青"),
                 ("文", "静"), ("林", "海"), ("杨", "柳"), ("江", "河"), ("于", "洋"), ("程", "功"), ("安", "宁"),
                 ("万", "里"), ("向", "前"), ("田", "野"), ("宋", "词"), ("关", "心"), ("黄", "河"), ("高", "原"),
                 ("蓝", "天"), ("杜", "鹃"), ("白", "露"), ("谷", "雨"), ("温", "柔"), ("陆", "地"), ("严", "肃"),
                 ("史", "诗"), ("江", "南"), ("钱", "多多"), ("金", "秋"), ("石", "磊"), ("丁", "香"), ("龙", "飞")]
ZH_DIE = ["乐乐", "豆豆", "彤彤", "甜甜", "果果", "贝贝", "欢欢", "毛毛", "点点", "朵朵", "壮壮", "安安", "糖糖",
          "笑笑", "妞妞", "圆圆", "芊芊", "皮皮", "天天", "悠悠"]
ZH_WAI = ["大头", "眼镜", "胖哥", "黑皮", "猴子", "大个儿", "卷毛", "瘦猴", "大嘴", "老黑", "小辣椒", "四眼",
          "豆芽菜", "大炮", "二胖", "铁蛋", "狗蛋", "石头", "虎子", "栓子", "丫蛋", "大壮", "小胖", "刀疤"]
ZH_TITLE = {
    "D": ["大哥", "大姐", "哥", "姐", "师傅", "老板", "叔", "婶", "大爷", "大娘", "总", "经理", "老师", "姨", "主任"],
    "C": ["孃孃", "哥", "姐", "师傅", "老板", "老师", "总", "幺爸", "医生", "护士", "叔", "大爷", "婆婆", "经理"],
    "G": ["姐", "哥", "师傅", "老板", "老师", "阿姨", "叔", "医生", "总", "伯", "工", "经理"],
    "Z": ["师傅", "老板", "阿姨", "姐", "哥", "总", "老师", "经理", "医生", "会计", "律师", "伯伯", "工"],
    "H": ["哥", "姐", "师傅", "老板", "婶", "大爷", "叔", "老师", "主任", "总", "院长", "大夫", "工", "队长"],
}
ZH_FORBIDDEN = {"王总", "李姐", "周老师"}
ZH_KIN = ["哥", "姐", "嫂子", "叔", "婶", "姨", "妹", "姐姐", "哥哥", "大哥", "大姐", "阿姨"]
ZH_PARENT = ["妈妈", "爸爸", "奶奶", "姥姥", "外婆", "爷爷", "妈", "爸"]


class ZhPerson:
    def __init__(self, r, region):
        self.region = region
        if r.random() < 0.25:
            self.sur, self.given = r.choice(ZH_WORD_NAMES)
        else:
            self.sur = r.choice(ZH_SUR[region])
            self.given = r.choice(ZH_GIVEN)
        self.r = r
        self.title = r.choice(ZH_TITLE[region])
        while self.sur + self.title in ZH_FORBIDDEN:
            self.title = r.choice(ZH_TITLE[region])
        self.kin = r.choice(ZH_KIN)
        self.die = r.choice(ZH_DIE)
        self.wai = r.choice(ZH_WAI)
        self.xiao_by_sur = r.random() < 0.55
        self.n = r.randint(1, 99)
        self.year = r.randint(1950, 2004)


def _zp(form):
    def f(ctx, key, origin):
        p = ctx.person(key, origin)
        r = ctx.r
        if form == "cfull":
            return p.sur + p.given, "PERSON"
        if form == "cgiven":
            return (p.given if len(p.given) >= 2 else p.sur + p.given), "PERSON"
        if form == "cxiao":
            return "小" + (p.sur if p.xiao_by_sur else p.given[-1]), "PERSON"
        if form == "clao":
            return "老" + p.sur, "PERSON"
        if form == "ca":
            return "阿" + p.given[-1], "PERSON"
        if form == "cdie":
            return p.die, "PERSON"
        if form == "ctitle":
            return p.sur + p.title, "PERSON"
        if form == "ckin":
            g = p.given if len(p.given) >= 2 else p.sur + p.given
            return g + p.kin, "PERSON"
        if form == "cparent":
            return p.die + r.choice(ZH_PARENT), "PERSON"
        if form == "cwai":
            return p.wai, "PERSON"
        raise KeyError(form)
    return f


ZH_PLACES = {
    "D": {"cities": [("沈阳市", ["和平区", "铁西区", "皇姑区", "大东区", "浑南区"]), ("哈尔滨市", ["南岗区", "道里区", "香坊区", "道外区"]),
                     ("长春市", ["朝阳区", "南关区", "绿园区"]), ("大连市", ["沙河口区", "甘井子区"]), ("齐齐哈尔市", ["龙沙区"])],
          "roads": ["兴华北街", "北二马路", "黄河北大街", "红旗街", "西安大路", "学府路", "友谊路", "松花江街", "长江路",
                    "建设大街", "卫星路", "人民大街", "太原街", "建工路", "宣化街", "重庆路", "北京街"],
          "estates": ["铁路小区", "阳光新城", "和美家园", "金桂苑", "幸福里", "电机厂家属楼", "万家灯火小区", "北秀苑"]},
    "C": {"cities": [("成都市", ["锦江区", "武侯区", "青羊区", "金牛区", "成华区", "郫都区"]), ("重庆市", ["渝中区", "九龙坡区", "江北区", "南岸区", "沙坪坝区", "渝北区"])],
          "roads": ["玉林南路", "科华北路", "建设路", "府青路", "民族路", "杨家坪正街", "建新北路", "南坪正街",
                    "小龙坎正街", "红锦大道", "双楠路", "营门口路", "一环路南三段", "人民南路四段", "黄桷坪正街"],
          "estates": ["锦绣花园", "翡翠湾", "春熙苑", "枫林绿洲", "龙湾半岛", "桂花园", "蜀都花园", "嘉陵春晓"]},
    "G": {"cities": [("南宁市", ["青秀区", "西乡塘区", "兴宁区", "江南区"]), ("柳州市", ["城中区", "鱼峰区", "柳南区"]),
                     ("桂林市", ["七星区", "象山区"]), ("玉林市", ["玉州区"])],
          "roads": ["民族大道", "明秀东路", "朝阳路", "大学东路", "星光大道", "文惠路", "飞鹅路", "柳石路", "七星路",
                    "教育路", "友爱南路", "江南路", "桃源路", "东葛路"],
          "estates": ["御景湾", "康乐苑", "凤凰城", "绿城逸景", "青秀山庄", "相思湖花园", "南湖名都", "龙潭新村"]},
    "Z": {"cities": [("杭州市", ["拱墅区", "西湖区", "上城区", "滨江区", "萧山区", "余杭区"]), ("义乌市", ["稠城街道", "北苑街道", "江东街道"]),
                     ("温州市", ["鹿城区", "瓯海区"]), ("宁波市", ["海曙区", "鄞州区"]), ("金华市", ["婺城区"])],
          "roads": ["莫干山路", "文三路", "体育场路", "江南大道", "工人北路", "宾王路", "稠州北路", "车站大道",
                    "百丈路", "天童南路", "学院路", "文一西路", "丰潭路", "解放东路"],
          "estates": ["书香门第", "紫薇花园", "丽景华庭", "东湖名苑", "桂语江南", "宾王小区", "和睦新村", "星河湾"]},
    "H": {"cities": [("石家庄市", ["长安区", "桥西区", "新华区", "裕华区"]), ("保定市", ["竞秀区", "莲池区"]), ("唐山市", ["路北区", "路南区"]),
                     ("邯郸市", ["丛台区"]), ("廊坊市", ["广阳区"]), ("沧州市", ["运河区"])],
          "roads": ["中山东路", "裕华路", "建华南大街", "槐安路", "东风中路", "朝阳北大街", "新华道", "建设北大街",
                    "和平路", "友谊大街", "光明道", "胜利北大街", "槐中路"],
          "estates": ["纺织厂家属院", "金域华府", "和平里小区", "润江花园", "盛世长安", "北国花园", "钢厂宿舍", "世纪花园"]},
}


def zh_road(r, region, with_city):
    pl = ZH_PLACES[region]
    city, dists = r.choice(pl["cities"])
    road = r.choice(pl["roads"])
    num = r.choice([str(r.randint(1, 399)), str(r.randint(1, 99)), str(r.randint(100, 1999))])
    if with_city == 2:
        return city + r.choice(dists) + road + num + "号"
    if with_city == 1:
        return r.choice(dists) + road + num + "号"
    return road + num + "号"


def zh_estate_unit(r, region):
    est = r.choice(ZH_PLACES[region]["estates"])
    b, u, fl, rm = r.randint(1, 32), r.randint(1, 6), r.randint(1, 33), r.randint(1, 4)
    if region == "Z":
        return est + r.choice(["%d幢%d%02d室" % (b, fl, rm), "%d幢%d单元%d%02d" % (b, u, fl, rm), "%d-%d-%d%02d" % (b, u, fl, rm)])
    if region == "C" and r.random() < 0.5:
        return est + "%d栋%d单元%d-%d" % (b, u, fl, rm)
    return est + r.choice(["%d栋%d单元%d%02d" % (b, u, fl, rm), "%d号楼%d单元%d%02d" % (b, u, fl, rm),
                           "%d-%d-%d%02d" % (b, u, fl, rm), "%d栋%d%02d" % (b, fl, rm), "%d号楼%d单元%d%02d室" % (b, u, fl, rm)])


def zh_addr(r, region):
    style = r.randint(0, 5)
    if style <= 1:
        return zh_road(r, region, 2)
    if style == 2:
        pl = ZH_PLACES[region]
        city, dists = r.choice(pl["cities"])
        return city + r.choice(dists) + zh_estate_unit(r, region)
    if style == 3:
        return zh_road(r, region, 2) + zh_estate_unit(r, region)
    if style == 4:
        return zh_road(r, region, 1)
    a = zh_road(r, region, 2)
    for city, prov in CITY_PROV:
        if a.startswith(city):
            return (prov + a) if prov else a
    return a


CITY_PROV = [("沈阳市", "辽宁省"), ("大连市", "辽宁省"), ("哈尔滨市", "黑龙江省"), ("齐齐哈尔市", "黑龙江省"), ("长春市", "吉林省"),
             ("成都市", "四川省"), ("重庆市", ""), ("南宁市", "广西"), ("柳州市", "广西壮族自治区"), ("桂林市", "广西"),
             ("玉林市", "广西"), ("杭州市", "浙江省"), ("义乌市", "浙江省"), ("温州市", "浙江"), ("宁波市", "浙江省"),
             ("金华市", "浙江省"), ("石家庄市", "河北省"), ("保定市", "河北省"), ("唐山市", "河北"), ("邯郸市", "河北省"),
             ("廊坊市", "河北省"), ("沧州市", "河北省")]

ZH_ID_AREAS = {
    "D": ["210102", "210106", "210105", "220102", "220104", "230103", "230102", "230110", "210211", "230202"],
    "C": ["510104", "510107", "510105", "510106", "510108", "500103", "500107", "500105", "500108", "500112"],
    "G": ["450103", "450107", "450102", "450202", "450203", "450204", "450305", "450902"],
    "Z": ["330105", "330106", "330102", "330108", "330782", "330302", "330203", "330212", "330702"],
    "H": ["130102", "130104", "130105", "130108", "130602", "130606", "130203", "130202", "130402", "131003"],
}


def make_cn_id(r, region):
    area = r.choice(ZH_ID_AREAS[region])
    y = r.randint(1942, 2005)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    body = "%s%04d%02d%02d%03d" % (area, y, m, d, r.randint(1, 999))
    c = cn_id_check(body)
    if c == "X" and r.random() < 0.3:
        c = "x"
    return body + c


def cn_phone(r):
    pre = r.choice(["13", "13", "15", "18", "17", "19", "18", "15", "16", "14"]) + r.choice(DIG)
    if pre[:2] == "14":
        pre = "14" + r.choice("579")
    mid = "".join(r.choice(DIG) for _ in range(4))
    end = "".join(r.choice(DIG) for _ in range(4))
    return r.choice(["%s%s%s", "%s%s%s", "%s %s %s", "%s-%s-%s", "+86 %s %s %s", "+86%s%s%s", "%s %s%s",
                     "(+86)%s%s%s", "%s%s%s"]) % (pre, mid, end)


ZH_NUMERAL = {"0": "零", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}


def cn_phone_words(r):
    d = digits_of(cn_phone(r))[-11:]
    one = r.choice(["一", "幺"])
    w = "".join(one if c == "1" else ZH_NUMERAL[c] for c in d)
    return r.choice([w, w[:3] + " " + w[3:7] + " " + w[7:]])


def cn_bank(r):
    pre = r.choice(["622202", "621700", "622848", "621661", "622588", "623058", "621226", "622700", "621799", "623668"])
    n = luhn_finish(r, pre, r.choice([19, 19, 16]))
    return r.choice([n, group(n, [4] * 5, " "), n])


def cn_pass(r):
    return r.choice([
        lambda: "E" + "".join(r.choice(DIG) for _ in range(8)),
        lambda: "E" + r.choice(AZ_NO_IO) + "".join(r.choice(DIG) for _ in range(7)),
        lambda: "EA" + "".join(r.choice(DIG) for _ in range(7)),
        lambda: "G" + "".join(r.choice(DIG) for _ in range(8)),
    ])()


def cn_qq(r):
    return r.choice("123456789") + "".join(r.choice(DIG) for _ in range(r.choice([7, 8, 8, 9, 9, 9, 10, 5])))


WX_STEMS = ["liuhai", "dongbei", "laotie", "yiwu", "daigou", "zhuangxiu", "xiaomei", "cdmeizi", "cq_zaier",
            "nn_laoyou", "hebei", "sjz", "tiezhu", "jiejie", "gege", "kuaidi", "wuliu", "xiangqin", "hz",
            "wz_laoban", "gxmeimei", "bd_xiaoli", "tangshan", "hrb", "sy_dage", "chunhua", "linhai", "fuxing"]


def cn_wx(r, p=None):
    if p is not None and r.random() < 0.4:
        stem = r.choice(["x", "a", "lao", "", "da"]) + r.choice(WX_STEMS[:6])
    else:
        stem = r.choice(WX_STEMS)
    s = r.choice([
        lambda: stem + str(r.randint(1, 99)) + r.choice(["", "_", "x"]) + str(r.randint(0, 9999)),
        lambda: stem + "_" + r.choice(WX_STEMS),
        lambda: stem + "-" + str(r.randint(1960, 2010)),
        lambda: "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)),
        lambda: r.choice(WX_STEMS) + str(r.randint(100, 99999)),
        lambda: stem[:1].upper() + stem[1:] + "_" + str(r.randint(520, 9999)),
    ])()
    if not s[0].isalpha():
        s = "a" + s
    return s[:20]


ZH_PLATE_PRE = {"D": ["辽A", "辽B", "黑A", "吉A", "辽N", "黑E"], "C": ["川A", "渝A", "渝B", "川S", "渝D", "川K"],
                "G": ["桂A", "桂B", "桂C", "桂K"], "Z": ["浙A", "浙G", "浙C", "浙B", "浙L"], "H": ["冀A", "冀F", "冀B", "冀R", "冀J"]}


def cn_plate(r, region):
    pre = r.choice(ZH_PLATE_PRE[region])
    if r.random() < 0.2:
        tail = r.choice("DF") + "".join(r.choice(DIG) for _ in range(5))
    else:
        chars = [r.choice(DIG) for _ in range(5)]
        for i in r.sample(range(5), r.choice([0, 1, 1, 2])):
            chars[i] = r.choice(AZ_NO_IO)
        tail = "".join(chars)
    return r.choice([pre + tail, pre + "·" + tail, pre + " " + tail, pre + tail])


def cn_email(r, p=None):
    stem = r.choice(WX_STEMS).replace("_", "")
    user = r.choice([stem + str(r.randint(1, 2010)), cn_qq(r), stem + "." + r.choice(WX_STEMS).replace("_", ""),
                     "zx" + str(r.randint(100, 999))])
    return user + "@" + r.choice(["example.cn", "mail.example.cn", "example.com.cn", "example.cn", "example.net"])


def cn_url(r):
    slug = r.choice(WX_STEMS).replace("_", "-") + r.choice(["", "-" + str(r.randint(1, 999))])
    return r.choice([
        "https://weibo.com/" + slug.replace("-", ""),
        "https://www.zhihu.com/people/" + slug,
        "https://github.com/" + slug,
        "weibo.com/" + slug.replace("-", ""),
        "https://space.bilibili.com/%d" % r.randint(10000000, 699999999),
        "https://www.xiaohongshu.com/user/profile/" + "".join(r.choice("0123456789abcdef") for _ in range(24)),
    ])


def cn_handle(r):
    return r.choice([
        lambda: r.choice(["dy", "ks", "xhs", ""]) + r.choice(WX_STEMS) + str(r.randint(1, 9999)),
        lambda: "@" + r.choice(["成都耙耳朵", "东北大碴子", "南宁靓仔", "义乌小老板", "唐山小可爱", "重庆崽儿", "杭州吃货", "柳州螺蛳妹"]) + str(r.randint(1, 999)),
        lambda: r.choice(WX_STEMS) + "_" + r.choice(["official", "vlog", "666", "888"]),
    ])()


ZH_BIZ = {"D": ["铁西老四季抻面", "兴隆装饰公司", "大东物流"], "C": ["蜀安装饰工程有限公司", "九龙坡鸿运物流", "小龙坎老火锅"],
          "G": ["南宁顺丰达货运", "青秀区金匠装修队", "柳州老友粉店"], "Z": ["义乌佳美日用品商行", "杭州安居装饰", "温州鹿城鞋业"],
          "H": ["石家庄宏达建筑劳务公司", "保定快捷搬家", "唐山钢城物流"]}


def _zr(fn, typ):
    def f(ctx, key, origin):
        reg = ctx.bound[key].region if (key and key in ctx.bound) else ctx.origin(origin)
        return fn(ctx.r, reg), typ
    return f


def _cwx(ctx, key, origin):
    p = ctx.person(key, origin) if key else None
    return cn_wx(ctx.r, p), "WECHAT_ID"


def _cmoney(r):
    return r.choice(["200", "1500", "3800", "88", "2650", "45", "600", "12000", "980", "350", "1.2万", "4500"])


def _cnum(r):
    return str(r.choice([r.randint(2, 9), r.randint(10, 60), r.randint(100, 999)]))


def _ctime(r):
    return r.choice(["早上七点", "下午三点半", "晚上8点", "明天上午", "周六中午", "9:30", "18:00", "后天", "今晚", "十点左右"])


ZH_KINDS = {
    "cfull": _zp("cfull"), "cgiven": _zp("cgiven"), "cxiao": _zp("cxiao"), "clao": _zp("clao"), "ca": _zp("ca"),
    "cdie": _zp("cdie"), "ctitle": _zp("ctitle"), "ckin": _zp("ckin"), "cparent": _zp("cparent"), "cwai": _zp("cwai"),
    "cphone": _simple(cn_phone, "PHONE_NUMBER"),
    "cphonezh": _simple(cn_phone_words, "PHONE_NUMBER"),
    "cid": _zr(make_cn_id, "CN_ID_CARD"),
    "cbank": _simple(cn_bank, "CN_BANK_CARD"),
    "cpass": _simple(cn_pass, "CN_PASSPORT"),
    "caddr": _zr(zh_addr, "LOCATION"),
    "cestate": _zr(zh_estate_unit, "LOCATION"),
    "croad": _zr(lambda r, g: zh_road(r, g, r.choice([0, 1])), "LOCATION"),
    "qq": _simple(cn_qq, "QQ_NUMBER"),
    "wx": _cwx,
    "cplate": _zr(cn_plate, "LICENSE_PLATE"),
    "cemail": _simple(cn_email, "EMAIL_ADDRESS"),
    "curl": _simple(cn_url, "URL"),
    "chandle": _simple(cn_handle, "USERNAME"),
    "ip": _simple(en_ip, "IP_ADDRESS"),
    "card": _simple(lambda r: en_card(r), "CREDIT_CARD"),
    "cbiz": lambda ctx, key, origin: (ctx.r.choice(ZH_BIZ[ctx.origin(origin)]), None),
    "cmoney": _simple(_cmoney, None), "cnum": _simple(_cnum, None), "ctime": _simple(_ctime, None),
}


# ---------------------------------------------------------------------------
# Chinese labelled templates: (regions, template)
# ---------------------------------------------------------------------------

ZH_PII = [
    # --- 小区业主群 / 物业 ----------------------------------------------------
    ("DCGZH", "[[ctitle]]，[[cestate]]的下水道又堵了，物业能不能派个人来看看，都三天了"),
    ("DH", "@[[cxiao]] 你家车[[cplate]]又堵消防通道了，赶紧挪一下，一会儿消防检查"),
    ("CZ", "业主[[cfull]]，[[cestate]]，电话[[cphone]]，报修：厨房水管漏水，楼下都渗了"),
    ("D", "各位邻居，[[cestate]]的[[clao]]家装修，天天早上七点就开始砸墙，贼闹心，物业管不管"),
    ("G", "团购的沃柑到了，[[cparent]]、[[ckin]]、[[ctitle]]记得来东门快递柜旁边拿"),
    ("Z", "[[cestate]]楼上漏水到我家了，业主是[[cfull]]，电话[[cphone]]一直打不通，有认识的伐"),
    ("H", "物业通知：[[cestate]]业主[[cfull]]，您家燃气费欠费，请尽快缴纳，咨询[[ctitle]][[cphone]]"),
    ("C", "哪个晓得[[cestate]]那家的狗是哪个的哦，天天半夜叫，[[ctitle]]你们管一哈嘛"),
    ("DCGZH", "业委会选举候选人：[[cfull]]（[[cestate]]）、[[cfull]]（[[cestate]]），请大家投票"),
    ("Z", "@[[ca]] 你家快递放我这了，[[cestate]]，下班来拿哈"),
    ("D", "[[cestate]]停车位出租，一个月[[cmoney]]，有意向的找[[cwai]]，电话[[cphone]]"),
    ("H", "谁家白色SUV [[cplate]] 停我车位上了？？？我是[[cestate]]的"),
    ("G", "[[cgiven]]你好，你们家孩子的滑板车落在三号楼大堂了，我让保安[[clao]]收着了"),
    ("C", "二手房急售，[[caddr]]，89平，业主自售，联系[[ctitle]] [[cphone]] 中介勿扰"),

    # --- 工地 / 包工头 --------------------------------------------------------
    ("D", "[[clao]]，这月工钱啥时候结啊？兄弟们都等着呢，直接打我卡上[[cbank]]"),
    ("H", "包工头[[cfull]]跑路了！欠我们仨月工资，谁有他电话[[cphone]]打不通，他身份证号[[cid]]我这有复印件"),
    ("C", "明天早上六点[[croad]]工地集合，[[cwai]]开车来接，车牌[[cplate]]"),
    ("DH", "[[ctitle]]说钢筋明天到，叫[[cxiao]]和[[cgiven]]去卸车，别迟到"),
    ("H", "工人名单：[[cfull]] [[cid]]；[[cfull]] [[cid]]；[[cfull]] [[cid]]，请核对后报给劳务公司"),
    ("C", "[[ctitle]]你莫得良心哦，说好的一天三百，做完了又说两百八，老子不干了"),
    ("G", "泥水工[[ca]]，电话[[cphone]]，手艺好，贴砖一平[[cnum]]，要的私聊"),
    ("D", "[[cwai]]，你那塔吊证咋整的？我也想考，[[clao]]说找你准没错"),
    ("H", "[[cbiz]]工资表：[[cfull]] 26天 7800；[[cfull]] 24天 7200；[[cgiven]] 20天 6000，卡号后四位自己对一下"),
    ("Z", "工地门口那辆[[cplate]]是哪个的？渣土车进不来了，[[ctitle]]快叫人挪"),
    ("C", "[[ckin]]，你上回说的那个活还要人不？我这有两个小工，都是[[clao]]带出来的"),
    ("D", "劳务合同：甲方[[cbiz]]，乙方[[cfull]]，身份证[[cid]]，住址[[caddr]]"),
    ("H", "讨薪：本人[[cfull]]，在[[croad]]工地干了五个月，包工头[[ctitle]]欠款[[cmoney]]元，电话[[cphone]]"),

    # --- 微商 / 代购 ----------------------------------------------------------
    ("Z", "韩国代购正品保证，加V：[[wx]]，不回就是在飞机上😂"),
    ("C", "收到宝子们的好评啦～[[cxiao]]的面膜今天发顺丰，地址[[caddr]]没错吧？"),
    ("G", "需要的姐妹加我微信[[wx]]或者扣扣[[qq]]，备注“面膜”，不备注不通过哦"),
    ("Z", "义乌小商品一手货源，[[ctitle]]，电话同微信[[cphone]]，量大从优"),
    ("D", "代购日本药妆，[[cdie]]家的，朋友圈天天更新，vx [[wx]] 老铁们多多支持"),
    ("C", "幺妹儿你的货到了，收件人[[cfull]]，电话[[cphone]]，放菜鸟驿站了"),
    ("H", "宝子们，转账备注写名字，收款人[[cfull]]，卡号[[cbank]]，农行"),
    ("Z", "客户[[cfull]]退货，退回地址：[[caddr]]，收件人[[ctitle]]，[[cphone]]"),
    ("G", "螺蛳粉代发，一箱[[cmoney]]，想要的加我卫星：[[wx]]（微信）"),
    ("DCGZH", "不想加微信的可以加QQ[[qq]]，或者邮箱[[cemail]]，看到就回"),
    ("Z", "这个月业绩第一名：[[cfull]]！第二名[[cgiven]]，第三名[[cxiao]]，大家都是好样的💪"),
    ("C", "代购记账：[[ctitle]] 两瓶神仙水 已付；[[cparent]] 面霜 未付；[[cfull]] 口红×3 已付"),
    ("D", "小红书上搜我[[chandle]]，那边有实拍，这边不方便发"),

    # --- 相亲 ---------------------------------------------------------------
    ("DH", "介绍一下，男方[[cfull]]，88年的，在[[croad]]开了个汽修店，人老实，微信[[wx]]"),
    ("C", "[[ctitle]]（媒人）说女娃儿叫[[cgiven]]，护士，住在[[caddr]]，你们先加个微信耍一哈"),
    ("D", "妈你可别给我介绍了！那个[[cfull]]我见过了，不合适，真不合适"),
    ("G", "相亲对象的抖音号[[chandle]]，你们帮我看看靠不靠谱"),
    ("Z", "女方[[cfull]]，95年，杭州本地，有房无贷，要求男方身高175以上，有意者联系[[ctitle]][[cphone]]"),
    ("H", "[[ckin]]给我介绍了个对象叫[[cfull]]，在保定当老师，说周六见面"),
    ("C", "那个[[cwai]]还是那么能吹，说自己在成都有三套房，我看是三个车位哦"),
    ("D", "姑娘叫[[cgiven]]，长得老带劲儿了，就是说话有点冲，我把她微信推你了[[wx]]"),
    ("G", "相亲角资料：[[cfull]]，男，1990年，身高172，在南宁做物流，联系人[[cparent]][[cphone]]"),
    ("Z", "[[cgiven]]，我觉得我们还是做朋友吧，祝你幸福🙏"),
    ("H", "婚介所登记：姓名[[cfull]]，身份证[[cid]]，手机[[cphone]]，要求：本地、有正式工作"),

    # --- 同学聚会 -------------------------------------------------------------
    ("D", "同学聚会定下周六了，[[cfull]]张罗的，地点在[[caddr]]那个饭店，报名找[[cxiao]]"),
    ("DCGZH", "还记得[[cwai]]不？就当年坐最后一排那个，现在在杭州当老板了"),
    ("C", "[[cfull]]、[[cfull]]、[[cfull]]、[[cgiven]]都说要来，[[clao]]还没回话"),
    ("H", "班长[[cfull]]收份子钱，每人200，转到[[cbank]]，备注自己名字"),
    ("G", "二十年没见了，[[cgiven]]你现在在哪？我电话[[cphone]]一直没换"),
    ("Z", "[[cxiao]]、[[ca]]、[[cdie]]，你们仨谁还有班主任[[ctitle]]的联系方式"),
    ("D", "毕业三十年聚会名单：[[cfull]] [[cfull]] [[cfull]]……没来的下回补上"),
    ("C", "哈哈哈[[cwai]]喝多了在KTV唱《成都》唱哭了😂 [[cgiven]]快发视频"),
    ("H", "我找到咱们班[[cfull]]的抖音了[[chandle]]，现在当网红了"),
    ("G", "[[clao]]说他开车来，车牌[[cplate]]，到时候在南门等"),

    # --- 养老院 ---------------------------------------------------------------
    ("H", "[[cfull]]老人今天血压有点高，家属[[ckin]]请回电[[cphone]]"),
    ("D", "入住登记：老人姓名[[cfull]]，身份证[[cid]]，紧急联系人[[cfull]] [[cphone]]"),
    ("C", "护工[[cxiao]]说[[cfull]]老人今天吃了一碗饭，精神还可以，莫担心"),
    ("Z", "敬老院通知：[[cfull]]、[[cfull]]两位老人本周六过生日，欢迎家属来陪"),
    ("G", "养老院费用请转到[[cbank]]，户名[[cfull]]，转完截图发给[[ctitle]]"),
    ("D", "我爸[[cfull]]在你们那住三楼，昨天他说[[cxiao]]护工挺好，谢谢了"),
    ("H", "[[cfull]]老人的医保卡和身份证[[cid]]放前台了，家属来取一下"),
    ("C", "[[ctitle]]，我妈[[cgiven]]的降压药快吃完了，麻烦帮忙去医院开一下"),

    # --- 物流司机 -------------------------------------------------------------
    ("D", "[[cplate]]的司机[[clao]]，货在[[croad]]装好没？"),
    ("G", "货拉拉订单：发货人[[cfull]] [[cphone]]，收货地址[[caddr]]，面包车"),
    ("H", "满帮上接了个活儿，去南宁，货主[[ctitle]]电话[[cphone]]，车牌报一下"),
    ("C", "驾驶证复印件发你了，身份证号[[cid]]，主车[[cplate]]，挂车[[cplate]]"),
    ("Z", "[[cxiao]]，明天早上四点义乌国际商贸城装车，别睡过头了"),
    ("D", "高速上爆胎了，[[cplate]]，在京哈高速K1123，[[cgiven]]你过来一趟"),
    ("H", "运单：收货人[[cfull]]，[[caddr]]，电话[[cphone]]，货到付款[[cmoney]]元"),
    ("G", "[[cwai]]你车上有没有空位，帮我捎两箱货到柳州，[[caddr]]"),
    ("C", "卸完货了，[[ctitle]]运费转我[[cbank]]撒，三千二"),
    ("Z", "司机信息：[[cfull]]，[[cplate]]，手机[[cphone]]，预计下午三点到"),
    ("D", "谁认识[[cplate]]这辆半挂的司机？在服务区剐了我车就跑了"),

    # --- 装修 -----------------------------------------------------------------
    ("C", "[[ctitle]]，我家[[cestate]]的瓷砖好久能贴完哦"),
    ("Z", "装修合同：甲方[[cfull]]，地址[[caddr]]，乙方[[cbiz]]，项目负责人[[cfull]] [[cphone]]"),
    ("H", "水电工[[cxiao]]明天来，电话[[cphone]]，门锁密码我私聊你"),
    ("D", "[[ctitle]]，吊顶那块整歪了，你来看看咋整"),
    ("G", "木工[[ca]]手艺真的好，推荐给大家，他微信[[wx]]"),
    ("Z", "[[cestate]]装修的那家能不能中午别打电钻，老人午睡，谢谢[[ctitle]]"),
    ("C", "设计师[[cgiven]]发的效果图太巴适了，定金转到[[cbank]]了"),
    ("H", "油漆工[[clao]]干活利索，一天一百五，要的联系[[cphone]]"),
    ("D", "我在[[caddr]]，地暖漏水了，谁有靠谱的师傅？最好今天能来"),
    ("G", "装修队[[ctitle]]的报价：水电[[cmoney]]，泥瓦[[cmoney]]，总共六万出头"),

    # --- 支付宝 / 转账备注 ----------------------------------------------------
    ("DCGZH", "转账给[[cfull]]：3月房租+水电"),
    ("C", "支付宝收款[[cmoney]]元，付款人[[cfull]]，备注：[[cdie]]的学费"),
    ("D", "[[cgiven]]给你转了500，备注“还你的”，支付宝账号[[cphone]]"),
    ("Z", "转账成功 收款方：[[cfull]] 银行卡：[[cbank]] 金额：¥[[cmoney]].00"),
    ("H", "[[ckin]]，钱转你微信了，[[wx]]是你吧？别转错人"),
    ("G", "AA收款：[[cfull]]已付，[[cgiven]]已付，[[cxiao]]未付，[[ctitle]]未付"),

    # --- 快递 / 外卖 ----------------------------------------------------------
    ("DCGZH", "[[cfull]] [[cphone]] [[caddr]]"),
    ("C", "收件人：[[cfull]]\n电话：[[cphone]]\n地址：[[caddr]]"),
    ("D", "外卖备注：放门口就行别敲门，孩子睡了 [[cestate]]"),
    ("G", "快递员[[clao]]说包裹放你们小区门卫了，取件码3-2-1108"),
    ("Z", "[[cxiao]]你好，我是顺丰的，你的件在[[cestate]]门口，电话打不通[[cphone]]"),
    ("H", "寄件人：[[cfull]]，[[cphone]]，寄：[[caddr]]，物品：衣服"),
    ("C", "外卖小哥说他在[[croad]]找不到单元门，麻烦[[cgiven]]下楼拿一哈"),
    ("D", "美团骑手[[cxiao]]，餐到了，我在[[caddr]]楼下"),
    ("G", "收货人[[cfull]]，手机[[cphone]]，[[caddr]]，到了打电话"),
    ("Z", "京东：您的订单已由配送员[[cfull]]（[[cphone]]）开始配送"),

    # --- 家长群 ---------------------------------------------------------------
    ("DCGZH", "[[cparent]]，明天手工作业是什么呀？"),
    ("H", "各位家长，请把孩子身份证号私发给[[ctitle]]，报保险用，例如：[[cfull]] [[cid]]"),
    ("C", "[[cparent]]，你家[[cdie]]的水杯拿错了，是我们[[cdie]]的"),
    ("D", "[[cgiven]]同学的家长，请今天放学后到办公室找[[ctitle]]"),
    ("Z", "春游分组：第一组[[cfull]]、[[cgiven]]；第二组[[cdie]]、[[cgiven]]，集合点[[croad]]门口"),
    ("G", "[[cparent]]你好，我是[[cgiven]]的妈妈，孩子说[[cdie]]借了他的书"),
    ("H", "接送卡信息：学生[[cfull]]，家长[[cfull]]，电话[[cphone]]，车牌[[cplate]]"),
    ("C", "[[ctitle]]，[[cgiven]]今天发烧请假一天，谢谢老师"),
    ("D", "班费收齐了，[[cparent]]、[[cparent]]还没交，麻烦转给[[ctitle]]"),

    # --- 租房 -----------------------------------------------------------------
    ("C", "房东[[ctitle]]，押一付三，房租打到[[cbank]]，户名[[cfull]]"),
    ("Z", "出租：[[cestate]]，两室一厅，月租[[cmoney]]，联系[[ca]] [[cphone]]"),
    ("D", "租房合同 出租方：[[cfull]] 身份证号：[[cid]] 承租方：[[cfull]] 房屋地址：[[caddr]]"),
    ("G", "[[ctitle]]，热水器又坏了，房子是[[caddr]]那套"),
    ("H", "求租[[croad]]附近一室，预算一千五以内，联系[[cxiao]][[cphone]]"),
    ("D", "[[clao]]，房租这月晚几天行不？厂里工资还没发"),
    ("Z", "退租交接：[[cestate]]，钥匙交给[[cfull]]，押金退到[[cbank]]"),

    # --- 医院 -----------------------------------------------------------------
    ("H", "[[cfull]]，女，62岁，住院号不用写，身份证号[[cid]]，主治医生[[ctitle]]"),
    ("C", "[[ctitle]]说我妈的片子没问题，[[cgiven]]你不用请假回来了"),
    ("D", "挂号信息：就诊人[[cfull]]，手机号[[cphone]]，科室：骨科，医生[[ctitle]]"),
    ("G", "陪护[[ca]]今晚值班，有事打她电话[[cphone]]"),
    ("Z", "住院押金交了[[cmoney]]，发票抬头写[[cfull]]，别写我的"),
    ("C", "[[cfull]]的体检报告我拍照发你微信[[wx]]了，你看一哈"),

    # --- 证件 / 出行 ----------------------------------------------------------
    ("DCGZH", "出国旅游报名：[[cfull]] 护照号[[cpass]]，[[cfull]] 护照号[[cpass]]"),
    ("Z", "签证材料：护照[[cpass]]，身份证[[cid]]，在职证明，银行流水"),
    ("H", "[[cfull]]的护照[[cpass]]过期了，得去保定出入境重新办"),
    ("G", "机票帮我用这个订：[[cfull]]，身份证[[cid]]，手机[[cphone]]"),
    ("C", "高铁票：[[cfull]] [[cid]]，[[cgiven]] [[cid]]，都是二等座"),
    ("D", "[[cxiao]]信用卡号发我一下，不是，别在群里发！！[[card]]……撤回撤回"),

    # --- 游戏 / 网络 ----------------------------------------------------------
    ("C", "王者开黑，[[chandle]]拉我，QQ区，我QQ号[[qq]]"),
    ("D", "服务器IP[[ip]]，端口25565，[[cxiao]]你记得把白名单加上"),
    ("Z", "账号被盗了，登录IP[[ip]]，不是我本人，客服说要身份证[[cid]]验证"),
    ("G", "我的B站主页[[curl]]，求三连🙏"),
    ("H", "有事发我邮箱[[cemail]]，或者QQ [[qq]]，微信我不常看"),
    ("DCGZH", "个人简历\n姓名：[[cfull]]\n电话：[[cphone]]\n邮箱：[[cemail]]\n现居：[[caddr]]"),

    # --- 朋友圈 / 闲聊 --------------------------------------------------------
    ("D", "[[cgiven]]生日快乐！🎂 老妹儿又长一岁了，[[clao]]请客撸串"),
    ("C", "今天和[[cxiao]]、[[cwai]]去吃了火锅，巴适得板"),
    ("G", "[[ckin]]家的老友粉真的好吃，在[[croad]]，推荐推荐"),
    ("Z", "恭喜[[cfull]]和[[cfull]]新婚快乐，百年好合❤️"),
    ("H", "[[clao]]家二小子考上大学了！在[[caddr]]摆酒，[[ctime]]，都来啊"),
    ("D", "[[cwai]]你个虎了吧唧的，又把钥匙锁车里了"),
    ("C", "[[cdie]]今天会喊“孃孃”了，[[ctitle]]高兴得不得了"),
    ("G", "@[[cgiven]] 你的电动车停在我家门口了，车牌[[cplate]]"),
    ("Z", "[[ca]]，今晚来我家吃饭伐？我烧了红烧肉"),
    ("H", "[[cfull]]走了，追悼会[[ctime]]在殡仪馆，亲朋好友请相互转告"),
    ("DCGZH", "[[cgiven]]"),
    ("D", "[[clao:a]]！[[clao:a]]！快看群消息"),
    ("C", "[[cgiven]]，[[cgiven]]，[[cgiven]]，你们三个今晚打麻将不"),
    ("G", "寻人：[[cfull]]，男，70岁，有点糊涂，穿蓝色外套，最后在[[croad]]附近看到，请联系[[cphone]]"),
    ("Z", "[[cfull]]发的那个链接[[curl]]，是不是骗子啊"),
    ("H", "[[cgiven]]家那个小子叫[[cdie]]，长得跟[[cwai]]小时候一模一样"),
    ("D", "有没有人认识[[cfull]]？说是[[caddr]]的，借了我两万不还"),
    ("C", "今天在[[croad]]看到[[cgiven]]了，她说她换号了[[cphone]]"),
    ("Z", "微信号[[wx]]是[[cgiven]]的新号，旧号被封了，大家加一下"),
    ("G", "[[cfull]]，你QQ[[qq]]还用不？发你的文件没人收"),
    ("H", "帮忙转发：[[cfull]]的孩子急需献血，O型，联系[[ctitle]][[cphone]]"),
    ("DCGZH", "@[[cfull]] @[[cfull]] @[[cgiven]] 明天记得带身份证"),
    ("Z", "[[cfull]]，[[cphone]]，[[cemail]]，[[caddr]]"),
    ("C", "[[cwai]]那个瓜娃子，喊他买菜他买了一堆零食回来"),
    ("D", "刚才[[cwai]]给我打电话说[[ckin]]住院了，咱明天去看看"),
    ("G", "[[ckin]]，你要的那个粉店地址：[[croad]]，老板是柳州人，粉做得地道"),
    ("H", "[[cfull]]，[[cid]]，[[cphone]]，这是我的信息，帮我登记一下"),
    ("Z", "加我威信[[wx]]，或者直接打[[cphone]]，我是[[cgiven]]"),
    ("C", "[[cphonezh]] 这个号码是[[ctitle]]的，语音打的字 你自己对一下"),
    ("D", "我号码是[[cphonezh]]，记一下，回头加我微信"),
    ("G", "有需要的直接搜[[wx]]，通过慢请耐心等"),
    ("H", "有事扣我[[qq]]，白天在工地不看手机"),
    ("Z", "企鹅号[[qq]]，小号，别加错了"),
    ("C", "知乎上搜得到我，主页[[curl]]，[[cgiven]]也在上面"),
    # --- 标识符密集的行 ----------------------------------------------------
    ("DCGZH", "电话[[cphone]]，微信[[wx]]，QQ[[qq]]，哪个都行"),
    ("DH", "身份证[[cid]]，工资卡[[cbank]]，手机[[cphone]]，发给财务"),
    ("CZ", "地址改成[[caddr]]，电话还是[[cphone]]"),
    ("G", "车牌[[cplate]]，行驶证上登记的地址是[[caddr]]"),
    ("Z", "货款打到[[cbank]]，或者支付宝[[cphone]]"),
    ("DCGZH", "护照[[cpass]]，身份证[[cid]]，出境要用"),
    ("H", "邮箱[[cemail]]，QQ[[qq]]，简历发这两个都行"),
    ("C", "新地址[[caddr]]，旧地址[[caddr]]，莫寄错了哈"),
    ("Z", "[[cplate]]和[[cplate]]两台车明天去义乌拉货"),
    ("DCGZH", "【安全提醒】您的账号于异地登录，IP：[[ip]]，如非本人操作请修改密码"),
    ("D", "微信[[wx]]被封了，新号[[wx]]，大家重新加一下"),
    ("G", "主号[[cphone]]，备用[[cphone]]，晚上打备用的"),
    ("C", "抖音[[chandle]]，快手[[chandle]]，都搜得到"),
    ("H", "发货地址[[caddr]]，收货地址[[caddr]]，电话[[cphone]]"),
    ("Z", "卡号[[cbank]]，开户行杭州分行，转完截图"),
    ("D", "身份证号[[cid]]，车牌[[cplate]]，驾驶证跟身份证一个号"),
    ("CZ", "QQ[[qq]]，邮箱[[cemail]]，微信[[wx]]"),
    ("G", "[[caddr]]，[[cphone]]，货到付款"),
    ("H", "[[cestate]] [[cphone]] 两箱矿泉水 送上楼"),
    ("DCGZH", "身份证[[cid]] 银行卡[[cbank]] 预留手机[[cphone]]"),
    ("Z", "义乌仓库：[[caddr]]，收货电话[[cphone]]，微信同号"),
    ("C", "这个号[[cphone]]是诈骗的，大家莫接，已经举报了"),
    ("D", "顺丰寄到[[caddr]]，电话[[cphone]]，到付"),
    ("H", "退款请打到[[cbank]]，别退到[[cbank]]，那张卡注销了"),
    ("G", "加QQ群不如直接加我QQ[[qq]]，或者vx[[wx]]"),
    ("Z", "网店客服：[[cphone]]，售后邮箱[[cemail]]，地址[[caddr]]"),
    ("C", "老房子在[[caddr]]，新房子在[[cestate]]，下个月搬"),
    ("D", "[[cplate]]违章了，在[[croad]]路口闯红灯，罚两百扣六分"),
    ("H", "护照号[[cpass]]，签发地河北，有效期到2032年"),
    ("DCGZH", "[[cphone]]\n[[caddr]]\n[[cemail]]"),
    ("C", "微博[[curl]]，B站[[curl]]，欢迎关注"),
    ("Z", "代购群满了，加我小号[[wx]]，大号[[wx]]加不上了"),
    ("D", "转账失败，卡号[[cbank]]是不是输错了？户名对的"),
    ("G", "快递填这个：[[caddr]]，[[cphone]]，别填公司地址"),
    ("H", "工地门禁登记：身份证[[cid]]，车牌[[cplate]]，手机[[cphone]]"),
    ("C", "[[cphone]]打不通就打座机，或者发邮件[[cemail]]"),
    ("Z", "v：[[wx]]  q：[[qq]]  电：[[cphone]]"),
    ("DCGZH", "扫码不方便的直接转卡：[[cbank]]"),
    ("G", "挂车[[cplate]]年审过了，主车[[cplate]]下个月"),
    ("H", "租客身份证[[cid]]，电话[[cphone]]，入住[[cestate]]"),
    ("D", "收件：[[caddr]]\n手机：[[cphone]]"),
    ("C", "网盘链接发到你邮箱[[cemail]]了，QQ也发了一份[[qq]]"),
    ("Z", "温州发杭州，[[caddr]]到[[caddr]]，一车多少钱"),
    ("G", "游戏里加我[[chandle]]，服务器IP是[[ip]]"),
    ("DCGZH", "银行卡[[cbank]]\n身份证[[cid]]\n手机[[cphone]]\n（办社保卡用）"),
    ("H", "新车上牌了[[cplate]]，旧车[[cplate]]卖了"),
    ("D", "我github[[curl]]，代码都在上面"),
    ("Z", "信用卡[[card]]，有效期08/27，不是储蓄卡"),
    ("C", "微信号：[[wx]]（不是手机号）"),
    ("G", "QQ号[[qq]]，密码找回要绑定手机[[cphone]]"),
]

ZH_NONE = [
    "今天零下二十八度，出门冻得嘎嘎的",
    "明天停水，大家提前接点水",
    "电梯又坏了，物业啥时候修啊",
    "收到，谢谢",
    "好的好的👌",
    "今晚吃火锅还是烧烤？",
    "螺蛳粉到了，味儿太大了哈哈",
    "工地明天下雨停工一天",
    "今天的货都发完了，明天继续",
    "亲，这款还有货吗",
    "相亲那事儿再说吧，不急",
    "同学聚会改到下个月了",
    "老人们今天包饺子，热闹得很",
    "高速堵死了，估计晚到两个小时",
    "瓷砖选哪个颜色好看？灰色还是米白",
    "收到转账，谢谢老板",
    "快递到了，放门卫了",
    "外卖超时半小时了，差评",
    "家长们注意，明天早上八点到校",
    "房子下个月到期，还续不续",
    "医院排队排了三个小时",
    "业主大会几点开？",
    "巴适得板！",
    "要得，明天见",
    "这天儿太热了，工地上受不了",
    "有没有人拼车去石家庄",
    "冰箱里的菜别忘了吃",
    "群里别发广告了啊",
    "今天义乌下大雨，货都淋湿了",
    "别墨迹了，赶紧的",
    "我到楼下了",
    "等一哈，马上来",
    "木佬佬好吃的",
    "宝子们今晚八点直播哦",
    "又涨价了，猪肉二十多一斤",
    "明天降温，大家多穿点",
    "孩子作业太多了，写到十一点",
    "装修队说月底能完工",
    "货车年检过了",
    "同意",
    "+1",
    "哈哈哈哈哈哈",
    "谁有充电宝借我用一下",
    "停车场收费又涨了",
    "老年大学报名开始了",
    "物业费一年两千多，服务啥也不是",
    "明天东北大集，去不去",
    "这个月加班加疯了",
    "红包已领",
    "周末去爬山吗",
    "饭菜都凉了，快回来",
    "你们那边下雪了没",
    "水电费交了吗",
    "刚下班，累死了",
    "小区门口新开了一家奶茶店",
    "今天的会改线上了",
    "发错群了，不好意思",
    "谢谢大家的祝福🙏",
    "晚安",
    "明天几点集合？",
    "这个价格能不能再便宜点",
    "车在路上了，别着急",
    "工资到账了吗",
    "今年过年回不回老家",
    "太安逸了嘛",
]


# ---------------------------------------------------------------------------
# English PII-free hard lines.  Names of things named after people, words that
# are also first names, and numbers of every shape -- but no person at all.
# ---------------------------------------------------------------------------

EF_POOLS = {
    "shop": ["Wendy's", "Arby's", "Hardee's", "Culver's", "Casey's", "Trader Joe's", "Dave's Hot Chicken", "Tim Hortons",
             "Harvey's", "Mary Brown's", "Swiss Chalet", "Jollibee", "Max's", "Goldilocks", "Haldiram's", "Sainsbury's",
             "Morrisons", "Greggs", "Nando's", "Papa John's", "Jimmy John's", "Little Caesars", "Dunkin'", "Lowe's",
             "Kohl's", "Dillard's", "Macy's", "Sam's Club", "Bojangles", "Popeyes", "Church's Chicken", "Raising Cane's",
             "Zaxby's", "Cracker Barrel", "Buc-ee's", "Piggly Wiggly", "Schnucks", "Meijer", "Menards", "Jean Coutu",
             "Canadian Tire", "Shoppers Drug Mart", "John Lewis", "Marks & Spencer", "Walgreens", "Hudson's Bay",
             "Dick's Sporting Goods", "Claire's", "Domino's", "Carl's Jr.", "Freddy's", "Jack in the Box", "Wetherspoons"],
    "dish": ["Caesar salad", "eggs Benedict", "beef Wellington", "a Sloppy Joe", "Hoppin' John", "bananas Foster",
             "Salisbury steak", "a Reuben", "shepherd's pie", "oysters Rockefeller", "chicken à la king", "peach Melba",
             "pavlova", "Nanaimo bars", "pouding chômeur", "pâté chinois", "butter chicken", "pancit", "halo-halo",
             "lumpia", "sambusa", "chicken suqaar", "a Caesar with extra Clamato", "Earl Grey", "a Shirley Temple",
             "a Tom Collins", "a Bloody Mary", "Granny Smith apples", "Yukon Gold potatoes", "a po' boy", "Baby Ruth bars"],
    "song": ["Jolene", "Sweet Caroline", "Roxanne", "Layla", "Hey Jude", "Billie Jean", "Amazing Grace", "Ave Maria",
             "Mary, Did You Know?", "Delilah", "Valerie", "Angie", "Gloria", "Lola", "Rhiannon", "Mandy", "Proud Mary",
             "Cecilia", "How Great Thou Art", "It Is Well", "Sweet Home Alabama", "Take Me Home, Country Roads"],
    "film": ["Forrest Gump", "Annie", "Matilda", "Juno", "Amélie", "Ted Lasso", "Frasier", "Hannah Montana", "Shrek",
             "Paddington 2", "Moana", "Coco", "Rocky IV", "Napoleon Dynamite", "Ferris Bueller's Day Off", "Dexter",
             "Sherlock", "Coraline", "Mrs. Doubtfire", "Legally Blonde", "Steel Magnolias", "Anne with an E"],
    "team": ["Chiefs", "Packers", "Cardinals", "Maple Leafs", "Canadiens", "Oilers", "Jets", "Predators", "Titans",
             "Grizzlies", "Wildcats", "Buckeyes", "Hawkeyes", "Cubs", "Lions", "Vikings", "Aston Villa", "Spurs",
             "Arsenal", "Man City", "Leicester", "Bristol City", "Cardiff", "Chennai Super Kings", "Mumbai Indians",
             "Browns", "Bills", "Saints", "Hornets", "Kings", "Raptors", "Jaguars"],
    "app": ["Hinge", "Bumble", "Venmo", "Cash App", "Zelle", "Interac", "GCash", "Revolut", "Monzo", "PayPal", "Discord",
            "Twitch", "Steam", "DoorDash", "Uber Eats", "Lyft", "Instacart", "SkipTheDishes", "Grubhub", "Deliveroo",
            "Spark Driver", "Roblox", "Minecraft", "Valorant", "Apex", "Mario Kart", "Madden 25", "Animal Crossing"],
    "street": ["Yonge Street", "rue Saint-Denis", "boulevard René-Lévesque", "Beale Street", "Bourbon Street",
               "Peachtree", "MLK Blvd", "Lincoln Ave", "Washington Square", "Queen Street West", "Edgware Road",
               "Brick Lane", "Jean-Talon", "Sherbrooke", "Portage and Main", "Whyte Ave", "Stapleton Road", "Green Street"],
    "flight": ["AC 856", "WS1234", "DL 1842", "AA2291", "UA 934", "WN 3389", "PR 102", "AI 161", "EK 7", "QR14",
               "BA 117", "TS 771", "F8 612", "AS 1107"],
    "price": ["$4.99", "$12.50", "$1,299", "£3.20", "£18", "C$12.75", "$0.89", "₹499", "₱250", "$64.12", "$7",
              "£1.85", "$2,450", "$19.99/mo", "$3.5k", "40 bucks"],
    "score": ["27-24", "3-1", "4-3 in OT", "112/4", "2-2", "31-17", "6-0", "98-95", "1-0", "5-4 SO", "45-44"],
    "ver": ["v2.14.3", "iOS 17.4.1", "Windows 10.0.19045", "1.20.4", "patch 8.3", "build 4471", "Android 14",
            "v0.9.12-beta", "7.0.2", "season 4", "2.6.0.118"],
    "order": ["#A10293", "#4471", "112-4829301-2284719", "INV-2024-0117", "ord 88213", "#GH-7719", "conf KX7Q2M",
              "PNR 6TZ4LA", "ticket 0016-2234-8891", "SKU 4402-118", "1Z999AA10123456784", "9400 1118 9922 3344 5566 77"],
    "time": ["6:45", "7pm", "noon", "11:30 pm", "0600", "half 8", "10ish", "3:15", "quarter to 9", "1930"],
    "num": ["3", "14", "27", "112", "400", "2,300", "9", "68", "1,000,000", "0.5", "17"],
    "usd": ["12", "25", "40", "65", "18", "30", "85", "150", "9.50", "22"],
    "venue": ["the Ryman", "the Grand Ole Opry", "Bell Centre", "the Royal Albert Hall", "Carnegie Hall",
              "Madison Square Garden", "Scotiabank Arena", "St. Paul's", "St. Mark's"],
    "payapp": ["Venmo", "Cash App", "Zelle", "Interac", "GCash", "Revolut", "Monzo", "PayPal"],
}


def _pick(name):
    return lambda ctx, key, origin: (ctx.r.choice(EF_POOLS[name]), None)


EF_KINDS = {k: _pick(k) for k in EF_POOLS}

EN_FREE = [
    # things named after people
    "grabbing [[shop]] on the way home, anybody want anything",
    "the [[shop]] on 28th closed at 9 so we ended up at Waffle House again lol",
    "is the [[shop]] by the interstate still open 24 hrs or did they change that",
    "free coffee at Tim Hortons if you roll up the rim, won a donut lmao",
    "Mary Brown's > Popeyes, fight me",
    "picked up a 20 pack from Jollibee for the party, $[[usd]] off with the app",
    "Max's was packed after mass, waited 40 min for a table",
    "Goldilocks polvoron for pasalubong, 3 boxes",
    "Haldiram's bhujia is on sale at Apna Bazaar, 2 for $[[usd]] yaar stock up",
    "Sainsbury's meal deal went up to £3.85, daylight robbery",
    "Greggs sausage roll and a tea, [[price]], sorted",
    "Nando's after jummah? the one on Edgware Road",
    "Buc-ee's has 120 gas pumps and a brisket station, texas is insane",
    "Cracker Barrel gift shop got the rocking chairs on sale",
    "Trader Joe's was out of the everything bagel seasoning again",
    "Culver's flavor of the day is turtle, we going",
    "Canadian Tire money is basically currency up here",
    "Shoppers Drug Mart points day, 20x on everything",
    "John Lewis never knowingly undersold lol, until now",
    "Walgreens pharmacy line wrapped around the building",
    "Hudson's Bay closing sale, 70% off everything",
    "Jean Coutu ferme à 21h le dimanche",
    "Marks & Spencer percy pigs hit different",
    "Dick's Sporting Goods has the cleats in size 9",
    "Claire's did her ears, 2 little studs, she was so brave",
    "a Caesar is the best cocktail ever invented and the rest of the world is sleeping on it",
    "made [[dish]] for sunday dinner, turned out better than i thought",
    "who brought [[dish]] to the potluck?? need the recipe",
    "ordering [[dish]] and a sweet tea, [[price]]",
    "Hoppin' John on new year's for luck, every year",
    "bananas Foster at Brennan's, set the whole pan on fire",
    "Granny Smith apples for the pie, not the Red Delicious",
    "my grandma's pavlova recipe needs 6 egg whites",
    "tourtière for réveillon, c'est obligatoire",
    "pouding chômeur is basically cake soaked in maple syrup, 10/10",
    "sambusa and bariis for iftar tonight",
    "chicken suqaar with sabaayad, mashallah",
    "butter chicken, 2 garlic naan and a mango lassi, [[price]]",
    "Earl Grey, no sugar, splash of milk",
    "the kids only drink Shirley Temples at weddings",
    "eggs Benedict at the diner on Lincoln Ave is worth the wait",
    "Nanaimo bars for the bake sale, 24 of them",
    "leftover lumpia in the fridge, dont eat it all",
    "halo-halo season!! [[price]] at the stand by the church",
    "choir is doing [[song]] on sunday, sopranos pls learn your part",
    "[[song]] came on at the wedding and the whole room sang",
    "karaoke night: someone did [[song]] and cleared the room 😂",
    "Amazing Grace at the graveside, not a dry eye",
    "Mary, Did You Know? every single christmas eve",
    "How Great Thou Art, hymn 86 in the red book",
    "It Is Well with my soul, verse 3 is the one",
    "Jolene on repeat for the road trip",
    "Sweet Caroline at Fenway, bah bah bah",
    "Layla unplugged > Layla original",
    "the band played Roxanne and Proud Mary back to back",
    "Delilah by Plain White T's still slaps",
    "Valerie is the only song my dad can dance to",
    "movie night: [[film]] or Coco?",
    "finally watched [[film]], i get the hype",
    "rewatching [[film]] for the 5th time, no regrets",
    "Ted Lasso season 3 ending made me cry at the gym",
    "the kids want Moana again, 4th time today",
    "Matilda the musical at the civic centre, $[[usd]] tickets",
    "Forrest Gump is on AMC tonight at 8",
    "Hannah Montana reunion when",
    "Paddington 2 is a perfect film, I will not elaborate",
    "Napoleon Dynamite was filmed in Idaho, vote for pedro",
    "Anne with an E is set in PEI, we went to Cavendish last summer",
    "Shrek the Musical at the high school, my cousin plays Donkey",
    "Steel Magnolias is basically my family reunion",
    "go [[team]]!!! [[score]]",
    "[[team]] lost [[score]], i'm done with this team",
    "[[team]] game tonight, parking is $[[usd]] smh",
    "the Maple Leafs will break my heart again in round 1",
    "Habs won in OT at the Bell Centre, Montréal est en feu",
    "Oilers in 6, calling it",
    "Packers at Lambeau in december, bring the hand warmers",
    "Browns fans are the most loyal people on earth",
    "Bills mafia jumping through tables again",
    "Saints lost again, Bourbon Street still partying",
    "Chennai Super Kings won by 6 wickets, 176/4",
    "Mumbai Indians need 48 off 24 balls",
    "Villa 2-1 Spurs, what a match",
    "Leicester back in the prem, the foxes never die",
    "Cardiff City away at Bristol on saturday, bus leaves 10am",
    "Cubs at Wrigley, hot dogs $[[usd]] each smh",
    "Grizzlies game at FedExForum, section 112 row J",
    "Wildcats are 14-2 at Rupp this season",
    "the Buckeyes lost to Michigan again, 4th year in a row",
    "Hornets game in Charlotte was a blowout, 121-94",
    "Kings beat the Raptors 112-108",
    # apps / games / brands
    "[[app]] is down again, can't do anything",
    "[[app]] update [[ver]] broke the login page",
    "paid the rent through [[payapp]], it took 3 days to clear",
    "Hinge prompt: 'the way to win me over is' ... tacos. always tacos",
    "Bumble BFF is actually how I met my gym buddy",
    "Venmo is charging a 1.75% fee for instant transfers now",
    "Cash App Friday?? lol",
    "Interac e-transfer limit is $3,000 a day on my account",
    "GCash load na lang, [[price]]",
    "Revolut card came in the post, neon pink",
    "DoorDash peak pay is +$3 in downtown right now",
    "Spark Driver offers are trash tonight, $7 for 14 miles",
    "Uber Eats surge 1.8x downtown, go go go",
    "SkipTheDishes driver got lost in the snow lol",
    "Instacart batch: 42 items, 2 stops, $[[usd]]",
    "Roblox is giving my kid the gimme gimmes, 800 Robux for $9.99",
    "Minecraft [[ver]] dropped, new biomes",
    "Valorant patch 8.3 notes: Jett nerfed again",
    "Madden 25 franchise mode is broken, dont buy",
    "Mario Kart night, I'm always Toad",
    "Animal Crossing turnip prices 612 bells on my island",
    "Discord nitro is $9.99 now?",
    "Twitch drops for the new season start at 10 PT",
    "Steam summer sale, my wallet is crying",
    "the Ford F-150 is still the best selling truck in america",
    "traded the Chevy for a Dodge Ram 2500, 68k miles",
    "Dr Pepper is a Texas thing, change my mind",
    "my Tesla app wont unlock the car, standing in the rain",
    "Little Debbie oatmeal pies in every lunchbox",
    "Jimmy Dean breakfast sandwich and a coffee, breakfast of champions",
    "Ben & Jerry's Cherry Garcia is back in stock",
    "Hershey's kisses for the sunday school kids",
    "Heinz ketchup only in this house",
    "Campbell's chicken noodle when you're sick, always",
    "Levi's 501 in 32x30 on sale",
    "Carhartt jacket finally broke in after 3 winters",
    "Dr. Martens for church, they're still shiny",
    "Hunter wellies are worth every penny in Manchester",
    "Mercedes Sprinter van for the church, 15 seats",
    "Werther's in grandpa's pocket at all times",
    "Cadbury Creme Eggs are back already, it's january",
    "Dell laptop for school, i5, 16GB, [[price]]",
    "Dyson hoover broke after 2 years, customer service was useless",
    # words that are also names
    "will you be at the meeting or nah",
    "mark the date!! homecoming is the 12th",
    "grace before meals please, kids",
    "the rose bush by the porch finally bloomed",
    "the electric bill came, $[[usd]] this month 😩",
    "pat the chicken dry before you season it",
    "i'm gonna sue the landlord, swear down",
    "they rob you at the airport, $[[usd]] for a sandwich",
    "sunny and 75 all weekend ☀️",
    "hope the roads are clear by morning",
    "keep the faith, it'll work out",
    "pure joy watching the kids in the nativity play",
    "don't chase the lead car, stay in your lane",
    "deer hunter season opens saturday",
    "bob your hair and you'll regret it",
    "need a jack for the tire, mine's missing",
    "amber alert went off at 3am",
    "ginger ale and crackers for the stomach bug",
    "lily pads all over the pond this year",
    "the daisy chain the kids made is still on the fridge",
    "holly and ivy for the church wreaths",
    "jasmine rice, not basmati, for the adobo",
    "summer camp deposit is due may 1",
    "may i have the last slice?",
    "june bugs everywhere on the porch",
    "april showers, may flowers, june mosquitoes",
    "it was an august evening, hot and still",
    "to be frank, the sermon was long",
    "a rich chocolate cake with cream cheese frosting",
    "a penny for your thoughts",
    "20 bucks says they lose",
    "up at dawn for the fishing trip",
    "christmas eve service at 11pm",
    "we're going carolling on the 20th, meet at the church",
    "destiny 2 raid tonight?",
    "ur dog is precious omg",
    "lovely weather for a fish fry",
    "honey mustard on the side pls",
    "crystal clear water at the lake today",
    "misty morning on the river",
    "dusty old boxes in the attic, found grandpa's records",
    "the rusty swing set finally came down",
    "royal icing on the sugar cookies",
    "no justice in fantasy football",
    "cash only at the bake sale",
    "brook trout are biting down by the bridge",
    "the storm knocked out power on our whole side of town",
    "sterling silver cross, $[[usd]] at the craft fair",
    "bishop to e5, checkmate in 3",
    "the deacons meet after service in room 4",
    "the pastor's study is the door on the left",
    "pinky promise you'll come to the shaadi",
    "happy diwali everyone 🪔",
    "lucky i got out before the traffic",
    "ate all the leftovers, sorry",
    "i'm just earnest about saving money ok",
    "chase bank closed the branch on main",
    # places / streets / buildings named after people
    "traffic on [[street]] is a nightmare right now",
    "parade down [[street]] starts at [[time]]",
    "meet you at the corner of Yonge and Bloor",
    "bixi station on rue Saint-Denis is always empty",
    "boulevard René-Lévesque is closed for the marathon",
    "Beale Street on a friday night, pure chaos",
    "the new tacos place on MLK Blvd is fire",
    "Washington Square fountain is off for the winter",
    "Portage and Main is open to pedestrians now?",
    "parking on Edgware Road is impossible after 6",
    "we drove through Jackson on the way to Memphis",
    "Louisville to Nashville is about 2h 45m",
    "Lafayette has the best boudin in the state",
    "Bismarck was -31 this morning",
    "Prince George got 30cm of snow overnight",
    "Lake Louise is worth the drive, even in july",
    "Regina to Saskatoon, 2.5 hours of nothing",
    "St. Louis arch tickets sold out",
    "Charlotte airport layover, 3 hours, send help",
    "the Elizabeth line is down between Paddington and Whitechapel",
    "Victoria line suspended, use the Jubilee",
    "Kings Cross, platform 9, the 17:33 to Leeds",
    "concert at [[venue]], doors at [[time]]",
    "the kids' choir sang at [[venue]] last year",
    "appointment at Johns Hopkins on the 14th, 9:20 am",
    "St. Jude radiothon raised $1.2 million this year",
    "got lost in Guy's Hospital looking for outpatients",
    "Princess Margaret had a 6 hour wait in emerg",
    "the Ryman is the mother church of country music",
    "Grand Ole Opry tour was $[[usd]] each",
    "Vanderbilt vs Kentucky at Memorial Gym",
    "St. Mark's has the best pancake breakfast",
    "St. Paul's choir concert sold out",
    "Carnegie Hall debut for the youth orchestra!!",
    # numbers of every shape
    "flight [[flight]] delayed to [[time]], gate B12",
    "[[flight]] boarding group 4, seat 22F",
    "order [[order]] shipped, arriving thursday",
    "your order [[order]] is ready, total [[price]]",
    "tracking says [[order]] is out for delivery",
    "invoice [[order]] due net 30, [[price]]",
    "rated 4.87 after 2,311 trips, not bad",
    "rating dropped to 4.62 over one bad ride 🙄",
    "made $[[usd]] in 6 hours, 14 orders, 87 miles",
    "gas is $3.19 at the Casey's, $3.49 at the Shell",
    "odometer just hit 300,000 on the old Camry",
    "it's 104°F with the heat index",
    "-40 is the same in C and F, fun fact",
    "Psalm 23 for the reading, then Romans 8:28",
    "Proverbs 3:5-6 on the church sign this week",
    "hymn 412, then 86, then the doxology",
    "bible study: Ephesians chapter 6, verses 10 to 18",
    "ISBN 978-0-14-044913-6 for the book club edition",
    "wifi password is Blessed2024! capital B",
    "room 214, 2nd floor, past the nursery",
    "route 66 runs right through Tulsa",
    "I-40 closed at exit 209 due to a wreck",
    "the 401 is a parking lot at 5pm",
    "bus 38 to the mall every 20 min",
    "lotto numbers 7 14 22 35 41 bonus 9 and I got none",
    "the receipt says $64.12 but i paid $70",
    "CVV machine says 'card declined' lol",
    "new phone, iPhone 15 Pro, 256GB, [[price]]",
    "RTX 4070 for [[price]]?? steal",
    "PS5 slim restock at 9am ET",
    "we won 45-44 in triple OT, i have no voice left",
    "kid's jersey number is 23, same as his cousin",
    "the deposit is 25%, balance due on completion",
    "2 x 4s are $4.28 each now, lumber is insane",
    "set the oven to 375 for 45 min",
    "score was 3-1 but we should've had 5",
    "ETA 10:42 per the app, so probably 11",
    "my screen time was 9h 14m yesterday 💀",
    "level 57, 1,000,000 coins, still can't beat the boss",
    "the 2009 F-150 has 212k miles on it",
    "server maintenance 02:00–04:00 UTC",
    "down to 3% battery and 14 orders left",
    "CAD 1,380.00 incl. GST/QST",
    "charged ₹1,250 for a haircut in Bandra lol",
    "₱1,500 for the balikbayan box to Cebu",
    "the raffle is $5 a ticket or 5 for $20",
    "zip code 46204 for the billing",
    "postal code starts with H2J, that's the Plateau",
    "it's 1 in 4 families in our county using the food bank",
    "6 weeks, 3 days till Eid inshallah",
    "the test is monday period 3 in room 118",
    "1920x1080, 144hz, 1ms",
    "we ran 5k in 27:14 🏃",
    "ticket for doing 82 in a 65, $[[usd]]",
    "trip was 1,140 km, 11.5 hours with stops",
    "lot 14B at the airport, row F",
    # signatures, invoices, community, gig, dating, gaming (still nobody named)
    "Sent from my iPhone",
    "Get Outlook for Android",
    "--\nThe Office Team\nNorthside Fellowship\n\"Serving the neighborhood since 1962\"",
    "Kind regards,\nAccounts Payable\nPrairie Home Cleaning",
    "This e-mail and any attachments are confidential and intended solely for the addressee.",
    "Please consider the environment before printing this email 🌱",
    "Thanks & regards,\nTeam Saffron Tiffin Co.",
    "invoice 2024-117 attached: 14 hrs labour @ $45 + materials $212.60 = $842.60",
    "terms net 15, 1.5% monthly late fee after that",
    "paid in full — check #1047 cleared 3/12",
    "quote: 3 rooms, 2 coats, Sherwin-Williams Agreeable Gray, $1,850 all in",
    "Benjamin Moore paint is $70 a gallon now??",
    "Home Depot run for 2x4s and drywall screws",
    "Lowe's price match saved me $40",
    "arre yaar the Maggi is finished again",
    "chalo, chai at 5? only Taj Mahal tea bags in this house",
    "Amul butter on everything, no compromise",
    "Parle-G and chai, childhood in one bite",
    "Diwali mela at the gurdwara parking lot this saturday, 11 to 7",
    "sangeet playlist is 40 songs, 3 hours, zero sleep",
    "kain tayo! pancit and lechon at the hall after mass",
    "Jollibee Chickenjoy bucket, 8 pcs, spaghetti on the side",
    "Simbang Gabi starts dec 16, 9 nights, 6pm mass",
    "salamat sa lahat ng tumulong sa fiesta 🙏",
    "Red Ribbon mango cake for tita's birthday, she's turning 70",
    "eid prayer at 8:30 in the park, bring a mat",
    "halal Haribo exists?? mind blown",
    "Ramadan timetable: suhoor ends 04:52, iftar 19:48",
    "the Dubai chocolate bar at Lidl sold out in 10 minutes",
    "shisha spots on Edgware Road packed after the match",
    "walaal the canjeero batter needs to sit overnight",
    "xawaash spice mix from the Somali shop on Stapleton Road, proper stuff",
    "Juba Money Transfer closes at 6 on fridays",
    "Abu Dhabi layover was 9 hours, never again",
    "gig update: 23 trips, $311.40, 6.2 hrs online",
    "acceptance rate 71%, completion 98%, still no bonus",
    "Quest bonus: 60 rides by Monday 4am for +$120",
    "tip baiting is real, $15 tip turned into $0 after dropoff",
    "14 cars in the Chick-fil-A drive thru and it still moved faster than the bank",
    "airport queue in lot B, 47 cars ahead of me",
    "dating bio: 6'1 because apparently that matters, dog dad, Waffle House enthusiast",
    "swiped right on a guy whose whole profile was Buc-ee's pics",
    "sent a Hinge rose and got nothing back 🥀",
    "the match said 'hey' and nothing else for 3 days 💀",
    "coffee date at Timmies, low pressure",
    "ranked reset tonight, everyone back to Silver",
    "lobby code 7HX2Q, private match in 5",
    "ping 143ms on the EU server, unplayable",
    "patch notes say 'bug fixes and improvements' lmao",
    "server boosted to level 3, thanks for the nitro 🙏",
    "new role unlocked: Cornhole Champion 🏆",
    "stream starts 8pm CT, type !discord for the server link",
    "GG EZ, 16-4 on Ascent",
    "grinding the battle pass to tier 100 this weekend",
    "Carter's onesies, 5-pack for $18",
    "OshKosh overalls for the nativity shepherd costume",
    "Kroger fuel points expire sunday",
    "Piggly Wiggly on Main finally got self checkout",
    "Dollar General is the only store for 20 miles",
    "Hobby Lobby is closed on sundays, plan ahead",
    "St. Vincent de Paul thrift store has a bag sale saturday",
    "Knights of Columbus fish fry, $12 adults, $6 kids",
    "Habitat for Humanity build day, bring gloves",
    "Salvation Army bell ringers at every Walmart already",
    "put the Lazy Susan in the middle of the table and spin it slowly",
    "Murphy bed in the guest room folds right up",
    "Ferris wheel at the county fair, $5 a ride",
    "the Jacuzzi at the hotel was broken, 2 stars",
    "graham crackers and marshmallows for s'mores",
    "Tupperware party at the church hall thursday",
    "Frisbee golf saturday at the park",
    "Jenga tournament at the youth lock-in",
    "Big Ben was covered in scaffolding when we visited",
    "Oscar night watch party, bring snacks",
    "Heimlich training at the CPR class tonight",
    "the diner has a Braille menu now",
    "cardigan weather finally",
    "3 foot sub from Jersey Mike's for the party",
    "Morrisons café full english, £5.49",
    "Aldi middle aisle has a pressure washer for £79.99",
    "Poundland had the eid decorations in already",
    "Boots meal deal > Tesco meal deal",
    "Ryanair FR 1726 to Stansted, 35 min late",
    "Jet2 holiday to Antalya, £389pp",
    "booking ref 4G7KQ2, platform 4, coach C seat 41",
    "bank holiday monday, everything's shut",
    "NHS 111 said go to A&E, 5 hour wait",
]


# ---------------------------------------------------------------------------
# Chinese PII-free hard lines
# ---------------------------------------------------------------------------

ZF_POOLS = {
    "shop": ["张亮麻辣烫", "杨国福麻辣烫", "老乡鸡", "周黑鸭", "李先生牛肉面", "刘一手火锅", "小龙坎", "谭鸭血",
             "朱光玉火锅馆", "老娘舅", "阿香米线", "阿甘锅盔", "小杨生煎", "钱大妈", "胖东来", "华莱士", "袁记云饺",
             "陈香贵", "马记永", "沪上阿姨", "老边饺子", "李连贵熏肉大饼", "马迭尔", "白运章包子", "廖排骨",
             "钟水饺", "赖汤圆", "陈麻婆豆腐", "楼外楼", "知味观", "胡庆余堂", "老庙黄金", "周大福", "老凤祥"],
    "dish": ["麻婆豆腐", "东坡肉", "宫保鸡丁", "夫妻肺片", "叫花鸡", "锅包肉", "地三鲜", "小鸡炖蘑菇", "杀猪菜",
             "回锅肉", "毛血旺", "龙抄手", "西湖醋鱼", "宋嫂鱼羹", "龙井虾仁", "片儿川", "驴肉火烧", "老友粉",
             "螺蛳粉", "桂林米粉", "酸菜白肉", "张飞牛肉", "钟水饺", "赖汤圆", "白切鸡", "荔浦芋扣肉"],
    "brand": ["老干妈", "王老吉", "康师傅", "李锦记", "王守义十三香", "马应龙", "六个核桃", "今麦郎", "娃哈哈",
              "五菱宏光", "吉利", "长城", "方太", "老板电器", "江小白", "小茗同学", "王小卤", "老村长", "张小泉",
              "王麻子", "东方树叶", "汤臣倍健", "白加黑", "周大福", "海尔", "格力", "九阳", "白象", "金嗓子"],
    "song": ["小苹果", "成都", "东北人都是活雷锋", "月亮代表我的心", "套马杆", "小芳", "丁香花", "白月光",
             "最炫民族风", "大花轿", "山路十八弯", "常回家看看", "好汉歌", "老鼠爱大米", "刘三姐", "孤勇者", "向天再借五百年"],
    "film": ["乡村爱情", "刘老根", "马大帅", "人世间", "父母爱情", "流浪地球", "唐人街探案", "狂飙", "武林外传",
             "家有儿女", "甄嬛传", "还珠格格", "熊出没", "喜羊羊与灰太狼", "小猪佩奇", "汪汪队", "刘三姐", "山海情",
             "繁花", "漫长的季节"],
    "app": ["拼多多", "闲鱼", "美团", "饿了么", "滴滴", "货拉拉", "满帮", "抖音", "快手", "小红书", "钉钉", "支付宝",
            "淘宝", "京东", "得物", "携程", "高德", "企业微信", "珍爱网", "安居客", "贝壳", "土巴兔", "菜鸟", "12306",
            "王者荣耀", "和平精英", "开心消消乐", "欢乐斗地主"],
    "place": ["中山路", "解放路", "人民路", "中山公园", "太原街", "中街", "春熙路", "宽窄巷子", "解放碑", "洪崖洞",
              "磁器口", "观音桥", "青秀山", "西湖", "河坊街", "义乌国际商贸城", "正定古城", "白洋淀", "北戴河",
              "赵州桥", "张家口", "石家庄", "秦皇岛", "唐山", "牡丹江", "齐齐哈尔", "柳州", "贺州", "温州", "金华"],
    "addr_call": ["师傅", "老板", "亲", "宝子们", "家人们", "姐妹们", "老铁", "兄弟", "美女", "帅哥", "大哥", "大姐",
                  "阿姨", "叔", "业主们", "房东", "工长", "班长", "群主", "团长", "靓仔", "老表", "幺妹儿", "老妹儿", "大兄弟", "孃孃"],
    "price": ["¥39.9", "128元", "两块五", "3.5万", "1680", "88.88", "¥1,299", "九块九包邮", "二百五十", "6k", "三千二", "45一斤", "¥0.01"],
    "flight": ["CA1234", "MU5137", "CZ3456", "3U8633", "GX8812", "ZH9527", "HU7181", "G1234", "D6501", "K1234", "G8612", "C2011"],
    "order": ["SF1402839574012", "YT7412589630147", "JT0012345678901", "订单号2024031812345678", "取件码3-2-1108",
              "取餐号A127", "桌号18", "B2-117车位", "验证码482913", "单号78291034621"],
    "time": ["早上6点", "下午三点", "晚上八点半", "凌晨两点", "中午十二点", "7:40", "21:30", "后天上午", "周五晚上"],
    "num": ["3", "8", "12", "18", "25", "36", "66", "99", "120"],
    "shopapp": ["拼多多", "闲鱼", "淘宝", "京东", "得物", "抖音", "快手", "小红书"],
}

ZF_KINDS = {k: (lambda name: (lambda ctx, key, origin: (ctx.r.choice(ZF_POOLS[name]), None)))(k) for k in ZF_POOLS}

ZH_FREE = [
    # 以人命名的店、品牌、菜
    "今晚吃[[shop]]吧，离得近",
    "[[shop]]新出的套餐[[price]]，还挺划算",
    "楼下开了家[[shop]]，排队排到马路上了",
    "张亮麻辣烫和杨国福你们喜欢哪个？",
    "李先生牛肉面的红烧牛肉面涨到三十多了",
    "去沈阳必须吃老边饺子，中街那家",
    "李连贵熏肉大饼，四平来的正宗的",
    "马迭尔冰棍零下三十度吃才有灵魂",
    "保定的白运章包子，排了半小时",
    "廖排骨卤得巴适，带两斤回去",
    "赖汤圆和钟水饺都在春熙路附近",
    "楼外楼的西湖醋鱼，说实话一般",
    "知味观的小笼包早上七点就有",
    "胡庆余堂买了点阿胶给我妈",
    "钱大妈晚上七点以后打折，八点以后更便宜",
    "胖东来的服务真不是吹的",
    "华莱士全鸡套餐[[price]]，学生党福音",
    "沪上阿姨出新品了，杨枝甘露",
    "小杨生煎在义乌也开店了",
    "老娘舅的红烧肉饭，打工人的午饭",
    "周黑鸭的鸭脖太辣了，吃得我直冒汗",
    "刘一手和小龙坎，重庆人更认哪个？",
    "朱光玉火锅馆门口排了一百多桌",
    "谭鸭血的鸭血是真的嫩",
    "阿甘锅盔，梅干菜的最好吃",
    "阿香米线十五块一碗，加个蛋",
    "陈麻婆豆腐总店在青华路，游客特别多",
    "老庙黄金搞活动，金价一克优惠[[num]]块",
    "周大福的金手镯给新娘当三金",
    "做了一道[[dish]]，第一次做还行",
    "饭店最好吃的是[[dish]]，必点",
    "东北菜三大样：锅包肉、地三鲜、小鸡炖蘑菇",
    "杀猪菜配大米饭，能吃三碗",
    "四川人不吃回锅肉等于没回过家",
    "毛血旺加一份黄喉，多放辣",
    "宋嫂鱼羹是杭州的老菜，酸甜口",
    "龙井虾仁一份[[price]]，景区价",
    "杭州片儿川，雪菜笋片肉丝",
    "驴肉火烧还是河间的正宗",
    "南宁老友粉，酸笋多放点",
    "柳州螺蛳粉，加炸蛋加腐竹",
    "桂林米粉三两，卤水多一点",
    "荔浦芋扣肉，过年必备",
    "麻婆豆腐拌饭能吃两碗",
    "东坡肉炖了三个小时，入口即化",
    "宫保鸡丁少放花生，孩子过敏",
    "张飞牛肉带两包回去，送同事",
    "白切鸡蘸姜葱酱，广西人的最爱",
    "[[brand]]又涨价了",
    "家里常备[[brand]]，吃啥都香",
    "超市[[brand]]搞活动，买二送一",
    "老干妈拌面，大学四年就靠它",
    "王老吉还是加多宝，傻傻分不清",
    "康师傅红烧牛肉面，泡面之王",
    "李锦记蚝油，炒青菜放一点",
    "王守义十三香，炖肉必备",
    "马应龙不只是治痔疮，眼霜也卖",
    "六个核桃，经常用脑多喝六个核桃",
    "今麦郎弹面，河北的老牌子",
    "五菱宏光拉货，能装能跑",
    "吉利的车这两年卖得真好",
    "长城皮卡，工地上最实用",
    "方太的油烟机和老板电器哪个好？",
    "老板电器的灶台质量不错，用了八年",
    "江小白兑雪碧，年轻人的喝法",
    "小茗同学，认真搞笑，低调冷泡",
    "王小卤虎皮凤爪，追剧必备",
    "老村长，东北人的快乐水",
    "张小泉的剪刀，杭州老字号",
    "东方树叶，乌龙茶无糖的",
    "白加黑，白天吃白片不瞌睡",
    "九阳豆浆机坏了，保修期刚过",
    "格力空调，一晚上一度电？吹的吧",
    "白象方便面，良心企业",
    "金嗓子喉宝，老师的必备",
    # 歌、电视剧、电影
    "KTV必点[[song]]",
    "广场舞今晚跳[[song]]，七点半集合",
    "同学聚会唱了《[[song]]》，全场大合唱",
    "婚礼上放《月亮代表我的心》，老一辈都哭了",
    "《小芳》是我爸的KTV保留曲目",
    "《成都》火了以后，玉林路天天人挤人",
    "《东北人都是活雷锋》，一听就想笑",
    "《套马杆》广场舞神曲",
    "《常回家看看》，过年听着就想家",
    "《刘三姐》，山歌好比春江水",
    "养老院文艺汇演，爷爷奶奶们唱了《好汉歌》",
    "在看[[film]]，太好看了",
    "[[film]]又重播了，我爸看了八遍",
    "《乡村爱情》出到第十几部了",
    "《刘老根》还是老版本好看",
    "《马大帅》里的台词我全会背",
    "《人世间》看哭了，周家三兄妹",
    "《漫长的季节》拍的就是东北",
    "《山海情》讲的是宁夏，太真实了",
    "《繁花》里的上海话听不太懂",
    "孩子天天看《熊出没》，熊大熊二光头强",
    "《小猪佩奇》看多了，孩子说话都是英国腔",
    "《甄嬛传》又看了一遍，每次都有新发现",
    "《还珠格格》暑假必播",
    "《武林外传》，同福客栈",
    "《家有儿女》，小时候的回忆",
    "《流浪地球》在影院看了三遍",
    # App、游戏
    "[[app]]又崩了",
    "在[[shopapp]]上买的，便宜了[[num]]块",
    "[[app]]更新以后找不到入口了",
    "拼多多砍一刀，还差0.01%",
    "闲鱼上收了个二手电钻，八十块",
    "美团外卖超时赔了张五元券",
    "滴滴叫车等了二十分钟",
    "货拉拉小面包，同城搬家两百多",
    "满帮上的单子越来越少了，运费压得太低",
    "抖音直播带货，九块九包邮",
    "小红书上的装修攻略太多了，看花眼",
    "钉钉打卡，差一分钟迟到",
    "支付宝年度账单出来了，不敢看",
    "12306抢票，候补成功了",
    "王者荣耀上王者了，熬了三个通宵",
    "和平精英吃鸡了！",
    "开心消消乐第2318关过不去",
    "欢乐斗地主输了八十万豆",
    "土巴兔上找的装修公司，还行",
    "贝壳上看的房子，中介费一个点",
    "珍爱网上的照片都是美颜过的",
    "企业微信群消息太多了，屏蔽了",
    "菜鸟驿站下午六点关门",
    # 称呼、没有名字的人
    "[[addr_call]]，这个多少钱？",
    "[[addr_call]]，明天几点开工？",
    "谢谢[[addr_call]]！",
    "[[addr_call]]在吗？货到了",
    "师傅，麻烦开快点，赶飞机",
    "老板，来两碗牛肉面，一碗不要香菜",
    "亲，七天无理由退货哦",
    "宝子们，链接在评论区",
    "家人们，今晚八点直播",
    "老铁，没毛病",
    "大兄弟，帮个忙呗",
    "老妹儿，你这是干啥呢",
    "孃孃，来一碗小面，二两，多放海椒",
    "靓仔，要不要加辣？",
    "老表，得闲饮茶",
    "幺妹儿，好久回来嘛",
    "包工头说下个月结账",
    "工长说水电明天验收",
    "房东说下个月涨房租",
    "班长说周五开班会",
    "群主把广告号踢了",
    "团长，明天的菜几点到？",
    "护工阿姨人挺好的",
    "院长说下周体检",
    "医生说没什么大问题，多喝水",
    "物业的人说明天修电梯",
    "快递小哥说放驿站了",
    "司机师傅说高速堵车",
    "业主们，今晚业主大会",
    "媒人说那姑娘挺好的",
    "班主任说孩子最近上课走神",
    # 含姓氏字的普通词
    "黄金周去哪玩？人太多了",
    "马路对面新开了一家超市",
    "高速上堵了两个小时",
    "白天太热了，晚上再干活",
    "金额对不上，再核一遍",
    "方便的话明天来一趟",
    "石膏板吊顶还是铝扣板？",
    "胡萝卜炖牛腩，孩子爱吃",
    "何时发货？急用",
    "周末加班，三倍工资",
    "郑重声明：本群禁止发广告",
    "孙子今天上幼儿园了，哭了一早上",
    "杨树毛满天飞，过敏了",
    "江边散步，风大",
    "毛坯房交房了，准备装修",
    "龙骨用轻钢的还是木的？",
    "管道漏水了，找人来修",
    "田地里的玉米快收了",
    "任务完成了，收工",
    "万一下雨怎么办",
    "关键是价格太贵了",
    "于是我就回来了",
    "成本太高，不赚钱",
    "程序员加班到凌晨",
    "严重超载，被罚了两百",
    "温度太低，水管冻了",
    "卫生间防水做了两遍",
    "叶子都黄了，秋天到了",
    "童装店换季打折",
    "字体用宋体，五号",
    "丁字路口左转就到",
    "牛奶过期了，别喝",
    "熊孩子把墙画花了",
    "毕业十年了，时间过得真快",
    "易拉罐别乱扔",
    "向日葵开了，可好看了",
    "连锁店比小店贵一点",
    "余额不足，请充值",
    "凌晨三点还在装车",
    "车位一个月三百",
    "党员先锋岗",
    "简单吃点就行",
    "施工时间早八点到晚六点",
    "欧式装修太复杂了",
    "钟点工一小时四十",
    "钱包落在出租车上了",
    "甘蔗两块五一斤",
    "戴口罩，勤洗手",
    "姜丝可乐治感冒",
    "时间定了告诉我",
    "史上最强寒潮",
    "华为新手机发布了",
    "安全帽必须戴",
    "雷人的装修设计",
    "明天降温十度",
    "夏天来了，西瓜上市",
    "国庆节七天假",
    "和平精英和王者荣耀哪个好玩",
    "平安夜吃苹果",
    "高峰期地铁挤不上去",
    "刘海剪短了，好丑",
    "白雪皑皑，哈尔滨冰雪大世界",
    "马力不够，上坡费劲",
    "黄河大桥封路了",
    "长江边上的火锅店",
    "丁香花开了，满院子香",
    "彩霞满天，明天是晴天",
    "富贵竹养了三年了",
    "胜利在望，再坚持一下",
    "吉祥如意，新年快乐",
    "向阳的房子贵一点",
    "春花秋月何时了",
    # 地名
    "[[place]]堵车了",
    "周末去[[place]]逛逛",
    "[[place]]那边新开了商场",
    "赵州桥离石家庄不远",
    "张家口滑雪，一天八百",
    "秦皇岛看海，北戴河人太多",
    "唐山烧烤，吃完去南湖",
    "牡丹江零下三十五度",
    "贺州的黄姚古镇很好看",
    "温州人都在做生意",
    "金华火腿，过年送人",
    "中山公园今天有相亲角",
    "解放碑的灯光秀",
    "洪崖洞晚上人挤人",
    "青秀山的门票二十块",
    "义乌国际商贸城四区",
    "正定古城晚上有夜市",
    "白洋淀的荷花开了",
    "逸夫楼三楼开会",
    # 数字
    "航班[[flight]]延误了，预计[[time]]起飞",
    "[[flight]]，08车12F，别坐错",
    "快递单号[[order]]，查一下到哪了",
    "[[order]]，拿一下",
    "订单金额[[price]]，已付款",
    "一共[[price]]，微信还是支付宝？",
    "比分3:1，国足又输了",
    "CBA辽宁队赢了，108比96",
    "微信版本8.0.47，更新一下",
    "iOS 17.4升级完卡死了",
    "工资到手6800，房租1500",
    "房子89平，首付30%",
    "一平米瓷砖人工费35",
    "水泥一吨四百二",
    "沙子十五方，拉两车",
    "电费一度五毛二",
    "体温36.8℃，正常",
    "血压135/85，偏高一点",
    "身高175，体重140斤",
    "95年的，属猪",
    "双色球03 11 17 22 28 31+09，又没中",
    "股票600519又跌了",
    "邮编530022",
    "红包88.88，谢谢老板",
    "运费[[price]]，货到付款",
    "距离过年还有[[num]]天",
    "车在G15沈海高速K1123处",
    "B1层停车场，B2-117车位",
    "取件码3-2-1108",
    "验证码482913，五分钟内有效",
    "第三届同学聚会，老地方见",
    "2024年3月8日，农历正月廿八",
    "八点半集合，九点出发",
    "车程[[num]]个小时",
    "一件[[num]]个，一箱60件",
    "五斤一袋，二十块三袋",
    "九块九包邮，限前100名",
    "月租一千八，押一付三",
    "尾款三万二，交房前付清",
    "一个工一天三百五",
    "养老院一个月三千八，包吃住",
    "体检套餐[[price]]，含彩超",
    "今天最高温度38度",
    "气温零下22度，注意保暖",
    "老乡鸡的鸡汤，打工人续命",
    "杨国福麻辣烫，自选称重，一斤二十三",
    "海底捞的生日歌太尴尬了，全店都在看",
    "袁记云饺，三鲜馅的最好吃",
    "陈香贵的牛肉面，汤是真好喝",
    "马记永，兰州拉面新派",
    "杨家吊炉饼配鸡蛋糕，沈阳早餐",
    "东北饺子馆不是叫老张家就是叫老王家，也不知道哪家正宗",
    "刘姐烤冷面，哈尔滨中央大街那家，排队的人老多了",
    "张妈妈川菜馆，一听名字就是家常菜",
    "阿婆牛杂，柳州夜市最火的一家",
    "五菱宏光MINI，柳州产的",
    "螺蛳粉产业园一天生产几百万包",
    "义乌的圣诞用品卖到全世界",
    "温州鞋厂招工，包吃住，月薪七千",
    "唐山的棋子烧饼，酥得掉渣",
    "五常大米，东北的最好",
    "秋林红肠，哈尔滨特产",
    "沈阳鸡架，烤的炸的熏的都有",
    "成都人一年吃掉两亿个兔头",
    "重庆小面，二两加个煎蛋",
    "火锅底料，德庄还是桥头？",
    "容县沙田柚，甜得很",
    "桂林山水甲天下",
    "南宁地铁1号线到火车东站",
    "杭州亚运会的吉祥物叫琮琮、莲莲、宸宸",
    "冰墩墩和雪容融还在我桌上摆着",
    "孩子就爱看海绵宝宝和派大星",
    "《西游记》里孙悟空七十二变，猪八戒背媳妇，百看不厌",
    "《哪吒2》票房破百亿了",
    "孔明灯现在很多地方不让放了",
    "眉山的东坡肘子，肥而不腻",
    "肯德基疯狂星期四，v我50",
    "德克士的脆皮炸鸡比肯德基便宜",
    "必胜客周二半价",
    "瑞幸和库迪天天打价格战",
    "蜜雪冰城甜蜜蜜，雪王又出新品了",
    "霸王茶姬的伯牙绝弦，少糖去冰",
    "茶颜悦色终于开到杭州了",
    "全屋定制，欧派和索菲亚哪个好？",
    "马可波罗瓷砖，贵但是好",
    "诺贝尔瓷砖和东鹏瓷砖，选哪个",
    "立邦漆刷了三遍，味道还是大",
    "多乐士的乳胶漆打折",
    "公牛插座，用了十年没坏",
    "凤凰城三期交房了，物业还没进场",
    "业主群禁止发广告，违者踢出",
    "物业费每平米1.8元，一年两千出头",
    "电梯维保，周三上午停运两小时",
    "快递柜超时收费，一天五毛",
    "养老院伙食：周一红烧肉，周二清蒸鱼，周三饺子",
    "老人们上午做操，下午打牌，晚上看新闻联播",
    "护工一个月五千五，包吃住",
    "相亲要求：有房有车，存款二十万，本地人优先",
    "同学聚会AA，每人两百，多退少补",
    "包工头说等甲方付款才能发工资",
    "钢筋一吨三千八，又涨了",
    "工地食堂中午有红烧肉，大家快去",
    "塔吊司机证年审，下周一集中办理",
    "整车发往南宁，4.2米厢式，运费2800",
    "零担货运，一方一百二",
    "过磅：毛重31.5吨，皮重15.2吨",
    "柴油7.48一升，又涨了两毛",
    "ETC扣费，高速一共花了三百六",
    "今日爆款，原价199，现价99，手慢无",
    "韩国免税店，雪花秀套盒到货",
    "朋友圈三天可见",
    "拍了拍你",
    "群公告：明天早上八点开会，不得缺席",
    "撤回了一条消息",
    "你已添加了对方，现在可以开始聊天了。",
    "对方正在输入…",
    "已领取红包",
    "语音通话 时长 03:42",
    "[图片]",
    "转账 ¥200.00 已被接收",
]


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------

EN_TAILS = ["", "", "", "", " lol", " 🙏", " thx", " 😂", " !!", " ok?", " ty", " 👍", " smh", " fr", " ❤️"]
ZH_TAILS = ["", "", "", "", "哈哈", "😂", "🙏", "！", "。", "～", "[呲牙]", "[捂脸]", "👍", "……"]
EN_TZ = {"S": "America/Chicago", "M": "America/Chicago", "C": "America/Toronto", "Q": "America/Toronto",
         "I": "America/New_York", "F": "America/Los_Angeles", "A": "Europe/London", "O": "Europe/London"}


def en_prefix(ctx):
    """A chat-export style header with the author's name (or handle)."""
    r = ctx.r
    org = r.choice(ctx.origins)
    p = ctx.factory(r, org)
    name_form = r.choice(["first", "full", "full", "lfirst", "ini"])
    name, _ = EN_KINDS[name_form](Ctx(r, [org], lambda rr, oo: p), "z", None)
    tz = EN_TZ[org]
    style = r.randint(0, 4)
    if style == 0:
        if org in "AO":
            d, t = local_date(r, tz, "uk")
            head = "%s, %02d:%02d - " % (d, t.hour, t.minute)
        else:
            d, t = local_date(r, tz, "us")
            head = "%s, %d:%02d\u202f%s - " % (d, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")
        return head + name + ": ", [("PERSON", len(head), name)]
    if style == 1:
        d, t = local_date(r, tz, "uk" if org in "AO" else "us")
        head = "[%s, %d:%02d:%02d %s] " % (d, t.hour % 12 or 12, t.minute, t.second, "AM" if t.hour < 12 else "PM")
        return head + name + ": ", [("PERSON", len(head), name)]
    if style == 2:
        h = en_handle(r, p)
        return h + " — Today at " + local_clock(r, tz) + "\n", [("USERNAME", 0, h)]
    if style == 3:
        return name + ": ", [("PERSON", 0, name)]
    return name + " - ", [("PERSON", 0, name)]


def zh_prefix(ctx):
    r = ctx.r
    reg = r.choice(ctx.origins)
    p = ZhPerson(r, reg)
    form = r.choice(["cfull", "ctitle", "cxiao", "clao", "cgiven", "ckin", "cwai", "cparent", "ca"])
    name, _ = ZH_KINDS[form](Ctx(r, [reg], lambda rr, oo: p), "z", None)
    style = r.randint(0, 3)
    if style == 0:
        t = (BASE_UTC + timedelta(minutes=r.randint(0, 60 * 24 * 300))).astimezone(ZoneInfo("Asia/Shanghai"))
        tail = " %d/%d/%d %02d:%02d\n" % (t.year, t.month, t.day, t.hour, t.minute)
        return name + tail, [("PERSON", 0, name)]
    if style == 1:
        return name + "：", [("PERSON", 0, name)]
    if style == 2:
        return "【" + name + "】", [("PERSON", 1, name)]
    return name + ": ", [("PERSON", 0, name)]


def person_share(tpl, kinds):
    slots = SLOT.findall(tpl)
    typed = [k for k, _key, _o in slots if not k.startswith(("biz", "bless", "clock", "usd", "gbp", "time", "num", "inv", "cbiz", "cmoney", "cnum", "ctime"))]
    people = [k for k in typed if k in PERSON_KINDS]
    return len(people) / max(1, len(typed))


PERSON_KINDS = {"first", "lfirst", "ufirst", "full", "lfull", "last", "nick", "lnick", "ini", "fini", "lastfirst",
                "upfull", "cfull", "cgiven", "cxiao", "clao", "ca", "cdie", "ctitle", "ckin", "cparent", "cwai"}


def build_labelled(seed, templates, none_lines, kinds, factory, prefixer, tails, wrap_p=0.12):
    r = random.Random(seed)
    n_ent = N_LINES - N_EMPTY
    order = list(range(len(templates)))
    lines, seen = [], set()
    rounds = 0
    while len(lines) < n_ent:
        r.shuffle(order)
        for i in order:
            if len(lines) >= n_ent:
                break
            origins, tpl = templates[i]
            # later rounds lean towards identifier-dense templates so that
            # PERSON stays near 40% of all spans
            if rounds > 0 and person_share(tpl, kinds) > 0.5 and r.random() < 0.6:
                continue
            for _attempt in range(20):
                ctx = Ctx(r, list(origins), factory)
                text, ents = render(ctx, tpl, kinds)
                if "\n" not in tpl and r.random() < wrap_p:
                    pre, pre_ents = prefixer(ctx)
                    text, ents = prefix_line(text, ents, pre, [
                        {"type": t, "start": s, "end": s + len(v), "value": v} for t, s, v in pre_ents])
                if "\n" not in tpl and r.random() < 0.3:
                    text = text + r.choice(tails)
                if text not in seen:
                    break
            assert ents, tpl
            seen.add(text)
            lines.append({"text": text, "entities": ents})
        rounds += 1
        assert rounds < 20
    empties = list(none_lines)
    r.shuffle(empties)
    for t in empties[:N_EMPTY]:
        assert t not in seen
        seen.add(t)
        lines.append({"text": t, "entities": []})
    r.shuffle(lines)
    return lines


def build_free(seed, templates, kinds, tails):
    r = random.Random(seed)
    lines, seen = [], set()
    order = list(range(len(templates)))
    r.shuffle(order)
    rounds = 0
    while len(lines) < N_LINES:
        for i in order:
            if len(lines) >= N_LINES:
                break
            tpl = templates[i]
            if rounds > 0 and "[[" not in tpl:
                continue
            for _attempt in range(30):
                text, ents = render(Ctx(r, ["*"], None), tpl, kinds)
                assert not ents
                if "\n" not in tpl and r.random() < 0.25:
                    text = text + r.choice(tails)
                if text not in seen:
                    break
            else:
                continue
            seen.add(text)
            lines.append({"text": text})
        r.shuffle(order)
        rounds += 1
        assert rounds < 10
    r.shuffle(lines)
    return lines


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


def build_all():
    return {
        "en_pii_labelled.jsonl": build_labelled(160001, EN_PII, EN_NONE, EN_KINDS, EnPerson, en_prefix, EN_TAILS),
        "zh_pii_labelled.jsonl": build_labelled(160002, ZH_PII, ZH_NONE, ZH_KINDS, ZhPerson, zh_prefix, ZH_TAILS),
        "en_pii_free_hard.jsonl": build_free(160003, EN_FREE, EF_KINDS, EN_TAILS),
        "zh_pii_free_hard.jsonl": build_free(160004, ZH_FREE, ZF_KINDS, ZH_TAILS),
    }


def main(argv):
    out = argv[1] if len(argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    for name, rows in build_all().items():
        dump(os.path.join(out, name), rows)


if __name__ == "__main__":
    main(sys.argv)
