"""uk_leanne_robson: Leanne Robson, 36, hairdresser in Heaton, lives in Byker, Newcastle upon Tyne."""
import json
import os
import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from h21_common import (Msg, csv_text, daily_stays, iban_make, jitter, lay_out, luhn_complete, moji_tree,
                        typo, write_json, write_text, UTC)

PID = "uk_leanne_robson"
TZ = "Europe/London"
START = date(2024, 2, 1)
DAYS = 90

ME = "me"
USER_NAME = "Leanne Robson"
PHONE_A = "07700 900412"
PHONE_B = "07700900412"
PHONE_C = "+44 7700 900412"
EMAIL = "leanne.robson88@example.com"
IG = "leannedoeshair_ne"
NINO = "JT 48 21 93 C"
PASSPORT = "532917406"
DRIVING = "ROBSO852188LM9XY"
CARD = luhn_complete("492918300417562")
CARD_SP = " ".join(CARD[i:i + 4] for i in range(0, 16, 4))
SORT_ME = "60-83-71"
ACC_ME = "24681357"
SORT_JADE = "20 45 77"
ACC_JADE = "53018264"
IBAN_AGA = iban_make("PL", "10901014000007121981287" + "4")
IBAN_AGA_SP = " ".join(IBAN_AGA[i:i + 4] for i in range(0, len(IBAN_AGA), 4))
PLATE_A = "NK19 XRD"
PLATE_B = "nk19xrd"
PRECIOUS_PHONE = "07700 900873"
SALON_PHONE = "0191 498 0375"
GAZ_NUM = "+44 7700 900871"
PRECIOUS_EMAIL = "precious.adeyemi@example.org"
HOME_ADDR = "Flat 3, 118 Shields Road"
HOME_PC = "NE6 1DL"
HOME_FULL = "118 Shields Road, Byker, Newcastle upon Tyne NE6 1DL, UK"
MAM_ADDR = "41 Welbeck Road, Walker NE6 2HU"
WORK_ADDR = "212 Chillingham Road, Heaton, Newcastle upon Tyne NE6 5LP, UK"
HOME = (54.974630, -1.582410)
WORK = (54.983210, -1.578930)
CHURCH = (54.970880, -1.559720)
MAM = (54.971950, -1.553300)
GYM = (54.977200, -1.597700)
PUB = (54.978900, -1.602300)


def _nhs():
    base = "485777345"
    for last in range(10):
        d = base[:8] + str(last)
        s = sum(int(d[i]) * (10 - i) for i in range(9))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        if c != 10:
            return d + str(c)


NHS = _nhs()
NHS_SP = NHS[:3] + " " + NHS[3:6] + " " + NHS[6:]

CHATS = {
    "mam": "Mam",
    "rhys": "Rhys 💕",
    "jade": "Our Jade",
    "precious": "Precious Adeyemi",
    "aga": "Aga Salon",
}
GROUP = "Friday Club 🍻"
GMEMBERS = {"precious": "Precious Adeyemi", "aga": "Aga Salon", "gaz": GAZ_NUM, "dawn": "Dawn Fenwick", "sunny": "Sunny"}


def _political(rng):
    topics = ["Westminster", "the council", "this government", "Starmer", "Sunak", "the bloody Tories", "Labour",
              "the immigration figures", "the BBC", "Brussels", "the energy companies", "them MPs"]
    forms = [
        "{t} want locking up the lot of them 😡",
        "cannot believe what {t} are getting away with. absolute disgrace",
        "anyone else seen this about {t}?? wake up people!!!",
        "{t} have ruined this country. RUINED. and nobody does owt",
        "honestly if {t} think were gonna vote for them again theyre deluded 🤬",
        "read this before you tell me {t} are on our side. liars the lot",
    ]
    out = [f.format(t=t) for t in topics for f in forms]
    out = [s[0].upper() + s[1:] if rng.random() < 0.5 else s for s in out]
    rng.shuffle(out)
    return out[:67]


