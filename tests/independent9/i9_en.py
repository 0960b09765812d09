"""English (UK + US) labelled lines and PII-free hard lines."""

from __future__ import annotations

import random

from i9_common import aba_ok, ascii_fold, iban_make, luhn_complete, NINO_BAD_FIRST, NINO_BAD_PAIRS, NINO_BAD_SECOND

# ------------------------------------------------------------------ name pools

WORD_FIRST = ["Hope", "Faith", "Joy", "Grace", "Rose", "Will", "Mark", "Bill", "Sue", "Pat", "Dawn", "Summer",
              "Frank", "Jack", "Chase", "Sandy", "Ray", "Penny", "Robin", "Holly", "Ivy", "Daisy", "Amber",
              "Ruby", "Pearl", "Hazel", "Cliff", "Drew", "Grant", "Miles", "Hunter", "Brook", "Skye", "Rusty",
              "Sunny", "Destiny", "River", "Autumn", "Heather", "Crystal", "Bob", "Art", "Gene", "Reed", "Clay",
              "Misty", "Honey", "Patience", "Mercy", "Blessing", "Goodluck", "Precious", "Chance", "Major",
              "Harmony", "Sterling", "Wade", "Heath", "Rich", "Glen", "Forest", "Story", "Bliss"]
WELSH = ["Dafydd", "Rhiannon", "Gethin", "Siân", "Iolo", "Cerys", "Bryn", "Eluned", "Llinos", "Rhodri", "Ffion",
         "Gwenllian", "Aled", "Ieuan", "Nia", "Osian", "Heledd", "Tomos", "Mared", "Carwyn"]
SCOTS = ["Ailsa", "Callum", "Eilidh", "Hamish", "Mhairi", "Fraser", "Morag", "Lachlan", "Iona", "Struan",
         "Kirsty", "Ruaridh", "Catriona", "Isla", "Euan"]
IRISH = ["Niamh", "Saoirse", "Oisín", "Caoimhe", "Siobhán", "Tadhg", "Ciarán", "Aoife", "Darragh", "Clodagh",
         "Eoghan", "Gráinne", "Cillian", "Róisín", "Pádraig", "Fionnuala"]
WAFR = ["Chidi", "Adaeze", "Kwame", "Ama", "Yaw", "Efua", "Oluwaseun", "Temitope", "Babajide", "Folake", "Kofi",
        "Chiamaka", "Ngozi", "Emeka", "Abena", "Kwabena", "Fatoumata", "Mamadou", "Aminata", "Ifeoma", "Tunde",
        "Yewande", "Kelechi", "Nnamdi", "Seun", "Dayo"]
SASIA = ["Priyanka", "Arjun", "Harpreet", "Gurdeep", "Fatima", "Imran", "Nadia", "Rahul", "Sanjana", "Ishaan",
         "Kavya", "Manpreet", "Zainab", "Tanvir", "Shreya", "Aditya", "Farhan", "Rukhsana", "Deepika", "Vikram",
         "Sunita", "Anil", "Nusrat", "Jaswinder"]
EEUR = ["Katarzyna", "Wojciech", "Małgorzata", "Bogdan", "Oleksandr", "Yulia", "Dragan", "Milena", "Zsófia",
        "Tomasz", "Agnieszka", "Piotr", "Dmytro", "Oksana", "Radek", "Jelena", "Ioana", "Mihai", "Vesna", "Lukáš"]
VIET = ["Phương", "Thảo", "Huy", "Bảo", "Linh", "Khoa", "Trang", "Tuấn", "Ngọc", "Hiếu", "Mai", "Duy", "Quỳnh",
        "Thanh", "Phuong", "Thao", "Tuan"]
HISP = ["Ximena", "Santiago", "Lupe", "Joaquín", "Marisol", "Rocío", "Alejandro", "Itzel", "Mateo", "Yesenia",
        "Esperanza", "Rodrigo", "Guadalupe", "Consuelo", "Nayeli", "Héctor", "Maricela", "Araceli"]
ANGLO = ["Bethany", "Nathan", "Georgina", "Kieran", "Lauren", "Tyler", "Megan", "Connor", "Brandon", "Kayleigh",
         "Shannon", "Declan", "Chloe", "Darren", "Tracey", "Wayne", "Mandy", "Gareth", "Keith", "Lorraine",
         "Marlene", "Dwayne", "Shelby", "Cody", "Kendra", "Travis"]
ORIGINS = [WORD_FIRST, WORD_FIRST, WELSH, SCOTS, IRISH, WAFR, SASIA, EEUR, VIET, HISP, ANGLO]

SURNAMES = {
    "w": ["Pryce", "Llewellyn", "Vaughan", "Prosser", "Bowen", "Griffiths", "Pritchard", "Gwynne", "ap Rhys"],
    "s": ["MacLeod", "Urquhart", "Drummond", "Gillies", "Baird", "Sinclair", "Farquharson", "MacAulay", "Menzies"],
    "i": ["Ó Briain", "Kavanagh", "Doherty", "Ní Mhurchú", "Brennan", "Geraghty", "Whelan", "O'Sullivan", "Mac Giolla Phádraig"],
    "a": ["Okonkwo", "Adeyemi", "Mensah", "Boateng", "Owusu", "Diallo", "Ndiaye", "Oyelaran", "Eze", "Nwosu",
          "Asante", "Ogunleye", "Sesay", "Kamara", "Bangura"],
    "p": ["Chaudhry", "Raghunathan", "Iyer", "Bhattacharya", "Siddiqui", "Gill", "Sandhu", "Rahman", "Choudhury",
          "Mahmood", "Venkatesh", "Dhillon", "Hussain", "Kapoor", "Begum"],
    "e": ["Wiśniewski", "Kowalczyk", "Horváth", "Petrenko", "Novák", "Dąbrowska", "Popescu", "Jovanović",
          "Shevchuk", "Kuznetsova", "Zielińska", "Marinescu"],
    "v": ["Nguyen", "Tran", "Pham", "Le", "Vo", "Hoang", "Dang", "Bui", "Huynh"],
    "h": ["Villalobos", "Echeverría", "Quintero", "Olvera", "Castañeda", "Robles", "Ibarra", "Zavala", "Montoya",
          "Cienfuegos", "de la Garza"],
    "o": ["Baker", "Fisher", "Cook", "Hill", "Wood", "Bird", "Fox", "Little", "Young", "Moody", "Sharp", "Bell",
          "Rice", "Hardy", "Sparrow", "Payne", "Goodwin", "Parsons", "Hargreaves", "Pemberton", "Street", "Marsh"],
}
FIRST_BY = {"w": WELSH, "s": SCOTS, "i": IRISH, "a": WAFR, "p": SASIA, "e": EEUR, "v": VIET, "h": HISP,
            "o": ANGLO + WORD_FIRST}
