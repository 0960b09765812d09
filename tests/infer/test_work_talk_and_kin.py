"""Work talk that looks like an opinion or a need, and kin who talk like friends: tax
paperwork is not a view on tax, a nurse's or vet tech's work place is not her own care, a
workplace noun in a saved name says colleague, a sibling named by age or a bare shared
parent says family, a denomination names the Christian label."""

from __future__ import annotations

import pytest

from footprint.infer import sensitive
from footprint.infer.address import cues, name_labels
from footprint.infer.base import Inference
from footprint.infer.evaluate import _check
from footprint.infer.stance import text_stance
from tests.infer.test_accuracy_cues import _chat, _me, _posts, _relationship, _value


@pytest.mark.parametrize(
    "text",
    [
        "增值税发票都核对好了，太好了",
        "报税的资料弄完了，开心",
        "这个月的纳税申报终于搞定，不错",
        "汇算清缴做完了，舒服",
        "税务局那边回复了，挺好",
        "finished the tax filing for the clinic, great",
    ],
)
def test_tax_paperwork_is_not_a_political_stance(text: str) -> None:
    assert not text_stance(text), text_stance(text)


@pytest.mark.parametrize("text", ["税又涨了，凭什么", "taxes going up AGAIN. robbing us blind"])
def test_an_opinion_on_tax_still_counts(text: str) -> None:
    assert text_stance(text)


@pytest.mark.parametrize(
    "texts",
    [
        [
            "Our clinic sees so many bee stings in summer",
            "Long shift at the hospital, so tired",
            "working at the clinic again saturday",
            "Our hospital is short staffed this week",
        ],
        ["我们医院今天又排满了", "在诊所上班好累", "今天医院值班到很晚", "我们诊所来了好多人"],
        ["took the cat to the vet clinic", "the animal hospital called about Rex", "宠物医院好贵"],
    ],
)
def test_a_care_place_at_work_or_for_a_pet_is_not_the_users_care(texts: list[str]) -> None:
    assert _value(sensitive.infer(_posts(texts)), "health") is None


@pytest.mark.parametrize(
    "texts",
    [
        ["booked a clinic appointment for my knee", "picked up my prescription at the pharmacy"],
        ["今天去医院挂号", "在药店买了药"],
    ],
)
def test_the_users_own_care_still_counts(texts: list[str]) -> None:
    assert _value(sensitive.infer(_posts(texts)), "health") == "medical_care"


@pytest.mark.parametrize(
    ("name", "colleague"),
    [
        ("Sam (clinic)", True),
        ("Ana hospital", True),
        ("Kim (school)", True),
        ("Lee store", True),
        ("王姐 医院", True),
        ("小李 诊所", True),
        ("Jo (work)", True),
        ("Sarah Ward", False),  # a surname, not a workplace
        ("Robert Plant", False),
        ("Sam Lee", False),
    ],
)
def test_a_workplace_noun_in_a_saved_name_says_colleague(name: str, colleague: bool) -> None:
    assert any(c.relationship == "colleague" for c in name_labels(name)) == colleague


@pytest.mark.parametrize("text", ["little bro pls", "big sis can u help", "lil bro stop"])
def test_a_sibling_named_by_age_is_addressed(text: str) -> None:
    assert "family" in {c.relationship for c in cues(text) if c.kind == "vocative"}, cues(text)


@pytest.mark.parametrize("text", ["did you call mom", "thanksgiving at mom's?", "给妈打电话了吗"])
def test_a_bare_shared_parent_is_a_family_cue(text: str) -> None:
    assert "family" in {c.relationship for c in cues(text) if c.kind == "shared_family"}


@pytest.mark.parametrize("text", ["I called my mom", "at my mom's tonight", "我妈说你好"])
def test_the_users_own_parent_is_no_shared_family_cue(text: str) -> None:
    assert not [c for c in cues(text) if c.kind == "shared_family"], cues(text)


def test_a_sibling_who_talks_like_a_friend_is_family() -> None:
    lines = [
        (True, "dude the game!!!"),
        (False, "lol ya"),
        (True, "little bro pls"),
        (False, "did you call mom"),
        (True, "thanksgiving at mom's?"),
        (False, "sis?"),
    ]
    assert _relationship(_me() + _chat("Max 🐯", lines), "Max 🐯") == "family"


@pytest.mark.parametrize("planted", ["Catholic", "Roman Catholic", "Baptist", "天主教", "Anglican"])
def test_a_denomination_names_the_christian_label(planted: str) -> None:
    found = Inference("sensitive", "religion", "claim", {"value": "christian"}, 0.5, "m", ("a#1",))
    assert _check("religion", {"value": planted}, [found])[2]
