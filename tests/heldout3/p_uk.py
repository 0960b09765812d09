"""enuk5_birmingham: Imran Qureshi, night-shift warehouse worker in Birmingham."""
import csv
import datetime as dt
import io
import json
from common import Engine, Chat, combos, luhn_complete, iban_gb, nhs_number, top_contacts, fb_dump, UTC

PID = "enuk5_birmingham"
TZ = "Europe/London"
U = "Imran Qureshi"
HOME = (52.45712, -1.87034)
WORK = (52.50688, -1.79631)
HOME_ADDR = "Flat 3B, 112 Ladypool Road, Sparkbrook, Birmingham B12 8JU"
EMPLOYER = "Midlands Parcel Hub Ltd"
SALARY = "487.62"
NHS = nhs_number("485777345")
IBAN = iban_gb("REVO", "040075", "41926375")
CARD = luhn_complete("492917648203551")
WA = {"Mum ❤️": "Mum ❤️", "Zara": "Zara 💕", "Dan (work)": "Dan (work)"}
GROUP = "Sparkhill Lads ⚽"
GM = ["Gaz", "Bilal", "Tariq Cuz", "Kash"]
IG_FRIEND = "Kash Mahmood"
PH = [("image", "\u200eimage omitted"), ("sticker", "\u200esticker omitted"), ("voice", "\u200eaudio omitted"),
      ("image", "\u200eimage omitted")]


def pools():
    return {
        "Mum ❤️": {
            U: ["Salaam mum", "just finished shift, heading home", "yeah ate at work", "ok mum", "love you x", "will come sunday inshallah",
                "dont worry bout me", "im fine honestly", "tell dad i said salaam", "on my way", "knackered mum", "lol",
                "yes mum", "did u get the shopping", "ill sort it", "how's your knee", "going jummah with Tariq", "ameen"],
            "Mum ❤️": ["Salaam beta", "Have you eaten", "Did you pray?", "Come for dinner sunday, making biryani", "Ok beta",
                       "Drive safe its icy", "Call me when you wake up", "Jazakallah", "Your dad is asking about you",
                       "Khala is coming saturday", "Dont stay up all day on that phone", "Love you beta x", "Inshallah",
                       "Are you sleeping enough", "The doctor says my knee needs more physio", "Ameen", "ok", "👍"],
        },
        "Zara": {
            U: ["morning babe, just off shift", "miss u", "haha", "u ok?", "love u", "sorry was asleep", "😂😂😂", "what u saying",
                "ill pick u up at 6", "cant wait", "bless", "got paid finally", "nando's?", "yeah go on then", "night babe x",
                "omg", "you're mad", "shift was long man", "soz", "🥺", "on my way now"],
            "Zara": ["heyyy", "you awake yet?", "😂😂", "miss youuu", "babe", "what time u up", "lol stop", "love you x",
                     "did u eat", "ugh work was so long", "omg guess what", "are we still on for saturday", "🙄", "ok fine",
                     "text me when you're home", "my mum says hi", "you owe me a dinner 😤", "wear the black shirt", "xx"],
        },
        "Dan (work)": {
            U: ["u in tonight?", "on my way, traffic on the A45 is shocking", "cheers mate", "yeah no worries", "covering bay 4?",
                "ill swap ya", "lol", "gaffer on one again", "sound", "see u at 9", "cheers for the lift"],
            "Dan (work)": ["alright mate", "in tonight?", "can u swap thurs", "team leader's on the warpath", "sound", "ta",
                           "bay 4 again lol", "OT going on sat if u want it", "my back is killing me", "see ya in a bit", "👍"],
        },
        "group": {
            "*": ["lads", "😂😂😂", "who's about saturday", "5 a side thurs?", "in", "cant this week", "villa were shocking",
                  "bruv", "deffo", "haha", "calm", "shut up man", "who's driving", "wagwan", "not me", "👀", "lmao"],
            U: ["on nights this week", "im in", "😂😂", "villa till i die", "cant, working", "who's got the ball"],
        },
    }


