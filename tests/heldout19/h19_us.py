"""Persona us_tucson_dante: Dante Villarreal, HVAC technician in Tucson, Arizona."""
import csv
import re
import datetime as dt
import io
import json
import random
from zoneinfo import ZoneInfo

from h19_common import UTC, Registry, schedule, political, stays, write_bytes, write_json, fb_mojibake

PID = "us_tucson_dante"
TZ = "America/Phoenix"
START = dt.date(2024, 1, 8)
DAYS = 91
ME = "Dante Villarreal"
USER = {
    "names": ["Dante Villarreal", "Dante"],
    "phones": ["(520) 555-0162", "520-555-0162", "+15205550162"],
    "emails": ["dante.villarreal@example.com"],
    "handles": ["desert_wrench_520", "u/desert_wrench_520"],
}
HOME = dict(name="Home", lat=32.25744, lon=-110.93371, address="3318 N Calle Picaflor, Tucson, AZ 85719")
WORK = dict(name="Sonoran Comfort Heating & Air", lat=32.17391, lon=-110.95942, address="4450 S Park Ave, Tucson, AZ 85714")
CHURCH = dict(name="St. Cyprian Catholic Church", lat=32.23821, lon=-110.91766, address="Tucson, AZ")
MOM = dict(name="Rosa's house", lat=32.19473, lon=-111.00268, address="Tucson, AZ")
TREV = dict(name="Trevor's apartment", lat=32.28562, lon=-110.97744, address="Tucson, AZ")
GYM = dict(name="Planet Fitness", lat=32.25004, lon=-110.94621, address="Tucson, AZ")

CHATS = [  # title, target, relationship, full name
    ("Marisol Ochoa", 228, "partner"),
    ("Trevor Nguyen", 163, "close_friend"),
    ("Rosa Villarreal", 124, "mother"),
    ("Hector Baca", 71, "colleague"),
]
GROUP = "Villarreal Familia 🌵"
RISKY = "Ramiro Villarreal"

