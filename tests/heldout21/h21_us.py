"""us_abdi_yusuf: Abdirahman "Abdi" Yusuf, 20, community-college student + grocery co-op clerk, Minneapolis MN."""
import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from h21_common import (Msg, aba_complete, csv_text, daily_stays, jitter, lay_out, luhn_complete, typo,
                        write_json, write_text, UTC)

PID = "us_abdi_yusuf"
TZ = "America/Chicago"
START = date(2024, 1, 15)
DAYS = 96

ME = "me"
USER_FIRST, USER_LAST = "Abdirahman", "Yusuf"
USER_NAME = "Abdirahman Yusuf"
PHONE_TG = "+1 612 555 0143"
PHONE_B = "612-555-0143"
PHONE_C = "(612) 555-0143"
EMAIL = "abdi.yusuf02@example.net"
TG_HANDLE = "@abdi_plays"
REDDIT = "frostbyte_abdi"
RIOT = "frostbyte#612"
TWITCH = "https://twitch.tv/frostbyte_abdi"
SSN = "521-47-3098"
ITIN_MOM = "912-78-4410"
PASSPORT = "583920174"
DL = "Y820451937264"
ROUTING = aba_complete("29107154")
ACCOUNT = "7720015846"
CARD = luhn_complete("541275003318904")
PLATE = "HXT-472"
ADDR = "2817 Bloomington Ave S Apt 3, Minneapolis, MN 55407"
ADDR_SHORT = "2817 Bloomington apt 3"
MOM_ADDR = "1632 S 6th St Apt 914"
DALE_PHONE = "612-555-0188"
GRACE_PHONE = "(651) 555-0127"
MATEO_PHONE = "763.555.0119"
HANI_PHONE = "+1 (612) 555-0172"
GRACE_EMAIL = "grace.nguyen.lsg@example.com"
DALE_EMAIL = "dale.hunter.rentals@example.net"
HOME = (44.952310, -93.252840)
WORK = (44.948420, -93.247310)
SCHOOL = (44.973020, -93.283150)
MASJID = (44.962180, -93.246990)
MOM = (44.968210, -93.253460)

CHATS = {  # key: (chat name, tg id, contact first, last)
    "hooyo": ("Hooyo 💛", 5120443981, "Hooyo", "💛"),
    "hani": ("Hani", 5233109874, "Hani", "Yusuf"),
    "mateo": ("Mateo D", 6011872240, "Mateo", "Delgado"),
    "grace": ("Grace Nguyen", 5870342119, "Grace", "Nguyen"),
    "dale": ("Dale Hunter (landlord)", 1944021773, "Dale", "Hunter"),
}
GROUP = ("north side 5stack 🎮", 4410293385)
GMEMBERS = {"mateo": ("Mateo Delgado", 6011872240), "will": ("Will Okonkwo", 5402211987),
            "sunny": ("Sunny Park", 6120034451), "brandon": ("Brandon Kowalczyk", 5098761123)}
MY_ID = 5091117724


def _political(rng):
    topics = ["the democrats", "the republicans", "congress", "biden", "trump", "the supreme court", "the fed",
              "the mainstream media", "the state legislature", "big tech", "the deep state", "both parties"]
    forms = [
        "{t} are straight up destroying this country and nobody cares 🤬",
        "im so sick of {t}. vote them ALL out",
        "if you still trust {t} at this point idk what to tell you. sheep",
        "another day another scandal from {t}. PATHETIC",
        "reminder that {t} dont give a single f about people like us",
        "{t} lied AGAIN. read it yourself before u defend them",
    ]
    out = [f.format(t=t) for t in topics for f in forms]
    rng.shuffle(out)
    return out[:64]


