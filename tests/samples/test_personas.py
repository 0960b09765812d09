"""The bundled personas: reproducible to the byte, and their ground truth is true."""

from __future__ import annotations

import ipaddress
import json
import re
from pathlib import Path
from typing import Any

import pytest

from footprint.paths import SAMPLE_EXPORTS
from footprint.samples.common import FICTIONAL_NOTE, luhn_ok
from footprint.samples.generate import PERSONAS, generate

FACT_KEYS = {
    "timezones",
    "home",
    "work",
    "sleep_window",
    "top_contacts",
    "relationships",
    "religion",
    "health",
    "politics",
    "financial_stress",
    "gambling",
    "gaming",
    "salary",
    "risky_contact",
}
# Published test values and reserved ranges; anything else planted is a mistake.
TEST_CARDS = {
    "4111111111111111",
    "5555555555554444",
    "4000056655665556",
    "6200000000000005",
}
TEST_IBANS = {"GB33BUKB20201555555555", "GB82WEST12345698765432", "DE89370400440532013000"}
FICTIONAL_PHONE = re.compile(
    r"^(\+44 ?7700 ?900\d{3}|\+1 \d{3}-555-01\d{2}|0161 496 0\d{3}|1[3-9]\d{9})$"
)
DOC_NETWORKS = [
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")
]
MAX_PERSONA_BYTES = 3_000_000


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("personas")
    generate(out)
    return out


def _files(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*")) if p.is_file()}


def _truth(persona: str) -> dict[str, Any]:
    return json.loads((SAMPLE_EXPORTS / persona / "ground_truth.json").read_text("utf-8"))


def _repair(value: Any) -> Any:
    """Undo Meta's byte-per-escape strings (what every Meta importer must do)."""
    if isinstance(value, str):
        try:
            return value.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value
    if isinstance(value, list):
        return [_repair(item) for item in value]
    if isinstance(value, dict):
        return {_repair(k): _repair(v) for k, v in value.items()}
    return value


def decoded_text(path: Path, relative: str) -> str:
    """A file's text as a reader sees it: GBK for Alipay, mojibake repaired for Meta JSON."""
    raw = path.read_bytes()
    if relative.startswith("alipay/"):
        return raw.decode("gbk")
    text = raw.decode("utf-8-sig")
    if relative.startswith(("facebook/", "instagram/")) and relative.endswith(".json"):
        return json.dumps(_repair(json.loads(text)), ensure_ascii=False)
    return text


def test_every_persona_is_committed() -> None:
    assert sorted(PERSONAS) == sorted(p.name for p in SAMPLE_EXPORTS.iterdir() if p.is_dir())


def test_regeneration_is_byte_for_byte_identical(regenerated: Path) -> None:
    for persona in PERSONAS:
        committed = _files(SAMPLE_EXPORTS / persona)
        fresh = _files(regenerated / persona)
        assert sorted(fresh) == sorted(committed), persona
        for relative, path in fresh.items():
            assert path.read_bytes() == committed[relative].read_bytes(), f"{persona}/{relative}"


def test_generation_with_another_seed_differs(tmp_path: Path) -> None:
    generate(tmp_path, seed=8)
    ours = (tmp_path / "office_worker" / "ground_truth.json").read_bytes()
    assert ours != (SAMPLE_EXPORTS / "office_worker" / "ground_truth.json").read_bytes()


@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_persona_is_small_and_says_it_is_fictional(persona: str) -> None:
    root = SAMPLE_EXPORTS / persona
    assert sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) < MAX_PERSONA_BYTES
    assert (root / "README.txt").read_text("utf-8").startswith(FICTIONAL_NOTE)
    truth = _truth(persona)
    assert truth["fictional"] is True
    assert truth["schema_version"] == 1
    assert truth["persona"] == persona


@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_every_planted_value_is_in_the_file_it_names(persona: str) -> None:
    root = SAMPLE_EXPORTS / persona
    texts: dict[str, str] = {}
    missing = []
    for entry in _truth(persona)["pii"]:
        relative = entry["file"]
        if relative not in texts:
            assert (root / relative).is_file(), relative
            texts[relative] = decoded_text(root / relative, relative)
        if entry["value"] not in texts[relative]:
            missing.append(entry)
    assert not missing


@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_every_supported_entity_type_is_planted(persona: str) -> None:
    planted = {entry["entity_type"] for entry in _truth(persona)["pii"]}
    expected = {
        "PERSON",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "LOCATION",
        "CREDIT_CARD",
        "IBAN_CODE",
        "IP_ADDRESS",
        "CN_RESIDENT_ID",
        "WECHAT_ID",
        "QQ_NUMBER",
        "CN_PASSPORT",
        "CRYPTO",
        "DATE_OF_BIRTH",
        "MAC_ADDRESS",
        "IMEI",
        "URL",
        "USERNAME",
    }
    assert expected <= planted


