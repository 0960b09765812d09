"""Mental-health conditions need clinical context; generic mental-health care supports the
condition named elsewhere; the evaluation matches a label by its names. Tables of positive
and negative cases in English and Chinese (written here, not taken from any persona)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta
from decimal import Decimal

import pytest

from footprint.infer import sensitive
from footprint.infer.base import Inference
from footprint.infer.evaluate import _check
from footprint.model import Message, Payment, ProfileFact, Record
from tests.infer.builders import ME, START


def _me() -> list[Record]:
    return [
        ProfileFact(
            source="twitter",
            path="data/account.js",
            locator="$[0].account.accountDisplayName",
            field="display_name",
            value=ME,
        )
    ]


def _messages(texts: Iterable[str], weeks: int = 1) -> list[Record]:
    """Each text sent by the user once a week for ``weeks`` weeks."""
    out: list[Record] = _me()
    for week in range(weeks):
        for index, text in enumerate(texts):
            out.append(
                Message(
                    source="whatsapp",
                    path="WhatsApp Chat with Sam.txt",
                    locator=f"line {len(out)}",
                    timestamp=START + timedelta(weeks=week, hours=12, minutes=index),
                    actor=ME,
                    counterparty="Sam",
                    conversation="Sam",
                    text=text,
                )
            )
    return out


def _health(records: Sequence[Record]) -> str | None:
    found = next((i for i in sensitive.infer(records) if i.key == "health"), None)
    return None if found is None else str(found.value["value"])


# -- clinical context in one message -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I was diagnosed with anxiety last spring",
        "my anxiety is really bad this week",
        "had another panic attack on the bus",
        "the GP put me on sertraline for the anxiety",
        "psychiatrist appointment about my depression tomorrow",
        "上个月被确诊焦虑症",
        "我的焦虑又犯了",
        "心理医生说焦虑要慢慢来",
        "医生给我开了舍曲林",
        "去精神科看了焦虑的问题",
    ],
)
def test_clinical_context(text: str) -> None:
    assert sensitive.clinical_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "so anxious about the exam tomorrow",
        "this weather is depressing",
        "I'm anxious the train will be late",
        "I don't need a therapist, just a holiday",
        "项目下周交，好焦虑",
        "考试前有点焦虑",
        "这天气真让人抑郁",
        "不用看医生，就是有点紧张",
    ],
)
def test_everyday_mood_is_not_clinical(text: str) -> None:
    assert not sensitive.clinical_context(text)


# -- whole inference -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ["so anxious about the deadline, the report is not done"],
        ["anxious about the interview", "this rota is depressing"],
        ["方案明天要交 我好焦虑", "周报又要写 焦虑"],
        ["考试周好焦虑", "这破天气让人抑郁"],
    ],
)
def test_no_condition_from_everyday_mood_even_repeated(texts: list[str]) -> None:
    # Months of the same mood word about work are a stressful season, not a condition.
    assert _health(_messages(texts, weeks=12)) is None


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["my anxiety has been awful", "anxious again before the meeting"], "anxiety"),
        (["counselling tonight", "anxious all day", "another panic attack"], "anxiety"),
        (["therapist says the depression will lift", "feeling depressed"], "depression"),
        (["心理咨询约了周三", "最近一直很焦虑"], "anxiety"),
        (["被诊断为抑郁症", "今天又很抑郁"], "depression"),
        (["医生说是失眠症", "又开了安眠药"], "insomnia"),
    ],
)
def test_condition_with_clinical_context(texts: list[str], expected: str) -> None:
    assert _health(_messages(texts, weeks=2)) == expected


def test_mood_counts_when_the_records_hold_context_elsewhere() -> None:
    # The care is in one message, the condition word in others: together a condition.
    records = _messages(["约了学校心理咨询中心"], weeks=1) + _messages(["最近很焦虑"], weeks=3)[1:]
    assert _health(records) == "anxiety"


@pytest.mark.parametrize(
    "texts",
    [["therapy session at 6", "counselling again on Thursday"], ["心理咨询 周三", "又去心理咨询"]],
)
def test_care_without_a_named_condition_is_unspecified(texts: list[str]) -> None:
    assert _health(_messages(texts, weeks=2)) == "mental_health_care"


def test_counselling_supports_anxiety_not_depression() -> None:
    records = _messages(["counselling after work", "my anxiety again", "panic attack today"])
    assert _health(records) == "anxiety"


def test_counselling_payments_support_the_named_condition() -> None:
    records = _messages(["a panic attack on the tram again"], weeks=2)
    for week in range(3):
        records.append(
            Payment(
                source="monzo",
                path="monzo.csv",
                locator=f"row {week + 2}",
                timestamp=START + timedelta(weeks=week),
                counterparty="Northside Counselling Ltd",
                text="Counselling session",
                amount=Decimal("-45.00"),
                currency="GBP",
            )
        )
    assert _health(records) == "anxiety"


@pytest.mark.parametrize(
    "texts",
    [
        ["I never had a panic attack", "no therapist for me"],
        ["我没有焦虑症", "不用看心理医生"],
    ],
)
def test_negated_context_does_not_count(texts: list[str]) -> None:
    assert _health(_messages(texts, weeks=2)) is None


# -- evaluation: a label against a ground truth in words ---------------------------------------


def _claim(key: str, value: str) -> Inference:
    return Inference(
        category="sensitive",
        key=key,
        claim="",
        value={"value": value},
        confidence=0.5,
        method="",
        evidence=("whatsapp:chat.txt:line 1",),
    )


@pytest.mark.parametrize(
    ("key", "truth", "label", "ok"),
    [
        ("health", "hypertension (high blood pressure)", "hypertension", True),
        ("health", "high blood pressure", "hypertension", True),
        ("health", "高血压", "hypertension", True),
        ("health", "anxiety (panic attacks; counselling, sertraline)", "anxiety", True),
        ("health", "焦虑症", "anxiety", True),
        ("health", "back injury", "back_injury", True),
        ("religion", "Buddhist (temple donations)", "buddhist", True),
        ("religion", "佛教", "buddhist", True),
        ("religion", "christian", "christian", True),
        ("health", "anxiety (panic attacks; counselling, sertraline)", "depression", False),
        ("health", "depression", "anxiety", False),
        ("health", "抑郁症", "anxiety", False),
        ("health", "hypertension", "high_cholesterol", False),
        ("health", "asthmatic bronchitis", "asthma", False),
        ("religion", "muslim", "christian", False),
        ("health", True, "hypertension", True),
        ("health", True, "medical_care", True),
    ],
)
def test_label_matches_ground_truth_words(key: str, truth: object, label: str, ok: bool) -> None:
    _, _, passed = _check(key, {"value": truth}, [_claim(key, label)])
    assert passed is ok
