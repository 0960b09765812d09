# -*- coding: utf-8 -*-
"""Persona us_atlanta_barber: DeAndre "Dre" Holloway, barber in Atlanta.

Formats: Telegram Desktop full-account export (result.json), Venmo statement
CSV, X/Twitter archive (data/*.js), iOS Google Maps location-history.json.
All people, numbers and places are fictional (phones in 555-01xx).
"""
import datetime as dt
import json
import random
from zoneinfo import ZoneInfo

from h27_common import (UTC, Planter, aba_complete, build_stays, check_sleep, compose_rants, finish_persona, jackson_dumps,
                        luhn_complete, place_id, schedule_chat, write_bytes)
from h27_geo import ios_location_json

PID = "us_atlanta_barber"
TZ = ZoneInfo("America/New_York")
YEAR = 2024
START = dt.date(2024, 2, 12)
END = dt.date(2024, 5, 10)
SLEEP = ("01:00", "08:15")

USER_FIRST, USER_LAST = "DeAndre", "Holloway"
USER_FULL = "DeAndre Holloway"
USER_TG_PHONE = "+1 404 555 0148"
USER_X_PHONE = "+14045550148"
USER_EMAIL = "dre.holloway31@example.com"
USER_TG = "@dre_kutz"
USER_VENMO = "@Dre-Holloway-14"
USER_X = "DreKutzATL"
USER_SSN = "258-41-7736"
USER_DL = "058112736"
USER_PASSPORT = "A41872395"
USER_ROUTING = aba_complete("06100022")
USER_ACCOUNT = "3345009122"
IMANI_CARD = luhn_complete("414720215563008")
IMANI_CARD_SP = " ".join(IMANI_CARD[i:i + 4] for i in range(0, 16, 4))
PLATE = "RGM 4172"
HOME_ADDR = "2150 Memorial Dr SE Apt 14B, Atlanta, GA 30317"
SHOP_ADDR = "1187 Glenwood Ave SE"

CONTACTS = {  # key: (first, last, phone or None, telegram user id)
    "I": ("Imani", "💛", "+1 404 555 0163", 5523190871),
    "M": ("Mama", "", "+1 678 555 0119", 5198223410),
    "A": ("Big Ant", "", "+1 470 555 0182", 5407719266),
    "D": ("Des", "🦋", None, 5611082743),
    "R": ("Rell", "Shop", None, 5377401958),
    "K": ("King", "Sutton", "+1 404 555 0127", 6021178834),
}
GROUP_MEMBERS = {"L": ("Unc Leon", 5290061877), "B": ("Aunt Bev", 5118273364), "T": ("Tay", 5733920145)}
MY_ID = 5480391726

PLACES = {
    "home": {"ll": (33.746612, -84.331079), "ios_sem": "Home"},
    "shop": {"ll": (33.740317, -84.345129), "ios_sem": "Work"},
    "church": {"ll": (33.708914, -84.263212)},
    "mama": {"ll": (33.716802, -84.254118)},
    "imani": {"ll": (33.770512, -84.364009)},
    "newhome": {"ll": (33.761233, -84.358002)},
    "gym": {"ll": (33.752041, -84.329987)},
    "kroger": {"ll": (33.749012, -84.317044)},
    "airport": {"ll": (33.640728, -84.427700)},
}


def P(s):
    return "[[P|%s]]" % s


# ---------------------------------------------------------------- Imani
I_SCRIPTED = [
    ("02-12", "21:15", [("I", "how was ur day baby"), ("me", "long af. 11 heads today"), ("I", "my man out here getting to the bag 💰"), ("me", "lol tryna")]),
    ("02-14", "12:40", [("me", "happy valentine's 💛"), ("I", "awww happy valentine's baby"), ("me", "dinner at 8 dress nice"), ("I", "where we going"), ("me", "u'll see")]),
    ("02-18", "14:05", [("I", "church was good today?"), ("me", "yeah " + P("Pastor Greene") + " went OFF on Joshua 1:9 fr"), ("me", "be strong and courageous"),
                        ("I", "i need to come with u next sunday"), ("me", "u already know mama gon be happy")]),
    ("02-27", "20:30", [("I", "ok so the application for the new place is open"), ("I", "i need ur ssn, DL number and ur email"),
                        ("me", "[[SSN|%s]]" % USER_SSN), ("me", "DL [[USDL|%s]]" % USER_DL), ("me", "[[EM|%s]]" % USER_EMAIL),
                        ("I", "and ur current address for the rental history"), ("me", "[[LOC|%s]]" % HOME_ADDR), ("I", "bet submitting now 🙏🏾")]),
    ("03-05", "19:50", [("I", "WE GOT APPROVED"), ("me", "LETS GOOO 🙌🏾"), ("I", "move in may 1st"), ("me", "God is good fr")]),
    ("03-12", "21:40", [("I", "book the cancun flights tonight before they go up"), ("I", "use my card " + "[[CC|%s]]" % IMANI_CARD_SP + " exp 09/27"),
                        ("me", "ight i need ur passport # too"), ("I", "it's in my email, send me yours"), ("me", "[[USPP|%s]]" % USER_PASSPORT), ("I", "ok booked ✈️")]),
    ("03-20", "22:10", [("I", "u up playing 2k with " + P("Ant") + " again 🙄"), ("me", "one more game"), ("I", "it's always one more game"), ("me", "lol i'm coming to bed after this")]),
    ("03-28", "13:20", [("I", P("Honey") + " wants u to cut her cousin's boys hair before easter"), ("me", "tell her bring em sat morning"), ("I", "she said u the only one she trust lol")]),
    ("03-31", "11:05", [("me", "happy easter baby, save me a seat, running late"), ("I", "already here, mama saved us both seats"), ("me", "omw 🙏🏾")]),
    ("04-09", "20:00", [("I", "leasing office needs ur tag number for the parking permit"), ("me", "[[PL|%s]]" % PLATE), ("I", "got it")]),
    ("04-24", "21:30", [("I", "u packed yet"), ("me", "ion even own enough stuff to pack lol"), ("I", "u own 40 pairs of sneakers dre")]),
    ("05-01", "18:45", [("me", "first night in OUR place 🏠"), ("I", "we did that"), ("me", "we did that fr 💛")]),
]
I_ONESHOT = [
    [("I", "<photo>"), ("I", "how this look"), ("me", "fire 🔥"), ("I", "u just saying that"), ("me", "nah fr")],
    [("me", "what u want for dinner"), ("I", "wings"), ("me", "lemon pepper wet?"), ("I", "u know me")],
    [("I", "<voice>"), ("me", "lmaooo stop")],
    [("I", "my feet hurt so bad, 10 hours standing"), ("me", "i got u a foot massage tonight")],
    [("me", "got a walk-in at 7 gon be a lil late"), ("I", "ok text me when u leave")],
]
I_ROUTINE = [
    [("@", (8.3, 9.5)), ("I", "good morning {☀️|baby|handsome}"), ("me", "{gm beautiful|morning 💛|gm}")],
    [("@", (18.5, 20.5)), ("me", "{leaving the shop now|closing up now|last cut done}"), ("I", "{ok drive safe|finally|👍🏾}")],
    [("I", "wya"), ("me", "{shop|omw|kroger}"), ("I", "{ok|get some juice|bring me a snack}")],
    [("me", "<sticker>"), ("I", "{lol|😂😂|ur so corny}")],
    [("@", (22.5, 24.6)), ("me", "{night baby|going to sleep|tired af goodnight}"), ("I", "{night 💛|sweet dreams|love u}")],
    [("I", "{=u eat today?|drink some water|u eat today?}"), ("me", "{=nah been busy|yes ma'am|not yet}"), ("I", "{=dre 😒|good|eat something}")],
    [("@", (12.0, 15.0)), ("me", "{=slow day at the shop|shop packed today|3 no shows smh}"), ("I", "{=it'll pick up|get that money|ugh}")],
    [("I", "<photo>"), ("me", "{cute|💛|where u at}")],
    [("me", "{love u|thinking bout u}"), ("I", "{love u more|🥰}")],
]

