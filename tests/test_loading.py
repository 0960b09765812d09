"""Safe loading: archive limits, hostile entry names, encodings, read-only inputs."""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import os
import stat
import tarfile
import zipfile
from contextlib import ExitStack
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.config import Limits
from footprint.loading import (
    MAX_JSON_DEPTH,
    JsonDepthGuard,
    JsonNestingError,
    LoadedInputs,
    MemoryInput,
    load_inputs,
)
from footprint.model import ProblemCode
from footprint.textio import detect_encoding


def _load(*inputs: object, limits: Limits | None = None) -> LoadedInputs:
    with ExitStack() as stack:
        return load_inputs(list(inputs), limits or Limits(), stack)  # type: ignore[arg-type]


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_zip_is_read_in_memory_with_display_paths() -> None:
    with ExitStack() as stack:
        data = _zip({"a/b.txt": b"hi", "c.txt": b"yo"})
        loaded = load_inputs([MemoryInput("export.zip", data)], Limits(), stack)
        contents = sorted(f.read_bytes() for f in loaded.files)
    assert sorted(f.display for f in loaded.files) == ["export.zip!/a/b.txt", "export.zip!/c.txt"]
    assert contents == [b"hi", b"yo"]
    assert not loaded.problems


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil.txt", "escapes"),
        ("a/../../evil.txt", "escapes"),
        ("/etc/passwd", "absolute"),
        ("C:/windows/evil.txt", "absolute"),
        ("inner.zip", "archive inside an archive"),
        ("deeper/inner.tar.gz", "archive inside an archive"),
    ],
)
def test_unsafe_zip_entries_are_refused(name: str, reason: str) -> None:
    loaded = _load(MemoryInput("x.zip", _zip({name: b"data", "ok.txt": b"fine"})))
    assert [f.path for f in loaded.files] == ["ok.txt"]
    assert len(loaded.problems) == 1
    assert reason in loaded.problems[0].message
    assert loaded.problems[0].code is ProblemCode.REFUSED
    assert name in loaded.problems[0].path


def test_symlink_entry_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("link.txt")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    loaded = _load(MemoryInput("l.zip", buffer.getvalue()))
    assert not loaded.files
    assert "symbolic link" in loaded.problems[0].message


def test_entry_count_limit() -> None:
    data = _zip({f"f{i}.txt": b"x" for i in range(20)})
    loaded = _load(MemoryInput("many.zip", data), limits=Limits(max_entries=10))
    assert not loaded.files
    assert "20 entries" in loaded.problems[0].message


def test_total_size_limit_checked_before_reading() -> None:
    data = _zip({"big.txt": b"a" * 5000})
    loaded = _load(MemoryInput("big.zip", data), limits=Limits(max_total_bytes=1000))
    assert not loaded.files
    assert "5,000" in loaded.problems[0].message


def test_compression_ratio_limit() -> None:
    data = _zip({"bomb.txt": b"\0" * (4 * 1024 * 1024), "small.txt": b"ok"})
    loaded = _load(MemoryInput("bomb.zip", data), limits=Limits(max_ratio=50))
    assert [f.path for f in loaded.files] == ["small.txt"]
    assert "compression ratio" in loaded.problems[0].message


def test_overlapping_entries_are_refused() -> None:
    # Two central-directory records pointing at the same local header (CVE-2024-0450 style).
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", b"A" * 100)
        archive.writestr("b.txt", b"B" * 100)
    data = bytearray(buffer.getvalue())
    central = data.rfind(b"PK\x01\x02")  # the second central-directory record (b.txt)
    data[central + 42 : central + 46] = (0).to_bytes(4, "little")  # its header offset := a.txt's
    loaded = _load(MemoryInput("overlap.zip", bytes(data)))
    assert not loaded.files
    assert "overlap" in loaded.problems[0].message


