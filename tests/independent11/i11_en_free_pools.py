"""Fillers for en_pii_free_hard.jsonl (independent11). Nothing here is a person or personal data.

Shops, streets, teams, films, bands, products and dishes; many of them look like names.
Slots take an argument "region" or "region/scale", region in ie sc en au so us.
"""


def _l(s):
    return [x.strip() for x in s.split("|")]


FOOD = {  # cafés, chippers, pubs, diners
    "ie": _l("Eddie Rockets|Supermac's|Mother Hubbard's|Nellie's Snug|Apache Pizza|Molly's Bar|Granny Annie's Tea Room|"
             "the Brazen Head|Kennedy's Bakery|Murphy's Ice Cream|Butlers Chocolate Café|Bewley's|O'Briens Sandwich Bar|"
             "Beshoff's|Burdock's chipper"),
    "sc": _l("Greggs|Scotty's Pies|Val's Chippy|Big Sandy's Diner|Jenny's Chipper|Nardini's|Jolly Roger's|Margo's Café|"
             "the Auld Hoose|Peter's Yard|Dolly's Donuts|Mackie's|the Blue Lagoon"),
    "en": _l("Greggs|Frankie's Fish Bar|Rosie's Cafe|Harry Ramsden's|Sal's Pizzeria|Nando's|Wetherspoons|the Dog and Duck|"
             "the Jolly Sailor|Dave's Kebabs|Patty & Bun|Bettys|the Queen Vic|Mabel's Tearoom"),
    "au": _l("Guzman y Gomez|Grill'd|Oporto|Red Rooster|Hungry Jack's|Maccas|Sal's Pies|Aunty Jack's|Fitzy's Hotel|"
             "Rosie's Bakehouse|Banjo's Bakery|Harry's Café de Wheels|Pie Face"),
    "so": _l("Cracker Barrel|Waffle House|Bojangles|Popeyes|Zaxby's|Whataburger|Chick-fil-A|Shipley Do-Nuts|"
             "Uncle Ray's BBQ|Papa Joe's Po'boys|Miss Lily's Bakery|Aunt Bea's Diner|Sonny's BBQ|Mama Dot's|"
             "Lulu's Crawfish Shack|Hattie B's|Big Mama's Kitchen"),
    "us": _l("Wendy's|Arby's|Denny's|Dave & Buster's|Papa John's|Little Caesars|Jimmy John's|Auntie Anne's|"
             "Marie Callender's|Jack in the Box|Joe's Pizza|Trader Vic's|Ruth's Chris"),
}
RETAIL = {
    "ie": _l("Dunnes|Penneys|SuperValu|Centra|Brennans Hardware|Lenehan's Hardware|Harvey Norman|Smyths Toys|Arnotts|Boots"),
    "sc": _l("Scotmid|Tunnock's factory shop|Tam's Tyres|Mhairi's Flowers|Argos|B&M|Boots|John Lewis"),
    "en": _l("Morrisons|Sainsbury's|Boots|Wilko|Lidl|Aldi|John Lewis|Marks & Spencer|Ted Baker|Joules|Argos|Currys|"
             "Big Jim's Barbers|Mabel & Co"),
    "au": _l("Coles|Woolies|Bunnings|Harvey Norman|David Jones|Kmart|Big W|JB Hi-Fi|Chemist Warehouse|Bing Lee|"
             "Myer|Aldi"),
    "so": _l("Piggly Wiggly|Publix|Buc-ee's|Dollar General|Big Earl's Tires|Dolly's Nail Bar|Billy Bob's Bait Shop|"
             "Academy Sports|Bass Pro Shops|Winn-Dixie"),
    "us": _l("Trader Joe's|Dick's Sporting Goods|Kohl's|Macy's|Sally Beauty|Sam's Club|Best Buy|Nordstrom"),
}
STREET = {
    "ie": _l("Grafton Street|Moore Street|Talbot Street|Oliver Plunkett Street|Patrick Street|Shop Street|"
             "O'Connell Street|Henry Street|Mary Street|Thomas Street|Dame Street|Camden Street|Capel Street|"
             "George's Street|Parnell Street"),
    "sc": _l("Sauchiehall Street|Buchanan Street|Byres Road|Argyle Street|Princes Street|Rose Street|George Street|"
             "Victoria Street|Leith Walk|Queen Street|Duke Street|Union Street|Dumbarton Road"),
    "en": _l("Oxford Street|Carnaby Street|Deansgate|Bold Street|Lord Street|Church Street|Gloucester Road|"
             "Mary Street|Albert Road|Victoria Road|Coldharbour Lane|Briggate"),
    "au": _l("George St|Bourke St|Chapel St|Lygon St|Brunswick St|King St|Oxford St|Hindley St|James St|"
             "Elizabeth St|Collins St|Flinders St|Smith St"),
    "so": _l("Beale Street|Bourbon Street|Magazine Street|Frenchmen Street|Lower Broadway|Music Row|"
             "Peachtree Street|Ponce de Leon Ave|Auburn Ave|King Street|Dauphine Street|Main Street"),
    "us": _l("Fifth Avenue|Michigan Ave|South Congress|Sunset Boulevard|Newbury Street|Canal Street"),
}
AREA = {
    "ie": _l("Rathmines|Stoneybatter|Phibsborough|Ranelagh|Salthill|Bray|Dún Laoghaire|Blackrock|Ballymun|Tallaght|"
             "Drumcondra|Douglas"),
    "sc": _l("Finnieston|Partick|Dennistoun|Portobello|Stockbridge|Morningside|Broughty Ferry|Shawlands|Leith|Govan"),
    "en": _l("Peckham|Kings Cross|Jesmond|Chapel Allerton|Digbeth|Ancoats|Jericho|Headingley|Brixton|Moseley"),
    "au": _l("Fitzroy|Newtown|Bondi|Surry Hills|Fortitude Valley|Cronulla|St Kilda|Glenelg|Fremantle|Manly"),
    "so": _l("Midtown|the Heights|East Nashville|Buckhead|Little Five Points|Ybor City|the Garden District|"
             "Decatur|Germantown|Montrose"),
    "us": _l("Brooklyn|Wicker Park|the Mission|Capitol Hill"),
}
TEAM = {
    "ie": _l("the Dubs|Kerry|Cork|Mayo|Kilkenny|Tipp|Galway|Clare|Limerick|Donegal"),
    "ie_soc": _l("Shamrock Rovers|Bohs|Shels|Derry City|St Pat's|Cork City|Dundalk|Sligo Rovers"),
    "ie_rug": _l("Leinster|Munster|Connacht|Ulster"),
    "sc": _l("Celtic|Rangers|Hearts|Hibs|Aberdeen|Dundee United|St Mirren|St Johnstone|Partick Thistle|"
             "Queen of the South|Hamilton Accies|Ross County|Caley Thistle|Morton|Kilmarnock|Motherwell"),
    "en": _l("Arsenal|Spurs|Villa|Palace|Wolves|Everton|Sheffield Wednesday|Charlton|Port Vale|Leeds|Forest|"
             "Newcastle|Brighton"),
    "au": _l("Collingwood|the Pies|Richmond|the Swans|Brisbane Lions|West Coast|the Dockers|Carlton|St Kilda|"
             "Essendon|Geelong|Hawthorn|Port Adelaide|the Crows"),
    "au_nrl": _l("the Broncos|the Storm|the Rabbitohs|the Sharks|Wests Tigers|the Cowboys|the Roosters|the Eels|"
                 "the Panthers|the Dragons"),
    "so": _l("the Crimson Tide|LSU|Ole Miss|the Longhorns|the Aggies|the Vols|the Dawgs|the Gamecocks|"
             "the Commodores|Auburn|the Razorbacks|Mississippi State"),
    "so_nfl": _l("the Saints|the Titans|the Falcons|the Texans|the Cowboys|the Jaguars"),
    "us": _l("the Packers|the Eagles|the Chiefs|the Bears|the Giants|the Cowboys|the Steelers|the Jets"),
}
FILM = _l("Paddington 2|Matilda|Muriel's Wedding|Brooklyn|Belfast|Sing Street|Gregory's Girl|Local Hero|"
          "Sunshine on Leith|Steel Magnolias|Fried Green Tomatoes|Forrest Gump|Napoleon Dynamite|Juno|Amélie|"
          "Mary Poppins|The Banshees of Inisherin|Trainspotting|Crocodile Dundee|Babe|Annie|Frozen|Moana|Coco|"
          "Wonka|Barbie|Top Gun: Maverick|Finding Nemo|Shrek|Bridget Jones's Diary|Sweet Home Alabama|"
          "O Brother, Where Art Thou?|The Castle|Strictly Ballroom|The Commitments")