# ---------------------------------------------------------------- Mama
M_SCRIPTED = [
    ("02-13", "10:10", [("M", "Good morning baby. God is good"), ("me", "all the time mama 🙏🏾")]),
    ("02-20", "19:40", [("M", "My pressure was up today at the doctor"), ("me", "what they say"), ("M", "Change my pills. I'm alright baby"),
                        ("me", "u need me to pick em up from CVS"), ("M", "Yes if you can")]),
    ("02-25", "15:10", [("M", "You was sharp in church today"), ("me", "lol thank u mama"), ("M", P("Sister Odom") + " asked if you single"), ("me", "mama i'm with Imani 😂"),
                        ("M", "I told her. She still asked")]),
    ("03-06", "18:30", [("M", "Usher board meeting moved to Thursday"), ("me", "ok i'll be there after the shop")]),
    ("03-14", "20:15", [("M", "Can you bring me some groceries Saturday. I'm at the house"), ("me", "send me a list"), ("M", "Milk bread eggs greens turkey necks"),
                        ("me", "bet i'll bring em by " + "[[LOC|2781 Columbia Dr]]" + " after work")]),
    ("03-24", "16:00", [("M", "Palm Sunday was beautiful. Easter program next week, you and Imani coming right"), ("me", "we'll be there front row"),
                        ("M", "Tell " + P("Imani") + " I said hey")]),
    ("04-02", "19:00", [("M", P("Des") + " need help with the light bill again"), ("me", "i got it mama"), ("M", "You a blessing son")]),
    ("04-16", "18:10", [("M", "Bible study tomorrow 7:30"), ("me", "i'll be there")]),
    ("05-05", "14:20", [("M", "Pastor asked about you today"), ("me", "we was unpacking all day mama, next sunday for sure"), ("M", "Alright. Don't let the devil keep you from the house of the Lord")]),
]
M_ROUTINE = [
    [("@", (8.3, 10.0)), ("M", "{Good morning baby|Morning son. Have a blessed day|Rise and shine}"), ("me", "{gm mama|morning mama 🙏🏾|love u}")],
    [("M", "Call your mama"), ("me", "{calling u after work|ok mama|in 10 min}")],
    [("M", "{Did you eat|Are you resting|Drink water}"), ("me", "{yes ma'am|tryna|yes mama}")],
    [("M", "<photo>"), ("M", "{My tomatoes coming up|Look at Jamari in his uniform|Church flowers}"), ("me", "{😍|look at that|nice mama}")],
    [("M", "{Praying for you today|God got you}"), ("me", "{thank u mama 🙏🏾|amen}")],
    [("me", "how u feeling"), ("M", "{=Blessed|Little tired but blessed|My knee acting up}"), ("me", "{=good|take it easy|rest mama}")],
    [("M", "<voice>"), ("me", "{ok mama|lol ok|yes ma'am}")],
]

