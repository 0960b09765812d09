"""Persona us_houston_hygienist: Thanh "Tina" Nguyen, 29, dental hygienist in Houston TX."""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from h20_common import build_chat, distinct_combos, spread_planted, collect_pii, write_gt, write_bytes, luhn_complete, aba_ok
from h20_loc import expand_visits, ios_history

PID = "us_houston_hygienist"
TZ = "America/Chicago"
START = datetime(2025, 1, 6)
NDAYS = 91
UTC = timezone.utc
ZONE = ZoneInfo(TZ)

CARD = luhn_complete("471620835519046")
CARD_SP = " ".join(CARD[i:i + 4] for i in range(0, 16, 4))
ROUTING = next("11301957" + str(d) for d in range(10) if aba_ok("11301957" + str(d)))
ACCT = "4410028735"
SSN = "529-41-7736"
ITIN = "927-81-4410"
PASSPORT = "571839264"
DL = "41729035"

HOURS = [(6, 2), (7, 1), (12, 4), (13, 2), (16, 2), (17, 4), (18, 4), (19, 5), (20, 5), (21, 5), (22, 3)]
GROUP_HOURS = [(h, 2) for h in range(7, 23)]

MARCUS_ME = ["u up?", "omw home", "lol stop", "did u eat", "im so tired today", "ok love u", "what do u want for dinner",
             "pho or wings", "traffic on beltway is insane", "babe", "can u grab milk", "no", "yesss", "hahahaha",
             "i miss u", "call me after work", "ugh", "ok ok", "wyd", "ur mom called me lol", "goodnight ❤️",
             "my back hurts from leaning over ppl all day", "new patient bit me today i swear", "k"]
MARCUS_THEM = ["morning beautiful", "yeah just ate", "on my way", "lmao", "love you too", "wings obviously", "i'm outside",
               "traffic crazy", "how was work", "got the milk", "babe relax", "ok", "haha you're wild", "text me when u home",
               "gn ❤️", "game tonight at 7", "you want me to pick you up", "my mom says hi", "u good?", "bet",
               "whatever you want", "miss you", "nah", "i'm cooking jollof sunday"]
MARCUS_PLANT = [
    (0, "19:20", "me", "card got declined at HEB again 😩 checking is at like $12 till friday"),
    (0, "19:25", "them", "babe i'll venmo you. don't stress"),
    (9, "20:10", "me", "for the cruise booking: passport " + PASSPORT + ", DL " + DL + ", card " + CARD_SP + " exp 09/28"),
    (9, "20:14", "them", "got it. delete that msg after lol"),
    (16, "18:40", "them", "nonso says her ankle is still swollen, she's doing PT at memorial hermann"),
    (23, "21:05", "me", "overdraft fee AGAIN. $35 for a $4 coffee. i hate this"),
    (30, "19:50", "me", "rent is late, gallagher emailed. i have $380 til payday"),
    (30, "19:55", "them", "i can cover half. we gotta do a budget for real"),
    (58, "06:40", "me", "ash wednesday mass at 6:30 tonight, come with me?"),
    (58, "06:45", "them", "yeah i'll meet you at the church"),
    (63, "12:10", "me", "no meat fridays babe so fish tacos tonight"),
    (72, "21:00", "me", "took an earnin advance again. i feel so dumb"),
    (80, "20:30", "them", "dec and gary are going to the casino in lake charles saturday, u want to go?"),
    (80, "20:33", "me", "nope not gambling my rent money lol. yall have fun"),
    (86, "19:15", "me", "my plate got renewed finally RKT-4829 sticker came in the mail"),
]
ME_ME = ["mẹ ơi con ăn rồi", "dạ", "con đi làm", "ok mẹ", "con biết rồi", "mom did u take your insulin", "con thương mẹ",
         "sunday con về", "dạ vâng", "mom pls stop forwarding those videos", "con bận", "ok"]
ME_THEM = ["con ăn cơm chưa", "nhớ mặc áo ấm", "chủ nhật về ăn phở", "mẹ nấu canh chua", "con ngủ sớm đi", "ok con",
           "thằng Bao không nghe lời", "đi lễ chưa con", "mẹ đi chợ Hong Kong", "dạ", "con khỏe không", "mẹ thương con"]
