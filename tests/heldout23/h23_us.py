"""us_philly_contractor: Danny Colón, self-employed contractor in Philadelphia (America/New_York).

Formats: Facebook Messenger export (2024 layout, mojibake, newest first), OFX 1.02
checking statement, X (Twitter) archive data/*.js, Google Maps iOS location-history.json."""
import datetime as dt
import json
import random
from zoneinfo import ZoneInfo

import h23_common as C
import h23_us_text as T

PID = "us_philly_contractor"
TZ = ZoneInfo("America/New_York")
D0, D1 = dt.date(2024, 8, 15), dt.date(2024, 11, 15)
SLEEP = ("22:30", "05:30")
ME = "Danny Colón"

# key -> (title, thread folder, other participants, speaker code)
THREADS = {
    "mari": ("Marisol Ortiz", "marisolortiz_10161849203377158", ["Marisol Ortiz"], "m"),
    "mami": ("Carmen Rivera", "carmenrivera_10158722094163354", ["Carmen Rivera"], "c"),
    "sully": ("Sean Sullivan", "seansullivan_10219903381245067", ["Sean Sullivan"], "s"),
    "hector": ("Héctor Vázquez", "hectorvazquez_10229114270358812", ["Héctor Vázquez"], "h"),
    "group": ("Tacony Boys 🦅", "taconyboys_7521983364512098", ["Sean Sullivan", "Colm Brennan", "Russell Dooley"], None),
}
SPEAKER = {"m": "Marisol Ortiz", "c": "Carmen Rivera", "s": "Sean Sullivan", "h": "Héctor Vázquez",
           "b": "Colm Brennan", "r": "Russell Dooley", "me": ME}

PLACES = {
    "home": (39.984552, -75.106021),
    "shop": (39.995981, -75.120114),
    "church": (39.978620, -75.123710),
    "mami": (39.995504, -75.136002),
    "pt": (39.990101, -75.103502),
    "depot": (39.989702, -75.105003),
    "temple": (40.005203, -75.150404),
    "site_york": (39.992105, -75.131107),
    "site_gerritt": (39.927604, -75.158806),
    "site_almond": (39.981803, -75.114202),
    "site_kens": (39.987704, -75.142308),
    "site_almond2": (39.981803, -75.114202),
    "sully": (40.028701, -75.043702),
    "ikea": (39.917203, -75.139504),
}


def site_for(d):
    if d <= dt.date(2024, 8, 30):
        return "site_york"
    if dt.date(2024, 9, 3) <= d <= dt.date(2024, 9, 20):
        return "site_gerritt"
    if dt.date(2024, 9, 23) <= d <= dt.date(2024, 10, 11):
        return "site_almond"
    if dt.date(2024, 10, 14) <= d <= dt.date(2024, 11, 1):
        return "site_kens"
    if d >= dt.date(2024, 11, 4):
        return "site_almond2"
    return None


# ---------------------------------------------------------------- chats

def build_chats(rng):
    book = C.ChatBook(TZ, rng, SLEEP)
    days = list(C.daterange(D0, D1))
    for chat, scenes in (("mari", T.MARI_SCENES), ("mami", T.MAMI_SCENES), ("sully", T.SULLY_SCENES),
                         ("hector", T.HECTOR_SCENES), ("group", T.GROUP_SCENES)):
        for d, hhmm, lines in scenes:
            book.scene(chat, d, hhmm, lines)
    weekdays = [d for d in days if d.weekday() < 5]
    book.place_fillers("mari", T.MARI_FILLER, days, [(6, 8), (11, 13), (16, 22)], per_day_max=1)
    book.place_fillers("mami", T.MAMI_FILLER, days, [(8, 10), (17, 21)], per_day_max=1)
    book.place_fillers("sully", T.SULLY_FILLER, days, [(12, 13), (17, 22)], per_day_max=1)
    book.place_fillers("hector", T.HECTOR_FILLER, weekdays, [(6, 7), (12, 13), (15, 19)], per_day_max=1)
    book.place_fillers("group", T.GROUP_OTHER, days, [(12, 14), (18, 22)], per_day_max=1)
    used = {0, 1, 2, 3, 30, 31, 32}
    rest = [r for i, r in enumerate(T.BRENNY_RANTS) if i not in used]
    i = 0
    while i < len(rest):
        n = min(len(rest) - i, rng.choice([1, 1, 2, 3]))
        for _ in range(200):
            d = rng.choice(days)
            hh = rng.choice([6, 7, 10, 12, 15, 19, 21, 22, 23])
            start = dt.datetime(d.year, d.month, d.day, hh, rng.randint(0, 59), tzinfo=TZ)
            if book.is_free("group", d, start):
                book.scene("group", d, f"{hh:02d}:{start.minute:02d}", [("b", r) for r in rest[i:i + n]])
                break
        i += n
    return book