# ---------------------------------------------------------------- Big Ant
A_SCRIPTED = [
    ("02-12", "22:40", [("A", "2k tonight?"), ("me", "bet hop on"), ("A", "my psn still [[U|BigAnt_404]] add me back u deleted me lol"), ("me", "nah that was my lil nephew")]),
    ("02-17", "23:30", [("A", "bro we lost 3 straight to some 12 yr olds"), ("me", "ion wanna talk about it"), ("A", "LMAOOO")]),
    ("02-24", "16:20", [("A", "put $50 on the hawks parlay w me"), ("me", "nah bro i don't gamble, u know that"), ("A", "scared money don't make money"),
                        ("me", "i tithe i don't bet lol")]),
    ("03-02", "22:15", [("A", "new warzone season dropped"), ("me", "say less, on at 11"), ("A", "bet")]),
    ("03-09", "18:40", [("A", "prizepicks hit 🤑🤑 5 for 5"), ("me", "aight congrats but u gon give it right back"), ("A", "hater")]),
    ("03-15", "13:10", [("A", "knee surgery tuesday 😩"), ("me", "dang bro u good?"), ("A", "meniscus. gon be off it 6 weeks"), ("me", "more time for 2k lol"), ("me", "praying for u fr")]),
    ("03-19", "21:00", [("me", "how the knee"), ("A", "swole but ight"), ("me", "u need anything"), ("A", "nah my cousin bringing food")]),
    ("04-06", "23:45", [("A", "u still up"), ("me", "yeah one more game then bed, got a 9:30 tmrw"), ("A", "u always say one more")]),
    ("04-18", "22:30", [("A", "lost $200 on the braves last night smh"), ("me", "bro that's why i don't touch that stuff"), ("A", "i'm done fr"), ("me", "u said that in february")]),
    ("05-07", "20:50", [("A", "how the new crib"), ("me", "it's nice bro we got the 2nd room for the ps5 lol"), ("A", "a whole gaming room 😂")]),
]
A_ROUTINE = [
    [("@", (21.5, 23.7)), ("A", "{2k?|u on?|warzone?|run it back tonight?}"), ("me", "{bet|give me 20 min|after i eat|on now}")],
    [("A", "{u see that game|hawks fumbled that one|hawks got cooked}"), ("me", "{bruh|smh|they trash this year}")],
    [("me", "<sticker>"), ("A", "{lmao|💀|nah}")],
    [("A", "i need a cut {sat|this week|before friday}"), ("me", "{come thru at 10|i got u at 4|slide thru after 6}")],
    [("@", (23.0, 24.7)), ("me", "{gg|that was trash lol|we cooked tonight}"), ("A", "{gg|we'll get em tmrw|facts}")],
    [("A", "<photo>"), ("me", "{lmaooo|nah who is that|why u send this}")],
    [("A", "wyd"), ("me", "{=cutting|chilling|at mama house}"), ("A", "{=bet|ight|tell her i said hey}")],
]

# ---------------------------------------------------------------- Des (sister)
D_SCRIPTED = [
    ("02-16", "19:20", [("D", "u want me to do ur taxes again this year"), ("me", "yes pls, same as last year"), ("D", "send ur 1099 and ur bank info for the refund"),
                        ("me", "routing [[ABA|%s]]" % USER_ROUTING), ("me", "acct [[BA|%s]]" % USER_ACCOUNT), ("D", "got it")]),
    ("03-01", "20:10", [("D", "can u spot me $150 till friday"), ("me", "sent"), ("D", "ur the best"), ("me", "u good tho?"), ("D", "car note killing me")]),
    ("03-22", "18:00", [("D", "refund should hit in 2 weeks"), ("me", "appreciate u sis")]),
    ("04-02", "19:10", [("me", "mama said the light bill again"), ("D", "i'm sorry 😞 georgia power tripping"), ("me", "i got it this time, but we gotta make a plan"), ("D", "i know")]),
    ("04-20", "12:30", [("D", P("Jamari") + " need a cut for picture day"), ("me", "bring him tuesday after school"), ("D", "bet")]),
]
D_ROUTINE = [
    [("D", "{lol|😂|u so dumb}"), ("me", "{fr|lmao|ight}")],
    [("D", "<photo>"), ("me", "{lil man growing|he look just like u|😂}")],
    [("me", "u talk to mama today"), ("D", "{yeah she good|not yet|she at church}")],
    [("D", "{can u pick lil man up fri|u coming sunday?}"), ("me", "{bet|yeah|what time}")],
]

# ---------------------------------------------------------------- Rell (shop)
R_SCRIPTED = [
    ("02-13", "08:40", [("R", "new client want u, " + P("Jaylen") + " " + "[[PH|(404) 555-0137]]"), ("R", "said he saw ur work on IG"), ("me", "bet i'll text him")]),
    ("02-23", "17:30", [("R", P("Cash") + " late AGAIN"), ("me", "tell him he got 10 min or he going to the back of the line"), ("R", "lmao")]),
    ("03-08", "09:05", [("R", "shop meeting sunday after church"), ("me", "bet")]),
    ("04-12", "12:15", [("R", "walk-in asking for u, u got time at 2"), ("me", "yeah put him down")]),
]
R_ROUTINE = [
    [("@", (8.3, 9.3)), ("R", "{u coming in today?|u open at 9:30?|u got keys today?}"), ("me", "{yeah omw|30 min|yessir}")],
    [("R", "{ur 12 o'clock here|ur 3:30 early|somebody here for u}"), ("me", "{5 min|tell him sit tight|bet}")],
    [("R", "we out of {neck strips|barbicide|clipper oil}"), ("me", "{i'll grab some|order more|i got some in my car}")],
    [("me", "{cover my 6?|can u take my 4:15}"), ("R", "{i got u|nah i'm booked|bet}")],
    [("R", "<photo>"), ("me", "{clean 🔥|that fade crispy|ok i see u}")],
]

# ---------------------------------------------------------------- King (client)
K_SCRIPTED = [
    ("02-15", "10:15", [("K", "u got anything saturday"), ("me", "11:30 or 2"), ("K", "11:30"), ("me", "bet see u then")]),
    ("03-01", "09:30", [("K", "need a lineup before my interview monday"), ("me", "come thru sunday after 3, i'm at the shop for a private"), ("K", "appreciate u")]),
    ("04-25", "10:05", [("K", "got the job bro 🙏🏾"), ("me", "LETS GOOO 👑 proud of u"), ("K", "fresh cut did that lol")]),
]
K_ROUTINE = [
    [("K", "u got {anything tomorrow|a slot thursday|time sat}"), ("me", "{10:45|after 5|12:30}"), ("K", "{bet|ight|see u then}")],
    [("K", "running {5|10} late"), ("me", "{ok|bet}")],
    [("me", "reminder u on my books {tmrw at 11|today 3pm}"), ("K", "👍🏾")],
]

