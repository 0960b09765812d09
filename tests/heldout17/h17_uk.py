"""uk_exeter_retired: Margaret (Maggie) Holloway, 69, retired school secretary in Exeter."""

from __future__ import annotations

import calendar
import csv
import io
import json
import random
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from h17_common import awake_minute, days, en_noise, iban, local_dt, luhn_complete, nhs_number

TZ = ZoneInfo("Europe/London")
START, END = date(2026, 1, 12), date(2026, 4, 10)
USER = "Maggie Holloway"
HOME = (50.72841, -3.50236)
LARDER = (50.71802, -3.53944)
CHURCH = (50.72603, -3.52488)
NHS = nhs_number("485777345")
IBAN = iban("GB", "MONZ" + "040004" + "31926874")
CARD = luhn_complete("535522001947263")

OPEN = [
    "",
    "",
    "",
    "Hi ",
    "Morning! ",
    "Ooh ",
    "Well ",
    "Right ",
    "Oh ",
    "Hello love ",
    "Just to say ",
]
CLOSE = ["", "", " x", " xx", " 😊", "!", " lol", " 😂", " 👍", ".", "...", " ❤️"]
GAVIN = [
    "can you send me the photo of the boiler thing",
    "are you still ok for Sunday lunch",
    "the kids say thank you for the cards",
    "I'll pop round after work Thursday",
    "did the man come about the gutter",
    "have you had your jab yet",
    "ruby has a cold again, poor thing",
    "we're thinking Cornwall for Easter",
    "just landed back",
    "don't climb on that ladder Mum",
    "traffic on the A30 is a nightmare",
    "I'll sort the telly out at the weekend",
    "any news from the council",
    "what time is the thing at church",
    "love you, speak later",
    "phone me when you get this",
]
MAGGIE = [
    "lovely to see you all yesterday",
    "the heating's playing up again",
    "I've made too much soup as usual",
    "went to the larder this morning, very busy",
    "bus was late again",
    "Could you ring me when you're free",
    "I can't find the charger for the tablet",
    "the garden's a mess after the wind",
    "I've put the kettle on",
    "had a lovely chat with the vicar",
    "did you get my message",
    "back from town, feet are killing me",
    "next door's cat is in my shed again",
    "the WI meeting was cancelled",
    "that programme was rubbish last night",
    "I'm knitting for the baby unit again",
    "don't forget your dad's anniversary",
    "it's blowing a gale here",
    "shall I bring a crumble",
    "they've moved the post office again",
    "Off to bed soon, night night",
]
LOU = [
    "how's the garden looking",
    "Mum's old brooch turned up in my drawer",
    "I rang the surgery, no appointments till March",
    "did you watch Vera",
    "Derek says hello",
    "we've had snow here",
    "still coughing but better",
    "shall we do a day in Sidmouth",
    "your turn to ring Auntie Jean",
    "the bin men didn't come",
    "I won £10 on the scratchcard haha",
    "pat was in the paper!",
    "fancy a coffee in town",
    "miss you sis",
    "Derek's knee op is booked for the 3rd",
]
PAT = [
    "see you at chapel Sunday",
    "are you doing flowers this week",
    "the coffee morning raised £212!",
    "can you do the rota",
    "you left your scarf in the hall",
    "the minister is off sick",
    "bring your hymn book",
    "want a lift to bingo Friday",
    "the choir's short of altos",
    "lunch club Wednesday?",
    "my Graham is poorly again",
    "I'll pick you up at half 10",
]
RISKY_A = [
    "This government",
    "Westminster",
    "Starmer and his lot",
    "The council",
    "Those MPs",
    "Parliament",
    "The whole lot of them",
    "Net zero zealots",
    "The Tories before them",
    "Brussels",
]
RISKY_B = [
    "have ruined this country",
    "couldn't run a bath",
    "are robbing pensioners blind",
    "want us all freezing",
    "lie through their teeth",
    "don't care about people like us",
    "should be locked up",
    "are traitors, plain and simple",
]
RISKY_C = [
    "!!!",
    ". Absolute disgrace.",
    ". WAKE UP people.",
    " and nobody does anything!",
    ". I'm FURIOUS.",
    ". Share this before they delete it.",
    ". Mark my words.",
]
GROUP = [
    "Has anyone seen a grey cat near number 9?",
    "bins are Tuesday this week because of the bank holiday",
    "Parcel for no. 31 left with me",
    "Streetlight out again by the postbox",
    "thanks all for the card x",
    "Anyone got a ladder I can borrow",
    "Coffee at mine Saturday 11ish",
    "Council say the pothole is 'scheduled'",
    "Lovely sunset tonight",
    "Please slow down on the bend, kids about",
    "Recycling not collected again",
]


