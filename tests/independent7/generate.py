"""Blind evaluation corpora, set 7 (stdlib only, fixed seed).

Run ``python3 generate.py`` to (re)write the four JSON-lines files next to this script.
Output depends only on the seed below: not on TZ, locale, hash seed or today's date.
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261207

# ---------------------------------------------------------------------------
# checksum helpers


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_make(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in moved)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def nhs_make(rng: random.Random) -> str:
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        total = sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        return "".join(map(str, body)) + str(check)


def aba_make(rng: random.Random) -> str:
    while True:
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
                "31",
                "32",
            ]
        )
        body = first + "".join(rng.choice(string.digits) for _ in range(6))
        d = [int(c) for c in body]
        for last in range(10):
            dd = [*d, last]
            s = 3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + dd[2] + dd[5] + dd[8]
            if s % 10 == 0:
                return body + str(last)


def aba_ok(num: str) -> bool:
    d = [int(c) for c in num]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def cn_id_make(rng: random.Random) -> str:
    region = rng.choice(
        [
            "110105",
            "110108",
            "310104",
            "310115",
            "440305",
            "440106",
            "510107",
            "330106",
            "420106",
            "320102",
            "370202",
            "610113",
            "500103",
            "210102",
            "350203",
            "430104",
            "120104",
            "410105",
            "530102",
            "450103",
            "130104",
        ]
    )
    year = rng.randint(1958, 2012)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    seq = f"{rng.randint(0, 999):03d}"
    body = f"{region}{year}{month:02d}{day:02d}{seq}"
    return body + cn_id_check(body)


def cn_id_check(body: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(c) * w for c, w in zip(body, weights, strict=True))
    return "10X98765432"[total % 11]


# ---------------------------------------------------------------------------
# template filling


PLACEHOLDER = re.compile(r"\{([A-Za-z_0-9]+)\}")


def fill(template: str, gens: dict, rng: random.Random) -> dict:
    """Fill {KEY} markers; a generator returns (text, type-or-None)."""
    out: list[str] = []
    ents: list[dict] = []
    pos = 0
    last = 0
    memo: dict[str, tuple[str, str | None]] = {}
    for m in PLACEHOLDER.finditer(template):
        lit = template[last : m.start()]
        out.append(lit)
        pos += len(lit)
        key = m.group(1)
        base = key.rstrip("0123456789")
        if key != base and key in memo:  # numbered key repeats the same value
            val, typ = memo[key]
        else:
            val, typ = gens[base](rng)
            memo[key] = (val, typ)
        out.append(val)
        if typ is not None:
            ents.append({"type": typ, "start": pos, "end": pos + len(val), "value": val})
        pos += len(val)
        last = m.end()
    out.append(template[last:])
    text = "".join(out)
    return {"text": text, "entities": ents}


def check_line(rec: dict) -> None:
    text = rec["text"]
    prev_end = -1
    for e in sorted(rec.get("entities", []), key=lambda e: e["start"]):
        assert text[e["start"] : e["end"]] == e["value"], (text, e)
        assert e["start"] >= prev_end, ("overlap", text, e)
        assert e["value"] == e["value"].strip() and e["value"], (text, e)
        prev_end = e["end"]


def build(
    templates: list[str],
    gens: dict,
    target: int,
    rng: random.Random,
    labelled: bool = True,
    post=None,
) -> list[dict]:
    lines: list[dict] = []
    seen: set[str] = set()
    rounds = 0
    while len(lines) < target and rounds < 200:
        rounds += 1
        order = list(templates)
        rng.shuffle(order)
        for t in order:
            if len(lines) >= target:
                break
            rec = fill(t, gens, rng)
            if post is not None:
                rec = post(rec, rng)
            if rec["text"] in seen:
                continue
            seen.add(rec["text"])
            check_line(rec)
            lines.append(rec if labelled else {"text": rec["text"]})
    return lines


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


# ---------------------------------------------------------------------------
# English identifier generators

EN_FIRST_WORDLIKE = [
    "Hope",
    "Grace",
    "Will",
    "Bill",
    "May",
    "Rose",
    "Mark",
    "Faith",
    "Joy",
    "Summer",
    "Dawn",
    "Amber",
    "Hunter",
    "Penny",
    "Frank",
    "Jack",
    "Chase",
    "Rob",
    "Pat",
    "Sue",
    "Art",
    "Ray",
    "Brook",
    "Drew",
    "Dean",
    "Ivy",
    "Holly",
    "Olive",
    "June",
    "Iris",
    "Robin",
    "Heather",
    "Ginger",
    "Lily",
    "Cliff",
    "Wade",
    "Reed",
    "Miles",
    "Hazel",
    "Autumn",
    "Crystal",
    "Pearl",
    "Ruby",
    "Destiny",
    "Harmony",
    "Rich",
    "Gene",
    "Carol",
    "Sterling",
    "Sunny",
    "Skye",
    "Willow",
    "Bud",
    "Lance",
    "Norm",
    "Sandy",
    "Guy",
    "Victor",
    "Jade",
    "Misty",
    "Page",
    "Sage",
    "Rocky",
    "Hank",
    "Buck",
    "Clay",
    "Stone",
    "Wren",
    "Fern",
    "Honey",
    "Blossom",
]
EN_FIRST_PLAIN = [
    "Priya",
    "Tunde",
    "Siobhan",
    "Oluwaseun",
    "Mateusz",
    "Anjali",
    "Kwame",
    "Niamh",
    "Declan",
    "Rhiannon",
    "Callum",
    "Aoife",
    "Bartosz",
    "Farah",
    "Imogen",
    "Tobias",
    "Keisha",
    "Dmitri",
    "Yusuf",
    "Lucinda",
    "Gareth",
    "Eilidh",
    "Marisol",
    "Tariq",
    "Henrietta",
    "Desmond",
    "Ngozi",
    "Cormac",
    "Leticia",
    "Rashida",
    "Osian",
    "Bethan",
    "Hamish",
    "Agnieszka",
    "Dev",
    "Saoirse",
    "Jolene",
    "Marcus",
    "Beatrix",
    "Ravi",
    "Zainab",
    "Ewan",
    "Thandiwe",
    "Florin",
    "Greta",
    "Ingrid",
    "Kofi",
    "Lorcan",
    "Mireille",
    "Nadia",
    "Percival",
    "Quentin",
    "Ronan",
    "Sadia",
    "Tamsin",
    "Ulrich",
    "Vikram",
    "Winifred",
    "Xavier",
    "Yasmin",
    "Zeke",
    "Harriet",
    "Connor",
    "Tyrone",
    "Shauna",
    "Darnell",
    "Courtney",
    "Brandon",
    "Kayleigh",
    "Emeka",
    "Ife",
    "Caoimhe",
    "Alasdair",
]
EN_NICKS = [
    "jonno",
    "bex",
    "gaz",
    "dazza",
    "lils",
    "soph",
    "mikey",
    "kez",
    "jess",
    "benji",
    "rach",
    "stevo",
    "em",
    "chaz",
    "abs",
    "nat",
    "liv",
    "mo",
    "fi",
    "izzy",
    "baz",
    "tash",
    "robbo",
    "shaz",
    "deano",
    "jimbo",
    "nicky",
    "al",
    "cat",
    "sam",
    "meg",
    "tommo",
    "wills",
    "kat",
    "hols",
    "frankie",
    "bels",
    "jules",
    "ollie",
    "georgie",
    "charlie",
    "ed",
    "fitz",
    "daz",
    "tez",
    "loz",
    "mand",
    "vic",
    "gem",
    "becks",
    "pip",
    "flo",
    "dot",
    "kit",
    "nell",
]
EN_SURNAMES = [
    "Okafor",
    "Pemberton",
    "Whitfield",
    "Nakamura",
    "Kowalski",
    "Fairbairn",
    "Achterberg",
    "Ramaswamy",
    "O'Driscoll",
    "McAllister",
    "Threlfall",
    "Adeyemi",
    "Balogun",
    "Castellano",
    "Dunmore",
    "Etherington",
    "Fennimore",
    "Gallacher",
    "Haverford",
    "Iqbal",
    "Jablonski",
    "Kettering",
    "Lindqvist",
    "Mbeki-Shaw",
    "Nuttall",
    "Oyelaran",
    "Prendergast",
    "Quirke",
    "Rowntree",
    "Satterthwaite",
    "Tremayne",
    "Underhill",
    "Vasquez",
    "Wetherall",
    "Yeboah",
    "Zielinski",
    "Baker",
    "Fisher",
    "Cook",
    "Hunt",
    "Wood",
    "Mason",
    "Bishop",
    "Marsh",
    "Sharp",
    "Little",
    "Young",
    "Golding",
    "Brewer",
    "Shepherd",
    "Chowdhury",
    "Mahmood",
    "Rees-Jones",
    "Abernethy",
    "Featherstone",
    "Holloway",
    "Kaur",
    "Lowe",
    "Ng",
    "Ferreira",
    "Delacroix",
    "Hargreaves",
    "Ashworth",
    "Bright",
    "Gold",
    "Moss",
    "Rivers",
    "Banks",
]
EN_TITLES = ["Mr", "Mrs", "Ms", "Dr", "Miss", "Mr.", "Mrs.", "Dr.", "Mx", "Prof"]


def g_first(r):
    pool = EN_FIRST_WORDLIKE if r.random() < 0.45 else EN_FIRST_PLAIN
    return r.choice(pool), "PERSON"


def g_firstlc(r):
    return g_first(r)[0].lower(), "PERSON"


def g_wordname(r):
    return r.choice(EN_FIRST_WORDLIKE), "PERSON"


def g_nick(r):
    return r.choice(EN_NICKS), "PERSON"


def g_full(r):
    f = r.choice(EN_FIRST_WORDLIKE + EN_FIRST_PLAIN)
    s = r.choice(EN_SURNAMES)
    x = r.random()
    if x < 0.12:
        return f"{f.lower()} {s.lower()}", "PERSON"
    if x < 0.2:
        return f"{f} {r.choice(string.ascii_uppercase)}. {s}", "PERSON"
    return f"{f} {s}", "PERSON"


def g_tsur(r):
    t = r.choice(EN_TITLES)
    s = r.choice(EN_SURNAMES)
    return f"{t} {s}", "PERSON"


def g_ukphone(r):
    n = f"{r.randint(0, 999):03d}"
    form = r.randrange(9)
    if form == 0:
        return f"07700 900{n}", "PHONE_NUMBER"
    if form == 1:
        return f"07700900{n}", "PHONE_NUMBER"
    if form == 2:
        return f"+44 7700 900{n}", "PHONE_NUMBER"
    if form == 3:
        return f"+44 (0)7700 900 {n}", "PHONE_NUMBER"
    if form == 4:
        return f"07700-900-{n}", "PHONE_NUMBER"
    area = r.choice(
        [
            "0113 496",
            "0114 496",
            "0115 496",
            "0116 496",
            "0117 496",
            "0118 496",
            "0121 496",
            "0161 496",
            "0131 496",
            "0141 496",
            "0191 498",
        ]
    )
    if form == 5:
        return f"{area} 0{n}", "PHONE_NUMBER"
    if form == 6:
        return f"020 7946 0{n}", "PHONE_NUMBER"
    if form == 7:
        return f"+44 20 7946 0{n}", "PHONE_NUMBER"
    return f"{area.replace(' ', '')}0{n}", "PHONE_NUMBER"


def g_usphone(r):
    area = r.choice(
        [
            "212",
            "312",
            "415",
            "617",
            "206",
            "303",
            "512",
            "702",
            "404",
            "503",
            "614",
            "907",
            "818",
            "646",
            "971",
        ]
    )
    n = f"{r.randint(100, 199):03d}"[1:]
    form = r.randrange(7)
    if form == 0:
        return f"({area}) 555-01{n}", "PHONE_NUMBER"
    if form == 1:
        return f"{area}-555-01{n}", "PHONE_NUMBER"
    if form == 2:
        return f"+1 {area} 555 01{n}", "PHONE_NUMBER"
    if form == 3:
        return f"{area}.555.01{n}", "PHONE_NUMBER"
    if form == 4:
        return f"1-{area}-555-01{n}", "PHONE_NUMBER"
    if form == 5:
        return f"{area}55501{n}", "PHONE_NUMBER"
    return f"+1 ({area}) 555-01{n}", "PHONE_NUMBER"


def g_phone(r):
    return g_ukphone(r) if r.random() < 0.55 else g_usphone(r)


def g_email(r):
    f = r.choice(EN_FIRST_WORDLIKE + EN_FIRST_PLAIN + EN_NICKS).lower()
    s = r.choice(EN_SURNAMES).lower().replace("'", "").replace(" ", "")
    dom = r.choice(
        [
            "example.com",
            "example.org",
            "example.net",
            "mail.example.com",
            "example.co.uk",
            "post.example.net",
            "uni.example.ac.uk",
            "example.com",
        ]
    )
    shape = r.randrange(7)
    local = [
        f"{f}.{s}",
        f"{f}{r.randint(1, 99)}",
        f"{f[0]}{s}",
        f"{s}.{f}",
        f"{f}_{s}{r.randint(70, 99)}",
        f"{f}+orders",
        f"the.{f}.{s}",
    ][shape]
    val = f"{local}@{dom}"
    if r.random() < 0.1:
        val = val.upper() if r.random() < 0.3 else val.capitalize()
    return val, "EMAIL_ADDRESS"


UK_STREET_STEMS = [
    "Larkspur",
    "Hollis",
    "Tanner",
    "Beechwood",
    "Mill",
    "Quarry",
    "Orchard",
    "Kingfisher",
    "Ashgrove",
    "Cawthorne",
    "Pennine",
    "Sorrel",
    "Bramble",
    "Wellington",
    "Chantry",
    "Foxhollow",
    "Marlowe",
    "Ridgeway",
    "Sycamore",
    "Copperfield",
    "Harrow",
    "Linnet",
    "Weaver",
    "Cobden",
]
UK_STREET_TYPES = [
    "Close",
    "Road",
    "Street",
    "Lane",
    "Avenue",
    "Crescent",
    "Gardens",
    "Way",
    "Terrace",
    "Drive",
    "Mews",
    "Grove",
    "Rise",
    "Place",
]
UK_TOWNS = [
    ("Manchester", "M20"),
    ("Leeds", "LS6"),
    ("Bristol", "BS3"),
    ("Sheffield", "S11"),
    ("Cardiff", "CF24"),
    ("Glasgow", "G12"),
    ("Norwich", "NR2"),
    ("Leicester", "LE2"),
    ("Nottingham", "NG7"),
    ("Brighton", "BN2"),
    ("York", "YO10"),
    ("Exeter", "EX4"),
    ("Belfast", "BT9"),
    ("Derby", "DE22"),
    ("Swansea", "SA1"),
    ("Hull", "HU5"),
    ("Aberdeen", "AB10"),
    ("Bath", "BA2"),
    ("Luton", "LU3"),
    ("Reading", "RG1"),
]
UK_AREAS = [
    "Didsbury",
    "Headingley",
    "Bedminster",
    "Ecclesall",
    "Roath",
    "Hillhead",
    "Eaton",
    "Clarendon Park",
    "Lenton",
    "Kemptown",
    "Heslington",
    "Heavitree",
]


def uk_postcode(r, district):
    return f"{district} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def g_ukaddr(r):
    town, dist = r.choice(UK_TOWNS)
    num = r.randint(1, 240)
    street = f"{r.choice(UK_STREET_STEMS)} {r.choice(UK_STREET_TYPES)}"
    pc = uk_postcode(r, dist)
    form = r.randrange(6)
    if form == 0:
        v = f"{num} {street}, {r.choice(UK_AREAS)}, {town} {pc}"
    elif form == 1:
        v = f"Flat {r.randint(1, 12)}, {num} {street}, {town}, {pc}"
    elif form == 2:
        v = f"{num} {street} {town} {pc}".lower()
    elif form == 3:
        v = f"flat {r.randint(1, 9)}{r.choice('abc')} {num} {street.split()[0].lower()} {street.split()[1][:2].lower()}, {town.lower()} {pc.lower()}"
    elif form == 4:
        v = f"{r.choice(['Rose Cottage', 'The Old Forge', 'Willow House', 'Ivy Barn', 'Hope Farm'])}, {street}, {town} {pc}"
    else:
        v = f"{num} {street}\n{town}\n{pc}"
    return v, "LOCATION"


US_STREETS = [
    "Maple",
    "Juniper",
    "Hawthorne",
    "Cedar Ridge",
    "Magnolia",
    "Elmwood",
    "Sycamore",
    "Bluebonnet",
    "Cottonwood",
    "Lakeview",
    "Prairie Wind",
    "Sagebrush",
    "Birch Hollow",
    "Willow Creek",
    "Aspen",
    "Harbor View",
]
US_TYPES = ["Ave", "St", "Blvd", "Dr", "Ln", "Rd", "Ct", "Way", "Pl", "Terrace"]
US_CITIES = [
    ("Columbus", "OH", "432"),
    ("Austin", "TX", "787"),
    ("Tacoma", "WA", "984"),
    ("Boise", "ID", "837"),
    ("Raleigh", "NC", "276"),
    ("Tucson", "AZ", "857"),
    ("Madison", "WI", "537"),
    ("Savannah", "GA", "314"),
    ("Omaha", "NE", "681"),
    ("Albany", "NY", "122"),
    ("Eugene", "OR", "974"),
    ("Lansing", "MI", "489"),
    ("Fresno", "CA", "937"),
    ("Des Moines", "IA", "503"),
]


def g_usaddr(r):
    city, st, z3 = r.choice(US_CITIES)
    num = r.randint(12, 9870)
    street = f"{r.choice(US_STREETS)} {r.choice(US_TYPES)}"
    zipc = f"{z3}{r.randint(0, 99):02d}"
    pre = r.choice(["", "", "N ", "W ", "SE ", "E "])
    form = r.randrange(5)
    if form == 0:
        v = f"{num} {pre}{street}, {city}, {st} {zipc}"
    elif form == 1:
        v = f"{num} {pre}{street} Apt {r.randint(1, 40)}{r.choice('ABCD')}, {city} {st} {zipc}"
    elif form == 2:
        v = f"{num} {street.lower()} #{r.randint(2, 300)} {city.lower()} {st.lower()} {zipc}"
    elif form == 3:
        v = f"{num} {pre}{street}, Unit {r.randint(1, 20)}, {city}, {st} {zipc}-{r.randint(1000, 9999)}"
    else:
        v = f"PO Box {r.randint(100, 9999)}, {city}, {st} {zipc}"
    return v, "LOCATION"


def g_addr(r):
    return g_ukaddr(r) if r.random() < 0.55 else g_usaddr(r)


def g_nino(r):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = r.choice(first) + r.choice(second)
        if p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = "".join(r.choice(string.digits) for _ in range(6))
    s = r.choice("ABCD")
    form = r.randrange(4)
    if form == 0:
        v = f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"
    elif form == 1:
        v = f"{p}{d}{s}"
    elif form == 2:
        v = f"{p}{d}{s}".lower()
    else:
        v = f"{p} {d} {s}"
    return v, "UK_NINO"


def g_nhs(r):
    n = nhs_make(r)
    form = r.randrange(3)
    v = [f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"][form]
    return v, "UK_NHS"


def g_ukpp(r):
    if r.random() < 0.8:
        return "".join(r.choice(string.digits) for _ in range(9)), "UK_PASSPORT"
    return r.choice(["1", "5", "8"]) + "".join(
        r.choice(string.digits) for _ in range(8)
    ), "UK_PASSPORT"


def g_ukdl(r):
    s = r.choice(EN_SURNAMES).upper().replace("'", "").replace("-", "").replace(" ", "")
    s5 = (s + "99999")[:5]
    year = r.randint(1950, 2004)
    month = r.randint(1, 12) + (50 if r.random() < 0.5 else 0)
    day = r.randint(1, 28)
    ini = r.choice(string.ascii_uppercase) + r.choice(string.ascii_uppercase + "9")
    v = f"{s5}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{ini}9{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}"
    if r.random() < 0.25:
        v = f"{v[:5]} {v[5:11]} {v[11:13]} {v[13:]}"
    return v, "UK_DRIVING_LICENCE"


def g_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g = r.randint(1, 99)
    s = r.randint(1, 9999)
    form = r.randrange(4)
    v = [
        f"{a:03d}-{g:02d}-{s:04d}",
        f"{a:03d} {g:02d} {s:04d}",
        f"{a:03d}{g:02d}{s:04d}",
        f"{a:03d}-{g:02d}-{s:04d}",
    ][form]
    return v, "US_SSN"


def g_itin(r):
    g = r.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    v = f"9{r.randint(0, 99):02d}-{g}-{r.randint(0, 9999):04d}"
    if r.random() < 0.3:
        v = v.replace("-", " ")
    return v, "US_ITIN"


def g_uspp(r):
    if r.random() < 0.6:
        return "".join(r.choice(string.digits) for _ in range(9)), "US_PASSPORT"
    return r.choice("ACEFGHJK") + "".join(r.choice(string.digits) for _ in range(8)), "US_PASSPORT"


def g_usdl(r):
    form = r.randrange(5)
    if form == 0:  # California-like
        v = r.choice(string.ascii_uppercase) + "".join(r.choice(string.digits) for _ in range(7))
    elif form == 1:  # Florida-like
        d = "".join(r.choice(string.digits) for _ in range(12))
        v = f"{r.choice(string.ascii_uppercase)}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
    elif form == 2:  # Illinois-like
        d = "".join(r.choice(string.digits) for _ in range(11))
        v = f"{r.choice(string.ascii_uppercase)}{d[:3]}-{d[3:7]}-{d[7:]}"
    elif form == 3:  # New York-like
        d = "".join(r.choice(string.digits) for _ in range(9))
        v = f"{d[:3]} {d[3:6]} {d[6:]}"
    else:  # Washington-like
        v = "WDL" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(9))
    return v, "US_DRIVER_LICENSE"


def g_card(r):
    kind = r.randrange(5)
    if kind == 0:
        n = luhn_complete("4", 16, r)
    elif kind == 1:
        n = luhn_complete(str(r.randint(51, 55)), 16, r)
    elif kind == 2:
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
        form = r.randrange(3)
        return [f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"][
            form
        ], "CREDIT_CARD"
    elif kind == 3:
        n = luhn_complete("6011", 16, r)
    else:
        n = luhn_complete(str(r.randint(2221, 2720)), 16, r)
    form = r.randrange(3)
    v = [
        " ".join(n[i : i + 4] for i in range(0, 16, 4)),
        n,
        "-".join(n[i : i + 4] for i in range(0, 16, 4)),
    ][form]
    return v, "CREDIT_CARD"


def g_iban(r):
    c = r.choice(["GB", "GB", "GB", "DE", "FR", "IE", "NL", "ES"])
    d = lambda k: "".join(r.choice(string.digits) for _ in range(k))  # noqa: E731
    if c == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"]) + d(14)
    elif c == "DE":
        bban = d(18)
    elif c == "FR":
        bban = (
            d(10)
            + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(11))
            + d(2)
        )
    elif c == "IE":
        bban = r.choice(["AIBK", "BOFI"]) + d(14)
    elif c == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO"]) + d(10)
    else:
        bban = d(20)
    iban = iban_make(c, bban)
    if r.random() < 0.6:
        iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if r.random() < 0.1:
        iban = iban.lower()
    return iban, "IBAN_CODE"


def g_sort(r):
    b, c = r.randint(0, 99), r.randint(0, 99)
    sep = r.choice(["-", "-", " ", ""])
    return f"{r.randint(1, 99):02d}{sep}{b:02d}{sep}{c:02d}", "BANK_ACCOUNT"


def g_acct(r):
    return f"{r.randint(10000000, 99999999)}", "BANK_ACCOUNT"


def g_routing(r):
    return aba_make(r), "BANK_ACCOUNT"


def g_usacct(r):
    return "".join(
        r.choice(string.digits) for _ in range(r.choice([9, 10, 11, 12]))
    ), "BANK_ACCOUNT"


def g_ukplate(r):
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    v = f"{r.choice(letters)}{r.choice(letters)}{r.choice(['15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '65', '66', '67', '68', '69', '70', '71', '72', '73', '74'])} {''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
    if r.random() < 0.3:
        v = v.replace(" ", "")
    if r.random() < 0.15:
        v = v.lower()
    return v, "LICENSE_PLATE"


def g_usplate(r):
    form = r.randrange(3)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if form == 0:
        v = f"{r.randint(1, 9)}{''.join(r.choice(L) for _ in range(3))}{r.randint(100, 999)}"
    elif form == 1:
        v = f"{''.join(r.choice(L) for _ in range(3))}-{r.randint(1000, 9999)}"
    else:
        v = f"{''.join(r.choice(L) for _ in range(3))} {r.randint(100, 999)}"
    return v, "LICENSE_PLATE"


HANDLE_BITS = [
    "badger",
    "moth",
    "kettle",
    "pixel",
    "nova",
    "fern",
    "toast",
    "quill",
    "otter",
    "static",
    "marmalade",
    "crow",
    "lemon",
    "velvet",
    "gravy",
    "comet",
    "teapot",
    "wombat",
    "drizzle",
    "parsnip",
    "echo",
    "bramble",
    "sprout",
    "gecko",
]


def g_handle(r):
    a = r.choice(HANDLE_BITS)
    b = r.choice(HANDLE_BITS + EN_NICKS)
    shape = r.randrange(6)
    v = [
        "@" + a + "_" + b,
        "@" + b + str(r.randint(1, 999)),
        "@the" + a + b,
        "@" + b + "." + a,
        "@" + a.capitalize() + b.capitalize(),
        "@" + b + "_" + a + "_" + str(r.randint(80, 99)),
    ][shape]
    return v, "USERNAME"


def g_gamertag(r):
    a = r.choice(HANDLE_BITS).capitalize()
    b = r.choice(
        [
            "Slayer",
            "Wizard",
            "Goblin",
            "Ninja",
            "Reaper",
            "Sniper",
            "Potato",
            "Knight",
            "Yeti",
            "Phantom",
            "Gremlin",
            "Viking",
        ]
    )
    shape = r.randrange(5)
    v = [
        f"xX{a}{b}Xx",
        f"{a}{b}{r.randint(1, 99)}",
        f"{a}_{b}",
        f"{a.lower()}{b.lower()}420",
        f"Sir{a}{b}",
    ][shape]
    return v, "USERNAME"


def g_profurl(r):
    n = r.choice(EN_FIRST_PLAIN + EN_FIRST_WORDLIKE).lower()
    s = r.choice(EN_SURNAMES).lower().replace("'", "").replace(" ", "")
    shape = r.randrange(7)
    v = [
        f"https://www.linkedin.com/in/{n}-{s}-{r.randint(1000, 9999):x}",
        f"instagram.com/{n}.{r.choice(HANDLE_BITS)}",
        f"https://github.com/{n}{s[:3]}",
        f"https://www.facebook.com/{n}.{s}.{r.randint(1, 99)}",
        f"https://x.com/{r.choice(HANDLE_BITS)}_{n}",
        f"tiktok.com/@{n}{r.choice(HANDLE_BITS)}",
        f"https://{n}{s}.example.com/about",
    ][shape]
    return v, "URL"


def g_ip(r):
    shape = r.randrange(6)
    if shape == 0:
        v = f"192.0.2.{r.randint(1, 254)}"
    elif shape == 1:
        v = f"198.51.100.{r.randint(1, 254)}"
    elif shape == 2:
        v = f"203.0.113.{r.randint(1, 254)}"
    elif shape == 3:
        v = f"192.168.{r.randint(0, 5)}.{r.randint(2, 254)}"
    elif shape == 4:
        v = f"2001:db8:{r.randint(0, 0xFFFF):x}::{r.randint(1, 0xFFFF):x}"
    else:
        v = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    return v, "IP_ADDRESS"


def lit(choices):
    return lambda r: (r.choice(choices), None)


EN_GENS = {
    "FIRST": g_first,
    "FIRSTLC": g_firstlc,
    "WNAME": g_wordname,
    "NICK": g_nick,
    "FULL": g_full,
    "TSUR": g_tsur,
    "UKPHONE": g_ukphone,
    "USPHONE": g_usphone,
    "PHONE": g_phone,
    "EMAIL": g_email,
    "UKADDR": g_ukaddr,
    "USADDR": g_usaddr,
    "ADDR": g_addr,
    "NINO": g_nino,
    "NHS": g_nhs,
    "UKPP": g_ukpp,
    "UKDL": g_ukdl,
    "SSN": g_ssn,
    "ITIN": g_itin,
    "USPP": g_uspp,
    "USDL": g_usdl,
    "CARD": g_card,
    "IBAN": g_iban,
    "SORT": g_sort,
    "ACCT": g_acct,
    "ROUTING": g_routing,
    "USACCT": g_usacct,
    "UKPLATE": g_ukplate,
    "USPLATE": g_usplate,
    "HANDLE": g_handle,
    "GTAG": g_gamertag,
    "PURL": g_profurl,
    "IP": g_ip,
    "amt": lambda r: (
        r.choice(["£", "$", "£", "$"])
        + f"{r.randint(3, 480)}"
        + r.choice(["", ".50", ".99", ".20", ""]),
        None,
    ),
    "day": lit(
        [
            "monday",
            "Tuesday",
            "wed",
            "Thursday",
            "fri",
            "Saturday",
            "sunday",
            "tmrw",
            "tomorrow",
            "tonight",
            "next week",
            "the weekend",
        ]
    ),
    "time": lit(["7pm", "half 6", "10:30", "9ish", "noon", "8.15", "3pm", "after 5", "11am"]),
    "emo": lit(["😂", "🙏", "❤️", "👍", "😅", "🥲", "🎉", "😬", "xx", "x", "lol", "!!", "🙃", "💕"]),
}


EN_PII_TEMPLATES = [
    # chat
    "{FIRST} can u grab milk on the way back {emo}",
    "{FIRSTLC} ur late again lol",
    "omg {NICK} stop sending me tiktoks at 3am",
    "{WNAME} said she'd bring the gazebo {day}",
    "tell {WNAME} i said thanks for the lift",
    "{NICK} and {NICK2}? ill believe it when i see it {emo}",
    "hiya its {FIRST}, new number! save it: {UKPHONE}",
    "new phone who dis... jk its {NICK}, this is my number now {PHONE}",
    "{FULL} is picking the kids up today, her mobile is {UKPHONE} if anything comes up",
    "can someone give {FIRST} a ring on {USPHONE} she's locked out",
    "text me on {PHONE} not whatsapp, {FIRSTLC} has my old phone",
    "{FIRST}?? {FIRST2}!! pick up ur phone {emo}",
    "soz {NICK} was driving. call u back {time}",
    "did {FIRST} ever pay you back for the tickets",
    "happy birthday {FIRSTLC}!!! have the best day {emo}",
    "rip my bank acc, {NICK} made me go to brunch again",
    "{WNAME} + {WNAME2} are coming to ours {day}, bring snacks",
    "me and {NICK} are outside, come down",
    "ask {TSUR} if the form needs signing, she's the one who sent it",
    "{TSUR} from number 14 took our parcel in x",
    "Dear {TSUR}, thank you for the reference letter. Kind regards, {FULL}",
    "has anyone got {TSUR}'s email? need to send the consent form",
    "{TSUR} said to ring the surgery on {UKPHONE} before 8",
    "luv u {NICK} {emo}",
    "night {FIRSTLC} x",
    "{FULL} owes me {amt} for the taxi just saying",
    "fyi {FULL}'s new email is {EMAIL}",
    "pls send the invoice to {EMAIL} and cc {EMAIL2}",
    "my email changed -> {EMAIL}",
    "Hi {FIRST}, my personal email is {EMAIL}, work one blocks attachments",
    "{EMAIL} is the one to use for the booking, not my work address",
    "can u forward the pics to {EMAIL} plz",
    "email:{EMAIL} tel:{PHONE}",
    "Contact: {FULL} | {PHONE} | {EMAIL}",
    "if lost please call {FIRST} on {PHONE} 🐶",
    "reach me at {EMAIL} or on {USPHONE} after {time}",
    # delivery / address
    "parcel for {FULL}, {UKADDR}. leave with neighbour if out",
    "Delivery address: {UKADDR}",
    "ship to {FULL}\n{USADDR}",
    "new address for xmas cards: {ADDR} {emo}",
    "we moved!! {ADDR} come visit",
    "the party is at {ADDR}, park round the back",
    "uber driver cant find us, we're at {USADDR}",
    "pls deliver to {UKADDR} and ring {UKPHONE} when here, buzzer broken",
    "Driver note: gate code on request, call {USPHONE}. Address {USADDR}",
    "return label to {FULL}, {ADDR}",
    "forwarding address for {TSUR}: {UKADDR}",
    "my mum's place is {UKADDR} if u need to post it",
    "Order dispatched to {USADDR}. Questions? Reply to {EMAIL}",
    "airbnb is at {ADDR}, key in the lockbox",
    # UK ids
    "my NI number is {NINO} if hr asks",
    "national insurance: {NINO}",
    "ni no. {NINO} (for the payroll form)",
    "Can you check {FULL}'s NI {NINO}? payroll says it doesn't match",
    "NHS number {NHS} - appointment moved to {day}",
    "{FIRST}'s nhs no is {NHS}, they asked at the pharmacy",
    "for the GP form: {FULL}, NHS {NHS}, tel {UKPHONE}",
    "his nhs number: {NHS}. dob on the letter",
    "passport no {UKPP} expires soon, need to renew before spain",
    "UK passport number: {UKPP}",
    "copy of my passport {UKPP} attached for the letting agent",
    "driving licence {UKDL} – hire car needs it",
    "licence number {UKDL}, check code sent separately",
    "my licence no. is {UKDL} and the car reg is {UKPLATE}",
    "{UKPLATE} parked across my drive AGAIN",
    "anyone know whose car {UKPLATE} is? lights left on",
    "reg: {UKPLATE} silver corsa, it's {NICK}'s",
    "the black golf {UKPLATE} keeps blocking the bins",
    # US ids
    "my ssn is {SSN} for the lease application",
    "SSN: {SSN}",
    "can u double check {FIRST}'s social {SSN} before we file",
    "ITIN {ITIN} (not SSN) for the W-7 follow-up",
    "tax guy needs my itin: {ITIN}",
    "passport # {USPP} exp 2031",
    "US passport number {USPP}, issued in Chicago",
    "DL# {USDL}",
    "drivers license: {USDL} for the rental car",
    "his license number is {USDL} and plate {USPLATE}",
    "plate {USPLATE} hit my mirror at costco and drove off",
    "white tacoma, plate {USPLATE}, been parked outside for 3 days",
    # cards / bank
    "card ending... nvm here's the full number {CARD} exp 08/27",
    "use my card {CARD} for the deposit, cvv i'll text",
    "card: {CARD}",
    "{FULL} {CARD} 11/28",
    "why did my {CARD} get declined at the checkout 😭",
    "IBAN {IBAN} pls (for the flat deposit)",
    "send it to my iban: {IBAN}",
    "bank details for the stag do: {FULL}, IBAN {IBAN}",
    "sort code {SORT} acc no {ACCT} ref GYM",
    "sort {SORT} / acct {ACCT} name {FULL}",
    "my bank: {SORT} {ACCT} cheers",
    "pay rent to {FULL}, sort code {SORT}, account number {ACCT}",
    "routing {ROUTING} account {USACCT} for the direct deposit",
    "ACH details: routing no. {ROUTING}, acct {USACCT}",
    "for venmo-less ppl: routing {ROUTING} acc {USACCT} {emo}",
    "paypal me at {EMAIL} or bank transfer {SORT} {ACCT}",
    # handles / urls / ip
    "follow {FIRST} on insta {HANDLE} she makes cakes",
    "{HANDLE} is my new account, old one got hacked",
    "add me on xbox: {GTAG}",
    "my psn is {GTAG} add me",
    "steam name {GTAG}, join the lobby",
    "gg {GTAG} ur cracked",
    "dm me @ {HANDLE} {emo}",
    "her linkedin is {PURL}",
    "my portfolio: {PURL}",
    "this is his profile {PURL} is it the same guy??",
    "new insta, follow pls {PURL}",
    "found {FULL} online {PURL}",
    "login from {IP} at {time} wasn't me??",
    "my home ip is {IP}, whitelist it pls",
    "{FIRST} can u ssh into {IP} and restart the plex thing",
    "new sign-in to your account from IP {IP}",
    # mixed heavy
    "Name: {FULL}\nPhone: {PHONE}\nEmail: {EMAIL}\nAddress: {ADDR}",
    "{FULL}, DOB on file, NI {NINO}, bank {SORT} {ACCT}",
    "applicant {FULL} ssn {SSN} dl {USDL} phone {USPHONE}",
    "emergency contact {FULL} ({PHONE})",
    "{NICK} ur parcel came, i signed for it. {UKADDR} right?",
    "hi its {FIRST} from the book club, my number is {PHONE} and im {HANDLE} on insta",
    "ta {FIRSTLC}, sent {amt} to {IBAN}",
    "Refund to card {CARD} for {FULL} approved",
    "tenant: {FULL}, previous address {ADDR}, mobile {UKPHONE}",
    "{FIRST} pls stop giving my number ({UKPHONE}) to randoms",
    "paid {WNAME} {amt} for the cleaner",
    "{WNAME} has the keys, ask her",
    "see you {day} {WNAME}!",
    "Thanks {FIRST}! Got it {emo}",
    "{NICK} ur a legend {emo}",
    "cheers {NICK}, owe u one",
    "u coming {NICK}?",
    "{WNAME}, {FULL2} and me went halves on the present",
]

EN_NONE_TEMPLATES = [
    "running late, bus didnt turn up {emo}",
    "anyone else's wifi down?",
    "lol no chance",
    "bring a jumper it's freezing in there",
    "Thanks for dinner last night, the lasagne was amazing {emo}",
    "paid {amt} for a sandwich at the airport, never again",
    "bin day is {day} not {day2} this week",
    "ok see u at {time}",
    "cant make it {day}, sorry {emo}",
    "who's got the charger",
    "the dog ate a sock again",
    "is the meeting still on {day}?",
    "nearly home, put the kettle on",
    "parcel says delivered but it's not here??",
    "Reminder: school photos {day}, clean jumpers pls",
    "got the job!!! {emo}",
    "rent went up by {amt} a month, cool cool cool",
    "fridge is broken, anyone know a good repair place",
    "just saw a fox in the garden {emo}",
    "what time's the match {day}",
    "can we split it 3 ways? it was {amt}",
    "heading to the gym, back by {time}",
    "omw",
    "love this pic {emo}",
    "pls stop replying all to the group email",
    "train delayed again, sorry",
    "tysm for the flowers {emo}",
    "has the heating come back on?",
    "the cat knocked the plant over lmao",
    "leaving work now, traffic looks grim",
]


# ---------------------------------------------------------------------------
# Chinese identifier generators

ZH_SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔汤"
)
ZH_SURNAMES += ["欧阳", "司马", "诸葛", "上官"]
ZH_GIVEN_WORDLIKE = [
    "建国",
    "海燕",
    "志强",
    "春花",
    "晓明",
    "平安",
    "国庆",
    "红梅",
    "秀英",
    "桂兰",
    "胜利",
    "和平",
    "建华",
    "文静",
    "欣然",
    "光明",
    "朝阳",
    "卫东",
    "红旗",
    "长江",
    "海洋",
    "向东",
    "春生",
    "秋月",
    "冬梅",
    "明亮",
    "美丽",
    "快乐",
    "永远",
    "安静",
    "伟",
    "芳",
    "静",
    "军",
    "勇",
    "磊",
    "洋",
    "杰",
    "丹",
    "雪",
    "兰",
    "梅",
    "阳",
    "晨",
    "宇",
    "帆",
    "波",
    "超",
    "强",
    "敏",
]
ZH_GIVEN_PLAIN = [
    "子涵",
    "一鸣",
    "思远",
    "浩然",
    "天佑",
    "梓轩",
    "雨桐",
    "佳怡",
    "可心",
    "家豪",
    "晨曦",
    "若溪",
    "俊熙",
    "诗琪",
    "沐阳",
    "语嫣",
    "博文",
    "嘉懿",
    "锦程",
    "昕怡",
    "泽宇",
    "芷若",
    "皓轩",
    "婉清",
    "宏伟",
    "丽娟",
    "淑芬",
    "玉珍",
    "德华",
    "振国",
]
ZH_SUFFIX = [
    "总",
    "姐",
    "哥",
    "老师",
    "医生",
    "阿姨",
    "师傅",
    "经理",
    "律师",
    "叔",
    "工",
    "主任",
    "大夫",
    "老板",
    "教练",
    "护士",
    "会计",
    "警官",
    "同学",
    "哥哥",
]
ZH_DOUBLED = [
    "婷婷",
    "丽丽",
    "萌萌",
    "乐乐",
    "洋洋",
    "甜甜",
    "莹莹",
    "欢欢",
    "冰冰",
    "娜娜",
    "亮亮",
    "菲菲",
    "晶晶",
    "楠楠",
    "朵朵",
    "琳琳",
    "佳佳",
    "壮壮",
    "东东",
    "媛媛",
]


def z_given(r):
    return r.choice(ZH_GIVEN_WORDLIKE + ZH_GIVEN_PLAIN)


def zg_full(r):
    return r.choice(ZH_SURNAMES) + z_given(r), "PERSON"


def zg_given(r):
    g = z_given(r)
    while len(g) < 2:
        g = z_given(r)
    return g, "PERSON"


def zg_nick(r):
    x = r.randrange(4)
    if x == 0:
        return "小" + r.choice(ZH_SURNAMES[:60] + list("雨萌敏军芳静雪丹杰磊")), "PERSON"
    if x == 1:
        return "老" + r.choice(ZH_SURNAMES[:60]), "PERSON"
    if x == 2:
        return "阿" + r.choice(list("强珍伟娟明芬杰华花秀勇霞坤宝")), "PERSON"
    return r.choice(ZH_DOUBLED), "PERSON"


def zg_title(r):
    return r.choice(ZH_SURNAMES[:70]) + r.choice(ZH_SUFFIX), "PERSON"


def zg_phone(r):
    p = r.choice(
        [
            "13" + str(r.randint(0, 9)),
            "15" + r.choice("0123456789"),
            "18" + str(r.randint(0, 9)),
            "17" + r.choice("35678"),
            "19" + r.choice("1235789"),
            "166",
        ]
    )
    rest = "".join(r.choice(string.digits) for _ in range(8))
    n = p + rest
    form = r.randrange(6)
    v = [
        n,
        f"{n[:3]} {n[3:7]} {n[7:]}",
        f"{n[:3]}-{n[3:7]}-{n[7:]}",
        f"+86 {n}",
        f"+86-{n[:3]}-{n[3:7]}-{n[7:]}",
        f"(+86){n}",
    ][form]
    return v, "PHONE_NUMBER"


def zg_phoneglued(r):
    p = r.choice(["13", "15", "18"]) + str(r.randint(0, 9))
    return p + "".join(r.choice(string.digits) for _ in range(8)), "PHONE_NUMBER"


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
    "xu",
    "sun",
    "ma",
    "hu",
    "guo",
    "lin",
    "luo",
    "xie",
    "tang",
    "han",
    "feng",
    "deng",
    "cao",
]
PINYIN_G = [
    "xiaoyu",
    "jianguo",
    "haiyan",
    "zhiqiang",
    "chunhua",
    "mingming",
    "tingting",
    "yiming",
    "siyuan",
    "haoran",
    "jiahao",
    "xinran",
    "wei",
    "fang",
    "jun",
    "lei",
]


def zg_email(r):
    s = r.choice(PINYIN)
    g = r.choice(PINYIN_G)
    shape = r.randrange(5)
    local = [
        f"{g}.{s}",
        f"{s}{g}{r.randint(80, 2010)}",
        f"{g}_{r.randint(1, 999)}",
        f"{r.randint(100000, 99999999)}",
        f"{s[0]}{g}",
    ][shape]
    return (
        f"{local}@{r.choice(['example.com', 'example.net', 'example.org', 'mail.example.com'])}",
        "EMAIL_ADDRESS",
    )


ZH_CITIES = [
    ("北京市", ["朝阳区", "海淀区", "丰台区", "西城区"]),
    ("上海市", ["浦东新区", "徐汇区", "静安区", "闵行区"]),
    ("广东省深圳市", ["南山区", "福田区", "龙岗区"]),
    ("广东省广州市", ["天河区", "海珠区", "越秀区"]),
    ("浙江省杭州市", ["西湖区", "余杭区", "拱墅区"]),
    ("四川省成都市", ["武侯区", "锦江区", "高新区"]),
    ("湖北省武汉市", ["洪山区", "江汉区", "武昌区"]),
    ("江苏省南京市", ["鼓楼区", "玄武区", "江宁区"]),
    ("重庆市", ["渝北区", "南岸区", "沙坪坝区"]),
    ("陕西省西安市", ["雁塔区", "碑林区"]),
    ("山东省青岛市", ["市南区", "崂山区"]),
    ("湖南省长沙市", ["岳麓区", "开福区"]),
]
ZH_ROAD_STEMS = [
    "丹桂",
    "银杏",
    "枫林",
    "青石",
    "杏坛",
    "望江",
    "晨光",
    "梧桐",
    "桃源",
    "翠微",
    "柳荫",
    "云杉",
    "紫荆",
    "金桥",
    "兴业",
    "松涛",
    "清溪",
    "安和",
]
ZH_ESTATES = [
    "锦绣家园",
    "阳光花园",
    "翠湖苑",
    "和谐小区",
    "碧水湾",
    "景福里",
    "金色港湾",
    "书香苑",
    "绿洲新城",
    "怡景花园",
    "嘉禾公寓",
    "望月小区",
    "南湖名苑",
    "春晓家园",
]


def zg_addr(r):
    city, dists = r.choice(ZH_CITIES)
    dist = r.choice(dists)
    road = r.choice(ZH_ROAD_STEMS) + r.choice(["路", "街", "大道", "北路", "南街", "西路"])
    num = r.randint(1, 999)
    est = r.choice(ZH_ESTATES)
    b, u, room = r.randint(1, 30), r.randint(1, 6), r.randint(1, 33) * 100 + r.randint(1, 8)
    form = r.randrange(6)
    if form == 0:
        v = f"{city}{dist}{road}{num}号{est}{b}栋{u}单元{room}室"
    elif form == 1:
        v = f"{city}{dist}{road}{num}号{b}号楼{room}"
    elif form == 2:
        v = f"{city[-3:]}{dist}{est}{b}-{u}-{room}"
    elif form == 3:
        v = f"{dist}{road}{num}弄{b}号{room}室"
    elif form == 4:
        v = f"{city}{dist}{road}与{r.choice(ZH_ROAD_STEMS)}路交叉口{est}{b}幢{room}"
    else:
        v = f"{est}{b}栋{u}单元{room}（{city[-3:]}{dist}{road}{num}号）"
    return v, "LOCATION"


def zg_id(r):
    v = cn_id_make(r)
    if r.random() < 0.15:
        v = f"{v[:6]} {v[6:14]} {v[14:]}"
    if v.endswith("X") and r.random() < 0.3:
        v = v[:-1] + "x"
    return v, "CN_ID_CARD"


def zg_idx(r):
    while True:
        v = cn_id_make(r)
        if v.endswith("X"):
            return v, "CN_ID_CARD"


def zg_pp(r):
    x = r.randrange(3)
    if x == 0:
        return "E" + "".join(r.choice(string.digits) for _ in range(8)), "CN_PASSPORT"
    if x == 1:
        return "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(
            r.choice(string.digits) for _ in range(7)
        ), "CN_PASSPORT"
    return "G" + "".join(r.choice(string.digits) for _ in range(8)), "CN_PASSPORT"


def zg_bank(r):
    pre = r.choice(
        ["622202", "622848", "621700", "622588", "621483", "623668", "622262", "621226", "625911"]
    )
    n = luhn_complete(pre, r.choice([16, 19, 19]), r)
    if r.random() < 0.5:
        n = " ".join(n[i : i + 4] for i in range(0, len(n), 4))
    return n, "CN_BANK_CARD"


ZH_PROV = "京沪粤浙苏川鄂湘鲁豫冀辽闽陕渝津皖赣桂云"


def zg_plate(r):
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    p = r.choice(ZH_PROV) + r.choice(L[:12])
    tail = "".join(r.choice(L + string.digits * 3) for _ in range(5))
    x = r.randrange(4)
    if x == 0:
        v = f"{p}·{tail}"
    elif x == 1:
        v = f"{p}{tail}"
    elif x == 2:
        v = f"{p} {tail}"
    else:
        v = f"{p}{r.choice('DF')}{''.join(r.choice(string.digits) for _ in range(5))}"
    return v, "LICENSE_PLATE"


def zg_wechat(r):
    x = r.randrange(4)
    if x == 0:
        v = "wxid_" + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(12))
    elif x == 1:
        v = r.choice(PINYIN_G) + r.choice(["_", "", "-"]) + str(r.randint(1, 2012))
    elif x == 2:
        v = (
            r.choice(PINYIN)
            + r.choice(PINYIN_G)
            + r.choice(["666", "888", "520", "1314", "_sh", "_bj"])
        )
    else:
        v = (
            r.choice(["Lily", "Echo", "Coco", "Kiki", "Momo", "Tony"])
            + "_"
            + r.choice(PINYIN)
            + str(r.randint(10, 99))
        )
    return v, "WECHAT_ID"


def zg_qq(r):
    return str(r.randint(10000, 3999999999)), "QQ_NUMBER"


ZH_HANDLE_BITS = [
    "小熊不吃糖",
    "今天也要加油鸭",
    "橘子汽水",
    "一只咸鱼",
    "半糖去冰",
    "月亮不睡我不睡",
    "吃土少女",
    "摸鱼大王",
    "快乐星球",
    "奶茶续命",
    "芒果布丁",
    "早睡早起",
]


def zg_user(r):
    x = r.randrange(4)
    if x == 0:
        v = "@" + r.choice(ZH_HANDLE_BITS) + str(r.randint(1, 999))
    elif x == 1:
        v = "@" + r.choice(PINYIN_G) + "_" + r.choice(["daily", "eats", "vlog", "travel", "diy"])
    elif x == 2:
        v = "@" + r.choice(ZH_HANDLE_BITS) + "_" + r.choice(PINYIN)
    else:
        v = "@" + r.choice(PINYIN) + r.choice(PINYIN_G) + str(r.randint(1990, 2010))
    return v, "USERNAME"


def zg_douyin(r):
    return r.choice(PINYIN_G) + "".join(
        r.choice(string.digits) for _ in range(r.randint(3, 6))
    ), "USERNAME"


ZH_GENS = {
    "FULL": zg_full,
    "GIVEN": zg_given,
    "NICK": zg_nick,
    "TITLE": zg_title,
    "PHONE": zg_phone,
    "GPHONE": zg_phoneglued,
    "EMAIL": zg_email,
    "ADDR": zg_addr,
    "ID": zg_id,
    "IDX": zg_idx,
    "PP": zg_pp,
    "BANK": zg_bank,
    "PLATE": zg_plate,
    "WX": zg_wechat,
    "QQ": zg_qq,
    "USER": zg_user,
    "DY": zg_douyin,
    "amt": lambda r: (f"{r.randint(3, 5000)}" + r.choice(["元", "块", ".5元", "元", "块钱"]), None),
    "day": lit(["明天", "后天", "周六", "这周日", "下周一", "今晚", "月底", "周三下午"]),
    "time": lit(["晚上七点", "下午三点半", "9点", "中午", "早上八点", "十点前", "6点半"]),
    "emo": lit(
        [
            "😂",
            "🙏",
            "[捂脸]",
            "[旺柴]",
            "👍",
            "~",
            "哈哈哈",
            "[呲牙]",
            "😭",
            "！！",
            "[抱拳]",
            "🌹",
        ]
    ),
}


ZH_PII_TEMPLATES = [
    "{GIVEN}你到哪了{emo}",
    "{NICK}，{day}一起吃火锅不",
    "{NICK}今天又迟到了，被{TITLE}骂惨了",
    "刚才{TITLE}打电话说{day}开会",
    "{TITLE}您好，我是{FULL}的家长，孩子今天发烧请假一天",
    "麻烦{TITLE}帮忙看一下合同，谢谢{emo}",
    "{FULL}妈妈：收到，谢谢老师！",
    "家长群通知：请{FULL}、{FULL2}、{FULL3}三位同学的家长{day}来学校一趟",
    "{NICK}说她{day}不回来吃饭了",
    "我跟{NICK}在楼下等你",
    "生日快乐呀{NICK}{emo}",
    "{GIVEN}，记得把伞带上",
    "{FULL}借我的{amt}还没还{emo}",
    "转账给{FULL}{amt}，备注：房租",
    "微信转账 {amt} 给{NICK}（奶茶钱）",
    "支付宝收款{amt}，付款人{FULL}",
    "AA一下，{NICK}和{NICK2}各{amt}",
    "{TITLE}的电话是{PHONE}，有事直接找他",
    "我换号了，新号码{PHONE}，旧号不用了",
    "联系人：{FULL}，电话：{PHONE}",
    "快递员电话{GPHONE}，说放门卫了",
    "打我电话{GPHONE}就行",
    "有意者联系{TITLE}{GPHONE}（微信同号）",
    "收件人：{FULL} {PHONE} {ADDR}",
    "麻烦寄到{ADDR}，{FULL}收，电话{PHONE}",
    "外卖地址：{ADDR}，到了打{GPHONE}",
    "新家地址{ADDR}，欢迎来玩{emo}",
    "我搬家了，现在住{ADDR}",
    "房东说房子在{ADDR}，押一付三",
    "租房：{ADDR}，两室一厅，联系{TITLE}{PHONE}",
    "骑手备注：{ADDR}，门口有狗，别按门铃",
    "快递到了吗？地址写的{ADDR}",
    "{NICK}的身份证号是{ID}，帮她订一下高铁票",
    "身份证：{ID}",
    "报名表：姓名{FULL}，身份证号{ID}，手机{PHONE}",
    "订酒店要身份证号，我的是{IDX}",
    "{FULL} {ID} 这个是我爸的，帮忙买保险",
    "护照号{PP}，签证材料已经交了",
    "我的护照号是{PP}，有效期到2030年",
    "{FULL}，护照{PP}，航班信息稍后发你",
    "工资卡号{BANK}，{FULL}，开户行建设银行",
    "打到这张卡上：{BANK}",
    "银行卡{BANK} 户名{FULL}",
    "退款请退到{BANK}，谢谢",
    "车牌{PLATE}的车堵在门口了，谁的啊",
    "我的车是{PLATE}，白色的，在北门等你",
    "物业通知：{PLATE}请尽快挪车",
    "{NICK}换车了，新车牌{PLATE}",
    "滴滴司机{TITLE}，车牌号{PLATE}，已到上车点",
    "加我微信{WX}{emo}",
    "微信号：{WX}，备注来意",
    "vx {WX} 拉你进群",
    "{TITLE}微信是{WX}，你加一下",
    "我的QQ是{QQ}，晚上上线",
    "q号{QQ}，加我一起开黑",
    "扣扣：{QQ} 邮箱：{EMAIL}",
    "简历发我邮箱{EMAIL}",
    "邮箱{EMAIL}，资料发这里就行",
    "{FULL}的邮箱是{EMAIL}，你抄送一下",
    "关注我小红书{USER}{emo}",
    "微博{USER}，求互关",
    "我抖音号是{DY}，来给我点赞",
    "B站关注{USER}，今晚直播",
    "{USER} 你上次推荐的那家店真不错",
    "{NICK}：{day}{time}见",
    "{GIVEN}说{day}要加班{emo}",
    "{GIVEN}{emo}",
    "谢谢{NICK}",
    "{NICK}在吗",
    "{FULL}，你的快递到了，请到驿站取件",
    "{FULL}同学，你的作业没交",
    "请{FULL}到3号诊室就诊",
    "{FULL}老公的电话{PHONE}，打不通就打{PHONE2}",
    "紧急联系人：{TITLE} {PHONE}",
    "姓名：{FULL}\n手机：{PHONE}\n身份证：{ID}\n地址：{ADDR}",
    "{FULL}，{ID}，{BANK}，{PHONE}",
    "帮我填一下：{FULL} 护照{PP} 邮箱{EMAIL}",
    "{TITLE}家在{ADDR}，我们{day}去拜年",
    "朋友圈：和{NICK}、{NICK2}在西湖边{emo}",
    "今天和{FULL}一起去爬山了，累瘫{emo}",
    "@{GIVEN} 明天记得带身份证",
    "{GIVEN}跟{GIVEN2}分手了你知道吗",
    "房租{amt}已转{TITLE}，卡号{BANK}",
    "家长群：{FULL}爸爸，孩子的校服尺码是多少",
    "{NICK}你QQ多少？{QQ}是你吗",
    "转发：寻狗启事，联系人{FULL}，电话{GPHONE}",
    "二手闲置，自提，地址{ADDR}，联系{NICK}",
    "{TITLE}你好，我的订单收货人写成{FULL}了，能改成{FULL2}吗",
    "您好，我是{FULL}，手机尾号不对，正确的是{PHONE}",
]

ZH_NONE_TEMPLATES = [
    "今天好冷啊{emo}",
    "到家了，晚安",
    "{day}下雨记得带伞",
    "这家奶茶太甜了{emo}",
    "快递到了吗",
    "刚开完会，累死了",
    "周末去哪玩",
    "晚饭吃啥",
    "收到{emo}",
    "好的好的",
    "群里有人知道哪家修手机靠谱吗",
    "明天几点集合",
    "电梯又坏了{emo}",
    "请各位家长{day}前交回执",
    "外卖超时半小时了{emo}",
    "这个月花了{amt}，吃土了",
    "地铁好挤",
    "我先睡了，明天早班",
    "谁有充电宝",
    "猫把花瓶打碎了{emo}",
    "下班了吗",
    "红包已领{emo}",
    "一起拼单吗，满减划算",
    "空调遥控器找不到了",
    "哈哈哈哈笑死我了",
    "今晚有球赛{emo}",
    "物业说{day}停水",
    "这周加了三天班",
    "好久不见，最近怎么样",
    "开学了，作业好多",
]


# ---------------------------------------------------------------------------
# English personal-information-free, hard texts


def money(r):
    return r.choice(["£", "$", "€", "£", "$"]) + r.choice(
        [
            f"{r.randint(1, 900)}",
            f"{r.randint(1, 99)}.{r.randint(0, 99):02d}",
            f"{r.randint(1, 9)},{r.randint(100, 999)}",
        ]
    )


EN_FREE_GENS = {
    "brand": lit(
        [
            "Tesco",
            "Aldi",
            "Lidl",
            "Greggs",
            "Boots",
            "Argos",
            "Primark",
            "Costa",
            "Pret",
            "Nando's",
            "Deliveroo",
            "Uber Eats",
            "Target",
            "Walmart",
            "Nike",
            "Adidas",
            "Apple",
            "Samsung",
            "Spotify",
            "Netflix",
            "IKEA",
            "Zara",
            "Lego",
            "Dyson",
            "Sainsbury's",
            "Waitrose",
            "Costco",
            "Chipotle",
            "Starbucks",
            "Dunelm",
            "Monzo",
            "Revolut",
            "Ryanair",
            "easyJet",
            "Amazon",
            "eBay",
            "Etsy",
            "Vinted",
            "Halfords",
        ]
    ),
    "product": lit(
        [
            "iPhone 15",
            "AirPods Pro",
            "PlayStation 5",
            "Galaxy S24",
            "Kindle Paperwhite",
            "Nintendo Switch",
            "Air Fryer",
            "Thermomix",
            "MacBook Air",
            "Fitbit Charge 6",
            "Ring doorbell",
            "Pixel 8",
            "Instant Pot",
            "Roomba",
        ]
    ),
    "team": lit(
        [
            "Arsenal",
            "Spurs",
            "Leeds United",
            "Man City",
            "Liverpool",
            "Celtic",
            "Rangers",
            "the Bulls",
            "the Lakers",
            "the Yankees",
            "the Red Sox",
            "the Packers",
            "Wrexham",
            "Everton",
            "the Warriors",
            "England",
            "Wales",
            "the Lions",
            "Aston Villa",
        ]
    ),
    "city": lit(
        [
            "Paris",
            "Lisbon",
            "Dublin",
            "Glasgow",
            "Tokyo",
            "Florence",
            "Sydney",
            "Austin",
            "Chelsea",
            "Jersey",
            "Victoria",
            "Georgia",
            "Charlotte",
            "Barcelona",
            "Berlin",
            "Nashville",
            "Denver",
            "Manchester",
            "Cornwall",
            "Iceland",
            "Portugal",
            "Morocco",
            "Kraków",
            "Edinburgh",
            "Vegas",
            "Orlando",
            "Adelaide",
            "Savannah",
        ]
    ),
    "landmark": lit(
        [
            "Big Ben",
            "the Eiffel Tower",
            "the Golden Gate Bridge",
            "Stonehenge",
            "Tower Bridge",
            "Central Park",
            "Hyde Park",
            "Times Square",
            "the Shard",
            "the Grand Canyon",
            "Niagara Falls",
            "the Statue of Liberty",
            "the London Eye",
            "Edinburgh Castle",
            "the Space Needle",
            "Loch Ness",
            "the Angel of the North",
        ]
    ),
    "title": lit(
        [
            "Frozen",
            "Jaws",
            "Inception",
            "Titanic",
            "Gladiator",
            "Up",
            "Dune",
            "Wonderwall",
            "Bohemian Rhapsody",
            "Hotel California",
            "Mr Brightside",
            "Little Women",
            "Pride and Prejudice",
            "Great Expectations",
            "The Hunger Games",
            "Wuthering Heights",
            "Love Actually",
            "Home Alone",
            "Toy Story",
            "The Bear",
            "Succession",
            "Bluey",
            "Wicked",
            "Paddington",
            "Brave",
            "Cars",
            "Encanto",
        ]
    ),
    "hol": lit(
        [
            "Christmas",
            "Easter",
            "Bonfire Night",
            "Thanksgiving",
            "Halloween",
            "Boxing Day",
            "Valentine's Day",
            "St Patrick's Day",
            "Memorial Day",
            "Black Friday",
            "Diwali",
            "Eid",
            "Hanukkah",
            "Lunar New Year",
            "Burns Night",
            "Pancake Day",
            "Mother's Day",
        ]
    ),
    "job": lit(
        [
            "the Head of Sales",
            "our GP",
            "the landlord",
            "the Deputy Head",
            "the plumber",
            "the Team Lead",
            "the Chief Executive",
            "the receptionist",
            "the Product Manager",
            "the Operations Director",
            "the vet",
            "the Year 6 teacher",
            "the site manager",
            "the HR Business Partner",
            "the dentist",
            "the Head Chef",
        ]
    ),
    "wday": lit(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    "month": lit(
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
    "price": lambda r: (money(r), None),
    "orderno": lambda r: (
        r.choice(
            [
                f"order #{r.randint(100000, 9999999)}",
                f"Order No. {r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
                f"order ref {r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}{r.randint(10000, 99999)}",
                f"order number {r.randint(10000000, 99999999)}",
            ]
        ),
        None,
    ),
    "track": lambda r: (
        r.choice(
            [
                f"tracking no. {r.choice(['JV', 'KF', 'RT'])}{r.randint(100000000, 999999999)}GB",
                f"tracking number 1Z{''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16))}",
                f"tracking {r.randint(10**11, 10**12 - 1)} (FedEx)",
                f"Evri tracking H{r.randint(10**14, 10**15 - 1)}",
            ]
        ),
        None,
    ),
    "flight": lambda r: (
        r.choice(["BA", "EZY", "FR", "UA", "AA", "DL", "VS", "EI", "LH", "AF"])
        + str(r.randint(12, 2999)),
        None,
    ),
    "clock": lit(
        [
            "07:45",
            "6.30am",
            "half past four",
            "quarter to 9",
            "18:20",
            "11:59pm",
            "noon",
            "5pm",
            "13:05",
        ]
    ),
    "date": lambda r: (
        r.choice(
            [
                f"{r.randint(1, 28)}/{r.randint(1, 12)}",
                f"{r.randint(1, 28)} {r.choice(['Jan', 'Mar', 'Jun', 'Sept', 'Oct', 'Dec'])}",
                f"{r.choice(['March', 'May', 'June', 'April', 'August'])} {r.randint(1, 28)}",
                f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                f"{r.randint(1, 12)}/{r.randint(1, 28)}/24",
            ]
        ),
        None,
    ),
    "score": lambda r: (f"{r.randint(0, 5)}-{r.randint(0, 5)}", None),
    "ver": lambda r: (
        r.choice(
            [
                f"v{r.randint(1, 17)}.{r.randint(0, 9)}.{r.randint(0, 20)}",
                f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}",
                f"version {r.randint(2, 9)}.{r.randint(0, 12)}",
                f"Python 3.{r.randint(8, 13)}",
                f"Android {r.randint(11, 15)}",
            ]
        ),
        None,
    ),
    "meas": lambda r: (
        r.choice(
            [
                f"{r.randint(2, 42)}km",
                f"{r.randint(1, 12)} miles",
                f"{r.randint(150, 199)}cm",
                f"{r.randint(45, 110)}kg",
                f"{r.randint(1, 5)}.{r.randint(1, 9)}L",
                f"{r.randint(8, 20)}st {r.randint(0, 13)}lb",
                f"{r.randint(-5, 38)}°C",
                f"{r.randint(20, 105)}°F",
                f"{r.randint(100, 900)}g",
            ]
        ),
        None,
    ),
    "steps": lambda r: (f"{r.randint(2, 31)},{r.randint(0, 999):03d} steps", None),
    "tag": lit(
        [
            "#tbt",
            "#mondaymotivation",
            "#bakeoff",
            "#nofilter",
            "#blessed",
            "#COYS",
            "#legday",
            "#sundayroast",
            "#bookstagram",
            "#gardening",
            "#WorldCup",
            "#RIPmysleep",
            "#wfh",
        ]
    ),
    "site": lit(
        [
            "bbc.co.uk",
            "wikipedia.org",
            "reddit",
            "gov.uk",
            "YouTube",
            "Rightmove",
            "Zoopla",
            "Trustpilot",
            "Stack Overflow",
            "IMDb",
            "Etsy",
            "Mumsnet",
            "Strava",
            "Duolingo",
        ]
    ),
    "code": lit(
        [
            "`git pull --rebase`",
            "`pip install -r requirements.txt`",
            "`print(len(items))`",
            "`SELECT * FROM orders LIMIT 10;`",
            "`npm run build`",
            "`df.groupby('month').sum()`",
            "`for i in range(10):`",
            "`ls -la ~/Downloads`",
            "`docker compose up -d`",
            "`if (x === null) return;`",
            "`chmod +x run.sh`",
        ]
    ),
    "file": lit(
        [
            "IMG_4821.HEIC",
            "budget_2025_FINAL_v3.xlsx",
            "minutes.docx",
            "holiday.mp4",
            "Screenshot 2025-03-14 at 09.12.44.png",
            "report (1).pdf",
            "invoice-0042.pdf",
            "setup.exe",
            "notes.txt",
            "slides_draft.key",
            "receipt.jpg",
        ]
    ),
    "emo": lit(["😂", "🙏", "❤️", "👍", "😅", "🥲", "🎉", "😬", "🙃", "💀", "🔥", "⚽", "🍕", ""]),
}

EN_FREE_TEMPLATES = [
    "{shop} had the {product} on offer for {price}, tempted {emo}",
    "Grace period on the parking permit ends {wday}, sort it before then",
    "will do, just waiting on {brand} to refund me",
    "May is the busiest month at work, every year",
    "Bill came in at {price} this month, the heating is eating money",
    "The rose garden at the park is in full bloom {emo}",
    "Mark the calendar: {hol} drinks on {wday}",
    "Frank conversation with {job} today, went better than expected",
    "Hope the train isn't cancelled again",
    "Summer holidays start {date}, booked {city} already",
    "Dawn raid on the {shop} sale, got there at {clock}",
    "Penny for your thoughts? you've gone quiet",
    "Holly wreath on the door, {hol} mode activated {emo}",
    "Pat dry the chicken before it goes in the air fryer",
    "Ray of sunshine in {city} today {emo}",
    "Drew up the rota for {month}, check the group",
    "Jack up the car slowly or the jack slips",
    "Ginger biscuits and a brew, perfect {wday}",
    "Olive oil is {price} a bottle now??",
    "Amber warning for wind in {city} {wday}",
    "Heather on the hills looked gorgeous on the {dist} walk",
    "Robin in the garden again, same one every morning",
    "Crystal clear water in {city} {emo}",
    "Sterling dropped again, bad timing for the {city} trip",
    "Sunny spells forecast, {temp} tops",
    "Sandy beach, cold sea, warm chips. Perfect",
    "Cliff walk was {dist}, legs are done",
    "Miles of traffic on the way to {city}",
    "Chase the landlord about the boiler pls",
    "Joy of joys, the washing machine is broken again",
    "Art class moved to {wday} {clock}",
    "Faith restored: {brand} actually refunded me",
    "Brook at the bottom of the field flooded again",
    "Will you be at the {team} game {wday}?",
    "Ruby slippers costume for the school play, done {emo}",
    "Iris scan at passport control took ages",
    "Sue them lol, that's what the forums say",
    "Rob me blind why don't you, {price} for a coffee",
    "June half term is {date} apparently",
    "{team} won {score}!!! {tag}",
    "{team} {score} {team2}. what a game {emo}",
    "gutted, {team} lost {score} in the last minute",
    "anyone watching {team} tonight? kick off {clock}",
    "{title} is on again, watching it for the 10th time",
    "Just finished {title}, not crying you're crying",
    "Book club pick for {month} is {title}",
    "Karaoke: someone did {title} and cleared the room {emo}",
    "{title} tickets went on sale at {clock}, sold out by {clock2}",
    "flight {flight} delayed 2 hours, sat on the tarmac the whole time",
    "Boarding {flight} to {city} at {clock}, gate 22",
    "landed in {city}! {flight} was smooth",
    "{flight} cancelled, rebooked for {date}",
    "your {orderno} has shipped",
    "{brand} {orderno} still says processing, 5 days now",
    "refund for {orderno} should land in 3-5 working days",
    "{track}, out for delivery today",
    "parcel stuck in customs, {track}",
    "Did the {track} ever turn up?",
    "meeting moved to {clock} {wday}",
    "dentist {date} at {clock}, remind me",
    "deadline is {date}, no extensions",
    "did {steps} today {emo} {tag}",
    "{steps} and my watch still says 'move more'",
    "ran {dist} this morning {tag}",
    "lost {weight} since {month}!!",
    "oven at 200°C for 25 mins, then rest it",
    "it's {temp} outside, why is the office freezing",
    "updated to {ver} and the battery is awful",
    "the bug only happens on {ver}",
    "try {code} then restart",
    "run {code} and send me the output",
    "{code} fixed it, thanks stack overflow",
    "i sent {file} to the group chat by mistake {emo}",
    "can u open {file}? mine crashes",
    "saved as {file} on the shared drive",
    "found it on {site}",
    "{site} says the road is closed till {month}",
    "checked {site}, 4.2 stars",
    "If anyone's in danger call 999, don't message the group",
    "in an emergency call 911 first, then the landlord",
    "non-emergency number is 101 btw",
    "{tag} {tag2}",
    "{landmark} at night is something else {emo}",
    "queued 2 hours for {landmark}, worth it",
    "we did {landmark} and {landmark2} in one day, feet destroyed",
    "{hol} plans? we're doing {city}",
    "{hol} is on a {wday} this year",
    "Back from {city}, {city2} next {month}",
    "{job} wants the report by {wday}",
    "{job} said the lift is fixed, it isn't",
    "Interview with {job} at {clock}, wish me luck {emo}",
    "Meet {job} tomorrow? I can do {clock}",
    "{wday} again. How.",
    "{month} already?? where did the year go",
    "Christmas jumper day on {date}, {price} donation",
    "{shop} vs {shop2}, which is cheaper for nappies",
    "the {product} was {price} at {shop}, {price2} at {shop2}",
    "Returned the {product}, {shop} gave store credit only",
    "{price} for a tiny bag of crisps, inflation is wild",
    "Table for 6 booked at {clock}, ref 4471",
    "Room 214, floor 2, breakfast till 10",
    "Score was {score} at half time",
    "Bus 73 every 12 mins apparently",
    "Platform 9 for the {clock} to {city}",
    "pin for the bike shed is on the fridge, don't text it",
    "New Year, new gym membership, same sofa",
    "Reading {title} on the Kindle, 12% battery left lol",
    "Tickets for {city} Marathon went in 4 minutes",
]


# ---------------------------------------------------------------------------
# Chinese personal-information-free, hard texts

ZH_FREE_GENS = {
    "brand": lit(
        [
            "华为",
            "小米",
            "美团",
            "饿了么",
            "淘宝",
            "京东",
            "拼多多",
            "海底捞",
            "喜茶",
            "瑞幸",
            "蜜雪冰城",
            "盒马",
            "茅台",
            "老干妈",
            "周黑鸭",
            "小红书",
            "大疆",
            "比亚迪",
            "蔚来",
            "优衣库",
            "宜家",
            "星巴克",
            "肯德基",
            "麦当劳",
            "名创优品",
            "元气森林",
            "三只松鼠",
            "格力",
            "海尔",
            "安踏",
            "抖音",
            "快手",
            "滴滴",
            "高德",
            "携程",
            "闲鱼",
            "小度",
        ]
    ),
    "city": lit(
        [
            "北京",
            "上海",
            "成都",
            "重庆",
            "西安",
            "杭州",
            "厦门",
            "三亚",
            "长沙",
            "哈尔滨",
            "大理",
            "丽江",
            "青岛",
            "苏州",
            "南京",
            "武汉",
            "深圳",
            "广州",
            "昆明",
            "拉萨",
        ]
    ),
    "spot": lit(
        [
            "西湖",
            "故宫",
            "外滩",
            "长城",
            "兵马俑",
            "洪崖洞",
            "黄山",
            "九寨沟",
            "鼓浪屿",
            "迪士尼",
            "环球影城",
            "宽窄巷子",
            "东方明珠",
            "大雁塔",
            "橘子洲",
            "天坛",
            "颐和园",
        ]
    ),
    "mall": lit(
        [
            "万达广场",
            "太古里",
            "万象城",
            "大悦城",
            "来福士",
            "银泰城",
            "龙湖天街",
            "奥特莱斯",
            "宜家商场",
            "山姆会员店",
            "开市客",
        ]
    ),
    "company": lit(
        [
            "腾讯",
            "阿里巴巴",
            "字节跳动",
            "中国移动",
            "国家电网",
            "招商银行",
            "工商银行",
            "顺丰速运",
            "中通快递",
            "中国平安",
            "百度",
            "网易",
            "中国银行",
            "建设银行",
        ]
    ),
    "role": lit(
        [
            "班主任",
            "物业",
            "快递小哥",
            "房东",
            "老板",
            "师傅",
            "医生",
            "护士长",
            "经理",
            "主管",
            "前台",
            "客服",
            "领导",
            "教练",
            "门卫大爷",
            "外卖小哥",
            "保洁阿姨",
            "辅导员",
            "财务",
            "HR",
            "楼长",
            "居委会",
        ]
    ),
    "amt": lambda r: (
        r.choice(
            [
                f"{r.randint(1, 9999)}元",
                f"¥{r.randint(1, 999)}.{r.randint(0, 99):02d}",
                f"{r.randint(1, 99)}块{r.randint(1, 9)}",
                f"{r.randint(1, 50)}万",
                f"{r.randint(2, 300)}块钱",
            ]
        ),
        None,
    ),
    "orderno": lambda r: (
        r.choice(
            [
                f"订单号{r.randint(10**17, 10**18 - 1)}",
                f"订单编号：{r.randint(10**15, 10**16 - 1)}",
                f"交易单号 4200{r.randint(10**20, 10**21 - 1)}",
            ]
        ),
        None,
    ),
    "track": lambda r: (
        r.choice(
            [
                f"顺丰单号SF{r.randint(10**11, 10**12 - 1)}",
                f"快递单号{r.choice(['7', '4', '3'])}{r.randint(10**13, 10**14 - 1)}",
                f"中通单号 {r.randint(10**13, 10**14 - 1)}",
                f"京东物流单号JD{r.randint(10**12, 10**13 - 1)}",
            ]
        ),
        None,
    ),
    "flight": lambda r: (
        r.choice(["CA", "MU", "CZ", "HU", "3U", "ZH", "MF", "9C"]) + str(r.randint(101, 9899)),
        None,
    ),
    "train": lambda r: (r.choice(["G", "D", "K", "Z", "T"]) + str(r.randint(1, 2999)), None),
    "date": lambda r: (
        r.choice(
            [
                f"{r.randint(1, 12)}月{r.randint(1, 28)}号",
                f"{r.randint(1, 12)}月{r.randint(1, 28)}日",
                f"2025年{r.randint(1, 12)}月",
                f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                f"{r.randint(1, 12)}.{r.randint(1, 28)}",
            ]
        ),
        None,
    ),
    "clock": lit(
        ["早上7点", "8:30", "下午两点", "晚上十点半", "中午12点", "凌晨1点", "18:45", "9点整"]
    ),
    "code": lambda r: (f"{r.randint(100000, 999999)}", None),
    "points": lambda r: (f"{r.randint(10, 99999)}积分", None),
    "score": lambda r: (f"{r.randint(0, 5)}比{r.randint(0, 5)}", None),
    "steps": lambda r: (f"{r.randint(2000, 35000)}步", None),
    "meas": lambda r: (
        r.choice(
            [
                f"{r.randint(1, 42)}公里",
                f"{r.randint(40, 90)}公斤",
                f"{r.randint(90, 180)}斤",
                f"{r.randint(-10, 40)}度",
                f"{r.randint(150, 190)}厘米",
                f"{r.randint(30, 150)}平米",
            ]
        ),
        None,
    ),
    "emo": lit(
        [
            "😂",
            "🙏",
            "[捂脸]",
            "[旺柴]",
            "👍",
            "[呲牙]",
            "😭",
            "[破涕为笑]",
            "🎉",
            "[裂开]",
            "🤣",
            "",
        ]
    ),
    "net": lit(
        [
            "yyds",
            "绝绝子",
            "栓Q",
            "破防了",
            "躺平",
            "内卷",
            "emo了",
            "社死",
            "真香",
            "打工人",
            "摆烂",
            "u1s1",
            "xswl",
            "awsl",
            "666",
            "蚌埠住了",
            "芭比Q了",
            "尊嘟假嘟",
            "哈哈哈哈",
        ]
    ),
    "game": lit(
        ["王者荣耀", "原神", "和平精英", "蛋仔派对", "英雄联盟", "开心消消乐", "黑神话悟空"]
    ),
    "show": lit(
        [
            "繁花",
            "狂飙",
            "流浪地球",
            "哪吒",
            "甄嬛传",
            "西游记",
            "红楼梦",
            "三体",
            "庆余年",
            "长安的荔枝",
        ]
    ),
    "team": lit(
        ["国足", "广东队", "辽宁队", "上海申花", "北京国安", "山东泰山", "中国女排", "湖人"]
    ),
    "hol": lit(
        ["春节", "国庆", "中秋", "端午", "元旦", "清明", "五一", "双十一", "618", "七夕", "元宵节"]
    ),
}

ZH_FREE_TEMPLATES = [
    "张开嘴让医生看看喉咙，就是有点发炎",
    "王者荣耀又输了{score}{emo}",
    "今天很高兴，终于发工资了",
    "周末去{city}玩吗",
    "马上到，堵在高架上了",
    "黄金又涨了，早知道{hol}前买了",
    "林业局发布了防火通知",
    "他的陈述太啰嗦了，开会开了两个小时",
    "周总结写完了吗？{clock}前交给{role}",
    "白天太热，晚上再出去跑步",
    "金额不对，{amt}少了一块",
    "天天加班，{net}",
    "宝宝辅食吃什么好，求推荐{emo}",
    "刚刚看到{brand}出新品了",
    "常常忘记带钥匙，得换个密码锁",
    "小米新出的手机{amt}，要不要入",
    "老干妈拌饭，穷鬼套餐{emo}",
    "周黑鸭买一送一，冲",
    "{brand}{amt}，比{brand2}便宜",
    "在{brand}下单了，{orderno}",
    "{orderno}一直显示待发货，已经催了",
    "退款{amt}到账了，{orderno}",
    "{track}，显示已签收但我没收到",
    "{track}到哪了，三天没动了",
    "帮我查下{track}",
    "航班{flight}延误了，{clock}才起飞{emo}",
    "{date}{flight}飞{city}，有同路的吗",
    "高铁{train}次，{clock}发车，别迟到",
    "抢到{date}的{train}了，二等座",
    "验证码{code}，5分钟内有效，请勿泄露",
    "【{brand}】您的验证码是{code}",
    "{points}快过期了，赶紧兑换",
    "瑞幸会员{points}能换一杯咖啡",
    "今天走了{steps}，朋友圈第一{emo}",
    "跑了{dist}，腿废了",
    "体重{kg}，{hol}胖了好多",
    "今天{temp}，热死了",
    "{city}下雪了{emo}",
    "{spot}人山人海，排队两小时",
    "去{city}一定要去{spot}",
    "{mall}新开了一家{shop}",
    "在{mall}吃饭，{shop}排了一个小时都没叫到",
    "{company}的客服终于打通了",
    "{company}面试过了{emo}",
    "{role}说{date}停电",
    "{role}在群里发通知了，大家看一下",
    "{role}今天请假了",
    "{role}让我们把材料交到前台",
    "问一下{role}，这个报销怎么走流程",
    "快递小哥说放菜鸟驿站了",
    "{game}{net}",
    "今晚{game}开黑，谁来",
    "{show}大结局了，{net}",
    "二刷{show}，还是好看",
    "{team}{score}输了，{net}",
    "{team}赢了！{emo}",
    "{hol}放几天假",
    "{hol}回{city}，票好难抢",
    "{hol}快乐{emo}",
    "{net}，今天又是打工人的一天",
    "{net}{net2}",
    "宝宝们，{brand}今晚有直播",
    "老板说{date}前发年终奖",
    "群主发红包了，{amt}{emo}",
    "拼多多砍一刀，就差0.01元了",
    "{date}开学，书包还没买",
    "{date}{clock}开家长会",
    "体检报告出来了，血压有点高",
    "小区门口新开了一家{shop}",
    "高兴得太早了，又下雨了",
    "马路对面的{shop}关门了",
    "王者段位掉了",
    "张家界三日游，{amt}一个人",
    "周一例会改到{clock}",
    "白菜价，{small}三斤",
    "黄山日出太美了{emo}",
    "陈皮泡水喝，养生",
    "金毛又拆家了{emo}",
    "刘海剪短了，{net}",
    "杨梅上市了，{small}一斤",
    "朱古力蛋糕好吃",
    "孙子放暑假了，天天在家打游戏",
    "宋朝的历史真有意思",
    "高考加油！{hol}后见",
    "毛毛雨，不用打伞",
    "星星点点的灯光",
    "明明说好的{clock}，又改了",
    "谢谢，已收到，辛苦了",
    "红包已领取，谢谢老板{emo}",
    "李子好酸{emo}",
    "房价六万多一平，买不起",
    "{city}到{city2}的{train}，四个半小时",
    "打开{brand}APP，搜{show}",
    "医生说多喝热水",
    "经理说{date}团建，去{spot}",
    "前台说包裹在{mall}负一楼",
    "双十一买了{amt}，吃土{emo}",
    "今年{hol}不回家了",
    "{brand}的{orderno}申请售后了",
]


# ---------------------------------------------------------------------------


EN_PII_TEMPLATES += [
    "{FIRST} u left ur scarf at mine",
    "yo {NICK} where did u park",
    "{NICK} is being dramatic again, ignore her {emo}",
    "thinking of u {FIRSTLC}, sending hugs",
    "{WNAME} bought the wrong bread lmaooo",
    "congrats {FIRST} and {FIRST2} on the baby!! {emo}",
    "RIP {WNAME}'s phone, dropped it in the canal",
    "is {NICK} still coming or nah",
    "{FULL} just liked my post from 2014 ???",
    "cant believe {FIRSTLC} beat me at scrabble again",
    "oi {NICK}, ur turn to host",
    "{FIRST} pls bring the big pan",
    "Hey {TSUR}, quick one: is the parents' evening slot still {time}?",
    "Dear {TSUR},\nPlease find my timesheet attached.\nBest, {FIRST}",
    "Per {TSUR}'s email, the surgery moved to {day}",
    "{TSUR} (the new landlord) wants {amt} for the deposit",
    "Thank you {TSUR} for looking after {FIRST} today {emo}",
    "Sent from my iPhone\n--\n{FULL}\n{UKPHONE}",
    "Kind regards,\n{FULL}\nMob: {PHONE}",
    "Regards, {FULL} | {EMAIL}",
    "thx, {FULL} ({EMAIL})",
    "missed call from {USPHONE}, was that u {NICK}?",
    "who is {PHONE}?? keeps ringing me",
    "landlord: {UKPHONE} (only text, he never answers)",
    "number for the plumber is {PHONE}, ask for {FIRST}",
    "whatsapp me on {UKPHONE} instead",
    "call {USPHONE} ext 4 and ask for {TSUR}",
    "the babysitter's number is {PHONE}, her name's {FIRST}",
    "my wife's mobile {UKPHONE}, mine is {UKPHONE2}",
    "{EMAIL} keeps bouncing, is that still ur email {NICK}?",
    "signup email: {EMAIL}\nusername: {HANDLE}",
    "zoom invite went to {EMAIL}, sorry",
    "My sister's email is {EMAIL}, she'll confirm",
    "receipt emailed to {EMAIL}",
    "PTA minutes: send corrections to {EMAIL}",
    "pls post the keys to {ADDR}",
    "{FIRST}'s new place: {ADDR}",
    "invoice address -> {FULL}, {UKADDR}",
    "Billing address: {USADDR}",
    "if u get lost its {ADDR}, blue door",
    "sleepover is at {UKADDR}, pick up 10am",
    "Your driver is arriving at {USADDR}",
    "sending the wedding invite to {FULL}, {ADDR}",
    "grandma moved to {UKADDR}, send cards there now",
    "Collection from {ADDR} between 8 and 12 {day}",
    "nat ins {NINO}, tax code 1257L",
    "NINO: {NINO} (pls don't share)",
    "HMRC letter says my NI is {NINO}, is that right?",
    "new starter form: {FULL}, NI number {NINO}, sort code {SORT}, account {ACCT}",
    "Patient: {FULL}\nNHS No: {NHS}",
    "{NHS} is the nhs number on mum's letter",
    "nhs no {NHS} dob 04/05/1961",
    "Booking ref for {FULL}: NHS {NHS}, contact {UKPHONE}",
    "passport {UKPP} for {FULL}, exp 2029",
    "need ur passport number for the airline, mine's {UKPP}",
    "UK DL {UKDL} expires 2031",
    "dvla says licence no {UKDL} has 3 points",
    "car reg {UKPLATE}, insurance renews {day}",
    "{UKPLATE} zooming past the school at 40 again",
    "someone in a red fiesta {UKPLATE} clipped my wing mirror",
    "{FIRST}'s car is the blue one, {UKPLATE}",
    "ssn {SSN}, dob 3/14/88",
    "W-2 has the wrong SSN: {SSN}",
    "{FULL}, SSN {SSN}, DL {USDL}, plate {USPLATE}",
    "itin number {ITIN} for {FULL}",
    "my ITIN is {ITIN}, my husband has an SSN",
    "passport: {USPP}\nexpires: 2032",
    "I lost my passport ({USPP}), what do I do",
    "renewing passport {USPP} for {FIRST} this week",
    "license {USDL} suspended??? for a parking ticket",
    "state DL {USDL}, exp 2030",
    "plate {USPLATE} honked at me for 5 mins lol",
    "new plates came: {USPLATE}",
    "amex {CARD} exp 02/29",
    "can u put it on my visa {CARD}",
    "card number {CARD} was charged twice",
    "{CARD} - use this for the hotel pls",
    "virtual card: {CARD} cvc later",
    "IBAN: {IBAN}\nBIC: NWBKGB2L\nName: {FULL}",
    "for the euro transfer use {IBAN}",
    "landlord's iban is {IBAN}",
    "acc name {FULL}, sort {SORT}, no. {ACCT}",
    "pay me back whenever, {SORT} {ACCT} {emo}",
    "the gym direct debit is from {SORT} / {ACCT}",
    "routing # {ROUTING}\naccount # {USACCT}",
    "direct deposit form: routing {ROUTING}, checking {USACCT}, name {FULL}",
    "my twitch is {HANDLE}, streaming {time}",
    "follow the bakery page {HANDLE} 🍰",
    "{GTAG} kicked me from the squad again",
    "discord: {GTAG}",
    "minecraft username {GTAG}, whitelist me",
    "insta {HANDLE}, tiktok {HANDLE2}",
    "{PURL} <- this is me",
    "connect with me on linkedin: {PURL}",
    "{FIRST} just started a blog {PURL}",
    "router admin is at {IP}",
    "blocked {IP} after the spam",
    "your account was accessed from {IP} ({time})",
    "vpn ip {IP}, home {IP2}",
    "{WNAME} x",
    "{FIRSTLC}!!!!!",
    "{NICK} where r u",
    "cheers {WNAME}",
    "{FIRST} {emo}",
    "love you {WNAME} {emo}",
    "{WNAME} and {WNAME2} are engaged!!!",
    "morning {NICK} ☀️",
    "{FULL} from accounts says hi",
    "{FIRSTLC}, {FULL2} and i r going to the pub",
    "{WNAME} can't come, her kid's poorly",
    "ok {TSUR}, will do",
]

EN_NONE_TEMPLATES += [
    "forgot my lunch again {emo}",
    "did anyone order a pizza?",
    "printer jammed, classic",
    "whose umbrella is in the hall",
    "what are we doing for dinner {day}",
    "the car wash was {amt}, daylight robbery",
    "just landed, phone on 3%",
    "baby finally asleep {emo}",
    "guess who forgot the passports lol",
    "matches at {time}, bring water",
    "someone left the gate open again",
    "the new series is actually good",
    "can't find my keys anywhere",
    "what's the wifi password again",
    "pls don't eat the cake in the fridge it's for {day}",
    "back in 10",
    "ok",
    "yes pls",
    "sounds good {emo}",
    "hmmm not sure",
]


ZH_PII_TEMPLATES += [
    "{FULL}今天生日，大家祝福一下{emo}",
    "{NICK}你妈喊你回家吃饭",
    "{NICK}、{NICK2}周末来我家打麻将",
    "{GIVEN}，快递帮我拿一下",
    "{GIVEN}啊，你最近忙啥呢",
    "刚跟{TITLE}吵了一架{emo}",
    "{TITLE}，报销单我放您桌上了",
    "{TITLE}说{NICK}的作业写得很好",
    "{TITLE}在吗？想约{day}的号",
    "感谢{TITLE}的照顾，孩子回家很开心{emo}",
    "{FULL}爸爸：老师辛苦了",
    "请{FULL}家长在群里接龙",
    "接龙：1. {FULL} 2. {FULL2} 3. {FULL3}",
    "{FULL}你被@了，快回群消息",
    "恭喜{FULL}和{FULL2}喜结良缘{emo}",
    "房东{TITLE}的电话{PHONE}，有问题直接打",
    "师傅电话{GPHONE}，装空调的",
    "新号码：{PHONE}，麻烦存一下，我是{NICK}",
    "未接来电{PHONE}，谁啊",
    "我爸手机{PHONE}，我妈手机{PHONE2}",
    "打{GPHONE}找{TITLE}",
    "号码{PHONE}，微信同号",
    "手机号{GPHONE}，验证码收不到",
    "{NICK}电话多少？{PHONE}对吗",
    "联系电话：{PHONE}（{TITLE}）",
    "预约人：{FULL}，电话{GPHONE}，时间{day}{time}",
    "发票抬头写个人，邮箱{EMAIL}",
    "我的邮箱改成{EMAIL}了",
    "论文发{TITLE}邮箱：{EMAIL}",
    "{EMAIL}这个邮箱是你的吗",
    "收货地址：{ADDR}",
    "地址：{ADDR}，电话{PHONE}，收件人{NICK}",
    "我妈家在{ADDR}，过年回去",
    "面试地点：{ADDR}，到了给{TITLE}打电话",
    "寄件人：{FULL}，{ADDR}",
    "搬到{ADDR}了，有空来坐坐",
    "家政阿姨明天去{ADDR}打扫，{time}",
    "送到{ADDR}，放门口就行{emo}",
    "学生{FULL}，身份证号码{ID}",
    "身份证号{ID}，姓名{FULL}，麻烦核对",
    "帮{NICK}挂号，身份证{ID}",
    "{ID}这个号码对吗？帮我看看",
    "我的身份证号码末位是X：{IDX}",
    "护照：{PP}，出发日期{day}",
    "{NICK}护照号{PP}，帮忙填一下签证表",
    "换了新护照，号码{PP}",
    "农行卡{BANK}，户名{FULL}",
    "卡号：{BANK}\n开户行：招商银行\n户名：{FULL}",
    "钱转到{BANK}这张卡，别转错了",
    "{FULL}的工资卡{BANK}挂失了",
    "尾款打到{BANK}，谢谢{TITLE}",
    "我的车牌{PLATE}，停在B2",
    "{PLATE}占了我的车位{emo}",
    "{PLATE}是你家的车吗？灯没关",
    "网约车{PLATE}，{TITLE}，预计3分钟到",
    "{NICK}新买的车，车牌{PLATE}",
    "微信：{WX}",
    "有事加微信{WX}，电话不常接",
    "{NICK}的微信号是{WX}",
    "我微信号改了，现在是{WX}",
    "群满了，加我{WX}拉你",
    "QQ号{QQ}，备注班级",
    "老QQ {QQ} 被盗了，别信",
    "我QQ：{QQ}，以前那个号别加了",
    "加{NICK}的QQ：{QQ}",
    "小红书搜{USER}就是我",
    "抖音号{DY}，每天更新",
    "我的B站ID是{USER}",
    "{USER} 求回关{emo}",
    "快手{DY}，来看我直播",
    "{NICK}{emo}",
    "{GIVEN}！！！",
    "{TITLE}好",
    "{NICK}早{emo}",
    "晚安{NICK}",
    "谢谢{TITLE}{emo}",
    "{GIVEN}你是不是又胖了哈哈",
    "{FULL}是谁？不认识",
    "{NICK}跟{TITLE}去{day}出差",
    "和{NICK}吃了顿烧烤，{amt}",
    "{FULL}，男，电话{GPHONE}，身份证{ID}，住址{ADDR}",
]

ZH_NONE_TEMPLATES += [
    "明天早上几点出发",
    "下雨了，收衣服",
    "我到楼下了",
    "晚点到，先吃别等我",
    "这个月的水电费交了吗",
    "群公告看一下",
    "孩子今天发烧了，请假一天",
    "好吃！下次还来",
    "谁帮我带个早饭{emo}",
    "周一要交体检表",
    "手机快没电了",
    "今天的课取消了",
    "这衣服{amt}，值吗",
    "已读不回是什么意思{emo}",
    "嗯嗯",
    "好滴",
    "收到，马上办",
    "钥匙放鞋柜上了",
    "有没有人拼车去机场",
    "楼上又在装修{emo}",
]


EN_FREE_TEMPLATES += [
    "Bill me later, I'm skint till {wday}",
    "Will it rain for {hol}? forecast says {temp}",
    "may as well order {food} at this point",
    "the electricity bill doubled since {month}",
    "Hazelnut latte from {food}, {price}, worth it",
    "Pearl barley in the stew, trust me",
    "Autumn leaves everywhere, the gutters are full",
    "Dean's list announcement is on the uni website next week",
    "Reed diffuser from {brand} smells like a candle shop",
    "Hunter wellies finally on sale",
    "Ivy is taking over the back fence",
    "Lily pads on the pond at {landmark}, so pretty",
    "Ruby anniversary party for the in-laws on {date}",
    "Destiny 2 servers down again",
    "Harmony in the choir was off tonight {emo}",
    "Victory! {team} stay up {tag}",
    "The Red Lion does a great roast on {wday}s",
    "pub quiz at the Crown tonight? {clock}",
    "Queen size duvet from {shop} was {price}",
    "Captain's armband went to the youngest player this season",
    "Doctor's appointment at {clock}, then back to work",
    "Nurse said drink more water lol",
    "Mum and Dad are back from {city} {emo}",
    "Grandad fixed the fence, legend",
    "The Chancellor announced the budget, fuel duty frozen again",
    "Sister act sequel when",
    "{shop} Black Friday deals start {wday}",
    "Lent starts {wday}, giving up chocolate again",
    "Ramadan Mubarak to everyone who's celebrating {emo}",
    "The Boxing Day sales at {shop} are chaos",
    "Happy {hol}! {emo}",
    "{month} payday can't come soon enough",
    "First {wday} of {month}: book club",
    "Sainsbury's meal deal went up to {price}",
    "{product} battery lasts about 6 hours, not the 20 they claim",
    "{product} or {product2}, which should I get?",
    "Top speed 25km/h on the ebike lol",
    "Order #{ordn} was split into two parcels",
    "Your Tesco delivery slot is {clock}-{clock2} {wday}",
    "ticket ref {ref} for the {title} matinee",
    "Seat 14C, carriage D, {clock} from {city}",
    "kick off {clock}, {team} vs {team2}, it's on Sky",
    "Gate B32, boarding {clock}, {flight}",
    "flight {flight} lands {clock}, can someone do the airport run",
    "PIN reset email from {brand}, didn't ask for it, ignoring",
    "my {product} is stuck on {ver} update",
    "npm says {ver} is deprecated",
    "error on line 42: `TypeError: undefined is not a function`",
    "{code} threw a permission error",
    "attached {file} and {file2}",
    "renamed it to {file}, should open now",
    "price went from {price} to {price2} overnight",
    "{score} at full time, {team} through on away goals",
    "pb today: 5k in 24:31 {tag}",
    "{steps} on the {landmark} walk",
    "baked at 180°C for 40 mins, came out flat",
    "1 cup flour, 2 eggs, 250ml milk, pinch of salt",
    "room temp 21°C, humidity 60%",
    "Chapter 12 of {title} is heartbreaking",
    "{title} soundtrack on repeat",
    "quiz answer was {city}, we said {city2} {emo}",
    "anyone been to {city}? thinking {month}",
    "{landmark} was shut for repairs, gutted",
    "saw {landmark} from the plane {emo}",
    "{site} is down for everyone or just me?",
    "{tag} vibes today",
    "{job} signed it off, we're good",
    "applied for {job2} role lol wish me luck",
]

EN_FREE_GENS["ordn"] = lambda r: (f"{r.randint(100000, 999999)}", None)
EN_FREE_GENS["ref"] = lambda r: (
    "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + str(r.randint(1000, 99999)),
    None,
)

ZH_FREE_TEMPLATES += [
    "周末加班，{net}",
    "高铁站人好多，{hol}返程高峰",
    "王牌对王牌今晚更新",
    "张灯结彩，{hol}的气氛有了",
    "黄焖鸡米饭{small}，还行",
    "林荫道上全是落叶",
    "陈年老醋，{brand}买的",
    "金秋十月，{city}最美",
    "白领午餐就吃这个{emo}",
    "马拉松报名成功！全程{dist}",
    "高速堵死了，{clock}还没出城",
    "周边游推荐{spot}",
    "胡萝卜涨价了，{small}一斤",
    "朱红色的门，{spot}拍照打卡",
    "何必呢，算了",
    "罗汉果泡水",
    "宋体还是黑体？PPT字体选哪个",
    "方便面吃完了，谁去{shop}买",
    "石榴熟了",
    "龙井新茶{small}一两",
    "叶子黄了，秋天来了",
    "江南水乡，{city}周边",
    "宝贝们，今晚8点开团",
    "亲，您的订单已发货，{track}",
    "【{company}】尊敬的客户，您本月账单{amt}",
    "【丰巢】您的取件码是{code}，请及时取件",
    "取件码 8-2-{code}，放在快递驿站",
    "{shop}外卖到了，放前台了",
    "{company}年会抽到了{shop}的购物卡",
    "{company}今年不发年终奖了{net}",
    "{role}说{hol}值班表出来了",
    "{role}通知：{date}{clock}消防演习",
    "请各位{role}把报表在{date}前交一下",
    "新来的{role}人挺好",
    "{city}{spot}一日游，{steps}",
    "{spot}门票{small}，学生半价",
    "{mall}的停车费{small}一小时",
    "在{mall}门口等你",
    "{flight}航班取消了，改签到{date}",
    "{train}晚点40分钟{emo}",
    "体温37度2，还好",
    "房子{area}，两室一厅",
    "{show}第二季什么时候出",
    "{game}新赛季开始了",
    "{team}{score}逆转！{net}",
    "{net}，这个瓜太大了",
    "今日份快乐{emo}",
    "积分兑换：{points}换视频会员一个月",
    "{hol}红包发了{amt}",
    "刚刚刚好赶上末班车",
    "天天向上，好好学习",
    "常常想起小时候",
    "明天又是周一{emo}",
    "这周六调休上班，{net}",
    "电费{amt}，空调开太多了",
    "充值{amt}送{points}",
    "优惠券满{amt}减20",
    "App更新到3.2.1了，修了一堆bug",
    "文件名：周报_{date}.docx",
    "把{city}的行程表发群里",
]


EN_FREE_GENS["shop"] = lit(
    [
        "Tesco",
        "Aldi",
        "Lidl",
        "Argos",
        "Primark",
        "Boots",
        "Target",
        "Walmart",
        "Costco",
        "Sainsbury's",
        "Waitrose",
        "Dunelm",
        "Halfords",
        "IKEA",
        "Zara",
        "Currys",
        "B&M",
    ]
)
EN_FREE_GENS["food"] = lit(
    [
        "Greggs",
        "Nando's",
        "Pret",
        "Costa",
        "Starbucks",
        "Chipotle",
        "Deliveroo",
        "Uber Eats",
        "Five Guys",
        "Pizza Express",
        "Taco Bell",
        "Just Eat",
    ]
)
EN_FREE_GENS["dist"] = lambda r: (
    r.choice(
        [
            f"{r.randint(2, 42)}km",
            f"{r.randint(1, 15)} miles",
            f"{r.randint(3, 21)}.{r.randint(1, 9)}k",
        ]
    ),
    None,
)
EN_FREE_GENS["temp"] = lambda r: (
    r.choice([f"{r.randint(-6, 36)}°C", f"{r.randint(18, 104)}°F", f"{r.randint(-3, 33)} degrees"]),
    None,
)
EN_FREE_GENS["weight"] = lambda r: (
    r.choice(
        [
            f"{r.randint(2, 15)}kg",
            f"{r.randint(3, 30)}lbs",
            "half a stone",
            f"{r.randint(1, 3)} stone",
        ]
    ),
    None,
)
ZH_FREE_GENS["shop"] = lit(
    [
        "喜茶",
        "瑞幸",
        "海底捞",
        "名创优品",
        "优衣库",
        "星巴克",
        "肯德基",
        "麦当劳",
        "蜜雪冰城",
        "盒马",
        "沙县小吃",
        "兰州拉面",
        "永辉超市",
        "便利蜂",
        "罗森",
    ]
)
ZH_FREE_GENS["small"] = lambda r: (
    r.choice(
        [
            f"{r.randint(2, 98)}元",
            f"{r.randint(2, 60)}块",
            f"{r.randint(1, 30)}块{r.randint(1, 9)}",
            f"¥{r.randint(1, 99)}.{r.randint(0, 9)}0",
        ]
    ),
    None,
)
ZH_FREE_GENS["dist"] = lambda r: (
    r.choice(
        [
            f"{r.randint(2, 42)}公里",
            f"{r.randint(3, 21)}.{r.randint(1, 9)}公里",
            f"{r.randint(5, 30)}km",
        ]
    ),
    None,
)
ZH_FREE_GENS["temp"] = lambda r: (
    r.choice([f"{r.randint(-15, 40)}度", f"{r.randint(-10, 39)}℃", f"零下{r.randint(1, 25)}度"]),
    None,
)
ZH_FREE_GENS["kg"] = lambda r: (
    r.choice([f"{r.randint(90, 200)}斤", f"{r.randint(45, 100)}公斤"]),
    None,
)
ZH_FREE_GENS["area"] = lambda r: (
    r.choice([f"{r.randint(40, 160)}平米", f"{r.randint(40, 160)}平", f"{r.randint(40, 160)}㎡"]),
    None,
)


def en_post(rec: dict, rng: random.Random) -> dict:
    """Some people type everything in lower case; offsets stay valid (ASCII-safe)."""
    if rng.random() < 0.12:
        low = rec["text"].lower()
        if len(low) == len(rec["text"]):
            rec = {
                "text": low,
                "entities": [dict(e, value=low[e["start"] : e["end"]]) for e in rec["entities"]],
            }
    return rec


def mixed(
    pii: list[str],
    none: list[str],
    gens: dict,
    rng: random.Random,
    total: int,
    none_share: float,
    post=None,
) -> list[dict]:
    n_none = round(total * none_share)
    a = build(pii, gens, total - n_none, rng, post=post)
    b = build(none, gens, n_none, rng, post=post)
    for rec in b:
        assert rec["entities"] == [], rec
    rows = a + b
    rng.shuffle(rows)
    return rows


def generate() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    out["en_pii_labelled.jsonl"] = mixed(
        EN_PII_TEMPLATES, EN_NONE_TEMPLATES, EN_GENS, random.Random(SEED + 1), 400, 0.15, en_post
    )
    out["zh_pii_labelled.jsonl"] = mixed(
        ZH_PII_TEMPLATES, ZH_NONE_TEMPLATES, ZH_GENS, random.Random(SEED + 2), 400, 0.15
    )
    out["en_pii_free_hard.jsonl"] = build(
        EN_FREE_TEMPLATES, EN_FREE_GENS, 400, random.Random(SEED + 3), labelled=False
    )
    out["zh_pii_free_hard.jsonl"] = build(
        ZH_FREE_TEMPLATES, ZH_FREE_GENS, 400, random.Random(SEED + 4), labelled=False
    )
    return out


def counts(rows: list[dict]) -> dict[str, int]:
    c: dict[str, int] = {}
    for r in rows:
        for e in r.get("entities", []):
            c[e["type"]] = c.get(e["type"], 0) + 1
    return dict(sorted(c.items()))


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else HERE
    data = generate()
    for name, rows in data.items():
        write_jsonl(target / name, rows)
        empty = sum(1 for r in rows if not r.get("entities"))
        print(f"{name}: {len(rows)} lines, {empty} without entities, {counts(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
