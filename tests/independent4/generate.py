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

SEED = 20261207
HERE = Path(__file__).resolve().parent

Fill = Callable[[random.Random], tuple[str | None, str]]
SLOT = re.compile(r"\{(\w+)\}")


def render(rng: random.Random, template: str, fillers: dict[str, Fill]) -> tuple[str, list[dict]]:
    """Fill {slot}s left to right; slots whose filler returns a type become labelled spans."""
    out = ""
    ents: list[dict] = []
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
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def emit(path: Path, rows: list[dict]) -> None:
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
) -> list[dict]:
    """Cycle through shuffled frames until `target` distinct lines exist."""
    rows: list[dict] = []
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
    "Priya", "Kwame", "Siobhan", "Mateusz", "Aisha", "Callum", "Niamh", "Tobias", "Funmi",
    "Declan", "Rhiannon", "Yusuf", "Imogen", "Dariusz", "Keisha", "Ollie", "Shreya", "Fergus",
    "Marisol", "Tariq", "Bronwyn", "Eamon", "Lucía", "Hamish", "Zainab", "Rory", "Thandiwe",
    "Gethin", "Camille", "Jaylen", "Mercy", "Alastair", "Ngozi", "Kieran", "Esme", "Dominic",
    "Harpreet", "Leanne", "Rashid", "Carys", "Tomasz", "Precious", "Ewan", "Delphine",
    "Marcus", "Anjali", "Connor", "Beatriz", "Wendell", "Shanice", "Piotr", "Orla", "Desmond",
    "Farah", "Lachlan", "Ines", "Kofi", "Maddie", "Darnell", "Saoirse", "Vikram", "Tessa",
    "Emeka", "Ffion", "Nadia", "Gareth", "Yolanda", "Sunil", "Becca", "Tyrone", "Ailsa",
    "Kayleigh", "Amir", "Rosalind", "Travis", "Mei", "Bartek", "Chloe", "Idris", "Hattie",
]
EN_LAST = [
    "Raman", "Okafor", "Brennan", "Kowalczyk", "Haddad", "McAllister", "Fitzgerald", "Lindqvist",
    "Adeyemi", "Pritchard", "Nwachukwu", "Thorne", "Castellano", "Whitfield", "Osei", "Gallagher",
    "Szymański", "Achterberg", "Mensah", "Llewellyn", "Delacroix", "Bhattacharya", "Harland",
    "Ferreira", "Mbeki-Jones", "Abernethy", "Kaur", "Sandoval", "Quigley", "Okonkwo", "Farrow",
    "Duggan", "Chaudhry", "Rasmussen", "Tremblay", "O'Sullivan", "Nakamura", "Pemberton",
    "Achebe-Ward", "Villanueva", "Hargreaves", "Zielinski", "Iqbal", "Coker", "Balogun",
    "MacLeod", "Ashworth", "Lombardi", "Greaves", "Oyelaran", "Kerrigan", "Dunmore", "Vasquez",
    "Haworth", "Obi", "Sutcliffe", "Rahman", "Kilbride", "Mwangi", "Trelawney",
]
EN_NICK = [
    "Jonno", "Bex", "Macca", "Lils", "Gaz", "Stevo", "Tash", "Robbo", "Jules", "Deano", "Mo",
    "Kez", "Wilko", "Fi", "Tez", "Baz", "Soph", "Kat", "Dazza", "Niks", "Shaz", "Ronnie",
    "Bobby", "Chaz", "Jazz", "Em", "Fliss", "Tommo", "Squiggs", "Pip",
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
    "Rowan Close", "Albert Road", "Beech Grove", "Mill Lane", "Elm Terrace", "Cobden Street",
    "Harcourt Avenue", "Larkspur Way", "Kingsley Crescent", "Orchard Rise", "Wharf Street",
    "Sycamore Drive", "Tennyson Road", "Clifton Gardens", "Hawthorn Mews", "Victoria Parade",
    "Brunswick Place", "Gorse Hill Road", "Mafeking Terrace", "Addison Walk",
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
    ("Springfield", "IL", "627"), ("Portland", "OR", "972"), ("Austin", "TX", "787"),
    ("Columbus", "OH", "432"), ("Madison", "WI", "537"), ("Tucson", "AZ", "857"),
    ("Raleigh", "NC", "276"), ("Denver", "CO", "802"), ("Albany", "NY", "122"),
    ("Richmond", "VA", "232"), ("Boise", "ID", "837"), ("Savannah", "GA", "314"),
]
US_STREETS = [
    "Maple Ave", "Oak Street", "Cedar Ln", "Willow Dr", "Pinecrest Rd", "Lakeview Blvd",
    "Juniper Ct", "W 38th St", "Hawthorne Ave", "Magnolia Way", "N Ashland Ave", "Bramble Ct",
    "Sunset Terrace", "Fairmount Ave", "Kessler Blvd",
]


