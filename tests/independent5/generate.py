"""Blind evaluation corpus "independent5" (written from the corpus spec only).

Run `python3 tests/independent5/generate.py` to rewrite the four JSON-lines files next to
this script. Standard library only; a fixed seed; the output does not depend on the time
zone, the locale, the hash seed or today's date (no clock, no set iteration, sorted keys).
"""

from __future__ import annotations

import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261207

Fill = tuple[str | None, str]  # (entity type or None for unlabelled filler, text)

# --------------------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------------------


def luhn_complete(prefix_and_body: str) -> str:
    """Append the Luhn check digit."""
    digits = [int(c) for c in prefix_and_body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix_and_body + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_make(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    numeric = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(numeric) % 97 == 1


def nhs_make(rng: random.Random) -> str:
    while True:
        body = str(rng.choice("4456")) + "".join(rng.choice(string.digits) for _ in range(8))
        total = sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=False))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def nhs_ok(number: str) -> bool:
    d = [int(c) for c in number if c.isdigit()]
    if len(d) != 10:
        return False
    check = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1), strict=False)) % 11
    check = 0 if check == 11 else check
    return check == d[9]


def aba_make(rng: random.Random) -> str:
    first = rng.choice(
        [
            "01",
            "02",
            "03",
            "04",
            "05",
            "06",
            "07",
            "08",
            "09",
            "10",
            "11",
            "12",
            "21",
            "22",
            "23",
            "24",
            "25",
            "26",
            "27",
            "28",
            "29",
            "30",
            "31",
            "32",
        ]
    )
    body = first + "".join(rng.choice(string.digits) for _ in range(6))
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * k for c, k in zip(body, w, strict=False))
    return body + str((10 - s % 10) % 10)


def aba_ok(number: str) -> bool:
    d = [int(c) for c in number]
    return len(d) == 9 and sum(x * k for x, k in zip(d, [3, 7, 1] * 3, strict=False)) % 10 == 0


CN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_ID_CHECK = "10X98765432"


def cn_id_complete(body17: str) -> str:
    s = sum(int(c) * w for c, w in zip(body17, CN_ID_WEIGHTS, strict=False))
    return body17 + CN_ID_CHECK[s % 11]


def cn_id_ok(number: str) -> bool:
    return len(number) == 18 and cn_id_complete(number[:17]) == number.upper()


# --------------------------------------------------------------------------------------
# building a line from a template
# --------------------------------------------------------------------------------------

SLOT = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def render(
    template: str, slots: dict[str, Callable[[random.Random], Fill]], rng: random.Random
) -> tuple[str, list[dict[str, object]]]:
    text = ""
    entities: list[dict[str, object]] = []
    pos = 0
    for m in SLOT.finditer(template):
        text += template[pos : m.start()]
        etype, value = slots[m.group(1)](rng)
        if etype is not None:
            entities.append(
                {"type": etype, "start": len(text), "end": len(text) + len(value), "value": value}
            )
        text += value
        pos = m.end()
    text += template[pos:]
    return text, entities


def shift(entities: list[dict[str, object]], by: int) -> list[dict[str, object]]:
    out = []
    for e in entities:
        e2 = dict(e)
        e2["start"] = int(e["start"]) + by  # type: ignore[call-overload]
        e2["end"] = int(e["end"]) + by  # type: ignore[call-overload]
        out.append(e2)
    return out


def pick(items: list[str]) -> Callable[[random.Random], Fill]:
    return lambda rng: (None, rng.choice(items))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ======================================================================================
# ENGLISH: value pools and generators
# ======================================================================================

EN_FIRST = """Aisha Alfie Amara Amelia Aoife Arjun Ashley Bethany Bilal Bronwen Caleb Callum Carmen
Chloe Ciaran Connor Dami Daniela Darnell Deepa Declan Demetrius Dylan Eilidh Eleanor Ellie
Emeka Esme Ethan Fatima Fergus Finlay Freya Gareth Gemma Graham Hamza Hannah Harvey Hollie
Imani Imogen Isla Ivan Jamal Jasmine Jayden Jodie Joaquin Kacper Karen Kavya Keisha Kenji
Kerry-Ann Kiera Kofi Lachlan Latoya Leah Leon Lewis Lucia Lukas Maeve Mahmoud Malik Marisol
Marcus Megan Mei Mohammed Morgan Nadia Naomi Niamh Nikhil Nisha Oisin Olamide Oliver Oona
Owen Paige Pooja Priya Rafael Rahul Reggie Rhiannon Rory Roxanne Ruairi Saanvi Samira Saoirse
Shauna Shreya Siobhan Sofia Stacey Tariq Tegan Theo Tobias Tremaine Trinity Tyrone Valentina
Wiktoria Xavier Yasmin Yusuf Zainab Zeynep Zoe Brianna Colton Destiny Hunter Kayla Tanner
Maddison Brandon Tiffany Cody Shelby Dakota Jolene Wyatt Marisela Reuben Hettie Agnieszka""".split()  # noqa: SIM905

EN_SURNAME = """Abernethy Adeyemi Ahmed Akhtar Alvarez Armitage Ashworth Bainbridge Banerjee Barraclough
Begum Bellamy Blackwood Boateng Bradshaw Brennan Buckley Caldwell Castellano Chaudhry Clough
Costa Cunningham Dhillon Doherty Donnelly Dunmore Eastwood Ekwueme Fairbairn Fennimore Fitzgerald
Flanagan Fordham Garside Gallagher Gonzalez Greenhalgh Hadley Haigh Hargreaves Hennessy Hussain
Iqbal Jablonski Jovanovic Kaczmarek Kapoor Kaur Kavanagh Kowalski Lindqvist Llewellyn Lockhart
Lomax MacAulay Mahmood Malhotra Markham McAllister McCluskey McGowan Mensah Moreno Mukherjee
Nakamura Nwachukwu O'Brien O'Connell Okafor Okonkwo Oyelaran Papadopoulos Pemberton Petrov
Pickering Quigley Rahman Ramirez Rasmussen Rawlings Reyes Rossi Ruiz Sanderson Sandhu Schofield
Sharma Shaughnessy Sidhu Sinclair Szymanski Tan Thackeray Thistlewood Trevelyan Tshabalala
Underwood Varga Vasquez Wainwright Whitfield Wojcik Yilmaz Zielinski Nguyen Delgado Kowalczyk
Washington-Reid Hollis Pruitt Whitaker Babcock Szabo Fairweather Ng Ferreira Achterberg""".split()  # noqa: SIM905

EN_NICK = """Jonno Bex Gaz Lozza Tash Mags Dazza Shaz Robbo Kezza Jimbo Trish Mo Nat Mikey
Benji Izzy Tay Becca Jules Frankie Alfie-boy Lils Sammy Mads Dev Kat Ollie Tommo Gilly""".split()  # noqa: SIM905

TITLES = [
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Mr.",
    "Mrs.",
    "Dr.",
    "Prof",
    "Nurse",
    "Coach",
    "Auntie",
    "Uncle",
]


def en_first(rng: random.Random) -> Fill:
    return ("PERSON", rng.choice(EN_FIRST))


def en_first_lc(rng: random.Random) -> Fill:
    return ("PERSON", rng.choice(EN_FIRST).lower())


def en_full(rng: random.Random) -> Fill:
    return ("PERSON", f"{rng.choice(EN_FIRST)} {rng.choice(EN_SURNAME)}")


def en_full_lc(rng: random.Random) -> Fill:
    return ("PERSON", f"{rng.choice(EN_FIRST)} {rng.choice(EN_SURNAME)}".lower())


def en_sur(rng: random.Random) -> Fill:
    return ("PERSON", rng.choice(EN_SURNAME))


def en_nick(rng: random.Random) -> Fill:
    return ("PERSON", rng.choice(EN_NICK))


def en_title(rng: random.Random) -> Fill:
    return (None, rng.choice(TITLES))


def uk_mobile(rng: random.Random) -> Fill:
    n = f"{rng.randint(0, 999):03d}"
    shapes = [
        f"07700 900{n}",
        f"07700900{n}",
        f"+44 7700 900{n}",
        f"+447700900{n}",
        f"07700 900 {n}",
        f"(0)7700 900{n}",
        f"07700-900-{n}",
        f"0044 7700 900{n}",
    ]
    return ("PHONE_NUMBER", rng.choice(shapes))


def uk_land(rng: random.Random) -> Fill:
    n = f"{rng.randint(0, 999):03d}"
    shapes = [
        f"020 7946 0{n}",
        f"0113 496 0{n}",
        f"0161 496 0{n}",
        f"0131 496 0{n}",
        f"029 2018 0{n}",
        f"(0117) 496 0{n}",
        f"0118 496 0{n}",
    ]
    return ("PHONE_NUMBER", rng.choice(shapes))


def us_phone(rng: random.Random) -> Fill:
    area = rng.choice(
        [
            "212",
            "312",
            "415",
            "617",
            "202",
            "305",
            "512",
            "614",
            "503",
            "704",
            "919",
            "213",
            "646",
            "720",
            "408",
            "267",
        ]
    )
    n = f"{rng.randint(0, 99):02d}"
    shapes = [
        f"({area}) 555-01{n}",
        f"{area}-555-01{n}",
        f"{area}.555.01{n}",
        f"+1 {area} 555 01{n}",
        f"{area} 555 01{n}",
        f"1-{area}-555-01{n}",
        f"{area}55501{n}",
        f"+1 ({area}) 555-01{n}",
    ]
    return ("PHONE_NUMBER", rng.choice(shapes))


def any_phone(rng: random.Random) -> Fill:
    return rng.choice([uk_mobile, us_phone, uk_land])(rng)


def email(rng: random.Random) -> Fill:
    f = rng.choice(EN_FIRST).lower().replace("-", "")
    s = rng.choice(EN_SURNAME).lower().replace("'", "").replace("-", "")
    local = rng.choice(
        [
            f"{f}.{s}",
            f"{f[0]}{s}",
            f"{f}{rng.randint(70, 99)}",
            f"{f}_{s[:4]}",
            f"{s}.{f[0]}",
            f"{f}.{s}{rng.randint(1, 30)}",
            f"{f}{s}",
            f"the.{f}.{s}",
        ]
    )
    dom = rng.choice(
        [
            "example.com",
            "example.org",
            "example.net",
            "mail.example.com",
            "example.co.uk",
            "uni.example.ac.uk",
            "example.com",
        ]
    )
    return ("EMAIL_ADDRESS", f"{local}@{dom}")


UK_STREETS = [
    "Larch Close",
    "Albert Road",
    "Mill Lane",
    "Kingsway",
    "St Mary's Crescent",
    "Beech Grove",
    "Victoria Terrace",
    "Hollins Lane",
    "Chapel Street",
    "Orchard Way",
    "Cromwell Avenue",
    "Fernbank Drive",
    "Moorside Road",
    "Westfield Gardens",
    "Priory Walk",
    "Station Approach",
    "Harewood Mews",
    "Castle View",
    "Cherry Tree Court",
    "Ash Grove",
]
UK_TOWNS = [
    ("Harrogate", "HG2 7QT"),
    ("Leeds", "LS6 2PH"),
    ("Bristol", "BS3 4LX"),
    ("Glasgow", "G12 8QQ"),
    ("Cardiff", "CF24 4HQ"),
    ("Norwich", "NR2 3BS"),
    ("Manchester", "M14 5RG"),
    ("Sheffield", "S11 8YA"),
    ("Brighton", "BN2 1RD"),
    ("Belfast", "BT7 1NN"),
    ("Exeter", "EX4 6PJ"),
    ("Nottingham", "NG7 2FT"),
    ("London", "SE15 4QS"),
    ("London", "N16 7UX"),
    ("Edinburgh", "EH6 5JZ"),
    ("Swansea", "SA1 8EN"),
    ("York", "YO31 7EY"),
    ("Milton Keynes", "MK9 2AH"),
    ("Aberdeen", "AB24 3FX"),
    ("Reading", "RG1 5BN"),
]
US_STREETS = [
    "N Maple Ave",
    "Oak Street",
    "Sunset Blvd",
    "W 34th St",
    "Pine Ridge Rd",
    "Elm Dr",
    "Lakeshore Dr",
    "Cedar Ln",
    "Magnolia Ct",
    "E Washington St",
    "Old Mill Rd",
    "Harbor View Way",
    "SW 8th St",
    "Bluebonnet Trl",
    "Willow Creek Pkwy",
    "Chestnut St",
]
US_CITIES = [
    ("Columbus", "OH", "43215"),
    ("Austin", "TX", "78704"),
    ("Portland", "OR", "97214"),
    ("Brooklyn", "NY", "11215"),
    ("Oakland", "CA", "94610"),
    ("Denver", "CO", "80205"),
    ("Chicago", "IL", "60614"),
    ("Raleigh", "NC", "27605"),
    ("Tampa", "FL", "33606"),
    ("Madison", "WI", "53703"),
    ("Phoenix", "AZ", "85004"),
    ("Savannah", "GA", "31401"),
    ("Boise", "ID", "83702"),
    ("Pittsburgh", "PA", "15213"),
    ("Nashville", "TN", "37206"),
]


def uk_addr(rng: random.Random) -> Fill:
    town, pc = rng.choice(UK_TOWNS)
    street = rng.choice(UK_STREETS)
    n = rng.randint(1, 180)
    flat = rng.choice(
        [
            "",
            "",
            f"Flat {rng.randint(1, 12)}, ",
            f"{rng.randint(1, 9)}{rng.choice('ABC')} ",
            "The Old Forge, ",
        ]
    )
    shape = rng.choice(
        [
            f"{flat}{n} {street}, {town} {pc}",
            f"{flat}{n} {street}, {town}, {pc}",
            f"{n} {street}\n{town}\n{pc}",
            f"{flat}{n} {street}, {town}",
        ]
    )
    return ("LOCATION", shape)


def us_addr(rng: random.Random) -> Fill:
    city, st, z = rng.choice(US_CITIES)
    n = rng.randint(12, 9800)
    unit = rng.choice(
        [
            "",
            "",
            f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}",
            f" #{rng.randint(100, 950)}",
            f", Unit {rng.randint(1, 40)}",
        ]
    )
    shape = rng.choice(
        [
            f"{n} {rng.choice(US_STREETS)}{unit}, {city}, {st} {z}",
            f"{n} {rng.choice(US_STREETS)}{unit}, {city} {st} {z}",
            f"{n} {rng.choice(US_STREETS)}{unit} {city} {st}",
        ]
    )
    return ("LOCATION", shape)


def addr_inf(rng: random.Random) -> Fill:
    if rng.random() < 0.5:
        town, pc = rng.choice(UK_TOWNS)
        v = rng.choice(
            [
                f"flat {rng.randint(1, 9)}, {rng.randint(2, 99)} {rng.choice(UK_STREETS).lower()}, "
                f"{town.lower()} {pc.lower()}",
                f"{rng.randint(2, 99)} {rng.choice(UK_STREETS).lower()} {pc.lower().replace(' ', '')}",
                f"no {rng.randint(2, 99)} {rng.choice(UK_STREETS).lower()} {town.lower()}",
            ]
        )
    else:
        city, st, z = rng.choice(US_CITIES)
        v = rng.choice(
            [
                f"{rng.randint(12, 999)} {rng.choice(US_STREETS).lower()} apt {rng.randint(1, 9)} "
                f"{city.lower()} {z}",
                f"{rng.randint(100, 4000)} {rng.choice(US_STREETS).lower()}, {city.lower()} {st.lower()}",
            ]
        )
    return ("LOCATION", v)