def write_messenger(root, book, rng):
    files = {}
    for key, (title, folder, others, code) in THREADS.items():
        msgs = []
        for m in book.by_chat(key):
            sender = SPEAKER[m["who"]]
            o = {"sender_name": sender, "timestamp_ms": C.epoch_ms(m["t"]) + rng.randint(0, 999)}
            k = m["kind"]
            if k == "text":
                o["content"] = m["text"]
            elif k == "photo":
                o["photos"] = [{"uri": f"your_facebook_activity/messages/inbox/{folder}/photos/"
                                       f"{rng.randint(10**14, 10**15)}_{rng.randint(10**15, 10**16)}_n_{rng.randint(10**15, 10**16)}.jpg",
                                "creation_timestamp": C.epoch(m["t"])}]
            elif k == "video":
                o["videos"] = [{"uri": f"your_facebook_activity/messages/inbox/{folder}/videos/"
                                       f"{rng.randint(10**14, 10**15)}_{rng.randint(10**15, 10**16)}_n.mp4",
                                "creation_timestamp": C.epoch(m["t"])}]
            elif k == "sticker":
                o["sticker"] = {"uri": f"your_facebook_activity/messages/stickers_used/{rng.randint(10**7, 10**8)}_"
                                       f"{rng.randint(10**14, 10**15)}_n.png", "ai_stickers": []}
            elif k == "call":
                o["content"] = "The audio call ended." if rng.random() < 0.7 else "The video call ended."
                o["call_duration"] = m["opts"]["secs"]
            if key != "group" and rng.random() < 0.08 and k == "text":
                o["reactions"] = [{"reaction": rng.choice(["❤", "😆", "👍"]),
                                   "actor": others[0] if m["who"] == "me" else ME}]
            o["is_geoblocked_for_viewer"] = False
            o["is_unsent_image_by_messenger_kid_parent"] = False
            msgs.append(o)
        msgs.sort(key=lambda x: -x["timestamp_ms"])
        doc = {"participants": [{"name": n} for n in others] + [{"name": ME}], "messages": msgs,
               "title": title, "is_still_participant": True, "thread_path": f"inbox/{folder}", "magic_words": []}
        if key == "group":
            doc["image"] = {"uri": f"your_facebook_activity/messages/photos/{rng.randint(10**14, 10**15)}_n.jpg",
                            "creation_timestamp": 1693418400}
            doc["joinable_mode"] = {"mode": 1, "link": ""}
        rel = f"facebook/your_facebook_activity/messages/inbox/{folder}/message_1.json"
        C.write_bytes(root, rel, C.dump_json_bytes(C.to_mojibake(doc), indent=2, ensure_ascii=True))
        files[rel] = "json-mojibake"
    return files


# ---------------------------------------------------------------- OFX

ROUTING = "236087525"
ACCOUNT = "5802174639"


