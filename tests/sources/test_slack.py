"""Slack: names from users.json, markup, exact timestamps, reactions, detection."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from footprint.loading import Container, InputFile
from footprint.model import Contact, Message
from footprint.sources import slack

from ..conftest import FIXTURES
from .chat_parse import parse_inputs

DAY = b'[{"type": "message", "user": "U1", "text": "hi <@U1>", "ts": "1452845865.000008"}]'


def _container(files: dict[str, bytes]) -> Container:
    container = Container(display="(memory)")
    for name, data in files.items():
        container.add(
            InputFile(
                path=name,
                display=name,
                size=len(data),
                _opener=lambda data=data: io.BytesIO(data),  # type: ignore[misc]
            )
        )
    return container


def test_markup_becomes_plain_text() -> None:
    users = {"U1": "Ana Lindqvist"}
    assert slack.clean_text("hi <@U1>", users) == "hi @Ana Lindqvist"
    assert slack.clean_text("<@U9|zed>", users) == "@zed"
    assert slack.clean_text("<https://x.org|docs>", users) == "docs (https://x.org)"
    assert slack.clean_text("<https://x.org>", users) == "https://x.org"
    assert slack.clean_text("<mailto:a@x.org|a@x.org>", users) == "a@x.org"
    assert slack.clean_text("<#C1|general> <!channel>", users) == "#general @channel"
    assert slack.clean_text("<!subteam^S1|@nurses>", users) == "@nurses"
    assert slack.clean_text("a &amp; b &lt;3", users) == "a & b <3"


def test_ts_keeps_microseconds_exactly() -> None:
    assert slack._timestamp("1452845865.000008") == datetime(2016, 1, 15, 8, 17, 45, 8, tzinfo=UTC)
    assert slack._timestamp("nope") is None


def test_fixture_workspace() -> None:
    result = parse_inputs([FIXTURES / "slack"])
    messages = [r for r in result.records if isinstance(r, Message)]
    welcome = next(m for m in messages if m.locator == "$[1]" and "2016-01-15" in m.path)
    assert welcome.actor == "Ana Lindqvist"
    assert welcome.text is not None and "@Ben Okafor" in welcome.text
    reactions = [m for m in messages if m.media == "reaction"]
    assert {(m.actor, m.counterparty) for m in reactions} >= {("Cleo Marchetti", "Ana Lindqvist")}
    direct = [m for m in messages if "D0ABCDEF1" in m.path and m.media != "reaction"]
    assert {m.conversation for m in direct} == {"Ana Lindqvist, Ben Okafor"}
    assert [m.counterparty for m in direct] == ["Ben Okafor", "Ana Lindqvist"]
    contacts = [r for r in result.records if isinstance(r, Contact)]
    assert [c.name for c in contacts] == ["Ana Lindqvist", "Ben Okafor", "Cleo Marchetti"]
    assert contacts[0].phone == "+46 70 123 45 67"
    assert len(result.export_roots()) == 1


def test_day_file_detection_uses_content_and_workspace() -> None:
    with_users = _container({"ws/general/2020-01-01.json": DAY, "ws/users.json": b"[]"})
    alone = _container({"general/2020-01-01.json": DAY})
    assert slack.detect(with_users.files["ws/general/2020-01-01.json"]) == 1.0
    assert 0.5 <= slack.detect(alone.files["general/2020-01-01.json"]) < 1.0


def test_detect_leaves_other_json_alone() -> None:
    container = _container(
        {
            "log/2020-01-01.json": b'[{"event": "login", "time": "2020-01-01"}]',
            "users.json": b'[{"id": 1, "email": "a@example.com"}]',
            "x/messages.json": b'[{"ID": 1, "Timestamp": "2020-01-01 00:00:00", "Contents": ""}]',
            "result.json": b'{"messages": [{"type": "message", "date_unixtime": "1"}]}',
            "notes.json": DAY,
        }
    )
    for name, file in container.files.items():
        assert slack.detect(file) == 0.0, name


def test_one_folder_with_every_chat_export_is_split_by_format() -> None:
    """Chat exports unpacked side by side: each file goes to its own format."""
    import zipfile

    from footprint.loading import MemoryInput

    buffer = io.BytesIO()
    origin: dict[str, str] = {}
    with zipfile.ZipFile(buffer, "w") as archive:
        for fmt in ("telegram", "messenger", "discord", "slack", "wechat"):
            for path in sorted((FIXTURES / fmt).rglob("*")):
                if path.is_file():
                    name = f"downloads/{fmt}-export/{path.relative_to(FIXTURES / fmt).as_posix()}"
                    archive.write(path, name)
                    origin[f"all.zip!/{name}"] = fmt
    result = parse_inputs([MemoryInput("all.zip", buffer.getvalue())])
    for path, fmt in result.formats().items():
        assert fmt == origin[path], path
    assert set(result.formats().values()) == set(origin.values())
    assert not [d for d in result.files if d.status == "unrecognised"]
