"""Persona us_elpaso_trucker: Ernesto "Neto" Carrasco, 44, company long-haul driver living in east
El Paso, family in Ciudad Juárez.  Zone America/Denver; the period crosses the end of DST
(2024-11-03).  Formats: WhatsApp iOS en_US (_chat.txt per chat), credit-union OFX 1.02,
Facebook "Download your information" JSON (2024 layout, mojibake), Google Android Timeline.json."""
from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

from h25_common import (Plant, Timeline, aba_complete, collect_pii, haversine_m, jitter, luhn_complete,
                        place_fillers)
import h25_formats as F

PID = "us_elpaso_trucker"
TZ = "America/Denver"
ZONE = ZoneInfo(TZ)
YEAR = 2024
START = dt.date(2024, 9, 9)
END = dt.date(2024, 12, 8)
DAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)]

CARD = luhn_complete("444796201853227")
ROUTING = aba_complete("31217693")
ACCOUNT = "0082917465"
SSN = "462-71-3980"
CDL = "41873025"
PASSPORT = "584920317"
USDOT = "3149276"

Z = {"MT": ZoneInfo("America/Denver"), "AZ": ZoneInfo("America/Phoenix"), "PT": ZoneInfo("America/Los_Angeles"),
     "CT": ZoneInfo("America/Chicago")}
PLACES = {
    "home": (31.771240, -106.298530, "MT"), "yard": (31.792060, -106.368920, "MT"),
    "church": (31.766870, -106.289710, "MT"), "clinic": (31.779510, -106.331240, "MT"),
    "walgreens": (31.774380, -106.305160, "MT"), "juarez": (31.704120, -106.441830, "MT"),
    "phoenix": (33.397480, -112.571230, "AZ"), "ontario": (34.055410, -117.600870, "PT"),
    "quartzsite": (33.664820, -114.219860, "AZ"), "blythe": (33.610330, -114.596420, "PT"),
    "fortstockton": (30.893970, -102.879290, "CT"), "dallas": (32.700130, -96.875210, "CT"),
    "abilene": (32.448690, -99.733140, "CT"), "tucumcari": (35.171720, -103.724970, "MT"),
    "okc": (35.467560, -97.516430, "CT"), "amarillo": (35.221990, -101.831300, "CT"),
    "vanhorn": (31.039850, -104.830780, "CT"), "laredo": (27.530570, -99.480320, "CT"),
    "abq": (35.084390, -106.650420, "MT"), "denver": (39.739240, -104.990250, "MT"),
    "lascruces": (32.319940, -106.763650, "MT"), "lordsburg": (32.350380, -108.708670, "MT"),
}
TRIPS = {   # monday -> overnight stops; back home on Thursday afternoon
    dt.date(2024, 9, 9): ["phoenix", "ontario", "quartzsite"],
    dt.date(2024, 9, 16): ["fortstockton", "dallas", "abilene"],
    dt.date(2024, 9, 30): ["phoenix", "blythe", "quartzsite"],
    dt.date(2024, 10, 7): ["tucumcari", "okc", "amarillo"],
    dt.date(2024, 10, 14): ["vanhorn", "laredo", "fortstockton"],
    dt.date(2024, 10, 21): ["abq", "denver", "abq"],
    dt.date(2024, 10, 28): ["phoenix", "ontario", "quartzsite"],
    dt.date(2024, 11, 4): ["abilene", "dallas", "fortstockton"],
    dt.date(2024, 11, 18): ["phoenix", "ontario", "blythe"],
    dt.date(2024, 12, 2): ["tucumcari", "okc", "amarillo"],
}
REGIONAL = {dt.date(2024, 9, 23) + dt.timedelta(days=i) for i in range(4)} | \
           {dt.date(2024, 11, 11), dt.date(2024, 11, 12), dt.date(2024, 11, 14), dt.date(2024, 11, 15),
            dt.date(2024, 11, 25), dt.date(2024, 11, 26)}
ROAD_NIGHTS = {}
for _mon, _stops in TRIPS.items():
    for _i, _s in enumerate(_stops):
        ROAD_NIGHTS[_mon + dt.timedelta(days=_i)] = _s


def at(d, h, m=0):
    return dt.datetime.combine(d, dt.time(0), tzinfo=ZONE) + dt.timedelta(hours=h, minutes=m)


def day_type(d):
    if d in ROAD_NIGHTS:
        return "road"
    if d - dt.timedelta(days=3) in TRIPS:
        return "return"
    if d in REGIONAL:
        return "regional"
    if d.weekday() == 4 and d - dt.timedelta(days=4) in TRIPS:
        return "off"
    return "home" if d.weekday() >= 5 or d.weekday() == 4 else "off"


def sleep_of(d):
    r = random.Random(f"{PID}-sleep-{d.isoformat()}")
    nxt = d + dt.timedelta(days=1)
    if d in ROAD_NIGHTS:
        start = at(d, 21, r.randint(0, 30))
        end = at(nxt, 4, r.randint(0, 30))
    else:
        early = nxt in TRIPS or nxt in REGIONAL
        if early:
            start = at(d, 21, 30 + r.randint(0, 20))
            end = at(nxt, 3, 55 + r.randint(0, 15))
        elif d.weekday() in (4, 5):
            start = at(d, 23, 30 + r.randint(0, 40))
            end = at(nxt, 7, 20 + r.randint(0, 40))
        else:
            start = at(d, 22, 50 + r.randint(0, 30))
            end = at(nxt, 6, 30 + r.randint(0, 30))
    return start, end


def windows(d):
    t = day_type(d)
    if t == "road":
        return [(9.0, 9.6), (12.4, 13.3), (17.8, 20.8)]
    if t == "return":
        return [(9.0, 9.6), (12.4, 13.2), (16.5, 22.3)]
    if t == "regional":
        return [(9.5, 10.0), (12.5, 13.2), (18.5, 21.2)]
    if d.weekday() == 6:
        return [(10.6, 21.0)]
    return [(8.5, 22.3)]


# ----------------------------------------------------------------------------- people / chats
ME = "Neto 🚛"
SENDERS = {"me": ME, "mari": "Mari", "ama": "Amá", "chuy": "Chuy", "happy": "Happy Sandhu", "dez": "Dez Dispatch",
           "dulce": "Dulce 🌸", "angel": "Angel", "nacho": "Tío Nacho", "paz": "Tía Paz", "yesenia": "Yesi 💅"}
CHATS = [("mari", "Mari"), ("ama", "Amá"), ("chuy", "Chuy"), ("happy", "Happy Sandhu"), ("dez", "Dez Dispatch"),
         ("group", "Familia Carrasco Olivas")]