def build(outdir):
    rng = random.Random(2122)
    zi = ZoneInfo(TZ)
    chats = {}

    def me(t):
        return (ME, typo(rng, t, 0.06))

    def th(t):
        return ("them", t)

    # ---------------- Mam
    scripted = [
        (1, 18, 30, [th("Are you coming to mass sunday pet"), me("yeah ill meet you at St Aidan's for 10"), th("Lovely x")]),
        (13, 8, 40, [me("ash wednesday today mam, going to 6 oclock mass after work"), th("Good girl. Im giving up biscuits for lent"), me("ha im giving up chocolate again 🙈")]),
        (6, 19, 0, [th("Jade says you're short again. Do you need a few pound"), me("no mam im fine honest"), th("Dont lie to your mother")]),
        (20, 17, 10, [th("Hospital letter came for my hip. 14th March at the RVI"), me("ill take you. whats your nhs number they always ask"), th(NHS_SP), me("got it x")]),
        (34, 20, 0, [me("lit a candle for nana at church today 🕯️"), th("Shes watching over us pet")]),
        (40, 15, 30, [me("how did the hip go mam?? Dr Okafor ring u?"), th("Theyre doing it in May. Im fine stop fussing")]),
        (45, 9, 0, [me("prayed the rosary with you last night, felt nice tbh"), th("Your nana would be proud x")]),
        (59, 11, 0, [me("happy easter mam 🐣 see you at mass"), th("Happy Easter darling. Bring Rhys for dinner")]),
        (70, 18, 0, [th("Have you sorted that loan thing"), me("paying it off mam slowly. dont tell our jade")]),
        (80, 19, 0, [me("parcel for you coming to " + MAM_ADDR + " dont panic its from me"), th("Ooh what is it")]),
    ]
    pool = [
        [th("Did you get home ok"), me("yes mam x")],
        [th("Ring me when your finished"), me("will do")],
        [me("what you having for tea"), th("Mince and dumplings"), me("save us some 😂")],
        [th("Its freezing put a coat on"), me("im 36 mam 🙄"), th("Coat.")],
        [me("popping round after work"), th("Kettle'll be on")],
        [th("Have you seen our Jade's new hair"), me("i did it!! 💇‍♀️")],
        [me("love you x"), th("Love you too pet xx")],
        [th("The telly's gone funny again"), me("have you tried turning it off and on"), th("Yes. Twice.")],
        [me("cant come tonight mam, salon's mad busy"), th("Dont work too hard")],
        [th("Father Kieran was asking after you"), me("aw tell him i'll be there sunday")],
        [me("how's the hip today"), th("Sore but managing")],
        [th("Bingo tonight with Maureen"), me("have fun dont spend all ur pension 😂")],
    ]
    chats["mam"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.42, (8, 21))

    # ---------------- Rhys (partner)
    scripted = [
        (2, 22, 10, [th("Home yet babe"), me("nearly, bus is crawling"), th("im outside in the van NK19 XRD, the white one lol"), me("i know what ur van looks like you divvy 😂")]),
        (9, 21, 0, [me("overdraft's maxed again. £1,250 limit and im at £1,243"), th("Ill sort the shopping this week dont worry"), me("i hate this")]),
        (14, 12, 30, [th("Happy valentines gorgeous ❤️"), me("❤️❤️ love you")]),
        (18, 22, 15, [me("had another letter from fernbrook loans. missed payment fee £15 on top"), th("Phone them tomorrow and ask for a plan"), me("ok")]),
        (27, 19, 40, [th("Will's on that fortnite again all night"), me("put a timer on it lol, kai's the same")]),
        (36, 20, 30, [me("whats ur reg again for the parking permit form"), th("nk19xrd"), me("ta")]),
        (47, 21, 30, [me("landlord text, tariq says rent was 3 days late and theres a £30 charge"), th("Ffs. I'll transfer you 200 tomorrow"), me("u dont have to"), th("Want to")]),
        (58, 17, 0, [me("coming to mass with me and mam for easter? she'll cry if u do"), th("Go on then. What time"), me("10 at st aidans")]),
        (73, 21, 0, [me("paid the loan thing. only 4 more payments"), th("Proud of you babe 💪")]),
    ]
    pool = [
        [th("What u want for tea"), me("chippy?"), th("Say less")],
        [me("finished at 6 tonight"), th("Ill pick u up")],
        [me("miss u"), th("Miss u more")],
        [th("Football on tonight, toon v villa"), me("ill be at mams anyway")],
        [me("can u get milk on way home"), th("👍")],
        [th("Wills mam dropping him at 5"), me("ok ill make pasta")],
        [me("im so tired 😩 7 clients back to back"), th("Bath and bed for you")],
        [th("Van's making that noise again"), me("take it to Sully's garage")],
        [me("skint till friday 😭"), th("We'll manage")],
        [th("Night babe"), me("night xx")],
        [me("<Media omitted>"), th("😂😂😂 where's that from")],
        [th("Running late, job in Gosforth overran"), me("np")],
        [me("did u feed the cat"), th("Yes Biscuit is fed and fat")],
    ]
    chats["rhys"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.6, (9, 22))

    # ---------------- Our Jade (sister)
    scripted = [
        (4, 20, 0, [me("jade can u lend us 50 till payday. rents due and im short"), th("Yeah send us ur details"), me(SORT_ME + " " + ACC_ME), th("Sent x")]),
        (11, 19, 30, [th("Mams nhs number is " + NHS + " in case they ring u"), me("i've got it already but ta")]),
        (25, 18, 0, [me("payday. sending ur 50 back. whats urs again"), th("sort " + SORT_JADE + " acc " + ACC_JADE), me("done 💸")]),
        (32, 20, 20, [th("Kai's got chickenpox 😩 off school all week"), me("poor lamb. want me to sit with him thurs")]),
        (41, 19, 0, [th("Are you gambling again or something?? mam says ur always skint"), me("no!! its that loan and the overdraft, i dont even do the lottery")]),
        (55, 20, 0, [me("jade i need to borrow again, just 80 this time 😭 ill pay u back on the 28th"), th("Leanne this is 3rd time this month"), me("i know im sorry")]),
        (61, 18, 30, [th("Gaz at the pub put 50 quid on the grand national lol"), me("he's mental. i wouldnt know how to place a bet")]),
        (78, 20, 10, [th("Kai wants a new xbox game for his birthday"), me("ill go halves on it")]),
    ]
    pool = [
        [th("U free saturday"), me("working till 4, after?")],
        [me("did u see mams facebook post 😂"), th("Shes discovered gifs god help us")],
        [th("Can u do my roots next week"), me("yeah tues after 5")],
        [me("kai ok?"), th("Yeah just moody")],
        [th("Primark haul 🛍️"), me("show meee")],
        [me("have u rang mam today"), th("Yes she's fine")],
        [th("Lend us ur straighteners"), me("get ur own 😂 go on then")],
        [me("ugh work"), th("Same")],
    ]
    chats["jade"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.35, (10, 21))

    # ---------------- Precious (close friend)
    scripted = [
        (3, 21, 30, [th("Hen do booking!!! Benidorm 7th june 🥳"), me("IM IN"), th("Need ur passport number for the flights babe"), me(PASSPORT), th("Got it 💃")]),
        (8, 20, 0, [th("flights are 189 each, can i put it on ur card and u pay me"), me("just use mine, its " + CARD_SP + " exp 09/27"), th("Ok done")]),
        (16, 19, 0, [me("my new email is " + EMAIL + " for the group booking stuff"), th("👍")]),
        (24, 21, 0, [th("Car hire needs a driver, can we put u down"), me("ye licence is " + DRIVING), th("legend")]),
        (30, 18, 40, [th("My number changed btw its " + PRECIOUS_PHONE), me("saved 💕")]),
        (39, 21, 0, [me("honestly might have to pull out of benidorm, im that skint"), th("Nooo we'll sort something, pay me monthly"), me("ur the best")]),
        (50, 20, 0, [th("Sunny's mum is in hospital, we should send flowers"), me("yes defo, ill put a tenner in")]),
        (62, 20, 30, [th("Send me ur address for the hen pack"), me(HOME_ADDR + ", " + HOME_PC), th("Postcode again? says not found"), me("its " + HOME_PC + " hun")]),
        (76, 21, 0, [th("email me the room list " + PRECIOUS_EMAIL), me("sending now")]),
        (33, 20, 15, [th("hotel wants a contact number for u"), me(PHONE_B + " same as always lol")]),
        (84, 19, 0, [me("did u see dawn's new fella 👀"), th("HE IS FIT")]),
    ]
    pool = [
        [th("Wine tonight?"), me("cant, skint 😭"), th("Ill bring it")],
        [me("omg today i had a client who wanted a mullet"), th("no way 😂😂"), me("and she LOVED it")],
        [th("Lashes done, look"), th("<Media omitted>"), me("GORGEOUS 😍")],
        [me("friday club this week?"), th("Obvs")],
        [th("How's Rhys"), me("he's being amazing tbh")],
        [me("i need a holiday"), th("7th june babes")],
        [th("Gym tomorrow 7am?"), me("ur funny"), th("😂")],
        [me("what u wearing sat"), th("the green dress"), me("yesss")],
        [th("Can u squeeze me in for a fringe trim"), me("come at 12 ill do it on my dinner")],
        [me("Mark's doing my head in at work"), th("tell him where to go 😂")],
        [th("Church was packed today"), me("i know i saw u at the back lol")],
    ]
    chats["precious"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.52, (10, 22))

    # ---------------- Aga (colleague)
    scripted = [
        (5, 8, 30, [th("Morning, Mark says can you open today, he is late"), me("yeah no bother")]),
        (15, 20, 0, [th("Can you send me the 40 for the supplies? To my Polish account please " + IBAN_AGA_SP), me("will do tonight")]),
        (22, 9, 0, [me("Mark needs my NI number for the new payroll thing, is it just on the form"), th("Yes just write it"), me("ok " + NINO + " right?"), th("I dont know your number haha")]),
        (43, 8, 0, [th("Salon phone is broken, customers call " + SALON_PHONE + " it forwards to Mark")]),
        (52, 18, 0, [th("My mama is visiting from Gdańsk next week 😊"), me("aw lovely! bring her in for a blow dry on me")]),
        (67, 8, 15, [me("running 10 mins late, bus"), th("I cover your 9:00")]),
        (12, 17, 30, [th("New girl Shauna wants your number for the rota"), me("give her it, " + PHONE_A)]),
    ]
    pool = [
        [th("Who has the 10:30 colour?"), me("me")],
        [me("we're out of 6/0 developer"), th("I order today")],
        [th("Mark in bad mood 😬"), me("noted")],
        [me("ta for covering x"), th("No problem")],
        [th("Tips jar 32 pounds today"), me("not bad")],
        [me("what time u in tomorrow"), th("9")],
        [th("Can you swap saturday"), me("yeah if u do my wednesday")],
    ]
    chats["aga"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.34, (8, 19))

    # ---------------- group
    pol = _political(rng)
    gm = []
    lines = {
        "precious": ["Friday club this week?? 🍻", "The Cumberland at 8", "who's in", "im buying first round", "HAHAHA", "love u lot"],
        "aga": ["I come after 9", "Sorry tired tonight", "Next week definitely 😊"],
        "dawn": ["Im in 🙋‍♀️", "Bringing my new fella 😏", "Can someone get me a cider im running late", "that was messy 😂"],
        "sunny": ["in", "mum's out of hospital thanks for the flowers everyone ❤️", "quiz night next week?", "😂😂"],
        "gaz": ["Ill be there", "Pint of Brown please", "Grand national sweepstake anyone, £5 in"],
    }
    mine = ["in!", "cant this week skint 😭", "gaz please not in here", "8 is good", "who's designated driver lol",
            "not getting into politics in the friday club chat gaz", "see u there x", "🍻🍻", "my round next week promise"]
    pdays = sorted(rng.sample(range(DAYS), 67))
    for i, di in enumerate(pdays):
        d = START + timedelta(days=di)
        gm.append(Msg(datetime(d.year, d.month, d.day, rng.randint(9, 22), rng.randint(0, 59), rng.randint(0, 59), tzinfo=zi), "gaz", pol[i]))
    for di in range(DAYS):
        d = START + timedelta(days=di)
        if rng.random() < 0.55:
            k = rng.choice(["precious", "precious", "aga", "dawn", "dawn", "sunny", "gaz"])
            gm.append(Msg(datetime(d.year, d.month, d.day, rng.randint(10, 21), rng.randint(0, 59), rng.randint(0, 59), tzinfo=zi), k, rng.choice(lines[k])))
        if rng.random() < 0.25:
            gm.append(Msg(datetime(d.year, d.month, d.day, rng.randint(10, 21), rng.randint(0, 59), rng.randint(0, 59), tzinfo=zi), ME, rng.choice(mine)))
    gm.sort(key=lambda m: m.dt)
    chats["group"] = gm

    counts = {}
    for k, msgs in chats.items():
        title = GROUP if k == "group" else CHATS[k]
        counts[title] = _write_wa(outdir, k, title, msgs, rng)
    _write_monzo(outdir, rng)
    _write_instagram(outdir, rng)
    _write_location(outdir, rng)
    return chats, counts


