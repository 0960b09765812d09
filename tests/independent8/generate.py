"""Blind evaluation corpus "corpus8" (stdlib only, deterministic).

Run `python3 generate.py` to (re)write the four JSON-lines files next to this file.
Output depends only on the fixed seeds below: not on TZ, locale, hash seed or date.
"""

from __future__ import annotations

import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
Piece = tuple[str, "str | None"]

# ---------------------------------------------------------------- checksums


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
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def nhs_make(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        digits[0] = rng.randint(4, 9)
        total = sum(d * (10 - i) for i, d in enumerate(digits))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        return "".join(map(str, digits)) + str(check)


def nhs_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    total = sum(x * (10 - i) for i, x in enumerate(d[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == d[9]


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
                "26",
                "31",
                "32",
            ]
        )
        d = [int(c) for c in first] + [rng.randint(0, 9) for _ in range(6)]
        for last in range(10):
            full = [*d, last]
            if (
                3 * (full[0] + full[3] + full[6])
                + 7 * (full[1] + full[4] + full[7])
                + full[2]
                + full[5]
                + full[8]
            ) % 10 == 0:
                return "".join(map(str, full))


def aba_ok(num: str) -> bool:
    f = [int(c) for c in num]
    return (3 * (f[0] + f[3] + f[6]) + 7 * (f[1] + f[4] + f[7]) + f[2] + f[5] + f[8]) % 10 == 0


CN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_ID_CHECK = "10X98765432"


def cn_id_make(rng: random.Random) -> str:
    region = rng.choice(
        [
            "110105",
            "110108",
            "120104",
            "310115",
            "310104",
            "320106",
            "320583",
            "330102",
            "330106",
            "340104",
            "350203",
            "370202",
            "410105",
            "420106",
            "430104",
            "440106",
            "440304",
            "450103",
            "500103",
            "510104",
            "610113",
            "130104",
            "210102",
            "230103",
            "360102",
            "520102",
            "530102",
            "620102",
            "371302",
            "441900",
            "321102",
            "130602",
        ]
    )
    year = rng.randint(1958, 2012)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    seq = f"{rng.randint(1, 999):03d}"
    body = f"{region}{year}{month:02d}{day:02d}{seq}"
    s = sum(int(c) * w for c, w in zip(body, CN_ID_WEIGHTS, strict=False))
    return body + CN_ID_CHECK[s % 11]


def cn_id_ok(num: str) -> bool:
    s = sum(int(c) * w for c, w in zip(num[:17], CN_ID_WEIGHTS, strict=False))
    return CN_ID_CHECK[s % 11] == num[17]


# ---------------------------------------------------------------- assembly

Filler = Callable[[random.Random], "list[Piece]"]
SLOT = re.compile(r"\{([a-z_0-9]+)\}")


def render(template: str, fillers: dict[str, Filler], rng: random.Random) -> list[Piece]:
    pieces: list[Piece] = []
    pos = 0
    for m in SLOT.finditer(template):
        if m.start() > pos:
            pieces.append((template[pos : m.start()], None))
        pieces.extend(fillers[m.group(1)](rng))
        pos = m.end()
    if pos < len(template):
        pieces.append((template[pos:], None))
    return pieces


def to_record(pieces: list[Piece]) -> dict[str, object]:
    text = ""
    ents: list[dict[str, object]] = []
    for chunk, typ in pieces:
        if typ is not None:
            ents.append(
                {"type": typ, "start": len(text), "end": len(text) + len(chunk), "value": chunk}
            )
        text += chunk
    return {"text": text, "entities": ents}


def one(value: str, typ: str | None = None) -> list[Piece]:
    return [(value, typ)]


# ================================================================ ENGLISH pools

EN_FIRST = [
    "Aisha",
    "Callum",
    "Siobhan",
    "Declan",
    "Priya",
    "Tariq",
    "Megan",
    "Kieran",
    "Niamh",
    "Oluwaseun",
    "Freya",
    "Rhys",
    "Imogen",
    "Bethany",
    "Jamal",
    "Keisha",
    "Tyler",
    "Brianna",
    "Dakota",
    "Mateo",
    "Sofia",
    "Xavier",
    "Lakshmi",
    "Hamza",
    "Zainab",
    "Ewan",
    "Morag",
    "Fergus",
    "Ciaran",
    "Gemma",
    "Stacey",
    "Darren",
    "Kerry",
    "Lindsay",
    "Bradley",
    "Courtney",
    "Harvey",
    "Alfie",
    "Poppy",
    "Isla",
    "Rory",
    "Zach",
    "Kayla",
    "Destiny",
    "Marisol",
    "Tomasz",
    "Agnieszka",
    "Bogdan",
    "Ioana",
    "Yusuf",
    "Amara",
    "Chidi",
    "Ngozi",
    "Femi",
    "Kwame",
    "Abena",
    "Connor",
    "Shannon",
    "Leanne",
    "Craig",
    "Gareth",
    "Bronwen",
    "Dylan",
    "Carys",
    "Owain",
    "Eilidh",
    "Hamish",
    "Catriona",
    "Fraser",
    "Ailsa",
    "Deshawn",
    "Latoya",
    "Tremaine",
    "Shanice",
    "Marcus",
    "Jasmine",
    "Trevor",
    "Crystal",
    "Dustin",
    "Brittany",
    "Cody",
    "Amber",
    "Hunter",
    "Savannah",
    "Colton",
    "Mackenzie",
    "Ravi",
    "Anjali",
    "Sunil",
    "Deepa",
    "Arjun",
    "Nisha",
    "Kamran",
    "Sana",
    "Bilal",
    "Farah",
    "Imran",
    "Noor",
    "Luca",
    "Giulia",
    "Pedro",
    "Camila",
    "Diego",
    "Valentina",
    "Joaquin",
    "Ximena",
    "Nikos",
    "Eleni",
    "Dmitri",
    "Oksana",
    "Lars",
    "Ingrid",
    "Hannah",
    "Olivia",
    "Charlotte",
    "Amelia",
    "Oscar",
    "Theo",
    "Archie",
    "Finley",
    "Elliot",
    "Phoebe",
    "Harriet",
    "Lottie",
    "Seb",
    "Hugo",
    "Kofi",
    "Efua",
    "Tunde",
    "Bisi",
    "Yemi",
    "Precious",
    "Blessing",
    "Graham",
    "Malcolm",
    "Sheila",
    "Maureen",
    "Brenda",
    "Derek",
    "Nigel",
    "Trish",
    "Mandy",
    "Kelsey",
    "Jared",
    "Caleb",
    "Madison",
    "Logan",
    "Brooke",
    "Wyatt",
    "Kaylee",
    "Maddox",
    "Serena",
    "Quentin",
    "Orla",
]

EN_LAST = [
    "Patel",
    "Okafor",
    "Hargreaves",
    "Whitfield",
    "McAllister",
    "Nguyen",
    "Kowalski",
    "Adeyemi",
    "Fitzgerald",
    "Sutherland",
    "Blackwood",
    "Ramirez",
    "O'Connell",
    "Thornton",
    "Brennan",
    "Achebe",
    "Mensah",
    "Chaudhry",
    "Hussain",
    "Begum",
    "Lewandowski",
    "Pritchard",
    "Llewellyn",
    "Macdonald",
    "Ferguson",
    "Castellano",
    "Delgado",
    "Washington",
    "Jefferson-Hale",
    "Kimura",
    "Tanaka",
    "Rossi",
    "Bianchi",
    "Novak",
    "Horvath",
    "Petrov",
    "Ivanova",
    "Lindqvist",
    "Johansson",
    "Abernathy",
    "Calloway",
    "Dempsey",
    "Holloway",
    "Kingsley",
    "Ashworth",
    "Pemberton",
    "Radcliffe",
    "Stainforth",
    "Oyelaran",
    "Nwosu",
    "Boateng",
    "Asante",
    "Quigley",
    "Donnelly",
    "Gallagher",
    "Reilly",
    "Kavanagh",
    "Doherty",
    "Hughes",
    "Evans",
    "Jenkins",
    "Morgan",
    "Bevan",
    "Pryce",
    "Ahmed",
    "Siddiqui",
    "Malik",
    "Rahman",
    "Iqbal",
    "Sharma",
    "Verma",
    "Gupta",
    "Mehta",
    "Desai",
    "Kapoor",
    "Fernandes",
    "Almeida",
    "Santos",
    "Oliveira",
    "Herrera",
    "Montoya",
    "Castillo",
    "Vargas",
    "Whitaker",
    "Sinclair",
    "Hadley",
    "Faulkner",
    "Crowther",
    "Pickering",
    "Gascoigne-Bell",
    "Ellison",
    "Mayhew",
    "Carrington",
    "Bancroft",
    "Greenhalgh",
    "Ormerod",
    "Tiernan",
    "Rafferty",
    "Mulligan",
    "Szymanski",
    "Wozniak",
]

EN_NICK = [
    "Gaz",
    "Dazza",
    "Shaz",
    "Jonno",
    "Robbo",
    "Mags",
    "Bex",
    "Tash",
    "Kez",
    "Lozza",
    "Jimbo",
    "Sully",
    "Deano",
    "Stevo",
    "Nicky",
    "Benji",
    "Lexi",
    "Mo",
    "Ty",
    "Jojo",
    "Bubba",
    "Smudge",
    "Tommo",
    "Fitzy",
    "Wilko",
    "Macca",
    "Jonesy",
    "Titch",
    "Bazza",
    "Chaz",
    "Feli",
    "Rach",
    "Abs",
    "Millie",
    "Dom",
    "Frankie",
    "Jazzy",
    "Teddy",
    "Kenny",
    "Trace",
]

EN_TITLE = [
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
    "Officer",
]

UK_TOWNS = [
    ("Leeds", "LS6 2AB"),
    ("Sheffield", "S10 3GH"),
    ("Bristol", "BS7 8LT"),
    ("Cardiff", "CF24 4HQ"),
    ("Glasgow", "G12 8QQ"),
    ("Norwich", "NR2 3DX"),
    ("Leicester", "LE2 1TP"),
    ("Plymouth", "PL4 6EB"),
    ("Derby", "DE22 3RF"),
    ("Swansea", "SA1 6JX"),
    ("Reading", "RG1 5AW"),
    ("York", "YO31 7DE"),
    ("Stockport", "SK4 2NL"),
    ("Bolton", "BL1 4QR"),
    ("Aberdeen", "AB24 3FX"),
    ("Exeter", "EX4 4PZ"),
    ("Coventry", "CV5 6GN"),
    ("Luton", "LU2 7HS"),
    ("Sunderland", "SR2 8JT"),
    ("Belfast", "BT9 5BN"),
    ("Hove", "BN3 1LR"),
    ("Croydon", "CR0 2UQ"),
    ("Walthamstow, London", "E17 4PA"),
    ("Hackney, London", "E8 3DL"),
    ("Peckham, London", "SE15 5HY"),
    ("Wigan", "WN1 2SB"),
    ("Dundee", "DD1 4HN"),
    ("Cheltenham", "GL50 2RJ"),
]
UK_STREETS = """Carlton Road|Hazel Grove|Whitworth Street|Cavendish Avenue|Ashfield Close|Marlborough Terrace|
Quarry Lane|Foxglove Way|Bramley Crescent|Station Road|Kingfisher Drive|Penrose Gardens|Albion Street|
Beechwood Mews|Tollgate Court|Orchard Rise|Wellington Parade|Thistle Walk|Millbrook Lane|Lavender Hill|
Elm Tree Row|Granville Place|Copperfield Road|Heron Wharf|Larkspur Avenue|Saxon Way""".replace(
    "\n", ""
).split("|")

US_PLACES = [
    ("Columbus", "OH", "43215"),
    ("Tucson", "AZ", "85719"),
    ("Albany", "NY", "12203"),
    ("Raleigh", "NC", "27605"),
    ("Boise", "ID", "83702"),
    ("Omaha", "NE", "68131"),
    ("Spokane", "WA", "99201"),
    ("Savannah", "GA", "31401"),
    ("Dayton", "OH", "45402"),
    ("Madison", "WI", "53703"),
    ("Fresno", "CA", "93721"),
    ("Tulsa", "OK", "74103"),
    ("Burlington", "VT", "05401"),
    ("Knoxville", "TN", "37916"),
    ("Eugene", "OR", "97401"),
    ("Lubbock", "TX", "79401"),
    ("Brooklyn", "NY", "11216"),
    ("Oakland", "CA", "94610"),
    ("Evanston", "IL", "60201"),
    ("Pittsburgh", "PA", "15213"),
    ("Ann Arbor", "MI", "48104"),
    ("Durham", "NC", "27701"),
    ("Baton Rouge", "LA", "70802"),
    ("Provo", "UT", "84601"),
]
US_STREETS = """Maple Ave|Oak Street|Sycamore Dr|W 34th St|Birchwood Ln|Cedar Ridge Rd|E Jefferson Blvd|
Linden Ct|Pinecrest Way|N Prospect St|Magnolia Terrace|Willow Bend Dr|Hawthorne Pl|S 5th Ave|Riverside Dr|
Chestnut Hill Rd|Lakeview Ave|Dogwood Trl|Summit St|Bluebonnet Ln|Kensington Ave|Fairmount Rd""".replace(
    "\n", ""
).split("|")

EMOJI = [
    "😂",
    "🙏",
    "👍",
    "😅",
    "❤️",
    "🥲",
    "🙄",
    "💸",
    "📦",
    "🤞",
    "😬",
    "🎉",
    "xx",
    "x",
    "lol",
    "ta",
    "cheers",
    "!!",
    "??",
    "",
]


def f_first(rng: random.Random) -> list[Piece]:
    n = rng.choice(EN_FIRST)
    if rng.random() < 0.25:
        n = n.lower()
    return one(n, "PERSON")


def f_first_plain(rng: random.Random) -> list[Piece]:
    return one(rng.choice(EN_FIRST), "PERSON")


def f_full(rng: random.Random) -> list[Piece]:
    n = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
    if rng.random() < 0.2:
        n = n.lower()
    return one(n, "PERSON")


def f_nick(rng: random.Random) -> list[Piece]:
    n = rng.choice(EN_NICK)
    return one(n.lower() if rng.random() < 0.3 else n, "PERSON")


def f_titled(rng: random.Random) -> list[Piece]:
    return [(rng.choice(EN_TITLE) + " ", None), (rng.choice(EN_LAST), "PERSON")]


def f_anyname(rng: random.Random) -> list[Piece]:
    return rng.choice([f_first, f_full, f_nick, f_first_plain])(rng)


def f_ukmob(rng: random.Random) -> list[Piece]:
    tail = f"{rng.randint(0, 999):03d}"
    shape = rng.choice(
        [
            "07700 900{t}",
            "07700900{t}",
            "+44 7700 900{t}",
            "+447700900{t}",
            "07700-900-{t}",
            "(07700) 900 {t}",
            "0044 7700 900{t}",
        ]
    )
    return one(shape.format(t=tail), "PHONE_NUMBER")


def f_ukland(rng: random.Random) -> list[Piece]:
    tail = f"{rng.randint(0, 999):03d}"
    shape = rng.choice(
        [
            "020 7946 0{t}",
            "0113 496 0{t}",
            "0161 496 0{t}",
            "0117 496 0{t}",
            "0131 496 0{t}",
            "028 9018 0{t}",
            "01632 960{t}",
            "+44 20 7946 0{t}",
        ]
    )
    return one(shape.format(t=tail), "PHONE_NUMBER")


def f_usph(rng: random.Random) -> list[Piece]:
    area = rng.choice(
        [
            "212",
            "415",
            "617",
            "312",
            "206",
            "512",
            "303",
            "404",
            "702",
            "919",
            "614",
            "503",
            "801",
            "313",
        ]
    )
    tail = f"01{rng.randint(0, 99):02d}"
    shape = rng.choice(
        [
            "({a}) 555-{t}",
            "{a}-555-{t}",
            "{a}.555.{t}",
            "+1 {a} 555 {t}",
            "1-{a}-555-{t}",
            "{a} 555 {t}",
            "+1 ({a}) 555-{t}",
            "{a}555{t}",
        ]
    )
    return one(shape.format(a=area, t=tail), "PHONE_NUMBER")


def f_phone(rng: random.Random) -> list[Piece]:
    return rng.choice([f_ukmob, f_ukmob, f_ukland, f_usph, f_usph])(rng)


def f_email(rng: random.Random) -> list[Piece]:
    fi, la = rng.choice(EN_FIRST).lower(), rng.choice(EN_LAST).lower().replace("'", "")
    local = rng.choice(
        [
            f"{fi}.{la}",
            f"{fi}{la[0]}{rng.randint(1, 99)}",
            f"{fi[0]}{la}",
            f"{la}.{fi}{rng.randint(70, 99)}",
            f"{fi}_{la}",
            f"{fi}.{la}+orders",
            f"the.real.{fi}",
            f"{fi}{rng.randint(1980, 2005)}",
            f"{la}-family",
        ]
    )
    dom = rng.choice(
        [
            "example.com",
            "example.org",
            "example.net",
            "mail.example.com",
            "example.co.uk",
            "post.example.org",
        ]
    )
    e = f"{local}@{dom}"
    if rng.random() < 0.1:
        e = e.upper()
    return one(e, "EMAIL_ADDRESS")


def f_ukaddr(rng: random.Random) -> list[Piece]:
    town, pc = rng.choice(UK_TOWNS)
    st = rng.choice(UK_STREETS)
    num = rng.randint(1, 212)
    shape = rng.choice(
        [
            "{n} {s}, {t} {p}",
            "Flat {f}, {n} {s}, {t}, {p}",
            "{n} {s} {t} {p}",
            "flat {f} {n} {s} {t} {p}",
            "{n}{l} {s}, {t}, {p}",
            "{n} {s}\n{t}\n{p}",
            "{n} {s}, {t}. {p}",
        ]
    )
    a = shape.format(n=num, s=st, t=town, p=pc, f=rng.randint(1, 14), l=rng.choice("ab"))
    if rng.random() < 0.3:
        a = a.lower()
    return one(a, "LOCATION")


def f_usaddr(rng: random.Random) -> list[Piece]:
    city, stt, z = rng.choice(US_PLACES)
    st = rng.choice(US_STREETS)
    num = rng.randint(10, 9870)
    shape = rng.choice(
        [
            "{n} {s}, {c}, {st} {z}",
            "{n} {s} Apt {u}, {c}, {st} {z}",
            "{n} {s} #{u} {c} {st} {z}",
            "{n} {s}, Unit {u}, {c} {st} {z}",
            "{n} {s}, {c} {st}",
            "{n} {s} {c} {st} {z}",
        ]
    )
    a = shape.format(
        n=num, s=st, c=city, st=stt, z=z, u=rng.choice(["2B", "5", "12C", "301", "4F", "1A"])
    )
    if rng.random() < 0.25:
        a = a.lower()
    return one(a, "LOCATION")


def f_addr(rng: random.Random) -> list[Piece]:
    return rng.choice([f_ukaddr, f_usaddr])(rng)


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def f_nino(rng: random.Random) -> list[Piece]:
    while True:
        pre = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if pre not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    d = "".join(rng.choice(string.digits) for _ in range(6))
    suf = rng.choice("ABCD")
    shape = rng.choice(
        ["{p} {a} {b} {c} {s}", "{p}{a}{b}{c}{s}", "{p}{a}{b}{c} {s}", "{p}-{a}-{b}-{c}-{s}"]
    )
    v = shape.format(p=pre, a=d[:2], b=d[2:4], c=d[4:], s=suf)
    return one(v.lower() if rng.random() < 0.15 else v, "UK_NINO")


def f_nhs(rng: random.Random) -> list[Piece]:
    n = nhs_make(rng)
    shape = rng.choice(["{a} {b} {c}", "{a}{b}{c}", "{a}-{b}-{c}"])
    return one(shape.format(a=n[:3], b=n[3:6], c=n[6:]), "UK_NHS")


def f_ukpass(rng: random.Random) -> list[Piece]:
    n = f"{rng.randint(1, 9)}{rng.randint(0, 99999999):08d}"
    return one(n, "UK_PASSPORT")


def f_ukdl(rng: random.Random) -> list[Piece]:
    sur = re.sub(r"[^A-Z]", "", rng.choice(EN_LAST).upper())[:5].ljust(5, "9")
    yy = rng.randint(55, 99)
    mm = rng.randint(1, 12) + (50 if rng.random() < 0.5 else 0)
    dd = rng.randint(1, 28)
    ini = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase + "9")
    v = f"{sur}{yy // 10}{mm:02d}{dd:02d}{yy % 10}{ini}9{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"
    if rng.random() < 0.3:
        v = f"{v[:5]} {v[5:11]} {v[11:13]}{v[13:]}"
    return one(v, "UK_DRIVING_LICENCE")


def f_ssn(rng: random.Random) -> list[Piece]:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    shape = rng.choice(
        ["{a:03d}-{g:02d}-{s:04d}", "{a:03d} {g:02d} {s:04d}", "{a:03d}{g:02d}{s:04d}"]
    )
    return one(shape.format(a=a, g=g, s=s), "US_SSN")


def f_itin(rng: random.Random) -> list[Piece]:
    g = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    v = f"9{rng.randint(0, 99):02d}-{g}-{rng.randint(0, 9999):04d}"
    if rng.random() < 0.3:
        v = v.replace("-", " ")
    return one(v, "US_ITIN")


def f_uspass(rng: random.Random) -> list[Piece]:
    if rng.random() < 0.5:
        v = f"{rng.randint(1, 9)}{rng.randint(0, 99999999):08d}"
    else:
        v = f"{rng.choice('ACEFHJKLMNPRSTWXZ')}{rng.randint(0, 99999999):08d}"
    return one(v, "US_PASSPORT")


def f_usdl(rng: random.Random) -> list[Piece]:
    kind = rng.randint(0, 5)
    L = string.ascii_uppercase
    if kind == 0:  # California-like
        v = rng.choice(L) + f"{rng.randint(0, 9999999):07d}"
    elif kind == 1:  # Florida-like
        d = f"{rng.randint(0, 10**12 - 1):012d}"
        v = f"{rng.choice(L)}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
    elif kind == 2:  # New York-like
        d = f"{rng.randint(0, 999999999):09d}"
        v = f"{d[:3]} {d[3:6]} {d[6:]}"
    elif kind == 3:  # Illinois-like
        d = f"{rng.randint(0, 10**11 - 1):011d}"
        v = f"{rng.choice(L)}{d[:3]}-{d[3:7]}-{d[7:]}"
    elif kind == 4:  # Texas-like
        v = f"{rng.randint(10000000, 49999999)}"
    else:  # Washington (legacy)
        v = (
            "".join(rng.choice(L) for _ in range(5))
            + "*"
            + "".join(rng.choice(L + string.digits) for _ in range(6))
        )
        v = (
            "WDL" + "".join(rng.choice(L + string.digits) for _ in range(9))
            if rng.random() < 0.5
            else v
        )
    return one(v, "US_DRIVER_LICENSE")


def f_card(rng: random.Random) -> list[Piece]:
    kind = rng.randint(0, 3)
    if kind == 0:
        n = luhn_complete("4", 16, rng)
    elif kind == 1:
        n = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng)
    elif kind == 2:
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        shape = rng.choice(["{a} {b} {c}", "{a}-{b}-{c}", "{a}{b}{c}"])
        return one(shape.format(a=n[:4], b=n[4:10], c=n[10:]), "CREDIT_CARD")
    else:
        n = luhn_complete(rng.choice(["6011", "65"]), 16, rng)
    g = [n[i : i + 4] for i in range(0, 16, 4)]
    sep = rng.choice([" ", "-", "", " "])
    return one(sep.join(g), "CREDIT_CARD")