def us_address(rng: random.Random) -> str:
    city, st, z = rng.choice(US_CITIES)
    zipc = z + digits(rng, 2)
    street = rng.choice(US_STREETS)
    n = rng.randint(12, 9870)
    unit = rng.choice(["", "", f", Apt {rng.randint(1, 12)}{rng.choice('ABCD')}", f" #{rng.randint(2, 40)}", f", Unit {rng.randint(100, 480)}"])
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
        [f"{p}{d}{s}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{p} {d} {s}", f"{p.lower()}{d}{s.lower()}"]
    )


def uk_nhs(rng: random.Random) -> str:
    n = nhs_number(rng)
    return rng.choice([group(n, [3, 3, 4], " "), n, group(n, [3, 3, 4], "-")])


def uk_passport(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 9)) + digits(rng, 8), str(rng.randint(1, 9)) + digits(rng, 8)])


def uk_driving(rng: random.Random) -> str:
    sur = re.sub(r"[^A-Z]", "", rng.choice(EN_LAST).upper().replace("Ń", "N"))[:5].ljust(5, "9")
    year = rng.randint(1961, 2004)
    month = rng.randint(1, 12) + rng.choice([0, 50])
    day = rng.randint(1, 28)
    initials = rng.choice(EN_FIRST)[0].upper() + rng.choice(["9", rng.choice("ABCDEJKMRST")])
    check = rng.choice("ABCDEFGHJKLMNPRSTWXY") + rng.choice("ABCDEFGHJKLMNPRSTWXY")
    core = f"{sur}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{initials}9{check}"
    return rng.choice([core, core, f"{core} {rng.randint(10, 99)}", f"{core[:5]} {core[5:11]} {core[11:]}"])


def us_ssn(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"])


def us_itin(rng: random.Random) -> str:
    mid = rng.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    a, s = rng.randint(0, 99), rng.randint(0, 9999)
    return rng.choice([f"9{a:02d}-{mid}-{s:04d}", f"9{a:02d} {mid} {s:04d}", f"9{a:02d}{mid}{s:04d}"])


def us_passport(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 9)) + digits(rng, 8), rng.choice("ACEFGHJKLMNPRSTUVWXZ") + digits(rng, 8)])


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
    return rng.choice([group(n, [4, 4, 4, 4], " "), n, group(n, [4, 4, 4, 4], "-"), group(n, [4, 4, 4, 4], " ")])


