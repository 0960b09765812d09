"""WhatsApp in every UI language: the same chat gives the same records.

Two sources of chats: ``whatsapp_i18n.render`` draws them from the table itself, and
``tests/data/whatsapp_i18n/`` holds chats written by hand in eight languages, so
that the table is not only tested against itself.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from footprint.model import LocationPoint, Message, Record
from footprint.sources import whatsapp
from footprint.sources._whatsapp_words import key, words

from .chat_parse import parse_inputs
from .whatsapp_i18n import BO, CY, GROUP, LAT, LON, ME, file_name, languages, render

HAND_WRITTEN = Path(__file__).parent.parent / "data" / "whatsapp_i18n"
REQUIRED = [
    "en",
    "de",
    "fr",
    "es",
    "pt-BR",
    "pt-PT",
    "it",
    "nl",
    "ru",
    "uk",
    "cs",
    "pl",
    "tr",
    "ar",
    "fa",
    "he",
    "hi",
    "id",
    "ms",
    "th",
    "vi",
    "zh-CN",
    "zh-TW",
    "ja",
    "ko",
]


def _parse(path: Path) -> list[Record]:
    parsed = parse_inputs([path])
    assert not parsed.problems, parsed.problems
    assert set(parsed.formats().values()) == {"whatsapp"}
    return parsed.records


def _comparable(records: list[Record], keep_text: bool = True) -> list[dict[str, Any]]:
    """Records without their path; system lines without their words."""
    rows = []
    for record in records:
        row = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
        row["kind"] = record.kind
        del row["path"]
        if isinstance(record, Message) and (record.is_system or not keep_text):
            row["text"] = row["text"] is not None
        rows.append(row)
    return rows


def _write(tmp_path: Path, code: str, platform: str) -> Path:
    folder = tmp_path / code / platform
    folder.mkdir(parents=True)
    path = folder / file_name(code, platform)
    path.write_text(render(code, platform), encoding="utf-8", newline="")
    return path


def test_table_covers_the_required_languages() -> None:
    assert set(REQUIRED) <= set(languages())
    assert set(whatsapp.LANGUAGES) == set(languages())


def _expected(platform: str) -> list[tuple[Any, ...]]:
    """(actor, is_system, media, deleted, edited, text) of every message in English."""
    system = (None, True, None, False, False)
    ios = platform == "ios"
    rows: list[tuple[Any, ...]] = [
        (*system, "Messages and calls"),
        (*system, "Ana Lima created group"),
        (*system, "Ana Lima added Bo Chen"),
        (*system, "Ana Lima added Cy Park"),
        (ME, False, None, False, False, "Hello all 👋"),
        (BO, False, None, False, False, "Packing list:\n- tent\n- stove: the small one"),
        (BO, False, "image" if ios else "media", False, False, None),
        (
            BO,
            False,
            "00000008-PHOTO-2024-03-18-15-00-00.jpg" if ios else "IMG-20240318-WA0001.jpg",
            False,
            False,
            "The lake",
        ),
        (CY, False, None, True, False, None),
        (ME, False, None, True, False, None),
        (BO, False, None, False, True, "See you at 7"),
        (ME, False, "location", False, False, None),
        (BO, False, "live location", False, False, None),
        (ME, False, "contact card" if ios else "Bo Chen.vcf", False, False, None),
        (BO, False, "00000015-report.pdf" if ios else "report.pdf", False, False, None),
    ]
    for kind in ("video", "audio", "sticker", "gif"):
        rows.append((CY, False, kind if ios else "media", False, False, None))
    if ios:
        rows += [
            (CY, False, "missed voice call", False, False, None),
            (BO, False, "video call", False, False, None),
            (ME, False, "poll", False, False, "Where to?\nBeach\nHills"),
        ]
    rows += [
        (*system, "Bo Chen changed the subject"),
        (*system, "Bo Chen changed this group's icon"),
        (*system, "Your security code with Cy Park"),
        (*system, "Cy Park changed their phone number"),
        (*system, "Cy Park left"),
        (*system, "Ana Lima removed Bo Chen"),
        (ME, False, None, False, False, "Bye: see you 🏕"),
    ]
    if not ios:
        rows.append((BO, False, "view once", False, False, None))
    return rows


@pytest.mark.parametrize("platform", ["android", "ios"])
def test_english_chat_reads_as_intended(tmp_path: Path, platform: str) -> None:
    records = _parse(_write(tmp_path, "en", platform))
    messages = [r for r in records if isinstance(r, Message)]
    got = [(m.actor, m.is_system, m.media, m.deleted, m.edited, m.text) for m in messages]
    expected = _expected(platform)
    assert len(got) == len(expected)
    for row, want in zip(got, expected, strict=True):
        assert row[:5] == want[:5], (row, want)
        if want[1]:  # system line: starts with the English words
            assert row[5] is not None and row[5].startswith(want[5]), (row, want)
        else:
            assert row[5] == want[5], (row, want)
    points = [r for r in records if isinstance(r, LocationPoint)]
    assert [(p.lat, p.lon, p.actor) for p in points] == [(LAT, LON, ME)]
    stamps = [m.timestamp.replace(tzinfo=None) for m in messages if m.timestamp]
    assert stamps[0] == datetime(2024, 3, 18, 9, 0)
    assert datetime(2024, 3, 18, 12, 30) <= stamps[4] < datetime(2024, 3, 18, 12, 31)
    assert datetime(2024, 3, 19, 0, 15) <= stamps[11] < datetime(2024, 3, 19, 0, 16)
    assert all(m.conversation == (GROUP if platform == "android" else None) for m in messages)


@pytest.mark.parametrize("platform", ["android", "ios"])
@pytest.mark.parametrize("code", [c for c in languages() if c != "en"])
def test_every_language_gives_the_same_records(tmp_path: Path, code: str, platform: str) -> None:
    english = _comparable(_parse(_write(tmp_path, "en", platform)))
    other = _comparable(_parse(_write(tmp_path, code, platform)))
    assert len(other) == len(english)
    for mine, theirs in zip(other, english, strict=True):
        assert mine == theirs


# Hand-written chats: each follows the same events as the rendered one, in its own
# words (people write in their language, so only the shape and the stamps compare).
HAND = {
    "de_android.txt": "android",
    "fr_ios.txt": "ios",
    "es_android.txt": "android",
    "pt-BR_ios.txt": "ios",
    "ru_android.txt": "android",
    "cs_ios.txt": "ios",
    "zh-CN_android.txt": "android",
    "th_ios.txt": "ios",
}


def _anonymous(records: list[Record]) -> list[dict[str, Any]]:
    """Comparable rows with people numbered by first appearance and files by extension."""
    rows = _comparable(records, keep_text=False)
    people: dict[str, int] = {}
    for row in rows:
        row["conversation"] = row["counterparty"] = None
        if row["actor"] is not None:
            row["actor"] = people.setdefault(row["actor"], len(people))
        media = row.get("media")
        if media and "." in media:
            row["media"] = media.rsplit(".", 1)[1]
    return rows


def test_hand_written_chats_are_all_there() -> None:
    assert sorted(p.name for p in HAND_WRITTEN.glob("*.txt")) == sorted(HAND)


@pytest.mark.parametrize("name", sorted(HAND))
def test_hand_written_chat_matches_the_rendered_one(tmp_path: Path, name: str) -> None:
    platform = HAND[name]
    records = _parse(HAND_WRITTEN / name)
    english = _parse(_write(tmp_path, "en", platform))
    mine, theirs = _anonymous(records), _anonymous(english)
    assert len(mine) == len(theirs)
    for got, want in zip(mine, theirs, strict=True):
        assert got == want
    texts = [r.text for r in records if isinstance(r, Message) and not r.is_system and r.text]
    placeholders = words().placeholders
    assert not [t for t in texts if t.strip().strip("<>").casefold() in placeholders]


def test_thai_buddhist_and_japanese_era_dates(tmp_path: Path) -> None:
    chat = tmp_path / "_chat.txt"
    chat.write_text(
        "[3/18/2565 BE, 14:56:01] Ann: Buddhist year, month first\r\n"
        "[18/3/2567 14:56:02] Ann: Buddhist year, Thai layout\r\n"
        "[18/3/2567 พ.ศ. 14:56:03] Ann: with the Thai year mark\r\n"
        "[R6/03/18 14:56:04] Ann: Reiwa 6\r\n"
        "[令和6/3/18 14:56:05] Ann: Reiwa in kanji\r\n"
        "[H31/04/30 14:56:06] Ann: the last day of Heisei\r\n",
        encoding="utf-8",
    )
    stamps = [r.timestamp for r in _parse(chat) if isinstance(r, Message) and r.timestamp]
    assert [(t.year, t.month, t.day) for t in stamps] == [
        (2022, 3, 18),
        (2024, 3, 18),
        (2024, 3, 18),
        (2024, 3, 18),
        (2024, 3, 18),
        (2019, 4, 30),
    ]


def test_persian_calendar_and_digits(tmp_path: Path) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text(
        "۱۴۰۳/۰۱/۰۱، ۱۰:۰۰ - سارا: سال نو مبارک\n"  # 1 Farvardin 1403 = 20 March 2024
        "١٤٠٢/١٢/٢٩، ٢٣:٥٩ - سارا: Arabic-Indic digits\n",
        encoding="utf-8",
    )
    stamps = [r.timestamp for r in _parse(chat) if isinstance(r, Message) and r.timestamp]
    assert [t.replace(tzinfo=None) for t in stamps] == [
        datetime(2024, 3, 20, 10, 0),
        datetime(2024, 3, 19, 23, 59),
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("18.03.24, 2:56 nachm. - ", datetime(2024, 3, 18, 14, 56)),
        ("18/3/24, 2:56\u202fp.\u00a0m. - ", datetime(2024, 3, 18, 14, 56)),
        ("2024/3/18 下午2:56 - ", datetime(2024, 3, 18, 14, 56)),
        ("2024/3/18 凌晨12:05 - ", datetime(2024, 3, 18, 0, 5)),
        ("2024. 3. 18. 오후 2:56 - ", datetime(2024, 3, 18, 14, 56)),
        ("2024/03/18 午後2:56 - ", datetime(2024, 3, 18, 14, 56)),
        ("١٨\u200f/٣\u200f/٢٠٢٤، ٢:٥٦ م - ", datetime(2024, 3, 18, 14, 56)),
        ("\u202b18/03/2024\u202c, \u200f14:56 - ", datetime(2024, 3, 18, 14, 56)),
        ("\u206618.3.2024\u2069 14:56 - ", datetime(2024, 3, 18, 14, 56)),
        ("18/03/2567 2:56 หลังเที่ยง - ", datetime(2024, 3, 18, 14, 56)),
        ("18.03.2024 14.56 - ", datetime(2024, 3, 18, 14, 56)),
        ("18-03-2024 14:56 - ", datetime(2024, 3, 18, 14, 56)),
        ("18.03.24 02:56 ПП - ", datetime(2024, 3, 18, 14, 56)),
        ("18/03/2024, 2:56 ب.ظ. - ", datetime(2024, 3, 18, 14, 56)),
        ("18/03/24 2:56 CH - ", datetime(2024, 3, 18, 14, 56)),
        ("18.03.2024 2:56 ÖS - ", datetime(2024, 3, 18, 14, 56)),
        ("18.3.2024 2:56 odp. - ", datetime(2024, 3, 18, 14, 56)),
        ("18/03/2024, 2:56 PTG - ", datetime(2024, 3, 18, 14, 56)),
        ("2024年3月18日 下午2:56 - ", datetime(2024, 3, 18, 14, 56)),
        ("令和6年3月18日 14:56 - ", datetime(2024, 3, 18, 14, 56)),
        ("2024. 03. 18. 14:56 - ", datetime(2024, 3, 18, 14, 56)),
        ("[18/03/24 2:56:00 ПП] ", datetime(2024, 3, 18, 14, 56)),
    ],
)
def test_headers_in_many_layouts(tmp_path: Path, header: str, expected: datetime) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text(f"{header}Ann: hi\n{header}Ann: again\n", encoding="utf-8")
    messages = [r for r in _parse(chat) if isinstance(r, Message)]
    assert [m.timestamp.replace(tzinfo=None) for m in messages if m.timestamp] == [expected] * 2
    assert [m.actor for m in messages] == ["Ann", "Ann"]


def test_order_decided_late_without_a_second_pass(tmp_path: Path) -> None:
    """The first 40 days are ambiguous; day 13 of the second month settles d/m."""
    lines = [
        f"{d:02d}/{m:02d}/2024, 10:00 - Ann: day {d} month {m}"
        for m in (1, 2)
        for d in range(1, 13)
    ]
    lines.append("13/02/2024, 10:00 - Ann: settles it")
    chat = tmp_path / "chat.txt"
    chat.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stamps = [r.timestamp for r in _parse(chat) if isinstance(r, Message) and r.timestamp]
    assert (stamps[1].month, stamps[1].day) == (1, 2)
    assert (stamps[-1].month, stamps[-1].day) == (2, 13)


def test_order_undecided_after_the_look_back_uses_the_evidence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(whatsapp, "LOOKBACK_CHARS", 200)
    lines = [f"{d:02d}/{m:02d}/2024, 10:00 - Ann: {'x' * 20}" for m in (1, 2, 3) for d in (1, 5, 9)]
    # Read as m/d these go Jan 1, May 1, Sep 1, Jan 2...: backwards jumps; d/m has none.
    lines.append("25/03/2024, 10:00 - Ann: late, and consistent with d/m")
    chat = tmp_path / "chat.txt"
    chat.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stamps = [r.timestamp for r in _parse(chat) if isinstance(r, Message) and r.timestamp]
    assert [(t.month, t.day) for t in stamps[:4]] == [(1, 1), (1, 5), (1, 9), (2, 1)]
    assert (stamps[-1].month, stamps[-1].day) == (3, 25)


def test_ios_system_lines_need_no_known_phrase(tmp_path: Path) -> None:
    """A marked iOS line that is no placeholder is the app's, in any wording."""
    chat = tmp_path / "_chat.txt"
    chat.write_text(
        "[18/03/2024, 09:00:00] مجموعة: \u200fأضاف سارة خالد\r\n"
        "[18/03/2024, 09:01:00] Trip: \u200eA wording no table has yet\r\n"
        "[18/03/2024, 09:02:00] Bo: \u200ehttps://example.org/a shared link\r\n"
        "[18/03/2024, 09:03:00] Bo: plain text\r\n",
        encoding="utf-8",
    )
    messages = [r for r in _parse(chat) if isinstance(r, Message)]
    assert [(m.actor, m.is_system) for m in messages] == [
        (None, True),
        (None, True),
        ("Bo", False),
        ("Bo", False),
    ]


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        ("WhatsApp Chat - Mom", "Mom"),
        ("WhatsApp-Chat mit Jana Vogel", "Jana Vogel"),
        ("Chat de WhatsApp con Lucía", "Lucía"),
        ("与晓阳的 WhatsApp 聊天", "晓阳"),
    ],
)
def test_conversation_named_by_an_unzipped_folder(tmp_path: Path, folder: str, name: str) -> None:
    chat = tmp_path / folder / "_chat.txt"
    chat.parent.mkdir()
    chat.write_text("[18/03/2024, 09:00:00] Ann: hi\r\n", encoding="utf-8")
    messages = [r for r in _parse(tmp_path) if isinstance(r, Message)]
    assert [m.conversation for m in messages] == [name]