def _wa_ts(dt):
    return dt.strftime("%d/%m/%Y, %H:%M")


def _write_wa(outdir, key, title, msgs, rng):
    zi = ZoneInfo(TZ)
    lines = []
    first = msgs[0].dt - timedelta(minutes=5)
    lines.append(_wa_ts(first) + " - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.")
    if key == "group":
        lines.append(_wa_ts(first) + ' - Precious Adeyemi created group "Friday Club 🍻"')
        lines.append(_wa_ts(first) + " - Precious Adeyemi added you")
    for i, m in enumerate(msgs):
        if m.sender == ME:
            author = USER_NAME
        elif key == "group":
            author = GMEMBERS[m.sender]
        else:
            author = CHATS[key]
        lines.append(_wa_ts(m.dt) + " - " + author + ": " + m.text)
        if key != "group" and i % 97 == 41:
            lines.append(_wa_ts(m.dt + timedelta(minutes=1)) + " - " + author + ": This message was deleted")
        if i % 83 == 17:
            lines.append(_wa_ts(m.dt + timedelta(minutes=2)) + " - " + author + ": IMG-%s-WA%04d.jpg (file attached)" % (m.dt.strftime("%Y%m%d"), i))
    write_text(f"{outdir}/whatsapp/WhatsApp Chat with {title}.txt", "\n".join(lines) + "\n")
    return sum(1 for ln in lines if ": " in ln[19:] and " - " + USER_NAME + ": " in ln or _is_msg(ln, key))