@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_planted_values_are_fictional(persona: str) -> None:
    for entry in _truth(persona)["pii"]:
        kind, value = entry["entity_type"], entry["value"]
        if kind == "PHONE_NUMBER":
            assert FICTIONAL_PHONE.match(value), value
        elif kind == "EMAIL_ADDRESS":
            assert re.search(r"@([\w.-]+\.)?example\.(com|org|net)$", value), value
        elif kind == "CREDIT_CARD":
            assert value in TEST_CARDS and luhn_ok(value), value
        elif kind == "IBAN_CODE":
            assert value in TEST_IBANS, value
        elif kind == "IP_ADDRESS":
            assert any(ipaddress.ip_address(value) in net for net in DOC_NETWORKS), value
        elif kind == "MAC_ADDRESS":
            assert value.upper().startswith("00:00:5E:00:53:"), value
        elif kind == "IMEI":
            assert luhn_ok(value) and len(value) == 15, value
        elif kind == "CN_RESIDENT_ID":
            assert value.startswith("11000020000101"), value
        elif kind == "URL":
            assert re.match(r"https://www\.example\.(com|org|net)/", value), value


@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_facts_cover_every_inference_key(persona: str) -> None:
    facts = _truth(persona)["facts"]
    assert set(facts) == FACT_KEYS
    assert re.fullmatch(r"\d\d:\d\d", facts["sleep_window"]["start"])
    assert len(facts["top_contacts"]) == 3
    counts = [c["messages"] for c in facts["top_contacts"]]
    assert counts == sorted(counts, reverse=True)
    assert facts["salary"]["currency"] in {"GBP", "CNY"}


def test_glued_chinese_forms_are_planted() -> None:
    text = decoded_text(
        SAMPLE_EXPORTS / "university_student" / "wechat/聊天记录/妈妈/妈妈_utf8.csv", "wechat"
    )
    assert re.search(r"[\u4e00-\u9fff]\d{17}[\dX][\u4e00-\u9fff]", text)  # ID glued both sides
    partner = _truth("university_student")["facts"]["relationships"][0]["name"]
    chat = SAMPLE_EXPORTS / "university_student" / f"wechat/聊天记录/{partner}/{partner}_utf8.csv"
    assert "手机号15000005678谢谢" in chat.read_text("utf-8-sig")


def test_meta_exports_are_escaped_like_meta() -> None:
    root = SAMPLE_EXPORTS / "gig_worker" / "instagram"
    raw = "".join(p.read_text("ascii") for p in root.rglob("message_1.json"))
    assert "Zo\\u00c3\\u00ab Adeyemi" in raw  # Zoë, one escape per UTF-8 byte
    assert "\\u00f0\\u009f" in raw  # emoji, four escapes


def test_a_user_planted_as_unpolitical_does_not_echo_the_risky_contact() -> None:
    """politics is planted absent for the rider: only his cousin calls for strikes."""
    assert _truth("gig_worker")["facts"]["politics"] == {"value": False}
    root = SAMPLE_EXPORTS / "gig_worker" / "instagram"
    (thread,) = root.rglob("tariqorganise_*/message_1.json")
    messages = _repair(json.loads(thread.read_text("ascii")))["messages"]
    said = {m["sender_name"]: set() for m in messages}
    for message in messages:
        said[message["sender_name"]].add(message.get("content", ""))
    assert "march on parliament Saturday, bring the lads" in said["Tariq Rahmân"]
    user = said["Yusuf Rahman"]
    assert user and not [t for t in user if re.search(r"strik|march|government|minister", t)]


def test_alipay_bill_is_gbk_with_preamble() -> None:
    (bill,) = (SAMPLE_EXPORTS / "university_student" / "alipay").glob("*.csv")
    text = bill.read_bytes().decode("gbk")
    lines = text.splitlines()
    assert lines[1] == "导出信息："
    header = next(i for i, line in enumerate(lines) if line.startswith("交易时间"))
    assert 20 <= header <= 30
    assert all(line.endswith(",") for line in lines[header:])


@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_scan_parses_every_export_with_zero_problems(persona: str) -> None:
    """Every export parses cleanly and the analysis runs without a problem either."""
    from footprint.config import Settings
    from footprint.scan import scan

    result = scan([SAMPLE_EXPORTS / persona], Settings(assumed_timezone="UTC"), None)
    assert not result.problems, [str(p) for p in result.problems[:10]]
    parsed = {Path(s.path).name for s in result.sources}
    unparsed = [
        f.path
        for f in result.files
        if f.status != "parsed" and not f.path.endswith(("/README.txt", "/ground_truth.json"))
    ]
    assert not unparsed
    assert parsed
    assert result.inferences
    assert len(result.records) > 3_000