ME_PLANT = [
    (2, "19:10", "them", "bác sĩ nói đường huyết mẹ cao, phải chích insulin"),
    (2, "19:20", "me", "mom i'll come with you to the doctor thursday"),
    (12, "20:30", "them", "ông Vu làm thuế cần số SSN của con"),
    (12, "20:35", "me", "dạ " + SSN + " mom don't post that anywhere ok"),
    (12, "20:40", "them", "chú Tâm cũng cần làm thuế, ITIN của chú là " + ITIN),
    (20, "21:00", "me", "mom can u lend me 300 till the 24th, con hứa trả"),
    (20, "21:10", "them", "ok mẹ chuyển cho con. con phải tiết kiệm"),
    (21, "19:30", "me", "routing " + ROUTING + " acct " + ACCT + " thank u mẹ"),
    (34, "18:40", "them", "chủ nhật đi lễ 9 giờ ở nhà thờ rồi về nhà mẹ 7215 Wilcrest Dr"),
    (59, "19:00", "them", "hôm nay thứ tư lễ tro, con nhớ ăn chay"),
    (59, "19:05", "me", "dạ con đi lễ tối nay với Marcus"),
    (66, "20:00", "me", "mom my new number for the landline at work is 713 555 0107"),
]
BAO_ME = ["bao", "bro", "lol", "go to sleep", "did u call mom", "stop playing valorant at 3am", "ok", "nah", "hahaha",
          "u owe me 20", "bet", "wya"]
BAO_THEM = ["what", "sis", "lmao", "one more game", "i'm grinding ranked", "ok", "bet", "can u pick me up", "nah", "mom is mad",
            "send me 20", "im at work"]
BAO_PLANT = [
    (4, "22:10", "them", "hit immortal in valorant finally 😤"),
    (25, "21:30", "me", "bean i'm broke too lol can't spot u this time"),
    (40, "20:00", "them", "broke my wrist skating lol, cast for 6 weeks"),
    (40, "20:05", "me", "BAO. omg. which hospital"),
    (50, "19:20", "them", "new number 281-555-0139"),
]
SUNNY_ME = ["sunnnyyy", "girl", "omg", "lmaooo", "u free sat?", "brunch?", "crying", "i need a drink", "same", "ok bet",
            "ur so dramatic", "nooo", "wait what", "tell me everything", "this week is killing me", "send pics",
            "love u", "ugh my boss"]
SUNNY_THEM = ["TINAAA", "girl yes", "omg stop", "brunch at the breakfast klub?", "i'm dead", "spill", "sameee",
              "what happened", "ok i'm coming", "hahaha", "you deserve a margarita", "love you", "he's so weird",
              "i'm at target", "sat works", "rosa says hi"]
SUNNY_PLANT = [
    (3, "17:30", "them", "follow my new page instagram.com/sunnyside_cc i'm doing lashes now"),
    (7, "18:10", "me", "can't do brunch this wk, i literally have $9 in checking"),
    (7, "18:12", "them", "girl i got u, my treat"),
    (15, "19:00", "them", "my email changed btw sunnyc.castillo@example.net"),
    (28, "20:20", "me", "doing the no-spend thing for lent... and bc i'm broke lol"),
    (44, "17:50", "them", "my tía rosa is in the hospital w her heart, pray for her"),
    (44, "17:55", "me", "omg praying for her. i'll light a candle at mass sunday 🙏"),
    (60, "18:30", "me", "confession saturday then tacos? father joe is nice i promise"),
    (75, "19:40", "me", "paid the min on my credit card again. 24% apr is robbery"),
    (88, "20:00", "them", "hunter's bday at his place, 6120 Hillcroft Ave #14, saturday 8pm"),
]
GRACE_ME = ["morning!", "running 5 late", "ok", "dr patel is in a mood", "lunch?", "thanks girl", "lol", "i can cover 2pm",
            "charts done", "ugh"]
GRACE_THEM = ["good morning", "no worries", "your 8am cancelled", "lol right", "lunch at 12:30", "ok", "thank youu",
              "he's so picky with the bitewings", "you okay?", "see you tmrw"]
