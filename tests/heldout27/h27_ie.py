# -*- coding: utf-8 -*-
"""Persona ie_galway_nurse: Caoimhe Ní Chonghaile, staff nurse in Galway.

Formats: WhatsApp iOS exports (en-IE locale, dd/mm/yyyy, CRLF, U+200E),
Revolut CSV, Facebook "Download your information" JSON (mojibake),
Android on-device Timeline.json.  All people, numbers and places are fictional.
"""
import datetime as dt
import random
from zoneinfo import ZoneInfo

from h27_common import (UTC, Planter, build_stays, check_sleep, compose_rants, fb_dumps, finish_persona,
                        iban_group, iban_make, place_id, pps_check, schedule_chat, write_bytes)
from h27_geo import timeline_json

PID = "ie_galway_nurse"
TZ = ZoneInfo("Europe/Dublin")
YEAR = 2024
START = dt.date(2024, 9, 9)
END = dt.date(2024, 12, 6)
SLEEP = ("23:30", "06:15")
LRM = "\u200e"

USER_FULL = "Caoimhe Ní Chonghaile"
USER_WA = "Caoimhe"
USER_PHONE_INTL = "+353 87 614 2290"
USER_PHONE_PLAIN = "0876142290"
USER_EMAIL = "caoimhe.nic92@example.com"
USER_FB = "caoimhe.nichonghaile.92"
USER_PPS = "8260431" + pps_check("8260431")
MAM_PPS = "4827913" + pps_check("4827913", "W") + "W"
USER_IBAN = iban_group(iban_make("IE", "REVO99036041827735"))
LANDLORD_IBAN = iban_group(iban_make("IE", "AIBK93621548239106"))
HOME_ADDR = "Apt 7, Rinn na Mara, Seapoint Promenade, Salthill, Galway H91 KX2E"
EIRCODE = "H91 KX2E"
VAN_REG = "172-G-3391"

CHATS = {"E": "Eoghan 💚", "M": "Mam", "S": "Sadhbh", "T": "Tadhg", "B": "Bríd CNM", "G": "Ward 4B 🩺"}
AUTHORS = {"me": USER_WA, "E": "Eoghan 💚", "M": "Mam", "S": "Sadhbh", "T": "Tadhg", "B": "Bríd CNM",
           "g1": "Orla", "g2": "Marta K", "g3": "Joy 🌸", "g4": "Dymphna", "g5": "Blessing HCA", "g6": "Ciarán staff nurse",
           "R": "Fergal HCA"}

PLACES = {
    "home": {"ll": (53.258962, -9.079487), "sem": "HOME"},
    "hospital": {"ll": (53.276921, -9.066412), "sem": "WORK"},
    "mam": {"ll": (53.262741, -9.599213), "sem": "UNKNOWN"},
    "pitch": {"ll": (53.252034, -9.149587)},
    "tesco": {"ll": (53.266912, -9.104633)},
    "gym": {"ll": (53.257788, -9.088012), "mode": "WALKING"},
    "town": {"ll": (53.272514, -9.053518)},
    "church": {"ll": (53.242514, -9.303041)},
}

_srng = random.Random(27101)
SHIFT_DAYS = set()
_d = START
while _d <= END:
    week = [_d + dt.timedelta(days=i) for i in range(7)]
    for x in sorted(_srng.sample(week, 3 if _srng.random() < 0.7 else 4)):
        if x <= END:
            SHIFT_DAYS.add(x)
    _d += dt.timedelta(days=7)
for _fixed in (dt.date(2024, 10, 19), dt.date(2024, 11, 2), dt.date(2024, 11, 23)):
    SHIFT_DAYS.discard(_fixed)  # anniversary Mass, night out, Sadhbh's visit


def P(s):
    return "[[P|%s]]" % s


