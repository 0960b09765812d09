"""enuk3_leeds: Rhys Callaghan, data analyst in Leeds. WhatsApp Android, Revolut, Instagram DMs, X archive, Google Semantic Location History."""
import json
import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from common import (vary_lines, news_line, UTC, Chat, Planter, angry_messages, days, hm, iban, luhn_complete, nhs_number,
                    pick_start, place_session, write_json, write_text)

PID = "enuk3_leeds"
TZ = ZoneInfo("Europe/London")
SLEEP = (hm("23:30"), hm("06:45"))
START = datetime(2024, 9, 2, tzinfo=TZ)
END = datetime(2025, 1, 31, tzinfo=TZ)

USER = "Rhys Callaghan"
WA_NAME = "Rhys"
USER_PHONE = "+44 7700 900318"
USER_EMAIL = "rhys.callaghan@example.com"
HANDLE = "rhys_cal"
IG_HANDLE = "rhyscallaghan_"
HOME = (53.819512, -1.576498)
WORK = (53.796230, -1.556010)
HOME_ADDR = "Flat 3, 27 Ashgrove Mount, Headingley, Leeds LS6 3QT"
EMPLOYER = "Kirkgate Analytics Ltd"
PAYER = "Payment from KIRKGATE ANALYTICS LTD"
SALARY = "2846.12"
NINO = "JT 48 21 93 C"
NHS = nhs_number("485777345")
PASSPORT = "548213907"
IBAN = iban("GB", "REVO04007519283746")
CARD = luhn_complete("492918", 16)

C = {
    "soph": dict(title="Soph ❤️", full="Sophie Turnbull"),
    "mum": dict(title="Mum", full="Janet Callaghan"),
    "jonno": dict(title="Jonno", full="Jon Pearce"),
    "dave": dict(title="Dave work", full="David Okafor"),
}
GROUP_TITLE = "Sunday League Lads ⚽"
GM = {"gaz": "Gaz", "jonno": "Jonno", "kyle": "+44 7700 900562", "matt": "Matty B", "sam": "Sam H"}

R = lambda rng, *xs: rng.choice(xs)


UK_NEWS = (["", "guess what, ", "so ", "omg ", "random but ", "just found out "],
           ["the guy in flat 2", "Sharon from finance", "our landlord", "the Co-op on Otley Rd", "Jonno's cousin", "the new starter", "your mum", "the bus driver this morning", "the neighbours' cat", "Priya from uni"],
           [" is moving to Australia", " got engaged", " has started charging for bags", " asked me about Christmas already", " left the gate open again", " brought in homemade brownies", " got a tesla", " is doing dry january", " had a go at someone for no reason", " is running the Leeds half"],
           ["", " 😂", " lol", "!!", " 🙄", " apparently", " mad", "..."])
UK_REPLY = ["no way", "haha", "wtf", "aw", "classic", "fair enough", "lol", "ok?", "good for them", "of course", "😂", "mad"]


def t_news(rng, d, a="u", b="c"):
    lines = [(a, news_line(rng, *UK_NEWS)), (b, rng.choice(UK_REPLY))]
    if rng.random() < 0.4:
        lines.append((a, news_line(rng, *UK_NEWS)))
    return lines


def t_soph(rng, d):
    k = rng.randrange(15)
    if k >= 12:
        return t_news(rng, d, *(("u", "c") if k != 14 else ("c", "u")))
    tea = R(rng, "pasta", "a curry", "fajitas", "stir fry", "jacket potatoes", "a chippy tea", "soup", "that halloumi thing")
    if k == 0:
        return [("c", R(rng, "what time u back?", "u leaving soon?", "home for tea?", "eta?")),
                ("u", R(rng, "about 6", "bus just left town", "running late sorry, meeting overran", "20 mins x", "leaving now")),
                ("c", R(rng, "ok x", f"doing {tea}", "can u grab milk", "kk", "👍")),
                ("u", R(rng, "yep", "will do x", "lovely", "ta"))]
    if k == 1:
        return [("u", R(rng, "what we having for tea", "fancy getting food out tonight?", "tea?")),
                ("c", R(rng, tea, "dunno, surprise me", "can't be bothered cooking tbh", "leftovers")),
                ("u", R(rng, "deliveroo it is", "sounds good", "ok I'll sort it", "yesss")),
                ("c", R(rng, "love you", "❤️", "😘", "get garlic bread"))]
    if k == 2:
        return [("c", R(rng, "miss u", "today has been SO long", "my manager is doing my head in", "omg guess what")),
                ("u", R(rng, "miss you too", "aw what happened", "what's she done now", "go on")),
                ("c", R(rng, "tell u later", "just the usual", "nothing major, just moaning", "she moved the deadline AGAIN")),
                ("u", R(rng, "ugh", "🫂", "wine tonight then", "sorry babe x"))]
    if k == 3:
        return [("u", R(rng, "weekend plans?", "are we still doing your mum's sat?", "fancy a walk at Golden Acre sunday?", "Ilkley on sat?")),
                ("c", R(rng, "yes pls", "sat yes, sun chill", "if it doesn't rain", "can we do brunch first")),
                ("u", R(rng, "deal", "booked", "ok", "👌"))]
    if k == 4:
        return [("c", R(rng, "did u take ur insulin before lunch", "have u got sensors left?", "did u eat?? u were low this morning")),
                ("u", R(rng, "yes mum 🙄", "yeah did it at 12", "one left, ordered more", "had a sandwich, 6.2 now")),
                ("c", R(rng, "just checking x", "good", "love u", "😘"))]
    if k == 5:
        return [("u", R(rng, "bus is rammed", "this traffic is killing me", "kirkstall road is a car park", "bus didn't turn up again")),
                ("c", R(rng, "noooo", "get the train", "told u to cycle", "lol")),
                ("u", R(rng, "never", "ffs", "next one in 12 mins apparently", "🙃"))]
    if k == 6:
        return [("c", R(rng, "did u pay the council tax", "octopus bill came", "can u send ur half of the rent")),
                ("u", R(rng, "yep done", "sent", "on it", "paid it this morning")),
                ("c", R(rng, "ta", "👍", "x"))]
    if k == 7:
        return [("c", R(rng, "<Media omitted>", "look at this dog omg", "ok this is us", "lmaooo")),
                ("u", R(rng, "😂😂", "haha", "we need one", "stoppp"))]
    if k == 8:
        return [("u", R(rng, "night night", "going to sleep x", "shattered, bed")), ("c", R(rng, "night x", "sleep well", "❤️"))]
    if k == 9:
        return [("u", R(rng, "morning x", "morning, slept through my alarm", "mornin")), ("c", R(rng, "morning", "lol typical", "😴"))]
    if k == 10:
        return [("c", R(rng, "bake off tonight?", "shall we start the traitors", "new slow horses is out")),
                ("u", R(rng, "obviously", "yesss", "after tea yeah")),
                ("c", R(rng, "I'll get snacks", "👀"))]
    return [("u", R(rng, "home", "at work", "leaving now x")), ("c", R(rng, "x", "ok", "👍"))]