def _is_msg(ln, key):
    head = ln.split(" - ", 1)
    return len(head) == 2 and ": " in head[1] and not head[1].startswith("Messages and calls")


def _write_monzo(outdir, rng):
    zi = ZoneInfo(TZ)
    rows = []
    bal = -620.0

    def at(di, h, m):
        d = START + timedelta(days=di)
        return datetime(d.year, d.month, d.day, h, m, rng.randint(0, 59), tzinfo=zi)

    def add(dt, typ, name, emoji, cat, amt, notes="", addr="", desc=""):
        rows.append((dt, typ, name, emoji, cat, amt, notes, addr, desc or name.upper()))

    for di in (27, 56, 87):  # 28 Feb, 28 Mar, 27 Apr (Sat -> 26 Apr)
        if di == 87:
            di = 85
        add(at(di, 6, 1), "Faster payment", "SHEAR CLASS HAIR LTD", "", "Income", 1642.37, "", "", "SHEAR CLASS HAIR LTD SALARY")
    for di in (0, 29, 59):
        add(at(di, 9, 12), "Faster payment", "Tariq Hussain", "", "Bills", -595.00, "rent flat 3", "", "T HUSSAIN RENT FLAT3")
    add(at(47, 16, 0), "Faster payment", "Tariq Hussain", "", "Bills", -30.00, "late fee", "", "T HUSSAIN LATE FEE")
    for di in (10, 40, 70):
        add(at(di, 4, 5), "Direct Debit", "Fernbrook Loans", "", "Finances", -86.40, "", "", "FERNBROOK LOANS LTD")
    add(at(19, 4, 10), "Direct Debit", "Fernbrook Loans", "", "Finances", -15.00, "", "", "FERNBROOK LOANS MISSED PMT FEE")
    for di in (8, 38, 68):
        add(at(di, 3, 0), "Overdraft", "Overdraft interest", "", "Finances", round(-rng.uniform(18, 26), 2), "", "", "OVERDRAFT INTEREST")
    add(at(4, 20, 15), "Faster payment", "Jade Robson", "", "Transfers", 50.00, "", "", "J ROBSON LOAN")
    add(at(25, 18, 10), "Faster payment", "Jade Robson", "", "Transfers", -50.00, "pay u back x", "", "JADE ROBSON")
    add(at(55, 20, 30), "Faster payment", "Jade Robson", "", "Transfers", 80.00, "", "", "J ROBSON")
    add(at(48, 9, 0), "Faster payment", "Rhys Pritchard", "", "Transfers", 200.00, "love u x", "", "R PRITCHARD")
    add(at(15, 20, 40), "Faster payment", "Agnieszka Wroblewska", "", "Transfers", -40.00, "salon supplies", "", "A WROBLEWSKA")
    add(at(51, 12, 0), "Faster payment", "Precious Adeyemi", "", "Transfers", -40.00, "benidorm instalment", "", "P ADEYEMI")
    add(at(81, 12, 0), "Faster payment", "Precious Adeyemi", "", "Transfers", -40.00, "benidorm 2", "", "P ADEYEMI")
    for di in (4, 11, 18, 25, 32, 39, 46, 53, 60, 67, 74, 81, 88):
        add(at(di, 11, 40), "Card payment", "St Aidan's RC Church", "⛪", "Charity", -5.00, "", "Walker, Newcastle upon Tyne", "ST AIDANS CHURCH WALKER")
    add(at(13, 18, 45), "Card payment", "CTS Catholic Shop", "📿", "Shopping", -7.99, "lent devotional", "", "CATHOLIC TRUTH SOCIETY")
    for di in (2, 32, 61):
        add(at(di, 5, 0), "Direct Debit", "Northern Powergrid Energy", "⚡", "Bills", -72.00, "", "", "OCTOPUS ENERGY")
        add(at(di, 5, 1), "Direct Debit", "Newcastle City Council", "🏛️", "Bills", -118.00, "", "", "NEWCASTLE CC CTAX")
        add(at(di, 5, 2), "Direct Debit", "Vodafone", "📱", "Bills", -18.00, "", "", "VODAFONE LTD")
    shops = [("Greggs", "🥐", "Eating out", (2.5, 7.9), "Shields Road, Newcastle upon Tyne"), ("Tesco Express", "🛒", "Groceries", (4, 28), "Chillingham Road, Newcastle upon Tyne"),
             ("Aldi", "🛒", "Groceries", (14, 55), "Byker, Newcastle upon Tyne"), ("Nexus Metro", "🚇", "Transport", (2.4, 4.8), "Newcastle upon Tyne"),
             ("Go North East", "🚌", "Transport", (2.0, 4.6), ""), ("Primark", "👗", "Shopping", (6, 30), "Northumberland Street, Newcastle upon Tyne"),
             ("The Cumberland Arms", "🍺", "Eating out", (8, 24), "Byker, Newcastle upon Tyne"), ("Boots", "💊", "Shopping", (3, 15), "Eldon Square")]
    for di in range(DAYS):
        if rng.random() < 0.7:
            n, e, c, (lo, hi), a = rng.choice(shops)
            add(at(di, rng.randint(8, 21), rng.randint(0, 59)), "Card payment", n, e, c, -round(rng.uniform(lo, hi), 2), "", a)
    rows.sort(key=lambda r: r[0])
    hdr = ["Transaction ID", "Date", "Time", "Type", "Name", "Emoji", "Category", "Amount", "Currency", "Local amount",
           "Local currency", "Notes and #tags", "Address", "Receipt", "Description", "Category split", "Money Out", "Money In"]
    out = [hdr]
    for i, r in enumerate(rows):
        dt, typ, name, emoji, cat, amt, notes, addr, desc = r
        tid = "tx_0000" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(18))
        a = "%.2f" % amt
        out.append([tid, dt.strftime("%d/%m/%Y"), dt.strftime("%H:%M:%S"), typ, name, emoji, cat, a, "GBP", a, "GBP", notes,
                    addr, "", desc, "", ("%.2f" % -amt) if amt < 0 else "", ("%.2f" % amt) if amt > 0 else ""])
    write_text(f"{outdir}/monzo/MonzoDataExport_01-02-2024_30-04-2024.csv", csv_text(out))
    return len(rows)