def f_iban(rng: random.Random) -> list[Piece]:
    c = rng.choice(["GB", "GB", "GB", "DE", "IE", "FR", "NL", "ES"])
    d = string.digits
    if c == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"]) + "".join(
            rng.choice(d) for _ in range(14)
        )
    elif c == "DE":
        bban = "".join(rng.choice(d) for _ in range(18))
    elif c == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + "".join(rng.choice(d) for _ in range(14))
    elif c == "FR":
        bban = "".join(rng.choice(d) for _ in range(23))
    elif c == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + "".join(rng.choice(d) for _ in range(10))
    else:
        bban = "".join(rng.choice(d) for _ in range(20))
    iban = iban_make(c, bban)
    if rng.random() < 0.6:
        iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return one(iban, "IBAN_CODE")


def f_sortacc(rng: random.Random) -> list[Piece]:
    sc = f"{rng.randint(10, 99)}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"
    if rng.random() < 0.3:
        sc = sc.replace("-", " " if rng.random() < 0.5 else "")
    acc = f"{rng.randint(10000000, 99999999)}"
    mid = rng.choice([" ", " acc ", ", account no. ", " / ", " a/c ", "\naccount: ", " - "])
    lead = rng.choice(["sort code ", "sc ", "s/c: ", "Sort Code: ", ""])
    return [(lead, None), (sc, "BANK_ACCOUNT"), (mid, None), (acc, "BANK_ACCOUNT")]