def t_mum(rng, d):
    k = rng.randrange(8)
    if k == 0:
        return [("c", R(rng, "Hello love, how are you? Xx", "Hi Rhys, hope work is ok", "Are you coming over Sunday? Dad's doing a roast")),
                ("u", R(rng, "hiya, all good ta", "yeah we'll come", "can't this sunday sorry mum", "fine thanks, busy week")),
                ("c", R(rng, "Lovely xx", "Ok love, next week then", "Bring Sophie", "Don't work too hard")),
                ("u", R(rng, "x", "will do", "ok", "love you"))]
    if k == 1:
        return [("c", R(rng, "Have you been to the diabetes clinic yet?", "Are you keeping your sugars ok?", "Did you get your flu jab? Diabetics get it free")),
                ("u", R(rng, "yes mum", "next thursday", "all fine, HbA1c was better", "got it at boots")),
                ("c", R(rng, "Good boy xx", "Ok just worrying", "Let me know what they say"))]
    if k == 2:
        return [("c", R(rng, "Your Auntie Pat says hello", "Saw your Gran today, she's doing well", "The cat's been sick on the carpet again")),
                ("u", R(rng, "aw tell her hi", "good", "lovely", "classic")),
                ("c", R(rng, "Xx", "Will do"))]
    if k == 3:
        return [("c", R(rng, "Can you help me with my phone it's doing something weird", "How do I send a photo on here?", "What's my password for the netflix")),
                ("u", R(rng, "what's it doing", "press the paperclip", "it's on the fridge mum", "I'll sort it sunday")),
                ("c", R(rng, "Never mind it's fine now", "Ok thanks love", "<Media omitted>"))]
    if k == 4:
        return [("c", R(rng, "Oh my god did you see the weather for next week", "Oh my god the price of petrol", "Dad says Leeds were awful on Saturday")),
                ("u", R(rng, "haha yeah", "grim", "they were tbf", "🙄")),
                ("c", R(rng, "Xx", "Anyway"))]
    if k == 5:
        return [("u", R(rng, "mum do you still have my old birth certificate?", "did a letter come for me at yours?", "are you around later, want to call")),
                ("c", R(rng, "I'll have a look love", "Yes, from HMRC", "After 7")),
                ("u", R(rng, "ta", "cool", "ok"))]
    if k == 6:
        return [("c", R(rng, "Happy Friday xx", "Good morning 🌞", "Night love xx")), ("u", R(rng, "x", "morning", "night mum"))]
    return [("u", R(rng, "mum have you got a spare key still", "what time's dinner sunday")), ("c", R(rng, "Yes", "1 o'clock", "About 2 love"))]