def _write_instagram(outdir, rng):
    zi = ZoneInfo(TZ)
    base = f"{outdir}/instagram-leannedoeshair_ne-2024-05-02"
    prof = {"profile_user": [{"title": "", "media_map_data": {"Profile Photo": {"uri": "media/profile/202311/1790.jpg", "creation_timestamp": 1699999999, "title": ""}},
                              "string_map_data": {
                                  "Email": {"href": "", "value": EMAIL, "timestamp": 0},
                                  "Phone Confirmed": {"href": "", "value": "True", "timestamp": 0},
                                  "Phone Number": {"href": "", "value": PHONE_C, "timestamp": 0},
                                  "Username": {"href": "", "value": IG, "timestamp": 0},
                                  "Name": {"href": "", "value": "Leanne Robson 💇‍♀️", "timestamp": 0},
                                  "Bio": {"href": "", "value": "Stylist @ Shear Class, Heaton ✂️ bookings 07700 900 412 💜 Toon army ⚫⚪", "timestamp": 0},
                                  "Gender": {"href": "", "value": "female", "timestamp": 0},
                                  "Date of birth": {"href": "", "value": "1988-02-18", "timestamp": 0},
                                  "Private Account": {"href": "", "value": "False", "timestamp": 0}}}]}
    write_json(f"{base}/personal_information/personal_information/personal_information.json", moji_tree(prof), ascii_=True, indent=2)
    captions = ["balayage transformation on the lovely Dawn 😍 #balayage #newcastlehair", "copper season 🍂 book in via dm", "Ash Wednesday ✝️ 40 days of no chocolate starts now 🙈",
                "Easter Sunday with my mam and Rhys 🐣 after mass at St Aidan's", "before / after 💇‍♀️ #hairtok #heaton", "salon life with Aga 💕 couldn't do it without her",
                "Valentines with my fella ❤️", "curly girl method on @precious.a_lashes 🌀", "friday club 🍻 @dawnfenwick_x", "fresh fade for Will (Rhys's lad) 😎 first time doing a skin fade"]
    posts = []
    for i, cap in enumerate(captions):
        d = START + timedelta(days=7 + i * 8)
        ts = int(datetime(d.year, d.month, d.day, 19, rng.randint(0, 59), tzinfo=zi).timestamp())
        posts.append({"media": [{"uri": "media/posts/2024%02d/%d.jpg" % (d.month, 17900000000 + i), "creation_timestamp": ts,
                                 "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": WORK[0], "longitude": WORK[1]}]}}, "title": cap}]})
    write_json(f"{base}/your_instagram_activity/content/posts_1.json", moji_tree(posts), ascii_=True, indent=2)
    comments = [("so proud of u babe 😭❤️", "precious.a_lashes"), ("my fave hairdresser!!", "dawnfenwick_x"), ("Gorgeous as always 😍", "precious.a_lashes"),
                ("Agnieszka Wróblewska you absolute star 🌟", "stc_heaton"), ("ur nephew kai wants a fade next", "jaderobson_x")]
    cj = []
    for i, (c, owner) in enumerate(comments):
        d = START + timedelta(days=11 + i * 15)
        cj.append({"media_list_data": [{"uri": ""}], "string_map_data": {"Comment": {"value": c},
                   "Media Owner": {"value": owner}, "Time": {"timestamp": int(datetime(d.year, d.month, d.day, 21, 5, tzinfo=zi).timestamp())}}})
    write_json(f"{base}/your_instagram_activity/comments/post_comments_1.json", moji_tree(cj), ascii_=True, indent=2)
    fol = []
    for i, h in enumerate(["precious.a_lashes", "dawnfenwick_x", "jaderobson_x", "stc_heaton", "nufc", "tynesidecatholics"]):
        fol.append({"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/" + h, "value": h, "timestamp": 1690000000 + i * 86400 * 9}]})
    write_json(f"{base}/connections/followers_and_following/following.json", moji_tree({"relationships_following": fol}), ascii_=True, indent=2)


