# -*- coding: utf-8 -*-
"""Chat scripts for us_atlanta_nurse (Folasade "Sade" Adeyemi, RN, Atlanta). Fictional."""

# ---------------------------------------------------------------- Marcus (partner)
MARCUS = r"""
# 2024-09-15 18:40
< you home yet
> just walked in. feet are DEAD
< want me to bring suya from that spot on moreland
> marry me
< 😂 omw
# 2024-09-16 21:10
> stardew co-op tonight? i need to finish the greenhouse
< after the game. 930?
> bet
# 2024-09-17 06:12
> running late. charge nurse ⟦P:Patience⟧ already texting me lol
< drive safe babe
# 2024-09-19 20:45
< you coming to church sunday or nah
> obviously. choir is singing the new song, I have a solo part 😬
< i'll sit in front and embarrass you
# 2024-09-22 13:30
> pastor really preached today. "your season is not late". i cried in the second row ngl
< i saw lol. proud of you
# 2024-09-24 22:40
> 1am stardew brain is real. I stayed up way too late last night
< you said 'one more day' like 9 times
> the fish pond wasn't going to fix itself
# 2024-09-27 19:55
< my mom asked if you're coming sunday dinner
> tell miss ⟦P:Grace⟧ yes and I'm bringing jollof
< she's gonna ask for the recipe again
# 2024-10-02 07:05
< ⟦P:Will⟧ wants to borrow my truck saturday, you still need it?
> no I'm off saturday. let him
# 2024-10-05 16:20
> ok the new zelda is actually so good. echoes of wisdom?? i'm obsessed
< you and that switch 😭
> don't hate
# 2024-10-08 12:31
< can you send me your license number? renting the car for thanksgiving and you're a second driver
> ⟦DL:058914273⟧ GA. exp 2029
< got it
# 2024-10-09 18:02
> did you pick up the rental confirmation?
< yeah, a camry. i'll bring my tag number for the parking pass at your complex
< ⟦LP:CTK 4821⟧ is mine btw if they ask
# 2024-10-13 14:10
> fasting week at church starts tomorrow. 6am to 6pm, no food
< you're working three 12s this week sade
> I know. God will carry me 🙏🏾
< drink water at least please
# 2024-10-18 20:30
> made it through the fast week 🙌🏾 broke it with your suya
# 2024-10-21 19:15
< my ankle is swollen from ball today
> ice, elevate, ibuprofen. and stop playing like you're 22
< yes nurse
# 2024-10-26 23:00
> mario kart rematch tomorrow. you got lucky with that blue shell
< lucky?? skill
# 2024-11-02 10:40
< moving the couch today, can ⟦P:Will⟧ come to yours at 2
> yes, gate code is 4471#. apt 4B
# 2024-11-09 21:50
< your uncle in the family group again?
> don't even. ⟦P:Uncle Femi⟧ has been posting all week. I muted it
# 2024-11-17 12:45
> church anniversary service next sunday, it's gonna be long 😅 bring snacks
< lol noted
# 2024-11-22 17:30
> flight to houston wed 6:10am. can you drive me to the airport?
< yep. 4:30 pickup?
> you're the best
# 2024-11-28 15:05
> happy thanksgiving babe ❤️ mummy says hi and asks when you're coming to meet her properly
< tell her christmas 😬
# 2024-12-01 20:20
> landed. ATL is cold
< outside baggage claim, door N2
# 2024-12-07 11:00
> cozy day. me, blanket, animal crossing
< i'll come play. bring the second controller?
# 2024-12-12 19:40
> choir christmas concert sunday 5pm. wear the green sweater
< the ugly one?
> the FESTIVE one
"""

