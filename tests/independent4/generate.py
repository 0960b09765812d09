"""Write the blind "independent4" evaluation corpora next to this file.

Stdlib only, fixed seed. The output depends on nothing but this file: no clock, no time zone,
no locale, no hash seed (no set or dict iteration over unordered data).

Usage: python generate.py [OUTPUT_DIR]
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

SEED = 20261207
HERE = Path(__file__).resolve().parent

Fill = Callable[[random.Random], tuple[str | None, str]]
SLOT = re.compile(r"\{(\w+)\}")


def render(
    rng: random.Random, template: str, fillers: dict[str, Fill]
) -> tuple[str, list[dict[str, Any]]]:
    """Fill {slot}s left to right; slots whose filler returns a type become labelled spans."""
    out = ""
    ents: list[dict[str, Any]] = []
    pos = 0
    for m in SLOT.finditer(template):
        out += template[pos : m.start()]
        label, value = fillers[m.group(1)](rng)
        if label:
            ents.append(
                {"type": label, "start": len(out), "end": len(out) + len(value), "value": value}
            )
        out += value
        pos = m.end()
    out += template[pos:]
    return out, ents


def pick(items: list[str]) -> Fill:
    return lambda rng: (None, rng.choice(items))


def labelled(label: str, fn: Callable[[random.Random], str]) -> Fill:
    return lambda rng: (label, fn(rng))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- checksums


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # these get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_complete(country: str, bban: str) -> str:
    moved = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in moved)
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def nhs_number(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(4, 7)) + digits(rng, 8)
        total = sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def aba_routing(rng: random.Random) -> str:
    first = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"])
    first = rng.choice([first, str(int(first) + 20)])
    body = first + digits(rng, 6)
    d = [int(c) for c in body]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return body + str((10 - s % 10) % 10)


def aba_ok(r: str) -> bool:
    d = [int(c) for c in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


CN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id_check(body17: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, CN_ID_WEIGHTS, strict=True)) % 11]


# ---------------------------------------------------------------- helpers for shapes


def group(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def emit(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def build(
    rng: random.Random,
    frames: list[str],
    fillers: dict[str, Fill],
    target: int,
    tails: list[str],
    tail_rate: float,
) -> list[dict[str, Any]]:
    """Cycle through shuffled frames until `target` distinct lines exist."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    order = list(frames)
    attempts = 0
    while len(rows) < target:
        rng.shuffle(order)
        for frame in order:
            if len(rows) >= target:
                break
            attempts += 1
            if attempts > target * 50:
                raise RuntimeError("too few distinct frames")
            text, ents = render(rng, frame, fillers)
            if tails and rng.random() < tail_rate:
                text += rng.choice(tails)
            if text in seen:
                continue
            seen.add(text)
            rows.append({"text": text, "entities": ents})
    return rows


# ================================================================ English identifiers

EN_FIRST = [
    "Priya",
    "Kwame",
    "Siobhan",
    "Mateusz",
    "Aisha",
    "Callum",
    "Niamh",
    "Tobias",
    "Funmi",
    "Declan",
    "Rhiannon",
    "Yusuf",
    "Imogen",
    "Dariusz",
    "Keisha",
    "Ollie",
    "Shreya",
    "Fergus",
    "Marisol",
    "Tariq",
    "Bronwyn",
    "Eamon",
    "Lucía",
    "Hamish",
    "Zainab",
    "Rory",
    "Thandiwe",
    "Gethin",
    "Camille",
    "Jaylen",
    "Mercy",
    "Alastair",
    "Ngozi",
    "Kieran",
    "Esme",
    "Dominic",
    "Harpreet",
    "Leanne",
    "Rashid",
    "Carys",
    "Tomasz",
    "Precious",
    "Ewan",
    "Delphine",
    "Marcus",
    "Anjali",
    "Connor",
    "Beatriz",
    "Wendell",
    "Shanice",
    "Piotr",
    "Orla",
    "Desmond",
    "Farah",
    "Lachlan",
    "Ines",
    "Kofi",
    "Maddie",
    "Darnell",
    "Saoirse",
    "Vikram",
    "Tessa",
    "Emeka",
    "Ffion",
    "Nadia",
    "Gareth",
    "Yolanda",
    "Sunil",
    "Becca",
    "Tyrone",
    "Ailsa",
    "Kayleigh",
    "Amir",
    "Rosalind",
    "Travis",
    "Mei",
    "Bartek",
    "Chloe",
    "Idris",
    "Hattie",
]
EN_LAST = [
    "Raman",
    "Okafor",
    "Brennan",
    "Kowalczyk",
    "Haddad",
    "McAllister",
    "Fitzgerald",
    "Lindqvist",
    "Adeyemi",
    "Pritchard",
    "Nwachukwu",
    "Thorne",
    "Castellano",
    "Whitfield",
    "Osei",
    "Gallagher",
    "Szymański",
    "Achterberg",
    "Mensah",
    "Llewellyn",
    "Delacroix",
    "Bhattacharya",
    "Harland",
    "Ferreira",
    "Mbeki-Jones",
    "Abernethy",
    "Kaur",
    "Sandoval",
    "Quigley",
    "Okonkwo",
    "Farrow",
    "Duggan",
    "Chaudhry",
    "Rasmussen",
    "Tremblay",
    "O'Sullivan",
    "Nakamura",
    "Pemberton",
    "Achebe-Ward",
    "Villanueva",
    "Hargreaves",
    "Zielinski",
    "Iqbal",
    "Coker",
    "Balogun",
    "MacLeod",
    "Ashworth",
    "Lombardi",
    "Greaves",
    "Oyelaran",
    "Kerrigan",
    "Dunmore",
    "Vasquez",
    "Haworth",
    "Obi",
    "Sutcliffe",
    "Rahman",
    "Kilbride",
    "Mwangi",
    "Trelawney",
]
EN_NICK = [
    "Jonno",
    "Bex",
    "Macca",
    "Lils",
    "Gaz",
    "Stevo",
    "Tash",
    "Robbo",
    "Jules",
    "Deano",
    "Mo",
    "Kez",
    "Wilko",
    "Fi",
    "Tez",
    "Baz",
    "Soph",
    "Kat",
    "Dazza",
    "Niks",
    "Shaz",
    "Ronnie",
    "Bobby",
    "Chaz",
    "Jazz",
    "Em",
    "Fliss",
    "Tommo",
    "Squiggs",
    "Pip",
]
TITLES = ["Mrs", "Mr", "Ms", "Dr", "Mr.", "Mrs.", "Miss", "Dr."]


def en_first(rng: random.Random) -> str:
    return rng.choice(EN_FIRST)


def en_full(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def en_titled(rng: random.Random) -> str:
    return f"{rng.choice(TITLES)} {rng.choice(EN_LAST)}"


def uk_mobile(rng: random.Random) -> str:
    tail = digits(rng, 3)
    return rng.choice(
        [
            f"07700 900{tail}",
            f"07700900{tail}",
            f"+44 7700 900{tail}",
            f"+447700900{tail}",
            f"07700-900-{tail}",
            f"(07700) 900 {tail}",
            f"0044 7700 900 {tail}",
        ]
    )


def uk_landline(rng: random.Random) -> str:
    return rng.choice(
        [
            f"020 7946 0{digits(rng, 3)}",
            f"0113 496 0{digits(rng, 3)}",
            f"0161 496 0{digits(rng, 3)}",
            f"0117 496 0{digits(rng, 3)}",
            f"029 2018 0{digits(rng, 3)}",
            f"+44 20 7946 0{digits(rng, 3)}",
        ]
    )


US_AREAS = ["212", "415", "312", "617", "503", "720", "512", "919", "206", "614", "305", "608"]


def us_phone(rng: random.Random) -> str:
    a = rng.choice(US_AREAS)
    t = f"01{digits(rng, 2)}"
    return rng.choice(
        [
            f"({a}) 555-{t}",
            f"{a}-555-{t}",
            f"{a}.555.{t}",
            f"+1 {a} 555 {t}",
            f"1-{a}-555-{t}",
            f"{a}555{t}",
            f"+1 ({a}) 555-{t}",
        ]
    )


def en_email(rng: random.Random) -> str:
    f = rng.choice(EN_FIRST).lower().replace("í", "i")
    last = re.sub(r"[^a-z]", "", rng.choice(EN_LAST).lower().replace("ń", "n"))
    dom = rng.choice(["example.com", "example.org", "example.net", "mail.example.com"])
    local = rng.choice(
        [
            f"{f}.{last}",
            f"{f}{last[0]}{rng.randint(70, 99)}",
            f"{f[0]}{last}",
            f"{f}_{last}",
            f"{last}.{f}{rng.randint(1, 9)}",
            f"{f}.{last}.work",
            f"the.real.{f}",
            f"{f}{rng.randint(1980, 2006)}",
        ]
    )
    return f"{local}@{dom}"


UK_TOWNS = [
    ("Leeds", ["LS6", "LS11", "LS8"]),
    ("Bristol", ["BS7", "BS3", "BS5"]),
    ("Manchester", ["M14", "M20", "M4"]),
    ("Cardiff", ["CF24", "CF11", "CF5"]),
    ("Glasgow", ["G12", "G41", "G31"]),
    ("Norwich", ["NR2", "NR3"]),
    ("Brighton", ["BN2", "BN1", "BN3"]),
    ("London", ["E8", "SE15", "N16", "SW9", "NW5"]),
    ("Sheffield", ["S10", "S7", "S11"]),
    ("Nottingham", ["NG7", "NG5"]),
    ("York", ["YO10", "YO31"]),
    ("Edinburgh", ["EH7", "EH9", "EH11"]),
    ("Leicester", ["LE2", "LE3"]),
    ("Exeter", ["EX4", "EX2"]),
]
UK_STREETS = [
    "Rowan Close",
    "Albert Road",
    "Beech Grove",
    "Mill Lane",
    "Elm Terrace",
    "Cobden Street",
    "Harcourt Avenue",
    "Larkspur Way",
    "Kingsley Crescent",
    "Orchard Rise",
    "Wharf Street",
    "Sycamore Drive",
    "Tennyson Road",
    "Clifton Gardens",
    "Hawthorn Mews",
    "Victoria Parade",
    "Brunswick Place",
    "Gorse Hill Road",
    "Mafeking Terrace",
    "Addison Walk",
]
POST_IN = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode(rng: random.Random, prefixes: list[str]) -> str:
    return f"{rng.choice(prefixes)} {rng.randint(1, 9)}{rng.choice(POST_IN)}{rng.choice(POST_IN)}"


def uk_address(rng: random.Random) -> str:
    town, pre = rng.choice(UK_TOWNS)
    pc = uk_postcode(rng, pre)
    st = rng.choice(UK_STREETS)
    n = rng.randint(1, 212)
    flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 9)}, ", f"Flat {rng.randint(1, 6)}B, "])
    shape = rng.randint(0, 3)
    if shape == 0:
        return f"{flat}{n} {st}, {town} {pc}"
    if shape == 1:
        return f"{flat}{n} {st}, {town}, {pc}"
    if shape == 2:
        return f"{n} {st}\n{town}\n{pc}"
    return f"{flat}{n} {st}, {rng.choice(['Headingley', 'Hackney', 'Roath', 'Easton', 'Leith', 'Kemptown'])}, {town} {pc}"


def uk_address_informal(rng: random.Random) -> str:
    town, pre = rng.choice(UK_TOWNS)
    pc = uk_postcode(rng, pre).lower()
    st = rng.choice(UK_STREETS).lower()
    st = st.replace("street", "st").replace("road", "rd").replace("avenue", "ave")
    n = rng.randint(1, 160)
    return rng.choice(
        [
            f"{n} {st} {town.lower()} {pc}",
            f"flat {rng.randint(1, 8)} {n} {st}, {pc}",
            f"{n} {st}, {pc.replace(' ', '')}",
            f"number {n} {st} {town.lower()} {pc}",
        ]
    )


US_CITIES = [
    ("Springfield", "IL", "627"),
    ("Portland", "OR", "972"),
    ("Austin", "TX", "787"),
    ("Columbus", "OH", "432"),
    ("Madison", "WI", "537"),
    ("Tucson", "AZ", "857"),
    ("Raleigh", "NC", "276"),
    ("Denver", "CO", "802"),
    ("Albany", "NY", "122"),
    ("Richmond", "VA", "232"),
    ("Boise", "ID", "837"),
    ("Savannah", "GA", "314"),
]
US_STREETS = [
    "Maple Ave",
    "Oak Street",
    "Cedar Ln",
    "Willow Dr",
    "Pinecrest Rd",
    "Lakeview Blvd",
    "Juniper Ct",
    "W 38th St",
    "Hawthorne Ave",
    "Magnolia Way",
    "N Ashland Ave",
    "Bramble Ct",
    "Sunset Terrace",
    "Fairmount Ave",
    "Kessler Blvd",
]


def us_address(rng: random.Random) -> str:
    city, st, z = rng.choice(US_CITIES)
    zipc = z + digits(rng, 2)
    street = rng.choice(US_STREETS)
    n = rng.randint(12, 9870)
    unit = rng.choice(
        [
            "",
            "",
            f", Apt {rng.randint(1, 12)}{rng.choice('ABCD')}",
            f" #{rng.randint(2, 40)}",
            f", Unit {rng.randint(100, 480)}",
        ]
    )
    shape = rng.randint(0, 2)
    if shape == 0:
        return f"{n} {street}{unit}, {city}, {st} {zipc}"
    if shape == 1:
        return f"{n} {street}{unit} {city} {st} {zipc}"
    return f"{n} {street.lower()}{unit.lower()}, {city.lower()} {st.lower()} {zipc}"


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]


def uk_nino(rng: random.Random) -> str:
    while True:
        p = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if p not in NINO_BAD:
            break
    d = digits(rng, 6)
    s = rng.choice("ABCD")
    return rng.choice(
        [
            f"{p}{d}{s}",
            f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}",
            f"{p} {d} {s}",
            f"{p.lower()}{d}{s.lower()}",
        ]
    )


def uk_nhs(rng: random.Random) -> str:
    n = nhs_number(rng)
    return rng.choice([group(n, [3, 3, 4], " "), n, group(n, [3, 3, 4], "-")])


def uk_passport(rng: random.Random) -> str:
    return rng.choice(
        [str(rng.randint(1, 9)) + digits(rng, 8), str(rng.randint(1, 9)) + digits(rng, 8)]
    )


def uk_driving(rng: random.Random) -> str:
    sur = re.sub(r"[^A-Z]", "", rng.choice(EN_LAST).upper().replace("Ń", "N"))[:5].ljust(5, "9")
    year = rng.randint(1961, 2004)
    month = rng.randint(1, 12) + rng.choice([0, 50])
    day = rng.randint(1, 28)
    initials = rng.choice(EN_FIRST)[0].upper() + rng.choice(["9", rng.choice("ABCDEJKMRST")])
    check = rng.choice("ABCDEFGHJKLMNPRSTWXY") + rng.choice("ABCDEFGHJKLMNPRSTWXY")
    core = f"{sur}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{initials}9{check}"
    return rng.choice(
        [core, core, f"{core} {rng.randint(10, 99)}", f"{core[:5]} {core[5:11]} {core[11:]}"]
    )


