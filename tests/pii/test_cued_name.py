from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from footprint.pii.recognizers.cued_name import CuedNameRecognizer
from tests.pii.conftest import values

ENTITY = "PERSON"

# (text, the names found), with the spaCy model's dictionary.
POSITIVE = [
    ("Honey wants u to cut her cousin's hair", ["Honey"]),  # a pet name that is a name too
    ("Hi Eilidhna, reminder: your appointment is on Thu", ["Eilidhna"]),  # a salutation
    ("Dear Ozioma, your deposit has been protected", ["Ozioma"]),
    # a writer introducing themself with a name no list has
    ("Good morning all. This is Obinna, Ada's brother. Save my number", ["Obinna", "Ada"]),
    ("hi it's Siosaia from the church hall", ["Siosaia"]),
    # A field or phrase only a person's name fills, words as names included.
    ("Name: Guadalupe Olvera", ["Guadalupe Olvera"]),
    ("Parcel for Penny Sharp, 115 Mill Street", ["Penny Sharp"]),
    ("Lead guest: Struan Urquhart; arriving late", ["Struan Urquhart"]),
    ("Thanks for ordering! Driver: Sue", ["Sue"]),
    # A chat line pasted with its time and sender; a message signed with a dash.
    ("19.07.2023, 11:38 - Bartek: passport scan attached", ["Bartek"]),
    ("[18/03/2023, 11:18:50] Mihaela: Buyer paid", ["Mihaela"]),
    ("that's the one for direct deposit -Chase", ["Chase"]),
    # What people own, after the name.
    ("Kev's van is in the garage again", ["Kev"]),
    # Addressed or acted on: a cue before the name.
    ("cheers Declan, got it", ["Declan"]),
    ("ring Kez on 07700 900111 tonight", ["Kez"]),
    ("Thanks Wade! Got it xx", ["Wade"]),  # a popular name that is a word, capitalised
    ("ruby wants u to do bedtime", ["ruby"]),  # a strong verb, a very common name
    ("kez said she'd come", ["kez"]),  # a nickname's shape before a strong verb
    ("rich said the warehouse is hiring", ["rich"]),  # a listed name before "said"
    ("Hunter from my job said hi", ["Hunter"]),  # where they belong
    ("tell Holly the van is free", ["Holly"]),  # a word that is a given name
    ("anyone heard from Priya?", ["Priya"]),
    ("hi it's Jonno from the gym", ["Jonno"]),  # a nickname shape
    ("cc Mary-Kate on the thread", ["Mary-Kate"]),
    ("ask Okafor, she booked it", ["Okafor"]),  # a listed surname that is no word
    ("spoke to Oghenekaro Ibe this morning", ["Oghenekaro Ibe"]),  # two non-words
    # Doing or owning what people do and own: a cue after the name.
    ("Pearl said she'd lock up", ["Pearl"]),
    ("Stevo owes me a tenner", ["Stevo"]),
    ("Gazza's number is in the group", ["Gazza"]),
    ("Fitzy's number changed", ["Fitzy"]),
    ("Faith can you grab the keys", ["Faith"]),
    ("hope Jasper is feeling better", ["Jasper"]),
    ("SHAZ WHERE ARE YOU", ["SHAZ"]),
    ("Pearl 07700 900123", ["Pearl"]),  # a contact line
    ("notes\nDeclan: +44 7700 900124", ["Declan"]),
    ("Will and Hazel are coming round later", ["Will", "Hazel"]),
    ("Ivy and Rose from work said hi", ["Ivy", "Rose"]),
    ("Grace from the lab is coming to the pub", ["Grace"]),  # where she belongs
    ("doing taxes, Ana's ITIN is 912-78-4521", ["Ana"]),  # her identifier
    # Addressed at the start of a message, capitalised or not.
    ("Kenny mate you still coming?", ["Kenny"]),
    ("gordy mate it's a fitba chat", ["gordy"]),  # Gordon's short form
    ("dazza, pal, where are ye", ["dazza"]),
    ("everyone calls me Bex", ["Bex"]),  # the name someone goes by
    ("Carys are you still up? need a favour", ["Carys"]),  # asked: no list needed
    ("maddie u coming tonight or wat", ["maddie"]),
    ("jk its Dominic, save this one", ["Dominic"]),
    ("£40 paid to Wendell", ["Wendell"]),  # paid, sent, transferred to
    ("venmo'd Piotr $1,300 for the uber", ["Piotr"]),
    ("If found pls call 07700 900558 (ask for Darnell)", ["Darnell"]),
    ("Amir and i are splitting the bill", ["Amir"]),
    ("going to emeka's for the curry", ["emeka"]),  # someone's home
    ("Kayla just texted", ["Kayla"]),  # a weak verb after a listed first name
    ("Our Grace with her first rosette", ["Grace"]),  # "our": a family member
    ("my Callum's first day", ["Callum"]),  # "my": a listed name that is no word
    # Lower case, in the two constructions.
    ("me and joy are splitting it", ["joy"]),
    ("drinks w/ declan n siobhan", ["declan", "siobhan"]),
    ("cheers jonno, see u sat", ["jonno"]),  # a nickname shape after a greeting
    ("yo siobhan wyd", ["siobhan"]),
    # Chat openers before a name addressed first; apologies, repayments, a comma.
    ("lol omg kenny u coming", ["kenny"]),
    ("fwd: imani u coming to the pub", ["imani"]),
    ("Re: Wayne u coming or not", ["Wayne"]),  # labels in any case
    ("can u cover my shift? Dafydd's off sick", ["Dafydd"]),  # what only a person is
    ("sorry, Will is in hospital this week", ["Will"]),
    ("[10:15] Wayne u coming", ["Wayne"]),  # a pasted chat line's time
    ("14/05/2023, 21:07 - imani u coming", ["imani"]),
    ("sorry, wyatt!!! x", ["wyatt"]),  # WordNet lists Wyatt (Earp): a person, no word
    ("paid back harvey for the ubers", ["harvey"]),  # "paid back", not "paid" + "back"
    ("hey sorry Declan wrong chat", ["Declan"]),
    ("hey sorry Demetrius wrong chat", ["Demetrius"]),  # Webster's capitalises him
    ("ty Kezza for the lift", ["Kezza"]),
    ("lunch with siobhan + hannah", ["siobhan", "hannah"]),
    # First names only the SSA's long tail lists (and no dictionary word).
    ("Sunil said he'd lock up", ["Sunil"]),
    ("anyone heard from Tamsin?", ["Tamsin"]),
]
NEGATIVE = [
    "Hi Team, please see the rota below",  # a word greeted, not a name
    "Hi Honey, I'm home",  # a pet name greeted
    "this is Costco.",  # no more about them after it
    "This is Amazing, thanks",  # a word
    "Payment to Tesco Stores failed",  # a shop's word after the first
    "Payment to Home Bargains",  # a word no one is named first
    "The name of the game is Monopoly",
    "see you at 5 - Great",  # a word signing off is no name
    "see you at 5 -Great",
    "ok NHS app says my number is in the email",  # short lower-case words are no names
    "will said no",  # a function word
    "Bill is due on friday",  # no cue
    "Grace period ends soon",
    "Mark my words",
    "Hope and Glory are playing tonight",  # a pair doing no person's thing
    "Summer and Winter are my favourite",
    "with honey and lemon",  # lower-case words, not names
    "me and the kids are off",
    "Honey can you grab milk",  # an endearment
    "Baby can you call me",
    "ring Tesco on 0345 000 0000",  # a brand: no name, no nickname shape
    "thanks Amazon for nothing",
    "Apple said profits were up",
    "it's Friday at last",
    "it's June already",  # a month
    "tell Paris hello",  # a place
    "Winter is coming",
    "Room 101 2345 6789",  # no name before the number
    "Visa 4929 1234 5678 9012",  # a card's digits, not a phone's
    "spoke to British Gas today",  # words
    "ring Deliveroo Support",
    "cheers mate",  # lower case after a cue: endearments and words are no names
    "thanks heaps",
    "thanks lol",
    "yo bro",
    "Christmas from the office, finally",  # no name
    "Ace mate, cheers",  # a word, said as an exclamation
    "Jesus mate that's grim",
    "soz mate running late",  # chat slang in a nickname's shape
    "jammy mate",
    "Rich mate",  # a word first: left to NER
    "call me maybe",
    "Brexit just happened",  # a weak verb after a word no list has
    "my Bill is due",  # after "my", a word
    "my Nan is 90",  # a kin word
    "our Rose Garden",  # a capitalised run
    "Rose got the job",  # ... or after a word
    "paid Tesco £40",
    "at Tesco's",
    "Netflix are you kidding",  # a dictionary word asked
    "call me Monday",
    "Mother Nature said no",  # a name in the SSA's tail, but a word
    "Desire said it all",
    "sorry morgan",  # Webster's writes morgan in lower case (a horse): a word
    "paid back taxes",
    "The Manager is off sick",  # a word, not a name
    "Apple is running late",
    "can't believe it's Friday already",  # a day: capitalised in Webster's, still no name
    "it's Christmas!",
]


@pytest.fixture(scope="module")
def recognizer(ner_detector: Detector) -> CuedNameRecognizer:
    found = CuedNameRecognizer()
    found.warm()
    found.use_dictionary(ner_detector.dictionary)
    return found


def _names(recognizer: CuedNameRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text)]


@pytest.mark.parametrize(("text", "names"), POSITIVE)
def test_finds(recognizer: CuedNameRecognizer, text: str, names: list[str]) -> None:
    assert _names(recognizer, text) == names


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(recognizer: CuedNameRecognizer, text: str) -> None:
    assert _names(recognizer, text) == []


def test_without_a_dictionary_no_unlisted_nickname() -> None:
    """Patterns-only mode cannot tell a nickname from a word."""
    bare = CuedNameRecognizer()
    assert _names(bare, "Stevo owes me a tenner") == []
    assert _names(bare, "cheers Declan, got it") == ["Declan"]
    assert _names(bare, "Sunil said he'd lock up") == []  # the SSA tail needs the dictionary


def test_in_the_detector(ner_detector: Detector) -> None:
    assert values(ner_detector, "Robbie owes me £20", ENTITY) == ["Robbie"]
    assert values(ner_detector, "Grace period ends soon", ENTITY) == []
