"""enuk4_manchester: Derek Ashworth, 63, school site manager in Manchester."""

from __future__ import annotations

import csv
import io
import json
import random
import re
from datetime import date, datetime, timedelta

from common import (
    Chat,
    Msg,
    Talker,
    day_plan,
    epoch,
    iban,
    iso_z,
    jitter,
    local_to_utc,
    luhn_complete,
    nhs_number,
    parse_topics,
    typo_en,
    utc_to_local,
)

ZONE = "Europe/London"
PID = "enuk4_manchester"
START, END = date(2025, 8, 1), date(2025, 12, 20)
HOME = (53.44213, -2.27934)
WORK = (53.46288, -2.24617)
CLINIC = (53.44577, -2.27090)
PUB = (53.44060, -2.28410)
ALLOT = (53.43630, -2.28855)
HOME_ADDR = "14 Hawthorn Grove, Chorlton, Manchester M21 9LP"
EMPLOYER = "Irwell Valley Schools Trust"
SALARY = "2187.44"
NINO = "JT 48 21 93 B"
NHS = nhs_number("485777345")
NHS_SPACED = f"{NHS[:3]} {NHS[3:6]} {NHS[6:]}"
PASSPORT = "561839207"
CARD = luhn_complete("535542120938471")
CARD_DASH = "-".join(CARD[i:i + 4] for i in range(0, 16, 4))
SORT, ACCT = "04-00-04", "31926485"
DEAN_IBAN = iban("ES", "21000418450200051332")
DEAN_IBAN_SP = " ".join(DEAN_IBAN[i:i + 4] for i in range(0, len(DEAN_IBAN), 4))
USER_PHONE = "+44 7700 900123"
PLATE = "MA19 KXD"

ME = ("Derek Ashworth", "user5120938")
TG = {
    "lin": ("Lin", "user5120941", "Linda Ashworth"),
    "tommo": ("Tommo", "user6633017", "Steve Thompson"),
    "bev": ("Bev (work)", "user7001552", "Beverley Kaur"),
}
FB = {
    "claire": ("Claire Bennett", "daughter"),
    "dean": ("Dean Ashworth", "brother"),
}
GRP_NAME = "Chorlton Allotments 🌱"
GRP_MEMBERS = {"ray": ("Ray Mellor", "user6120733"), "jan": ("Jan Ostrowski", "user5881202"),
               "pauline": ("Pauline", "user7144019"), "kev": ("Kev Plot 9", "user6900418")}

LIN = parse_topics("""
@13-16
lin: you want tea on when you get in? | whats for tea | shall I do a shepherds pie
me: go on then | whatever's easiest love | yes please, starving | im easy
lin: ok x | righto | 👍

@15.5-16.5
me: on the bus now | leaving now | running late, caretaker meeting overran | traffic on Princess Rd is a joke
lin: ok see you soon x | drive safe | bus again?? | typical
me: car's in for MOT remember | yeah | be 20 mins

lin: did you ring the GP? | have you got your inhaler with you | you were wheezing all night Del
me: yeah appointment thurs | in my coat pocket | it's the damp weather | stop fussing 😂
lin: I will not stop fussing | good | make sure you go

lin: Claire's bringing the kids sunday | Kyle wants to stay over friday | our Claire rang, she sounded tired
me: lovely | fine by me | I'll give her a ring later | tell her I'll do the roast
lin: x | 😘

me: popping to the allotment after work | going to plot for an hour | tommo wants a pint after
lin: dont be late | bring some beans back | one pint Derek | ok love

lin: Tenerife flights went up again | we need to book this week | did you look at that hotel
me: ill look tonight | book it, sod it | the one with the pool? | we deserve it
lin: ok x | yes!! | 🌞🌞

lin: bin day tomorrow | the boiler's making that noise again | window cleaner wants paying
me: ill put them out | ill bleed the rads sat | how much is it | leave it on the side

@21-21.9
me: love you | night night x | you ok?
lin: love you too | x | yeah just tired
""")

TOMMO = parse_topics("""
@12-19
tommo: pint? | beechwood tonight? | fancy the pub quiz thurs | you out tonight or what
me: go on | cant tonight mate | 8ish | lin's got me decorating
tommo: lightweight | sound | see you there | 🍺

tommo: did you see the match | city were shocking | united again... | haaland what a goal
me: dont. | embarrassing | watched it with kyle | decent second half tbf
tommo: we go again | season's long | 😂😂

tommo: got the darts tickets | Ally Pally tickets sorted mate | owe me 45 for the darts
me: legend | sending now | ill pay you at the pub
tommo: cheers | no rush

tommo: fiver on the grand national? | work sweepstake, you in? | bookies has city at 3/1
me: not my thing mate | never bet, you know me | go on, put me a quid in the sweep, thats it
tommo: boring | ha fair | 😂

tommo: my sciatica is killing | back's gone again | knee's playing up
me: getting old pal | get it looked at | rest it
tommo: never | ha

me: you still got that pressure washer | can I borrow your ladder sat | know a decent plumber?
tommo: yeah come get it | garage, door's open | my cousin Mick, ill send his number
me: cheers | nice one | ta
""")

BEV = parse_topics("""
bev: Derek the boiler in block B is off again | heating's gone in the hall | year 3 have flooded the toilets
me: on it | ill have a look at break | ringing the engineer now | sorted
bev: ur a star | thanks | 🙏

bev: ofsted rumour again | head wants the playground cleared by 8 | fire drill tomorrow 10am
me: ok | noted | ill be in for 7 | ok
bev: ta | 👍

me: bev i'm at the GP first thing, in by 10 | dentist tomorrow am | running late, car wont start
bev: no worries | ok ill tell the head | hope all ok
me: ta | cheers bev

bev: payroll query - did your overtime go through? | pay's in on the 28th this month | pension forms need signing
me: yeah all fine | great | ill pop in
""")

