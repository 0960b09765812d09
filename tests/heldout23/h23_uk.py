"""uk_glasgow_chef: Ross Galloway, line chef in Glasgow (Europe/London).

Formats: Telegram Desktop full-account export (result.json), Monzo CSV export,
Instagram export (2024 layout, mojibake), Google Takeout Semantic Location
History (monthly files)."""
import csv
import datetime as dt
import io
import json
import random
import re
from zoneinfo import ZoneInfo

import h23_common as C
import h23_uk_text as T

PID = "uk_glasgow_chef"
TZ = ZoneInfo("Europe/London")
D0, D1 = dt.date(2024, 9, 1), dt.date(2024, 11, 30)
SLEEP = ("01:30", "09:30")
ME_NAME = "Ross Galloway"
ME_UID = 5288413907
NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"

CHATS = {
    "heather": ("Heather 💛", "personal_chat", 5893021477, "h"),
    "ma": ("Ma", "personal_chat", 1174520638, "ma"),
    "kasia": ("Kasia Wójcik", "personal_chat", 6630194512, "k"),
    "immy": ("Immy", "personal_chat", 927384105, "i"),
    "glen": ("Glen", "personal_chat", 5517730042, "g"),
    "group": ("tuesday fives ⚽", "private_group", 4012873365, None),
}

PLACES = {
    "home": (55.836931, -4.260634),
    "work": (55.865082, -4.285491),
    "heather": (55.859641, -4.216023),
    "ma": (55.828120, -4.213650),
    "pitch": (55.827370, -4.247070),
    "bookies": (55.838602, -4.265604),
    "barber": (55.842013, -4.268011),
    "hospital": (55.865203, -4.234602),
    "mosque": (55.849104, -4.265003),
    "hall": (55.846512, -4.251733),
    "shop": (55.835811, -4.262340),
    "airport": (55.871903, -4.433101),
    "krakow": (50.051120, 19.944930),
    "krakow_old": (50.061430, 19.937240),
}

PLACE_META = {
    "home": ("TYPE_HOME", None, "47 Allison St, Glasgow G42 8NQ, UK"),
    "work": ("TYPE_WORK", "The Clyde Larder", "1032 Argyle St, Glasgow G3 8LX, UK"),
    "heather": ("TYPE_UNKNOWN", None, "Duke St, Glasgow, UK"),
    "ma": ("TYPE_UNKNOWN", None, "Rutherglen, Glasgow, UK"),
    "pitch": ("TYPE_UNKNOWN", "Toryglen Regional Football Centre", "Glasgow, UK"),
    "bookies": ("TYPE_UNKNOWN", "William Hill", "Victoria Rd, Glasgow, UK"),
    "barber": ("TYPE_UNKNOWN", "Southside Cuts", "Pollokshaws Rd, Glasgow, UK"),
    "hospital": ("TYPE_UNKNOWN", "Glasgow Royal Infirmary", "Castle St, Glasgow, UK"),
    "mosque": ("TYPE_UNKNOWN", "Masjid", "Glasgow, UK"),
    "hall": ("TYPE_UNKNOWN", "Banqueting Hall", "Glasgow, UK"),
    "shop": ("TYPE_UNKNOWN", "Lidl", "Victoria Rd, Glasgow, UK"),
    "airport": ("TYPE_UNKNOWN", "Glasgow Airport", "Paisley, UK"),
    "krakow": ("TYPE_UNKNOWN", None, "Kazimierz, Kraków, Poland"),
    "krakow_old": ("TYPE_UNKNOWN", "Rynek Główny", "Kraków, Poland"),
}


# ---------------------------------------------------------------- chats

def build_chats(rng):
    book = C.ChatBook(TZ, rng, SLEEP)
    days = list(C.daterange(D0, D1))
    away = {dt.date(2024, 11, d) for d in range(14, 19)}
    home_days = [d for d in days if d not in away]
    for chat, scenes in (("heather", T.HEATHER_SCENES), ("ma", T.MA_SCENES), ("kasia", T.KASIA_SCENES),
                         ("immy", T.IMMY_SCENES), ("glen", T.GLEN_SCENES), ("group", T.GROUP_SCENES)):
        for d, hhmm, lines in scenes:
            book.scene(chat, d, hhmm, lines)
    # Ross is awake 09:30-01:30; at work 14:00-23:30 Wed-Sun (texts on breaks)
    book.place_fillers("heather", T.HEATHER_FILLER, home_days, [(10, 13), (16, 17), (23, 24), (0, 1)], per_day_max=1)
    book.place_fillers("ma", T.MA_FILLER, home_days, [(10, 13), (17, 19)], per_day_max=1)
    book.place_fillers("kasia", T.KASIA_FILLER, home_days, [(11, 13), (23, 24)], per_day_max=1)
    book.place_fillers("immy", T.IMMY_FILLER, home_days, [(10, 13), (23, 24), (0, 1)], per_day_max=1)
    book.place_fillers("glen", T.GLEN_FILLER, home_days, [(10, 13), (18, 21)], per_day_max=1)
    tuesdays = [d for d in home_days if d.weekday() == 1]
    book.place_fillers("group", T.GROUP_OTHER, tuesdays + [d for d in home_days if d.weekday() in (0, 6)],
                       [(10, 13), (20, 22)], per_day_max=1)
    used = {0, 1, 10, 11, 12}
    rest = [r for i, r in enumerate(T.GORDY_RANTS) if i not in used]
    i = 0
    while i < len(rest):
        n = min(len(rest) - i, rng.choice([1, 1, 2, 3]))
        lines = [("gordy", r) for r in rest[i:i + n]]
        for _ in range(200):
            d = rng.choice(days)
            hh = rng.choice([7, 8, 12, 13, 17, 21, 22, 23])
            start = dt.datetime(d.year, d.month, d.day, hh, rng.randint(0, 59), tzinfo=TZ)
            if book.is_free("group", d, start):
                book.scene("group", d, f"{hh:02d}:{start.minute:02d}", lines)
                break
        i += n
    return book