def _mj(s: str) -> str:
    """Facebook-style mojibake: UTF-8 bytes as one code point each."""
    return s.encode("utf-8").decode("latin-1")


def _mjdump(obj: object) -> bytes:
    def conv(o):
        if isinstance(o, str):
            return _mj(o)
        if isinstance(o, list):
            return [conv(x) for x in o]
        if isinstance(o, dict):
            return {k: conv(v) for k, v in o.items()}
        return o

    return json.dumps(conv(obj), indent=2, ensure_ascii=True).encode("ascii")


def build(root: str, files: dict[str, bytes]) -> dict:
    rng = random.Random(1702)
    all_days = days(START, END)
    threads = {
        "Gavin Holloway": ("gavinholloway_10236471829", GAVIN, 0.8, (2, 7)),
        "Louise Marsh": ("louisemarsh_3318820471", LOU, 0.6, (3, 8)),
        "Pat Dunn": ("patdunn_5520193874", PAT, 0.6, (2, 7)),
    }
    msgs: dict[str, list[tuple]] = {k: [] for k in threads}
    msgs["Hamlin Gardens Residents"] = []

    def line(pool):
        return en_noise(rng, rng.choice(OPEN) + rng.choice(pool) + rng.choice(CLOSE), 0.3, 0.06)

    for d in all_days:
        for name, (_tid, pool, p, (lo, hi)) in threads.items():
            if rng.random() < p:
                m = awake_minute(rng, 7 * 60 + 20, 22 * 60 + 20, 11 * 60)
                for _ in range(rng.randint(lo, hi)):
                    who = USER if rng.random() < 0.5 else name
                    kind = "photo" if rng.random() < 0.06 else "text"
                    msgs[name].append(
                        (local_dt(TZ, d, m), who, line(MAGGIE if who == USER else pool), kind)
                    )
                    m = min(m + rng.randint(1, 9), 22 * 60 + 25)
        for _ in range(rng.randint(2, 6)):
            who = rng.choice(
                [USER, "Sandra Pike", "Tom Okafor", "Keith Brannigan", "jack Rowe", "Bev Latham"]
            )
            msgs["Hamlin Gardens Residents"].append(
                (local_dt(TZ, d, awake_minute(rng, 7 * 60 + 30, 22 * 60)), who, line(GROUP), "text")
            )
    risky = sorted({a + " " + b + c for a in RISKY_A for b in RISKY_B for c in RISKY_C})
    rng.shuffle(risky)
    for i, t in enumerate(risky[:68]):
        d = all_days[(i * 4 + 1) % len(all_days)]
        msgs["Hamlin Gardens Residents"].append(
            (local_dt(TZ, d, awake_minute(rng, 8 * 60, 22 * 60)), "Keith Brannigan", t, "text")
        )

    plants = [
        (
            "Gavin Holloway",
            2,
            600,
            "Gavin Holloway",
            "Mum what's your NI number? the pension form wants it",
        ),
        ("Gavin Holloway", 2, 640, USER, "PH 61 93 05 B i think. its on the letter in the bureau"),
        (
            "Gavin Holloway",
            9,
            700,
            USER,
            "NHS number for the repeat prescription thing is "
            + NHS[:3]
            + " "
            + NHS[3:6]
            + " "
            + NHS[6:],
        ),
        (
            "Gavin Holloway",
            15,
            800,
            "Gavin Holloway",
            "sent you £50 for the car tax. reg is WF19 KXR right?",
        ),
        (
            "Gavin Holloway",
            22,
            1110,
            "Gavin Holloway",
            "new number from monday 07700 900418, work one stays the same",
        ),
        (
            "Gavin Holloway",
            30,
            1140,
            USER,
            "Just back from chapel, Rev Ellis did a lovely sermon about Lent",
        ),
        (
            "Gavin Holloway",
            44,
            980,
            "Gavin Holloway",
            "ruby's party is at 12 Calder Close, Exminster EX6 8BT, 2pm",
        ),
        ("Gavin Holloway", 58, 900, USER, "put my passport number in for the ferry: 548213076"),
        (
            "Gavin Holloway",
            70,
            1000,
            USER,
            "Lottery and the bingo app again this week, I know, I know. Won £40 on Saturday though!",
        ),
        ("Louise Marsh", 4, 660, "Louise Marsh", "my new email is lou.marsh52@example.org"),
        (
            "Louise Marsh",
            12,
            720,
            USER,
            "Derek's op - tell him I'm praying for him, I'll light a candle at Sidwell Street on Sunday",
        ),
        (
            "Louise Marsh",
            27,
            1250,
            "Louise Marsh",
            "Derek's diabetes is getting worse, they've put him on insulin",
        ),
        (
            "Louise Marsh",
            36,
            1290,
            USER,
            "Did £20 on the Tombola bingo last night and lost the lot, silly me",
        ),
        (
            "Louise Marsh",
            50,
            1230,
            "Louise Marsh",
            "send the birthday money to my account, sort code 20-45-77 acc 60382914",
        ),
        ("Pat Dunn", 6, 610, "Pat Dunn", "Mags can you text Mrs Pengelly, she's on 07700 900233"),
        (
            "Pat Dunn",
            18,
            600,
            USER,
            "chapel rota: I'm on flowers 1st and 3rd Sunday, you on coffee",
        ),
        ("Pat Dunn", 39, 640, "Pat Dunn", "gav says hi, saw him at Tesco"),
        (
            "Hamlin Gardens Residents",
            10,
            700,
            "Tom Okafor",
            "If anyone needs me I'm at 6 Hamlin Gardens now, phone 07700 900562",
        ),
        (
            "Hamlin Gardens Residents",
            33,
            800,
            USER,
            "Parcel for Bev left in my porch, 27 Hamlin Gardens",
        ),
    ]
    for chat, di, minute, who, text in plants:
        msgs[chat].append((local_dt(TZ, all_days[di], minute), who, text, "text"))

    counts = {}
    for name, lst in msgs.items():
        lst.sort(key=lambda t: t[0])
        group = name == "Hamlin Gardens Residents"
        tid = "hamlingardensresidents_4471029365" if group else threads[name][0]
        parts = (
            [USER, "Sandra Pike", "Tom Okafor", "Keith Brannigan", "jack Rowe", "Bev Latham"]
            if group
            else [name, USER]
        )
        out = []
        for dt, who, text, kind in reversed(lst):
            ms = int(dt.timestamp() * 1000) + rng.randint(0, 999)
            m = {"sender_name": who, "timestamp_ms": ms}
            if kind == "photo":
                m["photos"] = [
                    {
                        "uri": f"messages/inbox/{tid}/photos/{rng.randrange(10**15, 10**16)}.jpg",
                        "creation_timestamp": ms // 1000,
                    }
                ]
            else:
                m["content"] = text
            if rng.random() < 0.05:
                m["reactions"] = [{"reaction": "❤", "actor": USER if who != USER else parts[0]}]
            m["is_geoblocked_for_viewer"] = False
            out.append(m)
        doc = {
            "participants": [{"name": p} for p in parts],
            "messages": out,
            "title": name,
            "is_still_participant": True,
            "thread_path": f"inbox/{tid}",
            "magic_words": [],
        }
        if group:
            doc["joinable_mode"] = {"mode": 1, "link": ""}
        files[f"messages/inbox/{tid}/message_1.json"] = _mjdump(doc)
        if not group:
            counts[name] = len(lst)

    # ---- Facebook posts, comments, profile
    post_lines = [
        "Lovely walk along the Exe this morning 🦢",
        "Coffee morning at chapel raised £212 for the foodbank, thank you all!",
        "Happy birthday to my gorgeous granddaughter ruby 🎂",
        "Who else remembers when Exeter had proper shops?",
        "Another Sunday, another lovely service at Sidwell Street Methodist. Thankful 🙏",
        "Snowdrops are out in the garden",
        "Volunteering at the Community Larder again today, so many families struggling",
        "Anyone know a good gutter man in Heavitree?",
        "Lent group tonight - we're reading Luke",
        "Knitting for the premature baby unit, 14 hats so far!",
    ]
    posts = []
    for i, pl in enumerate(post_lines * 2):
        d = all_days[(i * 5 + 2) % len(all_days)]
        ts = int(local_dt(TZ, d, awake_minute(rng, 9 * 60, 21 * 60)).timestamp())
        txt = (
            pl
            if i < len(post_lines)
            else en_noise(rng, pl + rng.choice([" x", " again!", " 😊", ""]), 0.2, 0.0)
        )
        posts.append(
            {
                "timestamp": ts,
                "data": [{"post": txt}],
                "title": "Maggie Holloway updated her status.",
            }
        )
    posts.append(
        {
            "timestamp": int(local_dt(TZ, all_days[48], 15 * 60).timestamp()),
            "data": [
                {
                    "post": "Selling Gavin's old bike, collection from 27 Hamlin Gardens or ring 07700 900871"
                }
            ],
            "title": "Maggie Holloway updated her status.",
        }
    )
    posts.sort(key=lambda p: -p["timestamp"])
    files["posts/your_posts_1.json"] = _mjdump(posts)
    com_lines = [
        "Beautiful photo Sandra x",
        "So sorry to hear that, thinking of you",
        "Congratulations!! 🎉",
        "Thank you, see you Sunday",
        "Ha! That's Gavin all over",
        "Ask at the post office, they know everyone",
        "Praying for you and Graham x",
        "lou you look just like Mum here",
    ]
    coms = []
    for i, cl in enumerate(com_lines * 3):
        d = all_days[(i * 3 + 1) % len(all_days)]
        coms.append(
            {
                "timestamp": int(local_dt(TZ, d, awake_minute(rng, 9 * 60, 21 * 60)).timestamp()),
                "data": [
                    {
                        "comment": {
                            "timestamp": 0,
                            "comment": cl if i < 8 else en_noise(rng, cl, 0.3, 0.05),
                            "author": USER,
                        }
                    }
                ],
                "title": "Maggie Holloway commented on a post.",
            }
        )
    for c in coms:
        c["data"][0]["comment"]["timestamp"] = c["timestamp"]
    files["comments_and_reactions/comments.json"] = _mjdump({"comments_v2": coms})
    profile = {
        "profile_v2": {
            "name": {
                "full_name": "Maggie Holloway",
                "first_name": "Maggie",
                "middle_name": "",
                "last_name": "Holloway",
            },
            "emails": {
                "emails": ["maggie.holloway57@example.com"],
                "previous_emails": [],
                "pending_emails": [],
                "ad_account_emails": [],
            },
            "birthday": {"year": 1957, "month": 6, "day": 12},
            "gender": {"gender_option": "FEMALE"},
            "current_city": {"name": "Exeter, Devon", "timestamp": 1432300000},
            "hometown": {"name": "Plymouth", "timestamp": 1432300000},
            "phone_numbers": [
                {"phone_type": "Mobile", "phone_number": "+447700900314", "verified": True}
            ],
            "registration_timestamp": 1262304000,
        }
    }
    files["profile_information/profile_information.json"] = _mjdump(profile)

    # ---- Monzo CSV
    mrows = []
    for d in all_days:
        if d.day == 28:
            mrows.append(
                (
                    d,
                    "09:02:11",
                    "Faster payment",
                    "WESTCOUNTRY LGPS PENSION",
                    "",
                    "Income",
                    "1432.17",
                    "PENSION 8817264",
                )
            )
        if (d.weekday() == 3 and d.day <= 7) or (d.weekday() == 3 and rng.random() < 0.2):
            mrows.append(
                (d, "08:15:40", "Faster payment", "DWP SP", "", "Income", "230.25", "STATE PENSION")
            )
        if d.weekday() in (4, 5) and rng.random() < 0.7:
            mrows.append(
                (
                    d,
                    f"{rng.randint(19, 21)}:{rng.randint(10, 59):02d}:{rng.randint(10, 59):02d}",
                    "Card payment",
                    rng.choice(["Tombola Bingo", "Mecca Bingo Online", "The National Lottery"]),
                    "🎲",
                    "Entertainment",
                    f"-{rng.choice([5, 10, 10, 15, 20, 25])}.00",
                    "",
                )
            )
        if rng.random() < 0.5:
            mrows.append(
                (
                    d,
                    f"{rng.randint(9, 18)}:{rng.randint(10, 59):02d}:{rng.randint(10, 59):02d}",
                    "Card payment",
                    rng.choice(
                        [
                            "Tesco",
                            "Boots",
                            "Stagecoach South West",
                            "Greggs",
                            "Co-op",
                            "M&S Simply Food",
                        ]
                    ),
                    "",
                    "Groceries",
                    f"-{rng.randint(2, 48)}.{rng.randint(0, 99):02d}",
                    "",
                )
            )
        if d.day == 15:
            mrows.append(
                (d, "06:00:01", "Direct Debit", "SOUTH WEST WATER", "💧", "Bills", "-38.40", "")
            )
    mrows.append(
        (
            all_days[16],
            "11:02:33",
            "Faster payment",
            "Gavin Holloway",
            "",
            "Transfers",
            "50.00",
            "car tax",
        )
    )
    mrows.append(
        (
            all_days[51],
            "10:20:00",
            "Faster payment",
            "Louise Marsh",
            "",
            "Transfers",
            "-40.00",
            "birthday money",
        )
    )
    mrows.append(
        (
            all_days[20],
            "12:00:00",
            "Faster payment",
            "Sidwell Street Methodist Church",
            "⛪",
            "General",
            "-20.00",
            "Gift Aid collection",
        )
    )
    mrows.sort(key=lambda r: (r[0], r[1]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
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
    )
    for r in mrows:
        amt = r[6]
        w.writerow(
            [
                f"tx_0000{rng.randrange(16**17, 16**18):x}"[:26],
                r[0].strftime("%d/%m/%Y"),
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                amt,
                "GBP",
                amt,
                "GBP",
                r[7],
                "",
                "",
                r[3].upper() if r[2] == "Card payment" else r[7] or r[3],
                "",
                amt if amt.startswith("-") else "",
                amt if not amt.startswith("-") else "",
            ]
        )
    files["MonzoDataExport_12Jan2026-10Apr2026.csv"] = buf.getvalue().encode("utf-8")

    # ---- PayPal CSV (BOM, all quoted)
    prow = []
    items = [
        ("eBay O/S 33-08471-55219", "Wool bundle, 10 balls aran"),
        ("Lakeland Ltd", "Jam funnel"),
        ("eBay O/S 14-11972-30841", "Vintage brooch"),
        ("Cotton Traders", "Fleece"),
        ("Hotter Shoes", "Walking shoes"),
        ("eBay O/S 22-05581-77362", "Large print hymn book"),
    ]
    for i, (nm, item) in enumerate(items * 2):
        d = all_days[(i * 7 + 3) % len(all_days)]
        prow.append((d, nm, item, f"-{rng.randint(4, 60)}.{rng.randint(0, 99):02d}"))
    prow.sort(key=lambda r: r[0])
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(
        [
            "Date",
            "Time",
            "TimeZone",
            "Name",
            "Type",
            "Status",
            "Currency",
            "Gross",
            "Fee",
            "Net",
            "From Email Address",
            "To Email Address",
            "Transaction ID",
            "Shipping Address",
            "Item Title",
            "Balance",
        ]
    )
    for d, nm, item, amt in prow:
        t = local_dt(TZ, d, awake_minute(rng, 10 * 60, 21 * 60))
        w.writerow(
            [
                t.strftime("%d/%m/%Y"),
                t.strftime("%H:%M:%S"),
                t.tzname(),
                nm,
                "Express Checkout Payment",
                "Completed",
                "GBP",
                amt,
                "0.00",
                amt,
                "maggie.holloway57@example.com",
                "payments@example.net",
                f"{rng.randrange(16**16, 16**17):X}"[:17],
                "Margaret Holloway, 27 Hamlin Gardens, Exeter, EX1 3LP, United Kingdom",
                item,
                "0.00",
            ]
        )
    files["Download.CSV"] = ("\ufeff" + buf.getvalue()).encode("utf-8")

    # ---- Google Semantic Location History
    months: dict[tuple[int, int], list] = {}

    def e7(v):
        return round((v + rng.uniform(-0.0003, 0.0003)) * 1e7)

    def pv(a, b, place, name, addr, pid):
        def ts(x):
            return (
                x.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%S.")
                + f"{rng.randint(0, 999):03d}Z"
            )

        return {
            "placeVisit": {
                "location": {
                    "latitudeE7": e7(place[0]),
                    "longitudeE7": e7(place[1]),
                    "placeId": pid,
                    "address": addr,
                    "name": name,
                    "sourceInfo": {"deviceTag": -1187723461},
                    "locationConfidence": round(rng.uniform(60, 99), 4),
                },
                "duration": {"startTimestamp": ts(a), "endTimestamp": ts(b)},
                "placeConfidence": "HIGH_CONFIDENCE",
                "visitConfidence": 92,
            }
        }

    home_addr = "Hamlin Gardens, Exeter EX1 3LP, UK"
    prev = local_dt(TZ, START, 0)
    for d in all_days:
        key = (d.year, d.month)
        objs = months.setdefault(key, [])
        wake_out = local_dt(TZ, d, rng.randint(9 * 60, 10 * 60))
        objs.append(pv(prev, wake_out, HOME, "Home", home_addr, "ChIJhomeHamlinGardens27"))
        if d.weekday() in (1, 2, 3):
            back = local_dt(TZ, d, rng.randint(15 * 60, 15 * 60 + 40))
            objs.append(
                pv(
                    wake_out + timedelta(minutes=25),
                    back,
                    LARDER,
                    "St Thomas Community Larder",
                    "Cowick St, Exeter EX4 1HR, UK",
                    "ChIJlarderStThomas",
                )
            )
        elif d.weekday() == 6:
            back = local_dt(TZ, d, rng.randint(12 * 60 + 10, 12 * 60 + 40))
            objs.append(
                pv(
                    wake_out + timedelta(minutes=15),
                    back,
                    CHURCH,
                    "Sidwell Street Methodist Church",
                    "Sidwell St, Exeter EX4 6NN, UK",
                    "ChIJsidwellMethodist",
                )
            )
        else:
            back = local_dt(TZ, d, rng.randint(11 * 60 + 30, 13 * 60))
            objs.append(
                pv(
                    wake_out + timedelta(minutes=20),
                    back,
                    (50.72539, -3.52676),
                    "Tesco Express",
                    "Sidwell St, Exeter EX4 6PQ, UK",
                    "ChIJtescoSidwell",
                )
            )
        prev = back + timedelta(minutes=rng.randint(15, 30))
    for (y, mo), objs in months.items():
        name = calendar.month_name[mo].upper()
        files[
            f"Takeout/Location History (Timeline)/Semantic Location History/{y}/{y}_{name}.json"
        ] = json.dumps({"timelineObjects": objs}, indent=2).encode("utf-8")

    registry = [
        ("UK_NINO", "PH 61 93 05 B"),
        ("UK_NHS", NHS[:3] + " " + NHS[3:6] + " " + NHS[6:]),
        ("LICENSE_PLATE", "WF19 KXR"),
        ("PHONE_NUMBER", "07700 900418"),
        ("ADDRESS", "12 Calder Close, Exminster EX6 8BT"),
        ("UK_PASSPORT", "548213076"),
        ("EMAIL_ADDRESS", "lou.marsh52@example.org"),
        ("BANK_ACCOUNT", "20-45-77 acc 60382914"),
        ("BANK_ACCOUNT", "20-45-77 60382914"),
        ("PHONE_NUMBER", "07700 900233"),
        ("ADDRESS", "6 Hamlin Gardens"),
        ("PHONE_NUMBER", "07700 900562"),
        ("ADDRESS", "27 Hamlin Gardens"),
        ("PHONE_NUMBER", "07700 900871"),
        ("EMAIL_ADDRESS", "maggie.holloway57@example.com"),
        ("PHONE_NUMBER", "+447700900314"),
        ("ADDRESS", "27 Hamlin Gardens, Exeter, EX1 3LP"),
        ("ADDRESS", "27 Hamlin Gardens, Exeter EX1 3LP"),
        ("PERSON", "Gavin Holloway"),
        ("PERSON", "Louise Marsh"),
        ("PERSON", "Pat Dunn"),
        ("PERSON", "Keith Brannigan"),
        ("PERSON", "Tom Okafor"),
        ("PERSON", "ruby"),
        ("PERSON", "gav"),
        ("PERSON", "Mags"),
        ("PERSON", "mags"),
        ("PERSON", "Mrs Pengelly"),
        ("PERSON", "Rev Ellis"),
        ("PERSON", "Derek"),
        ("PERSON", "Margaret Holloway"),
        ("PERSON", "Mr Okafor"),
        ("PERSON", "lou"),
        ("PERSON", "Pat"),
        ("PERSON", "Bev"),
    ]
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    gt = {
        "description": "Margaret 'Maggie' Holloway, 69, retired school secretary and Methodist in Exeter; volunteers Tue-Thu at a community larder; son Gavin, sister Louise. Facebook Messenger + posts, Monzo, PayPal, Google Semantic Location History.",
        "timezone": "Europe/London",
        "user": {
            "names": ["Maggie Holloway", "Margaret Holloway"],
            "phones": ["+447700900314"],
            "emails": ["maggie.holloway57@example.com"],
            "handles": [],
        },
        "facts": {
            "home": {
                "lat": HOME[0],
                "lon": HOME[1],
                "radius_m": 300,
                "address": "27 Hamlin Gardens, Exeter EX1 3LP",
                "city": "Exeter",
            },
            "work": {
                "lat": LARDER[0],
                "lon": LARDER[1],
                "radius_m": 300,
                "employer": "St Thomas Community Larder (volunteer)",
            },
            "sleep_window": {"start": "23:00", "end": "06:45", "tolerance_min": 60},
            "top_contacts": [{"name": k, "messages": v} for k, v in top],
            "relationships": [
                {"name": "Gavin Holloway", "relationship": "son", "full_name": "Gavin Holloway"},
                {"name": "Louise Marsh", "relationship": "sister", "full_name": "Louise Marsh"},
                {"name": "Pat Dunn", "relationship": "close friend", "full_name": "Patricia Dunn"},
                {"name": "Tom Okafor", "relationship": "neighbour", "full_name": "Tom Okafor"},
            ],
            "religion": {
                "value": "Methodist Christian (Sidwell Street Methodist Church, chapel rota, Lent group)"
            },
            "health": {"value": False},
            "politics": {"value": False},
            "financial_stress": {"value": False},
            "gambling": {"value": True},
            "gaming": {"value": False},
            "salary": {
                "amount": "1432.17",
                "currency": "GBP",
                "payer": "WESTCOUNTRY LGPS PENSION",
                "period": "monthly",
            },
            "risky_contact": {
                "name": "Keith Brannigan",
                "why": "posts 68 distinct angry political rants in the Hamlin Gardens Residents group",
            },
        },
    }
    return {"gt": gt, "registry": registry}
