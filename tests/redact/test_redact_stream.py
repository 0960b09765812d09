"""Plain text is redacted and leak-checked a block of lines at a time: the same bytes,
the same counts and the same leaks as on the whole file, whatever the block size."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.config import Settings
from footprint.pii.engine import build_detector
from footprint.redact.containers import plain_text_encoding, rewrite, rewrite_text_stream
from footprint.redact.leakcheck import find_leaks, find_leaks_in_stream
from footprint.redact.operators import Operator, Replacer
from footprint.redact.run import RedactionResult, _Redactor, redact
from footprint.redact.values import Target, ValueMatcher

KEY = bytes(range(32))
TARGETS = [
    Target("PERSON", "Ana Ruiz"),
    Target("PERSON", "王芳"),
    Target("PHONE_NUMBER", "+44 7700 900123"),
    Target("EMAIL_ADDRESS", "ana@example.org"),
]
# Pieces that make values, coordinate pairs (also broken over lines), entities and
# marks meet a line break or a block boundary in every way.
PIECES = [
    "Ana Ruiz", "ana ruiz", "AnaRuiz", "王芳", "+44 7700 900123", "07700-900-123",
    "ana@example.org", "ana&#64;example.org", "&amp;", "51.5074", "-0.1278", "12", ",", ", ",
    "°", "geo:", "?q=", "%2C", '"coordinates":', "[", "]", ":", "C", "\n", "\n", "\r\n",
    " ", "\t", "hello", "👍", "é", "\ufeff", "x", "1 High St\nLeeds",
]  # fmt: skip
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "gb18030", "cp1252"]
BLANK = st.sampled_from(["", " ", "\n", "\r\n", " \n ", "\n\n"])
# A coordinate pair, its parts perhaps on different lines, as a link, GeoJSON or bare.
COORDINATES = st.builds(
    lambda head, blank1, lat, sep, blank2, lon, tail: (
        f"{head}{blank1}{lat}{sep}{blank2}{lon}{tail}"
    ),
    st.sampled_from(["", "geo:", "?q=", '"coordinates"\n:', '"coordinates": [', "at "]),
    BLANK,
    st.sampled_from(["51.5074", "31.230416", "-33.8688", "51.5"]),
    st.sampled_from([",", "%2C", "°,", " ,", ",\n", "\n,"]),
    BLANK,
    st.sampled_from(["-0.1278", "121.473701", "151.2093", "0.1"]),
    st.sampled_from(["", "°", "]", "\n", " ok\n"]),
)
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), COORDINATES), max_size=60)


def _redactor(matcher: ValueMatcher) -> _Redactor:
    return _Redactor(matcher, Replacer(Operator.PSEUDONYM, KEY), RedactionResult(Path(".")))


def _streamed(data: bytes, encoding: str, redactor: _Redactor, block: int) -> bytes:
    out = io.BytesIO()
    rewrite_text_stream(
        io.BytesIO(data), encoding, redactor.text, out.write, redactor.safe_end, block=block
    )
    return out.getvalue()


@settings(max_examples=300, deadline=None)
@given(
    pieces=TEXT,
    encoding=st.sampled_from(ENCODINGS),
    block=st.integers(1, 64),
    newline_value=st.booleans(),
)
def test_streamed_text_is_the_whole_file_rewritten(
    pieces: list[str], encoding: str, block: int, newline_value: bool
) -> None:
    text = "note: " + "".join(pieces)  # not JSON-like at the start
    data = text.encode(encoding, errors="replace")
    # A value with a line break inside: the text cannot be cut, the result is the same.
    targets = [*TARGETS, Target("ADDRESS", "1 High St\nLeeds")] if newline_value else TARGETS
    matcher = ValueMatcher(targets)
    whole, streamed = _redactor(matcher), _redactor(matcher)
    expected = rewrite("chat.txt", data, whole.text)
    detected = plain_text_encoding("chat.txt", data, len(data))
    assert expected.kind == "text"
    assert detected is not None
    assert _streamed(data, detected, streamed, block) == expected.data
    assert streamed.result.replacements == whole.result.replacements


@settings(max_examples=200, deadline=None)
@given(
    pieces=TEXT,
    encoding=st.sampled_from(ENCODINGS),
    block=st.integers(1, 64),
)
def test_leaks_found_in_a_stream_as_in_the_whole_file(
    pieces: list[str], encoding: str, block: int
) -> None:
    data = ("note: " + "".join(pieces)).encode(encoding, errors="replace")
    matcher = ValueMatcher(TARGETS)
    expected = [(leak.entity_type, leak.form) for leak in find_leaks("chat.txt", data, matcher)]
    found = find_leaks_in_stream("chat.txt", io.BytesIO(data), len(data), matcher, block=block)
    assert [(leak.entity_type, leak.form) for leak in found] == expected


def test_other_kinds_are_not_streamed() -> None:
    json_text = b'{"name": "Ana Ruiz"}'
    assert plain_text_encoding("messages.json", json_text, len(json_text)) is None
    assert plain_text_encoding("data.txt", b"window.YTD.x = [{}]" + b" " * 300, 320) is None
    assert plain_text_encoding("bill.csv", b"a,b\n1,2\n", 8) is None
    assert plain_text_encoding("photo.jpg", b"\xff\xd8\xff", 3) is None
    assert plain_text_encoding("blob.bin", b"ab\x00cd", 5) is None
    assert plain_text_encoding("chat.txt", b"01/01/2021, 08:00 - A: hi\n", 26) == "utf-8"


def test_a_chat_larger_than_the_spool_is_redacted_in_a_folder_and_a_zip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the whole command: every occurrence replaced, in a file and in an archive,
    with the spool spilling to disk (a small limit) and many blocks."""
    import footprint.redact.run as run

    lines = [
        f"{day % 28 + 1:02d}/01/2021, 08:{day % 60:02d} - Ana Ruiz: call 王芳 at 51.50{day:04d}, "
        f"-0.12{day:04d} or +44 7700 900123\n"
        for day in range(4000)
    ]
    chat = "".join(lines)
    source = tmp_path / "in"
    source.mkdir()
    (source / "WhatsApp Chat with 王芳.txt").write_text(chat, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "export.zip", "w") as archive:
        archive.writestr("WhatsApp Chat with 王芳.txt", chat)
    monkeypatch.setattr(run, "SPOOL_BYTES", 4096)
    settings_ = Settings(assumed_timezone="UTC", spacy_model="none")
    detector = build_detector(settings_)
    for given_input, name in ((source, "folder"), (tmp_path / "export.zip", "zip")):
        out = tmp_path / f"out-{name}"
        result = redact([given_input], out, settings_, detector, key=KEY)
        assert result.passed
        texts = [p for p in out.rglob("*") if p.is_file() and p.name != "manifest.json"]
        assert len(texts) == 1
        if name == "zip":
            with zipfile.ZipFile(texts[0]) as archive:
                (member,) = archive.namelist()
                redacted = archive.read(member).decode("utf-8")
        else:
            redacted = texts[0].read_text(encoding="utf-8")
        assert redacted.count("\n") == len(lines)
        for value in ("Ana Ruiz", "王芳", "7700 900123", "51.50"):
            assert value not in redacted
        assert result.replacements["COORDINATES"] == len(lines)


def test_json_is_checked_as_its_reader_sees_it() -> None:
    """An escape in the raw text (Mam\\u00c3\\u00b3, Facebook's mojibake of Mamó) cuts no
    word: "Mam" is not in "Mamó". A value stored as a number is still found."""
    matcher = ValueMatcher([Target("PERSON", "Mam"), Target("PHONE_NUMBER", "447700900123")])
    inside = b'[{"post": "Mam\\u00c3\\u00b3, 5 years today"}]'
    assert find_leaks("posts.json", inside, matcher) == []
    alone = b'[{"post": "Mam, 5 years today"}]'
    assert [leak.entity_type for leak in find_leaks("posts.json", alone, matcher)] == ["PERSON"]
    number = b'{"phone": 447700900123}'
    assert [leak.entity_type for leak in find_leaks("c.json", number, matcher)] == ["PHONE_NUMBER"]