GRACE_PLANT = [
    (5, "12:20", "them", "grace here, save my number +1 346 555 0166"),
    (11, "12:40", "me", "grace can u swap saturday? i need the hours, bills are crazy"),
    (35, "12:35", "them", "my pastor's wife comes in thursday, be nice lol"),
    (54, "16:40", "them", "office address for the CE form is 9801 Bellaire Blvd Ste 214"),
]
GALL_ME = ["hi mr. gallagher", "yes sir", "ok thank you", "sorry for the delay", "the ac is making a noise again"]
GALL_THEM = ["Hi Thanh", "Received, thanks", "Maintenance will stop by", "Reminder rent due on the 1st", "ok"]
GALL_PLANT = [
    (1, "17:30", "them", "Lease renewal for 11415 Bissonnet St Apt 1308 attached. Please sign by the 15th."),
    (29, "09:00", "them", "Rent is 4 days late. $75 late fee applies per lease. - Seamus Gallagher"),
    (29, "17:20", "me", "so sorry mr gallagher, i get paid friday, can i pay then + the fee"),
    (31, "17:45", "them", "Fine. Please email confirmation to sgallagher.props@example.org"),
    (60, "17:10", "me", "rent sent today, on time this month 🙏"),
]
RISKY_PARTS = [
    ["unreal. ", "wake up people. ", "i'm so sick of this. ", "again?? ", "look at this garbage. ", "nobody talks about this but ",
     "call me crazy but ", "absolutely disgusting. "],
    ["the clowns in austin ", "career politicians in DC ", "the city council ", "these so called leaders ", "both parties ",
     "the lobbyists ", "the media ", "the property tax people ", "the folks running this state "],
    ["are robbing us blind 😡", "don't care about working people AT ALL", "lied again and nobody is held accountable",
     "should all be voted out tomorrow", "are destroying this country", "think we're stupid",
     "only serve their donors", "need to be investigated!!!"],
]
GROUP_FILL = {
    "me": ["lmaooo", "i'm in", "who's bringing ice", "gary pls not this again", "ok see yall sat", "crawfish szn!!"],
    "dec": ["crawfish at mine saturday", "lads", "haha", "bring chairs", "who's driving", "gary mate relax"],
    "rosa": ["🦞🦞", "i'll bring elote", "sunny you coming?", "yesss", "omg", "lol"],
    "hunter": ["👍", "bet", "i'll grab the boil seasoning", "running late", "lmao", "same"],
    "sunny": ["hahaha", "i'm coming", "tina ride with me", "yess"],
    "gary": ["morning", "lol", "anyone watch the game"],
}
NAMES = {"me": "Thanh Nguyen", "marcus": "Marcus 💛", "me_mom": "Mẹ", "bao": "bean", "sunny": "sunny", "grace": "Grace Okonkwo",
         "gall": "Seamus Gallagher", "dec": "Declan Byrne", "rosa": "Rosa Delgado", "hunter": "Hunter Pham",
         "gary": "Gary Kowalczyk"}
IDS = {"me": 5712093344, "marcus": 6620184471, "me_mom": 1893025517, "bao": 7014452286, "sunny": 5530917734,
       "grace": 6981230045, "gall": 1204577819, "dec": 6102938475, "rosa": 5829104736, "hunter": 7203948561, "gary": 1938475620}

ENT_RE = re.compile(r"(?P<email>[\w.+-]+@[\w-]+\.[\w.]+)|(?P<mention>(?<![\w/])@\w{3,})|"
                    r"(?P<link>\b(?:https?://)?(?:instagram\.com|venmo\.com)/[\w/.-]+)|"
                    r"(?P<phone>\+?1? ?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4})")


def tg_text(s):
    parts, ents = [], []
    pos = 0
    for m in ENT_RE.finditer(s):
        if m.start() > pos:
            parts.append(s[pos:m.start()])
            ents.append({"type": "plain", "text": s[pos:m.start()]})
        kind = m.lastgroup
        parts.append({"type": kind, "text": m.group()})
        ents.append({"type": kind, "text": m.group()})
        pos = m.end()
    if not ents:
        return s, ([{"type": "plain", "text": s}] if s else [])
    if pos < len(s):
        parts.append(s[pos:])
        ents.append({"type": "plain", "text": s[pos:]})
    return parts, ents


def chat_msgs(msgs, them_key, start_id):
    out = []
    for i, (dt, k, text) in enumerate(msgs):
        who = "me" if k == "me" else (them_key if k == "them" else k)
        m = {"id": start_id + i, "type": "message", "date": dt.strftime("%Y-%m-%dT%H:%M:%S"),
             "date_unixtime": str(int(dt.timestamp())), "from": NAMES[who], "from_id": "user%d" % IDS[who]}
        if text == "<IMG>":
            m.update({"photo": "(File not included. Change data exporting settings to download.)", "photo_file_size": 183211,
                      "width": 1280, "height": 960, "text": "", "text_entities": []})
        elif text == "<VOICE>":
            m.update({"file": "(File not included. Change data exporting settings to download.)", "file_size": 21877,
                      "media_type": "voice_message", "mime_type": "audio/ogg", "duration_seconds": 7, "text": "",
                      "text_entities": []})
        else:
            t, e = tg_text(text)
            m["text"] = t
            m["text_entities"] = e
        out.append(m)
    return out