def political(rng):
    a = ["Westminster", "this useless government", "the council", "every single MP", "the Tories AND Labour",
         "the chancellor", "these career politicians", "the lot of them in Parliament", "Birmingham council"]
    b = [" is robbing us blind", " couldn't care less about working people", " raise council tax again while bins pile up",
         " lied about the NHS again", " are bankrupting the city", " take us for mugs", " line their own pockets",
         " wouldn't last a day on minimum wage"]
    c = [" absolute disgrace!!", " 😡😡", " wake up people", " im sick of it", " vote em all out", " rotten to the core",
         " NOBODY is holding them to account", " mark my words"]
    return combos(rng, [a, b, c], 86)


def build():
    e = Engine(7202, TZ, U, dt.date(2025, 9, 1), dt.date(2026, 1, 15), ("08:30", "15:30"))
    e.suffixes = [" 😂", " lol", " x", " 🙏", " innit", "!!", " haha", " 🤣", " fr", " tbf", " 💀", " ngl", "?"]
    rng = e.rng
    P = pools()
    chats = {t: Chat(t, "dm", [t]) for t in WA}
    ig = Chat(IG_FRIEND, "dm", [IG_FRIEND])
    grp = Chat(GROUP, "group", GM)
    targets = {"Zara": 700, "Mum ❤️": 380, "Dan (work)": 220}
    for day in e.days():
        for t, tgt in targets.items():
            if rng.random() < tgt / 137 / 6:
                mn = e.awake_minute(16 * 60, 23 * 60) if t == "Mum ❤️" else None  # Mum writes in the afternoon/evening
                e.session(chats[t], day, {U: P[t][U], t: P[t][t]}, rng.randint(3, 10), minute=mn, placeholders=PH)
        if rng.random() < 0.5:
            e.session(grp, day, P["group"], rng.randint(2, 7), placeholders=PH)
        if rng.random() < 0.3:
            e.session(ig, day, {U: ["haha", "bro 😂", "this is me fr", "deffo", "lmaooo", "nah", "mad", "who is that"],
                                IG_FRIEND: ["😂😂😂", "this is u", "bro look", "lmao", "u seen this?", "dead", "fr"]},
                      rng.randint(2, 6), placeholders=[("share", "shared a reel")])
    days = list(e.days())
    for i, txt in enumerate(political(rng)):
        e.plant(grp, days[(i * 5 + 2) % len(days)], f"{rng.randint(16, 23):02d}:{rng.randint(0, 59):02d}", "Gaz", txt)
    for i in range(10):
        e.plant(grp, days[(i * 13 + 4) % len(days)], "19:12", rng.choice(["Bilal", "Kash"]),
                rng.choice(["Gaz mate not again", "here we go 🙄", "Gaz calm down lol", "save it for facebook gaz"]))
    D = lambda y, m, d: dt.date(y, m, d)
    mum, z, dan = chats["Mum ❤️"], chats["Zara"], chats["Dan (work)"]
    e.plant(mum, D(2025, 9, 5), "16:10", "Mum ❤️", "Beta the GP form needs your NHS number")
    e.plant(mum, D(2025, 9, 5), "16:40", U, f"{NHS[:3]} {NHS[3:6]} {NHS[6:]}")
    e.plant(mum, D(2025, 9, 12), "17:05", U, "going jummah at Green Lane then straight to sleep before shift")
    e.plant(mum, D(2025, 10, 3), "16:20", U, "prayed fajr at the mosque after shift today, felt good")
    e.plant(mum, D(2025, 10, 20), "18:02", "Mum ❤️", "Your auntie Shazia has been diagnosed with type 2 diabetes, pray for her")
    e.plant(mum, D(2025, 11, 2), "17:30", "Mum ❤️", "This is my new number 07700 900631 save it beta")
    e.plant(mum, D(2025, 12, 1), "16:45", U, "mum can u lend me 200 till friday, rent is due and im short again")
    e.plant(mum, D(2025, 12, 1), "16:52", "Mum ❤️", "Again Imran? Ok sending it, please stop with that betting app")
    e.plant(z, D(2025, 9, 20), "17:15", "Zara", "send me your passport number for the booking")
    e.plant(z, D(2025, 9, 20), "17:22", U, "533480129 expires 2031")
    e.plant(z, D(2025, 10, 11), "19:40", U, "lost 80 on the acca last night, one leg let me down 😩")
    e.plant(z, D(2025, 10, 11), "19:44", "Zara", "Imran you said you'd stop gambling")
    e.plant(z, D(2025, 11, 8), "18:05", U, "dont pay me back to paypal, do a bank transfer " + IBAN)
    e.plant(z, D(2025, 11, 22), "20:10", U, "overdraft maxed again, klarna chasing me too. skint till friday")
    e.plant(z, D(2025, 12, 13), "17:01", U, "put £50 on the boxing, feeling lucky 🤞")
    e.plant(z, D(2025, 12, 19), "16:30", "Zara", "my cousin got a ps5 for his birthday, hes been on fortnite 12 hours lol")
    e.plant(dan, D(2025, 9, 8), "20:30", "Dan (work)", "HR want ur NI number for the new contract, send it me and ill pass it on")
    e.plant(dan, D(2025, 9, 8), "20:41", U, "JT 48 21 93 C")
    e.plant(dan, D(2025, 9, 16), "19:20", U, "new number btw +44 7700 900482, old one got cut off")
    e.plant(dan, D(2025, 9, 25), "19:50", "Dan (work)", "im parked in the staff car park, silver astra FN68 RZK")
    e.plant(dan, D(2025, 10, 30), "20:05", "Dan (work)", "cheers mate. Daniel Whitmore | Shift Lead | Midlands Parcel Hub | 07700 900214")
    e.plant(dan, D(2025, 11, 14), "20:15", "Dan (work)", "Kev from goods-in has been off with depression, keep it to yourself")
    for k, d in enumerate(days[3::17]):
        e.plant(z, d, "21:05", U, f"\u200eLocation: https://maps.google.com/?q={WORK[0] + (k % 3) * 0.0001:.6f},{WORK[1]:.6f}", "location")
    for k, d in enumerate(days[9::23]):
        e.plant(mum, d, "07:10", U, f"\u200eLocation: https://maps.google.com/?q={HOME[0]:.6f},{HOME[1] - (k % 3) * 0.0001:.6f}", "location")
    e.plant(ig, D(2025, 10, 6), "18:30", IG_FRIEND, "bro whats ur email, ill send the tickets")
    e.plant(ig, D(2025, 10, 6), "18:33", U, "immy.qureshi@example.com")
    e.plant(ig, D(2025, 10, 6), "18:35", IG_FRIEND, "sent. text me 07700 900377 if it dont come through")
    e.plant(ig, D(2025, 11, 1), "19:00", U, "ur card details for the deposit? ill pay u back")
    e.plant(ig, D(2025, 11, 1), "19:04", IG_FRIEND, f"{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]} dont go mad with it 😂")
    for c in list(chats.values()) + [ig, grp]:
        c.sort()
    return e, chats, ig, grp


