"""An English-speaking office worker in Manchester.

WhatsApp with a partner, a friend and a parent; Telegram with a colleague and a
renters' group whose most active member calls for protests (the risky
contact); an X archive with personalization.js; PayPal; Monzo with the salary;
four months of Google Timeline with a clear home and office.
"""

from __future__ import annotations

import dataclasses
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
from footprint.samples.writers import monzo, paypal, telegram, timeline, twitter, whatsapp
from footprint.samples.writers.timeline import Stop

NAME = "office_worker"
ZONE = ZoneInfo("Europe/London")
# A week's holiday in Tokyo: the location history and the chats carry Tokyo time then.
ABROAD = ZoneInfo("Asia/Tokyo")
TRIP_DAYS = range(68, 75)  # 2024-05-11 to 2024-05-17
HOTEL = Place("Hotel Gracery Shinjuku", 35.6946010, 139.7017950)
SIGHTS = [
    Place("Senso-ji Temple", 35.7147650, 139.7966550),
    Place("Meiji Jingu", 35.6763970, 139.6993060),
    Place("Tsukiji Outer Market", 35.6654560, 139.7706970),
]
START = date(2024, 3, 4)
DAY_COUNT = 119
SCHEDULE = Schedule(sleep=time(23, 30), wake=time(7, 0))
EMPLOYER = "Northwind Analytics Ltd"
SALARY = Decimal("2450.00")

HOME = Place("Home", 53.4452310, -2.2187640)
WORK = Place(EMPLOYER, 53.4794120, -2.2451870)
CHURCH = Place("St Aidan's Church", 53.4501870, -2.2079930)
GYM = Place("PureGym Manchester Oxford Road", 53.4712450, -2.2398760)
SUPERMARKET = Place("Tesco Superstore", 53.4418760, -2.2301240)
PHARMACY = Place("Boots Pharmacy", 53.4473420, -2.2161150)
PUB = Place("The Old Abbey Inn", 53.4668250, -2.2367740)