def chats():
    res = []
    spec = [
        ("Marcus 💛", "marcus", 301, MARCUS_ME, MARCUS_THEM, 172, MARCUS_PLANT, 6620184471),
        ("Mẹ", "me_mom", 302, ME_ME, ME_THEM, 88, ME_PLANT, 1893025517),
        ("bean", "bao", 303, BAO_ME, BAO_THEM, 70, BAO_PLANT, 7014452286),
        ("sunny", "sunny", 304, SUNNY_ME, SUNNY_THEM, 118, SUNNY_PLANT, 5530917734),
        ("Grace Okonkwo", "grace", 305, GRACE_ME, GRACE_THEM, 62, GRACE_PLANT, 6981230045),
        ("Seamus Gallagher", "gall", 306, GALL_ME, GALL_THEM, 14, GALL_PLANT, 1204577819),
    ]
    for title, key, seed, pm, pt, n, plant, cid in spec:
        msgs = build_chat(seed, TZ, START, NDAYS, {"me": 5, "them": 5}, {"me": pm, "them": pt}, n, plant, HOURS,
                          burst=(2, 3) if key == "gall" else (2, 6),
                          flavour={"me": [" lol", " 😭", " haha", "!!"], "them": [" lol", " 😂"]} if key != "gall" else None,
                          media={"me": ["<IMG>"], "them": ["<IMG>", "<VOICE>"]} if key in ("marcus", "sunny", "me_mom") else None)
        res.append((title, key, cid, msgs))
    risky = distinct_combos(307, RISKY_PARTS, 68)
    planted = spread_planted(308, risky, NDAYS, "gary", GROUP_HOURS)
    planted += [(20, "19:10", "me", "gary pls not this again, this chat is for crawfish"),
                (47, "18:20", "dec", "follow me @dec_byrne_htx for boil pics lads"),
                (55, "20:10", "hunter", "tina my venmo is venmo.com/u/Hunter-Pham-22 for the boil money")]
    g = build_chat(309, TZ, START, NDAYS, {"me": 2, "dec": 4, "rosa": 3, "hunter": 3, "sunny": 2, "gary": 1}, GROUP_FILL, 84,
                   planted, GROUP_HOURS, burst=(2, 5), media={"rosa": ["<IMG>"]})
    res.append(("alief crew 🌶️", None, 4455667788, g))
    return res


