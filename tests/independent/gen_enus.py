"""EN-US: Tyler Brennan, freight broker in Philadelphia. WhatsApp iOS, bank CSV, Venmo, Reddit, Records.json."""

from __future__ import annotations

import csv
import io
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from gen_common import ME, PII, Chat, Msg, in_window, jitter, luhn_complete, to_utc, write_text
from gen_formats import records_json, whatsapp_ios
from gen_persona_util import check_pii, count_1to1, drop_sleep, ground_truth, script
from gen_text import en_rants, run_chat, spread

PID = "enus_philadelphia"
TZ = "America/New_York"
START, END = date(2024, 9, 1), date(2025, 2, 28)
SLEEP = ("00:45", "07:15")
HOME = (39.976823, -75.126214)
WORK = (39.953301, -75.172012)
HOME_ADDR = "2214 E Susquehanna Ave, Philadelphia, PA 19125"
EMPLOYER = "Schuylkill Logistics Group"
ME_NAME = "Tyler Brennan"
BRI = "Bri 💕"
MOM = "Mom"
KEV = "Kevin Brennan"
RISKY = "Doug Pellegrino"
WORKMATE = "Sarah Kim"
HOURS = {
    7: 2,
    8: 2,
    9: 1,
    10: 1,
    11: 1,
    12: 3,
    13: 2,
    14: 1,
    15: 1,
    16: 1,
    17: 3,
    18: 3,
    19: 4,
    20: 4,
    21: 5,
    22: 5,
    23: 4,
    0: 2,
}

