# -*- coding: utf-8 -*-
"""English labelled templates (independent12). Region prefix: in| ng| ph| ca| nz| uk| us|.
"⏎" becomes a newline."""

LABELLED = r"""
# ---------------- India
in|{PF} bhai send me the location pls, reaching in 10 min
in|{KIN} said the cylinder guy will come {day}, his number is {TEL}
in|pls transfer to my SBI a/c {ACCT} IFSC {BCODE}, name {PN}
in|Hi {PF}, your Swiggy order is on the way. Call delivery partner {PF} at {TEL}
in|{plf} is not picking up, tell her mummy is calling
in|Society notice: {ADDR} — {HON} {PS} please move your car {PLATE} from visitor parking
in|{PWf} got selected in Infosys!! party at her place {day} 🎉
in|{KIN} ka number kya hai? the one in {city}
in|Dear {PN}, your appointment with {HON} {PS} is confirmed for {day} {time}
in|courier for {PN}, {ADDR}, ph {TEL}
in|{PF} and {PF} both are coming for the sangeet, keep 2 extra plates
in|Rent for flat 302 — transferred {price} to {PF}'s HDFC {ACCT}, ifsc {BCODE}
in|yaar {pl} ne phir se group rename kar diya 😂
in|Pls add {PF}'s email {EMAIL} to the invoice cc
in|my cousin {PN} needs a PG near {ADDR}, budget {price}
in|{PWf} aunty's tiffin service {TEL}, best rajma chawal in Pune
in|ola driver {PF} cancelled again, car no {PLATE}
in|sending you {PFf}'s linkedin {URL} she's hiring for the Bangalore team
in|{HON} {PS} is on leave today, escalate to {PN} ({EMAIL})
in|I think {pw} took my charger
# ---------------- Nigeria
ng|{KIN} abeg send me that tailor's number ⏎ {TEL} — tell am say na {PF} send you
ng|Good morning {HON} {PS}, I've paid the school fees into GTB {ACCT}, name {PN}
ng|{PWf} don reach Abuja, she say make we no worry
ng|Pls who knows {PNf}? She lives at {ADDR}, there's a parcel for her
ng|{KIN} the generator mechanic is {PFm}, {TEL}. He's sharp
ng|Transfer {price} to Opay {ACCT} ({PN}) for the aso-ebi
ng|{PW} and {PW} are in charge of small chops for Saturday
ng|Driver's name is {PFm}, Corolla {PLATE}, he's waiting at the gate
ng|{pw} where you dey? we don start
ng|Pls forward the CV to {EMAIL} and copy {HON} {PS}
ng|happy birthday {PW}!!! God bless your new age 🎂🎉
ng|{KIN} said na {PF} go carry the rice come
ng|My Bolt driver {PFm} just left my phone in his car {PLATE} please help, {TEL}
ng|{PN} (class of 2009) is getting married! Venue: {ADDR}
ng|{PFf}'s IG is @{USER}, she sells shoes
ng|Landlord {HON} {PS} said the rent is now {price}, abeg who dey Lagos
# ---------------- Philippines
ph|{KIN} pasabay po ng pasalubong, padala na lang sa {ADDR}
ph|GCash {TEL} ({PF}) — bayad for the tickets po
ph|{PW} birthday later! 7pm at Tita's house, bring food
ph|Hi ma'am, this is {PF} from the condo admin, {HON} {PS}'s unit has a leak
ph|{KINf} nag-text, she's stuck sa traffic sa EDSA 😭
ph|pakisend kay {PF} yung receipt: {EMAIL}
ph|{pl} libre mo ako ng milk tea later haha
ph|Rider {PF} is arriving. Plate: {PLATE}
ph|BDO acct {ACCT} {PN} — padala ko na yung 5k
ph|{PW} and {PW} won the karaoke contest 🎤 lol
ph|Kuya guard said {PF} left the keys at {ADDR}
ph|bday ni {PW} bukas, ambagan tayo {price} each
ph|Ma'am {PF}, the balikbayan box for {PN} is ready for pickup, call {TEL}
ph|{PFf}'s FB is {URL} — she's selling pre-loved bags
# ---------------- Canada
ca|Hey {PF}, tim's run? grabbing a double double for {PF} too
ca|{HON} {PS} says the furnace guy comes {day}, number is {TEL}
ca|e-transfer sent to {EMAIL} for the hockey bag, thanks {PF}!
ca|Moving! New address: {ADDR}. Send Christmas cards to {PN} there
ca|{PWf} is driving, her car's {PLATE} (the grey RAV4)
ca|void cheque details: transit {BCODE}, account {ACCT} — {PN}
ca|{PF} et {PF} arrivent demain matin, je pense
ca|Reminder: {PN}'s retirement potluck {day} at the Legion, bring a dish
ca|can someone tell {pl} the rink is closed tonight
ca|{PW} from the Rexall said the prescription is ready 👍
ca|snowplow guy {PF} charges {price} a visit, {TEL}
ca|{PN} ({EMAIL}) is your contact for the co-op placement
# ---------------- New Zealand
nz|Kia ora {PF}, just confirming the bach for {day} — keys are with {KIN}
nz|{PFf} said she'll bring the pav, {PF} is doing the sausages
nz|{KINf} left her chilly bin at ours lol
nz|Hey it's {PF} from the Countdown pharmacy, your script is ready. Ph {TEL}
nz|{PWf} is coaching the under-9s this season, she's at {ADDR}
nz|Bank acct {ACCT} {PN} — koha for the tangi
nz|{pl} ur jandals are in my car
nz|WOF done on {PLATE}, thanks {PF}!
nz|{HON} {PS} (Room 12) asked parents to email {EMAIL} about the camp
nz|Sweet as, {PF} will pick up {PW} from kapa haka at 5
nz|flatmate wanted @ {ADDR}, $230pw, msg {PF} on {TEL}
nz|{PN}'s whānau are hosting the hāngī {day}, all welcome
# ---------------- UK
uk|{PF} can you grab milk on the way back x
uk|{pl} is at the chippy, want anything?
uk|Hiya it's {PF}, new number {TEL}, save it x
uk|{HON} {PS} from no. 14 says the bins go out Tuesday now
uk|Parcel for {PN} left with neighbour at {ADDR}
uk|Sort code {BCODE} acc {ACCT} — {PN}, for the hen do deposit
uk|NI number for the payroll form: {NINO} ({PN})
uk|My NHS number is {NHS} if the surgery needs it, ta
uk|{PWf} has passed her driving test!!! 🚗 third time lucky
uk|{PW}'s off sick so {PF} is covering the Saturday shift
uk|passport no {UKPP} expiry 2031, name as on passport {PN}
uk|licence number {UKDL} for the hire car, 2nd driver {PN}
uk|Refund please to IBAN {IBAN}, account holder {PN}
uk|{KIN} is coming for Sunday roast, can you do the yorkshires
uk|{PF} reckons the 38 bus is on diversion again
uk|{PN} rang about the MOT, car reg {PLATE}, call back on {TEL}
uk|pls can {pl} stop using the office microwave for fish
uk|Dear {HON} {PS}, thank you for your letter regarding {PN}'s EHCP
# ---------------- US
us|{PFf} is picking up the kids at 3, she's in the white Tahoe {PLATE}
us|Venmo {PF} for the pizza, it was {price} each
us|Hi this is {PF} from Dr. {PS}'s office confirming your cleaning {day} at {time}
us|my SSN is {SSN} — is that what the landlord needs? (for {PN})
us|ITIN {ITIN}, name {PN}, tax year 2023
us|{state} DL {USDL}, {PN}, exp 2027
us|passport {USPP} — {PN} — for the Cancun trip
us|Routing {BCODE} account {ACCT}, Chase checking, {PN}
us|{PW} and {PW} got engaged!!! 💍
us|Coach {PS} said practice is moved to {time}
us|can u tell {pl} the wifi password is on the fridge
us|Ship to: {PN}, {ADDR}, {TEL}
us|{PF}'s grandma makes the best tamales, ask her
us|the new hire {PN} starts Monday, badge photo by 10, email {EMAIL}
# ---------------- pets (PERSON by convention)
uk|{PET} ate a whole sock again, vet says he'll be fine
nz|can you feed {PET} while we're in {city}? food's in the laundry
in|{PET} is missing since morning, near {ADDR}, please call {TEL}
us|{PF}, {PET} has her groomer appt {day}
ca|walked {PET} past {PFf}'s house and she waved
# ---------------- e-mails / forms / mixed
Dear {PN},⏎⏎Thanks for your application. Please send a copy of your ID to {EMAIL}.⏎⏎Kind regards,⏎{PN}
Name: {PN} | Phone: {TEL} | Email: {EMAIL} | Address: {ADDR}
Hi {PF}, I'm {PF}, {PFf}'s flatmate — she gave me your number
From: {PN} <{EMAIL}>⏎To: {PN}⏎Subject: keys for the weekend
{PF}!! long time. still on {TEL}?
Emergency contact: {PN} (sister), {TEL}
not the debit card, use the visa {CCV} — {PN}, exp 09/27
paid with {CC} for {PFm}'s ticket, he owes me
Login from new device {IP} — was this you, {PF}?
The server at {IP} keeps rejecting {PF}'s VPN
{PF} follows you on Insta: @{USER}
check out {PN}'s portfolio {URL}
{PW}'s new handle is @{USER}, the old one got hacked
Booking ref LX7Q2 — guests: {PN}, {PN}. Contact {EMAIL}
Thanks {PF}! Tell {PF} I said hi
Delivery note: leave with {PF} at {ADDR} if no one's home
Invoice for {PN}, {ADDR}. Payment to {IBAN}
{PF} and I will be late, start without us
is {pw} coming or not
{PN} — {TEL} — {EMAIL}
RSVP: {PF} +1, {PF}, {PF} (maybe), {PW}
# ---------------- more chat
uk|omg {PW} just walked into the pub with {PF}
us|lol {pl} fell asleep on the couch again
in|{PF} sir please check the attached report, cc {PF}
ng|Na {PF} get the keys, call am
ph|sino may number ni {PF}? ⏎ {TEL} yan
ca|{PF}'s mom said we can use the cottage {day}
nz|chur {PF} 🙏
uk|{PW} says hi from Benidorm
us|{PF}, {PF} and {PF} are carpooling, {PF} drives
ng|{PW} you're the best!!!
in|call {PFm} on {TEL}, he has the spare key
ph|pa-GCash na lang po sa {TEL} ({PN})
nz|{PFm} wants the aux, don't let him
ca|{PF} can you bring the Timbits
uk|{KIN}'s 80th is at {ADDR}, 2pm, no presents
us|{PF} said the dog is at {PF}'s until Tuesday
in|{PN} ({TEL}) will collect the documents on behalf of {PN}
ng|Dear {PN}, your BVN update is pending. Visit any branch with your ID.
ph|Congrats {PN}! Board passer 🎓
nz|The {PS} family are away, feed the chooks pls {PF}
uk|cheers {PF}, owe you one
us|shoutout to {PN} for covering my shift
# ---------------- voice-to-text / run-ons / typos
hey {pl} its me can you call me back when you get this its about the thing with {PF} ok bye
uk|yeah so I told {PF} that if {PF} wants the room she has to pay the deposit by friday otherwise {PFf} gets it
us|ok google text {PF} im outside the target on {ADDR}
in|hello {KIN} I am reaching the station in ten minutes please send driver {PFm} his number is {TEL}
ng|{KIN} good evening ma I just want to say thank you for yesterday God bless you
ph|hi po {KIN} this is {PF} po yung pamangkin ni {PF} from Batangas
nz|hey bro its {PF} can u flick me ur email so i can send the photos
ca|text from {PF}: running late, tell {PF} to start the bbq without me
uk|Thx {pl}!! xx
us|its {PF} turn to host thanksgiving this yr lol
in|Plz send dat file to {EMAIL} asap, {PF} is askng
ng|Congratulations to our very own {PNf} on her call to bar 🎉⚖️
ph|Salamat {PW}! ingat sa byahe
nz|{PF}'s mum says the hangi is at {ADDR}
uk|got a missed call from {TEL}, is that you {PF}?
us|my ex {PF} keeps texting from {TEL}, blocking
ca|{PN} has been added to the group by {PN}
in|{PF}, {PF}, {PF} — canteen at 1?
ng|{PF} said make I send am {price} for fuel, acct {ACCT} {PN}
uk|our {PET} has got into {PF}'s garden again, sorry!!
nz|Hey whānau, {PF} and {PF} are doing the koha collection, bank acct {ACCT}
us|shipping label: {PN} {ADDR} — fragile
ph|i-forward mo kay {PF} yung email ni {PF}: {EMAIL}
ca|Merci {PF}! À bientôt
in|{PN} S/o {PN}, {ADDR}
uk|{PF} — Gran's new care home is {ADDR}, visiting 2-4
us|{PWf} from accounting says hi, she's at ext 214 or {TEL}
nz|Cheers {PF}, the trailer's back at {ADDR}
"""

