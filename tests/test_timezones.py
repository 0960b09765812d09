"""The zone of each source, decided from the data: offsets, coordinates, hints, fallbacks."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from footprint.config import Settings
from footprint.model import Message, Post
from footprint.scan import scan
from footprint.store import ColumnStore
from footprint.timezones import (
    UNPLACED,
    SourceEvidence,
    ZoneClues,
    ZoneDecision,
    decide,
    parse_timezone_options,
    relocalise,
    zone_named,
)

MEMOTRACE_HEADER = (
    "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,"
    "NickName,Sender\n"
)


def _memotrace(folder: Path, zone: str) -> Path:
    """A MemoTrace CSV whose StrTime is CreateTime on a clock in ``zone``."""
    rows = []
    for number in range(6):
        instant = datetime(2024, 3, 1, 1, 0, tzinfo=UTC) + timedelta(days=number * 20)
        wall = instant.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M:%S")
        rows.append(
            f"{number + 1},wxid_a,1,0,{number % 2},{int(instant.timestamp())},2,"
            f"今天下班一起吃饭吗,{wall},张伟,伟哥,wxid_a"
        )
    path = folder / "wechat" / "张伟" / "张伟_utf8.csv"
    path.parent.mkdir(parents=True)
    path.write_text(MEMOTRACE_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _whatsapp(folder: Path) -> Path:
    path = folder / "WhatsApp Chat with Sam Lee.txt"
    path.write_text(
        "03/04/2024, 23:15 - Sam Lee: Still up?\n03/04/2024, 23:20 - Robin Vale: Yes\n",
        encoding="utf-8",
    )
    return path


def _by_format(result: object) -> dict[str, object]:
    return {source.format: source for source in result.sources}  # type: ignore[attr-defined]


def test_memotrace_offsets_name_the_zone_and_place_the_other_sources(tmp_path: Path) -> None:
    _memotrace(tmp_path, "Asia/Shanghai")
    _whatsapp(tmp_path)
    result = scan([tmp_path], Settings(), None, analyse=False)
    sources = _by_format(result)
    wechat, whatsapp = sources["wechat"], sources["whatsapp"]
    assert wechat.timezone == "Asia/Shanghai"  # type: ignore[attr-defined]
    assert "offsets in the WeChat" in wechat.timezone_reason  # type: ignore[attr-defined]
    assert whatsapp.timezone == "Asia/Shanghai"  # type: ignore[attr-defined]
    assert "other sources agree" in whatsapp.timezone_reason  # type: ignore[attr-defined]
    times = {r.source: r.timestamp for r in result.records if r.timestamp is not None}
    # The wall clock of a naive export is kept; its instant is placed in the zone.
    assert times["whatsapp"].isoformat() == "2024-04-03T23:20:00+08:00"
    assert times["wechat"].utcoffset() == timedelta(hours=8)
    assert result.to_json()["sources"][0]["timezone"]  # the JSON key is filled


def test_overrides_for_every_source_and_for_one(tmp_path: Path) -> None:
    _memotrace(tmp_path, "Asia/Shanghai")
    chat = _whatsapp(tmp_path)
    settings = Settings(
        assumed_timezone="Europe/London", timezone_overrides={str(chat): "America/New_York"}
    )
    sources = _by_format(scan([tmp_path], settings, None, analyse=False))
    assert sources["whatsapp"].timezone == "America/New_York"  # type: ignore[attr-defined]
    assert sources["wechat"].timezone == "Europe/London"  # type: ignore[attr-defined]
    assert sources["wechat"].timezone_reason == "set by you"  # type: ignore[attr-defined]


def _offsets(zone: str, days: range) -> ZoneClues:
    clues = ZoneClues()
    for day in days:
        instant = datetime(2024, 1, 1, 12, tzinfo=UTC) + timedelta(days=day)
        clues.place(instant, instant.astimezone(ZoneInfo(zone)).replace(tzinfo=None))
    return clues


def test_dst_offsets_and_a_currency_name_london() -> None:
    evidence = SourceEvidence("Telegram", clues=_offsets("Europe/London", range(0, 300, 3)))
    pay = SourceEvidence("Monzo", currencies=Counter({"GBP": 40}))
    [telegram, monzo] = decide([evidence, pay], records=[100, 40])
    assert telegram.zone == "Europe/London" and telegram.basis == "offsets"
    assert "GBP" in telegram.reason
    assert monzo.zone == "Europe/London"


@pytest.mark.parametrize(
    ("zone", "expected"),
    [("Asia/Kathmandu", "Asia/Kathmandu"), ("Asia/Shanghai", "UTC+08:00")],
)
def test_offsets_without_hints(zone: str, expected: str) -> None:
    """A fixed offset many zones share is named as the offset, not as a guessed city."""
    [decision] = decide(
        [SourceEvidence("chat", clues=_offsets(zone, range(0, 200, 5)))], records=[1]
    )
    assert decision.zone == expected
    assert zone_named(decision.zone).utcoffset(datetime(2024, 6, 1)) is not None


def test_no_evidence_anywhere_says_it_is_the_computer() -> None:
    [decision] = decide([SourceEvidence("WhatsApp")], records=[5], computer=lambda: "Pacific/Apia")
    assert decision.zone == "Pacific/Apia"
    assert decision.basis == "computer"
    assert "computer" in decision.reason


def test_hints_phone_and_script() -> None:
    phone = SourceEvidence("X", phones=Counter({"+1 415 555 0100": 1}))
    assert decide([phone], records=[1])[0].zone == "America/Los_Angeles"
    chinese = SourceEvidence("WhatsApp", scripts=Counter({"Han": 30}), texts=40)
    assert decide([chinese], records=[1])[0].zone == "Asia/Shanghai"
    japanese = SourceEvidence("WhatsApp", scripts=Counter({"Kana": 30}), texts=40)
    assert decide([japanese], records=[1])[0].zone == "Asia/Tokyo"


def _day(moment: str) -> int:
    return int(datetime.fromisoformat(moment).replace(tzinfo=UTC).timestamp() // 86_400)


def test_travel_gives_segments_and_places_times_per_segment() -> None:
    located: dict[int, Counter[str]] = {}
    for day in range(_day("2024-05-01"), _day("2024-05-21")):
        located[day] = Counter({"Europe/London": 5})
    for day in range(_day("2024-05-11"), _day("2024-05-18")):
        located[day] = Counter({"Asia/Tokyo": 7, "Europe/London": 1})
    timeline = SourceEvidence("Google Timeline", located_days=located)
    chat = SourceEvidence("WhatsApp")
    posts = SourceEvidence("X")
    decisions = decide([timeline, chat, posts], records=[100, 10, 10])
    assert decisions[0].zone == "Europe/London"
    assert [zone for _, zone in decisions[1].segments] == [
        "Europe/London",
        "Asia/Tokyo",
        "Europe/London",
    ]
    assert "Asia/Tokyo from 2024-05-11 to 2024-05-17" in decisions[1].reason
    store: ColumnStore[Message | Post] = ColumnStore(chunk_rows=2)
    naive = [datetime(2024, 5, 5, 23, 30), datetime(2024, 5, 14, 23, 30)]
    for number, wall in enumerate(naive):
        store.append(
            Message(
                source="whatsapp",
                path="chat.txt",
                locator=f"line {number}",
                timestamp=wall.replace(tzinfo=UNPLACED),
                tz_assumed=True,
            )
        )
    instant = datetime(2024, 5, 14, 12, 0, tzinfo=UTC)
    store.append(Post(source="twitter", path="tweets.js", locator="$[0]", timestamp=instant))
    relocalise(store, {"chat.txt": 1, "tweets.js": 2}, decisions)
    home, away, tweet = (record.timestamp for record in store)
    assert home is not None and away is not None and tweet is not None
    assert home.isoformat() == "2024-05-05T23:30:00+01:00"
    assert away.isoformat() == "2024-05-14T23:30:00+09:00"
    assert tweet == instant and tweet.isoformat() == "2024-05-14T21:00:00+09:00"


def test_wall_times_in_dst_gaps_and_folds() -> None:
    decision = ZoneDecision("Europe/London", "", "override", ((None, "Europe/London"),))
    store: ColumnStore[Message] = ColumnStore()
    for number, wall in enumerate([datetime(2024, 3, 31, 1, 30), datetime(2024, 10, 27, 1, 30)]):
        store.append(
            Message(
                source="whatsapp",
                path="chat.txt",
                locator=str(number),
                timestamp=wall.replace(tzinfo=UNPLACED),
                tz_assumed=True,
            )
        )
    relocalise(store, {"chat.txt": 0}, [decision])
    gap, fold = (record.timestamp for record in store)
    assert gap is not None and gap.isoformat() == "2024-03-31T02:00:00+01:00"
    assert fold is not None and fold.isoformat() == "2024-10-27T01:30:00+01:00"


def test_stated_offsets_are_kept() -> None:
    store: ColumnStore[Message] = ColumnStore()
    stated = datetime(2024, 5, 1, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    store.append(Message(source="telegram", path="r.json", locator="1", timestamp=stated))
    relocalise(
        store, {"r.json": 0}, [ZoneDecision("Asia/Tokyo", "", "override", ((None, "Asia/Tokyo"),))]
    )
    assert store[0].timestamp is not None and store[0].timestamp.isoformat() == stated.isoformat()


def test_timezone_options() -> None:
    assert parse_timezone_options(["Asia/Shanghai"]) == ("Asia/Shanghai", {})
    assert parse_timezone_options(["a/b.csv=UTC+05:45", "local"]) == (
        "local",
        {"a/b.csv": "UTC+05:45"},
    )
    with pytest.raises(ValueError, match="unknown time zone"):
        parse_timezone_options(["x.csv=Mars/Olympus"])


def test_dashboard_table_of_zones_and_changes(tmp_path: Path) -> None:
    from footprint import views

    _memotrace(tmp_path, "Asia/Shanghai")
    _whatsapp(tmp_path)
    result = scan([tmp_path], Settings(), None, analyse=False)
    frame = views.timezones_frame(result)
    assert list(frame["time zone"]) == ["Asia/Shanghai", "Asia/Shanghai"]
    assert set(frame["basis"]) == {"offsets", "others"}
    choices = views.timezone_choices(frame["time zone"])
    assert choices[0] == "Asia/Shanghai" and "Europe/London" in choices
    edited = frame.copy()
    edited.loc[1, "time zone"] = "Europe/London"
    assert views.changed_timezones(frame, edited) == {str(frame.loc[1, "source"]): "Europe/London"}


def test_contacts_numbers_hint_the_country(tmp_path: Path) -> None:
    chat = tmp_path / "WhatsApp Chat with Sam Lee.txt"
    chat.write_text(
        "03/04/2024, 23:15 - +44 7700 900123: Still up?\n"
        "03/04/2024, 23:16 - +44 7700 900456: Yes\n"
        "03/04/2024, 23:20 - Robin Vale: Me too\n",
        encoding="utf-8",
    )
    [source] = scan([tmp_path], Settings(), None, analyse=False).sources
    assert source.timezone == "Europe/London"
    assert "contacts' numbers (GB)" in (source.timezone_reason or "")


def test_contacts_area_codes_place_them() -> None:
    evidence = SourceEvidence(
        "WhatsApp", contact_countries=Counter({"America/Los_Angeles": 5, "US": 1})
    )
    assert decide([evidence], records=[6])[0].zone == "America/Los_Angeles"


def test_one_location_shared_abroad_does_not_move_the_rest() -> None:
    chat = SourceEvidence("WeChat", clues=_offsets("Asia/Shanghai", range(0, 120)))
    chat.scripts, chat.texts = Counter({"Han": 50}), 60
    shared = SourceEvidence(
        "WhatsApp", located_days={_day("2024-02-10"): Counter({"Asia/Tokyo": 1})}
    )
    payments = SourceEvidence("WeChat Pay")
    decisions = decide([chat, shared, payments], records=[500, 5, 50])
    assert decisions[0].zone == "Asia/Shanghai"
    assert decisions[2].zone == "Asia/Shanghai"
    assert [zone for _, zone in decisions[2].segments] == [
        "Asia/Shanghai",
        "Asia/Tokyo",
        "Asia/Shanghai",
    ]


def _ofx(folder: Path, offset: str) -> None:
    rows = "".join(
        f"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2025{month:02d}03120000.000{offset}"
        f"<TRNAMT>-12.50<FITID>{month}<NAME>COFFEE</STMTTRN>\n"
        for month in range(1, 13)
    )
    (folder / "checking.ofx").write_text(
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
        "<CURDEF>USD<BANKACCTFROM><BANKID>122105278<ACCTID>1234<ACCTTYPE>CHECKING"
        f"</BANKACCTFROM><BANKTRANLIST>\n{rows}</BANKTRANLIST></STMTRS></STMTTRNRS>"
        "</BANKMSGSRSV1></OFX>\n",
        encoding="utf-8",
    )


def test_ofx_stated_offsets_name_the_zone_and_place_the_other_sources(tmp_path: Path) -> None:
    _ofx(tmp_path, "[-7:MST]")  # -7 all year: Arizona, not Denver
    _whatsapp(tmp_path)
    sources = _by_format(scan([tmp_path], Settings(), None, analyse=False))
    assert sources["ofx"].timezone == "America/Phoenix"  # type: ignore[attr-defined]
    assert sources["whatsapp"].timezone == "America/Phoenix"  # type: ignore[attr-defined]


def test_ofx_stated_utc_says_nothing_of_the_place(tmp_path: Path) -> None:
    _ofx(tmp_path, "[0:GMT]")  # many banks state UTC wherever the account is
    sources = _by_format(scan([tmp_path], Settings(), None, analyse=False))
    assert "currency" in sources["ofx"].timezone_reason  # type: ignore[attr-defined]