CLAIRE = parse_topics("""
claire: Hiya Dad | Dad you about? | Daaaad
me: hiya love | yes love | whats up
claire: can you pick Kyle up from school thurs | can you have the kids sat morning | nothing just checking in x
me: course | no problem | anytime | x

me: how's work | you sound knackered love | how's Jamie
claire: busy | dont ask | fine, working loads | he's ok
me: come for tea sunday | dont overdo it | 🙂

claire: mum says you're wheezing again | have you had your flu jab | did you get your asthma review
me: im fine | booked it | yeah new inhaler, the brown one | dont you start as well
claire: I worry! | good | take it every day dad

claire: Ellie's christening is at St Clement's on the 12th | vicar wants the godparents names | christening outfit bought!
me: we'll be there | ask your mum love | lovely | as long as the vicar doesn't go on 😂
claire: dad! | x | 😂

claire: Kyle wants the new FC game for xmas | Kyle keeps asking if grandad will play fortnite with him | Kyle says you owe him a rematch on the playstation
me: ill get it him | I cant work them things 😂 | tell him grandad's rubbish at it | what's it called again
claire: EA FC 26 | ha | x

claire: [image] | look at Ellie | Kyle's school photo 😍 | [video]
me: gorgeous | spit of you | made me laugh that | 😍
""")

DEAN = parse_topics("""
dean: alright bro | how's things in rainy manc | hola hermano 😎
me: not bad | wet | same old | alright our kid
dean: 28 degrees here 😎 | come out and visit | you need some sun
me: dont rub it in | lin wants tenerife | one day

me: have you rung mum's care home | did the care home ring you | mum seemed confused again
dean: yeah spoke to the nurse | will call tomorrow | she's ok, just tired
me: ok | cheers | let me know

dean: watching the match? | city 3-1 get in | haha united
me: dont | good win | ill stick to the allotment
""")

GRP = parse_topics("""
jan: who's left the gate open again | someone's nicked my water butt | rats on plot 3
pauline: not me! | oh no | I'll put traps down
me: ill fix the latch sat | thats terrible | ive seen them too
kev: cheers Derek

pauline: glut of courgettes, anyone want some? | spare tomato plants by the shed | made jam, help yourselves
me: yes please | ill have some | lovely
jan: 🙋 | me!

kev: AGM next month | fees are due by end of month | skip arriving sat
jan: noted | ok | 👍
me: will be there
""")

RAY_SUBJ = ["Starmer", "this Labour lot", "Westminster", "the BBC", "Reeves", "the Tories before them",
            "the council", "net zero zealots", "Brussels", "the whole political class"]
RAY_PRED = ["are robbing pensioners blind", "couldn't run a bath", "have sold this country out",
            "treat the north like a cash cow", "lie every time they open their mouths",
            "want us all freezing in the dark", "are taxing us to death",
            "don't give a toss about ordinary people", "have ruined the NHS",
            "should be locked up"]
RAY_END = ["!!", ". Disgrace.", " 😡", ". Absolute shower.", ". Wake up people!",
           ". I'm sick of it.", "!!! vote them all out", ". Mark my words.", ". Traitors the lot.",
           ". Rant over. (it isn't)"]


def ray_rants(rng: random.Random, n: int) -> list[str]:
    out = ["Winter fuel payment gone and they give themselves a pay rise. SCUM",
           "Small boats again on the news. Nobody in charge of anything",
           "HS2 cancelled and they still want us to pay for London's trains. Joke.",
           "Grooming gangs and nobody resigned. Not one. Disgusting.",
           "Council tax up 5% and my bins still don't get emptied"]
    seen = set(out)
    while len(out) < n:
        s = f"{rng.choice(RAY_SUBJ)} {rng.choice(RAY_PRED)}{rng.choice(RAY_END)}"
        if rng.random() < 0.2:
            s = s.upper()
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def decorate(rng: random.Random, text: str, sender: str) -> str:
    text = typo_en(rng, text)
    if sender == "lin" and rng.random() < 0.3 and not text.endswith("x"):
        text += " x"
    if rng.random() < 0.05:
        text += rng.choice([" 😂", " 👍", " lol", " ha"])
    return text


FILL = {"me": ["ok", "ta", "cheers", "👍", "ha", "[sticker]", "right", "yep", "no bother", "ok love"],
        "*": ["ok", "lol", "😂", "👍", "[sticker]", "yeah", "ha", "true", "x", "[voice]"]}