SHOW = _l("Bluey|Peppa Pig|Postman Pat|Bob the Builder|Fireman Sam|Ted Lasso|Derry Girls|Still Game|Kath & Kim|"
          "Neighbours|Home and Away|Mrs Brown's Boys|Father Ted|Gavin & Stacey|Only Fools and Horses|Normal People|"
          "Line of Duty|Taskmaster|Gogglebox|Love Island|Bake Off|Heartstopper|Sweet Magnolias|Yellowstone|"
          "Friday Night Lights|Schitt's Creek|Emmerdale|Coronation Street|Fair City|River City")
BAND = _l("The Coronas|Snow Patrol|Biffy Clyro|Belle and Sebastian|Chvrches|Twin Atlantic|Idlewild|Teenage Fanclub|"
          "Kodaline|Fontaines D.C.|The Cranberries|Crowded House|Midnight Oil|Cold Chisel|Powderfinger|Spacey Jane|"
          "Hilltop Hoods|The Wiggles|Jimmy Eat World|Alabama Shakes|Drive-By Truckers|Florida Georgia Line|"
          "The Chicks|Kings of Leon|Mumford & Sons|Arctic Monkeys|Simple Minds|Frightened Rabbit|Gang of Youths|"
          "Steely Dan|Hootie & the Blowfish|The Killers")