PARTNER_LINES = [
    "Morning love x",
    "Did you sleep ok?",
    "On the bus now, running a bit late",
    "What do you fancy for tea tonight?",
    "I can grab stuff from Tesco on the way home",
    "Love you x",
    "Miss you already",
    "Just finished my meeting, that was painful",
    "Can you feed the cat if you're home first?",
    "Shall we watch the next episode tonight?",
    "omg the train is cancelled AGAIN",
    "Home in 20",
    "ok",
    "haha",
    "yes please",
    "❤️",
    "Don't forget we're at your mum's on Sunday",
    "Booked the table for Saturday, 7:30",
    "How was your day babe?",
    "Long day. Need a cuddle and a curry",
    "I'll do the washing up, you cooked",
    "The landlord emailed about the boiler again",
    "Can you check if the rent went out?",
    "Night night x",
    "Sweet dreams ❤️",
    "Thinking about the weekend away in the Lakes 😍",
    "Sorry, stuck in a meeting, call you at lunch",
    "Love you more",
    "Fancy a walk in the park after work?",
]
FRIEND_LINES = [
    "Pint on Friday?",
    "You still on for five-a-side Thursday?",
    "lol",
    "mate",
    "Did you see the match last night?",
    "Unreal goal",
    "I'm in",
    "Can't this week, sorry",
    "Got the new Zelda, it's class",
    "You playing tonight? I'm online at 9",
    "Same place as last time?",
    "Send me the photos from Saturday",
    "Haha no way",
    "What time?",
    "Cheers for last night",
    "Work is doing my head in",
    "Let's get the Elden Ring DLC on release day",
    "Sound",
    "See you there",
    "👍",
]
PARTNER_ONLY_LINES = [
    "Did you take your inhaler with you? It's freezing out",
    "Your mum rang me, she wants us there on Sunday",
]
PARENT_LINES = [
    "Hello love, how are you?",
    "Are you eating properly?",
    "Dad says hello",
    "Will you both come for Sunday dinner?",
    "Have you booked your asthma review yet?",
    "Ring me when you get a minute x",
    "Lovely to see you both today x",
    "Father Michael asked after you at mass",
    "Don't forget Auntie Jean's birthday",
    "Love you, Mum x",
    "Got home safe? x",
]
CHILD_LINES = [
    "Thanks Mum",
    "Yes Mum 😂",
    "I'm fine, just busy at work",
    "We'll be there for 1",
    "Will do",
    "Love you Mum",
    "Thanks for dinner x",
    "Will call you tonight",
    "Got home safe",
]
COLLEAGUE_LINES = [
    "Morning! Stand-up moved to 9:30",
    "Can you review my PR when you get a sec?",
    "The dashboard numbers look off for March",
    "Client call at 2, you joining?",
    "Coffee?",
    "I'm WFH today, ping me here",
    "Pushed the fix",
    "Thanks, that's sorted it",
    "Quarterly report is due Friday 😬",
    "Lunch at the Vietnamese place?",
    "Sprint review slides are in the shared drive",
    "Can we push our 1:1 to tomorrow?",
    "Manager wants the forecast by EOD",
    "Nice one",
    "On it",
    "Heading out, see you tomorrow",
    "The VPN is down again",
    "ha yes",
]
GROUP_LINES = [
    "Meeting notes from Tuesday are pinned",
    "Anyone else's landlord put the rent up 12%?",
    "Reminder: know your rights if you get a Section 21",
    "We need more people for the door-knocking on Saturday",
    "Welcome to the new members!",
    "Our letter to the council got a reply, finally",
    "Great turnout tonight, thank you all",
    "Does anyone have a template for a repair request?",
    "Mould is a health hazard, the landlord has to fix it",
]
RISKY_LINES = [
    "This government has abandoned renters. Time to stop asking nicely.",
    "Protest at the town hall Saturday 11am. Bring banners, bring neighbours.",
    "The housing minister lied to parliament about eviction numbers. Share this everywhere.",
    "Rent strike is the only language these landlords and their friends in government understand.",
    "If they won't listen to petitions they'll listen to us blocking the road.",
    "Police were filming everyone at the last demo. Cover your faces.",
    "Every MP who voted against the renters bill should be named and shamed.",
]
TWEETS = [
    "Another Monday, another delayed train. #commute",
    "Great talk on data protection at the meetup tonight",
    "Reading about how much my apps know about me. Yikes.",
    "Coffee count today: 4",
    "Rent up again. The government promised to end no-fault evictions. Still hasn't. "
    "#RentersReform",
    "Housing policy in this country is a disgrace. Young people are locked out for good.",
    "Three hours into the Elden Ring DLC and I have died 40 times",
    "Sunday roast at my mum's. Best meal of the week.",
    "Spring in Manchester: four seasons before lunch",
    "Anyone know a good running club in Manchester?",
    "The council should be building homes, not selling land to developers. #housingcrisis",
    "New PB on the 5k this morning 🏃",
    "Why is every flat viewing a queue of 30 people?",
    "Lovely service at church this morning. Feeling grateful.",
    "Pollen count is brutal today, inhaler working overtime",
]


