# -*- coding: utf-8 -*-
"""Persona us_atlanta_nurse: Folasade "Sade" Adeyemi, 34, RN in Atlanta. Fictional."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import h22_atlanta_script as S
from h22_common import UTC, Msg, Planted, count_top, digits, fill_to, make_rng, parse_script, realise
from h22_formats import ios_location_history, simulate

PID = "us_atlanta_nurse"
TZ = ZoneInfo("America/New_York")
START, END = date(2024, 9, 15), date(2024, 12, 15)

USER = {
    "names": ["Folasade Adeyemi", "Folasade Oluwaseun Adeyemi", "Sade Adeyemi"],
    "phones": ["(404) 555-0137", "+1 404-555-0137"],
    "emails": ["sade.adeyemi@example.com"],
    "handles": ["sunflowerRN_atl"],
}
ME = "Sade"

AUTO_NAMES = ["Marcus Whitaker", "Abosede Adeyemi", "Babatunde Adeyemi", "Oluwafemi Adeyemi", "Olabisi Ogunleye",
              "Oluwakemi Ogunleye", "Priya Raghunathan", "Siobhan Keane", "Patience Okafor", "Ewan MacLeod",
              "Folasade Adeyemi", "Folasade Oluwaseun Adeyemi", "Tunde", "Priya", "Siobhan", "Marcus", "Kemi",
              "Rhys", "Thao", "tunde", "Femi", "Marisol", "Kasia", "Chidi", "Dr. Hunter", "Uncle Femi", "Aunty Bisi"]
FULL_NAMES = ["Marcus Whitaker", "Abosede Adeyemi", "Babatunde Adeyemi", "Oluwafemi Adeyemi", "Olabisi Ogunleye",
              "Oluwakemi Ogunleye", "Priya Raghunathan", "Siobhan Keane", "Folasade Adeyemi"]

HOURS = [(6, 1), (7, 2), (8, 2), (9, 2), (10, 3), (11, 3), (12, 4), (13, 3), (14, 2), (15, 2), (16, 3),
         (17, 3), (18, 3), (19, 4), (20, 4), (21, 4), (22, 1)]

CHATS = [
    ("marcus", "Marcus 💛", S.MARCUS, S.MARCUS_POOL, 172),
    ("mummy", "Mummy", S.MUMMY, S.MUMMY_POOL, 92),
    ("tunde", "Tunde", S.TUNDE, S.TUNDE_POOL, 84),
    ("priya", "Priya Work", S.PRIYA, S.PRIYA_POOL, 98),
    ("siobhan", "Siobhan", S.SIOBHAN, S.SIOBHAN_POOL, 64),
]
GROUP_TITLE = "Adeyemi Family 🇳🇬💚"
MEMBERS = {"mummy": "Mummy", "daddy": "Daddy", "tunde": "Tunde", "bisi": "Aunty Bisi", "kemi": "Kemi Cuz",
           "femi": "Uncle Femi", "chidi": "+1 (832) 555-0171"}

LRM = "\u200e"
NNBSP = "\u202f"


def _pool_fn(pool):
    order = list(range(len(pool)))

    def fn(rng, i):
        if i == 0:
            rng.shuffle(order)
        entry = pool[order[i % len(order)]]
        head = "# " + entry[0] if entry[0].startswith("@") else "#"
        return parse_script(head + "\n" + "\n".join(e for e in entry if not e.startswith("@")))[0]
    return fn


def build_chats():
    chats = {}
    for key, title, script, pool, target in CHATS:
        exs = fill_to(target, parse_script(script), _pool_fn(pool), make_rng(PID, "pool", key))
        chats[key] = realise(exs, make_rng(PID, "time", key), TZ, START, END, HOURS, key)
    exs = fill_to(118, parse_script(S.GROUP), _pool_fn(S.GROUP_POOL), make_rng(PID, "pool", "group"))
    r = make_rng(PID, "rants")
    for rant in S.FEMI_RANTS:
        lines = [("femi", rant, None)]
        if r.random() < 0.2:
            who, txt = S.FEMI_REPLIES[r.randrange(len(S.FEMI_REPLIES))]
            lines.append((who, txt, None))
        exs.append({"date": None, "time": None, "lines": lines})
    msgs = realise(exs, make_rng(PID, "time", "group"), TZ, START, END, HOURS, "group")
    # nothing in the group may precede its creation
    first = min(m.ts for m in msgs if m.kind == "text" and m.text == "[sys created]")
    for m in msgs:
        if m.ts < first:
            m.ts = m.ts + (first - m.ts) + timedelta(days=1, minutes=(hash_int(m.text) % 600))
    msgs.sort(key=lambda m: m.ts)
    chats["group"] = msgs
    return chats


def hash_int(s):
    import hashlib
    return int(hashlib.md5(s.encode()).hexdigest()[:8], 16)


def wa_ts(dt):
    h = dt.hour % 12 or 12
    return "%d/%d/%02d, %d:%02d:%02d%s%s" % (dt.month, dt.day, dt.year % 100, h, dt.minute, dt.second, NNBSP,
                                               "AM" if dt.hour < 12 else "PM")


def wa_line(m, author, title):
    ts = wa_ts(m.ts)
    k = m.kind
    if k == "text":
        return "[%s] %s: %s" % (ts, author, m.text.replace("\n", "\r\n"))
    if k == "recall" and m.arg == "created":
        pass
    media = {"img": "image omitted", "voice": "audio omitted", "sticker": "sticker omitted",
             "video": "video omitted", "missed": "Missed voice call"}
    if k in media:
        return "%s[%s] %s: %s%s" % (LRM, ts, author, LRM, media[k])
    if k == "link":
        return "[%s] %s: %s" % (ts, author, m.arg)
    if k == "loc":
        lat, lon = m.arg.split("|")[:2]
        return "[%s] %s: %sLocation: https://maps.google.com/?q=%s,%s" % (ts, author, LRM, lat, lon)
    raise ValueError(k)


def scan_text(planted, fname, text):
    for n in AUTO_NAMES:
        if n in text:
            planted.add(fname, "PERSON", n)


def write_whatsapp(files, planted, chats):
    titles = {}
    for key, title, *_ in CHATS + [("group", GROUP_TITLE)]:
        titles[key] = title
        fname = "whatsapp/WhatsApp Chat - %s/_chat.txt" % title
        out = []
        for m in chats[key]:
            if m.sender == "me":
                author = ME
            elif key == "group":
                author = MEMBERS[m.sender]
            else:
                author = title
            if m.kind == "text" and m.text.startswith("[sys "):
                what = m.text[5:-1]
                if what == "created":
                    out.append("[%s] %s: %sMessages and calls are end-to-end encrypted. Only people in this chat can "
                               "read, listen to, or share them." % (wa_ts(m.ts - timedelta(seconds=1)), title, LRM))
                    out.append("%s[%s] %s: %sUncle Femi created group \u201c%s\u201d" % (LRM, wa_ts(m.ts), title, LRM, title))
                else:
                    out.append("%s[%s] %s: %sUncle Femi added you" % (LRM, wa_ts(m.ts), title, LRM))
                continue
            out.append(wa_line(m, author, title))
            planted.add_many(fname, m.pii)
            if m.kind in ("text", "link"):
                scan_text(planted, fname, m.text or m.arg)
            if author.startswith("+1 ("):
                planted.add(fname, "PHONE_NUMBER", author)
        files[fname] = ("\r\n".join(out) + "\r\n").encode("utf-8")
    return titles


# ------------------------------------------------------------------ PayPal
PP_COLS = ["Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee", "Net",
           "From Email Address", "To Email Address", "Transaction ID", "Shipping Address", "Address Status",
           "Item Title", "Item ID", "Shipping and Handling Amount", "Insurance Amount", "Sales Tax",
           "Option 1 Name", "Option 1 Value", "Option 2 Name", "Option 2 Value", "Reference Txn ID",
           "Invoice Number", "Custom Number", "Quantity", "Receipt ID", "Balance", "Address Line 1",
           "Address Line 2/District/Neighborhood", "Town/City", "State/Province/Region/County",
           "Zip/Postal Code", "Country", "Contact Phone Number", "Subject", "Note", "Country Code", "Balance Impact"]
ME_EMAIL = "sade.adeyemi@example.com"
HOME_ADDR = ("1187 Larchmont Ridge Dr SE", "Apt 4B", "Atlanta", "GA", "30316")


def money(x):
    s = "{:,.2f}".format(abs(x))
    return ("-" if x < 0 else "") + s


def paypal(rng):
    rows = []

    def txid():
        return "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(17))

    def add(dt, name, typ, gross, other_email="", item="", note="", ship=False, status="Completed", fee=0.0,
            incoming=None, subject=""):
        incoming = gross > 0 if incoming is None else incoming
        rows.append({"dt": dt, "name": name, "type": typ, "gross": gross, "fee": fee, "other": other_email,
                     "item": item, "note": note, "ship": ship, "status": status, "incoming": incoming, "subject": subject})

    for d in (date(2024, 9, 20), date(2024, 10, 4), date(2024, 10, 18), date(2024, 11, 1), date(2024, 11, 15),
              date(2024, 11, 29), date(2024, 12, 13)):
        add(datetime(d.year, d.month, d.day, 6, rng.randrange(2, 40), rng.randrange(60)), "MIDTOWN CRESCENT HEALTH PAYROLL",
            "Direct Deposit", 2386.41, item="Payroll")
    for d, amt in ((date(2024, 9, 22), 240.0), (date(2024, 10, 6), 240.0), (date(2024, 10, 20), 100.0),
                   (date(2024, 11, 3), 240.0), (date(2024, 11, 24), 150.0), (date(2024, 12, 1), 240.0)):
        add(datetime(d.year, d.month, d.day, 13, rng.randrange(10, 55), rng.randrange(60)), "Living Waters Redeemed Parish",
            "Donation Payment", -amt, "giving@example.org",
            item="Tithe & Offering" if amt != 100.0 and amt != 150.0 else ("Fasting Week Seed Offering" if amt == 100.0 else "Church Anniversary Offering"))
    games = [(date(2024, 9, 19), "Nintendo", "Nintendo eShop - Stardew Valley DLC soundtrack", 5.99),
             (date(2024, 9, 26), "Nintendo", "Nintendo eShop - The Legend of Zelda: Echoes of Wisdom", 59.99),
             (date(2024, 10, 12), "Valve Corporation", "Steam Purchase - Stardew Valley (gift)", 14.99),
             (date(2024, 10, 30), "Nintendo", "Nintendo Switch Online + Expansion Pack 12-month", 49.99),
             (date(2024, 11, 8), "Nintendo", "Nintendo eShop - Mario Kart 8 Deluxe Booster Course Pass", 24.99),
             (date(2024, 11, 19), "Valve Corporation", "Steam Purchase - Coral Island", 29.99),
             (date(2024, 12, 6), "Nintendo", "Nintendo eShop - Animal Crossing: Happy Home Paradise", 24.99),
             (date(2024, 12, 11), "Nintendo", "My Nintendo Store - Nintendo Switch Pro Controller", 69.99)]
    for d, name, item, amt in games:
        add(datetime(d.year, d.month, d.day, 21, rng.randrange(60), rng.randrange(60)), name, "Express Checkout Payment",
            -amt, "paypal@nintendo.example.com" if name == "Nintendo" else "billing@valve.example.com",
            item=item, ship=("Controller" in item))
    for d in (date(2024, 10, 1), date(2024, 11, 1), date(2024, 12, 1)):
        add(datetime(d.year, d.month, d.day, 9, rng.randrange(0, 20), rng.randrange(60)), "Abosede Adeyemi",
            "General Payment", -200.0, "abosede.adeyemi@example.net", note="for your drugs mummy ❤️")
    add(datetime(2024, 9, 20, 10, 41, 5), "Siobhan Keane", "General Payment", -142.0, "siobhan.k@example.net",
        note="concert tix 🎤 ily")
    add(datetime(2024, 11, 5, 20, 14, 40), "Priya Raghunathan", "General Payment", -25.0, "priya.r@example.com",
        note="Marisol baby shower gift")
    add(datetime(2024, 10, 15, 12, 20, 3), "Babatunde Adeyemi", "General Payment", 150.0, "tunde.adeyemi@example.net",
        note="part 1 of the 300. thank you sis")
    add(datetime(2024, 12, 5, 20, 12, 55), "Babatunde Adeyemi", "General Payment", 150.0, "tunde.adeyemi@example.net",
        note="rest of it. we good 🙏🏾")
    add(datetime(2024, 10, 23, 18, 2, 30), "Oluwakemi Ogunleye", "General Payment", -65.0, "kemi.bakes@example.com",
        note="birthday cake deposit 🎂")
    subs = [("Spotify USA Inc", -11.99, "Spotify Premium", "billing@spotify.example.com"),
            ("Netflix.com", -15.49, "Netflix Standard", "billing@netflix.example.com")]
    for mo in (9, 10, 11, 12):
        for i, (name, amt, item, em) in enumerate(subs):
            dd = 17 + i if mo == 9 else 3 + i * 5
            if mo == 12 and dd > 15:
                continue
            add(datetime(2024, mo, dd, 9, rng.randrange(60), rng.randrange(60)), name, "PreApproved Payment Bill User Payment",
                amt, em, item=item)
    shops = [("DoorDash", (18, 42), "DoorDash Order"), ("Target", (24, 96), "Target.com Order"),
             ("DoorDash", (14, 36), "DoorDash Order"), ("Target", (12, 60), "Target.com Order")]
    for i in range(42):
        name, (lo, hi), item = shops[i % len(shops)]
        d = START + timedelta(days=rng.randrange(91))
        add(datetime(d.year, d.month, d.day, rng.choice([12, 18, 19, 20, 21]), rng.randrange(60), rng.randrange(60)),
            name, "Express Checkout Payment", -round(rng.uniform(lo, hi), 2),
            "paypal@%s.example.com" % name.split()[0].lower().rstrip(",."), item=item,
            ship=name == "Target")
    for d in (date(2024, 10, 10), date(2024, 11, 12), date(2024, 12, 10)):
        add(datetime(d.year, d.month, d.day, 7, 30, rng.randrange(60)), "Bank Account", "General Withdrawal",
            -1500.0, item="Transfer to Bank")
    rows.sort(key=lambda r: r["dt"])
    bal = 612.37
    buf = io.StringIO(newline="")
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(PP_COLS)
    emails = set()
    names = set()
    for r in rows:
        dt = r["dt"].replace(tzinfo=TZ)
        bal += r["gross"] + r["fee"]
        frm, to = (r["other"], ME_EMAIL) if r["incoming"] else (ME_EMAIL, r["other"])
        if r["type"] in ("Direct Deposit", "General Withdrawal"):
            frm, to = ("", ME_EMAIL) if r["incoming"] else (ME_EMAIL, "")
        if r["other"]:
            emails.add(r["other"])
        names.add(r["name"])
        ship = r["ship"]
        row = [dt.strftime("%m/%d/%Y"), dt.strftime("%H:%M:%S"), dt.tzname(), r["name"], r["type"], r["status"], "USD",
               money(r["gross"]), money(r["fee"]), money(r["gross"] + r["fee"]), frm, to, txid(),
               ("Folasade Adeyemi, %s, %s, %s, %s %s, United States" % HOME_ADDR) if ship else "",
               "Confirmed" if ship else "Non-Confirmed", r["item"], "", "0.00", "", "0.00", "", "", "", "", "", "", "",
               "1" if r["item"] and r["type"].startswith("Express") else "", "", money(bal),
               HOME_ADDR[0] if ship else "", HOME_ADDR[1] if ship else "", HOME_ADDR[2] if ship else "",
               HOME_ADDR[3] if ship else "", HOME_ADDR[4] if ship else "", "United States" if ship else "",
               "+1 404-555-0137" if ship else "", r["item"] if r["type"] != "General Payment" else "",
               r["note"], "US" if ship else "", "Credit" if r["gross"] > 0 else "Debit"]
        w.writerow(row)
    data = b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
    return data, len(rows), emails, names


# ------------------------------------------------------------------ Reddit
REDDIT_USER = "sunflowerRN_atl"
POSTS = [
    ("2024-09-21 02:14:22", "StardewValley", "3 twelve hour shifts and I still finished the greenhouse before fall 28 🌻",
     "my co-op partner fell asleep at 11 so I carried the farm. fish pond next. any tips for the crab pot grind?"),
    ("2024-09-29 23:40:03", "nursing", "Tips for your first charge shift?",
     "got told I'm charge on friday. 5 south med-surg, 28 beds. what do you wish someone told you?"),
    ("2024-10-06 01:12:47", "Atlanta", "Best suya in ATL?",
     "my boyfriend keeps getting it from one place on moreland. is there anything better on the east side?"),
    ("2024-10-14 22:05:19", "TrueChristian", "Prayer request: first church fast while working 12s",
     "our church is doing a week of fasting 6am-6pm. I'm a nurse and working three 12 hour shifts this week. "
     "please pray for strength. I know God will carry me but my body is already complaining lol"),
    ("2024-10-28 00:31:50", "zelda", "Echoes of Wisdom is the coziest zelda and I will not be taking questions",
     "stayed up way past my bedtime. the echoes mechanic is genius"),
    ("2024-11-10 02:44:11", "NintendoSwitch", "Pro controller worth it for mario kart?",
     "my boyfriend keeps beating me and I refuse to believe it's skill"),
    ("2024-11-24 19:20:33", "Gospel", "Our choir sang Way Maker for church anniversary today",
     "I had a small solo and didn't cry until the last chorus. God is good"),
    ("2024-12-08 01:03:09", "animalcrossing", "Back on the island after a year and the weeds... the WEEDS",
     "spent 3 hours pulling weeds and talking to my villagers. no regrets"),
]
COMMENTS = [
    "this is the way. crab pots in the ocean, not the river",
    "as a nurse I read this at 2am on break and felt seen",
    "sprinklers first. always sprinklers first",
    "we do 12s too and honestly three in a row is the only way I survive",
    "praying for you 🙏🏾",
    "the co-op bug where the other player can't sleep drives me crazy",
    "amen to this",
    "try the suya spot on candler rd, it's spicy though",
    "I cried at that part too no shame",
    "grab the pro controller, joycons drift eventually",
    "this is so cozy I love it",
    "stardew 1.6 changed everything for me",
    "new grad here 2 years ago, it gets better I promise",
    "the blue shell is a personal attack",
    "ours goes to service at 10 and choir at 9, long sundays lol",
    "make sure you eat before your shift, seriously",
    "I have 200 hours in this game and I still forget to water",
    "omg I need this build",
    "the pyxis at my hospital is from 2009",
    "fasting and working is hard, drink water at the break",
    "happy home paradise is worth it for decorating",
    "as someone who grew up on jollof, this recipe is close",
    "respectfully, texas suya is not it",
    "this sub keeps me sane",
    "the fish pond roe money is slow but steady",
    "thank you all, the fast went well 🙌🏾",
    "I do nights sometimes and coffee doesn't even work anymore",
    "patience is my charge nurse's actual name and yes she has it",
    "co-op with my best friend this weekend, wish us luck",
    "that's a great tip, thanks!",
    "beautiful. praise God",
    "my villagers all moved out while I was gone 😭",
    "this game fixed my sleep schedule (it did not)",
    "mario kart at 11pm after a 12 is chaos",
]
MESSAGES = [
    ("2024-09-22 03:10:44", "pixelpeach_gg", REDDIT_USER, "co-op?", "saw your greenhouse post, want to do a co-op farm sometime? I'm EST too"),
    ("2024-09-22 13:02:11", REDDIT_USER, "pixelpeach_gg", "re: co-op?", "yes!! I'm off thursdays and sundays after church. switch or pc?"),
    ("2024-09-22 14:30:09", "pixelpeach_gg", REDDIT_USER, "re: co-op?", "switch! adding you tonight"),
    ("2024-10-15 12:44:57", "ATLcozygamer", REDDIT_USER, "cozy gamers meetup", "we do a cozy games night at a cafe in decatur once a month, you should come"),
    ("2024-10-16 01:08:30", REDDIT_USER, "ATLcozygamer", "re: cozy gamers meetup", "that sounds so fun, my schedule is chaos but I'll try the november one"),
    ("2024-11-20 02:15:00", REDDIT_USER, "pixelpeach_gg", "thanksgiving", "I'm in houston next week so no farming lol. happy thanksgiving!"),
    ("2024-11-20 02:40:18", "pixelpeach_gg", REDDIT_USER, "re: thanksgiving", "enjoy!! I'll water your crops"),
]


def reddit_files(rng):
    def ip():
        return "%s.%d" % (rng.choice(["203.0.113", "198.51.100"]), rng.randrange(2, 250))

    def b36(n):
        a = "0123456789abcdefghijklmnopqrstuvwxyz"
        s = ""
        while n:
            n, r = divmod(n, 36)
            s = a[r] + s
        return s

    files = {}
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"])
    post_ids = []
    for i, (d, sub, title, body) in enumerate(POSTS):
        pid = b36(2700000000 + 1370000 * i + rng.randrange(99999))
        post_ids.append((pid, sub))
        slug = "_".join("".join(c for c in title.lower() if c.isalnum() or c == " ").split()[:8])
        url = "https://www.reddit.com/r/%s/comments/%s/%s/" % (sub, pid, slug)
        w.writerow([pid, url, d + " UTC", ip(), sub, "0", title, url, body])
    files["reddit/posts.csv"] = buf.getvalue().encode("utf-8")

    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"])
    base = datetime(2024, 9, 15, 12, 0, 0, tzinfo=UTC)
    for i, body in enumerate(COMMENTS):
        pid, sub = post_ids[i % len(post_ids)] if i % 3 == 0 else (b36(2700000000 + rng.randrange(10 ** 7)), rng.choice(
            ["StardewValley", "nursing", "NintendoSwitch", "TrueChristian", "animalcrossing", "zelda", "Atlanta"]))
        cid = b36(60000000000 + rng.randrange(10 ** 9))
        dt = base + timedelta(minutes=int(i * (91 * 24 * 60) / len(COMMENTS)) + rng.randrange(600))
        # keep comments out of her sleep window (22:30-05:45 local)
        loc = dt.astimezone(TZ)
        if loc.hour >= 23 or loc.hour < 6:
            dt = dt + timedelta(hours=8)
        link = "https://www.reddit.com/r/%s/comments/%s/" % (sub, pid)
        w.writerow([cid, link + "comment/%s/" % cid, dt.strftime("%Y-%m-%d %H:%M:%S UTC"), ip(), sub, "0", link,
                    "t3_" + pid, body, ""])
    files["reddit/comments.csv"] = b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")

    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"])
    threads = {}
    for d, frm, to, subj, body in MESSAGES:
        mid = b36(2400000000 + rng.randrange(10 ** 8))
        key = subj.replace("re: ", "")
        threads.setdefault(key, mid)
        w.writerow([mid, "https://www.reddit.com/message/messages/%s" % mid, threads[key], d + " UTC",
                    ip() if frm == REDDIT_USER else "", frm, to, subj, body])
    files["reddit/messages.csv"] = buf.getvalue().encode("utf-8")
    return files


# ------------------------------------------------------------------ location
HOU = ZoneInfo("America/Chicago")
PLACES = {
    "home": {"lat": 33.728200, "lon": -84.351500, "pid": "ChIJ5wP0x3kE9YgRb3v8m2n1k0Q", "ios_type": "Home"},
    "work": {"lat": 33.792500, "lon": -84.322100, "pid": "ChIJa7c2k9QG9YgR1m0n9b8v7c6", "ios_type": "Work"},
    "church": {"lat": 33.719800, "lon": -84.265300, "pid": "ChIJw2e3r4t5BfUR6y7u8i9o0p1"},
    "marcus": {"lat": 33.761200, "lon": -84.408500, "pid": "ChIJm8n7b6v5A_UR4c3x2z1l0k9"},
    "kroger": {"lat": 33.734000, "lon": -84.349000, "pid": "ChIJk1r2o3g4BfUR5e6r7t8y9u0"},
    "siobhan": {"lat": 33.781000, "lon": -84.368000, "pid": "ChIJs1o2b3h4A_UR5a6n7k8e9y0"},
    "atl": {"lat": 33.640700, "lon": -84.427700, "pid": "ChIJ5b0Lg3oE9YgR7m9oL8s2gC4"},
    "hobby": {"lat": 29.645400, "lon": -95.278900, "pid": "ChIJh0b1b2y3QEaR4p5o6r7t8u9", "tz": HOU},
    "mummy": {"lat": 29.652000, "lon": -95.483000, "pid": "ChIJm0u1m2m3QEaR4y5h6o7u8s9", "tz": HOU},
}
TRIP = (date(2024, 11, 27), date(2024, 12, 1))


def work_days(rng):
    days = set()
    d = START - timedelta(days=START.weekday())
    while d <= END:
        wk = [d + timedelta(days=i) for i in range(6)]  # Mon..Sat
        for x in rng.sample(wk, 3):
            days.add(x)
        d += timedelta(days=7)
    # fasting week (Oct 14-18): three shifts, as she says in chat
    for x in (date(2024, 10, 14), date(2024, 10, 16), date(2024, 10, 18)):
        days.add(x)
    return {x for x in days if not (TRIP[0] <= x <= TRIP[1])}


def day_fn_factory(rng):
    wd = work_days(rng)

    def at(d, h, m):
        return datetime(d.year, d.month, d.day, h, m, rng.randrange(60))

    def day_fn(d):
        if d == TRIP[0]:
            return [("home", at(d, 0, 0), at(d, 4, 35)), ("atl", at(d, 5, 5), at(d, 6, 5)),
                    ("hobby", at(d, 7, 48), at(d, 8, 10)), ("mummy", at(d, 8, 55), at(d, 23, 59))]
        if TRIP[0] < d < TRIP[1]:
            return [("mummy", at(d, 0, 0), at(d, 23, 59))]
        if d == TRIP[1]:
            return [("mummy", at(d, 0, 0), at(d, 9, 40)), ("hobby", at(d, 10, 25), at(d, 11, 30)),
                    ("atl", at(d, 14, 5), at(d, 14, 35)), ("home", at(d, 15, 20), at(d, 23, 59))]
        out = []
        if d in wd:
            out.append(("home", at(d, 0, 0), at(d, 6, 5 + rng.randrange(15))))
            out.append(("work", at(d, 6, 40), at(d, 19, 30 + rng.randrange(20))))
            out.append(("home", at(d, 20, 10 + rng.randrange(20)), at(d, 23, 59)))
            return out
        if d.weekday() == 6:
            out.append(("home", at(d, 0, 0), at(d, 9, 0)))
            out.append(("church", at(d, 9, 25), at(d, 13, 5 + rng.randrange(20))))
            if rng.random() < 0.5:
                out.append(("marcus", at(d, 14, 0), at(d, 19, 30)))
            out.append(("home", at(d, 20, 15), at(d, 23, 59)))
            return out
        out.append(("home", at(d, 0, 0), at(d, 10, 20 + rng.randrange(30))))
        if rng.random() < 0.5:
            out.append(("kroger", at(d, 11, 10), at(d, 11, 50)))
        if d.weekday() == 3:
            out.append(("church", at(d, 18, 45), at(d, 21, 0)))
            out.append(("home", at(d, 21, 30), at(d, 23, 59)))
            return out
        r = rng.random()
        if r < 0.35:
            out.append(("marcus", at(d, 17, 30), at(d, 21, 30)))
        elif r < 0.45:
            out.append(("siobhan", at(d, 13, 30), at(d, 16, 0)))
        out.append(("home", at(d, 22, 0), at(d, 23, 59)))
        return out
    return day_fn


def write_location(files):
    rng = make_rng(PID, "loc")
    days = [START + timedelta(days=i) for i in range((END - START).days + 1)]
    items = simulate(rng, days, day_fn_factory(rng), PLACES, TZ)
    files["location-history.json"] = ios_location_history(items, PLACES, make_rng(PID, "ios"))


def build():
    files = {}
    planted = Planted()
    chats = build_chats()
    titles = write_whatsapp(files, planted, chats)

    data, n_pp, pp_emails, pp_names = paypal(make_rng(PID, "paypal"))
    fp = "paypal/Download.CSV"
    files[fp] = data
    planted.add(fp, "EMAIL_ADDRESS", ME_EMAIL)
    planted.add(fp, "PERSON", "Folasade Adeyemi")
    planted.add(fp, "LOCATION", "1187 Larchmont Ridge Dr SE, Apt 4B, Atlanta, GA 30316")
    planted.add(fp, "PHONE_NUMBER", "+1 404-555-0137")
    for e in sorted(pp_emails):
        planted.add(fp, "EMAIL_ADDRESS", e)
    for n in sorted(pp_names):
        if n in FULL_NAMES:
            planted.add(fp, "PERSON", n)
    planted.add(fp, "PERSON", "Marisol")

    rfiles = reddit_files(make_rng(PID, "reddit"))
    files.update(rfiles)
    planted.add("reddit/messages.csv", "USERNAME", REDDIT_USER)
    planted.add("reddit/messages.csv", "USERNAME", "pixelpeach_gg")
    planted.add("reddit/messages.csv", "USERNAME", "ATLcozygamer")
    planted.add("reddit/comments.csv", "PERSON", "patience")

    write_location(files)

    by_title = {titles[k]: v for k, v in chats.items()}
    facts = {
        "home": {"lat": PLACES["home"]["lat"], "lon": PLACES["home"]["lon"], "radius_m": 300,
                 "address": "1187 Larchmont Ridge Dr SE, Apt 4B, Atlanta, GA 30316", "city": "Atlanta"},
        "work": {"lat": PLACES["work"]["lat"], "lon": PLACES["work"]["lon"], "radius_m": 300,
                 "employer": "Midtown Crescent Health (Midtown Crescent Hospital, 5 South med-surg)"},
        "sleep_window": {"start": "22:30", "end": "05:45", "tolerance_min": 60},
        "top_contacts": count_top(by_title),
        "relationships": [
            {"name": "Marcus 💛", "relationship": "partner", "full_name": "Marcus Whitaker"},
            {"name": "Mummy", "relationship": "mother", "full_name": "Abosede Adeyemi"},
            {"name": "Tunde", "relationship": "brother", "full_name": "Babatunde Adeyemi"},
            {"name": "Priya Work", "relationship": "colleague", "full_name": "Priya Raghunathan"},
            {"name": "Siobhan", "relationship": "close_friend", "full_name": "Siobhan Keane"},
        ],
        "religion": {"value": "Christian", "evidence": "Pentecostal church: choir, Sunday service, church fast week, tithes via PayPal, prayer request on r/TrueChristian"},
        "health": {"value": False, "distractor": "mother's diabetes and blood pressure, Marcus's ankle, Priya calls out sick, patients at work"},
        "politics": {"value": False, "distractor": "Uncle Femi's rants in the family group; user asks to keep politics off the group"},
        "financial_stress": {"value": False, "distractor": "brother Tunde short of money and borrowing $300 (repaid)"},
        "gambling": {"value": False, "distractor": "brother Tunde's sports-betting parlays; user tells him to stop"},
        "gaming": {"value": True, "evidence": "Stardew Valley co-op, Zelda: Echoes of Wisdom, Mario Kart, Animal Crossing; Nintendo eShop/Steam purchases; gaming subreddits"},
        "salary": {"amount": "2386.41", "currency": "USD", "payer": "MIDTOWN CRESCENT HEALTH PAYROLL", "period": "biweekly"},
        "risky_contact": {"name": "Uncle Femi", "full_name": "Oluwafemi Adeyemi",
                          "why": "posts %d distinct angry political messages in the family group" % len(S.FEMI_RANTS)},
    }
    gt = {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": "Folasade \"Sade\" Adeyemi, 34, registered nurse on a med-surg unit in Atlanta; Nigerian (Yoruba) "
                       "family in Houston, boyfriend Marcus, colleague Priya, friend Siobhan. WhatsApp iOS exports (US "
                       "locale, U+202F before AM/PM, CRLF), PayPal activity CSV, Reddit data request CSVs, Google Maps "
                       "iOS location-history.json.",
        "timezone": "America/New_York",
        "user": USER,
        "pii": planted.items,
        "facts": facts,
    }
    stats = {"messages": {titles[k]: len(v) for k, v in chats.items()},
             "payments": {"paypal": n_pp}, "rants": len(S.FEMI_RANTS),
             "reddit": {"posts": len(POSTS), "comments": len(COMMENTS), "messages": len(MESSAGES)}}
    return files, gt, stats