# ---------------------------------------------------------------- family group
G_SCRIPTED = [
    ("02-12", "19:05", [("M", "Good evening family. Sunday dinner at my house after service"), ("B", "I'm bringing the mac and cheese"), ("D", "yesss"), ("me", "i'll be there")]),
    ("03-04", "20:00", [("T", "who got a truck, i'm moving sat"), ("me", "i can help after 6"), ("B", "I can't lift nothing baby lol")]),
    ("03-31", "18:10", [("M", "<photo>"), ("M", "Happy Easter family! He is risen!"), ("B", "He is risen indeed"), ("me", "amen 🙏🏾"), ("D", "🙏🏾")]),
    ("04-21", "19:30", [("B", "Happy birthday to my nephew " + P("Jamari") + "! 🎂"), ("D", "thank u auntie"), ("me", "happy bday lil man 🎉")]),
    ("05-01", "20:15", [("me", "<photo>"), ("me", "we moved in 🏠🙏🏾"), ("M", "Praise God! Congratulations baby"), ("B", "So proud of you"), ("T", "housewarming when")]),
]
G_CHATTER = [
    [("@", (8.0, 10.5)), ("B", "{Good morning family|Blessed day y'all|Pray for the sick and shut-in this week}"), ("M", "{Amen|Good morning|Praying}")],
    [("T", "{who watching the game|y'all see the hawks|braves won}"), ("D", "{me|not me|lol}")],
    [("M", "<photo>"), ("B", "{Beautiful|😍|Love this}")],
    [("D", "{reminder mama bday next month|who bringing dessert sunday}"), ("B", "{I got it|not me}")],
]
G_RANT_OPENERS = ["I'm just saying, ", "Y'all not ready for this conversation but ", "Wake up people! ", "Mark my words, ", "It's a shame ",
                  "Nobody wanna hear it but ", "Let me tell y'all something, ", "Lord help us, ", "", "I been saying this for years, "]
G_RANT_CORES = [
    "these politicians only show up in our neighborhood when they need votes", "congress got money for everybody but the people that live here",
    "gas almost $4 and they on TV talking bout the economy is great", "both parties been lying to black folks since before I was born",
    "they raising property taxes on the eastside to push us out", "the police union got more power than the city council",
    "they closed another clinic on the southside and built a stadium", "them senators be trading stocks on stuff they vote on",
    "the primary is rigged before it even start", "they want us fighting each other so we don't look at them",
    "student loans gon be the new slavery", "they cut the bus routes right where folks need em most",
    "the governor don't care about nobody south of I-20", "the news only tell you what the rich folks want you to hear",
    "they spend billions overseas and can't fix the water mains in Atlanta", "voter ID just another poll tax",
    "corporations paying zero taxes while I pay every check", "the lobbyists write the laws and the politicians sign their name",
    "minimum wage ain't moved in 15 years in Georgia", "they building a police training center in the forest and ignoring the people",
    "every election they promise us the same thing", "the system was built this way on purpose", "healthcare in this country a scam",
    "they gave the banks a bailout and gave us a stimulus check and a pat on the head", "rent up 40 percent and they act surprised people living in cars",
    "term limits for everybody in Washington", "the electoral college is outdated", "the supreme court bought and paid for",
    "these DAs let the big fish go and lock up our young men for weed", "they talk about crime but won't fund the rec centers",
    "the city council sold the west end to developers", "they put a highway through our neighborhood back in the day and still doing it",
]
G_RANT_CLOSERS = [".", "!!", ". Facts.", ". Y'all can stay asleep if you want.", ". Wake up!", " 🤬", ". I'm tired.", ". Share this.", "", "!!!"]


def _kw():
    return dict(tz=TZ, year=YEAR, start=START, end=END)


def _windows(d):
    wd = d.weekday()
    if wd in (1, 2, 3, 4, 5):  # shop days: quick replies between clients, free after close
        return [(8.4, 9.3, "all"), (11.0, 17.5, "all"), (19.5, 24.4, "all")]
    if wd == 6:  # church morning
        return [(8.4, 10.0, "all"), (14.0, 24.0, "all")]
    return [(9.0, 24.4, "all")]


def build_chats(rng):
    chats = {}
    chats["I"] = schedule_chat(rng, scripted=I_SCRIPTED, oneshots=I_ONESHOT, routines=I_ROUTINE, target=208, windows=_windows, **_kw())
    chats["M"] = schedule_chat(rng, scripted=M_SCRIPTED, routines=M_ROUTINE, target=158,
                               windows=lambda d: [w for w in _windows(d) if w[0] < 22], **_kw())
    chats["A"] = schedule_chat(rng, scripted=A_SCRIPTED, routines=A_ROUTINE, target=150, windows=_windows, **_kw())
    chats["D"] = schedule_chat(rng, scripted=D_SCRIPTED, routines=D_ROUTINE, target=58, windows=_windows, **_kw())
    chats["R"] = schedule_chat(rng, scripted=R_SCRIPTED, routines=R_ROUTINE, target=54,
                               windows=lambda d: [w for w in _windows(d) if w[1] < 20] if d.weekday() in (1, 2, 3, 4, 5) else [], **_kw())
    chats["K"] = schedule_chat(rng, scripted=K_SCRIPTED, routines=K_ROUTINE, target=28, windows=lambda d: [(9.0, 12.0, "all")], **_kw())
    grp = schedule_chat(rng, scripted=G_SCRIPTED, routines=G_CHATTER, target=46, windows=((9.0, 21.5, "all"),), **_kw())
    rants = compose_rants(rng, G_RANT_OPENERS, G_RANT_CORES, G_RANT_CLOSERS, 64)
    grp += schedule_chat(rng, oneshots=[[("L", r)] for r in rants], target=0,
                         windows=((6.0, 8.0, "all"), (11.0, 14.0, "all"), (20.0, 23.9, "all")), max_per_day=3, **_kw())
    grp.sort(key=lambda m: m.t.timestamp())
    chats["G"] = grp
    for k, msgs in chats.items():
        check_sleep(msgs, "me", SLEEP, PID + "/" + k)
    return chats, rants


# ---------------------------------------------------------------- Telegram writer

NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"


