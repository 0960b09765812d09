"""enus3_denver: Jordan Alvarez, lab operations lead in Denver. Messenger, Facebook posts, PayPal, OFX, Telegram Desktop, Google Records.json."""
import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from common import (vary_lines, news_line, UTC, Chat, Planter, angry_messages, days, hm, luhn_complete, pick_start,
                    place_session, write_json, write_text)

PID = "enus3_denver"
TZ = ZoneInfo("America/Denver")
SLEEP = (hm("22:45"), hm("05:45"))
START = datetime(2024, 9, 1, tzinfo=TZ)
END = datetime(2025, 1, 31, tzinfo=TZ)

USER = "Jordan Alvarez"
USER_PHONE = "(303) 555-0147"
USER_EMAIL = "jordan.alvarez@example.com"
TG_USER = "jordy_alv"
HOME = (39.734120, -104.976050)
WORK = (39.753180, -104.995520)
HOME_ADDR = "1127 N Larkspur Ct, Apt 2C, Denver, CO 80218"
EMPLOYER = "Front Range Biologics"
PAYER = "FRONT RANGE BIOLOGICS PAYROLL"
SALARY = "2412.37"
SSN = "531-74-2098"
PASSPORT = "583920174"
DL = "12-345-6789"
CARD = luhn_complete("5425", 16)
ACCT = "4410029375"

C = {"kayla": dict(title="Kayla Brooks", rel="partner"), "mom": dict(title="Linda Alvarez", rel="mother"),
     "derek": dict(title="Derek Huang", rel="close friend")}
TG_WORK = "Priya Work"
GROUP_TITLE = "Broncos Watch Party 🏈"
GM = {"rick": "Rick Sutter", "derek": "Derek Huang", "tasha": "Tasha Green", "ben": "Ben Kowalski", "u": USER}

R = lambda rng, *xs: rng.choice(xs)


US_NEWS = (["", "ok so ", "guess what ", "fun fact ", "omg ", "random but "],
           ["my coworker", "our neighbor upstairs", "the barista at the corner place", "pastor mike", "my sister", "Derek's roommate", "the landlord", "some guy on the light rail", "Tasha", "the dog across the hall"],
           [" just got engaged", " is moving to Boulder", " brought donuts for everyone", " got locked out again", " is doing a marathon", " adopted a second cat", " quit with zero notice", " got a new truck", " is hosting friendsgiving", " was wearing shorts in the snow"],
           ["", " lol", " 😂", "!!", " apparently", " wild", " 🙄", "..."])
US_REPLY = ["no wayyy", "lol", "wild", "stop", "haha", "good for them", "of course", "love that", "omg", "😂", "classic", "huh"]


def t_news(rng, d, a="u", b="c"):
    lines = [(a, news_line(rng, *US_NEWS)), (b, rng.choice(US_REPLY))]
    if rng.random() < 0.4:
        lines.append((a, news_line(rng, *US_NEWS)))
    return lines


def t_kayla(rng, d):
    k = rng.randrange(14)
    if k >= 11:
        return t_news(rng, d, *(("u", "c") if k != 13 else ("c", "u")))
    food = R(rng, "tacos", "pho", "pizza", "green chile burritos", "thai", "sushi", "leftovers", "breakfast for dinner")
    if k == 0:
        return [("c", R(rng, "when r u off", "heading home soon?", "babe u still at work?", "eta?")),
                ("u", R(rng, "like 4:45", "leaving now", "25 min, I-25 is a parking lot", "running late sorry, qc meeting")),
                ("c", R(rng, "ok drive safe", f"want {food}?", "k love u", "👍")),
                ("u", R(rng, "yes pls", "love u too", "ok", "❤️"))]
    if k == 1:
        return [("u", R(rng, "dinner?", "what do u want for dinner", "should I grab something")),
                ("c", R(rng, food, "idk u pick", f"{food}!!", "im not hungry yet")),
                ("u", R(rng, "on it", "ordering", "say less", "ok")),
                ("c", R(rng, "ty babe", "😘", "get extra salsa"))]
    if k == 2:
        return [("c", R(rng, "church at 9 or 11 sunday?", "are we doing small group wed?", "pastor mike's series starts sunday")),
                ("u", R(rng, "9 then brunch?", "yes I'll bring chips", "11, I want to sleep in", "yeah def")),
                ("c", R(rng, "perfect", "🙏", "ok", "yay"))]
    if k == 3:
        return [("c", R(rng, "did u put money on the game again", "how much did u bet this week", "draftkings again?? 🙄")),
                ("u", R(rng, "just a $25 parlay", "only 50 lol", "won 80 bucks!!", "lost the parlay on the last leg ugh")),
                ("c", R(rng, "babe", "ok just be careful", "lol ok high roller", "mhm"))]
    if k == 4:
        return [("u", R(rng, "miss u", "today is dragging", "my boss is on one today", "long day")),
                ("c", R(rng, "miss u more", "aw", "come home and nap", "hugs")),
                ("u", R(rng, "🥰", "lol", "soon"))]
    if k == 5:
        return [("c", R(rng, "hike sat?", "want to go to red rocks sunday", "farmers market sat?")),
                ("u", R(rng, "yes", "if its not snowing", "after church yeah", "down")),
                ("c", R(rng, "yay", "ok", "🥾"))]
    if k == 6:
        return [("u", R(rng, "this traffic is killing me", "some idiot on colfax", "light rail is delayed again")),
                ("c", R(rng, "ugh", "lol", "be safe", "podcast time")), ("u", R(rng, "ya", "😤"))]
    if k == 7:
        return [("c", R(rng, "good morning ☀️", "morning babe", "gm")), ("u", R(rng, "morning!", "gm ❤️", "morning, already at work lol"))]
    if k == 8:
        return [("u", R(rng, "night babe", "going to bed, early shift", "night ❤️")), ("c", R(rng, "night", "sweet dreams", "😴"))]
    if k == 9:
        return [("c", R(rng, "rent goes out tomorrow right", "did the xcel bill come", "venmo me for groceries when u can")),
                ("u", R(rng, "yep autopay", "paid it", "sent")), ("c", R(rng, "ty", "👍"))]
    return [("c", R(rng, "lol look", "omg", "😂😂")), ("u", R(rng, "hahaha", "stop", "dead"))]