def _write_location(outdir, rng):
    def plan(day, wd, r):
        segs = []
        if wd == 6:  # Sunday
            segs.append(("home", 0, 9.5))
            segs.append(("church", 9.8, 11.2))
            segs.append(("mam", 11.4, 15.0 + r.random()))
            segs.append(("home", 16.2, 24))
        elif wd == 0:  # Monday off
            segs.append(("home", 0, 11.0 + r.random()))
            if r.random() < 0.5:
                segs.append(("mam", 12.0, 14.5))
            segs.append(("home", 15.0, 24))
        else:
            segs.append(("home", 0, 8.2 + r.random() * 0.3))
            segs.append(("work", 8.8, 17.5 + r.random() * 1.0))
            if wd == 4:
                segs.append(("pub", 19.8, 23.0))
                segs.append(("home", 23.4, 24))
            else:
                segs.append(("home", 19.0, 24))
        return segs

    stays = daily_stays(TZ, START, DAYS, plan, rng)
    places = {"home": (HOME, "ChIJh21ukHomeBykr01", HOME_FULL, "Home", "TYPE_HOME"),
              "work": (WORK, "ChIJh21ukWorkShear2", "Chillingham Road, Heaton, Newcastle upon Tyne NE6 5LP, UK", "Shear Class", "TYPE_WORK"),
              "church": (CHURCH, "ChIJh21ukChurchAid3", "St Aidan's RC Church, Walker, Newcastle upon Tyne, UK", "St Aidan's RC Church", None),
              "mam": (MAM, "ChIJh21ukMamWlbck4", "Welbeck Road, Walker, Newcastle upon Tyne NE6, UK", "Welbeck Road", None),
              "pub": (PUB, "ChIJh21ukPubCumb05", "Byker, Newcastle upon Tyne NE6 1LD, UK", "The Cumberland Arms", None)}
    by_month = {}
    prev = None

    def ts(dt):
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randint(0, 999)

    for sa, sb, key in stays:
        (lat, lon), pid, addr, name, stype = places[key]
        mkey = (sa.year, sa.strftime("%B").upper())
        lst = by_month.setdefault(mkey, [])
        if prev is not None and sa > prev[0]:
            lst.append({"activitySegment": {"startLocation": {"latitudeE7": int(prev[1] * 1e7), "longitudeE7": int(prev[2] * 1e7)},
                                            "endLocation": {"latitudeE7": int(lat * 1e7), "longitudeE7": int(lon * 1e7)},
                                            "duration": {"startTimestamp": ts(prev[0]), "endTimestamp": ts(sa)},
                                            "distance": rng.randint(600, 4200), "activityType": rng.choice(["IN_BUS", "WALKING", "IN_SUBWAY", "IN_PASSENGER_VEHICLE"]),
                                            "confidence": "HIGH"}})
        jl = jitter(rng, lat, lon, 10)
        loc = {"latitudeE7": int(jl[0] * 1e7), "longitudeE7": int(jl[1] * 1e7), "placeId": pid, "address": addr, "name": name,
               "sourceInfo": {"deviceTag": 1184230791}, "locationConfidence": round(rng.uniform(60, 99), 4)}
        if stype:
            loc["semanticType"] = stype
        lst.append({"placeVisit": {"location": loc, "duration": {"startTimestamp": ts(sa), "endTimestamp": ts(sb)},
                                   "placeConfidence": "HIGH_CONFIDENCE", "centerLatE7": int(lat * 1e7), "centerLngE7": int(lon * 1e7),
                                   "visitConfidence": rng.randint(70, 99), "locationConfidence": rng.randint(70, 99)}})
        prev = (sb, lat, lon)
    for (y, mon), objs in sorted(by_month.items()):
        if y != 2024 or mon not in ("FEBRUARY", "MARCH", "APRIL"):
            continue
        write_json(f"{outdir}/Takeout/Location History (Timeline)/Semantic Location History/{y}/{y}_{mon}.json",
                   {"timelineObjects": objs}, ascii_=False, indent=2)