# ---------------------------------------------------------------- Eoghan
E_SCRIPTED = [
    ("09-10", "21:05", [("me", "just home, wrecked"), ("E", "dinner in the oven for ya"), ("me", "ur a legend"), ("E", "i know 😎")]),
    ("09-13", "19:40", [("E", "training ran late, one of the young lads got a belt of a hurl on the hand"), ("me", "jesus is he ok"),
                        ("E", "swollen, going to get it xrayed"), ("me", "tell him ice and elevate, and not to be a hero"), ("E", "ya nurse 😂")]),
    ("09-18", "20:55", [("me", P("Gerry Costello") + " texted"), ("me", "rent going up 150 from january"), ("E", "ah for fucks sake"),
                        ("me", "I literally cannot afford that"), ("E", "we'll figure it out"), ("me", "figure it out how " + P("Eoghan") + ", I'm already borrowing off mam")]),
    ("09-22", "11:30", [("E", "he sent new bank details for the rent btw"), ("E", "[[IBAN|%s]]" % LANDLORD_IBAN), ("E", "says use this from october"),
                        ("me", "grand I'll change it on revolut")]),
    ("09-25", "21:45", [("E", "is that another paddy power notification on ur phone lol"), ("me", "leave me alone its only a tenner"),
                        ("E", "thats what u said last week"), ("me", "I won 40 on saturday so I'm up"), ("E", "sure ya are")]),
    ("09-27", "18:20", [("E", "<loc:53.252034,-9.149587>"), ("E", "semi final sunday at 2 here if ur free"), ("me", "I'm off sunday!! I'll bring Mam")]),
    ("10-03", "20:50", [("me", "can u do the rent tax credit thing on revenue for me, I keep forgetting"), ("me", "my pps is [[PPS|%s]]" % USER_PPS),
                        ("E", "need the eircode too"), ("me", "[[LOC|%s]] obviously 🙄" % EIRCODE), ("E", "i knew that"), ("me", "u did not")]),
    ("10-08", "12:40", [("E", "van failed the NCT 🙃"), ("me", "noooo what now"), ("E", "brake discs, retest next week"),
                        ("me", "how much"), ("E", "few hundred"), ("me", "brilliant, great month for it")]),
    ("10-12", "17:05", [("E", "WE'RE IN THE FINAL 🏆"), ("me", "STOP"), ("me", "so proud of ye"), ("E", "pints in the Twelve later?"), ("me", "I'm on at 7.45 tmrw but one won't kill me")]),
    ("10-16", "10:45", [("E", "got a ticket on the van outside the hospital lol"), ("me", "did u park in the ambulance bay again"),
                        ("E", "it was 5 mins"), ("me", "send it to me I'll see if facilities can cancel it"), ("E", "[[PL|%s]], parked on the road at the main entrance" % VAN_REG)]),
    ("10-22", "21:20", [("me", "don't be cross"), ("E", "what did u do"), ("me", "I'm down about 80 on the horses this week"),
                        ("E", "Caoimhe come on"), ("me", "I know I know, deleting the app tonight"), ("E", "u said that in august")]),
    ("10-27", "09:55", [("me", "clocks went back, got an extra hour in bed"), ("E", "i was up at 6 anyway lol"), ("me", "why are u like this")]),
    ("11-01", "20:40", [("me", "got paid and its gone already. rent, car insurance, credit union"), ("E", "i'll transfer u my half tonight"), ("me", "thank u ❤️")]),
    ("11-07", "13:25", [("me", "code on the ward, didn't get a break"), ("E", "ah no, u ok?"), ("me", "ya just starving"), ("E", "ill drop up a sandwich to the front")]),
    ("11-15", "21:35", [("E", "my mam wants us for sunday dinner"), ("me", "ya go on"), ("E", "she's doing the lamb"), ("me", "say no more")]),
    ("11-26", "20:50", [("me", "card got declined in tesco 😭"), ("me", "mortified"), ("E", "how much u need"), ("me", "50 till thursday"), ("E", "sent")]),
    ("12-03", "21:10", [("me", "the christmas roster is out. I'm working stephens day"), ("E", "ah ffs"), ("me", "at least i have christmas day off")]),
]
E_ONESHOT = [
    [("E", "<img>"), ("E", "look at the state of this fuse board"), ("me", "I don't know what I'm looking at"), ("E", "a fire hazard basically")],
    [("me", "can u get milk"), ("E", "ya"), ("me", "and bread"), ("E", "ya"), ("me", "and chocolate"), ("E", "obviously")],
    [("E", "what time u finish"), ("me", "8.15 if I'm lucky"), ("E", "ill collect ya")],
    [("me", "<audio>"), ("E", "😂😂 stop")],
    [("@", (20.6, 22.5)), ("me", "the woman in bed 6 called me an angel and then bit me"), ("E", "hahahaha"), ("me", "not funny"), ("E", "bit funny")],
    [("E", "netflix says someone outside the household is using it"), ("me", "thats my brother 😂"), ("E", "ofc it is")],
]
E_ROUTINE = [
    [("@", (17.0, 21.5)), ("me", "home in {20|10|5}"), ("E", "{👍|grand|kettle's on}")],
    [("E", "u want anything from the shop"), ("me", "{nah grand|crisps pls|milk!!}")],
    [("@", (10.0, 14.0)), ("me", "on my break, what u up to"), ("E", "up a ladder in {Knocknacarra|Oranmore|Moycullen|Renmore}"), ("me", "{exciting|living the dream|lol}"), ("E", "{thrilling|always}")],
    [("@", (15.0, 19.5)), ("E", "dinner?"), ("me", "{pasta?|chipper?|stir fry?}"), ("E", "{pasta|go on|grand}")],
    [("me", "<sticker>"), ("E", "{lol|😂|stop}")],
    [("@", (21.5, 22.8)), ("me", "{I'm wrecked going to bed|bed, night|going to sleep, love u}"), ("E", "{night x|night night|x}")],
    [("E", "leaving {now|the site now|Oranmore now}"), ("me", "{drive safe|👍|see u soon}")],
    [("@", (19.0, 22.0)), ("me", "did u take the bins out"), ("E", "...."), ("E", "{doing it now|its not bin night|tomorrow}")],
    [("me", "{miss u today|long day, need a hug}"), ("E", "{miss u too x|come here to me x}")],
    [("E", "<img>"), ("me", "{the sunset 😍|is that the prom?|gorgeous}")],
    [("me", "traffic {at the Headford road|on the Seamus Quirke|at the Kirwan roundabout} is a joke"), ("E", "{always is|avoid it so}")],
    [("@", (17.0, 22.0)), ("E", "u on tmrw?"), ("me", "{=ya long day|no off!!|ya 7.45 start}"), ("E", "{=ugh|nice|early night so}")],
    [("E", "{the club want me at training friday|lads going for a pint fri}"), ("me", "{grand|go on, enjoy}")],
]

# ---------------------------------------------------------------- Mam (Irish/English mix)
M_SCRIPTED = [
    ("09-09", "19:00", [("M", "Dia duit a stór, conas atá tú?"), ("me", "tá mé go maith mam, tired"), ("M", "Are you eating at all"), ("me", "yes mam 😂")]),
    ("09-12", "21:00", [("M", "<security>")]),
    ("09-15", "10:20", [("M", "Daid's knee op is on the list in Merlin Park for November"), ("me", "finally!! how is he"),
                        ("M", "Cranky. Ná bí ag caint"), ("me", "haha tell him I'll be in to give out to him")]),
    ("09-20", "20:15", [("me", "mam could u lend me 300 till payday, I'll pay u back I promise"), ("M", "Of course a chroí. Send me your bank thing again"),
                        ("me", "[[P|%s]]" % USER_FULL + "\n" + "[[IBAN|%s]]" % USER_IBAN), ("M", "Done. Don't tell your father"), ("me", "go raibh míle maith agat ❤️")]),
    ("09-28", "12:40", [("M", "Can you fill in the fuel allowance form online for me, I can't make head nor tail of it"), ("me", "ya send me ur pps"),
                        ("M", "[[PPS|%s]]" % MAM_PPS), ("me", "grand I'll do it tonight")]),
    ("10-06", "11:15", [("M", "Mamó's anniversary Mass is Saturday the 19th at 11 in An Spidéal, " + P("Fr Ó Murchú") + " is saying it"),
                        ("me", "I'll be there, I swapped the shift"), ("M", "And you might come to mass more often while you're at it"),
                        ("me", "mam I haven't been to mass since my confirmation practically, don't start 😂"), ("M", "I'll light a candle for you anyway")]),
    ("10-19", "13:20", [("M", "Lovely to see you today. Mamó would be proud"), ("me", "it was nice. the singing was gorgeous"), ("M", "Tadhg wore the good shirt even")]),
    ("10-25", "18:30", [("M", P("Tadhg") + " has no money again. Don't be giving him any"), ("me", "I don't have any to give him mam lol"),
                        ("M", "He's up all night on that xbox"), ("me", "he's 20, leave him off")]),
    ("11-05", "09:45", [("M", "Daid's op went well. He's on the ward now"), ("me", "thank god. I'll pop over on my break, Merlin Park isn't far"), ("M", "He asked for you")]),
    ("11-18", "19:50", [("M", "Are you coming home for Christmas dinner"), ("me", "yes! off christmas day, working stephens day"), ("M", "Ah that's a pity")]),
    ("11-28", "21:00", [("me", "paid u back the 300 mam"), ("M", "You didn't have to rush"), ("me", "I did, I hate owing people")]),
]
M_ONESHOT = [
    [("M", "<img>"), ("M", "The garden after the storm"), ("me", "oh no the shed!!")],
    [("M", "Storm Ashley coming, stay in"), ("me", "I'm working mam, I have to go in"), ("M", "Mind yourself on the road")],
    [("M", "<audio>"), ("me", "mam I'm on the ward I can't listen to voice notes 😂"), ("M", "<audio>")],
]
M_ROUTINE = [
    [("@", (20.5, 22.5)), ("M", "Did you get home ok"), ("me", "{ya grand|yes mam|home x}")],
    [("M", "Ring me when you get a chance"), ("me", "{will do after work|ringing u now|tmrw ok?}")],
    [("M", "<img>"), ("me", "{aww 😍|gorgeous|look at him!!}")],
    [("me", "<missed>"), ("M", "{I was in the shop|Sorry love was at the door|Ring you back}")],
    [("M", "Conas atá tú inniu?"), ("me", "{go maith, busy day|tuirseach, long day|go breá}"), ("M", "{Mind yourself|Good girl|Rest up}")],
    [("M", "Are you working the weekend"), ("me", "{=saturday only|no, off|sunday}"), ("M", "{=Come for dinner sunday so|Good|Right so}")],
    [("me", "how's Daid"), ("M", "{Grand. Giving out about the weather|Watching the racing|Out in the garden}")],
    [("@", (20.5, 22.5)), ("M", "Oíche mhaith a chroí x"), ("me", "{oíche mhaith mam x|night mam x}")],
    [("M", "{=Did you see the news about the hospital car park|Your cousin is expecting again!|The neighbours were asking for you}"), ("me", "{=I live it mam lol|omg!!|aw tell them hi}")],
]

