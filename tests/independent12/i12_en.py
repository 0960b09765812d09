# -*- coding: utf-8 -*-
"""English pools and slot functions for independent12 (IN, NG, PH, CA, NZ, UK, US)."""
import i12_ids as ids

REGIONS = ["in", "ng", "ph", "ca", "nz", "uk", "us"]
REGION_WEIGHTS = [16, 16, 14, 13, 12, 15, 14]

FIRST = {
    "in": ["Ishaan", "Tanvi", "Rohit", "Meenakshi", "Arjun", "Divya", "Karthik", "Sneha", "Pranav",
           "Lakshmi", "Vikram", "Harpreet", "Gurleen", "Siddharth", "Nandini", "Aakash", "Pooja",
           "Revathi", "Anirudh", "Shreya", "Manoj", "Farhan", "Zoya", "Deepika", "Sunil"],
    "ng": ["Emeka", "Adaeze", "Seun", "Tunde", "Funmi", "Ngozi", "Ifeoma", "Babatunde", "Yetunde",
           "Kelechi", "Chidinma", "Obinna", "Amaka", "Tobi", "Femi", "Bisola", "Uche", "Nnamdi",
           "Zainab", "Abubakar", "Halima", "Musa", "Chiamaka", "Ebuka", "Kunle"],
    "ph": ["Maricel", "Rowena", "Jhun", "Dindo", "Marites", "Jomar", "Kristine", "Aljon", "Jerome",
           "Rhea", "Analyn", "Bong", "Jun-jun", "Nonoy", "Inday", "Toto", "Dodong", "Neneng",
           "Mylene", "Arnel", "Glaiza", "Rodel", "Jenalyn", "Ramil"],
    "ca": ["Mathieu", "Geneviève", "Étienne", "Chloé", "Liam", "Avery", "Harjit", "Keegan",
           "Maëlle", "Connor", "Brielle", "Jean-François", "Nakoda", "Kiona", "Rajdeep", "Émilie",
           "Tessa", "Dawson"],
    "nz": ["Aroha", "Tama", "Wiremu", "Mere", "Hemi", "Ngaio", "Rangi", "Kiri", "Manaia", "Anahera",
           "Nikau", "Hamish", "Lachlan", "Callum", "Sione", "Losa", "Talia", "Mele", "Tipene",
           "Ruby", "Finn", "Maia"],
    "uk": ["Siobhan", "Gareth", "Niamh", "Rhys", "Imogen", "Callum", "Saoirse", "Hamza", "Priya",
           "Tariq", "Bethan", "Declan", "Aoife", "Kwame", "Ffion", "Aled", "Fenella", "Jodie",
           "Kieran", "Shauna", "Oisín", "Lewis"],
    "us": ["DeShawn", "Kayleigh", "Marisol", "Tyrone", "Brynn", "Jaxon", "Lupe", "Esperanza",
           "Dakota", "Xiomara", "Lakisha", "Jolene", "Bodhi", "Tucker", "Guadalupe", "Keanu",
           "Shaniqua", "Colton", "Mireya", "Emmett", "Lorelei"],
}
WORDNAMES = {
    "in": ["Pinky", "Sweety", "Bunty", "Happy", "Lucky", "Dolly", "Honey"],
    "ng": ["Blessing", "Precious", "Goodluck", "Patience", "Favour", "Godwin", "Gift", "Mercy",
           "Comfort", "Peace", "Sunday", "Friday", "Promise", "Testimony"],
    "ph": ["Joy", "Honey", "Lovely", "Princess", "Precious", "Sunshine", "Cherry", "Angel", "Baby",
           "Bless", "Charity"],
    "ca": ["Brooke", "River", "Summer", "Hunter", "Chase", "Sky", "Forest"],
    "nz": ["Hope", "Storm", "Ocean", "Summer", "Blaze", "Harmony"],
    "uk": ["Rose", "Will", "Mark", "Grace", "Hope", "Faith", "Ivy", "Holly", "Dawn", "Bill", "Frank",
           "Penny", "Robin", "Jack", "Amber", "Jade", "Ginger", "Rich"],
    "us": ["Hunter", "Chase", "River", "Sky", "Brooke", "Autumn", "Harper", "Sunny", "Destiny",
           "Rusty", "Bud", "Candy", "Sterling", "Willow", "Hazel"],
}
SURNAME = {
    "in": ["Venkataraman", "Kulkarni", "Iyer", "Reddy", "Chatterjee", "Menon", "Nair", "Deshpande",
           "Bhattacharya", "Sandhu", "Gill", "Agarwal", "Pillai", "Rao", "Joshi", "Banerjee",
           "Qureshi", "Fernandes", "D'Souza", "Hegde"],
    "ng": ["Okafor", "Adeyemi", "Balogun", "Eze", "Nwosu", "Okonkwo", "Bello", "Ibrahim", "Adewale",
           "Ogunleye", "Chukwu", "Obi", "Onyekachi", "Uzor", "Akinola", "Danjuma", "Oyelaran",
           "Nwachukwu", "Adebayo"],
    "ph": ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Castillo",
           "Manalo", "Dizon", "Pangilinan", "Tolentino", "Soriano", "Macaraeg", "Lacson", "Dimaculangan",
           "Agbayani"],
    "ca": ["Tremblay", "Gagnon", "Bouchard", "Côté", "Pelletier", "MacLeod", "Campbell", "Fraser",
           "Sandhu", "Wong", "Leblanc", "Nakamura", "Ouellette", "Bélanger", "Morrisseau"],
    "nz": ["Ngata", "Parata", "Te Awa", "Walker", "McKenzie", "Fifita", "Tuilagi", "Henare", "Tipene",
           "Hohaia", "Ruatapu", "Faleolo", "Sutherland", "Kerr"],
    "uk": ["Pritchard", "Okoro", "Whitfield", "Ashworth", "Kaur", "Hughes", "Doyle", "McAllister",
           "Brennan", "Fairbairn", "Llewellyn", "Mahmood", "Oyelowo", "Thistlethwaite", "Baker",
           "Mason", "Fletcher"],
    "us": ["Delgado", "Kowalski", "Whitaker", "Nguyen", "Castellanos", "Hawthorne", "Lindqvist",
           "Rosado", "Fitzgerald", "Washington", "Yazzie", "Okamoto", "Brandt", "Carter", "Hunter"],
}
FEMALE = set("""Tanvi Meenakshi Divya Sneha Lakshmi Harpreet Gurleen Nandini Pooja Revathi Shreya Zoya
Deepika Pinky Sweety Dolly Honey Adaeze Funmi Ngozi Ifeoma Yetunde Chidinma Amaka Bisola Zainab
Halima Chiamaka Blessing Precious Patience Favour Mercy Comfort Peace Testimony Maricel Rowena
Marites Kristine Rhea Analyn Inday Neneng Mylene Glaiza Jenalyn Joy Lovely Princess Sunshine Cherry
Angel Baby Bless Charity Geneviève Chloé Avery Maëlle Brielle Kiona Émilie Tessa Brooke Summer
Aroha Mere Ngaio Kiri Anahera Losa Talia Mele Ruby Maia Hope Harmony Siobhan Niamh Imogen Saoirse
Priya Bethan Aoife Ffion Fenella Jodie Shauna Rose Grace Faith Ivy Holly Dawn Penny Amber Jade
Ginger Kayleigh Marisol Brynn Lupe Esperanza Xiomara Lakisha Jolene Guadalupe Shaniqua Mireya
Lorelei Autumn Harper Destiny Candy Willow Hazel Sky River Ocean Storm""".split())
UNISEX = {"Harpreet", "Avery", "Sky", "River", "Ocean", "Storm", "Harper", "Dakota", "Kiri", "Rangi",
          "Manaia", "Sunny", "Happy", "Lucky", "Peace", "Gift", "Promise", "Sunday", "Friday", "Robin"}


