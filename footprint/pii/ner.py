"""spaCy NER for the names the export's metadata cannot know, run only where one may be.

NER costs ~2 ms a message; patterns and the gazetteer ~100 µs. A text goes to NER only
when it has a capitalised word that is not a common word, not an acronym, not already
explained by a finding and, at the start of a sentence (where capitals say nothing),
not an English dictionary word. The dictionary is the model's own lemmatizer index
(WordNet's ~77,000 words). spaCy's small English model almost never tags a lower-case
word as a PERSON, so texts without such a word lose next to nothing.
"""

from __future__ import annotations

from typing import Any

import regex  # type: ignore[import-untyped]  # no stubs; re lacks \p{Latin}
import spacy
from presidio_analyzer import RecognizerResult

from footprint.pii.given_names import (
    NICKNAME_SHAPE,
    NICKNAME_Y_SHAPE,
    all_given_names,
    countries,
    english_given_names,
    english_surnames,
    fold,
    from_given_name,
    holiday_names,
    places,
    ssa_given_names,
    world_surnames,
)
from footprint.pii.lexicon import COMMON_WORDS, PAYMENT_SERVICES, lowercase_words
from footprint.pii.names import given_names
from footprint.pii.sentences import sentence_initial

NER_SCORE = 0.85
# Any Latin letter, outside Latin-1 too (Łukasz, Wiśniewski, Nguyễn), and combining marks.
_LETTER = r"\p{Latin}\p{M}"
# Words of a name; a middle initial may carry its full stop (Kofi H. Etherington).
_NAME_SHAPE = regex.compile(
    rf"^\p{{Lu}}[{_LETTER}'’\-]*(?: (?:\p{{Lu}}\.|[{_LETTER}'’\-]+)){{0,3}}$"
)
_WORD = regex.compile(rf"[{_LETTER}]+(?:-[{_LETTER}]+)*")
# Components that NER does not need: en_core_web_sm's NER has its own tok2vec.
_NOT_NEEDED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "my", "your", "our", "their", "his",
     "her", "its", "every", "each", "no", "some", "any"}
)  # fmt: skip


def load_ner(model_name: str) -> tuple[spacy.language.Language, frozenset[str]]:
    """An installed spaCy pipeline with only what NER needs, and its dictionary words."""
    nlp = spacy.load(model_name, exclude=[n for n in _NOT_NEEDED if n != "lemmatizer"])
    words: frozenset[str] = frozenset()
    if "lemmatizer" in nlp.pipe_names:
        lookups: Any = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            words = frozenset(w for pos in index for w in index[pos] if w.isalpha())
        nlp.remove_pipe("lemmatizer")
    return nlp, words


# Regular endings and what the dictionary form ends with instead: the dictionary holds
# lemmas only (exam, die, party), so "exams", "died" and "parties" are words too.
_ENDINGS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("d", ""),
            ("ing", ""), ("ing", "e"))  # fmt: skip
_MIN_STEM = 3


def is_word_form(word: str, dictionary: frozenset[str]) -> bool:
    """Whether ``word`` (lower case) is a dictionary word or a regular form of one."""
    if word in dictionary:
        return True
    for ending, lemma_end in _ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)] + lemma_end
            if len(stem) >= _MIN_STEM and stem in dictionary:
                return True
    return False


def common_word(lowered: str, dictionary: frozenset[str], *, any_name: bool = False) -> bool:
    """A word of the model's dictionary that is a common word. WordNet also lists people
    (naomi, karen, harvey, fitzgerald): a first name or surname the English lists have
    counts as a word only where Webster's writes it in lower case too (grace, holly,
    tanner, baker). With ``any_name`` (a cue already says person) that holds for every
    word, listed or not (Demetrius)."""
    if not is_word_form(lowered, dictionary):
        return False
    listed = lowered in english_given_names() or lowered in english_surnames()
    if not (listed or any_name):
        return True
    return is_word_form(lowered, lowercase_words())


