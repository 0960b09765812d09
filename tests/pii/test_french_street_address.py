"""Street addresses written the French way (Quebec, France): number, type, name."""

from __future__ import annotations

import pytest

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "LOCATION"
POSITIVE = [
    ("Client: Yvon Roy\n512 ch. Sainte-Rose\nTotal: 90,00 $", ["512 ch. Sainte-Rose"]),
    ("adresse de livraison: 77 av. laurier est / tél.", ["77 av. laurier est"]),
    ("au 8100 boul. Saint-Michel, Montréal QC H1Z 3E2, merci", ["8100 boul. Saint-Michel, Montréal QC H1Z 3E2"]),
    ("Livraison au 302-1150 av. Cartier. Le livreur appelle", ["302-1150 av. Cartier"]),
    ("4174 rue Principale, Gatineau\nTotal", ["4174 rue Principale, Gatineau"]),
    ("rdv au 12 place Jacques-Cartier demain", ["12 place Jacques-Cartier"]),
    ("chez moi: 18 rue des Lilas, 75019 Paris", ["18 rue des Lilas, 75019 Paris"]),
]  # fmt: skip
NEGATIVE = [
    "set the 2 place settings",  # an English word after a number
    "turn at 12 route 9",
    "you will rue the day",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, expected: list[str]) -> None:
    assert values(patterns_detector, text, ENTITY) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []
