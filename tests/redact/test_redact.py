"""Redacted copies: same formats, nothing detected survives, the leak check bites."""

from __future__ import annotations

import json
import os
import zipfile
from collections import Counter
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from footprint.cli import app
from footprint.config import Settings
from footprint.pii.engine import Detector, build_detector
from footprint.redact import run as redact_run
from footprint.redact.containers import neutralise_formula, rewrite
from footprint.redact.leakcheck import find_leaks
from footprint.redact.operators import Operator, Replacer, load_or_create_key
from footprint.redact.run import redact
from footprint.redact.values import Target, ValueMatcher
from footprint.scan import scan

from ..conftest import FIXTURES

SETTINGS = Settings(assumed_timezone="UTC", spacy_model="none")
FORMATS = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())
KEY = bytes(range(32))
runner = CliRunner()


@pytest.fixture(scope="module")
def detector() -> Detector:
    return build_detector(SETTINGS)


# A file the redactor cannot rewrite is left out and named in the manifest; only a legacy
# binary Excel may be (today it is written as .xlsx), and only its records may be missing.
NOT_REWRITTEN = ".xls"


def _records_by_format(
    path: Path, leave_out: frozenset[str] = frozenset()
) -> Counter[tuple[str, str]]:
    """Records per format and kind: a redacted copy keeps every record and its kind (a
    location share stays a location share, with its coordinates replaced)."""
    result = scan([path], SETTINGS, None)
    return Counter(
        (record.source, record.kind)
        for record in result.records
        if PurePosixPath(record.path).name not in leave_out
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_keeps_format_and_record_count(
    fmt: str, tmp_path: Path, detector: Detector
) -> None:
    out = tmp_path / "out"
    result = redact([FIXTURES / fmt], out, SETTINGS, detector, key=KEY)
    assert result.passed, [leak.to_json() for leak in result.leaks]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    omitted = frozenset(PurePosixPath(item["path"]).name for item in manifest["omitted"])
    assert all(name.lower().endswith(NOT_REWRITTEN) for name in omitted), omitted
    assert _records_by_format(out) == _records_by_format(FIXTURES / fmt, omitted)
    assert manifest["leak_check"]["passed"] is True
    assert manifest["outputs"]


def test_zip_in_gives_zip_out(tmp_path: Path, detector: Detector) -> None:
    source = tmp_path / "WhatsApp Chat - Sam Lee.zip"
    with zipfile.ZipFile(source, "w") as archive:
        for path in sorted((FIXTURES / "whatsapp").iterdir()):
            archive.write(path, path.name)
        archive.writestr("IMG-20240101-WA0001.jpg", b"\xff\xd8 not really a jpeg")
    out = tmp_path / "out"
    result = redact([source], out, SETTINGS, detector, key=KEY)
    assert result.passed
    zips = list(out.glob("*.zip"))
    assert len(zips) == 1
    assert "Sam Lee" not in zips[0].name
    with zipfile.ZipFile(zips[0]) as archive:
        names = archive.namelist()
    assert not any(name.endswith(".jpg") for name in names)
    assert any("media" in entry["reason"] for entry in result.omitted)
    assert _records_by_format(zips[0]) == _records_by_format(FIXTURES / "whatsapp")


def test_pseudonyms_are_consistent_across_files_and_spellings(
    tmp_path: Path, detector: Detector
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "01/02/2024, 10:00 - Ann Lee: call me on +44 7700 900123\n", encoding="utf-8"
    )
    (folder / "b.txt").write_text(
        "02/02/2024, 11:00 - Bo: Ann's number is 07700900123\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = redact([folder], out, SETTINGS, detector, key=KEY)
    assert result.passed
    a = (out / "in" / "a.txt").read_text(encoding="utf-8")
    b = (out / "in" / "b.txt").read_text(encoding="utf-8")
    pseudonym = Replacer(Operator.PSEUDONYM, KEY)("PHONE_NUMBER", "+44 7700 900123")
    assert pseudonym in a
    assert pseudonym in b
    assert "900123" not in a + b


def test_hash_operator_is_keyed_and_stable(tmp_path: Path) -> None:
    key_file = tmp_path / "run.key"
    key = load_or_create_key(key_file)
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert load_or_create_key(key_file) == key
    hasher = Replacer(Operator.HASH, key)
    assert hasher("EMAIL_ADDRESS", "A@Example.com") == hasher("EMAIL_ADDRESS", "a@example.com")
    assert Replacer(Operator.HASH, bytes(32))("EMAIL_ADDRESS", "a@example.com") != hasher(
        "EMAIL_ADDRESS", "a@example.com"
    )


def test_leak_check_catches_a_broken_redactor(
    tmp_path: Path, detector: Detector, monkeypatch: pytest.MonkeyPatch
) -> None:
    def lazy(self: object, value: str) -> str:
        return value  # forgets to redact anything

    monkeypatch.setattr(redact_run._Redactor, "text", lazy)
    result = redact([FIXTURES / "paypal"], tmp_path / "out", SETTINGS, detector, key=KEY)
    assert not result.passed
    assert {leak.entity_type for leak in result.leaks} >= {"EMAIL_ADDRESS"}
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["leak_check"]["passed"] is False
    assert "value" not in json.dumps(manifest["leak_check"])


def test_cli_exit_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOOTPRINT_SPACY_MODEL", "none")
    ok = runner.invoke(app, ["redact", str(FIXTURES / "paypal"), "--out", str(tmp_path / "a")])
    assert ok.exit_code == 0, ok.output
    assert "Leak check passed" in ok.output
    inside = runner.invoke(
        app, ["redact", str(FIXTURES / "paypal"), "--out", str(FIXTURES / "paypal" / "x")]
    )
    assert inside.exit_code == 2
    assert not (FIXTURES / "paypal" / "x").exists()
    bad = runner.invoke(
        app, ["redact", str(FIXTURES / "paypal"), "--out", str(tmp_path / "b"), "--operator", "zap"]
    )
    assert bad.exit_code == 2

    def lazy(self: object, value: str) -> str:
        return value

    monkeypatch.setattr(redact_run._Redactor, "text", lazy)
    leaky = runner.invoke(app, ["redact", str(FIXTURES / "paypal"), "--out", str(tmp_path / "c")])
    assert leaky.exit_code == 1
    assert "FAILED" in leaky.output


def test_refuses_non_empty_output(tmp_path: Path, detector: Detector) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    from footprint.errors import FootprintError

    with pytest.raises(FootprintError):
        redact([FIXTURES / "paypal"], out, SETTINGS, detector, key=KEY)
    assert (out / "keep.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("\t=1", "'\t=1"),
        ("\t20240910", "\t20240910"),  # Alipay's tab before a date keeps it text
        ("\t08:00:00", "\t08:00:00"),
        ("-4.50", "-4.50"),
        ("- $220.00", "- $220.00"),
        ("+ $50.00", "+ $50.00"),
        ("plain", "plain"),
    ],
)
def test_csv_injection_is_neutralised(cell: str, expected: str) -> None:
    assert neutralise_formula(cell) == expected


def test_csv_keeps_encoding_quoting_and_neutralises(tmp_path: Path) -> None:
    text = '"Date","Name","Note"\r\n"01/01/2024","Ann Lee","=1+2"\r\n'
    out = rewrite("x.csv", ("\ufeff" + text).encode("utf-8"), lambda s: s.replace("Ann Lee", "P"))
    assert out.data is not None
    assert out.data.startswith(b"\xef\xbb\xbf")
    assert out.data.decode("utf-8-sig") == '"Date","Name","Note"\r\n"01/01/2024","P","\'=1+2"\r\n'
    rows = (
        "交易时间,交易分类,交易对方,金额,备注\n"
        + "2024-01-01 10:00,餐饮美食,张三,12.00,午饭\n" * 20
    )
    out = rewrite("bill.csv", rows.encode("gbk"), lambda s: s.replace("张三", "某人"))
    assert out.data == rows.replace("张三", "某人").encode("gbk")


def test_facebook_json_keeps_its_escaping(tmp_path: Path) -> None:
    original = '{\n  "sender_name": "J\\u00c3\\u00b8rgen Berg",\n  "content": "hi"\n}'
    out = rewrite(
        "message_1.json", original.encode("ascii"), lambda s: s.replace("Jørgen Berg", "Åse")
    )
    assert out.data is not None
    text = out.data.decode("ascii")
    assert "\\u00c3\\u0085se" in text  # Å as UTF-8 bytes, escaped one per byte
    assert json.loads(text)["sender_name"].encode("latin-1").decode("utf-8") == "Åse"


_NAMES = st.sampled_from(["Ann Lee", "Bo Chen", "Carla Diaz", "Dev Patel", "李娜"])
_EMAILS = st.from_regex(r"[a-z]{3,8}\.[a-z]{3,8}@example\.(com|org|net)", fullmatch=True)
_PHONES = st.from_regex(r"\+44 7700 900[0-9]{3}", fullmatch=True)
_FILLER = st.text(alphabet=st.sampled_from("abcdefgh ijklm,.!?\n:"), max_size=30)


@settings(max_examples=80, deadline=None)
@given(
    rows=st.lists(st.tuples(_NAMES, _FILLER, _EMAILS, _PHONES, _FILLER), min_size=1, max_size=6),
    operator=st.sampled_from(list(Operator)),
)
def test_no_planted_value_survives_any_operator(
    rows: list[tuple[str, str, str, str, str]], operator: Operator
) -> None:
    targets = []
    pieces = []
    for name, a, email, phone, b in rows:
        targets += [
            Target("PERSON", name),
            Target("EMAIL_ADDRESS", email),
            Target("PHONE_NUMBER", phone),
        ]
        # Planted again in other spellings: upper case, digits only, no spaces.
        pieces.append(f"{name}: {a}{email.upper()} {b} {phone} / {phone.replace(' ', '')}")
        pieces.append(f"{name.lower().replace(' ', '')} wrote {a}")
    text = "\n".join(pieces)
    matcher = ValueMatcher(targets)
    replacer = Replacer(operator, KEY)
    for kind, name in (("text", "chat.txt"), ("json", "x.json"), ("csv", "x.csv")):
        data = json.dumps({"messages": pieces}).encode() if kind == "json" else text.encode("utf-8")
        out = rewrite(
            name, data, lambda s: matcher.replace(s, lambda t: replacer(t.entity_type, t.value))[0]
        )
        assert out.data is not None
        assert not find_leaks(name, out.data, matcher), kind


@pytest.mark.parametrize("name", ["Ann Lee", "Bo Chen"])
def test_detected_names_and_emails_do_not_survive_end_to_end(
    name: str, tmp_path: Path, detector: Detector
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [
        f"0{day}/02/2024, 10:0{day} - {name}: mail {name.split()[0].lower()}@example.org please"
        for day in range(1, 6)
    ]
    (folder / "WhatsApp Chat with Group.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = redact([folder], out, SETTINGS, detector, key=KEY)
    written = "".join(p.read_text(encoding="utf-8") for p in (out / "in").rglob("*.txt"))
    assert name not in written
    assert "@example.org" not in written
    assert result.passed


def test_inputs_untouched_by_redaction(tmp_path: Path, detector: Detector) -> None:
    before = {p: p.read_bytes() for p in (FIXTURES / "whatsapp").iterdir()}
    stamps = {p: os.stat(p).st_mtime_ns for p in before}
    redact([FIXTURES / "whatsapp"], tmp_path / "o", SETTINGS, detector, key=KEY)
    assert {p: p.read_bytes() for p in before} == before
    assert {p: os.stat(p).st_mtime_ns for p in before} == stamps


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("location: https://maps.google.com/?q=53.480759,-2.242631",
         "location: https://maps.google.com/?q=1.0,1.0"),
        ("https://www.google.com/maps/@51.5074,-0.1278,15z", "https://www.google.com/maps/@1.0,1.0,15z"),
        ("geo:31.230416,121.473701", "geo:1.0,1.0"),
        ("53.5600000°, 10.0200000°", "1.0°, 1.0°"),
        ("53.56°, 10.02°", "1.0°, 1.0°"),
        ("https://www.google.com/maps/place/X/data=!4m2!3m1!1s0x0:0x1!3d35.6595!4d139.7005",
         "https://www.google.com/maps/place/X/data=!4m2!3m1!1s0x0:0x1!3d1.0!4d1.0"),
        ("我在 31.230416, 121.473701 等你", "我在 1.0, 1.0 等你"),
        ('{"coordinates": [139.7005, 35.6595]', '{"coordinates": [1.0, 1.0]'),
        ("meet at 51.507400,-0.127800 ok", "meet at 1.0,1.0 ok"),
        ("v1.2,3.4 costs £12.50, 3.75", "v1.2,3.4 costs £12.50, 3.75"),
        ("version 1.234,5.678.9", "version 1.234,5.678.9"),
        ("?q=123.4,567.8", "?q=123.4,567.8"),
    ],
)  # fmt: skip
def test_coordinates_are_replaced_as_a_unit(text: str, expected: str) -> None:
    from footprint.redact.locations import redact_coordinates

    assert redact_coordinates(text)[0] == expected


def test_a_location_share_stays_a_location_share(tmp_path: Path, detector: Detector) -> None:
    source = tmp_path / "in" / "WhatsApp Chat with Sam Lee.txt"
    source.parent.mkdir()
    source.write_text(
        "14/02/2024, 07:45 - Robin Vale: location: https://maps.google.com/?q=53.480759,-2.242631\n"
        "14/02/2024, 07:46 - Sam Lee: see you at 53.480759, -2.242631 then\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = redact([source.parent], out, SETTINGS, detector, key=KEY)
    (written,) = [p for p in out.rglob("*.txt")]
    text = written.read_text(encoding="utf-8")
    assert "53.48" not in text and "2.2426" not in text and "Url-" not in text
    assert "location: https://maps.google.com/?q=1.0,1.0" in text
    assert result.replacements["COORDINATES"] == 2
    assert _records_by_format(out) == _records_by_format(source.parent)


def test_names_and_their_nicknames_are_replaced(tmp_path: Path, detector: Detector) -> None:
    source = tmp_path / "in" / "WhatsApp Chat with William Perry.txt"
    source.parent.mkdir()
    source.write_text(
        "14/02/2024, 07:45 - William Perry: hi\n"
        "14/02/2024, 07:46 - Robin Vale: say hi to Billy and to Liam from me\n"
        "14/02/2024, 07:47 - 王小明: 小明 和 阿明 都来了\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = redact([source.parent], out, SETTINGS, detector, key=KEY)
    assert result.passed
    text = "\n".join(p.read_text(encoding="utf-8") for p in out.rglob("*.txt")).casefold()
    for value in ("william", "billy", "liam", "perry", "小明", "阿明"):
        assert value not in text, value
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert "cannot be checked" in manifest["leak_check_limit"]


# The sample personas, and the blind ones written by someone who never read this code.
PERSONAS = sorted(
    p
    for folder in (FIXTURES.parent.parent / "sample_exports", FIXTURES.parent / "independent"
                   / "personas")
    if folder.is_dir()
    for p in folder.iterdir()
    if p.is_dir()
)  # fmt: skip


@pytest.mark.parametrize("persona", PERSONAS, ids=[p.name for p in PERSONAS])
def test_a_redacted_persona_parses_to_the_same_records(
    persona: Path, tmp_path: Path, detector: Detector
) -> None:
    """Same records per format and kind, and no detected value left anywhere (free text,
    structured fields, bare JSON numbers, file names)."""
    out = tmp_path / "out"
    result = redact([persona], out, SETTINGS, detector, key=KEY)
    assert result.passed, [leak.to_json() for leak in result.leaks]
    assert _records_by_format(out) == _records_by_format(persona)


def test_a_detected_bare_json_number_is_replaced() -> None:
    data = b'{"user_id": 5087391264, "amount": 12.5, "id": 7}'
    out = rewrite("result.json", data, lambda text: "User-1" if text == "5087391264" else text)
    assert out.data is not None
    assert json.loads(out.data) == {"user_id": "User-1", "amount": 12.5, "id": 7}


def test_numeric_coordinates_in_json_are_zeroed() -> None:
    data = b'{"locations": [{"latitudeE7": 515074000, "longitudeE7": -1278000, "accuracy": 12}]}'
    out = rewrite("Records.json", data, lambda text: text).data
    assert out is not None
    tree = json.loads(out)
    assert tree["locations"][0] == {"latitudeE7": 10000000, "longitudeE7": 10000000,
                                    "accuracy": 12}  # fmt: skip
    geo = b'{"geometry": {"coordinates": [13.4049, 52.52]}, "Geo Coordinates": {"Latitude": 52.5}}'
    out = rewrite("Saved Places.json", geo, lambda text: text).data
    assert out is not None
    assert json.loads(out) == {"geometry": {"coordinates": [1.0, 1.0]},
                               "Geo Coordinates": {"Latitude": 1.0}}  # fmt: skip


def test_a_decorated_chat_title_is_redacted_in_text_and_file_names(
    tmp_path: Path, detector: Detector
) -> None:
    chat = tmp_path / "in" / "WhatsApp Chat - Nat 💕" / "_chat.txt"
    chat.parent.mkdir(parents=True)
    chat.write_text(
        "[9/1/24, 5:17:08 PM] Nat 💕: hey are you home\n"
        "[9/1/24, 5:18:08 PM] Kevin Walsh: 10 min\n"
        "[9/1/24, 5:19:08 PM] Nat 💕: Kev said Aunt Maureen is coming\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = redact([chat.parent], out, SETTINGS, detector, key=KEY)
    assert result.passed
    (written,) = list(out.rglob("_chat.txt"))
    assert "Nat" not in written.relative_to(out).as_posix()
    words = set(written.read_text(encoding="utf-8").replace(":", " ").split())
    assert not words & {"Nat", "Kev", "Maureen", "💕"}
    assert _records_by_format(out) == _records_by_format(chat.parent)


def test_bank_accounts_licences_and_plates_are_replaced(tmp_path: Path, detector: Detector) -> None:
    """The bank, licence and plate findings of a chat and the bank ids of an OFX statement
    do not survive redaction, in any of the spellings they were found in."""
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [
        "01/03/2024, 10:00 - Ann Lee: rent goes to 30-96-18 61027734",
        "01/03/2024, 10:01 - Ann Lee: or routing 011000015 account 4470018821",
        "01/03/2024, 10:02 - Ann Lee: license # is 31 502 847",
        "01/03/2024, 10:03 - Ann Lee: grey astra LB07 XKR outside",
        # a sort code and account found as one; the account is also written alone
        "01/03/2024, 10:04 - Ann Lee: pay gav back to sort 20-45-77 acc 41739260",
    ]
    (folder / "WhatsApp Chat with Ann Lee.txt").write_text("\n".join(lines) + "\n", "utf-8")
    alone = "02/03/2024, 09:00 - Bo Chen: the last one was 41739260 lol\n"
    (folder / "WhatsApp Chat with Bo Chen.txt").write_text(alone, "utf-8")
    (folder / "statement.ofx").write_bytes((FIXTURES / "ofx" / "checking_v1.ofx").read_bytes())
    out = tmp_path / "out"
    result = redact([folder], out, SETTINGS, detector, key=KEY)
    written = "".join(p.read_text(encoding="utf-8") for p in (out / "in").rglob("*.txt"))
    assert "rent goes to" in written and "grey astra" in written
    for value in (
        "30-96-18", "61027734", "011000015", "4470018821", "31 502 847", "LB07 XKR",
        "20-45-77", "41739260",
    ):  # fmt: skip
        assert value not in written
    statement = next((out / "in").rglob("*.ofx")).read_text(encoding="utf-8")
    assert "121000000" not in statement and "000111222333" not in statement  # BANKID, ACCTID
    assert {"BANK_ACCOUNT", "US_DRIVER_LICENSE", "LICENSE_PLATE"} <= set(result.replacements)
    assert result.passed


def test_a_handle_is_replaced_everywhere_and_keeps_its_sign(
    tmp_path: Path, detector: Detector
) -> None:
    source = tmp_path / "in" / "WhatsApp Chat with Robin Vale.txt"
    source.parent.mkdir()
    source.write_text(
        "14/02/2024, 07:45 - Robin Vale: follow @ellie_marsh22 for the photos\n"
        "14/02/2024, 07:46 - Robin Vale: ellie_marsh22 posted the rest\n"
        "14/02/2024, 07:47 - Robin Vale: whats your psn again\n"
        "14/02/2024, 07:48 - Kai Brook: IronKestrel_K7\n"
        "14/02/2024, 07:49 - Robin Vale: ok adding @IronKestrel_K7 now\n"
        "14/02/2024, 07:50 - Kai Brook: 我的抖音号是 tangtang_77\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = redact([source.parent], out, SETTINGS, detector, key=KEY)
    assert result.passed
    lines = next(out.rglob("*.txt")).read_text(encoding="utf-8").splitlines()
    text = "\n".join(lines).casefold()
    for handle in ("ellie_marsh22", "ironkestrel_k7", "tangtang_77"):
        assert handle not in text, handle
    pseudonym = Replacer(Operator.PSEUDONYM, KEY)("USERNAME", "ellie_marsh22")
    assert f"follow @{pseudonym} for" in lines[0]
    assert f": {pseudonym} posted" in lines[1]  # the same handle, without its sign
    answer = Replacer(Operator.PSEUDONYM, KEY)("USERNAME", "IronKestrel_K7")
    assert lines[3].endswith(f": {answer}")
    assert f"adding @{answer} now" in lines[4]
    assert result.replacements["USERNAME"] == 5


def test_chinese_landlines_shorthand_addresses_ids_and_remark_names_are_replaced(
    tmp_path: Path, detector: Detector
) -> None:
    source = tmp_path / "in" / "WhatsApp Chat with 值班小郑.txt"
    source.parent.mkdir()
    source.write_text(
        "14/02/2024, 07:45 - 值班小郑: 座机0571-8602 1357，白天在\n"
        "14/02/2024, 07:46 - 唐悦: 送到鸿福苑6-3-1202，我号 qpx_lo77\n"
        "14/02/2024, 07:47 - 唐悦: 小郑说昨天碰到张露露了\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = redact([source.parent], out, SETTINGS, detector, key=KEY)
    assert result.passed
    text = "\n".join(p.read_text(encoding="utf-8") for p in out.rglob("*.txt"))
    for value in ("8602 1357", "6-3-1202", "qpx_lo77", "小郑", "张露露"):
        assert value not in text, value
