# -*- coding: utf-8 -*-
"""English PII-free hard lines (independent12)."""
import i12_ids as ids


def f_price(rng, ctx):
    return rng.choice(["£3.20", "$4.99", "₹1,499", "₦25,000", "₱350", "C$12.99", "NZ$8.50", "£12",
                       "$1,250", "₹89", "₦3,500", "₱1,299", "$0.99", "£450 pcm", "$19.99/mo"])


def f_order(rng, ctx):
    return rng.choice(["#%s-%s-%s" % (ids.digits(rng, 3), ids.digits(rng, 7), ids.digits(rng, 7)),
                       "OD%s" % ids.digits(rng, 18), "#%s" % ids.digits(rng, 5),
                       "ORD-%s" % ids.digits(rng, 8), "%s" % ids.digits(rng, 10, True)])


def f_flight(rng, ctx):
    return rng.choice(["BA %d" % rng.randint(100, 999), "6E %d" % rng.randint(100, 6999),
                       "PR %d" % rng.randint(100, 999), "AC %d" % rng.randint(100, 999),
                       "NZ %d" % rng.randint(1, 999), "W3 %d" % rng.randint(100, 999),
                       "5J %d" % rng.randint(100, 999), "UA%d" % rng.randint(10, 2999),
                       "AI %d" % rng.randint(100, 999)])


def f_score(rng, ctx):
    return "%d-%d" % (rng.randint(0, 5), rng.randint(0, 5))


def f_ver(rng, ctx):
    return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9)),
                       "iOS %d.%d.%d" % (rng.randint(15, 18), rng.randint(0, 6), rng.randint(1, 3)),
                       "Android %d" % rng.randint(11, 15), "build %d" % rng.randint(1000, 9999)])


def f_time(rng, ctx):
    return rng.choice(["7:45", "half past 6", "10:15am", "noon", "18:30", "quarter to 9", "2ish",
                       "9pm", "5:05", "midnight"])


def f_code(rng, ctx):
    return rng.choice(["%s%s" % (ids.plate_letters(rng, 2), ids.digits(rng, 4)), ids.digits(rng, 6),
                       "%s-%s" % (ids.plate_letters(rng, 3), ids.digits(rng, 3))])


def f_num(rng, ctx):
    return str(rng.randint(2, 60))


def _c(pool):
    return lambda rng, ctx: rng.choice(pool)


SLOTS = {"gbp": _c(["£3.20", "£4.50", "£12", "£18.99", "£25", "£7.80", "£40"]),
         "usd": _c(["$24", "$39.99", "$60", "$18", "$85"]),
         "cad": _c(["C$79", "$89.99", "$120", "$64"]),
         "nzd": _c(["$4.50", "$8.50", "NZ$12", "$29", "$19.99"]),
         "php": _c(["₱99", "₱350", "₱549", "₱1,099", "₱180"]),
         "inr": _c(["₹9,999", "₹12,499", "₹14,999", "₹7,499"]),
         "ngn": _c(["₦3,500", "₦4,200", "₦5,000", "₦2,800"]),
         "fuel": _c(["£1.52", "$1.79", "₦1,050", "₹104", "₱62", "NZ$2.89"]),
         "rent": _c(["£1,150 pcm", "$2,400 a month", "₹28,000", "$650 a week", "₦2.5m a year"]),
         "any": _c(["£3.20", "$4.99", "₹1,499", "₦25,000", "₱350", "C$12.99", "NZ$8.50", "£12", "$1,250",
                    "₹89", "₦3,500", "₱1,299", "$0.99", "$19.99"]),
         "price": f_price, "order": f_order, "flight": f_flight, "score": f_score, "ver": f_ver,
         "time": f_time, "code": f_code, "num": f_num}