def _tg_text(planter, rel, text):
    segs = planter.segments(rel, text)
    if not any(code in ("PH", "EM", "URL") or (code == "U" and s.startswith("@")) for code, s in segs):
        plain = "".join(s for _, s in segs)
        return plain, ([{"type": "plain", "text": plain}] if plain else [])
    typemap = {"PH": "phone", "EM": "email", "URL": "link"}
    parts, ents = [], []
    for code, s in segs:
        t = typemap.get(code)
        if code == "U" and s.startswith("@"):
            t = "mention"
        if t:
            parts.append({"type": t, "text": s})
            ents.append({"type": t, "text": s})
        else:
            parts.append(s)
            ents.append({"type": "plain", "text": s})
    # merge adjacent plain strings / plain entities, as Telegram does
    merged = []
    for p in parts:
        if isinstance(p, str) and merged and isinstance(merged[-1], str):
            merged[-1] += p
        else:
            merged.append(p)
    ments = []
    for e in ents:
        if e["type"] == "plain" and ments and ments[-1]["type"] == "plain":
            ments[-1] = {"type": "plain", "text": ments[-1]["text"] + e["text"]}
        else:
            ments.append(e)
    return merged, ments


def write_telegram(out_dir, planter, rng, chats):
    rel = "Telegram Desktop/DataExport_2024-05-11/result.json"
    names = {k: (v[0] + (" " + v[1] if v[1] else "")) for k, v in CONTACTS.items()}
    ids = {k: v[3] for k, v in CONTACTS.items()}
    for k, (n, uid) in GROUP_MEMBERS.items():
        names[k], ids[k] = n, uid
    me_name = planter.render(rel, "[[P|%s]]" % USER_FULL)
    names["K"] = planter.render(rel, "[[P|King Sutton]]")
    contacts = []
    for k in ("I", "M", "K"):
        first, last, phone, uid = CONTACTS[k]
        added = dt.datetime(2023, rng.randint(1, 12), rng.randint(1, 28), rng.randint(9, 21), rng.randint(0, 59), tzinfo=TZ)
        if k == "K":
            added = dt.datetime(2024, 2, 14, 18, 2, 11, tzinfo=TZ)
        contacts.append({"user_id": uid, "first_name": first, "last_name": last, "phone_number": planter.render(rel, "[[PH|%s]]" % phone),
                         "date": added.strftime("%Y-%m-%dT%H:%M:%S"), "date_unixtime": str(int(added.timestamp()))})
    chat_list = []
    msg_id = 0
    order = [("I", "personal_chat"), ("M", "personal_chat"), ("A", "personal_chat"), ("G", "private_group"), ("D", "personal_chat"),
             ("R", "personal_chat"), ("K", "personal_chat")]
    for key, ctype in order:
        msgs = chats[key]
        out = []
        if key == "G":
            t0 = msgs[0].t - dt.timedelta(hours=3)
            msg_id += 1
            out.append({"id": msg_id, "type": "service", "date": t0.strftime("%Y-%m-%dT%H:%M:%S"), "date_unixtime": str(int(t0.timestamp())),
                        "actor": "Des 🦋", "actor_id": "user%d" % ids["D"], "action": "invite_members", "members": ["Unc Leon"],
                        "text": "", "text_entities": []})
        for m in msgs:
            msg_id += 1
            who = m.who
            rec = {"id": msg_id, "type": "message", "date": m.t.strftime("%Y-%m-%dT%H:%M:%S"), "date_unixtime": str(int(m.t.timestamp()))}
            rec["from"] = me_name if who == "me" else names[who]
            rec["from_id"] = "user%d" % (MY_ID if who == "me" else ids[who])
            if m.text == "<photo>":
                rec.update({"photo": NOT_INCLUDED, "width": 1280, "height": rng.choice([960, 1706]), "text": "", "text_entities": []})
            elif m.text == "<voice>":
                rec.update({"file": NOT_INCLUDED, "media_type": "voice_message", "mime_type": "audio/ogg",
                            "duration_seconds": rng.randint(4, 40), "text": "", "text_entities": []})
            elif m.text == "<sticker>":
                rec.update({"file": NOT_INCLUDED, "thumbnail": NOT_INCLUDED, "media_type": "sticker",
                            "sticker_emoji": rng.choice(["😂", "💀", "🔥", "🙏", "😎"]), "width": 512, "height": 512, "text": "", "text_entities": []})
            else:
                text, ents = _tg_text(planter, rel, m.text)
                if rng.random() < 0.03 and who == "me":
                    e = m.t + dt.timedelta(minutes=1, seconds=rng.randint(0, 40))
                    rec["edited"] = e.strftime("%Y-%m-%dT%H:%M:%S")
                    rec["edited_unixtime"] = str(int(e.timestamp()))
                rec["text"] = text
                rec["text_entities"] = ents
            out.append(rec)
        if key == "G":
            chat_list.append({"name": "Holloway Fam 🙏🏾", "type": ctype, "id": 4082217719, "messages": out})
        else:
            chat_list.append({"name": names[key], "type": ctype, "id": ids[key], "messages": out})
    doc = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data and doesn't use it to "
                 "target ads. Read more: https://telegram.org/privacy",
        "personal_information": {"user_id": MY_ID, "first_name": USER_FIRST, "last_name": USER_LAST,
                                 "phone_number": planter.render(rel, "[[PH|%s]]" % USER_TG_PHONE),
                                 "username": planter.render(rel, "[[U|%s]]" % USER_TG),
                                 "bio": "barber 💈 east atl | Tue–Sat | God first 🙏🏾"},
        "contacts": {"about": "If you allow access, Telegram continuously syncs your contacts...", "list": contacts},
        "chats": {"about": "This page lists all chats from this export.", "list": chat_list},
    }
    write_bytes("%s/%s/%s" % (out_dir, PID, rel), json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
    return rel


# ---------------------------------------------------------------- Venmo

def venmo_rows(rng):
    rows = []  # (utc dt, type, status, note, from, to, amount, fund, dest, tip)

    def add(mmdd, hhmm, typ, note, frm, to, amt, fund="", dest="", status="Complete", tip=""):
        d = dt.date(YEAR, int(mmdd[:2]), int(mmdd[3:]))
        h, m = hhmm.split(":")
        local = dt.datetime(d.year, d.month, d.day, int(h), int(m), rng.randint(0, 59), tzinfo=TZ)
        rows.append((local.astimezone(UTC), typ, status, note, frm, to, amt, fund, dest, tip))

    me = P(USER_FULL)
    d = START
    while d <= END:
        if d.weekday() == 5:  # weekly pay Saturday evening
            add(d.strftime("%m-%d"), "19:05", "Payment", "weekly pay 💈", "Kingdom Kutz LLC", me, 650.00, dest="Venmo balance")
        if d.weekday() == 6:  # tithe after service
            add(d.strftime("%m-%d"), "12:10", "Payment", "tithes & offering 🙏🏾", me, "New Covenant Missionary Baptist Church", -60.00,
                fund="Venmo balance")
        d += dt.timedelta(days=1)
    clients = [("Cash Whitaker", "fade ✂️"), ("King Sutton", "cut + lineup"), ("Tuan Nguyen", "taper"), ("Kwame Asante", "cut & beard"),
               ("Andrés Villalobos", "✂️✂️")]
    for off in sorted(rng.sample(range((END - START).days + 1), 66)):
        day = START + dt.timedelta(days=off)
        if day.weekday() in (0, 6):
            continue
        name, note = rng.choice(clients)
        price = rng.choice([35.0, 40.0, 45.0, 50.0])
        add(day.strftime("%m-%d"), "%02d:%02d" % (rng.randint(10, 18), rng.randint(0, 59)), "Payment", note, P(name), me, price,
            dest="Venmo balance", tip="%.2f" % rng.choice([0, 5, 5, 10]) if rng.random() < 0.5 else "")
    add("03-01", "20:12", "Payment", "🙏🏾 till friday", me, P("Destiny Holloway"), -150.00, fund="Venmo balance")
    add("03-08", "18:30", "Payment", "paid u back ❤️", P("Destiny Holloway"), me, 150.00, dest="Venmo balance")
    add("04-02", "19:15", "Payment", "light bill 💡", me, P("Destiny Holloway"), -187.42, fund="Venmo balance")
    add("04-20", "12:45", "Payment", "lil man cut + tip lol", P("Destiny Holloway"), me, 20.00, dest="Venmo balance")
    for mmdd in ("02-14", "03-10", "04-06", "04-27"):
        add(mmdd, "21:%02d" % rng.randint(0, 59), "Payment", rng.choice(["dinner 🍽️", "groceries", "wings 🍗", "uber eats"]), me,
            P("Imani Brooks"), -round(rng.uniform(28, 96), 2), fund="Venmo balance")
    add("03-12", "21:55", "Payment", "cancun flight half ✈️", me, P("Imani Brooks"), -412.60, fund="Venmo balance")
    add("04-30", "20:40", "Payment", "first month + deposit my half 🏠", me, P("Imani Brooks"), -1475.00, fund="Venmo balance")
    add("02-17", "14:02", "Payment", "cut", P("Anthony Dukes"), me, 35.00, dest="Venmo balance")
    add("03-16", "19:30", "Payment", "get well food 🍗", me, P("Anthony Dukes"), -40.00, fund="Venmo balance")
    for mmdd in ("02-16", "03-02", "03-23", "04-13", "05-04"):
        add(mmdd, "23:%02d" % rng.randint(0, 40), "Merchant Transaction", "", me, "PlayStation Network", -rng.choice([9.99, 19.99, 24.99, 69.99]),
            fund="Venmo balance")
    for mmdd, who, amt in (("02-20", "CVS Pharmacy", 18.47), ("03-16", "Kroger", 64.21), ("04-11", "Sally Beauty", 42.80), ("04-26", "U-Haul", 89.00)):
        add(mmdd, "18:%02d" % rng.randint(0, 59), "Merchant Transaction", "", me, who, -amt, fund="Venmo balance")
    for mmdd, amt in (("02-19", 700.00), ("03-04", 900.00), ("03-18", 1000.00), ("04-01", 900.00), ("04-15", 1100.00), ("05-06", 800.00)):
        add(mmdd, "10:05", "Standard Transfer", "", "", "", -amt, dest="Truist Bank *3309", status="Issued")
    rows.sort(key=lambda r: r[0])
    return rows


def _money(a):
    s = "{:,.2f}".format(abs(a))
    return ("+ $" if a > 0 else "- $") + s


def write_venmo(out_dir, planter, rng, rows):
    rel = "venmo/VenmoStatement_Feb_12_2024_May_10_2024.csv"
    cols = ["", "ID", "Datetime", "Type", "Status", "Note", "From", "To", "Amount (total)", "Amount (tip)", "Amount (tax)", "Amount (fee)",
            "Tax Rate", "Tax Exempt", "Funding Source", "Destination", "Beginning Balance", "Ending Balance", "Statement Period Venmo Fees",
            "Terminal Location", "Year to Date Venmo Fees", "Disclaimer"]
    n = len(cols)

    def line(vals):
        out = []
        for v in vals:
            if "," in v or '"' in v:
                v = '"%s"' % v.replace('"', '""')
            out.append(v)
        return ",".join(out)

    user = planter.render(rel, "[[U|%s]]" % USER_VENMO)
    lines = ["Account Statement - (%s) " % user + "," * (n - 1), "Account Activity" + "," * (n - 1), ",".join(cols)]
    begin = 486.12
    lines.append(line([""] * 16 + ["$%.2f" % begin] + [""] * 5))
    bal = begin
    for t, typ, status, note, frm, to, amt, fund, dest, tip in rows:
        tid = str(rng.randint(3_900_000_000_000_000_000, 4_099_999_999_999_999_999)) if typ != "Standard Transfer" else str(rng.randint(10 ** 9, 10 ** 10))
        if typ == "Charge":
            amt_s = _money(amt)
        else:
            amt_s = _money(amt)
        bal = round(bal + amt, 2)
        vals = ["", tid, t.strftime("%Y-%m-%dT%H:%M:%S"), typ, status, planter.render(rel, note), planter.render(rel, frm), planter.render(rel, to), amt_s,
                tip, "0" if typ in ("Payment", "Charge") else "", "", "0" if typ in ("Payment", "Charge") else "", "", fund, dest,
                "", "", "", "Venmo" if typ in ("Payment", "Charge") else "", "", ""]
        lines.append(line(vals))
    disclaimer = ("In case of errors or questions about your electronic transfers: This is a courtesy notice; please contact Venmo "
                  "support through the app.")
    lines.append(line([""] * 17 + ["$%.2f" % bal, "$0.00", "", "$0.00", disclaimer]))
    write_bytes("%s/%s/%s" % (out_dir, PID, rel), ("\n".join(lines) + "\n").encode("utf-8"))
    return rel, bal


# ---------------------------------------------------------------- X archive

TWEETS = [
    ("02-12", "10:02", "Tuesday–Saturday 9:30 to 7 📍 " + "[[LOC|%s]]" % SHOP_ADDR + " walk-ins welcome, appointments preferred 💈 #ATLBarber", []),
    ("02-18", "14:30", "God been too good to me to complain about anything 🙏🏾", []),
    ("02-24", "19:45", "11 heads today and my back is filing a complaint 😂", []),
    ("03-02", "23:55", "2k matchmaking really put me against a 12 year old with a 99 overall. i'm retiring", []),
    ("03-09", "20:10", "Shoutout " + "[[U|@KingdomKutzATL]]" + " fam, best shop on the eastside and i'm not biased at all", ["KingdomKutzATL"]),
    ("03-17", "13:40", "Sunday service had me in tears today. Be strong and courageous 🙏🏾", []),
    ("03-22", "22:30", "new warzone map is trash and i'm still gonna play it all night", []),
    ("03-31", "15:05", "He is risen 🙏🏾 Happy Easter from the Holloway fam", []),
    ("04-05", "09:12", "booked out till wednesday. thank y'all fr", []),
    ("04-13", "21:45", "my girl " + "[[U|@ImaniB_hair]]" + " did her thing today 💛 braids on point", ["ImaniB_hair"]),
    ("04-20", "11:15", "picture day cuts all morning, lil man came out crispy 💯", []),
    ("04-28", "18:20", "packing an apartment is a spiritual test fr", []),
    ("05-02", "21:00", "new crib, new blessings. God did that 🏠🙏🏾", []),
    ("05-08", "10:30", "tip: line up every 2 weeks and it'll always look fresh. you're welcome", []),
]
TWEET_FILLERS = ["fade of the day 🔥 #ATLBarber", "slow morning at the shop, come get right", "who got the best wings on the eastside, go",
                 "church then sunday dinner at mama house. that's the whole plan", "2k with the guys till 1am again smh",
                 "if you no-show twice you prepay. that's the rule now", "sharpen your clippers, sharpen your mind",
                 "atlanta traffic on memorial dr is a personal attack", "blessed and highly favored 🙏🏾", "hawks gonna hawk 😩",
                 "wednesday bible study hit different tonight", "gm atl ☀️ shop open", "ps5 controller drift should be illegal",
                 "fresh cut = fresh mindset", "when a client tips in cash 🥹", "ion trust nobody who says 'just a little off the top'"]


def _snowflake(rng, t):
    ms = int(t.timestamp() * 1000)
    return str(((ms - 1288834974657) << 22) | rng.randint(0, (1 << 22) - 1))


def write_x(out_dir, planter, rng):
    acc_rel = "twitter-2024-05-11-a7c3f2/data/account.js"
    r = lambda s: planter.render(acc_rel, s)  # noqa: E731
    acc = [{"account": {"email": r("[[EM|%s]]" % USER_EMAIL), "createdVia": "iphone", "username": r("[[U|%s]]" % USER_X),
                        "accountId": "2841107731", "createdAt": "2014-09-27T18:22:09.000Z", "accountDisplayName": "Dre 💈 Kutz"}}]
    write_bytes("%s/%s/%s" % (out_dir, PID, acc_rel), ("window.YTD.account.part0 = " + jackson_dumps(acc)).encode("utf-8"))
    ph_rel = "twitter-2024-05-11-a7c3f2/data/phone-number.js"
    ph = [{"device": {"phoneNumber": planter.render(ph_rel, "[[PH|%s]]" % USER_X_PHONE)}}]
    write_bytes("%s/%s/%s" % (out_dir, PID, ph_rel), ("window.YTD.phone_number.part0 = " + jackson_dumps(ph)).encode("utf-8"))
    rel = "twitter-2024-05-11-a7c3f2/data/tweets.js"
    items = list(TWEETS)
    for i, text in enumerate(TWEET_FILLERS * 2):
        if i >= 30:
            break
        off = rng.randint(0, (END - START).days)
        day = START + dt.timedelta(days=off)
        hh = rng.choice([9, 10, 12, 15, 20, 21, 22, 23])
        items.append((day.strftime("%m-%d"), "%02d:%02d" % (hh, rng.randint(0, 59)), text if i < len(TWEET_FILLERS) else text + " fr", []))
    tweets = []
    mentions_meta = {"KingdomKutzATL": ("Kingdom Kutz ATL 💈", "1102938475610293"), "ImaniB_hair": ("Imani B 💛", "1399027716252010")}
    for mmdd, hhmm, text, mentions in items:
        d = dt.date(YEAR, int(mmdd[:2]), int(mmdd[3:]))
        h, m = hhmm.split(":")
        local = dt.datetime(d.year, d.month, d.day, int(h), int(m), rng.randint(0, 59), tzinfo=TZ)
        utc = local.astimezone(UTC)
        full = planter.render(rel, text)
        hashtags = []
        i = full.find("#")
        while i >= 0:
            j = i + 1
            while j < len(full) and (full[j].isalnum() or full[j] == "_"):
                j += 1
            hashtags.append({"text": full[i + 1:j], "indices": [str(i), str(j)]})
            i = full.find("#", j)
        ums = []
        for sn in mentions:
            k = full.find("@" + sn)
            ums.append({"name": mentions_meta[sn][0], "screen_name": sn, "indices": [str(k), str(k + len(sn) + 1)],
                        "id_str": mentions_meta[sn][1], "id": mentions_meta[sn][1]})
        tid = _snowflake(rng, utc)
        tweets.append((utc, {"tweet": {
            "edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": (utc + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                      "editsRemaining": "5", "isEditEligible": True}},
            "retweeted": False,
            "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
            "entities": {"hashtags": hashtags, "symbols": [], "user_mentions": ums, "urls": []},
            "display_text_range": ["0", str(len(full))],
            "favorite_count": str(rng.randint(0, 14)),
            "id_str": tid, "truncated": False, "retweet_count": str(rng.randint(0, 3)), "id": tid,
            "created_at": utc.strftime("%a %b %d %H:%M:%S +0000 %Y"),
            "favorited": False, "full_text": full, "lang": "en"}}))
    tweets.sort(key=lambda x: x[0], reverse=True)
    write_bytes("%s/%s/%s" % (out_dir, PID, rel), ("window.YTD.tweets.part0 = " + jackson_dumps([t for _, t in tweets])).encode("utf-8"))
    return len(tweets)