EPISODES = [
    # ------------------------------------------------------------------ Mari
    ("mari", "09-09 09:12", """
> made it to lordsburg for a break, traffic was ok
< ok bby be careful
< did u take ur pill this morning
> yes maam 💊
< and the sugar?
> 142
< still high amor
> i know i know
"""),
    ("mari", "09-09 19:05", """
> in phoenix, parked at the receiver they unload at 6am
< ok. dulce has volleyball tmrw at 5 i cant pick her up bc work
< can angel get her?
> text angel
< he never answers 🙄
> ill call him
+20
> angel says ok he'll get her at 5
< milagro
"""),
    ("mari", "09-10 12:40", """
< stan called, the water heater guy is coming thursday at 3
> ok i'll be home thursday afternoon
< and he wants the rent on the 1st not the 3rd this time
> ya le dije q si
< also his number changed, its 915-555-0172 now
> ok
"""),
    ("mari", "09-12 16:32", """
> almost home, 20 min
< 🙌 hice caldo de res
> ya huele desde aqui jaja
"""),
    ("mari", "09-14 10:20", """
< can u pick up pan dulce for tomorrow after misa
> ok from the panaderia on zaragoza?
< yes and tortillas
"""),
    ("mari", "09-17 12:50", """
< dulce needs new volleyball shoes, im ordering them on academy. send me ur card # mine is in the car
> 4447 9620 1853 2279 exp 08/27
< got it ty
< $89 😬
> its ok she needs them
"""),
    ("mari", "09-18 18:10", """
< angel got a B on his calc exam!!
> orale thats my boy 💪
< he says he wants to change majors again lol
> ay no
"""),
    ("mari", "09-24 19:02", """
< r u eating here
> yes on my way, in anthony
< ok bring milk
"""),
    ("mari", "09-27 11:32", """
> doc says my a1c is 8.1 😩
< ay Neto. what did she say
> dr adeyemi wants to up the metformin to 1000 twice a day and if it doesnt go down in 3 months its insulin
< no more coca cola in the truck then
> 🙄 ok
< im serious, my dad lost his foot to diabetes
> i know amor. i'll do better
"""),
    ("mari", "10-01 09:20", """
< did u pay stan
> zelled him last night
< ok good
"""),
    ("mari", "10-02 19:15", """
> forgot my cpap at home 😫
< how?? it was by the door
> slept like crap, woke up choking again lol
< not funny
< buy the nose strips at the loves at least
> ok
"""),
    ("mari", "10-08 19:40", """
< open enrollment at my job, i need your ssn to add u to the dental
> 462-71-3980
< ty. they also want ur date of birth, 6/9/80 right
> yes
"""),
    ("mari", "10-15 19:10", """
< the check engine light came on in the tahoe
> the yellow one?
< yes. the shop on zaragoza can see it tomorrow, they want the plate for the appointment
> KXT-5318
< ok
"""),
    ("mari", "10-22 12:45", """
< snowing in denver?
> not yet but cold af, 34 degrees
> [img] 
< brrr
"""),
    ("mari", "10-31 16:35", """
> home in 15!
< dulce says she's too old for trick or treating lol she's going to a party
> what party, whose house
< relax its at yesenia's, the whole family
> ok then 😂
"""),
    ("mari", "11-03 08:40", """
< did ur phone change the time?
> ya, extra hour of sleep 🙌
< lol not me, the dog woke me up at 5 or 6 idk anymore
"""),
    ("mari", "11-06 19:25", """
< the landlord says rent goes up 75 in january
> ugh. still less than the places we looked at
< true
"""),
    ("mari", "11-13 13:40", """
> passed the dot physical but only a 1 year card bc of the diabetes
< at least u passed 🙏
> dr nguyen says if the a1c goes over 9 they can pull my card
< then we eat better. no more menudo every sunday
> 😭
"""),
    ("mari", "11-19 19:40", """
< ur mom called, she wants to come for thanksgiving
> tell her yes, my brother can bring her across wednesday
< lol ok and ur tía?
> her too
"""),
    ("mari", "11-27 15:10", """
> u need anything from walmart
< the turkey!!! 20 lbs
> 😂 ok
"""),
    ("mari", "12-03 19:35", """
< the parish is doing the peregrinación for la virgen on the 12th, ur off right?
> asked dispatch for the 12th off, he said ok
< good, dulce wants to walk with us this year
> 🙏
"""),
    # ------------------------------------------------------------------ Amá
    ("ama", "09-10 19:40", """
< mijo ya llegaste
> si amá ya estoy en phoenix
< que Diosito te cuide y la Virgen te acompañe
> amén amá 🙏
"""),
    ("ama", "09-15 13:30", """
> amá fuimos a misa de 9 y luego a almorzar
< que bueno mijo. el padre Tomás sigue en San Isidro?
> sí amá, ahí sigue
"""),
    ("ama", "09-25 19:10", """
< mijo el sábado es el aniversario de tu papá, 5 años ya
< vamos a rezar el rosario a las 6 en la casa
> ahí estaremos amá, llevo a Mari y los muchachos
< Dios te bendiga
"""),
    ("ama", "09-28 22:05", """
< gracias por venir mijo, tu papá estaría orgulloso
> te quiero amá
"""),
    ("ama", "10-06 13:00", """
< ya te tomaste tus pastillas
> sí amá
< tu tía Paz dice que el nopal en ayunas es bueno para el azúcar
> jaja ok amá
"""),
    ("ama", "10-12 11:15", """
< mijo me puedes mandar para el gas, ya se acabó
> ya te mandé por zelle amá, 200
< gracias mijo
"""),
    ("ama", "10-20 12:30", """
< que bonito estuvo ayer, los niños ya están grandísimos
> sí amá, Angel ya está más alto que yo
"""),
    ("ama", "10-29 18:30", """
< el sábado vamos al panteón a llevarle flores a tu papá
> sí amá, paso por ti a las 10
< le compré sus cempasúchiles
"""),
    ("ama", "11-06 19:50", """
< mijo para lo del aparato de la presión, apúntame bien la dirección para la paquetería:
< Calle Nardo 1842, Col. Melchor Ocampo, CP 32380
> ok amá, se lo mando esta semana
"""),
    ("ama", "11-14 19:20", """
< cómo te fue con el doctor
> bien amá, pasé el examen
< gracias a Dios y al Sagrado Corazón de Jesús
< pero cuídate con el azúcar
"""),
    ("ama", "11-21 19:45", """
< tu hermano me lleva el miércoles, llevo tamales
> ya estás amá
"""),
    ("ama", "12-04 19:30", """
< ya viene la Virgen, vas a ir a la peregrinación?
> si Dios quiere amá, ya pedí el día
< que la Virgencita te bendiga
"""),
    # ------------------------------------------------------------------ Chuy
    ("chuy", "09-14 18:05", """
< carnal vas a ver el partido de los bravos
> no alcanzo, ando con la familia
< ni modo
"""),
    ("chuy", "09-21 20:10", """
< fui al casino de la gomez morin y gané 3 mil pesos 😎
> jaja no le hagas mucho a eso
< vente un día
> nel, yo no juego, prefiero guardar la lana
< aburrido 😂
"""),
    ("chuy", "10-03 18:30", """
< oye carnal me prestas 300 dlls? se me descompuso el carro y no me pagan hasta el 15
> ok te mando por zelle
+15
> listo
< gracias carnal te los pago en noviembre
"""),
    ("chuy", "10-19 10:20", """
< ya cruzaste?
> en el puente, como 40 min de fila
< te espero en la casa de mi amá
"""),
    ("chuy", "11-01 19:00", """
< carnal cambié de número, este es el nuevo +52 656 555 0163
< bórrame el otro
> va
"""),
    ("chuy", "11-10 13:20", """
< ya te pagué los 300 por zelle
> gracias carnal
"""),
    ("chuy", "11-24 15:10", """
< tío nacho anda bien loco en el grupo con la política jaja
> ni le hago caso, lo silencié
< jajaja
"""),
    ("chuy", "12-01 14:40", """
< le aposté 500 pesos a las chivas 🤑
> tú y tus apuestas carnal
< hoy sí gano
+3h
< perdí 😭
> 😂😂
"""),
    # ------------------------------------------------------------------ Happy Sandhu
    ("happy", "09-11 12:50", """
< yo neto where u at
> ontario today, quartzsite tmrw
< im in barstow lol so close
> haha next time we meet at the TA
"""),
    ("happy", "09-18 19:30", """
< bro dispatch gave me a laredo load with 2 days notice
> dispatch does that to everyone lol
< u know any good parking in laredo
> the pilot on mines rd fills up by 5, get there early
"""),
    ("happy", "10-09 19:05", """
< my divorce lawyer charging me 4k bro 😩
> damn happy sorry bro
< whatever, jasleen and me are good now, this is the old stuff from fresno
"""),
    ("happy", "10-16 18:50", """
< gurdwara langar this sunday, bring the family, free food 😂
> maybe bro, we got misa in the morning and then my mom
< come after then, its all day
"""),
    ("happy", "10-24 12:40", """
< chain law on I-70??
> not yet, I-25 clear to denver
"""),
    ("happy", "11-07 18:30", """
< did u pass ur dot physical
> next week
< i failed mine last year bp too high, had to get meds
> mine is the sugar. a1c 8.1
< take care of urself paaji
"""),
    ("happy", "11-20 19:10", """
< jasleen says thank mari for the tamales 🙏
> haha i'll tell her
"""),
    ("happy", "12-04 19:05", """
< u home for christmas?
> yes 23 to 2nd, asked dez already
< lucky
"""),
    # ------------------------------------------------------------------ Dez Dispatch
    ("dez", "09-09 05:35", """
< Morning Neto. Load 58213 to Buckeye AZ, appt tmrw 0600 at the DC
> copy
"""),
    ("dez", "09-16 05:30", """
< Load 58377 Dallas, appt Weds 0800. Fuel at the Pilot in Fort Stockton
> 10-4
"""),
    ("dez", "09-20 14:20", """
< HR needs your current address for the W-2s, the mail came back
> 11827 Sombra Azul Dr, El Paso TX 79936
< thx, updated
"""),
    ("dez", "09-25 19:30", """
< need a copy of your CDL for the file, front and back
> [img]
> [img]
> TX CDL 41873025 exp 06/2028
< got it
"""),
    ("dez", "10-04 13:10", """
< you said you opened a new bank account for payroll?
> yes new one at the credit union. routing 312176936 acct 0082917465
< updated, should hit next friday
"""),
    ("dez", "10-11 12:50", """
< broker is asking for our DOT # on the BOL at pickup. USDOT 3149276
> ok will write it in
"""),
    ("dez", "10-14 05:20", """
< Laredo load crosses to the Nuevo Laredo yard, need your passport # for the manifest
> 584920317
< exp?
> 2031
< 👍
"""),
    ("dez", "11-08 12:35", """
< Reminder your DOT medical card expires 11/15, get the physical done
> appt with Dr. Nguyen on the 13th at Borderland Occ Health
< 👍
"""),
    ("dez", "11-13 13:50", """
> [img]
> new med card, 1 year only
< got it, uploaded
"""),
    ("dez", "12-02 12:40", """
< you wanted the 12th off right?
> yes for la virgen, family thing
< approved
"""),
    # ------------------------------------------------------------------ group
    ("group", "09-15 11:05", """
=mari| [img]
=mari| misa de 9 con los muchachos 🙏
=paz| que bonita familia, Dios los bendiga
=ama| 🙏🙏
"""),
    ("group", "09-28 21:40", """
=ama| gracias a todos por venir al rosario de mi viejo 🙏
=paz| en paz descanse compadre
> te queremos amá
=yesenia| ❤️
"""),
    ("group", "10-05 09:10", """
=mari| HAPPY SWEET 16 DULCE!!! 🎂🎉
=yesenia| happy birthday prima!! 💕
=paz| felicidades mija Dulce, que Dios te bendiga
> feliz cumpleaños mija, te amo 💕
=dulce| thank u everyone 😭❤️
=angel| happy bday sis 🎉
"""),
    ("group", "10-05 19:30", """
=dulce| [img]
=dulce| best party ever
=chuy| jajaja quién trajo la piñata
> tu hermano 😂
"""),
    ("group", "10-18 19:05", """
=angel| apá can u send me 70 for the new call of duty 🙏🙏
> ask your mom lol
=mari| no.
=dulce| 💀
"""),
    ("group", "10-25 19:15", """
=mari| our son made the dean's list!!! 🎓
=paz| felicidades Angel!!
> orgulloso de ti mijo 💪
=angel| thx apá
"""),
    ("group", "11-02 19:40", """
=ama| [img]
=ama| gracias por acompañarme al panteón
=yesenia| que bonitas flores tía
"""),
    ("group", "11-28 17:10", """
=mari| [img]
=mari| happy thanksgiving familia 🦃
=yesenia| 😍 el pavo
=paz| Dios bendiga esta mesa
> gracias por venir todos
"""),
    ("group", "12-06 19:20", """
=yesenia| quién va a la peregrinación el 12?
> nosotros 4
=ama| yo también si Dios quiere
=paz| yo las llevo en mi carro
"""),
]