BRI_SN = [
    [
        ("them", "hey babe you home yet?"),
        ("me", "10 min out"),
        ("them", "ok grab {thing} pls"),
        ("me", "on it"),
    ],
    [
        ("me", "what do u want for dinner"),
        ("them", "{food}??"),
        ("me", "say less"),
        ("them", "love you"),
    ],
    [
        ("them", "did you see what my sister posted"),
        ("me", "no lol what"),
        ("them", "she's moving to Denver 😭"),
        ("me", "damn. you ok?"),
        ("them", "ya just gonna miss her"),
    ],
    [
        ("me", "running late, traffic on 95 is a nightmare"),
        ("them", "ofc it is"),
        ("me", "save me some {food}"),
    ],
    [
        ("them", "good morning handsome ☀️"),
        ("me", "morning beautiful"),
        ("them", "dont forget we have dinner w my parents {time}"),
        ("me", "I know I know"),
    ],
    [("me", "miss you"), ("them", "miss you more 🥺"), ("me", "impossible")],
    [
        ("them", "can u start {show} w/o me"),
        ("me", "I would never"),
        ("them", "liar you did last time"),
    ],
    [
        ("me", "babe where are the car keys"),
        ("them", "counter by the fridge"),
        ("me", "ur a lifesaver"),
    ],
    [
        ("them", "Tyyyy"),
        ("me", "whaaat"),
        ("them", "nothing just bored at work"),
        ("me", "lol same"),
    ],
    [
        ("me", "I'll be home after the game"),
        ("them", "which game there's like 5 a day"),
        ("me", "the birds obviously"),
        ("them", "🙄 ok"),
    ],
    [
        ("them", "ur mom called me lol"),
        ("me", "oh no what did she want"),
        ("them", "thanksgiving logistics. she's intense"),
        ("me", "sorry in advance"),
    ],
    [("them", "did u pay the PECO bill"), ("me", "yep this am"), ("them", "ty love")],
    [("me", "it's {weather} out, want me to pick u up"), ("them", "yes pls 🥹")],
    [
        ("them", "are you betting on the game again"),
        ("me", "just a small one"),
        ("them", "Tyler."),
        ("me", "$20 I swear"),
    ],
    [("me", "night babe"), ("them", "night love u"), ("me", "love u too")],
    [("them", "gym tonight?"), ("me", "legs 😩"), ("them", "no excuses")],
    [("me", "they're out of {thing} at the acme"), ("them", "try the one on aramingo")],
    [("them", "can we do a date night this weekend"), ("me", "yes. {food}?"), ("them", "perfect")],
]
MOM_SN = [
    [
        ("them", "Hi honey are you coming Sunday"),
        ("me", "yeah we'll be there around {time}"),
        ("them", "Bring Brianna!"),
        ("me", "obviously ma"),
    ],
    [
        ("them", "Did you get your flu shot"),
        ("me", "not yet"),
        ("them", "Tyler please"),
        ("me", "ok ok this week"),
    ],
    [
        ("them", "Your father wants to know if you're watching the game at the house"),
        ("me", "maybe, depends on work"),
        ("them", "ok let us know so I can make wings"),
    ],
    [("me", "hey ma can I borrow the big cooler"), ("them", "Of course it's in the garage")],
    [("them", "Call your grandmother it's her birthday"), ("me", "doing it now")],
    [("them", "Love you sweetheart"), ("me", "love you too mom")],
    [("them", "Aunt Theresa says hi"), ("me", "tell her hi back")],
    [
        ("them", "Are you eating enough vegetables"),
        ("me", "mom I'm 34"),
        ("them", "That's not an answer"),
    ],
    [
        ("them", "Can you look at my laptop this weekend, it's doing the thing again"),
        ("me", "yeah I'll swing by saturday"),
    ],
    [("me", "happy birthday mom!! ❤️"), ("them", "Thank you baby! Dinner at 6 don't be late")],
]
KEV_SN = [
    [
        ("them", "yo"),
        ("me", "sup"),
        ("them", "u watching the game"),
        ("me", "obviously"),
        ("them", "this defense is killing me"),
    ],
    [
        ("me", "bro you still have my drill"),
        ("them", "maybe"),
        ("me", "kev"),
        ("them", "ok yes I'll bring it sunday"),
    ],
    [
        ("them", "ma is on one again about thanksgiving"),
        ("me", "lmao I know she texted me 4 times"),
    ],
    [("them", "my fantasy team is cooked"), ("me", "told u not to draft him"), ("them", "shut up")],
    [("me", "happy hour {time}? fishtown tavern"), ("them", "bet"), ("me", "see u there")],
    [
        ("them", "big bro I need a favor"),
        ("me", "what now"),
        ("them", "help me move a couch saturday"),
        ("me", "u owe me a cheesesteak"),
    ],
    [
        ("them", "did u see that catch 😳"),
        ("me", "INSANE"),
        ("them", "hurts says the birds win by 10"),
        ("me", "from ur mouth to god's ears lol"),
    ],
    [("me", "lmk if u want in on the parlay"), ("them", "nah I'm good, still down from last week")],
    [("them", "sick play last night"), ("me", "i almost died"), ("them", "same")],
]
WORK_SN = [
    [
        ("them", "Tyler are you covering the Allentown load today?"),
        ("me", "yep, driver confirmed for 2pm"),
        ("them", "perfect thanks"),
    ],
    [("them", "rate con for the reefer came back"), ("me", "sending it to accounting now")],
    [("me", "running 10 min late, septa is a mess"), ("them", "np I'll tell Rich")],
    [("them", "standup moved to 10:30"), ("me", "👍")],
    [("them", "office politics update: Rich wants everyone in on fridays now"), ("me", "ugh. ok")],
]
GROUP_SN = [
    [
        ("Mike Russo", "who's hosting sunday"),
        ("me", "my place, bring chairs"),
        ("Jay Okafor", "I got the beer"),
    ],
    [
        ("Jay Okafor", "that ref should be fired"),
        ("Mike Russo", "fr"),
        ("me", "worst call of the season"),
    ],
    [
        ("me", "fantasy trade deadline is tmrw ppl"),
        ("Mike Russo", "anyone want my RB"),
        ("Jay Okafor", "no lol"),
    ],
    [("Mike Russo", "who's in for the Sixers thurs"), ("me", "me"), (RISKY, "in")],
    [("Jay Okafor", "happy bday mikey 🎉"), ("me", "hbd bro"), (RISKY, "happy birthday man")],
]
RISKY_REPLIES = [
    "here we go again",
    "doug. it's a football chat",
    "lol ok doug",
    "bro take a breath",
    "🍿",
    "not this again",
    "ok but who's bringing chips sunday",
    "you good man?",
    "lmaooo",
    "can we talk about the game pls",
]