def t_mom(rng, d):
    k = rng.randrange(7)
    if k == 0:
        return [("c", R(rng, "Hi mijo, how are you?", "Hi honey! Call me when you can", "Are you eating ok?")),
                ("u", R(rng, "hey mom, good!", "will call tonight", "yes mom lol", "busy week but good")),
                ("c", R(rng, "Love you", "Ok mijo ❤️", "Good. Say hi to Kayla")),
                ("u", R(rng, "love u", "will do", "❤️"))]
    if k == 1:
        return [("c", R(rng, "Are you coming to Pueblo for Thanksgiving?", "What do you want for Christmas?", "Your tía is visiting next month")),
                ("u", R(rng, "yes we'll drive down wed", "nothing mom", "nice!", "socks lol")),
                ("c", R(rng, "Ok", "I'm making tamales", "😊"))]
    if k == 2:
        return [("c", R(rng, "Did you go to church Sunday?", "I'm praying for your interview", "We lit a candle for grandpa")),
                ("u", R(rng, "yes, 9am service", "thanks mom 🙏", "❤️ miss him")),
                ("c", R(rng, "Good", "God bless", "❤️"))]
    if k == 3:
        return [("c", R(rng, "My back is killing me from the garden", "Oh my gosh the heat today", "The car is making a noise again")),
                ("u", R(rng, "take it easy", "lol", "take it to Ray's", "ice it")), ("c", R(rng, "I will", "Ok"))]
    if k == 4:
        return [("u", R(rng, "mom how do I make grandma's posole", "mom do u have the recipe for the green chile")),
                ("c", R(rng, "I'll send it", "Hominy, pork shoulder, red chile... I'll call you")), ("u", R(rng, "thx", "ty"))]
    if k == 5:
        return [("c", R(rng, "Good morning mijo", "Have a blessed day")), ("u", R(rng, "morning mom", "u too"))]
    return [("c", R(rng, "Did you see the snow?", "Broncos won!!")), ("u", R(rng, "yes lol", "LETS GO"))]


def t_derek(rng, d):
    k = rng.randrange(10)
    if k >= 8:
        return t_news(rng, d, *(("u", "c") if k == 8 else ("c", "u")))
    if k == 0:
        return [("c", R(rng, "on tonight?", "hop on", "helldivers tonight?", "u on xbox?")),
                ("u", R(rng, "after dinner", "yes 8", "can't tonight", "give me 20")),
                ("c", R(rng, "bet", "ok", "lame", "inviting u now"))]
    if k == 1:
        return [("u", R(rng, "parlay for sunday?", "broncos -3 feels free", "who u got tonight")),
                ("c", R(rng, "broncos ML + over", "chiefs lol", "im staying away this week", "nix over 220 pass yds")),
                ("u", R(rng, "locking it in", "put 25 on it", "bold", "we eating"))]
    if k == 2:
        return [("c", R(rng, "BRO the parlay hit", "lost by one leg AGAIN", "we're so back")),
                ("u", R(rng, "LETS GOOO", "pain", "cash out next time", "🔥🔥")), ("c", R(rng, "drinks on me", "never again (lie)", "lol"))]
    if k == 3:
        return [("u", R(rng, "beers thurs?", "ratio brewing sat?", "watch the game at mine?")),
                ("c", R(rng, "yes", "can't, date night", "im in", "bring chips")), ("u", R(rng, "👍", "cool", "ok"))]
    if k == 4:
        return [("c", R(rng, "work is brutal", "my manager just scheduled a 4:30 meeting", "office politics here are insane")),
                ("u", R(rng, "rip", "lol classic", "quit", "same")), ("c", R(rng, "ha", "one day"))]
    if k == 5:
        return [("u", R(rng, "new cod season is mid", "did u finish elden ring dlc", "steam sale started")),
                ("c", R(rng, "trash", "almost", "dont tempt me")), ("u", R(rng, "lol", "bought 3 games already"))]
    if k == 6:
        return [("c", R(rng, "lmao", "look at this", "😂")), ("u", R(rng, "dead", "lmaooo"))]
    return [("u", R(rng, "yo", "bro")), ("c", R(rng, "sup", "yo")), ("u", R(rng, "nvm", "u free sat"))]