def us_ssn(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(
        [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"]
    )


def us_itin(rng: random.Random) -> str:
    mid = rng.choice([*list(range(70, 89)), 90, 91, 92, *list(range(94, 100))])
    a, s = rng.randint(0, 99), rng.randint(0, 9999)
    return rng.choice(
        [f"9{a:02d}-{mid}-{s:04d}", f"9{a:02d} {mid} {s:04d}", f"9{a:02d}{mid}{s:04d}"]
    )


def us_passport(rng: random.Random) -> str:
    return rng.choice(
        [
            str(rng.randint(1, 9)) + digits(rng, 8),
            rng.choice("ACEFGHJKLMNPRSTUVWXZ") + digits(rng, 8),
        ]
    )


def us_dl(rng: random.Random) -> str:
    return rng.choice(
        [
            rng.choice("ABCDEFGHJKLMNPRSTUVWYZ") + digits(rng, 7),  # CA
            group(digits(rng, 9), [3, 3, 3], " "),  # NY
            f"{rng.choice('ABCDEFGHJKLMNPRSTW')}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-0",  # FL
            digits(rng, 8),  # TX
            f"{rng.choice('ABCDEFGHJKLMNPRSTW')}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}",  # IL
        ]
    )


def credit_card(rng: random.Random) -> str:
    kind = rng.randint(0, 4)
    if kind == 0:
        n = luhn_complete("4" + digits(rng, 14))
    elif kind == 1:
        n = luhn_complete(str(rng.randint(51, 55)) + digits(rng, 13))
    elif kind == 2:
        n = luhn_complete(str(rng.randint(2221, 2720)) + digits(rng, 11))
    elif kind == 3:
        n = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        return rng.choice([group(n, [4, 6, 5], " "), n, group(n, [4, 6, 5], "-")])
    else:
        n = luhn_complete("6011" + digits(rng, 11))
    assert luhn_ok(n)
    return rng.choice(
        [group(n, [4, 4, 4, 4], " "), n, group(n, [4, 4, 4, 4], "-"), group(n, [4, 4, 4, 4], " ")]
    )


def iban(rng: random.Random) -> str:
    kind = rng.randint(0, 4)
    if kind <= 1:
        v = iban_complete(
            "GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + digits(rng, 14)
        )
    elif kind == 2:
        v = iban_complete("DE", digits(rng, 18))
    elif kind == 3:
        v = iban_complete("NL", rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + digits(rng, 10))
    else:
        v = iban_complete("IE", rng.choice(["AIBK", "BOFI"]) + digits(rng, 14))
    assert iban_ok(v)
    return rng.choice([v, group(v, [4] * 8, " "), group(v, [4] * 8, " ")])


def sort_code(rng: random.Random) -> str:
    d = digits(rng, 6)
    return rng.choice([group(d, [2, 2, 2], "-"), group(d, [2, 2, 2], " "), d])


def uk_account(rng: random.Random) -> str:
    return rng.choice(["1", "2", "3", "4", "5", "6", "7", "8", "9"]) + digits(rng, 7)


def us_account(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + digits(rng, rng.randint(8, 11))


def routing(rng: random.Random) -> str:
    r = aba_routing(rng)
    assert aba_ok(r)
    return r


UK_PLATE_L = "ABCDEFGHKLMNOPRSTVWXY"
UK_PLATE_R = "ABCDEFGHJKLMNOPRSTUVWXYZ"


def uk_plate(rng: random.Random) -> str:
    age = rng.choice([f"{rng.randint(2, 25):02d}", str(rng.randint(51, 74))])
    p = f"{rng.choice(UK_PLATE_L)}{rng.choice(UK_PLATE_L)}{age} {''.join(rng.choice(UK_PLATE_R) for _ in range(3))}"
    return rng.choice([p, p, p.replace(" ", ""), p.lower()])


def us_plate(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(
        [
            f"{rng.randint(4, 9)}{''.join(rng.choice(L) for _ in range(3))}{digits(rng, 3)}",
            f"{''.join(rng.choice(L) for _ in range(3))}-{digits(rng, 4)}",
            f"{''.join(rng.choice(L) for _ in range(3))} {digits(rng, 4)}",
        ]
    )


HANDLE_BITS = [
    "jess_makes_things",
    "kettle.and.crumpets",
    "bramble_fox",
    "nightowl_92",
    "mossyfrog",
    "the_real_tobes",
    "sk8rgrl_lou",
    "quietgiant",
    "bakingwithbex",
    "dr.whisk",
    "lemonpip",
    "tinkerbot3000",
    "pixel.puddle",
    "runs_on_tea",
    "notthatgaz",
    "wobblyjelly",
    "crypt1d_k",
    "saltmarsh.sam",
    "fern_and_fog",
    "lil_chaos_goblin",
    "brummie_bites",
    "hollowpine",
    "captain_noodle",
    "snackattack.77",
    "velvetmoth",
    "glitterbeard",
    "ozzy_the_pug_mum",
]
GAMERTAGS = [
    "xXShadowFoxXx",
    "NoScopeNan",
    "TurboWombat",
    "Sn1perDad_UK",
    "GoblinKing77",
    "LlamaDrama420",
    "ClutchOrKick",
    "PotatoAimbot",
    "FrostByte",
    "CaptainKebab",
    "YeetLord9000",
    "SilentBadger",
    "ToastyMcToast",
    "Rekt_By_Mum",
    "CoffeeGremlin",
]


def handle(rng: random.Random) -> str:
    return "@" + rng.choice(HANDLE_BITS)


def gamertag(rng: random.Random) -> str:
    g = rng.choice(GAMERTAGS)
    return rng.choice([g, g, f"{g}#{rng.randint(1000, 9999)}", f"{g}#EUW", g.lower()])


def profile_url(rng: random.Random) -> str:
    h = rng.choice(HANDLE_BITS)
    slug = f"{rng.choice(EN_FIRST).lower()}-{re.sub(r'[^a-z]', '', rng.choice(EN_LAST).lower())}-{digits(rng, 2)}{rng.choice('abcdef')}{digits(rng, 3)}"
    return rng.choice(
        [
            f"https://www.instagram.com/{h}/",
            f"instagram.com/{h}",
            f"https://www.linkedin.com/in/{slug}",
            f"linkedin.com/in/{slug}",
            f"https://www.facebook.com/{h.replace('_', '.')}",
            f"https://github.com/{h.replace('.', '-').replace('_', '-')}",
            f"https://www.tiktok.com/@{h}",
            f"https://mastodon.social/@{h.replace('.', '_')}",
            f"twitter.com/{h.replace('.', '_')}",
            f"https://x.com/{h.replace('.', '_')}",
        ]
    )


def ip_addr(rng: random.Random) -> str:
    return rng.choice(
        [
            f"192.0.2.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"203.0.113.{rng.randint(1, 254)}",
            f"2001:db8::{rng.randint(1, 65535):x}",
            f"2001:db8:{rng.randint(1, 4095):x}:{rng.randint(1, 4095):x}::{rng.randint(1, 255):x}",
        ]
    )


EN_FILLERS: dict[str, Fill] = {
    "NAME": labelled("PERSON", en_full),
    "NAMELC": labelled("PERSON", lambda r: en_full(r).lower()),
    "FIRST": labelled("PERSON", en_first),
    "FIRSTLC": labelled("PERSON", lambda r: en_first(r).lower()),
    "NICK": labelled("PERSON", lambda r: r.choice(EN_NICK)),
    "NICKLC": labelled("PERSON", lambda r: r.choice(EN_NICK).lower()),
    "TITLED": labelled("PERSON", en_titled),
    "UKMOB": labelled("PHONE_NUMBER", uk_mobile),
    "UKLAND": labelled("PHONE_NUMBER", uk_landline),
    "USPHONE": labelled("PHONE_NUMBER", us_phone),
    "PHONE": labelled("PHONE_NUMBER", lambda r: r.choice([uk_mobile, us_phone, uk_landline])(r)),
    "EMAIL": labelled("EMAIL_ADDRESS", en_email),
    "UKADDR": labelled("LOCATION", uk_address),
    "UKADDRLC": labelled("LOCATION", uk_address_informal),
    "USADDR": labelled("LOCATION", us_address),
    "NINO": labelled("UK_NINO", uk_nino),
    "NHS": labelled("UK_NHS", uk_nhs),
    "UKPASS": labelled("UK_PASSPORT", uk_passport),
    "UKDL": labelled("UK_DRIVING_LICENCE", uk_driving),
    "SSN": labelled("US_SSN", us_ssn),
    "ITIN": labelled("US_ITIN", us_itin),
    "USPASS": labelled("US_PASSPORT", us_passport),
    "USDL": labelled("US_DRIVER_LICENSE", us_dl),
    "CARD": labelled("CREDIT_CARD", credit_card),
    "IBAN": labelled("IBAN_CODE", iban),
    "SORT": labelled("BANK_ACCOUNT", sort_code),
    "UKACC": labelled("BANK_ACCOUNT", uk_account),
    "ROUTING": labelled("BANK_ACCOUNT", routing),
    "USACC": labelled("BANK_ACCOUNT", us_account),
    "UKPLATE": labelled("LICENSE_PLATE", uk_plate),
    "USPLATE": labelled("LICENSE_PLATE", us_plate),
    "HANDLE": labelled("USERNAME", handle),
    "GAMER": labelled("USERNAME", gamertag),
    "URL": labelled("URL", profile_url),
    "IP": labelled("IP_ADDRESS", ip_addr),
    # unlabelled context
    "gbp": pick(
        ["£5", "£12.50", "£40", "£7.99", "£120", "£3.20", "£650", "£18", "£1,150", "£22.40"]
    ),
    "usd": pick(["$15", "$42.75", "$200", "$9.99", "$1,300", "$60", "$8.50", "$325"]),
    "day": pick(
        [
            "monday",
            "Tuesday",
            "weds",
            "Thursday",
            "fri",
            "Saturday",
            "sun",
            "tomorrow",
            "tonight",
            "next week",
        ]
    ),
    "time": pick(["7pm", "half 6", "10:30", "8.15am", "noon", "quarter past 3", "19:45", "6ish"]),
    "food": pick(
        [
            "pizza",
            "the curry",
            "chippy tea",
            "tacos",
            "the brunch",
            "drinks",
            "the takeaway",
            "sushi",
        ]
    ),
    "e": pick(
        ["", "", " 😂", " 🙏", " x", " xx", " 👍", " ❤️", " lol", " 🙃", " !!", " 😭", " tbh", " ty"]
    ),
    "car": pick(
        [
            "silver Corsa",
            "black Prius",
            "white Fiesta",
            "blue Golf",
            "grey Octavia",
            "red Civic",
            "black Camry",
        ]
    ),
}

EN_PII_FRAMES = [
    # chats
    "hey its {FIRST} from the allotment, new number is {UKMOB}{e}",
    "{FIRSTLC} u coming tonight or wat{e}",
    "{FIRST} are you still up? need a favour",
    "omg {NICK} stop sending me memes at 3am{e}",
    "can someone add {NAME} to the group? her number's {UKMOB}",
    "{NAME} left the chat and honestly good riddance",
    "tell {FIRSTLC} i said happy bday{e}",
    "me and {FIRSTLC} are at the back by the bar, come find us",
    "did {NICKLC} ever pay u back for the tickets?",
    "{FIRST} + {FIRST} = chaos, never leave them unsupervised{e}",
    "lol {NICK} just fell in the canal",
    "{FIRSTLC} pls answer ur phone its urgent. {UKMOB}",
    "ring me on {UKMOB} when ur outside, buzzer's broken",
    "my new work mobile is {USPHONE} - old one's dead",
    "text {FIRST} on {PHONE} she's got the spare key",
    "if nobody picks up try the landline {UKLAND}",
    "Hi {TITLED}, it's {FIRST}'s mum - she won't be in school {day}, temperature of 38",
    "{TITLED} said the homework is due {day}?? since when",
    "ask {TITLED} next door, they've got a ladder",
    "{DRNAME} wants to see me again in 6 weeks{e}",
    "wait is {NAMELC} the one from year 9 or the other one",
    "sooo {NAMELC} just slid into my dms{e}",
    "{NAME}, you legend. thank u for the lasagne",
    "miss u {NICK} come home soon",
    "new phone who dis. jk its {FIRST}, save this one {UKMOB}",
    "{FIRST}'s number changed, it's {USPHONE} now",
    "whos driving? {FIRST} or {FIRST}?",
    "going to {FIRSTLC}'s for {food} {day} if u wanna come",
    "just saw {FIRST} at tesco, says hi{e}",
    "Happy anniversary {FIRST} & {FIRST}!! 10 years{e}",
    "congrats to {NAME} on the new baby, 7lb 2oz{e}",
    "RIP to my phone, contact me at {EMAIL} for now",
    "{FIRSTLC}: r u ok?\nme: no\n{FIRSTLC}: same",
    "{GAMER} is carrying the whole squad rn",
    "add me on xbox, gt is {GAMER}",
    "psn: {GAMER} - on most nights after {time}",
    "my riot id is {GAMER} if u want to duo",
    "discord is {HANDLE} btw, the old one got hacked",
    "follow {HANDLE} she does the best cake pops{e}",
    "shoutout to {HANDLE} for the photos!!",
    "cc {HANDLE} {HANDLE} thoughts?",
    "my insta is {IGURL} if anyone wants the recipe",
    "here's my linkedin, pls endorse me for excel lol {LIURL}",
    "found his old profile {URL} 💀",
    "portfolio's up finally: {URL}",
    # delivery / services
    "Your driver {FIRST} is arriving in a {car}, reg {UKPLATE}.",
    "{FIRST} will deliver your parcel between {time} and 9pm. Questions? Call {UKLAND}",
    "Parcel for {NAME}, {UKADDR}. Leave in the green bin if out.",
    "DELIVERY ADDRESS: {UKADDR}",
    "Ship to: {NAME}\n{USADDR}\nPhone: {USPHONE}",
    "pls deliver to {UKADDRLC}, its the blue door",
    "sending it to my sisters instead - {USADDR}",
    "our new place!!! {UKADDR} - housewarming {day}{e}",
    "Hi, order is for {NAME}, deliver to {USADDR}, ring {USPHONE} on arrival",
    "the van with reg {UKPLATE} has been parked across my drive for 3 days",
    "Your Uber: {USPLATE}, grey Model 3, driver {FIRST}",
    "someone keyed my car last night. plate {UKPLATE}, if anyone's got doorbell footage pls dm",
    "towed?? plate {USPLATE}, was parked outside {USADDR}",
    "dropped the keys at {UKADDRLC} with {FIRSTLC}",
    "moving out on the 30th, forwarding address is {UKADDR}",
    # payments
    "rent for march {gbp} to {NAME}, sort code {SORT} acc {UKACC}",
    "Ref: bills split - {gbp} paid to {FIRST}",
    "send the deposit to {IBAN} pls, ref FLAT2",
    "IBAN: {IBAN}\nAccount name: {NAME}",
    "{FIRST} owes me {gbp} for the festival, sort {SORT} / {UKACC}",
    "here u go: {SORT} {UKACC} (monzo){e}",
    "direct deposit form: routing {ROUTING}, account {USACC}",
    "Routing #: {ROUTING}  Acct #: {USACC}  Name on account: {NAME}",
    "venmo'd {FIRST} {usd} for the uber",
    "pls don't venmo, zelle me at {EMAIL} or {USPHONE}",
    "card ending... actually the whole thing: {CARD} exp 09/28 - pls delete after booking",
    "ok the card is {CARD}, cvv is on the back u know it",
    "My card {CARD} got charged twice for the same order",
    "use mum's card {CARD} for the flights and I'll pay her back",
    "paypal me at {EMAIL} for the concert tix",
    "Payment from {NAME}: {gbp} - 'pizza + bus fare'",
    "sent {usd} to {NAMELC} for the lake house",
    "Transfer to {NAME} ({IBAN}) - {gbp}",
    "wire instructions below\nbeneficiary: {NAME}\nIBAN {IBAN}",
    "For the refund please use sort code {SORT}, account number {UKACC}, name {TITLED}",
    # ids, government, health
    "my NI number is {NINO} if hr need it again",
    "NI no {NINO}",
    "what's ur national insurance number, need it for the payroll form -> {NINO} is mine, ignore",
    "NHS number {NHS}, GP is {TITLED} at the surgery on the corner",
    "baby's nhs no is {NHS} keep it somewhere safe",
    "Patient: {NAME}, NHS No: {NHS}, DOB 14/02/1987",
    "my UK passport no. is {UKPASS}, expires 2031",
    "british passport {UKPASS} - for the visa form",
    "licence number {UKDL} - they need it for the hire car",
    "DVLA says my driving licence {UKDL} is fine now{e}",
    "hire car form: {NAME}, licence {UKDL}, {UKADDR}",
    "SSN {SSN} - pls don't share lol",
    "for the lease they asked for my social: {SSN}",
    "my ssn is {SSN}, is that safe to text? probably not",
    "ITIN {ITIN} for the tax return",
    "her ITIN number is {ITIN}, she's still waiting on the SSN",
    "U.S. Passport #: {USPASS}  Name: {NAME}",
    "need ur US passport number for the cruise booking -> {USPASS}",
    "CA DL {USDLCA} exp 2029",
    "drivers license: {USDL}",
    "got pulled over, cop wrote down my DL # {USDL} and the plate {USPLATE}",
    "Tax form for {NAME}: SSN {SSN}, address {USADDR}",
    # tech, accounts
    "someone logged in from {IP} at 3am, wasn't me",
    "new login to your account from {IP} (Chrome on Windows)",
    "my home ip is {IP}, can u whitelist it",
    "the server at {IP} keeps timing out when {FIRST} deploys",
    "ban {GAMER}, ip {IP}, spamming slurs in chat",
    "reset link sent to {EMAIL}",
    "pls cc {EMAIL} and {EMAIL} on the invoice",
    "From: {NAME} <{EMAIL}>\nSubject: re: the cat",
    "contact {TITLED} on {EMAIL} for the allotment waiting list",
    # posts, comments
    "shoutout to {NAME} for finding my dog!! 🐶",
    "Lost: black wallet near the station. If found pls call {UKMOB} (ask for {FIRST})",
    "FOUND: ginger cat, very friendly. Owner please contact {UKMOB}",
    "babysitter needed, weds & fri. DM me or text {USPHONE}",
    "Selling my bike, {gbp} ono, collection from {UKADDRLC}",
    "free sofa!! collection only from {USADDR}, msg {USPHONE}",
    "{NAME} thank you for being the best teacher ever 🍎",
    "great job today team, esp {FIRST} and {FIRST}{e}",
    "@{FIRST} you're on cake duty next week",
    "Prayers for my nan {NAME}, in hospital again",
    "happy 30th {NICKLC}!!! {e}",
    "wedding invite: {NAME} & {NAME}, RSVP to {EMAIL}",
    # e-mails / formal-ish
    "Dear {TITLED},\nPlease find attached my CV. You can reach me on {UKMOB}.\nKind regards,\n{NAME}",
    "Hi {FIRST}, thanks for your time today. My number is {USPHONE} if anything else comes up. Best, {FIRST}",
    "Kind regards,\n{NAME}\n{UKLAND}\n{EMAIL}",
    "Best,\n{FIRST}\nSent from my iPhone",
    "-- \n{NAME} | {USPHONE} | {URL}",
    "To whom it may concern, {NAME} has lived at {UKADDR} since 2019.",
    "Emergency contact: {NAME} (partner) {UKMOB}",
    "Next of kin: {TITLED}, {UKADDR}, tel {UKLAND}",
    "Tenant: {NAME}\nProperty: {UKADDR}\nRent: £950 pcm",
    "landlord is {TITLED}, number {UKMOB}, he never picks up",
    "referee: {NAME}, {EMAIL}, {USPHONE}",
    # mixed, lists
    "name: {NAME}\nphone: {PHONE}\nemail: {EMAIL}",
    "{NAME}, {UKMOB}, {EMAIL}",
    "1) {NAME} {UKMOB}\n2) {NAME} {UKMOB}\n3) {NAME} - no phone",
    "contacts for the trip: {FIRST} {USPHONE}, {FIRST} {USPHONE}",
    "ok so the plan: {FIRST} drives ({UKPLATE}), {FIRST} brings {food}",
    "stuff for the form: NINO {NINO}, passport {UKPASS}, licence {UKDL}",
    "ID: {USDL} / SSN: {SSN} / phone {USPHONE}",
    "{NAMELC} {USPHONE} {EMAIL}",
    "my details r {NAME} {UKADDRLC} {UKMOB}",
    "thx {FIRST}!! {gbp} sent to {SORT} {UKACC}{e}",
    "Roommate {NAME} moved out, new tenant {NAME} from {day}",
    "accountant needs my ITIN ({ITIN}) and the W-7 letter by {day}",
    "itin: {ITIN} / phone: {USPHONE}",
    "renewed my US passport!! new number {USPASS}{e}",
    "TSA precheck app wants passport no {USPASS}, doing it now",
    "kids' US passports: {USPASS} and {USPASS}",
    "HMPO letter says passport number {UKPASS} has been cancelled, new one on the way",
    "ok NHS app says my number is {NHS}, screenshot attached",
    "Amex {AMEX}, billing address {USADDR}",
    "card no. {CARD} pls refund to this one not the old one",
    "hey {FIRSTLC} can u send me ur iban again, the one i have is {IBAN}?",
    "Beneficiary IBAN {IBAN} / ref rent {month}",
    "visa {VISA} declined at the petrol station, embarrassing{e}",
    "check out my brother's band page {URL}",
    "add me on fb {FBURL} (the old account is dead)",
    "router admin page loads fine but the public ip is {IP}",
    "vpn exit node {IP} got flagged, switching",
    "tiktok: {HANDLE} / yt: {YTURL}",
    "steam: {GAMER}, add me",
    "{FIRST} got a parking ticket on {USPLATE} again lmao",
    "MOT due on {UKPLATE} next month, remind me",
]

EN_FILLERS["EN_SURNAME_ONLY"] = labelled("PERSON", lambda r: r.choice(EN_LAST))
EN_FILLERS.update(
    {
        "IGURL": labelled(
            "URL",
            lambda r: (
                r.choice(["https://www.instagram.com/", "instagram.com/", "www.instagram.com/"])
                + r.choice(HANDLE_BITS)
            ),
        ),
        "LIURL": labelled(
            "URL",
            lambda r: (
                r.choice(
                    [
                        "https://www.linkedin.com/in/",
                        "linkedin.com/in/",
                        "https://uk.linkedin.com/in/",
                    ]
                )
                + en_email(r).split("@")[0].replace(".", "-").replace("_", "-")
            ),
        ),
        "FBURL": labelled(
            "URL",
            lambda r: (
                r.choice(["https://www.facebook.com/", "facebook.com/", "https://m.facebook.com/"])
                + r.choice(HANDLE_BITS).replace("_", ".")
            ),
        ),
        "YTURL": labelled(
            "URL",
            lambda r: (
                r.choice(["https://www.youtube.com/@", "youtube.com/@"])
                + r.choice(HANDLE_BITS).replace(".", "")
            ),
        ),
        "AMEX": labelled(
            "CREDIT_CARD",
            lambda r: group(
                luhn_complete(r.choice(["34", "37"]) + digits(r, 12)),
                [4, 6, 5],
                r.choice([" ", "", "-"]),
            ),
        ),
        "MC": labelled(
            "CREDIT_CARD",
            lambda r: group(
                luhn_complete(str(r.randint(51, 55)) + digits(r, 13)),
                [4, 4, 4, 4],
                r.choice([" ", "", "-"]),
            ),
        ),
        "VISA": labelled(
            "CREDIT_CARD",
            lambda r: group(
                luhn_complete("4" + digits(r, 14)), [4, 4, 4, 4], r.choice([" ", "", "-"])
            ),
        ),
        "USDLCA": labelled(
            "US_DRIVER_LICENSE", lambda r: r.choice("ABCDEFGHJKLMNPRSTUVWYZ") + digits(r, 7)
        ),
        "DRNAME": labelled(
            "PERSON", lambda r: r.choice(["Dr ", "Dr. ", "dr "]) + r.choice(EN_LAST)
        ),
    }
)


EN_NO_ID_FRAMES = [
    "running {late} sorry{e}",
    "anyone want {food} {day}?",
    "is the gym open on bank holidays",
    "cant believe it's already {month}",
    "who left the milk out AGAIN",
    "omw, 10 mins{e}",
    "that film was so bad i loved it",
    "bin day is {day}, dont forget{e}",
    "the wifi is down again, anyone else?",
    "got the job!!!!{e}",
    "train cancelled. classic",
    "pls bring a bottle, we're out of wine",
    "does anyone have a phone charger i can borrow at work",
    "the heating's making that noise again",
    "Order placed: 2x oat milk, 1x sourdough. Arriving {time}.",
    "Your parcel has been delivered to your safe place.",
    "Reminder: dentist {day} at {time}",
    "match starts at {time}, pub or sofa?",
    "meeting moved to {time}, same link",
    "did u feed the cat{e}",
    "the kids are finally asleep 🙌",
    "{gbp} for a coffee?? london is broken",
    "ngl i'm so tired i could sleep for a week",
    "happy friday everyone{e}",
    "stuck on the motorway, might be a while",
    "rain rain rain. every single day",
    "can we do {food} instead, im skint",
    "Thanks for your payment of {gbp}.",
    "booked the table for 6 at {time}{e}",
    "who's got the big pan? need it {day}",
    "wat time is it over there",
    "brb making tea",
    "idk man ask someone else",
    "the plumber's coming between 8 and 12 apparently",
    "just finished my first 10k!!{e}",
    "new episode drops {day}, no spoilers pls",
    "lost my umbrella for the 4th time this month",
    "sorry missed ur call, driving",
    "Great service, would order again. 5 stars.",
    "the cake was dry but the vibes were immaculate",
    "my landlord finally fixed the boiler{e}",
    "does anyone know a good mechanic near the station",
    "ok who ate my leftover pizza",
    "school is closed {day} because of the snow",
    "haha same",
    "can't make it {day}, rain check?",
]
EN_FILLERS["late"] = pick(["late", "a bit late", "10 mins late", "so late", "LATE"])
EN_FILLERS["month"] = pick(["march", "October", "december", "June", "april"])


EN_PII_FRAMES += [
    "{FIRST} thank u so much for today, means a lot",
    "{FIRSTLC} omg did u see that",
    "{FIRST}??? where r u",
    "{NICK} ur a star{e}",
    "{NAME} has been added to Year 4 Parents",
    '{NAME} changed the group name to "hen do 🍾"',
    "{NAME} reacted ❤️ to your message",
    "Missed call from {FIRST} ({UKMOB})",
    'Voicemail from {USPHONE}: "hi it\'s {FIRST}, call me back"',
    "i think {FIRSTLC} fancies {FIRSTLC} tbh",
    "tbh {FIRSTLC} was right about the flat",
    "honestly {NICKLC} is the funniest person i know",
    "me n {NICKLC} r getting chips, want some",
    "sat next to {FIRST} at the wedding, she's lovely",
    "{FIRST} and i are splitting the bill, {gbp} each",
    "dinner at {FIRST} and {FIRST}'s, {time}",
    "who invited {FIRSTLC} lmao",
    "{TITLED} from accounts is asking for the receipts again",
    "{TITLED} is covering {TITLED}'s class {day}",
    "appointment with {TITLED} at 9:40, bring your red book",
    "Please ask for {TITLED} at reception",
    "the vet ({TITLED}) says he's fine, just fat",
    "Coach {EN_SURNAME_ONLY} moved training to {time}",
    "nan says hi to {FIRST}, {FIRST} and little {FIRST}",
    "babysitter's {FIRST}, her mum's number is {UKMOB} just in case",
    "new cleaner {FIRST} starts {day}, she'll text from {UKMOB}",
    "plumber's name is {NAME}, {UKMOB}, reasonable prices",
    "Your Deliveroo rider {FIRST} has picked up your order",
    "{FIRST} (your Amazon driver) left your parcel with a neighbour at {UKADDR}",
    "Evri: {FIRST} is delivering today between 12:05 and 13:05",
    "UPS: delivery to {USADDR} attempted, call {USPHONE}",
    "Collection from {UKADDR} booked for {day} - driver will call {UKMOB} 30 mins before",
    "return label for {NAME}, {USADDR}",
    "can u send it to my work instead: {NAME}, {UKADDR}",
    "my mums address is {UKADDRLC}",
    "Address for the wedding invites: {NAME}, {USADDR}",
    "Christmas cards this year -> {TITLED}, {UKADDR}",
    "council letter for {NAME} at {UKADDR} about the bins",
    "{IBAN} - that's the one, name {NAME}",
    "Account name: {NAME}\nSort code: {SORT}\nAccount no: {UKACC}",
    "acc: {UKACC} sort: {SORT}",
    "bank details for the kitty: {NAMELC} {SORT} {UKACC}",
    "ABA {ROUTING} acct {USACC} - for the contractor",
    "my routing is {ROUTING}, checking {USACC}",
    "Mastercard {MC} charged {usd} - that wasn't me!!",
    "just got a text saying card {CARD} is blocked, scam?",
    "Card number: {CARD}\nName on card: {NAME}",
    "{FIRSTLC} ur NI is {NINO} right? for the tax return",
    "new starter form: {NAME}, NI {NINO}, {UKADDR}, {UKMOB}",
    "NHS: {NHS} / GP: {TITLED} / allergies: penicillin",
    "Booking for {NAME}, GBR passport {UKPASS}, seat 14C",
    "licence check code for {UKDL} is on the DVLA site",
    "W-2 for {NAME}: SSN {SSN}",
    "last 4 aren't enough, they want the whole SSN: {SSN}",
    "{NAME}, DOB 03/11/1990, DL {USDL}, exp 2027",
    "ITIN {ITIN} for {NAME}, the other one is pending",
    "valet ticket says {USPLATE}, black suv",
    "the driver in {UKPLATE} nearly took me out on the roundabout",
    "Uber: {FIRST} in a {car} ({UKPLATE}) is 2 min away",
    "follow {HANDLE} and {HANDLE} for more{e}",
    "dm {HANDLE} for commissions",
    "{GAMER} just sniped me from across the map",
    "gg {GAMER}, rematch?",
    "new insta: {HANDLE} (old one got hacked)",
    "subscribe to my channel {YTURL}{e}",
    "{URL} <- my art account",
    "new login from {IP} in Frankfurt - not me, resetting",
    "blocked {IP} on the firewall, it was hammering the login",
    "her email is {EMAIL} and his is {EMAIL}",
    "Email {EMAIL} with the photos pls",
    "Reply-To: {EMAIL}",
    "forward it to {EMAIL}, that's my personal one",
]


EN_RARE = [
    "{NINO}",
    "{NHS}",
    "{UKPASS}",
    "{UKDL}",
    "{SSN}",
    "{ITIN}",
    "{USPASS}",
    "{USDL}",
    "{CARD}",
    "{IBAN}",
    "{URL}",
    "{IP}",
    "{UKPLATE}",
    "{USPLATE}",
]
ZH_RARE = ["{PASS}", "{QQ}", "{WX}", "{USER}", "{EMAIL}", "{PLATE}", "{IDC}", "{CARD}"]


def boost(frames: list[str], rare: list[str]) -> list[str]:
    """List frames with a rarer identifier type twice, so each type gets a fair number of spans."""
    return frames + [f for f in frames if any(slot in f for slot in rare)]


def en_pii(rng: random.Random) -> list[dict[str, Any]]:
    with_ids = build(rng, boost(EN_PII_FRAMES, EN_RARE), EN_FILLERS, 340, [], 0.0)
    without = build(rng, EN_NO_ID_FRAMES, EN_FILLERS, 60, [], 0.0)
    rows = with_ids + without
    rng.shuffle(rows)
    return rows


# ================================================================ Chinese identifiers

ZH_SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范石廖贾夏韦方白邹孟熊秦邱尹薛段雷侯龙史陶黎贺顾毛郝龚邵覃戴莫孔汤"
)
ZH_GIVEN = [
    "伟",
    "芳",
    "秀英",
    "敏",
    "静",
    "丽娟",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "涛",
    "明",
    "超",
    "秀兰",
    "霞",
    "刚",
    "桂英",
    "子涵",
    "梓萱",
    "浩然",
    "雨桐",
    "一诺",
    "欣怡",
    "宇轩",
    "思远",
    "佳琪",
    "俊杰",
    "晓燕",
    "建国",
    "志强",
    "海燕",
    "文博",
    "若曦",
    "晨阳",
    "嘉怡",
    "婉清",
    "天佑",
    "明轩",
    "诗涵",
    "国华",
    "玉兰",
    "红梅",
    "春生",
    "慧敏",
    "立新",
    "子墨",
    "沐阳",
    "安琪",
    "家豪",
    "semi",
    "凯文",
    "雪梅",
    "振华",
    "美玲",
    "晓东",
    "丹丹",
    "鹏飞",
]
ZH_GIVEN = [g for g in ZH_GIVEN if g != "semi"]
ZH_FAMOUS = ["王菲", "李娜", "刘翔", "杨幂", "赵薇", "马云", "周迅", "王芳芳"]
ZH_DOUBLED = [
    "婷婷",
    "乐乐",
    "豆豆",
    "朵朵",
    "明明",
    "欢欢",
    "琳琳",
    "阳阳",
    "甜甜",
    "毛毛",
    "贝贝",
    "妞妞",
    "楠楠",
    "菲菲",
]
ZH_SMALL = [
    "小雨",
    "小敏",
    "小杰",
    "小琪",
    "小磊",
    "小涵",
    "小慧",
    "小鹏",
    "小梅",
    "小峰",
    "小雪",
    "小军",
]
ZH_TITLES = ["总", "姐", "哥", "老师", "医生", "经理", "阿姨", "师傅", "叔", "主任", "律师", "教练"]


def zh_full(rng: random.Random) -> str:
    while True:
        n = rng.choice(ZH_SURNAMES) + rng.choice(ZH_GIVEN)
        if n not in ZH_FAMOUS:
            return n


def zh_given(rng: random.Random) -> str:
    return rng.choice([g for g in ZH_GIVEN if len(g) == 2])


def zh_nick(rng: random.Random) -> str:
    kind = rng.randint(0, 3)
    if kind == 0:
        return rng.choice(ZH_SMALL)
    if kind == 1:
        return "老" + rng.choice(ZH_SURNAMES)
    if kind == 2:
        return "阿" + rng.choice(["珍", "强", "明", "芳", "杰", "梅", "华", "斌", "玲", "坤"])
    return rng.choice(ZH_DOUBLED)


def zh_titled(rng: random.Random) -> str:
    return rng.choice(ZH_SURNAMES) + rng.choice(ZH_TITLES)


CN_MOBILE_PREFIX = [
    "138",
    "139",
    "135",
    "136",
    "137",
    "150",
    "151",
    "152",
    "157",
    "158",
    "159",
    "186",
    "187",
    "188",
    "185",
    "177",
    "176",
    "133",
    "153",
    "180",
    "189",
    "199",
    "131",
    "132",
    "166",
]


def cn_mobile(rng: random.Random) -> str:
    n = rng.choice(CN_MOBILE_PREFIX) + digits(rng, 8)
    return rng.choice(
        [
            n,
            n,
            n,
            f"{n[:3]} {n[3:7]} {n[7:]}",
            f"{n[:3]}-{n[3:7]}-{n[7:]}",
            f"+86 {n}",
            f"+86 {n[:3]} {n[3:7]} {n[7:]}",
            f"+86-{n}",
            f"0086 {n}",
        ]
    )


def cn_landline(rng: random.Random) -> str:
    code = rng.choice(["010", "021", "020", "0755", "0571", "028", "027", "025"])
    body = str(rng.randint(2, 8)) + digits(rng, 7 if len(code) == 3 else rng.choice([6, 7]))
    return rng.choice([f"{code}-{body}", f"{code} {body[:4]} {body[4:]}", f"({code}){body}"])


PINYIN = [
    "xiaoyu",
    "chenjj",
    "lmm",
    "sunny",
    "momo",
    "zhangwei",
    "liuyang",
    "jiajia",
    "tiantian",
    "wangxf",
    "daxiong",
    "ningning",
    "huahua",
    "kk",
    "ayu",
    "zhouzhou",
    "leo",
    "coco",
    "yanzi",
]


def cn_email(rng: random.Random) -> str:
    dom = rng.choice(["example.com", "example.net", "example.org", "mail.example.com"])
    local = rng.choice(
        [
            str(rng.randint(10000, 9999999999)),
            f"{rng.choice(PINYIN)}{rng.randint(80, 2010)}",
            f"{rng.choice(PINYIN)}_{rng.choice(PINYIN)}",
            f"{rng.choice(PINYIN)}.{rng.choice(PINYIN)}",
        ]
    )
    return f"{local}@{dom}"


CN_CITIES = [
    ("北京市", ["朝阳区", "海淀区", "丰台区", "东城区"]),
    ("上海市", ["浦东新区", "徐汇区", "闵行区", "静安区"]),
    ("广东省广州市", ["天河区", "海珠区", "越秀区"]),
    ("广东省深圳市", ["南山区", "福田区", "宝安区", "龙岗区"]),
    ("浙江省杭州市", ["西湖区", "余杭区", "拱墅区"]),
    ("四川省成都市", ["武侯区", "锦江区", "高新区"]),
    ("湖北省武汉市", ["洪山区", "江汉区", "武昌区"]),
    ("江苏省南京市", ["鼓楼区", "江宁区", "秦淮区"]),
    ("陕西省西安市", ["雁塔区", "碑林区"]),
    ("重庆市", ["渝北区", "江北区", "沙坪坝区"]),
    ("天津市", ["南开区", "河西区"]),
    ("湖南省长沙市", ["岳麓区", "雨花区"]),
]
CN_ROADS = [
    "建设路",
    "解放东路",
    "人民北路",
    "中山二路",
    "和平街",
    "文化路",
    "新华西路",
    "长江路",
    "学府路",
    "幸福大道",
    "光明路",
    "青年路",
    "东风路",
    "滨河路",
    "桂花巷",
    "枫林路",
]
CN_COMPLEX = [
    "阳光花园",
    "锦绣家园",
    "翠湖小区",
    "金地名苑",
    "幸福里小区",
    "滨江公寓",
    "华府天地",
    "春晖苑",
    "康乐新村",
    "绿城桂花苑",
    "融科香雪",
    "万科城二期",
    "丽景湾",
    "和馨园",
]


def cn_address(rng: random.Random) -> str:
    city, dists = rng.choice(CN_CITIES)
    d = rng.choice(dists)
    road = rng.choice(CN_ROADS)
    num = rng.randint(1, 999)
    comp = rng.choice(CN_COMPLEX)
    b, u, r = rng.randint(1, 32), rng.randint(1, 6), rng.randint(1, 33) * 100 + rng.randint(1, 6)
    shape = rng.randint(0, 4)
    if shape == 0:
        return f"{city}{d}{road}{num}号{comp}{b}栋{u}单元{r}室"
    if shape == 1:
        return f"{city}{d}{road}{num}号{comp}{b}号楼{r}"
    if shape == 2:
        return f"{d}{road}{num}号{comp}{b}-{u}-{r}"
    if shape == 3:
        return f"{city.split('省')[-1]}{d}{comp}{b}栋{r}"
    return f"{city} {d} {road}{num}号 {comp} {b}幢{u}单元{r}室"


def cn_address_informal(rng: random.Random) -> str:
    comp = rng.choice(CN_COMPLEX)
    b, r = rng.randint(1, 30), rng.randint(1, 28) * 100 + rng.randint(1, 4)
    road = rng.choice(CN_ROADS)
    return rng.choice(
        [
            f"{road}{rng.randint(1, 400)}号{comp}{b}栋{r}",
            f"{comp}{b}号楼{rng.randint(1, 4)}单元{r}",
            f"{comp}{b}-{rng.randint(1, 4)}-{r}",
            f"{rng.choice(CN_CITIES)[1][0]}{comp}{b}栋{r}室",
        ]
    )


CN_AREA = [
    "110105",
    "310115",
    "440106",
    "330106",
    "510104",
    "420111",
    "320102",
    "370202",
    "610113",
    "500103",
    "210203",
    "350203",
    "430104",
    "120104",
    "440305",
    "330102",
]


def cn_id(rng: random.Random) -> str:
    y, m, d = rng.randint(1955, 2012), rng.randint(1, 12), rng.randint(1, 28)
    body = f"{rng.choice(CN_AREA)}{y}{m:02d}{d:02d}{digits(rng, 3)}"
    n = body + cn_id_check(body)
    return rng.choice([n, n, n, f"{n[:6]} {n[6:14]} {n[14:]}", n.lower()])


def cn_passport(rng: random.Random) -> str:
    return rng.choice(
        [
            "E" + digits(rng, 8),
            "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 7),
            "G" + digits(rng, 8),
        ]
    )


CN_BINS = [
    ("622202", 19),
    ("621700", 19),
    ("622848", 19),
    ("621483", 16),
    ("622588", 16),
    ("621226", 19),
    ("622262", 19),
    ("621661", 19),
    ("623668", 19),
    ("622609", 16),
]


def cn_bank_card(rng: random.Random) -> str:
    b, n = rng.choice(CN_BINS)
    v = luhn_complete(b + digits(rng, n - len(b) - 1))
    assert luhn_ok(v)
    return rng.choice([v, v, group(v, [4, 4, 4, 4], " "), group(v, [4, 4, 4, 4], " ")])


CN_PROV = list("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川琼宁")
PLATE_ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def cn_plate(rng: random.Random) -> str:
    head = rng.choice(CN_PROV) + rng.choice("ABCDEFGH")
    if rng.random() < 0.25:
        tail = rng.choice("DF") + digits(rng, 5)
    else:
        t = list(digits(rng, 5))
        for _ in range(rng.randint(0, 2)):
            t[rng.randint(0, 4)] = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        tail = "".join(t)
    return rng.choice([f"{head}{tail}", f"{head}·{tail}", f"{head} {tail}", f"{head}{tail}"])


def wechat_id(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.choice(PINYIN)}_{rng.randint(1980, 2008)}",
            f"{rng.choice(PINYIN)}-{rng.choice(PINYIN)}{rng.randint(1, 99)}",
            f"{rng.choice(PINYIN)}{rng.choice(['0521', '1314', '888', '666', '2333', '0917'])}",
            "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)),
            f"{rng.choice(PINYIN).capitalize()}{rng.choice(PINYIN)}_hz",
        ]
    )


def qq_number(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + digits(rng, rng.randint(5, 9))


ZH_HANDLES = [
    "不吃香菜的猫",
    "小鹿乱撞2019",
    "momo在杭州",
    "今天也要好好吃饭",
    "深夜食堂老板娘",
    "咸鱼翻身ing",
    "奶茶续命",
    "一只大橘子",
    "北漂的阿伦",
    "菜菜子不菜",
    "柠檬精本精",
    "豆包妈妈",
    "跑步的胖子",
    "喵星人铲屎官",
    "chen_photo",
    "lazy_koala88",
]


def zh_handle(rng: random.Random) -> str:
    return "@" + rng.choice(ZH_HANDLES)


ZH_FILLERS: dict[str, Fill] = {
    "NAME": labelled("PERSON", zh_full),
    "GIVEN": labelled("PERSON", zh_given),
    "NICK": labelled("PERSON", zh_nick),
    "DBL": labelled("PERSON", lambda r: r.choice(ZH_DOUBLED)),
    "TITLED": labelled("PERSON", zh_titled),
    "TEACHER": labelled("PERSON", lambda r: r.choice(ZH_SURNAMES) + "老师"),
    "LAO": labelled("PERSON", lambda r: "老" + r.choice(ZH_SURNAMES)),
    "XIAO": labelled("PERSON", lambda r: "小" + r.choice(ZH_SURNAMES)),
    "PHONE": labelled("PHONE_NUMBER", cn_mobile),
    "TEL": labelled("PHONE_NUMBER", cn_landline),
    "EMAIL": labelled("EMAIL_ADDRESS", cn_email),
    "ADDR": labelled("LOCATION", cn_address),
    "ADDRI": labelled("LOCATION", cn_address_informal),
    "IDC": labelled("CN_ID_CARD", cn_id),
    "PASS": labelled("CN_PASSPORT", cn_passport),
    "CARD": labelled("CN_BANK_CARD", cn_bank_card),
    "PLATE": labelled("LICENSE_PLATE", cn_plate),
    "WX": labelled("WECHAT_ID", wechat_id),
    "QQ": labelled("QQ_NUMBER", qq_number),
    "USER": labelled("USERNAME", zh_handle),
    "amt": pick(["88", "200", "1500", "36.5", "520", "3200", "99", "45.8", "12", "680", "2,600"]),
    "when": pick(["明天", "今晚", "周六", "下周一", "后天", "待会", "这周末", "月底", "中午"]),
    "time": pick(["7点", "下午三点", "晚上8点半", "10:30", "中午12点", "早上九点", "18:40"]),
    "e": pick(
        [
            "",
            "",
            "",
            "～",
            "😂",
            "🙏",
            "👍",
            "哈哈哈",
            "[捂脸]",
            "[抱拳]",
            "[呲牙]",
            "！",
            "～～",
            "😭",
        ]
    ),
    "food": pick(["火锅", "烧烤", "奶茶", "小龙虾", "麻辣烫", "饺子", "螺蛳粉", "披萨"]),
}

ZH_PII_FRAMES = [
    # 微信聊天
    "{GIVEN}你到哪了{e}",
    "{NAME}，明天的会改到{time}了",
    "{NICK}快来，{food}都上了{e}",
    "我是{NAME}，这是我新号{PHONE}，麻烦存一下",
    "电话{PHONE}找我就行",
    "有事打我电话{PHONE}{e}",
    "{LAO}说他{when}不来了",
    "{XIAO}，帮我拿个快递呗",
    "{DBL}今天又哭了一早上{e}",
    "{TITLED}好，资料我已经发您邮箱了",
    "{TITLED}，{when}的会我请个假",
    "刚才{TITLED}打电话找你，回一下{TEL}",
    "{NAME}的微信号是{WX}，你加一下",
    "加我微信{WX}，备注一下你是谁",
    "vx：{WX}",
    "我QQ{QQ}，有事留言",
    "QQ号：{QQ} 微信同号",
    "扣扣{QQ}，晚上在线",
    "邮箱{EMAIL}，简历发这里",
    "发我邮箱：{EMAIL}{e}",
    "{GIVEN}和{GIVEN}{when}一起去吃{food}吗",
    "{NICK}生日快乐🎂 又老一岁{e}",
    "笑死，{NICK}把手机掉锅里了",
    "{NAME}是不是你们班的？",
    "问问{TITLED}，她肯定知道",
    "跟{NAME}说一声，钥匙放门卫了",
    "{GIVEN}，你妈让你早点回家",
    "{NICK}借我的{amt}块还没还{e}",
    "我跟{NAME}分手了，别问{e}",
    "{NAME} {PHONE}",
    "联系人：{NAME}，电话：{PHONE}",
    "紧急联系人 {NAME} {PHONE}",
    # 朋友圈
    "感谢{NAME}送的花💐 今天超开心",
    "祝{NICK}新婚快乐！百年好合{e}",
    "和{GIVEN}、{GIVEN}的周末{e}",
    "恭喜{NAME}考上研究生！",
    "有没有人认识{NAME}？钱包掉在地铁上了，电话{PHONE}",
    "寻狗启事：白色泰迪，在{ADDRI}附近走丢，联系{PHONE}，必有重谢",
    "出闲置！在{ADDRI}自提，私聊{WX}",
    "关注一下我的小号{USER}{e}",
    "转发{USER}的帖子，太真实了",
    "{USER} 你的视频被我搬过来了哈哈",
    "抖音搜{USER}，都是我家猫{e}",
    # 支付 notes
    "转账给{NAME} ¥{amt} 房租",
    "{NAME}向你转账{amt}元",
    "收款人：{NAME} 卡号：{CARD} 开户行：招商银行",
    "工资卡{CARD}，开户人{NAME}",
    "把钱打到这张卡上 {CARD} 户名{NAME}",
    "卡号{CARD}，{when}之前转过去就行",
    "还款账户：{CARD}",
    "{TITLED}，押金{amt}已经转到您卡{CARD}了",
    "AA一下，每人{amt}，转给{GIVEN}",
    "备注：{NAME} 三月水电费",
    "支付宝账号就是我手机号{PHONE}",
    "微信转账{amt}元给{NICK}，备注：奶茶钱{e}",
    # 快递 / 外卖
    "收件人：{NAME} {PHONE} {ADDR}",
    "{NAME}，{PHONE}，{ADDR}",
    "地址：{ADDR}，电话{PHONE}",
    "快递放{ADDRI}门口就行，谢谢",
    "您好，我是快递员，您的包裹在{ADDRI}楼下，电话{PHONE}",
    "外卖送到{ADDR}，到了打{PHONE}",
    "骑手{NICK}正在为您配送，联系电话{PHONE}",
    "寄件人：{NAME}，{ADDR}",
    "改一下收货地址：{ADDR}",
    "麻烦送到{ADDRI}，放丰巢",
    "{NAME}您好，您的顺丰快递已到{ADDRI}驿站",
    # 家长群
    "{NAME}妈妈，孩子作业落在学校了",
    "各位家长好，我是{GIVEN}的班主任{TEACHER}",
    "@{NAME}家长 请{when}前交一下资料费{amt}元",
    "{DBL}妈妈：收到，谢谢{TEACHER}",
    "收到[抱拳] {NAME}爸爸",
    "{TITLED}，{DBL}今天发烧请假一天",
    "学生姓名：{NAME}，身份证号：{IDC}，家长电话：{PHONE}",
    "报名表：{NAME} 身份证{IDC}",
    "春游名单：{NAME}、{NAME}、{NAME}",
    # 租房
    "房东{TITLED}的电话{PHONE}，有事直接打",
    "房子在{ADDR}，两室一厅，月租{amt}",
    "合同上写的是{NAME}，身份证{IDC}",
    "租房合同：甲方{NAME}，乙方{NAME}，房屋地址{ADDR}",
    "押一付三，房租打到{CARD}，户名{NAME}",
    "看房联系{NICK} {PHONE}",
    "搬家了，新地址：{ADDR}{e}",
    "中介{XIAO}说{when}可以看房，他电话{PHONE}",
    # 证件
    "我身份证号{IDC}，你帮我填一下",
    "身份证：{IDC}",
    "订票要身份证号：{IDC}",
    "护照号{PASS}，下个月过期",
    "签证材料里护照号码写的是{PASS}",
    "{NAME}，护照{PASS}，订的是同一班",
    "旅客：{NAME} 证件：护照 {PASS}",
    "帮我订两张票：{NAME} {IDC}，{NAME} {IDC}",
    # 车
    "我车牌{PLATE}，帮我登记一下",
    "车牌号{PLATE}的车主，你挡住我车了{e}",
    "{PLATE}停在消防通道上，谁的？",
    "滴滴司机{SHIFU}，车牌{PLATE}，白色大众",
    "{NAME}的车是{PLATE}，黑色的",
    "今天被{PLATE}别车了，吓死",
    "停车场登记：{PLATE} {PHONE}",
    # 工作/邮件
    "{TITLED}，合同盖章了，扫描件发您{EMAIL}",
    "{NAME}（{EMAIL}）负责这个项目",
    "请联系{NAME}，电话{TEL}，邮箱{EMAIL}",
    "简历：{NAME}，{PHONE}，{EMAIL}",
    "新同事{NAME}，工号不重要，微信{WX}",
    "入职材料：{NAME}，身份证{IDC}，工资卡{CARD}",
    "报销打到{CARD}，谢谢{TITLED}",
    "{TITLED}让我问一下{NAME}的手机号，是{PHONE}吗",
    "客户{TITLED}，电话{PHONE}，地址{ADDR}",
    # 网络
    "B站关注{USER}{e}",
    "我小红书{USER}，互关",
    "微博{USER}又上热搜了",
    "游戏ID：{USER} 来组队",
    # mixed casual, glued
    "{GIVEN}手机{PHONE}微信{WX}",
    "找{NICK}就打{PHONE}不接就发微信",
    "{NAME}{PHONE}{ADDRI}",
    "明天{time}{NAME}来接你，她电话{PHONE}",
    "{NICK}的号码换成{PHONE}了",
    "{LAO}，我老婆{GIVEN}说谢谢你",
    "哈哈哈{NICK}你也太逗了{e}",
    "{GIVEN}姐，{when}能帮我带一下孩子吗",
    "{TITLED}说{when}加班，{food}取消",
    "亲，{GIVEN}的快递到了吗",
    "外婆住{ADDR}，{when}我们过去",
    "{NAME}在{ADDRI}开了家店，去捧场",
    "我的QQ邮箱{EMAIL}，QQ是{QQ}",
    "你的身份证{IDC}、银行卡{CARD}发我，帮你办卡",
    "今天{XIAO}和{LAO}吵架了{e}",
    "{DBL}，{DBL}，吃饭啦",
    "{NAME}医生的门诊是周三，挂号电话{TEL}",
]

ZH_NO_ID_FRAMES = [
    "{when}去吃{food}吗{e}",
    "好的收到",
    "今天加班，别等我吃饭了",
    "下雨了记得带伞{e}",
    "哈哈哈哈笑死我了",
    "到家了吗",
    "这个月又超支了{e}",
    "外卖到了，下来拿",
    "群里谁有充电宝借一下",
    "周末一起去爬山吧",
    "孩子今天在学校表现很好{e}",
    "快递还没到，急死了",
    "明天{time}开会，别迟到",
    "晚安{e}",
    "刚下班，累成狗",
    "已转账{amt}元",
    "收到，谢谢老师",
    "房租这个月涨了{amt}",
    "地铁又停运了{e}",
    "好久不见，最近怎么样",
    "我在楼下等你",
    "今天的{food}真好吃{e}",
    "天气预报说{when}降温",
    "这周作业有点多",
    "网速太慢了，视频都卡",
    "猫又把花盆打翻了{e}",
    "谁知道附近哪里修手机",
    "等我五分钟",
    "生日快乐🎂",
    "我先睡了，明天再说",
    "请假条已经交给班主任了",
    "今晚月亮好圆",
    "健身打卡第{nday}天",
    "这个电视剧太上头了",
    "明天几点出发？",
    "好的没问题👌",
    "退款已经到账了",
    "最近在减肥，不吃了{e}",
]


ZH_PII_FRAMES += [
    "{NAME}拍了拍你",
    "{NAME}撤回了一条消息",
    "{NAME}邀请{NAME}加入了群聊",
    "{NAME}：收到",
    "{GIVEN}，吃了吗",
    "{GIVEN}在吗？",
    "{DBL}今天乖不乖",
    "{DBL}又在学校打架了{e}",
    "{NICK}快下来，我到楼下了",
    "{NICK}：哈哈哈哈哈",
    "{NICK}说请我们吃{food}{e}",
    "跟{NICK}说我{when}到",
    "我和{GIVEN}{when}去看电影",
    "听说{NAME}辞职了",
    "{NAME}和{NAME}结婚了！",
    "{LAO}又喝多了",
    "{LAO}家的狗又跑出来了",
    "{XIAO}刚入职，大家多照顾",
    "{TITLED}，报价单我改好了",
    "{TITLED}您好，我是新来的助理",
    "谢谢{TITLED}的推荐{e}",
    "{TITLED}明天的门诊取消了",
    "约了{TITLED}{when}复查",
    "{TEACHER}，孩子昨晚发烧了，今天请假",
    "{TEACHER}布置的作业是什么？",
    "感谢{TEACHER}的辛苦付出🌹",
    "{NAME}同学请到办公室来一下",
    "{NAME}的家长，请{when}来学校一趟",
    "@{GIVEN}妈妈 群公告看一下",
    "阿姨电话{PHONE}，做饭打扫都行",
    "保姆{NICK}，{PHONE}，人很靠谱",
    "装修师傅{SHIFU}电话{PHONE}",
    "开锁的电话{PHONE}",
    "修空调的{SHIFU}说{when}来，{PHONE}",
    "搬家公司{SHIFU} {PHONE}，价格公道",
    "二手房东{NAME}，{PHONE}，别找他，坑",
    "您的快递由{NAME}（{PHONE}）派送",
    "【菜鸟驿站】您的包裹已到{ADDRI}，取件码{code}",
    "收货地址：{ADDR} {NAME} {PHONE}",
    "{ADDR}，{NAME}收，电话{PHONE}",
    "寄到我公司：{ADDR}，{NAME}",
    "老家地址{ADDR}，爸妈收",
    "我家在{ADDRI}，你导航过来",
    "聚会地点：{ADDR}",
    "新房在{ADDRI}，{when}暖房",
    "房源：{ADDRI}，一室一厅，联系{NICK}{PHONE}",
    "{NAME}，{PHONE}，{EMAIL}，{ADDR}",
    "开票信息：{NAME} {PHONE} {EMAIL}",
    "请把合同扫描件发到{EMAIL}，抄送{EMAIL}",
    "{EMAIL}是我工作邮箱",
    "我的邮箱改成{EMAIL}了",
    "代付一下，卡号{CARD}",
    "工行卡{CARD}，{NAME}",
    "尾号不对，是{CARD}这张",
    "银行卡：{CARD}\n户名：{NAME}\n开户行：建设银行",
    "信用卡{CARD}被盗刷了{amt}",
    "身份证号码{IDC}，姓名{NAME}",
    "{NAME} {IDC} {PHONE}",
    "乘车人：{NAME}（身份证 {IDC}）",
    "{IDC}这是我妈的身份证号，帮她挂个号",
    "住宿登记：{NAME}，护照号{PASS}",
    "护照号码：{PASS}，有效期至2031年",
    "我和{NAME}的护照号：{PASS}、{PASS}",
    "车牌{PLATE}，{NAME}，{PHONE}，访客登记",
    "代驾到了，车牌{PLATE}",
    "{PLATE}的车主请挪车，电话{PHONE}",
    "ETC绑定的车牌是{PLATE}",
    "我的微信：{WX}，手机：{PHONE}",
    "微信号{WX}，加的时候说是{GIVEN}介绍的",
    "搜{WX}加我，头像是猫",
    "小号{WX}，大号被封了",
    "QQ：{QQ}，微信：{WX}",
    "{GIVEN}的QQ是{QQ}",
    "加群找我，QQ{QQ}",
    "关注{USER}，每天分享穿搭",
    "{USER}说的那家店我去了，一般",
    "感谢{USER}的推荐{e}",
    "游戏里加我，{USER}",
]
ZH_FILLERS["SHIFU"] = labelled("PERSON", lambda r: r.choice(ZH_SURNAMES) + "师傅")
ZH_FILLERS["nday"] = pick(["3", "12", "21", "30", "100", "47"])
ZH_FILLERS["code"] = pick(["6-2-3021", "3-1-1108", "12-5-2203", "8-3-5012"])


def zh_pii(rng: random.Random) -> list[dict[str, Any]]:
    with_ids = build(rng, boost(ZH_PII_FRAMES, ZH_RARE), ZH_FILLERS, 340, [], 0.0)
    without = build(rng, ZH_NO_ID_FRAMES, ZH_FILLERS, 60, [], 0.0)
    rows = with_ids + without
    rng.shuffle(rows)
    return rows


# ================================================================ English, no personal information


def order_no(rng: random.Random) -> str:
    return rng.choice(
        [
            f"order #{rng.randint(100, 999)}-{digits(rng, 7)}-{digits(rng, 7)}",
            f"Order No. {rng.randint(10000, 99999)}",
            f"order number {rng.choice('ABCDEFGHKMNPRSTWX')}{rng.choice('ABCDEFGHKMNPRSTWX')}-{digits(rng, 6)}",
            f"order ref {digits(rng, 8)}",
            f"Order #{digits(rng, 4)}",
        ]
    )


def tracking_no(rng: random.Random) -> str:
    return rng.choice(
        [
            f"tracking number 1Z{''.join(rng.choice('0123456789ABCDEFGHJKLMNPRSTVWXY') for _ in range(16))}",
            f"tracking no. {rng.choice(['JD', 'AB', 'RR', 'LX'])}{digits(rng, 9)}GB",
            f"tracking: {digits(rng, 12)}",
            f"tracking ID TBA{digits(rng, 12)}",
        ]
    )


def price(rng: random.Random) -> str:
    return rng.choice(
        [
            f"£{rng.randint(1, 89)}.{rng.choice(['99', '49', '00', '50', '25'])}",
            f"${rng.randint(2, 450)}",
            f"€{rng.randint(3, 120)},{rng.choice(['00', '95', '50'])}",
            f"£{rng.randint(1, 9)},{digits(rng, 3)}",
            f"{rng.randint(2, 40)}p",
            f"${rng.randint(1, 60)}.{digits(rng, 2)}",
        ]
    )


def flight(rng: random.Random) -> str:
    return f"{rng.choice(['BA', 'EZY', 'FR', 'UA', 'AA', 'DL', 'VS', 'LH', 'KL', 'EI', 'U2'])}{rng.choice(['', ' '])}{rng.randint(10, 9899)}"


def date_s(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}",
            f"{rng.randint(1, 28)} {rng.choice(['Jan', 'Feb', 'March', 'Apr', 'June', 'Aug', 'Sept', 'Oct', 'Nov'])}",
            f"{rng.choice(['March', 'May', 'July', 'October'])} {rng.randint(1, 30)}",
            f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            f"the {rng.choice(['1st', '3rd', '12th', '21st', '28th'])}",
            f"{rng.choice(['Friday', 'Monday', 'Thursday'])} the {rng.choice(['2nd', '9th', '14th', '23rd'])}",
        ]
    )


