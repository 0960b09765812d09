"""A value found in one file is found in the other files that hold it."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footprint.pii.spread import Row, Spreader

WHEN = datetime(2025, 3, 1, 12, tzinfo=UTC)
DICTIONARY = frozenset({"grace", "will", "period"})


def _row(text: str, path: str = "b.txt", line: int = 1) -> Row:
    return (text, path, f"line {line}", WHEN, "whatsapp")


def _spread(found: list[tuple[str, str, str]], rows: list[Row], known: frozenset[str] = frozenset()
            ) -> list[tuple[str, str, str]]:  # fmt: skip
    spreader = Spreader(DICTIONARY, known)
    for entity, value, path in found:
        spreader.note(entity, value, 0.8, path)
    return [(s.entity_type, s.value, s.path) for s in spreader.spread(rows)]


def test_a_value_is_found_in_the_files_where_it_was_not() -> None:
    found = [("PERSON", "Doudou", "a.txt"), ("US_PASSPORT", "E12345678", "a.txt")]
    rows = [_row("doudou is asleep"), _row("E12345678 expires soon"), _row("Doudou", "a.txt")]
    assert _spread(found, rows) == [
        ("PERSON", "doudou", "b.txt"),
        ("US_PASSPORT", "E12345678", "b.txt"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "grace period ends friday",  # a dictionary word in lower case
        "Grace period ends friday",  # ... or opening a sentence
        "the graceful one",  # inside a word
        "Will you come?",
    ],
)
def test_a_word_counts_only_as_written_mid_sentence(text: str) -> None:
    found = [("PERSON", "Grace", "a.txt"), ("PERSON", "Will", "a.txt")]
    assert _spread(found, [_row(text)]) == []


def test_a_word_as_written_mid_sentence_counts() -> None:
    assert _spread([("PERSON", "Grace", "a.txt")], [_row("ask Grace about it")]) == [
        ("PERSON", "Grace", "b.txt")
    ]


def test_a_short_chinese_value_only_as_a_whole_word() -> None:
    found = [("PERSON", "一鸣", "a.txt")]
    assert _spread(found, [_row("一鸣惊人的表现")]) == []
    assert _spread(found, [_row("一鸣你到了吗")]) == [("PERSON", "一鸣", "b.txt")]


def test_a_known_form_blocks_a_shorter_value_inside_it() -> None:
    """周一鸣 is the gazetteer's (a known name): 一鸣 inside it is not reported again."""
    found = [("PERSON", "一鸣", "a.txt")]
    assert _spread(found, [_row("周一鸣到了")], known=frozenset({"周一鸣"})) == []


def test_a_chinese_full_name_gives_its_given_name_everywhere() -> None:
    """王佳丽 found in a.txt: 佳丽 alone is her, in a.txt too; not inside 王佳丽 again."""
    found = [("PERSON", "邝慧琳", "a.txt")]
    rows = [_row("恭喜慧琳", "a.txt"), _row("邝慧琳的请柬", "a.txt", 2), _row("慧琳到了吗")]
    assert _spread(found, rows) == [("PERSON", "慧琳", "a.txt"), ("PERSON", "慧琳", "b.txt")]


def test_a_given_name_that_is_a_common_word_is_not_derived() -> None:
    assert _spread([("PERSON", "邝建国", "a.txt")], [_row("建国以来第一次")]) == []


def test_known_forms_are_not_spread() -> None:
    assert _spread([("PERSON", "Kev", "a.txt")], [_row("ask Kev")], frozenset({"kev"})) == []


@given(st.text(alphabet="ab 一鸣xY", max_size=40))
def test_spread_spans_are_the_text_and_never_overlap(text: str) -> None:
    spreader = Spreader(DICTIONARY)
    for value in ("ab", "aby", "一鸣", "xyab"):
        spreader.note("PERSON", value, 0.8, "a.txt")
    spans = [(s.start, s.end, s.value) for s in spreader.spread([_row(text)])]
    assert all(text[start:end] == value for start, end, value in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