def _leading_word(word: str, following: str) -> bool:
    """A common word NER took into a name's span ("Tell Gareth", "Thanks Amy"), unless it
    is a given name capitalised before a capitalised word: "Pat Ashworth", "Will Cook"."""
    lowered = word.lower()
    if lowered not in COMMON_WORDS:
        return False
    return not (lowered in english_given_names() and word[1:].islower() and following[:1].isupper())


def _given_name_mid_sentence(text: str, start: int, word: str) -> bool:
    """A common word that is also a given name, capitalised mid-sentence ("tell Rich"):
    the capital says name; NER decides. Not after a determiner ("the Bill")."""
    if not (word[1:].islower() and word.lower() in given_names()):
        return False
    before = text[:start].split()
    return not sentence_initial(text, start) and not (before and before[-1].lower() in _DETERMINERS)


def may_hold_unknown_name(
    text: str, found: list[RecognizerResult], dictionary: frozenset[str] = frozenset()
) -> bool:
    """Whether ``text`` has a capitalised word that could be a name not yet found."""
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].isupper() or len(word) < 2:
            continue
        if word.isupper() and len(word) <= 5:
            continue  # LOL, OK, ASAP, UK
        lowered = word.lower()
        start, end = match.span()
        if lowered in COMMON_WORDS and not _given_name_mid_sentence(text, start, word):
            continue
        if lowered in dictionary and sentence_initial(text, start):
            continue
        if any(r.start <= start and end <= r.end for r in found):
            continue
        return True
    return False


# Words of a proper name that is a place or a team, not a person: "Niagara Falls",
# "Edinburgh Castle", "Leeds United", "Aston Villa", "Stellenbosch FC". ("Park" is also a
# surname.)
PLACE_OR_TEAM_ENDINGS = frozenset(
    {"falls", "castle", "bridge", "tower", "square", "abbey", "cathedral", "palace", "united",
     "city", "villa", "rovers", "utd", "athletic", "wanderers", "albion", "hotspur", "county",
     "forest", "rangers", "celtic", "harbour", "harbor", "island", "islands", "mountains",
     "fc", "afc"}
)  # fmt: skip
# Last words of a street's or a place's name on it: "Victoria Road", "Collins St", "Albert
# Dock". Only as the last word: inside a name "St" is a saint's (Mary St Clair).
STREET_ENDINGS = frozenset(
    {"road", "rd", "street", "st", "avenue", "ave", "boulevard", "blvd", "terrace",
     "crescent", "dock", "docks", "quay", "wharf", "pier", "station", "airport", "mall",
     "stadium", "museum", "gardens"}
)  # fmt: skip
_CAPITAL_NEXT = regex.compile(r"\.?[ \t]+\p{Lu}")
_HOLIDAY_AFTER = ("'s Day", "’s Day", "s Day", " Day", " Eve")
# Words before a surname that are no first name: "Dr Patel", "Aunt Mary".
TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lady", "lord", "rev",
     "father", "sister", "brother", "aunt", "auntie", "aunty", "uncle", "nana", "nan",
     "grandma", "grandpa", "granny", "cousin", "coach", "officer", "captain", "judge"}
)  # fmt: skip
# Cities this large (GeoNames) and countries: "from Leeds" is a place, not a person.
_PLACE_POPULATION = 50_000


def _a_place(word: str) -> bool:
    """A single word that names a country or a large city and is no first name (Austin
    and Chester are both, and stay names: "from David" is a person, David a city too)."""
    return word in places(_PLACE_POPULATION) and word not in english_given_names()


# Words that make a place-and-first-name word (Austin, Chester, Chad) the place: a journey
# in the same text, or two countries in a match ("Chad beat Peru 4-3").
_TRAVEL = regex.compile(
    r"(?i)\b(?:flights?|fly|flying|flew|airport|hotel|holidays?|conference|road trip|"
    r"train to|drive to|weekend in|moving to|trip to|visa|booked)\b"
)
_MATCH = regex.compile(r"(?i)\b(?:beat|beats|v|vs|versus|drew|lost to|draw)\b|\b[0-9]+-[0-9]+\b")


