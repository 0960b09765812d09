from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "PHONE_NUMBER"
POSITIVE = [
    # a number named in French or Spanish
    ("elle m'a donné son numéro 4505550169, je l'appelle?", "4505550169"),
    ("mi número es 3055550172", "3055550172"),
    # other countries that dial a trunk 0, two-digit area codes in brackets; Indian mobiles
    ("pharmacy says your script is ready, ph (09) 375 2810", "(09) 375 2810"),  # NZ
    ("my number is (03) 9123 4567 if you need it", "(03) 9123 4567"),  # Australia
    ("call Priyanka on 98450 12345 for the keys", "98450 12345"),  # India, five and five
    ("Zelle 7735550142 for the carpool gas", "7735550142"),  # paid by phone number
    ("Vet emergency line 2125550166, saved it", "2125550166"),
    ("new no. 6175550186 delete the old one", "6175550186"),
    ("driver will call +44 7700 900194 30 mins before", "+44 7700 900194"),  # a count after
    ("Voicemail from 3055550151: call me back", "3055550151"),
    ("she just called from 2025550143 lol", "2025550143"),
    ("call 020 7946 0018 ref 112-0048261-7735104", "020 7946 0018"),
    ("got a txt from 2025550198 pretending to be the bank", "2025550198"),
    ("call me on 07700 900123", "07700 900123"),
    ("my number: +44 7700 900404.", "+44 7700 900404"),
    ("office 0161 496 0000 ext 2", "0161 496 0000"),
    ("US line (212) 555-0123", "(212) 555-0123"),
    ("+1 415 555 2671 is the desk", "+1 415 555 2671"),
    ("ring 020 7946 0958", "020 7946 0958"),
    ("call 2125550123 tonight", "2125550123"),  # bare digits count next to "call"
    ("new mobile 07700900771", "07700900771"),
    ("Sam here, new # 2125550123", "2125550123"),  # drama range: possible, not "valid"
    ("手机号是13812345678谢谢", "13812345678"),
    ("打我电话+86 139 1234 5678", "+86 139 1234 5678"),
    ("0044 20 7946 0958", "0044 20 7946 0958"),
    # the trunk 0 bracketed as written for abroad, or spaced off a mobile's 7
    ("call me back (0)7700 900369 thx", "(0)7700 900369"),
    ("collection only, text (0)161 496 0626", "(0)161 496 0626"),
    ("ill ring u on 0 7700 900 191 tmrw", "0 7700 900 191"),
]
NEGATIVE = [
    "la commande 4505550169 est partie",  # an order, in French
    "order 98450 12345 dispatched",  # five and five with another kind's label
    "Hi! Order number 9108140361 - refund processed",  # another kind's label
    "Order 48213907 has shipped",
    "train at 17:45 from platform 4",
    "it costs 1,250,000",
    "ref 2025551234",  # valid-looking, but nothing says it is a phone
    "on 2024-03-01 at 10:30",
    "version 10.2.3",
    "订单号202403150001已发货",
    "card 4111 1111 1111 1111",
    "scored 0 7000 points",  # a spaced 0 before too few digits
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