def test_truncated_zip_is_a_clear_problem() -> None:
    data = _zip({"a.txt": b"hello" * 100})[:50]
    loaded = _load(MemoryInput("cut.zip", data))
    assert not loaded.files
    assert loaded.problems[0].code is ProblemCode.UNREADABLE
    assert loaded.problems[0].path == "cut.zip"


def test_tar_gz_with_hostile_members(tmp_path: Path) -> None:
    path = tmp_path / "export.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for name, data in {"ok/chat.txt": b"hello", "../escape.txt": b"x"}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("ok/link")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        archive.addfile(link)
    with ExitStack() as stack:
        loaded = load_inputs([path], Limits(), stack)
        content = loaded.files[0].read_bytes()
    assert [f.path for f in loaded.files] == ["ok/chat.txt"]
    assert content == b"hello"
    messages = " ".join(p.message for p in loaded.problems)
    assert "escapes" in messages
    assert "link" in messages


def test_folder_walk_skips_symlinks(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("hi", encoding="utf-8")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text("secret", encoding="utf-8")
    os.symlink(outside, tmp_path / "link.txt")
    loaded = _load(tmp_path)
    assert [f.path for f in loaded.files] == ["real.txt"]
    assert "symbolic link" in loaded.problems[0].message


def test_missing_input_is_a_problem(tmp_path: Path) -> None:
    loaded = _load(tmp_path / "nope.zip")
    assert loaded.problems[0].message == "no such file or folder"


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        ("plain ascii, nothing else\n", "utf-8", "utf-8"),
        ("Jørgen said 你好\n" * 20, "utf-8", "utf-8"),
        ("Jørgen said 你好\n" * 20, "utf-8-sig", "utf-8-sig"),
        ("Jørgen said 你好\n" * 20, "utf-16", "utf-16"),
        ("交易时间,交易分类,交易对方,对方账号,商品说明\n" * 20, "gbk", "gb18030"),
        ("微信昵称：[张三] 起始时间：[2024-01-01]\n" * 20, "gb18030", "gb18030"),
    ],
)
def test_encoding_detection(text: str, codec: str, expected: str) -> None:
    data = text.encode(codec)
    detected = detect_encoding(data, complete=True)
    assert codecs.lookup(detected).name == codecs.lookup(expected).name
    assert data.decode(detected).lstrip("\ufeff") == text


def test_inputs_are_never_modified(tmp_path: Path) -> None:
    from footprint.config import Settings
    from footprint.scan import scan

    root = Path(__file__).parent / "fixtures"
    before = {
        p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in root.rglob("*")
        if p.is_file()
    }
    scan([root], Settings(assumed_timezone="UTC"), None)
    after = {
        p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in root.rglob("*")
        if p.is_file()
    }
    assert before == after


def test_office_documents_are_files_not_archives(tmp_path: Path) -> None:
    workbook = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    path = tmp_path / "bill.xlsx"
    path.write_bytes(workbook)
    for loaded in (_load(path), _load(MemoryInput("bill.xlsx", workbook))):
        assert [f.name for f in loaded.files] == ["bill.xlsx"]
        assert not loaded.problems


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='[]{}"\\ab,:'),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(alphabet='[]{}"\\ab'), children, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(document=_JSON, chunk=st.integers(min_value=1, max_value=64))
def test_json_depth_guard_passes_any_document_unchanged(document: object, chunk: int) -> None:
    data = json.dumps(document).encode()
    guarded = io.BufferedReader(JsonDepthGuard(io.BytesIO(data)), buffer_size=chunk)
    assert guarded.read() == data


@pytest.mark.parametrize("chunk", [1, 3, 4096])
def test_json_depth_guard_stops_deep_nesting(chunk: int) -> None:
    def read(data: bytes) -> bytes:
        return io.BufferedReader(JsonDepthGuard(io.BytesIO(data)), buffer_size=chunk).read()

    assert read(b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH)
    # Brackets inside strings (with escaped quotes) do not count.
    assert read(b'["\\"[[[[", "' + b"[" * 2000 + b'"]')
    with pytest.raises(JsonNestingError):
        read(b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1))


