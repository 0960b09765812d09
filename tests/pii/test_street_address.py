from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "LOCATION"
POSITIVE = [
    # a New Zealand town with macrons and four digits; an Irish county and Eircode
    (
        "our address is Flat 2, 14 Tawa Road, Ōtāhuhu, Auckland 1062 ok",
        "Flat 2, 14 Tawa Road, Ōtāhuhu, Auckland 1062",
    ),
    (
        "i live at 5 Main Street, Moycullen, Co. Galway H91 AC12",
        "5 Main Street, Moycullen, Co. Galway H91 AC12",
    ),
    ("my eircode is H91 XY2K", "H91 XY2K"),
    (
        "the airbnb is 6/102 Banksia St, Marrickville NSW 2204, check in after 2",
        "6/102 Banksia St, Marrickville NSW 2204",
    ),
    ("the hui is at 12 Kōwhai Street, Whangārei 0112 Sunday", "12 Kōwhai Street, Whangārei 0112"),
    # a unit before a slashed number; a rarer type with a context word ("near", "gaff")
    ("parcel left near Unit 9/118 Bellbird Rd, sorry", "Unit 9/118 Bellbird Rd"),
    ("the gaff is 12 Elmfield Heights, ring when ur outside", "12 Elmfield Heights"),
    # a Scottish tenement flat by floor and door before the house number
    ("2/1, 63 Calder Street, Glasgow G42 7RA", "2/1, 63 Calder Street, Glasgow G42 7RA"),
    # Welsh: hyphenated names (Tan-y-Bryn) and street types written first (Heol).
    ("14 Tan-y-Bryn Terrace\nWrexham LL11 2HB", "14 Tan-y-Bryn Terrace\nWrexham LL11 2HB"),
    ("22 Heol y Felin, Cardiff CF14 4RT", "22 Heol y Felin, Cardiff CF14 4RT"),
    # a street type written first, with its ZIP code (the US Southwest, Spanish names)
    ("mail it to 2280 N Camino Seco, Tucson AZ 85749 pls", "2280 N Camino Seco, Tucson AZ 85749"),
    ("1402 Calle Luna Azul, Santa Fe, NM 87505", "1402 Calle Luna Azul, Santa Fe, NM 87505"),
    ("RENT 1422 E 17TH AVE 3C", "1422 E 17TH AVE 3C"),  # a bank memo: a bare flat at the end
    ("it's flat 2, 27 Kelso Road, Leeds LS2 9PQ", "flat 2, 27 Kelso Road, Leeds LS2 9PQ"),
    ("I live at 221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"),
    ("new address: 14 Horton Road, Leeds LS1 4AP!", "14 Horton Road, Leeds LS1 4AP"),
    (
        "send it to 742 Evergreen Terrace, Springfield, IL 62704",
        "742 Evergreen Terrace, Springfield, IL 62704",
    ),
    ("Flat 3, 12 Oak Lane", "Flat 3, 12 Oak Lane"),
    ("postcode is M1 1AE", "M1 1AE"),
    # Flats with a stair/floor number, directionals, numbered streets, units after.
    ("it's Flat 3/2, 14 Kelvin Way, Glasgow G3 7PR", "Flat 3/2, 14 Kelvin Way, Glasgow G3 7PR"),
    ("ok 1840 W Girard Ave, Philadelphia, PA 19130", "1840 W Girard Ave, Philadelphia, PA 19130"),
    ("Apt 4B, 350 N 5th St, Brooklyn, NY 11211", "Apt 4B, 350 N 5th St, Brooklyn, NY 11211"),
    (
        "send to 77 Elm Street, Suite 200, Austin, TX 78701 thanks",
        "77 Elm Street, Suite 200, Austin, TX 78701",
    ),
    ("100 Main St NW, Washington, DC 20001", "100 Main St NW, Washington, DC 20001"),
    ("12 Oak Street #4B", "12 Oak Street #4B"),
    ("Rose Cottage, 3 Mill Lane, Oxford OX1 2AB", "Rose Cottage, 3 Mill Lane, Oxford OX1 2AB"),
    # A rarer USPS type (Cove) with a context word, or with a ZIP code.
    ("we live at 4 Harbor Cove now", "4 Harbor Cove"),
    ("9 Pine Knoll, Dover, DE 19901", "9 Pine Knoll, Dover, DE 19901"),
    # A locality between the street and the postcode, in any case.
    ("it's flat 6, 31 ecclesall rd, sharrow S11 8PR", "flat 6, 31 ecclesall rd, sharrow S11 8PR"),
    ("9 kirkstall ln, burley, leeds ls5 3bt pls", "9 kirkstall ln, burley, leeds ls5 3bt"),
    (
        "at 14 Mill Lane, Horsforth, Leeds, West Yorkshire LS18 5HX",
        "14 Mill Lane, Horsforth, Leeds, West Yorkshire LS18 5HX",
    ),
    ("88 church street hexham ne46 1bs", "88 church street hexham ne46 1bs"),
    ("14 Kelso Road, Leeds LS2 9PQ, UK.", "14 Kelso Road, Leeds LS2 9PQ, UK"),
    ("2310 tamarack dr spokane wa 99201", "2310 tamarack dr spokane wa 99201"),
    # Bank memos in capitals: number, street, type, town, postcode or ZIP.
    ("FASTER PAYMENT 6 CROFT LANE HX7 8AB", "6 CROFT LANE HX7 8AB"),
    (
        "TRANSFER TO J OKAFOR 4410 ASPEN ST APT 9C SPOKANE WA 99201",
        "4410 ASPEN ST APT 9C SPOKANE WA 99201",
    ),
    ("DD REF 5/19 LARCH CLOSE BOLTON BL3 2XY", "5/19 LARCH CLOSE BOLTON BL3 2XY"),
    ("CHQ 2871 BIRCH RD AUSTIN TX 78704", "2871 BIRCH RD AUSTIN TX 78704"),
    # A named building or house, then its street or institution, town and postcode.
    (
        "I'm in the Joseph Black Building, University of Glasgow, Glasgow G12 8QQ",
        "Joseph Black Building, University of Glasgow, Glasgow G12 8QQ",
    ),
    (
        "The Old Rectory, 2 Church Lane, Ripon HG4 1AA",
        "The Old Rectory, 2 Church Lane, Ripon HG4 1AA",
    ),
    ("Holly Lodge, Mill Lane, Otley LS21 3DD", "Holly Lodge, Mill Lane, Otley LS21 3DD"),
    # Flat and house numbers with a slash, line-broken parts, PO boxes.
    ("Flat 0/2, 12 Byres Road, Glasgow G12 8TB", "Flat 0/2, 12 Byres Road, Glasgow G12 8TB"),
    ("moved to 7/21 Albion Street, Hull HU1 3TE", "7/21 Albion Street, Hull HU1 3TE"),
    ("Address:\nWren Cottage\n5 Mill Lane\nHorsforth", "Wren Cottage\n5 Mill Lane\nHorsforth"),
    ("Address:\n40 Ashby Road\nLoughborough\nLE11 3TU", "40 Ashby Road\nLoughborough\nLE11 3TU"),
    ("write to PO Box 4410, Skipton BD23 1AA", "PO Box 4410, Skipton BD23 1AA"),
    ("PO BOX 70233 DALLAS TX 75207-1234", "PO BOX 70233 DALLAS TX 75207-1234"),
    ("P.O. Box 88, Salem, Oregon 97301", "P.O. Box 88, Salem, Oregon 97301"),
    # Sentence words between a street and a postcode-shaped word: not a town.
    ("12 oak rd and the m4 5th", "12 oak rd"),
    ("14 Elm Road and then ls6 3px", "14 Elm Road"),
    ("went to 5 Oak Street in 10000 steps", "5 Oak Street"),  # "in": no state in lower case
    ("1200 cedar st, eugene or 97401", "1200 cedar st"),
    # US directionals, ordinals and unit words.
    ("ship to 412 E 19th Street, Tulsa, OK 74104-2201", "412 E 19th Street, Tulsa, OK 74104-2201"),
    (
        "6120 SW 44th Avenue, Unit 12, Miami FL 33155",
        "6120 SW 44th Avenue, Unit 12, Miami FL 33155",
    ),
    ("3021 Oak Dr #118, Queens NY 11375", "3021 Oak Dr #118, Queens NY 11375"),
    # No separate street type, with a postcode: a type run in, a flat number before.
    ("Invoice to: M Mensah, 9A 68 Kingsway, York, YO31 7EY.", "9A 68 Kingsway, York, YO31 7EY"),
    ("delivered to 12 Highgate, Kendal LA9 4ED", "12 Highgate, Kendal LA9 4ED"),
    # a town and a ZIP code without the state, after a street with its type
    ("ship to 12 Main St, Springfield 62704", "12 Main St, Springfield 62704"),
]
NEGATIVE = [
    "the H91 bus was late",  # a routing key alone is no Eircode
    "take junction 3 via the M6 to PR1 2HE",  # a route, not a street
    "Room 101 at the library",
    "Gate B12, boarding now",
    "3 Big Trips this year",
    "train at 17:45 from platform 4",
    "M1 1AE",  # a postcode alone, no context
    "3 Day Pass",  # a rarer USPS type without context
    "got 2 Free Passes for the Green Line",
    "Chapter 4 Main Point",
    "the 5 Star Hotel was great",
    "my 2 cents on the road trip",
    # Capitals are held to the casual rules: stop words, quantities, rarer types.
    "I SPENT 5 DAYS ON THE ROAD",
    "TOP 10 BEST PARK",
    "WE WALKED 3 MILES DOWN THE LANE LOL",
    "read 9/11 Main Street Journal",  # a slash number needs a postcode or a context word
    "Ivy House is lovely in spring",  # a house name with no postcode
    "PO box",
    "ran 10 Miles, Leeds LS1 4AP",  # a quantity, then a postcode
    "won 3 Games in Leeds LS1 4AP",  # "in" starts no town
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []


def test_a_building_name_alone_is_no_person(ner_detector: Detector) -> None:
    text = "the Graham Kerr Building, University of Glasgow"
    assert values(ner_detector, text, "PERSON") == []


def test_a_building_name_is_an_address_not_a_person(patterns_detector: Detector) -> None:
    text = "come to the Joseph Black Building, University of Glasgow, Glasgow G12 8QQ"
    found = [(r.entity_type, text[r.start : r.end]) for r in patterns_detector.analyze(text)]
    assert found == [("LOCATION", "Joseph Black Building, University of Glasgow, Glasgow G12 8QQ")]


_WORDS = st.lists(st.sampled_from(["ok", "so", "my", "new", "place", "is", "send", "it", "to",
                                   "thanks", "lol", "see", "you", "there", "at", "5pm"]),
                  max_size=6).map(" ".join)  # fmt: skip
_ADDRESSES = st.sampled_from([
    "Flat 3/2, 14 Kelvin Way, Glasgow G3 7PR",
    "1840 W Girard Ave, Philadelphia, PA 19130",
    "Apt 4B, 350 N 5th St, Brooklyn, NY 11211",
    "77 Elm Street, Suite 200, Austin, TX 78701",
])  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(before=_WORDS, after=_WORDS, address=_ADDRESSES)
def test_an_address_in_chat_is_found_whole(
    patterns_detector: Detector, before: str, after: str, address: str
) -> None:
    text = f"{before} {address} {after}".strip()
    start = text.index(address)
    found = [(r.start, r.end) for r in patterns_detector.analyze(text) if r.entity_type == ENTITY]
    assert any(s <= start and e >= start + len(address) for s, e in found), (text, found)


# Addresses typed casually: any case, the street type abbreviated or left out, a flat part.
CASUAL_POSITIVE = [
    ("dec rent my half - 415 W Johnson #1207", "415 W Johnson #1207"),  # a compass point
    ("door code for 881 larkin apt 4C is 1234", "881 larkin apt 4C"),
    ("come over after, 2719 t st apt 4, buzzer is broken", "2719 t st apt 4"),  # lettered
    ("moving to 1408 w elm st apt b soon", "1408 w elm st apt b"),  # a letter unit
    ("new place is 1408 w elm st apt b, lodi if u want", "1408 w elm st apt b, lodi"),  # town
    ("at 14 elm st apt 2, then we go", "14 elm st apt 2"),  # no town: a word
    ("it's flat 3 27 birch rd", "flat 3 27 birch rd"),
    ("5120 22nd ave n apt 7", "5120 22nd ave n apt 7"),
    ("9c queens rd", "9c queens rd"),
    ("send to 14 elm road", "14 elm road"),  # a full type in lower case: with context
    ("meet at 10 downing st", "10 downing st"),
    ("we're at 302 w maple ave #12", "302 w maple ave #12"),
    ("住在27 birch rd谢谢", "27 birch rd"),  # next to Chinese text
    ("new place is 46 harlan unit 2b", "46 harlan unit 2b"),
    ("new address is 447 old mill rd apt 4 austin 78704 ok", "447 old mill rd apt 4 austin 78704"),
    ("14 elm rd then 12345 people", "14 elm rd"),  # a stop word is no town before digits
]
CASUAL_NEGATIVE = [
    "top 10 W Hits #1",  # a compass point's letter before a word: a chart
    "i have 2 t st of sugar",  # a lettered street has a longer house number
    "14 elm road",  # a full type in lower case, no context
    "10 min drive away",
    "3 bed flat 2 miles away",
    "I have 3 kids apt 2",
    "we need 2 more chairs apt 3",
    "got 5 st patricks day cards",
    "2 on the road",
    "room 4 unit 2",
    "it's 4 st",
    "£5 coffee apt 2",
]


@pytest.mark.parametrize(("text", "value"), CASUAL_POSITIVE)
def test_finds_casual(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", CASUAL_NEGATIVE)
def test_ignores_casual(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []


_TOWNS = st.sampled_from(["Leeds", "Hebden Bridge", "Newcastle upon Tyne", "Bath", "Ely"])
_STREET_NAMES = st.sampled_from(["Mill", "Church", "Station", "Queen's", "Kelvin", "Park View"])
_STREET_TYPES = st.sampled_from(["Lane", "Road", "Rd", "Street", "St", "Close", "Avenue", "Way"])
_POSTCODES = st.from_regex(r"\A[A-PR-UWYZ][A-HK-Y]?[1-9][0-9]? [0-9][ABD-HJLNP-UW-Z]{2}\Z")


@settings(max_examples=80, deadline=None)
@given(
    flat=st.one_of(st.just(""), st.integers(1, 12).map(lambda n: f"Flat {n}, ")),
    number=st.one_of(st.integers(1, 999).map(str), st.integers(1, 9).map(lambda n: f"{n}/14")),
    name=_STREET_NAMES,
    kind=_STREET_TYPES,
    towns=st.lists(_TOWNS, min_size=0, max_size=2, unique=True),
    postcode=_POSTCODES,
    joint=st.sampled_from([", ", " ", "\n"]),
    case=st.sampled_from([str.upper, str.lower, str.title, str]),
    before=_WORDS,
)
def test_a_uk_address_line_in_any_case_is_found_whole(
    patterns_detector: Detector, flat: str, number: str, name: str, kind: str,
    towns: list[str], postcode: str, joint: str, case: Callable[[str], str], before: str,
) -> None:  # fmt: skip
    parts = [f"{flat}{number} {name} {kind}", *towns, postcode]
    address = case(joint.join(parts))
    text = f"{before} {address}".strip()
    start = text.index(address)
    found = [(r.start, r.end) for r in patterns_detector.analyze(text) if r.entity_type == ENTITY]
    assert (start, start + len(address)) in found, (text, found)


_US_STREETS = st.sampled_from(["Maple", "Cedar Ridge", "W 23rd", "NW 30th", "Elm"])
_US_TYPES = st.sampled_from(["St", "Street", "Ave", "Dr", "Blvd", "Ct"])
_US_UNITS = st.sampled_from(["", " Apt 5A", ", Unit 35", " #391", ", Suite 200"])
_US_PLACES = st.sampled_from(
    ["Seattle, WA", "Seattle WA", "Denver, CO", "Phoenix AZ", "Salem, Oregon", "Tulsa, OK"]
)


@settings(max_examples=60, deadline=None)
@given(
    number=st.integers(1, 99999).map(str),
    name=_US_STREETS,
    kind=_US_TYPES,
    unit=_US_UNITS,
    place=_US_PLACES,
    zip_code=st.from_regex(r"\A[0-9]{5}(-[0-9]{4})?\Z"),
    case=st.sampled_from([str.upper, str]),
    before=_WORDS,
)
def test_a_us_address_is_found_whole(
    patterns_detector: Detector, number: str, name: str, kind: str, unit: str, place: str,
    zip_code: str, case: Callable[[str], str], before: str,
) -> None:  # fmt: skip
    address = case(f"{number} {name} {kind}{unit}, {place} {zip_code}")
    text = f"{before} {address}".strip()
    start = text.index(address)
    found = [(r.start, r.end) for r in patterns_detector.analyze(text) if r.entity_type == ENTITY]
    assert (start, start + len(address)) in found, (text, found)
