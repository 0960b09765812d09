"""A relative's condition is not the user's: their own messages are never evidence, a
question the user asks them about their readings or medicine is about them, a thing got
for them is theirs, and a clause that names no one continues a sentence about them.
The user's own condition, said plainly, is still claimed. English and Chinese."""

from __future__ import annotations

import pytest

from footprint.infer import sensitive, subject
from footprint.model import Record
from tests.infer.test_accuracy_cues import _chat, _me, _one, _posts, _value


@pytest.mark.parametrize(
    ("text", "term", "other"),
    [
        ("went to St Mary's church this morning", "church", False),  # a church's name
        ("went to Sarah's church with her", "church", True),
        # asking the other person about their readings or medicine
        ("血压量了没 多少", "血压", True),
        ("今天血压量了没", "血压", True),
        ("降压药吃了没啊", "降压药", True),
        ("降压药吃没吃", "降压药", True),
        ("降压药还剩几盒", "降压药", True),
        ("早上血压多少", "血压", True),
        ("did you take your blood pressure pills", "blood pressure pills", True),
        ("what was your blood pressure this morning", "blood pressure", True),
        ("blood pressure pills taken yet?", "blood pressure pills", True),
        ("insulin done yet?", "insulin", True),
        # a thing got for another person
        ("降压药给妈买好了", "降压药", True),
        ("在网上买了降压药给我爸寄过去", "降压药", True),
        ("picked up blood pressure tablets for mum", "blood pressure tablets", True),
        ("got the inhaler for my dad", "inhaler", True),
        # a clause naming no one, in a sentence about a relative
        ("妈挺好的，就是血压有点高", "血压", True),
        ("我爸最近还行，血压有点高", "血压", True),
        ("dad's doing ok, blood pressure still high though", "blood pressure", True),
        ("my mum is fine, blood pressure a bit high", "blood pressure", True),
        # the user's own: statements, counts that are no questions, a name addressed
        ("这几天血压有点高", "血压", False),
        ("前几天去医院查了血压", "血压", False),
        ("最近血压多少有点高", "血压", False),
        ("降压药吃完了 明天去开", "降压药", False),
        ("早上量血压 140", "血压", False),
        ("我血压量了 140", "血压", False),
        ("did I take my blood pressure pills?", "blood pressure pills", False),
        ("妈，血压有点高", "血压", False),
        ("thanks mum, blood pressure is fine now", "blood pressure", False),
        ("dad's doing ok, my blood pressure is the problem", "blood pressure", False),
        ("got the kids to school, blood pressure through the roof", "blood pressure", False),
        ("我跟医生说了，血压有点高", "血压", False),
        ("picked up my blood pressure tablets for the month", "blood pressure tablets", False),
        # the user's own visit, whoever it is for
        ("今天去鸡鸣寺给你求了个平安符", "寺", False),
        ("went to church for mum's birthday", "church", False),
    ],
)
def test_whose_condition_a_word_is(text: str, term: str, other: bool) -> None:
    assert subject.about_someone_else(text, term) is other


def _with_parent(name: str, lines: list[tuple[bool, str]]) -> list[Record]:
    return _me() + _chat(name, lines, days=10)


def test_a_parents_readings_and_the_users_questions_are_no_claim_zh() -> None:
    records = _with_parent(
        "妈",
        [
            (True, "血压量了没 多少"),
            (False, "今天血压140 还行"),
            (True, "降压药还剩几盒"),
            (False, "降压药还有两盒 高血压老毛病了"),
            (True, "药吃了没啊"),
        ],
    )
    records += _posts(["妈挺好的，就是血压有点高", "降压药给妈买好了"])
    assert _one(sensitive.infer(records), "health") is None


def test_a_parents_readings_and_the_users_questions_are_no_claim_en() -> None:
    records = _with_parent(
        "Mum",
        [
            (True, "did you take your blood pressure pills?"),
            (False, "my blood pressure was 140 today, not bad"),
            (True, "blood pressure checked yet?"),
            (False, "hypertension tablets running low"),
        ],
    )
    records += _posts(["mum's fine, blood pressure a bit high though", "got bp meds for dad"])
    assert _one(sensitive.infer(records), "health") is None


def test_the_users_own_condition_beside_a_parents_is_still_claimed() -> None:
    zh = _with_parent("妈", [(False, "今天血压140 还行"), (True, "我血压也高 医生让我吃降压药")])
    assert _value(sensitive.infer(zh), "health") == "hypertension"
    en = _with_parent(
        "Mum",
        [(False, "my blood pressure was 140"), (True, "mine is high too, GP put me on amlodipine")],
    )
    en += _posts(["my blood pressure is up again"])
    assert _value(sensitive.infer(en), "health") == "hypertension"
