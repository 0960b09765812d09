"""TikTok: old and new section names, chats keyed by partner, assumed zone, streaming."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from footprint.model import Activity, Contact, Message, PlatformInference, Post, ProfileFact
from footprint.sources.base import ParseContext

from ..conftest import FIXTURES
from .social_helpers import parse_inputs, write

FOLDER = FIXTURES / "tiktok"


def test_old_and_new_section_names_give_the_same_kinds() -> None:
    old = parse_inputs(FOLDER / "user_data.json")
    new = parse_inputs(FOLDER / "new")
    for parsed in (old, new):
        kinds = {a.activity_type for a in parsed.of(Activity)}
        assert {"watch", "login"} <= kinds
        assert parsed.of(Message) and parsed.of(Post) and parsed.of(ProfileFact)
    logins = [a for a in new.of(Activity) if a.activity_type == "login"]
    assert [(a.ip, a.title) for a in logins] == [("198.51.100.77", "Pixel 8")]


def test_times_state_no_zone() -> None:
    ctx = ParseContext(assumed_tz=ZoneInfo("Europe/Berlin"))
    parsed = parse_inputs(FOLDER / "user_data.json", ctx=ctx)
    watch = next(a for a in parsed.of(Activity) if a.activity_type == "watch")
    assert watch.tz_assumed
    assert watch.timestamp == datetime(2022, 11, 1, 21, 14, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    assert watch.timestamp.astimezone(UTC).hour == 20


def test_chats_name_the_partner_even_with_dots() -> None:
    messages = parse_inputs(FOLDER).of(Message)
    by_text = {m.text: m for m in messages}
    assert by_text["run tomorrow?"].actor == "lena.runs"
    assert by_text["run tomorrow?"].counterparty is None  # from the partner: the owner is unnamed
    assert by_text["yes, 7am, Isar bridge"].counterparty == "lena.runs"
    assert by_text["see you at the clinic at 5"].conversation == "k.a.i.2"


def test_profile_ads_and_relations() -> None:
    parsed = parse_inputs(FOLDER / "user_data.json")
    facts = {(f.field, f.value) for f in parsed.of(ProfileFact)}
    assert facts == {
        ("username", "kai.moves"),
        ("birthday", "14-Mar-1990"),
        ("email", "kai.moreno@example.com"),
        ("phone", "+49 170 0000777"),
    }
    inferences = {(i.category, i.value, i.text) for i in parsed.of(PlatformInference)}
    assert inferences == {
        ("ad_interest", "Fitness, Finance", None),
        ("off_platform_activity", "Shoe Shop Example", "Purchase"),
    }
    assert {(c.handle, c.text) for c in parsed.of(Contact)} == {
        ("lena.runs", "following"),
        ("munich.eats", "follower"),
    }


def test_placeholder_values_are_not_facts() -> None:
    facts = parse_inputs(FOLDER / "new").of(ProfileFact)
    assert all(f.value != "N/A" for f in facts)


def test_a_long_watch_history_streams(tmp_path: Path) -> None:
    videos = [
        {"Date": "2023-01-01 00:00:00", "Link": f"https://www.tiktokv.com/share/video/{n}/"}
        for n in range(20_000)
    ]
    path = write(
        tmp_path,
        "user_data.json",
        json.dumps({"Activity": {"Video Browsing History": {"VideoList": videos}}}),
    )
    parsed = parse_inputs(path)
    assert len(parsed.of(Activity)) == 20_000 and not parsed.problems