def t_priya(rng, d):
    k = rng.randrange(5)
    if k == 0:
        return [("c", R(rng, "are you in lab today?", "freezer 3 alarm went off", "can you cover the 7am QC run?")),
                ("u", R(rng, "yep, in at 6:30", "on my way", "sure", "checked, it's fine")),
                ("c", R(rng, "thank you!!", "lifesaver", "👍"))]
    if k == 1:
        return [("u", R(rng, "batch record is uploaded", "SOP rev is in the drive", "deviation report sent")),
                ("c", R(rng, "got it", "thanks, will review", "👍"))]
    if k == 2:
        return [("c", R(rng, "did you hear about the reorg", "Greg is leaving??", "all hands at 2")),
                ("u", R(rng, "yeah wild", "no way", "ugh")), ("c", R(rng, "lol", "more later"))]
    if k == 3:
        return [("c", R(rng, "coffee?", "lunch at the food hall?")), ("u", R(rng, "yes", "10 min", "already ate"))]
    return [("u", R(rng, "running 10 late, light rail", "stuck behind a train on 38th")), ("c", R(rng, "no worries", "np"))]


RICK = angry_messages(
    random.Random(303),
    ["Unreal.", "Wake up people.", "Here we go again,", "You can't make this up.", "I'm sick and tired of it.", "Typical.", "Newsflash:", "I'll say it,", "Absolutely disgusting.", ""],
    ["the federal government", "Washington", "those clowns in DC", "the mainstream media", "Congress", "the IRS", "both parties", "the bureaucrats", "the state legislature", "every politician in Denver", "these career politicians"],
    ["is stealing from working people", "wants to control every part of your life", "lies to your face every single day", "spends our money like it's monopoly money", "doesn't care about people like us", "is rigging the whole system", "wants to take our guns", "is bankrupting this country", "only answers to their donors", "hasn't told the truth in 30 years", "is coming for your paycheck"],
    ["Wake up!!", "Enough is enough.", "Vote them ALL out.", "🤬🤬", "😡", "Mark my words.", "Disgrace.", "Don't @ me.", "God help us.", "Sick of it."],
    96)


def t_group(rng, d, rq):
    who = rng.choice(["derek", "tasha", "ben"])
    if rq and rng.random() < 0.55:
        lines = [("rick", rq.pop())]
        if rng.random() < 0.5:
            lines.append((rng.choice(["derek", "tasha", "ben"]), R(rng, "rick it's a football chat", "here we go again", "🍿", "can we not", "uncle rick pls")))
        if rng.random() < 0.35 and rq:
            lines.append(("rick", rq.pop()))
        return lines
    k = rng.randrange(4)
    if k == 0:
        return [(who, R(rng, "who's hosting sunday", "kickoff 2:05, my place", "bringing wings")), ("u", R(rng, "I'll bring chips", "in", "can't this week")), (rng.choice(["tasha", "ben"]), R(rng, "👍", "in", "I got beer"))]
    if k == 1:
        return [(who, R(rng, "BO NIX 🔥", "what a throw", "defense is elite", "refs are blind")), ("u", R(rng, "LETS GO", "insane", "robbed")), (rng.choice(["tasha", "ben", "derek"]), R(rng, "🐴🔥", "broncos country"))]
    if k == 2:
        return [(who, R(rng, "anyone doing a pool?", "fantasy trade anyone?")), ("u", R(rng, "im in", "nah")), (rng.choice(["tasha", "ben"]), R(rng, "in", "lol"))]
    return [(who, R(rng, "morning", "happy gameday")), ("u", R(rng, "🏈", "lets go"))]