def test_call_words_from_a_person_stay_text(tmp_path: Path) -> None:
    chat = tmp_path / "_chat.txt"
    chat.write_text(
        "[18/03/2024, 09:00:00] Bo: Video call\r\n"
        "[18/03/2024, 09:01:00] Bo: Video call, tomorrow?\r\n"
        "[18/03/2024, 09:02:00] Bo: \u200eVideo call\r\n"
        "[18/03/2024, 09:03:00] Bo: Videoanruf, 5 Min.\r\n",
        encoding="utf-8",
    )
    messages = [r for r in _parse(chat) if isinstance(r, Message)]
    assert [(m.media, m.text) for m in messages] == [
        (None, "Video call"),
        (None, "Video call, tomorrow?"),
        ("video call", None),
        ("video call", None),
    ]


def test_runs_of_marks_cannot_stall_the_header_pattern(tmp_path: Path) -> None:
    """Optional runs of direction marks in a row must not backtrack (they were cubic)."""
    import time

    marks = "\u200e" * 20_000
    chat = tmp_path / "_chat.txt"
    chat.write_text(
        f"18/03/2024, 10:00 - Ann: hi\n18/03/2024{marks}x\n[{marks}18/03/2024, 10:00:00{marks}\n",
        encoding="utf-8",
    )
    started = time.perf_counter()
    messages = [r for r in _parse(chat) if isinstance(r, Message)]
    assert time.perf_counter() - started < 10
    assert len(messages) == 1 and messages[0].text is not None