MARCUS_POOL = [
    ("< wyd", "> charting 😩"), ("@20-21", "> home", "< 👍🏾"), ("@12-14", "< you eat?", "> not yet. break at 2"),
    ("@19-20", "> 12 hrs done", "< proud of you. come over?", "> too tired, tomorrow"), ("@6-8", "< good morning beautiful", "> gm ☀️"),
    ("> [img]", "< that's a lot of laundry"), ("@17-19", "< 🏀 game on at 8", "> i'll be in stardew, leave me alone"),
    ("> omw", "< k"), ("@17-19", "< want thai or pizza", "> thai. pad see ew"), ("@21-22", "> night ❤️", "< night"),
    ("< traffic on 285 is insane", "> take moreland"), ("> [sticker]",), ("< lmaooo", "> 😭😭"),
    ("> can you grab plantain at kroger", "< how many", "> 4 ripe ones"), ("< miss you", "> miss you more"),
    ("@19-21", "> long day. 3 admissions back to back", "< you need a foot rub"), ("@15-18", "< what time you off", "> 7:30 if report is quick"),
    ("> i left my badge at your place", "< i'll bring it"), ("< [img]", "> LOL"), ("> [voice]",),
    ("< sunday service 10 or 12?", "> 10, choir"), ("> pray for me, big test on the unit today", "< you got this"),
    ("< my mom made too much mac n cheese", "> say less"), ("> did you pay the wifi", "< yes ma'am"),
    ("> send the pic from friday", "< [img]"), ("@21-22", "< you up?", "> barely"), ("@13-17", "> call you after shift", "< ok"),
    ("< game night friday at ⟦P:Will⟧'s?", "> maybe, I work saturday"), ("> we still on for saturday", "< yep"),
    ("> the new animal crossing update is out!!", "< oh no there she goes"),
]


# ---------------------------------------------------------------- Mummy
MUMMY = r"""
# 2024-09-15 08:30
< Good morning my dear. Hope you slept well. God bless your day.
> morning mummy 😘
# 2024-09-18 20:10
< Folasade did you eat today
> yes ma
< Don't be eating only sandwich
# 2024-09-21 09:40
< My sugar was 180 this morning. The doctor wants to increase the metformin
> mummy are you eating rice at night again?
< Small small
> please check it again in the evening and send me the reading
# 2024-09-22 19:30
< 142
> better. keep walking after dinner
# 2024-09-29 11:15
< Pastor in our church asked about you. I told them you are singing in choir in Atlanta
> lol tell him I said hi
# 2024-10-01 09:00
> sent you the $200 for your drugs on paypal
< Thank you my daughter. God will replenish
# 2024-10-06 16:45
< Your Daddy's tax paper came. They want his ITIN. I can't find it
> it's ⟦ITIN:912-78-4410⟧. it's in the blue folder too
< Thank you o
# 2024-10-14 21:00
< I heard you are fasting. Don't faint at work
> I'm fine mummy. I drink water
# 2024-10-20 10:00
< Send me your address again, I want to send your birthday parcel
> ⟦L:1187 Larchmont Ridge Dr SE, Apt 4B, Atlanta, GA 30316⟧
< Ok. It will reach before friday
# 2024-10-25 18:10
> parcel came!! the ankara is beautiful 😍
< Wear it to church
# 2024-11-01 09:05
> $200 sent mummy
< God bless you
# 2024-11-04 20:20
< My BP was 150/95 today
> did you take the amlodipine?
< I forgot in the morning
> mummy 😩 set the alarm I put on your phone
# 2024-11-15 08:00
< Is Marcus coming for thanksgiving
> no mummy, he's with his family. christmas maybe
< Hmm. I'm waiting o
# 2024-11-20 21:30
< What time is your flight
> wed 6:10 am, lands 7:45 houston time. ⟦P:Tunde⟧ is picking me
# 2024-11-26 19:45
< My address for the driver is ⟦L:7421 Bellfort Ridge Dr, Houston, TX 77071⟧ in case Tunde is late
> I know mummy 😂
# 2024-12-01 06:40
< Safe journey. Text me when you land
> boarding now ❤️
# 2024-12-01 13:15
> landed safe
< Thank God
# 2024-12-06 20:00
< Don't forget to pray before you sleep
> I won't
"""