def wa_ios(e, chat):
    out = [f"[{e.start:%d/%m/%Y}, 00:00:01] {chat.title if chat.kind == 'group' else WA[chat.title]}: \u200eMessages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them."]
    if chat.kind == "group":
        out.append(f"[{e.start:%d/%m/%Y}, 00:00:02] {GROUP}: \u200eTariq Cuz added you")
    for m in chat.msgs:
        l = m.ts.astimezone(e.tz)
        who = m.sender if m.sender == U or chat.kind == "group" else WA[chat.title]
        pre = "\u200e" if m.kind != "text" else ""
        out.append(f"{pre}[{l:%d/%m/%Y, %H:%M:%S}] {who}: {m.text}")
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def instagram(e, chat):
    msgs = []
    for m in sorted(chat.msgs, key=lambda m: m.ts, reverse=True):
        d = {"sender_name": U if m.sender == U else IG_FRIEND, "timestamp_ms": int(m.ts.timestamp() * 1000)}
        if m.kind == "share":
            d["share"] = {"link": "https://www.instagram.com/reel/C" + str(abs(int(m.ts.timestamp())) % 10**9) + "/"}
        else:
            d["content"] = m.text
        d["is_geoblocked_for_viewer"] = False
        msgs.append(d)
    obj = {"participants": [{"name": IG_FRIEND}, {"name": U}], "messages": msgs, "title": IG_FRIEND,
           "is_still_participant": True, "thread_path": "inbox/kashmahmood_1180273645", "magic_words": []}
    return fb_dump(obj).encode("utf-8")