def build(rng: random.Random):
    talker = Talker(rng, ZONE, (5, 50), (22, 15), decorate)
    tg = {k: Chat(k, v[0], ["me", k]) for k, v in TG.items()}
    fb = {k: Chat(k, v[0], ["me", k]) for k, v in FB.items()}
    grp = Chat("grp", GRP_NAME, ["me", *GRP_MEMBERS], group=True)
    topics = {"lin": LIN, "tommo": TOMMO, "bev": BEV, "claire": CLAIRE, "dean": DEAN}
    day = START
    while day <= END:
        wd = day.weekday()
        for key, p in [("lin", 0.8), ("lin", 0.45), ("tommo", 0.5), ("bev", 0.5 if wd < 5 else 0),
                       ("claire", 0.55), ("dean", 0.25)]:
            chat = tg.get(key) or fb[key]
            if key in CHATTER and rng.random() < p * 0.6:
                talker.chatter(chat, day, key, chatter_gen(key), FILL)
            if rng.random() < p:
                media = {"any": 0.06, "kinds": ["image", "sticker", "voice"],
                         "weights": [3, 2, 1]}
                talker.session(chat, day, rng.choice(topics[key]), FILL,
                               {"me": ["me"], key: [key]}, media=media)
        if rng.random() < 0.35:
            talker.session(grp, day, rng.choice(GRP), FILL,
                           {"me": ["me"], **{k: [k] for k in GRP_MEMBERS}})
        day += timedelta(days=1)
    span = (END - START).days
    rants = ray_rants(rng, 88)
    for i, text in enumerate(rants):
        d = START + timedelta(days=int(i * span / len(rants)))
        minute = rng.choice([rng.randint(8 * 60, 23 * 60), rng.randint(0, 120)])
        local = datetime.combine(d, datetime.min.time()) + timedelta(minutes=minute)
        talker._emit(grp, local, "ray", text, None)
        if rng.random() < 0.2:
            talker._emit(grp, local + timedelta(minutes=5), rng.choice(["jan", "pauline"]),
                         rng.choice(["Ray, not in here please", "can we keep it to veg",
                                     "here we go", "🙄", "Ray love, it's an allotment group"]),
                         None)
    planted = plant(tg, fb, grp)
    for c in [*tg.values(), *fb.values(), grp]:
        c.messages.sort(key=lambda m: m.utc)
    return tg, fb, grp, planted


def plant(tg, fb, grp):
    pii = []
    chats = {**tg, **fb, "grp": grp}

    def put(key, d, hm, who, text, kind="text"):
        h, m = map(int, hm.split(":"))
        local = datetime.combine(d, datetime.min.time()) + timedelta(hours=h, minutes=m)
        chats[key].messages.append(Msg(local_to_utc(ZONE, local), who, text, kind))

    put("bev", date(2025, 9, 3), "08:12", "bev", "Derek can you send me your NI number for the "
        "new pension form, HR lost it again 🙄")
    put("bev", date(2025, 9, 3), "08:40", "me", NINO)
    pii.append(("bev", "UK_NINO", NINO))
    put("lin", date(2025, 10, 14), "19:02", "lin", "need your passport number for the Tenerife booking")
    put("lin", date(2025, 10, 14), "19:09", "me", f"{PASSPORT} expires 2031")
    put("lin", date(2025, 10, 14), "19:11", "lin", "and the card, mine's maxed from the boiler")
    put("lin", date(2025, 10, 14), "19:15", "me", f"{CARD_DASH} exp 09/28 dont put it on facebook 😂")
    pii += [("lin", "UK_PASSPORT", PASSPORT), ("lin", "CREDIT_CARD", CARD_DASH)]
    put("lin", date(2025, 9, 16), "16:02", "me", f"{WORK[0]:.6f},{WORK[1]:.6f}", "location")
    put("lin", date(2025, 9, 16), "16:03", "me", "still at school, boiler man late. here if u need me")
    put("lin", date(2025, 11, 7), "12:31", "lin", f"{HOME[0]:.6f},{HOME[1]:.6f}", "location")
    put("lin", date(2025, 11, 7), "12:32", "lin", "parcel came for you, left it by the door")
    put("lin", date(2025, 8, 19), "07:55", "me", "MOT booked for the car, MA19 KXD, Kwik Fit Chorlton")
    pii.append(("lin", "LICENSE_PLATE", PLATE))
    put("claire", date(2025, 9, 22), "18:20", "claire", "Dad the pharmacy app wants your NHS number")
    put("claire", date(2025, 9, 22), "18:31", "me", f"{NHS_SPACED} i think. its on the letter")
    pii.append(("claire", "UK_NHS", NHS_SPACED))
    put("claire", date(2025, 11, 2), "10:05", "claire",
        "new address for the christmas cards: Flat 12, Alder Court, 3 Wilbraham Road, "
        "Manchester M16 8GQ x")
    pii.append(("claire", "ADDRESS", "Flat 12, Alder Court, 3 Wilbraham Road, Manchester M16 8GQ"))
    put("claire", date(2025, 8, 28), "20:14", "me",
        f"sending you the birthday money, is it still {SORT} {ACCT}? no thats mine 🤦 send me yours")
    put("claire", date(2025, 8, 28), "20:19", "claire", "20-44-91 63018822 ta dad x")
    put("claire", date(2025, 12, 1), "09:40", "claire", "Jamie's new number 07700 900412")
    pii.append(("claire", "PHONE_NUMBER", "07700 900412"))
    put("dean", date(2025, 10, 30), "17:45", "dean",
        f"for mum's headstone, half is £640. my account here: {DEAN_IBAN_SP} (Dean Ashworth)")
    pii += [("dean", "IBAN_CODE", DEAN_IBAN_SP), ("dean", "PERSON", "Dean Ashworth")]
    put("dean", date(2025, 10, 1), "21:00", "dean", "got my uk sim back on, +44 7700 900584, whatsapp too")
    pii.append(("dean", "PHONE_NUMBER", "+44 7700 900584"))
    put("tommo", date(2025, 9, 12), "12:30", "tommo",
        "plumber: Mick Doyle 07700900356 tell him you know me")
    pii += [("tommo", "PHONE_NUMBER", "07700900356"), ("tommo", "PERSON", "Mick Doyle")]
    put("tommo", date(2025, 11, 20), "18:02", "tommo",
        "darts tickets emailed to steve.thommo@example.co.uk forward to urs?")
    put("tommo", date(2025, 11, 20), "18:10", "me", "derek.ashworth63@example.com ta")
    pii += [("tommo", "EMAIL_ADDRESS", "steve.thommo@example.co.uk"),
            ("tommo", "EMAIL_ADDRESS", "derek.ashworth63@example.com")]
    put("grp", date(2025, 8, 10), "09:30", "kev",
        "waiting list enquiries to chorltonallotments@example.org or ring 0161 496 0732")
    pii += [("grp", "EMAIL_ADDRESS", "chorltonallotments@example.org"),
            ("grp", "PHONE_NUMBER", "0161 496 0732")]
    put("grp", date(2025, 11, 5), "22:40", "ray",
        "Raymond Mellor, plot 14, and I'll say it to anyone's face. This government is finished.")
    pii.append(("grp", "PERSON", "Raymond Mellor"))
    return pii


