"""Street addresses written the Spanish way: street type, name, number, colonia, C.P."""

from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "LOCATION"
POSITIVE = [
    (
        "Calle Girasol 2215, Col. Las Flores, CP 31203",
        "Calle Girasol 2215, Col. Las Flores, CP 31203",
    ),
    ("mándalo a Av. Hidalgo #77 Int. 4, Col. Centro", "Av. Hidalgo #77 Int. 4, Col. Centro"),
    ("Paseo de los Leones 1190 en Monterrey", "Paseo de los Leones 1190"),
    ("Calle Robles 18, Col. San Felipe. gracias", "Calle Robles 18, Col. San Felipe"),
]
NEGATIVE = [
    "we drove the Camino 4 times",  # a car, no street name
    "Calle Ocho at 8 pm",  # a street named with no house number
    "avenida principal, cerca del parque",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
