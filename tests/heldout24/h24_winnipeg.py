"""Persona ca_winnipeg_pharmacist: Maricel "Cel" Hnatiuk, 29, pharmacy technician in Winnipeg.
Filipino (mother's side) and Ukrainian (father's side) family.
Formats: Telegram Desktop full export (result.json), bank OFX 1.02, Reddit data request CSVs, Google Timeline.json."""
from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from h24_common import (Chat, OutFile, Place, Registry, build_segments, daterange, digits, epoch, json_strings,
                        local, luhn_complete, place_id, schedule_fillers, to_utc, write_bytes)
from h24_writers import telegram_messages, write_ofx, write_reddit_csv, write_timeline

PID = "ca_winnipeg_pharmacist"
ZONE = "America/Winnipeg"
D0, D1 = "2025-01-20", "2025-04-20"

ME_NAME = "Maricel Hnatiuk"
ME_PHONE_TG = "+1 204 555 0143"
ME_PHONE = "204-555-0143"
ME_EMAIL = "cel.hnatiuk@example.com"
ME_TG_USER = "@celhnat"
ME_REDDIT = "pembina_pillpusher"

SIN = luhn_complete("62790431")
SIN_SP = f"{SIN[:3]} {SIN[3:6]} {SIN[6:]}"
PHIN = "118 245 903"
TRANSIT, INST, ACCT = "31287", "004", "6178334"
VISA = luhn_complete("452088150037229")
VISA_SP = " ".join(VISA[i:i + 4] for i in range(0, 16, 4))
PLATE = "HKT 417"
APT = "1407-95 Dalhousie Dr"
POSTAL = "R3T 4K9"
PARENTS = "118 Jefferson Ave"
GLEN_PHONE = "(204) 555-0192"
GLEN_EMAIL = "gfraser@example.net"
CHASE_PHONE_DOT = "204.555.0178"
HARP_EMAIL = "harpreet.gill@example.org"
PAO_EMAIL = "paola.restrepo.art@example.com"
PAO_IG = "@pao.paints.wpg"
PAO_URL = "https://www.instagram.com/pao.paints.wpg/"

PEOPLE = {
    "me": {"name": ME_NAME, "tg_id": "user5071234561"},
    "chase": {"name": "Chase 💚", "tg_id": "user5588120417", "first": "Chase", "last": "💚", "phone": "+1 204 555 0178"},
    "mama": {"name": "Mama", "tg_id": "user1290448813", "first": "Mama", "last": "", "phone": "+1 204 555 0121"},
    "pao": {"name": "Paola Restrepo", "tg_id": "user6031175209", "first": "Paola", "last": "Restrepo", "phone": "+1 204 555 0156"},
    "miles": {"name": "Miles", "tg_id": "user5902384176", "first": "Miles", "last": "", "phone": "+1 431 555 0109"},
    "harp": {"name": "Harpreet Gill", "tg_id": "user1874420935", "first": "Harpreet", "last": "Gill", "phone": "+1 204 555 0187"},
    "glen": {"name": "Glen Fraser (bldg mgr)", "tg_id": "user7120039458", "first": "Glen", "last": "Fraser (bldg mgr)",
             "phone": "+1 204 555 0192"},
    "tato": {"name": "Tato", "tg_id": "user983315520", "first": "Tato", "last": "", "phone": "+1 204 555 0133"},
    "walt": {"name": "Walt Hnatiuk", "tg_id": "user1466093027"},
    "baby": {"name": "Tita Baby", "tg_id": "user5240118862", "first": "Tita Baby", "last": "", "phone": "+1 204 555 0164"},
}

# --------------------------------------------------------------------------------------------------- Chase

CHASE_SCENES = [
    ("2025-01-20 07:25", """
< car wont start. -37 with the windchill 🥶
< forgot to plug it in last night like an idiot
> omg. want me to grab u? im leaving in 10
< ur an angel
> ill honk, be outside i'm not waiting in that lot lol
"""),
    ("2025-01-24 20:10", """
> stardew tonight? i need to finish the community center
< yesss. host or join
> u host, my wifi sucks
< k give me 15 gotta shower
+1h
> WE GOT THE GREENHOUSE
< lets gooo
"""),
    ("2025-02-01 18:40", f"""
> whats ur plate again? glen wants it for the visitor parking pass
< {PLATE}
< grey civic, the one w the dent lol
> lol ok sent it to him
"""),
    ("2025-02-08 21:15", """
< honour mode bg3 run tonight?? 
> i have a 7am shift tmrw 😭
< one hour
> that's what u said last time and we played til 2
< ...fair
> saturday for sure
"""),
    ("2025-02-14 17:30", """
< happy valentines 💚💚
> happy valentines babe!! still on for 7 at segovia?
< yep reservation under nguyen
> 😍 see u there
"""),
    ("2025-02-20 21:40", f"""
> ok flights to manila in august are 1900 each rn 😬
< just book on mine, i get the points. {VISA_SP} exp 09/27
< cvv ill tell u in person lol
> lol ok. ill e-transfer u my half
< deal
"""),
    ("2025-03-05 12:10", """
> ash wednesday today, im going to 5:30 mass after work to get ashes
> wanna come? 
< lol ill pass, my mom would be shocked. save me a perogy after tho
> its lent, no meat today so perogies are perfect actually
< see it works out
"""),
    ("2025-03-08 22:05", """
> clocks go forward tonight dont be late tmrw
< who invented this
> some guy in 1918 probably
< i lose an hour of sleep and an hour of stardew
"""),
    ("2025-03-14 09:30", """
< i think i have the flu 🤒 chills all night
> noooo. take your temp. tylenol + fluids. i'll bring soup after my shift
< ur the best
> and dont come near me lol i cant get sick with everyone coming in for tamiflu
"""),
    ("2025-03-16 18:20", """
> how u feeling
< human again
< monster hunter later? 
> yes!! i preordered it with my birthday money lol
"""),
    ("2025-04-01 19:00", """
< mom asks if ur coming for bánh chưng at tet.. jk its april. shes asking if ur coming sunday for dinner
> sunday is palm sunday, mass with my mom at 10:30 then i'm free
< perfect come after
"""),
    ("2025-04-18 14:45", """
> good friday, stations at 3 with mama then we're going to tita baby's
< u doing the whole easter thing this year huh
> every year babe lol. easter brunch sunday at my parents, u coming?
< wouldn't miss paska
"""),
]

CHASE_FILLERS = [
    "< how was work\n> {long|brutal|fine|chaotic}. {flu shots all day|insurance issues w every other script|dale was in a mood|we ran out of amoxicillin again}\n< 😩 want me to pick up sals",
    "> omw\n< 👍",
    "< u up\n> barely\n< gn then 💚\n> gn",
    "> [photo]\n> look at this sunset on pembina\n< winnipeg sunsets hit different",
    "< stardew?\n> give me 20 min\n< {ok|bet|k}",
    "> i just realized i left my lunch in ur car\n< its probably frozen solid now lol",
    "< jets won!!!\n> LETS GO\n> i only watched the 3rd period tho",
    "> do u want anything from costco\n< {the big bag of dumplings|paper towels|nothing just get ur hot dog}",
    "< [sticker 😂]\n> lmaooo",
    "> [voice 14]\n< lol ok ok",
    "< what time u off tmrw\n> 5\n< ill pick u up",
    "> its -30 i refuse to leave my apartment\n< same. hibernation mode",
    "< watch the new episode w/o me and we're done\n> i would never 😇",
    "> my feet hurt so much from standing all day\n< foot rub tonight?\n> ur literally perfect",
    "< [photo]\n< made pho\n> save me some!!",
    "> ok who keeps buying these 1g packs of gems in my game\n< not me 👀\n> we share a switch account chase",
    "< traffic on bishop is insane\n> take waverley\n< too late",
    "> i love u\n< love u more 💚",
    "< u want to go to the forks sat?\n> yesss skating trail\n< dress warm",
    "> bg3 tonight, i wanna finish act 2\n< im in",
    "< did u eat\n> crackers count?\n< no 😑",
    "> ty for the soup earlier\n< anytime",
    "< movie or game\n> game obviously",
    "> {ugh|omg} the bus was 20 min late and i froze\n< where's your car\n> still in the shop, tmrw hopefully",
    "< what do u want for dinner\n> {shawarma|pho|pizza|perogies lol}\n< ok ordering",
    "> tell ur mom thank u for the spring rolls!!\n< she says ur welcome and u need to eat more lol",
    "< i beat the boss without u 😬\n> WOW. betrayal\n< ill help u beat it too",
    "> [photo]\n> new plant for my apartment\n< thats gonna die in a week\n> rude",
    "< hows ur lola doing\n> better, sugars are more stable\n< good 🙏",
    "> 5 more min pls\n< i'm outside already lol",
]

