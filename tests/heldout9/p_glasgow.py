"""Persona 3: Callum 'Cal' Fraser, 26, marine-biology PhD student in Partick, Glasgow (no location export)."""

from __future__ import annotations

import datetime as dt
import json
import random

from common import UTC, Composer, angry_lines, days, fb_dump, gb_iban, local, luhn_complete
from engine import MEDIA, Msg, Persona, assert_awake, build_chat

TZ = "Europe/London"
ME = "Callum Fraser"
SLEEP = ("00:30", "09:00")
AWAKE = (9, 25)  # hours past midnight handled below (up to 01:00)
HOME = "Flat 2/1, 47 Dumbarton Road, Glasgow G11 6PD"
WORK = "Graham Kerr Building, University of Glasgow, Glasgow G12 8QQ"

GENERIC = [
    "aye",
    "aye nae bother",
    "haha",
    "wee bit hungover tbh",
    "just in",
    "wit",
    "och",
    "cheers pal",
    "naw",
    "gonna be late sorry",
    "it's pure baltic out",
    "absolutely pishing it down",
    "on the subway now",
    "lol",
    "that's mental",
    "brb",
    "sound",
    "what time u finishing",
    "ye",
    "nah cannae",
    "fair",
    "sorry just seen this",
    "stuck in the lab",
    "be there in 15",
    "did ye see that",
    "heading to the gym",
    "knackered",
    "love that",
    "cheers",
    "haha stop",
    "wee walk along the Kelvin",
    "going for a pint after if you fancy",
    "omw",
    "it's fine honestly",
    "ach well",
]
SLOTS = {
    "when": [
        "the night",
        "the morra",
        "saturday",
        "sunday",
        "after the lab",
        "later",
        "thursday",
        "the weekend",
    ],
    "place": [
        "Kelvingrove",
        "the Ben Nevis",
        "Lidl Partick",
        "the Hug and Pint",
        "Byres Road",
        "the Botanics",
        "Tesco",
        "the library",
    ],
    "thing": [
        "the rent",
        "the leccy bill",
        "my thesis chapter",
        "the hoover",
        "the washing",
        "my bike",
        "the lab meeting",
        "the bins",
    ],
}
TEMPLATES = [
    "you free {when}?",
    "meet at {place}?",
    "at {place} now",
    "can we sort {thing} {when}",
    "forgot about {thing} again",
    "{place} {when}?",
    "ugh {thing}",
    "did you do {thing}",
]