def t_jonno(rng, d):
    k = rng.randrange(11)
    if k >= 9:
        return t_news(rng, d, *(("u", "c") if k == 9 else ("c", "u")))
    if k == 0:
        return [("c", R(rng, "pint?", "spoons later?", "Leeds on the box sat, pub?", "fancy the skyrack tonight")),
                ("u", R(rng, "go on then", "can't, skint till payday lol", "yes mate", "after 7", "soph's got plans for us")),
                ("c", R(rng, "get in", "whipped 😂", "7 it is", "lightweight"))]
    if k == 1:
        return [("u", R(rng, "did u see that goal", "what a result", "farke out?", "that ref was a joke")),
                ("c", R(rng, "unreal", "MOT", "nah he stays", "shocking", "scenes")),
                ("u", R(rng, "😂", "mate", "100%", "we're going up"))]
    if k == 2:
        return [("c", R(rng, "you seen the GTA 6 trailer", "new FIFA's out u getting it", "come round and play cod")),
                ("u", R(rng, "yeah trailer looks mad, not gonna play it tho", "don't even own a console mate", "i'm terrible at games lol", "I'll watch u play")),
                ("c", R(rng, "boring", "fair", "grandad", "lol"))]
    if k == 3:
        return [("c", R(rng, "5 a side thurs?", "are u playing sunday", "need a keeper sunday")),
                ("u", R(rng, "in", "depends on my sugars lol", "yeah", "can't, knee")),
                ("c", R(rng, "sound", "👍", "legend"))]
    if k == 4:
        return [("u", R(rng, "work is dead today", "meeting about meetings again", "Dave's on one today")),
                ("c", R(rng, "lol", "classic", "same", "quit")), ("u", R(rng, "one day", "ha"))]
    if k == 5:
        return [("c", R(rng, "<Media omitted>", "😂😂😂", "this is you")), ("u", R(rng, "dickhead", "hahaha", "accurate"))]
    if k == 6:
        return [("u", R(rng, "u around sat", "need a hand moving a sofa sat", "lift to the match?")),
                ("c", R(rng, "ye", "what's in it for me", "yeah 12ish")), ("u", R(rng, "pints", "cheers mate", "sound"))]
    if k == 7:
        return [("c", R(rng, "lottery ad on every break tonight, jackpot 100mil apparently", "saw a betting ad with a talking horse")),
                ("u", R(rng, "waste of money that", "never bought a ticket in my life", "bookies are a scam")),
                ("c", R(rng, "true", "lol"))]
    return [("c", R(rng, "mate", "oi")), ("u", R(rng, "what", "yes?", "?")), ("c", R(rng, "nvm", "forgot", "sorted"))]


def t_dave(rng, d):
    k = rng.randrange(6)
    if k == 0:
        return [("c", R(rng, "u in today?", "you wfh?", "in the office tomorrow?")),
                ("u", R(rng, "yeah in", "wfh today", "in from 9:30", "yep")),
                ("c", R(rng, "cool", "grab me a coffee", "👍"))]
    if k == 1:
        return [("c", R(rng, "dashboard's broken again", "client wants the report by 3", "Sharon wants the Q3 numbers")),
                ("u", R(rng, "on it", "ffs", "fixed", "sending now", "i'll have a look after lunch")),
                ("c", R(rng, "ta", "legend", "cheers"))]
    if k == 2:
        return [("u", R(rng, "have you heard about the reshuffle", "who's getting the team lead role", "that meeting was painful")),
                ("c", R(rng, "office politics innit", "not me mate", "keep your head down", "lol yeah")),
                ("u", R(rng, "haha", "true", "ugh"))]
    if k == 3:
        return [("c", R(rng, "lunch?", "greggs run?", "trinity for lunch")), ("u", R(rng, "yes", "5 mins", "already ate"))]
    if k == 4:
        return [("u", R(rng, "running late, bus", "stuck on the A660", "be there 9:15")), ("c", R(rng, "np", "👍"))]
    return [("c", R(rng, "pub friday?", "leaving do thurs")), ("u", R(rng, "maybe", "yeah in"))]


GAZ = angry_messages(
    random.Random(202),
    ["Honestly", "Absolute joke.", "Unbelievable.", "Wake up people,", "Here we go again,", "Can't make this up,", "Typical.", "Sick of it.", "Tell me why", "No wonder", ""],
    ["this government", "Westminster", "the council", "every MP in that place", "the BBC", "these politicians", "the cabinet", "net zero lot", "the so called experts", "Labour AND the Tories", "the home office"],
    ["couldn't run a bath", "are taking us for mugs", "have sold this country down the river", "lie through their teeth", "don't give a toss about working people", "just line their own pockets", "are robbing pensioners blind", "want to tax us till we're skint", "have ruined the NHS on purpose", "let anyone walk in", "are a bunch of traitors", "are laughing at us"],
    ["Disgrace.", "Enough is enough.", "Vote them all out.", "🤬", "😡😡", "Rant over.", "Not having it.", "Mark my words.", "Wake up!!", "Shameful."],
    96)


def t_group(rng, d, gq):
    who = rng.choice(["jonno", "matt", "sam", "kyle"])
    if gq and rng.random() < 0.5:
        lines = [("gaz", gq.pop())]
        if rng.random() < 0.5:
            lines.append((rng.choice(["jonno", "matt", "sam"]), R(rng, "here we go", "gaz mate it's a football group", "🍿", "not this again", "calm down lad")))
        if rng.random() < 0.35 and gq:
            lines.append(("gaz", gq.pop()))
        if rng.random() < 0.2:
            lines.append(("u", R(rng, "anyway... sunday?", "can we talk about the match", "lol")))
        return lines
    k = rng.randrange(5)
    if k == 0:
        return [(who, R(rng, "who's available sunday", "ko 10:30 at Woodhouse Moor", "need 2 more for sunday")),
                ("u", R(rng, "in", "👍", "can't this week", "in if my knee holds up")),
                (rng.choice(["matt", "sam", "jonno"]), R(rng, "in", "in 👍", "out, away", "maybe"))]
    if k == 1:
        return [(who, R(rng, "subs are £5 this week", "who's got the bibs", "pitch is waterlogged, off")),
                ("u", R(rng, "sent", "not me", "gutted")), (rng.choice(["matt", "sam"]), R(rng, "cheers", "👍"))]
    if k == 2:
        return [(who, R(rng, "<Media omitted>", "what a strike that was 😂", "MOTM goes to the ref")), ("u", R(rng, "😂", "worldie", "robbed"))]
    if k == 3:
        return [("u", R(rng, "anyone got a spare shin pad", "where we drinking after")), (who, R(rng, "yeah", "original oak", "skyrack"))]
    return [(who, R(rng, "morning lads", "lads", "happy friday")), (rng.choice(["matt", "sam", "jonno"]), R(rng, "morning", "🍻"))]