MARI_PLANT = [
    [("me", "for the taxes my SSN is 600-48-2917, the W-2 thing is on the fridge"), ("them", "got it babe")],
    [("them", "did u renew ur license yet"), ("me", "ya new number is D04718263 lol same photo tho")],
    [("me", "rocky point in april still on? need ur passport # for the reservation. mine is 583920174"),
     ("them", "yesss 🏖️ ill send mine")],
    [("me", "10am mass sunday then breakfast at Baja Cafe?"), ("them", "ok but im not doing the 7:30 again 😂")],
    [("me", "no meat fridays for lent so fish tacos tonight"), ("them", "fine by me")],
    [("me", "doing confession saturday before mass, been a minute"), ("them", "proud of u")],
    [("them", "{{PERSON|Hunter}} got an A on his science project!!"), ("me", "thats my guy 🙌 tell him im getting him wings")],
    [("me", "ok im hopping on elden ring w {{PERSON|Trev}} tonight dont wait up"), ("them", "nerd ❤️")],
    [("them", "my new # is {{PHONE_NUMBER|(520) 555-0147}} the old one got hacked or something"), ("me", "saved")],
    [("me", "put the {{LICENSE_PLATE|KPD7391}} in the garage, monsoon is early this year lol jk its march"), ("them", "lmao")],
    [("them", "use my card for the pizza {{CREDIT_CARD|4147 2098 3615 2804}} exp 11/26"), ("me", "bet")],
    [("them", "ur mom's sugar was high again, ur cousin called"), ("me", "ugh ill call her after work")],
]
MARI_FILL = [
    [("them", "what do u want for dinner"), ("me", "tacos always"), ("them", "predictable")],
    [("me", "on a call in Oro Valley, running late"), ("them", "ok drive safe")],
    [("them", "love u"), ("me", "love u more ❤️")],
    [("me", "its 85 in march how"), ("them", "tucson things")],
    [("them", "can u grab eggs"), ("me", "yep")],
    [("me", "heading home"), ("them", "👍")],
    [("them", "did u feed the dog"), ("me", "ya she ate")],
    [("me", "3 no-cool calls today and one guy had a snake in his unit 🐍"), ("them", "NOPE")],
    [("them", "movie night?"), ("me", "down")],
    [("me", "lol"), ("them", "😂😂")],
    [("them", "im so tired"), ("me", "nap then"), ("them", "cant lol")],
    [("me", "the swamp cooler at my moms is shot"), ("them", "of course it is")],
    [("them", "dont forget sonics tomorrow"), ("me", "wait what"), ("them", "soccer practice"), ("me", "oh right")],
    [("me", "goodnight babe"), ("them", "night 😘")],
]
TREV_PLANT = [
    [("them", "lost my phone, text me here {{PHONE_NUMBER|520 555 0174}}"), ("me", "lol again?")],
    [("them", "add me on steam {{URL|https://steamcommunity.com/id/trevnguyen88}}"), ("me", "sent")],
    [("me", "helldivers tonight 9pm? my gamertag is DesertWrench520"), ("them", "for democracy 🫡")],
    [("me", "finally beat malenia after like 60 tries"), ("them", "NO WAY"), ("me", "took all weekend lmao")],
    [("them", "lost 300 at casino del sol last night 💀"), ("me", "bro why"), ("them", "blackjack hates me"),
     ("me", "i'll stick to video games thanks")],
    [("them", "im so broke till the 15th can u spot me 40"), ("me", "ya sent on paypal")],
    [("me", "{{PERSON|Chuy}} said hes in for the lan party"), ("them", "nice, the work guys too?"), ("me", "prob")],
    [("them", "my paypal is {{EMAIL_ADDRESS|trevnguyen88@example.net}}"), ("me", "k")],
    [("me", "new dlc drops friday, preordered"), ("them", "same lol we have a problem")],
]
TREV_FILL = [
    [("them", "u on?"), ("me", "20 min"), ("them", "k")],
    [("me", "gg"), ("them", "gg wp")],
    [("them", "did u see the new trailer"), ("me", "its insane")],
    [("me", "lmaooo"), ("them", "💀")],
    [("them", "wings at zona 78 thursday?"), ("me", "im in")],
    [("me", "my controller drift is so bad"), ("them", "get a new one cheapo")],
    [("them", "that boss is bs"), ("me", "skill issue")],
    [("me", "suns game tonight?"), ("them", "ya come over")],
    [("them", "yo"), ("me", "sup")],
    [("me", "headed to bed, early call"), ("them", "weak")],
    [("them", "patch notes are out"), ("me", "they nerfed my build smh")],
]
MOM_PLANT = [
    [("them", "Mijo, can you help your tío with his taxes? His ITIN is 912-78-4431"), ("me", "ya mom ill do it saturday")],
    [("them", "My direct deposit for the social security changed, routing 122194580 account 7730291846 is that right?"),
     ("me", "let me check mom dont send that to anyone else ok")],
    [("them", "{{PERSON|Dr. Patel}} says my A1C is 8.1 😔 more insulin"), ("me", "mom you gotta cut the pan dulce"), ("them", "Ya sé")],
    [("them", "See you at mass? {{PERSON|Father Okonjo}} is doing the baptism after"), ("me", "ya we'll be there")],
    [("me", "mom my new address for the birthday card is 3318 N Calle Picaflor, Tucson AZ 85719"), ("them", "Ok mijo")],
    [("them", "Your abuela's rosary I left it on your counter"), ("me", "thanks mom i'll keep it in the truck")],
]
MOM_FILL = [
    [("them", "Did you eat?"), ("me", "ya mom")],
    [("them", "Bendiciones mijo 🙏"), ("me", "love you mom")],
    [("them", "Come for tamales Sunday"), ("me", "always")],
    [("me", "how you feeling"), ("them", "Tired but ok")],
    [("them", "The cooler is making noise again"), ("me", "ill come look tomorrow")],
    [("them", "Call me when you can"), ("me", "ok after work")],
    [("them", "[photo]"), ("me", "cute 😂")],
    [("them", "Happy feast day!"), ("me", "gracias")],
]
HECTOR_PLANT = [
    [("them", "next call is at {{LOCATION|1120 W Prince Rd}} unit B, lady says no heat"), ("me", "omw")],
    [("them", "my personal # for weekends {{PHONE_NUMBER|520.555.0183}}"), ("me", "ok")],
    [("me", "my cell if dispatch asks {{PHONE_NUMBER|520-555-0162}}"), ("them", "k")],
    [("them", "boss says {{PERSON|Grace}} from the office needs ur timesheet"), ("me", "sent it")],
    [("me", "u coming to the lan thing saturday"), ("them", "if my wife lets me lol")],
]
HECTOR_FILL = [
    [("them", "where u at"), ("me", "catalina foothills, 2 more calls")],
    [("me", "need a 5 ton condenser, we got any"), ("them", "warehouse has 2")],
    [("them", "lunch?"), ("me", "taco truck on 6th")],
    [("me", "this attic is 130 degrees"), ("them", "hydrate bro")],
    [("them", "👍"), ("me", "👍")],
    [("me", "done for the day"), ("them", "same")],
]
JOLENE_PLANT = [
    [("them", "Hi Dante, rent went through thanks. New address for mail is {{LOCATION|914 E Mabel St, Tucson, AZ 85719}}"), ("me", "got it thanks")],
    [("them", "Pest control coming Tuesday, my number if they have questions {{PHONE_NUMBER|520-555-0129}}"), ("me", "👍")],
    [("me", "hey {{PERSON|jolene}} the kitchen faucet is dripping again"), ("them", "I'll send my handyman")],
]
JOLENE_FILL = [
    [("them", "Lease renewal coming up in June"), ("me", "we want to stay")],
    [("me", "thanks!"), ("them", "You're welcome")],
    [("them", "Got the rent, thank you"), ("me", "👍")],
    [("them", "Water shutoff tomorrow 9-11"), ("me", "ok thanks for the heads up")],
]
GROUP_FILL = [
    ("Bianca Villarreal", "who's bringing the menudo sunday"), ("me", "me"), ("Rosa Villarreal", "Bendiciones a todos 🙏"),
    ("Bianca Villarreal", "[photo]"), ("me", "lol"), ("Rosa Villarreal", "Feliz cumpleaños Chuy 🎂"), ("Jesús Villarreal", "gracias familia"),
    ("Bianca Villarreal", "whos going to the game"), ("me", "me and mari"), ("Jesús Villarreal", "😂😂"),
]
POL_OPEN = ["", "WAKE UP FAMILIA. ", "I'm sick of it. ", "Read this!! ", "Nobody wants to hear it but ", "Típico. ", "Mark my words, "]
POL_CORE = [
    "Washington is full of crooks who never worked a real job",
    "both parties sold out the working man decades ago",
    "Congress gave themselves another raise while we pay $5 for gas",
    "the border is a mess and nobody in DC cares until it's an election year",
    "the IRS goes after little guys like me and lets billionaires skate",
    "the media lies about everything, CNN and Fox both",
    "the Governor is a puppet for the developers eating up the desert",
    "they print money for other countries' wars and our veterans sleep on the street",
    "Social Security will be broke and they'll blame us",
    "every politician in Phoenix should be thrown out",
    "they want to take our guns and our water",
    "the elections are bought and paid for by corporations",
    "the Fed is robbing us with inflation on purpose",
    "Biden can't finish a sentence and Trump can't stop lying, this is what we get",
    "the Supreme Court is a joke now",
    "they let China buy up farmland in our own state",
    "insulin costs more here than anywhere in the world because Congress is bought by the pharma guys",
    "the school board is teaching our kids garbage",
    "water rights are being sold to Saudi farms while we ration",
    "politicians on both sides are cowards",
    "the whole system is rotten top to bottom",
    "they spend billions on stadiums and nothing on our roads",
]
POL_CLOSE = ["", "!!!", " 🤬", ". Wake up.", " and nobody does a thing", ". I said what I said."]
GROUP_REPLIES = [("Bianca Villarreal", "Tío pls not in the family chat 🙄"), ("Rosa Villarreal", "Ya basta hermano"), ("Jesús Villarreal", "here we go")]