# --------------------------------------------------------------------------------------------------- Mama

MAMA_SCENES = [
    ("2025-01-21 18:30", """
< Anak did you eat already
> yes ma had leftovers
< Ok good its so cold ingat ha. Plug in your car
> i know ma 😅
"""),
    ("2025-01-26 08:40", """
< 10:30 mass at St Anthony today ok? We will save you a seat. Lola is coming
> yes ill be there
< After we eat at home. Tato is making holubtsi
> yum ok
"""),
    ("2025-02-02 19:10", f"""
> ma can u send me lola's PHIN? i want to transfer her prescriptions to our store so i can keep an eye on her meds
< [voice 22]
< Wait i will get her card
< {PHIN}
< Her name on the card is Lourdes Dizon ha not Hnatiuk
> got it ty. i'll set up her profile tmrw
"""),
    ("2025-02-05 12:15", """
< Anak lola's sugar is high again this morning 14 point something. Dr Adebayo said to call if it goes over 15
> ok ma make sure she takes the metformin with breakfast not after
> i'll call u after my shift
< Ok salamat anak
"""),
    ("2025-02-12 20:20", f"""
< Ate Nora is doing our taxes again this year she needs your T4 and your SIN
> ok ill drop the T4 off sunday. SIN is {SIN_SP}
< Ok i wrote it down
> dont leave that paper lying around lol
< I am not stupid anak 😂
"""),
    ("2025-02-23 21:00", f"""
> ma i ordered lola's glucose strips from amazon to ur house, {PARENTS}, should come tues
< Ok i will watch for it
"""),
    ("2025-03-05 07:20", """
< Ash Wednesday today anak. Fasting ha. One full meal only
> i know ma, i'm going to the 5:30 mass after work
< What are you giving up for lent
> bubble tea 😭
< Hahaha good sacrifice
"""),
    ("2025-03-14 18:45", """
< Your Tato bought Lotto Max again $50 hay nako. He said if he wins he will buy a cabin in Gimli
> lol let him dream
> tell him to buy me a car too
< I told him that money can buy groceries for a week
"""),
    ("2025-03-21 17:10", """
< Stations of the cross tonight at 7 you coming?
> yes ill come after work, save me a seat
< Ok see you anak
"""),
    ("2025-03-30 12:00", """
< Is Chase Nguyen coming to Easter brunch? I need to know how many
> yes hes coming!! 
< Good i will make extra lumpia he likes it
"""),
    ("2025-04-13 08:20", """
< Palm Sunday mass 10:30 dont forget to bring palms for lola
> yes ma
"""),
    ("2025-04-17 20:40", """
< Holy Thursday mass was beautiful. You should have come
> i was closing the pharmacy ma 😢 ill come tmrw for good friday and the vigil sat
< Ok. Bring the ube for Sunday
"""),
    ("2025-04-20 08:30", """
< Happy Easter anak! Khrystos voskres says Tato 😂
> Voistynu voskres! 🐣 happy easter ma
> on my way with chase and the ube
"""),
]

MAMA_FILLERS = [
    "< Anak are you working tomorrow\n> yes 8:30 to 5\n< Ok ingat",
    "< [voice 15]\n> ma i'm at work i can't listen rn\n< Ok just call me later",
    "< Did you eat\n> {yes|not yet|eating now}\n< Eat properly ha",
    "> ma whats the recipe for your adobo again\n< [voice 31]\n> ok ty!!",
    "< Lola wants to see you this weekend\n> ill come sunday after mass",
    "< [photo]\n< Lola and me at Seafood City\n> aww cute 🥰",
    "< It's -35 tomorrow dont go out if you dont need\n> i have work ma lol",
    "< Miles did not answer his phone again. Tell him to call me\n> ok ill text him",
    "> ma can i borrow the big pot for sunday\n< Yes come get it",
    "< Tato shoveled the whole street again 😂\n> of course he did",
    "< ok anak i will pick up lola at 3 o clock from her appointment then we will go to superstore do you need anything\n> milk and eggs pls ill pay u back",
    "< Good night anak. God bless\n> gn ma 🙏",
    "< Tita Baby is coming from Toronto in June\n> yay!!",
    "> ma did lola take her evening insulin\n< Yes already\n> ok good",
    "< How is Chase\n> good ma hes fine\n< Tell him to come eat",
    "< [sticker 🙏]",
    "> i'm home safe\n< Ok thank God",
]

# --------------------------------------------------------------------------------------------------- Pao

PAO_SCENES = [
    ("2025-01-22 19:30", f"""
< ok new art acct is live!!! follow {PAO_IG} 
< {PAO_URL}
> followed!! these are gorgeous pao
< 🥹 thank uuu
"""),
    ("2025-01-29 13:05", f"""
< can u send me ur address again, i have the print u ordered, i'll drop it off
> {APT}, buzz 1407. postal is {POSTAL} if ur mailing it
< i'll just bring it lol
"""),
    ("2025-02-10 20:00", """
< festival du voyageur this sat?? kasia and rhys are coming
> YES. i want maple taffy
< hé-ho!
"""),
    ("2025-02-16 11:40", """
< i fell skating at the forks 😭 think i sprained my ankle
> omg pao!! can u walk? 
< barely. rhys is driving me to urgent care
> RICE - rest ice compression elevation. and tylenol or advil, not both at the same time unless you space them
< yes nurse cel 🫡
> pharmacy tech but ok 😂
"""),
    ("2025-02-27 18:15", f"""
< also someone wants to commission me, can i give them your email as a reference lol? or no
> lol no, give them yours
< {PAO_EMAIL} it is
"""),
    ("2025-03-06 21:30", """
< girls night at mcphillips casino sat?? kasia wants to play the slots lol
> not really my thing but ill come and be the DD
< u're a saint
> lent points 😇
"""),
    ("2025-03-08 23:38", """
> kasia won 200 and immediately lost 250 lmao
< LMAO classic
"""),
    ("2025-03-22 15:00", f"""
< whats chase's number btw, i wanna invite him to rhys's bday as a surprise
> {CHASE_PHONE_DOT}
< ty!!
< harp still making u do the narcotic counts?
> every. single. day
< chase still being cute?
> always 🙄💚 he made me pho when i had a bad day
< marry him
> lol one day
"""),
    ("2025-04-05 19:45", """
< do u still do the lent thing? i wanna get bubble tea
> 2 more weeks 😭 easter sunday i'm getting a large
< respect honestly
"""),
]