# ---------------------------------------------------------------- telegram
PHONE_RE = re.compile(r"(\+?\d[\d ]{8,}\d)")
EMAIL_RE = re.compile(r"[\w.]+@[\w.]+\.\w+")


def tg_text(text: str):
    parts = []
    pos = 0
    for m in sorted([*PHONE_RE.finditer(text), *EMAIL_RE.finditer(text)], key=lambda m: m.start()):
        if m.start() < pos:
            continue
        if m.re is PHONE_RE and len(re.sub(r"\D", "", m.group())) not in (11, 12):
            continue
        if pos < m.start():
            parts.append(text[pos:m.start()])
        parts.append({"type": "phone" if m.re is PHONE_RE else "email", "text": m.group()})
        pos = m.end()
    if not parts:
        return text, ([{"type": "plain", "text": text}] if text else [])
    if pos < len(text):
        parts.append(text[pos:])
    ents = [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in parts]
    return parts, ents


def tg_message(mid: int, m: Msg, names: dict, rng: random.Random) -> dict:
    loc = utc_to_local(ZONE, m.utc)
    name, uid = names[m.sender]
    d = {"id": mid, "type": "message", "date": loc.strftime("%Y-%m-%dT%H:%M:%S"),
         "date_unixtime": str(epoch(m.utc)), "from": name, "from_id": uid}
    if m.kind == "image":
        d.update({"photo": "(File not included. Change data exporting settings to download.)",
                  "photo_file_size": rng.randint(60000, 300000), "width": 1280, "height": 960})
        text = ""
    elif m.kind == "voice":
        d.update({"file": "(File not included. Change data exporting settings to download.)",
                  "file_size": rng.randint(8000, 90000), "media_type": "voice_message",
                  "mime_type": "audio/ogg", "duration_seconds": rng.randint(2, 50)})
        text = ""
    elif m.kind == "location":
        lat, lon = map(float, m.text.split(","))
        d["location_information"] = {"latitude": lat, "longitude": lon}
        text = ""
    elif m.kind == "sticker":
        d.update({"file": "(File not included. Change data exporting settings to download.)",
                  "file_name": "sticker.webp", "media_type": "sticker",
                  "sticker_emoji": rng.choice(["👍", "😂", "❤️", "🙄"]), "width": 512,
                  "height": 512})
        text = ""
    else:
        text = m.text
    d["text"], d["text_entities"] = tg_text(text)
    return d


def write_telegram(files, tg, grp, rng):
    names = {"me": ME, **{k: (v[2], v[1]) for k, v in TG.items()}, **GRP_MEMBERS}
    chat_list = []
    mid = 1000
    for key, chat in tg.items():
        msgs = []
        for m in chat.messages:
            mid += rng.randint(1, 3)
            msgs.append(tg_message(mid, m, names, rng))
        chat_list.append({"name": TG[key][0], "type": "personal_chat",
                          "id": int(TG[key][1][4:]), "messages": msgs})
    gmsgs = []
    first = grp.messages[0].utc - timedelta(days=40)
    loc = utc_to_local(ZONE, first)
    gmsgs.append({"id": 1, "type": "service", "date": loc.strftime("%Y-%m-%dT%H:%M:%S"),
                  "date_unixtime": str(epoch(first)), "actor": "Kev Plot 9",
                  "actor_id": GRP_MEMBERS["kev"][1], "action": "create_group",
                  "title": GRP_NAME, "members": ["Kev Plot 9", "Derek Ashworth", "Ray Mellor",
                                                 "Jan Ostrowski", "Pauline"],
                  "text": "", "text_entities": []})
    gid = 2
    for m in grp.messages:
        gid += rng.randint(1, 2)
        gmsgs.append(tg_message(gid, m, names, rng))
    chat_list.append({"name": GRP_NAME, "type": "private_group", "id": 4718830215,
                      "messages": gmsgs})
    contacts = []
    for k, (title, _uid, full) in TG.items():
        first_n, last_n = full.split(" ", 1)
        contacts.append({"first_name": title if k == "lin" else first_n, "last_name": "" if
                         k == "lin" else last_n, "phone_number": {
                             "lin": "+44 7700 900871", "tommo": "+44 7700 900218",
                             "bev": "+44 7700 900645"}[k],
                         "date": "2021-03-14T10:22:05", "date_unixtime": "1615717325"})
    contacts.append({"first_name": "Claire", "last_name": "(daughter)",
                     "phone_number": "+44 7700 900590", "date": "2020-11-02T18:40:11",
                     "date_unixtime": "1604342411"})
    doc = {"about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't "
                    "use your data for ad targeting and doesn't sell it to others.",
           "personal_information": {"user_id": int(ME[1][4:]), "first_name": "Derek",
                                    "last_name": "Ashworth", "phone_number": USER_PHONE,
                                    "username": "@del_ashworth", "bio": "Chorlton. Plot 6. MCFC."},
           "contacts": {"about": "This is the list of contacts you have in Telegram.",
                        "list": contacts},
           "chats": {"about": "This page lists all chats from this export.", "list": chat_list}}
    path = "Telegram Desktop/DataExport_2025-12-20/result.json"
    files[path] = ("utf-8", json.dumps(doc, ensure_ascii=False, indent=1))
    pii = [(path, "PHONE_NUMBER", p) for p in
           ("+44 7700 900871", "+44 7700 900218", "+44 7700 900645", "+44 7700 900590",
            USER_PHONE)]
    pii += [(path, "USERNAME", "@del_ashworth"), (path, "PERSON", "Derek Ashworth"),
            (path, "PERSON", "Steve Thompson"), (path, "PERSON", "Beverley Kaur"),
            (path, "PERSON", "Ray Mellor")]
    return path, pii