def f_routacc(rng: random.Random) -> list[Piece]:
    r = aba_make(rng)
    acc = str(rng.randint(10**7, 10**12))
    lead = rng.choice(["routing ", "Routing #", "ABA ", "rtn: ", "routing number "])
    mid = rng.choice([" acct ", ", account ", " / ", "  acct#", " checking "])
    return [(lead, None), (r, "BANK_ACCOUNT"), (mid, None), (acc, "BANK_ACCOUNT")]


def f_ukplate(rng: random.Random) -> list[Piece]:
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    v = f"{rng.choice(L)}{rng.choice(L)}{rng.randint(51, 74) if rng.random() < 0.5 else rng.randint(2, 24):02d} {''.join(rng.choice(L) for _ in range(3))}"
    if rng.random() < 0.3:
        v = v.replace(" ", "")
    return one(v.lower() if rng.random() < 0.15 else v, "LICENSE_PLATE")


def f_usplate(rng: random.Random) -> list[Piece]:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    k = rng.randint(0, 2)
    if k == 0:
        v = f"{rng.randint(4, 9)}{''.join(rng.choice(L) for _ in range(3))}{rng.randint(100, 999)}"
    elif k == 1:
        v = f"{''.join(rng.choice(L) for _ in range(3))}-{rng.randint(1000, 9999)}"
    else:
        v = f"{''.join(rng.choice(L) for _ in range(3))} {rng.randint(100, 999)}"
    return one(v, "LICENSE_PLATE")


def f_plate(rng: random.Random) -> list[Piece]:
    return rng.choice([f_ukplate, f_usplate])(rng)


HANDLE_PARTS_A = [
    "crumpet",
    "moss",
    "velvet",
    "rusty",
    "biscuit",
    "neon",
    "quiet",
    "salty",
    "midnight",
    "lazy",
    "cosmic",
    "pickled",
    "frosty",
    "wonky",
    "mango",
    "dusty",
    "tiny",
    "sleepy",
    "brave",
    "lunar",
    "copper",
    "hollow",
    "pixel",
    "scrappy",
    "gravy",
    "thistle",
    "kettle",
]
HANDLE_PARTS_B = [
    "wizard",
    "fox",
    "otter",
    "goblin",
    "panda_",
    "raven",
    "toast",
    "gremlin",
    "moth",
    "badger",
    "spud",
    "heron",
    "noodle",
    "wombat",
    "lynx",
    "puffin",
    "yeti",
    "ferret",
    "beans",
    "kraken",
]


def handle_text(rng: random.Random) -> str:
    k = rng.randint(0, 4)
    if k == 0:
        return f"{rng.choice(HANDLE_PARTS_A)}_{rng.choice(HANDLE_PARTS_B).strip('_')}{rng.randint(1, 999)}"
    if k == 1:
        return f"{rng.choice(EN_FIRST).lower()}.{rng.choice(EN_LAST).lower().replace(chr(39), '')[:4]}{rng.randint(0, 99)}"
    if k == 2:
        return f"{rng.choice(HANDLE_PARTS_A)}{rng.choice(HANDLE_PARTS_B).strip('_').capitalize()}"
    if k == 3:
        return f"the_{rng.choice(HANDLE_PARTS_B).strip('_')}_{rng.choice(['uk', 'nyc', 'ldn', 'atx', 'mcr', 'pdx'])}"
    return f"{rng.choice(EN_FIRST).lower()}{rng.choice(['xo', 'bakes', 'lifts', 'reads', 'draws', 'runs'])}{rng.randint(2, 99)}"


def f_handle(rng: random.Random) -> list[Piece]:
    return one("@" + handle_text(rng), "USERNAME")


def f_reddit(rng: random.Random) -> list[Piece]:
    return one("u/" + handle_text(rng), "USERNAME")


def f_gamertag(rng: random.Random) -> list[Piece]:
    base = (
        rng.choice(HANDLE_PARTS_A).capitalize() + rng.choice(HANDLE_PARTS_B).strip("_").capitalize()
    )
    k = rng.randint(0, 3)
    v = [f"xX{base}Xx", f"{base}{rng.randint(1, 9999)}", f"{base.upper()}_TTV", f"Its{base}"][k]
    return one(v, "USERNAME")


def f_url(rng: random.Random) -> list[Piece]:
    h = handle_text(rng)
    fi, la = rng.choice(EN_FIRST).lower(), rng.choice(EN_LAST).lower().replace("'", "")
    v = rng.choice(
        [
            f"https://www.instagram.com/{h}/",
            f"instagram.com/{h}",
            f"https://www.linkedin.com/in/{fi}-{la}-{rng.randint(10, 99)}a{rng.randint(1, 9)}",
            f"linkedin.com/in/{fi}{la}",
            f"https://www.facebook.com/{fi}.{la}.{rng.randint(1, 99)}",
            f"https://www.tiktok.com/@{h}",
            f"https://github.com/{h.replace('.', '-')}",
            f"https://{fi}{la}.example.com",
            f"www.{fi}-{la}.example.net/about",
            f"https://x.com/{h.replace('.', '_')}",
            f"https://www.strava.com/athletes/{rng.randint(1000000, 99999999)}",
        ]
    )
    return one(v, "URL")


def f_ip(rng: random.Random) -> list[Piece]:
    v = rng.choice(
        [
            f"192.0.2.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"203.0.113.{rng.randint(1, 254)}",
            f"2001:db8::{rng.randint(1, 0xFFFF):x}",
            f"2001:db8:{rng.randint(1, 0xFFF):x}:{rng.randint(1, 0xFFF):x}::{rng.randint(1, 99)}",
        ]
    )
    return one(v, "IP_ADDRESS")


# plain (unlabelled) fillers for variety
def f_price(rng: random.Random) -> list[Piece]:
    return one(
        rng.choice(["£", "$", "£", "$"])
        + rng.choice([str(rng.randint(3, 400)), f"{rng.randint(1, 90)}.{rng.randint(0, 99):02d}"])
    )


def f_day(rng: random.Random) -> list[Piece]:
    return one(
        rng.choice(
            [
                "monday",
                "Tuesday",
                "weds",
                "thurs",
                "Friday",
                "sat",
                "Sunday",
                "tmrw",
                "tonight",
                "next week",
                "the 14th",
                "after 6",
            ]
        )
    )


def f_thing(rng: random.Random) -> list[Piece]:
    return one(
        rng.choice(
            [
                "the sofa",
                "ur bike",
                "the pram",
                "the cot",
                "the parcel",
                "my charger",
                "the tent",
                "the ps5",
                "the spare keys",
                "the bread maker",
                "that lamp",
                "the dog crate",
                "a bag of clothes",
                "the air fryer",
                "the football boots",
                "the camping chairs",
            ]
        )
    )


def f_emo(rng: random.Random) -> list[Piece]:
    e = rng.choice(EMOJI)
    return one((" " + e) if e else "")


EN_FILL: dict[str, Filler] = {
    "first": f_first,
    "firstp": f_first_plain,
    "full": f_full,
    "nick": f_nick,
    "titled": f_titled,
    "name": f_anyname,
    "ukmob": f_ukmob,
    "ukland": f_ukland,
    "usph": f_usph,
    "phone": f_phone,
    "email": f_email,
    "ukaddr": f_ukaddr,
    "usaddr": f_usaddr,
    "addr": f_addr,
    "nino": f_nino,
    "nhs": f_nhs,
    "ukpass": f_ukpass,
    "ukdl": f_ukdl,
    "ssn": f_ssn,
    "itin": f_itin,
    "uspass": f_uspass,
    "usdl": f_usdl,
    "card": f_card,
    "iban": f_iban,
    "sortacc": f_sortacc,
    "routacc": f_routacc,
    "ukplate": f_ukplate,
    "usplate": f_usplate,
    "plate": f_plate,
    "handle": f_handle,
    "reddit": f_reddit,
    "gamertag": f_gamertag,
    "url": f_url,
    "ip": f_ip,
    "price": f_price,
    "day": f_day,
    "thing": f_thing,
    "e": f_emo,
}

