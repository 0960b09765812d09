"""Rulebooks: the YAML files that are the whole scoring algorithm of one lens.

A rulebook is validated with pydantic when it is loaded. Anything wrong with it
(bad YAML, an unknown field, a rule that fires on nothing, a duplicate id) becomes
a :class:`~footprint.errors.FootprintError` naming the file, the rule and the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from footprint.errors import FootprintError

__all__ = [
    "ALT_LENSES",
    "DEFAULT_LENSES",
    "BookText",
    "Condition",
    "Dimension",
    "Grade",
    "Imitates",
    "Rule",
    "Rulebook",
    "Trigger",
    "available_rulebooks",
    "load_rulebook",
    "load_rulebooks",
    "parse_rulebook",
]

# The three lenses a scan reports, and the pair of opposite rulebooks for comparison.
DEFAULT_LENSES = ("commercial", "municipal", "blacklist")
ALT_LENSES = ("alt_stability", "alt_openness")

Op = Literal[
    "eq", "ne", "gt", "gte", "lt", "lte", "in", "not_in",
    "contains", "matches", "exists", "missing", "len_gte",
]  # fmt: skip
_NEEDS_NUMBER = {"gt", "gte", "lt", "lte", "len_gte"}
_NEEDS_LIST = {"in", "not_in"}
_NO_VALUE = {"exists", "missing"}
_ID = r"^[a-z][a-z0-9_]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Imitates(_Strict):
    """The public description a rule or lens imitates, and where it was described."""

    text: str = Field(min_length=1)
    source: str = Field(min_length=1)
    caveat: str | None = None  # what could not be confirmed, or what we made up


class Condition(_Strict):
    """One test on a field of an inference (``value.count``, ``confidence``) or a record."""

    field: str = Field(min_length=1)
    op: Op = "eq"
    value: Any = None

    @model_validator(mode="after")
    def _value_fits_op(self) -> Condition:
        if self.op in _NO_VALUE:
            return self
        if self.value is None:
            raise ValueError(f"op '{self.op}' needs a 'value'")
        if self.op in _NEEDS_NUMBER and (
            isinstance(self.value, bool) or not isinstance(self.value, int | float | Decimal)
        ):
            raise ValueError(f"op '{self.op}' needs a number as 'value', got {self.value!r}")
        if self.op in _NEEDS_LIST and not isinstance(self.value, list):
            raise ValueError(f"op '{self.op}' needs a list as 'value', got {self.value!r}")
        if self.op == "matches":
            try:
                re.compile(str(self.value))
            except re.error as exc:
                raise ValueError(f"'value' is not a valid regular expression: {exc}") from exc
        return self


class Trigger(_Strict):
    """What a rule fires on: inferences (``key``) or a pattern of records (``record_kind``).

    Every condition in ``when`` must hold, and at least one in ``when_any`` (if given).
    Inference triggers fire once per matching inference. ``subject`` says whose
    inference counts: the user's own (``user``), another person's (``other``), or
    ``any``. ``contact_field`` names where a user-subject inference keeps the other
    person's name, so that contribution counts as coming from that contact.
    Record triggers fire once when at least ``min_count`` records match.
    """

    category: str | None = None
    key: str | list[str] | None = None
    subject: Literal["user", "other", "any"] = "user"
    contact_field: str | None = None
    min_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    record_kind: str | None = None
    min_count: int = Field(default=1, ge=1)
    when: list[Condition] = Field(default_factory=list)
    when_any: list[Condition] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_kind(self) -> Trigger:
        if (self.key is None) == (self.record_kind is None):
            raise ValueError("give exactly one of 'key' (inferences) or 'record_kind' (records)")
        if self.record_kind is not None and (
            self.category is not None or self.contact_field is not None
        ):
            raise ValueError("'category' and 'contact_field' apply to inference triggers only")
        if isinstance(self.key, list) and not self.key:
            raise ValueError("'key' list is empty")
        return self

    @property
    def keys(self) -> tuple[str, ...]:
        if self.key is None:
            return ()
        return (self.key,) if isinstance(self.key, str) else tuple(self.key)


class Rule(_Strict):
    """One rule: when ``trigger`` fires, add ``points`` (or ``weight`` x the ``per`` field).

    ``cap`` limits the size of the rule's total over all its matches; the excess
    shows up as its own contribution. ``grade_ceiling`` caps the grade whatever the
    points. ``consequences`` are shown when the rule fires.
    """

    id: str = Field(pattern=_ID)
    description: str = Field(min_length=1)
    dimension: str | None = None
    trigger: Trigger
    points: int | None = None
    weight: Decimal | None = None
    per: str | None = None
    cap: int | None = Field(default=None, ge=0)
    grade_ceiling: str | None = None
    consequences: list[str] = Field(default_factory=list)
    enabled: bool = True
    imitates: Imitates

    @model_validator(mode="after")
    def _points_or_weight(self) -> Rule:
        if (self.points is None) == (self.weight is None):
            raise ValueError("give exactly one of 'points' or 'weight'")
        if self.weight is not None and self.per is None:
            raise ValueError("'weight' needs 'per': the field it multiplies")
        if self.points is not None and self.per is not None:
            raise ValueError("'per' goes with 'weight', not 'points'")
        if self.trigger.record_kind is not None and self.per is not None and self.per != "count":
            raise ValueError("record triggers can only scale 'per: count'")
        return self


class Grade(_Strict):
    """A grade from ``min`` points up (``min: null`` is the catch-all lowest grade)."""

    grade: str = Field(min_length=1)
    min: int | None
    meaning: str = ""
    consequences: list[str] = Field(default_factory=list)


class Dimension(_Strict):
    id: str = Field(pattern=_ID)
    label: str
    cap: int | None = Field(default=None, ge=0)
    imitates: Imitates | None = None


class ImitatesText(_Strict):
    """An :class:`Imitates` in another language."""

    text: str = Field(min_length=1)
    source: str = Field(min_length=1)
    caveat: str | None = None


class GradeText(_Strict):
    grade: str = Field(min_length=1)
    meaning: str = ""
    consequences: list[str] = Field(default_factory=list)


class RuleText(_Strict):
    description: str = Field(min_length=1)
    consequences: list[str] = Field(default_factory=list)
    imitates: ImitatesText


class BookText(_Strict):
    """Every text of a rulebook in another language; grades and rules by their English key."""

    title: str = Field(min_length=1)
    description: str = Field(min_length=1)
    imitates: ImitatesText
    caveats: list[str] = Field(default_factory=list)
    dimensions: dict[str, str] = Field(default_factory=dict)
    grades: dict[str, GradeText]
    rules: dict[str, RuleText]


def _imitates_in(text: ImitatesText) -> Imitates:
    return Imitates(text=text.text, source=text.source, caveat=text.caveat)


class Rulebook(_Strict):
    """A lens: base score, range, grades, and the rules that move the score.

    ``zh`` holds every text in Chinese (the shipped rulebooks must have it);
    :meth:`in_language` gives the same lens with its texts in one language.
    """

    lens: str = Field(pattern=_ID)
    title: str
    description: str
    imitates: Imitates
    base: int
    min: int | None = None
    max: int | None = None
    min_confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    caveats: list[str] = Field(default_factory=list)
    grades: list[Grade] = Field(min_length=1)
    dimensions: list[Dimension] = Field(default_factory=list)
    rules: list[Rule]
    zh: BookText | None = None
    language: Literal["en", "zh"] = "en"  # the language of the texts above
    source_name: str = ""  # set by the loader: the file it came from

    @field_validator("grades")
    @classmethod
    def _grades_descend(cls, grades: list[Grade]) -> list[Grade]:
        mins = [grade.min for grade in grades]
        if any(value is None for value in mins[:-1]):
            raise ValueError("only the last grade may have 'min: null'")
        numbers = [value for value in mins if value is not None]
        if numbers != sorted(numbers, reverse=True) or len(set(numbers)) != len(numbers):
            raise ValueError("grades must be listed best first with strictly falling 'min'")
        return grades

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise FootprintError(f"rulebook '{self.lens}' has no rule '{rule_id}'")

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(rule.id for rule in self.rules)

    def grade_index(self, grade: str) -> int:
        return [g.grade for g in self.grades].index(grade)

    def in_language(self, language: str) -> Rulebook:
        """The same lens with every text in ``language`` (as it is, if it has none)."""
        if language != "zh" or self.zh is None or self.language == "zh":
            return self
        zh = self.zh
        names = {grade.grade: zh.grades[grade.grade].grade for grade in self.grades}
        grades = [
            grade.model_copy(
                update={
                    "grade": names[grade.grade],
                    "meaning": zh.grades[grade.grade].meaning,
                    "consequences": zh.grades[grade.grade].consequences,
                }
            )
            for grade in self.grades
        ]
        rules = [
            rule.model_copy(
                update={
                    "description": zh.rules[rule.id].description,
                    "consequences": zh.rules[rule.id].consequences,
                    "imitates": _imitates_in(zh.rules[rule.id].imitates),
                    "grade_ceiling": names.get(rule.grade_ceiling or "", rule.grade_ceiling),
                }
            )
            for rule in self.rules
        ]
        dimensions = [
            d.model_copy(update={"label": zh.dimensions.get(d.id, d.label)})
            for d in self.dimensions
        ]
        return self.model_copy(
            update={
                "title": zh.title,
                "description": zh.description,
                "imitates": _imitates_in(zh.imitates),
                "caveats": zh.caveats,
                "grades": grades,
                "rules": rules,
                "dimensions": dimensions,
                "language": "zh",
            }
        )


def _rule_id_at(raw: Any, index: Any) -> str:
    try:
        return str(raw["rules"][index]["id"])
    except (KeyError, IndexError, TypeError):
        return f"#{index + 1}" if isinstance(index, int) else "?"


def _explain(name: str, raw: Any, exc: ValidationError) -> FootprintError:
    lines = []
    for error in exc.errors():
        loc = list(error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        if len(loc) >= 2 and loc[0] == "rules":
            rule_id = _rule_id_at(raw, loc[1])
            field = ".".join(str(part) for part in loc[2:]) or "(the rule)"
            lines.append(f"{name}: rule '{rule_id}', field '{field}': {message}")
        else:
            field = ".".join(str(part) for part in loc) or "(the file)"
            lines.append(f"{name}: field '{field}': {message}")
    return FootprintError("invalid rulebook\n" + "\n".join(lines))


def _cross_check(name: str, book: Rulebook) -> None:
    seen: set[str] = set()
    dimensions = {dimension.id for dimension in book.dimensions}
    grades = {grade.grade for grade in book.grades}
    for rule in book.rules:
        where = f"{name}: rule '{rule.id}'"
        if rule.id in seen:
            raise FootprintError(f"invalid rulebook\n{where}, field 'id': duplicate rule id")
        seen.add(rule.id)
        if rule.dimension is not None and rule.dimension not in dimensions:
            raise FootprintError(
                f"invalid rulebook\n{where}, field 'dimension': "
                f"'{rule.dimension}' is not one of {sorted(dimensions)}"
            )
        if rule.grade_ceiling is not None and rule.grade_ceiling not in grades:
            raise FootprintError(
                f"invalid rulebook\n{where}, field 'grade_ceiling': "
                f"'{rule.grade_ceiling}' is not one of the grades {sorted(grades)}"
            )
    low = book.min if book.min is not None else book.base
    high = book.max if book.max is not None else book.base
    if not low <= book.base <= high:
        raise FootprintError(f"invalid rulebook\n{name}: field 'base': outside min..max")


def _missing(where: str, english: object, other: object) -> str | None:
    """Why ``other`` does not translate ``english`` (a text, list or optional text)."""
    if isinstance(english, list) and isinstance(other, list):
        if len(english) != len(other):
            return f"{where}: {len(other)} item(s), the English has {len(english)}"
        return None
    if bool(english) and not other:
        return f"{where}: missing (the English has one)"
    if other and not english:
        return f"{where}: given, but the English has none"
    return None


def _check_translation(name: str, book: Rulebook) -> None:
    """Every text of the lens has its Chinese version, and nothing else does."""
    zh = book.zh
    if zh is None:
        return
    problems: list[str | None] = []

    def keys(field: str, english: set[str], given: set[str]) -> None:
        problems.extend(f"zh.{field}.{k}: missing" for k in sorted(english - given))
        problems.extend(
            f"zh.{field}.{k}: no such entry in English" for k in sorted(given - english)
        )

    keys("rules", set(book.rule_ids), set(zh.rules))
    keys("grades", {g.grade for g in book.grades}, set(zh.grades))
    keys("dimensions", {d.id for d in book.dimensions}, set(zh.dimensions))
    problems.append(_missing("zh.caveats", book.caveats, zh.caveats))
    problems.append(_missing("zh.imitates.caveat", book.imitates.caveat, zh.imitates.caveat))
    for grade in book.grades:
        if grade.grade in zh.grades:
            text = zh.grades[grade.grade]
            where = f"zh.grades.{grade.grade}"
            problems.append(_missing(f"{where}.meaning", grade.meaning, text.meaning))
            problems.append(
                _missing(f"{where}.consequences", grade.consequences, text.consequences)
            )
    for rule in book.rules:
        if rule.id in zh.rules:
            text_rule = zh.rules[rule.id]
            where = f"zh.rules.{rule.id}"
            problems.append(
                _missing(f"{where}.consequences", rule.consequences, text_rule.consequences)
            )
            problems.append(
                _missing(
                    f"{where}.imitates.caveat", rule.imitates.caveat, text_rule.imitates.caveat
                )
            )
    found = [f"{name}: field '{p.split(': ', 1)[0]}': {p.split(': ', 1)[1]}" for p in problems if p]
    if found:
        raise FootprintError("invalid rulebook\n" + "\n".join(found))


def parse_rulebook(text: str, name: str) -> Rulebook:
    """Validate a rulebook's YAML ``text``; ``name`` names it in error messages."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise FootprintError(f"invalid rulebook\n{name}: not valid YAML: {exc}") from exc
    if not isinstance(raw, Mapping):
        raise FootprintError(f"invalid rulebook\n{name}: field '(the file)': not a mapping")
    try:
        book = Rulebook.model_validate({**raw, "source_name": name})
    except ValidationError as exc:
        raise _explain(name, raw, exc) from None
    _cross_check(name, book)
    _check_translation(name, book)
    return book