PAO_FILLERS = [
    "< u alive\n> barely. work was insane\n< wine?",
    "> [photo]\n> look what chase made\n< omg 😍",
    "< brunch sunday?\n> after mass, like 12:30?\n< perfect",
    "> {omg|ok} did u see the jets game\n< i don't watch sports cel\n> ur no fun",
    "< [photo]\n< new painting wip\n> obsessed",
    "< rhys is being annoying\n> what did he do\n< [voice 24]\n> LOL ok thats kinda funny tho",
    "> its so cold my eyelashes froze\n< winnipeg things",
    "< kasia says hi\n> hi kasia!! 👋",
    "> i need a haircut so bad\n< my girl at osborne is great",
    "< [sticker 😭]\n> what happened\n< nothing just vibes",
    "> coffee tmrw before my shift?\n< 7:45 at the forks?\n> deal",
    "< ankle update: i can walk again\n> yay!!",
    "> ok i need to vent about a customer\n< go\n> [voice 40]\n< the audacity",
    "< movie night fri?\n> yes but i'm picking\n< ugh fine",
]

# --------------------------------------------------------------------------------------------------- Miles

MILES_SCENES = [
    ("2025-01-27 22:10", """
< cel can u spot me 200 til payday. rent's due and i'm short
> again miles?? 
< i know i know. i'll pay u back friday i swear
> ok sending. don't tell mama
< ur the best sister
"""),
    ("2025-01-31 19:20", f"""
< ok i got paid, can i just direct deposit u? whats ur banking info
> transit {TRANSIT}, institution {INST}, account {ACCT}
> or just e-transfer my email lol same thing
< oh lol ok e-transfer it is
"""),
    ("2025-02-18 21:00", """
< valorant tonight? 
> i'm so bad tho
< thats why i want u on the other team lol
> rude. fine 9pm
"""),
    ("2025-03-03 18:30", """
< mama's gonna kill me, i dropped a class at RRC
> miles...
< i'll make it up in the summer term
> ok but tell her yourself
"""),
    ("2025-03-26 20:45", """
< u think uncle walt will ever stop posting in the fam chat
> never lol. i just mute it
< he's gonna have a heart attack over gas prices
"""),
]

MILES_FILLERS = [
    "< yo\n> yo\n< nvm figured it out",
    "< did mama text u\n> ya she wants u to call her\n< ugh ok",
    "> sunday dinner at 5 dont be late\n< i'm never late\n> ur always late",
    "< can u get me a discount on vitamins lol\n> no 😂",
    "< [photo]\n< new setup\n> nice, where'd u get the money for that 👀\n< ... tax return",
    "> happy bday bro 🎂\n< ty sis\n> sent u 50 on etransfer, dont spend it on skins",
    "< u working sat\n> 9-3\n< ok i'll come by for snacks",
    "> valorant?\n< cant, closing shift\n> booo",
]

# --------------------------------------------------------------------------------------------------- Harpreet

HARP_SCENES = [
    ("2025-01-23 16:40", f"""
< hey cel, dale wants the inventory count sheet emailed to me by friday, {HARP_EMAIL}
> will do!
< ty 🙏
"""),
    ("2025-02-03 07:55", f"""
< new scheduling app, need your cell for it
> {ME_PHONE}
< got it. shifts for march are up
"""),
    ("2025-02-19 12:30", """
< flu shot clinic is slammed, can you come in at 8 tmrw instead of 8:30?
> sure
< you're a lifesaver Cel 🙏
"""),
    ("2025-03-10 17:20", """
< joy went to the casino on the weekend and won 300 lol
> lucky!! i'd lose it in 5 min
< she's buying timbits for the whole team tmrw
"""),
    ("2025-03-27 14:10", """
< can you cover joy's shift sat? her kid is sick
> ya no problem
< thanks. dale will owe you one lol
"""),
]

HARP_FILLERS = [
    "< {we're out of|low on} {amoxicillin|ozempic|salbutamol inhalers} again\n> i'll put in an order",
    "> running 5 min late, bus\n< no worries",
    "< did the mckesson order come\n> yes, 3 totes, checked in",
    "< can you do the narcotic count before close\n> on it",
    "> the fax machine is possessed again\n< 😂 unplug and replug",
    "< dale's off tmrw, i'm in charge, be nice to me\n> always",
    "< great job with that angry customer today\n> ty 😅 he was yelling about his copay",
    "> can i leave 30 min early fri? dentist\n< sure",
    "< reminder: staff meeting 8am monday\n> 👍",
    "< [photo]\n< timbits in the back\n> 🙌",
    "> we need more blister packs\n< ordering",
]

# --------------------------------------------------------------------------------------------------- Glen

GLEN_SCENES = [
    ("2025-01-30 09:10", f"""
> hi glen, the heat in 1407 has been off since last night, it's 14 degrees in here
< Hi Maricel, sorry about that. I'll have maintenance there by noon. Call me at {GLEN_PHONE} if no one shows up
> thank you!
"""),
    ("2025-02-01 18:50", f"""
> hi glen, my boyfriend's plate for the visitor pass is {PLATE}
< Got it. Pass is in the lobby mailbox
"""),
    ("2025-03-25 11:00", f"""
< Hi Maricel, lease renewal papers for {APT} are ready. I can email them or you can pick up in the office
> email pls, {ME_EMAIL}
< Sent. Please sign and send back to {GLEN_EMAIL} by April 15
> will do, thanks glen
"""),
]

GLEN_FILLERS = [
    "< Reminder: water shut off Tuesday 9-12 for maintenance\n> ok thanks",
    "< Parkade cleaning Thursday, please move your car by 8am\n> 👍",
    "> hi glen, is there a spare fob i can buy? lost mine\n< $40, come by the office",
]

# --------------------------------------------------------------------------------------------------- family group

GROUP_SCENES = [
    ("2025-01-26 13:30", """
@mama [photo]
@mama Sunday lunch with Lola 🥰
@baby Miss you all!! Lola looks great
@me [sticker 🥰]
@tato Holubtsi were perfect if I say so myself
"""),
    ("2025-02-09 19:10", """
@miles jets won 5-2 🔥
@tato Good game
@walt at least somebody in this country knows how to win
@me lol
"""),
    ("2025-03-05 07:00", """
@baby Blessed Ash Wednesday family 🙏 let's pray for each other this Lent
@mama Amen 🙏
@me amen 🙏
"""),
    ("2025-04-20 09:30", """
@tato Khrystos voskres! 
@baby Happy Easter!! He is risen 🙏🐣
@mama Happy Easter!! Brunch at 12
@miles Voistynu voskres 🐣
@me happy easter everyone!! see u at 12 💛
"""),
]

GROUP_FILLERS = [
    "@mama [photo]\n@mama Lola's birthday cake 🎂\n@baby Happy birthday Lola!!\n@me love u lola 💛",
    "@tato Who took my snow shovel\n@miles not me\n@mama Miles",
    "@baby [photo]\n@baby Toronto finally has snow too\n@walt thats not snow, come to winnipeg",
    "@mama Dinner sunday 5pm everyone ok?\n@me 👍\n@miles ok",
    "@miles whos watching the game\n@tato me\n@walt me",
    "@mama Lola's sugar is good today thank God\n@me yay 🙏",
    "@baby [voice 20]\n@mama Hahaha",
    "@tato Pyrohy making saturday, all hands\n@me i'll bring the potatoes\n@miles i'll bring my appetite",
    "@mama Please pray for Tito Boy he is in the hospital in Manila\n@baby Praying 🙏\n@me 🙏",
    "@me [photo]\n@me first bbq of the year at chase's lol in 2 degrees\n@miles respect",
]