def wa_text(chat, user_name, names, group_creation=None):
    out = []
    first = chat.msgs[0][0] if chat.msgs else START
    d0 = (first - timedelta(days=3))
    out.append(f"{d0:%d/%m/%Y}, 09:14 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.")
    if group_creation:
        out.append(f"{d0:%d/%m/%Y}, 09:14 - {group_creation}")
    for dt, who, text, kind, extra in chat.msgs:
        name = user_name if who == "u" else names[who]
        if kind == "system":
            out.append(f"{dt:%d/%m/%Y, %H:%M} - {text}")
        else:
            out.append(f"{dt:%d/%m/%Y, %H:%M} - {name}: {text}")
    return "\n".join(out) + "\n"


def build(out_dir):
    rng = random.Random(20240902)
    P = Planter()
    chats = {k: Chat(v["title"], {}) for k, v in C.items()}
    grp = Chat(GROUP_TITLE, {})
    ig = Chat("ellie", {})
    gq = list(GAZ)
    rng.shuffle(gq)
    freq = {"soph": (2.3, t_soph), "mum": (0.6, t_mum), "jonno": (0.7, t_jonno), "dave": (0.5, t_dave)}
    slots = [(3, hm("06:50"), hm("08:30")), (4, hm("12:00"), hm("13:30")), (2, hm("14:00"), hm("17:30")), (6, hm("17:45"), hm("22:30")), (2, hm("22:30"), hm("23:20"))]
    for d in days(START, END):
        wk = d.weekday() >= 5
        for key, (lam, fn) in freq.items():
            if key == "dave" and wk:
                continue
            n = int(lam) + (1 if rng.random() < lam - int(lam) else 0)
            for _ in range(n):
                place_session(chats[key], rng, d, pick_start(rng, slots), vary_lines(rng, fn(rng, d), False), SLEEP)
        for _ in range(1 + (rng.random() < 0.3)):
            place_session(grp, rng, d, pick_start(rng, slots), vary_lines(rng, t_group(rng, d, gq), False), SLEEP)
        if rng.random() < 0.25:
            place_session(ig, rng, d, pick_start(rng, slots), vary_lines(rng, t_ig(rng), False), SLEEP)
    assert len(GAZ) - len(gq) >= 80, len(gq)

    def plant(chat, y, mo, dd, h, mi, lines):
        place_session(chat, rng, datetime(y, mo, dd, tzinfo=TZ), h * 60 + mi, lines, SLEEP)

    sf = "WhatsApp/WhatsApp Chat with Soph ❤️.txt"
    mf = "WhatsApp/WhatsApp Chat with Mum.txt"
    jf = "WhatsApp/WhatsApp Chat with Jonno.txt"
    df = "WhatsApp/WhatsApp Chat with Dave work.txt"
    gf = f"WhatsApp/WhatsApp Chat with {GROUP_TITLE}.txt"
    igf = "your_instagram_activity/messages/inbox/elliecallaghan_17841402214/message_1.json"
    # location shares
    for i, (mo, dd) in enumerate([(9, 10), (9, 26), (10, 15), (11, 5), (11, 21), (12, 10), (1, 14), (1, 28)]):
        y = 2025 if mo == 1 else 2024
        la, lo = WORK[0] + rng.uniform(-2e-4, 2e-4), WORK[1] + rng.uniform(-2e-4, 2e-4)
        plant(chats["soph"], y, mo, dd, 12, 20, [("c", R(rng, "where r u", "u at work?")), ("u", f"location: https://maps.google.com/?q={la:.6f},{lo:.6f}"), ("u", "desk lunch again")])
        la, lo = HOME[0] + rng.uniform(-2e-4, 2e-4), HOME[1] + rng.uniform(-2e-4, 2e-4)
        plant(chats["jonno"], y, mo, dd, 19, 30, [("c", "where u at"), ("u", f"location: https://maps.google.com/?q={la:.6f},{lo:.6f}"), ("u", "come round")])
    plant(chats["soph"], 2024, 10, 3, 20, 15, [("u", "HR want my NI number for the pension thing, it's on the P60 in the drawer can u read it"), ("c", P.add(sf, "UK_NINO", NINO)), ("u", "legend ta")])
    plant(chats["soph"], 2024, 11, 18, 21, 2, [("c", "booking Lisbon, what's your passport no?"), ("u", P.add(sf, "UK_PASSPORT", PASSPORT) + " exp 2031"), ("c", "and mine's 561190284"), ("c", "booked!! ✈️")])
    P.add(sf, "UK_PASSPORT", "561190284")
    plant(chats["mum"], 2024, 9, 19, 18, 40, [("u", "mum what's my NHS number again, the new GP form wants it"), ("c", "Hang on love"), ("c", P.add(mf, "UK_NHS", f"{NHS[:3]} {NHS[3:6]} {NHS[6:]}")), ("u", "ta x")])
    plant(chats["mum"], 2024, 10, 10, 17, 55, [("u", "repeat prescription for my novorapid and the lantus is ready at boots, can dad grab it? I'm stuck at work"), ("c", "Yes love he's going now"), ("u", "ta, the diabetes nurse upped my lantus to 18 units")])
    plant(chats["mum"], 2024, 12, 1, 11, 0, [("c", "Our new address for your Christmas cards: " + P.add(mf, "ADDRESS", "12 Hawthorn Close, Harrogate HG2 7QD")), ("c", "Landline is gone, use my mobile " + P.add(mf, "PHONE_NUMBER", "07700900771")), ("u", "got it")])
    plant(chats["jonno"], 2024, 9, 12, 19, 5, [("c", "send us ur address for the parcel"), ("u", P.add(jf, "ADDRESS", HOME_ADDR)), ("c", "ta")])
    plant(chats["jonno"], 2024, 10, 21, 20, 0, [("c", "send me ur bank details for the stag money"), ("u", "sort code 04-00-75"), ("u", "acc " + P.add(jf, "UK_BANK_ACCOUNT", "19283746")), ("u", "or iban if ur app wants it " + P.add(jf, "IBAN_CODE", " ".join(IBAN[i:i + 4] for i in range(0, 22, 4))))])
    P.items = [it for it in P.items if it["entity_type"] != "UK_BANK_ACCOUNT"]
    plant(chats["jonno"], 2024, 11, 9, 13, 10, [("c", "parked outside, grey golf " + P.add(jf, "LICENSE_PLATE", "YK19 HBN")), ("u", "coming")])
    plant(chats["dave"], 2024, 9, 4, 9, 30, [("c", "sent u the invite on ur work email"), ("u", "which one, use " + P.add(df, "EMAIL_ADDRESS", "rhys.callaghan@kirkgate-analytics.example.com")), ("c", "done. my mobile's " + P.add(df, "PHONE_NUMBER", "+44 7700 900415") + " if teams dies")])
    plant(chats["dave"], 2024, 9, 4, 9, 41, [("c", "fwd from outlook, ignore my sig lol:\nKind regards,\nDavid Okafor\nSenior Data Analyst | Kirkgate Analytics Ltd\nWellington Place, Leeds LS1 4AP"), ("u", "very corporate 😂")])
    P.add(df, "PERSON", "David Okafor")
    plant(chats["dave"], 2024, 12, 5, 15, 0, [("u", "off to the diabetes clinic at st james's tomorrow morning, back by 11"), ("c", "no worries mate")])
    plant(grp, 2024, 9, 8, 20, 0, [("jonno", "new lad, Rhys, save his number " + P.add(gf, "PHONE_NUMBER", "+44 7700 900318")), ("u", "alright lads"), ("gaz", "welcome mate. Gary Mottram, the one who does the subs")])
    P.add(gf, "PERSON", "Gary Mottram")
    plant(chats["soph"], 2024, 11, 16, 10, 5, [("c", "shopping list\nmilk\nbread\noat milk for me\nbin bags\nsomething for tea"), ("u", "got it"), ("u", "You deleted this message"), ("c", "?? what did u delete"), ("u", "nothing lol")])
    plant(chats["mum"], 2024, 12, 20, 19, 0, [("c", "This message was deleted"), ("c", "Wrong chat love sorry xx")])
    for k, v in chats.items():
        v.sort()
    grp.sort()
    ig.sort()

    write_text(f"{out_dir}/{sf}", wa_text(chats["soph"], WA_NAME, {"c": "Soph ❤️"}))
    write_text(f"{out_dir}/{mf}", wa_text(chats["mum"], WA_NAME, {"c": "Mum"}))
    write_text(f"{out_dir}/{jf}", wa_text(chats["jonno"], WA_NAME, {"c": "Jonno"}))
    write_text(f"{out_dir}/{df}", wa_text(chats["dave"], WA_NAME, {"c": "Dave work"}))
    write_text(f"{out_dir}/{gf}", wa_text(grp, WA_NAME, GM, group_creation=f'Jonno created group "{GROUP_TITLE}"'))
    P.add(gf, "PHONE_NUMBER", "+44 7700 900562")

    # Instagram thread with sister (newest first, mojibake)
    ig_plants = [
        (datetime(2024, 10, 30, 19, 5, tzinfo=TZ), "c", "can u get the Sabrina tickets on ur card, mine's expired 😭 I'll pay u back"),
        (datetime(2024, 10, 30, 19, 7, tzinfo=TZ), "u", "go on then"),
        (datetime(2024, 10, 30, 19, 9, tzinfo=TZ), "u", "" + P.add(igf, "CREDIT_CARD", CARD[:4] + " " + CARD[4:8] + " " + CARD[8:12] + " " + CARD[12:]) + " 09/27 the code's on the back"),
        (datetime(2024, 12, 14, 16, 2, tzinfo=TZ), "c", "Zoë's café on Otley Rd for mum's birthday? 🎂"),
        (datetime(2024, 12, 14, 16, 8, tzinfo=TZ), "u", "perfect, tell Zoë we're 6"),
        (datetime(2024, 9, 20, 18, 30, tzinfo=TZ), "c", "tag me in the pic, I'm " + P.add(igf, "USERNAME", "@ellie.cal_") + " now"),
        (datetime(2024, 11, 2, 11, 0, tzinfo=TZ), "c", "my new number " + P.add(igf, "PHONE_NUMBER", "07700 900284") + " x"),
    ]
    for dt, w, t in ig_plants:
        ig.add(dt, w, t)
    ig.sort()
    P.add(igf, "PERSON", "Ellie Callaghan")
    P.add(igf, "PERSON", USER)
    write_json(f"{out_dir}/{igf}", {
        "participants": [{"name": "Ellie Callaghan"}, {"name": USER}],
        "messages": [{"sender_name": USER if w == "u" else "Ellie Callaghan", "timestamp_ms": int(dt.timestamp() * 1000),
                      "content": t, "is_geoblocked_for_viewer": False, "is_unsent_image_by_messenger_kid_parent": False}
                     for dt, w, t, k, e in reversed(ig.msgs)],
        "title": "Ellie Callaghan", "is_still_participant": True, "thread_path": "inbox/elliecallaghan_17841402214",
        "magic_words": []}, mojibake=True)

    revolut(out_dir, rng, P)
    twitter(out_dir, rng, P)
    locations(out_dir, rng, P)
    counts = {C[k]["title"]: ch.count_non_system() for k, ch in chats.items()}
    counts["Ellie Callaghan"] = ig.count_non_system()
    total = sum(counts.values()) + grp.count_non_system()
    return P, counts, total, grp


