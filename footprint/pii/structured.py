"""Findings read straight from the record model: a sender, a payee, an account's e-mail,
a contact's phone. No NLP: the field says what the value is.

Two kinds of field:

- the record model's own (``actor``, ``counterparty``, a contact's ``phone``...), the same
  for every format;
- the export's own fields a format passes through in ``Record.raw_fields`` (WeChat's
  ``Sender`` wxid and ``NickName``, PayPal's ``Shipping Address``): which fields a format
  passes and what each holds is the table :data:`footprint.pii.fields.FIELD_ENTITIES`.
  A new format, or a field a format forgot, is a new row, not new code.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from typing import Any

from footprint.model import (
    Activity,
    Contact,
    LocationVisit,
    Message,
    Payment,
    Post,
    ProfileFact,
    Record,
    unpack_raw_fields,
)
from footprint.pii.fields import FIELD_ENTITIES, PARTY
from footprint.pii.names import looks_like_person, remark_name

# ProfileFact.field -> entity type.
PROFILE_FIELD_ENTITIES = {
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "display_name": "PERSON",
    "username": "USERNAME",
    "birthday": "DATE_OF_BIRTH",
    "name": "PERSON",
    "address": "LOCATION",
    "profile_url": "URL",
    "website": "URL",
    "account_id": "USERNAME",
    "connected_account": "USERNAME",  # a linked platform's account name (Discord's Steam)
    "ip": "IP_ADDRESS",
    "bank_account": "BANK_ACCOUNT",
    # A statement's bank id (OFX BANKID: an ABA routing number, a sort code): with the
    # account number it names the account.
    "bank_routing": "BANK_ACCOUNT",
}
CONTACT_FIELD_ENTITIES = {
    "name": "PERSON",
    "phone": "PHONE_NUMBER",
    "email": "EMAIL_ADDRESS",
    "handle": "USERNAME",
}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-.]{5,}[0-9]$")
_IBAN = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9 ]{11,40}$")
# WeChat's rules: 6-20 letters, digits, _ or -, starting with a letter; or the old wxid_ form.
_WECHAT_ID = re.compile(r"^(?:wxid_[A-Za-z0-9_\-]{4,30}|[A-Za-z][A-Za-z0-9_\-]{5,19})$")
_HAS_WORD = re.compile(r"\w")
# A handle where a chat names its sender or recipient (afeng_88, chen.zq_sz, kez-99): one
# token with a letter and a digit, underscore, dot or dash; a name would have passed first.
_HANDLE = re.compile(r"^@?(?=[^_.\-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_.\-]{2,63}$")
_HANDLE_MARK = re.compile(r"[0-9_.\-]")
# A handle, not a community (r/...) or a placeholder ([deleted]) or a channel's id.
_USERNAME = re.compile(r"^(?!/?r/)(?!\[)(?!(?:channel|chat)\d+$)\S.{0,63}$", re.IGNORECASE)

# Entity -> whether a value of a declared field really is one (a group chat's
# "...@chatroom" is not a WeChat ID; "N/A" is no address).
_SHAPES: dict[str, Any] = {
    "EMAIL_ADDRESS": _EMAIL.match,
    "PHONE_NUMBER": lambda v: _PHONE.match(v) and sum(ch.isdigit() for ch in v) >= 6,
    "WECHAT_ID": _WECHAT_ID.match,
    "USERNAME": _USERNAME.match,
    # Six digits or more: a masked account (XXXXXX6184, ****1234) names no account.
    "BANK_ACCOUNT": lambda v: sum(ch.isdigit() for ch in v) >= 6,
}
# Record attributes a table row may name (every record class's fields).
_ATTRIBUTES = frozenset(
    f.name
    for cls in (Activity, Contact, LocationVisit, Message, Payment, ProfileFact)
    for f in dataclasses.fields(cls)
) - {"raw_fields"}
_NOT_A_VALUE = frozenset({"n/a", "na", "none", "null", "-", "--", "unknown", "无", "未知"})


def party_entity(value: str, *, weak: bool) -> str | None:
    """The entity type of a sender, recipient or payee value, by its shape."""
    if _EMAIL.match(value):
        return "EMAIL_ADDRESS"
    if _PHONE.match(value):
        return "PHONE_NUMBER"
    if _IBAN.match(value):
        return "IBAN_CODE"
    return "PERSON" if looks_like_person(value, weak=weak) else None


def _undeclared_handle(record: Record, field: str, value: str) -> bool:
    """A chat's sender or recipient shaped like a handle, in a field the format's table
    does not declare (a declared one, a WeChat ID, is typed by the table). Payments are
    left out: a payee code (AMZN.CO.UK) is no handle."""
    return (
        isinstance(record, Message)
        and field not in FIELD_ENTITIES.get(record.source, {})
        and bool(_HANDLE.match(value) and _HANDLE_MARK.search(value))
    )


def field_entity(source: str, field: str, value: str) -> str | None:
    """The entity type of ``value`` in the export field ``field`` of format ``source``,
    or None when the table does not list the field or the value does not fit it."""
    entity = FIELD_ENTITIES.get(source, {}).get(field)
    if entity is None or value.strip().lower() in _NOT_A_VALUE or not _HAS_WORD.search(value):
        return None
    if entity == PARTY:
        return party_entity(value, weak=True)
    shape = _SHAPES.get(entity)
    if shape is None or shape(value):
        return entity
    # A sender column of IDs that holds a name on the user's own rows (MemoTrace's
    # Sender: 王建国): the name is the finding.
    if entity == "WECHAT_ID" and looks_like_person(value, weak=True):
        return "PERSON"
    return None


def raw_values(record: Record) -> Iterator[tuple[str, str, str]]:
    """(field, value, entity type) for each field of ``record`` the table declares: its
    own attributes first, then its raw fields."""
    for name in FIELD_ENTITIES.get(record.source, {}):
        value = getattr(record, name, None) if name in _ATTRIBUTES else None
        if isinstance(value, str) and value:
            entity = field_entity(record.source, name, value)
            if entity:
                yield name, value, entity
    for name, value in unpack_raw_fields(record.raw_fields):
        entity = field_entity(record.source, name, value)
        if entity:
            yield name, value, entity


def structured_values(record: Record) -> Iterator[tuple[str, str, str]]:
    """(field, value, entity type) for each structured field of ``record`` that is PII.

    A raw field that repeats a value the record's own fields already gave is left out:
    the finding is the same. A Chinese remark that pairs a role with a name (``调度小刘``)
    also gives the name in it (``小刘``), the form the chats use.
    """
    seen: set[str] = set()
    for field, value, entity in _with_remark_names(_model_values(record)):
        seen.add(value)
        yield field, value, entity
    for field, value, entity in _with_remark_names(raw_values(record)):
        if value not in seen:
            seen.add(value)
            yield field, value, entity


def _with_remark_names(
    values: Iterator[tuple[str, str, str]],
) -> Iterator[tuple[str, str, str]]:
    for field, value, entity in values:
        yield field, value, entity
        if entity in ("PERSON", "WECHAT_ID") and (name := _remark_name(value)) and name != value:
            yield field, name, "PERSON"


@functools.lru_cache(maxsize=4096)
def _remark_name(value: str) -> str | None:
    return remark_name(value)  # a chat's sender repeats on every message: segment it once


_PERSON_TO_PERSON = re.compile(r"转账|红包|亲属卡|AA收款")


def _person_to_person(record: Payment) -> bool:
    return bool(_PERSON_TO_PERSON.search(f"{record.category or ''} {record.text or ''}"))


def _model_values(record: Record) -> Iterator[tuple[str, str, str]]:
    if isinstance(record, ProfileFact):
        entity = PROFILE_FIELD_ENTITIES.get(record.field)
        if entity and record.value and (entity != "BANK_ACCOUNT" or _SHAPES[entity](record.value)):
            yield "value", record.value, entity
        return
    if isinstance(record, Contact):
        for field, entity in CONTACT_FIELD_ENTITIES.items():
            value = getattr(record, field)
            if value:
                yield field, value, entity
        return
    # A payee may be a shop, so a payment's counterparty must look like a person; a
    # transfer or a red packet (转账, 红包) goes to a person, so a nickname counts (Kiki🍑).
    weak_counterparty = isinstance(record, Payment) and not _person_to_person(record)
    for field, weak in (("actor", False), ("counterparty", weak_counterparty)):
        value = getattr(record, field)
        party = party_entity(value, weak=weak) if value else None
        if party is None and value and _undeclared_handle(record, field, value):
            party = "USERNAME"
        if party:
            yield field, value, party
    if isinstance(record, Payment) and record.counterparty_account:
        account = party_entity(record.counterparty_account, weak=True)
        if account and account != "PERSON":
            yield "counterparty_account", record.counterparty_account, account
    conversation = record.conversation if isinstance(record, Message) else None
    if conversation and looks_like_person(conversation, weak=True):
        yield "conversation", conversation, "PERSON"
    if isinstance(record, Post) and record.in_reply_to:
        # Whom a comment answers: a name (Facebook's "… commented on Tom Reilly's post."),
        # a handle (X's @name); not a parent post's id or link (Reddit, Mastodon).
        target = record.in_reply_to
        party = party_entity(target, weak=True) if "/" not in target else None
        if party is None and target.startswith("@") and _HANDLE.match(target):
            party = "USERNAME"
        if party:
            yield "in_reply_to", target, party
    if isinstance(record, Activity) and record.ip:
        yield "ip", record.ip, "IP_ADDRESS"
    if isinstance(record, LocationVisit) and record.address:
        yield "address", record.address, "LOCATION"