# extra filler snippets (added so that few exchanges repeat)
CHASE_FILLERS += [
    "> {ugh|omg} dale made me do the whole inventory alone\n< want me to bring u timbits\n> yes pls",
    "< [photo]\n< the line at work rn\n> oof good luck",
    "> u left ur toque at my place\n< ah thats where it went",
    "< what do u want to do this weekend\n> sleep. then stardew\n< perfect plan",
    "> the wind chill today is a crime\n< -42 in thompson lol\n> stop",
    "< can u send me the netflix password again\n> its on the fridge lol\n< i'm not at ur place cel",
    "> i got a 5 star review from a customer!! she wrote my name and everything\n< proud of u 💚",
    "< do u need anything from superstore\n> cilantro and limes pls",
    "> remind me to call the bank tmrw\n< ok. calling the bank tmrw\n> lol thank u",
    "< jets game tmrw at my buddy's, u in?\n> if i'm not dead from work yes",
    "> [sticker 🥺]\n< what\n> nothing i just miss u\n< come over",
    "< sushi or pho\n> {sushi|pho}\n< ok",
    "#h20-23\n> gonna read for a bit then sleep\n< gn 💚",
    "> this customer tried to pay for his script with a gift card from 2011\n< did it work\n> no lol",
    "< my mom says u need a winter jacket thats actually warm\n> tell her i'm fine 😂\n< she's not gonna stop",
    "> new patch for monster hunter dropped\n< downloading now",
    "< the snow is finally melting 🙏\n> pothole season begins",
    "> i booked us the bg3 night for friday, no work talk allowed\n< deal",
    "#h21-23\n< u awake?\n> yea whats up\n< nothing lol just wanted to say hi",
    "> the bus driver waited for me today, faith in humanity restored\n< lol",
    "< want to get slurpees\n> its 2 degrees\n< exactly, summer",
    "> my lola asked when we're getting married lmao\n< tell her soon 😏\n> 👀",
]
MAMA_FILLERS += [
    "< Anak can you check if Lola's metformin refill is ready\n> yes ma its ready, ill bring it sunday",
    "< [voice 19]\n> ok ma ill call u tonight",
    "< Tato says the car is making noise again\n> tell him to take it to the shop not youtube it 😂",
    "> ma what time is dinner sunday\n< 5:30\n> ok",
    "< Did you pray your rosary today\n> yes ma, on the bus 🙏",
    "< Bring tupperware back ha I have no more\n> lol ok",
    "< Anak your Tita Baby sent a balikbayan box, there is something for you\n> omg yay what is it\n< Surprise",
    "> ma can u make sinigang this weekend 🥺\n< Ok i will buy sampalok",
    "< The church is asking for volunteers for the Easter potluck\n> sign me up for pancit lol",
    "< Miles is eating too much instant noodles. Tell him\n> ma he's 24 😂",
    "< Is it snowing there\n> ma i live 20 min from u lol same weather",
    "< Lola watched her teleserye all day\n> lol she's living her best life",
    "> ma i'm gonna be late sunday, i have to open the pharmacy\n< Ok just come after",
    "< Did you get home safe from Chase's\n> yes ma",
    "< Don't forget Lola's appointment with Dr Adebayo next week\n> i put it in my calendar",
    "< [photo]\n< Pysanky with Tato\n> so pretty!!",
    "< Anak your cousin Jomar is getting married in Cebu next year\n> omg finally",
    "> ma i found ur old rosary in my car\n< Ahh thank God I was looking for that",
    "< You look tired last Sunday. Rest\n> i'm ok ma just busy",
    "< Tato wants to know if you want perogies for the freezer\n> YES always",
    "< Are you fasting on Friday\n> yes no meat ma i know 😇",
    "> ma did u watch the jets\n< No I was watching the mass on TV",
]
PAO_FILLERS += [
    "< what are u doing sat\n> working til 3 then free\n< come to my studio",
    "> i saw ur painting at the cafe on corydon!!\n< omg it sold!!\n> LETS GO",
    "< kasia got a new puppy\n> name??\n< perogy 😂\n> iconic",
    "> can u believe its still -25\n< march in winnipeg is a lie",
    "< rhys's band is playing at the times change friday\n> i'll try!",
    "> [photo]\n> chase's mom gave me a whole bag of spring rolls\n< marry into that family immediately",
    "< my landlord raised the rent again\n> ugh thats awful\n< its fine, commissions are picking up",
    "> do u know a good dentist\n< mine is on academy, i'll send u the name",
    "< [voice 16]\n> lol ok voice note queen",
    "> i think i'm gonna take a pottery class\n< YES do it",
    "< going to the symphony sat, want my extra ticket?\n> oh cute, yes!!",
    "> tell kasia thank u for the banana bread\n< she says ur welcome",
]
MILES_FILLERS += [
    "< did u see tato's facebook post lol\n> i'm not on facebook miles\n< he posted a pic of a perogy with no caption",
    "> u coming to easter brunch\n< ya obviously",
    "< can u drive me to the airport next month\n> which day\n< the 12th, early\n> ugh fine",
    "> mama says call her\n< i will\n> now miles",
]
HARP_FILLERS += [
    "< {can you|could you} call the doctor's office for the ozempic prior auth\n> on it",
    "> fridge temp log is done\n< 👍",
    "< a customer left a thank you card for you!\n> aww 🥹",
    "< lunch? i'm going to subway\n> yes pls, turkey on wheat",
    "< don't forget your CE credits are due this year\n> ugh i know, doing them this weekend",
    "> the compounding room needs cleaning\n< i'll do it tmrw morning",
    "< dale wants to start a blister pack service for the care home\n> that's a lot of packs lol\n< we'll need another tech",
    "> printer out of labels\n< box under the counter",
    "< good call on that interaction today\n> thanks! warfarin and the antibiotic, it flagged on the screen",
    "< can you train the new student next week\n> sure",
    "#h7-9\n> i'll be 10 min late, car won't start\n< plug it in! 😂",
    "< long weekend schedule is posted\n> ty",
    "< we're out of children's tylenol again\n> calling mckesson",
]
GROUP_FILLERS += [
    "@baby [photo]\n@baby My grandson's first steps!!\n@mama So cute!!\n@me awww",
    "@tato Who wants borscht, I made too much\n@me meee\n@miles me",
    "@mama Please pray for Lola's checkup tomorrow\n@baby Praying 🙏\n@me 🙏",
    "@walt who's coming to the cabin in july\n@miles me\n@me maybe!",
]


POLITICAL_CORES = [
    "carbon tax is highway robbery plain and simple",
    "ottawa doesn't give a damn about the prairies never has",
    "so washington slaps tariffs on us and our guys just roll over",
    "10 years of these clowns and my grocery bill doubled",
    "whole country's run by consultants and lobbyists now",
    "they'll tax the air we breathe next, watch",
    "my buddy waited 14 hrs in emerg last week, national disgrace",
    "media is bought and paid for, don't believe a word on the news",
    "downtown is a mess and city hall does nothing",
    "35 yrs at the plant and my pension is peanuts",
    "every election same promises same lies",
    "housing prices are insane because they let speculators run wild",
    "the provincial guys are no better, they'll find a way to tax us",
    "nobody in parliament has ever worked a real job",
    "elbows up my foot, they'll cave in a week",
    "billions for who knows what while the roads fall apart",
    "mark my words this trade war is gonna kill manitoba farmers",
    "bail system is a joke, catch and release",
    "gov't wants to track every dollar you spend, digital id is next",
    "they keep printing money and wonder why there's inflation",
    "the senate should be abolished full stop",
    "ppl in ottawa think winnipeg is a flyover town",
    "union bosses and big business both in bed with the gov't",
    "nobody's gonna say it but the system is rigged",
    "gas went up 9 cents overnight, coincidence? i think not",
    "the whole cabinet should resign in disgrace",
    "they muzzle anybody who disagrees, free speech is dead in this country",
    "our soldiers don't even have proper gear, shameful",
    "who voted for this?? not me",
    "equalization is a scam and everybody knows it",
    "they cut your taxes right before an election then jack em right back up",
    "the americans are bullies and our guys have no backbone",
    "voting doesn't change a thing, they're all the same crooks",
]
POLITICAL_TAILS = ["", "WAKE UP PEOPLE", "🤬", "unbelievable", "disgusting", "!!!", "i'm so done", "mark my words",
                   "nobody listens", "sick of it", "just saying", "pathetic", "look it up"]
