"""Persona us_portland: Jenna Kowalski, PT assistant in Portland OR (Messenger, Venmo, OFX checking, Google Records.json, X archive)."""

from __future__ import annotations

import itertools
import json
import random
from datetime import UTC, date, datetime, timedelta, timezone

from gen_common import (
    Msg,
    day_plan,
    days,
    gen_chat,
    in_sleep,
    local_dt,
    luhn_complete,
    merge_home,
    mojibake,
)
from gen_en import make_line, rants

TZ = timezone(timedelta(hours=-8))  # PST all through Nov 10 - Feb 28
START, END = date(2024, 11, 10), date(2025, 2, 28)
SLEEP = (23 * 60 + 45, 6 * 60 + 30)
WAKE, BED = 6 * 60 + 40, 23 * 60 + 30
ME = "Jenna Kowalski"
HOME = (45.514972, -122.631244)
WORK = (45.534810, -122.648620)
OTHERS = {
    "New Seasons Market": (45.512230, -122.615660),
    "Laurelhurst Park": (45.521120, -122.625500),
    "Powell's City of Books": (45.523060, -122.681230),
    "Lloyd Center": (45.531340, -122.653610),
    "Hawthorne Hideaway": (45.512080, -122.621780),
}
THREADS = {  # title: (folder, pool, p, burst, weekdays only)
    "Andre Mitchell": ("andremitchell_10229384756102938", "partner", 0.9, (3, 9), False),
    "Donna Kowalski": ("donnakowalski_10159827364519283", "kin", 0.75, (3, 7), False),
    "Kayla Nguyen": ("kaylanguyen_10218374659102847", "friend", 0.55, (2, 7), False),
    "Rob Fenske": ("robfenske_10227738495061723", "work", 0.5, (2, 5), True),
}
GROUP = "Hawthorne Crew"
GROUP_DIR = "hawthornecrew_6829103746581920"
MEMBERS = ["Kayla Nguyen", "Dale Ambrose", "Marisol Ortega"]
DAYS3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MY_XID, ETHAN_XID = "1592038475610293248", "1301948576203948032"


def aba(rng: random.Random) -> str:
    while True:
        d = [rng.randrange(10) for _ in range(8)]
        d[0] = 3
        d[1] = 2
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