def _g_ok(name, g):
    if g is None:
        return True
    if g == "f":
        return name in FEMALE
    return name not in FEMALE or name in UNISEX


PETS = ["Biscuit", "Mochi", "Pepper", "Chutney", "Kiwi", "Bruno", "Tofu", "Lola", "Nugget",
        "Pickles", "Coco", "Mango", "Tiger", "Scout", "Ziggy"]

HONOR = {
    "in": ["Mrs", "Mr", "Dr.", "Dr"], "ng": ["Mrs", "Mr", "Dr", "Chief", "Barr.", "Engr."],
    "ph": ["Mrs.", "Mr.", "Atty.", "Dr."], "ca": ["Mr.", "Mrs.", "Ms.", "Dr.", "Mme"],
    "nz": ["Mr", "Mrs", "Ms", "Dr"], "uk": ["Mrs", "Mr", "Ms", "Dr", "Miss"],
    "us": ["Mr.", "Mrs.", "Ms.", "Dr.", "Coach"],
}
KIN = {  # forms of address used with a first name; the name alone is the span. (form, gender)
    "in": [("{n} aunty", "f"), ("{n} bhaiya", "m"), ("{n} didi", "f"), ("{n} uncle", "m"),
           ("{n} ji", None), ("{n} sir", "m"), ("{n} ma'am", "f")],
    "ng": [("Aunty {n}", "f"), ("Uncle {n}", "m"), ("Oga {n}", "m"), ("Madam {n}", "f"),
           ("Brother {n}", "m"), ("Sister {n}", "f"), ("Mummy {n}", "f")],
    "ph": [("Tita {n}", "f"), ("Tito {n}", "m"), ("Kuya {n}", "m"), ("Ate {n}", "f"), ("Sir {n}", "m"),
           ("Ma'am {n}", "f"), ("Lola {n}", "f"), ("Lolo {n}", "m")],
    "ca": [("Auntie {n}", "f"), ("Uncle {n}", "m"), ("Coach {n}", None)],
    "nz": [("Whaea {n}", "f"), ("Matua {n}", "m"), ("Aunty {n}", "f"), ("Uncle {n}", "m"), ("Nan {n}", "f")],
    "uk": [("Auntie {n}", "f"), ("Uncle {n}", "m"), ("Nana {n}", "f"), ("Grandad {n}", "m")],
    "us": [("Aunt {n}", "f"), ("Uncle {n}", "m"), ("Miss {n}", "f"), ("Grandma {n}", "f")],
}
MAILDOM = ["example.com", "example.org", "example.net", "mail.example.com", "example.co.uk",
           "example.in", "example.ng", "example.ph", "example.ca", "example.co.nz"]


