"""us_louisville_shift: Tanya Reyes, 34, second-shift lead at a freight hub in Louisville KY."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import date, datetime
from zoneinfo import ZoneInfo

from h17_common import aba_complete, awake_minute, days, en_noise, local_dt, luhn_complete

TZ = ZoneInfo("America/Kentucky/Louisville")
START, END = date(2026, 8, 3), date(2026, 10, 30)
USER = "Tanya Reyes"
HOME = (38.18402, -85.83161)
WORK = (38.16917, -85.74120)
ROUTING = aba_complete("08390528")
CARD = luhn_complete("414720019384552")

OPEN = ["", "", "", "yo ", "ok ", "lol ", "omg ", "bruh ", "hey ", "sooo ", "ugh ", "wait "]
CLOSE = ["", "", "", " lol", " 😂", " 🙄", "!!", " fr", " ngl", " 😭", " 💀", " 🙏", "?", " tho"]
MOM = [
    "did you eat today mija",
    "call me when you wake up",
    "are you working saturday",
    "your tia is coming in october",
    "I made tamales save some for Jack",
    "church picnic is sunday you should come",
    "marco still hasnt called me back",
    "how is your sugar",
    "dont forget your abuela's birthday",
    "the AC is making that noise again",
    "pray for your cousin",
    "bring the tupperware back",
    "you sound tired",
    "love you baby",
    "drive safe",
    "text me when you get home",
]
TANYA = [
    "just woke up",
    "heading in for shift",
    "on break rn",
    "mandatory OT again this week",
    "scanners were down for 2 hrs",
    "my feet are killing me",
    "got home, showering",
    "can't tonight, working",
    "i'm so tired",
    "payday friday thank god",
    "car is making the noise again",
    "ok love you",
    "lmk",
    "omw",
    "running late",
    "ill call you after",
    "yeah that works",
    "need to grab groceries",
    "forgot to take my meds before work",
    "trailer count was insane tonight",
    "they moved me to inbound",
]
JACK = [
    "want me to pick you up after shift",
    "made dinner, it's in the fridge",
    "ps5 tonight?",
    "elden ring co-op when you're off",
    "my boss is a clown",
    "rent's due on the 1st babe",
    "i got the oil change done",
    "miss you",
    "the dog ate my sock again",
    "you want tacos",
    "don't forget your sugar check",
    "grabbed your test strips at walgreens",
    "game night sat?",
]
DEE = [
    "giiirl",
    "did you see what she posted",
    "brunch sunday??",
    "i'm done with him fr",
    "send pics",
    "happy hour friday",
    "my cousin keeps betting his whole check on draftkings",
    "you ok?",
    "call me",
    "that's crazy",
    "lmaooo",
    "bestie i need advice",
    "nails appointment at 11",
    "we gotta go to the fair",
]
CRYSTAL = [
    "you working dock 4 tonight?",
    "supervisor's looking for you",
    "can you swap wed for thurs",
    "they posted the OT sheet",
    "bring your badge, the door reader's broke",
    "i'm gonna be 10 min late cover me",
    "forklift cert renewal next week",
    "heat index is 104 in there",
    "who's on the reach truck",
    "HR emailed about PTO",
]
RISKY_A = [
    "These politicians",
    "Washington",
    "Congress",
    "The governor",
    "Both parties",
    "The feds",
    "Frankfort",
    "The media",
    "Those senators",
    "The whole system",
]
RISKY_B = [
    "are selling us out",
    "don't give a damn about working people",
    "are crooks every single one",
    "want us broke and quiet",
    "lie every time they open their mouth",
    "need to be thrown out",
    "are stealing our paychecks",
    "are why gas is $4",
]
RISKY_C = [
    "!!",
    ". wake up people",
    ". I'm sick of it",
    " and nobody cares",
    ". SHARE THIS",
    ". total disgrace",
    ". mark my words",
    "!!! 🤬",
]
GROUP = [
    "who's got the good scanner",
    "lunch truck is here",
    "line is backed up again",
    "anyone want to carpool tmrw",
    "trailer 52 is a mess",
    "OT sign up closes at 5",
    "nice job tonight y'all",
    "break room microwave broke again",
    "happy friday crew",
]


def build(root: str, files: dict[str, bytes]) -> dict:
    rng = random.Random(1703)
    all_days = days(START, END)
    # user id and contacts
    uid = 5281934470
    people = {
        "Mom": ("Carmen Reyes", 5044718822, "+15025550131"),
        "Jack": ("Jack Hollis", 6120394475, "+15025550177"),
        "Dee": ("Deandra Moss", 5577120938, "+15025550164"),
        "crystal": ("Crystal Vance", 6930012874, "+15025550119"),
    }
    chats: dict[str, list[tuple]] = {k: [] for k in people}
    chats["2nd Shift Crew 🚚"] = []
    pools = {"Mom": MOM, "Jack": JACK, "Dee": DEE, "crystal": CRYSTAL}
    rates = {"Mom": (0.7, 2, 6), "Jack": (0.8, 2, 7), "Dee": (0.4, 3, 7), "crystal": (0.35, 2, 4)}

    def line(pool):
        return en_noise(rng, rng.choice(OPEN) + rng.choice(pool) + rng.choice(CLOSE), 0.55, 0.08)

    for d in all_days:
        shift = d.weekday() < 5
        for k, (p, lo, hi) in rates.items():
            if rng.random() < p:
                # awake 09:00-24:30; during shift only on breaks
                m = awake_minute(rng, 9 * 60, 24 * 60 + 20, 12 * 60)
                if shift and 14 * 60 < m < 22 * 60 + 30 and rng.random() < 0.7:
                    m = rng.choice([17 * 60 + 30, 19 * 60 + 45])
                for _ in range(rng.randint(lo, hi)):
                    who = "me" if rng.random() < 0.5 else k
                    kind = (
                        "photo"
                        if rng.random() < 0.05
                        else ("sticker" if rng.random() < 0.03 else "text")
                    )
                    chats[k].append(
                        (local_dt(TZ, d, m), who, line(TANYA if who == "me" else pools[k]), kind)
                    )
                    m = min(m + rng.randint(1, 8), 24 * 60 + 25)
        for _ in range(rng.randint(2, 6)):
            who = rng.choice(["me", "Rusty Caldwell", "crystal", "Will Ostrander"])
            chats["2nd Shift Crew 🚚"].append(
                (
                    local_dt(TZ, d, awake_minute(rng, 10 * 60, 23 * 60 + 50)),
                    who,
                    line(GROUP),
                    "text",
                )
            )
    risky = sorted({a + " " + b + c for a in RISKY_A for b in RISKY_B for c in RISKY_C})
    rng.shuffle(risky)
    for i, t in enumerate(risky[:70]):
        d = all_days[(i * 4 + 2) % len(all_days)]
        chats["2nd Shift Crew 🚚"].append(
            (local_dt(TZ, d, awake_minute(rng, 10 * 60, 23 * 60 + 30)), "Rusty Caldwell", t, "text")
        )

    plants = [
        ("Mom", 3, 700, "Mom", "mija whats your social again for the insurance form"),
        ("Mom", 3, 712, "me", "402-71-5583 dont put it on facebook mom lol"),
        ("Mom", 14, 640, "me", "A1C came back 8.1, doc upped my metformin. type 2 sucks"),
        ("Mom", 29, 620, "Mom", "Father Luis asked about you, come to mass at St Rita"),
        (
            "Mom",
            41,
            700,
            "me",
            "overdraft fee again. had to get a loan from the Advance America place, dont tell anyone",
        ),
        ("Mom", 55, 640, "Mom", "marco new number (502) 555-0182"),
        ("Jack", 5, 650, "Jack", "your license number for the rental? mine's expired"),
        ("Jack", 5, 655, "me", "T04-185-527"),
        ("Jack", 18, 1400, "me", "car insurance wants the plate, its 481 TVR"),
        ("Jack", 33, 1380, "Jack", "venmo me for the electric @jack-hollis-7"),
        ("Jack", 47, 1440, "me", "bought elden ring dlc, dont judge. gaming is my therapy"),
        ("Jack", 62, 700, "me", "rent short again, i can cover 400 til payday"),
        (
            "Dee",
            7,
            760,
            "Dee",
            "my address for the party invites: 3120 Poplar Level Rd Apt 12, Louisville KY 40213",
        ),
        ("Dee", 21, 780, "Dee", "new email dee.moss88@example.net"),
        (
            "Dee",
            37,
            800,
            "me",
            "deposit the bday money here: routing " + ROUTING + " acct 88104723391",
        ),
        ("crystal", 9, 900, "crystal", "they said the OT list is posted, check the board"),
        ("crystal", 26, 930, "me", "my badge # is OV-22817, can you scan me in"),
        (
            "2nd Shift Crew 🚚",
            12,
            1300,
            "Will Ostrander",
            "if anybody needs a ride hit me 502-555-0106",
        ),
        (
            "2nd Shift Crew 🚚",
            40,
            1320,
            "me",
            "lost my card at the dock 4147 2001 9384 5528 if anyone sees it",
        ),
    ]
    assert CARD == "4147200193845528", CARD
    for chat, di, minute, who, text in plants:
        chats[chat].append((local_dt(TZ, all_days[di], minute), who, text, "text"))

    # ---- Telegram full-account result.json
    ids = {k: v[1] for k, v in people.items()}
    ids.update(
        {"Rusty Caldwell": 7011238845, "Will Ostrander": 5912834400, "Lamar Pitts": 6402211937}
    )
    disp = {"Mom": "Mom", "Jack": "Jack", "Dee": "Dee", "crystal": "crystal"}
    chat_list = []
    counts = {}
    mid = 1000
    for cid, (k, lst) in enumerate(chats.items()):
        lst.sort(key=lambda t: t[0])
        group = k.startswith("2nd")
        out = []
        if group:
            mid += 1
            t0 = local_dt(TZ, START, 11 * 60)
            out.append(
                {
                    "id": mid,
                    "type": "service",
                    "date": t0.strftime("%Y-%m-%dT%H:%M:%S"),
                    "date_unixtime": str(int(t0.timestamp())),
                    "actor": "Rusty Caldwell",
                    "actor_id": f"user{ids['Rusty Caldwell']}",
                    "action": "invite_members",
                    "members": [USER],
                    "text": "",
                    "text_entities": [],
                }
            )
        for dt, who, text, kind in lst:
            mid += 1
            lt = dt.astimezone(TZ)
            name = USER if who == "me" else disp.get(who, who)
            fid = uid if who == "me" else ids[who]
            m = {
                "id": mid,
                "type": "message",
                "date": lt.strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(int(dt.timestamp())),
                "from": name,
                "from_id": f"user{fid}",
            }
            if kind == "photo":
                m.update(
                    {
                        "photo": "(File not included. Change data exporting settings to download.)",
                        "width": 1280,
                        "height": 960,
                        "text": "",
                        "text_entities": [],
                    }
                )
            elif kind == "sticker":
                m.update(
                    {
                        "file": "(File not included. Change data exporting settings to download.)",
                        "media_type": "sticker",
                        "sticker_emoji": "😂",
                        "width": 512,
                        "height": 512,
                        "text": "",
                        "text_entities": [],
                    }
                )
            else:
                phone = next((p for p in ("(502) 555-0182", "502-555-0106") if p in text), None)
                email = next(
                    (e for e in ("dee.moss88@example.net", "hr-ovfh@example.com") if e in text),
                    None,
                )
                ent = phone or email
                if ent:
                    a, b = text.split(ent, 1)
                    typ = "phone" if phone else "email"
                    m["text"] = (
                        [a, {"type": typ, "text": ent}, b] if b else [a, {"type": typ, "text": ent}]
                    )
                    m["text_entities"] = [
                        {"type": "plain", "text": a},
                        {"type": typ, "text": ent},
                    ] + ([{"type": "plain", "text": b}] if b else [])
                else:
                    m["text"] = text
                    m["text_entities"] = [{"type": "plain", "text": text}] if text else []
            if rng.random() < 0.04 and len(out) > 2:
                m["reply_to_message_id"] = out[-1]["id"]
            out.append(m)
        if not group:
            counts[disp[k]] = len(lst)
        chat_list.append(
            {
                "name": k if group else disp[k],
                "type": "private_supergroup" if group else "personal_chat",
                "id": 1800000000 + cid * 7331 if group else ids[k],
                "messages": out,
            }
        )
    contacts = [
        {
            "first_name": disp[k],
            "last_name": "" if k != "crystal" else "Vance",
            "phone_number": v[2],
            "date": "2023-04-11T19:20:00",
            "date_unixtime": "1681240800",
        }
        for k, v in people.items()
        if k == "Mom"
    ]
    result = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data to third parties.",
        "personal_information": {
            "user_id": uid,
            "first_name": "Tanya",
            "last_name": "Reyes",
            "phone_number": "+1 502 555 0148",
            "username": "@tanya_r502",
            "bio": "2nd shift survivor 🚛 | Louisville",
        },
        "contacts": {"about": "This is your contact list.", "list": contacts},
        "chats": {"about": "This page lists all chats from this export.", "list": chat_list},
    }
    files["Telegram Desktop/DataExport_2026-11-01/result.json"] = json.dumps(
        result, ensure_ascii=False, indent=1
    ).encode("utf-8")

    # ---- Venmo current statement
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    buf.write(
        "Account Statement - (@Tanya-Reyes-502) ,,,,,,,,,,,,,,,,,,,,\nAccount Activity,,,,,,,,,,,,,,,,,,,,\n"
    )
    hdr = [
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
    w.writerow(hdr)
    w.writerow(
        [
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "$12.40",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    vrows = []
    notes = [
        ("Jack Hollis", "electric ⚡", "-"),
        ("Deandra Moss", "brunch 🥞", "-"),
        ("Crystal Vance", "gas for carpool", "+"),
        ("Carmen Reyes", "for groceries mija ❤️", "+"),
        ("Jack Hollis", "rent half", "-"),
        ("Bo Tran", "lunch truck", "-"),
        ("Deandra Moss", "fair tix 🎡", "+"),
    ]
    for i in range(26):
        who, note, sign = notes[i % len(notes)]
        d = all_days[(i * 3 + 1) % len(all_days)]
        dt = local_dt(TZ, d, awake_minute(rng, 10 * 60, 23 * 60))
        amt = f"{rng.randint(8, 120)}.{rng.choice(['00', '50', '25'])}"
        vrows.append(
            (
                dt,
                "Payment",
                note,
                USER if sign == "-" else who,
                who if sign == "-" else USER,
                f"{sign} ${amt}",
                "Visa Debit *5528" if sign == "-" else "",
                "" if sign == "-" else "Venmo balance",
            )
        )
    vrows.append(
        (
            local_dt(TZ, all_days[60], 13 * 60),
            "Payment",
            "rent short, payback fri",
            "Deandra Moss",
            USER,
            "+ $150.00",
            "",
            "Venmo balance",
        )
    )
    vrows.sort(key=lambda r: r[0])
    for dt, typ, note, fr, to, amt, fund, dest in vrows:
        w.writerow(
            [
                "",
                str(rng.randrange(10**18, 10**19)),
                dt.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%S"),
                typ,
                "Complete",
                note,
                fr,
                to,
                amt,
                "",
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
    w.writerow(
        [
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "$3.15",
            "$0.00",
            "",
            "$0.00",
            "In case of errors or questions about your electronic transfers: This is a recent statement.",
        ]
    )
    files["VenmoStatement_Aug_Oct_2026.csv"] = buf.getvalue().encode("utf-8")

    # ---- OFX checking statement
    trn = []
    paydays = [d for d in all_days if d.weekday() == 4 and (d - date(2026, 8, 7)).days % 14 == 0]
    for d in paydays:
        trn.append(
            (
                local_dt(TZ, d, 6 * 60),
                "CREDIT",
                "1587.42",
                "OHIO VALLEY FREIGHT PAYROLL",
                "DIRECT DEP PPD ID 4610029381",
            )
        )
    for d in all_days:
        if rng.random() < 0.45:
            nm = rng.choice(
                [
                    "KROGER #742",
                    "SPEEDWAY 0471",
                    "WALGREENS #3318",
                    "TACO BELL 30211",
                    "DOLLAR GENERAL",
                    "STEAMGAMES.COM 425-952-2985",
                    "PLAYSTATION NETWORK",
                ]
            )
            trn.append(
                (
                    local_dt(TZ, d, awake_minute(rng, 9 * 60, 23 * 60)),
                    "DEBIT",
                    f"-{rng.randint(4, 90)}.{rng.randint(0, 99):02d}",
                    nm,
                    "POS PURCHASE",
                )
            )
        if d.day == 1:
            trn.append(
                (
                    local_dt(TZ, d, 7 * 60),
                    "DEBIT",
                    "-925.00",
                    "CRUMS LANE APTS",
                    "ACH RENT 2218 Crums Ln Apt 6B",
                )
            )
        if d.day in (9, 23) and d.month in (9, 10):
            trn.append(
                (local_dt(TZ, d, 8 * 60), "FEE", "-35.00", "OVERDRAFT FEE", "INSUFFICIENT FUNDS")
            )
    trn.append(
        (
            local_dt(TZ, all_days[40], 12 * 60),
            "CREDIT",
            "400.00",
            "ADVANCE AMERICA",
            "LOAN PROCEEDS",
        )
    )
    trn.append(
        (
            local_dt(TZ, all_days[54], 12 * 60),
            "DEBIT",
            "-460.00",
            "ADVANCE AMERICA",
            "LOAN REPAYMENT",
        )
    )
    trn.sort(key=lambda t: t[0])

    def ofxdt(dt: datetime) -> str:
        lt = dt.astimezone(TZ)
        off = int(lt.utcoffset().total_seconds() // 3600)
        return lt.strftime("%Y%m%d%H%M%S") + f".000[{off}:{lt.tzname()}]"

    lines = [
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
        "<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20261101090000.000<LANGUAGE>ENG<FI><ORG>RIVERCITY CU<FID>2291</FI></SONRS></SIGNONMSGSRSV1>",
        "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>USD",
        f"<BANKACCTFROM><BANKID>{ROUTING}<ACCTID>7730019456<ACCTTYPE>CHECKING</BANKACCTFROM>",
        f"<BANKTRANLIST><DTSTART>{ofxdt(local_dt(TZ, START, 0))}<DTEND>{ofxdt(local_dt(TZ, END, 23 * 60))}",
    ]
    for i, (dt, typ, amt, nm, memo) in enumerate(trn):
        lines += [
            "<STMTTRN>",
            f"<TRNTYPE>{typ}",
            f"<DTPOSTED>{ofxdt(dt)}",
            f"<TRNAMT>{amt}",
            f"<FITID>{20260800000 + i * 17}",
            f"<NAME>{nm[:32]}",
            f"<MEMO>{memo}",
            "</STMTTRN>",
        ]
    lines += [
        "</BANKTRANLIST>",
        "<LEDGERBAL><BALAMT>-42.18<DTASOF>20261031000000.000</LEDGERBAL>",
        "<AVAILBAL><BALAMT>-42.18<DTASOF>20261031000000.000</AVAILBAL>",
        "</STMTRS></STMTTRNRS></BANKMSGSRSV1>",
        "</OFX>",
    ]
    files["bank/RiverCityCU_Checking_7730019456.ofx"] = ("\r\n".join(lines) + "\r\n").encode(
        "ascii"
    )

    # ---- Reddit CSVs
    def rdate(d, m):
        return local_dt(TZ, d, m).astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%d %H:%M:%S UTC")

    ptitles = [
        (
            "louisville",
            "Best late night food after a 2nd shift?",
            "get off at 10:30, everything near Crums Ln is closed",
        ),
        (
            "diabetes_t2",
            "Metformin making 2nd shift brutal",
            "anyone else work nights/evenings on metformin? the nausea on the dock is rough",
        ),
        (
            "Eldenring",
            "Finally beat the DLC boss after 40 tries",
            "co-op with my bf carried me lol",
        ),
        (
            "povertyfinance",
            "Overdraft fees eating me alive",
            "third one this month. payday loan was a mistake, how do i get out",
        ),
        ("warehouseworkers", "Mandatory OT again", "4th week in a row, anyone else?"),
        ("louisville", "Lost debit card near the freight hub", "if found dm u/forkliftqueen502"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"])
    for i, (sub, title, body) in enumerate(ptitles):
        pid = f"1{rng.randrange(36**5, 36**6):x}"[:7]
        w.writerow(
            [
                pid,
                f"https://www.reddit.com/r/{sub}/comments/{pid}/",
                rdate(all_days[i * 14 + 4], awake_minute(rng, 10 * 60, 13 * 60)),
                "",
                sub,
                "0",
                title,
                "",
                body,
            ]
        )
    files["reddit/posts.csv"] = ("\ufeff" + buf.getvalue()).encode("utf-8")
    cbodies = [
        "same here, my sugar tanks around 7pm",
        "GS for everyone, that's my go-to",
        "bro the reach truck cert is a joke",
        "my mom would say pray on it lol",
        "A1C 8.1 here too, we got this",
        "just don't ever use Advance America",
        "the fair was packed sat",
        "2nd shift gang 🫡",
        "sportsbook ads are everywhere now, my cousin is hooked",
        "steam sale got me again",
        "Crystal on my shift swears by compression socks",
        "Bardstown Rd traffic at 11pm is wild",
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
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
    for i in range(36):
        b = cbodies[i % len(cbodies)]
        if i >= len(cbodies):
            b = en_noise(rng, rng.choice(OPEN) + b + rng.choice(CLOSE), 0.0, 0.1)
        cid = f"k{rng.randrange(36**5, 36**6):x}"[:7]
        sub = rng.choice(
            ["louisville", "diabetes_t2", "Eldenring", "povertyfinance", "warehouseworkers"]
        )
        w.writerow(
            [
                cid,
                f"https://www.reddit.com/r/{sub}/comments/x/comment/{cid}/",
                rdate(all_days[(i * 5) % len(all_days)], awake_minute(rng, 9 * 60 + 10, 23 * 60)),
                "",
                sub,
                "0",
                f"https://www.reddit.com/r/{sub}/comments/x/",
                "",
                b,
                "",
            ]
        )
    files["reddit/comments.csv"] = ("\ufeff" + buf.getvalue()).encode("utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"])
    w.writerow(
        [
            "2a8k1f",
            "https://www.reddit.com/message/messages/2a8k1f",
            "",
            rdate(all_days[71], 11 * 60 + 5),
            "",
            "derbycity_dave",
            "forkliftqueen502",
            "your card",
            "found a visa by dock 4, last 4 5528? text me at 502-555-0193",
        ]
    )
    w.writerow(
        [
            "2a8k2c",
            "https://www.reddit.com/message/messages/2a8k2c",
            "",
            rdate(all_days[71], 11 * 60 + 40),
            "",
            "forkliftqueen502",
            "derbycity_dave",
            "re: your card",
            "omg yes thats mine!! Tanya Reyes, I'm on 2nd shift, leave it with security thank you",
        ]
    )
    files["reddit/messages.csv"] = ("\ufeff" + buf.getvalue()).encode("utf-8")

    # ---- Google raw Records.json
    locs = []
    for d in all_days:
        m = 0
        while m < 24 * 60:
            lt = local_dt(TZ, d, m)
            shift = d.weekday() < 5 and 14 * 60 <= m < 22 * 60 + 30
            if shift:
                place = WORK
            elif d.weekday() >= 5 and 12 * 60 <= m < 16 * 60 and rng.random() < 0.5:
                place = (38.20010, -85.75300)  # Dee's / Germantown
            elif d.weekday() < 5 and (13 * 60 + 30 <= m < 14 * 60 or 22 * 60 + 30 <= m < 23 * 60):
                place = ((HOME[0] + WORK[0]) / 2, (HOME[1] + WORK[1]) / 2)
            else:
                place = HOME
            locs.append(
                {
                    "latitudeE7": round((place[0] + rng.uniform(-0.0003, 0.0003)) * 1e7),
                    "longitudeE7": round((place[1] + rng.uniform(-0.0003, 0.0003)) * 1e7),
                    "accuracy": rng.randint(5, 40),
                    "source": "WIFI" if place == HOME else "GPS",
                    "deviceTag": 884123907,
                    "timestamp": lt.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%S.")
                    + f"{rng.randint(0, 999):03d}Z",
                }
            )
            m += rng.randint(25, 55)
    files["Takeout/Location History (Timeline)/Records.json"] = json.dumps(
        {"locations": locs}, indent=2
    ).encode("utf-8")

    registry = [
        ("US_SSN", "402-71-5583"),
        ("PHONE_NUMBER", "(502) 555-0182"),
        ("US_DRIVER_LICENSE", "T04-185-527"),
        ("LICENSE_PLATE", "481 TVR"),
        ("USERNAME", "@jack-hollis-7"),
        ("ADDRESS", "3120 Poplar Level Rd Apt 12, Louisville KY 40213"),
        ("EMAIL_ADDRESS", "dee.moss88@example.net"),
        ("BANK_ACCOUNT", ROUTING),
        ("BANK_ACCOUNT", "88104723391"),
        ("EMAIL_ADDRESS", "hr-ovfh@example.com"),
        ("PHONE_NUMBER", "502-555-0106"),
        ("CREDIT_CARD", "4147 2001 9384 5528"),
        ("PHONE_NUMBER", "+1 502 555 0148"),
        ("USERNAME", "@tanya_r502"),
        ("PHONE_NUMBER", "+15025550131"),
        ("PHONE_NUMBER", "+15025550177"),
        ("PHONE_NUMBER", "+15025550164"),
        ("PHONE_NUMBER", "+15025550119"),
        ("USERNAME", "@Tanya-Reyes-502"),
        ("ADDRESS", "3120 Poplar Level Rd Apt 12"),
        ("ADDRESS", "2218 Crums Ln Apt 6B"),
        ("BANK_ACCOUNT", "7730019456"),
        ("USERNAME", "forkliftqueen502"),
        ("USERNAME", "derbycity_dave"),
        ("PHONE_NUMBER", "502-555-0193"),
        ("PERSON", "Jack Hollis"),
        ("PERSON", "Deandra Moss"),
        ("PERSON", "Crystal Vance"),
        ("PERSON", "Carmen Reyes"),
        ("PERSON", "Rusty Caldwell"),
        ("PERSON", "Will Ostrander"),
        ("PERSON", "marco"),
        ("PERSON", "Marco"),
        ("PERSON", "Jack"),
        ("PERSON", "Will"),
        ("PERSON", "Father Luis"),
        ("PERSON", "Crystal"),
        ("PERSON", "crystal"),
        ("PERSON", "Dee"),
        ("PERSON", "Bo Tran"),
        ("PERSON", "Lamar Pitts"),
    ]
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    gt = {
        "description": "Tanya Reyes, 34, second-shift lead (14:00-22:30 Mon-Fri) at Ohio Valley Freight Hub in Louisville KY; partner Jack, mother Carmen; type 2 diabetes; overdrafts and a payday loan; plays Elden Ring. Telegram full export, Venmo, OFX checking, Reddit, Google Records.json.",
        "timezone": "America/Kentucky/Louisville",
        "user": {
            "names": ["Tanya Reyes"],
            "phones": ["+1 502 555 0148"],
            "emails": [],
            "handles": ["@tanya_r502", "forkliftqueen502", "@Tanya-Reyes-502"],
        },
        "facts": {
            "home": {
                "lat": HOME[0],
                "lon": HOME[1],
                "radius_m": 300,
                "address": "2218 Crums Ln Apt 6B, Louisville, KY 40216",
                "city": "Louisville",
            },
            "work": {
                "lat": WORK[0],
                "lon": WORK[1],
                "radius_m": 300,
                "employer": "Ohio Valley Freight Hub",
            },
            "sleep_window": {"start": "01:00", "end": "08:30", "tolerance_min": 60},
            "top_contacts": [{"name": k, "messages": v} for k, v in top],
            "relationships": [
                {"name": "Mom", "relationship": "mother", "full_name": "Carmen Reyes"},
                {"name": "Jack", "relationship": "partner", "full_name": "Jack Hollis"},
                {"name": "Dee", "relationship": "close friend", "full_name": "Deandra Moss"},
                {"name": "crystal", "relationship": "colleague", "full_name": "Crystal Vance"},
            ],
            "religion": {"value": False},
            "health": {"value": "type 2 diabetes (metformin, A1C 8.1, test strips)"},
            "politics": {"value": False},
            "financial_stress": {"value": True},
            "gambling": {"value": False},
            "gaming": {"value": True},
            "salary": {
                "amount": "1587.42",
                "currency": "USD",
                "payer": "OHIO VALLEY FREIGHT PAYROLL",
                "period": "biweekly",
            },
            "risky_contact": {
                "name": "Rusty Caldwell",
                "why": "posts 70 distinct angry political rants in the '2nd Shift Crew' Telegram group",
            },
        },
    }
    return {"gt": gt, "registry": registry}