def build() -> tuple[dict[str, bytes], dict, list[tuple[str, str]]]:
    rng = random.Random(1303)
    dl = days(START, END)
    wk = [d for d in dl if d.weekday() < 5]
    card = luhn_complete("542418", 16, rng)
    card_s = " ".join(card[i : i + 4] for i in range(0, 16, 4))
    routing = aba(rng)
    acct = "4471092835"

    def line_for(pool: str):
        return lambda r, who, chat: make_line("us", r, pool)

    msgs: list[Msg] = []
    for title, (_, pool, p, burst, wonly) in THREADS.items():
        if wonly:
            msgs += gen_chat(
                rng, title, [ME, title], wk, p, burst, TZ, 8 * 60 + 30, 17 * 60 + 30, line_for(pool)
            )
        else:
            msgs += gen_chat(rng, title, [ME, title], dl, p, burst, TZ, WAKE, BED, line_for(pool))
    msgs += gen_chat(rng, GROUP, [ME, *MEMBERS], dl, 0.4, (3, 8), TZ, WAKE, BED, line_for("group"))
    msgs += gen_chat(
        rng,
        "x:Ethan",
        [ME, "Ethan"],
        dl,
        0.2,
        (2, 5),
        TZ,
        WAKE,
        BED,
        lambda r, w, c: ("text", make_line("us", r, "kin", 0.0)[1]),
    )
    for i, t in enumerate(rants(rng, "us", 67)):
        d = dl[(i * len(dl)) // 67]
        msgs.append(
            Msg(GROUP, local_dt(d, rng.randrange(9 * 60, 22 * 60 + 30), TZ), "Dale Ambrose", t)
        )

    P = [
        (
            "Donna Kowalski",
            11,
            12,
            "Donna Kowalski",
            "honey I need your social for the insurance form, they lost it AGAIN",
        ),
        ("Donna Kowalski", 11, 12, ME, "529-48-7316 pls delete this after mom"),
        (
            "Kayla Nguyen",
            11,
            14,
            ME,
            "therapy w Dr. Halvorsen went ok. we're trying sertraline for the panic attacks",
        ),
        (
            "Andre Mitchell",
            11,
            16,
            "Andre Mitchell",
            "my email is andre.m@example.net, forward me the flight confirmation",
        ),
        ("Donna Kowalski", 11, 21, ME, "andre's number in case you can't reach me: 503-555-0182"),
        (
            "Kayla Nguyen",
            11,
            24,
            "Kayla Nguyen",
            "new number!! +1 503 555 0119 the old one is dead",
        ),
        (
            "Andre Mitchell",
            11,
            27,
            ME,
            f"new card finally came {card_s} can you swap it on the amazon acct",
        ),
        (
            "Kayla Nguyen",
            12,
            2,
            ME,
            "doing Marisol's taxes this weekend, her ITIN is 912 78 4531 right? she sent a blurry pic",
        ),
        (
            "Andre Mitchell",
            12,
            5,
            ME,
            "panic attack on the max this morning, had to get off at hollywood and sit for 20 min",
        ),
        (
            "Donna Kowalski",
            12,
            8,
            "Donna Kowalski",
            "lit a candle for grandpa at st mary's, said a rosary for you too sweetie",
        ),
        (
            "Rob Fenske",
            12,
            10,
            "Rob Fenske",
            "put $50 on the blazers tonight, my bookie loves me lol",
        ),
        ("x:Ethan", 12, 12, "Ethan", "whats your address again, sending your xmas present"),
        ("x:Ethan", 12, 12, ME, "3318 SE Taylor St Apt 2B, Portland, OR 97214"),
        ("Kayla Nguyen", 12, 15, ME, "playing stardew all weekend, do not perceive me"),
        ("Rob Fenske", 12, 18, "Rob Fenske", "front desk needs your DL # for the parking permit"),
        ("Rob Fenske", 12, 18, ME, "it's 7294518, oregon"),
        (
            "Andre Mitchell",
            12,
            20,
            "Andre Mitchell",
            "whats your plate again, the garage guy needs it",
        ),
        ("Andre Mitchell", 12, 20, ME, "738 KZR"),
        (
            "Donna Kowalski",
            12,
            23,
            "Donna Kowalski",
            "remember we moved!! cards go to 1907 Maple Ridge Dr NE, Salem, OR 97301",
        ),
        (
            "Andre Mitchell",
            1,
            3,
            ME,
            "Dr. Halvorsen upped my dose to 100mg. feeling kinda flat tbh",
        ),
        (
            "Kayla Nguyen",
            1,
            6,
            ME,
            "passport renewal came through!! 567241893 writing it here so i don't lose it",
        ),
        (
            "Andre Mitchell",
            1,
            9,
            ME,
            "if the therapist's office calls, her email is dhalvorsen@example.org",
        ),
        ("Donna Kowalski", 1, 12, "Donna Kowalski", "Ethan says you never call him 😒"),
        (
            "Kayla Nguyen",
            1,
            14,
            ME,
            "come over after work, 3318 se taylor apt 2b, buzzer's broken just text",
        ),
        ("Andre Mitchell", 1, 17, ME, f"for the rent transfer: routing {routing} acct {acct}"),
        (GROUP, 1, 20, ME, "Dale can we not do politics in here for ONE day"),
        (
            "Andre Mitchell",
            1,
            24,
            "Andre Mitchell",
            "got you the elden ring DLC on steam, it's in your library 🎮",
        ),
        ("Donna Kowalski", 1, 28, ME, "Mr. Petrakis finally fixed the heater 🙌"),
        (
            "Kayla Nguyen",
            2,
            2,
            ME,
            "4 weeks no panic attacks!! the sertraline is actually working i think",
        ),
        (
            "x:Ethan",
            2,
            6,
            ME,
            "my email is jenna.kowalski@example.com send me the pics from mom's bday",
        ),
        (
            "Rob Fenske",
            2,
            10,
            ME,
            "sorry, therapy appt at 4 every other tuesday, can't do late shifts those days",
        ),
        (
            "Kayla Nguyen",
            2,
            14,
            "Kayla Nguyen",
            "youth group at church asked me to lead worship again lol",
        ),
        (
            "Rob Fenske",
            2,
            18,
            "Rob Fenske",
            "went to spirit mountain casino sat, lost 300 bucks 💀",
        ),
    ]
    for chat, mo, dd, who, text in P:
        y = 2025 if mo < 6 else 2024
        lo, hi = (10 * 60, 16 * 60) if chat == "Rob Fenske" else (18 * 60, 22 * 60 + 30)
        msgs.append(
            Msg(chat, local_dt(date(y, mo, dd), rng.randrange(lo, hi), TZ), who, text, planted=True)
        )
    msgs.sort(key=lambda m: (m.when, m.chat))
    for a, b in itertools.pairwise(msgs):
        if a.chat == b.chat and b.when <= a.when:
            b.when = a.when + timedelta(seconds=50)
    assert not any(in_sleep(m.when, *SLEEP) for m in msgs)

    planted = [
        ("PERSON", "Jenna Kowalski"),
        ("PERSON", "Donna Kowalski"),
        ("PERSON", "Andre Mitchell"),
        ("PERSON", "Kayla Nguyen"),
        ("PERSON", "Rob Fenske"),
        ("PERSON", "Dale Ambrose"),
        ("PERSON", "Marisol Ortega"),
        ("PERSON", "Nick Petrakis"),
        ("PERSON", "Dr. Halvorsen"),
        ("PERSON", "Mr. Petrakis"),
        ("PERSON", "Ethan"),
        ("PERSON", "andre"),
        ("PERSON", "Marisol"),
        ("PERSON", "Dale"),
        ("PHONE_NUMBER", "(503) 555-0147"),
        ("PHONE_NUMBER", "+15035550147"),
        ("PHONE_NUMBER", "503-555-0182"),
        ("PHONE_NUMBER", "+1 503 555 0119"),
        ("EMAIL_ADDRESS", "jenna.kowalski@example.com"),
        ("EMAIL_ADDRESS", "andre.m@example.net"),
        ("EMAIL_ADDRESS", "dhalvorsen@example.org"),
        ("ADDRESS", "3318 SE Taylor St Apt 2B, Portland, OR 97214"),
        ("ADDRESS", "3318 se taylor apt 2b"),
        ("ADDRESS", "1907 Maple Ridge Dr NE, Salem, OR 97301"),
        ("US_SSN", "529-48-7316"),
        ("US_ITIN", "912 78 4531"),
        ("US_PASSPORT", "567241893"),
        ("US_DRIVER_LICENSE", "7294518"),
        ("ABA_ROUTING_NUMBER", routing),
        ("BANK_ACCOUNT", acct),
        ("CREDIT_CARD", card_s),
        ("LICENSE_PLATE", "738 KZR"),
        ("USERNAME", "jennak_pdx"),
        ("USERNAME", "kaylanguyen_pdx"),
        ("USERNAME", "Jenna-Kowalski-7"),
    ]
    files: dict[str, bytes] = {}
    files.update(_messenger(rng, msgs))
    files.update(_x(rng, msgs))
    files["venmo_statement_2024-11-10_2025-02-28.csv"] = _venmo(rng)
    files["Statement_Checking_x2835.ofx"] = _ofx(rng, routing, acct)
    files["Takeout/Location History (Timeline)/Records.json"] = _records(rng, dl)

    counts = {c: sum(1 for m in msgs if m.chat == c) for c in THREADS}
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    facts = {
        "home": {
            "lat": HOME[0],
            "lon": HOME[1],
            "radius_m": 300,
            "address": "3318 SE Taylor St Apt 2B, Portland, OR 97214",
            "city": "Portland",
        },
        "work": {
            "lat": WORK[0],
            "lon": WORK[1],
            "radius_m": 300,
            "employer": "Rose City Physical Therapy",
        },
        "sleep_window": {"start": "23:45", "end": "06:30", "tolerance_min": 60},
        "top_contacts": [{"name": n, "messages": c} for n, c in top],
        "relationships": [
            {"name": "Donna Kowalski", "relationship": "mother", "full_name": "Donna Kowalski"},
            {"name": "Andre Mitchell", "relationship": "partner", "full_name": "Andre Mitchell"},
            {"name": "Kayla Nguyen", "relationship": "close friend", "full_name": "Kayla Nguyen"},
            {"name": "Rob Fenske", "relationship": "colleague", "full_name": "Rob Fenske"},
            {"name": "Ethan", "relationship": "brother", "full_name": "Ethan Kowalski"},
        ],
        "religion": {"value": False},
        "health": {
            "value": "panic disorder / anxiety: therapy with Dr. Halvorsen, takes sertraline"
        },
        "politics": {"value": False},
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": True},
        "salary": {
            "amount": "1842.36",
            "currency": "USD",
            "payer": "ROSE CITY PT LLC PAYROLL",
            "period": "biweekly",
        },
        "risky_contact": {
            "name": "Dale Ambrose",
            "why": "posts 67 distinct angry political rants in the Hawthorne Crew group chat",
        },
    }
    gt = {
        "description": "Jenna Kowalski, 31, physical therapist assistant in Portland, Oregon; partner Andre, mother Donna in Salem, brother Ethan. Facebook Messenger, X archive (tweets + DMs), Venmo statement, OFX checking, Google Records.json.",
        "timezone": "America/Los_Angeles",
        "user": {
            "names": ["Jenna Kowalski", "Jenna"],
            "phones": ["+1 503 555 0147"],
            "emails": ["jenna.kowalski@example.com"],
            "handles": ["jennak_pdx", "Jenna-Kowalski-7"],
        },
        "facts": facts,
    }
    return files, gt, planted


def _fb_msg(rng: random.Random, m: Msg, folder: str) -> dict:
    ms = int(m.when.timestamp() * 1000)
    d: dict = {"sender_name": m.sender, "timestamp_ms": ms}
    base = f"your_facebook_activity/messages/inbox/{folder}"
    if m.kind == "image":
        d["photos"] = [
            {"uri": f"{base}/photos/{ms % 10**15}.jpg", "creation_timestamp": ms // 1000}
        ]
    elif m.kind == "video":
        d["videos"] = [
            {"uri": f"{base}/videos/{ms % 10**15}.mp4", "creation_timestamp": ms // 1000}
        ]
    elif m.kind == "sticker":
        d["sticker"] = {
            "uri": "your_facebook_activity/messages/stickers_used/39178562_1505197616293642_5411344281094848512_n.png",
            "ai_stickers": [],
        }
    else:
        d["content"] = m.text
    if rng.random() < 0.06:
        d["reactions"] = [
            {"reaction": rng.choice(["❤", "😆", "👍", "😮"]), "actor": rng.choice([ME, m.sender])}
        ]
    d["is_geoblocked_for_viewer"] = False
    return d


def _messenger(rng: random.Random, msgs: list[Msg]) -> dict[str, bytes]:
    files = {}
    for title, (folder, *_r) in [*list(THREADS.items()), (GROUP, (GROUP_DIR,))]:
        rows = sorted((m for m in msgs if m.chat == title), key=lambda m: m.when, reverse=True)
        out = [_fb_msg(rng, m, folder) for m in rows]
        parts = (
            [{"name": ME}, {"name": title}]
            if title != GROUP
            else [{"name": n} for n in [ME, *MEMBERS]]
        )
        if title == GROUP:
            t0 = int((rows[-1].when - timedelta(days=20)).timestamp() * 1000)
            out.append(
                {
                    "sender_name": "Kayla Nguyen",
                    "timestamp_ms": t0 + 60000,
                    "content": "Kayla Nguyen added Dale Ambrose to the group.",
                    "type": "Subscribe",
                    "users": [{"name": "Dale Ambrose"}],
                    "is_geoblocked_for_viewer": False,
                }
            )
            out.append(
                {
                    "sender_name": "Kayla Nguyen",
                    "timestamp_ms": t0,
                    "content": "Kayla Nguyen named the group Hawthorne Crew.",
                    "type": "Generic",
                    "is_geoblocked_for_viewer": False,
                }
            )
        doc = (
            {
                "participants": parts,
                "messages": out,
                "title": title,
                "is_still_participant": True,
                "thread_path": f"inbox/{folder}",
                "magic_words": [],
                "image": {
                    "uri": f"your_facebook_activity/messages/photos/{folder}.jpg",
                    "creation_timestamp": 1700000000,
                },
            }
            if title == GROUP
            else {
                "participants": parts,
                "messages": out,
                "title": title,
                "is_still_participant": True,
                "thread_path": f"inbox/{folder}",
                "magic_words": [],
            }
        )
        files[
            f"facebook-jennakowalski-2025-03-01/your_facebook_activity/messages/inbox/{folder}/message_1.json"
        ] = (json.dumps(mojibake(doc), indent=2) + "\n").encode("ascii")
    return files


def _created_at(dt: datetime) -> str:
    u = dt.astimezone(UTC)
    return f"{DAYS3[u.weekday()]} {MON3[u.month - 1]} {u.day:02d} {u.strftime('%H:%M:%S')} +0000 {u.year}"


TWEETS = [
    "portland in winter is just 4 months of drizzle and i'm not mad about it",
    "hot take: stardew valley is a personality",
    "someone at new seasons complimented my beanie and now i'm unstoppable",
    "the 14 bus smelled like burnt popcorn today. why",
    "patients who actually do their home exercises: i see you and i love you",
    "laurelhurst park ducks are THRIVING",
    "just spent 40 min in powell's and bought zero books. growth",
    "why is every coffee shop on hawthorne playing the same playlist",
    "rain jacket count: 3. dry days count: 0",
    "baldur's gate 3 ruined my sleep schedule (in a fun way)",
    "update: it is still raining",
    "made soup. i am a domestic goddess",
    "reminder to drink water and stretch your hip flexors",
    "the blazers are doing their best and that's what matters",
    "thinking about getting a cat. thoughts?",
    "new year new me (same me)",
    "i will not be buying another plant. (bought another plant)",
    "happy friday to PT assistants only",
    "elden ring dlc boss #4 can go to hell",
    "my therapist said 'small wins' so i'm celebrating doing the dishes",
]


def _x(rng: random.Random, msgs: list[Msg]) -> dict[str, bytes]:
    base = "twitter-2025-03-01-5f2a9c0d81e7b3a4/data/"
    acct = [
        {
            "account": {
                "email": "jenna.kowalski@example.com",
                "createdVia": "oauth:3033300",
                "username": "jennak_pdx",
                "accountId": MY_XID,
                "createdAt": "2022-10-03T17:44:21.318Z",
                "accountDisplayName": ME,
            }
        }
    ]
    phone = [{"device": {"phoneNumber": "+15035550147"}}]
    extra = [
        (
            date(2024, 11, 19),
            "lost my wallet on the 14 bus 😭 if anyone finds it pls call (503) 555-0147 🙏",
            None,
        ),
        (date(2025, 2, 8), "@kaylanguyen_pdx bg3 tonight? i'll bring snacks", "kaylanguyen_pdx"),
    ]
    tw = []
    day_list = days(START, END)
    items = [(day_list[(i * 7 + 3) % len(day_list)], t, None) for i, t in enumerate(TWEETS)] + extra
    items.sort(key=lambda x: x[0])
    for k, (d, text, reply) in enumerate(items):
        when = local_dt(d, rng.randrange(12 * 60, 22 * 60), TZ)
        tid = str(1856000000000000000 + k * 7919311 + rng.randrange(10**6))
        ents: dict = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}
        t: dict = {
            "edit_info": {
                "initial": {
                    "editTweetIds": [tid],
                    "editableUntil": "",
                    "editsRemaining": "5",
                    "isEditEligible": True,
                }
            },
            "retweeted": False,
            "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
            "entities": ents,
            "display_text_range": ["0", str(len(text))],
            "favorite_count": str(rng.randrange(0, 14)),
            "id_str": tid,
            "truncated": False,
            "retweet_count": "0",
            "id": tid,
            "created_at": _created_at(when),
            "favorited": False,
            "full_text": text,
            "lang": "en",
        }
        if reply:
            ents["user_mentions"].append(
                {
                    "name": "Kayla Nguyen",
                    "screen_name": reply,
                    "indices": ["0", str(len(reply) + 1)],
                    "id_str": "1402837465019283456",
                    "id": "1402837465019283456",
                }
            )
            t["in_reply_to_screen_name"] = reply
            t["in_reply_to_user_id_str"] = "1402837465019283456"
        tw.append({"tweet": t})
    dms = []
    for i, m in enumerate(sorted((m for m in msgs if m.chat == "x:Ethan"), key=lambda m: m.when)):
        s, r = (MY_XID, ETHAN_XID) if m.sender == ME else (ETHAN_XID, MY_XID)
        dms.append(
            {
                "messageCreate": {
                    "recipientId": r,
                    "reactions": [],
                    "urls": [],
                    "text": m.text,
                    "mediaUrls": [],
                    "senderId": s,
                    "id": str(1858000000000000000 + i * 104729),
                    "createdAt": m.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "000Z",
                }
            }
        )
    dm = [{"dmConversation": {"conversationId": f"{ETHAN_XID}-{MY_XID}", "messages": dms[::-1]}}]

    def js(name: str, obj: object) -> bytes:
        return (
            f"window.YTD.{name}.part0 = " + json.dumps(obj, ensure_ascii=False, indent=2)
        ).encode("utf-8")

    return {
        base + "account.js": js("account", acct),
        base + "phone-number.js": js("phone_number", phone),
        base + "tweets.js": js("tweets", tw[::-1]),
        base + "direct-messages.js": js("direct_messages", dm),
    }


def _venmo(rng: random.Random) -> bytes:
    rows = []  # (utc dt, type, note, from, to, amount, funding, dest)
    for d in [date(2024, 12, 1), date(2025, 1, 1), date(2025, 2, 1)]:
        rows.append(
            (
                datetime(d.year, d.month, d.day, 17, 2, 11),
                "Payment",
                "rent 2B 🏠",
                ME,
                "Nick Petrakis",
                -1450.00,
                "BANK OF THE CASCADES *2835",
                "",
            )
        )
    rows.append(
        (
            datetime(2024, 12, 24, 18, 30, 0),
            "Payment",
            "merry xmas sweetie 🎄 love mom",
            "Donna Kowalski",
            ME,
            150.00,
            "",
            "Venmo balance",
        )
    )
    notes = [
        ("🌮🌮", "Kayla Nguyen"),
        ("utilities", "Andre Mitchell"),
        ("concert tix", "Kayla Nguyen"),
        ("🍕", "Marisol Ortega"),
        ("groceries", "Andre Mitchell"),
        ("drinks lol", "Kayla Nguyen"),
        ("bday gift 🎁", "Marisol Ortega"),
        ("gas money ⛽", "Andre Mitchell"),
    ]
    for _ in range(26):
        dd = START + timedelta(days=rng.randrange(110))
        note, other = rng.choice(notes)
        amt = round(rng.uniform(8, 85), 2)
        out = rng.random() < 0.6
        rows.append(
            (
                datetime(
                    dd.year,
                    dd.month,
                    dd.day,
                    rng.randrange(16, 24),
                    rng.randrange(60),
                    rng.randrange(60),
                ),
                "Payment",
                note,
                ME if out else other,
                other if out else ME,
                -amt if out else amt,
                "Venmo balance" if out else "",
                "" if out else "Venmo balance",
            )
        )
    rows.sort(key=lambda r: r[0])

    def q(v: str) -> str:
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v

    def money(a: float) -> str:
        return ("+ " if a > 0 else "- ") + f"${abs(a):,.2f}"

    lines = [
        "Account Statement - (@Jenna-Kowalski-7) ,,,,,,,,,,,,,,,,,,,,,",
        "Account Activity,,,,,,,,,,,,,,,,,,,,,",
        ",ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (tip),Amount (tax),Amount (fee),Tax Rate,Tax Exempt,Funding Source,Destination,Beginning Balance,Ending Balance,Statement Period Venmo Fees,Terminal Location,Year to Date Venmo Fees,Disclaimer",
        ",,,,,,,,,,,,,,,,$212.40,,,,,",
    ]
    bal = 212.40
    for r in rows:
        tid = str(4100000000000000000 + rng.randrange(10**17))
        bal += 0 if r[6] and r[6] != "Venmo balance" else r[5]
        lines.append(
            ",".join(
                q(x)
                for x in [
                    "",
                    tid,
                    r[0].strftime("%Y-%m-%dT%H:%M:%S"),
                    r[1],
                    "Complete",
                    r[2],
                    r[3],
                    r[4],
                    money(r[5]),
                    "",
                    "0",
                    "",
                    "0",
                    "",
                    r[6],
                    r[7],
                    "",
                    "",
                    "",
                    "Venmo",
                    "",
                    "",
                ]
            )
        )
    lines.append(",,,,,,,,,,,,,,,,," + f"${bal:,.2f}".replace(",", "") + ",$0.00,,$0.00,")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _ofx(rng: random.Random, routing: str, acct: str) -> bytes:
    tx = []  # (date, type, amount, name, memo)
    d = date(2024, 11, 15)
    while d <= END:
        tx.append(
            (d, "DIRECTDEP", 1842.36, "ROSE CITY PT LLC PAYROLL", "DIRECT DEP PPD ID: 9330012847")
        )
        d += timedelta(days=14)
    for d in [date(2024, 12, 1), date(2025, 1, 1), date(2025, 2, 1)]:
        tx.append(
            (d, "DEBIT", -1450.00, "VENMO PAYMENT", "VENMO PAYMENT 1034829571 WEB ID: 3264681992")
        )
        tx.append(
            (
                d + timedelta(days=6),
                "DEBIT",
                -round(rng.uniform(60, 120), 2),
                "PORTLAND GENERAL ELECTRIC",
                "PGE WEB PMT",
            )
        )
        tx.append(
            (
                d + timedelta(days=9),
                "DEBIT",
                -79.99,
                "COMCAST XFINITY",
                "COMCAST XFINITY WEB PMT OR",
            )
        )
    for d in [
        date(2024, 11, 14),
        date(2024, 11, 28),
        date(2024, 12, 12),
        date(2025, 1, 3),
        date(2025, 1, 16),
        date(2025, 1, 30),
        date(2025, 2, 13),
        date(2025, 2, 27),
    ]:
        tx.append((d, "POS", -30.00, "LIFESTANCE HEALTH", "LIFESTANCE HEALTH COPAY OR"))
    for d in [date(2024, 11, 15), date(2024, 12, 14), date(2025, 1, 4), date(2025, 2, 3)]:
        tx.append((d, "POS", -12.47, "WALGREENS #11942", "WALGREENS PHARMACY RX PORTLAND OR"))
    for d, amt, nm in [
        (date(2024, 11, 23), -59.99, "STEAMGAMES.COM 4259522985"),
        (date(2024, 12, 15), -14.99, "STEAM PURCHASE"),
        (date(2024, 12, 28), -69.99, "NINTENDO *ESHOP"),
        (date(2025, 1, 25), -39.99, "STEAMGAMES.COM 4259522985"),
        (date(2025, 2, 15), -19.99, "STEAM PURCHASE"),
        (date(2025, 2, 22), -9.99, "NINTENDO *ESHOP"),
    ]:
        tx.append((d, "POS", amt, nm, nm + " WA"))
    shops = [
        "FRED MEYER #0351",
        "NEW SEASONS MKT SE",
        "TRADER JOE'S #144",
        "STUMPTOWN COFFEE",
        "TRIMET TICKETS",
        "CHEVRON 0207554",
        "POWELLS BOOKS",
        "TARGET T-2784",
    ]
    for _ in range(70):
        d = START + timedelta(days=rng.randrange(110))
        nm = rng.choice(shops)
        tx.append((d, "POS", -round(rng.uniform(4, 95), 2), nm, f"POS PURCHASE {nm} PORTLAND OR"))
    tx.sort(key=lambda t: (t[0], t[3]))
    bal = 2310.55 + sum(t[2] for t in tx)
    body = []
    for i, (d, typ, amt, nm, memo) in enumerate(tx):
        body.append(f"""\t\t\t\t\t<STMTTRN>
\t\t\t\t\t\t<TRNTYPE>{typ}
\t\t\t\t\t\t<DTPOSTED>{d.strftime("%Y%m%d")}120000.000[-8:PST]
\t\t\t\t\t\t<TRNAMT>{amt:.2f}
\t\t\t\t\t\t<FITID>{d.strftime("%Y%m%d")}{i:05d}
\t\t\t\t\t\t<NAME>{nm.replace("&", "&amp;")}
\t\t\t\t\t\t<MEMO>{memo}
\t\t\t\t\t</STMTTRN>""")
    text = (
        f"""OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
\t<SIGNONMSGSRSV1>
\t\t<SONRS>
\t\t\t<STATUS>
\t\t\t\t<CODE>0
\t\t\t\t<SEVERITY>INFO
\t\t\t</STATUS>
\t\t\t<DTSERVER>20250301091522.000[-8:PST]
\t\t\t<LANGUAGE>ENG
\t\t\t<FI>
\t\t\t\t<ORG>CASCADES
\t\t\t\t<FID>4417
\t\t\t</FI>
\t\t</SONRS>
\t</SIGNONMSGSRSV1>
\t<BANKMSGSRSV1>
\t\t<STMTTRNRS>
\t\t\t<TRNUID>0
\t\t\t<STATUS>
\t\t\t\t<CODE>0
\t\t\t\t<SEVERITY>INFO
\t\t\t</STATUS>
\t\t\t<STMTRS>
\t\t\t\t<CURDEF>USD
\t\t\t\t<BANKACCTFROM>
\t\t\t\t\t<BANKID>{routing}
\t\t\t\t\t<ACCTID>{acct}
\t\t\t\t\t<ACCTTYPE>CHECKING
\t\t\t\t</BANKACCTFROM>
\t\t\t\t<BANKTRANLIST>
\t\t\t\t\t<DTSTART>20241110000000.000[-8:PST]
\t\t\t\t\t<DTEND>20250228235959.000[-8:PST]
"""
        + "\n".join(body)
        + f"""
\t\t\t\t</BANKTRANLIST>
\t\t\t\t<LEDGERBAL>
\t\t\t\t\t<BALAMT>{bal:.2f}
\t\t\t\t\t<DTASOF>20250228235959.000[-8:PST]
\t\t\t\t</LEDGERBAL>
\t\t\t\t<AVAILBAL>
\t\t\t\t\t<BALAMT>{bal:.2f}
\t\t\t\t\t<DTASOF>20250228235959.000[-8:PST]
\t\t\t\t</AVAILBAL>
\t\t\t</STMTRS>
\t\t</STMTTRNRS>
\t</BANKMSGSRSV1>
</OFX>
"""
    )
    return text.replace("\n", "\r\n").encode("ascii")


def _records(rng: random.Random, dl: list[date]) -> bytes:
    plan = merge_home(
        day_plan(
            rng,
            dl,
            TZ,
            HOME,
            WORK,
            {k: v for k, v in OTHERS.items()},
            (7 * 60 + 40, 8 * 60 + 10),
            (16 * 60 + 45, 17 * 60 + 30),
            p_out=0.45,
        )
    )
    pts = {"HOME": HOME, "WORK": WORK, **OTHERS}
    locs = []
    for kind, a, b, nm in plan:
        step = timedelta(minutes=40 if kind == "visit" else 6)
        t = a
        while t < b:
            if kind == "visit":
                p = pts[nm]
                f = 0.0
            else:
                s, e = nm.split(">")
                f = (t - a) / (b - a)
                p = (
                    pts[s][0] + (pts[e][0] - pts[s][0]) * f,
                    pts[s][1] + (pts[e][1] - pts[s][1]) * f,
                )
            loc = {
                "latitudeE7": round((p[0] + rng.uniform(-2e-4, 2e-4)) * 1e7),
                "longitudeE7": round((p[1] + rng.uniform(-2e-4, 2e-4)) * 1e7),
                "accuracy": rng.randrange(8, 40),
                "source": "WIFI" if kind == "visit" else "GPS",
                "deviceTag": -1593772081,
                "timestamp": t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.")
                + f"{rng.randrange(1000):03d}Z",
            }
            if kind == "move":
                loc["activity"] = [
                    {
                        "activity": [
                            {"type": "IN_VEHICLE", "confidence": 70},
                            {"type": "ON_FOOT", "confidence": 20},
                        ],
                        "timestamp": loc["timestamp"],
                    }
                ]
            locs.append(loc)
            t += step + timedelta(seconds=rng.randrange(0, 120))
    return (json.dumps({"locations": locs}, indent=2) + "\n").encode("utf-8")