def version(rng: random.Random) -> str:
    return rng.choice(
        [
            f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 12)}",
            f"{rng.randint(1, 4)}.{rng.randint(0, 12)}",
            f"iOS {rng.randint(15, 19)}.{rng.randint(0, 6)}",
            f"Chrome {rng.randint(110, 131)}.0.{rng.randint(5000, 6999)}.{rng.randint(10, 200)}",
            f"Python 3.{rng.randint(8, 13)}",
            f"build {rng.randint(1000, 9999)}",
        ]
    )


EN_FREE_FILL: dict[str, Fill] = {
    "brand": pick(
        [
            "Tesco",
            "Aldi",
            "Lidl",
            "Sainsbury's",
            "Greggs",
            "Nando's",
            "Primark",
            "IKEA",
            "Costco",
            "Target",
            "Walmart",
            "Trader Joe's",
            "Starbucks",
            "Pret",
            "Boots",
            "Argos",
            "Dyson",
            "Ford",
            "Toyota",
            "Nike",
            "Adidas",
            "Spotify",
            "Netflix",
            "Deliveroo",
            "Uber Eats",
            "Wetherspoons",
            "Chipotle",
            "Wendy's",
            "Dunelm",
            "Screwfix",
            "Halfords",
            "Lush",
            "Nintendo",
            "PlayStation",
            "Samsung",
            "Apple",
            "Monzo",
            "Revolut",
            "Ocado",
            "M&S",
        ]
    ),
    "team": pick(
        [
            "Arsenal",
            "Liverpool",
            "Chelsea",
            "Spurs",
            "Man City",
            "Celtic",
            "Leeds United",
            "Wrexham",
            "the Lions",
            "England",
            "Wales",
            "Villa",
            "Everton",
        ]
    ),
    "city": pick(
        [
            "Manchester",
            "Paris",
            "Florence",
            "Sydney",
            "Austin",
            "Charlotte",
            "Orlando",
            "Lisbon",
            "Glasgow",
            "Chicago",
            "Berlin",
            "Dublin",
            "Edinburgh",
            "Seattle",
            "Barcelona",
            "Cork",
            "Nashville",
            "Reading",
            "Bath",
            "Victoria",
            "Denver",
            "Tokyo",
            "Adelaide",
        ]
    ),
    "country": pick(
        [
            "Spain",
            "Portugal",
            "Greece",
            "Canada",
            "Japan",
            "Mexico",
            "Ireland",
            "Iceland",
            "Croatia",
            "Morocco",
            "Thailand",
            "Jordan",
            "Chad",
            "Georgia",
        ]
    ),
    "landmark": pick(
        [
            "Big Ben",
            "Tower Bridge",
            "the Eiffel Tower",
            "Stonehenge",
            "Times Square",
            "Central Park",
            "Hyde Park",
            "the Shard",
            "the Golden Gate Bridge",
            "Niagara Falls",
            "the Lake District",
            "Snowdon",
            "the Grand Canyon",
            "the Statue of Liberty",
            "Loch Ness",
        ]
    ),
    "film": pick(
        [
            "Inception",
            "Frozen 2",
            "Jaws",
            "Top Gun",
            "Toy Story 4",
            "The Godfather",
            "Dune",
            "Up",
            "Gravity",
            "Inside Out",
            "Brave",
            "Mamma Mia",
            "The Matrix",
            "Jurassic Park",
            "Love Actually",
            "Home Alone",
        ]
    ),
    "song": pick(
        [
            "Bohemian Rhapsody",
            "Wonderwall",
            "Mr. Brightside",
            "Dancing Queen",
            "Yellow",
            "Bad Guy",
            "Shake It Off",
            "Don't Stop Me Now",
            "Mr Blue Sky",
            "Africa",
            "Hotel California",
            "Uptown Funk",
        ]
    ),
    "book": pick(
        [
            "Pride and Prejudice",
            "The Hobbit",
            "Atonement",
            "Wuthering Heights",
            "The Very Hungry Caterpillar",
            "Middlemarch",
            "Normal People",
            "Little Women",
            "The Secret History",
            "Where the Crawdads Sing",
            "Beloved",
        ]
    ),
    "show": pick(
        [
            "Bake Off",
            "Succession",
            "The Office",
            "Line of Duty",
            "Strictly",
            "Love Island",
            "Breaking Bad",
            "Doctor Who",
            "Selling Sunset",
            "Only Fools and Horses",
        ]
    ),
    "wday": pick(
        [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "monday",
            "Weds",
            "Thurs",
            "Sat",
        ]
    ),
    "month": pick(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
    ),
    "holiday": pick(
        [
            "Easter",
            "Christmas",
            "Boxing Day",
            "Thanksgiving",
            "Bonfire Night",
            "Halloween",
            "Diwali",
            "Eid",
            "Hanukkah",
            "Black Friday",
            "Valentine's Day",
            "St Patrick's Day",
            "New Year's Eve",
            "Mother's Day",
            "Father's Day",
            "the 4th of July",
            "Burns Night",
            "Lunar New Year",
            "Pancake Day",
        ]
    ),
    "job": pick(
        [
            "the Head of Marketing",
            "our Finance Director",
            "the Deputy Head",
            "the GP",
            "the Prime Minister",
            "the Chancellor",
            "the Area Manager",
            "the Team Lead",
            "the Vicar",
            "the CEO",
            "the landlord",
            "the ref",
            "the Head Chef",
            "the new Headteacher",
            "the site manager",
            "the Product Owner",
            "the Mayor",
            "the Duty Manager",
        ]
    ),
    "price": lambda r: (None, price(r)),
    "order": lambda r: (None, order_no(r)),
    "track": lambda r: (None, tracking_no(r)),
    "flight": lambda r: (None, flight(r)),
    "date": lambda r: (None, date_s(r)),
    "ver": lambda r: (None, version(r)),
    "price_": lambda r: (None, price(r)),
    "time": pick(
        [
            "7:45",
            "10pm",
            "6.30am",
            "14:05",
            "half 9",
            "noon",
            "midnight",
            "quarter to 5",
            "23:59",
            "8ish",
            "5:15pm",
        ]
    ),
    "score": pick(["3-1", "2-2", "0-0", "4-3 on pens", "1-0", "5-2", "2-1", "1-1 (won on pens)"]),
    "meas": pick(
        [
            "5km",
            "26.2 miles",
            "180cm",
            "2.5kg",
            "500ml",
            "12 inches",
            "3 metres",
            "40 degrees",
            "68kg",
            "1.2 litres",
            "16GB",
            "2TB",
            "55 inch",
            "9.5 miles",
            "-3°C",
            "32°C",
        ]
    ),
    "steps": pick(
        ["12,408 steps", "4,002 steps", "20k steps", "9,876 steps", "15,331 steps", "30,115 steps"]
    ),
    "tag": pick(
        [
            "#MondayMotivation",
            "#GBBO",
            "#NationalDogDay",
            "#tbt",
            "#nofilter",
            "#COYS",
            "#WorldBookDay",
            "#StrictlyComeDancing",
            "#BlackFriday",
            "#SundayRoast",
            "#100DaysOfCode",
            "#PlasticFreeJuly",
            "#legday",
            "#fomo",
            "#YNWA",
            "#GoingOutOutfit",
        ]
    ),
    "site": pick(
        [
            "bbc.co.uk",
            "wikipedia.org",
            "gov.uk",
            "stackoverflow.com",
            "amazon.co.uk",
            "reddit.com",
            "github.com",
            "nhs.uk",
            "python.org",
            "rightmove.co.uk",
            "ebay.com",
            "imdb.com",
            "metoffice.gov.uk",
            "youtube.com",
        ]
    ),
    "code": pick(
        [
            '`git commit -m "fix typo"`',
            "`for i in range(10): print(i)`",
            "`npm install --save-dev`",
            "`SELECT * FROM orders WHERE total > 100;`",
            "`sudo apt update && sudo apt upgrade`",
            "`const x = await fetch(url)`",
            "`docker compose up -d`",
            "`pip install -r requirements.txt`",
            "`if (err != nil) { return err }`",
            "`ls -la | grep .csv`",
            "`=VLOOKUP(A2,Sheet2!A:B,2,FALSE)`",
        ]
    ),
    "file": pick(
        [
            "IMG_4032.HEIC",
            "final_FINAL_v3.docx",
            "budget_2026.xlsx",
            "Screenshot 2026-03-02 at 14.22.01.png",
            "setup.py",
            "invoice_0423.pdf",
            "holiday-plan.pptx",
            "notes.txt",
            "DSC_0091.JPG",
            "minutes_march.docx",
            "tax_return_draft.pdf",
            "config.yaml",
        ]
    ),
    "e": pick(
        ["", "", "", " 😂", " 🙃", " 🎉", " 🙌", " lol", " !!", " 😭", " 🔥", " tbh", " ngl"]
    ),
}

