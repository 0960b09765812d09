"""Findings read straight from the record model: a sender, a payee, an account's e-mail,
a contact's phone. No NLP: the field says what the value is."""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.model import Activity, Contact, LocationVisit, Message, Payment, ProfileFact, Record
from footprint.pii.names import looks_like_person

# ProfileFact.field -> entity type.
PROFILE_FIELD_ENTITIES = {
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "display_name": "PERSON",
    "username": "USERNAME",
    "birthday": "DATE_OF_BIRTH",
    "name": "PERSON",
    "address": "LOCATION",
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


def party_entity(value: str, *, weak: bool) -> str | None:
    """The entity type of a sender, recipient or payee value, by its shape."""
    if _EMAIL.match(value):
        return "EMAIL_ADDRESS"
    if _PHONE.match(value):
        return "PHONE_NUMBER"
    if _IBAN.match(value):
        return "IBAN_CODE"
    return "PERSON" if looks_like_person(value, weak=weak) else None


def structured_values(record: Record) -> Iterator[tuple[str, str, str]]:
    """(field, value, entity type) for each structured field of ``record`` that is PII."""
    if isinstance(record, ProfileFact):
        if record.field in PROFILE_FIELD_ENTITIES and record.value:
            yield "value", record.value, PROFILE_FIELD_ENTITIES[record.field]
        return
    if isinstance(record, Contact):
        for field, entity in CONTACT_FIELD_ENTITIES.items():
            value = getattr(record, field)
            if value:
                yield field, value, entity
        return
    weak_counterparty = isinstance(record, Payment)
    for field, weak in (("actor", False), ("counterparty", weak_counterparty)):
        value = getattr(record, field)
        party = party_entity(value, weak=weak) if value else None
        if party:
            yield field, value, party
    if isinstance(record, Payment) and record.counterparty_account:
        account = party_entity(record.counterparty_account, weak=True)
        if account and account != "PERSON":
            yield "counterparty_account", record.counterparty_account, account
    conversation = record.conversation if isinstance(record, Message) else None
    if conversation and looks_like_person(conversation, weak=True):
        yield "conversation", conversation, "PERSON"
    if isinstance(record, Activity) and record.ip:
        yield "ip", record.ip, "IP_ADDRESS"
    if isinstance(record, LocationVisit) and record.address:
        yield "address", record.address, "LOCATION"