def region(rng, ctx):
    if "region" not in ctx:
        ctx["region"] = rng.choices(REGIONS, REGION_WEIGHTS)[0]
    return ctx["region"]


def _pick(rng, pool, g):
    cand = [x for x in pool if _g_ok(x, g)]
    return rng.choice(cand)


def s_first(rng, ctx, g=None):
    r = region(rng, ctx)
    return ("PERSON", _pick(rng, FIRST[r], g))


def s_lower(rng, ctx):
    return ("PERSON", s_first(rng, ctx)[1].lower())


def s_word(rng, ctx, g=None):
    r = region(rng, ctx)
    cand = [x for x in WORDNAMES[r] if _g_ok(x, g)] or [x for x in FIRST[r] if _g_ok(x, g)]
    return ("PERSON", rng.choice(cand))


def s_wordlower(rng, ctx):
    return ("PERSON", s_word(rng, ctx)[1].lower())


def s_sur(rng, ctx):
    return ("PERSON", rng.choice(SURNAME[region(rng, ctx)]))


def s_full(rng, ctx, g=None):
    r = region(rng, ctx)
    pool = FIRST[r] + WORDNAMES[r][:4]
    return ("PERSON", _pick(rng, pool, g) + " " + rng.choice(SURNAME[r]))


def s_any(rng, ctx):
    x = rng.random()
    if x < 0.45:
        return s_first(rng, ctx)
    if x < 0.7:
        return s_full(rng, ctx)
    if x < 0.85:
        return s_word(rng, ctx)
    return s_lower(rng, ctx)


def s_pet(rng, ctx):
    return ("PERSON", rng.choice(PETS))


def s_honor(rng, ctx):
    """returns plain honorific; use as '{HON} {PS}'"""
    return rng.choice(HONOR[region(rng, ctx)])


def s_kin(rng, ctx, g=None):
    """form of address + first name; only the name is labelled"""
    r = region(rng, ctx)
    forms = [f for f in KIN[r] if g is None or f[1] in (g, None)]
    form, fg = rng.choice(forms)
    name = _pick(rng, FIRST[r] + WORDNAMES[r], fg or g)
    a, b = form.split("{n}")
    out = []
    if a:
        out.append(a)
    out.append(("PERSON", name))
    if b:
        out.append(b)
    return out


def area_code(rng, r):
    if r == "ca":
        return rng.choice(["416", "604", "403", "514", "613", "902", "780", "204", "647"])
    return rng.choice(["212", "312", "415", "617", "713", "206", "404", "305", "503", "702"])


