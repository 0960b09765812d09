"""enus4_atlanta: Marcus Reid, 29, warehouse shift lead in Atlanta."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import date, datetime, timedelta

from common import (
    Chat,
    Msg,
    Talker,
    day_plan,
    epoch,
    iso_z,
    jitter,
    local_to_utc,
    luhn_complete,
    parse_topics,
    typo_en,
    utc_to_local,
)

ZONE = "America/New_York"
PID = "enus4_atlanta"
START, END = date(2025, 8, 15), date(2026, 1, 15)
HOME = (33.74632, -84.33271)
WORK = (33.63587, -84.40412)
GYM = (33.75540, -84.35940)
MOM_HOUSE = (33.68820, -84.45010)
COURT = (33.74020, -84.34580)
HOME_ADDR = "1187 Hardee St NE, Apt 3B, Atlanta, GA 30307"
EMPLOYER = "Peachtree Freight Logistics"
PAYER = "PEACHTREE FREIGHT PAYROLL PPD ID: 5821940376"
SALARY = "1847.62"
NNBSP = "\u202f"
LRM = "\u200e"
SSN = "531-44-8207"
PASSPORT = "A47120936"
DL = "058213947"
CARD = luhn_complete("414720091873552")
CARD_SP = " ".join(CARD[i:i + 4] for i in range(0, 16, 4))
USER_PHONE = "(404) 555-0134"

ME = "Marcus"
CONTACTS = {
    "tasha": ("Tasha 💕", "Natasha Greene", "partner"),
    "mom": ("Mom", "Denise Reid", "mother"),
    "jay": ("Jay", "Jaylen Brooks", "close friend"),
    "kev": ("Kev Warehouse", "Kevin Ortiz", "colleague"),
}
GROUP = "Sunday Hoops 🏀"
GRP_MEMBERS = {"dre": "Dre", "jay": "Jay", "los": "Carlos", "tim": "Big Tim"}

TASHA = parse_topics("""
@14.8-16
tasha: you off yet? | wyd | babe | hey you
me: 20 more min | just got off | on 285 now | driving
tasha: ok 😘 | bring food pls | hurry up lol | k
me: what you want | wings? | ok bae | 🫡

tasha: babe the light bill came | rent is due friday | did you pay the car note yet
me: ima handle it | payday is thursday | I got it dont stress | can you cover it til friday? ill pay you back
tasha: Marcus... | again?? | ok but thats the last time | we need to talk about money fr
me: I know | I got you I promise | my bad

@22.5-23.4
tasha: you on that game again 🙄 | are you coming to bed | its 11:30 marcus
me: one more match | coming | lol 2 min | cod with jay
tasha: 🙄🙄 | mhm | goodnight then

tasha: and stop betting on them falcons | did you put money on the game again | i saw the draftkings notification
me: it was 20 dollars chill | i hit tho 😎 | im done after this week | parlay was one leg off 😭
tasha: marcus. | sure you are | we cant afford that rn

tasha: your mom called me lol | dinner at your moms sunday? | mom wants us at church sunday 😂
me: lol what she want | yeah we going | not church lol tell her easter maybe | ok
tasha: she want you to call her | 😂😂 | ok

me: love you | miss you | you up?
tasha: love you more | ❤️ | yeah
""")

MOM = parse_topics("""
@6.2-10
mom: Good morning son | Morning baby | Hey Marcus this is your mother
me: morning ma | hey mama | morning
mom: Did you eat | Call me when you get a chance | How is work going
me: yes ma | ill call you on my break | its good | busy

mom: Church at 11 Sunday you and Tasha are welcome | Pastor asked about you | We having revival next week
me: ma 😂 | ill try | maybe | tell pastor i said hey
mom: I will keep praying for you | The Lord is good 🙏 | Ok baby

mom: My sugar was high again this morning | I picked up my metformin | Doctor said my A1C is better
me: you taking your meds? | thats good ma | want me to take you to the appt | drink water
mom: Yes | I am | You are a good son | Thursday at 2

mom: Can you fix my TV it went blue again | The sink is leaking | Can you take me to Kroger Saturday
me: ill come sat | ill stop by after work | yes ma
mom: Thank you baby | ❤️
""")

JAY = parse_topics("""
@16-21
jay: yo | bro | ayo
me: wsg | yo | whats good
jay: cod tonight? | you on? | hop on | 2k later?
me: bet | after 9 | give me 20 | yessir
jay: 🎮 | bet | say less

jay: you see that falcons game 😭 | hawks looking decent | who you got sunday
me: bro dont | we trash | i got the falcons +3 | parlay locked 🔒
jay: lmaooo | youre addicted fr | betting the house on that lol
me: nah im good | lol maybe | one more

me: bro can you front me 100 til friday | you got 50 i can borrow | i'm short this week fr
jay: again bro? | sent | i got you | pay me back this time lol
me: 🙏 | appreciate you | friday on god

