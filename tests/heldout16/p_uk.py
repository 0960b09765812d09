"""Persona uk_gareth_pryce: 37-year-old heating engineer in Exeter (Europe/London, GMT all period)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from common import Chat, burst, iban, luhn_complete, moji_tree, nhs, vary_en, write_json

PID = "uk_gareth_pryce"
ME = "Gareth Pryce"
SLEEP = (dt.time(22, 45), dt.time(5, 45))
START = dt.date(2025, 11, 3)
DAYS = 105
HOME = (50.71772, -3.54211)
WORK = (50.70115, -3.52302)
HOME_ADDR = "Flat 2, 31 Cowick Street, Exeter EX4 1AL"
EMPLOYER = "Exe Valley Heating Ltd"

NINO = "NP 61 42 83 B"
NHSN = nhs("485777345")
NHS_SP = f"{NHSN[:3]} {NHSN[3:6]} {NHSN[6:]}"
CARD = luhn_complete("465858401123567")
CARD_SP = " ".join(CARD[i : i + 4] for i in range(0, 16, 4))
IBAN = iban("GB", "MONZ04000441739260")
IBAN_SP = " ".join(IBAN[i : i + 4] for i in range(0, len(IBAN), 4))
DL = "PRYCE806149GO9VT"
PASSPORT = "548301762"
EMO = ["", "", "", " 👍", " 😂", " 🙄", " x", " 🔧", " lol", " 😴", " 🍺"]

JOBS = [
    "combi swap",
    "powerflush",
    "leaking rad valve",
    "boiler service",
    "no hot water call",
    "bathroom first fix",
    "cylinder swap",
    "gas safety cert",
    "blocked condensate pipe",
    "underfloor manifold",
]
PLACES = [
    "heavitree",
    "pinhoe",
    "topsham",
    "st leonards",
    "alphington",
    "crediton",
    "exmouth",
    "newton abbot",
    "cullompton",
    "dawlish",
]


def becca(rng: random.Random) -> list[tuple[str, str]]:
    k = rng.randrange(6)
    if k == 0:
        return [
            (
                "Becca",
                rng.choice(
                    ["what time u back", "u nearly done?", "tea at 6?", "eta?", "where r u"]
                ),
            ),
            (
                ME,
                rng.choice(
                    [
                        "bout half 5",
                        "running late, job in " + rng.choice(PLACES) + " dragged on",
                        "on way now",
                        "20 mins",
                        "stuck on the m5 sorry",
                    ]
                )
                + rng.choice(EMO),
            ),
            (
                "Becca",
                rng.choice(["ok x", "kk", "fine 🙄", "drive safe xx", "ill put the oven on"]),
            ),
        ]
    if k == 1:
        return [
            (
                "Becca",
                rng.choice(
                    [
                        "can u grab milk",
                        "we need bin bags",
                        "get bread pls",
                        "pick up my prescription from boots?",
                        "nappies!! the big ones",
                    ]
                ),
            ),
            (ME, rng.choice(["yep", "will do", "ok babe", "on it", "👍"])),
        ]
    if k == 2:
        return [
            (ME, "<Media omitted>" if rng.random() < 0.3 else "[photo]"),
            (
                ME,
                rng.choice(
                    [
                        "look at the state of this boiler",
                        "customers dog has adopted me",
                        "sunrise at the yard",
                        "this airing cupboard is a crime scene",
                    ]
                ),
            ),
            ("Becca", rng.choice(["😂😂", "omg", "lovely", "bless", "gross"])),
        ]
    if k == 3:
        return [
            (
                "Becca",
                rng.choice(
                    [
                        "ruby's got a temp, might keep her off tomorrow",
                        "ruby wants u to do bedtime",
                        "parents eve thurs 5pm dont forget",
                        "ruby lost another tooth lol",
                    ]
                ),
            ),
            (
                ME,
                rng.choice(
                    [
                        "poor thing",
                        "ill be back for it",
                        "ok put it in the calendar",
                        "tooth fairy skint this week haha",
                        "bless her",
                    ]
                ),
            ),
        ]
    if k == 4:
        return [
            (ME, rng.choice(["love you", "miss you today", "sorry about earlier", "u ok?"])),
            ("Becca", rng.choice(["love u too x", "im fine just tired", "its ok x", "xx"])),
        ]
    return [
        (
            "Becca",
            rng.choice(
                [
                    "did u ring the landlord",
                    "council tax came",
                    "car insurance renewal is silly money",
                    "have u sorted the van mot",
                ]
            ),
        ),
        (ME, rng.choice(["not yet", "tomorrow", "ill look at it weekend", "yeah done"])),
    ]


def rhys(rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            "Rhys",
            rng.choice(["oi", "alright bro", "bruv", "gaz"])
            + rng.choice(
                [
                    " u watching the match",
                    " chiefs on sat?",
                    " mums birthday, u sorted a card?",
                    " can u look at my outside tap",
                    " pint thurs?",
                    " fancy the gym",
                ]
            ),
        ),
        (
            ME,
            rng.choice(
                [
                    "yeah",
                    "cant this week",
                    "maybe",
                    "go on then",
                    "tomorrow eve ok",
                    "skint till friday",
                ]
            )
            + rng.choice(EMO),
        ),
        ("Rhys", rng.choice(["sound", "👍", "ok", "lol", "nice one"])),
    ]


def will(rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            "Will Harding",
            rng.choice(["", "morning ", "gaz "])
            + rng.choice(
                ["u got the ", "can u pick up the ", "office says swap the ", "whos doing the "]
            )
            + rng.choice(JOBS)
            + " in "
            + rng.choice(PLACES)
            + rng.choice(["", "?", " today", " tmrw"]),
        ),
        (
            ME,
            rng.choice(
                [
                    "yeah ill do it",
                    "on it after lunch",
                    "need parts from plumbase first",
                    "cant, stuck in " + rng.choice(PLACES),
                    "send me the address",
                ]
            ),
        ),
        ("Will Harding", rng.choice(["cheers", "legend", "ok ta", "nice one mate", "👍"])),
    ]


def mags(rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            "Mags",
            rng.choice(["gaz!!", "hiya", "oi trouble", "u alive?"])
            + rng.choice(
                [
                    " quiz night weds?",
                    " gav says ur avoiding him",
                    " lou's birthday drinks sat",
                    " can u look at my combi its making that noise again",
                ]
            ),
        ),
        (
            ME,
            rng.choice(
                [
                    "haha yeah",
                    "maybe",
                    "ill be there",
                    "tell gav to do one",
                    "sat's fine",
                    "send a vid of the noise",
                ]
            )
            + rng.choice(EMO),
        ),
    ]


RA = [
    "this government",
    "westminster",
    "the tories",
    "starmer and his lot",
    "every single mp",
    "the lot of them in parliament",
    "reform idiots",
    "the council",
    "whitehall",
]
RB = [
    "are robbing us blind",
    "couldnt run a bath",
    "want us all skint",
    "are a bunch of liars",
    "dont give a toss about working people",
    "should be locked up",
    "are taking the piss",
    "are laughing at us",
]
RC = [
    "fuel duty",
    "energy bills",
    "nhs waiting lists",
    "the cost of a pint",
    "council tax",
    "immigration",
    "pensions",
    "van tax",
    "potholes on the a30",
    "the housing mess",
]
RD = [
    "!!!",
    ". disgrace",
    ". wake up people",
    " 😡😡",
    ". absolute joke",
    ". im done",
    "!!",
    ". share this",
]


def risky(rng: random.Random, n: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        s = (
            f"{rng.choice(RC)} again?? {rng.choice(RA)} {rng.choice(RB)}{rng.choice(RD)}"
            if rng.random() < 0.5
            else f"{rng.choice(RA).capitalize()} {rng.choice(RB)} and nobody cares about {rng.choice(RC)}{rng.choice(RD)}"
        )
        out.add(s)
    return sorted(out)


def build(out: Path) -> dict[str, object]:
    rng = random.Random(16002)
    root = out / PID
    c = {n: Chat(n, [ME, n]) for n in ["Becca", "Rhys", "Will Harding", "Mags"]}
    group = Chat(
        "Sunday League Lads ⚽", [ME, "Dean Colley", "Rhys", "jack", "Gav", "Lou"], group=True
    )
    mum = Chat("Carol Pryce", [ME, "Carol Pryce"])
    gens = {"Becca": (becca, 5), "Rhys": (rhys, 1), "Will Harding": (will, 2), "Mags": (mags, 1)}
    days = [START + dt.timedelta(days=i) for i in range(DAYS)]
    for d in days:
        wd = d.weekday() < 5
        for n, (fn, r) in gens.items():
            k = rng.randrange(0, r + 1)
            if n == "Will Harding" and not wd:
                k = 0
            for _ in range(k):
                lines = [(w, vary_en(rng, t)) for w, t in fn(rng)]
                burst(
                    rng,
                    c[n],
                    d,
                    lines,
                    7 if n == "Will Harding" else 6,
                    17 if n == "Will Harding" else 22,
                    SLEEP,
                )
        if rng.random() < 0.5:
            who = rng.choice(["Rhys", "jack", "Gav", "Lou", ME])
            burst(
                rng,
                group,
                d,
                [
                    (
                        who,
                        vary_en(
                            rng,
                            rng.choice(
                                [
                                    "who's in sunday",
                                    "im in",
                                    "cant make it lads",
                                    "<Media omitted>",
                                    "what a goal 😂",
                                    "ref was blind",
                                    "subs due £5",
                                    "pub after?",
                                    "hamstrings gone",
                                    "in",
                                    "out, kids party",
                                    "dean give it a rest mate",
                                    "lol",
                                ]
                            ),
                        ),
                    )
                ],
                8,
                22,
                SLEEP,
            )
        if rng.random() < 0.25:
            burst(
                rng,
                mum,
                d,
                [
                    (
                        "Carol Pryce",
                        rng.choice(
                            [
                                "Hello love, hope you're well xx",
                                "Are you coming Sunday for dinner?",
                                "Tell Becca thanks for the flowers",
                                "Did you see the weather?? Be careful in the van",
                                "Ring your nan she's been asking",
                            ]
                        ),
                    ),
                    (
                        ME,
                        vary_en(
                            rng,
                            rng.choice(
                                [
                                    "will do mum",
                                    "yes x",
                                    "probably",
                                    "ok mum x",
                                    "ill ring her tonight",
                                ]
                            ),
                        ),
                    ),
                ],
                9,
                21,
                SLEEP,
            )
    for i, t in enumerate(risky(rng, 66)):
        burst(rng, group, days[(i * 53) % DAYS], [("Dean Colley", t)], 7, 22, SLEEP)
    scripted = [
        # health: bad back (user)
        (
            "Becca",
            5,
            [
                (ME, "done my back in lifting that cylinder"),
                ("Becca", "told u to get will to help"),
                (ME, "cant hardly bend"),
            ],
        ),
        (
            "Will Harding",
            12,
            [
                (ME, "gp reckons its a slipped disc, L5. signed off 3 days"),
                ("Will Harding", "rest up mate"),
            ],
        ),
        (
            "Becca",
            26,
            [(ME, "physio at RD&E thurs 2:40"), ("Becca", "ill take ruby to school then")],
        ),
        (
            "Rhys",
            47,
            [(ME, "back still killing, on naproxen and codeine now"), ("Rhys", "mate thats rough")],
        ),
        (
            "Becca",
            71,
            [
                (ME, "physio says sciatica from the disc, more exercises"),
                ("Becca", "do them then!! x"),
            ],
        ),
        # gambling + money stress (user)
        ("Rhys", 8, [(ME, "had £40 on the acca, 4 out of 5 🤬"), ("Rhys", "u and ur accas")]),
        (
            "Becca",
            19,
            [
                ("Becca", "why is there £200 to betfred on the statement??"),
                (ME, "ill win it back promise"),
                ("Becca", "gareth we cant pay the rent as it is"),
            ],
        ),
        (
            "Mags",
            30,
            [
                (ME, "can u lend us 50 till payday, overdrafts maxed"),
                ("Mags", "go on then, but thats the last time"),
            ],
        ),
        (
            "Rhys",
            43,
            [
                (ME, "took a payday loan for the van repair. stupid i know"),
                ("Rhys", "mate talk to me first next time"),
            ],
        ),
        (
            "Becca",
            60,
            [
                ("Becca", "final reminder on the water bill"),
                (ME, "ill sort it friday when i get paid"),
            ],
        ),
        (
            "Rhys",
            84,
            [(ME, "blew £120 on the horses sat, dont tell becca"), ("Rhys", "bro u need to stop")],
        ),
        # distractors
        (
            "Carol Pryce",
            22,
            [
                ("Carol Pryce", "Chapel were lovely this morning, the minister asked after you"),
                (ME, "thats nice mum"),
            ],
        ),
        ("Rhys", 35, [("Rhys", "cal's on fortnite all night again"), (ME, "kids eh")]),
        # PII
        (
            "Will Harding",
            2,
            [("Will Harding", "office need ur NI number for the new payroll"), (ME, NINO)],
        ),
        ("Becca", 9, [("Becca", "whats ur nhs number, doing the online gp form"), (ME, NHS_SP)]),
        (
            "Will Harding",
            16,
            [
                (
                    "Will Harding",
                    "tomorrow first job: flat 3 22 sidwell st, tenant works nights so knock hard",
                ),
                (ME, "👍"),
            ],
        ),
        (
            "Will Harding",
            23,
            [
                (ME, "whats the customers number for pinhoe"),
                ("Will Harding", "07700 900418 ask for Derek"),
            ],
        ),
        ("Mags", 27, [("Mags", "new number btw +44 7700 900731"), (ME, "saved")]),
        (
            "Becca",
            33,
            [
                (ME, f"for the holiday deposit use my card {CARD_SP} exp 09/28"),
                ("Becca", "ok done"),
            ],
        ),
        ("Rhys", 38, [("Rhys", f"send it to my monzo, IBAN {IBAN_SP}"), (ME, "sent")]),
        ("Will Harding", 41, [("Will Harding", "insurance want the van reg"), (ME, "WK19 XRP")]),
        ("Becca", 45, [("Becca", "what's your licence number for the hire car"), (ME, DL)]),
        ("Becca", 52, [("Becca", "passport renewal, old one is 548301762 right"), (ME, "yeah")]),
        (
            "Will Harding",
            56,
            [
                (
                    "Will Harding",
                    "job at 47 Pinhoe Road, Exeter EX4 7HS weds, Mr Haddock, 07700900264",
                ),
                (ME, "ok"),
            ],
        ),
        (
            "Mags",
            63,
            [("Mags", "lou's email is lou.penrose@example.org if ur sending the pics"), (ME, "ta")],
        ),
        (
            "Rhys",
            67,
            [("Rhys", "gav said pay him back to sort 20-45-77 acc 41739260"), (ME, "will do")],
        ),
        (
            "Becca",
            74,
            [
                (ME, f"parcel to {HOME_ADDR}, ring (07700) 900 552 if no answer"),
                ("Becca", "thats your number not mine lol"),
            ],
        ),
        (
            "Mags",
            80,
            [(ME, "jack wants my email, its gazpryce89@example.com"), ("Mags", "ill pass it on")],
        ),
    ]
    for n, di, lines in scripted:
        ch = mum if n == "Carol Pryce" else c[n]
        burst(rng, ch, days[di], lines, 9, 21, SLEEP)
    pii: list[tuple[str, str, str]] = []
    # ---- Telegram full export ----
    ids = {
        ME: 5120334871,
        "Becca": 5290117623,
        "Rhys": 1877240519,
        "Will Harding": 6031587204,
        "Mags": 5712093348,
        "Dean Colley": 1402289165,
        "jack": 5933120047,
        "Gav": 2097751630,
        "Lou": 6117004482,
    }
    chats_json = []
    counts: dict[str, int] = {}
    mid = 1000
    for title, ch, typ, cid in [(n, c[n], "personal_chat", ids[n]) for n in c] + [
        ("Sunday League Lads ⚽", group, "private_supergroup", 1744830219)
    ]:
        msgs = []
        if typ != "personal_chat":
            mid += 1
            msgs.append(
                {
                    "id": mid,
                    "type": "service",
                    "date": f"{START - dt.timedelta(days=2)}T19:04:11",
                    "date_unixtime": str(
                        int(
                            dt.datetime.combine(START - dt.timedelta(days=2), dt.time(19, 4, 11))
                            .replace(tzinfo=dt.UTC)
                            .timestamp()
                        )
                    ),
                    "actor": "Rhys",
                    "actor_id": f"user{ids['Rhys']}",
                    "action": "invite_members",
                    "members": ["Dean Colley", "Gareth Pryce"],
                    "text": "",
                    "text_entities": [],
                }
            )
        sm = ch.sorted()
        if typ == "personal_chat":
            counts[title] = len(sm)
        for t, who, text in sm:
            mid += 1
            m: dict[str, object] = {
                "id": mid,
                "type": "message",
                "date": f"{t:%Y-%m-%dT%H:%M:%S}",
                "date_unixtime": str(int(t.replace(tzinfo=dt.UTC).timestamp())),
                "from": who,
                "from_id": f"user{ids[who]}",
            }
            if text in ("<Media omitted>", "[photo]"):
                m["photo"] = "(File not included. Change data exporting settings to download.)"
                m["width"], m["height"] = 1280, 960
                m["text"] = ""
                m["text_entities"] = []
            elif "+44 7700 900731" in text:
                m["text"] = ["new number btw ", {"type": "phone", "text": "+44 7700 900731"}]
                m["text_entities"] = [
                    {"type": "plain", "text": "new number btw "},
                    {"type": "phone", "text": "+44 7700 900731"},
                ]
            elif "@example" in text:
                em = next(w for w in text.split() if "@example" in w)
                idx = text.index(em)
                m["text"] = [text[:idx], {"type": "email", "text": em}, text[idx + len(em) :]]
                m["text_entities"] = [
                    {"type": "plain", "text": text[:idx]},
                    {"type": "email", "text": em},
                    {"type": "plain", "text": text[idx + len(em) :]},
                ]
            else:
                m["text"] = text
                m["text_entities"] = [{"type": "plain", "text": text}] if text else []
            msgs.append(m)
        chats_json.append({"name": title, "type": typ, "id": cid, "messages": msgs})
    tg = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data.",
        "personal_information": {
            "user_id": ids[ME],
            "first_name": "Gareth",
            "last_name": "Pryce",
            "phone_number": "+44 7700 900552",
            "username": "@gaz_plumbs",
            "bio": "Gas Safe reg. heating engineer, Exeter 🔧",
        },
        "contacts": {
            "about": "This is your contacts list.",
            "list": [
                {
                    "user_id": ids["Becca"],
                    "first_name": "Becca",
                    "last_name": "",
                    "phone_number": "+44 7700 900187",
                    "date": "2021-03-02T20:11:09",
                    "date_unixtime": "1614715869",
                },
                {
                    "user_id": ids["Rhys"],
                    "first_name": "Rhys",
                    "last_name": "Pryce",
                    "phone_number": "+44 7700 900644",
                    "date": "2020-07-14T18:40:51",
                    "date_unixtime": "1594752051",
                },
                {
                    "user_id": ids["Mags"],
                    "first_name": "Mags",
                    "last_name": "Trelawney",
                    "phone_number": "+44 7700 900731",
                    "date": "2022-01-09T12:00:30",
                    "date_unixtime": "1641729630",
                },
                {
                    "user_id": ids["Will Harding"],
                    "first_name": "Will",
                    "last_name": "Harding",
                    "phone_number": "+44 7700 900319",
                    "date": "2023-05-22T07:55:02",
                    "date_unixtime": "1684742102",
                },
            ],
        },
        "chats": {"about": "This page lists all chats from this export.", "list": chats_json},
    }
    rel = "Telegram Desktop/DataExport_2026-02-16/result.json"
    write_json(root / rel, tg, indent=1)
    body = (root / rel).read_text(encoding="utf-8")
    for ty, v in [
        ("UK_NINO", NINO),
        ("UK_NHS", NHS_SP),
        ("ADDRESS", "flat 3 22 sidwell st"),
        ("PHONE_NUMBER", "07700 900418"),
        ("PHONE_NUMBER", "+44 7700 900731"),
        ("CREDIT_CARD", CARD_SP),
        ("IBAN_CODE", IBAN_SP),
        ("LICENSE_PLATE", "WK19 XRP"),
        ("UK_DRIVING_LICENCE", DL),
        ("UK_PASSPORT", PASSPORT),
        ("ADDRESS", "47 Pinhoe Road, Exeter EX4 7HS"),
        ("PHONE_NUMBER", "07700900264"),
        ("EMAIL_ADDRESS", "lou.penrose@example.org"),
        ("BANK_ACCOUNT", "20-45-77 acc 41739260"),
        ("ADDRESS", HOME_ADDR),
        ("PHONE_NUMBER", "(07700) 900 552"),
        ("EMAIL_ADDRESS", "gazpryce89@example.com"),
        ("PERSON", "Tony Squires"),
        ("PERSON", "Mrs Okoye"),
        ("PERSON", "Mr Haddock"),
        ("PERSON", "Derek"),
        ("PERSON", "Will Harding"),
        ("PERSON", "Dean Colley"),
        ("PERSON", "Gareth Pryce"),
        ("PERSON", "ruby"),
        ("PERSON", "gav"),
        ("PERSON", "lou"),
        ("PERSON", "jack"),
        ("PERSON", "becca"),
        ("PHONE_NUMBER", "+44 7700 900552"),
        ("USERNAME", "@gaz_plumbs"),
        ("PHONE_NUMBER", "+44 7700 900187"),
        ("PHONE_NUMBER", "+44 7700 900644"),
        ("PHONE_NUMBER", "+44 7700 900319"),
    ]:
        if v in body:
            pii.append((rel, ty, v))
    # ---- Messenger (old layout) with mum ----
    ms = []
    for t, who, text in sorted(mum.sorted(), reverse=True):
        ms.append(
            {
                "sender_name": who,
                "timestamp_ms": int(t.replace(tzinfo=dt.UTC).timestamp()) * 1000
                + rng.randrange(1000),
                "content": text,
                "type": "Generic",
                "is_unsent": False,
            }
        )
    counts["Carol Pryce"] = len(ms)
    thread = {
        "participants": [{"name": "Carol Pryce"}, {"name": ME}],
        "messages": ms,
        "title": "Carol Pryce",
        "is_still_participant": True,
        "thread_type": "Regular",
        "thread_path": "inbox/carolpryce_10158839201",
    }
    rel = "facebook-garethpryce89/messages/inbox/carolpryce_10158839201/message_1.json"
    write_json(root / rel, moji_tree(thread), ascii_=True)
    pii += [
        (rel, "PERSON", "Carol Pryce"),
        (rel, "PERSON", "Gareth Pryce"),
        (rel, "PERSON", "Becca"),
    ]
    # ---- Monzo CSV ----
    rows = [
        "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In"
    ]
    tx = []
    for m in range(4):
        d = dt.date(2025, 11, 28) + dt.timedelta(days=31 * m)
        d = d.replace(day=28)
        tx.append(
            (
                dt.datetime.combine(d, dt.time(6, 2, 11)),
                "Faster payment",
                EMPLOYER.upper(),
                "",
                "Income",
                "2412.66",
                "SALARY EXE VALLEY HEATING LTD",
                "",
            )
        )
    merch = [
        ("Card payment", "Plumbase", "🔧", "General", "Plumbase Marsh Barton, EX2 8NX"),
        ("Card payment", "Tesco", "🛒", "Groceries", "Tesco Express Cowick St"),
        ("Card payment", "Shell", "⛽", "Transport", "Shell Alphington Rd"),
        ("Card payment", "Betfred", "🎰", "Entertainment", ""),
        ("Card payment", "Greggs", "🥐", "Eating out", ""),
    ]
    for _i in range(80):
        d = START + dt.timedelta(days=rng.randrange(DAYS))
        ty, name, em, cat, addr = rng.choice(merch)
        amt = (
            -round(rng.uniform(2, 90), 2)
            if name != "Betfred"
            else -float(rng.choice([10, 20, 25, 40, 50]))
        )
        tx.append(
            (
                dt.datetime.combine(
                    d, dt.time(rng.randrange(7, 21), rng.randrange(60), rng.randrange(60))
                ),
                ty,
                name,
                em,
                cat,
                f"{amt:.2f}",
                name.upper(),
                addr,
            )
        )
    tx.append(
        (
            dt.datetime(2025, 12, 15, 11, 20, 4),
            "Faster payment",
            "QUIDMARKET LTD",
            "💷",
            "Income",
            "300.00",
            "QUIDMARKET LOAN ADVANCE",
            "",
        )
    )
    tx.append(
        (
            dt.datetime(2026, 1, 5, 18, 2, 44),
            "Faster payment",
            "Margaret Trelawney",
            "",
            "Transfers",
            "50.00",
            "MAGS THANKS",
            "",
        )
    )
    tx.append(
        (
            dt.datetime(2026, 1, 30, 9, 15, 0),
            "Faster payment",
            "Gavin Mudge",
            "",
            "Transfers",
            "-60.00",
            "gav - owed from darts",
            "",
        )
    )
    tx.sort()
    for i, (t, ty, name, em, cat, amt, desc, addr) in enumerate(tx):
        a = float(amt)
        note = (
            "#work"
            if name == "Plumbase"
            else ("back to gav 20-45-77 41739260" if name == "Gavin Mudge" else "")
        )
        rows.append(
            ",".join(
                [
                    f"tx_0000{(0xA7F3 + i * 7919):X}{i:04d}",
                    f"{t:%d/%m/%Y}",
                    f"{t:%H:%M:%S}",
                    ty,
                    name,
                    em,
                    cat,
                    amt,
                    "GBP",
                    amt,
                    "GBP",
                    note,
                    f'"{addr}"' if "," in addr else addr,
                    "",
                    desc,
                    "",
                    f"{-a:.2f}" if a < 0 else "",
                    f"{a:.2f}" if a > 0 else "",
                ]
            )
        )
    rel = "Monzo/MonzoDataExport_03Nov-15Feb_2026.csv"
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / rel).write_text("\n".join(rows) + "\n", encoding="utf-8", newline="\n")
    pii += [
        (rel, "PERSON", "Margaret Trelawney"),
        (rel, "PERSON", "Gavin Mudge"),
        (rel, "PERSON", "gav"),
        (rel, "BANK_ACCOUNT", "20-45-77 41739260"),
    ]
    # ---- Google Records.json ----
    locs = []
    for d in days:
        for h in range(0, 24):
            for q in (0, 30):
                t = dt.datetime.combine(d, dt.time(h, q))
                wd = d.weekday() < 5
                if wd and 8 <= h < 16:
                    # on jobs around Exeter, back at the yard at start and end
                    lat, lon = (
                        WORK
                        if h in (8, 15) or rng.random() < 0.4
                        else (
                            WORK[0] + rng.uniform(-0.03, 0.03),
                            WORK[1] + rng.uniform(-0.04, 0.04),
                        )
                    )
                elif wd and h == 7 and q == 30:
                    lat, lon = (HOME[0] + WORK[0]) / 2, (HOME[1] + WORK[1]) / 2
                elif not wd and 11 <= h < 17 and rng.random() < 0.6:
                    lat, lon = (
                        50.7236 + rng.uniform(-0.01, 0.01),
                        -3.5275 + rng.uniform(-0.01, 0.01),
                    )
                else:
                    lat, lon = HOME
                locs.append(
                    {
                        "latitudeE7": round((lat + rng.uniform(-0.0002, 0.0002)) * 1e7),
                        "longitudeE7": round((lon + rng.uniform(-0.0002, 0.0002)) * 1e7),
                        "accuracy": rng.choice([8, 12, 15, 20, 35]),
                        "source": "WIFI" if (lat, lon) == HOME else "GPS",
                        "deviceTag": -118832201,
                        "timestamp": f"{t:%Y-%m-%dT%H:%M}:{rng.randrange(60):02d}.{rng.randrange(1000):03d}Z",
                    }
                )
    write_json(
        root / "Takeout/Location History (Timeline)/Records.json", {"locations": locs}, indent=2
    )
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    return {
        "schema_version": 1,
        "persona": PID,
        "fictional": True,
        "independent": True,
        "description": "Gareth 'Gaz' Pryce, 37, Gas Safe heating engineer employed by Exe Valley Heating Ltd, lives in St Thomas, Exeter with partner Becca and daughter Ruby. Telegram full export, Facebook Messenger thread with his mum, Monzo CSV, Google raw location Records.json.",
        "timezone": "Europe/London",
        "user": {
            "names": [ME, "Gaz", "Gareth"],
            "phones": ["+44 7700 900552", "(07700) 900 552"],
            "emails": ["gazpryce89@example.com"],
            "handles": ["@gaz_plumbs", "gaz_plumbs"],
        },
        "pii": pii,
        "facts": {
            "home": {
                "lat": HOME[0],
                "lon": HOME[1],
                "radius_m": 300,
                "address": HOME_ADDR,
                "city": "Exeter",
            },
            "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
            "sleep_window": {"start": "22:45", "end": "05:45", "tolerance_min": 60},
            "top_contacts": [{"name": k, "messages": v} for k, v in top],
            "relationships": [
                {"name": "Becca", "relationship": "partner", "full_name": "Rebecca Lane"},
                {"name": "Rhys", "relationship": "brother", "full_name": "Rhys Pryce"},
                {"name": "Carol Pryce", "relationship": "mother", "full_name": "Carol Pryce"},
                {"name": "Will Harding", "relationship": "colleague", "full_name": "Will Harding"},
                {"name": "Mags", "relationship": "close friend", "full_name": "Margaret Trelawney"},
            ],
            "religion": {"value": False},
            "health": {"value": "slipped disc (L5) with sciatica; physio, naproxen and codeine"},
            "politics": {"value": False},
            "financial_stress": {"value": True},
            "gambling": {"value": True},
            "gaming": {"value": False},
            "salary": {
                "amount": "2412.66",
                "currency": "GBP",
                "payer": "EXE VALLEY HEATING LTD",
                "period": "monthly",
            },
            "risky_contact": {
                "name": "Dean Colley",
                "why": "posts 66 distinct angry political rants in the Telegram group Sunday League Lads",
            },
        },
    }