APPLIANCE = _l("Henry hoover|Dyson V15|Ninja air fryer|Thermomix|Kenwood Chef|Nutribullet|Weber kettle|Traeger|"
               "Big Green Egg|Ring doorbell|Billy bookcase|Ivar shelf|Stefan chair|Kallax|Poäng chair|Hemnes dresser|"
               "Echo Dot|Breville toaster|Sodastream")
GADGET = _l("iPhone 15 Pro|Galaxy S24|Pixel 8|PS5|Switch|Kindle Paperwhite|Fitbit Charge 6|AirPods Pro|Stanley cup|"
            "Yeti tumbler|Garmin Forerunner|GoPro Hero 12|Tamagotchi")
WEAR = _l("Dr. Martens|Hunter wellies|Barbour jacket|Crocs|Uggs|RM Williams boots|Blundstones|Joules raincoat")
CAR = _l("Ford Ranger|Holden Commodore|Toyota HiLux|Honda Jazz|Nissan Leaf|Model Y|VW Polo|Kia Sportage|Corolla|"
         "Mazda CX-5|Subaru Outback|F-150")
DISH = {
    "ie": _l("Dublin coddle|boxty|colcannon|a spice bag|a chicken fillet roll|soda bread|a Wellington|Irish stew|"
             "a breakfast roll|bacon and cabbage"),
    "sc": _l("Cullen skink|cranachan|clootie dumpling|a Lorne sausage roll|a Forfar bridie|an Arbroath smokie|"
             "a macaroni pie|haggis, neeps and tatties|a munchy box|Scotch broth"),
    "en": _l("Beef Wellington|Eggs Benedict|a Victoria sponge|Battenberg|Eton mess|Cumberland sausage and mash|"
             "Lancashire hotpot|a Scotch egg|a Bakewell tart|a Chelsea bun|Peach Melba|a Sally Lunn bun|"
             "Yorkshire puddings"),
    "au": _l("pavlova|lamingtons|a chicken parmi|Anzac biscuits|a Chiko Roll|a meat pie|a snag in bread|"
             "Peach Melba|a sausage roll|fairy bread"),
    "so": _l("a po'boy|Hoppin' John|Bananas Foster|a muffuletta|king cake|jambalaya|hushpuppies|a Sloppy Joe|gumbo|"
             "shrimp and grits|chicken and waffles|banana pudding"),
    "us": _l("a Cobb salad|a Reuben|chicken à la king|Eggs Benedict|a Caesar salad|a Sloppy Joe|a Philly cheesesteak"),
}
DRINK = {
    "ie": _l("a pint of Guinness|a Smithwick's|a Jameson|a cup of Barry's|a Club Orange|a Beamish"),
    "sc": _l("an Irn-Bru|a Tennent's|a wee dram|a Buckfast|a cup of tea"),
    "en": _l("a pint of bitter|a Pimm's|a cup of Earl Grey|a Bloody Mary|a Tom Collins"),
    "au": _l("a flat white|a Bundy and Coke|a VB|a schooner|a Milo"),
    "so": _l("a sweet tea|a Dr Pepper|a Cheerwine|a Hurricane|a Mint Julep"),
    "us": _l("a cold brew|a Bloody Mary|a root beer float|a Tom Collins"),
}
SNACK = _l("Tim Tams|Tunnock's teacakes|Tayto|Taytos|Duke's mayo|MoonPies|Baby Ruth bars|Oh Henry! bars|"
           "Charleston Chews|Granny Smith apples|Bramley apples|Hobnobs|Jaffa Cakes|Caramel Wafers|Arnott's Shapes")