FILL_MARI = [
    "< [img]\n< dulce's new hair 💇‍♀️\n> muy bonita",
    "< [audio]\n> ok amor",
    "< angel needs the car saturday\n> tell him to fill the tank",
    "< [img]\n< the dog ate dulce's shoe 😂\n> 😂😂",
    "< did u take the metformin\n> yes\n< with food?\n> yes 😂",
    "< pay the light bill?\n> autopay\n< ok",
    "< good morning amor\n> good morning ❤️",
    "< dulce got an A in chem\n> 🤓 takes after her mom",
    "< buy more test strips when u pass walgreens\n> ok",
    "> [call:Voice call, \u200e14 min]",
    "< ur mom sent tamales with ur brother\n> save me some!!",
]
FILL_MARI_ROAD = [
    "@20-21\n> going to sleep, love u\n< love u 2 ❤️ que descanses",
    "< made it?\n> parked",
    "> sugar 128 this morning 👍\n< good!",
    "> sugar 176 😬\n< what did u eat\n> a burrito at the loves",
    "< call me when u stop\n> ok",
    "< [call:Missed voice call]\n> sorry was driving, calling u in 10",
    "> traffic in tucson is horrible\n< be careful",
    "> at the truck stop, eating salad like a good boy 🥗\n< proud of u",
    "> weigh station open, gonna be late\n< ok",
    "> [img]\n> sunset in arizona\n< pretty",
    "< what time u home friday\n> like 5",
    "> miss u guys\n< we miss u too 🥺",
    "< [img]\n< tacos de pescado, wish u were here\n> 😩",
    "> the cpap mask is hurting my nose\n< tell the doctor next time",
    "< how's the weather\n> windy, the trailer is all over the place",
    "> dispatch changed my load again\n< ugh those people",
    "@20-21.5\n< night night\n> night amor",
]
FILL_AMA = [
    "< bendiciones mijo 🙏\n> gracias amá",
    "@19-21\n> buenas noches amá\n< buenas noches mijo, que descanses",
    "< ya comiste mijo?\n> sí amá",
    "< [audio]\n> sí amá",
    "< cuídate mucho en la carretera\n> sí amá",
    "< que tu Ángel de la Guarda te cuide en la carretera mijo\n> amén amá 🙏",
    "< te guardé pan dulce de la panadería\n> gracias amá",
    "> cómo sigue su rodilla amá\n< ahí va mijo, con la pomada",
    "< [img]\n< mira mis rosas\n> qué bonitas amá",
    "< hoy fui a misa y pedí por ti\n> gracias amá",
    "> amá ya le mandé lo del agua\n< gracias mijo",
]
FILL_CHUY = [
    "< k onda carnal\n> aquí en la carretera",
    "< [img]\n< jajaja\n> 😂",
    "< vas a venir este fin\n> a ver",
    "< ya viste el meme\n> jaja",
    "> cómo está mi amá\n< bien, ya sabes, regañando",
    "< los bravos perdieron otra vez\n> pa variar",
    "< [sticker]\n> 😂",
]
FILL_HAPPY = [
    "< scales open at lordsburg\n> thx bro",
    "> loves in van horn has the good burritos\n< facts",
    "< parked at the TA ontario, full already at 6pm\n> crazy",
    "> fuel prices going up again\n< company pays lol",
    "< u see the wreck on I-10 by casa grande\n> yeah 2 hrs stuck",
    "< [img]\n< my new truck 😎\n> nice bro",
    "> dez gave me a hot load again\n< lol same",
    "< sat sri akal bro, good morning\n> good morning paaji",
]
FILL_DEZ = [
    "< ETA?\n> 2 hrs out",
    "< receiver says door 14\n> copy",
    "> empty, heading back to the yard\n< 👍",
    "< new load ready 0700 tmrw\n> copy",
    "> running late, accident on I-10\n< ok I'll call the receiver",
    "< send the BOL pic when loaded\n> [img]",
    "> reefer temp alarm went off\n< reset it and send me the temp\n> 34 now",
    "< pre-trip done?\n> yes",
    "> lumper fee $150, they want cash\n< use the comcheck, code coming",
    "< how many hours left on your clock\n> 4.5",
]
FILL_GROUP = [
    "=paz| buenos días familia, Dios los bendiga 🌹\n=ama| 🙏",
    "=yesenia| [img]\n=yesenia| my baby's first tooth 😍\n=mari| aww",
    "=chuy| quién quiere ir al partido del sábado\n=angel| me",
    "=paz| recen por mi vecina que está en el hospital 🙏\n=ama| sí hermana 🙏",
    "=dulce| [img]\n=dulce| volleyball won!!\n> 💪💪",
    "=mari| reminder: cena en mi casa el domingo\n=yesenia| llevo postre",
    "=ama| [audio]\n=chuy| jaja amá no se oye",
    "=yesenia| happy friday familia 🎉\n=paz| 🌹",
]

