"""Persona 2: Elizabeth 'Liz' Kowalski, 34, dental hygienist in Avondale, Chicago."""

from __future__ import annotations

import datetime as dt
import json
import random

from common import UTC, Composer, aba_routing, angry_lines, days, local, luhn_complete
from engine import MEDIA, Msg, Persona, assert_awake, build_chat

TZ = "America/Chicago"
ME = "Liz Kowalski"
SLEEP = ("23:30", "06:30")
AWAKE = (7, 23)
HOME = "2816 W Belmont Ave Apt 3R, Chicago, IL 60618"
WORK = "1414 W Diversey Pkwy Suite 200, Chicago, IL 60614"
HOME_LL = (41.93962, -87.69818)
WORK_LL = (41.93250, -87.66468)

GENERIC = [
    "omg",
    "lol yes",
    "ok ok",
    "wait what",
    "on my way",
    "running 10 min late sorry",
    "ugh",
    "same tbh",
    "love that",
    "can't tonight, tomorrow?",
    "did you eat yet",
    "so tired",
    "just got home",
    "traffic on Western is insane",
    "ha",
    "that's so funny",
    "nooo",
    "yesss",
    "k",
    "sounds good",
    "I'll call you after work",
    "brb",
    "what time",
    "the Blue Line was a mess again",
    "it's freezing already",
    "I swear this week is 100 years long",
    "thank u!!",
    "👀",
    "lmk",
    "totally",
    "honestly same",
    "idk",
    "ok but why",
    "can you send me that pic",
    "lmao",
]
SLOTS = {
    "when": [
        "tonight",
        "tmrw",
        "saturday",
        "sunday",
        "after work",
        "this weekend",
        "friday",
        "later",
    ],
    "place": [
        "Kuma's",
        "Jewel",
        "Target on Elston",
        "the lake",
        "Mariano's",
        "Wrigley",
        "Logan Square farmers market",
        "Costco",
    ],
    "thing": [
        "the rent",
        "the car",
        "laundry",
        "groceries",
        "the cat's vet appt",
        "the leaky sink",
        "my schedule",
        "the game",
    ],
}
TEMPLATES = [
    "wanna go to {place} {when}?",
    "I'm at {place}",
    "can we do {thing} {when}",
    "did you handle {thing}?",
    "remind me about {thing}",
    "{place} {when}?",
    "ugh {thing} again",
    "stopping at {place} on the way",
]


