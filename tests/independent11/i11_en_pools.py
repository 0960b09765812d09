"""English name / address / contact pools and fillers for independent11 (all invented)."""
import re

import i11_ids as ids
from i11_engine import pick

P = "PERSON"

def G(f, m):
    return {"f": f.split(), "m": m.split()}


# first names by gender ("_" stands for a space inside one name)
IE_G = G("Siobhán Siobhan Aoife Niamh Caoimhe Fionnuala Clodagh Gráinne Dearbhla Éabha Orlaith Mairéad Sorcha "
         "Aisling Bríd Róisín Muireann Áine Treasa Shauna Nuala",
         "Oisín Oisin Cian Tadhg Darragh Eoin Ruairí Pádraig Ciarán Ciaran Donncha Colm Fiachra Peadar Dónal Conall "
         "Enda Cathal Declan")
IE_S = ["McGrath", "Geraghty", "O'Dowd", "Fitzpatrick", "Moloney", "Brosnan", "Kavanagh", "Ó Súilleabháin",
        "Ní Bhriain", "Nic Dhonncha", "Hegarty", "Doherty", "Cullinane", "Twomey", "Lenihan", "Mulcahy", "Quinlivan",
        "Ó Murchú", "Breathnach", "Scanlon", "Hanrahan", "Mac Aodha", "Kielty", "Brennan", "Tierney", "O'Shaughnessy"]
IE_NG = G("Bríd-Óg Nuala-Beag Dee", "Mossie Seánie Fitzy Gerry-Mac Dinny Ger Shane-o Ronnie_Mac Podge")

SC_G = G("Kirsty Ailsa Morag Eilidh Catriona Mhairi Isla Iona Shona Ishbel Rhona Jamie-Lee Lorna Ainsley Marsaili Kenzie",
         "Fraser Hamish Euan Callum Ruaridh Struan Finlay Greig Alasdair Murdo Torquil Gregor Kerr Ross")
SC_S = ["MacLeod", "Ferguson", "Baird", "Drummond", "McAllister", "Rennie", "Gillespie", "Urquhart", "Mackintosh",
        "Sinclair", "Crichton", "Lennox", "McFadyen", "Geddes", "Menzies", "Cowie", "Pirie", "Laidlaw", "MacDougall",
        "Rintoul", "Abercrombie", "Skene", "Halliday", "McIlvanney"]
SC_NG = G("Jinty Senga Kirst Mags", "Shug Rab Wullie Big_Tam Davie Boabby Heck Shuggie")

AU_G = G("Bronwyn Kylie Tegan Kirra Indi Saskia Tahnee Ayesha Thanh Keira Zali Narelle Kristy Leilani Marnie Darcy",
         "Jarrah Brodie Lachie Mitch Jye Harrison Lachlan Minh Dimitri Giorgos Beau Shane Bilal Tyson")
AU_S = ["Nguyen", "Papadopoulos", "Kowalczyk", "Henderson", "Tran", "Rossi", "Nikolaidis", "O'Loughlin", "McPhee",
        "Pham", "Singh", "Tuilagi", "Donnelly", "Vlahos", "Dimitriou", "Haddad", "Fong", "Kerrigan", "Sorrenti",
        "Abdallah", "Tremain", "Baxendale"]
AU_NG = G("Shazza Kaz Bron Tegs", "Davo Robbo Jonesy Thommo Gazza Bazza Macca Sully Hendo Tezza Stevo Fitzy Bretto Mozza Dazza Kenno")

SO_G = G("Darlene LaToya Tammy Jolene Ada_Mae Raylene Billie_Jean Shelby Odessa Marisol Keisha Ngozi Thuy Loretta "
         "Mavis Cordelia Lurleen Tallulah Junie Willa_Dean Imogene Lavonne",
         "Earl Beau Dwayne Jimmy_Ray Tucker Hollis DeShawn Tremaine Clarence Wyatt Leroy Boyd Harlan Bo Ozzie Cletis")
SO_S = ["Broussard", "Thibodeaux", "Hebert", "Pruitt", "Boudreaux", "Tolliver", "McCrory", "Whitfield", "Haskins",
        "Pickett", "Crenshaw", "Delacroix", "Abernathy", "Fontenot", "Oakes", "Mayfield", "Toomer", "Vo", "Okafor",
        "Guidry", "Dupree", "Sizemore", "Blanchard", "Landry", "Goins"]
