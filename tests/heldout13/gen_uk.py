"""Persona uk_norwich: Megan Doyle, claims handler in Norwich (Telegram full export, Monzo CSV, Instagram DMs + profile, Google Semantic Location History)."""

from __future__ import annotations

import itertools
import json
import random
import re
from datetime import UTC, date, datetime, timedelta

from gen_common import (
    Msg,
    day_plan,
    days,
    gen_chat,
    iban,
    in_sleep,
    local_dt,
    luhn_complete,
    merge_home,
    mojibake,
)
from gen_en import make_line, rants

TZ = UTC  # GMT all through Dec-Feb
START, END = date(2024, 12, 2), date(2025, 2, 28)
SLEEP = (23 * 60 + 30, 6 * 60 + 45)
WAKE, BED = 6 * 60 + 55, 23 * 60 + 15
ME = "Megan Doyle"
HOME = (52.624553, 1.279021)
WORK = (52.623804, 1.295113)
OTHERS = {
    "Castle Quarter": (52.627631, 1.296512),
    "Sainsbury's Queens Road": (52.621690, 1.290020),
    "Waitrose Eaton": (52.606050, 1.255860),
    "The Mischief": (52.632115, 1.298872),
    "St John the Baptist Cathedral": (52.627780, 1.284740),
    "Norwich Station": (52.627210, 1.306900),
}
CHATS = {  # title: (peer id, pool, p_day, burst, weekdays only)
    "Cal ❤️": (6021447713, "partner", 0.9, (3, 9), False),
    "Mum": (5829130041, "kin", 0.8, (3, 7), False),
    "Priya Shah": (5377810264, "friend", 0.55, (2, 7), False),
    "Dan Whitlock": (6143092578, "work", 0.5, (2, 5), True),
}
GROUP = "Thursday Quiz Lot"
GROUP_ID = 1893425517
MEMBERS = {"Priya Shah": 5377810264, "Gary Bishop": 5230917746, "Jess Ainsworth": 6410038821}
MY_ID = 5512093381
MONTHS = [
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
NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"


def nhs(rng: random.Random) -> str:
    while True:
        d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(8)]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def build() -> tuple[dict[str, bytes], dict, list[tuple[str, str]]]:
    rng = random.Random(1302)
    dl = days(START, END)
    wk = [d for d in dl if d.weekday() < 5]
    nhs_mum = nhs(rng)
    card = luhn_complete("465858", 16, rng)
    card_s = " ".join(card[i : i + 4] for i in range(0, 16, 4))
    ib = iban("GB", "BARC20457731926819")
    ib_s = " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))

    def line_for(pool: str):
        return lambda r, who, chat: make_line("uk", r, pool)

    msgs: list[Msg] = []
    for title, (_, pool, p, burst, _wonly) in CHATS.items():
        if pool == "work":
            msgs += gen_chat(
                rng, title, [ME, title], wk, p, burst, TZ, 9 * 60, 17 * 60 + 30, line_for(pool)
            )
        else:
            msgs += gen_chat(rng, title, [ME, title], dl, p, burst, TZ, WAKE, BED, line_for(pool))
    msgs += gen_chat(rng, GROUP, [ME, *MEMBERS], dl, 0.4, (3, 8), TZ, WAKE, BED, line_for("group"))
    msgs += gen_chat(
        rng,
        "ig:Leah Morgan",
        [ME, "Leah Morgan"],
        dl,
        0.3,
        (2, 6),
        TZ,
        WAKE,
        BED,
        line_for("friend"),
    )
    for i, t in enumerate(rants(rng, "uk", 66)):
        d = dl[(i * len(dl)) // 66]
        msgs.append(
            Msg(GROUP, local_dt(d, rng.randrange(9 * 60, 22 * 60 + 30), TZ), "Gary Bishop", t)
        )

    P = [
        (
            "Dan Whitlock",
            12,
            3,
            "Dan Whitlock",
            "payroll are chasing me, what's your NI number? new system lost it",
        ),
        ("Dan Whitlock", 12, 3, ME, "SK 62 18 45 B"),
        (
            "Cal ❤️",
            12,
            5,
            ME,
            "insurance want my licence number, reading it off the card: DOYLE958141MA9KX",
        ),
        (
            "Mum",
            12,
            6,
            "Mum",
            "the hospital want my NHS number for the hip referral, can you find it love its in the blue folder",
        ),
        ("Mum", 12, 6, ME, f"found it, {nhs_mum}"),
        ("Mum", 12, 8, "Mum", "10.30 mass sunday? father michael was asking after you"),
        ("Priya Shah", 12, 9, "Priya Shah", "new number btw 07700900183 the old sim died"),
        ("Cal ❤️", 12, 11, ME, "put a tenner on the darts acca lol dont tell anyone"),
        ("ig:Leah Morgan", 12, 13, "Leah Morgan", "send me your addy for secret santa!!"),
        ("ig:Leah Morgan", 12, 13, ME, "Flat 4, 22 Unthank Road, Norwich NR2 2RA 🎁"),
        (
            "Cal ❤️",
            12,
            16,
            "Cal ❤️",
            "my email's callum.reid@example.org for the booking, they never send it to me otherwise",
        ),
        (
            "Mum",
            12,
            18,
            ME,
            "mum for the xmas money it's 20-45-77 31926819, no need to send cash in a card x",
        ),
        ("Priya Shah", 12, 20, ME, "Gaz was on one again last night, full rant before round 2"),
        ("Cal ❤️", 12, 22, ME, "WON £80 ON THE DARTS drinks on me"),
        ("Mum", 12, 24, "Mum", "midnight mass at st johns, meet you outside at quarter to x"),
        (
            "ig:Leah Morgan",
            12,
            27,
            "Leah Morgan",
            "my email is leah.m@example.net send me the pics from the party",
        ),
        ("Cal ❤️", 12, 29, ME, "mum's new mobile is +44 7700 900761 save it in case she rings you"),
        ("Cal ❤️", 1, 3, ME, "car's booked in for the MOT friday, reg AK19 XRT if they ring you"),
        (
            "Cal ❤️",
            1,
            6,
            ME,
            "cards for mum go to 7 Marlpit Lane, Cromer NR27 9QT not the old place",
        ),
        (
            "Dan Whitlock",
            1,
            8,
            ME,
            f"can you book the team lunch on my card, {card_s} exp 09/27, I'll sort it with finance",
        ),
        (
            "Priya Shah",
            1,
            10,
            ME,
            "went to confession for the first time in like 5 years. weirdly felt good",
        ),
        ("Cal ❤️", 1, 12, "Cal ❤️", "meg you need to stop with the betting apps, seriously"),
        ("Cal ❤️", 1, 12, ME, "i know i know. deleted sky bet (again)"),
        ("Dan Whitlock", 1, 16, "Dan Whitlock", "migraine again, going home, can you cover my 3pm"),
        ("Mum", 1, 18, "Mum", "hip op date is 3rd march, they said 6 weeks on crutches"),
        ("ig:Leah Morgan", 1, 20, ME, "i'm @megdoyle_nr on telegram if insta's playing up"),
        ("Priya Shah", 1, 22, ME, f"IBAN for the villa deposit: {ib_s}"),
        ("Cal ❤️", 1, 25, ME, "tell the delivery guy flat 4 22 unthank rd, buzz 4 not 3!!"),
        ("Mum", 1, 28, "Mum", "lit a candle for your gran at st johns today"),
        ("Mum", 1, 28, ME, "aw. i'll come to mass with you sunday x"),
        ("Cal ❤️", 2, 2, "Cal ❤️", "sorry stayed up till 2 on cod with the lads again"),
        ("Priya Shah", 2, 5, "Priya Shah", "Leah Morgan's coming to the hen do too btw"),
        (GROUP, 2, 6, ME, "priya you still owe me for the quiz entry 😤"),
        ("Cal ❤️", 2, 12, ME, "paddy power gave me a free bet, don't judge me"),
        ("Mum", 2, 15, "Mum", "whats your email again for the ferry booking"),
        ("Mum", 2, 15, ME, "megan.doyle@example.com"),
        ("Priya Shah", 2, 20, ME, "ash wednesday is the 5th, giving up crisps for lent AGAIN"),
        (
            "Dan Whitlock",
            2,
            23,
            "Dan Whitlock",
            "what's Callum Reid's number, want him for five a side",
        ),
        ("Dan Whitlock", 2, 23, ME, "07700 900527"),
    ]
    for chat, mo, dd, who, text in P:
        y = 2025 if mo < 6 else 2024
        lo, hi = (10 * 60, 16 * 60) if chat == "Dan Whitlock" else (18 * 60, 22 * 60 + 30)
        msgs.append(
            Msg(chat, local_dt(date(y, mo, dd), rng.randrange(lo, hi), TZ), who, text, planted=True)
        )
    msgs.sort(key=lambda m: (m.when, m.chat))
    for a, b in itertools.pairwise(msgs):
        if a.chat == b.chat and b.when <= a.when:
            b.when = a.when + timedelta(seconds=45)
    assert not any(in_sleep(m.when, *SLEEP) for m in msgs)

    planted = [
        ("PERSON", "Megan Doyle"),
        ("PERSON", "Siobhan Doyle"),
        ("PERSON", "Callum Reid"),
        ("PERSON", "Priya Shah"),
        ("PERSON", "Dan Whitlock"),
        ("PERSON", "Gary Bishop"),
        ("PERSON", "Jess Ainsworth"),
        ("PERSON", "Leah Morgan"),
        ("PERSON", "B Okafor"),
        ("PERSON", "father michael"),
        ("PERSON", "priya"),
        ("PERSON", "Cal"),
        ("PERSON", "Gaz"),
        ("PHONE_NUMBER", "+44 7700 900412"),
        ("PHONE_NUMBER", "+447700900412"),
        ("PHONE_NUMBER", "07700900183"),
        ("PHONE_NUMBER", "+44 7700 900761"),
        ("PHONE_NUMBER", "07700 900527"),
        ("EMAIL_ADDRESS", "megan.doyle@example.com"),
        ("EMAIL_ADDRESS", "callum.reid@example.org"),
        ("EMAIL_ADDRESS", "leah.m@example.net"),
        ("ADDRESS", "Flat 4, 22 Unthank Road, Norwich NR2 2RA"),
        ("ADDRESS", "flat 4 22 unthank rd"),
        ("ADDRESS", "7 Marlpit Lane, Cromer NR27 9QT"),
        ("ADDRESS", "22 Unthank Road, Norwich NR2 2RA, UK"),
        ("UK_NINO", "SK 62 18 45 B"),
        ("UK_NHS", nhs_mum),
        ("UK_DRIVING_LICENCE", "DOYLE958141MA9KX"),
        ("BANK_ACCOUNT", "20-45-77 31926819"),
        ("IBAN_CODE", ib_s),
        ("CREDIT_CARD", card_s),
        ("LICENSE_PLATE", "AK19 XRT"),
        ("USERNAME", "megdoyle_nr"),
        ("USERNAME", "meg.doyle.knits"),
        ("USERNAME", "leahmorgan_123"),
    ]
    files: dict[str, bytes] = {}
    files["Telegram Desktop/DataExport_2025-03-01/result.json"] = _telegram(msgs, planted)
    files.update(_instagram(msgs))
    files["monzo/MonzoDataExport_Full_2025-03-01.csv"] = _monzo(rng)
    files.update(_semantic(rng, dl))

    counts = {c: sum(1 for m in msgs if m.chat == c) for c in [*list(CHATS), "ig:Leah Morgan"]}
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    facts = {
        "home": {
            "lat": HOME[0],
            "lon": HOME[1],
            "radius_m": 300,
            "address": "Flat 4, 22 Unthank Road, Norwich NR2 2RA",
            "city": "Norwich",
        },
        "work": {
            "lat": WORK[0],
            "lon": WORK[1],
            "radius_m": 300,
            "employer": "Wensum Insurance Services Ltd",
        },
        "sleep_window": {"start": "23:30", "end": "06:45", "tolerance_min": 60},
        "top_contacts": [{"name": n.replace("ig:", ""), "messages": c} for n, c in top],
        "relationships": [
            {"name": "Mum", "relationship": "mother", "full_name": "Siobhan Doyle"},
            {"name": "Cal ❤️", "relationship": "partner", "full_name": "Callum Reid"},
            {"name": "Priya Shah", "relationship": "close friend", "full_name": "Priya Shah"},
            {"name": "Dan Whitlock", "relationship": "colleague", "full_name": "Dan Whitlock"},
        ],
        "religion": {
            "value": "Roman Catholic (Sunday Mass at St John the Baptist Cathedral, confession, Lent)"
        },
        "health": {"value": False},
        "politics": {"value": False},
        "financial_stress": {"value": False},
        "gambling": {"value": True},
        "gaming": {"value": False},
        "salary": {
            "amount": "2486.17",
            "currency": "GBP",
            "payer": "WENSUM INSURANCE SERVICES LTD",
            "period": "monthly",
        },
        "risky_contact": {
            "name": "Gary Bishop",
            "why": "posts 66 distinct angry political rants in the quiz group chat",
        },
    }
    gt = {
        "description": "Megan Doyle, 33, claims handler at an insurer in Norwich; partner Callum (Cal), mother Siobhan in Cromer. Telegram full export, Instagram DMs + profile, Monzo CSV, Google Semantic Location History.",
        "timezone": "Europe/London",
        "user": {
            "names": ["Megan Doyle", "Meg"],
            "phones": ["+44 7700 900412"],
            "emails": ["megan.doyle@example.com"],
            "handles": ["megdoyle_nr", "meg.doyle.knits"],
        },
        "facts": facts,
    }
    return files, gt, planted


def _ids(name: str) -> int:
    if name == ME:
        return MY_ID
    if name in CHATS:
        return CHATS[name][0]
    return MEMBERS[name]


def _entities(text: str, planted: list[tuple[str, str]]) -> tuple[object, list[dict[str, str]]]:
    marks = [
        (v, "phone" if t == "PHONE_NUMBER" else "email")
        for t, v in planted
        if t in ("PHONE_NUMBER", "EMAIL_ADDRESS") and v in text
    ]
    if not marks:
        return text, ([{"type": "plain", "text": text}] if text else [])
    pat = "(" + "|".join(re.escape(v) for v, _ in marks) + ")"
    kinds = dict(marks)
    parts: list[object] = []
    ents: list[dict[str, str]] = []
    for chunk in re.split(pat, text):
        if not chunk:
            continue
        if chunk in kinds:
            parts.append({"type": kinds[chunk], "text": chunk})
            ents.append({"type": kinds[chunk], "text": chunk})
        else:
            parts.append(chunk)
            ents.append({"type": "plain", "text": chunk})
    return parts, ents


def _tg_msg(i: int, m: Msg, planted: list[tuple[str, str]]) -> dict:
    d: dict = {
        "id": i,
        "type": "message",
        "date": m.when.strftime("%Y-%m-%dT%H:%M:%S"),
        "date_unixtime": str(int(m.when.timestamp())),
        "from": m.sender,
        "from_id": f"user{_ids(m.sender)}",
    }
    if m.kind == "text" and i > 3 and (i * 7919) % 23 == 0:
        d["reply_to_message_id"] = i - 1 - (i % 3)
    if m.kind == "text" and (i * 104729) % 37 == 0:
        ed = m.when + timedelta(seconds=50 + i % 90)
        d["edited"] = ed.strftime("%Y-%m-%dT%H:%M:%S")
        d["edited_unixtime"] = str(int(ed.timestamp()))
    if m.kind == "image":
        d.update({"photo": NOT_INCLUDED, "width": 1280, "height": 960})
    elif m.kind == "video":
        d.update(
            {
                "file": NOT_INCLUDED,
                "thumbnail": NOT_INCLUDED,
                "media_type": "video_file",
                "mime_type": "video/mp4",
                "duration_seconds": 14,
            }
        )
    elif m.kind == "sticker":
        d.update(
            {
                "file": NOT_INCLUDED,
                "thumbnail": NOT_INCLUDED,
                "media_type": "sticker",
                "sticker_emoji": "😂",
                "width": 512,
                "height": 512,
            }
        )
    text, ents = _entities(m.text, planted)
    d["text"] = text
    d["text_entities"] = ents
    return d


def _telegram(msgs: list[Msg], planted: list[tuple[str, str]]) -> bytes:
    chats = []
    for title, (pid, *_rest) in CHATS.items():
        rows = [m for m in msgs if m.chat == title]
        chats.append(
            {
                "name": title,
                "type": "personal_chat",
                "id": pid,
                "messages": [_tg_msg(i, m, planted) for i, m in enumerate(rows, 1)],
            }
        )
    rows = [m for m in msgs if m.chat == GROUP]
    first = rows[0].when - timedelta(days=30)
    svc = {
        "id": 1,
        "type": "service",
        "date": first.strftime("%Y-%m-%dT%H:%M:%S"),
        "date_unixtime": str(int(first.timestamp())),
        "actor": "Priya Shah",
        "actor_id": f"user{MEMBERS['Priya Shah']}",
        "action": "create_group",
        "title": GROUP,
        "members": ["Priya Shah", ME, "Gary Bishop", "Jess Ainsworth"],
        "text": "",
        "text_entities": [],
    }
    chats.append(
        {
            "name": GROUP,
            "type": "private_group",
            "id": GROUP_ID,
            "messages": [svc] + [_tg_msg(i, m, planted) for i, m in enumerate(rows, 2)],
        }
    )
    doc = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting and doesn't sell it to others.",
        "personal_information": {
            "user_id": MY_ID,
            "first_name": "Megan",
            "last_name": "Doyle",
            "phone_number": "+44 7700 900412",
            "username": "@megdoyle_nr",
            "bio": "tea, wool, pub quizzes 🧶",
        },
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _instagram(msgs: list[Msg]) -> dict[str, bytes]:
    rows = sorted(
        (m for m in msgs if m.chat == "ig:Leah Morgan"), key=lambda m: m.when, reverse=True
    )
    out = []
    for m in rows:
        ms = int(m.when.timestamp() * 1000)
        d: dict = {"sender_name": m.sender, "timestamp_ms": ms}
        if m.kind == "image":
            d["photos"] = [
                {
                    "uri": f"your_instagram_activity/messages/inbox/leahmorgan_123_10158830456127764/photos/{ms}.jpg",
                    "creation_timestamp": ms // 1000,
                }
            ]
        elif m.kind == "video":
            d["videos"] = [
                {
                    "uri": f"your_instagram_activity/messages/inbox/leahmorgan_123_10158830456127764/videos/{ms}.mp4",
                    "creation_timestamp": ms // 1000,
                }
            ]
        elif m.kind == "sticker":
            d["share"] = {
                "link": "https://www.instagram.com/reel/C1x9QwLr2Pz/",
                "share_text": "",
                "original_content_owner": "leahmorgan_123",
            }
        else:
            d["content"] = m.text
        d["is_geoblocked_for_viewer"] = False
        d["is_unsent_image_by_messenger_kid_parent"] = False
        out.append(d)
    thread = {
        "participants": [{"name": "Leah Morgan"}, {"name": ME}],
        "messages": out,
        "title": "Leah Morgan",
        "is_still_participant": True,
        "thread_path": "inbox/leahmorgan_123_10158830456127764",
        "magic_words": [],
    }
    prof = {
        "profile_user": [
            {
                "media_map_data": {
                    "Profile Photo": {
                        "uri": "media/profile/202411/4512399012.jpg",
                        "creation_timestamp": 1732100000,
                        "title": "",
                    }
                },
                "string_map_data": {
                    "Email": {"href": "", "value": "megan.doyle@example.com", "timestamp": 0},
                    "Phone Confirmed": {"href": "", "value": "True", "timestamp": 0},
                    "Phone Number": {"href": "", "value": "+447700900412", "timestamp": 0},
                    "Username": {"href": "", "value": "meg.doyle.knits", "timestamp": 0},
                    "Name": {"href": "", "value": ME, "timestamp": 0},
                    "Bio": {
                        "href": "",
                        "value": "knits, quizzes & far too much tea 🧶☕ norwich",
                        "timestamp": 0,
                    },
                    "Gender": {"href": "", "value": "female", "timestamp": 0},
                    "Date of birth": {"href": "", "value": "1991-08-14", "timestamp": 0},
                    "Private Account": {"href": "", "value": "True", "timestamp": 0},
                },
            }
        ]
    }
    dump = lambda o: (json.dumps(mojibake(o), indent=2) + "\n").encode("ascii")  # noqa: E731
    return {
        "instagram-megdoyleknits-2025-03-01/your_instagram_activity/messages/inbox/leahmorgan_123_10158830456127764/message_1.json": dump(
            thread
        ),
        "instagram-megdoyleknits-2025-03-01/personal_information/personal_information/personal_information.json": dump(
            prof
        ),
    }


def _monzo(rng: random.Random) -> bytes:
    rows = []  # (dt, type, name, emoji, category, amount, notes, address, description)
    for dt in [
        datetime(2024, 12, 27, 6, 12, 4),
        datetime(2025, 1, 28, 6, 9, 51),
        datetime(2025, 2, 28, 6, 15, 22),
    ]:
        rows.append(
            (
                dt,
                "Faster payment",
                "WENSUM INSURANCE SERVICES LTD",
                "",
                "Income",
                2486.17,
                "",
                "",
                "WENSUM INSURANCE SALARY",
            )
        )
    for dt in [
        datetime(2024, 12, 2, 9, 0, 11),
        datetime(2025, 1, 1, 9, 0, 7),
        datetime(2025, 2, 1, 9, 0, 13),
    ]:
        rows.append(
            (
                dt,
                "Faster payment",
                "B Okafor",
                "🏠",
                "Bills",
                -725.00,
                "rent flat 4",
                "",
                "RENT FLAT 4",
            )
        )
        rows.append(
            (
                dt + timedelta(days=2),
                "Direct Debit",
                "Octopus Energy",
                "",
                "Bills",
                -round(rng.uniform(70, 110), 2),
                "",
                "",
                "OCTOPUS ENERGY",
            )
        )
        rows.append(
            (
                dt + timedelta(days=5),
                "Direct Debit",
                "Anglian Water",
                "",
                "Bills",
                -31.40,
                "",
                "",
                "ANGLIAN WATER",
            )
        )
        rows.append(
            (
                dt + timedelta(days=3),
                "Faster payment",
                "Callum Reid",
                "",
                "Bills",
                round(rng.uniform(80, 120), 2),
                "bills split",
                "",
                "BILLS SPLIT",
            )
        )
    rows.append(
        (
            datetime(2024, 12, 21, 10, 2, 0),
            "Faster payment",
            "Siobhan Doyle",
            "🎄",
            "Income",
            100.00,
            "",
            "",
            "XMAS LOVE MUM",
        )
    )
    rows.append(
        (
            datetime(2025, 1, 23, 19, 40, 0),
            "Faster payment",
            "Priya Shah",
            "🌴",
            "Holidays",
            -250.00,
            "villa deposit #hen",
            "",
            "VILLA DEP",
        )
    )
    bets = [
        ("Sky Bet", "SKY BETTING AND GAMI LEEDS GBR"),
        ("Paddy Power", "PADDYPOWER.COM DUBLIN IRL"),
        ("Betfair", "BETFAIR LONDON GBR"),
    ]
    for _ in range(19):
        dd = START + timedelta(days=rng.randrange(89))
        nm, desc = rng.choice(bets)
        rows.append(
            (
                datetime(
                    dd.year,
                    dd.month,
                    dd.day,
                    rng.randrange(18, 23),
                    rng.randrange(60),
                    rng.randrange(60),
                ),
                "Card payment",
                nm,
                "🎲",
                "Entertainment",
                -float(rng.choice([5, 10, 10, 20, 25])),
                "",
                "",
                desc,
            )
        )
    rows.append(
        (
            datetime(2024, 12, 23, 9, 14, 0),
            "Card payment",
            "Sky Bet",
            "🎲",
            "Entertainment",
            80.00,
            "",
            "",
            "SKY BETTING AND GAMI LEEDS GBR",
        )
    )
    shops = [
        ("Tesco", "Groceries", "🛒", "TESCO STORES 2219 NORWICH GBR", "Castle Meadow\nNorwich"),
        ("Sainsbury's", "Groceries", "🛒", "SAINSBURYS S/MKTS NORWICH GBR", "Queens Road\nNorwich"),
        ("Greggs", "Eating out", "🥐", "GREGGS NORWICH GBR", ""),
        ("Pret A Manger", "Eating out", "☕", "PRET A MANGER NORWICH GBR", ""),
        (
            "The Mischief",
            "Eating out",
            "🍺",
            "THE MISCHIEF NORWICH GBR",
            "Fye Bridge Street\nNorwich",
        ),
        ("Boots", "Shopping", "💊", "BOOTS NORWICH GBR", "Castle Quarter\nNorwich"),
        ("Deliveroo", "Eating out", "🍕", "DELIVEROO LONDON GBR", ""),
        ("Greater Anglia", "Transport", "🚆", "GREATER ANGLIA NORWICH GBR", ""),
        ("Hobbycraft", "Shopping", "🧶", "HOBBYCRAFT NORWICH GBR", ""),
        ("Spotify", "Entertainment", "🎵", "SPOTIFY STOCKHOLM SWE", ""),
    ]
    for _ in range(95):
        dd = START + timedelta(days=rng.randrange(89))
        nm, cat, emo, desc, addr = rng.choice(shops)
        rows.append(
            (
                datetime(
                    dd.year,
                    dd.month,
                    dd.day,
                    rng.randrange(8, 22),
                    rng.randrange(60),
                    rng.randrange(60),
                ),
                "Card payment",
                nm,
                emo,
                cat,
                -round(rng.uniform(2.1, 68), 2),
                "",
                addr,
                desc,
            )
        )
    rows.sort(key=lambda r: r[0])
    alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    lines = [
        "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In"
    ]

    def q(v: str) -> str:
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v

    for r in rows:
        tid = "tx_0000" + "".join(rng.choice(alnum) for _ in range(18))
        amt = f"{r[5]:.2f}"
        lines.append(
            ",".join(
                q(x)
                for x in [
                    tid,
                    r[0].strftime("%d/%m/%Y"),
                    r[0].strftime("%H:%M:%S"),
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    amt,
                    "GBP",
                    amt,
                    "GBP",
                    r[6],
                    r[7],
                    "",
                    r[8],
                    "",
                    amt if r[5] < 0 else "",
                    amt if r[5] > 0 else "",
                ]
            )
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def _e7(x: float) -> int:
    return round(x * 1e7)


def _z(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def _semantic(rng: random.Random, dl: list[date]) -> dict[str, bytes]:
    plan = merge_home(
        day_plan(
            rng,
            dl,
            TZ,
            HOME,
            WORK,
            {k: v for k, v in OTHERS.items() if k != "St John the Baptist Cathedral"},
            (7 * 60 + 50, 8 * 60 + 20),
            (17 * 60, 17 * 60 + 40),
            fixed={
                6: ("St John the Baptist Cathedral", 10 * 60 + 15, 80),
                3: ("The Mischief", 19 * 60 + 15, 150),
            },
            p_out=0.35,
        )
    )
    pts = {"HOME": HOME, "WORK": WORK, **OTHERS}
    meta = {
        "HOME": (
            "ChIJr4bN0m_j2UcRkQ0XyHh2u1A",
            "22 Unthank Road, Norwich NR2 2RA, UK",
            "Home",
            "TYPE_HOME",
        ),
        "WORK": (
            "ChIJA2eT8l3j2UcR8x9cPq1wY0o",
            "Surrey Street, Norwich NR1 3NX, UK",
            "Wensum Insurance Services",
            "TYPE_WORK",
        ),
    }
    months: dict[str, list[dict]] = {}
    for kind, a, b, nm in plan:
        if kind == "visit":
            pid, addr, name, st = meta.get(
                nm,
                (
                    "ChIJ" + nm.replace(" ", "").replace("'", "")[:20] + "x9Q",
                    "Norwich, UK",
                    nm,
                    "TYPE_UNKNOWN",
                ),
            )
            p = pts[nm]
            obj = {
                "placeVisit": {
                    "location": {
                        "latitudeE7": _e7(p[0]),
                        "longitudeE7": _e7(p[1]),
                        "placeId": pid,
                        "address": addr,
                        "name": name,
                        "semanticType": st,
                        "sourceInfo": {"deviceTag": 1480293751},
                        "locationConfidence": round(rng.uniform(70, 99), 4),
                    },
                    "duration": {"startTimestamp": _z(a), "endTimestamp": _z(b)},
                    "placeConfidence": "HIGH_CONFIDENCE",
                    "visitConfidence": rng.randrange(70, 99),
                    "centerLatE7": _e7(p[0] + rng.uniform(-2e-4, 2e-4)),
                    "centerLngE7": _e7(p[1] + rng.uniform(-2e-4, 2e-4)),
                }
            }
        else:
            s, e = nm.split(">")
            p, q = pts[s], pts[e]
            obj = {
                "activitySegment": {
                    "startLocation": {"latitudeE7": _e7(p[0]), "longitudeE7": _e7(p[1])},
                    "endLocation": {"latitudeE7": _e7(q[0]), "longitudeE7": _e7(q[1])},
                    "duration": {"startTimestamp": _z(a), "endTimestamp": _z(b)},
                    "distance": rng.randrange(600, 3200),
                    "activityType": rng.choice(["WALKING", "IN_BUS", "CYCLING"]),
                    "confidence": "HIGH",
                }
            }
        key = f"{a.year}/{a.year}_{MONTHS[a.month - 1]}"
        months.setdefault(key, []).append(obj)
    return {
        f"Takeout/Location History (Timeline)/Semantic Location History/{k}.json": (
            json.dumps({"timelineObjects": v}, indent=2) + "\n"
        ).encode("utf-8")
        for k, v in months.items()
    }