def build() -> tuple[Persona, dict[str, object]]:
    rng = random.Random(9202)
    p = Persona("us_chicago_hygienist", TZ)
    d = dt.date
    ds = days()

    def at(day: dt.date, h: int, m: int) -> dt.datetime:
        return local(TZ, day, h, m)

    def comp(extra: list[str]) -> Composer:
        return Composer(rng, GENERIC + extra, SLOTS, TEMPLATES)

    routing = aba_routing(rng, "07")
    card = luhn_complete("4716" + "2093" + "5581" + "302")
    card_sp = " ".join(card[i : i + 4] for i in range(0, 16, 4))

    liz_mom = comp(
        [
            "hi mama",
            "yes I'm eating lol",
            "long day, 6 cleanings back to back",
            "I'll call you on my lunch",
            "love you too",
            "tell dad hi",
            "can I come for dinner sunday",
            "thank you for the pierogi!!",
            "I'm fine mom I promise",
        ]
    )
    mom = comp(
        [
            "Did you call Babcia?",
            "Mass at 10 Sunday?",
            "I made pierogi, come get some",
            "Love you sweetheart",
            "Are you eating?",
            "Your father says hi",
            "Don't work too hard",
            "Call me when you can",
            "Wear a coat!!",
        ]
    )
    marcus = comp(
        [
            "miss u",
            "what do you want for dinner",
            "I'm picking up thai",
            "home in 20",
            "love you",
            "did you feed Pierogi",
            "want to watch something tonight",
            "I'll get the groceries",
            "ur the best",
        ]
    )
    hope = comp(
        [
            "girl",
            "okay so I have TEA",
            "brunch sunday??",
            "how was your day",
            "he did WHAT",
            "I'm so proud of you",
            "how are you feeling today?",
            "wine night?",
            "sending hugs",
            "ok but are you ok tho",
        ]
    )
    danny = comp(
        [
            "yo",
            "bears lost again lol",
            "u watching?",
            "lmao",
            "can u ask mom",
            "I owe you",
            "fantasy league is cooked",
        ]
    )

    # ---------------- Telegram chats
    chats: dict[str, list[Msg]] = {}
    mom_pl = [
        (
            at(d(2024, 9, 8), 9, 15),
            [
                ("Mom", "Mass at St. Hyacinth at 10:30 then breakfast?"),
                (ME, "yes I'll meet you there"),
            ],
        ),
        (
            at(d(2024, 9, 24), 19, 0),
            [
                (
                    "Mom",
                    "Can you send me your routing number for the birthday check, the bank app wants it",
                ),
                (ME, f"routing {routing} acct 482910337"),
                ("Mom", "ok got it"),
            ],
        ),
        (
            at(d(2024, 10, 6), 12, 40),
            [
                (ME, "the homily today was really good"),
                ("Mom", "He's wonderful. I lit a candle for Babcia"),
            ],
        ),
        (
            at(d(2024, 10, 30), 18, 10),
            [("Mom", "All Saints Day mass Friday 7pm, will you come?"), (ME, "yes after work")],
        ),
        (
            at(d(2024, 11, 10), 20, 0),
            [("Mom", "Your cousin Faith is getting married in June!!"), (ME, "omg finally")],
        ),
        (
            at(d(2024, 11, 24), 14, 0),
            [
                (ME, "can you pray the rosary with me for Babcia tonight on the phone?"),
                ("Mom", "Of course sweetheart"),
            ],
        ),
    ]
    marcus_pl = [
        (
            at(d(2024, 9, 12), 17, 30),
            [
                (ME, "therapist moved me to thursdays. the panic attack at work today was bad"),
                ("Marcus", "I'm sorry babe. want me to pick you up?"),
            ],
        ),
        (
            at(d(2024, 10, 2), 8, 0),
            [("Marcus", "did you take your sertraline?"), (ME, "yes dad 🙄 lol")],
        ),
        (
            at(d(2024, 10, 17), 21, 0),
            [
                (ME, "dr upped me to 100mg. hoping it helps the anxiety"),
                ("Marcus", "proud of you for asking"),
            ],
        ),
        (
            at(d(2024, 11, 7), 12, 20),
            [
                ("Marcus", "my new plate is CM 48213 btw for the parking permit"),
                (ME, "ok adding it"),
            ],
        ),
        (
            at(d(2024, 10, 22), 19, 5),
            [
                ("Marcus", "tickets are $84, can I use your card? mine's maxed lol"),
                (ME, f"{card_sp} exp 09/27 cvv on the back is 318 🙄"),
                ("Marcus", "ty babe"),
            ],
        ),
        (
            at(d(2024, 11, 19), 18, 45),
            [
                (
                    ME,
                    "had a good session with my therapist today, first week without a panic attack",
                ),
                ("Marcus", "❤️❤️"),
            ],
        ),
    ]
    hope_pl = [
        (
            at(d(2024, 9, 5), 20, 10),
            [("Hope Adeyemi", "new number!! (773) 555-0142"), (ME, "saved")],
        ),
        (
            at(d(2024, 9, 28), 11, 0),
            [
                ("Hope Adeyemi", "brunch at mine, it's 1847 N Milwaukee Ave #2F buzz twice"),
                (ME, "see u at 11"),
            ],
        ),
        (
            at(d(2024, 10, 24), 19, 30),
            [
                (ME, "anxiety has been so bad this month, couldn't even do the L today"),
                ("Hope Adeyemi", "call me. I mean it"),
            ],
        ),
        (
            at(d(2024, 11, 15), 16, 0),
            [
                ("Hope Adeyemi", "u going to Mark's thing friday?"),
                (ME, "maybe, depends how I feel"),
            ],
        ),
    ]
    danny_pl = [
        (
            at(d(2024, 9, 20), 20, 30),
            [("Danny", "up $300 on DraftKings this week 😎"), (ME, "that's how it starts dude")],
        ),
        (
            at(d(2024, 10, 27), 13, 0),
            [
                ("Danny", "can u zelle me 60 til friday, I'm at danny.k.bets@example.net on there"),
                (ME, "fine. last time"),
                (
                    "Danny",
                    "ty. also new place is 1420 W 18th St Apt 2, Chicago, IL 60608 if mom asks",
                ),
            ],
        ),
    ]
    chats["Mom"] = build_chat(
        rng, TZ, [ME, "Mom"], ME, {ME: liz_mom, "Mom": mom}, 150, AWAKE, mom_pl
    )
    chats["Marcus"] = build_chat(
        rng, TZ, [ME, "Marcus"], ME, {ME: marcus, "Marcus": marcus}, 175, AWAKE, marcus_pl
    )
    chats["Hope Adeyemi"] = build_chat(
        rng, TZ, [ME, "Hope Adeyemi"], ME, {ME: hope, "Hope Adeyemi": hope}, 110, AWAKE, hope_pl
    )
    chats["Danny"] = build_chat(
        rng, TZ, [ME, "Danny"], ME, {ME: danny, "Danny": danny}, 50, AWAKE, danny_pl
    )
    rick = "Rick Nowak"
    rants = angry_lines(
        rng,
        [
            "Washington",
            "Congress",
            "The mayor",
            "Springfield",
            "The media",
            "These politicians",
            "The governor",
            "Big Pharma",
            "The Fed",
            "Both parties",
            "The city council",
            "The IRS",
            "D.C. elites",
            "The unions",
            "Lobbyists",
        ],
        [
            "are bleeding us dry",
            "should all be thrown out",
            "lie every single day",
            "don't care about regular people",
            "are destroying this country",
            "need to be held accountable",
            "are a complete joke",
            "think we're stupid",
            "are crooks, plain and simple",
            "won't be happy till we're broke",
        ],
        ["!!", "! WAKE UP", ". Disgusting.", "!!! 😡", ". Look it up.", ". Unreal.", "!", " smh"],
        64,
    )
    fam_pl = []
    for i, r in enumerate(rants):
        fam_pl.append((at(ds[(i * 5 + 2) % len(ds)], 8 + (i * 7) % 14, (i * 17) % 60), [(rick, r)]))
    fam_pl.append(
        (
            at(d(2024, 10, 13), 15, 0),
            [
                ("Mom", "Rick please, not in the family chat"),
                (ME, "can we just share pictures in here lol"),
            ],
        )
    )
    famc = comp(
        [
            "Happy birthday!!",
            "🎂🎂",
            "Thanksgiving at ours this year",
            "who's bringing the kielbasa",
            "so cute",
            "Go Bears 🐻",
        ]
    )
    fam = build_chat(
        rng,
        TZ,
        [ME, "Mom", rick, "Danny"],
        ME,
        {"*": famc},
        135,
        AWAKE,
        fam_pl,
        weights={rick: 0.3, "Mom": 1, "Danny": 0.6},
    )
    all_msgs = [m for c in chats.values() for m in c] + fam
    assert_awake(all_msgs, SLEEP)

    ids = {
        "Mom": 5511023847,
        "Marcus": 6029384711,
        "Hope Adeyemi": 1928374650,
        "Danny": 7738291046,
        rick: 4419283710,
        ME: 6650213398,
    }

    def tg_text(text: str) -> tuple[object, list[dict[str, str]]]:
        # Telegram splits phones/emails/mentions into entity objects.
        for marker, typ in [("(773) 555-0142", "phone"), ("danny.k.bets@example.net", "email")]:
            if marker in text:
                a, b = text.split(marker, 1)
                ents = [
                    {"type": "plain", "text": a},
                    {"type": typ, "text": marker},
                    {"type": "plain", "text": b},
                ]
                return [a, {"type": typ, "text": marker}, b], ents
        return text, [{"type": "plain", "text": text}] if text else []

    def tg_chat(name: str, typ: str, cid: int, msgs: list[Msg]) -> dict[str, object]:
        out: list[dict[str, object]] = []
        mid = 1000 + cid % 977
        for m in msgs:
            mid += 1
            utc = m.t.astimezone(UTC)
            e: dict[str, object] = {
                "id": mid,
                "type": "message",
                "date": m.t.strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(int(utc.timestamp())),
                "from": m.sender,
                "from_id": f"user{ids[m.sender]}",
            }
            if m.text == MEDIA:
                e.update(
                    {
                        "photo": "(File not included. Change data exporting settings to download.)",
                        "width": 1280,
                        "height": 960,
                        "text": "",
                        "text_entities": [],
                    }
                )
            else:
                if rng.random() < 0.07 and len(out) > 2:
                    e["reply_to_message_id"] = mid - rng.randint(1, 3)
                t, ents = tg_text(m.text)
                e["text"] = t
                e["text_entities"] = ents
            out.append(e)
        return {"name": name, "type": typ, "id": cid, "messages": out}

    result = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data.",
        "personal_information": {
            "user_id": ids[ME],
            "first_name": "Liz",
            "last_name": "Kowalski",
            "phone_number": "+1 312 555 0119",
            "username": "@lizzy_kow",
            "bio": "hygienist 🦷 | cat mom | chi",
        },
        "contacts": {
            "about": "",
            "list": [
                {
                    "user_id": ids["Mom"],
                    "first_name": "Mom",
                    "last_name": "",
                    "phone_number": "+1 773 555 0133",
                    "date": "2021-03-02T18:22:10",
                    "date_unixtime": "1614730930",
                },
                {
                    "user_id": ids["Marcus"],
                    "first_name": "Marcus",
                    "last_name": "",
                    "phone_number": "+1-312-555-0163",
                    "date": "2022-06-11T12:01:44",
                    "date_unixtime": "1655046104",
                },
                {
                    "user_id": ids["Hope Adeyemi"],
                    "first_name": "Hope",
                    "last_name": "Adeyemi",
                    "phone_number": "(773) 555-0142",
                    "date": "2024-09-05T20:11:02",
                    "date_unixtime": "1725585062",
                },
                {
                    "user_id": ids["Danny"],
                    "first_name": "Danny",
                    "last_name": "",
                    "phone_number": "773.555.0188",
                    "date": "2021-03-02T18:25:31",
                    "date_unixtime": "1614731131",
                },
            ],
        },
        "chats": {
            "about": "",
            "list": [
                tg_chat("Mom", "personal_chat", ids["Mom"], chats["Mom"]),
                tg_chat("Marcus", "personal_chat", ids["Marcus"], chats["Marcus"]),
                tg_chat(
                    "Hope Adeyemi", "personal_chat", ids["Hope Adeyemi"], chats["Hope Adeyemi"]
                ),
                tg_chat("Danny", "personal_chat", ids["Danny"], chats["Danny"]),
                tg_chat("Kowalski Family 🎄", "private_group", 4096112233, fam),
            ],
        },
    }
    f_tg = "Telegram Desktop/DataExport_2024-11-30/result.json"
    p.add(f_tg, json.dumps(result, ensure_ascii=False, indent=1).encode("utf-8"))
    for v in ["+1 773 555 0133", "+1-312-555-0163", "(773) 555-0142", "773.555.0188"]:
        p.plant(f_tg, "PHONE_NUMBER", v)
    p.plant(f_tg, "ABA_ROUTING_NUMBER", routing)
    p.plant(f_tg, "BANK_ACCOUNT", "482910337")
    p.plant(f_tg, "CREDIT_CARD", card_sp)
    p.plant(f_tg, "PHONE_NUMBER", "+1 312 555 0119")
    p.plant(f_tg, "PERSON", "Mark")
    p.plant(f_tg, "PERSON", "Danny")
    p.plant(f_tg, "PERSON", "Hope Adeyemi")
    p.plant(f_tg, "PERSON", "Marcus")
    p.plant(f_tg, "PERSON", rick)
    p.plant(f_tg, "ADDRESS", "1847 N Milwaukee Ave #2F")
    p.plant(f_tg, "LICENSE_PLATE", "CM 48213")
    p.plant(f_tg, "PERSON", "Faith")
    p.plant(f_tg, "EMAIL_ADDRESS", "danny.k.bets@example.net")
    p.plant(f_tg, "ADDRESS", "1420 W 18th St Apt 2, Chicago, IL 60608")

    # ---------------- Discord data package (older layout; only the user's own messages)
    me_id = "703918264451903488"
    chan = {
        "1049283746501928374": ("guild", "general", "Cozy Valley Farmers"),
        "1049283746501928399": ("guild", "lfg-valorant", "Cozy Valley Farmers"),
        "1102938475610293847": ("dm", "kaydoesthings#0420", "889102938475610293"),
        "1102938475610299999": ("dm", "pixelpierogi#7731", "771029384756102938"),
    }
    index = {}
    dpool = [
        "gg",
        "anyone on tonight?",
        "just got the stardew update omg",
        "I'm so bad at this map lol",
        "one more round",
        "brb feeding the cat",
        "who's hosting",
        "lmaooo",
        "that clutch was insane",
        "ok I'm logging off, work at 8",
        "can someone carry me",
        "my aim is tragic today",
        "new farm layout, rate it",
        "queue up?",
        "sorry lag",
        "did you see the patch notes",
        "night all 🌙",
        "omw",
        "that boss took me 2 hours",
        "ranked or unrated",
    ]
    for cid, (kind, name, extra) in chan.items():
        n = {
            "1049283746501928374": 55,
            "1049283746501928399": 30,
            "1102938475610293847": 25,
            "1102938475610299999": 12,
        }[cid]
        starts = sorted(
            at(rng.choice(ds), rng.randint(19, 22), rng.randint(0, 59)) for _ in range(n)
        )
        rows = ["ID,Timestamp,Contents,Attachments"]
        extra_txt = {
            "1102938475610293847": [
                (
                    d(2024, 9, 18),
                    "add me on steam, same name lizzybee_88, and my valorant is LizzyBee#CHI1",
                ),
                (
                    d(2024, 10, 9),
                    "my bf is u/marcusbell_chi on reddit if you want him for the 5 stack lol",
                ),
            ],
        }.get(cid, [])
        items = [(t, mutate_d(rng, rng.choice(dpool))) for t in starts]
        for day, txt in extra_txt:
            items.append((at(day, 20, 15), txt))
        items.sort(key=lambda x: x[0])
        assert_awake([Msg(t, ME, x) for t, x in items], SLEEP)
        for i, (t, txt) in enumerate(items):
            mid = int(cid[:10]) * 1000 + i * 37 + 7
            ts = t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f+00:00")
            att = (
                f"https://cdn.discordapp.com/attachments/{cid}/{mid}/image.png"
                if rng.random() < 0.05
                else ""
            )
            q = '"' + txt.replace('"', '""') + '"' if ("," in txt or '"' in txt) else txt
            rows.append(f"{mid},{ts},{q},{att}")
        if kind == "dm":
            index[cid] = f"Direct Message with {name}"
            chj = {"id": cid, "type": 1, "recipients": [me_id, extra]}
        else:
            index[cid] = f"{name} in {extra}"
            chj = {
                "id": cid,
                "type": 0,
                "name": name,
                "guild": {"id": "1049283746501920000", "name": extra},
            }
        p.add(f"discord/messages/c{cid}/channel.json", json.dumps(chj).encode("utf-8"))
        p.add(f"discord/messages/c{cid}/messages.csv", ("\n".join(rows) + "\n").encode("utf-8"))
        p.msg_count += len(items)
    p.add("discord/messages/index.json", json.dumps(index).encode("utf-8"))
    p.plant("discord/messages/index.json", "USERNAME", "kaydoesthings#0420")
    p.plant("discord/messages/index.json", "USERNAME", "pixelpierogi#7731")
    f_dm = "discord/messages/c1102938475610293847/messages.csv"
    p.plant(f_dm, "USERNAME", "lizzybee_88")
    p.plant(f_dm, "USERNAME", "LizzyBee#CHI1")
    p.plant(f_dm, "USERNAME", "u/marcusbell_chi")
    user = {
        "id": me_id,
        "username": "lizzybee",
        "discriminator": "4417",
        "email": "liz.kowalski@example.com",
        "verified": True,
        "avatar_hash": "a1b2c3d4e5f60718293a4b5c6d7e8f90",
        "has_mobile": True,
        "needs_email_verification": False,
        "premium_until": None,
        "flags": 0,
        "phone": "+13125550119",
        "temp_banned_until": None,
        "ip": "198.51.100.24",
        "settings": {"locale": "en-US", "status": "online"},
        "connections": [
            {"type": "steam", "id": "76561198012345678", "name": "lizzybee_88", "visibility": 1}
        ],
    }
    p.add("discord/account/user.json", json.dumps(user, indent=2).encode("utf-8"))
    p.plant("discord/account/user.json", "EMAIL_ADDRESS", "liz.kowalski@example.com")
    p.plant("discord/account/user.json", "PHONE_NUMBER", "+13125550119")
    p.plant("discord/account/user.json", "USERNAME", "lizzybee_88")
    p.msg_count += len(all_msgs)

    # ---------------- Apple Card CSV
    ac = [
        "Transaction Date,Clearing Date,Description,Merchant,Category,Type,Amount (USD),Purchased By"
    ]
    merch = [
        ("JEWEL OSCO 3443 CHICAGO IL", "Jewel-Osco", "Grocery"),
        ("STEAMGAMES.COM 4259522 WA", "Steam", "Other"),
        ("TARGET 00019 CHICAGO IL", "Target", "Shopping"),
        ("CTA VENTRA 877-669-8368 IL", "Ventra", "Transportation"),
        ("KUMAS CORNER CHICAGO IL", "Kuma's Corner", "Restaurants"),
        ("WALGREENS #3184 CHICAGO IL", "Walgreens", "Medical"),
        ("RIOT*VALORANT POINTS LOS ANGELES CA", "Riot Games", "Other"),
        ("STARBUCKS STORE 02291 CHICAGO IL", "Starbucks", "Restaurants"),
    ]
    rows2 = []
    for day in ds:
        for _ in range(rng.choice([0, 1, 1, 2])):
            desc, m, cat = rng.choice(merch)
            amt = round(rng.uniform(3.5, 89), 2)
            rows2.append(
                (
                    day,
                    f'{day.strftime("%m/%d/%Y")},{(day + dt.timedelta(days=1)).strftime("%m/%d/%Y")},"{desc}","{m}","{cat}","Purchase","{amt:.2f}","Elizabeth Kowalski"',
                )
            )
        if day.day == 26:
            rows2.append(
                (
                    day,
                    f'{day.strftime("%m/%d/%Y")},{day.strftime("%m/%d/%Y")},"ACH DEPOSIT INTERNET TRANSFER FROM ACCOUNT ENDING IN 0337","Ach Deposit Internet Transfer From Account Ending In 0337","Payment","Payment","-450.00","Elizabeth Kowalski"',
                )
            )
    rows2.sort(key=lambda r: r[0], reverse=True)
    for mo, mname in ((9, "September"), (10, "October"), (11, "November")):
        f_ac = f"apple_card/Apple Card Transactions - {mname} 2024.csv"
        body = [r for day, r in rows2 if day.month == mo]
        p.add(f_ac, ("\n".join(ac + body) + "\n").encode("utf-8"))

    # ---------------- Chase checking CSV
    ch = ["Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #"]
    bal = 2211.40
    crow = []
    pay = d(2024, 9, 6)
    events: list[tuple[dt.date, str, float, str]] = []
    while pay <= ds[-1]:
        events.append(
            (
                pay,
                "LAKEVIEW FAMILY DE PAYROLL                 PPD ID: 9111111103",
                1874.22,
                "ACH_CREDIT",
            )
        )
        pay += dt.timedelta(days=14)
    for mo in (9, 10, 11):
        events.append(
            (
                d(2024, mo, 1),
                "AVONDALE PROPERTY MGMT WEB PMTS            PPD ID: 1363726117",
                -1225.00,
                "ACH_DEBIT",
            )
        )
        events.append(
            (
                d(2024, mo, 3),
                "Zelle payment to Marcus Bell JPM99" + f"{mo}ba7c21",
                -612.50,
                "QUICKPAY_DEBIT",
            )
        )
        events.append(
            (
                d(2024, mo, 12),
                "COMED           PAYMENT    PPD ID: 2360938600",
                -round(rng.uniform(40, 95), 2),
                "ACH_DEBIT",
            )
        )
        events.append(
            (
                d(2024, mo, 26),
                "APPLECARD GSBANK PAYMENT    PPD ID: 9999999999",
                -450.00,
                "ACH_DEBIT",
            )
        )
        events.append((d(2024, mo, 15), "ST HYACINTH BASILICA ONLINE GIVING", -40.00, "ACH_DEBIT"))
    events.append(
        (
            d(2024, 10, 28),
            "ZELLE TO MARIA GONZALEZ ON 10/28 REF # PP0K4ZQ7RT",
            -85.00,
            "QUICKPAY_DEBIT",
        )
    )
    events.append(
        (d(2024, 10, 28), "Zelle payment to Daniel Kowalski JPM99c4e81a", -60.00, "QUICKPAY_DEBIT")
    )
    events.sort(key=lambda e: e[0])
    for day, desc, amt, typ in events:
        bal = round(bal + amt, 2)
        crow.append(
            f"{'CREDIT' if amt > 0 else 'DEBIT'},{day.strftime('%m/%d/%Y')},{desc},{amt:.2f},{typ},{bal:.2f},,"
        )
    f_ch = "bank/Chase0337_Activity_20241130.CSV"
    p.add(f_ch, ("\n".join(ch + crow[::-1]) + "\n").encode("utf-8"))
    p.plant(f_ch, "PERSON", "Marcus Bell")
    p.plant(f_ch, "PERSON", "MARIA GONZALEZ")
    p.plant(f_ch, "PERSON", "Daniel Kowalski")

    # ---------------- Google Semantic Location History monthly files
    def e7(x: float) -> int:
        return round(x * 1e7)

    def iso(t: dt.datetime) -> str:
        u = t.astimezone(UTC)
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond // 1000:03d}Z"

    def visit(
        ll: tuple[float, float],
        name: str | None,
        addr: str | None,
        pid: str,
        sem: str,
        a: dt.datetime,
        b: dt.datetime,
    ) -> dict[str, object]:
        loc: dict[str, object] = {
            "latitudeE7": e7(ll[0] + rng.uniform(-0.0002, 0.0002)),
            "longitudeE7": e7(ll[1] + rng.uniform(-0.0002, 0.0002)),
            "placeId": pid,
        }
        if addr:
            loc["address"] = addr
        if name:
            loc["name"] = name
        loc.update(
            {
                "semanticType": sem,
                "sourceInfo": {"deviceTag": 1380298817},
                "locationConfidence": round(rng.uniform(70, 99), 4),
                "calibratedProbability": round(rng.uniform(60, 95), 4),
            }
        )
        return {
            "placeVisit": {
                "location": loc,
                "duration": {"startTimestamp": iso(a), "endTimestamp": iso(b)},
                "placeConfidence": "HIGH_CONFIDENCE",
                "visitConfidence": 95,
                "locationConfidence": 92,
                "placeVisitType": "SINGLE_PLACE",
                "placeVisitImportance": "MAIN",
            }
        }

    def seg(
        a_ll: tuple[float, float],
        b_ll: tuple[float, float],
        a: dt.datetime,
        b: dt.datetime,
        act: str,
    ) -> dict[str, object]:
        return {
            "activitySegment": {
                "startLocation": {
                    "latitudeE7": e7(a_ll[0]),
                    "longitudeE7": e7(a_ll[1]),
                    "sourceInfo": {"deviceTag": 1380298817},
                },
                "endLocation": {
                    "latitudeE7": e7(b_ll[0]),
                    "longitudeE7": e7(b_ll[1]),
                    "sourceInfo": {"deviceTag": 1380298817},
                },
                "duration": {"startTimestamp": iso(a), "endTimestamp": iso(b)},
                "distance": 3120,
                "activityType": act,
                "confidence": "HIGH",
                "activities": [{"activityType": act, "probability": 88.1}],
            }
        }

    home_pid, work_pid = "ChIJk2v1uZ3SD4gR8m0Hq1a7cXs", "ChIJ9xq0LbHSD4gRZ1p2m3N4oPq"
    church = ((41.93372, -87.72083), "St. Hyacinth Basilica", "ChIJ3cHyacinthBasilicaChi0")
    others = [
        ((41.94602, -87.70471), "Jewel-Osco", "ChIJJewelOscoBelmontAve000"),
        ((41.92891, -87.70742), "Logan Square Farmers Market", "ChIJLoganSqFarmersMkt00000"),
        ((41.90957, -87.67811), "Kuma's Corner", "ChIJKumasCornerBelmont0000"),
    ]
    months: dict[int, list[dict[str, object]]] = {}
    for day in ds:
        objs = months.setdefault(day.month, [])
        wake = at(day, 6, 30 + rng.randint(0, 25))
        if day.weekday() < 5:
            leave = at(day, 7, 40 + rng.randint(0, 15))
            arrive = leave + dt.timedelta(minutes=22)
            out = at(day, 17, rng.randint(0, 25))
            back = out + dt.timedelta(minutes=25)
            objs.append(visit(HOME_LL, "Home", HOME, home_pid, "TYPE_HOME", at(day, 0, 0), leave))
            objs.append(seg(HOME_LL, WORK_LL, leave, arrive, "IN_BUS"))
            objs.append(
                visit(WORK_LL, "Lakeview Family Dental", WORK, work_pid, "TYPE_WORK", arrive, out)
            )
            objs.append(seg(WORK_LL, HOME_LL, out, back, "IN_BUS"))
            objs.append(visit(HOME_LL, "Home", HOME, home_pid, "TYPE_HOME", back, at(day, 23, 59)))
        else:
            ll, name, pid = church if day.weekday() == 6 else rng.choice(others)
            go = at(day, 10 if day.weekday() == 6 else 12, 5)
            objs.append(visit(HOME_LL, "Home", HOME, home_pid, "TYPE_HOME", at(day, 0, 0), go))
            objs.append(seg(HOME_LL, ll, go, go + dt.timedelta(minutes=14), "IN_PASSENGER_VEHICLE"))
            objs.append(
                visit(
                    ll,
                    name,
                    None,
                    pid,
                    "TYPE_UNKNOWN",
                    go + dt.timedelta(minutes=14),
                    go + dt.timedelta(minutes=95),
                )
            )
            objs.append(
                seg(
                    ll,
                    HOME_LL,
                    go + dt.timedelta(minutes=95),
                    go + dt.timedelta(minutes=112),
                    "IN_PASSENGER_VEHICLE",
                )
            )
            objs.append(
                visit(
                    HOME_LL,
                    "Home",
                    HOME,
                    home_pid,
                    "TYPE_HOME",
                    go + dt.timedelta(minutes=112),
                    at(day, 23, 59),
                )
            )
        del wake
    names = {9: "SEPTEMBER", 10: "OCTOBER", 11: "NOVEMBER"}
    for mo, objs in months.items():
        f = f"Takeout/Location History (Timeline)/Semantic Location History/2024/2024_{names[mo]}.json"
        p.add(f, json.dumps({"timelineObjects": objs}, indent=2).encode("utf-8"))
        p.plant(f, "ADDRESS", HOME)
        p.plant(f, "ADDRESS", WORK)

    facts: dict[str, object] = {
        "home": {
            "lat": HOME_LL[0],
            "lon": HOME_LL[1],
            "radius_m": 300,
            "address": HOME,
            "city": "Chicago",
        },
        "work": {
            "lat": WORK_LL[0],
            "lon": WORK_LL[1],
            "radius_m": 300,
            "employer": "Lakeview Family Dental",
        },
        "sleep_window": {"start": SLEEP[0], "end": SLEEP[1], "tolerance_min": 60},
        "chats": chats,
        "relationships": [
            {"name": "Mom", "relationship": "mother", "full_name": "Barbara Kowalski"},
            {"name": "Marcus", "relationship": "partner", "full_name": "Marcus Bell"},
            {"name": "Hope Adeyemi", "relationship": "close friend", "full_name": "Hope Adeyemi"},
            {"name": "Danny", "relationship": "brother", "full_name": "Daniel Kowalski"},
        ],
        "religion": {"value": "Catholic"},
        "health": {"value": "anxiety / panic attacks (sertraline, therapy)"},
        "politics": {"value": False},
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": True},
        "salary": {
            "amount": "1874.22",
            "currency": "USD",
            "payer": "LAKEVIEW FAMILY DE PAYROLL",
            "period": "biweekly",
        },
        "risky_contact": {
            "name": rick,
            "why": "posts dozens of angry political rants in the Kowalski Family group",
        },
    }
    meta: dict[str, object] = {
        "description": "Elizabeth 'Liz' Kowalski, 34, dental hygienist at Lakeview Family Dental, lives in Avondale, Chicago with boyfriend Marcus. Telegram for family and friends, Discord for games, Apple Card and a Chase checking account, Google Semantic Location History.",
        "user": {
            "names": ["Elizabeth Kowalski", "Liz Kowalski", "Liz"],
            "phones": ["+1 312 555 0119", "+13125550119"],
            "emails": ["liz.kowalski@example.com"],
            "handles": ["@lizzy_kow", "lizzybee#4417", "lizzybee_88", "LizzyBee#CHI1"],
        },
        "facts": facts,
    }
    return p, meta


def mutate_d(rng: random.Random, s: str) -> str:
    from common import mutate

    return mutate(rng, s, lower=0.6)