def s_tel(rng, ctx):
    r = region(rng, ctx)
    if r == "uk":
        return ("PHONE_NUMBER", ids.uk_mobile(rng) if rng.random() < 0.9 else ids.uk_landline(rng))
    if r in ("us", "ca"):
        return ("PHONE_NUMBER", ids.nanp(rng, area_code(rng, r)))
    if r == "in":
        n = rng.choice("6789") + ids.digits(rng, 9)
        return ("PHONE_NUMBER", rng.choice(["+91 %s %s" % (n[:5], n[5:]), "%s%s" % ("0", n), n,
                                             "+91-%s" % n, "%s %s" % (n[:5], n[5:])]))
    if r == "ng":
        n = rng.choice(["803", "806", "813", "816", "703", "706", "805", "807", "809", "902", "908"]) + ids.digits(rng, 7)
        return ("PHONE_NUMBER", rng.choice(["0%s" % n, "+234 %s %s %s" % (n[:3], n[3:6], n[6:]),
                                             "0%s %s %s" % (n[:3], n[3:6], n[6:]), "+234%s" % n]))
    if r == "ph":
        n = rng.choice(["917", "918", "927", "935", "945", "966", "977", "998", "908"]) + ids.digits(rng, 7)
        return ("PHONE_NUMBER", rng.choice(["0%s" % n, "+63 %s %s %s" % (n[:3], n[3:6], n[6:]),
                                             "0%s-%s-%s" % (n[:3], n[3:6], n[6:]), "0%s %s %s" % (n[:3], n[3:6], n[6:])]))
    # nz
    pre = rng.choice(["021", "022", "027", "029"])
    n = ids.digits(rng, 7)
    return ("PHONE_NUMBER", rng.choice(["%s %s %s" % (pre, n[:3], n[3:]), pre + n,
                                         "+64 %s %s %s" % (pre[1:], n[:3], n[3:]),
                                         "(09) %s %s" % (n[:3], n[3:])]))


def s_email(rng, ctx):
    r = region(rng, ctx)
    f = rng.choice(FIRST[r] + WORDNAMES[r]).lower().replace("é", "e").replace("ë", "e").replace("í", "i").replace("-", "")
    s = rng.choice(SURNAME[r]).lower().replace(" ", "").replace("'", "").replace("ô", "o").replace("é", "e")
    local = rng.choice([f + "." + s, f + s[:1], f[0] + s, f + "_" + s, f + ids.digits(rng, 2),
                        s + "." + f, f + "." + s + ids.digits(rng, 2), f + "x" + s[:3]])
    local = local.replace("ç", "c").replace("è", "e").replace("ë", "e")
    dom = rng.choice(["example.com", "example.org", "example.net", "mail.example.com",
                      {"uk": "example.co.uk", "in": "example.in", "ng": "example.com.ng", "ph": "example.ph",
                       "ca": "example.ca", "nz": "example.co.nz", "us": "example.com"}[r]])
    return ("EMAIL_ADDRESS", local + "@" + dom)