def any_addr(rng: random.Random) -> Fill:
    return rng.choice([uk_addr, us_addr])(rng)


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def nino(rng: random.Random) -> Fill:
    while True:
        p = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if p not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    d = digits(rng, 6)
    s = rng.choice("ABCD")
    shape = rng.choice(
        [f"{p}{d}{s}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{p} {d} {s}", f"{p}{d} {s}"]
    )
    return ("UK_NINO", shape)


def nhs(rng: random.Random) -> Fill:
    n = nhs_make(rng)
    return ("UK_NHS", rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"]))


def uk_pass(rng: random.Random) -> Fill:
    return ("UK_PASSPORT", str(rng.randint(1, 5)) + digits(rng, 8))


def uk_dl(rng: random.Random) -> Fill:
    sur = "".join(c for c in rng.choice(EN_SURNAME).upper() if c.isalpha())[:5].ljust(5, "9")
    year = rng.randint(1960, 2004)
    month = rng.randint(1, 12) + (50 if rng.random() < 0.5 else 0)
    day = rng.randint(1, 28)
    ini = letters(rng, rng.choice([1, 2])).ljust(2, "9")
    v = f"{sur}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{ini}9{letters(rng, 2)}"
    if rng.random() < 0.3:
        v = f"{v[:5]} {v[5:11]} {v[11:]}"
    return ("UK_DRIVING_LICENCE", v)


def ssn(rng: random.Random) -> Fill:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    shape = rng.choice(
        [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"]
    )
    return ("US_SSN", shape)


def itin(rng: random.Random) -> Fill:
    g = rng.choice([*range(70, 89), 90, 91, 92, *range(94, 100)])
    v = f"9{digits(rng, 2)}-{g}-{digits(rng, 4)}"
    return ("US_ITIN", v if rng.random() < 0.8 else v.replace("-", " "))


def us_pass(rng: random.Random) -> Fill:
    return (
        "US_PASSPORT",
        rng.choice([digits(rng, 9), rng.choice("ACDEFGHJKLMN") + digits(rng, 8)]),
    )


def us_dl(rng: random.Random) -> Fill:
    kind = rng.randint(0, 4)
    if kind == 0:
        v = rng.choice("ABCDEFGHJKLMNPRSTUVWYZ") + digits(rng, 7)  # CA-style
    elif kind == 1:
        d = digits(rng, 12)
        v = f"{rng.choice('ABCDGHKLMNPRSTW')}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"  # FL
    elif kind == 2:
        d = digits(rng, 9)
        v = f"{d[:3]} {d[3:6]} {d[6:]}"  # NY
    elif kind == 3:
        d = digits(rng, 11)
        v = f"{rng.choice('ABDSMW')}{d[:3]}-{d[3:7]}-{d[7:]}"  # IL
    else:
        v = digits(rng, 8)  # TX
    return ("US_DRIVER_LICENSE", v)


def card(rng: random.Random) -> Fill:
    kind = rng.randint(0, 3)
    if kind == 0:
        n = luhn_complete("4" + digits(rng, 14))
    elif kind == 1:
        n = luhn_complete("5" + str(rng.randint(1, 5)) + digits(rng, 13))
    elif kind == 2:
        n = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        sep = rng.choice([" ", "-", ""])
        return ("CREDIT_CARD", f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}")
    else:
        n = luhn_complete("6011" + digits(rng, 11))
    sep = rng.choice([" ", "-", "", " "])
    return ("CREDIT_CARD", sep.join(n[i : i + 4] for i in range(0, 16, 4)))


def iban(rng: random.Random) -> Fill:
    c = rng.choice(["GB", "GB", "IE", "DE"])
    if c in ("GB", "IE"):
        bank = rng.choice(
            ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"] if c == "GB" else ["AIBK", "BOFI"]
        )
        bban = bank + digits(rng, 6) + digits(rng, 8)
    else:
        bban = digits(rng, 18)
    v = iban_make(c, bban)
    if rng.random() < 0.6:
        v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return ("IBAN_CODE", v)


def sort_code(rng: random.Random) -> Fill:
    d = digits(rng, 6)
    return (
        "BANK_ACCOUNT",
        rng.choice([f"{d[:2]}-{d[2:4]}-{d[4:]}", f"{d[:2]} {d[2:4]} {d[4:]}", d]),
    )


def uk_acc(rng: random.Random) -> Fill:
    return ("BANK_ACCOUNT", digits(rng, 8))


def routing(rng: random.Random) -> Fill:
    return ("BANK_ACCOUNT", aba_make(rng))


def us_acc(rng: random.Random) -> Fill:
    return ("BANK_ACCOUNT", str(rng.randint(1, 9)) + digits(rng, rng.randint(8, 11)))


UK_PLATE_AREA = "ABCDEFGHKLMNOPRSVWY"
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uk_plate(rng: random.Random) -> Fill:
    age = rng.choice(
        ["15", "65", "16", "66", "18", "68", "19", "69", "21", "71", "23", "73", "24", "74"]
    )
    v = (
        rng.choice(UK_PLATE_AREA)
        + rng.choice(PLATE_LETTERS)
        + age
        + " "
        + letters(rng, 3, PLATE_LETTERS)
    )
    return ("LICENSE_PLATE", v if rng.random() < 0.75 else v.replace(" ", ""))


def us_plate(rng: random.Random) -> Fill:
    k = rng.randint(0, 2)
    if k == 0:
        v = str(rng.randint(5, 9)) + letters(rng, 3, PLATE_LETTERS) + digits(rng, 3)
    elif k == 1:
        v = letters(rng, 3, PLATE_LETTERS) + "-" + digits(rng, 4)
    else:
        v = letters(rng, 3, PLATE_LETTERS) + " " + digits(rng, 4)
    return ("LICENSE_PLATE", v)


HANDLE_BITS = [
    "moth",
    "pixel",
    "crumpet",
    "lofi",
    "velvet",
    "rusty",
    "nova",
    "bramble",
    "tofu",
    "sk8",
    "paperplane",
    "ghost",
    "kettle",
    "mint",
    "doodle",
    "cactus",
    "biscuit",
    "zigzag",
    "neon",
    "otter",
    "wildflower",
    "static",
    "hazel",
    "plum",
    "comet",
    "yeti",
]


def handle_core(rng: random.Random) -> str:
    f = rng.choice(EN_FIRST).lower().replace("-", "")
    k = rng.randint(0, 4)
    if k == 0:
        return f"{f}_{rng.choice(HANDLE_BITS)}{rng.randint(1, 99)}"
    if k == 1:
        return f"{rng.choice(HANDLE_BITS)}.{f}"
    if k == 2:
        return f"{f}{rng.choice(EN_SURNAME).lower()[:3]}{rng.randint(80, 99)}"
    if k == 3:
        return f"the{rng.choice(HANDLE_BITS)}{rng.choice(HANDLE_BITS)}"
    return f"{rng.choice(HANDLE_BITS)}_{rng.choice(HANDLE_BITS)}_{rng.randint(0, 9)}"


def handle_at(rng: random.Random) -> Fill:
    return ("USERNAME", "@" + handle_core(rng))


def handle_bare(rng: random.Random) -> Fill:
    return ("USERNAME", handle_core(rng))


def gamertag(rng: random.Random) -> Fill:
    a = rng.choice(
        [
            "Shadow",
            "Frosty",
            "Turbo",
            "Savage",
            "Sneaky",
            "Lazy",
            "Toxic",
            "Cosmic",
            "Feral",
            "Captain",
            "Sir",
            "Silent",
            "Crispy",
        ]
    )
    b = rng.choice(
        [
            "Wolf",
            "Panda",
            "Noodle",
            "Reaper",
            "Goose",
            "Kebab",
            "Viper",
            "Llama",
            "Spud",
            "Falcon",
            "Muffin",
            "Gremlin",
        ]
    )
    v = rng.choice(
        [
            f"xX{a}{b}Xx",
            f"{a}{b}{rng.randint(1, 999)}",
            f"{a}_{b}_{rng.randint(10, 99)}",
            f"{a}{b}",
            f"i{a}{b}",
            f"{a.lower()}{b.lower()}#{rng.randint(1000, 9999)}",
        ]
    )
    return ("USERNAME", v)


def profile_url(rng: random.Random) -> Fill:
    h = handle_core(rng).replace(".", "_")
    f = rng.choice(EN_FIRST).lower().replace("-", "")
    s = rng.choice(EN_SURNAME).lower().replace("'", "")
    v = rng.choice(
        [
            f"https://www.linkedin.com/in/{f}-{s}-{rng.randint(10, 99)}{letters(rng, 3).lower()}",
            f"instagram.com/{h}",
            f"https://github.com/{h.replace('_', '-')}",
            f"https://www.facebook.com/{f}.{s}.{rng.randint(1, 99)}",
            f"https://twitter.com/{h}",
            f"https://www.tiktok.com/@{h}",
            f"linkedin.com/in/{f}{s}",
            f"https://mastodon.social/@{h}",
            f"https://www.strava.com/athletes/{rng.randint(1000000, 99999999)}",
        ]
    )
    return ("URL", v)


def platform_url(kind: str) -> Callable[[random.Random], Fill]:
    def make(rng: random.Random) -> Fill:
        h = handle_core(rng).replace(".", "-").replace("_", "-")
        f = rng.choice(EN_FIRST).lower().replace("-", "")
        s = rng.choice(EN_SURNAME).lower().replace("'", "")
        v = {
            "GITHUB": rng.choice([f"https://github.com/{h}", f"github.com/{f}{s[:2]}"]),
            "FB": rng.choice(
                [
                    f"https://www.facebook.com/{f}.{s}.{rng.randint(1, 99)}",
                    f"facebook.com/{f}.{s}",
                    f"https://m.facebook.com/profile.php?id=1000{digits(rng, 11)}",
                ]
            ),
            "STRAVA": f"https://www.strava.com/athletes/{rng.randint(1000000, 99999999)}",
        }[kind]
        return ("URL", v)

    return make


def ip(rng: random.Random) -> Fill:
    v = rng.choice(
        [
            f"192.0.2.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"203.0.113.{rng.randint(1, 254)}",
            f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}",
        ]
    )
    return ("IP_ADDRESS", v)


def gbp(rng: random.Random) -> Fill:
    return (
        None,
        rng.choice(
            [
                f"£{rng.randint(3, 400)}",
                f"£{rng.randint(2, 90)}.{rng.randint(0, 99):02d}",
                f"{rng.randint(5, 60)} quid",
            ]
        ),
    )


def usd(rng: random.Random) -> Fill:
    return (
        None,
        rng.choice(
            [
                f"${rng.randint(5, 600)}",
                f"${rng.randint(2, 90)}.{rng.randint(0, 99):02d}",
                f"{rng.randint(10, 80)} bucks",
            ]
        ),
    )


def clock(rng: random.Random) -> Fill:
    h, m = rng.randint(1, 12), rng.choice([0, 15, 30, 45, 10, 20])
    return (
        None,
        rng.choice([f"{h}:{m:02d}", f"{h}{rng.choice(['pm', 'am', 'ish'])}", f"{h + 8}:{m:02d}"]),
    )


EN_SLOTS: dict[str, Callable[[random.Random], Fill]] = {
    "FIRST": en_first,
    "FIRSTLC": en_first_lc,
    "FULL": en_full,
    "FULLLC": en_full_lc,
    "SUR": en_sur,
    "NICK": en_nick,
    "TITLE": en_title,
    "UKMOB": uk_mobile,
    "UKLAND": uk_land,
    "USPH": us_phone,
    "PHONE": any_phone,
    "EMAIL": email,
    "UKADDR": uk_addr,
    "USADDR": us_addr,
    "ADDRINF": addr_inf,
    "ADDR": any_addr,
    "NINO": nino,
    "NHS": nhs,
    "UKPASS": uk_pass,
    "UKDL": uk_dl,
    "SSN": ssn,
    "ITIN": itin,
    "USPASS": us_pass,
    "USDL": us_dl,
    "CARD": card,
    "IBAN": iban,
    "SORT": sort_code,
    "UKACC": uk_acc,
    "ROUTING": routing,
    "USACC": us_acc,
    "UKPLATE": uk_plate,
    "USPLATE": us_plate,
    "HANDLE": handle_at,
    "HANDLEB": handle_bare,
    "GAMERTAG": gamertag,
    "PROFILE": profile_url,
    "IP": ip,
    "GITHUB": platform_url("GITHUB"),
    "FB": platform_url("FB"),
    "STRAVA": platform_url("STRAVA"),
    "GBP": gbp,
    "USD": usd,
    "TIME": clock,
    "DAY": pick(
        ["monday", "Tuesday", "wed", "Thursday", "friday", "Sat", "sunday", "tmrw", "tonight"]
    ),
    "EMO": pick(
        ["😂", "🙏", "❤️", "👍", "😅", "🙄", "🎉", "x", "xx", "!!", "lol", "😬", "💀", "🤞", ":)"]
    ),
}

# English templates: chats, posts, payment notes, comments, e-mails, delivery messages.
EN_TEMPLATES = [
    "{FIRST} can you grab milk on the way back {EMO}",
    "{FIRSTLC} u coming to the pub or what",
    "hey it's {FIRST}, new number, save this one: {UKMOB}",
    "Hi {FIRST}, this is {FULL} from the PTA. Could you ring me back on {UKLAND} when you get a sec?",
    "Paid back {FIRST} for the Ubers {GBP} {EMO}",
    "for {NICK} - pizza + garlic bread",
    "rent for march, thanks {FIRST}!!",
    "Dear {TITLE} {SUR}, please find attached the signed tenancy agreement. Kind regards, {FULL}",
    "Thanks {TITLE} {SUR} for sorting the referral, my NHS number is {NHS} if the surgery asks",
    "{FULL} 🎂 happy 30th you absolute legend",
    "Parcel left with neighbour at {UKADDR}. Signed for by {FIRST}.",
    "Your driver {FIRST} is on the way with your order. Call {UKMOB} if you can't find them.",
    "Delivery to {USADDR} — leave by the side gate pls, dog is friendly",
    "ship to: {FULL}, {USADDR}",
    "new address is {ADDRINF} if u want to send the bday card",
    "can u send the form to {EMAIL} not my work one",
    "email me at {EMAIL} or text {USPH} whichever",
    "Contact: {FULL} | {EMAIL} | {PHONE}",
    "reply to {EMAIL} — {FIRST} is off till {DAY}",
    "my NI number is {NINO} for the payroll thing",
    "NI no: {NINO}",
    "HMRC letter says {NINO} is on the wrong record?? wtf",
    "nhs no. {NHS} , dob on the card, appointment {DAY} at {TIME}",
    "Patient: {FULL}  NHS: {NHS}",
    "passport number {UKPASS} expires next june so we're fine for Spain",
    "need your passport no for the booking — mine is {UKPASS}",
    "driving licence: {UKDL} (points cleared last yr)",
    "{FIRST} the hire car place wants your licence number, is it {UKDL}?",
    "SSN {SSN} — don't forward this one ok",
    "W-2 came back with the wrong social: {SSN}. should be mine, {FULL}",
    "ITIN: {ITIN} (my mom's, for the tax return)",
    "my itin is {ITIN} if the accountant needs it",
    "US passport # {USPASS} exp 2031",
    "Passport no. {USPASS}, issued Chicago",
    "DL# {USDL}",
    "license no {USDL}, the DMV one expired in feb",
    "card ending nah here's the whole thing {CARD} exp 09/27",
    "use my card {CARD} for the deposit, I'll venmo u after",
    "Card: {CARD}\nName on card: {FULL}",
    "pls transfer to IBAN {IBAN} ref {FIRST} flat deposit",
    "IBAN {IBAN}\nBIC NWBKGB2L\nacct name {FULL}",
    "sort code {SORT} acc no {UKACC} — that's {FIRST}'s account not mine",
    "pay me back to {SORT} / {UKACC} pls {EMO}",
    "Bank details: {FULL}, sort {SORT}, account {UKACC}",
    "routing {ROUTING} account {USACC} for direct deposit",
    "ABA: {ROUTING}\nAcct: {USACC}\nName: {FULL}",
    "{FIRST} parked in my spot again, reg {UKPLATE} {EMO}",
    "silver corsa {UKPLATE} blocking the drive for 2 hrs",
    "anyone know whose van this is? plate {USPLATE}, been outside for days",
    "cops pulled over {FIRST} lol, plate was {USPLATE}",
    "add me on insta {HANDLE}",
    "follow {HANDLE} she does the best cake pics",
    "my gamertag is {GAMERTAG} add me",
    "psn: {GAMERTAG} — {FIRST} join the party",
    "discord is {GAMERTAG}, ask {NICK} for the server invite",
    "snap: {HANDLEB}",
    "here's my page if anyone's hiring: {PROFILE}",
    "here's {FIRST}'s page {PROFILE}",
    "portfolio is up!! {PROFILE} {EMO}",
    "login from {IP} that wasn't me??",
    "New sign-in to your account from IP {IP}. Not you, {FIRST}? Secure your account.",
    "router says {IP} keeps hitting the nas, blocked it",
    "{FULLLC} owes me {GBP} from the festival",
    "omg {FIRST} and {FIRST} are engaged!!! {EMO}",
    "{FIRST}, {FIRST} and {FIRST} — you're on washing up",
    "Shout out to {FULL} for finding my cat, absolute hero",
    "RIP to my phone, text me on {FIRST}'s for now: {UKMOB}",
    "ring {FIRST} on {PHONE} about the boiler",
    "Plumber's number: {UKLAND} ask for {FIRST}",
    "babysitter is {FULL}, {USPH}, she's free {DAY}",
    "{NICK} said ur cousin {FIRST} needs a lift from the station",
    "Venmo note: {FIRST} 🍕🍺",
    "Zelle to {FULL} - utilities oct",
    "to {FIRSTLC} for concert tix",
    "split w {FIRSTLC} and {FIRSTLC} {EMO}",
    "Sent {USD} to {FULL} for the couch",
    "Monzo: {FIRST} sent you {GBP} 'petrol'",
    "reminder: {TITLE} {SUR} wants the permission slips back by {DAY}",
    "{TITLE} {SUR} at the dentist moved me to {TIME}",
    "Coach {SUR} says training is cancelled, pitch is flooded",
    "Hi, I'm {FIRST}! Looking for a room in a shared house, message me on {UKMOB} {EMO}",
    "Selling my old bike, collection from {UKADDR}, text {UKMOB}",
    "Lost dog near the park, answers to Biscuit. Call {FULL} on {USPH}",
    "Hiya {FIRSTLC} x did u get home ok",
    "Good morning {FIRST}! Reminder you're on the rota for {DAY}.",
    "{FIRST} pls stop using my shampoo",
    "From: {FULL} <{EMAIL}>\nSubject: Re: invoice 4417\nHi {FIRST}, paid this morning.",
    "Forwarding for {FULL} ({EMAIL}) who is the new treasurer",
    "cc'ing {FIRST} ({EMAIL}) since she handles the refunds",
    "Registered keeper: {FULL}, {UKADDR}, vehicle {UKPLATE}",
    "Claim for {FULL}, DOB on file, policy addr {USADDR}, SSN {SSN}",
    "Employee: {FULL}\nNI: {NINO}\nSort code: {SORT}\nAccount: {UKACC}",
    "application: {FULL}, {EMAIL}, {USPH}, DL {USDL}",
    "i.d. check done: passport {UKPASS}, licence {UKDL}",
    "sorry {FIRST} wrong chat 🙈",
    "{FIRSTLC} ur literally the worst at mario kart",
    "happy anniversary {FIRST} & {FIRST} 🥂",
    "ty {NICK} for the lift x",
    "Tell {FIRST} the keys are under the mat at {ADDRINF}",
    "meet at mine, {ADDRINF}, buzz flat 3",
    "Our new place: {USADDR}. Housewarming sat, bring snacks!",
    "can someone pick {FIRST} up from footy at {TIME}",
    "{FIRST}'s mum says she can do the school run {DAY}",
    "Invoice to: {FULL}, {UKADDR}. Pay to {IBAN}.",
    "wifi at {FIRST}'s is on {IP} if u need to port forward",
    "{FIRST} changed the group name to '{FIRST}'s hen do 💅'",
    "Just a heads up {FULL} is covering reception, extension not working so use {UKLAND}",
    "{TITLE} {SUR} rang about the fence. lovely man.",
    "can you venmo {HANDLE} instead, my account's frozen",
    "cash app tag is {HANDLEB}, not the one with the dog pic",
    "Thanks for the order, {FIRST}! We'll text updates to {USPH}.",
    "{FIRST} from accounts needs your bank details again: routing {ROUTING}, acct {USACC}?",
    "card {CARD} declined at the till 😩 {FIRST} paid",
    "ugh {FIRSTLC} just sent me her whole card number {CARD} in the group chat",
    "found {FIRST}'s wallet, licence says {USDL}, will drop it at {USADDR}",
    "the tax guy asked for the kids' ITINs: {ITIN} and {ITIN}",
    "IRS letter re ITIN {ITIN} — can someone translate this for my dad",
    "W-7 approved!! new ITIN {ITIN} 🎉",
    "{FIRST} what's your itin again? the form won't take the old one",
    "renewing passport, old number {USPASS}, {FULL}",
    "travel form: name {FULL}, passport {USPASS}, nationality US",
    "ESTA asks for passport no — {USPASS} right?",
    "my SSN is {SSN} but pls delete this after",
    "social security no. {SSN} (for the lease application)",
    "landlord wants last 4 AND full ssn?? {SSN} seems a lot to send by text",
    "please wire the deposit to {IBAN}, beneficiary {FULL}",
    "new iban: {IBAN} (old account closed)",
    "{FIRST} send the £ to {IBAN} not the revolut one",
    "NHS number {NHS}, GP is at the health centre, {FULL}",
    "my nhs no is {NHS} for the covid jab booking",
    "{FIRST}'s NHS number: {NHS} — she's allergic to penicillin",
    "Passport: {UKPASS}  Exp: 03/2030  Holder: {FULL}",
    "mum's passport is {UKPASS} for the ferry booking",
    "licence no. {UKDL} — the dvla site keeps rejecting it?",
    "hire car wants driving licence {UKDL} + check code",
    "DL {USDL} exp 2029, renewed online",
    "driver license {USDL}, {FULL}, {USADDR}",
    "can u check the wifi logs, {IP} and {IP} keep reconnecting",
    "server {IP} is mine, the other one is {FIRST}'s",
    "ssh into {IP} with the usual key",
    "Unusual login to your account from {IP} ({DAY} at {TIME}).",
    "github is {GITHUB}, cv attached",
    "fb: {FB}",
    "Follow my running on {STRAVA} 🏃",
    "{FIRST} just followed you. View profile: {PROFILE}",
    "card no {CARD} cvv on the back, it's {FIRST}'s so ask first",
    "Payment failed for card {CARD}. Please update your details.",
    "card no. {CARD} exp 11/26 — for the hotel",
    "{FULL}\n{UKADDR}\n{UKMOB}",
    "{FULL}\n{USADDR}\n{USPH}\n{EMAIL}",
    "hi {FIRSTLC} its me, {NICK} 👋 this is my new work email {EMAIL}",
    "{NICK} !!!! call me back {UKMOB}",
    "Hi {TITLE} {SUR}, {FIRST} won't be in today, temperature. Thanks, {FULL}",
    "Dear {FIRST}, thank you for your application. We'll contact you at {EMAIL}.",
    "{FULLLC} - coffee ☕",
    "ty {FIRSTLC} 💕",
    "{FIRST} {EMO}",
    "{FIRSTLC}!!!",
    "who took my charger. {FIRST} I know it was you",
    "Venmo: {HANDLE} paid you {USD} — tacos 🌮",
    "xbox gt: {GAMERTAG}, steam same",
    "{GAMERTAG} carried us last night, {FIRST} was useless {EMO}",
    "tiktok @ is {HANDLEB}, no longer the old one",
    "Delivered to {FIRST} at front door. {USADDR}.",
    "Collection point: {UKADDR}. Ask for {FIRST} at the counter.",
    "Your Evri courier {FIRST} will deliver between {TIME} and {TIME}",
    "UPS: delivery for {FULL} rescheduled, call {USPH}",
    "Amazon driver left it at {ADDRINF}?? i don't live there",
    "{FIRST}'s car is the blue one, {UKPLATE}, let it through the barrier",
    "ANPR fine for {UKPLATE} but {FIRST} had the car that day",
    "Tow notice: vehicle {USPLATE} parked at {USADDR}",
    "{TITLE} {SUR}'s class is doing a trip on {DAY}",
    "{FIRST} and {FULL} are on the committee this year",
    "lunch with {FIRSTLC} + {NICK} was fun",
    "{FULL} left a comment on your photo: so cute!!",
    "Replying to {HANDLE}: agreed, the ending was terrible",
    "sort {SORT} acc {UKACC} ref CHRISTMAS CLUB",
    "paying {FULL}: {SORT} {UKACC}",
    "acct {USACC} / routing {ROUTING} — {FIRST} needs this for payroll by {DAY}",
    "ITIN {ITIN}, SSN n/a, passport {USPASS}",
    "PATIENT {FULL} NHS {NHS} ward 7 bed 3",
]

# Lines with no identifier at all (about 15% of the labelled English file).
EN_NEUTRAL = [
    "running 10 mins late sorry",
    "did anyone else get soaked on the way in 😭",
    "lol same",
    "can't believe it's only tuesday",
    "who's bringing the speaker",
    "ok see u there x",
    "bin day tomorrow don't forget",
    "that film was mid tbh",
    "omw",
    "the heating's broken again",
    "Thanks everyone for coming tonight, great turnout!",
    "anyone got a spare phone charger",
    "teh train is cancelled AGAIN",
    "brb",
    "Happy new year all 🎆",
    "we need more bin bags",
    "shall we just order in",
    "I'm knackered, early night for me",
    "nah it's fine honestly",
    "anyone watching the match later?",
    "the wifi is so slow rn",
    "Payment for groceries",
    "electric bill share",
    "🍕",
    "beers",
    "Refund - duplicate charge",
    "gas + water jan",
    "Reminder: bake sale friday, all donations welcome",
    "does the chemist open on sundays",
    "that's hilarious 💀",
    "delivery attempted, we'll try again tomorrow",
    "Your parcel is on its way!",
    "Order confirmed. Estimated arrival 3-5 working days.",
    "sorry wrong chat",
    "whatever u think",
    "can we move it to next week",
    "love this pic",
    "congrats!!! so proud",
    "where did u park",
    "I'll bring dessert",
    "low battery, will msg later",
    "cinema or bowling",
    "ngl i forgot",
    "Great post, thanks for sharing",
    "agreed 100%",
    "this recipe slaps",
    "costs split 4 ways",
    "my back is killing me after that gym session",
    "lunch on me next time",
    "ur a star",
    "Hi all, the meeting has moved to the small room",
    "heading home now",
    "can't make it sry",
    "fuel",
    "coffee ☕",
    "birthday present",
    "thx for dinner",
    "netflix share",
    "tickets",
]


# ======================================================================================
# CHINESE: value pools and generators
# ======================================================================================

ZH_SURNAMES = [
    *(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
        "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
        "毛郝龚邵万严覃武戴莫孔向汤温庞阎"
    ),
    "欧阳",
    "司马",
    "诸葛",
    "上官",
]
ZH_GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉晨宇浩然梓涵子轩"
    "欣怡雨婷思琪佳琪一诺梦瑶俊豪嘉怡家乐晓峰志远雪梅海燕春生秋菊冬青文博世杰浚泽沐阳若曦"
    "诗涵锦程昊天语桐铭宸紫萱"
)
ZH_NICK_DOUBLE = [
    "婷婷",
    "乐乐",
    "豆豆",
    "朵朵",
    "媛媛",
    "晶晶",
    "丹丹",
    "萌萌",
    "阳阳",
    "甜甜",
    "贝贝",
    "楠楠",
    "璐璐",
    "毛毛",
    "果果",
    "琪琪",
    "悦悦",
    "彤彤",
    "聪聪",
    "磊磊",
]
ZH_TITLES = [
    "总",
    "姐",
    "哥",
    "老师",
    "医生",
    "师傅",
    "经理",
    "阿姨",
    "叔",
    "律师",
    "主任",
    "老板",
    "工",
    "教练",
    "护士",
]


