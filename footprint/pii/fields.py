"""Which of an export's own fields name someone, per format: one declarative table.

A source passes the fields its format lists here through ``Record.raw_fields`` with
:func:`raw_fields_for`; :mod:`footprint.pii.structured` turns each value into a finding
of the entity type given here. A new format, or a field a format forgot, is a new row,
not new code. Kept free of heavy imports: every source module imports it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from footprint.model import pack_raw_fields

# An entity written as "PARTY" is decided by the value's shape (e-mail, phone, IBAN, name).
PARTY = "PARTY"

# Format id -> {field name -> the entity type its values are}. A field name is the
# export's own (passed in Record.raw_fields) or one of the record's attributes (actor,
# conversation...), where the format puts an identifier the generic rules do not read.
# A dotted name reads a nested JSON object. Spellings of one field in several languages
# are separate rows.
FIELD_ENTITIES: dict[str, dict[str, str]] = {
    # A shared location's link (maps URL, geo:), kept on its point: where someone was.
    "whatsapp": {"link": "URL"},
    # Messenger and Instagram thread folders: the other side's account slug and a thread id.
    "messenger": {"thread": "USERNAME"},
    # MemoTrace CSV: TalkerId is the chat (a wxid, or ...@chatroom for a group), Sender the
    # wxid of whoever sent the row, Remark the name the user gave them, NickName their own.
    "wechat": {
        "Sender": "WECHAT_ID",
        "TalkerId": "WECHAT_ID",
        "Remark": "PERSON",
        "NickName": "PERSON",
        # A location share's street address (its XML ``label``): where the user was.
        "location_label": "LOCATION",
    },
    # wechat-dump text names the sender and the chat (its file) by wxid when it has no
    # name for them; a 1:1 chat's wxid-only sender is named by the chat, the wxid kept
    # as ``talker``.
    "wechat_dump": {
        "talker": "WECHAT_ID",
        "actor": "WECHAT_ID",
        "conversation": "WECHAT_ID",
    },
    # PyWxDump CSV: the sender (talker) and the chat (room_name) are wxids; the record's
    # actor and conversation hold them too unless the file names the chat.
    "wechat_pywxdump": {
        "talker": "WECHAT_ID",
        "room_name": "WECHAT_ID",
        # users.json: each contact's wxid, chosen WeChat ID, the user's remark for them,
        # their own nickname and their mobile.
        "wxid": "WECHAT_ID",
        "account": "WECHAT_ID",
        "remark": "PERSON",
        "nickname": "PERSON",
        "phone": "PHONE_NUMBER",
        "location_label": "LOCATION",
        "actor": "WECHAT_ID",
        "counterparty": "WECHAT_ID",
        "conversation": "WECHAT_ID",
    },
    # Discord: a direct message's other side, as its channel index names it (name#1234).
    "discord": {"counterparty": "USERNAME"},
    # Slack JSON: the sender's profile as the message carries it.
    "slack": {
        "user_profile.display_name": "USERNAME",
        "user_profile.real_name": "PERSON",
    },
    # Reddit messages.csv from/to and chat_history.csv username: account names (the
    # record's actor and counterparty), never a person's name.
    # Each post's and comment's permalink points at the account's own contribution.
    "reddit": {"actor": "USERNAME", "counterparty": "USERNAME", "url": "URL"},
    # Telegram: the sender's (or a service message's actor's) account id, "user123..." in
    # newer exports and a bare number in older ones.
    "telegram": {
        "from_id": "USERNAME",
        "actor_id": "USERNAME",
        "first_name": "PERSON",
        "last_name": "PERSON",
    },
    # Mastodon: the author's handle (@name@host), account URL (https://host/users/name)
    # and profile URL (https://host/@name, the prefix of every status URL) on every post.
    # A direct message's recipients are handles too (their Mention tags' @name@host).
    "mastodon": {
        "actor": "USERNAME",
        "counterparty": "USERNAME",
        "actor_url": "URL",
        "profile_url": "URL",
        # The accounts a post mentions (mastodon.MAX_MENTIONS of them), @name@host.
        **{f"mention_{number}": "USERNAME" for number in range(1, 6)},
    },
    # OFX: a transfer's destination account inside its STMTTRN (the statement's own
    # account and bank id are profile facts).
    "ofx": {
        "BANKACCTTO.BANKID": "BANK_ACCOUNT",
        "BANKACCTTO.ACCTID": "BANK_ACCOUNT",
        "CCACCTTO.ACCTID": "CREDIT_CARD",
    },
    # Instagram followers/following: each account's profile link beside its username.
    "instagram": {"href": "URL"},
    "paypal": {
        "From Email Address": "EMAIL_ADDRESS",
        "To Email Address": "EMAIL_ADDRESS",
        "Absender E-Mail-Adresse": "EMAIL_ADDRESS",
        "Von E-Mail-Adresse": "EMAIL_ADDRESS",
        "Empfänger E-Mail-Adresse": "EMAIL_ADDRESS",
        "An E-Mail-Adresse": "EMAIL_ADDRESS",
        "Shipping Address": "LOCATION",
        "Lieferadresse": "LOCATION",
        "Address Line 1": "LOCATION",
        "Address Line 2/District/Neighborhood": "LOCATION",
        "Adresszeile 1": "LOCATION",
        "Adresszusatz": "LOCATION",
        "Zip/Postal Code": "LOCATION",
        "PLZ": "LOCATION",
        "Contact Phone Number": "PHONE_NUMBER",
        "Telefonnummer": "PHONE_NUMBER",
        "Telefonnummer der Kontaktperson": "PHONE_NUMBER",
    },
}


def raw_fields_for(source: str, row: Mapping[str, Any]) -> str | None:
    """``Record.raw_fields`` for a parsed row of format ``source``: the fields the table
    lists for the format, in table order, with their non-empty text values."""
    table = FIELD_ENTITIES.get(source)
    if not table:
        return None
    return pack_raw_fields(
        (name, str(value)) for name in table if isinstance(value := _lookup(row, name), str | int)
    )


def _lookup(row: Mapping[str, Any], name: str) -> Any:
    """``row[name]``; a dotted name reads nested objects (``user_profile.display_name``)."""
    if name in row:
        return row[name]
    value: Any = row
    for part in name.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value