# ---------------------------------------------------------------- Sadhbh
S_SCRIPTED = [
    ("09-11", "21:30", [("S", "IM BACK FROM BALI"), ("me", "welcome home!! how was it"), ("S", "unreal. " + P("Rónán") + " got sunburnt day one")]),
    ("09-14", "13:10", [("me", "can I tell u something and u won't judge"), ("S", "always"), ("me", "I'm down about 200 on paddy power this month"),
                        ("me", "don't tell " + P("Eoghan")), ("S", "Caoimhe 😬"), ("me", "I know. its the accas, I keep chasing them"), ("S", "delete the app babe")]),
    ("09-19", "20:00", [("S", "sending u a birthday parcel, whats ur address again"), ("me", "[[LOC|%s]]" % HOME_ADDR), ("S", "perfect, don't open it early")]),
    ("09-27", "21:40", [("me", "the parcel!!! 😭 I love it"), ("S", "told ya")]),
    ("10-01", "19:15", [("S", "need nails for the wedding, who does yours"), ("me", P("Marta") + ", she's unreal"), ("me", "[[PH|085 214 7765]]"),
                        ("me", "or dm her on insta [[U|@nailsbymarta.gy]]"), ("S", "legend")]),
    ("10-05", "22:05", [("me", "euro acca came up 🤑 86 quid off a fiver"), ("S", "omg"), ("me", "this is why I can't stop lol"), ("S", "this is EXACTLY why u should stop")]),
    ("10-14", "20:30", [("S", P("Sive") + " needs a night out, november?"), ("me", "yes but I'm skint till the 24th"), ("S", "ill come to galway so, no hotel")]),
    ("10-30", "21:15", [("me", "I can't afford the hen in lisbon, I'm so sorry"), ("me", "between rent and the credit union loan I'm actually broke"),
                        ("S", "don't apologise, its mad money"), ("me", "I feel awful")]),
    ("11-11", "21:45", [("me", "lost 60 on the Sunday games. I'm done. actually deleting it now"), ("S", "proud of u"), ("S", "screenshot or it didn't happen"), ("me", "<img>")]),
    ("11-19", "20:20", [("me", "reinstalled it 🙃"), ("S", "CAOIMHE"), ("me", "only for the champions league I swear")]),
    ("11-23", "11:00", [("S", "on the train, in at 1"), ("me", "I'll meet u at the station")]),
]
S_ONESHOT = [
    [("S", "<gif>"), ("me", "me every monday")],
    [("S", "how's the ward"), ("me", "carnage. 4 admissions before 10"), ("S", "ur a saint")],
    [("me", "have u watched the new season"), ("S", "not yet no spoilers!!")],
    [("S", "Rónán's mam asked when we're getting married AT DINNER"), ("me", "stop 😂😂")],
]
S_ROUTINE = [
    [("S", "<gif>"), ("me", "{😂😂😂|me|accurate}")],
    [("me", "call later?"), ("S", "{ya after 9|can't tonight, tmrw?|ya}")],
    [("S", "<img>"), ("me", "{gorgeous|where is that|jealous}")],
    [("me", "what u up to"), ("S", "{correcting copies, kill me|gym|on the couch}"), ("me", "{lol|same|goals}")],
    [("S", "{miss ur face|need a catch up}"), ("me", "{same x|soon!!}")],
    [("me", "<audio>"), ("S", "<audio>")],
    [("S", "how's Eoghan"), ("me", "{grand, obsessed with the club as usual|grand, working all hours}")],
    [("me", "{ward was mental today|3 discharges and 5 admissions lol}"), ("S", "{ur a saint|how are u still standing}")],
]

# ---------------------------------------------------------------- Tadhg
T_SCRIPTED = [
    ("09-16", "21:30", [("T", "can u lend me 20"), ("me", "no"), ("T", "pls"), ("me", "I'm as broke as u " + P("Tadhgín"))]),
    ("10-02", "22:10", [("T", "watch my stream tonight, [[URL|twitch.tv/tadhgthetank99]]"), ("me", "I haven't played a game since the wii lol"),
                        ("T", "u don't have to play, just watch"), ("me", "I'm going to bed at 10 like a granny")]),
    ("10-25", "20:45", [("me", "mam says ur up all night on the xbox"), ("T", "its for college"), ("me", "ah ya, EA FC studies"), ("T", "shut up")]),
    ("11-04", "19:30", [("me", "Daid's op is tmrw, ring him"), ("T", "will do")]),
]
T_ROUTINE = [
    [("T", "<img>"), ("me", "what is that"), ("T", "{my rank 😤|new skin|division 1 baby}")],
    [("me", "did u get a haircut yet"), ("T", "{no|next week|why would i}")],
    [("me", "are u eating properly"), ("T", "{ya|define properly|mam sends me food}")],
    [("T", "netflix password"), ("me", "{no|get ur own}"), ("T", "🙃")],
    [("me", "ring mam"), ("T", "{ya|later|she rang me}")],
    [("T", "<gif>"), ("me", "{lol|😂}")],
]