def iban(rng: random.Random) -> str:
    kind = rng.randint(0, 4)
    if kind <= 1:
        v = iban_complete("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + digits(rng, 14))
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
    "jess_makes_things", "kettle.and.crumpets", "bramble_fox", "nightowl_92", "mossyfrog",
    "the_real_tobes", "sk8rgrl_lou", "quietgiant", "bakingwithbex", "dr.whisk", "lemonpip",
    "tinkerbot3000", "pixel.puddle", "runs_on_tea", "notthatgaz", "wobblyjelly", "crypt1d_k",
    "saltmarsh.sam", "fern_and_fog", "lil_chaos_goblin", "brummie_bites", "hollowpine",
    "captain_noodle", "snackattack.77", "velvetmoth", "glitterbeard", "ozzy_the_pug_mum",
]
GAMERTAGS = [
    "xXShadowFoxXx", "NoScopeNan", "TurboWombat", "Sn1perDad_UK", "GoblinKing77",
    "LlamaDrama420", "ClutchOrKick", "PotatoAimbot", "FrostByte", "CaptainKebab",
    "YeetLord9000", "SilentBadger", "ToastyMcToast", "Rekt_By_Mum", "CoffeeGremlin",
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
    "gbp": pick(["£5", "£12.50", "£40", "£7.99", "£120", "£3.20", "£650", "£18", "£1,150", "£22.40"]),
    "usd": pick(["$15", "$42.75", "$200", "$9.99", "$1,300", "$60", "$8.50", "$325"]),
    "day": pick(["monday", "Tuesday", "weds", "Thursday", "fri", "Saturday", "sun", "tomorrow", "tonight", "next week"]),
    "time": pick(["7pm", "half 6", "10:30", "8.15am", "noon", "quarter past 3", "19:45", "6ish"]),
    "food": pick(["pizza", "the curry", "chippy tea", "tacos", "the brunch", "drinks", "the takeaway", "sushi"]),
    "e": pick(["", "", " 😂", " 🙏", " x", " xx", " 👍", " ❤️", " lol", " 🙃", " !!", " 😭", " tbh", " ty"]),
    "car": pick(["silver Corsa", "black Prius", "white Fiesta", "blue Golf", "grey Octavia", "red Civic", "black Camry"]),
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
    "ask {TITLED} next door, she's got a ladder",
    "Dr {EN_SURNAME_ONLY} wants to see me again in 6 weeks{e}",
    "wait is {FIRSTLC} {EN_SURNAME_ONLY} the one from year 9 or the other one",
    "sooo {NAMELC} just slid into my dms{e}",
    "{NAME}, you legend. thank u for the lasagne",
    "miss u {NICK} come home soon",
    "new phone who dis. jk its {FIRST}, save this one {UKMOB}",
    "{FIRST}'s number changed, it's {USPHONE} now",
    "whos driving? {FIRST} or {FIRST}?",
    "going to {FIRSTLC}'s for {food} {day} if u wanna come",
    "just saw {FIRST} at tesco, she says hi{e}",
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
    "my insta is {URL} if anyone wants the recipe",
    "here's my linkedin, pls endorse me for excel lol {URL}",
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
    "IBAN: {IBAN}\nBIC: NWBKGB2L\nAccount name: {NAME}",
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
    "my passport no. is {UKPASS}, expires 2031",
    "passport {UKPASS} - for the visa form",
    "licence number {UKDL} - they need it for the hire car",
    "DVLA says my driving licence {UKDL} is fine now{e}",
    "hire car form: {NAME}, licence {UKDL}, {UKADDR}",
    "SSN {SSN} - pls don't share lol",
    "for the lease they asked for my social: {SSN}",
    "my ssn is {SSN}, is that safe to text? probably not",
    "ITIN {ITIN} for the tax return",
    "her ITIN number is {ITIN}, she's still waiting on the SSN",
    "Passport #: {USPASS}  Name: {NAME}",
    "need ur passport number for the cruise booking -> {USPASS}",
    "CA DL {USDL} exp 2029",
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
    "Tenant: {NAME}\nProperty: {UKADDR}\nRent: {gbp} pcm",
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
    "renewed my passport!! new number {USPASS}{e}",
    "TSA precheck app wants passport no {USPASS}, doing it now",
    "kids passports: {USPASS} and {USPASS}",
    "HMPO letter says passport number {UKPASS} has been cancelled, new one on the way",
    "ok NHS app says my number is {NHS}, screenshot attached",
    "Amex {CARD}, billing address {USADDR}",
    "card no. {CARD} pls refund to this one not the old one",
    "hey {FIRSTLC} can u send me ur iban again, the one i have is {IBAN}?",
    "Beneficiary IBAN {IBAN} / ref rent {month}",
    "visa {CARD} declined at the petrol station, embarrassing{e}",
    "check out my brother's band page {URL}",
    "add me on fb {URL} (the old account is dead)",
    "router admin is at 192.168.1.1 but the public ip is {IP}",
    "vpn exit node {IP} got flagged, switching",
    "tiktok: {HANDLE} / yt: {URL}",
    "steam: {GAMER}, add me",
    "{FIRST} got a parking ticket on {USPLATE} again lmao",
    "MOT due on {UKPLATE} next month, remind me",
]

EN_FILLERS["EN_SURNAME_ONLY"] = labelled("PERSON", lambda r: r.choice(EN_LAST))

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
    "ok who ate my leftover {food}",
    "school is closed {day} because of the snow",
    "haha same",
    "can't make it {day}, rain check?",
]
EN_FILLERS["late"] = pick(["late", "a bit late", "10 mins late", "so late", "LATE"])
EN_FILLERS["month"] = pick(["march", "October", "december", "June", "april"])


def en_pii(rng: random.Random) -> list[dict]:
    with_ids = build(rng, EN_PII_FRAMES, EN_FILLERS, 340, [], 0.0)
    without = build(rng, EN_NO_ID_FRAMES, EN_FILLERS, 60, [], 0.0)
    rows = with_ids + without
    rng.shuffle(rows)
    return rows
