"""Blind evaluation corpora, set "corpus2" (written from the spec only, stdlib only).

Run ``python tests/independent2/generate.py [OUTDIR]``; without OUTDIR the files are written
next to this script. Output depends only on SEED: no clock, no hash order, no locale, no TZ.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

SEED = 20261207
N_LABELLED_WITH = 340
N_LABELLED_NONE = 60
N_FREE_EN = 400
N_FREE_ZH = 400

Entity = tuple[str | None, str]
Filler = Callable[[random.Random], Entity]

# --------------------------------------------------------------------------- checksums


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


def nhs_number(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(4, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        rem = sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        check = 11 - rem
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    digits = "".join(str(int(c, 36)) for c in moved)
    return f"{98 - int(digits) % 97:02d}"


def aba_routing(rng: random.Random) -> str:
    first = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"])
    body = first + "".join(str(rng.randint(0, 9)) for _ in range(6))
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(d) * k for d, k in zip(body, w, strict=True))
    return body + str((10 - s % 10) % 10)


# --------------------------------------------------------------------------- people

FIRST = [
    "Sarah", "James", "Priya", "Tom", "Aisha", "Callum", "Megan", "Daniel", "Chloe", "Oliver",
    "Fatima", "Ryan", "Ellie", "Marcus", "Hannah", "Kieran", "Zara", "Liam", "Becky", "Jordan",
    "Nadia", "Connor", "Amy", "Devon", "Lucy", "Tyler", "Siobhan", "Rhys", "Imani", "Gareth",
    "Keisha", "Ewan", "Tamsin", "Brandon", "Leanne", "Kwame", "Maddie", "Ravi", "Courtney", "Owen",
]  # fmt: skip
SURNAMES = [
    "Okafor", "Hughes", "Patel", "McAllister", "Whitfield", "Brennan", "Kowalski", "Ahmed",
    "Donnelly", "Fairclough", "Ramirez", "Nguyen", "O'Connell", "Thornton", "Baxter", "Castellano",
    "Holloway", "Adeyemi", "Lindqvist", "Pemberton", "Garcia", "Sullivan", "Chowdhury", "Marsh",
    "Delaney", "Abernathy", "Kaur", "Szymanski", "Oduya", "Featherstone", "Mbeki", "Rourke",
    "Haworth", "Quinlan", "Esposito", "Tran", "Pryce", "Lennox", "Gallagher", "Yilmaz",
]  # fmt: skip
NICKS = [
    "Jonno", "Bex", "Gazza", "Tommo", "Lils", "Robbo", "Jess", "Mags", "Dazza", "Kez", "Benny",
    "Sully", "Stevo", "Nat", "Fi", "Shaz", "Macca", "Deano", "Tash", "Pete",
]  # fmt: skip


def styled(rng: random.Random, name: str) -> str:
    r = rng.random()
    if r < 0.45:
        return name.lower()
    if r < 0.5:
        return name.upper()
    return name


def f_full(rng: random.Random) -> Entity:
    return "PERSON", styled(rng, f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}")


def f_first(rng: random.Random) -> Entity:
    return "PERSON", styled(rng, rng.choice(FIRST))


def f_nick(rng: random.Random) -> Entity:
    return "PERSON", styled(rng, rng.choice(NICKS))


# --------------------------------------------------------------------------- contact


def f_ukmob(rng: random.Random) -> Entity:
    n = f"{rng.randint(0, 999):03d}"
    shape = rng.choice(
        [
            f"07700 900{n}",
            f"07700900{n}",
            f"+44 7700 900{n}",
            f"+447700900{n}",
            f"07700-900-{n}",
            f"(07700) 900 {n}",
            f"+44 (0)7700 900{n}",
            f"0 7700 900 {n}",
        ]
    )
    return "PHONE_NUMBER", shape


def f_ukland(rng: random.Random) -> Entity:
    n = f"{rng.randint(0, 999):03d}"
    shape = rng.choice(
        [
            f"020 7946 0{n}",
            f"0113 496 0{n}",
            f"0161 496 0{n}",
            f"0117 496 0{n}",
            f"(0131) 496 0{n}",
            f"+44 20 7946 0{n}",
            f"01632 960{n}",
        ]
    )
    return "PHONE_NUMBER", shape


def f_usph(rng: random.Random) -> Entity:
    a = rng.choice(["212", "312", "415", "617", "702", "503", "303", "404", "713", "206"])
    n = f"{rng.randint(0, 99):02d}"
    shape = rng.choice(
        [
            f"({a}) 555-01{n}",
            f"{a}-555-01{n}",
            f"{a}.555.01{n}",
            f"+1 {a} 555 01{n}",
            f"{a}55501{n}",
            f"1-{a}-555-01{n}",
            f"+1 ({a}) 555-01{n}",
        ]
    )
    return "PHONE_NUMBER", shape


def f_email(rng: random.Random) -> Entity:
    fi = rng.choice(FIRST).lower()
    la = rng.choice(SURNAMES).lower().replace("'", "")
    dom = rng.choice(["example.com", "example.org", "example.net", "mail.example.com"])
    local = rng.choice(
        [
            f"{fi}.{la}",
            f"{fi}{rng.randint(70, 99)}",
            f"{fi[0]}{la}",
            f"{fi}_{la}{rng.randint(1, 9)}",
            f"{la}.{fi}",
            f"{rng.choice(NICKS).lower()}.{la[:4]}",
            f"{fi}+shopping",
        ]
    )
    val = f"{local}@{dom}"
    if rng.random() < 0.1:
        val = val.capitalize()
    return "EMAIL_ADDRESS", val


UK_STREETS = [
    "Larkspur", "Hollins", "Kelvin", "Ashdown", "Briar", "Cranleigh", "Oakfield", "Mill",
    "Station", "Chapel", "Willow", "Fernhill", "Beacon", "Orchard", "Mafeking", "Tennyson",
]  # fmt: skip
UK_SUFFIX = ["Road", "Rd", "Street", "St", "Lane", "Close", "Drive", "Crescent", "Way", "Grove"]
UK_TOWNS = [
    ("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Sheffield", "S"),
    ("Cardiff", "CF"), ("Glasgow", "G"), ("Norwich", "NR"), ("Leicester", "LE"),
    ("Brighton", "BN"), ("Nottingham", "NG"), ("Croydon", "CR"), ("Swansea", "SA"),
    ("Derby", "DE"), ("Exeter", "EX"), ("Belfast", "BT"), ("Aberdeen", "AB"),
]  # fmt: skip
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode(rng: random.Random, area: str) -> str:
    inward = str(rng.randint(1, 9)) + rng.choice(PC_LETTERS) + rng.choice(PC_LETTERS)
    return f"{area}{rng.randint(1, 20)} {inward}"


def f_ukaddr(rng: random.Random) -> Entity:
    town, area = rng.choice(UK_TOWNS)
    st = f"{rng.choice(UK_STREETS)} {rng.choice(UK_SUFFIX)}"
    num = rng.randint(1, 180)
    pc = uk_postcode(rng, area)
    shape = rng.randrange(5)
    if shape == 0:
        val = f"{num} {st}, {town}, {pc}"
    elif shape == 1:
        val = f"{num} {st}, {town} {pc}".lower()
    elif shape == 2:
        val = f"Flat {rng.randint(1, 12)}, {num} {st}, {town} {pc}"
    elif shape == 3:
        val = f"flat {rng.randint(1, 9)}{rng.choice('abc')} {num} {st} {town} {pc.lower()}".lower()
    else:
        val = f"{num} {st}\n{town}\n{pc}"
    return "LOCATION", val


US_STREETS = [
    "Larkspur", "Maple", "Cedar Ridge", "Willow Creek", "Elm", "Sycamore", "Juniper",
    "Pinecrest", "Lakeview", "Hawthorne", "Magnolia", "Bluebonnet",
]  # fmt: skip
US_SUFFIX = ["Ave", "St", "Dr", "Ln", "Blvd", "Ct", "Rd", "Way", "Street", "Avenue"]
US_CITIES = [
    ("Dayton", "OH", "454"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"),
    ("Boise", "ID", "837"), ("Tacoma", "WA", "984"), ("Albany", "NY", "122"),
    ("Fresno", "CA", "937"), ("Lubbock", "TX", "794"), ("Madison", "WI", "537"),
    ("Savannah", "GA", "314"), ("Omaha", "NE", "681"), ("Eugene", "OR", "974"),
]  # fmt: skip


def f_usaddr(rng: random.Random) -> Entity:
    city, stt, z = rng.choice(US_CITIES)
    num = rng.randint(100, 9899)
    st = f"{rng.choice(US_STREETS)} {rng.choice(US_SUFFIX)}"
    zipc = f"{z}{rng.randint(1, 99):02d}"
    shape = rng.randrange(4)
    if shape == 0:
        val = f"{num} {st}, {city}, {stt} {zipc}"
    elif shape == 1:
        val = f"{num} {st} Apt {rng.randint(1, 40)}{rng.choice('ABCD')}, {city}, {stt} {zipc}"
    elif shape == 2:
        val = f"{num} {st} {city} {stt} {zipc}".lower()
    else:
        val = f"{num} W {st}, Unit {rng.randint(1, 9)}, {city} {stt} {zipc}"
    return "LOCATION", val


# --------------------------------------------------------------------------- UK ids

NINO_A = "ABCEGHJKLMNOPRSTWXYZ"
NINO_B = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]


def f_nino(rng: random.Random) -> Entity:
    while True:
        p = rng.choice(NINO_A) + rng.choice(NINO_B)
        if p not in NINO_BAD:
            break
    d = "".join(str(rng.randint(0, 9)) for _ in range(6))
    s = rng.choice("ABCD")
    val = rng.choice(
        [f"{p}{d}{s}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{p}{d}{s}".lower(), f"{p} {d} {s}"]
    )
    return "UK_NINO", val


def f_nhs(rng: random.Random) -> Entity:
    n = nhs_number(rng)
    val = rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])
    return "UK_NHS", val


def f_ukpass(rng: random.Random) -> Entity:
    return "UK_PASSPORT", str(rng.randint(1, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def f_ukdl(rng: random.Random) -> Entity:
    sur = re.sub("[^A-Z]", "", rng.choice(SURNAMES).upper())[:5].ljust(5, "9")
    year = rng.randint(1965, 2003)
    month = rng.randint(1, 12) + (50 if rng.random() < 0.5 else 0)
    day = rng.randint(1, 28)
    initials = rng.choice(FIRST)[0] + rng.choice([rng.choice("ABCDEJKLMPRST"), "9"])
    check = rng.choice("ABCDEFGHJKLMNPRSTWXY") + rng.choice("ABCDEFGHJKLMNPRSTWXY")
    val = f"{sur}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{initials}9{check}"
    if rng.random() < 0.3:
        val = f"{val[:5]} {val[5:11]} {val[11:]}"
    return "UK_DRIVING_LICENCE", val


# --------------------------------------------------------------------------- US ids


def f_ssn(rng: random.Random) -> Entity:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    a3, g2, s4 = f"{area:03d}", f"{g:02d}", f"{s:04d}"
    return "US_SSN", rng.choice([f"{a3}-{g2}-{s4}", f"{a3} {g2} {s4}", f"{a3}{g2}{s4}"])


def f_itin(rng: random.Random) -> Entity:
    a3 = f"9{rng.randint(0, 99):02d}"
    g2 = str(rng.choice([*range(70, 89), *range(90, 93), *range(94, 100)]))
    s4 = f"{rng.randint(0, 9999):04d}"
    return "US_ITIN", rng.choice([f"{a3}-{g2}-{s4}", f"{a3} {g2} {s4}", f"{a3}{g2}{s4}"])


def f_uspass(rng: random.Random) -> Entity:
    digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
    if rng.random() < 0.5:
        return "US_PASSPORT", rng.choice("ACEFHKLMNPRSTWXZ") + digits
    return "US_PASSPORT", str(rng.randint(1, 9)) + digits


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def f_usdl_ca(rng: random.Random) -> Entity:
    return "US_DRIVER_LICENSE", rng.choice("ABDEFGNRSWY") + _digits(rng, 7)


def f_usdl_ny(rng: random.Random) -> Entity:
    d = _digits(rng, 9)
    return "US_DRIVER_LICENSE", rng.choice([d, f"{d[:3]} {d[3:6]} {d[6:]}"])


def f_usdl_fl(rng: random.Random) -> Entity:
    d = _digits(rng, 12)
    letter = rng.choice("BGHMSW")
    return "US_DRIVER_LICENSE", rng.choice(
        [f"{letter}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}", f"{letter}{d}"]
    )


def f_usdl_tx(rng: random.Random) -> Entity:
    return "US_DRIVER_LICENSE", str(rng.randint(1, 4)) + _digits(rng, 7)


def f_usdl_il(rng: random.Random) -> Entity:
    d = _digits(rng, 11)
    letter = rng.choice("BDHMRS")
    return "US_DRIVER_LICENSE", rng.choice([f"{letter}{d[:3]}-{d[3:7]}-{d[7:]}", f"{letter}{d}"])


# --------------------------------------------------------------------------- money


def f_visa(rng: random.Random) -> Entity:
    return card(rng, "visa")


def f_amex(rng: random.Random) -> Entity:
    return card(rng, "amex")


def f_card(rng: random.Random) -> Entity:
    return card(rng, rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"]))


def card(rng: random.Random, kind: str) -> Entity:
    if kind == "amex":
        body = rng.choice(["34", "37"]) + _digits(rng, 12)
        n = body + luhn_digit(body)
        return "CREDIT_CARD", rng.choice(
            [f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"]
        )
    if kind == "visa":
        prefix = "4" + _digits(rng, 5)
    elif kind == "mc":
        prefix = f"5{rng.randint(1, 5)}" + _digits(rng, 4)
    else:
        prefix = "6011" + _digits(rng, 2)
    body = prefix + _digits(rng, 15 - len(prefix))
    n = body + luhn_digit(body)
    g = [n[i : i + 4] for i in range(0, 16, 4)]
    return "CREDIT_CARD", rng.choice([" ".join(g), "-".join(g), n, " ".join(g)])


def f_iban(rng: random.Random) -> Entity:
    cc = rng.choice(["GB", "GB", "DE", "NL", "IE", "GB"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + _digits(rng, 14)
    elif cc == "DE":
        bban = _digits(rng, 18)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + _digits(rng, 10)
    else:
        bban = rng.choice(["AIBK", "BOFI"]) + _digits(rng, 14)
    iban = cc + iban_check(cc, bban) + bban
    r = rng.random()
    if r < 0.5:
        val = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    elif r < 0.9:
        val = iban
    else:
        val = iban.lower()
    return "IBAN_CODE", val


def f_sort(rng: random.Random) -> Entity:
    a, b, c = f"{rng.randint(10, 99)}", f"{rng.randint(0, 99):02d}", f"{rng.randint(0, 99):02d}"
    return "BANK_ACCOUNT", rng.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])


def f_acc(rng: random.Random) -> Entity:
    return "BANK_ACCOUNT", str(rng.randint(1, 9)) + _digits(rng, 7)


def f_routing(rng: random.Random) -> Entity:
    return "BANK_ACCOUNT", aba_routing(rng)


def f_usacc(rng: random.Random) -> Entity:
    return "BANK_ACCOUNT", str(rng.randint(1, 9)) + _digits(rng, rng.randint(8, 11))


# --------------------------------------------------------------------------- vehicles, online

PLATE_L = "ABCDEFGHJKLMNOPRSTUVWXY"


def f_ukplate(rng: random.Random) -> Entity:
    age = rng.choice(["15", "65", "17", "67", "19", "69", "21", "71", "22", "72", "24", "74"])
    p = rng.choice("ABCDEFGHKLMNOPRSVWY") + rng.choice(PLATE_L) + age
    tail = "".join(rng.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
    val = rng.choice([f"{p} {tail}", f"{p}{tail}", f"{p} {tail}".lower()])
    return "LICENSE_PLATE", val


def f_usplate(rng: random.Random) -> Entity:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    three = "".join(rng.choice(L) for _ in range(3))
    val = rng.choice(
        [
            f"{rng.randint(4, 9)}{three}{_digits(rng, 3)}",
            f"{three}-{_digits(rng, 4)}",
            f"{three} {_digits(rng, 4)}",
            f"{_digits(rng, 3)} {three}",
        ]
    )
    return "LICENSE_PLATE", val


HANDLE_WORDS = [
    "bakes", "runs", "fc", "xo", "travels", "_", "official", "draws", "lifts", "gaming", "eats",
]  # fmt: skip


def handle_body(rng: random.Random) -> str:
    fi = rng.choice(FIRST).lower()
    la = rng.choice(SURNAMES).lower().replace("'", "")
    return rng.choice(
        [
            f"{fi}_{la[0]}{rng.randint(80, 99)}",
            f"{fi}{la}",
            f"{fi}.{la}",
            f"{fi}x{rng.choice(HANDLE_WORDS)}",
            f"{rng.choice(NICKS).lower()}_{rng.randint(1, 999)}",
            f"{la}_{fi}",
            f"its{fi}{rng.randint(1, 99)}",
            f"{fi[:3]}{la[:3]}_{rng.choice(HANDLE_WORDS)}",
        ]
    ).replace("__", "_")


def f_handle(rng: random.Random) -> Entity:
    return "USERNAME", "@" + handle_body(rng)


GT_WORDS = ["Shadow", "Viper", "Owl", "Fox", "Wolf", "Ghost", "Panda", "Rogue", "Toast", "Noodle"]


def f_gtag(rng: random.Random) -> Entity:
    nk = rng.choice(NICKS)
    w = rng.choice(GT_WORDS)
    return "USERNAME", rng.choice(
        [
            f"xX{nk}{w}Xx",
            f"{w}{nk}{rng.randint(1, 99)}",
            f"{nk}_the_{w.lower()}",
            f"Quiet{w}_{rng.randint(10, 99)}",
            f"{nk.lower()}{w.lower()}{rng.randint(100, 999)}",
        ]
    )


def profile_urls(rng: random.Random) -> dict[str, list[str]]:
    fi = rng.choice(FIRST).lower()
    la = rng.choice(SURNAMES).lower().replace("'", "")
    h = handle_body(rng)
    return {
        "ig": [f"https://www.instagram.com/{h}", f"instagram.com/{h}/"],
        "fb": [
            f"https://www.facebook.com/{fi}.{la}.{rng.randint(1, 99)}",
            f"facebook.com/{fi}{la}",
        ],
        "li": [
            f"https://www.linkedin.com/in/{fi}-{la}-{rng.randrange(16**5):05x}",
            f"linkedin.com/in/{fi}{la}",
        ],
        "tt": [f"https://www.tiktok.com/@{h}", f"tiktok.com/@{h}"],
        "other": [
            f"https://github.com/{fi}{la[:3]}",
            f"https://x.com/{h}",
            f"https://{fi}{la}.example.com/about",
        ],
    }


def profile(site: str | None) -> Filler:
    def pick(rng: random.Random) -> Entity:
        urls = profile_urls(rng)
        pool = urls[site] if site else [u for group in urls.values() for u in group]
        return "URL", rng.choice(pool)

    return pick


def f_ip4(rng: random.Random) -> Entity:
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "IP_ADDRESS", f"{net}.{rng.randint(1, 254)}"


def f_ip6(rng: random.Random) -> Entity:
    a = f"{rng.randrange(16**4):x}"
    b = f"{rng.randrange(16**4):x}"
    return "IP_ADDRESS", rng.choice(
        [f"2001:db8::{a}", f"2001:db8:{a}::{b}", f"2001:db8:0:{a}:0:0:0:{b}"]
    )


# --------------------------------------------------------------------------- neutral fillers


def plain(values: list[str]) -> Filler:
    def pick(rng: random.Random) -> Entity:
        return None, rng.choice(values)

    return pick


def f_amt(rng: random.Random) -> Entity:
    return None, rng.choice(["£", "$", "£", "$", ""]) + rng.choice(
        ["12", "20", "45.50", "7.99", "150", "2.40", "60", "31.25", "9", "85"]
    )


FILLERS: dict[str, Filler] = {
    "FULL": f_full,
    "FIRST": f_first,
    "NICK": f_nick,
    "UKMOB": f_ukmob,
    "UKLAND": f_ukland,
    "USPH": f_usph,
    "EMAIL": f_email,
    "UKADDR": f_ukaddr,
    "USADDR": f_usaddr,
    "NINO": f_nino,
    "NHS": f_nhs,
    "UKPASS": f_ukpass,
    "UKDL": f_ukdl,
    "SSN": f_ssn,
    "ITIN": f_itin,
    "USPASS": f_uspass,
    "DLCA": f_usdl_ca,
    "DLNY": f_usdl_ny,
    "DLFL": f_usdl_fl,
    "DLTX": f_usdl_tx,
    "DLIL": f_usdl_il,
    "CARD": f_card,
    "IBAN": f_iban,
    "SORT": f_sort,
    "ACC": f_acc,
    "ROUTING": f_routing,
    "USACC": f_usacc,
    "UKPLATE": f_ukplate,
    "USPLATE": f_usplate,
    "HANDLE": f_handle,
    "GTAG": f_gtag,
    "PROFILE": profile(None),
    "IGURL": profile("ig"),
    "FBURL": profile("fb"),
    "LIURL": profile("li"),
    "TTURL": profile("tt"),
    "VISA": f_visa,
    "AMEX": f_amex,
    "IP4": f_ip4,
    "IP6": f_ip6,
    "AMT": f_amt,
    "DAY": plain(["mon", "tues", "wed", "thurs", "fri", "sat", "sun", "Friday", "Monday"]),
}

SLOT = re.compile(r"\{([A-Z0-9_]+)\}")


def fill(
    template: str, rng: random.Random, fillers: dict[str, Filler]
) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    ents: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in SLOT.finditer(template):
        lit = template[pos : m.start()]
        out.append(lit)
        length += len(lit)
        etype, value = fillers[m.group(1)](rng)
        if etype is not None:
            ents.append(
                {"type": etype, "start": length, "end": length + len(value), "value": value}
            )
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), ents


# --------------------------------------------------------------------------- labelled templates

LABELLED_TEMPLATES = [
    # people and phones
    "hey its {FIRST}, new number {UKMOB} save it x",
    "{FIRST} can u send me {FULL}'s number pls",
    "ring {NICK} on {UKMOB} hes got the keys",
    "my new no is {USPH} text me when ur here",
    "call me back on {UKLAND} after 6 pls",
    "{FULL} - {UKMOB}",
    "plumber is {FULL}, mob {UKMOB}, says hell come {DAY}",
    "if im not picking up try my work line {USPH} ext 4",
    "babysitter: {FIRST} {UKMOB} (only til 10pm!!)",
    "lol {NICK} just called from {USPH} thought it was spam 😂",
    "contacts for sat:\n- {FULL} {UKMOB}\n- {FULL} {UKMOB}",
    "whats {FIRST}s number again? is it {UKMOB}",
    "tell {FIRST} to call {UKLAND} re the boiler",
    "omw! if u get lost call {USPH}",
    "cheers {NICK} 🙌 ill ring u on {UKMOB} tmrw",
    "Contact: {FULL}, Tel: {UKLAND}, Email: {EMAIL}",
    "{FIRST} & {FIRST} are coming too, {FIRST} said they'd drive",
    "happy bday {NICK}!!! 🎂🎉 love u loads",
    "thanks so much {FULL} for the lift yesterday ❤️",
    "RIP to my phone, msg me on {EMAIL} till i get a new one",
    "had lunch w {FULL} today, theyre moving to canada 😢",
    "congrats {FIRST} and {FIRST}!! 🥂",
    "is {NICK} still going out w {FIRST}??",
    "{FIRST} pls stop eating my yoghurts",
    "shoutout to {FULL} for organising the quiz night 👏",
    # email
    "email is {EMAIL} if u want to send the pics",
    "send the invoice to {EMAIL} pls, not my work one",
    "my email changed → {EMAIL}",
    "can u forward it to {EMAIL} and cc {EMAIL}",
    "{FULL} <{EMAIL}>",
    "contact the landlord {FULL} at {EMAIL} or {UKMOB}",
    "pls reply to {EMAIL} thx",
    "its {EMAIL} no caps",
    # addresses
    "parcel goes to {UKADDR} pls",
    "new address!! {UKADDR} come visit 🏠",
    "im at {USADDR}, the blue door",
    "ship to: {USADDR}",
    "party at mine sat, {UKADDR}, bring a bottle",
    "deliver to {FULL}, {UKADDR}",
    "my mums address is {UKADDR} for the card",
    "moved out, forward post to {USADDR} thx",
    "pick me up from {UKADDR} at 8?",
    "return address: {FULL}\n{UKADDR}",
    "Address: {USADDR}\nPhone: {USPH}",
    "we're staying at {USADDR} for the week if ur around",
    # UK ids
    "NI number is {NINO} for the payroll form",
    "my ni no. {NINO} - can u fill it in",
    "hr need my national insurance number?? its {NINO} i think",
    "nhs number {NHS} for the gp letter",
    "my NHS no: {NHS}",
    "pharmacy asked for her nhs number, its {NHS}",
    "uk passport no {UKPASS} expires next yr 😬",
    "UK passport number: {UKPASS}",
    "for the booking they need ur passport number, mines {UKPASS} (uk one)",
    "driving licence no. {UKDL}",
    "licence number is {UKDL} if the hire place asks",
    "my driving licence: {UKDL}, dvla still hasnt sent the new one",
    "{FULL}, NI {NINO}, NHS {NHS}",
    # US ids
    "ssn {SSN} for the lease app",
    "my social is {SSN} dont share it lol",
    "SSN: {SSN}",
    "she needs my social for the tax thing, its {SSN}",
    "itin {ITIN} for the 1040",
    "my ITIN number: {ITIN}",
    "us passport # {USPASS}",
    "US passport no. {USPASS} exp 2031",
    "ca drivers license {DLCA}",
    "my NY license number is {DLNY}",
    "FL DL# {DLFL}",
    "texas dl {DLTX} for the rental",
    "illinois drivers license: {DLIL}",
    "{FULL} SSN {SSN} DOB on file",
    # money
    "card number {CARD} exp 09/27",
    "use my card {CARD} for the deposit",
    "visa {VISA} pls dont screenshot this",
    "{CARD} - thats the joint account card",
    "pay {FIRST} back to {IBAN} pls",
    "IBAN: {IBAN}",
    "my iban is {IBAN} for the rent",
    "send the deposit to {FULL}, iban {IBAN}",
    "sort code {SORT} acc {ACC}",
    "sort code: {SORT}\naccount no: {ACC}\nref: flat",
    "{FULL} {SORT} {ACC} - thats for the gas bill split",
    "bank details: {SORT} / {ACC}",
    "pay me back on {SORT} {ACC} ta",
    "routing {ROUTING} account {USACC}",
    "routing number: {ROUTING}, acct: {USACC} (checking)",
    "direct deposit → {ROUTING} / {USACC}",
    "venmo didnt work so wire it to routing {ROUTING} acct {USACC}",
    "paid {FIRST} {AMT} for the taxi",
    "{FULL} owes me {AMT} still",
    "from {FULL}: pizza n beers 🍕🍺",
    "{NICK} 🍻",
    # vehicles
    "my car reg is {UKPLATE}",
    "some1 just scraped my car, reg {UKPLATE} 😡",
    "the van outside was {UKPLATE} if the police ask",
    "plate {USPLATE} blocking my driveway again",
    "new car!!! reg {UKPLATE} 🚗",
    "parking permit for {UKPLATE} pls",
    "license plate {USPLATE}, silver honda",
    "{FIRST}s car is {UKPLATE}, let them into the car park",
    # online
    "follow me {HANDLE} 💅",
    "add me on snap {HANDLE}",
    "my gamertag is {GTAG}",
    "gt: {GTAG} add me for tonight",
    "ig: {HANDLE}",
    "thanks {HANDLE} for the recs!!",
    "{HANDLE} {HANDLE} look at this 😂",
    "my psn is {GTAG} btw",
    "steam name {GTAG} join the lobby",
    "my insta {IGURL}",
    "here's my linkedin {LIURL}",
    "check out her page {PROFILE} 🔥",
    "profile: {PROFILE}",
    "found him {PROFILE} lol",
    "tiktok → {TTURL}",
    "login from {IP4} wasnt me??",
    "my ip is {IP4} can u whitelist it",
    "server blocked {IP6} again",
    "suspicious sign in, ip {IP4}, location unknown",
    "vpn shows {IP4} but home is {IP4}",
    "ipv6: {IP6}",
    # mixed
    "{FULL}\n{UKADDR}\n{UKMOB}\n{EMAIL}",
    "hi {FIRST}! my details for the form: {FULL}, {EMAIL}, {UKMOB}",
    "Name: {FULL}\nPhone: {USPH}\nAddress: {USADDR}",
    "{FIRST} said their insta is {HANDLE} and their number {UKMOB}",
    "tenant: {FULL}, ni {NINO}, sort code {SORT}, acc {ACC}",
    "pls update: {FULL}, {EMAIL}, uk passport {UKPASS}",
    "new starter {FULL} - ssn {SSN}, routing {ROUTING}, acct {USACC}",
    "car {UKPLATE} belongs to {FULL} at {UKADDR}",
    "{NICK} ({HANDLE}) still owes me for the tickets",
    "can someone give {FIRST} my email ({EMAIL})",
    "emergency contact: {FULL} {USPH}",
    "if {FIRST} calls from {UKMOB} tell them im out",
    "lmk if {FULL} emails u from {EMAIL}, i blocked them",
    "gamertag {GTAG}, discord {HANDLE}",
    "wifi log shows {IP4} for {FIRST}s laptop",
    "the card {CARD} is {FIRST}s not mine",
    "{FULL} sent u {AMT} - thanks for dinner!",
    "got a txt from {USPH} pretending to be the bank 🙄",
    "dear {FIRST}, thanks for ur email. regards, {FULL}",
    "itin is {ITIN}, ssn still pending",
    "W-7 came back 🙌 my ITIN: {ITIN}",
    "us passport {USPASS} (renewed last yr)",
    "need ur US passport # for the cruise, mine is {USPASS}",
    "DVLA says licence {UKDL} has 3 points on it 😬",
    "driving licence number {UKDL} for the car hire",
    "refund to IBAN {IBAN} pls, ref deposit",
    "{FULL}\nIBAN {IBAN}",
    "new card {CARD} cvv is on the back lol",
    "amex {AMEX}",
    "linkedin: {LIURL} (pls endorse me 😅)",
    "his facebook is {FBURL}",
    "recieved ur parcel at {UKADDR} thx",
    "whats ur adress? mine is {USADDR}",
    "pleaes call {FIRST} on {USPH} asap",
    "{FIRST}, {FIRST} and me at {NICK}s for pres 🍾",
    "nhs no {NHS}, dob is on the letter",
    "hiya, {FULL} here from the flat viewing, my numbr is {UKMOB}",
    "u can reach {NICK} on {EMAIL} or {HANDLE} on insta",
    "ur mum says send the xmas card to {UKADDR} not the old place",
    "Sent from {FULL}'s iPhone",
    "plz send to my paypal {EMAIL} 🙏",
    "zelle me at {USPH}",
    "venmo {HANDLE} for the tix",
    "cashapp is {HANDLE}",
    "reg: {UKPLATE}, {FULL} blue corsa",
    "{FULL} (ssn {SSN}) - add to the W-2 list",
    "login attempt from {IP4} and {IP6} 🤔",
    "yo {NICK} wyd",
    "morning {FIRST} ☀️ u up?",
    "{FIRST}!!! u left ur charger at mine",
    "{FULL} and {FULL} are on the rota for {DAY}",
]

NO_PII = [
    "lol same",
    "omw, 10 mins",
    "can u grab milk on the way back",
    "who's coming to the pub later?",
    "that film was sooo long 😴",
    "running late, trains cancelled again",
    "happy friday everyone 🎉",
    "did anyone see the match last night",
    "ugh my phone is on 2%",
    "thanks for dinner, was lovely x",
    "pls dont forget the bins tmrw",
    "ok sounds good 👍",
    "lmaooo",
    "this weather is grim",
    "anyone fancy a takeaway tonight?",
    "heading to the gym, back by 7",
    "the heating is broken again 🙃",
    "can we move the meeting to the afternoon",
    "sent the money, check ur app",
    "split the bill 4 ways?",
    "nah im skint til payday",
    "just landed ✈️",
    "dog ate my sock again",
    "new phone who dis",
    "the wifi keeps dropping, anyone else?",
    "brb",
    "tbh i preferred the first series",
    "my train's delayed 40 mins, dont wait for me",
    "gonna be a late one",
    "bought too much cheese again",
    "rent sorted for this month",
    "parcel came, ty!",
    "who left the door open",
    "we need more loo roll",
    "kids are finally asleep 🙏",
    "i cant believe its nearly christmas",
    "that was the best burger ive ever had",
    "anyone got a spare hdmi cable",
    "cba with cooking tonight",
    "tickets go on sale at 9 tomorrow",
    "is the quiz still on thurs?",
    "sorry missed ur call, driving",
    "ok cool cool cool",
    "proper knackered today",
    "the cat brought in a frog 🐸",
    "pizza or curry?",
    "just finished my first 10k 🏃",
    "bus is rammed",
    "gonna cancel netflix, never use it",
    "can u water the plants while im away",
    "thx for the birthday wishes everyone ❤️",
    "oven's on, dinner in 20",
    "ngl that exam was rough",
    "someone's car alarm has been going for an hour",
    "booked the table for 7:30",
    "its freezing in the office",
    "my order still hasnt arrived 😤",
    "tea? ☕",
    "love this song",
    "see u all at the weekend",
    "jk jk",
    "who's driving sat?",
    "ill bring dessert",
    "wish i'd stayed in bed",
    "meeting moved to 3pm",
]


def build_labelled(rng: random.Random) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    while len(rows) < N_LABELLED_WITH:
        order = list(LABELLED_TEMPLATES)
        rng.shuffle(order)
        for t in order:
            if len(rows) >= N_LABELLED_WITH:
                break
            for _ in range(5):
                text, ents = fill(t, rng, FILLERS)
                if text not in seen:
                    seen.add(text)
                    rows.append({"text": text, "entities": ents})
                    break
    none = list(NO_PII)
    rng.shuffle(none)
    for text in none[:N_LABELLED_NONE]:
        rows.append({"text": text, "entities": []})
    rng.shuffle(rows)
    return rows


# --------------------------------------------------------------------------- English PII-free

# fmt: off
EN: dict[str, Filler] = {
    "SHOP": plain(["Tesco", "Sainsbury's", "Aldi", "Lidl", "Primark", "Argos", "Boots", "Ikea",
                   "Target", "Walmart", "Trader Joe's", "Waitrose", "Currys", "JD Sports",
                   "Halfords", "Lush", "Costco", "Marks & Spencer", "B&Q", "Home Depot"]),
    "EATERY": plain(["Greggs", "Nando's", "Costa", "Pret", "Starbucks", "McDonald's", "Wetherspoons",
                     "Chick-fil-A", "Taco Bell", "Wagamama", "Five Guys", "Dunkin'", "Pizza Express"]),
    "APP": plain(["Spotify", "Netflix", "Deliveroo", "Uber", "Monzo", "Revolut", "PayPal", "Duolingo",
                  "WhatsApp", "Strava", "Disney+", "Just Eat", "Vinted", "Zoom"]),
    "GADGET": plain(["iPhone 15 Pro", "Galaxy S24", "AirPods", "PS5", "Switch OLED",
                     "Kindle Paperwhite", "MacBook Air", "Air Fryer", "Apple Watch", "Dyson V15",
                     "Pixel 8", "Nintendo Switch", "Xbox Series X", "Ninja blender"]),
    "CAR": plain(["Ford Fiesta", "Tesla Model 3", "Vauxhall Corsa", "Toyota Prius", "VW Golf",
                  "Nissan Leaf", "Kia Sportage", "Honda Civic", "Mini Cooper"]),
    "TEAM": plain(["Arsenal", "Spurs", "Man Utd", "Leeds United", "Celtic", "Liverpool", "Chelsea",
                   "Aston Villa", "Everton", "Nottingham Forest", "the Lakers", "the Yankees",
                   "the Packers", "the Red Sox", "the Cowboys", "the Warriors", "Wigan Warriors",
                   "England", "Wales", "the Eagles", "Newcastle", "Sunderland", "Rangers"]),
    "CITY": plain(["London", "Manchester", "Paris", "Lisbon", "Chicago", "Austin", "Charlotte",
                   "Florence", "Victoria", "Orlando", "Lincoln", "Chester", "Phoenix", "Sydney",
                   "Adelaide", "Madison", "Savannah", "Dublin", "Edinburgh", "Barcelona",
                   "Kingston", "Denver", "Vienna", "Reading", "Santiago", "Alexandria"]),
    "COUNTRY": plain(["Jordan", "Georgia", "Chad", "Kenya", "Portugal", "Japan", "Iceland",
                      "Mexico", "Peru", "Morocco", "Vietnam"]),
    "LANDMARK": plain(["Big Ben", "Tower Bridge", "the Shard", "Stonehenge", "the Eiffel Tower",
                       "the Golden Gate Bridge", "Times Square", "Central Park",
                       "Edinburgh Castle", "the Angel of the North", "the London Eye",
                       "Niagara Falls", "the Grand Canyon", "Hadrian's Wall"]),
    "FILM": plain(["Inception", "The Godfather", "Frozen", "Jaws", "Toy Story", "Dune",
                   "Top Gun", "Gone Girl", "Mamma Mia", "Paddington 2", "Home Alone", "Elf",
                   "Love Actually", "The Holiday", "Die Hard"]),
    "SHOW": plain(["Line of Duty", "Stranger Things", "Succession", "The Traitors", "Bake Off",
                   "Love Island", "Gogglebox", "Top Gear", "The Office", "Breaking Bad"]),
    "SONG": plain(["Bohemian Rhapsody", "Wonderwall", "Mr. Brightside", "Dancing Queen",
                   "Blinding Lights", "Shape of You", "Hotel California", "Purple Rain",
                   "Don't Stop Me Now", "Sweet Child O' Mine", "Africa"]),
    "BOOK": plain(["Pride and Prejudice", "The Hobbit", "Great Expectations", "Little Women",
                   "Wuthering Heights", "The Hunger Games", "Lord of the Flies", "Normal People"]),
    "DAY": plain(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    "MONTH": plain(["January", "March", "April", "May", "June", "July", "August", "October",
                    "December"]),
    "HOLIDAY": plain(["Christmas", "Easter", "Bonfire Night", "Thanksgiving", "Halloween",
                      "Boxing Day", "Diwali", "Eid", "Hanukkah", "St Patrick's Day",
                      "Valentine's Day", "Father's Day", "Mother's Day", "Memorial Day",
                      "Labor Day", "New Year's Eve", "Burns Night", "Pancake Day"]),
    "JOB": plain(["the Head of HR", "my Line Manager", "the new Regional Director",
                  "the Duty Pharmacist", "our Team Lead", "the Site Manager", "the Chief Exec",
                  "the Deputy Head", "the Store Manager", "the Practice Nurse",
                  "the Finance Director", "the Vicar", "the Head Chef", "the Shift Supervisor"]),
    "SMALLPRICE": plain(["£4.99", "£12", "€18.50", "$7.25", "£1.85", "$15", "£23.40", "£0.99",
                         "$9.99", "£3.20"]),
    "BIGPRICE": plain(["$1,299", "£350", "£2,400", "€1,150", "£799", "$649", "£1,050"]),
    "TIME": plain(["7:30", "19:45", "6am", "half 8", "10.15pm", "noon", "3pm", "08:05"]),
    "DATE": plain(["12/03", "2024-03-15", "14th March", "1st May", "03/11/2023", "Sept 9th",
                   "the 28th"]),
    "SCORE": plain(["2-1", "3-0", "1-1", "4–2", "0-0", "3-2", "5-1"]),
    "USSCORE": plain(["27-24", "108-102", "31-17", "4-3", "99-97"]),
    "OSVER": plain(["iOS 17.4.1", "Android 14", "iOS 18", "Windows 11 23H2",
                    "build 10.0.19045.3803", "macOS 14.3"]),
    "APPVER": plain(["v2.4.1", "1.21.4", "version 5.0.2", "v10.3", "3.2.0-beta"]),
    "PYVER": plain(["3.11", "3.12", "3.9", "3.13"]),
    "STEPS": plain(["12,483", "8,061", "23,917", "15,002", "4,310", "31,775", "10,000"]),
    "RUN": plain(["5k in 27:41", "10k in 58:12", "half marathon in 1:52:40", "deadlift 120kg",
                  "a 7:45 mile", "parkrun in 24:03"]),
    "TEMP": plain(["38°C", "-3°C", "31 degrees", "104°F", "minus 6", "29°C"]),
    "DIST": plain(["14.2 miles", "3.1 miles", "26.2 miles", "8km", "120 miles"]),
    "FLIGHT": plain(["BA283", "EZY 6021", "FR 8312", "UA 901", "DL44", "VS3", "EI 154", "LH 921"]),
    "ORDER": plain(["203-4819372-1183920", "#UK48213", "ORD-7731-0925", "#100238", "A-55190-X",
                    "112-0048261-7735104", "#84472", "W-2231-88"]),
    "TRACK": plain(["TT381295074GB", "1Z 4X8 67A 03 4019 2284", "JD0146000062819473",
                    "H00AB1234567", "EV-55X-2290"]),
    "SITE": plain(["bbc.co.uk", "gov.uk", "amazon.co.uk", "wikipedia.org", "github.com",
                   "nhs.uk", "theguardian.com", "rightmove.co.uk", "reddit.com", "nytimes.com",
                   "weather.gov", "nationalrail.co.uk", "metoffice.gov.uk"]),
    "TAG": plain(["#MondayMotivation", "#bakeoff", "#COYS", "#throwbackthursday", "#nofilter",
                  "#GBBO", "#ootd", "#Euro2024", "#StrictlyComeDancing", "#WorldBookDay",
                  "#FridayFeeling", "#LoveIsland", "#parkrun"]),
    "CMD": plain(["`git checkout -b fix/login-bug`", "`pip install requests==2.31.0`",
                  "`docker run -p 8080:80 nginx`", "`npm run build`", "`ls -la ~/Downloads`",
                  "`git commit -m 'fix typo'`", "`chmod +x run.sh`", "`kubectl get pods -n prod`",
                  "`brew upgrade`", "`sudo apt update`", "`python -m venv .venv`"]),
    "CODE": plain(["`for i in range(10): print(i)`", "`SELECT * FROM orders LIMIT 10;`",
                   "`const total = items.reduce((a, b) => a + b, 0);`", "`if (x == null) return;`",
                   "`df.groupby('month').sum()`", "`SELECT count(*) FROM users WHERE active = 1;`"]),
    "SRCFILE": plain(["main.py", "run.sh", "app.js", "build.gradle", "utils.ts", "Dockerfile",
                      "settings.yaml", "index.html"]),
    "DOCFILE": plain(["CV_final_FINAL.docx", "invoice_0042.pdf", "Q3_report_v2.pptx",
                      "budget_2024.xlsx", "notes.txt", "minutes_march.docx", "rota_v3.xlsx"]),
    "MEDIAFILE": plain(["IMG_2041.HEIC", "holiday_pics.zip", "Screenshot 2024-03-02 at 14.22.10.png",
                        "DSC_0193.JPG", "VID_20240611_183022.mp4", "wedding_playlist.m3u"]),
}

EN_TEMPLATES = [
    "{SHOP} had the {GADGET} on offer for {BIGPRICE} 😮",
    "Just paid {SMALLPRICE} for a coffee at {EATERY}, robbery tbh",
    "{TEAM} {SCORE} what a game!!",
    "Anyone watching {TEAM} v {TEAM} on {DAY}?",
    "Flight {FLIGHT} to {CITY} delayed till {TIME} 🙄",
    "Booked {CITY} for {MONTH}, flight {FLIGHT} 🌞",
    "Off to {COUNTRY} for {HOLIDAY} this year",
    "Saw {LANDMARK} today, smaller than i thought",
    "{HOLIDAY} plans? we're doing {CITY}",
    "{FILM} is still the best film ever made",
    "Put {SONG} on in the car and everyone sang 😂",
    "Order {ORDER} still says processing, {SHOP} pls sort it",
    "Tracking no {TRACK} says out for delivery",
    "Your order number is {ORDER}, keep it for returns",
    "{JOB} wants the slides by {DAY} {TIME}",
    "Meeting with {JOB} moved to {DAY}",
    "{STEPS} steps today and my feet hate me",
    "New PB: {RUN} 💪",
    "Updated to {OSVER} and now the battery dies by {TIME}",
    "Anyone else's {APP} crashing since {APPVER}?",
    "Read it on {SITE}, apparently its true",
    "{SITE} is down again lol",
    "{TAG} {TAG}",
    "Great night {TAG} 🎉",
    "Just run {CMD} and it should work",
    "Tried {CMD} but got a permission error",
    "Sent you {DOCFILE}, have a look",
    "Where's {DOCFILE}? cant find it on the drive",
    "{MONTH} in {CITY} is the dream",
    "Train to {CITY} is {SMALLPRICE} return?! bargain",
    "Last {HOLIDAY} we spent {BIGPRICE} on presents alone",
    "{DAY} {DATE}, {TIME} at {EATERY}, dont be late",
    "Is {SHOP} open on {HOLIDAY}?",
    "Call 999 if it gets worse, or 111 for advice",
    "In the US its 911 not 999 lol",
    "Dial 101 for non-emergencies apparently",
    "Got the {GADGET} for {BIGPRICE} in the sale",
    "{GADGET} vs {GADGET}, which one?",
    "Score was {SCORE}, {TEAM} robbed",
    "Back from {CITY}, {COUNTRY} next 🤞",
    "Kick off {TIME}, {TEAM} at home",
    "Ticket ref {ORDER}, seat 14C",
    "{FLIGHT} landed {TIME}, bags took ages",
    "Weekly shop at {SHOP} was {BIGPRICE}?? no wait £135 😩",
    "Walked to {LANDMARK} and back, {STEPS} steps",
    "It hit {TEMP} today",
    "Watched {FILM} again on {DAY}",
    "Is {HOLIDAY} on {DATE} this year?",
    "Deadline is {DATE} at {TIME}",
    "Python {PYVER} or stick with the old one?",
    "Check {SITE} for the train times",
    "{JOB} just announced free pizza 🍕",
    "Congrats to {JOB} on the promotion",
    "Christmas jumper day on {DAY} {TAG}",
    "Charlotte or Austin for the conference? flights are {BIGPRICE} either way",
    "Went to Florence and Victoria station in one week 😂",
    "Sydney in {MONTH}, is that winter there?",
    "Jordan was amazing, Petra at sunrise 😍",
    "Georgia's wine is so underrated",
    "Reading Festival tickets are {BIGPRICE} now?!",
    "Madison Square Garden gig was unreal",
    "Phoenix is {TEMP} in the shade lol",
    "Lincoln Cathedral is stunning",
    "Kingston upon Thames has a great market",
    "The Angel of the North looked great in the snow",
    "Big Ben chimed at {TIME} on the dot",
    "Will it rain on {DAY}?",
    "May the 4th be with you",
    "April showers lol",
    "June is my fave month",
    "Grace period on the library books ends {DAY}",
    "Bill due on the 1st, again",
    "Rose wine or prosecco for {HOLIDAY}?",
    "Amber weather warning for snow on {DAY}",
    "Summer's finally here ☀️",
    "Honestly {APP} customer service is a joke",
    "Absolutely buzzing for {HOLIDAY}",
    "Cheers for the {SHOP} voucher!",
    "Penny drop moment 😂",
    "Miles per gallon on the {CAR} is awful",
    "Sterling vs dollar is awful rn",
    "Chase sent me a new card in the post",
    "Victoria sponge for {HOLIDAY} 🍰",
    "Earl Grey or English Breakfast?",
    "Shepherd's pie for tea tonight",
    "Eggs Benedict at {EATERY} is {SMALLPRICE} now",
    "Caesar salad, no croutons pls",
    "Bloody Mary brunch on {DAY} 🍅",
    "Fifa or Rocket League tonight?",
    "{TEAM} fans at {LANDMARK} singing lol",
    "Bank holiday {DAY} and it's raining, classic",
    "Black Friday deals on the {GADGET} already",
    "Cyber Monday {SMALLPRICE} off everything",
    "Order #{STEPS} confirmed 📦",
    "Invoice {ORDER} attached, due {DATE}",
    "Tracking {TRACK} stuck in the {CITY} depot",
    "Gate B42, flight {FLIGHT}, boarding {TIME}",
    "Row 12 seat F on {FLIGHT}",
    "Room 214 at the {CITY} Hilton, check in {TIME}",
    "Platform 9 for the {TIME} to {CITY}",
    "Bus 38 is every 12 mins",
    "Level 42 on Candy Crush, send help",
    "Wordle 1,024 4/6 🟩🟨⬜",
    "Bought 2 x {GADGET} for {BIGPRICE}",
    "Sale ends {DATE} at midnight",
    "{STEPS} runners at the half?!",
    "Rent went up {SMALLPRICE}... per week 😭",
    "Payroll runs on the 28th",
    "Chapter 12 of {BOOK} is wild",
    "Season 4 episode 7 of {SHOW} 😭",
    "Track 3 on the album > everything",
    "My {GADGET} is on {OSVER}, is that latest?",
    "Error 404 on {SITE} lol",
    "HTTP 503 again, {SITE} must be down",
    "RAM is 16GB, SSD 512GB",
    "4K at 120Hz on the {GADGET}? no chance",
    "Renamed it to {MEDIAFILE}",
    "{MEDIAFILE} is 2.3GB, too big for email",
    "{SRCFILE} throws on line 88",
    "Use {CODE} instead",
    "Merged PR 4821 into main",
    "Ticket JIRA-2291 is blocked",
    "Sprint 14 retro on {DAY}",
    "Q3 numbers up 12%",
    "FTSE 100 down 1.2% today",
    "Interest rate at 5.25% still",
    "Inflation 3.4% in {MONTH}",
    "Tax code 1257L is the normal one right?",
    "Form P60 arrived",
    "MOT due in {MONTH}",
    "Boiler service is {BIGPRICE}?? booked for {DAY} anyway",
    "Council tax band C is £160 a month",
    "Hotel in {CITY} was £140 a night",
    "{TEAM} signed a new striker for £40m",
    "Transfer deadline day {TAG}",
    "{HOLIDAY} at {LANDMARK} was magical",
    "{DAY} yoga at {TIME}, {SMALLPRICE} drop in",
    "Will do!",
    "Mark my words, {TEAM} go down this year",
    "Bill's due Friday, remind me",
    "Hope so!",
    "Penny for your thoughts",
    "Frank opinion: {FILM} is overrated",
    "Faith restored in {APP} after that refund",
    "Dawn start tomorrow, 5am alarm 😩",
    "Joy of joys, the {SHOP} delivery came early",
    "Rose gold or space grey for the {GADGET}?",
    "{USSCORE} final, {TEAM} won it at the buzzer",
    "Ran {DIST} this morning {TAG}",
    "Drove {DIST} in the {CAR}, still half a tank",
    "Pancake Day is on a {DAY} this year",
    "The {CAR} needs new tyres, {BIGPRICE} quoted",
    "Listening to {BOOK} on audiobook, 14 hours left",
    "Binged all of {SHOW} in 2 days",
    "{SONG} came on at the wedding and the dancefloor filled up",
    "Code is 4 digits on the back of the ticket machine, took ages to work out",
    "Door code for the gym changed again, check the notice board",
    "Version {APPVER} of {APP} broke dark mode",
    "{OSVER} update took 45 minutes 😤",
    "Spent {SMALLPRICE} on {APP} premium, worth it",
    "Cancel {APP}? its {SMALLPRICE} a month now",
    "Delivery slot {TIME}-{TIME} on {DAY} from {SHOP}",
    "Queue at {EATERY} was out the door",
    "Breakfast at {EATERY} then {LANDMARK}?",
    "Tickets for {FILM} at 7:40, screen 6",
    "The {CITY} marathon is in {MONTH}",
    "{COUNTRY} v {COUNTRY} tonight, who's watching?",
    "{TEAM} are top of the league 😱",
    "Ran {CMD} twice, still broken",
    "Getting `ModuleNotFoundError` on {SRCFILE}, any ideas?",
    "{SRCFILE} line 12 has a typo",
    "Shared the {DOCFILE} on Teams",
    "Printed {DOCFILE}, 14 pages",
    "Uploaded {MEDIAFILE} to the shared album",
    "Can't open {MEDIAFILE} on Windows",
    "Posted the results on {SITE}",
    "Mum says {SITE} has the best recipes",
    "Dad's new {CAR} has heated seats lol",
    "Thursday's training cancelled, pitch frozen",
    "Sunday roast at the pub, 1pm",
    "Monday again 😩",
    "Easter egg hunt at 10, bring baskets",
    "Halloween costume ideas?? {TAG}",
    "Bonfire Night fireworks start at 7",
    "Diwali lights on the high street look lovely",
    "Eid Mubarak everyone 🌙",
    "Thanksgiving turkey was 9kg 🦃",
    "Valentine's Day dinner at {EATERY} lol classy",
    "Boxing Day sales at {SHOP} from 6am",
    "New Year's Eve at {LANDMARK}? too busy",
    "Christmas Day lunch for 12 😬",
]
# fmt: on


def build_free(
    rng: random.Random, templates: list[str], fillers: dict[str, Filler], n: int
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    for _ in range(50):
        order = list(templates)
        rng.shuffle(order)
        for t in order:
            if len(rows) >= n:
                break
            for _ in range(4):
                text, ents = fill(t, rng, fillers)
                assert not ents
                if text not in seen:
                    seen.add(text)
                    rows.append({"text": text})
                    break
        if len(rows) >= n:
            break
    rng.shuffle(rows)
    return rows


# --------------------------------------------------------------------------- Chinese PII-free


def zh_order(rng: random.Random) -> Entity:
    # Long order numbers that are neither phone- nor ID-card-shaped and fail Luhn.
    while True:
        n = rng.choice(["4200", "2024", "1302", "7719"]) + _digits(rng, rng.choice([16, 20, 24]))
        if not luhn_ok(n):
            return None, n


def zh_express(rng: random.Random) -> Entity:
    while True:
        n = _digits(rng, 13)
        if not luhn_ok(n):
            return None, rng.choice(["SF", "JT", "YT", "JD"]) + n


def zh_code(rng: random.Random) -> Entity:
    return None, _digits(rng, 6)


# fmt: off
ZH: dict[str, Filler] = {
    "PHONEBRAND": plain(["小米", "华为", "OPPO", "vivo", "荣耀", "一加", "苹果"]),
    "DRINK": plain(["喜茶", "瑞幸", "蜜雪冰城", "星巴克", "霸王茶姬", "茶百道", "古茗", "库迪"]),
    "EATERY": plain(["海底捞", "肯德基", "麦当劳", "老乡鸡", "西贝", "必胜客", "太二酸菜鱼", "塔斯汀"]),
    "ECOM": plain(["淘宝", "京东", "拼多多", "抖音商城", "唯品会", "闲鱼", "天猫"]),
    "APP": plain(["美团", "饿了么", "小红书", "抖音", "滴滴", "高德地图", "支付宝", "B站",
                  "网易云音乐", "爱奇艺", "百度网盘", "钉钉"]),
    "CARBRAND": plain(["比亚迪", "蔚来", "理想", "小鹏", "特斯拉", "问界", "极氪"]),
    "CLOTHES": plain(["优衣库", "名创优品", "李宁", "安踏", "波司登", "ZARA"]),
    "COMPANY": plain(["腾讯", "阿里巴巴", "字节跳动", "网易", "百度", "顺丰", "中通", "招商银行",
                      "中国移动", "国家电网", "宁德时代", "大疆"]),
    "CITY": plain(["北京", "上海", "广州", "深圳", "杭州", "成都", "重庆", "西安", "南京", "武汉",
                   "长沙", "厦门", "青岛", "苏州", "大理", "三亚", "哈尔滨", "昆明", "天津", "洛阳"]),
    "CITYSPOT": plain(["杭州西湖", "北京故宫", "西安兵马俑", "重庆洪崖洞", "武汉黄鹤楼",
                       "厦门鼓浪屿", "上海外滩", "拉萨布达拉宫", "大理洱海", "桂林漓江",
                       "苏州拙政园", "洛阳龙门石窟"]),
    "SPOT": plain(["西湖", "故宫", "长城", "外滩", "鼓浪屿", "兵马俑", "洪崖洞", "迪士尼",
                   "环球影城", "东方明珠", "洱海", "黄鹤楼", "拙政园", "天坛"]),
    "MOUNTAIN": plain(["黄山", "泰山", "华山", "峨眉山", "张家界", "庐山", "武当山"]),
    "MALL": plain(["万象城", "大悦城", "太古里", "来福士", "银泰", "万达广场", "宜家",
                   "山姆会员店", "盒马", "奥莱"]),
    "SMALLAMT": plain(["¥15", "9块9", "38.5元", "66.6元", "12块", "¥28.16", "19.9元", "¥6"]),
    "BIGAMT": plain(["¥1,299", "3999元", "两万", "8888元", "¥520", "1.2万", "¥2,680"]),
    "ORDER": zh_order,
    "EXPRESS": zh_express,
    "FLIGHT": plain(["CA1831", "MU5137", "CZ3102", "HU7601", "3U8633", "MF8101"]),
    "TRAIN": plain(["G1234", "D2281", "K1068", "G7", "C2015", "Z19"]),
    "DATE": plain(["3月8号", "5月1日", "下周三", "十一", "6月18日", "12.12", "明天", "大年初二",
                   "周六", "月底"]),
    "TIME": plain(["晚上7点半", "19:30", "早上8点", "下午三点", "12:00", "九点", "10点一刻"]),
    "CODE": zh_code,
    "POINTS": plain(["2380", "12,000", "588", "990", "4600"]),
    "STEPS": plain(["12,580", "8061", "23917", "15002", "30,128"]),
    "SCORE": plain(["2:1", "3比0", "1:1", "108:102", "4:2"]),
    "WORKROLE": plain(["领导", "老板", "同事", "组长", "经理", "主管", "HR", "前台", "产品经理",
                       "运营", "财务", "部门总监"]),
    "SERVICE": plain(["快递小哥", "外卖小哥", "客服", "物业", "房东", "司机师傅", "保安大叔",
                      "维修师傅", "中介"]),
    "FAMILY": plain(["老公", "老婆", "老妈", "老爸", "爷爷", "奶奶", "表哥", "闺蜜", "室友",
                     "小姨", "舅舅"]),
    "SCHOOL": plain(["班主任", "辅导员", "老师", "校长", "班长", "家委会", "教导主任"]),
    "GAME": plain(["王者荣耀", "原神", "和平精英", "英雄联盟", "开心消消乐", "蛋仔派对",
                   "黑神话悟空", "金铲铲"]),
    "FOOD": plain(["黄焖鸡", "小龙虾", "包子", "火锅", "螺蛳粉", "煎饼果子", "烤鸭", "肉夹馍",
                   "热干面", "麻辣烫"]),
    "FRUIT": plain(["杨梅", "李子", "车厘子", "荔枝", "榴莲", "草莓", "黄桃", "沃柑"]),
    "EMOJI": plain(["😂", "🤣", "👍", "🙏", "😭", "[捂脸]", "[旺柴]", "[破涕为笑]", "🎉",
                    "[抱拳]", "❤️", "[呲牙]", "[流泪]"]),
    "SLANG": plain(["yyds", "绝绝子", "破防了", "躺平", "内卷", "栓Q", "666", "芭比Q了",
                    "蚌埠住了", "摆烂", "u1s1", "xswl", "真的会谢", "泰裤辣"]),
    "TEAMWIN": plain(["中国队赢了", "国足又输了", "湖人队稳了", "主队翻盘了"]),
}

ZH_TEMPLATES = [
    "{PHONEBRAND}又出新机了，{BIGAMT}要不要冲{EMOJI}",
    "刚在{ECOM}下单，订单号：{ORDER}，等发货",
    "订单号 {ORDER} 申请退款了，等审核",
    "快递单号{EXPRESS}，显示已到{CITY}中转站",
    "{WORKROLE}说{DATE} {TIME}开会，大家别迟到",
    "周末去{SPOT}玩，人山人海{EMOJI}",
    "{CITY}今天下雨了，出门记得带伞",
    "航班{FLIGHT}延误了，{TIME}才起飞{EMOJI}",
    "买了{DATE}的{TRAIN}去{CITY}，二等座{SMALLAMT}是不可能的哈哈",
    "验证码{CODE}，5分钟内有效，请勿泄露",
    "【{APP}】您的验证码是{CODE}，请勿告诉他人",
    "【{ECOM}】验证码：{CODE}，用于登录，10分钟内有效",
    "积分{POINTS}可以换个杯子，划算",
    "今晚{GAME}开黑吗？{TIME}上线",
    "{GAME}又输了，破防了{EMOJI}",
    "{FOOD}太好吃了{SLANG}",
    "这家{FOOD}人均{SMALLAMT}，还行",
    "{MALL}新开了一家{DRINK}，排队排到门口",
    "在{MALL}逛了一下午，啥也没买{EMOJI}",
    "{COMPANY}今年又裁员了？{EMOJI}",
    "听说{COMPANY}年终奖发了{BIGAMT}……开玩笑的",
    "今天走了{STEPS}步，腿断了",
    "比分{SCORE}，太刺激了",
    "{SLANG}{SLANG}",
    "{WORKROLE}让我把文件发一下，马上",
    "支付宝转账{SMALLAMT}，备注：{FRUIT}钱",
    "AA一下，每人{SMALLAMT}",
    "{DATE}去{CITY}出差，{WORKROLE}一起",
    "{SPOT}门票{SMALLAMT}？学生半价吧",
    "{APP}的客服真的{SLANG}",
    "{WORKROLE}：明天{TIME}前交周报",
    "群里{SCHOOL}发通知了，{DATE}家长会",
    "{CITY}到{CITY}的{FLIGHT}取消了，改签{TRAIN}",
    "收到{ECOM}的快递，单号{EXPRESS}",
    "{FOOD}配{DRINK}，绝了",
    "{DATE}{SPOT}见{EMOJI}",
    "今天{CITY}气温38度，热化了",
    "{APP}会员{SMALLAMT}一个月，续不续",
    "{WORKROLE}说下周开始调休",
    "牙医让我张开嘴，结果一查三颗蛀牙{EMOJI}",
    "王者荣耀新赛季上王者了{EMOJI}",
    "周末愉快！{EMOJI}",
    "马上到，在{MALL}门口等你",
    "黄金又涨了，现在六百多一克",
    "林业局发通知说{MOUNTAIN}要封山防火",
    "请陈述一下理由，{WORKROLE}要看",
    "高兴！{GAME}终于十连出金了",
    "周一又要上班了{SLANG}",
    "马上就{DATE}了，票抢到没",
    "黄金周{SPOT}肯定爆满",
    "许多人在{SPOT}排队拍照",
    "{FRUIT}季到了，{SMALLAMT}一斤",
    "刘海剪太短了{EMOJI}",
    "胡说八道，{TEAMWIN}",
    "方便的话帮我带杯{DRINK}",
    "余额不足，{APP}自动续费失败",
    "钱包被偷了{EMOJI}，还好卡都冻结了",
    "高铁上信号太差了",
    "万一下雨就不去{SPOT}了",
    "史上最难抢的票{EMOJI}",
    "常常想起在{CITY}读书的日子",
    "康复训练第12天，膝盖好多了",
    "文件发群里了，{WORKROLE}看一下",
    "包子铺{TIME}就卖完了",
    "毛衣起球了，{CLOTHES}质量不行",
    "牛奶{SMALLAMT}一箱，{MALL}打折",
    "安全第一，到了报平安",
    "任务完成{EMOJI}",
    "程序又报错了，{WORKROLE}在看",
    "叶子都黄了，{CITY}秋天真美",
    "宋体还是微软雅黑？{WORKROLE}说统一用宋体",
    "车厘子自由了{EMOJI}",
    "龙虾馆{TIME}开门",
    "司机师傅绕路了{EMOJI}",
    "何必呢{EMOJI}",
    "曾经沧海难为水",
    "齐全的很，{MALL}啥都有",
    "温度降了，多穿点",
    "童话镇单曲循环中",
    "毕业快乐！{EMOJI}",
    "柯基又拆家了{EMOJI}",
    "乐高{BIGAMT}，买给小孩的",
    "欧洲游{BIGAMT}一个人，心动",
    "江湖救急，谁有充电宝",
    "白色还是黑色的{PHONEBRAND}手机壳好看",
    "石头剪刀布，输的请喝{DRINK}",
    "关于{DATE}放假的通知已发群里",
    "金额{BIGAMT}，请核对",
    "范围太大了，{WORKROLE}没说清楚",
    "田园风的民宿，在{MOUNTAIN}脚下",
    "安排！{EMOJI}",
    "小米SU7提车了吗",
    "小区门口新开了{DRINK}",
    "小龙虾季{SLANG}",
    "小红书上说{MOUNTAIN}日出绝美",
    "小时候最爱吃{FOOD}",
    "老铁们{DATE}走起",
    "老板说今晚加班{EMOJI}",
    "{FAMILY}买的{PHONEBRAND}，还不错",
    "老妈又在群里发养生文章了{EMOJI}",
    "老乡鸡{SMALLAMT}套餐真香",
    "老干妈拌饭{SLANG}",
    "阿里巴巴的面试过了{EMOJI}",
    "楼下阿姨的{FRUIT}摊今天没开",
    "阿姨，{FRUIT}多少钱一斤？",
    "{WORKROLE}：收到请回复",
    "收到{EMOJI}",
    "好的👌",
    "哈哈哈哈哈{EMOJI}",
    "有人拼车去{SPOT}吗",
    "{CITYSPOT}两日游攻略，收藏了",
    "双十一{ECOM}满300减50",
    "618买的{PHONEBRAND}耳机到了",
    "{APP}年度账单出来了，花了{BIGAMT}{EMOJI}",
    "微信步数{STEPS}，朋友圈第一",
    "支付宝集五福，还差敬业福",
    "{DATE} {TIME}，{MALL}{DRINK}门口集合",
    "已付款{SMALLAMT}，请尽快发货",
    "商品已签收，快递单号{EXPRESS}",
    "退款{SMALLAMT}已原路返回",
    "{FLIGHT}值机了，座位32A",
    "{TRAIN}次列车晚点20分钟",
    "第{POINTS}位顾客，恭喜获得优惠券",
    "版本号2.3.1更新后{APP}闪退",
    "文件名：会议纪要_0315.docx",
    "IMG_2041.jpg发不出去{EMOJI}",
    "npm install 报错了，{WORKROLE}帮忙看看",
    "今天限号，尾号4和9",
    "5G套餐{SMALLAMT}一个月？想多了",
    "电费三百多，这个月空调开太多",
    "{CITY}房价又跌了",
    "{COMPANY}股价涨了5%",
    "CPI上涨0.3%",
    "{MOUNTAIN}的雪景{SLANG}",
    "{GAME}周年庆活动{DATE}开始",
    "朋友圈三天可见{EMOJI}",
    "求{CITY}美食推荐{EMOJI}",
    "{CITY}的{FOOD}才是正宗的",
    "国庆去{CITY}还是{CITY}？",
    "春节回{CITY}的票买到了",
    "中秋节快乐{EMOJI}",
    "端午节吃粽子了没",
    "元宵节{MALL}有灯会",
    "情人节{DRINK}出了限定款",
    "教师节快乐，祝{SCHOOL}节日快乐",
    "维修师傅说{DATE}上午来修热水器",
    "快递小哥打电话说放驿站了，{TIME}前去拿",
    "外卖小哥：您好，您的外卖已送达{EMOJI}",
    "{SERVICE}说要提前一天打招呼",
    "{FAMILY}问我{DATE}回不回家吃饭",
    "{FAMILY}又在看{GAME}直播",
    "{FAMILY}让我去{ECOM}抢{PHONEBRAND}",
    "{SCHOOL}说{DATE}交作业，别忘了",
    "{SCHOOL}在群里说明天降温，多穿点",
    "开{CARBRAND}的同事说充电{SMALLAMT}跑一百公里",
    "{CARBRAND}新车发布会{DATE} {TIME}",
    "高速上{CARBRAND}自动驾驶太稳了",
    "穿{CLOTHES}去爬{MOUNTAIN}，冻成狗{EMOJI}",
    "{CLOTHES}羽绒服打五折了",
    "黄桃罐头是东北人的信仰",
    "马上要考试了，复习不完{EMOJI}",
    "周五晚上{FOOD}走起",
    "王者峡谷见{EMOJI}",
    "高考加油！",
    "陈述句改成疑问句，这题太难了",
    "林业大学的风景真好",
    "朱古力蛋糕{SMALLAMT}一块",
    "杨枝甘露是{DRINK}的吗",
    "白天开会，晚上加班，{SLANG}",
    "方向盘坏了，4S店说要等三天",
    "金秋十月，{CITY}最美",
    "石榴熟了，{FAMILY}寄了一箱",
    "余额宝收益{SMALLAMT}，聊胜于无",
    "钱塘江大潮{DATE}最好看",
    "温馨提示：{TRAIN}次列车{TIME}检票",
    "{CITY}地铁又延误了{EMOJI}",
    "{CITY}飞{CITY}，{FLIGHT}，{TIME}落地",
    "这周步数{STEPS}，{APP}说我超过了90%的用户",
    "充值{SMALLAMT}送{POINTS}积分",
    "{ECOM}退货运费险赔了{SMALLAMT}",
    "{EATERY}排号排到第{POINTS}桌{EMOJI}",
    "海底捞的生日歌太尴尬了{EMOJI}",
    "今天肯德基疯狂星期四，{SMALLAMT}两个汉堡",
    "在{EATERY}吃了{BIGAMT}？不可能吧",
    "{DRINK}第二杯半价，来不来",
    "{DRINK}新品{SMALLAMT}，一般般",
    "{COMPANY}的offer拿到了{EMOJI}{EMOJI}",
    "{COMPANY}总部在{CITY}吧",
    "看了个{COMPANY}的纪录片，挺好看",
    "原神抽卡又歪了{EMOJI}",
    "{GAME}新皮肤{SMALLAMT}？冲",
    "{MOUNTAIN}门票加索道{SMALLAMT}是不可能的",
    "{MOUNTAIN}看日出要凌晨三点爬{EMOJI}",
    "比赛{SCORE}，{SLANG}",
    "周末去{MALL}看电影，{TIME}场",
]
# fmt: on


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    sets = {
        "en_pii_labelled.jsonl": build_labelled(random.Random(SEED)),
        "en_pii_free_hard.jsonl": build_free(random.Random(SEED + 1), EN_TEMPLATES, EN, N_FREE_EN),
        "zh_pii_free_hard.jsonl": build_free(random.Random(SEED + 2), ZH_TEMPLATES, ZH, N_FREE_ZH),
    }
    for name, rows in sets.items():
        with open(out / name, "w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