RAW = {"600-48-2917": "US_SSN", "D04718263": "US_DRIVER_LICENSE", "583920174": "US_PASSPORT", "912-78-4431": "US_ITIN",
       "122194580": "ABA_ROUTING_NUMBER", "7730291846": "BANK_ACCOUNT", "3318 N Calle Picaflor": "LOCATION",
       "DesertWrench520": "USERNAME", "Mari": "PERSON", "mari": "PERSON", "hunter": "PERSON", "Chuy": "PERSON", "Trev": "PERSON"}


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


def _fb(obj):
    if isinstance(obj, str):
        return fb_mojibake(obj)
    if isinstance(obj, list):
        return [_fb(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _fb(v) for k, v in obj.items()}
    return obj


def _thread(root, reg, title, msgs, rng, participants, group=False):
    slug = "".join(c for c in title.lower() if c.isalnum()) or "group"
    tid = f"{slug}_{rng.randrange(10**15, 10**16)}"
    rel = f"your_facebook_activity/messages/inbox/{tid}/message_1.json"
    out = []
    for t, who, text, tags in reversed(msgs):
        sender = ME if who == "me" else (title if who == "them" else who)
        m = {"sender_name": sender, "timestamp_ms": int(t.timestamp() * 1000)}
        if text == "[photo]":
            m["photos"] = [{"uri": f"your_facebook_activity/messages/inbox/{tid}/photos/{rng.randrange(10**17, 10**18)}.jpg",
                            "creation_timestamp": int(t.timestamp())}]
        else:
            m["content"] = text
        if rng.random() < 0.06:
            m["reactions"] = [{"reaction": "❤", "actor": ME if who != "me" else (title if not group else "Bianca Villarreal")}]
        m["is_geoblocked_for_viewer"] = False
        m["is_unsent_image_by_messenger_kid_parent"] = False
        out.append(m)
        reg.add_tags(rel, tags)
        for raw, typ in RAW.items():
            if typ == "PERSON":
                if re.search(r"\b" + raw + r"\b", text):
                    reg.add(rel, typ, raw)
            elif raw in text:
                reg.add(rel, typ, raw)
    obj = {"participants": [{"name": p} for p in participants + [ME]], "messages": out, "title": title,
           "is_still_participant": True, "thread_path": f"inbox/{tid}", "magic_words": [], "joinable_mode": {"mode": 1, "link": ""}}
    write_json(f"{root}/{rel}", _fb(obj), ensure_ascii=True, indent=2)
    for p in participants + [ME]:
        reg.add(rel, "PERSON", p)
    return rel


def _paypal(root, reg, rng):
    zi = ZoneInfo(TZ)
    rows = []

    def at(day, h, m):
        d = START + dt.timedelta(days=day)
        return dt.datetime(d.year, d.month, d.day, h, m, rng.randrange(60), tzinfo=zi)

    me_mail = "dante.villarreal@example.com"
    for k in range(7):
        d = 4 + 14 * k
        rows.append((at(d, 6, 5), "Sonoran Comfort Heating & Air LLC", "Mass Pay Payment", 1846.15, 0.0, "payroll@sonorancomfort.example.com", me_mail, "Payroll"))
    for mon in (1, 2, 3, 4):
        d = (dt.date(2024, mon, 1) - START).days
        if 0 <= d < DAYS:
            rows.append((at(d, 9, 0), "Jolene Sparks", "General Payment", -1350.00, 0.0, me_mail, "jolene.sparks.rentals@example.org", f"Rent {dt.date(2024, mon, 1):%B}"))
        if 0 <= d + 14 < DAYS:
            rows.append((at(d + 14, 8, 0), "Tucson Electric Power", "PreApproved Payment Bill User Payment", -round(rng.uniform(68, 110), 2), 0.0, me_mail, "billing@tep.example.com", ""))
            rows.append((at(d + 6, 8, 30), "Microsoft Corporation", "PreApproved Payment Bill User Payment", -16.99, 0.0, me_mail, "billing@microsoft.example.com", "Xbox Game Pass Ultimate"))
    for day in [6, 13, 20, 27, 34, 41, 48, 55, 62, 69, 76, 83, 90]:
        if rng.random() < 0.6:
            rows.append((at(day, 11, 15), "St. Cyprian Catholic Church", "Donation Payment", -25.00, 0.0, me_mail, "giving@stcyprian.example.org", "Sunday offertory"))
    rows.append((at(45, 14, 2), "St. Cyprian Catholic Church", "Donation Payment", -50.00, 0.0, me_mail, "giving@stcyprian.example.org", "Lenten appeal"))
    games = [("Valve Corporation", "Steam purchase", 19.99, 59.99), ("Valve Corporation", "Steam purchase", 9.99, 39.99),
             ("Microsoft Corporation", "Xbox Store", 6.99, 69.99), ("Best Buy", "Xbox Wireless Controller", 59.99, 59.99),
             ("Sony Interactive Entertainment", "Helldivers 2 Super Credits", 9.99, 19.99)]
    for k in range(14):
        n, item, lo, hi = rng.choice(games)
        rows.append((at(rng.randrange(DAYS), rng.randint(18, 22), rng.randrange(60)), n, "Express Checkout Payment", -round(rng.uniform(lo, hi), 2), 0.0, me_mail, "", item))
    shops = [("Amazon.com", 8, 80), ("DoorDash", 18, 45), ("Uber Eats", 15, 40), ("eBay", 12, 70), ("Home Depot", 9, 120),
             ("Circle K", 35, 70), ("Walgreens", 5, 30)]
    for k in range(40):
        n, lo, hi = rng.choice(shops)
        rows.append((at(rng.randrange(DAYS), rng.randint(7, 21), rng.randrange(60)), n, "Express Checkout Payment", -round(rng.uniform(lo, hi), 2), 0.0, me_mail, "", ""))
    rows.append((at(29, 20, 10), "Trevor Nguyen", "General Payment", -40.00, 0.0, me_mail, "trevnguyen88@example.net", "spot u till the 15th"))
    rows.append((at(40, 19, 0), "Trevor Nguyen", "General Payment", 40.00, 0.0, "trevnguyen88@example.net", me_mail, "ty bro"))
    rows.append((at(58, 18, 30), "Rosa Villarreal", "General Payment", -200.00, 0.0, me_mail, "rosa.villarreal61@example.net", "cooler part"))
    rows.append((at(66, 21, 4), "Marisol Ochoa", "General Payment", -85.00, 0.0, me_mail, "mari.ochoa@example.com", "rocky point deposit half"))
    rows.sort(key=lambda r: r[0])
    cols = ["Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee", "Net", "From Email Address", "To Email Address",
            "Transaction ID", "Shipping Address", "Address Status", "Item Title", "Item ID", "Shipping and Handling Amount", "Insurance Amount",
            "Sales Tax", "Option 1 Name", "Option 1 Value", "Option 2 Name", "Option 2 Value", "Reference Txn ID", "Invoice Number",
            "Custom Number", "Quantity", "Receipt ID", "Balance", "Address Line 1", "Address Line 2/District/Neighborhood", "Town/City",
            "State/Province/Region/County", "Country", "Zip/Postal Code", "Phone", "Subject", "Note", "Country Code", "Balance Impact"]
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(cols)
    bal = 1284.52
    for t, name, typ, gross, fee, fr, to, note in rows:
        bal = round(bal + gross, 2)
        ship = "3318 N Calle Picaflor, Tucson, AZ 85719, United States" if typ == "Express Checkout Payment" and name in ("Amazon.com", "eBay", "Best Buy") else ""
        tx = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(17))
        row = {c: "" for c in cols}
        row.update({"Date": f"{t:%m/%d/%Y}", "Time": f"{t:%H:%M:%S}", "TimeZone": "MST", "Name": name, "Type": typ, "Status": "Completed",
                    "Currency": "USD", "Gross": f"{gross:,.2f}", "Fee": f"{fee:.2f}", "Net": f"{gross + fee:,.2f}", "From Email Address": fr,
                    "To Email Address": to, "Transaction ID": tx, "Shipping Address": ship, "Address Status": "Confirmed" if ship else "Non-Confirmed",
                    "Item Title": note if typ == "Express Checkout Payment" else "", "Quantity": "1", "Balance": f"{bal:,.2f}",
                    "Note": note if typ != "Express Checkout Payment" else "", "Country Code": "US", "Balance Impact": "Credit" if gross > 0 else "Debit"})
        w.writerow([row[c] for c in cols])
    rel = "paypal/Download.CSV"
    write_bytes(f"{root}/{rel}", ("\ufeff" + buf.getvalue()).encode("utf-8"))
    for n in ["Jolene Sparks", "Trevor Nguyen", "Rosa Villarreal", "Marisol Ochoa"]:
        reg.add(rel, "PERSON", n)
    for e in [me_mail, "jolene.sparks.rentals@example.org", "trevnguyen88@example.net", "rosa.villarreal61@example.net", "mari.ochoa@example.com"]:
        reg.add(rel, "EMAIL_ADDRESS", e)
    reg.add(rel, "LOCATION", "3318 N Calle Picaflor, Tucson, AZ 85719")
    return len(rows)