_ENT = re.compile(
    r"(?P<link>https?://\S+)"
    r"|(?P<email>[\w.+-]+@[\w-]+\.[\w.-]*\w)"
    r"|(?P<mention>(?<![\w@])@\w+)"
    r"|(?P<phone>(?<!\d)(?:\+44 ?7\d{3}|07\d{3}) ?\d{3} ?\d{3}(?!\d))"
    r"|(?P<bank_card>(?<!\w )(?<!\w)\d{4} \d{4} \d{4} \d{4}(?! ?\d))"
    r"|(?P<hashtag>(?<!\w)#\w+)")


def tg_text(s):
    if not s:
        return "", []
    parts, pos = [], 0
    for m in _ENT.finditer(s):
        if m.start() > pos:
            parts.append(("plain", s[pos:m.start()]))
        parts.append((m.lastgroup, m.group(0)))
        pos = m.end()
    if pos < len(s):
        parts.append(("plain", s[pos:]))
    ents = [{"type": t, "text": x} for t, x in parts]
    if len(parts) == 1 and parts[0][0] == "plain":
        return s, ents
    return [x if t == "plain" else {"type": t, "text": x} for t, x in parts], ents


def write_telegram(root, book, rng):
    members = {code: (name, uid) for code, (name, uid) in T.GROUP_MEMBERS.items()}
    everything = sorted(book.msgs, key=lambda m: m["t"])
    mid = 48211
    for m in everything:
        mid += 1 + (1 if rng.random() < 0.05 else 0)
        m["tg_id"] = mid
    chats = []
    for key, (title, typ, cid, code) in CHATS.items():
        msgs = []
        for m in book.by_chat(key):
            t = m["t"]
            if m["who"] == "me":
                name, uid = ME_NAME, f"user{ME_UID}"
            elif key == "group":
                n, u = members[m["who"]]
                name, uid = n, u
            else:
                name, uid = title, f"user{cid}"
            base = {"id": m["tg_id"], "type": "message", "date": t.strftime("%Y-%m-%dT%H:%M:%S"),
                    "date_unixtime": str(C.epoch(t))}
            k = m["kind"]
            if k == "call":
                base["type"] = "service"
                base.update({"actor": name, "actor_id": uid, "action": "phone_call",
                             "duration_seconds": m["opts"]["secs"], "discard_reason": "hangup",
                             "text": "", "text_entities": []})
                msgs.append(base)
                continue
            if rng.random() < 0.03 and k == "text":
                e = t + dt.timedelta(seconds=rng.randint(10, 200))
                base["edited"] = e.strftime("%Y-%m-%dT%H:%M:%S")
                base["edited_unixtime"] = str(C.epoch(e))
            base["from"] = name
            base["from_id"] = uid
            if k == "photo":
                base.update({"photo": NOT_INCLUDED, "photo_file_size": rng.randint(60000, 400000),
                             "width": 1280, "height": rng.choice([960, 1706])})
            elif k == "sticker":
                base.update({"file": NOT_INCLUDED, "file_name": "sticker.webp", "file_size": rng.randint(9000, 60000),
                             "thumbnail": NOT_INCLUDED, "thumbnail_file_size": rng.randint(2000, 9000),
                             "media_type": "sticker", "sticker_emoji": m["opts"].get("emoji", "😂"),
                             "width": 512, "height": 512})
            elif k == "voice":
                base.update({"file": NOT_INCLUDED, "file_size": rng.randint(8000, 90000),
                             "media_type": "voice_message", "mime_type": "audio/ogg",
                             "duration_seconds": rng.randint(3, 48)})
            text, ents = tg_text(m["text"])
            base["text"] = text
            base["text_entities"] = ents
            msgs.append(base)
        chats.append({"name": title, "type": typ, "id": cid, "messages": msgs})
    # Telegram lists the most recently active chat first
    chats.sort(key=lambda c: -max(int(x["date_unixtime"]) for x in c["messages"]))
    doc = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data, "
                 "and it doesn't use your messages to target you with ads. Learn more at telegram.org/privacy",
        "personal_information": {"user_id": ME_UID, "first_name": "Ross", "last_name": "Galloway",
                                 "phone_number": "+44 7700 900418", "username": "@ross_gal",
                                 "bio": "🔪 chef. glasgow. jags till i die"},
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
    }
    rel = "telegram/DataExport_2024-12-01/result.json"
    C.write_bytes(root, rel, (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return {rel: "json"}


# ---------------------------------------------------------------- Monzo

def _tx(rng):
    a = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return "tx_0000" + "".join(rng.choice(a) for _ in range(18))


def monzo_rows(rng):
    R = []

    def add(d, hhmm, typ, name, emoji, cat, amt, notes="", desc="", addr="", local=None):
        h, mi = map(int, hhmm.split(":"))
        t = dt.datetime(d.year, d.month, d.day, h, mi, rng.randint(0, 59), tzinfo=TZ)
        lamt, lcur = (local if local else (amt, "GBP"))
        R.append([t, typ, name, emoji, cat, amt, lamt, lcur, notes, addr, desc])

    d = lambda m, dd: dt.date(2024, m, dd)
    # salary (repeated)
    for day in (d(9, 27), d(10, 28), d(11, 29)):
        add(day, "06:02" if day != d(11, 29) else "09:41", "Bacs (Direct Credit)", "CLYDE LARDER LTD", "", "Income",
            1873.56, desc="CLYDE LARDER LTD SALARY")
    for day in (d(9, 1), d(10, 1), d(11, 1)):
        add(day, "09:42", "Faster payment", "GOVANHILL LETTINGS", "🏠", "Bills", -675.00, notes="rent",
            desc="GOVANHILL LET RENT")
        add(day, "04:30", "Overdraft interest", "Monzo", "", "Finances", -round(rng.uniform(9, 16), 2),
            desc="Overdraft interest")
    add(d(9, 2), "07:00", "Direct Debit", "GLASGOW CITY COUNCIL", "", "Bills", -139.00, desc="GLASGOW CITY COUNC CTAX")
    add(d(11, 4), "07:00", "Direct Debit", "GLASGOW CITY COUNCIL", "", "Bills", -139.00, desc="GLASGOW CITY COUNC CTAX")
    for m in (9, 10, 11):
        add(d(m, 5), "07:10", "Direct Debit", "Scottish Power", "⚡", "Bills", -68.00, desc="SCOTTISHPOWER")
        add(d(m, 15), "07:10", "Direct Debit", "Vodafone", "📱", "Bills", -22.00, desc="VODAFONE LTD")
        add(d(m, 19), "10:12", "Card payment", "Netflix", "📺", "Entertainment", -4.99, desc="NETFLIX.COM")
    # payday loan and Klarna (financial stress)
    add(d(10, 4), "11:20", "Bacs (Direct Credit)", "LENDING STREAM", "", "Income", 300.00, desc="LENDING STREAM LOAN")
    add(d(10, 28), "07:05", "Direct Debit", "LENDING STREAM", "", "Finances", -118.20, desc="LENDING STREAM")
    add(d(11, 29), "10:02", "Direct Debit", "LENDING STREAM", "", "Finances", -118.20, desc="LENDING STREAM")
    for day in (d(9, 12), d(10, 12), d(11, 12)):
        add(day, "09:40", "Card payment", "Klarna", "", "Shopping", -23.33, desc="KLARNA*JD SPORTS")
    # gambling (true)
    bets = [(d(9, 6), "00:52", "Bet365", -5.00), (d(9, 7), "12:10", "Paddy Power", -10.00),
            (d(9, 14), "11:45", "Bet365", -20.00), (d(9, 21), "22:12", "Paddy Power", -10.00),
            (d(9, 24), "15:10", "William Hill", -15.00), (d(9, 28), "12:30", "Bet365", -25.00),
            (d(10, 5), "12:02", "Paddy Power", -60.00), (d(10, 8), "15:30", "William Hill", -20.00),
            (d(10, 13), "11:55", "Betfred", -10.00), (d(10, 19), "12:40", "Bet365", -30.00),
            (d(10, 26), "13:05", "Paddy Power", -15.00), (d(10, 29), "15:20", "William Hill", -10.00),
            (d(11, 1), "23:58", "Bet365", -40.00), (d(11, 5), "20:45", "Bet365", -20.00),
            (d(11, 9), "12:15", "Paddy Power", -25.00), (d(11, 23), "12:05", "Bet365", -30.00),
            (d(11, 26), "15:40", "William Hill", -10.00)]
    for day, hhmm, name, amt in bets:
        typ = "Card payment"
        desc = {"Bet365": "BET365", "Paddy Power": "PADDYPOWER.COM", "William Hill": "WILLIAM HILL 2211 GLASGOW",
                "Betfred": "BETFRED.COM"}[name]
        add(day, hhmm, typ, name, "", "Entertainment", amt, desc=desc,
            addr="Victoria Road, Glasgow" if name == "William Hill" else "")
    for day, hhmm, amt in ((d(9, 15), "18:30", 34.50), (d(10, 20), "19:02", 22.00), (d(11, 10), "17:48", 41.25)):
        add(day, hhmm, "Faster payment", "Bet365", "", "Income", amt, desc="BET365 WITHDRAWAL")
    # people
    add(d(9, 26), "12:05", "Faster payment", "Glen Paterson", "", "Transfers", 200.00, notes="sort it out pal")
    add(d(9, 28), "10:33", "Faster payment", "Glen Paterson", "", "Transfers", -200.00, notes="cheers mate")
    add(d(9, 28), "10:28", "Faster payment", "Heather Cruickshank", "✈️", "Holidays", -189.00, notes="krakow flight")
    add(d(9, 28), "10:29", "Faster payment", "Heather Cruickshank", "", "Bills", -42.50, notes="gas")
    add(d(10, 18), "11:02", "Faster payment", "Heather Cruickshank", "🎁", "Gifts", -23.00, notes="bday present")
    add(d(9, 30), "10:40", "Faster payment", "Lorraine Galloway", "", "Transfers", 50.00, notes="love ma x")
    add(d(11, 28), "11:40", "Faster payment", "Lorraine Galloway", "", "Transfers", 100.00, notes="Phone me x")
    add(d(11, 29), "10:05", "Faster payment", "Lorraine Galloway", "", "Transfers", -100.00, notes="thanks ma")
    add(d(10, 17), "12:14", "Faster payment", "Wise", "", "Holidays", -148.92, notes="krakow flat")
    # Kraków trip, card in PLN
    for day, hhmm, name, pln, cat in ((d(11, 14), "05:58", "WHSmith", None, "Shopping"),
                                      (d(11, 14), "13:40", "Uber", 62.00, "Transport"),
                                      (d(11, 14), "19:30", "Pod Wawelem", 214.00, "Eating out"),
                                      (d(11, 15), "13:05", "Bar Mleczny Pod Temida", 58.00, "Eating out"),
                                      (d(11, 15), "22:10", "Zabka", 23.50, "Groceries"),
                                      (d(11, 16), "12:20", "Muzeum Krakowa", 80.00, "Entertainment"),
                                      (d(11, 16), "20:45", "Starka Restauracja", 186.00, "Eating out"),
                                      (d(11, 17), "14:30", "Hala Targowa", 45.00, "Shopping"),
                                      (d(11, 18), "16:55", "Krakow Airport", 39.00, "Eating out")):
        if pln is None:
            add(day, hhmm, "Card payment", name, "", cat, -6.49, desc="WHSMITH GLASGOW AIRPORT")
        else:
            gbp = round(pln * 0.1942, 2)
            add(day, hhmm, "Card payment", name, "", cat, -gbp, local=(-pln, "PLN"), desc=name.upper() + " KRAKOW POL")
    # everyday spending
    merchants = [("Greggs", "🥐", "Eating out", (2.1, 6.5), "GREGGS"), ("Tesco Express", "🛒", "Groceries", (4, 24), "TESCO STORES"),
                 ("Lidl", "🛒", "Groceries", (8, 36), "LIDL GB GLASGOW"), ("SPT Subway", "🚇", "Transport", (1.75, 3.5), "SPT SUBWAY"),
                 ("Just Eat", "🍕", "Eating out", (14, 28), "JUST EAT"), ("Uber", "🚕", "Transport", (6, 14), "UBER *TRIP"),
                 ("Scotmid", "🛒", "Groceries", (3, 15), "SCOTMID"), ("Costa Coffee", "☕", "Eating out", (2.9, 4.8), "COSTA COFFEE")]
    away = {d(11, dd) for dd in range(14, 19)}
    n = 0
    while n < 62:
        day = D0 + dt.timedelta(days=rng.randint(0, 90))
        if day in away:
            continue
        name, emo, cat, (lo, hi), desc = rng.choice(merchants)
        if name == "SPT Subway":
            amt = rng.choice([1.75, 3.40])
        else:
            amt = round(rng.uniform(lo, hi), 2)
        hh = rng.choice([10, 11, 12, 13, 23]) if name not in ("Just Eat", "Uber") else rng.choice([0, 23, 12])
        if hh == 0:
            hhmm = f"00:{rng.randint(5, 59):02d}"
        else:
            hhmm = f"{hh:02d}:{rng.randint(0, 59):02d}"
        add(day, hhmm, "Card payment", name, emo, cat, -amt, desc=f"{desc} GLASGOW GBR")
        n += 1
    add(d(9, 9), "11:05", "Card payment", "Southside Cuts", "💈", "Personal care", -15.00, desc="SOUTHSIDE CUTS")
    add(d(11, 7), "12:10", "Card payment", "Southside Cuts", "💈", "Personal care", -15.00, desc="SOUTHSIDE CUTS")
    add(d(9, 24), "12:30", "Card payment", "Toryglen Football Centre", "⚽", "Entertainment", -9.00, desc="TORYGLEN FC")
    for day in (d(9, 10), d(10, 1), d(10, 15), d(11, 26)):
        add(day, "19:00", "Card payment", "Toryglen Football Centre", "⚽", "Entertainment", -9.00, desc="TORYGLEN FC")
    for day, amt in ((d(9, 27), -50.00), (d(10, 3), 50.00), (d(10, 28), -30.00), (d(11, 13), 30.00)):
        add(day, "09:45", "Pot transfer", "Krakow pot", "🏦", "Savings", amt, desc="POT TRANSFER")
    R.sort(key=lambda r: r[0])
    return R


def write_monzo(root, rng):
    rows = monzo_rows(rng)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Transaction ID", "Date", "Time", "Type", "Name", "Emoji", "Category", "Amount", "Currency",
                "Local amount", "Local currency", "Notes and #tags", "Address", "Receipt", "Description",
                "Category split", "Money Out", "Money In"])
    for t, typ, name, emo, cat, amt, lamt, lcur, notes, addr, desc in rows:
        w.writerow([_tx(rng), t.strftime("%d/%m/%Y"), t.strftime("%H:%M:%S"), typ, name, emo, cat, f"{amt:.2f}", "GBP",
                    f"{lamt:.2f}", lcur, notes, addr, "", desc, "", f"{amt:.2f}" if amt < 0 else "",
                    f"{amt:.2f}" if amt > 0 else ""])
    rel = "monzo/MonzoDataExport_01Sep2024-30Nov2024.csv"
    C.write_bytes(root, rel, buf.getvalue().encode("utf-8"))
    return {rel: "text-utf8"}, len(rows)


