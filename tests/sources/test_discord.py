"""Discord: both package layouts, channel names, the owner, account details, detection."""

from __future__ import annotations

import io
from decimal import Decimal

from footprint.loading import Container, InputFile
from footprint.model import Contact, Message, Payment, ProfileFact
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
    assert facts["connected_account"] == "steam: potterfox_games"
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