EN_TEMPLATES = r"""
{first} can u ring me on {ukmob} when ur outside{e}
hiya its {first}, new number {phone} save it pls{e}
{full} sent you {price} for {thing}
thanks {first}! 🍕 {price} for the takeaway
rent for march - {full}{e}
pls send the deposit to {sortacc} ref flat 3{e}
lol {nick} you absolute muppet{e}
omg {first} and {first} are finally dating??{e}
parcel left with neighbour at {ukaddr}{e}
Your driver {firstp} is on the way, reg {ukplate}{e}
Delivery to: {usaddr}. Leave by the side gate
Hi {titled}, my NI number is {nino} as requested.
NHS no {nhs} - appt moved to {day}
my nhs number is {nhs} if the pharmacy asks{e}
passport no. {ukpass} exp 2031, name {full}
Dear {titled}, please find my driving licence number {ukdl} for the hire car.
licence: {ukdl}
SSN {ssn} - for the W-9 form, thx
hey can u fill in my ssn on the lease app its {ssn}{e}
my ITIN is {itin}, the tax lady needs it by {day}
US passport {uspass} ({full}), flying out {day}
DL# {usdl} - {full}, DOB on file
card ending... actually full card {card} exp 09/28 lmk if it goes thru
use my card {card} for the tickets{e}
IBAN {iban}, name {full}, ref wedding gift 💍
{full}\n{iban}\nthanks for sorting!!
wire it to {routacc} under {full}
direct deposit form: {routacc}, employee {full}
hey can u venmo me or just do ach — {routacc}
payroll changed my bank, new details {routacc}{e}
for the zelle fail: {routacc} ({full})
{reddit} stop stealing my memes{e}
follow me on ig {handle} x
add me on xbox: {gamertag}{e}
psn is {gamertag} if anyone wants to squad up
my profile {url} - would love a referral{e}
here's my insta {url}{e}
logged in from {ip} at 3am?? wasn't me{e}
new login from IP {ip} (Firefox, Windows){e}
email me at {email} with the invoice
{email} is my new email, the old one got hacked{e}
contact: {full} / {phone} / {email}
{first}: running late, tell {first} im 10 mins away{e}
{first} {e}
{first} did u take {thing}
happy birthday {first}!!! 🎂🎉
Paid {full} {price} - gym kit
Transfer to {full} ref {first} birthday
venmo {handle} {price} for brunch{e}
cashapp me at {handle}, {price} for the tickets
"{first} says hi" - mum
{nick} u coming to the pub or what
{nick} and {first} are both bringing dips
miss u {nick} ❤️
Morning {titled}, the boiler man says he'll come {day}. His number is {ukland}.
{titled} from school rang, call back on {ukland}
dr surgery: ask for {titled}, {ukland}
tell {first} the plumber is {full}, {phone}
Call {first} on {usph} re the car
my address is {addr}, send the invite there{e}
new address!! {ukaddr} come visit{e}
ship to {usaddr} pls, not the old place
Collection from {ukaddr} between 9-1
Left at front door - {usaddr}. Photo attached.
{first} lives at {ukaddr} now fyi
moving out of {usaddr} on the 30th, forwarding to {usaddr}
the van reg is {plate}, it's blocking my drive again{e}
some idiot in {plate} just cut me up on the m6{e}
parked next to a silver corsa {ukplate}, by the trolleys
uber: {firstp} in a grey Prius {usplate}
{full} ({email}) wants to join the book club
cc {email} and {email} on this pls
fwd: from {full} <{email}>
re: viewing — {first}, {ukmob}, free {day}
selling {thing} {price} ono, text {ukmob}
FREE {thing}, collection only from {ukaddr}, msg {first}
lost cat! answers to Biscuit. call {phone} or {phone}
My NINO: {nino}\nSort code/acc: {sortacc}
name: {full}\nni: {nino}\nphone: {ukmob}
Name {full} | NHS {nhs} | DOB 04/11/1987
patient {full}, nhs no. {nhs}, allergic to penicillin
{full}, passport {ukpass}, nationality British
applicant: {full}\nSSN: {ssn}\nphone: {usph}
hi {titled} i'm {first}'s mom, my cell is {usph}
Hey {first} it's {first} from the dentist's office, call us at {usph}
coach says {first} and {first} need to bring shin pads {day}
{first} {first} and {first} r all coming saturday{e}
ok {first} 👍
thx {nick}{e}
sorry {first} i cant make it {day}{e}
{first}, did you get my email from {email}?
refund sent to card {card}, allow 3-5 days
Card: {card}\nExp: 11/27\nName: {full}
{first} ur DL number is {usdl} right? need it for the rental
Moving house form: {full}, {ukaddr}, NI {nino}
pls don't share but my SSN is {ssn} and my address is {usaddr}
{handle} you were right about the pub quiz{e}
tagging {handle} and {handle} bc you'd love this
shoutout to {handle} for the photos 📸
DM {handle} for the link
gt: {gamertag} — invite me
streaming tonight as {gamertag} on twitch{e}
{reddit} thanks for the tip, worked a treat
server logs show {ip} hammering the login page
my home ip is {ip}, whitelist it pls
portfolio: {url}
{full} - {url}
find me at {url} or {email}
{first} gave me ur number, {phone}? it's about the flat
{first} here! my bank is {iban} for the holiday split
send {price} to {full}, {sortacc}
ITIN {itin}, name {full}, for the refund claim
{titled}'s class, contact {email}
ref: {first} football subs {price}
from {first} w love xx
{first} x {first} 4ever
{nick} owes me {price} for petrol lol
renewing my passport, old number {uspass}, ugh the wait times
visa form wants passport # {uspass} and issue date
got pulled over, cop wrote down my license {usdl} and plate {usplate}
rental desk: license no. {usdl} ({full})
my drivers license # is {usdl} if u need it for the insurance
add driver: {full}, DL {usdl}
linktree is dead, use {url}
{first}'s new site {url} looks amazing{e}
strava: {url} — follow for the run club
github {url} if anyone wants the script
uk licence {ukdl} and passport {ukpass} for the right-to-work check
{titled} asked for my NI no. again: {nino}
hmrc letter says ni {nino}, is that right??
nhs: {nhs} | gp: {titled}
card {card} got declined at {thing} shop?? weird
pay me back whenever: {iban} ({first})
HMPO says passport {ukpass} is being posted back to {ukaddr}
{first} ur passport number is {ukpass} — I wrote it on the fridge for the holiday form
{first} pls stop leaving ur bike in the hallway
{first} u absolute legend, thank u for the soup{e}
{first} said the same thing lmaooo
ask {first}, she knows the wifi password
Kind regards,\n{full}\nMob: {ukmob}
Best,\n{full}\n{usph} | {email}
Thanks so much,\n{first}\nSent from my iPhone
Sent on behalf of {titled} - any queries to {email}
Is this still available? I can collect {day}. {first}
Hi, is the {thing} still for sale? my number {phone}
Marketplace: {full} wants to buy {thing}, offering {price}
pickup from {usaddr} after 5pm, ring the bell
Driver note: gate code 4471, flat is round the back. {ukaddr}
Amazon: delivered to {ukaddr}, handed to resident
USPS: left at {usaddr} (front porch)
Evri couldn't deliver to {ukaddr}, card left
Monzo: {full} paid you {price} - "pizza + wine 🍷"
PayPal payment from {full} ({email}) - {price}
Zelle from {full}: "rent + utilities"
Venmo to {handle}: "🍔🍟 thanks for lunch"
split for the cabin: me, {first}, {first}, {nick}. {price} each
school group: {titled} says reading books back by {day}{e}
Hi all, {first}'s mum here - can someone share the spelling list?
Reminder from {titled}: forms to {email} by {day}
whoever has {first}'s jumper pls bring it back lol
{nick}!!! long time no see
{first} {first} {first} answer ur phone{e}
i told {nick} we'd be there by 7 but {first} is still in the shower
lmk if {first} is coming so i can book a table
me and {first} are at the bar, where are u
can't believe {full} got engaged 💍
RIP to {full}'s hamster 😢
congrats {full} on the new job!!
Dear {full}, your appointment with {titled} is at 10:20 on {day}.
Reference for {full}, NI number {nino}, employed since 2019.
{full} DOB 12/03/1991 NHS {nhs}
emergency contact: {full}, {phone}
next of kin {full} ({phone}), lives at {addr}
Tenant: {full}\nProperty: {ukaddr}\nDeposit: {price}
Claimant: {full}, SSN {ssn}, {usaddr}
W-2 for {full}: SSN {ssn}
tax guy needs ITIN {itin} and the 1099
kid's SSN is {ssn}, don't lose the card this time
iban for the stag do: {iban} — {first} is collecting
Landlord's IBAN is {iban}, rent due 1st
bacs to {sortacc}, ref {first}RENT
bank details for the raffle: {sortacc}
steam name is {gamertag}, add me
Discord: {gamertag} — hop in vc
epic: {gamertag} for fortnite tonight
twitter {handle} keeps posting our group photos 😤
{handle} is {first}'s alt account lol
who is {reddit} and why do they hate my recipe
email {email}, phone {ukland}, ask for {first}
ur new rota contact is {first} on {ukmob}
{first} from accounts: {ukland} ext 214
The dentist called for {first}, ring {ukland} to rebook
plumber {first} {usph} says he can come {day}
babysitter {first} - {phone}, she's lovely
grey golf {ukplate} parked across 3 spaces at the school gate
reporting a car, reg {ukplate}, left on my driveway since {day}
truck plate {usplate} hit my mirror and drove off
booking ref under {full}, paid with {card}
can u put the deposit on my card? {card} cvv i'll text separately
amex {card} — the restaurant only takes this one
lost my wallet, need to cancel {card} asap{e}
itin letter came! {itin}
IRS keeps rejecting ITIN {itin} for {full}, any ideas
ssh blocked from {ip}, {first} pls check the firewall
"""

EN_FREE_IN_LABELLED = r"""
running 10 mins late, start without me{e}
did anyone see the match last night
pizza or curry tonight?{e}
Thanks for the payment of {price}.
lol that's so true{e}
can't believe it's raining AGAIN
Your order has been dispatched{e}
wifi is down again ffs
happy friday everyone 🎉
who's bringing the ice
brb charging my phone
ok see u there{e}
Monthly rent {price}
anyone know a good plumber round here?
just landed ✈️
the bins go out tomorrow not today
kettle's on
what time does the shop shut on sunday
great game lads 💪
this week has been a year long{e}
the quiz is at 8, team name still TBC
can someone grab oat milk on the way back
Reminder: school photos on {day}
council tax went up AGAIN 😤
just did 12k steps and i'm dead
that new thai place is class
who left the back door open
lads it's 2-1 at half time
booked the cottage for october half term
boiler's making that noise again
i'm never drinking tequila again
anyone got a spare phone charger at work
the train's cancelled, getting the bus
bake sale raised {price} well done all
did the heating come on for u
meeting moved to 3pm
nursery's shut tomorrow, staff training
can we split the bill 4 ways
got my flu jab today 💉
my tomatoes finally turned red 🍅
sorry missed your call, in a meeting
the car failed its MOT, gutted
is it bin day or recycling day
free tonight? fancy a walk
heating bill {price} this month, unreal
reading group moved to the library
football cancelled, pitch is waterlogged
i left my umbrella at yours
gym at 6 tomorrow?
new episode drops friday!!
"""


def clean_lines(block: str) -> list[str]:
    return [ln.replace("\\n", "\n") for ln in block.strip("\n").split("\n") if ln.strip()]


def casual(pieces: list[Piece], rng: random.Random) -> list[Piece]:
    """Informal touches on the literal text only, so labelled spans keep their value."""
    out = list(pieces)
    r = rng.random()
    if r < 0.2:
        out = [(t.lower(), ty) if ty is None else (t, ty) for t, ty in out]
    elif r < 0.25:
        out = [
            (t.replace("you", "u").replace("your", "ur"), ty) if ty is None else (t, ty)
            for t, ty in out
        ]
    if rng.random() < 0.08:
        out.insert(
            0,
            (
                rng.choice(
                    [
                        "btw ",
                        "fyi ",
                        "ok so ",
                        "soz, ",
                        "Hi! ",
                        "hey hey ",
                        "urgent: ",
                        "quick one - ",
                    ]
                ),
                None,
            ),
        )
    return out


def build_en_labelled() -> list[dict[str, object]]:
    rng = random.Random(80801)
    tpl = clean_lines(EN_TEMPLATES)
    free = clean_lines(EN_FREE_IN_LABELLED)
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    n_pii, n_free = 340, 60
    order: list[str] = []
    while len(rows) < n_pii:
        if not order:
            order = list(tpl)
            rng.shuffle(order)
        t = order.pop()
        rec = to_record(casual(render(t, EN_FILL, rng), rng))
        if rec["text"] in seen or not rec["entities"]:
            continue
        seen.add(str(rec["text"]))
        rows.append(rec)
    k = i = 0
    while k < n_free:
        t = free[i % len(free)]
        i += 1
        rec = to_record(casual(render(t, EN_FILL, rng), rng))
        if rec["text"] in seen:
            continue
        seen.add(str(rec["text"]))
        rows.append(rec)
        k += 1
    rng.shuffle(rows)
    return rows


# ================================================================ CHINESE pools

ZH_SUR = [
    *list(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万覃武钱戴严莫孔向常汤"
    ),
    "欧阳",
    "司马",
    "上官",
    "诸葛",
]
ZH_GIVEN = [
    "伟",
    "芳",
    "娜",
    "秀英",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀兰",
    "霞",
    "平",
    "刚",
    "桂英",
    "浩然",
    "宇轩",
    "梓涵",
    "子轩",
    "欣怡",
    "雨桐",
    "思远",
    "俊杰",
    "嘉怡",
    "一诺",
    "婉清",
    "晓东",
    "建国",
    "红梅",
    "志强",
    "海燕",
    "文博",
    "佳琪",
    "雪梅",
    "国庆",
    "春华",
    "立新",
    "淑珍",
    "玉兰",
    "子豪",
    "梦瑶",
    "诗涵",
    "博文",
    "天宇",
    "若曦",
    "紫萱",
    "昊天",
    "沐阳",
    "语嫣",
    "晨曦",
    "振华",
    "德明",
    "凤英",
    "翠花",
    "金凤",
    "宏伟",
    "秋菊",
    "小燕",
    "建华",
    "美玲",
    "丽萍",
    "晓峰",
    "永强",
    "卫东",
    "亚楠",
    "嘉伟",
    "思琪",
    "雅婷",
    "鹏飞",
    "文静",
    "海涛",
    "晓丽",
    "慧敏",
    "国栋",
    "锦程",
    "瑞霖",
    "芷若",
    "安琪",
    "书瑶",
]
ZH_DOUBLE = [
    "婷婷",
    "丹丹",
    "乐乐",
    "壮壮",
    "甜甜",
    "圆圆",
    "萌萌",
    "朵朵",
    "笑笑",
    "琳琳",
    "晶晶",
    "露露",
    "亮亮",
    "明明",
    "欢欢",
    "妞妞",
    "彤彤",
    "楠楠",
    "洋洋",
    "菲菲",
]
ZH_TITLES = [
    "总",
    "姐",
    "哥",
    "老师",
    "医生",
    "师傅",
    "阿姨",
    "叔",
    "经理",
    "主任",
    "律师",
    "会计",
    "教练",
    "工",
    "总监",
    "老板",
    "大夫",
    "护士",
]