def build() -> tuple[Persona, dict[str, object]]:
    rng = random.Random(9303)
    p = Persona("uk_glasgow_phd", TZ)
    d = dt.date
    ds = days()

    def at(day: dt.date, h: int, m: int) -> dt.datetime:
        return local(TZ, day, h, m)

    def comp(extra: list[str]) -> Composer:
        return Composer(rng, GENERIC + extra, SLOTS, TEMPLATES)

    mum_n, gf, ross, grp_r = "Fiona Fraser", "Eilidh MacLeod", "Ross Campbell", "Gordon Baird"
    cal_mum = comp(
        [
            "hi mum",
            "aye all good",
            "yeah eating fine honest",
            "thesis is going ok, slowly",
            "will phone you sunday",
            "love you x",
            "got it thanks mum x",
            "tell dad I said hi",
            "no need to send money mum I'm fine",
            "busy week in the lab",
        ]
    )
    mum = comp(
        [
            "Hi son, how's the work going",
            "Are you eating properly",
            "Dad says hi",
            "Phone me when you can x",
            "Choir practice tonight",
            "Are you home for Christmas?",
            "Love mum x",
            "Did you get the parcel",
            "Take care x",
        ]
    )
    eil = comp(
        [
            "miss you",
            "what are we having for tea",
            "want to watch something tonight",
            "love you x",
            "I'm at my mum's",
            "pick up oat milk?",
            "you're daft",
            "night shift again ugh",
            "cuddles later",
            "sleep well x",
        ]
    )
    rss = comp(
        [
            "fives thursday?",
            "pint?",
            "mon the jags",
            "my flatmate's been on FIFA since 6pm 🙄",
            "lol state of you",
            "that's a shocker",
            "who's on the bells",
            "gonna need a lift",
            "magic",
        ]
    )
    grpc = comp(
        [
            "who's in thursday",
            "need one more",
            "pitch booked 7pm",
            "bring the bibs",
            "I'm oot, injured",
            "good game lads",
            "someone left a boot",
            "same time next week",
            "in",
            "in",
            "shocking defending the night",
        ]
    )

    card = luhn_complete("535572013398012")
    card_sp = " ".join(card[i : i + 4] for i in range(0, 16, 4))
    mum_pl = [
        (
            at(d(2024, 9, 10), 19, 0),
            [
                (
                    mum_n,
                    "Is your address still flat 2/1, 47 dumbarton rd? Sending your birthday card",
                ),
                (ME, "aye same flat mum"),
            ],
        ),
        (
            at(d(2024, 9, 29), 13, 0),
            [
                (
                    mum_n,
                    "Choir did the harvest service at St Columba's, lovely. Your gran was asking if you still go to church",
                ),
                (ME, "haha no mum, you know I don't"),
            ],
        ),
        (
            at(d(2024, 10, 20), 16, 20),
            [(mum_n, "Your cousin Rose is in the Western having her baby!"), (ME, "aw brilliant")],
        ),
        (
            at(d(2024, 11, 9), 12, 10),
            [
                (
                    ME,
                    "can you book the train home on your card, I'll pay you back. mine is "
                    + card_sp,
                ),
                (mum_n, "Don't be daft I'll pay"),
            ],
        ),
    ]
    eil_pl = [
        (
            at(d(2024, 9, 14), 11, 0),
            [
                (ME, "out canvassing for the Greens in Partick this morning, back by 2"),
                (gf, "look at you, activist 😂"),
            ],
        ),
        (
            at(d(2024, 10, 5), 14, 30),
            [(gf, "my new number, old phone died: 07700 900762"), (ME, "saved")],
        ),
        (
            at(d(2024, 10, 19), 15, 0),
            [(ME, "indy march was huge today, must've been 10k folk"), (gf, "saw it on the news!")],
        ),
        (
            at(d(2024, 11, 2), 18, 0),
            [
                (
                    gf,
                    "Flatmate's inhaler ran out and she had an asthma attack, sat with her in A&E",
                ),
                (ME, "oh no, is she ok?"),
            ],
        ),
        (
            at(d(2024, 11, 23), 17, 0),
            [
                (ME, "branch meeting of the scottish greens tonight, you coming?"),
                (gf, "go on then"),
            ],
        ),
    ]
    ross_pl = [
        (
            at(d(2024, 9, 21), 20, 0),
            [
                (ross, "new email for the fives league ross.campbell.gla@example.org"),
                (ME, "cheers Rossco"),
            ],
        ),
        (
            at(d(2024, 10, 12), 22, 0),
            [(ross, "got 200 quid on the old firm game, can't lose"), (ME, "you're mental")],
        ),
        (
            at(d(2024, 11, 16), 21, 30),
            [(ME, "Grace from the lab is coming to the pub, be nice"), (ross, "always am")],
        ),
    ]
    threads: dict[str, list[Msg]] = {}
    # awake 09:00..24:59 expressed with hours 9..24 won't work with local(); use 9..24 via day roll in schedule: keep 9..23
    aw = (9, 24)
    threads[gf] = build_chat(rng, TZ, [ME, gf], ME, {ME: eil, gf: eil}, 170, aw, eil_pl)
    threads[mum_n] = build_chat(
        rng, TZ, [ME, mum_n], ME, {ME: cal_mum, mum_n: mum}, 105, aw, mum_pl
    )
    threads[ross] = build_chat(rng, TZ, [ME, ross], ME, {ME: rss, ross: rss}, 85, aw, ross_pl)
    rants = angry_lines(
        rng,
        [
            "Holyrood",
            "Westminster",
            "The SNP",
            "Labour",
            "The Tories",
            "This council",
            "The BBC",
            "These MSPs",
            "The UK government",
            "Reform",
            "The Lib Dems",
            "The energy firms",
            "The press",
            "The Scotland Office",
            "The ferry contract lot",
        ],
        [
            "are a total shambles",
            "couldn't organise a piss-up in a brewery",
            "are lining their own pockets",
            "should resign the lot of them",
            "are lying to us again",
            "have wrecked this country",
            "treat us like mugs",
            "are an embarrassment",
            "want jailing",
            "are pure crooks",
        ],
        [
            "!!",
            ". Raging.",
            "!!! 😡",
            ". Absolute joke",
            ". Wake up folks",
            "!",
            ". Honestly disgusting",
            " ffs",
        ],
        65,
    )
    g_pl = [
        (at(ds[(i * 3 + 1) % len(ds)], 10 + (i * 5) % 13, (i * 11) % 60), [(grp_r, r)])
        for i, r in enumerate(rants)
    ]
    g_pl.append(
        (
            at(d(2024, 10, 3), 18, 0),
            [("Stevie Reid", "gordy mate it's a fitba chat"), (ME, "aye gie it a rest big man")],
        )
    )
    grp = build_chat(
        rng,
        TZ,
        [ME, grp_r, "Stevie Reid", ross],
        ME,
        {"*": grpc},
        150,
        aw,
        g_pl,
        weights={grp_r: 0.2, "Stevie Reid": 1, ross: 1},
    )
    assert_awake([m for t in threads.values() for m in t] + grp, SLEEP)

    def mess(title: str, parts: list[str], msgs: list[Msg], folder: str) -> dict[str, object]:
        out = []
        for m in reversed(msgs):
            e: dict[str, object] = {
                "sender_name": m.sender,
                "timestamp_ms": int(m.t.timestamp() * 1000),
            }
            if m.text == MEDIA:
                e["photos"] = [
                    {
                        "uri": f"your_facebook_activity/messages/inbox/{folder}/photos/{rng.randint(10**9, 10**10)}_n.jpg",
                        "creation_timestamp": int(m.t.timestamp()),
                    }
                ]
            else:
                e["content"] = m.text
                if rng.random() < 0.06:
                    e["reactions"] = [{"reaction": "❤", "actor": rng.choice(parts)}]
            e["is_geoblocked_for_viewer"] = False
            out.append(e)
        return {
            "participants": [{"name": n} for n in parts],
            "messages": out,
            "title": title,
            "is_still_participant": True,
            "thread_path": f"inbox/{folder}",
            "magic_words": [],
            "image": {"uri": "", "creation_timestamp": 0},
            "joinable_mode": {"mode": 1, "link": ""},
        }

    base = "facebook/your_facebook_activity/messages/inbox"
    fn = {}
    for title, folder in [
        (gf, "eilidhmacleod_10229384756102938"),
        (mum_n, "fionafraser_10112938475610293"),
        (ross, "rosscampbell_10293847561029384"),
    ]:
        f = f"{base}/{folder}/message_1.json"
        p.add(f, fb_dump(mess(title, [title, ME], threads[title], folder)))
        fn[title] = f
        p.plant(f, "PERSON", title)
    fg = f"{base}/fivesthursdays_7739102938475610/message_1.json"
    p.add(
        fg,
        fb_dump(
            mess(
                "Fives Thursdays ⚽",
                [ME, grp_r, "Stevie Reid", ross],
                grp,
                "fivesthursdays_7739102938475610",
            )
        ),
    )
    p.plant(fg, "PERSON", grp_r)
    p.plant(fg, "PERSON", "Stevie Reid")
    p.plant(fg, "PERSON", ross)
    p.plant(fg, "PERSON", "gordy")
    p.plant(fn[mum_n], "ADDRESS", "flat 2/1, 47 dumbarton rd")
    p.plant(fn[mum_n], "PERSON", "Rose")
    p.plant(fn[mum_n], "CREDIT_CARD", card_sp)
    p.plant(fn[gf], "PHONE_NUMBER", "07700 900762")
    p.plant(fn[ross], "EMAIL_ADDRESS", "ross.campbell.gla@example.org")
    p.plant(fn[ross], "PERSON", "Rossco")
    p.plant(fn[ross], "PERSON", "Grace")

    # ---------------- Slack export (lab workspace)
    users = [
        {
            "id": "U04CALFRSR",
            "team_id": "T02KERRLAB",
            "name": "callum.fraser",
            "real_name": "Callum Fraser",
            "profile": {
                "title": "PhD student",
                "phone": "",
                "real_name": "Callum Fraser",
                "display_name": "Cal",
                "email": "c.fraser.2@example.org",
            },
        },
        {
            "id": "U03ANJALIP",
            "team_id": "T02KERRLAB",
            "name": "anjali.p",
            "real_name": "Anjali Pillai",
            "profile": {
                "title": "Lecturer, supervisor",
                "phone": "+44 141 496 0734",
                "real_name": "Anjali Pillai",
                "display_name": "Anjali",
                "email": "anjali.pillai@example.org",
            },
        },
        {
            "id": "U05HAMISHD",
            "team_id": "T02KERRLAB",
            "name": "hamish.d",
            "real_name": "Hamish Doyle",
            "profile": {
                "title": "Lab technician",
                "phone": "",
                "real_name": "Hamish Doyle",
                "display_name": "hamish",
                "email": "hamish.doyle@example.org",
            },
        },
    ]
    sl = "slack/Kerr Lab Slack export Sep 2 2024 - Nov 29 2024"
    p.add(f"{sl}/users.json", json.dumps(users, indent=4).replace("/", "\\/").encode("utf-8"))
    p.add(
        f"{sl}/channels.json",
        json.dumps(
            [
                {
                    "id": "C01GENERAL",
                    "name": "general",
                    "created": 1600000000,
                    "creator": "U03ANJALIP",
                    "is_archived": False,
                    "is_general": True,
                    "members": ["U03ANJALIP", "U04CALFRSR", "U05HAMISHD"],
                    "topic": {"value": "", "creator": "", "last_set": 0},
                    "purpose": {"value": "Kerr lab chat", "creator": "", "last_set": 0},
                }
            ],
            indent=4,
        ).encode("utf-8"),
    )
    p.add(
        f"{sl}/dms.json",
        json.dumps(
            [{"id": "D06ANJCAL1", "created": 1660000000, "members": ["U03ANJALIP", "U04CALFRSR"]}],
            indent=4,
        ).encode("utf-8"),
    )
    p.add(f"{sl}/integration_logs.json", b"[]")
    p.plant(f"{sl}/users.json", "PHONE_NUMBER", "+44 141 496 0734")
    p.plant(f"{sl}/users.json", "EMAIL_ADDRESS", "anjali.pillai@example.org")
    p.plant(f"{sl}/users.json", "PERSON", "Anjali Pillai")
    p.plant(f"{sl}/users.json", "PERSON", "Hamish Doyle")
    p.plant(f"{sl}/users.json", "USERNAME", "anjali.p")
    p.plant(f"{sl}/users.json", "USERNAME", "hamish.d")
    p.plant(f"{sl}/users.json", "EMAIL_ADDRESS", "hamish.doyle@example.org")
    p.plant(f"{sl}/users.json", "EMAIL_ADDRESS", "c.fraser.2@example.org")
    iban = gb_iban("NWBK", "602214", "31926819")
    uid = {ME: "U04CALFRSR", "Anjali": "U03ANJALIP", "hamish": "U05HAMISHD"}
    lab = Composer(
        rng,
        [
            "samples are in the -80",
            "sequencer's booked 2-4",
            "who's on the boat friday",
            "PCR failed again 😩",
            "can someone check the tank temps",
            "lab meeting moved to 11",
            "uploaded the plots to the drive",
            "thanks!",
            "coffee?",
            "ok will do",
            "nice one",
            "that's weird, let me look",
            "reagents arrived",
            "fume hood is broken again",
            "draft chapter sent",
            "the seals data looks really clean",
            "reviewer 2 strikes again",
            "I'll be in late, dentist",
        ],
        SLOTS,
        TEMPLATES,
    )
    gen_pl = [
        (
            at(d(2024, 9, 16), 10, 0),
            [
                (
                    "Anjali",
                    "Field kit returns to the Graham Kerr Building, University of Glasgow, Glasgow G12 8QQ, room 412 please",
                )
            ],
        ),
        (
            at(d(2024, 10, 14), 11, 0),
            [
                (
                    "hamish",
                    "delivery for Cal went to his flat by mistake? flat 2/1, 47 Dumbarton Road G11 6PD, can you bring it in",
                )
            ],
        ),
    ]
    gen = build_chat(rng, TZ, [ME, "Anjali", "hamish"], ME, {"*": lab}, 80, (9, 18), gen_pl)
    dm_pl = [
        (
            at(d(2024, 10, 1), 14, 0),
            [
                ("Anjali", "Finance need your bank details for the Plymouth conference refund"),
                (ME, f"IBAN {iban}, name C Fraser"),
                ("Anjali", "Thanks Cal"),
            ],
        ),
        (
            at(d(2024, 11, 4), 15, 0),
            [
                (ME, "can I take friday off? going to the march in Edinburgh"),
                ("Anjali", "Of course"),
            ],
        ),
    ]
    dm = build_chat(rng, TZ, [ME, "Anjali"], ME, {"*": lab}, 45, (9, 18), dm_pl)
    assert_awake(gen + dm, SLEEP)

    def slack_days(folder: str, msgs: list[Msg]) -> None:
        byday: dict[str, list[dict[str, object]]] = {}
        for m in msgs:
            ts = f"{m.t.timestamp():.6f}"
            txt = "uploaded a file" if m.text == MEDIA else m.text
            e: dict[str, object] = {
                "type": "message",
                "text": txt,
                "user": uid[m.sender],
                "ts": ts,
                "team": "T02KERRLAB",
                "user_team": "T02KERRLAB",
            }
            if m.text == MEDIA:
                e["files"] = [
                    {
                        "id": "F0" + ts.replace(".", "")[:9],
                        "name": "plot.png",
                        "mimetype": "image/png",
                    }
                ]
            byday.setdefault(m.t.astimezone(UTC).strftime("%Y-%m-%d"), []).append(e)
        for day, es in byday.items():
            p.add(
                f"{sl}/{folder}/{day}.json",
                json.dumps(es, indent=4, ensure_ascii=False).replace("/", "\\/").encode("utf-8"),
            )

    slack_days("general", gen)
    slack_days("D06ANJCAL1", dm)
    for rel in list(p.files):
        if rel.startswith(f"{sl}/general/") and "Graham Kerr" in p.files[rel].decode():
            p.plant(rel, "ADDRESS", WORK)
        if rel.startswith(f"{sl}/general/") and "47 Dumbarton" in p.files[rel].decode():
            p.plant(rel, "ADDRESS", "flat 2/1, 47 Dumbarton Road G11 6PD")
        if rel.startswith(f"{sl}/D06") and "IBAN" in p.files[rel].decode():
            p.plant(rel, "IBAN_CODE", iban)

    # ---------------- Revolut
    rv = ["Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance"]
    bal = 412.18
    ev: list[tuple[dt.datetime, str, str, float]] = []
    for day in ds:
        if day.day == 25:
            ev.append((at(day, 9, 12), "TRANSFER", "Payment from University Of Glasgow", 1612.50))
        if day.day == 1:
            ev.append((at(day, 10, 0), "TRANSFER", "To Partick Lettings Ltd", -575.00))
        if rng.random() < 0.6:
            ev.append(
                (
                    at(day, rng.randint(10, 22), rng.randint(0, 59)),
                    "CARD_PAYMENT",
                    rng.choice(
                        [
                            "Lidl",
                            "Tesco Byres Road",
                            "SPT Subway",
                            "The Ben Nevis",
                            "Greggs",
                            "Waterstones Byres Rd",
                            "Tennent's Bar",
                            "Uber Eats",
                        ]
                    ),
                    -round(rng.uniform(1.6, 38), 2),
                )
            )
    ev.append((at(d(2024, 10, 6), 12, 0), "TRANSFER", "To Eilidh MacLeod", -30.00))
    ev.append((at(d(2024, 10, 13), 12, 0), "TRANSFER", "Payment from Ross Campbell", 12.50))
    ev.append((at(d(2024, 9, 14), 11, 0), "CARD_PAYMENT", "Scottish Green Party Membership", -6.00))
    ev.append(
        (at(d(2024, 10, 14), 11, 0), "CARD_PAYMENT", "Scottish Green Party Membership", -6.00)
    )
    ev.append(
        (at(d(2024, 11, 14), 11, 0), "CARD_PAYMENT", "Scottish Green Party Membership", -6.00)
    )
    ev.sort(key=lambda e: e[0])
    for t, typ, desc, amt in ev:
        pending = t.date() >= d(2024, 11, 28) and typ == "CARD_PAYMENT"
        if not pending:
            bal = round(bal + amt, 2)
        s = t.strftime("%Y-%m-%d %H:%M:%S")
        c = (
            t + dt.timedelta(seconds=rng.randint(1, 600) if typ == "CARD_PAYMENT" else 1)
        ).strftime("%Y-%m-%d %H:%M:%S")
        rv.append(
            f"{typ},Current,{s},{'' if pending else c},{desc},{amt:.2f},0.00,GBP,{'PENDING' if pending else 'COMPLETED'},{'' if pending else f'{bal:.2f}'}"
        )
    f_rv = "revolut/account-statement_2024-09-01_2024-11-29_en-gb_8f31c2.csv"
    p.add(f_rv, ("\n".join(rv) + "\n").encode("utf-8"))
    p.plant(f_rv, "PERSON", gf)
    p.plant(f_rv, "PERSON", ross)

    # ---------------- Mastodon outbox (duplicate orderedItems key quirk)
    acct = "https://mastodon.scot/users/calfraser"
    posts = [
        (
            d(2024, 9, 14),
            15,
            'Out canvassing in Partick for the <a href="https://mastodon.scot/tags/ScottishGreens" class="mention hashtag" rel="tag">#<span>ScottishGreens</span></a> today. Good chats on the doorsteps 💚',
            [],
        ),
        (d(2024, 9, 30), 20, "Seal tagging data finally cleaned. Only took three weeks 🦭", []),
        (
            d(2024, 10, 19),
            18,
            "Incredible turnout at the independence march today. Scotland's future in Scotland's hands 🏴󠁧󠁢󠁳󠁣󠁴󠁿",
            [],
        ),
        (
            d(2024, 10, 28),
            21,
            '<span class="h-card"><a href="https://mastodon.scot/@rossco" class="u-url mention">@<span>rossco</span></a></span> you still owe me a pint from the fives',
            ["https://mastodon.scot/users/rossco"],
        ),
        (
            d(2024, 11, 8),
            19,
            "Climate emergency and Holyrood is still approving new oil fields? Join the Greens. Seriously.",
            [],
        ),
        (
            d(2024, 11, 20),
            22,
            '<span class="h-card"><a href="https://fosstodon.org/@eilidh_mac" class="u-url mention">@<span>eilidh_mac</span></a></span> dinner at the Hug and Pint friday?',
            ["https://fosstodon.org/users/eilidh_mac"],
        ),
    ]
    for i in range(14):
        day = ds[(i * 6 + 4) % len(ds)]
        posts.append(
            (
                day,
                11 + i % 11,
                rng.choice(
                    [
                        "Glasgow sky doing its thing this morning",
                        "PhD year 2: the thesis is a myth",
                        "Kelvingrove in the rain is still lovely",
                        "Reviewer 2 wants more samples. From the North Sea. In November.",
                        "Subway's off again 🙃",
                        "New paper out on grey seal diving behaviour",
                        "Who else is marking labs all weekend",
                        "Bike got a puncture on the Clyde path",
                    ]
                ),
                [],
            )
        )
    items = []
    for i, (day, h, html, to_dm) in enumerate(sorted(posts, key=lambda x: x[0])):
        pub = at(day, h, (i * 7) % 60).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        nid = f"{acct}/statuses/11312{i:04d}000000000"
        is_dm = bool(to_dm) and "rossco" in html
        to = to_dm if is_dm else ["https://www.w3.org/ns/activitystreams#Public"]
        cc = [] if is_dm else [f"{acct}/followers", *to_dm]
        obj = {
            "id": nid,
            "type": "Note",
            "summary": None,
            "inReplyTo": None,
            "published": pub,
            "url": f"https://mastodon.scot/@calfraser/11312{i:04d}000000000",
            "attributedTo": acct,
            "to": to,
            "cc": cc,
            "sensitive": False,
            "content": f"<p>{html}</p>",
            "attachment": [],
            "tag": [
                {
                    "type": "Mention",
                    "href": to_dm[0],
                    "name": "@rossco@mastodon.scot"
                    if "rossco" in html
                    else "@eilidh_mac@fosstodon.org",
                }
            ]
            if to_dm
            else [],
        }
        items.append(
            {
                "id": f"{nid}/activity",
                "type": "Create",
                "actor": acct,
                "published": pub,
                "to": to,
                "cc": cc,
                "object": obj,
            }
        )
    body = json.dumps(items, indent=2, ensure_ascii=False)
    outbox = (
        '{\n  "@context": "https://www.w3.org/ns/activitystreams",\n  "id": "outbox.json",\n  "type": "OrderedCollection",\n'
        f'  "totalItems": {len(items)},\n  "orderedItems": [],\n  "orderedItems": {body}\n}}\n'
    )
    f_md = "mastodon/outbox.json"
    p.add(f_md, outbox.encode("utf-8"))
    p.add(
        "mastodon/actor.json",
        json.dumps(
            {
                "@context": "https://www.w3.org/ns/activitystreams",
                "id": acct,
                "type": "Person",
                "preferredUsername": "calfraser",
                "name": "Cal Fraser 🦭",
                "summary": "<p>Marine bio PhD @ UofG. Seals, bikes, Greens. Partick.</p>",
                "url": "https://mastodon.scot/@calfraser",
            },
            indent=2,
            ensure_ascii=False,
        ).encode("utf-8"),
    )
    p.plant(f_md, "USERNAME", "@rossco@mastodon.scot")
    p.plant(f_md, "USERNAME", "@eilidh_mac@fosstodon.org")

    # ---------------- LinkedIn messages.csv
    li = [
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER"
    ]
    lrows = [
        (
            "2-YTk4ZjE1",
            "Sarah Whitlock",
            "https://www.linkedin.com/in/sarah-whitlock-8b1a2c",
            ME,
            "https://www.linkedin.com/in/callum-fraser-seals",
            at(d(2024, 9, 25), 14, 2),
            "Hi Callum, I'm recruiting for a marine survey role in Aberdeen. Could you send your CV to sarah.whitlock@example.com or call me on 07700 900984?",
        ),
        (
            "2-YTk4ZjE1",
            ME,
            "https://www.linkedin.com/in/callum-fraser-seals",
            "Sarah Whitlock",
            "https://www.linkedin.com/in/sarah-whitlock-8b1a2c",
            at(d(2024, 9, 26), 10, 40),
            "Hi Sarah, thanks, but I'm staying to finish my PhD at the University of Glasgow. Happy to chat next year.",
        ),
        (
            "2-MzQ1OGRk",
            "Tom Okonkwo",
            "https://www.linkedin.com/in/tomokonkwo",
            ME,
            "https://www.linkedin.com/in/callum-fraser-seals",
            at(d(2024, 11, 12), 16, 30),
            "Great talk at the seal symposium! Ping me if you're ever in St Andrews.",
        ),
    ]
    for cid, fr, fu, to_name, tu, sent, content in lrows:
        li.append(
            f'{cid},,{fr},{fu},{to_name},{tu},{sent.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")},,"{content}",INBOX'
        )
    f_li = "linkedin/messages.csv"
    p.add(f_li, ("\n".join(li) + "\n").encode("utf-8"))
    p.plant(f_li, "PERSON", "Sarah Whitlock")
    p.plant(f_li, "EMAIL_ADDRESS", "sarah.whitlock@example.com")
    p.plant(f_li, "PHONE_NUMBER", "07700 900984")
    p.plant(f_li, "PERSON", "Tom Okonkwo")

    p.msg_count = sum(len(t) for t in threads.values()) + len(grp) + len(gen) + len(dm)
    facts: dict[str, object] = {
        "home": {
            "lat": 55.8707,
            "lon": -4.3018,
            "radius_m": 300,
            "address": HOME,
            "city": "Glasgow",
        },
        "work": {
            "lat": 55.8723,
            "lon": -4.2918,
            "radius_m": 300,
            "employer": "University of Glasgow",
        },
        "sleep_window": {"start": SLEEP[0], "end": SLEEP[1], "tolerance_min": 60},
        "chats": threads,
        "relationships": [
            {"name": gf, "relationship": "partner", "full_name": gf},
            {"name": mum_n, "relationship": "mother", "full_name": mum_n},
            {"name": ross, "relationship": "close friend", "full_name": ross},
            {"name": "Anjali Pillai", "relationship": "colleague", "full_name": "Anjali Pillai"},
        ],
        "religion": {"value": False},
        "health": {"value": False},
        "politics": {"value": "Scottish Greens supporter, pro-independence"},
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": False},
        "salary": {
            "amount": "1612.50",
            "currency": "GBP",
            "payer": "University Of Glasgow",
            "period": "monthly",
        },
        "risky_contact": {
            "name": grp_r,
            "why": "posts dozens of angry political rants in the Fives Thursdays group",
        },
    }
    meta: dict[str, object] = {
        "description": "Callum 'Cal' Fraser, 26, marine-biology PhD student at the University of Glasgow, lives in a tenement flat in Partick; girlfriend Eilidh. Messenger for friends/family, Slack for the lab, Revolut, Mastodon, LinkedIn. No location export: home address in Messenger/Slack, work in Slack/LinkedIn.",
        "user": {
            "names": ["Callum Fraser", "Cal Fraser", "Cal"],
            "phones": [],
            "emails": ["c.fraser.2@example.org"],
            "handles": ["@calfraser@mastodon.scot", "callum.fraser"],
        },
        "facts": facts,
    }
    return p, meta