STREETS = {
    "uk": ["Ashgrove Road", "Cranbrook Avenue", "Mill Lane", "Harrowby Street", "Thornfield Close",
           "Kestrel Way", "Beechwood Drive", "Canal Street", "Pendle View", "Station Road"],
    "us": ["Willow Creek Dr", "Maple Ave", "N Halsted St", "Sycamore Ln", "Riverside Blvd",
           "Juniper Ct", "E 7th St", "Palmetto Way", "Cedar Ridge Rd"],
    "in": ["4th Cross, Indiranagar", "MG Road", "Link Road, Malad West", "Anna Salai",
           "Sector 14", "Gandhi Nagar Main Rd", "Hill Road, Bandra", "2nd Main, Jayanagar"],
    "ng": ["Adebayo Close", "Awolowo Road", "Admiralty Way", "Opebi Road", "Aminu Kano Crescent",
           "Ogui Road", "Ikwerre Road", "Bode Thomas Street"],
    "ph": ["Sampaguita St.", "Kalayaan Ave.", "Mabini St.", "Rizal Ave. Ext.", "Banaba St.",
           "P. Burgos St.", "Narra St."],
    "ca": ["Granville St", "Rue Saint-Denis", "Jasper Ave", "Queen St W", "Portage Ave",
           "Spring Garden Rd", "Bank St", "Whyte Ave"],
    "nz": ["Kowhai Street", "Rata Lane", "Dominion Road", "Cuba Street", "Riccarton Road",
           "Tui Crescent", "Manuka Place", "Great North Road"],
}
TOWNS = {
    "uk": ["Leeds LS6 2QT", "Sheffield", "Cardiff CF24 4HQ", "Bristol BS5 6XX", "Belfast BT7 1AA",
           "Glasgow G12 8QQ", "Norwich", "Preston PR1 3ZZ"],
    "us": ["Austin, TX 78745", "Chicago, IL 60614", "Tampa, FL 33602", "Portland, OR 97214",
           "Albany, NY 12203", "Sacramento, CA 95818", "Tacoma, WA 98405"],
    "in": ["Bengaluru 560038", "Mumbai 400064", "Chennai 600002", "Gurugram", "Pune 411004",
           "Hyderabad 500034", "Kochi"],
    "ng": ["Ikeja, Lagos", "Ikoyi, Lagos", "Lekki Phase 1", "Garki, Abuja", "Enugu",
           "Port Harcourt", "Surulere"],
    "ph": ["Brgy. San Isidro, Antipolo", "Quezon City", "Cebu City", "Davao City", "Makati",
           "Brgy. Malanday, Marikina", "Iloilo City"],
    "ca": ["Vancouver BC V6Z 1L5", "Montréal QC H2X 3K4", "Edmonton AB", "Toronto ON M5V 2T6",
           "Winnipeg MB", "Halifax NS B3J 1B9", "Ottawa"],
    "nz": ["Mt Albert, Auckland 1025", "Te Aro, Wellington", "Christchurch 8041", "Hamilton",
           "Dunedin 9016", "Rotorua", "Papatoetoe, Auckland"],
}


def s_addr(rng, ctx):
    r = region(rng, ctx)
    st = rng.choice(STREETS[r])
    town = rng.choice(TOWNS[r])
    n = rng.randint(2, 240)
    x = rng.random()
    if r == "in":
        v = rng.choice(["Flat %d, %s Apartments, %s, %s" % (rng.randint(101, 905), rng.choice(["Sai Krupa", "Lakeview", "Green Meadows", "Shanti Nivas"]), st, town),
                        "%d, %s, %s" % (n, st, town), "H.No. %d-%d, %s, %s" % (rng.randint(1, 12), rng.randint(10, 499), st, town)])
    elif r == "ph":
        v = rng.choice(["Blk %d Lot %d, %s, %s" % (rng.randint(1, 40), rng.randint(1, 60), st, town),
                        "%d %s, %s" % (n, st, town), "Unit %d, %d %s, %s" % (rng.randint(201, 1809), n, st, town)])
    elif r == "ca" and x < 0.4:
        v = "%d-%d %s, %s" % (rng.randint(101, 2409), rng.randint(100, 2999), st, town)
    elif r == "nz" and x < 0.3:
        v = "Flat %d, %d %s, %s" % (rng.randint(1, 9), n, st, town)
    elif x < 0.25:
        v = "%d %s" % (n, st)
    else:
        v = "%d %s, %s" % (n, st, town)
    return ("LOCATION", v)


def s_plate(rng, ctx):
    r = region(rng, ctx)
    L = lambda k: ids.plate_letters(rng, k)
    D = lambda k: ids.digits(rng, k)
    if r == "uk":
        v = "%s%02d %s" % (L(2), rng.choice([17, 18, 19, 20, 21, 22, 23, 24, 68, 69, 70, 71, 72, 73]), L(3))
    elif r == "us":
        v = rng.choice([rng.choice("5678") + L(3) + D(3), L(3) + "-" + D(4), L(3) + " " + D(4), D(3) + " " + L(3)])
    elif r == "in":
        v = rng.choice(["MH 12 %s %s" % (L(2), D(4)), "KA05%s%s" % (L(2), D(4)), "DL 3C %s %s" % (L(2), D(4)),
                        "TN 09 %s %s" % (L(2), D(4))])
    elif r == "ng":
        v = "%s %s %s" % (rng.choice(["KTU", "LSR", "AAA", "EKY", "ABC", "GGE", "FKJ", "SMK"]), D(3), L(2))
    elif r == "ph":
        v = "%s %s" % (L(3), D(4))
    elif r == "ca":
        v = rng.choice([L(4) + " " + D(3), L(2) + D(1) + " " + D(2) + L(1), D(3) + " " + L(3)])
    else:
        v = L(3) + D(3)
    return ("LICENSE_PLATE", v)


