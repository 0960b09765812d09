from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from footprint.model import Contact, Message, Payment, ProfileFact
from footprint.pii.engine import Detector
from footprint.pii.findings import Finding, find_pii

WHEN = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def _message(text: str, line: int, actor: str = "Hannah Horton") -> Message:
    return Message(source="whatsapp", path="chat.txt", locator=f"line {line}", timestamp=WHEN,
                   actor=actor, conversation="Hannah Horton", text=text)  # fmt: skip


def test_structured_fields_become_findings(patterns_detector: Detector) -> None:
    records = [
        Contact(source="x", path="c.js", locator="$[0]", name="Liam Perry", phone="+44 7700 900404"),
        ProfileFact(source="x", path="a.js", locator="$[0].email", field="email", value="b@example.com"),
        Payment(source="paypal", path="p.csv", locator="row 2", actor="b@example.com",
                counterparty="Tesco Stores Ltd", amount=Decimal("-3.20")),
    ]  # fmt: skip
    found = {(f.entity_type, f.value, f.field) for f in find_pii(records, patterns_detector)}
    assert ("PERSON", "Liam Perry", "name") in found
    assert ("PHONE_NUMBER", "+44 7700 900404", "phone") in found
    assert ("EMAIL_ADDRESS", "b@example.com", "value") in found
    assert ("EMAIL_ADDRESS", "b@example.com", "actor") in found
    assert not any(value == "Tesco Stores Ltd" for _, value, _ in found)


def test_names_from_metadata_are_found_in_text(patterns_detector: Detector) -> None:
    records = [
        _message("hi", 1),
        _message("tell liam I'm late, 手机号是13812345678谢谢", 2),
        Contact(source="x", path="c.js", locator="$[0]", name="Liam Perry"),
    ]
    text_findings = [f for f in find_pii(records, patterns_detector) if f.field == "text"]
    assert [(f.entity_type, f.value, f.locator) for f in text_findings] == [
        ("PERSON", "liam", "line 2"),
        ("PHONE_NUMBER", "13812345678", "line 2"),
    ]
    finding = text_findings[1]
    assert records[1].text is not None
    assert records[1].text[finding.start : finding.end] == finding.value


def test_json_contract_keys(patterns_detector: Detector) -> None:
    findings = list(find_pii([_message("mail me at a@example.com", 1)], patterns_detector))
    keys = set(findings[-1].to_json())
    assert {"entity_type", "value", "score", "format", "path", "locator", "timestamp"} <= keys
    assert {"field", "start", "end"} <= keys


def test_progress_and_repeats(patterns_detector: Detector) -> None:
    records = [_message("ok", n) for n in range(1, 5001)]
    seen: list[int] = []
    findings = list(find_pii(records, patterns_detector, seen.append, workers=1))
    assert seen[-1] == 5000 and seen == sorted(seen)
    assert all(f.field != "text" for f in findings)


def test_two_workers_match_one(patterns_detector: Detector) -> None:
    texts = [f"call {n} on 07700 900{n % 1000:03d} or mail u{n}@example.com" for n in range(3500)]
    records = [_message(text, n) for n, text in enumerate(texts)]

    def run(workers: int) -> list[Finding]:
        return list(find_pii(records, patterns_detector, workers=workers))

    assert run(2) == run(1)