# ---------------------------------------------------------------- messenger
def moji(s: str) -> str:
    return s.encode("utf-8").decode("latin-1")


def write_messenger(files, fb, rng):
    paths = {}
    for key, chat in fb.items():
        title = FB[key][0]
        thread = f"{title.split()[0].lower()}{title.split()[1].lower()}_{rng.randint(10**9, 10**10)}"
        base = f"messages/inbox/{thread}"
        msgs = []
        for m in sorted(chat.messages, key=lambda m: m.utc, reverse=True):
            sender = "Derek Ashworth" if m.sender == "me" else title
            ms = epoch(m.utc) * 1000 + rng.randint(0, 999)
            d = {"sender_name": moji(sender), "timestamp_ms": ms}
            if m.kind == "image":
                d["photos"] = [{"uri": f"{base}/photos/{rng.getrandbits(60)}_n_{rng.randint(10**15, 10**16)}.jpg",
                                "creation_timestamp": ms // 1000}]
            elif m.kind == "video":
                d["videos"] = [{"uri": f"{base}/videos/{rng.getrandbits(60)}.mp4",
                                "creation_timestamp": ms // 1000}]
            elif m.kind == "voice":
                d["audio_files"] = [{"uri": f"{base}/audio/audioclip{ms}.mp4",
                                     "creation_timestamp": ms // 1000}]
            elif m.kind == "sticker":
                d["sticker"] = {"uri": "messages/stickers_used/39178562_1505197616293642_"
                                       "5411344281094848512_n_369239263222822.png"}
            else:
                d["content"] = moji(m.text)
            if rng.random() < 0.04 and m.kind == "text":
                d["reactions"] = [{"reaction": moji(rng.choice(["❤", "😆", "👍"])),
                                   "actor": moji(title if m.sender == "me" else "Derek Ashworth")}]
            d["is_geoblocked_for_viewer"] = False
            msgs.append(d)
        doc = {"participants": [{"name": moji(title)}, {"name": moji("Derek Ashworth")}],
               "messages": msgs, "title": moji(title), "is_still_participant": True,
               "thread_path": f"inbox/{thread}", "magic_words": []}
        path = f"{base}/message_1.json"
        files[path] = ("utf-8", json.dumps(doc, ensure_ascii=True, indent=2))
        paths[key] = path
    return paths


# ---------------------------------------------------------------- reddit
def write_reddit(files, rng):
    subs_comments = [
        ("manchester", ["Metrolink to the airport on a Sunday is a lottery",
                        "Chorlton Water Park is lovely this time of year",
                        "Beech Road on a Saturday is heaving now", "Anyone know a decent "
                        "chippy near Southern Cemetery?", "Bus 86 timings are fiction",
                        "HS2 being scrapped north of Birmingham was a betrayal of this city. "
                        "Again the north gets the crumbs.",
                        "Northern Powerhouse my backside. Scrapping HS2's northern leg was "
                        "political cowardice and we'll pay for it for 50 years",
                        "Whoever signed off cancelling the Manchester leg should have to ride "
                        "Northern Rail every day for a year"]),
        ("GardeningUK", ["Blight got my toms again", "Comfrey tea works wonders",
                         "Netting your brassicas is the only way", "Leeks in now, trust me",
                         "Slug pellets are a no from me, beer traps"]),
        ("asthma", ["Clenil made a real difference for me after 3 weeks",
                    "Damp weather is the worst trigger for me", "Always carry the blue one",
                    "My asthma nurse is brilliant, ask for an annual review"]),
        ("MCFC", ["Rodri back and we look a different team", "Need a left back badly",
                  "Pep will sort it", "Etihad atmosphere was poor today"]),
        ("unitedkingdom", ["HS2 is the perfect example of how Westminster treats the north",
                           "They cut the Manchester leg and spent the money in London. Every "
                           "time.", "Rail in the north is a national embarrassment"]),
    ]
    posts = [
        ("asthma", "Brown inhaler (Clenil) plus blue - is it normal to still wheeze at night?",
         "63, diagnosed as a kid, flared up again after years. GP upped me to Clenil Modulite "
         "100 two puffs twice a day plus salbutamol. Any tips? Damp Manchester winters dont help"),
        ("manchester", "Anyone else furious about the HS2 cancellation still?",
         "Two years on and nothing to replace it. The government promised Network North and "
         "we got potholes money. Critical of the lot of them, both parties."),
        ("GardeningUK", "Allotment haul from plot 6 🥕", ""),
        ("manchester", "Lost: brown leather wallet near Chorlton Library", "Reward. PM me."),
        ("MCFC", "Best pub near the Etihad for a pint before?", ""),
    ]
    def ts(rng_day):
        t = datetime.combine(rng_day, datetime.min.time()) + timedelta(
            minutes=rng.randint(6 * 60 + 30, 21 * 60 + 30))
        return local_to_utc(ZONE, t)
    ips = ["192.0.2.41", "198.51.100.77", "203.0.113.9"]

    def rid():
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(7))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent",
                "body", "media"])
    rows = []
    for sub, bodies in subs_comments:
        for b in bodies:
            d = START + timedelta(days=rng.randint(0, (END - START).days))
            cid, lid = rid(), rid()
            rows.append([cid, f"https://www.reddit.com/r/{sub}/comments/{lid}/_/{cid}/",
                         ts(d).strftime("%Y-%m-%d %H:%M:%S UTC"), rng.choice(ips), sub, "0",
                         f"https://www.reddit.com/r/{sub}/comments/{lid}/", f"t3_{lid}", b, ""])
    rows.sort(key=lambda r: r[2], reverse=True)
    w.writerows(rows)
    files["reddit/comments.csv"] = ("utf-8-sig", out.getvalue())
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"])
    prow = []
    for sub, title, body in posts:
        d = START + timedelta(days=rng.randint(0, (END - START).days))
        pid = rid()
        slug = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")[:50]
        link = f"https://www.reddit.com/r/{sub}/comments/{pid}/{slug}/"
        prow.append([pid, link, ts(d).strftime("%Y-%m-%d %H:%M:%S UTC"), rng.choice(ips), sub,
                     "0", title, link if body else f"https://i.redd.it/{rid()}{rid()}.jpeg",
                     body])
    prow.sort(key=lambda r: r[2], reverse=True)
    w.writerows(prow)
    files["reddit/posts.csv"] = ("utf-8-sig", out.getvalue())
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"])
    msgs = [("Sk8rMum_M21", "del_ashworth63", "wallet", "Hi I think I found your wallet by the "
             "library, it has a card for D Ashworth in it? ring me 07700 900733"),
            ("del_ashworth63", "Sk8rMum_M21", "re: wallet", "Thank you so much! Im at 14 "
             "Hawthorn Grove, or ill come to you"),
            ("Sk8rMum_M21", "del_ashworth63", "re: wallet", "No worries will drop it round 5ish"),
            ("GrowYourOwnGaz", "del_ashworth63", "seed swap", "Still got those runner bean "
             "seeds? can swap for garlic")]
    for i, (f, t, s, b) in enumerate(msgs):
        d = date(2025, 9, 6) if i < 3 else date(2025, 10, 19)
        w.writerow([rid(), "https://www.reddit.com/message/messages/" + rid(), "" if i % 3 == 0
                    else "t4_" + rid(), ts(d).strftime("%Y-%m-%d %H:%M:%S UTC"),
                    ips[0] if f == "del_ashworth63" else "", f, t, s, b])
    files["reddit/messages.csv"] = ("utf-8-sig", out.getvalue())
    return [("reddit/messages.csv", "PHONE_NUMBER", "07700 900733"),
            ("reddit/messages.csv", "ADDRESS", "14 Hawthorn Grove"),
            ("reddit/messages.csv", "USERNAME", "del_ashworth63"),
            ("reddit/comments.csv", "IP_ADDRESS", ips[0]),
            ("reddit/posts.csv", "URL", prow[0][1])]


# ---------------------------------------------------------------- monzo
def write_monzo(files, rng):
    rows = []
    bal = 1840.22

    def add(dt, typ, name, emoji, cat, amt, notes="", addr="", desc=None):
        rows.append((dt, typ, name, emoji, cat, amt, notes, addr, desc or name.upper()))
    day = START
    while day <= END:
        def at(h0, h1, day=day):
            return datetime.combine(day, datetime.min.time()) + timedelta(
                minutes=rng.randint(h0 * 60, h1 * 60), seconds=rng.randint(0, 59))
        if rng.random() < 0.45:
            add(at(8, 19), "Card payment", rng.choice(["Tesco", "Co-op", "Aldi", "Lidl"]), "🛒",
                "Groceries", -rng.randint(350, 6800) / 100, "",
                rng.choice(["Barlow Moor Road", "Wilbraham Road", "Princess Road"]))
        if day.weekday() == 3 and rng.random() < 0.7:
            add(at(19, 22), "Card payment", "The Beech Inn", "🍺", "Eating out",
                -rng.randint(800, 2400) / 100, "", "72 Beech Road")
        if rng.random() < 0.12:
            add(at(8, 18), "Card payment", "B&Q", "🔨", "Shopping", -rng.randint(500, 9000) / 100)
        if day.day == 1:
            add(at(3, 5), "Direct Debit", "Manchester City Council", "🏛️", "Bills", -163.00,
                desc="MANCHESTER CC CTAX")
            add(at(3, 5), "Direct Debit", "Octopus Energy", "⚡", "Bills", -142.00)
        payday = day.day == 28 or (day.day in (26, 27) and day.weekday() == 4 and
                                   (day + timedelta(days=(28 - day.day))).weekday() >= 5)
        if payday and not any(r[2] == EMPLOYER and r[0].month == day.month for r in rows):
            add(at(1, 3), "Bacs (Direct Credit)", EMPLOYER, "💰", "Income", float(SALARY),
                "", "", "IRWELL VALLEY SCH SALARY")
        if day.day == 5:
            add(at(9, 10), "Pot transfer", "Tenerife 2026", "🌴", "Savings", -200.00)
        day += timedelta(days=1)
    add(datetime(2025, 9, 24, 11, 2, 10), "Card payment", "NHSBSA PPC", "💊", "Health", -114.50,
        "prescription prepayment cert", "", "NHS BUSINESS SERVICES")
    for d in (date(2025, 9, 25), date(2025, 10, 27), date(2025, 11, 24), date(2025, 12, 15)):
        add(datetime.combine(d, datetime.min.time()) + timedelta(hours=11, minutes=14),
            "Card payment", "Boots", "💊", "Health", -rng.randint(300, 900) / 100,
            "inhalers", "Barlow Moor Road")
    add(datetime(2025, 8, 29, 20, 25, 0), "Faster payment", "Claire Bennett", "🎁", "Gifts",
        -50.00, "birthday money x", "", "CLAIRE BENNETT")
    add(datetime(2025, 11, 3, 9, 30, 0), "Faster payment", "Dean Ashworth", "🪦", "Family",
        -640.00, "Mum headstone half", "", "D ASHWORTH ES21 0004")
    add(datetime(2025, 11, 21, 19, 0, 0), "Faster payment", "Steven Thompson", "🎯",
        "Entertainment", 0 - 45.00, "darts", "", "STEVEN THOMPSON")
    add(datetime(2025, 12, 6, 14, 20, 0), "Card payment", "GAME", "🎮", "Shopping", -69.99,
        "Kyle xmas", "Manchester Arndale")
    add(datetime(2025, 10, 15, 8, 0, 0), "Card payment", "Jet2holidays", "✈️", "Holidays",
        -1289.00, "", "")
    rows.sort(key=lambda r: r[0])
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["Transaction ID", "Date", "Time", "Type", "Name", "Emoji", "Category", "Amount",
                "Currency", "Local amount", "Local currency", "Notes and #tags", "Address",
                "Receipt", "Description", "Category split", "Money Out", "Money In"])
    for dt, typ, name, emoji, cat, amt, notes, addr, desc in rows:
        bal += amt
        tx = "tx_0000" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
                                            "0123456789") for _ in range(18))
        w.writerow([tx, dt.strftime("%d/%m/%Y"), dt.strftime("%H:%M:%S"), typ, name, emoji, cat,
                    f"{amt:.2f}", "GBP", f"{amt:.2f}", "GBP", notes, addr, "", desc, "",
                    f"{amt:.2f}" if amt < 0 else "", f"{amt:.2f}" if amt > 0 else ""])
    path = "MonzoDataExport_Alltime_2025-12-20_0912.csv"
    files[path] = ("utf-8", out.getvalue())
    return path, [(path, "PERSON", "Claire Bennett"), (path, "PERSON", "Steven Thompson")]