# ---------------------------------------------------------------- Instagram

IG_DMS = [
    ((9, 8), "10:55", [("g", "new cut pics up on the page 👀"), ("me", "class. ma hair is overdue")]),
    ((9, 19), "12:20", [("me", "Reacted ❤️ to your story"), ("g", "cheers bro")]),
    ((10, 2), "11:10", [("g", "u seen this"), ("g", "Glen Paterson sent an attachment."), ("me", "😂😂 thats you")]),
    ((10, 16), "13:05", [("me", "shared ur page on ma story"), ("g", "legend, got 2 bookings already")]),
    ((10, 30), "12:40", [("g", "whats that dish on ur latest post"), ("me", "venison, beetroot, brambles"), ("g", "fancy man")]),
    ((11, 19), "11:30", [("g", "krakow pics are class"), ("me", "cheers man. back to the grind")]),
    ((11, 27), "10:15", [("me", "any slots friday"), ("g", "11am?"), ("me", "perfect")]),
]

IG_POSTS = [
    ((9, 7), "braised short rib, celeriac, pickled shallot. saturday special 🔥 #chefsofinstagram #glasgowfood"),
    ((9, 21), "staff meal stovies. the real mvp 🥔 #chefslife"),
    ((10, 5), "suited and booted for the best wedding feast of my life 🙏 congrats to the happy couple"),
    ((10, 26), "venison loin, beetroot, bramble jus. autumn menu is live 🦌 #glasgowfood #finnieston"),
    ((11, 16), "kraków you beauty. pierogi count: lost track 🥟🇵🇱"),
    ((11, 22), "back on the pass. christmas menu tasting next week 🎄 #chefsofinstagram"),
]