def build(seed: int) -> Bundle:
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    used: set[str] = set()
    me = english_person(fake, rng, used, female=False)
    partner = english_person(fake, rng, used, female=True)
    friend = english_person(fake, rng, used, female=False)
    parent = english_person(fake, rng, used, female=True, last=me.name.split()[-1])
    colleague = english_person(fake, rng, used, female=True, domain="example.org")
    risky = english_person(fake, rng, used, female=False, domain="example.net")
    members = [english_person(fake, rng, used) for _ in range(3)]
    street = fake.street_name()
    address = f"{rng.randint(2, 98)} {street}, Manchester M14 {rng.randint(1, 9)}QD"
    day_list = days(START, DAY_COUNT)
    truth = GroundTruth(
        persona=NAME,
        description=f"{me.name}: a fictional English-speaking office worker in Manchester",
        timezone=ZONE.key,
        user={
            "names": [me.name],
            "phones": [me.phone],
            "emails": [me.email],
            "handles": [me.handle],
        },
    )
    bundle = Bundle(truth)

    cn_id = fictional_cn_id("110000", date(2000, 1, 1), 1)
    lower_partner = partner.name.lower()
    whatsapp_plants = {
        partner: [
            Plant(
                0,
                partner,
                f"My work phone is {partner.phone} if yours dies again",
                ((PHONE, partner.phone),),
            ),
            Plant(
                0, me, f"Parcel coming to {address}, can you sign for it?", ((LOCATION, address),)
            ),
            Plant(
                0,
                me,
                "Rent split: pay it into GB33BUKB20201555555555 like last month",
                ((IBAN, "GB33BUKB20201555555555"),),
            ),
            Plant(
                0,
                partner,
                "Booked the cottage, used the card ending 1111. "
                "Full number for your records 4111111111111111",
                ((CARD, "4111111111111111"),),
            ),
            Plant(
                0,
                me,
                "The insurance form wants my date of birth, it's 14/03/1991 right? lol",
                ((DOB, "14/03/1991"),),
            ),
            Plant(
                0,
                partner,
                f"told {friend.name.lower()} we'd be late",
                ((PERSON, friend.name.lower()),),
            ),
            Plant(
                0,
                me,
                "Asthma review at the surgery on Thursday, the nurse wants to change my inhaler",
            ),
            Plant(
                0,
                partner,
                "Are we still on for dinner?\nI booked the place near the office\nat 8pm",
            ),
            Plant(
                0,
                me,
                "Lost phone report: IMEI 490154203237518, police want it",
                ((IMEI, "490154203237518"),),
            ),
        ],
        friend: [
            Plant(
                0,
                friend,
                f"New email, use {friend.first.lower()}.new@example.net from now on",
                ((EMAIL, f"{friend.first.lower()}.new@example.net"),),
            ),
            Plant(
                0,
                friend,
                "Tickets are here https://www.example.com/tickets/5aside-final",
                ((URL, "https://www.example.com/tickets/5aside-final"),),
            ),
            Plant(
                0,
                me,
                f"say hi to {lower_partner} from me? she said you owe her a pint",
                ((PERSON, lower_partner),),
            ),
            Plant(
                0,
                friend,
                "Pay me back for the gig in BTC if you want lol "
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                ((CRYPTO, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),),
            ),
        ],
        parent: [
            Plant(
                0,
                parent,
                "Our new landline is 0161 496 0123, write it down love",
                ((PHONE, "0161 496 0123"),),
            ),
            Plant(
                0,
                parent,
                "Father Michael says the Easter vigil starts at 8, will you come to mass?",
            ),
            Plant(0, me, "Happy to do the church collection rota in May"),
        ],
    }
    plans = [
        (partner, PARTNER_LINES + PARTNER_ONLY_LINES, (3, 6)),
        (friend, FRIEND_LINES, (0, 2)),
        (parent, PARENT_LINES, (0, 1)),
    ]
    chats: dict[Person, list[Msg]] = {}
    for contact, lines, sessions in plans:
        plants = whatsapp_plants[contact]
        placed = [
            Plant(day, p.author, p.text, p.tags)
            for day, p in zip(spread(rng, len(plants), DAY_COUNT), plants, strict=True)
        ]
        chats[contact] = simulate(
            rng,
            ZONE,
            SCHEDULE,
            day_list,
            [Voice(me, _own_lines(contact, partner, friend)), Voice(contact, lines)],
            sessions,
            placed,
        )
        if contact == partner:
            chats[contact] = _from_tokyo(chats[contact], me, partner, day_list)
        file = f"WhatsApp Chat with {contact.name}.txt"
        bundle.add(file, whatsapp.chat(file, chats[contact], truth))

    # Telegram: a colleague and the renters' group.
    workdays = [d for d in day_list if d.weekday() < 5]
    colleague_plants = [
        Plant(
            0,
            colleague,
            "Chen Wei from the Shanghai office lands Monday. Her mobile is 13812345678",
            ((CN_PHONE, "13812345678"),),
        ),
        Plant(
            0,
            colleague,
            "Hotel needs her passport number: E12345678",
            ((CN_PASSPORT, "E12345678"),),
        ),
        Plant(0, colleague, f"And her national ID for the visa letter: {cn_id}", ((CN_ID, cn_id),)),
        Plant(
            0, me, "Added her on WeChat, her ID is chenwei_sh2024", ((WECHAT_ID, "chenwei_sh2024"),)
        ),
        Plant(0, colleague, "She said QQ works too: QQ 123456789", ((QQ, "123456789"),)),
        Plant(0, me, "The test server is on 192.0.2.44 now", ((IP, "192.0.2.44"),)),
        Plant(
            0,
            colleague,
            "Whitelisted your laptop, MAC 00:00:5E:00:53:2A",
            ((MAC, "00:00:5E:00:53:2A"),),
        ),
        Plant(
            0,
            colleague,
            "US office said call them on +1 201-555-0147",
            ((PHONE, "+1 201-555-0147"),),
        ),
        Plant(0, me, f"Send the contract to {me.email} please", ((EMAIL, me.email),)),
    ]
    colleague_chat = simulate(
        rng,
        ZONE,
        SCHEDULE,
        workdays,
        [Voice(me, COLLEAGUE_LINES), Voice(colleague, COLLEAGUE_LINES)],
        (1, 3),
        [
            Plant(day, p.author, p.text, p.tags)
            for day, p in zip(
                spread(rng, len(colleague_plants), len(workdays)), colleague_plants, strict=True
            )
        ],
    )
    group_voices = [Voice(me, GROUP_LINES), Voice(risky, RISKY_LINES + GROUP_LINES[:3])]
    group_voices += [Voice(m, GROUP_LINES) for m in members]
    group_chat = simulate(rng, ZONE, SCHEDULE, day_list, group_voices, (0, 2), [], burst=(1, 4))
    created = at(START, 19, 2, ZONE)
    group_chat.insert(
        0,
        Msg(
            when=created, author=risky, text="|".join(p.name for p in [me, *members]), kind="system"
        ),
    )
    ids = {p.name: 100_000_000 + 7919 * i for i, p in enumerate([me, colleague, risky, *members])}
    telegram_file = "Telegram Desktop/DataExport_2024-07-01/result.json"
    bundle.add(
        telegram_file,
        telegram.export(
            telegram_file,
            me,
            ids[me.name],
            "Data person. Manchester.",
            [
                (colleague, ids[colleague.name], at(START, 9, 0, ZONE) - timedelta(days=400)),
                (risky, ids[risky.name], created - timedelta(days=30)),
            ],
            [
                telegram.Chat(colleague.name, "personal_chat", ids[colleague.name], colleague_chat),
                telegram.Chat(
                    "Renters Union Manchester", "private_supergroup", 1_987_654_321, group_chat
                ),
            ],
            ids,
            truth,
        ),
    )

    # X archive.
    tweets = []
    for index, day in enumerate(day_list):
        if rng.random() < 0.55:
            start, length = SCHEDULE.active_window(day, ZONE, rng)
            when = start + timedelta(minutes=rng.randint(0, length - 5))
            tweets.append(twitter.Tweet(when, rng.choice(TWEETS)))
        if index in (20, 70):
            when = at(day, 20, 15, ZONE)
            tweets.append(
                twitter.Tweet(
                    when,
                    "Sign the petition to end no-fault evictions: https://www.example.org/petitions/renters",
                    tags=((URL, "https://www.example.org/petitions/renters"),),
                )
            )
    tweets.append(
        twitter.Tweet(
            at(day_list[40], 21, 0, ZONE),
            f"@{friend.handle} congrats on the new job mate!",
            reply_to=friend.handle,
        )
    )
    tweets.append(
        twitter.Tweet(
            at(day_list[41], 12, 30, ZONE),
            f"big thanks to {lower_partner} for putting up with my Elden Ring phase",
            tags=((PERSON, lower_partner),),
        )
    )
    friend_id, my_id = "2244994945", str(rng.randint(10**9, 10**10))
    dms = []
    for i, day in enumerate(day_list[::9]):
        sender, recipient = (my_id, friend_id) if i % 2 else (friend_id, my_id)
        when = jitter(at(day, 20, 0, ZONE), rng, 90)
        dms.append(twitter.DirectMessage(when, sender, recipient, rng.choice(FRIEND_LINES)))
    dms.append(
        twitter.DirectMessage(
            at(day_list[50], 21, 5, ZONE),
            my_id,
            friend_id,
            f"my flat is {address} if you're sending the invite",
            ((LOCATION, address),),
        )
    )
    files = twitter.archive(
        "twitter-archive",
        me,
        my_id,
        at(START, 12, 0, ZONE) - timedelta(days=2900),
        tweets,
        [str(rng.randint(10**8, 10**10)) for _ in range(48)],
        [str(rng.randint(10**8, 10**10)) for _ in range(61)] + [friend_id],
        [dms],
        twitter.Personalization(
            languages=["English"],
            gender="male",
            age="25-34",
            interests=[
                "Video games",
                "Elden Ring",
                "Politics",
                "Housing",
                "Christianity",
                "Asthma",
                "Running",
                "Manchester United",
                "Data science",
            ],
            advertisers=["@MonzoBank", "@PlayStationUK", "@RightmoveUK"],
            locations=["Manchester, England"],
        ),
        rng,
        truth,
    )
    for path, text in files.items():
        bundle.add(path, text)

    # Money: PayPal for online shopping and splits, Monzo for everything else.
    payments = _paypal(me, partner, friend, day_list, rng)
    bundle.add(
        "paypal/Download.CSV",
        paypal.activity("paypal/Download.CSV", me, payments, Decimal("250.00"), "GBP", rng, truth),
    )
    bundle.add(
        "monzo/monzo_export.csv",
        monzo.statement(
            "monzo/monzo_export.csv", _monzo(partner, day_list, rng), "GBP", rng, truth
        ),
    )

    # Google Timeline.
    trips = _trips(day_list, rng)
    for index in TRIP_DAYS:  # no draw from rng: the rest of the persona is unchanged
        day = day_list[index]
        sight = SIGHTS[index % len(SIGHTS)]
        trips[index] = [Stop(sight, at(day, 10, 0, ABROAD), at(day, 13, 30, ABROAD))]
    stays = timeline.stays_from_trips(
        HOME,
        trips,
        datetime.combine(START, time(0, 0), tzinfo=ZONE),
        datetime.combine(day_list[-1], time(23, 59), tzinfo=ZONE),
        "bus",
        rng,
    )
    abroad_from = trips[TRIP_DAYS[0]][0].arrive
    abroad_until = trips[TRIP_DAYS[-1]][-1].leave
    stays = [  # the nights between sights are at the hotel, not at home
        dataclasses.replace(stay, place=HOTEL, semantic="UNKNOWN")
        if stay.place == HOME and abroad_from <= stay.start < abroad_until
        else stay
        for stay in stays
    ]
    text, _ = timeline.timeline(stays, [(HOME, "HOME"), (WORK, "WORK")], rng)
    bundle.add("Timeline.json", text)

    counts = count_by_contact([*chats.values(), colleague_chat], me)
    truth.facts = {
        # Times stated with offsets (Telegram), naive (WhatsApp, Monzo), UTC (X); the
        # location history shows the week in Tokyo, and the chats follow it.
        "timezones": {
            "sources": {
                "Timeline.json": f"{ZONE.key} (coordinates)",
                "WhatsApp Chat with *.txt": ZONE.key,
                "Telegram Desktop/*": f"{ZONE.key} (offsets)",
                "monzo/*": ZONE.key,
                "paypal/*": ZONE.key,
                "twitter-archive": ZONE.key,
            },
            "trips": [
                {
                    "zone": ABROAD.key,
                    "from": day_list[TRIP_DAYS[0]].isoformat(),
                    "to": day_list[TRIP_DAYS[-1]].isoformat(),
                    "sources": ["Timeline.json", "WhatsApp Chat with *.txt", "twitter-archive"],
                }
            ],
        },
        "home": {"lat": HOME.lat, "lon": HOME.lon, "radius_m": 300, "address": address},
        "work": {"lat": WORK.lat, "lon": WORK.lon, "radius_m": 300, "employer": EMPLOYER},
        "sleep_window": {"start": "23:30", "end": "07:00", "tolerance_min": 60},
        "top_contacts": top_contacts(counts),
        "relationships": [
            {"name": partner.name, "relationship": "partner"},
            {"name": parent.name, "relationship": "mother"},
            {"name": friend.name, "relationship": "close friend"},
            {"name": colleague.name, "relationship": "colleague"},
        ],
        "religion": {"value": "christian"},
        "health": {"value": "asthma"},
        "politics": {"value": "critical of government housing policy"},
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": True},
        "salary": {
            "amount": f"{SALARY:.2f}",
            "currency": "GBP",
            "payer": EMPLOYER,
            "period": "monthly",
        },
        "risky_contact": {"name": risky.name, "why": "calls for protests against the government"},
    }
    bundle.add(
        "README.txt",
        f"{FICTIONAL_NOTE}\n"
        f"Persona: {me.name}, an office worker in Manchester (everything here is invented).\n"
        "Exports: WhatsApp, Telegram, X archive, PayPal, Monzo, Google Timeline.\n"
        "Phone numbers are from the UK drama range (07700 900xxx), e-mail domains are example.*,\n"
        "card numbers and IBANs are published test values.\n",
    )
    return bundle