POLITICAL_REPLIES = [
    "@mama Walt please not again 😅",
    "@miles uncle walt is at it again lol",
    "@baby Let's pray for our leaders instead 🙏",
    "@tato Walt, call me instead of typing",
    "@mama Ok Walt we hear you",
    "@miles tito we get it 😂",
    "@baby Walt this is a family chat, grandkid pictures only please 🙏",
    "@tato brother enough",
    "@mama Hay nako Walt",
]


def political_messages(rng):
    msgs = []
    for core in POLITICAL_CORES:
        for t in rng.sample(POLITICAL_TAILS, 2):
            msgs.append(core + (" " + t if t else ""))
    rng.shuffle(msgs)
    msgs = msgs[:64]
    assert len(set(msgs)) == len(msgs)
    return msgs


TITLES = {"chase": "Chase 💚", "mama": "Mama", "pao": "Paola Restrepo", "miles": "Miles", "harp": "Harpreet Gill",
          "glen": "Glen Fraser (bldg mgr)", "group": "Hnatiuk Fam 🥟🇵🇭"}


def build_chats(rng):
    days = list(daterange(D0, D1))
    chats = {k: Chat(k, TITLES[k], [k]) for k in ("chase", "mama", "pao", "miles", "harp", "glen")}
    chats["group"] = Chat("group", TITLES["group"], ["walt", "mama", "tato", "miles", "baby"], group=True)
    for key, scenes in (("chase", CHASE_SCENES), ("mama", MAMA_SCENES), ("pao", PAO_SCENES), ("miles", MILES_SCENES),
                        ("harp", HARP_SCENES), ("glen", GLEN_SCENES), ("group", GROUP_SCENES)):
        for when, script in scenes:
            chats[key].add_scene(local(when, ZONE), script, rng)
    ev = [(7, 8, 1), (12, 13, 2), (17, 19, 3), (19, 23, 6)]
    schedule_fillers(chats["chase"], CHASE_FILLERS, len(CHASE_FILLERS), days, ZONE, ev, rng)
    schedule_fillers(chats["mama"], MAMA_FILLERS, len(MAMA_FILLERS), days, ZONE, [(7, 9, 2), (12, 13, 2), (17, 21, 5)], rng)
    schedule_fillers(chats["pao"], PAO_FILLERS, len(PAO_FILLERS), days, ZONE, ev, rng)
    schedule_fillers(chats["miles"], MILES_FILLERS, len(MILES_FILLERS), days, ZONE, [(17, 23, 1)], rng)
    schedule_fillers(chats["harp"], HARP_FILLERS, len(HARP_FILLERS), days, ZONE, [(7, 9, 2), (12, 13, 2), (17, 20, 2)], rng)
    schedule_fillers(chats["glen"], GLEN_FILLERS, len(GLEN_FILLERS), days, ZONE, [(9, 17, 1)], rng)
    schedule_fillers(chats["group"], GROUP_FILLERS, len(GROUP_FILLERS), days, ZONE, [(12, 14, 1), (17, 21, 3)], rng)
    pol = political_messages(rng)
    replies: list[str] = []
    i = 0
    while i < len(pol):
        n = rng.choice([1, 2, 2, 3, 3, 4])
        burst = pol[i:i + n]
        i += n
        script = "\n".join("@walt " + m for m in burst)
        if rng.random() < 0.35:
            if not replies:
                replies = list(POLITICAL_REPLIES)
                rng.shuffle(replies)
            script += "\n" + replies.pop()
        for _ in range(80):
            day = rng.choice(days)
            hh = rng.choice([6, 7, 10, 14, 20, 21, 22, 23])
            start = local(f"{day} {hh:02d}:{rng.randint(0, 50):02d}", ZONE)
            if not chats["group"].busy(to_utc(start), to_utc(start) + timedelta(minutes=15)):
                chats["group"].add_scene(start, script, rng)
                break
        else:
            raise RuntimeError("political placement")
    # a few edits / replies, as Telegram records them
    for c in chats.values():
        for j, m in enumerate(c.sorted_msgs()):
            if m.kind == "text" and rng.random() < 0.03:
                m.extra["edited"] = True
            elif m.kind == "text" and j > 0 and rng.random() < 0.04:
                m.extra["reply"] = True
    return chats


def write_telegram(root, chats, rng):
    z = ZONE
    contacts = []
    for k in ("chase", "mama", "pao", "miles", "harp", "glen", "tato", "baby"):
        p = PEOPLE[k]
        added = local(f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", z)
        contacts.append({"user_id": int(p["tg_id"][4:]), "first_name": p["first"], "last_name": p["last"],
                         "phone_number": p["phone"], "date": added.strftime("%Y-%m-%dT%H:%M:%S"),
                         "date_unixtime": str(epoch(added))})
    chat_list = []
    bodies = []
    mid = 1000
    order = ["chase", "group", "mama", "pao", "harp", "miles", "glen"]
    for k in order:
        c = chats[k]
        people = {kk: PEOPLE[kk] for kk in ["me"] + c.members}
        created = local("2021-12-24 19:02", z) if c.group else None
        msgs, b = telegram_messages(c, people, z, rng, mid, created)
        mid = msgs[-1]["id"] + 50
        bodies += b
        entry = {"name": c.title, "type": "private_group" if c.group else "personal_chat",
                 "id": (4000000000 + rng.randint(10 ** 8, 10 ** 9)) if c.group else int(PEOPLE[k]["tg_id"][4:]),
                 "messages": msgs}
        chat_list.append(entry)
    data = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data to others.",
        "personal_information": {"user_id": int(PEOPLE["me"]["tg_id"][4:]), "first_name": "Maricel",
                                 "last_name": "Hnatiuk", "phone_number": ME_PHONE_TG, "username": ME_TG_USER,
                                 "bio": "pharm tech 💊 | wpg | stardew farmer"},
        "contacts": {"about": "If you allow access, Telegram continuously syncs your contacts, so that you can "
                              "connect with anyone in your contacts who is on Telegram.", "list": contacts},
        "frequent_contacts": {"about": "This list shows your frequent contacts.",
                              "list": [{"id": int(PEOPLE[k]["tg_id"][4:]), "category": "people", "type": "user",
                                        "name": TITLES[k], "rating": round(rng.uniform(0.3, 0.99), 6)}
                                       for k in ("chase", "mama", "pao")]},
        "chats": {"about": "This page lists all chats from this export.", "list": chat_list},
    }
    text = json.dumps(data, ensure_ascii=False, indent=1)
    rel = "Telegram Desktop/DataExport_2025-04-21/result.json"
    write_bytes(root, rel, text.encode("utf-8"))
    return [OutFile(rel, "\n".join(json_strings(data)), bodies)]


# --------------------------------------------------------------------------------------------------- OFX