def write_instagram(root, rng):
    files = {}
    pi = {"profile_user": [{
        "media_map_data": {"Profile Photo": {"uri": "media/profile/202403/17982231450012345.jpg",
                                             "creation_timestamp": 1709912345, "title": ""}},
        "string_map_data": {
            "Email": {"href": "", "value": "ross.galloway@example.com", "timestamp": 0},
            "Phone Confirmed": {"href": "", "value": "True", "timestamp": 0},
            "Phone Number": {"href": "", "value": "+447700900418", "timestamp": 0},
            "Username": {"href": "", "value": "rossyg_cooks", "timestamp": 0},
            "Name": {"href": "", "value": "Ross Galloway", "timestamp": 0},
            "Bio": {"href": "", "value": "line chef 🔪 glasgow | food pics & bad jokes", "timestamp": 0},
            "Gender": {"href": "", "value": "male", "timestamp": 0},
            "Date of birth": {"href": "", "value": "1994-08-12", "timestamp": 0},
            "Private Account": {"href": "", "value": "False", "timestamp": 0},
        }}]}
    rel = "instagram/personal_information/personal_information/personal_information.json"
    C.write_bytes(root, rel, C.dump_json_bytes(C.to_mojibake(pi), indent=2, ensure_ascii=True))
    files[rel] = "json-mojibake"

    msgs = []
    for (m, d), hhmm, lines in IG_DMS:
        h, mi = map(int, hhmm.split(":"))
        t = dt.datetime(2024, m, d, h, mi, rng.randint(0, 59), tzinfo=TZ)
        for who, text in lines:
            t = t + dt.timedelta(seconds=rng.randint(30, 400))
            msg = {"sender_name": ME_NAME if who == "me" else "Glen Paterson",
                   "timestamp_ms": C.epoch_ms(t) + rng.randint(0, 999)}
            if text.endswith("sent an attachment."):
                msg["content"] = text
                msg["share"] = {"link": "https://www.instagram.com/reel/C_8xQ2mN4Lp/"}
            elif text.startswith("Reacted"):
                msg["content"] = text
            else:
                msg["content"] = text
            msg["is_geoblocked_for_viewer"] = False
            msg["is_unsent_image_by_messenger_kid_parent"] = False
            msgs.append(msg)
    msgs.sort(key=lambda x: -x["timestamp_ms"])
    thread = {"participants": [{"name": "Glen Paterson"}, {"name": ME_NAME}], "messages": msgs,
              "title": "Glen Paterson", "is_still_participant": True,
              "thread_path": "inbox/glenpaterson_17846203311452216", "magic_words": []}
    rel = "instagram/your_instagram_activity/messages/inbox/glenpaterson_17846203311452216/message_1.json"
    C.write_bytes(root, rel, C.dump_json_bytes(C.to_mojibake(thread), indent=2, ensure_ascii=True))
    files[rel] = "json-mojibake"

    posts = []
    for (m, d), cap in IG_POSTS:
        t = dt.datetime(2024, m, d, rng.randint(10, 12), rng.randint(0, 59), tzinfo=TZ)
        ts = C.epoch(t)
        posts.append({"media": [{"uri": f"media/posts/2024{m:02d}/{rng.randint(10**16, 10**17)}.jpg",
                                 "creation_timestamp": ts, "media_metadata": {"photo_metadata": {"exif_data": [
                                     {"device_id": "android-5e1f3a9c2b7d4e10", "source_type": "camera"}]}},
                                 "title": cap, "cross_post_source": {"source_app": "FB"}}],
                      "title": cap, "creation_timestamp": ts})
    posts.sort(key=lambda p: -p["creation_timestamp"])
    rel = "instagram/your_instagram_activity/content/posts_1.json"
    C.write_bytes(root, rel, C.dump_json_bytes(C.to_mojibake(posts), indent=2, ensure_ascii=True))
    files[rel] = "json-mojibake"
    return files, len(msgs)