EN_FREE_FRAMES = [
    # capitalised non-names
    "{eat} meal deal is now {mid} which is criminal{e}",
    "anyone been to the new {shop} by the retail park?",
    "{shop} had a sale on so I panic bought 4kg of pasta",
    "switched from {app} to {app2} and honestly no regrets",
    "the {app} app crashed mid-payment again",
    "{team} were robbed. {score}. the ref needs glasses",
    "{usteam} {usscore}, what a game{e}",
    "are we watching {team} at the pub {wday}?",
    "{team} fans singing {song} on the train home",
    "flight to {city} booked for {month}{e}",
    "{city} in {month} is the dream",
    "two nights in {city} then the train to {city}",
    "we're moving to {city}!! start date is {date}",
    "honeymoon in {country}, then a week in {country}",
    "{country} beat {country2} {score}, the group is wide open now",
    "finally saw {landmark} and it's smaller than I thought",
    "queue for {landmark} was 2 hours{e}",
    "picnic in {park} if the weather holds",
    "photo at {landmark}, {steps} today, feet are gone",
    "rewatching {film} for the 9th time",
    "{film} is on tv at {time}, don't talk to me",
    "hot take: {film} is better than {film2}",
    "cinema: {film} at {time}, tickets {mid} each",
    "can't get {song} out of my head{e}",
    "the DJ played {song} three times",
    "karaoke tonight, I'm doing {song} whether you like it or not",
    "book club pick this month is {book}",
    "finished {book} on the train, cried at the end",
    "just started {book}, no spoilers please",
    "{show} final tonight!!{e}",
    "still not over the {show} finale",
    "is {show} back on {wday}?",
    "See you {wday}!",
    "{wday} again already?",
    "{month} is flying by, how",
    "paid off the card in {month}, never again",
    "what are we doing for {holiday}?",
    "{holiday} plans: sofa, snacks, nothing else{e}",
    "{feast} lunch at ours, bring a pudding",
    "shops are rammed, it's like {holiday} in there",
    "{job} wants the slides by {wday}",
    "meeting with {job} at {day_t}, wish me luck",
    "apparently {job} is leaving in {month}",
    "Called {job} about the leak, coming {wday}",
    "Our new Head of Sales starts on {date}",
    "Dear Sir or Madam, please find the invoice attached.",
    "Hi all, quick reminder that the office is closed on {bankhol}.",
    "Thanks so much, have a lovely weekend!",
    # name-like ordinary words
    "the grace period ends on {date}, pay before then",
    "I will be there by {time}, promise",
    "May I ask why my refund hasn't arrived?",
    "we may as well get a taxi",
    "the bill came to {dear} split six ways",
    "who's paying the electricity bill this month",
    "the rose garden at the park is gorgeous right now{e}",
    "mark my words, it'll rain at the barbecue",
    "I'll sue the landlord if the mould isn't fixed by {month}",
    "he gave the dog a pat and it bit him",
    "that shop will rob you blind, {mid} for a candle",
    "need a car jack, got a flat on the motorway",
    "to be frank, the second season was a mess",
    "I hope the trains are running tomorrow",
    "lost all faith in the council tbh",
    "pure joy when the bins get collected on time",
    "up at dawn for the {steps} challenge",
    "summer holidays start on {date}{e}",
    "autumn leaves everywhere, the drive is a skating rink",
    "amber warning for wind tonight, bring the trampoline in",
    "the ivy has taken over the whole fence",
    "holly wreath on the door, it's officially Christmas season",
    "the iris scanner at the airport never works",
    "sandy beach, cold beer, no signal. perfect",
    "the bike chain is so rusty it squeaks",
    "not a penny left till payday",
    "the dog tried to chase a swan and lost",
    "who drew on the wall with a sharpie???",
    "the ginger cat from down the road is back",
    "earl grey or builder's tea?",
    "cliff edge path closed after the storm",
    "basil died again. I'm not a plant person",
    "daisy chains in the park with the kids{e}",
    "poppy appeal collection at work raised {dear}",
    "jack of all trades, master of none",
    "the olive oil was {mid}, I nearly cried",
    "grant application due {wday}, send help",
    "heather on the hills is out, so purple",
    "we got the will sorted at the solicitor's finally",
    "ruby anniversary party for the neighbours on {date}",
    "angel cake from the bakery, 10/10",
    "the king prawns were {mid} but worth it",
    # numbers that are not identifiers
    "{order} shipped, {track}",
    "Your {order} has been dispatched. Estimated delivery {wday}.",
    "where's my parcel, {track} says delivered but it isn't",
    "refund for {order} ({mid}) should land in 3-5 working days",
    "Re: {order} - item arrived damaged, photo attached {file}",
    "My flight {flight} is delayed till {time}{e}",
    "boarding {flight} to {city} at gate 14",
    "{flight} landed early for once",
    "check-in for {flight} opens 24h before, seat 23C",
    "meet at {time} by the clock",
    "it's {time} and I'm still at my desk",
    "tickets go on sale {date} at {time}",
    "final score {score}, we'll take it",
    "quiz night: we came 3rd with 42 points out of 60",
    "my phone updated to {ver} and the battery is dying faster",
    "anyone else getting errors on {ver}?",
    "upgrade to {ver} fixed it",
    "ran {run} this morning{e}",
    "the sofa is {width} wide, will it fit through the door?",
    "{steps} today and it's only lunchtime",
    "in an emergency call 999, not the office",
    "dial 911 if he stops breathing, the nurse said",
    "for non-urgent stuff call 111",
    "Rooms are £85 per night, breakfast included",
    "the TV is {screen} and it still looks small",
    "bus 73 every 12 minutes, apparently",
    "platform 9, the 17:42 to {city}",
    "room 204 on the 2nd floor",
    "took 500g of flour and 3 eggs, cake still sank",
    "1,000,000 views in a day, wild",
    "only 43% battery and it's 9am",
    "Table 12, party of 8, {eve}",
    "the code for the bike shed is the same as last year",
    "2FA code expired before I could type it in",
    "page 214 of 600, slow going",
    "level 47 on candy crush and I'm stuck",
    "mortgage rate went from 4.2% to 5.1%",
    "365 days sober today{e}",
    "the big lottery draw is £{n2}m this week",
    "serves 4, prep 20 mins, cook 45 mins",
    "turn left after 300 yards, then 2nd exit",
    "invoice INV-{num4} is overdue, please pay {dear} by {date}",
    "case ref CR-{num4}-B, quote it when you call",
    "ticket #{num4} closed as resolved",
    "item SKU {num4}-XL out of stock again",
    "PR #{num4} merged, CI is green",
    "error code 0x80070005 when updating",
    "it says HTTP 503 Service Unavailable",
    "score 4/5 on the quiz, only missed question 3",
    # hashtags, sites, code, files
    "{tag} {e}",
    "new pb today {tag} {tag}",
    "{tag} is trending and I don't know why",
    "saw it on {site}, must be true{e}",
    "check {site} before you travel",
    "the answer is on {site}, second result",
    "{site} is down again",
    "run {code} and then restart",
    "try {code}, worked for me",
    "my script dies at {code} lol",
    "sending {file} now",
    "can you open {file}? it's corrupted for me",
    "uploaded {file} to the shared drive",
    "{file} and {file} attached",
    "renamed it to {file} so we stop getting confused",
    "If you have any questions, reply to this message.",
    "Your verification code expires in 10 minutes.",
    "Thanks for shopping with us! Rate your experience 1-5.",
    "Reminder: the library closes at {eve} on {wdays}",
    "Happy {greet} everyone!{e}",
    "Welcome to the group! Rules are pinned at the top.",
    # sentence-initial capitals and mixed
    "Honestly the worst commute ever",
    "Brilliant, thanks!",
    "Absolutely not, it's freezing",
    "Lovely to see you all {wday}",
    "Mum says dinner at {eve}",
    "Grandad finally got the hang of video calls{e}",
    "Nan's making trifle for {feast}",
    "Dad joke of the day: I'm reading a book on anti-gravity, it's impossible to put down",
    "The Prime Minister's speech was at {eve}, did anyone watch it",
    "Our GP surgery now wants everything done online",
    "The vicar's fete raised {dear} for the roof",
    "My manager approved the leave for {month}",
    "Ask the receptionist, she'll know",
    "the teacher said year 6 SATs are in {month}",
]
EN_FREE_FILL["num4"] = lambda r: (None, str(r.randint(1000, 99999)))
EN_FREE_FILL.update(
    {
        "shop": pick(
            [
                "Tesco",
                "Aldi",
                "Lidl",
                "Sainsbury's",
                "Primark",
                "IKEA",
                "Costco",
                "Target",
                "Walmart",
                "Trader Joe's",
                "Boots",
                "Argos",
                "Dunelm",
                "Screwfix",
                "Halfords",
                "M&S",
                "Asda",
                "Home Bargains",
                "B&Q",
                "Kroger",
            ]
        ),
        "eat": pick(
            [
                "Greggs",
                "Nando's",
                "Starbucks",
                "Pret",
                "Wetherspoons",
                "Chipotle",
                "Wendy's",
                "Costa",
                "Subway",
                "Taco Bell",
                "Five Guys",
                "Leon",
                "Itsu",
                "Wagamama",
            ]
        ),
        "app": pick(
            [
                "Spotify",
                "Netflix",
                "Deliveroo",
                "Uber Eats",
                "Monzo",
                "Revolut",
                "Ocado",
                "Duolingo",
                "Strava",
                "Just Eat",
                "Starling",
                "Vinted",
            ]
        ),
        "app2": pick(
            [
                "Apple Music",
                "Disney+",
                "Just Eat",
                "Chase",
                "Barclays",
                "Tidal",
                "Depop",
                "Gousto",
                "Hello Fresh",
                "Nationwide",
            ]
        ),
        "usteam": pick(
            [
                "the Lakers",
                "the Yankees",
                "the Packers",
                "the Red Sox",
                "the Cowboys",
                "the Celtics",
                "the Chiefs",
                "the Cubs",
                "the Warriors",
            ]
        ),
        "usscore": pick(["112-98", "31-24", "7-3", "21-17", "104-101", "4-2", "27-10"]),
        "country2": pick(
            ["Brazil", "France", "Norway", "Italy", "Peru", "Ghana", "Korea", "Wales"]
        ),
        "park": pick(
            [
                "Central Park",
                "Hyde Park",
                "Regent's Park",
                "the Botanic Gardens",
                "Golden Gate Park",
                "Phoenix Park",
                "Richmond Park",
                "Sefton Park",
            ]
        ),
        "film2": pick(
            ["Shrek", "Titanic", "Cars", "Alien", "Heat", "Coco", "Moana", "Elf", "Twister"]
        ),
        "feast": pick(
            [
                "Christmas",
                "Easter Sunday",
                "Boxing Day",
                "Thanksgiving",
                "Eid",
                "Diwali",
                "New Year's Day",
                "Mother's Day",
                "Sunday lunch",
            ]
        ),
        "bankhol": pick(
            [
                "Good Friday",
                "Easter Monday",
                "the May bank holiday",
                "Boxing Day",
                "Christmas Eve",
                "Labor Day",
                "Memorial Day",
                "St Andrew's Day",
            ]
        ),
        "greet": pick(
            [
                "Diwali",
                "Eid",
                "Hanukkah",
                "Thanksgiving",
                "Halloween",
                "Lunar New Year",
                "Pancake Day",
                "Bonfire Night",
                "New Year",
                "Easter",
                "Burns Night",
            ]
        ),
        "mid": pick(
            [
                "£8.99",
                "£12.50",
                "$14",
                "£24",
                "€19,90",
                "$32.40",
                "£6.75",
                "£15",
                "$9.49",
                "£39.99",
                "€27",
                "£11",
            ]
        ),
        "dear": pick(["£230", "$1,480", "£312.60", "£2,150", "$640", "€905", "£1,075", "$3,200"]),
        "n2": lambda r: (None, str(r.randint(3, 180))),
        "run": pick(
            ["5km", "10k", "9.5 miles", "a half marathon", "3 miles", "8.2km", "parkrun in 27:40"]
        ),
        "width": pick(["210cm", "2.3 metres", "84 inches", "190 cm", "7ft"]),
        "screen": pick(["55 inch", '65"', "75 inches", "50-inch", "43 inch"]),
        "eve": pick(["6pm", "half 6", "7:30", "19:00", "7ish", "8.15pm", "6:45"]),
        "day_t": pick(["9am", "10:30", "2pm", "half 11", "14:15", "3.30pm", "noon"]),
        "wdays": pick(["Sundays", "Saturdays", "Mondays", "weekends", "Wednesdays"]),
    }
)