# ---------------------------------------------------------------- location

def day_plan(d, rng):
    md = d.strftime("%m-%d")
    wd = d.weekday()
    moved = d >= dt.date(2024, 5, 1)
    home = "newhome" if moved else "home"  # the couple moves into their new apartment on May 1st
    plan = []
    if md in ("02-14", "03-29", "04-19") or (wd == 4 and rng.random() < 0.12 and not moved):
        sleep_at = "imani"
    else:
        sleep_at = home
    if wd in (1, 2, 3, 4, 5):
        start = rng.uniform(9.0, 9.2) if wd != 5 else 8.75
        end = rng.uniform(19.2, 19.7) if wd != 5 else rng.uniform(18.0, 18.4)
        plan += [(home, 0, start - 0.35), ("shop", start, end)]
        if wd == 2:
            plan += [("church", 19.7, 21.0)]
        elif rng.random() < 0.2:
            plan += [("kroger", end + 0.3, end + 0.7)]
        plan += [(sleep_at, plan[-1][2] + 0.35, 24.0)]
        return plan
    if wd == 6:
        return [(home, 0, 10.3), ("church", 10.75, 13.7), ("mama", 14.1, 18.2), (sleep_at, 18.7, 24.0)]
    # Monday off
    plan = [(home, 0, rng.uniform(10.0, 11.0))]
    plan += [("gym", plan[-1][2] + 0.25, plan[-1][2] + 1.6)]
    if rng.random() < 0.5:
        plan += [("imani", 17.5, 22.0)]
    plan += [(sleep_at, plan[-1][2] + 0.4, 24.0)]
    return plan