NACHO_TOPICS = [
    "los demócratas abrieron la frontera y ahora ni trabajo hay para nosotros",
    "Biden ni sabe dónde está parado, el país se está cayendo",
    "Kamala no hizo NADA como zar de la frontera, nada",
    "Trump va a deportar a todos, hasta a los que tienen papeles, ya verán",
    "la gasolina a 3.50 y dicen que la economía está bien",
    "Abbott con sus boyas en el río, puro show para la tele",
    "FEMA gastando en todo menos en la gente de Carolina que se quedó sin casa con el huracán",
    "the cartels run Juárez and the government does nothing",
    "Sheinbaum es la misma cosa que AMLO, puro Morena",
    "la reforma judicial es para quedarse con todo el poder",
    "los republicanos le quieren quitar el seguro a los viejitos",
    "they want to take our guns, wake up people",
    "inflation is killing us, a dozen eggs is 5 dollars",
    "this election is rigged, watch",
    "los políticos de El Paso no hacen nada por el barrio",
    "Congress gets paid while we work 60 hrs a week",
    "China owns half this country already",
    "Ukraine gets billions and our veterans sleep on the street",
    "el muro no sirve para nada, pura lana tirada",
    "the media lies about everything, don't believe CNN or Fox",
    "la migra nomás molesta a los que trabajamos",
    "Medicare is going broke and they send money overseas",
    "López Obrador dejó a México en manos del narco",
    "los impuestos se los roban los de Austin",
    "the debate was a circus, both of them clowns",
    "ICE raids in the valley again, this country forgot who builds it",
]
NACHO_OPEN = ["", "ya vieron esto?? ", "WAKE UP FAMILIA ", "no puede ser, ", "I'm telling you ", "escuchen bien: ",
              "LISTEN ", "otra vez ", "así está la cosa: ", "mark my words "]
NACHO_CLOSE = ["", " 😡😡", "!!!", " y nadie dice nada", " wake up!!", " 🤬", " ni modo", " pinche gobierno",
               " share this", " ya estuvo bueno"]
NACHO_LINKS = [
    "https://www.youtube.com/watch?v=Qm7r2Xb8kTw véanlo antes que lo borren!!",
    "https://www.youtube.com/watch?v=Lp0vN3cZ9aE esto no lo pasan en las noticias",
    "https://www.youtube.com/watch?v=Hx4tY6wR1sD la verdad de la frontera 😡",
    "https://www.youtube.com/watch?v=Bn8kP2mQ5vJ FEMA scandal they don't want u to see",
    "https://www.youtube.com/watch?v=Tr5wE1nM7cK lo que AMLO no quiere que sepas",
]
GROUP_REACT = ["=paz| ay hermano ya 🙄", "=yesenia| tío pls 😂", "=dulce| 💀", "=chuy| jajaja ya empezó",
               "=mari| tío no politics in the family chat porfa 🙏"]


