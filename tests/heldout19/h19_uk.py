"""Persona uk_wrexham_carys: Carys Meredith, housing officer in Wrexham (Wales)."""
import datetime as dt
import json
import random
from zoneinfo import ZoneInfo

from h19_common import UTC, Registry, schedule, untag, political, stays, write_bytes, write_json

PID = "uk_wrexham_carys"
TZ = "Europe/London"
START = dt.date(2023, 9, 4)
DAYS = 91
ME = "Carys"
USER = {
    "names": ["Carys Meredith", "Carys Ann Meredith"],
    "phones": ["07700 900417", "+44 7700 900417", "+447700900417"],
    "emails": ["carysmeredith91@example.com"],
    "handles": ["carys_mer91", "@carys_mer91"],
}
HOME = dict(name="home", lat=53.05618, lon=-3.00187, address="14 Tan-y-Bryn Terrace, Rhosddu, Wrexham LL11 2HB")
WORK = dict(name="Dyfrdwy Homes office", lat=53.04497, lon=-2.98936)
MAM = dict(name="Mam's", lat=53.01467, lon=-3.05512)  # Rhos
PUB = dict(name="pub quiz", lat=53.04702, lon=-2.99402)
GYM = dict(name="gym", lat=53.05193, lon=-2.98071)
RACES = dict(name="Bangor-on-Dee racecourse", lat=52.99978, lon=-2.91478)

CHATS = [  # (title as export shows it, file, target)
    ("Daf ❤️", 214, "partner", "Dafydd Rowlands"),
    ("Shona K", 152, "close_friend", "Shona Kaczmarek"),
    ("Mam", 126, "mother", "Eirlys Meredith"),
    ("Tunde Adeyemi", 68, "colleague", "Tunde Adeyemi"),
    ("Gareth (landlord)", 38, "landlord", "Gareth Hughes"),
]
GROUP = "Quiz night 🧠🍺"
RISKY = "Rhodri Price"