def build(outdir):
    rng = random.Random(2123)
    zi = ZoneInfo(TZ)
    chats = {}

    def me(t):
        return (ME, typo(rng, t, 0.07))

    def th(t):
        return ("them", t)

    # ---------------- Hooyo
    scripted = [
        (3, 18, 0, [th("Abdi come eat friday after jummah"), me("ok hooyo insha allah")]),
        (10, 17, 30, [th("Tax man need my ITIN, is it " + ITIN_MOM), me("yeah thats it hooyo ill bring the papers")]),
        (26, 20, 0, [th("My sugar was high today 210"), me("hooyo did u take the metformin?? ill call Dr Farah"), th("Yes yes dont worry")]),
        (55, 18, 0, [th("Ramadan starts monday insha allah. You come suhoor?"), me("ill do suhoor at my place, iftar with u on weekends")]),
        (57, 19, 20, [me("ramadan mubarak hooyo ❤️ first fast done alhamdulillah"), th("Mubarak my son")]),
        (64, 19, 0, [me("going to taraweeh at the masjid tonight"), th("Good. Make dua for your aabo")]),
        (72, 12, 0, [me("hooyo whats ur address for the amazon thing, is it " + MOM_ADDR), th("Yes 914")]),
        (86, 8, 0, [me("eid mubarak hooyo!! 🌙 coming over after eid prayer"), th("Eid mubarak. Bring Hani")]),
    ]
    pool = [
        [th("Did u eat"), me("yes hooyo")],
        [th("Call me"), me("in class, after")],
        [me("hooyo i'm working late tonight"), th("Ok be careful in the cold")],
        [th("Wear jacket its -10"), me("i am 😭")],
        [me("salaam hooyo how was ur day"), th("Alhamdulillah good")],
        [th("Your aunt Sahra say hello"), me("salaam to her")],
        [me("do u need anything from the store"), th("Milk and bananas")],
        [th("Pray fajr"), me("i did hooyo 🙏")],
    ]
    chats["hooyo"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.6, (10, 21))

    # ---------------- Hani (sister)
    scripted = [
        (1, 21, 0, [me("hani do u have my ss card? HR at the co-op needs the number"), th("its " + SSN + " dont lose it this time"), me("thank u 🙏")]),
        (12, 22, 0, [th("send me ur routing + account for the refund from mom's taxes"), me("routing " + ROUTING + " acct " + ACCOUNT), th("ok")]),
        (30, 20, 30, [th("my new number " + HANI_PHONE), me("saved")]),
        (44, 21, 0, [th("u staying up till 4 playing valorant again? mom said ur light was on"), me("ranked grind sis im almost immortal 😤"), th("ur gonna fail chem")]),
        (58, 4, 50, [me("suhoor at mine? eggs and anjero"), th("cant too tired lol")]),
        (69, 20, 0, [th("passport renewal for umrah?"), me("yeah got it back, " + PASSPORT), th("nice inshallah we go in june")]),
        (80, 19, 0, [th("hooyo's sugar was bad again this week"), me("i know i called dr farah"), th("ok")]),
    ]
    pool = [
        [th("lmaooo"), me("💀💀")],
        [me("hani can u pick me up from work at 9"), th("ugh fine")],
        [th("did u call hooyo"), me("yes")],
        [me("bring me the charger i left"), th("ur so annoying")],
        [th("whats ur schedule this week"), me("mon wed fri class, work tue thu sat")],
        [me("happy bday sis 🎂"), th("ty ❤️")],
        [th("ur playing again aren't u"), me("one more game")],
    ]
    chats["hani"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.6, (11, 23))

    # ---------------- Mateo (best friend)
    scripted = [
        (0, 23, 30, [th("valo?"), me("hop on, im on " + RIOT)]),
        (6, 22, 0, [th("bro new number " + MATEO_PHONE), me("bet")]),
        (15, 23, 50, [me("we lost 4 in a row im done 😭"), th("one more"), me("ok one more")]),
        (21, 20, 0, [th("can u cover the steam sale thing, ill venmo u"), me("ya use my card " + CARD + " exp 11/26 cvv in dm lol jk i'll just buy it"), th("lmao ok")]),
        (29, 19, 0, [th("broke my wrist at work 💀 cant play for 2 weeks"), me("bro WHAT. get well soon fr")]),
        (40, 21, 0, [me("pick me up? car's in ur name right, the " + PLATE + " one"), th("yea thats my civic omw")]),
        (52, 22, 0, [th("brandon put 200 on draftkings for march madness lmao"), me("gambling is haram bro and he's gonna lose it all 😂"), th("facts")]),
        (61, 23, 45, [me("cant play tn, taraweeh then sleep, fasting tmrw"), th("respect bro")]),
        (75, 22, 30, [me("streaming tonight " + TWITCH), th("ill lurk")]),
        (90, 23, 0, [th("eid mubarak bro 🌙"), me("eid mubarak!! 5stack tonight to celebrate")]),
    ]
    pool = [
        [th("valo?"), me("gimme 10")],
        [me("bro this jett is trolling"), th("report him")],
        [th("new agent is broken"), me("fr nerf incoming")],
        [me("1v3 clutch did u see 😤"), th("CLEAN")],
        [th("gym tmrw?"), me("maybe after work")],
        [me("im hardstuck ascendant 3 😭"), th("skill issue")],
        [th("u see the wolves game"), me("ANT IS HIM")],
        [me("elden ring dlc when"), th("june?")],
        [th("helldivers tonight?"), me("ya after i finish hw")],
        [me("gg"), th("gg wp")],
        [th("steam sale has baldurs gate 30% off"), me("already got it lol")],
        [me("can u carry me in ranked"), th("no 💀")],
    ]
    chats["mateo"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.8, (19, 23))

    # ---------------- Grace (coworker)
    scripted = [
        (2, 15, 0, [th("hey its grace from the co-op! manager wants everyone's phone for the shift app"), me("hey! its " + PHONE_B)]),
        (18, 14, 0, [th("can u take my sat shift? my grandma is sick"), me("yeah ofc hope she feels better")]),
        (33, 16, 0, [th("send the direct deposit form to " + GRACE_EMAIL + " i'll give it to Rosa"), me("sent")]),
        (47, 13, 0, [me("grace can u swap my friday? its jummah and i wanna go to the masjid"), th("sure!")]),
        (60, 15, 0, [th("r u fasting? u look tired lol"), me("yeah ramadan, im good tho. 15 more days")]),
        (78, 14, 0, [th("my cell if the app is down " + GRACE_PHONE), me("👍")]),
        (8, 15, 30, [th("Rosa says she needs a copy of ur ID for the file"), me("my MN license is " + DL + " ill bring the card tmrw"), me("and email is " + EMAIL + " for the schedule")]),
    ]
    pool = [
        [th("u working tmrw?"), me("yeah 2-9")],
        [me("register 3 is broken again"), th("ugh telling Rosa")],
        [th("can u grab me a coffee on the way"), me("bet")],
        [me("running 5 late sorry"), th("np")],
        [th("inventory sunday 😩"), me("nooo")],
    ]
    chats["grace"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.42, (10, 17))

    # ---------------- Dale (landlord)
    scripted = [
        (0, 10, 0, [th("Hi Abdirahman, this is Dale Hunter. Rent for " + ADDR_SHORT + " is due on the 1st, Zelle to " + DALE_EMAIL), me("ok thank you")]),
        (17, 11, 0, [me("hi dale, the heat in my unit is off again"), th("I'll send Marcus over tomorrow between 9 and 12")]),
        (34, 9, 30, [th("Reminder rent due Friday. My cell is " + DALE_PHONE + " if issues"), me("paid it already 👍")]),
        (49, 12, 0, [me("my roommate Will is late on his half, i paid my part"), th("Thanks for letting me know")]),
        (77, 10, 30, [th("Also need a good phone number for the renewal"), me("(612) 555-0143 is my cell")]),
        (77, 10, 0, [th("Lease renewal docs mailed to " + ADDR), me("got them thanks")]),
    ]
    pool = [[th("Received, thanks."), me("👍")], [me("hi dale rent sent"), th("Got it.")]]
    chats["dale"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.07, (9, 17))

    # ---------------- group
    pol = _political(rng)
    gm = []
    lines = {
        "mateo": ["5stack tonight 9pm?", "who's on", "gg boys", "sunny ur smokes were cracked"],
        "will": ["in", "late tonight, work", "rent money coming friday i swear", "😂😂😂"],
        "sunny": ["lets gooo", "im on sage", "cant tonight studying", "new map sucks"],
        "brandon": ["on in 10", "who wants to do a march madness bracket, $20 buy in"],
    }
    mine = ["in", "9 works", "brandon chill with the politics bro", "cant tonight", "lets go 🔥", "gg", "need 1 more",
            "bro not in the gaming gc 💀", "im igl tonight", "taraweeh then ill hop on ~10:30"]
    pdays = sorted(rng.sample(range(DAYS), 64))
    for i, di in enumerate(pdays):
        d = START + timedelta(days=di)
        gm.append(Msg(datetime(d.year, d.month, d.day, rng.randint(12, 23), rng.randint(0, 59), rng.randint(0, 59), tzinfo=zi), "brandon", pol[i]))
    for di in range(DAYS):
        d = START + timedelta(days=di)
        if rng.random() < 0.55:
            k = rng.choice(["mateo", "mateo", "will", "sunny", "brandon"])
            gm.append(Msg(datetime(d.year, d.month, d.day, rng.randint(17, 23), rng.randint(0, 59), rng.randint(0, 59), tzinfo=zi), k, rng.choice(lines[k])))
        if rng.random() < 0.28:
            gm.append(Msg(datetime(d.year, d.month, d.day, rng.randint(17, 23), rng.randint(0, 59), rng.randint(0, 59), tzinfo=zi), ME, rng.choice(mine)))
    gm.sort(key=lambda m: m.dt)
    chats["group"] = gm

    counts = {(GROUP[0] if k == "group" else CHATS[k][0]): len(v) for k, v in chats.items()}
    _write_telegram(outdir, chats, rng)
    _write_ofx(outdir, rng)
    _write_reddit(outdir, rng)
    _write_location(outdir, rng)
    return chats, counts