EN_FREE_FRAMES += [
    "Just checked in at Heathrow T5, gate opens at {day_t}",
    "stuck on the M25 near junction 10, send snacks",
    "A&E wait is 4 hours apparently",
    "{shop} Express closes at 11 now?? since when",
    "who won Eurovision this year, I fell asleep",
    "the Premier League fixtures are out, we start away",
    "Super Bowl party at ours, bring wings{e}",
    "Wimbledon starts Monday, strawberries are ready",
    "Glastonbury tickets sold out in 20 minutes. again",
    "{app} Wrapped says I listened to 48,000 minutes of the same album",
    "{app} put the price up to {mid} a month, cancelling",
    "we need 2 more players for 5-a-side Thursday",
    "Mother Nature said no to the barbecue",
    "the Red Lion quiz is back on Tuesdays",
    "The Queen's Head does the best roast potatoes in town",
    "the Bank of England held rates at 4.75%",
    "Prime Day is a trap and I fell for it",
    "downloaded the NHS App finally, it's actually decent",
    "HMRC sent me a letter and I'm scared to open it",
    "the DVLA website is down, can't tax the car",
    "Met Office says snow on {wday}, I'll believe it when I see it",
    "Storm warning for the North East this weekend",
    "is the Northern line running or shall I get the bus",
    "Victoria line is rammed, walking instead",
    "Happy Mother's Day to all the mums out there{e}",
    "School's out for summer!!{e}",
    "fireworks scared the dog again, poor thing",
    "Christmas jumper day on Friday, £2 donation to charity",
    "Secret Santa limit is £10, no exceptions",
    "Valentine's menu is {dear} for two, no thanks",
    "my watch says I slept 5 hours 12 minutes. feels like 2",
    "Strava says 42:17 for the 10k, pb!",
    "Wordle 1,287 3/6\n⬛🟨⬛⬛🟩\n🟩🟩⬛🟩🟩\n🟩🟩🟩🟩🟩",
    "Connections puzzle #512, got it with one mistake",
    "the kettle is 3kW, that's why the fuse went",
    "oven at 180C fan for 25 mins, then rest it",
    "baby is 6 weeks old today and weighs 10lb 4oz{e}",
    "bought a 2018 Golf with 45,000 miles on it",
    "MPG is terrible, 32 on the motorway",
    "Battle of Hastings was 1066, obviously",
    "RSVP by {date} please",
    "doors 7pm, show 8pm, curfew 11pm",
    "the cat weighs 6kg and thinks she's a lion",
    "the dishwasher is showing E24 again",
    "the boiler says F22, low pressure apparently",
    "Minecraft server's back up, version 1.21",
    "Zoom link is in the calendar invite",
    "Teams keeps crashing on my laptop, using my phone",
    "Excel crashed and I lost 2 hours of work",
    "ctrl+z saved my life today",
    "Wi-Fi password is on the back of the router",
    "the Lord Mayor's Show is on Saturday, roads closed",
    "the King's speech is on at 3, Nan insists",
    "Chief Inspector said the road will reopen by 6",
    "Duke of Edinburgh hike this weekend, pray for the rain to stop",
    "Boxing Day sales start at 6am, not going",
    "Everest documentary was unreal, never climbing anything",
    "Victoria sponge for the bake sale, wish me luck",
    "Beef Wellington for Christmas dinner this year",
    "eggs Benedict and a flat white, perfect Sunday",
    "Caesar salad no croutons please",
    "one margherita, one pepperoni, garlic bread",
    "Bloody Mary at brunch was 90% celery",
    "Black Forest gateau is back on the menu",
    "the Cornish pasties from the station are elite",
    "Yorkshire puddings the size of my head",
    "Bakewell tart or Eton mess?",
    "Brussels sprouts are underrated, fight me",
    "French toast for breakfast{e}",
    "Turkish delight is just perfumed jelly",
    "Greek yoghurt and honey, that's dinner",
    "the Jubilee line is suspended again",
    "flat white {mid}?? in this economy",
    "{eat} got my order wrong again",
    "{shop} self checkout: unexpected item in bagging area",
    "delivery slot booked for {wday} 8-9am",
    "{eat} wifi is faster than mine",
    "parking at {shop} is now {mid} for 2 hours",
    "{usteam} lost again, I'm done",
    "{team} v {team2} {wday} at {eve}, who's in",
    "Champions League draw is at 11, nervous",
    "fantasy football team is bottom of the league again",
    "Six Nations starts {wday}, Wales are in trouble",
    "Ashes test, day 3, rain stopped play",
    "tennis club fees went up to {dear} a year",
    "the gym is {mid} a month now",
    "council tax band D, {dear} a year",
    "the quote for the roof was {dear}",
    "Netflix, Disney+ and Prime, too many subscriptions",
    "Amazon says arriving {wday}, we'll see",
    "Apple Pay isn't working at the bar",
    "Google Maps sent us down a farm track",
    "Chrome has 84 tabs open, send help",
    "WhatsApp is down, that's why nobody replied",
    "the Kindle died halfway through {book}",
    "audiobook of {book} is 14 hours long",
    "{song} came on shuffle and I had to pull over",
    "{film} is 3 hours long, bring snacks",
    "watching {show} with subtitles because of the accents",
    "the weather in {city} is apparently 24 degrees",
    "return flights to {country} for {dear}, bargain",
    "{city} marathon is in {month}, I'm not ready",
    "half term is the last week of {month}",
    "clocks go back in October, extra hour in bed",
    "Sunday roast at the pub, 1pm",
    "the Tories and Labour are neck and neck in the polls",
    "General Election is on a Thursday as always",
    "Parliament is on recess till {month}",
    "the Pope was on the news again",
    "the Senator's office never replies",
    "the President is visiting {city} next week, roads closed",
    "the Headteacher's letter says no phones in school",
    "the Dean said exams are in the sports hall",
    "the Bishop opened the new hall",
    "the Sheriff's office posted a flood warning",
    "Sergeant said the road is closed both ways",
    "the Captain said we'll land 20 minutes early",
    "Nurse said visiting hours are 2 till 8",
    "the Coach made us run laps for being late",
]
EN_FREE_FILL["team2"] = pick(["Newcastle", "Brighton", "Rangers", "Fulham", "Wolves", "Forest"])