def zh_given(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return rng.choice(ZH_GIVEN)
    return rng.choice(ZH_GIVEN) + rng.choice(ZH_GIVEN)


def zh_full(rng: random.Random) -> Fill:
    while True:
        g = zh_given(rng)
        if len(set(g)) == len(g):
            return ("PERSON", rng.choice(ZH_SURNAMES) + g)


def zh_given_only(rng: random.Random) -> Fill:
    while True:
        g = rng.choice(ZH_GIVEN) + rng.choice(ZH_GIVEN)
        if g[0] != g[1]:
            return ("PERSON", g)


def zh_nick(rng: random.Random) -> Fill:
    k = rng.randint(0, 3)
    if k == 0:
        return ("PERSON", "小" + rng.choice([*ZH_SURNAMES[:60], *ZH_GIVEN]))
    if k == 1:
        return ("PERSON", "老" + rng.choice(ZH_SURNAMES[:60]))
    if k == 2:
        return ("PERSON", "阿" + rng.choice([*ZH_GIVEN, "强", "珍", "娟", "明", "辉"]))
    return ("PERSON", rng.choice(ZH_NICK_DOUBLE))


def zh_titled(rng: random.Random) -> Fill:
    return ("PERSON", rng.choice(ZH_SURNAMES[:70]) + rng.choice(ZH_TITLES))


CN_MOBILE_PREFIX = [
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "176",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
]


def cn_phone(rng: random.Random) -> Fill:
    n = rng.choice(CN_MOBILE_PREFIX) + digits(rng, 8)
    shape = rng.choice(
        [
            n,
            n,
            f"{n[:3]} {n[3:7]} {n[7:]}",
            f"{n[:3]}-{n[3:7]}-{n[7:]}",
            f"+86 {n}",
            f"+86-{n[:3]}-{n[3:7]}-{n[7:]}",
            f"86{n}",
            f"{n[:3]} {n[3:]}",
        ]
    )
    return ("PHONE_NUMBER", shape)


def cn_landline(rng: random.Random) -> Fill:
    area = rng.choice(
        [
            "010",
            "021",
            "020",
            "0755",
            "028",
            "027",
            "0571",
            "025",
            "029",
            "023",
            "0731",
            "0591",
            "0871",
            "0451",
            "0931",
        ]
    )
    n = str(rng.randint(2, 8)) + digits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
    return ("PHONE_NUMBER", rng.choice([f"{area}-{n}", f"({area}){n}", f"{area} {n}"]))


PINYIN = [
    "wang",
    "li",
    "zhang",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "zhou",
    "wu",
    "xu",
    "sun",
    "ma",
    "hu",
    "guo",
    "lin",
    "luo",
    "zheng",
    "liang",
    "xie",
    "tang",
    "han",
    "deng",
    "xiao",
    "cao",
    "peng",
]
PINYIN_G = [
    "wei",
    "fang",
    "na",
    "min",
    "jing",
    "lei",
    "jun",
    "yang",
    "tao",
    "chao",
    "xiaofeng",
    "yuting",
    "haoran",
    "zixuan",
    "jiale",
    "siqi",
    "mengyao",
    "junhao",
    "xinyi",
    "yuxuan",
    "shijie",
    "ruoxi",
]


def zh_email(rng: random.Random) -> Fill:
    s, g = rng.choice(PINYIN), rng.choice(PINYIN_G)
    local = rng.choice(
        [
            f"{s}{g}",
            f"{g}.{s}",
            f"{s}_{g}{rng.randint(80, 99)}",
            f"{g}{rng.randint(1990, 2005)}",
            f"{s}{g[0]}{rng.randint(100, 999)}",
            digits(rng, rng.randint(6, 10)).lstrip("0") or "518",
        ]
    )
    return (
        "EMAIL_ADDRESS",
        f"{local}@{rng.choice(['example.com', 'example.net', 'example.org', 'mail.example.com'])}",
    )


CN_CITIES = [
    ("北京市", ["朝阳区", "海淀区", "丰台区", "东城区", "通州区"]),
    ("上海市", ["浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区"]),
    ("广东省广州市", ["天河区", "越秀区", "番禺区", "海珠区"]),
    ("广东省深圳市", ["南山区", "福田区", "龙岗区", "宝安区"]),
    ("四川省成都市", ["武侯区", "锦江区", "高新区", "金牛区"]),
    ("湖北省武汉市", ["洪山区", "江汉区", "武昌区"]),
    ("浙江省杭州市", ["西湖区", "余杭区", "滨江区", "拱墅区"]),
    ("江苏省南京市", ["鼓楼区", "玄武区", "江宁区"]),
    ("陕西省西安市", ["雁塔区", "碑林区", "未央区"]),
    ("重庆市", ["渝中区", "江北区", "沙坪坝区", "九龙坡区"]),
    ("湖南省长沙市", ["岳麓区", "雨花区", "天心区"]),
    ("福建省厦门市", ["思明区", "湖里区"]),
    ("云南省昆明市", ["五华区", "盘龙区"]),
    ("黑龙江省哈尔滨市", ["南岗区", "道里区"]),
    ("甘肃省兰州市", ["城关区", "七里河区"]),
    ("山东省青岛市", ["市南区", "崂山区", "黄岛区"]),
    ("河南省郑州市", ["金水区", "二七区"]),
    ("辽宁省沈阳市", ["和平区", "铁西区"]),
    ("广西壮族自治区南宁市", ["青秀区", "西乡塘区"]),
    ("新疆维吾尔自治区乌鲁木齐市", ["天山区", "沙依巴克区"]),
]
CN_ROADS = [
    "建设路",
    "人民路",
    "解放路",
    "中山路",
    "和平街",
    "文化路",
    "长江路",
    "新华街",
    "学府路",
    "幸福路",
    "光明路",
    "团结路",
    "滨河路",
    "东风路",
    "青年路",
    "胜利街",
    "朝阳路",
    "迎宾大道",
    "科技园路",
    "桂花巷",
]
CN_ESTATES = [
    "阳光花园",
    "锦绣苑",
    "翠湖小区",
    "金色家园",
    "幸福里",
    "绿城桂花园",
    "碧水湾",
    "东方明珠苑",
    "和谐家园",
    "丽景华庭",
    "书香门第",
    "滨江一号",
    "紫荆公寓",
    "望江苑",
    "龙湖春江郦城",
    "万科城",
]


def cn_addr(rng: random.Random) -> Fill:
    prov, dists = rng.choice(CN_CITIES)
    dist = rng.choice(dists)
    road = rng.choice(CN_ROADS)
    no = rng.randint(1, 888)
    est = rng.choice(CN_ESTATES)
    bld, unit, room = (
        rng.randint(1, 30),
        rng.randint(1, 6),
        rng.randint(1, 32) * 100 + rng.randint(1, 6),
    )
    k = rng.randint(0, 3)
    if k == 0:
        v = f"{prov}{dist}{road}{no}号{est}{bld}栋{unit}单元{room}室"
    elif k == 1:
        v = f"{prov.split('省')[-1]}{dist}{road}{no}号{bld}号楼{room}"
    elif k == 2:
        v = f"{dist}{est}{bld}-{unit}-{room}"
    else:
        v = f"{prov}{dist}{road}{no}弄{bld}号{room}室"
    return ("LOCATION", v)


def cn_addr_inf(rng: random.Random) -> Fill:
    _, dists = rng.choice(CN_CITIES)
    dist = rng.choice(dists).rstrip("区")
    est = rng.choice(CN_ESTATES)
    v = rng.choice(
        [
            f"{dist}{est}{rng.randint(1, 20)}栋{rng.randint(101, 2806)}",
            f"{est}{rng.randint(1, 12)}期{rng.randint(1, 30)}号楼{rng.randint(1, 4)}单元{rng.randint(101, 1802)}",
            f"{rng.choice(CN_ROADS)}{rng.randint(1, 300)}号{est}{rng.randint(1, 20)}幢{rng.randint(101, 1502)}",
        ]
    )
    return ("LOCATION", v)


CN_RURAL = [
    ("河南省周口市郸城县", "汲冢镇"),
    ("四川省南充市仪陇县", "马鞍镇"),
    ("湖南省邵阳市隆回县", "六都寨镇"),
    ("山东省菏泽市曹县", "大集镇"),
    ("贵州省毕节市威宁县", "草海镇"),
    ("江西省赣州市于都县", "贡江镇"),
    ("河北省保定市涞水县", "三坡镇"),
    ("安徽省阜阳市临泉县", "城关镇"),
    ("广西壮族自治区桂林市阳朔县", "白沙镇"),
    ("甘肃省天水市秦安县", "兴国镇"),
    ("云南省大理白族自治州宾川县", "金牛镇"),
    ("黑龙江省绥化市望奎县", "通江镇"),
]
CN_VILLAGES = [
    "王庄村",
    "新民村",
    "东风村",
    "河口村",
    "石桥村",
    "柳树湾村",
    "红旗村",
    "上坝村",
    "杨家沟村",
    "前进村",
]


def cn_rural(rng: random.Random) -> Fill:
    county, town = rng.choice(CN_RURAL)
    village = rng.choice(CN_VILLAGES)
    v = rng.choice(
        [
            f"{county}{town}{village}{rng.randint(1, 9)}组{rng.randint(1, 80)}号",
            f"{county}{town}{village}",
            f"{town}{village}{rng.randint(1, 12)}组",
        ]
    )
    return ("LOCATION", v)


CN_AREA = [
    "110105",
    "110108",
    "310104",
    "310115",
    "440106",
    "440305",
    "510107",
    "420111",
    "330106",
    "320102",
    "610113",
    "500103",
    "430104",
    "350203",
    "530102",
    "230103",
    "620102",
    "370212",
    "410105",
    "210102",
    "450103",
    "650102",
    "130104",
    "140105",
    "360102",
    "520102",
    "460106",
]


def cn_id(rng: random.Random) -> Fill:
    y = rng.randint(1955, 2012)
    body = (
        f"{rng.choice(CN_AREA)}{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(rng, 3)}"
    )
    v = cn_id_complete(body)
    if rng.random() < 0.12:
        v = f"{v[:6]} {v[6:14]} {v[14:]}"
    return ("CN_ID_CARD", v)


def cn_passport(rng: random.Random) -> Fill:
    return (
        "CN_PASSPORT",
        rng.choice(
            [
                "E" + digits(rng, 8),
                "E" + rng.choice("ABCDEFGH") + digits(rng, 7),
                "G" + digits(rng, 8),
            ]
        ),
    )


def cn_bank(rng: random.Random) -> Fill:
    pre = rng.choice(
        [
            "622202",
            "621700",
            "622848",
            "621226",
            "622588",
            "622700",
            "623058",
            "621483",
            "622908",
            "625965",
        ]
    )
    n = luhn_complete(pre + digits(rng, rng.choice([12, 12, 10, 9])))
    if rng.random() < 0.45:
        n = " ".join(n[i : i + 4] for i in range(0, len(n), 4))
    return ("CN_BANK_CARD", n)


CN_PLATE_PROV = "京沪粤川鄂浙苏陕渝湘闽云黑甘鲁豫辽桂新冀晋赣贵琼"


def cn_plate(rng: random.Random) -> Fill:
    p = rng.choice(CN_PLATE_PROV) + rng.choice("ABCDEFGHJK")
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    k = rng.randint(0, 3)
    if k == 0:
        tail = digits(rng, 5)
    elif k == 1:
        tail = "".join(rng.choice(alnum) for _ in range(5))
    elif k == 2:
        tail = rng.choice("DF") + digits(rng, 5)  # new-energy plate
    else:
        tail = digits(rng, 3) + letters(rng, 2, "ABCDEFGHJKLMNPQRSTUVWXYZ")
    sep = rng.choice(["", "·", " ", ""])
    return ("LICENSE_PLATE", p + sep + tail)


def wechat_id(rng: random.Random) -> Fill:
    s, g = rng.choice(PINYIN), rng.choice(PINYIN_G)
    v = rng.choice(
        [
            f"{s}{g}{rng.randint(1, 999)}",
            f"wxid_{''.join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(14))}",
            f"{g}_{s}",
            f"{s.capitalize()}{g.capitalize()}-{rng.randint(10, 99)}",
            f"{g}{s}{rng.randint(1985, 2003)}",
        ]
    )
    return ("WECHAT_ID", v)


def qq(rng: random.Random) -> Fill:
    return ("QQ_NUMBER", str(rng.randint(1, 9)) + digits(rng, rng.randint(5, 9)))


def zh_username(rng: random.Random) -> Fill:
    s, g = rng.choice(PINYIN), rng.choice(PINYIN_G)
    v = rng.choice(
        [
            f"{g}_{rng.choice(['cat', 'eats', 'daily', 'travel', 'vlog'])}",
            f"dy{digits(rng, 9)}",
            f"{s}{g}{rng.randint(1, 99)}",
            f"{g}的小厨房",
            f"{rng.choice(['吃货', '社恐', '摸鱼', '躺平'])}{g}",
        ]
    )
    return ("USERNAME", v)


def zh_username_at(rng: random.Random) -> Fill:
    t, v = zh_username(rng)
    return (t, "@" + v)


def rmb(rng: random.Random) -> Fill:
    return (
        None,
        rng.choice(
            [
                f"{rng.randint(5, 3000)}元",
                f"¥{rng.randint(3, 999)}.{rng.randint(0, 99):02d}",
                f"{rng.randint(20, 500)}块",
                f"{rng.randint(1, 20)}00",
            ]
        ),
    )


ZH_SLOTS: dict[str, Callable[[random.Random], Fill]] = {
    "NAME": zh_full,
    "GIVEN": zh_given_only,
    "NICK": zh_nick,
    "TNAME": zh_titled,
    "PHONE": cn_phone,
    "LAND": cn_landline,
    "EMAIL": zh_email,
    "ADDR": cn_addr,
    "ADDRINF": cn_addr_inf,
    "RURAL": cn_rural,
    "ID": cn_id,
    "PASS": cn_passport,
    "BANK": cn_bank,
    "PLATE": cn_plate,
    "WX": wechat_id,
    "QQ": qq,
    "TEACH": lambda rng: ("PERSON", rng.choice(ZH_SURNAMES[:70]) + "老师"),
    "DOC": lambda rng: (
        "PERSON",
        rng.choice(ZH_SURNAMES[:70]) + rng.choice(["医生", "大夫", "护士", "主任"]),
    ),
    "BOSS": lambda rng: (
        "PERSON",
        rng.choice(ZH_SURNAMES[:70]) + rng.choice(["总", "经理", "主管", "老板"]),
    ),
    "AYI": lambda rng: (
        "PERSON",
        rng.choice(ZH_SURNAMES[:70]) + rng.choice(["阿姨", "姐", "大姐", "师傅", "叔"]),
    ),
    "USER": zh_username,
    "USERAT": zh_username_at,
    "RMB": rmb,
    "EMO": pick(
        [
            "[捂脸]",
            "[抱拳]",
            "😂",
            "🙏",
            "[呲牙]",
            "[OK]",
            "～",
            "哈哈哈",
            "[玫瑰]",
            "👍",
            "[旺柴]",
            "！！",
            "😭",
            "",
        ]
    ),
    "WHEN": pick(["明天", "周六", "今晚", "下周一", "后天上午", "这周末", "月底", "中午"]),
}

ZH_TEMPLATES = [
    "{NICK}，你到哪了？我们都在门口等你{EMO}",
    "{NAME}你好，我是楼下502的，你家漏水漏到我家了，方便的话回个电话{PHONE}",
    "收件人：{NAME} 电话：{PHONE} 地址：{ADDR}",
    "{NAME}，{PHONE}，{ADDR}",
    "快递放{ADDRINF}门口就行，到了打{PHONE}",
    "【顺丰速运】您的快件已由{ADDRINF}丰巢柜代收，取件人{NAME}，如有疑问请联系快递员{PHONE}",
    "外卖备注：不要香菜！！送到{ADDRINF}，电话{PHONE}",
    "骑手{NICK}正在为您配送，预计12:40送达，联系骑手请拨{PHONE}",
    "转账给{NAME}，备注：房租12月",
    "{GIVEN}，房租{RMB}已转，收到回个话{EMO}",
    "微信转账 {RMB} 给{NICK} 备注：奶茶钱",
    "支付宝收款 {RMB} 付款人：{NAME}",
    "AA吃饭的钱，{NICK}和{NICK}还没转哈{EMO}",
    "{TNAME}，合同我发您邮箱{EMAIL}了，麻烦查收",
    "简历已投，联系人{NAME}，邮箱{EMAIL}，手机{PHONE}",
    "有事发邮件到{EMAIL}，我这周在外地出差",
    "我的身份证号是{ID}，帮我订一下火车票",
    "身份证：{ID}\n姓名：{NAME}\n手机：{PHONE}",
    "报名表：{NAME}，身份证号{ID}，联系电话{PHONE}",
    "老公你的身份证号多少来着？是{ID}吗",
    "护照号{PASS}，签证材料明天交",
    "帮我订机票：{NAME}，护照{PASS}，有效期到2031年",
    "工资卡号{BANK}，开户行工商银行，户名{NAME}",
    "卡号：{BANK}\n户名：{NAME}\n开户行：建设银行{WHEN}前打款哈",
    "押金退到这张卡上吧 {BANK} 农行的",
    "{NICK}的车{PLATE}又停我车位了，真服了{EMO}",
    "小区门口那辆{PLATE}挡道半天了，谁家的？",
    "我车牌{PLATE}，麻烦物业登记一下",
    "加我微信{WX}，备注一下来意",
    "微信号：{WX}（手机号同号）",
    "vx：{WX} 私聊",
    "{TNAME}的微信是{WX}，你直接加她",
    "QQ：{QQ}，晚上上线",
    "扣扣{QQ}，游戏开黑加我",
    "我的QQ号是{QQ}，群号回头发你",
    "抖音号{USER}，求关注{EMO}",
    "小红书搜{USER}，我把攻略都发上面了",
    "微博{USERAT}，欢迎来玩",
    "B站关注{USER}谢谢喵",
    "{NICK}生日快乐！🎂又老了一岁哈哈哈",
    "{NAME}同学家长请注意，明天记得带户口本复印件",
    "【家长群】{TEACH}：各位家长好，{GIVEN}同学的作业本落在教室了，请家长明早来取",
    "{GIVEN}妈妈，孩子今天有点发烧，我已经联系你了电话没人接{PHONE}",
    "请{NAME}家长{WHEN}到校签字，{TEACH}",
    "收到，谢谢{TNAME}🙏",
    "@{NAME} 麻烦统计一下班费",
    "{NICK}考上研究生了！！！恭喜恭喜{EMO}",
    "今天和{NICK}、{NICK}一起去爬山，累瘫了",
    "朋友圈：感谢{NAME}送的花，超级开心{EMO}",
    "租房：{ADDR}，两室一厅，拎包入住，联系{TNAME} {PHONE}",
    "整租转租，{ADDRINF}，押一付三，电话微信同号{PHONE}",
    "房东{AYI}说下个月房租涨{RMB}，{NICK}你怎么看",
    "中介{NICK}电话{PHONE}，说带我们{WHEN}看房",
    "找{NAME}，{LAND}，转分机808",
    "公司座机{LAND}，找{TNAME}就行",
    "{BOSS}，报销单放您桌上了",
    "{TNAME}明天请假，有事找{NICK}",
    "我是{NAME}，之前在你们店买的空调，售后电话{PHONE}打不通",
    "师傅我在{ADDRINF}，您到了打我电话{PHONE}",
    "网约车：车牌{PLATE}，白色大众，司机{AYI}，电话{PHONE}",
    "{NICK}你妈喊你回家吃饭",
    "{GIVEN}啊，中午来不来吃饭？",
    "{NICK}、{NICK}你们俩别吵了",
    "恭喜{NAME}和{NAME}新婚快乐！百年好合{EMO}",
    "老铁们，{NICK}今晚请客，地址{ADDRINF}，都来啊",
    "阿拉{NICK}讲今朝勿来了",
    "{NICK}，得闲饮茶呀，我喺{ADDRINF}附近",
    "{NICK}，巴适得很，下次还约{EMO}",
    "报名信息：{NAME}/{ID}/{PHONE}/{EMAIL}",
    "会员登记：姓名{NAME} 手机{PHONE} 生日见身份证{ID}",
    "{NAME}（身份证{ID}）于2023年入职，工资卡{BANK}",
    "帮{TNAME}填一下快递单：{ADDR}，{PHONE}",
    "寄件人：{NAME} {PHONE}\n收件人：{NAME} {PHONE}\n地址：{ADDR}",
    "{PHONE}是我新号，旧号不用了，麻烦改下备注{EMO}",
    "电话{PHONE}，微信{WX}，QQ{QQ}，随便哪个都能找到我",
    "手机号{PHONE}就是微信号",
    "打我电话{PHONE}",
    "我的号码：{PHONE}",
    "联系人{NICK}{PHONE}",
    "{NICK}电话多少？——{PHONE}",
    "{DOC}看的病，挂号单上写的{NAME}，他说下周复查",
    "护工{AYI}人很好，手机{PHONE}，推荐给大家",
    "{NICK}的孩子{GIVEN}在学钢琴，{TEACH}教的",
    "{NAME}你的包裹到了，放在菜鸟驿站，取件码见短信",
    "亲，您的订单已发货，收货人{NAME}，请保持电话{PHONE}畅通",
    "{NICK}：我到{ADDRINF}楼下了，下来拿一下",
    "刚刚{NICK}发给我她的卡号{BANK}让我帮她还信用卡{EMO}",
    "信用卡还款：{BANK}，户名{NAME}，金额{RMB}",
    "微信支付 - 转给{NICK}（{WX}）{RMB}",
    "群主{TNAME}拉{NAME}进群了",
    "{NAME}邀请{NAME}加入了群聊",
    "{GIVEN}，你QQ多少来着，{QQ}对吧",
    "我抖音{USERAT}，这个月更新了三个视频",
    "游戏ID：{USER}，区服：微信区",
    "{NICK}，你的车{PLATE}被贴条了",
    "停车场登记：{PLATE} {NAME} {PHONE}",
    "驾驶员{NAME}，车牌号{PLATE}，身份证{ID}",
    "新家地址{ADDR}，欢迎大家来暖房{EMO}",
    "搬家了，新地址：{ADDRINF}",
    "{DOC}在{ADDR}开了个诊所，有需要的找她",
    "订酒店用的是{NAME}的护照{PASS}",
    "邮箱{EMAIL}密码忘了，怎么找回啊",
    "发票抬头写{NAME}，发到{EMAIL}",
    "谢谢{NICK}帮我带娃{EMO}",
    "{GIVEN}今天又没交作业，{TEACH}让家长注意",
    "代收货款{RMB}，收货人{NAME}{PHONE}",
    "{NICK}，借你的{RMB}记得还哈，支付宝或者卡{BANK}都行",
    "{NAME}的护照号是{PASS}，机票已经出了",
    "签证中心让补材料：护照{PASS}，身份证{ID}",
    "出国留学的护照{PASS}快过期了，{NICK}陪我去办",
    "孩子的护照号{PASS}，户口本上是{NAME}",
    "{GIVEN}，你把身份证号发我，我帮你抢票",
    "{ID}，{NAME}，帮我核对一下",
    "身份证号码{ID}有效期到2035年",
    "退款请打到{BANK}（招商银行，{NAME}）",
    "定金{RMB}转到这张卡：{BANK}",
    "{BOSS}，这是供应商的收款账户：{BANK}",
    "车牌号{PLATE}，{WHEN}到，麻烦保安放行",
    "{PLATE}的车主，你的车灯没关！",
    "顺风车：{PLATE}，{WHEN}早上七点出发，还有两个空位，联系{PHONE}",
    "我的微信{WX}，{NICK}推荐我加你的",
    "加一下{NICK}的微信：{WX}",
    "微信搜{WX}就能找到我们店",
    "QQ群里{NICK}的QQ是{QQ}",
    "我QQ邮箱就是{QQ}的那个",
    "{NICK}的B站账号{USER}更新了",
    "关注一下我闺蜜的小红书{USERAT}",
    "直播间ID：{USER}，晚上八点开播",
    "{DOC}说{NICK}下周可以出院了",
    "挂了{DOC}的号，{WHEN}上午",
    "{TEACH}，{GIVEN}今天请假，发烧38度5",
    "{TEACH}好，我是{GIVEN}的爸爸，电话{PHONE}",
    "{NAME}妈妈，明天轮到你家值日",
    "{AYI}，明天早上八点能来打扫吗",
    "{AYI}做的饺子绝了{EMO}",
    "{BOSS}让{NICK}把周报发给他",
    "{NICK}跟{NAME}分手了？真的假的",
    "{NAME}，{NAME}，{NAME}，三位同学放学后留下",
    "{GIVEN}{EMO}",
    "{NICK}！",
    "想你了{NICK}",
    "晚安{NICK}[月亮]",
    "收件人：{NICK}（{PHONE}），{ADDRINF}",
    "【京东物流】您的订单由配送员{AYI}派送，电话{PHONE}",
    "【美团】骑手{NICK}已取餐，电话{PHONE}",
    "【饿了么】您的订单已送达{ADDRINF}，骑手{AYI}",
    "寄到我公司吧：{ADDR}，前台代收",
    "{NAME}寄来的特产到了，{ADDR}，谢谢啦",
    "老家地址：{ADDR}，过年寄回去",
    "入住人{NAME}，身份证{ID}，手机{PHONE}，订两晚",
    "租客信息：{NAME}，{ID}，{PHONE}，紧急联系人{NICK}{PHONE}",
    "房东{AYI}的收款卡{BANK}，户名{NAME}",
    "座机{LAND}，手机{PHONE}，找{BOSS}",
    "{PHONE}（微信同号），{NICK}",
    "号码是{PHONE}，随时打",
    "邮箱：{EMAIL}，QQ：{QQ}",
    "{NAME} <{EMAIL}> 抄送给{BOSS}",
    "快递员：{NAME}，工作手机{PHONE}",
    "寄回老家：{RURAL}，{NAME}收，{PHONE}",
    "爸妈的地址是{RURAL}，过年的年货直接寄过去",
    "助农直播发货地：{RURAL}，联系人{AYI}",
    "{NICK}，整点啥？我在{ADDRINF}这旮旯等你呢",
    "老铁{NICK}，嘎嘎好，下回还找你",
    "{NICK}，你娃在哪儿耍？{PHONE}打不通哦",
    "{NICK}，听日得唔得闲？打{PHONE}搵我",
    "{NICK}，侬今朝夜饭来伐？",
    "{NICK}，今晚来{ADDRINF}泡茶哦",
    "{NICK}，咥碗油泼面走起",
    "{NICK}，霸得蛮！明天{ADDRINF}见",
    "{NICK}，介是嘛呀，笑死我了",
    "{NICK}，中不中？中！那就{WHEN}见",
    "{GIVEN}，你个瓜娃子，又忘带钥匙了",
    "{NAME}，侬个快递放门卫了",
]

ZH_NEUTRAL = [
    "收到",
    "好的好的",
    "哈哈哈哈哈笑死",
    "我到了",
    "今天加班，晚点回",
    "吃了吗",
    "明天见～",
    "晚安",
    "这个周末有空吗",
    "外面下大雨了，记得带伞",
    "谢谢大家的祝福！",
    "群里有人去看电影吗",
    "不好意思发错群了",
    "快递到了，在门卫那",
    "午饭吃啥",
    "累死了[捂脸]",
    "奶茶钱",
    "房租",
    "红包",
    "生日快乐🎂",
    "聚餐AA",
    "水电费",
    "打车费",
    "已转账",
    "请查收",
    "通知：本周五下午停水，请提前储水",
    "下周一开学，请家长准备好文具",
    "作业已经发群里了",
    "新年快乐！",
    "中秋节快乐",
    "太好吃了吧这家店",
    "冲冲冲",
    "绝绝子",
    "yyds",
    "周一见",
    "在吗",
    "稍等一下",
    "马上到",
    "好呀",
    "这个价格还可以",
    "好的，辛苦了",
    "看到了",
    "今天天气真好☀️",
    "刚下班",
    "你们先吃不用等我",
    "求推荐好看的电视剧",
    "已读不回是吧",
    "学校运动会照片已上传相册",
    "明天记得穿校服",
    "拼单的来",
    "早上好",
    "不客气",
    "OK",
    "👍",
    "买菜",
    "外卖",
    "充话费",
    "电费",
    "份子钱",
    "学费",
    "会费",
]


# ======================================================================================
# ENGLISH, no personal information but hard
# ======================================================================================


def en_order(rng: random.Random) -> Fill:
    return (
        None,
        rng.choice(
            [
                f"{rng.randint(200, 299)}-{digits(rng, 7)}-{digits(rng, 7)}",
                f"#{rng.randint(10000, 99999)}",
                f"ORD-{rng.randint(2023, 2026)}-{digits(rng, 5)}",
                f"W{digits(rng, 9)}",
                f"{digits(rng, 6)}",
            ]
        ),
    )


def en_track(rng: random.Random) -> Fill:
    return (
        None,
        rng.choice(
            [
                f"1Z{letters(rng, 3)}{digits(rng, 3)}{digits(rng, 10)}",
                f"{letters(rng, 2)}{digits(rng, 9)}GB",
                f"JJD{digits(rng, 15)}",
                f"TBA{digits(rng, 12)}",
                f"H{digits(rng, 2)}{letters(rng, 3)}{digits(rng, 10)}",
            ]
        ),
    )


def en_flight(rng: random.Random) -> Fill:
    return (
        None,
        rng.choice(["BA", "EZY", "FR", "UA", "AA", "DL", "VS", "EI", "LH", "KL", "WN"])
        + rng.choice(["", " "])
        + str(rng.randint(10, 2999)),
    )


def en_score(rng: random.Random) -> Fill:
    return (
        None,
        rng.choice(
            [
                f"{rng.randint(0, 5)}-{rng.randint(0, 5)}",
                f"{rng.randint(80, 130)}-{rng.randint(80, 130)}",
                f"{rng.randint(0, 5)}–{rng.randint(0, 5)}",
                f"{rng.randint(7, 42)}-{rng.randint(0, 35)}",
            ]
        ),
    )


def en_version(rng: random.Random) -> Fill:
    return (
        None,
        rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"{rng.randint(1, 3)}.{rng.randint(0, 12)}",
                f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}",
                f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}",
                f"Python 3.{rng.randint(8, 13)}",
            ]
        ),
    )


