"""Gambling in the user's own words: a negated mention is none ("not betting lol",
我不赌博); money lost at gambling is ("输了八千", "lost $300 on the horses"), a game lost
is not. English and Chinese; cases written here, not taken from any persona."""

from __future__ import annotations

from datetime import timedelta

import pytest

from footprint.infer import finances
from footprint.model import Message, Record
from tests.infer.builders import ME, START


def _said(texts: list[str]) -> list[Record]:
    return [
        Message(
            source="whatsapp",
            path="WhatsApp Chat with Jay.txt",
            locator=f"line {index + 1}",
            timestamp=START + timedelta(days=index, hours=21),
            actor=ME,
            counterparty="Jay",
            conversation="Jay",
            text=text,
        )
        for index, text in enumerate(texts)
    ]


def _gambles(texts: list[str]) -> bool:
    found = [i for i in finances.infer(_said(texts)) if i.key == "gambling"]
    return bool(found) and found[0].value["value"] is True


@pytest.mark.parametrize(
    "texts",
    [
        ["lost $300 on the horses again", "down 50 quid on the slots, never again"],
        ["昨晚又输了八千 手太黑了", "这个月全输光了 房贷都不够"],
        ["输掉两万了", "今天又输了5000块"],
        ["betting on the derby tonight", "that sports betting app ate my wages"],
    ],
)
def test_money_lost_at_gambling_is_gambling(texts: list[str]) -> None:
    assert _gambles(texts)


@pytest.mark.parametrize(
    "texts",
    [
        ["on it, not betting lol", "done, not betting lol"],
        ["I never gamble", "not into betting at all"],
        ["我不赌博的", "从来没买过彩票"],
        ["we lost 3-1 again", "lost 2 games in a row"],
        ["比赛输了三个球", "王者又输了五把"],
    ],
)
def test_a_negated_mention_or_a_game_lost_is_not_gambling(texts: list[str]) -> None:
    assert not _gambles(texts)


def _games(texts: list[str]) -> bool:
    found = [i for i in finances.infer(_said(texts)) if i.key == "gaming"]
    return bool(found) and found[0].value["value"] is True


@pytest.mark.parametrize(
    ("texts", "mine"),
    [
        (["bought more fortnite skins lol", "fortnite again tonight"], True),
        (["my son plays fortnite all day", "his fortnite skins cost a fortune"], False),
        (["别让他老玩手机游戏 王者荣耀天天玩", "他又在打王者荣耀"], False),
        (["今晚王者荣耀开黑", "王者荣耀又充了648"], True),
    ],
)
def test_a_habit_the_user_writes_of_someone_else_is_theirs(texts: list[str], mine: bool) -> None:
    """The user's words about a child's or a friend's games are no gaming of their own."""
    assert _games(texts) is mine