def telegram(pdir):
    chats_out = []
    counts = {}
    mid = 1000
    for title, key, cid, msgs in chats():
        typ = "personal_chat" if key else "private_supergroup"
        cm = chat_msgs(msgs, key, mid)
        mid += len(cm) + 50
        if not key:
            cm.insert(0, {"id": mid, "type": "service", "date": "2025-01-06T08:00:00", "date_unixtime": str(int(datetime(2025, 1, 6, 8, tzinfo=ZONE).timestamp())),
                          "actor": "Declan Byrne", "actor_id": "user6102938475", "action": "invite_members",
                          "members": ["Thanh Nguyen"], "text": "", "text_entities": []})
        chats_out.append({"name": title, "type": typ, "id": cid, "messages": cm})
        counts[title] = len(msgs)
    contacts = []
    for fn, ln, ph, d in [("Marcus", "Adeyemi", "+1 832 555 0178", "2022-06-11T19:02:44"), ("Mẹ", "", "+1 281 555 0121", "2019-03-02T10:11:05"),
                          ("bean", "", "+1 281 555 0139", "2025-02-25T19:22:10"), ("sunny", "", "+1 713 555 0152", "2020-08-30T21:40:00"),
                          ("Grace", "Okonkwo", "+1 346 555 0166", "2025-01-11T12:21:40"), ("Seamus", "Gallagher", "+1 713 555 0190", "2023-12-20T15:05:31")]:
        dt = datetime.fromisoformat(d).replace(tzinfo=ZONE)
        contacts.append({"user_id": 0, "first_name": fn, "last_name": ln, "phone_number": ph, "date": d,
                         "date_unixtime": str(int(dt.timestamp()))})
    for c, k in zip(contacts, ["marcus", "me_mom", "bao", "sunny", "grace", "gall"]):
        c["user_id"] = IDS[k]
    doc = {"about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data to third parties.",
           "personal_information": {"user_id": IDS["me"], "first_name": "Thanh", "last_name": "Nguyen",
                                    "phone_number": "+1 713 555 0143", "username": "@tinanguyen_htx",
                                    "bio": "hygienist 🦷 | alief | matcha > coffee"},
           "contacts": {"about": "This is your contact list.", "list": contacts},
           "chats": {"about": "This page lists all chats from this export.", "list": chats_out}}
    write_bytes(os.path.join(pdir, "Telegram Desktop", "DataExport_2025-04-06", "result.json"),
                json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
    return counts


def ofx_date(dt):
    off = int(dt.utcoffset().total_seconds() // 3600)
    return dt.strftime("%Y%m%d%H%M%S") + ".000[%d:%s]" % (off, dt.tzname())


def bank(pdir):
    rng = random.Random(310)
    tx = []

    def add(day, hm, amt, name, memo, typ=None):
        h, m = map(int, hm.split(":"))
        dt = (START + timedelta(days=day)).replace(hour=h, minute=m, tzinfo=ZONE)
        tx.append((dt, amt, name, memo, typ or ("CREDIT" if amt > 0 else "DEBIT")))
    for d in range(4, NDAYS, 14):
        add(d, "06:00", 1684.37, "BELLAIRE FAMILY DNT PAYROLL", "DIRECT DEP BELLAIRE FAMILY DENTAL PPD", "DIRECTDEP")
    for d, late in ((-5 + 31 * 0 + 5, False), (34, True), (60, False)):
        add(d if d > 0 else 0, "09:00", -1245.00, "GALLAGHER PROPERTIES", "ONLINE PMT RENT 11415 BISSONNET 1308" if not late else "RENT + LATE FEE", "PAYMENT")
    add(34, "09:05", -75.00, "GALLAGHER PROPERTIES", "LATE FEE", "FEE")
    for d in (0, 23, 30, 51, 73):
        add(d, "23:59", -35.00, "OVERDRAFT FEE", "OVERDRAFT ITEM FEE", "FEE")
    for d in (19, 45, 72):
        add(d, "10:00", 150.00, "EARNIN", "EARNIN CASH OUT ADVANCE", "CREDIT")
        add(d + 10, "10:00", -158.00, "EARNIN", "EARNIN REPAYMENT", "DEBIT")
    for d in (14, 42, 70):
        add(d, "12:00", -45.00, "CHASE CARD PMT", "MIN PAYMENT CREDIT CARD", "PAYMENT")
    for d in range(6, NDAYS, 7):
        add(d, "11:30", -20.00, "VIETNAMESE MARTYRS CHURCH", "ONLINE GIVING SUNDAY OFFERTORY", "DEBIT")
    add(58, "18:00", -10.00, "VIETNAMESE MARTYRS CHURCH", "ASH WEDNESDAY OFFERING", "DEBIT")
    add(21, "20:00", 300.00, "ZELLE FROM NGUYEN HOA", "ZELLE PAYMENT FROM HOA NGUYEN", "CREDIT")
    add(46, "20:00", -100.00, "ZELLE TO NGUYEN HOA", "ZELLE PAYMENT TO HOA NGUYEN PAYBACK", "DEBIT")
    add(1, "19:40", 120.00, "VENMO CASHOUT", "VENMO CASHOUT FROM MARCUS ADEYEMI", "CREDIT")
    add(31, "20:00", 600.00, "ZELLE FROM MARCUS ADEYEMI", "ZELLE PAYMENT FROM MARCUS ADEYEMI RENT HALF", "CREDIT")
    add(56, "18:00", -25.00, "VENMO", "VENMO PAYMENT TO HUNTER PHAM CRAWFISH", "DEBIT")
    add(87, "11:00", -80.75, "TX DMV REG RENEWAL", "TXDMV RKT-4829 REGISTRATION", "DEBIT")
    add(10, "12:00", -64.40, "KLARNA", "KLARNA INSTALLMENT 3 OF 4", "DEBIT")
    add(40, "12:00", -64.40, "KLARNA", "KLARNA INSTALLMENT 4 OF 4", "DEBIT")
    merch = ["H-E-B #612", "HONG KONG FOOD MARKET", "SHELL OIL 5742", "PHO DUY", "TARGET T-1871", "STARBUCKS",
             "CENTERPOINT ENERGY", "T-MOBILE", "WALGREENS #3391", "KROGER #341", "TAQUERIA ARANDAS", "METRO HOUSTON"]
    for i in range(52):
        d = rng.randrange(NDAYS)
        m = merch[i % len(merch)]
        add(d, "%02d:%02d" % (rng.choice([12, 17, 18, 19]), rng.randrange(60)), -round(rng.uniform(3.5, 95), 2), m,
            "POS DEBIT " + m + " HOUSTON TX", "POS")
    tx.sort(key=lambda t: t[0].astimezone(UTC))
    lines = ["OFXHEADER:100", "DATA:OFXSGML", "VERSION:102", "SECURITY:NONE", "ENCODING:USASCII", "CHARSET:1252",
             "COMPRESSION:NONE", "OLDFILEUID:NONE", "NEWFILEUID:NONE", ""]
    end = datetime(2025, 4, 6, 23, 0, tzinfo=ZONE)
    body = ["<OFX>", "\t<SIGNONMSGSRSV1>", "\t\t<SONRS>", "\t\t\t<STATUS>", "\t\t\t\t<CODE>0", "\t\t\t\t<SEVERITY>INFO",
            "\t\t\t</STATUS>", "\t\t\t<DTSERVER>" + ofx_date(end), "\t\t\t<LANGUAGE>ENG", "\t\t\t<FI>", "\t\t\t\t<ORG>GULFCOAST CU",
            "\t\t\t\t<FID>8831", "\t\t\t</FI>", "\t\t</SONRS>", "\t</SIGNONMSGSRSV1>", "\t<BANKMSGSRSV1>", "\t\t<STMTTRNRS>",
            "\t\t\t<TRNUID>0", "\t\t\t<STATUS>", "\t\t\t\t<CODE>0", "\t\t\t\t<SEVERITY>INFO", "\t\t\t</STATUS>", "\t\t\t<STMTRS>",
            "\t\t\t\t<CURDEF>USD", "\t\t\t\t<BANKACCTFROM>", "\t\t\t\t\t<BANKID>" + ROUTING, "\t\t\t\t\t<ACCTID>" + ACCT,
            "\t\t\t\t\t<ACCTTYPE>CHECKING", "\t\t\t\t</BANKACCTFROM>", "\t\t\t\t<BANKTRANLIST>",
            "\t\t\t\t\t<DTSTART>" + ofx_date(START.replace(tzinfo=ZONE)), "\t\t\t\t\t<DTEND>" + ofx_date(end)]
    bal = 212.18
    for i, (dt, amt, name, memo, typ) in enumerate(tx):
        bal += amt
        body += ["\t\t\t\t\t<STMTTRN>", "\t\t\t\t\t\t<TRNTYPE>" + typ, "\t\t\t\t\t\t<DTPOSTED>" + ofx_date(dt),
                 "\t\t\t\t\t\t<TRNAMT>%.2f" % amt, "\t\t\t\t\t\t<FITID>2025%06d" % (3001 + i * 7),
                 "\t\t\t\t\t\t<NAME>" + name[:32], "\t\t\t\t\t\t<MEMO>" + memo, "\t\t\t\t\t</STMTTRN>"]
    body += ["\t\t\t\t</BANKTRANLIST>", "\t\t\t\t<LEDGERBAL>", "\t\t\t\t\t<BALAMT>%.2f" % bal, "\t\t\t\t\t<DTASOF>" + ofx_date(end),
             "\t\t\t\t</LEDGERBAL>", "\t\t\t</STMTRS>", "\t\t</STMTTRNRS>", "\t</BANKMSGSRSV1>", "</OFX>"]
    write_bytes(os.path.join(pdir, "bank", "GulfCoastCU_checking_0106-0406.ofx"), ("\r\n".join(lines + body) + "\r\n").encode("ascii"))
    return len(tx)


TWEETS = [
    (2, "19:12", "new year new budget. day 2 and i already spent $40 on boba 🙃"),
    (5, "18:02", "shoutout @sunnyside_cc for the lashes, she's booking now!!"),
    (8, "20:45", "hygienist life: 'do you floss' 'yes' *bleeding gums* 'ok'"),
    (13, "21:10", "why is everything so expensive. eggs are a luxury item now"),
    (17, "19:33", "alief pho > everywhere else, i don't make the rules"),
    (22, "22:01", "overdraft fees should be illegal. that's the tweet"),
    (26, "12:40", "lunch break in my car like a true adult"),
    (31, "20:11", "sunday mass then mom's canh chua. perfect day 🙏"),
    (37, "18:20", "crawfish season!!! @dec_byrne_htx you better be boiling this weekend"),
    (41, "21:50", "my little brother broke his wrist and is still trying to play valorant one-handed"),
    (46, "19:15", "paycheck to paycheck gang where u at"),
    (52, "20:40", "giving up takeout for lent. my wallet is thanking jesus too"),
    (58, "21:20", "ash wednesday ✝️ forehead smudge squad"),
    (62, "18:45", "no meat friday fish tacos, houston style"),
    (67, "19:05", "why does the houston rain always pick 5pm on the beltway"),
    (71, "22:10", "took another paycheck advance. adulting is a scam"),
    (77, "20:30", "stations of the cross tonight with my mom. she cried, i cried"),
    (82, "19:55", "hunter's crawfish boil was elite, @dec_byrne_htx brought the irish potatoes lol"),
    (85, "18:40", "choir practice for holy week starts next week, pray for my voice"),
    (89, "20:20", "spring in houston = pollen apocalypse"),
]


def twitter(pdir):
    acc = [{"account": {"email": "tina.nguyen.htx@example.com", "createdVia": "android", "username": "thanh_tina713",
                        "accountId": "1288374650192837632", "createdAt": "2020-07-29T02:14:51.000Z",
                        "accountDisplayName": "tina 🦷", "phoneNumber": "+17135550143"}}]
    write_bytes(os.path.join(pdir, "twitter", "data", "account.js"),
                ("window.YTD.account.part0 = " + json.dumps(acc, ensure_ascii=False, indent=2)).encode("utf-8"))
    rng = random.Random(311)
    arr = []
    for i, (d, hm, text) in enumerate(TWEETS):
        h, m = map(int, hm.split(":"))
        dt = (START + timedelta(days=d)).replace(hour=h, minute=m, second=rng.randrange(60), tzinfo=ZONE).astimezone(UTC)
        tid = str(1876543210000000000 + d * 86400000 * 4096 + i * 7919)
        mentions = [{"name": u, "screen_name": u, "indices": [str(text.index("@" + u)), str(text.index("@" + u) + len(u) + 1)],
                     "id_str": "0", "id": "0"} for u in re.findall(r"@(\w+)", text)]
        arr.append({"tweet": {"edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": dt.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                                        "editsRemaining": "5", "isEditEligible": True}},
                              "retweeted": False, "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
                              "entities": {"hashtags": [], "symbols": [], "user_mentions": mentions, "urls": []},
                              "display_text_range": ["0", str(len(text))], "favorite_count": str(rng.randrange(12)),
                              "id_str": tid, "truncated": False, "retweet_count": "0", "id": tid,
                              "created_at": dt.strftime("%a %b %d %H:%M:%S +0000 %Y"), "favorited": False,
                              "full_text": text, "lang": "en"}})
    arr.reverse()
    write_bytes(os.path.join(pdir, "twitter", "data", "tweets.js"),
                ("window.YTD.tweets.part0 = " + json.dumps(arr, ensure_ascii=False, indent=2)).encode("utf-8"))