def _place_in_context(word: str, text: str, start: int, end: int) -> bool:
    """A word that names a place and a person, where the text says place: a journey
    (``Flight BA283 to Chester``), or a match between it and another country."""
    if word not in places(_PLACE_POPULATION):
        return False
    if _TRAVEL.search(text):
        return True
    if word in countries() and _MATCH.search(text):
        rest = text[:start] + " " + text[end:]
        return any(w.lower() in countries() for w in _WORD.findall(rest) if w[0].isupper())
    return False


def after_article(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows "the", "a" or "an" (a role, not a name)."""
    before = text[:start].split()
    return bool(before) and before[-1].lower() in ("the", "a", "an")


def _not_a_person(
    text: str, doc_text: str, start: int, end: int, dictionary: frozenset[str]
) -> bool:
    """A PERSON span that reads as something else: a hashtag or handle (#FridayFeeling), a
    holiday (Valentine's Day), a label ("Tel:"), a place or team ("Leeds United",
    "Alexandria"), or
    ordinary words none of which is a given name ("Bake Off", "Kick")."""
    if start and doc_text[start - 1] in "#@":
        return True
    if doc_text.startswith(_HOLIDAY_AFTER, end):
        return True
    words = text.lower().split()
    if len(words) == 1 and doc_text.startswith(":", end) and words[0] not in english_given_names():
        return True  # a label: "Tel:", "Ref:"
    if len(words) == 1 and (_a_place(words[0]) or words[0] in PAYMENT_SERVICES):
        return True
    if len(words) == 1 and _place_in_context(words[0], doc_text, start, end):
        return True
    if len(words) == 1 and words[0].rstrip(".") in TITLES:
        return True  # a kin word or a title alone: "Nan's making trifle", "the Captain"
    if len(words) == 1 and after_article(doc_text, start):
        return True  # a role, not a person: "the Dean said", "the Headteacher's letter"
    if len(words) == 1 and _after_proper_word(doc_text, start):
        return True  # the end of a longer proper name NER cut: "Big Ben", "Hyde Park"
    if len(words) == 1 and _CAMEL.search(text):
        return True  # code or a brand: IndentationError, PlayStation (not McDonald, O'Neil)
    if len(words) == 1 and SCORE.search(doc_text) and words[0] not in english_given_names():
        return True  # a team in a result: "Everton lost 2-4"
    if len(words) == 1 and doc_text.startswith(" of ", end) and words[0] in dictionary:
        return True  # a phrase: "Ray of sunshine", "Grace of God"
    if len(words) == 1 and text.isupper() and words[0] not in english_given_names():
        return True  # an acronym: RSVP, ASAP
    if len(words) == 1 and _unknown_word(text.strip(), dictionary):
        return True  # Strava, Gmail, Brexit: a capitalised word no name list knows
    joined = " ".join(words)
    if joined in holiday_names() and joined not in english_given_names():
        return True  # Diwali, Thanksgiving
    if doc_text.startswith("'", end) and not doc_text.startswith("'s", end) and text[-1] != "s":
        return True  # a dropped g, a brand's style: Dunkin', Rockin'
    if (
        len(words) > 1
        and words[0] not in english_given_names()
        and words[0].rstrip(".") not in TITLES
        and words[-1] in dictionary
        and words[-1] not in english_given_names()
    ):
        return True  # a brand and a product: "Nintendo Switch"; a name starts with a first name
    if any(w in PLACE_OR_TEAM_ENDINGS for w in words[1:]) or words[0] == "utd":
        return True
    last = words[-1].rstrip(".")
    saint = last == "st" and _CAPITAL_NEXT.match(doc_text, end)  # "Oliver St" + " John"
    if len(words) > 1 and last in STREET_ENDINGS and not saint:
        return True
    if _SCORE_AFTER.match(doc_text, end) or _SCORE_BEFORE.search(doc_text[:start]):
        return True  # a team beside a result: "Kaizer Chiefs 2-4 Golden Arrows"
    return bool(dictionary) and all(
        word in dictionary and word not in english_given_names() for word in words
    )


_PREVIOUS_WORD = regex.compile(r"(\p{L}[\p{L}'’\-]*) $")
# A match's result right after or right before a name.
_SCORE_AFTER = regex.compile(r"\s+[0-9]{1,2} ?[-–] ?[0-9]{1,2}(?![0-9:/.\-])")
_SCORE_BEFORE = regex.compile(r"(?<![0-9:/.\-])[0-9]{1,2} ?[-–] ?[0-9]{1,2}\s+$")
# A match's score ("2-4", "5 - 2"): a name beside one is a team.
SCORE = regex.compile(r"\b[0-9]{1,2} ?[-–] ?[0-9]{1,2}\b")
# A capital inside a word, after lower case, that no surname prefix explains.
_CAMEL = regex.compile(r"(?<!^(?:Mc|Mac|Fitz|De|Di|Da|Le|La|Van|Von))(?<=\p{Ll})\p{Lu}")


def _after_proper_word(text: str, start: int) -> bool:
    """A capitalised word right before, inside the sentence, that is no title: the word
    at ``start`` ends a longer proper name ("saw Big Ben", "at Marks Spencer")."""
    previous = _PREVIOUS_WORD.search(text, 0, start)
    if not previous or not previous.group(1)[:1].isupper():
        return False
    word = previous.group(1)
    if word.lower().rstrip(".") in TITLES or sentence_initial(text, previous.start(1)):
        return False
    return word.lower() not in english_given_names()  # "Jo Ann", "Mary Kate"


def _unknown_word(word: str, dictionary: frozenset[str]) -> bool:
    """A single capitalised word that no first-name or surname list has (the English,
    world and SSA lists) and that has no nickname's shape (Jonno, Kez, Fitzy, Stevo), no
    hyphen (Al-Farsi) and no letters beyond ASCII (Zoë): the small model tags brands,
    apps and landmarks so. Only with the dictionary, which says the lists were read."""
    if not dictionary or not word.isalpha() or not word.isascii() or not word[1:].islower():
        return False
    lowered = word.lower()
    folded = fold(lowered)
    if folded in all_given_names() or folded in ssa_given_names() or folded in world_surnames():
        return False
    return not (
        NICKNAME_SHAPE.fullmatch(word)
        or NICKNAME_Y_SHAPE.fullmatch(word)
        or from_given_name(lowered)
    )


def person_results(
    doc: spacy.tokens.Doc, dictionary: frozenset[str] = frozenset()
) -> list[RecognizerResult]:
    """PERSON entities of a parsed doc, without the ones that are plainly not names
    (``dictionary``: the English words, see :func:`load_ner`)."""
    results = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = ent.start_char, ent.end_char
        words = list(ent)
        while len(words) > 1 and _leading_word(words[0].text, words[1].text):
            words = words[1:]  # "Tell Gareth" -> "Gareth"; not "Pat Ashworth"
        start = words[0].idx
        for index, token in enumerate(words[1:], 1):
            if doc.text[token.idx - 1].isspace() and not _WORD.match(token.text):
                if index > 1:  # a full name before a spaced dash or digits: "Piotr Nowak - 07700"
                    end = words[index - 1].idx + len(words[index - 1])
                break  # one word and a number stays whole, and is dropped: "Everton 2-1"
        text = doc.text[start:end]
        if text.endswith(("'s", "’s")):
            text, end = text[:-2], end - 2
        common = text.lower() in COMMON_WORDS
        if common and not _given_name_mid_sentence(doc.text, start, text):
            continue
        if not _NAME_SHAPE.match(text) or _not_a_person(text, doc.text, start, end, dictionary):
            continue
        results.append(
            RecognizerResult(
                "PERSON",
                start,
                end,
                NER_SCORE,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: "SpacyNer"},
            )
        )
    return results
