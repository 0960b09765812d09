"""Names the exports know, and the nicknames and short forms people use for them."""

from __future__ import annotations

import pytest

from footprint.model import Message
from footprint.pii.engine import Detector
from footprint.pii.names import (
    NameBook,
    clean_name,
    clipped_forms,
    collect_names,
    looks_like_person,
    remark_name,
    z_forms,
)
from footprint.pii.recognizers.person_gazetteer import PersonGazetteerRecognizer
from tests.pii.conftest import values

# A few English dictionary words, as the spaCy model's lemma index gives them.
DICTIONARY = frozenset({"merry", "rich", "bill", "sue", "dick", "art"})


@pytest.fixture(scope="module")
def recognizer() -> PersonGazetteerRecognizer:
    book = NameBook(dictionary=DICTIONARY)
    for name in ("Brianna Lopez", "Kevin Walsh", "Richard Doyle", "Mary Quinn", "Jessamyn Ortiz",
                 "Marcus Hale", "汤雨婷"):  # fmt: skip
        book.add(name)
    return PersonGazetteerRecognizer(book)


POSITIVE = [
    ("Bri is coming over", ["Bri"]),  # the dataset: brianna -> bri
    ("tell bri I said hi", ["bri"]),
    ("Kev said he'd drive", ["Kev"]),
    ("np I'll tell Rich", ["Rich"]),  # a common word: capitalised, mid-sentence
    ("see you, Jess", ["Jess"]),  # clipped from Jessamyn, a name the dataset knows
    ("汤汤 人超好", ["汤汤"]),  # a doubled surname
    ("我和婷婷去吃饭", ["婷婷"]),
    ("叫婷婷看看", ["婷婷"]),  # a doubled verb after the name is no reduplicated phrase
]
NEGATIVE = [
    "they get rich while we pay",  # lower case: the adjective
    "Rich people everywhere",  # sentence-initial
    "no worries Merry Christmas",  # merry for Mary: a dictionary word, not part of the name
    "Uber trip 12 Mar",  # not clipped from Marcus: a month
    "林林总总的东西",  # a reduplicated phrase, not 林林
    "浩浩汤汤",
    "a bribe",  # not inside a word
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(recognizer: PersonGazetteerRecognizer, text: str, expected: list[str]) -> None:
    assert [text[r.start : r.end] for r in recognizer.analyze(text)] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(recognizer: PersonGazetteerRecognizer, text: str) -> None:
    assert recognizer.analyze(text) == []


@pytest.mark.parametrize(
    ("first", "expected"),
    [("kevina", {"kev"}), ("jessamyn", {"jess"}), ("marcus", {"marc"}), ("janet", set())],
)
def test_clipping_keeps_only_known_short_names(first: str, expected: set[str]) -> None:
    assert clipped_forms(first) == expected


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("Nat 💕", "Nat"),
        ("✨Mum✨", "Mum"),
        ("  Kevin   Walsh ", "Kevin Walsh"),
        ("Dr. Patel", "Dr. Patel"),
    ],
)
def test_clean_name_drops_decoration(raw: str, cleaned: str) -> None:
    assert clean_name(raw) == cleaned


def test_a_decorated_sender_is_a_person() -> None:
    assert looks_like_person("Nat 💕")
    assert not looks_like_person("Family 🏠", weak=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("np I'll tell Rich", ["Rich"]),  # a given name that is also a word: NER decides
        ("pay the Bill please", []),  # after a determiner
        ("they get rich while we pay for it", []),
        ("I will be there", []),
    ],
)
def test_ner_sees_capitalised_given_names(
    ner_detector: Detector, text: str, expected: list[str]
) -> None:
    if ner_detector.ner is None:
        pytest.skip("no spaCy model installed")
    assert values(ner_detector, text, "PERSON") == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("刘*芳", True), ("*芳", True), ("陈**", True), ("***", False), ("**公司", False)],
)
def test_a_masked_chinese_payee_is_a_person(value: str, expected: bool) -> None:
    assert looks_like_person(value, weak=True) is expected