def en_free(rng: random.Random) -> list[dict[str, Any]]:
    rows = build(rng, EN_FREE_FRAMES, EN_FREE_FILL, 400, [], 0.0)
    for row in rows:
        assert not row["entities"]
    return [{"text": r["text"]} for r in rows]


# ================================================================ Chinese, no personal information


def zh_order(rng: random.Random) -> str:
    return rng.choice(
        [
            f"订单号{digits(rng, 19)}",
            f"订单号：{rng.randint(2, 4)}{digits(rng, 17)}",
            f"订单编号 {digits(rng, 16)}",
            f"交易单号{digits(rng, 28)}",
        ]
    )


def zh_express(rng: random.Random) -> str:
    return rng.choice(
        [
            f"快递单号SF{digits(rng, 13)}",
            f"中通单号7{digits(rng, 13)}",
            f"运单号：YT{digits(rng, 13)}",
            f"京东快递 JD{digits(rng, 13)}",
            f"单号{digits(rng, 12)}",
        ]
    )


ZH_FREE_FILL: dict[str, Fill] = {
    "brand": pick(
        [
            "华为",
            "小米",
            "瑞幸",
            "喜茶",
            "蜜雪冰城",
            "海底捞",
            "美团",
            "拼多多",
            "京东",
            "淘宝",
            "优衣库",
            "宜家",
            "肯德基",
            "麦当劳",
            "星巴克",
            "盒马",
            "山姆",
            "比亚迪",
            "蔚来",
            "农夫山泉",
            "元气森林",
            "老干妈",
            "小红书",
            "大众点评",
            "周黑鸭",
            "钱大妈",
            "霸王茶姬",
            "名创优品",
            "安踏",
            "OPPO",
            "vivo",
            "大疆",
            "茶百道",
            "古茗",
        ]
    ),
    "city": pick(
        [
            "北京",
            "上海",
            "成都",
            "杭州",
            "重庆",
            "西安",
            "长沙",
            "厦门",
            "青岛",
            "大理",
            "三亚",
            "哈尔滨",
            "武汉",
            "南京",
            "苏州",
            "昆明",
            "拉萨",
            "深圳",
            "广州",
        ]
    ),
    "spot": pick(
        [
            "西湖",
            "故宫",
            "外滩",
            "长城",
            "黄山",
            "九寨沟",
            "鼓浪屿",
            "洪崖洞",
            "兵马俑",
            "张家界",
            "天安门",
            "迪士尼",
            "环球影城",
            "宽窄巷子",
            "橘子洲",
            "中山陵",
            "洱海",
            "布达拉宫",
        ]
    ),
    "mall": pick(
        [
            "万达广场",
            "太古里",
            "大悦城",
            "来福士",
            "万象城",
            "银泰",
            "龙湖天街",
            "吾悦广场",
            "IFS",
            "印象城",
            "爱琴海购物公园",
        ]
    ),
    "company": pick(
        [
            "阿里巴巴",
            "腾讯",
            "字节跳动",
            "百度",
            "网易",
            "顺丰",
            "中通",
            "中国移动",
            "工商银行",
            "招商银行",
            "国家电网",
            "中石化",
            "滴滴",
            "携程",
        ]
    ),
    "role": pick(
        [
            "经理",
            "老板",
            "班主任",
            "快递小哥",
            "房东",
            "物业",
            "师傅",
            "医生",
            "护士",
            "领导",
            "主任",
            "客服",
            "同事",
            "老公",
            "老婆",
            "婆婆",
            "闺蜜",
            "小姐姐",
            "阿姨",
            "大爷",
            "前台",
            "外卖小哥",
            "保安",
            "店长",
            "教练",
            "组长",
        ]
    ),
    "amt": lambda r: (
        None,
        r.choice(
            [
                f"¥{r.randint(3, 999)}.{digits(r, 2)}",
                f"{r.randint(5, 5000)}元",
                f"{r.randint(1, 99)}块{r.choice(['', '5', '8'])}",
                f"{r.randint(1, 9)}万{r.choice(['', '5', '8'])}",
                f"¥{r.randint(10, 300)}",
            ]
        ),
    ),
    "order": lambda r: (None, zh_order(r)),
    "express": lambda r: (None, zh_express(r)),
    "flight": lambda r: (
        None,
        f"{r.choice(['CA', 'MU', 'CZ', 'HU', '3U', 'ZH', 'MF'])}{r.randint(1000, 9899)}",
    ),
    "train": lambda r: (None, f"{r.choice('GDKZT')}{r.randint(1, 2999)}"),
    "code": lambda r: (None, digits(r, r.choice([4, 6]))),
    "points": lambda r: (None, str(r.randint(100, 99999))),
    "date": lambda r: (
        None,
        r.choice(
            [
                f"{r.randint(1, 12)}月{r.randint(1, 30)}号",
                f"{r.randint(1, 12)}月{r.randint(1, 30)}日",
                f"2026年{r.randint(1, 12)}月{r.randint(1, 28)}日",
                f"{r.randint(1, 12)}.{r.randint(1, 28)}",
                f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
            ]
        ),
    ),
    "time": pick(
        [
            "早上7点",
            "8:30",
            "下午两点半",
            "晚上十点",
            "12:00",
            "凌晨三点",
            "19:45",
            "中午",
            "傍晚六点",
        ]
    ),
    "wk": pick(
        ["周一", "周二", "周三", "周四", "周五", "周六", "周日", "星期天", "下周", "这周末"]
    ),
    "holiday": pick(
        ["春节", "国庆", "中秋", "五一", "端午", "元旦", "清明", "双十一", "618", "七夕", "元宵节"]
    ),
    "meme": pick(
        [
            "yyds",
            "绝绝子",
            "破防了",
            "躺平",
            "内卷",
            "打工人",
            "栓Q",
            "666",
            "蚌埠住了",
            "芭比Q了",
            "社死",
            "emo了",
            "摆烂",
            "真香",
            "xswl",
            "绝了",
            "凡尔赛",
            "上头",
            "嗑到了",
            "DNA动了",
        ]
    ),
    "e": pick(
        [
            "",
            "",
            "",
            "😂",
            "🙏",
            "👍",
            "[捂脸]",
            "[旺柴]",
            "[奸笑]",
            "～",
            "！",
            "😭",
            "🤣",
            "[破涕为笑]",
        ]
    ),
    "food": pick(
        ["火锅", "烧烤", "奶茶", "小龙虾", "麻辣烫", "饺子", "螺蛳粉", "肠粉", "热干面", "煎饼果子"]
    ),
    "n": lambda r: (None, str(r.randint(2, 99))),
    "small": lambda r: (None, str(r.randint(1, 16))),
    "mins": pick(["5", "10", "15", "20", "半个小时的", "40", "3", "十几"]),
    "days": pick(["3", "5", "7", "两", "三", "1到3", "十"]),
    "months": pick(["3", "4", "6", "两", "半"]),
    "hours": pick(["两", "3", "5", "六", "十几"]),
    "temp": lambda r: (None, str(r.randint(-12, 39))),
    "weather": pick(["冷死了", "热死了", "还下雨", "风好大", "刚刚好", "出太阳了"]),
    "steps": lambda r: (None, r.choice([f"{r.randint(3000, 25000)}", f"{r.randint(1, 3)}万"])),
    "tea": pick(
        ["瑞幸", "喜茶", "蜜雪冰城", "霸王茶姬", "茶百道", "古茗", "星巴克", "库迪", "奈雪"]
    ),
}