SO_NG = G("Sissy Peanut Boo Sister Bitsy Doodle Sugar_Bear", "Bubba Junior Tater Dub Skeeter Cooter Tank")

US_G = G("Priyanka Brianna Mackenzie Daniela Aaliyah Hannah Ximena Esperanza Soo-ah Megan Rivka Destiny Ashlyn Yesenia Quinn",
         "Mateo Jaylen Tyler Kenji Devonte Travis Omar Caden Luis Marcus")
US_S = ["Kowalski", "Hernandez", "Nakamura", "Oyelaran", "Friedman", "Castellanos", "Sorensen", "Bergstrom",
        "Chaudhry", "Whitaker", "Lindqvist", "Greenbaum", "Park", "Villanueva", "Mbeki-Jones", "Ostrowski", "Reyes"]

EN_G = G("Priya Fatima Olamide Chloe Gemma Kezia Rhiannon Zainab Hollie Keeley Agnieszka Aditi Harpreet Ruth Maureen "
         "Lorraine Dilys Anjali Ioana Stacey Bethan Aurelia Jas",
         "Dev Tomasz Kwame Darren Imran Yusuf Reece Ellis Bartosz Tunde Nigel Trevor Oluwaseun Kofi Florin Mehmet Kieran")
EN_S = ["Okonkwo", "Bhattacharya", "Wiśniewski", "Thistlewood", "Pennington", "Ramsbottom", "Ahmed", "Hussain",
        "Begum", "Sandhu", "Achterberg", "Whitehouse", "Nwachukwu", "Cartwright", "Fairbairn", "Appiah", "Kaur",
        "Pickering", "Kaczmarek", "Demir", "Oduya", "Entwistle", "Higginbottom", "Mensah", "Chowdhury", "Lister"]
EN_NG = G("Bex Tash Jojo Bubs Shaz", "Gaz Baz Tel Del Jonno Stevie Deano Sparky Mo")

WORD_G = G("Joy Sunny Autumn Precious Blessing Brook Sky Honey Marigold Wren Penny Holly Amber Ruby Dawn Patience "
           "Memory Lark Summer Misty Birdie Georgia Savannah Dakota Heather Ginger Sandy Destiny Bliss Hazel Olive "
           "Sage Gift Pepper",
           "Rocky Dusty Hunter Chase Drew Buck Clay Rusty Jasper Forrest Major Bishop Sterling Basil Chip Royal "
           "Justice Jay Robin Storm")

for _g in (IE_G, IE_NG, SC_G, SC_NG, AU_G, AU_NG, SO_G, SO_NG, US_G, EN_G, EN_NG, WORD_G):
    for _k in ("f", "m"):
        _g[_k] = [x.replace("_", " ") for x in _g[_k]]


def allnames(g):
    return g["f"] + g["m"]


IE_F, SC_F, AU_F, SO_F, US_F, EN_F = (allnames(g) for g in (IE_G, SC_G, AU_G, SO_G, US_G, EN_G))
IE_N, SC_N, AU_N, SO_N, EN_N, WORD = (allnames(g) for g in (IE_NG, SC_NG, AU_NG, SO_NG, EN_NG, WORD_G))


def gpick(g):
    def f(rng, arg=None):
        return rng.choice(g[arg] if arg else g["f"] + g["m"]), P
    return f


FEMALE_ONLY_SURNAMES = {"Ní Bhriain", "Nic Dhonncha"}


def _fullg(g, S):
    def f(rng, arg=None):
        first = rng.choice(g[arg] if arg else g["f"] + g["m"])
        sur = rng.choice([x for x in S if x not in FEMALE_ONLY_SURNAMES] if first in g["m"] else S)
        return first + " " + sur, P
    return f


REGIONS = {
    "ie": (IE_F, IE_S, IE_N), "sc": (SC_F, SC_S, SC_N), "au": (AU_F, AU_S, AU_N),
    "so": (SO_F, SO_S, SO_N), "us": (US_F, US_S, SO_N), "en": (EN_F, EN_S, EN_N),
}


def _ascii(s):
    table = str.maketrans("áéíóúÁÉÍÓÚś", "aeiouAEIOUs")
    return "".join(ch for ch in s.translate(table) if ch.isalnum())