def test_jalali_conversion_known_dates() -> None:
    assert whatsapp.jalali_to_gregorian(1403, 1, 1) == (2024, 3, 20)
    assert whatsapp.jalali_to_gregorian(1402, 12, 29) == (2024, 3, 19)
    assert whatsapp.jalali_to_gregorian(1399, 10, 11) == (2020, 12, 31)
    with pytest.raises(ValueError, match="Persian"):
        whatsapp.jalali_to_gregorian(1403, 13, 1)


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    [
        ((1445, 9, 1), date(2024, 3, 11)),
        ((1446, 1, 1), date(2024, 7, 7)),
        ((1430, 1, 1), date(2008, 12, 29)),
    ],
)
def test_hijri_dates_within_a_day(hijri: tuple[int, int, int], gregorian: date) -> None:
    """The arithmetic calendar, against Umm al-Qura dates: at most a day apart."""
    got = date(*whatsapp.hijri_to_gregorian(*hijri))
    assert abs((got - gregorian).days) <= 1


def test_formats_lists_the_languages() -> None:
    from typer.testing import CliRunner

    from footprint.cli import app

    result = CliRunner().invoke(app, ["formats"])
    assert result.exit_code == 0
    listed = " ".join(result.output.split())
    assert all(code in listed for code in REQUIRED)


