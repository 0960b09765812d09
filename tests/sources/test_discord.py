"""Discord: both package layouts, channel names, the owner, account details, detection."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from footprint.loading import Container, InputFile
from footprint.model import Activity, Contact, Message, Payment, ProfileFact
from footprint.sources import discord

from ..conftest import FIXTURES
from .chat_parse import parse_inputs


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


def test_old_package_messages_have_owner_and_channel_names() -> None:
    result = parse_inputs([FIXTURES / "discord" / "package_2021"])
    messages = [r for r in result.records if isinstance(r, Message)]
    assert {m.actor for m in messages} == {"potterfox#4821"}
    direct = [m for m in messages if "c111" in m.path]
    assert {m.conversation for m in direct} == {"Direct Message with mirel#0007"}
    assert {m.counterparty for m in direct} == {"mirel#0007"}
    assert direct[1].text == "Two lines:\nglaze list below"
    assert direct[1].media == "glaze_list.png"
    # Not in index.json: the name comes from channel.json and its server.
    assert {m.conversation for m in messages if "c333" in m.path} == {"clay-swap in Makers Market"}
    assert len(result.export_roots()) == 1, "one package is one source"


def test_new_package_json_and_naive_times() -> None:
    result = parse_inputs([FIXTURES / "discord" / "package_2024"])
    messages = [r for r in result.records if isinstance(r, Message)]
    assert messages[0].actor == "glaze.wren"
    assert messages[0].tz_assumed
    assert messages[1].media == "photo.jpg"
    assert [p.locator for p in result.problems] == ["$[1]"]


def test_account_details() -> None:
    result = parse_inputs([FIXTURES / "discord" / "package_2021" / "account"])
    facts = {r.field: r.value for r in result.records if isinstance(r, ProfileFact)}
    assert facts["email"] == "potterfox@example.com"
    assert facts["ip"] == "203.0.113.54"
    assert facts["connected_account"] == "potterfox_games"  # the platform in raw_fields
    contacts = [r for r in result.records if isinstance(r, Contact)]
    assert [(c.handle, c.text) for c in contacts] == [
        ("mirel#0007", "friend"),
        ("spamlord#9999", "blocked"),
    ]
    (payment,) = [r for r in result.records if isinstance(r, Payment)]
    assert payment.amount == Decimal("-9.99") and payment.currency == "USD"


def test_relative_lookup_resolves_parent_folders_and_case() -> None:
    container = _container(
        {
            "pkg/Messages/c1/messages.json": b"[]",
            "pkg/Account/user.json": b"{}",
            "pkg/Messages/index.json": b"{}",
        }
    )
    file = container.files["pkg/Messages/c1/messages.json"]
    assert (
        discord._relative(file, "../../account/user.json")
        is container.files["pkg/Account/user.json"]
    )
    assert discord._relative(file, "../index.json") is container.files["pkg/Messages/index.json"]


def test_detect_leaves_other_exports_alone() -> None:
    container = _container(
        {
            "a/messages.json": b'[{"ID": 1, "Timestamp": "2020-01-01 00:00:00", "Contents": "x"}]',
            "b/messages.csv": b"ID,Timestamp,Contents,Attachments\n",
            "slack/general/2020-01-01.json": b'[{"type": "message", "ts": "1.0", "user": "U1"}]',
            "users.json": b'[{"id": "U1", "name": "ann", "real_name": "Ann"}]',
            "message_1.json": b'{"participants": [], "messages": [{"sender_name": "A"}]}',
            "other.csv": b"id,date,amount\n1,2020-01-01,3\n",
            "user.json": b'{"name": "not discord", "email": "a@example.com"}',
        }
    )
    scores = {name: discord.detect(file) for name, file in container.files.items()}
    assert scores["a/messages.json"] >= 0.5
    assert scores["b/messages.csv"] == 1.0
    for name in ("slack/general/2020-01-01.json", "users.json", "message_1.json", "other.csv"):
        assert scores[name] == 0.0, name
    assert scores["user.json"] == 0.0


def test_activity_events_kept_types_and_hourly_presence() -> None:
    result = parse_inputs([FIXTURES / "discord" / "package_2021"])
    events = [r for r in result.records if isinstance(r, Activity)]
    assert [(e.locator, e.activity_type) for e in events] == [
        ("line 1", "login_successful"),
        ("line 2", "send_message"),
        ("line 3", discord.ACTIVE),  # the first other event of the hour, from this IP
        ("line 6", "join_voice_channel"),
        ("line 8", "launched_game"),
        ("line 9", discord.ACTIVE),
    ]
    login = events[0]
    assert (login.ip, login.text) == ("203.0.113.54", "Leeds, ENG, GB")
    assert login.timestamp == datetime(2021, 3, 2, 8, 10, tzinfo=UTC)
    # Channel names come from messages/index.json when the package has them.
    assert events[1].title == "Direct Message with mirel#0007"
    assert events[3].title == "channel 999 in server 888"
    problems = [p for p in result.problems if "events-" in p.path]
    assert [p.locator for p in problems] == ["line 5", "line 7"]


def test_newer_events_with_quoted_timestamps() -> None:
    result = parse_inputs([FIXTURES / "discord" / "package_2024"])
    events = [r for r in result.records if isinstance(r, Activity)]
    assert events[0].timestamp == datetime(2024, 6, 1, 7, 0, tzinfo=UTC)
    assert [e.activity_type for e in events] == ["app_opened", discord.ACTIVE, "send_message"]


def test_huge_event_files_stay_bounded() -> None:
    line = (
        '{"event_type":"notification_viewed","ip":"192.0.2.1","city":"Oslo",'
        '"timestamp":"2022-01-01T%02d:%02d:%02d.000Z"}\n'
    )
    data = "".join(line % (h, m, s) for h in range(24) for m in range(60) for s in range(0, 60, 2))
    container = _container({"activity/analytics/events-2022-00000-of-00001.json": data.encode()})
    file = container.get("activity/analytics/events-2022-00000-of-00001.json")
    assert file is not None and discord.detect(file) == 1.0
    records = list(discord.parse(file, discord.ParseContext()))
    # 43,200 UI events in a day from one IP: one presence record per hour.
    assert len(records) == 24
    assert all(isinstance(r, Activity) and r.activity_type == discord.ACTIVE for r in records)


def test_many_bad_lines_give_a_bounded_number_of_problems() -> None:
    data = b"not json\n" * 500
    container = _container({"activity/tns/events-2022-00000-of-00001.json": data})
    file = container.get("activity/tns/events-2022-00000-of-00001.json")
    assert file is not None
    items = list(discord.parse(file, discord.ParseContext()))
    assert len(items) == 21
    assert items[-1].message == "480 more unreadable event lines"  # type: ignore[union-attr]


def test_connections_key_gives_linked_account_names(tmp_path: Path) -> None:
    """Packages name the linked accounts "connections" or "connected_accounts"."""
    account = tmp_path / "package" / "account"
    account.mkdir(parents=True)
    (account / "user.json").write_text(
        '{"id": "7039", "username": "lizzybee", "discriminator": "4417", "has_mobile": true,'
        ' "connections": [{"type": "steam", "id": "7656", "name": "lizzybee_88"}]}',
        encoding="utf-8",
    )
    result = parse_inputs([tmp_path / "package"])
    linked = [
        r for r in result.records if isinstance(r, ProfileFact) and r.field == "connected_account"
    ]
    assert [(r.value, r.raw_fields) for r in linked] == [("lizzybee_88", '{"platform":"steam"}')]
