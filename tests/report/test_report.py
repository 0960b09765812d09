"""footprint report: HTML, Markdown and JSON; escaped, masked, offline, schema-true."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from footprint.cli import app
from footprint.report.model import Report, mask
from footprint.report.render import md_escape, render_html, render_markdown, report_schema

from ..conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()
HOSTILE = (
    "<script>alert(1)</script> ![x](https://tracker.example/p.png) <img src=x onerror=alert(2)>"
)


@pytest.fixture(autouse=True)
def _patterns_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOOTPRINT_SPACY_MODEL", "none")


@pytest.fixture
def hostile_chat(tmp_path: Path) -> Path:
    chat = tmp_path / "WhatsApp Chat with Mallory.txt"
    chat.write_text(
        f"01/02/2024, 10:00 - Mallory: {HOSTILE} mail me at mallory.evil@example.com\n"
        f"01/02/2024, 10:01 - Mallory: second line\n",
        encoding="utf-8",
    )
    return chat


def _report(inputs: list[Path], out: Path, *extra: str) -> str:
    result = runner.invoke(app, ["report", *map(str, inputs), "--out", str(out), *extra])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_html_is_self_contained_escaped_and_locked_down(tmp_path: Path, hostile_chat: Path) -> None:
    page = _report([hostile_chat, FIXTURES / "paypal"], tmp_path / "r.html")
    assert "Content-Security-Policy" in page
    assert "default-src 'none'" in page
    assert "<script" not in page.lower()
    assert "onerror=" not in page or "&lt;img" in page
    # No reference to any remote resource: no src/href pointing anywhere.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<svg" in page
    assert "illustrative simulation" in page.lower() or "simulation" in page.lower()


def test_values_masked_by_default_and_shown_on_request(tmp_path: Path, hostile_chat: Path) -> None:
    masked = _report([hostile_chat], tmp_path / "m.json")
    assert "mallory.evil@example.com" not in masked
    shown = _report([hostile_chat], tmp_path / "s.json", "--show-values")
    assert "mallory.evil@example.com" in shown


def test_json_follows_the_published_schema(tmp_path: Path, hostile_chat: Path) -> None:
    data = json.loads(_report([hostile_chat, FIXTURES / "whatsapp"], tmp_path / "r.json"))
    Report.model_validate(data)
    assert data["report_schema_version"] == 1
    published = json.loads((ROOT / "docs" / "report-schema.json").read_text(encoding="utf-8"))
    assert published == report_schema(), "regenerate docs/report-schema.json"
    assert {"entities", "sources", "inferences", "scores", "simulation_notice"} <= data.keys()
    assert all("redaction_plan" in source for source in data["sources"])


def test_markdown_escapes_user_text(tmp_path: Path, hostile_chat: Path) -> None:
    text = _report([hostile_chat], tmp_path / "r.md", "--show-values")
    assert "<script>" not in text
    assert "![x](" not in text
    assert "\\!\\[x\\]" in md_escape("![x](https://tracker.example/p.png)")


def test_bad_extension_and_out_inside_input_exit_2(tmp_path: Path, hostile_chat: Path) -> None:
    assert (
        runner.invoke(
            app, ["report", str(hostile_chat), "--out", str(tmp_path / "r.pdf")]
        ).exit_code
        == 2
    )
    inside = runner.invoke(app, ["report", str(tmp_path), "--out", str(tmp_path / "r.html")])
    assert inside.exit_code == 2


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("ana.ruiz@example.org", "an•••••z@ex••••e.org"),
        ("+44 7700 900123", "+4••••••••••••3"),
        ("Jo", "••"),
    ],
)
def test_mask(value: str, masked: str) -> None:
    assert mask(value) == masked


def test_renderers_accept_an_empty_report() -> None:
    report = Report(values_shown=False, detector="off", totals={}, entities=[], sources=[],
                    inferences=[], scores=[], problems=0)  # fmt: skip
    assert "<html" in render_html(report)
    assert "# What your exports hold" in render_markdown(report)


def test_handout_is_one_locked_down_page_with_masked_values(
    tmp_path: Path, hostile_chat: Path
) -> None:
    page = _report([hostile_chat], tmp_path / "handout.html", "--handout")
    assert "@page { size: A4" in page
    assert "default-src 'none'" in page
    assert "<script" not in page.lower()
    assert "mallory.evil@example.com" not in page
    assert "simulation" in page.lower()
    pdf = runner.invoke(
        app, ["report", str(hostile_chat), "--out", str(tmp_path / "h.md"), "--handout"]
    )
    assert pdf.exit_code == 2