def _package_rules() -> Any:
    return resources.files("footprint.score").joinpath("rules")


def available_rulebooks() -> tuple[str, ...]:
    """Names of the rulebooks shipped in the package."""
    names = [
        entry.name.removesuffix(".yaml")
        for entry in _package_rules().iterdir()
        if entry.name.endswith(".yaml")
    ]
    return tuple(sorted(names))


@lru_cache(maxsize=32)
def _load_packaged(name: str) -> Rulebook:
    entry = _package_rules().joinpath(f"{name}.yaml")
    if not entry.is_file():
        raise FootprintError(
            f"no rulebook '{name}'; shipped rulebooks: {', '.join(available_rulebooks())}"
        )
    book = parse_rulebook(entry.read_text(encoding="utf-8"), f"{name}.yaml")
    if book.zh is None:
        # Chinese is a first-class language: a shipped lens carries every text in it.
        raise FootprintError(f"invalid rulebook\n{name}.yaml: field 'zh': missing")
    return book


def load_rulebook(lens: str | Path | Rulebook) -> Rulebook:
    """A shipped rulebook by name (``commercial``), a YAML file by path, or ``lens`` itself."""
    if isinstance(lens, Rulebook):
        return lens
    if isinstance(lens, Path):
        try:
            text = lens.read_text(encoding="utf-8")
        except OSError as exc:
            raise FootprintError(f"cannot read rulebook {lens}: {exc}") from exc
        return parse_rulebook(text, str(lens))
    return _load_packaged(lens)


def load_rulebooks(lenses: Sequence[str | Path | Rulebook]) -> list[Rulebook]:
    return [load_rulebook(lens) for lens in lenses]
