# ruff: noqa: B007, B905, UP017
"""heldout18 UK persona: Niamh Brennan, staff nurse in Beeston (Nottingham), big Irish family."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import timedelta, timezone
from zoneinfo import ZoneInfo

from h18_common import compose, epoch, fb_json, iban, luhn_complete, nhs_complete
from h18_engine import Msg, Persona, distinct_rants, gen_chat
from h18_pools import EN_CORE, EN_EMOJI, EN_OPEN, EN_TAIL

PID = "uk_beeston_niamh"
ZONE = "Europe/London"
HOME = (52.92583, -1.21347)
WORK = (52.94362, -1.18561)
ME = "Niamh Brennan"
POOLS = {"open": EN_OPEN, "core": EN_CORE, "tail": EN_TAIL, "emoji": EN_EMOJI}
NHS = nhs_complete("943476591")
CARD = luhn_complete("475128036619042", 16)
IBAN = iban("GB", "MONZ04000441873620")


def awake(h: int, m: int) -> bool:
    return (h, m) >= (6, 15) and (h, m) <= (22, 45)


def line(rng: random.Random, who: str) -> str:
    return compose(rng, POOLS)


def build(write: dict[str, bytes]) -> dict[str, object]:
    rng = random.Random(1811)
    p = Persona(ZONE, (2024, 9, 2), 89, awake, rng)
    TG = "Telegram Desktop/DataExport_2024-11-30/result.json"
    chats: list[tuple[str, str, int, list[Msg]]] = []
    card_sp = " ".join(CARD[i : i + 4] for i in range(0, 16, 4))
    iban_sp = " ".join(IBAN[i : i + 4] for i in range(0, len(IBAN), 4))

    planted = [
        (1, "19:30", "Tom", "whats ur NI number again, the mortgage broker wants it"),
        (1, "19:41", ME, "NP 61 04 93 B"),
        (6, "20:10", ME, "mass at 10 sunday with mum then dinner at hers?"),
        (9, "21:02", ME, "put a tenner on the horses at haydock, dont judge me"),
        (14, "18:45", "Tom", "long number on the joint card? amazon wants it again"),
        (14, "18:47", ME, card_sp),
        (20, "20:20", ME, "passport no. 531904872 exp 2031, can you do the booking for dublin"),
        (23, "21:15", ME, "lost 60 on the footy acca, dont tell me off"),
        (27, "07:10", "Tom", "someone's blocked you in again, FD19 XKM, silver focus"),
        (34, "19:05", ME, "Fr Hennessy asked if we'd do the readings at Rose's confirmation"),
        (41, "20:40", ME, "acca came in!! £85 back, takeaway on me"),
        (48, "21:00", "Tom", "will rang, he's coming sat"),
        (62, "20:30", ME, "had 20 on the grand prix, lost obviously"),
        (70, "19:50", ME, "rosary for nana's anniversary at st john's, 7pm thursday"),
    ]
    chats.append(("Tom ❤️", "user4417290031", 195, gen_chat(p, [ME, "Tom"], 195, line, planted)))
    planted = [
        (3, "09:20", "Mum", "ur nans rosary beads are in the drawer if u want them"),
        (
            8,
            "10:05",
            ME,
            "mum your nhs number is on the hospital letter, "
            + NHS[:3]
            + " "
            + NHS[3:6]
            + " "
            + NHS[6:],
        ),
        (13, "11:40", "Mum", "see you at mass love, we'll save a pew"),
        (19, "12:10", "Mum", "hip is still sore after the op, physio thursday"),
        (
            25,
            "20:15",
            ME,
            "I'll drop the shopping at 27 Bramcote Lane, Wollaton NG8 2NA after my shift",
        ),
        (32, "09:55", "Mum", "Dec's knee is playing up again he wont see a doctor"),
        (44, "10:30", ME, "ash wednesday isnt til feb mum lol but yes ill come to the novena"),
        (55, "18:00", "Mum", "your cousin says hello, she's over from galway next week"),
        (68, "10:40", ME, "going to confession saturday, want a lift?"),
    ]
    chats.append(("Mum", "user4417290032", 160, gen_chat(p, [ME, "Mum"], 160, line, planted)))
    planted = [
        (
            5,
            "20:00",
            "Ciara",
            "send it to my monzo, 04-00-04 41873620 is yours right? i'll pay u back",
        ),
        (5, "20:03", ME, "yep 04-00-04 41873620"),
        (11, "19:22", "Ciara", "Rose got her offer from trent!!"),
        (
            17,
            "21:10",
            ME,
            "new flat is flat 3 22 chilwell rd beeston NG9 1EJ, the one with the blue door",
        ),
        (29, "20:35", "Ciara", "Will's been sent home from school again, fortnite til 2am"),
        (37, "19:00", ME, "Bernie on the ward says hi, she remembers u from school"),
        (52, "21:20", "Ciara", "did u put money on the darts again lol"),
    ]
    chats.append(("Ciara", "user4417290033", 150, gen_chat(p, [ME, "Ciara"], 150, line, planted)))
    planted = [
        (10, "18:30", "Dec", "for the euros just use the iban"),
        (10, "18:36", ME, iban_sp),
        (40, "20:50", "Dec", "knee's grand, stop listening to mum"),
    ]
    chats.append(("Dec", "user4417290034", 80, gen_chat(p, [ME, "Dec"], 80, line, planted)))
    planted = [
        (4, "07:05", "Priya Work", "my new number 07700 900562, old one's dead"),
        (15, "13:10", ME, "send the rota to niamh.brennan83@example.com, my nhs mail is down"),
        (22, "13:40", "Priya Work", "Dr Okonkwo wants bay 4 obs done by 2"),
        (
            30,
            "07:20",
            ME,
            "DVLA want my licence for the lease car, BRENN855123NM9LK, can you witness the form",
        ),
    ]
    chats.append(
        ("Priya Work", "user4417290035", 95, gen_chat(p, [ME, "Priya Work"], 95, line, planted))
    )
    F = TG
    for etype, v in [
        ("UK_NINO", "NP 61 04 93 B"),
        ("CREDIT_CARD", card_sp),
        ("UK_PASSPORT", "531904872"),
        ("LICENSE_PLATE", "FD19 XKM"),
        ("PERSON", "Fr Hennessy"),
        ("PERSON", "Rose"),
        ("UK_NHS", NHS[:3] + " " + NHS[3:6] + " " + NHS[6:]),
        ("ADDRESS", "27 Bramcote Lane, Wollaton NG8 2NA"),
        ("BANK_ACCOUNT", "04-00-04 41873620"),
        ("ADDRESS", "flat 3 22 chilwell rd beeston NG9 1EJ"),
        ("PERSON", "Will"),
        ("PERSON", "Bernie"),
        ("IBAN_CODE", iban_sp),
        ("PHONE_NUMBER", "07700 900562"),
        ("EMAIL_ADDRESS", "niamh.brennan83@example.com"),
        ("PERSON", "Dr Okonkwo"),
        ("UK_DRIVING_LICENCE", "BRENN855123NM9LK"),
        ("PHONE_NUMBER", "+44 7700 900418"),
        ("USERNAME", "niamhb_rgn"),
        ("PHONE_NUMBER", "+447700900231"),
        ("PHONE_NUMBER", "+447700900562"),
        ("PERSON", ME),
    ]:
        p.add(F, etype, v)

    a = [
        "the government",
        "starmer",
        "this lot in westminster",
        "the tories",
        "the bbc",
        "brussels",
        "the council",
        "these so called experts",
        "the banks",
        "the mps",
        "the civil service",
        "the home office",
    ]
    b = [
        "are robbing us blind",
        "have sold this country down the river",
        "should be locked up",
        "dont give a damn about us",
        "are lying through their teeth",
        "want us all skint",
        "have ruined everything",
        "are laughing at us",
    ]
    c = [
        "and nobody does a thing!!",
        "WAKE UP PEOPLE",
        "absolute disgrace",
        "im fuming",
        "share this before they delete it",
        "mark my words",
        "its a joke",
        "something has to give",
    ]
    rants = distinct_rants(random.Random(18111), a, b, c, 68)
    planted = [
        (d, f"{rng.randint(7, 21):02d}:{rng.randrange(60):02d}", "Uncle Gerry", r)
        for d, r in zip(sorted(rng.choices(range(89), k=68)), rants)
    ]
    grp = gen_chat(
        p,
        [ME, "Mum", "Ciara", "Dec", "Uncle Gerry", "Shiv"],
        68 + 70,
        line,
        planted,
        weights=[2, 2, 2, 1, 0.3, 0.5],
    )
    chats.append(("Brennan Clan 🍀", "group", 0, grp))

    ids = {
        ME: 4417290030,
        "Tom": 4417290031,
        "Mum": 4417290032,
        "Ciara": 4417290033,
        "Dec": 4417290034,
        "Priya Work": 4417290035,
        "Uncle Gerry": 4417290036,
        "Shiv": 4417290037,
    }
    chat_list = []
    counts = {}
    mid = 1000
    for ci, (name, _uid, _n, msgs) in enumerate(chats):
        ms = []
        if name.startswith("Brennan"):
            mid += 1
            ms.append(
                {
                    "id": mid,
                    "type": "service",
                    "date": p.at(0, "08:00").strftime("%Y-%m-%dT%H:%M:%S"),
                    "date_unixtime": str(epoch(p.at(0, "08:00"))),
                    "actor": "Ciara",
                    "actor_id": "user4417290033",
                    "action": "invite_members",
                    "members": ["Uncle Gerry"],
                    "text": "",
                    "text_entities": [],
                }
            )
        for m in msgs:
            mid += 1
            sender = m.sender
            d = {
                "id": mid,
                "type": "message",
                "date": m.dt.strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(epoch(m.dt)),
                "from": sender,
                "from_id": f"user{ids[sender]}",
            }
            if m.kind == "media":
                d.update(
                    {
                        "photo": "(File not included. Change data exporting settings to download.)",
                        "width": 1280,
                        "height": 960,
                        "text": "",
                        "text_entities": [],
                    }
                )
            elif m.kind == "voice":
                d.update(
                    {
                        "file": "(File not included. Change data exporting settings to download.)",
                        "media_type": "voice_message",
                        "mime_type": "audio/ogg",
                        "duration_seconds": p.rng.randint(3, 60),
                        "text": "",
                        "text_entities": [],
                    }
                )
            elif m.kind == "sticker":
                d.update(
                    {
                        "file": "(File not included. Change data exporting settings to download.)",
                        "media_type": "sticker",
                        "sticker_emoji": "😂",
                        "mime_type": "image/webp",
                        "text": "",
                        "text_entities": [],
                    }
                )
            elif m.text in ("07700 900562", "my new number 07700 900562, old one's dead"):
                d["text"] = [
                    "my new number ",
                    {"type": "phone", "text": "07700 900562"},
                    ", old one's dead",
                ]
                d["text_entities"] = [
                    {"type": "plain", "text": "my new number "},
                    {"type": "phone", "text": "07700 900562"},
                    {"type": "plain", "text": ", old one's dead"},
                ]
            elif "niamh.brennan83@example.com" in m.text:
                pre, post = m.text.split("niamh.brennan83@example.com")
                d["text"] = [pre, {"type": "email", "text": "niamh.brennan83@example.com"}, post]
                d["text_entities"] = [
                    {"type": "plain", "text": pre},
                    {"type": "email", "text": "niamh.brennan83@example.com"},
                    {"type": "plain", "text": post},
                ]
            else:
                d["text"] = m.text
                d["text_entities"] = [{"type": "plain", "text": m.text}] if m.text else []
            if p.rng.random() < 0.03 and ms:
                d["reply_to_message_id"] = ms[-1]["id"]
            ms.append(d)
        if name.startswith("Brennan"):
            chat_list.append(
                {"name": name, "type": "private_group", "id": 4417299001, "messages": ms}
            )
        else:
            chat_list.append(
                {
                    "name": name,
                    "type": "personal_chat",
                    "id": ids[name.split(" ❤")[0]],
                    "messages": ms,
                }
            )
            counts[name] = len(msgs)
    contacts = [
        {"first_name": "Mum", "last_name": "", "phone_number": "+447700900231"},
        {"first_name": "Priya", "last_name": "Work", "phone_number": "+447700900562"},
    ]
    for c in contacts:
        c["date"] = "2021-03-14T19:22:05"
        c["date_unixtime"] = "1615749725"
    tg = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data.",
        "personal_information": {
            "user_id": 4417290030,
            "first_name": "Niamh",
            "last_name": "Brennan",
            "phone_number": "+44 7700 900418",
            "username": "@niamhb_rgn",
            "bio": "nurse. mum. tea.",
        },
        "contacts": {"about": "This is your contact list.", "list": contacts},
        "chats": {"about": "This page lists all chats from this export.", "list": chat_list},
    }
    write[TG] = json.dumps(tg, ensure_ascii=False, indent=1).encode("utf-8")

    monzo(p, write)
    facebook(p, write)
    semantic(p, write)
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    return {
        "schema_version": 1,
        "persona": PID,
        "fictional": True,
        "independent": True,
        "description": "Niamh Brennan, 41, staff nurse at Queen's Medical Centre, lives in Beeston (Nottingham), large Irish Catholic family.",
        "timezone": ZONE,
        "user": {
            "names": ["Niamh Brennan", "Niamh"],
            "phones": ["+44 7700 900418", "+447700900418"],
            "emails": ["niamh.brennan83@example.com"],
            "handles": ["niamhb_rgn", "@niamhb_rgn"],
        },
        "pii": p.pii,
        "facts": {
            "home": {
                "lat": HOME[0],
                "lon": HOME[1],
                "radius_m": 300,
                "address": "14 Cyprus Avenue, Beeston, Nottingham NG9 2DX",
                "city": "Nottingham",
            },
            "work": {
                "lat": WORK[0],
                "lon": WORK[1],
                "radius_m": 300,
                "employer": "Nottingham University Hospitals NHS Trust (Queen's Medical Centre)",
            },
            "sleep_window": {"start": "23:00", "end": "06:00", "tolerance_min": 60},
            "top_contacts": [{"name": k, "messages": v} for k, v in top],
            "relationships": [
                {"name": "Tom ❤️", "relationship": "partner", "full_name": "Tom Brennan"},
                {"name": "Mum", "relationship": "mother", "full_name": "Maureen Brennan"},
                {"name": "Ciara", "relationship": "sister", "full_name": "Ciara Brennan"},
                {"name": "Dec", "relationship": "brother", "full_name": "Declan Brennan"},
                {"name": "Priya Work", "relationship": "colleague", "full_name": "Priya Nair"},
            ],
            "religion": {"value": "Catholic"},
            "health": {"value": False},
            "politics": {"value": False},
            "financial_stress": {"value": False},
            "gambling": {"value": True},
            "gaming": {"value": False},
            "salary": {
                "amount": "2412.68",
                "currency": "GBP",
                "payer": "Nottingham University Hospitals NHS Trust",
                "period": "monthly",
            },
            "risky_contact": {
                "name": "Uncle Gerry",
                "why": "posts 68 angry political rants in the Brennan Clan 🍀 group",
            },
        },
    }


def monzo(p: Persona, write: dict[str, bytes]) -> None:
    rng = random.Random(1812)
    rows = []
    for k in range(3):
        rows.append(
            (
                p.at(25 + 30 * k, "06:40"),
                "Faster payment",
                "Nottingham University Hospitals NHS Trust",
                "",
                "income",
                2412.68,
                "NUH SALARY",
            )
        )
    bets = ["Sky Bet", "Paddy Power", "Betfair", "William Hill"]
    for k in range(13):
        d = p.at(3 + 7 * k, f"{rng.randint(12, 21):02d}:{rng.randrange(60):02d}")
        rows.append(
            (
                d,
                "Card payment",
                rng.choice(bets),
                "🎲",
                "general",
                -float(rng.choice([10, 20, 25, 40, 60])),
                "",
            )
        )
    rows.append(
        (p.at(41, "20:50"), "Card payment", "Sky Bet", "🎲", "general", 85.0, "refund/winnings")
    )
    for k in range(12):
        rows.append(
            (
                p.at(6 + 7 * k, "09:35"),
                "Card payment",
                "St John the Baptist Church",
                "⛪",
                "charity",
                -5.0,
                "collection",
            )
        )
    rows.append(
        (
            p.at(9, "20:02"),
            "Faster payment",
            "Maureen Brennan",
            "",
            "transfers",
            -50.0,
            "shopping mum",
        )
    )
    rows.append(
        (
            p.at(5, "20:05"),
            "Faster payment",
            "Ciara Brennan",
            "",
            "transfers",
            120.0,
            "Rose bday 🎂 thanks sis",
        )
    )
    shops = [
        ("Tesco", "🛒", "groceries"),
        ("Greggs", "🥐", "eating_out"),
        ("Shell", "⛽", "transport"),
        ("Boots", "💊", "shopping"),
        ("Aldi", "🛒", "groceries"),
        ("Costa Coffee", "☕", "eating_out"),
        ("Nottingham City Transport", "🚌", "transport"),
    ]
    for i in range(110):
        s, e, c = rng.choice(shops)
        d = p.at(rng.randrange(89), f"{rng.randint(7, 21):02d}:{rng.randrange(60):02d}")
        rows.append((d, "Card payment", s, e, c, -round(rng.uniform(1.5, 65), 2), ""))
    rows.sort(key=lambda r: r[0].timestamp())
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
    for i, (d, typ, name, emo, cat, amt, note) in enumerate(rows):
        tid = f"tx_0000{(epoch(d) * 7919 + i) % 10**12:012d}AbCd{i:04d}"
        w.writerow(
            [
                tid,
                d.strftime("%d/%m/%Y"),
                d.strftime("%H:%M:%S"),
                typ,
                name,
                emo,
                cat,
                f"{amt:.2f}",
                "GBP",
                f"{amt:.2f}",
                "GBP",
                note,
                "",
                "",
                name.upper() if typ == "Card payment" else note,
                "",
                f"{amt:.2f}" if amt < 0 else "",
                f"{amt:.2f}" if amt > 0 else "",
            ]
        )
    F = "monzo/MonzoDataExport_2024-09-02_2024-11-29.csv"
    write[F] = buf.getvalue().encode("utf-8")
    p.add(F, "PERSON", "Maureen Brennan")
    p.add(F, "PERSON", "Ciara Brennan")
    p.add(F, "PERSON", "Rose")


def facebook(p: Persona, write: dict[str, bytes]) -> None:
    rng = random.Random(1813)
    posts_txt = [
        (6, "18:10", "Proud auntie moment 🎓 our Rose got into Trent! Love you chick x"),
        (20, "20:00", "Lovely mass this morning for nana's anniversary, thank you Fr Hennessy 🙏"),
        (33, "19:30", "Róisín is home from Galway!! Cuppas all round ☕"),
        (47, "21:00", "Night off. Feet up. Bake Off on."),
        (60, "20:15", "Anyone know a good plumber in Beeston? Asking for a frazzled nurse 😩"),
        (74, "19:05", "Rose's confirmation today, so proud of her ✝️"),
        (85, "20:40", "Finally finished the Christmas shopping. Don't ask how much."),
    ]
    posts = []
    for d, t, txt in posts_txt:
        dt = p.at(d, t)
        posts.append({"timestamp": epoch(dt), "data": [{"post": txt}]})
    posts.sort(key=lambda x: -x["timestamp"])  # type: ignore[operator]
    write["your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"] = fb_json(
        posts
    ).encode("ascii")
    comments = []
    for d, t, txt, who in [
        (7, "08:30", "Congratulations chick!! so proud xx", "a"),
        (21, "21:10", "Thank you Auntie Mo x", "Maureen Brennan's"),
        (50, "19:45", "Happy birthday lad, 40 looks good on ya 🎂", "a"),
        (66, "20:20", "thinking of you all today 🙏", "a"),
    ]:
        comments.append(
            {
                "timestamp": epoch(p.at(d, t)),
                "data": [
                    {"comment": {"timestamp": epoch(p.at(d, t)), "comment": txt, "author": ME}}
                ],
                "title": f"Niamh Brennan commented on {who} post."
                if who != "a"
                else "Niamh Brennan commented on a post.",
            }
        )
    write["your_facebook_activity/comments_and_reactions/comments.json"] = fb_json(
        {"comments_v2": comments}
    ).encode("ascii")
    prof = {
        "profile_v2": {
            "name": {
                "full_name": "Niamh Brennan",
                "first_name": "Niamh",
                "middle_name": "Mary",
                "last_name": "Brennan",
            },
            "emails": {
                "emails": ["niamh.brennan83@example.com"],
                "previous_emails": [],
                "pending_emails": [],
                "ad_account_emails": [],
            },
            "birthday": {"year": 1983, "month": 5, "day": 12},
            "gender": {"gender_option": "FEMALE"},
            "current_city": {"name": "Nottingham, United Kingdom", "timestamp": 1500000000},
            "hometown": {"name": "Nottingham, United Kingdom", "timestamp": 1500000000},
            "relationship": {"status": "Married", "timestamp": 1300000000},
            "phone_numbers": [
                {"phone_type": "Mobile", "phone_number": "+447700900418", "verified": True}
            ],
        }
    }
    write["personal_information/profile_information/profile_information.json"] = fb_json(
        prof
    ).encode("ascii")
    P = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
    for v in ["Rose", "Fr Hennessy", "Róisín"]:
        p.add(P, "PERSON", v)
    C = "your_facebook_activity/comments_and_reactions/comments.json"
    for v in ["Niamh Brennan", "Auntie Mo", "Maureen Brennan"]:
        p.add(C, "PERSON", v)
    R = "personal_information/profile_information/profile_information.json"
    p.add(R, "PERSON", "Niamh Brennan")
    p.add(R, "EMAIL_ADDRESS", "niamh.brennan83@example.com")
    p.add(R, "PHONE_NUMBER", "+447700900418")
    _ = rng


def semantic(p: Persona, write: dict[str, bytes]) -> None:
    rng = random.Random(1814)
    utc = timezone.utc
    months: dict[tuple[int, int], list[object]] = {}

    def z(dt: object) -> str:
        return dt.astimezone(utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(1000):03d}Z"  # type: ignore[attr-defined]

    def visit(
        lat: float, lon: float, name: str, addr: str, pid: str, s: object, e: object
    ) -> dict[str, object]:
        return {
            "placeVisit": {
                "location": {
                    "latitudeE7": round(lat * 1e7) + rng.randint(-40, 40),
                    "longitudeE7": round(lon * 1e7) + rng.randint(-40, 40),
                    "placeId": pid,
                    "address": addr,
                    "name": name,
                    "sourceInfo": {"deviceTag": 1187741},
                    "locationConfidence": round(rng.uniform(70, 98), 4),
                },
                "duration": {"startTimestamp": z(s), "endTimestamp": z(e)},
                "placeConfidence": "HIGH_CONFIDENCE",
                "visitConfidence": rng.randint(80, 99),
            }
        }

    for d in range(89):
        day = p.at(d, "12:00")
        wd = day.weekday() < 4 or (day.weekday() == 4 and d % 2 == 0)
        objs = months.setdefault((day.year, day.month), [])
        hs = p.at(d - 1, "20:15") if d else p.at(0, "00:00")
        he = (
            p.at(d, f"07:{rng.randint(0, 15):02d}")
            if wd
            else p.at(d, f"{rng.randint(9, 11)}:{rng.randrange(60):02d}")
        )
        objs.append(
            visit(*HOME, "Home", "Beeston, Nottingham NG9, UK", "ChIJu5Xl0lHBeUgRhomeNG9", hs, he)
        )
        if wd:
            a = he + timedelta(minutes=rng.randint(18, 28))
            objs.append(
                {
                    "activitySegment": {
                        "startLocation": {
                            "latitudeE7": round(HOME[0] * 1e7),
                            "longitudeE7": round(HOME[1] * 1e7),
                        },
                        "endLocation": {
                            "latitudeE7": round(WORK[0] * 1e7),
                            "longitudeE7": round(WORK[1] * 1e7),
                        },
                        "duration": {"startTimestamp": z(he), "endTimestamp": z(a)},
                        "distance": rng.randint(2900, 3400),
                        "activityType": "IN_BUS",
                        "confidence": "HIGH",
                    }
                }
            )
            e = p.at(d, f"{rng.choice([17, 18, 19])}:{rng.randint(30, 59)}")
            objs.append(
                visit(
                    *WORK,
                    "Queen's Medical Centre",
                    "Derby Rd, Lenton, Nottingham NG7 2UH, UK",
                    "ChIJqmcQMwHCeUgRqmcNG7",
                    a,
                    e,
                )
            )
    month_names = {9: "SEPTEMBER", 10: "OCTOBER", 11: "NOVEMBER"}
    for (y, m), objs in months.items():
        write[
            f"Takeout/Location History (Timeline)/Semantic Location History/{y}/{y}_{month_names[m]}.json"
        ] = json.dumps({"timelineObjects": objs}, indent=2, ensure_ascii=False).encode("utf-8")
    _ = ZoneInfo