def _from_tokyo(
    messages: list[Msg], me: Person, partner: Person, day_list: list[date]
) -> list[Msg]:
    """The partner chat with two messages on landing, on the phone's Tokyo clock."""
    day = day_list[TRIP_DAYS[0]]
    landed = [
        Msg(at(day, 8, 5, ABROAD), me, "Landed in Tokyo! It's 8am here, no idea what day it is"),
        Msg(at(day, 8, 21, ABROAD), partner, "Yay! Sleep on the train, love you x"),
    ]
    return sorted([*messages, *landed], key=lambda msg: msg.when)


def _own_lines(contact: Person, partner: Person, friend: Person) -> list[str]:
    if contact == partner:
        return PARTNER_LINES
    if contact == friend:
        return FRIEND_LINES
    return CHILD_LINES


_SHOPS = [
    ("eBay", "Used bike lights", Decimal("-18.50")),
    ("Amazon UK", "Inhaler spacer", Decimal("-9.99")),
    ("Deliveroo", "Food order", Decimal("-23.40")),
    ("Trainline", "Manchester Piccadilly - London Euston", Decimal("-54.20")),
    ("Steam", "Elden Ring Shadow of the Erdtree", Decimal("-34.99")),
    ("PlayStation Store", "PlayStation Plus 1 month", Decimal("-6.99")),
    ("Spotify AB", "Spotify Premium", Decimal("-10.99")),
]