MUMMY_POOL = [
    ("@7-9", "< Good morning. God bless you", "> morning ma"), ("< Call me when you are free", "> after shift mummy"),
    ("< [voice]", "> ok ma"), ("< [img]", "> nice!"), ("< How is work", "> busy but fine"),
    ("< Did you go to church", "> yes ma, choir"), ("> mummy did you check your sugar", "< 130", "> 👍🏾"),
    ("< Your Aunty Bisi says hello", "> tell her hi"), ("@8-11", "< Happy Sunday", "> happy sunday mummy"),
    ("@7-10", "< Cover yourself it's cold", "> it's not that cold mummy"), ("< Amen", ), ("> love you", "< I love you more"),
    ("< Are you eating well", "> yes"), ("< [video]", "> lol"), ("< Pray for Tunde", "> I do"),
]


# ---------------------------------------------------------------- Tunde (brother)
TUNDE = r"""
# 2024-09-16 19:20
< sis
> what do you want 😂
< why you dey talk like that
# 2024-09-20 22:10
< bro my parlay was 1 leg off 😭 1 LEG
> tunde abeg stop this betting thing
< its not betting its investing
> it is literally betting
# 2024-09-26 17:40
< sis I'm a little short this month. can you help with 300. I'll pay back the 15th
> again?
< last time I paid back now
> ok. send your account info, paypal is being weird
< ⟦P:Babatunde Adeyemi⟧ routing ⟦AR:061113415⟧ acct ⟦BA:4827716093⟧
> sent. 15th o
# 2024-10-03 20:30
< mummy says you have a copy of my social card. she wants it for the insurance form
> it's ⟦SSN:523-71-8846⟧. don't send this to anybody else pls
< thank you
# 2024-10-15 12:10
< sent you 150 back. will do the rest next month
> ok
# 2024-10-19 21:00
< cowboys lost and my whole slip died
> I'm not listening
# 2024-10-22 18:25
< lagos trip in december. I'm booking the flights for all of us. send me your passport number
> ⟦USP:A04718263⟧ exp 03/2031
< and your full name as on it
> ⟦P:Folasade Oluwaseun Adeyemi⟧
# 2024-11-06 19:45
< ⟦P:Sunny⟧ says hi
> hi ⟦P:Sunny⟧!! when are you bringing her to atlanta
< soon
# 2024-11-21 15:10
> I land wed 7:45 at hobby. don't be late
< I'll be there 7:30
> you said that last time
# 2024-11-27 07:50
< outside, terminal door 4
> coming
# 2024-12-05 20:15
< rest of the money [img]
> received. thank you 🙏🏾
# 2024-12-10 22:00
< I won 400 on the game last night 😎
> good. keep it and stop
"""

TUNDE_POOL = [
    ("< 😂😂😂", "> mad o"), ("< you watching the game", "> no I'm at work"), ("> [img]", "< lmaooo"),
    ("< sis", "> yes"), ("< mummy is looking for you", "> I called her"), ("> how's work", "< stressful"),
    ("< [sticker]",), ("> did you call mummy", "< yesterday"), ("< send me that jollof recipe", "> it's in my head"),
    ("< daddy is asking about lagos", "> tell him december"), ("> happy birthday to ⟦P:Sunny⟧ 🎉", "< she said thank you"),
    ("< [voice]", "> ok"), ("< abeg call me later", "> after 8"),
]