PLACES = {
    "home": dict(lat=29.674200, lon=-95.581500, placeId="ChIJ2bQx8l3CQIYRk1mZc0aT3vE", semantic="Home"),
    "work": dict(lat=29.705650, lon=-95.546900, placeId="ChIJw5R0n6DDQIYR8c2yQ1pX7aM", semantic="Work"),
    "church": dict(lat=29.689300, lon=-95.563800, placeId="ChIJ9kP3y0zCQIYRbV2x7qT1mWc", semantic="Unknown"),
    "mom": dict(lat=29.700900, lon=-95.577600, placeId="ChIJu7Qm1s_CQIYR3dE9pL0aKxY", semantic="Unknown"),
    "marcus": dict(lat=29.655100, lon=-95.519400, placeId="ChIJf1Y6p2nDQIYRq8sW4xB0eNs", semantic="Unknown"),
}


def day_plan(day, rng):
    wd = day.weekday()
    m = rng.randrange(0, 20)
    i = (day - START).days
    if wd < 5:
        p = [("00:00", "07:%02d" % (5 + m), "home"), ("07:%02d" % (30 + m // 2), "16:%02d" % (35 + m), "work"),
             ("17:%02d" % (10 + m), "24:00", "home")]
        if i == 58:
            p = [("00:00", "07:10", "home"), ("07:35", "16:40", "work"), ("18:15", "19:40", "church"), ("20:00", "24:00", "home")]
        elif wd == 4 and i % 2:
            p = [("00:00", "07:10", "home"), ("07:35", "16:40", "work"), ("17:20", "22:%02d" % (10 + m), "marcus"),
                 ("22:%02d" % (35 + m), "24:00", "home")]
        return p
    if wd == 5:
        return [("00:00", "09:%02d" % m, "home"), ("09:%02d" % (30 + m), "13:%02d" % m, "work" if i % 2 else "marcus"),
                ("14:%02d" % m, "24:00", "home")]
    return [("00:00", "08:%02d" % (10 + m), "home"), ("08:%02d" % (40 + m), "10:%02d" % (15 + m), "church"),
            ("10:%02d" % (35 + m), "14:%02d" % (20 + m), "mom"), ("15:00", "24:00", "home")]


def build(out_root):
    pdir = os.path.join(out_root, PID)
    counts = telegram(pdir)
    ntx = bank(pdir)
    twitter(pdir)
    visits = expand_visits(312, TZ, START, NDAYS, day_plan, PLACES)
    ios_history(os.path.join(pdir, "Google", "location-history.json"), visits, PLACES, 313)
    registry = [
        ("PERSON", "Thanh Nguyen"), ("PERSON", "Marcus Adeyemi"), ("PERSON", "Hoa Nguyen"), ("PERSON", "Grace Okonkwo"),
        ("PERSON", "Seamus Gallagher"), ("PERSON", "Declan Byrne"), ("PERSON", "Rosa Delgado"), ("PERSON", "Hunter Pham"),
        ("PERSON", "Gary Kowalczyk"), ("PERSON", "NGUYEN HOA"), ("PERSON", "HOA NGUYEN"), ("PERSON", "MARCUS ADEYEMI"),
        ("PERSON", "HUNTER PHAM"), ("PERSON", "Marcus"), ("PERSON", "gallagher"), ("PERSON", "mr gallagher"),
        ("PERSON", "Mr. Gallagher"), ("PERSON", "nonso"), ("PERSON", "Bao"), ("PERSON", "bean"), ("PERSON", "sunny"),
        ("PERSON", "grace"), ("PERSON", "dec"), ("PERSON", "gary"), ("PERSON", "hunter"), ("PERSON", "rosa"),
        ("PERSON", "tía rosa"), ("PERSON", "father joe"), ("PERSON", "dr patel"), ("PERSON", "chú Tâm"), ("PERSON", "ông Vu"),
        ("PHONE_NUMBER", "+1 713 555 0143"), ("PHONE_NUMBER", "+17135550143"), ("PHONE_NUMBER", "+1 832 555 0178"),
        ("PHONE_NUMBER", "+1 281 555 0121"), ("PHONE_NUMBER", "+1 281 555 0139"), ("PHONE_NUMBER", "281-555-0139"),
        ("PHONE_NUMBER", "+1 713 555 0152"), ("PHONE_NUMBER", "+1 346 555 0166"), ("PHONE_NUMBER", "+1 713 555 0190"),
        ("PHONE_NUMBER", "713 555 0107"),
        ("EMAIL_ADDRESS", "tina.nguyen.htx@example.com"), ("EMAIL_ADDRESS", "sunnyc.castillo@example.net"),
        ("EMAIL_ADDRESS", "sgallagher.props@example.org"),
        ("LOCATION", "11415 Bissonnet St Apt 1308"), ("LOCATION", "11415 BISSONNET 1308"), ("LOCATION", "7215 Wilcrest Dr"),
        ("LOCATION", "9801 Bellaire Blvd Ste 214"), ("LOCATION", "6120 Hillcroft Ave #14"),
        ("CREDIT_CARD", CARD_SP), ("ABA_ROUTING_NUMBER", ROUTING), ("BANK_ACCOUNT", ACCT), ("US_SSN", SSN), ("US_ITIN", ITIN),
        ("US_PASSPORT", PASSPORT), ("US_DRIVER_LICENSE", DL), ("LICENSE_PLATE", "RKT-4829"),
        ("USERNAME", "@tinanguyen_htx"), ("USERNAME", "thanh_tina713"), ("USERNAME", "@sunnyside_cc"), ("USERNAME", "@dec_byrne_htx"),
        ("URL", "instagram.com/sunnyside_cc"), ("URL", "venmo.com/u/Hunter-Pham-22"),
    ]
    pii = collect_pii(pdir, registry)
    gt = {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": "Thanh 'Tina' Nguyen, 29, Vietnamese-American dental hygienist on Bellaire Blvd, Houston TX; lives in Alief, "
                       "Nigerian-American boyfriend, practising Catholic, living paycheck to paycheck.",
        "timezone": TZ,
        "user": {"names": ["Thanh Nguyen", "Tina", "tina 🦷"], "phones": ["+1 713 555 0143", "+17135550143"],
                 "emails": ["tina.nguyen.htx@example.com"], "handles": ["@tinanguyen_htx", "thanh_tina713"]},
        "pii": pii,
        "facts": {
            "home": {"lat": 29.6742, "lon": -95.5815, "radius_m": 300, "address": "11415 Bissonnet St Apt 1308, Houston, TX 77099",
                     "city": "Houston"},
            "work": {"lat": 29.70565, "lon": -95.5469, "radius_m": 300, "employer": "Bellaire Family Dental"},
            "sleep_window": {"start": "23:00", "end": "06:00", "tolerance_min": 60},
            "top_contacts": sorted([{"name": t, "messages": c} for t, c in counts.items() if t != "alief crew 🌶️"],
                                   key=lambda x: -x["messages"])[:3],
            "relationships": [
                {"name": "Marcus 💛", "relationship": "partner", "full_name": "Marcus Adeyemi"},
                {"name": "Mẹ", "relationship": "mother", "full_name": "Hoa Nguyen"},
                {"name": "bean", "relationship": "brother", "full_name": "Bao Nguyen"},
                {"name": "sunny", "relationship": "close_friend", "full_name": "Sunny Castillo"},
                {"name": "Grace Okonkwo", "relationship": "colleague", "full_name": "Grace Okonkwo"},
                {"name": "Seamus Gallagher", "relationship": "landlord", "full_name": "Seamus Gallagher"}],
            "religion": {"value": "Catholic"}, "health": {"value": False}, "politics": {"value": False},
            "financial_stress": {"value": True}, "gambling": {"value": False}, "gaming": {"value": False},
            "salary": {"amount": "1684.37", "currency": "USD", "payer": "BELLAIRE FAMILY DNT PAYROLL", "period": "biweekly"},
            "risky_contact": {"name": "Gary Kowalczyk", "why": "posts 68 distinct angry political messages in 'alief crew 🌶️'"}},
    }
    write_gt(pdir, gt)
    return counts, ntx, pii
