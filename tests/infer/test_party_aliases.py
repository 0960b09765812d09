"""A state's or a platform's name for a national party is that party (DFL, Dem-NPL,
ActBlue, WinRed), in English; Chinese party names keep their own."""

from __future__ import annotations

import pytest

from footprint.infer import sensitive
from tests.infer.test_accuracy_cues import _posts, _value


def _politics(texts: list[str]) -> object:
    return _value(sensitive.infer(_posts(texts)), "politics")


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ["phone banking for the DFL tonight", "canvassing for our DFL ward candidate saturday"],
            "campaigns for the Democratic party",
        ),
        (
            ["door knocking with the Dem-NPL crew", "phone banked for the Dem-NPL candidate"],
            "campaigns for the Democratic party",
        ),
        (
            ["canvassing again, ActBlue link in bio", "phone bank tonight, chip in on ActBlue"],
            "campaigns for the Democratic party",
        ),
        (
            ["canvassed the precinct, WinRed link below", "phone banking, give on WinRed"],
            "campaigns for the Republican party",
        ),
        (["周末帮国民党候选人拉票", "今天又去给国民党助选了"], "campaigns for the 国民党 party"),
        (
            ["周末去帮民进党拉票", "民进党的竞选志愿者今天扫街拜票"],
            "campaigns for the 民进党 party",
        ),
    ],
)
def test_a_party_under_its_local_or_platform_name(texts: list[str], expected: str) -> None:
    assert _politics(texts) == expected


@pytest.mark.parametrize(
    "texts",
    [
        ["the dfl file would not open", "converted the .dfl export again"],
        ["民主是个好词", "我们讨论了民主"],
    ],
)
def test_no_campaign_without_campaigning(texts: list[str]) -> None:
    assert _politics(texts) is None