def s_cc(rng, ctx):
    return ("CREDIT_CARD", ids.credit_card(rng))


def s_iban(rng, ctx):
    return ("IBAN_CODE", ids.iban(rng))


def s_bcode(rng, ctx):
    r = region(rng, ctx)
    if r == "uk":
        return ("BANK_ACCOUNT", ids.sort_code(rng))
    if r == "us":
        return ("BANK_ACCOUNT", ids.aba(rng))
    if r == "in":
        return ("BANK_ACCOUNT", rng.choice(["SBIN", "HDFC", "ICIC", "UTIB", "KKBK"]) + "0" + ids.digits(rng, 6))
    if r == "ca":
        return ("BANK_ACCOUNT", ids.digits(rng, 5))
    if r == "nz":
        return ("BANK_ACCOUNT", rng.choice(["12", "06", "38", "02"]) + "-" + ids.digits(rng, 4))
    return ("BANK_ACCOUNT", ids.digits(rng, 6))


def s_acct(rng, ctx):
    r = region(rng, ctx)
    n = {"uk": 8, "us": rng.choice([9, 10, 12]), "in": rng.choice([11, 12, 14]), "ng": 10,
         "ph": rng.choice([10, 12]), "ca": 7, "nz": 7}[r]
    v = ids.digits(rng, n, first_nonzero=(r != "ng"))
    if r == "nz":
        v = "%s-%s-%s-0%d" % (rng.choice(["12", "06", "38", "02", "01"]), ids.digits(rng, 4), v, rng.randint(0, 3))
    return ("BANK_ACCOUNT", v)


def s_nino(rng, ctx):
    return ("UK_NINO", ids.nino(rng))


def s_nhs(rng, ctx):
    return ("UK_NHS", ids.nhs(rng))


def s_ukpp(rng, ctx):
    return ("UK_PASSPORT", ids.uk_passport(rng))


def s_ukdl(rng, ctx):
    sur = rng.choice(SURNAME["uk"])
    first = rng.choice(FIRST["uk"])
    return ("UK_DRIVING_LICENCE", ids.uk_driving_licence(
        rng, sur, first[0], rng.choice("ABCDEJKLMRST") if rng.random() < 0.6 else None,
        rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28), rng.random() < 0.5))


def s_ssn(rng, ctx):
    return ("US_SSN", ids.us_ssn(rng))


def s_itin(rng, ctx):
    return ("US_ITIN", ids.us_itin(rng))


def s_uspp(rng, ctx):
    return ("US_PASSPORT", ids.us_passport(rng))


def s_usdl(rng, ctx):
    st = ctx.get("state") or rng.choice(["CA", "NY", "TX", "FL", "WA", "IL"])
    ctx["state"] = st
    return ("US_DRIVER_LICENSE", ids.us_dl(rng, st))


def f_state(rng, ctx):
    st = ctx.get("state") or rng.choice(["CA", "NY", "TX", "FL", "WA", "IL"])
    ctx["state"] = st
    return st


def s_ip(rng, ctx):
    return ("IP_ADDRESS", ids.ip_address(rng))


def _handle(rng, ctx):
    r = region(rng, ctx)
    f = rng.choice(FIRST[r] + WORDNAMES[r]).lower()
    for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ç", "c"), ("í", "i"), ("ô", "o")):
        f = f.replace(a, b)
    f = "".join(c for c in f if c.isascii() and c.isalnum())
    return rng.choice([f + "_" + rng.choice(["bakes", "codes", "lifts", "travels", "eats", "tv", "fit"]),
                       f + ids.digits(rng, 2), "the" + f, f + "." + rng.choice(SURNAME[r]).lower().replace(" ", "").replace("'", "").replace("ô", "o").replace("é", "e"),
                       "its" + f + ids.digits(rng, 3), f + "_x_" + ids.digits(rng, 2)])


def s_user(rng, ctx):
    return ("USERNAME", _handle(rng, ctx))


def s_url(rng, ctx):
    h = _handle(rng, ctx)
    pat = rng.choice(["https://www.example.com/u/{h}", "https://social.example.org/@{h}",
                      "example.net/in/{h}", "https://github.example.com/{h}", "https://{h}.example.net",
                      "https://shop.example.com/sellers/{h}?ref=share", "www.example.org/profile/{h}"])
    return ("URL", pat.format(h=h))