def revolut(e):
    rng = e.rng
    rows = []
    bal = 912.40
    d = e.start
    while d <= e.end:
        def add(typ, hhmm, desc, amt, state="COMPLETED"):
            nonlocal bal
            s = dt.datetime(d.year, d.month, d.day, int(hhmm[:2]), int(hhmm[3:]), rng.randrange(60))
            if state == "COMPLETED":
                bal += amt
            rows.append([typ, "Current", f"{s:%Y-%m-%d %H:%M:%S}", f"{s + dt.timedelta(seconds=rng.randint(1, 90)):%Y-%m-%d %H:%M:%S}" if state == "COMPLETED" else "",
                         desc, f"{amt:.2f}", "0.00", "GBP", state, f"{bal:.2f}" if state == "COMPLETED" else ""])
        if d.weekday() == 4:
            add("TRANSFER", "06:02", f"Payment from {EMPLOYER}", float(SALARY))
        if rng.random() < 0.5:
            add("CARD_PAYMENT", f"{rng.choice([16, 18, 20, 22]):02d}:{rng.randint(10, 59)}", rng.choice(["Tesco Stores 2281", "Greggs", "Shell Coventry Rd", "Uber Eats", "Lidl", "Costa Coffee"]), -round(rng.uniform(2.5, 38), 2))
        if d.weekday() in (4, 5) and rng.random() < 0.7:
            add("CARD_PAYMENT", f"{rng.choice([17, 19, 21]):02d}:{rng.randint(10, 59)}", "QuickBet UK", -float(rng.choice([10, 20, 25, 50])))
        if rng.random() < 0.05:
            add("CARD_PAYMENT", "18:44", "QuickBet UK", round(rng.uniform(30, 140), 2))
        if d.day == 1:
            add("TRANSFER", "17:00", "To Ladypool Lettings", -650.00)
        if d.day == 14 and d.month in (10, 11, 12):
            add("TRANSFER", "19:30", "Payment from Zara Hussain", 60.00)
        if d.day == 1 and d.month == 12:
            add("TRANSFER", "16:55", "Payment from Nasreen Qureshi", 200.00)
        if d.day == 20:
            add("CARD_PAYMENT", "10:00", "Klarna", -45.99, "PENDING")
        d += dt.timedelta(days=1)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow("Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance".split(","))
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def paypal(e):
    rng = e.rng
    rows = []
    items = [("eBay UK", "Express Checkout Payment", "immy.qureshi@example.com", "payments@ebay.example.com"),
             ("Nasreen Qureshi", "General Payment", "immy.qureshi@example.com", "nasreen.q@example.net"),
             ("QuickBet UK", "Express Checkout Payment", "immy.qureshi@example.com", "deposits@quickbet.example.com"),
             ("Zara Hussain", "General Payment", "zara.h@example.org", "immy.qureshi@example.com"),
             ("JD Sports", "Express Checkout Payment", "immy.qureshi@example.com", "shop@jd.example.com")]
    bal = 40.0
    d = e.start
    n = 0
    while d <= e.end:
        if rng.random() < 0.18:
            name, typ, fr, to = rng.choice(items)
            amt = round(rng.uniform(8, 70), 2) * (1 if to == "immy.qureshi@example.com" else -1)
            bal += amt
            l = dt.datetime(d.year, d.month, d.day, rng.choice([16, 18, 20, 22]), rng.randrange(60), rng.randrange(60))
            tz = "BST" if dt.date(2025, 3, 30) <= d < dt.date(2025, 10, 26) else "GMT"
            n += 1
            rows.append([f"{d:%d/%m/%Y}", f"{l:%H:%M:%S}", tz, name, typ, "Completed", "GBP", f"{amt:.2f}", "0.00", f"{amt:.2f}",
                         fr, to, f"{(n * 7919 + 3) % 10**9:09d}{'ABCDEFGH'[n % 8]}{n:07d}"[:17], f"{bal:.2f}"])
        d += dt.timedelta(days=1)
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee", "Net",
                "From Email Address", "To Email Address", "Transaction ID", "Balance"])
    w.writerows(rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def tweets(e):
    rng = e.rng
    texts = ["night shift again, 4 more to go", "Villa 2-1, get in!! 🦁", "Sparkhill at 7am hits different after a night shift",
             "who else is up at 3am scanning parcels", "proper cold in Brum today", "jummah mubarak everyone",
             "@AVFCOfficial what a performance", "need sleep more than i need money and i need money BAD",
             "the 11 bus never comes when you need it", "clocks went back, extra hour on shift, brilliant",
             "Ladypool Road food >> anywhere else", "rain rain rain", "finally payday", "lost my acca by one leg AGAIN"]
    out = []
    d = e.start
    i = 0
    while d <= e.end:
        if rng.random() < 0.25:
            t = dt.datetime(d.year, d.month, d.day, rng.choice([16, 17, 19, 22, 23]), rng.randrange(60), tzinfo=e.tz).astimezone(UTC)
            i += 1
            txt = texts[i % len(texts)]
            out.append({"tweet": {"edit_info": {"initial": {"editTweetIds": [str(19600000000000000 + i * 7919)], "editableUntil": "", "editsRemaining": "5", "isEditEligible": True}},
                                  "retweeted": False, "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
                                  "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
                                  "display_text_range": ["0", str(len(txt))], "favorite_count": str(rng.randint(0, 9)),
                                  "id_str": str(19600000000000000 + i * 7919), "truncated": False, "retweet_count": "0",
                                  "id": str(19600000000000000 + i * 7919), "created_at": t.strftime("%a %b %d %H:%M:%S +0000 %Y"),
                                  "favorited": False, "full_text": txt, "lang": "en"}})
        d += dt.timedelta(days=1)
    out.reverse()
    return ("window.YTD.tweets.part0 = " + json.dumps(out, indent=2, ensure_ascii=False)).encode("utf-8")


def account_js():
    a = [{"account": {"email": "immy.qureshi@example.com", "createdVia": "web", "username": "immy_q_brum",
                      "accountId": "1298765432101234567", "createdAt": "2020-05-02T19:11:04.000Z", "accountDisplayName": "Immy"}}]
    return ("window.YTD.account.part0 = " + json.dumps(a, indent=2)).encode("utf-8")


def timeline(e):
    segs = []
    fmt = lambda t: t.astimezone(e.tz).isoformat(timespec="milliseconds")
    off = lambda t: int(t.astimezone(e.tz).utcoffset().total_seconds() // 60)
    pt = lambda p: f"{p[0]:.7f}°, {p[1]:.7f}°"
    rng = e.rng
    prev_end = None
    for day in e.days():
        if day.weekday() in (5, 6):
            continue  # off on weekends: no work visit
        a = e.local(day, 21 * 60 + rng.randint(0, 20))
        b = e.local(day + dt.timedelta(days=1), 6 * 60 + rng.randint(0, 25))
        if prev_end:
            segs.append({"startTime": fmt(prev_end), "endTime": fmt(a - dt.timedelta(minutes=25)),
                         "startTimeTimezoneUtcOffsetMinutes": off(prev_end), "endTimeTimezoneUtcOffsetMinutes": off(a),
                         "visit": {"hierarchyLevel": 0, "probability": 0.9,
                                   "topCandidate": {"placeId": "ChIJh0m3Sparkbrook112LadyRd", "semanticType": "HOME", "probability": 0.93,
                                                    "placeLocation": {"latLng": pt((HOME[0] + rng.uniform(-1e-4, 1e-4), HOME[1]))}}}})
        s0 = a - dt.timedelta(minutes=25)
        path = [{"point": pt((HOME[0] + (WORK[0] - HOME[0]) * k / 4, HOME[1] + (WORK[1] - HOME[1]) * k / 4)),
                 "time": fmt(s0 + dt.timedelta(minutes=6 * k))} for k in range(5)]
        segs.append({"startTime": fmt(s0), "endTime": fmt(a), "startTimeTimezoneUtcOffsetMinutes": off(s0),
                     "endTimeTimezoneUtcOffsetMinutes": off(a),
                     "activity": {"start": {"latLng": pt(HOME)}, "end": {"latLng": pt(WORK)}, "distanceMeters": 7240.5,
                                  "topCandidate": {"type": "IN_PASSENGER_VEHICLE", "probability": 0.88}}})
        segs.append({"startTime": fmt(s0), "endTime": fmt(a), "timelinePath": path})
        segs.append({"startTime": fmt(a), "endTime": fmt(b), "startTimeTimezoneUtcOffsetMinutes": off(a),
                     "endTimeTimezoneUtcOffsetMinutes": off(b),
                     "visit": {"hierarchyLevel": 0, "probability": 0.88,
                               "topCandidate": {"placeId": "ChIJw0rkMPHCastleBromwich", "semanticType": "WORK", "probability": 0.9,
                                                "placeLocation": {"latLng": pt((WORK[0], WORK[1] + rng.uniform(-1e-4, 1e-4)))}}}})
        prev_end = b + dt.timedelta(minutes=28)
    obj = {"semanticSegments": segs, "rawSignals": [],
           "userLocationProfile": {"frequentPlaces": [{"placeId": "ChIJh0m3Sparkbrook112LadyRd", "placeLocation": pt(HOME), "label": "HOME"},
                                                      {"placeId": "ChIJw0rkMPHCastleBromwich", "placeLocation": pt(WORK), "label": "WORK"}],
                                   "persona": {"travelModeAffinities": [{"mode": "IN_PASSENGER_VEHICLE", "affinity": 0.71}]}}}
    return json.dumps(obj, indent=2, ensure_ascii=False).encode("utf-8")


def write(root):
    e, chats, ig, grp = build()
    files = {}
    for t, c in chats.items():
        files[f"whatsapp/WhatsApp Chat - {WA[t]}/_chat.txt"] = wa_ios(e, c)
    files[f"whatsapp/WhatsApp Chat - {GROUP}/_chat.txt"] = wa_ios(e, grp)
    IGP = "instagram/your_instagram_activity/messages/inbox/kashmahmood_1180273645/message_1.json"
    files[IGP] = instagram(e, ig)
    files["revolut/account-statement_2025-09-01_2026-01-15_en-gb_3f9a1c.csv"] = revolut(e)
    files["paypal/Download.CSV"] = paypal(e)
    files["twitter/data/tweets.js"] = tweets(e)
    files["twitter/data/account.js"] = account_js()
    files["google/Timeline.json"] = timeline(e)
    for p, b in files.items():
        f = root / p
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(b)
    W = lambda t: f"whatsapp/WhatsApp Chat - {t}/_chat.txt"
    pii = [
        (W("Mum ❤️"), "UK_NHS", f"{NHS[:3]} {NHS[3:6]} {NHS[6:]}"),
        (W("Mum ❤️"), "PHONE_NUMBER", "07700 900631"),
        (W("Mum ❤️"), "PERSON", "Imran"),
        (W("Zara 💕"), "UK_PASSPORT", "533480129"),
        (W("Zara 💕"), "IBAN_CODE", IBAN),
        (W("Dan (work)"), "UK_NINO", "JT 48 21 93 C"),
        (W("Dan (work)"), "LICENSE_PLATE", "FN68 RZK"),
        (W("Dan (work)"), "PERSON", "Daniel Whitmore"),
        (W("Dan (work)"), "PHONE_NUMBER", "07700 900214"),
        (W("Dan (work)"), "LOCATION", "A45"),
        (W("Dan (work)"), "PHONE_NUMBER", "+44 7700 900482"),
        (W("Mum ❤️"), "LOCATION", "Green Lane"),
        (W("Zara 💕"), "URL", f"https://maps.google.com/?q={WORK[0]:.6f},{WORK[1]:.6f}"),
        (IGP, "EMAIL_ADDRESS", "immy.qureshi@example.com"),
        (IGP, "PHONE_NUMBER", "07700 900377"),
        (IGP, "CREDIT_CARD", f"{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}"),
        (IGP, "PERSON", IG_FRIEND),
        ("revolut/account-statement_2025-09-01_2026-01-15_en-gb_3f9a1c.csv", "PERSON", "Zara Hussain"),
        ("revolut/account-statement_2025-09-01_2026-01-15_en-gb_3f9a1c.csv", "PERSON", "Nasreen Qureshi"),
        ("paypal/Download.CSV", "EMAIL_ADDRESS", "immy.qureshi@example.com"),
        ("paypal/Download.CSV", "EMAIL_ADDRESS", "nasreen.q@example.net"),
        ("paypal/Download.CSV", "EMAIL_ADDRESS", "zara.h@example.org"),
        ("twitter/data/account.js", "EMAIL_ADDRESS", "immy.qureshi@example.com"),
        ("twitter/data/account.js", "USERNAME", "immy_q_brum"),
        ("twitter/data/tweets.js", "LOCATION", "Sparkhill"),
        ("twitter/data/tweets.js", "LOCATION", "Ladypool Road"),
    ]
    dm = list(chats.values()) + [ig]
    for c in chats.values():
        c.title = WA[c.title]
    tc = top_contacts(dm, U)
    gt = {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": "Imran Qureshi, 27, night-shift warehouse operative in Birmingham (works ~21:30-06:00, sleeps in the day); practising Muslim, sports betting, money trouble.",
        "timezone": TZ,
        "user": {"names": [U, "Immy"], "phones": ["+44 7700 900482"], "emails": ["immy.qureshi@example.com"], "handles": ["immy_q_brum"]},
        "pii": [{"file": f, "entity_type": t, "value": v} for f, t, v in pii],
        "facts": {
            "home": {"lat": HOME[0], "lon": HOME[1], "radius_m": 300, "address": HOME_ADDR, "city": "Birmingham"},
            "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
            "sleep_window": {"start": "08:30", "end": "15:30", "tolerance_min": 60},
            "top_contacts": tc,
            "relationships": [
                {"name": "Zara 💕", "relationship": "partner", "full_name": "Zara Hussain"},
                {"name": "Mum ❤️", "relationship": "mother", "full_name": "Nasreen Qureshi"},
                {"name": "Dan (work)", "relationship": "colleague", "full_name": "Daniel Whitmore"},
                {"name": IG_FRIEND, "relationship": "close friend", "full_name": IG_FRIEND},
            ],
            "religion": {"value": "Islam"}, "health": {"value": False}, "politics": {"value": False},
            "financial_stress": {"value": True}, "gambling": {"value": True}, "gaming": {"value": False},
            "salary": {"amount": SALARY, "currency": "GBP", "payer": EMPLOYER, "period": "weekly"},
            "risky_contact": {"name": "Gaz", "why": "posts 86 distinct angry political rants against politicians/government in the group chat"},
        },
    }
    return gt, files, sum(len(c.msgs) for c in dm + [grp])