# ---------------------------------------------------------------- records.json
def write_records(files, rng):
    places = {"home": HOME, "work": WORK, "clinic": CLINIC, "pub": PUB, "allot": ALLOT}
    locs = []
    day = START
    clinic_days = {date(2025, 9, 18), date(2025, 11, 13)}
    while day <= END:
        workday = day.weekday() < 5 and not (date(2025, 10, 27) <= day <= date(2025, 10, 31)) \
            and day < date(2025, 12, 19)
        extra = []
        if day in clinic_days:
            extra.append(("clinic", 8.3, 9.1))
        if day.weekday() == 3:
            extra.append(("pub", 19.5, 22.0))
        if day.weekday() in (5, 6) and rng.random() < 0.6:
            extra.append(("allot", 10.0, 13.0))
        plan = day_plan(rng, ZONE, day, places, "IN_VEHICLE", workday, (7, 15.5), extra)
        for i, s in enumerate(plan):
            step = timedelta(minutes=4) if s.kind == "move" else timedelta(
                minutes=rng.choice([12, 18, 25]))
            t = s.start
            dest = plan[i + 1] if i + 1 < len(plan) else s
            while t < s.end:
                if s.kind == "move":
                    f = (t - s.start) / (s.end - s.start)
                    lat = s.lat + (dest.lat - s.lat) * f
                    lon = s.lon + (dest.lon - s.lon) * f
                    lat, lon = jitter(rng, lat, lon, 40)
                    acc = rng.randint(5, 25)
                    src = "GPS"
                else:
                    lat, lon = jitter(rng, s.lat, s.lon, 25)
                    acc = rng.randint(10, 60)
                    src = "WIFI"
                rec = {"latitudeE7": round(lat * 1e7), "longitudeE7": round(lon * 1e7),
                       "accuracy": acc, "source": src, "deviceTag": -1482901277,
                       "timestamp": iso_z(t + timedelta(milliseconds=rng.randint(0, 999)))}
                if s.kind == "move" and rng.random() < 0.5:
                    rec["activity"] = [{"activity": [{"type": s.mode, "confidence": 81},
                                                     {"type": "ON_FOOT", "confidence": 9}],
                                        "timestamp": rec["timestamp"]}]
                    rec["velocity"] = rng.randint(3, 14)
                locs.append(rec)
                t += step + timedelta(seconds=rng.randint(0, 90))
        day += timedelta(days=1)
    for r in locs:
        ts = r["timestamp"]
        r["timestamp"] = ts[:19] + "." + f"{rng.randint(0, 999):03d}" + "Z"
    files["Takeout/Location History (Timeline)/Records.json"] = (
        "utf-8", json.dumps({"locations": locs}, indent=2))