def f_price(rng, ctx):
    r = region(rng, ctx)
    sym = {"uk": "£", "us": "$", "in": "₹", "ng": "₦", "ph": "₱", "ca": "$", "nz": "$"}[r]
    amt = {"uk": [3.5, 12, 25, 40, 85, 120, 450], "us": [4.99, 18, 35, 60, 120, 300, 1250],
           "in": [250, 499, 1200, 1850, 4500, 12000], "ng": [1500, 3500, 8000, 25000, 150000],
           "ph": [150, 350, 899, 1500, 4200, 12000], "ca": [5.25, 22, 48, 95, 300],
           "nz": [6.5, 19, 42, 80, 260]}[r]
    a = rng.choice(amt)
    s = ("%.2f" % a) if isinstance(a, float) else "{:,}".format(a)
    return sym + s


def f_time(rng, ctx):
    return rng.choice(["7:30", "half 6", "2pm", "10ish", "9.15am", "noon", "18:45", "after 5",
                       "first thing tmrw", "4:20", "tonight", "11am sharp"])


def f_day(rng, ctx):
    return rng.choice(["tomorrow", "Saturday", "Thurs", "next week", "on the 14th", "tmrw", "Sunday",
                       "Monday morning", "end of the month", "this weekend"])


def f_city(rng, ctx):
    return rng.choice({"uk": ["Leeds", "Cardiff", "Glasgow", "Brighton"], "us": ["Austin", "Chicago", "Tampa", "Denver"],
                       "in": ["Pune", "Kochi", "Jaipur", "Chennai"], "ng": ["Abuja", "Ibadan", "Enugu", "PH"],
                       "ph": ["Cebu", "Davao", "Baguio", "Iloilo"], "ca": ["Calgary", "Halifax", "Montréal", "Victoria"],
                       "nz": ["Tauranga", "Napier", "Nelson", "Wellington"]}[region(rng, ctx)])


def f_emo(rng, ctx):
    return rng.choice(["😂", "🙏", "👍", "🙄", "😭", "❤️", "lol", "😅", "🤞", "", "!!", "xx", "x"])


def _g(f, g, lower=False):
    def h(rng, ctx):
        res = f(rng, ctx, g)
        if lower and isinstance(res, tuple):
            return (res[0], res[1].lower())
        return res
    return h


def s_tel_land(rng, ctx):
    return ("PHONE_NUMBER", ids.uk_landline(rng))


def s_ccv(rng, ctx):
    return ("CREDIT_CARD", ids.credit_card(rng, "visa"))


def s_cca(rng, ctx):
    return ("CREDIT_CARD", ids.credit_card(rng, "amex"))


SLOTS = {
    "PFf": _g(s_first, "f"), "PFm": _g(s_first, "m"), "PWf": _g(s_word, "f"), "PWm": _g(s_word, "m"),
    "PNf": _g(s_full, "f"), "PNm": _g(s_full, "m"), "plf": _g(s_first, "f", True),
    "IBANGB": lambda rng, ctx: ("IBAN_CODE", ids.iban(rng, "GB")),
    "MOB": lambda rng, ctx: ("PHONE_NUMBER", ids.uk_mobile(rng)),
    "KINf": _g(s_kin, "f"), "KINm": _g(s_kin, "m"), "LAND": s_tel_land, "CCV": s_ccv, "CCA": s_cca,
    "P": s_any, "PF": s_first, "pl": s_lower, "PW": s_word, "pw": s_wordlower, "PS": s_sur,
    "PN": s_full, "PET": s_pet, "HON": s_honor, "KIN": s_kin,
    "TEL": s_tel, "EMAIL": s_email, "ADDR": s_addr, "PLATE": s_plate, "CC": s_cc, "IBAN": s_iban,
    "BCODE": s_bcode, "ACCT": s_acct, "NINO": s_nino, "NHS": s_nhs, "UKPP": s_ukpp, "UKDL": s_ukdl,
    "SSN": s_ssn, "ITIN": s_itin, "USPP": s_uspp, "USDL": s_usdl, "IP": s_ip, "USER": s_user,
    "URL": s_url,
    "price": f_price, "time": f_time, "day": f_day, "city": f_city, "emo": f_emo, "state": f_state,
}