def test_without_a_dictionary_a_nickname_not_spelt_from_the_name_needs_a_capital() -> None:
    book = NameBook()  # patterns only: no English dictionary to check words against
    book.add("Susan Reid")
    book.add("Kevin Walsh")
    recognizer = PersonGazetteerRecognizer(book)

    def found(text: str) -> list[str]:
        return [text[r.start : r.end] for r in recognizer.analyze(text)]

    assert found("they may sue the council") == []
    assert found("ask Sue about it") == ["Sue"]
    assert found("kev is late") == ["kev"]  # spelt from Kevin: any case


# Contact remarks and chat titles that pair a role with a name (synthetic values).
REMARKS = [
    ("值班小郑", "小郑"),
    ("人事部-唐姐", "唐姐"),
    ("对面孙姐", "孙姐"),
    ("瑜伽教练Olivia", "Olivia"),
    ("Olivia瑜伽教练", "Olivia"),
    ("房东-老周", "老周"),
    ("物业｜宋师傅", "宋师傅"),
    ("保洁 冯秀兰", "冯秀兰"),
    ("隔壁阿强", "阿强"),
    ("销售-小韩-华东", "小韩"),
    ("组长陈静", "陈静"),  # a one-character given name that given names often use
    ("表妹晓琳", "晓琳"),  # a relation, then a given name
    ("桂芬姐 老客户", "桂芬姐"),  # a given name + a kin word, then a note
    ("枫丹苑物业-小马", "小马"),  # a call name beside an estate no dictionary lists
    ("莆田-林水生 龙眼", "林水生"),  # a place the dictionary lists is a role, not a name
]
NOT_REMARKS = [
    "欧阳小林",  # a double surname and a given name: no role
    "王小明",
    "汤雨婷",
    "Kevin Walsh",  # no Chinese: an ordinary name
    "家长群",
    "2024-家长群",
    "小区业主群",
    "快递小哥",  # a common word, not a name
    "公司前台",
    "我家老公",
    "公司小群",
    "调度-值班",  # two roles, no name
    "客服-Support",
    "开发小组",  # 小 + 组: no surname and given name
    "技术支持",
]


@pytest.mark.parametrize(("remark", "name"), REMARKS)
def test_remark_name(remark: str, name: str) -> None:
    assert remark_name(remark) == name


@pytest.mark.parametrize("remark", NOT_REMARKS)
def test_not_a_remark(remark: str) -> None:
    assert remark_name(remark) is None


def test_remark_names_are_found_in_text(patterns_detector: Detector) -> None:
    """A chat titled with a remark: its name part is known in any text, the role is not."""
    messages = [
        Message(source="wechat", path=f"chat{i}.csv", locator="1", timestamp=None,
                actor=actor, conversation=title, text="好的")
        for i, (actor, title) in enumerate(
            [("我", "值班小郑"), ("人事部-唐姐", "人事部-唐姐"), ("我", "瑜伽教练Olivia")]
        )
    ]  # fmt: skip
    book = collect_names(messages)
    assert {"小郑", "唐姐", "olivia"} <= set(book.forms)
    assert "值班" not in book.forms
    text = "明天让小郑把表给唐姐，Olivia 说周六上课"
    assert values(patterns_detector, text, "PERSON", book) == ["小郑", "唐姐", "Olivia"]


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("gareth", {"gaz", "gazza"}),
        ("sharon", {"shaz", "shazza"}),
        ("barry", {"baz", "bazza"}),
        ("steven", set()),  # two consonants first: no such form
        ("tom", set()),  # too short
    ],
)
def test_british_z_forms(first: str, expected: set[str]) -> None:
    assert z_forms(first) == expected


def test_a_z_form_of_a_known_name_is_found() -> None:
    book = NameBook(dictionary=DICTIONARY)  # with a dictionary: "gaz" is no word
    book.add("Gareth Pugh")
    found = PersonGazetteerRecognizer(book).analyze("gaz give it a rest mate")
    assert [(r.start, r.end) for r in found] == [(0, 3)]