def email(rng, arg=None):
    reg = arg or rng.choice(list(REGIONS))
    F, S, _ = REGIONS[reg]
    f, s = _ascii(rng.choice(F)).lower(), _ascii(rng.choice(S)).lower()
    k = rng.randint(0, 8)
    local = [f + "." + s, f + s + str(rng.randint(70, 99)), f[0] + s, f + "_" + s[:4], s + "." + f[0],
             f + str(rng.randint(1, 999)), f + "." + s + str(rng.randint(1, 9)), "the" + f + "s", f + "-" + s][k]
    dom = rng.choice(["example.com", "example.com", "example.org", "example.net", "mail.example.com",
                      "post.example.net", "uni.example.org"])
    v = local + "@" + dom
    if rng.random() < 0.08:
        v = v.capitalize()
    return v, "EMAIL_ADDRESS"


HANDLE_STEMS = ["wee_ailsa", "bakes", "brossie", "gaaboy", "thepiesfan", "magnolia.mama", "bayoubelle", "sunburntsal",
                "kerrygirl", "dublin_dan", "weegieboy", "sconequeen", "bazzafishes", "mumof3", "tatertot", "hoopsforever",
                "redhead", "southerncharm", "ckitchen", "lachie.surfs", "vanlife", "pieandmash", "thelocal", "grandma.pat",
                "cowboyboots", "bunnyhops", "crafty", "gymrat", "plantdad", "marathonmam"]


def _user(rng):
    reg = rng.choice(list(REGIONS))
    F, S, N = REGIONS[reg]
    f = _ascii(rng.choice(F)).lower()
    k = rng.randint(0, 7)
    stem = rng.choice(HANDLE_STEMS)
    return [f + "_" + stem, stem + str(rng.randint(1, 99)), f + "." + _ascii(rng.choice(S)).lower(),
            "xx" + f + "xx", f + str(rng.randint(1985, 2009)), "its" + f, stem.replace(".", "_") + "_" + f[:3],
            f + "_" + _ascii(rng.choice(S)).lower()[:5]][k]


def handle(rng, arg=None):
    return "@" + _user(rng), "USERNAME"


def uname(rng, arg=None):
    u = _user(rng)
    if rng.random() < 0.3:
        u = u.replace(".", "").capitalize() + str(rng.randint(1, 9))
    return u, "USERNAME"


def url(rng, arg=None):
    u = _user(rng)
    k = arg or rng.choice(["ig", "fb", "tt", "li", "x", "gh", "pp", "venmo", "cash", "sc", "yt"])
    base = {"ig": "instagram.com/" + u, "fb": "facebook.com/" + u.replace("_", "."), "tt": "tiktok.com/@" + u,
            "li": "linkedin.com/in/" + u.replace("_", "-").replace(".", "-"), "x": "x.com/" + u.replace(".", "_"),
            "gh": "github.com/" + u.replace(".", "-").replace("_", "-"), "pp": "paypal.me/" + u.replace(".", "").replace("_", ""),
            "venmo": "venmo.com/u/" + u.replace(".", "-"), "cash": "cash.app/$" + u.replace(".", "").replace("_", ""),
            "sc": "soundcloud.com/" + u.replace(".", "-"), "yt": "youtube.com/@" + u.replace(".", "")}[k]
    pre = rng.choice(["", "", "https://", "https://www.", "www."])
    if k in ("cash", "pp", "venmo") and pre.endswith("www."):
        pre = "https://"
    return pre + base, "URL"