ZH_CITY = [
    ("北京市", ["朝阳区", "海淀区", "丰台区", "通州区", "昌平区"]),
    ("上海市", ["浦东新区", "徐汇区", "闵行区", "杨浦区", "静安区"]),
    ("广东省广州市", ["天河区", "越秀区", "番禺区", "白云区"]),
    ("广东省深圳市", ["南山区", "福田区", "龙岗区", "宝安区"]),
    ("浙江省杭州市", ["西湖区", "余杭区", "滨江区", "拱墅区"]),
    ("江苏省南京市", ["鼓楼区", "江宁区", "玄武区"]),
    ("四川省成都市", ["武侯区", "锦江区", "高新区", "双流区"]),
    ("湖北省武汉市", ["洪山区", "江汉区", "武昌区"]),
    ("陕西省西安市", ["雁塔区", "碑林区", "未央区"]),
    ("山东省青岛市", ["市南区", "崂山区", "黄岛区"]),
    ("重庆市", ["渝北区", "江北区", "沙坪坝区"]),
    ("天津市", ["南开区", "河西区"]),
    ("湖南省长沙市", ["岳麓区", "天心区", "雨花区"]),
    ("福建省厦门市", ["思明区", "湖里区"]),
    ("河南省郑州市", ["金水区", "中原区"]),
    ("辽宁省沈阳市", ["和平区", "浑南区"]),
]
ZH_ROADS = [
    "建设路",
    "人民路",
    "解放大道",
    "中山北路",
    "文一西路",
    "科苑南路",
    "长江路",
    "学府街",
    "幸福里",
    "光华大道",
    "东风路",
    "滨河路",
    "和平街",
    "新华路",
    "胜利街",
    "青年路",
    "花园路",
    "金桥路",
    "南京东路",
    "翠柳巷",
    "桂花弄",
    "丹桂路",
    "望江路",
    "云锦路",
    "梧桐街",
    "紫荆路",
]
ZH_ESTATES = [
    "阳光花园",
    "金色家园",
    "翡翠城",
    "锦绣华庭",
    "碧桂苑",
    "万科城",
    "保利香槟",
    "绿地新都会",
    "龙湖春江",
    "世纪新城",
    "幸福小区",
    "东方明珠苑",
    "和谐家园",
    "银河湾",
    "丽景湾",
    "枫林绿洲",
    "中海国际",
    "恒大名都",
    "名仕公寓",
    "橡树湾",
]


def z_full(rng: random.Random) -> list[Piece]:
    return one(rng.choice(ZH_SUR) + rng.choice(ZH_GIVEN), "PERSON")


def z_given(rng: random.Random) -> list[Piece]:
    g = rng.choice([x for x in ZH_GIVEN if len(x) == 2])
    return one(g, "PERSON")


def z_nick(rng: random.Random) -> list[Piece]:
    k = rng.randint(0, 3)
    if k == 0:
        v = "小" + rng.choice(ZH_SUR[:60] + [g[-1] for g in ZH_GIVEN[:40]])
    elif k == 1:
        v = "老" + rng.choice(ZH_SUR[:70])
    elif k == 2:
        v = "阿" + rng.choice([g[-1] for g in ZH_GIVEN] + ["强", "珍", "坤", "辉", "杰"])
    else:
        v = rng.choice(ZH_DOUBLE)
    return one(v, "PERSON")


def z_titled(rng: random.Random) -> list[Piece]:
    return one(rng.choice(ZH_SUR[:80]) + rng.choice(ZH_TITLES), "PERSON")


def z_name(rng: random.Random) -> list[Piece]:
    return rng.choice([z_full, z_full, z_given, z_nick, z_titled])(rng)


CN_MOB_PREFIX = [
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "147",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "184",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "193",
    "195",
    "198",
    "199",
]


def z_phone(rng: random.Random) -> list[Piece]:
    n = rng.choice(CN_MOB_PREFIX) + "".join(rng.choice(string.digits) for _ in range(8))
    shape = rng.randint(0, 6)
    v = [
        n,
        f"{n[:3]} {n[3:7]} {n[7:]}",
        f"{n[:3]}-{n[3:7]}-{n[7:]}",
        f"+86 {n}",
        f"+86-{n[:3]}-{n[3:7]}-{n[7:]}",
        n,
        f"(+86){n}",
    ][shape]
    return one(v, "PHONE_NUMBER")


def z_landline(rng: random.Random) -> list[Piece]:
    area = rng.choice(["010", "021", "020", "0755", "0571", "028", "027", "025", "029", "0532"])
    body = str(rng.randint(2, 8)) + "".join(
        rng.choice(string.digits)
        for _ in range(7 if len(area) == 3 else 6 if rng.random() < 0.3 else 7)
    )
    return one(
        rng.choice([f"{area}-{body}", f"({area}){body}", f"{area} {body[:4]} {body[4:]}"]),
        "PHONE_NUMBER",
    )


PINYIN = [
    "wang",
    "li",
    "zhang",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "xu",
    "sun",
    "ma",
    "zhu",
    "hu",
    "guo",
    "lin",
    "luo",
    "gao",
    "zheng",
    "xiaomei",
    "jiajia",
    "tingting",
    "haoran",
    "yuxuan",
    "zixuan",
    "lele",
    "doudou",
]


def z_email(rng: random.Random) -> list[Piece]:
    k = rng.randint(0, 3)
    if k == 0:
        local = f"{rng.choice(PINYIN)}{rng.choice(PINYIN)}{rng.randint(1, 99)}"
    elif k == 1:
        local = str(rng.randint(10000, 3999999999))
    elif k == 2:
        local = f"{rng.choice(PINYIN)}.{rng.choice(PINYIN)}"
    else:
        local = f"{rng.choice(PINYIN)}_{rng.randint(1985, 2010)}"
    return one(
        f"{local}@{rng.choice(['example.com', 'example.org', 'example.net', 'mail.example.com'])}",
        "EMAIL_ADDRESS",
    )


def z_addr(rng: random.Random) -> list[Piece]:
    prov, dists = rng.choice(ZH_CITY)
    d = rng.choice(dists)
    road, est = rng.choice(ZH_ROADS), rng.choice(ZH_ESTATES)
    no, bld, unit, room = (
        rng.randint(1, 388),
        rng.randint(1, 32),
        rng.randint(1, 6),
        rng.randint(1, 33) * 100 + rng.randint(1, 6),
    )
    k = rng.randint(0, 5)
    city_short = prov.split("省")[-1]
    v = [
        f"{prov}{d}{road}{no}号{est}{bld}栋{unit}单元{room}",
        f"{city_short}{d}{road}{no}号{est}{bld}号楼{room}室",
        f"{d}{road}{no}号{est}{bld}-{unit}-{room}",
        f"{est}{bld}栋{unit}单元{room}（{road}{no}号）",
        f"{prov}{d}{road}{no}弄{bld}号{room}室",
        f"{city_short}{d}{est}{bld}幢{room}",
    ][k]
    return one(v, "LOCATION")


def z_id(rng: random.Random) -> list[Piece]:
    v = cn_id_make(rng)
    if rng.random() < 0.15:
        v = f"{v[:6]} {v[6:14]} {v[14:]}"
    return one(v, "CN_ID_CARD")


def z_passport(rng: random.Random) -> list[Piece]:
    k = rng.randint(0, 2)
    v = [
        f"E{rng.randint(10000000, 99999999)}",
        f"E{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.randint(1000000, 9999999)}",
        f"G{rng.randint(10000000, 99999999)}",
    ][k]
    return one(v, "CN_PASSPORT")


def z_bank(rng: random.Random) -> list[Piece]:
    prefix = rng.choice(
        [
            "622202",
            "621700",
            "622848",
            "621483",
            "622588",
            "621661",
            "622262",
            "623668",
            "621226",
            "622700",
        ]
    )
    n = luhn_complete(prefix, rng.choice([16, 19, 19]), rng)
    if rng.random() < 0.5:
        n = " ".join(n[i : i + 4] for i in range(0, len(n), 4))
    return one(n, "CN_BANK_CARD")


CN_PROV_ABBR = "京沪粤浙苏川鄂陕鲁渝津湘闽豫辽冀皖赣黑吉晋桂云贵"


def z_plate(rng: random.Random) -> list[Piece]:
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    p = rng.choice(CN_PROV_ABBR) + rng.choice("ABCDEFGH")
    if rng.random() < 0.3:
        tail = rng.choice("DF") + "".join(rng.choice(string.digits) for _ in range(5))
    else:
        tail = "".join(
            rng.choice(string.digits + L) if i in (0, 1) else rng.choice(string.digits)
            for i in range(5)
        )
    sep = rng.choice(["", "·", " ", ""])
    return one(p + sep + tail, "LICENSE_PLATE")


def z_wechat(rng: random.Random) -> list[Piece]:
    k = rng.randint(0, 3)
    if k == 0:
        v = "wxid_" + "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(14))
    elif k == 1:
        v = f"{rng.choice(PINYIN)}{rng.choice(['_', '-', ''])}{rng.randint(1, 9999)}"
    elif k == 2:
        v = f"{rng.choice(PINYIN).capitalize()}{rng.choice(PINYIN)}{rng.choice(['88', '520', '666', '0612', '1314'])}"
    else:
        v = f"{rng.choice(PINYIN)}_{rng.choice(['mama', 'baba', 'home', 'shop', 'xx'])}{rng.randint(1, 99)}"
    return one(v, "WECHAT_ID")


def z_qq(rng: random.Random) -> list[Piece]:
    return one(str(rng.randint(10000, 3999999999)), "QQ_NUMBER")


ZH_HANDLE = [
    "吃不胖的猫",
    "今天也要早睡",
    "橘子汽水",
    "爱喝奶茶的兔子",
    "一只小咸鱼",
    "山野来信",
    "碳水快乐星人",
    "番茄炒蛋不放糖",
    "慢热星球",
    "社恐小孩",
    "熬夜冠军",
    "晚风与你",
    "奶盖不加糖",
    "周末去爬山",
    "喵了个咪",
]


def z_user(rng: random.Random) -> list[Piece]:
    if rng.random() < 0.55:
        return one(
            "@"
            + rng.choice(ZH_HANDLE)
            + rng.choice(["", str(rng.randint(1, 999)), "_", "呀"]).rstrip("_"),
            "USERNAME",
        )
    return one(
        f"{rng.choice(PINYIN)}{rng.choice(['_', '.', ''])}{rng.choice(PINYIN)}{rng.randint(0, 999)}",
        "USERNAME",
    )


def z_amt(rng: random.Random) -> list[Piece]:
    num = rng.choice([str(rng.randint(5, 3000)), f"{rng.randint(1, 300)}.{rng.randint(0, 99):02d}"])
    return one(rng.choice(["¥" + num, "￥" + num, num + "元", num + "块", num]))


def z_emo(rng: random.Random) -> list[Piece]:
    return one(
        rng.choice(
            [
                "",
                "",
                "[呲牙]",
                "[捂脸]",
                "[抱拳]",
                "[玫瑰]",
                "😂",
                "🙏",
                "~",
                "哈哈",
                "！",
                "[OK]",
                "👍",
            ]
        )
    )


def z_shifu(rng: random.Random) -> list[Piece]:
    return one(rng.choice(ZH_SUR[:80]) + rng.choice(["师傅", "哥", "小哥"]), "PERSON")


ZH_FILL: dict[str, Filler] = {
    "pickup": lambda r: one(f"{r.randint(1, 30)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}"),
    "shifu": z_shifu,
    "full": z_full,
    "given": z_given,
    "nick": z_nick,
    "titled": z_titled,
    "name": z_name,
    "phone": z_phone,
    "land": z_landline,
    "email": z_email,
    "addr": z_addr,
    "id": z_id,
    "pass": z_passport,
    "bank": z_bank,
    "plate": z_plate,
    "wx": z_wechat,
    "qq": z_qq,
    "user": z_user,
    "amt": z_amt,
    "e": z_emo,
}

