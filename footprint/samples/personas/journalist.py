"""A freelance journalist in Leeds whose sources and contacts criticise the government.

Telegram (editor, partner, a press-freedom group and an activist source: the
risky contact), a Mastodon outbox that boosts the source's posts, a Facebook
export (posts, comments, profile, ad interests, advertisers with the user's
contact details), PayPal with the monthly retainer, and a Google Timeline.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
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
from footprint.samples.writers import mastodon, meta, paypal, telegram, timeline
from footprint.samples.writers.timeline import Stop

NAME = "journalist"
ZONE = ZoneInfo("Europe/London")
START = date(2024, 2, 5)
DAY_COUNT = 119
SCHEDULE = Schedule(sleep=time(0, 0), wake=time(7, 30))
EMPLOYER = "The Northern Ledger"
RETAINER = Decimal("1900.00")
HOST = "mastodon.example.org"
ADVERTISERS_FILE = "advertisers_who_uploaded_a_contact_list_with_your_information.json"
HOME = Place("Home", 53.8096540, -1.5553210)
NEWSROOM = Place(EMPLOYER, 53.7990870, -1.5461130)
COURT = Place("Leeds Combined Court Centre", 53.8003450, -1.5532310)
PHARMACY = Place("Boots Headingley", 53.8189990, -1.5779870)
CAFE = Place("Headingley café", 53.8183440, -1.5765210)

EDITOR_LINES = [
    "Can you file by 4?",
    "Legal want to see the council piece before it runs",
    "Great copy, running it tomorrow",
    "Any update from your source?",
    "Need 800 words, not 1,400",
    "Subs have queries on para 6",
    "Pitch me the protest follow-up",
    "Filed. Photos to follow",
    "On it",
    "Court adjourned till Monday",
    "Headline options in the doc",
    "Thanks, sorted",
    "Invoice for March is in",
    "The minister's office still hasn't replied",
]
PARTNER_LINES = [
    "Home by 7?",
    "Migraine again, lying down in the dark",
    "Take your sumatriptan and sleep x",
    "Love you",
    "I'll cook tonight",
    "Saw your piece, so proud of you",
    "Be careful at the demo tomorrow",
    "Did you lock the bike?",
    "Dinner with my parents Saturday",
    "x",
    "Running late, sorry",
    "Bring milk",
    "Good luck in court",
    "Night x",
]
GROUP_LINES = [
    "Another reporter detained at the protest last night",
    "FOI request on police surveillance came back heavily redacted",
    "Who's covering the hearing on Thursday?",
    "New guidance on protecting sources is pinned",
    "Use Signal for anything sensitive",
    "Great piece on the housing scandal",
    "The council refused our FOI again",
]
SOURCE_LINES = [
    "The Home Office is lying about the protest arrests. I have the documents.",
    "This government is criminalising dissent. Publish the names.",
    "We're occupying the council chamber on Monday. Come and report it.",
    "The new protest law is authoritarian, full stop.",
    "Police are using facial recognition on every march now.",
    "Can you meet tomorrow? Not on the phone.",
    "Documents are ready, I'll bring them",
    "They raided my flat this morning",
    "Thanks for covering it",
]
TOOTS = [
    "New piece: how the protest law is used against peaceful demonstrators #PressFreedom",
    "The government still won't say how many people were arrested under the new powers.",
    "Court reporting today. Open justice matters. #journalism",
    "FOI requests are refused more often every year. Accountability is dying quietly.",
    "Long day. Migraine. Back tomorrow.",
    "Filing from the train again",
    "If the police can film protesters, who films the police? #WhoWatchesTheWatchmen",
    "Spring in Headingley 🌸",
    "Thread on the council's surveillance contract 🧵",
    "Good journalism costs money. Subscribe to your local paper.",
]
FB_POSTS = [
    "My latest for The Northern Ledger: the protest arrests nobody wants to talk about.",
    "Press freedom isn't a luxury. It's how you find out what power is doing.",
    "Lovely evening with friends in Headingley",
    "Courts are open to the public. Go and watch one day, it's eye-opening.",
    "Migraine days are the worst. Thanks for the soup, love.",
    "Ten years of freelancing today. Thank you to every editor who took a chance on me.",
    "The government's new protest law passed. Read the small print.",
]
FB_COMMENTS = [
    "Thanks for reading!",
    "Agreed, this needs more attention",
    "The council still hasn't answered my questions",
    "Happy birthday!",
    "Brilliant piece",
    "See you there",
]


def build(seed: int) -> Bundle:
    fake = Faker("en_GB")
    fake.seed_instance(seed + 3)
    rng = random.Random(seed + 3)
    used: set[str] = set()
    me = english_person(fake, rng, used, female=True)
    partner = english_person(fake, rng, used, female=False)
    editor = english_person(fake, rng, used, female=False, domain="example.org")
    source = english_person(fake, rng, used, female=True, domain="example.net")
    members = [english_person(fake, rng, used) for _ in range(3)]
    address = f"{rng.randint(2, 98)} {fake.street_name()}, Leeds LS6 {rng.randint(1, 9)}HN"
    day_list = days(START, DAY_COUNT)
    truth = GroundTruth(
        persona=NAME,
        description=f"{me.name}: a fictional freelance journalist in Leeds",
        timezone=ZONE.key,
        user={
            "names": [me.name],
            "phones": [me.phone],
            "emails": [me.email],
            "handles": [me.handle, f"@{me.handle}@{HOST}"],
        },
    )
    bundle = Bundle(truth)
    cn_id = fictional_cn_id("110000", date(2000, 1, 1), 4)
    plans: list[tuple[Person, list[str], tuple[int, int], list[Plant], list[date]]] = [
        (
            partner,
            PARTNER_LINES,
            (2, 5),
            [
                Plant(0, me, f"New locksmith needs the address: {address}", ((LOCATION, address),)),
                Plant(
                    0,
                    partner,
                    f"{me.name.lower()}, you left your press card here again",
                    ((PERSON, me.name.lower()),),
                ),
                Plant(
                    0,
                    me,
                    "Joint account for the holiday: GB33BUKB20201555555555",
                    ((IBAN, "GB33BUKB20201555555555"),),
                ),
                Plant(
                    0,
                    partner,
                    "Booked the flights on the test card 4000056655665556 lol",
                    ((CARD, "4000056655665556"),),
                ),
                Plant(0, me, "Neurologist appointment about the migraines is on the 14th"),
            ],
            day_list,
        ),
        (
            editor,
            EDITOR_LINES,
            (1, 3),
            [
                Plant(
                    0,
                    editor,
                    f"Call the desk on {editor.phone} if it's urgent",
                    ((PHONE, editor.phone),),
                ),
                Plant(
                    0, editor, "Our US partner desk: +1 212-555-0199", ((PHONE, "+1 212-555-0199"),)
                ),
                Plant(
                    0,
                    me,
                    "Upload the draft to https://www.example.org/ledger/drafts/protest-law",
                    ((URL, "https://www.example.org/ledger/drafts/protest-law"),),
                ),
                Plant(
                    0,
                    editor,
                    "HR needs your DOB for the contract, is it 30/11/1987?",
                    ((DOB, "30/11/1987"),),
                ),
            ],
            [d for d in day_list if d.weekday() < 5],
        ),
        (
            source,
            SOURCE_LINES,
            (0, 2),
            [
                Plant(0, source, f"Email me on {source.email}, not here", ((EMAIL, source.email),)),
                Plant(
                    0,
                    source,
                    "Donations for the legal fund: bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                    ((CRYPTO, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),),
                ),
                Plant(
                    0,
                    source,
                    "The leak came from a machine on 198.51.100.7, MAC 00:00:5E:00:53:AF",
                    ((IP, "198.51.100.7"), (MAC, "00:00:5E:00:53:AF")),
                ),
                Plant(
                    0,
                    source,
                    "My old phone's IMEI is 490154203237518, I think they tracked it",
                    ((IMEI, "490154203237518"),),
                ),
                Plant(
                    0,
                    source,
                    "The Chinese student who was arrested: Wang Fang, mobile 18600001111",
                    ((CN_PHONE, "18600001111"),),
                ),
                Plant(
                    0,
                    source,
                    f"Her ID number {cn_id}, passport E11223344",
                    ((CN_ID, cn_id), (CN_PASSPORT, "E11223344")),
                ),
                Plant(
                    0,
                    source,
                    "Reach her family on WeChat wangfang_family or QQ 55667788",
                    ((WECHAT_ID, "wangfang_family"), (QQ, "55667788")),
                ),
            ],
            day_list,
        ),
    ]
    chats: list[list[Msg]] = []
    for person, lines, sessions, plants, chat_days in plans:
        placed = [
            Plant(day, p.author, p.text, p.tags)
            for day, p in zip(spread(rng, len(plants), len(chat_days)), plants, strict=True)
        ]
        chats.append(
            simulate(
                rng,
                ZONE,
                SCHEDULE,
                chat_days,
                [Voice(me, lines), Voice(person, lines)],
                sessions,
                placed,
            )
        )
    group_voices = [Voice(me, GROUP_LINES), Voice(source, SOURCE_LINES[:5] + GROUP_LINES[:2])]
    group_voices += [Voice(m, GROUP_LINES) for m in members]
    group = simulate(rng, ZONE, SCHEDULE, day_list, group_voices, (0, 2), [], burst=(1, 4))
    created = at(START, 20, 0, ZONE)
    group.insert(
        0,
        Msg(
            when=created,
            author=me,
            text="|".join(p.name for p in [source, *members]),
            kind="system",
        ),
    )
    people = [me, partner, editor, source, *members]
    ids = {p.name: 200_000_000 + 104_729 * i for i, p in enumerate(people)}
    telegram_file = "Telegram Desktop/DataExport_2024-06-03/result.json"
    bundle.add(
        telegram_file,
        telegram.export(
            telegram_file,
            me,
            ids[me.name],
            "Freelance reporter. Courts, councils, protest. DMs open, Signal preferred.",
            [
                (p, ids[p.name], created - timedelta(days=100 + i))
                for i, p in enumerate([partner, editor, source])
            ],
            [
                telegram.Chat(partner.name, "personal_chat", ids[partner.name], chats[0]),
                telegram.Chat(editor.name, "personal_chat", ids[editor.name], chats[1]),
                telegram.Chat(source.name, "personal_chat", ids[source.name], chats[2]),
                telegram.Chat(
                    "Yorkshire Press Freedom", "private_supergroup", 1_555_000_111, group
                ),
            ],
            ids,
            truth,
        ),
    )

    # Mastodon: own posts, boosts of the source, one direct message.
    source_actor = f"https://{HOST}/users/{source.handle}"
    toots = []
    for day in day_list:
        if rng.random() < 0.7:
            start, length = SCHEDULE.active_window(day, ZONE, rng)
            text = rng.choice(TOOTS)
            tags = [w[1:].rstrip(".,") for w in text.split() if w.startswith("#")]
            toots.append(
                mastodon.Toot(
                    start + timedelta(minutes=rng.randint(0, length - 5)), text, hashtags=tags
                )
            )
        if rng.random() < 0.2:
            toots.append(
                mastodon.Toot(
                    jitter(at(day, 21, 0, ZONE), rng, 60),
                    "",
                    boost_of=f"{source_actor}/statuses/{rng.randint(10**17, 10**18)}",
                )
            )
    handle = f"@{source.handle}@{HOST}"
    toots.append(
        mastodon.Toot(
            at(day_list[30], 22, 10, ZONE),
            f"{handle} can we talk? My email is {me.email}",
            mentions=[(handle, source_actor)],
            direct_to=source_actor,
            tags=((EMAIL, me.email),),
        )
    )
    toots.append(
        mastodon.Toot(
            at(day_list[31], 9, 0, ZONE),
            f"Important thread from {handle} on the arrests. Read it all.",
            mentions=[(handle, source_actor)],
        )
    )
    outbox_file = "mastodon-archive/outbox.json"
    bundle.add(outbox_file, mastodon.outbox(outbox_file, HOST, me.handle, toots, rng, truth))
    truth.plant(outbox_file, USERNAME, handle)

    # Facebook.
    for path, text in _facebook(me, partner, source, day_list, rng, truth).items():
        bundle.add(path, text)

    # PayPal: monthly retainer and commissions.
    txns = []
    for day in day_list:
        if day.day == 28:
            txns.append(
                Txn(
                    at(day, 10, 0, ZONE),
                    EMPLOYER,
                    RETAINER,
                    "Payment Received",
                    description="Monthly retainer",
                    email="accounts@northernledger.example.com",
                )
            )
        for _ in range(rng.choice([0, 1, 1, 2])):
            name, title, amount = rng.choice(
                [
                    ("Waterstones", "Books", Decimal("-14.99")),
                    ("Zoom", "Zoom Pro", Decimal("-13.99")),
                    ("Amazon UK", "Dictaphone", Decimal("-29.99")),
                    ("Trainline", "Leeds - London Kings Cross", Decimal("-61.40")),
                    ("Boots UK", "Migraine relief", Decimal("-6.49")),
                ]
            )
            txns.append(
                Txn(
                    jitter(at(day, 14, 0, ZONE), rng, 200),
                    name,
                    amount,
                    description=title,
                    email=f"payments@{name.split()[0].lower()}.example.com",
                )
            )
        if day.day == 5:
            txns.append(
                Txn(
                    at(day, 11, 0, ZONE),
                    "Committee to Protect Journalists",
                    Decimal("-10.00"),
                    "Donation Payment",
                    description="Monthly donation",
                    email="donate@cpj.example.org",
                )
            )
    bundle.add(
        "paypal/Download.CSV",
        paypal.activity("paypal/Download.CSV", me, txns, Decimal("410.00"), "GBP", rng, truth),
    )

    stays = timeline.stays_from_trips(
        HOME,
        _trips(day_list, rng),
        datetime.combine(START, time(0, 0), tzinfo=ZONE),
        datetime.combine(day_list[-1], time(23, 59), tzinfo=ZONE),
        "bus",
        rng,
    )
    text, _ = timeline.timeline(stays, [(HOME, "HOME"), (NEWSROOM, "WORK")], rng)
    bundle.add("Timeline.json", text)

    truth.facts = {
        "timezones": {  # offsets (Telegram), UTC (Mastodon), coordinates (Timeline, Facebook)
            "sources": {
                "Timeline.json": f"{ZONE.key} (coordinates)",
                "Telegram Desktop/*": f"{ZONE.key} (offsets)",
                "facebook": ZONE.key,
                "mastodon-archive": ZONE.key,
                "paypal/*": ZONE.key,
            }
        },
        "home": {"lat": HOME.lat, "lon": HOME.lon, "radius_m": 300, "address": address},
        "work": {"lat": NEWSROOM.lat, "lon": NEWSROOM.lon, "radius_m": 300, "employer": EMPLOYER},
        "sleep_window": {"start": "00:00", "end": "07:30", "tolerance_min": 60},
        "top_contacts": top_contacts(count_by_contact(chats, me)),
        "relationships": [
            {"name": partner.name, "relationship": "partner"},
            {"name": editor.name, "relationship": "colleague"},
            {"name": source.name, "relationship": "source"},
        ],
        "religion": {"value": False},
        "health": {"value": "migraine"},
        "politics": {"value": "critical of the government's protest law; press freedom"},
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": False},
        "salary": {
            "amount": f"{RETAINER:.2f}",
            "currency": "GBP",
            "payer": EMPLOYER,
            "period": "monthly",
        },
        "risky_contact": {
            "name": source.name,
            "why": "activist source who posts criticism of the government",
        },
    }
    bundle.add(
        "README.txt",
        f"{FICTIONAL_NOTE}\n"
        f"Persona: {me.name}, a freelance journalist in Leeds (everything here is invented).\n"
        "Exports: Telegram, Mastodon, Facebook, PayPal, Google Timeline.\n"
        "Phone numbers are from the UK drama range (07700 900xxx) or 555-01xx, e-mail domains are\n"
        "example.*, IP and MAC addresses are documentation ranges, cards and IBANs are\n"
        "test values.\n",
    )
    return bundle


def _facebook(
    me: Person,
    partner: Person,
    source: Person,
    day_list: list[date],
    rng: random.Random,
    truth: GroundTruth,
) -> dict[str, str]:
    root = "facebook"
    posts: list[dict[str, Any]] = []
    for day in day_list[::3]:
        when = int(jitter(at(day, 19, 0, ZONE), rng, 120).timestamp())
        posts.append(
            {
                "timestamp": when,
                "data": [{"post": rng.choice(FB_POSTS)}, {"update_timestamp": when}],
                "title": f"{me.name} updated her status.",
            }
        )
    checkin = int(at(day_list[44], 13, 0, ZONE).timestamp())
    posts.append(
        {
            "timestamp": checkin,
            "attachments": [
                {
                    "data": [
                        {
                            "place": {
                                "name": "Leeds Combined Court Centre",
                                "coordinate": {"latitude": COURT.lat, "longitude": COURT.lon},
                                "address": "1 Oxford Row, Leeds LS1 3BG",
                            }
                        }
                    ]
                }
            ],
            "data": [{"post": "Covering the protest trial all week."}],
            "title": f"{me.name} was at Leeds Combined Court Centre.",
        }
    )
    posts.sort(key=lambda p: -p["timestamp"])
    comments: list[dict[str, Any]] = []
    for day in day_list[::4]:
        when = int(jitter(at(day, 20, 30, ZONE), rng, 90).timestamp())
        on_source = rng.random() < 0.4
        target = source.name if on_source else partner.name
        text = (
            "You're right, this government has to answer for it"
            if on_source
            else rng.choice(FB_COMMENTS)
        )
        comments.append(
            {
                "timestamp": when,
                "data": [{"comment": {"timestamp": when, "comment": text, "author": me.name}}],
                "title": f"{me.name} commented on {target}'s post.",
            }
        )
        truth.plant(f"{root}/comments_and_reactions/comments.json", PERSON, target)
    comments.sort(key=lambda c: -c["timestamp"])
    truth.plant(f"{root}/comments_and_reactions/comments.json", PERSON, me.name)
    truth.plant(f"{root}/posts/your_posts_1.json", PERSON, me.name)
    first, _, last = me.name.partition(" ")
    profile_file = f"{root}/profile_information/profile_information.json"
    profile = {
        "profile_v2": {
            "name": {
                "full_name": me.name,
                "first_name": first,
                "middle_name": "",
                "last_name": last,
            },
            "emails": {
                "emails": [me.email],
                "previous_emails": [f"{first.lower()}{last.lower()}@example.net"],
                "pending_emails": [],
                "ad_account_emails": [],
            },
            "birthday": {"year": 1987, "month": 11, "day": 30},
            "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
            "current_city": {"name": "Leeds, United Kingdom", "timestamp": 1_500_000_000},
            "hometown": {"name": "Hebden Bridge", "timestamp": 1_400_000_000},
            "relationship": {
                "status": "In a relationship",
                "partner": partner.name,
                "timestamp": 1_600_000_000,
            },
            "family_members": [],
            "work_experiences": [
                {
                    "employer": EMPLOYER,
                    "title": "Freelance reporter",
                    "start_timestamp": 1_420_000_000,
                }
            ],
            "websites": [{"address": "https://www.example.com/portfolio"}],
            "phone_numbers": [{"phone_type": "Mobile", "phone_number": me.phone, "verified": True}],
            "username": me.handle,
            "registration_timestamp": 1_230_000_000,
            "profile_uri": f"https://www.facebook.com/{me.handle}",
        }
    }
    for entity, value in [
        (PERSON, me.name),
        (PERSON, partner.name),
        (EMAIL, me.email),
        (EMAIL, f"{first.lower()}{last.lower()}@example.net"),
        (PHONE, me.phone),
        (USERNAME, me.handle),
        (URL, "https://www.example.com/portfolio"),
    ]:
        truth.plant(profile_file, entity, value)
    interests = {
        "topics_v2": [
            "Politics",
            "Human rights",
            "Journalism",
            "Protest",
            "Migraine",
            "Labour Party",
            "Civil liberties",
            "Cycling",
            "Headingley",
        ]
    }
    advertisers = {
        "custom_audiences_all_types_v2": [
            {
                "advertiser_name": name,
                "has_data_file_custom_audience": True,
                "has_remarketing_custom_audience": False,
                "has_in_person_store_visit": False,
            }
            for name in [
                "The Northern Ledger",
                "Amnesty International UK",
                "Migraine Trust",
                "Headingley Cycles",
            ]
        ]
    }
    return {
        f"{root}/posts/your_posts_1.json": meta.dumps(posts),
        f"{root}/comments_and_reactions/comments.json": meta.dumps({"comments_v2": comments}),
        profile_file: meta.dumps(profile),
        f"{root}/ads_information/ads_interests.json": meta.dumps(interests),
        f"{root}/ads_information/{ADVERTISERS_FILE}": meta.dumps(advertisers),
    }


def _trips(day_list: list[date], rng: random.Random) -> list[list[Stop]]:
    trips: list[list[Stop]] = []
    for day in day_list:
        if day.weekday() < 5:
            arrive = jitter(at(day, 9, 40, ZONE), rng, 20)
            trip = [Stop(NEWSROOM, arrive, jitter(at(day, 17, 45, ZONE), rng, 30), "INFERRED_WORK")]
            if day.weekday() == 2 and rng.random() < 0.6:
                trip.insert(
                    0, Stop(COURT, arrive - timedelta(minutes=80), arrive - timedelta(minutes=10))
                )
            if day.day in (6, 20):
                trip.append(
                    Stop(
                        PHARMACY,
                        trip[-1].leave + timedelta(minutes=25),
                        trip[-1].leave + timedelta(minutes=40),
                    )
                )
            trips.append(trip)
        elif rng.random() < 0.6:
            arrive = jitter(at(day, 11, 0, ZONE), rng, 40)
            trips.append([Stop(CAFE, arrive, arrive + timedelta(minutes=rng.randint(40, 100)))])
    return trips
