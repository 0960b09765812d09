"""Persona us_dani_ochoa: 20-year-old UW-Madison student (America/Chicago, CST all period)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path

from common import Chat, aba, burst, luhn_complete, moji_tree, vary_en, write_json

PID = "us_dani_ochoa"
ME = "Daniela Ochoa"
SLEEP = (dt.time(2, 30), dt.time(9, 30))
START = dt.date(2025, 11, 10)
DAYS = 108
OFF = dt.timedelta(hours=-6)
HOME = (43.07352, -89.39351)
WORK = (43.07568, -89.41310)
HOME_ADDR = "415 W Johnson St Apt 1207, Madison, WI 53703"
EMPLOYER = "University of Wisconsin-Madison"
ROUTING = aba("07590409")
ACCT = "3928104457"
CARD = luhn_complete("414720019384551")
CARD_SP = " ".join(CARD[i : i + 4] for i in range(0, 16, 4))
SSN = "512-48-3390"
EMO = ["", "", "", " 😭", " 💀", " lol", " lmao", " 🥲", " ❤️", " 🙏", " fr", " omg"]


def utc_ms(t: dt.datetime, rng: random.Random) -> int:
    return int((t - OFF).replace(tzinfo=dt.UTC).timestamp()) * 1000 + rng.randrange(1000)


def mom(rng: random.Random) -> list[tuple[str, str]]:
    k = rng.randrange(4)
    if k == 0:
        return [
            (
                "Lorena Ochoa",
                rng.choice(
                    [
                        "Mija ya comiste?",
                        "Hola mija, como estás?",
                        "Did you eat today??",
                        "Call me when you can ❤️",
                        "Your abuela says hi",
                    ]
                ),
            ),
            (
                ME,
                rng.choice(
                    ["yes mami", "sí ma", "ya comí", "ill call u after class", "tell her hi!!"]
                )
                + rng.choice(EMO),
            ),
        ]
    if k == 1:
        return [
            (
                "Lorena Ochoa",
                rng.choice(
                    [
                        "It's going to be -10 wear the big coat",
                        "Did you finish your exam?",
                        "Mateo needs the car saturday",
                        "Are you coming home for the weekend?",
                    ]
                ),
            ),
            (
                ME,
                rng.choice(
                    [
                        "i know mom",
                        "yeah it went ok i think",
                        "ok",
                        "maybe if i can get a ride",
                        "lol ok",
                    ]
                ),
            ),
        ]
    if k == 2:
        return [
            (ME, rng.choice(["mom look", "my roommate made this"])),
            (ME, "photo"),
            ("Lorena Ochoa", rng.choice(["Qué bonito!", "😍😍", "Wow", "Send me more pics"])),
        ]
    return [
        (
            ME,
            rng.choice(
                [
                    "can u venmo me for groceries 🥺",
                    "my paycheck is late this week",
                    "textbook was $140 💀",
                ]
            ),
        ),
        ("Lorena Ochoa", rng.choice(["Ok mija", "Sent", "Again?? ok", "Ask your dad"])),
    ]


def crystal(rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            rng.choice([ME, "Crystal Nguyen"]),
            rng.choice(
                [
                    "are u home",
                    "did u take my charger",
                    "we're out of oat milk",
                    "who left the stove on 😭",
                    "im bringing ppl over at 9",
                    "library til close?",
                    "did u see the email from housing",
                    "pizza??",
                    "omg the radiator is screaming again",
                ]
            ),
        ),
        (
            rng.choice([ME, "Crystal Nguyen"]),
            rng.choice(
                ["yeah", "no??", "ill grab some", "not me", "ok bet", "yes pls", "lmaooo", "5 min"]
            )
            + rng.choice(EMO),
        ),
    ]


def jack(rng: random.Random) -> list[tuple[str, str]]:
    k = rng.randrange(4)
    if k == 0:
        return [
            (
                "Jack Lindqvist",
                rng.choice(
                    ["hey cutie", "what are u up to", "miss u", "u free tonight?", "good morning ☀️"]
                ),
            ),
            (
                ME,
                rng.choice(["studying 😩", "nothing much", "miss u too", "after 8?", "morning!!"]),
            ),
            (
                "Jack Lindqvist",
                rng.choice(["❤️", "ok come over after", "valorant later?", "lol ok"]),
            ),
        ]
    if k == 1:
        return [
            (
                ME,
                rng.choice(
                    [
                        "ranked tonight?",
                        "hop on val",
                        "im stuck in silver forever",
                        "that last game was so bad",
                    ]
                ),
            ),
            (
                "Jack Lindqvist",
                rng.choice(
                    ["yes 10pm", "bet", "we're climbing this week", "my aim was trash sorry"]
                ),
            ),
        ]
    if k == 2:
        return [
            ("Jack Lindqvist", "shared a reel"),
            (ME, rng.choice(["LMAO", "this is us", "stoppp", "💀💀"])),
        ]
    return [
        (
            ME,
            rng.choice(
                [
                    "can u drive me to target",
                    "wanna get ramen",
                    "dinner at gordon?",
                    "walk me home from college library?",
                ]
            ),
        ),
        ("Jack Lindqvist", rng.choice(["yeah", "omw", "give me 10", "of course"])),
    ]


def lou(rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            rng.choice(["Lou Park", ME]),
            rng.choice(
                [
                    "did u do the chem 343 problem set",
                    "class is cancelled!!",
                    "r u going to the terrace",
                    "coffee before lecture?",
                    "i'm so behind on readings",
                    "the TA hates me",
                ]
            ),
        ),
        (
            rng.choice(["Lou Park", ME]),
            rng.choice(
                [
                    "half of it",
                    "YESSS",
                    "too cold lol",
                    "yes colectivo",
                    "same",
                    "she hates everyone",
                ]
            )
            + rng.choice(EMO),
        ),
    ]


RA = [
    "congress",
    "these politicians",
    "the gop",
    "the democrats",
    "the entire senate",
    "the supreme court",
    "the governor",
    "the billionaires running this country",
    "the media",
]
RB = [
    "is so corrupt it makes me sick",
    "doesnt care if we live or die",
    "should all be voted out",
    "is literally destroying this country",
    "lies every single day",
    "is owned by lobbyists",
    "needs to be burned down and rebuilt",
]
RC = [
    "student debt",
    "tuition hikes",
    "the price of groceries",
    "rent in this city",
    "healthcare",
    "gun laws",
    "the minimum wage",
    "the border",
    "climate",
    "taxes",
]
RD = [
    "!!!",
    ". wake up",
    " 🤬",
    ". im so done",
    ". this is insane",
    ". nobody is talking about this",
    "!!",
    ". i swear to god",
]


def risky(rng: random.Random, n: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(
            f"{rng.choice(RA)} {rng.choice(RB)}{rng.choice(RD)} look at {rng.choice(RC)}"
            if rng.random() < 0.5
            else f"{rng.choice(RC)} is a joke and {rng.choice(RA)} {rng.choice(RB)}{rng.choice(RD)}"
        )
    return sorted(out)


def build(out: Path) -> dict[str, object]:
    rng = random.Random(16003)
    root = out / PID
    names = ["Lorena Ochoa", "Crystal Nguyen", "Jack Lindqvist", "Lou Park"]
    c = {n: Chat(n, [ME, n]) for n in names}
    group = Chat(
        "4th floor menaces 💀",
        [ME, "Brody Kessler", "Crystal Nguyen", "Lou Park", "Will Obi"],
        group=True,
    )
    gens = {
        "Lorena Ochoa": (mom, 2),
        "Crystal Nguyen": (crystal, 3),
        "Jack Lindqvist": (jack, 3),
        "Lou Park": (lou, 2),
    }
    days = [START + dt.timedelta(days=i) for i in range(DAYS)]
    for d in days:
        for n, (fn, r) in gens.items():
            for _ in range(rng.randrange(0, r + 1)):
                burst(rng, c[n], d, [(w, vary_en(rng, t)) for w, t in fn(rng)], 10, 23, SLEEP)
        if rng.random() < 0.45:
            burst(
                rng,
                group,
                d,
                [
                    (
                        rng.choice(["Crystal Nguyen", "Lou Park", "Will Obi", ME]),
                        rng.choice(
                            [
                                "who's going to union south",
                                "brody pls",
                                "lmaooo",
                                "photo",
                                "anyone have a calc i can borrow",
                                "im outside",
                                "nobody asked brody",
                                "snow day???",
                                "👀",
                                "bro",
                                "finals week is killing me",
                                "dining hall mac and cheese slaps",
                            ]
                        ),
                    )
                ],
                10,
                23,
                SLEEP,
            )
    for i, t in enumerate(risky(rng, 64)):
        burst(rng, group, days[(i * 41) % DAYS], [("Brody Kessler", t)], 11, 23, SLEEP)
    scripted = [
        # religion (user, Catholic)
        (
            "Lorena Ochoa",
            6,
            [
                ("Lorena Ochoa", "Did you go to mass on Sunday?"),
                (ME, "yes mom at st pauls, the 7pm student mass"),
            ],
        ),
        (
            "Lorena Ochoa",
            27,
            [
                (ME, "going to confession before finals lol i need all the help"),
                ("Lorena Ochoa", "Good girl 🙏"),
            ],
        ),
        (
            "Jack Lindqvist",
            44,
            [(ME, "cant hang sunday night i have mass"), ("Jack Lindqvist", "ok 🙏")],
        ),
        (
            "Lou Park",
            70,
            [
                (ME, "i still have the rosary abuela gave me, i pray it before exams"),
                ("Lou Park", "thats really sweet"),
            ],
        ),
        (
            "Crystal Nguyen",
            100,
            [(ME, "ash wednesday tmrw so dont judge my forehead"), ("Crystal Nguyen", "lol noted")],
        ),
        # distractors
        (
            "Jack Lindqvist",
            15,
            [
                ("Jack Lindqvist", "up $60 on draftkings tonight"),
                (ME, "thats literally gambling jack"),
            ],
        ),
        (
            "Lou Park",
            30,
            [("Lou Park", "my therapist upped my anxiety meds"), (ME, "proud of u for going ❤️")],
        ),
        (
            "Crystal Nguyen",
            52,
            [
                (
                    "Crystal Nguyen",
                    "brody's whole family is super political, his dad runs for county board",
                ),
                (ME, "that explains a lot"),
            ],
        ),
        # PII
        (
            "Lorena Ochoa",
            3,
            [
                ("Lorena Ochoa", "The job paperwork needs your social"),
                (ME, f"its {SSN} right?"),
                ("Lorena Ochoa", "Yes"),
            ],
        ),
        (
            "Lorena Ochoa",
            11,
            [(ME, "whats the card number again for the flight home"), ("Lorena Ochoa", CARD_SP)],
        ),
        ("Crystal Nguyen", 8, [("Crystal Nguyen", "my new number (608) 555-0142"), (ME, "saved")]),
        (
            "Jack Lindqvist",
            14,
            [(ME, "text my brother mateo 608-555-0187 he has my keys"), ("Jack Lindqvist", "ok")],
        ),
        (
            "Lorena Ochoa",
            19,
            [
                (
                    "Lorena Ochoa",
                    "For the tax form my ITIN is 912-78-4410 give it to the lady at the office",
                ),
                (ME, "ok"),
            ],
        ),
        (
            "Jack Lindqvist",
            24,
            [
                (
                    "Jack Lindqvist",
                    "ur package came to my place, label says 415 W Johnson St Apt 1207, Madison, WI 53703 lol",
                ),
                (ME, "bc i ordered it to yours by accident ahhh"),
            ],
        ),
        (
            "Lou Park",
            31,
            [("Lou Park", "whats ur email for the group project"), (ME, "dani.ochoa@example.com")],
        ),
        (
            "Lorena Ochoa",
            37,
            [
                (ME, "mom i need the bank info for direct deposit"),
                ("Lorena Ochoa", f"Routing {ROUTING} account {ACCT}"),
            ],
        ),
        (
            "Crystal Nguyen",
            40,
            [
                (ME, "prof hadley wants us at office hours 3pm"),
                ("Crystal Nguyen", "dr hadley is so scary"),
            ],
        ),
        (
            "Jack Lindqvist",
            48,
            [
                ("Jack Lindqvist", "whats ur license number, i'm adding u to the rental"),
                (ME, "O215-4830-9951-07"),
            ],
        ),
        (
            "Lorena Ochoa",
            55,
            [
                (
                    "Lorena Ochoa",
                    "Send the christmas card to tía at 2218 S 31st St, Milwaukee, WI 53215",
                ),
                (ME, "ok!"),
            ],
        ),
        (
            "Lou Park",
            60,
            [("Lou Park", "my car got towed 😭 plate AKR-4921 if u see it"), (ME, "nooo")],
        ),
        (
            "Lorena Ochoa",
            65,
            [
                ("Lorena Ochoa", "Your passport number is A41938527 for the Mexico trip"),
                (ME, "thanks mami"),
            ],
        ),
        (
            "Crystal Nguyen",
            73,
            [
                ("Crystal Nguyen", "landlord is Mr. Ferreira, his cell is +1 608 555 0163"),
                (ME, "ugh ok"),
            ],
        ),
        (
            "Jack Lindqvist",
            81,
            [(ME, "call me on 6085550119 my ig calls keep dropping"), ("Jack Lindqvist", "ok")],
        ),
        (
            "Lou Park",
            88,
            [("Lou Park", "crystal's email is crystal.nguyen@example.org"), (ME, "ty")],
        ),
    ]
    for n, di, lines in scripted:
        burst(rng, c[n], days[di], lines, 11, 22, SLEEP)
    pii: list[tuple[str, str, str]] = []
    counts: dict[str, int] = {}
    slug = {
        "Lorena Ochoa": "lorenaochoa_1795503981",
        "Crystal Nguyen": "crystalnguyen_1801204775",
        "Jack Lindqvist": "jacklindqvist_1779006132",
        "Lou Park": "loupark_1823440917",
        "4th floor menaces 💀": "4thfloormenaces_1840022761",
    }
    for title, ch in [*list(c.items()), (group.title, group)]:
        ms = []
        for t, who, text in sorted(ch.sorted(), key=lambda m: m[0], reverse=True):
            m: dict[str, object] = {"sender_name": who, "timestamp_ms": utc_ms(t, rng)}
            if text == "photo":
                m["photos"] = [
                    {
                        "uri": f"your_instagram_activity/messages/inbox/{slug[title]}/photos/{abs(hash_s(t)) % 10**15}.jpg",
                        "creation_timestamp": utc_ms(t, rng) // 1000,
                    }
                ]
            elif text == "shared a reel":
                m["share"] = {
                    "link": f"https://www.instagram.com/reel/C{abs(hash_s(t)) % 10**9:09d}/"
                }
                m["content"] = f"{who} sent an attachment."
            else:
                m["content"] = text
            if rng.random() < 0.05:
                m["reactions"] = [{"reaction": "❤", "actor": ME if who != ME else title.split()[0]}]
            m["is_geoblocked_for_viewer"] = False
            ms.append(m)
        if title in c:
            counts[title] = len(ms)
        parts = [{"name": p} for p in ch.members]
        thread = {
            "participants": parts,
            "messages": ms,
            "title": title,
            "is_still_participant": True,
            "thread_path": f"inbox/{slug[title]}",
            "magic_words": [],
        }
        rel = f"instagram-dani.ochoaa-2026-02-27/your_instagram_activity/messages/inbox/{slug[title]}/message_1.json"
        write_json(root / rel, moji_tree(thread), ascii_=True)
        text_all = "\n".join(str(x.get("content", "")) for x in ms) + "\n".join(
            p["name"] for p in parts
        )
        for ty, v in [
            ("US_SSN", SSN),
            ("CREDIT_CARD", CARD_SP),
            ("PHONE_NUMBER", "(608) 555-0142"),
            ("PHONE_NUMBER", "608-555-0187"),
            ("US_ITIN", "912-78-4410"),
            ("ADDRESS", HOME_ADDR),
            ("EMAIL_ADDRESS", "dani.ochoa@example.com"),
            ("BANK_ACCOUNT", ROUTING),
            ("BANK_ACCOUNT", ACCT),
            ("US_DRIVER_LICENSE", "O215-4830-9951-07"),
            ("ADDRESS", "2218 S 31st St, Milwaukee, WI 53215"),
            ("LICENSE_PLATE", "AKR-4921"),
            ("US_PASSPORT", "A41938527"),
            ("PHONE_NUMBER", "+1 608 555 0163"),
            ("PHONE_NUMBER", "6085550119"),
            ("EMAIL_ADDRESS", "crystal.nguyen@example.org"),
            ("PERSON", "Mr. Ferreira"),
            ("PERSON", "hadley"),
            ("PERSON", "mateo"),
            ("PERSON", "Mateo"),
            ("PERSON", "Marisol"),
            ("PERSON", "Brody Kessler"),
            ("PERSON", "brody"),
            ("PERSON", "Lorena Ochoa"),
            ("PERSON", "Jack Lindqvist"),
            ("PERSON", "Crystal Nguyen"),
            ("PERSON", "Lou Park"),
            ("PERSON", "Will Obi"),
            ("PERSON", "Daniela Ochoa"),
            ("PERSON", "crystal"),
            ("PERSON", "jack"),
        ]:
            if v in text_all:
                pii.append((rel, ty, v))
    # ---- Venmo current statement ----
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    buf.write(
        "Account Statement - (@dani-ochoa-7) ,,,,,,,,,,,,,,,,,,,,,\nAccount Activity,,,,,,,,,,,,,,,,,,,,,\n"
    )
    w.writerow(
        [
            "",
            "ID",
            "Datetime",
            "Type",
            "Status",
            "Note",
            "From",
            "To",
            "Amount (total)",
            "Amount (tip)",
            "Amount (tax)",
            "Amount (fee)",
            "Tax Rate",
            "Tax Exempt",
            "Funding Source",
            "Destination",
            "Beginning Balance",
            "Ending Balance",
            "Statement Period Venmo Fees",
            "Terminal Location",
            "Year to Date Venmo Fees",
            "Disclaimer",
        ]
    )
    w.writerow([""] * 16 + ["$42.18", "", "", "", "", ""])
    vt = []
    notes = [
        ("Crystal Nguyen", "utilities 💡", -1),
        ("Crystal Nguyen", "pizza", -1),
        ("Lou Park", "coffee ☕", 1),
        ("Jack Lindqvist", "ramen 🍜", -1),
        ("Lorena Ochoa", "groceries mija", 1),
        ("Lou Park", "uber home", -1),
        ("Will Obi", "football tix", -1),
    ]
    for _i in range(48):
        d = START + dt.timedelta(days=rng.randrange(DAYS))
        t = dt.datetime.combine(
            d, dt.time(rng.randrange(11, 23), rng.randrange(60), rng.randrange(60))
        )
        who, note, sign = rng.choice(notes)
        vt.append(
            (
                t,
                who,
                note,
                sign,
                rng.uniform(6, 90) if who != "Lorena Ochoa" else rng.choice([50, 75, 100]),
            )
        )
    vt.append(
        (
            dt.datetime(2025, 12, 1, 14, 0, 2),
            "Crystal Nguyen",
            "dec rent my half - 415 W Johnson #1207",
            -1,
            780.0,
        )
    )
    vt.sort()
    for i, (t, who, note, sign, amt) in enumerate(vt):
        frm, to = (ME, who) if sign < 0 else (who, ME)
        w.writerow(
            [
                "",
                str(4150000000000000000 + i * 7919113),
                (t - OFF).strftime("%Y-%m-%dT%H:%M:%S"),
                "Payment",
                "Complete",
                note,
                frm,
                to,
                f"{'-' if sign < 0 else '+'} ${amt:,.2f}",
                "",
                "0",
                "",
                "0",
                "",
                "Venmo balance" if sign < 0 else "",
                "" if sign < 0 else "Venmo balance",
                "",
                "",
                "",
                "Venmo",
                "",
                "",
            ]
        )
    w.writerow(
        [""] * 17
        + [
            "$118.40",
            "$0.00",
            "",
            "$0.00",
            "In case of errors or questions about your electronic transfers:...",
        ]
    )
    rel = "venmo_statement_2025-11-10_2026-02-25.csv"
    (root / rel).write_text(buf.getvalue(), encoding="utf-8", newline="")
    pii += [
        (rel, "USERNAME", "@dani-ochoa-7"),
        (rel, "PERSON", "Crystal Nguyen"),
        (rel, "PERSON", "Lou Park"),
        (rel, "PERSON", "Jack Lindqvist"),
        (rel, "PERSON", "Lorena Ochoa"),
        (rel, "PERSON", "Will Obi"),
        (rel, "PERSON", ME),
        (rel, "ADDRESS", "415 W Johnson #1207"),
    ]
    # ---- OFX checking ----
    st = []
    d = dt.date(2025, 11, 14)
    while d < START + dt.timedelta(days=DAYS):
        st.append(
            (
                d,
                "CREDIT",
                "486.20",
                "UNIV OF WISCONSIN PAYROLL",
                "DIRECT DEP UW MADISON PAYROLL PPD",
            )
        )
        d += dt.timedelta(days=14)
    for _i in range(40):
        dd = START + dt.timedelta(days=rng.randrange(DAYS))
        name, memo = rng.choice(
            [
                ("STEAMGAMES.COM 4259522", "VALORANT POINTS / STEAM PURCHASE"),
                ("RIOT GAMES", "VALORANT VP"),
                ("TARGET T-2771 MADISON", "POS PURCHASE"),
                ("COLECTIVO COFFEE", "POS PURCHASE"),
                ("WOODMANS FOOD MKT", "POS PURCHASE"),
                ("VENMO", "VENMO PAYMENT"),
            ]
        )
        st.append((dd, "DEBIT", f"-{rng.uniform(4, 60):.2f}", name, memo))
    st.sort()
    trn = "".join(
        f"\n<STMTTRN>\n<TRNTYPE>{ty}\n<DTPOSTED>{dd:%Y%m%d}120000.000[-6:CST]\n<TRNAMT>{amt}\n<FITID>{dd:%Y%m%d}{i:05d}\n<NAME>{n}\n<MEMO>{m}\n</STMTTRN>"
        for i, (dd, ty, amt, n, m) in enumerate(st)
    )
    bal = 1210.55
    ofx = (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        "<OFX>\n<SIGNONMSGSRSV1>\n<SONRS>\n<STATUS>\n<CODE>0\n<SEVERITY>INFO\n</STATUS>\n<DTSERVER>20260227091500.000[-6:CST]\n<LANGUAGE>ENG\n<FI>\n<ORG>BADGERSTATECU\n<FID>7590\n</FI>\n</SONRS>\n</SIGNONMSGSRSV1>\n"
        f"<BANKMSGSRSV1>\n<STMTTRNRS>\n<TRNUID>0\n<STATUS>\n<CODE>0\n<SEVERITY>INFO\n</STATUS>\n<STMTRS>\n<CURDEF>USD\n<BANKACCTFROM>\n<BANKID>{ROUTING}\n<ACCTID>{ACCT}\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n"
        f"<BANKTRANLIST>\n<DTSTART>{START:%Y%m%d}000000.000[-6:CST]\n<DTEND>20260226235959.000[-6:CST]{trn}\n</BANKTRANLIST>\n<LEDGERBAL>\n<BALAMT>{bal:.2f}\n<DTASOF>20260227091500.000[-6:CST]\n</LEDGERBAL>\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n"
    )
    rel = "bank/BadgerStateCU_Checking_x4457.ofx"
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / rel).write_text(ofx.replace("\n", "\r\n"), encoding="ascii", newline="")
    pii += [(rel, "BANK_ACCOUNT", ROUTING), (rel, "BANK_ACCOUNT", ACCT)]
    # ---- iOS location-history.json ----
    arr = []

    def iso(x: dt.datetime) -> str:
        return f"{x:%Y-%m-%dT%H:%M:%S}.000-06:00"

    def geo(p: tuple[float, float]) -> str:
        return f"geo:{p[0] + rng.uniform(-0.0002, 0.0002):.6f},{p[1] + rng.uniform(-0.0002, 0.0002):.6f}"

    CAMPUS = (43.07614, -89.40121)
    for d0 in days:
        h0 = dt.datetime.combine(d0, dt.time(0))
        wd = d0.weekday() < 5
        if wd:
            plan = [
                ("Home", h0, h0 + dt.timedelta(hours=10, minutes=20)),
                ("move", None, None),
                ("Unknown", h0 + dt.timedelta(hours=10, minutes=40), h0 + dt.timedelta(hours=13)),
                (
                    "Work",
                    h0 + dt.timedelta(hours=13, minutes=15),
                    h0 + dt.timedelta(hours=17, minutes=30),
                ),
                ("Home", h0 + dt.timedelta(hours=18), h0 + dt.timedelta(days=1)),
            ]
        else:
            plan = [("Home", h0, h0 + dt.timedelta(days=1))]
        for kind, a, b in plan:
            if kind == "move":
                a = h0 + dt.timedelta(hours=10, minutes=20)
                arr.append(
                    {
                        "endTime": iso(a + dt.timedelta(minutes=18)),
                        "startTime": iso(a),
                        "activity": {
                            "probability": "0.94",
                            "end": geo(CAMPUS),
                            "topCandidate": {"type": "walking", "probability": "0.87"},
                            "distanceMeters": "1012.4",
                            "start": geo(HOME),
                        },
                    }
                )
                continue
            assert a is not None and b is not None
            loc = {"Home": HOME, "Work": WORK, "Unknown": CAMPUS}[kind]
            arr.append(
                {
                    "endTime": iso(b),
                    "startTime": iso(a),
                    "visit": {
                        "hierarchyLevel": "0",
                        "topCandidate": {
                            "probability": "0.91",
                            "semanticType": kind,
                            "placeID": f"ChIJ{kind[:2]}8Xk2mBU9f",
                            "placeLocation": geo(loc),
                        },
                        "probability": "0.86",
                    },
                }
            )
    write_json(root / "location-history.json", arr)
    # ---- Reddit ----
    rd = root / "reddit_export_dairy_state_dani"
    rd.mkdir(parents=True, exist_ok=True)
    com = [
        (
            "Catholic",
            "going to the 7pm student mass at st pauls has honestly kept me sane this semester",
        ),
        ("VALORANT", "hardstuck silver 3 but my duo carries me lol"),
        ("UWMadison", "the bus at 4:50 is always packed, just walk"),
        (
            "Catholic",
            "first time doing confession in like 2 years, was so nervous but the priest was kind",
        ),
        ("VALORANT", "that new agent is so broken"),
        ("UWMadison", "babcock ice cream > everything. i work there so im biased"),
        ("madisonwi", "anyone else's radiator screaming at 3am on w johnson?"),
        ("Catholic", "lent starts next week, giving up tiktok pray for me"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "id",
            "permalink",
            "date",
            "ip",
            "subreddit",
            "gildings",
            "link",
            "parent",
            "body",
            "media",
        ]
    )
    for i, (sub, body) in enumerate(com):
        t = (
            dt.datetime.combine(
                START + dt.timedelta(days=5 + i * 12), dt.time(20 + i % 3, 11 * i % 60, 7)
            )
            - OFF
        )
        cid = f"k{(i + 1) * 48271 % 10**6:06d}x"
        w.writerow(
            [
                cid,
                f"https://www.reddit.com/r/{sub}/comments/1a{i}b2c/comment/{cid}/",
                f"{t:%Y-%m-%d %H:%M:%S} UTC",
                "",
                sub,
                "0",
                f"https://www.reddit.com/r/{sub}/comments/1a{i}b2c/",
                f"t3_1a{i}b2c",
                body,
                "",
            ]
        )
    (rd / "comments.csv").write_text(buf.getvalue(), encoding="utf-8", newline="")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"])
    msgs = [
        (
            "badger_sublets22",
            "dairy_state_dani",
            "re: spring sublet",
            "hi! is the room at 415 W Johnson St Apt 1207 still available for spring?",
        ),
        (
            "dairy_state_dani",
            "badger_sublets22",
            "re: spring sublet",
            "yes! text me at (608) 555-0176 or email dani.ochoa@example.com, my roommate crystal is chill",
        ),
        ("badger_sublets22", "dairy_state_dani", "re: spring sublet", "perfect, will text tonight"),
    ]
    for i, (f, to, subj, body) in enumerate(msgs):
        t = dt.datetime(2026, 1, 20 + i, 19, 30 + i, 0) - OFF
        w.writerow(
            [
                f"2f{i}q8x",
                f"https://www.reddit.com/message/messages/2f{i}q8x",
                "2f0q8x",
                f"{t:%Y-%m-%d %H:%M:%S} UTC",
                "",
                f,
                to,
                subj,
                body,
            ]
        )
    (rd / "messages.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    rel = "reddit_export_dairy_state_dani/messages.csv"
    pii += [
        (rel, "ADDRESS", "415 W Johnson St Apt 1207"),
        (rel, "PHONE_NUMBER", "(608) 555-0176"),
        (rel, "EMAIL_ADDRESS", "dani.ochoa@example.com"),
        (rel, "USERNAME", "dairy_state_dani"),
        (rel, "USERNAME", "badger_sublets22"),
        (rel, "PERSON", "crystal"),
    ]
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    return {
        "schema_version": 1,
        "persona": PID,
        "fictional": True,
        "independent": True,
        "description": "Daniela 'Dani' Ochoa, 20, sophomore at UW-Madison living on W Johnson St, part-time at the Babcock Hall dairy store (university payroll, biweekly). Instagram DMs, Venmo statement, credit-union OFX, iOS Google location history, Reddit comments and messages.",
        "timezone": "America/Chicago",
        "user": {
            "names": [ME, "Dani", "Dani Ochoa"],
            "phones": ["(608) 555-0176"],
            "emails": ["dani.ochoa@example.com"],
            "handles": ["dani.ochoaa", "@dani-ochoa-7", "dairy_state_dani"],
        },
        "pii": pii,
        "facts": {
            "home": {
                "lat": HOME[0],
                "lon": HOME[1],
                "radius_m": 300,
                "address": HOME_ADDR,
                "city": "Madison",
            },
            "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
            "sleep_window": {"start": "02:30", "end": "09:30", "tolerance_min": 60},
            "top_contacts": [{"name": k, "messages": v} for k, v in top],
            "relationships": [
                {"name": "Lorena Ochoa", "relationship": "mother", "full_name": "Lorena Ochoa"},
                {
                    "name": "Jack Lindqvist",
                    "relationship": "partner",
                    "full_name": "Jack Lindqvist",
                },
                {
                    "name": "Crystal Nguyen",
                    "relationship": "roommate",
                    "full_name": "Crystal Nguyen",
                },
                {"name": "Lou Park", "relationship": "close friend", "full_name": "Louisa Park"},
            ],
            "religion": {
                "value": "Catholic (goes to student mass, confession, rosary, Ash Wednesday, Lent)"
            },
            "health": {"value": False},
            "politics": {"value": False},
            "financial_stress": {"value": False},
            "gambling": {"value": False},
            "gaming": {"value": True},
            "salary": {
                "amount": "486.20",
                "currency": "USD",
                "payer": "UNIV OF WISCONSIN PAYROLL",
                "period": "biweekly",
            },
            "risky_contact": {
                "name": "Brody Kessler",
                "why": "posts 64 distinct angry political rants in the Instagram group 4th floor menaces",
            },
        },
    }


def hash_s(t: dt.datetime) -> int:
    # stable (not Python's salted hash)
    return int(t.strftime("%Y%m%d%H%M%S")) * 2654435761 % (2**61 - 1)