def test_deep_json_file_is_a_quick_problem(tmp_path: Path) -> None:
    from footprint.config import Settings
    from footprint.scan import scan

    deep = tmp_path / "result.json"
    deep.write_bytes(b'{"name": "x", "messages": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    result = scan([deep], Settings(assumed_timezone="UTC"), None, overrides={str(deep): "telegram"},
                  analyse=False)  # fmt: skip
    assert any("deeper than" in p.message for p in result.problems), result.problems


@pytest.mark.parametrize("chunk", [1, 7, 65536])
def test_json_guard_stops_absurd_numbers_but_not_long_strings(chunk: int) -> None:
    def read(data: bytes) -> bytes:
        return io.BufferedReader(JsonDepthGuard(io.BytesIO(data)), buffer_size=chunk).read()

    assert read(b'{"s": "' + b"9" * 5000 + b'", "n": 12345678901234567890}')
    with pytest.raises(JsonNestingError, match="digits"):
        read(b'{"n": ' + b"9" * 5000 + b"}")


def test_parse_progress_is_in_bytes_and_moves_within_a_big_file(tmp_path: Path) -> None:
    from footprint.config import Settings
    from footprint.scan import scan

    chat = tmp_path / "WhatsApp Chat with Ann.txt"
    line = "01/02/2024, 10:00 - Ann: " + "x" * 200 + "\n"
    chat.write_text(line * 20_000, encoding="utf-8")
    (tmp_path / "small.txt").write_text("hello\n", encoding="utf-8")
    seen: list[tuple[int, int | None]] = []
    scan([tmp_path], Settings(assumed_timezone="UTC"), None, analyse=False,
         progress=lambda stage, done, total: seen.append((done, total)) if stage == "parse" else None)  # fmt: skip
    total = chat.stat().st_size + 6
    assert seen[0] == (0, total)
    assert seen[-1] == (total, total)
    dones = [done for done, _ in seen]
    assert dones == sorted(dones)
    assert len([d for d in dones if 0 < d < total]) >= 10  # it moved while reading the chat


def test_progress_counting_keeps_streams_seekable(tmp_path: Path) -> None:
    from contextlib import ExitStack

    path = tmp_path / "book.xlsx"
    path.write_bytes(_zip({"a.xml": b"<a/>" * 1000}))
    with ExitStack() as stack:
        file = load_inputs([path], Limits(), stack).files[0]
        reached: list[int] = []
        file.on_read = reached.append
        with file.open() as stream:
            assert stream.seekable()
            stream.seek(-22, 2)
            assert stream.read(4) == b"PK\x05\x06"
            stream.seek(0)
            assert stream.read(2) == b"PK"
    assert reached
    assert reached == sorted(reached)


def test_many_problems_of_one_kind_are_listed_up_to_a_bound_then_counted(tmp_path: Path) -> None:
    from footprint.config import Settings
    from footprint.scan import PROBLEMS_LISTED_PER_KIND, scan

    lines = ["01/08/2024, 12:33 - Ann: hello"]
    lines += [f"31/02/2024, 12:{n % 60:02d} - Ann: message {n}" for n in range(250)]
    chat = tmp_path / "WhatsApp Chat with Ann.txt"
    chat.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = scan([chat], Settings(assumed_timezone="UTC"), None, analyse=False)
    bad_dates = [p for p in result.problems if p.message_id != "more_like_this"]
    more = [p for p in result.problems if p.message_id == "more_like_this"]
    assert len(bad_dates) == PROBLEMS_LISTED_PER_KIND
    assert len(more) == 1
    assert more[0].path == str(chat) or more[0].path.endswith(chat.name)
    assert f"{250 - PROBLEMS_LISTED_PER_KIND} more like this" in more[0].message
    assert bad_dates[0].message in more[0].message
    assert "另有 150 处同类问题" in more[0].text("zh")
    assert result.sources[0].problems == 250  # the summary still counts every one