ZH_TEMPLATES = r"""
{name}，快递到了没{e}
{full}给你转账{amt}{e}
收件人：{full} 电话：{phone} 地址：{addr}
{addr}，{full}，{phone}，放门口就行
麻烦放丰巢，{full}收，手机{phone}
外卖备注：到了打{phone}，别敲门宝宝在睡觉
{titled}，合同我发您邮箱了，{email}
@{titled} 明天的会改到下午三点{e}
{nick}今晚来不来吃饭{e}
{nick}{nick}都到了，就差你了
{given}妈妈，孩子的作业本落在教室了{e}
家长群：{full}家长请私聊班主任{e}
{full}爸爸，明天轮到您值日{e}
身份证号{id}，姓名{full}，麻烦帮我订票
我的身份证：{id}
{full} {id} {phone}
报名信息：{full}，{id}，{phone}
护照号{pass}，{full}，下周出发
护照：{pass}（{full}）
工资卡号{bank}，开户行工行，户名{full}
转账到{bank}，{full}，备注房租{e}
卡号{bank} 户名{full} 开户行招商银行{e}
房东{titled}的卡：{bank}
车牌{plate}的车堵住我家门口了，谁的？
{plate}挡道了，车主速来挪车{e}
我车是{plate}，白色的，在B2停车场
加我微信{wx}，备注来意
微信号：{wx}
vx：{wx}  有事留言
我的qq是{qq}，加一下
QQ：{qq}，游戏里找我
扣扣{qq}，资料发你了
小红书搜{user}就是我{e}
抖音{user}，求关注{e}
微博{user}又在晒猫了哈哈
{full}的手机号是{phone}，你直接联系她
{given}，你电话多少？我{phone}
新号码{phone}，旧的不用了{e}
电话{phone}{name}
打{land}找{titled}就行
{titled}办公室电话{land}
租房：{addr}，两室一厅，押一付三，联系{titled}{phone}
出租{addr}，拎包入住，{phone}（微信同号）
求租：{nick}，女生，爱干净，电话{phone}
邮箱{email}，简历发这里
有问题发邮件到{email}，{titled}会回复
{full}：{e}
{name}
{name}{e}
谢谢{titled}{e}
{nick}生日快乐{e}🎂
{given}，我到楼下了
{full}，你的快递放在驿站了，取件码{pickup}
顺丰小哥{shifu}说下午送到{addr}
骑手{shifu}正在为您配送，联系电话{phone}
{full}，13栋那个，欠我{amt}还没还
AA收款：{full}{amt}、{full}{amt}
微信转账给{nick}{amt}，买菜钱
支付宝转账-{full}-{amt}
{nick}，我把钱转你支付宝了，{email}
{titled}您好，我是{given}的家长，电话{phone}
{titled}，孩子今天发烧请假一天{e}
{full}同学的家长请加我微信{wx}
{nick}和{nick}周末去爬山，你去吗
跟{nick}说一声，我晚点到
老板说让{full}负责这个项目
{titled}刚刚打电话来，叫你回{land}
患者{full}，身份证{id}，挂号{titled}的号
{full}，男，{id}，住址{addr}
寄到{addr}，收件人{nick}
搬家了，新地址{addr}，有空来玩{e}
{addr}{full}{phone}
银行卡{bank}，身份证{id}，姓名{full}，帮我办一下社保
{wx}是我微信，{qq}是我QQ
游戏id：{user}，来开黑
B站关注{user}
{full} <{email}>
{nick}的车{plate}送去保养了
{titled}的车牌{plate}，进小区登记一下
我叫{full}，手机{phone}，护照号{pass}
{given}呀，妈妈给你打了{amt}生活费
{full}今天请客，大家谢谢{titled}{e}
群里{nick}发的那个链接打不开
{full}，你妈喊你回家吃饭
{given}哥，明天搬家帮个忙呗
{nick}，借我{amt}，下周还你
@{nick} 你的外卖在前台
{titled}说今天不用交作业了{e}
刚跟{nick}视频了，她说下周回国
{nick}的婚礼定在国庆，份子钱准备好
{full}的孩子满月酒在{addr}
我妈让我问{titled}要不要一起去体检
{given}，你的身份证号是{id}吧？我帮你填表
帮{full}买火车票，身份证{id}
高铁改签，乘车人{full}，证件号{id}
签证材料：{full}，护照{pass}，手机{phone}
出境登记：护照号码{pass}
退款到尾号银行卡{bank}，持卡人{full}
{nick}，房租打到这个卡{bank}，建行
给{titled}打款{amt}，卡号{bank}
朋友圈：感谢{full}送的花[玫瑰]
朋友圈：和{nick}、{nick}的周末火锅局{e}
{titled}家的猫又跑到我家阳台了
{nick}家住{addr}，你导航过去
今天面试，HR是{full}，电话{land}
{titled}刚下手术，晚点回你
外卖：{addr}，{full}收，{phone}，不要辣
闪送：从{addr}送到{addr}，联系人{nick}{phone}
京东快递：{full}，{phone}，{addr}
美团骑手{shifu}：您好，餐放门口了
{shifu}，我在小区东门，车牌{plate}
网约车：{shifu}，{plate}，预计3分钟到达
拼车，车牌{plate}，司机{shifu}电话{phone}
违停通知：车牌{plate}，请车主尽快挪车
我QQ{qq}，邮箱{email}，资料发这里
我的QQ号{qq}，昵称{user}
游戏好友{user}，QQ{qq}
微信{wx}，手机{phone}，{titled}
二手转让，有意加微信{wx}，{nick}
家教找{titled}，微信{wx}
学生{full}，家长{full}，电话{phone}
班级通讯录：{full} {phone}
{full}同学今天没来，{titled}已经联系家长
业主群：{addr}的业主{full}，你家漏水到楼下了
租客{full}，身份证{id}，电话{phone}，入住{addr}
{nick}的快递，放{addr}门口
{full}，{phone}，{email}，{addr}
"""

ZH_FREE_IN_LABELLED = """
今天好冷啊，出门记得穿秋裤
晚上吃火锅还是烧烤？
收到，马上处理[OK]
周末加班，心态崩了😭
快递到驿站了，明天去取
这个月花呗又超了[捂脸]
宝宝今天打疫苗，哭了一下午
明天早上八点开会，别迟到
外卖超时半小时，差评
下雨了，记得收衣服
团购的水果到了吗
物业通知：明天上午停水
健身房年卡打折了，冲不冲
高铁票抢到了！
刚刚地震了吗？楼在晃
电梯又坏了，爬了十八层
双十一买的东西还没到
孩子期中考试考砸了，愁
今天的晚霞好美
核酸那会儿天天排队，现在想想都累
新开的奶茶店排了一小时
楼下超市今天打八折
周五团建去唱K
这个瓜保熟吗
下班了下班了！
年终奖什么时候发啊
又到了交物业费的时候
地铁上人挤人
今天步数两万，腿废了
明天降温十度
数学作业第三题谁会
家长会改到周四下午
水电费这个月{amt}
空调漏水了，叫人来修
群里发个红包热闹一下
好久没去电影院了
最近在追一部剧，停不下来
咖啡续命中
春节回家的票买到了吗
我们小区今晚停电
猫又把花盆打翻了
明天记得带伞
这家店的酸菜鱼绝了
快递显示已签收但我没收到
"""


def build_zh_labelled() -> list[dict[str, object]]:
    rng = random.Random(80802)
    tpl = clean_lines(ZH_TEMPLATES)
    free = clean_lines(ZH_FREE_IN_LABELLED)
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    order: list[str] = []
    while len(rows) < 340:
        if not order:
            order = list(tpl)
            rng.shuffle(order)
        t = order.pop()
        rec = to_record(render(t, ZH_FILL, rng))
        if rec["text"] in seen or not rec["entities"]:
            continue
        seen.add(str(rec["text"]))
        rows.append(rec)
    k = i = 0
    while k < 60:
        t = free[i % len(free)]
        i += 1
        rec = to_record(render(t + "{e}", ZH_FILL, rng))
        if rec["text"] in seen:
            continue
        seen.add(str(rec["text"]))
        rows.append(rec)
        k += 1
    rng.shuffle(rows)
    return rows


# ================================================================ ENGLISH hard negatives


def _pick(options: list[str]) -> Filler:
    def f(rng: random.Random) -> list[Piece]:
        return one(rng.choice(options))

    return f


def n_order(rng: random.Random) -> list[Piece]:
    k = rng.randint(0, 3)
    v = [
        f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}",
        f"#{rng.randint(10000, 999999)}",
        f"ORD-{rng.randint(2023, 2026)}-{rng.randint(1000, 99999)}",
        f"{rng.randint(10**8, 10**10)}",
    ][k]
    return one(v)


def n_track(rng: random.Random) -> list[Piece]:
    L = string.ascii_uppercase
    k = rng.randint(0, 3)
    v = [
        f"1Z{rng.randint(100, 999)}{''.join(rng.choice(L) for _ in range(2))}{rng.randint(10**9, 10**10 - 1)}",
        f"{''.join(rng.choice(L) for _ in range(2))}{rng.randint(10**8, 10**9 - 1)}GB",
        f"{rng.randint(10**11, 10**12 - 1)}",
        f"H{rng.randint(10**14, 10**15 - 1)}",
    ][k]
    return one(v)


def n_flight(rng: random.Random) -> list[Piece]:
    return one(
        f"{rng.choice(['BA', 'AA', 'UA', 'DL', 'U2', 'FR', 'VS', 'LS', 'EZY', 'B6', 'WN'])}{rng.randint(10, 2999)}"
    )


def n_time(rng: random.Random) -> list[Piece]:
    return one(
        rng.choice(
            [
                f"{rng.randint(1, 12)}:{rng.choice(['00', '15', '30', '45'])}{rng.choice(['pm', 'am', ' pm', ''])}",
                f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}",
                f"{rng.randint(1, 12)}ish",
                "half 7",
                "quarter past 6",
            ]
        )
    )


def n_date(rng: random.Random) -> list[Piece]:
    m = rng.choice(
        ["Jan", "Feb", "March", "April", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
    )
    return one(
        rng.choice(
            [
                f"{rng.randint(1, 28)} {m}",
                f"{m} {rng.randint(1, 28)}",
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2023, 2026)}",
                f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            ]
        )
    )


def n_score(rng: random.Random) -> list[Piece]:
    return one(
        rng.choice(
            [
                f"{rng.randint(0, 5)}-{rng.randint(0, 5)}",
                f"{rng.randint(70, 130)}-{rng.randint(70, 130)}",
                f"{rng.randint(10, 42)}-{rng.randint(3, 38)}",
            ]
        )
    )


def n_ver(rng: random.Random) -> list[Piece]:
    return one(
        rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"{rng.randint(1, 17)}.{rng.randint(0, 6)}",
                f"iOS {rng.randint(15, 18)}.{rng.randint(0, 5)}",
                f"build {rng.randint(1000, 9999)}",
            ]
        )
    )


def n_steps(rng: random.Random) -> list[Piece]:
    return one(f"{rng.randint(2, 31)},{rng.randint(0, 999):03d}")


def n_price(rng: random.Random) -> list[Piece]:
    return one(
        rng.choice(["£", "$", "£", "$", "€"])
        + rng.choice(
            [
                str(rng.randint(2, 2400)),
                f"{rng.randint(0, 199)}.{rng.randint(0, 99):02d}",
                f"{rng.randint(1, 9)},{rng.randint(0, 999):03d}",
            ]
        )
    )


NEG_TEAMS = [
    "Arsenal",
    "Spurs",
    "Leeds United",
    "Man City",
    "Liverpool",
    "Chelsea",
    "Everton",
    "Celtic",
    "Rangers",
    "Aston Villa",
    "Forest",
    "the Lakers",
    "the Yankees",
    "the Packers",
    "the Cowboys",
    "the Celtics",
    "the Red Sox",
    "the Eagles",
    "Wrexham",
    "the Lions",
    "the Warriors",
]
NEG_CITIES = [
    "Paris",
    "Chester",
    "Lincoln",
    "Reading",
    "Bath",
    "Orlando",
    "Austin",
    "Charlotte",
    "Florence",
    "Sydney",
    "Georgia",
    "Jordan",
    "Savannah",
    "Victoria",
    "Denver",
    "Nashville",
    "Lisbon",
    "Kraków",
    "Dublin",
    "Madison",
    "Phoenix",
    "Aberdeen",
    "Santa Monica",
]
NEG_BRANDS = [
    "Tesco",
    "Aldi",
    "Lidl",
    "Greggs",
    "Pret",
    "Costa",
    "Primark",
    "Argos",
    "Currys",
    "Nando's",
    "Walmart",
    "Target",
    "Costco",
    "Chipotle",
    "IKEA",
    "Netflix",
    "Spotify",
    "Deliveroo",
    "Uber Eats",
    "DoorDash",
    "Halfords",
    "Waitrose",
    "Sainsbury's",
    "Home Depot",
    "Best Buy",
    "Boots",
    "Superdrug",
    "Asda",
    "Morrisons",
    "Wegmans",
]
NEG_DAYS = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Boxing Day",
    "Easter Monday",
    "Black Friday",
    "Thanksgiving",
    "Bonfire Night",
    "Halloween",
    "New Year's Eve",
    "Good Friday",
    "the bank holiday",
    "Pancake Day",
    "Memorial Day",
]

