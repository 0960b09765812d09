"""Blind evaluation corpus "corpus6" (written from the spec only, stdlib only).

Run ``python3 generate.py [OUTDIR]``; writes four JSON-lines files next to this
script (or into OUTDIR).  Output depends only on the fixed seed below: no clock,
no locale, no hash-ordered iteration.
"""

# Name pools are written as one string split on spaces to keep them readable.
# ruff: noqa: SIM905

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

SEED = 20261207
N_LINES = 400

# ---------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
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
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_make(country: str, bban: str) -> str:
    def num(s: str) -> int:
        return int("".join(str(int(c, 36)) for c in s))

    check = 98 - num(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def nhs_make(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        if digits[0] == 0:
            continue
        total = sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        return "".join(map(str, digits)) + str(check)


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
            "26",
            "31",
        ]
    )
    body = first + "".join(str(rng.randint(0, 9)) for _ in range(6))
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * k for c, k in zip(body, w, strict=True))
    return body + str((10 - s % 10) % 10)


def aba_ok(r: str) -> bool:
    w = [3, 7, 1] * 3
    return sum(int(c) * k for c, k in zip(r, w, strict=True)) % 10 == 0


def cn_id_check(first17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights, strict=True)) % 11]


# ---------------------------------------------------------------------------
# span building
# ---------------------------------------------------------------------------

Seg = tuple[str, str | None]  # (text, entity type or None)


def assemble(segs: list[Seg]) -> dict[str, object]:
    text = ""
    ents: list[dict[str, object]] = []
    for s, t in segs:
        if t is not None and s:
            ents.append({"type": t, "start": len(text), "end": len(text) + len(s), "value": s})
        text += s
    return {"text": text, "entities": ents}


# ---------------------------------------------------------------------------
# English pools
# ---------------------------------------------------------------------------

EN_FIRST = (
    "Oliver Amelia Siobhan Niamh Callum Rhys Aled Bethan Priya Arjun Aisha Tariq Kwame Chidi Ngozi "
    "Tomasz Agnieszka Mateo Lucia Hannah Ethan Madison Tyler Brittany DeShawn Latoya Jamal Keisha Connor "
    "Megan Declan Fiona Hamish Morag Eilidh Zainab Yusuf Imran Deepa Ravi Sunita Mei Dmitri Olga Ines "
    "Carlos Guadalupe Xavier Wei Thuy Minh Kofi Abena Freya Isla Poppy Alfie Archie Harvey Kayden Jaylen "
    "Brooke Savannah Cody Dakota Bronwyn Gethin Cerys Ffion Seren Malachy Orla Cormac Saoirse Nadia Kemi "
    "Tobias Marguerite Delroy Shanice Precious Kieran Leanne Gareth Donna Wayne Stacey Trevor Pauline "
    "Lakshmi Harpreet Gurdeep Fatima Bilal Hollie Jade Reece Kirsty Ewan Ainsley Marisol Bradley Crystal "
    "Dwayne Tamika Garrett Lindsey Brandon Heather Travis Whitney Rosalind Ifeoma Yaw Efua Ahmed Layla"
).split()
# first names that are also ordinary English words; used only where context makes them names
EN_WORDNAMES = [
    "Will",
    "May",
    "Bill",
    "Rose",
    "Grace",
    "Hope",
    "Jack",
    "Mark",
    "Frank",
    "Joy",
    "Dawn",
    "Holly",
    "Ruby",
    "Penny",
    "Sunny",
]
EN_LAST = (
    "Okafor Hughes Patel Nowak Fitzgerald Kowalski MacLeod Campbell Thompson Hernandez Nguyen O'Brien "
    "Ahmed Khan Begum Chaudhry Evans Jenkins Pritchard Llewellyn Murphy Doyle Rossi Bianchi Schmidt "
    "Adeyemi Mensah Osei Wiśniewska Haddad Delgado Ramírez Kaur Sandhu Gill Ferguson Sinclair McAllister "
    "Whitaker Pemberton Ashworth Crowley Donnelly Quinn Baptiste Charles-Ward Van der Berg Lindqvist "
    "Sørensen Papadopoulos Yilmaz Kaplan Tran Pham Lopez Garza Kowalczyk Brennan Carmichael Holloway "
    "Abernathy Tillman Okonkwo Achebe Boateng Oyelaran Rahman Siddiqui Mistry Varga Novak Horvat Dubois"
).split()
EN_NICK = [
    "Bex",
    "Jonno",
    "Gaz",
    "Shaz",
    "Mikey",
    "Lexi",
    "Tash",
    "Deano",
    "Robbo",
    "Kaz",
    "Jess",
    "Sammy",
    "Fitzy",
    "Lils",
    "Macca",
    "Tomo",
    "Nads",
    "Dev",
    "Jules",
    "Soph",
    "Ollie",
    "Kez",
    "Bazza",
    "Ange",
    "Mo",
]

UK_CITIES = [
    ("Leeds", "LS"),
    ("Manchester", "M"),
    ("Bristol", "BS"),
    ("Cardiff", "CF"),
    ("Edinburgh", "EH"),
    ("Glasgow", "G"),
    ("London", "SW"),
    ("London", "E"),
    ("London", "N"),
    ("London", "SE"),
    ("Norwich", "NR"),
    ("Birmingham", "B"),
    ("Sheffield", "S"),
    ("Nottingham", "NG"),
    ("Brighton", "BN"),
    ("York", "YO"),
    ("Belfast", "BT"),
    ("Newcastle upon Tyne", "NE"),
    ("Liverpool", "L"),
    ("Oxford", "OX"),
    ("Exeter", "EX"),
    ("Swansea", "SA"),
    ("Aberdeen", "AB"),
    ("Derby", "DE"),
    ("Stockport", "SK"),
    ("Bolton", "BL"),
]
UK_STREETS = [
    "Fairfield Road",
    "Mill Lane",
    "Church Street",
    "Station Road",
    "Park Avenue",
    "Oakwood Drive",
    "Beech Grove",
    "Meadow Close",
    "Kingsway",
    "High Street",
    "Chapel Walk",
    "Harbour View",
    "Elm Crescent",
    "Brook Terrace",
    "Cavendish Place",
    "Lime Tree Avenue",
    "Hawthorn Way",
    "Priory Gardens",
    "Granby Row",
    "Ladybarn Lane",
    "Cromwell Road",
    "Sandringham Court",
    "Thornfield Mews",
    "Bank Parade",
    "Willow Bank",
    "Albion Street",
]
US_PLACES = [
    ("Columbus", "OH", "432"),
    ("Austin", "TX", "787"),
    ("Portland", "OR", "972"),
    ("Denver", "CO", "802"),
    ("Atlanta", "GA", "303"),
    ("Chicago", "IL", "606"),
    ("Brooklyn", "NY", "112"),
    ("Seattle", "WA", "981"),
    ("Phoenix", "AZ", "850"),
    ("Minneapolis", "MN", "554"),
    ("Raleigh", "NC", "276"),
    ("Boise", "ID", "837"),
    ("Sacramento", "CA", "958"),
    ("Tampa", "FL", "336"),
    ("Pittsburgh", "PA", "152"),
    ("Omaha", "NE", "681"),
    ("Albuquerque", "NM", "871"),
    ("Richmond", "VA", "232"),
    ("Tucson", "AZ", "857"),
    ("Louisville", "KY", "402"),
]
US_STREETS = [
    "Maple Ave",
    "Oak St",
    "Elm Street",
    "Sunset Blvd",
    "Lakeview Dr",
    "Cedar Ln",
    "Pine Ridge Rd",
    "W 34th St",
    "N Main St",
    "Magnolia Ct",
    "Juniper Way",
    "Prospect Pl",
    "Willow Creek Rd",
    "Hickory Ln",
    "S Broadway",
    "E 5th Ave",
    "Birchwood Cir",
    "Riverside Dr",
    "Old Mill Rd",
    "Cottonwood Trl",
]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
PROFILE_SITES = [
    "https://www.instagram.com/{h}",
    "instagram.com/{h}",
    "https://www.linkedin.com/in/{h}",
    "linkedin.com/in/{h}",
    "https://github.com/{h}",
    "https://www.facebook.com/{h}",
    "https://www.tiktok.com/@{h}",
    "https://x.com/{h}",
    "https://{h}.example.com",
    "https://www.example.org/~{h}",
    "https://mastodon.example.net/@{h}",
]
EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "uni.example.ac.uk",
    "example.co.uk",
]


