"""A food-delivery rider in south London under financial stress.

Revolut (weekly payouts, payday loans, failed repayments, late-night betting),
Instagram DMs with Meta's mojibake (names and emoji outside ASCII), Reddit
CSVs (debt and gambling posts), and a Google Timeline. Active until about
03:30 most nights. The risky contact is a cousin organising strikes.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from faker import Faker

from footprint.samples.chat import Plant, Voice, simulate, spread
from footprint.samples.common import (
    CARD,
    CN_ID,
    CN_PASSPORT,
    CN_PHONE,
    CRYPTO,
    DOB,
    EMAIL,
    FICTIONAL_NOTE,
    IBAN,
    IMEI,
    IP,
    LOCATION,
    MAC,
    PERSON,
    PHONE,
    QQ,
    URL,
    USERNAME,
    WECHAT_ID,
    GroundTruth,
    Msg,
    Person,
    Place,
    Schedule,
    Txn,
    days,
    fictional_cn_id,
)
from footprint.samples.personas._shared import (
    Bundle,
    at,
    count_by_contact,
    english_person,
    jitter,
    top_contacts,
)
from footprint.samples.writers import meta, reddit, revolut, timeline
from footprint.samples.writers.timeline import Stop

NAME = "gig_worker"
ZONE = ZoneInfo("Europe/London")
START = date(2024, 1, 8)
DAY_COUNT = 119
SCHEDULE = Schedule(sleep=time(3, 30), wake=time(11, 30))
PAYER = "Swiftbite Couriers Ltd"
HOME = Place("Home", 51.4452870, -0.0206430)
HUB = Place("Swiftbite Kitchens Canada Water", 51.4978650, -0.0497210)
MOSQUE = Place("Masjid an-Nur", 51.4521340, -0.0178820)
TAKEAWAY = Place("Late-night chicken shop", 51.4467790, -0.0201870)

PARTNER_LINES = [
    "you home yet?",
    "how many orders tonight",
    "be safe on the bike babe",
    "miss u",
    "😂😂",
    "goodnight ❤️",
    "did u eat",
    "I'll come round after work",
    "love u",
    "stop gaming and sleep 💀",
    "u ok? you seem stressed",
    "we can just stay in, no need to spend",
    "lol",
    "omw",
    "wyd",
    "Ramadan Mubarak ❤️",
    "iftar at ur mum's tonight?",
]
FRIEND_LINES = [
    "fifa?",
    "on in 10",
    "bro that was a pen",
    "who u got tonight",
    "put a tenner on it",
    "lost the acca by one leg again 😭",
    "free spins on Sky Bet tonight",
    "ye",
    "nah",
    "bare orders tonight or what",
    "app is dead",
    "lend us 20 till friday?",
    "😂",
    "gg",
    "cod later",
]
COUSIN_LINES = [
    "log off at 7 tonight, everyone's striking",
    "the government lets these apps pay us below minimum wage",
    "march on parliament Saturday, bring the lads",
    "the minister is in the pocket of the platforms",
    "they deactivated Tariq for speaking to a journalist",
    "share this video before they take it down",
    "this country is run by crooks",
    "Eid Mubarak cuz",
    "you coming to jummah?",
    "how's your mum",
]
# What the rider answers his cousin: he is not political himself (ground truth), so he
# does not echo the strike calls. As many lines as COUSIN_LINES, so that the random
# choices, and with them every other byte of the persona, stay as they were.
COUSIN_REPLIES = [
    "can't tonight cuz, need the orders",
    "Eid Mubarak cuz",
    "see you at jummah",
    "mum's good, she says salaam",
    "I'll think about it",
    "send it over",
    "lol",
    "ye",
    "rent's due, I can't risk it",
    "how's auntie?",
]
REDDIT_POSTS = [
    (
        "UKPersonalFinance",
        "3 payday loans and I can't keep up, what do I do?",
        "I'm a delivery rider, income is all over the place. Lending Stream, Drafty and a "
        "Klarna plan. Got another repayment reminder today. Is a debt management plan a good "
        "idea?",
    ),
    (
        "problemgambling",
        "Day 4 without a bet",
        "Deleted the apps again. It's the late nights after shifts that get me.",
    ),
    (
        "deliveroos",
        "Is it dead for everyone tonight?",
        "Three hours on the app, two orders. Not worth the petrol.",
    ),
    (
        "PS5",
        "Worth getting the new COD?",
        "Only play at night after shifts, mostly online with mates.",
    ),
    (
        "UKPersonalFinance",
        "Missed a loan repayment, what happens now?",
        "The payment bounced because my payout was late. "
        "They're charging £15 and texting every day.",
    ),
    ("problemgambling", "Relapsed", "Lost my whole week's pay on the football at 2am. Feel sick."),
    ("London", "Cyclists vs potholes in Lewisham", "My back is wrecked from these roads."),
]
REDDIT_COMMENTS = [
    "Same here, the algorithm gives all the orders to new riders",
    "Talk to StepChange, they helped me",
    "Don't chase losses mate",
    "Get a bike with proper suspension, your back will thank you",
    "Payday loans are a trap",
    "This is why we need a union",
    "Congrats on a week clean 👏",
    "Physio said to rest it but I can't afford to",
    "GamStop actually works if you stick with it",
]


def build(seed: int) -> Bundle:
    fake = Faker("en_GB")
    fake.seed_instance(seed + 2)
    rng = random.Random(seed + 2)
    used: set[str] = set()
    me = english_person(fake, rng, used, female=False, last="Rahman")
    me = Person("Yusuf Rahman", "Yusuf", me.phone, "yusuf.rahman@example.com", "yusuf_rides")
    partner = Person(
        "Zoë Adeyemi",
        "Zoë",
        english_person(fake, rng, used).phone,
        "zoe.adeyemi@example.net",
        "zoe.adeyemi",
    )
    friend = english_person(fake, rng, used, female=False)
    cousin = Person(
        "Tariq Rahmân",
        "Tariq",
        english_person(fake, rng, used).phone,
        "tariq@example.org",
        "tariq_organise",
    )
    flat, number, street = rng.randint(2, 40), rng.randint(10, 200), fake.street_name()
    address = f"Flat {flat}, {number} {street}, London SE13 {rng.randint(1, 9)}PL"
    day_list = days(START, DAY_COUNT)
    truth = GroundTruth(
        persona=NAME,
        description=f"{me.name}: a fictional delivery rider in London under financial stress",
        timezone=ZONE.key,
        user={
            "names": [me.name],
            "phones": [me.phone],
            "emails": [me.email],
            "handles": [me.handle, "u/yusuf_rides"],
        },
    )
    bundle = Bundle(truth)
    cn_id = fictional_cn_id("110000", date(2000, 1, 1), 3)
    # (contact, their lines, the user's lines, sessions per day, planted messages)
    plans: list[tuple[Person, list[str], list[str], tuple[int, int], list[Plant]]] = [
        (
            partner,
            PARTNER_LINES,
            PARTNER_LINES,
            (3, 6),
            [
                Plant(
                    0, me, f"parcel is coming to {address}, can u grab it", ((LOCATION, address),)
                ),
                Plant(0, partner, f"my new number {partner.phone}", ((PHONE, partner.phone),)),
                Plant(0, me, "back is killing me again, the physio says it's a herniated disc"),
                Plant(
                    0,
                    me,
                    "use my card for the takeaway 5555555555554444 exp 08/27",
                    ((CARD, "5555555555554444"),),
                ),
                Plant(
                    0,
                    partner,
                    f"tell {friend.name.lower()} to stop lending u money for bets",
                    ((PERSON, friend.name.lower()),),
                ),
                Plant(0, me, "my DOB for the form is 02/09/1998", ((DOB, "02/09/1998"),)),
                Plant(
                    0,
                    me,
                    "Lending Stream texted again. Repayment of £95 due Friday or they add fees",
                ),
            ],
        ),
        (
            friend,
            FRIEND_LINES,
            FRIEND_LINES,
            (1, 3),
            [
                Plant(
                    0, friend, f"email me the screenshots {friend.email}", ((EMAIL, friend.email),)
                ),
                Plant(
                    0,
                    me,
                    "bank details for the 20 quid: GB82WEST12345698765432",
                    ((IBAN, "GB82WEST12345698765432"),),
                ),
                Plant(
                    0,
                    friend,
                    "tipster link https://www.example.net/acca-tips",
                    ((URL, "https://www.example.net/acca-tips"),),
                ),
                Plant(0, me, "lost another 80 on the late football, i need to stop"),
                Plant(
                    0,
                    friend,
                    "send me some btc instead bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                    ((CRYPTO, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),),
                ),
                Plant(
                    0,
                    me,
                    "my phone got nicked, IMEI on the box is 353918059876546",
                    ((IMEI, "353918059876546"),),
                ),
            ],
        ),
        (
            cousin,
            COUSIN_LINES,
            COUSIN_REPLIES,
            (0, 2),
            [
                Plant(
                    0,
                    cousin,
                    "the Chinese rider who joined the union, Li Na, her number is 13900001111",
                    ((CN_PHONE, "13900001111"),),
                ),
                Plant(0, cousin, f"she left her ID card at the office: {cn_id}", ((CN_ID, cn_id),)),
                Plant(
                    0,
                    cousin,
                    "and her passport G12345678, the council needs it",
                    ((CN_PASSPORT, "G12345678"),),
                ),
                Plant(
                    0,
                    cousin,
                    "her WeChat is lina_rider88 and QQ 10001000",
                    ((WECHAT_ID, "lina_rider88"), (QQ, "10001000")),
                ),
                Plant(
                    0,
                    cousin,
                    "the router at the union office is 203.0.113.9, MAC 00:00:5E:00:53:01",
                    ((IP, "203.0.113.9"), (MAC, "00:00:5E:00:53:01")),
                ),
            ],
        ),
    ]
    chats: list[list[Msg]] = []
    folder = "instagram/your_instagram_activity/messages/inbox"
    for person, theirs, mine, sessions, plants in plans:
        placed = [
            Plant(day, p.author, p.text, p.tags)
            for day, p in zip(spread(rng, len(plants), DAY_COUNT), plants, strict=True)
        ]
        messages = simulate(
            rng,
            ZONE,
            SCHEDULE,
            day_list,
            [Voice(me, mine), Voice(person, theirs)],
            sessions,
            placed,
        )
        chats.append(messages)
        thread = f"{person.handle.replace('.', '').replace('_', '')}_{rng.randint(10**15, 10**16)}"
        for path, text in meta.instagram_thread(
            folder, thread, me, person, messages, rng, truth
        ).items():
            bundle.add(path, text)

    # Reddit: posts at night, comments, a private message, a chat.
    items: list[reddit.Item] = []
    ips = ["192.0.2.77", "198.51.100.140"]
    for index, (subreddit, title, body) in enumerate(REDDIT_POSTS):
        day = day_list[8 + index * 15]
        items.append(
            reddit.Item(
                "post",
                at(day, 2, 10 + index * 3, ZONE),
                subreddit,
                body,
                ips[index % 2],
                title=title,
            )
        )
    for day in day_list[::2]:
        start, length = SCHEDULE.active_window(day, ZONE, rng)
        when = start + timedelta(minutes=rng.randint(length // 2, length - 5))
        subreddit = rng.choice(
            ["deliveroos", "UKPersonalFinance", "problemgambling", "PS5", "London"]
        )
        items.append(
            reddit.Item("comment", when, subreddit, rng.choice(REDDIT_COMMENTS), rng.choice(ips))
        )
    items.append(
        reddit.Item(
            "message",
            at(day_list[60], 1, 40, ZONE),
            "",
            f"Happy to talk, text me on {me.phone}",
            ips[0],
            title="re: debt advice",
            to="helpful_mod_uk",
            author="yusuf_rides",
            tags=((PHONE, me.phone),),
        )
    )
    items.append(
        reddit.Item(
            "chat",
            at(day_list[61], 2, 5, ZONE),
            "deliveroos",
            "anyone know a rider union rep? my email is " + me.email,
            ips[1],
            title="riders chat",
            author="yusuf_rides",
            tags=((EMAIL, me.email),),
        )
    )
    for path, text in reddit.export("reddit", "yusuf_rides", items, rng, truth).items():
        bundle.add(path, text)
    truth.plant("reddit/messages.csv", USERNAME, "helpful_mod_uk")

    # Revolut.
    revolut_file = "revolut/account-statement_2024-01-08_2024-05-05_en-gb_5f3a1c.csv"
    payouts = _payouts(day_list, rng)
    txns = _revolut(partner, day_list, payouts, rng)
    bundle.add(revolut_file, revolut.statement(revolut_file, txns, Decimal("84.12"), "GBP", truth))

    # Google Timeline: night shifts from the kitchen hub, Friday prayers.
    stays = timeline.stays_from_trips(
        HOME,
        _trips(day_list, rng),
        datetime.combine(START, time(0, 0), tzinfo=ZONE),
        datetime.combine(day_list[-1], time(23, 59), tzinfo=ZONE),
        "cycle",
        rng,
    )
    text, _ = timeline.timeline(stays, [(HOME, "HOME"), (HUB, "WORK")], rng)
    bundle.add("Timeline.json", text)

    truth.facts = {
        "timezones": {  # naive (Revolut), UTC (Reddit, Instagram): the location history says
            "sources": {
                "Timeline.json": f"{ZONE.key} (coordinates)",
                "instagram/*": ZONE.key,
                "reddit": ZONE.key,
                "revolut/*": ZONE.key,
            }
        },
        "home": {"lat": HOME.lat, "lon": HOME.lon, "radius_m": 300, "address": address},
        "work": {"lat": HUB.lat, "lon": HUB.lon, "radius_m": 400, "employer": PAYER},
        "sleep_window": {"start": "03:30", "end": "11:30", "tolerance_min": 60},
        "top_contacts": top_contacts(count_by_contact(chats, me)),
        "relationships": [
            {"name": partner.name, "relationship": "partner"},
            {"name": friend.name, "relationship": "close friend"},
            {"name": cousin.name, "relationship": "family"},
        ],
        "religion": {"value": "muslim"},
        "health": {"value": "back injury"},
        "politics": {"value": False},
        "financial_stress": {
            "value": True,
            "signals": [
                "payday loans",
                "failed repayments",
                "repayment reminders",
                "lending from friends",
            ],
        },
        "gambling": {"value": True},
        "gaming": {"value": True},
        "salary": {
            "amount": f"{sorted(payouts)[len(payouts) // 2]:.2f}",
            "currency": "GBP",
            "payer": PAYER,
            "period": "weekly",
            "note": "median of irregular weekly payouts",
        },
        "risky_contact": {
            "name": cousin.name,
            "why": "organises strikes and calls the government corrupt",
        },
    }
    bundle.add(
        "README.txt",
        f"{FICTIONAL_NOTE}\n"
        f"Persona: {me.name}, a delivery rider in London (everything here is invented).\n"
        "Exports: Revolut, Instagram messages (Meta's escaped UTF-8), Reddit, Google Timeline.\n"
        "Phone numbers are from the UK drama range (07700 900xxx), e-mail domains are example.*,\n"
        "IP addresses are documentation ranges, cards and IBANs are published test values.\n",
    )
    return bundle


def _payouts(day_list: list[date], rng: random.Random) -> list[Decimal]:
    return [Decimal(rng.randint(15000, 34000)) / 100 for day in day_list if day.weekday() == 0]


_LATE = [
    ("Bet365", (10, 50)),
    ("Sky Bet", (5, 40)),
    ("Paddy Power", (10, 30)),
    ("McDonald's", (5, 12)),
]
_DAY = [("Tesco Express", (3, 20)), ("Lidl", (8, 30)), ("Shell", (5, 15)), ("Greggs", (2, 6))]


def _revolut(
    partner: Person, day_list: list[date], weekly: list[Decimal], rng: random.Random
) -> list[Txn]:
    txns = []
    payouts = iter(weekly)
    for day in day_list:
        if day.weekday() == 0:
            txns.append(
                Txn(
                    at(day, 12, 5, ZONE),
                    PAYER,
                    next(payouts),
                    "TRANSFER",
                    description=f"Payment from {PAYER}",
                )
            )
        for _ in range(rng.randint(1, 2)):
            name, (low, high) = rng.choice(_DAY)
            txns.append(
                Txn(
                    jitter(at(day, 15, 0, ZONE), rng, 150),
                    name,
                    -Decimal(rng.randint(low * 100, high * 100)) / 100,
                    "CARD_PAYMENT",
                )
            )
        if rng.random() < 0.45:
            name, (low, high) = rng.choice(_LATE)
            when = at(day, 0, 40, ZONE) + timedelta(days=1, minutes=rng.randint(0, 150))
            txns.append(Txn(when, name, -Decimal(rng.randint(low, high)), "CARD_PAYMENT"))
        if day.day in (3, 17) and rng.random() < 0.7:
            lender = rng.choice(["Lending Stream", "Drafty"])
            txns.append(
                Txn(
                    at(day, 6, 0, ZONE),
                    lender,
                    Decimal("-95.00"),
                    "CARD_PAYMENT",
                    status="REVERTED" if rng.random() < 0.4 else "",
                )
            )
        if day.day == 20:
            txns.append(
                Txn(
                    at(day, 9, 30, ZONE),
                    "Lending Stream",
                    Decimal("300.00"),
                    "TRANSFER",
                    description="Payment from Lending Stream Ltd",
                )
            )
        if day.day == 1:
            txns.append(
                Txn(
                    at(day, 13, 0, ZONE),
                    "Rent",
                    Decimal("-650.00"),
                    "TRANSFER",
                    description="To Lewisham Homes Lettings",
                )
            )
            txns.append(
                Txn(
                    at(day, 13, 5, ZONE),
                    "Klarna",
                    Decimal("-42.50"),
                    "CARD_PAYMENT",
                    description="Klarna*PlayStation",
                )
            )
        if day.day == 10:
            txns.append(
                Txn(
                    at(day, 23, 10, ZONE),
                    "PlayStation Store",
                    Decimal("-69.99"),
                    "CARD_PAYMENT",
                    description="PlayStation Network",
                )
            )
            txns.append(
                Txn(
                    at(day, 16, 0, ZONE),
                    "Boots",
                    Decimal("-7.49"),
                    "CARD_PAYMENT",
                    description="Boots Lewisham - Ibuprofen 400mg",
                )
            )
        if day.weekday() == 4:
            txns.append(
                Txn(
                    at(day, 13, 45, ZONE),
                    "Masjid an-Nur",
                    Decimal("-5.00"),
                    "CARD_PAYMENT",
                    description="Masjid an-Nur Sadaqah",
                )
            )
        if rng.random() < 0.05:
            txns.append(
                Txn(
                    jitter(at(day, 18, 0, ZONE), rng, 60),
                    partner.name,
                    Decimal("20.00"),
                    "TRANSFER",
                    description=f"Payment from {partner.name}",
                    tags=((PERSON, partner.name),),
                )
            )
    return txns


def _trips(day_list: list[date], rng: random.Random) -> list[list[Stop]]:
    trips: list[list[Stop]] = []
    for day in day_list:
        trip: list[Stop] = []
        if day.weekday() == 4:
            arrive = jitter(at(day, 13, 0, ZONE), rng, 5)
            trip.append(Stop(MOSQUE, arrive, arrive + timedelta(minutes=50)))
        if day.weekday() != 1:
            arrive = jitter(at(day, 17, 30, ZONE), rng, 20)
            trip.append(
                Stop(
                    HUB,
                    arrive,
                    at(day, 23, 30, ZONE) + timedelta(minutes=rng.randint(0, 60)),
                    "INFERRED_WORK",
                )
            )
            if rng.random() < 0.3:
                back = trip[-1].leave + timedelta(minutes=25)
                trip.append(Stop(TAKEAWAY, back, back + timedelta(minutes=10)))
        if trip:
            trips.append(trip)
    return trips