def en_date(rng: random.Random) -> Fill:
    mon = rng.choice(
        [
            "Jan",
            "February",
            "March",
            "Apr",
            "May",
            "June",
            "July",
            "Aug",
            "September",
            "Oct",
            "November",
            "Dec",
        ]
    )
    d = rng.randint(1, 28)
    return (
        None,
        rng.choice(
            [
                f"{d} {mon}",
                f"{mon} {d}",
                f"{d:02d}/{rng.randint(1, 12):02d}/20{rng.randint(23, 26)}",
                f"{mon} {d}th",
                f"20{rng.randint(23, 26)}-{rng.randint(1, 12):02d}-{d:02d}",
            ]
        ),
    )


def num_between(a: int, b: int, fmt: str = "{}") -> Callable[[random.Random], Fill]:
    return lambda rng: (None, fmt.format(rng.randint(a, b)))


EN_FREE_SLOTS: dict[str, Callable[[random.Random], Fill]] = {
    "GBP": gbp,
    "USD": usd,
    "TIME": clock,
    "ORDER": en_order,
    "TRACK": en_track,
    "FLIGHT": en_flight,
    "SCORE": en_score,
    "VER": en_version,
    "DATE": en_date,
    "STEPS": lambda rng: (None, f"{rng.randint(4, 25)},{rng.randint(0, 999):03d}"),
    "TEMP": num_between(-4, 38, "{}°C"),
    "PCT": num_between(5, 95, "{}%"),
    "KM": num_between(2, 42, "{}km"),
    "MINS": num_between(5, 95),
    "SEC": num_between(10, 59),
    "N": num_between(2, 12),
    "YEAR": num_between(1990, 2026),
    "CITY": pick(
        [
            "Paris",
            "Sydney",
            "Florence",
            "Austin",
            "Phoenix",
            "Charlotte",
            "Savannah",
            "Madison",
            "Lincoln",
            "Victoria",
            "Adelaide",
            "Kingston",
            "Dallas",
            "Orlando",
            "Chelsea",
            "Georgia",
            "Jordan",
            "Valencia",
            "Lisbon",
            "Leeds",
            "Cork",
            "Denver",
            "Nashville",
            "Bristol",
            "Regina",
            "Santiago",
            "Florida",
            "Carolina",
            "Virginia",
            "Dakota",
        ]
    ),
    "BRAND": pick(
        [
            "Tesco",
            "Aldi",
            "Lidl",
            "Primark",
            "Argos",
            "Boots",
            "Currys",
            "IKEA",
            "Costco",
            "Target",
            "Walmart",
            "Starbucks",
            "Pret",
            "Chipotle",
            "Subway",
            "Zara",
            "Asda",
            "Waitrose",
            "Uniqlo",
            "Deliveroo",
            "Uber Eats",
            "Amazon",
            "eBay",
            "Etsy",
            "Vinted",
            "Depop",
        ]
    ),
    "TEAM": pick(
        [
            "Arsenal",
            "Chelsea",
            "Liverpool",
            "Spurs",
            "Man City",
            "Celtic",
            "Rangers",
            "Leeds",
            "the Yankees",
            "the Lakers",
            "the Packers",
            "the Cowboys",
            "the Red Sox",
            "the Warriors",
            "the Eagles",
            "Wrexham",
            "England",
            "Wales",
            "the Chiefs",
            "the Celtics",
        ]
    ),
    "SHOW": pick(
        [
            "Bake Off",
            "Strictly",
            "Love Island",
            "Stranger Things",
            "The Crown",
            "Succession",
            "Breaking Bad",
            "The Office",
            "Friends",
            "Gogglebox",
            "Traitors",
            "Severance",
            "Top Gear",
        ]
    ),
    "FILM": pick(
        [
            "Frozen",
            "Inception",
            "Dune",
            "Jaws",
            "Titanic",
            "Toy Story",
            "Up",
            "Parasite",
            "Wicked",
            "Mamma Mia",
            "The Lion King",
            "Interstellar",
            "Gladiator",
            "Jurassic Park",
            "Coco",
        ]
    ),
    "SONG": pick(
        [
            "Mr Brightside",
            "Wonderwall",
            "Bohemian Rhapsody",
            "Dancing Queen",
            "Hotel California",
            "Yellow",
            "Purple Rain",
            "Blinding Lights",
            "Rolling in the Deep",
            "Shake It Off",
            "Don't Stop Me Now",
            "Africa",
            "Sweet Dreams",
        ]
    ),
}