def _paypal(
    me: Person, partner: Person, friend: Person, day_list: list[date], rng: random.Random
) -> list[Txn]:
    txns = []
    for day in day_list:
        if rng.random() < 0.6:
            name, title, amount = rng.choice(_SHOPS)
            when = jitter(at(day, 19, 30, ZONE), rng, 150)
            txns.append(
                Txn(
                    when,
                    name,
                    amount,
                    description=title,
                    email=f"payments@{name.split()[0].lower()}.example.com",
                )
            )
        if day.weekday() == 5 and rng.random() < 0.5:
            who = rng.choice([partner, friend])
            txns.append(
                Txn(
                    jitter(at(day, 21, 0, ZONE), rng, 60),
                    who.name,
                    Decimal("15.00"),
                    "General Payment",
                    description="Pizza split",
                    email=who.email,
                    tags=((PERSON, who.name),),
                )
            )
    return txns


def _monzo(partner: Person, day_list: list[date], rng: random.Random) -> list[Txn]:
    txns = []
    merchants = [
        ("Tesco", "Groceries", (8, 45)),
        ("Pret A Manger", "Eating out", (4, 9)),
        ("Bee Network", "Transport", (2, 5)),
        ("Greggs", "Eating out", (2, 6)),
        ("Co-op", "Groceries", (3, 18)),
    ]
    for day in day_list:
        for _ in range(rng.randint(1, 3)):
            name, category, (low, high) = rng.choice(merchants)
            amount = -Decimal(rng.randint(low * 100, high * 100)) / 100
            when = jitter(at(day, 13 if day.weekday() < 5 else 15, 0, ZONE), rng, 240)
            txns.append(Txn(when, name, amount, category=category, address="Manchester, M1"))
        if day.day == 25:
            txns.append(
                Txn(
                    at(day, 8, 1, ZONE),
                    EMPLOYER,
                    SALARY,
                    "Faster payment",
                    "Income",
                    f"{EMPLOYER.upper()} SALARY",
                    note="Salary",
                )
            )
        if day.day == 1:
            txns.append(
                Txn(
                    at(day, 9, 0, ZONE),
                    "Parkside Lettings",
                    Decimal("-725.00"),
                    "Faster payment",
                    "Bills",
                    "PARKSIDE LETTINGS RENT",
                    note="Rent",
                )
            )
            txns.append(
                Txn(
                    at(day, 9, 5, ZONE),
                    partner.name,
                    Decimal("-60.00"),
                    "Faster payment",
                    "Bills",
                    note="bills split",
                    tags=((PERSON, partner.name),),
                )
            )
            txns.append(
                Txn(
                    at(day, 10, 0, ZONE),
                    "St Aidan's Parish",
                    Decimal("-20.00"),
                    "Direct Debit",
                    "Charity",
                    "ST AIDANS PARISH GIVING",
                )
            )
            txns.append(
                Txn(
                    at(day, 10, 2, ZONE),
                    "PureGym",
                    Decimal("-24.99"),
                    "Direct Debit",
                    "Personal care",
                )
            )
        if day.day == 12:
            txns.append(
                Txn(
                    jitter(at(day, 17, 50, ZONE), rng, 20),
                    "Boots",
                    Decimal("-9.90"),
                    "Card payment",
                    "Personal care",
                    "BOOTS PHARMACY",
                    note="NHS prescription - inhaler",
                    address="Wilmslow Road, Manchester",
                )
            )
        if day.weekday() == 4 and rng.random() < 0.5:
            txns.append(
                Txn(
                    jitter(at(day, 21, 30, ZONE), rng, 45),
                    "The Old Abbey Inn",
                    -Decimal(rng.randint(1200, 3400)) / 100,
                    "Card payment",
                    "Eating out",
                )
            )
    return txns