ZH_FREE_FRAMES = [
    # brands, places, companies
    "{tea}的新品出了，{cup}一杯{e}",
    "今天{brand}打折，冲{e}",
    "{brand}的客服说{days}个工作日内退款",
    "还是{app}好用，{app2}太卡了",
    "{tea}外卖满{n}减{small}",
    "在{shopzh}买的，质量一般",
    "{city}今天{temp}度，{weather}",
    "{longhol}去{city}玩，人太多了",
    "下个月出差去{city}{e}",
    "{city}的{food}真的{good}",
    "终于去了{spot}，人山人海",
    "{spot}排队排了{mins}分钟{e}",
    "{wk}去{spot}拍照吗",
    "{mall}新开了一家{tea}",
    "在{mall}门口等你，{time}",
    "{mall}停车费{small}块一小时，抢钱啊",
    "{company}今年又裁员了",
    "面试了{company}，等通知{e}",
    "{company}的年终奖听说有{months}个月",
    "{company}客服电话打不通",
    # roles without names
    "{boss}说{wk}要开会",
    "{visitor}刚才来过了，说明天再来",
    "跟{boss}请了{days}天假",
    "{visitor}让我们把垃圾分类好",
    "我们{boss}人挺好的{e}",
    "{role}太凶了，不敢说话",
    "问了{visitor}，{boss}也不知道",
    "快递小哥把包裹放门口了",
    "外卖小哥超时了{mins}分钟，算了不投诉了",
    "房东说下个月要涨房租",
    "物业通知{wk}停水，记得存水",
    "班主任在群里说{date}开家长会",
    "各位家长，{date}{time}开家长会，请准时参加",
    "老板今天心情不错{e}",
    "老师好，孩子今天请假一天",
    "领导又画饼了",
    "医生说多喝水多休息",
    "护士让我在外面等",
    "婆婆又寄了一箱土鸡蛋",
    "闺蜜结婚，份子钱给多少合适",
    "客服小姐姐态度超好",
    "隔壁阿姨送了一盘饺子",
    "楼下大爷天天在那下棋",
    "店长说会员有{points}积分",
    "教练让我{wk}再去练车",
    # surname-start words
    "张开嘴，医生要看喉咙",
    "王者荣耀上王者了{e}",
    "今天好高兴{e}",
    "周末有什么安排",
    "马上到，等我{mins}分钟",
    "黄金又涨了，现在{gold}一克",
    "林业局的工作稳定吗",
    "请简要陈述一下理由",
    "周总结还没写完{e}",
    "白天睡觉晚上加班，作息全乱了",
    "金额不对，少了{cheap}",
    "李子和杨梅哪个更酸",
    "刘海剪短了，好丑{e}",
    "何必呢，都过去了",
    "胡说八道，根本没这回事",
    "钱包丢了，里面只有{cheap}现金",
    "石头剪刀布，输的请{food}",
    "方便的时候回个电话",
    "程序又报错了，改到{time}",
    "江湖救急，谁有充电线",
    "关心一下你的身体{e}",
    "万一下雨怎么办",
    "包子{bun}两个，涨价了",
    "安全第一，慢点开",
    "许多人都这么说",
    "于是我就走了",
    "谢谢谢谢，太感谢了",
    "余额不足，充值失败",
    "熊猫基地早上去人少",
    "高铁{train}晚点{mins}分钟",
    "黄瓜拍一拍，夏天必备",
    "白菜价，赶紧买",
    "史上最难的一次考试",
    "郑重声明：本群禁止发广告",
    "最近在追一部韩剧{e}",
    "毛衣起球了怎么办",
    "孔雀开屏了！运气好{e}",
    "牛奶过期了，别喝",
    "童年回忆：小霸王学习机",
    "向日葵开了，好好看",
    "宋体还是微软雅黑？",
    "明明说好的{time}，结果又迟到了",
    "乐高又涨价了",
    "我家宝宝天天哭",
    "宝宝辅食吃什么好",
    "常常觉得累，是不是缺觉",
    "刚刚下班，累死了",
    "慢慢来，别着急",
    "好好休息，别熬夜",
    "天气渐渐凉了，多穿点",
    "妈妈说{holiday}回家吃饭",
    "爸爸又在群里发养生文章了",
    "姐姐给我寄了一箱橘子{e}",
    "弟弟考上大学了！",
    "星星好亮啊",
    "默默点了个赞",
    "偷偷吃了一块蛋糕{e}",
    "乖乖在家等我",
    "多多买菜比超市便宜",
    "老家下雪了",
    "老地方见{e}",
    "小区门口新开了一家{food}店",
    "等了一个小时了",
    "小龙虾{mid}一斤",
    "阿里又发财报了",
    "小米汽车提车了吗",
    "老干妈拌饭{good}",
    "小红书上说这家店很好吃",
    "阿姨，这个多少钱？",
    # numbers
    "{order}，麻烦查一下",
    "我的{order}一直显示待发货",
    "{express}，显示已签收但我没收到",
    "查一下{express}到哪了",
    "{express}，明天送达",
    "航班{flight}延误了，{time}才起飞",
    "{flight} {date} {time}起飞，别迟到",
    "坐{train}回{city}，{hours}个小时",
    "买到{train}的票了{e}",
    "验证码{code}，{mins}分钟内有效，请勿泄露",
    "您的验证码是{code}，请勿告诉他人",
    "积分{points}，可以换一个保温杯",
    "会员积分还剩{points}",
    "今天走了{steps}步{e}",
    "{date}{time}开会，别忘了",
    "{longhol}放{days}天，{date}开始",
    "房租{big}，水电另算",
    "这个月花了{big}，要吃土了",
    "{big}买的，值不值",
    "共{amt}，已付款",
    "AA每人{mid}",
    "红包{cheap}，手慢无{e}",
    "第{n}名，还行吧",
    "比分{small}比{small}，太刺激了",
    "考了{low}分，妈妈会打我",
    "温度{temp}度，湿度{n}%",
    "版本{small}.{small}.{small}更新了什么",
    "iPhone {small} 值得买吗",
    "{small}楼电梯坏了",
    "3号线又停了",
    "打110还是120？",
    "急救电话是120，不是119",
    "发票抬头写公司名就行",
    "快递柜取件码{code}",
    "取餐号{n}，到了叫我",
    "桌号{n}，加一份{food}",
    # net slang, emoji
    "{meme}{e}",
    "今天的我：{meme}",
    "这个新番{meme}",
    "看完直接{meme}",
    "打工人打工魂{e}",
    "周一综合症又犯了{e}",
    "笑不活了哈哈哈哈",
    "我真的会谢",
    "这波操作666",
    "{longhol}快乐🧧",
    "{longhol}放假安排出来了{e}",
    "{longhol}回不去了，好想家",
    "双十一清空购物车了{e}",
    "618囤了一堆纸巾",
    "抖音上那个挑战好火",
    "朋友圈三天可见，懂的都懂",
    "微信又更新了，找不到入口了",
    "B站刷到凌晨两点",
    "王者五连跪，睡了",
    "原神抽卡又歪了",
    "{tea}和{brand}联名了{good}",
    "好家伙，{mid}的{food}",
]