# ---------------------------------------------------------------- Bríd (CNM)
B_SCRIPTED = [
    ("09-12", "14:10", [("B", "Caoimhe can you swap Sat 19th Oct for Fri 18th?"), ("me", "I can " + P("Bríd") + ", I need the 19th off anyway for the anniversary Mass"), ("B", "Perfect thanks")]),
    ("09-24", "20:45", [("B", "HR need your PPS and email for the pension scheme thing"), ("me", "[[PPS|%s]]" % USER_PPS), ("me", "[[EM|%s]]" % USER_EMAIL),
                        ("B", "And a mobile for the new roster app"), ("me", "[[PH|%s]]" % USER_PHONE_PLAIN), ("B", "Got it")]),
    ("10-09", "19:30", [("B", P("Blessing") + " is out sick tomorrow, can you take the new admissions?"), ("me", "no bother")]),
    ("10-21", "13:30", [("B", P("Dr Okafor") + " wants bloods on bed 12 before 2"), ("me", "on it")]),
    ("11-13", "20:55", [("B", "Roster for December is up. Check it before Friday"), ("me", "will do. Any chance of Christmas Day off?"), ("B", "You have it. Stephen's Day you're on")]),
]
B_ROUTINE = [
    [("B", "Can you do an extra long day next week?"), ("me", "which day"), ("B", "{Wednesday|Thursday|Monday}"), ("me", "{go on so|can't sorry|ya ok}")],
    [("B", "{Staff meeting moved to 2|Handover in the office today|Audit on the ward tomorrow}"), ("me", "{👍|ok|noted}")],
    [("B", "{Thanks for today, great work|Well done today|Thanks for staying late}"), ("me", "thanks Bríd")],
    [("@", (6.3, 7.4)), ("me", "running 10 mins late, {accident on the Seamus Quirke road|bus didn't come|car park full}"), ("B", "{No problem|Thanks for letting me know}")],
    [("B", "{Mandatory hand hygiene training by end of month|Fire training Thursday}"), ("me", "{done it already|ok}")],
]

# ---------------------------------------------------------------- Ward group
G_SCRIPTED = [
    ("09-20", "20:45", [("g1", P("Joy") + "'s leaving do Friday 11th Oct in the Quays, who's in"), ("me", "in!!"), ("g2", "in"), ("g4", "I'm on nights but I'll come for one"),
                        ("g3", "you're all too good to me 🥹")]),
    ("10-11", "23:05", [("g6", "<img>"), ("g1", "what a night"), ("g3", "love ye all")]),
    ("10-17", "17:30", [("g1", "New number lads, save it " + "[[PH|083 190 4472]]"), ("g2", "saved")]),
    ("11-06", "20:30", [("g4", "Flu vaccine clinic in the canteen tmrw 8-4"), ("me", "thank u!!"), ("g5", "👍")]),
    ("11-21", "19:15", [("g2", "Anyone want to swap a Sunday for a Tuesday in Dec?"), ("me", "which Sunday"), ("g2", "15th"), ("me", "can't sorry")]),
    ("11-29", "21:10", [("g6", "would you give it a rest, this is a work group"), ("R", "Someone has to say it"), ("g1", "not here they don't")]),
]
G_ONESHOT = [
    [("g3", "who took my good scissors from the nurses station 😤"), ("g6", "wasn't me"), ("me", "check the clinical room")],
    [("g4", "cake in the staff room, someone's birthday"), ("me", "omw")],
    [("g1", "Car park full again, go early tomorrow"), ("g2", "nightmare")],
    [("g5", "Thank you all for the card ❤️"), ("g1", "❤️")],
    [("g6", "Who's on the early tomorrow? need to hand over bed 3"), ("me", "me")],
]
G_RANT_OPENERS = ["Absolute joke. ", "Sorry but ", "Read this and tell me I'm wrong. ", "Unreal. ", "Disgrace. ", "Seriously lads, ",
                  "I'm sick of it. ", "Wake up Ireland. ", "", "Only in this country. "]
G_RANT_CORES = [
    "this government couldn't run a bath", "the TDs voted themselves another pay rise while we're on the floor",
    "the housing crisis is a policy choice, not an accident", "they spent millions on a bike shed and we can't get agency staff",
    "the hiring freeze is going to kill someone and no minister will answer for it", "FF and FG are the same party with different ties",
    "the Dáil is a talking shop for landlords", "carbon tax up again and my heating oil costs a fortune",
    "the children's hospital is a billion over budget and nobody is sacked", "they'll find money for consultants but not for nurses",
    "the election promises are already lies", "the whole system is rigged for the golden circle",
    "we're the tax haven of Europe and our hospitals are like the third world", "rents in Galway are a scandal and the government does nothing",
    "the trolley count is a national disgrace", "every minister should spend one night on a trolley in ED",
    "they sold off the banks to vulture funds and now the funds own our houses", "ministers get garda escorts while we get abuse in triage",
    "the budget was a giveaway to the people who need it least", "the Shinners would be no better mark my words",
    "the EU tells us what to do and the government says thank you", "water charges are coming back, watch",
    "the public pay deal is an insult", "they built a hotel for asylum hearings and there's families in cars",
    "the health minister hasn't a clue what a ward looks like", "the whole cabinet should resign",
    "there's more managers in the HSE than nurses", "the referendum results should tell them something but they won't listen",
    "the pension age will go to 70 and they'll tell us we're lucky", "they're protecting the banks again",
    "RTÉ got bailed out after the scandal and we're paying the licence",
    "the Garda numbers are the lowest in years and they're closing stations",
]
G_RANT_CLOSERS = ["!!", ".", " 😡", ". Disgusting.", ". Share this.", "!!! Vote them all out.", ". Mark my words.", "", ". Fuming.",
                  " 🤬🤬"]


