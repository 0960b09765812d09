"""Persona 1: Gary 'Gaz' Holroyd, 61, early-shift postman in Horsforth, Leeds (no location export)."""

from __future__ import annotations

import datetime as dt
import random

from common import Composer, angry_lines, days, fb_dump, local, nhs_number
from engine import MEDIA, Msg, Persona, assert_awake, build_chat

TZ = "Europe/London"
ME = "Gaz"
SLEEP = ("21:00", "04:45")
AWAKE = (5, 21)
HOME = "Rose Cottage, 3 Mill Lane\nHorsforth"

GENERIC = [
    "Alright?",
    "yeah fine ta",
    "Not bad, knackered",
    "On my way back now",
    "ta",
    "Cheers",
    "Ok",
    "will do",
    "Can't today, maybe tmrw",
    "What time?",
    "Ha ha yeah",
    "Bloody hell",
    "Tell me about it",
    "Sound",
    "Just finished my round",
    "Absolutely chucking it down here",
    "Freezing this morning",
    "Had to go back for my coat",
    "Van's playing up again",
    "Dog had me up at half 3",
    "Leeds were rubbish again",
    "Did you see the match",
    "Righto",
    "no worries",
    "Be there in 10",
    "Going for a kip",
    "Tea's nearly ready",
    "Back in 5",
    "I'll ring you later",
    "yeah go on then",
    "I forgot to say",
    "Nowt much happening",
    "Is it tomorrow or sat?",
    "Parcels were mental today, half of Christmas already",
    "My feet are killing me",
    "That's champion",
]
SLOTS = {
    "when": [
        "tonight",
        "tmrw",
        "sat",
        "sunday",
        "after my shift",
        "later on",
        "in the morning",
        "friday",
    ],
    "place": [
        "the Fleece",
        "the allotment",
        "Morrisons",
        "the club",
        "the garage",
        "Kirkstall Aldi",
        "town",
    ],
    "thing": [
        "the bins",
        "the boiler",
        "the car",
        "the gutter",
        "the shed roof",
        "the telly",
        "the gas bill",
        "the dog",
    ],
}
TEMPLATES = [
    "You about {when}?",
    "Going to {place} {when} if you fancy it",
    "Can you sort {thing} {when}",
    "Don't forget {thing}",
    "Who's doing {thing}?",
    "Meet you at {place}",
    "Are we still on for {when}",
    "Just at {place} now",
    "{thing} is knackered again",
    "I'll have a look at {thing} {when}",
]


def composers(rng: random.Random) -> dict[str, Composer]:
    julie = [
        *GENERIC,
        "Can you pick up milk on way home",
        "Your tea's in the oven",
        "Mum rang, she's fine",
        "Did you take your tablets?",
        "Love you x",
        "Are you back for dinner",
        "I'm at work till 6",
        "Put the washing in if you're in first",
        "Can you ring the garage",
        "We need to talk about the money x",
        "How much is left in the joint account?",
        "I've paid the council tax",
        "Don't be late tonight",
        "Grandkids Sunday don't forget",
        "xx",
    ]
    jonno = [
        *GENERIC,
        "Pint?",
        "Fleece at 6?",
        "Go on then, one",
        "You got a tip for Saturday",
        "Horse came in!! 😂",
        "Lost the lot again",
        "Leeds to win 2-1",
        "Whose round is it",
        "Quiz on weds, you in?",
        "Ha you muppet",
        "Get yourself down here",
        "Acca's gone again, one leg off",
        "Dartboard's free",
    ]
    liam = [
        *GENERIC,
        "Alright dad",
        "Can I borrow the car sat?",
        "Haha cheers",
        "Work's fine, busy",
        "Becs says hi",
        "Can you look at my tyres",
        "I'll pop round sunday",
        "Need a hand moving stuff sat",
        "She loved the drawing set",
        "She's poorly again",
        "Did mum get my message",
        "Yeah on nights this week",
    ]
    pete = [
        *GENERIC,
        "Alright our kid",
        "Knee's still sore",
        "Physio says another 6 weeks",
        "Mum's grave needs tidying",
        "You coming to the club Friday",
        "I'll pick you up",
        "Can you lend us the ladder",
        "Ha same as ever",
        "Watching the rugby league?",
        "Rhinos looked good",
        "Our lass sends love",
    ]
    group = [
        *GENERIC,
        "Anyone got spare canes",
        "Onions are in",
        "Leeks looking grand",
        "Who left the gate open",
        "Shed's been broken into again",
        "Water butt's full",
        "Committee meeting Thursday",
        "Manure delivery Saturday 8am",
        "Spuds are ready",
        "Slugs have had my lettuce",
        "Anyone want marrows, got loads",
        "Bonfire on plot 12 sunday",
    ]

    def mk(pool: list[str]) -> Composer:
        return Composer(rng, pool, SLOTS, TEMPLATES)

    return {
        "julie": mk(julie),
        "jonno": mk(jonno),
        "liam": mk(liam),
        "pete": mk(pete),
        "group": mk(group),
    }


