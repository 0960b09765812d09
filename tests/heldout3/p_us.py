"""enus5_houston: Marcus Bell, middle-school science teacher in Houston with type 1 diabetes."""
import csv
import datetime as dt
import io
import json
from common import Engine, Chat, combos, luhn_complete, top_contacts, fb_dump, UTC

PID = "enus5_houston"
TZ = "America/Chicago"
U = "Marcus Bell"
HOME = (29.73452, -95.36904)
WORK = (29.71218, -95.39951)
HOME_ADDR = "2318 Gray St Apt 5B, Houston, TX 77004"
EMPLOYER = "Bayou City Prep Academy"
PAYER = "BAYOU CITY PREP ACADEMY PAYROLL"
SALARY = "2184.37"
CARD = luhn_complete("453977812290441")
TG = {"Jess": (5310442871, "Jess", "Tran"), "Mom": (5120938475, "Mom", ""), "Coach T": (6029384712, "Coach", "T")}
GROUP = "Third Ward Pickup Hoops 🏀"
GM = {"Rick Dawson": 6633012984, "Andre": 5588204417, "Luis M": 6120098745, "Big Sam": 5900127733}
FB_BRO = "Andrew Bell"
PH = [("photo", "photo"), ("sticker", "sticker"), ("voice", "voice_message"), ("photo", "photo")]


def pools():
    return {
        "Jess": {
            U: ["morning babe", "omw", "lol", "love you", "grading till 9 ugh", "tacos tonight?", "yesss", "miss u", "haha stop",
                "sugar's running low, grabbing juice", "you home?", "10 min", "ok ok", "😂😂", "sounds good", "babe the Astros lost again",
                "whataburger?", "night ❤️", "kids were wild today", "yep", "ily"],
            "Jess": ["good morning ☀️", "how was school", "lol", "did you check your sugar", "ily", "omw home", "want me to grab dinner",
                     "😂", "you're so dramatic", "ok!!", "what time are you done", "the cat knocked over the plant again",
                     "movie night?", "babe", "hiii", "drive safe", "yes pls", "🙄", "I'm so tired", "proud of you"],
        },
        "Mom": {
            U: ["hey mom", "doing good", "yes ma'am", "love you too", "I'm eating, promise", "will call you sunday", "lol mom",
                "A1C came back better", "ok", "tell dad hi", "I'll be there thanksgiving", "yes I have my insulin"],
            "Mom": ["Hi baby", "How are you feeling", "Did you eat", "Call your grandmother", "Love you", "Are you checking your sugar",
                    "Your dad says hi", "OK", "Thanksgiving at 2", "Proud of you son", "Drive careful it's raining", "Bring Jess!"],
        },
        "Coach T": {
            U: ["you covering my duty tomorrow?", "thanks man", "copies are jammed again", "lol", "bet", "faculty meeting at 3:45?",
                "I got lunch duty", "appreciate you", "sub plans are in the folder"],
            "Coach T": ["yo", "you got bus duty?", "admin walking through today heads up", "bet", "meeting moved", "👍",
                        "good looking out", "dude the 7th graders were insane", "PD day friday"],
        },
        "group": {
            "*": ["who's running saturday", "I'm in", "8am at Emancipation Park", "rain check", "bruh", "lol", "😂", "y'all late",
                  "need one more", "can't this week", "run it back", "that's a foul tho", "who got the ball", "🔥"],
            U: ["I'm in", "can't, grading", "8 works", "lol", "y'all are washed"],
        },
    }


def political(rng):
    a = ["Congress", "these senators", "the governor", "City Hall", "Washington", "every politician in Austin",
         "the lobbyists", "both parties", "the so-called leaders"]
    b = [" sold us out again", " don't give a damn about working people", " let the grid fail and blame us",
         " keep raising property taxes", " are bought and paid for", " lie to our faces every day",
         " cut school funding AGAIN", " only care about donors"]
    c = [" and nobody does anything!!", " I'm DONE", " 😡", " wake up people", " vote every last one out",
         " it's a joke", " criminals in suits", " this country is broken"]
    return combos(rng, [a, b, c], 84)