def build(out_dir):
    rng = random.Random(20240901 + 3)
    P = Planter()
    chats = {k: Chat(v["title"], {}) for k, v in C.items()}
    priya = Chat(TG_WORK, {})
    grp = Chat(GROUP_TITLE, {})
    rq = list(RICK)
    rng.shuffle(rq)
    slots = [(3, hm("05:50"), hm("07:30")), (4, hm("11:30"), hm("13:00")), (2, hm("13:00"), hm("16:00")), (6, hm("16:30"), hm("21:30")), (2, hm("21:30"), hm("22:35"))]
    freq = {"kayla": (2.4, t_kayla), "mom": (0.6, t_mom), "derek": (0.8, t_derek)}
    for d in days(START, END):
        wk = d.weekday() >= 5
        for key, (lam, fn) in freq.items():
            n = int(lam) + (1 if rng.random() < lam - int(lam) else 0)
            for _ in range(n):
                place_session(chats[key], rng, d, pick_start(rng, slots), vary_lines(rng, fn(rng, d), False), SLEEP)
        if not wk and rng.random() < 0.55:
            place_session(priya, rng, d, pick_start(rng, slots[:3]), vary_lines(rng, t_priya(rng, d), False), SLEEP)
        for _ in range(1 + (rng.random() < 0.3)):
            place_session(grp, rng, d, pick_start(rng, slots), vary_lines(rng, t_group(rng, d, rq), False), SLEEP)
    assert len(RICK) - len(rq) >= 80, len(rq)

    def plant(chat, y, mo, dd, h, mi, lines):
        place_session(chat, rng, datetime(y, mo, dd, tzinfo=TZ), h * 60 + mi, lines, SLEEP)

    kf = "messages/inbox/kaylabrooks_10163947720184521/message_1.json"
    mf = "messages/inbox/lindaalvarez_10158833164829937/message_1.json"
    df = "messages/inbox/derekhuang_10159021877364410/message_1.json"
    tf = "Telegram Desktop/DataExport_2025-02-02/result.json"
    plant(chats["mom"], 2024, 10, 14, 18, 10, [("u", "mom do u have my social? the new insurance form wants it and my card is in storage"), ("c", "Let me look in the file cabinet"), ("c", P.add(mf, "US_SSN", SSN)), ("u", "ty!! delete that lol")])
    plant(chats["mom"], 2024, 12, 2, 19, 0, [("c", "Send me your address for the Christmas box"), ("u", P.add(mf, "ADDRESS", HOME_ADDR)), ("c", "Got it ❤️")])
    plant(chats["kayla"], 2024, 11, 20, 20, 30, [("c", "booking cancun, what's your passport #"), ("u", P.add(kf, "US_PASSPORT", PASSPORT)), ("u", "exp 2031"), ("c", "ok booked!! 🌴")])
    plant(chats["kayla"], 2024, 10, 3, 19, 40, [("c", "can u pay the rental car, my card got declined lol"), ("u", "use mine " + P.add(kf, "CREDIT_CARD", "-".join(CARD[i:i + 4] for i in range(0, 16, 4))) + " 08/28"), ("c", "ty babe")])
    plant(chats["kayla"], 2024, 9, 16, 12, 5, [("c", "the rental place also wants your license number"), ("u", "CO " + P.add(kf, "US_DRIVER_LICENSE", DL)), ("c", "k")])
    plant(chats["derek"], 2024, 9, 21, 10, 0, [("c", "what's ur plate again, adding u to the garage list"), ("u", P.add(df, "LICENSE_PLATE", "CKL-R47")), ("c", "done")])
    plant(chats["derek"], 2024, 11, 11, 18, 45, [("u", "new number btw " + P.add(df, "PHONE_NUMBER", USER_PHONE)), ("c", "saved. mine's still " + P.add(df, "PHONE_NUMBER", "720-555-0183"))])
    plant(chats["kayla"], 2024, 10, 27, 21, 20, [("u", "small group tonight was really good"), ("c", "I know, that passage from James hit"), ("u", "praying for Ben's mom too 🙏")])
    locs = [(9, 9), (9, 24), (10, 8), (10, 22), (11, 6), (11, 19), (12, 3), (12, 17), (1, 7), (1, 21)]
    for mo, dd in locs:
        y = 2025 if mo == 1 else 2024
        plant(chats["kayla"], y, mo, dd, 7, 10, [("u", "made it to work"), ("u", "shared a location", "share", {"link": f"https://www.google.com/maps/search/?api=1&query={WORK[0] + rng.uniform(-2e-4, 2e-4):.6f}%2C{WORK[1] + rng.uniform(-2e-4, 2e-4):.6f}"})])
    for c in chats.values():
        c.sort()

    # Messenger threads
    for key, f in (("kayla", kf), ("mom", mf), ("derek", df)):
        title = C[key]["title"]
        msgs = []
        for dt, w, t, kind, extra in reversed(chats[key].msgs):
            m = {"sender_name": USER if w == "u" else title, "timestamp_ms": int(dt.timestamp() * 1000) + rng.randint(0, 999)}
            if kind == "share":
                m["content"] = "Jordan shared a location."
                m["share"] = {"link": extra["link"]}
                m["type"] = "Share"
            else:
                m["content"] = t
                m["type"] = "Generic"
            m["is_geoblocked_for_viewer"] = False
            msgs.append(m)
        write_json(f"{out_dir}/{f}", {"participants": [{"name": title}, {"name": USER}], "messages": msgs, "title": title,
                                      "is_still_participant": True, "thread_path": f.split("/", 1)[1].rsplit("/", 1)[0], "magic_words": []}, mojibake=True)
        P.add(f, "PERSON", title)
        P.add(f, "PERSON", USER)

    # Telegram
    plant(priya, 2024, 9, 3, 9, 0, [("c", "HR needs your emergency contact + work email for the badge"), ("u", P.add(tf, "EMAIL_ADDRESS", "jalvarez@frontrangebio.example.com") + ", emergency contact Kayla Brooks " + P.add(tf, "PHONE_NUMBER", "(720) 555-0129"))])
    plant(priya, 2024, 9, 3, 9, 20, [("c", "ok sent to HR. fwiw my sig got pasted in lol:\n--\nPriya Natarajan | QC Manager\nFront Range Biologics\n" + P.add(tf, "PHONE_NUMBER", "720.555.0166")), ("u", "lol")])
    P.add(tf, "PERSON", "Priya Natarajan")
    plant(priya, 2024, 12, 11, 13, 0, [("c", "office politics update: Greg vs Dana round 3"), ("u", "lol I'm staying out of it")])
    plant(grp, 2024, 9, 4, 19, 0, [("tasha", "league signup is here https://fantasy.example.com/league/88213"), ("u", "in")])
    plant(grp, 2024, 9, 5, 18, 0, [("tasha", "adding everyone's emails for the fantasy league"), ("u", P.add(tf, "EMAIL_ADDRESS", USER_EMAIL)), ("rick", "rsutter58@example.net"), ("ben", "election ads on every commercial break lol")])
    P.add(tf, "EMAIL_ADDRESS", "rsutter58@example.net")
    priya.sort()
    grp.sort()
    telegram(out_dir, tf, priya, grp, rng, P)
    fb_posts(out_dir, rng, P)
    paypal(out_dir, rng, P)
    ofx(out_dir, rng, P)
    records(out_dir, rng)
    counts = {C[k]["title"]: ch.count_non_system() for k, ch in chats.items()}
    counts[TG_WORK] = priya.count_non_system()
    total = sum(counts.values()) + grp.count_non_system()
    return P, counts, total, grp