def t_ig(rng):
    k = rng.randrange(5)
    if k == 0:
        return [("c", R(rng, "have u rung mum", "mum's asking about xmas again", "did mum tell u about gran")),
                ("u", R(rng, "yeah", "not yet", "ugh yes", "what about her")), ("c", R(rng, "ring her!!", "ok", "tell u later"))]
    if k == 1:
        return [("c", R(rng, "😂😂😂", "this is literally you", "LOOK")), ("u", R(rng, "rude", "hahaha", "💀"))]
    if k == 2:
        return [("u", R(rng, "how's uni", "how's Manchester", "you alive?")), ("c", R(rng, "dying", "deadlines 😭", "good ta")), ("u", R(rng, "lol", "hang in there"))]
    if k == 3:
        return [("c", R(rng, "can I borrow £20 till friday", "can u send me the netflix login")), ("u", R(rng, "go on then", "sent", "no 😂 ok fine")), ("c", R(rng, "ily", "best brother", "ta"))]
    return [("u", R(rng, "saw ur story", "nice pic")), ("c", R(rng, "ta", "❤️"))]


def revolut(out_dir, rng, P):
    rows = []
    y, m = 2024, 9
    while (y, m) <= (2025, 1):
        pd = datetime(y, m, 28, 6, 12, 3, tzinfo=TZ)
        while pd.weekday() >= 5:
            pd -= timedelta(days=1)
        rows.append(("TOPUP", pd, pd + timedelta(seconds=41), PAYER, SALARY))
        rows.append(("TRANSFER", datetime(y, m, 1, 9, 0, 0, tzinfo=TZ), None, "To Sophie Turnbull", "-475.00"))
        rows.append(("TRANSFER", datetime(y, m, 29, 8, 0, 0, tzinfo=TZ), None, "To Savings", "-400.00"))
        rows.append(("CARD_PAYMENT", datetime(y, m, 5, 7, 1, 0, tzinfo=TZ), None, "Octopus Energy", f"-{rng.uniform(60, 110):.2f}"))
        rows.append(("CARD_PAYMENT", datetime(y, m, 15, 3, 11, 0, tzinfo=TZ), None, "Leeds City Council", "-142.00"))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    for d in days(START, END):
        for _ in range(rng.randint(1, 3)):
            t = d.replace(hour=rng.choice([7, 8, 12, 13, 17, 18, 19]), minute=rng.randint(0, 59), second=rng.randint(0, 59))
            desc, amt = rng.choice([("Tesco", rng.uniform(4, 45)), ("Greggs", rng.uniform(2.5, 7)), ("First Bus", 2.0), ("Pret A Manger", rng.uniform(4, 9)),
                                    ("Co-op", rng.uniform(3, 20)), ("Deliveroo", rng.uniform(15, 35)), ("Boots", rng.uniform(3, 18)), ("The Skyrack", rng.uniform(9, 28))])
            rows.append(("CARD_PAYMENT", t, None, desc, f"-{amt:.2f}"))
    rows.append(("TRANSFER", datetime(2024, 10, 22, 8, 3, tzinfo=TZ), None, "To Jon Pearce", "-150.00"))
    rows.append(("TRANSFER", datetime(2024, 11, 4, 18, 40, tzinfo=TZ), None, "Payment from Janet Callaghan", "50.00"))
    rows.append(("CARD_PAYMENT", datetime(2024, 11, 19, 21, 5, tzinfo=TZ), None, "easyJet", "-212.48"))
    rows.sort(key=lambda r: r[1])
    bal = 1893.40
    lines = ["Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance"]
    for i, (typ, st, comp, desc, amt) in enumerate(rows):
        pending = st > datetime(2025, 1, 30, 12, tzinfo=TZ) and typ == "CARD_PAYMENT"
        comp = comp or (st + timedelta(hours=rng.choice([0, 0, 14, 20, 30]), minutes=rng.randint(0, 50)))
        if pending:
            lines.append(f"{typ},Current,{st:%Y-%m-%d %H:%M:%S},,{desc},{amt},0.00,GBP,PENDING,")
            continue
        bal += float(amt)
        lines.append(f"{typ},Current,{st:%Y-%m-%d %H:%M:%S},{comp:%Y-%m-%d %H:%M:%S},{desc},{amt},0.00,GBP,COMPLETED,{bal:.2f}")
    f = "Revolut/account-statement_2024-09-01_2025-01-31_en-gb_8c1d2e.csv"
    write_text(f"{out_dir}/{f}", "\n".join(lines) + "\n")
    for n in ("Sophie Turnbull", "Jon Pearce", "Janet Callaghan"):
        P.add(f, "PERSON", n)