def _reddit(root, reg, rng):
    zi = ZoneInfo(TZ)
    user = "desert_wrench_520"
    posts = [
        ("Tucson", "Best carne asada on the south side?", "Moved across town, need a new spot. Not Taco Bell pls"),
        ("HVAC", "Customer's heat pump short cycling in 40F, ideas?", "Checked the defrost board and the sensors, charge looks right. 10 yrs as a tech and this one has me stumped."),
        ("Eldenring", "Finally beat Malenia after 60+ tries", "Bleed build, no summons. My hands are still shaking."),
        ("Helldivers", "Looking for squad, MST evenings", "Level 40, chill, mic. Add DesertWrench520 on Xbox"),
        ("Catholicism", "Going back to confession after 8 years", "Any advice? Nervous but I think it's time. Lent seems like the right moment."),
        ("xboxone", "Controller drift after 8 months, warranty worth it?", ""),
        ("Tucson", "Monsoon prep already? lol", "Cleaned my gutters in March. It's a cry for help."),
        ("BaldursGate3", "Act 3 performance on Series X", "Anyone else getting frame drops in the lower city?"),
    ]
    comments = [
        ("HVAC", "Check the capacitor first, 9 times out of 10"), ("Tucson", "Sonoran dogs at El Guero Canelo, thank me later"),
        ("Eldenring", "Rivers of Blood carried me ngl"), ("Catholicism", "Our parish does confession every Saturday 3:30, Father is super patient"),
        ("Helldivers", "the orbital laser is so good"), ("Tucson", "Gates Pass at sunset, still the best free thing in town"),
        ("HVAC", "Never trust a homeowner who says 'I already checked the breaker'"), ("pcgaming", "waiting for a sale, 70 bucks is a lot"),
        ("Catholicism", "Ash Wednesday mass was packed this year"), ("Eldenring", "DLC hype is real"),
        ("Tucson", "The 10 at Prince is a nightmare at 5pm"), ("Helldivers", "For democracy o7"),
        ("HVAC", "Attic at 130 in April. pray for me"), ("xbox", "Game Pass is the only subscription I don't regret"),
        ("personalfinance", "Just max your 401k match and don't overthink it"),
    ]

    def dstr(i, n):
        d = START + dt.timedelta(days=int(i * DAYS / n) + rng.randrange(2))
        t = dt.datetime(d.year, d.month, d.day, rng.randint(18, 21), rng.randrange(60), rng.randrange(60), tzinfo=zi)
        return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")

    def ip():
        return f"198.51.100.{rng.randint(2, 250)}"

    b36 = lambda: "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(7))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"])
    for i, (sub, title, body) in enumerate(posts):
        pid = "1" + b36()[:6]
        slug = "_".join(title.lower().split()[:6]).replace("?", "").replace(",", "").replace("'", "")
        url = f"https://www.reddit.com/r/{sub}/comments/{pid}/{slug}/"
        w.writerow([pid, url, dstr(i, len(posts)), ip(), sub, "0", title, url, body])
    write_bytes(f"{root}/reddit/posts.csv", ("\ufeff" + buf.getvalue()).encode("utf-8"))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"])
    for i, (sub, body) in enumerate(comments):
        cid = "k" + b36()[:6]
        lid = "1" + b36()[:6]
        w.writerow([cid, f"https://www.reddit.com/r/{sub}/comments/{lid}/comment/{cid}/", dstr(i, len(comments)), ip(), sub, "0",
                    f"https://www.reddit.com/r/{sub}/comments/{lid}/", f"t3_{lid}", body, ""])
    write_bytes(f"{root}/reddit/comments.csv", buf.getvalue().encode("utf-8"))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"])
    msgs = [("reddit", user, "Welcome to Reddit Premium", "Thanks for subscribing!"),
            (user, "Tucson", "re: my post was removed", "hey mods, why was my carne asada post removed? it wasn't an ad lol"),
            ("Tucson", user, "re: my post was removed", "Approved now, sorry, the spam filter caught it."),
            (user, "HVAC", "flair request", "10 yr residential tech, can I get the verified tech flair? add DesertWrench520 is my gamertag if anyone wants to squad lol")]
    for i, (f, t, s, b) in enumerate(msgs):
        mid = b36()
        w.writerow([mid, f"https://www.reddit.com/message/messages/{mid}", "", dstr(i * 3, 12), ip(), f, t, s, b])
    write_bytes(f"{root}/reddit/messages.csv", buf.getvalue().encode("utf-8"))
    reg.add("reddit/posts.csv", "USERNAME", "DesertWrench520")
    for u in ["desert_wrench_520", "DesertWrench520"]:
        reg.add("reddit/messages.csv", "USERNAME", u)