def _tg_text(s):
    """Telegram rich text: split out phone/email/link/mention entities."""
    import re
    pat = re.compile(r"(\+?1? ?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4})|([\w.+-]+@example\.(?:com|net|org))|(https?://\S+)|(@\w+)")
    parts = []
    ents = []
    pos = 0
    for m in pat.finditer(s):
        if m.start() > pos:
            parts.append(s[pos:m.start()])
            ents.append({"type": "plain", "text": s[pos:m.start()]})
        typ = "phone" if m.group(1) else "email" if m.group(2) else "link" if m.group(3) else "mention"
        parts.append({"type": typ, "text": m.group(0)})
        ents.append({"type": typ, "text": m.group(0)})
        pos = m.end()
    if not ents:
        return s, [{"type": "plain", "text": s}] if s else []
    if pos < len(s):
        parts.append(s[pos:])
        ents.append({"type": "plain", "text": s[pos:]})
    return parts, ents


def _write_telegram(outdir, chats, rng):
    zi = ZoneInfo(TZ)
    mid = 1
    clist = []
    for key, msgs in chats.items():
        if key == "group":
            name, cid = GROUP
            ctype = "private_group"
        else:
            name, cid, _f, _l = CHATS[key]
            ctype = "personal_chat"
        out = []
        if key == "group":
            t0 = msgs[0].dt - timedelta(hours=1)
            out.append({"id": mid, "type": "service", "date": t0.strftime("%Y-%m-%dT%H:%M:%S"), "date_unixtime": str(int(t0.timestamp())),
                        "actor": "Mateo Delgado", "actor_id": "user6011872240", "action": "create_group", "title": GROUP[0],
                        "members": ["Mateo Delgado", USER_FIRST + " " + USER_LAST, "Will Okonkwo", "Sunny Park", "Brandon Kowalczyk"],
                        "text": "", "text_entities": []})
            mid += 1
        for m in msgs:
            if m.sender == ME:
                frm, fid = USER_FIRST + " " + USER_LAST, MY_ID
            elif key == "group":
                frm, fid = GMEMBERS[m.sender]
            else:
                frm, fid = name, cid
            text, ents = _tg_text(m.text)
            rec = {"id": mid, "type": "message", "date": m.dt.astimezone(zi).strftime("%Y-%m-%dT%H:%M:%S"),
                   "date_unixtime": str(int(m.dt.timestamp())), "from": frm, "from_id": "user%d" % fid, "text": text,
                   "text_entities": ents}
            if rng.random() < 0.03:
                rec["edited"] = m.dt.astimezone(zi).strftime("%Y-%m-%dT%H:%M:%S")
                rec["edited_unixtime"] = str(int(m.dt.timestamp()) + 40)
            out.append(rec)
            mid += 1
        chat = {"name": name, "type": ctype, "id": cid, "messages": out}
        clist.append(chat)
    contacts = []
    cl = [("Hooyo", "💛", "+1 612 555 0161"), ("Hani", "Yusuf", HANI_PHONE), ("Mateo", "Delgado", "+1 763 555 0119"),
          ("Grace", "Nguyen", "+1 651 555 0127"), ("Dale", "Hunter", "+1 612 555 0188"), ("Will", "Okonkwo", "+1 612 555 0134"),
          ("Sunny", "Park", "+1 952 555 0102"), ("Brandon", "K", "+1 763 555 0150")]
    for i, (f, l, p) in enumerate(cl):
        t = datetime(2023, 9, 1 + i, 12, 0, tzinfo=zi)
        contacts.append({"first_name": f, "last_name": l, "phone_number": p, "date": t.strftime("%Y-%m-%dT%H:%M:%S"),
                         "date_unixtime": str(int(t.timestamp()))})
    obj = {"about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data.",
           "personal_information": {"user_id": MY_ID, "first_name": USER_FIRST, "last_name": USER_LAST, "phone_number": PHONE_TG,
                                    "username": TG_HANDLE, "bio": "mpls | valo " + RIOT + " | twitch.tv/frostbyte_abdi"},
           "contacts": {"about": "This is your contact list.", "list": contacts},
           "chats": {"about": "This page lists all chats from this export.", "list": clist}}
    write_json(f"{outdir}/Telegram Desktop/DataExport_2024-04-21/result.json", obj, ascii_=False, indent=1)