# ---------------------------------------------------------------- Google semantic location history

def make_planner(rng):
    state = {"night": "home"}

    def plan_day(d):
        md = (d.month, d.day)
        wd = d.weekday()
        night = state["night"]
        state["night"] = "home"
        if md == (11, 14):
            state["night"] = "krakow"
            return [("home", "00:00", "05:05"), ("airport", "05:40", "06:45"), ("krakow", "13:30", "24:00")]
        if md in ((11, 15), (11, 16), (11, 17)):
            state["night"] = "krakow"
            return [("krakow", "00:00", "10:30"), ("krakow_old", "10:55", "17:30"), ("krakow", "18:00", "24:00")]
        if md == (11, 18):
            return [("krakow", "00:00", "10:30"), ("krakow_old", "11:00", "15:10"), ("airport", "22:40", "23:05"),
                    ("home", "23:40", "24:00")]
        if md == (9, 24):
            return [("home", "00:00", "09:35"), ("hospital", "10:00", "11:50"), ("home", "12:35", "18:40"),
                    ("pitch", "18:55", "20:10"), ("home", "20:30", "24:00")]
        if md == (10, 5):
            return [("home", "00:00", "13:10"), ("mosque", "13:40", "15:30"), ("hall", "15:50", "23:30"),
                    ("home", "23:55", "24:00")]
        if night != "home":
            stays = [(night, "00:00", "10:20"), ("home", "10:50", "12:50")]
        else:
            stays = [("home", "00:00", "12:50")]
        if wd in (2, 3, 4, 5, 6):  # Wed-Sun: kitchen shift
            early = wd == 5 and rng.random() < 0.5
            if early:
                stays = [(night, "00:00", "10:05")]
            elif night == "home" and rng.random() < 0.25:
                stays = [("home", "00:00", "11:00"), ("shop", "11:10", "11:35"), ("home", "11:45", "12:50")]
            elif night == "home" and rng.random() < 0.2:
                stays = [("home", "00:00", "11:00"), ("bookies", "11:10", "11:30"), ("home", "11:40", "12:50")]
            start = "10:45" if early else "13:35"
            end = rng.choice(["23:05", "23:15", "23:25"])
            return stays + [("work", start, end)]
        if wd == 0:  # Monday: tea at Ma's, or the afternoon and night at Heather's
            if rng.random() < 0.35:
                state["night"] = "heather"
                return stays[:1] + [("heather", "13:30", "24:00")] if night == "home" else stays + [("heather", "13:30", "24:00")]
            return stays[:-1] + [(stays[-1][0], stays[-1][1], "15:20"), ("ma", "15:50", "19:40"), ("home", "20:20", "24:00")]
        # Tuesday: fives at Toryglen
        if md in ((9, 10), (11, 5)):
            stays = stays[:-1] + [(stays[-1][0], stays[-1][1], "10:40"), ("barber", "11:00", "11:40"), ("home", "11:50", "18:35")]
        elif rng.random() < 0.5:
            stays = stays[:-1] + [(stays[-1][0], stays[-1][1], "14:50"), ("bookies", "15:00", "15:25"), ("home", "15:35", "18:35")]
        else:
            stays = stays[:-1] + [(stays[-1][0], stays[-1][1], "18:35")]
        return stays + [("pitch", "18:55", "20:10"), ("home", "20:35", "24:00")]

    return plan_day