EN_NEG_FILL: dict[str, Filler] = {
    "order": n_order,
    "track": n_track,
    "flight": n_flight,
    "time": n_time,
    "date": n_date,
    "score": n_score,
    "ver": n_ver,
    "steps": n_steps,
    "n4": lambda r: one(str(r.randint(1000, 9999))),
    "price": n_price,
    "team": _pick(NEG_TEAMS),
    "city": _pick(NEG_CITIES),
    "brand": _pick(NEG_BRANDS),
    "day": _pick(NEG_DAYS),
    "e": f_emo,
}

EN_NEG_TEMPLATES = r"""
{team} {score} {team}, what a game{e}
can't believe {team} bottled it again {score}{e}
Your order {order} has shipped. Tracking number: {track}
Order number {order} - refund of {price} processed
tracking no {track}, says out for delivery{e}
flight {flight} delayed to {time} ffs
landed in {city} on {flight}, taxi queue is massive
boarding {flight} at gate 23, see you on {day}
just paid {price} for a coffee in {city}, daylight robbery
{brand} have sold out of oat milk again{e}
got the last {brand} meal deal{e}
my {brand} order came with the wrong sauce
{brand} price went up to {price}/month, cancelling
the grace period on the parking ticket ends {day}
you will love this film, trust me
may as well stay in tonight tbh
the bill came to {price} between six of us
rose garden at the park is gorgeous right now 🌹
Reading station is rammed, trains cancelled
off to {city} for {day}{e}
{day} plans? thinking pub then chippy
meeting at {time} on {day}, don't be late
did {steps} steps today and my feet are done
{steps} steps and it's not even lunch
call 999 if it's an emergency, 111 if not
in the US it's 911, took me ages to remember
updated to {ver} and now my battery's rubbish
{ver} broke the login screen lol
`git push origin main` rejected again, pulling first
forgot to rename final_v3_REAL.docx before sending 🙈
IMG_{n4}.jpg won't open on my laptop
SELECT * FROM orders WHERE status = 'late'; returns nothing
python says IndentationError on line 42, classic
the recipe says 180°C for 25 mins, mine took 40
bought 2.5kg of potatoes for {price}
the shelf is 120cm x 30cm, will it fit the alcove?
ran 5k in 27:14, new PB 🏃
#MondayMotivation is a lie
#FridayFeeling finally{e}
#GBBO this week was chaos
anyone watching the {team} game at {time}?
{city} in the spring is unreal
Black Friday deals are a scam half the time
sale ends {day} at midnight
happy {day}{e}
new episode on Netflix {day} at {time}
Christmas jumper day at work on the 15th 🎄
the Head of Finance wants the figures by {day}
Store Manager says the tills are down
the Deputy Head is covering assembly
Chief Executive's email was pure corporate waffle
Nurse practitioner said it's just a virus
the Dean signed off the extension!!
Bank of England held rates again
BBC weather says rain all week
saw it on bbc.co.uk, not sure it's true
check gov.uk for the passport fees
Wikipedia says the Thames is 346km long
booked the Eiffel Tower tickets for 10:30
the Golden Gate bridge in fog is a vibe
Big Ben bongs at midnight on the telly
Stonehenge was closed for the solstice
Empire State building queue was 2 hours
flat white {price} in {city}, never again
the fridge is making a noise like a jet engine
Orange is the new black? I'd rather watch paint dry
Friday night lights, pizza and {team} on tv
order {order} cancelled by seller 😡
Amazon says {order} arrives {day}
parcel {track} stuck in customs since {date}
invoice INV-{n4} due {date}
appointment confirmed for {date} at {time}
train to {city} at {time}, platform 4
quarter final: {team} v {team}, {day} {time}
Super Bowl party at ours?
Grand National sweepstake is {price} a go
the Premier League table is a mess
March Madness bracket already ruined
won {price} on a scratchcard lol
thermostat set to 19, don't touch it
{price} for a pint?? in this economy
the car does 52mpg on the motorway
set the oven to gas mark 6
the kids are off school till after {day}
got an A in Maths!! 🎉
the Year 6 trip is to the Science Museum
PE kit needed {day}, it's netball
spelling test on {day}, words are in the book bag
summer fete {date}, bring a cake
bake sale made {price}
we will need more chairs for {day}
Bill payment reminder: {price} due {date}
Frank conversation with my manager today, went well actually
Sunny and 24 degrees, finally
Hope everyone has a lovely {day}{e}
Joy of joys, the boiler works again
Faith restored in humanity, someone handed in my wallet
Dawn raid on the sales at {time}
Mark my words, {team} will go down
jack up the car before taking the wheel off
don't nick my chips
press F5 to refresh
Ctrl+Z saved my life today
wifi password is on the router, it's the long one
password reset link expired again
2FA code not arriving, tried 3 times
it's 3°C out and the heating's off
sunset at 4:12pm in December is criminal
the Northern Lights were visible from the garden!
hot cross buns already in {brand} in January
can we do {price} each for the gift?
split {price} four ways = ugh, someone do the maths
{price} fine for a library book, wow
Harvest festival donations by {day}
Eid Mubarak everyone 🌙
Diwali lights on the high street look amazing
Happy Lunar New Year 🧧
Thanksgiving turkey was 9kg, we'll be eating it till Christmas
Fourth of July fireworks scared the dog
Boxing Day walk then leftovers
the London Marathon route goes past the end of the road
{city} half marathon sold out in an hour
The Lion King at the theatre was incredible
reading Pride and Prejudice for book club
listening to Bohemian Rhapsody on repeat
Top Gun sequel better than the first tbh
Game of Thrones ending still annoys me
Star Wars marathon this weekend
Bake Off final tonight!!
the World Cup schedule is out
{team} fans singing all the way home
Windows update at {time}, of course
Excel crashed and I hadn't saved
Zoom link is in the calendar invite
Teams keeps saying I'm away
the printer on floor 3 is jammed again
PR #{n4} merged, thanks all
error 404 on the checkout page
HTTP 500 again, the server's crying
npm install took 12 minutes
docker-compose up -d and pray
config.yaml missing a colon, 2 hours lost
README.md needs updating
budget_2025_FINAL.xlsx is on the shared drive
"""

EN_NEG_PLAIN = r"""
omg the Apple Watch says I slept 4h 12m
Tesco delivery slot 8-9am tomorrow
who ate the last Greggs sausage roll
Aldi middle aisle strikes again, bought a kayak
Lidl had croissants 3 for £1
Primark jumpers are back in
IKEA meatballs for tea
Costco hot dog still $1.50
Walmart pickup at 4
Target run, need anything?
Chipotle bowl was massive
Spotify Wrapped says I listened to 60,000 minutes
Deliveroo driver went to the wrong building
Monzo says I spent £212 on coffee this year
the Peloton is now a clothes horse
Halfords fitted the wiper blades for free
Waitrose had yellow sticker sushi
Home Depot had the paint we wanted
Best Buy price matched the telly
Boots meal deal 👌
Ford Fiesta failed on the brakes
Kindle died mid-chapter
Tesla supercharger queue was 6 cars
"""


PREFIXES = ("btw ", "fyi ", "ok so ", "soz, ", "hi! ", "hey hey ", "urgent: ", "quick one - ")


def near_key(text: str) -> str:
    """Key that ignores casing, the casual prefixes and emoji, so near-duplicates count once."""
    t = re.sub(r"\[[^\]]*\]", "", text.lower())
    for p in PREFIXES:
        if t.startswith(p):
            t = t[len(p) :]
    return "".join(c for c in t if (c.isalnum() and ord(c) < 0x2000) or "\u4e00" <= c <= "\u9fff")


def build_en_free() -> list[dict[str, object]]:
    rng = random.Random(80803)
    tpl = clean_lines(EN_NEG_TEMPLATES) + clean_lines(EN_NEG_PLAIN)
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    i = 0
    while len(rows) < 400:
        t = tpl[i] if i < len(tpl) else rng.choice(tpl)
        i += 1
        text = str(to_record(casual(render(t, EN_NEG_FILL, rng), rng))["text"])
        if near_key(text) in seen:
            if i > 200000:
                raise RuntimeError("not enough variety")
            continue
        seen.add(near_key(text))
        rows.append({"text": text})
    rng.shuffle(rows)
    return rows


# ================================================================ CHINESE hard negatives


def c_amt(rng: random.Random) -> list[Piece]:
    num = rng.choice([str(rng.randint(3, 9999)), f"{rng.randint(0, 999)}.{rng.randint(0, 99):02d}"])
    return one(rng.choice(["¥" + num, "￥" + num, num + "元", num + "块", num + "块钱", num]))


def c_order(rng: random.Random) -> list[Piece]:
    return one(
        rng.choice(
            [
                f"{rng.randint(2023, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(10**10, 10**11 - 1)}",
                f"{rng.randint(10**15, 10**16 - 1)}",
                f"{rng.randint(10**18, 10**19 - 1)}",
            ]
        )
    )


def c_express(rng: random.Random) -> list[Piece]:
    return one(
        rng.choice(
            [
                f"SF{rng.randint(10**11, 10**12 - 1)}",
                f"YT{rng.randint(10**12, 10**13 - 1)}",
                f"JD{rng.randint(10**12, 10**13 - 1)}",
                f"{rng.choice(['75', '78', '43'])}{rng.randint(10**11, 10**12 - 1)}",
            ]
        )
    )


def c_flight(rng: random.Random) -> list[Piece]:
    return one(
        rng.choice(["CA", "MU", "CZ", "HU", "ZH", "3U", "MF", "9C", "HO"])
        + str(rng.randint(100, 9899))
    )


def c_train(rng: random.Random) -> list[Piece]:
    return one(rng.choice("GDCKZT") + str(rng.randint(1, 1999)))


def c_time(rng: random.Random) -> list[Piece]:
    return one(
        rng.choice(
            [
                f"{rng.randint(6, 23)}:{rng.choice(['00', '10', '30', '45'])}",
                f"{rng.choice(['早上', '下午', '晚上'])}{rng.choice('一二三四五六七八九十')}点",
                f"{rng.randint(1, 12)}点半",
            ]
        )
    )


def c_date(rng: random.Random) -> list[Piece]:
    return one(
        rng.choice(
            [
                f"{rng.randint(1, 12)}月{rng.randint(1, 28)}号",
                f"{rng.randint(2023, 2026)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                f"下周{rng.choice('一二三四五六日')}",
            ]
        )
    )


def c_code(rng: random.Random) -> list[Piece]:
    return one(
        f"{rng.randint(0, 999999):06d}" if rng.random() < 0.7 else f"{rng.randint(0, 9999):04d}"
    )


def c_points(rng: random.Random) -> list[Piece]:
    return one(str(rng.randint(100, 99999)))


ZH_CITIES_NEG = [
    "北京",
    "上海",
    "成都",
    "重庆",
    "杭州",
    "西安",
    "三亚",
    "大理",
    "丽江",
    "厦门",
    "青岛",
    "哈尔滨",
    "长沙",
    "武汉",
    "苏州",
    "桂林",
    "张家界",
    "黄山",
    "九寨沟",
    "乌鲁木齐",
]
ZH_SPOTS = [
    "故宫",
    "外滩",
    "西湖",
    "宽窄巷子",
    "洪崖洞",
    "兵马俑",
    "迪士尼",
    "环球影城",
    "鼓浪屿",
    "黄鹤楼",
    "长城",
    "颐和园",
    "南京路步行街",
    "太古里",
    "万达广场",
    "大悦城",
    "万象城",
    "银泰城",
    "来福士",
    "天街",
]
ZH_BRANDS = [
    "瑞幸",
    "星巴克",
    "喜茶",
    "蜜雪冰城",
    "海底捞",
    "肯德基",
    "麦当劳",
    "盒马",
    "山姆",
    "京东",
    "淘宝",
    "拼多多",
    "美团",
    "饿了么",
    "小米",
    "华为",
    "比亚迪",
    "蔚来",
    "优衣库",
    "名创优品",
    "霸王茶姬",
    "茶百道",
    "沪上阿姨",
    "老乡鸡",
    "周黑鸭",
    "周大福",
    "老凤祥",
    "李宁",
    "安踏",
    "王老吉",
]