DAF_PLANT = [
    [("me", "can u sort the tickets for the Cardiff gig, use my card 4658 5840 0231 7766 exp 09/27"), ("them", "done x"),
     ("me", "ta babe")],
    [("me", "lost another 60 on the horses today. i know i know"), ("them", "Car. we talked about this"),
     ("me", "i'll win it back saturday its a dead cert"), ("them", "thats what u said last week")],
    [("me", "overdraft is maxed, rent due friday, ive no idea how im paying it"), ("them", "ill put 200 in"),
     ("me", "i'll pay u back when i get paid i promise")],
    [("them", "{{PERSON|Kev}}'s van is in the garage again so im driving us saturday"), ("me", "in the {{LICENSE_PLATE|CU68 VPD}}?? the heater doesnt even work"),
     ("them", "wear a coat lol")],
    [("me", "acca came in!! 4 legs 🐎🐎 £143 back"), ("them", "go on then, tea's on you"), ("me", "fish n chips 😂")],
    [("them", "{{PERSON|Ffion}} has been on fortnite for 6 hours straight at ur sisters"), ("me", "sounds about right for a 12 yr old"),
     ("them", "i dont get the appeal")],
    [("me", "hire car place needs my licence no. its {{UK_DRIVING_LICENCE|MERED958141CA9JX}} can u fill it in"), ("them", "yep")],
    [("me", "mams going on about chapel again, wants us at the harvest service"), ("them", "do we have to"),
     ("me", "just the once, for a quiet life")],
    [("them", "the lads say theres a lock in at the Turf after the match"), ("me", "go on then but not late im on early")],
    [("me", "payday loan people rang again. i'm not answering"), ("them", "how much is left on it"), ("me", "like 400 ish"),
     ("them", "we'll sort it together ok x")],
    [("me", "cheltenham tickets are £90 each but i'm SO tempted"), ("them", "we literally cant afford it"), ("me", "ugh fine")],
]
DAF_FILL = [
    [("them", "what we having for tea"), ("me", "pasta bake?"), ("them", "👍")],
    [("me", "leaving work now"), ("them", "drive safe x")],
    [("them", "<Media omitted>"), ("me", "hahahaha")],
    [("me", "can u grab milk on the way home"), ("them", "yep")],
    [("them", "running late, traffic on the A483 is mental"), ("me", "ok x")],
    [("me", "love u"), ("them", "love u more x")],
    [("them", "u home?"), ("me", "5 mins")],
    [("me", "bins go out tonight btw"), ("them", "on it")],
    [("them", "shall we get a chinese"), ("me", "yesss"), ("me", "usual pls")],
    [("me", "so tired today"), ("them", "early night?"), ("me", "defo")],
    [("them", "did the parcel come"), ("me", "ye its in the porch")],
    [("me", "the boiler's making that noise again"), ("them", "ill text the landlord")],
    [("them", "footy on at 8"), ("me", "i'll be at quiz anyway")],
    [("me", "omg guess who i just saw in tesco"), ("them", "who"), ("me", "ur old PE teacher 😂")],
    [("them", "night x"), ("me", "nos da x")],
    [("me", "its chucking it down"), ("them", "typical wrexham")],
    [("them", "wrexham won!! 3-1"), ("me", "get innnn")],
    [("me", "This message was deleted"), ("them", "??")],
]
SHONA_PLANT = [
    [("them", "send me ur passport number for the Krakow flights"), ("me", "its 548203917"), ("them", "booked!! ✈️")],
    [("them", "my new number btw {{PHONE_NUMBER|+44 7700 900915}}"), ("me", "saved")],
    [("me", "honestly {{PERSON|shona}} im skint til the 28th, klarna took the lot"), ("them", "want me to lend u some"),
     ("me", "no no ill manage"), ("them", "offer stands x")],
    [("them", "my cousin {{PERSON|Zofia}} needs the rent for the flat, her IBAN is {{IBAN_CODE|PL61 1090 1014 0000 0712 1981 2874}} can u send ur half there"),
     ("me", "done, sent 120 euro")],
    [("me", "put a tenner on the grand national sweep at work and another 30 on betfred lol"), ("them", "u and ur horses")],
    [("them", "come see my cake page {{URL|https://www.instagram.com/shona.kacz.bakes/}}"), ("me", "obsessed with the lemon one")],
    [("them", "migraine again, off work today"), ("me", "oh no, rest up hun"), ("them", "lying in the dark like a vampire")],
    [("me", "{{PERSON|Grace}} and her fella are coming to the quiz thurs"), ("them", "yay")],
    [("me", "gonna be honest i think i need to stop with the betting. down like 300 this month"), ("them", "proud of u for saying it"),
     ("me", "we'll see how long it lasts 🙈")],
]
SHONA_FILL = [
    [("them", "coffee tmrw?"), ("me", "yes pls 11?"), ("them", "perfect")],
    [("me", "did u see what she posted 😂"), ("them", "STOP"), ("them", "im crying")],
    [("them", "<Media omitted>"), ("me", "omg cute")],
    [("me", "gym tonight?"), ("them", "cant, got the dentist"), ("me", "boo")],
    [("them", "how was ur day"), ("me", "long. tenants from hell"), ("them", "🙄")],
    [("me", "lol"), ("them", "lmao")],
    [("them", "wine night fri?"), ("me", "always")],
    [("me", "whats the theme for saturday again"), ("them", "80s!!"), ("me", "sorted")],
    [("them", "i hate mondays"), ("me", "same")],
    [("me", "bake off tonight 🎂"), ("them", "cant wait")],
    [("them", "running late sorry"), ("me", "np")],
    [("me", "xx"), ("them", "❤️")],
    [("them", "did u get home ok"), ("me", "yep x")],
]
MAM_PLANT = [
    [("them", "Dad's op is on the 14th at the Maelor, they want his NHS number on the form its {{UK_NHS|485 721 9638}}"),
     ("me", "ok mam i'll fill it in"), ("them", "Diolch cariad")],
    [("them", "Chapel harvest sunday at 10. Please come, {{PERSON|Mrs Pritchard}} is doing the flowers"), ("me", "we'll try mam")],
    [("them", "Whats {{PERSON|Dafydd}}'s mobile, my phone has lost all the numbers"), ("me", "{{PHONE_NUMBER|07700 900562}}")],
    [("me", "mam whats ur landline again for the form"), ("them", "{{PHONE_NUMBER|01632 960174}}")],
    [("them", "{{PERSON|Siân}} says you were at the bookies on Hope St. Is that true?"), ("me", "only for the sweep mam honestly"),
     ("them", "Be careful")],
    [("me", "can u lend me 150 til payday, car tax"), ("them", "Of course. Don't tell your father")],
    [("them", "Dad is home, knee is sore but he's ok"), ("me", "aw tell him i'll pop round tmrw")],
    [("me", "send parcel to mine, its\n14 Tan-y-Bryn Terrace\nRhosddu\nWrexham LL11 2HB"), ("them", "Thank you love")],
]
MAM_FILL = [
    [("them", "Are you coming for dinner Sunday"), ("me", "yes mam"), ("them", "Lovely")],
    [("them", "Have you eaten"), ("me", "yes x")],
    [("them", "<Media omitted>"), ("me", "aww")],
    [("me", "hows dad"), ("them", "Grumpy as usual")],
    [("them", "It's cold put the heating on"), ("me", "its on mam")],
    [("them", "Nos da cariad x"), ("me", "nos da x")],
    [("me", "mam ur on speaker phone in the group chat again 😂"), ("them", "What")],
    [("them", "Can you show me the facebook again"), ("me", "sunday ok")],
    [("them", "Bara brith in the freezer for you"), ("me", "ur the best")],
    [("them", "Did you ring the doctor about your cough"), ("me", "its just a cold mam")],
]
TUNDE_PLANT = [
    [("them", "HR need ur NI number for the pension thing"), ("me", "JM 48 27 61 C"), ("them", "cheers")],
    [("them", "{{PERSON|Mark}} wants the void report by 3"), ("me", "on it")],
    [("me", "flat 3 at {{LOCATION|22 Grosvenor Road}} has damp again"), ("them", "ill book the contractor")],
    [("me", "{{PERSON|Rose}} is off sick so i'm covering her patch"), ("them", "shout if u need me")],
    [("them", "lol did u see that post on facebook"), ("me", "i've muted the whole page tbh")],
]
TUNDE_FILL = [
    [("them", "u in today?"), ("me", "wfh")],
    [("me", "tea?"), ("them", "pls")],
    [("them", "meeting moved to 2"), ("me", "ok")],
    [("me", "this tenant has rung 7 times today"), ("them", "lol")],
    [("them", "printers broken again"), ("me", "of course it is")],
    [("me", "👍"), ("them", "👍")],
    [("them", "can u cover the 4pm viewing"), ("me", "yep")],
]
GARETH_PLANT = [
    [("me", "hi {{PERSON|gareth}}, im going to be a few days late with rent this month, really sorry"), ("them", "How many days"),
     ("me", "payday is the 28th so the 29th?"), ("them", "OK this once")],
    [("them", "Bank details changed, new ones: sort code 20-45-77 account 63019284"), ("me", "updated thanks")],
    [("me", "new phone btw, same number {{PHONE_NUMBER|07700 900417}}"), ("them", "Noted")],
    [("them", "Email me the meter readings {{EMAIL_ADDRESS|gareth.hughes.lettings@example.net}}"), ("me", "will do")],
    [("me", "boiler's making a banging noise again"), ("them", "I'll send someone Thursday")],
]
GARETH_FILL = [
    [("them", "Gas safety check next week, is Tuesday ok"), ("me", "yes thats fine")],
    [("me", "thanks"), ("them", "No problem")],
    [("them", "Rent received thanks"), ("me", "👍")],
    [("me", "ok cheers"), ("them", "Thanks Carys")],
    [("them", "Window man coming Monday am"), ("me", "ill leave the key under the mat")],
    [("me", "the back door wont lock properly"), ("them", "Will have a look at the weekend")],
]
GROUP_FILL = [
    ("Grace 🌸", "who's in thurs?"), ("me", "me!"), ("Will Tomos", "in"), ("Shona K", "yes x"), ("Grace 🌸", "table booked 8pm"),
    ("me", "we were robbed last week"), ("Will Tomos", "that geography round tho"), ("Shona K", "<Media omitted>"),
    ("Grace 🌸", "😂😂"), ("me", "running 10 mins late"), ("Will Tomos", "got a round in"), ("Shona K", "who had the rugby question"),
]
POL_OPEN = ["", "Unbelievable. ", "Honestly ", "Wake up people. ", "Here we go again, ", "Absolute joke. ", "Told you all. "]
POL_CORE = [
    "Westminster couldn't care less about Wales, never has",
    "the 20mph limit is the Senedd treating us like children",
    "every single politician in Cardiff Bay should be sacked",
    "Sunak and his mates are robbing us blind",
    "Starmer is a spineless careerist who'll say anything for a vote",
    "the tories have wrecked the NHS on purpose so they can sell it off",
    "the BBC is nothing but a government mouthpiece",
    "they've got money for wars but not for our hospitals",
    "energy companies are making billions while pensioners freeze and the government does NOTHING",
    "another MP caught with their hand in the till and nobody goes to jail",
    "net zero is a scam cooked up by people with three houses",
    "Labour run Wales for 25 years and look at the state of it",
    "the House of Lords is a retirement home for party donors",
    "HS2 money went to London and Wales got nothing",
    "they raise council tax every year and the roads are still full of potholes",
    "the whole voting system is rigged for the two big parties",
    "Brussels, Westminster, the Bay, all the same crooks",
    "our kids can't afford a house while politicians flip theirs on expenses",
    "the cost of living crisis is a choice they made",
    "Plaid are no better, all talk",
    "Reform are just tories in a different hat",
    "they lie to our faces at every election and we keep voting them in",
    "the whole cabinet should be in prison",
]
POL_CLOSE = ["", "!!", " 😡", ". Disgusting.", " and nobody cares", ". Rant over."]
GROUP_REPLIES = [("Grace 🌸", "{{PERSON|Rhodri}} it's a quiz chat mate"), ("Will Tomos", "here we go"), ("Shona K", "can we not")]