def generate(rng: random.Random):
    files = {}
    tg, fb, grp, planted = build(rng)
    tpath, tpii = write_telegram(files, tg, grp, rng)
    fpaths = write_messenger(files, fb, rng)
    pii = []
    for key, etype, value in planted:
        pii.append((fpaths.get(key, tpath), etype, value))
    pii += tpii
    for p in fpaths.values():
        pii.append((p, "PERSON", "Derek Ashworth"))
    pii.append((fpaths["claire"], "PERSON", "Claire Bennett"))
    pii += write_reddit(files, rng)
    _mpath, mpii = write_monzo(files, rng)
    pii += mpii
    write_records(files, rng)
    counts = [(TG[k][0], c.count_dm()) for k, c in tg.items()]
    counts += [(FB[k][0], c.count_dm()) for k, c in fb.items()]
    top = sorted(counts, key=lambda x: -x[1])[:3]
    facts = {
        "home": {"lat": HOME[0], "lon": HOME[1], "radius_m": 300, "address": HOME_ADDR,
                 "city": "Manchester"},
        "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
        "sleep_window": {"start": "22:30", "end": "05:45", "tolerance_min": 60},
        "top_contacts": [{"name": n, "messages": c} for n, c in top],
        "relationships": [
            {"name": "Lin", "relationship": "partner", "full_name": "Linda Ashworth"},
            {"name": "Claire Bennett", "relationship": "daughter", "full_name": "Claire Bennett"},
            {"name": "Dean Ashworth", "relationship": "brother", "full_name": "Dean Ashworth"},
            {"name": "Tommo", "relationship": "close friend", "full_name": "Steve Thompson"},
            {"name": "Bev (work)", "relationship": "colleague", "full_name": "Beverley Kaur"},
        ],
        "religion": {"value": False},
        "health": {"value": "asthma"},
        "politics": {"value": "critical of the HS2 cancellation"},
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": False},
        "salary": {"amount": SALARY, "currency": "GBP", "payer": EMPLOYER, "period": "monthly"},
        "risky_contact": {"name": "Ray Mellor",
                          "why": "posts 90+ angry political rants in the allotment group"},
    }
    gt = {"schema_version": 1, "persona": PID, "fictional": True, "independent": True,
          "description": "Derek Ashworth, 63, school site manager in Chorlton, Manchester; wife "
                         "Lin, daughter Claire, brother Dean in Spain, mate Tommo, colleague Bev, "
                         "allotment group. Asthma; HS2 grievance on Reddit.",
          "timezone": ZONE,
          "user": {"names": ["Derek Ashworth", "Del", "Derek"], "phones": [USER_PHONE],
                   "emails": ["derek.ashworth63@example.com"],
                   "handles": ["@del_ashworth", "del_ashworth63"]},
          "pii": pii, "facts": facts}
    return files, gt