def build(out_dir):
    rng = random.Random(27200)
    planter = Planter()
    chats, rants = build_chats(rng)
    write_telegram(out_dir, planter, rng, chats)
    vrows = venmo_rows(rng)
    write_venmo(out_dir, planter, rng, vrows)
    ntweets = write_x(out_dir, planter, rng)
    grng = random.Random(27203)
    for p in PLACES.values():
        p["pid"] = place_id(grng)
    stays = build_stays(day_plan, grng, TZ, START, END)
    write_bytes("%s/%s/location-history.json" % (out_dir, PID), ios_location_json(grng, stays, PLACES).encode("utf-8"))

    counts = {k: len(v) for k, v in chats.items()}
    one2one = ["I", "M", "A", "D", "R", "K"]
    title = {k: CONTACTS[k][0] + (" " + CONTACTS[k][1] if CONTACTS[k][1] else "") for k in one2one}
    top = sorted(one2one, key=lambda k: -counts[k])[:3]
    rel_names = {"I": ("partner", "Imani Brooks"), "M": ("mother", "Gloria Holloway"), "A": ("close_friend", "Anthony Dukes"),
                 "D": ("sister", "Destiny Holloway"), "R": ("colleague", "Terrell Simmons"), "K": ("client", "King Sutton")}
    facts = {
        "home": {"lat": PLACES["home"]["ll"][0], "lon": PLACES["home"]["ll"][1], "radius_m": 300, "address": HOME_ADDR, "city": "Atlanta"},
        "work": {"lat": PLACES["shop"]["ll"][0], "lon": PLACES["shop"]["ll"][1], "radius_m": 300, "employer": "Kingdom Kutz"},
        "sleep_window": {"start": SLEEP[0], "end": SLEEP[1], "tolerance_min": 60},
        "top_contacts": [{"name": title[k], "messages": counts[k]} for k in top],
        "relationships": [{"name": title[k], "relationship": rel_names[k][0], "full_name": rel_names[k][1]} for k in one2one],
        "religion": {"value": "Baptist"}, "health": {"value": False}, "politics": {"value": False},
        "financial_stress": {"value": False}, "gambling": {"value": False}, "gaming": {"value": True},
        "salary": {"amount": "650.00", "currency": "USD", "payer": "Kingdom Kutz LLC", "period": "weekly"},
        "risky_contact": {"name": "Unc Leon", "why": "member of the Holloway Fam 🙏🏾 group posting %d distinct angry political rants" % len(rants)},
    }
    head = {
        "description": "DeAndre 'Dre' Holloway, 31, barber at an East Atlanta shop (weekly pay via Venmo plus client payments); devout Baptist "
                       "(tithes, Sunday service, Wednesday Bible study) and a late-night console gamer; moves in with his partner on May 1st.",
        "timezone": "America/New_York",
        "user": {"names": [USER_FULL, "Dre", "DeAndre"], "phones": [USER_TG_PHONE, USER_X_PHONE], "emails": [USER_EMAIL],
                 "handles": [USER_TG, USER_VENMO, USER_X]},
    }
    gt = finish_persona(out_dir, PID, planter, head, facts,
                        allowed_leaks=(("twitter-2024-05-11-a7c3f2/data/tweets.js", "Imani"),  # mention display name "Imani B 💛"
                                       ("venmo/VenmoStatement_Feb_12_2024_May_10_2024.csv", "Des")))  # only inside "Destination"
    return {"persona": PID, "messages": counts, "payments": {"venmo": len(vrows)}, "tweets": ntweets, "gt": gt}