def wa_line(t: dt.datetime, author: str | None, text: str) -> str:
    head = t.strftime("%d/%m/%Y, %H:%M")
    if author is None:
        return f"{head} - {text}"
    return f"{head} - {author}: {text}"


def wa_file(rng: random.Random, msgs: list[Msg], group_sys: list[str] | None = None) -> bytes:
    lines = []
    first = msgs[0].t
    lines.append(
        wa_line(
            first,
            None,
            "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
        )
    )
    for s in group_sys or []:
        lines.append(wa_line(first, None, s))
    for m in msgs:
        text = m.text
        if text == MEDIA:
            text = rng.choice(
                [
                    "<Media omitted>",
                    "<Media omitted>",
                    "<Media omitted>",
                    "This message was deleted",
                ]
            )
            if text.startswith("This") and m.sender == ME:
                text = "You deleted this message"
        lines.append(wa_line(m.t, m.sender, text))
    return ("\n".join(lines) + "\n").encode("utf-8")


def build() -> tuple[Persona, dict[str, object]]:
    rng = random.Random(9101)
    p = Persona("uk_leeds_postman", TZ)
    c = composers(rng)
    nhs = nhs_number(rng)
    d = dt.date

    def at(day: dt.date, h: int, m: int) -> dt.datetime:
        return local(TZ, day, h, m)

    # ---------------- WhatsApp 1:1 chats
    f_julie = "WhatsApp/WhatsApp Chat with Julie.txt"
    julie_plants = [
        (
            at(d(2024, 9, 4), 17, 5),
            [
                ("Julie", "How did it go at the surgery?"),
                (ME, "nurse says my sugars are still high, hba1c up to 58"),
                ("Julie", "Oh Gary. Are you taking the metformin properly?"),
                (ME, "most days. it upsets my stomach"),
            ],
        ),
        (
            at(d(2024, 9, 6), 8, 40),
            [
                (
                    ME,
                    "parcel for you at work if you're passing, back gate of the delivery office, 150 Kirkstall Road LS4 2AU",
                ),
                ("Julie", "Ok x"),
            ],
        ),
        (
            at(d(2024, 9, 11), 18, 20),
            [(ME, "jonno's new number is 07700 900418 put it in your phone"), ("Julie", "Done x")],
        ),
        (
            at(d(2024, 9, 19), 16, 40),
            [
                (
                    "Julie",
                    "Becs is coming Sunday with the little one, can you get a joint from the butchers",
                ),
                (ME, "yep"),
            ],
        ),
        (
            at(d(2024, 9, 26), 12, 10),
            [
                ("Julie", "Gary there's £40 gone to SKYBET again. We said no more"),
                (ME, "it was a free bet thing, honest"),
                ("Julie", "It's not free if it's coming out the account is it"),
            ],
        ),
        (
            at(d(2024, 10, 3), 15, 30),
            [
                (
                    "Julie",
                    "Diabetic eye screening letter came. They want your NHS number on the form",
                ),
                (ME, f"nhs no: {nhs}"),
                ("Julie", "Ta"),
            ],
        ),
        (
            at(d(2024, 10, 15), 19, 2),
            [
                ("Julie", "We're £212 overdrawn. Rent goes out Friday."),
                (ME, "I know love. I'll sort it"),
                ("Julie", "How?? That's what you always say"),
            ],
        ),
        (
            at(d(2024, 10, 22), 14, 15),
            [
                (ME, "insurance want my licence no. can you read it off the card on the side"),
                ("Julie", "HOLRO605113G99LK"),
                (ME, "ta love"),
            ],
        ),
        (
            at(d(2024, 11, 5), 13, 45),
            [
                (ME, "new feet check at the diabetes clinic thurs 2pm"),
                ("Julie", "I'll come with you x"),
            ],
        ),
        (
            at(d(2024, 11, 14), 16, 50),
            [
                (
                    "Julie",
                    "Had another letter from that loan lot. Lendwell. Why are they writing to you?",
                ),
                (ME, "ill explain tonight"),
                ("Julie", "Please Gary"),
            ],
        ),
        (
            at(d(2024, 11, 21), 17, 30),
            [
                (ME, "blood sugar 9.8 this morning, better than last week"),
                ("Julie", "Good. Keep off the biscuits then 😂"),
            ],
        ),
    ]
    m_julie = build_chat(
        rng, TZ, [ME, "Julie"], ME, {ME: c["julie"], "Julie": c["julie"]}, 165, AWAKE, julie_plants
    )
    p.add(f_julie, wa_file(rng, m_julie))
    p.plant(f_julie, "PERSON", "Julie")
    p.plant(f_julie, "PHONE_NUMBER", "07700 900418")
    p.plant(f_julie, "ADDRESS", "150 Kirkstall Road LS4 2AU")
    p.plant(f_julie, "PERSON", "Becs")
    p.plant(f_julie, "UK_NHS", nhs)
    p.plant(f_julie, "UK_DRIVING_LICENCE", "HOLRO605113G99LK")

    f_jonno = "WhatsApp/WhatsApp Chat with Jonno.txt"
    jonno_plants = [
        (
            at(d(2024, 9, 7), 11, 0),
            [
                (
                    "Jonno",
                    "Moved in at last. flat 4, 22 otley rd, headingley LS6 3PX if you're sending owt",
                ),
                (ME, "posh"),
            ],
        ),
        (
            at(d(2024, 9, 14), 12, 30),
            [
                ("Jonno", "Will said he'd drive us to Wetherby races"),
                (ME, "champion, I've got a fiver each way on the 2:40 already"),
            ],
        ),
        (
            at(d(2024, 10, 1), 10, 15),
            [
                (ME, "what's your email for the quiz league thing"),
                ("Jonno", "jonno.pick@example.net"),
            ],
        ),
        (
            at(d(2024, 10, 12), 16, 5),
            [
                (ME, "done 80 quid on the accumulator. need this one mate"),
                ("Jonno", "Steady on Gaz"),
            ],
        ),
        (
            at(d(2024, 11, 2), 17, 40),
            [
                (ME, "can you lend us 100 till the 28th, julie doesnt know"),
                ("Jonno", "Go on then. Last time mind"),
            ],
        ),
        (
            at(d(2024, 11, 16), 13, 0),
            [
                (ME, "bet365 have closed my promo, must be doing summat right 😂"),
                ("Jonno", "or summat wrong"),
            ],
        ),
    ]
    m_jonno = build_chat(
        rng, TZ, [ME, "Jonno"], ME, {ME: c["jonno"], "Jonno": c["jonno"]}, 130, AWAKE, jonno_plants
    )
    p.add(f_jonno, wa_file(rng, m_jonno))
    p.plant(f_jonno, "PERSON", "Jonno")
    p.plant(f_jonno, "ADDRESS", "flat 4, 22 otley rd, headingley LS6 3PX")
    p.plant(f_jonno, "PERSON", "Will")
    p.plant(f_jonno, "EMAIL_ADDRESS", "jonno.pick@example.net")
    p.plant(f_jonno, "PERSON", "julie")

    f_liam = "WhatsApp/WhatsApp Chat with Liam.txt"
    liam_plants = [
        (
            at(d(2024, 11, 1), 17, 10),
            [
                ("Liam", "up till 2 on call of duty again last night, knackered at work lol"),
                (ME, "you and that xbox"),
            ],
        ),
        (
            at(d(2024, 9, 9), 18, 0),
            [
                ("Liam", "Dad have you still got my NI letter? need it for the new job"),
                (ME, "in the drawer. JT482719C"),
                ("Liam", "legend"),
            ],
        ),
        (
            at(d(2024, 10, 8), 17, 20),
            [
                (
                    "Liam",
                    "Can you send that 50 for the little one's birthday to my bank? its 20-45-77 43917265",
                ),
                (ME, "done"),
            ],
        ),
        (
            at(d(2024, 10, 20), 12, 0),
            [("Liam", "Becs says thanks for having Grace"), (ME, "any time")],
        ),
    ]
    m_liam = build_chat(
        rng, TZ, [ME, "Liam"], ME, {ME: c["liam"], "Liam": c["liam"]}, 95, AWAKE, liam_plants
    )
    p.add(f_liam, wa_file(rng, m_liam))
    p.plant(f_liam, "PERSON", "Liam")
    p.plant(f_liam, "UK_NINO", "JT482719C")
    p.plant(f_liam, "BANK_ACCOUNT", "20-45-77 43917265")
    p.plant(f_liam, "PERSON", "Becs")

    f_pete = "WhatsApp/WhatsApp Chat with Pete Holroyd.txt"
    pete_plants = [
        (
            at(d(2024, 10, 1), 17, 0),
            [
                ("Pete Holroyd", "the wife's gone back to chapel, says the new minister is lovely"),
                (ME, "not for me that our kid"),
            ],
        ),
        (
            at(d(2024, 9, 17), 15, 0),
            [
                (
                    "Pete Holroyd",
                    "Getting a new car, YD19 KXP, silver astra. Can you check it on the DVLA thing",
                ),
                (ME, "looks alright, MOT till may"),
            ],
        ),
        (
            at(d(2024, 10, 10), 16, 30),
            [
                (
                    "Pete Holroyd",
                    "New number for the landline's gone, use my work mobile +44 (0)7700 900123",
                ),
                (ME, "ok"),
            ],
        ),
        (
            at(d(2024, 10, 25), 11, 45),
            [
                ("Pete Holroyd", "lad at the club says you owe him 20 from the darts"),
                (ME, "tell him he'll get it"),
            ],
        ),
        (
            at(d(2024, 11, 11), 14, 0),
            [
                ("Pete Holroyd", "Knee op went ok. The wife says thanks for the card"),
                (ME, "good lad"),
            ],
        ),
    ]
    m_pete = build_chat(
        rng,
        TZ,
        [ME, "Pete Holroyd"],
        ME,
        {ME: c["pete"], "Pete Holroyd": c["pete"]},
        70,
        AWAKE,
        pete_plants,
    )
    p.add(f_pete, wa_file(rng, m_pete))
    p.plant(f_pete, "PERSON", "Pete Holroyd")
    p.plant(f_pete, "LICENSE_PLATE", "YD19 KXP")
    p.plant(f_pete, "PHONE_NUMBER", "+44 (0)7700 900123")

    # ---------------- group with the risky member
    f_grp = "WhatsApp/WhatsApp Chat with Allotment Lads.txt"
    trev = "Trevor Mapplebeck"
    unsaved = "+44 7700 900561"
    rants = angry_lines(
        rng,
        [
            "This government",
            "Starmer",
            "Westminster",
            "The council",
            "The BBC",
            "These MPs",
            "The Home Office",
            "Them in London",
            "The bankers",
            "The energy companies",
            "Labour",
            "The Tories",
            "Brussels",
            "The water companies",
            "The civil service",
        ],
        [
            "are robbing us blind",
            "want locking up, every last one",
            "couldn't run a bath",
            "have sold this country down the river",
            "are lying through their teeth again",
            "don't give a toss about working people",
            "should be ashamed of themselves",
            "are taking us for mugs",
            "need a proper kick up the backside",
            "are a total disgrace",
        ],
        [
            "!!",
            "! Absolute joke",
            ". Wake up people",
            "!!! I'm fuming",
            ". Mark my words",
            " 😡",
            ". Disgusting",
            "!",
        ],
        66,
    )
    grp_plants = []
    ds = days()
    for i, r in enumerate(rants):
        day = ds[(i * 7 + 3) % len(ds)]
        grp_plants.append((at(day, 6 + (i * 5) % 14, (i * 13) % 60), [(trev, r)]))
    grp_plants += [
        (
            at(d(2024, 9, 20), 19, 10),
            [
                (ME, "not getting into politics on here trev, it's for spuds"),
                ("Dave Sutcliffe", "👍"),
            ],
        ),
        (
            at(d(2024, 10, 5), 9, 30),
            [
                ("Dave Sutcliffe", "ask Patel for the rotavator, he's got it this week"),
                (ME, "will do"),
            ],
        ),
        (
            at(d(2024, 10, 19), 10, 0),
            [(unsaved, "This is plot 9, new number"), ("Dave Sutcliffe", "Welcome aboard 👍")],
        ),
    ]
    gc = {m: c["group"] for m in [ME, "Dave Sutcliffe", unsaved]}
    m_grp = build_chat(
        rng,
        TZ,
        [ME, trev, "Dave Sutcliffe", unsaved],
        ME,
        {**gc, "*": c["group"]},
        160,
        AWAKE,
        grp_plants,
        weights={trev: 0.2, "Dave Sutcliffe": 1.0, unsaved: 0.6},
    )
    p.add(
        f_grp,
        wa_file(rng, m_grp, [f'{trev} created group "Allotment Lads 🥕"', f"{trev} added you"]),
    )
    p.plant(f_grp, "PERSON", trev)
    p.plant(f_grp, "PERSON", "Dave Sutcliffe")
    p.plant(f_grp, "PHONE_NUMBER", unsaved)
    p.plant(f_grp, "PERSON", "Patel")

    all_msgs = m_julie + m_jonno + m_liam + m_pete + m_grp
    assert_awake(all_msgs, SLEEP)
    p.msg_count = len(all_msgs)

    # ---------------- bank CSV (cp1252, Nationwide-like preamble)
    f_bank = "bank/Statement Download 2024-Nov-30.csv"
    rows = []
    bal = 312.40
    tx: list[tuple[dt.date, str, str, float]] = []
    for day in ds:
        if day.day == 28:
            tx.append((day, "Bank credit", "ROYAL MAIL GROUP LTD", 2143.87))
        if day.day == 1:
            tx.append((day, "Direct debit", "LEEDS CITY COUNCIL CTAX", -148.00))
            tx.append((day, "Standing order", "STO JULIE HOLROYD HOUSEKEEPING", -350.00))
        if day.day == 2:
            tx.append((day, "Direct debit", "YORKSHIRE WATER REF 3 MILL LANE LS18 5HX", -38.20))
        if day.day == 4:
            tx.append((day, "Standing order", "ACORN HOMES RENT ROSE COTTAGE", -695.00))
        if day.weekday() in (3, 4, 5):
            tx.append(
                (
                    day,
                    "Visa purchase",
                    rng.choice(["SKYBET", "BET365", "SKYBET", "WILLIAM HILL ONLINE"]),
                    -round(rng.choice([10, 20, 25, 40, 50, 60]) * 1.0, 2),
                )
            )
        if day.weekday() == 5 and rng.random() < 0.5:
            tx.append((day, "Bank credit", "SKYBET WINNINGS", round(rng.uniform(8, 60), 2)))
        if rng.random() < 0.55:
            tx.append(
                (
                    day,
                    "Visa purchase",
                    rng.choice(
                        [
                            "MORRISONS HORSFORTH",
                            "GREGGS KIRKSTALL",
                            "ALDI 42 LEEDS",
                            "BOOTS PHARMACY HORSFORTH",
                            "SHELL HORSFORTH",
                            "THE FLEECE HORSFORTH",
                        ]
                    ),
                    -round(rng.uniform(2.5, 46), 2),
                )
            )
        if day.day == 15:
            tx.append((day, "Bank credit", "LENDWELL LOANS LTD", 300.00))
        if day.day == 20:
            tx.append((day, "Direct debit", "LENDWELL LOANS LTD", -127.50))
    tx.append(
        (
            dt.date(2024, 10, 8),
            "Transfer",
            "FASTER PAYMENT L HOLROYD 204577 43917265 REF BDAY",
            -50.00,
        )
    )
    tx.append((dt.date(2024, 10, 16), "Charge", "UNPAID ITEM FEE", -6.00))
    tx.append((dt.date(2024, 10, 31), "Charge", "OVERDRAFT INTEREST", -14.62))
    tx.append((dt.date(2024, 11, 30), "Charge", "OVERDRAFT INTEREST", -11.03))
    tx.sort(key=lambda r: r[0])
    for day, typ, desc, amt in tx:
        bal = round(bal + amt, 2)
        rows.append(
            f'"{day.strftime("%d %b %Y")}","{typ}","{desc}","{f"£{-amt:.2f}" if amt < 0 else ""}","{f"£{amt:.2f}" if amt > 0 else ""}","{"-" if bal < 0 else ""}£{abs(bal):.2f}"'
        )
    head = [
        '"Account Name:","FlexDirect ****6213"',
        f'"Account Balance:","{"-" if bal < 0 else ""}£{abs(bal):.2f}"',
        f'"Available Balance: ","£{max(0.0, bal + 500):.2f}"',
        "",
        '"Date","Transaction type","Description","Paid out","Paid in","Balance"',
    ]
    p.add(f_bank, ("\r\n".join(head + rows) + "\r\n").encode("cp1252"))
    p.plant(f_bank, "PERSON", "JULIE HOLROYD")
    p.plant(f_bank, "ADDRESS", "3 MILL LANE LS18 5HX")
    p.plant(f_bank, "PERSON", "L HOLROYD")
    p.plant(f_bank, "BANK_ACCOUNT", "204577 43917265")

    # ---------------- Facebook (2024 layout)
    def ts(day: dt.date, h: int) -> int:
        return int(local(TZ, day, h, 12).timestamp())

    f_prof = "facebook/personal_information/profile_information/profile_information.json"
    prof = {
        "profile_v2": {
            "name": {
                "full_name": "Gary Holroyd",
                "first_name": "Gary",
                "middle_name": "",
                "last_name": "Holroyd",
            },
            "emails": {
                "emails": ["gaz.holroyd63@example.com"],
                "previous_emails": [],
                "pending_emails": [],
                "ad_account_emails": [],
            },
            "birthday": {"year": 1963, "month": 5, "day": 11},
            "gender": {"gender_option": "MALE", "pronoun": "HE"},
            "current_city": {"name": "Leeds, United Kingdom", "timestamp": 1318000000},
            "hometown": {"name": "Bradford, United Kingdom", "timestamp": 1318000000},
            "relationship": {
                "status": "Married",
                "partner": "Julie Holroyd",
                "anniversary": {"year": 1989, "month": 7, "day": 15},
                "timestamp": 1318000000,
            },
            "family_members": [
                {"name": "Pete Holroyd", "relation": "Brother", "timestamp": 1400000000}
            ],
            "education_experiences": [
                {
                    "name": "Intake High School",
                    "graduated": True,
                    "school_type": "High School",
                    "timestamps": [1318000000],
                }
            ],
            "work_experiences": [
                {
                    "employer": "Royal Mail",
                    "title": "Postman",
                    "location": "Leeds",
                    "start_timestamp": 599616000,
                }
            ],
            "phone_numbers": [
                {"phone_type": "Mobile", "phone_number": "07700-900-236", "verified": True}
            ],
            "address": {
                "street": HOME,
                "city": "Leeds",
                "zipcode": "LS18 5HX",
                "neighborhood": "Horsforth",
                "country": "GB",
                "country_code": "GB",
                "region": "West Yorkshire",
            },
            "registration_timestamp": 1201000000,
            "profile_uri": "https://www.facebook.com/gary.holroyd.963",
        }
    }
    p.add(f_prof, fb_dump(prof))
    p.plant(f_prof, "EMAIL_ADDRESS", "gaz.holroyd63@example.com")
    p.plant(f_prof, "PERSON", "Julie Holroyd")
    p.plant(f_prof, "PHONE_NUMBER", "07700-900-236")
    p.plant(f_prof, "ADDRESS", HOME)

    f_posts = (
        "facebook/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
    )
    post_texts = [
        (
            d(2024, 9, 8),
            12,
            "Happy 60th to my oldest mate Jonathan Pickersgill 🍺🍺 still can't hit a treble 20",
        ),
        (d(2024, 9, 15), 10, "First proper leeks off the allotment this year. Chuffed 🥕"),
        (d(2024, 9, 29), 15, "Our Grace with her first rosette at the pony club ❤️"),
        (d(2024, 10, 13), 11, "Anyone in Horsforth got a spare ladder I can borrow? Gutter's full"),
        (d(2024, 10, 27), 14, "Clocks gone back. Still up at 4 for the round 😴"),
        (
            d(2024, 11, 14),
            9,
            "World Diabetes Day. A year since I was told I've got type 2. Off the pop, walking more, sugars slowly coming down. Get checked lads.",
        ),
        (d(2024, 11, 24), 13, "Storm Bert took half the shed roof off 😩"),
    ]
    for i in range(12):
        day = ds[(i * 11 + 5) % len(ds)]
        post_texts.append(
            (
                day,
                8 + i % 9,
                rng.choice(
                    [
                        "Lovely morning on the round, frost on the fields",
                        "Rhinos!!!",
                        "Sunday dinner sorted 😋",
                        "Anyone know a good mechanic in Leeds",
                        "Back aching after digging all afternoon",
                        "Beautiful sunset over the Chevin",
                        "Proper Yorkshire weather today ☔",
                        "Parcel mountain at work already 📦",
                    ]
                )
                + ("" if i % 3 else " " + rng.choice(EMO)),
            )
        )
    posts = []
    for day, h, text in sorted(post_texts, key=lambda x: x[0], reverse=True):
        posts.append(
            {
                "timestamp": ts(day, h),
                "data": [{"post": text}],
                "title": "Gary Holroyd updated his status.",
            }
        )
    p.add(f_posts, fb_dump(posts))
    p.plant(f_posts, "PERSON", "Jonathan Pickersgill")
    p.plant(f_posts, "PERSON", "Grace")

    f_com = "facebook/your_facebook_activity/comments_and_reactions/comments.json"
    coms = [
        (
            d(2024, 9, 22),
            18,
            "Congratulations Rebecca Akroyd and our Liam!! About time 💍",
            "Gary Holroyd commented on Rebecca Akroyd's post.",
        ),
        (
            d(2024, 10, 6),
            17,
            "Ring the club on 0113 496 0821 they'll sort you a table",
            "Gary Holroyd commented on Horsforth Community Noticeboard's post.",
        ),
        (
            d(2024, 10, 18),
            12,
            "get well soon our kid, give your lass my love",
            "Gary Holroyd replied to a comment.",
        ),
        (d(2024, 11, 3), 14, "Best chippy in Leeds by a mile", "Gary Holroyd commented on a post."),
        (
            d(2024, 11, 19),
            16,
            "That's my old walk that! 27 years on that round",
            "Gary Holroyd commented on Royal Mail Memories's post.",
        ),
    ]
    comments = {
        "comments_v2": [
            {
                "timestamp": ts(day, h),
                "data": [
                    {
                        "comment": {
                            "timestamp": ts(day, h),
                            "comment": text,
                            "author": "Gary Holroyd",
                        }
                    }
                ],
                "title": title,
            }
            for day, h, text, title in sorted(coms, reverse=True)
        ]
    }
    p.add(f_com, fb_dump(comments))
    p.plant(f_com, "PERSON", "Rebecca Akroyd")
    p.plant(f_com, "PHONE_NUMBER", "0113 496 0821")

    facts: dict[str, object] = {
        "home": {
            "lat": 53.8437,
            "lon": -1.6381,
            "radius_m": 300,
            "address": "Rose Cottage, 3 Mill Lane, Horsforth, Leeds LS18 5HX",
            "city": "Leeds",
        },
        "work": {"lat": 53.8036, "lon": -1.5790, "radius_m": 300, "employer": "Royal Mail"},
        "sleep_window": {"start": SLEEP[0], "end": SLEEP[1], "tolerance_min": 60},
        "chats": {"Julie": m_julie, "Jonno": m_jonno, "Liam": m_liam, "Pete Holroyd": m_pete},
        "relationships": [
            {"name": "Julie", "relationship": "partner", "full_name": "Julie Holroyd"},
            {"name": "Liam", "relationship": "son", "full_name": "Liam Holroyd"},
            {"name": "Pete Holroyd", "relationship": "brother", "full_name": "Pete Holroyd"},
            {"name": "Jonno", "relationship": "close friend", "full_name": "Jonathan Pickersgill"},
        ],
        "religion": {"value": False},
        "health": {"value": "type 2 diabetes"},
        "politics": {"value": False},
        "financial_stress": {"value": True},
        "gambling": {"value": True},
        "gaming": {"value": False},
        "salary": {
            "amount": "2143.87",
            "currency": "GBP",
            "payer": "ROYAL MAIL GROUP LTD",
            "period": "monthly",
        },
        "risky_contact": {
            "name": trev,
            "why": "posts dozens of angry political rants in the Allotment Lads group",
        },
    }
    meta: dict[str, object] = {
        "description": "Gary 'Gaz' Holroyd, 61, early-shift postman living in Horsforth, Leeds, with his wife Julie; son Liam, granddaughter Grace. No location export: home address is in his Facebook profile and bank direct-debit references, work (Royal Mail delivery office) in his profile and salary credits.",
        "user": {
            "names": ["Gary Holroyd", "Gaz"],
            "phones": ["07700-900-236"],
            "emails": ["gaz.holroyd63@example.com"],
            "handles": ["gary.holroyd.963"],
        },
        "facts": facts,
    }
    return p, meta


EMO = ["😊", "👍", "🍺", "☔", "❤️"]
