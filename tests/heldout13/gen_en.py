"""English chat line pools shared by the UK and US personas (dialect-specific slots)."""

from __future__ import annotations

import random

from gen_common import fill, typo_en

COMMON = {
    "react": [
        "haha",
        "hahaha",
        "lol",
        "lmao",
        "😂😂",
        "omg",
        "nooo",
        "fair enough",
        "yeah defo",
        "same tbh",
        "ikr",
        "oh god",
        "amazing",
        "😭",
        "wait what",
        "classic",
        "love that",
        "ha",
        "brilliant",
        "nice one",
        "yesss",
        "ugh",
        "oof",
        "no way",
    ],
    "greet": ["hey", "heyy", "morning", "hi", "yo", "hiya", "evening", "heyyy", "hello you"],
    "eta": [
        "10 mins",
        "5 mins",
        "running late sorry",
        "be there in 5",
        "just parking",
        "on the bus",
        "nearly there",
        "20 mins ish",
    ],
    "tired": [
        "knackered",
        "so tired",
        "shattered",
        "dead on my feet",
        "exhausted",
        "half asleep",
        "running on fumes",
    ],
    "day": [
        "tomorrow",
        "saturday",
        "sunday",
        "friday",
        "next week",
        "tonight",
        "monday",
        "the weekend",
    ],
    "feel": [
        "ok",
        "alright",
        "not bad",
        "meh",
        "good actually",
        "grand",
        "fine ish",
        "a bit rubbish",
    ],
    "emo": [
        "",
        "",
        "",
        "",
        " 😂",
        " 🙃",
        " x",
        " xx",
        " 🙈",
        " ❤️",
        " 👍",
        " 😅",
        " 🤞",
        " 😬",
        "!",
        "!!",
        " lol",
        " haha",
    ],
    "pre": ["", "", "", "", "ok ", "oh ", "also ", "btw ", "tbh ", "honestly ", "right ", "so "],
}
UK = {
    "food": [
        "a takeaway",
        "pizza",
        "a curry",
        "fish and chips",
        "pasta",
        "a roast",
        "cheese toasties",
        "nandos",
        "chinese",
        "soup",
        "beans on toast",
        "a kebab",
    ],
    "place": [
        "tesco",
        "the big sainsburys",
        "town",
        "the gym",
        "the dentist",
        "the market",
        "castle mall",
        "work",
        "the pub",
        "the post office",
        "boots",
        "the station",
    ],
    "thing": [
        "parcel",
        "keys",
        "charger",
        "brolly",
        "jumper",
        "receipt",
        "bank card",
        "headphones",
        "lunch",
        "wooly hat",
    ],
    "weather": [
        "freezing",
        "chucking it down",
        "so grey",
        "blowing a gale",
        "icy out",
        "actually sunny for once",
        "foggy",
    ],
    "show": [
        "traitors",
        "bake off",
        "the new slow horses",
        "gogglebox",
        "strictly",
        "that crime doc",
        "only connect",
    ],
}
US = {
    "food": [
        "tacos",
        "pizza",
        "thai",
        "burgers",
        "pho",
        "sushi",
        "a burrito",
        "ramen",
        "mac and cheese",
        "wings",
        "a poke bowl",
        "bagels",
    ],
    "place": [
        "fred meyer",
        "new seasons",
        "trader joes",
        "the gym",
        "target",
        "costco",
        "work",
        "the dentist",
        "the post office",
        "powells",
        "the dmv",
        "the bar",
    ],
    "thing": [
        "package",
        "keys",
        "charger",
        "umbrella",
        "hoodie",
        "receipt",
        "debit card",
        "airpods",
        "lunch",
        "beanie",
    ],
    "weather": [
        "so rainy",
        "pouring",
        "gross out",
        "freezing",
        "icy af",
        "actually sunny",
        "foggy",
        "windy as hell",
    ],
    "show": [
        "severance",
        "the bear",
        "white lotus",
        "love is blind",
        "that true crime doc",
        "survivor",
        "the last of us",
    ],
}
GENERIC = [
    "{pre}just seen {show} trailer{emo}",
    "{pre}{food} or {food}?",
    "ok so {place} was out of everything{emo}",
    "where are you",
    "{pre}forgot my {thing} AGAIN",
    "send me a pic of the {thing}",
    "{pre}is {place} open {day}?",
    "i owe you one{emo}",
    "did you sleep ok",
    "{pre}my back is killing me from {place}",
    "weather app says {weather} {day}{emo}",
    "what are you up to",
    "can we do {food} {day} instead",
    "{react} i can't",
    "{greet}! long day?",
    "{pre}stuck at {place}, {eta}",
    "you're the best{emo}",
    "remind me {day} about the {thing}",
    "{pre}thinking {food} for dinner",
    "have you eaten",
    "{pre}watching {show} with tea{emo}",
    "{react}{emo}",
    "{greet}{emo}",
    "{greet} how are you",
    "{pre}{tired}{emo}",
    "{pre}its {weather} out{emo}",
    "{food} tonight?",
    "omw, {eta}",
    "{eta}{emo}",
    "did you get the {thing}?",
    "left my {thing} at {place}{emo}",
    "at {place}, want anything?",
    "just got back from {place}",
    "{pre}going to {place} {day}",
    "you free {day}?",
    "{react} {react}",
    "how was {place}",
    "feeling {feel} today",
    "{pre}cant be bothered to cook, {food}?",
    "have you watched {show} yet",
    "{pre}started {show} last night{emo}",
    "{react} that's so true",
    "yeah",
    "yep",
    "nah",
    "no worries",
    "ok",
    "k",
    "sounds good",
    "sure",
    "omg yes",
    "not sure tbh",
    "depends what time",
    "text me when you're there",
    "call you in a bit",
    "sorry was in the shower",
    "phone was on silent{emo}",
    "👍",
    "❤️",
    "😂",
    "🙄",
    "{pre}i'm {tired}, early night for me",
    "can you grab {food} on the way",
    "{pre}{place} was rammed",
    "what time {day}?",
    "{react} ok see you then",
    "been a long day{emo}",
    "thank youuu{emo}",
    "np",
    "brb",
    "love you x",
    "did you see the news about {place} lol",
    "{pre}i think the {thing} is in the car",
    "ha sorry just saw this",
]
KIN = [
    "are you eating properly",
    "ring me when you can love",
    "your dad says hi",
    "hows work",
    "wrap up warm it's {weather}",
    "dont forget to {chore}",
    "did you get home ok",
    "saw your auntie at {place}",
    "i made too much {food} again",
    "night love x",
]
KIN_SLOTS = {
    "chore": [
        "take the bins out",
        "ring your gran",
        "send that card",
        "book the car in",
        "get your flu jab",
    ]
}
PARTNER = [
    "miss you",
    "wanna get {food}?",
    "what time you finishing",
    "i'll pick you up",
    "leaving now",
    "get milk pls",
    "did you feed the cat",
    "movie tonight?",
    "fancy a walk {day}",
    "in bed already lol",
    "can't wait to see you x",
    "sorry, meeting ran over",
]
WORK = [
    "can you look at that ticket",
    "meeting moved to 2",
    "is the printer broken again",
    "coffee?",
    "who's covering {day}",
    "sent you the spreadsheet",
    "boss in a mood{emo}",
    "wfh {day}?",
    "logged off, see you tomorrow",
    "that call went fine",
    "did you sign off the claims",
    "teams is down again",
    "can you cover for me at 3",
    "standup in 5",
]
GROUP = [
    "who's in {day}",
    "what time we meeting",
    "first round's on me",
    "anyone seen my {thing}",
    "we got robbed on the music round",
    "team name ideas??",
    "👀",
    "{react}",
    "can't make it {day} sorry",
    "same table as last time?",
]