EN_FREE = [
    "Tesco had the big Lurpak on offer for {GBP}, stocked up",
    "anyone know if {BRAND} is open on Boxing Day?",
    "{BRAND} refunded me {GBP} after three emails lol",
    "order {ORDER} still says dispatched, been {N} days",
    "Order no. {ORDER} — item arrived damaged, raised a return",
    "tracking number {TRACK} hasn't moved since {DATE}",
    "Your parcel {TRACK} will be delivered today between {TIME} and {TIME}.",
    "flight {FLIGHT} delayed AGAIN, sat at gate {N} for ages",
    "landed! {FLIGHT} was actually early for once",
    "{TEAM} {SCORE} what a game",
    "can't believe {TEAM} lost {SCORE} at home",
    "{TEAM} fans in shambles tonight 😂",
    "just updated to {VER} and my battery is dying so fast",
    "Release {VER} fixes the crash on startup",
    "firmware {VER} bricked the printer, rolled back",
    "did {STEPS} steps today, legs are gone",
    "{STEPS} steps and still didn't close my rings",
    "it's {TEMP} outside and the office heating is off",
    "ran {KM} this morning, new PB!!",
    "half marathon done in 1:{SEC} 🏃",
    "battery on {PCT}, will ring later",
    "the bus was {MINS} mins late and then didn't stop",
    "call 999 if it's an emergency, 111 if not",
    "in the US it's 911 not 999 btw",
    "May is always mad busy at work",
    "the grace period on the loan ends in {N} days",
    "finally made a will, feels very grown up",
    "the gas bill came in at {GBP} this quarter 😬",
    "split the bill 4 ways? {GBP} each",
    "Rose garden in the park is in full bloom this week",
    "the rose garden at the botanical gardens is free on Sundays",
    "Happy Thanksgiving everyone! 🦃",
    "Merry Christmas and happy new year from all of us at the office",
    "Easter Monday opening hours: 10 till 4",
    "see you on Friday then",
    "Monday again already??",
    "Wednesday quiz night at the Red Lion, we came 2nd",
    "Black Friday deals are a scam tbh",
    "Pancake Day tomorrow, who's in",
    "Hope everyone has a lovely Bank Holiday weekend",
    "Diwali lights in the town centre look amazing",
    "Eid Mubarak to everyone celebrating 🌙",
    "Chinese New Year dinner booked for {N} people",
    "St Patrick's Day parade was packed",
    "Fourth of July fireworks from the rooftop 🎆",
    "Memorial Day sale, everything {PCT} off",
    "Booked {CITY} for August, anyone been?",
    "{CITY} was gorgeous, would 100% go back",
    "weather in {CITY} is {TEMP} apparently",
    "road trip from Austin to Dallas takes way longer than google says",
    "Sydney Opera House at sunset 😍",
    "went up Snowdon on {DATE}, absolutely freezing at the top",
    "Stonehenge is smaller than you think",
    "queued {MINS} mins for the London Eye",
    "walked across the Golden Gate Bridge, foggy af",
    "Grand Canyon was unreal, pics don't do it justice",
    "Niagara Falls from the boat, got drenched",
    "Lake District this weekend, packing the waterproofs",
    "Big Ben is finally out of scaffolding",
    "the Northern Lights were visible from Scotland last night!!",
    "Central Park in autumn is something else",
    "Jordan is on the list for next year, Petra looks amazing",
    "Georgia (the country) has the best wine, who knew",
    "watched {FILM} again, still cry every time",
    "{FILM} is on telly tonight",
    "is {FILM} suitable for a 6 year old?",
    "{SONG} came on in the taxi and we all sang",
    "karaoke: {SONG} is banned after last time",
    "who else is watching {SHOW} tonight",
    "{SHOW} finale was so disappointing",
    "binged {SHOW} in one weekend, no regrets",
    "Wuthering Heights for book club, 3 chapters in",
    "Pride and Prejudice is my comfort read",
    "reading Dune before the film comes out",
    "The Head of Finance wants the budget by {DATE}",
    "the Headteacher sent a letter home about phones",
    "our new Deputy Manager starts Monday",
    "Senior Nurse vacancy closes on {DATE}",
    "the Mayor is opening the new library on Saturday",
    "Prime Minister's Questions was a circus today",
    "the Chief Executive's email was very long and said nothing",
    "vicar said the church hall is free for the jumble sale",
    "Penny for your thoughts",
    "saving every penny for the holiday",
    "holly and ivy on the door, very festive",
    "got a bob cut, instant regret",
    "amber warning for wind tomorrow",
    "Ruby on Rails or Django for a side project?",
    "frank conversation with my landlord about the damp",
    "the hunter wellies are back in stock",
    "carol service at 6, mince pies after",
    "Christmas Eve plans: pjs and films",
    "got a research grant!! starting in {DATE}",
    "it's {N} miles to the nearest petrol station",
    "Norman church in the village is over 900 years old",
    "summer holidays are too long for working parents",
    "autumn leaves everywhere, love it",
    "daisy chains in the garden with the kids",
    "sandy beach, cold sea, typical British summer",
    "rusty bike chain, need some oil",
    "mark my words, it'll rain at the barbecue",
    "got a pat on the back from the boss for once",
    "jack up the car before you take the wheel off",
    "the neighbours might sue the council over the trees",
    "somebody tried to rob the corner shop last night, police were there",
    "the sun's ray through the window is blinding me",
    "chase the invoice, it's overdue",
    "grant application due Friday",
    "art class was fun, my pot is wonky",
    "drew a map for the treasure hunt",
    "rich chocolate cake for pudding",
    "the glen was so quiet, only sheep",
    "Victoria sponge for the bake sale",
    "green tea or English Breakfast?",
    "#MondayMotivation lol no",
    "#tbt to the summer in {CITY}",
    "#BakeOff tonight, who's doing the tent",
    "#COYS",
    "so tired #newborn #nosleep",
    "#GBBO #showstopper",
    "check bbc.co.uk for the school closures",
    "you can renew it on gov.uk, took 5 mins",
    "nhs.uk says rest and fluids",
    "wikipedia says the bridge is {YEAR} but I reckon older",
    "found the answer on stackoverflow.com eventually",
    "just `git pull` and rebuild",
    "run `pip install -r requirements.txt` first",
    "`SELECT * FROM orders WHERE status = 'shipped';` returns nothing??",
    "`for i in range(10): print(i)` is my entire CS degree",
    "`docker compose up -d` then open localhost:8080",
    "use `const total = items.reduce((a, b) => a + b, 0);`",
    "`npm install` takes a year on this laptop",
    "`ls -la ~/Downloads | wc -l` says 4000 files 😬",
    "if (x > 0) return x; else return -x; — why does this fail",
    "error: cannot find module 'react-dom' — any ideas?",
    "HTTP 404 on the staging server again",
    "sending report_final_v3.docx now",
    "budget-{YEAR}.xlsx is in the shared drive",
    "IMG_{N}{N}{N}.JPG is the good one",
    "attached: invoice_00{N}.pdf",
    "Screenshot {YEAR}-03-14 at 10.14.33.png",
    "don't open setup.exe from that email",
    "main.py throws on line {MINS}",
    "backup.tar.gz is 4GB, can't email it",
    "Booking ref QX7T2L, check-in opens 24h before",
    "Table for {N} at 7:30 confirmed",
    "platform {N} for the fast train",
    "seat 23F, window!!",
    "gate closes at {TIME}",
    "Room 204 for the training session",
    "bus 38 is diverted until {DATE}",
    "page 117 of the manual explains it",
    "ISBN 978-0-14-143951-8 if you want the same edition",
    "model number KT-2200 for the kettle",
    "serial no. on the box is SN-58213-AB, warranty till {YEAR}",
    "spent {USD} at {BRAND} on things I didn't need",
    "gas is $3.{SEC} a gallon here now",
    "tip was {PCT}, is that normal?",
    "rent went up {PCT} this year",
    "{N} for {GBP} at the farmers market",
    "meal deal is {GBP} now, outrage",
    "Spotify Wrapped says {MINS},000 minutes 😳",
    "Netflix price up again",
    "PlayStation or Xbox for a 10 year old?",
    "Nintendo Switch 2 preorders sold out in {MINS} mins",
    "iPhone {N} camera is honestly great",
    "Samsung fridge is beeping for no reason",
    "ordered from Deliveroo, {MINS} mins wait",
    "Ryanair charged {GBP} for a bag 🙄",
    "easyJet app crashed at check-in",
    "Heathrow T5 security took forever",
    "Gatwick to {CITY}, 2h{SEC}",
    "the Lego set has {N},000 pieces",
    "new Nike trainers, {GBP} in the sale",
    "Adidas sizing runs small btw",
    "Uniqlo heattech is a winter essential",
    "IKEA meatballs > everything",
    "Vinted sale made me {GBP} this month",
    "Costco hot dogs are still {USD}",
    "Target run turned into {USD} again",
    "Starbucks got my order wrong 3 days in a row",
    "Chipotle portions are getting smaller",
    "Walmart pickup slot at {TIME}",
    "dentist appt at {TIME} on {DATE}",
    "Parents' evening: {TIME} slot, 5 minutes each",
    "kickoff {TIME}, meet at {TIME}",
    "doors {TIME}, support act at {TIME}",
    "alarm set for {TIME} 😴",
    "{DATE} works for me",
    "deadline is {DATE}, no extensions",
    "{N} weeks till payday",
    "{YEAR} was a wild year",
    "my phone is at {PCT} and I'm lost",
    "bought {N}kg of potatoes for some reason",
    "fridge is {TEMP}?? that can't be right",
    "oven at 180°C for 25 mins",
    "the recipe says 200g flour, 2 eggs, 100ml milk",
    "my commute is {KM} each way",
    "only {MINS} mins of screen time today, proud",
    "Apple Watch says I slept 5h12m",
    "1,500 calories on the rower, dying",
    "BMI calculator is nonsense tbh",
    "the Red Cross shop had a great coat for {GBP}",
    "Oxfam bookshop haul 📚",
    "the British Museum is free, go",
    "Natural History Museum with the kids, dinosaurs were a hit",
    "the Science Museum exhibition is worth it",
    "Eden Project was lovely but pricey",
    "Hyde Park Winter Wonderland, {GBP} for a hot chocolate",
    "Thanksgiving at the in-laws, wish me luck",
    "Halloween costumes sorted, the kids are pumpkins",
    "Bonfire Night was cancelled because of the rain",
    "Valentine's Day is a scam invented by card shops",
    "Mother's Day lunch booked",
    "Father's Day is next Sunday don't forget",
    "Labor Day weekend at the lake",
    "Super Bowl party at ours, bring chips",
    "World Cup draw is today",
    "the Six Nations is on, do not disturb",
    "Wimbledon tickets in the ballot, fingers crossed",
    "the Open is on at Troon this year",
    "Glastonbury tickets sold out in {MINS} minutes",
    "Coachella lineup dropped",
    "Eurovision party!! bring flags",
    "Oscars were so long this year",
    "Brexit made the customs on this parcel {GBP}",
    "Parliament is on recess till {DATE}",
    "the Senate vote is tonight",
    "Supreme Court ruling is due in June",
    "the NHS app finally lets you see test results",
    "HMRC website down again on deadline day",
    "DVLA letter says the tax is due",
    "the IRS refund came through!!",
    "DMV wait time was {MINS} minutes",
    "GCSE results day, so nervous",
    "SATs are next week, kids are stressed",
    "A-level maths was brutal",
    "PhD viva on {DATE}, terrified",
    "MOT failed on a bulb, {GBP}",
    "the boiler needs a service, quote was {GBP}",
    "Sky Sports went up to {GBP} a month",
    "the BBC licence fee is due",
    "ITV's coverage was better",
    "CNN had it on a loop all day",
    "the Guardian crossword beat me today",
    "Wordle {N}/6 today 🟩🟩🟩🟩🟩",
    "Connections in 2 attempts, pure luck",
    "Duolingo streak at {MINS} days",
    "ChatGPT wrote my cover letter lol",
    "Excel keeps turning my numbers into dates",
    "PowerPoint froze right before the presentation",
    "Zoom link in the calendar invite",
    "Teams call at {TIME}",
    "Slack is down, productivity up",
    "Google Maps sent us through a field",
    "Waze says {MINS} minutes",
    "the Kindle died mid chapter",
    "AirPods lost again",
    "Fitbit says resting heart rate 58",
    "Peloton class at 6am, who am I",
    "Strava segment KOM lost by 2 seconds",
    "parkrun in 24:{SEC}, happy with that",
    "Manchester Airport car park is {GBP} a day now",
    "Brighton Pier in the rain is a vibe",
    "Edinburgh in August = festival chaos",
    "Cardiff to Bristol on the train, 50 mins",
    "New York pizza hits different",
    "Chicago deep dish is a casserole, fight me",
    "Seattle has had rain for {N} days straight",
    "Miami in July is a sauna",
    "layover in Dubai, 7 hours",
    "visa for India took 3 days",
    "booked Iceland for the Northern Lights",
    "Canada is so cold in January",
    "Mexico City food tour was the best day of the trip",
    "the Alps are calling",
    "Tokyo trains are never late",
    "Rome in spring, gelato every day",
    "World Book Day costume panic again",
    "Remembrance Sunday service at 11",
    "Hogmanay party was wild",
    "Hanukkah candles lit 🕎",
    "Ramadan Mubarak to everyone fasting",
    "Lunar New Year dumplings with the neighbours",
    "New Year's Eve fireworks from the hill",
    "Boxing Day sales queue at 6am, never again",
    "August bank holiday is the last one till Christmas",
    "June was the wettest on record",
    "April showers my foot, it's a monsoon",
    "March came in like a lion",
    "in May the bluebells are everywhere",
    "will you be in on Saturday for the delivery?",
    "I will if I can get off work early",
    "the bill for the roof repair was eye-watering",
    "the new bill passed its second reading",
    "duck-billed platypus facts for the kids' homework",
    "grace before meals at my gran's is mandatory",
    "with good grace, he accepted the refund",
    "the Christmas rose in the garden is blooming",
    "rose gold phone case, very 2016",
    "pink rosé for the picnic",
    "lily pads on the pond, frogs everywhere",
    "iris scan at the airport gate, so futuristic",
    "ivy is taking over the shed",
    "jasmine tea and a biscuit, perfect",
    "ruby anniversary for the in-laws, 40 years",
    "crystal clear water in the bay",
    "dawn chorus woke me at 4",
    "hope the rain holds off",
    "joy of joys, the boiler works",
    "faith in humanity restored by a stranger holding the door",
    "august institution, the local library",
    "the cliff path is closed after the landslide",
    "brook trout in the stream, catch and release",
    "heath fire on the moors, keep away",
    "the grand prix is on at 2",
    "the Formula 1 season starts in {DATE}",
    "NBA finals game 7 tonight",
    "the Premier League table is a mess",
    "Champions League draw is out",
    "fantasy football team is bottom of the league",
    "Ashes series starts in November",
    "the Boat Race is on the telly",
    "Tour de France stage today was brutal",
    "London Marathon ballot rejected again",
    "Olympics opening ceremony was stunning",
    "the Grammys were a snooze",
    "Spotify playlist for the road trip is {N} hours long",
    "YouTube ads are out of control",
    "Instagram algorithm only shows me dogs now",
    "TikTok made me buy it",
    "Reddit thread on this is gold",
    "WhatsApp backup failed again",
    "iCloud storage is full, pay up apparently",
    "Gmail search is useless",
    "Outlook crashed mid email",
    "Windows update at the worst possible moment",
    "macOS Sequoia broke my printer driver",
    "Android 15 feels faster",
    "USB-C everything finally",
    "HDMI cable was the problem all along",
    "Wi-Fi 6 router, speed test says 512 Mbps",
    "5G signal is worse than 4G here",
    "the SSD is at {PCT}",
    "RAM upgrade to 32GB made a huge difference",
    "ticket #4821 closed as won't fix",
    "JIRA board is a graveyard",
    "PR #312 merged, deploying now",
    "CI failed on the lint step",
    "README says run make test",
    "config.yaml has the wrong port",
    "package.json has 400 dependencies lol",
    "Dockerfile builds in 12 mins",
    ".env file got committed, rotating the keys",
    "`rm -rf node_modules && npm install` fixes everything",
    "regex `^\\d{3}$` only matches three digits",
    "the spreadsheet formula =SUM(B2:B14) is off by one",
    "VLOOKUP vs XLOOKUP debate at work",
    "recipe: 2 tbsp soy sauce, 1 tsp sugar, 3 cloves garlic",
    "bake at 350°F for 40 minutes",
    "6 ft 2 and still can't reach the top shelf",
    "the sofa is 210cm, won't fit through the door",
    "baby weighed 7lb 4oz",
    "pint of milk went up to {GBP}",
    "income tax threshold is frozen again",
    "ISA allowance is £20,000 this year",
    "the 401(k) match is 4%",
    "mortgage rate is {PCT} fixed for 5 years",
    "inflation at 3.2%, apparently",
    "FTSE 100 up today",
    "Bitcoin crashed again",
    "Bank of England held rates",
    "the Fed cut rates by 0.25",
    "council tax band D, ouch",
    "parking ticket {GBP}, appeal it",
    "speed camera on the dual carriageway, be careful",
    "motorway at a standstill, {MINS} mins to move a mile",
    "interstate traffic is a nightmare on Fridays",
    "a road trip across Arizona is on the bucket list",
    "the Jubilee line is suspended",
    "Northern line delays again",
    "Eurostar to Brussels, 2 hours",
    "Amtrak was 3 hours late",
    "Greyhound bus overnight, never again",
]