TWEETS = [
    "Still can't believe we're paying more for everything and they told us Brexit would make us better off",
    "Brexit: the gift that keeps on taking. Another 40 min queue at passport control.",
    "Every time a small business near me closes it's 'global headwinds'. Nah mate, it's Brexit. Own it.",
    "Anyone else fancy rejoining the EU or is it just me",
    "The 'Brexit dividend' is still missing, has anyone checked down the back of the sofa",
    "Leaving the single market was self harm and I'll die on this hill",
    "£2 bus fare cap is the best thing that's happened to Leeds transport in years, don't you dare scrap it",
    "the 1 bus has decided not to exist this morning. classic",
    "this traffic on the A660 is killing me",
    "MOT 💛💙",
    "Elland Road on a Tuesday night, nothing like it",
    "Oh my god the new series of Traitors is unhinged",
    "Jesus Christ, 4 quid for a meal deal now",
    "GTA 6 trailer looks mad, shame I'm rubbish at games",
    "new Libre sensor fell off after 3 days. fuming. 14 days my arse",
    "World Diabetes Day. Type 1 for 19 years. Finger pricks to sensors, what a change. Thanks NHS 💙",
    "lottery ads on every ad break, 100 million jackpot, still not buying one",
    "Headingley in the rain is still the best bit of Leeds, fight me",
    "pay day. the council tax and the energy bill have already eaten it",
    "Golden Acre park with Soph this morning 🍂",
    "Working from the office today, the coffee machine is still broken, send help",
    "someone explain why data engineers always break prod on a Friday",
]