def build(out: Path) -> None:
    rng = random.Random(20240902)
    folder = out / PID
    pii = PII()
    bri = Chat(BRI, [ME, BRI])
    mom = Chat(MOM, [ME, MOM])
    kev = Chat(KEV, [ME, KEV])
    work = Chat(WORKMATE, [ME, WORKMATE])
    group = Chat("Fishtown Fantasy 🏈", [ME, RISKY, "Mike Russo", "Jay Okafor"], group=True)
    run_chat(
        rng,
        bri,
        START,
        END,
        2.2,
        BRI_SN,
        "en",
        HOURS,
        SLEEP,
        {"image": 0.12, "sticker": 0.05, "voice": 0.03},
    )
    run_chat(
        rng,
        mom,
        START,
        END,
        1.25,
        MOM_SN,
        "en",
        {9: 2, 12: 2, 17: 2, 18: 3, 19: 3, 20: 2},
        SLEEP,
        {"image": 0.1},
    )
    run_chat(rng, kev, START, END, 0.7, KEV_SN, "en", HOURS, SLEEP, {"image": 0.05, "video": 0.03})
    run_chat(
        rng,
        work,
        START,
        END,
        0.45,
        WORK_SN,
        "en",
        {9: 3, 10: 2, 11: 2, 13: 2, 14: 2, 15: 2, 16: 1},
        SLEEP,
    )
    work.messages = [m for m in work.messages if m.local.weekday() < 5]
    run_chat(rng, group, START, END, 0.4, GROUP_SN, "en", HOURS, SLEEP, {"image": 0.1})
    for t, text in zip(
        spread(rng, START, END, 125, [8, 9, 12, 13, 18, 19, 20, 21, 22, 23]),
        en_rants(rng, 125),
        strict=True,
    ):
        group.messages.append(Msg(t, RISKY, text))
        if rng.random() < 0.3:
            group.messages.append(
                Msg(
                    t + timedelta(minutes=rng.randrange(1, 40)),
                    rng.choice([ME, "Mike Russo", "Jay Okafor"]),
                    rng.choice(RISKY_REPLIES),
                )
            )

    # gambling: late-night betting talk, spread over months
    bets = [
        [
            ("me", "3 leg parlay hit 🔥🔥"),
            ("them", "how much"),
            ("me", "+$340"),
            ("them", "dinner on you"),
        ],
        [
            ("me", "lost the parlay on the last leg AGAIN"),
            ("them", "maybe stop then?"),
            ("me", "one more weekend"),
        ],
        [
            ("them", "why is there a draftkings charge for $200"),
            ("me", "I'll win it back relax"),
            ("them", "that's literally what you said last time"),
        ],
        [
            ("me", "going to rivers w the guys after work"),
            ("them", "set a limit pls"),
            ("me", "$150 max promise"),
        ],
        [
            ("me", "up 600 on fanduel this month babe"),
            ("them", "and down how much last month"),
            ("me", "details"),
        ],
        [("me", "live betting the 4th quarter rn"), ("them", "go to sleep Ty")],
    ]
    for t in spread(rng, START, END, 26, [21, 22, 23, 0]):
        script(bri, t, rng.choice(bets), rng)
    for t in spread(rng, START, END, 10, [20, 22]):
        script(
            kev,
            t,
            rng.choice(
                [
                    [("me", "who u got tonight, taking the over"), ("them", "under all day")],
                    [("me", "put 50 on the sixers ML"), ("them", "brave")],
                    [("them", "u hit that same game parlay?"), ("me", "2 of 3. story of my life")],
                ]
            ),
            rng,
        )
    # distractors
    script(
        bri,
        datetime(2024, 10, 13, 16, 2, 0),
        [
            ("me", "jesus christ this game is killing me"),
            ("them", "lol breathe"),
            ("me", "pray for me"),
        ],
        rng,
    )
    script(
        kev,
        datetime(2024, 11, 17, 21, 10, 0),
        [
            ("them", "broke till friday lol"),
            ("me", "want me to venmo u for the tickets later"),
            ("them", "nah im good just being dramatic"),
        ],
        rng,
    )
    script(
        mom,
        datetime(2024, 12, 22, 10, 0, 0),
        [
            ("them", "Christmas Eve at Aunt Theresa's, 5pm"),
            ("me", "we'll be there"),
            ("them", "God bless, see you then"),
        ],
        rng,
    )

    # PII in free text
    ssn = "212-47-8853"
    card = luhn_complete("414720291847556")
    script(
        mom,
        datetime(2025, 2, 3, 19, 22, 0),
        [
            (
                "me",
                "ma do u still have my social security card? need it for the mortgage preapproval",
            ),
            ("them", "I have a copy. It's 212-47-8853"),
            ("me", "thanks. maybe don't text that around lol"),
            ("them", "Who would I text it to??"),
        ],
        rng,
    )
    script(
        bri,
        datetime(2024, 12, 29, 20, 40, 0),
        [
            ("them", "booking cancun rn, what's your passport number"),
            ("me", "574839201 exp 2031"),
            ("them", "and the card?"),
            ("me", card + " 09/27"),
            ("them", "done!! 🌴"),
        ],
        rng,
    )
    script(
        kev,
        datetime(2024, 9, 20, 18, 5, 0),
        [
            ("them", "whats ur new address again for the package"),
            ("me", HOME_ADDR),
            ("them", "got it"),
        ],
        rng,
    )
    script(
        work,
        datetime(2024, 10, 2, 11, 15, 0),
        [
            ("them", "can you send me your contact for the carrier sheet"),
            ("me", "(215) 555-0147 / tyler.brennan@example.com"),
            ("them", "thx"),
        ],
        rng,
    )
    script(
        group,
        datetime(2024, 11, 5, 19, 0, 0),
        [
            ("Mike Russo", "Doug whats your cell again"),
            (RISKY, "267-555-0193"),
            ("Jay Okafor", "my new email is jay.okafor@example.net for the league invite"),
            ("me", "league link https://fantasy.example.com/league/48213/invite"),
        ],
        rng,
    )
    script(
        bri,
        datetime(2024, 11, 2, 13, 0, 0),
        [
            ("them", "Kev said Jess is coming to thanksgiving"),
            ("me", "Jessica Brennan? his ex?? lol ok"),
        ],
        rng,
    )
    # location pins
    for i in range(8):
        t = datetime(2024, 9, 6, 18, 0, 0) + timedelta(days=21 * i)
        la, lo = jitter(rng, *HOME, 25)
        bri.messages.append(Msg(t, ME, "", "location", la, lo))
    for c in (bri, mom, kev, work, group):
        drop_sleep(c, SLEEP, 0.85, rng)
        c.sort()
    chats = {BRI: bri, MOM: mom, KEV: kev, WORKMATE: work, "Fishtown Fantasy 🏈": group}
    for name, c in chats.items():
        rel = f"whatsapp/WhatsApp Chat - {name}/_chat.txt"
        whatsapp_ios(folder / rel, c, ME_NAME)
        pii.add(rel, "PERSON", ME_NAME)
        if name not in (MOM, BRI, "Fishtown Fantasy 🏈"):
            pii.add(rel, "PERSON", name)
    pii.add(f"whatsapp/WhatsApp Chat - {MOM}/_chat.txt", "US_SSN", ssn)
    b = f"whatsapp/WhatsApp Chat - {BRI}/_chat.txt"
    pii.add(b, "US_PASSPORT", "574839201")
    pii.add(b, "CREDIT_CARD", card)
    pii.add(b, "PERSON", "Kev")
    pii.add(b, "PERSON", "Jessica Brennan")
    pii.add(b, "PERSON", "Bri")
    pii.add(f"whatsapp/WhatsApp Chat - {MOM}/_chat.txt", "PERSON", "Brianna")
    pii.add(f"whatsapp/WhatsApp Chat - {MOM}/_chat.txt", "PERSON", "Aunt Theresa")
    pii.add(f"whatsapp/WhatsApp Chat - {KEV}/_chat.txt", "LOCATION", HOME_ADDR)
    w = f"whatsapp/WhatsApp Chat - {WORKMATE}/_chat.txt"
    pii.add(w, "PHONE_NUMBER", "(215) 555-0147")
    pii.add(w, "EMAIL_ADDRESS", "tyler.brennan@example.com")
    pii.add(w, "PERSON", "Rich")
    g = "whatsapp/WhatsApp Chat - Fishtown Fantasy 🏈/_chat.txt"
    for v in (RISKY, "Mike Russo", "Jay Okafor", "Doug"):
        pii.add(g, "PERSON", v)
    pii.add(g, "PHONE_NUMBER", "267-555-0193")
    pii.add(g, "EMAIL_ADDRESS", "jay.okafor@example.net")
    pii.add(g, "URL", "https://fantasy.example.com/league/48213/invite")

    bank(folder, rng, pii)
    venmo(folder, rng, pii)
    reddit(folder, rng, pii)
    location(folder, rng)
    check_pii(folder, pii)
    facts = {
        "home": {
            "lat": HOME[0],
            "lon": HOME[1],
            "radius_m": 300,
            "address": HOME_ADDR,
            "city": "Philadelphia",
        },
        "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
        "sleep_window": {"start": SLEEP[0], "end": SLEEP[1], "tolerance_min": 60},
        "top_contacts": [
            {"name": n, "messages": count_1to1(c)} for n, c in ((BRI, bri), (MOM, mom), (KEV, kev))
        ],
        "relationships": [
            {"name": BRI, "relationship": "partner", "full_name": "Brianna Lopez"},
            {"name": MOM, "relationship": "mother", "full_name": "Denise Brennan"},
            {"name": KEV, "relationship": "brother", "full_name": "Kevin Brennan"},
            {"name": WORKMATE, "relationship": "colleague", "full_name": "Sarah Kim"},
        ],
        "religion": {"value": False},
        "health": {"value": False},
        "politics": {"value": False},
        "financial_stress": {"value": False},
        "gambling": {"value": True},
        "gaming": {"value": False},
        "salary": {"amount": "2187.44", "currency": "USD", "payer": EMPLOYER, "period": "biweekly"},
        "risky_contact": {
            "name": RISKY,
            "why": "in the WhatsApp group 'Fishtown Fantasy' posts 125 angry messages about taxes, officials, corruption, lies and 'the system'",
        },
    }
    tc = facts["top_contacts"]
    assert tc[0]["messages"] > tc[1]["messages"] > tc[2]["messages"] > count_1to1(work)  # type: ignore[index]
    ground_truth(
        folder,
        PID,
        "Tyler Brennan: a fictional 34-year-old freight broker living in Fishtown, Philadelphia, working in Center City; bets on sports.",
        TZ,
        {
            "names": [ME_NAME, "Tyler", "Ty"],
            "phones": ["(215) 555-0147", "+12155550147"],
            "emails": ["tyler.brennan@example.com"],
            "handles": ["BirdsGangTy215", "@tyler-brennan-215"],
        },
        pii,
        facts,
    )