def make_line(dialect: str, rng: random.Random, pool: str, media_p: float = 0.1) -> tuple[str, str]:
    slots = dict(COMMON)
    slots.update(UK if dialect == "uk" else US)
    slots.update(KIN_SLOTS)
    r = rng.random()
    if r < media_p * 0.6:
        return "image", ""
    if r < media_p * 0.8:
        return "video", ""
    if r < media_p:
        return "sticker", ""
    extra = {"kin": KIN, "partner": PARTNER, "work": WORK, "group": GROUP}.get(pool, [])
    t = rng.choice(extra) if extra and rng.random() < 0.45 else rng.choice(GENERIC)
    text = fill(t, slots, rng)
    if "{" not in t and rng.random() < 0.45:
        text = (
            rng.choice(
                [
                    "ok ",
                    "oh ",
                    "also ",
                    "btw ",
                    "tbh ",
                    "lol ",
                    "haha ",
                    "ahh ",
                    "hmm ",
                    "wait ",
                    "yeah ",
                    "omg ",
                    "right ",
                ]
            )
            + text
        )
    if not t.endswith("}") and rng.random() < 0.4:
        text += rng.choice(
            [
                " x",
                " 😂",
                " 🙃",
                " lol",
                "!!",
                "?",
                " haha",
                " ❤️",
                " 😅",
                "...",
                " 🙈",
                " tho",
                " rn",
                " ngl",
                " 👀",
            ]
        )
    if rng.random() < 0.08:
        text = typo_en(text, rng)
    if rng.random() < 0.05:
        text = text.capitalize()
    return "text", text


def rants(rng: random.Random, dialect: str, n: int) -> list[str]:
    if dialect == "uk":
        a = [
            "this government",
            "westminster",
            "the tories",
            "labour",
            "starmer",
            "the home office",
            "the bbc",
            "the civil service",
            "brussels",
            "the council",
            "these net zero zealots",
            "the so called opposition",
        ]
    else:
        a = [
            "congress",
            "the democrats",
            "the republicans",
            "washington",
            "the feds",
            "the mainstream media",
            "the supreme court",
            "these politicians",
            "the governor",
            "city hall",
            "the irs",
            "the establishment",
        ]
    b = [
        "are a total disgrace",
        "have sold us out AGAIN",
        "are lying to your face",
        "couldn't run a bath",
        "want us broke and quiet",
        "should all be sacked",
        "are laughing at us",
        "are a bunch of crooks",
        "have wrecked this country",
        "don't give a damn about people like us",
    ]
    c = [
        "!!!",
        ". unbelievable.",
        " and nobody does anything!!",
        ". wake up people",
        ". i'm livid",
        ". absolute joke!!",
        " mark my words",
        ". sick of it",
        "!!! vote the lot out",
        ". makes my blood boil",
    ]
    out: list[str] = []
    while len(out) < n:
        t = rng.choice(a) + " " + rng.choice(b) + rng.choice(c)
        if rng.random() < 0.3:
            t = t.upper()
        if t not in out:
            out.append(t)
    return out
