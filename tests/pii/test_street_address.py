from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "LOCATION"
POSITIVE = [
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
]
NEGATIVE = [
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
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []


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
    ("door code for 881 larkin apt 4C is 1234", "881 larkin apt 4C"),
    ("it's flat 3 27 birch rd", "flat 3 27 birch rd"),
    ("5120 22nd ave n apt 7", "5120 22nd ave n apt 7"),
    ("9c queens rd", "9c queens rd"),
    ("send to 14 elm road", "14 elm road"),  # a full type in lower case: with context
    ("meet at 10 downing st", "10 downing st"),
    ("we're at 302 w maple ave #12", "302 w maple ave #12"),
    ("住在27 birch rd谢谢", "27 birch rd"),  # next to Chinese text
    ("new place is 46 harlan unit 2b", "46 harlan unit 2b"),
]
CASUAL_NEGATIVE = [
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