_TEXT = st.text(
    alphabet=st.characters(
        categories=["L", "N", "P", "S", "Zs"], exclude_characters="\u2028\u2029\x85"
    ),
    min_size=1,
    max_size=60,
)
_NAME = st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=20).filter(
    lambda n: n.strip() == n
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(author=_NAME, text=_TEXT, code=st.sampled_from(REQUIRED))
def test_a_person_s_text_comes_back_unchanged(
    tmp_path: Path, author: str, text: str, code: str
) -> None:
    """Whatever a person writes (that is not one of the app's own lines) is their text."""
    text = text.strip()
    w = words()
    assume(text and key(text) not in w.placeholders and key(text) not in w.calls)
    assume(not any(c in text for c in "<>()") and "://" not in text)
    assume(not any(key(text).startswith(call + ",") for call in w.calls))
    from .whatsapp_i18n import header

    lang = languages()[code]
    head = header(lang, "android", datetime(2024, 3, 18, 14, 56))
    chat = tmp_path / f"{code}.txt"
    chat.write_text(f"{head}{author}: {text}\n", encoding="utf-8")
    messages = [r for r in _parse(chat) if isinstance(r, Message)]
    assert [(m.actor, m.text, m.media, m.is_system, m.deleted) for m in messages] == [
        (author, text, None, False, False)
    ]