VIET_FULL = ["Nguyễn Thị Thu Hà", "Trần Minh Khoa", "Phạm Quốc Bảo", "Lê Ngọc Trâm", "Võ Thanh Tùng",
             "Nguyen Van Hieu", "Hoang Thi Lan", "Đặng Thùy Dương"]
NICKS = ["Bex", "Jonno", "Gaz", "Tash", "Macca", "Fi", "Kels", "Ems", "Baz", "Jimbo", "Deano", "Soph", "Mikey",
         "Shaz", "Tommo", "Lupita", "Kwams", "Siobh", "Rhi", "Dai", "Gurj", "Kasia", "Sash", "Tobs", "Mags"]
PETS = ["Biscuit", "Pickle", "Bramble", "Nugget", "Mochi", "Pepper", "Dexter", "Rolo", "Waffles", "Bisto",
        "Crumpet", "Sir Fluffington"]


def any_first(rng):
    return rng.choice(rng.choice(ORIGINS))


def full_name(rng):
    if rng.random() < 0.08:
        return rng.choice(VIET_FULL)
    k = rng.choice(list(SURNAMES))
    return f"{rng.choice(FIRST_BY[k])} {rng.choice(SURNAMES[k])}"


def surname(rng):
    return rng.choice(SURNAMES[rng.choice(list(SURNAMES))])


# ------------------------------------------------------------------ identifiers


def d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def uk_mobile(rng):
    x = d(rng, 3)
    return rng.choice([f"07700 900{x}", f"07700900{x}", f"+44 7700 900{x}", f"+447700900{x}",
                       f"07700 900 {x}", f"07700-900-{x}", f"(+44) 07700 900{x}"])


def uk_land(rng):
    x = d(rng, 3)
    return rng.choice([f"01632 960{x}", f"029 2018 0{x}", f"0131 496 0{x}", f"028 9649 6{x}",
                       f"020 7946 0{x}", f"0161 496 0{x}", f"01632960{x}"])


AREAS = ["212", "415", "312", "713", "206", "617", "305", "512", "646", "702", "919", "503"]


def us_phone(rng):
    a, x = rng.choice(AREAS), d(rng, 2)
    return rng.choice([f"({a}) 555-01{x}", f"{a}-555-01{x}", f"{a}.555.01{x}", f"+1 {a} 555 01{x}",
                       f"{a}55501{x}", f"1-{a}-555-01{x}", f"{a} 555 01{x}"])


DOMS = ["example.com", "example.org", "example.net", "mail.example.com", "example.co.uk"]


def email(rng):
    f = ascii_fold(any_first(rng)).lower().replace(" ", "")
    s = ascii_fold(surname(rng)).lower().replace(" ", "").replace("'", "")
    user = rng.choice([f"{f}.{s}", f"{f}{s[0]}", f"{f[0]}{s}{rng.randint(1, 99)}", f"{f}_{rng.randint(70, 99)}",
                       f"{s}.{f}", f"{f}{s}", f"the.real.{f}", f"{f}-{s}"])
    return f"{user}@{rng.choice(DOMS)}"


UK_STREETS = ["Orchard Lane", "Heol y Felin", "Caerphilly Road", "Sauchiehall Lane", "Mill Street", "Bryn Road",
              "Victoria Terrace", "Glebe Crescent", "Albert Road", "Station Road", "Kingfisher Way",
              "Ffordd Las", "Marchmont Road", "Oak Tree Close", "Tudor Avenue", "Wellington Street",
              "Chapel Row", "Dumbarton Road", "Ormeau Road", "Stanley Grove", "Cathays Terrace", "Balmoral Drive"]
UK_TOWNS = [("Cardiff", "CF24 4AB"), ("Swansea", "SA1 6PQ"), ("Glasgow", "G11 6PR"), ("Edinburgh", "EH9 1HQ"),
            ("Belfast", "BT7 1JL"), ("Leeds", "LS6 2DT"), ("Bristol", "BS3 4QA"), ("Manchester", "M14 5LX"),
            ("Aberystwyth", "SY23 2AZ"), ("Inverness", "IV2 3PY"), ("Luton", "LU2 0SW"), ("Leicester", "LE2 1XB")]
US_STREETS = ["Maple Ave", "W 43rd St", "Sycamore Drive", "Calle Ocho", "Mission St", "N Halsted St",
              "Magnolia Blvd", "Pecan Hollow Ln", "Elm Street", "Lakeshore Dr", "Cedar Ridge Rd", "Juniper Ct"]
US_TOWNS = ["Austin, TX 78704", "Chicago IL 60657", "Houston, TX 77006", "Miami FL 33135", "Seattle, WA 98103",
            "Boston, MA 02130", "Raleigh NC 27605", "San Jose, CA 95112"]


def uk_addr(rng):
    n = rng.randint(1, 240)
    st = rng.choice(UK_STREETS)
    town, pc = rng.choice(UK_TOWNS)
    f = rng.randint(1, 12)
    return rng.choice([f"{n} {st}", f"{n} {st}, {town}", f"{n} {st} {town} {pc}", f"Flat {f}, {n} {st}",
                       f"flat {f} {n} {st.lower()}", f"{n}{rng.choice('ab')} {st}", f"{f}/{n} {st}",
                       f"{n} {st}, {town} {pc}", f"{n} {st.lower()}"])


