"""Persona nz_auckland_chef: Tavita Afamasaga, Samoan-NZ line cook in Auckland (Pacific/Auckland), Aug-Nov 2024."""
import datetime as dt
import math
import random

from h26_common import Chat, Pool, at, days, luhn_complete, nz_bank, pick_time
from h26_formats import messenger, ofx, timeline_json, whatsapp_android

PID = "nz_auckland_chef"
ZONE = "Pacific/Auckland"
START, END = dt.date(2024, 8, 5), dt.date(2024, 11, 3)

USER_NAME = "Tavita Afamasaga"
USER_ACCT = nz_bank("38", "9017", "046183", "00")
MUM_ACCT = nz_bank("12", "3077", "038471", "50")
GRANT_ACCT = nz_bank("06", "0193", "045781", "00")
USER_CARD = luhn_complete("453277150936221")
CARD_SP = " ".join(USER_CARD[i:i + 4] for i in range(0, 16, 4))
IRD = "119-824-532"
LICENCE = "EK372915"

HOME = (-36.94472, 174.84051)
WORK = (-36.85671, 174.74533)
CHURCH = (-36.94903, 174.84577)
MUMS = (-36.96951, 174.79902)
GYM = (-36.94101, 174.83712)
HOME_ADDR = "Flat 2, 14 Fairburn Road, Ōtāhuhu, Auckland 1062"

NAMES = {"me": "Tavita", "mere": "Mere 💛", "mum": "Mum", "pita": "Uce Pita", "raj": "Chef Raj",
         "lui": "Uncle Lui", "malia": "Aunty Malia", "sina": "Sina 🌺", "tui": "+64 27 555 0162"}
FB = {"me": USER_NAME, "grant": "Grant Hollis", "hemi": "Hemi Walker"}

RANTS = [
    "This government is a disgrace. Luxon cutting everything for our people while landlords get their tax back",
    "Seymour and his Treaty Principles Bill. Who asked for this?? Dividing the country for votes",
    "They scrapped the Māori Health Authority and now they come for Pacific funding. Shame on them",
    "Tax cuts for the rich and our aiga still cant pay the power bill. Wake up Samoa people",
    "Winston Peters changes his tune every election. Cant trust any of them",
    "The fast track bill is a free pass for the big mining companies to dig up our whenua",
    "Ferries cancelled, hospitals short of nurses, but they found money for landlords. Priorities!!",
    "Labour was no better. Chippy had six years and what did we get. Nothing",
    "Why is it always Pacific and Māori kids who get blamed by these politicians. Racist policies",
    "Smokefree law repealed so the tobacco companies can keep making money off our people. Disgusting",
    "Police doing raids in South Auckland again while the white collar crooks get a slap on the wrist",
    "They want us to work till 67 now? Our people die before they even get the pension",
    "Interest rates, rent, food all up. This coalition only cares about farmers and landlords",
    "Greens are a circus too. Their own MPs in court. None of them fit to run anything",
    "Boot camps for youth! Waste of money. Give the kids jobs and decent schools instead",
    "Ua lava! Enough of this government treating Pacific people like second class",
    "Those politicians go on their overseas trips with our tax money while families queue at the food bank",
    "Gaza, Ukraine and NZ govt says nothing strong. Cowards hiding behind America",
    "America going to elect that Trump again. World has gone mad",
    "They cut the school lunches budget. Kids going to school hungry in 2024 and they dont care",
    "The Dawn Raids apology means nothing if they keep cutting our community programmes",
    "National always for the rich. Always has been. My dad told me that in 1976 and its still true",
    "ACT wants to sell everything. Next they will sell the air we breathe",
    "Luxon says the country is broke then gives 3 billion back to landlords. Liar",
    "The Pasifika budget cuts will hit our churches and youth groups first. Watch",
    "Minimum wage barely went up. Meanwhile MPs got a pay rise. Whose side are they on",
    "This Treaty bill will cause trouble in the streets. Mark my words",
    "They talk about law and order but the biggest criminals sit in Wellington",
    "Kāinga Ora building stopped. Where are our families supposed to live? In cars??",
    "Fuel tax gone but now they want road tolls everywhere. Same thing different name",
    "All these consultants paid millions by the government. Who is checking them",
    "Health NZ cutting jobs while Middlemore ED has people waiting 12 hours. I saw it myself",
    "The media covers for them. Nobody asks the hard questions anymore",
    "Samoa got more sense in their parliament than this lot",
    "Immigration lets rich people buy their way in, but our cousins wait years for the Samoan quota",
    "Why do they always blame beneficiaries. Go after the tax dodgers",
    "Climate change is sinking the islands and they still approve more mines. Hypocrites",
    "The hikoi is coming and they deserve it. Govt has no respect for Te Tiriti",
    "Another minister caught lying. Resign! Same every week",
    "They cut the public service but hire more political advisers. Jokes",
    "South Auckland always last for everything. Buses, hospitals, parks. Always last",
    "I voted for 40 years and never seen a government this arrogant",
    "Politicians only come to our churches when they want votes. Never see them after",
    "Reserve Bank and govt playing games with our mortgages. People losing houses",
    "Three strikes law back again. More of our boys in prison, thats their plan",
    "Listen to Seymour talk about equality. Easy when you never struggled a day",
    "Why is there always money for war and never for families",
    "Pharmac cant fund cancer drugs but we have money for tax cuts. Sick",
    "These people in power dont know what its like to feed 8 kids on one wage",
    "Teachers striking, nurses striking, doctors striking. Whole country broken under this mob",
    "They want to get rid of Māori wards. What next, take the vote off us too?",
    "Our young people leaving for Australia because this govt offers them nothing",
    "The Americans tell NZ what to do and our PM just nods. No backbone",
    "Every cut they make lands on Pacific families first. Every single one",
    "I'm telling you all, this coalition will ruin this country in three years",
    "Food prices are criminal. Supermarket duopoly and the govt does nothing",
    "They call it efficiency. I call it stealing from the poor",
    "Charter schools back. Public money into private pockets again",
    "Our matai would never run a village the way these fools run the country",
    "Nobody in government has the courage to stand up to the big banks",
    "The rich get richer and they tell us to tighten our belts. Le mea lea!",
    "Disability funding cut overnight. Families crying. Minister shrugs. Shameful",
    "Remember this at the next election aiga. Dont forget what they did to us",
    "Israel bombing children and our government wont even say genocide. Weak",
    "Auckland council selling off our parks now. Brown is as bad as the rest of them",
    "If you vote National again after this you deserve everything you get",
]
assert len(set(RANTS)) == len(RANTS) == 66