GAS = _l("Buc-ee's|QuikTrip|RaceTrac|Circle K|Murphy USA|the Shell on Highway 90")
VENUE = {"ie": _l("Whelan's|Vicar Street|the Olympia|the 3Arena|Dolan's|Cyprus Avenue"),
         "sc": _l("the Barrowland|King Tut's|the Hydro|the Usher Hall|the Garage|the Caird Hall"),
         "en": _l("the O2|Brixton Academy|the Leadmill|the Albert Hall|Rock City|the Roundhouse"),
         "au": _l("the Forum|the Enmore|the Tivoli|the Corner Hotel|Festival Hall|the Metro"),
         "so": _l("the Ryman|Tipitina's|the Tabernacle|the Orpheum|the Basement East"),
         "us": _l("the Fillmore|Red Rocks|the 9:30 Club")}

STORE = {"ie": _l("Harvey Norman|Currys|DID Electrical|Power City"),
         "sc": _l("Argos|Currys|John Lewis|B&M"), "en": _l("Argos|Currys|John Lewis|Richer Sounds"),
         "au": _l("Harvey Norman|Bing Lee|JB Hi-Fi|The Good Guys|Kmart|Bunnings"),
         "so": _l("Best Buy|Home Depot|Lowe's|Walmart|Academy Sports"), "us": _l("Best Buy|Target|Costco")}
NESHOW = _l("Still Game|Derry Girls|River City|Fair City")

CUR = {"ie": "€", "sc": "£", "en": "£", "au": "$", "so": "$", "us": "$"}
SCALE = {"xs": (1, 5), "pint": (4, 9), "s": (5, 20), "m": (20, 90), "l": (90, 900), "xl": (900, 4000)}
FLIGHT = {"ie": ["EI 152", "FR 7132", "EI 3328", "RK 1452"], "sc": ["LM 631", "EZY 86", "BA 1448", "U2 831"],
          "en": ["BA 117", "EZY 2045", "FR 1882", "LS 885"], "au": ["QF1", "VA 821", "JQ 507", "QF 93"],
          "so": ["DL 1402", "WN 1776", "AA 2210", "UA 1138"], "us": ["DL 410", "B6 915", "AS 7", "UA 901"]}


def _reg_scale(arg, default_scale="s"):
    reg, _, scale = (arg or "en").partition("/")
    return reg, scale or default_scale


def region_pick(table, all_keys=None):
    def f(rng, arg=None):
        key = arg or rng.choice(all_keys or sorted(table))
        return rng.choice(table[key]), None
    return f


def lst(*pools):
    pool = [x for p in pools for x in p]

    def f(rng, arg=None):
        return rng.choice(pool), None
    return f


def price(rng, arg=None):
    reg, scale = _reg_scale(arg)
    c = CUR.get(reg, "£")
    lo, hi = SCALE[scale]
    whole = rng.randint(lo, hi - 1)
    if scale in ("l", "xl"):
        return "%s%d" % (c, whole), None
    cents = rng.choice([0, 0, 50, 99, 25, 80, 49, 95])
    if cents == 0:
        return "%s%d" % (c, whole), None
    return "%s%d.%02d" % (c, whole, cents), None


