"""EN-2: Eilidh Fraser, housing officer in Glasgow. Telegram, Messenger, Monzo, Mastodon, Semantic Location History."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from gen_common import (
    ME,
    PII,
    Chat,
    Msg,
    epoch,
    iban,
    iso_z,
    jitter,
    to_utc,
    write_json,
    write_text,
)
from gen_formats import messenger_thread, telegram_message
from gen_persona_util import check_pii, count_1to1, drop_sleep, ground_truth, script
from gen_text import en_rants, run_chat, spread

PID = "en2_glasgow"
TZ = "Europe/London"
START, END = date(2024, 9, 1), date(2025, 2, 28)
SLEEP = ("23:45", "07:30")
HOME = (55.870452, -4.306214)
WORK = (55.862018, -4.262540)
HOME_ADDR = "Flat 2/1, 27 Dumbarton Road, Glasgow G11 6PA"
EMPLOYER = "Clydeview Housing Association"
ME_NAME = "Eilidh Fraser"
CAL = "Callum Reid"
MUM = "Fiona Fraser"
AILSA = "Ailsa Murray"
PRIYA = "Priya Shah"
RISKY = "Stuart McLeod"
HOURS = {
    7: 2,
    8: 3,
    9: 1,
    10: 1,
    12: 3,
    13: 2,
    15: 1,
    17: 3,
    18: 3,
    19: 4,
    20: 4,
    21: 5,
    22: 4,
    23: 2,
}

CAL_SN = [
    [
        ("them", "you home yet?"),
        ("me", "on the subway, 10 mins"),
        ("them", "I'll stick the kettle on x"),
    ],
    [
        ("me", "what we having for tea"),
        ("them", "{food}?"),
        ("me", "aye go on then"),
        ("them", "love you"),
    ],
    [
        ("them", "morning gorgeous"),
        ("me", "morning 😴 didn't sleep great"),
        ("them", "aw, coffee's in the pot"),
    ],
    [("me", "can you grab {thing} on your way back"), ("them", "on it babe")],
    [("them", "fancy {show} tonight"), ("me", "yesss"), ("them", "I'll get crisps")],
    [("me", "it's {weather} here, are you driving"), ("them", "aye I'll pick you up at 5")],
    [("them", "miss you already"), ("me", "you saw me 2 hours ago 😂"), ("them", "still")],
    [
        ("me", "your mum texted me about sunday lunch"),
        ("them", "oh god sorry she's obsessed with you"),
        ("me", "it's cute tbh"),
    ],
    [("them", "did you pay the council tax"), ("me", "aye this morning"), ("them", "legend")],
    [("me", "night love x"), ("them", "night night x")],
    [
        ("them", "how was the session today?"),
        ("me", "hard but good. talked about the work stuff"),
        ("them", "proud of you x"),
    ],
    [("me", "finally beat that boss in zelda"), ("them", "took you long enough 😂")],
    [("them", "pub quiz thursday?"), ("me", "obvs, bet you a fiver we lose on the music round")],
]
AILSA_SN = [
    [
        ("them", "HUN"),
        ("me", "what"),
        ("them", "he texted back!!!"),
        ("me", "SCREAMING tell me everything"),
    ],
    [("me", "drinks friday? sloans?"), ("them", "yes yes yes"), ("me", "7?")],
    [("them", "have you watched {show} yet"), ("me", "episode 3, no spoilers"), ("them", "🤐")],
    [
        ("me", "work was brutal today"),
        ("them", "want me to come round with wine"),
        ("me", "you're the best"),
        ("them", "I know x"),
    ],
    [
        ("them", "what are you wearing saturday"),
        ("me", "the green dress?"),
        ("them", "stunning choice"),
    ],
    [("me", "god I'm knackered"), ("them", "same. early night?"), ("me", "early night.")],
    [("them", "st luke's gig in december, you in?"), ("me", "in! get tickets")],
    [("me", "love you pal"), ("them", "love you more you absolute weapon")],
    [("them", "brunch sunday?"), ("me", "only if it's {food}"), ("them", "deal")],
]
PRIYA_SN = [
    [
        ("them", "are you in the office tomorrow?"),
        ("me", "yep, from 9"),
        ("them", "great, can we go over the repairs backlog"),
    ],
    [("me", "running 10 mins late, subway's stuck"), ("them", "no bother")],
    [("them", "team meeting moved to 2"), ("me", "👍")],
    [
        ("them", "tenant at the Maryhill block called again about the damp"),
        ("me", "I'll chase the contractor"),
    ],
    [("me", "can you cover my 3pm? appointment"), ("them", "course, hope all ok")],
]
GROUP_SN = [
    [
        ("Ross Campbell", "who's about saturday"),
        ("me", "me!"),
        (RISKY, "aye"),
        ("Ross Campbell", "the usual then"),
    ],
    [("me", "happy birthday Ross 🎉"), ("Ross Campbell", "cheers team")],
    [("Ross Campbell", "photo from last weekend"), ("me", "delete that immediately 😂")],
    [(RISKY, "anyone watching the rugby"), ("Ross Campbell", "aye scotland look decent")],
]
RISKY_EXTRA = [
    "westminster",
    "HMRC",
    "the council",
    "the MSPs",
    "holyrood",
    "the whole lot of them in london",
]
RISKY_REPLIES = [
    "stuart mate",
    "here we go 🙄",
    "can we not tonight",
    "ok stu",
    "lol",
    "take a breath pal",
    "right, anyway, saturday?",
]


def build(out: Path) -> None:
    rng = random.Random(20240903)
    folder = out / PID
    pii = PII()
    cal = Chat(CAL, [ME, CAL])
    ailsa = Chat(AILSA, [ME, AILSA])
    priya = Chat(PRIYA, [ME, PRIYA])
    group = Chat("Uni pals 🍻", [ME, RISKY, "Ross Campbell"], group=True)
    mum = Chat(MUM, [ME, MUM])
    run_chat(rng, cal, START, END, 2.1, CAL_SN, "en", HOURS, SLEEP, {"image": 0.08, "sticker": 0.1})
    run_chat(
        rng, ailsa, START, END, 0.8, AILSA_SN, "en", HOURS, SLEEP, {"image": 0.1, "sticker": 0.1}
    )
    run_chat(
        rng,
        priya,
        START,
        END,
        0.4,
        PRIYA_SN,
        "en",
        {9: 3, 10: 2, 11: 2, 14: 2, 15: 2, 16: 1},
        SLEEP,
    )
    priya.messages = [m for m in priya.messages if m.local.weekday() < 5]
    run_chat(rng, group, START, END, 0.35, GROUP_SN, "en", HOURS, SLEEP, {"image": 0.1})
    for t, text in zip(
        spread(rng, START, END, 118, [8, 12, 13, 18, 19, 20, 21, 22]),
        en_rants(rng, 118, RISKY_EXTRA, uk=True),
        strict=True,
    ):
        group.messages.append(Msg(t, RISKY, text))
        if rng.random() < 0.25:
            group.messages.append(
                Msg(
                    t + timedelta(minutes=rng.randrange(1, 30)),
                    rng.choice([ME, "Ross Campbell"]),
                    rng.choice(RISKY_REPLIES),
                )
            )
    mum_sn = [
        [
            ("them", "Hi darling, are you coming for Sunday dinner? Love Mum x"),
            ("me", "yes! what time"),
            ("them", "1 o'clock. Bring Callum x"),
        ],
        [("them", "Did you get the parcel I sent?"), ("me", "aye got it, thanks mum ❤️")],
        [
            ("me", "mum how do you make your soup again"),
            ("them", "Ham hock, lentils, carrots and lots of patience! x"),
        ],
        [("them", "Your gran's been asking after you"), ("me", "I'll phone her tomorrow")],
        [("them", "Are you eating properly? x"), ("me", "yes mum 🙄❤️")],
        [("them", "Dad says the car's booked in for its MOT"), ("me", "thank him for me")],
        [
            ("them", "Just checking in, how are you feeling this week? x"),
            ("me", "bit better. therapy's helping I think"),
            ("them", "I'm so proud of you sweetheart"),
        ],
        [
            ("me", "mum can you send me that photo from christmas"),
            ("them", "Which one? There are 200 haha"),
        ],
    ]
    run_chat(
        rng,
        mum,
        START,
        END,
        1.3,
        mum_sn,
        "en",
        {8: 2, 12: 2, 17: 2, 18: 3, 19: 3, 20: 2},
        SLEEP,
        {"image": 0.12},
    )

    # health: anxiety (chat mentions + payments)
    anx = [
        [
            ("me", "had a panic attack on the subway this morning"),
            ("them", "oh love. are you ok now?"),
            ("me", "yeah, did the breathing thing"),
        ],
        [
            ("me", "forgot my propranolol, heart's going like the clappers"),
            ("them", "want me to bring it to yours?"),
        ],
        [("me", "therapist says I should try journalling"), ("them", "worth a go x")],
        [
            ("me", "GP upped my sertraline to 100"),
            ("them", "hope it helps, let me know how you get on"),
        ],
        [
            ("me", "can't face the work party tbh, too much"),
            ("them", "that's totally fine, skip it"),
        ],
        [
            ("me", "anxiety's been horrendous this week"),
            ("them", "I'm here if you need me, any time x"),
        ],
    ]
    for t in spread(rng, START, END, 14, [8, 12, 19, 21]):
        script(rng.choice([cal, ailsa]), t, rng.choice(anx), rng)
    # politics: winter fuel payment cut / two-child limit
    pol = [
        [
            (
                "me",
                "gran's lost her winter fuel payment. she's 81 and lives in a tenement with single glazing",
            ),
            ("them", "that's a disgrace"),
        ],
        [
            ("me", "the two-child cap is pure cruelty dressed up as 'tough choices'"),
            ("them", "aye"),
        ],
        [
            ("me", "signed another petition about the fuel payment, for all the good it'll do"),
            ("them", "still worth doing"),
        ],
        [
            ("me", "they promised change and the first thing they do is go after pensioners"),
            ("them", "honestly"),
        ],
    ]
    for t in spread(rng, START, END, 8, [19, 20, 21]):
        c = rng.choice([cal, ailsa])
        script(c, t, rng.choice(pol), rng)
    script(
        mum,
        datetime(2024, 9, 11, 18, 30, 0),
        [
            ("them", "Gran got the letter about the winter fuel, she's not getting it this year"),
            ("me", "that's outrageous. they should be ashamed"),
            ("them", "She's worried about the heating bills x"),
        ],
        rng,
    )
    # gaming
    for t in spread(rng, START, END, 10, [20, 21, 22]):
        script(
            cal,
            t,
            rng.choice(
                [
                    [
                        ("me", "one more day in stardew then bed"),
                        ("them", "that's what you said an hour ago"),
                    ],
                    [("me", "new animal crossing island tour tonight?"), ("them", "obviously")],
                    [
                        ("me", "steam sale got me again"),
                        ("them", "what did you buy"),
                        ("me", "3 games I'll never finish"),
                    ],
                ]
            ),
            rng,
        )
    # distractors
    script(
        ailsa,
        datetime(2024, 12, 23, 19, 0, 0),
        [
            ("them", "merry christmas eve eve!!"),
            ("me", "OMG you got me the candle"),
            ("them", "god you're easy to please"),
        ],
        rng,
    )
    script(
        cal,
        datetime(2024, 10, 31, 20, 0, 0),
        [("me", "skint till payday lol"), ("them", "I'll get the chippy")],
        rng,
    )

    # PII
    nino = "JT 48 27 19 D"
    my_iban = iban("GB", "MONZ04000412345678")
    script(
        mum,
        datetime(2024, 10, 4, 19, 0, 0),
        [
            ("me", "mum do you have my NI number? the letter's at yours"),
            ("them", "It's JT 48 27 19 D love. Keep it safe x"),
        ],
        rng,
    )
    script(
        cal,
        datetime(2024, 11, 30, 20, 0, 0),
        [
            ("them", "booking Amsterdam, need your passport number"),
            ("me", "533987214, expires 2029"),
            ("them", "sorted ✈️"),
        ],
        rng,
    )
    script(
        ailsa,
        datetime(2024, 9, 25, 20, 0, 0),
        [
            ("them", "send me your bank details for the cottage"),
            ("me", "IBAN " + my_iban + " or sort code 04-00-04"),
            ("them", "ta"),
        ],
        rng,
    )
    script(
        priya,
        datetime(2024, 10, 7, 10, 0, 0),
        [
            ("them", "what's your mobile for the out-of-hours rota"),
            ("me", "+44 7700 900461, and eilidh.fraser@example.org if urgent"),
            ("them", "thanks! Ross Campbell is on the rota too?"),
            ("me", "yeah, he's 07700 900518"),
        ],
        rng,
    )
    script(
        ailsa,
        datetime(2024, 9, 2, 21, 0, 0),
        [
            ("them", "new address pls for your birthday card"),
            ("me", HOME_ADDR),
            ("them", "got it x"),
        ],
        rng,
    )
    script(
        group,
        datetime(2024, 10, 20, 20, 0, 0),
        [
            (RISKY, "started a blog, it's at https://truthtelling.example.net/stu"),
            ("Ross Campbell", "oh no"),
            ("me", "stu no"),
        ],
        rng,
    )
    for c in (cal, ailsa, priya, group, mum):
        drop_sleep(c, SLEEP, 0.9, rng)
        c.sort()

    telegram(folder, rng, pii, [cal, ailsa, priya, group])
    tg = "telegram/DataExport_2025-03-01/result.json"
    for v in (ME_NAME, CAL, AILSA, PRIYA, RISKY, "Ross Campbell"):
        pii.add(tg, "PERSON", v)
    for etype, v in [
        ("UK_PASSPORT", "533987214"),
        ("IBAN_CODE", my_iban),
        ("PHONE_NUMBER", "+44 7700 900461"),
        ("EMAIL_ADDRESS", "eilidh.fraser@example.org"),
        ("PHONE_NUMBER", "07700 900518"),
        ("LOCATION", HOME_ADDR),
        ("URL", "https://truthtelling.example.net/stu"),
        ("USERNAME", "eilidh_f"),
    ]:
        pii.add(tg, etype, v)
    ms = "facebook/your_facebook_activity/messages/inbox/fionafraser_10158392716/message_1.json"
    messenger_thread(folder / ms, mum, TZ, ME_NAME, "fionafraser_10158392716")
    pii.add(ms, "PERSON", MUM)
    pii.add(ms, "PERSON", ME_NAME)
    pii.add(ms, "UK_NINO", nino)
    pii.add(ms, "PERSON", "Callum")
    monzo(folder, rng, pii)
    mastodon(folder, rng, pii)
    semantic(folder, rng, pii)
    check_pii(folder, pii)
    facts = {
        "home": {
            "lat": HOME[0],
            "lon": HOME[1],
            "radius_m": 300,
            "address": HOME_ADDR,
            "city": "Glasgow",
        },
        "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
        "sleep_window": {"start": SLEEP[0], "end": SLEEP[1], "tolerance_min": 60},
        "top_contacts": [
            {"name": n, "messages": count_1to1(c)}
            for n, c in ((CAL, cal), (MUM, mum), (AILSA, ailsa))
        ],
        "relationships": [
            {"name": CAL, "relationship": "partner", "full_name": CAL},
            {"name": MUM, "relationship": "mother", "full_name": MUM},
            {"name": AILSA, "relationship": "close friend", "full_name": AILSA},
            {"name": PRIYA, "relationship": "colleague", "full_name": PRIYA},
        ],
        "religion": {"value": False},
        "health": {"value": "anxiety (panic attacks; counselling, propranolol/sertraline)"},
        "politics": {
            "value": "critical of the winter fuel payment cut and the two-child benefit cap"
        },
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": True},
        "salary": {"amount": "2210.47", "currency": "GBP", "payer": EMPLOYER, "period": "monthly"},
        "risky_contact": {
            "name": RISKY,
            "why": "in the Telegram group 'Uni pals' posts 118 angry messages about taxes, officials, corruption, lies and 'the system'",
        },
    }
    tc = facts["top_contacts"]
    assert tc[0]["messages"] > tc[1]["messages"] > tc[2]["messages"] > count_1to1(priya), tc  # type: ignore[index]
    ground_truth(
        folder,
        PID,
        "Eilidh Fraser: a fictional 27-year-old housing officer living in Partick, Glasgow, working in the city centre; anxiety, plays video games, posts about benefit cuts.",
        TZ,
        {
            "names": [ME_NAME, "Eilidh"],
            "phones": ["+44 7700 900461", "07700 900461"],
            "emails": ["eilidh.fraser@example.org"],
            "handles": ["eilidh_f", "@eilidhf@mastodon.example"],
        },
        pii,
        facts,
    )


def telegram(folder: Path, rng: random.Random, pii: PII, chats: list[Chat]) -> None:
    ids = {
        ME: "user5087391264",
        CAL: "user6120938475",
        AILSA: "user5738201946",
        PRIYA: "user7012384659",
        RISKY: "user1938475021",
        "Ross Campbell": "user6638102947",
    }
    lst = []
    mid = 1
    for i, c in enumerate(chats):
        msgs: list[dict[str, object]] = []
        mid = 1 + i * 5
        for m in c.messages:
            msgs.append(telegram_message(mid, m, TZ, ME_NAME, ids))
            mid += 1
        if c.group:
            first = c.messages[0].local - timedelta(days=1)
            msgs.insert(
                0,
                {
                    "id": 1,
                    "type": "service",
                    "date": first.strftime("%Y-%m-%dT%H:%M:%S"),
                    "date_unixtime": str(epoch(TZ, first)),
                    "actor": RISKY,
                    "actor_id": ids[RISKY],
                    "action": "invite_members",
                    "members": [ME_NAME],
                    "text": "",
                    "text_entities": [],
                },
            )
        lst.append(
            {
                "name": c.title,
                "type": "private_group" if c.group else "personal_chat",
                "id": 4000000000 + i * 7919 if c.group else int(ids[c.members[1]][4:]),
                "messages": msgs,
            }
        )
    obj = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting and doesn't sell it to others. Telegram only keeps the information it needs to function as a feature-rich cloud service.\n\nGo to the ‘Chats’ section to see your chats. Use the ‘Contacts’ and ‘Sessions’ sections to see the data we store about you.",
        "personal_information": {
            "user_id": 5087391264,
            "first_name": "Eilidh",
            "last_name": "Fraser",
            "phone_number": "+44 7700 900461",
            "username": "@eilidh_f",
            "bio": "glasgow | housing | cats & pixels",
        },
        "contacts": {
            "about": "This is your contact list.",
            "list": [
                {
                    "first_name": "Callum",
                    "last_name": "Reid",
                    "phone_number": "+447700900233",
                    "date": "2021-05-14T19:02:11",
                    "date_unixtime": "1621015331",
                },
                {
                    "first_name": "Ailsa",
                    "last_name": "Murray",
                    "phone_number": "+447700900377",
                    "date": "2019-09-20T12:30:40",
                    "date_unixtime": "1568979040",
                },
                {
                    "first_name": "Priya",
                    "last_name": "Shah",
                    "phone_number": "+447700900612",
                    "date": "2023-02-01T09:15:03",
                    "date_unixtime": "1675242903",
                },
            ],
        },
        "chats": {"about": "This page lists all chats from this export.", "list": lst},
    }
    write_json(folder / "telegram/DataExport_2025-03-01/result.json", obj, indent=1)
    for p in ("+447700900233", "+447700900377", "+447700900612"):
        pii.add("telegram/DataExport_2025-03-01/result.json", "PHONE_NUMBER", p)


def monzo(folder: Path, rng: random.Random, pii: PII) -> None:
    head = [
        "Transaction ID",
        "Date",
        "Time",
        "Type",
        "Name",
        "Emoji",
        "Category",
        "Amount",
        "Currency",
        "Local amount",
        "Local currency",
        "Notes and #tags",
        "Address",
        "Receipt",
        "Description",
        "Category split",
        "Money Out",
        "Money In",
    ]
    rows: list[tuple[datetime, list[str]]] = []

    def add(
        t: datetime,
        typ: str,
        name: str,
        emoji: str,
        cat: str,
        amt: float,
        desc: str,
        addr: str = "",
        notes: str = "",
    ) -> None:
        tid = "tx_0000" + "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            for _ in range(18)
        )
        a = f"{amt:.2f}"
        rows.append(
            (
                t,
                [
                    tid,
                    f"{t:%d/%m/%Y}",
                    f"{t:%H:%M:%S}",
                    typ,
                    name,
                    emoji,
                    cat,
                    a,
                    "GBP",
                    a,
                    "GBP",
                    notes,
                    addr,
                    "",
                    desc,
                    "",
                    a if amt < 0 else "",
                    a if amt > 0 else "",
                ],
            )
        )

    d = START
    while d <= END:
        nxt = d + timedelta(days=1)
        last_wd = (nxt.month != d.month and d.weekday() < 5) or (
            d.weekday() == 4 and (d + timedelta(days=3)).month != d.month
        )
        if last_wd:
            add(
                datetime(d.year, d.month, d.day, 7, 48, 12),
                "Faster payment",
                "CLYDEVIEW HOUSING ASSOC",
                "",
                "Income",
                2210.47,
                f"CLYDEVIEW HOUSING ASSOC SALARY {d:%b}".upper(),
                notes="SALARY",
            )
        wd = d.weekday() < 5
        if wd and rng.random() < 0.55:
            add(
                datetime(d.year, d.month, d.day, 8, rng.randrange(5, 45), rng.randrange(60)),
                "Card payment",
                "SPT Subway",
                "🚇",
                "Transport",
                -1.75,
                "SPT SUBWAY GLASGOW GBR",
                "Partick Station, Glasgow, G11 7SP",
            )
        if wd and rng.random() < 0.3:
            add(
                datetime(d.year, d.month, d.day, 12, rng.randrange(60), rng.randrange(60)),
                "Card payment",
                rng.choice(["Pret A Manger", "Greggs", "Tesco Express"]),
                "🥪",
                "Eating out",
                -round(rng.uniform(3.2, 8.9), 2),
                "CITY CENTRE GLASGOW GBR",
                "Bothwell Street, Glasgow",
            )
        if rng.random() < 0.2:
            add(
                datetime(
                    d.year,
                    d.month,
                    d.day,
                    rng.choice([17, 18, 19]),
                    rng.randrange(60),
                    rng.randrange(60),
                ),
                "Card payment",
                rng.choice(["Lidl", "Co-op", "Sainsbury's"]),
                "🛒",
                "Groceries",
                -round(rng.uniform(6, 48), 2),
                "GLASGOW GBR",
                "Dumbarton Road, Glasgow",
            )
        if d.weekday() == 4 and rng.random() < 0.5:
            add(
                datetime(d.year, d.month, d.day, 20, rng.randrange(60), rng.randrange(60)),
                "Card payment",
                rng.choice(["Sloans", "The Ben Nevis", "Inn Deep"]),
                "🍺",
                "Entertainment",
                -round(rng.uniform(9, 36), 2),
                "GLASGOW GBR",
            )
        if d.day == 1:
            add(
                datetime(d.year, d.month, d.day, 9, 0, 3),
                "Standing order",
                "M MACKINNON",
                "",
                "Bills",
                -650.0,
                "RENT FLAT 2/1",
            )
        if d.day == 15:
            add(
                datetime(d.year, d.month, d.day, 9, 10, 0),
                "Direct Debit",
                "Glasgow City Council",
                "",
                "Bills",
                -131.0,
                "GLASGOW CITY COUNCIL COUNCIL TAX",
            )
        d = nxt
    # anxiety: counselling sessions + pharmacy
    for t in spread(rng, START, END, 12, [17, 18]):
        add(
            t,
            "Card payment",
            "Thrive Counselling Glasgow",
            "💬",
            "Personal care",
            -55.0,
            "THRIVE COUNSELLING GLASGOW GBR",
        )
    for t in spread(rng, START, END, 6, [12, 13, 17]):
        add(
            t,
            "Card payment",
            "Boots",
            "💊",
            "Personal care",
            -round(rng.choice([9.9, 12.5, 4.79]), 2),
            "BOOTS 1123 GLASGOW GBR",
            "Argyle Street, Glasgow",
        )
    # gaming
    for t in spread(rng, START, END, 8, [20, 21, 22]):
        add(
            t,
            "Card payment",
            rng.choice(["Nintendo", "Steam"]),
            "🎮",
            "Entertainment",
            -round(rng.choice([7.99, 12.49, 49.99, 16.75]), 2),
            rng.choice(["NINTENDO ESHOP FRANKFURT DEU", "STEAMGAMES.COM 4259522 BELLEVUE USA"]),
        )
    add(
        datetime(2024, 12, 6, 19, 30, 0),
        "Card payment",
        "St Luke's",
        "🎵",
        "Entertainment",
        -22.5,
        "ST LUKES GLASGOW GBR",
        "17 Bain Street, Glasgow",
    )
    add(
        datetime(2024, 11, 14, 20, 30, 0),
        "Card payment",
        "Edinburgh Trams",
        "🚋",
        "Transport",
        -2.0,
        "EDINBURGH TRAMS EDINBURGH GBR",
    )
    add(
        datetime(2024, 10, 12, 14, 0, 0),
        "Faster payment",
        "Ailsa Murray",
        "",
        "General",
        40.0,
        "cottage deposit back",
    )
    rows.sort(key=lambda r: r[0])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(head)
    for _, r in rows:
        w.writerow(r)
    write_text(folder / "monzo/MonzoDataExport_Alltime_2025-03-01.csv", buf.getvalue())
    pii.add("monzo/MonzoDataExport_Alltime_2025-03-01.csv", "PERSON", "Ailsa Murray")
    pii.add("monzo/MonzoDataExport_Alltime_2025-03-01.csv", "PERSON", "M MACKINNON")


def mastodon(folder: Path, rng: random.Random, pii: PII) -> None:
    actor = "https://mastodon.example/users/eilidhf"
    posts = [
        (
            'Stripping the <a href="https://mastodon.example/tags/WinterFuelPayment" class="mention hashtag" rel="tag">#<span>WinterFuelPayment</span></a> from pensioners while bills go up. My gran is 81. Shameful.',
            ["WinterFuelPayment"],
        ),
        (
            '"Tough choices" always seem to land on the same people. <a href="https://mastodon.example/tags/ScrapTheCap" class="mention hashtag" rel="tag">#<span>ScrapTheCap</span></a> <a href="https://mastodon.example/tags/TwoChildLimit" class="mention hashtag" rel="tag">#<span>TwoChildLimit</span></a>',
            ["ScrapTheCap", "TwoChildLimit"],
        ),
        (
            "Spent today with tenants choosing between heating and eating. Then read the news. Some folk in charge have never been cold in their lives.",
            [],
        ),
        (
            'Wrote to my MP about the fuel payment cut. Got a form letter back that didn\'t answer a single question. <a href="https://mastodon.example/tags/ukpolitics" class="mention hashtag" rel="tag">#<span>ukpolitics</span></a>',
            ["ukpolitics"],
        ),
        ("Stardew Valley at 10pm is a form of self care and nobody can tell me otherwise", []),
        ("Glasgow in November: four seasons before lunchtime. Grey, wet, glorious.", []),
        (
            'Reminder that the child poverty figures are a choice. <a href="https://mastodon.example/tags/ScrapTheCap" class="mention hashtag" rel="tag">#<span>ScrapTheCap</span></a>',
            ["ScrapTheCap"],
        ),
        (
            "Tiny wins: made it through a full day without a panic attack. Counselling is slowly working.",
            [],
        ),
        ("Best chippy in the west end? Asking for a (hungry) friend", []),
        (
            'They found money for everything else this year. Pensioners, apparently, are where the line is drawn. <a href="https://mastodon.example/tags/WinterFuelPayment" class="mention hashtag" rel="tag">#<span>WinterFuelPayment</span></a>',
            ["WinterFuelPayment"],
        ),
        ("New Animal Crossing island layout finally done after 3 weekends", []),
        ("St Luke's gig tonight was unreal, ears still ringing", []),
    ]
    items = []
    for i, (html, tags) in enumerate(posts):
        local = datetime(2024, 9, 12, 20, 5) + timedelta(days=14 * i, minutes=rng.randrange(0, 120))
        pub = iso_z(TZ, local, ms=False)
        sid = 113100000000000000 + i * 917331
        items.append(
            {
                "id": f"{actor}/statuses/{sid}/activity",
                "type": "Create",
                "actor": actor,
                "published": pub,
                "to": ["https://www.w3.org/ns/activitystreams#Public"],
                "cc": [f"{actor}/followers"],
                "object": {
                    "id": f"{actor}/statuses/{sid}",
                    "type": "Note",
                    "summary": None,
                    "inReplyTo": None,
                    "published": pub,
                    "url": f"https://mastodon.example/@eilidhf/{sid}",
                    "attributedTo": actor,
                    "to": ["https://www.w3.org/ns/activitystreams#Public"],
                    "cc": [f"{actor}/followers"],
                    "sensitive": False,
                    "content": f"<p>{html}</p>",
                    "contentMap": {"en": f"<p>{html}</p>"},
                    "attachment": [],
                    "tag": [
                        {
                            "type": "Hashtag",
                            "href": f"https://mastodon.example/tags/{t.lower()}",
                            "name": f"#{t.lower()}",
                        }
                        for t in tags
                    ],
                },
            }
        )
    # a direct message: one addressee, empty cc
    local = datetime(2025, 1, 18, 21, 40)
    items.append(
        {
            "id": f"{actor}/statuses/113900000000000001/activity",
            "type": "Create",
            "actor": actor,
            "published": iso_z(TZ, local, ms=False),
            "to": ["https://mastodon.example/users/ailsam"],
            "cc": [],
            "object": {
                "id": f"{actor}/statuses/113900000000000001",
                "type": "Note",
                "published": iso_z(TZ, local, ms=False),
                "to": ["https://mastodon.example/users/ailsam"],
                "cc": [],
                "attributedTo": actor,
                "content": '<p><span class="h-card"><a href="https://mastodon.example/@ailsam" class="u-url mention">@<span>ailsam</span></a></span> text me on 07700 900461, my old number\'s dead</p>',
                "attachment": [],
                "tag": [
                    {
                        "type": "Mention",
                        "href": "https://mastodon.example/users/ailsam",
                        "name": "@ailsam@mastodon.example",
                    }
                ],
            },
        }
    )
    body = json.dumps(items, ensure_ascii=False, indent=2)
    text = (
        '{\n  "@context": "https://www.w3.org/ns/activitystreams",\n  "id": "outbox.json",\n  "type": "OrderedCollection",\n'
        f'  "totalItems": {len(items)},\n  "orderedItems": [],\n  "orderedItems": {body}\n}}\n'
    )
    write_text(folder / "mastodon/outbox.json", text)
    write_json(
        folder / "mastodon/actor.json",
        {
            "@context": "https://www.w3.org/ns/activitystreams",
            "id": actor,
            "type": "Person",
            "preferredUsername": "eilidhf",
            "name": "Eilidh 🌧️",
            "summary": "<p>Glasgow. Housing. Cats, pixels and too much tea.</p>",
            "url": "https://mastodon.example/@eilidhf",
        },
    )
    pii.add("mastodon/outbox.json", "PHONE_NUMBER", "07700 900461")
    pii.add("mastodon/outbox.json", "URL", "https://mastodon.example/@eilidhf")
    pii.add("mastodon/actor.json", "USERNAME", "eilidhf")


def semantic(folder: Path, rng: random.Random, pii: PII) -> None:
    months: dict[tuple[int, int], list[dict[str, object]]] = {}
    places = {
        "home": (
            HOME,
            "ChIJeilidh_home_partick",
            HOME_ADDR.replace("Flat 2/1, ", "") + ", UK",
            "27 Dumbarton Rd",
        ),
        "work": (WORK, "ChIJclydeview_bothwell", "120 Bothwell St, Glasgow G2 7JS, UK", EMPLOYER),
        "gym": (
            (55.872310, -4.292770),
            "ChIJgym_westend_glasgow",
            "Byres Rd, Glasgow G12 8TB, UK",
            "PureGym Glasgow West End",
        ),
        "mum": ((55.833120, -4.432060), "ChIJmum_paisley_house", "Paisley PA2, UK", "Paisley"),
        "counsel": (
            (55.864900, -4.255300),
            "ChIJthrive_counselling",
            "West George St, Glasgow G2, UK",
            "Thrive Counselling Glasgow",
        ),
    }

    def visit(key: str, s: datetime, e: datetime) -> dict[str, object]:
        (la, lo), pid, addr, name = places[key]
        la, lo = jitter(rng, la, lo, 25)
        loc: dict[str, object] = {
            "latitudeE7": round(la * 1e7),
            "longitudeE7": round(lo * 1e7),
            "placeId": pid,
            "address": addr,
            "name": name,
            "sourceInfo": {"deviceTag": -771203981},
            "locationConfidence": round(rng.uniform(60, 98), 4),
            "calibratedProbability": round(rng.uniform(50, 95), 4),
        }
        return {
            "placeVisit": {
                "location": loc,
                "duration": {"startTimestamp": iso_z(TZ, s), "endTimestamp": iso_z(TZ, e)},
                "placeConfidence": "HIGH_CONFIDENCE",
                "visitConfidence": rng.randint(60, 98),
                "placeVisitType": "SINGLE_PLACE",
                "placeVisitImportance": "MAIN",
            }
        }

    def move(a: str, b: str, s: datetime, e: datetime, mode: str) -> dict[str, object]:
        (la1, lo1), (la2, lo2) = places[a][0], places[b][0]
        return {
            "activitySegment": {
                "startLocation": {"latitudeE7": round(la1 * 1e7), "longitudeE7": round(lo1 * 1e7)},
                "endLocation": {"latitudeE7": round(la2 * 1e7), "longitudeE7": round(lo2 * 1e7)},
                "duration": {"startTimestamp": iso_z(TZ, s), "endTimestamp": iso_z(TZ, e)},
                "distance": rng.randint(2500, 4200),
                "activityType": mode,
                "confidence": "HIGH",
            }
        }

    d = date(2024, 10, 1)
    while d <= END:

        def at(h: int, m: int, d: date = d) -> datetime:
            return datetime(d.year, d.month, d.day, h, m, rng.randrange(60))

        objs = months.setdefault((d.year, d.month), [])
        if d.weekday() < 5:
            objs.append(visit("home", at(0, 0), at(8, rng.randrange(10, 30))))
            objs.append(move("home", "work", at(8, 32), at(8, 55), "IN_SUBWAY"))
            objs.append(visit("work", at(8, 58), at(17, rng.randrange(0, 30))))
            if rng.random() < 0.15:
                objs.append(visit("counsel", at(17, 40), at(18, 40)))
            elif rng.random() < 0.3:
                objs.append(visit("gym", at(18, 0), at(19, 10)))
            objs.append(move("work", "home", at(19, 15), at(19, 40), "IN_SUBWAY"))
            objs.append(visit("home", at(19, 42), at(23, 59)))
        else:
            objs.append(visit("home", at(0, 0), at(11, 0)))
            if d.weekday() == 6 and rng.random() < 0.5:
                objs.append(move("home", "mum", at(12, 0), at(12, 35), "IN_PASSENGER_VEHICLE"))
                objs.append(visit("mum", at(12, 40), at(17, 0)))
                objs.append(move("mum", "home", at(17, 5), at(17, 45), "IN_PASSENGER_VEHICLE"))
            objs.append(visit("home", at(18, 0), at(23, 59)))
        d += timedelta(days=1)
    names = [
        "JANUARY",
        "FEBRUARY",
        "MARCH",
        "APRIL",
        "MAY",
        "JUNE",
        "JULY",
        "AUGUST",
        "SEPTEMBER",
        "OCTOBER",
        "NOVEMBER",
        "DECEMBER",
    ]
    for (y, m), objs in months.items():
        rel = f"google/Takeout/Location History (Timeline)/Semantic Location History/{y}/{y}_{names[m - 1]}.json"
        write_json(folder / rel, {"timelineObjects": objs})
        pii.add(rel, "LOCATION", HOME_ADDR.replace("Flat 2/1, ", "") + ", UK")
    _ = to_utc