# ---------------------------------------------------------------- Priya (colleague)
PRIYA = r"""
# 2024-09-15 06:20
< are you on today? I'm on 4 north
> yup 5 south, lunch at 12:30?
< yes
# 2024-09-18 19:50
> that family in 12 was a lot today
< I heard. ⟦P:Dr. Hunter⟧ finally called palliative
> good, she needed it
# 2024-09-23 13:05
< swap shifts sat 10/5? I have a wedding
> I can do it if you take my 10/12
< deal
# 2024-09-30 21:20
< new travel nurse on the unit, ⟦P:Ewan MacLeod⟧, scottish accent, everyone is in love
> lmao I met him. he called the break room the "staff canteen"
# 2024-10-04 07:40
> ⟦P:Patience⟧ put me in charge today 😳
< you'll be great
# 2024-10-10 18:30
> ⟦P:Thao⟧ brought banh mi for the whole unit, bless her
< I got the last one lol
# 2024-10-16 12:40
< can you send me your cell, my phone deleted contacts
> ⟦PH:(404) 555-0137⟧
< thx. mine is still ⟦PH:678.555.0184⟧ if you lost it too
# 2024-10-24 22:15
< did you see the new schedule
> I'm on 4 weekends in a row?? I'm emailing ⟦P:Patience Okafor⟧
# 2024-11-05 20:00
< ⟦P:Marisol⟧'s baby shower is the 16th, chipping in for the gift?
> yes send me how much
< 25 each, paypal me
> sent
# 2024-11-13 08:10
< I think I'm getting sick 🤒
> stay home! don't come in sick
< calling out
# 2024-11-18 19:30
> I finally beat the last dungeon in zelda 🎉
< nerd 😂 congrats
# 2024-12-03 14:00
< secret santa on the unit, budget $25
> I'm in
< you got ⟦P:Kasia⟧ lol
"""

PRIYA_POOL = [
    ("@10-15", "< break?", "> 10 min"), ("> pyxis is down again", "< ugh"), ("@8-11", "< coffee?", "> yes pls, oat milk"),
    ("> that admission from the ED 😩", "< I saw"), ("@17-18", "< you leaving on time?", "> hopefully 7:15"),
    ("> [img]", "< lmaooo"), ("< the floor is chaos today", "> same"), ("> thank you for covering my room", "< anytime"),
    ("< parking deck full again", "> park on the street"), ("@19-20", "> see you tomorrow", "< 👋🏾"),
    ("< did you finish your CEUs", "> not yet 😬"), ("@7-12", "> happy friday!!", "< finally"),
    ("< they're short again tonight, bonus shifts posted", "> I'm not picking up"), ("< [sticker]",),
    ("> I'm so tired", "< same girl"), ("@7-8", "< ⟦P:Dr. Hunter⟧ is rounding early today", "> great 🙄"),
    ("@10-11", "> lunch today?", "< 1pm"), ("< did you see the email about flu clinic", "> yeah"),
]


# ---------------------------------------------------------------- Siobhan (close friend)
SIOBHAN = r"""
# 2024-09-17 20:00
< SADE. tickets for the concert in nov go on sale friday 10am
> I'm on shift. can you buy mine? I'll pay you back
< yes obviously
# 2024-09-20 10:05
< GOT THEM 🎉 $142 each
> queen. paypal coming
# 2024-09-20 10:30
> actually paypal wants a card, use mine: ⟦CC:4716 0382 5519 6625⟧ exp 08/27
< lol no I already paid, just send me money
> 😂 ok sent
# 2024-09-28 15:40
< ⟦P:Rhys⟧ is making his welsh cakes again, brunch sunday?
> after church, like 1:30?
< perfect
< [loc 33.781000|-84.368000||]
< new place, parking in the back
# 2024-10-11 21:10
< how's the fasting going
> day 4. I could eat a whole cow
< I'd die
# 2024-10-27 18:45
< my email changed btw, it's ⟦E:siobhan.keane@example.com⟧ now
> noted
# 2024-11-16 23:40
> that concert was EVERYTHING 😭
< my voice is gone
# 2024-11-30 12:00
< how's houston
> full of jollof and aunties asking when I'm getting married
< 💀
# 2024-12-09 19:10
< stardew 1.6 co-op this weekend? ⟦P:Rhys⟧ finally bought it
> YES. saturday night
"""