def _write_ofx(outdir, rng):
    zi = ZoneInfo(TZ)
    tx = []

    def at(di, h, m):
        d = START + timedelta(days=di)
        return datetime(d.year, d.month, d.day, h, m, rng.randint(0, 59), tzinfo=zi)

    d0 = 4  # first payday Fri 19 Jan
    for di in range(d0, DAYS, 14):
        tx.append((at(di, 3, 0), "DIRECTDEP", 684.12, "LAKE STREET GROCERY CO-OP", "PAYROLL PPD ID 9410338127"))
    for di in (17, 47, 76):
        tx.append((at(di, 9, 0), "DEBIT", -575.00, "ZELLE TO DALE HUNTER", "rent 2817 bloomington"))
    for di in range(3, DAYS, 7):
        tx.append((at(di, 13, 40), "DEBIT", -20.00, "MASJID AN-NUR MPLS", "Sadaqah weekly"))
    tx.append((at(60, 20, 0), "DEBIT", -150.00, "ISLAMIC RELIEF USA", "Zakat al-Fitr + donation"))
    tx.append((at(85, 18, 0), "DEBIT", -60.00, "LAUNCHGOOD", "Ramadan campaign"))
    games = [("STEAM PURCHASE", (4.99, 59.99)), ("RIOT*VALORANT POINTS", (9.99, 49.99)), ("PLAYSTATION NETWORK", (9.99, 19.99)),
             ("TWITCH INTERACTIVE", (4.99, 4.99)), ("DISCORD* NITRO", (9.99, 9.99))]
    for di in range(1, DAYS, 5):
        n, (lo, hi) = rng.choice(games)
        tx.append((at(di, 22, rng.randint(0, 59)), "DEBIT", -round(rng.uniform(lo, hi), 2), n, "gaming"))
    tx.append((at(22, 20, 30), "CREDIT", 19.99, "VENMO CASHOUT", "from Mateo Delgado steam"))
    tx.append((at(49, 21, 0), "CREDIT", 287.50, "ZELLE FROM WILL OKONKWO", "rent half late sorry"))
    tx.append((at(13, 10, 0), "CREDIT", 412.00, "ZELLE FROM HANI YUSUF", "mom tax refund share"))
    everyday = [("HOLY LAND DELI", (8, 18)), ("CUB FOODS #1611", (12, 60)), ("METRO TRANSIT GO-TO", (2.5, 2.5)),
                ("HOLIDAY STATIONSTORE", (3, 12)), ("TARGET T-1375", (10, 45)), ("AMAZON MKTPL", (12, 40))]
    for di in range(DAYS):
        if rng.random() < 0.42:
            n, (lo, hi) = rng.choice(everyday)
            tx.append((at(di, rng.randint(10, 21), rng.randint(0, 59)), "POS", -round(rng.uniform(lo, hi), 2), n, ""))
    tx.sort(key=lambda r: r[0])
    bal = 1843.22 + sum(t[2] for t in tx)

    def ofxdt(dt):
        off = int(dt.utcoffset().total_seconds() // 3600)
        return dt.strftime("%Y%m%d%H%M%S") + ".000[%d:%s]" % (off, dt.tzname())

    L = ["OFXHEADER:100", "DATA:OFXSGML", "VERSION:102", "SECURITY:NONE", "ENCODING:USASCII", "CHARSET:1252",
         "COMPRESSION:NONE", "OLDFILEUID:NONE", "NEWFILEUID:NONE", "", "<OFX>", "<SIGNONMSGSRSV1>", "<SONRS>", "<STATUS>",
         "<CODE>0", "<SEVERITY>INFO", "</STATUS>", "<DTSERVER>" + ofxdt(datetime(2024, 4, 20, 9, 0, tzinfo=zi)), "<LANGUAGE>ENG",
         "<FI>", "<ORG>Northstar Community CU", "<FID>4471", "</FI>", "</SONRS>", "</SIGNONMSGSRSV1>", "<BANKMSGSRSV1>",
         "<STMTTRNRS>", "<TRNUID>1", "<STATUS>", "<CODE>0", "<SEVERITY>INFO", "</STATUS>", "<STMTRS>", "<CURDEF>USD",
         "<BANKACCTFROM>", "<BANKID>" + ROUTING, "<ACCTID>" + ACCOUNT, "<ACCTTYPE>CHECKING", "</BANKACCTFROM>",
         "<BANKTRANLIST>", "<DTSTART>" + ofxdt(datetime(2024, 1, 15, 0, 0, tzinfo=zi)), "<DTEND>" + ofxdt(datetime(2024, 4, 19, 23, 59, tzinfo=zi))]
    for i, (dt, typ, amt, name, memo) in enumerate(tx):
        L += ["<STMTTRN>", "<TRNTYPE>" + typ, "<DTPOSTED>" + ofxdt(dt), "<TRNAMT>%.2f" % amt,
              "<FITID>%s%04d" % (dt.strftime("%Y%m%d"), i), "<NAME>" + name[:32]]
        if memo:
            L.append("<MEMO>" + memo)
        L.append("</STMTTRN>")
    L += ["</BANKTRANLIST>", "<LEDGERBAL>", "<BALAMT>%.2f" % bal, "<DTASOF>" + ofxdt(datetime(2024, 4, 19, 23, 59, tzinfo=zi)), "</LEDGERBAL>",
          "<AVAILBAL>", "<BALAMT>%.2f" % bal, "<DTASOF>" + ofxdt(datetime(2024, 4, 19, 23, 59, tzinfo=zi)), "</AVAILBAL>",
          "</STMTRS>", "</STMTTRNRS>", "</BANKMSGSRSV1>", "</OFX>"]
    write_text(f"{outdir}/bank/northstar_checking_5846.ofx", "\r\n".join(L) + "\r\n")
    return len(tx)


def _write_reddit(outdir, rng):
    zi = ZoneInfo(TZ)

    def ts(di, h):
        d = START + timedelta(days=di)
        return datetime(d.year, d.month, d.day, h, rng.randint(0, 59), rng.randint(0, 59), tzinfo=zi).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")

    def rid():
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(7))

    posts = [(5, 23, "VALORANT", "finally hit ascendant after 200 games 😭", "solo queue grind at 3am is not healthy but we made it. add me " + RIOT),
             (20, 22, "buildapc", "first build, 7800x3d + 4070 super, is 650w enough?", "budget is tight-ish, saving from my grocery job"),
             (55, 21, "islam", "tips for fasting while working retail shifts?", "first ramadan working 6 hour shifts on my feet, how do yall manage energy"),
             (62, 23, "VALORANT", "playing ranked right after iftar is elite", "full stomach, full focus. jett diff"),
             (74, 14, "Minneapolis", "best place for iftar on lake street?", "looking for somewhere to break fast with friends, halal obvs"),
             (88, 20, "Twitch", "small streamer here, first 50 followers!", "come say hi " + TWITCH)]
    P = [["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]]
    for di, h, sub, title, body in posts:
        i = rid()
        P.append([i, "https://www.reddit.com/r/%s/comments/%s/" % (sub, i), ts(di, h), "", sub, "0", title, "", body])
    write_text(f"{outdir}/reddit/posts.csv", "\ufeff" + csv_text(P))
    comments = ["jett mains when the op is in their hands 💀", "ramadan mubarak everyone, may allah accept our fasts",
                "nah the vandal is better for sprays", "worked a double and then played 6 comps, no regrets", "taraweeh at my masjid was packed tonight mashallah",
                "cub foods on lake st has dates on sale btw", "skill issue tbh", "eid mubarak r/islam 🌙", "whoever designed sunset should be fired",
                "helldivers 2 is the best coop game of the year dont @ me", "the 35w bus is always late smh", "psa: steam spring sale ends thursday",
                "gambling ads during march madness are insane, not touching that", "my hooyo makes the best sambusa fight me", "gg to the guy who carried my lobby",
                "imagine paying $80 for a skin. anyway i bought it", "sleep schedule is cooked, its 4am and im still in ranked", "ur crosshair placement is the issue",
                "ramadan + finals week is a different kind of test", "anyone from north mpls wanna 5stack? dm u/m8teo_d or me"]
    C = [["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"]]
    subs = ["VALORANT", "islam", "VALORANT", "gaming", "islam", "Minneapolis", "VALORANT", "islam", "VALORANT", "Helldivers",
            "Minneapolis", "Steam", "CollegeBasketball", "Somalia", "VALORANT", "VALORANT", "VALORANT", "VALORANT", "islam", "Minneapolis"]
    for k, (c, sub) in enumerate(zip(comments, subs)):
        i, link = rid(), rid()
        di = 2 + k * 4
        if "ramadan" in c or "taraweeh" in c:
            di = 57 + (k % 25)
        if "eid" in c:
            di = 86
        C.append([i, "https://www.reddit.com/r/%s/comments/%s/comment/%s/" % (sub, link, i), ts(di, rng.choice([1, 2, 3, 14, 21, 22, 23])), "", sub, "0",
                  "https://www.reddit.com/r/%s/comments/%s/" % (sub, link), "t3_" + link, c, ""])
    write_text(f"{outdir}/reddit/comments.csv", "\ufeff" + csv_text(C))
    M = [["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"]]
    dms = [("m8teo_d", REDDIT, "valo", "yo its mateo, this my reddit lol"), (REDDIT, "m8teo_d", "re: valo", "lmao hi"),
           ("sunnyp_gg", REDDIT, "5stack", "u still need a 5th for thursday?"), (REDDIT, "sunnyp_gg", "re: 5stack", "ya 9pm, after taraweeh")]
    for k, (f, t, s, b) in enumerate(dms):
        i = rid()
        M.append([i, "https://www.reddit.com/message/messages/" + i, "", ts(10 + k * 20, 22), "", f, t, s, b])
    write_text(f"{outdir}/reddit/messages.csv", "\ufeff" + csv_text(M))


def _write_location(outdir, rng):
    def plan(day, wd, r):
        segs = [("home", 0, 10.5 + r.random())]
        if wd in (0, 2, 4):
            segs.append(("school", 11.5, 14.5))
            if wd == 4:
                segs.append(("masjid", 14.8, 15.8))
            segs.append(("home", 16.3, 24))
        elif wd in (1, 3, 5):
            segs.append(("work", 13.8, 21.1))
            segs.append(("home", 21.4, 24))
        else:
            segs.append(("mom", 13.0, 19.5))
            segs.append(("home", 20.0, 24))
        return segs

    stays = daily_stays(TZ, START, DAYS, plan, rng)
    places = {"home": (HOME, "Home", "ChIJh21usHomeBlmgt1"), "work": (WORK, "Work", "ChIJh21usWorkCoop02"),
              "school": (SCHOOL, "Unknown", "ChIJh21usSchoolNsc3"), "masjid": (MASJID, "Unknown", "ChIJh21usMasjidAn4"),
              "mom": (MOM, "Unknown", "ChIJh21usMomApt005")}

    def t(dt):
        s = dt.strftime("%Y-%m-%dT%H:%M:%S.000%z")
        return s[:-2] + ":" + s[-2:]

    arr = []
    prev = None
    for sa, sb, key in stays:
        (lat, lon), stype, pid = places[key]
        if prev is not None and sa > prev[0]:
            arr.append({"endTime": t(sa), "startTime": t(prev[0]),
                        "activity": {"probability": "%.6f" % rng.uniform(0.5, 0.99), "end": "geo:%.6f,%.6f" % (lat, lon),
                                     "topCandidate": {"type": rng.choice(["walking", "in passenger vehicle", "in bus"]), "probability": "%.6f" % rng.uniform(0.3, 0.9)},
                                     "distanceMeters": "%.1f" % rng.uniform(400, 4000), "start": "geo:%.6f,%.6f" % (prev[1], prev[2])}})
        jl = jitter(rng, lat, lon, 10)
        arr.append({"endTime": t(sb), "startTime": t(sa),
                    "visit": {"hierarchyLevel": "0", "topCandidate": {"probability": "%.6f" % rng.uniform(0.5, 0.98), "semanticType": stype,
                                                                      "placeID": pid, "placeLocation": "geo:%.6f,%.6f" % jl},
                              "probability": "%.6f" % rng.uniform(0.6, 0.99)}})
        if rng.random() < 0.15:
            arr.append({"endTime": t(sb), "startTime": t(sa),
                        "timelinePath": [{"point": "geo:%.6f,%.6f" % jitter(rng, lat, lon, 30), "durationMinutesOffsetFromStartTime": str(k * 7)} for k in range(3)]})
        prev = (sb, lat, lon)
    write_json(f"{outdir}/location-history.json", arr, ascii_=False, indent=2)


MASK = ["Hooyo 💛", "Dale Hunter (landlord)", "\nMateo D\n"]


def pii_candidates():
    P = "PERSON"
    return [(P, USER_NAME), (P, "Hani Yusuf"), (P, "HANI YUSUF"), (P, "Hani"), (P, "hani"), (P, "Mateo Delgado"), (P, "Mateo"), (P, "mateo"), (P, "Grace Nguyen"), (P, "grace"), (P, "Dale Hunter"), (P, "DALE HUNTER"), (P, "dale"), (P, "Dale"),
            (P, "Will Okonkwo"), (P, "WILL OKONKWO"), (P, "Will"), (P, "Sunny Park"), (P, "sunny"), (P, "Brandon Kowalczyk"), (P, "brandon"),
            (P, "Dr Farah"), (P, "dr farah"), (P, "Sahra"), (P, "Rosa"), (P, "Marcus"), (P, "Brandon"),
            ("PHONE_NUMBER", PHONE_TG), ("PHONE_NUMBER", PHONE_B), ("PHONE_NUMBER", PHONE_C), ("PHONE_NUMBER", DALE_PHONE),
            ("PHONE_NUMBER", GRACE_PHONE), ("PHONE_NUMBER", MATEO_PHONE), ("PHONE_NUMBER", HANI_PHONE),
            ("PHONE_NUMBER", "+1 612 555 0161"), ("PHONE_NUMBER", "+1 763 555 0119"), ("PHONE_NUMBER", "+1 651 555 0127"),
            ("PHONE_NUMBER", "+1 612 555 0188"), ("PHONE_NUMBER", "+1 612 555 0134"), ("PHONE_NUMBER", "+1 952 555 0102"),
            ("PHONE_NUMBER", "+1 763 555 0150"),
            ("EMAIL_ADDRESS", EMAIL), ("EMAIL_ADDRESS", GRACE_EMAIL), ("EMAIL_ADDRESS", DALE_EMAIL), ("US_SSN", SSN), ("US_ITIN", ITIN_MOM),
            ("US_PASSPORT", PASSPORT), ("US_DRIVER_LICENSE", DL), ("ABA_ROUTING_NUMBER", ROUTING), ("BANK_ACCOUNT", ACCOUNT),
            ("CREDIT_CARD", CARD), ("LICENSE_PLATE", PLATE), ("LOCATION", ADDR), ("LOCATION", ADDR_SHORT), ("LOCATION", MOM_ADDR),
            ("LOCATION", "2817 bloomington"),
            ("USERNAME", TG_HANDLE), ("USERNAME", RIOT), ("USERNAME", REDDIT), ("USERNAME", "u/m8teo_d"), ("USERNAME", "m8teo_d"),
            ("USERNAME", "sunnyp_gg"), ("URL", TWITCH), ("URL", "twitch.tv/frostbyte_abdi")]


def facts(counts):
    top = sorted(((k, v) for k, v in counts.items() if k != GROUP[0]), key=lambda kv: -kv[1])[:3]
    return {
        "home": {"lat": HOME[0], "lon": HOME[1], "radius_m": 300, "address": ADDR, "city": "Minneapolis"},
        "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": "Lake Street Grocery Co-op"},
        "sleep_window": {"start": "02:00", "end": "10:00", "tolerance_min": 60},
        "top_contacts": [{"name": k, "messages": v} for k, v in top],
        "relationships": [
            {"name": "Hooyo 💛", "relationship": "mother", "full_name": "Faadumo Hassan"},
            {"name": "Hani", "relationship": "sister", "full_name": "Hani Yusuf"},
            {"name": "Mateo D", "relationship": "close_friend", "full_name": "Mateo Delgado"},
            {"name": "Grace Nguyen", "relationship": "colleague", "full_name": "Grace Nguyen"},
            {"name": "Dale Hunter (landlord)", "relationship": "landlord", "full_name": "Dale Hunter"},
        ],
        "religion": {"value": "Muslim"},
        "health": {"value": False},
        "politics": {"value": False},
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": True},
        "salary": {"amount": "684.12", "currency": "USD", "payer": "LAKE STREET GROCERY CO-OP", "period": "biweekly"},
        "risky_contact": {"name": "Brandon Kowalczyk", "why": "posts 64 distinct angry political messages in the 'north side 5stack' Telegram group"},
    }


USER = {"names": [USER_NAME, "Abdi", USER_FIRST], "phones": [PHONE_TG, PHONE_B, PHONE_C], "emails": [EMAIL],
        "handles": [TG_HANDLE, "abdi_plays", REDDIT, "u/" + REDDIT, RIOT, "frostbyte_abdi"]}
DESCRIPTION = ("Abdirahman 'Abdi' Yusuf, 20, Somali-American student at a Minneapolis community college, part-time cashier "
               "at Lake Street Grocery Co-op, rents a room on Bloomington Ave S (Phillips). Observant Muslim (jummah, "
               "Ramadan 2024, Eid, sadaqah) and a heavy Valorant/Steam gamer who stays up until 2-4am.")