def twitter(out_dir, rng, P):
    items = []
    base = datetime(2024, 9, 3, tzinfo=TZ)
    for i, txt in enumerate(TWEETS):
        dt = base + timedelta(days=int(i * 6.5), hours=rng.choice([8, 12, 13, 18, 20, 21]), minutes=rng.randint(0, 59))
        if "World Diabetes Day" in txt:
            dt = datetime(2024, 11, 14, 12, 31, tzinfo=TZ)
        u = dt.astimezone(UTC)
        tid = str(1831000000000000000 + i * 7300000000000 + rng.randint(0, 10**9))
        items.append({"tweet": {"edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": (u + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "editsRemaining": "5", "isEditEligible": True}},
                                "retweeted": False, "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
                                "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
                                "display_text_range": ["0", str(len(txt))], "favorite_count": str(rng.randint(0, 30)), "id_str": tid,
                                "truncated": False, "retweet_count": str(rng.randint(0, 5)), "id": tid,
                                "created_at": u.strftime("%a %b %d %H:%M:%S +0000 %Y"), "favorited": False, "full_text": txt, "lang": "en"}})
    items.reverse()
    f = "twitter/data/tweets.js"
    write_text(f"{out_dir}/{f}", "window.YTD.tweets.part0 = " + json.dumps(items, indent=2, ensure_ascii=False) + "\n")
    acc = [{"account": {"email": USER_EMAIL, "createdVia": "android", "username": HANDLE, "accountId": "1187420093315768321",
                        "createdAt": "2019-10-24T17:02:41.118Z", "accountDisplayName": "Rhys C"}}]
    fa = "twitter/data/account.js"
    write_text(f"{out_dir}/{fa}", "window.YTD.account.part0 = " + json.dumps(acc, indent=2) + "\n")
    P.add(fa, "EMAIL_ADDRESS", USER_EMAIL)
    P.add(fa, "USERNAME", HANDLE)
    fp = "twitter/data/phone-number.js"
    write_text(f"{out_dir}/{fp}", "window.YTD.phone_number.part0 = " + json.dumps([{"device": {"phoneNumber": "+447700900318"}}], indent=2) + "\n")
    P.add(fp, "PHONE_NUMBER", "+447700900318")


def e7(x):
    return int(round(x * 1e7))


