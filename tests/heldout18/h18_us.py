# ruff: noqa: B007, B905, RUF059, I001
"""heldout18 US persona: Marcus Delgado, Albuquerque gig worker (Amazon Flex blocks + DoorDash)."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import timedelta

from h18_common import aba_complete, epoch, fb_json, luhn_complete
from h18_engine import Msg, Persona, distinct_rants, gen_chat
from h18_pools import EN_EMOJI, US_CORE, US_OPEN, US_TAIL
from h18_common import compose

PID = "us_abq_marcus"
ZONE = "America/Denver"
HOME = (35.10142, -106.57228)
WORK = (35.04987, -106.71934)
ME = "Marcus Delgado"
IGME = "Marcus D"
KAY = "kay 🌻"
MA = "Ma"
DRE = "Dre"
LU = "Lu"
RAY = "Ray O"
GABS = "gabs"
POOLS = {"open": US_OPEN, "core": US_CORE, "tail": US_TAIL, "emoji": EN_EMOJI}
ROUTING = aba_complete("10700231")
CARD = luhn_complete("541275341092663", 16)


def awake(h: int, m: int) -> bool:
    # sleeps 02:00-09:30 (late dinner rush), so awake 09:40 .. 01:50
    return (h, m) >= (9, 40) or (h, m) <= (1, 50)


def line(rng: random.Random, who: str) -> str:
    return compose(rng, POOLS)


def build(write: dict[str, bytes]) -> dict[str, object]:
    rng = random.Random(1821)
    p = Persona(ZONE, (2025, 1, 6), 88, awake, rng)
    inbox = "your_instagram_activity/messages/inbox"
    threads: list[tuple[str, str, list[str], list[Msg]]] = []

    def F(folder: str) -> str:
        return f"{inbox}/{folder}/message_1.json"

    planted = [
        (2, "22:10", KAY, "whats ur social again, the lease app wants it"),
        (2, "22:14", IGME, "523 71 4906"),
        (5, "23:40", IGME, "rent gonna be late again babe, app was dead all week"),
        (
            9,
            "12:30",
            IGME,
            "new place is 2210 Pennsylvania St NE Apt 5, Albuquerque, NM 87110 put that on the form",
        ),
        (12, "20:05", IGME, "inhaler's almost empty, gotta refill the albuterol before my shift"),
        (16, "21:20", KAY, "Hunter from my job said the clinic on san mateo is cheaper"),
        (20, "00:30", IGME, "got hit with another overdraft fee, 35 bucks for nothing"),
        (23, "14:10", KAY, "need ur DL# for the parking permit"),
        (23, "14:12", IGME, "DL# 058421937"),
        (30, "22:45", IGME, f"for the deposit refund: routing {ROUTING} acct 4417203396"),
        (38, "18:30", IGME, "asthma acting up bad w the wind today"),
        (45, "23:10", IGME, "cant cover my half of rent til friday, im sorry"),
        (57, "21:00", IGME, "doc upped my inhaler to the steroid one"),
        (69, "00:50", IGME, "hopping on cod w dre, dont wait up"),
    ]
    threads.append(
        ("kaylabrooks_7782", KAY, [IGME, KAY], gen_chat(p, [IGME, KAY], 210, line, planted))
    )
    planted = [
        (3, "11:15", MA, "mijo my tax lady needs your tio's ITIN, its 912-78-3345 right?"),
        (6, "19:00", MA, "padre Miguel asked about you at mass"),
        (11, "12:40", MA, "my new number (505) 555-0199 save it"),
        (19, "13:05", IGME, "ma im coming by 1418 Atrisco Dr SW after my block"),
        (28, "18:20", MA, "tia Sunny is praying the rosary for your grandpa"),
        (52, "12:10", IGME, "ma can u lend me 200 til the weekend"),
    ]
    threads.append(
        ("rosadelgado_1502", MA, [IGME, MA], gen_chat(p, [IGME, MA], 115, line, planted))
    )
    planted = [
        (4, "22:20", DRE, "new # 505-555-0134"),
        (8, "23:30", DRE, "hit a 4 leg parlay on draftkings lets goo"),
        (14, "20:15", DRE, "email me the pics dre.whitfield@example.net"),
        (
            18,
            "15:00",
            IGME,
            "some dude in a black tahoe plate BRX-419 clipped my mirror at the smiths",
        ),
        (26, "21:40", DRE, "Chase says hes down for the game sat"),
        (33, "01:10", IGME, "gamepass on sale, finally getting the new cod"),
        (44, "22:00", DRE, "follow my other acct @whitfield.andre"),
        (60, "23:45", DRE, "lost 300 on the super bowl smh never again"),
    ]
    threads.append(
        ("andrewhitfield_505", DRE, [IGME, DRE], gen_chat(p, [IGME, DRE], 165, line, planted))
    )
    card_sp = " ".join(CARD[i : i + 4] for i in range(0, 16, 4))
    planted = [
        (7, "13:30", LU, "yo whats ur passport # for the cruise thing"),
        (7, "13:45", IGME, "583920174 exp 2029"),
        (22, "16:20", IGME, f"use my card for the airbnb {card_sp}"),
        (41, "20:50", LU, "rich said the warehouse is hiring if u want steady hours"),
    ]
    threads.append(("luisdelgado_2k", LU, [IGME, LU], gen_chat(p, [IGME, LU], 85, line, planted)))
    a = [
        "the government",
        "congress",
        "the feds",
        "the libs",
        "those clowns in dc",
        "the media",
        "big pharma",
        "the senate",
        "the cops",
        "the corporations",
        "the president",
        "both parties",
    ]
    b = [
        "are robbing us blind",
        "dont care about working people",
        "should all be thrown out",
        "are lying to ur face",
        "sold us out",
        "want us broke and scared",
        "are a joke",
        "need to be held accountable",
    ]
    c = [
        "WAKE UP",
        "im so sick of it!!",
        "nobody is talking about this",
        "its all rigged",
        "do ur research",
        "they think were stupid",
        "burn it all down",
        "and yall still vote for them?!",
    ]
    rants = distinct_rants(random.Random(18211), a, b, c, 70)
    planted = []
    for d, r in zip(sorted(rng.choices(range(88), k=70)), rants):
        h = rng.choice([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])
        planted.append((d, f"{h:02d}:{rng.randrange(60):02d}", RAY, r))
    grp = gen_chat(p, [IGME, LU, RAY, GABS, DRE], 140, line, planted, weights=[2, 1.5, 0.3, 1.5, 1])
    threads.append(("primos_4490021", "primos 🏁", [IGME, LU, RAY, GABS, DRE], grp))
    counts = {}
    for folder, title, parts, msgs in threads:
        out = []
        for m in sorted(msgs, key=lambda x: -x.dt.timestamp()):
            d: dict[str, object] = {
                "sender_name": m.sender,
                "timestamp_ms": epoch(m.dt) * 1000 + rng.randrange(1000),
            }
            if m.kind == "media":
                d["photos"] = [
                    {
                        "uri": f"your_instagram_activity/messages/inbox/{folder}/photos/{rng.randrange(10**17, 10**18)}.jpg",
                        "creation_timestamp": epoch(m.dt),
                    }
                ]
            elif m.kind == "voice":
                d["audio_files"] = [
                    {
                        "uri": f"your_instagram_activity/messages/inbox/{folder}/audio/{rng.randrange(10**17, 10**18)}.mp4",
                        "creation_timestamp": epoch(m.dt),
                    }
                ]
            elif m.kind == "sticker":
                d["share"] = {
                    "link": f"https://www.instagram.com/reel/C{rng.randrange(10**9, 10**10)}/"
                }
                d["content"] = (
                    f"{m.sender} sent an attachment."
                    if m.sender != IGME
                    else "You sent an attachment."
                )
            else:
                d["content"] = m.text
                if rng.random() < 0.05:
                    d["reactions"] = [{"reaction": "❤", "actor": rng.choice(parts)}]
            d["is_geoblocked_for_viewer"] = False
            d["is_unsent_image_by_messenger_kid_parent"] = False
            out.append(d)
        obj = {
            "participants": [{"name": n} for n in reversed(parts)],
            "messages": out,
            "title": title,
            "is_still_participant": True,
            "thread_path": f"inbox/{folder}",
            "magic_words": [],
        }
        write[F(folder)] = fb_json(obj).encode("ascii")
        if len(parts) == 2:
            counts[title] = len(msgs)
    K, R, A, L, G = (F(t[0]) for t in threads)
    for etype, v in [
        ("US_SSN", "523 71 4906"),
        ("ADDRESS", "2210 Pennsylvania St NE Apt 5, Albuquerque, NM 87110"),
        ("PERSON", "Hunter"),
        ("US_DRIVER_LICENSE", "058421937"),
        ("PERSON", "dre"),
        ("ABA_ROUTING_NUMBER", ROUTING),
        ("BANK_ACCOUNT", "4417203396"),
    ]:
        p.add(K, etype, v)
    for etype, v in [
        ("US_ITIN", "912-78-3345"),
        ("PERSON", "padre Miguel"),
        ("PHONE_NUMBER", "(505) 555-0199"),
        ("ADDRESS", "1418 Atrisco Dr SW"),
        ("PERSON", "Sunny"),
    ]:
        p.add(R, etype, v)
    for etype, v in [
        ("PHONE_NUMBER", "505-555-0134"),
        ("EMAIL_ADDRESS", "dre.whitfield@example.net"),
        ("LICENSE_PLATE", "BRX-419"),
        ("PERSON", "Chase"),
        ("USERNAME", "@whitfield.andre"),
    ]:
        p.add(A, etype, v)
    for etype, v in [("US_PASSPORT", "583920174"), ("CREDIT_CARD", card_sp), ("PERSON", "rich")]:
        p.add(L, etype, v)
    pi = {
        "profile_user": [
            {
                "media_map_data": {},
                "string_map_data": {
                    "Email": {"href": "", "value": "marcus.delgado505@example.com", "timestamp": 0},
                    "Phone Number": {"href": "", "value": "+15055550147", "timestamp": 0},
                    "Username": {"href": "", "value": "marcus.delg505", "timestamp": 0},
                    "Name": {"href": "", "value": "Marcus Delgado", "timestamp": 0},
                    "Bio": {"href": "", "value": "505 🌶️ | dashing thru life", "timestamp": 0},
                    "Gender": {"href": "", "value": "male", "timestamp": 0},
                    "Date of birth": {"href": "", "value": "1997-08-19", "timestamp": 0},
                    "Private Account": {"href": "", "value": "True", "timestamp": 0},
                },
            }
        ]
    }
    PI = "personal_information/personal_information/personal_information.json"
    write[PI] = fb_json(pi).encode("ascii")
    p.add(PI, "EMAIL_ADDRESS", "marcus.delgado505@example.com")
    p.add(PI, "PHONE_NUMBER", "+15055550147")
    p.add(PI, "USERNAME", "marcus.delg505")
    p.add(PI, "PERSON", "Marcus Delgado")

    venmo(p, write)
    ofx(p, write)
    ios_location(p, write)
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    return {
        "schema_version": 1,
        "persona": PID,
        "fictional": True,
        "independent": True,
        "description": "Marcus Delgado, 27, gig worker in Albuquerque: weekday Amazon Flex blocks at a west-side delivery station, DoorDash evenings.",
        "timezone": ZONE,
        "user": {
            "names": ["Marcus Delgado", "Marcus D", "Marcus"],
            "phones": ["+15055550147"],
            "emails": ["marcus.delgado505@example.com"],
            "handles": ["marcus.delg505", "@Marcus-Delgado-7"],
        },
        "pii": p.pii,
        "facts": {
            "home": {
                "lat": HOME[0],
                "lon": HOME[1],
                "radius_m": 300,
                "address": "2210 Pennsylvania St NE Apt 5, Albuquerque, NM 87110",
                "city": "Albuquerque",
            },
            "work": {
                "lat": WORK[0],
                "lon": WORK[1],
                "radius_m": 300,
                "employer": "Amazon Flex (delivery station, west Albuquerque)",
            },
            "sleep_window": {"start": "02:00", "end": "09:30", "tolerance_min": 60},
            "top_contacts": [{"name": k, "messages": v} for k, v in top],
            "relationships": [
                {"name": KAY, "relationship": "partner", "full_name": "Kayla Brooks"},
                {"name": MA, "relationship": "mother", "full_name": "Rosa Delgado"},
                {"name": DRE, "relationship": "close friend", "full_name": "Andre Whitfield"},
                {"name": LU, "relationship": "brother", "full_name": "Luis Delgado"},
                {"name": RAY, "relationship": "cousin", "full_name": "Ramon Ortega"},
            ],
            "religion": {"value": False},
            "health": {"value": "asthma (albuterol / steroid inhaler)"},
            "politics": {"value": False},
            "financial_stress": {"value": True},
            "gambling": {"value": False},
            "gaming": {"value": True},
            "salary": {
                "amount": "486.00",
                "currency": "USD",
                "payer": "AMZN FLEX PAYMENTS",
                "period": "weekly",
            },
            "risky_contact": {
                "name": RAY,
                "why": "posts 70 angry political rants in the primos 🏁 group",
            },
        },
    }


def venmo(p: Persona, write: dict[str, bytes]) -> None:
    rng = random.Random(1822)
    rows = []
    notes = [
        ("Kayla Brooks", "rent my half 🏠", -1),
        ("Andre Whitfield", "wings 🍗", 1),
        ("Kayla Brooks", "groceries", -1),
        ("Andre Whitfield", "gas $ for the trip", -1),
        ("Rosa Delgado", "phone bill ma", -1),
        ("Luis Delgado", "Luis gas $", 1),
        ("Kayla Brooks", "electric", -1),
        ("Andre Whitfield", "tacos", -1),
    ]
    for i in range(34):
        who, note, sign = rng.choice(notes)
        d = p.at(
            rng.randrange(88),
            f"{rng.randint(10, 23):02d}:{rng.randrange(60):02d}",
            rng.randrange(60),
        )
        amt = 450 if "rent" in note else rng.randint(8, 80)
        rows.append(
            (d, "Payment", note, ME if sign < 0 else who, who if sign < 0 else ME, sign * amt)
        )
    rows.sort(key=lambda r: r[0].timestamp())
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
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
    buf.write("Account Statement - (@Marcus-Delgado-7) ,,,,,,,,,,,,,,,,,,,,,\n")
    buf.write("Account Activity,,,,,,,,,,,,,,,,,,,,,\n")
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
            "$0.00",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    for d, typ, note, fr, to, amt in rows:
        u = d.astimezone(__import__("datetime").timezone.utc)
        s = f"+ ${amt:,.2f}" if amt > 0 else f"- ${-amt:,.2f}"
        w.writerow(
            [
                "",
                str(rng.randrange(10**18, 10**19)),
                u.strftime("%Y-%m-%dT%H:%M:%S"),
                typ,
                "Complete",
                note,
                fr,
                to,
                s,
                "",
                "0",
                "",
                "0",
                "",
                "Venmo balance" if amt > 0 else "Chase Debit *3396",
                "Venmo balance" if amt > 0 else "",
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
            "$0.00",
            "$0.00",
            "",
            "$0.00",
            "In case of errors or questions about your electronic transfers:...",
        ]
    )
    F = "venmo/VenmoStatement_January_2025_to_April_2025.csv"
    write[F] = buf.getvalue().encode("utf-8")
    p.add(F, "USERNAME", "@Marcus-Delgado-7")
    for v in [
        "Marcus Delgado",
        "Kayla Brooks",
        "Andre Whitfield",
        "Rosa Delgado",
        "Luis Delgado",
        "Luis",
    ]:
        if v in buf.getvalue():
            p.add(F, "PERSON", v)


def ofx(p: Persona, write: dict[str, bytes]) -> None:
    rng = random.Random(1823)
    tx = []
    for k in range(13):
        tx.append(
            (
                p.at(4 + 7 * k, "03:00"),
                "CREDIT",
                486.00,
                "AMZN FLEX PAYMENTS",
                "DIRECT DEP AMZN FLEX PAYMENTS PPD",
            )
        )
    for k in range(12):
        tx.append(
            (
                p.at(1 + 7 * k, "06:00"),
                "CREDIT",
                round(rng.uniform(140, 390), 2),
                "DOORDASH INC",
                "DOORDASH FAST PAY",
            )
        )
    for d in (14, 20, 33, 46, 71):
        tx.append((p.at(d, "10:00"), "FEE", -35.00, "OVERDRAFT FEE", "OVERDRAFT ITEM FEE"))
    for d in (12, 41, 70):
        tx.append(
            (
                p.at(d, "15:30"),
                "POS",
                -round(rng.uniform(18, 45), 2),
                "WALGREENS #6031",
                "WALGREENS #6031 RX ALBUQUERQUE NM",
            )
        )
    for d in (10, 40, 70):
        tx.append((p.at(d, "12:00"), "DEBIT", -16.99, "MICROSOFT*XBOX GAME PASS", "MSBILL.INFO WA"))
    tx.append(
        (
            p.at(53, "12:30"),
            "DEBIT",
            -200.00,
            "ZELLE TO ROSA DELGADO",
            "ZELLE PAYMENT TO ROSA DELGADO CONF# A7K2QX",
        )
    )
    tx.append(
        (p.at(52, "17:00"), "CREDIT", 200.00, "ZELLE FROM ROSA DELGADO", "ZELLE FROM ROSA DELGADO")
    )
    tx.append((p.at(26, "09:00"), "DEBIT", -900.00, "SUNPORT APTS RENT", "WEB PMT SUNPORT APTS"))
    tx.append((p.at(56, "09:00"), "DEBIT", -900.00, "SUNPORT APTS RENT", "WEB PMT SUNPORT APTS"))
    for i in range(60):
        n = rng.choice(
            [
                "SHELL OIL 5744",
                "CIRCLE K 2716",
                "SMITHS FOOD #451",
                "TACO CABANA",
                "FRONTIER RESTAURANT",
                "AUTOZONE 3310",
            ]
        )
        tx.append(
            (
                p.at(rng.randrange(88), f"{rng.randint(10, 23):02d}:{rng.randrange(60):02d}"),
                "POS",
                -round(rng.uniform(4, 70), 2),
                n,
                n + " ALBUQUERQUE NM",
            )
        )
    tx.sort(key=lambda t: t[0].timestamp())

    def ofxdt(dt: object) -> str:
        off = int(dt.utcoffset().total_seconds() // 3600)  # type: ignore[attr-defined]
        tz = "MDT" if off == -6 else "MST"
        return dt.strftime("%Y%m%d%H%M%S") + f".000[{off}:{tz}]"  # type: ignore[attr-defined]

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
        "<SIGNONMSGSRSV1>",
        "<SONRS>",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "</STATUS>",
        "<DTSERVER>20250405091500.000[-6:MDT]",
        "<LANGUAGE>ENG",
        "<FI>",
        "<ORG>SANDIA AREA FCU",
        "<FID>10700",
        "</FI>",
        "</SONRS>",
        "</SIGNONMSGSRSV1>",
        "<BANKMSGSRSV1>",
        "<STMTTRNRS>",
        "<TRNUID>0",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "</STATUS>",
        "<STMTRS>",
        "<CURDEF>USD",
        "<BANKACCTFROM>",
        f"<BANKID>{ROUTING}",
        "<ACCTID>4417203396",
        "<ACCTTYPE>CHECKING",
        "</BANKACCTFROM>",
        "<BANKTRANLIST>",
        f"<DTSTART>{ofxdt(p.at(0, '00:00'))}",
        f"<DTEND>{ofxdt(p.at(87, '23:59'))}",
    ]
    bal = 212.40
    for i, (d, t, amt, name, memo) in enumerate(tx):
        bal += amt
        lines += [
            "<STMTTRN>",
            f"<TRNTYPE>{t}",
            f"<DTPOSTED>{ofxdt(d)}",
            f"<TRNAMT>{amt:.2f}",
            f"<FITID>2025{i:06d}",
            f"<NAME>{name[:32]}",
            f"<MEMO>{memo}",
            "</STMTTRN>",
        ]
    lines += [
        "</BANKTRANLIST>",
        "<LEDGERBAL>",
        f"<BALAMT>{bal:.2f}",
        "<DTASOF>20250405091500.000[-6:MDT]",
        "</LEDGERBAL>",
        "</STMTRS>",
        "</STMTTRNRS>",
        "</BANKMSGSRSV1>",
        "</OFX>",
    ]
    F = "bank/sandia_checking_2025Q1.ofx"
    write[F] = ("\r\n".join(lines) + "\r\n").encode("ascii")
    p.add(F, "ABA_ROUTING_NUMBER", ROUTING)
    p.add(F, "BANK_ACCOUNT", "4417203396")
    p.add(F, "PERSON", "ROSA DELGADO")


def ios_location(p: Persona, write: dict[str, bytes]) -> None:
    rng = random.Random(1824)
    items: list[dict[str, object]] = []

    def iso(dt: object) -> str:
        return dt.isoformat(timespec="milliseconds")  # type: ignore[attr-defined]

    def geo(ll: tuple[float, float]) -> str:
        return f"geo:{ll[0] + rng.uniform(-0.0004, 0.0004):.6f},{ll[1] + rng.uniform(-0.0004, 0.0004):.6f}"

    for d in range(88):
        day = p.at(d, "12:00")
        wd = day.weekday() < 5
        hs = p.at(d - 1, "23:00") if d else p.at(0, "00:00")
        he = (
            p.at(d, f"10:{rng.randint(0, 20):02d}")
            if wd
            else p.at(d, f"{rng.randint(11, 13)}:{rng.randrange(60):02d}")
        )
        items.append(
            {
                "endTime": iso(he),
                "startTime": iso(hs),
                "visit": {
                    "hierarchyLevel": "0",
                    "topCandidate": {
                        "probability": f"{rng.uniform(0.6, 0.95):.6f}",
                        "semanticType": "Unknown",
                        "placeID": "ChIJx9Lr6tELIocRPennStNE",
                        "placeLocation": geo(HOME),
                    },
                    "probability": f"{rng.uniform(0.7, 0.99):.6f}",
                },
            }
        )
        if wd:
            a = he + timedelta(minutes=rng.randint(20, 30))
            items.append(
                {
                    "endTime": iso(a),
                    "startTime": iso(he),
                    "activity": {
                        "probability": "0.93",
                        "end": geo(WORK),
                        "topCandidate": {"type": "in passenger vehicle", "probability": "0.91"},
                        "distanceMeters": f"{rng.uniform(15500, 17200):.1f}",
                        "start": geo(HOME),
                    },
                }
            )
            items.append(
                {
                    "endTime": iso(a),
                    "startTime": iso(he),
                    "timelinePath": [
                        {"point": geo(HOME), "durationMinutesOffsetFromStartTime": "0"},
                        {
                            "point": "geo:35.084431,-106.650421",
                            "durationMinutesOffsetFromStartTime": "11",
                        },
                        {
                            "point": geo(WORK),
                            "durationMinutesOffsetFromStartTime": str(
                                int((a - he).total_seconds() // 60)
                            ),
                        },
                    ],
                }
            )
            e = p.at(d, f"{rng.choice([14, 15])}:{rng.randint(0, 45):02d}")
            items.append(
                {
                    "endTime": iso(e),
                    "startTime": iso(a),
                    "visit": {
                        "hierarchyLevel": "0",
                        "topCandidate": {
                            "probability": "0.88",
                            "semanticType": "Unknown",
                            "placeID": "ChIJAmznFlexDAB9Rwest01",
                            "placeLocation": geo(WORK),
                        },
                        "probability": "0.91",
                    },
                }
            )
    write["location-history.json"] = json.dumps(items, indent=2).encode("utf-8")