def _ios_timeline(root, rng):
    """Google Maps iOS export: location-history.json, a top-level array, string values, geo: points."""
    extras = [({6}, CHURCH, 9.75, 1.5, 0.92), ({6}, MOM, 12, 3, 0.6), ({4, 5}, TREV, 19, 3, 0.45), ({0, 2}, GYM, 17.5, 1, 0.5)]
    plan = stays(START, DAYS, TZ, rng, HOME, WORK, {0, 1, 2, 3, 4}, (6.5, 15.5), extras)
    iso = lambda t: t.isoformat(timespec="milliseconds")
    geo = lambda lat, lon: f"geo:{lat:.6f},{lon:.6f}"
    out = []
    prev = None
    for place, s, e in plan:
        if prev is not None and prev is not place:
            a0 = s - dt.timedelta(minutes=rng.randint(10, 25))
            out.append({"endTime": iso(s), "startTime": iso(a0), "activity": {
                "probability": f"{rng.uniform(0.6, 0.99):.6f}", "end": geo(place["lat"], place["lon"]),
                "topCandidate": {"type": "in passenger vehicle", "probability": f"{rng.uniform(0.5, 0.95):.6f}"},
                "distanceMeters": f"{rng.uniform(1800, 14000):.6f}", "start": geo(prev["lat"], prev["lon"])}})
            mins = int((s - a0).total_seconds() // 60)
            out.append({"endTime": iso(s), "startTime": iso(a0), "timelinePath": [
                {"point": geo(prev["lat"] + (place["lat"] - prev["lat"]) * f + rng.uniform(-5e-4, 5e-4),
                              prev["lon"] + (place["lon"] - prev["lon"]) * f + rng.uniform(-5e-4, 5e-4)),
                 "durationMinutesOffsetFromStartTime": str(int(mins * f))} for f in (0.25, 0.5, 0.75)]})
        stype = "Inferred Home" if place is HOME else ("Inferred Work" if place is WORK else "Unknown")
        pid = place.setdefault("_pid", "ChIJ" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(23)))
        out.append({"endTime": iso(e), "startTime": iso(s), "visit": {
            "hierarchyLevel": "0", "topCandidate": {"probability": f"{rng.uniform(0.4, 0.95):.6f}", "semanticType": stype, "placeID": pid,
                                                    "placeLocation": geo(place["lat"] + rng.uniform(-2e-4, 2e-4), place["lon"] + rng.uniform(-2e-4, 2e-4))},
            "probability": f"{rng.uniform(0.6, 0.99):.6f}"}})
        prev = place
    write_json(f"{root}/location-history.json", out, indent=2)


