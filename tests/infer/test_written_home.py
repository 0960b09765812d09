"""Home without a location history: the address a rent payment is paid for, and an
address the user writes together with their own name or phone, as a delivery label is
written. English and Chinese; cases written here, not taken from any persona."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from footprint.infer import places
from footprint.infer.evaluate import address_match
from footprint.model import Message, Payment, ProfileFact, Record
from tests.infer.builders import START


def _me(name: str, phone: str) -> list[Record]:
    return [
        ProfileFact(source="facebook", path="profile.json", locator="name", field="name",
                    value=name),
        ProfileFact(source="facebook", path="profile.json", locator="phone", field="phone",
                    value=phone),
    ]  # fmt: skip


def _said(name: str, text: str, *, mine: bool = True, day: int = 0) -> Message:
    return Message(
        source="whatsapp",
        path="WhatsApp Chat with Mum.txt",
        locator=f"line {day + 1}",
        timestamp=START + timedelta(days=day, hours=20),
        actor=name if mine else "Mum",
        counterparty="Mum" if mine else name,
        conversation="Mum",
        text=text,
    )


def _rent(text: str, amount: str, month: int, currency: str = "USD") -> Payment:
    return Payment(
        source="ofx",
        path="checking.ofx",
        locator=f"STMTTRN[{month}]",
        timestamp=START + timedelta(days=30 * month),
        counterparty="OAKWOOD PROPERTY MGMT",
        text=text,
        amount=Decimal(amount),
        currency=currency,
    )


def _home(records: list[Record]) -> str | None:
    found = next((i for i in places.infer(records) if i.key == "home_address"), None)
    return None if found is None else str(found.value["address"])


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("RENT 415 W Grant Rd Apt 12 OAKWOOD PM", "415 W Grant Rd Apt 12"),
        ("Rent for 47 Dumbarton Road flat 2", "47 Dumbarton Road flat 2"),
        ("9月房租 雁塔区科技路12号3栋1单元502", "雁塔区科技路12号3栋1单元502"),
    ],
)
def test_the_address_a_rent_payment_is_for_is_home(text: str, wanted: str) -> None:
    records: list[Record] = [_rent(text, "-1150.00", month) for month in range(3)]
    assert _home(records) == wanted


@pytest.mark.parametrize(
    ("text", "amount", "months"),
    [
        ("RENT 415 W Grant Rd Apt 12", "1150.00", 3),  # received: someone else's home
        ("ENTERPRISE RENT-A-CAR 500 Airport Blvd", "-89.00", 3),  # a car hire
        ("RENT 415 W Grant Rd Apt 12", "-1150.00", 1),  # once: a deposit, a friend's share
        ("房租 雁塔区科技路12号3栋1单元502", "3200.00", 3),  # 收到的房租：房东
    ],
)
def test_rent_received_a_rental_shop_or_a_single_payment_is_no_home(
    text: str, amount: str, months: int
) -> None:
    records: list[Record] = [_rent(text, amount, month) for month in range(months)]
    assert _home(records) is None


@pytest.mark.parametrize(
    ("name", "phone", "text", "wanted"),
    [
        ("Sam Ortega", "(520) 555-0143", "ok send it to 77 N Euclid Ave Apt 3, Sam Ortega, "
         "(520) 555-0143", "77 N Euclid Ave Apt 3"),
        ("Sam Ortega", "(520) 555-0143", "yeah 77 N Euclid Ave Apt 3, call 520 555 0143 when "
         "you're outside", "77 N Euclid Ave Apt 3"),
        ("王小雨", "13912345678", "海珠区江南大道168号5栋1203 王小雨 139 1234 5678",
         "海珠区江南大道168号5栋1203"),
        ("王小雨", "13912345678", "收件人王小雨 电话13912345678 地址海珠区江南大道168号5栋1203",
         "海珠区江南大道168号5栋1203"),
    ],
)  # fmt: skip
def test_an_address_written_with_the_users_own_name_or_phone_is_home(
    name: str, phone: str, text: str, wanted: str
) -> None:
    found = _home([*_me(name, phone), _said(name, text)])
    assert found == wanted
    assert address_match(found, wanted)


@pytest.mark.parametrize(
    ("name", "phone", "text"),
    [
        # Someone else's label: the grandmother's name and phone, not the user's.
        ("Sam Ortega", "(520) 555-0143", "send it to 12 Elm St, Rosa Ortega, (602) 555-0199"),
        ("王小雨", "13912345678", "海珠区江南大道168号5栋1203 王秀英 137 0000 1111"),
        # The user's name without any street address.
        ("王小雨", "13912345678", "王小雨 明天到广州"),
    ],
)
def test_an_address_without_the_users_own_name_or_phone_is_not_home(
    name: str, phone: str, text: str
) -> None:
    assert _home([*_me(name, phone), _said(name, text)]) is None