def _fill(plant, pool, target, rng):
    snips = [list(s) for s in plant]
    n = sum(len(s) for s in snips)
    while n < target:
        s = list(rng.choice(pool))
        if n + len(s) > target:
            s = s[: target - n]
        snips.append(s)
        n += len(s)
    return snips


# planted values that aren't marked with {{}} (so the text reads naturally)
RAW = {
    "4658 5840 0231 7766": "CREDIT_CARD", "548203917": "UK_PASSPORT", "JM 48 27 61 C": "UK_NINO",
    "20-45-77": "BANK_ACCOUNT", "63019284": "BANK_ACCOUNT", "14 Tan-y-Bryn Terrace": "LOCATION", "LL11 2HB": "LOCATION",
}


def _wa_file(root, reg, title, msgs, members_other, group=False):
    rel = f"WhatsApp Chat with {title}.txt"
    lines = []
    t0 = msgs[0][0] - dt.timedelta(minutes=3)
    lines.append(f"{t0:%d/%m/%Y, %H:%M} - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.")
    if group:
        lines.append(f"{t0:%d/%m/%Y, %H:%M} - Grace 🌸 created group \"{GROUP}\"")
        lines.append(f"{t0:%d/%m/%Y, %H:%M} - Grace 🌸 added you")
    for t, who, text, tags in msgs:
        author = ME if who == "me" else (title if who == "them" else who)
        lines.append(f"{t:%d/%m/%Y, %H:%M} - {author}: {text}")
        reg.add_tags(rel, tags)
        for raw, typ in RAW.items():
            if raw in text:
                reg.add(rel, typ, raw)
    data = "\n".join(lines) + "\n"
    for name in members_other:
        if name in data:
            reg.add(rel, "PERSON", name)
    write_bytes(f"{root}/{rel}", data.encode("utf-8"))
    return rel