def phone(rng, arg=None):
    kind = arg or rng.choice(["ukm", "ukl", "us", "au"])
    if kind == "ukm":
        n = "%03d" % rng.randint(0, 999)
        v = rng.choice(["07700 900" + n, "07700900" + n, "07700 900 " + n, "+44 7700 900" + n, "+447700900" + n,
                        "(07700) 900" + n, "0770 0900 " + n])
    elif kind == "ukl":
        area, pre = rng.choice([("01632", "960"), ("0113", "496 0"), ("0141", "496 0"), ("0131", "496 0"),
                                ("020", "7946 0"), ("028", "9649 6"), ("0161", "496 0"), ("0117", "496 0")])
        v = "%s %s%03d" % (area, pre, rng.randint(0, 999))
        if rng.random() < 0.2:
            v = v.replace(" ", "")
    elif kind == "us":
        area = rng.choice(["404", "615", "504", "901", "205", "843", "713", "214", "225", "601", "865", "678", "337",
                           "318", "919", "512", "770"])
        tail = "01%02d" % rng.randint(0, 99)
        v = rng.choice(["(%s) 555-%s", "%s-555-%s", "%s.555.%s", "%s555%s", "+1 %s 555 %s", "1-%s-555-%s"]) % (area, tail)
    else:
        if rng.random() < 0.6:
            n = rng.choice(["570 006", "570 156", "570 157", "570 158", "570 159", "570 110", "570 313", "570 737",
                            "571 266", "571 491", "571 804", "572 549", "572 665", "572 983", "573 770", "573 087",
                            "574 118", "574 632", "575 254", "575 789", "576 398", "576 801", "577 426", "577 644",
                            "578 957", "578 148", "578 888", "579 212", "579 760", "579 455"])
            v = rng.choice(["0491 " + n, "0491" + n.replace(" ", ""), "+61 491 " + n])
        else:
            v = "(0%d) %s %04d" % (rng.choice([2, 3, 7, 8]), rng.choice(["5550", "7010"]), rng.randint(0, 9999))
    return v, "PHONE_NUMBER"


def _num(rng):
    return str(rng.choice([rng.randint(1, 30), rng.randint(1, 30), rng.randint(31, 240)]))


# street -> towns it can go with (all invented or generic combinations)
IE_ADDR = [("Glenbeigh Road", ["Drumcondra, Dublin 9", "Dublin 9"]), ("St. Brigid's Terrace", ["Cabra, Dublin 7", "Navan"]),
           ("Kilbarrack Grove", ["Raheny, Dublin 5", "D05"]), ("Ardmore Park", ["Bray, Co. Wicklow", "Ennis, Co. Clare"]),
           ("Cloonlara Close", ["Raheen, Limerick", "Limerick"]), ("Oakfield Lawns", ["Salthill, Galway", "Galway"]),
           ("Ballyroan Crescent", ["Rathfarnham, D16", "Dublin 16"]), ("Castleview Heights", ["Navan", "Co. Meath"]),
           ("Church Avenue", ["Ballincollig, Co. Cork", "Tralee, Co. Kerry"]), ("Sráid an Mhuilinn", ["An Daingean", "Co. Chiarraí"]),
           ("Lios na Rí", ["Tralee, Co. Kerry", "Killarney"]), ("Marian Villas", ["Blackpool, Cork", "Cork"]),
           ("Old Youghal Road", ["Mayfield, Cork", "Cork"]), ("Bóthar na Trá", ["Salthill, Galway", "Gaillimh"])]
SC_ADDR = [("Hyndland Road", ["Glasgow G12", "Glasgow"]), ("Dumbarton Road", ["Partick, Glasgow G11", "Glasgow G11"]),
           ("Cathcart Road", ["Glasgow G42", "Glasgow"]), ("Paisley Road West", ["Glasgow G51", "Glasgow"]),
           ("Great Western Road", ["Glasgow G12", "Glasgow"]), ("Shawlands Drive", ["Glasgow G41"]),
           ("Causewayside", ["Edinburgh EH9", "Edinburgh"]), ("Leith Walk", ["Edinburgh EH6", "Edinburgh"]),
           ("Easter Road", ["Edinburgh EH7", "Edinburgh"]), ("Dalry Road", ["Edinburgh EH11"]),
           ("Perth Road", ["Dundee DD1", "Dundee"]), ("Hilltown", ["Dundee DD3"]), ("King Street", ["Aberdeen AB24", "Aberdeen"]),
           ("Skene Terrace", ["Aberdeen"]), ("High Street", ["Kirkcaldy", "Paisley PA1"])]
EN_ADDR = [("Marlowe Close", ["Sheffield S8", "Sheffield"]), ("Cranbrook Avenue", ["Leeds LS8", "Leeds"]),
           ("Tyndale Street", ["Bristol BS5", "Bristol"]), ("Peckham Rye", ["London SE15", "Peckham, London"]),
           ("Albion Terrace", ["Hull", "Sunderland"]), ("Harehills Lane", ["Leeds LS8", "Leeds"]),
           ("Sefton Park Road", ["Liverpool L8", "Liverpool"]), ("Stockport Road", ["Manchester M13", "Levenshulme"]),
           ("Elm Grove", ["Norwich", "Brighton"]), ("Canal Side", ["Leicester LE2", "Birmingham B12"]),
           ("Brunswick Place", ["Hove", "Leeds"]), ("Coldharbour Lane", ["Brixton, London SW9", "London SE5"]),
           ("Wellington Street", ["Norwich", "Sunderland"]), ("Pennywell Road", ["Bristol BS5", "Sunderland"]),
           ("Moseley Road", ["Birmingham B12", "Balsall Heath"])]