# ======================================================================================
# CHINESE, no personal information but hard
# ======================================================================================


def zh_order(rng: random.Random) -> Fill:
    return (
        None,
        rng.choice(
            [
                f"{rng.choice(['2', '3', '4'])}{digits(rng, 17)}",
                f"{rng.randint(2023, 2026)}{digits(rng, 14)}",
                f"DD{digits(rng, 12)}",
                f"{digits(rng, 4)}-{digits(rng, 6)}",
            ]
        ),
    )


def zh_express(rng: random.Random) -> Fill:
    return (
        None,
        rng.choice(
            [
                f"SF{digits(rng, 13)}",
                f"YT{digits(rng, 13)}",
                f"JD{digits(rng, 13)}",
                f"7{digits(rng, 14)}",
                f"JT{digits(rng, 13)}",
                f"YD{digits(rng, 12)}",
            ]
        ),
    )


def zh_flight(rng: random.Random) -> Fill:
    return (
        None,
        rng.choice(["CA", "MU", "CZ", "HU", "3U", "ZH", "MF", "HO", "9C"])
        + str(rng.randint(1000, 9899)),
    )


def zh_train(rng: random.Random) -> Fill:
    return (None, rng.choice("GDGKZ") + str(rng.randint(1, 2999)))


def zh_date(rng: random.Random) -> Fill:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return (
        None,
        rng.choice(
            [
                f"{m}月{d}日",
                f"{m}月{d}号",
                f"20{rng.randint(23, 26)}年{m}月{d}日",
                f"{m}.{d}",
                f"20{rng.randint(23, 26)}-{m:02d}-{d:02d}",
            ]
        ),
    )