def build(root):
    rng = random.Random(19003)
    reg = Registry()
    counts = {}
    plants = {"Marisol Ochoa": (MARI_PLANT, MARI_FILL), "Trevor Nguyen": (TREV_PLANT, TREV_FILL), "Rosa Villarreal": (MOM_PLANT, MOM_FILL),
              "Hector Baca": (HECTOR_PLANT, HECTOR_FILL), }
    for title, target, rel_ in CHATS:
        p, f = plants[title]
        msgs = schedule(_fill(p, f, target, rng), START, DAYS, TZ, rng, wake=(6, 22) if title != "Hector Baca" else (6, 16))
        _thread(root, reg, title, msgs, rng, [title])
        counts[title] = len(msgs)
    pol = political(POL_OPEN, POL_CORE, POL_CLOSE, 66, rng)
    snips = []
    for i, p in enumerate(pol):
        s = [(RISKY, p)]
        if i % 8 == 5:
            s.append(rng.choice(GROUP_REPLIES))
        snips.append(s)
    n = sum(len(s) for s in snips)
    while n < 102:
        k = min(rng.randint(1, 3), 102 - n)
        snips.append([rng.choice(GROUP_FILL) for _ in range(k)])
        n += k
    msgs = schedule(snips, START, DAYS, TZ, rng, wake=(6, 22))
    _thread(root, reg, GROUP, msgs, rng, [RISKY, "Rosa Villarreal", "Bianca Villarreal", "Jesús Villarreal"], group=True)
    counts[GROUP] = len(msgs)
    npp = _paypal(root, reg, rng)
    _reddit(root, reg, rng)
    _ios_timeline(root, rng)
    top = sorted(((k, v) for k, v in counts.items() if k != GROUP), key=lambda kv: -kv[1])[:3]
    gt = {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": "Dante Villarreal, 37, HVAC service technician for Sonoran Comfort Heating & Air in Tucson, Arizona; lives with girlfriend Marisol and her son. "
                       "Practising Catholic (Sunday Mass, confession, offertory) and a heavy console/PC gamer (Elden Ring, Helldivers 2, Steam, Game Pass).",
        "timezone": TZ, "user": USER, "pii": reg.entries,
        "facts": {
            "home": {"lat": HOME["lat"], "lon": HOME["lon"], "radius_m": 300, "address": HOME["address"], "city": "Tucson"},
            "work": {"lat": WORK["lat"], "lon": WORK["lon"], "radius_m": 300, "employer": "Sonoran Comfort Heating & Air"},
            "sleep_window": {"start": "22:30", "end": "05:30", "tolerance_min": 60},
            "top_contacts": [{"name": k, "messages": v} for k, v in top],
            "relationships": [{"name": t, "relationship": r, "full_name": t} for t, _, r in CHATS],
            "religion": {"value": "Catholic"}, "health": {"value": False}, "politics": {"value": False},
            "financial_stress": {"value": False}, "gambling": {"value": False}, "gaming": {"value": True},
            "salary": {"amount": "1846.15", "currency": "USD", "payer": "Sonoran Comfort Heating & Air LLC", "period": "biweekly"},
            "risky_contact": {"name": RISKY, "why": f"posts {len(pol)} distinct angry political rants in the Messenger group '{GROUP}'; the user never does"},
        },
    }
    write_json(f"{root}/ground_truth.json", gt, ensure_ascii=False, indent=2)
    return gt, {"chats": counts, "paypal_rows": npp}