def build():
    e = Engine(9303, TZ, U, dt.date(2025, 8, 18), dt.date(2025, 12, 31), ("22:45", "06:00"))
    e.suffixes = [" lol", " 😂", " fr", "!!", " lmao", " 🙏", " haha", " tbh", " ❤️", " 💀", " ngl", " rn"]
    rng = e.rng
    P = pools()
    chats = {t: Chat(t, "dm", [t]) for t in TG}
    fb = Chat(FB_BRO, "dm", [FB_BRO])
    grp = Chat(GROUP, "group", list(GM))
    targets = {"Jess": 720, "Mom": 300, "Coach T": 180}
    for day in e.days():
        for t, tgt in targets.items():
            if rng.random() < tgt / 136 / 6:
                e.session(chats[t], day, {U: P[t][U], t: P[t][t]}, rng.randint(3, 10), placeholders=PH)
        if rng.random() < 0.45:
            e.session(grp, day, P["group"], rng.randint(2, 7), placeholders=PH)
        if rng.random() < 0.28:
            e.session(fb, day, {U: ["lol", "bro", "facts", "nah", "you see the game?", "call me later", "😂😂", "bet"],
                                FB_BRO: ["yo", "lmao", "bro", "Texans looking rough", "call mom", "😂", "ight", "you good?"]},
                      rng.randint(2, 7), placeholders=[("photo", "photo")])
    days = list(e.days())
    for i, txt in enumerate(political(rng)):
        e.plant(grp, days[(i * 5 + 1) % len(days)], f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}", "Rick Dawson", txt)
    for i in range(9):
        e.plant(grp, days[(i * 14 + 6) % len(days)], "18:40", rng.choice(["Andre", "Big Sam"]),
                rng.choice(["Rick it's a hoops chat man", "here we go again", "Rick chill 😂", "bro take it to facebook"]))
    D = lambda m, d: dt.date(2025, m, d)
    j, mom, ct = chats["Jess"], chats["Mom"], chats["Coach T"]
    e.plant(mom, D(8, 21), "19:10", "Mom", "Baby I need your social for the insurance paperwork")
    e.plant(mom, D(8, 21), "19:25", U, "623-48-1907")
    e.plant(mom, D(8, 21), "19:26", U, "don't text that to anyone else lol")
    e.plant(mom, D(9, 9), "18:00", U, "saw the endocrinologist, A1C down to 7.1. switching to the new insulin pump next month")
    e.plant(mom, D(10, 14), "19:45", U, "CGM alarm went off in 3rd period, had to eat a granola bar in front of the kids lol")
    e.plant(mom, D(11, 3), "20:00", "Mom", "Pastor Greg asked about you at church Sunday. Your aunt Carol's cancer is in remission praise God")
    e.plant(mom, D(11, 18), "17:30", "Mom", "This is Linda Bell's new cell: (713) 555-0168 save it")
    e.plant(j, D(8, 30), "17:20", "Jess", "what's your passport number, booking Cancun")
    e.plant(j, D(8, 30), "17:31", U, "567213948")
    e.plant(j, D(9, 20), "13:15", U, "use my card for the deposit " + f"{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}")
    e.plant(j, D(10, 4), "11:00", "Jess", "the rental place wants your driver's license #")
    e.plant(j, D(10, 4), "11:06", U, "41907326")
    e.plant(j, D(10, 25), "16:40", "Jess", "my coworker Priya invited us to Diwali at her temple, you down?")
    e.plant(j, D(11, 9), "21:00", "Jess", "Jessica Tran | RN, Memorial Hermann TMC | 832.555.0119")
    e.plant(j, D(12, 5), "18:12", U, "parked on level 3, plate NKT-4821")
    e.plant(ct, D(8, 25), "16:05", "Coach T", "Terrence Odom here, save my work email tOdom@example.org")
    e.plant(ct, D(9, 30), "15:50", "Coach T", "Ms. Alvarez is out, they found a migraine thing or whatever")
    e.plant(ct, D(10, 22), "16:30", U, "my email is marcus.bell@example.com send the rubric")
    e.plant(ct, D(11, 12), "12:10", "Coach T", "lotta teachers betting on the Texans parlay pool lol, not me")
    e.plant(grp, D(10, 8), "19:00", "Big Sam", "Texas might legalize sports betting next session, y'all ready to lose money? 😂")
    e.plant(fb, D(9, 13), "20:10", FB_BRO, "bro you still play Call of Duty? I stay up till 3 on it")
    e.plant(fb, D(9, 13), "20:14", U, "nah haven't touched a controller in years")
    e.plant(fb, D(10, 19), "14:00", U, "new address: 2318 Gray St Apt 5B, Houston, TX 77004")
    for k, d in enumerate(days[4::19]):
        m = e.plant(j, d, "07:40", U, "", "location")
        m.extra = {"lat": WORK[0] + (k % 3) * 1e-4, "lon": WORK[1]}
    for k, d in enumerate(days[11::21]):
        m = e.plant(j, d, "17:20", U, "", "location")
        m.extra = {"lat": HOME[0], "lon": HOME[1] - (k % 3) * 1e-4}
    for c in list(chats.values()) + [fb, grp]:
        c.sort()
    return e, chats, fb, grp