AU_ADDR = [("Warrigal Rd", ["Oakleigh VIC 3166", "Oakleigh"]), ("Koala Cres", ["Mt Druitt NSW 2770", "Mt Druitt"]),
           ("Boundary St", ["West End QLD 4101", "West End"]), ("Grange Rd", ["Findon SA 5023", "Findon"]),
           ("Parramatta Rd", ["Annandale NSW 2038", "Leichhardt"]), ("Sydney Rd", ["Brunswick VIC 3056", "Coburg"]),
           ("Stirling Hwy", ["Fremantle WA 6160", "Claremont"]), ("Ipswich Rd", ["Annerley QLD 4103", "Annerley"]),
           ("Wattle Ave", ["Toowoomba", "Geelong"]), ("Bungaree St", ["Wollongong NSW 2500", "Dubbo"]),
           ("Jacaranda Dr", ["Toowoomba QLD 4350", "Grafton"]), ("Esplanade", ["Cairns QLD 4870", "St Kilda"])]
SO_ADDR = [("Magnolia Ln", ["Decatur, GA 30030", "Macon, GA"]), ("Pecan Grove Dr", ["Baton Rouge, LA 70810", "Lafayette LA"]),
           ("Old Hickory Blvd", ["Nashville TN 37215", "Nashville"]), ("Sweetgum Ct", ["Huntsville, AL", "Tupelo MS 38801"]),
           ("Bayou Rd", ["Houma, LA", "Lafayette LA"]), ("Peachtree Pl", ["Atlanta, GA 30309", "Decatur, GA"]),
           ("Cotton Row", ["Memphis, TN", "Tupelo MS"]), ("Live Oak St", ["Houston, TX 77004", "Beaumont, Texas"]),
           ("Dogwood Trail", ["Chattanooga", "Knoxville, TN"]), ("Catfish Alley", ["Columbus, MS", "Tupelo MS 38801"]),
           ("County Rd 12", ["Cullman, AL", "Hattiesburg MS"]), ("Cypress Bend", ["Houston, TX 77004", "Slidell, LA"]),
           ("Lafayette St", ["New Orleans, LA 70130", "Baton Rouge"])]


def address(rng, arg=None):
    reg = arg or rng.choice(["ie", "sc", "en", "au", "so"])
    n = _num(rng)
    if reg == "ie":
        st, tws = rng.choice(IE_ADDR)
        tw = rng.choice(tws)
        v = rng.choice(["%s %s, %s" % (n, st, tw), "%s %s" % (n, st), "Apt %s, %s %s, %s" % (rng.randint(1, 40), n, st, tw)])
    elif reg == "sc":
        st, tws = rng.choice(SC_ADDR)
        tw = rng.choice(tws)
        flat = rng.choice(["0/1", "0/2", "1/1", "1/2", "2/1", "2/2", "3/1", "3/R"])
        if tw.startswith("Edinburgh"):
            v = rng.choice(["%s/%d %s, %s" % (n, rng.randint(1, 9), st, tw), "%s/%d %s" % (n, rng.randint(1, 9), st),
                            "%s %s, %s" % (n, st, tw)])
        else:
            v = rng.choice(["Flat %s, %s %s, %s" % (flat, n, st, tw), "%s %s, %s" % (n, st, tw), "%s %s" % (n, st)])
    elif reg == "en":
        st, tws = rng.choice(EN_ADDR)
        tw = rng.choice(tws)
        v = rng.choice(["%s %s, %s" % (n, st, tw), "Flat %d, %s %s" % (rng.randint(1, 12), n, st), "%s %s" % (n, st),
                        "%s %s %s" % (n, st.lower(), tw.split(",")[0].split()[0].lower())])
    elif reg == "au":
        st, tws = rng.choice(AU_ADDR)
        tw = rng.choice(tws)
        v = rng.choice(["%d/%s %s, %s" % (rng.randint(1, 12), n, st, tw), "%s %s %s" % (n, st, tw),
                        "Unit %d/%s %s" % (rng.randint(1, 20), n, st), "%s %s" % (n, st)])
    else:
        st, tws = rng.choice(SO_ADDR)
        tw = rng.choice(tws)
        n = str(rng.randint(100, 9800))
        v = rng.choice(["%s %s, %s" % (n, st, tw), "%s %s" % (n, st), "%s %s Apt %d, %s" % (n, st, rng.randint(1, 30), tw)])
    return v, "LOCATION"