TEMPLATES = r"""
# ---- names used as words
will do, see you at {time}
I will be there, just parking
mark my words, the Leafs will blow it again
can you mark the boxes fragile
grace period ends on the 15th so no rush
we said grace before dinner, Nan insisted
rose gold or silver for the case?
the rose bushes need pruning before winter
the bill came to {any}, split four ways
phone bill is due Friday
frank conversation with the landlord today, he's fixing the boiler
no joy with the router, still dropping every hour
hope the rain holds off for the braai
have patience, the queue at Lekki toll gate is always like this
it's a blessing the flight wasn't cancelled
this jollof is precious, no sharing
chase the supplier about the invoice please
my Hunter wellies finally split
sunny spells then showers according to MetService
up before dawn for the airport run, flight {flight}
summer hols booked, two weeks in Nelson
may I borrow your stapler
june is the wettest month here
august bank holiday traffic will be mental
jack up the car before taking the wheel off
carol singing at the church hall, 6pm
holly and ivy on the mantelpiece, very festive
someone tried to rob the corner shop last night
pat the dough flat and fold it in thirds
bob haircut or just a trim, help
saving every penny for the deposit
ginger and garlic paste, two spoons
crystal glasses are in the top cupboard
amber weather warning for the whole of Wales
jade plant needs less water apparently
the heater's gone bust, rich people problems I know lol
drew the short straw, I'm on dishes
the victory parade goes down Queen St at {time}
sterling is down against the dollar again
please reverse the charge on order {order}
the ray of sunshine today was the free coffee
ivy is taking over the back fence
willow pattern plates from the charity shop, {gbp}
# ---- brands with person-like names
Tim Hortons run, anyone want Timbits?
Mary Brown's or Harvey's for lunch
Mark's has the work boots on sale, {cad}
Wendy's is closed, going to Dave & Buster's instead
Trader Joe's dumplings are back in stock
Ben & Jerry's was buy one get one at Safeway
Sainsbury's has run out of oat milk again
Morrisons café does a decent fry-up for {gbp}
John Lewis price-matched the TV, saved {gbp}
Dorothy Perkins closed in town, gutted
Ted Baker outlet at Cheshire Oaks is 70% off
Marks & Spencer percy pigs, the only acceptable snack
Frankie & Benny's voucher expires {num} days from now
Jack Wills hoodie on Vinted for {gbp}
Wattie's baked beans and toast, student dinner
Whittaker's peanut slab, 250g for {nzd}
Edmonds cookbook has the best scone recipe
Mr Biggs used to be everywhere in Lagos
Mang Inasal unli-rice with chicken inasal, {php}
Max's Restaurant fried chicken for Lola's birthday
Jollibee Chickenjoy bucket, {php}
Andok's lechon manok on the way home
Shoppers Drug Mart points double this weekend
Canadian Tire money, finally useful
Papa John's or Domino's, vote now
Jimmy John's is faster but Jersey Mike's is better
Chick-fil-A is closed Sunday as usual
Dunkin' iced coffee and a sour cream donut
Dick's Sporting Goods has the cleats in size 6
Marie Callender's pot pie in the freezer, 45 min at 400°F
Jack in the Box tacos at 2am, no regrets
Harvey Nichols sale starts {num} days from now
Sloppy Joe sliders for the game
# ---- food and drink named after people
Beef Wellington for Christmas, ambitious
Victoria sponge for the bake sale
Eggs Benedict and a flat white please
Earl Grey, no milk
one Margherita and one pepperoni
Caesar salad no croutons
a Bloody Mary for the hangover
Tom Collins and a gin fizz at the bar, {any}
Eton mess for pudding
Peach Melba is on the dessert menu
pavlova or lamingtons for the potluck
chicken à la king was my nan's signature dish
# ---- places named after people / place names
meet at Victoria station, under the clock
Albert Dock is rammed today
flight {flight} lands at MMA2 at {time}
stuck at Abuja airport, delayed again
Victoria Island to Ikoyi took an hour and a half
Allen Avenue traffic is crazy this morning
shuttle to NAIA Terminal 3, leaving at {time}
Quezon Avenue flooded again, take the skyway
Ayala Avenue is closed for the fun run
BGC to Makati in 15 if no traffic
Prince Edward Island in the summer is unreal
Lake Louise was frozen solid, skated on it
Wellington to Picton ferry cancelled, wind
Hamilton Gardens are free on weekdays
Christchurch bus exchange, platform C
Port Harcourt flight {flight} boarding now
Jamshedpur to Kolkata overnight train was late
Hyde Park Corner is a nightmare on a bike
St John's Wood tube is closed this weekend
Kings Cross, platform 9, the Edinburgh train is late again
Mount Victoria lookout at sunset
Charlotte, NC layover for three hours
St. Louis to Kansas City road trip
San Jose or San Francisco for the conference
Georgetown cupcakes are overrated
Jackson Heights for momos tonight
Indiranagar to Koramangala in 20 mins, miracle
CST station was packed at 9am
Lekki Phase 1 to Ajah, don't even try at 6pm
Rizal Park jogging at 5am, so many people already
Marine Drive at night is the best walk in Mumbai
Connaught Place for shopping this Saturday
Queen Street Mall, near the food court
# ---- sport teams / bands / films
Arsenal {score} Villa, what a game
Nottingham Forest fans are in good voice
Wolves away next week, coach leaves at {time}
Mumbai Indians need 40 off the last 3 overs
Chennai Super Kings fans everywhere at the stadium
Super Eagles qualified!!! the whole street is shouting
Enyimba {score} at full time
Gilas Pilipinas won by 12!!
Toronto Raptors game on the big screen at the bar
Oilers in overtime, I can't watch
All Blacks v Wallabies, kickoff {time}
Black Caps need 6 an over, doable
Chiefs beat the Hurricanes {score}
Kansas City Royals vs the Mariners, cheap seats
Golden State Warriors jersey for {usd}
Franz Ferdinand tickets sold out in 4 minutes
Arctic Monkeys on at Glastonbury, Pyramid stage
Steely Dan on vinyl at the record fair
Mumford & Sons played the whole album
Simply Red tribute act at the club Friday
Pink Floyd laser show at the planetarium
Alice in Chains unplugged is the best live album, fight me
Jethro Tull flute solo went on for 10 minutes
Inside Out 2 made me cry in the cinema
watched Up again, first ten minutes destroy me
Paddington 2 is a perfect film
Frozen sing-along with the kids, send help
Jaws on the big screen at the drive-in
Gravity in IMAX was something else
Coco is on Disney+ now
# ---- forms of address without names
thanks aunty, the chin chin was amazing
oga said we close early today
sir your order is ready
ma'am, the tricycle is outside
kuya pa-abot po ng bayad
ate, magkano po ito?
tita, ano pong ulam?
bhaiya, 2 cutting chai please
didi is coming home for Diwali
uncle just left, he said to lock the gate
madam, the generator needs diesel
cheers mate, appreciate it
ta love, see you Thursday
boss, the delivery is at reception
mum says dinner at 7
dad fixed the fence finally
nan's making a roast
bro where are you
babe can you grab bread
# ---- numbers
order {order} shows delivered but nothing here
tracking says out for delivery, ETA {time}
flight {flight} delayed to {time}, gate changed
final score {score}, what a comeback
updated to {ver} and now the battery dies by lunch
app {ver} fixed the login bug
table for 6 at {time}, booking ref {code}
room 412, checkout by 11
your OTP is {code}, do not share it
gate code for the building is 4419 then #
platform 9 for the {time} to Brighton
it's {any} for two, not bad
petrol is {fuel} a litre now, daylight robbery
rent going up to {rent}
2 for {any} at the market
ordered 3x for {any} each, order {order}
receipt no. 000{num}8812, keep it for returns
the 11:52 is cancelled, next one is 12:22
aisle {num}, next to the cereal
size 10 in UK is 8 in US right?
score 4/5 on the quiz, so close
99% battery then dropped to 40, what
it's 35°C and humid, stay inside
7-1 at half time, embarrassing
exit 42 off the I-95, then left
HWY 401 westbound jammed from exit 359
SH1 closed at the Desert Road, snow
route 66 motel, one night
bus 151 or 38, whichever comes first
channel 4 at 9, the bake off final
the printer says error 0x80070005 again
wifi password is on the fridge, not telling the group chat lol
PO 45521 approved, send the goods
batch 7B failed QA, rerun tomorrow
invoice INV-2024-0417 is overdue
tax year 2023-24 ends on the 5th of April
model no. WD-80T4 washing machine, 8kg
IKEA shelf KALLAX 4x4, {any}
Pixel 8 or iPhone 15, can't decide
PS5 restock at 10am
Windows 11 update broke my printer
Python 3.12 is out
Boeing 737 MAX again, switching flights
Form 1040 is due soon, ugh
GST is 15% here, so add that on
VAT receipt please
PAYE code changed, payslip looks weird
UPI payment failed twice, bank server down
jeepney fare is ₱13 now
danfo from Oshodi to Ikeja, ₦500
okada ban is back on that road
the 5:30 ferry to Waiheke is full
# ---- more regional, capitalised, tricky
Big Bazaar sale on Republic Day, crowd was insane
Flipkart Big Billion Days, phone for {inr}
Chai Point near Cubbon Park does a good masala chai
Haldiram's bhujia, the big pack
Amul butter price hiked again
Diwali bonus came in, Dhanteras shopping tomorrow
Holi colours washed out finally
Shoprite at the Palms has the cheapest Indomie
Chicken Republic Refuel meal is {ngn} now
Eko Hotel for the wedding reception, dress code: gold
Third Mainland Bridge closed for repairs this weekend
Dangote cement went up again, building is expensive
SM Megamall sale, 3 days only
Greenbelt cinemas, 7:30 screening
National Bookstore has the planners now
Puregold or Savemore, which is closer
Christmas in the Philippines starts in September, true
Loblaws PC points, finally redeemed
Swiss Chalet quarter chicken dinner, classic
Canucks lost again, shocking no one
Stanley Park seawall ride this weekend
Countdown is now Woolworths, the sign is still changing
Pak'nSave is cheaper for meat
The Warehouse has the camping chairs for {nzd}
Mitre 10 for the deck stain
Kiwibank app is down again
L&P and a pie from the dairy, lunch of champions
Matariki long weekend, no plans yet
Waitangi Day at the beach
Greggs sausage roll and a coffee, {gbp}
Wetherspoons curry club Thursday
Boots meal deal is better than Tesco's
Argos catalogue nostalgia
Aldi middle aisle got me again
"""