SIOBHAN_POOL = [
    ("< how was work", "> long. 2 codes"), ("> [img]", "< obsessed"), ("< brunch?", "> next week"),
    ("< [voice]", "> lol"), ("> thinking of you ❤️", "< 🥹"), ("< omg did you see this", "< [link https://www.tiktok.com/@cozygamer.atl/video/7425510093]"),
    ("> haha", ), ("< wine night friday?", "> I work saturday 😩"), ("> miss you", "< miss you more"),
    ("< ⟦P:Rhys⟧ says hi", "> hi ⟦P:Rhys⟧"), ("> new nail color [img]", "< love"),
]


# ---------------------------------------------------------------- Adeyemi Family group
# members: mummy, daddy, tunde, bisi (Aunty Bisi), kemi (Kemi Cuz), femi (Uncle Femi, risky),
#          chidi (unsaved number)
GROUP = r"""
# 2024-09-15 12:02
<femi| [sys created]
<femi| [sys added]
<femi| Welcome everybody. This group is for the family trip to Lagos in December for Mama's 90th
<mummy| Thank you brother
<daddy| Good idea
# 2024-09-15 12:30
<kemi| Hi everyone!! 🇳🇬💚
> hi family 🙌🏾
# 2024-09-20 18:00
<bisi| Please who is bringing the aso ebi fabric
<mummy| I will buy in Houston
# 2024-09-29 20:10
<kemi| my cake page is finally live!! please follow and share 🎂 ⟦URL:https://www.instagram.com/kemi.bakes.htx/⟧
<bisi| Congratulations my daughter
> so proud of you ⟦P:Kemi⟧!!
# 2024-10-06 09:15
<mummy| Happy Sunday family. God bless us all
<daddy| Amen
<bisi| Amen 🙏🏾
# 2024-10-13 16:00
<tunde| flights are booked for 12/20. I'll send everyone their ticket
> thank you ⟦P:Tunde⟧
# 2024-10-30 19:00
<chidi| Good evening family. This is ⟦P:Chidi⟧, Kemi's husband. Please save my number
<kemi| 😂 he's shy
# 2024-11-10 13:00
> family please can we keep the politics off this group, it's for the trip
<mummy| Thank you Sade
<bisi| Thank you
# 2024-11-24 10:10
<daddy| [img]
<daddy| Service this morning
<mummy| Amen
# 2024-11-28 14:00
<mummy| [img]
<bisi| Happy Thanksgiving!! 🦃
> happy thanksgiving everyone ❤️
# 2024-12-08 19:30
<kemi| reminder everyone: bring light clothes, it's HOT in lagos
<tunde| and cash. the naira situation 😭
"""

GROUP_POOL = [
    ("@7-9", "<mummy| Good morning family", "<daddy| Good morning"), ("<bisi| [img]", "<mummy| Beautiful"),
    ("<kemi| [img]", "> 😍😍"), ("<daddy| [voice]",), ("<tunde| 😂😂",), ("<bisi| Amen",),
    ("@8-11", "<mummy| Happy Sunday",), ("<kemi| who has the itinerary", "<tunde| I'll send it"),
    ("<bisi| [video]",), ("<daddy| God bless this family",), ("> [img]", "<mummy| My baby"),
    ("<chidi| 👍🏾",), ("<kemi| [sticker]",),
]