def ukdl(rng, arg=None):
    s = rng.choice([x for x in SC_S + EN_S + IE_S if re.fullmatch(r"[A-Za-z']+", x)])
    ini = rng.choice("ABCDEFGHJKLMNPRSTW") + rng.choice("ABCDEFGHJKLMNPRSTW9")
    return ids.uk_driving_licence(rng, s, ini), "UK_DRIVING_LICENCE"


def usdl(rng, arg=None):
    st, v = ids.us_driver_license(rng, arg)
    return v, "US_DRIVER_LICENSE"


def acc8(rng, arg=None):
    return ids.digits(rng, 8), "BANK_ACCOUNT"


def usacc(rng, arg=None):
    return ids.digits(rng, rng.choice([9, 10, 10, 12])), "BANK_ACCOUNT"


def bsb(rng, arg=None):
    return "%03d-%03d" % (rng.choice([62, 63, 82, 83, 33, 34, 12, 64]), rng.randint(0, 999)), "BANK_ACCOUNT"


def auacc(rng, arg=None):
    return ids.digits(rng, rng.choice([8, 9])), "BANK_ACCOUNT"


def lower_first(F):
    def f(rng, arg=None):
        return rng.choice(F).lower(), P
    return f


FILLERS = {
    "ie": gpick(IE_G), "ies": pick(IE_S, P), "iefull": _fullg(IE_G, IE_S), "ien": gpick(IE_NG),
    "sc": gpick(SC_G), "scs": pick(SC_S, P), "scfull": _fullg(SC_G, SC_S), "scn": gpick(SC_NG),
    "au": gpick(AU_G), "aus": pick(AU_S, P), "aufull": _fullg(AU_G, AU_S), "aun": gpick(AU_NG),
    "so": gpick(SO_G), "sos": pick(SO_S, P), "sofull": _fullg(SO_G, SO_S), "son": gpick(SO_NG),
    "us": gpick(US_G), "uss": pick(US_S, P), "usfull": _fullg(US_G, US_S),
    "en": gpick(EN_G), "ens": pick(EN_S, P), "enfull": _fullg(EN_G, EN_S), "enn": gpick(EN_NG),
    "wd": gpick(WORD_G),
    "email": email, "handle": handle, "uname": uname, "url": url, "phone": phone, "addr": address,
    "card": lambda r, a=None: (ids.card(r, a), "CREDIT_CARD"),
    "nhs": lambda r, a=None: (ids.nhs(r, a), "UK_NHS"),
    "nino": lambda r, a=None: (ids.nino(r, a), "UK_NINO"),
    "ukpp": lambda r, a=None: (ids.uk_passport(r), "UK_PASSPORT"),
    "ukdl": ukdl,
    "ssn": lambda r, a=None: (ids.ssn(r, a), "US_SSN"),
    "itin": lambda r, a=None: (ids.itin(r), "US_ITIN"),
    "uspp": lambda r, a=None: (ids.us_passport(r), "US_PASSPORT"),
    "usdl": usdl,
    "sort": lambda r, a=None: (ids.sort_code(r, a), "BANK_ACCOUNT"),
    "acc": acc8, "aba": lambda r, a=None: (ids.aba(r), "BANK_ACCOUNT"), "usacc": usacc, "bsb": bsb, "auacc": auacc,
    "iban": lambda r, a=None: (ids.iban(r, a), "IBAN_CODE"),
    "ip": lambda r, a=None: (ids.ipv4(r), "IP_ADDRESS"), "ip6": lambda r, a=None: (ids.ipv6(r), "IP_ADDRESS"),
    "plate": lambda r, a=None: ({"uk": ids.uk_plate, "ie": ids.ie_plate, "au": ids.au_plate, "us": ids.us_plate}[a or "uk"](r), "LICENSE_PLATE"),
}