ZH_NEG_FILL: dict[str, Filler] = {
    "amt": c_amt,
    "order": c_order,
    "exp": c_express,
    "flight": c_flight,
    "train": c_train,
    "time": c_time,
    "date": c_date,
    "code": c_code,
    "bscore": lambda r: one(f"{r.randint(88, 130)}比{r.randint(80, 125)}"),
    "pts": c_points,
    "avg": lambda r: one(f"{r.randint(55, 98)}.{r.randint(0, 9)}"),
    "city": _pick(ZH_CITIES_NEG),
    "spot": _pick(ZH_SPOTS),
    "brand": _pick(ZH_BRANDS),
    "e": z_emo,
}

ZH_NEG_TEMPLATES = r"""
订单号{order}，已退款{amt}{e}
您的订单{order}已发货，快递单号{exp}
快递单号{exp}，显示在派送中
{exp}这个件卡在转运中心三天了
航班{flight}延误到{time}，无语{e}
坐{train}去{city}，{time}到
{date}的{train}，二等座还有票
验证码{code}，5分钟内有效，请勿泄露
【某银行】您的验证码是{code}
积分{pts}，可以换个保温杯
会员积分还剩{pts}，月底清零{e}
{brand}又出新品了，冲{e}
{brand}今天第二杯半价
在{brand}花了{amt}，肉疼
{brand}的外卖到了，{amt}
周末去{city}玩，{spot}人山人海
{spot}排队两小时{e}
国庆去{spot}，简直看人头
{city}今天38度，热化了
明天{city}下雨，记得带伞
张开嘴让医生看看喉咙
王者荣耀今晚五排吗{e}
今天特别高兴{e}
周末有空吗
马上到，等我五分钟
黄金又涨价了，{amt}一克
林业局的通知出来了
请你陈述一下理由
周总结记得周五前交
白天太热了，晚上再出门
金额不对，少了{amt}
天天加班，人都麻了
常常想起大学的时候
刚刚下单了，{amt}
宝宝辅食怎么做比较好
宝宝们，今晚直播抽奖{e}
家人们谁懂啊{e}
绝绝子，这家店yyds
破防了，emo了一整天
我真的会谢[捂脸]
老板今天心情不好，大家小心
班主任说明天穿校服
经理让我们{time}开会
医生说多喝热水
师傅，到{spot}多少钱
快递小哥说放驿站了
老师好，孩子今天请假
客服说{date}之前发货
房东说下个月涨房租
物业说{date}停电检修
董事长在会上讲了两个小时
主任今天不在办公室
群主把群名改了
{brand}双十一满300减50
淘宝618预售付了定金{amt}
拼多多砍一刀还差0.01{e}
京东PLUS会员续费{amt}
美团外卖超时送了张券
余额宝收益今天{amt}
花呗账单{amt}，{date}还款
信用卡还款日是每月{date}
水费{amt}，电费{amt}
学费{amt}，{date}前交齐
今天走了{pts}步
体重又涨了两斤，{amt}的健身卡白办了
跑了5公里，配速6分12
空调调到26度
这次考试平均分{avg}
比分2:1，国足又输了
湖人{bscore}赢了
中超今晚开赛
世界杯小组赛{date}开始
iOS 18.2更新后耗电好快
鸿蒙4.0用起来还行
微信8.0.50版本又改了
文件名叫final_最终版_真的最终版.docx
IMG_{code}.jpg打不开
print("hello world")报错了
git pull一下再提交
Excel里VLOOKUP又出错了
WiFi密码贴在路由器背面
打开支付宝扫一扫
{brand}门口见，{time}
{spot}附近有什么好吃的
在{spot}看到一只超大的熊猫玩偶
{city}的{spot}值得去吗
去{city}出差，住在{brand}楼上的酒店
明天去{city}，{flight}，{time}起飞
春运抢票好难，{train}都没了
端午节吃粽子了吗
中秋节快乐，月饼吃了吗
元宵节猜灯谜
除夕夜守岁{e}
清明节回老家扫墓
七夕节餐厅订不到位
过年红包发了{amt}
春节档电影哪部好看
《流浪地球》真好看
单曲循环《晴天》
《三体》终于看完了
#今日份早餐# 豆浆油条
#打工人# 周一又来了
#年终总结# 今年存了{amt}
高考加油！
周一例会取消
张贴通知：{date}消防演练
王牌对王牌今晚更新
李子熟了，摘了一筐
刘海剪短了，好丑
陈皮泡水喝
杨梅季到了
黄山的日出太美了
周边游推荐几个
高速堵了三个小时
马路对面新开了家{brand}
金毛掉毛太严重
白菜{amt}一斤
朱砂红的口红好看
何必呢，算了
宋体还是微软雅黑
钱包丢了，幸好里面没多少钱
唐装好看
汤圆是黑芝麻馅的
报警打110，急救打120
火警119，别记错
10086打不通
12306又崩了
拨打12345市民热线投诉
退休金{date}到账
儿童节学校有演出
外卖员送餐辛苦了
保洁阿姨今天没来
门卫大爷人挺好
隔壁邻居装修吵死了
楼上小朋友一直在跳
这个价格{amt}包邮吗
亲，拍下改价哦
亲，七天无理由退货
已签收，感谢使用{brand}
满{amt}包邮
"""


def build_zh_free() -> list[dict[str, object]]:
    rng = random.Random(80804)
    tpl = clean_lines(ZH_NEG_TEMPLATES)
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    i = 0
    while len(rows) < 400:
        t = tpl[i] if i < len(tpl) else rng.choice(tpl)
        i += 1
        if "{e}" not in t and rng.random() < 0.25:
            t += "{e}"
        text = str(to_record(render(t, ZH_NEG_FILL, rng))["text"])
        if near_key(text) in seen:
            if i > 200000:
                raise RuntimeError("not enough variety")
            continue
        seen.add(near_key(text))
        rows.append({"text": text})
    rng.shuffle(rows)
    return rows


# ================================================================ output

FILES: dict[str, Callable[[], list[dict[str, object]]]] = {
    "en_pii_labelled.jsonl": build_en_labelled,
    "zh_pii_labelled.jsonl": build_zh_labelled,
    "en_pii_free_hard.jsonl": build_en_free,
    "zh_pii_free_hard.jsonl": build_zh_free,
}


README_HEAD = """# Blind corpus set "corpus8"

Evaluation text for the personal-information detector, written blind: the author read only the
working rules, the corpus spec and the export-format field notes, never the tool's code, tests,
README or docs, nor any other `independent*` folder. Everything here is synthetic.

`generate.py` (stdlib only, fixed seeds) writes the four JSON-lines files and this README; its
output does not depend on TZ, locale, hash seed or the date. `test_independent8_generator.py`
(unittest) regenerates under two PYTHONHASHSEED/TZ/locale settings and compares with the
committed files, checks every labelled span (`text[start:end] == value`, no overlaps, no
surrounding blanks), and re-checks the checksums (Luhn, IBAN mod 97, NHS mod 11, ABA routing,
Chinese ID check digit).

Regenerate: `python3 tests/independent8/generate.py`.
Test: `python3 -m unittest tests/independent8/test_independent8_generator.py`.

## Files

| file | lines | what |
|---|---|---|
"""

README_NOTES = """
## Labelling conventions

- English PERSON: first names (also lower-case, at the start of a message, with no cue word),
  full names, nicknames (Gaz, Bex, Mags...). With a title ("Mrs Patel", "Dr. Vargas") only the
  surname is labelled; the title is left outside the span.
- Chinese PERSON: full names (incl. two-character surnames), bare given names, 小X/老X/阿X,
  doubled nicknames (婷婷), and surname + 总/姐/哥/老师/医生/师傅/阿姨... where the whole
  form (e.g. 王总) is the span, since the surname alone is one character.
- BANK_ACCOUNT: a sort code and its account number, or an ABA routing number and its account
  number, are two separate BANK_ACCOUNT spans; the words between them ("sort code", "acct")
  are not labelled.
- USERNAME spans include a leading `@` or `u/`. Gamertags carry no `@`.
- LOCATION is a full postal address only (UK, US, mainland China; formal or informal, commas,
  newlines or none). Towns, districts and streets on their own are never labelled.
- Phones use fictional ranges: UK 07700 900xxx, Ofcom drama ranges (020 7946 0xxx,
  0113 496 0xxx, 01632 960xxx...), US 555-01xx. Chinese mobile numbers are random valid-looking
  numbers (no fictional range exists). E-mail domains are example.com/.org/.net (and
  subdomains, example.co.uk). IP addresses are documentation ranges (192.0.2.0/24,
  198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32).
- Checksums: cards and Chinese bank cards pass Luhn; IBANs pass mod 97; NHS numbers pass
  mod 11; routing numbers pass the ABA check; 18-digit Chinese ID numbers carry a valid
  ISO 7064 MOD 11-2 check digit and real region codes; UK NINOs avoid invalid prefixes; SSNs
  avoid area 000/666/9xx; ITINs start with 9 and use a valid group.
- 60 lines of each labelled file (15%) carry no identifier (`entities: []`).

## Hard negatives (PII-free files)

English: brands and shops (some named after people in origin: Sainsbury's, Nando's, Walmart),
sports teams (Aston Villa, Chelsea, the Celtics), cities and states that double as first names
(Austin, Charlotte, Savannah, Georgia, Jordan, Madison, Victoria), landmarks (Big Ben, the
Eiffel Tower), film/song/book titles, weekdays, months and holidays, job titles, ordinary words
that are also first names (grace period, will, may, bill, rose garden, frank, sunny, hope, mark,
jack, nick), order/tracking/invoice/flight numbers labelled as such, prices, times, dates,
scores, versions, step counts, 999/911/111, hashtags, code snippets, file names, public sites.
Chinese: brands (周黑鸭, 周大福, 王老吉, 李宁...), cities, 景点 and malls, 职务/称呼 with no
name (老板, 班主任, 保洁阿姨, 快递小哥), words starting with surname characters (张开, 王者荣耀,
高兴, 周末, 马上, 黄金, 林业局, 陈述, 周总结, 白天, 金额, 李子, 刘海, 陈皮, 杨梅, 钱包,
汤圆...), doubled-character words (天天, 常常, 刚刚, 宝宝), 订单号/快递单号/航班/车次/验证码/
积分/金额/日期/时间, service numbers (110, 120, 12306, 10086), emoji and 网络用语.

Known judgement calls: brands that contain a founder's or athlete's name (王老吉, 周大福, 李宁, Sainsbury's) and
landmarks named after people (Big Ben, the Eiffel Tower) are treated as not personal.
"""


def _readme(bodies: dict[str, str]) -> str:
    desc = {
        "en_pii_labelled.jsonl": "English chats, posts, payment notes, e-mails, delivery messages (UK/US); labelled spans",
        "zh_pii_labelled.jsonl": "mainland Chinese WeChat/朋友圈/支付宝/快递/外卖/家长群/租房 text; labelled spans",
        "en_pii_free_hard.jsonl": "English chat-like text with no personal information, built to be hard",
        "zh_pii_free_hard.jsonl": "Chinese chat-like text with no personal information, built to be hard",
    }
    out = README_HEAD
    for name in FILES:
        out += f"| `{name}` | {bodies[name].count(chr(10))} | {desc[name]} |\n"
    for name in ("en_pii_labelled.jsonl", "zh_pii_labelled.jsonl"):
        counts: dict[str, int] = {}
        rows = [json.loads(x) for x in bodies[name].splitlines()]
        for r in rows:
            for e in r["entities"]:
                counts[e["type"]] = counts.get(e["type"], 0) + 1
        empty = sum(1 for r in rows if not r["entities"])
        out += f"\n## Entity counts: `{name}`\n\n{len(rows)} lines, {empty} without any identifier, {sum(counts.values())} spans.\n\n"
        out += "| type | spans |\n|---|---|\n"
        for t in sorted(counts):
            out += f"| {t} | {counts[t]} |\n"
    return out + README_NOTES


def render_files() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, build in FILES.items():
        out[name] = "".join(
            json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in build()
        )
    out["README.md"] = _readme(out)
    return out


def main() -> None:
    for name, body in render_files().items():
        (HERE / name).write_text(body, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