ZH_FREE_FILL.update(
    {
        "cup": pick(["¥16", "19块", "9.9元", "¥23", "十五块", "12.9"]),
        "app": pick(["淘宝", "京东", "美团", "支付宝", "高德", "网易云", "QQ音乐", "钉钉"]),
        "app2": pick(["拼多多", "饿了么", "百度地图", "酷狗", "企业微信", "闲鱼", "飞书"]),
        "shopzh": pick(
            ["淘宝", "京东", "拼多多", "闲鱼", "抖音商城", "山姆", "盒马", "名创优品", "优衣库"]
        ),
        "good": pick(["yyds", "绝绝子", "上头", "真香", "绝了", "香迷糊了", "一绝"]),
        "boss": pick(["经理", "老板", "领导", "主任", "组长", "店长", "班主任", "教练"]),
        "visitor": pick(
            ["物业", "快递小哥", "师傅", "保安", "房东", "居委会的阿姨", "楼下大爷", "前台"]
        ),
        "gold": pick(["¥612", "六百多", "5百8", "¥598.5"]),
        "cheap": pick(["¥3.5", "8块", "12元", "5毛", "¥20", "66.6", "两块钱", "¥0.88"]),
        "bun": pick(["5块", "3块5", "¥4"]),
        "mid": pick(["¥88", "128元", "三百", "¥199", "七八十", "¥59.9", "150块"]),
        "big": pick(["¥3800", "4500元", "两千五", "1万2", "¥6,280", "8千"]),
        "low": pick(["58", "61", "49", "三十几", "不及格"]),
        "longhol": pick(["春节", "国庆", "中秋", "五一", "端午", "元旦"]),
    }
)

ZH_FREE_FRAMES += [
    "群主说今晚{time}发红包{e}",
    "课代表在收作业了，快交",
    "楼主说得对",
    "宝妈群里都在团购{food}",
    "业主群又吵起来了，为了停车位",
    "物业费一年{big}，服务还这么差",
    "地铁2号线换乘10号线，最快",
    "高德说还有{n}公里，堵死了",
    "打车{mid}，比地铁贵太多",
    "医保卡余额{mid}，够买药了",
    "挂号费{cheap}，排队两小时",
    "体检报告出来了，血脂有点高",
    "年终总结写了{small}页还没写完",
    "周报、月报、季报，烦死了",
    "这个月KPI又没完成",
    "团建去{spot}，自费",
    "拼多多砍一刀，还差0.01%",
    "美团{cheap}无门槛红包，快用",
    "饿了么超时赔了{cheap}",
    "蚂蚁森林又种了一棵梭梭树",
    "微信步数排第一{e}",
    "QQ空间的黑历史不敢看",
    "直播间买了{mid}的零食，后悔",
    "B站一键三连了",
    "知乎上有人说这个专业不好就业",
    "百度网盘限速太恶心了",
    "流量又超了，中国移动扣了{cheap}",
    "高考加油！{e}",
    "四六级成绩出来了，{score4}分",
    "考研倒计时{n}天",
    "期末周，复习不完了",
    "学校食堂{cheap}一份，还挺好吃",
    "宿舍楼下的猫又胖了",
    "马拉松报名抽签没中{e}",
    "健身房年卡{big}，去了三次",
    "瑜伽课{time}，别迟到",
    "抢演唱会门票又失败了",
    "春晚小品一点都不好笑",
    "过年回老家要坐{hours}个小时高铁",
    "年夜饭订好了，{big}一桌",
    "压岁钱都被妈妈收走了",
    "中秋月饼{mid}一盒，太贵了",
    "端午吃粽子，甜的还是咸的？",
    "腊八粥喝了吗",
    "清明节扫墓，高速堵车",
    "元宵节猜灯谜去不去",
    "七夕花店涨价了，一束{mid}",
    "双十二还有人买东西吗",
    "今天星期五，开心{e}",
    "下周一降温{small}度，多穿点",
    "台风要来了，明天停课",
    "雾霾太严重了，出门戴口罩",
    "沙尘暴又来了，窗户都是土",
    "广场舞大妈占了篮球场",
    "黄山日出太美了{e}",
    "好好学习，天天向上",
    "金灿灿的油菜花开了",
    "白酒还是啤酒？",
    "红烧肉做咸了[捂脸]",
    "西红柿炒鸡蛋先放哪个",
    "鱼香肉丝里没有鱼",
    "五常大米{mid}一袋",
    "北京烤鸭还是要去店里吃",
    "楼下那家兰州拉面关门了",
    "沙县小吃永远的神",
    "重庆小面加个煎蛋",
    "江小白还是二锅头",
    "王老吉和加多宝到底哪个是正宗的",
    "康师傅红烧牛肉面，经典",
    "小爱同学，明天天气怎么样",
    "天猫精灵又听错了",
    "小天才电话手表{big}，现在小孩真贵",
    "老板电器的油烟机质量还行",
    "熊出没又出新电影了",
    "高德打车比滴滴便宜一点",
    "顺丰次日达，还挺快",
    "京东自营，放心",
    "优衣库联名款秒没",
    "农夫山泉有点甜",
    "元气森林0糖0卡",
    "海底捞服务员给我过生日了{e}",
    "蜜雪冰城甜蜜蜜",
    "瑞幸和茅台联名那次我没抢到",
    "万象城的停车场绕晕了",
    "太古里拍照的人好多",
    "宽窄巷子就是个商业街",
    "洱海边骑车太舒服了",
    "故宫要提前七天预约",
    "迪士尼排队一天玩了五个项目",
    "兵马俑比想象中壮观",
    "外滩夜景绝了",
    "西湖断桥人挤人",
    "张家界的山像阿凡达里的一样",
    "九寨沟的水真的是蓝的",
    "布达拉宫要爬好多台阶",
    "厦门的沙茶面好吃",
    "长沙的茶颜悦色排队一小时",
    "成都的火锅不辣你信吗",
    "哈尔滨冰雪大世界冻死了",
    "杭州亚运会那几天好堵",
    "青岛啤酒节去不去",
    "三亚的海太蓝了{e}",
    "大理的风花雪月",
    "昆明四季如春",
    "拉萨有点高反",
    "苏州园林太精致了",
    "南京的鸭血粉丝汤",
    "武汉的热干面要配蛋酒",
    "西安的肉夹馍{cheap}一个",
]
ZH_FREE_FILL["score4"] = pick(["425", "480", "512", "398", "550"])


def zh_free(rng: random.Random) -> list[dict[str, Any]]:
    rows = build(rng, ZH_FREE_FRAMES, ZH_FREE_FILL, 400, [], 0.0)
    for row in rows:
        assert not row["entities"]
    return [{"text": r["text"]} for r in rows]


# ================================================================ entry point


def generate(out_dir: Path) -> dict[str, list[dict[str, Any]]]:
    files = {
        "en_pii_labelled.jsonl": en_pii(random.Random(SEED + 1)),
        "zh_pii_labelled.jsonl": zh_pii(random.Random(SEED + 2)),
        "en_pii_free_hard.jsonl": en_free(random.Random(SEED + 3)),
        "zh_pii_free_hard.jsonl": zh_free(random.Random(SEED + 4)),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, rows in files.items():
        emit(out_dir / name, rows)
    return files


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else HERE
    files = generate(out)
    for name, rows in files.items():
        counts: dict[str, int] = {}
        for row in rows:
            for ent in row.get("entities", []):
                counts[ent["type"]] = counts.get(ent["type"], 0) + 1
        empty = sum(1 for row in rows if not row.get("entities"))
        summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        print(f"{name}: {len(rows)} lines, {empty} without entities; {summary}")


if __name__ == "__main__":
    main(sys.argv)