def risky_messages(rng):
    out, seen = [], set()
    topics = list(NACHO_TOPICS)
    rng.shuffle(topics)
    i = 0
    while len(out) < 61:
        t = topics[i % len(topics)]
        i += 1
        s = rng.choice(NACHO_OPEN) + t + rng.choice(NACHO_CLOSE)
        if s not in seen:
            seen.add(s)
            out.append(s)
    out += NACHO_LINKS
    rng.shuffle(out)
    return out


def build_chats():
    tl = Timeline(TZ, YEAR, seed=2701)
    for chat, when, script in EPISODES:
        tl.episode(chat, when, script, None if chat == "group" else chat)
    rng = random.Random(2702)
    road = [d for d in DAYS if day_type(d) == "road"]
    place_fillers(tl, "mari", FILL_MARI_ROAD, road, windows, "mari", rng, uses=2)
    place_fillers(tl, "mari", FILL_MARI, DAYS, windows, "mari", rng, uses=3)
    place_fillers(tl, "ama", FILL_AMA, DAYS, windows, "ama", rng, uses=2)
    place_fillers(tl, "chuy", FILL_CHUY, DAYS, windows, "chuy", rng, uses=2)
    place_fillers(tl, "happy", FILL_HAPPY, DAYS, windows, "happy", rng, uses=2)
    place_fillers(tl, "dez", FILL_DEZ, [d for d in DAYS if day_type(d) in ("road", "return", "regional")],
                  windows, "dez", rng, uses=3)
    place_fillers(tl, "group", FILL_GROUP, DAYS, windows, None, rng, uses=2)
    rr = random.Random(2703)
    for text in risky_messages(rr):
        day = rr.choice(DAYS)
        hour = rr.choice([6.2, 7.5, 10.3, 13.1, 16.4, 19.8, 21.3, 22.6, 23.4])
        when = at(day, 0) + dt.timedelta(hours=hour, minutes=rr.randint(0, 30))
        script = f"=nacho| {text}"
        if rr.random() < 0.3:
            script += "\n" + rr.choice(GROUP_REACT)
        tl.episode("group", when, script, None)
    return tl


# ----------------------------------------------------------------------------- OFX
def build_ofx():
    rng = random.Random(2710)
    tx = []

    def add(d, h, m, kind, amount, name, memo=""):
        ts = int(at(d, h, m).timestamp()) + rng.randint(0, 59)
        tx.append({"ts": ts, "type": kind, "amount": amount, "name": name, "memo": memo})

    for d in DAYS:
        if d.weekday() == 4:
            add(d, 6, 0, "DIRECTDEP", 1412.86, "SUN MESA FREIGHT PAYROLL", "DIRECT DEP PPD ID 1741920385")
    for d in (dt.date(2024, 9, 30), dt.date(2024, 10, 31), dt.date(2024, 11, 30)):
        add(d, 21, 10, "DEBIT", -1450.00, "ZELLE TO STANISLAW KOWALCZYK", "Zelle payment rent")
    for d in (dt.date(2024, 9, 13), dt.date(2024, 9, 27), dt.date(2024, 10, 12), dt.date(2024, 10, 25),
              dt.date(2024, 11, 8), dt.date(2024, 11, 22), dt.date(2024, 12, 6)):
        add(d, 11, 20, "DEBIT", -200.00, "ZELLE TO ROSARIO OLIVAS", "Zelle payment gas y luz")
    add(dt.date(2024, 10, 3), 18, 44, "DEBIT", -300.00, "ZELLE TO JESUS CARRASCO", "Zelle payment carro")
    add(dt.date(2024, 11, 10), 13, 15, "CREDIT", 300.00, "ZELLE FROM JESUS CARRASCO", "Zelle payment")
    for d in DAYS:
        if d.weekday() == 4:
            add(d, 8, 5, "XFER", -400.00, "ONLINE TRANSFER TO SHARE 0001", "casa")
    for d in DAYS:
        if d.weekday() == 6 and d not in (dt.date(2024, 11, 3),):
            add(d, 10, 20, "DEBIT", -20.00, "SAN ISIDRO PARISH GIVING", "ONLINE GIVING WEEKLY")
    add(dt.date(2024, 11, 2), 9, 30, "DEBIT", -25.00, "SAN ISIDRO PARISH GIVING", "MISA DIFUNTOS INTENCION")
    for d in (dt.date(2024, 9, 14), dt.date(2024, 10, 12), dt.date(2024, 11, 9), dt.date(2024, 12, 7)):
        add(d, 10, 5, "POS", -round(rng.uniform(18, 31), 2), "WALGREENS #5021 EL PASO TX", "METFORMIN / TEST STRIPS")
    add(dt.date(2024, 9, 27), 11, 5, "POS", -40.00, "EP FAMILY MEDICINE", "COPAY")
    add(dt.date(2024, 11, 13), 13, 10, "POS", -125.00, "BORDERLAND OCC HEALTH", "DOT PHYSICAL")
    add(dt.date(2024, 10, 2), 19, 40, "POS", -12.49, "LOVES #0410 BLYTHE CA", "")
    stops = {"phoenix": "PILOT #1143 BUCKEYE AZ", "ontario": "TA #0211 ONTARIO CA", "quartzsite": "LOVES #0326 QUARTZSITE AZ",
             "blythe": "LOVES #0410 BLYTHE CA", "fortstockton": "PILOT #0432 FORT STOCKTON TX",
             "dallas": "LOVES #0712 HUTCHINS TX", "abilene": "TA #0158 ABILENE TX", "tucumcari": "LOVES #0288 TUCUMCARI NM",
             "okc": "PILOT #0459 OKLAHOMA CITY OK", "amarillo": "TA #0176 AMARILLO TX", "vanhorn": "LOVES #0356 VAN HORN TX",
             "laredo": "PILOT #0311 LAREDO TX", "abq": "TA #0094 ALBUQUERQUE NM", "denver": "PILOT #0526 DENVER CO"}
    for d, stop in sorted(ROAD_NIGHTS.items()):
        add(d, 18, rng.randint(5, 50), "POS", -round(rng.uniform(9, 24), 2), stops[stop], "")
        if rng.random() < 0.5:
            add(d, 12, rng.randint(40, 59), "POS", -round(rng.uniform(6, 15), 2), "SUBWAY 41877", "")
    for d in DAYS:
        if d.weekday() == 5 and rng.random() < 0.85:
            add(d, 11, rng.randint(0, 50), "POS", -round(rng.uniform(80, 190), 2),
                rng.choice(["WALMART SUPERCENTER #1345", "ALBERTSONS #4012", "VISTA MARKETS #3"]), "")
    add(dt.date(2024, 11, 27), 15, 40, "POS", -146.88, "WALMART SUPERCENTER #1345", "")
    for d, name, amt in ((dt.date(2024, 9, 20), "EL PASO ELECTRIC", -138.42), (dt.date(2024, 10, 21), "EL PASO ELECTRIC", -112.17),
                         (dt.date(2024, 11, 20), "EL PASO ELECTRIC", -96.30), (dt.date(2024, 9, 25), "TEXAS GAS SERVICE", -31.08),
                         (dt.date(2024, 10, 25), "TEXAS GAS SERVICE", -38.64), (dt.date(2024, 11, 25), "TEXAS GAS SERVICE", -57.90),
                         (dt.date(2024, 9, 18), "T-MOBILE AUTOPAY", -185.00), (dt.date(2024, 10, 18), "T-MOBILE AUTOPAY", -185.00),
                         (dt.date(2024, 11, 18), "T-MOBILE AUTOPAY", -185.00), (dt.date(2024, 9, 10), "GEICO AUTO", -163.55),
                         (dt.date(2024, 10, 10), "GEICO AUTO", -163.55), (dt.date(2024, 11, 10), "GEICO AUTO", -163.55),
                         (dt.date(2024, 9, 17), "ACADEMY SPORTS #112", -89.99), (dt.date(2024, 10, 16), "TAHOE AUTO SVC ZARAGOZA", -214.60),
                         (dt.date(2024, 10, 1), "UTEP PAYMENTS", -650.00), (dt.date(2024, 11, 1), "UTEP PAYMENTS", -650.00),
                         (dt.date(2024, 10, 4), "PARTY CITY #822", -64.21), (dt.date(2024, 10, 5), "LA BONITA BAKERY", -42.00)):
        add(d, 9, rng.randint(0, 59), "DEBIT" if amt < 0 else "CREDIT", amt, name, "")
    add(dt.date(2024, 10, 19), 9, 50, "ATM", -100.00, "ATM WITHDRAWAL ZARAGOZA BRIDGE", "")
    add(dt.date(2024, 11, 2), 9, 45, "ATM", -60.00, "ATM WITHDRAWAL ZARAGOZA BRIDGE", "")
    balance = 2843.17
    return tx, balance