MASK = ["Aga Salon", "Rhys 💕", " - Sunny: ", "Our Jade"]


def pii_candidates():
    P = "PERSON"
    c = [(P, USER_NAME), (P, "Rhys Pritchard"), (P, "Rhys"), (P, "Bernadette Robson"), (P, "Jade Robson"), (P, "Jade"), (P, "jade"),
         (P, "Precious Adeyemi"), (P, "Agnieszka Wroblewska"), (P, "Aga"), (P, "Mark"), (P, "Tariq Hussain"), (P, "tariq"),
         (P, "Dr Okafor"), (P, "Kai"), (P, "kai"), (P, "Will"), (P, "Dawn Fenwick"), (P, "Dawn"), (P, "dawn"), (P, "Sunny"), (P, "Gaz"), (P, "gaz"),
         (P, "Maureen"), (P, "Father Kieran"), (P, "Sully"), (P, "Agnieszka Wróblewska"), (P, "Shauna"),
         ("PHONE_NUMBER", PHONE_A), ("PHONE_NUMBER", PHONE_B), ("PHONE_NUMBER", PHONE_C), ("PHONE_NUMBER", "07700 900 412"), ("PHONE_NUMBER", PRECIOUS_PHONE), ("PHONE_NUMBER", SALON_PHONE),
         ("PHONE_NUMBER", GAZ_NUM), ("EMAIL_ADDRESS", EMAIL), ("EMAIL_ADDRESS", PRECIOUS_EMAIL),
         ("UK_NINO", NINO), ("UK_NHS", NHS), ("UK_NHS", NHS_SP), ("UK_PASSPORT", PASSPORT), ("UK_DRIVING_LICENCE", DRIVING),
         ("CREDIT_CARD", CARD_SP), ("BANK_ACCOUNT", SORT_ME + " " + ACC_ME), ("BANK_ACCOUNT", SORT_JADE), ("BANK_ACCOUNT", ACC_JADE),
         ("IBAN_CODE", IBAN_AGA_SP), ("LICENSE_PLATE", PLATE_A), ("LICENSE_PLATE", PLATE_B),
         ("LOCATION", HOME_ADDR + ", " + HOME_PC), ("LOCATION", HOME_PC), ("LOCATION", MAM_ADDR), ("LOCATION", HOME_FULL), ("LOCATION", WORK_ADDR),
         ("USERNAME", IG), ("USERNAME", "@precious.a_lashes"), ("USERNAME", "precious.a_lashes"), ("USERNAME", "@dawnfenwick_x"), ("USERNAME", "dawnfenwick_x"),
         ("USERNAME", "sunnykaur.ne"), ("USERNAME", "aga.wroblewska.hair"), ("USERNAME", "jaderobson_x"), ("USERNAME", "rhys_pritchard_plastering"),
         ("URL", "https://www.instagram.com/precious.a_lashes"), ("URL", "https://www.instagram.com/dawnfenwick_x"), ("URL", "https://www.instagram.com/sunnykaur.ne"),
         ("URL", "https://www.instagram.com/aga.wroblewska.hair"), ("URL", "https://www.instagram.com/jaderobson_x"),
         ("URL", "https://www.instagram.com/rhys_pritchard_plastering")]
    return c