SLOTS = {
    "time": ["tonight", "tomorrow", "this morning", "later", "at dinner", "sat", "sunday",
             "after work", "earlier", "first thing"],
    "place": ["Tesco", "the Co-op", "Beech Road", "the Arndale", "Southern Cemetery",
              "the Water Park", "Chorlton precinct", "the allotment", "Didsbury", "the Metrolink"],
    "food": ["fish and chips", "a curry", "lasagne", "a roast", "beans on toast", "chilli",
             "a chippy tea", "sausage and mash", "soup", "a Chinese"],
    "thing": ["the boiler", "the car", "the telly", "the washer", "the gutter", "the shed door",
              "the wifi", "the fence panel", "the lawnmower"],
    "person": ["Pauline", "our Kyle", "Ellie", "your mum", "Jan next door", "Tommo",
               "the window cleaner", "Mrs Patel", "Bev"],
    "weather": ["chucking it down", "freezing", "grey again", "blowing a gale", "lovely and sunny",
                "foggy", "drizzly"],
    "mood": ["knackered", "fed up", "alright", "not bad", "shattered", "in a good mood"],
    "veg": ["runner beans", "spuds", "onions", "courgettes", "leeks", "rhubarb", "sprouts"],
    "team": ["City", "United", "Spurs", "Villa", "Arsenal", "Liverpool"],
}
CHATTER = {
    "lin": {
        "me": ["{thing}'s playing up again", "its {weather} out", "want me to grab {food} {time}?",
               "saw {person} at {place}", "dug up the last of the {veg}", "im {mood}",
               "{person} says hello", "ill sort {thing} {time}", "at {place}, need anything?",
               "whats on telly {time}"],
        "lin": ["{food} {time}?", "{person} rang", "can you look at {thing} {time}",
                "its {weather} here", "im {mood} love", "at {place} with {person}",
                "dont forget the bins", "get milk", "{person} popped round", "did you eat"],
    },
    "claire": {
        "me": ["hows {person}", "its {weather} here love", "we've got loads of {veg}, want some?",
               "ill bring {food} round {time}", "your mum says ring her", "im {mood} ha",
               "saw your old teacher at {place}"],
        "claire": ["{person} says hi grandad", "can't {time}, {person}'s poorly",
                   "we're at {place}", "im {mood}", "{person} drew you a picture",
                   "its {weather} in Stretford", "[image]"],
    },
    "tommo": {
        "me": ["{team} were shocking", "{time}?", "you at {place}?", "fixed {thing} finally",
               "{team} next week, nailed on", "im {mood} mate"],
        "tommo": ["{team} again 🙄", "{time} at the Beech?", "seen {person}?", "im {mood}",
                  "you still got {thing} for sale", "{team} will win the league"],
    },
    "bev": {
        "me": ["{thing} in the hall needs looking at", "skip's full again", "im {mood} bev",
               "leaving at 4 {time}", "caretaker cupboard leak again", "heating on in block A"],
        "bev": ["head wants a word {time}", "{person} asking for you", "kettle's on",
                "parents evening {time}, can you stay late", "im {mood}", "cheers Derek"],
    },
    "dean": {
        "me": ["its {weather} here", "mum was {mood} today", "{team} were rubbish",
               "{person} says hello"],
        "dean": ["beach {time} 😎", "{team}!!", "how's {person}", "paella {time}",
                 "28 degrees and {mood}"],
    },
}


def chatter_gen(key: str):
    def gen(rng: random.Random, who: str) -> str:
        from common import fill_slots
        return fill_slots(rng, CHATTER[key]["me" if who == "me" else key], SLOTS)
    return gen