# ----------------------------------------------------------------------------- Facebook
FB_NAME = "Ernesto Carrasco"


def fb_ts(d, h, m=0):
    return int(at(d, h, m).timestamp())


def build_facebook():
    rng = random.Random(2720)
    P = []

    def post(d, h, text, place=None, photo=False, title=None):
        ts = fb_ts(d, h, rng.randint(0, 59))
        e = {"timestamp": ts}
        att = []
        if photo:
            att.append({"data": [{"media": {"uri": f"your_facebook_activity/posts/media/Timelinephotos_{ts % 100000:05d}/"
                                                   f"{rng.getrandbits(60):015d}_n.jpg",
                                            "creation_timestamp": ts,
                                            "media_metadata": {"photo_metadata": {"exif_data": [{"upload_ip": "2600:387:f:4911::1c"}]}},
                                            "title": "Timeline photos", "description": text}}]})
        if place:
            name, lat, lon = place
            att.append({"data": [{"place": {"name": name, "coordinate": {"latitude": lat, "longitude": lon},
                                            "address": "", "url": ""}}]})
        if att:
            e["attachments"] = att
        e["data"] = [{"post": text}, {"update_timestamp": ts}]
        e["title"] = title or f"{FB_NAME} updated his status."
        P.append(e)

    post(dt.date(2024, 9, 12), 18, "Another week done. Phoenix ➡️ Ontario ➡️ home. Gracias a Dios por llegar bien 🙏🚛")
    post(dt.date(2024, 9, 15), 11, "Domingo de misa y menudo con la familia ❤️", ("San Isidro Labrador Parish", 31.76687, -106.28971),
         photo=True, title=f"{FB_NAME} was at San Isidro Labrador Parish.")
    post(dt.date(2024, 9, 19), 17, "Sunrise in Abilene. Never gets old 🌄", photo=True, title=f"{FB_NAME} added a new photo.")
    post(dt.date(2024, 9, 28), 22, "5 años sin ti apá. Te extrañamos. Hoy rezamos el rosario por ti en la casa de mi amá. Descansa en paz 🕊️")
    post(dt.date(2024, 10, 5), 9, "Happy sweet 16 to my baby girl Dulce 💕 te amo mija, never stop being you", photo=True,
         title=f"{FB_NAME} is with Marisol Carrasco.")
    post(dt.date(2024, 10, 10), 18, "Amarillo wind is no joke today 🌬️ trailer almost went sideways")
    post(dt.date(2024, 10, 17), 19, "Laredo traffic at the bridge 😩 3 hrs to cross. Paciencia")
    post(dt.date(2024, 10, 25), 20, "So proud of my son Angel, dean's list at UTEP 🎓⛏️ first one in the family in college",
         photo=True, title=f"{FB_NAME} added a new photo.")
    post(dt.date(2024, 11, 2), 15, "Día de Muertos en el panteón con mi amá. Flores para mi apá 🌼🕯️", photo=True,
         title=f"{FB_NAME} added a new photo.")
    post(dt.date(2024, 11, 13), 15, "Passed my DOT physical 💪 1 more year. Time to cut the sodas fellas, diabetes is real")
    post(dt.date(2024, 11, 21), 17, "1,900 miles this week. Home for Thanksgiving 🦃")
    post(dt.date(2024, 11, 28), 18, "Thankful for my family, my health and my job. Happy Thanksgiving 🙏❤️", photo=True,
         title=f"{FB_NAME} is with Marisol Carrasco.")
    post(dt.date(2024, 12, 5), 18, "Tucumcari ➡️ OKC ➡️ Amarillo ➡️ home. Next week la peregrinación a la Virgen 🌹")
    P.sort(key=lambda e: -e["timestamp"])

    C = []

    def comment(d, h, text, title):
        ts = fb_ts(d, h, rng.randint(0, 59))
        C.append({"timestamp": ts, "data": [{"comment": {"timestamp": ts, "comment": text, "author": FB_NAME}}],
                  "title": title})
    comment(dt.date(2024, 9, 22), 14, "Que Dios los bendiga prima 🙏", f"{FB_NAME} commented on Yesenia Olivas's post.")
    comment(dt.date(2024, 10, 6), 11, "gracias a todos por las felicitaciones para mi hija ❤️", f"{FB_NAME} commented on his own post.")
    comment(dt.date(2024, 10, 26), 9, "te lo ganaste mijo 💪", f"{FB_NAME} commented on his own post.")
    comment(dt.date(2024, 11, 3), 12, "Bonito altar tía 🌼", f"{FB_NAME} commented on Yesenia Olivas's post.")
    comment(dt.date(2024, 11, 14), 19, "thx bro, next is you lol", f"{FB_NAME} replied to a comment.")
    comment(dt.date(2024, 11, 29), 12, "jajaja el tío ya se durmió 😂", f"{FB_NAME} commented on a photo.")
    comment(dt.date(2024, 12, 1), 18, "Amen 🙏", f"{FB_NAME} commented on a post.")
    C.sort(key=lambda e: -e["timestamp"])

    profile = {"profile_v2": {
        "name": {"full_name": FB_NAME, "first_name": "Ernesto", "middle_name": "", "last_name": "Carrasco"},
        "emails": {"emails": ["neto.carrasco80@example.com"], "previous_emails": [], "pending_emails": [],
                   "ad_account_emails": []},
        "birthday": {"year": 1980, "month": 6, "day": 9},
        "gender": {"gender_option": "MALE", "pronoun": "HE"},
        "current_city": {"name": "El Paso, Texas", "timestamp": 1402000000},
        "hometown": {"name": "Ciudad Juárez, Chihuahua", "timestamp": 1402000000},
        "relationship": {"status": "Married", "partner": "Marisol Carrasco", "anniversary": {"year": 2005, "month": 11, "day": 12},
                         "timestamp": 1402000000},
        "phone_numbers": [{"phone_type": "Mobile", "phone_number": "+19155550148", "verified": True}],
        "username": "neto.carrasco.915",
        "registration_timestamp": 1256000000,
        "profile_uri": "https://www.facebook.com/neto.carrasco.915",
        "work": [{"employer": "Sun Mesa Freight Lines", "title": "Driver", "location": "El Paso, Texas", "start_timestamp": 1483250400}],
        "education_experiences": [{"name": "Bel Air High School", "school_type": "High School", "timestamp": 1402000000}],
    }}
    return [
        F.facebook_json("facebook/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", P),
        F.facebook_json("facebook/your_facebook_activity/comments_and_reactions/comments.json", {"comments_v2": C}),
        F.facebook_json("facebook/personal_information/profile_information/profile_information.json", profile),
    ]


