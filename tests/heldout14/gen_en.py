"""English chat text pools (Portland persona)."""

from __future__ import annotations

import random

import gen_common as C

EMO = ["😂", "🙃", "😭", "❤️", "👍", "🙏", "😅", "🥲", "☕", "🔥", "💀", "👀", "😴", "🤷‍♀️", "lol", "lmao", "haha"]
FOOD = ["tacos", "pho", "pizza", "ramen", "burritos", "curry", "thai", "dumplings", "bagels", "pupusas", "tamales"]
PLACE = ["fred meyer", "new seasons", "trader joe's", "costco", "target", "powell's", "the farmers market", "division"]
WHEN = ["tonight", "tomorrow", "saturday", "sunday", "this weekend", "after work", "later", "friday", "next week"]

GENERIC = [
    "ok", "okay cool", "kk", "lol", "omg", "wait what", "yes!!", "nope", "same", "ugh", "for real?", "on my way",
    "running 10 min late sorry", "just got home", "can't talk rn, call u later", "did you see this", "hahaha",
    "that's wild", "no way", "sounds good", "sure", "maybe {w}?", "want {f} {w}", "i'm starving", "so tired today",
    "it's pouring again", "this weather man", "brb", "good morning", "night!", "love that", "i'm down",
    "you're the best", "thank youuu", "np", "idk tbh", "call me when ur free", "going to {p}, need anything?",
    "omw", "lmk", "sorry just saw this", "ha ok", "that's so funny", "send pics", "ugh mondays", "yep",
    "wanna grab {f} {w}", "i'll be at {p} around 6", "can you believe it", "dead 💀",
]

TOPIC = {
    "partner": [
        "what do you want for dinner", "i'll grab {f} on the way home", "did you feed the cat", "love you",
        "miss u", "can you pick up oat milk", "landlord texted about the heater again", "movie {w}?",
        "i'm so tired of this commute", "you left the stove light on lol", "home in 20", "i'm at {p}",
        "did you pay the internet bill", "wanna go to the coast {w}", "the cat threw up on the rug again",
        "pick me up from work? raining", "made {f}, there's leftovers", "text me when you land",
        "your mom called me lol", "can't believe we're going to the blazers game", "the sink is leaking again",
    ],
    "friend": [
        "girl i have SO much to tell you", "coffee {w}?", "brunch {w}??", "he did WHAT", "i'm screaming",
        "ok but that's a red flag", "you need to see this tiktok", "thrift shopping {w}?", "ur hair looks so good",
        "trivia night {w} at the pub?", "we're getting old lol", "send me the recipe", "i miss college",
        "how was the date", "i need a vacation", "happy hour {w}?", "ok pilates was a mistake 😭",
        "did you finish the show", "work is killing me", "that's so rude of her",
    ],
    "mother": [
        "hi mija", "how are you sweetheart", "call me when you can", "did you eat", "i made tamales, come get some",
        "hi mom", "love you mom", "how's your knee", "are you coming sunday", "don't forget abuela's birthday",
        "your brother never calls me", "drive safe", "i'm praying for you", "send me pictures", "ok mija",
        "the doctor said physical therapy 3x a week", "bring a jacket it's cold", "ok love you",
    ],
    "brother": [
        "yo", "sup", "lmao", "bro", "you coming to mom's sunday", "can i borrow the drill", "valorant {w}? jk u suck",
        "i got a new gpu", "dude", "did mom call you too", "ok", "bet", "send me the netflix password",
        "steam sale is insane rn", "nah", "ducks game saturday?", "haha", "im broke till friday",
    ],
    "colleague": [
        "can you cover saturday's roast?", "the probat is acting up again", "green coffee delivery at 9",
        "the new guy called out sick again", "inventory count after lunch", "we're short on 12oz bags", "thanks!",
        "order from the cafe on burnside came in", "can you do the cupping at 2", "ok sounds good",
        "ugh the forklift", "heading out, see you tmrw", "good call", "did the invoice go out", "👍",
    ],
    "group": [
        "happy birthday!! 🎂", "who's bringing what for thanksgiving", "i'll bring the flan", "love you all",
        "pics from sunday", "so cute!!", "abuela says hi", "mass at 10 then brunch?", "drive safe everyone",
        "did anyone see the game", "go ducks", "lol", "❤️❤️", "praying for tía's surgery", "thank you all",
    ],
}

RANT_PARTS = [
    ["Unbelievable.", "Wake up people!", "Here we go again,", "I'm sick of it.", "Mark my words,", "Nobody wants to hear it but",
     "Read this and tell me I'm wrong:", "Typical.", "Of course", "Are you kidding me?"],
    ["these clowns in Salem", "Congress", "the so-called journalists", "the bureaucrats in DC", "the governor",
     "both parties", "the tax-and-spend crowd at city hall", "the career politicians", "the coastal elites",
     "the mainstream media", "the Fed", "the county commissioners"],
    ["are bleeding us dry", "lie every single day", "couldn't run a lemonade stand", "are destroying this country",
     "think we're stupid", "should all be voted out", "are laughing at working people", "keep raising my property taxes",
     "don't care about anyone but themselves", "rigged the whole thing"],
    ["!!!", ". WAKE UP.", " 🤬", ". Share this before they delete it.", "!! Disgusting.", ". Enough is enough.", ".", "!"],
]


def en_say(rng: random.Random, topic: str) -> str:
    pool = TOPIC[topic] if rng.random() < 0.55 else GENERIC
    s = rng.choice(pool).format(w=rng.choice(WHEN), f=rng.choice(FOOD), p=rng.choice(PLACE))
    if rng.random() < 0.35:
        s2 = rng.choice(TOPIC[topic] + GENERIC).format(w=rng.choice(WHEN), f=rng.choice(FOOD), p=rng.choice(PLACE))
        s = s + rng.choice([" ", ", ", ". ", " - ", "\n"]) + s2
    s = C.en_mess(rng, s)
    if rng.random() < 0.2:
        s += " " + rng.choice(EMO)
    return s
