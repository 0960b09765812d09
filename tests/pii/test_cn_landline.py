from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from footprint.pii.engine import Detector
from footprint.pii.language import languages_of
from footprint.pii.recognizers.base import TextFeatures
from footprint.pii.recognizers.cn_landline import CnLandlineRecognizer, landline_validity
from tests.pii.conftest import values

POSITIVE = [
    ("办公室电话0571-86021357", "0571-86021357"),  # glued to Han characters
    ("座机是（020）3871 2046找前台", "（020）3871 2046"),  # full-width brackets
    ("打(010)6813 4759", "(010)6813 4759"),
    ("公司 021 6390 2745 周一到周五", "021 6390 2745"),
    ("成都 028-8552 0763，找李", "028-8552 0763"),
    ("0755-2345 6789转801", "0755-2345 6789"),  # an extension after it
    ("门店0931－8620731", "0931－8620731"),  # seven-digit local number
    ("电话057186021357", "057186021357"),  # a bare digit run with its context word
    ("Office 电话 0571-8602 1357 thanks", "0571-8602 1357"),  # mixed text
]
NEGATIVE = [
    "订单号057186021357已发货",  # a bare digit run without context
    "2024-03-15见",
    "金额0571.86元",
    "合同编号HT-0571-86021357",  # part of a code
    "日期2023-0571-8602",
    "转账 0.02元 0571",
    "快递单 00571 8602 1357",  # not an area code
    "London office 020 7946 0958",  # English text: left to the UK patterns
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(text: str, value: str, patterns_detector: Detector) -> None:
    assert values(patterns_detector, text, "PHONE_NUMBER") == [value]


@pytest.mark.parametrize("text", NEGATIVE[:-1])
def test_ignores(text: str, patterns_detector: Detector) -> None:
    assert values(patterns_detector, text, "PHONE_NUMBER") == []


def test_not_run_on_english_text() -> None:
    text = NEGATIVE[-1]
    features = TextFeatures(text, text.lower(), 11, languages_of(text))
    assert not CnLandlineRecognizer().applies(features)


@given(
    st.sampled_from(["0571", "010", "020", "0755", "028"]),
    st.integers(min_value=20_000_000, max_value=89_999_999),
    st.sampled_from(["-", " ", "－"]),
)
def test_any_separator_and_glue(area: str, local: int, separator: str) -> None:
    assume(len(set(str(local)[-7:])) > 1)  # not a placeholder
    # a block the numbering plan (phonenumbers' data) assigns: 010-8000 0001 is none
    assume(phonenumbers.is_valid_number(phonenumbers.parse(f"{area}{local}", "CN")))
    text = f"座机{area}{separator}{local}找我"
    found = CnLandlineRecognizer().analyze(text, ["PHONE_NUMBER"])
    assert [text[r.start : r.end] for r in found] == [f"{area}{separator}{local}"]


@pytest.mark.parametrize("text", ["0571-0000000", "010-8888 8888", "0571-1234567", "011-23456789"])
def test_validity_rejects(text: str) -> None:
    assert landline_validity(text) is False