def _trips(day_list: list[date], rng: random.Random) -> list[list[Stop]]:
    trips: list[list[Stop]] = []
    for day in day_list:
        weekday = day.weekday()
        if weekday < 5:
            arrive = jitter(at(day, 8, 50, ZONE), rng, 15)
            leave = jitter(at(day, 17, 30, ZONE), rng, 20)
            trip = [Stop(WORK, arrive, leave, "INFERRED_WORK")]
            if weekday in (1, 3):
                trip.append(Stop(GYM, leave + timedelta(minutes=20), leave + timedelta(minutes=95)))
            elif weekday == 4 and rng.random() < 0.5:
                trip.append(
                    Stop(PUB, leave + timedelta(minutes=90), leave + timedelta(minutes=300))
                )
            if day.day == 12:
                trip.append(
                    Stop(
                        PHARMACY,
                        trip[-1].leave + timedelta(minutes=15),
                        trip[-1].leave + timedelta(minutes=30),
                    )
                )
            trips.append(trip)
        elif weekday == 5:
            arrive = jitter(at(day, 10, 40, ZONE), rng, 30)
            trips.append(
                [Stop(SUPERMARKET, arrive, arrive + timedelta(minutes=rng.randint(30, 60)))]
            )
        else:
            arrive = jitter(at(day, 9, 50, ZONE), rng, 5)
            trips.append([Stop(CHURCH, arrive, arrive + timedelta(minutes=rng.randint(75, 95)))])
    return trips
