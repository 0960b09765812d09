"""A first name or nickname said alone, found by what the sentence does with it: addressed
(``cheers Kenny,``, ``hi it's Fitzy from``, ``gordy mate`` opening a message), acted on
(``ring Bex on``, ``tell Ivy the``, ``cc Shaz (``), doing what people do (``Rose said he'd``,
``Robbo owes me``, ``Grace can you``), owning what people own (``Tommo's number``, ``Ana's
ITIN``), belonging somewhere (``Grace from the lab``), on a contact line before a phone
number (``Tom 07700 900123``), or paired with the writer (``me and pat are``).

Alone, such words are weak: many first names are words (Will, Hope, Grace, Rose) and
nicknames are in no list (Robbo, Gazza, Haz). The cue is the evidence, so a word counts
when the cue is about a person and the word can be a name:

- a first name listed by the nicknames dataset or any of Faker's Latin-script locales
  (its US list too, which has Sky and Benji); a word counts too, capitalised, though
  before the name only when an English list has it (``tell Ivy``, not ``ring Sky``);
- a nickname shape that is no dictionary word: a doubled consonant and ``o``/``a``
  (Robbo, Gazza, Macca), a short stem and ``z``/``x``/``cs`` (Haz, Bex, Becs) and, after
  a cue that follows the name only, a stem and ``y``/``ie`` (Fitzy);
- a listed first name and an ending, no dictionary word: Stevo, Deano, Jacko;
- after a cue before it, a listed surname that is no word (``ask Adeyemi,``), or two
  capitalised words that are no words (``spoke to Ananya Chakraborty``).

Never a stop word, a month or day, a place or an endearment (``Honey can you``). Lower
case only in ``me and pat are`` and ``w/ kenny n callum`` (a listed first name; no word
in the latter: ``with honey and lemon``) and after a cue before it (``cheers gazza``,
``yo dazza``: a listed first name or nickname shape that is no word). ``Bill is due``, ``Grace
period`` and ``Mark my words`` carry no cue.
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from footprint.pii.given_names import (
    NICKNAME_SHAPE,
    NICKNAME_Y_SHAPE,
    all_given_names,
    english_given_names,
    fold,
    from_given_name,
    holiday_names,
    place_names,
    popular_given_names,
    ssa_given_names,
    very_popular_given_name,
    world_surnames,
)
from footprint.pii.lexicon import CALENDAR_WORDS, COMMON_WORDS, ENDEARMENTS, lowercase_words
from footprint.pii.ner import TITLES, after_article, common_word, is_word_form
from footprint.pii.recognizers.bare_given_name import MATCH_RESULT
from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer
from footprint.pii.recognizers.given_name import FORM_LABELS, ROLE_WORDS

_NAME = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{3,}"
_LOWER = r"\p{Ll}{3,}(?:-\p{Ll}{2,})?"
_CAPITALISED = r"\p{Lu}\p{Ll}+"
_NOT_A_RUN = r"(?=[,.!?:;)(]|'s|’s|\s\P{Lu}|$)"  # not "our Rose Garden"
_EDGE_BEFORE = r"(?<![\p{L}0-9'’@_./#\-])"
_EDGE_AFTER = r"(?![\p{L}0-9@_\-])"
# A salutation opening a message or a letter, the name then closed by a comma or a mark.
_SALUTATION = regex.compile(r"(?i)(?:^|[\n.!?]\s*)(?:hi|hey|hiya|hello|dear|morning|evening)\s+$")
_SALUTATION_AFTER = regex.compile(r"\s*[,!]")
# What someone spoken about does (not "can you", said to the one addressed).
_THIRD_PERSON = regex.compile(
    r"\s+(?:said|says|wants|wanted|needs|asked|told|texted|rang|called|messaged|reckons|owes)"
    r"(?![\p{L}])"
)
# What people do and have, right after their name.
_VERBS = (
    r"said|says|reckons|owes|texted|rang|called|messaged|wants|needs|asked|told|is feeling|"
    r"was feeling|can you|could you|can u|will be late|is in room|got engaged|"
    r"where are you|are you ok|you there|did the"
)
_OWNED = (
    r"number|phone|mobile|cell|site|website|blog|email|address|house|flat|place|birthday|"
    r"mum|mom|dad|wife|husband|boyfriend|girlfriend|partner|kids?|son|daughter|"
    r"itin|ssn|social|passport|licen[cs]e|ni number|nhs number|sort code|account|card|"
    r"details|dob|date of birth|car|wedding|funeral|graduation|surgery|appointment|"
    r"van|truck|bike|mam|nan|gran|sister|brother|cousin|bf|gf|hubby|missus|fiance|fiancée|"
    r"baby|bday|party|new number|old number|new address"
)
# Where people belong, after "X from": "Grace from the lab", "Dev from work".
_GROUPS = (
    r"work|uni|school|college|the lab|the office|church|the gym|gym|class|the team|choir|"
    r"the club|footy|football|rugby|netball|next door|upstairs|downstairs|across the road|"
    r"accounts|hr|nursery|playgroup|the pub|the allotment|book club|my job|my work|the job|"
    r"the warehouse|the shop|the store|the site|the depot|the station|my class|my course"
)
# What a chat calls someone right after their name at the start of a message, or asks
# them ("Carys are you still up?", "maddie u coming", "jaylen pls answer").
_VOCATIVES = r"mate|pal|bro|lad|hun|babe|m8|my man|my guy|pls|please|thank u|thank you|thanks"
# A question put to the person named first: strong enough for a name no list has.
_ASKED = (
    r"u|you|ur|your|you're|are you|r u|can you|can u|did you|did u|have you|where are you|"
    r"where r u"
)
# What people do, after a name that is no word (weaker than _VERBS: "Ailsa got a ticket",
# "Maddie drives"; not "Rose got").
_WEAK_VERBS = (
    r"got|gets|just|fancies|drives|brings|fell|loves|hates|thinks|knows|sent|paid|bought|"
    r"lost|won|broke|left|moved|is coming|is driving|is bringing"
)
# What two people do, after "X and Y" (not "Hope and Glory are playing").
_PAIR_DOES = (
    r"(?:are|were) (?:coming|going|here|back|off|over|round|engaged|married|moving)|"
    r"got engaged|got married|from work|from uni|from school|came|went|said"
)
# Words before a name that address or act on a person.
_BEFORE = (
    r"cheers|thanks|thank you|thx|ta|hiya|hi|hey|bye|night|morning|congrats|love you|"
    r"miss you|tell|ring|call|text|ask|message|msg|pay|ping|cc|invite|remind|"
    r"heard from|hear from|it's|it’s|its|lunch with|lunch w/|dinner with|drinks with|"
    r"call me|calls me|goes by|known as|ask for|miss u|love u|happy birthday|happy bday|"
    r"happy anniversary|paid|paid to|transfer to|transferred to|sent to|venmo'd|venmoed|"
    r"zelle'd|zelled|sorry|dear|paid back|split with|split w|signed for by|not you|"
    r"it's me|its me|i'm|im|this is|ty"
)
# Longest first, so "paid back" is tried before "paid" (whose next word, "back", is no name).
_BEFORE = "|".join(sorted(_BEFORE.split("|"), key=len, reverse=True))
# Greetings chat writes before a name in lower case too.
_GREETINGS = r"yo|oi|happy bday|happy birthday|gm|gn|love u|miss u|morning|evening"
# Met or thanked: before a full name.
_MET = r"spoke to|speak to|talk to|talked to|met|meet|thanks to|shout ?out to|shout-out to"
# Fields and phrases only a person's name fills: given_name's form labels, and what
# bookings, deliveries and payments write ("Lead guest: Struan Urquhart", "Parcel for
# Penny Sharp").
_BOOKING_LABELS = (
    "first name|last name|surname|legal name|patient name|guest name|customer name|"
    "cardholder name|card holder name|name on the account|name on account|name on the card|"
    "lead guest|main guest|guest|driver|patient|passenger|tenant|landlord|landlady|employee|"
    "attn|attention|contact|emergency contact|next of kin|sender|signed by|collected by|"
    "invite list|guest list|parcel for|package for|taxi for|delivery for|booking for|"
    "reservation for|pickup for|payment to|payment from|transfer from|refund to|paid by|"
    "booked by|prescribed to|registered to|addressed to"
)
_LABELS = "|".join(
    sorted(
        {*FORM_LABELS.split("|"), *_BOOKING_LABELS.split("|")},
        key=lambda label: (-len(label), label),
    )
)
# Months and days that are also names (April, May, June).
_DOUBLED = regex.compile(r"\p{Ll}{1,4}([b-df-hj-np-tv-z])\1(?:o|a)")  # gazza, robbo
# What chat puts before the first real word of a message: "lol mei can you", "fwd: imani
# u coming", "^ destiny!!!". A name addressed after them is still addressed first.
_OPENERS = (
    r"(?:(?:\[[0-9:/,. apmAPM]+\]"  # [10:15], [12/03/2024, 09:14:22]
    r"|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4},? [0-9]{1,2}:[0-9]{2}(?: ?[apAP][mM])? [-–]"
    r"|(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]* [0-9]{1,2}:[0-9]{2} [-–]"
    r"|(?i:lol|lmao|omg|ok|okay|ugh|oh|ah|so|sorry|update:|fwd:|re:|dm:|comment:|reply:|note:)"
    r"|\^|\+1)[,!:]* +)*"
)
CUED_SCORE = 0.75
# A lower-case listed name before a verb: shorter ones are slang or software (app, bot).
_MIN_LOWER_LISTED = 4
# Cues: after the name (strong), before it, and the two lower-case constructions.
AFTER, BEFORE, LOWER, LOWER_PAIR = "after", "before", "lower", "lower_pair"
LOWER_BEFORE = "lower_before"  # a lower-case name after a cue: a name that is no word
LOWER_AFTER = "lower_after"  # a lower-case name before a strong verb: a very common name, or
# an English list's name or a nickname shape that is no word
FULL = "full"  # two capitalised words after a cue, both no word: a full name
CONTACT = "contact"  # an AFTER cue: a phone number, not a card's (Visa 4929 ...)
VOCATIVE = "vocative"  # no dictionary word; then as AFTER, in lower case too
HOUSE = "house"  # someone's home (at Gethin's): as BEFORE, or LOWER_BEFORE in lower case
ASKED = "asked"  # as VOCATIVE; a capitalised non-word no list has passes too
WEAK = "weak"  # a listed first name, never a word (not "Red Sox lost")
STATE = "state"  # what only a person is (off sick): a listed name or a capitalised non-word
INTRODUCED = "introduced"  # "This is Chidi, …": a writer's own name; as ASKED
LABELLED = "labelled"  # one to three capitalised words in a field only a name fills
SENDER = "sender"  # a chat line pasted as text: "[18/03/2023, 11:18] Mihaela: ..."
SIGNOFF = "signoff"  # a message signed with a dash: "... not the savings -Chase"
# What only a person is, right after the name ("Dafydd's off sick", "Will is in hospital").
_STATES = (
    r"off sick|off work|in hospital|on holiday|on leave|on annual leave|on maternity leave|"
    r"on paternity leave|poorly|unwell|not well|feeling rough|pregnant|running late"
)
_NUMBER = regex.compile(r"[+0-9() \-.]+")
# What a labelled field holds when it holds no name: "Name: Unknown", "Driver: Assigned".
_NOT_FILLED = frozenset(
    {"unknown", "none", "assigned", "pending", "tbc", "tba", "n/a", "anonymous", "required",
     "optional", "same", "see", "please", "not", "your", "yes", "no"}
)  # fmt: skip
PHONE_DIGITS = range(9, 14)


class CuedNameRecognizer(FootprintPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            AFTER,
            rf"{_EDGE_BEFORE}(?P<name>{_NAME}),? (?i:{_VERBS}){_EDGE_AFTER}",
            CUED_SCORE,
        ),
        Pattern(
            LOWER_AFTER,  # ruby wants u to do bedtime, kez said
            rf"{_EDGE_BEFORE}(?P<name>{_LOWER}),? (?:{_VERBS}){_EDGE_AFTER}",
            CUED_SCORE,
        ),
        Pattern(
            AFTER,
            rf"{_EDGE_BEFORE}(?P<name>{_NAME})(?:'s|’s) (?i:{_OWNED}){_EDGE_AFTER}",
            CUED_SCORE,
        ),
        Pattern(
            AFTER,
            rf"{_EDGE_BEFORE}(?P<name>{_NAME}) (?:and|&) (?P<name>{_NAME}) (?i:{_PAIR_DOES})"
            r"(?![\p{L}])",
            CUED_SCORE,
        ),
        Pattern(
            AFTER,  # Grace from the lab is coming, Dev from work said
            rf"{_EDGE_BEFORE}(?P<name>{_NAME}) from (?i:{_GROUPS}){_EDGE_AFTER}",
            CUED_SCORE,
        ),
        Pattern(
            ASKED,  # "Carys are you still up?", "maddie u coming"
            rf"(?m:^){_OPENERS}(?P<name>{_NAME}|{_LOWER}),? (?:{_ASKED})(?![\p{{L}}])",
            CUED_SCORE,
        ),
        Pattern(
            INTRODUCED,  # "This is Chidi, Kemi's husband", "hi it's Thao from the daycare"
            rf"(?i:(?<![\p{{L}}])(?:this is|it's|it’s|its|i'm|i’m|my name is|name's)) "
            # then more about them: a comma, "from", "here", "again" (not "this is Costco.")
            rf"(?P<name>{_NAME})(?=, | from | here\b| again\b)",
            CUED_SCORE,
        ),
        Pattern(
            STATE,  # Dafydd's off sick, Will is in hospital
            rf"{_EDGE_BEFORE}(?P<name>{_NAME})(?:'s|’s| is| was) (?i:{_STATES})(?![\p{{L}}])",
            CUED_SCORE,
        ),
        Pattern(
            WEAK,  # Ailsa got a ticket: a weak verb, a listed name that is no word
            rf"{_EDGE_BEFORE}(?P<name>{_NAME}) (?:{_WEAK_VERBS})(?![\p{{L}}])",
            CUED_SCORE,
        ),
        Pattern(
            AFTER,  # Amir and i are splitting it
            rf"{_EDGE_BEFORE}(?P<name>{_NAME}) (?:and|&|n|\+) (?:i|I|me)(?![\p{{L}}])",
            CUED_SCORE,
        ),
        Pattern(
            BEFORE,  # "Our Grace with her first rosette": "our" before a family member
            rf"{_EDGE_BEFORE}(?i:our) (?P<name>{_CAPITALISED}){_NOT_A_RUN}",
            CUED_SCORE,
        ),
        Pattern(
            WEAK,  # "my Callum's first day": after "my", a listed name that is no word
            rf"{_EDGE_BEFORE}(?i:my) (?P<name>{_CAPITALISED}){_NOT_A_RUN}",
            CUED_SCORE,
        ),
        Pattern(
            HOUSE,  # dinner at Gethin and Kayleigh's, going to emeka's
            rf"{_EDGE_BEFORE}(?i:at|to|round|from) (?P<name>{_NAME}|{_LOWER})"
            rf"(?: (?:and|&|n) (?P<name>{_NAME}|{_LOWER}))?(?:'s|’s)(?![\p{{L}}])",
            CUED_SCORE,
        ),
        Pattern(
            VOCATIVE,  # gordy mate, Kenny pal: a name addressed at the start of a message
            rf"(?m:^){_OPENERS}(?P<name>{_NAME}|{_LOWER}),? (?:{_VOCATIVES})(?![\p{{L}}])",
            CUED_SCORE,
        ),
        Pattern(
            SENDER,  # a chat line pasted as text, its time and sender first
            r"(?m:^)(?:\[[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4},? [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
            r"(?: ?[apAP]\.?[mM]\.?)?\] ?|[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4},? "
            r"[0-9]{1,2}:[0-9]{2}(?: ?[apAP]\.?[mM]\.?)? [-–] )"
            r"(?P<name>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)*)"
            r"(?: (?P<name>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)*)){0,2}:",
            CUED_SCORE,
        ),
        Pattern(
            SIGNOFF,  # "... is the one for direct deposit -Chase", "... she's ours -Zofia"
            r"(?:(?<=\s)|(?<=[.!?]))[-–—~](?P<name>\p{Lu}\p{Ll}[\p{Ll}'’]*)[ .!x]*$",
            CUED_SCORE,
        ),
        Pattern(
            CONTACT,  # a contact line: "Tom 07700 900123", "Kez: +44 7700 900123"
            rf"(?m:^)(?P<name>{_NAME}):? (?=\+?[0-9(][0-9 ()\-.]{{8,}}[0-9](?![0-9A-Za-z]))",
            CUED_SCORE,
        ),
        Pattern(
            BEFORE,
            rf"{_EDGE_BEFORE}(?i:{_BEFORE}),? (?P<name>{_NAME})(?=[,.!?:;)(]|\s|$)",
            CUED_SCORE,
        ),
        Pattern(
            LOWER_BEFORE,  # cheers gazza, yo dazza, happy bday benny
            rf"{_EDGE_BEFORE}(?i:{_BEFORE}|{_GREETINGS}),? (?P<name>{_LOWER})"
            r"(?=[,.!?:;)(]|\s|$)",
            CUED_SCORE,
        ),
        Pattern(
            FULL,  # spoke to Ananya Chakraborty
            rf"{_EDGE_BEFORE}(?i:{_BEFORE}|{_MET}) (?P<name>\p{{Lu}}\p{{Ll}}{{2,}}) "
            rf"(?P<name>\p{{Lu}}\p{{Ll}}{{2,}}(?:-\p{{Lu}}\p{{Ll}}+)?)(?=[,.!?:;)(]|\s\P{{Lu}}|$)",
            CUED_SCORE,
        ),
        Pattern(
            LABELLED,  # Name: Guadalupe Olvera, Parcel for Penny Sharp, Driver: Sue
            rf"{_EDGE_BEFORE}(?i:{_LABELS})(?: ?[:：=\-–—|] ?| )"
            r"(?P<name>\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}?\p{Ll}+)*)"
            r"(?: (?P<name>\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}?\p{Ll}+)*)){0,2}"
            r"(?=[,.;:!?)(|\n]|\s[^\p{Lu}]|\s*$)",
            CUED_SCORE,
        ),
        Pattern(
            LOWER,
            rf"{_EDGE_BEFORE}(?i:me and|me n|me &) (?P<name>{_LOWER}) "
            r"(?:are|r|were|'re|’re|have|went|got)(?![\p{L}])",
            CUED_SCORE,
        ),
        Pattern(
            LOWER_PAIR,
            rf"{_EDGE_BEFORE}(?:with|w/) (?P<name>{_LOWER}) (?:and|n|&|\+) (?P<name>{_LOWER})"
            rf"{_EDGE_AFTER}",
            CUED_SCORE,
        ),
    ]
    LANGUAGES = ENGLISH
    FLAGS = CASE_SENSITIVE

    def __init__(self) -> None:
        super().__init__()
        self.kinds = [pattern.name for pattern in self.PATTERNS]

    def warm(self) -> None:
        ssa_given_names()
        popular_given_names()
        lowercase_words()
        holiday_names()
        all_given_names()
        world_surnames()
        place_names()

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        spans: set[tuple[int, int, float]] = set()
        for kind, (score, compiled) in zip(self.kinds, self.compiled, strict=True):
            for match in compiled.finditer(text, overlapped=True):
                if kind == CONTACT and not _phone_after(text, match.end()):
                    continue
                if kind == WEAK and MATCH_RESULT.search(text):
                    continue  # "Everton lost 2-4": a team
                cue = AFTER if kind == CONTACT else kind
                names = list(zip(match.captures("name"), match.spans("name"), strict=True))
                acting = cue == AFTER and bool(_THIRD_PERSON.match(text, names[-1][1][1]))
                # a salutation: "Hi Mhairi," "Dear Icilda," a name however rare
                greeted = (
                    cue == BEFORE
                    and bool(_SALUTATION.search(text, 0, names[0][1][0]))
                    and bool(_SALUTATION_AFTER.match(text, names[-1][1][1]))
                )
                if not all(self._name(word, cue, acting, greeted) for word, _ in names):
                    continue
                if cue in (AFTER, LOWER_AFTER) and after_article(text, names[0][1][0]):
                    continue  # a role: "the Dean said", "the Captain said"
                if kind == LABELLED and not _labelled_person(names, self.dictionary):
                    continue  # "payment to Tesco Stores": a shop's word after the first
                if kind in (FULL, LABELLED, SENDER):  # one person, two words
                    spans.add((names[0][1][0], names[-1][1][1], score))
                else:
                    spans.update((start, end, score) for _, (start, end) in names)
        return self.results(sorted(spans))

    def _word(self, lowered: str, *, capitalised: bool = False) -> bool:
        """A dictionary word, less the people WordNet lists (see
        :func:`footprint.pii.ner.common_word`). Capitalised after a cue, any name
        Webster's writes only capitalised is no word either (sorry Demetrius, I'm Fatima)."""
        return common_word(lowered, self.dictionary, any_name=capitalised)

    def _listed(self, word: str) -> bool:
        """A listed first name; the SSA's long tail only capitalised and where it is no
        dictionary word (lower-case chat slang takes its shapes: jammy, soz)."""
        lowered = word.lower()
        folded = fold(lowered)
        if folded in all_given_names():
            return True
        unworded = bool(self.dictionary) and lowered not in self.dictionary
        return word[:1].isupper() and unworded and folded in ssa_given_names()

    def _name(self, word: str, kind: str, acting: bool = False, greeted: bool = False) -> bool:
        """Whether ``word`` can be a person's name after a cue of ``kind``; ``acting``: a
        verb of what someone spoken about does follows it, ``greeted``: a salutation before
        it and a comma after."""
        lowered = word.lower()
        if kind == FULL:
            return bool(self.dictionary) and not (
                lowered in self.dictionary
                or lowered in STOP_WORDS
                or lowered in place_names()
                or any(part in self.dictionary for part in lowered.split("-"))
            )
        if kind == SIGNOFF and self._word(lowered) and not self._listed(word):
            return False  # "-Great": a word, unless a first name too (-Chase, -Dawn)
        if kind in (LABELLED, SENDER, SIGNOFF):  # the slot says person: words count too
            return not (
                lowered in STOP_WORDS
                or lowered in CALENDAR_WORDS
                or lowered in TITLES
                or lowered in ROLE_WORDS
                or lowered in _NOT_FILLED
            )
        # A pet name that is a first name too does what a person does: "Honey wants u to".
        named_pet = acting and word.istitle() and lowered in english_given_names()
        if lowered in CALENDAR_WORDS or (lowered in ENDEARMENTS and not named_pet):
            return False
        if lowered in place_names():
            return False
        if lowered in holiday_names():
            return False
        if lowered in TITLES or lowered in ROLE_WORDS:
            return False  # a kin word, a title or a role: "my Nan", "Doctor's appointment"
        if kind == STATE:
            unworded = lowered not in COMMON_WORDS and not self._word(lowered, capitalised=True)
            return word.istitle() and (self._listed(word) or unworded)
        if lowered in STOP_WORDS and not (
            kind == AFTER and word.istitle() and lowered in english_given_names()
        ):
            return False  # "Will said" and "Will and Joy are", not "tell Will"
        if "-" in lowered:
            return all(part in all_given_names() for part in lowered.split("-"))
        listed = self._listed(word)
        if kind == LOWER:  # me and pat are
            return listed
        if kind == HOUSE:
            kind = LOWER_BEFORE if word.islower() else BEFORE
        if kind == WEAK:
            if lowered in COMMON_WORDS or self._word(lowered) or not self.dictionary:
                return False
            return self._listed(word)
        if kind == INTRODUCED:
            kind = ASKED  # a capitalised non-word introducing its writer is their name
        if kind in (VOCATIVE, ASKED):  # a word that is also a word is an exclamation (Ace mate)
            if lowered in COMMON_WORDS or self._word(lowered) or not self.dictionary:
                return False
            if kind == ASKED and word.istitle() and len(word) >= 3:
                return lowered not in place_names()  # "Carys are you up?": a non-word asked
            if word.islower():  # chat slang takes the nickname shapes (soz, jammy): not here
                listed = self._listed(word)
                return listed or from_given_name(lowered) or bool(_DOUBLED.fullmatch(word))
            kind = AFTER  # the cue follows the name: Fitzy-type nicknames count
        if kind == LOWER_AFTER:  # a strong verb after a lower-case word
            if lowered in STOP_WORDS or lowered in ROLE_WORDS:
                return False
            if very_popular_given_name(lowered):
                return True  # ruby wants u to do bedtime: a very common name, word or not
            listed = len(lowered) >= _MIN_LOWER_LISTED and lowered in english_given_names()
            if not self.dictionary or (lowered in COMMON_WORDS and not listed):
                return False
            if lowered in COMMON_WORDS or self._word(lowered):
                return listed  # "rich said": no adjective says anything
            return listed or bool(
                NICKNAME_SHAPE.fullmatch(word.title()) or NICKNAME_Y_SHAPE.fullmatch(word.title())
            )
        if kind == LOWER_BEFORE or (kind == AFTER and word.islower()):
            if lowered in COMMON_WORDS or self._word(lowered) or not self.dictionary:
                return False
            title = word.title()
            return (
                listed
                or bool(NICKNAME_SHAPE.fullmatch(title))
                or bool(kind == AFTER and NICKNAME_Y_SHAPE.fullmatch(title))
                or from_given_name(lowered)
            )
        if kind == LOWER_PAIR:  # w/ kenny n callum, not "with honey and lemon"
            return listed and bool(self.dictionary) and not self._word(lowered)
        if word.isupper():  # BEX WHERE ARE YOU
            return listed or bool(kind == AFTER and NICKNAME_SHAPE.fullmatch(word.title()))
        word_too = self._word(lowered, capitalised=word.istitle()) or not self.dictionary
        # A popular first name capitalised after its cue is the person though it is a word
        # too: "Thanks Wade!", "ask for Summer".
        popular = word.istitle() and fold(lowered) in popular_given_names()
        if listed:
            # Before the name, a word that is a name only in Faker's long US list is more
            # often a brand: "ring Sky on", "tell Siri to"; after it, "Sky said" is a person.
            return kind == AFTER or not word_too or lowered in english_given_names() or popular
        if word_too:
            return popular
        if NICKNAME_SHAPE.fullmatch(word) or (kind == AFTER and NICKNAME_Y_SHAPE.fullmatch(word)):
            return True
        if from_given_name(lowered):
            return True
        if greeted and word.istitle() and len(word) >= 3 and self.dictionary:
            return True  # "Hi Mhairi,": a salutation names whoever it greets
        return kind == BEFORE and fold(lowered) in world_surnames()


def _labelled_person(names: list[tuple[str, tuple[int, int]]], words: frozenset[str]) -> bool:
    """A first word that is a first name or no word, then surnames or no words (Penny
    Sharp, Struan Urquhart; not Home Bargains, Tesco Stores)."""
    first = names[0][0].lower()
    if len(names) > 1 and is_word_form(first, words) and fold(first) not in all_given_names():
        return False
    return all(
        fold(word.lower()) in world_surnames()
        or not (is_word_form(word.lower(), words) or word.lower() in COMMON_WORDS)
        for word, _ in names[1:]
    )


def _phone_after(text: str, start: int) -> bool:
    """A phone number's count of digits at ``start``, not a card's or an account's."""
    number = _NUMBER.match(text, start)
    return bool(number) and sum(c.isdigit() for c in number.group()) in PHONE_DIGITS