def us_addr(rng):
    n = rng.randint(12, 9800)
    st = rng.choice(US_STREETS)
    return rng.choice([f"{n} {st}", f"{n} {st}, {rng.choice(US_TOWNS)}", f"{n} {st} Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                       f"{n} {st} #{rng.randint(2, 30)}", f"{n} {st.lower()}"])


def card(rng):
    pre = rng.choice(["4", "4", "51", "53", "55", "2221", "37", "6011"])
    ln = 15 if pre == "37" else 16
    num = luhn_complete(pre + d(rng, ln - len(pre) - 1))
    if ln == 15:
        return rng.choice([num, f"{num[:4]} {num[4:10]} {num[10:]}"])
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice([num, " ".join(g), "-".join(g), " ".join(g)])


def sort_code(rng):
    a, b, c = rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99)
    return rng.choice([f"{a}-{b:02d}-{c:02d}", f"{a}{b:02d}{c:02d}", f"{a} {b:02d} {c:02d}"])


def routing(rng):
    while True:
        r = rng.choice(["0", "1", "2", "3"]) + d(rng, 8)
        if aba_ok(r):
            return r


def iban(rng):
    cty = rng.choice(["GB", "GB", "IE", "DE", "PL", "ES"])
    if cty in ("GB", "IE"):
        bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + d(rng, 14)
    elif cty == "DE":
        bban = d(rng, 18)
    elif cty == "PL":
        bban = d(rng, 24)
    else:
        bban = d(rng, 20)
    ib = iban_make(cty, bban)
    if rng.random() < 0.6:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def ip(rng):
    return rng.choice([f"192.0.2.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}",
                       f"203.0.113.{rng.randint(1, 254)}", f"2001:db8:{rng.randint(1, 9999)}::{rng.randint(1, 99)}"])


def handle_core(rng):
    f = ascii_fold(any_first(rng)).lower()
    return rng.choice([f"{f}_bakes", f"{f}.{rng.randint(80, 99)}", f"its{f}x", f"{f}_on_tour", f"lil{f}",
                       f"{f}cooks", f"not_{f}", f"{f}_{ascii_fold(surname(rng)).lower().replace(' ', '')[:5]}",
                       f"xX{f}Xx", f"{f}wanders", f"the{f}diaries", f"{f}.makes.things"])


def url(rng):
    h = handle_core(rng)
    return rng.choice([f"https://www.instagram.com/{h}", f"instagram.com/{h}", f"https://facebook.com/{h}",
                       f"https://github.com/{h.replace('.', '-')}", f"linkedin.com/in/{h.replace('_', '-')}",
                       f"https://www.tiktok.com/@{h}", f"https://x.com/{h.replace('.', '_')}",
                       f"www.etsy.com/shop/{h.replace('.', '').replace('_', '')}"])


def uk_plate(rng):
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    p = f"{rng.choice(L)}{rng.choice(L)}{rng.choice(['19', '69', '20', '70', '21', '71', '22', '15', '65'])} " + "".join(rng.choice(L) for _ in range(3))
    return rng.choice([p, p, p.replace(" ", ""), p.lower()])


def us_plate(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice([f"{rng.randint(5, 9)}{''.join(rng.choice(L) for _ in range(3))}{d(rng, 3)}",
                       f"{''.join(rng.choice(L) for _ in range(3))}-{d(rng, 4)}",
                       f"{''.join(rng.choice(L) for _ in range(3))} {d(rng, 4)}"])


def nino(rng):
    A = "ABCEGHJKLMNOPRSTWXYZ"
    while True:
        p = rng.choice(A) + rng.choice(A)
        if p[0] not in NINO_BAD_FIRST and p[1] not in NINO_BAD_SECOND and p not in NINO_BAD_PAIRS:
            break
    n = d(rng, 6)
    s = rng.choice("ABCD")
    return rng.choice([f"{p}{n}{s}", f"{p} {n[:2]} {n[2:4]} {n[4:]} {s}", f"{p.lower()}{n}{s.lower()}", f"{p} {n} {s}"])


def nhs(rng):
    while True:
        b = d(rng, 9)
        tot = sum(int(x) * w for x, w in zip(b, range(10, 1, -1)))
        c = 11 - tot % 11
        c = 0 if c == 11 else c
        if c != 10:
            n = b + str(c)
            return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def uk_passport(rng):
    return rng.choice(["5", "1", "2", "3"]) + d(rng, 8)


def uk_dl(rng):
    s = ascii_fold(rng.choice(SURNAMES["o"] + SURNAMES["w"] + SURNAMES["s"])).upper().replace(" ", "").replace("'", "")
    s = (s[:5] + "99999")[:5]
    y = rng.randint(55, 99)
    m = rng.randint(1, 12) + rng.choice([0, 50])
    dd = rng.randint(1, 28)
    ini = "".join(rng.choice("ABCDEFGHJKLMNPRSTW") for _ in range(rng.choice([1, 2])))
    ini = (ini + "9")[:2]
    ck = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    v = f"{s}{y // 10}{m:02d}{dd:02d}{y % 10}{ini}9{ck}"
    return rng.choice([v, v, f"{v[:5]} {v[5:11]} {v[11:13]}{v[13]} {v[14:]}"])


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return rng.choice([f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}",
                       f"{a:03d} {rng.randint(1, 99):02d} {rng.randint(1, 9999):04d}",
                       f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"])


def itin(rng):
    mid = rng.choice(list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])
    return f"9{d(rng, 2)}-{mid}-{d(rng, 4)}"


def us_passport(rng):
    return rng.choice([rng.choice("56") + d(rng, 8), rng.choice("ACEZ") + d(rng, 8)])


def us_dl(rng):
    return rng.choice([rng.choice("ABDFGY") + d(rng, 7),
                       f"{rng.choice('ABMSW')}{d(rng, 3)}-{d(rng, 3)}-{d(rng, 2)}-{d(rng, 3)}-{d(rng, 1)}",
                       f"{rng.choice('GKS')}{d(rng, 3)}-{d(rng, 4)}-{d(rng, 4)}",
                       f"{d(rng, 3)} {d(rng, 3)} {d(rng, 3)}"])


def lc_first(rng):
    return (rng.choice(WORD_FIRST) if rng.random() < 0.6 else any_first(rng)).lower()


SLOTS = {
    "f": lambda r: (any_first(r), "PERSON"),
    "fw": lambda r: (r.choice(WORD_FIRST), "PERSON"),
    "fl": lambda r: (lc_first(r), "PERSON"),
    "fwl": lambda r: (r.choice(WORD_FIRST).lower(), "PERSON"),
    "fwa": lambda r: (r.choice(WAFR + SASIA), "PERSON"),
    "fce": lambda r: (r.choice(WELSH + SCOTS + IRISH), "PERSON"),
    "fev": lambda r: (r.choice(EEUR + VIET + HISP), "PERSON"),
    "full": lambda r: (full_name(r), "PERSON"),
    "fullw": lambda r: (r.choice(WORD_FIRST) + " " + r.choice(SURNAMES["o"]), "PERSON"),
    "sur": lambda r: (surname(r), "PERSON"),
    "nick": lambda r: (r.choice(NICKS), "PERSON"),
    "pet": lambda r: (r.choice(PETS), "PERSON"),
    "ukm": lambda r: (uk_mobile(r), "PHONE_NUMBER"),
    "ukl": lambda r: (uk_land(r), "PHONE_NUMBER"),
    "usp": lambda r: (us_phone(r), "PHONE_NUMBER"),
    "ph": lambda r: ((uk_mobile if r.random() < 0.55 else us_phone)(r), "PHONE_NUMBER"),
    "em": lambda r: (email(r), "EMAIL_ADDRESS"),
    "uka": lambda r: (uk_addr(r), "LOCATION"),
    "usa": lambda r: (us_addr(r), "LOCATION"),
    "cc": lambda r: (card(r), "CREDIT_CARD"),
    "sc": lambda r: (sort_code(r), "BANK_ACCOUNT"),
    "acc": lambda r: (d(r, 8), "BANK_ACCOUNT"),
    "rt": lambda r: (routing(r), "BANK_ACCOUNT"),
    "uacc": lambda r: (d(r, r.choice([9, 10, 11, 12])), "BANK_ACCOUNT"),
    "iban": lambda r: (iban(r), "IBAN_CODE"),
    "ip": lambda r: (ip(r), "IP_ADDRESS"),
    "url": lambda r: (url(r), "URL"),
    "at": lambda r: ("@" + handle_core(r), "USERNAME"),
    "un": lambda r: (handle_core(r), "USERNAME"),
    "ukplate": lambda r: (uk_plate(r), "LICENSE_PLATE"),
    "usplate": lambda r: (us_plate(r), "LICENSE_PLATE"),
    "nino": lambda r: (nino(r), "UK_NINO"),
    "nhs": lambda r: (nhs(r), "UK_NHS"),
    "ukpp": lambda r: (uk_passport(r), "UK_PASSPORT"),
    "ukdl": lambda r: (uk_dl(r), "UK_DRIVING_LICENCE"),
    "ssn": lambda r: (ssn(r), "US_SSN"),
    "itin": lambda r: (itin(r), "US_ITIN"),
    "uspp": lambda r: (us_passport(r), "US_PASSPORT"),
    "usdl": lambda r: (us_dl(r), "US_DRIVER_LICENSE"),
    # non-PII fillers
    "time": lambda r: (r.choice(["7", "half 6", "6:30", "8pm", "10.15", "quarter to 9", "noon", "11ish", "5:45"]), None),
    "price": lambda r: (r.choice(["£12.50", "£40", "$35", "£7.99", "$120", "£250", "$18.75", "£3.20", "£60"]), None),
    "day": lambda r: (r.choice(["tomorrow", "Saturday", "tues", "friday", "Sunday", "next Thursday", "tonight", "Monday"]), None),
}

# ------------------------------------------------------------------ labelled templates

EN_TEMPLATES = [
    # lower-case / message-initial names, everyday-word names
    "{fwl} said the boiler's making that noise again, can you ring the landlord",
    "{fwl} can u grab milk on ur way back",
    "{fwl}'s not coming, her car's in the garage til {day}",
    "{fl} just text me saying she's outside lol",
    "{fw} and {fw} are doing the food, you're on drinks",
    "omg {fwl} will be there too?? and {fwl} said she'd bring the speaker",
    "tell {fw} I said happy birthday!! 🎂",
    "{fwl} my love dinner's in the oven, back by {time}",
    "thanks {fw}, that was so kind of you x",
    "Will {fw} be at the match or is he working",
    "Grace period ends friday but {fw} says they never chase it",
    "{fw} mark the dates in the calendar pls, I forgot",
    "{fwl} u up?",
    "sorry {fw} I'll pay you back {day} promise",
    "Did {fw} ever get her parcel? tracking says delivered to {uka} which isn't even us",
    "hope {fw} is feeling better, such a trooper honestly",
    "just saw {fwl} at aldi buying 6 tubs of ice cream 😂",
    "{fw} {sur} - plumber - {ukm} - did our bathroom, really good",
    # Welsh / Scottish / Irish
    "{fce} says the ferry's cancelled again so we're stuck in Holyhead",
    "Bore da! {fce} here, just confirming the cottage for the weekend, key safe code on arrival",
    "{fce}'s mam rang, she's at {uka} if you want to drop the dish back",
    "can someone tell {fce} the minibus leaves from outside the Spar at {time}",
    "Iechyd da! Congrats {fce} and {fce} on the wee one 🍼",
    "Hi {fce}, it's {fce} from the choir, my new number is {ukl}",
    "{fce} {sur} and {fce} {sur} are both on the rota for the school fair",
    "landlord is a guy called {fce} {sur}, his number {ukl} but he never picks up",
    "Parcel for {full}, {uka}... driver couldn't find the buzzer",
    # West African / South Asian
    "Aunty {fwa} says the jollof is ready, come now before it finishes",
    "{fwa} can you send me the account details again, sort code and number pls",
    "{fwa} {sur} sent £150 ref RENT MAY, sort {sc} acct {acc}",
    "Pls pay into {fwa}'s account {sc} / {acc}, she's holding the money for the trip",
    "Uncle {fwa} is landing at 6 at T5, {fwa} is picking him up",
    "shout out to {fwa} for the samosas 🙌 and {fwa} for the chai",
    "wedding invite list: {full}, {full}, {full}, and {fwa}'s cousin",
    "Dr {sur} at the surgery said to call {ukl} for results",
    "Mrs {sur} from number 7 took in your parcel",
    "{fwa}: I'm at {uka}, the blue door not the red one",
    "[[PERSON|Blessing]] is outside, she has your keys",
    "[[PERSON|Goodluck]] sent the money already, check your Monzo",
    "{fwa} said [[PERSON|Patience]] is doing the hair on saturday",
    # Eastern European / Vietnamese / Hispanic
    "{fev} left her charger here, I'll drop it at {uka} tmrw",
    "cześć {fev}! the flat viewing is at {time}, address is {uka}",
    "{fev} {sur}, room 4, deposit paid via IBAN {iban}",
    "please transfer the deposit to {iban} (account holder {full})",
    "{fev} and {fev} went to the pho place again without us smh",
    "chị {fev} ơi, the nail salon is booked for 3",
    "mija {fev} call your abuela she's been asking 🙏",
    "Hi it's {full}, got your number from the Facebook group, is the sofa still available? {ph}",
    "tía {fev} is coming from Monterrey, she lands at {time}",
    "{full} - carpool sign up - {usp} - {usa}",
    "Ms {sur} has asked that all forms go to {em} by Friday",
    "anh {fev} says the van reg is {ukplate}, it's parked behind the takeaway",
    # loose addresses
    "its the yellow house at {uka} next to the chippy",
    "come round to {uka} the one with the trampoline in the front lol",
    "we moved!! new place is {uka} — housewarming {day}",
    "meet at {fw}'s, {uka} second floor, buzz twice",
    "deliver to {usa} leave by side gate, dog is friendly",
    "{usa} — porch light will be on, ring {usp} if lost",
    "my address for the secret santa: {uka} 🎁",
    "Could you send the invoice to {full}, {uka}",
    "address for the return is {usa} attention {full}",
    "Rider note: flat above the barbers, {uka}, call {ukm}",
    "Order #A77{time} ok wait no lol. Delivery to {uka} please, ring {ukm} not the bell",
    # payments
    "Paid {fw} {price} for the tickets, ref 'gig'",
    "venmo {at} for the pizza, it was {price} each",
    "Zelle me at {usp} or {em}",
    "Card ending in... actually here's the whole thing {cc} exp 09/27 use it for the hotel",
    "my card {cc} keeps getting declined at Tesco?? 😭",
    "routing {rt} account {uacc} for the direct deposit, name on account {full}",
    "Direct deposit form: Employee {full} | Routing # {rt} | Account # {uacc} | SSN {ssn}",
    "send it to {sc} {acc} ({fw} {sur})",
    "Transfer from {full} ref {fw} birthday pot",
    "Monzo said payment to {full} failed, sort code {sc} acct {acc}, can you double check",
    "IBAN {iban} BIC doesn't matter for SEPA apparently",
    "{fw} owes me {price} and {fw} owes {fw} {price}, sorted",
    # forms / IDs
    "Name: {full}\nDOB: 14/03/1991\nNI number: {nino}\nPhone: {ukm}",
    "my ni no is {nino} if hr asks",
    "NHS number {nhs} — appointment for {full} at the fracture clinic",
    "Patient: {full}, NHS no {nhs}, next of kin {fw} ({ukm})",
    "passport no. {ukpp} expires 2031, name exactly as {full}",
    "Driving licence number: {ukdl} (the long one on the front)",
    "hire car booked under {full}, licence {ukdl}, reg will be {ukplate}",
    "SSN {ssn} DOB 07/22/1988, {full}",
    "ITIN for {fev} is {itin}, use that on the lease application",
    "tax preparer needs ur itin {itin} and ur address {usa}",
    "US passport {uspp} — {full} — issued 2019",
    "DL {usdl} exp 2028, {full}, {usa}",
    "here's my license number {usdl} for the rental",
    "lease applicants: {full} SSN {ssn}; {full} ITIN {itin}",
    # online
    "follow {fw} on insta {at} she does amazing cakes",
    "{url} <- that's {fw}'s shop",
    "add me {at} on snap",
    "my discord is {un} if ur joining the raid",
    "login attempt from {ip} — was this you, {fw}?",
    "{fw} the server's at {ip}, username {un}",
    "{fw} made a portfolio {url} show him some love",
    "ps4 gamertag {un}, add me {fwl}",
    "check out {url} lol {fw} finally started posting",
    "email {fw} at {em} she's sorting the raffle",
    "new email is {em}, old one got hacked",
    "{em} is my work one, use {em} for personal",
    "Booking confirmed for {full}. Contact: {em} / {ph}",
    "hey it's {fw}!! lost my phone, this is my new number {ukm}",
    "if anything happens call {fw} on {ukm} or my mum {ukl}",
    "Lead guest: {full}; other guests: {full}, {f}",
    "{f} {ph}",
    "New contact: {full} {usp}",
    "who is {usp}?? keeps calling me at 3am",
    "Taxi for {fw}, pickup {uka} at {time}",
    "dropped {pet} at the groomers, {fw} picks her up at 4",
    "{pet} ate {fw}'s sock again 🙄 vet is £80",
    "walked {pet} and {pet} round the park, {fwl} came too",
    "car reg {ukplate} blocking my drive for 2 days, anyone know whose it is",
    "{fw}'s car is the silver one {usplate}",
    "parking permit for {ukplate} at {uka}, resident {full}",
    # voice to text / run-ons
    "ok so basically {fw} rang and said {fw} cant make it so were going to need someone else to drive can you ask {f} full stop",
    "hey {f} its me {f} I'm just outside {uka} I think but the satnav is saying something else call me back on {ukm} thanks bye",
    "Message from {fw} at {time} please call back on {ukl} regarding the boiler",
    "text from {usp}: hi its {f} from the daycare, {f} has a slight temperature",
    # nicknames
    "{nick} and {nick} are sharing the twin room",
    "{nick}!!! where r u",
    "is {nick} still with that guy from work",
    "{nick}'s new number {ukm} delete the old one",
    "lol {nick} just fell asleep on the sofa again",
    "ask {nick} for the wifi password",
    # e-mail style
    "Dear {sur} family,\nThank you for booking with us, your invoice for {price} is attached. Kind regards, {full}",
    "Hi {fw},\n\nPlease find attached the signed tenancy for {uka}. Rent should go to sort code {sc}, account {acc}.\n\nThanks,\n{f}",
    "From: {full} <{em}>\nTo: lettings\nSubject: viewing {day}",
    "Regards\n{full}\nMob: {ukm}",
    "Cheers, {f}\n{ph}",
    "Best,\n{full} | {em} | {usp}",
    "— sent by {fw}'s iPhone",
    # mixed
    "{f}, {f} and {f} are in the car; {f} is getting the train",
    "{full} won the raffle!! 🎉 prize is a hamper from the deli",
    "The Jollof Pot is closed so {fwa} says come to hers instead, {uka}",
    "school fete — ask for {fw} at the tombola, {fwl} is on cakes",
    "{fullw} and {fullw}, both on the pub quiz team",
    "{fullw} is the new manager at the garden centre, {fwl} reckons he's alright",
    "Hey, {f} here from Rightmove, are you still interested in {uka}?",
    "this is {f} I found your wallet in Greggs, ring {ukm}",
    "the guy from Gumtree ({ph}) wants to collect the bike {day}",
    "Thanks for ordering from Pickle & Rye! Your order will be delivered to {uka}. Driver: {fw}",
]

EN_TEMPLATES_NOP = [
    "call me on {ukm} when ur outside",
    "new number {ukm} save it",
    "{usp} call back asap re: the apartment",
    "my number changed to {ph}, old one's dead",
    "ring {ukl} and ask for the out of hours team",
    "home {ukl} / mobile {ukm}",
    "delivering to {uka} tomorrow between 8 and 12",
    "the address is {usa}, gate code is 4417",
    "{uka} is the one with the green door",
    "sat nav keeps taking me to the wrong end of {uka} ffs",
    "is {uka} in the catchment for the primary?",
    "viewing at {uka} cancelled, landlord sold it",
    "NI: {nino}",
    "national insurance no {nino} , tax code 1257L",
    "nhs no. {nhs} dob 02/11/1958",
    "NHS {nhs} — pharmacy needs it for the repeat prescription",
    "passport {ukpp} exp 03/2030",
    "licence no {ukdl}",
    "ssn: {ssn}",
    "social is {ssn} and phone {usp}",
    "ITIN {itin} (for the W-7 renewal)",
    "passport number {uspp}",
    "driver's license {usdl} exp 11/2027",
    "card: {cc}  cvv on the back",
    "{cc} 04/29",
    "pls use the other card {cc} this one's maxed",
    "sort code {sc} account no {acc}",
    "{sc} {acc} ref FLAT4",
    "ABA {rt} acct {uacc} checking",
    "wire to routing {rt}, account {uacc}",
    "IBAN: {iban}",
    "pay the deposit to {iban} before friday",
    "logged in from {ip} at 03:12, not me??",
    "whitelist {ip} and {ip} on the firewall pls",
    "ssh into {ip} with user {un}",
    "{url}",
    "portfolio: {url}",
    "my insta is {at} 💅",
    "{at} {at} {at} who's coming sat",
    "username {un} password is on the fridge",
    "reg {ukplate} silver corsa, left in car park b",
    "plate {usplate}, blue Camry, hit my mirror and drove off",
    "{ukplate} has been parked on the pavement all week",
    "email {em} for the refund form",
    "cc {em} and {em} on the invite",
    "reply to {em} not the noreply one",
    "{em}",
    "contact: {em} / {ph}",
]

EN_NONE = [
    "running 10 mins late, traffic on the A470 is a nightmare",
    "can someone bring a charger, mine's dead",
    "who's up for the pub quiz thursday",
    "lol that film was rubbish",
    "bins go out tonight, it's the blue one this week",
    "is the chippy open on bank holiday?",
    "morning all ☀️",
    "don't forget PE kit tomorrow",
    "the heating's off again 🥶",
    "Ok sounds good see you there",
    "anyone got a spare ladder I can borrow for an hour",
    "the cat's been sick on the rug, great start to the day",
    "i'll bring crisps and dips",
    "train cancelled, getting the next one",
    "yes!! goal in the 89th minute",
    "can't believe it's snowing in april",
    "remind me to book the MOT",
    "did anyone record the bake off final",
    "food's here!",
    "happy friday everyone 🍻",
    "sorry missed your call, driving",
    "leave the key under the mat",
    "we need more bin bags",
    "is it fancy dress or not",
    "my phone's on 2%",
    "hows the new job going",
    "parking at the station was £9 today, daylight robbery",
    "Gate changed to B32, boarding at 14:05",
    "order confirmed, arriving between 7 and 9 am",
    "the wifi is down again, rebooting the router",
    "car boot sale cancelled because of rain",
    "sending love, hope the op goes well xx",
    "just landed!",
    "is the dentist on the high street any good",
    "the dishwasher tablets are under the sink",
    "new series drops friday, no spoilers",
    "what time's kick off",
    "I'll do the school run tomorrow",
    "chemist closes at 6 remember",
    "lovely to see you all yesterday",
    "The recycling centre is shut on Wednesdays now",
    "can you check if the back door is locked",
    "2 for 1 on pizzas tonight",
    "The printer says paper jam but there's no paper in it",
    "does anyone know a good mechanic",
    "meeting moved to 3pm",
    "will do!",
    "mark my words it'll rain at the bbq",
    "grace before meals please kids",
    "rose gold or silver for the frame?",
    "robin in the garden again this morning 🐦",
    "penny for your thoughts",
    "the holly bush needs cutting back",
    "just chasing up the refund for order 55812",
    "dawn raid on the biscuit tin, who was it",
    "thanks for the lift",
    "nearly there",
    "no worries at all",
    "bring wellies it's muddy",
    "pls vote in the poll above",
]

# ------------------------------------------------------------------ PII-free hard

HARD_PARTS = {
    "brand": ["Greggs", "Pret", "Tesco Express", "Boots", "Argos", "Primark", "Nando's", "Wagamama",
              "Trader Joe's", "Chipotle", "Costco", "Target", "Whole Foods", "Dunkin'", "Chick-fil-A", "Lidl",
              "Aldi", "Sainsbury's", "Waitrose", "M&S", "Superdrug", "Wilko", "Currys", "JD Sports",
              "Sports Direct", "Domino's", "Papa John's", "Taco Bell", "Wendy's", "Walgreens", "CVS", "IKEA",
              "Dunelm", "B&Q", "Screwfix", "Toolstation", "Holland & Barrett", "Lush", "Space NK", "Patagonia"],
    "shop": ["Waterstones", "Hobbycraft", "The Range", "Poundland", "Ladbrokes", "Specsavers", "Halfords",
             "Robert Dyas", "Card Factory", "TK Maxx", "Home Bargains", "Timpson", "Cotswold Outdoor",
             "Barnes & Noble", "Trader Vic's", "Pickle & Rye deli", "The Daily Grind", "Bean There Café",
             "Rose & Crown", "Prince of Wales pub", "Duke of York", "The Red Lion", "King's Head",
             "Miss Saigon noodle bar", "Mama Africa kitchen", "Dosa Palace", "Pierogi House", "Taquería El Sol"],
    "mall": ["Westfield Stratford", "the Bullring", "Trafford Centre", "Mall of America", "Meadowhall",
             "St David's Centre", "Silverburn", "Braehead", "Cribbs Causeway", "Bluewater", "Lakeside",
             "Liffey Valley", "Dundrum Town Centre", "Victoria Square", "the Galleria", "King of Prussia mall"],
    "dish": ["Eggs Benedict", "Beef Wellington", "Caesar salad", "Victoria sponge", "Eton mess",
             "Shepherd's pie", "chicken tikka masala", "Pad Thai", "pho", "bánh mì", "jollof rice", "pierogi",
             "huevos rancheros", "Welsh rarebit", "Cullen skink", "Irish stew", "Arnold Bennett omelette",
             "Peach Melba", "Pavlova", "Margherita", "Beef Stroganoff", "Waldorf salad", "Nachos Bellgrande",
             "Lancashire hotpot", "Bakewell tart", "Scotch egg", "Chelsea bun", "Cobb salad", "Reuben"],
    "street": ["Oxford Street", "Queen Street", "Sauchiehall Street", "Grafton Street", "Bold Street",
               "Deansgate", "Princes Street", "Broadway", "Market Street", "Abbey Road", "Castle Street",
               "St Mary Street", "Lord Street", "Botanic Avenue", "Michigan Avenue", "Sunset Boulevard",
               "Wind Street", "Mill Road", "the High Street", "Victoria Road", "Church Lane"],
    "club": ["Aston Villa", "Crystal Palace", "QPR", "Hearts", "Hibs", "Partick Thistle", "Wrexham",
             "Swansea City", "Bohemians", "Shamrock Rovers", "Nottingham Forest", "Sheffield Wednesday",
             "Spurs", "Cardiff City", "Celtic", "Rangers", "Man City", "Leyton Orient", "the Lakers",
             "the Red Sox", "the Cowboys", "Inter Miami", "Wigan Warriors", "Leinster", "the Ospreys"],
    "band": ["Arctic Monkeys", "Radiohead", "Coldplay", "Blur", "Oasis", "Pulp", "Stereophonics",
             "Manic Street Preachers", "Biffy Clyro", "The Killers", "Super Furry Animals", "Gorillaz",
             "Kings of Leon", "Florence + the Machine", "The Cure", "Snow Patrol", "Fontaines D.C."],
    "film": ["Paddington 2", "Toy Story", "Dune", "Inside Out 2", "Frozen", "Shrek", "Top Gun", "Barbie",
             "Oppenheimer", "Jaws", "Home Alone", "Love Actually", "Hot Fuzz", "Gavin & Stacey", "Bluey"],
    "place": ["Florence", "Georgia", "Jordan", "Chelsea", "Charlotte", "Austin", "Lincoln", "Sydney",
              "Victoria", "King's Cross", "Regent's Park", "Tenby", "Portrush", "Oban", "Killarney", "Aviemore",
              "Brecon", "Madison", "Paris, Texas", "St Ives", "Dallas", "Eugene", "Phoenix"],
    "flight": ["BA2490", "EZY8123", "FR 1234", "AA100", "DL 2215", "U2 8841", "LS 907"],
    "road": ["M6", "A470", "M8", "I-95", "A1(M)", "M50", "Route 66", "M4 at junction 32"],
    "ver": ["iOS 17.4.1", "v2.3.0", "Android 14", "Windows 11 23H2", "firmware 1.0.8"],
    "order": ["#A77213", "55812", "#100-4471920-3318", "W1188230", "#3921"],
    "groc": ["Tesco Express", "Lidl", "Aldi", "Sainsbury's", "Waitrose", "M&S", "Trader Joe's", "Whole Foods", "Costco", "Morrisons"],
    "price": ["£4.50", "£12.99", "$7.25", "£1,250", "$18", "£0.89", "€3.40", "£65pp", "$199.99", "£3"],
    "num": ["order #A77213", "ref 4417-22", "BA2490", "EZY8123", "FR 1234", "platform 9", "gate B32",
            "iOS 17.4.1", "v2.3.0", "2-1", "3-3", "row F seat 14", "table 12", "bus 38", "the 10:32",
            "room 214", "aisle 7", "order 55812", "PIN reset 3", "Galaxy S24", "RTX 4070", "size 9",
            "35°C", "40% off", "5 for £10", "1Z999AA10123456784", "ISBN 978-0-14-103614-4", "M6 junction 19",
            "A470", "I-95", "Route 66", "Terminal 5", "flight AA100", "DL 2215", "Series 7"],
    "word": ["will", "mark", "grace", "rose", "hope", "faith", "joy", "bill", "pat", "dawn", "summer", "frank",
             "jack", "chase", "rich", "sandy", "ray", "penny", "robin", "holly", "ivy", "daisy", "amber",
             "ruby", "pearl", "hazel", "cliff", "drew", "grant", "miles", "hunter", "brook", "reed", "sunny",
             "rusty", "crystal", "heather", "misty", "honey", "patience", "mercy", "charity", "blessing"],
}

EN_HARD = [
    "Greggs on Queen Street has the vegan sausage rolls back, {price} each",
    "anyone going to {mall} on saturday? {shop} has a sale",
    "{club} 2-1 {club}, what a game",
    "Flight {flight} delayed again, sat in Terminal 5 eating {dish}",
    "Got the {dish} from {shop}, honestly the best in town",
    "{band} are playing {place} in June, tickets {price}",
    "Watched {film} last night, cried at the end",
    "Meet outside {brand} on {street} at 6?",
    "Will you be at the game? Mark says it's sold out",
    "I will mark the essays tonight, grace period ends at noon",
    "The rose bush finally bloomed 🌹 and the holly's gone wild",
    "Ruby anniversary party at the {shop}, 40 years!",
    "Hope the weather holds for the {dish} picnic",
    "Faith in humanity restored, someone handed in my wallet at {brand}",
    "Pat the dough flat and chill for 20 mins",
    "Sunny spells in {place} today, 18°C",
    "Robin redbreast on the fence again 🐦",
    "Daisy chains and Pimm's at Regent's Park, perfect summer day",
    "Amber warning for wind across {place} tonight",
    "Hazel eyes, size 9 shoes, and a love of {dish} — describing my perfect dog lol",
    "Drew a blank in the pub quiz, 10 questions on {band}",
    "Bill came to {price} for four of us at {shop}",
    "Jack up the car before you loosen the nuts",
    "Chase the refund with {brand}, it's been 3 weeks",
    "Grant applications close Friday at 5pm",
    "Miles of queues on the {road} this morning",
    "Penny pinching this month, no more {brand} coffees",
    "Frank opinion: {film} is overrated",
    "Dawn chorus woke me up at 4:45",
    "Victoria sponge or {dish} for the bake sale?",
    "Chelsea bun from the bakery on {street}, {price}",
    "Lincoln cathedral was stunning, then tea at {shop}",
    "Georgia peaches at {groc} this week, {price} a punnet",
    "King's Cross to Edinburgh Waverley, the 10:32, coach C",
    "Prince of Wales pub quiz is back on thursdays",
    "The Rose & Crown does a decent {dish} on Sundays",
    "Jordan trip photos are up! Petra was unreal",
    "{club} fans singing outside {shop} at midnight 🙄",
    "Just updated to {ver}, battery life is worse",
    "Paid {price} for parking at {mall}, never again",
    "{brand} order {order} arriving tomorrow between 7 and 11",
    "The new {brand} on {street} opens Monday",
    "Is {shop} still open late on Thursdays?",
    "Reading the new Waterstones book of the month, it's about a lighthouse in Oban",
    "The Killers - Mr Brightside at 2am is mandatory",
    "Score: {club} 0 - 3 {club}. Relegation incoming",
    "St Patrick's Day at Grafton Street was mobbed",
    "Burns Night menu: haggis, neeps, tatties, Cullen skink to start",
    "St David's Day cakes from the bakery, Welsh cakes are {price} for 6",
    "Diwali sweets from the shop on Belgrave Road were gorgeous",
    "Eid lunch at {shop}, booked table 12",
    "Tết decorations are up at the Vietnamese supermarket near {mall}",
    "Día de Muertos display at the library this week",
    "Lagos Jollof vs Accra jollof debate kicking off in the group chat again",
    "Charlotte to Austin is $189 return on Southwest right now",
    "the Florence + the Machine gig at the Ovo Hydro was amazing",
    "Sydney Street market has {dish} stalls now",
    "iPhone 15 Pro Max 256GB for £799 refurbished, seems cheap",
    "Morrisons Daily on {street} has run out of bread",
    "Cost of the {dish} went up to {price}, shrinkflation",
    "The 38 bus from {street} is diverted",
    "Summer holidays start on the 22nd",
    "Autumn term INSET day is the 4th",
    "Penny Lane is a real road btw, went on the Beatles tour... no wait the tour bus went down it",
    "Hunter wellies half price at {brand}",
    "Miss Selfridge dresses on clearance",
    "Mrs Brown's Boys is on again, who watches this",
    "Ted Baker closing down sale",
    "Dr Martens boots are {price} at the outlet",
    "Dr Pepper or Irn-Bru for the party",
    "Sir Kensington's ketchup is back in stock",
    "Aunt Bessie's Yorkshires, don't judge me",
    "Uncle Ben's rice is now just called Ben's Original",
    "Ben & Jerry's 2 for {price} at {brand}",
    "Mr Kipling fondant fancies for the office",
    "Father Ted marathon on tonight",
    "Jack Daniel's and coke please",
    "Captain Morgan shots at the Red Lion",
    "Lady Grey or Earl Grey?",
    "St John Ambulance first aid course is {price}",
    "The Hope & Anchor does live music fridays",
    "Grace Church food bank needs tins of soup",
    "Ivy restaurant booking for 8, table 14",
    "Baker Street station is closed this weekend",
    "Fisher Price toys at the charity shop",
    "Hill walking in Brecon, 800 metres of climbing",
    "Brown sauce or red sauce on the bacon roll",
    "Little Chef on the A1 is long gone",
    "Young's pub has a beer garden",
    "Green & Black's chocolate on offer",
    "Wood-fired {dish} at {shop}, {price}",
    "Bird box camera shows 4 eggs!",
    "Fox News is on in the hotel lobby",
    "Sharp pain in my knee after the 10k",
    "Bell ringing practice moved to Tuesday",
    "Rice cooker broke, ordering from Argos",
    "Price check: {dish} kit is {price}",
    "Parsons Green station is closed",
    "Hardy perennials for the front garden",
    "Mill Road winter fair is on Saturday",
    "Castle Street market has vintage stalls",
    "Deansgate Locks on a friday, absolute chaos",
    "Tottenham Court Road station exit 3",
    "Archway, Angel, Bank, then change for the Elizabeth line",
    "Jubilee line down again",
    "the Victoria line is rammed",
    "Wimbledon queue starts at 5am apparently",
    "Glastonbury tickets sold out in 30 mins",
    "Eisteddfod is in Pontypridd this year",
    "Edinburgh Fringe shows are {price} each now",
    "Galway Races this weekend",
    "Notting Hill Carnival, bring cash",
    "Mardi Gras parade route goes down Canal Street",
    "Thanksgiving at {shop}, {dish} and pie",
    "Halloween at {mall}, trick or treat from 4pm",
    "Black Friday deals at {brand} are not real discounts",
    "Boxing Day sale at {shop} starts at 8",
    "Pancake Day! lemon and sugar only",
    "Mother's Day brunch booked at {shop}",
    "will it be busy at {mall}?",
    "mark as read pls",
    "rose wine or prosecco for the hen",
    "hope it's not raining in {place}",
    "grace note in bar 12 is wrong",
    "bill me later, I'm skint",
    "holly and ivy wreath from the garden centre, £22",
    "robin hood's bay walk on sunday",
    "amber leaf baccy price is mad",
    "daisy cutter tee shot lol",
    "frank and honest feedback only pls",
    "drew the short straw, I'm driving",
    "patience is wearing thin with this train line",
    "blessing in disguise that the flight got cancelled",
    "mercy me, {price} for a pint in {place}",
    "charity shop on {street} had a {film} DVD box set",
    "crystal clear water in {place}",
    "honey roast ham from {groc}",
    "sandy beach at {place}, bring a windbreak",
    "ray of sunshine this morning",
    "heather on the hills in august",
    "misty morning in {place}",
    "rusty bike for sale, {price} ono",
    "hunter green paint for the door",
    "pearl barley for the stew",
    "ruby chocolate is a gimmick",
    "hazelnut latte from {brand}",
    "cliff path closed after the storm",
    "grant funding came through for the community garden",
    "miles away from the nearest {brand}",
    "brook trout on the menu at {shop}",
    "reed diffuser from {brand}",
    "summer house needs painting",
    "chase bank app down again",
    "jack russell puppies spotted at the park",
    "dawn dish soap is the best for greasy pans",
]


def _fill_hard(t, rng):
    import re
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(HARD_PARTS[m.group(1)]), t)


def build(rng: random.Random, n_lab=400, n_none=60, n_hard=400):
    from i9_common import fill
    lines = []
    seen = set()
    # labelled lines: cycle through templates in shuffled rounds
    order = []
    while len([x for x in lines]) < n_lab - n_none:
        if not order:
            order = EN_TEMPLATES + EN_TEMPLATES_NOP * 2
            order = list(order)
            rng.shuffle(order)
        t = order.pop()
        text, ents = fill(t, SLOTS, rng)
        if text in seen:
            continue
        seen.add(text)
        lines.append({"text": text, "entities": ents})
    none_lines = []
    nt = list(EN_NONE)
    rng.shuffle(nt)
    for t in nt[:n_none]:
        none_lines.append({"text": t, "entities": []})
    lines += none_lines
    rng.shuffle(lines)
    hard = []
    hseen = set()
    i = 0
    while len(hard) < n_hard:
        t = EN_HARD[i % len(EN_HARD)]
        i += 1
        s = _fill_hard(t, rng)
        if i > len(EN_HARD) and rng.random() < 0.35:
            s = s.lower()
        if s in hseen:
            continue
        hseen.add(s)
        hard.append({"text": s})
    rng.shuffle(hard)
    return lines, hard