# ----------------------------------------------------------------------------- location
def ll(k):
    return PLACES[k][:2]


def stays_for(d, r):
    """Away-from-home stays for day d; 'sleep' marks a stop where the night is spent."""
    t = day_type(d)
    out = []
    if d in ROAD_NIGHTS:
        stop = ROAD_NIGHTS[d]
        if d in TRIPS:
            out.append(("yard", at(d, 4, 40 + r.randint(0, 10)), at(d, 5, 35 + r.randint(0, 10))))
        arrive = at(d, 16, r.randint(0, 50))
        out.append((stop, arrive, None))              # stays until next morning
        return out
    if t == "return":
        return out          # the drive home is planned from the last overnight stop
    if t == "regional":
        out.append(("yard", at(d, 4, 40), at(d, 5, 20)))
        far = "abq" if d.weekday() in (0, 2) or d.month == 9 else "lascruces"
        out.append((far, at(d, 9, 40 + r.randint(0, 20)), at(d, 11, 10 + r.randint(0, 20))))
        out.append(("yard", at(d, 17, 30), at(d, 18, 10)))
        return out
    if d == dt.date(2024, 9, 27):
        out.append(("clinic", at(d, 10, 0), at(d, 11, 10)))
    if d == dt.date(2024, 11, 13):
        out.append(("clinic", at(d, 11, 30), at(d, 13, 20)))
    if d == dt.date(2024, 9, 28):
        out.append(("juarez", at(d, 17, 30), at(d, 21, 50)))
    if d in (dt.date(2024, 10, 19), dt.date(2024, 11, 2)):
        out.append(("juarez", at(d, 10, 30), at(d, 16, 40)))
    if d.weekday() == 6:
        out.append(("church", at(d, 8, 50), at(d, 10, 15)))
    if d.weekday() == 5 and d not in (dt.date(2024, 10, 19), dt.date(2024, 11, 2)):
        out.append(("walgreens", at(d, 10, 0), at(d, 10, 25)))
    return out


def build_track():
    r = random.Random(2730)
    stays = []
    cur = ["home", at(START, 0), None]
    for d in DAYS:
        plan = stays_for(d, r)
        for place, st, en in plan:
            if cur[0] == place:
                cur[2] = en
                continue
            dist = haversine_m(ll(cur[0]), ll(place))
            travel = dist / (26 if dist > 30000 else 11)          # m/s
            leave = st - dt.timedelta(seconds=travel)
            if cur[2] is None or cur[2] > leave:
                cur[2] = leave
            if cur[2] <= cur[1]:
                cur[2] = cur[1] + dt.timedelta(minutes=3)
            stays.append(cur)
            cur = [place, cur[2] + dt.timedelta(seconds=travel), en]
        nxt = d + dt.timedelta(days=1)
        if d in ROAD_NIGHTS:
            # next morning: leave the stop at ~04:40 unless it is the day home
            cur[2] = at(nxt, 4, 40 + r.randint(0, 15))
            if day_type(nxt) == "return":
                dist = haversine_m(ll(cur[0]), ll("yard"))
                travel = dist / 26
                arrive = max(cur[2] + dt.timedelta(seconds=travel), at(nxt, 15, 55 + r.randint(0, 12)))
                cur[2] = arrive - dt.timedelta(seconds=travel)
                stays.append(cur)
                cur = ["yard", arrive, arrive + dt.timedelta(minutes=35)]
                stays.append(cur)
                cur = ["home", cur[2] + dt.timedelta(minutes=22), None]
            continue
        if cur[0] != "home":
            if cur[2] is None:
                cur[2] = at(d, 20, 0)
            stays.append(cur)
            dist = haversine_m(ll(cur[0]), ll("home"))
            cur = ["home", cur[2] + dt.timedelta(seconds=dist / (26 if dist > 30000 else 11)), None]
    cur[2] = at(END, 23, 59)
    stays.append(cur)
    # merge: a trip day's stop is left in the morning for the next stop
    segs = []
    bounds = [(st.timestamp() + r.uniform(0, 50), en.timestamp() + r.uniform(0, 50)) for _, st, en in stays]
    place_ids = {k: place_id(k) for k in PLACES}
    for i, (pk, st, en) in enumerate(stays):
        lat, lon = jitter(r, ll(pk), 25)
        sem = {"home": "HOME", "yard": "WORK"}.get(pk, "UNKNOWN" if pk not in ("church", "clinic", "walgreens") else
                                                    "UNKNOWN")
        segs.append({"kind": "visit", "place": {"place_id": place_ids[pk], "semantic": sem, "key": pk},
                     "lat": lat, "lon": lon, "start": bounds[i][0], "end": bounds[i][1], "zs": PLACES[pk][2],
                     "ze": PLACES[pk][2]})
        if i + 1 < len(stays):
            nk = stays[i + 1][0]
            a, b = ll(pk), ll(nk)
            dist = haversine_m(a, b)
            n = max(2, min(12, int(dist / 40000)))
            path = [jitter(r, (a[0] + (b[0] - a[0]) * j / (n + 1), a[1] + (b[1] - a[1]) * j / (n + 1)), 150)
                    for j in range(1, n + 1)]
            segs.append({"kind": "move", "from": a, "to": b, "mode": "IN_PASSENGER_VEHICLE", "dist": dist * 1.2,
                         "start": bounds[i][1], "end": bounds[i + 1][0], "path": path,
                         "zs": PLACES[pk][2], "ze": PLACES[nk][2]})
    return segs


