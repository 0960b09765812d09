"""Rulebook loading: every shipped file is valid, and broken files say what is wrong where."""

from __future__ import annotations

from pathlib import Path

import pytest

from footprint.errors import FootprintError
from footprint.score import (
    ALT_LENSES,
    DEFAULT_LENSES,
    available_rulebooks,
    load_rulebook,
    parse_rulebook,
)

GOOD = """
lens: test
title: Test lens
description: A lens for tests.
imitates: {text: nothing, source: the tests}
base: 100
min: 0
max: 200
grades:
  - {grade: High, min: 150}
  - {grade: Low, min: null}
dimensions:
  - {id: money, label: Money, cap: 50}
rules:
  - id: gambling
    description: Gambling
    dimension: money
    trigger: {key: gambling}
    points: -10
    imitates: {text: x, source: y}
"""


def broken(rule: str) -> str:
    return GOOD + rule


def error_of(text: str) -> str:
    with pytest.raises(FootprintError) as caught:
        parse_rulebook(text, "broken.yaml")
    return str(caught.value)


def test_every_shipped_rulebook_loads_and_cites_what_it_imitates() -> None:
    names = available_rulebooks()
    assert set(DEFAULT_LENSES) | set(ALT_LENSES) <= set(names)
    for name in names:
        book = load_rulebook(name)
        assert book.lens == name
        assert book.rules
        assert book.imitates.source
        for rule in book.rules:
            assert rule.imitates.text and rule.imitates.source, rule.id


def test_the_three_lenses_have_the_published_shapes() -> None:
    commercial = load_rulebook("commercial")
    assert (commercial.min, commercial.max) == (350, 950)
    assert [d.label for d in commercial.dimensions] == [
        "Credit history",
        "Behaviour and preferences",
        "Ability to fulfil contracts",
        "Identity traits",
        "Social connections",
    ]
    municipal = load_rulebook("municipal")
    assert municipal.base == 1000
    assert [g.grade for g in municipal.grades] == ["AAA", "AA", "A", "B", "C", "D"]
    assert [g.min for g in municipal.grades] == [1050, 1030, 960, 850, 600, None]
    assert "could not confirm" in (municipal.imitates.caveat or "")
    blacklist = load_rulebook("blacklist")
    listed = blacklist.grades[0]
    assert listed.grade == "Listed"
    assert any("air travel" in c for c in listed.consequences)
    assert any("high-speed" in c for c in listed.consequences)


def test_good_text_parses() -> None:
    book = parse_rulebook(GOOD, "good.yaml")
    assert book.rule_ids == ("gambling",)
    assert book.source_name == "good.yaml"


@pytest.mark.parametrize(
    ("rule", "rule_id", "field", "words"),
    [
        (
            "  - {id: typo, description: d, trigger: {key: k}, pionts: 3, imitates: {text: x, source: y}}\n",
            "typo",
            "pionts",
            "Extra inputs",
        ),
        (
            "  - {id: nopoints, description: d, trigger: {key: k}, imitates: {text: x, source: y}}\n",
            "nopoints",
            "(the rule)",
            "exactly one of 'points' or 'weight'",
        ),
        (
            "  - {id: badop, description: d, trigger: {key: k, when: [{field: confidence, op: bigger, value: 1}]}, points: 1, imitates: {text: x, source: y}}\n",
            "badop",
            "trigger.when.0.op",
            "Input should be",
        ),
        (
            "  - {id: badregex, description: d, trigger: {key: k, when: [{field: claim, op: matches, value: '('}]}, points: 1, imitates: {text: x, source: y}}\n",
            "badregex",
            "trigger.when.0",
            "regular expression",
        ),
        (
            "  - {id: gtstring, description: d, trigger: {key: k, when: [{field: confidence, op: gt, value: high}]}, points: 1, imitates: {text: x, source: y}}\n",
            "gtstring",
            "trigger.when.0",
            "needs a number",
        ),
        (
            "  - {id: noper, description: d, trigger: {key: k}, weight: 2, imitates: {text: x, source: y}}\n",
            "noper",
            "(the rule)",
            "'weight' needs 'per'",
        ),
        (
            "  - {id: both, description: d, trigger: {key: k, record_kind: payment}, points: 1, imitates: {text: x, source: y}}\n",
            "both",
            "trigger",
            "exactly one of 'key'",
        ),
        (
            "  - {id: noimitates, description: d, trigger: {key: k}, points: 1}\n",
            "noimitates",
            "imitates",
            "Field required",
        ),
        (
            "  - {id: negcap, description: d, trigger: {key: k}, points: 1, cap: -5, imitates: {text: x, source: y}}\n",
            "negcap",
            "cap",
            "greater than or equal to 0",
        ),
    ],
)
def test_broken_rule_names_file_rule_and_field(
    rule: str, rule_id: str, field: str, words: str
) -> None:
    message = error_of(broken(rule))
    assert f"broken.yaml: rule '{rule_id}', field '{field}'" in message
    assert words in message


def test_rule_without_id_is_named_by_position() -> None:
    message = error_of(
        broken(
            "  - {description: d, trigger: {key: k}, points: 1, imitates: {text: x, source: y}}\n"
        )
    )
    assert "rule '#2', field 'id'" in message


def test_duplicate_rule_id() -> None:
    message = error_of(
        broken(
            "  - {id: gambling, description: d, trigger: {key: k}, points: 1, imitates: {text: x, source: y}}\n"
        )
    )
    assert "rule 'gambling', field 'id': duplicate rule id" in message


def test_unknown_dimension_and_grade_ceiling() -> None:
    message = error_of(
        broken(
            "  - {id: x, description: d, dimension: fun, trigger: {key: k}, points: 1, imitates: {text: x, source: y}}\n"
        )
    )
    assert "rule 'x', field 'dimension'" in message
    message = error_of(
        broken(
            "  - {id: y, description: d, grade_ceiling: Z, trigger: {key: k}, points: 1, imitates: {text: x, source: y}}\n"
        )
    )
    assert "rule 'y', field 'grade_ceiling'" in message


def test_file_level_errors() -> None:
    assert "not valid YAML" in error_of("lens: [unclosed")
    assert "not a mapping" in error_of("- just a list")
    message = error_of(
        GOOD.replace(
            "{grade: High, min: 150}", "{grade: High, min: 150}\n  - {grade: Mid, min: 160}"
        )
    )
    assert "broken.yaml: field 'grades'" in message and "best first" in message
    message = error_of(GOOD.replace("base: 100", "base: 500"))
    assert "field 'base'" in message
    message = error_of(GOOD.replace("title: Test lens\n", ""))
    assert "broken.yaml: field 'title': Field required" in message


def test_load_by_path_and_unknown_name(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(GOOD, encoding="utf-8")
    assert load_rulebook(path).lens == "test"
    with pytest.raises(FootprintError, match="no rulebook 'nope'"):
        load_rulebook("nope")
    with pytest.raises(FootprintError, match="cannot read rulebook"):
        load_rulebook(tmp_path / "missing.yaml")