def _revolut(root, reg, rng):
    zi = ZoneInfo(TZ)
    rows = []

    def at(day, h, m):
        d = START + dt.timedelta(days=day)
        return dt.datetime(d.year, d.month, d.day, h, m, rng.randrange(60), tzinfo=zi)

    for mon in (9, 10, 11):
        d = (dt.date(2023, mon, 28) - START).days
        rows.append(("TOPUP", at(d, 6, 12), "Payment from Dyfrdwy Homes Ltd", 1987.42, "COMPLETED"))
        rows.append(("TRANSFER", at(d + 1, 9, 3), "To Gareth Hughes", -625.00, "COMPLETED"))
        rows.append(("CARD_PAYMENT", at(d - 12, 7, 40), "Klarna*", -rng.choice([48.33, 61.20, 39.99]), "COMPLETED"))
        rows.append(("TRANSFER", at(d + 2, 12, 10), "To Lendwise Loans", -96.50, "COMPLETED"))
        rows.append(("TRANSFER", at(d + 1, 9, 30), "To CARYS MEREDITH", -450.00, "COMPLETED"))
        rows.append(("CARD_PAYMENT", at(d - 27, 8, 5), "Wrexham County Borough Council", -148.00, "COMPLETED"))
        rows.append(("CARD_PAYMENT", at(d - 20, 8, 1), "Octopus Energy", -112.00, "COMPLETED"))
        rows.append(("CARD_PAYMENT", at(d - 15, 8, 2), "EE Limited", -38.00, "COMPLETED"))
        rows.append(("CARD_PAYMENT", at(d - 10, 8, 3), "Moneybarn", -189.45, "COMPLETED"))
    bets = ["Bet365", "Sky Betting and Gaming", "Paddy Power", "Betfred", "William Hill"]
    for k in range(30):
        rows.append(("CARD_PAYMENT", at(rng.randrange(DAYS), rng.randint(11, 22), rng.randrange(60)), rng.choice(bets), -float(rng.choice([10, 20, 20, 25, 30, 40, 50])), "COMPLETED"))
    for day, amt in [(18, 143.20), (47, 62.50), (70, 35.00)]:
        rows.append(("TOPUP", at(day, 17, 30), "Payment from Bet365", amt, "COMPLETED"))
    rows.append(("TRANSFER", at(9, 19, 2), "Payment from Dafydd Rowlands", 200.00, "COMPLETED"))
    rows.append(("TRANSFER", at(53, 18, 40), "Payment from Eirlys Meredith", 150.00, "COMPLETED"))
    rows.append(("TRANSFER", at(30, 20, 1), "To Shona Kaczmarek", -35.00, "COMPLETED"))
    shops = [("Tesco Wrexham", 8, 60), ("Aldi", 10, 45), ("Greggs", 2.5, 7), ("Costa Coffee", 3, 8), ("Shell Rhosddu", 30, 55),
             ("The Turf", 6, 28), ("Amazon", 7, 40), ("Boots", 4, 20), ("Arriva Buses Wales", 2, 5), ("Just Eat", 15, 32),
             ("Primark Wrexham", 8, 40), ("Netflix.com", 10.99, 10.99)]
    for k in range(46):
        s, lo, hi = rng.choice(shops)
        rows.append(("CARD_PAYMENT", at(rng.randrange(DAYS), rng.randint(8, 22), rng.randrange(60)), s, -round(rng.uniform(lo, hi), 2), "COMPLETED"))
    rows.append(("CARD_PAYMENT", at(DAYS - 1, 19, 4), "Bet365", -20.0, "PENDING"))
    rows.sort(key=lambda r: r[1])
    bal = 712.37
    out = ["Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance"]
    rel = "revolut/account-statement_2023-09-01_2023-12-03_en-gb_3f7a21.csv"
    for typ, t, desc, amt, state in rows:
        c = t + dt.timedelta(seconds=rng.randint(1, 40)) if typ != "CARD_PAYMENT" else t + dt.timedelta(hours=rng.randint(0, 30), minutes=rng.randrange(60))
        if state == "COMPLETED":
            bal = round(bal + amt, 2)
            out.append(f"{typ},Current,{t:%Y-%m-%d %H:%M:%S},{c:%Y-%m-%d %H:%M:%S},{desc},{amt:.2f},0.00,GBP,{state},{bal:.2f}")
        else:
            out.append(f"{typ},Current,{t:%Y-%m-%d %H:%M:%S},,{desc},{amt:.2f},0.00,GBP,{state},")
    reg.add(rel, "PERSON", "CARYS MEREDITH")
    for n in ["Gareth Hughes", "Dafydd Rowlands", "Eirlys Meredith", "Shona Kaczmarek"]:
        reg.add(rel, "PERSON", n)
    write_bytes(f"{root}/{rel}", ("\n".join(out) + "\n").encode("utf-8"))
    return len(rows)