def zh_time(rng: random.Random) -> Fill:
    h, mi = rng.randint(7, 22), rng.choice([0, 10, 15, 30, 40, 45])
    return (
        None,
        rng.choice(
            [
                f"{h}:{mi:02d}",
                f"{h}点",
                f"{h}点半",
                f"下午{rng.randint(1, 5)}点",
                f"晚上{rng.randint(7, 10)}点",
            ]
        ),
    )


ZH_FREE_SLOTS: dict[str, Callable[[random.Random], Fill]] = {
    "RMB": rmb,
    "ORDER": zh_order,
    "EXP": zh_express,
    "FLIGHT": zh_flight,
    "TRAIN": zh_train,
    "DATE": zh_date,
    "TIME": zh_time,
    "CODE": lambda rng: (None, digits(rng, rng.choice([4, 6]))),
    "PTS": num_between(100, 9999),
    "N": num_between(2, 12),
    "PCT": num_between(5, 95, "{}%"),
    "STEPS": num_between(3000, 29999),
    "TEMP": num_between(-15, 39, "{}℃"),
    "SCORE": num_between(60, 150),
    "CITY": pick(
        [
            "北京",
            "上海",
            "成都",
            "重庆",
            "西安",
            "杭州",
            "厦门",
            "三亚",
            "大理",
            "丽江",
            "哈尔滨",
            "拉萨",
            "桂林",
            "长沙",
            "武汉",
            "南京",
            "苏州",
            "青岛",
            "昆明",
            "贵阳",
            "乌鲁木齐",
            "石家庄",
            "洛阳",
            "淄博",
            "天津",
            "延吉",
            "汕头",
            "潮州",
            "景德镇",
            "喀什",
        ]
    ),
    "SPOT": pick(
        [
            "故宫",
            "外滩",
            "西湖",
            "宽窄巷子",
            "洪崖洞",
            "兵马俑",
            "鼓浪屿",
            "张家界",
            "黄山",
            "周庄",
            "泰山",
            "九寨沟",
            "武当山",
            "布达拉宫",
            "陈家祠",
            "朱家角",
            "宋城",
            "田子坊",
            "颐和园",
            "长城",
            "环球影城",
            "洱海",
            "橘子洲",
            "滕王阁",
        ]
    ),
    "MALL": pick(
        [
            "万达广场",
            "太古里",
            "来福士",
            "大悦城",
            "万象城",
            "银泰",
            "王府井",
            "天一广场",
            "龙湖天街",
            "吾悦广场",
            "K11",
            "宜家",
            "山姆会员店",
            "盒马",
        ]
    ),
    "BRAND": pick(
        [
            "华为",
            "小米",
            "美团",
            "饿了么",
            "拼多多",
            "淘宝",
            "京东",
            "抖音",
            "蜜雪冰城",
            "喜茶",
            "瑞幸",
            "海底捞",
            "星巴克",
            "肯德基",
            "优衣库",
            "名创优品",
            "比亚迪",
            "蔚来",
            "大疆",
            "农夫山泉",
            "安踏",
            "海尔",
            "格力",
            "美的",
            "小红书",
            "老乡鸡",
            "老凤祥",
            "阿里巴巴",
            "阿迪达斯",
            "霸王茶姬",
        ]
    ),
}