def score(rng, arg=None):
    k = arg or rng.choice(["soc", "soc", "gaa", "afl", "nfl"])
    if k == "soc":
        return "%d-%d" % (rng.randint(0, 5), rng.randint(0, 4)), None
    if k == "gaa":
        return "%d-%d to %d-%d" % (rng.randint(0, 4), rng.randint(8, 24), rng.randint(0, 3), rng.randint(8, 24)), None
    if k == "afl":
        a, b, c, d = rng.randint(6, 18), rng.randint(4, 16), rng.randint(5, 16), rng.randint(4, 16)
        return "%d.%d (%d) to %d.%d (%d)" % (a, b, 6 * a + b, c, d, 6 * c + d), None
    if k == "nrl":
        return "%d-%d" % (rng.choice([12, 14, 16, 18, 20, 22, 24, 26, 30, 34]), rng.choice([0, 4, 6, 8, 10, 12, 16, 18])), None
    if k == "rug":
        return "%d-%d" % (rng.choice([13, 17, 19, 22, 24, 27, 31, 36]), rng.choice([6, 10, 12, 15, 18, 20, 23])), None
    return "%d-%d" % (rng.choice([3, 7, 10, 14, 17, 21, 24, 27, 31, 35]), rng.choice([0, 3, 6, 10, 13, 17, 20, 23, 28])), None


def time_(rng, arg=None):
    h, m = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
    if arg == "eve":
        h = rng.randint(17, 22)
    k = rng.randint(0, 4)
    h12 = h if h <= 12 else h - 12
    if k == 0:
        return "%d:%02d" % (h, m), None
    if k == 1:
        return "%d.%02d%s" % (h12, m, "am" if h < 12 else "pm"), None
    if k == 2:
        return "%02d:%02d" % (h, m), None
    if k == 3:
        return "half %d" % h12, None
    return "%d%s" % (h12, "am" if h < 12 else "pm"), None


def order(rng, arg=None):
    k = rng.randint(0, 4)

    def d(n):
        return "".join(rng.choice("0123456789") for _ in range(n))
    if k == 0:
        return "#" + d(4), None
    if k == 1:
        return "#" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + d(3) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + d(2), None
    if k == 2:
        return "%s-%s-%s" % (d(3), d(7), d(7)), None
    if k == 3:
        return "RT-" + d(6), None
    return "No. " + d(5), None


def version(rng, arg=None):
    return rng.choice(["iOS 17.4.1", "Android 14", "v2.3.0", "version 11.2", "1.20.4", "Windows 11 23H2",
                       "firmware 4.1.7", "build 5512", "update 3.2.1"]), None


BUS = {"ie": ["the 46A", "the 39A", "the 145", "the Luas", "the 220", "the DART"],
       "sc": ["the 6", "the 4A", "the 90", "the subway", "the 22"],
       "en": ["the 38", "the 73", "the X5", "the Northern line", "the 192"],
       "au": ["the 333", "the 96 tram", "the T4", "the 370", "the Frankston line"],
       "so": ["MARTA", "the 10 bus", "the streetcar", "the Route 5 bus"],
       "us": ["the L", "the 6 train", "the Red Line"]}


def num(rng, arg=None):
    lo, hi = (int(x) for x in (arg or "2-40").split("-"))
    return str(rng.randint(lo, hi)), None


def dish_bare(rng, arg=None):
    v = rng.choice(DISH[arg or "en"])
    for art in ("a ", "an "):
        if v.startswith(art):
            return v[len(art):], None
    return v, None


def ordinal(rng, arg=None):
    lo, hi = (int(x) for x in (arg or "1-28").split("-"))
    n = rng.randint(lo, hi)
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf), None


FILLERS = {
    "food": region_pick(FOOD), "retail": region_pick(RETAIL),
    "shop": lambda r, a=None: (r.choice(FOOD[a or "en"] + RETAIL[a or "en"]), None),
    "street": region_pick(STREET), "area": region_pick(AREA), "team": region_pick(TEAM), "venue": region_pick(VENUE),
    "dish": region_pick(DISH), "dishb": dish_bare, "store": region_pick(STORE), "ord": ordinal, "drink": region_pick(DRINK), "bus": region_pick(BUS),
    "film": lst(FILM), "show": lst(SHOW), "band": lst(BAND), "appliance": lst(APPLIANCE), "gadget": lst(GADGET),
    "wear": lst(WEAR), "car": lst(CAR), "product": lst(APPLIANCE, GADGET), "snack": lst(SNACK), "gas": lst(GAS),
    "price": price, "score": score, "time": time_, "order": order, "ver": version, "n": num,
    "flight": lambda r, a=None: (r.choice(FLIGHT[a or "en"]), None),
}