def _twitter(root, reg, rng):
    acc = [{"account": {"email": "carysmeredith91@example.com", "createdVia": "android", "username": "carys_mer91",
                        "accountId": "1187443920571392001", "createdAt": "2019-10-24T19:12:40.118Z", "accountDisplayName": "Carys Meredith 🏴󠁧󠁢󠁷󠁬󠁳󠁿"}}]
    phone = [{"device": {"phoneNumber": "+447700900417"}}]
    texts = [
        "come onnnn Wrexham 🔴⚪ #WxmAFC", "why is the A483 always shut when i'm late", "nothing says autumn like rain sideways in Rhosddu",
        "4 legs up, 1 to go 🐎🐎🐎🐎 dont do this to me", "acca ruined by the last leg AGAIN. every single time", "saturday racing is my therapy tbh",
        "Bangor-on-Dee races with the girls 🥂🐎", "anyone else skint till payday or just me", "klarna should be illegal for people like me",
        "bake off semi final i'm not emotionally ready", "@shonakacz your lemon drizzle is a crime against my diet", "quiz night champions 🏆 finally",
        "mam just sent me a voice note of the chapel choir. 9 minutes long", "the racecourse in the fog is a vibe", "lost 40 quid on a horse called Lucky Break. the irony",
        "nos da twitter", "cheltenham 2024 countdown has started in my head", "new boots, no regrets", "who decided it should get dark at 4:30",
        "the 28th cannot come fast enough", "sky bet app deleted. for real this time", "sky bet app reinstalled. weak", "rugby world cup hangover is real 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
        "the other half made a roast and only burnt half of it, progress", "someone explain why my overdraft fee is more than my food shop",
        "the Turf on a match day >>>", "first frost, heating on, sorry bank account", "tenant rang to ask if i could change a lightbulb. i'm a housing officer not a magician",
        "grand national sweep at work and i got the favourite 👀", "@gracenwosu_ happy birthday lovely 🎂",
    ]
    tweets = []
    zi = ZoneInfo(TZ)
    for i, tx in enumerate(texts):
        d = START + dt.timedelta(days=int(i * DAYS / len(texts)) + rng.randrange(3))
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 22), rng.randrange(60), rng.randrange(60), tzinfo=zi).astimezone(UTC)
        tid = str(1698000000000000000 + i * 13370000000000 + rng.randrange(10 ** 12))
        mentions = []
        for h in ("shonakacz", "gracenwosu_"):
            if "@" + h in tx:
                k = tx.index("@" + h)
                mentions.append({"name": h, "screen_name": h, "indices": [str(k), str(k + len(h) + 1)], "id_str": str(900000000 + len(h)), "id": str(900000000 + len(h))})
        tweets.append({"tweet": {"edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": "", "editsRemaining": "5", "isEditEligible": True}},
                                 "retweeted": False, "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
                                 "entities": {"hashtags": [], "symbols": [], "user_mentions": mentions, "urls": []},
                                 "display_text_range": ["0", str(len(tx))], "favorite_count": str(rng.randrange(6)), "id_str": tid,
                                 "truncated": False, "retweet_count": "0", "id": tid, "created_at": t.strftime("%a %b %d %H:%M:%S +0000 %Y"),
                                 "favorited": False, "full_text": tx, "lang": "en"}})
    tweets.reverse()
    dump = lambda name, obj: f"window.YTD.{name}.part0 = " + json.dumps(obj, ensure_ascii=False, indent=2).replace('{\n  "', '{\n  "')
    write_bytes(f"{root}/twitter/data/account.js", dump("account", acc).encode("utf-8"))
    write_bytes(f"{root}/twitter/data/phone-number.js", dump("phone_number", phone).encode("utf-8"))
    write_bytes(f"{root}/twitter/data/tweets.js", dump("tweets", tweets).encode("utf-8"))
    reg.add("twitter/data/account.js", "EMAIL_ADDRESS", "carysmeredith91@example.com")
    reg.add("twitter/data/account.js", "USERNAME", "carys_mer91")
    reg.add("twitter/data/account.js", "PERSON", "Carys Meredith")
    reg.add("twitter/data/phone-number.js", "PHONE_NUMBER", "+447700900417")
    reg.add("twitter/data/tweets.js", "USERNAME", "@shonakacz")
    reg.add("twitter/data/tweets.js", "USERNAME", "@gracenwosu_")
    return len(tweets)