ZH_FREE = [
    "今天{BRAND}打折，买了一堆东西{RMB}",
    "{BRAND}的客服终于给我退款了，{RMB}到账",
    "订单号：{ORDER}，麻烦帮忙查一下怎么还没发货",
    "我的订单号是{ORDER}，显示已签收但我没收到",
    "快递单号{EXP}，三天了物流都没更新",
    "顺丰单号 {EXP} 已揽收",
    "航班{FLIGHT}延误了两个小时[捂脸]",
    "坐{FLIGHT}去{CITY}，{DATE}出发",
    "{TRAIN}次列车{TIME}发车，别迟到",
    "买到了{DATE}的{TRAIN}，二等座",
    "验证码{CODE}，五分钟内有效，请勿泄露",
    "【某某银行】您的验证码为{CODE}，请勿告诉他人",
    "积分{PTS}可以换一箱牛奶，划算",
    "会员积分还剩{PTS}，年底清零",
    "今天走了{STEPS}步，腿断了",
    "微信运动{STEPS}步，排第一哈哈哈",
    "{CITY}今天{TEMP}，冻成狗",
    "{CITY}热死了，{TEMP}",
    "这次数学考了{SCORE}分，还行吧",
    "电量只剩{PCT}了，回头聊",
    "全场{PCT}折扣，冲",
    "张开嘴，让医生看看喉咙",
    "王者荣耀又输了，队友太坑",
    "今天好高兴啊[呲牙]",
    "周末去哪玩？",
    "马上到，等我两分钟",
    "黄金又涨价了，还买不买",
    "林业局今年招人吗",
    "开会的时候陈述清楚就行",
    "周总结写完了没？下班前交",
    "白天太热了，晚上再出去",
    "金额不对，多扣了{RMB}",
    "许多人都说这家店好吃",
    "何必呢，不值得生气",
    "杨树的絮满天飞，过敏了",
    "李子熟了，来摘吧",
    "江边散步，风好大",
    "石头剪刀布，输了的去买饭",
    "方便的话帮我带杯咖啡",
    "田野里全是油菜花",
    "孙子今年上小学了，时间过得真快",
    "钱包丢了，心态崩了",
    "胡说八道什么呢",
    "罗马不是一天建成的",
    "宋体还是微软雅黑？论文格式要求宋体",
    "韩国炸鸡配啤酒，绝了",
    "谢谢大家的红包！",
    "曾经沧海难为水",
    "董事会{DATE}开，材料准备一下",
    "余额不足，充个值",
    "叶子都黄了，秋天到了",
    "程序又报错了，改了一下午",
    "苏打水比可乐健康",
    "丁香花开了，好香",
    "任务太多了，做不完",
    "冬天喝姜茶最舒服",
    "钟点工{TIME}来打扫",
    "陆地上最快的动物是猎豹",
    "楼下的狗汪汪叫了一晚上",
    "考试范围划了吗",
    "金牛座的人都很恋家吗",
    "夏天到了，该减肥了",
    "付款成功，{RMB}",
    "这个方案领导不满意，要重做",
    "白菜{RMB}一斤，又涨了",
    "熊猫基地{TIME}开门，要早点去",
    "江湖再见",
    "段位掉到黄金了",
    "今天雷阵雨，记得带伞",
    "龙虾季到了，约起来",
    "史上最难的一次考试",
    "景德镇买的陶瓷杯，好看",
    "黎明前最黑暗",
    "贺卡写好了，明天送",
    "顾客就是上帝？",
    "毛衣起球了，怎么办",
    "万一下雨呢，还是带把伞",
    "严重怀疑这个外卖是预制菜",
    "戴口罩戴习惯了",
    "莫名其妙就感冒了",
    "孔雀开屏了，快看",
    "向日葵长得比我还高",
    "元宵节吃汤圆还是元宵？",
    "温度降了十度",
    "欧洲游回来了，时差倒不过来",
    "司机师傅开得好稳",
    "天天加班，受不了",
    "常常想起小时候",
    "刚刚看到一只猫",
    "宝宝今天打疫苗，哭得好惨",
    "宝宝辅食吃什么好？求推荐",
    "慢慢来，不着急",
    "好好休息，别熬夜",
    "偷偷告诉你，明天放假",
    "明明说好的一起去，又鸽了",
    "默默点了个赞",
    "渐渐习惯了一个人吃饭",
    "悄悄地我走了",
    "试试这个新口味",
    "哈哈哈哈哈哈笑死我了",
    "拼多多砍一刀帮帮忙",
    "星星好多，城里看不到",
    "妈妈做的红烧肉最好吃",
    "爸爸又在客厅睡着了",
    "奶奶说冬至要吃饺子",
    "爷爷今天去钓鱼了",
    "哥哥考上大学了，全家高兴",
    "姐姐送的口红色号好看",
    "弟弟在玩原神，不理人",
    "老板说下周团建",
    "经理让我重新做PPT",
    "班主任在群里发通知了",
    "房东说暖气下周通",
    "快递小哥说放驿站了",
    "师傅，到站了叫我一声",
    "医生说要多喝水多休息",
    "护士说明天早上空腹抽血",
    "保安大叔人超好",
    "物业说电梯维修三天",
    "客服一直是机器人回复",
    "店长说这款断货了",
    "老公又忘了结婚纪念日",
    "老婆让我下班买菜",
    "闺蜜约我周末逛街",
    "室友天天打游戏到三点",
    "同事请喝奶茶，爱了",
    "领导在，不方便说话",
    "小朋友们排好队",
    "老乡见老乡，两眼泪汪汪",
    "老铁没毛病",
    "小哥哥小姐姐们点个关注",
    "亲，这边已经帮您催促发货了",
    "阿姨做的饭太好吃了",
    "小区门口新开了一家奶茶店",
    "小时候最爱吃辣条",
    "老家下雪了",
    "老地方见",
    "小米的新手机怎么样",
    "小红书上说这家店要排队两小时",
    "老乡鸡的鸡汤不错",
    "阿里巴巴的股票又跌了",
    "阿迪达斯的鞋码偏大",
    "阿胶要不要买给妈妈",
    "老凤祥的金镯子好贵",
    "去{SPOT}玩了一天，人山人海",
    "{SPOT}门票{RMB}，学生半价",
    "{SPOT}的日落太美了",
    "国庆去{SPOT}就是看人头",
    "{CITY}的火锅yyds",
    "{CITY}好好玩，还想再去",
    "下个月去{CITY}出差",
    "{CITY}的房价又涨了",
    "在{MALL}逛了一下午，啥也没买",
    "{MALL}新开了一家{BRAND}",
    "{MALL}停车费一小时{N}块，抢钱啊",
    "张家界的山像阿凡达里的一样",
    "石家庄的驴肉火烧好吃",
    "黄山看日出要四点起床",
    "周庄的夜景很美",
    "马尔代夫的海太蓝了",
    "马来西亚的榴莲便宜",
    "林芝的桃花开了",
    "武汉的热干面，早餐首选",
    "白云机场T3航站楼好大",
    "江西的米粉真好吃",
    "王府井逛街人好多",
    "朱家角的船一个人{RMB}",
    "陈家祠的木雕很精致",
    "宋城千古情值得一看",
    "淄博烧烤还火吗",
    "哈尔滨冰雪大世界{TEMP}",
    "三亚的酒店{RMB}一晚，太贵了",
    "华为Mate新款什么时候出",
    "美团外卖{RMB}起送",
    "饿了么红包记得领",
    "淘宝双十一定金付了",
    "京东618买了个洗碗机",
    "抖音刷了一晚上，眼睛疼",
    "蜜雪冰城的柠檬水才4块",
    "瑞幸9.9的咖啡又回来了",
    "海底捞的服务太贴心了",
    "星巴克新品不好喝",
    "肯德基疯狂星期四，V我50",
    "优衣库的羽绒服打折了",
    "比亚迪的车最近卖得好火",
    "大疆无人机能飞多高",
    "农夫山泉有点甜",
    "格力空调修了三次了",
    "霸王茶姬排队排了半小时",
    "春节快乐，龙年大吉！",
    "中秋节放三天假",
    "国庆节七天乐",
    "清明节回老家扫墓",
    "端午节吃粽子，甜的还是咸的？",
    "元旦有什么安排",
    "双十一快到了，钱包准备好了吗",
    "情人节一个人过",
    "教师节快乐！老师们辛苦了",
    "儿童节带孩子去游乐园",
    "星期一综合症又犯了",
    "周五了，冲鸭",
    "{DATE}交报告，别忘了",
    "{DATE}{TIME}开会，在三楼会议室",
    "明天{TIME}的高铁，别迟到",
    "{TIME}集合，过时不候",
    "取件码{N}-{N}-{PTS}，放驿站了",
    "排号A{SCORE}，前面还有{N}桌",
    "座位号{N}车{N}F，靠窗",
    "会议室{SCORE}，投影仪坏了",
    "体重又涨了{N}斤[捂脸]",
    "跑了{N}公里，配速6分半",
    "今天喝了{N}杯水",
    "新版本{N}.{N}.{SCORE}修复了闪退",
    "微信更新到8.0.{SCORE}了",
    "iOS {N}.{N}升级了吗，卡不卡",
    "pip install 一直报错，求助",
    "npm run dev 启动不了，端口被占用",
    "git push 的时候冲突了",
    "print('hello world') 是我写的第一行代码",
    "SELECT count(*) FROM users; 跑了半小时",
    "年终总结_最终版_真的最终版.docx",
    "周总结.pptx 发群里了",
    "照片IMG_{PTS}.JPG太糊了",
    "报销单.xlsx填好了",
    "12306抢票又失败了",
    "百度一下就知道了",
    "高德地图导航绕远路了",
    "腾讯会议链接发群里了",
    "打120！有人晕倒了",
    "着火了快打119",
    "遇到诈骗打110报警",
    "12345热线反映一下噪音问题",
    "yyds！这个剧太好看了",
    "绝绝子，姐妹们冲",
    "破防了家人们",
    "内卷太严重了，躺平吧",
    "今天摆烂，啥也不干",
    "打工人打工魂",
    "干饭人干饭魂，干饭都是人上人",
    "emo了，不想上班",
    "社死现场，走错厕所了",
    "蚌埠住了哈哈哈",
    "xswl，这也太离谱了",
    "u1s1，这家真不错",
    "666，牛啊",
    "栓Q了",
    "集美们这个色号绝了",
    "凡尔赛了吧你",
    "awsl，这猫太可爱了",
    "朋友圈三天可见",
    "发个朋友圈庆祝一下🎉",
    "点赞的都是真爱❤️",
    "转发这条锦鲤，下周暴富",
    "家长群又在接龙了",
    "请各位家长{DATE}前交齐校服费{RMB}",
    "明天开家长会，{TIME}开始",
    "作业拍照发群里，不要私发",
    "学校通知：因天气原因明天停课",
    "房租押一付三，水电另算",
    "租房要看采光和通风",
    "中介费一个月房租，太贵了",
    "退押金的时候要拍照留证据",
    "外卖放门口就行，谢谢",
    "外卖小哥迟到了{N}分钟，算了不差评",
    "外卖备注：多放辣，不要葱",
    "满{SCORE}减{N}，凑单中",
    "红包{RMB}，新年快乐",
    "AA下来每人{RMB}",
    "房租{RMB}已转",
    "奶茶钱",
    "还你上次的饭钱",
    "话费充值{RMB}",
    "电费又交了{RMB}",
    "燃气费",
    "物业费一年{RMB}",
    "高兴得睡不着觉",
    "高铁上信号太差了",
    "王牌对王牌今晚更新",
    "黄河的水真的是黄的",
    "黄焖鸡米饭{N}块一份",
    "金鱼又死了一条",
    "金秋十月，去看红叶",
    "周边游推荐一下",
    "周岁宴定在酒店",
    "周一例会改到周二了",
    "马路对面新开了家超市",
    "马拉松报名没抽中",
    "马卡龙太甜了",
    "林子大了什么鸟都有",
    "陈醋蘸饺子yyds",
    "陈皮泡水喝，养生",
    "张灯结彩，过年啦",
    "张嘴就来，也不打草稿",
    "古诗背了一晚上，孩子背不下来",
    "杨梅季到了，酸酸甜甜",
    "刘海剪短了，后悔",
    "赵州桥的课文明天要默写",
    "吴侬软语听着好舒服",
    "徐徐的海风吹过来",
    "朱古力蛋糕好好吃",
    "胡萝卜不爱吃怎么办",
    "郭外的小路上开满了野花",
    "何时才能放假啊",
    "罗汉果泡水治嗓子",
    "郑重声明：本群禁止发广告",
    "梁子结下了哈哈",
    "谢幕的时候全场起立鼓掌",
    "唐装拍照好看",
    "韩剧又追到凌晨两点",
    "贺岁档的电影拍得不错",
    "演唱会的票又抢不到",
    "曹县的汉服卖疯了",
    "心情澎湃，难以言表",
    "曾几何时，我们也年轻过",
    "肖像照拍得不错",
    "田螺塞肉是上海名菜",
    "董事长今天来视察",
    "潘家园古玩市场逛了一上午",
    "故居门票多少钱",
    "蔡甸的莲藕好粉",
    "余生请多指教",
    "杜鹃花开满山",
    "叶落归根",
    "程序员的三板斧：重启、清缓存、重装",
    "苏州园林一日游",
    "魏晋风度，懂的都懂",
    "吕梁山区风景不错",
    "丁字路口右转就到了",
    "任重道远，继续加油",
    "沈阳的冬天真冷",
    "篮球运动员真高啊",
    "卢浮宫排队三小时",
    "姜葱炒蟹，馋哭了",
    "钟楼鼓楼夜景好美",
    "粤语老歌还是好听",
    "陆家嘴夜景绝美",
    "汪汪队立大功孩子天天看",
    "范围太大了，复习不完",
    "金秋的银杏叶铺满地",
    "石榴籽太难剥了",
    "夏至吃面，冬至吃饺子",
    "方便面才是深夜的灵魂",
    "白开水最解渴",
    "熊孩子把我手机摔了",
    "秦岭的隧道好长",
    "江南的雨下个不停",
    "段子手写得太好笑了",
    "雷雨天别在树下躲雨",
    "龙年出生的宝宝好多",
    "史诗级的堵车",
    "陶艺课做了一个歪碗",
    "黎明时分的海边",
    "贺岁片今年都不好看",
    "顾不上吃饭了，太忙",
    "毛毛虫掉身上了，吓死",
    "万达电影看了一场",
    "严选的东西质量还行",
    "武侠小说看上头了",
    "戴眼镜久了鼻梁疼",
    "莫干山民宿推荐",
    "孔明灯放飞了，许了个愿",
    "向左走向右走",
    "汤包要先咬个小口",
    "温泉泡完浑身舒服",
    "庞大的数据量，服务器扛不住",
    "安卓还是苹果？",
    "于是我们就回家了",
    "包子铺六点开门",
    "文件已经发你邮箱了",
    "施工噪音太吵了",
    "牛奶过期了，别喝",
    "甘蔗汁{N}块一杯",
    "苗苗班的孩子好可爱",
    "童年回忆：小霸王学习机",
    "齐刷刷地举手",
    "冷静一下再说",
    "欧冠决赛熬夜看",
    "司机说前面封路了",
    "王者新赛季段位又掉了",
]


# ======================================================================================
# assembling the files
# ======================================================================================

Line = dict[str, object]
LOWER_OK = {
    "PERSON",
    "EMAIL_ADDRESS",
    "LOCATION",
    "USERNAME",
    "URL",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IP_ADDRESS",
    "US_SSN",
    "BANK_ACCOUNT",
    "UK_NHS",
}
EN_PREFIX = ["", "", "", "", "hey ", "ok ", "update: ", "lol ", "Re: ", "fwd: ", "^ ", "sorry, "]
EN_SUFFIX = ["", "", "", "", " x", " thx", " cheers", " ty!", " 👍", " pls", "..", " 🙏"]
ZH_PREFIX = ["", "", "", "", "回复：", "[语音转文字] ", "那个，", "嗯嗯，", "急！", "对了，"]
ZH_SUFFIX = ["", "", "", "", "～", "。", "[OK]", "哈", "，谢谢", "！"]


def typo(text: str, entities: list[dict[str, object]], rng: random.Random) -> str:
    """Swap two neighbouring lower-case letters outside any entity, as fast typists do."""
    blocked: set[int] = set()
    for e in entities:
        blocked.update(range(int(e["start"]), int(e["end"])))  # type: ignore[call-overload]
    spots = [
        i
        for i in range(len(text) - 1)
        if text[i].islower()
        and text[i + 1].islower()
        and text[i].isascii()
        and text[i + 1].isascii()
        and text[i] != text[i + 1]
        and i not in blocked
        and i + 1 not in blocked
    ]
    if not spots:
        return text
    i = rng.choice(spots)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def decorate(
    text: str,
    entities: list[dict[str, object]],
    rng: random.Random,
    prefixes: list[str],
    suffixes: list[str],
    lower_ok: bool,
) -> tuple[str, list[dict[str, object]]]:
    if lower_ok and rng.random() < 0.2:
        low = text.lower()
        if len(low) == len(text):
            text = low
    if lower_ok and rng.random() < 0.12:
        text = typo(text, entities, rng)
    pre, suf = rng.choice(prefixes), rng.choice(suffixes)
    text = pre + text + suf
    entities = shift(entities, len(pre))
    for e in entities:
        e["value"] = text[int(e["start"]) : int(e["end"])]  # type: ignore[call-overload]
    return text, entities


def labelled(
    templates: list[str],
    neutral: list[str],
    slots: dict[str, Callable[[random.Random], Fill]],
    rng: random.Random,
    total: int,
    prefixes: list[str],
    suffixes: list[str],
    english: bool,
) -> list[Line]:
    n_neutral = min(len(neutral), round(total * 0.15))
    out: list[Line] = []
    seen: set[str] = set()
    for t in rng.sample(neutral, n_neutral):
        out.append({"text": t, "entities": []})
        seen.add(t)
    order: list[str] = []
    while len(order) < total - n_neutral:
        batch = list(templates)
        rng.shuffle(batch)
        order.extend(batch)
    for t in order[: total - n_neutral]:
        for _ in range(50):
            text, ents = render(t, slots, rng)
            types = {str(e["type"]) for e in ents}
            text, ents = decorate(
                text, ents, rng, prefixes, suffixes, lower_ok=english and types <= LOWER_OK
            )
            if text not in seen:
                break
        seen.add(text)
        out.append({"text": text, "entities": ents})
    rng.shuffle(out)
    return out


def free(
    templates: list[str],
    slots: dict[str, Callable[[random.Random], Fill]],
    rng: random.Random,
    total: int,
    prefixes: list[str],
    suffixes: list[str],
    english: bool,
) -> list[Line]:
    out: list[Line] = []
    seen: set[str] = set()
    order = list(templates)
    rng.shuffle(order)
    while len(order) < total * 2:
        extra = list(templates)
        rng.shuffle(extra)
        order.extend(extra)
    for i, t in enumerate(order):
        if len(out) >= total:
            break
        text, ents = render(t, slots, rng)
        assert not ents
        if i >= len(templates) or rng.random() < 0.25:  # second pass: always dress it a little
            text, _ = decorate(text, [], rng, prefixes, suffixes, lower_ok=english)
        if text in seen:
            continue
        seen.add(text)
        out.append({"text": text})
    rng.shuffle(out)
    return out


EN_FREE_PREFIX = [
    "lol ",
    "ngl ",
    "ok so ",
    "honestly ",
    "PSA: ",
    "btw ",
    "update: ",
    "fyi ",
    "omg ",
]
EN_FREE_SUFFIX = [" 😂", " tbh", " x", " lol", " 🙄", " !!", " haha", " 🤷", ""]
ZH_FREE_PREFIX = ["哈哈 ", "救命，", "家人们，", "说真的，", "话说", "刚刚看到：", "转发：", ""]
ZH_FREE_SUFFIX = ["～", "[捂脸]", "😂", "！", "哈哈哈", "[旺柴]", "。。。", ""]


def build_all() -> dict[str, list[Line]]:
    return {
        "en_pii_labelled.jsonl": labelled(
            EN_TEMPLATES,
            EN_NEUTRAL,
            EN_SLOTS,
            random.Random(SEED + 1),
            400,
            EN_PREFIX,
            EN_SUFFIX,
            english=True,
        ),
        "zh_pii_labelled.jsonl": labelled(
            ZH_TEMPLATES,
            ZH_NEUTRAL,
            ZH_SLOTS,
            random.Random(SEED + 2),
            400,
            ZH_PREFIX,
            ZH_SUFFIX,
            english=False,
        ),
        "en_pii_free_hard.jsonl": free(
            EN_FREE,
            EN_FREE_SLOTS,
            random.Random(SEED + 3),
            400,
            EN_FREE_PREFIX,
            EN_FREE_SUFFIX,
            english=True,
        ),
        "zh_pii_free_hard.jsonl": free(
            ZH_FREE,
            ZH_FREE_SLOTS,
            random.Random(SEED + 4),
            400,
            ZH_FREE_PREFIX,
            ZH_FREE_SUFFIX,
            english=False,
        ),
    }


def write_all(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, lines in build_all().items():
        body = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
        (out_dir / name).write_bytes(body.encode("utf-8"))


if __name__ == "__main__":
    import sys

    write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
