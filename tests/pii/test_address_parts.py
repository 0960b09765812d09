"""Parts of one address found apart are joined; separate places stay apart. So are a
sort code or routing number and its account number."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from footprint.pii.engine import Detector
from footprint.pii.recognizers.street_address import building_kinds
from footprint.pii.resolve import (
    drop_building_names,
    drop_business_names,
    drop_work_titles,
    join_split_values,
)


def _person(text: str, person: str) -> list[RecognizerResult]:
    """One PERSON result over ``person``'s first place in ``text``."""
    start = text.index(person)
    return [RecognizerResult("PERSON", start, start + len(person), 0.9)]


def _spans(text: str, *parts: str, entity: str = "LOCATION") -> list[str]:
    results = [
        RecognizerResult(entity, text.index(part), text.index(part) + len(part), 0.8)
        for part in parts
    ]
    return [text[r.start : r.end] for r in join_split_values(text, results)]


@pytest.mark.parametrize(
    ("text", "parts", "expected"),
    [
        (
            "new address: Flat 12, Rose Court, 3 Mill Lane, Leeds LS6 1AA x",
            ("12, Rose Court", "3 Mill Lane, Leeds LS6 1AA"),
            ["Flat 12, Rose Court, 3 Mill Lane, Leeds LS6 1AA"],
        ),
        ("apt 4 12 Oak St", ("4 12 Oak St",), ["apt 4 12 Oak St"]),
        (
            "寄到北京市朝阳区，建国路88号",
            ("北京市朝阳区", "建国路88号"),
            ["北京市朝阳区，建国路88号"],
        ),
        # Apart by words: two places, not one address.
        (
            "from 3 Mill Lane to 5 Oak Street",
            ("3 Mill Lane", "5 Oak Street"),
            ["3 Mill Lane", "5 Oak Street"],
        ),
        ("Flat 5 is empty, 3 Mill Lane is not", ("3 Mill Lane",), ["3 Mill Lane"]),
    ],
)
def test_joins_only_adjacent_parts(text: str, parts: tuple[str, ...], expected: list[str]) -> None:
    assert _spans(text, *parts) == expected


def test_other_types_are_never_joined() -> None:
    text = "Ann Lee, 3 Mill Lane"
    results = [RecognizerResult("PERSON", 0, 7, 0.9), RecognizerResult("LOCATION", 9, 20, 0.8)]
    assert [(r.start, r.end) for r in join_split_values(text, results)] == [(0, 7), (9, 20)]


@pytest.mark.parametrize(
    ("text", "person", "kept"),
    [
        ("Graham Kerr Building, University Avenue", "Graham Kerr Building", False),
        ("lunch in the Joseph Black Building", "Joseph Black", False),  # runs into one
        ("Holly Cottage is for sale", "Holly Cottage", False),
        ("told Jack Court is at 10", "Jack", True),  # a lone given name: maybe a person
        ("Sarah Hall came round", "Sarah Hall", True),  # Hall is also a surname
        ("ask Tom Lee about it", "Tom Lee", True),
        ("walked up Fergal Dunphy Street", "Fergal Dunphy", False),  # a street
        ("the Mabel Rd bus", "Mabel", False),
        ("saw Oliver St John today", "Oliver", True),  # St John is a surname
        ("thanks Kitty Lane", "Kitty Lane", True),
    ],
)
def test_a_building_is_no_person(text: str, person: str, kept: bool) -> None:
    assert bool(drop_building_names(text, _person(text, person), building_kinds())) == kept


@pytest.mark.parametrize(
    ("text", "person", "kept"),
    [
        ("《外婆谭秀英的菜园》重播了", "谭秀英", False),
        ("谭秀英推荐了《活着》", "谭秀英", True),
    ],
)
def test_a_title_of_a_work_is_no_person(text: str, person: str, kept: bool) -> None:
    assert bool(drop_work_titles(text, _person(text, person))) == kept


@pytest.mark.parametrize(
    ("text", "person", "kept"),
    [
        ("drinks at Dottie's Fish Bar after", "Dottie", False),
        ("cake from Aunt Hetty's Tea Room", "Aunt Hetty", False),
        ("Big Lou's BBQ opened on Main", "Big Lou", False),
        ("Rosalind's Café does brunch", "Rosalind", False),
        ("we're at Dottie's for tea", "Dottie", True),  # her home, maybe
        ("Dottie's van is in the drive", "Dottie", True),
        ("Dottie's bakery stuff is great", "Dottie", True),  # what she baked
        ("巷口的孙长顺麻辣烫关门了", "孙长顺", False),
        ("去老葛家烤鸭吃了一顿", "老葛", False),
        ("楼下新开了冯伯饭馆", "冯伯", False),
        ("今天吃了骆记肠粉", "骆记肠", False),  # X记: a shop's sign
        ("午饭吃骆秋记", "骆秋", False),
        ("骆秋生去吃饭了", "骆秋生", True),
        ("骆秋生记得带伞", "骆秋生", True),  # 记得 "remember": a word, not a sign
        ("老葛家的狗又叫了", "老葛", True),
    ],
)
def test_a_business_is_no_person(text: str, person: str, kept: bool) -> None:
    assert bool(drop_business_names(text, _person(text, person))) == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pay him back to sort 20-45-77 acc 41739260", ["20-45-77 acc 41739260"]),
        ("routing 269221390, acct 66562424870", ["269221390, acct 66562424870"]),
        # two account numbers are two accounts, not a sort code and its account
        ("acct 41739260, old acct 66562424", ["41739260", "66562424"]),
    ],
)
def test_a_sort_code_and_its_account_are_one(
    patterns_detector: Detector, text: str, expected: list[str]
) -> None:
    found = patterns_detector.analyze(text)
    assert [text[r.start : r.end] for r in found if r.entity_type == "BANK_ACCOUNT"] == expected
