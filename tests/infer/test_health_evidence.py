"""Health: the condition with the strongest evidence about the user wins, not the word
said most often; thyroid conditions; SSRIs that treat several conditions defer to the one
named. Cases in English and Chinese, written here (not taken from any persona)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta
from decimal import Decimal

import pytest

from footprint.infer import sensitive
from footprint.infer.evaluate import _check
from footprint.infer.lexicon import Label
from footprint.model import Message, Payment, ProfileFact, Record
from tests.infer.builders import ME, START


def _records(texts: Iterable[str], bought: Iterable[tuple[str, str]] = ()) -> list[Record]:
    out: list[Record] = [
        ProfileFact(
            source="twitter",
            path="data/account.js",
            locator="$[0].account.accountDisplayName",
            field="display_name",
            value=ME,
        )
    ]
    for index, text in enumerate(texts):
        out.append(
            Message(
                source="whatsapp",
                path="WhatsApp Chat with Sam.txt",
                locator=f"line {index + 1}",
                timestamp=START + timedelta(days=index, hours=12),
                actor=ME,
                counterparty="Sam",
                conversation="Sam",
                text=text,
            )
        )
    for index, (payee, item) in enumerate(bought):
        out.append(
            Payment(
                source="alipay",
                path="alipay.csv",
                locator=f"row {index + 1}",
                timestamp=START + timedelta(days=index, hours=18),
                counterparty=payee,
                text=item,
                amount=Decimal("-35.00"),
                currency="CNY",
            )
        )
    return out


def _health(records: Sequence[Record]) -> str | None:
    found = next((i for i in sensitive.infer(records) if i.key == "health"), None)
    return None if found is None else str(found.value["value"])


@pytest.mark.parametrize(
    ("texts", "bought", "wanted"),
    [
        # Daily blood pressure readings are a habit anyone may have; the diagnosis and the
        # drug say diabetes.
        (
            [f"blood pressure {120 + day % 15}/80 this morning" for day in range(20)]
            + ["the doctor says it's type 2 diabetes", "started metformin twice a day"],
            [],
            "diabetes",
        ),
        (
            [f"今天血压{120 + day % 15}/80" for day in range(20)]
            + ["医生说是糖尿病 要吃药控制", "开了二甲双胍 一天两次"],
            [("社区药房", "二甲双胍缓释片x2")],
            "diabetes",
        ),
        # And the other way round: blood sugar readings beside a hypertension diagnosis.
        (
            [f"blood sugar {5 + day % 3}.1 today" for day in range(20)]
            + ["diagnosed with high blood pressure", "on amlodipine now"],
            [],
            "hypertension",
        ),
        (
            [f"空腹血糖{5 + day % 3}.1" for day in range(20)]
            + ["医生说我是高血压", "降压药每天早上吃"],
            [],
            "hypertension",
        ),
    ],
)
def test_a_diagnosis_and_its_drug_outweigh_a_reading_said_often(
    texts: list[str], bought: list[tuple[str, str]], wanted: str
) -> None:
    assert _health(_records(texts, bought)) == wanted


@pytest.mark.parametrize(
    ("texts", "bought"),
    [
        (
            ["my GP says it's an underactive thyroid", "levothyroxine every morning now"],
            [],
        ),
        (
            ["医生说是桥本甲状腺炎 要长期吃药", "甲减真的好困"],
            [("大药房", "左甲状腺素钠片*2")],
        ),
    ],
)
def test_an_underactive_thyroid_is_named_not_just_medical_care(
    texts: list[str], bought: list[tuple[str, str]]
) -> None:
    found = next(i for i in sensitive.infer(_records(texts, bought)) if i.key == "health")
    assert found.value["value"] == "hypothyroidism"
    fact = {"value": "hypothyroidism (Hashimoto's), on levothyroxine"}
    assert _check("health", fact, [found])[2]
    assert _check("health", {"value": "甲减，吃优甲乐"}, [found])[2]


@pytest.mark.parametrize(
    "texts",
    [
        ["diagnosed with graves disease", "methimazole again today"],
        ["查出来甲亢了", "他巴唑一天三片"],
    ],
)
def test_an_overactive_thyroid(texts: list[str]) -> None:
    assert _health(_records(texts)) == "hyperthyroidism"


@pytest.mark.parametrize(
    "texts",
    [
        ["Mr Hashimoto from accounts called again", "lunch with Hashimoto san"],
        ["桥本先生明天来开会", "桥本的方案不错"],
    ],
)
def test_a_japanese_surname_is_no_thyroid(texts: list[str]) -> None:
    assert _health(_records(texts)) is None


@pytest.mark.parametrize(
    ("texts", "bought"),
    [
        # Sertraline treats anxiety disorders as well as depression: the diagnosis named
        # (an anxiety disorder, a hedged "a bit depressed") decides.
        (
            [
                "the psychiatrist says it's generalised anxiety disorder, a bit depressed too",
                "started sertraline",
                "sertraline up to 100mg",
                "sertraline making me sleepy",
            ],
            [],
        ),
        (
            ["今天去精神科了 医生说是焦虑症 有点抑郁", "开了舍曲林 先吃两周"],
            [("某某大药房", "盐酸舍曲林片 50mg*14片")] * 3,
        ),
    ],
)
def test_an_ssri_defers_to_the_condition_named(
    texts: list[str], bought: list[tuple[str, str]]
) -> None:
    assert _health(_records(texts, bought)) == "anxiety"


@pytest.mark.parametrize(
    "texts",
    [
        ["diagnosed with depression in march", "sertraline again", "sertraline helps a bit"],
        ["医生确诊抑郁症", "舍曲林还在吃", "舍曲林加量了"],
    ],
)
def test_an_ssri_beside_depression_is_depression(texts: list[str]) -> None:
    assert _health(_records(texts)) == "depression"


def test_a_single_reading_alone_claims_nothing() -> None:
    assert _health(_records(["blood pressure 118/76 at the gym"])) is None
    assert _health(_records(["体检量了血压 118/76"])) is None


def test_weak_terms_must_be_terms() -> None:
    with pytest.raises(ValueError, match="weak terms"):
        Label(terms=["diabetes"], weak_terms=["blood sugar"])