def place_id(key):
    r = random.Random(f"{PID}-place-{key}")
    return "ChIJ" + "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(23))


def frequent_places():
    return [{"placeId": place_id("home"),
             "placeLocation": f"{PLACES['home'][0]:.7f}°, {PLACES['home'][1]:.7f}°", "label": "HOME"},
            {"placeId": place_id("yard"),
             "placeLocation": f"{PLACES['yard'][0]:.7f}°, {PLACES['yard'][1]:.7f}°", "label": "WORK"}]


# ----------------------------------------------------------------------------- plants / build
def plants():
    P = [Plant("PERSON", v) for v in ("Ernesto Carrasco", "Marisol Carrasco", "Yesenia Olivas", "Harpreet Sandhu",
                                       "STANISLAW KOWALCZYK", "ROSARIO OLIVAS", "JESUS CARRASCO", "Happy Sandhu")]
    for v in ("Dulce", "Angel", "stan", "Stan", "kowalczyk", "dr adeyemi", "Dr. Nguyen", "dr nguyen", "tía Paz",
              "padre Tomás", "jasleen", "mari", "angel", "chuy", "Chuy", "Mari", "Paz", "dez", "Dez",
              "tío nacho", "Nacho", "Yesenia", "yesenia", "Yesi"):
        P.append(Plant("PERSON", v, "text"))
    P.append(Plant("PERSON", "dulce", "text", r"(?<!pan )(?<![A-Za-z])dulce(?![A-Za-z])"))
    P.append(Plant("PERSON", "happy", "text",
                   r"(?<![A-Za-z])happy(?! (?:bday|birthday|thanksgiving|friday|sweet|new|halloween))(?![A-Za-z])"))
    P += [Plant("PHONE_NUMBER", "915-555-0172"), Plant("PHONE_NUMBER", "+52 656 555 0163"),
          Plant("PHONE_NUMBER", "+19155550148"),
          Plant("EMAIL_ADDRESS", "neto.carrasco80@example.com"),
          Plant("USERNAME", "neto.carrasco.915"), Plant("URL", "https://www.facebook.com/neto.carrasco.915"),
          Plant("CREDIT_CARD", "4447 9620 1853 2279"), Plant("US_SSN", SSN),
          Plant("US_DRIVER_LICENSE", CDL), Plant("US_PASSPORT", PASSPORT), Plant("US_DOT_NUMBER", USDOT),
          Plant("ABA_ROUTING_NUMBER", ROUTING), Plant("BANK_ACCOUNT", ACCOUNT),
          Plant("LOCATION", "11827 Sombra Azul Dr, El Paso TX 79936"),
          Plant("LOCATION", "Calle Nardo 1842, Col. Melchor Ocampo, CP 32380"),
          Plant("LICENSE_PLATE", "KXT-5318")]
    return P


def build():
    tl = build_chats()
    by = tl.by_chat()
    files, titles = [], {}
    for key, title in CHATS:
        msgs = by.get(key, [])
        first = msgs[0].ts - 3600 * 5 if msgs else 0
        header = [(first, "Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.")]
        if key == "group":
            header.append((first + 60, "Tío Nacho changed this group's icon"))
        files.append(F.whatsapp_ios(f"whatsapp/WhatsApp Chat with {title}/_chat.txt", msgs, SENDERS, title, ZONE, header))
        titles[key] = (title, len(msgs))
    tx, bal = build_ofx()
    files.append(F.ofx("bank/FMFCU_Checking_0082917465.ofx", tx, ROUTING, ACCOUNT, ZONE,
                       int(at(START, 0).timestamp()), int(at(END, 23, 59).timestamp()),
                       int(at(END + dt.timedelta(days=1), 9, 12).timestamp()), "FMFCU", "31217", bal))
    files += build_facebook()
    segs = build_track()
    files.append(F.android_timeline("location/Timeline.json", segs, lambda s: (Z[s["zs"]], Z[s["ze"]]),
                                    random.Random(2740), frequent_places()))
    return tl, by, files, titles, segs


def ground_truth(by, files, titles):
    one2one = [(titles[k][0], titles[k][1]) for k, _ in CHATS if k != "group"]
    top = sorted(one2one, key=lambda x: -x[1])[:3]
    return {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": ("Ernesto 'Neto' Carrasco, 44, Mexican-American company long-haul truck driver living in east "
                        "El Paso, TX; wife Marisol, children Dulce (16) and Angel (20, UTEP); mother and brother in "
                        "Ciudad Juárez. Practising Catholic; type 2 diabetes and sleep apnoea. Spanglish chats."),
        "timezone": TZ,
        "user": {"names": ["Ernesto Carrasco", "Neto", "Neto 🚛"], "phones": ["+19155550148"],
                 "emails": ["neto.carrasco80@example.com"], "handles": ["neto.carrasco.915"]},
        "pii": collect_pii(files, plants()),
        "facts": {
            "home": {"lat": PLACES["home"][0], "lon": PLACES["home"][1], "radius_m": 300,
                     "address": "11827 Sombra Azul Dr, El Paso TX 79936", "city": "El Paso"},
            "work": {"lat": PLACES["yard"][0], "lon": PLACES["yard"][1], "radius_m": 300,
                     "employer": "Sun Mesa Freight Lines"},
            "sleep_window": {"start": "22:00", "end": "05:00", "tolerance_min": 120},
            "top_contacts": [{"name": n, "messages": c} for n, c in top],
            "relationships": [
                {"name": "Mari", "relationship": "partner", "full_name": "Marisol Carrasco"},
                {"name": "Amá", "relationship": "mother", "full_name": "Rosario Olivas"},
                {"name": "Chuy", "relationship": "brother", "full_name": "Jesús Carrasco"},
                {"name": "Happy Sandhu", "relationship": "close_friend", "full_name": "Harpreet Sandhu"},
                {"name": "Dez Dispatch", "relationship": "colleague", "full_name": "Desmond Okoro"},
            ],
            "religion": {"value": "Catholic"}, "health": {"value": True}, "politics": {"value": False},
            "financial_stress": {"value": False}, "gambling": {"value": False}, "gaming": {"value": False},
            "salary": {"amount": "1412.86", "currency": "USD", "payer": "SUN MESA FREIGHT PAYROLL", "period": "weekly"},
            "risky_contact": {"name": "Tío Nacho",
                              "why": "uncle Ignacio Olivas (shown as Tío Nacho) posts 60+ distinct angry political "
                                     "messages and video links (border, election, AMLO/Sheinbaum) in the family group"},
        },
    }
