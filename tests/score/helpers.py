"""Synthetic inferences and records for the score tests."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from footprint.infer.base import Inference
from footprint.model import LocationPoint, Message, Payment, Post, ProfileFact, Record

WHEN = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def inf(
    key: str,
    *,
    category: str = "finances",
    value: dict[str, Any] | None = None,
    confidence: float = 0.9,
    subject: str | None = None,
    evidence: tuple[str, ...] = ("export.csv#row 2",),
    evidence_count: int | None = None,
) -> Inference:
    return Inference(
        category=category,
        key=key,
        claim=f"test claim about {key}",
        value=value or {},
        confidence=confidence,
        method="synthetic",
        evidence=evidence,
        subject=subject,
        evidence_count=evidence_count,
    )


def payment(
    row: int, counterparty: str, amount: str, month: int = 1, status: str = "Completed"
) -> Payment:
    return Payment(
        source="paypal",
        path="paypal/Download.CSV",
        locator=f"row {row}",
        timestamp=WHEN.replace(month=month),
        counterparty=counterparty,
        amount=Decimal(amount),
        currency="GBP",
        status=status,
    )


def message(line: int, actor: str, text: str, chat: str) -> Message:
    return Message(
        source="whatsapp",
        path=f"WhatsApp Chat with {chat}.txt",
        locator=f"line {line}",
        timestamp=WHEN,
        actor=actor,
        text=text,
        conversation=chat,
    )


def point(index: int) -> LocationPoint:
    return LocationPoint(
        source="google_location",
        path="takeout.zip!/Records.json",
        locator=f"$.locations[{index}]",
        timestamp=WHEN,
        lat=53.48,
        lon=-2.24,
    )


def post(index: int, text: str) -> Post:
    return Post(
        source="twitter", path="twitter/data/tweets.js", locator=f"$[{index}].tweet", text=text
    )


def phone_fact() -> ProfileFact:
    return ProfileFact(
        source="twitter",
        path="twitter/data/phone-number.js",
        locator="$[0]",
        field="phone",
        value="+447700900123",
    )


def persona_records() -> list[Record]:
    """A small life: a gambling habit, a subscription, a group chat with a critic, location history."""
    records: list[Record] = [payment(2 + m, "Netflix", "-9.99", month=m) for m in range(1, 5)]
    records += [payment(10, "Bet365", "-20.00"), payment(11, "Bet365", "-50.00", month=2)]
    records += [payment(12, "Tesco", "-31.20"), payment(13, "ACME Ltd", "2100.00")]
    records += [
        message(1, "Me", "see you at the pub", "Pub Quiz"),
        message(2, "Sam Lee", "the government lies, join the protest", "Pub Quiz"),
        message(3, "Ann Roe", "ha", "Pub Quiz"),
        message(1, "Me", "hi mum", "Mum"),
    ]
    records += [point(i) for i in range(3)]
    records += [post(0, "lovely weather"), phone_fact()]
    return records


def toy_infer(records: list[Record] | tuple[Record, ...]) -> list[Inference]:
    """A stand-in for infer_all: a few rules of thumb over the records."""
    out: list[Inference] = []
    gambling = [r.ref for r in records if isinstance(r, Payment) and r.counterparty == "Bet365"]
    if gambling:
        out.append(inf("gambling", evidence=tuple(gambling)))
    netflix = [r.ref for r in records if isinstance(r, Payment) and r.counterparty == "Netflix"]
    if len(netflix) >= 3:
        out.append(inf("subscriptions", value={"merchants": ["Netflix"]}, evidence=tuple(netflix)))
    salary = [r.ref for r in records if isinstance(r, Payment) and r.amount and r.amount > 1000]
    if salary:
        out.append(inf("salary", evidence=tuple(salary)))
    places = [r.ref for r in records if isinstance(r, LocationPoint)]
    if places:
        out.append(
            inf(
                "home",
                category="places",
                value={"lat": 53.48, "lon": -2.24},
                evidence=tuple(places),
            )
        )
    for record in records:
        if (
            isinstance(record, Message)
            and record.text
            and "protest" in record.text
            and record.actor != "Me"
        ):
            out.append(
                inf("politics", category="sensitive", subject=record.actor, evidence=(record.ref,))
            )
    return out