ME_ID = 5099887766


def tg_msgs(e, chat, start_id):
    out = []
    for i, m in enumerate(chat.msgs):
        l = m.ts.astimezone(e.tz)
        if m.sender == U:
            frm, fid = U, ME_ID
        elif chat.kind == "group":
            frm, fid = m.sender, GM[m.sender]
        else:
            frm, fid = (TG[chat.title][1] + " " + TG[chat.title][2]).strip(), TG[chat.title][0]
        d = {"id": start_id + i, "type": "message", "date": l.strftime("%Y-%m-%dT%H:%M:%S"),
             "date_unixtime": str(int(m.ts.timestamp())), "from": frm, "from_id": f"user{fid}"}
        text = m.text
        if m.kind == "location":
            d["location_information"] = {"latitude": round(m.extra["lat"], 6), "longitude": round(m.extra["lon"], 6)}
            text = ""
        elif m.kind == "photo":
            d.update({"photo": "(File not included. Change data exporting settings to download.)", "width": 1280, "height": 960})
            text = ""
        elif m.kind == "sticker":
            d.update({"file": "(File not included. Change data exporting settings to download.)", "media_type": "sticker",
                      "sticker_emoji": "😂", "width": 512, "height": 512})
            text = ""
        elif m.kind == "voice":
            d.update({"file": "(File not included. Change data exporting settings to download.)", "media_type": "voice_message",
                      "mime_type": "audio/ogg", "duration_seconds": 7})
            text = ""
        ents = [{"type": "plain", "text": text}] if text else []
        if "@example" in text:
            w = [t for t in text.split(" ") if "@" in t][0]
            a, b = text.split(w, 1)
            ents = [x for x in [{"type": "plain", "text": a}, {"type": "email", "text": w}, {"type": "plain", "text": b}] if x["text"]]
            d["text"] = [x["text"] if x["type"] == "plain" else x for x in ents]
        else:
            d["text"] = text
        d["text_entities"] = ents
        out.append(d)
    return out


def telegram(e, chats, grp):
    lst = []
    nid = 1000
    for t, c in chats.items():
        lst.append({"name": t, "type": "personal_chat", "id": TG[t][0], "messages": tg_msgs(e, c, nid)})
        nid += 10000
    g = [{"id": nid - 1, "type": "service", "date": e.start.strftime("%Y-%m-%dT09:00:00"), "date_unixtime": str(int(e.local(e.start, 540).timestamp())),
          "actor": "Andre", "actor_id": f"user{GM['Andre']}", "action": "invite_members", "members": [U], "text": "", "text_entities": []}]
    lst.append({"name": GROUP, "type": "private_supergroup", "id": 1877320451, "messages": g + tg_msgs(e, grp, nid)})
    obj = {"about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data and doesn't share it with advertisers.",
           "personal_information": {"user_id": ME_ID, "first_name": "Marcus", "last_name": "Bell", "phone_number": "+1 713 555 0143",
                                    "username": "@mbell_htx", "bio": "8th grade science @ BCPA | T1D | Astros"},
           "contacts": {"about": "This is your contact list.", "list": [
               {"user_id": TG["Jess"][0], "first_name": "Jess", "last_name": "Tran", "phone_number": "+1 832 555 0119", "date": "2023-02-11T20:14:03", "date_unixtime": "1676166843"},
               {"user_id": TG["Mom"][0], "first_name": "Mom", "last_name": "", "phone_number": "+1 713 555 0168", "date": "2019-06-01T10:00:12", "date_unixtime": "1559401212"},
               {"user_id": TG["Coach T"][0], "first_name": "Coach", "last_name": "T", "phone_number": "+1 281 555 0107", "date": "2024-08-19T15:22:40", "date_unixtime": "1724098960"}]},
           "chats": {"about": "This page lists all chats from this export.", "list": lst}}
    return json.dumps(obj, indent=1, ensure_ascii=False).encode("utf-8")