class En:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    # names ---------------------------------------------------------------
    def first(self) -> str:
        if self.r.random() < 0.08:
            return self.r.choice(EN_WORDNAMES)
        return self.r.choice(EN_FIRST)

    def last(self) -> str:
        return self.r.choice(EN_LAST)

    def full(self) -> str:
        return f"{self.first()} {self.last()}"

    def titled(self) -> str:
        t = self.r.choice(
            ["Mr", "Mrs", "Ms", "Miss", "Dr", "Dr.", "Mr.", "Mrs.", "Prof", "Coach", "Nurse"]
        )
        return f"{t} {self.last()}"

    def nick(self) -> str:
        return self.r.choice(EN_NICK)

    def person(self) -> str:
        k = self.r.random()
        if k < 0.4:
            return self.full()
        if k < 0.75:
            return self.first()
        if k < 0.9:
            return self.titled()
        return self.nick()

    # contact -------------------------------------------------------------
    def phone_uk(self) -> str:
        n = f"{self.r.randint(0, 999):03d}"
        k = self.r.randrange(8)
        if k == 0:
            return f"07700 900{n}"
        if k == 1:
            return f"07700900{n}"
        if k == 2:
            return f"+44 7700 900{n}"
        if k == 3:
            return f"+447700900{n}"
        if k == 4:
            return f"07700 900 {n}"
        if k == 5:
            return f"020 7946 0{n}"
        if k == 6:
            return f"0113 496 0{n}"
        return f"(0161) 496 0{n}"

    def phone_us(self) -> str:
        area = self.r.choice(
            ["212", "415", "312", "617", "206", "512", "303", "404", "614", "702", "919", "808"]
        )
        n = f"01{self.r.randint(0, 99):02d}"
        k = self.r.randrange(6)
        if k == 0:
            return f"({area}) 555-{n}"
        if k == 1:
            return f"{area}-555-{n}"
        if k == 2:
            return f"+1 {area} 555 {n}"
        if k == 3:
            return f"{area}.555.{n}"
        if k == 4:
            return f"1-{area}-555-{n}"
        return f"{area}555{n}"

    def phone(self) -> str:
        return self.phone_uk() if self.r.random() < 0.55 else self.phone_us()

    def handle_base(self) -> str:
        f = self.r.choice(EN_FIRST).lower().encode("ascii", "ignore").decode()
        sur = self.r.choice(EN_LAST).lower().replace("'", "").replace(" ", "")
        sur = "".join(c for c in sur if c.isascii())
        k = self.r.randrange(6)
        if k == 0:
            return f"{f}.{sur}"
        if k == 1:
            return f"{f}{sur}{self.r.randint(1, 99)}"
        if k == 2:
            return f"{f[0]}{sur}"
        if k == 3:
            return f"{f}_{sur[:4]}"
        if k == 4:
            return f"{sur}.{f}{self.r.choice(['', '87', '1992', '04'])}"
        return f"{f}{self.r.choice(['bakes', 'runs', 'draws', 'codes', 'travels', 'fitness'])}"

    def email(self) -> str:
        b = self.handle_base()
        if self.r.random() < 0.15:
            b = (
                self.r.choice(["hello", "info", "bookings", "contact"])
                + "@"
                + b.replace(".", "").replace("_", "")
                + "."
                + self.r.choice(["example.com", "example.co.uk"])
            )
            return b
        return f"{b}@{self.r.choice(EMAIL_DOMAINS)}"

    def username(self) -> str:
        k = self.r.randrange(5)
        if k == 0:
            return "@" + self.handle_base()
        if k == 1:
            return (
                self.r.choice(["xX", "x", "", "The", "Lil"])
                + self.r.choice(
                    [
                        "Dark",
                        "Frosty",
                        "Salty",
                        "Crimson",
                        "Sneaky",
                        "Mighty",
                        "Lazy",
                        "Turbo",
                        "Captain",
                        "Wonky",
                    ]
                )
                + self.r.choice(
                    [
                        "Wolf",
                        "Potato",
                        "Falcon",
                        "Noodle",
                        "Badger",
                        "Pixel",
                        "Kraken",
                        "Toast",
                        "Llama",
                        "Ninja",
                    ]
                )
                + self.r.choice(["Xx", "99", "_7", "", "2k", "01"])
            )
        if k == 2:
            return (
                "@"
                + self.r.choice(EN_FIRST).lower()
                + "_"
                + self.r.choice(["x", "uk", "irl", "official", "lol", "xo", "ldn", "nyc"])
                + str(self.r.randint(0, 99))
            )
        if k == 3:
            return (
                "u/"
                + self.r.choice(["throwaway", "quiet", "tired", "soggy", "northern"])
                + "_"
                + self.r.choice(["gardener", "dad", "nurse", "biscuit", "commuter"])
                + str(self.r.randint(10, 9999))
            )
        return self.handle_base().replace(".", "_")

    def url(self) -> str:
        h = self.handle_base().replace(".", "")
        if "linkedin" in (tpl := self.r.choice(PROFILE_SITES)):
            h = (
                h.replace("_", "-")
                + "-"
                + "".join(self.r.choice("0123456789abcdef") for _ in range(6))
            )
        return tpl.format(h=h)

    def ip(self) -> str:
        k = self.r.randrange(5)
        if k == 0:
            return f"192.0.2.{self.r.randint(1, 254)}"
        if k == 1:
            return f"198.51.100.{self.r.randint(1, 254)}"
        if k == 2:
            return f"203.0.113.{self.r.randint(1, 254)}"
        if k == 3:
            return f"2001:db8:{self.r.randint(1, 0xFFFF):x}::{self.r.randint(1, 0xFFFF):x}"
        return f"2001:db8:85a3::8a2e:{self.r.randint(0, 0xFFF):x}:{self.r.randint(0, 0xFFFF):x}"

    # addresses -----------------------------------------------------------
    def postcode(self, area: str) -> str:
        return f"{area}{self.r.randint(1, 19)} {self.r.randint(1, 9)}{self.r.choice(PC_LETTERS)}{self.r.choice(PC_LETTERS)}"

    def addr_uk(self) -> str:
        city, area = self.r.choice(UK_CITIES)
        num = self.r.randint(1, 240)
        st = self.r.choice(UK_STREETS)
        pc = self.postcode(area)
        k = self.r.randrange(5)
        if k == 0:
            return f"{num} {st}, {city} {pc}"
        if k == 1:
            return f"Flat {self.r.randint(1, 12)}, {num} {st}, {city}, {pc}"
        if k == 2:
            return f"flat {self.r.randint(1, 9)}{self.r.choice('abc')}, {num} {st.lower()}, {city.lower()} {pc.lower()}"
        if k == 3:
            return f"{self.r.choice(['Rose Cottage', 'The Old Forge', 'Ivy House', 'Orchard View', '2 The Mews'])}, {st}, {city} {pc}"
        return f"{num} {st}\n{city}\n{pc}"

    def addr_us(self) -> str:
        city, st_abbr, zp = self.r.choice(US_PLACES)
        num = self.r.randint(10, 9899)
        st = self.r.choice(US_STREETS)
        z = f"{zp}{self.r.randint(1, 99):02d}"
        k = self.r.randrange(4)
        if k == 0:
            return f"{num} {st}, {city}, {st_abbr} {z}"
        if k == 1:
            return f"{num} {st} Apt {self.r.randint(1, 40)}{self.r.choice('ABCD')}, {city} {st_abbr} {z}"
        if k == 2:
            return f"{num} {st.lower()} unit {self.r.randint(1, 300)} {city.lower()} {st_abbr.lower()} {z}"
        return f"{num} {st}, #{self.r.randint(100, 999)}, {city}, {st_abbr} {z}-{self.r.randint(1000, 9999)}"

    def addr(self) -> str:
        return self.addr_uk() if self.r.random() < 0.55 else self.addr_us()

    # government / financial ids -----------------------------------------
    def nino(self) -> str:
        a = "ABCEGHJKLMNOPRSTWXYZ"
        b = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = self.r.choice(a) + self.r.choice(b)
            if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        d = f"{self.r.randint(0, 999999):06d}"
        s = self.r.choice("ABCD")
        k = self.r.randrange(3)
        if k == 0:
            return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"
        if k == 1:
            return f"{p}{d}{s}"
        return f"{p.lower()}{d}{s.lower()}" if self.r.random() < 0.3 else f"{p}{d} {s}"

    def nhs(self) -> str:
        n = nhs_make(self.r)
        k = self.r.randrange(3)
        if k == 0:
            return f"{n[:3]} {n[3:6]} {n[6:]}"
        if k == 1:
            return n
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"

    def uk_passport(self) -> str:
        return f"{self.r.randint(100000000, 999999999)}"

    def uk_dl(self) -> str:
        sur = "".join(c for c in self.last().upper() if c.isascii() and c.isalpha())[:5].ljust(
            5, "9"
        )
        year = self.r.randint(1950, 2004)
        month = self.r.randint(1, 12) + (50 if self.r.random() < 0.5 else 0)
        day = self.r.randint(1, 28)
        init = self.r.choice("ABCDEFGHJKLMNPRSTW") + self.r.choice("ABCDEFGHJKLMNPRSTW9")
        chk = self.r.choice("ABCDEFGHJKLMNPRSTWXYZ") + self.r.choice("ABCDEFGHJKLMNPRSTWXYZ")
        lic = f"{sur}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{init}9{chk}"
        return lic if self.r.random() < 0.75 else f"{lic[:5]} {lic[5:11]} {lic[11:]}"

    def ssn(self) -> str:
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        k = self.r.randrange(3)
        if k == 0:
            return f"{a:03d}-{g:02d}-{s:04d}"
        if k == 1:
            return f"{a:03d} {g:02d} {s:04d}"
        return f"{a:03d}{g:02d}{s:04d}"

    def itin(self) -> str:
        g = self.r.choice([*range(70, 89), 90, 91, 92, *range(94, 100)])
        v = f"9{self.r.randint(0, 99):02d}-{g}-{self.r.randint(0, 9999):04d}"
        return v if self.r.random() < 0.8 else v.replace("-", "")

    def us_passport(self) -> str:
        if self.r.random() < 0.5:
            return f"{self.r.randint(100000000, 999999999)}"
        return self.r.choice("ACEFHKLMNPRSTUVWXYZ") + f"{self.r.randint(10000000, 99999999)}"

    def _digits(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def _letters(self, n: int) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def _dl_letter(self) -> str:
        return self.r.choice("ABCDEFGHJKLMNPRSTWY")

    def us_dl(self) -> str:
        k = self.r.randrange(6)
        if k == 0:
            return self._dl_letter() + self._digits(7)  # California style
        if k == 1:
            return f"{self._digits(3)} {self._digits(3)} {self._digits(3)}"  # New York style
        if k == 2:
            return f"{self._dl_letter()}{self._digits(3)}-{self._digits(3)}-{self._digits(2)}-{self._digits(3)}-{self._digits(1)}"  # Florida style
        if k == 3:
            return f"{self._dl_letter()}{self._digits(3)}-{self._digits(4)}-{self._digits(4)}"  # Illinois style
        if k == 4:
            return self._digits(8)  # Texas style
        return "WDL" + "".join(self.r.choice("ABCDEFGHJKLMNPRSTWXYZ0123456789") for _ in range(9))

    def card(self) -> str:
        k = self.r.randrange(5)
        if k == 0:
            n = luhn_complete("4", 16, self.r)
        elif k == 1:
            n = luhn_complete(str(self.r.randint(51, 55)), 16, self.r)
        elif k == 2:
            n = luhn_complete(self.r.choice(["34", "37"]), 15, self.r)
            return self.r.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
        elif k == 3:
            n = luhn_complete("6011", 16, self.r)
        else:
            n = luhn_complete(str(self.r.randint(2221, 2720)), 16, self.r)
        f = self.r.randrange(3)
        if f == 0:
            return " ".join(n[i : i + 4] for i in range(0, 16, 4))
        if f == 1:
            return "-".join(n[i : i + 4] for i in range(0, 16, 4))
        return n

    def iban(self) -> str:
        c = self.r.choice(["GB", "GB", "GB", "IE", "DE", "NL", "FR"])
        if c == "GB":
            bban = self.r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + self._digits(
                14
            )
        elif c == "IE":
            bban = self.r.choice(["AIBK", "BOFI"]) + self._digits(14)
        elif c == "DE":
            bban = self._digits(18)
        elif c == "NL":
            bban = self.r.choice(["ABNA", "INGB", "RABO"]) + self._digits(10)
        else:
            bban = self._digits(23)
        ib = iban_make(c, bban)
        if self.r.random() < 0.55:
            return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
        return ib

    def sort_code(self) -> str:
        a, b, c = self.r.randint(1, 99), self.r.randint(0, 99), self.r.randint(0, 99)
        return self.r.choice(
            [f"{a:02d}-{b:02d}-{c:02d}", f"{a:02d}{b:02d}{c:02d}", f"{a:02d} {b:02d} {c:02d}"]
        )

    def acct_uk(self) -> str:
        return f"{self.r.randint(10000000, 99999999)}"

    def acct_us(self) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(self.r.randint(8, 12)))

    def plate_uk(self) -> str:
        pre = self.r.choice("ABCDEFGHKLMNOPRSVWY") + self.r.choice("ABCDEFGHJKLMNOPRSTUVWXY")
        age = self.r.choice(
            [
                "51",
                "55",
                "59",
                "61",
                "63",
                "65",
                "66",
                "67",
                "68",
                "69",
                "70",
                "71",
                "72",
                "73",
                "14",
                "16",
                "17",
                "18",
                "19",
                "20",
                "21",
                "22",
                "23",
                "24",
            ]
        )
        suf = "".join(self.r.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
        return self.r.choice(
            [f"{pre}{age} {suf}", f"{pre}{age}{suf}", f"{pre.lower()}{age} {suf.lower()}"]
        )

    def plate_us(self) -> str:
        return self.r.choice(
            [
                f"{self.r.randint(5, 9)}{self._letters(3)}{self._digits(3)}",
                f"{self._letters(3)}-{self._digits(4)}",
                f"{self._letters(3)} {self._digits(4)}",
                f"{self._digits(3)} {self._letters(3)}",
            ]
        )


# Templates: {KEY} slots.  KEY -> (entity type, generator method name).
EN_SLOTS: dict[str, tuple[str, str]] = {
    "P": ("PERSON", "person"),
    "FULL": ("PERSON", "full"),
    "FIRST": ("PERSON", "first"),
    "TITLED": ("PERSON", "titled"),
    "NICK": ("PERSON", "nick"),
    "PH": ("PHONE_NUMBER", "phone"),
    "PHUK": ("PHONE_NUMBER", "phone_uk"),
    "PHUS": ("PHONE_NUMBER", "phone_us"),
    "EM": ("EMAIL_ADDRESS", "email"),
    "ADDR": ("LOCATION", "addr"),
    "ADDRUK": ("LOCATION", "addr_uk"),
    "ADDRUS": ("LOCATION", "addr_us"),
    "NINO": ("UK_NINO", "nino"),
    "NHS": ("UK_NHS", "nhs"),
    "UKPP": ("UK_PASSPORT", "uk_passport"),
    "UKDL": ("UK_DRIVING_LICENCE", "uk_dl"),
    "SSN": ("US_SSN", "ssn"),
    "ITIN": ("US_ITIN", "itin"),
    "USPP": ("US_PASSPORT", "us_passport"),
    "USDL": ("US_DRIVER_LICENSE", "us_dl"),
    "CC": ("CREDIT_CARD", "card"),
    "IBAN": ("IBAN_CODE", "iban"),
    "SORT": ("BANK_ACCOUNT", "sort_code"),
    "ACC": ("BANK_ACCOUNT", "acct_uk"),
    "ROUT": ("BANK_ACCOUNT", "routing"),
    "ACCUS": ("BANK_ACCOUNT", "acct_us"),
    "PLUK": ("LICENSE_PLATE", "plate_uk"),
    "PLUS": ("LICENSE_PLATE", "plate_us"),
    "USER": ("USERNAME", "username"),
    "URL": ("URL", "url"),
    "IP": ("IP_ADDRESS", "ip"),
}
En.routing = lambda self: aba_make(self.r)  # type: ignore[attr-defined]

EN_TEMPLATES = [
    # chat / family
    "hey its {FIRST}, new number is {PHUK} save it x",
    "{FIRST} can u pick up {FIRST} from school today? im stuck at work",
    "Tell {FIRST} I said happy birthday!! 🎉",
    "omg {FIRST} just fell asleep on the sofa again 😂",
    "{NICK} ur a legend, owe u a pint",
    "Has anyone heard from {FULL}? Her phone keeps going to voicemail, tried {PH} twice",
    "ok so {FIRST} and {FIRST} are coming sat, {FIRST} might be late",
    "my brother {FIRST}'s number if you need it: {PH}",
    "Just spoke to {TITLED} about the boiler, they're coming Thursday morning",
    "Can you send me {FULL}'s email? think its {EM} but not sure",
    "{FIRST} from next door dropped this off for you",
    "running late, {FIRST} will let you in. ring {PHUK} if nobody answers",
    "miss you {FIRST} ❤️ see you at christmas",
    "{FIRST}!!! where are u",
    "lol {NICK} is already drunk and it's 4pm",
    "pls call me back on {PH} asap its about {FIRST}",
    "{FIRST} said the key's under the mat at {ADDRUK}",
    "thanks {TITLED}, {FIRST} really enjoyed the trip",
    "Mum says {FULL} is in hospital, she's on ward 7",
    "nana's new address is {ADDRUK}, can everyone update their christmas card lists",
    "grandpa moved, send the parcel to {ADDRUS} instead",
    # payments
    "Paid {FULL} £{AMT} for the sofa",
    "{FIRST} - rent march",
    "for pizza 🍕 thanks {FIRST}",
    "Transfer to {FULL}, sort code {SORT}, account {ACC}, ref FLATDEPOSIT",
    "bank details for the deposit: {SORT} {ACC} (name {FULL})",
    "pls send to IBAN {IBAN} ({FULL})",
    "IBAN: {IBAN}\nBIC: NWBKGB2L\nName: {FULL}",
    "Routing {ROUT} account {ACCUS} - for the wedding gift fund",
    "Direct deposit info: routing number {ROUT}, checking acct {ACCUS}",
    "card ending in... actually here's the whole thing {CC} exp 09/27",
    "My card {CC} got declined again ugh",
    "Use this card for the booking: {CC}, name on card {FULL}",
    "venmo {USER} $25 for the uber",
    "split the bill w {FIRST} and {FIRST} 🍻",
    "refund to {FULL} for cancelled lessons",
    # e-mails / formal
    "Dear {TITLED},\nPlease find attached my updated CV. I can be reached on {PH} or at {EM}.\nKind regards,\n{FULL}",
    "Hi {FIRST}, thanks for your email. Could you confirm your National Insurance number ({NINO}) so payroll can update your record?",
    "Patient: {FULL}\nNHS no: {NHS}\nDOB: 14/03/1962",
    "My NHS number is {NHS} if the surgery needs it",
    "NI number {NINO}",
    "new starter form: {FULL}, NINO {NINO}, sort code {SORT}, acc no {ACC}",
    "Re: passport renewal - my old passport number was {UKPP}, issued in 2016",
    "passport no {UKPP} exp 2031",
    "driving licence number {UKDL} - is that the one you need for the hire car?",
    "For the insurance quote: licence {UKDL}, reg {PLUK}",
    "SSN: {SSN}",
    "can you fill in the W-4 for me, my social is {SSN}",
    "ITIN {ITIN} – please use this for the 1099 not my old number",
    "Her passport # is {USPP}, she's flying on the 12th",
    "DL# {USDL} exp 2029",
    "Driver license no. {USDL}, issued 2021",
    "To whom it may concern, I, {FULL}, of {ADDRUS}, authorize the release of my records.",
    "Please update my mailing address to {ADDRUS}. Thanks, {FIRST}",
    "Invoice to: {FULL}\n{ADDRUK}",
    "From: {FULL} <{EM}>\nSubject: viewing on saturday",
    "cc {EM} and {EM} pls",
    "reply to {EM} not my work one",
    "Hello {TITLED}, your appointment with {TITLED} is confirmed for Monday 9:40am.",
    "Dear {FIRST} and {FIRST},\nWe are delighted to invite you to our wedding!",
    # delivery
    "Your driver {FIRST} is on the way 🚗 Reg: {PLUK}",
    "Your Uber is arriving: {PLUS}, driver {FIRST}",
    "Delivery to {ADDR}. Leave with neighbour if out. Tel {PH}",
    "parcel for {FULL}, {ADDRUK} - left in the blue bin",
    "Hi this is {FIRST} your courier, I'm outside but no answer, call me {PH}",
    "deliver to: {FULL}, {ADDRUS}, phone {PHUS}",
    "Can't find the house, is it {ADDR}?",
    "someone in a {PLUK} keeps parking across my drive",
    "the silver car {PLUS} hit my mirror and drove off, got the plate",
    # social / online
    "follow my cooking page {URL} 🍝",
    "new portfolio is up! {URL}",
    "my linkedin if anyone's hiring: {URL}",
    "add me on xbox, gamertag {USER}",
    "my psn is {USER} lets squad up tonight",
    "shoutout to {USER} for the carry 🔥",
    "{USER} lmao you're so right",
    "DM {USER} for commissions, or email {EM}",
    "it was {USER} who posted it, check {URL}",
    "login from new device: IP {IP}, was that you {FIRST}?",
    "my home IP is {IP}, whitelist it pls",
    "the spam comments all came from {IP} and {IP}",
    "Server logs show {FULL} signed in from {IP}",
    "Congrats {FULL} on the new job!!",
    "RIP {FULL}, the kindest teacher I ever had",
    "Happy retirement {TITLED}, you'll be missed in Year 6 💐",
    "shoutout to my sister {FIRST} who just ran her first marathon 🏃‍♀️",
    "{FULL} {PH} {EM}",
    "contact: {FULL} / {PH} / {EM}",
    "lost dog!! answers to Biscuit, if found ring {FIRST} on {PH}",
    "room available, msg {FIRST} {PHUK} or {EM}",
    "selling my bike £{AMT} ono, collection from {ADDRUK}",
    "babysitter needed fri night, {FIRST} recommended {FULL} - number {PH}",
    "{FULL} ({PH})",
    # misc formats
    "Name: {FULL}\nPhone: {PH}\nEmail: {EM}\nAddress: {ADDR}",
    "Emergency contact - {FULL} ({REL}), {PH}",
    "Tenant: {FULL}; Guarantor: {FULL}; Property: {ADDRUK}",
    "Claim ref for {FULL}: card {CC}, NINO {NINO}",
    "forgot my wallet, its got my driving licence {UKDL} and card {CC} in it 😭",
    "{FIRST}'s payroll details: SSN {SSN}, routing {ROUT}, acct {ACCUS}",
    "visa form: passport {USPP}, SSN {SSN}, home {ADDRUS}",
    "{TITLED} said to bring your NHS number ({NHS}) and a photo ID",
    "ok ok {FIRST} {FIRST} {FIRST} stop spamming the chat",
    "{FIRST}: running 10 mins late\n{FIRST}: np",
    "{FIRST} 🥺",
    "lunch w {FIRST} at 1?",
    "text {FIRST} back already 🙄",
    "is {FIRST} ok? seemed upset at the party",
    "{FIRST} and i are splitting the tab",
    "can we add {FULL} to the group? her number is {PH}",
    "landlord {TITLED} wants the rent to {SORT} / {ACC} from now on",
    "pls forward to {EM}, {FIRST} handles the invoices now",
    "pls send the deposit to my IBAN {IBAN} by friday",
    "Payment details - IBAN {IBAN}, ref ROOM3",
    "hi {FIRST}, new account for the club subs: {IBAN}",
    "iban {IBAN} (it's my german account, still works)",
    "Beneficiary: {FULL}\nIBAN: {IBAN}",
    "my ITIN is {ITIN}, I don't have an SSN yet",
    "Tax ID (ITIN): {ITIN}",
    "for the 1040 use ITIN {ITIN} for {FIRST}",
    "her ITIN number {ITIN} and dob 02/11/1990",
    "ID on file: {USDL} (DL), {USPP} (passport)",
    "car rental needs your license # {USDL}",
    "{FIRST} left his license at the bar lol, number's {USDL} if anyone finds it",
    "- passport: {USPP}\n- SSN: {SSN}\n- phone: {PHUS}",
    "passport number {UKPP}, expiry 04/2029, nationality British",
    "{FULL} - UK passport {UKPP}",
    "DVLA check code for licence {UKDL} is in the email from {FIRST}",
    "licence no: {UKDL}",
    "NI no. {NINO} / NHS no. {NHS}",
    "1. {FULL}\n2. {FULL}\n3. {FULL}",
    "attendees: {FULL}, {FULL}, {TITLED}",
    "Your appointment: {FULL}, NHS number {NHS}, {DAYTIME}",
    "{TITLED} rang from the practice - can you ring back on {PHUK}",
    "@{FIRST} thx for the invite!",
    "{FIRST}.",
    "ask {FIRST}",
    "oh and {FIRST} says hi 👋",
    "heard {FIRST} got the job!!",
    "{NICK} and {NICK} are coming round later",
    "me and {FIRST} are at the usual table",
    "{FIRST} u coming or not",
    "sorry {TITLED}, {FIRST} is off sick today 🤒",
    "Hey {FIRST}! It's {FIRST} from yoga, this is my number: {PH}",
    "wrong number? this is {FIRST} not {FIRST}",
    "{FULL} has sent you £{AMT}",
    "{FULL} paid you ${AMT} - dinner 🍣",
    "You paid {FULL} ${AMT} · tickets",
    "Payment to {FULL} ({EM}) completed",
    "reimbursement to card {CC} for {FULL}",
    "card number {CC}\nexpiry 11/26\ncvv on the back lol",
    "amex {CC} pls charge the deposit to that one",
    "Our new address from the 1st: {ADDR} 🏡",
    "mail forwarding set up to {ADDRUS}",
    "Ship to {ADDRUS}\nAttn: {FULL}",
    "drop it round to mine: {ADDRUK}",
    "we've moved!! {ADDRUK} - come visit",
    "venue is {ADDRUS}, parking round the back",
    "{PLUS} was tailgating me the whole way home",
    "reg plate {PLUK}, parked in a disabled bay AGAIN",
    "Ticket issued to vehicle {PLUK}",
    "your parking permit is valid for {PLUK}",
    "ig: {USER} / tiktok: {USER}",
    "my discord is {USER}",
    "steam: {USER}",
    "Portfolio: {URL}\nGitHub: {URL}",
    "check out {FIRST}'s etsy {URL}",
    "our router got a new IP {IP}",
    "Failed login attempt from {IP} on your account",
    "the NAS is at {IP} - ask {FIRST} for the password",
    "Hi {FIRST},\n\nPlease find my bank details below:\nSort code: {SORT}\nAccount number: {ACC}\n\nThanks,\n{FIRST}",
    "routing #: {ROUT}\naccount #: {ACCUS}",
    "ABA {ROUT} acct {ACCUS} – {FULL}",
]

EN_CLEAN = [
    "running 10 mins late sorry!!",
    "did anyone see the match last night? absolute scenes",
    "can someone bring ice, we're out",
    "ok see you there 👍",
    "lol same",
    "omw",
    "thanks for dinner, it was lovely x",
    "the bins go out tomorrow not today",
    "anyone know if the pool is open on bank holiday monday?",
    "just landed ✈️",
    "Parcel delivered to your safe place. Thanks for shopping with us.",
    "Your order has shipped and should arrive Tuesday.",
    "rent paid for april",
    "for the concert tickets 🎶",
    "gas & electric",
    "haha that's hilarious",
    "Reminder: parents evening is on Thursday from 4pm.",
    "can't make it tonight, feeling rough 🤒",
    "The heating is broken again, any chance someone can look at it this week?",
    "good luck today!! you've got this 💪",
    "who's bringing the birthday cake?",
    "weather's awful, taking the bus",
    "does anyone have a spare phone charger",
    "meeting moved to 3pm, same room",
    "brb",
    "that film was sooo long",
    "Love this photo!",
    "so proud of you 🥹",
    "Thanks for the lift yesterday",
    "half term plans anyone?",
    "is the car park by the station free after 6?",
    "who ate the last yoghurt 😤",
    "the wifi is down again",
    "Happy Friday everyone!",
    "Booked the table for 7:30",
    "did u get my voice note",
    "great game today lads ⚽",
    "Please remember PE kits on Wednesday.",
    "can we do next week instead?",
    "the kids loved it, thank you so much",
    "bin day reminder 🗑️",
    "Payment received, thank you.",
    "coffee ☕",
    "groceries",
    "water bill q1",
    "Your verification code is 482913. It expires in 10 minutes.",
    "quick q - is the office closed on friday?",
    "I'll bring the board games",
    "sorry missed your call, in a meeting",
    "anyone fancy a walk later? weather looks decent",
    "That recipe was amazing, making it again tonight",
    "Flight delayed 2 hours, ugh",
    "new kitchen is finally finished!! 🙌",
    "train's cancelled, gonna be late",
    "Well done on the exam results!",
    "does this look ok or too much?",
    "just finished a 10k 🏃",
    "the dentist moved my appt to next month",
    "Movie night at ours?",
    "i cant believe its already december",
]

CHAT_PREFIXES_EN = [
    "",
    "",
    "",
    "",
    "",
    "",
    "[12/03/2024, 09:14:22] ",
    "14/05/2023, 21:07 - ",
    "Sat 10:42 - ",
    "Re: ",
    "Fwd: ",
    "[10:15] ",
    "1/7/24, 8:03 pm - ",
    "comment: ",
    "note: ",
    "DM: ",
    "reply: ",
]
SUFFIXES_EN = [
    "",
    "",
    "",
    "",
    " x",
    " xx",
    " 😊",
    " 🙏",
    " thx",
    " ta",
    " lol",
    " !!",
    " 👍",
    " cheers",
    " ty",
]
TYPO_SWAPS = [
    ("the ", "teh "),
    ("receive", "recieve"),
    ("you", "yuo"),
    ("definitely", "definately"),
    ("because", "becuase"),
    ("tomorrow", "tmrw"),
    ("please", "pls"),
    ("thanks", "thnks"),
    ("your", "ur"),
    ("there", "their"),
    ("with", "wiht"),
    ("and ", "adn "),
]
RELS = [
    "mum",
    "dad",
    "husband",
    "wife",
    "partner",
    "sister",
    "brother",
    "neighbour",
    "son",
    "daughter",
]


def fill(
    template: str,
    gen: object,
    slots: dict[str, tuple[str, str]],
    extra: dict[str, Callable[[], str]],
) -> list[Seg]:
    segs: list[Seg] = []
    i = 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            segs.append((template[i:], None))
            break
        segs.append((template[i:j], None))
        k = template.index("}", j)
        key = template[j + 1 : k]
        if key in slots:
            t, meth = slots[key]
            segs.append((getattr(gen, meth)(), t))
        else:
            segs.append((extra[key](), None))
        i = k + 1
    return [s for s in segs if s[0]]


def typo(s: str, rng: random.Random) -> str:
    opts = [(a, b) for a, b in TYPO_SWAPS if a in s]
    if opts:
        a, b = rng.choice(opts)
        return s.replace(a, b, 1)
    return s


LOWERABLE = {"PERSON", "LOCATION", "EMAIL_ADDRESS", "USERNAME", "URL"}


def transform_en(segs: list[Seg], rng: random.Random) -> list[Seg]:
    lower = rng.random() < 0.22
    do_typo = rng.random() < 0.2
    out: list[Seg] = []
    typo_done = False
    for s, t in segs:
        if lower and (t is None or t in LOWERABLE):
            s = s.lower()
        if do_typo and t is None and not typo_done:
            s2 = typo(s, rng)
            typo_done = s2 != s
            s = s2
        out.append((s, t))
    return out


def build_en_labelled(rng: random.Random) -> list[dict[str, object]]:
    g = En(rng)
    extra: dict[str, Callable[[], str]] = {
        "AMT": lambda: rng.choice(
            ["20", "45", "120", "7.50", "350", "60", "15.99", "900", "32.40"]
        ),
        "LAST": g.last,
        "REL": lambda: rng.choice(RELS),
        "DAYTIME": lambda: rng.choice(
            ["Tue 14 May 09:20", "Monday at 3.15pm", "12/06 10:40", "Fri 8:50am"]
        ),
    }
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    n_clean = round(N_LINES * 0.15)
    order = [True] * n_clean + [False] * (N_LINES - n_clean)
    rng.shuffle(order)
    tpl_cycle = list(EN_TEMPLATES)
    rng.shuffle(tpl_cycle)
    ti = 0
    for clean in order:
        while True:
            if clean:
                segs: list[Seg] = [(rng.choice(EN_CLEAN), None)]
            else:
                tpl = tpl_cycle[ti % len(tpl_cycle)]
                ti += 1
                segs = fill(tpl, g, EN_SLOTS, extra)
            pre, suf = rng.choice(CHAT_PREFIXES_EN), rng.choice(SUFFIXES_EN)
            segs = [(pre, None), *segs, (suf, None)]
            segs = transform_en([s for s in segs if s[0]], rng)
            rec = assemble(segs)
            if rec["text"] not in seen:
                seen.add(str(rec["text"]))
                out.append(rec)
                break
    return out


# ---------------------------------------------------------------------------
# Chinese pools
# ---------------------------------------------------------------------------

ZH_SURNAMES: list[str] = [
    *"王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖石金贾韦覃冼麦邝温莫雷龙易",
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "皇甫",
]
ZH_GIVEN = (
    "伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 子涵 梓萱 浩然 一诺 欣怡 宇轩 雨桐 "
    "思远 俊杰 嘉怡 晓峰 文博 佳琪 志强 海燕 春梅 建国 淑芬 丽华 慧敏 家豪 咏诗 晓彤 振华 美玲 德胜 玉兰 "
    "红霞 雪梅 立新 卫东 建军 秀珍 婉婷 梓轩 诗涵 锦程 若曦 沐阳 书瑶 泽宇 金花 永福 翠兰 铁柱 翔 鹏 琳 瑶 "
    "昊天 紫萱 嘉欣 晨曦 亚楠 宏伟 少华 凤英 秋菊 冬梅 宝华 建华 海波"
).split()
ZH_MINORITY = [
    "巴特尔",
    "其其格",
    "阿依古丽",
    "买买提·艾力",
    "扎西",
    "卓玛",
    "才让",
    "格桑",
    "达娃",
    "阿不都",
    "古丽娜尔",
]
ZH_NICK_CHARS = list("雨峰丽强珍杰敏婷芳军华琴美宇妮萌娟涛磊鹏霞伟红")
ZH_DOUBLED = [
    "婷婷",
    "乐乐",
    "豆豆",
    "贝贝",
    "晶晶",
    "果果",
    "欢欢",
    "甜甜",
    "妞妞",
    "浩浩",
    "萌萌",
    "丹丹",
    "琳琳",
    "朵朵",
    "亮亮",
    "东东",
]
ZH_ROLES = [
    "总",
    "姐",
    "哥",
    "老师",
    "医生",
    "阿姨",
    "师傅",
    "经理",
    "叔",
    "工",
    "主任",
    "律师",
    "护士",
    "大夫",
    "老板",
    "教练",
    "姨",
    "会计",
]

ZH_REGIONS = [
    ("广东省", "深圳市", "南山区", "440305"),
    ("广东省", "广州市", "天河区", "440106"),
    ("浙江省", "杭州市", "西湖区", "330106"),
    ("四川省", "成都市", "武侯区", "510107"),
    ("湖北省", "武汉市", "洪山区", "420111"),
    ("陕西省", "西安市", "雁塔区", "610113"),
    ("辽宁省", "沈阳市", "和平区", "210102"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103"),
    ("云南省", "昆明市", "五华区", "530102"),
    ("福建省", "厦门市", "思明区", "350203"),
    ("江苏省", "南京市", "鼓楼区", "320106"),
    ("山东省", "青岛市", "市南区", "370202"),
    ("湖南省", "长沙市", "岳麓区", "430104"),
    ("河南省", "郑州市", "金水区", "410105"),
    ("广西壮族自治区", "南宁市", "青秀区", "450103"),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102"),
    ("内蒙古自治区", "呼和浩特市", "赛罕区", "150105"),
    ("", "北京市", "朝阳区", "110105"),
    ("", "上海市", "浦东新区", "310115"),
    ("", "天津市", "南开区", "120104"),
    ("", "重庆市", "渝中区", "500103"),
    ("甘肃省", "兰州市", "城关区", "620102"),
    ("贵州省", "贵阳市", "云岩区", "520103"),
    ("吉林省", "长春市", "朝阳区", "220104"),
    ("海南省", "海口市", "龙华区", "460106"),
    ("江西省", "南昌市", "东湖区", "360102"),
    ("安徽省", "合肥市", "蜀山区", "340104"),
    ("河北省", "石家庄市", "长安区", "130102"),
    ("山西省", "太原市", "小店区", "140105"),
]
ZH_ROADS = [
    "建设路",
    "人民路",
    "解放路",
    "中山路",
    "科技园南路",
    "文三路",
    "长江路",
    "学府路",
    "滨江大道",
    "东风路",
    "光谷大道",
    "望京西路",
    "科华北路",
    "天府三街",
    "南京东路",
    "五一大道",
    "花园路",
    "迎宾大道",
    "青年路",
    "金沙江路",
    "友谊路",
    "新华街",
    "幸福大街",
]
ZH_COMMUNITIES = [
    "阳光花园",
    "翠苑小区",
    "万科城",
    "锦绣家园",
    "金色家园",
    "幸福里",
    "和平里",
    "绿地新都会",
    "保利花园",
    "枫林苑",
    "滨江一号",
    "龙湖春江郦城",
    "华润二十四城",
    "世纪花园",
    "东方明珠苑",
    "碧水湾",
]
ZH_PLATE_PROV = "京沪粤浙川鄂陕辽黑云闽苏鲁湘豫桂新蒙津渝甘贵吉琼赣皖冀晋"


class Zh:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def surname(self) -> str:
        return self.r.choice(ZH_SURNAMES)

    def full(self) -> str:
        if self.r.random() < 0.06:
            return self.r.choice(ZH_MINORITY)
        return self.surname() + self.r.choice(ZH_GIVEN)

    def given(self) -> str:
        return self.r.choice([g for g in ZH_GIVEN if len(g) == 2])

    def nick(self) -> str:
        k = self.r.randrange(4)
        if k == 0:
            return "小" + self.r.choice(ZH_NICK_CHARS)
        if k == 1:
            return "老" + self.r.choice([s for s in ZH_SURNAMES if len(s) == 1])
        if k == 2:
            return "阿" + self.r.choice(ZH_NICK_CHARS)
        return self.r.choice(ZH_DOUBLED)

    def role(self) -> str:
        return self.r.choice([s for s in ZH_SURNAMES if len(s) == 1]) + self.r.choice(ZH_ROLES)

    def person(self) -> str:
        k = self.r.random()
        if k < 0.45:
            return self.full()
        if k < 0.6:
            return self.given()
        if k < 0.8:
            return self.nick()
        return self.role()

    def mobile_digits(self) -> str:
        pre = self.r.choice(
            [
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
                "153",
                "155",
                "156",
                "157",
                "158",
                "159",
                "166",
                "170",
                "176",
                "177",
                "180",
                "181",
                "182",
                "185",
                "186",
                "187",
                "188",
                "189",
                "191",
                "198",
                "199",
            ]
        )
        return pre + "".join(str(self.r.randint(0, 9)) for _ in range(8))

    def phone(self) -> str:
        n = self.mobile_digits()
        k = self.r.randrange(7)
        if k == 0:
            return f"{n[:3]} {n[3:7]} {n[7:]}"
        if k == 1:
            return f"{n[:3]}-{n[3:7]}-{n[7:]}"
        if k == 2:
            return f"+86 {n}"
        if k == 3:
            return f"+86-{n[:3]}-{n[3:7]}-{n[7:]}"
        if k == 4:
            return (
                self.r.choice(["010", "021", "020", "0755", "028", "027", "0571"])
                + "-"
                + "".join(str(self.r.randint(0, 9)) for _ in range(8))
            )
        return n

    def phone_glued(self) -> str:
        return self.r.choice(["+86", "86", ""]) + self.mobile_digits()

    def email(self) -> str:
        py = self.r.choice(
            [
                "zhangwei",
                "liting",
                "wangfang",
                "chenjie",
                "xiaoyu",
                "huangmin",
                "liuyang",
                "zhoulei",
                "sunli",
                "mali",
                "guojing",
                "linxin",
                "luoyi",
                "zhaoqian",
                "xuhao",
                "tangtang",
            ]
        )
        k = self.r.randrange(4)
        if k == 0:
            local = py + str(self.r.randint(1, 2005))
        elif k == 1:
            local = str(self.r.randint(10000, 9999999999))
        elif k == 2:
            local = py.replace("a", "a.", 1)
        else:
            local = py + "_" + self.r.choice(["cn", "work", "hz", "sz", "bj"])
        return f"{local}@{self.r.choice(EMAIL_DOMAINS[:4])}"

    def addr(self) -> str:
        prov, city, dist, _ = self.r.choice(ZH_REGIONS)
        road = self.r.choice(ZH_ROADS)
        no = self.r.randint(1, 999)
        comm = self.r.choice(ZH_COMMUNITIES)
        b, u, rm = (
            self.r.randint(1, 30),
            self.r.randint(1, 6),
            self.r.randint(1, 33) * 100 + self.r.randint(1, 8),
        )
        k = self.r.randrange(6)
        if k == 0:
            return f"{prov}{city}{dist}{road}{no}号{comm}{b}栋{u}单元{rm}室"
        if k == 1:
            return f"{city}{dist}{road}{no}号"
        if k == 2:
            return f"{dist}{comm}{b}号楼{u}单元{rm}"
        if k == 3:
            return f"{city.rstrip('市')}{dist}{road}{no}号{comm}{b}-{u}-{rm}"
        if k == 4:
            return f"{prov}{city}{dist}{road} {no} 号 {b} 幢 {rm} 室"
        return f"{comm}{b}栋{rm}（{dist}{road}{no}号）"

    def id_card(self) -> str:
        code = self.r.choice(ZH_REGIONS)[3]
        y, m, d = self.r.randint(1950, 2012), self.r.randint(1, 12), self.r.randint(1, 28)
        body = f"{code}{y}{m:02d}{d:02d}{self.r.randint(0, 999):03d}"
        v = body + cn_id_check(body)
        if v.endswith("X") and self.r.random() < 0.3:
            v = v[:-1] + "x"
        return v

    def passport(self) -> str:
        k = self.r.randrange(3)
        if k == 0:
            return "E" + f"{self.r.randint(10000000, 99999999)}"
        if k == 1:
            return (
                "E"
                + self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
                + f"{self.r.randint(1000000, 9999999)}"
            )
        return "G" + f"{self.r.randint(10000000, 99999999)}"

    def bank_card(self) -> str:
        pre = self.r.choice(
            [
                "622202",
                "621700",
                "622848",
                "621483",
                "622588",
                "622700",
                "621226",
                "623668",
                "622260",
                "621799",
            ]
        )
        n = luhn_complete(pre, self.r.choice([16, 19, 19]), self.r)
        if self.r.random() < 0.45:
            return " ".join(n[i : i + 4] for i in range(0, len(n), 4))
        return n

    def plate(self) -> str:
        p = self.r.choice(ZH_PLATE_PROV)
        L = self.r.choice("ABCDEFGHJKLMN")
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        if self.r.random() < 0.25:
            tail = self.r.choice("DF") + "".join(str(self.r.randint(0, 9)) for _ in range(5))
        else:
            tail = "".join(
                self.r.choice(chars) if self.r.random() < 0.3 else str(self.r.randint(0, 9))
                for _ in range(5)
            )
        return self.r.choice([f"{p}{L}{tail}", f"{p}{L}·{tail}", f"{p}{L} {tail}"])

    def wechat(self) -> str:
        k = self.r.randrange(4)
        if k == 0:
            return "wxid_" + "".join(
                self.r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)
            )
        base = self.r.choice(
            [
                "lily",
                "zhang",
                "xiaomei",
                "chen",
                "amy",
                "kevin",
                "tina",
                "lele",
                "dabao",
                "sunny",
                "jack",
                "momo",
                "yuki",
                "leo",
            ]
        )
        if k == 1:
            return f"{base}_{self.r.randint(1980, 2008)}"
        if k == 2:
            return f"{base}{self.r.randint(100, 99999)}"
        return f"{base.capitalize()}-{self.r.choice(['hz', 'sz', 'cd', 'bj', 'sh', 'wh'])}{self.r.randint(1, 99)}"

    def qq(self) -> str:
        return str(self.r.randint(10000, 3999999999))

    def username(self) -> str:
        k = self.r.randrange(3)
        cute = [
            "橘子汽水不加冰",
            "一只小胖鱼",
            "奶茶续命中",
            "今天也要早睡",
            "爱吃香菜的猫",
            "秃头程序猿",
            "芒果布丁酱",
            "熬夜冠军",
            "柠檬不萌",
            "风吹麦浪007",
            "快乐小狗勾",
            "不吃辣的川妹子",
        ]
        if k == 0:
            return "@" + self.r.choice(cute)
        if k == 1:
            return (
                self.r.choice(["dy", "xhs", "bili", "wb"])
                + "_"
                + self.r.choice(["lemon", "panda", "tudou", "momo", "xiaoke", "ayu"])
                + str(self.r.randint(1, 9999))
            )
        return self.r.choice(cute) + str(self.r.randint(1, 999))


ZH_SLOTS: dict[str, tuple[str, str]] = {
    "P": ("PERSON", "person"),
    "FULL": ("PERSON", "full"),
    "GIVEN": ("PERSON", "given"),
    "NICK": ("PERSON", "nick"),
    "ROLE": ("PERSON", "role"),
    "PH": ("PHONE_NUMBER", "phone"),
    "PHG": ("PHONE_NUMBER", "phone_glued"),
    "EM": ("EMAIL_ADDRESS", "email"),
    "ADDR": ("LOCATION", "addr"),
    "ID": ("CN_ID_CARD", "id_card"),
    "PP": ("CN_PASSPORT", "passport"),
    "BANK": ("CN_BANK_CARD", "bank_card"),
    "PLATE": ("LICENSE_PLATE", "plate"),
    "WX": ("WECHAT_ID", "wechat"),
    "QQ": ("QQ_NUMBER", "qq"),
    "USER": ("USERNAME", "username"),
}

ZH_TEMPLATES = [
    "我换号了，新号码{PH}，存一下哈",
    "{NICK}，晚上回家吃饭不？",
    "{ROLE}您好，合同我已经发您邮箱{EM}了，麻烦查收",
    "收件人：{FULL}，电话：{PH}，地址：{ADDR}",
    "{FULL} {PH} {ADDR}",
    "快递放{ADDR}门口就行，不用打电话",
    "您好，我是您的外卖骑手，已经到楼下了，电话{PH}",
    "外卖备注：不要香菜，送到{ADDR}，到了打{PH}",
    "【顺丰速运】您的快件已由{FULL}签收，如有疑问请联系{PH}",
    "各位家长好，{FULL}同学的作业还没交，请家长督促一下",
    "@{FULL}妈妈 明天记得带水彩笔哦",
    "{ROLE}，{FULL}今天发烧了请个假，谢谢🙏",
    "家长群通知：请{FULL}、{FULL}、{FULL}三位同学的家长今晚前交资料费",
    "加我微信{WX}，备注一下姓名",
    "微信号：{WX}（手机{PHG}）",
    "我QQ是{QQ}，有事留言",
    "扣扣{QQ}，加的时候说是{NICK}介绍的",
    "转账给{FULL}，房租3月",
    "{NICK}，上次吃饭的钱AA，我转你微信了",
    "还{ROLE}借款5000",
    "收到{FULL}转账¥200.00",
    "打到我卡上：{BANK}（工行，户名{FULL}）",
    "卡号{BANK} 开户行招商银行{CITY}分行",
    "退款请退到{BANK}，谢谢",
    "身份证号{ID}，姓名{FULL}，帮我订明天的高铁票",
    "订酒店需要入住人信息：{FULL}，{ID}，电话{PH}",
    "我的身份证号码是：{ID}",
    "护照号{PP}，签证材料我下午送过去",
    "护照：{PP}，有效期到2030年",
    "{FULL}的护照号是{PP}，帮他一起订机票",
    "车牌{PLATE}的车主请挪一下车，堵住消防通道了",
    "小区门口那辆{PLATE}又乱停了😤",
    "滴滴司机{ROLE}，车牌号{PLATE}，白色大众",
    "租房｜{ADDR}，两室一厅，月租3800，联系{NICK} {PH}",
    "房东{ROLE}说押一付三，钱转到{BANK}",
    "看房请联系{FULL}（中介）{PH}，微信同号",
    "我搬家了，新地址：{ADDR}，以后寄东西寄这里",
    "老家地址{ADDR}，过年寄年货用",
    "{GIVEN}，生日快乐🎂🎉",
    "祝{FULL}老师节日快乐！",
    "今天和{NICK}去吃火锅了，太香了",
    "{NICK}又在群里发红包了哈哈哈",
    "谢谢{ROLE}的帮忙，改天请你吃饭",
    "{FULL}：明天几点集合？\n{FULL}：八点半，校门口",
    "{NICK}你到哪了",
    "{GIVEN}在吗",
    "问下{ROLE}，报销单交给谁",
    "{FULL}电话打不通，谁有他别的联系方式",
    "新同事{FULL}，邮箱{EM}，大家多关照",
    "简历投递：{FULL}，{PH}，{EM}",
    "关注我的小红书{USER}，每天分享穿搭",
    "抖音搜{USER}，我开直播啦",
    "B站UP主{USER}的视频太好笑了",
    "游戏ID：{USER}，来开黑",
    "联系人：{FULL}\n手机：{PH}\n邮箱：{EM}\n地址：{ADDR}",
    "紧急联系人：{FULL}（{REL}）{PH}",
    "电话{PH}",
    "手机号{PHG}微信同号",
    "有事打我电话{PH}或者发邮件{EM}",
    "打{PH}找{NICK}就行",
    "{ROLE}手机号是{PH}吧？我存的好像不对",
    "麻烦帮我查一下{FULL}的快递，收件人电话{PH}",
    "{NICK}和{NICK}都说不来了",
    "让{NICK}把作业拍照发群里",
    "今天{ROLE}查房说{FULL}恢复得不错",
    "挂号信息：患者{FULL}，身份证{ID}，就诊科室心内科",
    "工资卡换成{BANK}了，{ROLE}麻烦更新一下",
    "报名表：姓名{FULL}，身份证{ID}，手机{PH}，QQ{QQ}",
    "{FULL}的车{PLATE}违章了，罚款200",
    "求助！{PLATE}撞了我的电动车跑了，有目击的吗",
    "寄件人：{FULL} {PH}\n寄件地址：{ADDR}",
    "美团外卖：{ADDR} 顾客{NICK}，尾号电话{PH}",
    "帮我代收一下快递，地址{ADDR}，名字写{FULL}",
    "{FULL}在{ADDR}开了家面馆，大家去捧场啊",
    "{ROLE}把钱转到支付宝了，账号{PHG}",
    "支付宝转账 {FULL} 备注：还款",
    "微信转账：{NICK}-水电费",
    "{GIVEN}妈妈，孩子的校服到了",
    "二手转让，自提{ADDR}，联系{WX}",
    "这是{FULL}的微信{WX}，你们加一下",
    "朋友圈：和{NICK}、{NICK}一起爬山⛰️，累死了",
    "{FULL}，你的快递到菜鸟驿站了，取件码8-3-2041",
    "家里老人{FULL}的身份证号是{ID}，帮忙填一下医保",
    "{ROLE}好，我是{FULL}的家长，电话{PH}",
    "亲，您的订单已发货，收货人{FULL}，{PH}，请注意查收",
    "前台登记：{FULL} {PH} 车牌{PLATE}",
    "联系电话:{PH} 联系人:{ROLE}",
    "{NICK}：晚上开黑吗\n{NICK}：来",
    "有没有人认识{FULL}？他欠我钱不还，电话{PH}",
    "我的邮箱{EM}，把照片发我",
    "QQ邮箱不用了，改用{EM}，QQ号{QQ}还在",
    "{FULL}，{PH}",
    "{NICK}明天来不来",
    "{NICK}",
    "喊{NICK}一起",
    "{ROLE}辛苦了🙏",
    "麻烦{ROLE}帮忙看一下孩子的作业",
    "听说{FULL}升职了",
    "{FULL}和{FULL}下个月结婚，份子钱怎么随",
    "恭喜{FULL}喜提千金🎉",
    "我是{FULL}，电话{PH}，麻烦回个电话",
    "您好{ROLE}，我是{NICK}的妈妈",
    "{NICK}妈妈，明天接孩子的事麻烦你了",
    "家长接送登记：{FULL}（{REL}）{PH}",
    "租客：{FULL}，身份证：{ID}，租期一年",
    "房源地址：{ADDR}，押一付三，联系{ROLE}{PH}",
    "户名：{FULL}\n卡号：{BANK}\n开户行：建设银行",
    "收款账户{BANK} {FULL}",
    "银行卡{BANK}尾号错了，以这个为准",
    "护照号码：{PP}\n姓名：{FULL}",
    "出境游报名：{FULL}，护照{PP}，手机{PH}",
    "签证中心通知：{FULL}，护照号{PP}，材料已受理",
    "证件号{ID}",
    "身份证{ID}，地址{ADDR}",
    "快递：{FULL} {PH} {ADDR} 到付",
    "收货地址：{ADDR}（{FULL}收）{PH}",
    "饿了么骑手{ROLE}，电话{PH}，已取餐",
    "外卖放{ADDR}楼下外卖柜",
    "{PLATE}请到东门停车场挪车",
    "车牌号：{PLATE}，车主：{FULL}",
    "ETC绑定车牌{PLATE}",
    "加QQ{QQ}，验证写班级",
    "QQ群里找{NICK}，他QQ号{QQ}",
    "我小号微信{WX}",
    "vx：{WX}",
    "wx {WX} 加我",
    "小红书搜{USER}，我发了攻略",
    "游戏里叫{USER}，来加好友",
    "邮件发{EM}，抄送{EM}",
    "{ROLE}的邮箱是{EM}吗",
    "报名邮箱：{EM}",
    "{PHG}（微信同号）",
    "联系方式{PH}{ROLE}",
]

ZH_CLEAN = [
    "今晚吃啥？",
    "到家了",
    "收到，谢谢！",
    "好的好的👌",
    "哈哈哈哈笑死我了",
    "明天下雨记得带伞☔",
    "我先睡了，晚安",
    "房租已转",
    "水电费",
    "奶茶🧋",
    "外卖到了吗",
    "快递放门卫就行",
    "周末有空吗",
    "下班了吗",
    "群里通知大家看一下",
    "请各位家长明天早上七点四十前送孩子到校",
    "会议改到下午三点",
    "在路上了，马上到",
    "这个多少钱？",
    "已签收",
    "生日快乐🎂",
    "新年快乐！恭喜发财🧧",
    "今天好累啊",
    "这家火锅真不错",
    "谁有充电宝",
    "明天早上几点出发",
    "您的验证码是623514，5分钟内有效",
    "谢谢老板",
    "好的收到",
    "辛苦了",
    "加油💪",
    "吃了吗",
    "图片",
    "[语音]",
    "我到楼下了",
    "等我五分钟",
    "今天的作业是数学练习册第12页",
    "这周末去爬山吗",
    "天气太热了",
    "小区今天停水",
    "记得关窗",
    "我先去开会了",
    "别忘了交物业费",
    "刚下飞机",
    "超市打折，快去",
    "这个视频太搞笑了",
    "晚饭不回来吃了",
    "周五团建",
    "孩子睡了",
    "报销单已提交",
    "明天见",
    "早上好☀️",
    "路上注意安全",
    "今天加班",
    "一起去吃饭吧",
    "刚刚看到消息",
    "电影票买好了",
    "给你点了杯咖啡",
    "这个月的账单出来了",
    "打车回家",
]
CHAT_PREFIXES_ZH = [
    "",
    "",
    "",
    "",
    "",
    "",
    "[2024-03-05 21:13] ",
    "2023/10/4 11:43 ",
    "回复：",
    "【群消息】",
    "转发：",
    "[图片] ",
    "备注：",
    "留言：",
    "10:25 ",
]
SUFFIXES_ZH = [
    "",
    "",
    "",
    "",
    "～",
    "哈",
    "哈哈",
    "🙏",
    "😂",
    "👌",
    "！",
    "。",
    "~~",
    "😊",
    "谢谢",
    "[抱拳]",
    "[呲牙]",
]
ZH_TYPOS = [
    ("的", "得"),
    ("在", "再"),
    ("已经", "以经"),
    ("那", "哪"),
    ("做", "作"),
    ("一下", "一哈"),
    ("什么", "神马"),
    ("这样", "酱紫"),
]
ZH_RELS = ["爸爸", "妈妈", "老公", "老婆", "女儿", "儿子", "姐姐", "哥哥", "同事", "室友"]
ZH_CITIES = ["杭州", "成都", "武汉", "西安", "深圳", "昆明", "沈阳", "厦门", "南宁", "长沙"]


def transform_zh(segs: list[Seg], rng: random.Random) -> list[Seg]:
    if rng.random() >= 0.18:
        return segs
    out: list[Seg] = []
    done = False
    for s, t in segs:
        if t is None and not done:
            opts = [(a, b) for a, b in ZH_TYPOS if a in s]
            if opts:
                a, b = rng.choice(opts)
                s = s.replace(a, b, 1)
                done = True
        out.append((s, t))
    return out


def build_zh_labelled(rng: random.Random) -> list[dict[str, object]]:
    g = Zh(rng)
    extra: dict[str, Callable[[], str]] = {
        "REL": lambda: rng.choice(ZH_RELS),
        "CITY": lambda: rng.choice(ZH_CITIES),
        "TAIL": lambda: f"{rng.randint(0, 9999):04d}",
    }
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    n_clean = round(N_LINES * 0.15)
    order = [True] * n_clean + [False] * (N_LINES - n_clean)
    rng.shuffle(order)
    tpl_cycle = list(ZH_TEMPLATES)
    rng.shuffle(tpl_cycle)
    ti = 0
    for clean in order:
        while True:
            if clean:
                segs: list[Seg] = [(rng.choice(ZH_CLEAN), None)]
            else:
                segs = fill(tpl_cycle[ti % len(tpl_cycle)], g, ZH_SLOTS, extra)
                ti += 1
            segs = [(rng.choice(CHAT_PREFIXES_ZH), None), *segs, (rng.choice(SUFFIXES_ZH), None)]
            segs = transform_zh([s for s in segs if s[0]], rng)
            rec = assemble(segs)
            if rec["text"] not in seen:
                seen.add(str(rec["text"]))
                out.append(rec)
                break
    return out


# ---------------------------------------------------------------------------
# English PII-free hard texts
# ---------------------------------------------------------------------------

EN_FREE_POOLS: dict[str, list[str]] = {
    "BRAND": [
        "Tesco",
        "Aldi",
        "Lidl",
        "Asda",
        "Waitrose",
        "Boots",
        "Primark",
        "Argos",
        "Pret",
        "Deliveroo",
        "Just Eat",
        "Uber Eats",
        "Amazon",
        "Netflix",
        "Spotify",
        "Apple",
        "Samsung",
        "Monzo",
        "Revolut",
        "Chase",
        "Target",
        "Walmart",
        "Costco",
        "Starbucks",
        "Nike",
        "Adidas",
        "IKEA",
        "Lego",
        "Peloton",
        "Fitbit",
        "DoorDash",
        "Instacart",
        "Airbnb",
        "Ryanair",
        "easyJet",
        "Trainline",
        "PayPal",
        "Duolingo",
        "Strava",
        "Kindle",
        "Chipotle",
        "Taco Bell",
        "Subway",
        "Home Depot",
        "Best Buy",
        "Etsy",
        "eBay",
        "Vinted",
        "Depop",
        "Specsavers",
        "Halfords",
        "B&Q",
        "Screwfix",
        "Co-op",
        "Nationwide",
        "Barclays",
        "Lloyds",
        "Santander",
        "HSBC",
        "Dunkin'",
        "Aldi Specialbuys",
    ],
    "PRODUCT": [
        "iPhone 15",
        "Galaxy S24",
        "PlayStation 5",
        "Xbox Series X",
        "Nintendo Switch",
        "AirPods Pro",
        "Kindle Paperwhite",
        "Air Fryer",
        "MacBook Air",
        "Pixel 8",
        "Apple Watch",
        "Ninja blender",
        "Instant Pot",
        "Oyster card",
        "Railcard",
        "Clubcard",
        "Prime membership",
    ],
    "TEAM": [
        "Arsenal",
        "Liverpool",
        "Chelsea",
        "Spurs",
        "Man City",
        "Leeds United",
        "Everton",
        "Aston Villa",
        "Newcastle",
        "Celtic",
        "Rangers",
        "Nottingham Forest",
        "Lakers",
        "Yankees",
        "Red Sox",
        "Cowboys",
        "Packers",
        "Chiefs",
        "Warriors",
        "Celtics",
        "Eagles",
        "Dodgers",
        "Cubs",
        "Bengals",
        "Saints",
        "Wolves",
        "England",
        "Wales",
        "Ireland",
    ],
    "CITY": [
        "Manchester",
        "Leeds",
        "Bristol",
        "Glasgow",
        "Cardiff",
        "Belfast",
        "Edinburgh",
        "Chicago",
        "Denver",
        "Austin",
        "Boston",
        "Seattle",
        "Phoenix",
        "Nashville",
        "Paris",
        "Lisbon",
        "Barcelona",
        "Rome",
        "Tokyo",
        "Dubai",
        "Sydney",
        "Toronto",
        "Dublin",
        "Charlotte",
        "Orlando",
        "Florence",
        "Bath",
        "Reading",
        "Hull",
        "Derby",
    ],
    "COUNTRY": [
        "Spain",
        "Portugal",
        "Greece",
        "Japan",
        "Canada",
        "Mexico",
        "Iceland",
        "Italy",
        "Croatia",
        "Thailand",
        "Morocco",
        "Norway",
        "Vietnam",
        "Peru",
    ],
    "LANDMARK": [
        "Tower Bridge",
        "the London Eye",
        "Stonehenge",
        "the Golden Gate Bridge",
        "the Grand Canyon",
        "Central Park",
        "Times Square",
        "the Eiffel Tower",
        "Loch Ness",
        "the Shard",
        "Niagara Falls",
        "Edinburgh Castle",
        "the Lake District",
        "Brighton Pier",
        "the Statue of Liberty",
        "Yellowstone",
        "the Giant's Causeway",
    ],
    "TITLE": [
        "Bohemian Rhapsody",
        "Wonderwall",
        "Mr Brightside",
        "Shake It Off",
        "Blinding Lights",
        "Dancing Queen",
        "Don't Stop Me Now",
        "Yellow",
        "Bad Guy",
        "Stranger Things",
        "Breaking Bad",
        "The Crown",
        "Succession",
        "The Bear",
        "Severance",
        "Top Gun",
        "Jaws",
        "Frozen",
        "Inside Out",
        "Dune",
        "Pride and Prejudice",
        "Little Women",
        "Great Expectations",
        "The Hunger Games",
        "Wicked",
        "Les Misérables",
        "Gladiator",
        "Interstellar",
        "Inception",
        "Line of Duty",
        "Bake Off",
        "Love Island",
        "Gogglebox",
        "Taskmaster",
        "The Traitors",
        "Happy Valley",
        "Slow Horses",
        "Normal People",
        "The Office",
        "Friends",
    ],
    "BOOK": [
        "Pride and Prejudice",
        "Little Women",
        "Great Expectations",
        "The Hunger Games",
        "Dune",
        "Wuthering Heights",
        "Normal People",
        "The Secret History",
        "Small Things Like These",
    ],
    "DAY": [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "mon",
        "tues",
        "weds",
        "thurs",
        "fri",
        "sat",
        "sun",
    ],
    "MONTH": [
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
        "Jan",
        "Feb",
        "Sept",
        "Dec",
    ],
    "HOLIDAY": [
        "Christmas",
        "Easter",
        "Thanksgiving",
        "Halloween",
        "Bonfire Night",
        "Boxing Day",
        "Memorial Day",
        "Labor Day",
        "New Year's Eve",
        "Diwali",
        "Eid",
        "Hanukkah",
        "Pancake Day",
        "Black Friday",
        "the Fourth of July",
        "Mother's Day",
        "Father's Day",
        "the bank holiday",
        "Chinese New Year",
    ],
    "JOB": [
        "the Head of Finance",
        "our Operations Manager",
        "the Duty Manager",
        "the Head Teacher",
        "the GP",
        "a Senior Engineer",
        "the Product Owner",
        "the Scrum Master",
        "the Area Manager",
        "the Shift Supervisor",
        "the Deputy Head",
        "the Head Chef",
        "the Store Manager",
        "my Team Lead",
        "the Director of Sales",
        "the Vice President",
        "the Chief Executive",
        "the Practice Nurse",
        "the site foreman",
        "the landlord",
        "the receptionist",
        "the plumber",
        "HR",
    ],
    "SPRICE": ["£3.50", "$4.75", "£2.20", "€3", "$6.50", "£4.10"],
    "PRICE": [
        "£12.99",
        "$45",
        "€30",
        "£3.50",
        "$1,299.00",
        "£250",
        "£0.99",
        "$19.99/month",
        "£1,450 pcm",
        "€8.40",
        "£64.20",
        "$7",
        "£18 each",
        "2 for £5",
        "$120k",
        "£9.95 p&p",
    ],
    "ORDER": [
        "Order #112-4459871-3321942",
        "order no. 20231104-88213",
        "Order number: 7741-2209",
        "order #A93K-22XQ",
        "PO 004512",
        "invoice INV-2024-0042",
        "Ref: CASE-889201",
        "ticket #58213",
        "booking ref XKQ7P2",
        "receipt no. 0047-1193-5520",
    ],
    "TRACK": [
        "tracking number 1Z999AA10123456784",
        "tracking: JD014600006281230",
        "Tracking ID TBA305918273000",
        "parcel ref 9400 1000 0000 0000 0000 00",
        "consignment no. 6154 8821 003",
        "tracking code LX123456789GB",
    ],
    "FLIGHT": [
        "BA283",
        "UA901",
        "EZY8421",
        "FR1204",
        "DL44",
        "AA100",
        "VS3",
        "EI155",
        "LH903",
        "KL1007",
    ],
    "TIME": [
        "7:30",
        "half 6",
        "09:15",
        "3pm",
        "midday",
        "18:45",
        "quarter past 8",
        "10ish",
        "noon",
        "11:59pm",
    ],
    "SCORE": ["2-1", "3-0", "1-1", "28-24", "4-2", "0-0", "112-108", "6-4 6-3", "31-17"],
    "VER": [
        "v3.12.1",
        "iOS 17.4",
        "Python 3.11",
        "version 2.0.4",
        "Windows 11 23H2",
        "build 4471",
        "Android 14",
        "v0.9.7-beta",
        "firmware 1.8.2",
    ],
    "STEPS": [
        "12,403 steps",
        "8k steps",
        "10,000 steps",
        "5.2 km",
        "21.1 km",
        "3 miles",
        "26.2 miles",
        "45 mins",
        "400 kcal",
    ],
    "MEASURE": [
        "180 cm",
        "6ft 2",
        "2.5 kg",
        "500 g",
        "14 stone",
        "32 inch waist",
        "1.5 litres",
        "200 ml",
        "40 mph",
        "12 x 8 ft",
        "3 bed",
        "22°C",
        "-4°C",
        "350 sq ft",
        "75 kWh",
    ],
    "HASHTAG": [
        "#MondayMotivation",
        "#bakeoff",
        "#ThrowbackThursday",
        "#COYS",
        "#ad",
        "#OOTD",
        "#ukweather",
        "#GBBO",
        "#marathontraining",
        "#foodie",
        "#WFH",
        "#sundayroast",
        "#booktok",
        "#gardening",
        "#ynwa",
    ],
    "SITE": [
        "bbc.co.uk",
        "wikipedia.org",
        "gov.uk",
        "nhs.uk",
        "amazon.co.uk",
        "stackoverflow.com",
        "github.com",
        "weather.com",
        "nytimes.com",
        "theguardian.com",
        "rightmove.co.uk",
        "imdb.com",
        "reddit.com/r/CasualUK",
        "youtube.com",
        "duckduckgo.com",
    ],
    "CODE": [
        "for i in range(10): print(i)",
        "git push origin main",
        "SELECT * FROM orders WHERE total > 100;",
        "npm install --save-dev",
        "docker compose up -d",
        "df.groupby('month').sum()",
        "if (x === null) return;",
        "pip install -r requirements.txt",
        "ls -la | grep .log",
        "console.log(err)",
        "git rebase -i HEAD~3",
        "kubectl get pods -n staging",
        "=VLOOKUP(A2,Sheet2!A:B,2,FALSE)",
        "sudo apt-get update",
        "curl -s localhost:8080/health",
    ],
    "FILE": [
        "report_final_v3.docx",
        "IMG_2041.JPG",
        "budget 2024.xlsx",
        "setup.py",
        "holiday-photos.zip",
        "CV_2024.pdf",
        "minutes_0312.txt",
        "Screenshot 2024-02-11 at 09.14.22.png",
        "invoice_0042.pdf",
        "notes.md",
        "DSC_0087.NEF",
        "backup.tar.gz",
        "index.html",
        "Q3 forecast FINAL (2).pptx",
    ],
    "EMOJI": ["😂", "🙃", "🎉", "😭", "👀", "🔥", "🍕", "☕", "🌧️", "⚽", "🙏", "💀", "✨", ""],
    "DATE": [
        "12/03/2024",
        "3rd May",
        "2024-06-01",
        "the 14th",
        "Oct 31",
        "next Tues",
        "21 June",
        "4/7",
        "1st Feb 2025",
    ],
    "EMERGENCY": ["999", "911", "111", "101", "112"],
}

EN_FREE_TEMPLATES = [
    "{BRAND} delivery came early for once {EMOJI}",
    "anyone else's {BRAND} app down?? can't log in",
    "{BRAND} have the {PRODUCT} for {BIGPRICE} this week",
    "returned the {PRODUCT} to {BRAND}, refund takes 5-7 working days",
    "Chase app keeps logging me out after the {VER} update",
    "Just switched to {BRAND}, way better than my old bank",
    "{TEAM} {SCORE} at half time, nervy {EMOJI}",
    "can't believe {TEAM} bottled it again",
    "{TEAM} v {TEAM} on {DAY}, pub at {TIME}?",
    "Final score {SCORE}. What a game.",
    "flying {CITY} to {CITY} on {FLIGHT}, lands at {TIME}",
    "{FLIGHT} delayed by 3 hours, stuck at the gate {EMOJI}",
    "Gate change for {FLIGHT}, now boarding at 22B",
    "back from {COUNTRY}, already miss the sun",
    "{CITY} was amazing, {LANDMARK} at sunset 😍",
    "finally saw {LANDMARK}, smaller than I thought tbh",
    "thinking of {COUNTRY} or {COUNTRY} for {MONTH}, any tips?",
    "anyone been to {CITY}? worth a weekend?",
    "{TITLE} came on in the car and we all screamed",
    "just finished {TITLE}, no spoilers pls",
    "is {TITLE} worth watching or is it overhyped",
    "{TITLE} on at the cinema {DAY} {TIME}, who's in",
    "can't get {TITLE} out of my head",
    "book club pick for {MONTH} is {BOOK}",
    "{DAY} is fully booked, can we do {DAY}?",
    "{MONTH} always flies by",
    "see you after {HOLIDAY}!",
    "what are we doing for {HOLIDAY} this year",
    "{HOLIDAY} shopping done {EMOJI}",
    "Spoke to {JOB}, the rota's changing from {DATE}",
    "{JOB} says the office is closed on {DAY}",
    "meeting with {JOB} moved to {TIME}",
    "Waiting on {JOB} to sign it off",
    "Good news! {ORDER} has been dispatched.",
    "{ORDER} - still not arrived, third time chasing",
    "Where's my parcel? {TRACK}",
    "{TRACK}, out for delivery today between {TIME} and 5pm",
    "Refund of {PRICE} for {ORDER} has been processed",
    "total came to {PRICE} inc. VAT",
    "{SPRICE} for a coffee in {CITY}, daylight robbery",
    "got it half price, {PRICE} down from double that",
    "weekly shop {PRICE} {EMOJI}",
    "did {STEPS} today {EMOJI}",
    "parkrun this morning, {STEPS} in 26:41 PB!!",
    "Long run done: {STEPS} #marathontraining",
    "baby's {MEASURE} now, growing so fast",
    "need a shelf {MEASURE} wide, anyone got one",
    "it's {MEASURE} outside and the heating's broken",
    "updated to {VER} and now bluetooth doesn't work",
    "works on {VER} but not on my machine lol",
    "try `{CODE}` and see if it still fails",
    "ran {CODE} and got a permission error",
    "can you send over {FILE}?",
    "attached {FILE} {EMOJI}",
    "saved it as {FILE} on the shared drive",
    "{FILE} is corrupted, can't open it",
    "read it on {SITE}",
    "it's all on {SITE} if you scroll down",
    "{SITE} is down again?",
    "{HASHTAG} {HASHTAG}",
    "Sunday roast done right {HASHTAG}",
    "new trainers {EMOJI} {HASHTAG}",
    "if it's an emergency call {EMERGENCY}, otherwise ring the surgery",
    "called {EMERGENCY} for the fire, they came in 8 mins",
    "non-urgent? dial {EMERGENCY}",
    "Grace period for the payment ends {DAY}",
    "Will do {EMOJI}",
    "will do, speak {DAY}",
    "May I ask if the venue has step-free access?",
    "it may rain on {DAY} so bring a coat",
    "Bill came to {PRICE} between four of us",
    "can u pay the phone bill this month",
    "the rose garden at the park is gorgeous right now",
    "Hope you're feeling better!",
    "hope the interview goes well {EMOJI}",
    "Mark the calendar: {DATE}",
    "frank conversation with {JOB} today",
    "Frankly the service was awful",
    "need to jack up the car to change the tyre",
    "up at dawn for the early shift",
    "Dawn raid on the allotment by the pigeons again",
    "they're celebrating their ruby wedding anniversary in {MONTH}",
    "holly and ivy wreath on the door for {HOLIDAY}",
    "amber weather warning for wind on {DAY}",
    "the penny finally dropped",
    "sunny spells and 18 degrees, perfect",
    "pure joy watching the kids on the beach",
    "Rob a bank to afford rent at this point",
    "might sue the landlord over the damp",
    "iris scanner at the gym keeps failing",
    "the summer fete is on {DATE}",
    "autumn leaves everywhere, love it",
    "ruby, emerald or sapphire for the ring? {EMOJI}",
    "the Victoria sponge won first prize at the village show",
    "Happy {HOLIDAY} everyone {EMOJI}",
    "Sale ends {DAY} midnight, {PRICE} off everything",
    "Doors open {TIME}, show starts {TIME}",
    "train leaves {TIME} platform 4",
    "Delayed: the {TIME} service to {CITY} is running 12 mins late",
    "your verification code is {CODE6}",
    "pin changed, new one expires in {MONTH}",
    "Step count {STEPS}, sleep 6h 12m",
    "Kickoff {TIME}, {TEAM} need a win",
    "{TEAM} fans, how are we feeling",
    "Season ticket renewal {BIGPRICE} 😬",
    "New Year's resolution: fewer takeaways",
    "Christmas jumper day on {DAY}, £1 donation",
    "the Easter egg hunt starts at {TIME}",
    "Halloween costume ideas pls, nothing scary",
    "Thanksgiving at ours this year, bring a side",
    "Working from home {DAY} {HASHTAG}",
    "Senior Engineer role at {BRAND}, salary £65k, anyone applying?",
    "the CEO email about restructuring was grim",
    "President's speech was on all the channels",
    "the Queen's Head does a decent roast",
    "quiz at the Red Lion {DAY}, team name ideas?",
    "Table for 6 at {TIME}? booked under the work account",
    "room 214, second floor, past the lifts",
    "Platform 9 and three quarters was rammed",
    "{PRODUCT} battery lasts about {MEASURE} lol no it doesn't",
    "Sold! {PRODUCT} went for {BIGPRICE}",
    "got the {PRODUCT} in the {HOLIDAY} sale",
    "New York in {MONTH} or Tokyo in {MONTH}?",
    "Apple Music or Spotify, which is better for podcasts",
    "The Lake District in the rain is still lovely",
    "Met Office says snow {DAY}",
    "North Face jacket was {BIGPRICE} in the outlet, bargain",
    "Ocean Spray and Sprite, the perfect mixer",
    "Victoria line suspended, get the bus",
    "Jubilee line is fine though",
    "Amazon Prime Day is basically Black Friday part 2",
    "Black Friday deals already?? it's {MONTH}",
    "FYI the car park closes at {TIME}",
    "ETA {TIME}",
    "ASAP pls, deadline's {DAY}",
    "TBH I preferred the first series",
    "RSVP by {DATE}",
    "Bake Off final tonight!!",
    "Love Island is so bad but I can't stop watching",
    "who won the Eurovision?",
    "Wimbledon tickets ballot opens {DATE}",
    "Glastonbury sold out in 30 mins",
    "the Grand National sweepstake is {PRICE} a go",
    "Premier League table is mad this year",
    "Super Bowl party at {TIME}, bring chips",
    "World Cup final {SCORE}, unreal",
    "level 42 on the puzzle app, stuck",
    "Question 7 on the homework makes no sense",
    "Chapter 12 was the best bit",
    "Section 4.2 of the contract covers that",
    "Year 9 trip to {CITY} is confirmed",
    "Class 3B won the attendance cup",
    "Room 101 is where the printer lives now",
    "Route 66 road trip one day",
    "Apollo 11 documentary was brilliant",
    "Windows Update restarted my laptop mid-call {EMOJI}",
    "Google Maps sent us down a farm track",
    "Zoom link's in the calendar invite",
    "Slack is down, use Teams",
    "Excel crashed and I lost an hour of work",
    "WhatsApp backup stuck at 87%",
    "bought a Ring doorbell finally",
    "our Golden Retriever ate a sock again",
    "the Labrador next door won't stop barking",
    "English Breakfast or green tea?",
    "Hawaiian pizza is valid, fight me",
    "Sunday League match cancelled, pitch waterlogged",
    "Mother's Day brunch booked for {TIME}",
    "Santa's grotto at the garden centre opens {DAY}",
    "Tooth Fairy rates are {SPRICE} now apparently",
    "the Easter Bunny left chocolate everywhere",
    "Diwali lights on the high road are stunning",
    "Eid Mubarak to all celebrating {EMOJI}",
    "Hanukkah starts {DAY}, making latkes",
    "happy Pancake Day 🥞",
    "Bonfire Night fireworks scared the dog",
    "Boxing Day walk then leftovers",
    "Wednesday's bin collection is moved to Thursday this week",
    "Sunday best, Monday blues {EMOJI}",
    "Costco run {DAY}? need loo roll and a trolley's worth of snacks",
    "{BRAND} price match saved me {SPRICE}",
    "the {PRODUCT} screen cracked after two days",
    "Is the {PRODUCT} worth it or wait for the next one",
    "Order confirmed: {ORDER}, estimated delivery {DATE}",
    "Your return for {ORDER} has been received",
    "Tracking update: {TRACK} - delivered to safe place",
    "Boarding pass for {FLIGHT} is in the app, seat 23C",
    "{FLIGHT} cancelled, rebooked onto the {TIME} tomorrow",
    "Terminal 5 is chaos this morning",
    "London Bridge station closed, use Waterloo",
    "the M25 is a car park again",
    "I-95 traffic backed up for miles",
    "Heathrow to {CITY} in 7 hours, not bad",
    "Snowdonia trip booked for {MONTH}!",
    "Cornwall in August = never again, too busy",
    "Highlands road trip, 3 days, 900 miles {EMOJI}",
    "Manchester United v Liverpool is the only game that matters",
    "{TEAM} signed a new striker for £60m apparently",
    "VAR ruined that match",
    "penalty shootout, my nerves {EMOJI}",
    "NBA Finals game 7 tonight",
    "Six Nations starts {DAY}, {TEAM} to win it",
    "Grand Slam weekend!!",
    "Formula 1 at Silverstone sold out",
    "I'm the Secretary for the residents' association now, send help",
    "the Treasurer wants receipts for everything over {SPRICE}",
    "Chair of governors meeting {DAY} at {TIME}",
    "The Mayor opened the new library today",
    "Dear Sir or Madam, I am writing to complain about my {BRAND} order",
    "To the hiring manager: please see my attached {FILE}",
    "Customer Services said they'd call back within 48 hours",
    "NHS 111 told us to go to A&E",
    "A&E wait was 6 hours {EMOJI}",
    "Blood pressure 128/82, not bad",
    "took 2 paracetamol and 1 ibuprofen",
    "GP appointment at {TIME}, fasting from midnight",
    "Dentist said I need a filling, {BIGPRICE} private",
    "Council tax band D is {BIGPRICE} a month now?!",
    "Mortgage rate 4.79% fixed for 5 years",
    "Inflation 3.2% in {MONTH}",
    "Interest rate cut to 4.5%",
    "The FTSE 100 closed up 0.8%",
    "S&P 500 hit a record high",
    "Rent going up {PRICE} from {MONTH}",
    "Electric bill {BIGPRICE} for the quarter 😱",
    "Meter reading: 04512",
    "Wi-Fi password is on the fridge",
    "Netflix password sharing crackdown is real",
    "Python 3.12 broke my scripts",
    "error: cannot find module 'react'",
    "fixed it, was a missing semicolon on line 42",
    "merge conflict in {FILE} again",
    "PR #1423 approved, deploying to prod",
    "Jira ticket PROJ-881 is blocked",
    "the build failed on step 3 of 7",
    "CPU at 97% since the update",
    "Need 16GB RAM minimum for that game",
    "4K at 60fps, looks gorgeous",
    "Battery at 3% {EMOJI}",
    "Screen time 9h 14m yesterday, yikes",
    "Wordle 412 3/6 🟩🟩🟩🟩🟩",
    "Connections today was brutal",
    "Quordle in 7, new record",
    "Score: 4,510 points",
    "Level 80 reached 🎮",
    "Chapter 3 done, 9 to go",
    "Page 214 and still no plot twist",
    "Season 2 episode 5 was incredible",
    "Part 1 of 3 is up",
    "3 for 2 on books at {BRAND}",
    "Buy one get one free on Tuesdays",
    "Happy Hour 5-7pm, 2-4-1 cocktails",
    "Open 24/7 except {HOLIDAY}",
    "closing early on {HOLIDAY}",
    "May Day bank holiday fun run!",
    "Whit Monday? is that still a thing",
    "Mardi Gras parade route closes the roads",
    "April Fools' prank went too far",
    "Earth Day litter pick at the park",
    "Remembrance Sunday service at 11am",
    "Veterans Day parade {TIME}",
    "Independence Day fireworks from the roof",
    "Lunar New Year dinner, so much food",
    "Ramadan Mubarak, iftar at sunset",
    "Passover seder at ours, bring wine",
]


def build_en_free(rng: random.Random) -> list[dict[str, object]]:
    pools = dict(EN_FREE_POOLS)
    pools["BIGPRICE"] = ["£249", "$399", "£1,100", "$89.99", "£180", "€650"]
    pools["CODE6"] = [f"{rng.randint(100000, 999999)}" for _ in range(20)]
    prefixes = [
        "",
        "",
        "",
        "",
        "[14:02] ",
        "Re: ",
        "fwd: ",
        "note: ",
        "comment: ",
        "12/01/2024, 18:22 - ",
        "[03/02/2024, 07:45:10] ",
    ]
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    tpls = list(EN_FREE_TEMPLATES)
    rng.shuffle(tpls)
    i = 0
    while len(out) < N_LINES:
        tpl = tpls[i % len(tpls)]
        i += 1
        text = ""
        pos = 0
        while True:
            j = tpl.find("{", pos)
            if j < 0:
                text += tpl[pos:]
                break
            k = tpl.index("}", j)
            text += tpl[pos:j] + rng.choice(pools[tpl[j + 1 : k]])
            pos = k + 1
        text = (
            rng.choice(prefixes)
            + text.strip()
            + rng.choice(
                ["", "", "", " lol", " !!", " 🙄", " x"] if not text.endswith("?") else [""]
            )
        )
        r = rng.random()
        if r < 0.18:
            text = text.lower()
        elif r < 0.3:
            text = typo(text, rng)
        if text not in seen:
            seen.add(text)
            out.append({"text": text})
    return out


# ---------------------------------------------------------------------------
# Chinese PII-free hard texts
# ---------------------------------------------------------------------------

ZH_FREE_POOLS: dict[str, list[str]] = {
    "BRAND": [
        "华为",
        "小米",
        "瑞幸",
        "喜茶",
        "美团",
        "饿了么",
        "淘宝",
        "京东",
        "拼多多",
        "蜜雪冰城",
        "海底捞",
        "肯德基",
        "麦当劳",
        "星巴克",
        "优衣库",
        "宜家",
        "比亚迪",
        "蔚来",
        "大疆",
        "农夫山泉",
        "元气森林",
        "盒马",
        "山姆",
        "永辉",
        "OPPO",
        "vivo",
        "名创优品",
        "安踏",
        "大润发",
        "滴滴",
        "高德地图",
        "老乡鸡",
        "老干妈",
        "周黑鸭",
        "格力",
        "海尔",
        "美的",
        "王老吉",
        "白象",
        "金龙鱼",
        "霸王茶姬",
        "茶百道",
        "古茗",
        "胖东来",
        "钱大妈",
    ],
    "APP": [
        "支付宝",
        "微信",
        "抖音",
        "小红书",
        "B站",
        "知乎",
        "网易云音乐",
        "王者荣耀",
        "原神",
        "携程",
        "飞猪",
        "12306",
        "大众点评",
        "闲鱼",
        "钉钉",
        "企业微信",
        "百度网盘",
        "快手",
        "微博",
        "QQ音乐",
    ],
    "PLACE": [
        "成都",
        "重庆",
        "西湖",
        "外滩",
        "故宫",
        "长城",
        "鼓浪屿",
        "太古里",
        "环球影城",
        "宽窄巷子",
        "洪崖洞",
        "大雁塔",
        "黄山",
        "张家界",
        "周庄",
        "林芝",
        "王府井",
        "黄浦江",
        "三亚",
        "九寨沟",
        "丽江",
        "桂林",
        "万达广场",
        "龙湖天街",
        "陆家嘴",
        "白云机场",
        "金沙遗址",
        "赵州桥",
        "哈尔滨冰雪大世界",
        "西双版纳",
        "青海湖",
        "淄博",
        "天水",
        "长白山",
        "武功山",
        "洱海",
        "南锣鼓巷",
    ],
    "CITY": [
        "北京",
        "上海",
        "广州",
        "深圳",
        "杭州",
        "南京",
        "武汉",
        "西安",
        "长沙",
        "沈阳",
        "哈尔滨",
        "昆明",
        "厦门",
        "青岛",
        "郑州",
        "合肥",
        "贵阳",
        "南宁",
        "乌鲁木齐",
        "拉萨",
        "大连",
        "苏州",
        "佛山",
        "东莞",
        "温州",
        "潮汕",
        "延边",
        "呼和浩特",
        "兰州",
        "海口",
    ],
    "COMPANY": [
        "腾讯",
        "阿里巴巴",
        "字节跳动",
        "网易",
        "百度",
        "中国移动",
        "国家电网",
        "中国银行",
        "工商银行",
        "招商银行",
        "平安保险",
        "顺丰",
        "中通",
        "京东物流",
        "菜鸟驿站",
        "万科",
        "中石化",
    ],
    "TITLE": [
        "经理",
        "老板",
        "师傅",
        "班主任",
        "物业",
        "房东",
        "快递小哥",
        "领导",
        "同事",
        "闺蜜",
        "老公",
        "老婆",
        "婆婆",
        "老师",
        "医生",
        "护士",
        "阿姨",
        "叔叔",
        "客服",
        "店长",
        "主任",
        "校长",
        "司机师傅",
        "总监",
        "HR",
        "组长",
        "前台",
        "老乡",
        "老铁",
        "小哥哥",
        "小姐姐",
        "宝妈",
        "家人们",
        "姐妹们",
        "兄弟们",
        "亲",
    ],
    "SURWORD": [
        "张开",
        "王者",
        "高兴",
        "周末",
        "马上",
        "黄金",
        "林业",
        "陈述",
        "周总结",
        "白天",
        "金额",
        "高铁",
        "黄瓜",
        "马路",
        "王牌",
        "李子",
        "刘海",
        "杨梅",
        "胡萝卜",
        "何必",
        "高考",
        "郑重",
        "谢谢",
        "宋体",
        "唐装",
        "许多",
        "韩剧",
        "曾经",
        "田地",
        "董事会",
        "余额",
        "杜绝",
        "叶子",
        "程序",
        "苏打水",
        "丁香",
        "任务",
        "姜汤",
        "钟表",
        "陆地",
        "范围",
        "石头",
        "金融",
        "温度",
        "雷雨",
        "龙虾",
        "易拉罐",
        "方便",
        "石榴",
        "周边",
        "马虎",
        "高手",
        "白菜",
        "黄色",
        "江边",
        "常规",
        "毛衣",
        "包子",
        "钱包",
        "文件",
        "孔雀",
        "安静",
        "齐全",
        "夏天",
        "秦腔",
        "严重",
        "牛奶",
    ],
    "DOUBLE": [
        "天天",
        "常常",
        "刚刚",
        "宝宝",
        "慢慢",
        "好好",
        "偷偷",
        "悄悄",
        "明明",
        "渐渐",
        "哈哈",
        "妈妈",
        "爸爸",
        "姐姐",
        "奶奶",
        "爷爷",
        "星星",
        "乖乖",
        "轻轻",
        "默默",
        "早早",
    ],
    "SLANG": [
        "yyds",
        "绝绝子",
        "破防了",
        "躺平",
        "内卷",
        "打工人",
        "emo了",
        "社死",
        "凡尔赛",
        "666",
        "蚌埠住了",
        "吃瓜",
        "摸鱼",
        "离谱",
        "栓Q",
        "搞钱",
        "家人们谁懂啊",
        "city不city",
        "显眼包",
        "i人",
        "遥遥领先",
        "泰裤辣",
        "哈基米",
        "芭比Q了",
        "狠狠爱了",
        "awsl",
        "nsdd",
        "xswl",
        "u1s1",
        "真香",
    ],
    "EMOJI": [
        "😂",
        "🤣",
        "😭",
        "👍",
        "🙏",
        "🔥",
        "🧋",
        "🍜",
        "🎉",
        "😅",
        "[捂脸]",
        "[旺柴]",
        "[破涕为笑]",
        "[耶]",
        "",
    ],
    "SAMOUNT": ["¥9.9", "3块5", "¥12.8", "¥6", "十块", "¥15.5"],
    "BIGAMOUNT": ["¥1,299", "¥5000", "1.2万", "¥8,888", "三千多"],
    "VERSION": ["v8.0.47", "iOS 17.4", "鸿蒙4.0", "安卓14", "2.3.1版本", "MIUI 14"],
    "HOLI": ["五一", "国庆", "清明节", "端午节", "中秋节", "元旦", "春节"],
    "LOBSTER": ["¥45", "68块", "¥39.9", "八十"],
    "TRIP": ["¥120", "150元", "¥85", "两百"],
    "TRAIN": ["G1234次", "D2281次", "K1059次", "G7", "C2005次"],
    "ITEM": ["奶茶", "包子", "苏打水", "胡萝卜", "石榴", "黄瓜", "钥匙", "充电线", "雨伞", "酱油"],
    "AMOUNT": [
        "¥128.50",
        "¥9.9",
        "88元",
        "¥1,299",
        "3块5",
        "两百块",
        "¥36.80",
        "1.2万",
        "¥5000",
        "¥0.01",
        "¥66.66",
        "¥520",
    ],
    "ORDER": [
        "订单号：2024030512345678",
        "订单编号 883104729916203",
        "订单号 E20231104998123",
        "交易单号 4200001987202403051234567890",
        "商户单号 MCH20240305001",
        "工单号 GD-20240218-0093",
        "发票号码 04493217",
    ],
    "EXPRESS": [
        "快递单号 SF1234567890123",
        "中通 75338219470612",
        "圆通 YT7421958830274",
        "韵达快递 4318820001742",
        "京东单号 JDVB28731946501",
        "邮政 9879123456789",
        "取件码 8-3-2041",
        "取件码 12-1-3307",
    ],
    "FLIGHT": [
        "CA1501",
        "MU5101",
        "CZ3101",
        "HU7601",
        "G1234次",
        "D2281次",
        "K1059次",
        "3U8633",
        "MF8301",
        "ZH9825",
    ],
    "TIME": [
        "早上七点半",
        "下午3点",
        "19:30",
        "明早8点",
        "中午十二点",
        "晚上九点",
        "14:05",
        "凌晨两点",
        "周三下午",
    ],
    "DATE": [
        "3月5号",
        "2024年6月1日",
        "下周一",
        "本月底",
        "12.31",
        "大年初三",
        "五一",
        "国庆",
        "双十一",
        "618",
        "清明节",
        "端午节",
        "中秋节",
        "元宵节",
        "七夕",
    ],
    "CODE": [
        "验证码 482913",
        "验证码：6621",
        "积分 3280",
        "会员积分1520分",
        "座位号 12车08F",
        "房间号 1806",
        "会议室 A302",
        "桌号 17",
        "排队号 B086",
        "预约号 0047",
        "第3期",
        "版本 v8.0.47",
        "iOS 17.4",
        "鸿蒙4.0",
    ],
    "MEASURE": [
        "5公里",
        "12000步",
        "3斤",
        "180厘米",
        "38度",
        "2.5升",
        "500克",
        "20平米",
        "90平",
        "40码",
    ],
}

ZH_FREE_TEMPLATES = [
    "{BRAND}又出新品了，{AMOUNT}一杯 {EMOJI}",
    "{BRAND}今天打折，{SAMOUNT}买了一大袋",
    "在{BRAND}排了半小时队{EMOJI}",
    "{BRAND}的外卖到了没",
    "{APP}又崩了？登不上",
    "{APP}上看到的，{SLANG}",
    "{APP}年度报告出来了，我听了{MEASURE}……不对是{CODE}",
    "刚用{APP}付了{AMOUNT}",
    "周末去{PLACE}玩，人山人海{EMOJI}",
    "{PLACE}真的太美了，{SLANG}",
    "{DATE}去{CITY}出差，{FLIGHT}，{TIME}到",
    "{FLIGHT}延误两小时，在机场{SLANG}",
    "{CITY}今天{MEASURE}，热死了",
    "有人去过{PLACE}吗？求攻略",
    "{CITY}的{PLACE}值得去吗",
    "{COMPANY}的面试过了{EMOJI}",
    "{COMPANY}客服电话一直占线",
    "听说{COMPANY}又要裁员了",
    "{TITLE}说明天不用来了，放假{EMOJI}",
    "{TITLE}让{DATE}前交材料",
    "跟{TITLE}吵了一架，{SLANG}",
    "{TITLE}人太好了",
    "问了{TITLE}，说下周才有货",
    "{TITLE}在群里发了通知，大家看一下",
    "{ORDER}，麻烦帮我查一下",
    "{ORDER} 还没发货",
    "{EXPRESS}，显示已签收但我没收到",
    "{EXPRESS}，放菜鸟驿站了",
    "{CODE}，请勿泄露",
    "本次消费{AMOUNT}，获得{CODE}",
    "今天走了{MEASURE}{EMOJI}",
    "称了一下胖了{MEASURE}{EMOJI}",
    "{SURWORD}{EMOJI}",
    "张开嘴让医生看看喉咙",
    "王者今晚上分吗",
    "高兴得睡不着",
    "周末加班，{SLANG}",
    "马上到，等我{EMOJI}",
    "黄金又涨价了，{AMOUNT}一克",
    "林业局的通知已经转发了",
    "请陈述一下理由",
    "周总结今天下班前发我",
    "白天太热，晚上再出门",
    "金额不对，少了{AMOUNT}",
    "高铁{TRAIN}，{TIME}发车",
    "黄瓜{SAMOUNT}一斤，贵了",
    "过马路注意安全",
    "这是我们的王牌产品",
    "李子熟了，来摘",
    "刘海剪短了{EMOJI}",
    "杨梅季到了",
    "何必呢",
    "高考加油！",
    "郑重声明：本群禁止发广告",
    "谢谢大家{EMOJI}",
    "字体用宋体，小四",
    "过年穿唐装拍全家福",
    "许多人都这么说",
    "最近在追韩剧",
    "曾经以为自己会当老师",
    "余额不足，{SLANG}",
    "杜绝浪费，光盘行动",
    "叶子都黄了，秋天来了",
    "程序又报错了",
    "任务完成{EMOJI}",
    "冬天喝姜汤暖身子",
    "范围太大了，缩小一点",
    "温度降了，多穿点",
    "雷雨天别出门",
    "小龙虾{LOBSTER}一斤",
    "方便的话帮我带个{ITEM}",
    "石榴好甜",
    "高手在民间",
    "买了两棵白菜",
    "{DOUBLE}说好的呢",
    "宝宝睡着了，终于可以刷剧了",
    "天天加班，{SLANG}",
    "刚刚到家",
    "常常忘带钥匙",
    "慢慢来，别急",
    "好好休息",
    "偷偷吃了一块蛋糕{EMOJI}",
    "明明定了闹钟还是迟到了",
    "渐渐习惯了",
    "哈哈哈哈{SLANG}",
    "小区门口新开了{BRAND}",
    "小米手机充电好快",
    "小红书上的攻略都是骗人的",
    "小时候最爱吃{BRAND}",
    "小哥把快递放门卫了",
    "阿里巴巴股价又跌了",
    "阿胶糕送长辈挺好的",
    "老干妈拌饭yyds",
    "老乡鸡的鸡汤不错",
    "老铁们点个赞",
    "老公说{DATE}带我去{PLACE}{EMOJI}",
    "老板今天心情不错，{SLANG}",
    "老师布置的作业太多了",
    "周黑鸭鸭脖买一送一",
    "王老吉配火锅",
    "白象方便面{SAMOUNT}一包",
    "金龙鱼油打折",
    "王府井逛了一下午",
    "张家界的玻璃桥吓死我了",
    "周庄的夜景绝了",
    "黄山日出{TIME}",
    "林芝的桃花开了",
    "陆家嘴的夜景{SLANG}",
    "白云机场T2安检排了好久",
    "赵州桥去过没",
    "{HOLI}快乐！",
    "{HOLI}放几天假？",
    "{DATE}抢票，{APP}一直排队",
    "{DATE}前记得交电费",
    "今天{TIME}开会，会议室A302",
    "{TIME}的电影，别迟到",
    "定了{TIME}的闹钟",
    "{CODE}，到了叫我",
    "群公告：{DATE}{TIME}开家长会，请准时参加",
    "各位家长，{DATE}学校组织春游，费用每人{TRIP}",
    "物业通知：{DATE}停水，请提前储水",
    "房东说{DATE}涨房租，{SLANG}",
    "租的房子{MEASURE}，一个月{AMOUNT}",
    "快递到了，{EXPRESS}",
    "您的{APP}账号于{TIME}在新设备登录",
    "{APP}会员续费{AMOUNT}，肉疼",
    "双十一买了一堆东西，{SLANG}",
    "618凑满减，凑了{AMOUNT}",
    "年终奖{BIGAMOUNT}，{SLANG}",
    "工资到账{BIGAMOUNT}{EMOJI}",
    "这个月花了{BIGAMOUNT}，吃土了",
    "拼单吗，还差{AMOUNT}",
    "打工人打工魂",
    "周一综合征犯了",
    "今天摸鱼被领导发现了{EMOJI}",
    "内卷不如躺平",
    "社死现场：在电梯里放了个屁",
    "{SLANG}，真的{SLANG}",
    "这个{BRAND}联名款好丑",
    "{BRAND}和{BRAND}哪个好",
    "{BRAND}的充电宝借一下",
    "新能源车选{BRAND}还是蔚来",
    "{PLACE}的烤肉{SLANG}",
    "淄博烧烤{SLANG}",
    "天水麻辣烫排队两小时",
    "哈尔滨的冰雪大世界门票{AMOUNT}",
    "{CITY}地铁又延长了",
    "{CITY}下雪了！！❄️",
    "{CITY}房价又跌了",
    "在{CITY}南站等车",
    "{CITY}到{CITY}的高铁{TIME}出发",
    "董事会决定下周开股东大会",
    "班主任说期中考试{DATE}",
    "物业费一年{BIGAMOUNT}",
    "快递小哥辛苦了，天这么热",
    "前台说{CODE}",
    "客服说{DATE}前给答复",
    "医生说多喝水，{MEASURE}一天",
    "护士站在三楼",
    "阿姨做的红烧肉太好吃了",
    "叔叔阿姨新年好",
    "爷爷奶奶身体都挺好的",
    "姐妹们，这个口红色号绝了",
    "家人们谁懂啊，又被放鸽子了",
    "兄弟们，今晚开黑",
    "亲，这款有货的，{AMOUNT}包邮哦",
    "亲，订单已发货，{EXPRESS}",
    "HR说下周给offer",
    "总监开会说了两小时",
    "组长让周五前提交周报",
    "校长讲话太长了",
    "主任说这周不查岗",
    "店长推荐套餐{AMOUNT}",
    "小哥哥小姐姐们点个关注",
    "宝妈们，这个奶粉好用吗",
    "闺蜜送的生日礼物{EMOJI}",
    "婆婆又来了{EMOJI}",
    "老婆大人说了算",
    "#周末去哪儿# {PLACE}",
    "#打工人日常# {SLANG}",
    "#今日穿搭# 优衣库{AMOUNT}的T恤",
    "文件名：周报_{DATE}.docx",
    "把{SURWORD}明细.xlsx发我一下",
    "代码里 print('你好') 报错了",
    "git push 一直失败",
    "下载了{APP}最新版 {VERSION}",
    "明天周一，又要上班了",
    "周末愉快！",
    "{CITY}今天限行尾号4和9",
    "地铁2号线故障，大家绕行",
    "{TRAIN}晚点40分钟",
    "{FLIGHT}登机口改到B12了",
    "航班{FLIGHT}取消了，改签到明天",
    "春运抢票太难了，{APP}候补中",
    "国庆假期{PLACE}人挤人",
    "五一去{PLACE}还是{PLACE}",
    "去{CITY}吃了正宗的早茶",
    "{CITY}的热干面{SAMOUNT}一碗",
    "{CITY}菜太辣了{EMOJI}",
    "{BRAND}新店开业，前100名送{ITEM}",
    "{BRAND}会员日，{CODE}",
    "{BRAND}降价了，买早了{EMOJI}",
    "{APP}抽奖中了{SAMOUNT}",
    "{APP}的年度歌单出来了",
    "{APP}账号被盗了，{SLANG}",
    "{COMPANY}的股票涨了3%",
    "上证指数今天收涨0.8%",
    "房贷利率降到3.1%了",
    "这个月电费{BIGAMOUNT}？？",
    "燃气费看错了，是{BIGAMOUNT}",
    "话费充了{TRIP}",
    "公积金每月{BIGAMOUNT}",
    "个税退了{TRIP}{EMOJI}",
    "体重{MEASURE}，血压120/80",
    "发烧38.5度，请假一天",
    "跑步{MEASURE}，配速6分15",
    "今天步数{MEASURE}，微信运动第一",
    "孩子身高{MEASURE}了",
    "家里装修{MEASURE}，预算{BIGAMOUNT}",
    "班级群：明天穿校服，带{ITEM}",
    "三年级二班数学作业：第15页1-6题",
    "期末考试成绩出来了，数学98",
    "考研倒计时100天",
    "四六级准考证可以打印了",
    "高考志愿填报截止到{DATE}",
    "体检报告出来了，一切正常",
    "医院挂号排到{DATE}了",
    "社区医院打疫苗{TIME}开始",
    "第一人民医院在哪个门进",
    "物业群：电梯维修，{DATE}{TIME}暂停使用",
    "业主群：{TITLE}说车位费要涨",
    "居委会通知：{DATE}垃圾分类培训",
    "小区快递柜满了",
    "快递柜取件码过期了",
    "菜鸟驿站{TIME}关门",
    "京东到家半小时送到{EMOJI}",
    "美团优选明天自提",
    "拼多多砍一刀，{SLANG}",
    "淘宝退货运费险赔了{SAMOUNT}",
    "闲鱼卖了旧手机{BIGAMOUNT}",
    "二手{ITEM}出了",
    "红包拿好🧧",
    "手气最佳{SAMOUNT}{EMOJI}",
    "发了个{SAMOUNT}的红包，大家抢",
    "拼车去机场，每人{TRIP}",
    "周三下午茶，喝{BRAND}",
    "加班到凌晨两点，{SLANG}",
    "年会抽中了一台扫地机器人",
    "今年KPI完成了120%",
    "周报写完了，下班",
    "季度总结会{DATE}开",
    "PPT第8页数据有误",
    "Excel公式VLOOKUP怎么用",
    "打印机卡纸了",
    "WiFi密码贴在冰箱上了",
    "手机只剩5%电了",
    "系统升级到{VERSION}后卡死了",
    "王者荣耀五连败，{SLANG}",
    "原神抽卡又歪了",
    "开黑吗，五排",
    "这局MVP",
    "#我的年度报告# {APP}",
    "#城市漫步# {PLACE}",
    "#今天吃什么# {BRAND}",
    "春节快乐，龙年大吉🐉",
    "中秋节快乐，月饼吃了吗🥮",
    "端午安康",
    "元宵节快乐，汤圆还是元宵",
    "七夕快乐，单身狗表示不服",
    "冬至吃饺子",
    "腊八节喝粥",
    "除夕夜看春晚",
]


def build_zh_free(rng: random.Random) -> list[dict[str, object]]:
    pools = ZH_FREE_POOLS
    prefixes = [
        "",
        "",
        "",
        "",
        "",
        "[2024-03-05 21:13] ",
        "回复：",
        "【群消息】",
        "转发：",
        "10:25 ",
        "备注：",
        "评论：",
    ]
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    tpls = list(ZH_FREE_TEMPLATES)
    rng.shuffle(tpls)
    i = 0
    while len(out) < N_LINES:
        tpl = tpls[i % len(tpls)]
        i += 1
        text = ""
        pos = 0
        while True:
            j = tpl.find("{", pos)
            if j < 0:
                text += tpl[pos:]
                break
            k = tpl.index("}", j)
            text += tpl[pos:j] + rng.choice(pools[tpl[j + 1 : k]])
            pos = k + 1
        text = (
            rng.choice(prefixes)
            + text
            + rng.choice(
                ["", "", "", "哈", "～", "😂", "[捂脸]"]
                + ([] if text[-1] in "？！。" else ["！", "。"])
            )
        )
        if rng.random() < 0.12:
            text = typo_zh(text, rng)
        if text not in seen:
            seen.add(text)
            out.append({"text": text})
    return out


def typo_zh(s: str, rng: random.Random) -> str:
    opts = [(a, b) for a, b in ZH_TYPOS if a in s]
    if opts:
        a, b = rng.choice(opts)
        return s.replace(a, b, 1)
    return s


# ---------------------------------------------------------------------------


FILES: list[tuple[str, Callable[[random.Random], list[dict[str, object]]]]] = [
    ("en_pii_labelled.jsonl", build_en_labelled),
    ("zh_pii_labelled.jsonl", build_zh_labelled),
    ("en_pii_free_hard.jsonl", build_en_free),
    ("zh_pii_free_hard.jsonl", build_zh_free),
]


def render() -> dict[str, str]:
    out: dict[str, str] = {}
    for idx, (name, builder) in enumerate(FILES):
        rng = random.Random(SEED * 10 + idx)
        lines = [json.dumps(rec, ensure_ascii=False, sort_keys=False) for rec in builder(rng)]
        out[name] = "\n".join(lines) + "\n"
    return out


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    outdir.mkdir(parents=True, exist_ok=True)
    for name, content in render().items():
        (outdir / name).write_bytes(content.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