def ofx_txns(chats, rng, days):
    tx = []
    fit = [20250120000]

    def add(day, hm, typ, amount, name, memo=""):
        fit[0] += rng.randint(3, 40)
        tx.append({"dt": local(f"{day} {hm}", ZONE), "type": typ, "amount": amount, "fitid": str(fit[0]),
                   "name": name, "memo": memo})

    for d in ("2025-01-24", "2025-02-07", "2025-02-21", "2025-03-07", "2025-03-21", "2025-04-04", "2025-04-18"):
        add(d, "06:00", "DIRECTDEP", 1684.27, "PAYROLL DEP PEMBINA DRUG MART", "PAYROLL DEPOSIT")
    for d in ("2025-02-01", "2025-03-01", "2025-04-01"):
        add(d, "06:00", "DIRECTDEBIT", -1395.00, "PREAUTH DEBIT DALHOUSIE PROP", "RENT UNIT 1407")
        add(d, "06:00", "DIRECTDEBIT", -40.00, "PREAUTH ST ANTHONY PARISH", "OFFERTORY")
    for d in ("2025-01-28", "2025-02-26", "2025-03-27"):
        add(d, "06:00", "DIRECTDEBIT", -round(rng.uniform(62, 91), 2), "MANITOBA HYDRO", "BILL PAYMENT")
        add(d, "06:00", "DIRECTDEBIT", -85.12, "BELL MTS", "PREAUTH PMT")
    add("2025-01-27", "22:20", "XFER", -200.00, "SEND E-TFR MILES HNATIUK", "INTERAC E-TRANSFER")
    add("2025-01-31", "19:40", "XFER", 200.00, "E-TFR RECEIVED MILES HNATIUK", "INTERAC E-TRANSFER")
    add("2025-02-21", "08:15", "XFER", -1900.00, "SEND E-TFR CHASE NGUYEN", "MANILA FLIGHT HALF")
    add("2025-03-02", "14:05", "XFER", 60.00, "E-TFR RECEIVED ROSARIO HNATIUK", "GROCERIES")
    add("2025-02-05", "12:40", "XFER", 45.00, "E-TFR RECEIVED CHASE NGUYEN", "COSTCO SPLIT")
    merchants = [("REAL CDN SUPERSTORE #1538", (38, 140), 9), ("COSTCO WHOLESALE W548", (90, 260), 4),
                 ("TIM HORTONS #2214", (3.5, 12), 12), ("PETRO-CANADA 04471", (45, 72), 7),
                 ("SEAFOOD CITY WPG", (30, 95), 3), ("SALISBURY HOUSE PEMBINA", (14, 38), 3),
                 ("STEAMGAMES.COM 4259522985", (11, 70), 4), ("PLAYSTATION NETWORK", (12, 94), 3),
                 ("NINTENDO CA1", (10, 80), 3), ("AMAZON.CA*RT4K21", (15, 85), 5),
                 ("SHOPPERS DRUG MART #0511", (8, 40), 3), ("CINEPLEX ST VITAL", (18, 36), 2),
                 ("CHATIME OSBORNE", (6.5, 9.8), 2)]
    for name, (lo, hi), n in merchants:
        for _ in range(n):
            day = rng.choice(days)
            if name == "CHATIME OSBORNE":  # bubble tea only outside Lent
                day = rng.choice([d for d in days if d < "2025-03-05" or d == "2025-04-20"])
            add(day, f"{rng.randint(9, 20):02d}:{rng.randint(0, 59):02d}", "POS", -round(rng.uniform(lo, hi), 2),
                "POS PURCHASE " + name if rng.random() < 0.3 else name, "")
    for _ in range(3):
        add(rng.choice(days), f"{rng.randint(10, 18):02d}:{rng.randint(0, 59):02d}", "ATM", -60.00,
            "ATM W/D 3012 PEMBINA", "")
    return tx


# --------------------------------------------------------------------------------------------------- Reddit

REDDIT_POSTS = [
    ("2025-01-25 21:14:09", "Winnipeg", "Where do you plug in your car if your building has no outlets?",
     "New-ish to Fort Richmond area, building only has outlets for half the stalls. Do people use battery blankets? My car died at -37 this week"),
    ("2025-02-09 10:02:44", "PharmacyTechnician", "Tips for surviving flu season volume?",
     "We're a small independent, 2 techs and 1-2 pharmacists. Flu shot clinic + regular scripts is crushing us. How do your stores triage?"),
    ("2025-03-04 20:33:10", "Catholicism", "Lent question: does Sunday count as a break from what you gave up?",
     "Giving up bubble tea for Lent (I know, huge sacrifice lol). My mom says Sundays are feast days so technically allowed. Is that a real thing or a Filipino-mom thing? Going to get ashes tomorrow after work"),
    ("2025-02-15 23:02:51", "StardewValley", "Finally finished the community center in co-op with my bf",
     "Took us 3 in-game years because he kept fishing instead of doing bundles. 10/10 relationship test"),
    ("2025-03-23 18:45:37", "BaldursGate3", "Honour mode Act 2 - is it worth saving the tieflings on the first try?",
     "Partner and I keep wiping. Any tips for the Nightsong fight without cheesing?"),
    ("2025-04-12 14:20:03", "Winnipeg", "Best place for pysanky supplies before Easter?",
     "My tato wants to do pysanky with the cousins this year. Ukrainian Bookstore or somewhere else in the north end?"),
    ("2025-04-06 11:11:48", "MonsterHunter", "Wilds co-op: is the SOS flare worth it or just play with friends?", ""),
]

REDDIT_COMMENTS = [
    ("2025-01-21 08:41:22", "Winnipeg", "battery blanket + plug in. also check your block heater cord, mine was chewed by something lol"),
    ("2025-01-28 19:03:55", "PharmacyTechnician", "independent store tech here, we batch the blister packs on tuesdays and it saves my sanity"),
    ("2025-02-02 12:17:40", "Catholicism", "our parish does a filipino simbang gabi in december and honestly its the best part of the year"),
    ("2025-02-04 21:55:13", "StardewValley", "ancient fruit wine in the greenhouse. thank me later"),
    ("2025-02-11 22:31:09", "Winnipeg", "festival du voyageur this weekend!! the maple taffy alone is worth it"),
    ("2025-02-17 17:48:26", "PharmacyTechnician", "if your pharmacist lets you, do the insurance calls in a batch at like 2pm when its quiet"),
    ("2025-02-23 20:12:50", "BaldursGate3", "my bf always picks the dialogue option that gets us in a fight. every time"),
    ("2025-03-01 09:27:34", "Winnipeg", "the skating trail at the forks was so nice this morning. -12 felt like spring"),
    ("2025-03-06 21:03:11", "Catholicism", "got my ashes at 5:30 mass, my coworkers kept telling me I had dirt on my forehead lol"),
    ("2025-03-12 22:44:58", "StardewValley", "the crane game in the movie theatre has eaten so many of my coins"),
    ("2025-03-15 13:36:02", "PharmacyTechnician", "never give medical advice at the counter, always 'let me get the pharmacist for you'. learned that one the hard way"),
    ("2025-03-19 20:20:47", "MonsterHunter", "lance main. i will block everything including my problems"),
    ("2025-03-24 19:58:31", "Manitoba", "anyone know if the PHIN cards are being replaced with new ones? my lola's is falling apart"),
    ("2025-03-29 21:09:03", "Catholicism", "stations of the cross every friday with my mom this lent. didnt think i'd like it this much"),
    ("2025-04-02 18:02:19", "Winnipeg", "BDI opens soon right?? i need a bumbleberry shake"),
    ("2025-04-08 22:15:42", "BaldursGate3", "honour mode act 2 done!!! we only cried twice"),
    ("2025-04-10 20:40:06", "StardewValley", "my partner named our horse 'Pho'. no regrets"),
    ("2025-04-14 21:31:27", "Catholicism", "palm sunday mass was packed, first time i've seen our parish that full since christmas"),
    ("2025-04-16 07:50:15", "PharmacyTechnician", "holy week + long weekend = everyone needs their refills TODAY. pray for me"),
    ("2025-04-19 23:02:39", "Catholicism", "easter vigil done. 3 hours. worth it. he is risen 🙏"),
]