FREE_IN_LABELLED = r"""
running late, start without me
is the wifi down again or is it just me
bus is 20 mins late smh
can someone bring chairs for Saturday
who finished the milk 🙄
reaching in 10, traffic is mad
abeg who get charger
traffic for Third Mainland Bridge is crazy this morning
pls bring extra rice tomorrow, we're 12 now
na wa o, NEPA took light again
tara, merienda tayo later
sana all may 13th month pay
the jeep to Cubao is full again
double double and a maple dip, same as always
it's -32 with the windchill, school's still open apparently
sweet as, see you at the bach
chur bro
it's pissing down in Wellington again
kettle's on
fancy a cheeky Nando's later
the 73 never turns up when you need it
y'all want Chipotle or Panda
I'll be there in 5
ordered from Swiggy, 40 mins 😭
power cut since 3pm in our sector
meeting moved to 4, same link
school's closed tomorrow because of the rain
ok see you there
happy new year everyone 🎉
has anyone seen my blue umbrella
lol same
good morning all, have a blessed week
the landlord still hasn't fixed the geyser
parcel came, thanks
I'll bring dessert
no worries mate
gas price went up again
someone left the gate open
the match starts at 7:30 our time
"""

PRIORITY = r"""
uk|NI no. {NINO}
uk|my national insurance number is {NINO} I think, it's on the P60
uk|nino {NINO} — tax code sorted now
uk|HMRC wants the NI number again: {NINO}
uk|NHS no {NHS}, appointment at the walk-in tomorrow
uk|surgery asked for my nhs number, it's {NHS}
uk|NHS number: {NHS} DOB 14/03/1988
uk|passport number {UKPP}, renewal sent off today
uk|UK passport {UKPP} exp 2029 — for the booking
uk|driving licence no. {UKDL}
uk|dvla licence {UKDL}, needed for the van hire
uk|licence {UKDL} and reg {PLATE} for the parking permit
uk|sort code {BCODE}, account number {ACCT}
uk|{BCODE} {ACCT} — ref: flat 3 rent
uk|IBAN {IBANGB} BIC NWBKGB2L
uk|pay the deposit to {IBAN} pls
uk|reg {PLATE} parked across my drive again
uk|call me on {TEL}
uk|landline is {LAND}, mobile is {MOB}
uk|delivery to {ADDR}, leave in the porch
us|SSN {SSN}
us|social is {SSN}, don't put it in the group chat lol
us|W-9: SSN {SSN}, address {ADDR}
us|ITIN {ITIN} for the 1040
us|my ITIN is {ITIN}, not an SSN
us|passport # {USPP}
us|US passport no. {USPP} exp 06/2032
us|{state} driver's license {USDL}
us|DL# {USDL} ({state})
us|license {USDL}, plate {PLATE}
us|routing {BCODE} acct {ACCT}
us|direct deposit: routing number {BCODE}, account {ACCT}
us|text me at {TEL}
us|ship to {ADDR}
us|{TEL} is the number for the landlord
in|acc no {ACCT} ifsc {BCODE}
in|UPI failed, sending NEFT to {ACCT} ({BCODE})
in|mob {TEL}
in|address: {ADDR}
in|car no {PLATE} is blocking the gate
ng|acct no {ACCT} Access bank
ng|{ACCT} is wrong o, the correct one is {ACCT} (First Bank)
ng|my line is {TEL}, MTN
ng|address na {ADDR}
ng|plate number {PLATE}, black Camry
ph|GCash {TEL}
ph|send ko na lang sa {ACCT} BPI
ph|address: {ADDR}
ph|plate no. {PLATE}
ca|e-transfer to {EMAIL}
ca|my cell is {TEL}
ca|new address {ADDR}
ca|plate {PLATE} (Ontario) parked in my spot
nz|acc {ACCT}
nz|ph {TEL}
nz|address is {ADDR}
nz|rego {PLATE}
card: {CC} exp 11/26 cvv on the back
{CC}
use my amex {CCA} for the deposit
us|Visa {CCV}, billing zip is fine
refund to card {CC} pls
login from {IP} blocked
your IP {IP} has been rate limited
whitelist {IP} and {IP} on the firewall
my handle is @{USER}
follow @{USER} for the giveaway
username: {USER}
Discord: {USER}
profile {URL}
{URL} ← my shop
portfolio at {URL}
email me: {EMAIL}
{EMAIL}
contact {EMAIL} or {EMAIL}
IBAN: {IBAN}
uk|New starter form — NI {NINO}, sort code {BCODE}, acc {ACCT}, emergency contact {TEL}
uk|GP registration: NHS number {NHS}, address {ADDR}, mobile {MOB}
uk|Right to work check done: passport {UKPP}, NI {NINO}
uk|hire car: licence {UKDL}, card {CC}, pickup {day}
uk|Renewal: old passport {UKPP}, new photo attached, deliver to {ADDR}
uk|DVLA says licence {UKDL} doesn't match the reg {PLATE}?? ringing them now
uk|Dentist form: NHS {NHS}, GP at {ADDR}
uk|payroll: {NINO} / {BCODE} / {ACCT}
uk|I gave them my NI number {NINO} and my NHS number {NHS}, hope that's right
uk|the dvla letter says {UKDL} — pls check against your copy {pl}
us|I-9 docs: passport {USPP}, SSN card {SSN}
us|rental app: SSN {SSN}, DL {USDL} ({state}), current address {ADDR}
us|tax prep: ITIN {ITIN}, routing {BCODE}, acct {ACCT}
us|passport renewal, old passport {USPP}, mailing to {ADDR}
us|TSA PreCheck form asked for passport {USPP} and DL {USDL}
us|the IRS letter has ITIN {ITIN} but my SSN is {SSN} now, which one do I use?
us|{state} license {USDL}, insurance card says plate {PLATE}
us|Zelle to {TEL} or {EMAIL}, either works
us|payroll change: routing {BCODE}, checking {ACCT}, effective next pay period
in|KYC pending: a/c {ACCT}, IFSC {BCODE}, mobile {TEL}
ng|Pls pay to {ACCT} (Zenith) or {ACCT} (UBA), send receipt to {TEL}
ph|padala: BDO {ACCT} / GCash {TEL} / address {ADDR}
ca|direct deposit: transit {BCODE} account {ACCT}, email {EMAIL}
nz|IRD stuff later, for now acc {ACCT} and ph {TEL}
order confirmation sent to {EMAIL}, card {CC} charged {price}
suspicious login: {IP} (Lagos) and {IP} (unknown), reset your password
"""