def messenger(e, fb):
    msgs = []
    for m in sorted(fb.msgs, key=lambda m: m.ts, reverse=True):
        d = {"sender_name": m.sender, "timestamp_ms": int(m.ts.timestamp() * 1000)}
        if m.kind == "photo":
            d["photos"] = [{"uri": f"your_facebook_activity/messages/inbox/andrewbell_10229384756/photos/{int(m.ts.timestamp())}.jpg",
                            "creation_timestamp": int(m.ts.timestamp())}]
        else:
            d["content"] = m.text
        d["is_geoblocked_for_viewer"] = False
        d["is_unsent_image_by_messenger_kid_parent"] = False
        msgs.append(d)
    obj = {"participants": [{"name": FB_BRO}, {"name": U}], "messages": msgs, "title": FB_BRO, "is_still_participant": True,
           "thread_path": "inbox/andrewbell_10229384756", "magic_words": []}
    return fb_dump(obj).encode("utf-8")


def venmo(e):
    rng = e.rng
    rows = []
    friends = [("Jess Tran", "groceries 🛒"), ("Jess Tran", "rent half"), ("Andre Wallace", "court fee 🏀"), ("Andrew Bell", "mom's bday gift"),
               ("Luis Medina", "tacos"), ("Jess Tran", "electric bill ⚡")]
    d = e.start
    i = 0
    while d <= e.end:
        if rng.random() < 0.22:
            who, note = rng.choice(friends)
            t = dt.datetime(d.year, d.month, d.day, rng.randint(12, 21), rng.randrange(60), rng.randrange(60), tzinfo=e.tz).astimezone(UTC)
            amt = round(rng.uniform(8, 120), 2)
            out = rng.random() < 0.6
            i += 1
            rows.append(["", str(3900000000000000000 + i * 7919331), t.strftime("%Y-%m-%dT%H:%M:%S"), "Payment", "Complete", note,
                         U if out else who, who if out else U, f"- ${amt:,.2f}" if out else f"+ ${amt:,.2f}", "", "0", "",
                         f"Visa Debit *{CARD[-4:]}" if out else "", "" if out else "Venmo balance", "", "", "", "Venmo", "", ""])
        d += dt.timedelta(days=1)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Account Statement - (@marcus-bell-14) "])
    w.writerow(["Account Activity"])
    w.writerow(["", "ID", "Datetime", "Type", "Status", "Note", "From", "To", "Amount (total)", "Amount (tip)", "Amount (tax)",
                "Amount (fee)", "Funding Source", "Destination", "Beginning Balance", "Ending Balance", "Statement Period Venmo Fees",
                "Terminal Location", "Year to Date Venmo Fees", "Disclaimer"])
    w.writerow(["", "", "", "", "", "", "", "", "", "", "", "", "", "", "$0.00", "", "", "", "", ""])
    w.writerows(rows)
    w.writerow(["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "$0.00", "$0.00", "", "$0.00", ""])
    return buf.getvalue().encode("utf-8")


def ofx(e):
    rng = e.rng
    tr = []
    pay = dt.date(2025, 8, 22)
    d = e.start
    n = 0
    while d <= e.end:
        if d == pay:
            tr.append((d, "DIRECTDEP", SALARY, PAYER, "DIRECT DEP PPD ID: 1746005932"))
            pay += dt.timedelta(days=14)
        if rng.random() < 0.5:
            tr.append((d, "DEBIT", f"-{rng.uniform(4, 90):.2f}", rng.choice(["HEB #592 HOUSTON TX", "WHATABURGER 1123", "SHELL OIL 57442",
                                                                            "CVS/PHARMACY #07211", "KROGER #389", "METRO HOUSTON"]), "POS PURCHASE"))
        if d.day == 1:
            tr.append((d, "DEBIT", "-1385.00", "GRAY ST LOFTS RENT", "ACH DEBIT WEB"))
        if d.day == 12:
            tr.append((d, "DEBIT", "-35.00", "CVS/PHARMACY #07211", "INSULIN COPAY"))
        d += dt.timedelta(days=1)
    L = ["OFXHEADER:100", "DATA:OFXSGML", "VERSION:102", "SECURITY:NONE", "ENCODING:USASCII", "CHARSET:1252", "COMPRESSION:NONE",
         "OLDFILEUID:NONE", "NEWFILEUID:NONE", "", "<OFX>", "<SIGNONMSGSRSV1>", "<SONRS>", "<STATUS>", "<CODE>0", "<SEVERITY>INFO", "</STATUS>",
         "<DTSERVER>20260102093012.000[-6:CST]", "<LANGUAGE>ENG", "<FI>", "<ORG>GULF COAST CU", "<FID>11342", "</FI>", "</SONRS>", "</SIGNONMSGSRSV1>",
         "<BANKMSGSRSV1>", "<STMTTRNRS>", "<TRNUID>0", "<STATUS>", "<CODE>0", "<SEVERITY>INFO", "</STATUS>", "<STMTRS>", "<CURDEF>USD",
         "<BANKACCTFROM>", "<BANKID>113122655", "<ACCTID>004471902286", "<ACCTTYPE>CHECKING", "</BANKACCTFROM>", "<BANKTRANLIST>",
         f"<DTSTART>{e.start:%Y%m%d}000000.000[-5:CDT]", f"<DTEND>{e.end:%Y%m%d}235959.000[-6:CST]"]
    bal = 1820.55
    for d, typ, amt, name, memo in tr:
        n += 1
        bal += float(amt)
        off = "[-5:CDT]" if d < dt.date(2025, 11, 2) else "[-6:CST]"
        L += ["<STMTTRN>", f"<TRNTYPE>{typ}", f"<DTPOSTED>{d:%Y%m%d}120000.000{off}", f"<TRNAMT>{amt}", f"<FITID>2025{n:06d}",
              f"<NAME>{name[:32]}", f"<MEMO>{memo}", "</STMTTRN>"]
    L += ["</BANKTRANLIST>", "<LEDGERBAL>", f"<BALAMT>{bal:.2f}", "<DTASOF>20251231235959.000[-6:CST]", "</LEDGERBAL>",
          "</STMTRS>", "</STMTTRNRS>", "</BANKMSGSRSV1>", "</OFX>"]
    return ("\r\n".join(L) + "\r\n").encode("ascii")


def reddit(e):
    rng = e.rng
    posts = [("diabetes_t1", "Teaching 8th grade with a CGM that screams every period", "Any tips for keeping the Dexcom alarms quiet during class? Endo says my A1C is fine now."),
             ("houston", "Best tacos near Third Ward?", "Moved to Gray St, need recs that aren't Whataburger."),
             ("Teachers", "First year teaching science, how do you survive lab days", "Title says it all."),
             ("diabetes_t1", "Switching from pens to a pump at 31", "Nervous about the pump start next month. Anything you wish you knew?")]
    comments = ["lows during faculty meetings are the worst", "Emancipation Park courts are decent on saturdays", "Astros bullpen is cooked",
                "honestly just pre-bolus and pray", "HEB on Almeda has the best brisket", "grading 140 lab reports rn send help",
                "insurance denied my CGM sensors twice before approving", "metro rail to the medical center is fine tbh"]
    pb, cb = io.StringIO(), io.StringIO()
    pw, cw = csv.writer(pb, lineterminator="\n"), csv.writer(cb, lineterminator="\n")
    pw.writerow("id,permalink,date,ip,subreddit,gildings,title,url,body".split(","))
    cw.writerow("id,permalink,date,ip,subreddit,gildings,link,parent,body,media".split(","))
    days = list(e.days())
    for i, (sub, title, body) in enumerate(posts):
        d = days[10 + i * 30]
        t = dt.datetime(d.year, d.month, d.day, 20, 10 + i, 5, tzinfo=e.tz).astimezone(UTC)
        pid = f"1k{i}x{(i * 7919) % 9999:04d}"
        slug = "_".join("".join(ch for ch in w if ch.isalnum()) for w in title.lower().split()[:6])
        pw.writerow([pid, f"https://www.reddit.com/r/{sub}/comments/{pid}/{slug}/", t.strftime("%Y-%m-%d %H:%M:%S UTC"),
                     f"198.51.100.{23 + i}", sub, "{}", title, f"https://www.reddit.com/r/{sub}/comments/{pid}/{slug}/", body])
    for i in range(40):
        d = days[(i * 3 + 1) % len(days)]
        t = dt.datetime(d.year, d.month, d.day, rng.choice([7, 16, 19, 21]), rng.randrange(60), tzinfo=e.tz).astimezone(UTC)
        cid = f"m{(i * 104729) % 10**6:06d}"
        sub = rng.choice(["houston", "diabetes_t1", "Teachers", "Astros"])
        cw.writerow([cid, f"https://www.reddit.com/r/{sub}/comments/1j{i:04d}/x/{cid}/", t.strftime("%Y-%m-%d %H:%M:%S UTC"),
                     "198.51.100.23" if i % 4 else "", sub, "{}", f"https://www.reddit.com/r/{sub}/comments/1j{i:04d}/x/", "",
                     comments[i % len(comments)], ""])
    return ("\ufeff" + pb.getvalue()).encode("utf-8"), cb.getvalue().encode("utf-8")


def records(e):
    rng = e.rng
    locs = []
    def add(t, p, acc, act=None):
        d = {"latitudeE7": int(round(p[0] * 1e7)), "longitudeE7": int(round(p[1] * 1e7)), "accuracy": acc,
             "source": "WIFI" if acc < 30 else "CELL", "deviceTag": -1384590221,
             "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(1000):03d}Z"}
        if act:
            d["activity"] = [{"activity": [{"type": act, "confidence": 81}, {"type": "STILL", "confidence": 10}],
                              "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"}]
        locs.append(d)
    J = lambda p: (p[0] + rng.uniform(-2e-4, 2e-4), p[1] + rng.uniform(-2e-4, 2e-4))
    for day in e.days():
        for mnt in (30, 180, 300):  # night at home (00:30, 03:00, 05:00)
            add(e.local(day, mnt), J(HOME), rng.randint(10, 25))
        if day.weekday() < 5 and not (dt.date(2025, 11, 24) <= day <= dt.date(2025, 11, 28)) and day < dt.date(2025, 12, 20):
            leave = 6 * 60 + 50 + rng.randint(0, 15)
            add(e.local(day, leave - 20), J(HOME), 12)
            for k in range(1, 4):
                p = (HOME[0] + (WORK[0] - HOME[0]) * k / 4, HOME[1] + (WORK[1] - HOME[1]) * k / 4)
                add(e.local(day, leave + 4 * k), J(p), 20, "IN_VEHICLE")
            for mnt in range(leave + 20, 16 * 60, 75):
                add(e.local(day, mnt), J(WORK), rng.randint(8, 30))
            back = 16 * 60 + 15 + rng.randint(0, 40)
            for k in range(1, 4):
                p = (WORK[0] + (HOME[0] - WORK[0]) * k / 4, WORK[1] + (HOME[1] - WORK[1]) * k / 4)
                add(e.local(day, back + 4 * k), J(p), 20, "IN_VEHICLE")
            for mnt in (back + 30, 19 * 60, 21 * 60 + 30):
                add(e.local(day, mnt), J(HOME), rng.randint(10, 25))
        else:
            add(e.local(day, 10 * 60), J((29.72305, -95.37311)), 25, "ON_FOOT")  # Emancipation Park
            add(e.local(day, 20 * 60), J(HOME), 15)
    locs.sort(key=lambda d: d["timestamp"])
    return json.dumps({"locations": locs}, indent=2).encode("utf-8")


def write(root):
    e, chats, fb, grp = build()
    files = {}
    files["telegram/DataExport_2026-01-02/result.json"] = telegram(e, chats, grp)
    FBP = "facebook/your_facebook_activity/messages/inbox/andrewbell_10229384756/message_1.json"
    files[FBP] = messenger(e, fb)
    files["venmo/venmo_statement.csv"] = venmo(e)
    files["bank/Checking_0044719022.ofx"] = ofx(e)
    files["reddit/posts.csv"], files["reddit/comments.csv"] = reddit(e)
    files["google/Takeout/Location History (Timeline)/Records.json"] = records(e)
    for p, b in files.items():
        f = root / p
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(b)
    T = "telegram/DataExport_2026-01-02/result.json"
    pii = [
        (T, "US_SSN", "623-48-1907"), (T, "US_PASSPORT", "567213948"), (T, "US_DRIVER_LICENSE", "41907326"),
        (T, "CREDIT_CARD", f"{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}"), (T, "PHONE_NUMBER", "(713) 555-0168"),
        (T, "PHONE_NUMBER", "832.555.0119"), (T, "PHONE_NUMBER", "+1 713 555 0143"), (T, "PHONE_NUMBER", "+1 281 555 0107"),
        (T, "PERSON", "Linda Bell"), (T, "PERSON", "Jessica Tran"), (T, "PERSON", "Terrence Odom"), (T, "PERSON", "Rick Dawson"),
        (T, "EMAIL_ADDRESS", "tOdom@example.org"), (T, "EMAIL_ADDRESS", "marcus.bell@example.com"),
        (T, "LICENSE_PLATE", "NKT-4821"), (T, "USERNAME", "@mbell_htx"), (T, "LOCATION", "Emancipation Park"),
        (FBP, "ADDRESS", "2318 Gray St Apt 5B, Houston, TX 77004"), (FBP, "PERSON", FB_BRO),
        ("venmo/venmo_statement.csv", "USERNAME", "@marcus-bell-14"), ("venmo/venmo_statement.csv", "PERSON", "Jess Tran"),
        ("reddit/posts.csv", "IP_ADDRESS", "198.51.100.23"), ("reddit/comments.csv", "IP_ADDRESS", "198.51.100.23"),
        ("reddit/posts.csv", "LOCATION", "Gray St"),
    ]
    dm = list(chats.values()) + [fb]
    tc = top_contacts(dm, U)
    gt = {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": "Marcus Bell, 31, 8th-grade science teacher in Houston's Third Ward with type 1 diabetes; girlfriend Jess (nurse), plays pickup basketball.",
        "timezone": TZ,
        "user": {"names": [U, "Marcus"], "phones": ["+1 713 555 0143"], "emails": ["marcus.bell@example.com"], "handles": ["@mbell_htx", "@marcus-bell-14"]},
        "pii": [{"file": f, "entity_type": t, "value": v} for f, t, v in pii],
        "facts": {
            "home": {"lat": HOME[0], "lon": HOME[1], "radius_m": 300, "address": HOME_ADDR, "city": "Houston"},
            "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
            "sleep_window": {"start": "22:45", "end": "06:00", "tolerance_min": 60},
            "top_contacts": tc,
            "relationships": [
                {"name": "Jess", "relationship": "partner", "full_name": "Jessica Tran"},
                {"name": "Mom", "relationship": "mother", "full_name": "Linda Bell"},
                {"name": FB_BRO, "relationship": "brother", "full_name": FB_BRO},
                {"name": "Coach T", "relationship": "colleague", "full_name": "Terrence Odom"},
            ],
            "religion": {"value": False}, "health": {"value": "type 1 diabetes"}, "politics": {"value": False},
            "financial_stress": {"value": False}, "gambling": {"value": False}, "gaming": {"value": False},
            "salary": {"amount": SALARY, "currency": "USD", "payer": PAYER, "period": "biweekly"},
            "risky_contact": {"name": "Rick Dawson", "why": "posts 84 distinct angry anti-politician rants in the hoops group chat"},
        },
    }
    return gt, files, sum(len(c.msgs) for c in dm + [grp])