def ofx_rows(rng):
    R = []

    def add(d, typ, amt, name, memo, hhmm="12:00"):
        h, mi = map(int, hhmm.split(":"))
        t = dt.datetime(d.year, d.month, d.day, h, mi, tzinfo=TZ)
        R.append([t, typ, amt, name[:32], memo])

    d = lambda m, dd: dt.date(2024, m, dd)
    for day in (d(9, 3), d(10, 1), d(11, 1)):
        add(day, "DIRECTDEP", 3250.00, "KEYSTONE ROW PROPERTY MGMT", "ACH CREDIT KEYSTONE ROW PRO MAINT RETAINER")
    for day in (d(8, 15), d(9, 13), d(10, 15), d(11, 14)):
        add(day, "CREDIT", 825.00, "ZELLE FROM MARISOL ORTIZ", "ZELLE FROM MARISOL ORTIZ RENT")
    for day in (d(9, 3), d(10, 1), d(11, 1)):
        add(day, "CHECK", -1650.00, "CHECK", "CHECK # " + {9: "1041", 10: "1042", 11: "1043"}[day.month])
    # client money
    add(d(8, 23), "DEP", 2800.00, "MOBILE DEPOSIT", "MOBILE DEPOSIT REF 5528817")
    add(d(9, 6), "DEP", 6400.00, "MOBILE DEPOSIT", "MOBILE DEPOSIT REF 5531924")
    add(d(9, 16), "CREDIT", 4325.00, "EXTERNAL TRANSFER CREDIT", "WEB PMT REF 88412093 DEPOSIT BATHRM")
    add(d(9, 24), "DEP", 5150.00, "MOBILE DEPOSIT", "MOBILE DEPOSIT REF 5536211")
    add(d(10, 14), "CREDIT", 4325.00, "EXTERNAL TRANSFER CREDIT", "WEB PMT REF 88533170 FINAL BATHRM")
    add(d(10, 25), "DEP", 3900.00, "MOBILE DEPOSIT", "MOBILE DEPOSIT REF 5540087")
    add(d(11, 8), "CREDIT", 3000.00, "EXTERNAL TRANSFER CREDIT", "WEB PMT REF 88697542 DEPOSIT KITCHEN")
    # helper pay, Fridays
    for day in C.daterange(d(8, 16), d(11, 15)):
        if day.weekday() == 4 and day != d(11, 1):
            add(day, "DEBIT", -720.00, "ZELLE TO HECTOR VAZQUEZ", "ZELLE TO HECTOR VAZQUEZ WEEKLY", "16:05")
    add(d(11, 1), "DEBIT", -720.00, "ZELLE TO HECTOR VAZQUEZ", "ZELLE TO HECTOR VAZQUEZ PAID LEAVE", "10:30")
    # Sully's Saturday work, cash
    add(d(10, 5), "ATM", -200.00, "ATM WITHDRAWAL", "ATM WITHDRAWAL 3301 ARAMINGO AVE")
    add(d(10, 12), "ATM", -200.00, "ATM WITHDRAWAL", "ATM WITHDRAWAL 3301 ARAMINGO AVE")
    # parish giving, Sundays (religion)
    for day in C.daterange(d(8, 18), d(11, 10)):
        if day.weekday() == 6:
            add(day, "DEBIT", -25.00, "ST ANNE PARISH ONLINE GIVING", "POS DEBIT ST ANNE PARISH GIVING")
    add(d(11, 2), "DEBIT", -50.00, "ST ANNE PARISH", "ALL SOULS MASS OFFERING")
    # health
    add(d(8, 28), "DEBIT", -45.00, "TEMPLE PHYSICIANS", "POS DEBIT TEMPLE PHYSICIANS INC COPAY")
    add(d(9, 12), "DEBIT", -250.00, "TEMPLE UNIV HOSP IMAGING", "POS DEBIT TEMPLE UNIV HOSPITAL MRI COPAY")
    pt_days = [day for day in C.daterange(d(9, 24), d(11, 12)) if day.weekday() in (1, 3)]
    for day in pt_days:
        add(day, "DEBIT", -40.00, "NOVACARE REHABILITATION", "POS DEBIT NOVACARE REHAB COPAY", "17:10")
    for day in (d(9, 19), d(10, 17), d(11, 14)):
        add(day, "DEBIT", -12.40, "CVS/PHARMACY #02231", "POS DEBIT CVS PHARMACY RX", "18:40")
    # business costs
    stores = [("THE HOME DEPOT #4101", (38, 640)), ("LOWES #01574", (25, 380)), ("SHERWIN-WILLIAMS #3382", (45, 260)),
              ("FLOOR &amp; DECOR #212", (120, 890)), ("CURRAN LUMBER SUPPLY", (60, 520))]
    for _ in range(20):
        day = D0 + dt.timedelta(days=rng.randint(0, 92))
        if day.weekday() == 6:
            continue
        n, (lo, hi) = rng.choice(stores)
        add(day, "DEBIT", -round(rng.uniform(lo, hi), 2), n, "POS DEBIT " + n, f"{rng.randint(6, 15):02d}:{rng.randint(0, 59):02d}")
    for _ in range(14):
        day = D0 + dt.timedelta(days=rng.randint(0, 92))
        add(day, "DEBIT", -round(rng.uniform(38, 92), 2), f"WAWA {rng.choice(['8137', '8052', '8271'])}", "POS DEBIT WAWA FUEL",
            f"{rng.randint(6, 7):02d}:{rng.randint(0, 59):02d}")
    for m in (8, 9, 10, 11):
        if m != 8:
            add(d(m, 3), "DEBIT", -212.18, "PROGRESSIVE INS", "ACH DEBIT PROGRESSIVE *INSURANCE TRUCK")
            add(d(m, 8), "DEBIT", -89.00, "NEXT INSURANCE", "ACH DEBIT NEXT INSURANCE GL POLICY")
        add(d(m, 20 if m != 11 else 12), "DEBIT", -round(rng.uniform(92, 168), 2), "PECO ENERGY", "ACH DEBIT PECO ENERGY BILL PAY")
        add(d(m, 22 if m != 11 else 13), "DEBIT", -round(rng.uniform(35, 96), 2), "PGW", "ACH DEBIT PHILADELPHIA GAS WORKS")
        add(d(m, 17 if m != 11 else 11), "DEBIT", -95.00, "T-MOBILE", "ACH DEBIT T-MOBILE POSTPAID")
    add(d(10, 3), "DEBIT", -51.00, "PHILA PARKING AUTHORITY", "WEB PMT PPA CITATION")
    add(d(9, 30), "DEBIT", -50.00, "PA OFFICE OF ATTORNEY GENERAL", "WEB PMT HIC REGISTRATION RENEWAL")
    add(d(10, 31), "DEBIT", -1418.00, "CITY OF PHILA REVENUE", "WEB PMT BIRT ESTIMATED Q3")
    add(d(9, 25), "DEBIT", -1126.40, "AMERICAN AIRLINES", "POS DEBIT AA 0012384471023 CUN")
    # food and life
    food = ["ACME MARKETS #7841", "ALDI 72011", "DI NIC'S ROAST PORK", "TONY LUKES", "LA CASA BORICUA", "CHICKIE'S &amp; PETE'S",
            "IKEA PHILADELPHIA", "SHOPRITE ARAMINGO"]
    for _ in range(12):
        day = D0 + dt.timedelta(days=rng.randint(0, 92))
        n = rng.choice(food)
        add(day, "DEBIT", -round(rng.uniform(11, 130), 2), n, "POS DEBIT " + n, f"{rng.choice([12, 13, 18, 19]):02d}:{rng.randint(0, 59):02d}")
    R.sort(key=lambda r: r[0])
    return R


