"""The command line through Typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from footprint.cli import app
from footprint.sources.registry import SOURCES

from .conftest import FIXTURES

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def test_help_lists_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("scan", "demo", "formats", "samples"):
        assert command in result.output


@pytest.mark.parametrize("command", [["scan"], ["demo"], ["formats"], ["samples", "generate"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert len(result.output.strip().splitlines()) > 3


def test_scan_writes_contract_json(tmp_path: Path) -> None:
    out = tmp_path / "scan.json"
    result = runner.invoke(
        app,
        [
            "scan",
            str(FIXTURES / "whatsapp"),
            str(FIXTURES / "paypal"),
            "--json",
            str(out),
            "--spacy-model",
            "none",
            "--timezone",
            "UTC",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "whatsapp" in result.output
    assert "paypal" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"sources", "findings", "problems"} <= data.keys()
    for source in data["sources"]:
        assert {"format", "path", "records", "problems"} <= source.keys()
    for finding in data["findings"]:
        assert {
            "entity_type",
            "value",
            "score",
            "format",
            "path",
            "locator",
            "timestamp",
        } <= finding.keys()
    for problem in data["problems"]:
        assert {"format", "path", "locator", "message"} <= problem.keys()
    emails = {f["value"] for f in data["findings"] if f["entity_type"] == "EMAIL_ADDRESS"}
    assert "ana.ruiz@example.org" in emails
    assert any("Broken" in p["path"] for p in data["problems"])


def test_scan_missing_input_exits_2() -> None:
    result = runner.invoke(app, ["scan", "/no/such/export.zip"])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_scan_refuses_to_overwrite_an_input(tmp_path: Path) -> None:
    target = tmp_path / "chat.txt"
    target.write_text("01/01/2024, 10:00 - A: hi\n", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(target), "--json", str(target), "--no-pii"])
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == "01/01/2024, 10:00 - A: hi\n"


def test_bad_format_override_exits_2() -> None:
    result = runner.invoke(app, ["scan", str(FIXTURES / "paypal"), "--format", "oops", "--no-pii"])
    assert result.exit_code == 2


def test_format_override_forces_a_format(tmp_path: Path) -> None:
    chat = tmp_path / "notes.log"
    chat.write_text("01/01/2024, 10:00 - Ann: hello\n", encoding="utf-8")
    plain = runner.invoke(app, ["scan", str(chat), "--no-pii"])
    assert "unrecognised" in plain.output
    forced = runner.invoke(app, ["scan", str(chat), "--no-pii", "--format", f"{chat}=whatsapp"])
    assert forced.exit_code == 0
    assert "whatsapp" in forced.output


def test_formats_lists_sources() -> None:
    result = runner.invoke(app, ["formats"], env={"COLUMNS": "300"})
    assert result.exit_code == 0
    for source in SOURCES:
        assert source.FORMAT in result.output
    assert "recognised by its content" in result.output  # wechat_pywxdump has no path


def test_samples_generate_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert runner.invoke(app, ["samples", "generate", "--out", str(first)]).exit_code == 0
    assert runner.invoke(app, ["samples", "generate", "--out", str(second)]).exit_code == 0
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files
    for relative in files:
        assert (first / relative).read_bytes() == (second / relative).read_bytes()


def test_demo_command_builds_private_streamlit_command() -> None:
    from footprint.launcher import PRIVACY_OPTIONS, streamlit_command

    command = streamlit_command(8765)
    assert "--browser.gatherUsageStats=false" in command
    assert "--server.address=127.0.0.1" in command
    assert "--server.headless=true" in command
    assert "--server.enableXsrfProtection=true" in command
    assert "--server.enableCORS=true" in command
    assert "--server.showEmailPrompt=false" in command
    assert "--server.port=8765" in command
    assert PRIVACY_OPTIONS["browser.serverAddress"] == "127.0.0.1"


def test_streamlit_config_file_sets_privacy_defaults() -> None:
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["address"] == "127.0.0.1"
    assert config["server"]["headless"] is True
    assert config["server"]["showEmailPrompt"] is False
    assert config["server"]["enableXsrfProtection"] is True
    assert config["server"]["enableCORS"] is True


def test_bank_csv_columns_are_shown_and_can_be_corrected(tmp_path: Path) -> None:
    statement = tmp_path / "export.csv"
    statement.write_text(
        "Booked;Value;Who;What\n01.03.2024;-12,50;Corner Shop;groceries\n"
        "02.03.2024;1.200,00;Acme Ltd;salary\n",
        encoding="utf-8",
    )
    fixture = FIXTURES / "bank_csv" / "umsaetze_girokonto.csv"
    guessed = runner.invoke(app, ["scan", str(fixture), "--no-pii"])
    assert guessed.exit_code == 0, guessed.output
    assert "date=Buchungstag" in guessed.output
    assert "guessed" in guessed.output
    corrected = runner.invoke(
        app,
        ["scan", str(statement), "--no-pii", "--format", f"{statement}=bank_csv",
         "--bank-columns", "date=Booked,amount=Value,counterparty=Who,description=What",
         "--json", str(tmp_path / "s.json")],
    )  # fmt: skip
    assert corrected.exit_code == 0, corrected.output
    assert "as confirmed" in corrected.output
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert data["sources"][0]["records"] == 2
    bad = runner.invoke(app, ["scan", str(statement), "--bank-columns", "when=Booked"])
    assert bad.exit_code == 2


def test_scan_in_chinese_writes_problems_zones_and_notice_in_chinese(tmp_path: Path) -> None:
    bill = tmp_path / "paypal.csv"
    bill.write_text(
        '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross"\n'
        '"31/02/2024","10:00:00","PST","Ann","Payment","Completed","USD","-5.00"\n',
        encoding="utf-8",
    )
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01 not an export")
    english = runner.invoke(app, ["scan", str(tmp_path), "--spacy-model", "none"])
    chinese = runner.invoke(app, ["scan", str(tmp_path), "--spacy-model", "none", "--lang", "zh"])
    assert english.exit_code == 0 and chinese.exit_code == 0, chinese.output

    def joined(text: str) -> str:  # the console wraps long lines
        return "".join(text.split())

    assert joined("not recognised: no known export format matches this file") in joined(
        english.output
    )
    assert joined("bad date or time (day is out of range for month)") in joined(english.output)
    assert "无法识别：不符合任何已知的导出格式" in joined(chinese.output)
    assert "日期或时间无法识别（dayisoutofrangeformonth）" in joined(chinese.output)
    assert "没有安装或启用spaCy模型" in joined(chinese.output)
    assert "NospaCymodel" not in joined(chinese.output)
    assert "noknownexportformat" not in joined(chinese.output)  # "Files not parsed" too
    assert runner.invoke(app, ["scan", str(tmp_path), "--lang", "fr"]).exit_code != 0


def test_scan_without_detection_imports_no_detector_and_draws_no_inference() -> None:
    """`scan --no-pii` starts fast: spaCy, Presidio, the inference families and the
    parsers' heavy libraries are not imported when nothing needs them."""
    import subprocess
    import sys

    heavy = ["spacy", "presidio_analyzer", "footprint.pii.engine", "footprint.infer",
             "footprint.score", "ofxparse", "openpyxl"]  # fmt: skip
    code = (
        "import sys\nfrom footprint.cli import main\n"
        f"sys.argv = ['footprint', 'scan', {str(FIXTURES / 'whatsapp' / '_chat.txt')!r}, "
        "'--no-pii']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print('LOADED', [name for name in {heavy!r} if name in sys.modules])\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert "whatsapp" in run.stdout
    assert run.stdout.strip().splitlines()[-1] == "LOADED []"
