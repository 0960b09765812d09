"""Persona 3: Marisol Vega, 31, production coordinator at a coffee roastery in Portland, Oregon.

Formats: Telegram Desktop full export (result.json), Venmo statement CSV, OFX 1.02 bank statement,
Reddit data request CSVs, Google Takeout Semantic Location History.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from zoneinfo import ZoneInfo

import gen_common as C
import gen_en as E
import gen_loc as L

PID = "us_portland_marisol_vega"
TZNAME = "America/Los_Angeles"
TZ = ZoneInfo(TZNAME)
START = dt.date(2024, 9, 1)
DAYS = 91

ROUTING = C.aba("12300068")
ACCOUNT = "4471093385"
CARD = C.luhn("453271520938416")
CARD_SP = C.group4(CARD)
HOME_ADDR = "4417 SE Division St Apt 3, Portland, OR 97202"
HOME_INFORMAL = "4417 se division apt 3"
WORK_ADDR = "2310 NW Wilson St, Portland, OR 97210"
MOM_ADDR = "1186 Maple Ridge Dr, Salem, OR 97306"

PEOPLE = {  # key: (display name in export, telegram id)
    "me": ("Marisol Vega", 5123456789),
    "theo": ("Theo", 5550172001),
    "priya": ("Priya Raman", 5550119002),
    "mom": ("Mom", 5550131003),
    "diego": ("Diego", 5550144004),
    "kevin": ("Kevin Ostrowski", 5550126005),
    "dale": ("Dale Brennan", 5550187006),
    "carmen": ("Tía ❤️", 5550165007),
}

CHATS = [
    C.Chat("theo", "Theo", False, ["theo"], 1.5, ["partner"]),
    C.Chat("priya", "Priya Raman", False, ["priya"], 1.1, ["friend"]),
    C.Chat("mom", "Mom", False, ["mom"], 0.7, ["mother"]),
    C.Chat("kevin", "Kevin Ostrowski", False, ["kevin"], 0.45, ["colleague"]),
    C.Chat("diego", "Diego", False, ["diego"], 0.35, ["brother"]),
    C.Chat("fam", "Vega Family 🌵", True, ["mom", "diego", "dale", "carmen"], 0.5, ["group"]),
]

SCRIPT = [
    (1, "09:20", "theo", "theo", "new number btw, 503-555-0172, the old one died with my phone"),
    (2, "19:02", "mom", "mom", "mija I need your social for the insurance form, what is it again"),
    (2, "19:15", "mom", "me", "523 71 4408"),
    (2, "19:16", "mom", "me", "delete that after pls"),
    (
        5,
        "12:40",
        "priya",
        "me",
        "theo is being so sweet lately, he made me breakfast before mass lol",
    ),
    (6, "09:05", "mom", "me", "heading to 10am mass at st brigid, call you after"),
    (10, "18:44", "theo", "me", "can you order the couch? use my card " + CARD_SP + " exp 08/27"),
    (
        12,
        "10:15",
        "kevin",
        "kevin",
        "hey, HR needs your direct deposit info again, they lost the form 🙄",
    ),
    (
        12,
        "10:31",
        "kevin",
        "me",
        "routing " + ROUTING + " account " + ACCOUNT + ", onpoint checking",
    ),
    (14, "20:05", "diego", "diego", "bro the parlay hit?? how much did u put on draftkings"),
    (
        14,
        "20:09",
        "diego",
        "me",
        "only $40 lol but it hit, 3 legs. i've been doing like 5 parlays a week",
    ),
    (16, "17:52", "priya", "me", "the landlord still hasn't fixed the heater"),
    (
        17,
        "08:10",
        "theo",
        "me",
        "Mrs. Okafor says the plumber comes thursday about the leak, i'm at work",
    ),
    (19, "14:20", "priya", "me", "going to confession saturday, it's been like 2 months 😬"),
    (22, "11:05", "mom", "mom", "send your passport number, your tía is booking the mexico trip"),
    (22, "11:40", "mom", "me", "A07341862, expires 2031"),
    (
        25,
        "19:30",
        "theo",
        "me",
        "lost $120 on the ducks game. i'm taking a break from betting (for like a week lol)",
    ),
    (
        27,
        "15:00",
        "kevin",
        "me",
        "heading to the dmv on my lunch, my OR DL 7301846 expires this month",
    ),
    (
        29,
        "09:45",
        "mom",
        "mom",
        "your new address is " + HOME_ADDR + " right? sending you a package",
    ),
    (
        31,
        "13:12",
        "priya",
        "priya",
        "that guy from your work was at the bar friday, he's kinda cute",
    ),
    (33, "22:15", "theo", "me", "father keane's homily today was actually so good"),
    (36, "18:30", "diego", "diego", "mom's knee surgery is the 14th, can you drive her?"),
    (
        36,
        "18:34",
        "diego",
        "me",
        "yeah i'll take her. her address for the hospital form is " + MOM_ADDR,
    ),
    (40, "10:02", "theo", "theo", "email me the lease pdf, theo.lindqvist@example.net"),
    (42, "21:00", "priya", "me", "i put $50 on the blazers spread again lmao don't tell theo"),
    (45, "16:25", "kevin", "kevin", "fyi the roaster alarm went off again, i reset it"),
    (47, "08:50", "mom", "me", "lighting a candle for abuela at mass sunday ❤️🙏"),
    (50, "12:00", "theo", "me", "car's plate is 418 LKV if you need it for the parking permit"),
    (53, "20:40", "priya", "me", "draftkings gave me a $25 bonus bet lol i'm doomed"),
    (57, "10:30", "diego", "diego", "Theo Lindqvist is on my fantasy league now, he's terrible"),
    (
        60,
        "17:17",
        "mom",
        "me",
        "father keane asked about you, i'm doing the rosary group wednesdays now",
    ),
    (63, "19:55", "priya", "priya", "can you venmo me for the tickets?"),
    (66, "12:20", "theo", "me", "landlord finally emailed back, cc me on the repair request"),
    (70, "21:10", "diego", "me", "dude stop asking about the parlay, i lost 200 this weekend"),
    (74, "09:00", "priya", "me", "ash wednesday isn't till march right? i always forget"),
    (
        78,
        "18:05",
        "kevin",
        "me",
        "hey, the new guy can cover my saturday, i'm at my mom's in salem",
    ),
    (82, "20:30", "theo", "me", "package goes to " + HOME_INFORMAL + " not the old place"),
    (86, "11:11", "mom", "mom", "Elena Vega here lol this is my new phone, save it"),
    (88, "19:00", "priya", "me", "advent starts sunday, i'm actually doing the wreath this year"),
]

DESC = (
    "Marisol Vega, 31, production coordinator at a coffee roastery in NW Portland; lives with partner Theo in SE "
    "Portland; practising Catholic (Sunday Mass, confession, rosary); bets on sports (DraftKings parlays). Sept-Nov 2024."
)

PII = [
    ("PERSON", "Marisol Vega"),
    ("PERSON", "Marisol"),
    ("PERSON", "Theo"),
    ("PERSON", "theo"),
    ("PERSON", "Theo Lindqvist"),
    ("PERSON", "Priya Raman"),
    ("PERSON", "Kevin Ostrowski"),
    ("PERSON", "Dale Brennan"),
    ("PERSON", "Diego"),
    ("PERSON", "Diego Vega"),
    ("PERSON", "Elena Vega"),
    ("PERSON", "Mrs. Okafor"),
    ("PERSON", "father keane"),
    ("PHONE_NUMBER", "+1 503 555 0148"),
    ("PHONE_NUMBER", "(503) 555-0148"),
    ("PHONE_NUMBER", "503-555-0172"),
    ("PHONE_NUMBER", "+15035550119"),
    ("EMAIL_ADDRESS", "theo.lindqvist@example.net"),
    ("EMAIL_ADDRESS", "marisol.vega@example.com"),
    ("ADDRESS", HOME_ADDR),
    ("ADDRESS", HOME_INFORMAL),
    ("ADDRESS", WORK_ADDR),
    ("ADDRESS", MOM_ADDR),
    ("US_SSN", "523 71 4408"),
    ("US_PASSPORT", "A07341862"),
    ("US_DRIVER_LICENSE", "7301846"),
    ("LICENSE_PLATE", "418 LKV"),
    ("ABA_ROUTING_NUMBER", ROUTING),
    ("BANK_ACCOUNT", ACCOUNT),
    ("CREDIT_CARD", CARD_SP),
    ("USERNAME", "@marivega"),
    ("USERNAME", "pdx_mari_bean"),
    ("USERNAME", "mari-vega"),
    ("USERNAME", "larkspur_lane"),
    ("USERNAME", "rosebud_roasting"),
]

FILE_NA = "(File not included. Change data exporting settings to download.)"
ENT_RE = re.compile(
    r"[\w.+-]+@[\w-]+\.[a-z]{2,}|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|\+1 \d{3} \d{3} \d{4}"
)


def say(rng: random.Random, chat: C.Chat, sp: str):
    r = rng.random()
    if r < 0.08:
        return "image", ""
    if r < 0.11:
        return "voice", ""
    if r < 0.15:
        return "sticker", ""
    if r < 0.16:
        return "video", ""
    return "text", E.en_say(rng, chat.topics[0], "me" if sp == "me" else "them")


def msgs(rng: random.Random) -> list:
    out = C.fill_chats(rng, CHATS, START, DAYS, TZ, (7 * 60, 23 * 60 + 30), say)
    C.add_script(out, START, TZ, SCRIPT)
    rants = C.distinct_rants(rng, E.RANT_PARTS, 70, " ")
    for i, text in enumerate(rants):
        d = rng.randrange(DAYS)
        when = C.at(
            START + dt.timedelta(days=d),
            f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
            TZ,
            i % 60,
        )
        out.append(
            C.Msg(
                when,
                "fam",
                "dale",
                "text",
                text.replace(" .", ".").replace(" !", "!").replace(", .", "."),
            )
        )
        if rng.random() < 0.22:
            reply = rng.choice(
                [
                    "tío please not in the family chat",
                    "tío no 😩",
                    "ok tío",
                    "can we not",
                    "mom make him stop lol",
                    "👀",
                    "here we go",
                ]
            )
            sp = rng.choice(["me", "diego", "carmen", "mom"])
            out.append(
                C.Msg(when + dt.timedelta(minutes=rng.randint(2, 30)), "fam", sp, "text", reply)
            )
    out.append(C.Msg(C.at(START, "07:05", TZ), "fam", "mom", "system", "create_group"))
    out.sort(key=lambda m: (m.when, m.chat, m.sender, m.text))
    return out


def tg_text(s: str):
    parts, ents, pos = [], [], 0
    for m in ENT_RE.finditer(s):
        if m.start() > pos:
            parts.append(s[pos : m.start()])
            ents.append({"type": "plain", "text": s[pos : m.start()]})
        typ = "email" if "@" in m.group() else "phone"
        parts.append({"type": typ, "text": m.group()})
        ents.append({"type": typ, "text": m.group()})
        pos = m.end()
    if not ents:
        return s, ([{"type": "plain", "text": s}] if s else [])
    if pos < len(s):
        parts.append(s[pos:])
        ents.append({"type": "plain", "text": s[pos:]})
    return parts, ents


def telegram(rng: random.Random, ms: list) -> bytes:
    chats = []
    mid = 100
    for ci, chat in enumerate(CHATS):
        items = []
        last_ids = []
        for m in ms:
            if m.chat != chat.key:
                continue
            mid += 1
            name, uid = PEOPLE[m.sender]
            base = {
                "id": mid,
                "type": "message",
                "date": m.when.strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(int(m.when.timestamp())),
            }
            if m.kind == "system":
                base.update(
                    {
                        "type": "service",
                        "actor": name,
                        "actor_id": f"user{uid}",
                        "action": "create_group",
                        "title": chat.title,
                        "members": [PEOPLE[k][0] for k in ["me", *chat.members]],
                        "text": "",
                        "text_entities": [],
                    }
                )
                items.append(base)
                continue
            base.update({"from": name, "from_id": f"user{uid}"})
            if last_ids and rng.random() < 0.06:
                base["reply_to_message_id"] = rng.choice(last_ids[-5:])
            if m.kind == "image":
                base.update(
                    {
                        "photo": FILE_NA,
                        "photo_file_size": rng.randint(80000, 400000),
                        "width": 1280,
                        "height": rng.choice([960, 1706]),
                    }
                )
            elif m.kind == "voice":
                base.update(
                    {
                        "file": FILE_NA,
                        "file_size": rng.randint(9000, 90000),
                        "media_type": "voice_message",
                        "mime_type": "audio/ogg",
                        "duration_seconds": rng.randint(2, 70),
                    }
                )
            elif m.kind == "video":
                base.update(
                    {
                        "file": FILE_NA,
                        "file_size": rng.randint(900000, 9000000),
                        "thumbnail": FILE_NA,
                        "media_type": "video_file",
                        "mime_type": "video/mp4",
                        "duration_seconds": rng.randint(3, 40),
                        "width": 720,
                        "height": 1280,
                    }
                )
            elif m.kind == "sticker":
                base.update(
                    {
                        "file": FILE_NA,
                        "file_size": rng.randint(15000, 40000),
                        "thumbnail": FILE_NA,
                        "media_type": "sticker",
                        "sticker_emoji": rng.choice(["😂", "❤️", "👍", "😭", "🙏"]),
                        "mime_type": "image/webp",
                        "width": 512,
                        "height": 512,
                    }
                )
            text, ents = tg_text(m.text if m.kind == "text" else "")
            if m.kind == "text" and rng.random() < 0.02:
                base["edited"] = (m.when + dt.timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%S")
                base["edited_unixtime"] = str(int(m.when.timestamp()) + 60)
            base["text"] = text
            base["text_entities"] = ents
            items.append(base)
            last_ids.append(mid)
        typ = "private_group" if chat.group else "personal_chat"
        cid = 4000000000 + ci * 7919 if chat.group else PEOPLE[chat.members[0]][1]
        chats.append({"name": chat.title, "type": typ, "id": cid, "messages": items})
    doc = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting and doesn't store your data for long periods of time.",
        "personal_information": {
            "about": "This is your personal information.",
            "user_id": PEOPLE["me"][1],
            "first_name": "Marisol",
            "last_name": "Vega",
            "phone_number": "+1 503 555 0148",
            "username": "@marivega",
            "bio": "coffee nerd ☕ pdx",
        },
        "contacts": {
            "about": "This is your contact list.",
            "list": [
                {
                    "user_id": 5550119002,
                    "first_name": "Priya",
                    "last_name": "Raman",
                    "phone_number": "+15035550119",
                    "date": "2021-02-03T09:40:51",
                    "date_unixtime": "1612374051",
                },
            ],
        },
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def venmo(rng: random.Random) -> bytes:
    rows = []
    me = "Marisol Vega"
    for d in range(DAYS):
        day = START + dt.timedelta(days=d)
        if rng.random() < 0.22:
            who, note, amt, inbound = rng.choice(
                [
                    ("Theo Lindqvist", "groceries 🛒", 46.20, True),
                    ("Theo Lindqvist", "pge bill ⚡", 38.75, False),
                    ("Priya Raman", "brunch 🥞", 24.00, False),
                    ("Priya Raman", "trivia tab", 18.50, True),
                    ("Diego Vega", "gas money", 20.00, True),
                    ("Kevin Ostrowski", "team lunch 🌮", 15.00, False),
                    ("Theo Lindqvist", "internet", 35.00, True),
                    ("Priya Raman", "🍕", 12.00, True),
                ]
            )
            t = C.at(
                day, f"{rng.randint(9, 21):02d}:{rng.randint(0, 59):02d}", TZ, rng.randint(0, 59)
            )
            rows.append(
                (t, "Payment", note, who if inbound else me, me if inbound else who, amt, inbound)
            )
    for m in (0, 1, 2):
        t = C.at(dt.date(2024, 9 + m, 1), "10:02", TZ, 31)
        rows.append((t, "Payment", "rent - my half 🏠", "Theo Lindqvist", me, 875.00, True))
        t = C.at(dt.date(2024, 9 + m, 17), "20:11", TZ, 5)
        rows.append((t, "Payment", "parlay pool 🏈💸", me, "Diego Vega", 40.00, False))
    rows.append(
        (
            C.at(dt.date(2024, 11, 4), "19:58", TZ, 2),
            "Payment",
            "blazers tix 🏀",
            me,
            "Priya Raman",
            62.00,
            False,
        )
    )
    rows.sort(key=lambda r: r[0])
    head = [
        "",
        "ID",
        "Datetime",
        "Type",
        "Status",
        "Note",
        "From",
        "To",
        "Amount (total)",
        "Amount (tip)",
        "Amount (tax)",
        "Amount (fee)",
        "Tax Rate",
        "Tax Exempt",
        "Funding Source",
        "Destination",
        "Beginning Balance",
        "Ending Balance",
        "Statement Period Venmo Fees",
        "Terminal Location",
        "Year to Date Venmo Fees",
        "Disclaimer",
    ]
    n = len(head)
    lines = [
        "Account Statement - (@mari-vega) " + "," * (n - 1),
        "Account Activity" + "," * (n - 1),
        C.csv_line(head),
    ]
    bal = 112.40
    lines.append(C.csv_line([""] * 16 + [f"${bal:,.2f}"] + [""] * 5))
    for i, (t, typ, note, frm, to, amt, inbound) in enumerate(rows):
        tid = str(4100000000000000000 + (i * 7340033 + 17) % 10**18)
        sign = "+" if inbound else "-"
        fund = (
            ""
            if inbound
            else ("Venmo balance" if bal >= amt else "Onpoint Community CU Personal Checking *3385")
        )
        dest = "Venmo balance" if inbound else ""
        if inbound or bal >= amt:
            bal = bal + amt if inbound else bal - amt
        lines.append(
            C.csv_line(
                [
                    "",
                    tid,
                    t.astimezone(C.UTC).strftime("%Y-%m-%dT%H:%M:%S"),
                    typ,
                    "Complete",
                    note,
                    frm,
                    to,
                    f"{sign} ${amt:,.2f}",
                    "0",
                    "0",
                    "",
                    "0",
                    "",
                    fund,
                    dest,
                    "",
                    "",
                    "",
                    "Venmo",
                    "",
                    "",
                ]
            )
        )
    lines.append(
        C.csv_line(
            [""] * 16
            + [
                "",
                f"${bal:,.2f}",
                "$0.00",
                "",
                "$0.00",
                "In case of errors or questions about your electronic transfers: contact us through the app",
            ]
        )
    )
    return ("\n".join(lines) + "\n").encode("utf-8")


def ofx(rng: random.Random) -> bytes:
    tr = []

    def add(day, hhmm, typ, amt, name, memo):
        t = C.at(day, hhmm, TZ)
        off = int(t.utcoffset().total_seconds() // 3600)
        abbr = t.tzname()
        tr.append((t, f"{t:%Y%m%d%H%M%S}.000[{off}:{abbr}]", typ, amt, name, memo))

    pay = dt.date(2024, 9, 6)
    while pay < START + dt.timedelta(days=DAYS):
        add(
            pay,
            "07:00",
            "DIRECTDEP",
            1842.37,
            "RIDGELINE COFFEE PAYROLL",
            "PPD ID: 9830011245 RIDGELINE COFFEE ROA PAYROLL",
        )
        pay += dt.timedelta(days=14)
    for d in range(DAYS):
        day = START + dt.timedelta(days=d)
        if rng.random() < 0.45:
            name, lo, hi = rng.choice(
                [
                    ("NEW SEASONS MARKET #12 PORTLAND OR", 18, 96),
                    ("FRED-MEYER #0216 PORTLAND OR", 22, 140),
                    ("TRIMET TICKETS PORTLAND OR", 2.8, 5.6),
                    ("CHEVRON 0091743 PORTLAND OR", 30, 58),
                    ("POWELLS BOOKS PORTLAND OR", 12, 45),
                    ("SPOTIFY USA", 11.99, 11.99),
                ]
            )
            add(
                day,
                f"{rng.randint(9, 20):02d}:00",
                "POS",
                -round(rng.uniform(lo, hi), 2),
                name,
                "DEBIT CARD PURCHASE " + name,
            )
        if day.weekday() in (4, 5) and rng.random() < 0.6:
            amt = rng.choice([25, 40, 50, 50, 75, 100])
            add(
                day,
                "19:00",
                "DEBIT",
                -float(amt),
                "DRAFTKINGS SPORTSBOOK",
                f"DRAFTKINGS *SPORTSBOOK BOSTON MA DEPOSIT {amt:.2f}",
            )
        if day.day == 1:
            add(day, "08:00", "DEBIT", -1750.00, "ZELLE TO OKAFOR PROPERTIES", "ZELLE PAYMENT RENT")
        if day.weekday() == 6 and rng.random() < 0.7:
            add(
                day,
                "12:30",
                "DEBIT",
                -20.00,
                "ST BRIGID PARISH OFFERTORY",
                "ONLINE GIVING - WEEKLY OFFERTORY",
            )
    tr.sort(key=lambda x: x[0])
    bal = 2310.55 + sum(x[3] for x in tr)
    out = [
        "OFXHEADER:100",
        "DATA:OFXSGML",
        "VERSION:102",
        "SECURITY:NONE",
        "ENCODING:USASCII",
        "CHARSET:1252",
        "COMPRESSION:NONE",
        "OLDFILEUID:NONE",
        "NEWFILEUID:NONE",
        "",
        "<OFX>",
        "\t<SIGNONMSGSRSV1>",
        "\t\t<SONRS>",
        "\t\t\t<STATUS>",
        "\t\t\t\t<CODE>0",
        "\t\t\t\t<SEVERITY>INFO",
        "\t\t\t</STATUS>",
        "\t\t\t<DTSERVER>20241202181533.000[-8:PST]",
        "\t\t\t<LANGUAGE>ENG",
        "\t\t\t<FI>",
        "\t\t\t\t<ORG>ONPOINT",
        "\t\t\t\t<FID>6281",
        "\t\t\t</FI>",
        "\t\t</SONRS>",
        "\t</SIGNONMSGSRSV1>",
        "\t<BANKMSGSRSV1>",
        "\t\t<STMTTRNRS>",
        "\t\t\t<TRNUID>0",
        "\t\t\t<STATUS>",
        "\t\t\t\t<CODE>0",
        "\t\t\t\t<SEVERITY>INFO",
        "\t\t\t</STATUS>",
        "\t\t\t<STMTRS>",
        "\t\t\t\t<CURDEF>USD",
        "\t\t\t\t<BANKACCTFROM>",
        f"\t\t\t\t\t<BANKID>{ROUTING}",
        f"\t\t\t\t\t<ACCTID>{ACCOUNT}",
        "\t\t\t\t\t<ACCTTYPE>CHECKING",
        "\t\t\t\t</BANKACCTFROM>",
        "\t\t\t\t<BANKTRANLIST>",
        "\t\t\t\t\t<DTSTART>20240901000000.000[-7:PDT]",
        "\t\t\t\t\t<DTEND>20241130235959.000[-8:PST]",
    ]
    for i, (_t, stamp, typ, amt, name, memo) in enumerate(tr):
        out += [
            "\t\t\t\t\t<STMTTRN>",
            f"\t\t\t\t\t\t<TRNTYPE>{typ}",
            f"\t\t\t\t\t\t<DTPOSTED>{stamp}",
            f"\t\t\t\t\t\t<TRNAMT>{amt:.2f}",
            f"\t\t\t\t\t\t<FITID>2024{i + 1:06d}",
            f"\t\t\t\t\t\t<NAME>{name[:32]}",
            f"\t\t\t\t\t\t<MEMO>{memo}",
            "\t\t\t\t\t</STMTTRN>",
        ]
    out += [
        "\t\t\t\t</BANKTRANLIST>",
        "\t\t\t\t<LEDGERBAL>",
        f"\t\t\t\t\t<BALAMT>{bal:.2f}",
        "\t\t\t\t\t<DTASOF>20241202181533.000[-8:PST]",
        "\t\t\t\t</LEDGERBAL>",
        "\t\t\t</STMTRS>",
        "\t\t</STMTTRNRS>",
        "\t</BANKMSGSRSV1>",
        "</OFX>",
    ]
    return ("\r\n".join(out) + "\r\n").encode("ascii")


def reddit(rng: random.Random) -> dict:
    def stamp(d, hhmm):
        return (
            C.at(START + dt.timedelta(days=d), hhmm, TZ)
            .astimezone(C.UTC)
            .strftime("%Y-%m-%d %H:%M:%S UTC")
        )

    def rid(i):
        return "".join(
            "abcdefghijklmnopqrstuvwxyz0123456789"[(i * 17 + k * 5) % 36] for k in range(7)
        )

    ip = "203.0.113.57"
    posts = [
        (
            3,
            "20:10",
            "Portland",
            "Best place to get a bike fixed on the east side?",
            "",
            "chain keeps slipping, division/hawthorne area ideally",
        ),
        (
            19,
            "21:40",
            "Catholicism",
            "Going back to confession after a long time, any advice?",
            "",
            "it's been about two years. nervous lol. any tips for making a good examination of conscience?",
        ),
        (
            34,
            "12:15",
            "sportsbook",
            "3 leg parlay hit, ducks/blazers/timbers",
            "",
            "first time in weeks. bankroll management is hard when you're bad at it",
        ),
        (
            58,
            "18:30",
            "pdxbuynothing",
            "[GIVE] mid century side table, SE Division",
            "",
            "pick up only, DM me",
        ),
        (
            71,
            "09:10",
            "Coffee",
            "Roastery folks: how do you handle chaff on a 15kg drum?",
            "",
            "our cyclone clogs every other batch",
        ),
    ]
    comments = []
    pool = [
        ("Portland", "the 4 bus is always late, every single day"),
        ("Catholicism", "our parish does a saturday morning confession, it helped me a lot"),
        ("sportsbook", "fading the blazers at home has been free money lol"),
        ("Coffee", "we roast on a 15kg probat, happy to share profiles"),
        ("Portland", "division st food carts > everything"),
        ("sportsbook", "parlays are a tax on optimism but here i am"),
        ("Catholicism", "the rosary before bed genuinely helps me wind down"),
        ("TwoXChromosomes", "lol same"),
        ("Portland", "the heater in my apartment makes a noise like a dying whale"),
        ("Coffee", "ethiopian naturals at a light roast, always"),
    ]
    for i in range(36):
        sub, body = pool[i % len(pool)]
        d = (i * 5 + 2) % DAYS
        if i >= len(pool):
            body = C.en_mess(
                rng,
                rng.choice(
                    [
                        "honestly this",
                        "came here to say this",
                        "wait really?",
                        "this is the way",
                        "source?",
                        "underrated comment",
                        "hard agree",
                        "no thanks lol",
                        "my landlord would never",
                        "100%",
                    ]
                )
                + " "
                + rng.choice(["", "😂", "lol", ""]),
            ).strip()
        comments.append((d, f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", sub, body))
    comments.sort()
    pfx = "https://www.reddit.com"
    p_lines = [
        C.csv_line(
            ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]
        )
    ]
    for i, (d, hm, sub, title, url, body) in enumerate(sorted(posts)):
        slug = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")[:40]
        p_lines.append(
            C.csv_line(
                [
                    rid(i),
                    f"{pfx}/r/{sub}/comments/{rid(i)}/{slug}/",
                    stamp(d, hm),
                    ip,
                    sub,
                    "0",
                    title,
                    url,
                    body,
                ]
            )
        )
    c_lines = [
        C.csv_line(
            [
                "id",
                "permalink",
                "date",
                "ip",
                "subreddit",
                "gildings",
                "link",
                "parent",
                "body",
                "media",
            ]
        )
    ]
    for i, (d, hm, sub, body) in enumerate(comments):
        cid = rid(i + 50)
        link = f"{pfx}/r/{sub}/comments/{rid(i + 90)}/"
        c_lines.append(
            C.csv_line(
                [
                    cid,
                    link + f"comment/{cid}/",
                    stamp(d, hm),
                    ip,
                    sub,
                    "0",
                    link,
                    "t3_" + rid(i + 90),
                    body,
                    "",
                ]
            )
        )
    msgs = [
        (
            58,
            "19:05",
            "larkspur_lane",
            "pdx_mari_bean",
            "side table",
            "hi! is the table still available? could grab it tomorrow",
        ),
        (
            58,
            "19:22",
            "pdx_mari_bean",
            "larkspur_lane",
            "re: side table",
            "yes! i'm at " + HOME_INFORMAL + ", text me at (503) 555-0148 when you're outside",
        ),
        (
            59,
            "17:40",
            "larkspur_lane",
            "pdx_mari_bean",
            "re: side table",
            "got it, thank you so much!!",
        ),
        (
            36,
            "10:12",
            "pdx_mari_bean",
            "rosebud_roasting",
            "wholesale",
            "hey, we might have a spot for you on our roast schedule. email me marisol.vega@example.com and i'll loop in Kevin Ostrowski",
        ),
        (
            37,
            "08:55",
            "rosebud_roasting",
            "pdx_mari_bean",
            "re: wholesale",
            "awesome, sending an email today",
        ),
    ]
    m_lines = [
        C.csv_line(["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"])
    ]
    for i, (d, hm, frm, to, subj, body) in enumerate(msgs):
        mid_ = rid(i + 200)
        m_lines.append(
            C.csv_line(
                [
                    mid_,
                    f"{pfx}/message/messages/{mid_}",
                    "",
                    stamp(d, hm),
                    ip if frm == "pdx_mari_bean" else "",
                    frm,
                    to,
                    subj,
                    body,
                ]
            )
        )
    bom = b"\xef\xbb\xbf"
    return {
        "reddit/posts.csv": ("\r\n".join(p_lines) + "\r\n").encode("utf-8"),
        "reddit/comments.csv": bom + ("\r\n".join(c_lines) + "\r\n").encode("utf-8"),
        "reddit/messages.csv": ("\r\n".join(m_lines) + "\r\n").encode("utf-8"),
        "reddit/account_gender.csv": b"account_gender\r\nfemale\r\n",
    }


PLACES = {
    "home": (45.5048, -122.6193),
    "work": (45.5358, -122.6988),
    "church": (45.4790, -122.6120),
    "mom": (44.8814, -122.9893),
    "bar": (45.5121, -122.6531),
    "market": (45.5049, -122.6335),
    "priya": (45.5590, -122.6441),
}
PLACE_IDS = {
    k: "ChIJ"
    + "".join("zyxwvutsrqponMLKJIHGFedcba9876543210"[(i * 3 + j * 11) % 36] for j in range(23))
    for i, k in enumerate(PLACES)
}
META = {
    "home": {
        "name": "Home",
        "address": HOME_ADDR + ", USA",
        "semanticType": "TYPE_HOME",
    },
    "work": {
        "name": "Ridgeline Coffee Roasters",
        "address": WORK_ADDR + ", USA",
        "semanticType": "TYPE_WORK",
    },
    "church": {
        "name": "St. Brigid Catholic Church",
        "address": "SE Woodstock Blvd, Portland, OR 97206, USA",
    },
    "mom": {"name": "Maple Ridge Dr", "address": MOM_ADDR + ", USA"},
    "bar": {"name": "Goalpost Sports Bar", "address": "SE Hawthorne Blvd, Portland, OR 97214, USA"},
    "market": {"name": "New Seasons Market", "address": "SE Division St, Portland, OR 97202, USA"},
    "priya": {"name": "Alberta Arts District", "address": "NE Alberta St, Portland, OR 97211, USA"},
}


def semantic(rng: random.Random) -> dict:
    stays = []
    for d in range(DAYS):
        day = START + dt.timedelta(days=d)
        wd = day.weekday()
        if wd < 5:
            plan = [("00:00", "07:40", "home"), ("08:15", "16:45", "work")]
            r = rng.random()
            if wd == 4 and r < 0.6:
                plan += [("17:30", "21:30", "bar"), ("21:50", "24:00", "home")]
            elif r < 0.3:
                plan += [("17:20", "18:00", "market"), ("18:10", "24:00", "home")]
            else:
                plan += [("17:25", "24:00", "home")]
        elif wd == 6:
            plan = [("00:00", "09:30", "home"), ("09:45", "11:15", "church")]
            if rng.random() < 0.35:
                plan += [("12:20", "18:00", "mom"), ("19:10", "24:00", "home")]
            else:
                plan += [("11:30", "24:00", "home")]
        else:
            plan = [
                ("00:00", "10:00", "home"),
                ("10:30", "14:00", rng.choice(["priya", "market", "bar"])),
                ("14:30", "24:00", "home"),
            ]
        stays += L.day_stays(day, TZ, plan, rng)
    merged = []
    for s in stays:
        if merged and merged[-1][2] == s[2] and merged[-1][1] == s[0]:
            merged[-1] = (merged[-1][0], s[1], s[2])
        else:
            merged.append(s)
    segs = L.stays_to_segments(merged)
    out = {}
    for month, label in ((9, "SEPTEMBER"), (10, "OCTOBER"), (11, "NOVEMBER")):
        part = [s for s in segs if s[1].month == month]
        doc = L.semantic_month(rng, part, PLACES, PLACE_IDS, META)
        out[
            f"Takeout/Location History (Timeline)/Semantic Location History/2024/2024_{label}.json"
        ] = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return out


def build():
    rng = random.Random(14201)
    ms = msgs(rng)
    files = {
        "Telegram Desktop/DataExport_2024-12-02/result.json": telegram(random.Random(14202), ms),
        "venmo_statement.csv": venmo(random.Random(14203)),
        "Onpoint_Checking_3385.ofx": ofx(random.Random(14204)),
    }
    files.update(reddit(random.Random(14205)))
    files.update(semantic(random.Random(14206)))
    pii = C.build_pii(files, PII)
    facts = {
        "home": {
            "lat": PLACES["home"][0],
            "lon": PLACES["home"][1],
            "radius_m": 300,
            "address": HOME_ADDR,
            "city": "Portland",
        },
        "work": {
            "lat": PLACES["work"][0],
            "lon": PLACES["work"][1],
            "radius_m": 300,
            "employer": "Ridgeline Coffee Roasters",
        },
        "sleep_window": {"start": "23:45", "end": "06:45", "tolerance_min": 60},
        "top_contacts": C.top_contacts(ms, CHATS),
        "relationships": [
            {"name": "Theo", "relationship": "partner", "full_name": "Theo Lindqvist"},
            {"name": "Mom", "relationship": "mother", "full_name": "Elena Vega"},
            {"name": "Diego", "relationship": "brother", "full_name": "Diego Vega"},
            {"name": "Priya Raman", "relationship": "close friend", "full_name": "Priya Raman"},
            {
                "name": "Kevin Ostrowski",
                "relationship": "colleague",
                "full_name": "Kevin Ostrowski",
            },
            {"name": "Dale Brennan", "relationship": "uncle", "full_name": "Dale Brennan"},
        ],
        "religion": {
            "value": "Catholic (Sunday Mass at St. Brigid, confession, rosary, parish offertory)"
        },
        "health": {"value": False},
        "politics": {"value": False},
        "financial_stress": {"value": False},
        "gambling": {"value": True},
        "gaming": {"value": False},
        "salary": {
            "amount": "1842.37",
            "currency": "USD",
            "payer": "RIDGELINE COFFEE PAYROLL",
            "period": "biweekly",
        },
        "risky_contact": {
            "name": "Dale Brennan",
            "why": "posts 70 distinct angry political rants in the group Vega Family 🌵",
        },
    }
    user = {
        "names": ["Marisol Vega", "Marisol", "Mari"],
        "phones": ["+1 503 555 0148", "(503) 555-0148"],
        "emails": ["marisol.vega@example.com"],
        "handles": ["@marivega", "pdx_mari_bean", "mari-vega"],
    }
    files["ground_truth.json"] = C.ground_truth(PID, DESC, TZNAME, user, pii, facts).encode("utf-8")
    return PID, files, ms
