"""The per-format table of identity fields: every value a format carries in a listed field
is a finding, on fixtures of each format the table names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footprint.model import (
    Contact,
    Message,
    Payment,
    Post,
    ProfileFact,
    Record,
    pack_raw_fields,
    unpack_raw_fields,
)
from footprint.pii.fields import FIELD_ENTITIES, raw_fields_for
from footprint.pii.names import collect_names
from footprint.pii.structured import field_entity, structured_values
from tests.conftest import FIXTURES
from tests.sources.chat_parse import parse_inputs

PAYPAL_SHIPPING = (
    '\ufeff"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net",'
    '"From Email Address","To Email Address","Transaction ID","Shipping Address",'
    '"Address Line 1","Address Line 2/District/Neighborhood","Town/City","Zip/Postal Code",'
    '"Contact Phone Number","Item Title"\r\n'
    '"05/01/2024","09:12:44","GMT","Book Nook","Express Checkout Payment","Completed","GBP",'
    '"-12.00","0.00","-12.00","pat.doe@example.com","shop@books.example","9AB2345",'
    '"Pat Doe, 14 Elm Grove, Leeds, LS6 2AB","14 Elm Grove","Headingley","Leeds","LS6 2AB",'
    '"07700 900123","A novel"\r\n'
)


def _findings(records: list[Record]) -> set[tuple[str, str, str]]:
    return {found for record in records for found in structured_values(record)}


def test_every_table_entry_names_a_known_format() -> None:
    from footprint.sources.registry import SOURCES

    formats = {module.FORMAT for module in SOURCES}
    assert set(FIELD_ENTITIES) <= formats


def test_memotrace_sender_remark_and_nickname_are_findings() -> None:
    parsed = parse_inputs([FIXTURES / "wechat" / "memotrace" / "张伟"], "Asia/Shanghai")
    found = _findings(parsed.records)
    assert ("Sender", "wxid_zw001", "WECHAT_ID") in found
    first = next(r for r in parsed.records if r.locator == "row 2")
    # The chat's id repeats the sender's on their own messages: one finding per record.
    assert [f for f, v, _ in structured_values(first) if v == "wxid_zw001"] == ["Sender"]
    assert ("NickName", "伟哥", "PERSON") in found
    assert ("Sender", "wxid_me001", "WECHAT_ID") in found
    # The remark is also the sender (actor): one finding, on the record's own field.
    assert ("actor", "张伟", "PERSON") in found
    assert not any(field == "Remark" and value == "张伟" for field, value, _ in found)


def test_memotrace_group_chat_id_is_not_a_wechat_id() -> None:
    parsed = parse_inputs([FIXTURES / "wechat" / "memotrace" / "读书会"], "Asia/Shanghai")
    found = _findings(parsed.records)
    assert ("Sender", "wxid_wf002", "WECHAT_ID") in found
    assert not any("@chatroom" in value for _, value, _ in found)


def test_memotrace_nicknames_join_the_name_book() -> None:
    parsed = parse_inputs([FIXTURES / "wechat" / "memotrace" / "张伟"], "Asia/Shanghai")
    book = collect_names(parsed.records)
    assert "伟哥" in book.full_names


def test_paypal_shipping_and_billing_columns(tmp_path: Path) -> None:
    path = tmp_path / "Download.CSV"
    path.write_text(PAYPAL_SHIPPING, encoding="utf-8")
    parsed = parse_inputs([path], "Europe/London")
    payments = [r for r in parsed.records if isinstance(r, Payment)]
    assert len(payments) == 1
    found = _findings(payments)
    assert ("Shipping Address", "Pat Doe, 14 Elm Grove, Leeds, LS6 2AB", "LOCATION") in found
    assert ("Address Line 1", "14 Elm Grove", "LOCATION") in found
    assert ("Zip/Postal Code", "LS6 2AB", "LOCATION") in found
    assert ("Contact Phone Number", "07700 900123", "PHONE_NUMBER") in found
    # Town/City alone names no one: not in the table.
    assert not any(value == "Leeds" for _, value, _ in found)


def test_paypal_german_fixture_emails() -> None:
    parsed = parse_inputs([FIXTURES / "paypal" / "paypal_de.csv"], "Europe/Berlin")
    found = {value for _, value, entity in _findings(parsed.records) if entity == "EMAIL_ADDRESS"}
    assert "max.muster@example.de" in found


FIELD_CASES = [
    ("wechat", "Sender", "wxid_abc123", "WECHAT_ID"),
    ("wechat", "Sender", "zhang_wei88", "WECHAT_ID"),
    ("wechat", "TalkerId", "12345678@chatroom", None),
    ("wechat", "Sender", "王建国", "PERSON"),  # the user's own rows: a name, not an ID
    ("wechat", "Remark", "王芳", "PERSON"),
    ("wechat", "Remark", "🌸", None),
    ("wechat", "StrContent", "hello", None),  # not a listed field
    ("paypal", "Contact Phone Number", "+44 7700 900123", "PHONE_NUMBER"),
    ("paypal", "Contact Phone Number", "N/A", None),
    ("paypal", "To Email Address", "not an email", None),
    ("paypal", "Shipping Address", "1 High St, Bath", "LOCATION"),
    ("nosuchformat", "Sender", "wxid_abc123", None),
    ("reddit", "actor", "quiet_heron_42", "USERNAME"),
    ("reddit", "counterparty", "r/AskUK", None),  # a community, not an account
    ("reddit", "counterparty", "/r/AskUK", None),
    ("reddit", "actor", "[deleted]", None),
    ("reddit", "url", "https://www.reddit.com/r/AskUK/comments/ab12cd/my_post/", "URL"),
    ("wechat", "location_label", "上海市黄浦区人民大道200号", "LOCATION"),
    ("wechat_pywxdump", "location_label", "上海市黄浦区人民大道200号", "LOCATION"),
    ("telegram", "from_id", "user4400112233", "USERNAME"),
    ("telegram", "from_id", "4400112233", "USERNAME"),  # older exports: a bare number
    ("telegram", "actor_id", "user4400112233", "USERNAME"),
    ("telegram", "from_id", "channel1234567890", None),  # a channel, not a person
    ("mastodon", "actor", "@kai@social.example", "USERNAME"),
    ("mastodon", "profile_url", "https://social.example/@kai", "URL"),
    ("instagram", "href", "https://www.instagram.com/kai", "URL"),
    ("mastodon", "counterparty", "@rue@other.example", "USERNAME"),  # a DM's recipient
    ("discord", "counterparty", "pebble_fox#0420", "USERNAME"),
]


@pytest.mark.parametrize(("source", "field", "value", "entity"), FIELD_CASES)
def test_field_entity(source: str, field: str, value: str, entity: str | None) -> None:
    assert field_entity(source, field, value) == entity


def test_raw_fields_for_keeps_listed_fields_in_table_order() -> None:
    row = {"NickName": "芳芳", "StrContent": "hi", "Sender": "wxid_x1y2z3", "Remark": ""}
    packed = raw_fields_for("wechat", row)
    assert unpack_raw_fields(packed) == (("Sender", "wxid_x1y2z3"), ("NickName", "芳芳"))
    assert raw_fields_for("wechat", {"StrContent": "hi"}) is None
    assert raw_fields_for("whatsapp", row) is None


@given(st.dictionaries(st.text(min_size=1, max_size=12), st.text(max_size=30), max_size=6))
def test_pack_unpack_round_trip(pairs: dict[str, str]) -> None:
    expected = tuple((k, v.strip()) for k, v in pairs.items() if v.strip())
    assert unpack_raw_fields(pack_raw_fields(pairs.items())) == expected


@pytest.mark.parametrize("text", [None, "", "not json", "[1, 2]", '{"a": 3}'])
def test_unpack_tolerates_bad_text(text: str | None) -> None:
    assert unpack_raw_fields(text) == ()


def test_pywxdump_sender_and_chat_wxids_by_record_attribute() -> None:
    from datetime import UTC, datetime

    message = Message(
        source="wechat_pywxdump", path="wxid_ab12cd34_1_2.csv", locator="row 2",
        timestamp=datetime(2024, 1, 1, tzinfo=UTC), actor="wxid_ab12cd34",
        counterparty="12345678@chatroom", conversation="12345678@chatroom", text="hi",
    )  # fmt: skip
    found = set(structured_values(message))
    assert ("actor", "wxid_ab12cd34", "WECHAT_ID") in found
    assert not any("@chatroom" in value for _, value, _ in found)
    own = Message(
        source="wechat_pywxdump", path="x.csv", locator="row 3", actor="me",
        conversation="wxid_zz99yy88",
    )  # fmt: skip
    assert set(structured_values(own)) == {("conversation", "wxid_zz99yy88", "WECHAT_ID")}


def test_pywxdump_chat_named_by_its_file_keeps_the_wxid_in_raw_fields() -> None:
    named = Message(
        source="wechat_pywxdump", path="大姐.csv", locator="row 2", actor="大姐",
        conversation="大姐", text="hi",
        raw_fields='{"talker":"zhouweihong_xy","room_name":"zhouweihong_xy"}',
    )  # fmt: skip
    found = set(structured_values(named))
    assert ("talker", "zhouweihong_xy", "WECHAT_ID") in found
    assert not any(entity == "WECHAT_ID" and value == "大姐" for _, value, entity in found)


def test_wechat_dump_wxid_sender_is_a_wechat_id() -> None:
    message = Message(
        source="wechat_dump", path="wxid_k8j7h6g5.txt", locator="line 2", actor="wxid_k8j7h6g5",
        conversation="wxid_k8j7h6g5", text="hi",
    )  # fmt: skip
    assert set(structured_values(message)) == {("actor", "wxid_k8j7h6g5", "WECHAT_ID")}
    named = Message(
        source="wechat_dump", path="李娜.txt", locator="line 2", actor="李娜", text="hi"
    )
    assert set(structured_values(named)) == {("actor", "李娜", "PERSON")}


def test_slack_profile_display_name_by_dotted_field() -> None:
    parsed = parse_inputs([FIXTURES / "slack" / "workspace"], "UTC")
    found = _findings(parsed.records)
    assert ("user_profile.display_name", "cleo", "USERNAME") in found
    # The real name is the sender already: one finding, on the record's own field.
    assert not any(field == "user_profile.real_name" for field, _, _ in found)


def test_reddit_message_parties_are_usernames() -> None:
    parsed = parse_inputs([FIXTURES / "reddit"], "UTC")
    found = _findings(parsed.records)
    usernames = {value for field, value, entity in found if entity == "USERNAME"}
    messages = [r for r in parsed.records if isinstance(r, Message) and r.actor]
    assert messages
    assert {r.actor for r in messages if r.actor and not r.actor.startswith(("r/", "/r/"))} <= (
        usernames
    )


def test_telegram_sender_ids_are_findings() -> None:
    parsed = parse_inputs([FIXTURES / "telegram" / "single_chat"], "UTC")
    found = _findings(parsed.records)
    assert any(field == "from_id" and entity == "USERNAME" for field, _, entity in found)


def test_mastodon_author_handle_and_urls() -> None:
    parsed = parse_inputs([FIXTURES / "mastodon"], "UTC")
    found = _findings(parsed.records)
    assert ("profile_url", "https://social.example/@kai", "URL") in found
    assert ("actor_url", "https://social.example/users/kai", "URL") in found
    assert any(field == "actor" and entity == "USERNAME" for field, _, entity in found)
    # a public reply shows @lena; its Mention tag gives the whole handle
    assert ("mention_1", "@lena@other.example", "USERNAME") in found


MASKED = [
    ("刘*芳", "PERSON"),
    ("张**", "PERSON"),
    ("欧阳*", "PERSON"),
    ("**芳", "PERSON"),
    ("王＊明", "PERSON"),
    ("美团*外卖平台", None),  # a merchant, not a masked name
    ("***", None),
    ("x*y", None),
]


@pytest.mark.parametrize(("value", "entity"), MASKED)
def test_masked_payee_names_are_people(value: str, entity: str | None) -> None:
    payment = Payment(source="alipay", path="a.csv", locator="row 2", counterparty=value)
    found = {(f, e) for f, v, e in structured_values(payment) if v == value}
    assert found == ({("counterparty", entity)} if entity else set())


def test_a_sender_decorated_with_emoji_is_a_person() -> None:
    message = Message(
        source="whatsapp", path="WhatsApp Chat - Nat 💕/_chat.txt", locator="line 2",
        actor="Nat 💕", conversation="Nat 💕", text="hey",
    )  # fmt: skip
    assert ("actor", "Nat 💕", "PERSON") in set(structured_values(message))
    book = collect_names([message])
    assert book.forms.get("nat") == "Nat"


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("bank_account", "000111222333", "BANK_ACCOUNT"),
        ("bank_routing", "011000015", "BANK_ACCOUNT"),  # OFX BANKID
        ("bank_account", "XXXXXX6184", None),  # masked: names no account
        ("bank_routing", "0", None),
    ],
)
def test_bank_facts_are_findings_unless_masked(
    field: str, value: str, expected: str | None
) -> None:
    fact = ProfileFact(source="ofx", path="x.ofx", locator="line 1", field=field, value=value)
    found = [entity for _, _, entity in structured_values(fact)]
    assert found == ([expected] if expected else [])
    assert field_entity("ofx", "BANKACCTTO.ACCTID", value) == ("BANK_ACCOUNT" if expected else None)


HANDLES = [
    ("kez_99", "USERNAME"),
    ("chen.zq-sz", "USERNAME"),
    ("x2", None),  # too short to tell
    ("___", None),
]


@pytest.mark.parametrize(("actor", "entity"), HANDLES)
def test_a_sender_handle_is_a_username(actor: str, entity: str | None) -> None:
    message = Message(source="tiktok", path="user_data.json", locator="$[0]", actor=actor)
    found = {(f, e) for f, v, e in structured_values(message) if v == actor}
    assert found == ({("actor", entity)} if entity else set())


def test_a_payee_code_is_no_handle() -> None:
    payment = Payment(source="monzo", path="m.csv", locator="row 2", counterparty="AMZN.CO.UK")
    assert all(e != "USERNAME" for _, _, e in structured_values(payment))


def test_a_whatsapp_location_share_link_is_a_finding() -> None:
    parsed = parse_inputs([FIXTURES / "whatsapp"], "UTC")
    found = _findings(parsed.records)
    assert ("link", "https://maps.google.com/?q=53.480759,-2.242631", "URL") in found


def test_a_messenger_thread_folder_is_a_username() -> None:
    message = Message(
        source="messenger", path="messages/inbox/kezdoyle_10234567891/message_1.json",
        locator="$.messages[0]", actor="Kez Doyle", text="hi",
        raw_fields='{"thread":"kezdoyle_10234567891"}',
    )  # fmt: skip
    assert ("thread", "kezdoyle_10234567891", "USERNAME") in set(structured_values(message))


def test_a_remark_pairing_a_role_and_a_name_gives_the_name_too() -> None:
    message = Message(
        source="wechat_pywxdump", path="csv/调度小张/调度小张_0_5000.csv", locator="row 2",
        actor="调度小张", conversation="调度小张", text="明天休息",
    )  # fmt: skip
    found = set(structured_values(message))
    assert any(value == "小张" and entity == "PERSON" for _, value, entity in found)


def test_a_telegram_contact_gives_its_first_name_too() -> None:
    contact = Contact(
        source="telegram", path="result.json", locator="$.contacts.list[0]",
        name="Tom Ellis", raw_fields='{"first_name":"Tom","last_name":"Ellis"}',
    )  # fmt: skip
    found = set(structured_values(contact))
    assert ("first_name", "Tom", "PERSON") in found and ("name", "Tom Ellis", "PERSON") in found


def test_mastodon_direct_message_recipient_is_a_handle(tmp_path: Path) -> None:
    note = {
        "type": "Note",
        "published": "2024-05-01T10:00:00Z",
        "to": ["https://other.example/users/rue"],
        "cc": [],
        "content": "<p>@rue see you at eight</p>",
        "tag": [
            {
                "type": "Mention",
                "href": "https://other.example/users/rue",
                "name": "@rue@other.example",
            }
        ],
    }
    outbox = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "OrderedCollection",
        "orderedItems": [
            {
                "type": "Create",
                "actor": "https://social.example/users/kai",
                "published": "2024-05-01T10:00:00Z",
                "to": note["to"],
                "cc": [],
                "object": note,
            }
        ],
    }
    (tmp_path / "outbox.json").write_text(json.dumps(outbox), encoding="utf-8")
    found = _findings(parse_inputs([tmp_path], "UTC").records)
    assert ("counterparty", "@rue@other.example", "USERNAME") in found


@pytest.mark.parametrize(
    ("in_reply_to", "expected"),
    [
        ("Tom Reilly", [("in_reply_to", "Tom Reilly", "PERSON")]),  # Facebook's title
        ("@dale_h", [("in_reply_to", "@dale_h", "USERNAME")]),  # X
        ("t1_k2j3h4", []),  # Reddit: a parent's id
        ("https://mastodon.example/@a/1", []),  # Mastodon: a link
    ],
)
def test_whom_a_comment_answers(in_reply_to: str, expected: list[tuple[str, str, str]]) -> None:
    post = Post(
        source="facebook", path="comments.json", locator="$[0]", timestamp=None,
        text="congrats!!", post_type="comment", in_reply_to=in_reply_to,
    )  # fmt: skip
    assert [v for v in structured_values(post) if v[0] == "in_reply_to"] == expected


@pytest.mark.parametrize(
    ("category", "counterparty", "entity"),
    [
        ("转账", "Kiki🍑", "PERSON"),  # a transfer goes to a person: a nickname counts
        ("商户消费", "Kiki", None),  # a purchase: a one-word payee may be a shop
    ],
)
def test_a_transfers_payee_is_a_person(
    category: str, counterparty: str, entity: str | None
) -> None:
    payment = Payment(
        source="wechat_pay", path="bill.csv", locator="row 18", timestamp=None,
        counterparty=counterparty, category=category,
    )  # fmt: skip
    found = [e for field, _, e in structured_values(payment) if field == "counterparty"]
    assert found == ([entity] if entity else [])


def test_instagram_profile_links_of_followed_accounts_are_urls() -> None:
    parsed = parse_inputs([FIXTURES / "instagram" / "instagram-2024"], "UTC")
    links = {value for field, value, entity in _findings(parsed.records) if field == "href"}
    assert links
    assert all(link.startswith("https://www.instagram.com/") for link in links)
    assert all(entity == "URL" for field, _, entity in _findings(parsed.records) if field == "href")