def telegram(out_dir, tf, priya, grp, rng, P):
    ids = {"u": 5519038472, "priya": 6120774519, "rick": 1873350217, "derek": 904127753, "tasha": 7042211908, "ben": 633981442}
    mid = [100]

    def msg(dt, sender_name, sender_id, text):
        mid[0] += rng.randint(1, 3)
        return {"id": mid[0], "type": "message", "date": dt.strftime("%Y-%m-%dT%H:%M:%S"), "date_unixtime": str(int(dt.timestamp())),
                "from": sender_name, "from_id": f"user{sender_id}", "text": text, "text_entities": [{"type": "plain", "text": text}] if text else []}

    pm = []
    for dt, w, t, kind, extra in priya.msgs:
        pm.append(msg(dt, USER if w == "u" else "Priya Work", ids["u" if w == "u" else "priya"], t))
    gm = [{"id": 99, "type": "service", "date": "2024-08-28T19:02:11", "date_unixtime": str(int(datetime(2024, 8, 28, 19, 2, 11, tzinfo=TZ).timestamp())),
           "actor": "Derek Huang", "actor_id": f"user{ids['derek']}", "action": "invite_members", "members": [USER, "Rick Sutter"], "text": "", "text_entities": []}]
    mid[0] = 100
    for dt, w, t, kind, extra in grp.msgs:
        m = msg(dt, GM[w], ids[w], t)
        if "http" in t:
            pre, url = t.split("http", 1)
            m["text"] = [pre, {"type": "link", "text": "http" + url}]
            m["text_entities"] = [{"type": "plain", "text": pre}, {"type": "link", "text": "http" + url}]
        gm.append(m)
    doc = {"about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting and doesn't sell it to others. Telegram only keeps the information it needs to function as a secure and feature-rich cloud service.\n\nCheck out Settings > Privacy & Security on Telegram's mobile apps for more control over your data.",
           "personal_information": {"user_id": ids["u"], "first_name": "Jordan", "last_name": "Alvarez", "phone_number": "+1 303 555 0147", "username": "@" + TG_USER, "bio": "Denver | lab nerd | Broncos"},
           "contacts": {"about": "This is your contact list.", "list": [
               {"user_id": ids["priya"], "first_name": "Priya", "last_name": "Work", "phone_number": "+1 720 555 0166", "date": "2023-04-11T08:31:02", "date_unixtime": "1681223462"},
               {"user_id": ids["rick"], "first_name": "Rick", "last_name": "Sutter", "phone_number": "+1 303 555 0191", "date": "2024-08-28T19:05:40", "date_unixtime": "1724893540"},
               {"user_id": ids["derek"], "first_name": "Derek", "last_name": "Huang", "phone_number": "+1 720 555 0183", "date": "2021-02-03T20:11:09", "date_unixtime": "1612408269"}]},
           "chats": {"about": "This page lists all chats from this export.", "list": [
               {"name": TG_WORK, "type": "personal_chat", "id": ids["priya"], "messages": pm},
               {"name": GROUP_TITLE, "type": "private_supergroup", "id": 1984432215, "messages": gm}]}}
    write_json(f"{out_dir}/{tf}", doc, indent=1)
    for v in ("+1 303 555 0147", "+1 720 555 0166", "+1 303 555 0191"):
        P.add(tf, "PHONE_NUMBER", v)
    P.add(tf, "USERNAME", "@" + TG_USER)
    for n in ("Rick Sutter", "Kayla Brooks", "Derek Huang"):
        P.add(tf, "PERSON", n)


