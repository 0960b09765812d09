"""Chinese names written in pinyin, in English and Chinese text."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from footprint.pii.engine import Detector
from footprint.pii.given_names import place_names
from footprint.pii.lexicon import COMMON_WORDS
from footprint.pii.pinyin import given_syllables, surname_spellings, syllable_count, syllables
from footprint.pii.recognizers.pinyin_name import NAME_SCORE, PinyinNameRecognizer
from tests.pii.conftest import values

ENTITY = "PERSON"
POSITIVE = [
    ("please pay GAO JIANPING by friday", "GAO JIANPING"),  # payee style
    ("ZHOU, YUQING", "ZHOU, YUQING"),  # passport style
    ("I had lunch with Sima Ruoxi today", "Sima Ruoxi"),  # double surname
    ("Zhuge Lanlan sent the slides", "Zhuge Lanlan"),
    ("Liang Wei is flying in tonight", "Liang Wei"),
    ("can you ask chen xiaoyu about rent", "chen xiaoyu"),  # lower case
    ("Huang Jia-hui will join the call", "Huang Jia-hui"),  # hyphenated given name
    ("Jianguo Tang is the new lead", "Jianguo Tang"),  # given name first
    ("LYU MENGQI paid the deposit", "LYU MENGQI"),  # ü as yu, passport style
    ("Wu Fang won the round", "Wu Fang"),  # one syllable each, Title Case
    ("spoke to Chen Xiaohui", "Chen Xiaohui"),
    ("chen xiaohui sent it", "chen xiaohui"),  # lower case, a two-syllable given name
    ("my colleague's name is wu fang", "wu fang"),  # lower case, with a cue
    ("FENG XIAO LEI signed it", "FENG XIAO LEI"),  # given name in two words
    ("收款人：GAO JIANPING，金额300元", "GAO JIANPING"),
    ("昨天转账给Liang Wei了", "Liang Wei"),
    ("麻烦把合同发给 Tang Jianguo 先生", "Tang Jianguo"),
]
NEGATIVE = [
    "he long ran across the yard",  # English words that are pinyin
    "got a sun tan at the beach",
    "HE LONG RAN OFF",
    "ha ha you wish",
    "youre an angel",
    "on va a la gare",  # French
    "the women came here",
    "I LOVE YOU MAN",
    "Sun Tan lotion is on sale",
    "we drove down to Long Beach",
    "flying to Hong Kong next week",  # a place
    "the office is at 88 Zhongshan Lu",  # a street
    "the panda ran off",  # the given name is a word
    "i saw wu fang yesterday",  # lower case, one syllable each, no cue
    "Wu fang",  # written unalike
    "mail zhang.wei@example.com",  # part of an address
    "我在Hong Kong工作",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(ner_detector: Detector, text: str, expected: str) -> None:
    assert expected in values(ner_detector, text, ENTITY)


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(ner_detector: Detector, text: str) -> None:
    found = [
        r
        for r in ner_detector.analyze(text)
        if r.entity_type == ENTITY
        and (r.recognition_metadata or {}).get("recognizer_name") == "PinyinNameRecognizer"
    ]
    assert found == [], [text[r.start : r.end] for r in found]


def test_syllables_and_surnames() -> None:
    assert {"zhuang", "lyu", "lü", "nv"} <= syllables()
    assert not {"m", "ng", "hm", "a"} & syllables()
    single, double = surname_spellings()
    assert {"wang", "zeng", "shan", "lyu"} <= single  # 曾 and 单 read as surnames
    assert {"ouyang", "shangguan", "yuchi", "moqi"} <= double
    assert syllable_count("jianping") == 2
    assert syllable_count("jia-hui") == 2
    assert syllable_count("piano") == 0  # pian + o would need an apostrophe
    assert syllable_count("beach") == 0
    assert syllable_count("women") == 0  # men is no given name's syllable


def test_without_the_dictionary_lower_case_needs_a_cue(patterns_detector: Detector) -> None:
    assert values(patterns_detector, "ask chen xiaoyu about rent", ENTITY) == []
    assert values(patterns_detector, "payee: chen xiaoyu", ENTITY) == ["chen xiaoyu"]
    assert values(patterns_detector, "ask Chen Xiaoyu about rent", ENTITY) == ["Chen Xiaoyu"]


_RECOGNIZER = PinyinNameRecognizer()
_SINGLE = sorted(surname_spellings()[0])
_SYLLABLES = sorted(given_syllables())


@settings(max_examples=200, deadline=None)
@given(
    surname=st.sampled_from(_SINGLE),
    first=st.sampled_from(_SYLLABLES),
    second=st.sampled_from([s for s in _SYLLABLES if s[0] not in "aoe"]),
)
def test_a_title_case_name_in_a_neutral_sentence_is_found_whole(
    surname: str, first: str, second: str
) -> None:
    given_name = first + second
    assume(not (surname in COMMON_WORDS and given_name in COMMON_WORDS))
    assume(not {surname, given_name} & place_names())  # Nanjing Lu is a street
    name = f"{surname.title()} {given_name.title()}"
    text = f"Yesterday I met {name} by the station."
    found = [(text[r.start : r.end], r.score) for r in _RECOGNIZER.analyze(text)]
    assert found == [(name, NAME_SCORE)]