def _ofx_dt(t):
    off = int(t.utcoffset().total_seconds() // 3600)
    return t.strftime("%Y%m%d%H%M%S") + f".000[{off}:{t.tzname()}]"


def write_ofx(root, rng):
    rows = ofx_rows(rng)
    bal = 4182.37
    out = ["OFXHEADER:100", "DATA:OFXSGML", "VERSION:102", "SECURITY:NONE", "ENCODING:USASCII", "CHARSET:1252",
           "COMPRESSION:NONE", "OLDFILEUID:NONE", "NEWFILEUID:NONE", "", "<OFX>", "\t<SIGNONMSGSRSV1>", "\t\t<SONRS>",
           "\t\t\t<STATUS>", "\t\t\t\t<CODE>0", "\t\t\t\t<SEVERITY>INFO", "\t\t\t</STATUS>",
           "\t\t\t<DTSERVER>" + _ofx_dt(dt.datetime(2024, 11, 16, 8, 12, 44, tzinfo=TZ)),
           "\t\t\t<LANGUAGE>ENG", "\t\t\t<FI>", "\t\t\t\t<ORG>LIBERTYBELLFCU", "\t\t\t\t<FID>23608", "\t\t\t</FI>",
           "\t\t</SONRS>", "\t</SIGNONMSGSRSV1>", "\t<BANKMSGSRSV1>", "\t\t<STMTTRNRS>", "\t\t\t<TRNUID>0",
           "\t\t\t<STATUS>", "\t\t\t\t<CODE>0", "\t\t\t\t<SEVERITY>INFO", "\t\t\t</STATUS>", "\t\t\t<STMTRS>",
           "\t\t\t\t<CURDEF>USD", "\t\t\t\t<BANKACCTFROM>", f"\t\t\t\t\t<BANKID>{ROUTING}", f"\t\t\t\t\t<ACCTID>{ACCOUNT}",
           "\t\t\t\t\t<ACCTTYPE>CHECKING", "\t\t\t\t</BANKACCTFROM>", "\t\t\t\t<BANKTRANLIST>",
           "\t\t\t\t\t<DTSTART>" + _ofx_dt(dt.datetime(2024, 8, 15, tzinfo=TZ)),
           "\t\t\t\t\t<DTEND>" + _ofx_dt(dt.datetime(2024, 11, 15, 23, 59, 59, tzinfo=TZ))]
    fit = 20240815001
    for t, typ, amt, name, memo in rows:
        fit += rng.randint(1, 9)
        bal += amt
        out += ["\t\t\t\t\t<STMTTRN>", f"\t\t\t\t\t\t<TRNTYPE>{typ}", f"\t\t\t\t\t\t<DTPOSTED>{_ofx_dt(t)}",
                f"\t\t\t\t\t\t<TRNAMT>{amt:.2f}", f"\t\t\t\t\t\t<FITID>{fit}"]
        if typ == "CHECK":
            out.append(f"\t\t\t\t\t\t<CHECKNUM>{memo.split()[-1]}")
        out += [f"\t\t\t\t\t\t<NAME>{name}", f"\t\t\t\t\t\t<MEMO>{memo}", "\t\t\t\t\t</STMTTRN>"]
    end = _ofx_dt(dt.datetime(2024, 11, 16, 8, 12, 44, tzinfo=TZ))
    out += ["\t\t\t\t</BANKTRANLIST>", "\t\t\t\t<LEDGERBAL>", f"\t\t\t\t\t<BALAMT>{bal:.2f}", f"\t\t\t\t\t<DTASOF>{end}",
            "\t\t\t\t</LEDGERBAL>", "\t\t\t\t<AVAILBAL>", f"\t\t\t\t\t<BALAMT>{bal - 150:.2f}", f"\t\t\t\t\t<DTASOF>{end}",
            "\t\t\t\t</AVAILBAL>", "\t\t\t</STMTRS>", "\t\t</STMTTRNRS>", "\t</BANKMSGSRSV1>", "</OFX>"]
    rel = "bank/LibertyBellFCU_Checking_5802174639.ofx"
    C.write_bytes(root, rel, ("\n".join(out) + "\n").encode("cp1252"))
    return {rel: "text-cp1252"}, len(rows)


# ---------------------------------------------------------------- X archive

ACCOUNT_ID = "1432987716524339201"
DAWN_ID = "1601834472905127936"
SULLY_ID = "1287745510938275840"


def _ytd(name, items):
    body = ", ".join(json.dumps(x, ensure_ascii=False, indent=2, separators=(",", " : ")).replace(" : []", " : [ ]")
                     for x in items)
    return (f"window.YTD.{name}.part0 = [ {body} ]").encode("utf-8")


def _tw_time(t):
    return t.astimezone(C.UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def write_x(root, rng):
    files = {}
    acc = [{"account": {"email": "danny.colon215@example.com", "createdVia": "android", "username": "ColonHomeRepair",
                        "accountId": ACCOUNT_ID, "createdAt": "2021-08-24T19:02:11.000Z",
                        "accountDisplayName": ME, "phoneNumber": "+12155550147"}}]
    C.write_bytes(root, "x/data/account.js", _ytd("account", acc))
    files["x/data/account.js"] = "js"
    prof = [{"profile": {"description": {
        "bio": "Colón Home Repair LLC 🔨 kitchens • baths • decks | Port Richmond, Philly | PA HIC #PA178204 | "
               "call/text 215-555-0147",
        "website": "https://t.co/Jm4qRk8WnZ", "location": "Philadelphia, PA"},
        "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1701123456789012480/Ab3dE9fG.jpg"}}]
    C.write_bytes(root, "x/data/profile.js", _ytd("profile", prof))
    files["x/data/profile.js"] = "js"

    tweets = []
    tid = 1824170000000000000
    for d, hhmm, text in T.TWEETS:
        h, mi = map(int, hhmm.split(":"))
        t = dt.datetime(d.year, d.month, d.day, h, mi, rng.randint(0, 59), tzinfo=TZ)
        tid += rng.randint(10**14, 10**15)
        ents = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}
        for word in text.split():
            if word.startswith("#"):
                i = text.index(word)
                ents["hashtags"].append({"text": word[1:], "indices": [str(i), str(i + len(word))]})
        if "@Sully215" in text:
            i = text.index("@Sully215")
            ents["user_mentions"].append({"name": "Sean Sullivan", "screen_name": "Sully215",
                                          "indices": [str(i), str(i + 9)], "id_str": SULLY_ID, "id": SULLY_ID})
        if "https://t.co/" in text:
            i = text.index("https://t.co/")
            ents["urls"].append({"url": "https://t.co/Jm4qRk8WnZ",
                                 "expanded_url": "https://www.instagram.com/colonhomerepair/",
                                 "display_url": "instagram.com/colonhomerepair", "indices": [str(i), str(i + 23)]})
        tw = {"tweet": {"edit_info": {"initial": {"editTweetIds": [str(tid)], "editableUntil": "",
                                                  "editsRemaining": "5", "isEditEligible": True}},
                        "retweeted": False,
                        "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
                        "entities": ents, "display_text_range": ["0", str(len(text))],
                        "favorite_count": str(rng.randint(0, 14)), "id_str": str(tid), "truncated": False,
                        "retweet_count": str(rng.randint(0, 3)), "id": str(tid), "created_at": _tw_time(t),
                        "favorited": False, "full_text": text, "lang": "en"}}
        tw["tweet"]["edit_info"]["initial"]["editableUntil"] = (t + dt.timedelta(hours=1)).astimezone(C.UTC).strftime(
            "%Y-%m-%dT%H:%M:%S.000Z")
        tweets.append(tw)
    tweets.reverse()
    C.write_bytes(root, "x/data/tweets.js", _ytd("tweets", tweets))
    files["x/data/tweets.js"] = "js"

    dms = []
    mid = 1831010000000000000
    n = 0
    for d, hhmm, lines in T.X_DMS:
        h, mi = map(int, hhmm.split(":"))
        t = dt.datetime(d.year, d.month, d.day, h, mi, rng.randint(0, 59), tzinfo=TZ)
        for who, text in lines:
            t = t + dt.timedelta(seconds=rng.randint(40, 900))
            mid += rng.randint(10**12, 10**13)
            s, r = (ACCOUNT_ID, DAWN_ID) if who == "me" else (DAWN_ID, ACCOUNT_ID)
            dms.append({"messageCreate": {"recipientId": r, "reactions": [], "urls": [], "text": text,
                                          "mediaUrls": [], "senderId": s, "id": str(mid),
                                          "createdAt": C.iso_z_ms(t)}})
            n += 1
    dms.reverse()
    conv = [{"dmConversation": {"conversationId": f"{ACCOUNT_ID}-{DAWN_ID}", "messages": dms}}]
    C.write_bytes(root, "x/data/direct-messages.js", _ytd("direct_messages", conv))
    files["x/data/direct-messages.js"] = "js"
    return files, len(tweets), n


# ---------------------------------------------------------------- Google iOS location history

def make_planner(rng):
    def plan(d):
        wd = d.weekday()
        md = (d.month, d.day)
        if md == (9, 12):
            return [("home", "00:00", "05:50"), ("shop", "06:20", "07:40"), ("site_gerritt", "08:10", "13:00"),
                    ("temple", "13:40", "15:20"), ("home", "15:50", "24:00")]
        if md == (11, 2):
            return [("home", "00:00", "09:10"), ("mami", "09:25", "09:40"), ("church", "09:50", "11:10"),
                    ("home", "11:40", "24:00")]
        if md == (11, 10):
            return [("home", "00:00", "09:00"), ("church", "09:20", "12:10"), ("mami", "12:25", "15:10"),
                    ("home", "15:30", "24:00")]
        if wd == 6:  # Sunday: mass with Mami, then football
            s = [("home", "00:00", "09:00"), ("mami", "09:15", "09:20"), ("church", "09:25", "10:40"),
                 ("mami", "10:50", "13:00")]
            if d.month >= 9 and rng.random() < 0.5:
                return s + [("sully", "13:30", "17:45"), ("home", "18:20", "24:00")]
            return s + [("home", "13:20", "24:00")]
        if wd == 5:  # Saturday: half day at the shop or a side job
            if md in ((10, 5), (10, 12)):
                return [("home", "00:00", "06:45"), ("site_gerritt", "07:25", "13:30"), ("home", "14:10", "24:00")]
            if md == (10, 26):
                return [("home", "00:00", "10:00"), ("ikea", "10:40", "13:10"), ("home", "13:50", "24:00")]
            return [("home", "00:00", "07:10"), ("shop", "07:30", "12:30"), ("home", "12:50", "24:00")]
        site = site_for(d)
        rainy = rng.random() < 0.12
        pt = dt.date(2024, 9, 24) <= d <= dt.date(2024, 11, 12) and wd in (1, 3)
        if site is None or rainy:
            s = [("home", "00:00", "05:55"), ("shop", "06:15", "16:10")]
        else:
            s = [("home", "00:00", "05:55"), ("shop", "06:15", "07:50")]
            if rng.random() < 0.3:
                s += [("depot", "08:00", "08:30")]
            s += [(site, "08:50", "14:40"), ("shop", "15:05", "16:30")]
        if pt:
            s += [("pt", "17:00", "18:05"), ("home", "18:15", "24:00")]
        else:
            s += [("home", "16:55", "24:00")]
        return s

    return plan


def _geo(p):
    return f"geo:{p[0]:.6f},{p[1]:.6f}"


def write_ios_location(root, rng):
    stays = C.build_days(TZ, rng, D0, D1, make_planner(rng))
    pids = {k: "ChIJ" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                                for _ in range(23)) for k in PLACES}
    sem = {"home": "Home", "shop": "Work"}
    out = []
    for i, (key, s, e) in enumerate(stays):
        out.append({"endTime": C.iso_offset_ms(e), "startTime": C.iso_offset_ms(s),
                    "visit": {"hierarchyLevel": "0",
                              "topCandidate": {"probability": f"{rng.uniform(0.4, 0.95):.6f}",
                                               "semanticType": sem.get(key, "Unknown"), "placeID": pids[key],
                                               "placeLocation": _geo(PLACES[key])},
                              "probability": f"{rng.uniform(0.6, 0.99):.6f}"}})
        if i + 1 < len(stays):
            nk, ns, _ = stays[i + 1]
            a, b = PLACES[key], PLACES[nk]
            dist = C.haversine_m(a, b)
            mode = "walking" if dist < 700 else "in passenger vehicle"
            out.append({"endTime": C.iso_offset_ms(ns), "startTime": C.iso_offset_ms(e),
                        "activity": {"probability": f"{rng.uniform(0.8, 0.99):.6f}", "end": _geo(b),
                                     "topCandidate": {"type": mode, "probability": f"{rng.uniform(0.0, 0.6):.6f}"},
                                     "distanceMeters": f"{dist * rng.uniform(1.1, 1.4):.1f}", "start": _geo(a)}})
            mins = max(1, int((ns - e).total_seconds() // 60))
            pts = []
            for j in range(4):
                f = j / 3
                p = C.jitter(rng, (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f), 40)
                pts.append({"point": _geo(p), "durationMinutesOffsetFromStartTime": str(int(mins * f))})
            out.append({"endTime": C.iso_offset_ms(ns), "startTime": C.iso_offset_ms(e), "timelinePath": pts})
    rel = "google/location-history.json"
    C.write_bytes(root, rel, C.dump_json_bytes(out, indent=2, ensure_ascii=False))
    return {rel: "json"}, stays


# ---------------------------------------------------------------- registry / truth

def registry():
    r = C.Registry()
    for v in ("Danny Colón", "Marisol Ortiz", "MARISOL ORTIZ", "Carmen Rivera", "Sean Sullivan", "Héctor Vázquez",
              "HECTOR VAZQUEZ", "Colm Brennan", "Russell Dooley", "Dawn Kowalczyk", "Dawn", "yesi", "Faith",
              "Father Nowak", "brenny", "rusty"):
        r.add("PERSON", v)
    r.add("US_SSN", "184-62-9037")
    r.add("US_ITIN", "927-81-4406")
    r.add("US_PASSPORT", "A41927385")
    r.add("US_DRIVER_LICENSE", "31 604 872")
    r.add("CREDIT_CARD", "4147 2093 5518 6621")
    r.add("ABA_ROUTING_NUMBER", ROUTING)
    r.add("BANK_ACCOUNT", ACCOUNT)
    r.add("LICENSE_PLATE", "ZKT-4187")
    r.add("PHONE_NUMBER", "+12155550147")
    r.add("PHONE_NUMBER", "215-555-0147")
    r.add("PHONE_NUMBER", "215.555.0134")
    r.add("PHONE_NUMBER", "(267) 555-0171")
    r.add("PHONE_NUMBER", "267-555-0158")
    r.add("EMAIL_ADDRESS", "danny.colon215@example.com")
    r.add("EMAIL_ADDRESS", "dawnk1962@example.net")
    r.add("LOCATION", "2947 E Thompson St, Philadelphia PA 19134")
    r.add("LOCATION", "3121 Almond St, Philadelphia PA 19134")
    r.add("LOCATION", "3121 Almond")
    r.add("LOCATION", "418 Gerritt St")
    r.add("USERNAME", "ColonHomeRepair")
    r.add("USERNAME", "@Sully215")
    r.add("URL", "https://www.instagram.com/colonhomerepair/")
    return r


def build(root, seed=2313):
    book = build_chats(random.Random(seed + 1))
    pdir = f"{root}/{PID}"
    files = {}
    files.update(write_messenger(pdir, book, random.Random(seed + 2)))
    f, n_ofx = write_ofx(pdir, random.Random(seed + 3))
    files.update(f)
    f, n_tw, n_dm = write_x(pdir, random.Random(seed + 4))
    files.update(f)
    f, stays = write_ios_location(pdir, random.Random(seed + 5))
    files.update(f)
    counts = book.counts()
    dm = [k for k in THREADS if k != "group"]
    top = sorted(dm, key=lambda k: -counts[k])[:3]
    facts = {
        "home": {"lat": PLACES["home"][0], "lon": PLACES["home"][1], "radius_m": 300,
                 "address": "2947 E Thompson St, Philadelphia, PA 19134", "city": "Philadelphia"},
        "work": {"lat": PLACES["shop"][0], "lon": PLACES["shop"][1], "radius_m": 300,
                 "employer": "Colón Home Repair LLC (self-employed; workshop in Kensington)"},
        "sleep_window": {"start": SLEEP[0], "end": SLEEP[1], "tolerance_min": 60},
        "top_contacts": [{"name": THREADS[k][0], "messages": counts[k]} for k in top],
        "relationships": [
            {"name": "Marisol Ortiz", "relationship": "partner", "full_name": "Marisol Ortiz"},
            {"name": "Carmen Rivera", "relationship": "mother", "full_name": "Carmen Rivera"},
            {"name": "Sean Sullivan", "relationship": "close_friend", "full_name": "Sean Sullivan"},
            {"name": "Héctor Vázquez", "relationship": "colleague", "full_name": "Héctor Vázquez"},
        ],
        "religion": {"value": "Catholic"}, "health": {"value": True}, "politics": {"value": False},
        "financial_stress": {"value": False}, "gambling": {"value": False}, "gaming": {"value": False},
        "salary": {"amount": "3250.00", "currency": "USD", "payer": "KEYSTONE ROW PROPERTY MGMT", "period": "monthly"},
        "risky_contact": {"name": "Colm Brennan",
                          "why": "posts 66 distinct angry political rants in the group 'Tacony Boys 🦅'; the user never joins in"},
    }
    header = {
        "description": "Danny Colón, 38, self-employed home-repair contractor in Port Richmond, Philadelphia; "
                       "Puerto Rican family (mother Carmen, sister, nephew), Irish-American friends; partner Marisol; "
                       "practising Catholic (Sunday mass, parish giving); herniated disc with MRI and physical therapy.",
        "timezone": "America/New_York",
        "user": {"names": [ME, "Daniel Colón"], "phones": ["+12155550147", "215-555-0147"],
                 "emails": ["danny.colon215@example.com"], "handles": ["ColonHomeRepair"]},
    }
    gt = C.build_ground_truth(root, PID, files, registry(), header, facts)
    stats = {"messages": counts, "x_tweets": n_tw, "x_dms": n_dm, "ofx_rows": n_ofx, "stays": len(stays)}
    return gt, stats, book