def locations(out_dir, rng, P):
    months = {}
    places = [((53.8008, -1.5491), "Trinity Leeds", "Albion St, Leeds LS1 5AT"), ((53.7778, -1.5721), "Elland Road", "Elland Rd, Beeston, Leeds LS11 0ES"),
              ((53.8672, -1.6105), "Golden Acre Park", "Otley Rd, Bramhope, Leeds LS16 9JY"), ((53.9833, -1.5390), "Harrogate", "Hawthorn Close, Harrogate")]

    def visit(lat, lon, name, addr, pid, s, e):
        return {"placeVisit": {"location": {"latitudeE7": e7(lat), "longitudeE7": e7(lon), "placeId": pid, "address": addr, "name": name,
                                            "sourceInfo": {"deviceTag": 1469213357}, "locationConfidence": round(rng.uniform(70, 99), 4)},
                               "duration": {"startTimestamp": s.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
                                            "endTimestamp": e.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"},
                               "placeConfidence": "HIGH_CONFIDENCE", "visitConfidence": rng.randint(80, 98)}}

    def seg(a, b, s, e, mode):
        return {"activitySegment": {"startLocation": {"latitudeE7": e7(a[0]), "longitudeE7": e7(a[1])},
                                    "endLocation": {"latitudeE7": e7(b[0]), "longitudeE7": e7(b[1])},
                                    "duration": {"startTimestamp": s.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
                                                 "endTimestamp": e.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"},
                                    "distance": 3120 if mode == "IN_BUS" else rng.randint(800, 15000), "activityType": mode, "confidence": "HIGH"}}

    hp = "ChIJx7Ud2fVbeUgRkq0Qd3mYJ4Y"
    wp = "ChIJm0x1QxZceUgR8t2p9RkQ1bE"
    for d in days(START, END):
        key = (d.year, d.month)
        objs = months.setdefault(key, [])
        day0 = d.replace(hour=0, minute=0)
        if d.weekday() < 5 and not (d.month == 12 and d.day >= 24) and not (d.month == 1 and d.day == 1):
            leave = day0 + timedelta(hours=7, minutes=rng.randint(45, 75))
            arrive = leave + timedelta(minutes=rng.randint(22, 35))
            out = day0 + timedelta(hours=17, minutes=rng.randint(5, 50))
            back = out + timedelta(minutes=rng.randint(25, 40))
            objs.append(visit(*HOME, "Home", HOME_ADDR, hp, day0, leave))
            objs.append(seg(HOME, WORK, leave, arrive, "IN_BUS"))
            objs.append(visit(WORK[0], WORK[1], EMPLOYER, "Wellington Place, Leeds LS1 4AP", wp, arrive, out))
            objs.append(seg(WORK, HOME, out, back, "IN_BUS"))
            objs.append(visit(*HOME, "Home", HOME_ADDR, hp, back, day0 + timedelta(hours=23, minutes=59)))
        else:
            (pl, name, addr) = rng.choice(places)
            go = day0 + timedelta(hours=rng.randint(10, 13), minutes=rng.randint(0, 59))
            arr = go + timedelta(minutes=rng.randint(15, 40))
            lv = arr + timedelta(hours=rng.randint(1, 4))
            bk = lv + timedelta(minutes=rng.randint(15, 40))
            objs.append(visit(*HOME, "Home", HOME_ADDR, hp, day0, go))
            objs.append(seg(HOME, pl, go, arr, rng.choice(["IN_PASSENGER_VEHICLE", "IN_BUS", "WALKING"])))
            objs.append(visit(pl[0], pl[1], name, addr, "ChIJ" + name.replace(" ", "")[:10] + "xYz", arr, lv))
            objs.append(seg(pl, HOME, lv, bk, "IN_PASSENGER_VEHICLE"))
            objs.append(visit(*HOME, "Home", HOME_ADDR, hp, bk, day0 + timedelta(hours=23, minutes=59)))
    names = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"]
    for (y, m), objs in months.items():
        rel = f"Takeout/Location History (Timeline)/Semantic Location History/{y}/{y}_{names[m - 1]}.json"
        write_json(f"{out_dir}/{rel}", {"timelineObjects": objs})
        P.add(rel, "ADDRESS", HOME_ADDR)


def ground_truth(P, counts, total):
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    return {
        "description": f"Rhys Callaghan, 31, data analyst in Leeds (Headingley), type 1 diabetic, anti-Brexit tweets; partner Sophie, mum in Harrogate, sister on Instagram. {total} chat messages.",
        "timezone": "Europe/London",
        "user": {"names": [USER, WA_NAME, "Rhys C"], "phones": [USER_PHONE, "+447700900318"], "emails": [USER_EMAIL, "rhys.callaghan@kirkgate-analytics.example.com"],
                 "handles": [HANDLE, IG_HANDLE]},
        "facts": {
            "home": {"lat": HOME[0], "lon": HOME[1], "radius_m": 300, "address": HOME_ADDR, "city": "Leeds"},
            "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
            "sleep_window": {"start": "23:30", "end": "06:45", "tolerance_min": 60},
            "top_contacts": [{"name": n, "messages": c} for n, c in top],
            "relationships": [
                {"name": "Soph ❤️", "relationship": "partner", "full_name": "Sophie Turnbull"},
                {"name": "Mum", "relationship": "mother", "full_name": "Janet Callaghan"},
                {"name": "Jonno", "relationship": "close friend", "full_name": "Jon Pearce"},
                {"name": "Dave work", "relationship": "colleague", "full_name": "David Okafor"},
                {"name": "Ellie Callaghan", "relationship": "sister", "full_name": "Ellie Callaghan"}],
            "religion": {"value": False}, "health": {"value": "type 1 diabetes"}, "politics": {"value": "critical of Brexit"},
            "financial_stress": {"value": False}, "gambling": {"value": False}, "gaming": {"value": False},
            "salary": {"amount": SALARY, "currency": "GBP", "payer": PAYER, "period": "monthly"},
            "risky_contact": {"name": "Gaz", "why": "posts 80+ distinct angry rants against the government, MPs and immigration in the football group chat"},
        },
    }