jay: hoops sunday? | we running at 10 | you coming to the court
me: im there | cant this week | maybe | 🏀
""")

KEV = parse_topics("""
kev: you in today | they want us at 6 tmrw | forklift 3 down again
me: yeah | ok | ill tell maintenance | on my way
kev: bet | 👍

kev: OT this weekend? | manager wants 4 guys saturday | peak season starting
me: put me down | i need the hours fr | cant sat
kev: ok | got you

me: running 10 late | traffic on 75 crazy | car trippin, be there asap
kev: ok ill cover | no worries | 👍
""")

GRP = parse_topics("""
jay: we running 10am sunday | court at the park | who in
los: in | 🙋 | maybe
tim: in
me: in | cant this week

tim: who got the ball | bring water its hot | courts wet
los: i got it | ok | 👍
me: 🏀

los: [image] | that dunk tho | lmaoo tim fell
jay: 😂😂😂 | dead | 💀
me: 💀 | lmao
""")

DRE_SUBJ = ["Congress", "these politicians", "the government", "both parties", "the mayor",
            "Washington", "the so called leaders", "the Senate", "these billionaires and their "
            "puppets", "the news"]
DRE_PRED = ["dont care about us at all", "lying to our faces again", "robbing working people",
            "got us paying $8 for eggs", "are all bought and paid for",
            "want us fighting each other", "keep cutting everything but their own pay",
            "are the reason rent is 2 grand", "never done a day of real work",
            "treat us like fools"]
DRE_END = ["!!", " wake up y'all", " 😤😤", " I'm sick of it", " smh", ". burn it all down",
           " and yall still voting for them??", ". its a circus", "!!! FR", " period."]


def dre_rants(rng: random.Random, n: int) -> list[str]:
    out = ["Shutdown again and they still getting paid?? we the only ones suffering",
           "They cut SNAP and gave themselves a raise. make it make sense",
           "Both sides are clowns. Every single one of them needs to go 😡",
           "Tariffs got everything at Kroger double. thanks for nothing",
           "Police budget up again and the schools falling apart"]
    seen = set(out)
    while len(out) < n:
        s = f"{rng.choice(DRE_SUBJ)} {rng.choice(DRE_PRED)}{rng.choice(DRE_END)}"
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def decorate(rng: random.Random, text: str, sender: str) -> str:
    text = typo_en(rng, text)
    if sender == "me" and rng.random() < 0.2:
        text = text.lower()
    if rng.random() < 0.04:
        text += rng.choice([" lol", " 😂", " fr", " 💯"])
    return text


FILL = {"me": ["bet", "ok", "lol", "fr", "😂", "[sticker]", "word", "yessir", "aight", "ok bae"],
        "*": ["lol", "ok", "😂", "[sticker]", "bet", "fr", "smh", "👍", "[voice]", "mhm"]}


def build(rng: random.Random):
    talker = Talker(rng, ZONE, (6, 0), (23, 50), decorate)
    chats = {k: Chat(k, v[0], ["me", k]) for k, v in CONTACTS.items()}
    grp = Chat("grp", GROUP, ["me", *GRP_MEMBERS], group=True)
    topics = {"tasha": TASHA, "mom": MOM, "jay": JAY, "kev": KEV}
    day = START
    while day <= END:
        wd = day.weekday()
        for key, p in [("tasha", 0.85), ("tasha", 0.5), ("mom", 0.45), ("jay", 0.6),
                       ("kev", 0.45 if wd < 5 else 0.05)]:
            if key in CHATTER and rng.random() < p * 0.5:
                talker.chatter(chats[key], day, key, chatter_gen(key), FILL)
            if rng.random() < p:
                talker.session(chats[key], day, rng.choice(topics[key]), FILL,
                               {"me": ["me"], key: [key]},
                               media={"any": 0.05, "kinds": ["image", "sticker", "voice"],
                                      "weights": [3, 2, 1]})
        if rng.random() < (0.6 if wd >= 4 else 0.2):
            talker.session(grp, day, rng.choice(GRP), FILL,
                           {"me": ["me"], **{k: [k] for k in GRP_MEMBERS}})
        day += timedelta(days=1)
    span = (END - START).days
    for i, text in enumerate(dre_rants(rng, 86)):
        d = START + timedelta(days=int(i * span / 86))
        minute = rng.choice([rng.randint(9 * 60, 23 * 60), rng.randint(0, 150)])
        local = datetime.combine(d, datetime.min.time()) + timedelta(minutes=minute)
        talker._emit(grp, local, "dre", text, None)
        if rng.random() < 0.2:
            talker._emit(grp, local + timedelta(minutes=4), rng.choice(["los", "tim"]),
                         rng.choice(["dre chill 😂", "bro this a hoops chat", "here he go",
                                     "not again", "💀"]), None)
    planted = plant(chats, grp)
    for c in [*chats.values(), grp]:
        c.messages.sort(key=lambda m: m.utc)
    return chats, grp, planted


def plant(chats, grp):
    pii = []
    allc = {**chats, "grp": grp}

    def put(key, d, hm, who, text, kind="text"):
        h, m = map(int, hm.split(":"))
        local = datetime.combine(d, datetime.min.time()) + timedelta(hours=h, minutes=m)
        allc[key].messages.append(Msg(local_to_utc(ZONE, local), who, text, kind))

    put("mom", date(2025, 9, 9), "12:10", "mom", "Baby I need your social for the insurance "
        "paper they want it for the beneficiary")
    put("mom", date(2025, 9, 9), "12:41", "me", SSN)
    pii.append(("mom", "US_SSN", SSN))
    put("tasha", date(2025, 10, 21), "20:03", "tasha", "booking the cancun trip, need your "
        "passport number")
    put("tasha", date(2025, 10, 21), "20:09", "me", f"{PASSPORT}")
    put("tasha", date(2025, 10, 21), "20:12", "tasha", "and license # for the rental car")
    put("tasha", date(2025, 10, 21), "20:15", "me", f"GA DL {DL}")
    pii += [("tasha", "US_PASSPORT", PASSPORT), ("tasha", "US_DRIVER_LICENSE", DL)]
    put("tasha", date(2025, 10, 21), "20:17", "me", f"use my card {CARD_SP} exp 07/29")
    pii.append(("tasha", "CREDIT_CARD", CARD_SP))
    put("jay", date(2025, 8, 22), "21:40", "me", "pull up")
    put("jay", date(2025, 8, 22), "21:40", "me",
        f"{LRM}Location: https://maps.google.com/?q={HOME[0]:.5f},{HOME[1]:.5f}")
    pii.append(("jay", "URL", f"https://maps.google.com/?q={HOME[0]:.5f},{HOME[1]:.5f}"))
    put("jay", date(2025, 8, 22), "21:41", "me", "1187 hardee apt 3B, buzz 3B")
    pii.append(("jay", "ADDRESS", "1187 hardee apt 3B"))
    put("mom", date(2025, 11, 30), "15:22", "mom", "My new address is 2210 Campbellton Rd SW "
        "Unit 14, Atlanta GA 30311 write it down. Home phone 404-555-0178")
    pii += [("mom", "ADDRESS", "2210 Campbellton Rd SW Unit 14, Atlanta GA 30311"),
            ("mom", "PHONE_NUMBER", "404-555-0178")]
    put("mom", date(2025, 12, 24), "09:00", "mom", "Merry Christmas baby. Love, Mom (Denise Reid)")
    pii.append(("mom", "PERSON", "Denise Reid"))
    put("kev", date(2025, 9, 30), "14:02", "kev", "new supervisor is Linda Park, her cell "
        "+1 470 555 0192 and email lpark@example.com")
    pii += [("kev", "PERSON", "Linda Park"), ("kev", "PHONE_NUMBER", "+1 470 555 0192"),
            ("kev", "EMAIL_ADDRESS", "lpark@example.com")]
    put("kev", date(2025, 8, 18), "06:40", "kev", "yo its Kevin Ortiz from dock 3, new phone. "
        "save this one 470-555-0163")
    put("kev", date(2025, 8, 18), "06:52", "me", "bet saved")
    pii += [("kev", "PERSON", "Kevin Ortiz"), ("kev", "PHONE_NUMBER", "470-555-0163")]
    put("kev", date(2025, 11, 12), "07:48", "kev", "whose truck is TAW 7391 blocking the dock")
    put("kev", date(2025, 11, 12), "07:50", "me", "mine my bad moving it")
    pii.append(("kev", "LICENSE_PLATE", "TAW 7391"))
    put("tasha", date(2025, 12, 2), "18:30", "me", "my work email is "
        "marcus.reid@example.net if they need it")
    pii.append(("tasha", "EMAIL_ADDRESS", "marcus.reid@example.net"))
    put("grp", date(2025, 9, 14), "09:02", "jay", "Jaylen Brooks aka the GOAT, new # 4045550157")
    pii += [("grp", "PERSON", "Jaylen Brooks"), ("grp", "PHONE_NUMBER", "4045550157")]
    put("grp", date(2025, 10, 5), "23:30", "dre", "Andre Whitfield and I approve this message. "
        "VOTE EM ALL OUT")
    pii.append(("grp", "PERSON", "Andre Whitfield"))
    return pii


# ---------------------------------------------------------------- whatsapp
def wa_stamp(utc: datetime) -> str:
    loc = utc_to_local(ZONE, utc)
    h = loc.hour % 12 or 12
    ampm = "AM" if loc.hour < 12 else "PM"
    return f"[{loc.month}/{loc.day}/{loc.strftime('%y')}, {h}:{loc.strftime('%M:%S')}{NNBSP}{ampm}]"


MEDIA = {"image": "image omitted", "sticker": "sticker omitted", "voice": "audio omitted",
         "video": "video omitted"}


def write_whatsapp(files, chats, grp):
    paths = {}
    for key, chat in [*chats.items(), ("grp", grp)]:
        title = GROUP if key == "grp" else CONTACTS[key][0]
        names = {"me": ME, **({k: v for k, v in GRP_MEMBERS.items()} if key == "grp" else
                              {key: title})}
        lines = []
        first = chat.messages[0].utc - timedelta(minutes=3)
        if key == "grp":
            lines.append(f"{wa_stamp(first)} {title}: {LRM}Messages and calls are end-to-end "
                         "encrypted. Only people in this chat can read, listen to, or share them.")
            lines.append(f"{LRM}{wa_stamp(first)} {title}: {LRM}Dre created group “{title}”")
            lines.append(f"{LRM}{wa_stamp(first)} {title}: {LRM}Dre added you")
        else:
            lines.append(f"{wa_stamp(first)} {title}: {LRM}Messages and calls are end-to-end "
                         "encrypted. Only people in this chat can read, listen to, or share them.")
        for m in chat.messages:
            name = names[m.sender]
            if m.kind in MEDIA:
                lines.append(f"{LRM}{wa_stamp(m.utc)} {name}: {LRM}{MEDIA[m.kind]}")
            else:
                lines.append(f"{wa_stamp(m.utc)} {name}: {m.text}")
        path = f"WhatsApp Chat - {title}/_chat.txt"
        files[path] = ("utf-8", "\r\n".join(lines) + "\r\n")
        paths[key] = path
    return paths


# ---------------------------------------------------------------- money
def write_money(files, rng):
    bank = []  # (date, desc, amount, type)
    d = date(2025, 8, 22)  # payday friday
    while d <= END:
        bank.append((d, PAYER, float(SALARY), "ACH_CREDIT"))
        d += timedelta(days=14)
    day = START
    while day <= END:
        if rng.random() < 0.5:
            bank.append((day, rng.choice(["KROGER #0412 ATLANTA GA", "QT 771 ATLANTA GA",
                                          "CHICK-FIL-A #01944 ATLANTA GA",
                                          "WAFFLE HOUSE 1320 ATLANTA GA", "DOORDASH*WINGSTOP",
                                          "CHEVRON 0309912 EAST POINT GA"]),
                         -rng.randint(600, 6500) / 100, "DEBIT_CARD"))
        if day.weekday() in (3, 5, 6) and rng.random() < 0.45:
            bank.append((day, rng.choice(["DKNG*DRAFTKINGS DEPOSIT BOSTON MA",
                                          "FANDUEL SPORTSBOOK ATLANTA GA"]),
                         -float(rng.choice([25, 50, 50, 100, 150])), "DEBIT_CARD"))
        if day.weekday() == 6 and rng.random() < 0.6:
            bank.append((day, "FANDUEL SPORTSBOOK ATLANTA GA",
                         -float(rng.choice([25, 50, 100, 150])), "DEBIT_CARD"))
        if rng.random() < 0.05:
            bank.append((day, "DRAFTKINGS WITHDRAWAL PPD ID: 4260413180",
                         rng.choice([37.5, 88.0, 120.0]), "ACH_CREDIT"))
        if day.weekday() == 4 and rng.random() < 0.8:
            bank.append((day, "ATM WITHDRAWAL 00417 MORELAND AVE ATLANTA GA",
                         -float(rng.choice([40, 60, 80, 100])), "ATM"))
        if day.day == 18:
            bank.append((day, "CAPITAL ONE MOBILE PYMT", -float(rng.choice([250, 300, 350])),
                         "ACH_DEBIT"))
        if rng.random() < 0.06:
            bank.append((day, rng.choice(["Microsoft*Xbox msbill.info WA",
                                          "STEAMGAMES.COM BELLEVUE WA",
                                          "PlayStation Network SAN MATEO CA"]),
                         -rng.choice([9.99, 16.99, 69.99, 19.99]), "DEBIT_CARD"))
        if day.day == 1:
            bank.append((day, "PAMLICO PROPERTY MGMT WEB PMTS", -1385.00, "ACH_DEBIT"))
        if day.day == 12:
            bank.append((day, "SANTANDER CONSUMER AUTO PYMT", -412.37, "ACH_DEBIT"))
        if day.day == 25:
            bank.append((day, "AFFIRM INC PAYMENT", -118.40, "ACH_DEBIT"))
        if day.day == 20:
            bank.append((day, "GEORGIA POWER BILL PAY", -rng.randint(9000, 18000) / 100,
                         "ACH_DEBIT"))
        day += timedelta(days=1)
    bank.append((date(2025, 11, 14), "SANTANDER CONSUMER LATE CHARGE", -35.00, "ACH_DEBIT"))
    bank.append((date(2025, 12, 12), "SANTANDER CONSUMER AUTO PYMT RETURNED", 412.37, "ACH_CREDIT"))
    bank.append((date(2025, 12, 12), "RETURNED ITEM FEE", -34.00, "FEE_TRANSACTION"))
    for d in (date(2025, 10, 29), date(2025, 12, 10), date(2026, 1, 7)):
        bank.append((d, "DAVE INC ADVANCE PPD ID: 1463952870", 100.00, "ACH_CREDIT"))
        bank.append((d + timedelta(days=9), "DAVE INC DEBIT PPD ID: 1463952870", -105.00,
                     "ACH_DEBIT"))
    bank.append((date(2025, 9, 24), "Zelle payment from JAYLEN BROOKS 9EX24Q1", 100.00,
                 "QUICKPAY_CREDIT"))
    bank.append((date(2025, 11, 6), "Zelle payment to DENISE REID for Mom light bill", -60.00,
                 "QUICKPAY_DEBIT"))
    bank.sort(key=lambda r: (r[0], -r[2]))
    bal = 212.48
    rows = []
    for d, desc, amt, typ in bank:
        bal += amt
        rows.append((d, desc, amt, typ, bal))
        if bal < 0 <= bal - amt and amt < 0:
            bal -= 34.00
            rows.append((d, f"INSUFFICIENT FUNDS FEE FOR A ${-amt:.2f} ITEM - DETAILS: "
                            f"{desc[:22]}", -34.00, "FEE_TRANSACTION", bal))
    out = io.StringIO()
    out.write("Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\r\n")
    for d, desc, amt, typ, b in reversed(rows):
        det = "CREDIT" if amt > 0 else "DEBIT"
        out.write(f"{det},{d:%m/%d/%Y},\"{desc}\",{amt:.2f},{typ},{b:.2f},,\r\n")
    bpath = "Chase4417_Activity_20260116.CSV"
    files[bpath] = ("utf-8", out.getvalue())
    # venmo
    v = [(datetime(2025, 8, 30, 1, 12, 5), "Payment", "wings 🍗", "Marcus Reid", "Natasha Greene",
          -23.50),
         (datetime(2025, 9, 12, 23, 40, 0), "Payment", "til friday bro 🙏", "Jaylen Brooks",
          "Marcus Reid", 100.00),
         (datetime(2025, 9, 20, 15, 2, 0), "Payment", "paid back (half) my bad",
          "Marcus Reid", "Jaylen Brooks", -50.00),
         (datetime(2025, 10, 3, 2, 20, 0), "Payment", "rent help. last time marcus",
          "Natasha Greene", "Marcus Reid", 300.00),
         (datetime(2025, 10, 18, 17, 0, 0), "Payment", "hoops court fee", "Marcus Reid",
          "Carlos Mendez", -10.00),
         (datetime(2025, 11, 8, 4, 1, 0), "Payment", "short on the car note, pay u fri",
          "Carlos Mendez", "Marcus Reid", 150.00),
         (datetime(2025, 11, 22, 19, 33, 0), "Charge", "falcons tix", "Jaylen Brooks",
          "Marcus Reid", -85.00),
         (datetime(2025, 12, 20, 22, 8, 0), "Payment", "xmas 🎄 love mom", "Denise Reid",
          "Marcus Reid", 50.00),
         (datetime(2026, 1, 5, 3, 15, 0), "Payment", "🍕", "Marcus Reid", "Natasha Greene",
          -18.00)]
    for i in range(10):
        d = datetime(2025, 8, 20, 20, 0, 0) + timedelta(days=14 * i + rng.randint(0, 5),
                                                        minutes=rng.randint(0, 600))
        if d.date() <= END:
            v.append((d, "Payment", rng.choice(["🍻", "gas money", "food", "wingstop", "🏀",
                                                "uber"]),
                      "Marcus Reid", rng.choice(["Jaylen Brooks", "Natasha Greene",
                                                 "Carlos Mendez"]),
                      -rng.randint(800, 4000) / 100))
    v.sort()
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["Account Statement - (@Marcus-Reid-29)"] + [""] * 20)
    w.writerow(["Account Activity"] + [""] * 20)
    head = ["", "ID", "Datetime", "Type", "Status", "Note", "From", "To", "Amount (total)",
            "Amount (tip)", "Amount (tax)", "Amount (fee)", "Tax Rate", "Tax Exempt",
            "Funding Source", "Destination", "Beginning Balance", "Ending Balance",
            "Statement Period Venmo Fees", "Terminal Location", "Year to Date Venmo Fees",
            "Disclaimer"]
    w.writerow(head)
    w.writerow([""] * 16 + ["$0.00", "", "", "", "", ""])
    for dt, typ, note, frm, to, amt in v:
        sign = "+" if amt > 0 else "-"
        w.writerow(["", str(rng.randint(10 ** 18, 10 ** 19)), dt.strftime("%Y-%m-%dT%H:%M:%S"),
                    typ, "Complete", note, frm, to, f"{sign} ${abs(amt):,.2f}", "", "0", "",
                    "0", "", "" if amt > 0 else "Chase Debit *4417",
                    "Venmo balance" if amt > 0 else "", "", "", "", "Venmo", "", ""])
    w.writerow([""] * 16 + ["", "$0.00", "$0.00", "", "$0.00",
                            "In case of errors or questions about your electronic transfers..."])
    vpath = "venmo_statement.csv"
    files[vpath] = ("utf-8", out.getvalue())
    return [(bpath, "PERSON", "JAYLEN BROOKS"), (bpath, "PERSON", "DENISE REID"),
            (vpath, "PERSON", "Natasha Greene"), (vpath, "PERSON", "Carlos Mendez"),
            (vpath, "PERSON", "Marcus Reid"), (vpath, "USERNAME", "@Marcus-Reid-29")]


# ---------------------------------------------------------------- mastodon
def write_mastodon(files, rng):
    base = "https://mastodon.example.net"
    actor_id = f"{base}/users/marcus_r"
    notes = [
        "Falcons found a new way to lose. Impressive honestly",
        "Night shift of CoD with the boys. K/D is embarrassing",
        "ICE raids at the Buford Hwy flea market this morning. Families snatched in front "
        "of their kids. This is not safety, this is cruelty. #ICE #Atlanta",
        "Every week another ICE raid on working people and they call it law and order. "
        "Disgusting. Defund it.",
        "Warehouse peak season starts. Pray for my back lol",
        "Shoutout to Mom's cooking. Best mac and cheese in the ATL",
        "Marta was 40 min late again. Car in the shop, life is a struggle",
        "Masked ICE agents grabbing people outside a Home Depot in Chamblee. Who voted for "
        "this?? Not in my city",
        "2K servers down again 😤",
        "Hawks are fun to watch this year not gonna lie",
        "Sunday hoops then waffle house. Perfect day",
        "Whoever invented the 6am shift I just wanna talk",
        "ICE detention centers are overflowing and the private prison companies are cashing "
        "in. Abolish ICE.",
    ]
    items = []
    for i, text in enumerate(notes):
        d = START + timedelta(days=int(i * (END - START).days / len(notes)) + rng.randint(0, 5))
        local = datetime.combine(d, datetime.min.time()) + timedelta(
            minutes=rng.randint(7 * 60, 23 * 60))
        utc = local_to_utc(ZONE, local)
        sid = str(113000000000000000 + epoch(utc) * 1000 + rng.randint(0, 999))
        items.append({"id": f"{actor_id}/statuses/{sid}/activity", "type": "Create",
                      "actor": actor_id, "published": iso_z(utc, ms=False),
                      "to": ["https://www.w3.org/ns/activitystreams#Public"],
                      "cc": [f"{actor_id}/followers"],
                      "object": {"id": f"{actor_id}/statuses/{sid}", "type": "Note",
                                 "summary": None, "inReplyTo": None,
                                 "published": iso_z(utc, ms=False),
                                 "url": f"{base}/@marcus_r/{sid}", "attributedTo": actor_id,
                                 "to": ["https://www.w3.org/ns/activitystreams#Public"],
                                 "cc": [f"{actor_id}/followers"], "sensitive": False,
                                 "content": f"<p>{text}</p>", "attachment": [], "tag": []}})
    dm_to = "https://mastodon.example.org/users/jbrooks"
    utc = local_to_utc(ZONE, datetime(2025, 11, 2, 13, 5))
    sid = str(113400000000000000 + epoch(utc))
    items.append({"id": f"{actor_id}/statuses/{sid}/activity", "type": "Create",
                  "actor": actor_id, "published": iso_z(utc, ms=False), "to": [dm_to], "cc": [],
                  "object": {"id": f"{actor_id}/statuses/{sid}", "type": "Note",
                             "published": iso_z(utc, ms=False), "attributedTo": actor_id,
                             "to": [dm_to], "cc": [], "sensitive": False,
                             "content": '<p><span class="h-card"><a href="https://mastodon.'
                                        'example.org/@jbrooks" class="u-url mention">@<span>'
                                        'jbrooks</span></a></span> text me at 404 555 0134 '
                                        'my phone got cut off lol</p>',
                             "attachment": [], "tag": [{"type": "Mention", "href": dm_to,
                                                        "name": "@jbrooks@mastodon.example.org"}]}})
    items.sort(key=lambda x: x["published"], reverse=True)
    outbox = {"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json",
              "type": "OrderedCollection", "totalItems": len(items), "orderedItems": items}
    actor = {"@context": ["https://www.w3.org/ns/activitystreams",
                          "https://w3id.org/security/v1"],
             "id": actor_id, "type": "Person", "following": f"{actor_id}/following",
             "followers": f"{actor_id}/followers", "inbox": f"{actor_id}/inbox",
             "outbox": "outbox.json", "preferredUsername": "marcus_r",
             "name": "Marcus R 🏀", "summary": "<p>ATL. warehouse by day, CoD by night. "
                                             "Falcons fan (unfortunately).</p>",
             "url": f"{base}/@marcus_r", "manuallyApprovesFollowers": False,
             "published": "2023-01-14T00:00:00Z",
             "attachment": [{"type": "PropertyValue", "name": "Location",
                             "value": "Atlanta, GA"}],
             "icon": {"type": "Image", "mediaType": "image/png", "url": "avatar.png"}}
    files["mastodon/outbox.json"] = ("utf-8", json.dumps(outbox, ensure_ascii=False, indent=2))
    files["mastodon/actor.json"] = ("utf-8", json.dumps(actor, ensure_ascii=False, indent=2))
    return [("mastodon/outbox.json", "PHONE_NUMBER", "404 555 0134"),
            ("mastodon/actor.json", "URL", f"{base}/@marcus_r"),
            ("mastodon/actor.json", "USERNAME", "marcus_r")]


# ---------------------------------------------------------------- semantic history
MONTHS = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
          "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"]


def write_semantic(files, rng):
    places = {"home": HOME, "work": WORK, "gym": GYM, "mom": MOM_HOUSE, "court": COURT}
    info = {"home": ("ChIJ3b_7q0QE9YgR1hK2a9yXc0A", HOME_ADDR, None),
            "work": ("ChIJk8nL2gQD9YgRq0yVb3dZ0xE", "4800 Southpark Blvd, Ellenwood-Atlanta, "
                     "GA 30297", EMPLOYER),
            "gym": ("ChIJz1mQ9T8E9YgRc2jH0p6Ywz4", "1000 Ponce De Leon Ave NE, Atlanta, GA "
                    "30306", "Planet Fitness"),
            "mom": ("ChIJa4uW2v0b9YgRmU3Xb1sQ7tA", "2210 Campbellton Rd SW, Atlanta, GA "
                    "30311", None),
            "court": ("ChIJf0Q8c-sE9YgR8p4R0wqMZ6k", "Candler Park, Atlanta, GA 30307",
                      "Candler Park Basketball Courts")}
    by_month: dict[tuple[int, int], list] = {}
    day = START
    while day <= END:
        wd = day.weekday()
        workday = wd < 5 and day not in (date(2025, 9, 1), date(2025, 11, 27),
                                          date(2025, 12, 25), date(2026, 1, 1))
        extra = []
        if wd in (0, 2) and workday and rng.random() < 0.7:
            extra.append(("gym", 17.2, 18.4))
        if wd == 6:
            extra.append(("court", 10.0, 12.0))
            if rng.random() < 0.6:
                extra.append(("mom", 15.0, 18.0))
        plan = day_plan(rng, ZONE, day, places, "IN_PASSENGER_VEHICLE", workday, (6.2, 15.2),
                        extra)
        objs = by_month.setdefault((day.year, day.month), [])
        for i, s in enumerate(plan):
            if s.end <= s.start:
                continue
            dur = {"startTimestamp": iso_z(s.start + timedelta(milliseconds=rng.randint(0, 999))),
                   "endTimestamp": iso_z(s.end + timedelta(milliseconds=rng.randint(0, 999)))}
            if s.kind == "move":
                dest = plan[i + 1] if i + 1 < len(plan) else s
                a = jitter(rng, s.lat, s.lon, 30)
                b = jitter(rng, dest.lat, dest.lon, 30)
                dist = round(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 * 111000 * 1.3)
                objs.append({"activitySegment": {
                    "startLocation": {"latitudeE7": round(a[0] * 1e7),
                                      "longitudeE7": round(a[1] * 1e7)},
                    "endLocation": {"latitudeE7": round(b[0] * 1e7),
                                    "longitudeE7": round(b[1] * 1e7)},
                    "duration": dur, "distance": dist, "activityType": s.mode,
                    "confidence": rng.choice(["HIGH", "MEDIUM"]),
                    "activities": [{"activityType": s.mode,
                                    "probability": round(rng.uniform(80, 98), 6)},
                                   {"activityType": "WALKING",
                                    "probability": round(rng.uniform(1, 10), 6)}]}})
            else:
                pid_, addr, name = info[s.place]
                p = jitter(rng, s.lat, s.lon, 12)
                loc = {"latitudeE7": round(p[0] * 1e7), "longitudeE7": round(p[1] * 1e7),
                       "placeId": pid_, "address": addr,
                       "locationConfidence": round(rng.uniform(60, 99), 6)}
                if name:
                    loc["name"] = name
                objs.append({"placeVisit": {"location": loc, "duration": dur,
                                            "placeConfidence": "HIGH_CONFIDENCE",
                                            "visitConfidence": rng.randint(70, 99)}})
        day += timedelta(days=1)
    for (y, m), objs in sorted(by_month.items()):
        path = (f"Takeout/Location History (Timeline)/Semantic Location History/{y}/"
                f"{y}_{MONTHS[m - 1]}.json")
        files[path] = ("utf-8", json.dumps({"timelineObjects": objs}, indent=2))
    return [("Takeout/Location History (Timeline)/Semantic Location History/2025/"
             "2025_SEPTEMBER.json", "ADDRESS", HOME_ADDR)]


def generate(rng: random.Random):
    files = {}
    chats, grp, planted = build(rng)
    paths = write_whatsapp(files, chats, grp)
    pii = [(paths[k], t, v) for k, t, v in planted]
    pii += write_money(files, rng)
    pii += write_mastodon(files, rng)
    pii += write_semantic(files, rng)
    top = sorted(((CONTACTS[k][0], c.count_dm()) for k, c in chats.items()),
                 key=lambda x: -x[1])[:3]
    facts = {
        "home": {"lat": HOME[0], "lon": HOME[1], "radius_m": 300, "address": HOME_ADDR,
                 "city": "Atlanta"},
        "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
        "sleep_window": {"start": "00:00", "end": "05:45", "tolerance_min": 60},
        "top_contacts": [{"name": n, "messages": c} for n, c in top],
        "relationships": [{"name": v[0], "relationship": v[2], "full_name": v[1]}
                          for v in CONTACTS.values()],
        "religion": {"value": False},
        "health": {"value": False},
        "politics": {"value": "critical of ICE immigration raids"},
        "financial_stress": {"value": True},
        "gambling": {"value": True},
        "gaming": {"value": True},
        "salary": {"amount": SALARY, "currency": "USD", "payer": PAYER, "period": "biweekly"},
        "risky_contact": {"name": "Dre", "why": "posts 85+ angry political rants in the "
                                               "Sunday Hoops group"},
    }
    gt = {"schema_version": 1, "persona": PID, "fictional": True, "independent": True,
          "description": "Marcus Reid, 29, warehouse shift lead in Atlanta; girlfriend Tasha, "
                         "mom, best friend Jay, coworker Kev, hoops group. Sports betting, "
                         "overdrafts and borrowing; gamer; posts against ICE raids on Mastodon.",
          "timezone": ZONE,
          "user": {"names": ["Marcus Reid", "Marcus"], "phones": [USER_PHONE, "404 555 0134"],
                   "emails": ["marcus.reid@example.net"],
                   "handles": ["@Marcus-Reid-29", "marcus_r", "@marcus_r@mastodon.example.net"]},
          "pii": pii, "facts": facts}
    return files, gt


SLOTS = {
    "time": ["tonight", "tmrw", "later", "after work", "this weekend", "sunday", "rn", "earlier",
             "in the morning", "friday"],
    "place": ["Kroger", "the crib", "Lenox", "Little Five", "Edgewood", "the warehouse",
              "Ponce City Market", "Waffle House", "the gas station", "Publix", "Moreland"],
    "food": ["wings", "pizza", "tacos", "lemon pepper wings", "Chick-fil-A", "Zaxby's",
             "pho", "mac n cheese", "hot dogs", "shrimp and grits"],
    "thing": ["the car", "the AC", "my phone", "the xbox", "the tv", "the washer", "my back"],
    "person": ["your sister", "Jay", "Kev", "my manager", "Aunt Pam", "my cousin Tre", "Big Tim",
               "Mom"],
    "mood": ["tired af", "chillin", "dead", "stressed", "good", "hungry", "bored"],
    "team": ["Falcons", "Hawks", "Braves", "Dawgs", "Bulldogs", "Saints"],
    "game": ["CoD", "2K", "Madden", "Warzone", "Fortnite", "FC"],
}
CHATTER = {
    "tasha": {
        "me": ["you want {food} {time}?", "at {place}", "im {mood}", "{thing} acting up again",
               "{person} said hey", "what you doing {time}", "on my way to {place}",
               "traffic crazy", "you home?", "{person} got me {mood} today",
               "thinking bout you", "we still doing {food} {time}", "babe where the charger at",
               "my bad i fell asleep", "ok im outside", "lmk if you need me to grab anything",
               "they kept us late again", "ugh {thing} again"],
        "tasha": ["get {food} pls", "im at {place} with {person}", "im {mood}",
                  "{person} was asking about you", "what time you off {time}",
                  "dont forget {thing}", "you coming {time}?", "[image]",
                  "my feet hurt 😩", "{person} called me crying lol long story",
                  "netflix {time}?", "i want {food} so bad", "text me when you get there",
                  "the landlord put a note on the door again", "did you see my snap",
                  "ok but why is {person} like that", "im proud of you babe"],
    },
    "jay": {
        "me": ["{game} {time}?", "{team} looking bad", "at {place}", "you seen {person}",
               "im {mood} bro", "{team} by 7 easy", "new {game} season fire"],
        "jay": ["{game} {time}", "yo {team} lost again 😭", "{person} wildin", "im {mood}",
                "bring {food}", "{team} +3 lock it in", "pull up to {place}"],
    },
    "kev": {
        "me": ["{thing} broke down again", "im {mood} man", "dock 4 backed up", "you working {time}?",
               "manager on one today", "need a hand at dock 2", "trucks late again"],
        "kev": ["{person} looking for you", "we short 2 guys {time}", "break?", "im {mood}",
                "scanner dead again", "{team} tho", "you want {food} from across the street"],
    },
    "mom": {
        "me": ["ill stop by {time} ma", "want {food}?", "{thing} fixed", "{person} said hey",
               "im {mood} ma", "you need anything from {place}"],
        "mom": ["I made {food}", "Bring {person} {time}", "Be safe at work baby",
                "I saw {person} at {place}", "Call me {time}", "{thing} working again thank you"],
    },
}


def chatter_gen(key: str):
    def gen(rng: random.Random, who: str) -> str:
        from common import fill_slots
        return fill_slots(rng, CHATTER[key]["me" if who == "me" else key], SLOTS)
    return gen