# 65 distinct angry political posts by Uncle Femi (risky contact)
FEMI_RANTS = [
    "These politicians in Abuja have finished this country. Fuel is now 1,000 naira per litre!!!",
    "They removed subsidy and said we will see the benefit. Where is the benefit??",
    "The youths are protesting #EndBadGovernance and police are shooting tear gas. Shame!",
    "Naira is now 1,600 to the dollar. Who did this to us",
    "This government is the worst since independence. I said it",
    "America too is finished. Both parties are the same rubbish",
    "Inflation here in Texas, groceries have doubled. And they say economy is good",
    "The media is lying to all of you. Open your eyes",
    "Every four years they promise. Every four years nothing",
    "In Nigeria the senators are buying new SUVs while people are hungry",
    "Look at this. Lawmakers approving money for themselves again. Thieves!",
    "Immigration system here is broken and nobody wants to fix it",
    "They want to take our guns, then they want to take our votes",
    "My friend waited 9 months for his work permit. This government doesn't care",
    "The electricity in Lagos, three days no light. NEPA has finished us",
    "These people have sold our oil and put the money in London",
    "Election is coming and I am telling you, it will be rigged one way or another",
    "I don't trust the polls. They are paid for",
    "Police in Nigeria, you can't even drive at night without being robbed by them",
    "Why should a senator earn more than the American president? Tell me",
    "Our leaders fly abroad for medical treatment while our hospitals are empty",
    "The debate last night was a disgrace. Nobody answered any question",
    "Both candidates are too old to run anything. Let them retire",
    "They are printing money and we are paying with inflation",
    "Student loans, healthcare, housing, everything is a scam in this country",
    "This federal government is borrowing from China and the World Bank, who will pay? Our children",
    "The APC people are criminals and the PDP people are also criminals",
    "Labour party was our hope and they scattered it",
    "Did you see what happened in the national assembly? Fighting like market women",
    "They arrested the protesters and charged them with treason. Treason for asking for food!!",
    "In this America, you work 3 jobs and still cannot pay rent. Is this democracy?",
    "The big tech companies control the election, not the people",
    "Corruption in Nigeria is not a problem, it is the system itself",
    "I have been saying it since 1999, these people will never change",
    "Why is Congress on holiday when people are suffering",
    "The governor of our state is busy building a new airport nobody needs",
    "Tax tax tax. Everything is tax. Where does the money go",
    "Border is open, nobody is checking anything",
    "They will not talk about it on CNN. Watch and see",
    "Fox news also lies. Everybody is lying to us",
    "Nigerian passport is now like toilet paper at the embassy",
    "My pension from Nigeria has not been paid for 8 months. Who do I call?",
    "The central bank governor should be in jail",
    "Every election in Nigeria: vote buying, ballot snatching, and then they tell us to go to court",
    "The Supreme Court is for sale, both here and there",
    "The minimum wage is 70,000 naira. A bag of rice is 80,000. Do the maths",
    "These politicians are using religion to divide us. Christians, Muslims, we are all suffering",
    "I am tired of this country. Both of them",
    "The people in power want us poor so they can control us",
    "Why are we sending billions abroad when Americans are sleeping on the street",
    "They banned the protests and called it security. Security for who?",
    "Wake up family. This is not the America we came to in 1994",
    "Our children have no future in Nigeria because of these old men",
    "The so called economic reforms are killing the poor",
    "I will not vote for any of them. They don't deserve it",
    "Healthcare here is a business, not a right. Shameful",
    "Lagos roads are death traps and the commissioner is on holiday in Dubai",
    "Democracy in Africa is a joke when the same people rule for 40 years",
    "They say trust the process. What process? Process of stealing?",
    "The cost of living crisis is not an accident, it is a policy",
    "Another bailout for the banks. Nothing for the people",
    "The judges, the police, the politicians, all of them are in the same boat",
    "My brother in Ibadan cannot afford to buy fuel for his generator",
    "Whoever wins this election, I promise you, nothing will change for us",
    "Let me say it again, this government must go!!!",
]
FEMI_REPLIES = [
    ("mummy", "Brother Femi please this is a family group"), ("daddy", "Femi, calm down"),
    ("bisi", "Let us pray for our country"), ("tunde", "uncle 😂 easy"), ("kemi", "uncle pls"),
]