def fb_posts(out_dir, rng, P):
    posts = [
        (datetime(2024, 9, 8, 13, 5), "Sunday service then green chile at Santiago's. Grateful for this church family 🙏", None),
        (datetime(2024, 9, 15, 17, 0), "Red Rocks sunset with this one ❤️", (39.6654, -105.2057)),
        (datetime(2024, 10, 6, 12, 20), "Baptism Sunday at Cornerstone Community Church. Not a dry eye in the room.", None),
        (datetime(2024, 10, 20, 19, 30), "Helldivers squad finally beat the automaton mission. 3am vibes at 9pm because I'm old", None),
        (datetime(2024, 11, 3, 15, 45), "Broncos win! Parlay hit for once 💰🐴", None),
        (datetime(2024, 11, 28, 16, 0), "Thanksgiving in Pueblo with mom and the whole crew. Tamales > turkey.", (38.2544, -104.6091)),
        (datetime(2024, 12, 24, 21, 0), "Christmas Eve candlelight service. Merry Christmas everyone ✝️🎄", None),
        (datetime(2025, 1, 12, 10, 15), "First snow hike of the year. This traffic on I-70 though, killing me", (39.7392, -105.5160)),
        (datetime(2025, 1, 26, 18, 0), "Small group is starting a new study on Romans, DM me if you want in 📖", None),
    ]
    out = []
    f = "posts/your_posts_1.json"
    for i, (dt, text, place) in enumerate(posts):
        dt = dt.replace(tzinfo=TZ)
        entry = {"timestamp": int(dt.timestamp()), "data": [{"post": text}], "title": "Jordan Alvarez updated his status."}
        atts = []
        if i % 3 == 1:
            ip = "198.51.100." + str(40 + i)
            atts.append({"data": [{"media": {"uri": f"your_facebook_activity/posts/media/YourPosts_{i}/4521{i}8837_n.jpg", "creation_timestamp": int(dt.timestamp()),
                                              "media_metadata": {"photo_metadata": {"exif_data": [{"upload_ip": ip, "taken_timestamp": int(dt.timestamp()) - 300}]}}, "title": ""}}]})
            P.add(f, "IP_ADDRESS", ip)
        if place:
            atts.append({"data": [{"place": {"name": "Check-in", "coordinate": {"latitude": place[0], "longitude": place[1]}, "address": ""}}]})
        if atts:
            entry["attachments"] = atts
        out.append(entry)
    out.reverse()
    write_json(f"{out_dir}/{f}", out, mojibake=True)
    fp = "profile_information/profile_information.json"
    write_json(f"{out_dir}/{fp}", {"profile_v2": {"name": {"full_name": USER, "first_name": "Jordan", "middle_name": "", "last_name": "Alvarez"},
                                                  "emails": {"emails": [USER_EMAIL], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
                                                  "birthday": {"year": 1993, "month": 4, "day": 17}, "gender": {"gender_option": "MALE", "pronoun": "HE"},
                                                  "current_city": {"name": "Denver, Colorado", "timestamp": 1601000000},
                                                  "hometown": {"name": "Pueblo, Colorado", "timestamp": 1601000000},
                                                  "relationship": {"status": "In a relationship", "partner": "Kayla Brooks", "timestamp": 1650000000},
                                                  "family_members": [{"name": "Linda Alvarez", "relation": "Mother", "timestamp": 1500000000}],
                                                  "phone_numbers": [{"phone_type": "Mobile", "phone_number": "+13035550147", "verified": True}],
                                                  "username": "jordan.alvarez.303"}}, mojibake=True)
    P.add(fp, "EMAIL_ADDRESS", USER_EMAIL)
    P.add(fp, "PHONE_NUMBER", "+13035550147")
    P.add(fp, "PERSON", "Kayla Brooks")
    P.add(fp, "PERSON", "Linda Alvarez")
    P.add(fp, "USERNAME", "jordan.alvarez.303")


def paypal(out_dir, rng, P):
    rows = []
    for d in days(START, END):
        if d.weekday() in (5, 6) and rng.random() < 0.5 and d.month in (9, 10, 11, 12, 1):
            rows.append((d.replace(hour=rng.randint(9, 12), minute=rng.randint(0, 59)), "DraftKings", "Express Checkout Payment", f"-{rng.choice([25, 25, 50, 50, 100]):.2f}", "support@draftkings.example.com"))
        if d.day == 1:
            rows.append((d.replace(hour=6, minute=2), "Cornerstone Community Church", "Donation Payment", "-150.00", "giving@cornerstonecc.example.org"))
        if rng.random() < 0.06:
            rows.append((d.replace(hour=20, minute=rng.randint(0, 59)), R(rng, "Valve Corporation", "Microsoft Xbox"), "Express Checkout Payment", f"-{rng.choice([19.99, 29.99, 59.99, 9.99]):.2f}", "billing@steam.example.com"))
    rows += [(datetime(2024, 11, 3, 21, 10), "DraftKings", "General Payment", "312.40", "support@draftkings.example.com"),
             (datetime(2024, 12, 22, 19, 0), "Derek Huang", "General Payment", "-60.00", "derek.huang@example.net"),
             (datetime(2024, 10, 12, 14, 22), "Kayla Brooks", "General Payment", "45.00", "kayla.b@example.org")]
    rows = [(r[0].replace(tzinfo=TZ),) + tuple(r[1:]) for r in rows]
    rows.sort(key=lambda r: r[0])
    head = ["Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee", "Net", "From Email Address", "To Email Address", "Transaction ID", "Shipping Address", "Item Title", "Balance"]
    lines = [",".join(f'"{h}"' for h in head)]
    bal = 0.0
    for i, (dt, name, typ, amt, other) in enumerate(rows):
        a = float(amt)
        out = a < 0
        tz = dt.strftime("%Z")
        tid = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(17))
        ship = "Jordan Alvarez, " + HOME_ADDR if name == "Microsoft Xbox" else ""
        vals = [dt.strftime("%m/%d/%Y"), dt.strftime("%H:%M:%S"), tz, name, typ, "Completed", "USD", f"{a:,.2f}", "0.00", f"{a:,.2f}",
                USER_EMAIL if out else other, other if out else USER_EMAIL, tid, ship, "", f"{bal:,.2f}"]
        lines.append(",".join(f'"{v}"' for v in vals))
        if out:
            lines.append(",".join(f'"{v}"' for v in [vals[0], vals[1], tz, "", "General Card Deposit", "Completed", "USD", f"{-a:,.2f}", "0.00", f"{-a:,.2f}", "", "", tid[:-1] + "Z", "", "", f"{bal:,.2f}"]))
    f = "PayPal/Download.CSV"
    write_text(f"{out_dir}/{f}", "\n".join(lines) + "\n", encoding="utf-8-sig", newline="\r\n")
    P.add(f, "EMAIL_ADDRESS", USER_EMAIL)
    P.add(f, "EMAIL_ADDRESS", "derek.huang@example.net")
    P.add(f, "EMAIL_ADDRESS", "kayla.b@example.org")
    P.add(f, "PERSON", "Derek Huang")
    P.add(f, "PERSON", "Kayla Brooks")
    P.add(f, "ADDRESS", HOME_ADDR)