def _windows(d):
    if d in SHIFT_DAYS:
        return [(6.3, 7.4, "all"), (10.4, 10.8, "all"), (13.0, 13.6, "all"), (20.6, 22.7, "all")]
    return [(9.2, 12.5, "all"), (13.5, 18.0, "all"), (19.0, 22.8, "all")]


def _kw():
    return dict(tz=TZ, year=YEAR, start=START, end=END)


def build_chats(rng):
    chats = {}
    chats["E"] = schedule_chat(rng, scripted=E_SCRIPTED, oneshots=E_ONESHOT, routines=E_ROUTINE, target=206, windows=_windows, **_kw())
    chats["M"] = schedule_chat(rng, scripted=M_SCRIPTED, oneshots=M_ONESHOT, routines=M_ROUTINE, target=164,
                               windows=lambda d: [w for w in _windows(d) if w[0] >= 9.0 or d not in SHIFT_DAYS], **_kw())
    chats["S"] = schedule_chat(rng, scripted=S_SCRIPTED, oneshots=S_ONESHOT, routines=S_ROUTINE, target=152,
                               windows=lambda d: [w for w in _windows(d) if w[0] >= 13.0], **_kw())
    chats["T"] = schedule_chat(rng, scripted=T_SCRIPTED, routines=T_ROUTINE, target=52,
                               windows=lambda d: [w for w in _windows(d) if w[0] >= 13.0], **_kw())
    chats["B"] = schedule_chat(rng, scripted=B_SCRIPTED, routines=B_ROUTINE, target=56, windows=_windows, **_kw())
    grp = schedule_chat(rng, scripted=G_SCRIPTED, oneshots=G_ONESHOT, target=0, windows=_windows, gap=(0.3, 3.0), max_per_day=4, **_kw())
    # colleagues chatting among themselves about rosters etc. (no user)
    chatter = [[("g1", "anyone have a spare {charger|pen torch|lanyard} on the ward"), ("g3", "{top drawer|in the office|nope sorry}")],
               [("g2", "bloods for bed {9|4|11|14} are back"), ("g6", "{thanks hun|legend|👍}")],
               [("@", (12.0, 18.0)), ("g4", "Is the canteen open late tonight?"), ("g5", "{till 8|till 7 i think|closed early today}")],
               [("g6", "swapping {Thurs|Wed|Sat} long day for {Mon|Fri|Sun}, anyone?"), ("g2", "{I'll take it|can't sorry|which week?}")],
               [("g3", "<img>"), ("g1", "{gorgeous 😍|stop it|where is that}")],
               [("@", (19.5, 21.5)), ("g5", "Thank you for the help today"), ("g4", "{anytime|no bother|you're welcome hun}")],
               [("g1", "reminder: {mandatory training this week|audit tomorrow, tidy the sluice|new IV policy is on the shared drive}"), ("g2", "{ugh|thanks|noted}")],
               [("g4", "{who's in for coffee|anyone going to Supermacs}"), ("g6", "{me|go on}")]]
    grp += schedule_chat(rng, routines=chatter, target=36, windows=((8.0, 22.0, "all"),), **_kw())
    rants = compose_rants(rng, G_RANT_OPENERS, G_RANT_CORES, G_RANT_CLOSERS, 63)
    grp += schedule_chat(rng, oneshots=[[("R", r)] for r in rants], target=0, windows=((6.0, 9.0, "all"), (12.0, 15.0, "all"), (19.0, 23.9, "all")),
                         max_per_day=3, **_kw())
    grp.sort(key=lambda m: m.t.timestamp())
    chats["G"] = grp
    for k, msgs in chats.items():
        check_sleep(msgs, "me", SLEEP, PID + "/" + k)
    return chats, rants


# ---------------------------------------------------------------- WhatsApp iOS writer

def _wa_stamp(t):
    return "[%02d/%02d/%04d, %02d:%02d:%02d]" % (t.day, t.month, t.year, t.hour, t.minute, t.second)


def write_whatsapp(out_dir, planter, rng, chats):
    rels = {}
    for key, msgs in chats.items():
        title = CHATS[key]
        rel = "WhatsApp Chat - %s/_chat.txt" % title
        lines = []
        first = msgs[0].t - dt.timedelta(minutes=rng.randint(30, 200))
        lines.append("%s %s: %sMessages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them."
                     % (_wa_stamp(first), title, LRM))
        for m in msgs:
            author = AUTHORS[m.who]
            text = m.text
            media = {"<img>": "image omitted", "<audio>": "audio omitted", "<sticker>": "sticker omitted", "<gif>": "GIF omitted",
                     "<video>": "video omitted"}
            if text in media:
                lines.append("%s%s %s: %s%s" % (LRM, _wa_stamp(m.t), author, LRM, media[text]))
            elif text == "<security>":
                lines.append("%s %s: %sYour security code with %s changed. Tap to learn more." % (_wa_stamp(m.t), title, LRM, title))
            elif text == "<missed>":
                lines.append("%s %s: %sMissed voice call" % (_wa_stamp(m.t), author, LRM))
            elif text.startswith("<loc:"):
                lines.append("%s %s: %sLocation: https://maps.google.com/?q=%s" % (_wa_stamp(m.t), author, LRM, text[5:-1]))
            elif text == "<deleted>":
                lines.append("%s %s: %sThis message was deleted." % (_wa_stamp(m.t), author, LRM))
            else:
                body = planter.render(rel, text)
                lines.append("%s %s: %s" % (_wa_stamp(m.t), author, body.replace("\n", "\r\n")))
        write_bytes("%s/%s/%s" % (out_dir, PID, rel), ("\r\n".join(lines) + "\r\n").encode("utf-8"))
        rels[key] = rel
    return rels


# ---------------------------------------------------------------- Revolut