def bank(folder: Path, rng: random.Random, pii: PII) -> None:
    """Chase-style checking CSV: Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #."""
    rows: list[tuple[date, str, float, str, str]] = []
    d = START
    pay = date(2024, 9, 6)
    while d <= END:
        if d == pay:
            rows.append(
                (
                    d,
                    "SCHUYLKILL LOGISTI PAYROLL                  PPD ID: 9111036512",
                    2187.44,
                    "ACH_CREDIT",
                    "CREDIT",
                )
            )
            pay += timedelta(days=14)
        if d.weekday() < 5 and rng.random() < 0.4:
            rows.append(
                (
                    d,
                    rng.choice(
                        [
                            "WAWA 8125 PHILADELPHIA PA",
                            "SEPTA KEY PHILADELPHIA PA",
                            "STARBUCKS STORE 11843 PHILADELPHIA PA",
                            "SAXBYS 1900 MARKET PHILADELPHIA PA",
                        ]
                    ),
                    -round(rng.uniform(2.5, 14.9), 2),
                    "DEBIT_CARD",
                    "DEBIT",
                )
            )
        if rng.random() < 0.18:
            rows.append(
                (
                    d,
                    rng.choice(
                        [
                            "ACME 7845 PHILADELPHIA PA",
                            "TARGET T-2544 PHILADELPHIA PA",
                            "AMAZON MKTPL*ZH4TQ0A12 Amzn.com/bill WA",
                            "SHOPRITE ARAMINGO PHILADELPHIA PA",
                            "LOS CABOS TAQUERIA CAMDEN NJ",
                            "PAT'S KING OF STEAKS PHILADELPHIA PA",
                        ]
                    ),
                    -round(rng.uniform(8, 140), 2),
                    "DEBIT_CARD",
                    "DEBIT",
                )
            )
        if d.weekday() in (4, 5, 6) and rng.random() < 0.35:
            hr = (
                "DRAFTKINGS SPORTSBOOK BOSTON MA"
                if rng.random() < 0.6
                else "FANDUEL SPORTSBOOK NEW YORK NY"
            )
            rows.append(
                (d, hr, -float(rng.choice([25, 50, 50, 100, 100, 200, 250])), "DEBIT_CARD", "DEBIT")
            )
        if rng.random() < 0.05:
            rows.append(
                (
                    d,
                    "DRAFTKINGS WITHDRAWAL PPD ID: 1462483952",
                    float(rng.choice([120, 340, 85.5, 610])),
                    "ACH_CREDIT",
                    "CREDIT",
                )
            )
        if d.day == 1:
            rows.append(
                (
                    d,
                    "Zelle payment to Mark Ianelli Rent JPM99a7c3f12",
                    -1450.0,
                    "QUICKPAY_DEBIT",
                    "DEBIT",
                )
            )
        if d.day == 12:
            rows.append(
                (
                    d,
                    "PECO ENERGY PAYMENT PPD ID: 1230354520",
                    -round(rng.uniform(70, 160), 2),
                    "ACH_DEBIT",
                    "DEBIT",
                )
            )
        if d.day == 20:
            rows.append(
                (
                    d,
                    "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224",
                    -round(rng.uniform(300, 900), 2),
                    "ACH_DEBIT",
                    "DEBIT",
                )
            )
        d += timedelta(days=1)
    rows.append((date(2024, 10, 19), "RIVERS CASINO PHILADELPHIA PA", -300.0, "ATM", "DEBIT"))
    rows.append((date(2024, 12, 14), "RIVERS CASINO PHILADELPHIA PA", -200.0, "ATM", "DEBIT"))
    rows.append(
        (date(2024, 11, 2), "CVS/PHARMACY #02341 PHILADELPHIA PA", -17.43, "DEBIT_CARD", "DEBIT")
    )
    rows.sort(key=lambda r: r[0])
    bal = 3120.55
    out: list[list[str]] = []
    for r in rows:
        bal = round(bal + r[2], 2)
        out.append([r[4], f"{r[0]:%m/%d/%Y}", r[1], f"{r[2]:.2f}", r[3], f"{bal:.2f}", ""])
    out.reverse()
    buf = io.StringIO()
    wtr = csv.writer(buf, lineterminator="\n")
    wtr.writerow(
        ["Details", "Posting Date", "Description", "Amount", "Type", "Balance", "Check or Slip #"]
    )
    for r in out:
        wtr.writerow(r)
    text = (
        "\n".join(line + "," if i else line for i, line in enumerate(buf.getvalue().splitlines()))
        + "\n"
    )
    write_text(folder / "bank/Chase4417_Activity_20250301.CSV", text)
    pii.add("bank/Chase4417_Activity_20250301.CSV", "PERSON", "Mark Ianelli")