def _e7(x):
    return int(round(x * 1e7))


def write_semantic(root, rng):
    stays = C.build_days(TZ, rng, D0, D1, make_planner(rng))
    pids = {k: "ChIJ" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                                for _ in range(23)) for k in PLACES}
    device = 1938226104
    by_month = {}
    for i, (key, s, e) in enumerate(stays):
        stype, name, addr = PLACE_META[key]
        p = C.jitter(rng, PLACES[key], 10)
        loc = {"latitudeE7": _e7(PLACES[key][0]), "longitudeE7": _e7(PLACES[key][1]), "placeId": pids[key],
               "address": addr}
        if name:
            loc["name"] = name
        loc.update({"semanticType": stype, "sourceInfo": {"deviceTag": device},
                    "locationConfidence": round(rng.uniform(60, 99), 4),
                    "calibratedProbability": round(rng.uniform(50, 95), 4)})
        pv = {"placeVisit": {"location": loc,
                             "duration": {"startTimestamp": C.iso_z_ms(s), "endTimestamp": C.iso_z_ms(e)},
                             "placeConfidence": "HIGH_CONFIDENCE", "centerLatE7": _e7(p[0]), "centerLngE7": _e7(p[1]),
                             "visitConfidence": rng.randint(70, 98), "otherCandidateLocations": [],
                             "editConfirmationStatus": "NOT_CONFIRMED", "locationConfidence": rng.randint(60, 99),
                             "placeVisitType": "SINGLE_PLACE", "placeVisitImportance": "MAIN"}}
        by_month.setdefault((s.year, s.month), []).append(pv)
        if i + 1 < len(stays):
            nk, ns, _ = stays[i + 1]
            a, b = PLACES[key], PLACES[nk]
            dist = C.haversine_m(a, b)
            if dist > 500000:
                mode, conf = "FLYING", "HIGH"
            elif key in ("work",) or nk in ("work",):
                mode, conf = "IN_SUBWAY", "MEDIUM"
            elif dist > 2500:
                mode, conf = "IN_PASSENGER_VEHICLE", "HIGH"
            else:
                mode, conf = "WALKING", "HIGH"
            seg = {"activitySegment": {
                "startLocation": {"latitudeE7": _e7(a[0]), "longitudeE7": _e7(a[1]), "sourceInfo": {"deviceTag": device}},
                "endLocation": {"latitudeE7": _e7(b[0]), "longitudeE7": _e7(b[1]), "sourceInfo": {"deviceTag": device}},
                "duration": {"startTimestamp": C.iso_z_ms(e), "endTimestamp": C.iso_z_ms(ns)},
                "distance": int(dist * rng.uniform(1.1, 1.3)), "activityType": mode, "confidence": conf,
                "activities": [{"activityType": mode, "probability": round(rng.uniform(70, 95), 6)},
                               {"activityType": "STILL" if mode == "WALKING" else "WALKING",
                                "probability": round(rng.uniform(2, 20), 6)}],
                "waypointPath": {"waypoints": [{"latE7": _e7(a[0] + (b[0] - a[0]) * f), "lngE7": _e7(a[1] + (b[1] - a[1]) * f)}
                                               for f in (0, 0.5, 1)],
                                 "source": "INFERRED", "distanceMeters": round(dist * 1.15, 3),
                                 "travelMode": "WALK" if mode == "WALKING" else "DRIVE", "confidence": 0.8}}}
            by_month.setdefault((e.year, e.month), []).append(seg)
    files = {}
    names = {9: "SEPTEMBER", 10: "OCTOBER", 11: "NOVEMBER", 12: "DECEMBER"}
    for (y, m), objs in sorted(by_month.items()):
        if (y, m) == (2024, 12):
            continue  # the export stops on 30 November
        rel = f"google/Takeout/Location History (Timeline)/Semantic Location History/{y}/{y}_{names[m]}.json"
        C.write_bytes(root, rel, C.dump_json_bytes({"timelineObjects": objs}, indent=2, ensure_ascii=False))
        files[rel] = "json"
    return files, stays