def revolut_rows(rng):
    rows = []  # (started, completed, type, desc, amount, fee, state)

    def add(mmdd, hhmm, typ, desc, amount, state="COMPLETED", delay_min=None, fee=0.0):
        d = dt.date(YEAR, int(mmdd[:2]), int(mmdd[3:]))
        h, m = hhmm.split(":")
        s = dt.datetime(d.year, d.month, d.day, int(h), int(m), rng.randint(0, 59))
        if delay_min is None:
            delay_min = 0 if typ in ("TRANSFER", "TOPUP") else rng.choice([0, 0, 60 * 14, 60 * 22, 60 * 30])
        c = None if state == "PENDING" else s + dt.timedelta(minutes=delay_min, seconds=rng.randint(0, 50))
        rows.append([s, c, typ, desc, amount, fee, state])

    for mmdd in ("09-26", "10-24", "11-28"):
        add(mmdd, "06:04", "TOPUP", "Payment from UHC Payroll", 2987.43)
    for mmdd in ("10-01", "11-01", "12-01"):
        add(mmdd, "09:12", "TRANSFER", "To " + P("Gerry Costello"), -1650.00)
    for mmdd in ("09-30", "12-01"):
        add(mmdd, "21:40", "TRANSFER", "Payment from " + P("Eoghan Ó Flatharta"), 825.00)
    # straight after payday most of it goes to the AIB account (overdraft + credit card)
    add("09-26", "07:15", "TRANSFER", "To " + P(USER_FULL), -1350.00)
    add("10-24", "07:02", "TRANSFER", "To " + P(USER_FULL), -1500.00)
    add("11-28", "07:20", "TRANSFER", "To " + P(USER_FULL), -1400.00)
    add("11-01", "21:15", "TRANSFER", "Payment from " + P("Eoghan Ó Flatharta"), 825.00)
    add("11-26", "20:52", "TRANSFER", "Payment from " + P("Eoghan Ó Flatharta"), 50.00)
    add("09-20", "20:25", "TOPUP", "Payment from " + P("Nuala Uí Chonghaile"), 300.00)
    add("11-28", "20:58", "TRANSFER", "To " + P("Nuala Uí Chonghaile"), -300.00)
    add("09-18", "19:02", "TRANSFER", "To " + P("Sadhbh Ní Bhriain"), -45.00)
    for mmdd in ("09-15", "10-15", "11-15"):
        add(mmdd, "08:00", "TRANSFER", "To Corrib Credit Union", -210.00)
    for mmdd in ("09-22", "10-22", "11-22"):
        add(mmdd, "07:30", "CARD_PAYMENT", "Klarna", -42.16)
    for mmdd in ("09-27", "10-27", "11-27"):
        add(mmdd, "03:12", "CARD_PAYMENT", "Netflix.com", -13.99)
    for mmdd in ("09-19", "10-17", "11-21"):
        add(mmdd, "06:30", "CARD_PAYMENT", "Electric Ireland", -round(rng.uniform(96, 148), 2))
        add(mmdd, "06:31", "CARD_PAYMENT", "Vodafone Broadband", -55.00)
    for mmdd in ("09-10", "10-10", "11-10"):
        add(mmdd, "05:58", "CARD_PAYMENT", "Leisureland Gym", -45.00)
    add("10-04", "11:02", "CARD_PAYMENT", "Three Ireland", -35.00)
    add("11-04", "11:00", "CARD_PAYMENT", "Three Ireland", -35.00)
    add("10-29", "14:20", "CARD_PAYMENT", "Aviva Insurance", -61.38)
    add("11-29", "14:22", "CARD_PAYMENT", "Aviva Insurance", -61.38)
    # gambling (true)
    bets = [("09-13", -20), ("09-14", -50), ("09-14", -30), ("09-14", -100), ("09-21", -10), ("09-25", -10), ("09-28", -25),
            ("10-05", -5), ("10-12", -20), ("10-19", -15), ("10-20", -40), ("10-20", -50), ("10-22", -30), ("10-26", -20),
            ("10-27", -75), ("10-27", -100), ("11-02", -10), ("11-03", -150), ("11-09", -25), ("11-10", -60), ("11-10", -40),
            ("11-16", -100), ("11-19", -10), ("11-20", -80), ("11-24", -50), ("11-26", -15), ("11-30", -20), ("12-04", -10)]
    for i, (mmdd, amt) in enumerate(bets):
        add(mmdd, "%02d:%02d" % (rng.choice([13, 14, 15, 17, 20, 21]), rng.randint(0, 59)), "CARD_PAYMENT",
            "Paddy Power" if i % 3 else "BoyleSports", float(amt), delay_min=0)
    add("09-28", "18:10", "TOPUP", "Payment from Paddy Power", 40.00)
    add("10-05", "17:55", "TOPUP", "Payment from Paddy Power", 86.00)
    add("11-30", "22:05", "TOPUP", "Payment from BoyleSports", 22.50)
    # everyday spending
    merch = [("Tesco", (14, 78)), ("Dunnes Stores", (9, 55)), ("Aldi", (18, 64)), ("Lidl", (11, 49)), ("Applegreen", (35, 60)),
             ("Circle K", (3, 9)), ("Insomnia Coffee", (3.8, 7.2)), ("Bus Eireann", (2.5, 4.5)), ("Penneys", (12, 40)),
             ("Supermacs", (9, 16)), ("Boots", (6, 25)), ("Just Eat", (21, 38)), ("Amazon.de", (10, 45))]
    days = sorted(rng.choice(range((END - START).days + 1)) for _ in range(46))
    for off in days:
        d = START + dt.timedelta(days=off)
        name, (lo, hi) = rng.choice(merch)
        add(d.strftime("%m-%d"), "%02d:%02d" % (rng.choice([8, 12, 13, 17, 18, 19, 20]), rng.randint(0, 59)), "CARD_PAYMENT", name,
            -round(rng.uniform(lo, hi), 2))
    add("10-11", "21:40", "CARD_PAYMENT", "The Quays Bar", -38.50)
    add("11-02", "22:10", "CARD_PAYMENT", "Taaffes Bar", -27.00)
    add("11-23", "13:30", "CARD_PAYMENT", "Ard Bia", -61.20)
    add("10-18", "12:05", "ATM", "Cash at Bank of Ireland Salthill", -40.00, fee=0.0)
    add("11-14", "16:22", "CARD_PAYMENT", "Penneys", -26.00)
    add("11-16", "10:01", "CARD_REFUND", "Penneys", 26.00)
    add("10-08", "15:30", "CARD_PAYMENT", "Zalando", -64.95, state="REVERTED", delay_min=2)
    add("12-05", "18:44", "CARD_PAYMENT", "Tesco", -23.17, state="PENDING")
    add("12-06", "08:12", "CARD_PAYMENT", "Insomnia Coffee", -4.60, state="PENDING")
    add("12-06", "13:02", "CARD_PAYMENT", "Paddy Power", -10.00, state="PENDING")
    rows.sort(key=lambda r: r[0])
    bal = 412.55
    out = []
    for s, c, typ, desc, amt, fee, state in rows:
        if state == "COMPLETED" and bal + amt - fee < 5:
            # topping up from the AIB debit card (overdraft) to cover the payment
            need = 5 - (bal + amt - fee)
            top = float(100 * (int(need // 100) + 1))
            ts = s - dt.timedelta(minutes=rng.randint(2, 9), seconds=rng.randint(0, 50))
            bal = round(bal + top, 2)
            out.append((ts, ts + dt.timedelta(seconds=rng.randint(3, 40)), "TOPUP", "Top-Up by *4417", top, 0.0, "COMPLETED", "%.2f" % bal))
        if state == "COMPLETED":
            bal = round(bal + amt - fee, 2)
            b = "%.2f" % bal
        else:
            b = ""
        out.append((s, c, typ, desc, amt, fee, state, b))
    return out


def write_revolut(out_dir, planter, rows):
    rel = "revolut/account-statement_2024-09-09_2024-12-06_en-ie_3f8a21.csv"
    lines = ["Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance"]
    for s, c, typ, desc, amt, fee, state, b in rows:
        d = planter.render(rel, desc)
        if "," in d:
            d = '"%s"' % d
        lines.append(",".join([typ, "Current", s.strftime("%Y-%m-%d %H:%M:%S"), c.strftime("%Y-%m-%d %H:%M:%S") if c else "", d,
                               "%.2f" % amt, "%.2f" % fee, "EUR", state, b]))
    write_bytes("%s/%s/%s" % (out_dir, PID, rel), ("\n".join(lines) + "\n").encode("utf-8"))
    return rel


# ---------------------------------------------------------------- Facebook

FB_POSTS = [
    ("09-14", "16:20", "Up Bearna!! Semi final here we come 💚💛", None),
    ("09-21", "19:05", "Birthday drinks with the best girl " + "[[P|Sadhbh Ní Bhriain]]" + " 🥂 29 and still no sense", None),
    ("09-29", "12:10", "Salthill prom on a sunny Sunday, you can't beat it ☀️", ("Salthill Promenade", 53.2582, -9.0864)),
    ("10-06", "20:40", "Three long days done. Feet are in bits. Bed.", None),
    ("10-12", "18:30", "COUNTY FINAL BOUND!!! So proud of [[P|Eoghan]] and the lads 🏑💚", ("Bearna GAA", 53.2520, -9.1496)),
    ("10-19", "15:00", "Mamó, 5 years today. Ar dheis Dé go raibh a hanam ❤️", None),
    ("10-26", "22:15", "Storm Ashley you can do one 🌧️🌬️", None),
    ("10-31", "20:30", "Oíche Shamhna on the ward, the kids from the children's unit came round trick or treating 🎃", None),
    ("11-03", "17:45", "Heartbroken for the lads, beaten by a point. Proud of them all the same 💚", None),
    ("11-10", "13:20", "Please share: our ward is fundraising for a new family room. Link in comments 🙏", None),
    ("11-23", "21:00", "Galway girls reunited 💃 Dublin came to visit and the city wasn't ready", ("Taaffes Bar", 53.2719, -9.0527)),
    ("12-01", "18:00", "Christmas market is open, mulled wine season officially 🎄", ("Eyre Square Christmas Market", 53.2747, -9.0487)),
    ("09-17", "21:30", "Anyone know a decent mechanic in Galway that won't rob you? Asking for a van 🙃", None),
    ("10-02", "13:15", "Staff canteen soup of the day: 'vegetable'. Which vegetable? Nobody knows.", None),
    ("11-15", "20:10", "Flu jab done 💉 be like me", None),
    ("11-27", "19:40", "Payday can't come quick enough 🙃", None),
]
FB_COMMENTS = [
    ("09-15", "10:00", "So gorgeous!! Congrats to ye both 😍", "[[P|Méabh Ní Fhlatharta]]"),
    ("10-01", "21:00", "Miss ye! Come home soon", "[[P|Méabh Ní Fhlatharta]]"),
    ("10-13", "11:30", "Thanks everyone for the messages, great day 💚", None),
    ("11-10", "13:25", "Donate here if you can, every euro helps ❤️", None),
    ("11-24", "12:00", "Never again 😂", None),
    ("11-04", "09:10", "Unlucky lads, next year 💚", None),
]


def _fb_ts(mmdd, hhmm):
    d = dt.date(YEAR, int(mmdd[:2]), int(mmdd[3:]))
    h, m = hhmm.split(":")
    return int(dt.datetime(d.year, d.month, d.day, int(h), int(m), tzinfo=TZ).timestamp())


def write_facebook(out_dir, planter):
    base = "%s/%s/" % (out_dir, PID)
    # profile
    prel = "personal_information/profile_information/profile_information.json"
    r = lambda s: planter.render(prel, s)  # noqa: E731
    profile = {"profile_v2": {
        "name": {"full_name": r("[[P|%s]]" % USER_FULL), "first_name": "Caoimhe", "middle_name": "", "last_name": "Ní Chonghaile"},
        "emails": {"emails": [r("[[EM|%s]]" % USER_EMAIL)], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": 1995, "month": 9, "day": 21},
        "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
        "previous_names": [],
        "other_names": [],
        "current_city": {"name": "Galway, Ireland", "timestamp": 1533393600},
        "hometown": {"name": "An Cheathrú Rua, Galway, Ireland", "timestamp": 1325376000},
        "relationship": {"status": "In a relationship", "timestamp": 1622505600},
        "family_members": [{"name": r("[[P|Tadhg Ó Conghaile]]"), "relation": "Brother", "timestamp": 1420070400}],
        "education_experiences": [{"name": "University of Galway", "start_timestamp": 1378000000, "end_timestamp": 1496275200,
                                   "graduated": True, "concentrations": ["General Nursing"], "school_type": "College"}],
        "work_experiences": [{"employer": "University Hospital Corrib", "title": "Staff Nurse", "location": "Galway, Ireland",
                              "start_timestamp": 1501545600, "timestamp": 1501545600}],
        "phone_numbers": [{"phone_type": "Mobile", "phone_number": r("[[PH|%s]]" % USER_PHONE_INTL), "verified": True}],
        "username": r("[[U|%s]]" % USER_FB),
        "registration_timestamp": 1262304000,
        "profile_uri": r("[[URL|https://www.facebook.com/%s]]" % USER_FB),
    }}
    write_bytes(base + prel, fb_dumps(profile).encode("ascii"))
    # posts
    rel = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
    posts = []
    for mmdd, hhmm, text, place in sorted(FB_POSTS, key=lambda p: _fb_ts(p[0], p[1]), reverse=True):
        ts = _fb_ts(mmdd, hhmm)
        item = {"timestamp": ts}
        if place:
            item["attachments"] = [{"data": [{"place": {"name": place[0], "coordinate": {"latitude": place[1], "longitude": place[2]},
                                                        "address": "", "url": ""}}]}]
        item["data"] = [{"post": planter.render(rel, text)}, {"update_timestamp": ts}]
        title = planter.render(rel, "[[P|%s]]" % USER_FULL) + (" was at %s." % place[0] if place else " updated her status.")
        item["title"] = title
        posts.append(item)
    write_bytes(base + rel, fb_dumps(posts).encode("ascii"))
    # comments
    rel = "your_facebook_activity/comments_and_reactions/comments.json"
    comments = []
    for mmdd, hhmm, text, owner in sorted(FB_COMMENTS, key=lambda p: _fb_ts(p[0], p[1]), reverse=True):
        ts = _fb_ts(mmdd, hhmm)
        me = planter.render(rel, "[[P|%s]]" % USER_FULL)
        title = me + (" commented on %s's post." % planter.render(rel, owner) if owner else " commented on her own post.")
        comments.append({"timestamp": ts, "data": [{"comment": {"timestamp": ts, "comment": text, "author": me}}], "title": title})
    write_bytes(base + rel, fb_dumps({"comments_v2": comments}).encode("ascii"))


# ---------------------------------------------------------------- location

def day_plan(d, rng):
    md = d.strftime("%m-%d")
    if md == "10-19":
        return [("home", 0, 9.9), ("church", 10.7, 12.3), ("mam", 12.9, 17.5), ("home", 18.4, 24.0)]
    if md == "11-02" or md == "10-11":
        return [("home", 0, 19.9), ("town", 20.3, 25.2)]
    if md == "11-23":
        return [("home", 0, 12.6), ("town", 13.0, 24.9)]
    if d in SHIFT_DAYS:
        plan = [("home", 0, 7.15), ("hospital", 7.5, 20.45)]
        if rng.random() < 0.25:
            plan.append(("tesco", 20.75, 21.1))
        plan.append(("home", plan[-1][2] + 0.3, 24.0))
        return plan
    plan = [("home", 0, rng.uniform(9.5, 11.0))]
    if d.weekday() == 6 and rng.random() < 0.45:
        plan += [("mam", 12.8, 17.8)]
    elif d.weekday() in (5, 6) and dt.date(2024, 9, 14) <= d <= dt.date(2024, 11, 3) and rng.random() < 0.6:
        plan += [("pitch", 13.4, 16.3)]
    else:
        if rng.random() < 0.5:
            plan += [("gym", plan[-1][2] + 0.3, plan[-1][2] + 1.5)]
        if rng.random() < 0.5:
            s = max(plan[-1][2] + 0.5, 14.0)
            plan += [("tesco", s, s + 0.6)]
    plan.append(("home", plan[-1][2] + 0.4, 24.0))
    return plan


def build(out_dir):
    rng = random.Random(27100)
    planter = Planter()
    chats, rants = build_chats(rng)
    write_whatsapp(out_dir, planter, rng, chats)
    rows = revolut_rows(rng)
    write_revolut(out_dir, planter, rows)
    write_facebook(out_dir, planter)
    grng = random.Random(27103)
    for p in PLACES.values():
        p["pid"] = place_id(grng)
    stays = build_stays(day_plan, grng, TZ, START, END)
    write_bytes("%s/%s/Timeline.json" % (out_dir, PID),
                timeline_json(grng, stays, PLACES, [("home", "HOME"), ("hospital", "WORK")]).encode("utf-8"))

    counts = {k: sum(1 for m in v if m.text != "<security>") for k, v in chats.items()}  # system notices not counted
    one2one = ["E", "M", "S", "T", "B"]
    top = sorted(one2one, key=lambda k: -counts[k])[:3]
    rel_names = {"E": ("partner", "Eoghan Ó Flatharta"), "M": ("mother", "Nuala Uí Chonghaile"), "S": ("close_friend", "Sadhbh Ní Bhriain"),
                 "T": ("brother", "Tadhg Ó Conghaile"), "B": ("colleague", "Bríd Mhic Giolla")}
    facts = {
        "home": {"lat": PLACES["home"]["ll"][0], "lon": PLACES["home"]["ll"][1], "radius_m": 300, "address": HOME_ADDR, "city": "Galway"},
        "work": {"lat": PLACES["hospital"]["ll"][0], "lon": PLACES["hospital"]["ll"][1], "radius_m": 300,
                 "employer": "University Hospital Corrib"},
        "sleep_window": {"start": SLEEP[0], "end": SLEEP[1], "tolerance_min": 60},
        "top_contacts": [{"name": CHATS[k], "messages": counts[k]} for k in top],
        "relationships": [{"name": CHATS[k], "relationship": rel_names[k][0], "full_name": rel_names[k][1]} for k in one2one],
        "religion": {"value": False}, "health": {"value": False}, "politics": {"value": False},
        "financial_stress": {"value": True}, "gambling": {"value": True}, "gaming": {"value": False},
        "salary": {"amount": "2987.43", "currency": "EUR", "payer": "UHC Payroll", "period": "monthly"},
        "risky_contact": {"name": "Fergal HCA", "why": "member of the Ward 4B 🩺 group posting %d distinct angry political rants" % len(rants)},
    }
    head = {
        "description": "Caoimhe Ní Chonghaile, 29, staff nurse on a medical ward in Galway, from the Connemara Gaeltacht; lives in Salthill "
                       "with her partner; online sports betting (gambling) and rent/credit-union/overdraft pressure (financial stress).",
        "timezone": "Europe/Dublin",
        "user": {"names": [USER_FULL, USER_WA], "phones": [USER_PHONE_INTL, USER_PHONE_PLAIN], "emails": [USER_EMAIL],
                 "handles": [USER_FB]},
    }
    gt = finish_persona(out_dir, PID, planter, head, facts,
                        allowed_leaks=(("WhatsApp Chat - Sadhbh/_chat.txt", EIRCODE),  # inside the full address
                                       # sender display names / chat titles that are not full names
                                       ("WhatsApp Chat - Tadhg/_chat.txt", "Tadhg"),
                                       ("WhatsApp Chat - Ward 4B 🩺/_chat.txt", "Marta"),
                                       ("WhatsApp Chat - Ward 4B 🩺/_chat.txt", "Blessing")))
    return {"persona": PID, "messages": counts, "payments": {"revolut": len(rows)}, "gt": gt}