def facts(counts):
    top = sorted(((k, v) for k, v in counts.items() if k != GROUP), key=lambda kv: -kv[1])[:3]
    return {
        "home": {"lat": HOME[0], "lon": HOME[1], "radius_m": 300, "address": HOME_ADDR + ", Byker, Newcastle upon Tyne " + HOME_PC, "city": "Newcastle upon Tyne"},
        "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": "Shear Class Hair Ltd (salon, Chillingham Road, Heaton)"},
        "sleep_window": {"start": "23:30", "end": "07:30", "tolerance_min": 60},
        "top_contacts": [{"name": k, "messages": v} for k, v in top],
        "relationships": [
            {"name": "Rhys 💕", "relationship": "partner", "full_name": "Rhys Pritchard"},
            {"name": "Mam", "relationship": "mother", "full_name": "Bernadette Robson"},
            {"name": "Our Jade", "relationship": "sister", "full_name": "Jade Robson"},
            {"name": "Precious Adeyemi", "relationship": "close_friend", "full_name": "Precious Adeyemi"},
            {"name": "Aga Salon", "relationship": "colleague", "full_name": "Agnieszka Wroblewska"},
        ],
        "religion": {"value": "Catholic"},
        "health": {"value": False},
        "politics": {"value": False},
        "financial_stress": {"value": True},
        "gambling": {"value": False},
        "gaming": {"value": False},
        "salary": {"amount": "1642.37", "currency": "GBP", "payer": "SHEAR CLASS HAIR LTD", "period": "monthly"},
        "risky_contact": {"name": GAZ_NUM, "why": "Gaz Milburn (unsaved number " + GAZ_NUM + ") posts 67 distinct angry political messages in the Friday Club group"},
    }


USER = {"names": [USER_NAME, "Leanne Robson 💇‍♀️", "Leanne"], "phones": [PHONE_A, PHONE_B, PHONE_C, "07700 900 412"],
        "emails": [EMAIL], "handles": [IG, "@" + IG]}
DESCRIPTION = ("Leanne Robson, 36, hairdresser at Shear Class salon on Chillingham Road (Heaton), rents a flat on Shields Road "
               "in Byker, Newcastle upon Tyne. Practising Catholic (mass with her mam, Lent, Easter). Overdrawn, repaying a "
               "high-cost loan, borrows from her sister, late with rent.")