# ---------------------------------------------------------------- registry / truth

def registry():
    r = C.Registry()
    P = "PERSON"
    for v in ("Ross Galloway", "Heather Cruickshank", "Heather", "heather", "hev", "holly", "Kasia Wójcik", "kasia",
              "Immy", "Glen Paterson", "Glen", "glen", "Gordy McPhail", "gordy", "Femi", "Doddsy", "Big Tam", "tam",
              "Lorraine Galloway"):
        r.add(P, v)
    r.add("PHONE_NUMBER", "+44 7700 900418")
    r.add("PHONE_NUMBER", "+447700900418")
    r.add("PHONE_NUMBER", "07700 900731")
    r.add("USERNAME", "@ross_gal")
    r.add("USERNAME", "rossyg_cooks")
    r.add("URL", "https://www.instagram.com/glen.cuts_gla/")
    r.add("EMAIL_ADDRESS", "ross.galloway@example.com")
    r.add("UK_NINO", "JT 48 29 17 C")
    r.add("UK_PASSPORT", "548127903")
    r.add("UK_DRIVING_LICENCE", "GALLO908124R99HK")
    r.add("UK_NHS", "150358 4224")
    r.add("CREDIT_CARD", "5355 2741 8830 1940")
    r.add("BANK_ACCOUNT", "20917364")
    r.add("IBAN_CODE", "PL10 1050 0099 7603 1234 5678 9123")
    r.add("LOCATION", "2/1, 47 Allison Street, Glasgow G42 8NQ")
    r.add("LOCATION", "G42 8NQ")
    r.add("LOCATION", "47 allison st")
    r.add("LOCATION", "47 Allison St, Glasgow G42 8NQ, UK")
    r.add("LOCATION", "1032 Argyle St, Glasgow G3 8LX, UK")
    r.add("LICENSE_PLATE", "SG19 KXW")
    return r