def _records(root, rng):
    extras = [({3}, PUB, 19, 3, 0.9), ({5}, RACES, 12, 5, 0.3), ({6}, MAM, 12, 4, 0.7), ({0, 2}, GYM, 18, 1, 0.5)]
    plan = stays(START, DAYS, TZ, rng, HOME, WORK, {0, 1, 2, 3, 4}, (8.75, 17), extras)
    locs = []
    prev = None
    for place, s, e in plan:
        if prev is not None and prev is not place:
            # commute points
            for k in range(1, 4):
                f = k / 4
                t = s - dt.timedelta(minutes=(4 - k) * 5)
                locs.append((t, prev["lat"] + (place["lat"] - prev["lat"]) * f + rng.uniform(-0.0008, 0.0008),
                             prev["lon"] + (place["lon"] - prev["lon"]) * f + rng.uniform(-0.0008, 0.0008), rng.randint(8, 30), "GPS",
                             [{"activity": [{"type": "IN_VEHICLE", "confidence": rng.randint(60, 95)}, {"type": "STILL", "confidence": rng.randint(1, 20)}]}]))
        t = s
        while t < e:
            locs.append((t, place["lat"] + rng.uniform(-0.0004, 0.0004), place["lon"] + rng.uniform(-0.0004, 0.0004), rng.randint(10, 65),
                         rng.choice(["WIFI", "WIFI", "CELL", "GPS"]), []))
            t += dt.timedelta(minutes=rng.randint(25, 70), seconds=rng.randrange(60))
        prev = place
    locs.sort(key=lambda x: x[0])
    out = []
    for t, lat, lon, acc, src, act in locs:
        u = t.astimezone(UTC)
        rec = {"latitudeE7": round(lat * 1e7), "longitudeE7": round(lon * 1e7), "accuracy": acc}
        if act:
            rec["activity"] = [{"activity": a["activity"], "timestamp": u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(1000):03d}Z"} for a in act]
        rec.update({"source": src, "deviceTag": -1583920417, "platformType": "ANDROID",
                    "timestamp": u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(1000):03d}Z"})
        out.append(rec)
    write_json(f"{root}/Takeout/Location History (Timeline)/Records.json", {"locations": out}, indent=2)


def build(root):
    rng = random.Random(19002)
    reg = Registry()
    counts = {}
    plants = {"Daf ❤️": (DAF_PLANT, DAF_FILL), "Shona K": (SHONA_PLANT, SHONA_FILL), "Mam": (MAM_PLANT, MAM_FILL),
              "Tunde Adeyemi": (TUNDE_PLANT, TUNDE_FILL), "Gareth (landlord)": (GARETH_PLANT, GARETH_FILL)}
    for title, target, rel_, full in CHATS:
        p, f = plants[title]
        msgs = schedule(_fill(p, f, target, rng), START, DAYS, TZ, rng, wake=(7, 23) if title != "Tunde Adeyemi" else (8, 18))
        rel = _wa_file(root, reg, title, msgs, ["Tunde Adeyemi"])
        counts[title] = len(msgs)
    pol = political(POL_OPEN, POL_CORE, POL_CLOSE, 67, rng)
    snips = []
    for i, p in enumerate(pol):
        s = [(RISKY, p)]
        if i % 8 == 3:
            s.append(rng.choice(GROUP_REPLIES))
        snips.append(s)
    snips.append([("Grace 🌸", "{{PERSON|Hunter}} from work is joining us thurs, be nice"), ("me", "the more the merrier")])
    n = sum(len(s) for s in snips)
    while n < 108:
        k = min(rng.randint(1, 3), 108 - n)
        snips.append([rng.choice(GROUP_FILL) for _ in range(k)])
        n += k
    msgs = schedule(snips, START, DAYS, TZ, rng, wake=(7, 23))
    _wa_file(root, reg, GROUP, msgs, [RISKY, "Will Tomos"], group=True)
    counts[GROUP] = len(msgs)
    nrev = _revolut(root, reg, rng)
    ntw = _twitter(root, reg, rng)
    _records(root, rng)
    top = sorted(((k, v) for k, v in counts.items() if k != GROUP), key=lambda kv: -kv[1])[:3]
    gt = {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": "Carys Meredith, 32, housing officer at Dyfrdwy Homes in Wrexham; rents a terrace in Rhosddu with partner Dafydd (Daf). "
                       "Bets on horse racing most weeks and is constantly short of money (overdraft, Klarna, payday loan, late rent).",
        "timezone": TZ, "user": USER, "pii": reg.entries,
        "facts": {
            "home": {"lat": HOME["lat"], "lon": HOME["lon"], "radius_m": 300, "address": HOME["address"], "city": "Wrexham"},
            "work": {"lat": WORK["lat"], "lon": WORK["lon"], "radius_m": 300, "employer": "Dyfrdwy Homes"},
            "sleep_window": {"start": "23:30", "end": "07:00", "tolerance_min": 60},
            "top_contacts": [{"name": k, "messages": v} for k, v in top],
            "relationships": [{"name": t, "relationship": r, "full_name": f} for t, _, r, f in CHATS],
            "religion": {"value": False}, "health": {"value": False}, "politics": {"value": False},
            "financial_stress": {"value": True}, "gambling": {"value": True}, "gaming": {"value": False},
            "salary": {"amount": "1987.42", "currency": "GBP", "payer": "Dyfrdwy Homes Ltd", "period": "monthly"},
            "risky_contact": {"name": RISKY, "why": f"posts {len(pol)} distinct angry political rants in the group '{GROUP}'; the user never does"},
        },
    }
    write_json(f"{root}/ground_truth.json", gt, ensure_ascii=False, indent=2)
    return gt, {"chats": counts, "revolut_rows": nrev, "tweets": ntw}