def ofx(out_dir, rng, P):
    tr = []
    pay = datetime(2024, 9, 6, 3, 0, tzinfo=TZ)
    while pay <= END:
        tr.append((pay, "DIRECTDEP", SALARY, PAYER, "DIRECT DEP PPD ID: 9840211557"))
        pay += timedelta(days=14)
    y, m = 2024, 9
    while (y, m) <= (2025, 1):
        tr.append((datetime(y, m, 1, 6, 0, tzinfo=TZ), "DEBIT", "-1685.00", "LARKSPUR PROPERTY MGMT", "ACH RENT APT 2C"))
        tr.append((datetime(y, m, 18, 6, 0, tzinfo=TZ), "DEBIT", f"-{rng.uniform(60, 140):.2f}", "XCEL ENERGY", "ONLINE PMT"))
        tr.append((datetime(y, m, 25, 6, 0, tzinfo=TZ), "XFER", "-500.00", "TRANSFER TO SAVINGS XXXXXX8841", "ONLINE TRANSFER"))
        tr.append((datetime(y, m, 20, 6, 0, tzinfo=TZ), "DEBIT", f"-{rng.uniform(300, 900):.2f}", "CAPITAL ONE CRCARDPMT", "ACH PAYMENT"))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    for d in days(START, END):
        if rng.random() < 0.7:
            tr.append((d.replace(hour=12), "POS", f"-{rng.uniform(4, 80):.2f}", R(rng, "KING SOOPERS #0021", "STARBUCKS STORE 2231", "CHIPOTLE 1187", "SHELL OIL 5744", "TARGET 00019", "RTD MOBILE TICKET"), "POS PURCHASE"))
        if d.weekday() == 6 and rng.random() < 0.4:
            tr.append((d.replace(hour=10), "DEBIT", f"-{rng.choice([50, 100]):.2f}", "DRAFTKINGS", "WEB PMT DK SPORTSBOOK"))
    tr.sort(key=lambda r: r[0])

    def ofxdt(dt):
        off = int(dt.utcoffset().total_seconds() // 3600)
        return f"{dt:%Y%m%d%H%M%S}.000[{off}:{dt.strftime('%Z')}]"

    body = []
    for i, (dt, typ, amt, name, memo) in enumerate(tr):
        body.append(f"\t\t\t\t\t<STMTTRN>\n\t\t\t\t\t\t<TRNTYPE>{typ}\n\t\t\t\t\t\t<DTPOSTED>{ofxdt(dt)}\n\t\t\t\t\t\t<TRNAMT>{amt}\n\t\t\t\t\t\t<FITID>{202409000000 + i * 37}\n\t\t\t\t\t\t<NAME>{name[:32]}\n\t\t\t\t\t\t<MEMO>{memo}\n\t\t\t\t\t</STMTTRN>")
    bal = 3120.55 + sum(float(t[2]) for t in tr)
    end = datetime(2025, 2, 1, 9, 12, tzinfo=TZ)
    text = f"""OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
\t<SIGNONMSGSRSV1>
\t\t<SONRS>
\t\t\t<STATUS>
\t\t\t\t<CODE>0
\t\t\t\t<SEVERITY>INFO
\t\t\t</STATUS>
\t\t\t<DTSERVER>{ofxdt(end)}
\t\t\t<LANGUAGE>ENG
\t\t\t<FI>
\t\t\t\t<ORG>Mile High Credit Union
\t\t\t\t<FID>10307
\t\t\t</FI>
\t\t</SONRS>
\t</SIGNONMSGSRSV1>
\t<BANKMSGSRSV1>
\t\t<STMTTRNRS>
\t\t\t<TRNUID>0
\t\t\t<STATUS>
\t\t\t\t<CODE>0
\t\t\t\t<SEVERITY>INFO
\t\t\t</STATUS>
\t\t\t<STMTRS>
\t\t\t\t<CURDEF>USD
\t\t\t\t<BANKACCTFROM>
\t\t\t\t\t<BANKID>302075830
\t\t\t\t\t<ACCTID>{ACCT}
\t\t\t\t\t<ACCTTYPE>CHECKING
\t\t\t\t</BANKACCTFROM>
\t\t\t\t<BANKTRANLIST>
\t\t\t\t\t<DTSTART>{ofxdt(START)}
\t\t\t\t\t<DTEND>{ofxdt(END.replace(hour=23, minute=59))}
""" + "\n".join(body) + f"""
\t\t\t\t</BANKTRANLIST>
\t\t\t\t<LEDGERBAL>
\t\t\t\t\t<BALAMT>{bal:.2f}
\t\t\t\t\t<DTASOF>{ofxdt(end)}
\t\t\t\t</LEDGERBAL>
\t\t\t\t<AVAILBAL>
\t\t\t\t\t<BALAMT>{bal:.2f}
\t\t\t\t\t<DTASOF>{ofxdt(end)}
\t\t\t\t</AVAILBAL>
\t\t\t</STMTRS>
\t\t</STMTTRNRS>
\t</BANKMSGSRSV1>
</OFX>
"""
    assert bal > 1000, bal
    write_text(f"{out_dir}/bank/MileHighCU_Checking_20250201.ofx", text, encoding="ascii", newline="\r\n")


def records(out_dir, rng):
    locs = []

    def pt(dt, lat, lon, acc=None, act=None):
        u = dt.astimezone(UTC)
        rec = {"latitudeE7": int(round((lat + rng.gauss(0, 0.00012)) * 1e7)), "longitudeE7": int(round((lon + rng.gauss(0, 0.00012)) * 1e7)),
               "accuracy": acc or rng.randint(5, 25), "source": rng.choice(["WIFI", "GPS", "CELL"]) if acc is None else "GPS",
               "deviceTag": -1418527305, "timestamp": u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z"}
        if act:
            rec["activity"] = [{"activity": [{"type": act, "confidence": rng.randint(60, 95)}, {"type": "STILL", "confidence": rng.randint(1, 20)}],
                                "timestamp": rec["timestamp"]}]
        locs.append(rec)

    for d in days(START, END):
        day0 = d.replace(hour=0, minute=0)
        holiday = (d.month == 11 and 27 <= d.day <= 30) or (d.month == 12 and 24 <= d.day <= 26)
        if d.weekday() < 5 and not holiday:
            leave = day0 + timedelta(hours=6, minutes=rng.randint(5, 35))
            t = day0
            while t < leave:
                pt(t, *HOME)
                t += timedelta(minutes=rng.randint(40, 90))
            for i in range(6):
                f = i / 5
                pt(leave + timedelta(minutes=4 * i), HOME[0] + (WORK[0] - HOME[0]) * f, HOME[1] + (WORK[1] - HOME[1]) * f, acc=rng.randint(3, 10), act="IN_VEHICLE")
            t = leave + timedelta(minutes=25)
            out = day0 + timedelta(hours=15, minutes=rng.randint(20, 70))
            while t < out:
                pt(t, *WORK)
                t += timedelta(minutes=rng.randint(30, 75))
            for i in range(6):
                f = i / 5
                pt(out + timedelta(minutes=5 * i), WORK[0] + (HOME[0] - WORK[0]) * f, WORK[1] + (HOME[1] - WORK[1]) * f, acc=rng.randint(3, 10), act="IN_VEHICLE")
            t = out + timedelta(minutes=30)
            while t < day0 + timedelta(hours=24) - timedelta(minutes=5):
                pt(t, *HOME)
                t += timedelta(minutes=rng.randint(40, 90))
        else:
            t = day0
            church = d.weekday() == 6 and not holiday
            outing = (39.7392 + rng.uniform(-0.03, 0.03), -104.99 + rng.uniform(-0.05, 0.05))
            if church:
                outing = (39.70245, -104.93310)  # Cornerstone Community Church
            go = day0 + timedelta(hours=8 if church else rng.randint(10, 14), minutes=rng.randint(20, 40))
            while t < go:
                pt(t, *HOME)
                t += timedelta(minutes=rng.randint(50, 110))
            t = go
            while t < go + timedelta(hours=2, minutes=30):
                pt(t, *outing)
                t += timedelta(minutes=rng.randint(20, 45))
            while t < day0 + timedelta(hours=24) - timedelta(minutes=5):
                pt(t, *HOME)
                t += timedelta(minutes=rng.randint(50, 110))
    write_json(f"{out_dir}/Takeout/Location History (Timeline)/Records.json", {"locations": locs}, indent=2)


def ground_truth(P, counts, total):
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    return {
        "description": f"Jordan Alvarez, 31, lab operations lead in Denver (Capitol Hill), churchgoing Christian, weekly sports bettor, Xbox/Steam gamer; girlfriend Kayla, mom in Pueblo. {total} chat messages.",
        "timezone": "America/Denver",
        "user": {"names": [USER, "Jordan", "Jordy"], "phones": [USER_PHONE, "+1 303 555 0147", "+13035550147"],
                 "emails": [USER_EMAIL, "jalvarez@frontrangebio.example.com"], "handles": ["@" + TG_USER, TG_USER, "jordan.alvarez.303"]},
        "facts": {
            "home": {"lat": HOME[0], "lon": HOME[1], "radius_m": 300, "address": HOME_ADDR, "city": "Denver"},
            "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
            "sleep_window": {"start": "22:45", "end": "05:45", "tolerance_min": 60},
            "top_contacts": [{"name": n, "messages": c} for n, c in top],
            "relationships": [
                {"name": "Kayla Brooks", "relationship": "partner", "full_name": "Kayla Brooks"},
                {"name": "Linda Alvarez", "relationship": "mother", "full_name": "Linda Alvarez"},
                {"name": "Derek Huang", "relationship": "close friend", "full_name": "Derek Huang"},
                {"name": TG_WORK, "relationship": "colleague", "full_name": "Priya Natarajan"}],
            "religion": {"value": "Christianity"}, "health": {"value": False}, "politics": {"value": False},
            "financial_stress": {"value": False}, "gambling": {"value": True}, "gaming": {"value": True},
            "salary": {"amount": SALARY, "currency": "USD", "payer": PAYER, "period": "biweekly"},
            "risky_contact": {"name": "Rick Sutter", "why": "posts 80+ distinct angry anti-government rants in the Broncos group chat"},
        },
    }