REDDIT_MESSAGES = [
    ("2025-02-16 14:20:11", "prairie_tech_mb", ME_REDDIT, "flu season tips",
     "hey saw your post, I'm a tech in brandon. we do a sign up sheet for walk-in flu shots and cap at 30/day. saved us"),
    ("2025-02-16 15:02:47", ME_REDDIT, "prairie_tech_mb", "re: flu season tips",
     "omg thank you, im going to suggest that to my pharmacist tmrw"),
    ("2025-03-24 12:31:05", "stardew_selkie", ME_REDDIT, "co-op?", "want to do a 4 player farm? you and your bf + me and my sister"),
    ("2025-03-24 18:44:20", ME_REDDIT, "stardew_selkie", "re: co-op?",
     "maybe! we're deep in monster hunter rn but ill ask him. what timezone are u"),
]


def _utc(local_str):
    return to_utc(local(local_str, ZONE)).strftime("%Y-%m-%d %H:%M:%S") + " UTC"


def _ip(rng):
    return f"192.0.2.{rng.randint(10, 250)}"


def write_reddit(root, rng):
    files = []
    base = "reddit_export"
    rows = []
    for dt, sub, title, body in REDDIT_POSTS:
        pid = "1" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))
        slug = "_".join(title.lower().replace("?", "").replace(":", "").replace("-", " ").split()[:8])
        rows.append([pid, f"https://www.reddit.com/r/{sub}/comments/{pid}/{slug}/", _utc(dt), _ip(rng), sub, "{}",
                     title, f"https://www.reddit.com/r/{sub}/comments/{pid}/{slug}/", body])
    files += write_reddit_csv(root, f"{base}/posts.csv", ["id", "permalink", "date", "ip", "subreddit", "gildings",
                                                          "title", "url", "body"], rows, ["title", "body"])
    rows = []
    for dt, sub, body in REDDIT_COMMENTS:
        cid = "m" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
        post = "1" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))
        rows.append([cid, f"https://www.reddit.com/r/{sub}/comments/{post}/comment/{cid}/", _utc(dt), _ip(rng), sub,
                     "{}", f"https://www.reddit.com/r/{sub}/comments/{post}/", "t3_" + post, body, ""])
    files += write_reddit_csv(root, f"{base}/comments.csv", ["id", "permalink", "date", "ip", "subreddit", "gildings",
                                                             "link", "parent", "body", "media"], rows, ["body"], bom=True)
    rows = []
    threads = {}
    for dt, frm, to, subj, body in REDDIT_MESSAGES:
        key = subj.replace("re: ", "")
        threads.setdefault(key, "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6)))
        mid = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(7))
        rows.append([mid, f"https://www.reddit.com/message/messages/{mid}", threads[key], _utc(dt), _ip(rng),
                     frm, to, subj, body])
    files += write_reddit_csv(root, f"{base}/messages.csv", ["id", "permalink", "thread_id", "date", "ip", "from", "to",
                                                             "subject", "body"], rows, ["subject", "body"])
    return files


# --------------------------------------------------------------------------------------------------- location

PLACES = {
    "home": Place("home", "Dalhousie apartments", 49.800312, -97.146118, "", "HOME"),
    "work": Place("work", "Pembina Drug Mart", 49.819406, -97.151022, "", "WORK"),
    "parents": Place("parents", "parents", 49.947103, -97.142087),
    "church": Place("church", "St. Anthony of Padua Parish", 49.922018, -97.156113),
    "chase": Place("chase", "Osborne Village", 49.876204, -97.143512),
    "costco": Place("costco", "Costco McGillivray", 49.836017, -97.197321),
    "forks": Place("forks", "The Forks", 49.887311, -97.130804),
    "pao": Place("pao", "Wolseley", 49.879512, -97.172216),
    "casino": Place("casino", "McPhillips Station Casino", 49.925811, -97.164407),
}


def mode_for(a, b, d):
    return "car" if d > 900 else "walk"


def build_location(rng):
    for p in PLACES.values():
        p.place_id = place_id(rng)
    P = PLACES
    stays = []
    T = lambda day, hm: local(f"{day} {hm}", ZONE)
    mass_extra = {"2025-03-05": ("17:25", "18:35"), "2025-03-21": ("18:55", "20:10")}
    for day in daterange(D0, D1):
        wd = datetime.strptime(day, "%Y-%m-%d").weekday()
        nxt = (datetime.strptime(day, "%Y-%m-%d") + timedelta(days=1)).strftime("%Y-%m-%d")
        m = rng.randint
        seq = []
        if wd == 6:
            seq.append((P["home"], T(day, "00:00"), T(day, f"09:{m(55, 59):02d}")))
            seq.append((P["church"], T(day, "10:20"), T(day, f"11:{m(35, 45):02d}")))
            seq.append((P["parents"], T(day, f"11:{m(55, 59):02d}"), T(day, f"1{m(5, 8)}:{m(0, 59):02d}")))
            if rng.random() < 0.5:
                seq.append((P["chase"], T(day, "19:30"), T(day, f"22:{m(0, 40):02d}")))
            seq.append((P["home"], T(day, f"23:{m(0, 20):02d}") if len(seq) == 4 else T(day, "19:10"), T(nxt, "00:00")))
        elif wd == 5:
            if rng.random() < 0.4:
                seq.append((P["home"], T(day, "00:00"), T(day, f"08:{m(25, 35):02d}")))
                seq.append((P["work"], T(day, "08:52"), T(day, "15:06")))
            else:
                seq.append((P["home"], T(day, "00:00"), T(day, f"0{m(8, 9)}:{m(0, 30):02d}")))
                seq.append((P["costco"], T(day, f"11:{m(0, 30):02d}"), T(day, f"12:{m(10, 40):02d}")))
            if day == "2025-03-08":
                seq.append((P["casino"], T(day, "19:40"), T(day, "23:05")))
                seq.append((P["home"], T(day, "23:35"), T(nxt, "00:00")))
            elif day == "2025-02-15":
                seq.append((P["forks"], T(day, "13:30"), T(day, "17:45")))
                seq.append((P["home"], T(day, "18:15"), T(nxt, "00:00")))
            else:
                seq.append((P["chase"] if rng.random() < 0.6 else P["pao"], T(day, f"18:{m(0, 40):02d}"),
                            T(day, f"22:{m(15, 59):02d}")))
                seq.append((P["home"], T(day, f"23:{m(15, 35):02d}"), T(nxt, "00:00")))
        else:
            seq.append((P["home"], T(day, "00:00"), T(day, f"07:{m(55, 59):02d}") if day != "2025-02-20" else T(day, "07:30")))
            seq.append((P["work"], T(day, f"08:{m(12, 22):02d}") if day != "2025-02-20" else T(day, "07:48"),
                        T(day, f"17:{m(5, 15):02d}")))
            if day in mass_extra:
                a, b = mass_extra[day]
                seq.append((P["church"], T(day, a), T(day, b)))
                seq.append((P["home"], T(day, (datetime.strptime(b, "%H:%M") + timedelta(minutes=25)).strftime("%H:%M")),
                            T(nxt, "00:00")))
            elif rng.random() < 0.3:
                seq.append((P["chase"], T(day, f"17:{m(35, 50):02d}"), T(day, f"21:{m(30, 55):02d}")))
                seq.append((P["home"], T(day, f"22:{m(15, 30):02d}"), T(nxt, "00:00")))
            else:
                seq.append((P["home"], T(day, f"17:{m(30, 45):02d}"), T(nxt, "00:00")))
        if day == "2025-04-17":
            seq = [(P["home"], T(day, "00:00"), T(day, "11:40")), (P["work"], T(day, "12:05"), T(day, "21:10")),
                   (P["home"], T(day, "21:35"), T(nxt, "00:00"))]
        if day == "2025-04-18":
            seq = [(P["home"], T(day, "00:00"), T(day, "10:30")), (P["costco"], T(day, "11:00"), T(day, "12:15")),
                   (P["home"], T(day, "12:40"), T(day, "14:25")), (P["church"], T(day, "14:50"), T(day, "16:30")),
                   (P["parents"], T(day, "16:50"), T(day, "21:15")), (P["home"], T(day, "21:45"), T(nxt, "00:00"))]
        if day == "2025-04-19":
            seq = [(P["home"], T(day, "00:00"), T(day, "09:30")), (P["costco"], T(day, "10:10"), T(day, "11:30")),
                   (P["home"], T(day, "12:00"), T(day, "20:05")), (P["church"], T(day, "20:30"), T(day, "23:20")),
                   (P["home"], T(day, "23:45"), T(nxt, "00:00"))]
        stays += seq
    merged = []
    for p, a, b in stays:
        if merged and merged[-1][0].key == p.key and merged[-1][2] >= a:
            merged[-1] = (p, merged[-1][1], b)
        else:
            merged.append((p, a, b))
    return build_segments(merged, mode_for)