def venmo(folder: Path, rng: random.Random, pii: PII) -> None:
    head = [
        ",ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (tip),Amount (tax),Amount (fee),Tax Rate,Tax Exempt,Funding Source,Destination,Beginning Balance,Ending Balance,Statement Period Venmo Fees,Terminal Location,Year to Date Venmo Fees,Disclaimer"
    ]
    lines = [
        "Account Statement - (@tyler-brennan-215) ,,,,,,,,,,,,,,,,,,,,,",
        "Account Activity,,,,,,,,,,,,,,,,,,,,,",
        *head,
        ",,,,,,,,,,,,,,,,$42.10,,,,,",
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    items = [
        ("Payment", "🍕🍺", "Mike Russo", ME_NAME, 28.0, True),
        ("Payment", "eagles tix", ME_NAME, "Kevin Brennan", 95.0, False),
        ("Payment", "parlay $$ pay up", "Jay Okafor", ME_NAME, 40.0, True),
        ("Payment", "sixers", ME_NAME, "Mike Russo", 62.0, False),
        ("Payment", "gas money", "Brianna Lopez", ME_NAME, 30.0, True),
        ("Payment", "squares pool 🏈", ME_NAME, "Doug Pellegrino", 20.0, False),
        ("Payment", "dinner @ Suraya", ME_NAME, "Brianna Lopez", 74.5, False),
        ("Payment", "lost the bet fair and square 😤", "Kevin Brennan", ME_NAME, 50.0, True),
        ("Charge", "Utilities", "Mark Ianelli", ME_NAME, 64.2, False),
        ("Payment", "fantasy league buy in", ME_NAME, "Jay Okafor", 100.0, False),
    ]
    bal = 42.10
    plan = []
    for i in range(48):
        typ, note, frm, to, amt, incoming = items[i % len(items)]
        amt = round(amt * rng.choice([1, 1, 1, 1.5, 0.5]), 2)
        local = datetime(2024, 9, 2, 12, 0) + timedelta(
            minutes=rng.randrange(0, 60 * 24 * 178), seconds=rng.randrange(60)
        )
        if in_window(local, *SLEEP):
            local += timedelta(hours=9)
        plan.append((local, typ, note, frm, to, amt, incoming, rng.randrange(10**17)))
    plan.sort()
    for local, typ, note, frm, to, amt, incoming, rid in plan:
        stamp = to_utc(TZ, local).strftime("%Y-%m-%dT%H:%M:%S")
        sign = "+" if incoming else "-"
        if incoming:
            bal += amt
        fund = "" if incoming else ("Venmo balance" if bal > amt + 5 else "Chase Checking *4417")
        if not incoming and fund == "Venmo balance":
            bal -= amt
        dest = "Venmo balance" if incoming else ""
        w.writerow(
            [
                "",
                str(3900000000000000000 + rid),
                stamp,
                typ,
                "Complete",
                note,
                frm,
                to,
                f"{sign} ${amt:,.2f}",
                "",
                "0",
                "",
                "0",
                "",
                fund,
                dest,
                "",
                "",
                "",
                "Venmo",
                "",
                "",
            ]
        )
    lines.append(buf.getvalue().rstrip("\n"))
    lines.append(f",,,,,,,,,,,,,,,,,${bal:,.2f},$0.00,,$0.00,")
    write_text(
        folder / "venmo/VenmoStatement_September_2024_to_February_2025.csv", "\n".join(lines) + "\n"
    )
    for v in (
        "Mike Russo",
        "Kevin Brennan",
        "Jay Okafor",
        "Brianna Lopez",
        "Doug Pellegrino",
        "Mark Ianelli",
        ME_NAME,
    ):
        pii.add("venmo/VenmoStatement_September_2024_to_February_2025.csv", "PERSON", v)
    pii.add(
        "venmo/VenmoStatement_September_2024_to_February_2025.csv", "USERNAME", "@tyler-brennan-215"
    )


def reddit(folder: Path, rng: random.Random, pii: PII) -> None:
    ips = ["198.51.100.23", "198.51.100.87", "203.0.113.54"]
    posts = [
        (
            "sportsbook",
            "Tail or fade: my 4 leg NFL parlay for Sunday",
            "Eagles ML, Ravens -3, over 47.5 in KC, Lions ML. talk me out of it",
        ),
        (
            "sportsbook",
            "Finally hit a same game parlay after 11 straight losses",
            "+$340 on a $15 bet. not telling my gf how many I lost before this",
        ),
        (
            "eagles",
            "That 4th down call was insane",
            "sirianni has ice in his veins or no brain, still deciding",
        ),
        (
            "philadelphia",
            "Best cheesesteak that isn't a tourist trap?",
            "moved to fishtown last year, still haven't found my spot",
        ),
        ("fantasyfootball", "Trade advice: my WR2 for their RB1?", "12 team PPR, currently 4-5"),
        (
            "sportsbook",
            "Anyone else chasing losses on live bets? how do you stop",
            "asking for a friend lol. down ~600 this month",
        ),
        ("philadelphia", "SEPTA trolley tunnel closed again?", "anyone know how long"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"])
    for i, (sub, title, body) in enumerate(posts):
        local = datetime(2024, 9, 8, 22, 15) + timedelta(days=23 * i, minutes=rng.randrange(0, 80))
        pid = f"1f{rng.randrange(36**4):04x}"
        url = f"https://www.reddit.com/r/{sub}/comments/{pid}/"
        w.writerow(
            [
                pid,
                url,
                to_utc(TZ, local).strftime("%Y-%m-%d %H:%M:%S UTC"),
                ips[i % 3],
                sub,
                "0",
                title,
                url,
                body,
            ]
        )
    write_text(folder / "reddit/posts.csv", buf.getvalue())
    comments = [
        "same, this team is gonna give me a heart attack lol",
        "the line moved 2 pts since this morning, sharp money on the under",
        "bet365 boosted it to +450, tailing",
        "Fishtown Tavern has the games on every screen fyi",
        "don't bet what you can't lose. says the guy who just lost $200 on a kicker",
        "lmao this is killing me",
        "SEPTA strikes again",
        "jesus take the wheel",
        "Pray for my parlay 🙏",
        "the Wawa on Girard is superior dont @ me",
        "taking the over every time until it stops working",
        "this sub is the only place that understands me",
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "id",
            "permalink",
            "date",
            "ip",
            "subreddit",
            "gildings",
            "link",
            "parent",
            "body",
            "media",
        ]
    )
    for i in range(60):
        local = datetime(2024, 9, 1, 20, 0) + timedelta(
            minutes=rng.randrange(0, 60 * 24 * 178), seconds=rng.randrange(60)
        )
        if in_window(local, *SLEEP):
            local += timedelta(hours=9)
        sub = rng.choice(["sportsbook", "sportsbook", "eagles", "philadelphia", "fantasyfootball"])
        cid = f"l{rng.randrange(36**5):06x}"
        body = comments[i % len(comments)]
        w.writerow(
            [
                cid,
                f"https://www.reddit.com/r/{sub}/comments/1f{rng.randrange(36**4):04x}/_/{cid}/",
                to_utc(TZ, local).strftime("%Y-%m-%d %H:%M:%S UTC"),
                rng.choice(ips),
                sub,
                "0",
                f"https://www.reddit.com/r/{sub}/comments/1f{rng.randrange(36**4):04x}/",
                f"t1_{rng.randrange(36**5):06x}",
                body,
                "",
            ]
        )
    write_text(folder / "reddit/comments.csv", "\ufeff" + buf.getvalue())
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"])
    w.writerow(
        [
            "2bq8xk",
            "https://www.reddit.com/message/messages/2bq8xk",
            "",
            "2024-11-09 03:12:44 UTC",
            "198.51.100.23",
            "BirdsGangTy215",
            "fishtown_mike",
            "league",
            "yo it's Tyler from the group chat, text me 215-555-0147 about the league",
        ]
    )
    write_text(folder / "reddit/messages.csv", buf.getvalue())
    for f in ("reddit/posts.csv", "reddit/comments.csv"):
        for ip in ips:
            pii.add(f, "IP_ADDRESS", ip)
    pii.add("reddit/messages.csv", "IP_ADDRESS", "198.51.100.23")
    pii.add("reddit/messages.csv", "USERNAME", "BirdsGangTy215")
    pii.add("reddit/messages.csv", "USERNAME", "fishtown_mike")
    pii.add("reddit/messages.csv", "PHONE_NUMBER", "215-555-0147")
    pii.add("reddit/messages.csv", "PERSON", "Tyler")


def location(folder: Path, rng: random.Random) -> None:
    casino = (39.965340, -75.132821)
    stadium = (39.901399, -75.167500)
    bar = (39.972410, -75.133120)
    pts: list[tuple[datetime, float, float, int]] = []
    d = date(2024, 10, 15)
    while d <= END:
        wd = d.weekday() < 5
        t = datetime(d.year, d.month, d.day, 0, rng.randrange(0, 30))
        plan: list[tuple[int, float, tuple[float, float]]] = []
        if wd:
            plan = [(8, 0.0, HOME), (9, 0.2, WORK), (17, 0.6, WORK), (18, 0.5, HOME)]
        else:
            plan = [
                (11, 0.0, HOME),
                (13, 0.0, bar if rng.random() < 0.4 else HOME),
                (17, 0.0, HOME),
            ]
        if d.weekday() == 6 and d.month in (10, 11, 12, 1) and rng.random() < 0.35:
            plan = [(11, 0.0, HOME), (12, 0.0, stadium), (17, 0.0, HOME)]
        if d.weekday() in (4, 5) and rng.random() < 0.22:
            plan.append((21, 0.0, casino))
        cur = HOME
        hour_end = 24 + 1
        step = 0
        while t.hour < 24 and t.date() == d:
            target = cur
            for h, _, place in plan:
                if t.hour >= h:
                    target = place
            if target is not cur:
                # travel points between places
                for k in range(1, 4):
                    la = cur[0] + (target[0] - cur[0]) * k / 4
                    lo = cur[1] + (target[1] - cur[1]) * k / 4
                    pts.append((t, *jitter(rng, la, lo, 60), rng.choice([8, 12, 20])))
                    t += timedelta(minutes=rng.randrange(4, 9))
                cur = target
            la, lo = jitter(rng, *cur, 35)
            pts.append((t, la, lo, rng.choice([10, 14, 20, 35, 65, 1400])))
            t += timedelta(minutes=rng.randrange(25, 55))
            step += 1
            if step > hour_end * 3:
                break
        d += timedelta(days=1)
    records_json(
        folder / "google/Takeout/Location History (Timeline)/Records.json",
        [p for p in pts if p[0].date() <= END],
        TZ,
        1284302118,
    )