def build():
    r = random.Random(260303)
    C = {
        "mere": Chat("mere", "Mere 💛", ["me", "mere"]),
        "mum": Chat("mum", "Mum", ["me", "mum"]),
        "pita": Chat("pita", "Uce Pita", ["me", "pita"]),
        "raj": Chat("raj", "Chef Raj", ["me", "raj"]),
        "grant": Chat("grant", "Grant Hollis", ["me", "grant"]),
        "hemi": Chat("hemi", "Hemi Walker", ["me", "hemi"]),
        "grp": Chat("grp", "Afamasaga Aiga 🇼🇸", ["me", "mum", "lui", "malia", "sina", "pita", "tui"], group=True),
    }

    def S(key, m, d, hhmm, lines, gap=(20, 180)):
        C[key].scene(r, at(dt.date(2024, m, d), ZONE, hhmm, r.randint(0, 59)), lines, gap)

    # ================================================================ Mere (partner Mereana Tipene)
    S("mere", 8, 5, "10:42", [
        ("mere", "morning babe did u sleep ok"),
        ("me", "yeah nah. service was munted last night, got home at 12 and couldnt switch off"),
        ("mere", "poor thing. i left u leftovers in the fridge"),
        ("me", "chur my queen 👑"),
    ])
    S("mere", 8, 9, "16:38", [
        ("mere", "flights to Apia for christmas are up again 😩"),
        ("me", "just book them babe use my card " + CARD_SP + " exp 11/27 the code is on the back ill tell u tonight"),
        ("mere", "ok booking now before they go up more"),
        ("me", "sweet as"),
    ])
    S("mere", 8, 14, "23:21", [
        ("me", "babe can u fill in the tenancy renewal thing the landlord sent. our address is " + HOME_ADDR),
        ("mere", "i know our address tavita lol"),
        ("me", "haha just making sure u put the 1062 not 1061 like last time"),
        ("mere", "that was ONE time"),
    ])
    S("mere", 8, 18, "13:55", [
        ("me", "lotu was mean today, faifeau preached on Ruth. Mum cried lol"),
        ("mere", "aww. sorry i missed it, mum needed me at hers"),
        ("me", "all good. how's Whaea Huia"),
        ("mere", "tired. her sugar was high again, Hope is taking her to the doctor tmrw"),
        ("me", "tell her im praying for her"),
    ])
    S("mere", 8, 24, "00:12", [
        ("me", "home in 10. uce wants to play FC tonight is that ok"),
        ("mere", "its literally midnight"),
        ("me", "one game i promise"),
        ("mere", "u said that last week and came to bed at 3"),
        ("me", "ok ok half an hour 😅"),
    ])
    S("mere", 9, 2, "15:05", [
        ("mere", "my new number is 022 555 0147 the old one is dead. save it"),
        ("me", "saved. same name in my phone dont worry 💛"),
    ])
    S("mere", 9, 7, "11:30", [
        ("mere", "can u move my car tonight? its the silver corolla LKP417 the warden got me last week"),
        ("me", "yep ill move it when i get home"),
    ])
    S("mere", 9, 15, "17:40", [
        ("me", "choir practice ran late, faifeau wants us to do 3 songs for White Sunday"),
        ("mere", "ur gonna look so cute in ur white ie faitaga"),
        ("me", "lol stop"),
    ])
    S("mere", 9, 27, "22:55", [
        ("me", "FC 25 came out today babe 👀"),
        ("mere", "oh no. ill see u in november then"),
        ("me", "haha nah ill be good"),
        ("mere", "did u pre order it"),
        ("me", "maybe 🙈 100 bucks on psn"),
    ])
    S("mere", 10, 6, "10:15", [
        ("mere", "Hope wants us at her place for dinner sunday after church"),
        ("me", "cant sunday its Mum's to'ona'i. Monday?"),
        ("mere", "ill ask"),
    ])
    S("mere", 10, 13, "18:20", [
        ("me", "White Sunday was beautiful. the kids did so good. fa'afetai i le Atua"),
        ("mere", "i saw the vid ur sister posted 😭 ur voice!!"),
        ("me", "lol the bass section carried"),
    ])
    S("mere", 10, 22, "23:48", [
        ("me", "chef put me on the pass tonight. first time. im buzzing"),
        ("mere", "BABE!!! so proud"),
        ("me", "the boys said i did better than Cliff lol"),
        ("mere", "u did!! 🎉"),
    ])
    S("mere", 10, 30, "16:02", [
        ("mere", "did u pay the power? its in ur name now"),
        ("me", "yep paid sunday. 178"),
        ("mere", "eh not bad"),
    ])

    # ================================================================ Mum (Fetu Afamasaga)
    S("mum", 8, 6, "09:40", [
        ("mum", "Talofa son. Dont forget lotu Sunday, you're reading the scripture"),
        ("me", "ioe Mum i know. Psalm 23"),
        ("mum", "Good boy. Alofa atu"),
    ])
    S("mum", 8, 12, "12:15", [
        ("mum", "Dr Chen says my sugar is too high again. She wants me on the insulin"),
        ("me", "Mum you have to listen to her. no more koko alaisa every day"),
        ("mum", "Ia. I will try"),
        ("me", "ill come take u to the appointment monday"),
    ])
    S("mum", 8, 19, "10:05", [
        ("mum", "Can you send me $200 for the power bill. my account " + MUM_ACCT),
        ("me", "done Mum"),
        ("mum", "Fa'afetai lava. God bless you"),
    ])
    S("mum", 8, 29, "13:20", [
        ("mum", "Your aunty's knee operation is next week at Middlemore"),
        ("me", "ill visit on monday, im off"),
        ("mum", "Bring her some pani popo she likes yours"),
    ])
    S("mum", 9, 8, "19:30", [
        ("me", "Mum the church wants $50 each for the White Sunday fundraiser, i paid for u too"),
        ("mum", "Faafetai. Rev Tuala said you sing beautiful at practice"),
        ("me", "haha he says that to everyone"),
    ])
    S("mum", 9, 21, "11:00", [
        ("mum", "Sina is moving to Brisbane in December 😢"),
        ("me", "what!! she didnt tell me"),
        ("mum", "She got a nursing job there. Better money they say"),
        ("me", "ill talk to her tonight"),
    ])
    S("mum", 10, 1, "14:45", [
        ("mum", "Your uncle is posting his politics again in the family group. Ignore him"),
        ("me", "lol i always do"),
    ])
    S("mum", 10, 14, "09:50", [
        ("mum", "Thank you for yesterday son. So proud of you and the kids"),
        ("me", "fa'afetai Mum. love u"),
        ("mum", "Dr Chen says my blood test is better this month"),
        ("me", "see!! keep going"),
    ])
    S("mum", 10, 26, "12:30", [
        ("mum", "Can you send another $150. Your aunty is short for the funeral in Savai'i"),
        ("me", "sending now to ur ASB"),
        ("mum", "God bless you"),
    ])

    # ================================================================ Uce Pita (cousin Pita Leavasa)
    S("pita", 8, 5, "23:40", [
        ("pita", "uce u on tonight?"),
        ("me", "yeah 20 mins. 2k?"),
        ("pita", "nah fifa. my PSN is uce_pita_685 now changed it"),
        ("me", "lol why"),
        ("pita", "the old one was embarrassing"),
    ])
    S("pita", 8, 16, "00:22", [
        ("pita", "uce can u lend me $100 till payday. car rego"),
        ("me", "sweet ill send it tmrw morning"),
        ("pita", "chur chur ur the best"),
    ])
    S("pita", 8, 25, "14:10", [
        ("pita", "Hemi says u guys going to the tab for the bledisloe?"),
        ("me", "nah bro not my thing. hemi can throw his money away lol"),
        ("pita", "haha he lost 200 last time"),
    ])
    S("pita", 9, 6, "23:59", [
        ("me", "2K25 out today, my tag is TavzKitchen add me"),
        ("pita", "added. myteam?"),
        ("me", "yessir"),
    ])
    S("pita", 9, 28, "00:15", [
        ("me", "FC25 is so mean uce. the new tactics thing"),
        ("pita", "ive been on it since 9. ur missus gonna kill u"),
        ("me", "she already knows lol"),
    ])
    S("pita", 10, 8, "17:05", [
        ("pita", "Uncle Lui went off in the group again about Luxon 😂"),
        ("me", "i muted it bro"),
        ("pita", "smart"),
    ])
    S("pita", 10, 25, "22:50", [
        ("pita", "black ops 6 drops tonight uce"),
        ("me", "im on the pass till 11 then im on"),
        ("pita", "ill carry u"),
    ])

    # ================================================================ Chef Raj (Rajesh Nair, head chef)
    S("raj", 8, 7, "10:30", [
        ("raj", "Tavita, payroll needs your IRD number and tax code again, the new system lost it"),
        ("me", "IRD " + IRD + " tax code M"),
        ("raj", "Cheers"),
    ])
    S("raj", 8, 20, "11:45", [
        ("raj", "Can you drive the van to Gilmours tomorrow morning? Insurance needs your licence number"),
        ("me", "yeah chef. licence " + LICENCE + " version 473"),
        ("raj", "Legend"),
    ])
    S("raj", 9, 3, "09:55", [
        ("raj", "Roster for next 2 weeks is up. Pastry is short so you're on desserts Wednesday"),
        ("me", "oh no 😂 ok chef"),
    ])
    S("raj", 9, 18, "12:40", [
        ("raj", "send me your email, the food safety course invite goes there"),
        ("me", "tavita.afa@example.com"),
        ("raj", "done"),
    ])
    S("raj", 10, 21, "12:10", [
        ("raj", "Tomorrow you're on the pass. Cliff is at his sister's wedding"),
        ("me", "yes chef!! wont let u down"),
    ])
    S("raj", 10, 23, "10:20", [
        ("raj", "Good job last night. FOH said the floor had no complaints"),
        ("me", "thanks chef 🙏"),
    ])

    # ================================================================ Grant Hollis (landlord, Messenger)
    S("grant", 8, 8, "18:05", [
        ("grant", "Hi Tavita, tenancy renewal docs sent to your email. Rent goes to $560/wk from October"),
        ("me", "kia ora, received. all good"),
    ])
    S("grant", 8, 21, "10:30", [
        ("grant", "Plumber coming Thursday for the hot water cylinder. His number is 021 555 0138 if he's late"),
        ("me", "sweet as thanks"),
    ])
    S("grant", 9, 25, "19:10", [
        ("grant", "Reminder: from 1 Oct please set the AP to my new account " + GRANT_ACCT),
        ("me", "updated 👍"),
    ])
    S("grant", 10, 16, "11:20", [
        ("grant", "Sharon will pop round Saturday for the routine inspection, 10am ok?"),
        ("me", "yep my partner will be home"),
    ])

    # ================================================================ Hemi Walker (workmate, Messenger)
    S("hemi", 8, 11, "12:30", [
        ("hemi", "bro burnt my hand on the flat top last night, doctor says no work for a week"),
        ("me", "ah man. want me to cover ur shift friday"),
        ("hemi", "legend 🙏"),
    ])
    S("hemi", 8, 24, "20:15", [
        ("hemi", "put 50 on the all blacks at the TAB, u in?"),
        ("me", "nah g i dont bet. good luck tho"),
    ])
    S("hemi", 9, 12, "13:05", [
        ("hemi", "saw ur food pics bro, whats ur insta"),
        ("me", "@tavz.cooks"),
        ("hemi", "followed 🔥"),
    ])
    S("hemi", 10, 19, "23:35", [
        ("hemi", "Lucky quit lol. just walked out mid service"),
        ("me", "no way. who's doing dishes"),
        ("hemi", "Ruby lol. FOH manager on the sink 😂"),
    ])

    # ================================================================ family group
    S("grp", 8, 10, "19:10", [
        ("malia", "Family, to'ona'i at Fetu's this Sunday after lotu. Bring a dish"),
        ("me", "ill bring the oka and the chop suey"),
        ("sina", "🙌🏽"),
        ("pita", "ill bring the chips lol"),
    ])
    S("grp", 8, 31, "20:00", [
        ("tui", "Hi all its Tui, this is my new number. Save it 😊"),
        ("mum", "Ok Tui. God bless"),
    ])
    S("grp", 9, 6, "14:30", [
        ("malia", "Operation went well, thank you for all the prayers 🙏🏽"),
        ("mum", "Fa'afetai i le Atua"),
        ("me", "so glad Aunty. rest up"),
    ])
    S("grp", 10, 5, "09:15", [
        ("sina", "White Sunday practice at 2pm tmrw, all the kids need white clothes"),
        ("me", "ill pick up the little ones from Aunty's"),
    ])
    S("grp", 10, 13, "15:30", [
        ("sina", "", "image"),
        ("sina", "", "image"),
        ("mum", "Beautiful. Manuia le Aso Sa o Tamaiti"),
        ("me", "fa'afetai everyone, best White Sunday"),
    ])
    S("grp", 10, 29, "19:45", [
        ("lui", "Everyone share this page https://www.facebook.com/lui.sapolu.77 we're organising for the hikoi"),
        ("sina", "Uncle please not in the family group"),
    ])

    # ================================================================ routine
    mere_pool = Pool(r, [
        [("mere", "morning babe"), ("me", "morning 😴")],
        [("me", "on break, staff meal is butter chicken again lol"), ("mere", "ur chef loves that curry")],
        [("mere", "what time u finishing"), ("me", "11 if its quiet")],
        [("me", "leaving now"), ("mere", "drive safe")],
        [("me", "home in 20"), ("mere", "ok ill leave the light on")],
        [("mere", "can u grab milk on the way"), ("me", "yep")],
        [("mere", "", "image"), ("me", "haha cute")],
        [("me", "service was crazy tonight 160 covers"), ("mere", "omg u must be dead")],
        [("mere", "love u"), ("me", "love u more 💛")],
        [("mere", "dinner?"), ("me", "ill eat at work")],
        [("me", "", "image"), ("mere", "looks so good!! save me some")],
        [("mere", "did u eat"), ("me", "yeah had a feed at staff meal")],
        [("me", "just parked"), ("mere", "👍")],
        [("mere", "running late at work"), ("me", "all g")],
        [("me", "what do we need from woolies"), ("mere", "bread, eggs, toilet paper")],
        [("mere", "my boss is driving me nuts today"), ("me", "u got this babe")],
        [("me", "chef yelled at the sous today lol"), ("mere", "haha what did he do")],
        [("mere", "", "voice", {"sec": 6}), ("me", "haha ok")],
        [("me", "traffic on the motorway is munted"), ("mere", "take the back roads")],
        [("mere", "movie monday?"), ("me", "yes please")],
        [("me", "going gym quick before work"), ("mere", "👍🏽")],
        [("mere", "im at my sister's"), ("me", "say hi")],
        [("me", "miss u"), ("mere", "miss u too see u soon")],
        [("mere", "u left the heater on again"), ("me", "oops sorry")],
        [("me", "got the roster, sunday and monday off again"), ("mere", "yay")],
        [("mere", "sleep well when u get home"), ("me", "nite babe")],
        [("me", "u up?"), ("mere", "barely lol")],
        [("mere", "", "sticker"), ("me", "😂")],
        [("me", "dishwasher broke at work, hand washing everything"), ("mere", "nooo")],
        [("mere", "its raining so hard here"), ("me", "same in town")],
        [("me", "can u put the washing out"), ("mere", "already did")],
        [("mere", "are we going to church together sunday"), ("me", "yep ill drive")],
        [("me", "prayed for ur mum at lotu today"), ("mere", "thank u love 💛")],
        [("mere", "my sister says hi"), ("me", "hi back")],
        [("mere", "did u move the car"), ("me", "yep done")],
    ])
    mum_pool = Pool(r, [
        [("mum", "Good morning son. God bless your day"), ("me", "morning Mum alofa atu")],
        [("mum", "Did you eat"), ("me", "yes Mum")],
        [("mum", "", "image"), ("me", "looks yum Mum")],
        [("me", "ill come sunday after lotu"), ("mum", "Ok bring your girl")],
        [("mum", "Choir practice is moved to 3pm"), ("me", "ok thanks")],
        [("mum", "Dont work too hard"), ("me", "ill try")],
        [("mum", "Pray for your aunty"), ("me", "always Mum")],
        [("mum", "", "voice", {"sec": 21}), ("me", "ok Mum")],
        [("me", "how's ur sugar today Mum"), ("mum", "7.9 better")],
        [("mum", "Can you drive me to the doctor Monday"), ("me", "yes ill pick u up at 10")],
        [("mum", "The faifeau asked about you"), ("me", "tell him ill be there sunday")],
        [("mum", "Are you coming to bible study tuesday"), ("me", "working Mum, sorry")],
        [("me", "need anything from the shop"), ("mum", "Just bread and tin fish")],
        [("mum", "Happy birthday to your cousin today, send her a message"), ("me", "done")],
        [("mum", "Your sister is cooking palusami Sunday"), ("me", "yesss")],
        [("me", "read my verse today on the train, Isaiah 40:31"), ("mum", "Amene. Good boy")],
    ])
    pita_pool = Pool(r, [
        [("pita", "uce u on"), ("me", "after work")],
        [("me", "fc tonight?"), ("pita", "yessir")],
        [("pita", "that last goal was so lucky"), ("me", "skill uce skill")],
        [("me", "ur keeper is munted lol"), ("pita", "shut up")],
        [("pita", "", "sticker"), ("me", "😂😂")],
        [("me", "cant tonight, double shift"), ("pita", "all g")],
        [("pita", "weekend league starts friday"), ("me", "im working but ill play after")],
        [("me", "packs are trash this week"), ("pita", "dont waste ur points")],
        [("pita", "chur for the feed at to'ona'i"), ("me", "anytime uce")],
        [("me", "bro my controller drift is back"), ("pita", "buy a new one cheap skate")],
        [("pita", "u watching the league tonight"), ("me", "working, record it")],
        [("me", "whos on"), ("pita", "me and junior")],
        [("pita", "2k or fc"), ("me", "2k")],
        [("pita", "", "image"), ("me", "what a squad")],
    ])
    raj_pool = Pool(r, [
        [("raj", "Prep list for tomorrow is on the board"), ("me", "yes chef")],
        [("raj", "Can you start at 1 tomorrow"), ("me", "no worries chef")],
        [("me", "running 10 min late chef, motorway"), ("raj", "ok")],
        [("raj", "Order came short on lamb, use the shoulder"), ("me", "on it")],
        [("raj", "Great work tonight"), ("me", "chur chef")],
        [("raj", "Deep clean Sunday? double time"), ("me", "cant sunday chef, church")],
    ])
    grant_pool = Pool(r, [
        [("grant", "Rent received, thanks"), ("me", "👍")],
        [("me", "kitchen tap is dripping again"), ("grant", "I'll send someone")],
        [("grant", "Bins go out Tuesday night now"), ("me", "noted")],
    ])
    hemi_pool = Pool(r, [
        [("hemi", "u on tomorrow?"), ("me", "yeah 2pm")],
        [("me", "can u swap saturday"), ("hemi", "yeah sweet")],
        [("hemi", "chef in a mood today be warned"), ("me", "lol thanks for the heads up")],
        [("me", "beers after service?"), ("hemi", "cant, early start")],
        [("hemi", "", "image"), ("me", "mean plating bro")],
        [("hemi", "hand is healing good"), ("me", "good stuff")],
    ])
    grp_pool = Pool(r, [
        [("mum", "Good morning family. God bless you all today 🙏🏽")],
        [("malia", "", "image")],
        [("sina", "Happy birthday to our baby boy 🎂"), ("me", "happy bday lil man")],
        [("pita", "who has the umu this sunday")],
        [("mum", "Lotu at 10 this Sunday, dont be late")],
        [("malia", "Prayer meeting at my house Wednesday 7pm")],
        [("sina", "", "sticker")],
        [("tui", "Anyone selling a car seat")],
        [("me", "whos coming to to'ona'i this week"), ("sina", "me and the kids")],
        [("mum", "Please pray for Aunty's surgery")],
    ])

    def routine(key, pool, prob, windows):
        for d in days(START, END):
            if r.random() < prob:
                lo, hi = r.choice(windows)
                C[key].scene(r, pick_time(r, d, ZONE, lo, hi), pool.draw(), gap=(15, 150))

    # awake 09:00-01:00; at work 14:00-23:00 with a break about 16:30
    routine("mere", mere_pool, 0.45, [(560, 700), (990, 1030), (1400, 1455)])
    routine("mere", mere_pool, 0.28, [(700, 800), (1405, 1460)])
    routine("mum", mum_pool, 0.62, [(545, 640), (660, 760)])
    routine("pita", pita_pool, 0.8, [(1420, 1470), (720, 840)])
    routine("raj", raj_pool, 0.30, [(560, 720)])
    routine("grant", grant_pool, 0.16, [(600, 1100)])
    routine("hemi", hemi_pool, 0.20, [(600, 780)])
    routine("grp", grp_pool, 0.20, [(560, 1260)])

    order = list(RANTS)
    r.shuffle(order)
    all_days = list(days(START, END))
    for i, text in enumerate(order):
        d = all_days[int(i * len(all_days) / len(order))]
        C["grp"].add(pick_time(r, d, ZONE, 380, 1380), "lui", text)
    S("grp", 9, 1, "20:40", [("sina", "Uncle can we keep politics out of the family chat pls 🙏🏽"),
                             ("lui", "Somebody has to tell the truth")])
    S("grp", 10, 20, "21:05", [("malia", "Uso, enough. This is for family news")])
    # a deleted message and an edited one, as the export shows them
    C["mere"].add(at(dt.date(2024, 9, 11), ZONE, "16:41"), "me", "", "deleted")
    C["mere"].add(at(dt.date(2024, 9, 11), ZONE, "16:42"), "me", "sorry wrong chat lol", "text")
    C["pita"].add(at(dt.date(2024, 10, 2), ZONE, "23:30"), "pita", "u on tmrw night", "text", edited=True)
    C["mere"].add(at(dt.date(2024, 10, 19), ZONE, "12:10"), "mere", "", "location", lat=-36.8843, lon=174.7765)
    C["mere"].add(at(dt.date(2024, 10, 19), ZONE, "12:11"), "mere", "here at the markets come find me", "text")

    chats = [C["mere"], C["mum"], C["pita"], C["raj"], C["grant"], C["hemi"], C["grp"]]

    # ================================================================ bank (OFX)
    rows = []

    def B(d, hhmm, typ, amt, name, memo=""):
        rows.append({"t": at(d, ZONE, hhmm), "type": typ, "amt": amt, "name": name, "memo": memo})

    # wages fortnightly
    SAL = "1684.37"
    d = dt.date(2024, 8, 8)
    while d <= END:
        B(d, "00:00", "CREDIT", SAL, "TAHI HOSPITALITY LTD", "WAGES TAHI HOSPITALITY")
        d += dt.timedelta(days=14)
    for d in days(START, END):
        wd = d.weekday()
        if wd == 3:   # Thursday rent
            rent = "-540.00" if d < dt.date(2024, 10, 1) else "-560.00"
            B(d, "00:00", "DEBIT", rent, "G HOLLIS", "RENT FLAT 2 " + (GRANT_ACCT if d >= dt.date(2024, 10, 1) else "06-0193-0299482-00"))
        if wd == 6:   # Sunday church offering + groceries Monday
            B(d, "00:00", "DEBIT", "-" + r.choice(["20.00", "20.00", "30.00"]), "OTAHUHU SAMOAN METHODIS",
              "TAULAGA OFFERING")
        if wd == 0:
            B(d, "00:00", "DEBIT", "-%.2f" % (r.randint(14000, 23000) / 100), "WOOLWORTHS OTAHUHU",
              "EFTPOS " + d.strftime("%d%b").upper())
        if wd in (1, 4):
            if r.random() < 0.65:
                B(d, "00:00", "DEBIT", "-%.2f" % (r.randint(6000, 9500) / 100),
                  r.choice(["Z PAPATOETOE", "GULL OTAHUHU", "WAITOMO MANGERE"]), "FUEL")
        if wd in (0, 6) and r.random() < 0.45:
            B(d, "00:00", "DEBIT", "-%.2f" % (r.randint(1800, 5200) / 100),
              r.choice(["KFC OTAHUHU", "HELL PIZZA OTAHUHU", "UBER *EATS", "BURGER KING MANGERE",
                        "MCDONALDS OTAHUHU"]), "VISA PURCHASE")
    for dd, amt in [(dt.date(2024, 8, 12), "-26.99"), (dt.date(2024, 9, 6), "-129.95"),
                    (dt.date(2024, 9, 26), "-99.95"), (dt.date(2024, 10, 4), "-15.99"),
                    (dt.date(2024, 10, 18), "-39.99"), (dt.date(2024, 10, 25), "-124.95"),
                    (dt.date(2024, 11, 1), "-19.99")]:
        B(dd, "00:00", "DEBIT", amt, "PLAYSTATIONNETWORK", "VISA PURCHASE PSN STORE")
    B(dt.date(2024, 9, 9), "00:00", "DEBIT", "-89.00", "MIGHTY APE", "DUALSENSE CONTROLLER")
    for dd in (dt.date(2024, 8, 14), dt.date(2024, 9, 14), dt.date(2024, 10, 14)):
        B(dd, "00:00", "DEBIT", "-16.99", "SPOTIFY", "VISA PURCHASE")
        B(dd + dt.timedelta(days=3), "00:00", "DEBIT", "-49.99", "ONE NZ", "MOBILE PLAN")
        B(dd + dt.timedelta(days=5), "00:00", "DEBIT", "-19.99", "PLAYSTATION PLUS", "PS PLUS MONTHLY")
    B(dt.date(2024, 8, 19), "00:00", "DEBIT", "-200.00", "F AFAMASAGA", "POWER BILL MUM " + MUM_ACCT)
    B(dt.date(2024, 9, 8), "00:00", "DEBIT", "-100.00", "OTAHUHU SAMOAN METHODIS", "WHITE SUNDAY FUNDRAISER")
    B(dt.date(2024, 10, 26), "00:00", "DEBIT", "-150.00", "F AFAMASAGA", "FUNERAL SAVAII " + MUM_ACCT)
    B(dt.date(2024, 8, 16), "00:00", "DEBIT", "-100.00", "P LEAVASA", "LOAN REGO")
    B(dt.date(2024, 8, 30), "00:00", "CREDIT", "100.00", "P LEAVASA", "PAYBACK CHUR UCE")
    for dd in (dt.date(2024, 8, 9), dt.date(2024, 9, 5), dt.date(2024, 10, 3), dt.date(2024, 10, 31)):
        B(dd, "00:00", "DEBIT", "-150.00", "MEREANA TIPENE", "BILLS")
    B(dt.date(2024, 8, 9), "00:00", "DEBIT", "-1286.40", "AIR NEW ZEALAND", "VISA PURCHASE FLIGHTS APW")
    for dd in (dt.date(2024, 8, 22), dt.date(2024, 9, 19), dt.date(2024, 10, 17)):
        B(dd, "00:00", "DEBIT", "-250.00", "KIWIBANK SAVINGS", "TRANSFER TO 38-9017-0461832-01 SAVINGS")
    B(dt.date(2024, 10, 27), "00:00", "DEBIT", "-178.00", "CONTACT ENERGY", "DIRECT DEBIT POWER")
    B(dt.date(2024, 9, 2), "00:00", "DEBIT", "-64.00", "CITY FITNESS", "MEMBERSHIP")
    B(dt.date(2024, 10, 2), "00:00", "DEBIT", "-64.00", "CITY FITNESS", "MEMBERSHIP")
    B(dt.date(2024, 8, 29), "00:00", "DEBIT", "-32.50", "LOTUS BAKERY OTAHUHU", "PANI POPO")

    # ================================================================ location (on-device Timeline.json)
    P = {
        "home": {"lat": HOME[0], "lon": HOME[1], "pid": "ChIJ1ZyGwKpPDW0RkEXAMPLEhome", "stype": "INFERRED_HOME"},
        "work": {"lat": WORK[0], "lon": WORK[1], "pid": "ChIJp8x3hNRHDW0RkEXAMPLEwork", "stype": "INFERRED_WORK"},
        "church": {"lat": CHURCH[0], "lon": CHURCH[1], "pid": "ChIJc2H4mJpPDW0RkEXAMPLElotu", "stype": "UNKNOWN"},
        "mums": {"lat": MUMS[0], "lon": MUMS[1], "pid": "ChIJm0u8tXZODW0RkEXAMPLEmums", "stype": "UNKNOWN"},
        "gym": {"lat": GYM[0], "lon": GYM[1], "pid": "ChIJg7y1wQpPDW0RkEXAMPLEgym0", "stype": "UNKNOWN"},
        "hosp": {"lat": -36.96231, "lon": 174.83947, "pid": "ChIJh1dTrYpPDW0RkEXAMPLEhosp", "stype": "UNKNOWN"},
    }
    segs = []

    def L(d, hhmm):
        return at(d, ZONE, hhmm, r.randint(0, 59))

    def move(t0, t1, a, b, mode):
        dist = int(math.hypot((a["lat"] - b["lat"]) * 111000, (a["lon"] - b["lon"]) * 89000) * 1.3)
        n = max(2, int((t1 - t0).total_seconds() // 300))
        path = []
        for i in range(n + 1):
            f = i / n
            tt = t0 + (t1 - t0) * f
            path.append((tt, a["lat"] + (b["lat"] - a["lat"]) * f + r.uniform(-0.001, 0.001) * (0 < i < n),
                         a["lon"] + (b["lon"] - a["lon"]) * f + r.uniform(-0.001, 0.001) * (0 < i < n)))
        segs.append(("move", t0, t1, (a["lat"], a["lon"]), (b["lat"], b["lon"]), mode, dist, path))

    prev = at(START, ZONE, "00:00")
    for d in days(START, END):
        wd = d.weekday()
        if wd in (1, 2, 3, 4, 5):   # Tue-Sat: work
            if r.random() < 0.35:
                g0 = L(d, "10:%02d" % r.randint(30, 50))
                segs.append(("visit", prev, g0, P["home"]))
                g1 = g0 + dt.timedelta(minutes=5)
                move(g0, g1, P["home"], P["gym"], "IN_PASSENGER_VEHICLE")
                g2 = L(d, "11:%02d" % r.randint(40, 59))
                segs.append(("visit", g1, g2, P["gym"]))
                prev = g2 + dt.timedelta(minutes=5)
                move(g2, prev, P["gym"], P["home"], "IN_PASSENGER_VEHICLE")
            t0 = L(d, "13:%02d" % r.randint(15, 30))
            segs.append(("visit", prev, t0, P["home"]))
            t1 = t0 + dt.timedelta(minutes=r.randint(24, 38))
            move(t0, t1, P["home"], P["work"], "IN_PASSENGER_VEHICLE")
            t2 = L(d, "23:%02d" % r.randint(5, 30))
            segs.append(("visit", t1, t2, P["work"]))
            prev = t2 + dt.timedelta(minutes=r.randint(22, 30))
            move(t2, prev, P["work"], P["home"], "IN_PASSENGER_VEHICLE")
        elif wd == 6:               # Sunday: lotu, then to'ona'i at Mum's
            t0 = L(d, "09:%02d" % r.randint(35, 45))
            segs.append(("visit", prev, t0, P["home"]))
            t1 = t0 + dt.timedelta(minutes=6)
            move(t0, t1, P["home"], P["church"], "IN_PASSENGER_VEHICLE")
            t2 = L(d, "12:%02d" % r.randint(30, 50))
            segs.append(("visit", t1, t2, P["church"]))
            t3 = t2 + dt.timedelta(minutes=r.randint(12, 16))
            move(t2, t3, P["church"], P["mums"], "IN_PASSENGER_VEHICLE")
            t4 = L(d, "17:%02d" % r.randint(0, 40))
            segs.append(("visit", t3, t4, P["mums"]))
            prev = t4 + dt.timedelta(minutes=r.randint(12, 16))
            move(t4, prev, P["mums"], P["home"], "IN_PASSENGER_VEHICLE")
        elif wd == 0 and d.day in (12, 19) and d.month == 8:    # Mondays: takes Mum to the doctor
            t0 = L(d, "09:%02d" % r.randint(40, 50))
            segs.append(("visit", prev, t0, P["home"]))
            t1 = t0 + dt.timedelta(minutes=14)
            move(t0, t1, P["home"], P["mums"], "IN_PASSENGER_VEHICLE")
            t2 = t1 + dt.timedelta(minutes=12)
            segs.append(("visit", t1, t2, P["mums"]))
            t3 = t2 + dt.timedelta(minutes=15)
            move(t2, t3, P["mums"], P["hosp"], "IN_PASSENGER_VEHICLE")
            t4 = L(d, "12:%02d" % r.randint(0, 20))
            segs.append(("visit", t3, t4, P["hosp"]))
            prev = t4 + dt.timedelta(minutes=r.randint(8, 12))
            move(t4, prev, P["hosp"], P["home"], "IN_PASSENGER_VEHICLE")
    segs.append(("visit", prev, at(END, ZONE, "23:59"), P["home"]))

    files = []
    for key in ("mere", "mum", "pita", "raj", "grp"):
        c = C[key]
        files += whatsapp_android(c, NAMES, ZONE, "WhatsApp Chat with %s.txt" % c.title)
    files += messenger(C["grant"], FB, "granthollis_7182934650129384")
    files += messenger(C["hemi"], FB, "hemiwalker_7182934650554107")
    files += ofx(rows, USER_ACCT, "389017", ZONE, at(START, ZONE, "00:00"), at(END, ZONE, "23:59"),
                 at(dt.date(2024, 11, 4), ZONE, "08:14"), "kiwibank_38-9017-0461832-00_20241104.ofx")
    files += timeline_json(segs, [(P["home"], "HOME"), (P["work"], "WORK")], ZONE)

    catalog = [
        ("Tavita Afamasaga", "PERSON", "all"), ("Grant Hollis", "PERSON", "all"), ("Hemi Walker", "PERSON", "all"),
        ("MEREANA TIPENE", "PERSON", "all"), ("Mereana Tipene", "PERSON", "all"),
        ("Whaea Huia", "PERSON", "text"), ("Hope", "PERSON", "text"), ("Cliff", "PERSON", "text"),
        ("Lucky", "PERSON", "text"), ("Ruby", "PERSON", "text"), ("Dr Chen", "PERSON", "text"),
        ("Aunty Malia", "PERSON", "text"), ("Rev Tuala", "PERSON", "text"), ("Sina", "PERSON", "text"),
        ("Hemi", "PERSON", "text"), ("Pita", "PERSON", "text"), ("Priya", "PERSON", "text"),
        ("Sharon", "PERSON", "text"), ("Dave", "PERSON", "text"), ("Uncle Lui", "PERSON", "text"),
        ("Lui", "PERSON", "text"), ("Tui", "PERSON", "text"), ("Raj", "PERSON", "text"),
        ("Mere", "PERSON", "text"), ("Lemalu", "PERSON", "text"), ("Fetu", "PERSON", "text"),
        ("Grant", "PERSON", "text"), ("Junior", "PERSON", "text"),
        (CARD_SP, "CREDIT_CARD", "all"),
        (USER_ACCT, "BANK_ACCOUNT", "all"), (MUM_ACCT, "BANK_ACCOUNT", "all"), (GRANT_ACCT, "BANK_ACCOUNT", "all"),
        ("38-9017-0461832-01", "BANK_ACCOUNT", "all"), ("06-0193-0299482-00", "BANK_ACCOUNT", "all"),
        (IRD, "NZ_IRD", "all"), (LICENCE, "NZ_DRIVER_LICENCE", "all"),
        ("022 555 0147", "PHONE_NUMBER", "all"), ("021 555 0138", "PHONE_NUMBER", "all"),
        ("+64 27 555 0162", "PHONE_NUMBER", "all"),
        ("tavita.afa@example.com", "EMAIL_ADDRESS", "all"),
        (HOME_ADDR, "LOCATION", "all"),
        ("LKP417", "LICENSE_PLATE", "all"),
        ("uce_pita_685", "USERNAME", "all"), ("TavzKitchen", "USERNAME", "all"), ("@tavz.cooks", "USERNAME", "all"),
        ("https://www.facebook.com/lui.sapolu.77", "URL", "all"),
    ]
    user = {"names": [USER_NAME, "Tavita", "Vita"],
            "phones": ["021 555 0193", "+64 21 555 0193"],
            "emails": ["tavita.afa@example.com"],
            "handles": ["@tavz.cooks", "TavzKitchen"]}
    facts = {
        "home": {"lat": HOME[0], "lon": HOME[1], "radius_m": 300, "address": HOME_ADDR, "city": "Auckland"},
        "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300,
                 "employer": "Tahi Hospitality Ltd (Kahu restaurant, Ponsonby Road)"},
        "sleep_window": {"start": "01:00", "end": "09:00", "tolerance_min": 60},
        "religion": {"value": "Methodist"}, "health": {"value": False}, "politics": {"value": False},
        "financial_stress": {"value": False}, "gambling": {"value": False}, "gaming": {"value": True},
        "salary": {"amount": SAL, "currency": "NZD", "payer": "Tahi Hospitality Ltd", "period": "fortnightly"},
        "risky_contact": {"name": "Lui Sapolu",
                          "why": "'Uncle Lui' in the family WhatsApp group posts 66 distinct angry political messages "
                                 "(coalition government, Treaty Principles Bill, Pacific funding cuts, Gaza, Trump)"},
    }
    relationships = [
        ("Mere 💛", "partner", "Mereana Tipene"), ("Mum", "mother", "Fetu Afamasaga"),
        ("Uce Pita", "cousin", "Pita Leavasa"), ("Chef Raj", "manager", "Rajesh Nair"),
        ("Grant Hollis", "landlord", "Grant Hollis"), ("Hemi Walker", "colleague", "Hemi Walker"),
    ]
    desc = ("Tavita Afamasaga, 29, Samoan-New Zealander line cook at Kahu (Tahi Hospitality Ltd) on Ponsonby Road, "
            "lives in Ōtāhuhu with his partner Mereana Tipene. Methodist church every Sunday and choir; plays "
            "FC 25 / NBA 2K25 on PS5 with his cousin. Paid fortnightly.")
    return dict(pid=PID, zone=ZONE, chats=chats, files=files, catalog=catalog, user=user, facts=facts,
                relationships=relationships, description=desc, sleep=("01:00", "09:00"),
                payments=len(rows), risky="lui")