# --------------------------------------------------------------------------------------------------- main


def generate(root):
    rng = random.Random(20411)
    chats = build_chats(rng)
    files = write_telegram(root, chats, random.Random(7001))
    days = list(daterange(D0, D1))
    orng = random.Random(1204)
    txns = ofx_txns(chats, orng, days)
    bal = 2317.45 + sum(t["amount"] for t in txns)
    files += write_ofx(root, "bank/chequing_6178334_20250421.ofx", "0" + INST + TRANSIT, ACCT, "CAD", txns,
                       local("2025-04-21 09:14", ZONE), ZONE, "TD Canada Trust", "1004",
                       local("2025-01-20 00:00", ZONE), local("2025-04-20 23:59", ZONE), bal)
    files += write_reddit(root, random.Random(8080))
    lrng = random.Random(4242)
    segs = build_location(lrng)
    files += write_timeline(root, "Timeline.json", segs, ZONE, lrng,
                            [(PLACES["home"].place_id, PLACES["home"].lat, PLACES["home"].lon, "HOME"),
                             (PLACES["work"].place_id, PLACES["work"].lat, PLACES["work"].lon, "WORK")])

    reg = Registry()
    for n in [ME_NAME, "Chase Nguyen", "Paola Restrepo", "Harpreet Gill", "Glen Fraser", "Walt Hnatiuk",
              "Lourdes Dizon", "CHASE NGUYEN", "MILES HNATIUK", "ROSARIO HNATIUK"]:
        reg.add("PERSON", n)
    for n in ["Chase", "chase", "Pao", "pao", "Miles", "miles", "Harp", "dale", "Dale", "joy", "Joy", "glen", "Glen",
              "Walt", "walt", "Tita Baby", "kasia", "Kasia", "rhys", "Rhys", "Dr Adebayo", "Ate Nora", "Tito Boy",
              "harp", "Jomar", "nguyen"]:
        reg.add("PERSON", n, "text")
    for v in [ME_PHONE_TG, ME_PHONE, GLEN_PHONE, CHASE_PHONE_DOT] + [PEOPLE[k]["phone"] for k in
                                                                   ("chase", "mama", "pao", "miles", "harp", "glen", "tato", "baby")]:
        reg.add("PHONE_NUMBER", v)
    for v in [ME_EMAIL, GLEN_EMAIL, HARP_EMAIL, PAO_EMAIL]:
        reg.add("EMAIL_ADDRESS", v)
    reg.add("CA_SIN", SIN_SP)
    reg.add("CA_HEALTH_CARD", PHIN)
    reg.add("BANK_ACCOUNT", ACCT)
    reg.add("CREDIT_CARD", VISA_SP)
    reg.add("LICENSE_PLATE", PLATE)
    for v in [APT, PARENTS, POSTAL]:
        reg.add("LOCATION", v)
    for v in [ME_TG_USER, PAO_IG, ME_REDDIT, "prairie_tech_mb", "stardew_selkie"]:
        reg.add("USERNAME", v)
    reg.add("URL", PAO_URL)

    counts = {k: sum(1 for m in c.msgs if m.kind not in ("system", "recall")) for k, c in chats.items()}
    top = sorted([k for k in chats if k != "group"], key=lambda k: -counts[k])[:3]
    facts = {
        "home": {"lat": PLACES["home"].lat, "lon": PLACES["home"].lon, "radius_m": 300,
                 "address": f"{APT}, Winnipeg MB {POSTAL}", "city": "Winnipeg"},
        "work": {"lat": PLACES["work"].lat, "lon": PLACES["work"].lon, "radius_m": 300,
                 "employer": "Pembina Drug Mart"},
        "sleep_window": {"start": "23:50", "end": "07:10", "tolerance_min": 60},
        "top_contacts": [{"name": TITLES[k], "messages": counts[k]} for k in top],
        "relationships": [
            {"name": "Chase 💚", "relationship": "partner", "full_name": "Chase Nguyen"},
            {"name": "Mama", "relationship": "mother", "full_name": "Rosario Hnatiuk"},
            {"name": "Paola Restrepo", "relationship": "close_friend", "full_name": "Paola Restrepo"},
            {"name": "Miles", "relationship": "brother", "full_name": "Miles Hnatiuk"},
            {"name": "Harpreet Gill", "relationship": "colleague", "full_name": "Harpreet Gill"},
            {"name": "Glen Fraser (bldg mgr)", "relationship": "landlord", "full_name": "Glen Fraser"},
        ],
        "religion": {"value": "Catholic"}, "health": {"value": False}, "politics": {"value": False},
        "financial_stress": {"value": False}, "gambling": {"value": False}, "gaming": {"value": True},
        "salary": {"amount": "1684.27", "currency": "CAD", "payer": "Pembina Drug Mart", "period": "biweekly"},
        "risky_contact": {"name": "Walt Hnatiuk",
                          "why": "posts 64 distinct angry political rants in the family group Hnatiuk Fam 🥟🇵🇭"},
    }
    user = {"names": [ME_NAME, "Maricel", "Cel"], "phones": [ME_PHONE_TG, ME_PHONE], "emails": [ME_EMAIL],
            "handles": [ME_TG_USER, ME_REDDIT]}
    meta = {"chats": {k: (c.title, counts[k]) for k, c in chats.items()}, "ofx_rows": len(txns)}
    desc = ("Maricel 'Cel' Hnatiuk, 29, pharmacy technician at an independent pharmacy on Pembina Hwy, Winnipeg; "
            "Filipino mother, Ukrainian-Canadian father. Telegram Desktop full export, bank OFX 1.02, Reddit data "
            "request CSVs, Google on-device Timeline.json (crosses the 9 March 2025 DST change).")
    return files, reg, facts, user, desc, meta