def build(root, seed=2312):
    book = build_chats(random.Random(seed + 1))
    pdir = f"{root}/{PID}"
    files = {}
    files.update(write_telegram(pdir, book, random.Random(seed + 2)))
    f, n_monzo = write_monzo(pdir, random.Random(seed + 3))
    files.update(f)
    f, n_ig = write_instagram(pdir, random.Random(seed + 4))
    files.update(f)
    f, stays = write_semantic(pdir, random.Random(seed + 5))
    files.update(f)
    counts = book.counts()
    dm = [k for k in CHATS if k != "group"]
    top = sorted(dm, key=lambda k: -counts[k])[:3]
    facts = {
        "home": {"lat": PLACES["home"][0], "lon": PLACES["home"][1], "radius_m": 300,
                 "address": "2/1, 47 Allison Street, Glasgow G42 8NQ", "city": "Glasgow"},
        "work": {"lat": PLACES["work"][0], "lon": PLACES["work"][1], "radius_m": 300, "employer": "The Clyde Larder"},
        "sleep_window": {"start": SLEEP[0], "end": SLEEP[1], "tolerance_min": 60},
        "top_contacts": [{"name": CHATS[k][0], "messages": counts[k]} for k in top],
        "relationships": [
            {"name": "Heather 💛", "relationship": "partner", "full_name": "Heather Cruickshank"},
            {"name": "Ma", "relationship": "mother", "full_name": "Lorraine Galloway"},
            {"name": "Kasia Wójcik", "relationship": "colleague", "full_name": "Kasia Wójcik"},
            {"name": "Immy", "relationship": "colleague", "full_name": "Imran Qureshi"},
            {"name": "Glen", "relationship": "close_friend", "full_name": "Glen Paterson"},
        ],
        "religion": {"value": False}, "health": {"value": False}, "politics": {"value": False},
        "financial_stress": {"value": True}, "gambling": {"value": True}, "gaming": {"value": False},
        "salary": {"amount": "1873.56", "currency": "GBP", "payer": "CLYDE LARDER LTD", "period": "monthly"},
        "risky_contact": {"name": "Gordy McPhail",
                          "why": "posts 66 distinct angry political rants in the five-a-side group 'tuesday fives ⚽'; the user never joins in"},
    }
    header = {
        "description": "Ross Galloway, 30, line chef at a Finnieston restaurant, lives alone in a Govanhill tenement; "
                       "partner Heather (nurse), mother in Rutherglen after a hip replacement; bets on football most "
                       "weeks and is overdrawn, borrowing from friends and family and taking a payday loan.",
        "timezone": "Europe/London",
        "user": {"names": ["Ross Galloway"], "phones": ["+44 7700 900418", "+447700900418"],
                 "emails": ["ross.galloway@example.com"], "handles": ["@ross_gal", "rossyg_cooks"]},
    }
    gt = C.build_ground_truth(root, PID, files, registry(), header, facts)
    stats = {"messages": counts, "instagram_dms": n_ig, "monzo_rows": n_monzo, "stays": len(stays)}
    return gt, stats, book
